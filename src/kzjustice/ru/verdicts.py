"""Russian grammars of the reader's verdict stages: frames, distribution, cases, charges.

Each function builds one stage's grammar from the Russian lexicon, field for field as the
stage's English builder does; the stage module says what each field is for. Russian marks the
passive on the verb itself ("приговорен", "оштрафована"), so a verdict verb's class comes
from its form: an active form ("приговорил", "назначил") gives its object, a short participle
("осужден", "назначено") or a subject verb ("получил", "грозит") its subject, which may be a
dative ("Ему назначено", "Алине Бойко назначено"); a request ("запросил") names no one by
itself, but "для X" after it does. Words are free in order: "Жаксыбекова суд приговорил к
восемнадцати годам" puts the object first, and the nearest person before the penalty is taken.
"""

from __future__ import annotations

import regex

from kzjustice import cases, charging, distribute, slots
from kzjustice._text import compile_lazily
from kzjustice.lexicon import Lexicon, phrases
from kzjustice.ru import charges as ru_charges
from kzjustice.ru import names
from kzjustice.ru.dates.vocabulary import MONTHS
from kzjustice.ru.people import genitive_nouns

__all__ = [
    "cases_grammar",
    "charging_grammar",
    "distribute_grammar",
    "frames_grammar",
]

_FLAGS = regex.VERBOSE | regex.IGNORECASE
_ACTIVE = ("л", "ла", "ло", "ли", "ет", "ит", "ют", "ят", "ут", "ат", "в", "ть")  # "приговорив",
# and the infinitive of a verdict read out: "Признать X виновным и назначить наказание"


def _active(word: str) -> bool:
    """Whether a verdict verb's form is active: "приговорил", not "приговорен"."""
    return word.endswith(_ACTIVE)


def frames_grammar(words: Lexicon) -> slots.Grammar:
    """Russian verdict frames."""
    objects = tuple(w for w in words.verbs_object if _active(w))
    passives = tuple(w for w in words.verbs_object if not _active(w))
    subject_gap = r"""
            (?: \s* (?: , | \s - ) \s* [^,.;]{1,160} (?= , | \s - \s ) ){0,3}  # ", 41, кто ...,"
            \s* ,? \s* -? \s*  # "Еще двое - дежурные, которые ..., - осуждены"
            (?: (?: был | была | были | было | будет | будут | также | тоже | уже | ранее | все
                  | оба | обе | каждый | каждому | не | же | и | в \s+ итоге | окончательно
                  | заочно ) \s+ ){0,4}"""
    return slots.Grammar(
        words=words,
        habitual=compile_lazily(rf"\b (?: {phrases(words.habitual_words)} ) \b", _FLAGS),
        verb=compile_lazily(
            rf"""\b (?: (?P<object> {phrases(objects)} )
                   | (?P<subject> (?P<passive> {phrases(passives)} )
                                | {phrases(words.verbs_subject)} )
                   | (?P<request> {phrases(words.verbs_request)} ) ) \b""",
            _FLAGS,
        ),
        passive=compile_lazily(r"(?!)"),  # the passive is the verb's own form
        participle=compile_lazily(r"(?!)"),
        subject_gap=compile_lazily(subject_gap, _FLAGS),
        group_subject_gap=compile_lazily(
            r"(?: \s+ (?: из | с | в | по | который | которые | которых ) \s+ [^,.;]{1,100}? )?"
            + subject_gap,
            _FLAGS,
        ),
        object_gap=compile_lazily(r"\s* (?: (?: \p{Ll}[\w-]* ) \s+ ){0,3}", regex.VERBOSE),
        # "к семи годам приговорен Ержан Сапаров", "пожизненный срок для Гончаренко",
        # "10 лет - Ержану Сапарову"
        after=compile_lazily(
            r"""\s* ,? \s*
                (?: \s* [-\u2013\u2014:] (?= \s* \p{Lu} )
                  | (?: (?: был | была | были )? \s* (?: приговорен\w* | осужден\w* | назначен\w* )
                        (?= \s+ \p{Lu} )
                    | (?: стал | стала | стали | оказался | оказалась | оказались )  # "оправданным
                        (?= \s+ (?: [0-9]{1,3} -?летн\w+ \s+ )? \p{Lu} )     # стал X"
                    | для | в \s+ отношении
                    | за \s+ (?: отсутствием \s+ (?: состава | события ) \s+ преступлени\w+
                               | недоказанностью (?: \s+ вины )? )  # "вынес оправдательный
                      (?= \s+ (?! в \b | по \b ) \w )  # приговор за отсутствием состава
                                                       # преступления 22 фигурантам"
                    | (?: запросил\w* | затребовал\w* | потребовал\w* | просил\w* )  # "7 лет
                      (?: \s+ [\w-]+ ){0,2}? \s+ (?: для | в \s+ отношении ) )  # затребовали для X"
                  (?: \s+ (?: каждого | каждой ) \s+ из )? \s+ )""",
            _FLAGS,
        ),
        object_after_verb=compile_lazily(
            r"\s* (?: [^,.;()\n] | (?<= \w ) \. (?= \w ) | \( [^()\n]{1,20} \) ){0,80}",  # "сайта
            regex.VERBOSE,  # criminal.az X"
        ),
        owner=compile_lazily(r"(?!)"),  # an owner follows what it owns: "супругу Гончаренко"
        of_whom=compile_lazily(
            r"(?<= \b (?: каждому | каждый | каждого | обоим | всем ) ) \s+ из \s", _FLAGS
        ),
        dash_name=compile_lazily(r"\s* [-\u2013\u2014:] \s* \p{Lu}", regex.VERBOSE),
        after_gap=compile_lazily(
            r"""\s* (?: \( [^()\n]{1,12} \) \s+ )?  # "на 30 ... показателей (МРП) активистка X"
                (?: для \s+ )? (?: (?: его | ее | их | сво[ейи]\w* ) \s+ )?  # "для ее матери X"
                (?: (?: бывш\w+ | экс- ) \s* )? (?: [0-9]{1,3} -?летн\w+ \s+ )?
                (?: (?! \L<function_word> \b ) \p{Ll}[\w-]* \s+ ){0,3}
                (?: " [^"\n]{1,40} " \s+ )?""",  # "начальника участка шахты "Абайская" X"
            _FLAGS,
            function_word=words.function_words.entries,
        ),
        verb_penalty=compile_lazily(  # "оштрафовали X"; "на 46 тысяч рублей был оштрафован X"
            r"""(?: [^\n]{1,40}? \s (?: (?: был | была | были | было ) \s+ )? (?= оштраф ) )?
                (?: оправда | оштрафова | лиши | лишен | запрети | арестова ) \w* \b""",
            _FLAGS,
        ),
        coordinated=compile_lazily(
            r"""\A (?: \s+ \( [^()\n]{1,40} \) )?  # "A (Экибастуз), B"
                (?: \s* , \s* (?: [0-9]{1,3} \s* , \s* )? (?: и \s+ | а \s+ также \s+ )?
                   | \s+ (?: и | а \s+ также ) \s+ )
                (?: [0-9]{1,3} -?летн\w+ \s+
                  | (?: (?: его | ее | её | их ) \s+ )?  # "X и его брата Y"
                    (?: (?: (?! \L<function_word> \b | [0-9] ) \p{Ll}[\w-]*
                          | № \s* [0-9]+ ) \s+ ){1,4}
                  | (?: \p{Ll}[\w-]* \s+ )? (?: экс- )? \L<role> \s+  # "экс-руководитель группы по
                    (?: (?: \p{Ll}[\w-]* | № \s* [0-9]+ | (?-i: \p{Lu}{2,6} (?: / \p{Lu}{2,6} )? ) )
                        \s+ ){0,5} )? \Z""",  # ремонту ТЭЦ X", "журналист РСЕ/РС и экономист X"
            _FLAGS,
            function_word=words.function_words.entries,
            role=words.role_nouns.entries,
        ),
        conjunction=compile_lazily(r"\b (?: и | а \s+ также ) \b", _FLAGS),
        penalty_list=compile_lazily(
            r"\A \s* (?: , \s* (?: и \s+ | или \s+ | а \s+ )? | и \s+ | или \s+ ) \Z", _FLAGS
        ),
        owns_penalty=compile_lazily(
            r"""\s+ (?: (?: первоначальн\w+ | прежн\w+ | нов\w+ | реальн\w+ | условн\w+ ) \s+ ){0,2}
                (?: (?: срок\w* | приговор\w* | наказани\w* ) \s+ [\w\s-]{0,30} )?""",
            _FLAGS,
        ),
        respectively=compile_lazily(r"\b соответственно \b", _FLAGS),
        each=compile_lazily(
            r"""\b (?: каждому | каждой | каждый | каждая | каждого | обоим | обоих | оба | обе
                     | всем | по (?= \s+ \S+ (?: \s+ с \s+ половиной )? \s+
                                   (?: лет | год\w* | месяц\w* | суток | час\w* ) ) ) \b""",
            _FLAGS,
        ),
        victim=compile_lazily(
            rf"""\b {phrases(words.victim_cues)} \s+ (?: [0-9]+ \s+ )? (?: [\w'-]+ \s+ ){{0,4}}
                \Z""",
            _FLAGS,
        ),
        trial_verbs=compile_lazily(rf"\b {phrases(words.verbs_trial)} \b", _FLAGS),
        law_statement=compile_lazily(
            r"""(?r) (?: \b (?: закон\w* | стат(?: ья | ьи | ьей | ье ) | кодекс\w* | санкци\w*
                            | ук | преступлени\w* ) \b
                         [^.;]{0,160} \b (?: предусматрива\w+ | предусмотрен\w*
                                         | (?<! (?: \b (?: ему | ей | им ) | \p{Lu}\w+ ) \s+ )
                                           грозит )  # not "Темирханову грозит": his
                     | \b (?: наказывается | карается ) ) \b [^.;]{0,40} \Z
                | \( [^()]{0,80} \b (?: ст | стать\w* | ук ) \b [^()]{0,40} [,:] \s* \Z""",
            # "(ч. 4 ст. 159 УК РФ, до десяти лет лишения свободы)": the article's penalty
            _FLAGS,
        ),
        charged_law=compile_lazily(  # "по вменяемой ему статье", "инкриминируемое ей деяние"
            r"""\b (?: вменяем\w+ | инкриминируем\w+ ) \s+ (?: ему | ей | им ) \s+
                (?: \w+ \s+ ){0,2}? (?: стать\w+ | преступлени\w+ | обвинени\w+ | деяни\w+ ) \b""",
            _FLAGS,
        ),
        as_was=compile_lazily(r"\s* , \s* (?: как \s+ и ) \s+", _FLAGS),
        for_whom=compile_lazily(  # "для X", "Для Сергея Кривова и Александры Наумовой"
            r"""\b (?: для | в \s+ отношении ) \s+
                (?: (?: [^\W\d]+ \s+ ){0,2}?
                  | (?: (?-i: \p{Lu} ) [\w.-]* (?: \s+ | \s* , \s* | \s+ и \s+ ) ){1,9}? )
                \Z""",
            _FLAGS,
        ),
        relative=compile_lazily(  # "который", or a participle's: ", задержанный вместе с"
            r"""\b котор\w+ \b
              | , \s* \w+ (?: вш\w+ | нн (?: ый | ая | ое | ые | ого | ой | ых ) ) \b""",
            _FLAGS,
        ),
        shared_passive=compile_lazily(r"(?!)"),  # a Russian verb says its subject by its form
        verb_after=compile_lazily(  # "По 10 лет суд назначил X", "два года получила X", "к
            # шести годам был приговорен X"
            rf"""\s* (?: срок\w* \s+ )?  # "Двадцатилетний срок получил X"
                (?: (?: общего | строгого | усиленного | особого | максимального | минимального
                      | среднего ) \s+ режима \s+ )?  # "к пяти годам колонии усиленного режима
                                                    # приговорили X"
                (?: [^\w.;]{{0,3}} (?: суд | судья | коллегия ) \s+ )? (?: также \s+ )?
                (?: был[аио]? \s+ )?
                (?: {phrases((*objects, *passives, *words.verbs_subject))} ) \b""",
            _FLAGS,
        ),
        complement=compile_lazily(  # ", племянник экс-президента" + a name in the genitive;
            r"""\s* , \s* (?! (?: [а-яё][\w-]* \s+ )? \L<role> \s )  # not a job: ", главного
                (?: [а-яё][\w-]* \s+ ){1,4}""",  # механика X" is the list's next item
            regex.VERBOSE,
            role=words.role_nouns.entries,
        ),
        oblique=_oblique,
        of_head=compile_lazily(r"(?!)"),  # the genitive after a noun makes no subject anyway
        own_term_next=compile_lazily(
            r"""(?: \s* (?: , | \s и ) \s* (?-i: \p{Lu} ) [\w.-]*
                    (?: \s+ (?-i: \p{Lu} ) [\w.-]* )* )*
                \s* [-\u2013\u2014] \s""",
            _FLAGS,
        ),
        dash_gap=compile_lazily(  # "для X — по 5 лет"
            r"[\s:]* (?: [-\u2013\u2014] [\s:]* (?: (?: по | к | на ) \s+ )? )?", _FLAGS
        ),
        named_below=compile_lazily(  # "Осуждены:", "Среди осужденных:", "В их числе:"
            r"""^ [^\n:]{0,40}? \b (?: осужден\w* | приговорен\w* | виновными \s+ признаны
                                 | в \s+ их \s+ числе | среди \s+ них ) \b
                [^\n:]{0,30} : [ \t]* $""",
            _FLAGS | regex.MULTILINE,
        ),
        plural_after=compile_lazily(  # "A, B приговорены", "A, B получили"
            r"\s+ (?: были | \w{3,}ны | \w{3,}ли ) \b", _FLAGS
        ),
    )


def _oblique(name: str) -> bool:
    """Whether a name's likeliest reading is in no nominative: "Нурсултана Назарбаева"."""
    found = names.readings(name)
    return bool(found) and found[0].case != "nom"


def distribute_grammar(words: Lexicon) -> distribute.Grammar:
    """Russian distribution."""
    speaking = phrases(words.speech_verbs)
    official = phrases(words.official_speakers).replace(r"\-", r"-\s?")  # "пресс- службе"
    return distribute.Grammar(
        words=words,
        law_context=compile_lazily(
            r"""\b (?: наказывается | карается | влечет | санкци\w* | предусматрива\w+
                     | по \s+ закону | уголовн\w+ \s+ кодекс\w* | стать\w+ \s+ \d+ ) \b""",
            _FLAGS,
        ),
        excluded_subject=compile_lazily(
            r"""\b (?: (?: более | менее | свыше | не \s+ менее | около | почти ) \s+ [0-9][0-9 ]*
                     | (?: десятк | сотн | тысяч ) \w* ) \s+  # "Тысячи человек были оштрафованы"
                (?: [\w-]+ \s+ ){1,2} (?: были | было | был ) \b""",
            _FLAGS,
        ),
        counting=compile_lazily(
            r"\b (?: все | всех | всем | всеми | оба | обоим | каждому \s+ из ) \s+ \Z", _FLAGS
        ),
        own_plea=compile_lazily(r"\b последн\w* \s+ слов\w* \b", _FLAGS),
        defence=compile_lazily(r"\b (?: адвокат\w* | защит\w* ) \b", _FLAGS),
        prosecution=compile_lazily(
            r"\b (?: прокурор\w* | гособвинени\w* | обвинени\w* ) \b", _FLAGS
        ),
        speaking_after=compile_lazily(
            rf"""(?: (?-i: \p{{Lu}} ) [\w'.-]* \s* ){{1,4}} ,? \s* {speaking} \b
                | (?<= \b по \s+ ) (?: его | ее | её | их ) \s+ (?: словам | мнению ) \b""",
            _FLAGS,  # "По его словам, ...": the speaker spoken of again
        ),
        speaking_before=compile_lazily(  # "— сказала корреспонденту агентства Зульфия Т."
            rf"""(?r) \b {speaking}
                (?: \s+ (?: (?-i: \p{{Ll}} ) [\w-]* | (?-i: \p{{Lu}}{{2,6}} ) ) ){{0,4}} \s+ \Z""",
            _FLAGS,  # "сообщил глава ГКНБ X"
        ),
        apposed_owner=compile_lazily(  # "X, старшая сестра акима Павлодарской области Y"
            r"""(?r) (?-i: \p{Lu} ) [\w-]+ , \s* (?-i: \p{Ll} ) [\w-]* \s+ (?: [\w-]+ \s+ ){0,3}?
                \L<genitive> \s+ (?: [\w-]+ \s+ ){0,3} \Z""",
            _FLAGS,
            genitive=sorted(genitive_nouns()),
        ),
        official_after=compile_lazily(  # "», — сообщили в пресс-службе суда"
            rf"""\s* [,.]? \s* [-\u2013\u2014] \s* (?: {speaking} | говорится ) \b
                (?: \s+ [\w-]+ ){{0,3}}? \s+ (?: {official} ) \b""",
            _FLAGS,
        ),
        same_penalty=compile_lazily(
            r"""(?<! \b (?: на | с | по ) \s+ )  # not "с испытательным сроком на тот же срок"
                \b (?: (?: (?: таки[ем] | такое | такую | такой | тот | то | той | тому ) \s+ же
                       | аналогичн\w+ )
                     \s+ (?: самое \s+ | самый \s+ | самому \s+ )?
                     (?: наказани[еюя] | срок[уа]? | приговор[уа]? ) \b
                   | столько \s+ же \b )""",
            _FLAGS,
        ),
        joined=compile_lazily(  # "Иван Петров и его заместитель Олег Сидоров, а также ":
            # from one person's name to the next one named with them
            r"""\p{Lu} [\w.-]* (?: \s+ \p{Lu} [\w.-]* ){0,3} \s* (?: , \s* )?
                (?: (?: и | а \s+ также ) \s+ )? (?: (?-i: \p{Ll} ) [\w-]* \s+ ){0,5}""",
            _FLAGS,
        ),
    )


def cases_grammar(words: Lexicon) -> cases.Grammar:
    """Russian cases."""

    def court_kind(court: str) -> str:  # an appeals court is a regional or city one
        lower = court.lower()
        for stem, kind in (
            ("апелляц", "regional"),
            ("областн", "regional"),
            ("городск", "regional"),
            ("верховн", "supreme"),
            ("военн", "military"),
            ("межрайонн", "interdistrict"),
            ("районн", "district"),
        ):
            if stem in lower:
                return kind
        return ""

    month = tuple(MONTHS)
    return cases.Grammar(
        words=words,
        court_kind=court_kind,
        new_case=compile_lazily(
            r"""\s* (?: \p{Lu}[\w ]{0,30}, \s* )?
                (?: (?: в | по ) \s+
                    (?: другом | отдельном | похожем | аналогичном | еще \s+ одном )
                    (?: \s+ \w+ ){0,3}? \s+ (?: деле | процессе )
                  | кроме \s+ того \b | тем \s+ временем \b | также \s+ в \s+
                  | [^.;]{0,120}? \b (?: предстанет | предстанут ) \s+ перед \s+ судом )""",
            _FLAGS,
        ),
        verdict=compile_lazily(
            rf"""\b (?: {phrases(words.verdict_words)} | признал\w* \s+ виновн\w+
                     | признан\w* \s+ виновн\w+ ) \b""",
            _FLAGS,
        ),
        trial=compile_lazily(r"\b (?: суд\w* | процесс\w* | заседани\w* ) \b", _FLAGS),
        # "Медеуский районный суд Алматы", "Специализированный межрайонный суд по уголовным
        # делам Алматинской области", "суд № 2 города Павлодара"; named: the place after it
        court=compile_lazily(
            r"""(?<! [\w-] )
                (?P<court>
                  (?: \p{Lu}[\w-]+ \s+ ){0,2}
                  (?: \L<court_type> \s+ ){0,3}
                  (?-i: суд (?: а | у | ом | е )? ) \b (?: \s+ № \s* [0-9]+ )?
                  (?: \s+ по \s+ уголовным \s+ делам )?
                  (?: \s+ (?: города \s+ | г\. \s* )?
                      (?! \L<month> \b ) (?P<named> \p{Lu}[\w-]+ (?: \s+ \p{Lu}[\w-]+ )?
                                                  (?: \s+ област\w* )? ) )? )
                (?: \s+ (?: в | во ) \s+ (?: городе \s+ )? (?! \L<month> \b )
                    (?P<place> \p{Lu}[\w-]+ ) )?""",
            regex.VERBOSE,
            court_type=words.court_types.entries,
            month=month,
        ),
        place=compile_lazily(
            r"""\b (?: в \s+ (?: городе | поселке | селе ) | суд \s+ в )
                \s+ (?P<place> \p{Lu}[\w-]+ )""",
            regex.VERBOSE,
        ),
        place_lead=compile_lazily(
            r"""[^\w]* (?: \p{Lu}\w+ \s+ )? [Вв] \s+ (?! \L<month> \b )
                (?P<place> \p{Lu}[\w-]+ ) \s* ,""",
            regex.VERBOSE,
            month=month,
        ),
        future_trial=compile_lazily(
            r"""\b (?: предстанет | предстанут | начнется \s+ суд | будет \s+ рассмотрено ) \b""",
            _FLAGS,
        ),
        hypothetical=compile_lazily(
            r"""(?r) \b (?: намерен\w* | планиру\w+ | обжалова\w+ | обратит\w* | подаст | подадут
                         | жалоб\w* ) \b [^.;]{0,40} \Z""",
            _FLAGS,
        ),
        subordinate=compile_lazily(
            r"""(?r) \b (?: который | которая | которое | которые | где | когда | пока | после
                         | с \s+ тех \s+ пор | перед \s+ тем ) \b [^,;.()]* \Z""",
            _FLAGS,
        ),
        opening_date=compile_lazily(r"[^\w]* (?: в | во )? \s*", _FLAGS),
    )


def charging_grammar(words: Lexicon) -> charging._Grammar:
    """Russian charges."""
    return charging._Grammar(
        words=words,
        not_a_charge=compile_lazily(
            r"""(?r) \b (?: запрет\w* | цитиру\w* | заявил\w* | назвал\w* | под \s+ названием
                         | право ) \b [^.;«"]{0,25} \Z""",
            _FLAGS,
        ),
        charge_context=compile_lazily(
            r"""(?r) \b (?: виновн\w+ \s+ в | обвин\w+ \s+ в | по \s+ стать\w+ | по \s+ делу \s+ о
                         | по | за | в ) [^.;]{0,60} \Z""",
            _FLAGS,
        ),
        same_charge=compile_lazily(
            r"\b (?: тем \s+ же | той \s+ же | по \s+ тем \s+ же ) \s+"
            r" (?: стать\w+ | обвинени\w+ )",
            _FLAGS,
        ),
        find_charges=ru_charges.find_charges,
        charge_for=ru_charges.charge_for,
    )
