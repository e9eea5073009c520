"""The English grammar of the chains stage: the words that link a mention to whom it names."""

from __future__ import annotations

from kzjustice import entities
from kzjustice._text import compile_lazily
from kzjustice.en.people.mention_grammar import FLAGS
from kzjustice.lexicon import Lexicon, phrases
from kzjustice.names import gender_of_name


def chains_grammar(words: Lexicon) -> entities.Grammar:
    """English chains."""
    places = r"(?: city | town | village | district | region | province | settlement | capital )"
    return entities.Grammar(
        words=words,
        principal_before=compile_lazily(r"(?!)"),  # "the" says which: the last
        tried=compile_lazily(rf"\b (?: {phrases(words.verbs_trial)} | guilty ) \b", FLAGS),
        tried_before=compile_lazily(
            r"""\b (?: found | convicted | verdict \s+ (?: against | on ) | ruled \s+ that
                    | sentence \s+ (?: given | handed ) \s+ to  # "the sentence given to X"
                    | also \s+ (?: banned | barred | fined | sentenced | ordered | deprived )
                    | (?P<bare> sentenced (?: \s+ [0-9]{1,3} -year-old )? ) )  # "sentenced
                \s+ \Z""",  # 50-year-old X on August 11", in a sentence that states no penalty
            FLAGS,
        ),
        guilty_after=compile_lazily(
            r"\s+ (?: was | has \s+ been ) \s+ (?: found \s+ guilty | convicted | sentenced ) \b",
            FLAGS,
        ),
        age_before=compile_lazily(r"(?: \b the \s+ )? \b [0-9]{1,3} -year-old \s+ \Z", FLAGS),
        verdict_owned=compile_lazily(r"'s \s+ (?: verdict | sentence | conviction ) \b", FLAGS),
        list_end=compile_lazily(r"(?: , | ; )? \s* \b and \s+ \Z", FLAGS),
        # "the man who built the block", "the head physician of the city's Maternity Hospital No.
        # 3": a person identified by what follows, named after
        gender_after=compile_lazily(r"(?!)"),  # "he" and "she" say it, in the chains
        relative_after=compile_lazily(
            r"""\s+ (?: who | whose | whom | that ) \b
              | \s+ of \s+ (?: the \s+ )? (?: [a-z][\w-]* (?: 's )? \s+ ){0,3} "? (?-i: [A-Z] )
              | \s+ of \s+ the \s+ [a-z][\w-]* 's \s  # "of the mine's safety service"
              | (?P<new> \s+ of \s+ (?: a | an ) \s+ [^,.;]{1,40}? \s (?: where | which ) \b
                       | \s+ of \s+ its \s )""",
            # "the owner of a cafe where four people died", "the head of its rail logistics
            # unit": someone new
            FLAGS,
        ),
        former=compile_lazily(r"(?!)"),  # "the former official" is a definite description
        kin_before=compile_lazily(
            r"\b \L<kin> \s* ,? \s+ \Z",
            FLAGS,
            kin=words.generic_person_nouns.entries,  # "his
            # former wife, Gulmira,"
        ),
        honorific_before=compile_lazily(
            r"\b (?-i: (?= [A-Z] ) ) \L<honorific> \.? \s+ \Z",
            FLAGS,
            honorific=words.honorifics.entries,
        ),
        relation_of=compile_lazily(r"\s+ of \s", FLAGS),
        stem=lambda noun: noun.removesuffix("s"),
        name_forms=lambda name: (name,),
        name_value=lambda name, gender, before: name,
        gender_of=lambda name, before: gender_of_name(name, words),
        place_before=compile_lazily(
            rf"""(?: \b (?P<preposition> in | at | near | outside | across | during | from ) \s+
                    (?: the \s+ )?
                    (?: {places} \s+ of \s+ )?
                  | \b {places} \s+ of \s+
                  | , \s* (?: [0-9]{{1,3}} \s* , \s* )? of \s+
                  | (?<! [\w'-] ) (?-i: a | an ) \s+ ) \Z""",  # "driving a Toyota Camry"
            FLAGS,
        ),
        place_after=compile_lazily(
            r"""\s+ (?: region | oblast | district | province | city | village | town | county
                    | governorate | raion ) \b""",
            FLAGS,
        ),
        person_after=compile_lazily(r"\s* , \s* [0-9]{1,3} \s* ,", FLAGS),
        all_group=compile_lazily(r"\b all \s+ \Z", FLAGS),
        definite_group=compile_lazily(
            r"\b (?: the | all | both | each \s+ of \s+ the ) \s+ \Z", FLAGS
        ),
        victim_before=compile_lazily(rf"\b {phrases(words.victim_cues)} \s+ \Z", FLAGS),
        list_gap=compile_lazily(r"\s* (?: , \s* )? (?: and \s+ )?", FLAGS),
        of_all=compile_lazily(
            r"\s+ of \s+ the \s+ (?: [a-z-]+ \s+ )? \L<generic> \b",
            FLAGS,
            generic=words.generic_person_nouns.entries,
        ),
    )
