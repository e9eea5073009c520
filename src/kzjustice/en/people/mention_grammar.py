"""The English grammar of the mentions stage: names, groups, descriptions, pronouns."""

from __future__ import annotations

import regex

from kzjustice import mentions
from kzjustice._text import compile_lazily, keyword_trie
from kzjustice.lexicon import Lexicon, phrases
from kzjustice.numbers import NUMBER, NUMBER_LISTS, to_number

FLAGS = regex.VERBOSE | regex.IGNORECASE

_GAP = r"[^\S\n]"  # a space within a line: a name never runs across a line break
# An initial: one capital, or a digraph a transliteration writes for one letter ("Zh.", "Kh.",
# "Yu."); "Li." at a sentence's end is a surname ("Ruslan Li. The court ...").
_INITIAL = r"(?:[A-Z]|Zh|Kh|Sh|Ch|Ts|Yu|Ye|Ya|Yo|Dj|Gh)\."
# Initials alone, perhaps with a particle: "A.A.", "N. I.", "K. uulu K."
_INITIALS = rf"(?: {_INITIAL} (?: {_GAP}? (?: \L<particle> {_GAP}+ )? {_INITIAL} ){{0,2}} )"
# Latin letters, with the accented ones a transliteration may use: "Ališer", "Žanibekov"
_UPPER = r"(?:[A-Z]|(?=[\u00c0-\u024f])\p{Lu})"
_LOWER = r"(?:[a-z]|(?=[\u00df-\u024f])\p{Ll})"
# A surname in capitals, as rights groups' reports write it: "SABANSHIYEV Yerkyn", "Baghdat
# BAKTYBAYEV"; by a surname's ending, so no acronym ("KNB", "RFE") is read as one.
_CAPS_SURNAME = (
    r"[A-Z]{2,}(?:OV|EV|YEV|IN|YN|OVA|EVA|INA|ULY|ULI|ENKO|YAN|DZE|SHVILI|LI|LY|OGLU|BAY|BEK"
    r"|ZODA|OVICH|EVICH)(?![A-Za-z])"
)
_AFTER_DASH = r"(?: were | was | are | is | have | has | had | and | or | who | all | both | each )"
# A word of a name: "Kassym-Jomart", "O'Neil", "Ma'ruf"; not "Jehovah's", whose "'s" owns,
# nor a dash and the verb after it: "Six men—A, B and C—were arrested".
_NAME_WORD = (
    rf"(?: {_UPPER}'?{_LOWER}+ (?: - (?! {_AFTER_DASH} \b ) {_UPPER}?{_LOWER}+"
    rf" | ' (?! s \b ) {_UPPER}?{_LOWER}+ )? | {_CAPS_SURNAME} )"
)


def mentions_grammar(words: Lexicon) -> mentions.Grammar:
    """English mentions."""
    return mentions.Grammar(
        # A run of capitalised words, each perhaps with initials: "Serik Kudebayev", "A.
        # Nurpeisov", "I. D. Petrov", "Zh. Sultanbekova", initials after a surname: "Petrov I.
        # D.", and a particle: "Makhabat Tazhibek kyzy".
        name=compile_lazily(
            rf"""
            (?= {_UPPER} )                                  # a capital first, for a fast scan
            (?: (?<! [\w'-] )
              | (?<= \b (?! (?: anti | pro | non | post | pre | neo | pan | mid ) - )  # a dash
                  \p{{Ll}}{{3,}} - ) )  # after a word: "Three men\u2014A, B and C\u2014were"
            (?! (?i: \L<honorific> ) \b )                   # "Ms. Abenova": her title, no initial
            (?: (?: {_INITIAL} {_GAP}? ){{2,3}}  # initials alone, as courts' reports write them:
                (?= {_GAP}+ (?: was | were | received | got ) \b  # "K.T.E. was sentenced",
                  | {_GAP}* [-\u2013\u2014] {_GAP}* [0-9]  # "and I. U. - 12 years", any dash
                  | {_GAP}* (?: , {_GAP}* (?: and {_GAP}+ )? | {_GAP}+ and {_GAP}+ )  # "N.O. and
                    (?: {_INITIAL} {_GAP}? ){{2,3}} (?! {_GAP}* {_UPPER} [a-z] ) )  # K.E., were"
              | (?<= (?: {_INITIAL} {_GAP}? ){{2,3}}
                     (?: , {_GAP}* (?: and {_GAP}+ )? | {_GAP}+ and {_GAP}+ ) )
                (?: {_INITIAL} {_GAP}? ){{2,3}} (?! {_GAP}* {_UPPER} [a-z] )
            | (?<= \b (?: identified | named | known ) (?: {_GAP}+ only )?
                   {_GAP}+ (?: as | by {_GAP}+ (?: (?: the | his | her ) {_GAP}+ )? initials )
                   {_GAP}+ )
              {_INITIALS} (?! {_GAP}* {_UPPER} [a-z] )  # "identified as A.A.", "as S.", "identified
              # by the initials N.I."
            | (?<= (?: \A | \n | [:;.] {_GAP} ) {_GAP}* ) {_INITIALS}  # opening a clause, before
              (?= {_GAP}* , {_GAP}* (?: a | an ) {_GAP}+ (?-i: [a-z] ) )  # its description: "N., a
              # citizen of Uzbekistan, was sentenced"
            | (?<= \b (?-i: [a-z]{{3,}} ) , {_GAP}* ) {_INITIALS}  # in apposition to a description:
              (?= {_GAP}* , )  # "A police captain, K. uulu K., who"
            | (?<= \b (?: citizen | resident | national | native ) {_GAP}+ )  # one initial after
              {_INITIAL} (?= {_GAP}* , {_GAP}* [0-9]{{1,3}} \b | {_GAP}+ (?-i: [a-z] ) )  # a word
              # for a person: "Ukrainian citizen F., 32", "resident K. was sentenced"
            |
            (?: {_INITIAL} {_GAP}* ){{0,2}}                  # initials: "I. D. Petrov"
            {_NAME_WORD}
            (?: {_GAP}+ (?: {_INITIAL} {_GAP}* ){{0,2}} {_NAME_WORD} ){{0,5}}  # "Kazakh Health
                # Minister Yelzhan Birtanov": the words no name's are left out later
            (?: {_GAP}+ {_INITIAL} (?: {_GAP}? {_INITIAL} )? )?  # "Petrov I. D."
            (?: {_GAP}+ \L<particle>                          # "Makhabat Tazhibek kyzy",
                (?: {_GAP}+ [A-Z][a-z]+ (?: -[A-Z][a-z]+ )? )? )? )  # "Elvin Rauf oglu Mammadli"
            (?! \w | - (?! {_AFTER_DASH} \b ) )
            """,
            regex.VERBOSE,
            particle=words.name_particles.entries,
            honorific=words.honorifics.entries,
        ),
        capitalised=compile_lazily(
            rf"(?:{_INITIAL}\s*)*{_UPPER}[\w'-]+|{_INITIAL}|(?<=\s)\L<particle>\Z",
            particle=words.name_particles.entries,
        ),
        # A group or description: "three former police officers", "the remaining 10
        # defendants"; group: the phrase without a leading "the"; quantity: its count; noun:
        # its person noun.
        group=compile_lazily(
            rf"""
            (?<! [\w-] )
            (?: the \s+ (?= remaining | other ) )?
            (?P<group>
              (?: (?P<determiner> remaining | other | another ) \s+ )?
              (?: (?P<vague> \L<vague_count> ) \s+  # "several other officials"; not
                  (?! (?: hundred | thousand | million | billion ) \b )  # "several million fans"
                | (?P<quantity> {NUMBER} | another | a | an | one ) \s+
                  (?: of \s+ (?: the | his | her | their | (?-i: [A-Z][\w-]+ ) 's ) \s+
                      (?: (?: {NUMBER} ) \s+ )? )?  # "One of X's three co-defendants": one
                | (?P<ordinal> (?: a | the ) \s+ (?: second | third | fourth | fifth | sixth
                                              | seventh | eighth | ninth | tenth ) ) \s+
                | (?P<owner> his | her | their | (?-i: [A-Z][\w-]+ | [Tt]he \s+ [a-z][\w-]+ )
                             (?: 's | ' ) ) \s+
              )  # "his brother", "Utegenov's predecessor": one person, not the owner
              (?: (?P<determiner> other | remaining ) \s+ )?  # "two other inspectors"
              (?: ex- (?= [a-z] )                                     # "three ex-officers"
                | (?: other | remaining | former | junior | senior | [0-9]+-year-old
                    | [a-z]+-year-old | (?-i: [A-Z]{{2,6}} (?: / [A-Z]{{2,6}} )? )  # "KNB
                    # officers", "an RFE/RL correspondent"
                    | (?-i: (?= [A-Z] ) ) \L<country> | human \s+ rights  # "an ethnic Uzbek
                                                                # human rights activist"
                    | (?! (?: \L<unit_word> | \L<teen_word> | \L<tens_word>  # "18 three officers"
                            | \L<function_word> ) \b )                   # "a court ruled that"
                      [a-z][\w-]* (?: 's )? ) \s+ ){{0,4}}         # "two of the mechanic's"
              (?! " (?-i: [A-Z] ) ) "?+             # five "curators"; not a quote's start
              (?: [0-9]{{1,3}} - (?= year-olds ) )?  # "two 17-year-olds"
              (?P<noun> \L<person_noun> ) \b (?! - | ' | \s+ regime \b ) "?+  # not "a general
                                                      # regime colony", "the mechanic's"
              (?! \s+ of \s+ \L<animal> \b )                      # "14 head of cattle"
              (?: \s+ of \s+ (?: the \s+ )? (?: [A-Z][\w-]* \s+ ){{0,3}} (?: region \s+ )?
                  (?: police \s+ force | police | group | ministry | department | committee )
                | \s+ in \s+ the \s+ dock )?
            )
            """,
            FLAGS,
            person_noun=words.person_nouns.entries,
            function_word=words.function_words.entries,
            animal=words.animals.entries,
            vague_count=words.vague_counts.entries,
            country=words.countries.entries,
            **NUMBER_LISTS,
        ),
        # "and one was acquitted", "a third was acquitted": a bare number or an ordinal
        # standing for people; "and acquitted a third". Anchored on the verb, which is rarer
        # than numbers, and read leftwards or rightwards.
        bare_group=compile_lazily(
            rf"""(?= (?: was | were ) \s )  # the verb first: cheaper than the look-behind
                 (?<= (?<! [\w-] ) (?P<group> (?P<quantity> {NUMBER} )
                                   | a \s+ (?: second | third | fourth | fifth | sixth ) ) \s+ )
                 (?: was | were ) \s+
                 (?: acquitted | sentenced | jailed | fined | given | released | convicted ) \b
               | \b (?: acquitted | sentenced | jailed | fined | convicted | cleared ) \s+
                 (?P<group> a \s+ (?: second | third | fourth | fifth | sixth ) )
                 (?= \s* [.,;] )
               | (?<! [\w-] ) (?= \w )  # people a verdict names by a plural noun, with
                 (?<= \b (?: acquitted | sentenced | jailed | fined | convicted ) \s+ )
                 (?P<group> (?P<plural> \L<many> ) ) \b
                 (?= \s+ (?: of | to | for | in ) \s )  # no count or article: "sentenced
                 # organisers of the unrest to terms of 14 to 20 years"
               | (?P<group> (?P<quantity> another ) ) \b  # one more, with no noun: "18 years for
                 (?<= \b (?: for | and | to ) \s+ another )  # one of them and 15 for another",
                 (?= \s* [.,;] | \s+ (?: to | for ) \s )  # "and another to 15 years"
               | (?<! [\w-] ) (?= \w )  # a word's start first: cheaper than the look-behind
                 (?<= \b (?: while | whereas | and | but ) \s+ | [:;] \s+ )  # a clause's count:
                 (?P<group> (?P<quantity> {NUMBER} ) )  # "Three were given two years, while
                 (?= \s+ (?: received | got | were \s+ (?: given | handed ) ) \b )  # five received"
            """,
            FLAGS,
            many=[w for w in words.person_nouns if w.endswith("s") and not w.endswith("ss")],
            **NUMBER_LISTS,
        ),
        # People counted with no noun: "the remaining three", "the other two", "two others",
        # "the six had", "the others", "the rest of them"; group: the phrase without a
        # leading "the"; quantity: its count, where stated.
        bare_count=compile_lazily(
            rf"""(?<! [\w-] ) (?: the \s+ )?
            (?P<group>
                (?P<determiner> remaining | other ) \s+ (?P<quantity> {NUMBER} )
                (?! \s* - | \s+ (?: years? | months? | weeks? | days? | hours? | of | per
                                  | percent ) \b )
              | (?P<quantity> {NUMBER} ) \s+ (?P<determiner> others ) \b
              | (?P<vague> \L<vague_count> ) \s+ (?P<determiner> others ) \b  # "several others"
              | (?<= \b (?:the|all) \s+ ) (?P<quantity> {NUMBER} )  # "the six had", not "both 31"
                (?= \s+ (?: were | had | have | are | was | will | received | got | each | of ) \b
                  | \s* [.,;] )
              | (?P<quantity> {NUMBER} ) \s+ of \s+ them \b       # "Five of them were"
              | (?<= (?: (?-i: \b Of ) \s+ the | \b out \s+ of (?: \s+ the )? ) \s+ [0-9]+ \s+
                     [^\W\d][^.;:!?\d]{{0,60}}? , \s+ )  # "Of the 39 defendants, 37 were"
                (?P<quantity> {NUMBER} )
                (?= \s+ (?: were | received | got | was | have | had | are ) \b )
              | (?<= (?: ^ | [.!?;:] \s+ | \n ) (?-i: The ) \s+ )  # "The fourth received":
                (?P<ordinal> second | third | fourth | fifth | sixth | seventh | eighth | ninth
                           | tenth )  # one more person
                (?= \s+ (?: received | got | was | is | had | has ) \b )
              | (?<= \b the \s+ ) (?P<determiner> others ) \b     # "for the others"
              | (?<= \b (?: for | to ) \s+ the \s+ ) (?P<determiner> rest )  # "and four years
                (?= \s* [.,;] )                                     # for the rest."
              | (?<= \b the \s+ ) (?P<determiner> rest )
                (?= \s+ of \s+ (?: the \s+ )? (?: them | defendants | accused | group ) \b )
              | (?<= (?: ^ | [.!?] \s+ ) (?-i: The ) \s+ ) (?P<determiner> rest )  # "The rest
                (?= \s+ (?: were | was | have | had | are | received | got ) \b ) )""",  # were
            # acquitted" opening a sentence; not a statistic's "; the rest were given fines"
            FLAGS,
            vague_count=words.vague_counts.entries,
            **NUMBER_LISTS,
        ),
        bare_count_cue=compile_lazily(  # lower case
            r"\b(?:remaining|others?|rest)\b|\bof\s+(?:them\b|the\s+[0-9])"
            r"|\b(?:the|all|both)\s+(?=[0-9]|\L<unit_word>|\L<teen_word>|\L<tens_word>)",
            unit_word=NUMBER_LISTS["unit_word"],
            teen_word=NUMBER_LISTS["teen_word"],
            tens_word=NUMBER_LISTS["tens_word"],
        ),
        # possessive: "his", "their", "her" before a noun it owns ("her son"); pronoun: the
        # others, with "each" not an adverb ("were each given"), and definite descriptions ("the
        # former technical director").
        pronoun=compile_lazily(
            r"""\b (?P<possessive> his | their
                                | her (?= \s+ (?! (?: \L<function_word> | to | for | in | on
                                                 | at | with | as | after | before | under
                                                 | over | by | from | into | [0-9] ) \b ) [a-z] ) )
                \b
              | \b (?P<pronoun> he | she | him | her | both | they | them
                              | (?<! \b (?: were | are | was | is | been ) \s+ ) each ) \b
              | (?<= \b the \s+ ) (?P<pronoun> pair | couple | duo ) \b  # "six years each for
              # the pair": the two named last
              | (?<= (?<! \b of \s+ ) \b the \s+ ) (?P<pronoun> \L<plural> ) \b  # "the
              # defendants": they; not "the youngest of the defendants"
              | (?P<definite> \b the \s+ (?: former \s+ | ex- )?
                             (?: (?: convicted | jailed | sentenced ) \s+ )?  # "the convicted man"
                             (?: (?! \L<function_word> \b | \L<not_role> \b ) [a-z]+ \s+ ){0,2}?
                             \L<referring> \b
                             (?! \s+ \L<person_noun> \b ) )""",  # not "the chief specialist"
            regex.VERBOSE,
            person_noun=words.person_nouns.entries,
            plural=words.referring_plurals.entries,
            function_word=words.function_words.entries,
            not_role=words.not_role_words.entries,  # "the fifth defendant": a group's
            referring=words.referring_nouns.entries,
        ),
        person_noun=compile_lazily(
            rf"\b{keyword_trie(words.person_nouns, whole=True)}\b", plain=True
        ),
        organisation_next=compile_lazily(  # "Ayan Media"; "Marco Polo sheep" are animals;
            # "Current Time correspondent Svetlana X": the outlet she works for
            r"(?-i:\s+\L<head>\b)|\s+\L<animal>\b|(?-i:(?:\s+[A-Z]{2,5})?\s+\L<role>\s+[A-Z])"
            r"|(?-i:\s+[A-Z]{2,5}\s+)(?i:\L<role>)(?-i:\s+[A-Z])"  # "X TV Chief Nika Y"
            r"|(?-i:\s+(?:members?|supporters?|followers?)\s+[A-Z])"  # "Sasna Tsrer members A
            # and B": the group they belong to
            r"|\s+of\s+(?:the\s+)?(?i:\L<country>)\b",  # "Democratic Choice of Kazakhstan"
            head=words.organisation_heads.entries,
            animal=words.animals.entries,
            country=words.countries.entries,
            role=[r for r in words.role_nouns if r.islower() and " " not in r],
        ),
        article_before=compile_lazily(r"\b [Tt]he \s+ \Z", regex.VERBOSE),
        organisation_before=compile_lazily(
            r"""(?r) (?: (?-i: \b \L<head> ) | \b (?: \L<role> ) \s+ of (?: \s+ the )?
                       | (?<! ["\u201d] \s* ) \b \L<kind>  # "the construction firm Tavush Shin";
                       # not a name after the kind named before it: '"Tribuna" newspaper X'
                       | \b \L<head> \s+ (?: of | for | on ) (?: \s+ the )?  # "Department of
                         # Passenger Transport", "Committee on Archival Affairs", "Agency for
                         # State Financial Control and Combating Corruption"
                         (?: \s+ (?-i: [A-Z][\w'-]* ) ){0,3} (?: \s+ and )?
                       ) \s+ \Z""",
            FLAGS,
            head=words.organisation_heads.entries,
            kind=words.organisation_nouns.entries,
            role=[r for r in words.role_nouns if r not in words.not_defendant_roles],
        ),
        predicate_before=compile_lazily(  # "posing as a notary": a role; "Of the 39 defendants":
            r"""\b (?: as | is | was | been | become | becomes | became | remains | remained ) \s+
                (?= an? \s )  # the whole a part is taken from; "X is a
              # former official, who": X
              | (?: (?-i: \b Of ) \s+ the | \b out \s+ of (?: \s+ the )? ) \s+ (?= [0-9] )""",
            FLAGS,
        ),
        including=compile_lazily(  # ", including", ", including its accountant and"
            r"""(?: \s+ (?: of | in ) \s+ [^,.;]{1,40}? )?  # "employees of the site, including"
                \s* ,? \s* (?: including | among \s+ (?: them | whom ) ) \s+ (?P<lead>)
                (?: [^,.;]{1,40}? (?: \s* , \s* (?: and \s+ )? | \s+ and \s+ ) )?""",
            FLAGS,
        ),
        owned_by=compile_lazily(r"(?r) \b of \s+ (?: the \s+ )? \Z", FLAGS),
        place_before=compile_lazily(
            r"""\b (?: (?: village | town | city | settlement ) \s+ of | residents? \s+ of
                  | natives? \s+ of ) \s+ (?: the \s+ )? \Z""",
            FLAGS,
        ),
        court_next=compile_lazily(
            r"\s+ (?: (?: district | city | regional | military | inter-?district | garrison )"
            r" \s+ )+ court \b",
            FLAGS,
        ),
        verb_first=compile_lazily(r"(?: fined | deprived | barred | banned | stripped ) \b", FLAGS),
        # Between a description and the name it describes: "A third defendant in the same
        # trial, X", "a second defendant, former village council chairman X", "three officers -
        # X, Y and Z".
        comma=compile_lazily(
            r"""(?: \s+ and \s+ [a-z][\w-]* )?                    # "founder and director, X"
                (?: \s+ (?: (?: living | based | residing ) \s+ )? (?: in | at | of | from | on )
                    \s+ [^,.;]{1,90} )?  # "another critic living in Turkey, X"
                (?: \s+ (?: who | that ) \s+ [^,.;:]{1,100} (?= [:,] ) )?  # "officers who beat him"
                \s* (?: , | -- | [:\u2013\u2014] | (?<= \s ) - (?= \s ) ) \s*
                (?: (?: the | a | an ) \s+ )? (?: [0-9]{1,3} -year-old \s+ )?  # "23-year-old X"
                (?: [a-z][\w-]* \s+ ){0,5}""",
            regex.VERBOSE,
        ),
        comma_age=compile_lazily(  # ", 70, the father, " before "a retired teacher"
            r"\s*(?:\(\s*[0-9]{1,3}\s*\)\s*)?,\s*(?:[0-9]{1,3}\s*,\s*)?"  # "X (30), his cousin"
            r"(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,\s*)?"
        ),
        apposed_and=compile_lazily(r"\s*,\s*(?:[0-9]{1,3}\s*,\s*)?[^,.;:\n]{1,60}?\s+and\s+"),
        apposition_closes=compile_lazily(r"[^,.;:\n]{0,80},(?!\s+(?:were|are|have|both)\b)"),
        # "The chief specialist of the department's procurement division, " at a sentence
        # start, before a description: "a 31-year-old woman".
        definite_before=compile_lazily(
            r"""(?r) (?: ^ | (?<= [.;:] \s+ ) | (?<= \n ) ) [Tt]he \s+
                (?P<group> (?: [\w'-]+ \s+ ){0,3}? \L<person_noun>
                           (?: \s+ of \s+ [^,.;]{1,60}? )? )
                \s* , \s* \Z""",
            regex.VERBOSE | regex.MULTILINE,
            person_noun=words.person_nouns.entries,
        ),
        quoted=compile_lazily(r'"(?P<quote>[^"\n]{3,80}?)[,.]?"'),
        law_title=compile_lazily(
            r"""\b (?: article | art\. ) \s* [0-9]+ (?: [.-] [0-9]+ )* \s*
                (?P<title> \( [^()\n]{3,200} \) | \[ [^\[\]\n]{3,200} \] )""",
            FLAGS,
        ),
        others=frozenset({"other", "others", "remaining", "rest"}),
        unstated=frozenset({"rest", "others"}),
        approximate=compile_lazily(rf"\b (?: {phrases(words.approximators)} ) \s+ \Z", FLAGS),
        plural_owned=compile_lazily(r"[a-z-]+[^s]s", regex.IGNORECASE),
        not_name_prefixes=("ex-",),
        not_name=frozenset(
            [
                *words.not_name_words,
                *words.countries,
                *words.places,
                *words.organisations,
                *words.titles,
                *(f"{title}s" for title in words.titles),  # "Lieutenants A and B"
                *words.person_nouns,  # "Committee to Protect Journalists"
                *words.role_modifiers,  # "Senior Lieutenant A"
            ]
        ),
        indefinite=compile_lazily(r"(?: a | an ) \s", FLAGS),
        heads=frozenset([*words.organisation_heads, *words.place_heads]),
        count=lambda quantity: (
            1.0 if quantity.lower() in ("a", "an", "another") else to_number(quantity)
        ),
        name_parts=lambda words: [(0, len(words))],
    )
