"""The English grammar of the descriptions stage: roles, ages and places said of a person."""

from __future__ import annotations

import regex

from kzjustice import descriptions
from kzjustice._text import compile_lazily
from kzjustice.en.people.mention_grammar import FLAGS
from kzjustice.lexicon import Lexicon, phrases
from kzjustice.numbers import to_number


def descriptions_grammar(words: Lexicon) -> descriptions._Grammar:
    """English descriptions."""
    of = compile_lazily(r"\s+(?:of|for|in|at)\s+")
    passive = [p for p in words.victim_predicates if p.startswith(("was ", "were "))]
    # a judge, a lawyer, a witness; a human rights defender may be tried
    not_defendant = rf"(?<! \b rights \s+ ) {phrases(words.not_defendant_roles)}"

    def role_head(role: str) -> str | None:  # "deputy head of the department" -> "head"
        head = of.split(role.strip())[0].split()
        return head[-1].lower().rstrip("s") if head and len(role.split()) <= 10 else None

    def not_role(word: str) -> bool:  # "three former officers": "three", "former"
        word = word.lower()
        return (
            word in words.not_role_words
            or to_number(word) is not None
            or (word.endswith("-year-old"))
        )

    return descriptions._Grammar(
        words=words,
        age_inside=compile_lazily(r"(?P<evidence>(?P<age>[0-9]{1,3})-year-old)"),
        age_after=compile_lazily(r"\A , \s* (?P<age> [0-9]{1,3} ) \s* ,", regex.VERBOSE),
        age_before=compile_lazily(
            r"(?r) (?P<evidence> (?P<age> [0-9]{1,3} ) - year - old ) \s+ \Z", regex.VERBOSE
        ),
        age_range=compile_lazily(
            r"""\A ,? \s* (?P<evidence> (?: ranging \s+ from | aged ) \s+ (?P<low> [0-9]{1,3} )
                \s+ (?: to | - ) \s+ (?P<high> [0-9]{1,3} ) (?: \s+ years \s+ old )? )""",
            regex.VERBOSE,
        ),
        # ", 47, a former deputy head of the department," -> age 47, role "deputy head of the
        # department"
        apposition=compile_lazily(
            r"""\A (?: , \s* [0-9]{1,3} \s* )? , \s* (?: (?: a | an | the ) \s+ )?
                (?: (?P<age> [0-9]{1,3} ) -year-old \s+ )? (?: former \s+ | ex- )?
                (?P<role> (?: [A-Z][\w-]* \s+ (?= [a-z] ) )?  # "an Almaty regional court judge"
                          [a-z][\w-]* (?: \s+ (?: of | for | in | at )? \s* (?: the \s+ )?
                                       [\w'-]+ ){0,8}? )
                \s* (?= , | \. | ; | \s+ (?: who | whom | whose | which | that | was | were
                                           | has | had ) \b )""",
            regex.VERBOSE,
        ),
        # Read leftwards from a name: "the director of Teplo-Service LLP, M. Kaliyev", "former
        # village council chairman X".
        role_apposed=compile_lazily(
            r"""(?r) (?: \b (?: [Tt]he | [Aa] | [Aa]n ) \s+ | \b former \s+ | ^ | [.,;:\n] \s* )
                (?: former \s+ )?
                (?P<role> (?! (?: former | second | third | fourth | fifth | sixth | another
                              | other ) \b )
                          [a-z][\w-]* (?: \s+ [a-z][\w-]* ){0,2}
                          (?: \s+ (?: of | in | at ) \s+ (?: the \s+ )? [\w'-]+
                              (?: \s+ (?! of \b ) [\w'-]+ ){0,5}
                            (?: \s+ of \s+ [\w'-]+ (?: \s+ (?! of \b ) [\w'-]+ ){0,3} )? )? )
                ,? \s+ \Z""",
            regex.VERBOSE,
        ),
        # "entrepreneur Kazybek Kudaibergenov", "police captain Yerzhan Abdikarimov"
        role_before=compile_lazily(
            r"(?r) (?P<role> (?: (?i: \L<role_modifier> ) \s+ )? [A-Za-z][a-z-]+ ) \s* ,? \s+ \Z",
            regex.VERBOSE,
            role_modifier=words.role_modifiers.entries,
        ),
        serving_as=compile_lazily(
            r"""\b (?: serving | served | working | worked ) \s+ as \s+ (?: the \s+ )?
                (?P<role> [a-z][\w-]* (?: \s+ [\w'-]+ ){0,6}? ) (?= \s* [,.;] )""",
            regex.VERBOSE,
        ),
        # Before a mention, words that make it no defendant: a judge, a victim, a statistic
        # ("fewer than 20 officers have been imprisoned").
        not_defendant_before=compile_lazily(
            rf"""(?: \b (?<! \b Jehovah ['\u2019] s \s+ )  # "Jehovah's Witness X": a believer
                  (?: {not_defendant} | president
                        | victims \b [^.;]{{0,60}} | victim \b [^.;]{{0,60}} | death \s+ of
                        | killing \s+ of | murder \s+ of | said | told | according \s+ to
                        | fewer \s+ than | more \s+ than | less \s+ than | at \s+ least
                        | nearly | almost | about | around | over | some | up \s+ to )
                     [\s,]* \Z
                | \b (?: chairman | chairwoman | chair | president | head ) \s+ of \s+
                  (?: the \s+ )? (?: [\w-]+ \s+ ){{0,4}} court \s* , \s* \Z  # "Chairman of the
                                                            # Aktau City Court, X": a judge
                | \b (?: died | were \s+ killed | were \s+ injured ) \b [^.;]{{0,60}}
                  \b including \s+ (?: [0-9]{{1,3}} -year-old \s+ )? \Z  # "Three passengers
                                                    # died in the crash, including 71-year-old X"
                | \b (?: {phrases(words.victim_cues)} ) \s+  # "who beat money changer X"
                  (?: (?: the | a | an | his | her | their ) \s+ )?
                  (?: (?! (?: suspects? | accused | defendants? ) \b ) [a-z][\w'-]* ,? \s+ ){{0,3}}
                  \Z )""",  # "the murder of his wife, X"
            FLAGS,
        ),
        # After a first mention, its predicate with no verb between: "X, 36, his wife and their
        # daughter died at the scene"; not "X, who ..." nor "X said his brother died".
        victim_after=compile_lazily(
            rf"""(?: (?! \b (?: who | whom | whose | which | that | where | when | was | were
                             | is | are | had | has | have | said | says | told | tells
                             | according | after | before | for | because | since | as
                             | while | until | if | in | on | at | to | by | with | from | of )
                           \b | ['\u2019] s \b ) [^.;!?()\n] ){{0,80}}?
                 \s+ (?: {phrases(words.victim_predicates)} ) \b
              | \s+ who \s+ (?: {phrases(words.victim_predicates)} ) \b  # "a ranger who was
              | \s+ who \s+ (?: was | were ) \s+ [a-z]+ly \s+  # allegedly beaten to death"
                (?: {phrases(tuple(p.split(" ", 1)[1] for p in passive))} ) \b""",
            FLAGS,
        ),
        former=compile_lazily(r"\b (?: former | retired ) \s+ \Z | \b ex- \Z", FLAGS),
        not_defendant_role=compile_lazily(rf"(?: [\w-]+ \s+ ){{0,3}} {not_defendant} \b", FLAGS),
        title=compile_lazily(  # "Ms. " just before a name
            r"\b\L<honorific>(?=\.?\s*\Z)", honorific=words.honorifics.entries
        ),
        perfect_after=compile_lazily(
            r"\s+ (?: have | has | had ) \s+ (?: (?: since | now | so \s+ far ) \s+ )? been \b",
            FLAGS,
        ),
        role_head=role_head,
        not_role=not_role,
    )
