"""A development set of penalty snippets, written apart from the code.

Every row is one or two sentences in the manner of English legal-news prose about Central Asia,
Russia, the Caucasus and Belarus (wire services, regional services, national agencies, court
press releases, NGO bulletins, US and UK court reports). The names, places, numbers and wording
are invented; the forms were learnt from real court reports, none of which is copied. The
annotations were made by hand against CONVENTIONS.md section 1 without sight of the parser's
code or output. The set is meant to be scored once before the grammar is changed for it.

Format::

    SNIPPETS: list[tuple[str, list[tuple[str | None, ...]]]]

Each row is ``(text, expected)``. ``expected`` lists every penalty the text states, in order of
appearance, one tuple per penalty:

- ``(kind, status, term)``, or ``(kind, status, term, fine)`` where an amount is stated;
- ``kind``: an enum value of ``SentenceKind`` (``imprisonment``, ``suspended``,
  ``restricted_freedom``, ``non_custodial``, ``fine``, ``life_imprisonment``, ``acquittal``,
  ``probation``, ``community_service``, ``correctional_labour``, ``administrative_arrest``)
  or ``ban``;
- ``status``: ``imposed``, ``requested`` or ``possible``;
- ``term``: an ISO-8601 duration exactly as stated (``"P9Y"``, ``"P18M"``, ``"P1Y9M"``,
  ``"P15D"``, ``"PT240H"``, ``"P16W"``; a decimal year that is a whole number of months in
  months, ``"P4Y3M"``, else as written, ``"P6.6Y"``), a range ``"LOW..HIGH"``, ``"..HIGH"``
  for "up to", ``"LOW.."`` for "at least", or ``None`` where no length is stated;
- ``fine``: ``"<int> <ISO currency or MCI>"`` (``"500000 KZT"``, ``"100 MCI"``,
  ``"2000 USD"``); MRP is written MCI.

``[]`` means the snippet states no penalty. A group penalty ("each of them", "two of the nine")
is one entry; named people are one entry each.

Two sections: FORMS (the ways reports state penalties) and CONFUSIONS (numbers beside terms
that are not terms, and durations that are not penalties).

Scored on arrival, before any change drawn from it: forms 104/120 fully right, confusions
77/80, no false positive on 34 near-misses.
"""

from __future__ import annotations

SNIPPETS: list[tuple[str, list[tuple[str | None, ...]]]] = [
    # ------------------------------------------------------------------------------------
    # 1. FORMS
    # ------------------------------------------------------------------------------------
    (
        "ALMATY, Oct 3 (Reuters) - A Kazakh court on Tuesday jailed Yerzhan Saparbekov, a former "
        "deputy energy minister, for nine years on bribery charges, his lawyer said.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The Specialised Inter-District Criminal Court of Karaganda Region handed Dauren Tleuov a "
        "six-year term in a medium-security colony, the court's press service said.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Prosecutors had asked for 13 years, but Judge Kuanysh Abenov gave Marlen Zhakupov eight "
        "and a half.",
        [("imprisonment", "requested", "P13Y"), ("imprisonment", "imposed", "P8Y6M")],
    ),
    (
        "Akylbek Toktosunov, a former customs officer in Osh, got seven years for smuggling, while "
        "his cousin Nurlan Toktosunov received four.",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        '"The court gave each of them 11 years in a maximum-security colony," defence lawyer '
        "Aigerim Sultanova told reporters outside the courthouse.",
        [("imprisonment", "imposed", "P11Y")],
    ),
    (
        "Bahodir Ergashev will spend the next 12 years behind bars after a Tashkent city court "
        "convicted him of embezzling funds meant for a children's hospital.",
        [("imprisonment", "imposed", "P12Y")],
    ),
    (
        "Under the verdict, Farrukh Sharipov must serve four years and three months in a "
        "general-regime penal colony.",
        [("imprisonment", "imposed", "P4Y3M")],
    ),
    (
        "On appeal, the Bishkek City Court cut Aibek Moldokulov's sentence from 10 years to seven.",
        [("imprisonment", "imposed", "P10Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The Supreme Court left in force the 14-year sentence handed to former deputy interior "
        "minister Saidali Rahimzoda.",
        [("imprisonment", "imposed", "P14Y")],
    ),
    (
        "An appeals panel in Kutaisi reduced Irakli Beridze's term by 18 months, to three years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "In a closed hearing, the Supreme Court of Tajikistan commuted Abdumalik Nazarov's life "
        "sentence to 25 years in prison.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P25Y")],
    ),
    (
        "Temirlan Asanaliev, a former prosecutor who fled to Turkey, was sentenced in absentia to "
        "15 years in prison.",
        [("imprisonment", "imposed", "P15Y")],
    ),
    (
        "The Minsk regional court tried exiled blogger Andrei Kavalenka in absentia and sentenced "
        "him to 12 years in a high-security colony and a fine of 10,000 Belarusian rubles.",
        [("imprisonment", "imposed", "P12Y"), ("fine", "imposed", None, "10000 BYN")],
    ),
    (
        "The judge imposed conditional sentences of two years on each of the four defendants.",
        [("suspended", "imposed", "P2Y")],
    ),
    (
        "Yerlan Dosmukhamedov was given one year and six months of restriction of liberty, and he "
        "may not leave Shymkent without the consent of the probation service.",
        [("restricted_freedom", "imposed", "P1Y6M")],
    ),
    (
        "Rustam Kholov, a former school director in Khujand, was sentenced to one year of "
        "corrective labor.",
        [("correctional_labour", "imposed", "P1Y")],
    ),
    (
        "The magistrate ordered Sardor Yusupov to perform 240 hours of community service.",
        [("community_service", "imposed", "PT240H")],
    ),
    (
        "Police said activist Sanzhar Abuov had been placed under administrative arrest for 10 "
        "days for organising an unsanctioned picket in Aktobe.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "Both organisers of the march were fined 150 MRP each.",
        [("fine", "imposed", None, "150 MCI")],
    ),
    (
        "A Bishkek court fined the news site's editor 100,000 soms over the publication.",
        [("fine", "imposed", None, "100000 KGS")],
    ),
    (
        "The Leninsky district court of Yekaterinburg fined the schoolteacher 1.5 million roubles "
        'for "discrediting" the army.',
        [("fine", "imposed", None, "1500000 RUB")],
    ),
    (
        "A federal judge in Brooklyn sentenced Oleg Vasiliev, a Russian businessman, to 87 months "
        "in prison and ordered him to pay a $250,000 fine.",
        [("imprisonment", "imposed", "P87M"), ("fine", "imposed", None, "250000 USD")],
    ),
    (
        "Three of the gunmen were jailed for life, and the other five received terms of 18 to 22 "
        "years.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P18Y..P22Y")],
    ),
    (
        "Jury finds ex-deputy akim Zhanna Ospanova not guilty of abuse of office",
        [("acquittal", "imposed", None)],
    ),
    (
        "The court acquitted two of the nine defendants and sent the rest to prison for terms "
        "ranging from four to nine years.",
        [("acquittal", "imposed", None), ("imprisonment", "imposed", "P4Y..P9Y")],
    ),
    (
        "Bolat Zhakenov, a former akim of Taldykorgan, was sentenced to seven years and barred for "
        "life from holding positions in the civil service.",
        [("imprisonment", "imposed", "P7Y"), ("ban", "imposed", None)],
    ),
    (
        "Marat Yessentayev, who struck a pedestrian while drunk, was sentenced to three years in a "
        "colony-settlement and deprived of the right to drive for five years.",
        [("imprisonment", "imposed", "P3Y"), ("ban", "imposed", "P5Y")],
    ),
    (
        "The Tbilisi City Court banned the former patrol officer from working in law enforcement "
        "for 10 years and sentenced him to six years in prison.",
        [("ban", "imposed", "P10Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Under Russian law, high treason is punishable by 12 to 20 years in prison or by life "
        "imprisonment.",
        [("imprisonment", "possible", "P12Y..P20Y"), ("life_imprisonment", "possible", None)],
    ),
    (
        "Damaging a cultural monument is punishable by a fine of up to 1,000 MCI or up to two "
        "years of restricted freedom.",
        [("fine", "possible", None), ("restricted_freedom", "possible", "..P2Y")],
    ),
    (
        "Kaliyev's four-year term is well short of the 10-year maximum the article allows.",
        [("imprisonment", "imposed", "P4Y"), ("imprisonment", "possible", "..P10Y")],
    ),
    (
        "The three organisers, Azat Nurgaliyev, Daulet Karimov and Yerbolat Sapar, received six, "
        "seven and eight years respectively.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P8Y"),
        ],
    ),
    (
        "Of the 12 accused, two received suspended sentences, one was fined and the rest were "
        "given terms of three to five years each.",
        [
            ("suspended", "imposed", None),
            ("fine", "imposed", None),
            ("imprisonment", "imposed", "P3Y..P5Y"),
        ],
    ),
    (
        "According to the ruling, Dilnoza Rakhimova is to serve 2.5 years in a general-regime "
        "colony.",
        [("imprisonment", "imposed", "P2Y6M")],
    ),
    (
        "The court found Alisher Kuchkarov guilty of extortion and libel and sentenced him to 6.6 "
        "years.",
        [("imprisonment", "imposed", "P6.6Y")],
    ),
    (
        "Court sentences Aslan Kuanyshev to 8 (eight) years of imprisonment",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Kamila Usenova got a year and a half in a colony-settlement for causing a fatal crash on "
        "the Almaty-Bishkek highway.",
        [("imprisonment", "imposed", "P1Y6M")],
    ),
    (
        "The state prosecutor asked the court to sentence Zafar Mirzaev to nine years and to fine "
        "him 50 million sum.",
        [
            ("imprisonment", "requested", "P9Y"),
            ("fine", "requested", None, "50000000 UZS"),
        ],
    ),
    (
        "The prosecution demanded life imprisonment for Ruslan Gadzhiev, accused of organising the "
        "attack.",
        [("life_imprisonment", "requested", None)],
    ),
    (
        "Prosecutors called for a four-year suspended sentence for the former bank manager.",
        [("suspended", "requested", "P4Y")],
    ),
    (
        "The prosecutor wants Anuar Bekov jailed for at least 10 years.",
        [("imprisonment", "requested", "P10Y..")],
    ),
    (
        "Each of the six defendants risks between eight and 15 years.",
        [("imprisonment", "possible", "P8Y..P15Y")],
    ),
    (
        "The charges against the two Americans carry sentences of up to 20 years or life.",
        [("imprisonment", "possible", "..P20Y"), ("life_imprisonment", "possible", None)],
    ),
    (
        "Gulzhan Amirova, the former head of the district education department, got five years of "
        "restricted freedom, and her chief accountant two years.",
        [("restricted_freedom", "imposed", "P5Y"), ("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "Kyrgyz court hands seven years each to ex-officials Kanat Ibraev and Beibit Ermekov",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Sergei Lebedev was jailed for 14 years at the Old Bailey on Friday for plotting to "
        "smuggle weapons.",
        [("imprisonment", "imposed", "P14Y")],
    ),
    (
        "At Manchester Crown Court, Daniyar Ospanov was given a 10-month prison sentence suspended "
        "for two years and told to complete 200 hours of unpaid work.",
        [("suspended", "imposed", "P10M"), ("community_service", "imposed", "PT200H")],
    ),
    (
        "Ruslan Abdullayev was jailed for 32 months and disqualified from driving for four years "
        "after admitting causing death by dangerous driving.",
        [("imprisonment", "imposed", "P32M"), ("ban", "imposed", "P4Y")],
    ),
    (
        "Vasiliev pleaded guilty in March to conspiracy to commit wire fraud, which carries a "
        "maximum sentence of 20 years in prison.",
        [("imprisonment", "possible", "..P20Y")],
    ),
    (
        "MOSCOW (AP) - A Moscow appeals court on Thursday rejected Daniel Hartley's appeal and "
        "left "
        "his eight-year prison sentence unchanged.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Rufat Mammadli, the site's founder, was also ordered to pay a fine of 5,000 Azerbaijani "
        "manats.",
        [("fine", "imposed", None, "5000 AZN")],
    ),
    (
        "Tbilisi City Court sentenced Levan Tsiklauri to four years and six months in prison for "
        "throwing a flare at riot police.",
        [("imprisonment", "imposed", "P4Y6M")],
    ),
    (
        "A Yerevan court fined the opposition lawmaker 500,000 drams for insulting a police "
        "officer.",
        [("fine", "imposed", None, "500000 AMD")],
    ),
    (
        "The Sughd regional court sentenced Jamshed Rahimov to 10 years and fined his son 40,000 "
        "somoni.",
        [("imprisonment", "imposed", "P10Y"), ("fine", "imposed", None, "40000 TJS")],
    ),
    (
        "Belarusian activist Siarhei Kavalchuk was sentenced to three years of restricted freedom "
        "in an open-type correctional institution.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The two other journalists were placed on probation for three years and freed in the "
        "courtroom.",
        [("probation", "imposed", "P3Y")],
    ),
    (
        "The district court handed the teacher a non-custodial sentence of 18 months.",
        [("non_custodial", "imposed", "P18M")],
    ),
    (
        "The Court of Cassation upheld the acquittal of former transport minister Zaur Huseynov.",
        [("acquittal", "imposed", None)],
    ),
    (
        "The regional court overturned Bekzat Seitov's acquittal and sentenced him to four years.",
        [("acquittal", "imposed", None), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Nurlan Bekenov was fined 87,500 tenge ($185) for taking part in the rally.",
        [("fine", "imposed", None, "87500 KZT")],
    ),
    (
        "The court found Kairat Bekbolatov guilty of insulting a police officer and fined him 100 "
        "MCI (about 369,000 tenge).",
        [("fine", "imposed", None, "100 MCI")],
    ),
    (
        "The court also fined each of the three co-defendants $12,000.",
        [("fine", "imposed", None, "12000 USD")],
    ),
    (
        "A Ferghana court fined the imam 33 million soums for holding an unregistered religious "
        "class.",
        [("fine", "imposed", None, "33000000 UZS")],
    ),
    (
        "Bakhyt Sarsenov was given nine years (the prosecution had requested 12).",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "requested", "P12Y")],
    ),
    (
        "Prosecutor Talgat Omarov had demanded 16 years for the driver. Judge Saule Iskakova "
        "settled on 10.",
        [("imprisonment", "requested", "P16Y"), ("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Ex-mayor of Semey gets 9 years for graft",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Uzbek blogger jailed for five and a half years over YouTube videos",
        [("imprisonment", "imposed", "P5Y6M")],
    ),
    (
        "Tajik opposition figure handed 30 years; associate gets 20",
        [("imprisonment", "imposed", "P30Y"), ("imprisonment", "imposed", "P20Y")],
    ),
    (
        "The court found the defendant guilty as charged and imposed a penalty of imprisonment for "
        "a term of 5 (five) years, to be served in a medium-security institution.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "Viasna reports that the Brest regional court has sentenced political prisoner Aliaksei "
        "Karpovich to five years in a medium-security colony.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "According to the Kazakhstan Bureau for Human Rights, Zhanbolat Mamyrov, Ardak Nurbayev "
        "and "
        "Kuanysh Tazhibayev were each sentenced to five years of restricted freedom.",
        [
            ("restricted_freedom", "imposed", "P5Y"),
            ("restricted_freedom", "imposed", "P5Y"),
            ("restricted_freedom", "imposed", "P5Y"),
        ],
    ),
    (
        '"Seven years for a Facebook post is outrageous," said Yelena Kirillova of Amnesty '
        "International, after the court handed the sentence to Marat Zholdasbekov.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The court sentenced Aidos Sadykov to six years, gave his brother Arman a three-year "
        "suspended sentence and fined their driver 500,000 tenge.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("suspended", "imposed", "P3Y"),
            ("fine", "imposed", None, "500000 KZT"),
        ],
    ),
    (
        "Prosecutors asked for nine years for Saltanat Kenzhebayeva and seven for her husband, but "
        "the court gave them five and four years respectively.",
        [
            ("imprisonment", "requested", "P9Y"),
            ("imprisonment", "requested", "P7Y"),
            ("imprisonment", "imposed", "P5Y"),
            ("imprisonment", "imposed", "P4Y"),
        ],
    ),
    (
        "A five-year prison term was imposed on the former head of the Atyrau land registry.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The Shymkent city court handed down sentences of between three and eight years to the "
        "members of the gang.",
        [("imprisonment", "imposed", "P3Y..P8Y")],
    ),
    (
        "Dozens of people involved in the unrest have been given prison sentences of up to 10 "
        "years.",
        [("imprisonment", "imposed", "..P10Y")],
    ),
    (
        "The remaining defendants got at least six years each.",
        [("imprisonment", "imposed", "P6Y..")],
    ),
    (
        "The Southern District Military Court sentenced Alexei Morozov to twenty-two years in a "
        "strict-regime colony.",
        [("imprisonment", "imposed", "P22Y")],
    ),
    (
        "Former Almaty police chief jailed for 7.5 years",
        [("imprisonment", "imposed", "P7Y6M")],
    ),
    (
        "Galym Akhmetov was sentenced to 4.25 years of imprisonment for abuse of power.",
        [("imprisonment", "imposed", "P4Y3M")],
    ),
    (
        "The court also imposed a five-year ban on journalistic activity.",
        [("ban", "imposed", "P5Y")],
    ),
    (
        "Askar Kenzhebekov received two years in a colony-settlement and was banned from social "
        "and "
        "political activity for five years.",
        [("imprisonment", "imposed", "P2Y"), ("ban", "imposed", "P5Y")],
    ),
    (
        "Kapparov was sentenced to nine years and deprived of his driving licence for life.",
        [("imprisonment", "imposed", "P9Y"), ("ban", "imposed", None)],
    ),
    (
        "Fugitive ex-governor Myktybek Ryskulov sentenced in absentia to 11 years and 2 months",
        [("imprisonment", "imposed", "P11Y2M")],
    ),
    (
        "The charge carries a fine, community service of up to 800 hours, or up to three years of "
        "restricted freedom.",
        [
            ("fine", "possible", None),
            ("community_service", "possible", "..PT800H"),
            ("restricted_freedom", "possible", "..P3Y"),
        ],
    ),
    (
        "Zhalgas Tursunov is threatened with up to 12 years in prison.",
        [("imprisonment", "possible", "..P12Y")],
    ),
    (
        "Bekov, who faced up to eight years, walked out of court with a fine of 1 million tenge.",
        [("imprisonment", "possible", "..P8Y"), ("fine", "imposed", None, "1000000 KZT")],
    ),
    (
        "The blogger risks five years in prison for the post.",
        [("imprisonment", "possible", "P5Y")],
    ),
    (
        "Prosecutors sought a 10-year term for Yerbol Kassymov. On Friday the judge handed him "
        "seven.",
        [("imprisonment", "requested", "P10Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Adding the unserved part of his earlier sentence, the court set Oleg Sitnikov's final "
        "term at nine years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "At the prosecutor's request, the court of appeal increased the former police officer's "
        "term from five to eight years.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P8Y")],
    ),
    (
        "In September the court replaced the unserved part of Askar Nurlanov's term with three "
        "years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "Two teenagers were given 120 hours of community service each.",
        [("community_service", "imposed", "PT120H")],
    ),
    (
        "Sentences: Eldar Kasymov - 9 years; Ruslan Mamatov - 7 years; Ilyas Akhmedov - 3 years "
        "suspended.",
        [
            ("imprisonment", "imposed", "P9Y"),
            ("imprisonment", "imposed", "P7Y"),
            ("suspended", "imposed", "P3Y"),
        ],
    ),
    (
        "Dmitri Volkov, the alleged hacker, could spend up to 35 years behind bars if convicted on "
        "all counts.",
        [("imprisonment", "possible", "..P35Y")],
    ),
    (
        "Elena Sorokina is serving a two-and-a-half-year sentence for a protest song.",
        [("imprisonment", "imposed", "P2Y6M")],
    ),
    (
        "The court also ruled that Kurbanov must pay a fine of 25 million tenge and spend four "
        "years in prison.",
        [("fine", "imposed", None, "25000000 KZT"), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        "The court sentenced the three former police officers to eight, nine and 10 years.",
        [
            ("imprisonment", "imposed", "P8Y"),
            ("imprisonment", "imposed", "P9Y"),
            ("imprisonment", "imposed", "P10Y"),
        ],
    ),
    (
        "Magistrates in Leeds jailed him for 16 weeks for assaulting a ticket inspector.",
        [("imprisonment", "imposed", "P16W")],
    ),
    (
        "The Baku court jailed the former banker for a decade.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Timur Sultanov got 1½ years of restricted freedom.",
        [("restricted_freedom", "imposed", "P1Y6M")],
    ),
    (
        "The Khatlon regional court gave Sherali Davlatov 13 1/2 years in a strict-regime colony.",
        [("imprisonment", "imposed", "P13Y6M")],
    ),
    (
        "Considering her three small children, the judge gave Aliya Nurpeisova half a year of "
        "restricted freedom.",
        [("restricted_freedom", "imposed", "P6M")],
    ),
    (
        "Kuatbekov avoided prison but received a 300,000-tenge fine.",
        [("fine", "imposed", None, "300000 KZT")],
    ),
    (
        "The specialised administrative court fined the shop owner ₸250,000.",
        [("fine", "imposed", None, "250000 KZT")],
    ),
    (
        "Bloggers Askhat Zhaksybekov and Ulan Omarov were fined 300 and 450 MCI respectively.",
        [("fine", "imposed", None, "300 MCI"), ("fine", "imposed", None, "450 MCI")],
    ),
    (
        "Activists Aset Temirkhanov and Zhanar Bekova were administratively arrested for 15 and 10 "
        "days respectively.",
        [
            ("administrative_arrest", "imposed", "P15D"),
            ("administrative_arrest", "imposed", "P10D"),
        ],
    ),
    (
        "Journalist Tural Gasimov was sentenced to 30 days of administrative arrest for "
        "disobeying police.",
        [("administrative_arrest", "imposed", "P30D")],
    ),
    (
        "The prosecutor's office is seeking five years of restricted freedom for the activist.",
        [("restricted_freedom", "requested", "P5Y")],
    ),
    (
        "The prosecutor proposed that Zhumabek Orazov be fined 500 MCI.",
        [("fine", "requested", None, "500 MCI")],
    ),
    (
        "Under Georgia's Criminal Code, participation in group violence carries four to six years "
        "in prison.",
        [("imprisonment", "possible", "P4Y..P6Y")],
    ),
    (
        "She could face up to three years of correctional labour if the court finds the post "
        "insulting.",
        [("correctional_labour", "possible", "..P3Y")],
    ),
    (
        'Defence lawyers called the 13-year term "monstrous" and vowed to challenge it in the '
        "Supreme Court.",
        [("imprisonment", "imposed", "P13Y")],
    ),
    (
        "Six of the miners' leaders were given suspended terms of two years, and the rest were "
        "fined 100 MCI each.",
        [("suspended", "imposed", "P2Y"), ("fine", "imposed", None, "100 MCI")],
    ),
    (
        "Nurlan Sarybayev, who had faced a possible life sentence, was acquitted of murder on "
        "Wednesday.",
        [("life_imprisonment", "possible", None), ("acquittal", "imposed", None)],
    ),
    (
        "Vitali Shumsky was sentenced to 3 years and 9 months in a general-regime penal colony, "
        "while his co-defendant Maria Orlova got a two-year suspended term.",
        [("imprisonment", "imposed", "P3Y9M"), ("suspended", "imposed", "P2Y")],
    ),
    (
        "Prosecutors asked for sentences ranging from seven to 12 years for the five former bank "
        "executives.",
        [("imprisonment", "requested", "P7Y..P12Y")],
    ),
    (
        "The Turkmen court reportedly gave the singer 15 years in a strict-regime colony and "
        "confiscated his apartment.",
        [("imprisonment", "imposed", "P15Y")],
    ),
    (
        "On Monday Judge Ainur Tokhtarova read out the verdict: life imprisonment for Zhandos "
        "Mukashev and 24 years for his accomplice.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P24Y")],
    ),
    # ------------------------------------------------------------------------------------
    # 2. CONFUSIONS
    # ------------------------------------------------------------------------------------
    (
        "The Medeu district court sentenced Daniyar Kenzhin on March 12 to 6 years in prison.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Sardor Nurmatov was convicted on 27 April and sentenced to 3 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "In 2019, a court in Kostanay sentenced Vitaly Lebed to five years for inciting social "
        "discord.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The verdict, announced on 14.09.2023, sentenced Zhomart Aliyev to 4 years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Rinat Gabdullin, 58, a retired colonel, was sentenced to seven years in a medium-security "
        "colony.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Aizhan Sarsenova, 31, and Talgat Mukhanov, 29, were given four and three years "
        "respectively.",
        [("imprisonment", "imposed", "P4Y"), ("imprisonment", "imposed", "P3Y")],
    ),
    (
        "He was found guilty under Part 3 of Article 190 and sentenced to 6 years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Under Article 272, Part 2, the court jailed Rauf Aliev for 5 years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "Article 174 of the Criminal Code, under which the blogger is charged, provides for two to "
        "seven years in prison.",
        [("imprisonment", "possible", "P2Y..P7Y")],
    ),
    (
        "Article 405 provides for a fine or up to six years of imprisonment.",
        [("fine", "possible", None), ("imprisonment", "possible", "..P6Y")],
    ),
    (
        "All 23 defendants were convicted, and 17 of them received prison terms of two to six "
        "years.",
        [("imprisonment", "imposed", "P2Y..P6Y")],
    ),
    (
        "Of the 40 people detained, nine were placed under administrative arrest for 10 days each "
        "and the rest were fined.",
        [("administrative_arrest", "imposed", "P10D"), ("fine", "imposed", None)],
    ),
    (
        "Investigators say Baurzhan Kairatov embezzled 1.2 billion tenge; the court sentenced him "
        "to eight years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The court ordered Nurlybek Zhaksylykov to pay 45 million tenge in damages to the state "
        "and "
        "sentenced him to 5 years of restricted freedom.",
        [("restricted_freedom", "imposed", "P5Y")],
    ),
    (
        "Dilshod Karimov was sentenced to 18 months of correctional labour, with 20 percent of his "
        "earnings withheld for the state.",
        [("correctional_labour", "imposed", "P18M")],
    ),
    (
        "Kyrgyz courts acquit fewer than 4 percent of defendants, and Nurlan Abdykadyrov was not "
        "among them: he got three years.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        "The trial has been adjourned for 10 days to allow the defence to study 40 volumes of case "
        "files.",
        [],
    ),
    (
        "A Bishkek court extended the pre-trial detention of journalist Kanykei Osmonova by two "
        "months, until 24 April.",
        [],
    ),
    (
        "The former minister has been held in the National Security Committee's detention centre "
        "since March.",
        [],
    ),
    (
        "Tolkun Jeenbekova was released from custody and placed under house arrest for 60 days.",
        [],
    ),
    (
        "Mukhtar Ablayev, who has lived in exile in France for more than a decade, did not attend "
        "the hearing.",
        [],
    ),
    (
        "The trial, which lasted 14 months and heard 200 witnesses, ended with a guilty verdict "
        "for "
        "all six.",
        [],
    ),
    (
        "Sagyndykov served as akim of the Pavlodar region for six years before his arrest.",
        [],
    ),
    (
        "Under the terms of his release, he must report to the police twice a month.",
        [],
    ),
    (
        "The verdict can be appealed within 15 days.",
        [],
    ),
    (
        "Alimov was released on parole in 2022 after serving two years.",
        [],
    ),
    (
        "Having already spent 22 months in pre-trial detention, she was freed in the courtroom.",
        [],
    ),
    (
        "Serikbolsyn Tasmagambetov, who was serving a nine-year sentence for fraud, was granted "
        "parole after six years.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The ministry's five-year plan envisages building three new penal colonies.",
        [],
    ),
    (
        "Relatives gathered on Monday to mark the 10th anniversary of the Zhanaozen shootings.",
        [],
    ),
    (
        "Last year Kazakh courts convicted 12,400 people of drug offences, and the average prison "
        "term was 6.3 years.",
        [],
    ),
    (
        "The 17-year-old was detained on 3 December and has been in custody for three months.",
        [],
    ),
    (
        "A court in Osh found all four defendants guilty of fraud; sentencing is set for next "
        "week.",
        [],
    ),
    (
        "The verdict is expected on 12 June, the court's press service said.",
        [],
    ),
    (
        "The judge set bail at 10 million tenge.",
        [],
    ),
    (
        "Under the new rules, patrol officers must complete 40 hours of training each year.",
        [],
    ),
    (
        "The statute of limitations for the offence is 10 years, the lawyer said.",
        [],
    ),
    (
        "The activist was held at a police station for 48 hours and released without charge.",
        [],
    ),
    (
        "Nazarov has been on hunger strike for 21 days, his wife said.",
        [],
    ),
    (
        "He is barred from leaving Almaty while the investigation continues.",
        [],
    ),
    (
        "The defendants, aged between 22 and 53, all pleaded not guilty.",
        [],
    ),
    (
        "The court extended Almaz Sadykov's arrest for another two months; in 2020 he had received "
        "a three-year suspended sentence in a separate case.",
        [("suspended", "imposed", "P3Y")],
    ),
    (
        "After eight months under house arrest, Yuliya Grishina was sentenced on Thursday to three "
        "years of restricted freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The court, which sat for 11 days, gave the brothers six years each.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Rakhimov, sentenced to 5 years, has 15 days to appeal.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "From 3 to 5 October the court heard closing arguments; on 9 October it jailed Ospanov for "
        "four years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Sentenced on May 2 to 11 years, Ahmedov has already spent 16 months in custody.",
        [("imprisonment", "imposed", "P11Y")],
    ),
    (
        "He was sentenced in 2021 to seven and a half years; two years later the term was cut to "
        "five.",
        [("imprisonment", "imposed", "P7Y6M"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "Kenesov was found guilty under Articles 179 and 180 of the Criminal Code and given 8 "
        "years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Part 2 of Article 190 (fraud) carries up to five years.",
        [("imprisonment", "possible", "..P5Y")],
    ),
    (
        "Police detained 118 people in Nukus; 21 of them were later sentenced to between three and "
        "16 years.",
        [("imprisonment", "imposed", "P3Y..P16Y")],
    ),
    (
        "She was fined 500,000 tenge and ordered to repay 2.3 million tenge to the victims.",
        [("fine", "imposed", None, "500000 KZT")],
    ),
    (
        "Kurmanov, 64, who worked as a judge for 30 years, was jailed for 10 years for taking "
        "bribes.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Marking a year since her arrest, supporters recalled that Aigul Temirova had been "
        "sentenced to six years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "Three years ago the same judge jailed Kassymov's brother for four years.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Abdullayev, who has been convicted twice before, was given 3 years and 4 months.",
        [("imprisonment", "imposed", "P3Y4M")],
    ),
    (
        "Japarov won 79 percent of the vote; his rival Temirbek Asanbekov was later sentenced to "
        "five years.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "One year after the riots, 48 people remain in prison.",
        [],
    ),
    (
        "Kazakhstan's prison population fell by 4.5 percent last year; meanwhile, Gabit Utepov was "
        "sentenced to 4.5 years.",
        [("imprisonment", "imposed", "P4Y6M")],
    ),
    (
        "The court session lasted 9 hours, and at 11 p.m. the judge gave Mamedov 30 days of "
        "administrative arrest.",
        [("administrative_arrest", "imposed", "P30D")],
    ),
    (
        "The colony where he will serve his 8-year term lies 300 kilometres from Almaty.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "Case No. 2-115/2023: the defendant was sentenced to 2 years of probation.",
        [("probation", "imposed", "P2Y")],
    ),
    (
        "The bank had lent him 10 million tenge for 5 years; he stopped paying after two.",
        [],
    ),
    (
        "The victim was nine years old; the attacker received 20 years.",
        [("imprisonment", "imposed", "P20Y")],
    ),
    (
        "Prosecutors asked for Bakytov to be kept in custody for another three months pending "
        "trial.",
        [],
    ),
    (
        "The blogger was held for three days at a temporary detention facility before being "
        "charged.",
        [],
    ),
    (
        "Each day in pre-trial detention counts as a day and a half in a general-regime colony.",
        [],
    ),
    (
        "Zhanar Akhmetova, 42, the mother of four, told the court she had worked at the akimat for "
        "15 years.",
        [],
    ),
    (
        "The case was sent back for a new investigation, which must be completed within two "
        "months.",
        [],
    ),
    (
        "In Tashkent, 25-year-old Shokhrukh Alimov was ordered held for 72 hours, and a court will "
        "decide on Monday whether to remand him for two months.",
        [],
    ),
    (
        "The court of 3 judges, sitting in Room 12, gave Tursunbayev 12 years.",
        [("imprisonment", "imposed", "P12Y")],
    ),
    (
        "Aged 70, Baimukhamedov will be 81 when his 11-year term ends.",
        [("imprisonment", "imposed", "P11Y")],
    ),
    (
        "The law, adopted in 2014 and amended 26 times since, punishes a first offence with 15 "
        "days "
        "of administrative arrest.",
        [("administrative_arrest", "possible", "P15D")],
    ),
    (
        "Ulan Asanov, 36, served five years in the army and three years as a deputy before he was "
        "jailed for seven years in 2022.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Between 5 and 7 p.m. on 4 May, about 300 people gathered outside the court, where two "
        "activists were later fined 50 MCI each.",
        [("fine", "imposed", None, "50 MCI")],
    ),
    (
        "The three-year investigation ended on 18 July with a 9-year sentence for the former head "
        "of the ministry's procurement department.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Khasanov's wife has visited him twice in the four years since his arrest.",
        [],
    ),
    (
        "Two of the 7 defendants, aged 19 and 20, received 3 and 4 years respectively.",
        [("imprisonment", "imposed", "P3Y"), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Sentenced on 5 February under Part 1 of Article 341, Yusupov received 2 years and 8 "
        "months.",
        [("imprisonment", "imposed", "P2Y8M")],
    ),
    (
        "The appeal hearing, first set for 10 January, has been moved three times.",
        [],
    ),
]
