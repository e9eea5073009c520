r"""Hand-annotated date table: passages, their reference date, and every date they state.

Each row is ``pytest.param(text, reference, expected, id=...)``:

- ``text``: one sentence or short passage of English legal-news prose;
- ``reference``: the date relative expressions are resolved against, ``"YYYY-MM-DD"``, or
  ``None`` when the article states no publication date;
- ``expected``: every calendar date expression in ``text``, in order, as
  ``(mention, value, mod)``: ``mention`` is the exact substring (CONVENTIONS.md §2: a leading
  preposition left out, a leading "the" and modifier words kept), ``value`` the TIMEX3 value
  (a day range gives its first day) and ``mod`` one of ``"START"``, ``"MID"``, ``"END"``,
  ``"APPROX"`` or ``None``.

``SEED_CASES`` holds every date expression in the bodies of the five bundled seed articles,
copied exactly (no-break spaces and curly quotes are written as ``\u`` escapes).
``CASES`` holds further passages written for this table, grouped by form. Every row was read
and resolved by hand; none was produced by a parser.

Decisions where CONVENTIONS.md §2 is silent (each is also commented at its row):

- A month name used attributively or in the possessive ("the January events", "January's
  protests") is a date; the mention is the month name alone, without "'s" (as TimeBank tags
  "Friday" in "Friday's announcement"). So is an attributive year ("the 2022 upheaval").
  "Bloody January" is the proper name of an event, not a date.
- "this week" / "last week" / "next week" resolve to the reference's ISO week, by analogy with
  "this/last/next month"; with no reference, "this week" is ``XXXX-WXX``.
- "over the weekend" is not recorded (§2 has no weekend value); "in recent years", "the past
  year or so", "a month later", "the day after protests broke out" and other phrases anchored
  on an event or denoting a duration are not dates.
- Beyond §2, TIMEX3's decades ("the 1990s": ``199``), centuries ("the 20th century": ``19``)
  and reference values ("now": ``PRESENT_REF``, "in the past": ``PAST_REF``, "in the future":
  ``FUTURE_REF``) are read; the mention of "at present" is "present", as "at" is a leading
  preposition.
- A winter takes the year of its December (§2 lists the seasons SP|SU|FA|WI, so WI is the last
  season of its year): with reference 2023-06-10 "last winter" is ``2022-WI``.
- "was due to" is not a future cue (§2 lists "is/are due to"); "scheduled" and "expected" are,
  whatever the tense of the verb before them. "may" and "would" are not cues.
- "the first few days of January 2022" is one mention with mod ``START``, like "the beginning
  of"; "the day after tomorrow", "last spring", "last autumn" and "the year 2020" follow the
  nearest rule in §2.
- A date's clause is its own clause: a cue in a preposed subordinate clause, in a clause
  joined by "and", or before a semicolon does not make a later date future.
- Any leading preposition is left out of a mention, also those §2 does not list ("throughout",
  "for").
- Passages where a literal reading of the tense rule would contradict the obvious meaning
  ("originally scheduled for April 20, was postponed", "On May 2 the verdict is expected") are
  deliberately not in the table.
"""

import pytest

SEED_CASES: list[object] = [
    # --- seed 000 (Eurasianet, date line 2023-04-04) -------------------------------------------
    pytest.param(
        "A former top police officer in Kazakhstan who has been on trial on charges of enabling "
        "the\u00a0bloody unrest\u00a0that gripped the country for days in early 2022 has fled "
        "the country.",
        "2023-04-04",
        [("early 2022", "2022", "START")],
        id="seed000-early-2022",
    ),
    pytest.param(
        "Local media reported over the weekend that that Serik Kudebayev, 58, who was under "
        "house arrest, crossed the border into Kyrgyzstan on March 23 and flew out to Istanbul "
        "later the same day.",
        "2023-04-04",
        # "over the weekend": §2 has no weekend value; "later the same day" is anaphoric.
        [("March 23", "2023-03-23", None)],
        id="seed000-march-23",
    ),
    pytest.param(
        "The border service\u00a0said\u00a0on April 3 that\u00a0Kudebayev did not cross any "
        "official border checkpoints",
        "2023-04-04",
        [("April 3", "2023-04-03", None)],
        id="seed000-april-3",
    ),
    pytest.param(
        "The charge levelled at Kudebayev is that he was, while serving as head of police for the "
        "Almaty region, a subdivision that does not include the city of Almaty itself, culpable "
        "of failing to act to halt the turmoil that unfolded in the first few days of January "
        "2022.",
        "2023-04-04",
        # "the first few days of" is a part-of-period modifier like "the beginning of": START.
        [("the first few days of January 2022", "2022-01", "START")],
        id="seed000-first-few-days-of-january-2022",
    ),
    pytest.param(
        "The chaos that Kudebayev failed to police occurred days after a series of escalating, "
        "but peaceful, nationwide anti-government protests.",
        "2023-04-04",
        [],  # "days after" is anchored on an event, not a calendar date
        id="seed000-days-after",
    ),
    pytest.param(
        "More than 230 people lost their lives in the events.",
        "2023-04-04",
        [],
        id="seed000-count-230",
    ),
    pytest.param(
        "Kudebayev was fired last April and became the object of a criminal investigation a "
        "month later.",
        "2023-04-04",
        # last April: most recent April strictly before the reference month; "a month later"
        # is counted from an event, not from the reference, so it is not a calendar date.
        [("last April", "2022-04", None)],
        id="seed000-last-april",
    ),
    pytest.param(
        "His trial began in Taldykorgan in January.",
        "2023-04-04",
        [("January", "2023-01", None)],
        id="seed000-january",
    ),
    pytest.param(
        "A verdict was first due to be delivered on March 10, but that session was postponed "
        "due to Kudebayev\u2019s alleged ill-health.",
        "2023-04-04",
        # "was due to" is not a cue (§2 lists "is/are due to"): latest March 10 on or before.
        [("March 10", "2023-03-10", None)],
        id="seed000-march-10-was-due",
    ),
    pytest.param(
        "At the end of March, the judge presiding over the trial ordered the former police "
        "officer to be brought to the court by force, which is when the Prosecutor General's "
        "Office discovered that the defendant\u00a0had absconded.",
        "2023-04-04",
        [("the end of March", "2023-03", "END")],
        id="seed000-end-of-march",
    ),
    # --- seed 001 (no publication date) --------------------------------------------------------
    pytest.param(
        "In recent years, the spotlight has repeatedly fallen on high-ranking security personnel "
        "from the Almaty region, stirring questions about accountability during times of civil "
        "unrest.",
        None,
        [],  # "recent years" is a vague period, not a calendar date
        id="seed001-recent-years",
    ),
    pytest.param(
        "The person at the center of the accusations is alleged to have engaged in actions that "
        "many observers describe as abuses of power and acts of torture amid the January "
        "disturbances.",
        None,
        # attributive month name: a date; the mention is the month name alone
        [("January", "XXXX-01", None)],
        id="seed001-january-disturbances",
    ),
    pytest.param(
        "An official from the Zhetysu district court stated that on March 23, he crossed from the "
        "Republic of Kazakhstan into the Kyrgyz Republic and, later that same day, flew from the "
        "Manas International Airport in Bishkek to Istanbul.",
        None,
        [("March 23", "XXXX-03-23", None)],
        id="seed001-march-23",
    ),
    pytest.param(
        "The same judicial updates noted that local police had learned that the ex-leader, who "
        "had previously been under house arrest, had met with neighbors and family members and "
        "had not been seen since mid-March, a detail that investigators found relevant to the "
        "broader case and the conditions surrounding his movements.",
        None,
        [("mid-March", "XXXX-03", "MID")],
        id="seed001-mid-march",
    ),
    pytest.param(
        "Reports indicate that the individual faced a potential prison term of up to 12 years, "
        "reflecting the seriousness of the alleged offenses during a period of heightened "
        "tension.",
        None,
        [],
        id="seed001-up-to-12-years",
    ),
    # --- seed 002 (no publication date) --------------------------------------------------------
    pytest.param(
        "The tumultuous chapter of Bloody January in Kazakhstan is far from over as the "
        "government continues its pursuit of those involved in the 2022 upheaval.",
        None,
        # "Bloody January" is the name of an event; the attributive year "2022" is a date.
        [("2022", "2022", None)],
        id="seed002-2022-upheaval",
    ),
    pytest.param(
        "Recent developments in an Almaty district court led to convictions on June 11 of 11 "
        "individuals accused of attacking government buildings amidst the turmoil.",
        None,
        [("June 11", "XXXX-06-11", None)],
        id="seed002-june-11",
    ),
    pytest.param(
        'The remaining 10 defendants, ranging from 22 to 53 years old, were found guilty of "'
        'participation in mass riots" and "attacks on buildings and structures."',
        None,
        [],
        id="seed002-ages-22-to-53",
    ),
    pytest.param(
        "Each received a one-year-nine-month sentence.",
        None,
        [],
        id="seed002-one-year-nine-month",
    ),
    pytest.param(
        "While the sentences seem lenient compared to earlier Bloody January trials, such as the "
        "17-year sentence handed to entrepreneur Kazybek Kudaibergenov in November 2022, others "
        "have faced stiffer consequences, like 32-year-old Nursultan Isaev of Aktobe, who in "
        "early 2023 received a 15-year prison term for allegedly ramming police officers with "
        "his car during the riots.",
        None,
        [("November 2022", "2022-11", None), ("early 2023", "2023", "START")],
        id="seed002-november-2022-early-2023",
    ),
    pytest.param(
        "As of now, nearly 1,400 individuals have been convicted of criminal offences related to "
        "Bloody January.",
        None,
        [("now", "PRESENT_REF", None)],  # TIMEX3's "now"; "Bloody January" is an event name
        id="seed002-as-of-now",
    ),
    pytest.param(
        'In the larger context, the "Bloody January" events stir controversy over the '
        "government's response to the unrest.",
        None,
        [],  # event name in quotes, not a date
        id="seed002-bloody-january-name",
    ),
    # --- seed 003 (no publication date) --------------------------------------------------------
    pytest.param(
        "A court in Kazakhstan has convicted three former police officers on charges of "
        "committing acts of torture in the wake of the political unrest that roiled the country "
        "in early January 2022.",
        None,
        [("early January 2022", "2022-01", "START")],
        id="seed003-early-january-2022",
    ),
    pytest.param(
        "The Zhetysu regional prosecutor\u2019s office said in a statement that the court "
        "proceedings that ended in the city of Taldykorgan on March 18 saw three defendants "
        "sentenced to prison terms ranging from four to six years.",
        None,
        [("March 18", "XXXX-03-18", None)],
        id="seed003-march-18",
    ),
    pytest.param(
        "This case stemmed from a broader investigation led by prosecutors into the conduct of "
        "the police during and after a nationwide surge of turbulent public discontent that has "
        "come to be known as Bloody January.",
        None,
        [],  # event name
        id="seed003-known-as-bloody-january",
    ),
    pytest.param(
        "Images of the toppled statue became emblematic of the general rage against the corrupt "
        "cronyism that prevailed under Nazarbayev, who resigned in 2019 but retained "
        "considerable power while in retirement.",
        None,
        [("2019", "2019", None)],
        id="seed003-resigned-2019",
    ),
    pytest.param(
        "This was one of a trickle of similar cases that have been tried in Kazakhstan over the "
        "past year or so.",
        None,
        [],  # "the past year or so" is a duration, not a calendar date
        id="seed003-past-year-or-so",
    ),
    pytest.param(
        "In June, the General Prosecutor\u2019s Office announced that 39 law enforcement officers "
        "were behind bars at that time on suspicion of \u201cusing unauthorized investigative "
        "methods against 88 citizens.\u201d",
        None,
        [("June", "XXXX-06", None)],
        id="seed003-june",
    ),
    pytest.param(
        "At the start of this year, prosecutors said in response to a query filed by news website "
        "Vlast that 12 criminal cases involving 42 Interior Ministry and National Security "
        "Committee, or KNB, employees had been passed on to the courts for further processing.",
        None,
        [("the start of this year", "XXXX", "START")],  # no reference: unknown year
        id="seed003-start-of-this-year",
    ),
    pytest.param(
        "That number did not appear to include the four officers convicted this week.",
        None,
        # "this week" is the reference's ISO week (as "this month" is its month); none here.
        [("this week", "XXXX-WXX", None)],
        id="seed003-this-week",
    ),
    pytest.param(
        "In another relatively recent trial, seven former KNB employees were sentenced to prison "
        "terms ranging from three to five years in December for torturing people detained during "
        "the January 2022 events.",
        None,
        [("December", "XXXX-12", None), ("January 2022", "2022-01", None)],
        id="seed003-december-january-2022-events",
    ),
    # --- seed 004 (EurasiaTimes, date line 2022-12-25) -----------------------------------------
    pytest.param(
        "Kazakhstan\u2019s failure to investigate rights violations by the authorities during "
        "January\u2019s protests has been condemned by Human Rights Watch (HRW).",
        "2022-12-25",
        # §2's own example; the possessive "\u2019s" is not part of the mention
        [("January", "2022-01", None)],
        id="seed004-januarys-protests",
    ),
    pytest.param(
        "A total of 1,113 protesters and others have been convicted with 423 convicted on charges "
        "of \u201cparticipating in mass riots\u201d while one army officer was prosecuted for "
        "abuse of power over a man\u2019s death.",
        "2022-12-25",
        [],
        id="seed004-counts",
    ),
    pytest.param(
        "\u201cNearly a year after the January events, families of those who were killed and the "
        "hundreds of people wounded or tortured are still waiting for justice,\u201d said Mihra "
        "Rittmann, a Central Asia researcher at HRW.",
        "2022-12-25",
        # "Nearly a year after" is counted from an event: not a date. "January" is.
        [("January", "2022-01", None)],
        id="seed004-nearly-a-year-after-january-events",
    ),
    pytest.param(
        "\u201cKazakhstan\u2019s partners should urgently renew their calls for an independent "
        "and effective investigation into the January events.\u201d",
        "2022-12-25",
        [("January", "2022-01", None)],  # "should" is not a future cue
        id="seed004-january-events",
    ),
    pytest.param(
        "The Kazakh authorities estimate that 238 people were killed in the protests and "
        "acknowledge six people died in custody from torture after the protests.",
        "2022-12-25",
        [],
        id="seed004-238-people",
    ),
    pytest.param(
        "On November 16, a military court convicted Mark Zlunyaev, an army officer, over the "
        "death of Ernazar Krykbaev, a 24-year-old shepherd who was shot dead near an army camp "
        "the day after protests broke out in Taldykorgan.",
        "2022-12-25",
        # "the day after protests broke out" is anchored on an event
        [("November 16", "2022-11-16", None)],
        id="seed004-november-16",
    ),
    pytest.param(
        "Zlunyaev was sentenced to six years in prison.",
        "2022-12-25",
        [],
        id="seed004-six-years",
    ),
    pytest.param(
        "In Taraz 15 people were killed in January but the prosecutor\u2019s office has closed "
        "its investigation.",
        "2022-12-25",
        [("January", "2022-01", None)],
        id="seed004-taraz-january",
    ),
    pytest.param(
        "Unrest in Kazakhstan in January.",
        "2022-12-25",
        # a picture caption is article content; only its "Picture credit" tail is a credit line
        [("January", "2022-01", None)],
        id="seed004-caption-january",
    ),
]

CASES: list[object] = [
    # === 1. Full dates: every common order and abbreviation ===================================
    pytest.param(
        "The Almaty City Court delivered its verdict on April 4, 2023, after a four-month trial.",
        "2023-04-20",
        [("April 4, 2023", "2023-04-04", None)],
        id="full-mdy-comma",
    ),
    pytest.param(
        "The hearing resumed on 4 April 2023 in the Esil District Court of Astana.",
        "2023-04-10",
        [("4 April 2023", "2023-04-04", None)],
        id="full-dmy",
    ),
    pytest.param(
        "Police detained the blogger on Apr. 4 outside his home in Shymkent.",
        "2023-04-12",
        [("Apr. 4", "2023-04-04", None)],
        id="full-abbr-apr-no-year",
    ),
    pytest.param(
        "The activist was summoned for questioning on Jan 5th, her lawyer said.",
        "2022-01-20",
        [("Jan 5th", "2022-01-05", None)],
        id="full-abbr-jan-ordinal",
    ),
    pytest.param(
        "On Thursday, August 31, 2023, the court in Taraz acquitted both defendants.",
        "2023-09-01",
        [("Thursday, August 31, 2023", "2023-08-31", None)],
        id="full-weekday-mdy",
    ),
    pytest.param(
        "The unrest reached Almaty on the 5th of January 2022.",
        None,
        [("the 5th of January 2022", "2022-01-05", None)],
        id="full-the-5th-of-january",
    ),
    pytest.param(
        "The appeal was filed on Sept. 14, 2022, and rejected a month later.",
        "2022-12-01",
        [("Sept. 14, 2022", "2022-09-14", None)],  # "a month later" counts from the filing
        id="full-abbr-sept",
    ),
    pytest.param(
        "Karimov was extradited from Turkey to Kazakhstan on 14 Sept 2022.",
        "2022-09-20",
        [("14 Sept 2022", "2022-09-14", None)],
        id="full-dmy-abbr-no-period",
    ),
    pytest.param(
        "The Supreme Court upheld the verdict on March 3rd, 2021.",
        None,
        [("March 3rd, 2021", "2021-03-03", None)],
        id="full-mdy-ordinal",
    ),
    pytest.param(
        "Her detention was extended on 3rd March 2021 for another two months.",
        "2021-03-10",
        [("3rd March 2021", "2021-03-03", None)],  # "for another two months" is a duration
        id="full-dmy-ordinal",
    ),
    pytest.param(
        "The trial opened on Monday, 6 February 2023, behind closed doors.",
        "2023-02-07",
        [("Monday, 6 February 2023", "2023-02-06", None)],
        id="full-weekday-dmy",
    ),
    pytest.param(
        "The decree took effect on Dec. 31, 2021, days before the protests began.",
        "2022-02-15",
        [("Dec. 31, 2021", "2021-12-31", None)],
        id="full-abbr-dec",
    ),
    pytest.param(
        "Fuel prices in Zhanaozen doubled on 1 January 2022.",
        "2022-01-10",
        [("1 January 2022", "2022-01-01", None)],
        id="full-new-year",
    ),
    pytest.param(
        "Prosecutors said the bribe was handed over on the 20th of March.",
        "2023-05-02",
        [("the 20th of March", "2023-03-20", None)],
        id="full-the-20th-of-march-past",
    ),
    pytest.param(
        "The deadline for filing the cassation complaint fell on February 29, 2024.",
        "2024-03-05",
        [("February 29, 2024", "2024-02-29", None)],
        id="full-leap-day",
    ),
    pytest.param(
        "The court in Uralsk will announce its ruling on Tuesday, April 4.",
        "2023-03-30",
        [("Tuesday, April 4", "2023-04-04", None)],  # "will": first April 4 on or after
        id="full-weekday-md-future",
    ),
    pytest.param(
        "The journalist was released on May 2, 2023, after serving his term.",
        None,
        [("May 2, 2023", "2023-05-02", None)],
        id="full-may-month",
    ),
    pytest.param(
        "Bail was refused at a hearing on 2 May 2023.",
        "2023-05-03",
        [("2 May 2023", "2023-05-02", None)],
        id="full-dmy-may",
    ),
    pytest.param(
        "The sentence is expected to be read out on August 1st.",
        "2022-07-25",
        [("August 1st", "2022-08-01", None)],
        id="full-md-ordinal-future",
    ),
    pytest.param(
        "Witnesses were questioned on the 1st of August, according to the case file.",
        "2022-09-10",
        [("the 1st of August", "2022-08-01", None)],
        id="full-the-1st-of-august-past",
    ),
    pytest.param(
        "The former akim was arrested on October 12th, 2021, in Nur-Sultan.",
        None,
        [("October 12th, 2021", "2021-10-12", None)],
        id="full-mdy-ordinal-october",
    ),
    pytest.param(
        "The Anti-Corruption Agency opened the case on the 12th of October, 2021.",
        None,
        [("the 12th of October, 2021", "2021-10-12", None)],
        id="full-the-12th-of-october-comma-year",
    ),
    pytest.param(
        "On Wednesday 15 March 2023 the defendants refused to testify.",
        "2023-03-16",
        [("Wednesday 15 March 2023", "2023-03-15", None)],
        id="full-weekday-no-comma",
    ),
    pytest.param(
        "The verdict is due to be announced on Jun. 30, 2025.",
        "2025-06-20",
        [("Jun. 30, 2025", "2025-06-30", None)],
        id="full-abbr-jun",
    ),
    pytest.param(
        "Closing arguments were heard on 30th June 2025 in Karaganda.",
        "2025-07-01",
        [("30th June 2025", "2025-06-30", None)],
        id="full-dmy-ordinal-june",
    ),
    pytest.param(
        "The Bishkek court will deliver the verdict on July 4.",
        "2024-06-28",
        [("July 4", "2024-07-04", None)],
        id="full-md-future-will",
    ),
    pytest.param(
        "The complaint was lodged on Mar 17, 2023, with the regional prosecutor.",
        "2023-03-20",
        [("Mar 17, 2023", "2023-03-17", None)],
        id="full-abbr-mar-no-period",
    ),
    pytest.param(
        "Zhaksylykov has been in custody since Nov. 2, his wife said.",
        "2022-01-12",
        [("Nov. 2", "2021-11-02", None)],  # latest Nov. 2 on or before: the previous year
        id="full-abbr-nov-across-year",
    ),
    pytest.param(
        "A court in Dushanbe sentenced him in absentia on 3 Feb 2022.",
        None,
        [("3 Feb 2022", "2022-02-03", None)],
        id="full-dmy-abbr-feb",
    ),
    pytest.param(
        "The defence asked the court on January 16th to summon new witnesses.",
        "2024-01-18",
        [("January 16th", "2024-01-16", None)],
        id="full-md-ordinal-past",
    ),
    pytest.param(
        "Mr Bekov died in custody on Saturday, January 8, 2022.",
        "2022-01-12",
        [("Saturday, January 8, 2022", "2022-01-08", None)],
        id="full-weekday-saturday",
    ),
    pytest.param(
        "The appeal hearing is scheduled for 11 December.",
        "2024-11-28",
        [("11 December", "2024-12-11", None)],
        id="full-dm-scheduled",
    ),
    pytest.param(
        "Tashkent City Court convicted the blogger on 28th Dec. 2022.",
        None,
        [("28th Dec. 2022", "2022-12-28", None)],
        id="full-dmy-ordinal-abbr",
    ),
    pytest.param(
        "Lawyers filed the motion on Aug 31 but received no reply.",
        "2023-09-14",
        [("Aug 31", "2023-08-31", None)],
        id="full-abbr-aug-no-period",
    ),
    # === 2. Numeric dates: day-first with dots and slashes, year-first with - and / ===========
    pytest.param(
        "According to the indictment, the warehouse was looted on 05.01.2022.",
        None,
        [("05.01.2022", "2022-01-05", None)],  # day-first
        id="num-dotted-day-first",
    ),
    pytest.param(
        "The court order dated 25/01/2022 was published only in March.",
        "2022-05-10",
        [("25/01/2022", "2022-01-25", None), ("March", "2022-03", None)],
        id="num-slashed-day-first",
    ),
    pytest.param(
        "The case file lists the date of arrest as 2022-01-05.",
        None,
        [("2022-01-05", "2022-01-05", None)],
        id="num-iso",
    ),
    pytest.param(
        "Ruling No. 7 was signed on 2023/03/17 by the presiding judge.",
        None,
        [("2023/03/17", "2023-03-17", None)],
        id="num-year-first-slash",
    ),
    pytest.param(
        "The hearing on 13.04.2023 lasted less than an hour.",
        "2023-04-20",
        [("13.04.2023", "2023-04-13", None)],
        id="num-dotted-13-04",
    ),
    pytest.param(
        "A notice dated 01.02.2024 informed him of the charges.",
        None,
        [("01.02.2024", "2024-02-01", None)],  # 1 February, not 2 January
        id="num-dotted-first-of-february",
    ),
    pytest.param(
        "The verdict of 29.02.2024 entered into force a month later.",
        "2024-04-15",
        [("29.02.2024", "2024-02-29", None)],
        id="num-dotted-leap-day",
    ),
    pytest.param(
        "Police reports from 31/12/2021 mention no arrests in Zhanaozen.",
        None,
        [("31/12/2021", "2021-12-31", None)],
        id="num-slashed-new-years-eve",
    ),
    pytest.param(
        "The Supreme Court registered the complaint on 2025-01-09.",
        "2025-01-10",
        [("2025-01-09", "2025-01-09", None)],
        id="num-iso-2025",
    ),
    pytest.param(
        "He was first detained on 3.10.2021 in Aktau.",
        None,
        [("3.10.2021", "2021-10-03", None)],  # one-digit day, still day-first
        id="num-dotted-one-digit-day",
    ),
    pytest.param(
        "The summons, dated 07/03/2023, ordered her to appear within 10 days.",
        None,
        [("07/03/2023", "2023-03-07", None)],
        id="num-slashed-7-march",
    ),
    pytest.param(
        "The detention order issued on 2021/11/30 was later annulled.",
        None,
        [("2021/11/30", "2021-11-30", None)],
        id="num-year-first-slash-2021",
    ),
    pytest.param(
        "Verdict of 12.12.2022: four years of restricted freedom.",
        None,
        [("12.12.2022", "2022-12-12", None)],
        id="num-dotted-12-12",
    ),
    pytest.param(
        "The session on Tuesday, 14.03.2023 was adjourned.",
        "2023-03-20",
        [("Tuesday, 14.03.2023", "2023-03-14", None)],  # attached weekday is in the mention
        id="num-weekday-dotted",
    ),
    pytest.param(
        "The decision of 2022-09-14 was upheld on appeal on 10.11.2022.",
        None,
        [("2022-09-14", "2022-09-14", None), ("10.11.2022", "2022-11-10", None)],
        id="num-iso-and-dotted",
    ),
    pytest.param(
        "Between 09:00 and 18:00 on 05.01.2022, the akimat building was occupied.",
        None,
        [("05.01.2022", "2022-01-05", None)],  # clock times are not dates
        id="num-with-clock-times",
    ),
    pytest.param(
        "Case materials dated 2/9/2023 were sent to Karaganda.",
        None,
        [("2/9/2023", "2023-09-02", None)],
        id="num-slashed-one-digit-day-and-month",
    ),
    # === 3. Month-year, and a year alone where the text makes it a date ======================
    pytest.param(
        "The protests that began in Zhanaozen in January 2022 spread to Almaty within days.",
        None,
        [("January 2022", "2022-01", None)],  # "within days" is a duration
        id="my-january-2022",
    ),
    pytest.param(
        "The investigation was opened in Jan. 2022 and closed in Feb. 2023.",
        "2023-06-01",
        [("Jan. 2022", "2022-01", None), ("Feb. 2023", "2023-02", None)],
        id="my-abbr-two",
    ),
    pytest.param(
        "Over 4,000 people were detained in 2022, according to the Prosecutor General's Office.",
        None,
        [("2022", "2022", None)],
        id="my-in-2022",
    ),
    pytest.param(
        "The former bank chairman has been in custody since 2019.",
        "2024-05-15",
        [("2019", "2019", None)],
        id="my-since-2019",
    ),
    pytest.param(
        "The law on peaceful assemblies was amended in May 2020.",
        None,
        [("May 2020", "2020-05", None)],
        id="my-may-2020",
    ),
    pytest.param(
        "The defendants were charged in Sept 2021, a year before the trial.",
        None,
        [("Sept 2021", "2021-09", None)],  # "a year before the trial" counts from an event
        id="my-abbr-sept-no-period",
    ),
    pytest.param(
        "The company went bankrupt in December 2021.",
        "2022-03-01",
        [("December 2021", "2021-12", None)],
        id="my-december-2021",
    ),
    pytest.param(
        "The contract was signed in February of 2023, the auditors found.",
        None,
        [("February of 2023", "2023-02", None)],  # the inner "of" belongs to the expression
        id="my-month-of-year",
    ),
    pytest.param(
        "By 2025, all court hearings are to be recorded on video.",
        "2023-10-02",
        [("2025", "2025", None)],
        id="my-by-2025",
    ),
    pytest.param(
        "Rights groups documented at least 20 torture cases in 2021 and 2022.",
        None,
        [("2021", "2021", None), ("2022", "2022", None)],
        id="my-two-years",
    ),
    pytest.param(
        "The 2022 amendments to the Criminal Code tightened penalties for torture.",
        None,
        [("2022", "2022", None)],  # attributive year, as "the 2022 upheaval" in seed 002
        id="my-attributive-year",
    ),
    pytest.param(
        "The ministry's figures for October, 2021 show a rise in detentions.",
        None,
        [("October, 2021", "2021-10", None)],
        id="my-month-comma-year",
    ),
    pytest.param(
        "The 2021 parliamentary elections were followed by small protests in Almaty.",
        None,
        [("2021", "2021", None)],
        id="my-attributive-2021-elections",
    ),
    pytest.param(
        "He served as a regional prosecutor from 2015 until his dismissal.",
        None,
        [("2015", "2015", None)],
        id="my-from-2015",
    ),
    pytest.param(
        "Kazakhstan abolished the death penalty in 2021.",
        "2021-06-01",
        [("2021", "2021", None)],
        id="my-in-2021",
    ),
    pytest.param(
        "The Jeltoqsan protests of December 1986 are still commemorated in Almaty.",
        None,
        [("December 1986", "1986-12", None)],
        id="my-december-1986",
    ),
    pytest.param(
        "2022\u2019s unrest led to the largest wave of trials in the country's history.",
        None,
        [("2022", "2022", None)],  # possessive "\u2019s" is not part of the mention
        id="my-possessive-year",
    ),
    pytest.param(
        "In March 2024 the court reopened the case.",
        "2024-06-01",
        [("March 2024", "2024-03", None)],
        id="my-march-2024-sentence-initial",
    ),
    pytest.param(
        "The Constitutional Court, created in 2023, reviewed the complaint.",
        None,
        [("2023", "2023", None)],
        id="my-created-in-2023",
    ),
    pytest.param(
        "Trials of the so-called Bloody January defendants continued throughout 2023.",
        None,
        [("2023", "2023", None)],  # "throughout" left out; "Bloody January" is a name
        id="my-throughout-2023",
    ),
    pytest.param(
        "Sentences handed down in August 2022 ranged from five to eight years.",
        None,
        [("August 2022", "2022-08", None)],
        id="my-august-2022",
    ),
    pytest.param(
        "Activists say arrests increased sharply in the year 2020.",
        None,
        [("the year 2020", "2020", None)],  # "the year N" is one expression, "the" kept
        id="my-the-year-2020",
    ),
    # === 4. Day ranges: one mention, the first day as value ==================================
    pytest.param(
        "Riots engulfed Almaty on January 4-5, 2022, leaving dozens dead.",
        None,
        [("January 4-5, 2022", "2022-01-04", None)],
        id="range-mdy-hyphen",
    ),
    pytest.param(
        "Internet access was cut nationwide on 4\u20137 January 2022.",
        None,
        [("4\u20137 January 2022", "2022-01-04", None)],
        id="range-dmy-en-dash",
    ),
    pytest.param(
        "The trial was held from 10 to 14 April 2023 in Taldykorgan.",
        None,
        [("10 to 14 April 2023", "2023-04-10", None)],
        id="range-dmy-to",
    ),
    pytest.param(
        "Hearings took place on March 1-3, 2023, in closed session.",
        "2023-03-10",
        [("March 1-3, 2023", "2023-03-01", None)],
        id="range-march-1-3",
    ),
    pytest.param(
        "The next hearings are scheduled for June 12\u201314.",
        "2023-05-30",
        [("June 12\u201314", "2023-06-12", None)],  # "scheduled": first June 12 on or after
        id="range-no-year-future",
    ),
    pytest.param(
        "Monitors attended sessions from 20 to 22 September 2021.",
        None,
        [("20 to 22 September 2021", "2021-09-20", None)],
        id="range-from-to-dmy",
    ),
    pytest.param(
        "The Bishkek trial ran from May 30 to June 2, 2023.",
        None,
        [("May 30 to June 2, 2023", "2023-05-30", None)],  # a range across a month boundary
        id="range-across-months",
    ),
    pytest.param(
        "OSCE observers were present on Nov. 8-10, 2022.",
        None,
        [("Nov. 8-10, 2022", "2022-11-08", None)],
        id="range-abbr-month",
    ),
    pytest.param(
        "Court sessions on 2-4 February 2024 were broadcast online.",
        None,
        [("2-4 February 2024", "2024-02-02", None)],
        id="range-dmy-hyphen",
    ),
    pytest.param(
        "The detainees were questioned from August 15 to 17 without lawyers.",
        "2022-09-01",
        [("August 15 to 17", "2022-08-15", None)],
        id="range-no-year-past",
    ),
    pytest.param(
        "Protesters gathered in Zhanaozen on December 28-30, the police said.",
        "2023-01-05",
        [("December 28-30", "2022-12-28", None)],  # past, across the year boundary
        id="range-no-year-previous-year",
    ),
    pytest.param(
        "The court will sit on January 2\u20136 to hear the remaining witnesses.",
        "2021-12-20",
        [("January 2\u20136", "2022-01-02", None)],  # "will", across the year boundary
        id="range-no-year-next-year",
    ),
    pytest.param(
        "The Astana forum on judicial reform is set for 25\u201327 September.",
        "2024-09-03",
        [("25\u201327 September", "2024-09-25", None)],
        id="range-dm-set-for",
    ),
    # === 5. Parts of periods, seasons, quarters, ISO weeks ===================================
    # --- early / mid / late, the beginning / middle / end / start of ---
    pytest.param(
        "The investigation was completed in early 2022.",
        None,
        [("early 2022", "2022", "START")],
        id="part-early-year",
    ),
    pytest.param(
        "A new trial is expected by mid-2023, officials said.",
        "2023-01-15",
        [("mid-2023", "2023", "MID")],
        id="part-mid-year",
    ),
    pytest.param(
        "The bank's former chairman fled the country in late 2021.",
        None,
        [("late 2021", "2021", "END")],
        id="part-late-year",
    ),
    pytest.param(
        "The courts had heard 800 cases by the beginning of 2024.",
        None,
        [("the beginning of 2024", "2024", "START")],
        id="part-beginning-of-year",
    ),
    pytest.param(
        "The new law will take effect in the middle of 2022.",
        "2021-11-01",
        [("the middle of 2022", "2022", "MID")],
        id="part-middle-of-year",
    ),
    pytest.param(
        "All appeals are to be heard by the end of 2023.",
        "2023-02-01",
        [("the end of 2023", "2023", "END")],
        id="part-end-of-year",
    ),
    pytest.param(
        "Since the start of 2025, courts have received 140 torture complaints.",
        "2025-06-01",
        [("the start of 2025", "2025", "START")],
        id="part-start-of-year",
    ),
    pytest.param(
        "He was detained in early March 2023 at Almaty airport.",
        None,
        [("early March 2023", "2023-03", "START")],
        id="part-early-month-year",
    ),
    pytest.param(
        "The defendants were transferred to Astana in mid-March 2022.",
        None,
        [("mid-March 2022", "2022-03", "MID")],
        id="part-mid-month-year",
    ),
    pytest.param(
        "The journalist was sentenced in late September 2021.",
        None,
        [("late September 2021", "2021-09", "END")],
        id="part-late-month-year",
    ),
    pytest.param(
        "Most detainees were released by the end of January 2022.",
        None,
        [("the end of January 2022", "2022-01", "END")],
        id="part-end-of-month-year",
    ),
    pytest.param(
        "The trial resumed at the beginning of June after a two-week break.",
        "2023-06-20",
        [("the beginning of June", "2023-06", "START")],  # past: the reference month counts
        id="part-beginning-of-month-past",
    ),
    pytest.param(
        "Kudebayev had not been seen since mid-March, police said.",
        "2023-04-04",
        [("mid-March", "2023-03", "MID")],
        id="part-mid-month-past",
    ),
    pytest.param(
        "The verdict is expected in late May.",
        "2024-04-10",
        [("late May", "2024-05", "END")],
        id="part-late-month-future",
    ),
    pytest.param(
        "The appeal hearing is scheduled for mid-December.",
        "2022-11-28",
        [("mid-December", "2022-12", "MID")],
        id="part-mid-month-scheduled",
    ),
    pytest.param(
        "Most detainees were arrested in early January and charged in late January.",
        "2022-02-03",
        [("early January", "2022-01", "START"), ("late January", "2022-01", "END")],
        id="part-early-and-late-january",
    ),
    pytest.param(
        "The ruling is expected by the end of the year.",
        "2022-10-05",
        [("the end of the year", "2022", "END")],
        id="part-end-of-the-year",
    ),
    pytest.param(
        "The case was sent to court at the end of last year.",
        "2024-01-12",
        [("the end of last year", "2023", "END")],
        id="part-end-of-last-year",
    ),
    pytest.param(
        "Courts processed 300 torture complaints early this year.",
        "2023-05-20",
        [("early this year", "2023", "START")],
        id="part-early-this-year",
    ),
    pytest.param(
        "The committee will report in the middle of next month.",
        "2022-12-15",
        [("the middle of next month", "2023-01", "MID")],
        id="part-middle-of-next-month",
    ),
    pytest.param(
        "The prosecutor's office will wrap up its probe at the start of next year.",
        "2024-10-30",
        [("the start of next year", "2025", "START")],
        id="part-start-of-next-year",
    ),
    pytest.param(
        "Police say the suspect entered the country around May 10.",
        "2023-06-01",
        [("around May 10", "2023-05-10", "APPROX")],
        id="part-around-day",
    ),
    pytest.param(
        "Around 2019, the ministry stopped publishing torture statistics.",
        None,
        [("Around 2019", "2019", "APPROX")],
        id="part-around-year",
    ),
    # --- seasons (meteorological) ---
    pytest.param(
        "The torture complaints were filed in the summer of 2022.",
        None,
        [("the summer of 2022", "2022-SU", None)],
        id="season-the-summer-of-year",
    ),
    pytest.param(
        "Dozens were detained in the winter of 2022, lawyers said.",
        None,
        [("the winter of 2022", "2022-WI", None)],  # the year as stated
        id="season-the-winter-of-year",
    ),
    pytest.param(
        "The case reached the Supreme Court in autumn 2021.",
        None,
        [("autumn 2021", "2021-FA", None)],
        id="season-autumn-year",
    ),
    pytest.param(
        "The retrial is scheduled for fall 2023.",
        "2023-05-11",
        [("fall 2023", "2023-FA", None)],
        id="season-fall-year",
    ),
    pytest.param(
        "Parliament is expected to pass the bill in spring 2024.",
        "2023-12-01",
        [("spring 2024", "2024-SP", None)],
        id="season-spring-year",
    ),
    pytest.param(
        "The summer of 2021 saw the first convictions under the new article.",
        None,
        [("The summer of 2021", "2021-SU", None)],  # sentence-initial "The" is kept
        id="season-sentence-initial-the",
    ),
    pytest.param(
        "The blogger was detained last winter and has been in pre-trial detention since.",
        "2023-06-10",
        # Dec 2022-Feb 2023; a winter takes the year of its December (WI ends the year)
        [("last winter", "2022-WI", None)],
        id="season-last-winter",
    ),
    pytest.param(
        "Rights monitors recorded 40 complaints of beatings last winter.",
        "2024-03-20",
        [("last winter", "2023-WI", None)],  # Dec 2023-Feb 2024, the season just ended
        id="season-last-winter-just-ended",
    ),
    pytest.param(
        "Last summer the court acquitted three of the defendants.",
        "2023-04-18",
        [("Last summer", "2022-SU", None)],
        id="season-last-summer-from-spring",
    ),
    pytest.param(
        "The factory workers went on strike last summer.",
        "2023-09-05",
        [("last summer", "2023-SU", None)],  # reference in autumn: the summer just ended
        id="season-last-summer-from-autumn",
    ),
    pytest.param(
        "The blogger was first questioned last summer.",
        "2023-07-01",
        [("last summer", "2022-SU", None)],  # strictly before the reference season
        id="season-last-summer-from-summer",
    ),
    pytest.param(
        "The verdict will be announced this summer, the court said.",
        "2024-03-05",
        [("this summer", "2024-SU", None)],
        id="season-this-summer-future",
    ),
    pytest.param(
        "The hearings held this summer were open to the press.",
        "2022-08-20",
        [("this summer", "2022-SU", None)],
        id="season-this-summer-past",
    ),
    pytest.param(
        "The retrial began last spring.",
        "2022-03-15",
        [("last spring", "2021-SP", None)],  # as "last summer": strictly before SP 2022
        id="season-last-spring",
    ),
    pytest.param(
        "The activist was released last autumn.",
        "2024-01-20",
        [("last autumn", "2023-FA", None)],  # as "last summer": Sep-Nov 2023
        id="season-last-autumn",
    ),
    # --- quarters ---
    pytest.param(
        "Convictions for torture rose in the fourth quarter of 2022.",
        None,
        [("the fourth quarter of 2022", "2022-Q4", None)],
        id="quarter-fourth-of-year",
    ),
    pytest.param(
        "The court statistics for Q1 2023 were published in May.",
        "2023-06-10",
        [("Q1 2023", "2023-Q1", None), ("May", "2023-05", None)],
        id="quarter-q1-year",
    ),
    pytest.param(
        "Courts received 512 complaints in the first quarter of 2024.",
        None,
        [("the first quarter of 2024", "2024-Q1", None)],
        id="quarter-first-of-year",
    ),
    pytest.param(
        "The report covers the last quarter of 2023.",
        "2024-02-01",
        [("the last quarter of 2023", "2023-Q4", None)],
        id="quarter-last-of-year",
    ),
    pytest.param(
        "Acquittals fell in the third quarter of this year.",
        "2022-10-05",
        [("the third quarter of this year", "2022-Q3", None)],
        id="quarter-third-of-this-year",
    ),
    pytest.param(
        "Detentions dropped by a fifth compared with the previous quarter.",
        "2023-01-15",
        [("the previous quarter", "2022-Q4", None)],  # across the year boundary
        id="quarter-previous-across-year",
    ),
    pytest.param(
        "Fines imposed by the courts doubled compared with the previous quarter.",
        "2024-08-10",
        [("the previous quarter", "2024-Q2", None)],
        id="quarter-previous",
    ),
    pytest.param(
        "Arrests in Q3 2021 reached 1,200.",
        None,
        [("Q3 2021", "2021-Q3", None)],
        id="quarter-q3-year",
    ),
    pytest.param(
        "Prosecutors plan to send the case to court in the second quarter of 2025.",
        "2025-01-20",
        [("the second quarter of 2025", "2025-Q2", None)],
        id="quarter-second-of-year",
    ),
    # --- ISO weeks ---
    pytest.param(
        "The agency's bulletin for week 12 of 2023 lists four new torture cases.",
        None,
        [("week 12 of 2023", "2023-W12", None)],
        id="week-12-of-year",
    ),
    pytest.param(
        "Arrests peaked in the 30th week of 2022.",
        None,
        [("the 30th week of 2022", "2022-W30", None)],
        id="week-30th-of-year",
    ),
    pytest.param(
        "Hearings were suspended in week 1 of 2021 because of quarantine.",
        None,
        [("week 1 of 2021", "2021-W01", None)],  # the week number is two digits in the value
        id="week-1-of-year",
    ),
    pytest.param(
        "The court schedule for the 52nd week of 2024 was published online.",
        None,
        [("the 52nd week of 2024", "2024-W52", None)],
        id="week-52nd-of-year",
    ),
    # === 6. Month-day without a year and month alone, resolved by tense ======================
    pytest.param(
        "Sarsenov crossed the border on March 23, investigators said.",
        "2023-04-04",
        [("March 23", "2023-03-23", None)],
        id="tense-past-md",
    ),
    pytest.param(
        "The verdict is expected on May 2.",
        "2023-04-04",
        [("May 2", "2023-05-02", None)],
        id="tense-expected-md",
    ),
    pytest.param(
        "The businessman was arrested on November 30 in Almaty.",
        "2023-03-01",
        [("November 30", "2022-11-30", None)],
        id="tense-past-md-previous-year",
    ),
    pytest.param(
        "He was detained on December 28 and charged two days later.",
        "2023-01-09",
        [("December 28", "2022-12-28", None)],  # "two days later" counts from the detention
        id="tense-past-md-across-new-year",
    ),
    pytest.param(
        "The appeal will be heard on January 12.",
        "2022-12-20",
        [("January 12", "2023-01-12", None)],
        id="tense-will-md-next-year",
    ),
    pytest.param(
        "He'll be released on June 1 if the court approves parole.",
        "2024-05-10",
        [("June 1", "2024-06-01", None)],
        id="tense-contracted-will",
    ),
    pytest.param(
        "The court shall announce its ruling on March 3.",
        "2025-02-20",
        [("March 3", "2025-03-03", None)],
        id="tense-shall",
    ),
    pytest.param(
        "The next hearing is due to take place on October 5.",
        "2021-09-28",
        [("October 5", "2021-10-05", None)],
        id="tense-is-due-to",
    ),
    pytest.param(
        "The defendants are to appear in court on 14 February.",
        "2022-02-01",
        [("14 February", "2022-02-14", None)],
        id="tense-are-to",
    ),
    pytest.param(
        "The hearing was scheduled for April 20 at the request of the defence.",
        "2023-04-10",
        [("April 20", "2023-04-20", None)],  # "scheduled" is a cue whatever the tense of "was"
        id="tense-scheduled-for",
    ),
    pytest.param(
        "Sentencing is set for July 7.",
        "2022-06-30",
        [("July 7", "2022-07-07", None)],
        id="tense-set-for",
    ),
    pytest.param(
        "The trial is set to open on 3 March.",
        "2025-02-25",
        [("3 March", "2025-03-03", None)],
        id="tense-set-to",
    ),
    pytest.param(
        "The prosecutor plans to appeal in September.",
        "2021-08-12",
        [("September", "2021-09", None)],
        id="tense-plans-to-month",
    ),
    pytest.param(
        "Lawyers are preparing for the upcoming hearing on November 9.",
        "2022-11-01",
        [("November 9", "2022-11-09", None)],
        id="tense-upcoming",
    ),
    pytest.param(
        "The court will resume in January after the holidays.",
        "2021-12-20",
        [("January", "2022-01", None)],
        id="tense-will-month-next-year",
    ),
    pytest.param(
        "The appeal is scheduled for February 2.",
        "2024-11-20",
        [("February 2", "2025-02-02", None)],
        id="tense-scheduled-next-year",
    ),
    pytest.param(
        "The trial opened in April and is expected to last three months.",
        "2023-06-20",
        [("April", "2023-04", None)],  # the cue "expected" stands in another clause
        id="tense-cue-in-other-clause-after",
    ),
    pytest.param(
        "Zhanbolat Sarsenov was detained on October 3, and his trial is expected to begin next "
        "month.",
        "2022-11-20",
        # "expected" is in the second clause, after the date
        [("October 3", "2022-10-03", None), ("next month", "2022-12", None)],
        id="tense-cue-in-second-clause",
    ),
    pytest.param(
        "The verdict came on June 11, and the defence will appeal.",
        "2024-06-20",
        [("June 11", "2024-06-11", None)],  # "will" comes after the date
        id="tense-will-after-date",
    ),
    pytest.param(
        "Prosecutors will appeal; the verdict was read out on 2 March.",
        "2023-03-15",
        [("2 March", "2023-03-02", None)],  # "will" belongs to the first clause
        id="tense-will-in-previous-clause",
    ),
    pytest.param(
        "Although a verdict is expected soon, the last hearing was held on March 2.",
        "2023-03-15",
        [("March 2", "2023-03-02", None)],  # "expected" is in the subordinate clause
        id="tense-expected-in-subordinate-clause",
    ),
    pytest.param(
        "The trial opened in April.",
        "2023-04-18",
        [("April", "2023-04", None)],  # past, month alone: the reference month counts
        id="tense-past-month-is-reference-month",
    ),
    pytest.param(
        "The court acquitted the journalist on April 18.",
        "2023-04-18",
        [("April 18", "2023-04-18", None)],  # "on or before" includes the reference day
        id="tense-past-md-is-reference-day",
    ),
    pytest.param(
        "The verdict is expected on 18 April.",
        "2023-04-18",
        [("18 April", "2023-04-18", None)],  # "on or after" includes the reference day
        id="tense-future-md-is-reference-day",
    ),
    pytest.param(
        "In June, the Prosecutor General's Office reported 39 officers in custody.",
        "2023-05-20",
        [("June", "2022-06", None)],  # past: the latest June on or before May 2023
        id="tense-past-month-previous-year",
    ),
    pytest.param(
        "The hearing will take place in mid-July.",
        "2022-06-15",
        [("mid-July", "2022-07", "MID")],
        id="tense-will-mid-month",
    ),
    pytest.param(
        "The decree signed on February 29 introduced a moratorium on inspections.",
        "2024-03-01",
        [("February 29", "2024-02-29", None)],
        id="tense-past-leap-day",
    ),
    pytest.param(
        "The decree signed on February 29 is still being challenged in court.",
        "2025-03-10",
        # no February 29 in 2025: the latest one on or before the reference is in 2024
        [("February 29", "2024-02-29", None)],
        id="tense-past-leap-day-previous-year",
    ),
    pytest.param(
        "A ruling is expected in March.",
        "2024-02-27",
        [("March", "2024-03", None)],
        id="tense-expected-month",
    ),
    pytest.param(
        "Lawyers say Omarov was beaten in custody in December.",
        "2023-01-12",
        [("December", "2022-12", None)],
        id="tense-past-month-across-new-year",
    ),
    pytest.param(
        "The Almaty court is due to rule on September 15.",
        "2023-08-30",
        [("September 15", "2023-09-15", None)],
        id="tense-is-due-to-rule",
    ),
    pytest.param(
        "Police dispersed the rally on 16 December, the anniversary of the 1986 protests.",
        "2021-12-20",
        # "the anniversary" is not a date; the attributive year "1986" is
        [("16 December", "2021-12-16", None), ("1986", "1986", None)],
        id="tense-past-dm-and-year",
    ),
    pytest.param(
        "Hearings are to conclude on May 3.",
        "2021-04-26",
        [("May 3", "2021-05-03", None)],
        id="tense-are-to-conclude",
    ),
    pytest.param(
        "The verdict was announced on June 11.",
        None,
        [("June 11", "XXXX-06-11", None)],  # no reference: the year is unknown
        id="tense-no-reference-md",
    ),
    pytest.param(
        "The verdict is expected on May 2.",
        None,
        [("May 2", "XXXX-05-02", None)],
        id="tense-no-reference-future-md",
    ),
    pytest.param(
        "The trial opened in April and the prosecutor spoke in mid-June.",
        None,
        [("April", "XXXX-04", None), ("mid-June", "XXXX-06", "MID")],
        id="tense-no-reference-months",
    ),
    # === 7. Relative expressions =============================================================
    pytest.param(
        "The court in Semey handed down the verdict yesterday.",
        "2024-03-01",
        [("yesterday", "2024-02-29", None)],  # leap year
        id="rel-yesterday-leap-day",
    ),
    pytest.param(
        "Yesterday, police detained two more suspects in Aktobe.",
        "2023-01-01",
        [("Yesterday", "2022-12-31", None)],
        id="rel-yesterday-across-year",
    ),
    pytest.param(
        "The Supreme Court will review the case today.",
        "2022-06-14",
        [("today", "2022-06-14", None)],
        id="rel-today",
    ),
    pytest.param(
        "The verdict will be announced tomorrow, the court press service said.",
        "2021-12-31",
        [("tomorrow", "2022-01-01", None)],
        id="rel-tomorrow-across-year",
    ),
    pytest.param(
        "Closing arguments are due tomorrow.",
        "2024-02-28",
        [("tomorrow", "2024-02-29", None)],
        id="rel-tomorrow-leap-day",
    ),
    pytest.param(
        "The activist was detained the day before yesterday in Uralsk.",
        "2022-03-01",
        [("the day before yesterday", "2022-02-27", None)],
        id="rel-day-before-yesterday",
    ),
    pytest.param(
        "The trial will continue the day after tomorrow.",
        "2023-12-30",
        [("the day after tomorrow", "2024-01-01", None)],  # not in §2; two days after
        id="rel-day-after-tomorrow",
    ),
    pytest.param(
        "The lawyer visited him in the detention centre last Tuesday.",
        "2023-04-04",
        [("last Tuesday", "2023-03-28", None)],  # the reference is a Tuesday: strictly before
        id="rel-last-weekday-same-weekday",
    ),
    pytest.param(
        "The court will hear the appeal next Monday.",
        "2022-01-03",
        [("next Monday", "2022-01-10", None)],  # the reference is a Monday: strictly after
        id="rel-next-weekday-same-weekday",
    ),
    pytest.param(
        "The appeal was filed last Friday.",
        "2025-01-09",
        [("last Friday", "2025-01-03", None)],
        id="rel-last-friday",
    ),
    pytest.param(
        "A new hearing is set for next Thursday.",
        "2025-01-09",
        [("next Thursday", "2025-01-16", None)],
        id="rel-next-thursday",
    ),
    pytest.param(
        "The court in Kyzylorda sentenced the men on Tuesday.",
        "2023-04-06",
        [("Tuesday", "2023-04-04", None)],
        id="rel-bare-weekday-past",
    ),
    pytest.param(
        "The verdict is expected on Friday.",
        "2023-04-04",
        [("Friday", "2023-04-07", None)],
        id="rel-bare-weekday-future",
    ),
    pytest.param(
        "The court ruled on Wednesday.",
        "2024-02-28",
        [("Wednesday", "2024-02-28", None)],  # the reference is a Wednesday: the day itself
        id="rel-bare-weekday-past-same-weekday",
    ),
    pytest.param(
        "The defence will file its appeal on Sunday.",
        "2022-12-25",
        [("Sunday", "2022-12-25", None)],  # the reference is a Sunday: the day itself
        id="rel-bare-weekday-future-same-weekday",
    ),
    pytest.param(
        "Protesters were detained on Thursday.",
        "2022-01-03",
        [("Thursday", "2021-12-30", None)],
        id="rel-bare-weekday-across-year",
    ),
    pytest.param(
        "Lawyers said on Monday that their client had been beaten.",
        "2021-12-31",
        [("Monday", "2021-12-27", None)],
        id="rel-said-on-monday",
    ),
    # "the last week" is the week before the reference's, as "last week"; not "the last week of"
    pytest.param(
        "Six more cases were reported in the last week, the ministry said.",
        "2023-03-22",
        [("the last week", "2023-W11", None)],
        id="rel-the-last-week",
    ),
    pytest.param(
        "The verdict is expected in the last week of March.",
        "2023-03-01",
        [("March", "2023-03", None)],
        id="rel-the-last-week-of-a-month",
    ),
    # a fiscal year is the calendar year it is named by, APPROX: the two need not agree
    pytest.param(
        "The agency must cut 600 million tenge from its budget this fiscal year.",
        "2023-03-22",
        [("this fiscal year", "2023", "APPROX")],
        id="rel-this-fiscal-year",
    ),
    pytest.param(
        "The losses were booked in fiscal 2021 and in the 2022 fiscal year.",
        None,
        [("fiscal 2021", "2021", "APPROX"), ("the 2022 fiscal year", "2022", "APPROX")],
        id="fiscal-years-stated",
    ),
    # the second year of a range written with two digits, in the century of the first
    pytest.param(
        "He took part in the expedition of 1957-58 as a young officer.",
        None,
        [("1957", "1957", None), ("58", "1958", None)],
        id="year-range-two-digits",
    ),
    pytest.param(
        "Prices rose sharply in 2022-23.",
        None,
        [("2022", "2022", None), ("23", "2023", None)],
        id="year-range-two-digits-recent",
    ),
    pytest.param(
        "A rally is scheduled for Saturday.",
        "2024-03-01",
        [("Saturday", "2024-03-02", None)],
        id="rel-scheduled-weekday",
    ),
    pytest.param(
        "Wednesday\u2019s hearing was adjourned after ten minutes.",
        "2023-04-06",
        [("Wednesday", "2023-04-05", None)],  # possessive "\u2019s" is not part of the mention
        id="rel-possessive-weekday",
    ),
    pytest.param(
        "The former minister was fired last April.",
        "2023-04-18",
        [("last April", "2022-04", None)],  # strictly before the reference month
        id="rel-last-april-in-april",
    ),
    pytest.param(
        "The akim resigned last April amid the corruption probe.",
        "2023-07-15",
        [("last April", "2023-04", None)],
        id="rel-last-april-same-year",
    ),
    pytest.param(
        "The journalist was detained last February.",
        "2024-03-01",
        [("last February", "2024-02", None)],
        id="rel-last-february-leap-year",
    ),
    pytest.param(
        "The riots of last January left 238 people dead.",
        "2023-01-10",
        [("last January", "2022-01", None)],  # strictly before the reference month
        id="rel-last-january-in-january",
    ),
    pytest.param(
        "Her detention was extended last December.",
        "2023-01-10",
        [("last December", "2022-12", None)],
        id="rel-last-december",
    ),
    pytest.param(
        "More than 100 trials are planned this year.",
        "2022-01-03",
        [("this year", "2022", None)],
        id="rel-this-year",
    ),
    pytest.param(
        "The court convicted 1,113 people last year.",
        "2022-01-02",
        [("last year", "2021", None)],
        id="rel-last-year",
    ),
    pytest.param(
        "The new code will come into force next year.",
        "2024-12-30",
        [("next year", "2025", None)],
        id="rel-next-year",
    ),
    pytest.param(
        "The trial will resume next month.",
        "2022-12-15",
        [("next month", "2023-01", None)],
        id="rel-next-month-across-year",
    ),
    pytest.param(
        "The court has held six hearings this month.",
        "2025-03-31",
        [("this month", "2025-03", None)],
        id="rel-this-month",
    ),
    pytest.param(
        "The verdict was delivered last month.",
        "2023-01-10",
        [("last month", "2022-12", None)],
        id="rel-last-month-across-year",
    ),
    pytest.param(
        "He was released two weeks ago.",
        "2023-01-05",
        [("two weeks ago", "2022-12-22", None)],  # N weeks ago: the day
        id="rel-two-weeks-ago",
    ),
    pytest.param(
        "The investigation began 18 months ago.",
        "2024-02-20",
        [("18 months ago", "2022-08", None)],  # N months ago: the month
        id="rel-18-months-ago",
    ),
    pytest.param(
        "A year ago, the same court acquitted him.",
        "2022-01-03",
        [("A year ago", "2021", None)],  # a year ago: the year
        id="rel-a-year-ago",
    ),
    pytest.param(
        "The case was sent to court late last year.",
        "2023-02-14",
        [("late last year", "2022", "END")],
        id="rel-late-last-year",
    ),
    pytest.param(
        "The blogger was detained early last month.",
        "2023-01-10",
        [("early last month", "2022-12", "START")],
        id="rel-early-last-month",
    ),
    pytest.param(
        "Her lawyer was disbarred late last month.",
        "2024-03-01",
        [("late last month", "2024-02", "END")],
        id="rel-late-last-month",
    ),
    pytest.param(
        "The verdict is expected early next year.",
        "2023-11-15",
        [("early next year", "2024", "START")],
        id="rel-early-next-year",
    ),
    pytest.param(
        "The court will hold the retrial this summer.",
        "2023-06-01",
        [("this summer", "2023-SU", None)],
        id="rel-this-summer",
    ),
    pytest.param(
        "The hearings began last summer.",
        "2024-12-10",
        [("last summer", "2024-SU", None)],  # reference in winter 2024
        id="rel-last-summer-from-december",
    ),
    pytest.param(
        "The suspect left the country about two weeks ago.",
        "2024-03-10",
        [("about two weeks ago", "2024-02-25", "APPROX")],
        id="rel-about-two-weeks-ago",
    ),
    pytest.param(
        "The defendant began a hunger strike three days ago.",
        "2024-03-01",
        [("three days ago", "2024-02-27", None)],  # counts back over February 29
        id="rel-three-days-ago-leap",
    ),
    pytest.param(
        "The lawyer was barred from visiting his client 10 days ago.",
        "2021-01-05",
        [("10 days ago", "2020-12-26", None)],
        id="rel-10-days-ago-across-year",
    ),
    pytest.param(
        "The case was closed two years ago.",
        "2025-06-10",
        [("two years ago", "2023", None)],
        id="rel-two-years-ago",
    ),
    pytest.param(
        "The journalist was detained a month ago.",
        "2025-03-31",
        [("a month ago", "2025-02", None)],
        id="rel-a-month-ago",
    ),
    pytest.param(
        "The charges were dropped six months ago.",
        "2022-06-30",
        [("six months ago", "2021-12", None)],
        id="rel-six-months-ago",
    ),
    pytest.param(
        "A week ago, the court extended his arrest.",
        "2022-01-03",
        [("A week ago", "2021-12-27", None)],
        id="rel-a-week-ago",
    ),
    pytest.param(
        "Two more officers were charged this week.",
        "2023-03-22",
        [("this week", "2023-W12", None)],  # the reference's ISO week, as "this month"
        id="rel-this-week",
    ),
    pytest.param(
        "The prosecutor announced the charges last week.",
        "2025-01-09",
        [("last week", "2025-W01", None)],  # ISO week 1 of 2025 starts on 30 December 2024
        id="rel-last-week",
    ),
    pytest.param(
        "The court will resume next week.",
        "2022-12-29",
        [("next week", "2023-W01", None)],  # the reference is in 2022-W52
        id="rel-next-week-across-year",
    ),
    pytest.param(
        "The defendant fell ill yesterday, the day after he testified.",
        "2023-10-18",
        [("yesterday", "2023-10-17", None)],  # "the day after he testified" is anaphoric
        id="rel-yesterday-and-anaphoric-day",
    ),
    # === 8. Near-misses: nothing, or only the date ===========================================
    pytest.param(
        "He was charged under Article 272, Part 2 of the Criminal Code.",
        None,
        [],
        id="miss-article-part",
    ),
    pytest.param(
        "A total of 1,113 protesters have been convicted.",
        None,
        [],
        id="miss-count-with-comma",
    ),
    pytest.param(
        "Officials say 238 people were killed in the unrest.",
        None,
        [],
        id="miss-count-people",
    ),
    pytest.param(
        "The victim, a 24-year-old shepherd, was shot near an army camp.",
        None,
        [],
        id="miss-age",
    ),
    pytest.param(
        "The defence must file an appeal within 15 days.",
        None,
        [],
        id="miss-within-days",
    ),
    pytest.param(
        "Police may hold a suspect for 48 hours without charge.",
        None,
        [],  # "may" is a modal verb here, "48 hours" a duration
        id="miss-may-modal-hours",
    ),
    pytest.param(
        "Zlunyaev was sentenced to six years in prison.",
        None,
        [],
        id="miss-prison-term",
    ),
    pytest.param(
        "Activists marked the 10-year anniversary of the Zhanaozen shootings.",
        None,
        [],  # anniversaries are not dates
        id="miss-anniversary",
    ),
    pytest.param(
        "The court may adjourn the hearing if the defendant is ill.",
        None,
        [],
        id="miss-may-modal",
    ),
    pytest.param(
        "May Sultanova, the victims' lawyer, called the sentence lenient.",
        None,
        [],  # a first name
        id="miss-may-name",
    ),
    pytest.param(
        "Kairat Almaty won 3-1 in the match the defendant was accused of fixing.",
        None,
        [],  # a score
        id="miss-score",
    ),
    pytest.param(
        "The hearing began at 10:30 and ended at 17:45.",
        None,
        [],
        id="miss-clock-times",
    ),
    pytest.param(
        "He was fined 1,500,000 tenge for organising the rally.",
        None,
        [],
        id="miss-money-tenge",
    ),
    pytest.param(
        "The bail was set at $25,000.",
        None,
        [],
        id="miss-money-dollars",
    ),
    pytest.param(
        "Prosecutors seized 2.4 billion tenge and 12 apartments.",
        None,
        [],
        id="miss-decimal-amount",
    ),
    pytest.param(
        "The defendants, aged 22 to 53, pleaded not guilty.",
        None,
        [],  # an age range, not a day range
        id="miss-age-range",
    ),
    pytest.param(
        "The court gave him a one-year-nine-month sentence.",
        None,
        [],
        id="miss-compound-term",
    ),
    pytest.param(
        "She faces up to 12 years under Article 405, Part 1.",
        None,
        [],
        id="miss-up-to-years-article",
    ),
    pytest.param(
        "Three of the 11 defendants received suspended sentences of 2-3 years.",
        None,
        [],  # "2-3" is a range of years of a term, not days
        id="miss-term-range-hyphen",
    ),
    pytest.param(
        "The 17-year sentence was upheld on appeal.",
        None,
        [],
        id="miss-17-year-sentence",
    ),
    pytest.param(
        "He served 15 days of administrative arrest.",
        None,
        [],
        id="miss-administrative-arrest-days",
    ),
    pytest.param(
        "Police held the reporter for 48 hours before releasing him.",
        None,
        [],
        id="miss-for-48-hours",
    ),
    pytest.param(
        "The prosecutor asked for seven to nine years in a general-regime colony.",
        None,
        [],
        id="miss-requested-range",
    ),
    pytest.param(
        "Protesters planned to march on the akimat building.",
        None,
        [],  # "march" is a verb
        id="miss-march-verb",
    ),
    pytest.param(
        "Such cases fall under Article 146 of the Criminal Code.",
        None,
        [],  # "fall" is a verb
        id="miss-fall-verb",
    ),
    pytest.param(
        "The number of torture complaints rose 30% year on year.",
        None,
        [],  # "year on year" compares periods; it names no calendar date
        id="miss-year-on-year",
    ),
    pytest.param(
        "The trial lasted four months and involved 67 witnesses.",
        None,
        [],
        id="miss-duration-months",
    ),
    pytest.param(
        "Every Monday he must report to the probation service.",
        "2023-05-10",
        [],  # a recurring set of days, not one calendar date
        id="miss-every-monday",
    ),
    pytest.param(
        "The sentence was reduced by two years on appeal.",
        None,
        [],
        id="miss-reduced-by-years",
    ),
    pytest.param(
        "The court ordered him to pay 240 MCI in compensation.",
        None,
        [],
        id="miss-mci-amount",
    ),
    pytest.param(
        "Cameras recorded the cell 24/7, the ministry said.",
        None,
        [],  # "24/7" is not a day-first date
        id="miss-24-7",
    ),
    pytest.param(
        "Case No. 2-1578 was returned to the prosecutor.",
        None,
        [],
        id="miss-case-number",
    ),
    pytest.param(
        "Over the past two years, the courts have acquitted only 12 people.",
        "2024-06-01",
        [],  # "the past two years" is a duration (as "the past year or so" in seed 003)
        id="miss-past-two-years",
    ),
    pytest.param(
        "The judge announced the ruling at the 3 p.m. session.",
        None,
        [],
        id="miss-clock-pm",
    ),
    pytest.param(
        "Activists collected 2,022 signatures for the petition.",
        None,
        [],  # the thousands separator makes it a count, not a year
        id="miss-year-like-count",
    ),
    pytest.param(
        "Sections 4.1 and 4.2 of the verdict describe the torture.",
        None,
        [],
        id="miss-section-numbers",
    ),
    pytest.param(
        "Police found him on the 12th floor of a hotel in Almaty.",
        None,
        [],
        id="miss-ordinal-floor",
    ),
    pytest.param(
        "The first day of the trial was taken up by procedural motions.",
        None,
        [],  # counted from the trial's start, not a calendar date
        id="miss-first-day-of-trial",
    ),
    pytest.param(
        "Rallies were held on the 30th anniversary of independence.",
        None,
        [],
        id="miss-30th-anniversary",
    ),
    pytest.param(
        "The unrest lasted for days and left the city without internet.",
        None,
        [],
        id="miss-for-days",
    ),
    pytest.param(
        "The jury voted 8-2 to convict the former officer.",
        None,
        [],
        id="miss-vote-tally",
    ),
    pytest.param(
        "On May 16, the court sentenced the 24-year-old to six years under Article 272, Part 2.",
        "2023-05-20",
        [("May 16", "2023-05-16", None)],
        id="miss-only-date-among-numbers",
    ),
    pytest.param(
        "At 10:00 on 05.01.2022, armed men entered the akimat.",
        None,
        [("05.01.2022", "2022-01-05", None)],
        id="miss-only-date-after-clock",
    ),
    pytest.param(
        "The fine of 500,000 tenge, imposed on 12 March 2024, was paid within 10 days.",
        None,
        [("12 March 2024", "2024-03-12", None)],
        id="miss-only-date-among-money",
    ),
    pytest.param(
        "Kairat Almaty won 3-1 on Sunday, a day after the verdict.",
        "2023-04-10",
        [("Sunday", "2023-04-09", None)],  # "a day after the verdict" counts from an event
        id="miss-only-weekday-after-score",
    ),
    pytest.param(
        "The youngest defendant, 17, was born in 2005.",
        None,
        [("2005", "2005", None)],  # "17" is an age
        id="miss-only-year-after-age",
    ),
    pytest.param(
        "In 2 of the 11 cases, the court ordered a retrial.",
        None,
        [],
        id="miss-in-small-number",
    ),
    pytest.param(
        "A five-year plan to reform the prisons was adopted in 2023.",
        None,
        [("2023", "2023", None)],  # "a five-year plan" is not a date
        id="miss-only-year-after-five-year-plan",
    ),
    # --- beyond section 2: TIMEX3 reference values, decades, centuries ---
    pytest.param(
        "Yerlan Sadykov, who now lives in Tbilisi, was convicted in absentia.",
        "2023-05-02",
        [("now", "PRESENT_REF", None)],
        id="ref-now",
    ),
    pytest.param(
        "Now, with a new judge, the defence hopes for a retrial.",
        None,
        [("Now", "PRESENT_REF", None)],
        id="ref-now-sentence-start",
    ),
    pytest.param(
        "Bekzat Omarov is currently serving a seven-year sentence in Pavlodar.",
        "2023-05-02",
        [("currently", "PRESENT_REF", None)],  # a penalty beside it is still read as one
        id="ref-currently-serving",
    ),
    pytest.param(
        "At present the colony holds 900 inmates; these days visits are allowed once a month.",
        None,
        [("present", "PRESENT_REF", None), ("these days", "PRESENT_REF", None)],
        id="ref-at-present-these-days",
    ),
    pytest.param(
        "Nowadays the court publishes its rulings, as it did not at the moment of his arrest.",
        None,
        [("Nowadays", "PRESENT_REF", None)],  # "the moment of his arrest" is an event
        id="ref-nowadays-moment-of",
    ),
    pytest.param(
        "He is in custody at the moment, his lawyer said.",
        None,
        [("the moment", "PRESENT_REF", None)],
        id="ref-at-the-moment",
    ),
    pytest.param(
        "In the past, such cases ended with a fine; Aidos Kemelov, formerly a judge, "
        "recently joined the bar.",
        "2023-05-02",
        [
            ("the past", "PAST_REF", None),
            ("formerly", "PAST_REF", None),
            ("recently", "PAST_REF", None),
        ],
        id="ref-past-formerly-recently",
    ),
    pytest.param(
        "Torture complaints were rare in the recent past.",
        None,
        [("the recent past", "PAST_REF", None)],
        id="ref-recent-past",
    ),
    pytest.param(
        "The ministry plans to close the colony in the near future, and the court will stay "
        "shut for the foreseeable future.",
        None,
        [("the near future", "FUTURE_REF", None), ("the foreseeable future", "FUTURE_REF", None)],
        id="ref-near-foreseeable-future",
    ),
    pytest.param(
        "The colony was built in the 1960s and rebuilt in the late 1990s.",
        None,
        [("the 1960s", "196", None), ("the late 1990s", "199", "END")],
        id="decade-the-1960s-late-1990s",
    ),
    pytest.param(
        "Such trials were common in the mid-2000s and in the 1990's.",
        None,
        [("the mid-2000s", "200", "MID"), ("the 1990's", "199", None)],  # 2000s: a decade
        id="decade-mid-2000s-apostrophe",
    ),
    pytest.param(
        "The prison dates from the 1800s, the court building from the early 20th century.",
        None,
        [("the 1800s", "18", None), ("the early 20th century", "19", "START")],
        id="century-1800s-early-20th",
    ),
    pytest.param(
        "Exile was common in the nineteenth century and rare in the twenty-first century.",
        None,
        [("the nineteenth century", "18", None), ("the twenty-first century", "20", None)],
        id="century-in-words",
    ),
    pytest.param(
        "The 20th-century building houses the regional court.",
        None,
        [("20th-century", "19", None)],
        id="century-attributive",
    ),
    # near misses: lengths of time, adjectives, conjunctions, names
    pytest.param(
        "Over the past three years, and in the past decade, the now-defunct party lost 12 cases.",
        None,
        [],  # lengths of time; "now-defunct" is an adjective
        id="ref-miss-past-three-years-now-defunct",
    ),
    pytest.param(
        "Now that the verdict is final, every now and then a protest is held.",
        None,
        [],  # "now that" is a conjunction, "now and then" a frequency
        id="ref-miss-now-that-now-and-then",
    ),
    pytest.param(
        "The future of the court is unclear; one of these days of mourning was declared.",
        None,
        [],
        id="ref-miss-future-of-these-days-of",
    ),
    pytest.param(
        "She told Kazakhstan Now that the present case is weak, half a century after his birth.",
        None,
        [],  # a masthead; "present" an adjective; "half a century" a length of time
        id="ref-miss-masthead-present-case-half-century",
    ),
    pytest.param(
        "The fine was 1990 tenge, and 1990s-style sentences came back in 2023.",
        None,
        [("1990s", "199", None), ("2023", "2023", None)],  # "1990 tenge" is an amount
        id="decade-miss-amount",
    ),
]
