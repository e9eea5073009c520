"""The English words of penalties: status cues, kind phrases, bans, and the hints that find them.

Each stage of the reader (see ``kzjustice.penalties``) matches these; what only one stage
needs lives in its own module.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import regex

from kzjustice._text import compile_lazily, keyword_trie
from kzjustice.models import Kind, Status
from kzjustice.numbers import NUMBER, NUMBER_LISTS

FLAGS = regex.VERBOSE | regex.IGNORECASE
FORCED_WORK = compile_lazily(r"\b forced \b", FLAGS)
"""Forced labour's words ("forced labour"): in hours it is community work."""

OBJECT = r"""(?: (?: him | her | them | it | each | the \s+ \w+ (?: \s+ \w+ )?
                   | (?: [A-Z][\w'-]+ \s+ ){0,3} [A-Z][\w'-]+ (?: 's )? ) \s+ )"""
"""The object between a verb and its penalty: "sentenced him to", "gave Kasymov Beisenov"."""

_REQUESTED_VERB = r"""(?: sentence | jail | imprison | give | hand | impose | raise | increase
                       | overturn | fine | place | uphold | keep | acquit | send | sent )\w*"""
"""A verb after "asked that", "wanted ... to be": what the prosecution asks the court to do."""
_GIVEN_THE = r"""\b (?: received | receives | got | gets | given | gave | handed | imposed
                    | sentenced (?: \s+ \w+ )? \s+ to | asked \s+ for | sought | seeking
                    | demanded | requested ) \s+ (?: \w+ \s+ )? the \s+"""
"""A verb before "the maximum": "received the maximum sentence of 12 years" is his term."""
_MODAL_VERB = r"""(?: face | get | receive | serve | spend | jailed | sentenced | imprisoned
                   | fined | punished | given | handed | lead \s+ to | result \s+ in )"""
"""A verb after "could", "may", "can": what makes a penalty possible."""

_PERSON_OBJECT = r"""(?: (?: him | her | them | (?: his | her | their ) \s+ [\w-]+
                        | (?-i: \p{Lu} ) [\w'.-]* (?: \s+ (?-i: \p{Lu} ) [\w'.-]* ){0,2} ) \s+ )"""
# a verb's object that is a person: "him", "his partner", "A. Beisen"
STATUS_CUES: Mapping[Status, str] = MappingProxyType(
    {
        Status.REQUESTED: rf"""
        (?: ask(?:s|ed|ing)? | sought | seek(?:s|ing)? | demand(?:s|ed|ing)?
          | request(?:s|ed|ing)? | call(?:s|ed|ing)? \s+ (?: for | on ) | want(?:s|ed)?
          | urg(?:e|es|ed)
          | propos(?:e|es|ed) | insist(?:s|ed|ing)? \s+ on | press(?:es|ed|ing)? \s+ for
          | recommend(?:s|ed|ing|ations?)? | motion(?:s|ed)? | petition(?:s|ed)? )
        (?: \s+ that \s+ (?: [\w'-]+ \s+ and \s+ )? (?: another | the \s+ other ) \s+
            [^.;0-9]{{1,80}}? \s be \s+ sentenced \b  # "requested that X and another leader
            # of the group, Y, be sentenced to"
          | \s+ (?: that \s+ )? (?: (?: the | an? ) \s+ (?: [\w'-]+ \s+ ){{1,12}}?  # "asked the
                                     # court late on Tuesday to acquit"
                                 | (?: him | her | them | he | she | they ) \s+
                                 | (?: [0-9]{{1,4}} | all | both | two | three | four
                                     | five | six | seven | eight | nine | ten ) \s+
                                   (?: [\w'-]+ \s+ ){{1,3}}?
                                 # "requested that 37 people be sentenced"
                                 | (?: (?: [A-Z][a-z]? \. \s* ){{0,2}}  # "asked for activist X
                                       (?! (?: was | were | is | are | has | have | had | been
                                             | who | which ) \b )  # to be jailed"; not "who
                                       [A-Z][\w'-]+ \s+ ){{1,3}} )  # called for protests was
            (?: to \s+ )? (?: be \s+ )? {_REQUESTED_VERB}
            (?: \s+ for \s+ (?: [\w'-]+ \s+ ){{1,4}}? and \s+ (?: be \s+ )? {_REQUESTED_VERB} )?
        )?  # "wanted Serikov jailed for nine years and fined"
        | (?: prosecution | prosecutor | prosecutors ) (?: 's | ' )? \s+ (?: request | demand )
        | \b request \s+ for
        | (?: argu (?: e | es | ed | ing ) | believ (?: e | es | ed ) )
          (?= [^.;]{{0,120}}? \b should \s+ (?: also \s+ )? (?: be \s+ )?
              (?: banned | barred | order | {_REQUESTED_VERB} ) \b )
          # "argued in court that X and Y should be banned from ... for three years"; "believes
          # the court should order X to pay a fine"
        | should \s+ (?: also \s+ )? be \s+ (?: fined | jailed | sentenced | imprisoned | banned
                                             | barred ) \b  # "while Y should be fined"
    """,
        Status.POSSIBLE: rf"""
        (?: could | (?-i: may ) | might | would | can )  # "may", not the month: "in May sentenced"
            \s+ (?: also \s+ )? (?: be \s+ )? {_MODAL_VERB}
            (?: \s+ (?: or | and ) \s+ (?: be \s+ )? {_MODAL_VERB} )?  # "can be fined or given"
        | fac(?:e|es|ed|ing) | risk(?:s|ed|ing)? | punishable
        | carr(?:y|ies|ied|ying) (?! \s+ out \b )  # not "carried out the repairs"
        | (?<! {_GIVEN_THE} ) (?: maximum | minimum ) \s+     # "a maximum penalty of seven years"
          (?: (?: (?: prison | jail ) \s+ )? (?: penalty | sentence | punishment | term ) | of )
        | (?<! \b the \s+ ) (?: maximum | minimum ) \s+ (?= [\w-]+ - (?: year | month | day ) \b )
          # "carries a maximum 7-year prison sentence"; not "sentenced X to the maximum 2-year"
        | (?<= - (?: year | month | day ) \s+ ) (?: maximum | minimum )  # "the 10-year maximum"
        | threaten(?:s|ed)? \s+ (?: \w+ \s+ )? with  # "the article threatens him with"
        | (?: law | article | code ) \s+ (?: requires | provides | prescribes | envisages )
        | provides \s+ for | envisag (?: es | ed ) | stipulat (?: es | ed ) | foresaw
        | foresee (?: s | n ) | potential
        | possible \s+ (?: sentence | term | penalty | punishment )
        | (?: impl (?: y | ies ) | entails? ) (?= \s+ (?: a \s+ )? (?: punishment | penalty
                                                   | sentence | up \s+ to ) \b )  # "the articles
        # imply punishment ... from 15 to 25 years", "entails up to five years"
        | (?<= \b is \s+ ) punished | punishes  # "the law punishes a first offence with"
        | (?<= \b the \s+ ) (?: penalty | punishment ) \s+ for (?! \s+ (?-i: \p{{Lu}} ) )
          # "the penalty for the distribution of ... is 15 years"; not "for Ivanov"
    """,
        Status.IMPOSED: rf"""
        sentenc(?:ed|ing)
        | (?<! \b (?: carr\w* | fac\w* | risk\w* | envisag\w* | provid\w* | stipulat\w* ) \s+ )
          sentences
        | jail(?:ed|s|ing) | imprison(?:ed|s|ing) | hand(?:ed|s|ing) | fined
        | gave | give[ns]? | receiv(?:e|es|ed|ing) | got | gets | ordered | impos(?:e|es|ed|ing)
        | passed | upheld | uphold(?:s|ing)? | left \s+ in \s+ force | (?<= \b in \s+ ) absentia
        | settled \s+ on | meted \s+ out | serving | appeal(?:s|ed|ing)? | verdict
        | (?<! \b to \s+ be \s+ ) cut (?! \s+ (?: off | down | out | back | in ) \b )  # not "coal
                                                                   # to be cut", "cut off"
        | reduc(?:e|es|ed|ing) | commut(?:e|es|ed|ing) | increas(?:e|es|ed|ing)
        | rais(?:e|es|ed|ing) | lower(?:s|ed|ing)? | shorten(?:s|ed|ing)? | soften(?:s|ed|ing)?
        | replac(?:e|es|ed|ing) | chang(?:e|es|ed|ing) | overturn(?:s|ed|ing)?
        | placed | awarded | walk(?:s|ed)? \s+ free \s+ with | chose | opted \s+ for
        | end (?: s | ed )? \s+ up \s+ with  # "who ended up with a six-month jail term"
        | convicted | (?<= \b (?: must | will | shall | to | and ) \s+ ) serve \b (?! \s+ as \b )
        | earn(?:s|ed)? (?= \s+ {OBJECT} )  # "earned the director 10 years"
        | sen(?:t|ds|ding) (?= \s+ {_PERSON_OBJECT}? to \s+ (?: [\w-]+ \s+ ){{0,6}}?
                               (?: prison | jail | colony ) \b )  # "sent him to prison for"
        | (?: put | puts | putting )  # "put him behind bars for"
          (?= \s+ {_PERSON_OBJECT}? behind \s+ bars \b )
        | (?<= \b (?: years? | months? | sentences? | terms? | each ) ,? \s+ )
          (?: went | goes ) \s+ to (?! \s+ \w+ing \b | \s+ (?: waste | court | trial ) \b )
          # "Nine years went to X", "The longest sentence, 14 years, went to the organiser"
    """,
    }
)
"""What decides a penalty's status: the nearest of these before it, else the first after it."""

CHANGE_VERBS = r"""
    (?: cut | reduc\w* | commut\w* | increas\w* | rais\w* | lower\w* | shorten\w* | soften\w*
      | chang\w* | toughen\w* | extend\w* | replac\w* | mitigat\w* )
"""
"""Appeal verbs: "from X to Y" after them is two penalties, not a range."""

KIND_PHRASES: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.SUSPENDED: r"""
        suspended (?: \s+ (?: prison | jail ) )?
        (?: \s+ (?: sentences? | terms? ) (?! \s+ (?: from | as | pending | without ) \b )
          | (?! \s+ (?: from | as | pending | without | over ) \b  # "suspended from duty": no
              | \s+ for \s+ ['"\u2018\u201c]? [a-z]+ing \b  # penalty, nor "was suspended for
              | \s+ for \s+ life \b ) )  # 'committing an offense'", nor a ban: "suspended for
                                       # life from holding state positions"
        | conditional \s+ (?: sentences? | (?: prison \s+ )? terms? | imprisonment )
        | probationary \s+ sentences?
    """,
        Kind.NON_CUSTODIAL: r"""(?: non-? custodial | non-? prison )  # "a non-prison sentence"
            \s+ (?: sentences? | terms? | penalt(?:y|ies) )""",
        Kind.RESTRICTED_FREEDOM: r"""
        (?: [a-z]+-like \s+ )?  # "parole-like restricted freedom"
        (?: restrict(?:ed|ion) (?: \s+ | - ) (?: (?: of | on ) \s+ )? (?: freedom | liberty )
          | (?: freedom | liberty ) \s+ (?: restrictions? | limitation ) \b
          | (?: limitation | restraint ) \s+ of \s+ (?: freedom | liberty )  # "restraint of"
          | limited \s+ (?: freedom | liberty )  # "five years of limited freedom"
          | parole-like \s+ (?: terms? | restrictions? ) \b )  # "two years of parole-like terms"
    """,
        Kind.PROBATION: r"""(?<! \b with \s+ (?: [a-z]+ \s+ ){0,3} ) probation \b  # "with (the
        # establishment of) probation control": a condition of another penalty
        (?! \s+ (?: officers? | service | period ) ) (?: \s+ (?: supervision | control ) \b )?""",
        Kind.COMMUNITY_SERVICE: r"""
        (?: mandatory \s+ )?  # "100 hours of mandatory public service work"
        (?: community \s+ (?: service | work ) (?: \s+ orders? )?
          | public \s+ (?: service \s+ )? works? | unpaid \s+ work )
        | compulsory \s+ (?: labou?r | works? )
    """,
        Kind.CORRECTIONAL_LABOUR: r"""
        (?: correctional | corrective | forced ) \s+ (?: labou?r | works? )
    """,
        Kind.ADMINISTRATIVE_ARREST: r"""
        administrative (?: ly )? \s+ (?: arrest (?: ed )? | detention | detained )
    """,
        Kind.LIFE_IMPRISONMENT: r"""
        life \s+ (?: imprisonment | (?: (?: prison | jail ) \s+ )? (?: sentences? | terms? )
                 | in \s+ (?: prison | jail )
                 | behind \s+ bars )
        | (?<= (?: jailed | imprisoned | sentenced | locked \s+ up ) \s+ (?: \S+ \s+ ){0,3}
               (?: for | to ) \s+ ) life \b (?! \s+ (?: in | imprisonment | sentence ) )
        | (?<= \b (?: got | gets | received | receives | given | handed | faces | face | risks )
               \s+ ) life \b (?! \s+ (?: in | imprisonment | sentences? | terms? ) )
        | (?<= \b (?: years | year | term | terms ) \s+ or \s+ ) life \b  # "up to 20 years or life"
          (?! \s+ (?: in | imprisonment | sentences? | terms? ) )
    """,
        Kind.IMPRISONMENT: r"""
        (?: in | behind | at | to ) \s+ (?: a \s+ | an \s+ | the \s+ )?
            (?: (?: (?: general | strict | special | high | medium | maximum | minimum
                      | low )[- ](?: regime | security ) \s+ | penal \s+ | corrective \s+ )?
                colon(?: y | ies ) (?: -settlement )?
              | prison | jail | bars )
        | (?: prison | jail | custodial ) \s+ (?: sentences? | terms? )
        | imprisonment | incarceration | deprivation \s+ of \s+ (?: liberty | freedom )
        | colony-settlement
    """,
    }
)
"""How each kind is worded; imprisonment is also what a bare term with a penalty cue means."""

_FINE_ANCHOR = r"""
    fined \b
    | (?<= \b to \s+ ) (?P<to_fine> fine ) (?= \s+ (?: him | her | them | each | the | [A-Z] ) )
    | (?: \b (?: a | an | the | heavy | large | hefty | small | [\w,.]+ - (?: tenge | dollar ) )
          \s+ )? fines? \b (?= \s+ (?: of | or | and | amounting | totalling | to \s+ be | for | on
                                     | imposed | handed ) \b  # "a $1.5 million fine to be"
                              | \s* [.,;)] )
    | (?<= (?: \b a | \b an | \b the | impos\w+ | pa(?: y | id | ys ) ) \s+ ) fines? \b
    | (?<= [\])] \s* \b in \s+ ) fines \b  # "recover 247 million som [$3.3 million] in fines"
"""

CUE = compile_lazily(
    "|".join(rf"(?P<{status.value}> \b (?: {cue} ) \b )" for status, cue in STATUS_CUES.items()),
    FLAGS,
)
BAN_STOP_WORDS = (
    "for", "and", "or", "after", "until", "upon", "following", "while", "but", "since",
    "because", "as", "in addition", "which", "who", "that", "pending", "was", "were", "is",
    "are", "be", "been", "has", "had", "have", "will", "would", "also",
)  # fmt: skip
"""Words that end what a ban bars: "banned from driving | for two years", "| and fined"; and
"with" before another penalty ("| with confiscation of property"), not before what it bars
("working with children")."""
BAN_SUBJECTS = (
    "office", "public", "state", "civil", "government", "municipal", "official", "any", "all",
    "certain", "positions", "position", "posts", "post", "employment", "work", "activity",
    "activities", "politics", "political", "journalism", "journalistic", "medicine", "medical",
    "teaching", "pedagogical", "educational", "law", "legal", "judicial", "notarial",
    "financial", "economic", "commercial", "business", "entrepreneurial", "banking",
    "managerial", "executive", "senior", "leading", "professional", "religious", "military",
    "social", "civic", "community", "party", "union", "electoral", "media", "publishing",
    "the civil", "the public", "the state", "use", "the use",
)  # fmt: skip
"""What a ban may bar besides an activity in "-ing": "barred from office", "from any future
employment in the civil service"."""
NOT_BAN_SUBJECTS = (
    "leaving", "travelling", "traveling", "travel", "visiting", "contacting", "seeing", "meeting",
    "attending", "covering", "changing",
)  # fmt: skip
"""Restrictions that are preventive measures or conditions of another penalty, not bans:
"banned from leaving the country pending trial", "banned from visiting his client",
"prohibited from changing her place of residence" (restricted freedom's)."""

_WITH_PENALTY = r"""with \s+ (?: (?: the | a | an ) \s+ )? (?: additional \s+ )?
                   (?: confiscation | deprivation | forfeiture | loss | serving | fine | ban ) \b"""
# What a ban bars, as written: an activity ("driving", "holding public office"), a subject of
# BAN_SUBJECTS, or a quoted phrase ('"social and political activity"'), up to a stop word.
_BAN_WHAT = rf"""
    (?P<ban_what> " [^"\n]{{1,80}}? "
      | (?: \L<ban_subject> \b | [a-z]+ (?: ing | ism ) \b
          | (?<= \b (?: rights? | allowed | permitted | banned | prohibited | forbidden )
                \s+ to \s+ ) [a-z]+ \b )
        (?! \s* - )
        (?: (?! \s* \n \s* \n )
            (?: \s* , \s+ (?: (?: and | or | as \s+ well \s+ as ) \s+ )?  # a list: "activism,
                (?! including \b )  # "driving, including ..., for three years": read after
                (?= (?: \L<ban_subject> | [a-z]+ (?: ing | ism ) ) \b )  # journalism, and using"
              | \s+ as \s+ well \s+ as \s+ (?= (?: [\w-]+ \s+ ){{1,8}} for \s )  # "positions in
              # state bodies as well as financially responsible positions for three years"
              | \s+ )
            (?! \L<ban_stop> \b  # not "working as a judge", what the ban bars
                (?<! \b (?: and | or | (?: work | working | serve | serving ) \s+ as ) )
                   | on \s+ (?: him | her | them | both | each | all | (?-i: [A-Z] ) )  # whom:
                     # "a ban on organising groups on both of them"
                   | {_WITH_PENALTY}  # "state and municipal service for 3 years", "to hold
                   | (?: and | or ) \b (?! \s+ (?: [\w-]+ \s+ ){{1,8}} for \s ) )  # offices or
            (?: " [^"\n]{{1,80}}? " | [\w'-]+ (?<! \b [0-9]+ ) ) ){{0,14}} )  # engage in certain
            # activities for 3 years"; a quoted phrase: 'taking part in any "political activity"'
"""
# A ban, from its head word to what it bars; its term and any "lifetime" are read around it.
# "banned (him) (for life) from driving", "deprived (her) of the right to work in ...", "a ban
# on holding public office", "a (12-month) driving ban"; ban_what: "driving", "work in ...".
_BAN = rf"""
    (?: (?: banned | barred | debarred | prohibited | forbidden | forbade | bann?ing | barring
          | prohibiting | bans | bars | prohibits | forbids
          | \b to \s+ (?: ban | bar | prohibit )  # "asked the court ... to ban her from"
          | \b (?: ban | bar ) (?= \s+ (?: him | her | them ) \s+ (?: for \s+ life \s+ )? from \b )
          # "to sentence X to ..., and ban him from activism", "bar him for life from serving"
          | suspended (?= \s+ for \s+ life \s+ from \b )  # "suspended for life from holding"
          | (?P<ban_sanction> disqualif (?: ied | ies | ying ) ) )
        (?: \s+ (?! from \b ) [\w'.-]+ ){{0,5}}?                  # "disqualified taxi driver X"
        (?: \s* , \s* (?: [0-9]{{1,3}} | [^,.;\n]{{1,40}}? ) \s* , )?  # "barred X, 51, from",
        # "barred the convicted man, X, from"
        (?: \s+ (?P<ban_life> for \s+ life | permanently ) )?
        \s+ (?: from | (?<= \b (?: banned | prohibited | forbidden ) \s+ ) to  # "banned to work"
                   (?= \s+ (?: work | hold | occupy | engage | practi[cs]e | drive | teach ) \b ) )
        \s+ (?! \L<not_ban_subject> \b ) {_BAN_WHAT}
      | (?P<ban_sanction> depriv (?: e | ed | es | ing | ation ) | strip (?: ped | s | ping )?
                        | suspension | suspending )  # "strip him of", "the suspension of the
        (?: \s+ (?! of \b ) [\w'.-]+ ){{0,5}}? \s+ of \s+ (?: (?: the | his | her | their ) \s+ )?
        (?: rights? \s+ to \s+ {_BAN_WHAT}  # right to hold public office"
          | (?P<ban_what> driv (?: ing | er's | ers' ) \s+ licen [cs] es? ) )  # "his driving
          # licence", "depriving them of driving licenses"
      | (?P<ban_what> (?: driving | driver's ) \s+ licen [cs] es? ) \s+  # "had their driving
        (?: (?: was | were | (?: had \s+ )? been ) \s+ )?  # licences taken away for seven years"
        (?P<ban_sanction> revoked | taken \s+ away | withdrawn )
      | \b not \s+ (?: be \s+ )? (?: allowed | permitted ) \s+ to \s+  # "will not be
        (?= [^.;\n]{{0,120}}? \b for \s+ (?: life | [\w-]+ \s+ (?: years? | months? ) ) \b )
        (?! \L<not_ban_subject> \b ) {_BAN_WHAT}  # allowed to work in the prosecutor's office
        # for three years"; for a time in years or months, or for life
      | (?P<ban_noun> bans? | prohibition ) \b (?! \s+ (?: on | from ) \s+ \L<not_ban_subject> \b )
        (?: \s+ (?: on | from ) \s+ (?! \L<not_ban_subject> \b ) {_BAN_WHAT} )? )
"""
_BAN_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        "ban_subject": BAN_SUBJECTS,
        "ban_stop": BAN_STOP_WORDS,
        "not_ban_subject": NOT_BAN_SUBJECTS,
    }
)

ANCHOR = compile_lazily(
    "|".join(
        [
            rf"(?P<{kind.value}> \b (?: {words} ) )"
            for kind, words in KIND_PHRASES.items()
            if kind is not Kind.IMPRISONMENT  # "in prison" alone is no penalty: see below
        ]
        + [
            rf"(?P<{Kind.FINE.value}> {_FINE_ANCHOR} )",
            r"(?P<acquittal> \b (?: acquit (?: ted | s | tal )? | exonerated"
            r" | (?<= \b (?: found | finding | finds | declared | declaring | declares )"
            r" \s+ (?: \S+ \s+ ){0,4}? ) (?: not \s+ guilty | innocent"
            r" (?= \s+ (?: of | on | by ) \b | \s* (?: [.,;:)] | $ ) ) )"  # "declared X innocent
            # of the charges"; not "found the innocent victim"
            # a list's item: "A and B: not guilty."
            r" | (?<= \w : [^\S\n]* ) not \s+ guilty (?= [^\S\n]* (?: [.;\n] | $ ) )"
            r" | (?<= \b (?: was | were | been | is | are ) \s+ (?: \w+ly \s+ )? )"
            r" cleared (?= \s+ of \s+ (?: all \s+ | the \s+ )? (?: [a-z]+ing | charges? | murder"
            r" | accusations? | allegations? | wrongdoing | guilt | treason | espionage | fraud"
            r" | corruption | bribery | embezzlement | extremism | terrorism ) \b ) )"
            # "was cleared of spying", not "of snow"
            r" \b )",
            r"(?P<jailed> \b (?: jailed | imprisoned | (?<= \b to \s+ (?: a \s+ | the \s+ )? )"
            r" (?<! \b (?: go | goes | going | went | gone ) \s+ to \s+ )"  # "you go to prison"
            r" (?: prison | jail ) ) \b (?! \s+ (?: \S+ \s+ ){0,3}? (?: for | to ) \s+ life \b ) )",
            rf"(?P<{Kind.BAN.value}> \b {_BAN} )",
        ]
    ),
    FLAGS,
    **_BAN_LISTS,
)
"""Kind words that stand as penalties of their own, with no term; matched where a hint is."""


def _kind_groups(*, imprisonment: str, **more: str) -> str:
    """The kind phrases as groups named by their kind, the name saying which kind matched.

    ``imprisonment`` is the imprisonment alternative, and ``more`` adds an alternative to other
    kinds by name: which words name a prison term depends on the side of the term they stand.
    """
    groups = []
    for kind in TERM_KINDS:
        extra = f"| {more[kind.value]}" if kind.value in more else ""
        groups.append(f"(?P<{kind.value}> {KIND_PHRASES[kind]} {extra} )")
    return "(?: " + " | ".join([*groups, f"(?P<imprisonment> {imprisonment} )"]) + " )"


TERM_KINDS = (
    Kind.SUSPENDED, Kind.NON_CUSTODIAL, Kind.RESTRICTED_FREEDOM, Kind.PROBATION,
    Kind.COMMUNITY_SERVICE, Kind.CORRECTIONAL_LABOUR, Kind.ADMINISTRATIVE_ARREST,
)  # fmt: skip
"""The kinds besides imprisonment that a term can have, in the order they are tried."""

REGIME = r"""(?: general | strict | special | high | medium | maximum | minimum | low | ordinary
                | standard | enhanced | reinforced ) [- ] (?: regime | security )"""
"""A colony's or prison's regime: "strict-regime", "ordinary regime", "high-security"."""
_COLONY = rf"""(?: {REGIME} \s+ | penal \s+ )? colon(?: y | ies )
             | (?: {REGIME} \s+ )? labou?r \s+ (?: camp | colony ) \s+ (?: sentences? | terms? )
             | {REGIME} \s+ (?: (?: prison | jail ) \s+ )? (?: sentences? | terms? )"""
"""A colony named without "in": "a year and a half of penal colony"; a regime's sentence: "an
18-month ordinary regime labour camp sentence", "a three-year general regime prison term"."""
_RESTRICTED_AT = r"""open (?: -type )? \s+ (?: prison | (?: correctional \s+ )? (?: institution
                                                                         | facility ) )
                   | home \s+ confinement"""
"""Belarus's restricted freedom with and without referral to an open-type correctional
institution, as reports word it: "two years of open prison", "two years of home confinement"."""
_RESTRICTED_OWN = r"""(?: restrictions? | curbs ) \s+ on \s+ (?: his | her | their ) \s+
                     (?: freedom | liberty ) \b"""
"""Restricted freedom as a term's own restriction: "four years of restriction on her freedom of
movement", "two years of curbs on his freedom"; only after a term, since alone these words also
describe a preventive measure."""

# What stands just after a term and makes it a penalty of a kind.
RIGHT_KIND = compile_lazily(
    r"""
    \A (?: ' s? | s' )? \s*+
    (?: - \s*+ | , \s*+ (?= suspended \s* (?: [.;,)] | \Z ) ) )?  # "five years, suspended."
    (?: (?: of | for | in ) \s+ (?: a \s+ | an \s+ )? )?  # "10 days in administrative detention"
    (?: (?: sentence | term | period ) \s+ of \s+ )?  # "a term of restricted freedom"
    ["“«]?  # one year of "freedom limitation"
    """
    + _kind_groups(
        imprisonment=KIND_PHRASES[Kind.IMPRISONMENT]
        + rf" | sentences? \b | terms? \b | (?: prison | jail ) \b | {_COLONY} \b",
        administrative_arrest=r"(?: administrative \s+ )? arrest",
        restricted_freedom=f"{_RESTRICTED_AT} | {_RESTRICTED_OWN}",
    ),
    FLAGS,
)
# What stands just before a term and makes it a penalty of a kind: "a suspended sentence of".
LEFT_KIND = compile_lazily(  # searched backwards, as it ends the text
    "(?r)"
    + _kind_groups(
        imprisonment=r"imprisonment | (?: prison | jail ) \s+ (?: sentences? | terms? )"
        r" | sentences? | terms?",
        # "arrested blogger X for 10 days", "arrest him administratively for": see
        # termed._ARREST_VERB
        administrative_arrest=r"""(?<! \b house \s+ ) arrest (?: ed | s | ing )?
                                  (?: \s+ (?! for \b ) [\w'.-]+ ){0,4}?""",
        # "sentenced to home confinement for 18 months"; under it, a preventive measure
        restricted_freedom=r"""(?<! \b (?: under | in | into ) \s+ ) home \s+ confinement
                               | open (?: -type )? \s+ prison""",
    )
    + rf"""
    (?: \s* : (?: \s+ (?-i: [A-Z] ) [\w'.-]+ ){{1,3}} )?  # "administrative arrest: B. Ospanov for"
    \s+ (?: (?: of | for | lasting | totall?ing ) \s+ )?
    (?: (?: a \s+ )? (?: term | period ) s? \s+ of \s+ )?  # "for periods of 10 to 15 days"
    (?: each \s+ )?
    (?P<listed> (?: {NUMBER} (?: \s*+ , \s*+ (?: and \s+ )? | \s+ and \s+ ) )+ )?  # "for 10, 12 and
                                                                              # 15 days": see elided
    \Z
    """,
    FLAGS,
    **NUMBER_LISTS,
)

CARDINALS = (*NUMBER_LISTS["unit_word"], *NUMBER_LISTS["teen_word"], *NUMBER_LISTS["tens_word"])

# The first words of the status cues, found first to say where to try them.
CUE_HINTS = (
    "ask", "sought", "seek", "demand", "request", "call", "want", "urg", "propos", "prosecut",
    "insist", "press", "recommend", "argu", "believ", "should", "motion", "petition",
    "could", "may", "might", "would", "can", "fac", "risk", "punish", "carr", "maximum", "minimum",
    "threaten", "law", "article", "code", "provides", "envisage", "stipulate", "potential",
    "impl", "entail", "foresaw", "foresee", "penalt",
    "possible", "sentenc", "jail", "imprison", "hand", "fined", "gave", "give", "receiv", "got",
    "gets", "order", "impos", "passed", "upheld", "uphold", "left", "absentia", "settled",
    "meted", "serving", "appeal", "verdict", "cut", "reduc", "commut", "increas", "rais",
    "lower", "shorten", "soften", "replac", "chang", "overturn", "placed", "awarded", "walk",
    "chose", "opted", "convicted", "serve", "earn", "went", "goes", "end", "sent", "send", "put",
)  # fmt: skip
CUE_HINT = compile_lazily(r"\b(?:" + keyword_trie(CUE_HINTS) + ")", plain=True)
# Words that every kind phrase contains: found first, they say where to look for the rest.
KIND_HINTS = (
    "acquit", "not guilty", "innocent", "cleared", "fine", "life", "suspend", "suspension",
    "conditional",
    "non-custodial", "noncustodial", "non custodial", "non-prison", "nonprison", "restrict",
    "freedom", "liberty", "limitation",
    "probation", "community", "public work", "unpaid work", "compulsory", "correct",
    "administrativ", "jail", "imprison", "prison", "ban", "bar", "debarr", "prohibit",
    "forced", "to ban", "to bar", "disqualif", "forb", "depriv", "strip", "not allowed",
    "not permitted",
    "not be allowed", "not be permitted", "exonerat", "driving licen", "driver's licen",
)  # fmt: skip
KIND_HINT = compile_lazily(r"\b(?:" + keyword_trie(KIND_HINTS) + ")", plain=True)

CHANGE = compile_lazily(rf"\b {CHANGE_VERBS} \b", FLAGS)

ADJECTIVAL = compile_lazily(r"- \s*+ (?: year | month | week | day | hour ) \Z", FLAGS)
