"""Penalties in English news prose: every sentence a passage states, its kind, status and term.

Supported, with examples (the full list, and what each becomes, is in ``docs/penalties.md``):

- a term and its kind: "sentenced to four years in prison", "a 15-year prison term", "a year
  and a half of penal colony", "two years of restricted freedom", "two years of open prison"
  and "two years of home confinement" (Belarus's restricted freedom), "a two-year suspended
  sentence", "a suspended sentence of three years", "240 hours of community service", "15 days
  of administrative arrest", "placed on probation for 18 months", "administratively detained
  for five days", a court "arrested him for 10 days"; a term with no kind word is imprisonment
  ("got 4 years");
- a kind with no term: "a non-custodial sentence", "received suspended sentences", "was
  acquitted", "found not guilty", "life imprisonment", "jailed for life", "was fined", "a fine
  of 200 MCI", "fined 1.5 million tenge", "fined 14,000 Belarusian rubles", "sentenced to
  prison";
- bans, beside the main penalty, with what they bar: "banned from driving for three years",
  "barred from holding public office for five years", "deprived of the right to work in law
  enforcement for 10 years", "a five-year ban on 'social and political activity'", "a 12-month
  driving ban", "barred from office for life", "a lifetime ban on holding positions in the
  civil service";
- status from the governing verb or noun phrase, nearest first, across clauses: imposed
  ("sentenced", "jailed", "received", "handed", "upheld", "in absentia", "Nine years went to
  X"), requested ("asked for", "sought", "demanded", "the prosecution's request"), possible
  ("faces", "could get", "punishable by", "carries", "maximum penalty"); the items of a list
  after a lead's colon take the lead's ("The court sentenced:", then "• X, 45, to 12 years;"
  and "• Y, 51, to 10 years" on lines of their own);
- statements of the law and maxima, possible, bounds as stated: "faces a maximum penalty of
  seven years" (up to seven), "carries a minimum sentence of five years", "punishable by a fine
  or by up to five years", "well below the 10-year maximum"; "received the maximum sentence of
  12 years" is the term he got;
- elided terms that take their unit and kind from a neighbour: "X received six years and Y
  four", "nine and seven years respectively", "sentences of seven, eight and nine years", "the
  prosecution had requested six", "the court gave him 11", "from 10 years to eight", "four
  others between five and eight", "sentenced to administrative arrest: A for 10 days and B for
  15", "Eight years went to X and six to his cousin";
- appeals: "cut his sentence from seven to five years" and "cut from nine years to seven on
  appeal" give both terms, imposed; "reduced by two years, to eight years" gives only the new
  term.

Not penalties, and never returned: ages ("a 17-year-old"), anniversaries, plans, time spent
somewhere or served, deadlines ("15 days to appeal"), adjournments ("adjourned for two weeks"),
preventive measures (house arrest, pre-trial detention, "held for 48 hours", "placed under home
confinement for two months pending trial"), a prison term held out with no length ("every one
of them can be jailed"), the size of a reduction, damages, bail, bribes, loss of rank,
confiscation, bans on leaving a place or on travel (preventive measures), statistics ("the
average term was 6.3 years"), rates ("twice a month"), a term whose verb comes after it and has
a term of its own ("The court, sitting for 3 days, gave him 4 years"), and convictions with no
stated penalty ("found guilty"). Dates, ages, article numbers and counts beside a term are
never part of it ("sentenced on May 10 to 5 years" is five years).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Protocol

import attrs
import regex

from kzjustice._text import (
    MATCH_REACH,
    Sentences,
    compile_lazily,
    keyword_trie,
    lowercase,
    normalise,
)
from kzjustice.dates import MONTHS
from kzjustice.models import Found, Kind, Money, Sentence, Span, Status, Term, TermRange
from kzjustice.numbers import (
    DOTTED_THOUSANDS,
    NUMBER,
    NUMBER_LISTS,
    NUMBER_PATTERN,
    dotted_thousands,
    to_number,
)
from kzjustice.terms import (
    CAP_WORDS,
    FLOOR_WORDS,
    HALF_IN,
    NAMING_WORDS,
    TermMatch,
    parse_term,
    scan,
)

__all__ = ["find_sentences", "parse_sentence"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE

# --- vocabularies --------------------------------------------------------------------------

_OBJECT = r"""(?: (?: him | her | them | it | each | the \s+ \w+ (?: \s+ \w+ )?
                   | (?: [A-Z][\w'-]+ \s+ ){0,3} [A-Z][\w'-]+ (?: 's )? ) \s+ )"""
"""The object between a verb and its penalty: "sentenced him to", "gave Kasymov Beisenov"."""

_REQUESTED_VERB = r"""(?: sentence | jail | imprison | give | hand | impose | raise | increase
                       | overturn | fine | place | uphold | keep | acquit )\w*"""
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
          | recommend(?:s|ed|ing)? | motion(?:s|ed)? | petition(?:s|ed)? )
        (?: \s+ (?: that \s+ )? (?: the \s+ (?: [\w'-]+ \s+ ){{1,12}}?  # "asked the court
                                     # late on Tuesday to acquit"
                                 | him \s+ | her \s+ | them \s+
                                 | (?: (?: [A-Z][a-z]? \. \s* ){{0,2}} [A-Z][\w'-]+ \s+ ){{1,3}} )
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
        | earn(?:s|ed)? (?= \s+ {_OBJECT} )  # "earned the director 10 years"
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
          | limited \s+ (?: freedom | liberty ) )  # "five years of limited freedom"
    """,
        Kind.PROBATION: r"""(?<! \b with \s+ (?: [a-z]+ \s+ ){0,3} ) probation \b  # "with (the
        # establishment of) probation control": a condition of another penalty
        (?! \s+ (?: officers? | service | period ) ) (?: \s+ (?: supervision | control ) \b )?""",
        Kind.COMMUNITY_SERVICE: r"""
        community \s+ (?: service | work ) (?: \s+ orders? )? | public \s+ works? | unpaid \s+ work
        | compulsory \s+ (?: labou?r | works? )
    """,
        Kind.CORRECTIONAL_LABOUR: r"""
        (?: correctional | corrective | forced ) \s+ (?: labou?r | works? )
    """,
        Kind.ADMINISTRATIVE_ARREST: r"""
        administrative (?: ly )? \s+ (?: arrest (?: ed )? | detention | detained )
    """,
        Kind.LIFE_IMPRISONMENT: r"""
        life \s+ (?: imprisonment | sentences? | terms? | in \s+ (?: prison | jail )
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

_CURRENCIES = MappingProxyType(
    {
        "tenge": "KZT",
        "tenges": "KZT",
        "kzt": "KZT",
        "₸": "KZT",
        "$": "USD",
        "us$": "USD",
        "usd": "USD",
        "dollar": "USD",
        "dollars": "USD",
        "€": "EUR",
        "₽": "RUB",
        "£": "GBP",
        "gbp": "GBP",
        "₴": "UAH",
        "uah": "UAH",
        "₼": "AZN",
        "₾": "GEL",
        "amd": "AMD",
        "eur": "EUR",
        "euro": "EUR",
        "euros": "EUR",
        "rub": "RUB",
        "ruble": "RUB",
        "rubles": "RUB",
        "rouble": "RUB",
        "roubles": "RUB",
        "russian ruble": "RUB",
        "russian rubles": "RUB",
        "russian rouble": "RUB",
        "russian roubles": "RUB",
        "belarusian ruble": "BYN",
        "belarusian rubles": "BYN",
        "belarusian rouble": "BYN",
        "belarusian roubles": "BYN",
        "byn": "BYN",
        "som": "KGS",
        "sum": "UZS",
        "sums": "UZS",
        "soum": "UZS",
        "soums": "UZS",
        "uzs": "UZS",
        "somoni": "TJS",
        "somonis": "TJS",
        "tjs": "TJS",
        "lari": "GEL",
        "laris": "GEL",
        "gel": "GEL",
        "dram": "AMD",
        "drams": "AMD",
        "leu": "MDL",
        "lei": "MDL",
        "moldovan leu": "MDL",
        "moldovan lei": "MDL",
        "mdl": "MDL",
        "hryvnia": "UAH",
        "hryvnias": "UAH",
        "manat": "TMT",
        "manats": "TMT",
        "tmt": "TMT",
        "turkmen manat": "TMT",
        "turkmen manats": "TMT",
        "azerbaijani manat": "AZN",
        "azerbaijani manats": "AZN",
        "azn": "AZN",
        "soms": "KGS",
        "kgs": "KGS",
        "mci": "MCI",
        "mrp": "MCI",
        "monthly calculation index": "MCI",
        "monthly calculation indices": "MCI",
        "monthly calculation indexes": "MCI",
        "monthly assessment index": "MCI",
        "monthly assessment indices": "MCI",
        "monthly assessment indexes": "MCI",
    }
)
"""Currency words, and ISO 4217 codes; MCI is Kazakhstan's monthly calculation index."""

_MULTIPLIERS = MappingProxyType({
    "thousand": 1_000, "k": 1_000, "million": 10**6, "mln": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9,
})  # fmt: skip

_AMOUNT_BODY = rf"""
    (?P<pre> \L<currency> \s*+ )?+
    (?P<number> {DOTTED_THOUSANDS} | {NUMBER} ) (?: \s*+ (?P<multiplier> \L<multiplier> ) \b )?+
    (?: \s*+ \( [^()\n]{{1,40}} \) )?+  # "1,000,000 (one million) soms"
    (?: - | \s*+ ) (?P<post> \L<currency> (?! \w ) )?
"""
_AMOUNT_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        "currency": tuple(sorted(_CURRENCIES, key=len, reverse=True)),
        "multiplier": tuple(_MULTIPLIERS),
        **NUMBER_LISTS,
    }
)
_AMOUNT = compile_lazily(_AMOUNT_BODY, _FLAGS, **_AMOUNT_LISTS)
_AMOUNT_BEFORE = compile_lazily(
    rf"""(?r) {_AMOUNT_BODY} \s* (?: [\[(] [^()\[\]\n]{{1,40}} [\])] \s* )?
        (?: (?<= \s ) (?: in | as ) \s+ )? \Z""",
    _FLAGS,
    **_AMOUNT_LISTS,
)  # "a $50 fine", "$3.6 million in fines", "247 million som [$3.3 million] in fines", "to pay
# $3.3 million as fines"
# An amount that every listed person pays, past the names: "fined two students, A and B, 30 MCI
# each"; within the sentence.
_AMOUNT_EACH = compile_lazily(
    rf"[^.;!?\n]*? (?<= \s ) {_AMOUNT_BODY} \s*+ (?<= \s ) each \b", _FLAGS, **_AMOUNT_LISTS
)
# An amount just after a comma, past the object's apposition: "fined a retired teacher,
# Valentina Gurkina, 40,000 rubles".
_AMOUNT_PAST_OBJECT = compile_lazily(
    rf", \s*+ (?= [0-9$€£¥₸₽₴₼₾] ) {_AMOUNT_BODY}", _FLAGS, **_AMOUNT_LISTS
)
# An amount with its unit past a few words of object: "fined each of the three men $12,000".
_AMOUNT_PAST_WORDS = compile_lazily(
    rf"""\s+ (?: (?! and \b | for \b ) [^\W\d][\w'-]* \s+ ){{1,6}}? {_AMOUNT_BODY}
        (?(pre) | (?(post) | (?!) ) )""",  # with its unit: not "three" of "the three men"
    _FLAGS,
    **_AMOUNT_LISTS,
)
_CLAUSE_END = compile_lazily(r", \s | ; | \s and \s | \s but \s", _FLAGS)
# Amounts sharing the last one's unit, "respectively": "fined 300 and 450 MCI respectively".
_AMOUNTS_RESPECTIVELY = compile_lazily(
    rf"""\s+ (?P<numbers> (?: {NUMBER} (?: \s*+ , \s*+ (?: and \s+ )? | \s+ and \s+ ) )+ )
        (?P<last> {_AMOUNT_BODY} ) (?<! \s ) \s* ,? \s* respectively \b""",
    _FLAGS,
    **_AMOUNT_LISTS,
)
_RESPECTIVELY = compile_lazily(r"\s* ,? \s* respectively \b", _FLAGS)
# Another amount after a fine's, with its unit: "fined 2,000 MCI and 1,500 MCI respectively".
_MORE_AMOUNT = compile_lazily(
    rf"(?: \s* , \s* (?: and \s+ )? | \s+ and \s+ ) (?P<amount> {_AMOUNT_BODY} )",
    _FLAGS,
    **_AMOUNT_LISTS,
)

# --- patterns ------------------------------------------------------------------------------

_CUE = compile_lazily(
    "|".join(rf"(?P<{status.value}> \b (?: {cue} ) \b )" for status, cue in STATUS_CUES.items()),
    _FLAGS,
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
    "attending", "covering",
)  # fmt: skip
"""Restrictions that are preventive measures or conditions of another penalty, not bans:
"banned from leaving the country pending trial", "banned from visiting his client"."""

_WITH_PENALTY = r"""with \s+ (?: (?: the | a | an ) \s+ )? (?: additional \s+ )?
                   (?: confiscation | deprivation | forfeiture | loss | serving | fine | ban ) \b"""
# What a ban bars, as written: an activity ("driving", "holding public office"), a subject of
# BAN_SUBJECTS, or a quoted phrase ('"social and political activity"'), up to a stop word.
_BAN_WHAT = rf"""
    (?P<ban_what> " [^"\n]{{1,80}}? "
      | (?: \L<ban_subject> \b | [a-z]+ (?: ing | ism ) \b
          | (?<= \b (?: rights? | allowed | permitted ) \s+ to \s+ ) [a-z]+ \b )
        (?! \s* - )
        (?: (?! \s* \n \s* \n )
            (?: \s* , \s+ (?: (?: and | or ) \s+ )?  # a list of what it bars: "activism,
                (?= (?: \L<ban_subject> | [a-z]+ (?: ing | ism ) ) \b )  # journalism, and using"
              | \s+ )
            (?! \L<ban_stop> \b (?<! \b (?: and | or ) )
                   | {_WITH_PENALTY}  # "state and municipal service for 3 years", "to hold
                   | (?: and | or ) \b (?! \s+ (?: [\w-]+ \s+ ){{1,8}} for \s ) )  # offices or
            [\w'-]+ (?<! \b [0-9]+ ) ){{0,14}} )  # engage in certain activities for 3 years"
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
        (?: \s* , \s* [0-9]{{1,3}} \s* , )?                           # "barred X, 51, from"
        (?: \s+ (?P<ban_life> for \s+ life | permanently ) )?
        \s+ from \s+ (?! \L<not_ban_subject> \b ) {_BAN_WHAT}
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
      | (?P<ban_noun> bans? ) \b (?! \s+ (?: on | from ) \s+ \L<not_ban_subject> \b )
        (?: \s+ (?: on | from ) \s+ (?! \L<not_ban_subject> \b ) {_BAN_WHAT} )? )
"""
_BAN_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        "ban_subject": BAN_SUBJECTS,
        "ban_stop": BAN_STOP_WORDS,
        "not_ban_subject": NOT_BAN_SUBJECTS,
    }
)

_ANCHOR = compile_lazily(
    "|".join(
        [
            rf"(?P<{kind.value}> \b (?: {words} ) )"
            for kind, words in KIND_PHRASES.items()
            if kind is not Kind.IMPRISONMENT  # "in prison" alone is no penalty: see below
        ]
        + [
            rf"(?P<{Kind.FINE.value}> {_FINE_ANCHOR} )",
            r"(?P<acquittal> \b (?: acquit (?: ted | s | tal )? | exonerated"
            r" | (?<= \b (?: found | finding | finds ) \s+ (?: \S+ \s+ ){0,4}? ) not \s+ guilty"
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
    _FLAGS,
    **_BAN_LISTS,
)
"""Kind words that stand as penalties of their own, with no term; matched where a hint is."""


def _kind_groups(*, imprisonment: str, **more: str) -> str:
    """The kind phrases as groups named by their kind, the name saying which kind matched.

    ``imprisonment`` is the imprisonment alternative, and ``more`` adds an alternative to other
    kinds by name: which words name a prison term depends on the side of the term they stand.
    """
    groups = []
    for kind in _TERM_KINDS:
        extra = f"| {more[kind.value]}" if kind.value in more else ""
        groups.append(f"(?P<{kind.value}> {KIND_PHRASES[kind]} {extra} )")
    return "(?: " + " | ".join([*groups, f"(?P<imprisonment> {imprisonment} )"]) + " )"


_TERM_KINDS = (
    Kind.SUSPENDED, Kind.NON_CUSTODIAL, Kind.RESTRICTED_FREEDOM, Kind.PROBATION,
    Kind.COMMUNITY_SERVICE, Kind.CORRECTIONAL_LABOUR, Kind.ADMINISTRATIVE_ARREST,
)  # fmt: skip
"""The kinds besides imprisonment that a term can have, in the order they are tried."""

_REGIME = r"""(?: general | strict | special | high | medium | maximum | minimum | low | ordinary
                | standard | enhanced | reinforced ) [- ] (?: regime | security )"""
"""A colony's or prison's regime: "strict-regime", "ordinary regime", "high-security"."""
_COLONY = rf"""(?: {_REGIME} \s+ | penal \s+ )? colon(?: y | ies )
             | (?: {_REGIME} \s+ )? labou?r \s+ (?: camp | colony ) \s+ (?: sentences? | terms? )
             | {_REGIME} \s+ (?: (?: prison | jail ) \s+ )? (?: sentences? | terms? )"""
"""A colony named without "in": "a year and a half of penal colony"; a regime's sentence: "an
18-month ordinary regime labour camp sentence", "a three-year general regime prison term"."""
_RESTRICTED_AT = r"""open (?: -type )? \s+ (?: prison | (?: correctional \s+ )? (?: institution
                                                                         | facility ) )
                   | home \s+ confinement"""
"""Belarus's restricted freedom with and without referral to an open-type correctional
institution, as reports word it: "two years of open prison", "two years of home confinement"."""

# What stands just after a term and makes it a penalty of a kind.
_RIGHT_KIND = compile_lazily(
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
        restricted_freedom=_RESTRICTED_AT,
    ),
    _FLAGS,
)
# What stands just before a term and makes it a penalty of a kind: "a suspended sentence of".
_LEFT_KIND = compile_lazily(  # searched backwards, as it ends the text
    "(?r)"
    + _kind_groups(
        imprisonment=r"imprisonment | (?: prison | jail ) \s+ (?: sentences? | terms? )"
        r" | sentences? | terms?",
        # "arrested blogger X for 10 days", "arrest him administratively for": see _ARREST_VERB
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
    _FLAGS,
    **NUMBER_LISTS,
)
_FOR_BEFORE = compile_lazily(r"\b for \s+ \Z", _FLAGS)  # "banned for | four years from"
# The verb "arrested" as the kind of a term: administrative arrest in days, and otherwise a
# preventive measure ("arrested for two months" pending trial), no penalty.
_ARREST_VERB = compile_lazily(r"arrest (?: ed | s | ing )? \b", _FLAGS)
# Words right after a term that show it is not a penalty.
_RIGHT_VETO = compile_lazily(
    rf"""
    \A (?: ' s? | s' )? \s*+ (?: - \s*+ )?
    (?: (?: ago | earlier | later | old | anniversary | plans? | running | straight
          | (?: less | more | fewer | longer | shorter ) (?: \s+ than  # "two years less than
                                        # what the prosecution requested", "had asked for two
                | (?= \s* (?: [.;!?)] | , \s+ (?: and | but | while ) \b | \Z ) ) )  # years more"
          | in \s+ a \s+ row
          | in \s+ (?: medicine | journalism | business | politics | teaching | the \s+ (?: police
                   | army | military | profession | industry | sector | service ) )  # a career
          | long \s+ (?: wait | delay ) | in \s+ office | in \s+ power | veteran | presidential
          | probation (?: ary )? \s+ period  # "a two-year probation period"
          | off
          | in \s+ pre-? trial \s+ (?: detention | custody )
          | of \s+ (?: his | her | their | the | a | an ) \s+ [\w-]+ \s+ (?: sentence | term ) )
        \b
      | to \s+ (?! (?: be | the | a | an | his | her | their | each | all | both | those
                    | \L<unit_word> | \L<teen_word> | \L<tens_word> ) \b )
             (?-i: [a-z]+ ) \b  # "to appeal", not "to Utembayev"
      | of \s+ (?! imprisonment | restrict | restricted | correct | community | probation
                | [a-z]+-like \s | freedom \s+ limitation | liberty \s+ limitation
                | limited \s+ (?: freedom | liberty )
                | (?: limitation | restraint ) \s+ of \s+ (?: freedom | liberty )
                | administrative | prison | jail | public | compulsory | forced | deprivation
                | suspended | non-custodial | conditional | arrest | penal | colony | unpaid
                | labou?r \s+ camp | {_REGIME} | open \b | open-type | home \s+ confinement )
        [\w-]+ )
    """,
    _FLAGS,
    **NUMBER_LISTS,
    ignore_unused=True,
)
# A rate after a term, kind words and all: "100 hours of unpaid work a year" is no penalty.
_RATE_AFTER = compile_lazily(
    r"""\A \s+ of \s+ (?: [\w-]+ \s+ ){1,3}?
        (?: (?: a | per | each | every ) \s+ (?: year | month | week ) | annually | yearly ) \b""",
    _FLAGS,
)
# Words right after a term that show it is not a penalty, unless a verb governs it: "two years
# after the protests" is a time, "sentenced to five years after a closed trial" a penalty.
# After a request, its infinitive: "asked the court to", "sought to".
_ASKED_TO = compile_lazily(r"\s+ (?: (?: the \s+ )? (?: court | judge ) \s+ )? to \s", _FLAGS)
_TURN = compile_lazily(r"\b (?: but | while | whereas | however ) \b | ;", _FLAGS)
_TO_BEFORE = compile_lazily(r"\b to \s+ \Z", _FLAGS)  # "..., to 7 years": a verb's far object
_TO_TERMS_BEFORE = compile_lazily(  # "..., to prison terms of 15 years and 11 years"
    r"""\b to \s+ (?: (?: a | an ) \s+ )? (?: prison \s+ | jail \s+ )? (?: terms? | sentences? )
        \s+ of \s+ \Z""",
    _FLAGS,
)
_AND_BEFORE = compile_lazily(r"\b and \s+ \Z", _FLAGS)
_TO_WORD = compile_lazily(r"\b to \b", _FLAGS)
_BASE_VERB = compile_lazily(
    r"(?: give | sentence | hand | jail | impose | send | imprison ) \b", _FLAGS
)
# A relative clause opened before a cue, with no comma between: ", who had faced".
_CLAUSE_OPEN = compile_lazily(r", \s+ (?: who | which ) \b [^,]* \Z", _FLAGS)
# A conviction states no term: a bare term it governs is some other length of time.
_CONVICTED = compile_lazily(r"convict", _FLAGS)
_FOR_OR_TO_BEFORE = compile_lazily(
    r"\b (?: for | to ) \s+ \Z", _FLAGS
)  # a term after an elided verb
_BY_AGENT = compile_lazily(r"\s+ by \b", _FLAGS)  # a participle's agent: "requested by"
_ON_WHOM = compile_lazily(r"\s+ (?: down \s+ )? (?: on | to | against ) \b", _FLAGS)  # "imposed on"
_REQUESTER_BEFORE = compile_lazily(  # "the six years (of jail time) the prosecutor had [asked]"
    r"""\s+ (?: (?: time | sentence | term ) \s+ )? (?: that \s+ | which \s+ )?
        (?: the \s+ )? (?: state \s+ )? (?: prosecutors? | prosecution ) \s+
        (?: (?: had | has | have ) \s+ )?""",
    _FLAGS,
)
_NOUN_BEFORE_AGENT = compile_lazily(r"(?: \s+ (?: sentence | term ) s? )? \s{0,4}", _FLAGS)
_RELATIVE = compile_lazily(
    r"\b (?: who | whom | which | that ) \s+ (?: had | has | have ) \b", _FLAGS
)
_RIGHT_WEAK_VETO = compile_lazily(
    r"\A \s+ (?: later | earlier | after | before | since | into ) \b", regex.VERBOSE | regex.I
)
# Before a term with "after" or "later" after it, words that make it a time between events, not
# the term: "just two days after", "only a week after".
_RELATION_BEFORE = compile_lazily(
    r"\b (?: just | only | barely | nearly | almost | some ) \s+ \Z", _FLAGS
)
# A cue ending in a verb that delivers a verdict and takes no term as its object, then the term
# with no preposition between: a time between events when "after" or "before" follows the term.
# Not "sentenced" or "jailed", which some reports give a bare term ("was sentenced 7 years").
_VERDICT_DELIVERED = compile_lazily(
    r"""(?r) \b (?: handed \s+ down | passed | delivered | announced | pronounced | read \s+ out
               | convicted | found \s+ guilty ) \s+ \Z""",
    _FLAGS,
)
# Words right before a term that show it is not a penalty.
_LEFT_VETO = compile_lazily(  # searched backwards, as it ends the text
    r"""(?r)
    (?: \b (?: spent | (?<! \b be \s+ ) spending | served | serving | after | within | past
             | last | every | over
             | (?<! \b (?: spend | serve ) \s+ the \s+ ) next  # not "will spend the next 12
             | lasted | took | takes | take | taking | nearly | almost | only | mere | first
             | same
             | wait(?:ed|ing)? | run \s+ for )
        \s+ (?: the \s+ )?
      | \b in \s+                       # "the first time in a year", "free in two years"
      | \b than \s+                     # "more than 10 years"; not "than the 10 years sought"
      | (?<! \b punishable (?: \s+ [\w'-]+ ){0,4} \s+ | \b followed \s+ )  # "punishable under
        \b by \s+                                   # law by", "followed by a year of ..."
      | \b (?: probation (?: ary )? | trial ) \s+ period \s+ (?: of | for ) \s+  # a suspended
                                                              # term's condition, no penalty
      | (?: % | \b percent | \b per \s+ cent ) \s+                    # "8% a month": a rate
      | \b hours \s+ of \s+ [\w-]+ (?: \s+ [\w-]+ )? \s+    # "100 hours of labour a year"
      | \b would \s+ have \s+ (?! to \b ) (?: [\w-]+ \s+ ){1,4}  # "a plea deal that would have
                                                    # seen him serve a 12-year sentence"
      | \b (?: did | does | do | would | could ) (?: \s+ not | n't ) \s+  # "did not sentence X
        (?: sentence | jail | imprison | give | hand ) \b (?: \s+ [\w'.-]+ ){0,3}? \s+
        (?: to \s+ )? )
    \Z                                              # to eight years": no penalty
    """,
    _FLAGS,
)
# The length of a thing that is no penalty, before its term in the clause: "changed the maximum
# length of leases on land for foreigners from 10 to 25 years", "a licence valid for five years"
_THING_LENGTH = compile_lazily(
    r"""\b (?: length | duration | period | validity ) \s+ of \s+ (?: [\w-]+ \s+ )?
        (?: leases? | contracts? | licen[cs]es? | mandates? | visas? | permits? | concessions?
          | rentals? | loans? | bonds? | warrant (?: y | ies ) ) \b [^.;,]* \Z
      | \b (?: leases? | contracts? | licen[cs]es? | visas? | permits? ) \s+
        (?: valid | signed | granted | extended | issued ) \b [^.;,]* \Z""",
    _FLAGS,
)
# Before a bare number, a month and its day: "on January 25 and | 31"; after it, a year: "| 31,
# 2017". The number is a date's day, not an elided term.
_DAY_BEFORE = compile_lazily(
    r"""(?r) \b \L<month> \b \.? \s+ [0-9]{1,2} (?: st | nd | rd | th )?
        \s* (?: , | and | & | - | to ) \s* \Z""",
    _FLAGS,
    month=list(MONTHS),
)
_YEAR_AFTER = compile_lazily(r"\s*+ ,? \s*+ (?: 1[89] | 20 ) [0-9]{2} \b", _FLAGS)
# Words before a bare number that make it an elided term: "the prosecution had requested six".
# Searched backwards from the number, as is the list below.
_ELIDED_BEFORE = compile_lazily(
    rf"""(?r)
    (?: \b (?: gave | given | handed | received | receives | got | gets | requested | sought
             | demanded | wanted
             | ask(?:ed|ing|s)? \s+ for | seeking | demanding | requesting | settled \s+ on
             | opted \s+ for | sentenced | jailed ) \s+ {_OBJECT}?
             (?: to \s+ | for \s+ )?
      | \b and \s+ (?: (?: his | her | their | the ) \s+ [\w-]+ (?: \s+ | (?= , ) )
                   | (?-i: [a-z][\w-]* \s+ (?= [A-Z] ) ) )?  # "and cameraman Orkhan B. seven"
        (?: [A-Z][\w'.-]+ (?: \s+ | (?= , ) ) ){{0,3}}
        (?: , \s* [0-9]{{1,3}} \s* , \s* )?           # "and Lieutenant D. Omirzakov, 33, seven"
        (?: for \s+ | - \s+ )?                         # "and Y for 15", "and Orhan Ismailov - 13"
      | \b (?: maximum | minimum ) \s+ of \s+          # "half the maximum of 12"
      | (?P<from> \b from \s+ )                          # "reduced it to seven years from nine"
      | \b (?: to | another ) \s+                         # "one got 5 years, another 4"
      | \b (?: his | her | their | its ) \s+ [\w-]+ (?P<apposed> , \s+ )  # "her deputy, four"
      | , \s+ (?: [A-Z][\w'.-]+ \s+ ){{1,3}} (?: - \s+ )?  # "seven years, Kuatbekov six", "...,
      # Elchin Mammadov - 12": no age between
      | (?P<comma> , \s+ ) )    # "six years for X, four for Y"; see _bare
    (?: \L<bound> \s+ )?      # "and at least 6 for his brother"
    \Z
    """,
    regex.VERBOSE,
    bound=CAP_WORDS + FLOOR_WORDS,
)
_NUMBER_INITIALS = "".join(sorted({word[0] for words in NUMBER_LISTS.values() for word in words}))
_CARDINALS = (*NUMBER_LISTS["unit_word"], *NUMBER_LISTS["teen_word"], *NUMBER_LISTS["tens_word"])
_TO_NUMBERS_BEFORE = compile_lazily(  # "..., to 15, nine and seven years respectively"
    r"""\b to \s+ (?: (?: [0-9]{1,2} | \L<cardinal> ) \s* , \s* ){0,8}
        (?: [0-9]{1,2} | \L<cardinal> ) \s* ,? \s* and \s+ \Z""",
    _FLAGS,
    cardinal=_CARDINALS,
)
_NUMBER_HINTS = (
    *"0123456789",
    *(word for word in _CARDINALS if not any(o != word and o in word for o in _CARDINALS)),
    "hundred",  # "a hundred"
    "\u017f",  # the long s, which matches "s" when case is ignored
    "\u0130",  # the dotted capital I, "i" likewise (lower case keeps it)
)
"""What a number holds, in lower case: a stretch with none of these holds no number."""
_BARE_NUMBER = compile_lazily(
    rf"""
    (?= [0-9] | \b [{_NUMBER_INITIALS}] )  # a digit or a number word's first letter: 3x faster
    (?<! [0-9] [.,]?+ )                     # a whole number: not "400" of "400,000 tonnes"
    (?<! \b \L<naming_word> \.? \s*+ | [§№#] \s*+ )  # a thing's number: "and Article 257,"
    (?P<number> {NUMBER} ) (?! [.,]?+ [0-9] )
    (?P<half> {HALF_IN} (?! [0-9] ) )?  # "eight and a half", "3 1/2 and 3 years"
    (?= \s*+ (?: [.,;:)!?] | \Z | (?: and | each | respectively | for | but | while | in \s+ prison
                                   | behind | apiece | more ) \b
                | to \s+ (?: his | her | their | the | (?-i: [A-Z] ) )  # "and six to his cousin"
                | on \s+ appeal \b                                     # "to seven on appeal"
                | by \s+ (?: the \s+ | an? \s+ )? (?: [\w-]+ \s+ ){{0,2}}? court \b ) )
    """,
    _FLAGS,
    naming_word=NAMING_WORDS,
    **NUMBER_LISTS,
)
_LIST_GOES_ON = compile_lazily(  # "to nine, Alizade to eight", "to 9, his deputy"; not
    r"""(?<! \b \L<naming_word> \.? \s*+ [0-9]++ )  # "Part 1, Ihar Barysau got"
        (?: \s* , \s* (?: and \s+ )? | \s+ and \s+ )
        (?: (?-i: \p{Lu} ) | (?: his | her | their | the ) \s )""",
    _FLAGS,
    naming_word=NAMING_WORDS,
)
# A list of bare numbers just before a term: "nine and", "seven, eight and".
_BOUND_BEFORE = compile_lazily(
    r"(?: (?P<cap> \b \L<cap> ) | (?P<floor> \b \L<floor> ) ) \s+ \Z",
    _FLAGS,
    cap=CAP_WORDS,
    floor=FLOOR_WORDS,
)
# The low end of an elided range: "between five and eight", "from three to five".
_LOW_BEFORE = compile_lazily(
    rf"""(?r) (?: \b between \s+ (?P<low> {NUMBER} ) \s+ and
              | \b from \s+ (?P<low> {NUMBER} ) \s+ to ) \s+ \Z""",
    _FLAGS,
    **NUMBER_LISTS,
)
# Ages before a bare number: "aged 53", "aged between 22 and 53".
_AGED_BEFORE = compile_lazily(
    rf"(?r) \b aged? \s+ (?: (?: between | from ) \s+ {NUMBER} \s+ (?: and | to ) \s+ )? \Z",
    _FLAGS,
    **NUMBER_LISTS,
)
_FOR_NEXT = compile_lazily(r"\s+ for \b", regex.VERBOSE)
_CLAUSE_ENDS = compile_lazily(r"\s* (?: [.;!?)] | \Z )", regex.VERBOSE)
_LIST_BEFORE = compile_lazily(
    rf"""(?r) (?<! \b \L<naming_word> \.? \s++ )  # not "under articles 1 and 2 years"
        (?<! \b (?-i: \p{{Lu}} ) [\w'-]* \s* , \s* )  # nor an age: "handed X, 45, two years"
        (?: {NUMBER} {HALF_IN}?  # "six and a half and five years", "2½ and 4 years"
            (?: \s*+ , \s*+ (?: and \s+ )? | \s+ (?: and | or ) \s+ ) )+ \Z""",
    _FLAGS,
    naming_word=NAMING_WORDS,
    **NUMBER_LISTS,
)
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
_CUE_HINT = compile_lazily(r"\b(?:" + keyword_trie(CUE_HINTS) + ")", plain=True)
# Words that every kind phrase contains: found first, they say where to look for the rest.
KIND_HINTS = (
    "acquit", "not guilty", "cleared", "fine", "life", "suspend", "suspension", "conditional",
    "non-custodial", "noncustodial", "non custodial", "non-prison", "nonprison", "restrict",
    "freedom", "liberty", "limitation",
    "probation", "community", "public work", "unpaid work", "compulsory", "correct",
    "administrativ", "jail", "imprison", "prison", "ban", "bar", "debarr", "prohibit",
    "forced", "to ban", "to bar", "disqualif", "forb", "depriv", "strip", "not allowed",
    "not permitted",
    "not be allowed", "not be permitted", "exonerat", "driving licen", "driver's licen",
)  # fmt: skip
_KIND_HINT = compile_lazily(r"\b(?:" + keyword_trie(KIND_HINTS) + ")", plain=True)
# Before an acquittal, words that make it a hope or a request, not a verdict.
_NO_ACQUITTAL = compile_lazily(
    r"""\b (?: expects? | expected | hop\w* | wants? | seek\w* | sought | ask\w* | request\w*
             | demand\w* | call\w* \s+ for | plead\w* | argu\w* | insist\w* ) \b
        (?: (?! \b (?: but | while | however | yet | although | though ) \b ) [^.;,] )* \Z""",
    _FLAGS,
)
_TO_BE = compile_lazily(r"\b to \s+ be \s+ \Z", _FLAGS)
_SHOULD_BE = compile_lazily(  # "insists that he should be acquitted": a wish, no verdict
    r"\b (?: should | must | ought \s+ to ) \s+ (?: have \s+ been | be ) \s+ \Z", _FLAGS
)
_SENTENCE_NOUN = compile_lazily(
    r"(?: sentence | term | verdict ) s?", _FLAGS
)  # "requested a guilty verdict"
_OBJECT_GAP = compile_lazily(r"\s+ (?: [\w'-]+ \s+ ){0,4}", _FLAGS)  # "give [the men] sentences"
# Before a kind word, a hope or a fear of what would come: "expressed hope that he would be
# acquitted or get off lightly with a fine" states no verdict.
_WISHED = compile_lazily(
    r"""\b (?: hop (?: e | es | ed | ing ) | expect\w* | wish\w* | fear\w* ) \b [^.;]{0,80}
        \b (?: would | will | could | might ) \b [^.;]{0,60} \Z""",
    _FLAGS,
)
_SHARE_AFTER = compile_lazily(  # a share of people: "acquit fewer than 4 percent"
    r"""\s+ (?: (?: fewer | less | more ) \s+ than
             | [0-9.,]+ \s* (?: % | percent | per \s+ cent ) )""",
    _FLAGS,
)
_THE = compile_lazily(r"\b the \s+ \Z", _FLAGS)
# Before a kind word, what makes it a penalty told before: "the", a possessive.
_OWNED = compile_lazily(
    r"(?: \b (?: the | his | her | their | its ) | (?-i: \p{Lu} ) [\w-]* (?: 's | ' ) ) \s+ \Z",
    _FLAGS,
)
_OF = compile_lazily(r"\s+ of \b", _FLAGS)
_FINITE = compile_lazily(
    r"\b (?: was | were | been | is | are | be | got | get | gets ) \s+ (?: \w+ly \s+ )? \Z",
    _FLAGS,
)  # "was jailed", "has been imprisoned"
_TO_HAVE_BEEN = compile_lazily(r"\b to \s+ have \s+ been \s+ \Z", _FLAGS)
_OBJECT_AFTER = compile_lazily(r"\s+ (?: him | her | them | [A-Z][a-z]+ )", regex.VERBOSE)
# The people a verb names before its term: "jailed A, B, C and D for two years each".
_NAMED_FOR = compile_lazily(
    r"(?: \s* ,? \s+ (?: and \s+ )? [A-Z][\w'.-]* )+ \s+ for \s+", regex.VERBOSE
)
_CHANGE = compile_lazily(rf"\b {CHANGE_VERBS} \b", _FLAGS)
_AND_BEFORE = compile_lazily(r",? \s* \b and \s+ \Z", _FLAGS)
_FOR_NAME_AFTER = compile_lazily(r"\s+ for \s+ (?-i: [A-Z] )", _FLAGS)
# Preventive measures before a term, with no status cue between: "asked the court to remand him
# for two months", "remanded the suspect in custody for two months at the prosecutor's request".
PREVENTIVE_WORDS = (
    "remand", "custody", "detention", "detained", "house arrest", "pre-trial", "pretrial", "held",
    "holding", "bail", "adjourn", "postpon", "defer", "confinement",
)  # fmt: skip
"""Words (and stems) of preventive measures and adjournments; "extend his arrest" is one too."""
_PREVENTIVE = compile_lazily(  # searched backwards: the last before a term
    r"""(?r) \b (?: (?! held | holding ) \L<preventive> \w*
                 | (?<! \b \L<event> s? \s+ (?: (?: was | were | is | are | be | been ) \s+ )? )
                   (?-i: held | holding )  # not "the trial was held behind closed doors",
                   # nor "the National Energy Holding"
                 | extend\w* \s+ (?: his | her | their | the ) \s+ arrest ) \b""",
    _FLAGS,
    preventive=PREVENTIVE_WORDS,
    event=("trial", "hearing", "session", "proceeding", "meeting", "rally", "protest", "vote"),
)
_PREVENTIVE_HINTS = (*PREVENTIVE_WORDS, "extend")
STATISTIC_WORDS = ("average", "median", "mean")
"""Words that make a term a statistic: "the average prison term was 6.3 years"."""
_STATISTIC = compile_lazily(r"\b \L<statistic> \b", _FLAGS, statistic=STATISTIC_WORDS)

# Before a ban's noun: "a lifetime ban", "a 12-month driving ban" (the term is found apart).
_BAN_BEFORE = compile_lazily(
    r"""(?r) (?: (?P<lifetime> \b (?: lifetime | life-?long | life | permanent ) ) [\s-]+ )?
        (?: (?P<activity> \b driving ) \s+ )? \Z""",
    _FLAGS,
)
# After what a ban bars: its term or "for life".
_BAN_AFTER = compile_lazily(
    r"""\s++ (?: for \s+ (?: a \s+ (?: term | period ) \s+ of \s+ | the \s+ next \s+
                            | an? \s+ (?= [\w½-]+ (?: [\s-]+ [\w½-]+ ){0,2}? [\s-]+
                                         (?: years? | months? | weeks? | days? ) \s+ period \b ) )?
                   (?: (?P<life> life \b ) | (?= [\w½] ) ) | (?P<life> for \s+ life \b ) )""",
    _FLAGS,
)
# A statute's penalty given in brackets after its article: "(Article 190, up to seven years)"
_STATUTE_ASIDE = compile_lazily(
    r"\( [^()]*? \b (?: art | article ) \.? \s* [0-9] [^()]* \Z", _FLAGS
)
# Before "suspended", the part of the term before it: "four years (three of them — suspended)"
_PART_OF = compile_lazily(
    rf"""(?r) \b (?P<number> {NUMBER} ) \s+ of \s+ (?: them | which | those ) \s*
        [-\u2013\u2014,:]? \s* \Z""",
    _FLAGS,
    **NUMBER_LISTS,
)
_PERIOD_AFTER = compile_lazily(r"\s+ period \b", _FLAGS)
# Words that show a ban is a court's, where no status cue or other penalty is near.
_BAN_CONTEXT = compile_lazily(
    r"\b (?: court | judge | verdict | sentenc\w* | convict\w* | guilty | also | punish\w* ) \b",
    _FLAGS,
)

# After a prison term, what makes it suspended and the term after it its condition: "a 10-month
# prison sentence suspended for two years" (as English courts write).
_SUSPENDED_FOR = compile_lazily(
    r"""(?: \s+ (?: prison | jail | custodial ) )? \s+ (?: sentence | term ) \s* ,? \s+
        (?: which \s+ (?: was | is ) \s+ )? (?P<word> suspended ) \s+ for \s+""",
    _FLAGS,
)
# After a prison term, "suspended" set apart: "five years in prison (suspended)", "a three-year
# sentence, suspended."
_SUSPENDED_ASIDE = compile_lazily(
    r"""\s* (?: \( \s* (?P<word> suspended ) \s* \)
            | , \s* (?P<word> suspended ) (?= \s* (?: [.;] | \Z ) ) )""",
    _FLAGS,
)
# A status cue that bounds the term it governs: "a maximum penalty of", "a minimum sentence of".
_BOUND_WORD = compile_lazily(r"(?P<cap> maximum ) | (?P<floor> minimum )", _FLAGS)
# Right after an adjectival term: "the 10-year maximum", "a five-year minimum sentence".
_BOUND_AFTER = compile_lazily(
    r"""\A \s+ (?: statutory \s+ )?
        (?: (?P<cap> maximum ) | (?P<floor> minimum ) ) \b (?! [\s-]+ (?: security | regime ) )
        (?: \s+ (?: (?: prison | jail ) \s+ )? (?: sentence | penalty | punishment | term ) \b
        )?""",
    _FLAGS,
)


# A list after a lead that ends with a colon, each item after a bullet, a dash or a number:
# "The court sentenced:\n• X, 45, to 12 years;\n• Y, 51, to 10 years". The lead's verb governs
# every item.
_LIST_MARKER = r"""(?: [•·▪‣◦*] | \p{So} [\p{So}\u200d\ufe0f]* (?= \s ) | - (?= \s )
                    | [0-9]{1,2} [.)] (?= \s ) )"""
_ITEM = compile_lazily(rf"[ \t]*+ {_LIST_MARKER}", regex.VERBOSE)  # a list item's marker
_ITEMS_BACK = 6  # how many items before a bare one its cue may stand
# A list after its lead: a colon, or a line ending in a word ("the district court gave\n▪️ X -
# 9 years"); the lead's cues govern the bare terms of its items.
LIST = compile_lazily(
    rf"""(?: : [ \t]*+ (?: \n \s*+ )?+ | (?<= \w ) [ \t]*+ \n [ \t]*+ (?= {_LIST_MARKER} ) )
         (?: {_LIST_MARKER} [^\n;:]*+ (?: : (?= [ \t]*+ \S ) [^\n;:]*+ )*+  # "X, 38: 9 years"
             (?: ; \s*+ | \n \s*+ )?+ )++
       | : [ \t]*+ (?: [^\n;:]++ ; [ \t]*+ )++ [^\n;:.]++  # on one line: "Sentences: X - 9
                                                       # years; Y - 7 years; Z - 3 years"
    """,
    regex.VERBOSE,
)

# A list's lead that tells a verdict, so its items' terms are imposed: "Nine people were found
# guilty:", "The verdicts:".
_VERDICT_LEAD = compile_lazily(
    r"\b (?: found \s+ guilty | convicted | verdicts? ) \b", regex.VERBOSE | regex.IGNORECASE
)
_RUN_STEP = 100  # how far a term of a run may stand from the one before it
_CUE_REACH = 160  # how far back, within a sentence, a verb may govern a penalty
_SHORT_LEAD = 40  # a list's lead this short reads its paragraph: "In short:"
_FRONTED = 40  # a term this near its sentence's start may take a cue after it: "Nine years is
# what prosecutors asked for"; one further in, only a verdict's cue just after it
_ATTACH_REACH = 60  # how far a kind word may stand from its term


@attrs.frozen
class Penalty:
    """A penalty as a grammar reads it, in either language: its evidence and its value."""

    span: Span
    sentence: Sentence


class Reading(Protocol):
    """What ``list_lead`` reads of a passage, in either language."""

    text: str
    lists: list[tuple[int, int]]  # from a list's colon to the end of its last item
    cues: list[tuple[int, int, Status]]
    term_starts: list[int]
    verdict_lead: regex.Pattern[str]  # a list's lead that tells a verdict: "found guilty:"

    @property
    def sentences(self) -> Sentences: ...

    def governing(self, start: int, end: int) -> tuple[int, int, Status] | None: ...


def list_lead(passage: Reading, start: int) -> tuple[int, int, Status] | None:
    """The cue that governs the lead of a list item at ``start``: "The court sentenced:".

    A short lead reads its paragraph: "The court read out the verdict. We were there. In
    short:".
    """
    index = bisect.bisect_right(passage.lists, (start,)) - 1
    if index < 0 or not passage.lists[index][0] < start < passage.lists[index][1]:
        return _item_before(passage, start)
    colon = passage.lists[index][0]
    cue = passage.governing(colon, colon)
    lead = passage.sentences.around(colon)[0]
    if cue is None and passage.verdict_lead.search(passage.text, lead, colon):
        return (colon, colon, Status.IMPOSED)  # "Nine people were found guilty:", then terms
    if cue is None and colon - lead < _SHORT_LEAD:
        paragraph = passage.text.rfind("\n", 0, lead) + 1
        before = bisect.bisect_left(passage.cues, (colon,))
        cue = next((c for c in passage.cues[before - 1 : before] if c[0] >= paragraph), None)
    return cue if cue is not None and cue[1] <= colon else None


def _item_before(passage: Reading, start: int) -> tuple[int, int, Status] | None:
    """The cue of the list item before the one at ``start``, where it opens that item.

    "🔹 Для X государственный обвинитель запросил 8 лет." then "🔹 Для Y - 5 лет.": Y's five
    years are requested too; not after "🔸 X - 6 years. The prosecutor asked for 7.", whose cue is
    its own sentence's.
    """
    text = passage.text
    line = text.rfind("\n", 0, start) + 1
    marker = _ITEM.match(text, line, start)
    for _ in range(_ITEMS_BACK):
        if marker is None or line < 2:
            return None
        end = line - 1  # the line before, past one blank line
        previous = text.rfind("\n", 0, end) + 1
        if not text[previous:end].strip() and previous >= 2:
            end = previous - 1
            previous = text.rfind("\n", 0, end) + 1
        before = _ITEM.match(text, previous, end)
        if before is None or before[0].strip() != marker[0].strip():
            return None
        index = bisect.bisect_left(passage.cues, (previous,))
        term = bisect.bisect_left(passage.term_starts, previous)
        first = passage.term_starts[term] if term < len(passage.term_starts) else end
        if index < len(passage.cues) and passage.cues[index][0] < min(end, first):
            return passage.cues[index]  # a cue before the item's first term: its lead's
        line, marker = previous, before
    return None


class _Passage:
    """One text being read: its normalised copy, sentences, terms, status cues and kind words.

    Cues and kind words are looked for only in the sentences that hold a term or a kind hint
    (and the sentence after a short one): most prose states no penalty, and those scans are the
    slowest part of the grammar.
    """

    verdict_lead = _VERDICT_LEAD

    def __init__(self, text: str) -> None:
        self.original = text
        self.text = normalise(text)
        self.terms = list(scan(self.text))
        self.term_starts = [m.span.start for m in self.terms]
        self.lower = lower = lowercase(self.text)
        self.anchors: list[regex.Match[str]] = []
        for hint in _KIND_HINT.finditer(lower):
            if self.anchors and hint.start() < self.anchors[-1].end():
                continue
            anchor = _ANCHOR.match(self.text, hint.start(), hint.start() + MATCH_REACH)
            if anchor is not None:
                self.anchors.append(anchor)
        self.anchor_starts = [m.start() for m in self.anchors]
        # the lists after a colon, from the colon to the end of the last item: the cues of
        # their lead are read too ("The court sentenced:\n• X, 45, to 12 years")
        self.lists = [m.span() for m in LIST.finditer(self.text)] if self.terms else []
        colons = [colon for colon, _ in self.lists]
        starts = self.term_starts + self.anchor_starts + colons
        self.cues: list[tuple[int, int, Status]] = []
        covered = 0
        for start in sorted(starts):
            window_start, window_end = self.sentences.around(start)
            if start in colons and start - window_start < _SHORT_LEAD:
                window_start = self.text.rfind("\n", 0, window_start) + 1  # see list_lead
            following = self.sentences.around(window_end)[1]
            if window_end - window_start < 40 or following - window_end < 60:
                window_end = following  # "Thirteen years. That is what the court gave him."
            if window_end <= covered:
                continue
            window_start = max(window_start, covered)
            for hint in _CUE_HINT.finditer(lower, window_start, window_end):
                if self.cues and hint.start() < self.cues[-1][1]:
                    continue
                cue = _CUE.match(self.text, hint.start(), hint.start() + MATCH_REACH)
                if cue is not None:
                    self.cues.append((cue.start(), cue.end(), Status(cue.lastgroup)))
            covered = window_end
        self.used: set[int] = set()  # offsets of kind words that gave a term its kind
        self.held: set[int] = set()  # starts of the terms a ban holds

    @functools.cached_property
    def sentences(self) -> Sentences:
        """The sentence boundaries: found only in a text that holds a term or a kind word."""
        return Sentences(self.text)

    def bans(self, *, alone: bool) -> list[Penalty]:
        """Return the bans stated, and set aside the terms they hold.

        "banned from driving for two years" is a ban, never a prison term. Deprivation of a
        right, disqualification, and a ban for a stated time or for life are always sanctions;
        another is a court's where a status cue governs it, a penalty or a word such as "court"
        or "sentenced" stands in its sentence or the one before, or the text is read ``alone``
        as one penalty: "banned from political activity" alone in a sentence is none.
        """
        found = []
        for anchor in self.anchors:
            if anchor.lastgroup != Kind.BAN.value:
                continue
            start, end = anchor.span()
            first = start
            lifetime = anchor["ban_life"] is not None
            term: TermMatch | None = None
            numbers: list[regex.Match[str]] = []  # terms elided before the stated one
            activity = None
            if anchor["ban_noun"] is not None:  # "a lifetime ban", "a five-year driving ban"
                before = _BAN_BEFORE.match(self.text, max(0, start - 40), start)
                assert before is not None  # it matches the empty string
                first = before.start()
                lifetime = lifetime or before["lifetime"] is not None
                activity = before.span("activity") if before["activity"] else None
                index = bisect.bisect_left(self.term_starts, first) - 1
                if index >= 0 and self.terms[index].span.end in (first - 1, first):
                    lead = self.terms[index]
                    if _ADJECTIVAL.search(self.text, lead.span.start, lead.span.end) or (
                        self.text[lead.span.end : start] == " "  # "Three years ban on"
                    ):
                        term, first = lead, lead.span.start
            after = _BAN_AFTER.match(self.text, end, end + MATCH_REACH)
            last = end
            if after is not None and after["life"] is not None:
                lifetime, last = True, after.end()
            elif after is not None and term is None:
                index = bisect.bisect_left(self.term_starts, after.end())
                following = self.terms[index] if index < len(self.terms) else None
                if following is not None and following.span.start > after.end():
                    # "prohibited from hunting for 7 and 8 years, respectively"
                    listed = _LIST_BEFORE.match(self.text, after.end(), following.span.start)
                    if listed is not None and listed.start() == after.end():
                        numbers = [*_BARE_NUMBER.finditer(self.text, *listed.span())]
                if following is not None and (numbers or following.span.start == after.end()):
                    term = following
                    period = _PERIOD_AFTER.match(self.text, term.span.end)  # "a ten year period"
                    last = term.span.end if period is None else period.end()
            if term is None and not lifetime:  # "banned for four years from being an admin"
                index = bisect.bisect_left(self.term_starts, start)
                inside = self.terms[index] if index < len(self.terms) else None
                if (
                    inside is not None
                    and inside.span.end < end
                    and _FOR_BEFORE.search(self.text, start, inside.span.start) is not None
                ):
                    term = inside
            what = anchor.span("ban_what") if anchor["ban_what"] else activity
            if what is None and term is None and not lifetime:
                continue  # "the ban": nothing says what or how long
            if term is not None:
                self.held.add(term.span.start)
            self.used.update(range(first, last))
            stated = term is not None or lifetime or anchor["ban_sanction"]
            if not (alone or stated or self._court_ban(first, last)):
                continue
            value = term.value if term is not None else None
            if lifetime or not isinstance(value, (Term, TermRange)):
                value = None
            detail = None
            if what is not None:
                detail = self.original[what[0] : what[1]].strip('"\u201c\u201d .,;:') or None
            status = self.status(first, last) or Status.IMPOSED
            if numbers and isinstance(value, Term) and term is not None:
                # each its number, in order, and the stated one its term: "for [7] and [8 years]"
                for number in numbers:
                    for bare in self._bare(number, _stated_unit(value), Kind.BAN, listed=True):
                        elided = attrs.evolve(bare.sentence, status=status, detail=detail)
                        found.append(attrs.evolve(bare, sentence=elided))
                first = term.span.start
            sentence = Sentence(kind=Kind.BAN, status=status, term=value, detail=detail)
            found.append(Penalty(span=Span(first, last), sentence=sentence))
        return found

    def _court_ban(self, start: int, end: int) -> bool:
        """Whether a ban at ``[start, end)`` is a court's: see :meth:`bans`."""
        if self.governing(start, end) is not None:
            return True
        sentence_start, sentence_end = self.sentences.around(start)
        near = max(sentence_start, start - _CUE_REACH), min(sentence_end, end + _CUE_REACH)
        if _BAN_CONTEXT.search(self.text, *near):
            return True
        previous = self.sentences.around(max(0, sentence_start - 1))[0]
        for starts in (self.term_starts, self.anchor_starts):  # another penalty beside it
            before = bisect.bisect_left(starts, start) - bisect.bisect_left(starts, previous)
            after = bisect.bisect_left(starts, sentence_end) - bisect.bisect_left(starts, end)
            if before > 0 or after > 0:
                return True
        return False

    def holds(self, words: tuple[str, ...], start: int, end: int) -> bool:
        """Whether any of ``words`` stands in ``[start, end)``: a cheap test before a pattern."""
        window = self.lower[start:end]
        return any(word in window for word in words)

    def status(self, start: int, end: int) -> Status | None:
        """Return the status the cues give a penalty at ``[start, end)``, if any governs it."""
        found = self.governing(start, end)
        return None if found is None else found[2]

    def _paired_on(self, start: int, end: int, sentence_start: int) -> bool:
        """Whether a term continues a pairing of terms with people after a stated one.

        "a sentence of six years for X, and five years for Y": a term, then "for" a name.
        """
        index = bisect.bisect_left(self.term_starts, start) - 1
        return (
            index >= 0
            and sentence_start <= self.term_starts[index]
            and start - self.term_starts[index] <= _CUE_REACH
            and _AND_BEFORE.search(self.text, max(sentence_start, start - 8), start) is not None
            and _FOR_NAME_AFTER.match(self.text, end) is not None
        )

    def cue_between(self, start: int, end: int) -> bool:
        """Whether a status cue starts in ``[start, end)``."""
        index = bisect.bisect_left(self.cues, (start,))
        return index < len(self.cues) and self.cues[index][0] < end

    def governing(self, start: int, end: int) -> tuple[int, int, Status] | None:
        """Return the cue that governs a penalty at ``[start, end)``, if any.

        A cue that holds the penalty ("could be fined") wins; then the nearest before it in
        its sentence and within reach ("sought nine years, but the judge handed him six");
        then the first after it ("Nine years is what prosecutors asked for").
        """
        bounds = self.sentences.around(start)
        index = bisect.bisect_right(self.cues, (start, end + 1))  # a cue ending at `end` holds it
        after = self.cues[index] if index < len(self.cues) else None
        if (
            after is not None
            and end <= after[0] <= end + _CUE_REACH  # a kind phrase at most, not the next text
            and (
                _BY_AGENT.match(self.text, after[1])
                or (after[2] is Status.IMPOSED and _ON_WHOM.match(self.text, after[1]))
            )  # "the 4 years' imprisonment sentence imposed on X", whatever is asked of it
        ):
            kind = _RIGHT_KIND.match(self.text[end : after[0]])  # "the eight-year jail
            gap = (end + (kind.end() if kind else 0), after[0])  # sentence sought by"
            if _NOUN_BEFORE_AGENT.fullmatch(self.text, *gap):
                return after  # "against the 10 years requested by the prosecution"
        if after is not None and after[2] is Status.REQUESTED and after[0] < bounds[1]:
            kind = _RIGHT_KIND.match(self.text[end : after[0]])  # "the six years of jail time
            if _REQUESTER_BEFORE.fullmatch(self.text, end + (kind.end() if kind else 0), after[0]):
                return after  # the prosecutor had requested": the request, whatever went before
        before = [c for c in self.cues[max(0, index - 12) : index] if c[0] >= bounds[0]]
        for cue in reversed(before):
            if cue[1] > start:
                return cue
        for cue in reversed(before):
            if cue[0] >= start - _CUE_REACH and not self._in_closed_clause(cue, start):
                return self._asked_to(cue, before)
        # A term after "to" is a far object of the sentence's last verb: "asked the court to
        # sentence A, former director of ..., to 10 years, and B, former head of ..., to 7".
        far = before and before[-1][0] >= start - 3 * _CUE_REACH
        if far and (
            _TO_BEFORE.search(self.text, max(0, start - 4), start)
            or _TO_TERMS_BEFORE.search(self.text, max(0, start - 30), start)
            or _TO_NUMBERS_BEFORE.search(self.text, max(0, start - 80), start)
        ):
            return before[-1]
        fronted = start - bounds[0] <= _FRONTED
        for cue in self.cues[index : index + 6]:
            if cue[0] >= bounds[1]:
                break
            if not fronted and (cue[0] - end > 4 or cue[2] is not Status.IMPOSED):
                break  # "stopped work for 23 days demanding a raise"; but "- 7.5 years in absentia"
            if cue[0] >= end:
                following = bisect.bisect_left(self.term_starts, cue[1])
                if following < len(self.term_starts) and self.term_starts[following] < bounds[1]:
                    return None  # "The court, sitting for 3 days, gave him 4 years": not ours
                return cue
        if _FOR_OR_TO_BEFORE.search(self.text, max(bounds[0], start - 6), start):
            position = bounds[0]  # "A and B were jailed for 18 months; C for two years; and D
            while self.text[max(0, position - 3) : position].rstrip(" ").endswith(";"):  # for
                previous = self.sentences.around(position - 2)  # three": the first clause's
                low = bisect.bisect_left(self.cues, (previous[0],))  # verb, on the same line
                high = bisect.bisect_left(self.cues, (previous[1],))
                if high > low:
                    return self.cues[high - 1]
                position = previous[0]
        head = self._run_head(start, bounds[0])
        if head is not None:
            return self.governing(head.start, head.end)
        return list_lead(self, start)

    def _run_head(self, start: int, sentence_start: int) -> Span | None:
        """The first term of a run of terms a comma or "and" apart that the term at ``start`` ends.

        "sentenced A to 6 years, B also received 6 years, C 7 years, ..., F 2 years": F's two
        years are governed as A's six are, however long the run; so are "15 years and 11 years".
        """
        index = bisect.bisect_left(self.term_starts, start) - 1
        head = None
        while index >= 0:
            term = self.terms[index].span
            gap = self.text[term.end : start]
            anchor = bisect.bisect_right(self.anchor_starts, term.end)
            if (
                term.start < sentence_start
                or len(gap) > _RUN_STEP
                or ("," not in gap and not gap.endswith(" and "))  # "8 years for A and 8"
                or (  # its own kind: "who had faced up to seven years, was also banned from
                    anchor < len(self.anchor_starts) and self.anchor_starts[anchor] <= start
                )  # driving for five years"
            ):
                break
            head, start, index = term, term.start, index - 1
        return head

    def _asked_to(
        self, cue: tuple[int, int, Status], before: list[tuple[int, int, Status]]
    ) -> tuple[int, int, Status]:
        """A verdict verb in the infinitive is the request's before it in its sentence.

        "asked the court to send Amanov to prison for seven years and to give the other three
        four years each": the four years are requested too.
        """
        passive = _TO_BE.search(self.text, max(0, cue[0] - 8), cue[0])  # "called for X,
        # who ..., to be sentenced to nine years"
        if cue[2] is Status.IMPOSED and _SENTENCE_NOUN.fullmatch(self.text, cue[0], cue[1]):
            asked = [c for c in before if c[1] <= cue[0] and c[2] is Status.REQUESTED]
            if asked and _OBJECT_GAP.fullmatch(self.text, asked[-1][1], cue[0]):
                return asked[-1]  # "asked the court to give the men sentences ranging from"
        if cue[2] is not Status.IMPOSED or not (
            _TO_BEFORE.search(self.text, cue[0] - 4, cue[0])
            or passive
            or (  # "asked the court to overturn the acquittal and give him nine years"
                _AND_BEFORE.search(self.text, cue[0] - 5, cue[0])
                and _BASE_VERB.match(self.text, cue[0])
            )
        ):
            return cue
        asked = [c for c in before if c[1] <= cue[0] and c[2] is Status.REQUESTED]
        if not asked:
            return cue
        request = asked[-1]
        infinitive = (
            passive
            or _ASKED_TO.match(self.text, request[1])
            or _TO_WORD.search(self.text, request[0], request[1])
        )
        if infinitive and not _TURN.search(self.text, request[1], cue[0]):
            return request
        return cue  # "asked for nine years, but the judge chose to give him six"

    def _in_closed_clause(self, cue: tuple[int, int, Status], start: int) -> bool:
        """Whether a cue stands in a relative clause that closes before ``start``.

        "Aubakirov, who had faced up to seven years, was also banned from driving": the ban is
        the main clause's, not what he faced.
        """
        clause = _CLAUSE_OPEN.search(self.text, max(0, cue[0] - 60), cue[0])
        return clause is not None and "," in self.text[cue[1] : start]

    def term_penalties(self, match: TermMatch) -> list[Penalty]:
        """Return the penalties a term states, or none if it is not a penalty."""
        text = self.text
        start, end = match.span.start, match.span.end
        sentence_start, sentence_end = self.sentences.around(start)
        left = text[max(sentence_start, start - _ATTACH_REACH) : start]
        right = text[end : min(sentence_end, end + _ATTACH_REACH)]
        if _RIGHT_VETO.match(right) or _LEFT_VETO.match(left) or _THING_LENGTH.search(left):
            return []
        rate = _RATE_AFTER.match(right)
        if rate is not None:
            self.used.update(range(end, end + rate.end()))
            return []
        right_kind = _RIGHT_KIND.match(right)
        left_kind = _LEFT_KIND.match(left)
        if _RIGHT_WEAK_VETO.match(right) and left_kind is None:  # "arrested for 15 days after"
            cue = self.governing(start, end)
            if cue is None or cue[1] > start or start - cue[1] > _CUE_REACH:
                return []
            if self.term_starts[bisect.bisect_right(self.term_starts, cue[1] - 1)] < start:
                return []  # "will serve his 8 years ..., 15 days after": the verb has its term
            if _RELATIVE.search(text, cue[1], start):
                return []  # "convicted two inspectors who had certified it four months before"
            if _RELATION_BEFORE.search(text, cue[1], start):
                return []  # "sentenced on May 28, just two days after he had finished serving"
            if _VERDICT_DELIVERED.match(text, max(cue[0], cue[1] - MATCH_REACH), start):
                return []  # "the sentence was handed down two days after", "was convicted a
                # week before the election": these verbs take no term as their object
        adjectival = _ADJECTIVAL.search(text, match.span.start, end)
        bound = _BOUND_AFTER.match(right) if adjectival else None
        if bound is not None and isinstance(match.value, Term):  # "the 10-year maximum"
            bounded = TermRange(high=match.value) if bound["cap"] else TermRange(low=match.value)
            sentence = Sentence(kind=Kind.IMPRISONMENT, status=Status.POSSIBLE, term=bounded)
            return [Penalty(span=Span(start, end + bound.end()), sentence=sentence)]
        if adjectival and right_kind is None:
            return []  # "a five-year plan", "a 20-year veteran"
        cue = self.governing(start, end)
        if cue is None and text[sentence_start:sentence_end].strip(" .:!\n") == text[start:end]:
            cue = self.governing(sentence_end, sentence_end)  # "Thirteen years. That is what..."
        kind_start = start - len(left) + left_kind.start() if left_kind else start
        reach = max(sentence_start, start - _CUE_REACH)
        preventive = (
            _PREVENTIVE.search(text, reach, kind_start)
            if self.holds(_PREVENTIVE_HINTS, reach, kind_start)
            else None
        )
        if preventive is not None and not self.cue_between(preventive.end(), start):
            return []  # "asked the court to remand the suspect in custody for two months"
        if left_kind is not None and _ARREST_VERB.match(left_kind[0]):
            value = match.value
            if not isinstance(value, Term) or value.approx_days() != value.days:
                return []  # "arrested for two months": pre-trial detention
        if self.holds(STATISTIC_WORDS, reach, start) and _STATISTIC.search(text, reach, start):
            return []  # "the average prison term handed down was 6.3 years"
        if (
            cue is None
            and right_kind is None
            and left_kind is None
            and not self._paired_on(start, end, sentence_start)
        ):
            return []
        # A conviction states no term but with "to" ("convicted under Article 272 to 6 years"):
        # a bare term takes the cue before it ("cut the term of X, convicted of ..., from eight
        # years to six"), or is no penalty ("convicted over a breakdown that left them without
        # heating for nine days").
        bare = right_kind is None and left_kind is None and not _TO_BEFORE.search(left)
        if bare and cue is not None and cue[1] <= start and _CONVICTED.match(text, *cue[:2]):
            cue = self.governing(cue[0], cue[0])
            if cue is None or not start - _CUE_REACH <= cue[0] < cue[1] <= start:
                return []
        status = cue[2] if cue else None
        kind = Kind.IMPRISONMENT
        span_start, span_end = start, end
        for found, offset in ((left_kind, start - len(left)), (right_kind, end)):
            if found is None:
                continue
            self.used.update(range(offset + found.start(), offset + found.end()))
            named = next(k for k in (*_TERM_KINDS, Kind.IMPRISONMENT) if found[k.value])
            if named is not Kind.IMPRISONMENT or kind is Kind.IMPRISONMENT:
                kind = named
            if found is right_kind:
                span_end = offset + found.end()
            elif not found["listed"]:  # a list before the term is elided terms' evidence
                span_start = offset + found.start()
        status = status or Status.IMPOSED
        if _STATUTE_ASIDE.search(text, max(sentence_start, start - 60), start):
            status = Status.POSSIBLE  # "(Article 190, up to seven years in prison)"
        value = match.value
        suspended = _SUSPENDED_FOR.match(text, end, end + MATCH_REACH)
        if kind is Kind.IMPRISONMENT and suspended is not None:  # "a 10-month prison sentence
            following = bisect.bisect_left(self.term_starts, suspended.end())  # suspended for
            if following < len(self.terms) and self.term_starts[following] == suspended.end():
                self.held.add(suspended.end())  # two years": the two years are its condition
                kind, span_end = Kind.SUSPENDED, suspended.end("word")
                self.used.update(range(*suspended.span("word")))
        elif kind is Kind.IMPRISONMENT and (
            aside := _SUSPENDED_ASIDE.match(text, span_end, span_end + MATCH_REACH)
        ):  # "five years in prison (suspended)", "a three-year sentence, suspended."
            kind, span_end = Kind.SUSPENDED, aside.end()
            self.used.update(range(*aside.span("word")))
        if cue is not None and cue[1] <= start and isinstance(value, Term):
            bound = _BOUND_WORD.match(text, cue[0], cue[1])
            if bound is not None:  # "a maximum penalty of seven years" is up to seven
                value = TermRange(high=value) if bound["cap"] else TermRange(low=value)
                span_start = min(span_start, cue[0])
        span = Span(span_start, span_end)
        if match.value is None or (
            isinstance(match.value, TermRange)
            and len(match.parts) == 2
            and _CHANGE.search(text, max(sentence_start, start - _CUE_REACH), start)
        ):
            cap = _BOUND_WORD.match(text, cue[0], cue[1]) if cue is not None else None
            law = status is Status.POSSIBLE and cap is not None  # the law's old and new bound:
            # "raised the maximum sentence from three to 10 years", each term as written
            return [  # an appeal: the old and the new term, not a range
                Penalty(
                    span=part_span,
                    sentence=Sentence(
                        kind=kind, status=Status.POSSIBLE if law else Status.IMPOSED, term=term
                    ),
                )
                for term, part_span in match.parts
            ]
        return [Penalty(span=span, sentence=Sentence(kind=kind, status=status, term=value))]

    def elided(self, penalties: list[Penalty], terms: list[TermMatch]) -> list[Penalty]:
        """Return the terms written as bare numbers next to a stated one."""
        found: list[Penalty] = []
        starts = sorted(  # "from five to three"; past a ban's term: "banned from driving for
            span.start  # five years. Prosecutors had asked for 12."; not past a length that is
            for m in terms  # no penalty: "two years later the term was cut to five"
            if m.span.start not in self.held
            and any(p.span.start <= m.span.start < p.span.end for p in penalties)
            for _, span in m.parts
        )
        for penalty in penalties:
            term = penalty.sentence.term
            single = term if isinstance(term, Term) else (term.high or term.low) if term else None
            if single is None:
                continue
            unit = _stated_unit(single)
            kind = penalty.sentence.kind
            # "nine and seven years respectively": bare numbers listed before the term
            lead = _LIST_BEFORE.match(
                self.text, max(0, penalty.span.start - 80), penalty.span.start
            )
            if lead is not None:
                for number in _BARE_NUMBER.finditer(self.text, lead.start(), lead.end()):
                    found.extend(self._bare(number, unit, kind, listed=True))
            # "Aliyev was sentenced to nine, Alizade to eight and Veliyev to five years": elided
            # terms before it in its sentence, each going on to the next person
            before = bisect.bisect_left(starts, penalty.span.start) - 1
            since = max(
                self.sentences.around(penalty.span.start)[0],
                starts[before] + 1 if before >= 0 else 0,
            )
            if any(hint in self.lower[since : penalty.span.start] for hint in _NUMBER_HINTS):
                for number in _BARE_NUMBER.finditer(self.text, since, penalty.span.start):
                    if _LIST_GOES_ON.match(self.text, number.end()):
                        found.extend(self._bare(number, unit, kind, listed=False))
            # "X received six years and Y four": bare numbers after it, up to the next term and
            # within its sentence, or the next one after a semicolon ("wanted 14; gave him 11")
            index = bisect.bisect_left(starts, penalty.span.end)
            stop = self.sentences.around(penalty.span.end - 1)[1]
            following = self.sentences.around(stop)[1]
            if ";" in self.text[stop - 2 : stop] or following - stop < 60:
                stop = following  # "...; the court gave him 11", "Prosecutors had asked for 11."
            stop = min(stop, starts[index]) if index < len(starts) else stop
            window = self.lower[penalty.span.end : stop]
            if not any(hint in window for hint in _NUMBER_HINTS):
                continue  # the pattern would try a number at each word in vain
            for number in _BARE_NUMBER.finditer(self.text, penalty.span.end, stop):
                found.extend(self._bare(number, unit, kind, listed=False))
        # a number after one term and listed before the next is one term: "asked for nine years
        # ..., but the court gave them five and four years respectively"
        unique: dict[int, Penalty] = {}
        for bare in found:
            unique.setdefault(bare.span.end, bare)
        return list(unique.values())

    def _bare(
        self, number: regex.Match[str], unit: str, kind: Kind, *, listed: bool
    ) -> list[Penalty]:
        start, end = number.span()
        before = None if listed else _ELIDED_BEFORE.match(self.text, max(0, start - 60), start)
        if not listed and before is None:
            return []
        if (
            before is not None
            and before["comma"]
            and not _FOR_NEXT.match(self.text, end, end + MATCH_REACH)
        ):
            return []  # after a comma only "four for Y": "Omirzakov, 33, seven" has an age
        if before is not None and before["from"]:
            clause = self.sentences.around(start)[0]
            if not _CHANGE.search(self.text, max(clause, start - _CUE_REACH), start):
                return []  # "from nine" is an old term only after an appeal verb
        if before is not None and before["apposed"] and not _CLAUSE_ENDS.match(self.text, end):
            return []  # "her deputy, four and a half." ends its clause; "his son, 19, was" not
        count = to_number(number["number"])
        if count is None or not 0 < count < 1000:
            return []
        term: Term | TermRange
        if number["half"] and unit == "years" and count == int(count):  # "gave him eight and a
            term = Term(years=int(count), months=6)  # half", "3 1/2 and three years"
        elif count == int(count):
            term = Term(**{unit: int(count)})
        elif unit == "years" and (count * 12) == int(count * 12):  # "3.5 and 3 years"
            term = Term(years=int(count), months=round((count - int(count)) * 12))
        else:
            return []
        bound = _BOUND_BEFORE.search(self.text, max(0, start - 20), start)
        low = None if listed else _LOW_BEFORE.match(self.text, max(0, start - 40), start)
        if _AGED_BEFORE.match(self.text, max(0, start - 40), start):
            return []  # "the others, aged between 22 and 53,"
        if _DAY_BEFORE.match(self.text, max(0, start - 40), start) or _YEAR_AFTER.match(
            self.text, end
        ):
            return []  # "on January 25 and 31, 2017": a date's day
        if bound is not None:  # "could get up to nine"
            term = TermRange(high=term) if bound["cap"] else TermRange(low=term)
            start = bound.start()
        elif low is not None:  # "four others between five and eight"
            low_count = to_number(low["low"])
            if low_count is not None and low_count == int(low_count) and 0 < low_count < count:
                term = TermRange(low=Term(**{unit: int(low_count)}), high=term)
                start = low.start()
        status = self.status(start, end) or Status.IMPOSED
        return [
            Penalty(span=Span(start, end), sentence=Sentence(kind=kind, status=status, term=term))
        ]

    def _suspended_part(
        self, terms: list[TermMatch], term_starts: list[int], start: int, sentence_start: int
    ) -> tuple[Term, int] | None:
        """The part of a stated term that is suspended, and where its number starts.

        "sentenced to four years (three of them — suspended)": three years.
        """
        part = _PART_OF.search(self.text, max(sentence_start, start - 30), start)
        index = bisect.bisect_left(term_starts, start) - 1  # the term stated before it
        if part is None or index < 0:
            return None
        stated = terms[index]
        if stated.span.start < sentence_start or not isinstance(stated.value, Term):
            return None
        count = to_number(part["number"])
        if count is None or count != int(count) or count <= 0:
            return None
        return Term(**{_stated_unit(stated.value): int(count)}), part.start("number")

    def kind_penalties(self, terms: list[TermMatch]) -> list[Penalty]:
        """Return the penalties stated by a kind word with no term: "was acquitted"."""
        found = []
        term_starts = [m.span.start for m in terms]
        for anchor in self.anchors:
            start, end = anchor.span()
            if start in self.used:
                continue
            name = anchor.lastgroup
            if name == Kind.BAN.value:
                continue  # read by bans()
            bounds = self.sentences.around(start)
            index = bisect.bisect_left(term_starts, end)
            next_term = term_starts[index] if index < len(term_starts) else None
            if name == "jailed":  # "was jailed", "sentenced to prison"
                if next_term is not None and (
                    next_term < min(bounds[1], end + 60)
                    or _NAMED_FOR.fullmatch(self.text, end, next_term)
                ):
                    continue  # "jailed for five years": the verb of a term
                verb = anchor[0].lower() in ("jailed", "imprisoned")
                if (
                    verb
                    and not _FINITE.search(self.text, max(bounds[0], start - 25), start)
                    and not (_OBJECT_AFTER.match(self.text, end, end + MATCH_REACH))
                ) or _TO_HAVE_BEEN.search(self.text, max(bounds[0], start - 20), start):
                    continue  # "release everyone imprisoned for protesting", "considers to have
                    # been imprisoned for political reasons": no verdict
                kind = Kind.IMPRISONMENT
            else:
                kind = Kind(name)
            if (
                _GENERIC.search(self.text, max(bounds[0], start - 30), start)
                or _DEFINED.match(self.text, end)
                or _KINDS_RANGING.search(self.text, max(bounds[0], start - 60), start)
                or _SHARE_BEFORE.search(self.text, max(bounds[0], start - 30), start)
            ):
                continue  # "Under a restricted-freedom sentence, a convict lives at home",
                # "probation is a non-custodial penalty under which": what a kind means
            if (
                kind not in (Kind.ACQUITTAL, Kind.FINE, Kind.LIFE_IMPRISONMENT)
                and _OWNED.search(self.text, max(bounds[0], start - 40), start)
                and not _OF.match(self.text, end)
            ):
                continue  # "upholds the restricted freedom term", "replaces X's restricted
                # freedom with a fine": a penalty told before; not "the arrest of X for 12 days"
            cue = self.governing(start, end)
            status = None if cue is None else cue[2]
            if _WISHED.search(self.text, max(bounds[0], start - 140), start):
                continue  # "hope that he would be acquitted or get off lightly with a fine"
            if kind is Kind.ACQUITTAL:
                if _SHARE_AFTER.match(self.text, end):
                    continue  # "courts acquit fewer than 4 percent of defendants": a rate
                wish = anchor[0].lower().startswith("acquittal") or _TO_BE.search(
                    self.text, max(bounds[0], start - 10), start
                )  # the noun, or "to be acquitted": a verdict only where the text says so
                if wish and _NO_ACQUITTAL.search(self.text, max(bounds[0], start - 80), start):
                    continue  # "nobody expects an acquittal", "she hopes to be acquitted"
                if _SHOULD_BE.search(self.text, max(bounds[0], start - 20), start):
                    continue
                if (
                    anchor[0].lower() == "acquittal"
                    and _THE.search(self.text, max(bounds[0], start - 5), start)
                    and not _OF.match(self.text, end)
                ):
                    continue  # "appeals against the acquittal": one told before, of no one new
                asked = status is Status.REQUESTED and cue is not None and cue[1] > start
                status = Status.REQUESTED if asked else Status.IMPOSED  # "asked the court to
                # acquit": a request only where the request's words hold the verb
            elif kind is Kind.LIFE_IMPRISONMENT and status is None:
                continue  # "he described life in prison"
            elif name == "jailed" and status is Status.POSSIBLE:
                continue  # "every one of them can be jailed": a hypothetical, with no term
            fine, span, part = None, Span(start, end), None
            if kind is Kind.SUSPENDED:
                part = self._suspended_part(terms, term_starts, start, bounds[0])
                if part is not None:  # "four years (three of them suspended)"
                    span = Span(part[1], end)
            if kind is Kind.FINE:
                fine, span = self._amount(anchor, bounds[1])
                if fine is None and anchor["to_fine"]:
                    continue  # "to fine him" states a fine only with its amount
                if fine is None:  # "fined 300 and 450 MCI respectively"
                    listed = self._listed_amounts(end, bounds[1], status or Status.IMPOSED)
                    if listed:
                        listed[0] = attrs.evolve(listed[0], span=Span(start, listed[0].span.end))
                        found += listed
                        continue
            found.append(
                Penalty(
                    span=span,
                    sentence=Sentence(
                        kind=kind,
                        status=status or Status.IMPOSED,
                        term=None if part is None else part[0],
                        fine=fine,
                    ),
                )
            )
            if fine is not None:  # "fined 2,000 MCI and 1,500 MCI respectively"
                position, more_fines = span.end, []
                while (more := _MORE_AMOUNT.match(self.text, position, bounds[1])) is not None:
                    money = _money(more) if more["pre"] or more["post"] else None
                    if money is None or money.currency != fine.currency:
                        break
                    position = more.start("amount") + len(more["amount"].rstrip())
                    sentence = Sentence(kind=kind, status=status or Status.IMPOSED, fine=money)
                    more_fines.append(Penalty(Span(more.start("amount"), position), sentence))
                if _RESPECTIVELY.match(self.text, position, bounds[1]):
                    found += more_fines  # not "fined $500 and $300 in costs"
        return found

    def _listed_amounts(self, start: int, stop: int, status: Status) -> list[Penalty]:
        """Fines listed with one unit, "respectively": "fined 300 and 450 MCI respectively"."""
        listed = _AMOUNTS_RESPECTIVELY.match(self.text, start, stop)
        last = _money(listed) if listed is not None and (listed["pre"] or listed["post"]) else None
        if listed is None or last is None:
            return []
        multiplier = _MULTIPLIERS.get((listed["multiplier"] or "").lower(), 1)
        fines = []
        for number in NUMBER_PATTERN.finditer(self.text, *listed.span("numbers")):
            count = to_number(number[0])
            if count is None:
                return []
            money = Money(amount=round(count * multiplier), currency=last.currency)
            fines.append((Span(*number.span()), money))
        fines.append((Span(listed.start("last"), listed.end("last")), last))
        return [
            Penalty(span=span, sentence=Sentence(kind=Kind.FINE, status=status, fine=money))
            for span, money in fines
        ]

    def _amount(self, anchor: regex.Match[str], stop: int) -> tuple[Money | None, Span]:
        """Read a fine's amount: "fined 500,000 tenge", "a fine of 200 MCI", "a $50 fine"."""
        start, end = anchor.span()
        before = _AMOUNT_BEFORE.match(self.text, max(0, start - 50), start)
        if before is not None and (before["pre"] or before["post"]):
            return _money(before), Span(before.start(), end)
        clause = _CLAUSE_END.search(self.text, end, min(stop, end + 60))
        for amount in _AMOUNT.finditer(self.text, end, clause.start() if clause else stop):
            if _BOUND_BEFORE.search(self.text, max(end, amount.start() - 20), amount.start()):
                break  # "a fine of up to 2,000 MCI" states a cap, not the amount
            if amount["pre"] or amount["post"]:
                return _money(amount), Span(start, amount.start() + len(amount[0].rstrip()))
            if _UNIT_IN_BRACKETS.match(self.text, amount.end()):
                continue  # "a fine of 200 base units (8,400 rubles)": the money after it
            break  # the first number after a fine is its amount or none is stated
        each = _AMOUNT_EACH.match(self.text, end, min(stop, end + 160))
        if each is not None and (each["pre"] or each["post"]):  # "fined A and B 30 MCI each"
            return _money(each), Span(start, each.end("post" if each["post"] else "number"))
        if anchor[0].lower() == "fined" or anchor["to_fine"]:  # "fined X, 71, 40,000 rubles"
            limit = min(stop, end + 120, self.sentences.around(end)[1])
            for past in _AMOUNT_PAST_OBJECT.finditer(self.text, end, limit):
                if past["pre"] or past["post"]:
                    return _money(past), Span(start, past.start() + len(past[0].rstrip()))
            words = _AMOUNT_PAST_WORDS.match(self.text, end, limit)
            if words is not None and (words["pre"] or words["post"]):  # "fined each of them $900"
                return _money(words), Span(start, words.start() + len(words[0].rstrip()))
        return None, Span(start, end)


# Around a kind word, a sentence that says what the kind means, of no one: "Under a
# restricted-freedom sentence, a convict ...", "probation is a non-custodial penalty"
_GENERIC = compile_lazily(  # "Under restricted freedom, she ..." opening its sentence; "courts
    # continue to use administrative arrest and fines against protesters": a practice; "is
    # similar to a suspended sentence", "a form of probation": a kind that explains another
    r"""(?: \b (?: under | is ) \s+ an? | (?<! [\w,] \s{0,3} ) under
          | \b (?: use | uses | using | resort \s+ to | resorting \s+ to )
          | \b (?: similar | akin | equivalent | comparable | analogous ) \s+ to (?: \s+ an? )?
          | \b an? \s+ (?: form | type | kind | variant ) \s+ of ) \s+ \Z""",
    _FLAGS,
)
# "18 sentences ..., most of them restricted freedom": a share of a count, no one's penalty
_SHARE_BEFORE = compile_lazily(
    r"\b (?: most | many | some | half | the \s+ majority ) \s+ of \s+ (?: them | these | those )"
    r" \s+ (?: (?: were | was | got | received | to ) \s+ )? \Z",
    _FLAGS,
)
# "sentences ranging from a fine to a prison term": kinds, no one's penalty
_KINDS_RANGING = compile_lazily(
    r"\b ranging \s+ from \s+ (?: [\w-]+ \s+ ){0,4}? (?: to \s+ (?: [\w-]+ \s+ ){0,2}? )? \Z",
    _FLAGS,
)
_DEFINED = compile_lazily(
    r"\s+ (?: is | means ) \s+ (?: an? | the | similar | akin | equivalent | comparable ) \s",
    _FLAGS,
)  # "probation is a", "freedom limitation is similar to"
_UNIT_IN_BRACKETS = compile_lazily(  # "200 base units (8,400 rubles)", "150 base calculated
    # units amounting to 61.8 million soum": an amount in a unit that is no currency, then money
    r"""\s*+ [a-z][a-z ]{1,24}? \s*+
        (?: \( | ,? \s* (?: amounting | equal | equivalent ) \s+ to \s ) \s*+ (?= [0-9$€£] )""",
    _FLAGS,
)
_ADJECTIVAL = compile_lazily(r"- \s*+ (?: year | month | week | day | hour ) \Z", _FLAGS)


def _stated_unit(term: Term) -> str:
    """The unit a term is written in, for a bare number beside it: "eight and a half years"."""
    for unit in ("years", "months", "weeks", "days", "hours"):
        if getattr(term, unit):
            return unit
    return "years"  # pragma: no cover - a term has a part


def _money(match: regex.Match[str]) -> Money | None:
    number = (not match["multiplier"] and dotted_thousands(match["number"])) or to_number(
        match["number"]
    )
    if number is None:
        return None
    multiplier = _MULTIPLIERS.get((match["multiplier"] or "").lower(), 1)
    currency = _CURRENCIES[(match["pre"] or match["post"]).strip().lower()]
    return Money(amount=round(number * multiplier), currency=currency)


def _read(text: str, *, alone: bool = False) -> tuple[_Passage, list[Penalty]]:
    passage = _Passage(text)
    bans = passage.bans(alone=alone)
    penalties = [
        p
        for match in passage.terms
        if match.span.start not in passage.held
        for p in passage.term_penalties(match)
    ]
    penalties += passage.elided(penalties, passage.terms)
    kinds = passage.kind_penalties(passage.terms)
    penalties += bans + kinds
    penalties.sort(key=lambda p: (p.span.start, p.span.end))
    penalties = [attrs.evolve(p, sentence=counted_in_hours(p.sentence)) for p in penalties]
    penalties = parallel_kinds(passage.text, passage.terms, penalties, _PARALLEL)
    penalties = parallel_kinds(passage.text, passage.terms, penalties, _CHANGED)
    penalties = _arrests_again(passage, penalties)
    penalties = deemed_conditional(passage.text, penalties, _DEEMED)
    return passage, _stated_once(passage, penalties, {p.span for p in kinds})


def _stated_once(passage: _Passage, penalties: list[Penalty], kinds: set[Span]) -> list[Penalty]:
    """Less the kind words (at ``kinds``) whose penalty a term just after them states.

    "ordered the administrative arrest of X for 12 days" is one penalty, the term's.
    """
    found = []
    for penalty in penalties:
        end = passage.sentences.around(penalty.span.start)[1]
        reach = min(end, penalty.span.end + _ATTACH_REACH)
        if penalty.span not in kinds or not any(
            p.sentence.kind is penalty.sentence.kind
            and p.sentence.term is not None
            and penalty.span.end <= p.span.start < reach
            for p in penalties
        ):
            found.append(penalty)
    return found


# Between two penalties of one sentence, the next person of a parallel list: "three years of
# restricted freedom for Duisenov and two years for Utegenova", "..., Utegenova two years".
_PARALLEL = compile_lazily(
    r"""(?: \s+ for \s+ (?-i: [A-Z] ) [\w'-]+ (?: \s+ (?-i: [A-Z] ) [\w'-]+ )? )?
        \s* (?: , \s* (?: and \s+ )? | \s+ and \s+ )
        (?: (?-i: [A-Z] ) [\w'-]+ (?: \s+ (?-i: [A-Z] ) [\w'-]+ )? \s+
          | (?: his | her | their ) \s+ (?-i: [a-z-]+ \s+ ){1,2} )? \Z""",  # "her deputy"
    _FLAGS,
)

# Between a penalty and a bare term an appeal changed it to, in one paragraph: "five years of
# restricted freedom; an appeals court later reduced the term to three years".
_CHANGED = compile_lazily(
    rf"[^\n]{{0,200}}? \b {CHANGE_VERBS} \b (?: \s+ [\w'-]+ ){{0,4}}? \s+ to \s+ \Z", _FLAGS
)


def parallel_kinds(
    text: str, terms: list[TermMatch], penalties: list[Penalty], gap: regex.Pattern[str]
) -> list[Penalty]:
    """A bare term in a parallel list takes the kind of the term before it.

    "three years of restricted freedom for Duisenov and two years for Utegenova": two years of
    restricted freedom, not of prison; so does the new term of an appeal ("reduced the term to
    three years"). ``gap`` matches what stands between the two.
    """
    bare = {m.span.end: m.span.start for m in terms}  # a term's words, and perhaps "до" before
    found: list[Penalty] = []
    for penalty in penalties:
        before = found[-1] if found else None
        if (
            before is not None
            and bare.get(penalty.span.end, penalty.span.end) <= penalty.span.start
            and penalty.sentence.kind is Kind.IMPRISONMENT
            and before.sentence.kind not in (Kind.IMPRISONMENT, Kind.BAN)
            and before.sentence.term is not None
            and gap.match(text, before.span.end, penalty.span.start)
        ):
            kind = before.sentence.kind
            penalty = attrs.evolve(penalty, sentence=attrs.evolve(penalty.sentence, kind=kind))
        found.append(penalty)
    return found


def deemed_conditional(
    text: str, penalties: list[Penalty], deemed: regex.Pattern[str]
) -> list[Penalty]:
    """A prison term that a later sentence of its paragraph deems conditional is suspended.

    "sentenced to eight years of imprisonment ... On the basis of article 63, the punishment is
    to be considered conditional"; "... назначенное наказание считать условным". ``deemed``
    finds the words that say so; the term imposed last before them, within reach, is the one.
    """
    found = list(penalties)
    if not any(p.sentence.kind is Kind.IMPRISONMENT for p in found):
        return found  # nothing to deem: the words are not looked for
    for match in deemed.finditer(text):
        paragraph = text.rfind("\n", 0, match.start()) + 1
        earlier = [
            i
            for i, p in enumerate(found)
            if paragraph <= p.span.start
            and p.span.end <= match.start()
            and match.start() - p.span.end <= _DEEMED_REACH
            and p.sentence.kind in (Kind.IMPRISONMENT, Kind.SUSPENDED)
            and p.sentence.status is Status.IMPOSED
        ]
        if earlier and found[earlier[-1]].sentence.kind is Kind.IMPRISONMENT:
            last = found[earlier[-1]]
            found[earlier[-1]] = attrs.evolve(
                last, sentence=attrs.evolve(last.sentence, kind=Kind.SUSPENDED)
            )
            found = [  # "with the execution of the sentence suspended": no penalty of its own
                p
                for p in found
                if not (
                    p.sentence.kind is Kind.SUSPENDED
                    and p.sentence.term is None
                    and match.start() <= p.span.start < match.end()
                )
            ]
    return found


_DEEMED_REACH = 300  # from a prison term to the words that deem it conditional
# "(decided to) consider the appointed punishment (as) conditional", "the sentence was deemed
# conditional", "considered the sentence suspended"
_DEEMED = compile_lazily(
    r"""(?<! \b (?: not | never | refused \s+ to ) \s+ )  # "did not consider it conditional"
      \b (?: consider | considered | deem | deemed | regard | regarded ) \s+
        (?: (?: the | this | his | her | their ) \s+ )? (?: [\w-]+ \s+ ){0,2}?
        (?: punishment | sentence | penalty | term ) \s+ (?: as \s+ | to \s+ be \s+ )?
        (?: conditional | suspended ) \b
      | \b (?: punishment | sentence | penalty | term ) \s+
        (?: (?: is | was | shall \s+ be | to \s+ be | be ) \s+ )?  # not "was not considered"
        (?: considered | deemed | regarded ) \s+ (?: as \s+ )? conditional \b
      | \b (?: conditional \s+ )? suspension \s+ of \s+ (?: the \s+ )? execution \s+ of \s+
        (?: the \s+ | this \s+ | his \s+ | her \s+ )? (?: prison \s+ )?
        (?: punishment | sentence | penalty | term ) \b  # "with conditional suspension of the
        # execution of the prison sentence"
      | \b execution \s+ of \s+ (?: the \s+ | this \s+ | his \s+ | her \s+ )?
        (?: punishment | sentence | penalty | term ) \s+ (?: (?: was | is | being ) \s+ )?
        suspended \b  # "with the execution of the sentence suspended"
    """,
    _FLAGS,
)


def counted_in_hours(sentence: Sentence) -> Sentence:
    """A term in hours alone, with no kind word, is community work: no prison term counts hours.

    "The prosecutor asked for 300 hours", "Прокурор просил 300 часов".
    """
    term = sentence.term
    if (
        sentence.kind is Kind.IMPRISONMENT
        and isinstance(term, Term)
        and term.hours
        and not (term.years or term.months or term.weeks or term.days)
    ):
        return attrs.evolve(sentence, kind=Kind.COMMUNITY_SERVICE)
    return sentence


_AGAIN_REACH = 400  # how far after an administrative arrest "another 10 days" is one too


def _arrests_again(passage: _Passage, penalties: list[Penalty]) -> list[Penalty]:
    """A bare term in days just after an administrative arrest is one too.

    "was given 15 days of administrative arrest ... and given another 10 days".
    """
    found: list[Penalty] = []
    for penalty in penalties:
        term = penalty.sentence.term
        before = found[-1] if found else None
        if (
            before is not None
            and before.sentence.kind is Kind.ADMINISTRATIVE_ARREST
            and penalty.sentence.kind is Kind.IMPRISONMENT
            and isinstance(term, Term)
            and term.days
            and not (term.years or term.months or term.weeks)
            and penalty.span.start - before.span.end < _AGAIN_REACH
            and _KIND_HINT.search(passage.lower, penalty.span.start, penalty.span.end) is None
        ):
            sentence = attrs.evolve(penalty.sentence, kind=Kind.ADMINISTRATIVE_ARREST)
            penalty = attrs.evolve(penalty, sentence=sentence)
        found.append(penalty)
    return found


def find_sentences(text: str) -> tuple[Found[Sentence], ...]:
    """Return every penalty stated in ``text``, in order of appearance.

    >>> [(f.value.kind.value, f.value.status.value, f.value.term.iso) for f in find_sentences(
    ...     "Prosecutors had sought nine years, but the judge handed him six.")]
    [('imprisonment', 'requested', 'P9Y'), ('imprisonment', 'imposed', 'P6Y')]
    """
    return tuple(
        Found(value=p.sentence, span=p.span, text=text[p.span.start : p.span.end])
        for p in _read(text)[1]
    )


def parse_sentence(text: str) -> Sentence | None:
    """Read a phrase that should state exactly one penalty; anything else is None.

    A bare term is read as imprisonment handed down, as in a table of verdicts.

    >>> parse_sentence("a one-year-nine-month sentence").term.iso
    'P1Y9M'
    >>> parse_sentence("nine years").kind.value
    'imprisonment'
    >>> parse_sentence("four years and a fine") is None
    True
    """
    term = parse_term(text)
    if isinstance(term, (Term, TermRange)):
        return Sentence(kind=Kind.IMPRISONMENT, status=Status.IMPOSED, term=term)
    passage, penalties = _read(text, alone=True)
    if len(penalties) != 1:
        return None
    (penalty,) = penalties
    spare = [m for m in passage.terms if not penalty.span.start <= m.span.start < penalty.span.end]
    return None if spare else penalty.sentence
