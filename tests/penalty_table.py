"""Hand-annotated penalty table: English news passages and the penalties they state.

Each row is ``pytest.param(passage, expected, id=...)``. ``expected`` lists every penalty the
passage states, in order of appearance, as ``(kind, status, term)`` or, for a fine with a stated
amount, ``(kind, status, term, fine)``:

- kind: one of the eleven kinds of CONVENTIONS.md section 1 ("imprisonment", "fine", ...);
- status: "imposed", "requested" or "possible";
- term: the ISO-8601 duration as stated ("P18M" stays P18M, "PT240H", "P15D"), a range
  "LOW..HIGH", "..HIGH" for "up to", "LOW.." for "at least", or None when no length is stated;
- fine: "<integer> <UNIT>", UNIT an ISO currency code or MCI ("1500000 KZT", "100 MCI").

A passage with no penalty expects ``[]``. The values follow CONVENTIONS.md section 1 and were
read from the text by hand, never generated from parser output. Where the conventions are
silent, the comment above the row gives the decision.

SEED_CASES holds every penalty passage of the five seed articles, verbatim, with the seeds'
near-misses; CASES holds written passages in the style of the seeds, grouped by what they test.
"""

import pytest

# Every penalty passage of the five seed articles, verbatim, and the seeds' own near-misses.
SEED_CASES: list[object] = [
    pytest.param(
        "He was sentenced on June 3, just two days after he had finished serving a similar "
        "sentence. She was jailed, only a week after her release.",
        [],
        id="a-time-between-events-after-a-verdict-is-no-term",
    ),
    pytest.param(
        "Her sentence was handed down three days after a fellow activist was sentenced to a "
        "year of restricted freedom. He was convicted two weeks before the election.",
        [("restricted_freedom", "imposed", "P1Y")],
        id="a-time-between-events-after-a-passive-verb-is-no-term",
    ),
    pytest.param(
        "The court gave him a suspended sentence of four years and a ban on activism, "
        "blogging, and using social networks for four years.",
        [
            ("suspended", "imposed", "P4Y"),
            ("ban", "imposed", "P4Y", "activism, blogging, and using social networks"),
        ],
        id="a-ban-on-a-list-of-activities",
    ),
    pytest.param(
        "Parliament raised the maximum prison sentence for the crime from five to 12 years in "
        "2019. An appeals court cut his sentence from nine to seven years.",
        [
            ("imprisonment", "possible", "P5Y"),  # the old and the new maximum, as written:
            ("imprisonment", "possible", "P12Y"),  # "from five" alone states no bound
            ("imprisonment", "imposed", "P9Y"),
            ("imprisonment", "imposed", "P7Y"),
        ],
        id="a-raised-maximum-is-two-maxima-an-appeal-two-terms",
    ),
    pytest.param(
        "He was sentenced to six years of imprisonment. On the basis of Article 63 of the "
        "Criminal Code, the court decided to consider the imposed punishment as conditional. His "
        "partner got four years in prison; the court did not consider that sentence conditional.",
        [("suspended", "imposed", "P6Y"), ("imprisonment", "imposed", "P4Y")],
        id="a-term-a-later-sentence-deems-conditional",
    ),
    pytest.param(
        "The former minister was sentenced to 4 years in prison with the suspension of the right "
        "to hold public office for 3 years, with conditional suspension of the execution of the "
        "prison sentence for a probationary period of 2 years. His deputy got two years in "
        "prison, with the execution of the sentence suspended.",
        [
            ("suspended", "imposed", "P4Y"),
            ("ban", "imposed", "P3Y", "hold public office"),
            ("suspended", "imposed", "P2Y"),
        ],
        id="a-term-whose-execution-is-suspended",
    ),
    pytest.param(
        "The charge carries a maximum 12-year prison sentence. He faces a minimum three-year "
        "term. The judge sentenced her elder brother Daniyar Omarov to the maximum 10-year "
        "term.",
        [
            ("imprisonment", "possible", "..P12Y"),
            ("imprisonment", "possible", "P3Y.."),
            ("imprisonment", "imposed", "P10Y"),
        ],
        id="a-maximum-before-an-adjectival-term-bounds-it",
    ),
    pytest.param(
        "A teenager was sentenced to 5 years in a juvenile colony under Articles 174, part 1, and "
        "Article 258, Part 2 of the Criminal Code.",
        [("imprisonment", "imposed", "P5Y")],
        id="an-articles-number-after-and-is-no-elided-term",
    ),
    pytest.param(
        "The court fined him 650.000 drams and ordered his deputy to pay a fine of 2.400 euros.",
        [("fine", "imposed", None, "650000 AMD"), ("fine", "imposed", None, "2400 EUR")],
        id="sums-with-points-between-thousands",
    ),
    pytest.param(
        "The public prosecutor asked the court to impose 6 years in prison for Azamatbek "
        "Nurmukhambetov, 6 years for Nurlanbek Sagyndykuly, 6 years for Daurenbek Omarbekov, 6 "
        "years for Kairatbek Zhaksylykov, 9 years for Rinatbek Ismailbekov and 9 years for "
        "Erlanbek Kuanyshbekov.",
        [("imprisonment", "requested", f"P{n}Y") for n in (6, 6, 6, 6, 9, 9)],
        id="a-long-run-of-terms-for-people-ending-with-and",
    ),
    pytest.param(
        "The court sent Bolat Aimanov to a penal colony for six years and put his partner behind "
        "bars for four years. Aimanov had sent letters to the prison for two years.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P4Y")],
        id="sent-to-prison-and-put-behind-bars-for-a-term",
    ),
    pytest.param(
        "The court found him guilty and sent him to eight years in a maximum security prison.",
        [("imprisonment", "imposed", "P8Y")],
        id="sent-to-a-term-in-a-prison",
    ),
    pytest.param(
        "Both drivers were jailed for six years and had their driving licences taken away for "
        "eight years; a third driver's licence was revoked for two years. The court also banned "
        "the dispatcher from working in transport for the next 5 years.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("ban", "imposed", "P8Y", "driving licences"),
            ("ban", "imposed", "P2Y", "driver's licence"),
            ("ban", "imposed", "P5Y", "working in transport"),
        ],
        id="licences-taken-away-or-revoked-and-a-ban-for-the-next-years",
    ),
    pytest.param(
        "The court jailed him for 15 days after the protest.",
        [("imprisonment", "imposed", "P15D")],
        id="a-term-for-which-after-follows",
    ),
    pytest.param(
        "He was sentenced to four years in prison (suspended) for abuse of office. His deputy got "
        "a two-year sentence, suspended. A clerk was suspended from duty.",
        [("suspended", "imposed", "P4Y"), ("suspended", "imposed", "P2Y")],
        id="suspended-set-apart-after-a-prison-term",
    ),
    pytest.param(
        "She will serve two years of restricted freedom. Two years ban on teaching is effective.",
        [("restricted_freedom", "imposed", "P2Y"), ("ban", "imposed", "P2Y", "teaching")],
        id="a-ban-after-a-plural-term-with-no-hyphen",
    ),
    pytest.param(
        "He was jailed for 13 years and fined ₽500 million (US$8.6 million). A London court had "
        "fined him £20,000, and a court in Tbilisi fined him ₾5,000.",
        [
            ("imprisonment", "imposed", "P13Y"),
            ("fine", "imposed", None, "500000000 RUB"),
            ("fine", "imposed", None, "20000 GBP"),
            ("fine", "imposed", None, "5000 GEL"),
        ],
        id="currency-signs-of-the-ruble-pound-and-lari",
    ),
    pytest.param(
        "The prosecutor also asked the court to seize her savings and bar her for life from "
        "working in the civil service.",
        [("ban", "requested", None, "working in the civil service")],
        id="bar-her-for-life-from",
    ),
    pytest.param(
        "Both were jailed for 7.5 years and suspended for life from holding state positions. "
        "A clerk was suspended from duty.",
        [("imprisonment", "imposed", "P7Y6M"), ("ban", "imposed", None, "holding state positions")],
        id="suspended-for-life-from-is-a-ban",
    ),
    pytest.param(
        "The court jailed the two drivers for four years each, depriving them of driving "
        "licences for five years.",
        [("imprisonment", "imposed", "P4Y"), ("ban", "imposed", "P5Y", "driving licences")],
        id="deprived-of-driving-licences-with-no-determiner",
    ),
    pytest.param(
        "A third officer received a non-prison sentence.",
        [("non_custodial", "imposed", None)],
        id="a-non-prison-sentence",
    ),
    # --- seed 000: Eurasianet, Kudebayev ---
    pytest.param(
        "Prosecutors dismissed this counternarrative and asked the court for a nine-year sentence.",
        [("imprisonment", "requested", "P9Y")],
        id="seed-kudebayev-nine-year-request",
    ),
    # house arrest is a preventive measure; ", 58," is an age
    pytest.param(
        "Local media reported over the weekend that that Serik Kudebayev, 58, who was under "
        "house arrest, crossed the border into Kyrgyzstan on March 23 and flew out to Istanbul "
        "later the same day.",
        [],
        id="seed-kudebayev-house-arrest",
    ),
    pytest.param(
        "A verdict was first due to be delivered on March 10, but that session was postponed due "
        "to Kudebayev’s alleged ill-health.",
        [],
        id="seed-kudebayev-verdict-postponed",
    ),
    pytest.param(
        "Kudebayev was fired last April and became the object of a criminal investigation a "
        "month later.",
        [],
        id="seed-kudebayev-fired",
    ),
    # --- seed 001: Kudebayev retold, defence minister ---
    pytest.param(
        "In the course of the proceedings, it was indicated that the former head did not appear "
        "in court after the prosecutor sought a sentence of nine years in prison.",
        [("imprisonment", "requested", "P9Y")],
        id="seed-prosecutor-sought-nine-years",
    ),
    # "faced" is the past of the cue "faces"
    pytest.param(
        "Reports indicate that the individual faced a potential prison term of up to 12 years, "
        "reflecting the seriousness of the alleged offenses during a period of heightened "
        "tension.",
        [("imprisonment", "possible", "..P12Y")],
        id="seed-defence-minister-up-to-12",
    ),
    # "faced" with no penalty stated
    pytest.param(
        "In a separate case from the same country, a former defense minister faced significant "
        "sentencing considerations.",
        [],
        id="seed-defence-minister-no-term",
    ),
    # a request for a preventive measure, not a penalty
    pytest.param(
        "The court, acting on a prosecutor’s request, placed the former police chief on an "
        "international search list and shifted the preventive measure toward detention.",
        [],
        id="seed-search-list-detention",
    ),
    # --- seed 002: eleven convicted in Almaty ---
    # convictions with no stated penalty
    pytest.param(
        "Recent developments in an Almaty district court led to convictions on June 11 of 11 "
        "individuals accused of attacking government buildings amidst the turmoil.",
        [],
        id="seed-eleven-convicted",
    ),
    pytest.param(
        'One of the convicted, Akzhol Zhandarbekov, was found guilty of "participation in mass '
        'riots," "invasion of a building," "use of violence against a government official," and '
        '"taking a serviceman hostage." He was sentenced to four years in prison.',
        [("imprisonment", "imposed", "P4Y")],
        id="seed-zhandarbekov-four-years",
    ),
    # "from 22 to 53 years old" is an age range; "each received" is one group entry
    pytest.param(
        "The remaining 10 defendants, ranging from 22 to 53 years old, were found guilty of "
        '"participation in mass riots" and "attacks on buildings and structures." Each received '
        "a one-year-nine-month sentence.",
        [("imprisonment", "imposed", "P1Y9M")],
        id="seed-ten-defendants-each-1y9m",
    ),
    # "have faced stiffer consequences" states no term; "32-year-old" is an age
    pytest.param(
        "While the sentences seem lenient compared to earlier Bloody January trials, such as the "
        "17-year sentence handed to entrepreneur Kazybek Kudaibergenov in November 2022, others "
        "have faced stiffer consequences, like 32-year-old Nursultan Isaev of Aktobe, who in "
        "early 2023 received a 15-year prison term for allegedly ramming police officers with "
        "his car during the riots.",
        [("imprisonment", "imposed", "P17Y"), ("imprisonment", "imposed", "P15Y")],
        id="seed-kudaibergenov-and-isaev",
    ),
    pytest.param(
        "As of now, nearly 1,400 individuals have been convicted of criminal offences related to "
        "Bloody January.",
        [],
        id="seed-1400-convicted",
    ),
    # --- seed 003: Taldykorgan torture trial ---
    pytest.param(
        "A court in Kazakhstan has convicted three former police officers on charges of "
        "committing acts of torture in the wake of the political unrest that roiled the country "
        "in early January 2022.",
        [],
        id="seed-three-officers-convicted",
    ),
    # three defendants with terms in a range are one group entry
    pytest.param(
        "The Zhetysu regional prosecutor’s office said in a statement that the court proceedings "
        "that ended in the city of Taldykorgan on March 18 saw three defendants sentenced to "
        "prison terms ranging from four to six years. A fourth defendant received a "
        "non-custodial sentence.",
        [("imprisonment", "imposed", "P4Y..P6Y"), ("non_custodial", "imposed", None)],
        id="seed-taldykorgan-four-to-six-and-non-custodial",
    ),
    # loss of rank is no entry; the ban on office is one, with no term (CONVENTIONS §1)
    pytest.param(
        "The ex-policemen have also been stripped of their ranks and barred from any future "
        "employment in the civil service.",
        [("ban", "imposed", None, "any future employment in the civil service")],
        id="seed-stripped-of-ranks",
    ),
    pytest.param(
        "This was one of a trickle of similar cases that have been tried in Kazakhstan over the "
        "past year or so.",
        [],
        id="seed-past-year-or-so",
    ),
    # "behind bars ... on suspicion" is pre-trial detention
    pytest.param(
        "In June, the General Prosecutor’s Office announced that 39 law enforcement officers "
        "were behind bars at that time on suspicion of “using unauthorized investigative methods "
        "against 88 citizens.”",
        [],
        id="seed-39-behind-bars",
    ),
    pytest.param(
        "At the start of this year, prosecutors said in response to a query filed by news "
        "website Vlast that 12 criminal cases involving 42 Interior Ministry and National "
        "Security Committee, or KNB, employees had been passed on to the courts for further "
        "processing.",
        [],
        id="seed-12-cases-42-employees",
    ),
    pytest.param(
        "That number did not appear to include the four officers convicted this week.",
        [],
        id="seed-four-officers-convicted",
    ),
    pytest.param(
        "In another relatively recent trial, seven former KNB employees were sentenced to prison "
        "terms ranging from three to five years in December for torturing people detained during "
        "the January 2022 events. Three other KNB staff received suspended sentences, and one "
        "was acquitted.",
        [
            ("imprisonment", "imposed", "P3Y..P5Y"),
            ("suspended", "imposed", None),
            ("acquittal", "imposed", None),
        ],
        id="seed-knb-three-to-five-suspended-acquitted",
    ),
    pytest.param(
        "A lawyer acting for the victims argued that the punishment was insufficiently severe.",
        [],
        id="seed-punishment-insufficient",
    ),
    # --- seed 004: EurasiaTimes, HRW report ---
    # statistics
    pytest.param(
        "A total of 1,113 protesters and others have been convicted with 423 convicted on "
        "charges of “participating in mass riots” while one army officer was prosecuted for "
        "abuse of power over a man’s death.",
        [],
        id="seed-1113-convicted",
    ),
    pytest.param(
        "“Nearly a year after the January events, families of those who were killed and the "
        "hundreds of people wounded or tortured are still waiting for justice,” said Mihra "
        "Rittmann, a Central Asia researcher at HRW.",
        [],
        id="seed-nearly-a-year",
    ),
    pytest.param(
        "The Kazakh authorities estimate that 238 people were killed in the protests and "
        "acknowledge six people died in custody from torture after the protests.",
        [],
        id="seed-six-died-in-custody",
    ),
    pytest.param(
        "On November 16, a military court convicted Mark Zlunyaev, an army officer, over the "
        "death of Ernazar Krykbaev, a 24-year-old shepherd who was shot dead near an army camp "
        "the day after protests broke out in Taldykorgan. Zlunyaev was sentenced to six years in "
        "prison.",
        [("imprisonment", "imposed", "P6Y")],
        id="seed-zlunyaev-six-years",
    ),
    # cleared by investigators, not acquitted by a court
    pytest.param(
        "Bakhytzhan Toregozhina, a human rights defender in Almaty, said the authorities in "
        "Taraz, Kyzylorda and Shymkent have all cleared their security officers of wrongdoing.",
        [],
        id="seed-cleared-of-wrongdoing",
    ),
    pytest.param(
        "But the Prosecutor General’s Office has reported that only two torture cases, involving "
        "eight police officers, have reached court and no one has been prosecuted.",
        [],
        id="seed-no-one-prosecuted",
    ),
]

CASES: list[object] = [
    # --- 1. Numbers: digits, words, a/an, "twenty-one", "5 (five)", halves. ---
    pytest.param(
        "A court in Shymkent sentenced Daulet Abenov to 9 years in prison for organising the "
        "attack on the regional akimat.",
        [("imprisonment", "imposed", "P9Y")],
        id="num-digits-9-years",
    ),
    pytest.param(
        "Yerlan Saparov, a former customs officer, was jailed for eleven years on bribery charges.",
        [("imprisonment", "imposed", "P11Y")],
        id="num-word-eleven",
    ),
    # "minimum-security colony" is imprisonment like the medium/maximum-security forms
    pytest.param(
        "The Kostanay city court gave the blogger a year in a minimum-security colony for "
        "spreading false information.",
        [("imprisonment", "imposed", "P1Y")],
        id="num-a-year",
    ),
    pytest.param(
        "Prosecutors asked for an eight-year term for Marat Zhaksylykov, the former head of the "
        "Karaganda tax department.",
        [("imprisonment", "requested", "P8Y")],
        id="num-an-eight-year-term",
    ),
    pytest.param(
        "The court handed Saken Mukanov an eleven-year sentence for the hit-and-run.",
        [("imprisonment", "imposed", "P11Y")],
        id="num-an-eleven-year-sentence",
    ),
    pytest.param(
        "He was given 1 year of correctional labour.",
        [("correctional_labour", "imposed", "P1Y")],
        id="num-1-year-singular",
    ),
    pytest.param(
        "Nurbol Kasymov was sentenced to twenty-one years in a maximum-security colony for the "
        "murder of two police officers.",
        [("imprisonment", "imposed", "P21Y")],
        id="num-twenty-one-hyphen",
    ),
    # unhyphenated "twenty one" is one number, not 20 and 1
    pytest.param(
        "The prosecutor asked the court to jail Kasymov for twenty one years.",
        [("imprisonment", "requested", "P21Y")],
        id="num-twenty-one-no-hyphen",
    ),
    pytest.param(
        "In absentia, the court sentenced fugitive banker Kairat Suleimenov to nineteen years.",
        [("imprisonment", "imposed", "P19Y")],
        id="num-nineteen-in-absentia",
    ),
    pytest.param(
        "Twenty years in a maximum-security colony was the sentence handed to the ringleader, "
        "Serik Ospanov.",
        [("imprisonment", "imposed", "P20Y")],
        id="num-twenty-sentence-initial",
    ),
    pytest.param(
        "Thirteen years. That is what the Kyzylorda regional court gave Almas Zhumabekov on "
        "Tuesday.",
        [("imprisonment", "imposed", "P13Y")],
        id="num-thirteen-two-sentences",
    ),
    pytest.param(
        "PAVLODAR MAYOR JAILED FOR NINE YEARS OVER LAND DEALS",
        [("imprisonment", "imposed", "P9Y")],
        id="num-all-caps-headline",
    ),
    pytest.param(
        "Former Oskemen Mayor Jailed For Twelve Years",
        [("imprisonment", "imposed", "P12Y")],
        id="num-title-case-headline",
    ),
    pytest.param(
        "The Aktau city court sentenced Ruslan Temirov to 5 (five) years of imprisonment.",
        [("imprisonment", "imposed", "P5Y")],
        id="num-digits-then-word-in-brackets",
    ),
    # the reverse of "5 (five)": the bracketed number repeats the term, not a second one
    pytest.param(
        "His accomplice was sentenced to seven (7) years in a general-regime colony.",
        [("imprisonment", "imposed", "P7Y")],
        id="num-word-then-digits-in-brackets",
    ),
    pytest.param(
        "The court imposed a sentence of 10 (ten) years and 6 (six) months on the former deputy "
        "akim.",
        [("imprisonment", "imposed", "P10Y6M")],
        id="num-brackets-years-and-months",
    ),
    pytest.param(
        "Former bank chairman Talgat Ermekbayev was sentenced to eight and a half years for "
        "embezzling client deposits.",
        [("imprisonment", "imposed", "P8Y6M")],
        id="num-eight-and-a-half",
    ),
    pytest.param(
        "Ermekbayev’s co-defendant received 8.5 years in prison.",
        [("imprisonment", "imposed", "P8Y6M")],
        id="num-8-point-5",
    ),
    pytest.param(
        "Seven-and-a-half years in prison is what prosecutors demanded for the ex-minister.",
        [("imprisonment", "requested", "P7Y6M")],
        id="num-seven-and-a-half-hyphenated",
    ),
    pytest.param(
        "A year and a half in a penal colony: that is the sentence a Pavlodar court handed to "
        "activist Arman Sultanov.",
        [("imprisonment", "imposed", "P1Y6M")],
        id="num-a-year-and-a-half",
    ),
    pytest.param(
        "The court gave Sultanov’s cousin half a year of restricted freedom.",
        [("restricted_freedom", "imposed", "P6M")],
        id="num-half-a-year",
    ),
    # a kind word told before or explained is no new penalty
    pytest.param(
        "The appeals board upholds the restricted freedom term and replaces Kuandykova's "
        "restricted freedom with a fine of 500 MCI.",
        [("fine", "imposed", None, "500 MCI")],
        id="kind-a-penalty-told-before",
    ),
    pytest.param(
        "The Supreme Court replaced the punishment with a fine of 500 basic settlement units.",
        [("fine", "imposed", None, "500 BCA")],
        id="fine-in-basic-settlement-units",
    ),
    pytest.param(
        "The court replaced the punishment with a fine of 500 basic calculation amounts (165 "
        "million soums).",
        [("fine", "imposed", None, "165000000 UZS")],
        id="fine-in-basic-calculation-amounts-then-the-money",
    ),
    pytest.param(
        "He was sentenced to a fine in the amount of 300 BCAs.",
        [("fine", "imposed", None, "300 BCA")],
        id="fine-in-bcas",
    ),
    pytest.param(
        "Guards unlocked the cage. Under restricted freedom, she will live at home.",
        [],
        id="kind-under-a-kind-opening-a-sentence",
    ),
    # a verdict verb in the infinitive after a request is requested; not after a turn
    pytest.param(
        "The prosecutor had asked the court to send Amanov to prison for seven years and to give "
        "the other three four years of restricted freedom each.",
        [("imprisonment", "requested", "P7Y"), ("restricted_freedom", "requested", "P4Y")],
        id="status-asked-the-court-to-and-to-give",
    ),
    pytest.param(
        "Prosecutors asked the court to jail him for nine years, but the judge chose to give him "
        "six years.",
        [("imprisonment", "requested", "P9Y"), ("imprisonment", "imposed", "P6Y")],
        id="status-a-turn-after-a-request",
    ),
    # a ban asked for with "to ban"
    pytest.param(
        "The prosecutor asked the court to sentence Ibraeva to 2 years of restricted freedom and "
        "to ban her from journalism for 3 years.",
        [
            ("restricted_freedom", "requested", "P2Y"),
            ("ban", "requested", "P3Y", "journalism"),
        ],
        id="kind-ban-to-ban-her",
    ),
    # an elided term past a ban's term
    pytest.param(
        "The court sentenced the driver to 10 years in a general-regime colony and banned him "
        "from driving for five years. Prosecutors had asked for 12.",
        [
            ("imprisonment", "imposed", "P10Y"),
            ("ban", "imposed", "P5Y", "driving"),
            ("imprisonment", "requested", "P12Y"),
        ],
        id="num-elided-past-a-bans-term",
    ),
    # bans' terms listed, the first elided
    pytest.param(
        "They were also barred from fishing for four and six years, respectively.",
        [("ban", "imposed", "P4Y", "fishing"), ("ban", "imposed", "P6Y", "fishing")],
        id="kind-ban-terms-listed",
    ),
    # an age after a name is no elided term listed before the term
    pytest.param(
        "A city court handed obstetrician Aigerim Samatova, 45, two years of restricted freedom.",
        [("restricted_freedom", "imposed", "P2Y")],
        id="num-an-age-before-a-term-is-no-list",
    ),
    # a conviction states no term: a bare time after it is none
    pytest.param(
        "Five people have been convicted over the breakdown that left 41,000 residents without "
        "heating for nine days.",
        [],
        id="num-a-conviction-gives-no-term",
    ),
    pytest.param(
        "The court cut the prison term of a former police captain convicted of torturing a "
        "detainee from eight years to six.",
        [("imprisonment", "imposed", "P8Y"), ("imprisonment", "imposed", "P6Y")],
        id="num-a-conviction-before-an-appeal-term",
    ),
    # one request verb, two far objects
    pytest.param(
        "The prosecutor asked the court to sentence T. A. Abdykerimov, former director of the "
        "Ak-Terek forestry enterprise, to 10 years of imprisonment, and N. K. Zhumabaev, former "
        "head of the Tamga rural district, to 7 years of imprisonment.",
        [("imprisonment", "requested", "P10Y"), ("imprisonment", "requested", "P7Y")],
        id="status-one-request-two-far-objects",
    ),
    # a cue in a relative clause closed before the penalty does not govern it
    pytest.param(
        "Abenov, who had faced up to seven years, was also banned from driving for five years.",
        [("imprisonment", "possible", "..P7Y"), ("ban", "imposed", "P5Y", "driving")],
        id="status-not-from-a-closed-relative-clause",
    ),
    pytest.param(
        "He will also be banned from holding civil service positions for a ten year period.",
        [("ban", "imposed", "P10Y", "holding civil service positions")],
        id="ban-for-a-period",
    ),
    # a participle with its agent holds the term it follows
    pytest.param(
        "Aliya Seitova was sentenced to 8 years of imprisonment, against the 10 years requested "
        "by the prosecution.",
        [("imprisonment", "imposed", "P8Y"), ("imprisonment", "requested", "P10Y")],
        id="status-requested-by-after-the-term",
    ),
    pytest.param(
        "He got 8 years, less than the 10 years sought by prosecutors.",
        [("imprisonment", "imposed", "P8Y"), ("imprisonment", "requested", "P10Y")],
        id="status-less-than-the-term-sought-by",
    ),
    # part of a larger number is no elided term
    pytest.param(
        "The court sentenced the trader to nine years in prison for a scheme that siphoned off "
        "close to 400,000 tonnes of coal.",
        [("imprisonment", "imposed", "P9Y")],
        id="num-thousands-no-elided-term",
    ),
    # a relative clause's own time, after a verdict verb
    pytest.param(
        "The court convicted two inspectors who had certified the hall as safe four months "
        "before the fire.",
        [],
        id="num-a-relative-clauses-time",
    ),
    # a second penalty after the first: "by" here is no difference between terms
    pytest.param(
        "The court sentenced Dana Ormanova to 11 years in a general-regime colony, followed by "
        "one year of restricted freedom.",
        [("imprisonment", "imposed", "P11Y"), ("restricted_freedom", "imposed", "P1Y")],
        id="num-followed-by",
    ),
    pytest.param(
        "The judge also ordered a further year of restricted freedom after his release; his "
        "earlier term had been cut by two years.",
        [("restricted_freedom", "imposed", "P1Y")],
        id="num-a-further-year",
    ),
    pytest.param(
        "Prosecutors are seeking one and a half years of imprisonment for the journalist.",
        [("imprisonment", "requested", "P1Y6M")],
        id="num-one-and-a-half",
    ),
    pytest.param(
        "The Semey court handed Bauyrzhan Omarov 1.5 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P1Y6M")],
        id="num-1-point-5",
    ),
    pytest.param(
        "Aigerim Tleuzhan was sentenced to two and a half years in a general-regime colony.",
        [("imprisonment", "imposed", "P2Y6M")],
        id="num-two-and-a-half",
    ),
    pytest.param(
        "The defendant could get 12.5 years if the court accepts the prosecution’s "
        "classification of the crime.",
        [("imprisonment", "possible", "P12Y6M")],
        id="num-12-point-5-possible",
    ),
    # "34-year-old" is an age
    pytest.param(
        "Dinara Kemelbayeva, a 34-year-old accountant, was jailed for eighteen months.",
        [("imprisonment", "imposed", "P18M")],
        id="num-eighteen-months-with-age",
    ),
    # months are not folded into years
    pytest.param(
        "The court sentenced him to 18 months in prison.",
        [("imprisonment", "imposed", "P18M")],
        id="num-18-months-not-folded",
    ),
    pytest.param(
        "Prosecutors requested thirty-six months of imprisonment for the former rector.",
        [("imprisonment", "requested", "P36M")],
        id="num-thirty-six-months",
    ),
    pytest.param(
        "The former akim was given a suspended sentence of twenty-four months.",
        [("suspended", "imposed", "P24M")],
        id="num-twenty-four-months-suspended",
    ),
    pytest.param(
        "Blogger Aizhan Abdrakhmanova got six months behind bars for insulting a police officer.",
        [("imprisonment", "imposed", "P6M")],
        id="num-six-months-behind-bars",
    ),
    pytest.param(
        "Activist Zhanbolat Amirov was sentenced to fifteen days of administrative arrest for "
        "taking part in an unsanctioned rally.",
        [("administrative_arrest", "imposed", "P15D")],
        id="num-fifteen-days-words",
    ),
    # a no-break space between number and unit
    pytest.param(
        "A court in Oral placed the organiser under administrative arrest for 25\u00a0days.",
        [("administrative_arrest", "imposed", "P25D")],
        id="num-25-days-nbsp",
    ),
    pytest.param(
        "The prosecutor asked for thirty days of administrative arrest for the picket’s organiser.",
        [("administrative_arrest", "requested", "P30D")],
        id="num-thirty-days",
    ),
    pytest.param(
        "The Taraz court ordered the teenager to perform two hundred and forty hours of "
        "community service.",
        [("community_service", "imposed", "PT240H")],
        id="num-two-hundred-and-forty-hours",
    ),
    pytest.param(
        "She received a hundred hours of community service for vandalising a war memorial.",
        [("community_service", "imposed", "PT100H")],
        id="num-a-hundred-hours",
    ),
    # one request for the whole group
    pytest.param(
        "Prosecutors asked for one hundred eighty hours of community service for each of the "
        "students.",
        [("community_service", "requested", "PT180H")],
        id="num-one-hundred-eighty-hours",
    ),
    pytest.param(
        "The maximum penalty for the offence is three hundred hours of community service.",
        [("community_service", "possible", "..PT300H")],  # a maximum is an upper bound
        id="num-three-hundred-hours-maximum",
    ),
    pytest.param(
        "The court fined the shop owner two hundred MCI for selling counterfeit goods.",
        [("fine", "imposed", None, "200 MCI")],
        id="num-fine-two-hundred-mci",
    ),
    pytest.param(
        "She was fined five hundred thousand tenge.",
        [("fine", "imposed", None, "500000 KZT")],
        id="num-fine-five-hundred-thousand-tenge",
    ),
    # --- 2. Compound and adjectival terms: "one year and nine months", "17-year". ---
    pytest.param(
        "The Almaty district court sentenced Yerzhan Ibraimov to one year and nine months in "
        "prison.",
        [("imprisonment", "imposed", "P1Y9M")],
        id="comp-one-year-and-nine-months",
    ),
    pytest.param(
        "Ibraimov’s brother received 1 year 9 months of restricted freedom.",
        [("restricted_freedom", "imposed", "P1Y9M")],
        id="comp-1-year-9-months",
    ),
    pytest.param(
        "She received one year, nine months of correctional labour.",
        [("correctional_labour", "imposed", "P1Y9M")],
        id="comp-one-year-comma-nine-months",
    ),
    pytest.param(
        "Each of the four students was handed a one-year-nine-month suspended sentence.",
        [("suspended", "imposed", "P1Y9M")],
        id="comp-one-year-nine-month-adjective",
    ),
    pytest.param(
        "The 17-year sentence handed to the former security chief was upheld by the Supreme "
        "Court on Thursday.",
        [("imprisonment", "imposed", "P17Y")],
        id="comp-17-year-sentence-upheld",
    ),
    pytest.param(
        "Prosecutors called for a two-and-a-half-year term for the blogger.",
        [("imprisonment", "requested", "P2Y6M")],
        id="comp-two-and-a-half-year-term",
    ),
    pytest.param(
        "The court handed the driver a one-and-a-half-year term in a colony-settlement.",
        [("imprisonment", "imposed", "P1Y6M")],
        id="comp-one-and-a-half-year-term",
    ),
    pytest.param(
        "The Karaganda court sentenced the mine director to seven years' imprisonment over the "
        "methane blast.",
        [("imprisonment", "imposed", "P7Y")],
        id="comp-years-apostrophe",
    ),
    pytest.param(
        "Nurlan Bekov faces twelve years’ imprisonment if found guilty of treason.",
        [("imprisonment", "possible", "P12Y")],
        id="comp-years-curly-apostrophe",
    ),
    pytest.param(
        "Gulnara Seitkali, 41, received a 10-year prison term for “running a pyramid scheme.”",
        [("imprisonment", "imposed", "P10Y")],
        id="comp-10-year-prison-term",
    ),
    # a term being served was imposed
    pytest.param(
        "The former police colonel began serving an eight-year jail term in Pavlodar.",
        [("imprisonment", "imposed", "P8Y")],
        id="comp-eight-year-jail-term",
    ),
    pytest.param(
        "A Bishkek court handed the journalist a six-month sentence.",
        [("imprisonment", "imposed", "P6M")],
        id="comp-six-month-sentence",
    ),
    pytest.param(
        "The teacher was given an 18-month suspended sentence for fraud.",
        [("suspended", "imposed", "P18M")],
        id="comp-18-month-suspended",
    ),
    pytest.param(
        "The court sentenced Timur Aliyev to 3 years, 6 months in prison.",
        [("imprisonment", "imposed", "P3Y6M")],
        id="comp-years-comma-months-digits",
    ),
    pytest.param(
        "Aliyev’s accomplice was jailed for five years and three months.",
        [("imprisonment", "imposed", "P5Y3M")],
        id="comp-five-years-and-three-months",
    ),
    pytest.param(
        "Aliya Nurpeisova was sentenced to two years and six months of restricted freedom.",
        [("restricted_freedom", "imposed", "P2Y6M")],
        id="comp-years-and-six-months-as-stated",
    ),
    # "the prosecution's request" is the noun form of "requested"
    pytest.param(
        "Eight years and six months in a general-regime colony — that was the prosecution’s "
        "request.",
        [("imprisonment", "requested", "P8Y6M")],
        id="comp-eight-years-six-months-request-noun",
    ),
    # "left in force" = upheld on appeal
    pytest.param(
        "The Supreme Court left in force the sentence of 11 years and 2 months handed to the "
        "former akim of Turkistan region.",
        [("imprisonment", "imposed", "P11Y2M")],
        id="comp-11-years-2-months-left-in-force",
    ),
    pytest.param(
        "The ex-official is appealing his three-year-and-four-month sentence.",
        [("imprisonment", "imposed", "P3Y4M")],
        id="comp-three-year-and-four-month-appeal",
    ),
    # a year-and-month adjective pair joined by a comma is one term
    pytest.param(
        "Prosecutors sought a four-year, six-month prison term for the hospital director.",
        [("imprisonment", "requested", "P4Y6M")],
        id="comp-four-year-six-month-comma",
    ),
    pytest.param(
        "Prosecutors are seeking a two-year restriction of freedom for the activist.",
        [("restricted_freedom", "requested", "P2Y")],
        id="comp-two-year-restriction",
    ),
    pytest.param(
        "The court imposed a three-year suspended term.",
        [("suspended", "imposed", "P3Y")],
        id="comp-three-year-suspended-term",
    ),
    pytest.param(
        "Prosecutors asked for a nine-year sentence in a medium-security colony.",
        [("imprisonment", "requested", "P9Y")],
        id="comp-nine-year-sentence-medium-security",
    ),
    pytest.param(
        "The activist was given a 15-day administrative arrest.",
        [("administrative_arrest", "imposed", "P15D")],
        id="comp-15-day-administrative-arrest",
    ),
    pytest.param(
        "The student received a 240-hour community service order.",
        [("community_service", "imposed", "PT240H")],
        id="comp-240-hour-community-service",
    ),
    pytest.param(
        "Ex-Governor Gets 20-Year Sentence",
        [("imprisonment", "imposed", "P20Y")],
        id="comp-title-case-gets",
    ),
    # "year-long" states a term of one year
    pytest.param(
        "The court gave the former deputy minister a year-long suspended sentence.",
        [("suspended", "imposed", "P1Y")],
        id="comp-year-long-suspended",
    ),
    pytest.param(
        "Appeal judges in Astana upheld Berik Dzhumabayev’s seven-year term.",
        [("imprisonment", "imposed", "P7Y")],
        id="comp-seven-year-term-upheld",
    ),
    # --- 3. Ranges, caps and floors. ---
    pytest.param(
        "Five former guards were sentenced to prison terms ranging from four to six years.",
        [("imprisonment", "imposed", "P4Y..P6Y")],
        id="range-ranging-from",
    ),
    pytest.param(
        "The offence is punishable by between three and five years in prison.",
        [("imprisonment", "possible", "P3Y..P5Y")],
        id="range-between-and",
    ),
    pytest.param(
        "Prosecutors are seeking 3-5 years for each of the defendants.",
        [("imprisonment", "requested", "P3Y..P5Y")],
        id="range-hyphen-digits",
    ),
    pytest.param(
        "The article of the Criminal Code carries 7–12 years of imprisonment.",
        [("imprisonment", "possible", "P7Y..P12Y")],
        id="range-en-dash-digits",
    ),
    pytest.param(
        "The accused face 3 to 5 years in prison.",
        [("imprisonment", "possible", "P3Y..P5Y")],
        id="range-x-to-y-digits",
    ),
    # a statement of the law: possible, no defendant
    pytest.param(
        "Under the Criminal Code, torture is punishable by five to ten years.",
        [("imprisonment", "possible", "P5Y..P10Y")],
        id="range-words-statement-of-law",
    ),
    pytest.param(
        "He faces from 5 to ten years.",
        [("imprisonment", "possible", "P5Y..P10Y")],
        id="range-from-digits-to-word",
    ),
    # an adjectival range reads like "three to five years"
    pytest.param(
        "Prosecutors are seeking a three-to-five-year term for the former deputy.",
        [("imprisonment", "requested", "P3Y..P5Y")],
        id="range-adjectival",
    ),
    pytest.param(
        "If convicted, Dzhakupov risks ten to fifteen years behind bars.",
        [("imprisonment", "possible", "P10Y..P15Y")],
        id="range-risks-behind-bars",
    ),
    pytest.param(
        "Former defence minister Murat Bektanov faces up to 12 years if convicted.",
        [("imprisonment", "possible", "..P12Y")],
        id="range-up-to-12",
    ),
    pytest.param(
        "Abuse of power in wartime carries up to twelve years’ imprisonment.",
        [("imprisonment", "possible", "..P12Y")],
        id="range-up-to-twelve-curly",
    ),
    pytest.param(
        "She could get up to a year of correctional labour.",
        [("correctional_labour", "possible", "..P1Y")],
        id="range-up-to-a-year",
    ),
    pytest.param(
        "Organisers of unsanctioned rallies face up to 15 days of administrative arrest.",
        [("administrative_arrest", "possible", "..P15D")],
        id="range-up-to-15-days",
    ),
    pytest.param(
        "The offence is punishable by up to 200 hours of community service.",
        [("community_service", "possible", "..PT200H")],
        id="range-up-to-200-hours",
    ),
    pytest.param(
        "Spreading false information is punishable by up to two years of restricted freedom.",
        [("restricted_freedom", "possible", "..P2Y")],
        id="range-up-to-two-years-restricted",
    ),
    # "not more than X" is read as "up to X"
    pytest.param(
        "Negligence causing death is punishable by imprisonment for not more than five years.",
        [("imprisonment", "possible", "..P5Y")],
        id="range-not-more-than",
    ),
    # "up to" keeps no low bound even when imposed; one group entry
    pytest.param(
        "Eleven defendants received sentences of up to 10 years.",
        [("imprisonment", "imposed", "..P10Y")],
        id="range-imposed-up-to",
    ),
    pytest.param(
        "Prosecutors asked for at least 10 years for the organiser.",
        [("imprisonment", "requested", "P10Y..")],
        id="range-at-least-10",
    ),
    # a statement of the law is possible
    pytest.param(
        "The law requires a sentence of no less than eight years for aggravated robbery.",
        [("imprisonment", "possible", "P8Y..")],
        id="range-no-less-than",
    ),
    # "not less than" = "no less than"; the law providing for it is possible
    pytest.param(
        "The article provides for imprisonment of not less than 15 years.",
        [("imprisonment", "possible", "P15Y..")],
        id="range-not-less-than",
    ),
    # "a minimum of X" is read as "at least X"
    pytest.param(
        "Prosecutors demanded a minimum of 20 years for the ringleader.",
        [("imprisonment", "requested", "P20Y..")],
        id="range-a-minimum-of",
    ),
    # mixed units stay as stated
    pytest.param(
        "The charge of hooliganism carries from six months to two years of restricted freedom.",
        [("restricted_freedom", "possible", "P6M..P2Y")],
        id="range-months-to-years",
    ),
    pytest.param(
        "Prosecutors want between 18 months and three years for the blogger.",
        [("imprisonment", "requested", "P18M..P3Y")],
        id="range-between-months-and-years",
    ),
    pytest.param(
        "Prosecutors asked for 6–18 months of restricted freedom for the five students.",
        [("restricted_freedom", "requested", "P6M..P18M")],
        id="range-en-dash-months",
    ),
    # one group entry
    pytest.param(
        "The court jailed the six men for between two and seven years.",
        [("imprisonment", "imposed", "P2Y..P7Y")],
        id="range-imposed-between",
    ),
    pytest.param(
        "Nine protesters received terms ranging from 10 to 15 days of administrative arrest.",
        [("administrative_arrest", "imposed", "P10D..P15D")],
        id="range-days-imposed",
    ),
    pytest.param(
        "Four officials were given suspended sentences ranging from two to four years.",
        [("suspended", "imposed", "P2Y..P4Y")],
        id="range-suspended-ranging",
    ),
    pytest.param(
        "Community service of between 100 and 240 hours was imposed on the seven teenagers.",
        [("community_service", "imposed", "PT100H..PT240H")],
        id="range-hours-between",
    ),
    # --- 4. Every kind of penalty. ---
    pytest.param(
        "The Zhambyl regional court sentenced Erbol Dzhaksybekov to nine years in a penal colony.",
        [("imprisonment", "imposed", "P9Y")],
        id="kind-penal-colony",
    ),
    pytest.param(
        "A court in Taraz sentenced Askar Myrzakhmetov to six years in a medium-security colony.",
        [("imprisonment", "imposed", "P6Y")],
        id="kind-medium-security-colony",
    ),
    pytest.param(
        "The former akim of Zhezkazgan was sentenced to seven years behind bars.",
        [("imprisonment", "imposed", "P7Y")],
        id="kind-behind-bars",
    ),
    pytest.param(
        "The driver who caused the fatal crash was sentenced to three years in a "
        "colony-settlement.",
        [("imprisonment", "imposed", "P3Y")],
        id="kind-colony-settlement",
    ),
    pytest.param(
        "Prosecutors requested four years in a general-regime colony for the former bank manager.",
        [("imprisonment", "requested", "P4Y")],
        id="kind-general-regime-colony",
    ),
    pytest.param(
        "Aibek Serikbayev got 14 years in a maximum-security colony.",
        [("imprisonment", "imposed", "P14Y")],
        id="kind-maximum-security-colony",
    ),
    pytest.param(
        "Tax inspector Saltanat Ermekova was jailed for five years.",
        [("imprisonment", "imposed", "P5Y")],
        id="kind-jailed",
    ),
    # a kind word with no length: term None
    pytest.param(
        "A court in Aktobe sentenced the former police captain to prison on Monday.",
        [("imprisonment", "imposed", None)],
        id="kind-prison-no-term",
    ),
    pytest.param(
        "Zhanar Sultanbekova received a two-year suspended sentence for negligence.",
        [("suspended", "imposed", "P2Y")],
        id="kind-suspended-adjectival",
    ),
    pytest.param(
        "The former deputy akim was given a suspended sentence of three years.",
        [("suspended", "imposed", "P3Y")],
        id="kind-suspended-of",
    ),
    pytest.param(
        "The court handed Maksat Ilyasov a conditional sentence of one year.",
        [("suspended", "imposed", "P1Y")],
        id="kind-conditional-sentence",
    ),
    pytest.param(
        "His co-defendant got a conditional sentence.",
        [("suspended", "imposed", None)],
        id="kind-conditional-no-term",
    ),
    pytest.param(
        "Prosecutors asked for a suspended term for the pensioner.",
        [("suspended", "requested", None)],
        id="kind-suspended-requested-no-term",
    ),
    pytest.param(
        "Three nurses received suspended sentences of 18 months each.",
        [("suspended", "imposed", "P18M")],
        id="kind-suspended-each",
    ),
    pytest.param(
        "Activist Meirambek Zhanuzakov was sentenced to three years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
        id="kind-restricted-freedom",
    ),
    pytest.param(
        "The court imposed restriction of freedom for two years on the blogger.",
        [("restricted_freedom", "imposed", "P2Y")],
        id="kind-restriction-of-freedom",
    ),
    pytest.param(
        "Prosecutors demanded 18 months of restriction of liberty for the trade union leader.",
        [("restricted_freedom", "requested", "P18M")],
        id="kind-restriction-of-liberty",
    ),
    # "rather than prison" names a penalty she did not get
    pytest.param(
        "Her lawyer said she received restricted freedom rather than prison.",
        [("restricted_freedom", "imposed", None)],
        id="kind-restricted-freedom-rather-than-prison",
    ),
    pytest.param(
        "The court gave the doctor a two-year non-custodial sentence.",
        [("non_custodial", "imposed", "P2Y")],
        id="kind-non-custodial-with-term",
    ),
    pytest.param(
        "Two of the defendants received non-custodial sentences.",
        [("non_custodial", "imposed", None)],
        id="kind-non-custodial-plural",
    ),
    pytest.param(
        "The prosecutor asked for a non-custodial sentence of one year and six months.",
        [("non_custodial", "requested", "P1Y6M")],
        id="kind-non-custodial-requested",
    ),
    pytest.param(
        "A Bishkek court sentenced the former deputy mayor to two years of probation.",
        [("probation", "imposed", "P2Y")],
        id="kind-probation-years",
    ),
    pytest.param(
        "The student was placed on probation for 18 months.",
        [("probation", "imposed", "P18M")],
        id="kind-probation-placed-on",
    ),
    pytest.param(
        "The teenager was given probation.",
        [("probation", "imposed", None)],
        id="kind-probation-no-term",
    ),
    pytest.param(
        "The court fined Aliya Bekova 500,000 tenge.",
        [("fine", "imposed", None, "500000 KZT")],
        id="kind-fine-tenge-digits",
    ),
    pytest.param(
        "Blogger Askhat Zhumabekov was fined 100 MCI for an unsanctioned picket.",
        [("fine", "imposed", None, "100 MCI")],
        id="kind-fine-mci",
    ),
    pytest.param(
        "The court ordered him to pay a fine of 200 monthly calculation indices.",
        [("fine", "imposed", None, "200 MCI")],
        id="kind-fine-monthly-calculation-indices",
    ),
    pytest.param(
        "The journalist was fined on twenty monthly assessment indices (KZT 28,300).",
        [("fine", "imposed", None, "20 MCI")],
        id="kind-fine-monthly-assessment-indices",
    ),
    # MRP is the Russian abbreviation of the same unit as MCI
    pytest.param(
        "The Atyrau court fined the activist 30 MRP.",
        [("fine", "imposed", None, "30 MCI")],
        id="kind-fine-mrp",
    ),
    pytest.param(
        "The state prosecutor requested that Ye. Nurlanov be sentenced to 15 years of prison.",
        [("imprisonment", "requested", "P15Y")],
        id="status-requested-that-initials-be-sentenced",
    ),
    pytest.param(
        "He was given a suspended sentence of 2 years with a probation period of 2 years.",
        [("suspended", "imposed", "P2Y")],
        id="a-probation-period-is-no-penalty",
    ),
    pytest.param(
        "He got a five-year suspended sentence with a four-year probation period.",
        [("suspended", "imposed", "P5Y")],
        id="an-adjectival-probation-period-is-no-penalty",
    ),
    pytest.param(
        "The prosecutor asked for 300 hours.",
        [("community_service", "requested", "PT300H")],
        id="kind-hours-alone-are-community-work",
    ),
    pytest.param(
        "She was sentenced to probation supervision for a period of 2 years.",
        [("probation", "imposed", "P2Y")],
        id="kind-probation-supervision",
    ),
    pytest.param(
        "He got three years of restricted freedom with the establishment of probation control.",
        [("restricted_freedom", "imposed", "P3Y")],
        id="kind-probation-control-is-a-condition",
    ),
    pytest.param(
        "The court fined two students, Aliya Sultan and Erik Ten, 30 MCI each for the picket.",
        [("fine", "imposed", None, "30 MCI")],
        id="kind-fine-each-past-the-names",
    ),
    pytest.param(
        "The judge fined Ospanov and Ten $500 each; both appealed.",
        [("fine", "imposed", None, "500 USD")],
        id="kind-fine-each-currency-first",
    ),
    pytest.param(
        "The court fined the pair. Both were jailed for 3 years each.",
        [("fine", "imposed", None), ("imprisonment", "imposed", "P3Y")],
        id="kind-fine-each-not-past-the-sentence",
    ),
    pytest.param(
        "The former head of the roads department was fined 1.5 million tenge.",
        [("fine", "imposed", None, "1500000 KZT")],
        id="kind-fine-million-decimal",
    ),
    pytest.param(
        "A court fined the mining company KZT 350 million for pollution.",
        [("fine", "imposed", None, "350000000 KZT")],
        id="kind-fine-kzt-prefix",
    ),
    pytest.param(
        "Prosecutors asked for a 300,000-tenge fine.",
        [("fine", "requested", None, "300000 KZT")],
        id="kind-fine-tenge-adjectival",
    ),
    pytest.param(
        "The court fined the foreign contractor $2,000 for working without a permit.",
        [("fine", "imposed", None, "2000 USD")],
        id="kind-fine-usd",
    ),
    # Kyrgyz som -> KGS
    pytest.param(
        "A Bishkek court fined the editor 100,000 soms.",
        [("fine", "imposed", None, "100000 KGS")],
        id="kind-fine-som",
    ),
    pytest.param(
        "The journalist was fined for violating the procedure for holding peaceful assemblies.",
        [("fine", "imposed", None)],
        id="kind-fine-no-amount",
    ),
    pytest.param(
        "The offence is punishable by a fine.",
        [("fine", "possible", None)],
        id="kind-fine-possible-no-amount",
    ),
    pytest.param(
        "The court sentenced Dias Sarsenov to 240 hours of community service.",
        [("community_service", "imposed", "PT240H")],
        id="kind-community-service-hours",
    ),
    pytest.param(
        "She was given community service of 120 hours.",
        [("community_service", "imposed", "PT120H")],
        id="kind-community-service-of-hours",
    ),
    pytest.param(
        "Prosecutors asked for community service for the first-time offender.",
        [("community_service", "requested", None)],
        id="kind-community-service-no-term",
    ),
    pytest.param(
        "A Tashkent court sentenced the blogger to two years of correctional labour.",
        [("correctional_labour", "imposed", "P2Y")],
        id="kind-correctional-labour",
    ),
    pytest.param(
        "The Dushanbe court gave her a year of corrective labour.",
        [("correctional_labour", "imposed", "P1Y")],
        id="kind-corrective-labour",
    ),
    pytest.param(
        "The defendant was sentenced to correctional labour.",
        [("correctional_labour", "imposed", None)],
        id="kind-correctional-labour-no-term",
    ),
    pytest.param(
        "The Almaty regional court sentenced Kairat Dzhumagulov to life imprisonment for the "
        "murder of four people.",
        [("life_imprisonment", "imposed", None)],
        id="kind-life-imprisonment",
    ),
    pytest.param(
        "Prosecutors requested a life sentence for the gunman.",
        [("life_imprisonment", "requested", None)],
        id="kind-life-sentence-requested",
    ),
    pytest.param(
        "Prosecutors are seeking life prison sentences for three of the accused.",
        [("life_imprisonment", "requested", None)],
        id="kind-life-prison-sentences",
    ),
    pytest.param(
        "Both men were handed life jail terms.",
        [("life_imprisonment", "imposed", None)],
        id="kind-life-jail-terms",
    ),
    pytest.param(
        "The court sentenced him to 5.5 years in prison with a two-year probation period.",
        [("suspended", "imposed", "P5Y6M")],
        id="a-prison-term-with-a-probation-period-is-suspended",
    ),
    pytest.param(
        "She was given four years in prison, 3-year trial period.",
        [("suspended", "imposed", "P4Y")],
        id="a-prison-term-with-a-trial-period-is-suspended",
    ),
    pytest.param(
        "He was jailed for four years. The pre-trial period took two years.",
        [("imprisonment", "imposed", "P4Y")],
        id="a-pre-trial-period-makes-no-term-suspended",
    ),
    pytest.param(
        "The prosecutor had earlier requested that 37 people be sentenced to imprisonment for a "
        "term of 5 to 12 years.",
        [("imprisonment", "requested", "P5Y..P12Y")],
        id="requested-that-a-counted-group-be-sentenced",
    ),
    pytest.param(
        "The appeals court upheld the ruling which declared Iskakov innocent of the charges.",
        [("acquittal", "imposed", None)],
        id="declared-innocent-is-an-acquittal",
    ),
    pytest.param(
        "The court found her innocent.",
        [("acquittal", "imposed", None)],
        id="found-innocent-is-an-acquittal",
    ),
    pytest.param(
        "Police found the innocent bystander in a car. He insists he is innocent.",
        [],
        id="innocent-said-of-no-verdict-is-no-acquittal",
    ),
    pytest.param(
        "He was found not guilty of some of the charges, which included embezzlement.",
        [],
        id="not-guilty-of-some-charges-is-no-acquittal",
    ),
    pytest.param(
        "She was acquitted on two counts of fraud.",
        [],
        id="acquitted-on-two-counts-is-no-acquittal",
    ),
    pytest.param(
        "She was acquitted of all charges.",
        [("acquittal", "imposed", None)],
        id="acquitted-of-all-charges",
    ),
    pytest.param(
        "He was sentenced to 120 hours of forced labour.",
        [("community_service", "imposed", "PT120H")],
        id="hours-of-forced-labour-are-community-service",
    ),
    pytest.param(
        "She got 100 hours of corrective labor.",
        [("correctional_labour", "imposed", "PT100H")],
        id="hours-of-corrective-labour-stay-correctional-labour",
    ),
    pytest.param(
        "The judge finally delivered the verdict, a year and a half after the events occurred.",
        [],
        id="a-time-after-the-verdict-delivered-is-no-term",
    ),
    pytest.param(
        "Nurzhan Bekmukhanbetov received life in prison.",
        [("life_imprisonment", "imposed", None)],
        id="kind-life-in-prison",
    ),
    pytest.param(
        "The terrorist cell’s leader was jailed for life.",
        [("life_imprisonment", "imposed", None)],
        id="kind-jailed-for-life",
    ),
    # "life behind bars" is read like "life in prison"
    pytest.param(
        "The killer faces life behind bars.",
        [("life_imprisonment", "possible", None)],
        id="kind-life-behind-bars",
    ),
    # "sentenced to life" is life imprisonment
    pytest.param(
        "A military court sentenced the sergeant to life.",
        [("life_imprisonment", "imposed", None)],
        id="kind-sentenced-to-life",
    ),
    pytest.param(
        "Three activists were administratively arrested for 10 days each.",
        [("administrative_arrest", "imposed", "P10D")],
        id="kind-administratively-arrested-each",
    ),
    pytest.param(
        "Police said the organiser had been placed under administrative arrest.",
        [("administrative_arrest", "imposed", None)],
        id="kind-administrative-arrest-no-term",
    ),
    pytest.param(
        "The prosecutor asked for 20 days of administrative arrest.",
        [("administrative_arrest", "requested", "P20D")],
        id="kind-administrative-arrest-requested",
    ),
    pytest.param(
        "The Shymkent court acquitted Dana Abdikarimova of fraud.",
        [("acquittal", "imposed", None)],
        id="kind-acquitted",
    ),
    pytest.param(
        "A jury in Astana found the surgeon not guilty of negligence.",
        [("acquittal", "imposed", None)],
        id="kind-found-not-guilty-split",
    ),
    pytest.param(
        "Baurzhan Kenzhebekov was found not guilty on all counts.",
        [("acquittal", "imposed", None)],
        id="kind-found-not-guilty",
    ),
    pytest.param(
        "  • Samat Orynbekov and Dias Kuatov: not guilty.",
        [("acquittal", "imposed", None)],
        id="kind-not-guilty-list-item",
    ),
    pytest.param(
        "The Supreme Court upheld the acquittal of the former mayor.",
        [("acquittal", "imposed", None)],
        id="kind-acquittal-upheld",
    ),
    pytest.param(
        "The trial ended in an acquittal.",
        [("acquittal", "imposed", None)],
        id="kind-ended-in-acquittal",
    ),
    pytest.param(
        "Rights groups have called on the authorities to acquit the blogger. Prosecutors called "
        "on the court to jail him for six years.",
        [("acquittal", "requested", None), ("imprisonment", "requested", "P6Y")],
        id="status-called-on-to-acquit-is-a-request",
    ),
    # bans: an extra entry with what they bar; a ban is never a prison term
    pytest.param(
        "The court banned Aidos Kenzhebayev from driving for three years.",
        [("ban", "imposed", "P3Y", "driving")],
        id="kind-ban-driving",
    ),
    pytest.param(
        "He was disqualified from driving for 18 months.",
        [("ban", "imposed", "P18M", "driving")],  # disqualification is always a sanction
        id="kind-ban-disqualified",
    ),
    pytest.param(
        "The ex-mayor received five years and a ten-year ban on holding public office.",
        [("imprisonment", "imposed", "P5Y"), ("ban", "imposed", "P10Y", "holding public office")],
        id="kind-ban-adjectival-term",
    ),
    pytest.param(
        "Prosecutors want him jailed for six years and banned for life from public service.",
        [("imprisonment", "requested", "P6Y"), ("ban", "requested", None, "public service")],
        id="kind-ban-requested-for-life",
    ),
    pytest.param(
        "A 10-year ban on holding public office was also imposed.",
        [("ban", "imposed", "P10Y", "holding public office")],  # a verb ends what it bars
        id="kind-ban-then-verb",
    ),
    pytest.param(
        "He received a suspended sentence and a three-year ban on working with children.",
        [("suspended", "imposed", None), ("ban", "imposed", "P3Y", "working with children")],
        id="kind-ban-with-in-what-it-bars",
    ),
    pytest.param(
        "He got 8 years and a lifetime ban on holding posts with confiscation of property.",
        [("imprisonment", "imposed", "P8Y"), ("ban", "imposed", None, "holding posts")],
        id="kind-ban-then-with-another-penalty",
    ),
    # not bans: a banned organisation, a ban on an event, a travel ban pending trial
    pytest.param(
        "He was convicted of membership of a banned extremist organization.",
        [],
        id="kind-ban-near-banned-organisation",
    ),
    pytest.param(
        "The court upheld the city's ban on rallies in the central square.",
        [],
        id="kind-ban-near-ban-on-rallies",
    ),
    pytest.param(
        "The court banned him from leaving the country pending trial.",
        [],
        id="kind-ban-near-leaving",
    ),
    pytest.param(
        "A travel ban was imposed on him for the duration of the investigation.",
        [],
        id="kind-ban-near-travel-ban",
    ),
    pytest.param(
        "His lawyer said she had been banned from seeing her client for two weeks.",
        [],  # no court, verdict or penalty near: not a sanction on a defendant
        id="kind-ban-near-lawyer",
    ),
    # --- 5. Status cues: imposed, requested, possible, and status across clauses. ---
    pytest.param(
        "The Kyzylorda court sentenced Olzhas Bekmurzayev to seven years.",
        [("imprisonment", "imposed", "P7Y")],
        id="status-sentenced",
    ),
    pytest.param(
        "Bekmurzayev’s partner was jailed for four years.",
        [("imprisonment", "imposed", "P4Y")],
        id="status-jailed",
    ),
    pytest.param(
        "Former vice-minister Marat Seitkaliyev received nine years on corruption charges.",
        [("imprisonment", "imposed", "P9Y")],
        id="status-received",
    ),
    pytest.param(
        "She was given three years in a colony-settlement.",
        [("imprisonment", "imposed", "P3Y")],
        id="status-was-given",
    ),
    pytest.param(
        "The court handed the former customs chief a 12-year sentence.",
        [("imprisonment", "imposed", "P12Y")],
        id="status-handed",
    ),
    pytest.param(
        "Judge Almas Tulegenov handed down a six-year sentence to the ex-director.",
        [("imprisonment", "imposed", "P6Y")],
        id="status-handed-down-judge",
    ),
    pytest.param("He got 4 years.", [("imprisonment", "imposed", "P4Y")], id="status-got"),
    pytest.param(
        "Yerbol Kassenov was ordered to serve five years in a general-regime colony.",
        [("imprisonment", "imposed", "P5Y")],
        id="status-ordered-to-serve",
    ),
    pytest.param(
        "Fugitive banker Ruslan Kaliyev was sentenced in absentia to 15 years.",
        [("imprisonment", "imposed", "P15Y")],
        id="status-in-absentia",
    ),
    pytest.param(
        "Tried in absentia, the former head of the customs service received 10 years.",
        [("imprisonment", "imposed", "P10Y")],
        id="status-tried-in-absentia",
    ),
    pytest.param(
        "Kassymov’s nine-year sentence was upheld on appeal.",
        [("imprisonment", "imposed", "P9Y")],
        id="status-upheld-on-appeal",
    ),
    pytest.param(
        "Daniyar Akhmetov said he would appeal the 10-year sentence.",
        [("imprisonment", "imposed", "P10Y")],
        id="status-will-appeal",
    ),
    pytest.param(
        "The court imposed a fine of 150 MCI.",
        [("fine", "imposed", None, "150 MCI")],
        id="status-imposed-fine",
    ),
    pytest.param(
        "The court passed a sentence of eight years on the former prosecutor.",
        [("imprisonment", "imposed", "P8Y")],
        id="status-passed-sentence",
    ),
    pytest.param(
        "The prosecutor asked the court to sentence Beisenov to seven years in prison.",
        [("imprisonment", "requested", "P7Y")],
        id="status-asked-the-court",
    ),
    pytest.param(
        "Prosecutors sought 14 years for the former KNB officer.",
        [("imprisonment", "requested", "P14Y")],
        id="status-sought",
    ),
    pytest.param(
        "The state prosecutor demanded eight and a half years for the ex-governor.",
        [("imprisonment", "requested", "P8Y6M")],
        id="status-demanded",
    ),
    pytest.param(
        "Prosecutors requested a 6-year term.",
        [("imprisonment", "requested", "P6Y")],
        id="status-requested",
    ),
    pytest.param(
        "The prosecution called for a fine of 300 MCI.",
        [("fine", "requested", None, "300 MCI")],
        id="status-called-for",
    ),
    pytest.param(
        "The prosecutor wants Zhaksybekov jailed for nine years.",
        [("imprisonment", "requested", "P9Y")],
        id="status-wants",
    ),
    pytest.param(
        "The prosecution is seeking life imprisonment for the gunman.",
        [("life_imprisonment", "requested", None)],
        id="status-is-seeking",
    ),
    pytest.param(
        "In closing arguments, the prosecutor asked for five years of restricted freedom.",
        [("restricted_freedom", "requested", "P5Y")],
        id="status-asked-for-restricted",
    ),
    pytest.param(
        "Nine years: that is the sentence the prosecutor asked for.",
        [("imprisonment", "requested", "P9Y")],
        id="status-sentence-asked-for",
    ),
    pytest.param(
        "Talgat Yermekov faces seven years in prison.",
        [("imprisonment", "possible", "P7Y")],
        id="status-faces",
    ),
    pytest.param(
        "If found guilty, she could get up to five years.",
        [("imprisonment", "possible", "..P5Y")],
        id="status-could-get",
    ),
    pytest.param(
        "The blogger risks up to three years of restricted freedom.",
        [("restricted_freedom", "possible", "..P3Y")],
        id="status-risks",
    ),
    pytest.param(
        "Inciting social discord is punishable by two to seven years.",
        [("imprisonment", "possible", "P2Y..P7Y")],
        id="status-punishable-by",
    ),
    pytest.param(
        "The charge carries a sentence of five to 10 years.",
        [("imprisonment", "possible", "P5Y..P10Y")],
        id="status-carries",
    ),
    # "maximum penalty" is the status cue, and bounds the term: up to seven years
    pytest.param(
        "The maximum penalty for the offence is seven years.",
        [("imprisonment", "possible", "..P7Y")],
        id="status-maximum-penalty-term",
    ),
    pytest.param(
        "The maximum penalty for treason is life imprisonment.",
        [("life_imprisonment", "possible", None)],
        id="status-maximum-penalty-life",
    ),
    # a maximum or minimum bounds the term it names; the evidence holds the bound
    pytest.param(
        "It carries a maximum prison sentence of 10 years.",
        [("imprisonment", "possible", "..P10Y")],
        id="status-maximum-prison-sentence",
    ),
    pytest.param(
        "He was jailed for three years, well short of the 12-year maximum sentence.",
        [("imprisonment", "imposed", "P3Y"), ("imprisonment", "possible", "..P12Y")],
        id="status-adjectival-maximum-beside-term",
    ),
    pytest.param(
        "He faces a minimum of five years and a maximum of 10.",
        [("imprisonment", "possible", "P5Y.."), ("imprisonment", "possible", "..P10Y")],
        id="status-minimum-and-elided-maximum",
    ),
    # the maximum a court hands down, or prosecutors ask for, is the term itself
    pytest.param(
        "Prosecutors asked for the maximum sentence of 15 years.",
        [("imprisonment", "requested", "P15Y")],
        id="status-asked-for-the-maximum",
    ),
    pytest.param(
        "He was sentenced to 10 years, the maximum under the article.",
        [("imprisonment", "imposed", "P10Y")],
        id="status-the-maximum-after",
    ),
    pytest.param(
        "Prosecutors sought at least 8 years for him and at least 6 for his brother.",
        [("imprisonment", "requested", "P8Y.."), ("imprisonment", "requested", "P6Y..")],
        id="status-elided-floor",
    ),
    pytest.param(
        "The former minister could face 10 years behind bars.",
        [("imprisonment", "possible", "P10Y")],
        id="status-could-face",
    ),
    pytest.param(
        "Kasenov could be jailed for up to 12 years.",
        [("imprisonment", "possible", "..P12Y")],
        id="status-could-be-jailed",
    ),
    # "is threatened with" is a possible cue like "faces"
    pytest.param(
        "Under the article, the blogger is threatened with up to seven years in prison.",
        [("imprisonment", "possible", "..P7Y")],
        id="status-threatened-with",
    ),
    pytest.param(
        "Prosecutors had sought nine years, but the judge handed Talgat Yermekov six.",
        [("imprisonment", "requested", "P9Y"), ("imprisonment", "imposed", "P6Y")],
        id="status-sought-but-handed",
    ),
    pytest.param(
        "The court sentenced Aidos Nurlanov to five years (the prosecution had requested six).",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "requested", "P6Y")],
        id="status-requested-in-brackets",
    ),
    pytest.param(
        "Prosecutors wanted 14 years; the court gave him 11.",
        [("imprisonment", "requested", "P14Y"), ("imprisonment", "imposed", "P11Y")],
        id="status-wanted-then-gave",
    ),
    pytest.param(
        "Although prosecutors demanded a life sentence, the court jailed Murat Iskakov for 20 "
        "years.",
        [("life_imprisonment", "requested", None), ("imprisonment", "imposed", "P20Y")],
        id="status-demanded-life-jailed-20",
    ),
    pytest.param(
        "She faced up to 10 years but was given a three-year suspended sentence.",
        [("imprisonment", "possible", "..P10Y"), ("suspended", "imposed", "P3Y")],
        id="status-faced-then-suspended",
    ),
    pytest.param(
        "Prosecutors had asked for five years, but the judge acquitted him.",
        [("imprisonment", "requested", "P5Y"), ("acquittal", "imposed", None)],
        id="status-asked-then-acquitted",
    ),
    # "the court settled on" is the court imposing it
    pytest.param(
        "He had faced up to eight years, but the court settled on a fine of 1 million tenge.",
        [("imprisonment", "possible", "..P8Y"), ("fine", "imposed", None, "1000000 KZT")],
        id="status-faced-then-fine",
    ),
    # the elided "5 million" takes tenge from context
    pytest.param(
        "The court fined the company 2 million tenge, less than the 5 million the prosecution "
        "had asked for.",
        [("fine", "imposed", None, "2000000 KZT"), ("fine", "requested", None, "5000000 KZT")],
        id="status-fine-less-than-requested",
    ),
    pytest.param(
        "Prosecutors want the appeals court to raise the sentence to 12 years; the lower court "
        "gave Beketov eight.",
        [("imprisonment", "requested", "P12Y"), ("imprisonment", "imposed", "P8Y")],
        id="status-want-raise-lower-court-gave",
    ),
    pytest.param(
        "Despite the prosecution’s request for a suspended sentence, Ermek Tursunov received two "
        "years in prison.",
        [("suspended", "requested", None), ("imprisonment", "imposed", "P2Y")],
        id="status-request-noun-then-received",
    ),
    # like an appeal's old and new term: the overturned acquittal, then the new term
    pytest.param(
        "The appeals court overturned Arman Kaliev’s acquittal and sentenced him to four years.",
        [("acquittal", "imposed", None), ("imprisonment", "imposed", "P4Y")],
        id="status-acquittal-overturned",
    ),
    # a short sentence before does not hide the request after the semicolon
    pytest.param(
        "Gleb Orlov got 16 years. Vera Sokolova, his girlfriend, was sentenced to six years; "
        "prosecutors had sought eight.",
        [
            ("imprisonment", "imposed", "P16Y"),
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "requested", "P8Y"),
        ],
        id="status-request-after-semicolon-after-short-sentence",
    ),
    pytest.param(
        "Nino Beridze, 34, a photographer, was fined 2,000 lari ($710) for damaging a car.",
        [("fine", "imposed", None, "2000 GEL")],
        id="fine-lari-with-dollars-after",
    ),
    pytest.param(
        "His sister was fined 20,000 somonis in the same case.",
        [("fine", "imposed", None, "20000 TJS")],
        id="fine-somonis",
    ),
    pytest.param(
        "The court imposed four years in prison, with a fine in the amount of 60,000 lei, on "
        "Ion Rusu; his deputy was fined 1,500 Moldovan lei.",
        [
            ("imprisonment", "imposed", "P4Y"),
            ("fine", "imposed", None, "60000 MDL"),
            ("fine", "imposed", None, "1500 MDL"),
        ],
        id="fine-moldovan-lei",
    ),
    pytest.param(
        "Her sentence was replaced with a fine in the amount of 1,000,000 (one million) soms.",
        [("fine", "imposed", None, "1000000 KGS")],
        id="fine-amount-spelled-out-in-brackets",
    ),
    pytest.param(
        "He was also deprived of the right to hold positions in state and municipal service "
        "for 3 years.",
        [("ban", "imposed", "P3Y", "hold positions in state and municipal service")],
        id="ban-what-with-and-then-term",
    ),
    # --- 6. Several penalties in one passage: defendants, appeals, fines, groups. ---
    pytest.param(
        "Serik Abenov received six years and his brother Nurlan four.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P4Y")],
        id="multi-elided-second-term",
    ),
    pytest.param(
        "Kanat Ospanov and Daulet Myrzabekov were sentenced to nine and seven years respectively.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P7Y")],
        id="multi-respectively",
    ),
    pytest.param(
        "The two officers received terms of five and six years, respectively.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P6Y")],
        id="multi-terms-respectively-comma",
    ),
    pytest.param(
        "Two co-accused got four- and seven-year suspended jail terms, respectively.",
        [("suspended", "imposed", "P4Y"), ("suspended", "imposed", "P7Y")],
        id="multi-adjectival-elided",
    ),
    pytest.param(
        "The guards were handed two-, three- and five-year prison terms respectively.",
        [
            ("imprisonment", "imposed", "P2Y"),
            ("imprisonment", "imposed", "P3Y"),
            ("imprisonment", "imposed", "P5Y"),
        ],
        id="multi-adjectival-elided-three",
    ),
    pytest.param(
        "He was sentenced to a prison term of three years. The sentence was ruled to be suspended.",
        [("suspended", "imposed", "P3Y")],
        id="a-sentence-ruled-to-be-suspended",
    ),
    pytest.param(
        "The court also ordered a ban on journalism, activism, as well as use of social media "
        "for the entire four-year period.",
        [("ban", "imposed", "P4Y", "journalism, activism, as well as use of social media")],
        id="a-ban-listing-as-well-as-for-the-entire-period",
    ),
    pytest.param(
        "The prosecutor had asked for four years of labor in a penal colony.",
        [("imprisonment", "requested", "P4Y")],
        id="years-of-labor-in-a-penal-colony",
    ),
    pytest.param(
        "The two men were sentenced to terms of 3 1/2 and three years, respectively.",
        [("imprisonment", "imposed", "P3Y6M"), ("imprisonment", "imposed", "P3Y")],
        id="multi-elided-fraction",
    ),
    pytest.param(
        "They got 2½ and 4 years in a labour colony.",
        [("imprisonment", "imposed", "P2Y6M"), ("imprisonment", "imposed", "P4Y")],
        id="multi-elided-half-sign",
    ),
    pytest.param(
        "They were jailed for 3.5 and 5 years.",
        [("imprisonment", "imposed", "P3Y6M"), ("imprisonment", "imposed", "P5Y")],
        id="multi-elided-decimal",
    ),
    pytest.param(
        "They were jailed for 7-1/2 and 8 years.",
        [("imprisonment", "imposed", "P7Y6M"), ("imprisonment", "imposed", "P8Y")],
        id="multi-elided-hyphened-half",
    ),
    # one entry per defendant
    pytest.param(
        "The court gave the three brothers sentences of seven, eight and nine years.",
        [
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P8Y"),
            ("imprisonment", "imposed", "P9Y"),
        ],
        id="multi-three-terms-list",
    ),
    pytest.param(
        "Prosecutors sought eight years for Temirlan Ospanov and six for Ayan Kuralbayev; the "
        "court gave them seven and five.",
        [
            ("imprisonment", "requested", "P8Y"),
            ("imprisonment", "requested", "P6Y"),
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P5Y"),
        ],
        id="multi-requested-two-imposed-two",
    ),
    pytest.param(
        "The prosecutor requested 11 years for Kairat Bekov and nine for his driver.",
        [("imprisonment", "requested", "P11Y"), ("imprisonment", "requested", "P9Y")],
        id="multi-requested-two",
    ),
    pytest.param(
        "Ainur Bekova got three years in prison, while her accomplice got two years of "
        "restricted freedom.",
        [("imprisonment", "imposed", "P3Y"), ("restricted_freedom", "imposed", "P2Y")],
        id="multi-prison-and-restricted",
    ),
    # old then new term, not a range
    pytest.param(
        "The Supreme Court cut his sentence from seven to five years.",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P5Y")],
        id="multi-appeal-cut-from-to",
    ),
    pytest.param(
        "The appeals court reduced Aigul Serikova’s sentence from 10 years to eight.",
        [("imprisonment", "imposed", "P10Y"), ("imprisonment", "imposed", "P8Y")],
        id="multi-appeal-reduced-from-10-to-eight",
    ),
    # the request states no term
    pytest.param(
        "At the prosecution’s request, the appeals court increased the sentence from four to six "
        "years.",
        [("imprisonment", "imposed", "P4Y"), ("imprisonment", "imposed", "P6Y")],
        id="multi-appeal-increased",
    ),
    # the size of a reduction is not a penalty
    pytest.param(
        "On appeal, his term was reduced by two years, to eight years.",
        [("imprisonment", "imposed", "P8Y")],
        id="multi-appeal-reduced-by-to",
    ),
    # the size of a reduction is not a penalty
    pytest.param(
        "The regional court shortened the sentence by 18 months, to six years.",
        [("imprisonment", "imposed", "P6Y")],
        id="multi-appeal-shortened-by-months",
    ),
    pytest.param(
        "The Supreme Court commuted his life sentence to 25 years.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P25Y")],
        id="multi-appeal-commuted-life",
    ),
    pytest.param(
        "The appeals court overturned the five-year term and acquitted Bakhyt Zhanuzakov.",
        [("imprisonment", "imposed", "P5Y"), ("acquittal", "imposed", None)],
        id="multi-appeal-overturned-then-acquitted",
    ),
    pytest.param(
        "The appeals court replaced his three-year prison term with a suspended sentence of two "
        "years.",
        [("imprisonment", "imposed", "P3Y"), ("suspended", "imposed", "P2Y")],
        id="multi-appeal-prison-to-suspended",
    ),
    pytest.param(
        "The Supreme Court upheld the nine-year sentence for Abenov and the acquittal of his "
        "co-defendant.",
        [("imprisonment", "imposed", "P9Y"), ("acquittal", "imposed", None)],
        id="multi-upheld-term-and-acquittal",
    ),
    pytest.param(
        "The former akim was jailed for eight years and fined 10 million tenge.",
        [("imprisonment", "imposed", "P8Y"), ("fine", "imposed", None, "10000000 KZT")],
        id="multi-prison-plus-fine",
    ),
    pytest.param(
        "She received a two-year suspended sentence and a fine of 200 MCI.",
        [("suspended", "imposed", "P2Y"), ("fine", "imposed", None, "200 MCI")],
        id="multi-suspended-plus-fine-mci",
    ),
    pytest.param(
        "The court sentenced the businessman to five years and fined him $50,000.",
        [("imprisonment", "imposed", "P5Y"), ("fine", "imposed", None, "50000 USD")],
        id="multi-prison-plus-fine-usd",
    ),
    pytest.param(
        "The Osh court placed the imam on probation for one year and fined him 50,000 soms.",
        [("probation", "imposed", "P1Y"), ("fine", "imposed", None, "50000 KGS")],
        id="multi-probation-plus-fine-som",
    ),
    pytest.param(
        "The court sentenced the student to one year of restricted freedom and 100 hours of "
        "community service.",
        [("restricted_freedom", "imposed", "P1Y"), ("community_service", "imposed", "PT100H")],
        id="multi-restricted-plus-community-service",
    ),
    pytest.param(
        "The offence is punishable by a fine or up to two years of restricted freedom.",
        [("fine", "possible", None), ("restricted_freedom", "possible", "..P2Y")],
        id="multi-fine-or-restricted",
    ),
    pytest.param(
        "The charge carries correctional labour or up to three years in prison.",
        [("correctional_labour", "possible", None), ("imprisonment", "possible", "..P3Y")],
        id="multi-correctional-or-prison",
    ),
    pytest.param(
        "Terrorism is punishable by 15 to 20 years or life imprisonment.",
        [("imprisonment", "possible", "P15Y..P20Y"), ("life_imprisonment", "possible", None)],
        id="multi-range-or-life",
    ),
    pytest.param(
        "Under the Code of Administrative Offences, the violation is punishable by a fine of 50 "
        "MCI or administrative arrest of up to 15 days.",
        [("fine", "possible", None, "50 MCI"), ("administrative_arrest", "possible", "..P15D")],
        id="multi-fine-or-administrative-arrest",
    ),
    # a group penalty is one entry
    pytest.param(
        "The three defendants each received 12 years.",
        [("imprisonment", "imposed", "P12Y")],
        id="multi-group-each-received",
    ),
    # a group penalty is one entry
    pytest.param(
        "Three men were each given 12 years in a maximum-security colony.",
        [("imprisonment", "imposed", "P12Y")],
        id="multi-group-each-given",
    ),
    # a group penalty is one entry
    pytest.param(
        "Two of them were jailed for three years.",
        [("imprisonment", "imposed", "P3Y")],
        id="multi-group-two-of-them",
    ),
    pytest.param(
        "Two of the defendants received suspended sentences and a third was fined 500,000 tenge.",
        [("suspended", "imposed", None), ("fine", "imposed", None, "500000 KZT")],
        id="multi-group-suspended-and-fine",
    ),
    pytest.param(
        "Seven defendants were jailed for between three and six years, and an eighth received a "
        "suspended sentence of two years.",
        [("imprisonment", "imposed", "P3Y..P6Y"), ("suspended", "imposed", "P2Y")],
        id="multi-group-range-and-single",
    ),
    pytest.param(
        "Two activists were given 10 days of administrative arrest and a third was fined 50 MCI.",
        [("administrative_arrest", "imposed", "P10D"), ("fine", "imposed", None, "50 MCI")],
        id="multi-group-arrest-and-fine",
    ),
    # the lifelong ban is a ban with no term, not life imprisonment
    pytest.param(
        "Former akim Bolat Zhunusov was sentenced to six years and banned from holding public "
        "office for life.",
        [("imprisonment", "imposed", "P6Y"), ("ban", "imposed", None, "holding public office")],
        id="multi-ancillary-ban-for-life",
    ),
    # confiscation is ancillary and has no kind in this table
    pytest.param(
        "The court jailed the ex-minister for 10 years with confiscation of property.",
        [("imprisonment", "imposed", "P10Y")],
        id="multi-ancillary-confiscation",
    ),
    # damages to a victim are not a fine
    pytest.param(
        "Nurlybek Sarsenbayev was sentenced to five years and ordered to pay 2 million tenge in "
        "damages to the victim’s family.",
        [("imprisonment", "imposed", "P5Y")],
        id="multi-damages-not-fine",
    ),
    # the two years already served are time served
    pytest.param(
        "He was sentenced to four years in prison, of which he has already served two in "
        "pre-trial detention.",
        [("imprisonment", "imposed", "P4Y")],
        id="multi-part-already-served",
    ),
    # the 10 years served are time served
    pytest.param(
        "Bekov was released on parole after serving 10 years of a 14-year sentence.",
        [("imprisonment", "imposed", "P14Y")],
        id="multi-served-of-a-sentence",
    ),
    # elided terms: a kind named once for several people, a range, a half in a list
    pytest.param(
        "Both men were sentenced to administrative arrest: Bakhyt Ospanov for 10 days and "
        "Yerzhan Suleimenov for 15.",
        [
            ("administrative_arrest", "imposed", "P10D"),
            ("administrative_arrest", "imposed", "P15D"),
        ],
        id="multi-kind-before-a-colon",
    ),
    pytest.param(
        "One got 5 years, another 4 and the third 3.",
        [
            ("imprisonment", "imposed", "P5Y"),
            ("imprisonment", "imposed", "P4Y"),
            ("imprisonment", "imposed", "P3Y"),
        ],
        id="multi-one-another-the-third",
    ),
    pytest.param(
        "The organiser got 12 years, four others between five and eight.",
        [("imprisonment", "imposed", "P12Y"), ("imprisonment", "imposed", "P5Y..P8Y")],
        id="multi-elided-range",
    ),
    pytest.param(
        "Prosecutors sought 12 years for Abenov and from three to five for the others.",
        [("imprisonment", "requested", "P12Y"), ("imprisonment", "requested", "P3Y..P5Y")],
        id="multi-elided-range-from",
    ),
    pytest.param(
        "They were sentenced to six and a half and five years respectively.",
        [("imprisonment", "imposed", "P6Y6M"), ("imprisonment", "imposed", "P5Y")],
        id="multi-listed-half",
    ),
    pytest.param(
        "Zhanar Alimova got five years; her deputy, four and a half.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P4Y6M")],
        id="multi-elided-after-apposition",
    ),
    pytest.param(
        "X got 5 years; the others, aged between 22 and 53, got suspended terms.",
        [("imprisonment", "imposed", "P5Y"), ("suspended", "imposed", None)],
        id="multi-ages-are-no-elided-terms",
    ),
    # administrative arrest by the verb: days are a penalty, months pre-trial detention
    pytest.param(
        "A specialised administrative court arrested blogger Timur Abenov for 10 days.",
        [("administrative_arrest", "imposed", "P10D")],
        id="kind-arrested-for-days",
    ),
    pytest.param(
        "The suspect was arrested for two months pending the investigation.",
        [],
        id="kind-arrested-for-months",
    ),
    pytest.param(
        "She was administratively detained for five days for a post on Facebook.",
        [("administrative_arrest", "imposed", "P5D")],
        id="kind-administratively-detained",
    ),
    # --- 7. Near-misses: nothing here is a penalty. ---
    pytest.param(
        "A 17-year-old from Zhanaozen was among those detained during the protests.",
        [],
        id="near-age-hyphenated",
    ),
    pytest.param(
        "Dauren Kassymov, 45, told reporters he would keep fighting.",
        [],
        id="near-age-commas",
    ),
    pytest.param(
        "The shooting left a ten-year-old boy badly wounded.",
        [],
        id="near-ten-year-old-boy",
    ),
    # an age range; a plea of not guilty is not an acquittal
    pytest.param(
        "The defendants, aged from 19 to 27 years, pleaded not guilty.",
        [],
        id="near-ages-range-pleaded",
    ),
    # a plea, not a verdict
    pytest.param("Omarov pleaded not guilty to all charges.", [], id="near-pleaded-not-guilty"),
    pytest.param(
        "Freedom limitation is similar to a suspended sentence with parole-like restrictions.",
        [],
        id="near-a-kind-explained-by-another",
    ),
    pytest.param(
        "She got two years of restricted freedom, a form of probation.",
        [("restricted_freedom", "imposed", "P2Y")],
        id="near-a-form-of-another-kind-explains-the-penalty",
    ),
    pytest.param(
        "Friday marked the 30th anniversary of Kazakhstan’s independence.",
        [],
        id="near-anniversary",
    ),
    pytest.param(
        "The rally was held on the tenth anniversary of the Zhanaozen shootings.",
        [],
        id="near-tenth-anniversary",
    ),
    pytest.param(
        "The government adopted a five-year plan to modernise the penitentiary system.",
        [],
        id="near-five-year-plan",
    ),
    pytest.param(
        "Kudaibergenov spent two years in Istanbul before returning to Almaty.",
        [],
        id="near-spent-years-abroad",
    ),
    pytest.param(
        "During his eight years in office, the akim approved dozens of land deals.",
        [],
        id="near-years-in-office",
    ),
    # a term of office
    pytest.param(
        "Tokayev’s seven-year presidential term ends in 2029.",
        [],
        id="near-presidential-term",
    ),
    pytest.param(
        "The prosecutor, a 20-year veteran of the service, did not comment.",
        [],
        id="near-prosecutor-veteran",
    ),
    # a deadline
    pytest.param("The defence has 15 days to appeal the verdict.", [], id="near-days-to-appeal"),
    # a deadline, despite "was given"
    pytest.param(
        "The ministry was given 30 days to respond to the ruling.",
        [],
        id="near-given-days-to-respond",
    ),
    pytest.param(
        "Police held the journalist for 48 hours before releasing him without charge.",
        [],
        id="near-held-48-hours",
    ),
    # detention, despite "up to"
    pytest.param(
        "Protesters were held for up to 72 hours at the police station.",
        [],
        id="near-held-up-to-72-hours",
    ),
    # house arrest is a preventive measure
    pytest.param(
        "The court placed the former minister under two months of house arrest.",
        [],
        id="near-house-arrest-months",
    ),
    # extended arrest is a preventive measure
    pytest.param("The judge extended his arrest by one month.", [], id="near-extended-arrest"),
    pytest.param(
        "Bekov has been in pre-trial detention for eight months.",
        [],
        id="near-pre-trial-detention",
    ),
    # a request to remand, despite "asked"
    pytest.param(
        "Prosecutors asked the court to remand the suspect in custody for two months.",
        [],
        id="near-remand-request",
    ),
    # "held" of a trial is no preventive measure; of a person it is
    pytest.param(
        "The hearing was held behind closed doors, as was the one that ended in a 14-year "
        "sentence for the former deputy minister.",
        [("imprisonment", "imposed", "P14Y")],
        id="a-trial-held-is-no-detention",
    ),
    pytest.param(
        "The blogger was held for 10 days after the rally.",
        [],
        id="near-a-person-held",
    ),
    # restricted freedom as some outlets word it
    pytest.param(
        'A court sentenced the activist to one year of "freedom limitation" on Tuesday.',
        [("restricted_freedom", "imposed", "P1Y")],
        id="freedom-limitation-in-quotes",
    ),
    pytest.param(
        "She was sentenced to 18 months of parole-like restricted freedom.",
        [("restricted_freedom", "imposed", "P18M")],
        id="parole-like-restricted-freedom",
    ),
    pytest.param(
        "The blogger was fined 77,532 tenges ($161).",
        [("fine", "imposed", None, "77532 KZT")],
        id="fine-in-tenges",
    ),
    # a ban's term after what it bars, joined by "or" and "and"
    pytest.param(
        "He was deprived of the right to hold certain offices or engage in certain activities "
        "for three years.",
        [("ban", "imposed", "P3Y", "hold certain offices or engage in certain activities")],
        id="ban-term-after-a-long-object-with-or",
    ),
    pytest.param(
        "She was banned from using the media or the Internet to conduct political and social "
        "activities for three years.",
        [
            (
                "ban",
                "imposed",
                "P3Y",
                "using the media or the Internet to conduct political and social activities",
            )
        ],
        id="ban-term-after-a-long-object-with-or-and",
    ),
    pytest.param(
        "Judge Aset Kulmanov handed out a sentence of 20 years to Beisenov for the killing.",
        [("imprisonment", "imposed", "P20Y")],
        id="a-term-then-to-a-name-is-no-purpose",
    ),
    pytest.param(
        "The physicist was cleared of spying for a foreign state.",
        [("acquittal", "imposed", None)],
        id="cleared-of-a-charge",
    ),
    pytest.param(
        "The square was cleared of protesters within an hour.",
        [],
        id="near-cleared-of-people",
    ),
    # a hope of what a court would do states no verdict
    pytest.param(
        "His family hoped that the court would acquit him or let him off with a fine.",
        [],
        id="near-a-hoped-for-acquittal-or-fine",
    ),
    # a bare term paired with a person after a stated one takes its reading
    pytest.param(
        "The trial ended with a sentence of seven years for Dinara Asylbekova, and four years "
        "for Timur Oskenov.",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P4Y")],
        id="a-second-term-for-a-name-after-and",
    ),
    pytest.param(
        "He was born in 1990 and five years for Marat is a long time.",
        [],
        id="near-a-length-for-a-name-after-a-year",
    ),
    pytest.param(
        "Prosecutors had asked for a year for the driver, who ended up with an eight-month term.",
        [("imprisonment", "requested", "P1Y"), ("imprisonment", "imposed", "P8M")],
        id="ended-up-with-is-imposed-after-a-request",
    ),
    # bail is a preventive measure, not a fine
    pytest.param(
        "The court released the businessman on bail of 10 million tenge.",
        [],
        id="near-bail",
    ),
    # a conviction with no stated penalty
    pytest.param(
        "The Almaty court found Ermek Nurgaliyev guilty of fraud.",
        [],
        id="near-found-guilty",
    ),
    # "sentenced" with no penalty stated
    pytest.param(
        "Kassenov was sentenced in 2019 and released in 2021.",
        [],
        id="near-sentenced-no-penalty",
    ),
    # "faces" with charges, no penalty
    pytest.param("Yerlan Kadyrov faces charges of abuse of power.", [], id="near-faces-charges"),
    pytest.param(
        "The court will announce the sentence on May 2.",
        [],
        id="near-will-announce-sentence",
    ),
    pytest.param(
        "A total of 1,113 people have been convicted over the January unrest.",
        [],
        id="near-statistics-convicted",
    ),
    pytest.param(
        "Over the past five years, courts convicted more than 4,000 officials of corruption.",
        [],
        id="near-statistics-five-years",
    ),
    # calendar years, not a term
    pytest.param(
        "Data for the 2019–2021 years show a sharp rise in torture complaints.",
        [],
        id="near-calendar-years-range",
    ),
    # "one years" inside "someone years" is no term
    pytest.param(
        "His lawyer said someone years ago had tipped off the police.",
        [],
        id="near-someone-years-ago",
    ),
    pytest.param(
        "Three years ago, the prosecutor’s office opened an investigation into the bank.",
        [],
        id="near-years-ago",
    ),
    # time served
    pytest.param(
        "Zhakupov walked free because he had already spent 14 months in pre-trial detention.",
        [],
        id="near-time-served",
    ),
    # the size of a reduction is not a penalty
    pytest.param(
        "On appeal, his sentence was reduced by two years.",
        [],
        id="near-reduced-by-only",
    ),
    pytest.param("The judge adjourned the hearing for two weeks.", [], id="near-adjourned"),
    pytest.param(
        "The trial was postponed by 10 days because of the defendant’s illness.",
        [],
        id="near-postponed-days",
    ),
    # a request for time, not a penalty
    pytest.param(
        "The defence asked for two weeks to study the case file.",
        [],
        id="near-asked-two-weeks",
    ),
    # a ban, not life imprisonment
    pytest.param(
        "The former judge was barred from office for life.",
        [("ban", "imposed", None, "office")],
        id="near-barred-for-life",
    ),
    # no penalty: a description of prison life
    pytest.param(
        "In letters to his wife, he described life in prison as monotonous.",
        [],
        id="near-life-in-prison-described",
    ),
    pytest.param(
        "A decade ago, Zhanaozen oil workers went on strike for higher wages.",
        [],
        id="near-a-decade-ago",
    ),
    pytest.param(
        "The case has dragged on for more than a decade.",
        [],
        id="near-more-than-a-decade",
    ),
    pytest.param(
        "Prosecutors reopened the 10-year-old case last month.",
        [],
        id="near-10-year-old-case",
    ),
    pytest.param(
        "Half a year after the riots, the city centre had been rebuilt.",
        [],
        id="near-half-a-year-after",
    ),
    pytest.param(
        "A year and a half later, investigators closed the case for lack of evidence.",
        [],
        id="near-year-and-a-half-later",
    ),
    pytest.param(
        "Kudebayev had been on the run for nine months before Turkish police found him.",
        [],
        id="near-on-the-run",
    ),
    pytest.param(
        "The prisoner has been on a hunger strike for 20 days.",
        [],
        id="near-hunger-strike",
    ),
    pytest.param("The investigation lasted 18 months.", [], id="near-investigation-lasted"),
    pytest.param(
        "The statute of limitations for the offence is 10 years.",
        [],
        id="near-statute-of-limitations",
    ),
    # hours of training, despite "received"
    pytest.param(
        "The guards received 40 hours of human-rights training.",
        [],
        id="near-training-hours",
    ),
    # a bribe, not a fine
    pytest.param(
        "Investigators say the official took a bribe of 5 million tenge.",
        [],
        id="near-bribe-amount",
    ),
    # compensation to a victim is not a fine
    pytest.param(
        "The court ordered the police department to pay 3 million tenge in compensation to the "
        "torture victim.",
        [],
        id="near-compensation",
    ),
    pytest.param("The minimum monthly wage is 85,000 tenge.", [], id="near-minimum-wage"),
    pytest.param(
        "Under the amnesty, about 2,000 prisoners will be released within six months.",
        [],
        id="near-amnesty",
    ),
    # Belarus's restricted freedom, and what is near it (docs/penalties.md)
    pytest.param(
        "He was sentenced to an open prison for two years.",
        [("restricted_freedom", "imposed", "P2Y")],
        id="open-prison-before-term",
    ),
    pytest.param(
        "He was transferred to an open prison for the last two years of his term.",
        [],
        id="near-open-prison-transfer",
    ),
    pytest.param(
        "He was placed in solitary confinement for 10 days after a fight.",
        [],  # a prison's discipline, not a sentence
        id="near-solitary-confinement",
    ),
    # "went to" governs a term only when it gives it to someone
    pytest.param("Five years went to waste, and two more went by.", [], id="near-went-to-waste"),
    pytest.param(
        "After seven years the case went to court.",
        [],
        id="near-went-to-court",
    ),
    # a list whose lead has no status cue gives its items none
    pytest.param(
        "Key dates:\n- 2019: detained for questioning;\n- 2020: moved abroad for two years.",
        [],
        id="near-list-of-dates",
    ),
    # a cue after a term deep in its sentence governs it only if it says it was imposed, at once
    pytest.param(
        "The three were arrested after some 1,800 employees of a drilling contractor stopped work "
        "for 23 days demanding a 40 percent wage increase.",
        [],
        id="near-a-strike-demanding-a-raise",
    ),
    pytest.param(
        "Moscow. Meshchansky court: journalist Olesya Mamontova, now in Latvia - 7.5 years in "
        "absentia for two posts.",
        [("imprisonment", "imposed", "P7Y6M")],
        id="a-term-deep-in-its-sentence-then-in-absentia",
    ),
    pytest.param(
        "The appeals court upheld the five-year restricted-freedom sentence handed to the welder.",
        [("restricted_freedom", "imposed", "P5Y")],
        id="a-hyphenated-restricted-freedom",
    ),
    pytest.param(
        "Under a restricted-freedom sentence in Kazakhstan, a convict lives at home but may not "
        "leave his town.",
        [],
        id="near-what-a-kind-means",
    ),
    pytest.param(
        "The prosecution appeals against the acquittal; defence lawyers appeal against the two "
        "prison terms.",
        [],
        id="near-the-acquittal-told-before",
    ),
    pytest.param(
        "The acquittal of Nurmaganbetov is upheld.",
        [("acquittal", "imposed", None)],
        id="the-acquittal-of-someone",
    ),
    pytest.param(
        "Editor Sevda Ashrafova received eight years, and cameraman Orkhan Bayramzade seven and "
        "a half.",
        [("imprisonment", "imposed", "P8Y"), ("imprisonment", "imposed", "P7Y6M")],
        id="elided-after-a-role-and-a-name",
    ),
    pytest.param(
        "He was jailed for 8 years, and over 40.",
        [("imprisonment", "imposed", "P8Y")],
        id="near-a-bare-number-after-a-lower-case-word",
    ),
    pytest.param(
        "The court sentenced them today.\n\n🔸 Driver A, 47 - 6 years in a colony-settlement. "
        "The prosecutor asked for 7.\n\n🔸 Director B, 52 - 4 years of restricted freedom.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "requested", "P7Y"),
            ("restricted_freedom", "imposed", "P4Y"),
        ],
        id="a-cue-closing-an-item-is-not-the-next-items",
    ),
    pytest.param(
        "B. N. Turlybekov and Zh. O. Sarsenova were fined 2,000 MCI and 1,500 MCI respectively.",
        [("fine", "imposed", None, "2000 MCI"), ("fine", "imposed", None, "1500 MCI")],
        id="fines-listed-respectively",
    ),
    pytest.param(
        "He was fined $500 and $300 in costs.",
        [("fine", "imposed", None, "500 USD")],
        id="near-an-amount-after-a-fine-that-is-no-fine",
    ),
    pytest.param(
        "Under the Criminal Code, probation is a non-custodial penalty under which a convicted "
        "person lives at home.",
        [],
        id="near-a-kind-defined",
    ),
    pytest.param(
        "Dilnoza Ergasheva, 27 years, was jailed for 5 years.",
        [("imprisonment", "imposed", "P5Y")],
        id="an-age-between-commas-after-a-name",
    ),
    pytest.param(
        "The court sentenced Kudebayev, 9 years, Ospanov, 4 years.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P4Y")],
        id="a-list-of-names-and-terms-is-no-ages",
    ),
    pytest.param(
        "The prosecutor asked for three years of restricted freedom for Duisenov and two years "
        "for Utegenova.",
        [("restricted_freedom", "requested", "P3Y"), ("restricted_freedom", "requested", "P2Y")],
        id="a-bare-term-in-a-parallel-list-takes-the-kind-before",
    ),
    pytest.param(
        "He got three years of restricted freedom and spent two years abroad.",
        [("restricted_freedom", "imposed", "P3Y")],
        id="near-a-duration-after-a-penalty",
    ),
    pytest.param(
        "In 2022 she was sentenced to five years of restricted freedom on a similar charge; an "
        "appeals court later reduced the term to three years.",
        [("restricted_freedom", "imposed", "P5Y"), ("restricted_freedom", "imposed", "P3Y")],
        id="an-appeal-changes-a-term-of-the-same-kind",
    ),
    pytest.param(
        "He got four years of restricted freedom. The appeals court cut it to 18 months.",
        [("restricted_freedom", "imposed", "P4Y"), ("restricted_freedom", "imposed", "P18M")],
        id="an-appeal-in-the-next-sentence-changes-a-term-of-the-same-kind",
    ),
    pytest.param(
        "He got five years of restricted freedom; the appeals court replaced it with two years "
        "in prison.",
        [("restricted_freedom", "imposed", "P5Y"), ("imprisonment", "imposed", "P2Y")],
        id="an-appeal-names-a-new-kind",
    ),
    pytest.param(
        "Courts acquit fewer than 4 percent of defendants. The court acquitted 3 of the 40 "
        "defendants.",
        [("acquittal", "imposed", None)],
        id="an-acquittal-rate-is-no-acquittal",
    ),
    pytest.param(
        "Four officers are suspended from duty. Courts handed down 18 sentences, most of them "
        "restricted freedom. All of them received suspended sentences.",
        [("suspended", "imposed", None)],
        id="suspended-from-duty-and-a-share-are-no-penalties",
    ),
    pytest.param(
        "Managers allowed coal to be cut where sensors had been off for at least 40 days before "
        "the blaze. The appeals court cut his sentence to five years.",
        [("imprisonment", "imposed", "P5Y")],
        id="to-be-cut-is-no-appeal",
    ),
    pytest.param(
        "The verdict was the first time in a year that she slept through the night. He will be "
        "free in two years; he was jailed in 2019 for a year.",
        [("imprisonment", "imposed", "P1Y")],
        id="a-term-after-in-is-a-time",
    ),
    pytest.param(
        "The amnesty did not reach most of those Human Rights Watch considers to have been "
        "imprisoned for political reasons. He is believed to have been jailed for five years.",
        [("imprisonment", "imposed", "P5Y")],
        id="to-have-been-imprisoned-with-no-term-is-no-verdict",
    ),
    pytest.param(
        "Serik Bekov was sentenced to nine, his deputy Marat Nurov to seven and Aibek Sadykov to "
        "four years in prison.",
        [
            ("imprisonment", "imposed", "P9Y"),
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P4Y"),
        ],
        id="elided-terms-before-the-stated-one-each-going-on-to-the-next-person",
    ),
    pytest.param(
        "The court ordered him to pay $2.4 million in fines.",
        [("fine", "imposed", None, "2400000 USD")],
        id="an-amount-in-fines",
    ),
    pytest.param(
        "The court ruled to recover 247 million som [$3.3 million] in fines from him.",
        [("fine", "imposed", None, "247000000 KGS")],
        id="an-amount-and-its-conversion-in-fines",
    ),
    pytest.param(
        "The fifth received an 18-month ordinary regime labour camp sentence.",
        [("imprisonment", "imposed", "P18M")],
        id="kind-regime-labour-camp-sentence",
    ),
    pytest.param(
        "He was given a three-year general regime prison term.",
        [("imprisonment", "imposed", "P3Y")],
        id="kind-regime-prison-term",
    ),
    pytest.param(
        "Once released, he will not be allowed to work in the prosecutor's office for three years.",
        [("ban", "imposed", "P3Y", "work in the prosecutor's office")],
        id="ban-not-allowed-to",
    ),
    pytest.param(
        "The prosecutors asked the court to give the men sentences ranging from 15 to 20 years.",
        [("imprisonment", "requested", "P15Y..P20Y")],
        id="status-request-gives-sentences",
    ),
    pytest.param(
        "She was sentenced to one year of restricted freedom and 100 hours of forced labor.",
        [("restricted_freedom", "imposed", "P1Y"), ("community_service", "imposed", "PT100H")],
        id="kind-forced-labour-in-hours",
    ),
    pytest.param(
        "He was sentenced to two years of forced labour.",
        [("correctional_labour", "imposed", "P2Y")],
        id="kind-forced-labour",
    ),
    pytest.param(
        "Daniyar Omarov was sentenced to four years (three of them — suspended) and released.",
        [("imprisonment", "imposed", "P4Y"), ("suspended", "imposed", "P3Y")],
        id="kind-suspended-part-of-a-term",
    ),
    pytest.param(
        "If their guilt is proven, the articles imply punishment from 15 to 25 years in prison.",
        [("imprisonment", "possible", "P15Y..P25Y")],
        id="status-articles-imply-punishment",
    ),
    pytest.param(
        "The offence entails up to five years in prison.",
        [("imprisonment", "possible", "..P5Y")],
        id="status-entails",
    ),
    pytest.param(
        "Just like the other accused, the two vice ministers have been completely exonerated.",
        [("acquittal", "imposed", None)],
        id="kind-exonerated",
    ),
    pytest.param(
        "The prosecutor insisted on a six-year sentence, but the judge gave him three years.",
        [("imprisonment", "requested", "P6Y"), ("imprisonment", "imposed", "P3Y")],
        id="insisted-on-is-a-request",
    ),
    pytest.param(
        "Prosecutors recommended a sentence of eight years in prison.",
        [("imprisonment", "requested", "P8Y")],
        id="recommended-is-a-request",
    ),
    pytest.param(
        "A military court sentenced the former prosecutor to four years of limited freedom.",
        [("restricted_freedom", "imposed", "P4Y")],
        id="limited-freedom-is-restricted-freedom",
    ),
    pytest.param(
        "The court left the ban on the use of social networks for 5 years in force.",
        [("ban", "imposed", "P5Y", "the use of social networks")],
        id="a-ban-on-the-use-of-something",
    ),
    pytest.param(
        "He was sentenced to 18 years in a strict regime colony, three years less than what the "
        "prosecution requested.",
        [("imprisonment", "imposed", "P18Y")],
        id="a-difference-between-terms-is-no-term",
    ),
    pytest.param(
        "He was given seven years. Prosecutors had asked for two years more, but the judge "
        "disagreed.",
        [("imprisonment", "imposed", "P7Y")],
        id="a-difference-ending-its-clause-is-no-term",
    ),
    pytest.param(
        "The court fined him, but did not sentence Petrov to six years in a penal colony.",
        [("fine", "imposed", None)],
        id="a-term-the-court-did-not-give-is-no-penalty",
    ),
    pytest.param(
        "The judge fined him and rejected the nine-year jail sentence sought by prosecutors.",
        [("fine", "imposed", None), ("imprisonment", "requested", "P9Y")],
        id="sought-by-after-a-terms-kind-noun",
    ),
    pytest.param(
        "Prosecutors demanded eight years and a $2.5 million fine to be imposed on the men.",
        [("imprisonment", "requested", "P8Y"), ("fine", "requested", None, "2500000 USD")],
        id="a-fine-noun-before-to-be",
    ),
    pytest.param(
        "The state lawyers also argued in court that Ivanov should be banned from teaching for "
        "four years.",
        [("ban", "requested", "P4Y", "teaching")],
        id="argued-that-someone-should-be-banned",
    ),
    pytest.param(
        "The court upheld a decision to sentence Ilyasov to two years of restricted freedom and "
        "ban him from political activism for four years.",
        [("restricted_freedom", "imposed", "P2Y"), ("ban", "imposed", "P4Y", "political activism")],
        id="ban-him-from-as-a-verb",
    ),
    pytest.param(
        "Formally, the judge was suspended for \u2018violating judicial ethics\u2019.",
        [],
        id="suspended-for-an-offence-is-no-penalty",
    ),
    pytest.param(
        "The former mayor got four years, suspended.",
        [("suspended", "imposed", "P4Y")],
        id="a-term-then-suspended-after-a-comma",
    ),
    pytest.param(
        "The prosecutor believes the court should order Ivanov to pay a fine of 3 million "
        "rubles, while Petrov should be fined 1 million rubles.",
        [("fine", "requested", None, "3000000 RUB"), ("fine", "requested", None, "1000000 RUB")],
        id="believes-the-court-should-and-should-be-fined",
    ),
    pytest.param(
        "Four defendants were sentenced to restraint of liberty for up to five years.",
        [("restricted_freedom", "imposed", "..P5Y")],
        id="kind-restraint-of-liberty",
    ),
    pytest.param(
        "He got two years of limitation of liberty.",
        [("restricted_freedom", "imposed", "P2Y")],
        id="kind-a-term-of-limitation-of-liberty",
    ),
    pytest.param(
        "The court added a restriction on liberty for a period of two and a half years.",
        [("restricted_freedom", "imposed", "P2Y6M")],
        id="kind-restriction-on-liberty",
    ),
    pytest.param(
        "He rejected a plea deal that would have seen him serve a 10-year prison sentence; the "
        "court gave him 14 years.",
        [("imprisonment", "imposed", "P14Y")],
        id="what-would-have-been-is-no-penalty",
    ),
    pytest.param(
        "The judge sentenced Aram Sahakyan to 6 years in prison, Gor Davtyan also received 6 "
        "years, Levon Grigoryan 7 years, Narek Hakobyan and Tigran Avagyan, both students, 5 "
        "years, Samvel Karapetyan 4 years 6 months, Artur Melikyan 2 years, Hrach Sargsyan 1 "
        "year.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P5Y"),  # "both": one for each
            ("imprisonment", "imposed", "P5Y"),
            ("imprisonment", "imposed", "P4Y6M"),
            ("imprisonment", "imposed", "P2Y"),
            ("imprisonment", "imposed", "P1Y"),
        ],
        id="a-long-run-of-terms-a-comma-apart-shares-its-first-cue",
    ),
    pytest.param(
        "The prosecutor asked that Gor Davtyan be jailed for 8.5 years, Levon Grigoryan, Narek "
        "Hakobyan and Tigran Avagyan with 6.5 years, Samvel Karapetyan and Artur Melikyan with 6 "
        "years, Hrach Sargsyan, Vahan Petrosyan and Ashot Manukyan with 4 years.",
        [
            ("imprisonment", "requested", "P8Y6M"),
            ("imprisonment", "requested", "P6Y6M"),
            ("imprisonment", "requested", "P6Y"),
            ("imprisonment", "requested", "P4Y"),
        ],
        id="a-run-of-requested-terms-with-long-lists-of-names",
    ),
    pytest.param(
        "Gohar Simonyan, who had faced up to seven years, was also banned from driving for five "
        "years.",
        [("imprisonment", "possible", "..P7Y"), ("ban", "imposed", "P5Y", "driving")],
        id="a-term-with-its-own-kind-is-no-run",
    ),
    pytest.param(
        "Her lawyer Gevorg Adamyan motioned that Anna Vardanyan be fined 50,000 drams. The "
        "prosecution petitioned the court to jail her for two years.",
        [("fine", "requested", None, "50000 AMD"), ("imprisonment", "requested", "P2Y")],
        id="motioned-and-petitioned-are-requests",
    ),
    pytest.param(
        "They are accused of violence against an official, which foresaw 5 to 10 years in prison;"
        " the article envisaged a fine too.",
        [("imprisonment", "possible", "P5Y..P10Y"), ("fine", "possible", None)],
        id="a-law-that-foresaw-a-term",
    ),
    pytest.param(
        "The law envisages sentences of up to 10 years in prison, while the penalty for spreading "
        "such claims with grave consequences is 15 years in prison. It also carries a possible "
        "penalty of up to three years for calls for sanctions.",
        [
            ("imprisonment", "possible", "..P10Y"),
            ("imprisonment", "possible", "P15Y"),
            ("imprisonment", "possible", "..P3Y"),
        ],
        id="sentences-a-law-envisages-and-the-penalty-for-an-act",
    ),
    pytest.param(
        "The penalty for Ivanov was harsh: 15 years in prison.",
        [("imprisonment", "imposed", "P15Y")],
        id="the-penalty-for-a-person-is-no-law",
    ),
    pytest.param(
        "The prosecutor requested a guilty verdict for the accused in the form of 13 years in a "
        "strict regime colony and a fine of 1.2 million rubles. The court passed a verdict of "
        "nine years.",
        [
            ("imprisonment", "requested", "P13Y"),
            ("fine", "requested", None, "1200000 RUB"),
            ("imprisonment", "imposed", "P9Y"),
        ],
        id="a-guilty-verdict-requested-in-the-form-of-terms",
    ),
    pytest.param(
        "The embassy asks the authorities to revise the 4 years' imprisonment sentence imposed on "
        "the rights defender.",
        [("imprisonment", "imposed", "P4Y")],
        id="a-sentence-imposed-on-someone-whatever-is-asked-of-it",
    ),
    pytest.param(
        "He was sentenced to three years in prison with the suspension of the right to hold "
        "public office for five years.",
        [
            ("imprisonment", "imposed", "P3Y"),
            ("ban", "imposed", "P5Y", "hold public office"),
        ],
        id="the-suspension-of-a-right-is-a-ban",
    ),
    pytest.param(
        "The judge also ruled to strip the former minister of the right to hold public office.",
        [("ban", "imposed", None, "hold public office")],
        id="to-strip-of-a-right-is-a-ban",
    ),
    pytest.param(
        "The prosecutor asked the court to deprive her of the right to work in medicine.",
        [("ban", "requested", None, "work in medicine")],
        id="to-deprive-of-a-right-is-a-ban",
    ),
    pytest.param(
        "He was also banned for four years from being an administrator of online forums.",
        [("ban", "imposed", "P4Y", "being an administrator of online forums")],
        id="a-bans-term-between-its-verb-and-what-it-bars",
    ),
    pytest.param(
        "He was ordered to pay a fine of 150 base calculated units amounting to 61.8 million "
        "soum, and the court also ordered his partner to pay $3.3 million as fines.",
        [("fine", "imposed", None, "61800000 UZS"), ("fine", "imposed", None, "3300000 USD")],
        id="a-fines-money-after-a-unit-that-is-no-currency-and-money-as-fines",
    ),
    pytest.param(
        "The three men were sentenced to 15 years in a strict-regime colony on January 25 and "
        "31, 2017, and a fourth to nine years on Feb. 2 and 9.",
        [("imprisonment", "imposed", "P15Y"), ("imprisonment", "imposed", "P9Y")],
        id="a-dates-second-day-is-no-elided-term",
    ),
    pytest.param(
        "The prosecutor also asked the city court late on Tuesday to acquit the two others, "
        "but the court acquitted only one of them.",
        [("acquittal", "requested", None), ("acquittal", "imposed", None)],
        id="asked-the-court-to-acquit-is-a-requested-acquittal",
    ),
    pytest.param(
        "The regional court on May 4 sentenced Bakhtiyor Nazarzoda, the former head of the "
        "investigations directorate of the customs service in the southern region, Olim "
        "Rajabov, the former head of the internal security unit of the same customs service, "
        "and Davron Qodirov, a former inspector, to 12, eight and six years respectively.",
        [
            ("imprisonment", "imposed", "P12Y"),
            ("imprisonment", "imposed", "P8Y"),
            ("imprisonment", "imposed", "P6Y"),
        ],
        id="terms-respectively-after-a-long-list-are-the-far-verbs-objects",
    ),
    pytest.param(
        "The two accountants looked relieved that the judge had not given them the five years of "
        "jail time the prosecutor had requested. Prosecutors had asked for nine years for the "
        "director.",
        [("imprisonment", "requested", "P5Y"), ("imprisonment", "requested", "P9Y")],
        id="the-term-the-prosecutor-had-requested-is-a-request-whatever-went-before",
    ),
    pytest.param(
        "His lawyer insists that the former deputy governor should be acquitted. Another "
        "lawyer said the businessman must be acquitted too. The court acquitted the driver.",
        [("acquittal", "imposed", None)],
        id="should-be-acquitted-is-a-wish-not-a-verdict",
    ),
    pytest.param(
        "A court in the west of the country sentenced an activist to three years of "
        "parole-like terms; another got 18 months of parole-like restrictions.",
        [("restricted_freedom", "imposed", "P3Y"), ("restricted_freedom", "imposed", "P18M")],
        id="parole-like-terms-are-restricted-freedom",
    ),
    pytest.param(
        "She was sentenced to four years of restriction on her freedom of movement and 120 "
        "hours of mandatory public service work. She is prohibited from changing her place of "
        "residence. Her colleague got two years of curbs on his freedom.",
        [
            ("restricted_freedom", "imposed", "P4Y"),
            ("community_service", "imposed", "PT120H"),
            ("restricted_freedom", "imposed", "P2Y"),
        ],
        id="restriction-on-her-freedom-after-a-term-and-its-conditions-are-no-ban",
    ),
    pytest.param(
        "In closing arguments, the prosecutor requested that Seriyev and another leader of the "
        "group, Arman Temirov, be sentenced to 7 years and 6 months, and 8 years, respectively.",
        [("imprisonment", "requested", "P7Y6M"), ("imprisonment", "requested", "P8Y")],
        id="requested-that-a-long-list-be-sentenced",
    ),
    pytest.param(
        "In 2019 she was sentenced to 18 months of freedom limitation -- a suspended sentence "
        "with parole-like restrictions. Her colleague got two years of restricted freedom, a "
        "form of probation, and a fine.",
        [
            ("restricted_freedom", "imposed", "P18M"),
            ("restricted_freedom", "imposed", "P2Y"),
            ("fine", "imposed", None),
        ],
        id="a-kind-glossing-the-term-before-is-no-penalty",
    ),
    pytest.param(
        "The judge also barred the convicted man, Yerbol Tasov, from using social networks. "
        "Another officer was banned to work as a customs inspector for two years, and a third "
        "was sentenced to four years of imprisonment with a prohibition on holding positions in "
        "the civil service for a period of 8 years.",
        [
            ("ban", "imposed", None, "using social networks"),
            ("ban", "imposed", "P2Y", "work as a customs inspector"),
            ("imprisonment", "imposed", "P4Y"),
            ("ban", "imposed", "P8Y", "holding positions in the civil service"),
        ],
        id="bans-past-an-apposition-banned-to-work-as-and-a-prohibition-on",
    ),
    pytest.param(
        'The court also barred Dias Kenov from taking part in any "public and political '
        'activity", including using social networks, for a period of four years. A second '
        "blogger was banned from journalism, including blogging, for two years.",
        [
            ("ban", "imposed", "P4Y", 'taking part in any "public and political activity"'),
            ("ban", "imposed", "P2Y", "journalism"),
        ],
        id="a-ban-with-a-quoted-activity-and-an-including-clause-before-its-term",
    ),
    pytest.param(
        "A blogger who called for protests was sentenced to 10 days in jail. Prosecutors had "
        "demanded she be sent to prison for two years, and asked for activist Ivan Lis to be "
        "jailed for three years.",
        [
            ("imprisonment", "imposed", "P10D"),
            ("imprisonment", "requested", "P2Y"),
            ("imprisonment", "requested", "P3Y"),
        ],
        id="a-call-for-something-else-then-a-verdict-and-requests-that-she-be-sent",
    ),
    pytest.param(
        "He was stripped of the right to hold positions in state bodies as well as financially "
        "responsible positions for three years.",
        [
            (
                "ban",
                "imposed",
                "P3Y",
                "hold positions in state bodies as well as financially responsible positions",
            ),
        ],
        id="a-ban-on-what-it-bars-as-well-as-more-before-its-term",
    ),
    pytest.param(
        "Kaliyeva, 41, was arrested three days after she spoke at a rally in Aktobe. A week later "
        "the court arrested her for 10 days.",
        [("administrative_arrest", "imposed", "P10D")],
        id="arrested-days-after-an-event-is-a-time-arrested-for-days-a-penalty",
    ),
    pytest.param(
        "In May he was placed in a psychiatric hospital for 21 days for an examination; in June "
        "he was sentenced to two years.",
        [("imprisonment", "imposed", "P2Y")],
        id="days-in-a-hospital-for-an-examination-are-no-penalty",
    ),
    pytest.param(
        "The court sentenced him to two years of freedom restriction under home confinement.",
        [("restricted_freedom", "imposed", "P2Y")],
        id="years-of-freedom-restriction",
    ),
    pytest.param(
        "The prosecutor had sent the judge a sentence recommendation of six years.",
        [("imprisonment", "requested", "P6Y")],
        id="a-sentence-recommendation-is-a-request",
    ),
]
