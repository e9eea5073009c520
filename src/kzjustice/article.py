"""Articles: from a raw news page to cases, defendants, charges, sentences, dates and source.

``parse_article`` reads the page layout (``_page``), keeps the body, and runs the penalty,
date and charge grammars over it. Each penalty is then given to the person or group it
applies to, read from its sentence: the nearest person before it in its clause ("Zlunyaev was
sentenced to six years", "the court sentenced Akhmetov to six years"), the person after "for"
or "handed to" ("the 17-year sentence handed to Kazybek Kudaibergenov"), the person an elided
term stands next to ("Kasymov got 5 years and Dzhaksybekov 4"), or, for a pronoun, a
definite description ("the former police officer") or none at all ("Prosecutors asked for a
nine-year sentence"), the defendant the article is talking about. Penalties a law provides,
stated with no one to apply to ("torture is punishable by up to 12 years"), are kept apart.

People are named persons (with their age from ", 58," or "a 32-year-old" and their role from
an apposition) and unnamed groups with a count ("three former police officers", "A fourth
defendant", "the remaining 10 defendants"). Judges, lawyers, prosecutors, officials and
researchers are never defendants. Cases are separated where the article moves to another
trial ("In another relatively recent trial", another court, another verdict date).

Out of scope, left for later: people named only in a headline, coreference beyond the
nearest fitting antecedent, and the Russian-language press.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from types import MappingProxyType
from typing import TypeVar

import attrs
import regex

from kzjustice._page import read_page
from kzjustice._text import (
    MATCH_REACH,
    Sentences,
    compile_lazily,
    keyword_trie,
    lowercase,
    normalise,
)
from kzjustice.charges import charge_for, find_charges
from kzjustice.dates import MONTHS, find_dates
from kzjustice.models import (
    AgeRange,
    Article,
    Bound,
    Case,
    Charge,
    DateValue,
    Defendant,
    Found,
    Sentence,
    Source,
    Span,
    Statistic,
    Status,
)
from kzjustice.numbers import NUMBER, NUMBER_LISTS, to_number
from kzjustice.penalties import find_sentences

__all__ = ["parse_article"]

T = TypeVar("T")

_FLAGS = regex.VERBOSE | regex.IGNORECASE

# --- vocabularies --------------------------------------------------------------------------

PERSON_NOUNS = (
    "defendants", "defendant", "co-defendants", "accused", "officers", "officer", "policemen",
    "policeman", "police officers", "police officer", "men", "man", "women", "woman",
    "employees", "employee", "staff", "members", "member", "subordinates", "activists",
    "activist", "protesters", "protester", "residents", "students", "student", "soldiers",
    "soldier", "guards", "guard", "officials", "official", "suspects", "suspect", "minister",
    "head", "chief", "lieutenant", "captain", "sergeant", "investigator", "investigators",
    "akim", "deputy", "director", "mayor", "governor", "journalist", "journalists", "blogger",
    "bloggers", "businessman", "entrepreneur", "teenager", "teenagers", "individual",
    "individuals", "servicemen", "serviceman", "colonel", "major", "general", "commander",
    "inspector", "agents", "agent", "co-defendant", "founder", "founders", "colleague",
    "colleagues", "reporter", "reporters", "editor", "editors", "operative", "operatives",
    "specialist", "specialists", "accountant", "accountants", "engineer", "engineers", "driver",
    "drivers", "cameraman", "camerawoman", "doctor", "doctors", "teacher", "teachers",
    "worker", "workers", "pensioner", "pensioners", "inmate", "inmates", "prisoners",
    "citizens", "manager", "managers", "owner", "owners", "cadets", "nurse", "nurses",
    "policewoman",
)  # fmt: skip
"""Nouns that name the people a group or description is made of."""

GENERIC_NOUNS = (
    "defendants", "defendant", "co-defendants", "accused", "men", "man", "women", "woman",
    "members", "member", "individual", "individuals", "people", "subordinates", "residents",
    "suspects", "protesters", "colleague", "colleagues", "co-defendant", "citizens",
)  # fmt: skip
"""Person nouns that are no role: "three defendants" has none, "three officers" has one."""


CAPITALISED_NOT_NAMES = (
    "kazakhstan", "kazakh", "kyrgyzstan", "kyrgyz", "uzbekistan", "tajikistan", "russia",
    "russian", "turkey", "almaty", "astana", "nur-sultan", "court", "courts", "district",
    "regional", "city", "office", "prosecutor", "prosecutor's", "general", "general's",
    "supreme", "criminal", "code", "human", "rights", "watch", "republic", "national",
    "security", "committee", "interior", "ministry", "president", "prime", "minister", "the",
    "a", "an", "in", "on", "at", "of", "he", "she", "they", "it", "this", "that", "his", "her",
    "their", "according", "after", "before", "while", "although", "reports", "local",
    "judicial", "police", "knb", "article", "part", "bloody", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "each", "both",
    "judge", "lawyer", "state", "investigators", "prosecutors", "when", "where", "who",
    "which", "as", "but", "and", "or", "if", "for", "by", "with", "from", "to", "under",
    "international", "airport", "manas", "istanbul", "bishkek", "region", "department",
    "service", "guard", "army", "military", "agency", "anti-corruption", "union", "osce",
    "un", "eu", "hrw", "tass", "reuters", "eurasianet", "telegram", "facebook", "instagram",
    "youtube", "specialized", "interdistrict", "city's", "kazakhstan's", "many", "some",
    "several", "most", "all", "rights", "activists", "lawyers", "families", "critics",
)  # fmt: skip
"""Capitalised words that are not part of a person's name."""

ORGANISATION_WORDS = (
    "media", "news", "llp", "jsc", "llc", "ltd", "group", "bank", "company", "corporation",
    "monitor", "coalition", "council", "institute", "association", "bureau", "foundation",
    "fund", "centre", "center", "university", "party", "embassy", "parliament", "senate",
    "akimat", "government", "asia", "europe", "federation", "movement", "network",
)  # fmt: skip
"""The last words of organisations and places: the capitalised words before them are no name."""

TRIAL_VERBS = compile_lazily(
    r"""\b (?: convicted | found (?= \s+ (?: [^.;]{0,80}? \s )?? guilty \b ) | sentenced | jailed
             | charged | accused | tried
             | prosecuted | acquitted | on \s+ trial | stands? \s+ trial | indicted
             | faces? \s+ charges | in \s+ the \s+ dock | defendant | alleged \s+ to
             | accusations ) \b""",
    regex.VERBOSE | regex.IGNORECASE,
)
NEW_CASE = compile_lazily(
    r"""\s* (?: [A-Z][\w ]{0,30}, \s* )?
        (?: in \s+ (?: another | a \s+ separate | a \s+ similar | a \s+ different )
               (?: \s+ \w+ ){0,3}? \s+ (?: case | trial | verdict | ruling )
          | separately \b | another \s+ (?: case | trial ) | meanwhile \b | elsewhere \b
          | in \s+ neighbouring \b | in \s+ neighboring \b
          | [^.;]{0,120}? \b (?: go | goes | going ) \s+ on \s+ trial
          | [^.;]{0,120}? \b (?: yet | due ) \s+ to \s+ (?: go \s+ on | stand ) \s+ trial
          | [^.;]{0,120}? \b (?: awaits? | awaiting ) \s+ trial
          | [^.;]{0,120}? \b also \s+ (?: announced | delivered | passed | pronounced
                                       | handed \s+ down ) \s+ (?: a | the ) \s+
            (?: verdict | sentence ) )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
VERDICT = compile_lazily(
    r"""\b (?: sentenc\w* | convict\w* | acquitt\w* | verdicts? | ruled | jailed | upheld
             | cut | reduced | found \s+ (?: [^.;]{0,80}? \s )?? guilty | fined | gave | handed
             | imposed | got | received ) \b""",
    regex.VERBOSE | regex.IGNORECASE,
)
"""Words of a verdict: a sentence with one may give a case its court, place and date."""
TRIAL = compile_lazily(r"\b (?: trials? | tried | proceedings ) \b", regex.VERBOSE | regex.I)
"""Words of a trial: a sentence with one may give a case its court and place, not a date."""
LAW_CONTEXT = compile_lazily(
    r"""\b (?: punishable | under \s+ (?: kazakh \s+ )? law | the \s+ law | criminal \s+ code
             | article \s+ \d+ | carries | provides \s+ for | statute ) \b""",
    regex.VERBOSE | regex.IGNORECASE,
)

# --- patterns ------------------------------------------------------------------------------

_NAME = compile_lazily(
    r"""
    (?= [A-Z] ) (?<! [\w'-] )                          # a capital first, for a fast scan
    (?: [A-Z][a-z]? \. \s* )?                          # an initial: "A. Nurpeisov"
    [A-Z][a-z]+ (?: ['-][A-Z]?[a-z]+ )?                # "Kassym-Jomart", "O'Neil"
    (?: \s+ (?: [A-Z][a-z]? \. \s* )? [A-Z][a-z]+ (?: -[A-Z][a-z]+ )? ){0,3}
    (?! [\w-] )
    """,
    regex.VERBOSE,
)
_GROUP = compile_lazily(
    rf"""
    (?<! [\w-] )
    (?: the \s+ (?= remaining | other ) )?
    (?P<group>
      (?: (?P<determiner> remaining | other | another ) \s+ )?
      (?: (?P<quantity> {NUMBER} | a | an | one ) \s+ (?: of \s+ (?: the | his | her | their )
                                                       \s+ )?
        | (?P<ordinal> a \s+ (?: second | third | fourth | fifth | sixth | seventh | eighth ) ) \s+
      )
      (?: (?: other | remaining | former | ex- | junior | senior | [0-9]+-year-old
            | [a-z]+-year-old | [A-Z]{{2,6}} | [a-z]+ (?= \s+ \L<person_noun> \b ) ) \s+ ){{0,3}}
      (?P<noun> \L<person_noun> ) \b
      (?: \s+ of \s+ (?: the \s+ )? (?: [A-Z][\w-]* \s+ ){{0,3}} (?: region \s+ )?
          (?: police \s+ force | police | group | ministry | department | committee )
        | \s+ in \s+ the \s+ dock )?
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    person_noun=PERSON_NOUNS,
    **NUMBER_LISTS,
)
# "and one was acquitted": a bare number standing for people; "and acquitted a third". Anchored
# on the verb, which is rarer than numbers, and read leftwards or rightwards.
_BARE_GROUP = compile_lazily(
    rf"""(?<= (?<! [\w-] ) (?P<group> (?P<quantity> {NUMBER} ) ) \s+ ) (?: was | were ) \s+
         (?: acquitted | sentenced | jailed | fined | given | released | convicted ) \b
       | \b (?: acquitted | sentenced | jailed | fined | convicted | cleared ) \s+
         (?P<group> a \s+ (?: second | third | fourth | fifth | sixth ) ) (?= \s* [.,;] )""",
    _FLAGS,
    **NUMBER_LISTS,
)
_PRONOUN = compile_lazily(
    r"""\b (?P<pronoun> he | she | each | both | they | them ) \b
      | (?P<pronoun> \b the \s+ (?: former \s+ | ex- )? (?: police \s+ )?
                     (?: defendant | accused | man | woman | individual | person | ex-leader
                       | officer | head | chief | minister | founder | director | editor
                       | journalist | blogger | activist | akim | mayor | governor | commander
                       | businessman | entrepreneur ) \b )""",
    regex.VERBOSE,
)  # run on lower-cased text
_PERSON_NOUN = compile_lazily(rf"\b{keyword_trie(PERSON_NOUNS, whole=True)}\b")  # lower case
_AGE_AFTER = compile_lazily(r"\A , \s* (?P<age> [0-9]{1,3} ) \s* ,", regex.VERBOSE)
_AGE_BEFORE = compile_lazily(r"(?r) (?P<age> [0-9]{1,3} ) - year - old \s+ \Z", regex.VERBOSE)
_AGE_RANGE = compile_lazily(
    r"\A ,? \s* (?: ranging \s+ from | aged ) \s+ (?P<low> [0-9]{1,3} ) \s+ (?: to | - ) \s+"
    r" (?P<high> [0-9]{1,3} ) (?: \s+ years \s+ old )?",
    regex.VERBOSE,
)
_APPOSITION = compile_lazily(
    r"""\A (?: , \s* [0-9]{1,3} \s* )? , \s* (?: (?: a | an | the ) \s+ )?
        (?: (?P<age> [0-9]{1,3} ) -year-old \s+ )? (?: former \s+ | ex- )?
        (?P<role> [a-z][\w-]* (?: \s+ (?: of | for | in | at )? \s* (?: the \s+ )? [\w'-]+ ){0,8}? )
        \s* (?= , | \. | ; | \s+ (?: who | whom | whose | which | that | was | were | has
                                   | had ) \b )""",
    regex.VERBOSE,
)
_ROLE_APPOSED = compile_lazily(
    r"""(?r) (?: \b (?: [Tt]he | [Aa] | [Aa]n ) \s+ | \b former \s+ | ^ | [.,;:\n] \s* )
        (?: former \s+ )?
        (?P<role> (?! (?: former | second | third | fourth | fifth | sixth | another | other ) \b )
                  [a-z][\w-]* (?: \s+ [a-z][\w-]* ){0,2}
                  (?: \s+ of \s+ (?: the \s+ )? [\w'-]+ (?: \s+ (?! of \b ) [\w'-]+ ){0,5}
                    (?: \s+ of \s+ [\w'-]+ (?: \s+ (?! of \b ) [\w'-]+ ){0,3} )? )? )
        ,? \s+ \Z""",
    regex.VERBOSE,
)  # "the director of Teplo-Service LLP, M. Kaliyev", "former village council chairman X"
_ROLE_BEFORE = compile_lazily(
    r"(?r) (?P<role> (?: (?i: \L<role_modifier> ) \s+ )? [A-Za-z][a-z-]+ ) \s* ,? \s+ \Z",
    regex.VERBOSE,
    role_modifier=[
        "police",
        "army",
        "junior",
        "senior",
        "deputy",
        "taxi",
        "wrestling",
        "border",
        "prison",
        "military",
        "customs",
        "tax",
        "bank",
        "football",
        "state",
        "defence",
        "defense",
        "regional",
        "district",
        "city",
        "duty",
    ],
)  # "entrepreneur Kazybek Kudaibergenov", "police captain Yerzhan Abdikarimov"
_SERVING_AS = compile_lazily(
    r"""\b (?: serving | served | working | worked ) \s+ as \s+ (?: the \s+ )?
        (?P<role> [a-z][\w-]* (?: \s+ [\w'-]+ ){0,6}? ) (?= \s* [,.;] )""",
    regex.VERBOSE,
)
_FOR_AFTER = compile_lazily(
    r"""\s* (?: (?: handed | given | imposed | passed ) (?: \s+ down )? \s+ )?
        (?: to | for | on | of ) \s+""",
    regex.VERBOSE,
)
_NOT_A_CHARGE = compile_lazily(
    r"""(?r) \b (?: bans? | banned | prohibition | prohibited | citing | cited | saying | said
                 | calling | called | describ\w* | quoting | right ) \b [^.;"]{0,25} \Z""",
    _FLAGS,
)  # words before a quote that make it something other than a charge's name
_QUOTED = compile_lazily(r'"(?P<quote>[^"\n]{3,80}?)[,.]?"')
_CHARGE_CONTEXT = compile_lazily(
    r"""(?r) \b (?: guilty \s+ of | charges? \s+ of | charged \s+ with | convicted \s+ of
                 | accused \s+ of | under | for | of | and | on \s+ charges \s+ of )
        [^.;]{0,60} \Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
_MONTH_NAMES = tuple(name.capitalize() for name in MONTHS)  # "March": no court's or place's name
_COURT = compile_lazily(
    r"""(?<! [\w-] ) (?: (?: an? | the ) \s+ )?
        (?P<court>
          (?: (?! (?: The | A | An | This | That | Its | His | Her ) \s ) [A-Z][\w'-]+ \s+ ){1,3}
          (?: (?: [Dd]istrict | [Rr]egional | [Cc]ity | [Mm]ilitary | [Ii]nterdistrict
                | [Cc]riminal | [Ss]upreme | [Aa]ppeals? | [Ss]pecialized | [Aa]dministrative )
              \s+ ){0,3} [Cc]ourt (?: \s+ No\. \s* [0-9]+ )?  # "Pavlodar city court No. 2"
          (?: \s+ of \s+ (?! \L<month> \b )                                 # "Court of Almaty",
              (?P<named> [A-Z][\w-]+ (?: \s+ (?! \L<month> \b ) [A-Z][\w-]+ ){0,2}  # "of East
                         (?: \s+ [Rr]egion \b )? ) )?                           # Kazakhstan Region"
        | (?: (?: specialized \s+ )? administrative | district | regional | city | military
            | appeals? | supreme ) \s+ court )
        (?: \s+ in \s+ (?: the \s+ (?: \w+ \s+ ){0,2} city \s+ of \s+ )?
            (?! \L<month> \b ) (?P<place> [A-Z][\w-]+ ) )?""",
    regex.VERBOSE,
    month=_MONTH_NAMES,
)
_PLACE = compile_lazily(
    r"""\b (?: (?: in \s+ )? the \s+ (?: \w+ \s+ ){0,2} city \s+ of
             | (?: trial | proceedings | hearing ) s? \s+ (?: \w+ \s+ ){0,3}? in
             | court \s+ in ) \s+ (?: Kazakhstan's \s+ )?
        (?! \L<month> \b ) (?P<place> [A-Z][\w-]+ (?: \s+ region \b )? )""",
    regex.VERBOSE,
    month=_MONTH_NAMES,
)
_PLACE_LEAD = compile_lazily(
    r"""[^\w]* (?: [A-Z]\w+ \s+ )? [Ii]n \s+ (?! \L<month> \b ) (?P<place> [A-Z][\w-]+ ) \s* ,""",
    regex.VERBOSE,
    month=_MONTH_NAMES,
)  # at a sentence's start: "In Shymkent, seven police officers ...", "Yesterday in Almaty, ..."
STATISTIC_NOUNS = (
    "people", "persons", "individuals", "protesters", "defendants", "officers", "officials",
    "employees", "citizens", "residents", "detainees", "deaths", "cases", "convicts",
    "prisoners", "complaints", "verdicts", "killed", "convicted", "detained", "injured",
    "wounded", "arrested", "victims", "policemen", "servicemen", "soldiers", "journalists",
    "activists", "bloggers", "lawyers", "men", "women", "children", "students", "supporters",
    "appeals",
)  # fmt: skip
"""What an aggregate figure counts: "238 people", "423 convicted", "139 deaths"."""

# Anchored on what is counted, which is rarer than numbers, and read leftwards to the figure;
# run on lower-cased text.
_STATISTIC = compile_lazily(
    rf"""
    \b {keyword_trie(STATISTIC_NOUNS, whole=True)} \b
    (?<= (?: (?P<bound> nearly | almost | about | around | approximately | some | roughly
                      | at \s+ least | more \s+ than | over | up \s+ to | fewer \s+ than
                      | less \s+ than | a \s+ total \s+ of ) \s+ )?
         (?<! [\w.,-] )
         (?P<figure> [0-9]{{1,3}} (?: ,[0-9]{{3}} )+ | [0-9]+ | \L<unit_word> | \L<teen_word>
                   | \L<tens_word> (?: - \L<unit_word> )? )
         (?! [\w,.-] | \s+ (?: years? | months? | days? ) )
         \s+ (?P<words> (?: [a-z][\w-]* \s+ ){{0,4}}? ) [a-z]+ )
    (?P<tail> (?: \s+ and \s+ (?: others | [a-z]+ (?= \s+ (?: have | has | were | are ) \b ) ) )?
              (?: \s+ (?: (?: have | has | had ) \s+ (?: since \s+ )? been | were | was | are
                          | have | had | lost ) \s+ [a-z]+ (?: \s+ their \s+ lives )? )? )
    """,
    regex.VERBOSE,
    ignore_unused=True,
    **NUMBER_LISTS,
)
_BOUNDS = MappingProxyType({"nearly": Bound.APPROX, "almost": Bound.APPROX, "about": Bound.APPROX,
           "around": Bound.APPROX, "approximately": Bound.APPROX, "some": Bound.APPROX,
           "roughly": Bound.APPROX, "at least": Bound.AT_LEAST, "more than": Bound.MORE_THAN,
           "over": Bound.MORE_THAN, "up to": Bound.AT_MOST, "fewer than": Bound.AT_MOST,
           "less than": Bound.AT_MOST})  # fmt: skip


@attrs.define
class _Person:
    """A defendant being assembled: a named person or an unnamed group."""

    first: int  # where the article first mentions them
    name: Span | None = None
    group: Span | None = None
    count: int = 1
    age: tuple[int, Span] | None = None
    age_range: tuple[AgeRange, Span] | None = None
    role: Span | None = None
    charges: list[tuple[Charge, Span]] = attrs.Factory(list)
    sentences: list[Found[Sentence]] = attrs.Factory(list)
    seen: list[int] = attrs.Factory(list)  # where the article mentions them, in order
    tried: int | None = None  # where the article first reports them tried or sentenced
    case: _Case | None = None
    excluded: bool = False  # a judge, a lawyer, a victim: never a defendant
    same_charge: bool = False  # "convicted on the same charges" as someone else

    @property
    def plural(self) -> bool:
        return self.name is None and self.count > 1

    def has_seen(self, offset: int) -> bool:
        index = bisect.bisect_left(self.seen, offset)
        return index < len(self.seen) and self.seen[index] == offset

    def see(self, offset: int) -> None:
        if not self.has_seen(offset):
            bisect.insort(self.seen, offset)

    def last_seen_before(self, offset: int) -> int | None:
        index = bisect.bisect_left(self.seen, offset)
        return self.seen[index - 1] if index else None

    def first_seen_from(self, offset: int) -> int | None:
        index = bisect.bisect_left(self.seen, offset)
        return self.seen[index] if index < len(self.seen) else None


@attrs.frozen
class _Mention:
    span: Span
    kind: str  # "name", "surname", "group", "pronoun"
    text: str


@attrs.define(eq=False)
class _Case:
    court: Span | None = None
    place: Span | None = None
    date: Found[DateValue] | None = None
    place_from_court: bool = False  # "Almaty district court": the place is in its name
    future: bool = False  # a trial still to come: "three activists are set to go on trial"
    same_charge: bool = False  # the article says its defendants faced the same charges


class _Reader:
    """Reads the body of one article, sentence by sentence."""

    def __init__(self, text: str, body: tuple[Span, ...], published: datetime.date | None):
        self.text = text
        self.body = body
        self.masked = _mask(text, body)
        self.sentences = Sentences(self.masked)
        self.people: list[_Person] = []
        self.by_name: dict[str, _Person] = {}  # by surname: the last person who bears it
        self.by_full_name: dict[str, _Person] = {}
        self.cases: list[_Case] = []
        self.dates = find_dates(self.masked, reference=published)
        self.date_starts = [d.span.start for d in self.dates]
        self.penalties = find_sentences(self.masked)
        self.taken = [d.span for d in self.dates] + [p.span for p in self.penalties]
        self.described_by: dict[int, _Mention] = {}
        self.mentions = self._mentions()
        self.mention_starts = [m.span.start for m in self.mentions]
        self.laws: list[Found[Sentence]] = []
        self.context = _Case()  # the court, place and date the article is talking about
        self.context_set_at = -1  # the sentence that last named them
        for mention in self.mentions:  # everyone named or described, in order
            if mention.kind != "pronoun":
                self.person_of(mention)

    # --- mentions --------------------------------------------------------------------------

    def _mentions(self) -> list[_Mention]:
        found: list[_Mention] = []
        lower = lowercase(self.masked)
        for match in _NAME.finditer(self.masked):
            found.extend(self._names(match))
        taken = _Spans(self.taken)
        for match in self._groups(lower):
            span = Span(*match.span("group"))
            if not taken.holds(span.start):
                found.append(_Mention(span=span, kind="group", text=match["group"]))
        for match in _PRONOUN.finditer(lower):
            if match["pronoun"] == "each" and _ADVERB_EACH.search(
                self.masked, max(0, match.start() - 12), match.start()
            ):
                continue  # "were each given": an adverb
            span = Span(*match.span("pronoun"))
            found.append(
                _Mention(span=span, kind="pronoun", text=self.masked[span.start : span.end])
            )
        quoted = _Spans([Span(*q.span()) for q in _QUOTED.finditer(self.masked)])
        found = [m for m in found if not quoted.holds(m.span.start)]
        found.sort(key=lambda m: (m.span.start, -m.span.end))
        kept: list[_Mention] = []
        for mention in found:  # a longer mention wins over one inside it
            if kept and mention.span.start < kept[-1].span.end:
                continue
            kept.append(mention)
        mentions, self.described_by = _appositions(kept, self.masked)
        return mentions

    def _groups(self, lower: str) -> list[regex.Match[str]]:
        """Groups and descriptions, read only around the person nouns they end in."""
        found: list[regex.Match[str]] = [*_BARE_GROUP.finditer(self.masked)]
        covered = 0
        for noun in _PERSON_NOUN.finditer(lower):
            if noun.end() <= covered:
                continue
            start = max(covered, noun.start() - _GROUP_REACH)
            end = min(len(lower), noun.end() + _GROUP_REACH)
            # A group may start in the window and run past it: "of the criminal police".
            for match in _GROUP.finditer(self.masked, start, min(len(lower), end + 60)):
                if match.start() >= end:
                    break
                if match.end() > covered:
                    found.append(match)
                    covered = match.end()
            covered = max(covered, noun.end())
        return found

    def _names(self, match: regex.Match[str]) -> list[_Mention]:
        """Split a run of capitalised words into the names it holds."""
        words = list(_CAPITALISED.finditer(match[0]))
        names: list[_Mention] = []
        run: list[regex.Match[str]] = []
        for word in [*words, None]:
            bare = word[0].lower().removesuffix("'s") if word is not None else ""
            if bare in ORGANISATION_WORDS:
                run = []  # "Ayan Media", "Shygys Zhol Kurylys LLP": an organisation
                continue
            if word is not None and bare not in CAPITALISED_NOT_NAMES and bare not in _ROLES:
                run.append(word)
                continue
            if (
                run
                and word is None
                and _COURT_NEXT.match(self.masked, match.end(), match.end() + MATCH_REACH)
            ):
                run = []  # "Auezov district court": the court's name
            if run:
                start = match.start() + run[0].start()
                end = match.start() + run[-1].end()
                piece = self.masked[start:end].removesuffix("'s")
                end = start + len(piece)
                kind = "name" if len(run) > 1 or "." in piece else "surname"
                names.append(_Mention(span=Span(start, end), kind=kind, text=piece))
            run = []
        return names

    def person_of(self, mention: _Mention) -> _Person | None:
        """The person a mention stands for; None for nobody, or for a judge or a lawyer."""
        if mention.kind == "pronoun":
            person = self._antecedent(mention)
        elif mention.kind in ("name", "surname"):
            person = self._named(mention)
        else:
            person = self._group(mention)
        if person is None or person.excluded:
            return None
        if not person.has_seen(mention.span.start):
            person.see(mention.span.start)
            person.first = min(person.first, mention.span.start)  # "the founder ..., X"
        return person

    def _named(self, mention: _Mention) -> _Person | None:
        key = mention.text.split()[-1].lower()
        full = " ".join(mention.text.lower().split())
        person = self.by_full_name.get(full) or self.by_name.get(key)
        if person is not None and mention.kind == "name" and person.name is not None:
            known = self.masked[person.name.start : person.name.end]
            if not _same_given_name(known, mention.text):
                person = None  # "Yerlan Kadyrbekov" after "Nurbol Kadyrbekov": his cousin
        if person is None:
            if mention.kind == "surname" and not _looks_like_surname(mention.text):
                return None
            person = _Person(first=mention.span.start, name=mention.span)
            self._describe(person, mention)
            self.by_name[key] = person
            self.people.append(person)
        else:
            if mention.kind == "name" and person.name is not None:
                known = self.masked[person.name.start : person.name.end]
                if len(mention.text) > len(known):
                    person.name = mention.span  # the full name, where the surname came first
            self.by_name[key] = person
            if not person.has_seen(mention.span.start) and (
                person.age is None or person.role is None
            ):
                self._describe(person, mention, first=False)  # "Zhanuzakov, 51, who headed"
        if mention.kind == "name":
            self.by_full_name[full] = person
        return person

    def _group(self, mention: _Mention) -> _Person | None:
        match = _GROUP.fullmatch(mention.text) or _BARE_GROUP.search(
            self.masked, mention.span.start, mention.span.end + MATCH_REACH
        )
        count = 1
        if match is not None and match["quantity"]:
            quantity = match["quantity"].lower()
            number = 1.0 if quantity in ("a", "an") else to_number(quantity)
            count = int(number) if number else 1
        for person in reversed(self.people):  # "three defendants" after "three officers"
            if (
                person.name is None
                and person.count == count
                and count > 1
                and person.tried is not None
                and mention.span.start - person.seen[-1] < 600
            ):
                return person
        if mention.span.start in self._groups_at:
            return self._groups_at[mention.span.start]
        person = _Person(first=mention.span.start, group=mention.span, count=count)
        self._describe(person, mention)
        self._groups_at[mention.span.start] = person
        self.people.append(person)
        return person

    @functools.cached_property
    def _groups_at(self) -> dict[int, _Person]:
        return {}

    def _antecedent(self, mention: _Mention) -> _Person | None:
        """The person a pronoun or definite description refers back to.

        "he", "she": the last person mentioned; "they", "each": the last group; "the former
        head": the last person so described, else the last person.
        """
        word = mention.text.lower()
        plural = word in ("each", "both", "they", "them") or word.endswith("s")
        noun = word.split()[-1] if word.startswith("the ") else None
        best: tuple[int, _Person] | None = None
        for person in self.people:
            if person.excluded:
                continue
            last = person.last_seen_before(mention.span.start)
            if last is None or plural != person.plural:
                continue
            if noun is not None and person.group is not None:
                described = self.masked[person.group.start : person.group.end].lower()
                if noun in described.split():
                    return self._described(noun, mention.span.start) or person
            if best is None or last > best[0]:
                best = (last, person)
        if best is None and noun is not None:  # "sentenced the founder of a news site ...
            return self._named_after(mention.span.start)  # ... Bakyt Sydykov, 46, who ..."
        return None if best is None else best[1]

    def _named_after(self, start: int) -> _Person | None:
        """The first person named after ``start``, within the paragraph after it."""
        index = bisect.bisect_right(self.mention_starts, start)
        for mention in self.mentions[index : index + 12]:
            if mention.span.start - start > _PARAGRAPH:
                break
            if mention.kind == "name":
                person = self.by_full_name.get(" ".join(mention.text.lower().split()))
                if person is not None and not person.excluded:
                    return person
        return None

    def _described(self, noun: str, before: int) -> _Person | None:
        """The last person whose description has ``noun``: "the former head"."""
        found = [
            (last, person)
            for person in self.people
            if not person.excluded
            and person.group is not None
            and (last := person.last_seen_before(before)) is not None
            and noun in self.masked[person.group.start : person.group.end].lower().split()
        ]
        return max(found, key=lambda item: item[0])[1] if found else None

    def _describe(self, person: _Person, mention: _Mention, *, first: bool = True) -> None:
        """Read age, age range and role from around a mention; the first may exclude them."""
        text = self.masked
        start, end = mention.span.start, mention.span.end
        after = text[end : end + 200]
        before = text[max(0, start - 80) : start]
        inside = _YEAR_OLD.search(mention.text)
        age = _AGE_AFTER.match(after)
        age_before = _AGE_BEFORE.search(before)
        if person.age is not None:
            pass
        elif inside:
            offset = start + inside.start()
            person.age = (int(inside["age"]), Span(offset, offset + len(inside[0])))
        elif age:
            person.age = (int(age["age"]), Span(end + age.start("age"), end + age.end("age")))
        elif age_before:
            offset = start - len(before)
            person.age = (
                int(age_before["age"]),
                Span(offset + age_before.start(), offset + age_before.end("age") + 9),
            )
        ages = _AGE_RANGE.match(after)
        if ages and int(ages["low"]) <= int(ages["high"]):
            span = Span(end + ages.start("low") - len("ranging from "), end + ages.end())
            span = Span(max(span.start, end), span.end)
            person.age_range = (AgeRange(low=int(ages["low"]), high=int(ages["high"])), span)
        if first and _NOT_DEFENDANT_BEFORE.search(before):
            person.excluded = True
        role = _APPOSITION.match(after)
        if role and role["age"] and person.age is None:  # ", a 47-year-old kindergarten teacher"
            person.age = (int(role["age"]), Span(end + role.start("age"), end + role.end("age")))
        if person.role is not None:
            pass
        elif role and _is_role(role["role"]):
            if first and _NOT_DEFENDANT_ROLE.match(role["role"]):
                person.excluded = True
            else:
                person.role = Span(end + role.start("role"), end + role.end("role"))
        if mention.kind == "name" and person.role is None:
            found = (_ROLE_APPOSED.search(before), _ROLE_BEFORE.search(before))
            before_role = next((m for m in found if m is not None and _is_role(m["role"])), None)
            if before_role is not None:
                offset = start - len(before)
                person.role = Span(
                    offset + before_role.start("role"), offset + before_role.end("role")
                )
                if first and _NOT_DEFENDANT_ROLE.match(before_role["role"]):
                    person.excluded = True
        if mention.kind == "group" and person.role is None:
            match = _GROUP.fullmatch(mention.text)
            if match and match["noun"].lower() not in GENERIC_NOUNS:
                person.role = _group_role(mention, match)
        description = self.described_by.get(mention.span.start)
        if description is not None:  # "A 26-year-old student, Timur Ospanov"
            inside = _YEAR_OLD.search(description.text)
            if inside and person.age is None:
                offset = description.span.start + inside.start()
                person.age = (int(inside["age"]), Span(offset, offset + len(inside[0])))
            match = _GROUP.fullmatch(description.text)
            if person.role is None and match and match["noun"].lower() not in GENERIC_NOUNS:
                person.role = _group_role(description, match)

    # --- reading the body, sentence by sentence --------------------------------------------

    def read(self) -> None:
        """Link trials and penalties to people, and people to cases, in the order of the text."""
        penalties = iter(self.penalties)
        pending = next(penalties, None)
        for sentence_start, sentence_end in self._body_sentences():
            self._update_context(sentence_start, sentence_end)
            linked = self._tried_in(sentence_start, sentence_end)
            for _, person in linked:
                self._try(person, sentence_start)
            in_sentence: list[Found[Sentence]] = []
            while pending is not None and pending.span.start < sentence_end:
                if pending.span.start >= sentence_start:
                    in_sentence.append(pending)
                pending = next(penalties, None)
            linked += self._sentence_penalties(in_sentence, sentence_start, sentence_end)
            self._give_charges(sentence_start, sentence_end, linked)
        self._roles_from_context()

    def _give_charges(self, start: int, end: int, linked: list[tuple[int, _Person]]) -> None:
        """Give each charge a sentence names to the person named just before it."""
        if not linked:
            return
        linked.sort(key=lambda item: item[0])
        same = _SAME_CHARGE.search(self.masked, start, end) is not None
        for _, person in linked:
            person.same_charge = person.same_charge or same
            if same and person.case is not None:
                person.case.same_charge = True  # "tried alongside him on the same charges"
        for charge, span in self._charges(start, end):
            before = [(position, person) for position, person in linked if position <= span.start]
            last = before[-1][0] if before else linked[0][0]
            for position, person in linked:  # "Both were convicted of ...": each of them
                if position == last and not any(_same_charge(c, charge) for c, _ in person.charges):
                    person.charges.append((charge, span))

    def _body_sentences(self) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for span in self.body:
            position = span.start
            while position < span.end:
                start, end = self.sentences.around(position)
                start, end = max(start, span.start), min(end, span.end)
                if end <= position:
                    break
                found.append((start, end))
                position = end
        return found

    def _update_context(self, start: int, end: int) -> None:
        """Take the court, place or verdict date a sentence names as the current context.

        A new context begins with a new-case phrase ("In another relatively recent trial") or
        with a court, place or date that differs from the current one; otherwise the sentence
        fills in what the current context lacks ("a district court" becomes "the Al-Farabi
        district court").
        """
        court = _COURT.search(self.masked, start, end)
        if court is not None and _HYPOTHETICAL.search(self.masked, start, court.start()):
            court = None  # "the family would ask the Supreme Court to review the case"
        place = _PLACE.search(self.masked, start, end) or _PLACE_LEAD.match(self.masked, start, end)
        new_case = NEW_CASE.match(self.masked, start, end)
        verdict = VERDICT.search(self.masked, start, end)
        if not new_case and not verdict and not TRIAL.search(self.masked, start, end):
            return  # "prosecutors asked the appeal court": no trial of its own
        if not (court or place or new_case):
            return
        found = _Case(future=_FUTURE_TRIAL.search(self.masked, start, end) is not None)
        if court:
            found.court = Span(*court.span("court"))
            place_group = next(
                (g for g in ("place", "named") if court[g] and not _is_country(court[g])), None
            )
            if place_group is not None:
                found.place = Span(*court.span(place_group))
            else:
                first = court["court"].split()[0]
                if first[0].isupper() and _is_place_word(first):
                    found.place = Span(court.start("court"), court.start("court") + len(first))
                    found.place_from_court = True
        if (
            place
            and (found.place is None or found.place_from_court)
            and not _is_country(place["place"])
        ):
            found.place_from_court = False
            found.place = Span(*place.span("place"))
        anchor = court or place
        if anchor is not None and verdict:
            date = self._nearest_date(start, end, anchor.start(), main_clause=True)
            if date is not None and _near(date.span, Span(*anchor.span())):
                found.date = date
        current = self.context
        self.context_set_at = start
        if new_case or self._conflicts(found, current):
            self.context = found
            return
        if found.court is not None and (
            current.court is None or _generic(self.masked, current.court)
        ):
            current.court = found.court
        current.place = current.place or found.place
        current.date = current.date or found.date

    def _conflicts(self, found: _Case, current: _Case) -> bool:
        text = self.masked
        if current.future and not found.future and found.date is not None:
            return True  # a verdict told after a trial still to come is another trial's
        if (
            found.court
            and current.court
            and _text_of(text, found.court) != _text_of(text, current.court)
        ):
            generic = _generic(text, found.court) or _generic(text, current.court)
            if not (generic and _court_type(text, found.court) == _court_type(text, current.court)):
                return True
        places = (None, None) if found.place_from_court else (found.place, current.place)
        for mine, theirs in (places, (found.date, current.date)):
            if (
                mine is not None
                and theirs is not None
                and _text_of(text, mine) != _text_of(text, theirs)
            ):
                return True
        return False

    def _nearest_date(
        self, start: int, end: int, anchor: int, *, main_clause: bool = False
    ) -> Found[DateValue] | None:
        low = bisect.bisect_left(self.date_starts, start)
        high = bisect.bisect_left(self.date_starts, end)
        candidates = [
            d
            for d in self.dates[low:high]
            if not (
                main_clause
                and _SUBORDINATE.search(self.masked, max(start, d.span.start - 100), d.span.start)
            )
        ]  # a court's date is not "who launched the site in 2016", "where 21 people died in"
        if not candidates:
            return None
        return min(candidates, key=lambda d: abs(d.span.start - anchor))

    def _tried_in(self, start: int, end: int) -> list[tuple[int, _Person]]:
        """The people a sentence reports as tried, charged or convicted, with where."""
        found: list[tuple[int, _Person]] = []
        for verb in TRIAL_VERBS.finditer(self.masked, start, end):
            mention = self._mention_next_to(verb.start(), verb.end(), start, end)
            if mention is None:
                continue
            person = self.person_of(mention)
            people = [person] if person is not None else self._pair(mention)
            for person in people:
                if all(person is not p for _, p in found):
                    found.append((mention.span.start, person))
        return found

    def _pair(self, mention: _Mention) -> list[_Person]:
        """The two people "Both" or "they" stands for when no group does: the last two named."""
        if mention.kind != "pronoun" or mention.text.lower() not in ("both", "they"):
            return []
        named: list[tuple[int, _Person]] = []
        for person in self.people:
            last = person.last_seen_before(mention.span.start)
            if person.name is None or person.excluded or last is None:
                continue
            if mention.span.start - last < _PARAGRAPH:
                named.append((last, person))
        named.sort(key=lambda item: item[0])
        return [person for _, person in named[-2:]]

    def _mention_next_to(
        self, verb_start: int, verb_end: int, start: int, end: int
    ) -> _Mention | None:
        """The subject just before a verb ("X was convicted") or its object after it."""
        index = bisect.bisect_left(self.mention_starts, verb_end)
        for mention in self.mentions[index : index + 2]:
            gap = self.masked[verb_end : mention.span.start]
            if mention.span.start < end and _OBJECT_GAP.fullmatch(gap):
                return mention
        index = bisect.bisect_left(self.mention_starts, verb_start)
        for mention in reversed(self.mentions[max(0, index - 3) : index]):
            if mention.span.start < start:
                break
            gap = self.masked[mention.span.end : verb_start]
            if _SUBJECT_GAP.fullmatch(gap):
                return mention
        return None

    def _try(self, person: _Person, start: int) -> None:
        if person.tried is None:
            person.tried = start
        if person.case is None:
            person.case = self._case_for(person, start)

    def _case_for(self, person: _Person, start: int) -> _Case:
        """The case a newly tried person belongs to: the current one, or a new one."""
        context = self.context
        if not self.cases or (self.cases[-1] is not context and context not in self.cases):
            self.cases.append(context)
        return self.cases[-1] if context in self.cases else context

    def _sentence_penalties(
        self, penalties: list[Found[Sentence]], start: int, end: int
    ) -> list[tuple[int, _Person]]:
        linked: list[tuple[int, _Person]] = []
        previous: _Person | None = None
        respective = self._respectively(penalties, start, end)
        for index, penalty in enumerate(penalties):
            if penalty.value.status is Status.POSSIBLE and _LAW_STATEMENT.search(
                self.masked, start, penalty.span.start
            ):
                self.laws.append(penalty)  # "the law under which he was convicted provides for"
                continue
            person = respective[index] if respective else None
            person = person or self._applies_to(
                penalty, penalties[index - 1] if index else None, start, end
            )
            if person is None and previous is not None:
                person = previous  # "sentenced to five years (the prosecution had requested six)"
            if person is None:
                if penalty.value.status is Status.POSSIBLE and LAW_CONTEXT.search(
                    self.masked, start, end
                ):
                    self.laws.append(penalty)
                    continue
                if _EXCLUDED_SUBJECT.search(self.masked, start, penalty.span.start):
                    continue  # "fewer than 20 officers have been imprisoned": a statistic
                person = self._salient(penalty.span.start, start)
            if person is None:
                continue
            if person.case is None and penalty.value.status is Status.IMPOSED:
                date = self._nearest_date(start, end, penalty.span.start)
                current = self.context.date
                if (
                    date is not None
                    and _near(date.span, penalty.span)
                    and current is not None
                    and date.value != current.value
                    and self.context_set_at != start  # not the verdict this sentence tells
                ):
                    # "such as the 17-year sentence handed to X in November 2022": another trial
                    person.case = _Case(date=date)
                    self.cases.append(person.case)
            self._try(person, start)
            first = person.first_seen_from(start)
            linked.append(
                (penalty.span.start if first is None else min(first, penalty.span.start), person)
            )
            case = person.case
            if case is not None and case.date is None and penalty.value.status is Status.IMPOSED:
                date = self._nearest_date(start, end, penalty.span.start)
                opening = _OPENING_DATE.match(self.masked, start, end)
                if date is not None and (
                    _near(date.span, penalty.span)  # "sentenced him to six years on November 16"
                    or (opening is not None and date.span.start == opening.end())  # "On 16.04"
                ):
                    case.date = date
            if not any(
                s.span == penalty.span or s.value == penalty.value for s in person.sentences
            ):
                person.sentences.append(penalty)  # each distinct penalty once
            previous = person
        return linked

    def _respectively(
        self, penalties: list[Found[Sentence]], start: int, end: int
    ) -> list[_Person | None]:
        """People and penalties paired in order: "X and Y received 6 and 5 years respectively"."""
        if len(penalties) < 2 or not _RESPECTIVELY.search(self.masked, start, end):
            return []
        index = bisect.bisect_left(self.mention_starts, penalties[0].span.start)
        people: list[_Person | None] = []
        for mention in self.mentions[:index]:
            if mention.span.start >= start and mention.kind in ("name", "surname", "group"):
                person = self.person_of(mention)
                if person is not None and person not in people:
                    people.append(person)
        return people[-len(penalties) :] if len(people) >= len(penalties) else []

    def _applies_to(
        self, penalty: Found[Sentence], before: Found[Sentence] | None, start: int, end: int
    ) -> _Person | None:
        # "the 17-year sentence handed to entrepreneur Kazybek Kudaibergenov", "for X"
        after = _FOR_AFTER.match(self.masked, penalty.span.end, end)
        verb = _VERB_ANCHOR.fullmatch(penalty.text)
        if after or verb:  # "handed to X", "for X", "acquitted X"
            position = after.end() if after else penalty.span.end
            mention = self._first_mention(position, min(position + 90, end))
            if mention is not None and _OBJECT_GAP.fullmatch(
                self.masked[position : mention.span.start]
            ):
                person = self.person_of(mention)
                if person is not None:
                    return person
        floor = before.span.end if before is not None else start
        index = bisect.bisect_left(self.mention_starts, penalty.span.start)
        for mention in reversed(self.mentions[max(0, index - 8) : index]):
            if mention.span.start < floor:
                break
            if mention.span.end <= penalty.span.start:
                person = self.person_of(mention)
                if person is not None:
                    return person
        return None

    def _first_mention(self, start: int, end: int) -> _Mention | None:
        index = bisect.bisect_left(self.mention_starts, start)
        for mention in self.mentions[index : index + 1]:
            if mention.span.start < end:
                return mention
        return None

    def _salient(self, start: int, sentence_start: int) -> _Person | None:
        """The defendant the article is talking about at ``start``: the last one mentioned.

        Named people count whenever mentioned; groups only once reported tried.
        """
        best: tuple[int, _Person] | None = None
        for person in self.people:
            if person.excluded or (person.name is None and person.tried is None):
                continue
            last = person.last_seen_before(start)
            if last is not None and start - last < 2500 and (best is None or last > best[0]):
                best = (last, person)
        return None if best is None else best[1]

    def _charges(self, start: int, end: int) -> list[tuple[Charge, Span]]:
        found: list[tuple[Charge, Span]] = []
        for quote in _QUOTED.finditer(self.masked, start, end):
            context = _CHARGE_CONTEXT.search(
                self.masked, max(start, quote.start() - 60), quote.start()
            )
            if context is None or _NOT_A_CHARGE.search(
                self.masked, max(start, quote.start() - 30), quote.start()
            ):
                continue  # "a ban on "social and political activity"", "citing "positive ...""
            found.append((charge_for(quote["quote"]), Span(*quote.span("quote"))))
        for charge in find_charges(self.masked[start:end]):
            span = Span(start + charge.span.start, start + charge.span.end)
            if any(s.start <= span.start < s.end for _, s in found):
                continue
            found.append((charge.value, span))
        found.sort(key=lambda item: item[1].start)
        return found

    def _roles_from_context(self) -> None:
        """Roles stated away from a name: "while serving as head of police for the region"."""
        for person in self.people:
            if person.role is not None or person.name is None:
                continue
            for seen in person.seen:
                end = min(self.sentences.around(seen)[1], seen + _ATTACH)
                serving = _SERVING_AS.search(self.masked, seen, end)
                if serving and _is_role(serving["role"]):
                    person.role = Span(*serving.span("role"))
                    break

    # --- results ---------------------------------------------------------------------------

    def defendants(self) -> list[tuple[_Case, list[_Person]]]:
        """The cases, each with its defendants in order of first mention."""
        people = [p for p in self.people if not p.excluded and p.tried is not None]
        people = [p for p in people if p.sentences or p.name is not None]
        grouped: dict[int, list[_Person]] = {}
        order: list[_Case] = []
        for person in sorted(people, key=lambda p: p.first):
            case = person.case or _Case()
            if id(case) not in grouped:
                grouped[id(case)] = []
                order.append(case)
            grouped[id(case)].append(person)
        result = [(case, grouped[id(case)]) for case in order]
        for case, members in result:
            # Co-defendants share the charges of a group tried with them, or of anyone when
            # the article says "on the same charges"; a person's own charges are their own.
            from_group = next((m.charges for m in members if m.charges and m.name is None), [])
            from_anyone = next((m.charges for m in members if m.charges), [])
            for member in members:
                if not member.charges:
                    same = member.same_charge or case.same_charge
                    member.charges = list(from_anyone if same else from_group)
        return result

    def statistics(self, groups: list[Span]) -> list[Found[Statistic]]:
        """Aggregate figures the body states, apart from the defendants' own groups."""
        found: list[Found[Statistic]] = []
        lower = lowercase(self.masked)
        skip = _Spans([*groups, *self.taken])
        figures: set[int] = set()  # "120 complaints of torture from people": one figure
        for match in _STATISTIC.finditer(lower):
            figure = to_number(match["figure"])
            if figure is None or figure < 2 or figure != int(figure):
                continue
            if match.start("figure") in figures:
                continue
            figures.add(match.start("figure"))
            if skip.holds(match.start("figure")) or any(
                match.start("figure") <= g.start < match.end() for g in groups
            ):
                continue  # a defendant group, a date, a term
            start = match.start("figure")
            if _TRIAL_OBJECT.search(self.masked, max(0, start - 60), start):
                continue  # "sentenced five former police officers": the defendants
            bound_text = " ".join((match["bound"] or "").split())
            if bound_text == "over" and not match["figure"][0].isdigit():
                bound_text = ""  # "over three deaths": a preposition
            bound = _BOUNDS.get(bound_text)
            counts = self.masked[match.start("words") : match.end()].strip()
            begin = match.start("bound") if bound is not None else start
            statistic = Statistic(figure=int(figure), counts=counts, bound=bound)
            span = Span(begin, match.end())
            found.append(Found(value=statistic, span=span, text=self.text[begin : match.end()]))
        return found


_ROLES = frozenset(
    {
        "judge",
        "lawyer",
        "defendant",
        "journalist",
        "blogger",
        "activist",
        "entrepreneur",
        "student",
        "officer",
        "investigator",
        "prosecutor",
        "president",
        "minister",
        "deputy",
        "mayor",
        "governor",
        "akim",
        "sergeant",
        "lieutenant",
        "captain",
        "colonel",
        "general",
        "major",
        "commander",
        "director",
        "chairman",
        "head",
        "chief",
    }
)
_RESPECTIVELY = compile_lazily(r"\b respectively \b", _FLAGS)
_FUTURE_TRIAL = compile_lazily(
    r"""\b (?: (?: go | goes | going ) \s+ on \s+ trial | (?: set | due | yet ) \s+ to \s+
             (?: go \s+ on | stand ) \s+ trial | awaits? \s+ trial | awaiting \s+ trial ) \b""",
    _FLAGS,
)
_OPENING_DATE = compile_lazily(r"[^\w]* (?: on | in ) \s+", _FLAGS)  # "On 16.04.2024 N. S. was"
# Words before a court that make it one the article only anticipates.
_HYPOTHETICAL = compile_lazily(
    r"""(?r) \b (?: would | will | plans? \s+ to | intends? \s+ to | ask | asks | asking
                 | appeal \s+ to | appeals \s+ to | petition\w* | complain\w* \s+ to )
        \b [^.;]{0,40} \Z""",
    _FLAGS,
)
# The start of a clause a date may stand in that is not the verdict's: "who launched it in 2016".
_SUBORDINATE = compile_lazily(
    r"""(?r) \b (?: who | whom | whose | which | where | when | while | after | since
                 | following | before ) \b [^,;.()]* \Z""",
    _FLAGS,
)
# A statement of the law just before a penalty: the law, not a defendant, is its subject.
_LAW_STATEMENT = compile_lazily(
    r"""(?r) \b (?: law | article | code | statute | offen[cs]e | crime ) \b [^.;]{0,80}
        \b (?: provides? \s+ for | carr(?:y|ies) | envisages? | stipulates? | prescribes?
             | punishable ) \b [^.;]{0,40} \Z""",
    _FLAGS,
)
# A figure as the subject of a penalty: a statistic, not a defendant to give it to.
_EXCLUDED_SUBJECT = compile_lazily(
    r"""\b (?: (?: fewer | more | less ) \s+ than | at \s+ least | nearly | almost | some )
        \s+ [0-9][0-9,]* \s+ (?: [\w-]+ \s+ ){1,2} (?: have | has | had | were ) \b""",
    _FLAGS,
)
_COURT_NEXT = compile_lazily(
    r"\s+ (?: (?: district | city | regional | military | inter-?district | garrison ) \s+ )+"
    r" court \b",
    _FLAGS,
)
_SAME_CHARGE = compile_lazily(
    r"\b same \s+ (?: charges? | articles? | offen[cs]es? | counts? ) \b", _FLAGS
)
_CAPITALISED = compile_lazily(r"(?:[A-Z][a-z]?\.\s*)?[A-Z][\w'-]+")
_YEAR_OLD = compile_lazily(r"(?P<age>[0-9]{1,3})-year-old")
_COMMA = compile_lazily(r"\s*,\s*")
_DEFINITE_BEFORE = compile_lazily(
    r"""(?r) (?: ^ | (?<= [.;:] \s+ ) | (?<= \n ) ) [Tt]he \s+
        (?P<group> (?: [\w'-]+ \s+ ){0,3}? \L<person_noun> (?: \s+ of \s+ [^,.;]{1,60}? )? )
        \s* , \s* \Z""",
    regex.VERBOSE | regex.MULTILINE,
    person_noun=PERSON_NOUNS,
)  # "The chief specialist of the department's procurement division, " at a sentence start
_COMMA_AGE = compile_lazily(r"\s*,\s*(?:[0-9]{1,3}\s*,\s*)?")
_OF = compile_lazily(r"\s+(?:of|for|in|at)\s+")
_SURNAME = compile_lazily(r"(?:ov|ova|ev|eva|yev|yeva|iev|uly|kyzy|in|ina|enko)(?:'s)?\Z")
_WORD = compile_lazily(r"[\w'-]+")
_ATTACH = 300  # how far from a mention a role stated away from the name may stand
_PARAGRAPH = 600  # about a paragraph: how far a description or "Both" reaches for its people
_GROUP_REACH = 90  # how far before its noun a group's count and words may start


class _Spans:
    """Sorted spans, to ask quickly whether an offset falls in one."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]

    def holds(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return any(s.start <= offset < s.end for s in self.spans[max(0, index - 3) : index + 1])


_ADVERB_EACH = compile_lazily(r"\b (?: were | are | was | is | been ) \s+ \Z", _FLAGS)
# Before a mention, words that make it no defendant: a judge, a victim, a statistic ("fewer than
# 20 officers have been imprisoned").
_NOT_DEFENDANT_BEFORE = compile_lazily(
    r"""(?: \b (?: judge | lawyer | attorney | advocate | prosecutor | president | researcher
                | spokes\w+ | ombudsman | victims? \b [^.;]{0,60} | death \s+ of | killing \s+ of
                | murder \s+ of | said | told | according \s+ to
                | fewer \s+ than | more \s+ than | less \s+ than | at \s+ least | nearly
                | almost | about | around | over | some | up \s+ to ) [\s,]* \Z )""",
    _FLAGS,
)
_NOT_DEFENDANT_ROLE = compile_lazily(
    r"""(?: [\w-]+ \s+ ){0,3} (?: judge | lawyer | attorney | advocate | prosecutor | researcher
                                | spokes\w+ | ombudsman | shepherd | victim | witness | defender )
        \b""",
    _FLAGS,
)
_OBJECT_GAP = compile_lazily(
    r"""\s* (?: (?: the | a | an | his | her ) \s+ [^,.;]{0,60} , \s*
             | (?: (?: the | a | an ) \s+ )? (?: [a-z][\w-]* \s+ ){0,2} )?""",
    regex.VERBOSE,
)  # "acquitted a former police investigator, Marat Zhumabayev", "handed to entrepreneur X"
_VERB_ANCHOR = compile_lazily(r"acquitted | jailed | imprisoned | fined", _FLAGS)
_SUBJECT_GAP = compile_lazily(
    r"""(?: \s* , \s* [^,.;]{1,160} (?= , ) ){0,3} \s* ,? \s*   # ", 51, who headed ... time,"
        (?: (?: has | have | had | been | was | were | is | are | also | later | then | not
              | already | since | subsequently | reportedly | both | each | all | due | to | go
              | goes | set | expected | scheduled ) \s+ ){0,6}""",
    _FLAGS,
)
_TRIAL_OBJECT = compile_lazily(
    r"""(?: \b (?: sentenced | convicted | tried | jailed | acquitted | charged ) \s+
          | \b (?: (?: case | verdict | charges ) \s+ against | verdicts? \s+ (?: to | for | on )
                | convictions \b [^.;]{0,30} \b of )
            \s+
          | \b the \s+ ) \Z""",
    _FLAGS,
)  # "sentenced five former police officers", "the four officers convicted this week"


def _appositions(mentions: list[_Mention], text: str) -> tuple[list[_Mention], dict[int, _Mention]]:
    """Drop a description that only stands beside a name: "A fourth officer, Daniyar B.".

    Returns the mentions kept, and for each name the description that stood before it.
    """
    kept: list[_Mention] = []
    described_by: dict[int, _Mention] = {}
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        previous = kept[-1] if kept else None
        if (
            mention.kind == "group"
            and following is not None
            and following.kind == "name"
            and _COMMA.fullmatch(text[mention.span.end : following.span.start])
        ):
            described_by[following.span.start] = mention
            continue  # "A 26-year-old student, Timur Ospanov"
        if mention.kind == "group" and previous is not None and previous.kind == "name":
            gap = text[previous.span.end : mention.span.start]
            if _COMMA_AGE.fullmatch(gap):
                continue  # "Yerlan Saparov, 47, a former deputy head of ..."
        definite = (
            _DEFINITE_BEFORE.search(text, max(0, mention.span.start - 120), mention.span.start)
            if mention.kind == "group" and mention.text[:2].lower() in ("a ", "an")
            else None
        )
        if (
            definite is not None
            and previous is not None
            and previous.kind == "pronoun"
            and previous.span.start >= definite.start()
        ):
            kept.pop()  # "The chief" inside "The chief specialist of ..."
            previous = kept[-1] if kept else None
        if definite is not None and (previous is None or previous.span.end <= definite.start()):
            # "The chief specialist of the division, a 31-year-old woman, was sentenced": the
            # first phrase names her, the second describes her
            span = Span(*definite.span("group"))
            kept.append(_Mention(span=span, kind="group", text=text[span.start : span.end]))
            described_by[span.start] = mention
            continue
        kept.append(mention)
    return kept, described_by


def _is_role(words: str) -> bool:
    """A role: a few words ending in a noun for a person's job or rank."""
    head = _OF.split(words.strip())[0].split()
    if not head or len(words.split()) > 10:
        return False
    noun = head[-1].lower().rstrip("s")
    if noun in GENERIC_NOUNS or noun + "s" in GENERIC_NOUNS:
        return False  # "Defendant Zh. Sultanbekova": no role
    return noun in _ROLE_NOUNS or (len(noun) > 5 and noun.endswith(_ROLE_ENDINGS))


_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "man", "woman")  # teacher, investigator


_ROLE_NOUNS = frozenset({
    "officer", "head", "chief", "lieutenant", "captain", "sergeant", "investigator", "akim",
    "deputy", "director", "mayor", "governor", "journalist", "blogger", "businessman",
    "entrepreneur", "teacher", "doctor", "driver", "coach", "welder", "student", "minister",
    "official", "colonel", "general", "major", "commander", "inspector", "guard", "soldier",
    "activist", "employee", "staff", "policeman", "policemen", "judge", "lawyer", "prosecutor",
    "researcher", "shepherd", "worker", "engineer", "manager", "chairman", "accountant",
    "pensioner", "farmer", "imam", "banker", "spokesman", "spokeswoman", "advocate",
    "attorney", "defender", "ombudsman", "nurse", "surgeon", "servicem", "serviceman",
    "rector", "adviser", "advisor", "agent", "analyst", "musician", "singer", "writer",
    "mechanic", "private", "cook", "clerk", "chef", "mullah", "cleric", "pastor", "poet",
    "boxer", "miner", "wrestler", "athlete", "courier", "editor", "reporter", "founder",
    "operative", "specialist", "cameraman", "camerawoman", "businesswoman", "owner", "ranger",
})  # fmt: skip


def _generic(text: str, span: Span) -> bool:
    return not any(word[0].isupper() for word in text[span.start : span.end].split()[:-1])


def _court_type(text: str, span: Span) -> str:
    """The kind of court: "regional", "district"; an appeals court is a regional or city one."""
    words = text[span.start : span.end].lower().split()
    kind = words[-2] if len(words) > 1 else ""
    return "regional" if kind in ("appeal", "appeals", "city") else kind


_PLACE_WORDS_NOT = frozenset(
    {"military", "district", "regional", "city", "supreme", "appeals", "appeal"}
)


def _near(one: Span, other: Span) -> bool:
    """Whether two spans stand within a short clause of each other."""
    return max(one.start, other.start) - min(one.end, other.end) < 60


def _is_country(word: str) -> bool:
    return word.lower().rstrip("'s") in {
        "kazakhstan",
        "kyrgyzstan",
        "uzbekistan",
        "tajikistan",
        "russia",
        "turkmenistan",
        "kazakh",
    }


def _is_place_word(word: str) -> bool:
    return word.lower() not in _PLACE_WORDS_NOT and not word.isupper()


def _same_given_name(known: str, other: str) -> bool:
    """Whether two names with one surname can name one person.

    "Nurbol Kadyrbekov", "N. Kadyrbekov" and "Kadyrbekov" can; "Yerlan Kadyrbekov" cannot.
    """
    first, second = known.split()[:-1], other.split()[:-1]
    if not first or not second:
        return True
    a, b = first[0].rstrip("."), second[0].rstrip(".")
    return a == b or ((len(a) <= 2 or len(b) <= 2) and a[0] == b[0])


def _looks_like_surname(word: str) -> bool:
    """A lone capitalised word that is a Central Asian or Slavic surname: "Kudebayev"."""
    return _SURNAME.search(word) is not None


_NOT_ROLE_WORDS = frozenset(
    {
        "former",
        "more",
        "further",
        "several",
        "other",
        "remaining",
        "ex",
        "the",
        "a",
        "an",
        "of",
        "his",
        "her",
        "their",
        "another",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
    }
)


def _group_role(mention: _Mention, match: regex.Match[str]) -> Span:
    """The role of a group: its words after the count, without "former" or "other"."""
    words = list(_WORD.finditer(mention.text))
    start_index = 0
    for i, word in enumerate(words):
        lower = word[0].lower()
        if lower in _NOT_ROLE_WORDS or to_number(lower) is not None or lower.endswith("-year-old"):
            start_index = i + 1
        else:
            break
    begin = mention.span.start + words[min(start_index, len(words) - 1)].start()
    return Span(begin, mention.span.end)


def _text_of(text: str, item: Span | Found[DateValue]) -> str:
    span = item.span if isinstance(item, Found) else item
    return text[span.start : span.end].lower()


def _same_charge(a: Charge, b: Charge) -> bool:
    return (a.key is not None and a.key == b.key) or a.text.lower() == b.text.lower()


def _mask(text: str, body: tuple[Span, ...]) -> str:
    """Blank out everything outside the body, keeping line breaks and every offset."""

    def blank(piece: str) -> str:
        return "\n".join(" " * len(line) for line in piece.split("\n"))

    pieces: list[str] = []
    position = 0
    for span in body:
        pieces.append(blank(text[position : span.start]))
        pieces.append(text[span.start : span.end])
        position = span.end
    pieces.append(blank(text[position:]))
    return "".join(pieces)


def _found(text: str, value: T, span: Span) -> Found[T]:
    return Found(value=value, span=span, text=text[span.start : span.end])


def _found_str(text: str, span: Span | None) -> Found[str] | None:
    return None if span is None else _found(text, text[span.start : span.end], span)


def parse_article(
    text: str, *, published: datetime.date | None = None, url: str | None = None
) -> Article:
    r"""Read one news article, as pasted or scraped, into its records.

    >>> article = parse_article(
    ...     "date 2023-04-04 Court jails ex-officer\n\nA court in Taldykorgan on March 18 "
    ...     "sentenced Serik Kudebayev, 58, a former police chief, to nine years in prison.")
    >>> article.source.published, article.cases[0].defendants[0].name.text
    (datetime.date(2023, 4, 4), 'Serik Kudebayev')
    >>> article.cases[0].defendants[0].sentences[0].value.term.iso
    'P9Y'

    Args:
        text: the article, with any page furniture around it.
        published: the publication date, when known; it wins over one read from the text.
        url: where the article came from; recorded as given.
    """
    normal = normalise(text)
    page = read_page(normal)
    date = published if published is not None else page.published.value if page.published else None
    reader = _Reader(normal, page.body, date)
    reader.read()
    cases = reader.defendants()
    groups = [p.group for p in reader.people if p.group is not None and p.sentences]
    source = Source(
        outlet=_found_str(text, page.outlet.span) if page.outlet else None,
        author=_found_str(text, page.author.span) if page.author else None,
        title=_found_str(text, page.title.span) if page.title else None,
        url=url,
        published=date,
        published_evidence=(
            None
            if published is not None or page.published is None
            else _found_str(text, page.published.span)
        ),
    )
    return Article(
        source=source,
        cases=tuple(_case(text, case, members) for case, members in cases),
        dates=tuple(_reslice(text, d) for d in reader.dates),
        statistics=tuple(_reslice(text, s) for s in reader.statistics(groups)),
        laws=tuple(_reslice(text, law) for law in reader.laws),
    )


def _reslice(text: str, found: Found[T]) -> Found[T]:
    """The same value, with its evidence sliced from the caller's text."""
    return _found(text, found.value, found.span)


def _case(text: str, case: _Case, members: list[_Person]) -> Case:
    return Case(
        court=_found_str(text, case.court),
        place=_found_str(text, case.place),
        date=_reslice(text, case.date) if case.date else None,
        defendants=tuple(_defendant(text, person) for person in members),
    )


def _defendant(text: str, person: _Person) -> Defendant:
    return Defendant(
        count=person.count,
        name=_found_str(text, person.name),
        group=_found_str(text, person.group),
        age=_found(text, *person.age) if person.age else None,
        age_range=_found(text, *person.age_range) if person.age_range else None,
        role=_found_str(text, person.role),
        charges=tuple(_found(text, charge, span) for charge, span in person.charges),
        sentences=tuple(
            _reslice(text, s) for s in sorted(person.sentences, key=lambda s: s.span.start)
        ),
    )
