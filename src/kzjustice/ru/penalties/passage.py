"""One Russian text being read: its terms, kind words and status cues, and what governs each."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from types import MappingProxyType

import regex

from kzjustice._text import (
    MATCH_REACH,
    Sentences,
    compile_lazily,
    keyword_trie,
    lowercase,
    normalise,
)
from kzjustice.models import Kind, Status
from kzjustice.penalties.shared import LIST, list_lead
from kzjustice.ru.penalties.vocabulary import CUE_REACH, FLAGS, KIND_PHRASES
from kzjustice.ru.terms import scan

_OBJECT = (
    r"(?: (?: ему | ей | им | его | ее | их | [А-ЯЁ][\w-]+ (?: \s+ [А-ЯЁ][\w-]+ ){0,2} ) \s+ )"
)
"""A person between a verb and what it governs: "просил назначить ему", "лишить Иванова"."""
_ASKED_VERB = r"""(?: назнач\w* | приговор\w* | лишить | определить | да(?:ть|вать)
                    | избрать | оштрафовать | осудить | применить )"""
"""What the prosecution asks the court to do: "просил назначить", "потребовал приговорить"."""

_PROPOSING = r"(?: прошу | просим | предлага\w* )"
"""A prosecutor's first person proposing the operative words: "прошу признать X виновным"."""
_ASKING = r"(?: просил\w* | попросил\w* | потребовал\w* | требу (?: ет | ют ) | запросил\w* )"
"""A request's verb before the operative words: "потребовал признать X виновным и приговорить"."""

STATUS_CUES: Mapping[Status, str] = MappingProxyType(
    {
        Status.REQUESTED: rf"""
        (?: запрос\w* | запраш\w+ | прос (?: ил | ила | ило | или | ит | ят | ил\w* ) | попрос\w+
          | прошу | потребова\w+ | затребова\w+ | требова\w+ | треб (?: ует | уют ) | настаива\w+
          | настоял\w*
          | предлож (?: ил | ила | ило | или | ит | ат | ено )
          | предлага (?: ю | ет | ем | ют | л\w* ) | ходатайств\w+ | добива\w+
          | (?: призвал\w* | призыва\w+ | хот (?: ят | ел\w* | ит ) )  # "хотят посадить"
            (?= \s+ (?: (?: суд | суда ) \s+ )? {_OBJECT}? (?: {_ASKED_VERB} | посадить ) ) )
        (?: \s+ (?: (?: суд | суда | у \s+ суда ) \s+ )? (?: для \s+ \w+ \s+ )? {_OBJECT}?
            {_ASKED_VERB} )?    # "просил суд назначить ему", "запросил для него"
        # a request's next sentence, with its verb left out: "Подсудимым X и Y назначить 25 и
        # 22 года"; not a court's or the law's: "решил назначить", "может назначить"
        | (?<! \b (?: решил\w* | решено | постановил\w* | мо (?: жет | гут | г | гла | гли )
                  | смож\w+ | вправе | намерен\w* | долж\w+ | обязан\w* | следует | нужно
                  | необходимо | будет | будут | планиру\w+ | собира\w+ ) \s+ (?: \w+ \s+ ){{0,2}} )
          (?<! (?: (?<! \b (?: {_PROPOSING} | {_ASKING} ) \b [^.;!?»]{{0,80}} ) \b признать \b
                 | « | \b окончательно \b )  # nor a verdict's operative part: "«Признать
               (?: (?! \b {_PROPOSING} \b ) [^.;!?»] ){{0,200}} )  # X
          # виновным … и назначить ему …», огласила судья"; a prosecutor's is: "«предлагаю суду
          # X признать виновным … и назначить ему восемь лет"
          (?: назначить | приговорить ) \b
    """,
        Status.POSSIBLE: r"""
        гроз (?: ит | ят | ило | ил | ила | или | ящ\w* ) | свет (?: ит | ило ) | риску\w+
        | мо (?: жет | гут | г | гла | гло | гли ) \s+ (?: быть \s+ )? (?: \w+ \s+ )?
          (?: получить | грозить | лишить | приговорить | назначить | сесть | провести | дать
            | приговорен\w* | осужден\w* | лишен\w* | назначен\w* | наказан\w* | оштрафован\w*
            | повлечь | составить | светить )
        | предусматрива\w+ | наказыва\w+ | карает\w* | карают\w*
        | предусмотрен\w*+ (?! \s+ (?: пунктом | п \. | частью | ч \. | статьей | ст \. ) )  # not
          # the crime's article: "правонарушения, предусмотренного пунктом 2 части 4 статьи"
        | влеч (?: ет | ут )
        | санкци\w+ | вплоть \s+ до
        | (?<! \b (?: получил\w* | получат | назначил\w* | назначен\w* | приговорил\w* | дал\w*
                   | определил\w* ) \s+ (?: \w+ \s+ )? )  # "получили максимальные сроки":
          максимальн\w+ \s+ (?: наказани\w+ | срок\w* )  # imposed, the most of them
        | (?<= \b при \s+ ) максимальн\w+  # "к 15 годам при максимальных 20"
    """,
        Status.IMPOSED: r"""
        приговор (?: ил\w* | ен\w* | ив | ят | ившего | ивший ) | приговор (?: а | ом | е | у )? \b
        | осуд (?: ил\w* | ят ) | осужден\w* | назнач (?: ил\w* | ен\w* | ено | ат | ают )
        | получ (?: ил\w* | ит | ат | ает | ают ) | да (?: л | ла | ли | дут | ст ) \b
        | отправ (?: ил\w* | ят | ится | ятся ) | провед (?: ет | ут ) | отбуд (?: ет | ут )
        | отбыва (?: ть | ет | ют ) | ся (?: дет | дут ) | лиш (?: ил\w* | ен (?: а | ы | о )? \b )
        | оштрафова\w+ | отделал (?: ся | ась | ись )
        | определил\w* | определен[оаы]? \b | постановил\w* | заочно | оставил\w* | смягчил\w*
        | снизил\w* | (?: смягч | сниж | сокращ ) ен\w*
        | сократил\w* | заменил\w* | изменил\w* | ужесточил\w* | увеличил\w* | отменил\w*
        | (?: приговарива | осужда | назнача | снижа | смягча | сокраща | заменя | изменя
            | отменя | оставля ) (?: ет | ют | л | ла | ли ) \b  # a timeline's present, "снижает
                                       # срок"; the imperfect past, "его уже приговаривали к"
        | избрал\w* | наказан (?: а | ы | о )? \b | наказал\w* | вердикт\w*
        | вынес (?: ла | ли | ло | ет | ут )? \b  # "вынесли решение о штрафе"
          (?= \s+ (?: \w+ \s+ )? (?: решени\w* | постановлени\w* ) \b )
        | ограничил (?: ся | ась | ись )
        | признал\w* \s+ виновн\w+ | признан\w* \s+ виновн\w+
        | вступил\w* \s+ в \s+ (?: законную \s+ )? силу | обжал\w+ | апелляци\w+
        | (?<= \b (?: решил\w* | постановил\w* | решено ) \s+ )  # "решил снизить срок до"
          (?: смягчить | снизить | сократить | заменить | изменить | назначить | приговорить
            | оштрафовать | оправдать ) \b
    """,
    }
)
"""What decides a penalty's status: the nearest of these before it, else the first after it."""

# A list's lead that tells a verdict, so its items' terms are imposed: "Виновными признаны:",
# "Осуждены:", "Приговор:".
_VERDICT_LEAD = compile_lazily(
    r"\b (?: признан\w* \s+ виновн\w+ | виновн\w+ \s+ признан\w* | осужден\w* | приговор\w* ) \b",
    FLAGS,
)

_ACQUITTAL = r"""
    оправда (?: л | ла | ли | н | на | ны | но ) \b | оправдыва (?: ет | ют ) \b
  | оправдательн\w+ \s+ (?: приговор\w* | вердикт\w* ) | оправдав \b
  | вердикт\w* \s+ о \s+ невиновности \b  # "приняли вердикт о невиновности подсудимых"
  | признал\w* \s+ (?: \w+ \s+ ){0,3}? невиновн\w+
  | признан\w* \s+ невиновн\w+
  | оправданн\w+ (?= \s+ (?: стал | стала | стали | оказался | оказалась | оказались ) \b )
  | (?<= \b (?: стал | стала | стали | оказался | оказалась | оказались ) \s+ ) оправданн\w+
  | оправданн (?: ого | ой | ому | ым | ых | ый | ая | ую )
    (?= \s+ (?: ранее \s+ )? (?: судом | судами | присяжными | коллегией ) \b )
"""  # "Единственным оправданным стал X"; not "оправданный риск"
_LICENCE = r"водительск\w+ \s+ удостоверени\w+"  # "лишали водительского удостоверения"
_ANCHOR = compile_lazily(
    rf"""
      (?P<acquittal> \b (?: {_ACQUITTAL} ) )
    | (?P<ban> \b (?: (?: пожизненн\w+ \s+ )? запрет (?: ом | а | у | е )? \b
                   | запрети (?: л\w* | в ) \b
                   | (?: не \s+ (?: сможет | смогут ) | нельзя (?: \s+ будет )? )  # "он не
                     (?= \s+ (?: занимать | заниматься | работать | управлять ) \b )  # сможет
                                                                   # занимать должности"
                   | запрещ (?: ено | ен | ена | ены ) \b
                     (?= \s+ (?: (?: (?: на | в \s+ течение ) \s+ )? (?: \w+ \s+ ){{1,3}}? )?
                         \w+ (?: ть | ться ) \b )  # "запрещено (в течение) 5 лет создавать"
                   | (?: лишени\w+ | лишен\w* ) \s+ (?: права | (?P<ban_right> {_LICENCE} ) )
                   | (?: лиш[иа]л\w* | лишить ) \s+ (?: \w+ \s+ ){{0,4}}?  # "лишить его на
                     # пять лет права занимать"
                     (?: права | (?P<ban_right> {_LICENCE} ) )
                   | (?: лишил\w* | лишен\w* | лишени\w+ ) \s+ (?: (?! водительск ) \w+ \s+ )?
                     (?P<ban_right> (?: водительск\w+ \s+ )? прав ) \b  # "лишили его прав"
                   | (?P<ban_right> (?: водительск\w+ \s+ )? прав[ао]?  # the right first:
                                    (?: \s+ (?! лиш | (?: его | ее | их | он | она | они ) \b )
                                        [\w-]+ ){{0,5}}? )
                     \s+ (?: (?: его | ее | их | он | она | они ) \s+ )?  # "права
                     (?: лишен\w* | лишил\w* ) \b ) )  # управления автомобилем он лишен"
    | (?P<life_imprisonment> \b пожизненн\w+ \s+
                             (?: лишени\w+ \s+ свободы | заключени\w+ | срок\w* )
                           | \b пожизненно \b
                             (?! \s+ (?: \w+ \s+ )? (?: запрет\w* | запрещ\w* | лишен\w* \s+ права
                                                        | лишил\w* ) )
                           | (?<= \b (?: к | на ) \s+ ) пожизненному \b
                           | (?<= \b (?: получил\w* | получит | дали | дал | назначил\w*
                                     | назначено | просил\w* | запросил\w* | запрашива\w*
                                     | потребовал\w* | требовал\w* ) \s+ (?: \w+ \s+ ){{0,2}} )
                             пожизненное \b  # "получил пожизненное", "просил для него пожизненное"
                           | (?: \A | (?<= \n ) ) пожизненное (?= \s+ для \b ) )  # a headline
    | (?P<non_custodial> \b {KIND_PHRASES[Kind.NON_CUSTODIAL]} )
    | (?P<fine> \b (?: штраф (?: а | у | ом | е | ы | ов | ам | ами | ах )? \b
                       (?! \s* санкци | \s* стоянк )
                     | оштрафова\w+ ) )
    | (?P<suspended> \b (?: {KIND_PHRASES[Kind.SUSPENDED]} ) )
    | (?P<restricted_freedom> \b {KIND_PHRASES[Kind.RESTRICTED_FREEDOM]} )
    | (?P<community_service> (?<! привлечени\w* \s+ к \s+ )  # restricted freedom's condition
                            \b {KIND_PHRASES[Kind.COMMUNITY_SERVICE]} )
    | (?P<correctional_labour> \b {KIND_PHRASES[Kind.CORRECTIONAL_LABOUR]} )
    | (?P<administrative_arrest> \b административн\w+ \s+ арест\w* \b )
    | (?P<imprisonment> \b (?: (?<= \b к \s+ ) лишению \s+ свободы | реальн\w+ \s+ срок\w*
                            | (?<= \b (?: в | за ) \s+ ) (?: колонию | тюрьму | решетку ) ) \b )
    """,
    FLAGS,
)
"""Kind words that stand as penalties of their own, with no term."""

_SENTENCE_STOP = compile_lazily(r"[.!?\n]")  # what ends a sentence where ";" does not
_DASH_BEFORE = compile_lazily(r"[-\u2013\u2014] \s* (?: по \s+ | к \s+ | на \s+ )? \Z", FLAGS)
"""A dash before a term, which continues a list of penalties: "а для X — по 5 лет"."""
_FOR_WHOM_DASH = compile_lazily(  # a sentence with no verb, only for whom and a dash
    r"\s* (?: а \s+ )? для \s+ [^.;!?\n]{1,100}? \s [-\u2013\u2014] \s* (?: по \s+ )?", FLAGS
)

_CUE = compile_lazily(
    "|".join(rf"(?P<{status.value}> \b (?: {cue} ) )" for status, cue in STATUS_CUES.items()),
    FLAGS,
)

# The first letters of every status cue and kind word: found first in lower case, they say where
# to try the patterns (tests/test_ru_penalties.py checks that they miss none).
CUE_HINTS = (
    "запрос", "запраш", "прос", "прошу", "призва", "хот", "попрос", "потребова", "затребова",
    "требова", "треб",
    "настаива", "настоял",
    "предлож", "предлага", "ходатайств", "добива", "гроз", "свет", "риску", "мо", "предусматрива",
    "предусмотрен", "наказыва", "карает", "карают", "влеч", "санкци", "максимальн", "вплоть",
    "приговор", "осуд", "осужден", "назнач", "получ", "да", "отправ", "провед", "отбуд",
    "отбыва", "ся", "лиш", "оштрафова", "определ", "постановил", "заочно", "оставил",
    "смягчил", "снизил", "сократил", "заменил", "изменил", "ужесточил", "увеличил", "отменил",
    "избрал", "наказан", "наказал", "вердикт", "ограничил", "признал", "признан", "вступил",
    "обжал", "апелляци", "отделал", "смягч", "сниж", "сокращ", "приговарива", "осужда", "заменя",
    "изменя", "отменя", "оставля", "снизить", "сократить", "заменить", "изменить", "оправдать",
    "вынес",
)  # fmt: skip
KIND_HINTS = (
    "оправда", "оправдыва", "признал", "признан", "вердикт", "пожизненн", "запрет", "запрещ",
    "лишени",
    "лишен", "лишил", "лишить", "лишал", "не связанн", "штраф", "оштрафова", "условн",
    "ограничени", "общественн", "обязательн", "исправительн", "принудительн", "административн",
    "реальн", "колонию", "тюрьму", "решетку", "домашн", "хими", "прав", "водительск",
    "не смож", "нельзя",
)  # fmt: skip
_CUE_HINT = compile_lazily(r"\b(?:" + keyword_trie(CUE_HINTS) + ")")
_KIND_HINT = compile_lazily(r"\b(?:" + keyword_trie(KIND_HINTS) + ")")


class Passage:
    """One text being read: its normalised copy, sentences, terms, status cues and kind words."""

    verdict_lead = _VERDICT_LEAD

    def __init__(self, text: str) -> None:
        self.text = normalise(text)
        self.sentences = Sentences(self.text)
        self.terms = list(scan(self.text))
        self.term_starts = [m.span.start for m in self.terms]
        lower = lowercase(self.text)
        self.anchors: list[regex.Match[str]] = []
        for hint in _KIND_HINT.finditer(lower):
            if self.anchors and hint.start() < self.anchors[-1].end():
                continue
            anchor = _ANCHOR.match(self.text, hint.start(), hint.start() + MATCH_REACH)
            if anchor is not None:
                self.anchors.append(anchor)
        self.lower = lower
        # the lists after a colon, from the colon to the end of the last item: the cues of
        # their lead are read too ("Суд назначил:\n- X - 10 лет;\n- Y - восемь лет")
        self.lists = [m.span() for m in LIST.finditer(self.text)] if self.terms else []
        # Status cues are looked for only in the sentences that hold a term or a kind word, and
        # the sentence after each: most prose states no penalty.
        self.cues: list[tuple[int, int, Status]] = []
        covered = 0
        anchors = (a.start() for a in self.anchors)
        for start in sorted([*self.term_starts, *anchors, *(colon for colon, _ in self.lists)]):
            if start < covered:
                continue
            window_start, window_end = self.sentences.around(start)
            window_end = self.sentences.around(window_end)[1]
            for hint in _CUE_HINT.finditer(lower, max(window_start, covered), window_end):
                if self.cues and hint.start() < self.cues[-1][1]:
                    continue
                cue = _CUE.match(self.text, hint.start(), hint.start() + MATCH_REACH)
                if cue is not None:
                    self.cues.append((cue.start(), cue.end(), Status(cue.lastgroup)))
            covered = window_end
        self.used: set[int] = set()  # offsets of words that gave a term its kind, or a ban
        self.ban_terms: set[int] = set()  # starts of terms that are a ban's

    def governing(self, start: int, end: int) -> tuple[int, int, Status] | None:
        """Return the cue that governs a penalty at ``[start, end)``, if any.

        A cue that holds the penalty wins ("вплоть до"); then the nearest before it in its
        sentence and within reach; then the first after it ("Девять лет запросил прокурор"),
        not one in brackets ("4 года (прокурор просил 6 лет)": the brackets' own).
        """
        bounds = self.sentences.around(start)
        index = bisect.bisect_right(self.cues, (start, end + 1))
        before = [c for c in self.cues[max(0, index - 12) : index] if c[0] >= bounds[0]]
        for cue in reversed(before):
            if cue[1] > start:
                return cue
        reach_from, floor = start, bounds[0]
        while True:  # "просило по 6 лет, для X — 5 лет, а для Y, Z ... — по 5 лет": the cue
            for cue in reversed(before):  # reaches on from term to term after a dash, also
                if cue[0] >= reach_from - CUE_REACH:  # past a semicolon: "к 12 годам; Y — к 15"
                    return cue
            if not _DASH_BEFORE.search(self.text, max(floor, reach_from - 8), reach_from):
                break
            previous = bisect.bisect_left(self.term_starts, reach_from) - 1
            if previous < 0 or reach_from - self.term_starts[previous] > CUE_REACH:
                break
            if self.term_starts[previous] < floor:
                if _SENTENCE_STOP.search(
                    self.text, self.term_starts[previous], floor
                ) and not _FOR_WHOM_DASH.fullmatch(self.text, floor, reach_from):
                    break  # but "...требует 1 год и 6 месяцев. Для X и Y - 1 год и 5 месяцев"
                floor = self.sentences.around(self.term_starts[previous])[0]
                before = [c for c in self.cues[max(0, index - 12) : index] if c[0] >= floor]
            reach_from = self.term_starts[previous]
        for cue in self.cues[index : index + 6]:
            if cue[0] >= bounds[1]:
                break
            if cue[0] >= end:
                return None if "(" in self.text[end : cue[0]] else cue
        return list_lead(self, start)

    def matches(
        self, pattern: regex.Pattern[str], hint: regex.Pattern[str], start: int, end: int
    ) -> list[regex.Match[str]]:
        """Every match of ``pattern`` in ``[start, end)`` that starts where ``hint`` finds it."""
        found: list[regex.Match[str]] = []
        for first in hint.finditer(self.lower, start, end):
            if found and first.start() < found[-1].end():
                continue
            match = pattern.match(self.text, first.start(), end)
            if match is not None:
                found.append(match)
        return found

    def _cue_before(self, position: int, floor: int) -> tuple[int, int, Status] | None:
        """The last status cue that starts in ``[floor, position)``, if any."""
        index = bisect.bisect_left(self.cues, (position,))
        return self.cues[index - 1] if index and self.cues[index - 1][0] >= floor else None

    def cue_between(self, start: int, end: int) -> bool:
        """Whether a status cue starts in ``[start, end)``."""
        index = bisect.bisect_left(self.cues, (start,))
        return index < len(self.cues) and self.cues[index][0] < end

    def status(self, start: int, end: int) -> Status | None:
        """The status the cues give a penalty at ``[start, end)``, if any governs it."""
        found = self.governing(start, end)
        return None if found is None else found[2]
