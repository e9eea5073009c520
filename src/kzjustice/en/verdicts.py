"""English grammars of the reader's verdict stages: frames, distribution, cases, charges.

Each function builds one stage's grammar from the English lexicon; the stage module says what
each field is for, and ``kzjustice.ru.verdicts`` builds the same fields for Russian.
"""

from __future__ import annotations

import regex

from kzjustice import cases, charging, distribute, slots
from kzjustice._text import compile_lazily
from kzjustice.charges import charge_for, find_charges
from kzjustice.dates.vocabulary import MONTHS
from kzjustice.lexicon import Lexicon, phrases
from kzjustice.numbers import NUMBER_LISTS

__all__ = [
    "cases_grammar",
    "charging_grammar",
    "distribute_grammar",
    "frames_grammar",
]

_FLAGS = regex.VERBOSE | regex.IGNORECASE
_MONTH_NAMES = tuple(name.capitalize() for name in MONTHS)  # "March": no court's or place's name


def frames_grammar(words: Lexicon) -> slots.Grammar:
    """English verdict frames."""
    subject_gap = r"""
            (?: (?: 's | ' )? \s+ (?: [\w-]+ \s+ ){0,3}?    # "X's sentence was", "his term was"
                (?: sentences? | terms? | convictions? | verdicts? | punishments? ) \s+ )?
            (?: \s* , \s* (?: [^,.;] | (?<= [0-9] ) [,.] (?= [0-9] ) ){1,160} (?= , ) ){0,3}
            \s* ,? \s*   # ", 51, who headed ... time,"; "400,000" is one number
            (?: (?: has | have | had | been | was | were | is | are | also | later | then | not
                  | already | since | subsequently | reportedly | both | each | all | due | to | go
                  | goes | set | expected | scheduled | will | would | could | may | might | must
                  | shall | can | now | still | eventually | finally | initially | each | jointly
                  | together | respectively ) \s+ ){0,6}"""
    return slots.Grammar(
        words=words,
        habitual=compile_lazily(rf"\b (?: {phrases(words.habitual_words)} ) \b", _FLAGS),
        # Verdict verbs, by class; "verb": the verb's own words.
        verb=compile_lazily(
            rf"""\b (?: (?P<object> {phrases(words.verbs_object)} )
                   | (?P<subject> {phrases(words.verbs_subject)} )
                   | (?P<request> {phrases(words.verbs_request)} ) ) \b""",
            _FLAGS,
        ),
        # Just before a verb: the passive ("was jailed", "were each given", "has been sentenced").
        passive=compile_lazily(
            r"""\b (?: was | were | is | are | been | be | being | get | gets | got ) \s+
                (?: (?: also | later | then | each | all | both | not | subsequently
                      | reportedly | previously | already | eventually | finally | initially
                      | officially | [a-z]+ly ) \s+ ){0,2} \Z""",
            _FLAGS,
        ),
        # Just after a comma and a person: a reduced relative clause, "X, sentenced to five
        # years in".
        participle=compile_lazily(r", \s* (?: who \s+ was \s+ | already \s+ )? \Z", _FLAGS),
        subject_gap=compile_lazily(subject_gap, _FLAGS),
        # A group's tail before its verb: "Two former executives of the state utility that ran
        # the plant were each handed"
        group_subject_gap=compile_lazily(
            r"(?: 's (?: \s+ [a-z][\w-]* ){1,3} )?"  # "officers of the department's technical unit"
            r"(?: \s+ (?: of | from | at | in | with | who | that | which ) \s+ [^,.;]{1,160}? )?"
            + subject_gap,
            _FLAGS,
        ),
        object_gap=compile_lazily(
            r"""\s* (?: (?: the | a | an | his | her | their | [A-Z][\w-]+ 's ) \s+ [^,.;]{0,60}
                     , \s*
                     | (?: (?: the | a | an | each \s+ of ) \s+ )? (?: [a-z][\w-]* \s+ ){0,3} )?""",
            regex.VERBOSE,
        ),  # "acquitted a former police investigator, Marat Zhumabayev", "handed to entrepreneur X"
        # After a penalty, words that name whose it is next: "handed to", "for", "each went to".
        after=compile_lazily(
            r"""\s* ,? \s* (?: (?: terms? | sentences? ) \s+ )? (?: each \s+ )?  # "probation terms
                (?: \s* [-:] (?= \s* [A-Z] )        # "10.5 years - Omirbek Kurbanov"  given to"
                  | (?: (?: was | were | had \s+ been | has \s+ been )? \s* (?: also \s+ )?
                       (?: handed | given | imposed | passed | meted \s+ out ) (?: \s+ down )? \s+
                       (?: to | on | against )
                     | (?: went | go | goes | going ) \s+ to | for | to | of
                     | (?<= \b impos\w* \b [^.;]{1,80} ) on )  # "imposed ... arrest on X"
                  (?: \s+ (?: each | both | all ) \s+ of )? \s+ )""",  # "for each of the other
            # five", "imposed a ban on both of them"
            _FLAGS,
        ),
        # Between an active verdict verb and its object: a date, a title, an abbreviation in
        # brackets: "sentenced on March 18 three police officers", "handed former National
        # Security Committee (KNB) chief Karim Masimov".
        object_after_verb=compile_lazily(
            r"""\s* (?: (?: the | a | an | his | her | their | [A-Z][\w-]+ 's ) \s+ [^,.;]{0,60}
                     , \s*
                     | (?: [^,.;()\n] | (?<= \w ) \. (?= \w ) | \( [^()\n]{1,20} \) ){0,80} )""",
            regex.VERBOSE,
        ),
        # After a name, the person it owns: "Utegenov's predecessor", not "Utegenov's sentence"
        # nor "reduced Zhumagaliyev's by one year".
        owner=compile_lazily(
            r"""' s? \s+ (?! (?: [\w-]+ \s+ ){0,2} (?: sentences? | terms? | convictions?
                                                  | verdicts? | punishments? ) \b
                         | (?: by | to | from | in | for | on | at | of | and ) \b ) [a-z]""",
            _FLAGS,
        ),
        of_whom=compile_lazily(r"(?<= \b (?: each | both | all ) ) \s+ of \s", _FLAGS),
        dash_name=compile_lazily(r"\s* [-:] \s* [A-Z]", regex.VERBOSE),
        # Between "handed to", "for" and the person: a title, never a verb ("for firing at X"),
        # after an apposition: "of his colleague, camera operator X", "to the company's three
        # directors - X, Y and Z".
        after_gap=compile_lazily(
            r"""\s* (?: (?: one \s+ of \s+ )?  # "to one of Sarkisian's former subordinates, X"
                     (?: the | a | an | his | her | their | [A-Z][\w-]+ 's ) \s+ [^,.;]{0,60}?
                     \s* [,:-] \s*
                   | (?: \L<unit_word> | \L<teen_word> | [0-9]{1,2} ) \s+    # "two students, X"
                     (?: [a-z][\w-]* \s+ ){0,2} \L<person_noun> \s* [,:-] \s* )?
                 (?: (?: (?: the | a | an ) \s+ )? (?: [0-9]{1,3}-year-old \s+ )?
                     (?: (?: [A-Z][\w-]+ \s+ ){0,3} [A-Z][\w-]+ 's \s+ )?  # "Media's director X"
                     (?: (?: (?! [a-z]+ing \b | \L<function_word> \b ) [a-z][\w-]*
                           | [A-Z]{2,6} s? ) \s+ ){0,3} )?  # "for nationalist MPs X, Y and Z"
                 (?: (?: [A-Z][\w-]+ \s+ ){0,5}? (?i: \L<title> ) s? \s+ ){0,3}""",  # "of Senior
            # Lieutenant X", "for former Finance Minister X"
            regex.VERBOSE,
            title=[*words.titles, *words.role_modifiers],
            function_word=words.function_words.entries,
            unit_word=NUMBER_LISTS["unit_word"],
            teen_word=NUMBER_LISTS["teen_word"],
            person_noun=words.person_nouns.entries,
        ),
        verb_penalty=compile_lazily(
            r"(?: acquitted | jailed | imprisoned | fined | cleared | deprived | barred"
            r" | banned | stripped | fine | to \s+ ban | to \s+ bar | acquit ) \b",  # "to fine X
            # 1,000 MCI", "asked the court to acquit X"
            _FLAGS,
        ),
        coordinated=compile_lazily(
            r"""\A (?: \s+ \( [^()\n]{1,40} \) )?                          # "A (Shymkent), B"
                (?: \s* , \s* (?: [0-9]{1,3} \s* , \s* )? (?: and \s+ | as \s+ well \s+ as \s+ )?
                   | \s+ (?: and | as \s+ well \s+ as | along \s+ with ) \s+
                   | \s* , \s* (?: alongside | along \s+ with | together \s+ with ) \s+  # "A,
                     # alongside four accomplices, was"
                   | \s* , \s* (?: [0-9]{1,3} \s* , \s* )?  # "A, 19, the youngest defendant, B"
                     (?: (?: a | an | the | its | his | her | their ) \s+
                       | (?= (?-i: [a-z] ) [\w-]* \s+ of \s ) )  # "A, leader of the X, and B"
                     [^,;.]{1,120} , \s* (?: and \s+ )?
                   | \s* ,? \s+ and \s+ (?: a | an | another | the | its | his | her | their ) \s+
                     [^,;.]{1,60} , \s*  # "A and another former prime minister, B"
                   | (?: \s* , \s* (?= (?-i: [a-z] ) ) [^,;.]{1,60} )? \s* ; \s* (?: and \s+ )? )
                     # "A, director of X; editor-in-chief B; journalist C; and D"
                (?: [0-9]{1,3}-year-old \s+
                  | (?: (?-i: [A-Z] ) [\w/.-]* \s+ ){0,2} (?-i: [A-Z] ) [\w/.-]* 's \s+  # "and
                  # RFE/RL's D"
                  | (?: (?: its | the | his | her ) \s+ )?
                    (?: (?-i: [A-Z]{2,6} (?: / [A-Z]{2,6} )? ) \s+ )?  # "BCD co-founder B",
                    # "RFE/RL journalist C"
                    (?: (?! \L<function_word> \b | [0-9]
                          | (?: \L<unit_word> | \L<teen_word> | \L<tens_word> ) \b
                            (?! - (?! \L<unit_word> \b | (?: year | month ) s? \b ) [a-z] ) )
                        [a-z][\w-]* \s+ ){1,3}  # not "three", but "one-time", "two-time"
                    (?: of \s+ (?: the \s+ )? (?: [a-z][\w-]* \s+ ){1,3} )?  # "the chief
                  | " [^"\n]{1,40} " \s+ (?: [A-Z]{2,4} \s+ )? )? \Z""",  # specialist of", "LLC"
            _FLAGS,
            function_word=words.function_words.entries,
            ignore_unused=True,
            **NUMBER_LISTS,
        ),  # "A, B and C", "A, 34, and B, 29,", "A, a driver, and B", "A and 20-year-old B",
        # "the engineer, A, and the foreman, B",
        # "A, its editor-in-chief, B, and investigative reporter C"
        conjunction=compile_lazily(
            r"\b (?: and | as \s+ well \s+ as | along \s+ with | alongside | together \s+ with )"
            r" \b",
            _FLAGS,
        ),
        penalty_list=compile_lazily(  # "five and six years", "five- and six-year terms"
            r"\A -?+ \s* (?: , \s* (?: and \s+ | or \s+ )? | and \s+ | or \s+ ) \Z", _FLAGS
        ),
        # Between an owner and a penalty: "his seven-year sentence", "her prison term of".
        owns_penalty=compile_lazily(
            r"""\s+ (?: (?: original | initial | earlier | first | new | prison | jail | suspended
                       | [\w-]+ -year | [\w-]+ -month ) \s+ ){0,2}
                (?: (?: sentences? | terms? | convictions? | verdicts? | punishments? ) \s+
                    (?: (?: was | were | is | had \s+ been | has \s+ been ) \s+ )?
                    [\w\s-]{0,30} )?""",
            _FLAGS,
        ),
        respectively=compile_lazily(r"\b respectively \b", _FLAGS),
        each=compile_lazily(r"\b (?: each | both | all | apiece ) \b", _FLAGS),
        victim=compile_lazily(  # "for killing police sergeant X"; "the murder of his wife, X",
            # not "a fire killed five people, the hostel's owner"
            rf"""(?r) \b {phrases(words.victim_cues)} \s+
                (?: (?: (?: the | a | an | his | her | their | [0-9]+ ) \s+ )?
                    (?: [\w'-]+ \s+ ){{0,4}}
                  | (?: his | her | their ) \s+ (?: [\w'-]+ \s+ ){{0,2}} [\w'-]+ , \s+ ) \Z""",
            _FLAGS,
        ),
        trial_verbs=compile_lazily(
            rf"""\b (?: {phrases(words.verbs_trial)}
                     | (?: found | finding | declared | pronounced )  # "declared X guilty of"
                       (?= \s+ (?: [^.;]{{0,80}}? \s )?? guilty \b ) ) \b""",
            _FLAGS,
        ),
        # A statement of the law just before a penalty: the law, not a defendant, is its
        # subject: "Under Article 345, ... is punishable by", "the charge carries", "the article
        # provides for".
        law_statement=compile_lazily(
            r"""(?r) (?: \b (?: law | article | code | statute | offen[cs]e | crime | charges? ) \b
                         [^.;]{0,160} \b (?: provides? \s+ for | carr(?:y|ies) | envisages?
                                           | stipulates? | prescribes? )
                     | \b punishable ) \b [^.;]{0,40} \Z
                | \( [^()]{0,80} \b (?: art | article ) \b [^()]{0,40} [,:] \s* \Z""",
            # "(Article 190, up to seven years in prison)": the article's penalty
            _FLAGS,
        ),
        charged_law=compile_lazily(
            r"""\b (?: charged | accused | convicted ) \s+ (?: of | with ) \s+ [^.;]{1,120}? , \s+
                (?: a | an ) \s+ (?: [\w-]+ \s+ )? (?: crime | offen[cs]e | charge ) \b
              | \b (?: this | these | the | his | her | their ) \s+ charges? \s+
                (?: [\w-]+ \s+ )? carr (?: y | ies ) \b  # "This charge normally carries" """,
            # "charged with X, a crime punishable by": the charge's penalty, not the law's alone
            _FLAGS,
        ),
        # After a penalty, more people given the same: "was jailed for seven years, as was X".
        as_was=compile_lazily(r"\s* , \s* as \s+ (?: was | were | did ) \s+", _FLAGS),
        # "For X" opening a sentence: "For Nurmaganbetov she requests three years"; elsewhere
        # English names the person after: "nine years for X"
        for_whom=compile_lazily(r"(?<= (?: [.;:] \s{1,3} | \n ) ) for \s+ \Z", _FLAGS),
        relative=compile_lazily(r"\b (?: who | whom | that | which ) \b", _FLAGS),
        shared_passive=compile_lazily(
            r"""(?r) \b (?: was | were ) \s+ (?: [a-z]+ly \s+ )? [a-z]+ (?: ed | en ) \b
                [^.;:,]{0,120} \b and \s+ (?: later \s+ | then \s+ )? \Z""",
            _FLAGS,
        ),
        verb_after=compile_lazily(r"(?!)"),
        complement=compile_lazily(  # ", a close ally of former President"
            r"""\s* , \s* (?: (?: the | a | an | his | her | their ) \s+ )? (?: [\w-]+ \s+ ){0,3}?
                (?: of | to | for ) \s+ (?: [\w.'-]+ \s+ ){0,4}
              | \s* , \s* [0-9]{1,3} \s* , \s*  # after an age, a longer one
                (?: (?: the | a | an | his | her | their ) \s+ )? (?: [\w-]+ \s+ ){0,3}?
                (?: of | to | for ) \s+ (?: [\w.'-]+ \s+ ){0,4} [\w.'-]+ \s* , \s*""",
            # ", 30, the press secretary to one of Y's rival candidates, Z, was sentenced": Z is
            # no subject
            _FLAGS,
        ),
        oblique=lambda name: True,  # the preposition says it
        of_head=compile_lazily(
            r"\s+ of \s+ (?: (?: the | a | an | his | her | their ) \s+ )? (?: [\w-]+ \s+ ){0,3}?",
            _FLAGS,
        ),
        own_term_next=compile_lazily(
            r"""(?: \s* (?: , | \s and ) \s* [A-Z][\w.-]* (?: \s+ [A-Z][\w.-]* )* )*
                \s* [-\u2013\u2014] \s""",
            regex.VERBOSE,
        ),
        dash_gap=compile_lazily(r"[\s:]* (?: [-\u2013\u2014] [\s:]* )?", regex.VERBOSE),
        named_below=compile_lazily(
            r"""^ [^\n:]{0,40}? \b (?: those \s+ (?: sentenced | convicted | jailed )
                                 | the \s+ (?: convicted | sentenced | defendants ) \b )
                [^\n:]{0,30} : [ \t]* $""",
            _FLAGS | regex.MULTILINE,
        ),
        plural_after=compile_lazily(r"\s+ (?: were | are | have ) \b", _FLAGS),
    )


def distribute_grammar(words: Lexicon) -> distribute.Grammar:
    """English distribution."""
    speaking = phrases(words.speech_verbs)
    official = f"(?: {phrases(words.official_speakers)} )"
    return distribute.Grammar(
        words=words,
        law_context=compile_lazily(
            r"""\b (?: punishable | under \s+ (?: kazakh \s+ )? law | the \s+ law
                     | criminal \s+ code | article \s+ \d+ | carries | provides \s+ for
                     | statute | legislation | illegal ) \b""",
            _FLAGS,
        ),
        # A figure as the subject of a penalty: a statistic, not a defendant to give it to; or
        # the reader or anyone at all: "you could face fines or imprisonment for sharing".
        excluded_subject=compile_lazily(
            r"""\b (?: (?: fewer | more | less ) \s+ than | at \s+ least | nearly | almost | some )
                \s+ [0-9][0-9,]* \s+ (?: [\w-]+ \s+ ){1,4} (?: have | has | had | were ) \b
              | \b (?: (?: tens \s+ of \s+ )? thousands | hundreds | dozens | scores ) \s+ of \s+
                (?: [\w-]+ \s+ ){1,4} (?: have | has | had | were | are ) \b  # "Thousands of
                # people have been fined": a statistic with no number
              | \b (?: you | anyone | whoever ) \b""",
            _FLAGS,
        ),
        counting=compile_lazily(r"\b (?: all | both | each \s+ of (?: \s+ the )? ) \s+ \Z", _FLAGS),
        own_plea=compile_lazily(
            r"\b (?: final | last | closing ) \s+ (?: word | statement | plea | address ) \b",
            _FLAGS,
        ),
        defence=compile_lazily(r"\b (?: lawyers? | defen[cs]e | attorneys? | counsel ) \b", _FLAGS),
        prosecution=compile_lazily(r"\b (?: prosecut\w* | state \s+ attorney ) \b", _FLAGS),
        speaking_after=compile_lazily(
            rf"""(?: (?-i: \p{{Lu}} ) [\w'.-]* \s* ){{1,4}} ,? \s*
                {phrases(words.speech_verbs)} \b""",
            _FLAGS,
        ),
        speaking_before=compile_lazily(  # "..., said human rights activist X"; not "said X":
            r"""[,"\u201d] \s* (?: said | says | told \s+ \w+ ) \s+  # X may be a judge
                (?: [\w/-]+ \s+ ){1,4} \Z""",  # "said CPJ Deputy Director X"
            _FLAGS,
        ),
        apposed_owner=compile_lazily(
            r"""(?r) (?: (?-i: \p{Lu} ) [\w'-]+ | \L<particle> )  # "X kyzy, the wife of Y"
                , \s+ (?: the | a | an | his | her | their ) \s+
                (?: [\w-]+ \s+ ){0,5}? of \s+ (?: the \s+ )?
                (?: (?-i: \p{Ll} ) [\w-]+ \s+ ){0,3}
                (?: of \s+ (?-i: \p{Lu} ) [\w-]+ \s+ )? \Z""",  # "the president of Kazakhstan Y"
            _FLAGS,
            particle=words.name_particles.entries,
        ),
        official_after=compile_lazily(  # '," the court said', '" Press service of the court'
            rf"""\s* ,? \s* (?: (?: the \s+ )? (?: [\w'-]+ \s+ ){{0,3}}? {official} \s+ {speaking}
                                | {speaking} \s+ (?: the \s+ )? (?: [\w'-]+ \s+ ){{0,3}}? {official}
                                | {official} \s+ of ) \b""",
            _FLAGS,
        ),
        same_penalty=compile_lazily(
            r"""(?<! \b (?: for | of | on ) \s+ ) \b  # not "imprisonment for the same term"
                (?: the \s+ same | an? \s+ identical ) \s+
                (?: sentences? | penalt(?: y | ies ) | punishments? | terms? | prison \s+ terms? )
                \b""",
            _FLAGS,
        ),
        joined=compile_lazily(  # "Ulvi Hasanli and his editor Sevinc Vagifgyzi, as well as ":
            # from one person's name to the next one named with them
            r"""\p{Lu} [\w.'-]* (?: \s+ \p{Lu} [\w.'-]* ){0,3} \s* (?: , \s* )?
                (?: (?: and | as \s+ well \s+ as | along \s+ with ) \s+ )?
                (?: (?-i: [A-Z]{2,6} ) \s+ (?= (?-i: \p{Ll} ) ) )?  # "BCD co-founder B"
                (?: -? (?-i: \p{Ll} ) [\w-]* \s* ){0,5}""",
            _FLAGS,
        ),
    )


_NEW_CASE_WORDS = (
    "another", "separate", "similar", "different", "meanwhile", "elsewhere", "neighbo", "trial",
    "verdict", "sentence",
)  # fmt: skip
"""A word each alternative of a new case's opening holds: a sentence with none opens none."""


def cases_grammar(words: Lexicon) -> cases.Grammar:
    """English cases."""

    def court_kind(court: str) -> str:  # an appeals court is a regional or city one
        parts = court.lower().split()
        kind = parts[-2] if len(parts) > 1 else ""
        return "regional" if kind in ("appeal", "appeals", "city") else kind

    return cases.Grammar(
        words=words,
        court_kind=court_kind,
        new_case=compile_lazily(
            r"""\s* (?: [A-Z][\w ]{0,30}, \s* )?
                (?: in \s+ (?: another | a \s+ separate | a \s+ similar | a \s+ different )
                       (?: \s+ \w+ ){0,3}? \s+ (?: case | trial | verdict | ruling )
                  | separately \b | another \s+ (?: case | trial ) | meanwhile \b | elsewhere \b
                  | in \s+ neighbouring \b | in \s+ neighboring \b
                  | [^.;]{0,120}? \b  # one scan ahead for any of these, not one for each
                    (?: (?: go | goes | going ) \s+ on \s+ trial
                      | (?: yet | due ) \s+ to \s+ (?: go \s+ on | stand ) \s+ trial
                      | (?: awaits? | awaiting ) \s+ trial
                      | also \s+ (?: announced | delivered | passed | pronounced
                                   | handed \s+ down ) \s+ (?: a | the ) \s+
                        (?: verdict | sentence ) ) )
            """,
            _FLAGS,
            needs=_NEW_CASE_WORDS,
        ),
        verdict=compile_lazily(
            rf"""\b (?: {phrases(words.verdict_words)}
                     | (?: found | declared | pronounced ) \s+ (?: [^.;]{{0,80}}? \s )?? guilty )
                \b""",
            _FLAGS,
        ),
        trial=compile_lazily(r"\b (?: trials? | tried | proceedings ) \b", _FLAGS),
        # A court: "the Zhambyl regional court", "Pavlodar city court No. 2", "the Court of East
        # Kazakhstan Region", "a military court in Taldykorgan"; court: its name; named: the place
        # after "of"; place: the place after "in".
        court=compile_lazily(
            r"""(?<! [\w-] ) (?: (?: an? | the ) \s+ )?
                (?P<court>
                  (?: (?! (?: The | A | An | This | That | Its | His | Her ) \s )
                      [A-Z][\w'-]+ \s+ ){1,3}
                  (?: (?: [Dd]istrict | [Rr]egional | [Cc]ity | [Mm]ilitary | [Ii]nterdistrict
                        | [Cc]riminal | [Ss]upreme | [Aa]ppeals? | [Ss]pecialized
                        | [Aa]dministrative )
                      \s+ ){0,3} [Cc]ourt (?: \s+ No\. \s* [0-9]+ )?  # "Pavlodar city court No. 2"
                  (?: \s+ of \s+ (?! \L<month> \b )  # "Court of Almaty", "of East Kazakhstan"
                      (?P<named> [A-Z][\w-]+ (?: \s+ (?! \L<month> \b ) [A-Z][\w-]+ ){0,2}
                                 (?: \s+ [Rr]egion \b )? ) )?
                | (?: (?: specialized \s+ )? administrative | district | regional | city | military
                    | appeals? | supreme ) \s+ court )
                (?: \s+ in \s+ (?: the \s+ (?: \w+ \s+ ){0,2} city \s+ of \s+ )?
                    (?! \L<month> \b ) (?P<place> [A-Z][\w-]+ ) )?""",
            regex.VERBOSE,
            needs=("ourt",),  # "Court", "court": a sentence without it names none
            month=_MONTH_NAMES,
        ),
        place=compile_lazily(
            r"""\b (?: (?: in \s+ )? the \s+ (?: \w+ \s+ ){0,2} city \s+ of
                     | (?: trial | proceedings | hearing ) s? \s+ (?: \w+ \s+ ){0,3}? in
                     | court \s+ in ) \s+ (?: Kazakhstan's \s+ )?
                (?! \L<month> \b ) (?P<place> [A-Z][\w-]+ (?: \s+ region \b )? )""",
            regex.VERBOSE,
            needs=("city", "trial", "proceeding", "hearing", "court"),
            month=_MONTH_NAMES,
        ),
        place_lead=compile_lazily(
            r"""[^\w]* (?: [A-Z]\w+ \s+ )? [Ii]n \s+ (?! \L<month> \b )
                (?P<place> [A-Z][\w-]+ ) \s* ,""",
            regex.VERBOSE,
            month=_MONTH_NAMES,
        ),  # at a sentence's start: "In Shymkent, seven police officers ...", "Yesterday in X, ..."
        future_trial=compile_lazily(
            r"""\b (?: (?: go | goes | going ) \s+ on \s+ trial | (?: set | due | yet ) \s+ to \s+
                     (?: go \s+ on | stand ) \s+ trial | awaits? \s+ trial
                   | awaiting \s+ trial ) \b""",
            _FLAGS,
        ),
        # Words before a court that make it one the article only anticipates.
        hypothetical=compile_lazily(
            r"""(?r) \b (?: would | will | plans? \s+ to | intends? \s+ to | ask | asks | asking
                         | appeal \s+ to | appeals \s+ to | petition\w* | complain\w* \s+ to )
                \b [^.;]{0,40} \Z""",
            _FLAGS,
        ),
        # The start of a clause a date may stand in that is not the verdict's:
        # "who launched it in 2016".
        subordinate=compile_lazily(
            r"""(?r) \b (?: who | whom | whose | which | where | when | while | after | since
                         | following | before ) \b [^,;.()]* \Z""",
            _FLAGS,
        ),
        opening_date=compile_lazily(r"[^\w]* (?: on | in ) \s+", _FLAGS),
    )


def charging_grammar(words: Lexicon) -> charging._Grammar:
    """English charges."""
    return charging._Grammar(
        words=words,
        not_a_charge=compile_lazily(
            r"""(?r) \b (?: bans? | banned | prohibition | prohibited | citing | cited | saying
                         | said | calling | called | describ\w* | quoting | right ) \b
                [^.;"]{0,25} \Z""",
            _FLAGS,
        ),  # words before a quote that make it something other than a charge's name
        charge_context=compile_lazily(
            r"""(?r) \b (?: guilty \s+ of | charges? \s+ of | charged \s+ with | convicted \s+ of
                         | accused \s+ of | under | for | of | and | on \s+ charges \s+ of )
                [^.;]{0,60} \Z""",
            _FLAGS,
        ),
        find_charges=find_charges,
        charge_for=charge_for,
        same_charge=compile_lazily(
            r"\b same \s+ (?: charges? | articles? | offen[cs]es? | counts? ) \b", _FLAGS
        ),
    )
