"""Russian passages and the penalties they state, written by hand with invented names and numbers.

Each row: the passage, then each penalty as "kind status term" (term an ISO duration or range,
"-" for none), with "fine=AMOUNT CURRENCY" or "detail=..." after it where the penalty has one.
Modelled on the forms of Russian court reports from Kazakhstan, Kyrgyzstan, Uzbekistan and
Russia; no sentence is copied from one.
"""

from __future__ import annotations

CASES: list[tuple[str, list[str], str]] = [
    (
        "Суд арестовал трех активистов – Асель Нурланову, Дину Оспанову и Ерлана Жумабаева на 12 "
        "суток каждого.",
        ["administrative_arrest imposed P12D"] * 3,  # one for each of the three named
        "arrested-a-list-of-people-for-days",
    ),
    (
        "Государственный обвинитель, выступивший первым, потребовал признать Ивана Петрова, "
        "Олжаса Сериккали и Нурбека Айтбаева виновными по части 1 статьи 272 Уголовного "
        "кодекса и по части 3 статьи 24 УК и приговорить их к 4 годам лишения свободы.",
        ["imprisonment requested P4Y"],
        "a-request-to-find-guilty-and-sentence-far-from-its-verb",
    ),
    (
        "Суд приговорил его к шести годам лишения свободы. На основании статьи 63 УК "
        "назначенное наказание постановлено считать условным. Его соучастнику назначено четыре "
        "года лишения свободы; суд не счел возможным считать это наказание условным.",
        ["suspended imposed P6Y", "imprisonment imposed P4Y"],
        "a-term-a-later-sentence-deems-conditional",
    ),
    (
        "Суд приговорил каждого из подсудимых к трехлетнему ограничению свободы, а их соседу "
        "назначил двухлетнее ограничение свободы.",
        ["restricted_freedom imposed P3Y", "restricted_freedom imposed P2Y"],
        "an-adjectival-term-before-restricted-freedom",
    ),
    (
        "Суд назначил ему штраф в размере 1.350.000 тенге. Его брата оштрафовали на 240.000 тенге.",
        ["fine imposed - fine=1350000 KZT", "fine imposed - fine=240000 KZT"],
        "sums-with-points-between-thousands",
    ),
    (
        "Осужденным также запрещено заниматься журналистикой на протяжении четырех лет.",
        ["ban imposed P4Y detail=заниматься журналистикой"],
        "a-ban-for-a-term-after-на-протяжении",
    ),
    (
        "Суд запретил ей на протяжении двух лет работать с детьми. На протяжении трех лет он "
        "работал в школе.",
        ["ban imposed P2Y detail=работать с детьми"],
        "a-ban-with-its-term-first-after-на-протяжении",
    ),
    (
        "Все четверо задержанных осуждены на два с половиной года условно.",
        ["suspended imposed P2Y6M"],
        "the-detained-sentenced-is-no-detention",
    ),
    (
        "Суд приговорил бывшего мэра к 1 млн 600 тысячам рублей штрафа за взятку.",
        ["fine imposed - fine=1600000 RUB"],
        "an-amount-in-the-dative-before-the-fine",
    ),
    (
        "Восьмилетний срок Данияру Кошкарбаеву суд обосновал размером хищения. Его 20-летний "
        "срок службы истек, пятилетний срок давности тоже. Реальные сроки получили 312 "
        "осужденных.",
        ["imprisonment imposed P8Y"],
        "an-adjectival-term-named-alone",
    ),
    (
        "Турдубаев и Эсенова оштрафованы на 200 тысяч и 100 тысяч сомов соответственно. Их "
        "оштрафовали на 300, 200 и 100 МРП соответственно.",
        [
            "fine imposed - fine=200000 KGS",
            "fine imposed - fine=100000 KGS",
            "fine imposed - fine=300 MCI",
            "fine imposed - fine=200 MCI",
            "fine imposed - fine=100 MCI",
        ],
        "fines-listed-respectively",
    ),
    (
        "Его приговорили к пяти годам. Кроме того, в течение трех лет после отбытия наказания он "
        "не сможет занимать должности в государственных органах. Он не сможет работать в школе, "
        "сказал адвокат.",
        [
            "imprisonment imposed P5Y",
            "ban imposed P3Y detail=занимать должности в государственных органах",
        ],
        "a-ban-as-what-he-cannot-do",
    ),
    (
        "Прокурор просил для него пожизненное. Он получил пожизненное.",
        ["life_imprisonment requested -", "life_imprisonment imposed -"],
        "life-as-a-noun",
    ),
    (
        "Двое подростков 16 и 17 лет приговорены к 200 часам общественных работ каждый.",
        ["community_service imposed PT200H"],
        "ages-after-a-genitive-plural",
    ),
    (
        "Единственным оправданным стал 26-летний Ринат Мусин. Это был оправданный риск.",
        ["acquittal imposed -"],
        "the-acquitted-one-became",
    ),
    (
        "Рахимову назначено 8 лет лишения свободы. Также на 3 года он лишен права занимать "
        "руководящие должности.",
        ["imprisonment imposed P8Y", "ban imposed P3Y detail=занимать руководящие должности"],
        "a-ban-term-before-a-pronoun",
    ),
    (
        "Ее оштрафовали на 150 тысяч рублей; обвинение настаивало на годе колонии-поселения.",
        ["fine imposed - fine=150000 RUB", "imprisonment requested P1Y"],
        "a-year-with-no-number-in-the-prepositional",
    ),
    (
        "Ему дали пять лет, хотя он рассчитывал на условный срок. Она опасалась реального срока.",
        ["imprisonment imposed P5Y"],
        "a-hope-or-a-fear-is-no-penalty",
    ),
    (
        "Мурат Йылдыз оштрафован на 20 тысяч лари. Его брата оштрафовали на 500 тысяч драмов.",
        ["fine imposed - fine=20000 GEL", "fine imposed - fine=500000 AMD"],
        "lari-and-drams",
    ),
    (
        "Иона Руссу оштрафовали на 60 тысяч леев. Его заместитель оштрафован на 1500 лей.",
        ["fine imposed - fine=60000 MDL", "fine imposed - fine=1500 MDL"],
        "moldovan-lei",
    ),
    (
        "Присяжные приняли вердикт о невиновности подсудимых.",
        ["acquittal imposed -"],
        "verdict-of-innocence",
    ),
    (
        "Его приговорили к пяти годам ограничения свободы, но апелляционный суд смягчил "
        "наказание до трёх лет.",
        ["restricted_freedom imposed P5Y", "restricted_freedom imposed P3Y"],
        "an-appeal-changes-a-term-of-the-same-kind",
    ),
    # an elided request past a name
    (
        "Ему назначено шесть лет лишения свободы, хотя прокурор Дархан Мусаев запрашивал восемь.",
        ["imprisonment imposed P6Y", "imprisonment requested P8Y"],
        "elided-request-past-a-name",
    ),
    (
        "Суд приговорил к пожизненному лишению свободы Бахтияра Ирисова. Летом он убил двоих. "
        "Наказание назначено, как и просил государственный обвинитель.",
        ["life_imprisonment imposed -", "life_imprisonment requested -"],
        "same-penalty-as-requested-two-sentences-on",
    ),
    # the same term, requested
    (
        "Суд дал бывшему начальнику департамента 6 лет, прокуратура просила столько же.",
        ["imprisonment imposed P6Y", "imprisonment requested P6Y"],
        "same-term-requested",
    ),
    (
        "Суд приговорил его к пожизненному лишению свободы. Наказание назначено, как и просил "
        "государственный обвинитель.",
        ["life_imprisonment imposed -", "life_imprisonment requested -"],
        "same-penalty-as-requested",
    ),
    # a time spent, with its verb after the term: no penalty
    (
        "Потерпевший получил перелом челюсти и две недели провел в больнице.",
        [],
        "time-spent-verb-after",
    ),
    # a ban by a gerund
    (
        "Суд приговорил ее к 6 годам лишения свободы, пожизненно запретив ей занимать должности "
        "на государственной службе.",
        [
            "imprisonment imposed P6Y",
            "ban imposed - detail=занимать должности на государственной службе",
        ],
        "ban-gerund-lifelong",
    ),
    # imprisonment, imposed
    (
        "Суд приговорил Ержана Сапарова к 7 годам лишения свободы.",
        ["imprisonment imposed P7Y"],
        "k-godam",
    ),
    (
        "Его приговорили к семи годам колонии общего режима.",
        ["imprisonment imposed P7Y"],
        "words-colony",
    ),
    ("Подсудимый получил восьмилетний срок.", ["imprisonment imposed P8Y"], "adjective"),
    ("Восьмилетний срок получил Иванов.", ["imprisonment imposed P8Y"], "adjective-fronted"),
    ("Прокурор просил 300 часов.", ["community_service requested PT300H"], "hours-alone"),
    (
        "Суд назначил ему наказание в виде 1 года и 6 месяцев лишения свободы.",
        ["imprisonment imposed P1Y6M"],
        "v-vide",
    ),
    ("Он был осужден на 7 лет.", ["imprisonment imposed P7Y"], "osuzhden-na"),
    (
        "Наказание ему смягчено до шести лет лишения свободы.",
        ["imprisonment imposed P6Y"],
        "smyagcheno-do-is-the-new-term-not-a-cap",
    ),
    ("Срок снижен до 6 лет.", ["imprisonment imposed P6Y"], "snizhen-do"),
    (
        "Суд приговорил его к 2 годам «домашней химии».",
        ["restricted_freedom imposed P2Y"],
        "domashnyaya-khimiya",
    ),
    (
        "Суд приговорил его к 2 годам «домашней химии» — ограничения свободы без направления в "
        "исправительное учреждение открытого типа.",
        ["restricted_freedom imposed P2Y"],
        "a-kind-word-explaining-the-term-is-no-second-penalty",
    ),
    ("Ему дали 8 лет строгого режима.", ["imprisonment imposed P8Y"], "dali-strogogo"),
    (
        "Его приговорили к 15 годам лишения свободы в исправительной колонии строгого режима.",
        ["imprisonment imposed P15Y"],
        "ik-strogogo",
    ),
    (
        "Приговор: полтора года колонии-поселения.",
        ["imprisonment imposed P1Y6M"],
        "kolonia-poselenie",
    ),
    (
        "Суд приговорил его к восьми с половиной годам лишения свободы.",
        ["imprisonment imposed P8Y6M"],
        "and-a-half",
    ),
    (
        "Суд признал его виновным по ч. 3 ст. 272 УК РК и назначил 8 лет лишения свободы с "
        "отбыванием наказания в учреждении средней безопасности.",
        ["imprisonment imposed P8Y"],
        "uchrezhdenie",
    ),
    (
        "Он осужден к 6 годам и 6 месяцам лишения свободы с конфискацией имущества.",
        ["imprisonment imposed P6Y6M"],
        "confiscation-no-entry",
    ),
    ("Бекзата Омарова приговорили к 5 годам заочно.", ["imprisonment imposed P5Y"], "in-absentia"),
    ("Суд оставил приговор без изменения: 9 лет колонии.", ["imprisonment imposed P9Y"], "upheld"),
    ("Подсудимые получили по семь лет.", ["imprisonment imposed P7Y"], "po-sem"),
    ("Бывший аким Кентау проведет в колонии 10 лет.", ["imprisonment imposed P10Y"], "provedet"),
    ("Суд приговорил его к лишению свободы.", ["imprisonment imposed -"], "no-term"),
    ("Ему назначили 10 лет тюремного заключения.", ["imprisonment imposed P10Y"], "tyuremnoe"),
    (
        "Экс-глава полиции Жанибек Нуров получил 11 лет.",
        ["imprisonment imposed P11Y"],
        "bare-term-cue",
    ),
    (
        "Суд Бишкека приговорил блогера к пяти годам лишения свободы.",
        ["imprisonment imposed P5Y"],
        "bishkek",
    ),
    ("Мирзаев осужден на 12 лет.", ["imprisonment imposed P12Y"], "tashkent"),
    # requested and possible
    (
        "Прокурор запросил для подсудимого девять лет, но суд назначил шесть.",
        ["imprisonment requested P9Y", "imprisonment imposed P6Y"],
        "requested-then-elided",
    ),
    (
        "Гособвинитель просил назначить ему 9 лет лишения свободы.",
        ["imprisonment requested P9Y"],
        "prosil-naznachit",
    ),
    ("Девять лет колонии запросил прокурор.", ["imprisonment requested P9Y"], "cue-after"),
    ("Прокурор настаивал на 5 годах лишения свободы.", ["imprisonment requested P5Y"], "nastaival"),
    (
        "Сторона обвинения запросила для обоих по 10 лет.",
        ["imprisonment requested P10Y"],
        "dlya-oboih",
    ),
    (
        "Прокурор потребовал 12 лет лишения свободы, суд дал 10.",
        ["imprisonment requested P12Y", "imprisonment imposed P10Y"],
        "potreboval-dal",
    ),
    (
        "Обвинение просило для Петрова условный срок.",
        ["suspended requested -"],
        "requested-suspended",
    ),
    (
        "Ему грозит от трех до пяти лет лишения свободы.",
        ["imprisonment possible P3Y..P5Y"],
        "grozit-range",
    ),
    (
        "Подсудимому грозит до 10 лет лишения свободы.",
        ["imprisonment possible ..P10Y"],
        "grozit-do",
    ),
    ("Ему может грозить до семи лет тюрьмы.", ["imprisonment possible ..P7Y"], "mozhet-grozit"),
    (
        "Статья предусматривает наказание вплоть до 12 лет.",
        ["imprisonment possible ..P12Y"],
        "vplot-do",
    ),
    (
        "За хулиганство предусмотрено наказание в виде штрафа в размере до 1000 МРП либо "
        "ограничения свободы на срок до 3 лет.",
        ["fine possible - fine=1000 MCI", "restricted_freedom possible ..P3Y"],
        "law-statement",
    ),
    (
        "Ей может быть назначено наказание сроком от 5 до 10 лет.",
        ["imprisonment possible P5Y..P10Y"],
        "mozhet-byt-naznacheno",
    ),
    # suspended, restricted freedom, arrest, community service, correctional labour
    (
        "Айнур Сапарова приговорена к 3 годам лишения свободы условно с испытательным сроком 2 "
        "года.",
        ["suspended imposed P3Y"],
        "suspended-with-probation-period",
    ),
    ("Он получил 3 года условно.", ["suspended imposed P3Y"], "uslovno"),
    ("Суд назначил ему условный срок.", ["suspended imposed -"], "uslovny-srok"),
    ("Суд назначил ей условный срок в 2 года.", ["suspended imposed P2Y"], "uslovny-srok-v"),
    (
        "Суд приговорил его к 4 годам ограничения свободы.",
        ["restricted_freedom imposed P4Y"],
        "restricted",
    ),
    (
        "Ей назначили 2 года ограничения свободы.",
        ["restricted_freedom imposed P2Y"],
        "restricted-naznachili",
    ),
    (
        "Бывшего замакима приговорили к ограничению свободы сроком на 3 года.",
        ["restricted_freedom imposed P3Y"],
        "restricted-left",
    ),
    (
        "Блогера арестовали на 15 суток.",
        ["administrative_arrest imposed P15D"],
        "arrested-for-days",
    ),
    (
        "Активисту назначили 10 суток административного ареста.",
        ["administrative_arrest imposed P10D"],
        "admin-arrest",
    ),
    (
        "Суд назначил ему административный арест на 5 суток.",
        ["administrative_arrest imposed P5D"],
        "admin-arrest-left",
    ),
    (
        "Его приговорили к 240 часам общественных работ.",
        ["community_service imposed PT240H"],
        "community",
    ),
    (
        "Мужчине назначили 200 часов общественных работ.",
        ["community_service imposed PT200H"],
        "community-naznachili",
    ),
    (
        "Суд назначил ей обязательные работы на 320 часов.",
        ["community_service imposed PT320H"],
        "obyazatelnye",
    ),
    (
        "Его приговорили к 2 годам исправительных работ.",
        ["correctional_labour imposed P2Y"],
        "correctional",
    ),
    (
        "Ему назначили исправительные работы сроком на 1 год.",
        ["correctional_labour imposed P1Y"],
        "correctional-left",
    ),
    (
        "Суд назначил наказание, не связанное с лишением свободы.",
        ["non_custodial imposed -"],
        "non-custodial",
    ),
    # life, acquittal
    ("Суд приговорил его к пожизненному лишению свободы.", ["life_imprisonment imposed -"], "life"),
    (
        "Убийцу приговорили к пожизненному заключению.",
        ["life_imprisonment imposed -"],
        "life-zaklyuchenie",
    ),
    ("Суд оправдал журналиста.", ["acquittal imposed -"], "acquitted"),
    (
        "Суд назначил сыну 5 лет лишения свободы.",
        ["imprisonment imposed P5Y"],
        "a-dative-before-its-term-is-no-age",
    ),
    # the present tense of a timeline
    ("Марата Ахметова суд оправдывает.", ["acquittal imposed -"], "acquits-present"),
    (
        "Коллегия снижает срок Ерлану Досову до четырех лет.",
        ["imprisonment imposed P4Y"],
        "reduces-present",
    ),
    (
        "Суд арестовывает каждого из них на 15 суток.",
        ["administrative_arrest imposed P15D"],
        "arrests-present",
    ),
    ("Активистка оправдана.", ["acquittal imposed -"], "acquitted-passive"),
    ("Суд вынес оправдательный приговор.", ["acquittal imposed -"], "acquittal-verdict"),
    # fines
    ("Суд назначил ему штраф в размере 100 МРП.", ["fine imposed - fine=100 MCI"], "fine-mrp"),
    ("Суд назначил ему штраф в размере 100 БРВ.", ["fine imposed - fine=100 BCA"], "fine-brv"),
    (
        "Его оштрафовали на 50 базовых расчётных величин.",
        ["fine imposed - fine=50 BCA"],
        "fine-basic-calculation-amounts",
    ),
    (
        "Ему назначен штраф в размере 150 БРВ (56,25 млн сумов).",
        ["fine imposed - fine=56250000 UZS"],
        "fine-brv-then-the-money",
    ),
    ("Суд оправдал его по двум эпизодам.", [], "acquitted-on-two-episodes-is-no-acquittal"),
    ("Он был оправдан по части обвинений.", [], "acquitted-of-part-of-the-charges"),
    (
        "Суд оправдал его по части 2 статьи 190 УК.",
        ["acquittal imposed -"],
        "acquitted-under-a-part-of-an-article",
    ),
    (
        "Других подсудимых приговорили к 120 часам принудительных работ.",
        ["community_service imposed PT120H"],
        "hours-of-forced-labour-are-community-service",
    ),
    (
        "Сыдыков приговорен к шести годам лишения свободы условно с одним годом испытательного "
        "срока.",
        ["suspended imposed P6Y"],
        "a-probation-term-after-its-suspended-term-is-no-penalty",
    ),
    (
        "По его словам, справедливо было бы услышать оправдательный приговор.",
        [],
        "an-acquittal-that-would-be-fair-is-no-verdict",
    ),
    (
        "Суд приговорил экс-губернатора к 9,5 годам колонии и 900 тыс. рублей штрафа.",
        ["imprisonment imposed P9Y6M", "fine imposed - fine=900000 RUB"],
        "a-fines-amount-before-it-after-and",
    ),
    (
        "Одному из задержанных также назначили 40 часов обязательных работ, а двум другим – по 20 "
        "тысяч рублей штрафа.",
        ["community_service imposed PT40H", "fine imposed - fine=20000 RUB"],
        "hours-given-to-one-of-the-detained-and-a-fine-each",
    ),
    (
        "У всех подсудимых остались неотбытые сроки наказания — от 3 до 11 месяцев.",
        [],
        "what-was-left-of-an-earlier-term-is-no-penalty",
    ),
    ("Причем даже условного наказания не назначили.", [], "a-kind-denied-after-it"),
    ("Суд не назначил ему штраф.", [], "a-kind-denied-before-it"),
    ("Суд не оправдал его.", [], "an-acquittal-denied"),
    ("Реального срока он не получил.", [], "a-real-term-not-received"),
    (
        "Жительница города получила условный срок – 1 год и 6 месяцев. Испытательный срок – два "
        "года.",
        ["suspended imposed P1Y6M"],
        "a-suspended-term-after-a-dash-and-its-probation-after-a-dash",
    ),
    (
        "Двое студентов аграрного университета, 19 и 20 лет, получили по два года.",
        ["imprisonment imposed P2Y"],
        "ages-listed-after-a-description",
    ),
    ("До апелляции она провела в СИЗО больше пяти месяцев.", [], "time-spent-in-detention"),
    ("Её подзащитный полтора года добивался справедливости.", [], "a-duration-of-striving"),
    (
        "Ее оштрафовали на 500 тысяч тенге.",
        ["fine imposed - fine=500000 KZT"],
        "fine-thousand-tenge",
    ),
    ("Суд оштрафовал депутата на 200 МРП.", ["fine imposed - fine=200 MCI"], "fine-object"),
    (
        "Кыргызский суд оштрафовал блогера на 100 тысяч сомов.",
        ["fine imposed - fine=100000 KGS"],
        "fine-som",
    ),
    (
        "В Ташкенте суд назначил ему штраф в размере 45 миллионов сумов.",
        ["fine imposed - fine=45000000 UZS"],
        "fine-sum",
    ),
    ("Его оштрафовали на 300 000 рублей.", ["fine imposed - fine=300000 RUB"], "fine-roubles"),
    (
        "Суд приговорил его к штрафу в размере 1,5 млн тенге.",
        ["fine imposed - fine=1500000 KZT"],
        "fine-million",
    ),
    ("Его оштрафовали.", ["fine imposed -"], "fine-no-amount"),
    (
        "Его приговорили к 5 (пяти) годам лишения свободы и штрафу в размере 1,5 млн тенге.",
        ["imprisonment imposed P5Y", "fine imposed - fine=1500000 KZT"],
        "prison-and-fine",
    ),
    # bans
    (
        "Бывшего акима приговорили к 10 годам с пожизненным запретом занимать должности на "
        "государственной службе.",
        [
            "imprisonment imposed P10Y",
            "ban imposed - detail=занимать должности на государственной службе",
        ],
        "lifelong-ban",
    ),
    (
        "Его лишили права управления транспортным средством на 2 года.",
        ["ban imposed P2Y detail=управления транспортным средством"],
        "driving-ban",
    ),
    (
        "Суд приговорил его к 4 годам ограничения свободы с лишением права занимать руководящие "
        "должности сроком на 3 года.",
        ["restricted_freedom imposed P4Y", "ban imposed P3Y detail=занимать руководящие должности"],
        "ban-after-restricted",
    ),
    # several penalties, appeals
    (
        "Иванов получил шесть лет, Петров — четыре.",
        ["imprisonment imposed P6Y", "imprisonment imposed P4Y"],
        "elided-dash",
    ),
    (
        "Их приговорили к девяти и семи годам соответственно.",
        ["imprisonment imposed P9Y", "imprisonment imposed P7Y"],
        "respectively",
    ),
    (
        "Оба подсудимых получили по 12 лет лишения свободы, а третий — 9.",
        ["imprisonment imposed P12Y", "imprisonment imposed P9Y"],
        "third-dash",
    ),
    (
        "Апелляционный суд снизил срок с семи до пяти лет.",
        ["imprisonment imposed P7Y", "imprisonment imposed P5Y"],
        "appeal-from-to",
    ),
    (
        "Апелляционная инстанция снизила срок до пяти лет.",
        ["imprisonment imposed P5Y"],
        "appeal-down-to",
    ),
    (
        "Апелляционный суд заменил реальный срок на 3 года ограничения свободы.",
        ["restricted_freedom imposed P3Y"],
        "appeal-replaced",
    ),
    (
        "Прокурор попросил назначить ей 4 года, но суд ограничился условным сроком.",
        ["imprisonment requested P4Y", "suspended imposed -"],
        "request-then-suspended",
    ),
    (
        "Она приговорена к 5 годам 6 месяцам лишения свободы.",
        ["imprisonment imposed P5Y6M"],
        "compound-without-and",
    ),
    ("Чиновник отделался штрафом.", ["fine imposed -"], "got-off-with-a-fine"),
    ("Суд ограничился штрафом в 200 МРП.", ["fine imposed - fine=200 MCI"], "fine-v"),
    (
        "Ее приговорили к двум годам ограничения свободы с привлечением к принудительному труду "
        "на 100 часов ежегодно.",
        ["restricted_freedom imposed P2Y"],
        "forced-work-of-restricted-freedom",
    ),
    (
        "Ахметову назначено 3 года ограничения свободы с привлечением к общественным работам "
        "сроком 100 часов ежегодно.",
        ["restricted_freedom imposed P3Y"],
        "community-work-of-restricted-freedom",
    ),
    ("Ему могут дать до 7 лет.", ["imprisonment possible ..P7Y"], "mogut-dat"),
    (
        "Санкция статьи предусматривает наказание в виде лишения свободы на срок от 3 до 7 лет.",
        ["imprisonment possible P3Y..P7Y"],
        "sanction-of-the-article",
    ),
    ("Суд признал его невиновным и оправдал.", ["acquittal imposed -"], "one-acquittal"),
    (
        "Судья приговорила бывшего полицейского к 4,5 года лишения свободы.",
        ["imprisonment imposed P4Y6M"],
        "decimal-comma",
    ),
    (
        "Приговор — 8 лет. Прокурор просил 10.",
        ["imprisonment imposed P8Y", "imprisonment requested P10Y"],
        "next-sentence-request",
    ),
    (
        "Суд приговорил находящегося под стражей Ерлана Абенова к 7 годам лишения свободы.",
        ["imprisonment imposed P7Y"],
        "in-custody-is-a-state",
    ),
    (
        "Суд приговорил задержанного в январе активиста к 5 годам.",
        ["imprisonment imposed P5Y"],
        "detained-is-a-description",
    ),
    (
        "Его осудили за хулиганство к 2 годам лишения свободы.",
        ["imprisonment imposed P2Y"],
        "za-crime-k-term",
    ),
    (
        "Суд признал виновными трех полицейских и приговорил их к 6, 7 и 8 годам лишения "
        "свободы соответственно.",
        ["imprisonment imposed P6Y", "imprisonment imposed P7Y", "imprisonment imposed P8Y"],
        "three-respectively",
    ),
    (
        "Бывший министр обороны получил 15 лет, его заместитель — 12 лет.",
        ["imprisonment imposed P15Y", "imprisonment imposed P12Y"],
        "two-stated",
    ),
    (
        "Суд апелляционной инстанции смягчил приговор: вместо 8 лет ему назначено 5 лет лишения "
        "свободы.",
        ["imprisonment imposed P8Y", "imprisonment imposed P5Y"],
        "appeal-instead-of",
    ),
    (
        "Осужденный также лишен права занимать должности в правоохранительных органах пожизненно.",
        ["ban imposed - detail=занимать должности в правоохранительных органах"],
        "lifelong-ban-after",
    ),
    (
        "Он проведет пять лет в колонии, а права управления транспортным средством лишен "
        "пожизненно.",
        [
            "imprisonment imposed P5Y",
            "ban imposed - detail=права управления транспортным средством",
        ],
        "right-first-lifelong-ban-is-no-life-term",
    ),
    (
        "Водительских прав его лишили на два года.",
        ["ban imposed P2Y detail=Водительских прав"],
        "right-first-ban-with-a-term",
    ),
    (
        "Суд назначил:\n\n— Ерлану Ахметову – 12 лет лишения свободы;\n— Мадияру Сарсенову – 10 "
        "лет;\n— Руслану Киму – семь лет и шесть месяцев.",
        ["imprisonment imposed P12Y", "imprisonment imposed P10Y", "imprisonment imposed P7Y6M"],
        "a-list-lead-governs-its-bare-terms",
    ),
    (
        "Апелляционная коллегия смягчает наказание Темирханову до десяти лет.",
        ["imprisonment imposed P10Y"],
        "an-appeal-verb-in-the-present-gives-the-new-term",
    ),
    ("Коллегия сокращает срок на два года.", [], "a-reduction-in-the-present-is-no-term"),
    ("Судья зачитывал приговор больше двух часов.", [], "how-long-a-reading-took-is-no-term"),
    ("Суд длился 5 часов, ему дали 3 года.", ["imprisonment imposed P3Y"], "a-trial-in-hours"),
    ("Суд приговорил его к 200 часам.", ["community_service imposed PT200H"], "hours-after-verb"),
    (
        "Ему суд назначил четыре года условно: на момент переписки Кравцу было 17 лет.",
        ["suspended imposed P4Y"],
        "an-age-with-было-is-no-term",
    ),
    (
        "Суд приговорил их к полутора годам лишения свободы. Срок содержания под стражей "
        "засчитан им за два, и им осталось сидеть полгода.",
        ["imprisonment imposed P1Y6M"],
        "what-is-left-to-serve-is-no-term",
    ),
    (
        "Восемь бухгалтеров получили по 7 лет тюрьмы, а двум женщинам с детьми разрешено "
        "отсрочить начало наказания на пять лет.",
        ["imprisonment imposed P7Y"],
        "a-deferral-by-its-verb-is-no-term",
    ),
    (
        "«Признать Оспанова виновным в совершении уголовного правонарушения, предусмотренного "
        "пунктом 2 части 4 статьи 188 УК, и назначить ему наказание в виде лишения свободы "
        "сроком на 5 лет», – огласила судья.",
        ["imprisonment imposed P5Y"],
        "the-crimes-article-is-no-cue-of-a-possible-term",
    ),
    (
        "Администратора канала Дилнозу Эргашеву, 27 лет, суд приговорил к полутора годам "
        "ограничения свободы.",
        ["restricted_freedom imposed P1Y6M"],
        "an-age-apposed-to-a-name-is-no-term",
    ),
    (
        "Суд приговорил Иванова, 9 лет, Петрова, 7 лет.",
        ["imprisonment imposed P9Y", "imprisonment imposed P7Y"],
        "a-list-of-names-and-terms-is-no-ages",
    ),
    (
        "Адилову С. — 2 года ограничения свободы и запрет на 3 года заниматься "
        "предпринимательской деятельностью.",
        [
            "restricted_freedom imposed P2Y",
            "ban imposed P3Y detail=заниматься предпринимательской деятельностью",
        ],
        "a-ban-with-its-term-first",
    ),
    (
        "Ему запрещено на три года заниматься врачебной деятельностью.",
        ["ban imposed P3Y detail=заниматься врачебной деятельностью"],
        "a-prohibition-with-its-term-first",
    ),
    (
        "Каждому из осужденных запрещено в течение 5 лет создавать политические партии.",
        ["ban imposed P5Y detail=создавать политические партии"],
        "a-prohibition-with-its-term-first-after-в-течение",
    ),
    (
        "Днем ранее по такому же делу на 38 тысяч рублей был оштрафован депутат.",
        ["fine imposed - fine=38000 RUB"],
        "a-fines-amount-before-its-verb",
    ),
    (
        "Прокурор просил назначить Дуйсенову три года ограничения свободы, а Утегеновой – "
        "два года.",
        ["restricted_freedom requested P3Y", "restricted_freedom requested P2Y"],
        "a-bare-term-in-a-parallel-list-takes-the-kind-before",
    ),
    (
        "Суд назначил Иванову штраф, а Петрову – 3 года.",
        ["fine imposed -", "imprisonment imposed P3Y"],
        "a-parallel-term-after-a-kind-with-no-term-is-prison",
    ),
    (
        "Активисты Жанибек Мукашев и Азамат Серикбаев арестованы на 15 и 10 суток соответственно.",
        ["administrative_arrest imposed P15D", "administrative_arrest imposed P10D"],
        "arrests-listed-respectively",
    ),
    (
        "Алишер Рахимов отправится в колонию на восемь лет, Нурболат Исмаилов – на семь с "
        "половиной.",
        ["imprisonment imposed P8Y", "imprisonment imposed P7Y6M"],
        "an-elided-term-with-a-half-after-на",
    ),
    (
        "Тимур Кайратов проведет в колонии 12 лет, хотя сторона обвинения настаивала на 14.",
        ["imprisonment imposed P12Y", "imprisonment requested P14Y"],
        "an-elided-request-after-a-term-with-its-kind-first",
    ),
    (
        "Он приговорен к девяти годам лишения свободы, ему пожизненно запрещено занимать "
        "должности на государственной службе.",
        [
            "imprisonment imposed P9Y",
            "ban imposed - detail=занимать должности на государственной службе",
        ],
        "пожизненно-запрещено-is-a-ban-not-a-life-term",
    ),
    (
        "Суд приговорил Назарова к пожизненному лишению свободы — такого наказания для него "
        "требовал и государственный обвинитель.",
        ["life_imprisonment imposed -", "life_imprisonment requested -"],
        "the-same-penalty-requested",
    ),
    (
        "🔹 Для Сейтканулы государственный обвинитель запросил 8 лет лишения свободы.\n"
        "🔹 Для Избасаровой – 5 лет лишения свободы.",
        ["imprisonment requested P8Y", "imprisonment requested P5Y"],
        "a-list-item-takes-the-cue-opening-the-item-before",
    ),
    ("Присяжные вынесли оправдательный вердикт.", ["acquittal imposed -"], "acquittal-jury"),
    (
        "Ему грозит наказание вплоть до пожизненного лишения свободы.",
        ["life_imprisonment possible -"],
        "possible-life",
    ),
    (
        "Суд назначил ему 3 года ограничения свободы и запретил занимать государственные "
        "должности в течение 5 лет.",
        [
            "restricted_freedom imposed P3Y",
            "ban imposed P5Y detail=занимать государственные должности",
        ],
        "ban-verb",
    ),
    (
        "Кроме того, суд запретил осужденному управлять транспортными средствами 1,5 года. "
        "Второй получил запрет работать в органах внутренних дел три года.",
        [
            "ban imposed P1Y6M detail=осужденному управлять транспортными средствами",
            "ban imposed P3Y detail=работать в органах внутренних дел",
        ],
        "ban-with-its-term-straight-after-what-it-bars",
    ),
    (
        "Суд назначил наказание в виде лишения свободы сроком на шесть лет с лишением права "
        "занимать должности на государственной службе и в органах местного самоуправления, "
        "связанные с осуществлением функций представителя власти, организационно-"
        "распорядительных и административно-хозяйственных полномочий на срок три года.",
        [
            "imprisonment imposed P6Y",
            "ban imposed P3Y detail=занимать должности на государственной службе и в органах "
            "местного самоуправления, связанные с осуществлением функций представителя власти, "
            "организационно-распорядительных и административно-хозяйственных полномочий",
        ],
        "ban-whose-long-list-of-functions-runs-past-commas-to-its-term",
    ),
    (
        "Суд назначил 300 часов принудительных работ.",
        ["community_service imposed PT300H"],
        "forced-labour",
    ),
    (
        "За организацию массовых беспорядков Жумабекова приговорили к 8 годам, за участие в них "
        "Сыдыкова — к 5.",
        ["imprisonment imposed P8Y", "imprisonment imposed P5Y"],
        "elided-k",
    ),
    (
        "Водителю Нурбеку Асанову назначено два года пробационного надзора.",
        ["probation imposed P2Y"],
        "probation-supervision",
    ),
    (
        "После освобождения ему на три года запрещено администрировать сайты.",
        ["ban imposed P3Y detail=администрировать сайты"],
        "ban-term-before-zapreshcheno",
    ),
    (
        "Всем троим пожизненно запрещено занимать должности в органах полиции.",
        ["ban imposed - detail=занимать должности в органах полиции"],
        "ban-for-life-zapreshcheno",
    ),
    (
        "Еркиновой — 4 года лишения свободы (прокурор просил 6 лет).",
        ["imprisonment imposed P4Y", "imprisonment requested P6Y"],
        "request-in-brackets-after",
    ),
    (
        "Мировой судья оштрафовал его на 30 тыс. рублей и лишил прав на полтора года.",
        ["fine imposed - fine=30000 RUB", "ban imposed P1Y6M detail=прав"],
        "fine-abbreviated-thousands-and-licence",
    ),
    (
        "Кроме того, Касымова лишили водительских прав на два года.",
        ["ban imposed P2Y detail=водительских прав"],
        "driving-licence",
    ),
    (
        "Кроме того, суд на три года лишил Бакыт уулу права занимать должности на государственной "
        "службе и постановил конфисковать его имущество.",
        ["ban imposed P3Y detail=занимать должности на государственной службе"],
        "ban-with-a-two-word-object-before-a-second-verb",
    ),
    (
        "Цою, который держал задержанного за руки, определено пять лет.",
        ["imprisonment imposed P5Y"],
        "opredeleno",
    ),
    (
        "Ему назначено 9 лет лишения свободы с лишением права занимать должности на "
        "государственной службе, связанные с осуществлением функций представителя власти, "
        "сроком на 6 лет.",
        [
            "imprisonment imposed P9Y",
            "ban imposed P6Y detail=занимать должности на государственной службе, связанные с "
            "осуществлением функций представителя власти",
        ],
        "ban-with-a-participle-clause-before-its-term",
    ),
    (
        "Кроме того, на три года ей запрещено администрировать сайты и телеграм-каналы.",
        ["ban imposed P3Y detail=администрировать сайты и телеграм-каналы"],
        "term-then-a-pronoun-then-the-ban",
    ),
    (
        "Прокуроры хотят посадить блогера на девять лет.",
        ["imprisonment requested P9Y"],
        "a-request-as-what-prosecutors-want",
    ),
    (
        "Гособвинитель призвала назначить Сапарову шесть лет лишения свободы.",
        ["imprisonment requested P6Y"],
        "a-request-as-a-call-to-impose",
    ),
    (
        "«Прошу назначить подсудимому наказание в виде семи лет лишения свободы», — сказала в "
        "прениях прокурор.",
        ["imprisonment requested P7Y"],
        "a-request-in-the-prosecutors-own-words",
    ),
    (
        "Двое подсудимых получили максимальные сроки — по 16 лет лишения свободы. Максимальное "
        "наказание по этой статье — 20 лет.",
        ["imprisonment imposed P16Y", "imprisonment possible ..P20Y"],
        "the-most-imposed-is-no-maximum-of-the-law",
    ),
    (
        "Обвинение запросило по шесть лет лишения свободы, для Арсена Ковальчука — пять лет, а "
        "для Дениса Мартыненко, Павла Горбунова, Степана Зуева, Игоря Лаптева и Олега Тарана — "
        "по четыре года и шесть месяцев.",
        [
            "imprisonment requested P6Y",
            "imprisonment requested P5Y",
            *["imprisonment requested P4Y6M"] * 5,  # one for each of the five named with "по"
        ],
        "a-request-reaches-on-from-term-to-term-after-dashes",
    ),
    (
        "Апелляционная коллегия решила сократить ему срок до девяти месяцев.",
        ["imprisonment imposed P9M"],
        "a-court-decided-to-cut-the-term-to",
    ),
    (
        "Прокурор запросил Айдару Сеитову три года колонии, но по амнистии попросил сократить "
        "срок до восьми месяцев.",
        ["imprisonment requested P3Y", "imprisonment requested P8M"],
        "a-prosecutor-asked-to-cut-the-term-to",
    ),
    (
        "Гособвинитель просил суд назначить двоим подсудимым пожизненное лишение свободы. "
        "Подсудимым Б.Сейтову и К.Омарову назначить 20 и 18 лет лишения свободы.",
        [
            "life_imprisonment requested -",
            "imprisonment requested P20Y",
            "imprisonment requested P18Y",
        ],
        "a-requests-next-sentence-without-its-verb",
    ),
    (
        "Суд решил назначить ему пять лет, хотя мог назначить и семь лет.",
        ["imprisonment imposed P5Y", "imprisonment possible P7Y"],
        "an-infinitive-after-a-decision-or-a-modal-is-no-request",
    ),
    (
        "«Окончательно к отбытию Сейтову Арману Болатовичу назначить восемь лет лишения свободы», "
        "— сказал судья.",
        ["imprisonment imposed P8Y"],
        "an-infinitive-in-a-judges-quote-is-the-verdict",
    ),
    (
        "Ерлан Сапаров приговорен к 9, его заместитель Марат Бекенов - к 7, Айбек Нуров - к 4 "
        "годам лишения свободы.",
        ["imprisonment imposed P9Y", "imprisonment imposed P7Y", "imprisonment imposed P4Y"],
        "elided-terms-before-the-stated-one-each-going-on-to-the-next-person",
    ),
    (
        "«С учетом всех обстоятельств дела предлагаю суду Сеитова Армана признать виновным в "
        "совершении преступления, предусмотренного статьей 261 частью 2 УК РК, и назначить ему "
        "наказание с учетом статьи 55 УК РК семь лет лишения свободы».",
        ["imprisonment requested P7Y"],
        "a-prosecutors-quoted-proposal-is-a-request",
    ),
    (
        "Для Ивана Петрова прокурор требует 2 года колонии общего режима. Для Сергея Орлова и "
        "Олега Белова – 1 год и 8 месяцев общего режима.",
        ["imprisonment requested P2Y", "imprisonment requested P1Y8M"],
        "a-request-reaches-a-next-sentence-of-only-for-whom-and-a-dash",
    ),
    (
        "Его заместители получили условные сроки (четыре и три года соответственно).",
        ["suspended imposed P4Y", "suspended imposed P3Y"],
        "a-kind-before-a-bracketed-list-of-terms",
    ),
    (
        "Ему дали 16 лет — на два года меньше, чем просил прокурор.",
        ["imprisonment imposed P16Y"],
        "a-difference-between-terms-is-no-term",
    ),
    (
        "Ему дали семь лет. Прокурор просил для него на год больше, а для его брата — столько же.",
        ["imprisonment imposed P7Y"],
        "a-difference-ending-its-clause-is-no-term",
    ),
    (
        "Суд приговорил его к трем годам условно и запретил ему два года работать в полиции.",
        ["suspended imposed P3Y", "ban imposed P2Y detail=работать в полиции"],
        "a-bans-term-before-what-it-bars-with-no-preposition",
    ),
    (
        "Ему запрещено пять лет заниматься охотой.",
        ["ban imposed P5Y detail=заниматься охотой"],
        "a-ban-in-the-passive-with-its-term-first",
    ),
    (
        "Он приговорен к 8-ми годам лишения свободы, его сообщник — к 5-ти годам, а третий "
        "фигурант — к 3-м годам условно.",
        ["imprisonment imposed P8Y", "imprisonment imposed P5Y", "suspended imposed P3Y"],
        "digits-with-a-case-ending",
    ),
    (
        "Трое из них получили по четыре года колонии, двое – по 1,5 условно.",
        ["imprisonment imposed P4Y", "suspended imposed P1Y6M"],
        "an-elided-term-with-its-own-kind-after-it",
    ),
    (
        "Суд приговорил его к 5 годам, из них два года - условного наказания.",
        ["imprisonment imposed P5Y", "suspended imposed P2Y"],
        "a-suspended-part-after-a-dash-in-the-genitive",
    ),
    (
        "Ему назначили 3 года условного срока.",
        ["suspended imposed P3Y"],
        "three-years-of-uslovnogo-sroka",
    ),
    (
        "Его соучастнику суд дал условное.",
        ["suspended imposed -"],
        "uslovnoe-alone-is-a-suspended-sentence",
    ),
    (
        "Остальные приговорены к ограничению свободы на сроки от года до трех лет.",
        ["restricted_freedom imposed P1Y..P3Y"],
        "a-range-from-a-year-and-a-kind-before-na-sroki",
    ),
    (
        "Кроме того, ему запрещено в течение последующих пяти лет садиться за руль.",
        ["ban imposed P5Y detail=садиться за руль"],
        "a-bans-term-after-v-techenie-posleduyushchikh",
    ),
    (
        "На свободе оставили лишь бывшего директора: суд учел, что ему 72 года, и назначил 2 года "
        "ограничения свободы.",
        ["restricted_freedom imposed P2Y"],
        "an-age-after-that-and-a-pronoun",
    ),
    (
        "Суд признал женщину виновной и наказал штрафом.",
        ["fine imposed -"],
        "punished-with-a-fine",
    ),
    (
        "Верховный суд отменил приговор в отношении Ерлана Бекова, оправданного судом присяжных.",
        ["acquittal imposed -"],
        "acquitted-by-a-jury-as-a-participle",
    ),
    (
        "Суд приговорил Ерлана Сабитова к 12 годам; Айбека Мусина – к 15 годам; Марата Ахметова "
        "– к 10 годам. Прокурор доволен – 5 лет работы не прошли даром.",
        ["imprisonment imposed P12Y", "imprisonment imposed P15Y", "imprisonment imposed P10Y"],
        "a-verdict-reaches-past-semicolons-to-terms-after-dashes",
    ),
    (
        "Прокуроры просили суд назначить максимальный срок по статье (8 лет лишения свободы). Суд "
        "назначил ему максимальный срок - 10 лет. Ему грозит максимальный срок в 12 лет.",
        ["imprisonment requested P8Y", "imprisonment imposed P10Y", "imprisonment possible ..P12Y"],
        "the-maximum-a-court-is-asked-for-or-gives-is-the-term",
    ),
    (
        "Семь лет затребовали для заместителя главного инженера.",
        ["imprisonment requested P7Y"],
        "zatrebovali-is-a-request",
    ),
    (
        "Судья приговорил Михаила Субоча и Павла Виноградова к двум годам, а Михаила Дашука к "
        "полутора годам ограничения свободы.",
        ["restricted_freedom imposed P2Y", "restricted_freedom imposed P1Y6M"],
        "a-bare-term-takes-the-kind-of-the-next-persons",
    ),
    (
        "Также на пять лет запретили заниматься охотничьей деятельностью», – сообщили в суде.",
        ["ban imposed P5Y detail=заниматься охотничьей деятельностью"],
        "a-ban-ending-a-quotation",
    ),
    (
        "Прокурор просил лишить его на пять лет права занимать государственные должности.",
        ["ban requested P5Y detail=занимать государственные должности"],
        "a-ban-with-its-term-between-the-verb-and-the-right",
    ),
    (
        "Адвокат потребовал отвода судьи, заявив, что тот вынес решение о штрафе в 20 МРП.",
        ["fine imposed - fine=20 MCI"],
        "a-decision-handed-down-after-a-demand-for-something-else",
    ),
    (
        "Активиста приговорили к 12 суткам спецприемника.",
        ["administrative_arrest imposed P12D"],
        "days-in-the-special-detention-centre-are-an-administrative-arrest",
    ),
    (
        "Блогера оштрафовали на 45 минимальных расчетных показателей (МРП).",
        ["fine imposed - fine=45 MCI"],
        "the-mci-spelt-out-as-a-minimal-index",
    ),
    (
        "Все осужденные должны выплатить 750 тыс. рублей штрафа.",
        ["fine imposed - fine=750000 RUB"],
        "an-amount-to-pay-before-shtrafa",
    ),
]

NEAR_MISSES: list[tuple[str, str]] = [
    ("Защита просила оправдать подсудимого.", "acquittal-requested"),
    ("После полугода судебных заседаний суд вынес приговор.", "after-half-a-year-of-hearings"),
    ("Адвокат надеется на оправдательный приговор.", "acquittal-hoped"),
    ("Суд сократил срок на два года.", "size-of-reduction"),
    ("Не прошло и двух недель, как суд вынес новый приговор.", "time-that-passed"),
    ("Прошло пять лет с тех пор, как суд вынес приговор.", "years-that-passed"),
    (
        "Суд применил к осужденному амнистию на 1 год; наказание он отбудет в колонии.",
        "size-of-an-amnesty",
    ),
    ("Мэрия получила лицензию на аренду сроком на 99 лет.", "length-of-a-lease"),
    ("Банк выдал ему кредит на 5 лет.", "length-of-a-loan"),
    ("Суд арестовал подозреваемого на два месяца.", "pretrial-arrest"),
    ("Суд арестовывает подозреваемого на два месяца.", "pretrial-arrest-present"),
    ("Две девочки 12 и 13 лет погибли, еще один ребенок получил травмы.", "ages-after-a-noun"),
    ("Суд избрал меру пресечения в виде ареста на два месяца.", "preventive-measure"),
    ("Его поместили под домашний арест на два месяца.", "house-arrest"),
    ("Суд продлил срок ареста на один месяц.", "extended-arrest"),
    ("Его задержали на 72 часа.", "held-72-hours"),
    ("В возрасте 41 года он переехал в Алматы.", "age"),
    ("Три года назад он был осужден.", "years-ago"),
    ("Приговор может быть обжалован в течение 15 суток.", "appeal-deadline"),
    ("Суд признал подсудимого виновным.", "guilty-no-penalty"),
    ("В 2022 году суд приговорил 15 человек.", "statistic"),
    ("Процесс длился два года.", "trial-length"),
    ("Он работал в полиции 20 лет.", "years-of-work"),
    ("За последние 5 лет осуждены 300 человек.", "over-the-last"),
    ("Приговор огласят через две недели.", "in-two-weeks"),
    ("Ранее он отбыл 3 года за кражу.", "time-served"),
    ("За 5 лет работы он ни разу не был наказан.", "za-years-of-work"),
    ("Он уже 5 лет находится в розыске.", "uzhe-years"),
    ("Он провел в СИЗО полтора года.", "pretrial-time"),
    (
        "Суд приговорил его к 3 годам с отсрочкой отбывания наказания на 2 года.",
        "deferral-only-the-term",
    ),
    ("Адвокат попросил о смягчении приговора.", "leniency-asked"),
    ("41-летний мужчина работал водителем.", "age-adjective"),
    ("Ему назначен пробационный контроль на 2 года.", "probation-control"),
    ("Штрафные санкции за нарушения увеличены.", "shtrafnye-sanktsii"),
    ("Лишение свободы — самая строгая мера.", "kind-word-in-a-definition"),
    ("Суд избрал меру пресечения в виде запрета определенных действий.", "preventive-ban"),
    ("Ему запрещен выезд за пределы страны.", "travel-ban"),
    ("Суд запретил ему покидать дом с 22:00 до 6 утра.", "a-curfew-hour-is-no-ban-term"),
    (
        "Люди вышли на улицы из-за поправок, которые лишали жителей права провести референдум.",
        "a-law-that-deprives-of-a-right-is-no-ban",
    ),
]
"""Passages that state no penalty, or only the first one ("deferral-only-the-term" has one)."""

NEAR_MISS_PENALTIES = {"deferral-only-the-term": ["imprisonment imposed P3Y"]}
