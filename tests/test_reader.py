"""The reader's stages on short passages: who gets which penalty.

Each row is a passage and the (defendant, penalty) pairs a careful coder records from it, per
CONVENTIONS.md: the defendant is the name as written, or for an unnamed one its count; the
penalty is (kind, status, term). Names, places and numbers are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from gold import P, who_gets_what
from kzjustice import parse_article
from kzjustice._doc import document
from kzjustice.chains import link_mentions
from kzjustice.mentions import find_mentions

Pair = tuple[Any, ...]


def pairs_of(text: str) -> list[Pair]:
    return who_gets_what(parse_article(text))


ROWS = [
    # --- description first, name later -------------------------------------------------------
    pytest.param(
        "The court sentenced a former police captain to nine years. Yerlan Sabitov, 41, who "
        "headed the district department, denied the charges.",
        [P("Yerlan Sabitov", "P9Y")],
        id="description-then-name",
    ),
    pytest.param(
        "A district court jailed a 33-year-old mechanic for four and a half years on Monday. "
        "Daniyar Ospanov was detained in March after a fight outside a bar.",
        [P("Daniyar Ospanov", "P4Y6M")],
        id="description-then-name-jailed-for",
    ),
    pytest.param(
        "Timur Kairatov, the inspector, was questioned. The court sentenced the man who built "
        "the block to 10 years in prison. Yerlan Utepov, 49, the founder of the firm, was found "
        "guilty of violating construction rules.",
        [P("Yerlan Utepov", "P10Y")],
        id="the-man-who-did-something-named-after",
    ),
    pytest.param(
        "A court on Wednesday jailed a former vice president of the state railway company for "
        "nine and a half years. Serik Baigabyl, 56, who ran procurement at the company, was "
        "convicted of embezzlement.",
        [P("Serik Baigabyl", "P9Y6M")],
        id="a-vice-president-described-then-named",
    ),
    pytest.param(
        "The defendants are Timur Gainullin, 22, a warehouse worker; Artyom Kolesnikov, 20, a "
        "student; and Kirill, who was 16 when he was detained. Gainullin received 17 years. Kirill "
        "received six years in an educational colony.",
        [P("Timur Gainullin", "P17Y"), P("Kirill", "P6Y")],
        id="a-given-name-alone-closing-a-list-of-names",
    ),
    pytest.param(
        "A court on Tuesday jailed the former technical director of a power station for six and "
        "a half years.\n\nRuslan Temirgaliyev, 52, was found guilty of breaching safety rules. "
        "The court acquitted the fifth defendant, taxi driver Giorgi Beridze.",
        [P("Ruslan Temirgaliyev", "P6Y6M"), P("Giorgi Beridze", None, "acquittal")],
        id="the-former-technical-director-named-next",
    ),
    pytest.param(
        "A court has sentenced a trade union leader to five years of restricted freedom.\n\n"
        "Judge Asel Bekturova pronounced the verdict against Erbol Tursynkulov, 46, on Monday.",
        [P("Erbol Tursynkulov", "P5Y", "restricted_freedom")],
        id="a-lead-description-named-as-the-one-the-verdict-is-against",
    ),
    pytest.param(
        "The court also sentenced Marina Kaletina to four years in a general regime penal colony "
        "and a fine of 5 million rubles.",
        [P("Marina Kaletina", "P4Y"), P("Marina Kaletina", None, "fine")],
        id="a-general-regime-colony-has-no-general-in-it",
    ),
    pytest.param(
        "A court has sentenced a 26-year-old man to seven years in prison for kidnapping a "
        "student.\n\nThe district court delivered its verdict on July 1. Nurlan Abdykadyrov was "
        "found guilty of kidnapping.",
        [P("Nurlan Abdykadyrov", "P7Y")],
        id="a-lead-description-named-later-in-the-next-paragraph-found-guilty",
    ),
    pytest.param(
        "In 2021 the owner of a Shymkent cafe whose roof caved in was sentenced to five years. "
        "The owner, Saken Nurov, was released on parole last autumn.",
        [P("Saken Nurov", "P5Y")],
        id="the-owner-then-the-owner-named",
    ),
    pytest.param(
        "The court sentenced driver D. Amanov to 5 years of imprisonment. The criminal court "
        "sentenced the former head of the migration service unit of the Almaty district police "
        "department, lieutenant colonel Yerbol Kasymov, to 8 years of imprisonment.",
        [P("D. Amanov", "P5Y"), P("Yerbol Kasymov", "P8Y")],
        id="a-definite-description-with-a-long-complement-then-its-name",
    ),
    pytest.param(
        "Investigators charged technician Daulet Nurmaganbetov and inspector Kamila Zhunusova. "
        "Prosecutor Asem Yergaliyeva asked the court to jail Zhunusova for two years. For "
        "Nurmaganbetov she requests three years of restricted freedom.",
        [
            P("Kamila Zhunusova", "P2Y", status="requested"),
            P("Daulet Nurmaganbetov", "P3Y", kind="restricted_freedom", status="requested"),
        ],
        id="for-x-opening-a-sentence-then-the-requester",
    ),
    pytest.param(
        "The court upheld the verdict against Zh. Oralova, who had been sentenced to 2 years of "
        "restricted freedom for using violence against a police officer.",
        [P("Zh. Oralova", "P2Y", kind="restricted_freedom")],
        id="violence-against-someone-makes-a-victim",
    ),
    pytest.param(
        "The bank's former deputy chairwoman, Aigerim Sadvakasova, 46, received eight years. Two "
        "loan officers who testified against their former bosses were each given three-year "
        "suspended sentences.",
        [P("Aigerim Sadvakasova", "P8Y"), P(2, "P3Y", kind="suspended")],
        id="a-person-in-a-relative-clause-is-not-the-subject",
    ),
    pytest.param(
        "Four activists were tried. Mukhtarov, who has lived in Lithuania since 2019, was tried in "
        "absentia alongside the three other defendants and sentenced to seven years in prison.",
        [P("Mukhtarov", "P7Y")],
        id="a-passive-shared-by-and-sentenced",
    ),
    pytest.param(
        "Senior inspector A. T. Sydykov was sentenced to 7 years, and inspector B. K. Asanaliev to "
        "5 years. Two other inspectors of the post, who knew about the scheme, were placed on "
        "probation for 1 year each.",
        [P("A. T. Sydykov", "P7Y"), P("B. K. Asanaliev", "P5Y"), P(2, "P1Y", kind="probation")],
        id="two-other-inspectors-are-not-the-inspectors-named",
    ),
    pytest.param(
        "The court gave a third defendant, 23-year-old Mariam Gogoladze, a two-year suspended "
        "sentence. A laboratory technician who admitted forging test results, 29-year-old Dinara "
        "Li, was given a three-year suspended sentence. The fourth defendant, a 67-year-old "
        "watchman who lived beside the dam, was acquitted.",
        [
            P("Mariam Gogoladze", "P2Y", kind="suspended"),
            P("Dinara Li", "P3Y", kind="suspended"),
            P(1, None, kind="acquittal"),
        ],
        id="descriptions-with-ages-and-relative-clauses-before-names",
    ),
    # --- verdict frames ------------------------------------------------------------------------
    pytest.param(
        "The court imposed an administrative arrest of 10 days on Bauyrzhan Aitkulov for petty "
        "hooliganism.",
        [P("Bauyrzhan Aitkulov", "P10D", "administrative_arrest")],
        id="imposed-a-penalty-on-x",
    ),
    pytest.param(
        "The judge handed Serik Abenov a six-year term for fraud.",
        [P("Serik Abenov", "P6Y")],
        id="handed-x-a-term",
    ),
    pytest.param(
        "Nurlan Dosov got seven years and Bolat Akhmetov received four.",
        [P("Nurlan Dosov", "P7Y"), P("Bolat Akhmetov", "P4Y")],
        id="got-received-elided",
    ),
    pytest.param(
        "Police arrested Arman Kenzhebekov and Timur Zhaksylykov in May. On Friday the court "
        "gave each of them five years.",
        [P("Arman Kenzhebekov", "P5Y"), P("Timur Zhaksylykov", "P5Y")],
        id="gave-each-of-them",
    ),
    pytest.param(
        "Marat Ibraimov will spend nine years behind bars, the court ruled.",
        [P("Marat Ibraimov", "P9Y")],
        id="will-spend-behind-bars",
    ),
    pytest.param(
        "The court ordered Asel Nurova to serve eight years in a penal colony.",
        [P("Asel Nurova", "P8Y")],
        id="ordered-to-serve",
    ),
    pytest.param(
        "Kanat Zhumabekov's sentence was cut from nine years to seven on appeal.",
        [P("Kanat Zhumabekov", "P9Y"), P("Kanat Zhumabekov", "P7Y")],
        id="sentence-was-cut",
    ),
    pytest.param(
        "A court in Dushanbe sentenced exiled blogger Rustam Nazarov in absentia to 12 years.",
        [P("Rustam Nazarov", "P12Y")],
        id="in-absentia",
    ),
    pytest.param(
        "Prosecutors had asked for nine years for Talgat Yermekov.",
        [P("Talgat Yermekov", "P9Y", status="requested")],
        id="requested-for-x",
    ),
    pytest.param(
        "Prosecutors had sought nine years, but the judge handed Talgat Yermekov seven.",
        [P("Talgat Yermekov", "P9Y", status="requested"), P("Talgat Yermekov", "P7Y")],
        id="request-then-imposed-implied-object",
    ),
    pytest.param(
        "Aidana Sarsenova faces up to 12 years in prison if convicted.",
        [P("Aidana Sarsenova", "..P12Y", status="possible")],
        id="faces-up-to",
    ),
    # --- wrong roles ----------------------------------------------------------------------------
    pytest.param(
        "Bauyrzhan Omarov was sentenced to 15 years for killing police sergeant Daulet "
        "Kassymov during the riots.",
        [P("Bauyrzhan Omarov", "P15Y")],
        id="victim-after-for-killing",
    ),
    pytest.param(
        "A court jailed Yerkin Dosov for seven years for the crash. Marat Abenov, 52, his wife "
        "and their son died at the scene. Prosecutors had asked for nine years.",
        [P("Yerkin Dosov", "P7Y"), P("Yerkin Dosov", "P9Y", status="requested")],
        id="people-who-died-are-victims",
    ),
    pytest.param(
        "Prosecutors asked for six years for Nurlan Ospanov, who said his brother died in custody "
        "after the arrest.",
        [P("Nurlan Ospanov", "P6Y", status="requested")],
        id="one-who-says-someone-died-is-no-victim",
    ),
    pytest.param(
        "Daniel Hart, 61, of Dublin, Ohio, was sentenced to eight years for wire fraud.",
        [P("Daniel Hart", "P8Y")],
        id="home-town-is-no-defendant",
    ),
    pytest.param(
        "The court sentenced Elvin Gasimli to nine years and Nigar Rzayeva to eight. The "
        "prosecutor had demanded 10 years for Gasimli and nine for Rzayeva.",
        [
            P("Elvin Gasimli", "P9Y"),
            P("Elvin Gasimli", "P10Y", status="requested"),
            P("Nigar Rzayeva", "P8Y"),
            P("Nigar Rzayeva", "P9Y", status="requested"),
        ],
        id="a-given-name-ending-like-a-surname-stands-first",
    ),
    pytest.param(
        "A court jailed a police major for nine years. Two detectives, Nurlan Abenov and Ruslan "
        "Zhakupov, received seven years each. Prosecutors had asked for 11 years for the major "
        "and eight years for each of the two detectives.",
        [
            P(1, "P9Y"),
            P(1, "P11Y", status="requested"),
            P("Nurlan Abenov", "P7Y"),
            P("Nurlan Abenov", "P8Y", status="requested"),
            P("Ruslan Zhakupov", "P7Y"),
            P("Ruslan Zhakupov", "P8Y", status="requested"),
        ],
        id="a-rank-after-the-refers-back",
    ),
    pytest.param(
        "Three years each went to Irakli Gogua, 20, the youngest defendant, Nodar Tsiklauri, 33, "
        "and Gela Abashidze, 48, a driver.",
        [P("Irakli Gogua", "P3Y"), P("Nodar Tsiklauri", "P3Y"), P("Gela Abashidze", "P3Y")],
        id="a-list-with-an-age-and-a-description-between-names",
    ),
    pytest.param(
        "Kamola Yusupova was acquitted. A 31-year-old gas fitter who installed the cylinders "
        "was jailed for four and a half years.",
        [P("Kamola Yusupova", None, kind="acquittal"), P(1, "P4Y6M")],
        id="a-trade-described-by-age-is-a-person",
    ),
    pytest.param(
        "Erlan Musin, 61, was jailed for four years. Officials who sign such permits rarely end up "
        "in court, and when they do, they are usually acquitted, his lawyer said.",
        [P("Erlan Musin", "P4Y")],
        id="what-happens-as-a-rule-is-no-ones-penalty",
    ),
    pytest.param(
        "Gor Sahakyan, the director of the construction firm Lori Shin, was fined 3 million drams.",
        [P("Gor Sahakyan", None, kind="fine")],
        id="a-name-after-an-organisations-noun-is-the-organisations",
    ),
    pytest.param(
        "Two hunters who shot three Marco Polo sheep were fined 500,000 soms each.",
        [P(2, None, kind="fine")],
        id="a-name-before-an-animal-is-the-animals",
    ),
    pytest.param(
        "A court acquitted Aigul Serikova. Notary Dana Omarova was given six years. The court also "
        "stripped Omarova of the right to engage in notarial activity for 10 years. Her assistant "
        "received two years of restricted freedom.",
        [
            P("Aigul Serikova", None, kind="acquittal"),
            P("Dana Omarova", "P6Y"),
            P("Dana Omarova", "P10Y", kind="ban"),
            P(1, "P2Y", kind="restricted_freedom"),
        ],
        id="stripped-x-of-the-right-and-her-assistant",
    ),
    pytest.param(
        "Bolat Omarov was fined 50 million soums. A storekeeper of the district administration "
        "was given two years of correctional labour.",
        [P("Bolat Omarov", None, kind="fine"), P(1, "P2Y", kind="correctional_labour")],
        id="a-storekeeper-is-a-person",
    ),
    pytest.param(
        "Oleg Pavlov was jailed for 12 years. In a separate case, a military court sentenced two "
        "16-year-olds to six years each.",
        [P("Oleg Pavlov", "P12Y"), P(2, "P6Y")],
        id="a-group-of-year-olds",
    ),
    pytest.param(
        "The court sentenced five members of the exiled movement Vatan Ozod to 10 years each. "
        "Jamshed Karimov was jailed for six years for sharing videos of Vatan Ozod's leaders.",
        [P(5, "P10Y"), P("Jamshed Karimov", "P6Y")],
        id="an-organisations-name-is-no-ones-where-it-stands-again",
    ),
    pytest.param(
        "The prosecutor asked for 8 years for the director of the contractor company Rakhimov "
        "Jasur Botirovich.",
        [P("Rakhimov Jasur Botirovich", "P8Y", status="requested")],
        id="a-surname-after-an-organisations-noun-is-a-persons",
    ),
    pytest.param(
        "Judge Aliya Bekova sentenced Ruslan Tokayev to six years.",
        [P("Ruslan Tokayev", "P6Y")],
        id="judge-is-no-defendant",
    ),
    pytest.param(
        "Yerbol Kenzhin, the owner of a stall at the Barakholka market, was jailed for three "
        "years.",
        [P("Yerbol Kenzhin", "P3Y")],
        id="market-is-no-defendant",
    ),
    # --- groups ---------------------------------------------------------------------------------
    pytest.param(
        "Nurlan Sadykov received ten years. Four of his co-defendants were each jailed for six "
        "years, two others got suspended terms and one was acquitted.",
        [
            P("Nurlan Sadykov", "P10Y"),
            P(4, "P6Y"),
            P(2, None, kind="suspended"),
            P(1, None, kind="acquittal"),
        ],
        id="groups-counted",
    ),
    pytest.param(
        "Seven officers stood trial. Ruslan Beketov received eight years and Askar Ermekov "
        "seven; the remaining three were given suspended sentences of three years.",
        [P("Ruslan Beketov", "P8Y"), P("Askar Ermekov", "P7Y"), P(3, "P3Y", kind="suspended")],
        id="the-remaining-three",
    ),
    pytest.param(
        "The court handed life sentences to two men from the mountain district. Timur Nazarov, "
        "a former commander, and Azat Kasymov, a businessman, were convicted of terrorism.",
        [
            P("Timur Nazarov", None, kind="life_imprisonment"),
            P("Azat Kasymov", None, kind="life_imprisonment"),
        ],
        id="group-named-in-the-next-sentence",
    ),
    pytest.param(
        "Two of his subordinates were each jailed for six years, and a third was acquitted.",
        [P(2, "P6Y"), P(1, None, kind="acquittal")],
        id="a-third-was-acquitted",
    ),
    pytest.param(
        "Two investigators, Arman Tokhtarov and Yerlan Smailov, were found guilty; the judge gave "
        "each of them three years.",
        [P("Arman Tokhtarov", "P3Y"), P("Yerlan Smailov", "P3Y")],
        id="each-of-them-after-a-semicolon",
    ),
    pytest.param(
        "Prosecutors had asked for five-year terms for all three. Aibek Toktogulov received five "
        "years, Nurzhan Asanaliyeva got three years and Ulan Mamatov was acquitted.",
        [
            P("Aibek Toktogulov", "P5Y", status="requested"),
            P("Aibek Toktogulov", "P5Y"),
            P("Nurzhan Asanaliyeva", "P5Y", status="requested"),
            P("Nurzhan Asanaliyeva", "P3Y"),
            P("Ulan Mamatov", "P5Y", status="requested"),
            P("Ulan Mamatov", None, kind="acquittal"),
        ],
        id="request-for-all-three-named-later",
    ),
    pytest.param(
        'Judge Aigul Temirbekova read the verdict: "Bekturova is sentenced to two years of '
        "restricted freedom. Kravtsov is sentenced to three years in prison.\" Kravtsov's mother "
        'wept. "Three years for a man who did nothing," she said.',
        [
            P("Bekturova", "P2Y", "restricted_freedom"),
            P("Kravtsov", "P3Y"),
        ],
        id="a-verdict-read-out-in-a-quote-counts-a-remark-does-not",
    ),
    pytest.param(
        'Eleven people stood trial in the case. "Nurlan Omarov was sentenced to 14 years, and '
        'the others received from two to nine years," the court said in a statement. His '
        'brother said: "Fourteen years for nothing."',
        [P("Nurlan Omarov", "P14Y"), P(10, "P2Y..P9Y")],
        id="a-verdict-quoted-from-the-court-counts-a-relatives-remark-does-not",
    ),
    pytest.param(
        "The regional court heard the appeal on Tuesday.\n\nFive people were found guilty:\n\n"
        "  • Arman Seitkali — 17 years for murder and hooliganism\n"
        "  • Bolat Zhumagul, Yerzhan Kassym — 6 years each for taking part in a fight\n"
        "  • Timur Ablai (a minor) — 2.5 years for concealing a crime\n",
        [
            P("Arman Seitkali", "P17Y"),
            P("Bolat Zhumagul", "P6Y"),
            P("Yerzhan Kassym", "P6Y"),
            P("Timur Ablai", "P2Y6M"),
        ],
        id="a-list-after-a-lead-telling-a-verdict-gives-its-items-terms",
    ),
    pytest.param(
        "A Batumi court has sentenced three people to four years in prison over the protests.\n"
        "The judge reclassified the charges.\nThose sentenced include:\nNika Beridze, 31\n"
        "Dato Kapanadze, 24\nLevan Abuladze, 40\nNone of them admitted guilt.",
        [P("Nika Beridze", "P4Y"), P("Dato Kapanadze", "P4Y"), P("Levan Abuladze", "P4Y")],
        id="a-counted-group-named-in-a-list-below-is-its-people",
    ),
    pytest.param(
        "Judge Gulnara Šaripova delivered the verdict. Bolat Ajmešov was sentenced to 6 years "
        "and Ališer Toktarov to 2 years.",
        [P("Bolat Ajmešov", "P6Y"), P("Ališer Toktarov", "P2Y")],
        id="names-in-a-transliteration-with-accented-letters",
    ),
    pytest.param(
        "Rustam Aliyev was sentenced to eight years in prison. Eight-year sentences were also "
        "handed to Meydan Press's director Leyla Guliyeva and reporter Kamran Huseynov.",
        [P("Rustam Aliyev", "P8Y"), P("Leyla Guliyeva", "P8Y"), P("Kamran Huseynov", "P8Y")],
        id="sentences-also-handed-to-an-organisations-director-and-another",
    ),
    pytest.param(
        "An Astana court sentenced former Kazakh Energy Minister Daulet Sarsenov to six years in "
        "prison. Sarsenov denied the charges.",
        [P("Daulet Sarsenov", "P6Y")],
        id="a-name-after-a-long-run-of-capitalised-title-words",
    ),
    pytest.param(
        "Editor Saule Omarova was fined for a post in support of Radio Azattyq's journalists. "
        "The court found Omarova guilty of spreading false information. The journalist must pay "
        "a fine of 52,000 tenge.",
        [P("Saule Omarova", None, kind="fine")],
        id="the-journalist-is-the-one-named-not-an-owned-plural-group",
    ),
    pytest.param(
        "Nurbek Asanov was sentenced to six years. The head of the supplier firm, a 48-year-old "
        "businessman from Karakol, was placed on probation for two years. In a separate case, a "
        "court jailed the owner of a cafe where two people died to seven years.",
        [P("Nurbek Asanov", "P6Y"), P(1, "P2Y", kind="probation"), P(1, "P7Y")],
        id="definite-descriptions-that-introduce-someone-new",
    ),
    pytest.param(
        "In the dock was Zhanbolat Sarsenbayev, a livestock farmer. Sarsenbayev's nephew, "
        "Yerbol Sarsenbayev, testified that the police pushed first. Sarsenbayev was jailed "
        "for four years.",
        [P("Zhanbolat Sarsenbayev", "P4Y")],
        id="a-surname-alone-is-its-first-bearer-not-a-relative-named-later",
    ),
    pytest.param(
        "Spouses Siarhei Zhukouski and Tatsiana Zhukouskaya were convicted of joining protests. "
        "Zhukouski received 4 years in a high-security colony, Zhukouskaya 2.5 years.",
        [P("Siarhei Zhukouski", "P4Y"), P("Tatsiana Zhukouskaya", "P2Y6M")],
        id="spouses-named",
    ),
    pytest.param(
        "The court jailed Yerlan Utepov, 49, the founder of Aktobe Grand Stroy, for 10 years "
        "for fraud. Prosecutors had asked for 13 years.",
        [P("Yerlan Utepov", "P10Y"), P("Yerlan Utepov", "P13Y", status="requested")],
        id="companies-are-no-people",
    ),
    # --- lists ------------------------------------------------------------------------------------
    pytest.param(
        'The court sentenced Igor Sokolovsky to 10 years. "The court also fined him 30 million '
        'rubles and banned him from holding posts in state bodies," the source said. The court '
        "also sentenced Sokolovsky's former deputy, Marina Kaletina, to four years.",
        [
            P("Igor Sokolovsky", "P10Y"),
            P("Igor Sokolovsky", None, "fine"),
            P("Igor Sokolovsky", None, "ban"),
            P("Marina Kaletina", "P4Y"),
        ],
        id="a-quoted-fine-by-its-verb-and-an-object-after-an-owned-role",
    ),
    pytest.param(
        "Five years each went to the three junior officers who took part in the beatings: "
        "sergeants Daniyar Ospanov and Aibek Kuttybayev and corporal Yerlan Saparov.",
        [P("Daniyar Ospanov", "P5Y"), P("Aibek Kuttybayev", "P5Y"), P("Yerlan Saparov", "P5Y")],
        id="a-group-with-a-relative-clause-named-after-a-colon",
    ),
    pytest.param(
        "Emil Sadyrbekov (23) and Ruslan Kenzhebaev (30), Nurlan's cousins, who helped grab her, "
        "were each sentenced to five years in prison.",
        [P("Emil Sadyrbekov", "P5Y"), P("Ruslan Kenzhebaev", "P5Y")],
        id="names-with-ages-in-brackets-then-an-apposed-group",
    ),
    pytest.param(
        "The court cut the term of Ruslan Zhamankulov. The seven-year term of Senior Lieutenant "
        "Arman Dosbolov, 31, who held a bag over a detainee's head, was upheld.",
        [P("Arman Dosbolov", "P7Y")],
        id="the-term-of-a-titled-name",
    ),
    pytest.param(
        "Seven years each went to the site engineer, Ruslan Kaliakparov, and the foreman, "
        "Nurlan Dosov.",
        [P("Ruslan Kaliakparov", "P7Y"), P("Nurlan Dosov", "P7Y")],
        id="fronted-term-to-role-name-and-role-name",
    ),
    pytest.param(
        "A district court fined two students, Aliya Sultan and Erik Ten, for joining the rally.",
        [P("Aliya Sultan", None, "fine"), P("Erik Ten", None, "fine")],
        id="fined-counted-then-named",
    ),
    pytest.param(
        "The judge fined Aliya Sultan and Erik Ten 30 MCI each.",
        [P("Aliya Sultan", None, "fine"), P("Erik Ten", None, "fine")],
        id="fined-list-amount-each",
    ),
    pytest.param(
        "The court sentenced three former police officers - Bolat Iskakov, Yerbol Tasov and "
        "Aidos Li - to five years each.",
        [P("Bolat Iskakov", "P5Y"), P("Yerbol Tasov", "P5Y"), P("Aidos Li", "P5Y")],
        id="group-then-names-after-a-dash",
    ),
    pytest.param(
        "Erlan Musin, Bolat Zhakupov and Aibek Tursunov received six, seven and eight years "
        "respectively.",
        [P("Erlan Musin", "P6Y"), P("Bolat Zhakupov", "P7Y"), P("Aibek Tursunov", "P8Y")],
        id="respectively",
    ),
    pytest.param(
        "Bolat Iskakov and Yerbol Tasov were jailed for five and seven years.",
        [P("Bolat Iskakov", "P5Y"), P("Yerbol Tasov", "P7Y")],
        id="parallel-list",
    ),
    pytest.param(
        "Nurbol Yesimov, 24, was jailed for seven years, as was 41-year-old Gani Abdikarimov.",
        [P("Nurbol Yesimov", "P7Y"), P("Gani Abdikarimov", "P7Y")],
        id="as-was-x",
    ),
    pytest.param(
        "Amir Dzhakupov and Saken Orazov were each jailed for seven years.",
        [P("Amir Dzhakupov", "P7Y"), P("Saken Orazov", "P7Y")],
        id="named-each",
    ),
    pytest.param(
        "The court sentenced I. D. Petrov to five years and A. Ivanova to three years of "
        "restricted freedom.",
        [P("I. D. Petrov", "P5Y"), P("A. Ivanova", "P3Y", kind="restricted_freedom")],
        id="initials",
    ),
    # --- a surname alone ----------------------------------------------------------------------
    pytest.param(
        "Police detained Yerlan Sabitov in January. Sabitov received nine years on Tuesday.",
        [P("Yerlan Sabitov", "P9Y")],
        id="surname-alone-in-the-verdict",
    ),
    # --- dates and ages beside terms ---------------------------------------------------------
    pytest.param(
        "The 45-year-old Zhanna Tulegenova was jailed for 8 years on Tuesday.",
        [P("Zhanna Tulegenova", "P8Y")],
        id="age-before-term",
    ),
    # --- relatives, predecessors and the people a count adds up --------------------------------
    pytest.param(
        "A court in Taraz sentenced Arman Dosov to nine years on Monday. His brother was jailed "
        "for four years.",
        [P("Arman Dosov", "P9Y"), P(1, "P4Y")],
        id="his-brother-is-someone-else",
    ),
    pytest.param(
        "Kairat Nurbekov was jailed for six years. Nurbekov's predecessor, jailed in 2019 for "
        "eight years in a similar case, was released last spring.",
        [P("Kairat Nurbekov", "P6Y"), P(1, "P8Y")],
        id="predecessor-is-someone-else",
    ),
    pytest.param(
        "The region's former police chief Talgat Ermekov was jailed for seven years. Four of "
        "his former subordinates were each sentenced to five years. All five were barred for "
        "life from serving in the police.",
        [
            P("Talgat Ermekov", "P7Y"),
            P("Talgat Ermekov", None, kind="ban"),
            P(4, "P5Y"),
            P(4, None, kind="ban"),
        ],
        id="all-five-are-the-one-and-the-four",
    ),
    pytest.param(
        "Aigerim Saparova, Nurlan Bekov and Dias Omarov got six years each. Prosecutors had "
        "asked for 10 years for Saparova and eight years for each of the other two.",
        [
            P("Aigerim Saparova", "P6Y"),
            P("Nurlan Bekov", "P6Y"),
            P("Dias Omarov", "P6Y"),
            P("Aigerim Saparova", "P10Y", status="requested"),
            P("Nurlan Bekov", "P8Y", status="requested"),
            P("Dias Omarov", "P8Y", status="requested"),
        ],
        id="for-each-of-the-other-two",
    ),
    pytest.param(
        "The outlet's director, Samat Ibrayev, its editor, Dana Kuatova, and reporter Ilyas "
        "Zhunusov received five years each.",
        [P("Samat Ibrayev", "P5Y"), P("Dana Kuatova", "P5Y"), P("Ilyas Zhunusov", "P5Y")],
        id="list-with-appositions",
    ),
    pytest.param(
        "The court jailed the men who beat shopkeeper Rustam Aliev to death. The main "
        "defendant, B. Tokonov, got 16 years; it was Tokonov who struck Aliev first. The "
        "prosecutor had asked for life imprisonment for him.",
        [P("B. Tokonov", "P16Y"), P("B. Tokonov", None, "life_imprisonment", "requested")],
        id="the-victim-is-no-antecedent",
    ),
    pytest.param(
        "In Kazan, a district court fined local councillor Irina Volkova 800,000 rubles for "
        '"fakes" about the army.',
        [("Irina Volkova", "fine", "imposed", None)],
        id="fined-x-an-amount-for",
    ),
    pytest.param(
        "And then there is Rustam Nazarov, 68, the father, a retired chemistry teacher. He was "
        "fined 10,000 somoni.",
        [("Rustam Nazarov", "fine", "imposed", None)],
        id="apposition-after-apposition",
    ),
    pytest.param(
        "The Supreme Court has handed life sentences to two men from the region.\n\n"
        "Sherali Nazarov, a former commander, and Umed Rahimov, a 37-year-old trader, were "
        "convicted of terrorism.",
        [
            P("Sherali Nazarov", None, "life_imprisonment"),
            P("Umed Rahimov", None, "life_imprisonment"),
        ],
        id="two-men-named-in-the-next-paragraph",
    ),
    # --- organisations and places are nobody ---------------------------------------------------
    pytest.param(
        "Bakhyt Omarov, 57, whose company Altyn Dala stored grain for the state, was found "
        "guilty of fraud. Prosecutors had asked for 13 years.",
        [P("Bakhyt Omarov", "P13Y", status="requested")],
        id="whose-company-x",
    ),
    pytest.param(
        "Ruslan Esenov, the director of Kaspi Stroy Service, was jailed for six years.",
        [P("Ruslan Esenov", "P6Y")],
        id="the-director-of-an-organisation",
    ),
    pytest.param(
        "Asem Nurova, 40, Atyrau. Article 405, for transfers to the banned Koshe Partiyasy "
        "movement. Sentenced to two years of restricted freedom.",
        [P("Asem Nurova", "P2Y", kind="restricted_freedom")],
        id="the-x-movement",
    ),
    pytest.param(
        "A former deputy mayor of Osh Kubat Tursun uulu was sentenced to 2 years of probation.",
        [P("Kubat Tursun uulu", "P2Y", kind="probation")],
        id="place-before-a-name",
    ),
    # --- clauses -----------------------------------------------------------------------------
    pytest.param(
        "Gleb Orlov got 16 years. Vera Sokolova, 20, Orlov's girlfriend, was sentenced to six "
        "years; prosecutors had sought eight.",
        [
            P("Gleb Orlov", "P16Y"),
            P("Vera Sokolova", "P6Y"),
            P("Vera Sokolova", "P8Y", status="requested"),
        ],
        id="request-after-a-semicolon",
    ),
    pytest.param(
        "Levan Beridze was fined 2,000 lari. Nino Kapanadze, a 29-year-old lawyer who had been "
        "charged with organising group violence, was acquitted.",
        [("Levan Beridze", "fine", "imposed", None), P("Nino Kapanadze", None, "acquittal")],
        id="x-a-lawyer-was-acquitted",
    ),
    pytest.param(
        "- Director of the carrier, Rinat Sadykov, 52 - 4 years of restricted freedom.\n"
        "- The company's mechanic, who signed the check sheet without looking - 2 years "
        "suspended.",
        [P("Rinat Sadykov", "P4Y", kind="restricted_freedom"), P(1, "P2Y", kind="suspended")],
        id="the-companys-mechanic",
    ),
    pytest.param(
        "Saidmurod Kurbonov, 38, left the country in 2019. Saidmurod was sentenced in absentia "
        "to 15 years in prison.",
        [P("Saidmurod Kurbonov", "P15Y")],
        id="a-given-name-alone-after-the-full-name",
    ),
    pytest.param(
        "Marat Seitkali, 38, was found guilty of fraud. The money went to Aliya Nurbek, a "
        "relative.\n\nThe state prosecutor asked the court to impose 7 years of imprisonment. "
        "The court sentenced Seitkali to 6 years.",
        [P("Marat Seitkali", "P7Y", status="requested"), P("Marat Seitkali", "P6Y")],
        id="request-then-the-verdict-of-the-next-sentence",
    ),
    pytest.param(
        "Gulmira Sadykova was charged with libel. On 3 May the court sentenced Ms. Sadykova to "
        "2 years of restricted freedom.",
        [P("Gulmira Sadykova", "P2Y", kind="restricted_freedom")],
        id="ms-dot-is-a-title-not-an-initial",
    ),
    pytest.param(
        "Kh. Daurov, I. Masimov and Yu. Suleimanov stole 14 head of cattle from a farm. Each of "
        "them was sentenced to 2 years of restricted freedom.",
        [
            P("Kh. Daurov", "P2Y", kind="restricted_freedom"),
            P("I. Masimov", "P2Y", kind="restricted_freedom"),
            P("Yu. Suleimanov", "P2Y", kind="restricted_freedom"),
        ],
        id="each-of-them-after-a-list-not-head-of-cattle",
    ),
    pytest.param(
        "Residents of the village of Masanchi Kh. Daurov and I. Masimov stole sheep. Each of them "
        "was sentenced to 2 years of restricted freedom.",
        [
            P("Kh. Daurov", "P2Y", kind="restricted_freedom"),
            P("I. Masimov", "P2Y", kind="restricted_freedom"),
        ],
        id="a-village-before-a-name-with-initials",
    ),
    pytest.param(
        "Driving a Toyota Camry, Bauyrzhan Tulegenov hit a 64-year-old woman. The victim died. "
        "The court sentenced Tulegenov to 6 years.",
        [P("Bauyrzhan Tulegenov", "P6Y")],
        id="a-car-is-no-one-a-woman-hit-is-a-victim",
    ),
    pytest.param(
        "Dana Akhmetova, a mother of three children who repaid the damage, was sentenced to 3 "
        "years of restricted freedom.",
        [P("Dana Akhmetova", "P3Y", kind="restricted_freedom")],
        id="x-a-mother-of-three-children",
    ),
    pytest.param(
        "That is how the mother of exiled blogger Timur Sadykzoda described the verdict. The "
        "regional court sentenced Sadykzoda to 14 years in absentia. The prosecution had asked "
        "for 16 years.",
        [P("Timur Sadykzoda", "P14Y"), P("Timur Sadykzoda", "P16Y", status="requested")],
        id="a-mothers-son-is-no-victim",
    ),
    pytest.param(
        "Aidar Nurlanov, a sales manager at Ertis Komir Trading, was sentenced to nine years. "
        "He spoke to Radio Ozodi by telephone. Prosecutors had asked for 11 years.",
        [P("Aidar Nurlanov", "P9Y"), P("Aidar Nurlanov", "P11Y", status="requested")],
        id="a-radio-and-a-trading-company-are-no-one",
    ),
    pytest.param(
        "Co-founder Ruslan Tazhenov was sentenced in absentia to 9 years.",
        [P("Ruslan Tazhenov", "P9Y")],
        id="a-co-founder-is-no-name",
    ),
    pytest.param(
        "The Ton district court delivered its verdict in the forest land case on Tuesday, the "
        "prosecutor's office said.\n\nBy the verdict of the court:\n\n– Ivan Orlov was "
        "sentenced to 3 years of imprisonment;\n\n– a 41-year-old land surveyor from the town of "
        "Balykchy, who drew up the plans, was sentenced to 2 years of probation;\n\n– three "
        "buyers of the plots, who knew about the status of the land, were each fined 200,000 "
        "soms.",
        [P("Ivan Orlov", "P3Y"), P(1, "P2Y", kind="probation"), P(3, None, kind="fine")],
        id="buyers-are-a-group",
    ),
    pytest.param(
        "Two traffic police officers who waved the bus through a checkpoint even though it was "
        "carrying 61 people in a vehicle certified for 45 received suspended sentences of two "
        "years each.",
        [P(2, "P2Y", kind="suspended")],
        id="a-group-subject-past-a-long-relative-clause",
    ),
    pytest.param(
        "Three defendants were each sentenced to two years in prison. They are Levan Khutsishvili, "
        "23, a student; Dato Meskhi, 31, a courier; and Irakli Gelashvili, 27, a sound engineer. "
        "The fourth defendant, Sandro Lomtadze, received two years and six months.",
        [
            P("Levan Khutsishvili", "P2Y"),
            P("Dato Meskhi", "P2Y"),
            P("Irakli Gelashvili", "P2Y"),
            P("Sandro Lomtadze", "P2Y6M"),
        ],
        id="a-group-named-one-by-one-in-the-next-sentence",
    ),
    pytest.param(
        "Seventeen participants of a gathering of farmers were brought to administrative "
        "liability. Five of them were administratively arrested for 10 days each, the other 12 "
        "were fined 20 MCI each.",
        [P(5, "P10D", kind="administrative_arrest"), P(12, None, kind="fine")],
        id="n-of-them-is-a-part-of-the-group",
    ),
    pytest.param(
        "A businessman who the court said had paid the officers to wave the trucks through, Ulan "
        "Sydykov, was fined 2 million soms. Another defendant was acquitted. Two of the "
        "mechanic's cousins were each sentenced to two years of restricted freedom.",
        [
            P("Ulan Sydykov", None, kind="fine"),
            P(1, None, kind="acquittal"),
            P(2, "P2Y", kind="restricted_freedom"),
        ],
        id="another-defendant-and-two-of-someones-cousins",
    ),
    pytest.param(
        'Police detained activist Dina Kemelova, who had unfurled a banner reading "Miners are '
        'not criminals." A local court later sentenced her to 10 days of administrative arrest.',
        [P("Dina Kemelova", "P10D", kind="administrative_arrest")],
        id="a-quote-opening-with-a-person-noun-is-no-group",
    ),
    pytest.param(
        "Firuza Rakhimova was convicted on April 8 of extremism and sentenced to eight years, her "
        "sister, Nodira Rakhimova, told RFE/RL. Prosecutors had demanded 10 years.",
        [
            P("Firuza Rakhimova", "P8Y"),
            P("Firuza Rakhimova", "P10Y", status="requested"),
        ],
        id="a-speaker-never-tried-is-not-whom-the-article-talks-about",
    ),
    pytest.param(
        "The court sentenced Saltanat Ibraeva to two years. The prosecutor had asked the court "
        "to sentence Ibraeva to 3 years and to fine Kanat Zhakenov 1,000 MCI.",
        [
            P("Saltanat Ibraeva", "P2Y"),
            P("Saltanat Ibraeva", "P3Y", status="requested"),
            P("Kanat Zhakenov", None, kind="fine", status="requested"),
        ],
        id="to-fine-x-is-xs-fine",
    ),
    pytest.param(
        "In St Petersburg, a district court ordered the administrative arrest of 46-year-old "
        "engineer Ilya Fedin for 12 days after he laid flowers at a monument.",
        [P("Ilya Fedin", "P12D", kind="administrative_arrest")],
        id="the-arrest-of-x-for-days",
    ),
    pytest.param(
        "Kanybek Tashtanbek uulu, 47, was sentenced to 20 years. Tashtanbek uulu's younger "
        "brother Maksat Tashtanbek uulu was acquitted.",
        [P("Kanybek Tashtanbek uulu", "P20Y"), P("Maksat Tashtanbek uulu", None, "acquittal")],
        id="a-surname-with-a-particle-and-its-owner",
    ),
    pytest.param(
        "A Baku court sentenced Elvin Rauf oglu Mammadli to eight years. Prosecutors had sought "
        "10 years for Mammadli.",
        [
            P("Elvin Rauf oglu Mammadli", "P8Y"),
            P("Elvin Rauf oglu Mammadli", "P10Y", status="requested"),
        ],
        id="a-patronymic-with-a-particle-before-the-surname",
    ),
    pytest.param(
        "A court in Minsk fined Alena Shymanskaya 1,850 rubles. A Gomel court fined Ihar Lis "
        "900 Russian rubles for an unpaid loan from Moscow.",
        [("Alena Shymanskaya", "fine", "imposed", None), ("Ihar Lis", "fine", "imposed", None)],
        id="rubles-in-belarus",
    ),
    pytest.param(
        "The court read out the verdict in the pyramid case. We were there. In short:\n"
        "\u25aa\ufe0f Timur Ospan (the founder) \u2014 9 years\n"
        "\u25aa\ufe0f head of the call centre Aidos Nurlanuly \u2014 4 years of restricted "
        "freedom\n"
        '\u25aa\ufe0f five "curators" who recruited investors \u2014 fines of 500 MCI each\n',
        [
            P("Timur Ospan", "P9Y"),
            P("Aidos Nurlanuly", "P4Y", kind="restricted_freedom"),
            (5, "fine", "imposed", None),
        ],
        id="a-verdict-list-with-emoji-bullets",
    ),
    pytest.param(
        "The court sentenced the former head of the unit to 12 years. Two of his subordinates "
        "received 10 years each. Major Bakyt Omorov, 44, headed the unit. Lieutenants Azamat "
        "Tologon uulu and Nurlan Abdykadyrov, both 31, got 10 years each. All three were also "
        "barred from serving in the police for five years. A fourth officer, Daniyar Asanov, "
        "was acquitted.",
        [
            P("Bakyt Omorov", "P12Y"),
            P("Azamat Tologon uulu", "P10Y"),
            P("Nurlan Abdykadyrov", "P10Y"),
            *(
                P(who, "P5Y", kind="ban")
                for who in ("Bakyt Omorov", "Azamat Tologon uulu", "Nurlan Abdykadyrov")
            ),
            P("Daniyar Asanov", None, "acquittal"),
        ],
        id="a-lead-with-an-exact-term-then-all-three-of-those-named-before",
    ),
    pytest.param(
        "The director of Ontustik Kurylys Invest LLP, Timur Ten, was sentenced to 5 years. The "
        "panel left unchanged the two-year suspended sentence of his colleague, camera operator "
        "Saule Beisembina.",
        [P("Timur Ten", "P5Y"), P("Saule Beisembina", "P2Y", kind="suspended")],
        id="a-number-word-surname-and-a-colleague-after-an-apposition",
    ),
    pytest.param(
        "Five years each went to the company's three regional directors - Merdan Annaberdi "
        "(Shymkent), Dilnaz Kenzhe (Karaganda) and Oleg Pak (Ust-Kamenogorsk). A blogger who "
        "promised returns of 8% a month was fined.",
        [
            P("Merdan Annaberdi", "P5Y"),
            P("Dilnaz Kenzhe", "P5Y"),
            P("Oleg Pak", "P5Y"),
            (1, "fine", "imposed", None),
        ],
        id="names-after-a-dash-with-their-towns-and-a-rate-is-no-term",
    ),
    pytest.param(
        "The regional court has reduced the sentence of a former police major convicted of "
        "torture from seven to five years. The panel left his subordinates' terms unchanged.\n\n"
        "Aidos Serikuly Mukhametkali, 44, headed the criminal investigation unit. He was "
        "sentenced to 2 years in a general-security colony in an earlier case.",
        [
            P("Aidos Serikuly Mukhametkali", "P7Y"),
            P("Aidos Serikuly Mukhametkali", "P5Y"),
            P("Aidos Serikuly Mukhametkali", "P2Y"),
        ],
        id="a-name-opening-a-paragraph-is-the-leads-description",
    ),
    pytest.param(
        "The court jailed Nurbol Zhaksylyk for 11 years. Nine years went to Zhaksylyk's former "
        "deputy, Ruslan Li. The court sentenced the mine's former director to five years of "
        "imprisonment. Ilyas Kairatovich Beisen, 58, who had run the mine since 2016, was found "
        "guilty. Two gas-monitoring operators had failed to report the readings. The court gave "
        "each of them a fine of 1.5 million tenge.",
        [
            P("Nurbol Zhaksylyk", "P11Y"),
            P("Ruslan Li", "P9Y"),
            P("Ilyas Kairatovich Beisen", "P5Y"),
            (2, "fine", "imposed", None),
        ],
        id="a-two-letter-surname-before-a-stop-and-owned-descriptions",
    ),
    pytest.param(
        "- the organiser and leader of the group B. K. Nurtazin, born 1989, was sentenced to 12 "
        "years of imprisonment;\n",
        [P("B. K. Nurtazin", "P12Y")],
        id="initials-after-an-organisation-word-name-a-person",
    ),
    pytest.param(
        "The panel cut Bekturganov's term from nine to seven years and reduced Zhumagaliyev's by "
        "one year, to six years. Viktar Lapatsenka, a former employee of the Minsk Tractor Works, "
        "was sentenced to five years in a penal colony. Four other strikers were fined 50 MCI "
        "each.",
        [
            P("Bekturganov", "P9Y"),
            P("Bekturganov", "P7Y"),
            P("Zhumagaliyev", "P6Y"),
            P("Viktar Lapatsenka", "P5Y"),
            (4, "fine", "imposed", None),
        ],
        id="an-elided-owner-a-works-and-strikers",
    ),
    pytest.param(
        "The director of the firm, Ilhom G'ulomov, will spend eight years behind bars. Two "
        "officials, Shavkat Yo'ldoshev and Dilnoza Rahimova, received three and two years of "
        "restriction of freedom respectively. Notary Ulan Imanaliev was acquitted. Three land "
        "surveyors were each sentenced to 3 years.",
        [
            P("Ilhom G'ulomov", "P8Y"),
            P("Shavkat Yo'ldoshev", "P3Y", kind="restricted_freedom"),
            P("Dilnoza Rahimova", "P2Y", kind="restricted_freedom"),
            P("Ulan Imanaliev", None, "acquittal"),
            P(3, "P3Y"),
        ],
        id="uzbek-apostrophes-a-title-and-surveyors",
    ),
    pytest.param(
        "The court jailed Arman Sadykov for seven years and Timur Omarov for six. Prosecutors had "
        "sought eight years for each of the defendants.",
        [
            P("Arman Sadykov", "P7Y"),
            P("Timur Omarov", "P6Y"),
            P("Arman Sadykov", "P8Y", status="requested"),
            P("Timur Omarov", "P8Y", status="requested"),
        ],
        id="a-request-for-each-of-the-defendants",
    ),
    pytest.param(
        "The court upheld the 4-year sentence of Nadzeya Kavaliova. Her lawyer asked the court "
        "to acquit her. In Hrodna, musician Ales Zhuk was given 15 days of administrative arrest. "
        "On the day of his release he was given another 10 days. Blogger Kiryl Patapau from Lida "
        "was fined 40 base units (1,680 rubles).",
        [
            P("Nadzeya Kavaliova", "P4Y"),
            P("Ales Zhuk", "P15D", kind="administrative_arrest"),
            P("Ales Zhuk", "P10D", kind="administrative_arrest"),
            ("Kiryl Patapau", "fine", "imposed", None),
        ],
        id="a-defence-request-another-arrest-and-base-units",
    ),
    pytest.param(
        "His business partner, Olga Rybakova, who left for the United Arab Emirates a few weeks "
        "before, was tried in absentia and given eight years. At least 14 people were convicted "
        "under the article in 2024, compared with nine a year earlier.",
        [P("Olga Rybakova", "P8Y")],
        id="a-country-of-three-words-and-a-year-earlier",
    ),
    pytest.param(
        "The court gave the longest term, nine years, to the channel's founder and director, "
        "Farid Mammadli, 43. A 44-year-old lorry driver from the village of Kordai was given "
        "three years of restricted freedom. The man, Bolat Zhumadilov, had cooperated with the "
        "investigation.",
        [
            P("Farid Mammadli", "P9Y"),
            P("Bolat Zhumadilov", "P3Y", kind="restricted_freedom"),
        ],
        id="founder-and-director-and-the-man-named-after-a-comma",
    ),
    pytest.param(
        "Konstantin Belykh was sentenced to seven years. On the day of Konstantin Belykh's "
        "sentencing, pensioner Viktor Sinelnikov, 72, stood outside the court with a poster. He "
        "was detained and later given 12 days of administrative arrest.",
        [
            P("Konstantin Belykh", "P7Y"),
            P("Viktor Sinelnikov", "P12D", kind="administrative_arrest"),
        ],
        id="a-pronoun-skips-an-owner-in-the-sentence-before",
    ),
    # --- summary leads ------------------------------------------------------------------------
    pytest.param(
        "An appeals court cut the terms of two men and acquitted a third. Kanat Ibrayev, a "
        "taxi driver who had been sentenced to four years, was acquitted.",
        [P("Kanat Ibrayev", "P4Y"), P("Kanat Ibrayev", None, "acquittal")],
        id="lead-acquittal-of-a-third-then-named",
    ),
    pytest.param(
        "Three officers were jailed for five to seven years. Murat Alikhanov got seven years, "
        "Baurzhan Sultanov six and Daulet Nurgaliev five.",
        [P("Murat Alikhanov", "P7Y"), P("Baurzhan Sultanov", "P6Y"), P("Daulet Nurgaliev", "P5Y")],
        id="summary-lead-range",
    ),
    pytest.param(
        "Five men were sentenced to between four and nine years. The court did not name them.",
        [P(5, "P4Y..P9Y")],
        id="lead-range-kept-where-no-terms-follow",
    ),
    pytest.param(
        "Hospital chief jailed over infant deaths\n\nA court sentenced the head physician of the "
        "city's Maternity Hospital No. 3 to four years in prison on Tuesday.\n\nGaukhar Serikova, "
        "58, who had run the hospital for eleven years, was found guilty of negligence. In 2019, "
        "a single neonatologist received two years of restricted freedom in a similar case.",
        [P("Gaukhar Serikova", "P4Y"), P(1, "P2Y", "restricted_freedom")],
        id="a-definite-description-with-an-of-complement-is-named-after",
    ),
    pytest.param(
        "Fake doctor jailed\n\nIrina Loginova, 45, spent three years posing as a doctor in "
        "Pavlodar. On Wednesday the city court sentenced her to six years in prison. The "
        "prosecutor had asked for eight.",
        [P("Irina Loginova", "P6Y"), P("Irina Loginova", "P8Y", status="requested")],
        id="a-role-after-as-is-no-new-person",
    ),
    pytest.param(
        "Clinic owner jailed\n\nThe court jailed clinic owner Olim Rakhimov for nine years. Two "
        "other defendants, a pharmacist and a driver, were acquitted.",
        [P("Olim Rakhimov", "P9Y"), P(2, None, "acquittal")],
        id="descriptions-listed-beside-a-group-are-its-people",
    ),
    pytest.param(
        "Appeal rejected\n\nThe court rejected an appeal against the acquittal of Aida "
        "Nurbekova. Prosecutors had asked the judges to overturn the acquittal and sentence her "
        "to six years in prison.",
        [P("Aida Nurbekova", None, "acquittal"), P("Aida Nurbekova", "P6Y", status="requested")],
        id="a-verdict-verb-after-and-in-a-request-is-requested",
    ),
    pytest.param(
        "Five activists convicted\n\nThe city court found Zhanar Bekova and four others "
        "guilty and handed them sentences ranging from a fine to a prison term. Bekova received "
        "three years of restricted freedom.\n\nIf you live in Russia, you could face fines or "
        "imprisonment for sharing our content.",
        [P("Zhanar Bekova", "P3Y", "restricted_freedom")],
        id="kinds-ranging-and-the-reader-addressed-are-no-penalties",
    ),
    pytest.param(
        "Activist's term commuted\n\nThe appeals court commuted the 18-month prison sentence "
        "of Svetlana Petrova, 57, to a year and a half of restricted freedom. She was released "
        "after spending 71 days in a penal colony.",
        [P("Svetlana Petrova", "P18M"), P("Svetlana Petrova", "P1Y6M", "restricted_freedom")],
        id="time-spent-in-a-colony-is-no-penalty",
    ),
    pytest.param(
        "Land officials sentenced\n\nThe court sentenced A. K. Tursunov to five years in prison. "
        "Intermediary U. S. Abdukarimov was fined 82.5 million soums.",
        [
            P("A. K. Tursunov", "P5Y"),
            ("U. S. Abdukarimov", "fine", "imposed", None),
        ],
        id="a-role-noun-opening-a-sentence-is-no-part-of-the-name",
    ),
    pytest.param(
        "Flour trust verdict\n\nThe court jailed the trust's director, Merdan Ataev, for 12 "
        "years. Six other defendants, including two warehouse managers and four truck drivers, "
        "received prison terms of between three and eight years. Three more men, including "
        "Ataev's 60-year-old landlord, were each fined 2,000 manats.",
        [
            P("Merdan Ataev", "P12Y"),
            P(6, "P3Y..P8Y"),
            (3, "fine", "imposed", None),
        ],
        id="people-a-group-includes-are-no-new-people",
    ),
    pytest.param(
        "Boiler blast verdict\n\nThe court ordered Marat Oskenov to serve five years. Chief "
        "engineer Aigul Temirova, 44, was handed a three-year suspended sentence. Two shift "
        "supervisors were each fined 1.5 million tenge.",
        [
            P("Marat Oskenov", "P5Y"),
            P("Aigul Temirova", "P3Y", "suspended"),
            (2, "fine", "imposed", None),
        ],
        id="supervisors-are-people",
    ),
    pytest.param(
        "Editor jailed\n\nThe court jailed editor Aizada Kadyrova for five years. The remaining "
        "four employees of the site, including its accountant and a driver, were acquitted.",
        [P("Aizada Kadyrova", "P5Y"), P(4, None, "acquittal")],
        id="a-group-with-an-of-complement-includes-people",
    ),
    pytest.param(
        "Mine fire verdict\n\nThe court jailed the mine's director, Marat Zhunusov, for nine "
        "years. The mine's former chief engineer, Viktor Helm, 49, was given six years. The court "
        "also handed the head of the mine's safety service a five-year term. Asylbek Nurtazin, "
        "52, who had run the service since 2017, said he had been overruled.",
        [P("Marat Zhunusov", "P9Y"), P("Viktor Helm", "P6Y"), P("Asylbek Nurtazin", "P5Y")],
        id="the-head-of-an-owned-service-is-named-after",
    ),
    pytest.param(
        "Appeal upheld\n\nThe panel upheld the two-year suspended sentence handed to the "
        "camerawoman, Aizada Kerimova, 29, and the three-year probation terms given to two former "
        "reporters, Kanat Sydykov and Bermet Rysova. Four of Sydykov's colleagues got between "
        "four and six years in prison.",
        [
            P("Aizada Kerimova", "P2Y", "suspended"),
            P("Kanat Sydykov", "P3Y", "probation"),
            P("Bermet Rysova", "P3Y", "probation"),
            P(4, "P4Y..P6Y"),
        ],
        id="terms-given-to-named-people-and-four-of-a-persons-colleagues",
    ),
    pytest.param(
        "Minibus driver jailed\n\nThe driver of an intercity minibus that overturned on the "
        "highway was sentenced to five years in a colony-settlement.\n\nThree passengers died "
        "in the crash, including 71-year-old Lyudmila Sorokina, who was travelling to Ridder.",
        [P(1, "P5Y")],
        id="a-passenger-who-died-is-no-defendant-the-unnamed-driver-is",
    ),
    pytest.param(
        "Corruption cases\n\n3. A nurse of a polyclinic in Zhanaozen issued 37 false "
        "certificates.\n\nBy the court verdict she was sentenced to 2 years of restricted "
        'freedom.\n\n4. The former director of the state enterprise "Kaspiy Zhylu", A. '
        "Dzhaksybekov, was found guilty of embezzlement. The court sentenced him to 3 years of "
        "restriction of freedom.",
        [P(1, "P2Y", "restricted_freedom"), P("A. Dzhaksybekov", "P3Y", "restricted_freedom")],
        id="a-definite-description-of-a-named-organisation-before-a-name-is-new",
    ),
    pytest.param(
        "Spy files verdict\n\nThe court jailed Zurab Gvinia for five years. Two former officers "
        "of the department's technical unit, who installed the equipment, were each sentenced "
        "to three years in prison.",
        [P("Zurab Gvinia", "P5Y"), P(2, "P3Y")],
        id="a-group-owning-its-unit-before-a-relative-clause",
    ),
    pytest.param(
        "Exiles sentenced\n\nA court in Dushanbe sentenced Jamshed Nurov in absentia to 15 years. "
        "Rights groups say more than 200 opposition supporters and journalists have been jailed "
        "since the party was outlawed.",
        [P("Jamshed Nurov", "P15Y")],
        id="a-figure-of-many-words-as-subject-is-a-statistic",
    ),
    pytest.param(
        "Qairat Zhanuzakov, the nephew of former Defence Minister Serik Abenov, was sentenced to "
        "seven years in prison on Thursday. Bolat Yessimov, a close ally of the city's former "
        "mayor Murat Tleuov, is serving a nine-year prison sentence.",
        [P("Qairat Zhanuzakov", "P7Y"), P("Bolat Yessimov", "P9Y")],
        id="a-name-completing-an-apposition-is-no-subject",
    ),
    pytest.param(
        "A court fined the former director of the city water utility 800 MCI for negligence.",
        [P(1, None, "fine")],
        id="a-definite-description-as-object-no-name-follows-is-someone",
    ),
    pytest.param(
        '"He never took a bribe," Aliya Zhaksylyk told reporters outside the court. Minutes '
        "earlier the judge had sentenced her brother, Dauren Zhaksylyk, a former customs "
        "inspector, to six years in prison. Prosecutors had asked for eight years for Zhaksylyk.",
        [P("Dauren Zhaksylyk", "P6Y"), P("Dauren Zhaksylyk", "P8Y", status="requested")],
        id="a-surname-after-a-verdict-is-the-sentenced-not-the-relative-quoted-first",
    ),
    pytest.param(
        "A court in Termez sentenced a local blogger on Tuesday to five and a half years in "
        "prison for extortion. Blogger Jasur Tillayev, who wrote about the regional "
        "administration, denies the charges.",
        [P("Jasur Tillayev", "P5Y6M")],
        id="a-name-after-its-role-names-the-description-before",
    ),
    pytest.param(
        "A court in Termez sentenced a local teacher on Tuesday to five years in prison. "
        "Blogger Jasur Tillayev, who first wrote about the case, was questioned as a witness.",
        [P(1, "P5Y")],
        id="a-name-after-another-role-names-no-description-before",
    ),
    pytest.param(
        "Four men have been jailed over the killing of a banker. Daulet Kenzhebayev got 19 years, "
        "Arman Tolegenov 16 years, and the two others between four and nine years.",
        [P("Daulet Kenzhebayev", "P19Y"), P("Arman Tolegenov", "P16Y"), P(2, "P4Y..P9Y")],
        id="a-termless-lead-whose-people-get-terms-and-ranges-is-no-entry",
    ),
    pytest.param(
        "Blogger Nurlan Aitbayev was sentenced to prison on Friday. The judge gave Aitbayev four "
        "years for insulting a government official.",
        [P("Nurlan Aitbayev", "P4Y")],
        id="a-termless-penalty-restated-with-its-term-is-one-penalty",
    ),
    pytest.param(
        "Prosecutors had sought jail terms of up to eight years for opposition MPs Serik "
        "Beisembayev and Aigul Nurtaza.",
        [
            P("Serik Beisembayev", "..P8Y", status="requested"),
            P("Aigul Nurtaza", "..P8Y", status="requested"),
        ],
        id="names-after-a-plural-title-in-capitals",
    ),
    pytest.param(
        "Ex-policeman Bakhyt Ormanov was sentenced to 14 years. A court also fined Ayan TV "
        "correspondent Madina Serikova 90 MCI. Both had supported the banned Free Choice of "
        "Kazakhstan movement, which the Kremlin and the State History Museum were said to fund.",
        [P("Bakhyt Ormanov", "P14Y"), P("Madina Serikova", None, "fine")],
        id="no-name-of-an-ex-role-an-outlet-before-a-role-an-organisation-of-a-country",
    ),
    pytest.param(
        "A court in Taraz sentenced activist Kanat Yessenov to one year of restricted freedom and "
        "80 hours of community service. Later that day, another activist, Gulnar Abdrakhmanova, "
        "was handed the same sentence on the same charge. The law allows imprisonment for the "
        "same term.",
        [
            P("Kanat Yessenov", "P1Y", "restricted_freedom"),
            P("Kanat Yessenov", "PT80H", "community_service"),
            P("Gulnar Abdrakhmanova", "P1Y", "restricted_freedom"),
            P("Gulnar Abdrakhmanova", "PT80H", "community_service"),
        ],
        id="the-same-sentence-as-anothers",
    ),
    pytest.param(
        "Publisher jailed\n\nBerik Tulegenov, who owns the regional weekly Dala Times, stood\n"
        "trial with his son Arman on tax charges. The court in the city of\nTaraz sentenced "
        "Berik Tulegenov to six years in prison on\nFriday.",
        [P("Berik Tulegenov", "P6Y")],
        id="hard-wrapped-lines-are-read-as-one-sentence",
    ),
    pytest.param(
        "Press freedom groups criticised a series of cases against reporters.\n"
        "The founder and editor of the news website Dala Kun, Saule\n"
        "Temirbekova, was sentenced to two years in prison this year on\n"
        "charges of spreading false information.",
        [P("Saule Temirbekova", "P2Y")],
        id="a-name-hard-wrapped-across-two-lines",
    ),
    pytest.param(
        " date 2019-03-04 * Two Kazakhs oppose a new mining law\n"
        "KOSTANAY, Kazakhstan, March 3 A regional court\n"
        "sentenced environmental campaigner Ruslan Akhmetov on Friday to 12\n"
        'years in a high-security penal colony for "sabotage" at a\n'
        "copper plant in the region in May 2021.\n"
        "The Rudny-born Akhmetov pleaded not guilty and denounced the\n"
        "trial as politically driven, amid protests in the region over\n"
        "the plant's waste ponds and the water supply of nearby towns.\n"
        'Rights groups said the case was "a warning to anyone who\n'
        "speaks up\". The plant's owner declined to comment on the verdict.\n"
        "Prosecutors had accused Akhmetov of organising a group that\n"
        "damaged a pipeline at the plant in order to halt its work.\n"
        "The court in the city also sentenced a second defendant,\n"
        "activist Daniyar Seitov, to 8 years in prison. Prosecutors had\n"
        "sought 14 years for Akhmetov and 10 for Seitov.\n"
        "Protests against the plant began in 2020 after residents\n"
        "complained of dust and the loss of pasture. Dozens of people were\n"
        "detained at rallies in the town last year.\n",
        [
            P("Ruslan Akhmetov", "P12Y"),
            P("Ruslan Akhmetov", "P14Y", status="requested"),
            P("Daniyar Seitov", "P8Y"),
            P("Daniyar Seitov", "P10Y", status="requested"),
        ],
        id="a-wire-storys-first-line-wrapped-after-a-number",
    ),
    pytest.param(
        "The court gave ten days of administrative arrest to Aliya Nurova, Bolat Omarov, "
        "Daniyar Seitov, while Yerlan Kassenov was fined.",
        [
            P("Aliya Nurova", "P10D", kind="administrative_arrest"),
            P("Bolat Omarov", "P10D", kind="administrative_arrest"),
            P("Daniyar Seitov", "P10D", kind="administrative_arrest"),
            ("Yerlan Kassenov", "fine", "imposed", None),
        ],
        id="three-names-parted-by-commas-alone-then-a-while-clause",
    ),
    pytest.param(
        "Rustam Aliyev, 31, and Timur Saidov, 27, were each sentenced to nine years in prison, "
        "said rights defender Olga Petrenko. Prosecutors had asked for eleven years, Petrenko "
        "said.",
        [
            P("Rustam Aliyev", "P9Y"),
            P("Timur Saidov", "P9Y"),
            P("Rustam Aliyev", "P11Y", status="requested"),
            P("Timur Saidov", "P11Y", status="requested"),
        ],
        id="a-request-said-of-no-one-is-for-all-sentenced-together-not-the-speaker",
    ),
    pytest.param(
        "Boston, May 3, 2019\u2013A court in Tashkent has sentenced the editor of a local news "
        "site to six years in prison.\n\n\u201cThe conviction must be overturned,\u201d said "
        "Rights Watch Deputy Director Helen Carter.\n\nBakhtiyor Rasulov is the editor of the "
        "site, which covers local affairs.",
        [P("Bakhtiyor Rasulov", "P6Y")],
        id="a-datelines-city-and-a-speaker-after-a-quote-are-not-the-lead-s-editor",
    ),
    pytest.param(
        "Sunni Muslim Aidos Temirov was sentenced to three years in prison in Aktobe on Tuesday.",
        [P("Aidos Temirov", "P3Y")],
        id="a-faith-before-a-name-is-no-part-of-it",
    ),
    pytest.param(
        "A prosecutor on Monday demanded that an Uzbek Kung Fu champion be sentenced to five "
        "years in prison.",
        [P(1, "P5Y", status="requested")],
        id="a-sport-before-champion-is-no-one",
    ),
    pytest.param(
        "Rustam Aliyev was jailed for two years on Monday for fraud in Almaty, the court said."
        "\n\n- Almaty Court Sentences Bank Director to Nine Years in Prison\n- Kazakhstan "
        "Exporters Sound Alarm as Railway Imposes New Bans\n",
        [P("Rustam Aliyev", "P2Y")],
        id="links-in-title-case-under-the-story-are-no-part-of-it",
    ),
    pytest.param(
        "The former minister, Bolat Nurov, who authorised the transfer of 400,000 Euros from the "
        "state budget to the account of former deputy, Aidos Sarsenov, in 2012, has already been "
        "sentenced to three years in prison.",
        [P("Bolat Nurov", "P3Y")],
        id="a-relative-clause-with-a-number-and-a-name-in-it-before-the-verb",
    ),
    pytest.param(
        "Publisher Serik Tokanov was jailed for six years on Monday. His son Daulet, who ran "
        "the printing house, was given a four-year suspended sentence.",
        [P("Serik Tokanov", "P6Y"), P("Daulet", "P4Y", "suspended")],
        id="a-lone-given-name-after-a-kin-noun-is-a-name",
    ),
    pytest.param(
        "One of Sadykov's four co-defendants, who attended the hearing, was sentenced to 12 years "
        "in prison. The other three were given suspended sentences.",
        [P(1, "P12Y"), P(3, None, "suspended")],
        id="one-of-a-persons-n-co-defendants-is-one",
    ),
    pytest.param(
        "A court in Taraz sentenced more than 20 people to terms of six to 15 years over the "
        "riots.",
        [P(None, "P6Y..P15Y")],
        id="more-than-n-people-is-a-group-of-unstated-size",
    ),
    pytest.param(
        "Of the 27 defendants, 25 received terms of three to eight years. Two more men were given "
        "nine and ten years in prison.",
        [P(25, "P3Y..P8Y"), P(1, "P9Y"), P(1, "P10Y")],
        id="part-of-a-whole-and-two-given-two-listed-terms",
    ),
    pytest.param(
        "Ruslan Dzhaksybekov fled abroad last year. Dzhaksybekov is a former deputy minister of "
        "energy, who was sentenced to 11 years in prison for bribery.",
        [P("Ruslan Dzhaksybekov", "P11Y")],
        id="a-description-after-is-is-the-person-named",
    ),
    pytest.param(
        "Bolat Zhakenov was jailed for six years. Zhakenov's former wife, Saltanat, was sentenced "
        "to four years in prison.",
        [P("Bolat Zhakenov", "P6Y"), P("Saltanat", "P4Y")],
        id="a-lone-given-name-set-off-after-a-kin-noun-is-a-name",
    ),
    pytest.param(
        "A court in Kazakhstan on Monday convicted two men of inciting discord and sentenced each "
        "to four years in jail.\nAidos Serikov and Nurlan Ospanov were both detained in May as "
        "rallies spread, threatening the long rule of strongman leader Marat Zhunusov.",
        [P("Aidos Serikov", "P4Y"), P("Nurlan Ospanov", "P4Y")],
        id="a-counted-group-named-by-the-next-sentences-opening-list",
    ),
    pytest.param(
        "Serik Amanov was jailed for three years. Thousands protested against amendments that "
        "would have changed the maximum length of leases on land for foreigners from 10 to 25 "
        "years.",
        [P("Serik Amanov", "P3Y")],
        id="the-length-of-a-lease-is-no-penalty",
    ),
    pytest.param(
        "Aizhan Bekova, the wife of Ruslan Omarov, and Daniyar Seitov were sentenced to six and "
        "five years in prison. Arman Kasymov was given three years of probation. The rest were "
        "acquitted.",
        [
            P("Aizhan Bekova", "P6Y"),
            P("Daniyar Seitov", "P5Y"),
            P("Arman Kasymov", "P3Y", "probation"),
            P(None, None, "acquittal"),
        ],
        id="a-name-completing-an-apposition-is-no-list-item-and-the-rest-are-a-group",
    ),
    pytest.param(
        "Police stopped a car driven by Aigul Serikova, the elder sister of regional governor "
        "Yerlan Serikov. The court imposed a 15-day arrest.",
        [P("Aigul Serikova", "P15D", "administrative_arrest")],
        id="the-one-whose-kin-is-named-in-an-apposition-is-the-one-spoken-of",
    ),
    pytest.param(
        "A court in Baku sentenced Orujov (also known as Tural Oruj) to four years in prison and "
        "ordered him to pay a fine of 20,000 manats.",
        [P("Orujov", "P4Y"), P("Orujov", None, "fine")],
        id="an-alias-in-brackets-after-a-surname-is-the-same-person",
    ),
    pytest.param(
        "Rustam Karimov, leader of the banned Tavba movement, and group member Anvar Saidov were "
        "sentenced to 12 years and 9 years in prison, respectively.",
        [P("Rustam Karimov", "P12Y"), P("Anvar Saidov", "P9Y")],
        id="a-list-past-an-apposition-of-a-role-of-something",
    ),
    pytest.param(
        'Sanjar Karimov was fined $2 million. "Karimov is guilty of fraud," said presiding '
        "judge Farhod Aliyev, jailing him for eight years.",
        [P("Sanjar Karimov", None, "fine"), P("Sanjar Karimov", "P8Y")],
        id="the-object-of-a-judges-active-participle-is-the-defendant",
    ),
    pytest.param(
        "Rakhimov and Sapargali admitted their guilt and received suspended sentences of 3 and "
        "4 years respectively.",
        [P("Rakhimov", "P3Y", "suspended"), P("Sapargali", "P4Y", "suspended")],
        id="a-lone-word-listed-with-a-surname-is-a-surname",
    ),
    pytest.param(
        "The court sentenced Nobel Peace Prize laureate Aleksei Petrov to ten years in prison.",
        [P("Aleksei Petrov", "P10Y")],
        id="a-prize-is-no-name",
    ),
    pytest.param(
        "Director of Berkut LLC K.T.E. was sentenced to 9 years in prison. Technical specialist "
        "A.B.S. was sentenced to 7 years in prison.",
        [P("K.T.E.", "P9Y"), P("A.B.S.", "P7Y")],
        id="people-named-by-initials-alone",
    ),
    pytest.param(
        "The regional court sentenced organisers of the riots to terms of 9 to 15 years in prison.",
        [P(None, "P9Y..P15Y")],
        id="people-a-verdict-names-by-a-plural-noun-with-no-count",
    ),
    pytest.param(
        "Under pressure from the secret police, Seventh-day Adventist Bolat Serikov was sentenced "
        "to five years of restricted freedom, Reporters Without Borders said. The Baku Grave "
        "Crimes Court jailed Azeri editor Rauf Aliyev for six years, a move the United States "
        "criticised.",
        [P("Bolat Serikov", "P5Y", "restricted_freedom"), P("Rauf Aliyev", "P6Y")],
        id="faiths-organisations-courts-and-countries-are-no-names",
    ),
    pytest.param(
        "On 7 April, a civil activist from Talgar, Aidos SERIKBAYEV, was sentenced to 1 year of "
        "restriction of liberty. The court also imposed 100 hours of community service.",
        [
            P("Aidos SERIKBAYEV", "P1Y", "restricted_freedom"),
            P("Aidos SERIKBAYEV", "PT100H", "community_service"),
        ],
        id="a-surname-in-capitals",
    ),
    pytest.param(
        "Berik Sultanov: found guilty under Clause 3, Part 2, Article 190 of the Criminal Code. "
        "Sentenced to 6 years in prison.",
        [P("Berik Sultanov", "P6Y")],
        id="a-clause-of-the-code-is-no-name",
    ),
    pytest.param(
        "Rashid Omarov, former head of the city's Department of Passenger Transport and "
        "Highways, was sentenced to 7 years in prison.",
        [P("Rashid Omarov", "P7Y")],
        id="the-words-after-department-of-are-no-name",
    ),
    pytest.param(
        "A district court tried two villagers for poaching. It sentenced them to 3 and 4 years "
        "in prison and barred them from fishing for 5 and 6 years, respectively.",
        [P(1, "P3Y"), P(1, "P5Y", "ban"), P(1, "P4Y"), P(1, "P6Y", "ban")],
        id="an-unnamed-pair-given-two-lists-of-terms",
    ),
    pytest.param(
        "Former minister Kuat Samatov heard the verdict on Monday. He was convicted of the "
        "brutal murder of his wife, Aliya Nurova, and sentenced to 20 years in prison.",
        [P("Kuat Samatov", "P20Y")],
        id="a-victim-after-a-kin-noun-and-a-comma",
    ),
    pytest.param(
        "Zokir Turayev, Ismat Ortiqov and Izat Allayev got 16 years each and Parviz Toshev was "
        "sentenced to 15 years in prison.",
        [
            P("Zokir Turayev", "P16Y"),
            P("Ismat Ortiqov", "P16Y"),
            P("Izat Allayev", "P16Y"),
            P("Parviz Toshev", "P15Y"),
        ],
        id="an-earlier-terms-each-is-its-own",
    ),
    pytest.param(
        "The court sentenced two protesters to six and eight years in prison. According to "
        "rights groups, Leonid Kovalev got six years and Dmitry Korneev eight years.",
        [P("Leonid Kovalev", "P6Y"), P("Dmitry Korneev", "P8Y")],
        id="a-group-given-listed-terms-then-named-with-them",
    ),
    pytest.param(
        "Judge Nana Beridze has sentenced three participants in the rallies to two years in "
        "prison.\n\nThe defendants delivered their final statements.\n\nThose sentenced are:"
        "\n\n\u25cf Davit Lomidze\n\n\u25cf Irakli Gelashvili\n\n\u25cf Nika Beridze\n",
        [P("Davit Lomidze", "P2Y"), P("Irakli Gelashvili", "P2Y"), P("Nika Beridze", "P2Y")],
        id="a-group-named-in-a-list-with-round-bullets",
    ),
    pytest.param(
        "A judge sentenced eight protesters to prison terms. Three of the defendants were given "
        "two years and six months, while five received two-year sentences.",
        [P(3, "P2Y6M"), P(5, "P2Y")],
        id="a-count-opening-a-clause-after-while",
    ),
    pytest.param(
        "Most of those convicted will not serve jail time: twelve received suspended sentences, "
        "and four were sentenced to prison terms.",
        [P(12, None, "suspended"), P(4, None)],
        id="a-count-opening-a-clause-after-a-colon",
    ),
    pytest.param(
        "Ali Guliyev and Rauf Mammadov were jailed for 18 months; Kamran Aliyev for two years; "
        "and Tural Hasanov for three years.",
        [
            P("Ali Guliyev", "P18M"),
            P("Rauf Mammadov", "P18M"),
            P("Kamran Aliyev", "P2Y"),
            P("Tural Hasanov", "P3Y"),
        ],
        id="terms-in-clauses-a-semicolon-parts-share-the-first-verb",
    ),
    pytest.param(
        "A regional court on Monday sentenced a city resident to seven years in jail for a "
        "fatal crash. The court also banned Olga Serova from driving for three years.",
        [P("Olga Serova", "P7Y"), P("Olga Serova", "P3Y", "ban")],
        id="a-description-named-as-the-object-of-also",
    ),
    pytest.param(
        "In 2020, a court sentenced Isakov and another former minister, Talant Bekov, to 15 and "
        "seven years in prison, respectively.",
        [P("Isakov", "P15Y"), P("Talant Bekov", "P7Y")],
        id="a-list-with-another-described-person",
    ),
    pytest.param(
        "A city court has fined a local journalist $900 for his posts. The court ruled that "
        "Oleg Farin had insulted the police.",
        [P("Oleg Farin", None, "fine")],
        id="a-description-named-after-ruled-that",
    ),
    pytest.param(
        "Six people, including former speaker Ivan Petrov and his deputy Oleg Sidorov, were "
        "sentenced to 20 years each.",
        [P("Ivan Petrov", "P20Y"), P("Oleg Sidorov", "P20Y"), P(4, "P20Y")],
        id="named-members-of-a-counted-group",
    ),
    pytest.param(
        "Two men, including Ivan Petrov and Oleg Sidorov, were jailed for 5 years.",
        [P("Ivan Petrov", "P5Y"), P("Oleg Sidorov", "P5Y")],
        id="a-counted-group-all-of-whose-members-are-named",
    ),
    pytest.param(
        "The court sentenced the editor of the website kaznews.kz Aidos Serikov to five years.",
        [P("Aidos Serikov", "P5Y")],
        id="an-object-past-a-web-address",
    ),
    pytest.param(
        "A court in Almaty handed four-year restricted freedom sentences to three defendants. "
        "The activists were detained last year.\nAidos Beken, Marat Sagyn and Erlan Tulegen had "
        "spoken out against the plant.",
        [
            P("Aidos Beken", "P4Y", "restricted_freedom"),
            P("Marat Sagyn", "P4Y", "restricted_freedom"),
            P("Erlan Tulegen", "P4Y", "restricted_freedom"),
        ],
        id="a-counted-group-named-two-sentences-later",
    ),
    pytest.param(
        "In January, police arrested Aibek Nurov, Dana Sultan, Ermek Tokaev and Asel Omarova on "
        "charges of calling for riots. In October, the court announced the verdict. Aibek Nurov "
        "and Dana Sultan were sentenced to six and five years in prison. The rest were acquitted.",
        [
            P("Aibek Nurov", "P6Y"),
            P("Dana Sultan", "P5Y"),
            P("Ermek Tokaev", None, "acquittal"),
            P("Asel Omarova", None, "acquittal"),
        ],
        id="the-rest-of-a-list",
    ),
    pytest.param(
        "A court has sentenced a China expert to 10 years in prison for treason, the security "
        "committee said.\n\nBolat Serikov, 63, was an employee of a state institute.",
        [P("Bolat Serikov", "P10Y")],
        id="an-expert-named-in-the-next-paragraph",
    ),
    pytest.param(
        "The verdict in the case of Daulet Omarov, the nephew of the former president of "
        "Kazakhstan Bolat Serikov, shocked lawyers. On May 6, a court in Astana handed an "
        "eight-year conditional sentence down.",
        [P("Daulet Omarov", "P8Y", "suspended")],
        id="the-kin-of-a-titled-person-is-the-one-spoken-of",
    ),
    pytest.param(
        "A former senior defence official has been jailed for two years for leaking a secret "
        "order. Along with the sentence given to Armen Sarkisian, the court also gave a one-year "
        "suspended term to his subordinate Lyusia Ayvazian.",
        [P("Armen Sarkisian", "P2Y"), P("Lyusia Ayvazian", "P1Y", "suspended")],
        id="a-description-named-after-the-sentence-given-to",
    ),
    pytest.param(
        "Chairman of the Aktau City Court, Marat Sultanov, was removed after an acquittal in the "
        "case of Aigul Serikova. The prosecutor demanded restricted freedom for Serikova, but "
        "judge Dana Ospanova acquitted her.",
        [
            P("Aigul Serikova", None, "restricted_freedom", "requested"),
            P("Aigul Serikova", None, "acquittal"),
        ],
        id="a-courts-chairman-is-a-judge",
    ),
    pytest.param(
        "Former Minister of Economy Dauren Saparov was found guilty of murder. He was sentenced "
        "to 20 years in prison.",
        [P("Dauren Saparov", "P20Y")],
        id="a-ministrys-field-is-no-name",
    ),
    pytest.param(
        "Editor Daulet Amirov was sentenced to eight years in prison. His deputy Gulnara "
        "Seitova and the cameraman Askar Nurlanov, as well as the blogger Ruslan Bekov, also "
        "received the same penalties.",
        [
            P("Daulet Amirov", "P8Y"),
            P("Gulnara Seitova", "P8Y"),
            P("Askar Nurlanov", "P8Y"),
            P("Ruslan Bekov", "P8Y"),
        ],
        id="the-same-penalties-for-people-named-together",
    ),
    pytest.param(
        "The other verdicts were:\n\n  • Dina Tolegenova: sentenced to two years' probation.\n"
        "  • Murat Abenov and Serik Zhanuzakov: not guilty.",
        [
            P("Dina Tolegenova", "P2Y", "probation"),
            P("Murat Abenov", None, "acquittal"),
            P("Serik Zhanuzakov", None, "acquittal"),
        ],
        id="a-list-item-not-guilty",
    ),
    pytest.param(
        "Timur Alibekov, 24, was sentenced to three years in a penal colony. The public "
        "prosecutor in the trial, Saule Nurgalieva, had demanded five years.",
        [P("Timur Alibekov", "P3Y"), P("Timur Alibekov", "P5Y", status="requested")],
        id="a-role-in-the-trial-apposed-to-a-name",
    ),
    pytest.param(
        "A regional court sentenced three ex-cops to terms ranging from four to seven years.",
        [P(3, "P4Y..P7Y")],
        id="a-group-of-ex-cops",
    ),
    pytest.param(
        "Two former ministers were jailed for ten years. Several other former officials were "
        "sentenced to terms of 2 1/2 years, while some others were handed fines.",
        [P(2, "P10Y"), P(None, "P2Y6M"), P(None, None, "fine")],
        id="groups-of-unstated-size",
    ),
    pytest.param(
        "Kanat Abenov was jailed for four years. More than a dozen others received suspended "
        "sentences.",
        [P("Kanat Abenov", "P4Y"), P(None, None, "suspended")],
        id="a-dozen-others",
    ),
    pytest.param(
        "Two customs inspectors and a freight broker were each sentenced to six years in prison "
        "for taking bribes.",
        [P(3, "P6Y")],
        id="unnamed-people-side-by-side-as-one-group",
    ),
    pytest.param(
        "A former official and a businessman were sentenced to seven and five years respectively.",
        [P(1, "P7Y"), P(1, "P5Y")],
        id="unnamed-people-side-by-side-given-apart",
    ),
    pytest.param(
        "A military court has sentenced a former navy officer to eleven years in a high-security "
        "colony for selling secrets, the agency said. On May 4 the court declared Pavel Ignatenko "
        "guilty of treason. His lawyer, Anna Kurova, said he would appeal.",
        [P("Pavel Ignatenko", "P11Y")],
        id="a-described-person-named-later-as-the-one-tried",
    ),
    pytest.param(
        "A military court has sentenced a former navy officer to eleven years for selling "
        "secrets. A district court declared Pavel Ignatenko and Oleg Rudin guilty of fraud.",
        [P(1, "P11Y")],
        id="a-described-person-and-two-named-tried",
    ),
    pytest.param(
        "Five reporters of the Kun Tuar and Asyl Soz projects were detained in May: Aliya Sarsen "
        "kyzy, Dauren Abilov, Marat Zhunus, Erik Saparov and Timur Kassym. In June, Aliya Sarsen "
        "kyzy, the wife of Ruslan Omarov, and Dauren Abilov were sentenced to four and three "
        "years in prison. The rest were acquitted.",
        [
            P("Aliya Sarsen kyzy", "P4Y"),
            P("Dauren Abilov", "P3Y"),
            P("Marat Zhunus", None, "acquittal"),
            P("Erik Saparov", None, "acquittal"),
            P("Timur Kassym", None, "acquittal"),
        ],
        id="the-rest-not-the-husband-an-apposition-names",
    ),
    pytest.param(
        "Rustam Davlatov, who had agreed to defend his colleague, Sharipov, after his arrest, was "
        "given 16 years in prison, a court spokesman said.",
        [P("Rustam Davlatov", "P16Y")],
        id="a-relative-clause-with-an-apposed-name-inside",
    ),
    pytest.param(
        "Seven men stood trial in Kentau. Prosecutors asked for 16 years for one of the "
        "attackers and 12 years for another, and three years of restricted freedom for the rest.",
        [
            P(1, "P16Y", status="requested"),
            P(1, "P12Y", status="requested"),
            P(5, "P3Y", "restricted_freedom", "requested"),
        ],
        id="the-rest-of-a-counted-group-less-those-given-terms",
    ),
    pytest.param(
        "Seven men stood trial in Kentau. The court sentenced one of them to 16 years and another "
        "to 12 years. The rest received three years of restricted freedom.",
        [P(1, "P16Y"), P(1, "P12Y"), P(5, "P3Y", "restricted_freedom")],
        id="another-with-no-noun",
    ),
    pytest.param(
        "Daniyar Sultanov was fined 400 MCI for taking part in the rally. The same penalty was "
        "imposed on Aliya Nurpeisova, OSDP co-founder Timur Abenov and Marat Ospanov.",
        [
            P("Daniyar Sultanov", None, "fine"),
            P("Aliya Nurpeisova", None, "fine"),
            P("Timur Abenov", None, "fine"),
            P("Marat Ospanov", None, "fine"),
        ],
        id="the-same-penalty-for-a-list-named-after",
    ),
    pytest.param(
        "Arman Kairov, director of Dala News; editor Saule Abenova; reporter Timur Esenov; and "
        "Dala News's Olzhas Nurov were each sentenced to eight years in prison.",
        [
            P("Arman Kairov", "P8Y"),
            P("Saule Abenova", "P8Y"),
            P("Timur Esenov", "P8Y"),
            P("Olzhas Nurov", "P8Y"),
        ],
        id="a-list-parted-by-semicolons",
    ),
    pytest.param(
        'The court found the editor of the "Dala. Kun" newspaper Berik Tulen guilty. Tulen will '
        "serve two years of restricted freedom.",
        [P("Berik Tulen", "P2Y", "restricted_freedom")],
        id="a-name-after-a-newspaper-named-before-its-noun",
    ),
    pytest.param(
        "Abenov was sentenced to six years in prison, as was his accused co-conspirator Timur "
        "Saken, a former bank clerk.",
        [P("Abenov", "P6Y"), P("Timur Saken", "P6Y")],
        id="as-was-his-co-conspirator-named-after",
    ),
    pytest.param(
        "Yerlan Baimukhanov, a former governor, was jailed for eight years. Prosecutors had "
        "called for Baimukhanov, who ran the region from 2009 to 2014, to be sentenced to ten "
        "years.",
        [P("Yerlan Baimukhanov", "P8Y"), P("Yerlan Baimukhanov", "P10Y", status="requested")],
        id="called-for-someone-to-be-sentenced-past-a-relative-clause",
    ),
    pytest.param(
        "Two of the defendants, Aidar Kenzhe and Bolat Mukan, are bloggers with several million "
        "followers on Instagram. The court sentenced them to five years in prison.",
        [P("Aidar Kenzhe", "P5Y"), P("Bolat Mukan", "P5Y")],
        id="several-million-followers-are-no-group",
    ),
    pytest.param(
        "The Health Minister Serik Abenov was jailed for six years.",
        [P("Serik Abenov", "P6Y")],
        id="a-name-after-the-and-a-title",
    ),
    pytest.param(
        "The prosecutor asked: 6 years for Laman Aliyeva, 8 years for Ruslan Guliyev, Farid "
        "Mammadov and Tural Huseynov.",
        [
            P("Laman Aliyeva", "P6Y", status="requested"),
            P("Ruslan Guliyev", "P8Y", status="requested"),
            P("Farid Mammadov", "P8Y", status="requested"),
            P("Tural Huseynov", "P8Y", status="requested"),
        ],
        id="terms-for-names-parted-by-commas",
    ),
    pytest.param(
        "On Friday, Rahimzoda was sentenced to 12 years in prison.",
        [P("Rahimzoda", "P12Y")],
        id="a-tajik-surname-alone",
    ),
    pytest.param(
        "Four men were found guilty of fraud (Article 190, up to seven years in prison). They "
        "were jailed for three to five years.",
        [P(4, "P3Y..P5Y")],
        id="an-articles-penalty-in-brackets-is-the-laws",
    ),
    pytest.param(
        "Ihar Bandarenka, 31, the spokesman for one of the opposition's candidates, Pavel "
        "Sevyarynets, was sentenced to three years in a labour colony.",
        [P("Ihar Bandarenka", "P3Y")],
        id="a-name-inside-an-apposition-after-an-age-is-no-subject",
    ),
    pytest.param(
        "A former customs inspector has been sentenced to eight years in prison for smuggling. "
        "A district court in Khujand announced Farrukh Nazarov's verdict on Tuesday.",
        [P("Farrukh Nazarov", "P8Y")],
        id="a-description-named-after-by-the-owner-of-the-verdict",
    ),
    pytest.param(
        "Seven men were convicted of treason in Minsk. Ramanau and Karpovich were sentenced to "
        "20 and 19 years respectively.",
        [P("Ramanau", "P20Y"), P("Karpovich", "P19Y")],
        id="belarusian-surnames-alone",
    ),
    pytest.param(
        "Nurbek Asylbek was sentenced to three years in prison. Nurbek Asylbek uulu himself said "
        "he was innocent.",
        [P("Nurbek Asylbek uulu", "P3Y")],
        id="a-name-with-its-particle-later-is-the-same-person",
    ),
    pytest.param(
        "Seven men were sentenced to life. The eighth defendant was found guilty of not "
        "reporting the group to police. He received a one-year suspended term.",
        [P(7, None, "life_imprisonment"), P(1, "P1Y", "suspended")],
        id="the-eighth-defendant-is-one-more",
    ),
    pytest.param(
        "Three men were jailed for 10 years. The fourth was acquitted.",
        [P(3, "P10Y"), P(1, None, "acquittal")],
        id="the-fourth-alone-is-one-more",
    ),
    pytest.param(
        "The court found R. T. and A. B. guilty of smuggling. R. T. was sentenced to 9 years in "
        "prison and A. B. – 10 years in prison.",
        [P("R. T.", "P9Y"), P("A. B.", "P10Y")],
        id="initials-alone-before-a-dash",
    ),
    pytest.param(
        "The court handed life sentences to two men from the region. Arman Beketov, a former "
        "commander, and Yerzhan Saginov, a businessman, were convicted of terrorism. The two men "
        "had faced up to 20 years on the lesser charge.",
        [
            P("Arman Beketov", None, "life_imprisonment"),
            P("Yerzhan Saginov", None, "life_imprisonment"),
            P("Arman Beketov", "..P20Y", status="possible"),
            P("Yerzhan Saginov", "..P20Y", status="possible"),
        ],
        id="a-group-once-named-is-its-people-for-later-penalties",
    ),
    pytest.param(
        "A Shymkent court found Nurlan Abenov, Timur Zhaksybekov and Ruslan Khamitov guilty of "
        "hooliganism and sentenced each to two years in prison. Under the original charge the "
        "defendants had faced four to six years.",
        [
            *(P(who, "P2Y") for who in ("Nurlan Abenov", "Timur Zhaksybekov", "Ruslan Khamitov")),
            *(
                P(who, "P4Y..P6Y", status="possible")
                for who in ("Nurlan Abenov", "Timur Zhaksybekov", "Ruslan Khamitov")
            ),
        ],
        id="the-defendants-are-they",
    ),
    pytest.param(
        "Camera operator Daulet Sarsenov, 25, the youngest of the defendants, was given a "
        "three-year suspended sentence. The others, Aidos Nurov and Marat Kim, were jailed for "
        "six years.",
        [P("Daulet Sarsenov", "P3Y", "suspended"), P("Aidos Nurov", "P6Y"), P("Marat Kim", "P6Y")],
        id="the-youngest-of-the-defendants-is-one",
    ),
    pytest.param(
        "Prosecutors asked the Pervomaisky District Court in Bishkek on March 3 to sentence former "
        "ministers Nurlan Abdrakhmanov and Kanat Sydykov, who are said to be close allies of the "
        "former president, to prison terms of 14 years and 9 years, six months, respectively.",
        [
            P("Nurlan Abdrakhmanov", "P14Y", status="requested"),
            P("Kanat Sydykov", "P9Y6M", status="requested"),
        ],
        id="a-request-far-before-prison-terms-of-and-respectively",
    ),
    pytest.param(
        "Prosecutors are also seeking a 12-year sentence for Bakyt Osmonov, the former head of the "
        "State Grain Holding, 6 1/2 years for former Energy Minister Aida Satarova, and 8 years "
        "each for former Water Company General Director Emil Tokonov and his deputy, Azamat "
        "Kurmanov.",
        [
            P("Bakyt Osmonov", "P12Y", status="requested"),
            P("Aida Satarova", "P6Y6M", status="requested"),
            P("Emil Tokonov", "P8Y", status="requested"),
            P("Azamat Kurmanov", "P8Y", status="requested"),
        ],
        id="terms-for-people-after-capitalised-titles-and-a-holding",
    ),
    pytest.param(
        "Corporal Yerlan Dosov and private Arman Zhakenov were sentenced to five years in prison; "
        "sailor Timur Bekov to four years; and reservists Asan Mukanov and Ruslan Tlegenov to "
        "three-and-a-half years.",
        [
            P("Yerlan Dosov", "P5Y"),
            P("Arman Zhakenov", "P5Y"),
            P("Timur Bekov", "P4Y"),
            P("Asan Mukanov", "P3Y6M"),
            P("Ruslan Tlegenov", "P3Y6M"),
        ],
        id="clauses-after-semicolons-with-to-and-military-ranks",
    ),
    pytest.param(
        "A prosecutor asked the court to bar Pavel Orlov from posting online for two years. Later "
        "that year a new law made it illegal to discredit the army, with a possible penalty of "
        "up to three years in prison.",
        [P("Pavel Orlov", "P2Y", "ban", status="requested")],
        id="a-possible-penalty-of-a-law-that-makes-it-illegal-is-no-defendants",
    ),
    pytest.param(
        "A court in Karaganda has sentenced three men to life in prison in the case of a ranger "
        "who was allegedly beaten to death by poachers. On March 3, Judge Arman Tulegenov found "
        "Daniyar Seitkali, Marat Nurpeisov, and Yerbol Kassymov guilty of murdering Serik Abenov "
        "and attempting to murder his colleague Ivan Petrenko.",
        [
            P("Daniyar Seitkali", None, "life_imprisonment"),
            P("Marat Nurpeisov", None, "life_imprisonment"),
            P("Yerbol Kassymov", None, "life_imprisonment"),
        ],
        id="a-counted-group-is-those-found-guilty-next-not-a-victim-described-before",
    ),
    pytest.param(
        "The Serious Crimes Court had sentenced Rauf Aliyev to 14 years imprisonment, Tural "
        "Guliyev - 10 years and 6 months, Samir Huseynov - 12 and Emin Babayev - 13.",
        [
            P("Rauf Aliyev", "P14Y"),
            P("Tural Guliyev", "P10Y6M"),
            P("Samir Huseynov", "P12Y"),
            P("Emin Babayev", "P13Y"),
        ],
        id="terms-elided-after-names-and-dashes",
    ),
    pytest.param(
        "On 1 May the same judge at the City Court, Akmurad Berdiyev, sentenced Jehovah's Witness "
        "conscientious objector Navruz Ataev to two years in a labour camp.",
        [P("Navruz Ataev", "P2Y")],
        id="an-apposed-judge-sentencing-an-object-and-a-possessive-is-no-name",
    ),
    pytest.param(
        "A trial of five journalists detained in the Toplum TV case began on Tuesday. If "
        "convicted, they could face sentences of up to 12 years in prison. The list includes the "
        "outlet's director Alasgar Mammadli, Aziz Orujov, the editor, and Mushfig Jabbar. Farid "
        "Ismayilov and Ramin Jabrayilzade are also part of this group.",
        [
            P(who, "..P12Y", status="possible")
            for who in (
                "Alasgar Mammadli",
                "Aziz Orujov",
                "Mushfig Jabbar",
                "Farid Ismayilov",
                "Ramin Jabrayilzade",
            )
        ],
        id="a-counted-group-named-over-two-sentences",
    ),
    pytest.param(
        "A former government official has been sentenced to 24 years in prison for murdering his "
        "wife. Aigerim Sadykova, 31, was found dead in November in a restaurant owned by his "
        "relatives.",
        [P(1, "P24Y")],
        id="a-victim-named-next-is-not-the-official-described-before",
    ),
    pytest.param(
        "A court in Osh sentenced three police officers to ten years in prison for torture. "
        "Prosecutors had asked for 12 years for Bakyt Osmonov, Nurlan Asanov and Erlan Tokonov.",
        [
            *(P(who, "P10Y") for who in ("Bakyt Osmonov", "Nurlan Asanov", "Erlan Tokonov")),
            *(
                P(who, "P12Y", status="requested")
                for who in ("Bakyt Osmonov", "Nurlan Asanov", "Erlan Tokonov")
            ),
        ],
        id="a-counted-groups-verdict-to-people-named-next-with-a-request",
    ),
    pytest.param(
        "Prosecutors in the trial of two activists have demanded jail sentences of up to eight "
        "years and a $1.5 million fine. Lawyers for the state also argued that Murat Sadykov and "
        "Aidar Nurlanov should be banned from public activity for three years.",
        [
            *(
                P(who, term, kind, status="requested")
                for who in ("Murat Sadykov", "Aidar Nurlanov")
                for term, kind in (("..P8Y", "imprisonment"), ("P3Y", "ban"), (None, "fine"))
            ),
        ],
        id="a-counted-groups-request-to-people-named-next-with-a-ban",
    ),
    pytest.param(
        "A court sentenced four journalists to jail terms ranging from 7-1/2 to nine years. Editor "
        "Aigul Sadykova, director Daulet Nurov and reporter Timur Abenov denied the charges. The "
        "fourth defendant, Asel Kim, also maintained her innocence.",
        [P(4, "P7Y6M..P9Y")],
        id="a-range-over-a-group-is-no-members-own-term",
    ),
    pytest.param(
        "The court found four mine employees guilty of safety violations. At the time of the fire, "
        "112 people were underground, and most of them were evacuated. Prosecutors had asked for "
        "four years in prison for the defendants.",
        [P(4, "P4Y", status="requested")],
        id="the-defendants-are-the-group-reported-tried-not-the-last-group",
    ),
    pytest.param(
        "A court in Kazakhstan has sentenced a Jehovah's Witness to four years in prison after "
        "convicting him of inciting hatred. The June 3 verdict against Ruslan Temirov drew "
        "protests. Two Baptists were fined 40 MCI each.",
        [P("Ruslan Temirov", "P4Y"), P(2, None, kind="fine")],
        id="believers-of-a-faith-are-people",
    ),
    pytest.param(
        "Pregnant Teacher Sentenced for Inciting Ethnic Hatred East Region - A pregnant "
        "schoolteacher has been sentenced to three years in a prison colony for inciting ethnic "
        "discord.",
        [P(1, "P3Y")],
        id="an-offence-in-title-case-is-no-name",
    ),
    pytest.param(
        "A court in Brest sentenced local resident K. to five years in prison. Earlier it "
        "convicted Polish citizen D., 41, and sentenced him to two years of restricted freedom.",
        [P("K.", "P5Y"), P("D.", "P2Y", kind="restricted_freedom")],
        id="an-initial-alone-after-a-word-for-a-person",
    ),
    pytest.param(
        "The two accountants, identified as B.K. and T.S., were sentenced to two years of "
        "probation.",
        [P("B.K.", "P2Y", kind="probation"), P("T.S.", "P2Y", kind="probation")],
        id="initials-alone-listed-with-initials-alone",
    ),
    pytest.param(
        "Lead: a court in Gomel has sentenced three members of a rights group.\n\n"
        'The group said: "Judge Irina Volk passed the following sentences:\n\n'
        "Pavel Sokal, the group's chair and a former teacher, received 10 years in a "
        "high-security penal colony\n\n"
        "Anton Lis, deputy chair and editor of its bulletin, received eight years in a "
        'high-security penal colony"\n\n'
        "The verdict can be appealed within ten days.",
        [P("Pavel Sokal", "P10Y"), P("Anton Lis", "P8Y")],
        id="a-lists-long-items-with-no-stop-are-the-body",
    ),
    pytest.param(
        "Olzhas Temirov, the union's treasurer and a former miner, received six years. Two "
        "others, a driver and a cook, were fined.",
        [P("Olzhas Temirov", "P6Y"), P(2, None, kind="fine")],
        id="two-descriptions-joined-by-and-beside-a-name-are-his",
    ),
    pytest.param(
        "Four Muslims from the village were sentenced to six years. In a separate case, Muslim "
        "Aliyev was fined.",
        [P(4, "P6Y"), P("Muslim Aliyev", None, kind="fine")],
        id="believers-of-a-faith-counted-and-the-given-name-muslim",
    ),
    pytest.param(
        "Last year the court jailed Arman Dosov for two years. Now Serik Ualiev has been jailed "
        "for six years, four months.",
        [P("Arman Dosov", "P2Y"), P("Serik Ualiev", "P6Y4M")],
        id="an-adverb-opening-a-sentence-is-no-part-of-a-name",
    ),
    pytest.param(
        "Two residents of the northern region were convicted of calling for support of "
        "the Muslim Brotherhood, which is banned. Both received seven-year sentences.",
        [P(2, "P7Y")],
        id="both-after-a-group-of-two-whose-noun-has-a-complement",
    ),
    pytest.param(
        "A military court in Aktobe has convicted a conscript of hazing and sentenced him to "
        "five years in prison.\n\nProsecutors said Private Daniyar Omarov, 20, beat two "
        "younger soldiers in March. Taking into account his record, the court sentenced Omarov "
        "to five years in a colony.",
        [P("Daniyar Omarov", "P5Y")],
        id="a-lead-description-restated-by-the-one-named-person-is-them",
    ),
    pytest.param(
        "Rustem Ibrayev was sentenced to seven years in prison on Tuesday. His predecessor "
        "was sentenced to seven years in 2019 for the same scheme.",
        [P("Rustem Ibrayev", "P7Y"), P(1, "P7Y")],
        id="someones-relation-given-the-same-term-is-someone-else",
    ),
    pytest.param(
        "Rustem Ibrayev and a former customs inspector were each sentenced to seven years.",
        [P("Rustem Ibrayev", "P7Y"), P(1, "P7Y")],
        id="a-description-given-the-term-in-the-named-persons-sentence-is-someone-else",
    ),
    pytest.param(
        "The Aktobe city court sentenced Rustem Ibrayev to seven years on Tuesday.\n\n"
        "Last year, a court in the western city of Uralsk jailed a former customs inspector "
        "for seven years in a similar case.",
        [P("Rustem Ibrayev", "P7Y"), P(1, "P7Y")],
        id="a-description-given-the-same-term-in-another-case-is-someone-else",
    ),
    pytest.param(
        "Police detained Arman Seitov, 34, in Almaty on Monday. He has been charged with "
        "financing an extremist group, a crime punishable by up to 12 years in prison. "
        "Inciting discord is punishable by up to seven years.",
        [P("Arman Seitov", "..P12Y", status="possible")],
        id="the-penalty-of-a-crime-someone-is-charged-with-is-theirs-not-the-laws",
    ),
    pytest.param(
        "Headline\nA court jailed Ivan Petrov for three years on Thursday.\n"
        "Thousands of people have been briefly imprisoned or fined after denouncing the war.",
        [P("Ivan Petrov", "P3Y")],
        id="thousands-of-people-fined-is-a-statistic-not-the-last-persons-fine",
    ),
    pytest.param(
        "Director Ulvi Hasanli, chief editor Sevinj Vagifqizi, and RFE/RL journalist Farid "
        "Mehralizade were each sentenced to nine years in prison.",
        [P("Ulvi Hasanli", "P9Y"), P("Sevinj Vagifqizi", "P9Y"), P("Farid Mehralizade", "P9Y")],
        id="a-list-item-whose-role-follows-an-abbreviation-with-a-slash",
    ),
    pytest.param(
        "Headline\nThe deputy chairman of the Committee on Archival Businesses was sentenced to "
        "6.5 years in prison.",
        [P(1, "P6Y6M")],
        id="the-capitalised-words-after-committee-on-name-the-committee-not-a-person",
    ),
    pytest.param(
        "A court in western Kazakhstan has sentenced a 58-year-old farmer to nine years in a "
        "medium-security colony for fraud.\n\nThe Atyrau regional court handed down the "
        "sentence against Nurlan Besbayev after finding him guilty of selling land he did not "
        "own, the court said on Friday.",
        [P("Nurlan Besbayev", "P9Y")],
        id="a-lead-description-then-the-one-person-named-tried-is-them",
    ),
    pytest.param(
        "A specialised administrative court jailed a 19-year-old student for ten days for petty "
        "hooliganism.\n\nThe owner of the bar did not escape either. Ruslan Akhmetov was fined "
        "50 MCI for selling alcohol after 11 p.m., the police said.",
        [P(1, "P10D"), P("Ruslan Akhmetov", None, kind="fine")],
        id="a-lead-description-then-someone-named-only-given-another-penalty-is-someone-else",
    ),
    pytest.param(
        "Headline\nThe son of former energy minister Bolat Zhakenov has been sentenced to five "
        "years in prison.",
        [P(1, "P5Y")],
        id="the-relation-of-a-named-person-is-someone-else",
    ),
    pytest.param(
        "Headline\nThe daughter-in-law of a high-ranking Tajik diplomat has been sentenced to "
        "12 1/2 years in prison for drug trafficking.\n\nA district court in Dushanbe announced "
        "Mushtari Karimova's verdict on January 31.",
        [P("Mushtari Karimova", "P12Y6M")],
        id="the-relation-of-a-person-sentenced-then-named-by-her-verdict",
    ),
    pytest.param(
        "Headline\nA former regional governor has been sentenced to 11 years in prison for taking "
        "bribes from construction firms in a case that drew wide attention across the country."
        "\n\nThe case began three years ago, when several builders complained to the "
        "anti-corruption agency that they had been made to pay for contracts to build schools, "
        "roads and hospitals in the region. Investigators said the payments were made in cash, "
        "through relatives and intermediaries, and that the money was later used to buy "
        "property abroad. The agency said it had questioned more than sixty witnesses and "
        "seized documents from a dozen firms. Some of the builders were themselves charged, but "
        "most of them were later released after agreeing to testify.\n\nBerik Tulegenov, who "
        "ran the region for six years, denied the charges throughout the trial.\n\nHis former "
        "driver, Aidos Sarsenov, was sentenced to two years in prison for carrying the cash. "
        "Prosecutors said Tulegenov took money from at least nine firms. Tulegenov's lawyers "
        "say they will appeal.",
        [P("Berik Tulegenov", "P11Y"), P("Aidos Sarsenov", "P2Y")],
        id="a-lead-description-is-the-person-the-article-is-about",
    ),
    pytest.param(
        "Headline\nA court in Tashkent fined a local man 1.2 million sums for a false complaint "
        "against businessman Oleg Berg at the trial.\n\nThe man said Berg had cheated him. "
        "Berg, who was not in court, did not comment. Police said Berg was abroad.",
        [P(1, None, kind="fine")],
        id="a-lead-description-is-not-someone-named-beside-their-penalty",
    ),
    pytest.param(
        "Headline\nNurlan Abilov escaped from the colony last week. It is not the first time "
        "Abilov has become a resident of a penal colony. In 2016, as the head of a state "
        "holding, he was arrested for bribery. In 2017, he was sentenced to a nine-year term.",
        [P("Nurlan Abilov", "P9Y")],
        id="a-predicate-noun-after-become-is-no-new-person",
    ),
    pytest.param(
        "Headline\nThe head of Kazakhstan's national farmers' union was sentenced to seven years "
        "in prison on Monday after being convicted of fraud along with his son.\nBolat Omarov, "
        "who owns a grain firm, stood trial with his son Yerlan, who was sentenced to four years.",
        [P("Bolat Omarov", "P7Y"), P("Yerlan", "P4Y")],
        id="a-definite-description-with-its-complement-is-the-subject",
    ),
    pytest.param(
        "Headline\nA 74-year-old pensioner has been given a six-year prison sentence for "
        "helping the families of jailed opposition members.\n\nRelatives of Sabir Rakhimov said "
        "on Monday that the man was sentenced last week. A court official confirmed that Rakhimov "
        "was convicted and sentenced.",
        [P("Sabir Rakhimov", "P6Y")],
        id="a-lead-person-named-later-after-a-victim-cue-that-a-verdict-overrules",
    ),
    pytest.param(
        "Headline\nA prosecutor asked a court to sentence journalist Olim Sattorov to six years in "
        "prison. The prosecutor also asked the court to acquit his co-defendants -- blogger Anvar "
        "Kodirov and businessman Rustam Nazarov.",
        [
            P("Olim Sattorov", "P6Y", status="requested"),
            P("Anvar Kodirov", None, kind="acquittal", status="requested"),
            P("Rustam Nazarov", None, kind="acquittal", status="requested"),
        ],
        id="a-prosecutor-asks-to-acquit-the-people-named-after-the-verb",
    ),
    pytest.param(
        "Headline\nRights groups urged the court to acquit Olim Sattorov. Sattorov asked the "
        "judge to acquit him.",
        [],
        id="only-the-prosecution-asks-for-an-acquittal",
    ),
    pytest.param(
        "Headline\nA court has stripped analyst Marat Zhunusov of his citizenship. "
        '"After serving his sentence, Zhunusov will be deported under Article 51 [deportation of '
        "a foreigner or a stateless person] of the Criminal Code and will be banned from "
        'entering the country for five years," the court said.',
        [P("Marat Zhunusov", "P5Y", kind="ban")],
        id="a-law-titled-in-brackets-names-no-one",
    ),
    pytest.param(
        "Headline\nA district court has sentenced a 41-year-old local resident, identified only "
        "as B.T., to seven years in prison for fighting abroad.\n\nIn March, B.T. left for the "
        "front. In court, B.T. partly admitted guilt.",
        [P("B.T.", "P7Y")],
        id="initials-alone-after-identified-as-and-again-later",
    ),
    pytest.param(
        "Headline\nA police major, Zh. uulu M., who sold seized drugs, has been sentenced to 12 "
        "years in prison. The court found Zh. uulu M. guilty and ordered the confiscation of his "
        "property. His family lives in Washington, D.C., the court heard.",
        [P("Zh. uulu M.", "P12Y")],
        id="initials-alone-in-apposition-to-a-description",
    ),
    pytest.param(
        "Headline\nA former deputy minister, Timur Abenov, was charged with money laundering on "
        "Friday. The charge carries up to 12 years in prison. Inciting discord is punishable "
        "by up to seven years.",
        [P("Timur Abenov", "..P12Y", status="possible")],
        id="the-charge-carries-is-the-charged-persons-possible-term",
    ),
    pytest.param(
        "Headline\nBy the verdict of the district court of March 3, 2021: R., a citizen of "
        "Tajikistan with no criminal record, was sentenced to a fine of 1,250,000 tenge; S., a "
        "citizen of Kyrgyzstan, was sentenced to a fine of 980,000 tenge.",
        [P("R.", None, kind="fine"), P("S.", None, kind="fine")],
        id="an-initial-opening-a-clause-before-its-description",
    ),
    pytest.param(
        "Headline\nA court sentenced a cousin of the former governor to seven years in prison "
        "for fraud.\n\nThe jailing of businessman Arman Tulegenov marks a first. Tulegenov was "
        "found guilty of fraud and will also be barred from holding public office for five years.",
        [P("Arman Tulegenov", "P7Y"), P("Arman Tulegenov", "P5Y", kind="ban")],
        id="a-lead-person-named-later-whose-own-term-is-a-ban",
    ),
    pytest.param(
        "Headline\nA court sentenced a cousin of the former governor to seven years in prison "
        "for fraud.\n\nThe jailing of businessman Arman Tulegenov marks a first. Tulegenov, "
        "alongside two accomplices, was found guilty of fraud.",
        [P("Arman Tulegenov", "P7Y")],
        id="a-person-tried-alongside-others-in-an-aside",
    ),
    pytest.param(
        "Headline\nThe court sentenced Bakhtiyor Nazarzoda, the former head of the investigations "
        "directorate at the Agency for State Revenue Control and Combating Smuggling, Olim "
        "Rajabov, the former head of the internal security unit at the agency's office for the "
        "capital, and Davron Qodirov, to 12, eight and six years respectively.",
        [P("Bakhtiyor Nazarzoda", "P12Y"), P("Olim Rajabov", "P8Y"), P("Davron Qodirov", "P6Y")],
        id="a-list-with-long-appositions-naming-an-organisation",
    ),
    pytest.param(
        "Headline\nA district court sentenced Farrukh Ismoilov, 35, Jamshed Nabiev, 29, and Umed "
        "Salimov, 41, to prison terms ranging from three to five years.\n\nIsmoilov and Nabiev "
        "received four years each, and Salimov was sentenced to five years.",
        [P("Farrukh Ismoilov", "P4Y"), P("Jamshed Nabiev", "P4Y"), P("Umed Salimov", "P5Y")],
        id="a-named-persons-range-restated-by-their-own-term-later",
    ),
    pytest.param(
        "Headline\nThe court sentenced former governor Berik Tulenov to 17 years. Former deputy "
        "of the Mazhilis Aidar Tulen had been sentenced to 16 years.",
        [P("Berik Tulenov", "P17Y"), P("Aidar Tulen", "P16Y")],
        id="a-name-after-an-organisations-one-word-name-after-the-article",
    ),
    pytest.param(
        "Headline\nThe protesters were convicted on May 12. A 16-year old boy received a "
        "six-year sentence, while two women were given sentences of 11 and 12 years "
        "respectively.",
        [P(1, "P6Y"), P(1, "P11Y"), P(1, "P12Y")],
        id="an-age-written-apart-describes-one-person",
    ),
    pytest.param(
        "Headline\nIn 2019, former judge at the district court, Rustam Sharipov, was detained. "
        "Sharipov was released after paying a 40,000 somoni fine.",
        [P("Rustam Sharipov", None, kind="fine")],
        id="a-former-judge-may-be-tried",
    ),
    pytest.param(
        "Headline\nThe court sentenced Marat Akhmetov to six years in prison. In his final "
        "statement, Akhmetov asked the court for a fine instead of prison.",
        [P("Marat Akhmetov", "P6Y")],
        id="a-defendants-own-plea-in-his-final-statement-is-no-request",
    ),
    pytest.param(
        "Headline\nThe court found Serik Dauletov and his wife, Aigul Dauletova, guilty of "
        "fraud. It sentenced Dauletov to 12 years in prison and his wife to nine years.",
        [P("Serik Dauletov", "P12Y"), P("Aigul Dauletova", "P9Y")],
        id="a-possessive-phrase-again-is-the-person-first-named-after-it",
    ),
    pytest.param(
        "Former Transport Minister Almaz Tokoev and two-time mayoral candidate Ruslan Beishenov "
        "were sentenced to 11 years in prison each.",
        [P("Almaz Tokoev", "P11Y"), P("Ruslan Beishenov", "P11Y")],
        id="a-role-of-a-hyphenated-number-word-between-coordinated-names",
    ),
    pytest.param(
        "Two other accomplices, Nurlan Abdiev and Semyon Frolov, got three- and four-year "
        "suspended jail terms, respectively.",
        [P("Nurlan Abdiev", "P3Y", kind="suspended"), P("Semyon Frolov", "P4Y", kind="suspended")],
        id="elided-adjectival-terms-respectively",
    ),
    pytest.param(
        "The court said former Attorney-General Bakyt Temirov was sentenced to six years.",
        [P("Bakyt Temirov", "P6Y")],
        id="a-hyphenated-title-of-title-words-is-no-part-of-the-name",
    ),
    pytest.param(
        "The court found Oleg Marchenko and Pavel Ryzhov guilty. Each of them was sentenced to a "
        "prison term of four years. The sentences were ruled to be suspended. The court also "
        "imposed a three-year ban on teaching on both of them.",
        [
            P("Oleg Marchenko", "P4Y", kind="suspended"),
            P("Oleg Marchenko", "P3Y", kind="ban"),
            P("Pavel Ryzhov", "P4Y", kind="suspended"),
            P("Pavel Ryzhov", "P3Y", kind="ban"),
        ],
        id="sentences-ruled-suspended-and-a-ban-imposed-on-both-of-them",
    ),
    pytest.param(
        "Headline\nBerik Zhaksylykov, 61, was found guilty of insulting the president. The "
        "verdict was read by Aigul Nurlanova, an Almaty city court judge. The prosecutor had "
        "asked for four years of labor in a penal colony, but the judge chose a fine.",
        [
            P("Berik Zhaksylykov", "P4Y", status="requested"),
            P("Berik Zhaksylykov", None, kind="fine"),
        ],
        id="a-judge-whose-apposed-role-opens-with-a-place-name-is-excluded",
    ),
    pytest.param(
        "Nine other defendants in the case, including former deputies of Ivan Petrov and Oleg "
        "Sidorov, were sentenced to prison terms of between 4 and 11 years.",
        [P(9, "P4Y..P11Y")],
        id="names-that-own-the-description-of-a-groups-members-are-no-members",
    ),
    pytest.param(
        "Five defendants, including two aides of Ivan Petrov, were sentenced to six years.",
        [P(5, "P6Y")],
        id="a-name-owning-a-counted-description-in-a-groups-apposition-is-no-member",
    ),
    pytest.param(
        "Five other defendants in the trial, including Ivan Petrov, got six years each.",
        [P("Ivan Petrov", "P6Y"), P(4, "P6Y")],
        id="a-group-whose-apposition-follows-where-it-was-tried",
    ),
    pytest.param(
        "The appeals court upheld Kavkaz Khabari TV Chief Nika Beridze's sentence of 3 years in "
        "prison.",
        [P("Nika Beridze", "P3Y")],
        id="an-outlet-before-an-acronym-and-a-capitalised-role-is-no-name",
    ),
    pytest.param(
        "Islamabad: On Friday, a court condemned the country's best-known rights campaigner to "
        "eight years in jail, a news agency reported.\n\nOleg Vasilevich was convicted of "
        "smuggling.",
        [P("Oleg Vasilevich", "P8Y")],
        id="a-world-capital-in-a-dateline-is-no-name-and-a-campaigner-is-a-person",
    ),
    pytest.param(
        "An outspoken critic of President Bolat Nurov was jailed for seven years on Monday.\n\n"
        "Oleg Vasilevich, leader of an unregistered party, was found guilty of inciting unrest.",
        [P("Oleg Vasilevich", "P7Y")],
        id="the-critic-of-someone-is-the-subject-not-the-one-criticised",
    ),
    pytest.param(
        "The court sentenced in absentia another critic living in Turkey, Aigul Seitova, to 8 "
        "years in prison.",
        [P("Aigul Seitova", "P8Y")],
        id="a-description-living-somewhere-apposed-to-a-name",
    ),
    pytest.param(
        "(For an account, see Kyrgyzstan: Islamic Protest Sparked by Official Insensitivity.) "
        "It received lengthy sentences ranging from nine to 20 years in prison.",
        [],
        id="a-title-cased-headline-run-is-no-name",
    ),
    pytest.param(
        "Bolat Nurov and Oleg Sidorov were sentenced to seven years in prison. Six other "
        "detainees received six-year prison sentences on charges of membership in the cell run "
        "by Nurov and Sidorov.",
        [P("Bolat Nurov", "P7Y"), P("Oleg Sidorov", "P7Y"), P(6, "P6Y")],
        id="detainees-are-people",
    ),
    pytest.param(
        "Arman Zhunusov, a former deputy governor, was sentenced to 18 years in prison for the "
        "murder of his wife, Dana Seitkali.",
        [P("Arman Zhunusov", "P18Y")],
        id="a-victim-apposed-to-her-relation-after-the-penalty",
    ),
    pytest.param(
        "A court in the west has sentenced an activist to two years of restricted freedom. The "
        "judge also barred the convicted man, Dias Omarov, from posting on social networks.",
        [P("Dias Omarov", "P2Y", kind="restricted_freedom"), P("Dias Omarov", None, kind="ban")],
        id="the-convicted-man-named-after-the-verdict-is-its-defendant",
    ),
    pytest.param(
        "In Kerch, another court found 51-year-old Jehovah's Witness Pavel Dorin guilty of "
        "organising extremist activities and jailed him for 5 years.",
        [P("Pavel Dorin", "P5Y")],
        id="a-jehovahs-witness-is-a-believer-not-a-witness",
    ),
    pytest.param(
        "Three men\u2014Oleg Bazin, Ivan Lutsky and Roman Petrenko\u2014were sentenced to two "
        "years in prison.",
        [P("Oleg Bazin", "P2Y"), P("Ivan Lutsky", "P2Y"), P("Roman Petrenko", "P2Y")],
        id="a-list-between-dashes-ends-before-the-verb",
    ),
    pytest.param(
        "A court in the capital, Ulan Bator, convicted Mr. Tsendbaatar on Thursday after a "
        "two-day trial and gave him a six-year sentence with two years pardoned.",
        [P("Tsendbaatar", "P6Y")],
        id="mr-before-any-surname-and-a-capital-is-no-name-and-pardoned-years-no-term",
    ),
    pytest.param(
        "The prosecutor demanded life imprisonment and 18 years in jail for Ak Tolqyn members "
        "Daulet Seriyev and Arman Temirov, respectively.",
        [
            P("Daulet Seriyev", None, kind="life_imprisonment", status="requested"),
            P("Arman Temirov", "P18Y", status="requested"),
        ],
        id="a-group-and-members-before-the-names-is-no-name",
    ),
    pytest.param(
        "A court has sentenced an activist to two years of restricted freedom over ties to a "
        "movement led by Murat Zhanov, an outspoken critic of the government.\n\nThe judge also "
        "barred the convicted man, Dias Omarov, from using social networks.",
        [P("Dias Omarov", "P2Y", kind="restricted_freedom"), P("Dias Omarov", None, kind="ban")],
        id="the-convicted-man-is-the-last-tried-not-the-last-described",
    ),
    pytest.param(
        "ASHGABAT -- A court has sentenced an RFE/RL correspondent to six years in jail, the "
        "outlet reports.\nMurad Atayev went on trial on May 4 for allegedly evading taxes.",
        [P("Murad Atayev", "P6Y")],
        id="an-acronym-with-a-slash-before-a-person-noun",
    ),
    pytest.param(
        "OSH -- A well-known ethnic Uzbek human rights activist has been sentenced to life in "
        "prison.\nRustam Ismailov and two others were found guilty of organising riots.",
        [P("Rustam Ismailov", None, kind="life_imprisonment")],
        id="a-description-with-a-nationality-and-human-rights",
    ),
    pytest.param(
        "Ex-Director for Credit Issues Talgat Omirov was sentenced to 11 years in prison. Former "
        "Chairman of the Board Yerlan Bekov and ex-Deputy Chairman of the Board Asset Dauletov "
        "received a 3-year suspended sentence each.",
        [
            P("Talgat Omirov", "P11Y"),
            P("Yerlan Bekov", "P3Y", kind="suspended"),
            P("Asset Dauletov", "P3Y", kind="suspended"),
        ],
        id="titles-of-a-board-and-a-field-before-names",
    ),
    pytest.param(
        "- As a group gathered for a picket in Atyrau on 3rd May, the organisers were detained "
        "and two of them were sentenced to ten days of administrative arrest. On 5th May, "
        "activist Aliya Nurova and blogger Dana Serikova were detained and fined.\n"
        "#Kazakhstan two more activists detained https://t.co/x1\n"
        "\u2014 Front Line Defenders (@FrontLineHRD) May 4, 2019\n"
        "- Ahead of Independence Day on 16th December, activists in Uralsk were warned.",
        [
            P(2, "P10D", kind="administrative_arrest"),
            P("Aliya Nurova", None, kind="fine"),
            P("Dana Serikova", None, kind="fine"),
        ],
        id="a-holiday-and-a-group-of-defenders-are-no-members-of-a-group",
    ),
    pytest.param(
        "An activist who protested against a summit has been sentenced to 15 days in jail.\n"
        "Aigul Temirova told RFE/RL that her husband, Nurlan Temirov, was convicted on Monday.",
        [P("Nurlan Temirov", "P15D")],
        id="a-speaker-who-names-another-is-not-the-one-described",
    ),
    pytest.param(
        "On Monday, Anar Quliyev, Tale Mammadli were arrested for 15 days in jail. Vusal Aliyev, "
        "a friend of theirs, received a fine.",
        [
            P("Anar Quliyev", "P15D", kind="administrative_arrest"),
            P("Tale Mammadli", "P15D", kind="administrative_arrest"),
            P("Vusal Aliyev", None, kind="fine"),
        ],
        id="two-names-by-a-comma-alone-before-a-plural-verb",
    ),
    pytest.param(
        "Five members of a gang were convicted. The Buiucani branch of the Court of Chisinau "
        "municipality sentenced the organiser to 18 years in jail.",
        [P(1, "P18Y")],
        id="a-capital-of-the-region-is-no-one-and-the-organiser-is-one-person",
    ),
    pytest.param(
        "For the second time this year, a Turkmen activist has received a two-year labour camp "
        "sentence. His friends insist the charge was fabricated. The 24-year-old Merdan Orazov "
        "was sentenced on 3 March at Mary City Court.\n\n"
        "In a separate case, Dovlet Gurbanov was given a one-year prison sentence.",
        [P("Merdan Orazov", "P2Y"), P("Dovlet Gurbanov", "P1Y")],
        id="described-two-sentences-before-a-name-with-its-age-that-was-sentenced",
    ),
    pytest.param(
        "A senior specialist of the district administration, identified by the initials K.S., was "
        "found guilty of bribery and sentenced to six years' imprisonment.",
        [P("K.S.", "P6Y")],
        id="a-person-identified-by-the-initials",
    ),
    pytest.param(
        "Prosecutors have sent to court the cases of former councillors Arman Bekov, Dina "
        "Sultanova and Erlan Tokayev, all accused of fraud.\n\n"
        "According to prosecutors, the councillors approved illegal contracts in 2019.\n\n"
        "The defendants face 12 to 15 years in prison.",
        [
            P("Arman Bekov", "P12Y..P15Y", status="possible"),
            P("Dina Sultanova", "P12Y..P15Y", status="possible"),
            P("Erlan Tokayev", "P12Y..P15Y", status="possible"),
        ],
        id="the-defendants-are-everyone-the-last-list-named-not-its-last-two",
    ),
    pytest.param(
        "A court convicted Ivan Petrov, Oleg Sidorov and Marat Kasymov. All three are former "
        "police officers. They were sentenced to nine years in prison.",
        [P("Ivan Petrov", "P9Y"), P("Oleg Sidorov", "P9Y"), P("Marat Kasymov", "P9Y")],
        id="all-three-are-the-three-named-just-before",
    ),
    pytest.param(
        "On Monday a court in Almaty opened the trial of human rights defender Nurlan Dossanov, "
        "who is accused of inciting discord.\n\n"
        "Dossanov moved to Almaty in 2005. He founded the NGO Adal Zher Koru in 2016 to help "
        "farmers. In March he was fined $500 for running an unregistered group.",
        [P("Nurlan Dossanov", None, kind="fine")],
        id="a-human-rights-defender-may-be-tried-and-an-ngo-is-no-one",
    ),
    pytest.param(
        "Summary: An activist of an opposition movement has been sentenced to four years in "
        "prison for allegedly paying others to tear down Tokayev campaign posters. The defendant "
        "dismissed his lawyers midway through the trial.",
        [P(1, "P4Y")],
        id="a-name-that-modifies-a-noun-is-no-one",
    ),
    pytest.param(
        'ASTANA -- A Kazakh court has sentenced an activist to two years of "freedom limitation" '
        "for having ties to a banned opposition movement.\n\n"
        "The Yesil district court sentenced 47-year-old Dana Serikova on May 3 after finding her "
        "guilty of sharing the movement's videos.\n\n"
        "In March, a court in Shymkent sentenced Berik Oraz to three years in prison.",
        [P("Dana Serikova", "P2Y", kind="restricted_freedom"), P("Berik Oraz", "P3Y")],
        id="the-leads-unnamed-person-is-the-one-the-next-paragraph-says-was-sentenced",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_who_gets_which_penalty(text: str, expected: list[Pair]) -> None:
    assert sorted(pairs_of(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        ("A court in Minsk fined Alena Shymanskaya 1,850 rubles.", ["BYN"]),
        ("A Moscow court fined Ivan Lis 1,850 rubles.", ["RUB"]),
        ("A Gomel court in Belarus fined Ihar Lis 900 Russian rubles.", ["RUB"]),
        ("A Baku court fined Kamran Ismayilli 30,000 manats.", ["AZN"]),
        ("A court in Mary fined Dovlet Orazov 3,000 manats.", ["TMT"]),
        ("A court in Namangan fined Sardor Umarov 11 million soms.", ["UZS"]),
        ("A court in Osh fined Sardor Umarov 11 million soms.", ["KGS"]),
        ("Суд Ленинского района Минска оштрафовал Ивана Лиса на 1850 рублей.", ["BYN"]),
        ("Суд Ташкента оштрафовал Сардора Умарова на 11 млн сумов.", ["UZS"]),
        ("date 2011-03-25\n\nA court in Minsk fined Ales Makayeu 10.5 mln rubles.", ["BYR"]),
        ("date 2016-07-01\n\nA court in Minsk fined Ales Makayeu 1,050 rubles.", ["BYN"]),
        ("date 2014-05-02\n\nA Moscow court fined Ivan Lis ₽4 million.", ["RUB"]),
    ],
)
def test_a_shared_currency_word_is_the_articles_country(text: str, currencies: list[str]) -> None:
    fines = [
        s.value.fine.currency
        for case in parse_article(text).cases
        for d in case.defendants
        for s in d.sentences
        if s.value.fine is not None
    ]
    assert fines == currencies


@pytest.mark.parametrize(
    "text",
    [
        "The court in Taraz on Monday heard the case of the bank's former accountant Dana K."
        "\n\nErik Ten, her driver, was jailed for four years for his part in the fraud.",
        "Суд рассмотрел дело Ахметовой А.\n\nКурмангалиев Е.Б. получил шесть лет.",
    ],
)
def test_a_name_never_runs_across_a_line_break(text: str) -> None:
    from kzjustice._doc import document
    from kzjustice.mentions import find_mentions

    doc = document(text, None)
    names = [m.text for m in find_mentions(doc).items if m.kind in ("name", "surname")]
    assert names and not any("\n" in name for name in names)


def test_a_headlines_verdict_words_name_no_one() -> None:
    text = "The court ruled on Monday. Ex-Governor Found Guilty of Taking Mln Bribe, it said."
    doc = document(text, None)
    assert [m.text for m in find_mentions(doc).items if m.kind in ("name", "surname")] == []


@pytest.mark.parametrize(
    "text",
    [
        "He was jailed for shooting a leopard protected in the Russian Red Book.",
        "Critics of the Nazarbayev regime were detained.",
    ],
)
def test_a_capitalised_run_after_the_is_no_persons_name(text: str) -> None:
    doc = document(text, None)
    assert [m.text for m in find_mentions(doc).items if m.kind in ("name", "surname")] == []


def test_a_long_title_in_quotes_names_no_one() -> None:
    text = (
        'The new law, titled "On Amendments to Certain Legislative Acts on Countering Illicit '
        'Trafficking in Narcotic Drugs, Psychotropic Substances and Potent Substances," was signed.'
    )
    doc = document(text, None)
    assert [m.text for m in find_mentions(doc).items if m.kind in ("name", "surname")] == []


def test_the_pair_stands_for_the_two_named_last() -> None:
    text = (
        "Ana Beridze was fined. Giorgi Lomaia and Dato Kvaratskhelia were convicted of assault. "
        "Prosecutors had sought five years each for the pair."
    )
    doc = document(text, None)
    mentions = find_mentions(doc)
    chains = link_mentions(doc, mentions)
    pair = next(m for m in mentions.items if m.text == "pair")
    named = {chains.entities[i].name for i in chains.of(pair)}
    assert {text[n.start : n.end] for n in named if n is not None} == {
        "Giorgi Lomaia",
        "Dato Kvaratskhelia",
    }


@pytest.mark.parametrize(
    "text",
    [
        "A district court found Pavel Ignatenko and Oleg Rudin guilty of fraud on Monday.",
        "Pavel Ignatenko and Oleg Rudin were convicted of fraud on Monday.",
    ],
)
def test_people_listed_as_tried_are_all_defendants(text: str) -> None:
    names = [d.name.text for c in parse_article(text).cases for d in c.defendants if d.name]
    assert names == ["Pavel Ignatenko", "Oleg Rudin"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amriddin Kurbonaliev went on trial in Dushanbe in March. On Friday the court "
            "sentenced Amriddin Kurbonaliyev to nine years in prison.",
            ["Amriddin Kurbonaliev"],
        ),
        (
            "Суд рассмотрел дело Абдурозика Абдукаххорова и Аскара Юнусова. Абдурозик Каххоров "
            "осужден на 15 лет, Аскар Юнусов — на 8 лет.",
            ["Абдурозика Абдукаххорова", "Аскара Юнусова"],
        ),
        (
            "Amriddin Qirghizov went on trial in Dushanbe in May. On Friday the court sentenced "
            "Qirghiziov to 15 years in prison.",
            ["Amriddin Qirghizov"],
        ),
        (  # a woman's form, or another given name, is someone else
            "Ivan Sokolov and Anna Sokolova were convicted of fraud. Pavel Sokolov was acquitted.",
            ["Ivan Sokolov", "Anna Sokolova", "Pavel Sokolov"],
        ),
    ],
)
def test_a_surname_spelled_two_ways_with_one_given_name_is_one_person(
    text: str, expected: list[str]
) -> None:
    names = [d.name.text for c in parse_article(text).cases for d in c.defendants if d.name]
    assert names == expected


@pytest.mark.parametrize(
    "cue", ["assassination attempt of", "assassination attempt on", "attempt on the life of"]
)
def test_the_target_of_an_assassination_attempt_is_no_defendant(cue: str) -> None:
    text = (
        "The intermediary was sentenced yesterday to 4 years in prison, with execution.\n"
        "According to the case material, the defendant was paid to influence a witness in the "
        f"{cue} Russian banker Oleg Durov."
    )
    article = parse_article(text)
    named = [d.name.value for c in article.cases for d in c.defendants if d.name is not None]
    assert "Oleg Durov" not in named
