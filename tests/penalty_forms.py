"""Penalty passages in the forms real reports use, annotated by hand against CONVENTIONS.md §1.

Each row is ``(text, expected)``, as in ``penalty_snippets.py``: ``expected`` lists every
penalty in order of appearance as ``(kind, status, term)``, ``(kind, status, term, fine)`` when
an amount is stated, or ``("ban", status, term, detail)`` for a ban, ``detail`` being what the
ban bars as written. All names are invented. The rows were written and scored before the
grammar was changed for them (``docs/penalties.md`` gives the figures), in three sets:

- ``FORMS``: bans, administrative arrest, statements of the law and maxima, elided and
  distributed terms, decimal years;
- ``CONFUSIONS``: a date, age, count, sum or article number standing next to a term;
- ``NEAR_MISSES``: durations and numbers that are no penalty: adjournments, detention and its
  extensions, exile, a trial's length, years in office, frequencies, statistics;

and a second and a third round of each, written once the rounds before were read right.

Decisions where the conventions are silent, each also at its row: a ban's detail is the
words after "from", "on", "to" or "of the right to", up to the term or the end of the clause,
without quotation marks; a "maximum" or "minimum" named as a penalty is a bound ("a maximum
penalty of seven years" is ``..P7Y``), but "the maximum" a court hands down is the term it
gave; "jailed for 15 days" with no kind word is imprisonment.
"""

Row = tuple[str, list[tuple[str | None, ...]]]

FORMS: list[Row] = [
    # --- bans -----------------------------------------------------------------------------------
    (
        "A court in Kostanay sentenced Daniyar Abenov to three years in prison and banned him "
        "from driving for two years.",
        [("imprisonment", "imposed", "P3Y"), ("ban", "imposed", "P2Y", "driving")],
    ),
    (
        "The former akim of the district, Yerbol Sagyndykov, was sentenced to six years and "
        "barred from holding public office for five years.",
        [("imprisonment", "imposed", "P6Y"), ("ban", "imposed", "P5Y", "holding public office")],
    ),
    (
        "Kanat Dosmagambetov, the driver, was banned from driving for 18 months and fined 200 MCI.",
        [("ban", "imposed", "P18M", "driving"), ("fine", "imposed", None, "200 MCI")],
    ),
    (
        "The court deprived Aliya Serikbayeva of the right to work in law enforcement for 10 "
        "years.",
        [("ban", "imposed", "P10Y", "work in law enforcement")],
    ),
    (
        "He received eight years in a medium-security colony with a lifetime ban on holding "
        "positions in the civil service.",
        [
            ("imprisonment", "imposed", "P8Y"),
            ("ban", "imposed", None, "holding positions in the civil service"),
        ],
    ),
    (
        "The ex-minister was also barred from office for life.",
        [("ban", "imposed", None, "office")],
    ),
    (
        "Blogger Arsen Nurlanov got two years of restricted freedom and a three-year ban on "
        '"social and political activity".',
        [
            ("restricted_freedom", "imposed", "P2Y"),
            ("ban", "imposed", "P3Y", "social and political activity"),
        ],
    ),
    (
        "Nurzhan Baimenov was sentenced to four years of restricted freedom. He is also banned "
        "from posting on social networks for three years.",
        [
            ("restricted_freedom", "imposed", "P4Y"),
            ("ban", "imposed", "P3Y", "posting on social networks"),
        ],
    ),
    (
        "The judge handed the surgeon a two-year suspended sentence and prohibited him from "
        "practising medicine for three years.",
        [("suspended", "imposed", "P2Y"), ("ban", "imposed", "P3Y", "practising medicine")],
    ),
    (
        "Prosecutors asked for five years in prison and a ban on holding public office for "
        "three years.",
        [
            ("imprisonment", "requested", "P5Y"),
            ("ban", "requested", "P3Y", "holding public office"),
        ],
    ),
    (
        "The drunk driver was deprived of the right to drive for two and a half years.",
        [("ban", "imposed", "P2Y6M", "drive")],
    ),
    (
        "Along with a fine of 500,000 tenge, the court imposed a two-year ban on working in "
        "the banking sector.",
        [
            ("fine", "imposed", None, "500000 KZT"),
            ("ban", "imposed", "P2Y", "working in the banking sector"),
        ],
    ),
    (
        "Marat Zhumabekov was jailed for seven years and banned for life from holding positions "
        "in state bodies.",
        [
            ("imprisonment", "imposed", "P7Y"),
            ("ban", "imposed", None, "holding positions in state bodies"),
        ],
    ),
    (
        "The former customs officer faces up to 10 years in prison and a lifetime ban on holding "
        "public office.",
        [
            ("imprisonment", "possible", "..P10Y"),
            ("ban", "possible", None, "holding public office"),
        ],
    ),
    (
        "The Zhanaozen court disqualified taxi driver Arman Kuttybayev from driving for a year "
        "and a half.",
        [("ban", "imposed", "P1Y6M", "driving")],
    ),
    (
        "He was given 18 months of restricted freedom and a 12-month driving ban.",
        [("restricted_freedom", "imposed", "P18M"), ("ban", "imposed", "P12M", "driving")],
    ),
    (
        "The verdict also includes a five-year ban on engaging in journalism.",
        [("ban", "imposed", "P5Y", "engaging in journalism")],
    ),
    (
        "The former police major received nine years and is banned from serving in law "
        "enforcement bodies for life.",
        [
            ("imprisonment", "imposed", "P9Y"),
            ("ban", "imposed", None, "serving in law enforcement bodies"),
        ],
    ),
    (
        "Galym Sarsenov was sentenced to 240 hours of community service and banned from "
        "driving for three years.",
        [("community_service", "imposed", "PT240H"), ("ban", "imposed", "P3Y", "driving")],
    ),
    # --- administrative arrest ------------------------------------------------------------------
    (
        "Activist Zhanna Omarova was administratively arrested for 15 days for an unsanctioned "
        "picket.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "A specialised administrative court in Uralsk arrested blogger Timur Kenzhebayev for 10"
        " days.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "Three participants of the rally were placed under administrative arrest for 20 days each.",
        [("administrative_arrest", "imposed", "P20D")],
    ),
    (
        "The court gave Serik Ermekov 15 days of administrative detention for disobeying police.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "Yesterday the court sentenced activist Aigerim Tleuova to 10 days' administrative arrest.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "Ruslan Bekov was jailed for 15 days after the rally.",
        [("imprisonment", "imposed", "P15D")],  # no kind word: imprisonment
    ),
    (
        "Police had asked the court to arrest him administratively for 15 days.",
        [("administrative_arrest", "requested", "P15D")],
    ),
    (
        "The offence carries an administrative arrest of up to 30 days.",
        [("administrative_arrest", "possible", "..P30D")],
    ),
    (
        "She was administratively detained for five days for a post on Facebook.",
        [("administrative_arrest", "imposed", "P5D")],
    ),
    (
        "Both men were sentenced to administrative arrest: Bakhyt Ospanov for 10 days and "
        "Yerzhan Suleimenov for 15.",
        [
            ("administrative_arrest", "imposed", "P10D"),
            ("administrative_arrest", "imposed", "P15D"),
        ],
    ),
    # --- statements of the law and maxima -------------------------------------------------------
    (
        "Kairat Zhunusov faces a maximum penalty of seven years in prison.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    (
        "The charge is punishable by up to 10 years.",
        [("imprisonment", "possible", "..P10Y")],
    ),
    (
        "The article carries five to 12 years.",
        [("imprisonment", "possible", "P5Y..P12Y")],
    ),
    (
        "Fraud on an especially large scale is punishable by imprisonment for a term of five to"
        " 10 years with confiscation of property.",
        [("imprisonment", "possible", "P5Y..P10Y")],
    ),
    (
        "Spreading false information is punishable by a fine or by up to five years in prison.",
        [("fine", "possible", None), ("imprisonment", "possible", "..P5Y")],
    ),
    (
        "He was sentenced to four years, well below the 10-year maximum.",
        [("imprisonment", "imposed", "P4Y"), ("imprisonment", "possible", "..P10Y")],
    ),
    (
        "The charge carries a maximum sentence of 12 years.",
        [("imprisonment", "possible", "..P12Y")],
    ),
    (
        "Torture carries a minimum sentence of five years under the amended code.",
        [("imprisonment", "possible", "P5Y..")],
    ),
    (
        "Under Part 2 of Article 361, abuse of office is punishable by restriction of freedom "
        "for up to five years or imprisonment for the same term.",
        [("restricted_freedom", "possible", "..P5Y"), ("imprisonment", "possible", "..P5Y")],
    ),
    (
        "The law provides for up to seven years of imprisonment for such crimes.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    (
        "If found guilty, Olzhas Nurgaliyev could face a prison term of eight to 12 years.",
        [("imprisonment", "possible", "P8Y..P12Y")],
    ),
    (
        "The crime carries a penalty of a fine, correctional labour, or up to two years of "
        "restricted freedom.",
        [
            ("fine", "possible", None),
            ("correctional_labour", "possible", None),
            ("restricted_freedom", "possible", "..P2Y"),
        ],
    ),
    (
        "The maximum penalty for the offence is seven years.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    (
        "Zhandos Kalybayev received the maximum sentence of 12 years.",
        [("imprisonment", "imposed", "P12Y")],  # the maximum the court gave is his term
    ),
    (
        "The court gave him six years, half the maximum of 12.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "possible", "..P12Y")],
    ),
    (
        "Participation in mass riots is punishable by two to eight years, while organising them"
        " carries eight to 15 years.",
        [("imprisonment", "possible", "P2Y..P8Y"), ("imprisonment", "possible", "P8Y..P15Y")],
    ),
    (
        "Aset Nurmagambetov could be sentenced to up to 15 years in prison.",
        [("imprisonment", "possible", "..P15Y")],
    ),
    (
        "The article under which he is charged envisages imprisonment of three to seven years.",
        [("imprisonment", "possible", "P3Y..P7Y")],
    ),
    (
        "Bribe-taking on a large scale is punishable by seven to 12 years of imprisonment and a"
        " lifetime ban on holding public office.",
        [
            ("imprisonment", "possible", "P7Y..P12Y"),
            ("ban", "possible", None, "holding public office"),
        ],
    ),
    (
        "The defendants face between six and 10 years behind bars.",
        [("imprisonment", "possible", "P6Y..P10Y")],
    ),
    # --- elided and distributed terms -----------------------------------------------------------
    (
        "Askar Beisenov and Nurlan Tursunov were jailed for five and seven years.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The three organisers received six, seven and eight years respectively.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P8Y"),
        ],
    ),
    (
        "The four police officers were given terms of three to five years each.",
        [("imprisonment", "imposed", "P3Y..P5Y")],
    ),
    (
        "Of the remaining defendants, two received suspended sentences and one was fined.",
        [("suspended", "imposed", None), ("fine", "imposed", None)],
    ),
    (
        "The court sentenced Yerlan Kassymov to 10 years, Bauyrzhan Akhmetov to eight and "
        "Timur Sadykov to six.",
        [
            ("imprisonment", "imposed", "P10Y"),
            ("imprisonment", "imposed", "P8Y"),
            ("imprisonment", "imposed", "P6Y"),
        ],
    ),
    (
        "Two of the guards got four years each, and the third got three.",
        [("imprisonment", "imposed", "P4Y"), ("imprisonment", "imposed", "P3Y")],
    ),
    (
        "The brothers were sentenced to nine and eight years in a maximum-security colony.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Prosecutors asked for 10, nine and seven years for the three defendants.",
        [
            ("imprisonment", "requested", "P10Y"),
            ("imprisonment", "requested", "P9Y"),
            ("imprisonment", "requested", "P7Y"),
        ],
    ),
    (
        "Two activists were given three and four years of restricted freedom respectively.",
        [("restricted_freedom", "imposed", "P3Y"), ("restricted_freedom", "imposed", "P4Y")],
    ),
    (
        "The other five received suspended sentences of two to three years.",
        [("suspended", "imposed", "P2Y..P3Y")],
    ),
    (
        "Zhanar Alimova got five years; her deputy, four and a half.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P4Y6M")],
    ),
    (
        "The judge sentenced the ringleader to 12 years and his two accomplices to seven years "
        "each.",
        [("imprisonment", "imposed", "P12Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Two were fined and three received terms of restricted freedom.",
        [("fine", "imposed", None), ("restricted_freedom", "imposed", None)],
    ),
    (
        "The pair were handed 15 and 10 days of administrative arrest respectively.",
        [
            ("administrative_arrest", "imposed", "P15D"),
            ("administrative_arrest", "imposed", "P10D"),
        ],
    ),
    (
        "Sentences ranged from two years of restricted freedom to nine years in prison.",
        [("restricted_freedom", "imposed", "P2Y"), ("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The former deputy minister was sentenced to 11 years, and his wife to three years of "
        "restricted freedom.",
        [("imprisonment", "imposed", "P11Y"), ("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "Prosecutors had sought seven and six years; the court gave them five and four.",
        [
            ("imprisonment", "requested", "P7Y"),
            ("imprisonment", "requested", "P6Y"),
            ("imprisonment", "imposed", "P5Y"),
            ("imprisonment", "imposed", "P4Y"),
        ],
    ),
    (
        "Nine defendants were sentenced to between four and nine years; two were acquitted.",
        [("imprisonment", "imposed", "P4Y..P9Y"), ("acquittal", "imposed", None)],
    ),
    (
        "The court jailed Aidar Mukhamedov for eight years and fined his company 20 million tenge.",
        [("imprisonment", "imposed", "P8Y"), ("fine", "imposed", None, "20000000 KZT")],
    ),
    (
        "Kuanysh Bekmukhanov and Ilyas Omarov each received 10 years.",
        [("imprisonment", "imposed", "P10Y")] * 2,
    ),
    # --- decimal years --------------------------------------------------------------------------
    (
        "The court sentenced the accountant to 2.5 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P2Y6M")],
    ),
    (
        "Prosecutors asked for 2.25 years in a general-regime colony.",
        [("imprisonment", "requested", "P2Y3M")],
    ),
    (
        "He was jailed for 15.6 years, the court's ruling says.",
        [("imprisonment", "imposed", "P15.6Y")],
    ),
    (
        "The bank manager received a 1.5-year suspended sentence.",
        [("suspended", "imposed", "P1Y6M")],
    ),
    (
        "The court handed the ex-mayor 7.5 years in prison.",
        [("imprisonment", "imposed", "P7Y6M")],
    ),
    (
        "Prosecutors had sought 4.75 years.",
        [("imprisonment", "requested", "P4Y9M")],
    ),
    # --- other forms real reports use -----------------------------------------------------------
    (
        "Yerzhan Tulegenov was sentenced to 5 (five) years of deprivation of liberty in a "
        "medium-security institution.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The court imposed a sentence of three years of restriction of freedom with probation "
        "supervision.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "In absentia, former banker Daulet Abenov was sentenced to 14 years.",
        [("imprisonment", "imposed", "P14Y")],
    ),
    (
        "The appeals court cut his sentence from nine to six years.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The regional court upheld the six-year sentence handed to Bolat Yessenov.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Azamat Kurmanov walked free with a two-year suspended sentence and a fine of 100 MCI.",
        [("suspended", "imposed", "P2Y"), ("fine", "imposed", None, "100 MCI")],
    ),
    (
        "The court replaced the remainder of his term with two years of restricted freedom.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "He had been given 300 hours of community service.",
        [("community_service", "imposed", "PT300H")],
    ),
    (
        "The teenager was placed on probation for one year.",
        [("probation", "imposed", "P1Y")],
    ),
    (
        "Prosecutors are seeking a 13-year term for Rakhat Ismailov.",
        [("imprisonment", "requested", "P13Y")],
    ),
    (
        "The verdict: life imprisonment for the organiser, 20 years for his driver.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P20Y")],
    ),
    (
        "Ainur Sapargaliyeva was sentenced to two years of correctional labour with 20% of her"
        " wages withheld.",
        [("correctional_labour", "imposed", "P2Y")],
    ),
    # --- the forms of court press releases -----------------------------------------------------
    (
        "The court sentenced him to imprisonment for a term of 7 years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "She was sentenced to a term of 8 years to be served in a medium-security penal colony.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The court imposed a penalty in the form of restriction of freedom for a period of 3 "
        "years.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The defendant was sentenced to a fine in the amount of 1,000 MCI.",
        [("fine", "imposed", None, "1000 MCI")],
    ),
    (
        "He was sentenced to 5 years of imprisonment with deprivation of the right to hold "
        "positions in the civil service for life.",
        [
            ("imprisonment", "imposed", "P5Y"),
            ("ban", "imposed", None, "hold positions in the civil service"),
        ],
    ),
    (
        "The nurse got 2 years of restricted freedom with deprivation of the right to engage in "
        "medical activities for 3 years.",
        [
            ("restricted_freedom", "imposed", "P2Y"),
            ("ban", "imposed", "P3Y", "engage in medical activities"),
        ],
    ),
    (
        "The sanction of the article provides for imprisonment from 3 to 7 years.",
        [("imprisonment", "possible", "P3Y..P7Y")],
    ),
    (
        "The article threatens him with up to five years in prison.",
        [("imprisonment", "possible", "..P5Y")],
    ),
    (
        "The court imposed a 15-day administrative arrest on the organiser of the picket.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "Activist Baurzhan Alipkaliyev received 10 days of arrest for a solo picket.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "He was sentenced to 15 days in jail for taking part in an unauthorised rally.",
        [("imprisonment", "imposed", "P15D")],
    ),
    (
        "The blogger was fined 100 monthly calculation indices, or about 345,000 tenge.",
        [("fine", "imposed", None, "100 MCI")],
    ),
    (
        "The court gave her a conditional sentence of 2 years.",
        [("suspended", "imposed", "P2Y")],
    ),
    (
        "The teenager was given three years' probation.",
        [("probation", "imposed", "P3Y")],
    ),
    (
        "The former governor was jailed for a decade.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Seitkali Aubakirov was sentenced to seven years with confiscation of property.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The two men were sentenced to six years and five years.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The court sentenced the three to 4, 5 and 7 years of imprisonment.",
        [
            ("imprisonment", "imposed", "P4Y"),
            ("imprisonment", "imposed", "P5Y"),
            ("imprisonment", "imposed", "P7Y"),
        ],
    ),
    (
        "Two got five years, one got three and one was acquitted.",
        [
            ("imprisonment", "imposed", "P5Y"),
            ("imprisonment", "imposed", "P3Y"),
            ("acquittal", "imposed", None),
        ],
    ),
    (
        "The others got between two and four years.",
        [("imprisonment", "imposed", "P2Y..P4Y")],
    ),
]

CONFUSIONS: list[Row] = [
    # --- dates beside terms ---------------------------------------------------------------------
    (
        "Nurlan Abdikarimov was sentenced on Jan. 5 to seven years in prison.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The Atyrau court sentenced him on May 10 to 5 years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "Bakytzhan Nurov was jailed in 2019 to five years for fraud, and released on parole in"
        " 2022.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The Shymkent court on 14 March sentenced Aibek Kaliyev to 9 years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "On 12.03.2024 the court sentenced Gaukhar Bekova to 4 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P4Y")],
    ),
    (
        "He was sentenced on March 3 to 15 days of administrative arrest.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "The verdict of December 16 2023 to 6 years was upheld on appeal.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "In absentia, on 20 June, the court sentenced the banker to 10 years.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Sentenced on 1 February to eight years, Yerlan Kuatov lodged an appeal.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The court sentenced Marat Iskakov on August 8 to 2 years and 6 months.",
        [("imprisonment", "imposed", "P2Y6M")],
    ),
    (
        "In 2021 he was sentenced to 3 years; in 2023 to 5 more.",
        [("imprisonment", "imposed", "P3Y"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The court in Taraz on Thursday, 7 September, sentenced him to 12 years.",
        [("imprisonment", "imposed", "P12Y")],
    ),
    (
        "On 5 April, 2 years of restricted freedom were imposed on the blogger.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "Sentenced on Nov. 30 to 11 years, he has been in a colony since January 2023.",
        [("imprisonment", "imposed", "P11Y")],
    ),
    (
        "From January 2022 to 2024 he served as deputy akim; in May he was jailed for 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    # --- ages beside terms ----------------------------------------------------------------------
    (
        "The 45-year-old was jailed for 8 years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The court sentenced Arman Baimukhanov, 34, to five years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The court sentenced Zhanibek Ospanov, 27, to 6 years and Kairat Sultanov, 31, to 4 years.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        "A 19-year-old student was sentenced to 3 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The former official, aged 62, got 7 years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The court sentenced Bekzat Aliyev, 23, and Nurbek Tokhtarov, 25, to six and seven "
        "years respectively.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Sultan Kenzhebekov, 41, who was sentenced to 9 years, will appeal.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The 30-year-old and 25-year-old brothers got 10 and 8 years.",
        [("imprisonment", "imposed", "P10Y"), ("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Dauren Myrzakhmetov, aged 58, to serve 4 years in a colony-settlement, the court ruled.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "The court jailed 52-year-old Olga Petrenko for three years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    # --- article numbers, parts and counts beside terms -----------------------------------------
    (
        "He was convicted under Article 272 to 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The court sentenced him under Part 2 of Article 190 to 3 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "He was sentenced under Article 366, Part 4, to 7 years in a medium-security colony.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "He was found guilty under Article 174 and sentenced to 7 years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Convicted under articles 255 and 272, he received 15 years.",
        [("imprisonment", "imposed", "P15Y")],
    ),
    (
        "Article 405 provides for 6 years, but the court gave him 2.",
        [("imprisonment", "possible", "P6Y"), ("imprisonment", "imposed", "P2Y")],
    ),
    (
        "The court sentenced 3 men to 7 years each.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The court sentenced 11 defendants to between three and eight years.",
        [("imprisonment", "imposed", "P3Y..P8Y")],
    ),
    (
        "Of the 14 accused, 9 got 5 years each.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "Sentenced under Part 3 of Article 189 to 4 years, the accountant appealed.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "On 2 counts of bribery, he got 9 years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "In case No. 7512-23 the defendant was sentenced to 5 years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "Under paragraph 4 of part 2 of Article 200 the court sentenced him to 4 years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "The court sentenced 2 officers to 6 years and acquitted a third.",
        [("imprisonment", "imposed", "P6Y"), ("acquittal", "imposed", None)],
    ),
    (
        "Under articles 146 and 362, 6 officers were jailed for 5 to 9 years.",
        [("imprisonment", "imposed", "P5Y..P9Y")],
    ),
    # --- sums beside terms ----------------------------------------------------------------------
    (
        "For embezzling 25 million tenge he was sentenced to 5 years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "He took a bribe of $20,000 and was jailed for 8 years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The court fined him 500,000 tenge and jailed him for 2 years.",
        [("fine", "imposed", None, "500000 KZT"), ("imprisonment", "imposed", "P2Y")],
    ),
    (
        "For stealing 3 million tenge from the akimat, the accountant was sentenced to 4 years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Damage of 1.2 billion tenge earned the director 10 years.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "He must repay 40 million tenge and serve 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    # --- several numbers in a row ---------------------------------------------------------------
    (
        "The 2 brothers, 24 and 26, got 3 and 5 years.",
        [("imprisonment", "imposed", "P3Y"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "In 2022, 1,113 people were convicted; one of them, Azat Kenesov, got 7 years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "He was jailed for 12 years over the 2022 unrest.",
        [("imprisonment", "imposed", "P12Y")],
    ),
    (
        "Of 32 defendants, 5 were sentenced to 10 years.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "The court cut 2 years off his term, to 8 years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "He served 3 of his 7 years before the amnesty.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Sentenced in 2020 to 6 years, Samat Zholdasbekov was released in 2023.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    # --- bans, frequencies and durations beside terms -------------------------------------------
    (
        "The driver got 4 years in a colony-settlement and a 3-year driving ban.",
        [("imprisonment", "imposed", "P4Y"), ("ban", "imposed", "P3Y", "driving")],
    ),
    (
        "He must report to the probation service twice a month for 2 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "She was sentenced to two years of restricted freedom and must check in with police "
        "twice a month.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "Held since March in pre-trial detention, he was sentenced to 5 years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "After 11 months in pre-trial detention, Askar Yeleusizov got 3 years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "The trial lasted four months; the verdict was seven years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "After 20 years in office, the ex-akim was sentenced to 10 years.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "The hearing was adjourned for two weeks; prosecutors are seeking nine years.",
        [("imprisonment", "requested", "P9Y")],
    ),
    (
        "His detention was extended by two months; he faces up to seven years.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    (
        "Having spent six years in exile, he was sentenced in absentia to 8 years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "He was banned from driving for 2 years and sentenced to 1 year of restricted freedom.",
        [("ban", "imposed", "P2Y", "driving"), ("restricted_freedom", "imposed", "P1Y")],
    ),
    (
        "The court gave the ex-officer seven years and stripped him of his rank.",
        [("imprisonment", "imposed", "P7Y")],  # loss of rank is not an entry
    ),
    (
        "Prosecutors asked for 6 years and a 5-year ban on holding office; the court agreed.",
        [
            ("imprisonment", "requested", "P6Y"),
            ("ban", "requested", "P5Y", "holding office"),
        ],
    ),
    (
        "He will serve his 8 years in a maximum-security colony, 15 days after the verdict "
        "enters into force.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "He has 15 days to appeal the six-year sentence.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The court, sitting for 3 days, gave him 4 years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "His 10-year sentence was reduced by 2 years on appeal.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "He faces up to seven years; his trial starts on May 15 and may last 3 weeks.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    # --- more numbers beside terms ---------------------------------------------------------------
    (
        "The court sentenced 25-year-old Aibek Serikov to 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The court sentenced him on 25.12.2023 to 3 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "He was sentenced in December 2022 to seven years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The court sentenced 4 of the 6 defendants to 3 years each.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "The men, aged between 22 and 53, received 5 to 7 years.",
        [("imprisonment", "imposed", "P5Y..P7Y")],
    ),
    (
        "The Almaty court heard the case on 3-5 April and sentenced him to 8 years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Between 2015 and 2018 he took bribes; the court gave him 7 years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "From 2019 to 2021 he stole 4 million tenge, and on Monday he got 3 years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "Born in 1985, Nurlybek Zhaksylykov was sentenced to 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "At 19, he was sentenced to 4 years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
]

NEAR_MISSES: list[Row] = [
    ("The hearing was adjourned for two weeks at the defence's request.", []),
    ("The court extended his pre-trial detention by two months.", []),
    ("His arrest was extended for another month, until May 20.", []),
    ("The investigator asked the court to remand the suspect in custody for two months.", []),
    ("Aslan Kenzhetayev has been held since March in the Almaty detention centre.", []),
    ("He has been in custody for eight months awaiting trial.", []),
    ("The trial lasted three months and heard 40 witnesses.", []),
    ("The former akim spent 12 years in office before his arrest.", []),
    ("During his six years as head of the agency, he oversaw 40 tenders.", []),
    ("He spent 10 years in exile in Kyiv before returning.", []),
    ("The activist must report to the police twice a month.", []),
    ("Detainees were allowed one visit every two weeks.", []),
    ("The 45-year-old businessman denies the charges.", []),
    ("A 10-year-old boy was among the injured.", []),
    ("The defence has 15 days to appeal.", []),
    ("The verdict can be appealed within 15 days.", []),
    ("The court gave the parties two weeks to reach a settlement.", []),
    ("The investigation took almost a year.", []),
    ("The five-year plan for the region was adopted in 2020.", []),
    ("The average prison term handed down was 6.3 years, the report found.", []),
    ("Courts handed down 1,500 sentences last year, 12% more than in 2022.", []),
    ("He was released on parole after serving four years.", []),
    ("Police held him for 48 hours before releasing him.", []),
    ("He was placed under house arrest for two months.", []),
    ("The 2022 riots left 238 people dead.", []),
    ("Article 272 of the Criminal Code was amended in 2023.", []),
    ("Over the past five years, the number of torture cases has doubled.", []),
    ("The new law will come into force in 10 days.", []),
    ("The company must pay 25 million tenge in damages within 30 days.", []),
    ("The case was sent back for a new investigation lasting two months.", []),
    ("His lawyer said he had been banned from visiting his client for two weeks.", []),
    ("A travel ban was imposed on him for the duration of the investigation.", []),
    ("He was found guilty of abuse of office.", []),
    ("She has worked as a judge for 15 years.", []),
    ("The court ordered the journalist held in custody for two months pending trial.", []),
    ("The amnesty freed prisoners serving terms of less than five years.", []),
    ("He had not seen his family for three years.", []),
    ("Within 10 days of his release after 5 years in prison, he was arrested again.", []),
    ("The prosecutor said the investigation could take up to six months.", []),
    ("He was kept in solitary confinement for 10 days.", []),
    ("Hearings are held twice a week in a small courtroom.", []),
    ("The court also ordered him to pay 5 million tenge in damages.", []),
]

# A second round, written after the rows above were read right and scored before any change
# for it (figures in docs/penalties.md).
SECOND_FORMS: list[Row] = [
    (
        "The Pavlodar court found the driver guilty, sentenced him to four years in a "
        "colony-settlement and stripped him of the right to drive for three years.",
        [("imprisonment", "imposed", "P4Y"), ("ban", "imposed", "P3Y", "drive")],
    ),
    (
        "Former regional police chief Nurlan Kassymov was jailed for 10 years and banned for "
        "life from working in law enforcement.",
        [
            ("imprisonment", "imposed", "P10Y"),
            ("ban", "imposed", None, "working in law enforcement"),
        ],
    ),
    (
        "In addition to six years in prison, the court imposed a lifetime ban on holding "
        "managerial positions in state bodies.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("ban", "imposed", None, "holding managerial positions in state bodies"),
        ],
    ),
    (
        "The accountant was fined 3 million tenge and banned from financial work for two years.",
        [
            ("fine", "imposed", None, "3000000 KZT"),
            ("ban", "imposed", "P2Y", "financial work"),
        ],
    ),
    (
        "The prosecutor requested seven years' imprisonment and a seven-year ban on holding "
        "public office.",
        [
            ("imprisonment", "requested", "P7Y"),
            ("ban", "requested", "P7Y", "holding public office"),
        ],
    ),
    (
        "The judge disqualified the lorry driver from driving for 30 months.",
        [("ban", "imposed", "P30M", "driving")],
    ),
    (
        "Journalist Aigul Kassenova was given 15 days of administrative arrest for covering the "
        "protest.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "A court in Atyrau sentenced three activists to administrative arrest for 10, 12 and 15 "
        "days.",
        [
            ("administrative_arrest", "imposed", "P10D"),
            ("administrative_arrest", "imposed", "P12D"),
            ("administrative_arrest", "imposed", "P15D"),
        ],
    ),
    (
        "The organiser of the picket was administratively arrested for 20 days, and two others "
        "were fined.",
        [("administrative_arrest", "imposed", "P20D"), ("fine", "imposed", None)],
    ),
    (
        "Participation in mass riots is punishable by imprisonment for two to eight years.",
        [("imprisonment", "possible", "P2Y..P8Y")],
    ),
    (
        "The defendant faces a prison term of up to 15 years, or life imprisonment.",
        [("imprisonment", "possible", "..P15Y"), ("life_imprisonment", "possible", None)],
    ),
    (
        "The maximum sentence under the article is 12 years in prison.",
        [("imprisonment", "possible", "..P12Y")],
    ),
    (
        "Inciting discord carries a penalty of up to seven years of restricted freedom or "
        "imprisonment.",
        [("restricted_freedom", "possible", "..P7Y"), ("imprisonment", "possible", None)],
    ),
    (
        "Under Article 190, fraud is punishable by a fine of up to 2,000 MCI or up to two years"
        " in prison.",
        [("fine", "possible", None), ("imprisonment", "possible", "..P2Y")],
    ),
    (
        "The court sentenced him to three years, although the article provides for up to ten.",
        [("imprisonment", "imposed", "P3Y"), ("imprisonment", "possible", "..P10Y")],
    ),
    (
        "Tokhtarov, who faced a maximum of 20 years, was sentenced to 14.",
        [("imprisonment", "possible", "..P20Y"), ("imprisonment", "imposed", "P14Y")],
    ),
    (
        "The court gave the brothers 11 and nine years respectively.",
        [("imprisonment", "imposed", "P11Y"), ("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The four defendants received sentences of three, four, five and seven years.",
        [
            ("imprisonment", "imposed", "P3Y"),
            ("imprisonment", "imposed", "P4Y"),
            ("imprisonment", "imposed", "P5Y"),
            ("imprisonment", "imposed", "P7Y"),
        ],
    ),
    (
        "Two officers were jailed for eight years each, while a third got a suspended sentence.",
        [("imprisonment", "imposed", "P8Y"), ("suspended", "imposed", None)],
    ),
    (
        "Prosecutors had asked for 12 years for Bekov and nine for Zhunusov; the judge gave them"
        " 10 and seven.",
        [
            ("imprisonment", "requested", "P12Y"),
            ("imprisonment", "requested", "P9Y"),
            ("imprisonment", "imposed", "P10Y"),
            ("imprisonment", "imposed", "P7Y"),
        ],
    ),
    (
        "Five members of the group received prison terms of between six and nine years each.",
        [("imprisonment", "imposed", "P6Y..P9Y")],
    ),
    (
        "The court sentenced Aliyev to nine years and his two accomplices to five and a half "
        "years each.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P5Y6M")],
    ),
    (
        "One defendant was acquitted, two were given suspended sentences and the rest were jailed.",
        [
            ("acquittal", "imposed", None),
            ("suspended", "imposed", None),
            ("imprisonment", "imposed", None),
        ],
    ),
    (
        "The court sentenced the former minister to 3.5 years in a medium-security colony.",
        [("imprisonment", "imposed", "P3Y6M")],
    ),
    (
        "He received a sentence of 1.75 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P1Y9M")],
    ),
    (
        "Prosecutors are asking for 9 years and 6 months for the former deputy akim.",
        [("imprisonment", "requested", "P9Y6M")],
    ),
    (
        "The Supreme Court reduced his term to seven years from nine.",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P9Y")],
    ),
    (
        "On appeal, the sentence was changed to three years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The blogger received a two-year restricted freedom sentence.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "The court ordered the teenager to perform 120 hours of community work.",
        [("community_service", "imposed", "PT120H")],
    ),
    (
        "He faces 10 days of administrative arrest or a fine.",
        [("administrative_arrest", "possible", "P10D"), ("fine", "possible", None)],
    ),
    (
        "A second driver was deprived of his driving licence for 18 months.",
        [("ban", "imposed", "P18M", "driving licence")],
    ),
    (
        "The court also banned the ex-director from occupying executive posts for five years.",
        [("ban", "imposed", "P5Y", "occupying executive posts")],
    ),
    (
        "Both were handed six-year terms and lifetime bans on holding public office.",
        [("imprisonment", "imposed", "P6Y"), ("ban", "imposed", None, "holding public office")],
    ),
    (
        "Prosecutors sought a two-year driving ban and a fine of 150 MCI.",
        [("ban", "requested", "P2Y", "driving"), ("fine", "requested", None, "150 MCI")],
    ),
]

SECOND_CONFUSIONS: list[Row] = [
    (
        "On Feb. 14 the court sentenced Aset Omarov to 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "He was sentenced on 3 March to 4 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P4Y")],
    ),
    (
        "The court on Dec. 2 sentenced the 38-year-old to 7 years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Sentenced in absentia on 11.10.2023 to 9 years, he remains abroad.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "He was convicted under Part 3 of Article 188 to 3 years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "Under Article 146, Part 2, he got 5 years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "In 2020 he got 4 years; in 2022 he was freed.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Samat Zhaksybayev, 44, was jailed for 6 years, and his son, 19, for 3.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P3Y")],
    ),
    (
        "The 27-year-old got 2 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "The court sentenced 6 of the 8 officers to 5 years each.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "For a bribe of 15 million tenge he received 8 years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "He was fined 2 million tenge on 5 May and sentenced to 3 years on 12 June.",
        [("fine", "imposed", None, "2000000 KZT"), ("imprisonment", "imposed", "P3Y")],
    ),
    (
        "After 7 months in custody he was sentenced to 2 years.",
        [("imprisonment", "imposed", "P2Y")],
    ),
    (
        "The hearing lasted 5 hours and ended with a 6-year sentence.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "He must report to police twice a week during his 3 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The driver, banned from driving for 2 years, was also jailed for 1 year.",
        [("ban", "imposed", "P2Y", "driving"), ("imprisonment", "imposed", "P1Y")],
    ),
    (
        "He was sentenced on May 5, 2023, to 10 years, with a 5-year ban on leaving Kazakhstan.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Article 274 provides for up to 7 years; on Tuesday he got 5.",
        [("imprisonment", "possible", "..P7Y"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "In case No. 2-1150/2024 the court sentenced him to 2 years.",
        [("imprisonment", "imposed", "P2Y")],
    ),
    (
        "He spent 3 years in Russia before his extradition and was sentenced to 8.",
        [("imprisonment", "imposed", "P8Y")],
    ),
]

SECOND_NEAR_MISSES: list[Row] = [
    ("The trial was adjourned until April 3.", []),
    ("His pre-trial detention was extended for another three months.", []),
    ("He has been held in the Almaty detention centre since 5 January.", []),
    ("The court postponed the hearing for two weeks.", []),
    ("The 60-year-old former minister pleaded not guilty.", []),
    ("Journalists were not allowed to enter the court for two hours.", []),
    ("The city collected 50 million tenge in fines from drivers last year.", []),
    ("Asked how he would plead, he answered: not guilty to every count.", []),
    ("He served as mayor for nine years.", []),
    ("He lived in exile for four years.", []),
    ("The case has dragged on for three years.", []),
    ("Relatives may visit him once a month.", []),
    ("The appeal must be filed within 15 days of the verdict.", []),
    ("Courts heard 12,000 criminal cases in 2023, 5% more than a year earlier.", []),
    ("He was banned from leaving the city while the investigation continued.", []),
    ("The article was amended to provide for harsher penalties.", []),
    ("The investigation into the 2022 events lasted 18 months.", []),
    ("His lawyer has 10 days to file an appeal.", []),
]


# A third round, written once the second was read right and scored before any change for it.
THIRD_FORMS: list[Row] = [
    (
        "The Kyzylorda court sentenced the former head of the land department to 6 years of "
        "imprisonment with a lifetime ban on holding positions in the civil service.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("ban", "imposed", None, "holding positions in the civil service"),
        ],
    ),
    (
        "The driver was also stripped of his driver's licence for three years.",
        [("ban", "imposed", "P3Y", "driver's licence")],
    ),
    (
        "He was sentenced to two years in prison and a three-year ban on driving.",
        [("imprisonment", "imposed", "P2Y"), ("ban", "imposed", "P3Y", "driving")],
    ),
    (
        "Prosecutors want the former banker jailed for 12 years and barred for life from "
        "working in the financial sector.",
        [
            ("imprisonment", "requested", "P12Y"),
            ("ban", "requested", None, "working in the financial sector"),
        ],
    ),
    (
        "The court banned Nurlan Kassenov from holding public office for three years and "
        "fined him 1 million tenge.",
        [
            ("ban", "imposed", "P3Y", "holding public office"),
            ("fine", "imposed", None, "1000000 KZT"),
        ],
    ),
    (
        "Activist Marat Zhylanbayev was given 10 days in administrative detention.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "The court placed the organisers under administrative arrest for periods of 10 to 15 days.",
        [("administrative_arrest", "imposed", "P10D..P15D")],
    ),
    (
        "Two picketers were arrested for 15 days each by a specialised administrative court.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "Under the Criminal Code, organising mass riots is punishable by eight to 15 years in"
        " prison.",
        [("imprisonment", "possible", "P8Y..P15Y")],
    ),
    (
        "Such offences carry a maximum term of five years of restricted freedom.",
        [("restricted_freedom", "possible", "..P5Y")],
    ),
    (
        "The offence is punishable by a fine or restricted freedom for up to three years, or "
        "imprisonment for the same period.",
        [
            ("fine", "possible", None),
            ("restricted_freedom", "possible", "..P3Y"),
            ("imprisonment", "possible", "..P3Y"),
        ],
    ),
    (
        "The charges carry sentences of up to 10 years in prison.",
        [("imprisonment", "possible", "..P10Y")],
    ),
    (
        "He was sentenced to five years, the minimum under the article.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "If convicted, the four face between five and ten years each.",
        [("imprisonment", "possible", "P5Y..P10Y")],
    ),
    (
        "Beisenov received seven years, Kuatbekov six, and Sultanov five.",
        [
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P5Y"),
        ],
    ),
    (
        "They were sentenced to eight and five years in a medium-security colony, respectively.",
        [("imprisonment", "imposed", "P8Y"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The other defendants received terms ranging from two to six years.",
        [("imprisonment", "imposed", "P2Y..P6Y")],
    ),
    (
        "Three were given suspended sentences, and the fourth was sent to prison for four years.",
        [("suspended", "imposed", None), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Prosecutors requested nine years for Abenov and seven for each of the other two.",
        [("imprisonment", "requested", "P9Y"), ("imprisonment", "requested", "P7Y")],
    ),
    (
        "The judge jailed Yeraly Tokhtarov for 3.5 years.",
        [("imprisonment", "imposed", "P3Y6M")],
    ),
    (
        "The sentence was 1.25 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P1Y3M")],
    ),
    (
        "The former minister was handed 10 years behind bars on Tuesday.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "The appeals court raised his sentence to nine years from six.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The judge replaced the prison term with three years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The court ordered him to pay a fine of 3,000 MCI.",
        [("fine", "imposed", None, "3000 MCI")],
    ),
    (
        "He escaped with a two-year conditional sentence.",
        [("suspended", "imposed", "P2Y")],
    ),
    (
        "The blogger faces up to seven years in prison and a ban on journalism.",
        [("imprisonment", "possible", "..P7Y"), ("ban", "possible", None, "journalism")],
    ),
    (
        "The court deprived the surgeon of the right to practise medicine for life.",
        [("ban", "imposed", None, "practise medicine")],
    ),
    (
        "Both brothers were jailed for life.",
        [("life_imprisonment", "imposed", None)],
    ),
    (
        "The court acquitted two of the accused and jailed the third for nine years.",
        [("acquittal", "imposed", None), ("imprisonment", "imposed", "P9Y")],
    ),
]

THIRD_CONFUSIONS: list[Row] = [
    (
        "On 15 January 2024 the court sentenced him to 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The 33-year-old received 2 years of restricted freedom on Friday.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "He was convicted under Part 4 of Article 190 and sentenced to 7 years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Under Article 345 part 2, the driver got 3 years in a colony-settlement.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "In December 2023, 12 activists were jailed for 10 days each.",
        [("imprisonment", "imposed", "P10D")],
    ),
    (
        "Arrested on Jan. 6, 2022, he was sentenced on Feb. 10, 2023 to 8 years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The court sentenced him in absentia on 3 May to 10 years.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Aged 19 at the time, he got 5 years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "After 14 months in detention, he was given 4 years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "He stole 2.5 million tenge and was jailed for 2.5 years.",
        [("imprisonment", "imposed", "P2Y6M")],
    ),
    (
        "The 5 defendants got between 4 and 8 years.",
        [("imprisonment", "imposed", "P4Y..P8Y")],
    ),
    (
        "Of the 23 convicted, 7 got 10 years each.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "He was sentenced to 4 years on 3 counts of fraud.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Verdict No. 2-451 sentenced him to 2 years.",
        [("imprisonment", "imposed", "P2Y")],
    ),
    (
        "He must pay 1.2 million tenge in damages and serve 3 years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "In 2018-2019 he embezzled funds; in 2023 he was sentenced to 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Born in 1990, the defendant was sentenced on 12 March to 9 years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The court, after a 3-month trial, sentenced him to 5 years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "He was banned from driving for 2 years after a crash on 5 June.",
        [("ban", "imposed", "P2Y", "driving")],
    ),
    (
        "For a 15,000-dollar bribe he got 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
]

THIRD_NEAR_MISSES: list[Row] = [
    ("The trial was postponed for a week after the judge fell ill.", []),
    ("The court extended his arrest by one month.", []),
    ("He has spent eight months in pre-trial detention.", []),
    ("The hearing lasted two days.", []),
    ("He worked as a police officer for 12 years.", []),
    ("She has been on hunger strike for 10 days.", []),
    ("The 28-year-old activist was detained on Monday.", []),
    ("He must register with police twice a month under the terms of his release.", []),
    ("Journalists were barred from the courtroom.", []),
    ("The group was banned in Kazakhstan in 2018.", []),
    ("The defence has 15 days to lodge an appeal.", []),
    ("The investigation into his case lasted two years.", []),
    ("The court session will resume in two weeks.", []),
    ("Each of them was released on bail of 5 million tenge.", []),
    (
        "He served four years of an eight-year sentence handed down in 2015.",
        [("imprisonment", "imposed", "P8Y")],
    ),
]


# A fourth round: forms seen in reports from across the region (Uzbek, Belarusian, Kyrgyz,
# Tajik and Turkmen courts among them), scored before any change for it. Decisions, also at
# their rows: "open prison" and "home confinement" as Belarusian reports use them are
# restricted freedom (with and without referral to an open-type correctional institution), not
# imprisonment; "home confinement" pending trial is a preventive measure; a prison term a
# hypothetical holds out with no length ("every one of them can be jailed") is no penalty.
FOURTH_FORMS: list[Row] = [
    (
        "Timur Baimukhanov was sentenced to a year and a half of penal colony.",
        [("imprisonment", "imposed", "P1Y6M")],
    ),
    (
        "The judge sentenced the former tax inspector to two and a half years of penal colony.",
        [("imprisonment", "imposed", "P2Y6M")],
    ),
    (
        "The longest sentence, 14 years, went to Rustam Ibragimov.",
        [("imprisonment", "imposed", "P14Y")],
    ),
    (
        "The heaviest term, 11 years in a strict-regime colony, went to the group's leader.",
        [("imprisonment", "imposed", "P11Y")],
    ),
    (
        "Nine years went to Azamat Seitkaliyev, the alleged organiser.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Seven years each went to Bakhyt Ospanov, Dias Zhakenov and Ruslan Mukhtarov.",
        [("imprisonment", "imposed", "P7Y")] * 3,  # one group entry, as "each received"
    ),
    (
        "Eight years went to Olzhas Bekov and six to his cousin.",
        [("imprisonment", "imposed", "P8Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The court sentenced:\n"
        "\u2022 Kamal Yusupov, 45, a farmer from Chimbay, to 12 years;\n"
        "\u2022 Rauf Nazarov, 51, to 10 years;\n"
        "\u2022 Ilhom Tursunov, 38, to eight years.",
        [
            ("imprisonment", "imposed", "P12Y"),
            ("imprisonment", "imposed", "P10Y"),
            ("imprisonment", "imposed", "P8Y"),
        ],
    ),
    (  # a short lead reads its paragraph; an emoji bullet is a bullet
        "The district court has just read out the verdict. We were in the courtroom. In short:\n"
        "\u25aa\ufe0f Timur Ospan (the founder) \u2014 9 years, medium-security\n"
        "\u25aa\ufe0f his brother Erik Ospan \u2014 7 years\n",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (  # a lead with no colon, emoji markers; a ban stops at the paragraph's end
        "Reminder: in June the district court gave\n"
        "\u25aa\ufe0f ex-head of the unit Ruslan Zhaksyl \u2014 9 years\n"
        "\u25aa\ufe0f senior operative Asylbek Nurman \u2014 6 years\n\n"
        "\U0001f6ab All four are barred for life from working in law enforcement\n\n"
        "The prosecutor's office had appealed.",
        [
            ("imprisonment", "imposed", "P9Y"),
            ("imprisonment", "imposed", "P6Y"),
            ("ban", "imposed", None, "working in law enforcement"),
        ],
    ),
    (  # a short lead with no verdict in its paragraph states nothing
        "We spent the day at the zoo. In short:\n\u25aa\ufe0f the lions \u2014 9 years old\n",
        [],
    ),
    (
        "The court handed down the following sentences:\n"
        "- Aidar Kaliyev \u2013 7 years;\n"
        "- Serik Zhumabekov \u2013 5 years;\n"
        "- Nurlan Abdrakhmanov \u2013 3 years of restricted freedom.",
        [
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P5Y"),
            ("restricted_freedom", "imposed", "P3Y"),
        ],
    ),
    (  # an item's own colon: "Name, age, role: term"
        "The court handed down the following sentences, all in a maximum-security colony:\n"
        "- Daulet Serikov, 44, a chemist from Pavlodar who ran the laboratory: 17 years;\n"
        "- Asel Nurova, 31, who kept the accounts: 9 years and 6 months;\n"
        "- Oleg Zaitsev, 25, a courier: 7 years.",
        [
            ("imprisonment", "imposed", "P17Y"),
            ("imprisonment", "imposed", "P9Y6M"),
            ("imprisonment", "imposed", "P7Y"),
        ],
    ),
    (  # the amount past the object's apposition
        "In Kazan, a court fined a 68-year-old retired nurse, Galina Sorokina, 35,000 rubles.",
        [("fine", "imposed", None, "35000 RUB")],
    ),
    ("A court fined Irina Belova, 59, 20,000 rubles.", [("fine", "imposed", None, "20000 RUB")]),
    (
        "The court fined Alena Vasilevich 14,000 Belarusian rubles.",
        [("fine", "imposed", None, "14000 BYN")],
    ),
    (
        "Pavel Zhuk was fined 2,300 Belarusian roubles for a repost.",
        [("fine", "imposed", None, "2300 BYN")],
    ),
    (
        "The Bishkek court fined the blogger 50,000 soms.",
        [("fine", "imposed", None, "50000 KGS")],
    ),
    (
        "A court in Ashgabat fined him 10,000 manats.",
        [("fine", "imposed", None, "10000 TMT")],
    ),
    (
        "The journalist was fined 7,500 somoni.",
        [("fine", "imposed", None, "7500 TJS")],
    ),
    (
        "The court fined the shop owner 30 million soums.",
        [("fine", "imposed", None, "30000000 UZS")],
    ),
    (
        "Marat Ilyasov got 4 1/2 years in prison.",
        [("imprisonment", "imposed", "P4Y6M")],
    ),
    (
        "The accountant was sentenced to 2 1/2 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P2Y6M")],
    ),
    (
        "Probation terms of two years went to Gulnara Sadykova and Asel Omarova.",
        [("probation", "imposed", "P2Y")],  # one probation term, not a probation and a prison term
    ),
    (
        "Dauren Kim had his sentence cut from nine years to seven on appeal.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (  # a hyphenated half, alone and as a range's low bound
        "Reporters A, B and C received eight, eight and 7-1/2 years respectively; the court "
        "sentenced five others to between seven and a half and nine years.",
        [
            ("imprisonment", "imposed", "P8Y"),
            ("imprisonment", "imposed", "P8Y"),
            ("imprisonment", "imposed", "P7Y6M"),
            ("imprisonment", "imposed", "P7Y6M..P9Y"),
        ],
    ),
    (  # "carried out" is no "carries"
        "The director of the firm that carried out the extension, Ilhom G'ulomov, will spend "
        "eight years behind bars, the court ruled.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (  # no bare "three" of a term of its own
        "The panel reduced his sentence from five years to three and a half years in prison.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P3Y6M")],
    ),
    (
        "At the appeal hearing, prosecutors had asked the panel to uphold the five-year term.",
        [("imprisonment", "requested", "P5Y")],
    ),
    (
        "Her sentence was reduced from 12 years to 10 by the appeals court.",
        [("imprisonment", "imposed", "P12Y"), ("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Ales Kavalenka was sentenced to two years of open prison.",
        [("restricted_freedom", "imposed", "P2Y")],  # Belarus: restricted freedom with referral
    ),
    (
        "Maryna Rudzko got three years in an open-type correctional facility.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The teacher was sentenced to two years of home confinement.",
        [("restricted_freedom", "imposed", "P2Y")],  # Belarus: restricted freedom at home
    ),
    (
        "Siarhei Lobach was sentenced to home confinement for 18 months.",
        [("restricted_freedom", "imposed", "P18M")],
    ),
]

FOURTH_CONFUSIONS: list[Row] = [
    (
        "On 5 March the court sentenced:\n"
        "1. Javlon Ergashev, 33, to 9 years;\n"
        "2. Shokir Rahimov, 27, to 7 years.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The court sentenced the defendants as follows: \u2022 Bobur Karimov, 29, a driver from "
        "Nukus, to 6 years; \u2022 Aziz Sobirov, 61, to 4 years.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        "The longest sentence, 14 years, went to a 44-year-old driver.",
        [("imprisonment", "imposed", "P14Y")],
    ),
    (
        "Nine years went to Dilshod Aliyev, 52, and seven to Bakhodir Umarov, 48.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Fined 14,000 Belarusian rubles on 12 May 2022, he was later sentenced to 2 years of "
        "open prison.",
        [("fine", "imposed", None, "14000 BYN"), ("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "Under Article 342, Part 1, Ihar Barysau got 4 1/2 years.",
        [("imprisonment", "imposed", "P4Y6M")],
    ),
    (
        "In 2021 his sentence was cut from 10 years to eight on appeal.",
        [("imprisonment", "imposed", "P10Y"), ("imprisonment", "imposed", "P8Y")],
    ),
]

FOURTH_NEAR_MISSES: list[Row] = [
    ("Under the new law, every one of them can be jailed.", []),  # no term: no penalty
    ("If convicted, all five could be imprisoned.", []),
    ("She was placed under home confinement for two months pending trial.", []),
    ("For five years he went to the same mosque every Friday.", []),
    ("The money went to charity, and two years later he went to Moscow.", []),
    ("He was moved to an open prison in Mogilev last year.", []),
    ("The 14,000 Belarusian rubles collected went to the families of the detained.", []),
    ("The court cited her 34 years in medicine and her work during the pandemic.", []),
    ("By then he had been at the wheel for 19 hours straight.", []),
    ("The colony sets 100 hours of unpaid work a year for every inmate.", []),
    ("At least 14 people were convicted in 2024, compared with nine a year earlier.", []),
    ("The pyramid promised returns of 8% a month to anyone who invested before May.", []),
]
