"""Penalty snippets annotated by hand against CONVENTIONS.md section 1, apart from the grammar.

Each row is ``(text, expected)``. ``expected`` lists every penalty the text states, in order of
appearance, as ``(kind, status, term)`` or, when an amount is stated, ``(kind, status, term,
fine)``. ``term`` is an ISO-8601 duration exactly as stated, a range ``"LOW..HIGH"``, ``"..HIGH"``
for "up to" and ``"LOW.."`` for "at least"; ``fine`` is ``"<int> <ISO currency or MCI>"``.
Rows with ``[]`` are near-misses that state no penalty. All names are invented. The rows were
written without sight of the grammar or the other tables, and measured before the grammar was
changed for them.
"""

SNIPPETS: list[tuple[str, list[tuple[str | None, ...]]]] = [
    # --- custodial terms, imposed -------------------------------------------------------------
    (
        "A district court in Almaty sentenced former deputy akim Serik Baimukhanbetov to nine "
        "years in a medium-security colony for taking bribes, the anti-corruption agency said.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Sanjar Rakhimberdiev, an Uzbek blogger, was jailed for five and a half years on "
        "extortion charges after a two-day trial in Namangan.",
        [("imprisonment", "imposed", "P5Y6M")],
    ),
    (
        "Gulnara Bekturganova, 34, who forged medical certificates for cash, must spend one "
        "year and nine months in a general-regime colony, the court ruled.",
        [("imprisonment", "imposed", "P1Y9M")],
    ),
    (
        "The Taraz city court sentenced Rustam Alimzhanov to 5 (five) years of imprisonment, "
        "the court's press service reported.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "Karina Nurlanbekova, the 23-year-old driver who hit a family at a pedestrian crossing,"
        " was sentenced to 8.5 years.",
        [("imprisonment", "imposed", "P8Y6M")],
    ),
    (
        "After a closed hearing, the judge handed down a two-and-a-half-year sentence to the "
        "former head of the regional land registry.",
        [("imprisonment", "imposed", "P2Y6M")],
    ),
    (
        "A Tajik court sentenced exiled journalist Rustam Sharifzoda in absentia to nine years "
        "in prison.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Kazakh businessman Vadim Kovalchuk has been jailed for 14 years over a $30 million "
        "embezzlement scheme at a state-owned railway subsidiary.",
        [("imprisonment", "imposed", "P14Y")],
    ),
    (
        "The judge gave Sultan Amirkhanov three years in a colony-settlement for causing a "
        "fatal road accident while drunk.",
        [("imprisonment", "imposed", "P3Y")],
    ),
    (
        '"I was given seven years for a post on Facebook," Bolat Tasbolatuly told reporters '
        "through the glass of the defendants' cage.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Lawyers for Daniyar Ibrashev said he would appeal the 10-year sentence, calling the "
        "case politically motivated.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "The court ordered Meiram Dauletov to serve 7 years in a penal colony and to compensate"
        " the victims.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "The former mayor of Ekibastuz was sentenced to seven years and three months in a "
        "medium-security colony.",
        [("imprisonment", "imposed", "P7Y3M")],
    ),
    (
        "The sentence, 25 years, is the harshest yet handed down in cases connected to the "
        "unrest in Taldykorgan.",
        [("imprisonment", "imposed", "P25Y")],
    ),
    (
        "The judge handed the 19-year-old a 10-year term in a juvenile colony for the stabbing.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Aidar Kalmenuly was sentenced to six months in prison for assaulting a traffic police "
        "officer.",
        [("imprisonment", "imposed", "P6M")],
    ),
    (
        "Marina Kozlovskaya, a 51-year-old accountant at the clinic, received two years and two"
        " months.",
        [("imprisonment", "imposed", "P2Y2M")],
    ),
    (
        "The court sentenced the 26-year-old to eleven and a half years for drug trafficking.",
        [("imprisonment", "imposed", "P11Y6M")],
    ),
    (
        "The Pavlodar court sentenced Erlan Kuatbekov to 3 years 6 months for the theft of "
        "budget funds.",
        [("imprisonment", "imposed", "P3Y6M")],
    ),
    (
        "Medet Kaliyevich, who was sentenced to 14 years in 2019, walked free on Friday under "
        "an amnesty.",
        [("imprisonment", "imposed", "P14Y")],
    ),
    (
        "Nine years in a general-regime colony: that is the punishment the Semey court handed "
        "to Ainur Zhaksylykova for the deaths of two patients.",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Bolat Zhanuzakuly was handed a two-year-four-month sentence for hooliganism.",
        [("imprisonment", "imposed", "P2Y4M")],
    ),
    # --- several defendants, elided terms, groups ---------------------------------------------
    (
        "Two former customs officers, Yerlan Ospanuly and Marat Zhakupbekov, received seven and"
        " five years respectively.",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "Three police officers each received 12-year terms in a maximum-security colony over "
        "the death of a detainee in Taldykorgan.",
        [("imprisonment", "imposed", "P12Y")],
    ),
    (
        "Usen Kadyrbaev was sentenced to 11 years; his co-defendant, Aibek Jumabekov, got nine.",
        [("imprisonment", "imposed", "P11Y"), ("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The 11 defendants received prison sentences ranging from three to nine years.",
        [("imprisonment", "imposed", "P3Y..P9Y")],
    ),
    (
        "The court handed out sentences of up to 10 years to the eight members of the group.",
        [("imprisonment", "imposed", "..P10Y")],
    ),
    (
        "The Almaty court gave the three organisers sentences of five, six and seven years.",
        [
            ("imprisonment", "imposed", "P5Y"),
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P7Y"),
        ],
    ),
    (
        "The court sentenced the two men to 12 and 14 years respectively.",
        [("imprisonment", "imposed", "P12Y"), ("imprisonment", "imposed", "P14Y")],
    ),
    (
        "In a closed trial, a military court sentenced two conscripts to three years and six "
        "months each for hazing.",
        [("imprisonment", "imposed", "P3Y6M")],
    ),
    (
        "The court sentenced three of the defendants to eight years each and the remaining two "
        "to six years.",
        [("imprisonment", "imposed", "P8Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The verdict: six years for Yerzhan Abilkhairov, four for Saken Bekturganov and an "
        "acquittal for the third defendant, Aizhan Kulbayeva.",
        [
            ("imprisonment", "imposed", "P6Y"),
            ("imprisonment", "imposed", "P4Y"),
            ("acquittal", "imposed", None),
        ],
    ),
    (
        "Nurzhan Altaiuly was sentenced to 12 years; Yerlan Sagadiyevich was acquitted; and "
        "Marat Beisenuly received a suspended sentence of three years.",
        [
            ("imprisonment", "imposed", "P12Y"),
            ("acquittal", "imposed", None),
            ("suspended", "imposed", "P3Y"),
        ],
    ),
    (
        "Twelve people were convicted in the case; two of them received suspended sentences of "
        "three years.",
        [("suspended", "imposed", "P3Y")],
    ),
    (
        "Bekzat Ormanbekov was jailed for 10 years, and his wife, Aisulu, received a five-year "
        "suspended sentence for helping him launder the money.",
        [("imprisonment", "imposed", "P10Y"), ("suspended", "imposed", "P5Y")],
    ),
    (
        "Eldar Nurmukhanov got life; his accomplice, Gani Sembayuly, got 20 years.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P20Y")],
    ),
    (
        "Both brothers were given life sentences for the killing of the Shymkent businessman.",
        [("life_imprisonment", "imposed", None)],
    ),
    (
        "Two of the accused got three years apiece, and the third, a 62-year-old pensioner, was"
        " fined 1 million tenge.",
        [("imprisonment", "imposed", "P3Y"), ("fine", "imposed", None, "1000000 KZT")],
    ),
    (
        "The former rector, Zhanat Mukhamediyarov, received eight years, while his deputy was "
        "given three years of restricted freedom.",
        [("imprisonment", "imposed", "P8Y"), ("restricted_freedom", "imposed", "P3Y")],
    ),
    # --- requested and imposed together -------------------------------------------------------
    (
        "Prosecutors had asked for 12 years, but the Astana court gave Dauren Kassymbekov eight"
        " and a half.",
        [("imprisonment", "requested", "P12Y"), ("imprisonment", "imposed", "P8Y6M")],
    ),
    (
        "Prosecutors had sought 14 years for Ravshan Tursunboyev and 10 for his brother; the "
        "court gave them 12 and eight.",
        [
            ("imprisonment", "requested", "P14Y"),
            ("imprisonment", "requested", "P10Y"),
            ("imprisonment", "imposed", "P12Y"),
            ("imprisonment", "imposed", "P8Y"),
        ],
    ),
    (
        "Prosecutors had requested 13 years for Askar Duisenbekov; the court gave him 11.",
        [("imprisonment", "requested", "P13Y"), ("imprisonment", "imposed", "P11Y")],
    ),
    (
        "Prosecutors asked for life imprisonment, but the court sentenced Baurzhan Tolegenuly "
        "to 25 years.",
        [("life_imprisonment", "requested", None), ("imprisonment", "imposed", "P25Y")],
    ),
    (
        "Zhandos Karimbayev was jailed for four years (the prosecution had requested six).",
        [("imprisonment", "imposed", "P4Y"), ("imprisonment", "requested", "P6Y")],
    ),
    (
        "Former border guard Daulet Seitkazyuly was sentenced to 15 years in prison for selling"
        " service weapons; prosecutors had asked for 17.",
        [("imprisonment", "imposed", "P15Y"), ("imprisonment", "requested", "P17Y")],
    ),
    (
        "The ex-minister, 67, received nine years; prosecutors had demanded 11.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "requested", "P11Y")],
    ),
    (
        "Two years of restricted freedom were requested for Sanzhar Tokhtarbekov, but the judge"
        " acquitted him.",
        [("restricted_freedom", "requested", "P2Y"), ("acquittal", "imposed", None)],
    ),
    (
        "The state prosecutor sought a five-year suspended sentence for Arman Kuanyshbekov; the"
        " court instead sentenced him to three years in a general-regime colony.",
        [("suspended", "requested", "P5Y"), ("imprisonment", "imposed", "P3Y")],
    ),
    # --- requested ----------------------------------------------------------------------------
    (
        "Prosecutors demanded life imprisonment for Bakhyt Ismailbekov, who is accused of "
        "organising the attack on the police station.",
        [("life_imprisonment", "requested", None)],
    ),
    (
        "The prosecutor asked the court to impose no less than 12 years on the defendant.",
        [("imprisonment", "requested", "P12Y..")],
    ),
    (
        "Prosecutors requested a sentence of between six and eight years for Madina "
        "Abdrakhmanovna.",
        [("imprisonment", "requested", "P6Y..P8Y")],
    ),
    (
        "Prosecutors asked for a fine of 2,000 MCI for the former akim of the district.",
        [("fine", "requested", None, "2000 MCI")],
    ),
    (
        "The prosecution requested 240 hours of community service for the teenager who "
        "spray-painted the monument.",
        [("community_service", "requested", "PT240H")],
    ),
    (
        "Prosecutors sought between 10 and 15 years for each of the five defendants.",
        [("imprisonment", "requested", "P10Y..P15Y")],
    ),
    (
        "Prosecutors called for a sentence of no less than five years for Sholpan "
        "Baimagambetovna, a former hospital director.",
        [("imprisonment", "requested", "P5Y..")],
    ),
    (
        "Six years and a fine of 100 million tenge: that is what prosecutors are demanding for "
        "former akim Marat Zhanybekuly.",
        [("imprisonment", "requested", "P6Y"), ("fine", "requested", None, "100000000 KZT")],
    ),
    (
        "The prosecution asked the court to give Almas Zhumabekuly a suspended sentence of two "
        "years.",
        [("suspended", "requested", "P2Y")],
    ),
    (
        "Prosecutors asked the court to jail Gaukhar Sadvakasovna for at least six years.",
        [("imprisonment", "requested", "P6Y..")],
    ),
    (
        "Prosecutors want the five defendants jailed for 7 to 9 years.",
        [("imprisonment", "requested", "P7Y..P9Y")],
    ),
    # --- possible -----------------------------------------------------------------------------
    (
        "If the court convicts him of abuse of office, the former akim could spend up to 10 "
        "years in prison.",
        [("imprisonment", "possible", "..P10Y")],
    ),
    (
        "Torture by officials is punishable under Kazakh law by five to ten years' imprisonment.",
        [("imprisonment", "possible", "P5Y..P10Y")],
    ),
    (
        "Anyone found guilty of the offence can be fined or given restricted freedom for up to "
        "two years.",
        [("fine", "possible", None), ("restricted_freedom", "possible", "..P2Y")],
    ),
    (
        "Ilyas Zhunusbekov could get at least eight years if found guilty.",
        [("imprisonment", "possible", "P8Y..")],
    ),
    (
        "If convicted, Yerbol Tursynbekuly risks life imprisonment.",
        [("life_imprisonment", "possible", None)],
    ),
    (
        "Kuanysh Omarbekov could face up to 12 years or life imprisonment.",
        [("imprisonment", "possible", "..P12Y"), ("life_imprisonment", "possible", None)],
    ),
    (
        "Abdulaziz Mirzaakhmedov faces between three and eight years in prison under the "
        "terrorism article.",
        [("imprisonment", "possible", "P3Y..P8Y")],
    ),
    (
        "Azat Kenesbayev could be sentenced to up to three years of correctional labour.",
        [("correctional_labour", "possible", "..P3Y")],
    ),
    (
        "Failure to comply is punishable by administrative arrest of up to 30 days.",
        [("administrative_arrest", "possible", "..P30D")],
    ),
    (
        "Insulting a police officer on duty can lead to restriction of freedom of up to two years.",
        [("restricted_freedom", "possible", "..P2Y")],
    ),
    (
        "Nazira Temirbekovna faces a fine or up to 240 hours of community service.",
        [("fine", "possible", None), ("community_service", "possible", "..PT240H")],
    ),
    (
        "Under Article 274, spreading false information during a state of emergency carries up "
        "to seven years.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    (
        "Under the new rules, drivers caught drunk a second time face 15 days of administrative"
        " arrest.",
        [("administrative_arrest", "possible", "P15D")],
    ),
    (
        "Group murder carries 15 to 20 years in prison or life imprisonment under Article 99.",
        [("imprisonment", "possible", "P15Y..P20Y"), ("life_imprisonment", "possible", None)],
    ),
    (
        "High treason carries a maximum penalty of life imprisonment.",
        [("life_imprisonment", "possible", None)],
    ),
    # --- non-custodial kinds, fines -----------------------------------------------------------
    (
        "The Shymkent city court handed Aigerim Tulegenkyzy a three-year suspended sentence for"
        " fraud.",
        [("suspended", "imposed", "P3Y")],
    ),
    (
        "A court in Kokshetau gave blogger Nurlan Sadykbekov two years of restricted freedom "
        "for spreading false information.",
        [("restricted_freedom", "imposed", "P2Y")],
    ),
    (
        "The Bishkek district court ordered journalist Azamat Toktorbaev to pay a fine of "
        "200,000 som.",
        [("fine", "imposed", None, "200000 KGS")],
    ),
    (
        "Saltanat Zhumabekkyzy was sentenced to 18 months of correctional labour for insulting "
        "a government official.",
        [("correctional_labour", "imposed", "P18M")],
    ),
    (
        "Protester Olzhas Beisenbayev was placed under administrative arrest for 15 days.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "For the graffiti, the court sentenced him to 240 hours of community service.",
        [("community_service", "imposed", "PT240H")],
    ),
    (
        "Kairat Mukhtarbekov received a non-custodial sentence, the court said.",
        [("non_custodial", "imposed", None)],
    ),
    (
        "Activist Zhanna Omarbekova was acquitted of inciting social discord.",
        [("acquittal", "imposed", None)],
    ),
    (
        "Yelena Petrenkova got 4 years and a fine of 3 million tenge.",
        [("imprisonment", "imposed", "P4Y"), ("fine", "imposed", None, "3000000 KZT")],
    ),
    (
        "Nargiza Yusupbekova was given a two-year conditional sentence for forging a diploma.",
        [("suspended", "imposed", "P2Y")],
    ),
    (
        "The court gave Arman Seitkaliyev a year and a half of restricted freedom.",
        [("restricted_freedom", "imposed", "P1Y6M")],
    ),
    (
        "The teenager was sentenced to half a year of restricted freedom.",
        [("restricted_freedom", "imposed", "P6M")],
    ),
    (
        "The court of appeal overturned the conviction and acquitted Berik Yermekbayev.",
        [("acquittal", "imposed", None)],
    ),
    (
        "The court sentenced Olga Shevchenkova to three years of probation for the theft.",
        [("probation", "imposed", "P3Y")],
    ),
    (
        "Activists Dinara Kemelbekova and Aset Mukanbetov were each sentenced to 10 days of "
        "administrative arrest.",
        [
            ("administrative_arrest", "imposed", "P10D"),
            ("administrative_arrest", "imposed", "P10D"),
        ],
    ),
    (
        "The Tashkent court sentenced blogger Otabek Sattorbekov to six years and six months.",
        [("imprisonment", "imposed", "P6Y6M")],
    ),
    (
        "Askhat Zhylkybekov was sentenced to four years of restricted freedom and ordered to "
        "perform 100 hours of community service.",
        [("restricted_freedom", "imposed", "P4Y"), ("community_service", "imposed", "PT100H")],
    ),
    (
        "The Kyrgyz court fined the outlet's editor 100,000 som and gave him a five-year "
        "suspended sentence.",
        [("fine", "imposed", None, "100000 KGS"), ("suspended", "imposed", "P5Y")],
    ),
    (
        "A court in Samarkand handed Dilshod Karimberdiyev a fine of 50 million sum.",
        [("fine", "imposed", None, "50000000 UZS")],
    ),
    (
        "Instead of prison, the court sentenced Laura Aitkulovna to correctional labour.",
        [("correctional_labour", "imposed", None)],
    ),
    (
        "The former governor was sentenced to 13 years and fined 1.2 billion tenge.",
        [("imprisonment", "imposed", "P13Y"), ("fine", "imposed", None, "1200000000 KZT")],
    ),
    (
        "The court ruled that Amina Dzhaksybekkyzy should serve two years and four months of "
        "restricted freedom.",
        [("restricted_freedom", "imposed", "P2Y4M")],
    ),
    (
        "He was administratively arrested for 20 days for taking part in an unauthorised rally "
        "in Uralsk.",
        [("administrative_arrest", "imposed", "P20D")],
    ),
    (
        "The regional court upheld the acquittal of school director Gulmira Sadykbekova.",
        [("acquittal", "imposed", None)],
    ),
    (
        "Nine months of restricted freedom was the penalty Zarina Abenovna received.",
        [("restricted_freedom", "imposed", "P9M")],
    ),
    (
        "Ospan Serikbolov was sentenced to seven years in prison and fined $50,000.",
        [("imprisonment", "imposed", "P7Y"), ("fine", "imposed", None, "50000 USD")],
    ),
    (
        "The case against Sabina Zhaksylykkyzy ended with the jury finding her not guilty.",
        [("acquittal", "imposed", None)],
    ),
    (
        "Talgat Musinbekov received five years of restricted freedom, while his brother Nurlan "
        "was acquitted.",
        [("restricted_freedom", "imposed", "P5Y"), ("acquittal", "imposed", None)],
    ),
    (
        "The judge fined Dmitry Sokolovsky 300 MCI and placed him on probation for one year.",
        [("fine", "imposed", None, "300 MCI"), ("probation", "imposed", "P1Y")],
    ),
    (
        "She was handed a suspended term of one year and six months.",
        [("suspended", "imposed", "P1Y6M")],
    ),
    (
        "For abuse of office, Aliya Saparbekova must pay a fine of 1,000 MCI, the court decided.",
        [("fine", "imposed", None, "1000 MCI")],
    ),
    (
        "Erik Zhunusbekov, 45, was sentenced to nine years of imprisonment and fined 20 million"
        " tenge.",
        [("imprisonment", "imposed", "P9Y"), ("fine", "imposed", None, "20000000 KZT")],
    ),
    (
        "Yerkebulan Daurenbekov was given a four-year conditional sentence and 150 hours of "
        "community service.",
        [("suspended", "imposed", "P4Y"), ("community_service", "imposed", "PT150H")],
    ),
    (
        "Judge Saule Akhmetbekova sentenced the accountant, Irina Belovitskaya, to three years'"
        " restriction of freedom.",
        [("restricted_freedom", "imposed", "P3Y")],
    ),
    (
        "The Kostanay regional court acquitted all three defendants.",
        [("acquittal", "imposed", None)],
    ),
    (
        "The 35-year-old was ordered to do 200 hours of community service and to pay a fine of "
        "150,000 tenge.",
        [("community_service", "imposed", "PT200H"), ("fine", "imposed", None, "150000 KZT")],
    ),
    (
        "Sentencing him to 10 days of administrative arrest, the judge said the picket had been"
        " illegal.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "A Dushanbe court fined the newspaper's founder 40,000 somoni for libel.",
        [("fine", "imposed", None, "40000 TJS")],
    ),
    # --- appeals ------------------------------------------------------------------------------
    (
        "On appeal, the regional court cut Askar Nurmagambetuly's sentence from seven to five "
        "years.",
        [("imprisonment", "imposed", "P7Y"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The Supreme Court reduced the term by two years, to eight years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "At the prosecution's request, the court of appeal increased her sentence from three to"
        " five years.",
        [("imprisonment", "imposed", "P3Y"), ("imprisonment", "imposed", "P5Y")],
    ),
    (
        "The sentence was reduced by 18 months, to six years.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The verdict against Anuar Baimurzinov, four years, was upheld by the appeals court on "
        "Thursday.",
        [("imprisonment", "imposed", "P4Y")],
    ),
    (
        "The court commuted Kenes Zhaksybekuly's life sentence to 25 years.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P25Y")],
    ),
    (
        "Kyrgyzstan's Supreme Court upheld the life sentence of Azamat Sultanbekov.",
        [("life_imprisonment", "imposed", None)],
    ),
    (
        "The appeals panel replaced Daulet Abenuly's four-year prison term with a four-year "
        "suspended sentence.",
        [("imprisonment", "imposed", "P4Y"), ("suspended", "imposed", "P4Y")],
    ),
    # --- near-misses: no penalty stated -------------------------------------------------------
    (
        "A 17-year-old student was detained on suspicion of hooliganism, police said.",
        [],
    ),
    (
        "The court placed Berik Amanbayev under house arrest for two months.",
        [],
    ),
    (
        "Investigators asked the court to remand Dias Zhumabekov in custody for two months.",
        [],
    ),
    (
        "The court extended the pre-trial detention of activist Ayana Serikbolova by three months.",
        [],
    ),
    (
        "Murat Sarsenbekov was found guilty of fraud; sentencing is scheduled for next week.",
        [],
    ),
    (
        "The reporter spent 48 hours in a police cell before being released without charge.",
        [],
    ),
    (
        "The defendants have 15 days to appeal the verdict.",
        [],
    ),
    (
        "This week marks the 30th anniversary of the country's first constitution.",
        [],
    ),
    (
        "Some 4,300 officials have been convicted of corruption since the anti-graft agency was"
        " created, according to its annual report.",
        [],
    ),
    (
        "The appeals court knocked two years off his sentence.",
        [],
    ),
    (
        "Nurgali Bekbolatov was released on parole after serving four years.",
        [],
    ),
    (
        "Kanat Ibraevich, who spent 12 years as akim of the district, denies the charges.",
        [],
    ),
    (
        "The trial, which has lasted seven months, was adjourned for two weeks.",
        [],
    ),
    (
        "Officials unveiled a five-year programme to cut the number of inmates in the country's"
        " colonies.",
        [],
    ),
    (
        "Zhanna Bekmukhambetova has spent three years behind bars awaiting trial.",
        [],
    ),
    (
        "The Supreme Court ordered a retrial in the case of the 32-year-old blogger.",
        [],
    ),
    (
        "The law gives investigators up to 72 hours to bring charges against a detained suspect.",
        [],
    ),
    (
        "Prosecutors have two months to complete the investigation into the explosion.",
        [],
    ),
    (
        "The number of people serving prison sentences fell by 12 percent over three years.",
        [],
    ),
    (
        "Aidos Khamitbekov, 28, pleaded not guilty at the opening of his trial.",
        [],
    ),
    (
        "Rights defenders said the 45-year-old activist had been detained for 10 days without "
        "access to a lawyer.",
        [],
    ),
    (
        "The defendant, who has worked as a customs officer for 15 years, was found guilty of "
        "bribery.",
        [],
    ),
    (
        "The investigation into the deaths at the mine lasted almost two years.",
        [],
    ),
    (
        "The court barred him from leaving the country for six months while the case is "
        "investigated.",
        [],
    ),
    (
        "After 18 years in office, the akim resigned amid a corruption probe.",
        [],
    ),
    (
        "Police say the 14-year-old was held for 48 hours in a temporary detention facility.",
        [],
    ),
    (
        "The judge gave the parties a week to reach a settlement.",
        [],
    ),
    (
        "Rights groups say at least 50 people remain in custody a year after the protests.",
        [],
    ),
    (
        "The court found Serik Zhanuzakbekov guilty on two counts of fraud.",
        [],
    ),
    (
        "The Prosecutor General's Office said 1,700 people had been sentenced to prison in the "
        "first half of the year, 9 percent more than a year earlier.",
        [],
    ),
    (
        "The appeal hearing is expected to take three days.",
        [],
    ),
    (
        "Ruslan Akhmetbekov was transferred to house arrest after 11 months in pre-trial "
        "detention.",
        [],
    ),
    (
        "The court sent the case back to prosecutors for further investigation, giving them one"
        " month.",
        [],
    ),
    (
        "The rights group marked its 20th anniversary by publishing a report on torture in "
        "penal colonies.",
        [],
    ),
    (
        "He walked free after the court counted his two years in pre-trial detention as time "
        "served.",
        [],
    ),
    (
        "Prosecutors dropped the charges against the 52-year-old businessman after eight months"
        " of investigation.",
        [],
    ),
    (
        "On Tuesday the Supreme Court cut his sentence by four years.",
        [],
    ),
    (
        "The court was told that the victim, 9, had been left alone for three days.",
        [],
    ),
    (
        "Investigators have requested that the suspect's arrest be extended by one month.",
        [],
    ),
    (
        "His lawyer argued that the 10-year limitation period for tax evasion had already expired.",
        [],
    ),
    # ========================================================================================
    # The second set, written later in the same way, by another annotator
    # ========================================================================================
    # ----------------------------------------------------------------------------------------
    # Imprisonment handed down, in various surface forms
    # ----------------------------------------------------------------------------------------
    (
        "Ex-police officer jailed for 7 years over Taldykorgan torture case",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Dauren Sarsenbayev, 34, was given 5 (five) years in a medium-security colony, the "
        "Aktobe regional court said on Tuesday.",
        [("imprisonment", "imposed", "P5Y")],
    ),
    (
        "KAZAKH EX-MINISTER GETS NINE YEARS FOR EMBEZZLEMENT",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "A Kostanay court sentenced Yevgeny Lisitsyn, 45, to 3.5 years for defrauding more than "
        "200 shareholders of a housing cooperative.",
        [("imprisonment", "imposed", "P3Y6M")],
    ),
    (
        "Kuanysh Bekov will serve a four-year, six-month term in a minimum-security colony, the "
        "court ruled.",
        [("imprisonment", "imposed", "P4Y6M")],
    ),
    (
        "Mahmadullo Nazarov, 51, a former officer of Tajikistan's border troops, was jailed for "
        "a decade on charges of treason.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "The court sentenced the 19-year-old to a year and a half in a juvenile colony for his "
        "part in the looting of a gun shop.",
        [("imprisonment", "imposed", "P1Y6M")],
    ),
    (
        "The two brothers were each given twenty-one years for the killing of a taxi driver on "
        "the outskirts of Shymkent.",
        [("imprisonment", "imposed", "P21Y")],
    ),
    (
        "Kyrgyz opposition politician Aizada Kubanychbekova was sentenced to 5 years 6 months "
        "in prison on charges of calling for mass unrest.",
        [("imprisonment", "imposed", "P5Y6M")],
    ),
    (
        "Sentenced to 8 years behind bars, the former head of the Karaganda land registry says "
        "he will take his case to the Supreme Court.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The 10-year sentence handed to businessman Berik Zhaksylykov in March will be "
        "appealed, his lawyer said on Friday.",
        [("imprisonment", "imposed", "P10Y")],
    ),
    (
        "The former governor of the Turkestan region was sentenced to six years in a "
        "colony-settlement for negligence that led to the collapse of a school roof.",
        [("imprisonment", "imposed", "P6Y")],
    ),
    # "court jails" restates the same penalty without a term: one entry, not two.
    (
        "Two-and-a-half years for a Facebook post: court jails Aktau activist",
        [("imprisonment", "imposed", "P2Y6M")],
    ),
    (
        "Kazakhstan: Ex-banker gets 9 years in absentia",
        [("imprisonment", "imposed", "P9Y")],
    ),
    (
        "Former Astana deputy mayor Yerkin Sadvakasov was given 4 years and 2 months in prison "
        "for abuse of office.",
        [("imprisonment", "imposed", "P4Y2M")],
    ),
    (
        "The court sentenced Nurlybek Amanov to three years and six months, but he was freed "
        "under an amnesty after serving 14 months.",
        [("imprisonment", "imposed", "P3Y6M")],
    ),
    (
        "Lisa Ivanova, a nurse from Pavlodar, received an 18-month prison term for forging "
        "vaccination records.",
        [("imprisonment", "imposed", "P18M")],
    ),
    (
        '"The court sentenced my client to seven years, and we will appeal," lawyer Yerzhan '
        "Baimukhanov told reporters outside the courthouse.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Seven years in a penal colony: that was the verdict for Igor Semyonov, a pipeline "
        "engineer from Orenburg accused of passing secrets to a foreign state.",
        [("imprisonment", "imposed", "P7Y")],
    ),
    # ----------------------------------------------------------------------------------------
    # Several defendants, elided terms, "respectively", group penalties
    # ----------------------------------------------------------------------------------------
    (
        "Marat Kuanyshev received six years and his brother Sanzhar four, a court in Shymkent "
        "ruled.",
        [("imprisonment", "imposed", "P6Y"), ("imprisonment", "imposed", "P4Y")],
    ),
    (
        "Three former KNB officers were sentenced to prison terms ranging from four to six "
        "years for abusing detainees in January 2022.",
        [("imprisonment", "imposed", "P4Y..P6Y")],
    ),
    (
        "The 14 defendants received sentences of between 3 and 5 years, according to the "
        "court's press service.",
        [("imprisonment", "imposed", "P3Y..P5Y")],
    ),
    (
        "The two former police officers were sentenced to terms of five and six years "
        "respectively.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The three organisers of the pyramid scheme received sentences of seven, eight and nine "
        "years.",
        [
            ("imprisonment", "imposed", "P7Y"),
            ("imprisonment", "imposed", "P8Y"),
            ("imprisonment", "imposed", "P9Y"),
        ],
    ),
    (
        "Nine defendants were jailed for terms of up to 10 years in the largest trial yet over "
        "the unrest in Almaty.",
        [("imprisonment", "imposed", "..P10Y")],
    ),
    (
        "Three customs officers at the Khorgos border crossing were given 7–12 years in prison.",
        [("imprisonment", "imposed", "P7Y..P12Y")],
    ),
    (
        "Former KNB deputy chairman Anuar Sadykov was sentenced to 16 years and his aide to "
        "three years and three months.",
        [("imprisonment", "imposed", "P16Y"), ("imprisonment", "imposed", "P3Y3M")],
    ),
    (
        "Two of the five defendants were given five-year prison terms; the other three were "
        "acquitted.",
        [("imprisonment", "imposed", "P5Y"), ("acquittal", "imposed", None)],
    ),
    # ----------------------------------------------------------------------------------------
    # Requested terms
    # ----------------------------------------------------------------------------------------
    (
        "Prosecutors sought 12 years for the former head of the customs post, but the judge "
        "handed Bauyrzhan Tokhtarov eight.",
        [("imprisonment", "requested", "P12Y"), ("imprisonment", "imposed", "P8Y")],
    ),
    (
        "The prosecutor asked the court to sentence Gulnara Beisenova to no less than ten years.",
        [("imprisonment", "requested", "P10Y..")],
    ),
    (
        "Ex-mayor handed 11-year term; prosecutors had wanted 13",
        [("imprisonment", "imposed", "P11Y"), ("imprisonment", "requested", "P13Y")],
    ),
    (
        "Eleven years: that is what the prosecutor asked for Rustam Kholmatov, the former "
        "deputy head of the Samarkand regional administration.",
        [("imprisonment", "requested", "P11Y")],
    ),
    (
        "Dilshod Yusupov was sentenced to nine years. Prosecutors had asked for 11.",
        [("imprisonment", "imposed", "P9Y"), ("imprisonment", "requested", "P11Y")],
    ),
    (
        "Prosecutors wanted 14 years; the court gave Shokhrukh Rakhimov 10.",
        [("imprisonment", "requested", "P14Y"), ("imprisonment", "imposed", "P10Y")],
    ),
    (
        "Prosecutors asked for eight and six years respectively for the two former traffic "
        "police officers.",
        [("imprisonment", "requested", "P8Y"), ("imprisonment", "requested", "P6Y")],
    ),
    (
        "Prosecutors are seeking 16 years for Amir Ospanov, while his co-defendant could get up "
        "to nine.",
        [("imprisonment", "requested", "P16Y"), ("imprisonment", "possible", "..P9Y")],
    ),
    (
        "The public prosecutor proposed a sentence of four years and two months for the "
        "34-year-old driver.",
        [("imprisonment", "requested", "P4Y2M")],
    ),
    # The defence's request for an acquittal is not a penalty (docs: requests for an acquittal).
    (
        "After prosecutors asked for nine years and the defence for an acquittal, the court "
        "settled on six.",
        [("imprisonment", "requested", "P9Y"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The prosecutor's office appealed, calling the three-year sentence too lenient and "
        "asking for seven.",
        [("imprisonment", "imposed", "P3Y"), ("imprisonment", "requested", "P7Y")],
    ),
    # ----------------------------------------------------------------------------------------
    # Possible penalties
    # ----------------------------------------------------------------------------------------
    (
        "Nurbol Zhaksybekov faces up to 12 years in prison if convicted of organising mass riots.",
        [("imprisonment", "possible", "..P12Y")],
    ),
    (
        "Part 2 of Article 174 carries a penalty of two to seven years of imprisonment.",
        [("imprisonment", "possible", "P2Y..P7Y")],
    ),
    (
        "If convicted, Ainur Kaliyeva risks a three-to-five-year prison term.",
        [("imprisonment", "possible", "P3Y..P5Y")],
    ),
    (
        "Islam Dzhumabekov is threatened with up to five years of imprisonment for inciting "
        "social discord.",
        [("imprisonment", "possible", "..P5Y")],
    ),
    (
        "If the jury rejects his self-defence claim, Arsen Tokhtarov could spend up to seven "
        "years in prison.",
        [("imprisonment", "possible", "..P7Y")],
    ),
    # Confiscation is an ancillary penalty: not one of the eleven kinds, so not recorded.
    (
        "Embezzlement on a large scale carries up to 10 years, plus confiscation of property.",
        [("imprisonment", "possible", "..P10Y")],
    ),
    (
        "The article provides for up to 12 years, but the court gave Azamat Zhaksylykov nine.",
        [("imprisonment", "possible", "..P12Y"), ("imprisonment", "imposed", "P9Y")],
    ),
    (
        "The former police chief faces a maximum of eight years if found guilty of negligence.",
        [("imprisonment", "possible", "..P8Y")],
    ),
    (
        "Smuggling weapons across the border carries a minimum of eight years under Kyrgyz law.",
        [("imprisonment", "possible", "P8Y..")],
    ),
    (
        "Under the amended law, the rape of a minor is punishable by not less than 20 years or "
        "life imprisonment.",
        [("imprisonment", "possible", "P20Y.."), ("life_imprisonment", "possible", None)],
    ),
    # "faced" (possible) governs the first term; "walked free with" is a penalty handed down.
    (
        "Abzal Turysbekov, who faced up to 15 years, walked free with a three-year suspended "
        "sentence.",
        [("imprisonment", "possible", "..P15Y"), ("suspended", "imposed", "P3Y")],
    ),
    # ----------------------------------------------------------------------------------------
    # Appeals
    # ----------------------------------------------------------------------------------------
    (
        "The Supreme Court cut Aigerim Nurlanova's sentence from eight and a half years to six "
        "years.",
        [("imprisonment", "imposed", "P8Y6M"), ("imprisonment", "imposed", "P6Y")],
    ),
    (
        "The appeals chamber upheld the 15-year prison term handed to former security chief "
        "Nurlan Abenov.",
        [("imprisonment", "imposed", "P15Y")],
    ),
    # Commutation: the old (life) and the new (20-year) penalty are both recorded as imposed,
    # as for any appeal that changes a term.
    (
        "The Kyrgyz Supreme Court commuted Nurlan Sadyrbekov's life sentence to 20 years.",
        [("life_imprisonment", "imposed", None), ("imprisonment", "imposed", "P20Y")],
    ),
    (
        "The court replaced Yerbol Nurmagambetov's three-year prison term with three years of "
        "restricted freedom.",
        [("imprisonment", "imposed", "P3Y"), ("restricted_freedom", "imposed", "P3Y")],
    ),
    # An increase on appeal is the old and the new term in order, not a range (CONVENTIONS §1
    # "Appeals"), even though "from five to seven" reads forward like one.
    (
        "The appellate court increased Nurzhan Kassymov's sentence from five to seven years, "
        "siding with the prosecutors.",
        [("imprisonment", "imposed", "P5Y"), ("imprisonment", "imposed", "P7Y")],
    ),
    (
        "Former police major Aslan Kudaibergenov had his sentence reduced by two years, to "
        "eight years.",
        [("imprisonment", "imposed", "P8Y")],
    ),
    # An overturned acquittal was still handed down by the lower court: recorded as an imposed
    # acquittal, then the new term, like the old and new terms of any appeal.
    (
        "The appeals court overturned the acquittal of Rinat Sultanov and sentenced him to "
        "four years.",
        [("acquittal", "imposed", None), ("imprisonment", "imposed", "P4Y")],
    ),
    # ----------------------------------------------------------------------------------------
    # Life imprisonment
    # ----------------------------------------------------------------------------------------
    (
        "Kairat Seitkaliyev was sentenced to life imprisonment for the murder of four people in "
        "Taraz.",
        [("life_imprisonment", "imposed", None)],
    ),
    (
        "Prosecutors demanded a life sentence for the man accused of shooting two police "
        "officers in Aktobe in 2016.",
        [("life_imprisonment", "requested", None)],
    ),
    (
        "If found guilty of terrorism, Madina Ospanova's husband faces life in prison.",
        [("life_imprisonment", "possible", None)],
    ),
    (
        "Prosecutors demanded life imprisonment, but the court sentenced Ilyas Nurmukhamedov to "
        "25 years.",
        [("life_imprisonment", "requested", None), ("imprisonment", "imposed", "P25Y")],
    ),
    (
        "Shymkent man jailed for life for murdering family of five",
        [("life_imprisonment", "imposed", None)],
    ),
    # ----------------------------------------------------------------------------------------
    # Acquittals
    # ----------------------------------------------------------------------------------------
    (
        "The appeals court upheld the acquittal of the two nurses, rejecting the prosecution's "
        "complaint.",
        [("acquittal", "imposed", None)],
    ),
    (
        "Kyrgyz court acquits former MP in gold mine case",
        [("acquittal", "imposed", None)],
    ),
    (
        "The jury found Olzhas Kenesov not guilty of murder after three hours of deliberation.",
        [("acquittal", "imposed", None)],
    ),
    (
        "Prosecutors had sought five years, but the court acquitted Malika Serikbayeva.",
        [("imprisonment", "requested", "P5Y"), ("acquittal", "imposed", None)],
    ),
    # ----------------------------------------------------------------------------------------
    # Suspended and conditional sentences, probation
    # ----------------------------------------------------------------------------------------
    # A suspended term and a probation period stated separately are two penalties, since the
    # docs list "placed on probation for" as a kind of its own.
    (
        "The court gave the driver a three-year suspended sentence and placed him on probation "
        "for three years.",
        [("suspended", "imposed", "P3Y"), ("probation", "imposed", "P3Y")],
    ),
    (
        "Nodira Karimova received a conditional sentence of two years, the Tashkent city court "
        "said.",
        [("suspended", "imposed", "P2Y")],
    ),
    (
        "Each of the four police officers received a suspended sentence of 18 months.",
        [("suspended", "imposed", "P18M")],
    ),
    # A lawyer's "could receive" is still a possible penalty (no term stated).
    (
        "The defendant could receive a suspended sentence if he compensates the damage, his "
        "lawyer said.",
        [("suspended", "possible", None)],
    ),
    (
        "The court placed Almas Kenzhebekov on probation for 18 months.",
        [("probation", "imposed", "P18M")],
    ),
    (
        "Prosecutors asked that the teenager be placed on probation for one year.",
        [("probation", "requested", "P1Y")],
    ),
    (
        "The former rector of the agrarian university got two years' probation for forging "
        "diplomas.",
        [("probation", "imposed", "P2Y")],
    ),
    # ----------------------------------------------------------------------------------------
    # Restricted freedom, non-custodial sentences
    # ----------------------------------------------------------------------------------------
    (
        "Askar Temirkhanov was handed a two-and-a-half-year term of restricted freedom for "
        "insulting a police officer.",
        [("restricted_freedom", "imposed", "P2Y6M")],
    ),
    (
        "Ruslan Ismailov, a 27-year-old activist from Zhanaozen, was given one year and nine "
        "months of restricted freedom.",
        [("restricted_freedom", "imposed", "P1Y9M")],
    ),
    (
        "Blogger Aliya Zhakupova was sentenced to half a year of restricted freedom for a post "
        "about the health minister.",
        [("restricted_freedom", "imposed", "P6M")],
    ),
    (
        "Pensioner Raisa Golovko was sentenced to 1½ years of restricted freedom for a social "
        "media comment.",
        [("restricted_freedom", "imposed", "P1Y6M")],
    ),
    (
        "The activists face from 18 months to three years of restricted freedom.",
        [("restricted_freedom", "possible", "P18M..P3Y")],
    ),
    (
        "Activist Aruzhan Kenzhegulova was sentenced to restriction of freedom; the length of "
        "the term was not disclosed.",
        [("restricted_freedom", "imposed", None)],
    ),
    # "the prison term prosecutors had sought" is a requested penalty in its own right, with no
    # length stated.
    (
        "The court chose two years of restricted freedom rather than the prison term "
        "prosecutors had sought.",
        [("restricted_freedom", "imposed", "P2Y"), ("imprisonment", "requested", None)],
    ),
    (
        "In Moscow, prosecutors asked for two years of restricted freedom for Kazakh student "
        "Aidos Zhunusbekov over an anti-war leaflet.",
        [("restricted_freedom", "requested", "P2Y")],
    ),
    (
        "The judge imposed a non-custodial sentence on the fourth defendant, a 62-year-old "
        "pensioner.",
        [("non_custodial", "imposed", None)],
    ),
    (
        "The police colonel was given a two-year non-custodial sentence.",
        [("non_custodial", "imposed", "P2Y")],
    ),
    # ----------------------------------------------------------------------------------------
    # Community service, correctional labour, administrative arrest
    # ----------------------------------------------------------------------------------------
    (
        "Bakyt Osmonaliev, a former customs official in Osh, was sentenced to 200 hours of "
        "community service.",
        [("community_service", "imposed", "PT200H")],
    ),
    (
        "The blogger was ordered to perform 120 hours of public works for insulting a state "
        "official.",
        [("community_service", "imposed", "PT120H")],
    ),
    (
        "Prosecutors have requested 240 hours of community service for the student who painted "
        "graffiti on the monument.",
        [("community_service", "requested", "PT240H")],
    ),
    (
        "The offence is punishable by up to 300 hours of community service.",
        [("community_service", "possible", "..PT300H")],
    ),
    (
        "The teenager was ordered to do a hundred hours of community service.",
        [("community_service", "imposed", "PT100H")],
    ),
    (
        "A court in Dushanbe sentenced Farhod Davlatov to two years of correctional labour.",
        [("correctional_labour", "imposed", "P2Y")],
    ),
    # The share of wages withheld is part of the correctional-labour penalty, not a fine.
    (
        "The Tomsk court sentenced Alexei Vorobyov to one year of corrective labour with 10 "
        "percent of his wages withheld.",
        [("correctional_labour", "imposed", "P1Y")],
    ),
    (
        "Prosecutors sought 18 months of correctional labour for the bank clerk.",
        [("correctional_labour", "requested", "P18M")],
    ),
    (
        "Insulting the president is punishable by up to two years of correctional labour or up "
        "to five years in prison.",
        [("correctional_labour", "possible", "..P2Y"), ("imprisonment", "possible", "..P5Y")],
    ),
    (
        "Activist Zhanna Omarova was administratively arrested for 15 days after an "
        "unsanctioned rally in Uralsk.",
        [("administrative_arrest", "imposed", "P15D")],
    ),
    (
        "Five participants of the picket were each given 10 days of administrative arrest.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "The activist faces up to 20 days of administrative arrest under Article 488 of the "
        "Code of Administrative Offences.",
        [("administrative_arrest", "possible", "..P20D")],
    ),
    # "administrative detention" is the same penalty as administrative arrest (the conventions
    # only list "administrative arrest" and "administratively arrested").
    (
        "A court in Bishkek sentenced journalist Kanat Usenov to 10 days of administrative "
        "detention for taking part in an unauthorised protest.",
        [("administrative_arrest", "imposed", "P10D")],
    ),
    (
        "Two of the protesters were fined and a third was given 10 days of administrative arrest.",
        [("fine", "imposed", None), ("administrative_arrest", "imposed", "P10D")],
    ),
    # ----------------------------------------------------------------------------------------
    # Fines
    # ----------------------------------------------------------------------------------------
    # A ban on holding office is an entry of kind ban since schema version 2 (CONVENTIONS §1);
    # first annotated without it, when bans were no kind.
    (
        "Saule Mukhtarova, the former head of a state hospital in Semey, was fined 2 million "
        "tenge and barred from holding public office for five years.",
        [
            ("fine", "imposed", None, "2000000 KZT"),
            ("ban", "imposed", "P5Y", "holding public office"),
        ],
    ),
    # MRP (the Russian-language abbreviation of the monthly calculation index) is MCI.
    (
        "The court ordered the construction company's director to pay a fine of 300 MRP.",
        [("fine", "imposed", None, "300 MCI")],
    ),
    (
        "Prosecutors have asked for a fine of 5,000 MCI for the former minister of agriculture.",
        [("fine", "requested", None, "5000 MCI")],
    ),
    (
        "Former deputy energy minister Askhat Zhumagaliyev was sentenced to six years and fined "
        "1.5 million tenge.",
        [("imprisonment", "imposed", "P6Y"), ("fine", "imposed", None, "1500000 KZT")],
    ),
    (
        "Yelena Kovaleva, a schoolteacher from Tomsk, was fined 30,000 roubles for "
        '"discrediting" the army.',
        [("fine", "imposed", None, "30000 RUB")],
    ),
    # Uzbek soums (sums) are recorded as UZS, the ISO 4217 code.
    (
        "A Tashkent court fined blogger Jasur Ergashev 45 million soums for insulting a "
        "district governor.",
        [("fine", "imposed", None, "45000000 UZS")],
    ),
    (
        "The company's former CEO was fined $12,000 and given a two-year suspended term.",
        [("fine", "imposed", None, "12000 USD"), ("suspended", "imposed", "P2Y")],
    ),
    (
        "Dias Mukhametov faces a fine of 2,000 MCI or up to two years of restricted freedom.",
        [("fine", "possible", None, "2000 MCI"), ("restricted_freedom", "possible", "..P2Y")],
    ),
    (
        "Spreading false information during a state of emergency is punishable by a fine or up "
        "to five years of restricted freedom.",
        [("fine", "possible", None), ("restricted_freedom", "possible", "..P5Y")],
    ),
    (
        "Talgat Orazbekov was sentenced to five years and ordered to pay a fine of KZT 3.4 mln.",
        [("imprisonment", "imposed", "P5Y"), ("fine", "imposed", None, "3400000 KZT")],
    ),
    (
        "The court imposed a fine of ₸250,000 on the owner of the café where the fire started.",
        [("fine", "imposed", None, "250000 KZT")],
    ),
    (
        "Kyrgyzstan: Journalist fined 65,000 soms",
        [("fine", "imposed", None, "65000 KGS")],
    ),
    (
        "Prosecutors want Bolat Serikov jailed for nine years and fined 100 million tenge.",
        [("imprisonment", "requested", "P9Y"), ("fine", "requested", None, "100000000 KZT")],
    ),
    # ----------------------------------------------------------------------------------------
    # Near-misses: nothing here is a penalty
    # ----------------------------------------------------------------------------------------
    (
        "Yerlan Sadykov, 42, pleaded not guilty to charges under Part 3 of Article 190 of the "
        "Criminal Code.",
        [],
    ),
    (
        "The court extended Asel Nurmagambetova's pre-trial detention by two months, until "
        "15 June.",
        [],
    ),
    (
        "He spent two years in pre-trial detention before the case reached court.",
        [],
    ),
    (
        "The trial, which lasted three months, heard from more than 60 witnesses.",
        [],
    ),
    (
        "The judge remanded the suspect in custody for two months at the prosecutor's request.",
        [],
    ),
    (
        "Prosecutors asked the court to remand Bolat Akhmetov for two months while the "
        "investigation continues.",
        [],
    ),
    (
        "Kanat Mamyrov was placed under house arrest for 30 days.",
        [],
    ),
    (
        "The 17-year-old was detained for 72 hours and then released without charge.",
        [],
    ),
    (
        "Police held the journalist for 48 hours before letting him go.",
        [],
    ),
    (
        "The verdict can be appealed within 15 days.",
        [],
    ),
    (
        "The hearing was adjourned for two weeks after the defendant fell ill.",
        [],
    ),
    (
        "Aidana Zhumabayeva, who served 12 years as akim of the district, was found guilty of "
        "abuse of office.",
        [],
    ),
    (
        "Nearly 1,400 people have been convicted over the January 2022 events, according to "
        "the Prosecutor General's Office.",
        [],
    ),
    (
        "After serving 10 years of his sentence, Rashid Nurgaliyev was released on parole.",
        [],
    ),
    (
        "The defence asked for an acquittal, saying the confession had been obtained under "
        "torture.",
        [],
    ),
    (
        "Nobody in the courtroom expected an acquittal.",
        [],
    ),
    (
        "Relatives of the 23-year-old hope the court will show leniency when it delivers its "
        "verdict next week.",
        [],
    ),
    (
        "The court ordered the bank to pay 4 million tenge in damages to the victim's family.",
        [],
    ),
    (
        "Bail was set at 50 million tenge, which the businessman paid the same day.",
        [],
    ),
    (
        "Investigators say the official took a bribe of $150,000 in exchange for a land plot "
        "near Kapshagay.",
        [],
    ),
    (
        "The Interior Ministry has unveiled a five-year plan to reform the penitentiary system.",
        [],
    ),
    (
        "All officers must complete 40 hours of training on human rights standards.",
        [],
    ),
    # A limitation period is a length of time in law, not a penalty.
    (
        "The statute of limitations for the offence is 10 years, so the case could still be "
        "reopened.",
        [],
    ),
    (
        "On the third anniversary of the January events, relatives laid flowers in Almaty.",
        [],
    ),
    (
        "The former deputy minister was given 30 days to respond to the claim.",
        [],
    ),
    (
        "The prosecutor's office has not said what sentence it will seek for the three men.",
        [],
    ),
    (
        "Zhenis Abenov was found guilty of fraud; sentencing is scheduled for next Tuesday.",
        [],
    ),
    (
        "Ermek Tursunov, 58, worked for 25 years in the customs service before his arrest in 2021.",
        [],
    ),
    (
        "The investigation into the deaths of 238 people took more than two years.",
        [],
    ),
    (
        "A 12-year-old boy was among the 16 people injured in the clashes in Nukus.",
        [],
    ),
    # The size of a reduction is not a penalty (docs: "knocked two years off his sentence").
    (
        "His sentence was reduced by two years on appeal.",
        [],
    ),
    (
        "Akmaral Sultanova was released from the colony in 2020 under an amnesty.",
        [],
    ),
    (
        "The prison, built in 1962, holds about 1,200 inmates.",
        [],
    ),
    (
        "The travel ban, a preventive measure imposed for the duration of the investigation, "
        "was lifted on Monday.",
        [],
    ),
    (
        "Article 405 of the Criminal Code bans participation in the activities of extremist "
        "organisations.",
        [],
    ),
    (
        "The defendants, aged between 19 and 45, denied the charges.",
        [],
    ),
    (
        "Tajik police questioned the 64-year-old for eight hours.",
        [],
    ),
    (
        "The hunger strike lasted 21 days before the prisoner was taken to hospital.",
        [],
    ),
    (
        "The judge gave the parties 10 days to submit their final arguments.",
        [],
    ),
    (
        "She denies wrongdoing and hopes to be acquitted when the trial resumes in May.",
        [],
    ),
]
