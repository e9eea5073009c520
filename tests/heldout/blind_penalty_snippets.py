"""Blind penalty snippets: one or two sentences of English legal-news prose each.

Written for measuring the penalty grammar, never for tuning it. The sentences were composed
after reading real court reports (Central Asia, Russia, the Caucasus, and US/UK wire copy)
to learn how penalties are phrased; every name, place detail and number here is invented and
no sentence is copied. The annotations were made by hand against CONVENTIONS.md section 1,
without sight of the grammar's code, tests or output.

Format
------
``SNIPPETS`` is a list of ``(text, expected)`` pairs.

``expected`` lists every penalty the text states, in order of appearance, each a tuple:

- ``(kind, status, term)``, or
- ``(kind, status, term, fine)`` where a fine amount is stated.

``kind``: a CONVENTIONS.md kind (``imprisonment``, ``suspended``, ``restricted_freedom``,
``non_custodial``, ``fine``, ``life_imprisonment``, ``acquittal``, ``probation``,
``community_service``, ``correctional_labour``, ``administrative_arrest``) or ``ban``.

``status``: ``imposed``, ``requested`` or ``possible``.

``term``: an ISO-8601 duration exactly as stated (``"P9Y"``, ``"P18M"``, ``"P1Y9M"``,
``"P15D"``, ``"PT240H"``; a decimal year that is a whole number of months becomes months,
"2.25 years" -> ``"P2Y3M"``, one that is not is kept, "6.6 years" -> ``"P6.6Y"``); a range
``"LOW..HIGH"``; ``"..HIGH"`` for "up to" and for a stated maximum; ``"LOW.."`` for "at
least" and for a stated minimum; ``None`` where no length is stated (always for fines, life
imprisonment and acquittals).

``fine``: ``"<int> <ISO currency or MCI>"`` (``"500000 KZT"``, ``"200 MCI"``, ``"2000 USD"``);
MRP and "monthly calculation indices" are written ``MCI``.

An empty list means the text states no penalty.

Sections
--------
1. FORMS: the forms real reports use to state penalties (imposed, requested, possible; appeals,
   in absentia, every kind, bans, statements of the law, distributed and elided terms, decimal
   and fractional years).
2. CONFUSIONS: numbers next to terms that must not become terms or ranges (dates, ages,
   article numbers, head counts, sums of money, percentages), and durations that are not
   penalties (adjournments, custody, house arrest, exile, trial length, years in office,
   deadlines, parole, time served, anniversaries).
"""

from __future__ import annotations

SNIPPETS: list[tuple[str, list[tuple[str | None, ...]]]] = [
    # ------------------------------------------------------------------------------------
    # 1. FORMS
    # ------------------------------------------------------------------------------------
    (
        "A district court in Shymkent on Tuesday sentenced Nurlan Abdikarimov, the former head "
        "of the regional land office, to nine years in prison for taking bribes.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Prosecutors had asked the court to jail the former deputy akim for 12 years.",
        [("imprisonment", "requested", "P12Y")],
    ),
    (
        "If convicted, Yerlan Satpayev faces up to 10 years in prison.",
        [("imprisonment", "possible", "..P10Y")],
    ),
    (
        "Judge Aliya Ospanova handed Daniyar Kassymov a six-year term in a medium-security "
        "penal colony.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Zhanibek Omarov got eight years; his driver, who testified against him, received a "
        "three-year suspended sentence.",
        [("imprisonment", "imposed", "P8Y"), ("suspended", "imposed", "P3Y")],
    ),
    (
        "The Almaty city court found the three guilty of fraud and gave each of them seven "
        "years in a general-regime colony.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Asel Bekmurzayeva will spend five years behind bars after the court rejected her plea "
        "of self-defence.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The former customs inspector was ordered to serve four years and six months in a "
        "minimum-security colony.",
        [("imprisonment", "imposed", "P4Y6M")],
    ),
    (
        "On appeal, the regional court upheld the 11-year sentence handed to businessman "
        "Ruslan Tezekbayev.",
        [("imprisonment", "imposed", "P11Y")],
    ),
    (
        "The Supreme Court cut his sentence from eight to six years, citing his cooperation "
        "with investigators.",
        [("imprisonment", "imposed", "P8Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "An appeals panel reduced Marat Zhaksylykov's prison term by three years, to nine years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The appeals court commuted her four-year prison sentence to three years of restricted "
        "freedom.",
        [("imprisonment", "imposed", "P4Y"), ("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The court sentenced Timur Alimbetov in absentia to 14 years in prison; he is believed "
        "to be living in the United Arab Emirates.",
        [("imprisonment", "imposed", "P14Y")],
    ),
    (
        "A Bishkek court has tried the fugitive former customs chief in absentia and handed him "
        "a 15-year prison term.",
        [("imprisonment", "imposed", "P15Y")],
    ),
    (
        "Serik Nurmagambetov received a two-year suspended sentence and was freed in the "
        "courtroom.",
        [("suspended", "imposed", "P2Y")],
    ),
    (
        "Aigul Sarsenova, a hospital accountant, was given a conditional sentence of three years.",
        [("suspended", "imposed", "P3Y")],
    ),
    (
        "The blogger was sentenced to two years of restricted freedom for spreading false "
        "information during the state of emergency.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "A court in Taraz sentenced the activist to three years' restriction of freedom and "
        "100 hours of community service.",
        [("restricted_freedom", "imposed", "P3Y"), ("community_service", "imposed", "PT100H")],
    ),
    (
        "The music teacher was ordered to perform 240 hours of community service.",
        [("community_service", "imposed", "PT240H")],
    ),
    (
        "He was sentenced to one year of correctional labour, with 10 percent of his earnings "
        "to be withheld by the state.",
        [("correctional_labour", "imposed", "P1Y")],
    ),
    (
        "A court in Uralsk sentenced the pensioner to 18 months of corrective labour.",
        [("correctional_labour", "imposed", "P18M")],
    ),
    (
        "Yerzhan Mukhtarov was administratively arrested for 15 days for joining an "
        "unsanctioned rally outside the akimat.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "A court in Astana sentenced four activists to 10 days of administrative arrest each.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "The specialised administrative court imposed 20 days of administrative arrest on the "
        "opposition politician.",
        [("administrative_arrest", "imposed", "P20D")],
    ),
    (
        "The district court fined the newspaper's editor 500,000 tenge for defamation.",
        [("fine", "imposed", None, "500000 KZT")],
    ),
    (
        "The director of the construction firm was fined 200 MCI.",
        [("fine", "imposed", None, "200 MCI")],
    ),
    (
        "Two shop owners were each fined 150 MRP for selling alcohol to minors.",
        [("fine", "imposed", None, "150 MCI")],
    ),
    (
        "A court in Krasnodar fined a local pensioner 30,000 roubles over a social-media post "
        "said to discredit the army.",
        [("fine", "imposed", None, "30000 RUB")],
    ),
    (
        "A federal judge in Houston sentenced Mark Delaney to 46 months in prison and fined him "
        "$25,000.",
        [("imprisonment", "imposed", "P46M"), ("fine", "imposed", None, "25000 USD")],
    ),
    (
        "The former border guard commander was sentenced to life imprisonment for ordering the "
        "killings.",
        [("life_imprisonment", "imposed", None)],
    ),
    (
        "Prosecutors are seeking a life sentence for the alleged ringleader.",
        [("life_imprisonment", "requested", None)],
    ),
    (
        "The court acquitted journalist Dinara Yeskendirova of all charges.",
        [("acquittal", "imposed", None)],
    ),
    (
        "Six of the nine defendants were found not guilty and released in the courtroom.",
        [("acquittal", "imposed", None)],
    ),
    (
        "The appeals court upheld the acquittal of the former police chief, rejecting the "
        "prosecution's appeal.",
        [("acquittal", "imposed", None)],
    ),
    (
        "He was sentenced to three years in prison and banned from driving for five years.",
        [("imprisonment", "imposed", "P3Y"), ("ban", "imposed", "P5Y")],
    ),
    (
        "Besides the eight-year term, the court barred the former akim from holding public "
        "office for life.",
        [("imprisonment", "imposed", "P8Y"), ("ban", "imposed", None)],
    ),
    (
        "The judge sentenced Kuanysh Sultanov to six years and deprived him of the right to "
        "work in law enforcement for 10 years.",
        [("imprisonment", "imposed", "P6Y"), ("ban", "imposed", "P10Y")],
    ),
    (
        "The surgeon received a two-year suspended sentence and was banned from practising "
        "medicine for three years.",
        [("suspended", "imposed", "P2Y"), ("ban", "imposed", "P3Y")],
    ),
    (
        "The court sentenced him to 5 (five) years of imprisonment with a lifetime ban on "
        "holding posts in the civil service.",
        [("imprisonment", "imposed", "P5Y"), ("ban", "imposed", None)],
    ),
    (
        "Under Kazakh law, the charge is punishable by up to seven years in prison.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    (
        "Abuse of office on a large scale carries five to 12 years.",
        [("imprisonment", "possible", "P5Y..P12Y")],
    ),
    (
        "The article provides for a fine or up to two years of restricted freedom.",
        [("fine", "possible", None), ("restricted_freedom", "possible", "..P2Y")],
    ),
    (
        "Torture is punishable in Kazakhstan by five to ten years of imprisonment.",
        [("imprisonment", "possible", "P5Y..P10Y")],
    ),
    (
        "She faces a maximum penalty of seven years.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    (
        "The four-year term is well below the 10-year maximum for the offence.",
        [("imprisonment", "imposed", "P4Y"), ("imprisonment", "possible", "..P10Y")],
    ),
    (
        "Bolat Iskakov and Yerbol Tasov were jailed for five and seven years.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Three traffic police officers were sentenced to six, seven and eight years respectively.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P8Y"),
        ],
    ),
    (
        "The four men received terms of three to five years each.",
        [("imprisonment", "imposed", "P3Y..P5Y")],
    ),
    (
        "Of the three remaining defendants, two received suspended sentences and one was fined.",
        [("suspended", "imposed", None), ("fine", "imposed", None)],
    ),
    (
        "Adilet Tokhtarov received six years and his brother Almas four.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        "The district court sentenced the video blogger to 5.4 years in prison.",
        [("imprisonment", "imposed", "P5.4Y")],
    ),
    (
        "Judge Sakenova sentenced the accountant to 2.25 years.",
        [("imprisonment", "imposed", "P2Y3M")],
    ),
    (
        "A military court sentenced the lieutenant colonel to 7.5 years in a maximum-security "
        "colony.",
        [("imprisonment", "imposed", "P7Y6M")],
    ),
    (
        "He got a year and a half in a colony-settlement.",
        [("imprisonment", "imposed", "P1Y6M")],
    ),
    (
        "The judge sentenced her to half a year of restricted freedom.",
        [("restricted_freedom", "imposed", "P6M")],
    ),
    (
        "Kairat Dzhaksybekov was sentenced to 18 months in prison.",
        [("imprisonment", "imposed", "P18M")],
    ),
    (
        "The former bank manager was sentenced to seven years and three months.",
        [("imprisonment", "imposed", "P7Y3M")],
    ),
    (
        "The court gave the former governor a two-and-a-half-year term.",
        [("imprisonment", "imposed", "P2Y6M")],
    ),
    (
        "The sentence of 11 years and six months is to be served in a high-security prison.",
        [("imprisonment", "imposed", "P11Y6M")],
    ),
    (
        "The prosecution had demanded nine years for Akhmetov, but the judge gave him six.",
        [("imprisonment", "requested", "P9Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Ulan Bakirov was sentenced to six years (the prosecution had requested eight).",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "requested", "P8Y")],
    ),
    (
        "Prosecutors wanted 14 years; the court gave him 11.",
        [("imprisonment", "requested", "P14Y"), ("imprisonment", "imposed", "P11Y")],
    ),
    (
        "A court in Tashkent sentenced the blogger to six years and nine months in prison. "
        "Prosecutors had asked for 10.",
        [("imprisonment", "imposed", "P6Y9M"), ("imprisonment", "requested", "P10Y")],
    ),
    (
        "The prosecutor asked the court to sentence Tazhibayev to 10 years in prison and to fine "
        "him 50 million tenge.",
        [
            ("imprisonment", "requested", "P10Y"),
            ("fine", "requested", None, "50000000 KZT"),
        ],
    ),
    (
        "Two of the reporters were handed two years' probation, while the other five were "
        "acquitted.",
        [("probation", "imposed", "P2Y"), ("acquittal", "imposed", None)],
    ),
    (
        "The juvenile court placed the student on probation for 18 months.",
        [("probation", "imposed", "P18M")],
    ),
    (
        "She was given a two-year non-custodial sentence.",
        [("non_custodial", "imposed", "P2Y")],
    ),
    (
        "Sadykov, who pleaded guilty, received a non-custodial sentence.",
        [("non_custodial", "imposed", None)],
    ),
    (
        "The judge sentenced Berik Amanov to 12 years in a maximum-security penal colony and "
        "ordered the confiscation of his property.",
        [("imprisonment", "imposed", "P12Y")],
    ),
    (
        "The former official was stripped of his rank of colonel and sentenced to nine years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The Supreme Court left in force the 16-year sentence of former security chief Arman "
        "Tolegenov.",
        [("imprisonment", "imposed", "P16Y")],
    ),
    (
        "A Moscow court sentenced the anti-war campaigner to seven and a half years in a penal "
        "colony for spreading 'fakes' about the army.",
        [("imprisonment", "imposed", "P7Y6M")],
    ),
    (
        "Opposition politician Pavel Ostrogin was sentenced to 22 years in a strict-regime penal "
        "colony on treason charges.",
        [("imprisonment", "imposed", "P22Y")],
    ),
    (
        "A Baku court sentenced five journalists to between six and a half and eight years in "
        "prison on smuggling charges.",
        [("imprisonment", "imposed", "P6Y6M..P8Y")],
    ),
    (
        "The eight defendants received sentences ranging from five to 16 years.",
        [("imprisonment", "imposed", "P5Y..P16Y")],
    ),
    (
        "The court sentenced the movement's two deputy leaders to life in prison and nine other "
        "members to between three and 25 years.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P3Y..P25Y")],
    ),
    (
        "The Yerevan court sentenced Tigran Avetisyan to six years, Narek Sahakyan to three, and "
        "Levon Mkrtchyan and Aram Petrosyan to two years each.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P3Y"),
            ("imprisonment", "imposed", "P2Y"),
            ("imprisonment", "imposed", "P2Y"),
        ],
    ),
    (
        "The court jailed the lorry driver for four years and disqualified him from driving for "
        "six years.",
        [("imprisonment", "imposed", "P4Y"), ("ban", "imposed", "P6Y")],
    ),
    (
        "Hughes was jailed for two years and eight months at Leeds Crown Court and banned from "
        "driving for five years.",
        [("imprisonment", "imposed", "P2Y8M"), ("ban", "imposed", "P5Y")],
    ),
    (
        "Prosecutors are seeking a sentence of at least 10 years.",
        [("imprisonment", "requested", "P10Y..")],
    ),
    (
        "The firearms charge carries a mandatory minimum of five years.",
        [("imprisonment", "possible", "P5Y..")],
    ),
    (
        "Brennan faces between five and 40 years in federal prison.",
        [("imprisonment", "possible", "P5Y..P40Y")],
    ),
    (
        "The jury found Hollis not guilty on all counts.",
        [("acquittal", "imposed", None)],
    ),
    (
        "She was sentenced to three years of probation and ordered to pay $40,000 in restitution.",
        [("probation", "imposed", "P3Y")],
    ),
    (
        "The court gave the ringleader 13 years and each of his four accomplices nine.",
        [("imprisonment", "imposed", "P13Y"), ("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The Nukus court sentenced the blogger to 5 1/2 years.",
        [("imprisonment", "imposed", "P5Y6M")],
    ),
    (
        "He was sentenced to 8½ years for organising the riots.",
        [("imprisonment", "imposed", "P8Y6M")],
    ),
    (
        "A court in Karaganda sentenced the mine director to two years of restricted freedom "
        "and banned him from holding managerial posts for three years.",
        [("restricted_freedom", "imposed", "P2Y"), ("ban", "imposed", "P3Y")],
    ),
    (
        "The prosecution sought two years' restriction of liberty for the trade union leader.",
        [("restricted_freedom", "requested", "P2Y")],
    ),
    (
        "The court fined him 1.5 million tenge and banned him from driving for seven years.",
        [("fine", "imposed", None, "1500000 KZT"), ("ban", "imposed", "P7Y")],
    ),
    (
        "Judges handed down sentences of up to 10 years to the organisers.",
        [("imprisonment", "imposed", "..P10Y")],
    ),
    (
        "Prosecutors requested between four and six years for each of the three defendants.",
        [("imprisonment", "requested", "P4Y..P6Y")],
    ),
    (
        "The journalist risks up to five years in prison under the 'false information' article.",
        [("imprisonment", "possible", "..P5Y")],
    ),
    (
        "The law provides for up to 15 days of administrative arrest for a repeat violation.",
        [("administrative_arrest", "possible", "..P15D")],
    ),
    (
        "Organising an unsanctioned rally is punishable by a fine of 100 MCI or administrative "
        "arrest of up to 10 days.",
        [
            ("fine", "possible", None, "100 MCI"),
            ("administrative_arrest", "possible", "..P10D"),
        ],
    ),
    (
        "The court sentenced Zhandos Kemelbekov to five years, well short of the 12 years "
        "prosecutors had asked for.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "requested", "P12Y")],
    ),
    (
        "Alibek Nurtazin and Samat Kenzhebayev were each jailed for seven years.",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "On Thursday the city court increased the former prime minister's sentence from 11 to "
        "15 years.",
        [("imprisonment", "imposed", "P11Y"), ("imprisonment", "imposed", "P15Y")],
    ),
    (
        "A court in Oskemen sentenced the former police colonel to 10 years in prison and barred "
        "him from holding state posts for eight years.",
        [("imprisonment", "imposed", "P10Y"), ("ban", "imposed", "P8Y")],
    ),
    (
        "The prosecution demanded that the former judge be jailed for nine years and fined "
        "30 million tenge.",
        [
            ("imprisonment", "requested", "P9Y"),
            ("fine", "requested", None, "30000000 KZT"),
        ],
    ),
    (
        "The court sentenced Ablaikhan Zhumabekov to four years' imprisonment and a fine of "
        "2 million tenge.",
        [("imprisonment", "imposed", "P4Y"), ("fine", "imposed", None, "2000000 KZT")],
    ),
    (
        "The prosecutor wants him jailed for nine years and fined.",
        [("imprisonment", "requested", "P9Y"), ("fine", "requested", None)],
    ),
    (
        "Prosecutors called for no less than eight years for the former minister.",
        [("imprisonment", "requested", "P8Y..")],
    ),
    (
        "The offence carries 3-5 years' imprisonment.",
        [("imprisonment", "possible", "P3Y..P5Y")],
    ),
    (
        "Bribe-giving is punishable by anything from 18 months to three years in prison.",
        [("imprisonment", "possible", "P18M..P3Y")],
    ),
    (
        "The former rector is serving a one-year-nine-month sentence for forgery.",
        [("imprisonment", "imposed", "P1Y9M")],
    ),
    (
        "The official could face life imprisonment if the murder charge is upheld.",
        [("life_imprisonment", "possible", None)],
    ),
    (
        "Users who repost the video could be fined or given restricted freedom, the prosecutor's "
        "office warned.",
        [("fine", "possible", None), ("restricted_freedom", "possible", None)],
    ),
    (
        "The court sentenced him to 5 years' deprivation of liberty in a general-regime penal "
        "colony.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The military tribunal sentenced the former commander to two decades in prison.",
        [("imprisonment", "imposed", "P20Y")],
    ),
    (
        "A court in Kokshetau gave the three activists 10 days' administrative detention each.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "The court sentenced the activist to one year of limitation of freedom and 100 hours of "
        "community service, and barred her from using social networks for two years.",
        [
            ("restricted_freedom", "imposed", "P1Y"),
            ("community_service", "imposed", "PT100H"),
            ("ban", "imposed", "P2Y"),
        ],
    ),
    (
        "Prosecutors asked for eight years and a lifetime ban on holding public office.",
        [("imprisonment", "requested", "P8Y"), ("ban", "requested", None)],
    ),
    (
        "Nurbol Dzhumabayev walked free with a suspended sentence.",
        [("suspended", "imposed", None)],
    ),
    (
        "The lawyer said his client would appeal the 10-year sentence.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "A court in Minsk sentenced the exiled opposition leader in absentia to 13 years and "
        "her campaign adviser to 11.",
        [("imprisonment", "imposed", "P13Y"), ("imprisonment", "imposed", "P11Y")],
    ),
    (
        "The company's chief engineer was fined €5,000 and given a suspended sentence of 18 "
        "months.",
        [("fine", "imposed", None, "5000 EUR"), ("suspended", "imposed", "P18M")],
    ),
    (
        "The court sentenced the former head of the water utility to 3.75 years in prison.",
        [("imprisonment", "imposed", "P3Y9M")],
    ),
    (
        "The court sentenced Muratbek Osmonov to 12.4 years in prison.",
        [("imprisonment", "imposed", "P12.4Y")],
    ),
    (
        "A court in Osh sentenced two officers to 10 and 11 years in prison and fined a third "
        "500,000 som.",
        [
            ("imprisonment", "imposed", "P10Y"),
            ("imprisonment", "imposed", "P11Y"),
            ("fine", "imposed", None, "500000 KGS"),
        ],
    ),
    # ------------------------------------------------------------------------------------
    # 2. CONFUSIONS
    # ------------------------------------------------------------------------------------
    # 2a. Numbers next to a real penalty.
    (
        "The court sentenced Aidos Zhakupov on Jan. 5 to seven years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "He was sentenced on May 10 to 5 years in a general-regime colony.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "In 2019 he was sentenced to five years for embezzling state funds.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The 45-year-old was jailed for 8 years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Under Article 272, the judge sentenced the former deputy to 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "He was convicted under Part 2 of Article 190 of the Criminal Code and sentenced to four "
        "years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "On 12.03.2023 the Zhanaozen city court sentenced 11 oil workers to terms of 2 to 6 years.",
        [("imprisonment", "imposed", "P2Y..P6Y")],
    ),
    (
        "The 19-year-old student, one of three defendants, received two years of restricted "
        "freedom.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "The defendants, who caused 2.4 billion tenge in damage to the state, were each "
        "sentenced to nine years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "She was ordered to pay 12 million tenge in damages to the victim's family and sentenced "
        "to three years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "Ten days later, a court in Aktau sentenced him to 15 days of administrative arrest.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "After two years in pre-trial detention, Temirkhan Ibrayev was sentenced to nine years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Seven months after their arrest, two of the eight cameramen were sentenced to four and "
        "six years.",
        [("imprisonment", "imposed", "P4Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "He was released on parole in March after serving four years of a nine-year sentence.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Held since March, the activist was sentenced on Tuesday to three years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "The trial, which lasted five months, ended with a six-year sentence for the former mayor.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Kazybekov, who served as akim of the district for 11 years, was sentenced to seven years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Of the 1,200 people detained in January, 15 were sentenced on Monday to between three "
        "and eight years.",
        [("imprisonment", "imposed", "P3Y..P8Y")],
    ),
    (
        "The former minister, who held the post from 2011 to 2017, was sentenced to 10 years.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Arrested in August 2022, he was sentenced in May 2023 to eight years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Nine of the 22 defendants received suspended sentences of 2 to 3 years.",
        [("suspended", "imposed", "P2Y..P3Y")],
    ),
    (
        "Ten years after the unrest, in which 16 people were killed, the court sentenced the "
        "former police commander to seven years.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Kozhakhmetov, who had been under house arrest for six months, was given a two-year "
        "suspended sentence.",
        [("suspended", "imposed", "P2Y")],
    ),
    (
        "The court extended his detention by two months and, in a separate case, sentenced his "
        "brother to four years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "The judge gave the defence 15 days to appeal the 12-year sentence.",
        [("imprisonment", "imposed", "P12Y")],
    ),
    (
        "The six-year sentence, handed down on the 30th anniversary of independence, drew "
        "protests outside the courthouse.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The blogger, who must report to the police twice a month, was fined 100,000 tenge on "
        "Tuesday.",
        [("fine", "imposed", None, "100000 KZT")],
    ),
    (
        "Born in 1994, the sound engineer was sentenced to four years in a prison colony.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Prosecutors, who said the scheme ran for seven years, asked for a nine-year sentence.",
        [("imprisonment", "requested", "P9Y")],
    ),
    (
        "He was fined 5 million tenge, roughly $11,000 at the current rate.",
        [("fine", "imposed", None, "5000000 KZT")],
    ),
    (
        "She was fined 80 monthly calculation indices, or about 276,000 tenge.",
        [("fine", "imposed", None, "80 MCI")],
    ),
    (
        "The bribe, $50,000 in cash, was handed over in a restaurant; the official was sentenced "
        "to eight years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The appeals court knocked two years off his 10-year sentence.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Sentenced in 2012 to 23 years, a term later extended to 25 years, Rahimov remains in "
        "prison.",
        [("imprisonment", "imposed", "P23Y"), ("imprisonment", "imposed", "P25Y")],
    ),
    (
        "A second trial added a year to her seven-year sentence, bringing her term to eight years.",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The sentence of 4 years 2 months was imposed under Articles 361 and 366.",
        [("imprisonment", "imposed", "P4Y2M")],
    ),
    (
        "The court sentenced him to three years under Article 174, Part 1, which carries two to "
        "seven years.",
        [("imprisonment", "imposed", "P3Y"), ("imprisonment", "possible", "P2Y..P7Y")],
    ),
    (
        "He was detained on March 3 and sentenced on March 17 to 15 days of administrative arrest.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "Of the 34 defendants, 25 were sentenced to terms of 4 to 10 years and nine were released "
        "on parole.",
        [("imprisonment", "imposed", "P4Y..P10Y")],
    ),
    (
        "In 1997 she was sentenced to 18 months; 25 years later, she faces up to 10 years.",
        [("imprisonment", "imposed", "P18M"), ("imprisonment", "possible", "..P10Y")],
    ),
    (
        "The prosecutor requested 7 years for the 27-year-old.",
        [("imprisonment", "requested", "P7Y")],
    ),
    (
        "Prosecutors have 30 days to decide whether to appeal the acquittal.",
        [("acquittal", "imposed", None)],
    ),
    (
        "Officials say 95 percent of such cases end in prison terms; on Monday the court "
        "sentenced Ospanov to three years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "Police held him for 48 hours, after which a judge ordered him administratively arrested "
        "for 10 days.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "The court sentenced Maksat Dosov, 31, and Nurlan Kali, 29, to nine and seven years.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "He was sentenced in 2012 to three and a half years and released in 2015.",
        [("imprisonment", "imposed", "P3Y6M")],
    ),
    # 2b. No penalty at all.
    (
        "The court adjourned the hearing for two weeks to allow the defence to study the case "
        "files.",
        [],
    ),
    (
        "A Shymkent court remanded the suspect in custody for two months.",
        [],
    ),
    (
        "The court extended his pre-trial detention by three months, until June 12.",
        [],
    ),
    (
        "He was placed under house arrest for 60 days pending trial.",
        [],
    ),
    (
        "The activist has been held since March in a pre-trial detention centre in Almaty.",
        [],
    ),
    (
        "Police held the journalist for 48 hours before releasing him without charge.",
        [],
    ),
    (
        "The trial is expected to last at least six months.",
        [],
    ),
    (
        "He spent 12 years in exile in France before returning to Bishkek.",
        [],
    ),
    (
        "Nazarov, 63, served as governor of the region for eight years.",
        [],
    ),
    (
        "The defendants have 15 days to appeal the verdict.",
        [],
    ),
    (
        "She must report to the local police station twice a month while the investigation "
        "continues.",
        [],
    ),
    (
        "The court found all five defendants guilty but has not yet announced their sentences.",
        [],
    ),
    (
        "The ministry unveiled a five-year plan to modernise the courts.",
        [],
    ),
    (
        "Hundreds gathered in the square to mark the 10th anniversary of the shootings.",
        [],
    ),
    (
        "Last year courts handed down 3,400 prison sentences for drug offences, with an average "
        "term of 4.3 years, the Supreme Court said.",
        [],
    ),
    (
        "He was released in 2017 after serving his sentence in full.",
        [],
    ),
    (
        "He walked out of the colony on Monday, having served seven years.",
        [],
    ),
    (
        "The defence asked the court to acquit the 24-year-old student.",
        [],
    ),
    (
        "Prosecutors said the fraud caused losses of 3.2 billion tenge over five years.",
        [],
    ),
    (
        "Investigators say the official accepted a bribe of $120,000 in 2021.",
        [],
    ),
    (
        "The court ordered the company to pay 45 million tenge in damages.",
        [],
    ),
    (
        "The court granted him parole after he had served two-thirds of his term.",
        [],
    ),
    (
        "The statute of limitations for the offence is 10 years.",
        [],
    ),
    (
        "The investigation into the January events took 18 months and involved 1,200 officers.",
        [],
    ),
    (
        "Eleven gas workers were convicted on June 6, 2013, of organising mass riots.",
        [],
    ),
    (
        "A 17-year-old and a 15-year-old were detained at the scene, police said.",
        [],
    ),
    (
        "The prosecutor asked the court to keep him in custody for another month.",
        [],
    ),
    (
        "The court ordered the confiscation of his property and stripped him of the rank of "
        "lieutenant general.",
        [],
    ),
    (
        "The hearing, which began at 10 a.m., lasted nearly nine hours.",
        [],
    ),
    (
        "He was sentenced to time served and released.",
        [],
    ),
    (
        "The court ordered a 30-day psychiatric evaluation of the defendant.",
        [],
    ),
    (
        "The opposition leader has been banned from leaving the country until the trial ends.",
        [],
    ),
    (
        "Kazakhstan has observed a moratorium on the death penalty since 2003.",
        [],
    ),
    (
        "They were detained in Aktobe between November 2015 and February 2016.",
        [],
    ),
]
