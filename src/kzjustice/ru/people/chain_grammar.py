"""The Russian grammar of the chains stage: the cases names take, and the words that link them."""

from __future__ import annotations

import regex

from kzjustice import entities
from kzjustice._text import BULLET, compile_lazily
from kzjustice.lexicon import Lexicon, phrases
from kzjustice.ru import charges as ru_charges
from kzjustice.ru import names
from kzjustice.ru.people.shared import FLAGS, LOWER, UPPER, genitive_nouns

# The words before a name that govern its case: "в отношении ... Ш. Юлдашева" (genitive),
# "приговорил Ш. Юлдашева" (accusative), "назначил Ш. Юлдашеву" (dative).
_CASE_BEFORE = compile_lazily(
    rf"""(?: (?P<gen> \b (?: в \s+ отношении | против | со \s+ стороны ) )  # past a description
            \s+ (?: [\w.,-]+ [^\S\n]+ ){{0,16}}  # or a list, in one paragraph: "в отношении
            # заместителя ... X", "Д., X"
          | (?P<acc> \b (?: приговори | осуди | оштрафова | оправда | призна ) (?: л\w* | ть ) )
            (?: \s+ | : \s* (?: {BULLET} \s* )? )  # or a list's first: "осудили:\n- X"
          | (?P<acc> \b (?: приговори | осуди ) (?: л\w* | ть ) ) \s+ (?: к | на ) \s+
            (?: [\w.,-]+ \s+ ){{1,6}}  # past the term: "приговорил к пожизненному заключению X"
          | (?P<acc> \b \w+ (?: ую | юю ) ) \s* ,? \s+  # "подсудимую, 22-летнюю X": hers
          | (?P<gen> \b [0-9]{{1,3}} -? летнего ) \s* ,? \s+  # "22-летнего X"
          | (?P<dat> \b (?: назначил | дали | дал ) \w* )
            (?: \s+ | : \s* (?: {BULLET} \s* )? ) ) \Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
# The name just before another in a list: "Виталия Мацукевича, " before "Евгения Секрета".
_LISTED_BEFORE = compile_lazily(
    rf"""(?P<name> {UPPER}{LOWER}+ \s+ {UPPER}{LOWER}+ )
         (?: \s* (?: , | \s и ) \s+
           | [ ]* \n \s* (?: {BULLET} \s* )? )  # or a line's: "\n- X"
         \Z""",
    regex.VERBOSE,
)
# The word just before a name, past an age: "блогера Валерия Югая", "пенсионера 67 лет X".
_LAST_WORD = compile_lazily(
    r"(\w+) \s+ (?: [0-9]{1,3} -? летн\w+ \s+ )? \Z", regex.VERBOSE | regex.IGNORECASE
)


def chains_grammar(words: Lexicon) -> entities.Grammar:
    """Russian chains."""
    # a settlement's word before its name ("города Шымкент"); a district's and a region's
    # follow theirs ("Чустского района"), so "района Бахтиёру ..." names a person
    places = r"""(?: город\w* | поселк\w* | посел\w* | сел[аоуе]? | деревн\w* | аул\w* | столиц\w*
                 | улиц\w* | ул\. | проспект\w* | пр-т | переул\w* | бульвар\w* | микрорайон\w*
                 | мкр\.? | площад\w* )"""  # and a street's word before its name: "улице Абая"

    def forms(name: str) -> tuple[str, ...]:
        found = tuple(dict.fromkeys(r.nominative for r in names.readings(name)))
        return found or (name,)

    apposed = genitive_nouns()

    def cases_before(before: str) -> tuple[str, ...]:
        """The cases the words before a name govern or agree with, where they say."""
        governed = _CASE_BEFORE.search(before)
        if governed is not None:
            return (next(c for c in ("gen", "acc", "dat") if governed[c]),)
        last = _LAST_WORD.search(before)  # "блогера Валерия Югая": the noun's genitive
        if last is not None and last[1].lower() in apposed:
            return ("gen", "acc")
        listed = _LISTED_BEFORE.search(before)  # "Виталия Мацукевича, Евгения Секрета": a
        if listed is not None:  # list's names share their case: the one the name before
            found = names.readings(listed["name"])  # says (likeliest first), or where it
            if {r.case for r in found if r.gender == "m"} == {"nom"}:  # may be in more than
                return ()  # one, the words before the list: "Леван Кипиани, Гела Абашидзе"
            if found and found[0].case in ("gen", "acc"):
                return ("gen", "acc")
            if found and found[0].case != "nom":
                return (found[0].case,)
            if len({r.case for r in found}) > 1:
                return cases_before(before[: listed.start()])
        return ()

    def gender_of(name: str, before: str) -> str | None:
        """The gender of a name, in the case the words before it govern where they do.

        Or a woman's noun just before it says: "активистку движения Kazleft Александру Ушакову".
        """
        cases = cases_before(before)
        if cases:
            genders = {r.gender for r in names.readings(name) if r.case in cases}
            if len(genders) == 1:
                return genders.pop()
        if woman_before.search(before) and any(r.gender == "f" for r in names.readings(name)):
            return "f"
        return names.gender_of(name)

    woman_before = compile_lazily(
        r"(?r) \b \L<woman> (?: \s+ [\w-]+ ){0,2} \s+ \Z", FLAGS, woman=words.female_words.entries
    )

    def value(name: str, gender: str | None, before: str) -> str:
        cases = cases_before(before)
        wanted: names.Gender | None = "f" if gender == "f" else "m" if gender else None
        found = next(
            (
                r.nominative
                for r in names.readings(name)
                if r.case in cases and wanted in (None, r.gender)
            ),
            None,
        )
        return _with_yo(name, found or names.nominative(name, gender=wanted))

    return entities.Grammar(
        words=words,
        place_before=compile_lazily(
            rf"""(?: \b (?P<preposition> в | во | из | под | около | возле ) \s+ (?: {places} \s+ )?
                  | \b {places} \s+
                    (?: (?-i: \p{{Lu}} ) [\w.-]* (?: \s+ (?-i: \p{{Lu}} ) [\w.-]* )? \s+ и \s+ )?
                  | \b суд \s+  # a court's city: "рассматривал суд Нижнего Новгорода"
                  ) \Z""",  # "улиц Ш.Уалиханова и Ж.Тархана": two streets
            FLAGS,
        ),
        place_after=compile_lazily(  # "Алматы области"; not "X областной суд"
            r"""\s+ (?: област (?: ь | и | ью | ях ) | район (?: а | е | у | ом | ах )?
                     | город (?: а | е | у | ом )? ) \b
              | (?: \s* , \s* (?-i: \p{Lu} ) [\w-]* ){0,3} \s+ и \s+ (?-i: \p{Lu} ) [\w-]* \s+
                (?: област (?: и | ей | ям | ями | ях ) | район (?: ы | ов | ам | ами | ах ) ) \b
                # "Ошской и Джалал-Абадской областях": places named together""",
            FLAGS,
        ),
        person_after=compile_lazily(r"\s* , \s* [0-9]{1,3} \s* ,", FLAGS),
        all_group=compile_lazily(r"\b (?: все | всех | всем | всеми ) \s+ \Z", FLAGS),
        definite_group=compile_lazily(r"\b (?: все | всех | всем | всеми | обоим ) \s+ \Z", FLAGS),
        list_gap=compile_lazily(r"\s* (?: , \s* )? (?: и \s+ )?", FLAGS),
        of_all=compile_lazily(
            r"\s+ из \s+ (?: \w+ \s+ )? \L<generic> \b",
            FLAGS,
            generic=words.generic_person_nouns.entries,
        ),
        victim_before=compile_lazily(  # "в пытках 23-летнего X"
            rf"\b {phrases(words.victim_cues)} \s+ (?: [0-9]{{1,3}} -? летн\w+ \s+ )? \Z", FLAGS
        ),
        stem=ru_charges.stem,
        name_forms=forms,
        name_value=value,
        gender_of=gender_of,
        principal_before=compile_lazily(r"\b для \s+ \Z", FLAGS),
        tried=compile_lazily(rf"\b {phrases(words.verbs_trial)} \b", FLAGS),
        tried_before=compile_lazily(  # "Суд также лишил X права"
            r"\b также \s+ (?: лишил | запретил | оштрафовал | приговорил | обязал ) \w* \s+ \Z",
            FLAGS,
        ),
        guilty_after=compile_lazily(r"(?!)"),
        age_before=compile_lazily(r"\b [0-9]{1,3} -летн\w+ \s+ \Z", FLAGS),  # "33-летний X"
        verdict_owned=compile_lazily(r"(?!)"),  # "приговор X": the genitive, read before it
        list_end=compile_lazily(r"(?: , | ; )? \s* \b и \s+ \Z", FLAGS),
        gender_after=compile_lazily(
            r"\s* , \s* котор (?: (?P<m> ый | ого | ому | ым | ом ) | (?P<f> ая | ой | ую ) ) \b",
            FLAGS,
        ),
        relative_after=compile_lazily(r"(?!)"),
        former=compile_lazily(r"бывш|экс-", FLAGS),
        kin_before=compile_lazily(r"(?!)"),  # a lone word after "сына" may be a place's
        honorific_before=compile_lazily(
            r"\b \L<honorific> \s+ \Z", FLAGS, honorific=words.honorifics.entries
        ),
        relation_of=compile_lazily(r"(?!)"),  # no definite description by a relation
    )


def _with_yo(written: str, nominative: str) -> str:
    """``nominative`` with the "ё" the written form has where it reads "е": "Бахтиёр"."""
    pairs = zip(written.split(), nominative.split(), strict=False)
    return (
        " ".join(
            "".join(w if w in "ёЁ" and n in "еЕ" else n for w, n in zip(old, new, strict=False))
            + new[len(old) :]
            for old, new in pairs
        )
        if len(written.split()) == len(nominative.split())
        else nominative
    )
