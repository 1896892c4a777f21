"""Which day an undated remark of the story keeps (the occasion a paragraph tells, the day
the text gave its speaker) and which year a bare day or month falls in ("of that year", "a
month later", "last year"), never after the report; with it, marching beside the other side
as a contact.  On sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction.retold import said_by_publication
from pipeline.types import ExtractedEvent
from tests.sentence_helpers import events, events_of, statements


def test_a_paragraph_about_a_dated_occasion_is_told_at_it() -> None:
    # "the session" was on 22 January; the article came out nine days later
    text = ("A new council of Polish local governments held its inaugural session in Biała "
            "Podlaska on 22 January.\n\n"
            "Much of the session was spent on the council's rules. The members also met Wasil "
            "Kurlowicz, the consul of the Republic of Belarus in Biała Podlaska.")
    met = [e for e in events(text, dt.date(2018, 1, 31)) if e.kind == "meeting"]
    assert [(e.date, e.countries) for e in met] == [(dt.date(2018, 1, 22), ("BLR", "POL"))]


def test_an_undated_remark_continues_a_story_of_eleven_days_ago() -> None:
    # a weekly round-up: the talks were eleven days before publication, the remark about
    # them is of their day, not of the publication day
    text = ("Polish and Belarusian border guards met in Terespol on 4 May.\n\n"
            "Belarus's border chief Anatol Lappo said the talks had been useful and that Poland "
            "should take its soldiers away from the border.")
    said = statements(text, dt.date(2024, 5, 15))
    assert [e.date for e in said] == [dt.date(2024, 5, 4)]


def test_a_saying_set_inside_what_it_reports_is_not_dated_by_it() -> None:
    text = ("Alyaksandr Lukashenka spoke at a forum in Minsk on Tuesday. On 17 September 1939, "
            "he said, the shackles of the Polish lords fell before historical justice.")
    said = statements(text, dt.date(2024, 9, 18))
    assert [(e.date, e.countries) for e in said] == [(dt.date(2024, 9, 17), ("BLR", "POL"))]


def test_the_reported_past_inside_a_saying_does_not_move_the_story() -> None:
    # after "On 17 September 1939, he said, ...", the next paragraph's remark is still of
    # the forum's day, one occasion with the first
    text = ("Alyaksandr Lukashenka spoke at a forum in Minsk on Tuesday. On 17 September 1939, "
            "he said, the shackles of the Polish lords fell before historical justice.\n\n"
            "He praised his ancestors, adding that neither the threats of the Polish lords nor "
            "political borders could stop the Belarusians.")
    said = statements(text, dt.date(2024, 9, 18))
    assert [(e.date, e.countries) for e in said] == [(dt.date(2024, 9, 17), ("BLR", "POL"))]


def test_a_date_after_the_colon_of_a_saying_is_not_its_day() -> None:
    text = ("Interior Minister Marcin Kierwiński spoke on Radio Zet on Tuesday about the tunnel "
            "found under the border with Belarus. Kierwiński also said this was not the first "
            "such find: the Border Guard detected similar infrastructure three or four weeks ago.")
    said = statements(text, dt.date(2025, 10, 22))
    assert {e.date for e in said} == {dt.date(2025, 10, 21)}


def test_a_ranges_first_day_cut_off_by_the_parser_takes_the_ranges_year() -> None:
    text = ("Polish and Belarusian environment officials met in Brest on 17 and 18 July "
            "last year.")
    found = [e for e in events(text, dt.date(2018, 7, 12)) if e.kind == "meeting"]
    assert [(e.date.year, e.date.month) for e in found] == [(2017, 7)]


def test_of_that_year_is_the_year_last_named_and_a_things_period_no_day() -> None:
    text = ("The Polish Senate marshal led a delegation to Minsk in December 2016. On 5 "
            "December of that year he met Belarusian officials, and the Polish and "
            "Belarusian academies of sciences signed a cooperation agreement and protocol for 2017 "
            "to 2019.")
    found = [e for e in events(text, dt.date(2019, 2, 6)) if len(e.countries) == 2]
    assert found and {(e.date, e.date_precision) for e in found} \
        == {(dt.date(2016, 12, 5), "day")}


def test_a_month_later_counts_from_the_month_last_named() -> None:
    text = ("The case was opened in April 2021 by Belarus's prosecutor general. A month later "
            "Prosecutor General Andrei Shved said Minsk would ask Warsaw for legal assistance.")
    found = statements(text, dt.date(2024, 2, 9))
    assert [(e.date, e.date_precision, e.countries) for e in found] \
        == [(dt.date(2021, 5, 1), "month", ("BLR", "POL"))]


def test_a_saying_is_never_dated_after_the_report() -> None:
    published = dt.date(2025, 1, 31)
    plan = ExtractedEvent("statement", dt.date(2025, 5, 1), ("BLR", "POL"), "month")
    act = ExtractedEvent("measure", dt.date(2025, 5, 1), ("BLR", "POL"), "month")
    for event in (plan, act):
        said_by_publication(event, published)
    assert (plan.date, plan.date_precision) == (published, "day")
    assert (act.date, act.date_precision) == (dt.date(2025, 5, 1), "month")  # a plan's day


def test_years_later_counts_from_the_year_named_even_inside_a_longer_phrase() -> None:
    text = ("Andrzej Poczobut, a journalist, was detained in Grodno in 2021 and sentenced two "
            "years later to eight years in a penal colony.")
    found = [e for e in events(text, dt.date(2025, 8, 10)) if e.kind == "measure"]
    assert sorted(e.date.year for e in found) == [2021, 2023]


def test_today_after_a_dateline_is_the_report_day() -> None:
    """The small model leaves "Today" untagged after a dateline and an earlier day; the
    session is still held on the report's day, not on the day named before."""
    text = ("MINSK, 21 September (BelTA) – This week brought a busy round of contacts.\n\n"
            "The visit, made at the invitation of the Polish side, ended on Thursday.\n\n"
            "Today Minsk hosted the seventh session of the Belarusian-Polish working group on "
            "cooperation in agriculture.")
    found = [e for e in events(text, dt.date(2018, 9, 21)) if "seventh session" in (e.evidence or "")]
    assert [e.date for e in found] == [dt.date(2018, 9, 21)]


def test_said_then_and_added_are_on_the_day_named_before() -> None:
    """"The previous round took place on 3 December last year. [...] Karpiński said then
    that ... He added that ...": both remarks were made at that round, not on the report's
    day nor in "the years 1917-1921" the round dealt with."""
    text = ("Polish and Belarusian historians met in Minsk on Friday for the fourth round of "
            "their dialogue.\n\n"
            "The previous round took place at the University of Białystok on 3 December last "
            "year. It dealt with the turbulent years 1917-1921.\n\n"
            "Cezary Karpiński, director of the Polish Institute in Minsk, said then that the "
            "initiative could become part of a new opening in Polish-Belarusian relations. He "
            "added that on both sides of the border there was demand for dialogue.")
    said = [e for e in statements(text, dt.date(2019, 12, 9)) if e.countries == ("BLR", "POL")]
    assert {(e.date, e.date_precision) for e in said} == {(dt.date(2018, 12, 3), "day")}


def test_said_then_after_a_month_is_in_that_month() -> None:
    """"He signed the decree in June. [...] The Polish foreign ministry said then": the
    remark is of the month just named, not of the holiday in September the article opens
    with."""
    text = ("Belarus on Friday celebrated the Day of National Unity for the first time.\n\n"
            "Lukashenka signed the decree creating the holiday in June. Warsaw reacted at once. "
            "The Polish foreign ministry said then that it had received the announcement with "
            "outrage and found it incomprehensible that Belarus should base its history policy "
            "on the legacy of the Stalin-Hitler pact.")
    said = [e for e in statements(text, dt.date(2021, 9, 18)) if e.countries == ("BLR", "POL")]
    assert {(e.date, e.date_precision) for e in said} == {(dt.date(2021, 6, 1), "month")}


def test_a_month_after_a_gerunds_object_dates_the_paragraph() -> None:
    """"He signed the decree creating the holiday in June": the parser hangs "in June" on
    "creating", which would make it a description of the decree; it is when he signed, so
    the paragraph's undated remark after it is of June too."""
    text = ("Belarus on Friday celebrated the Day of National Unity for the first time.\n\n"
            "Lukashenka signed the decree creating the holiday in June. The Institute of "
            "National Remembrance in Warsaw called 17 September 1939 a lasting symbol of the "
            "criminal cooperation between Hitler and Stalin against the free nations of Europe.")
    said = [e for e in statements(text, dt.date(2021, 9, 18)) if e.countries == ("BLR", "POL")]
    assert {(e.date, e.date_precision) for e in said} == {(dt.date(2021, 6, 1), "month")}


def test_last_week_is_the_news_day_when_the_story_has_none() -> None:
    """"Eighty years have passed since 5 March 1940 [...]. In Minsk the anniversary was
    marked last week": the only day the opening names is eighty years old, so "last week"
    is when the news happened, and the ambassador's undated words there are of it (not of
    the report's day)."""
    text = ("Eighty years have passed since 5 March 1940, when Stalin signed off on the "
            "shooting of nearly 22,000 Polish citizens. In Minsk the anniversary was marked "
            "last week.\n\n"
            "When the Mass ended, Polish Ambassador Artur Michalski addressed those still in "
            "the church. Katyń, he said, was a tragedy shared by Poles and Belarusians alike.")
    said = [e for e in statements(text, dt.date(2020, 3, 10)) if e.countries == ("BLR", "POL")]
    assert [e.date for e in said] == [dt.date(2020, 3, 3)]


def test_last_week_stays_a_look_back_after_the_news_day() -> None:
    """Once the story has its news day, "last week" in a later paragraph is a look back:
    the undated remark of the next paragraph stays on the news day."""
    text = ("Polish Ambassador Artur Michalski met Belarus's deputy foreign minister in Minsk "
            "on Monday.\n\n"
            "A similar meeting was held in Warsaw last week.\n\n"
            "Michalski said the talks with the Belarusian side had been useful.")
    said = [e for e in statements(text, dt.date(2020, 3, 10)) if e.countries == ("BLR", "POL")]
    assert [e.date for e in said] == [dt.date(2020, 3, 9)]


@pytest.mark.parametrize("movement", ["Szymon Hołownia's movement",
                                      "Szymon Hołownia's Polska 2050 movement"])
def test_a_wire_lede_goes_on_from_the_acts_day_not_the_reports(movement: str) -> None:
    """"X held gatherings on Friday, the movement said on Saturday": the news is Friday's,
    so the body's undated words at the gatherings are Friday's too; and the year in a name
    ("Polska 2050") is no date of the lede."""
    text = (f"WARSAW, Aug 8 - {movement} held gatherings in support of Belarusians on "
            "Friday, two days before Belarus votes for a president, the movement said on "
            "Saturday.\n\n"
            "At the rally outside the Belarusian embassy in Warsaw, the Polish MP Karol "
            "Wilczyński said he stood with Belarusians fighting for free elections.")
    said = [e for e in statements(text, dt.date(2020, 8, 8)) if "stood with" in (e.evidence or "")]
    assert [e.date for e in said] == [dt.date(2020, 8, 7)]


def test_a_paragraph_opening_in_the_past_perfect_goes_back_to_its_day() -> None:
    """"Two weeks earlier, on 10 November, the frontier had already divided the chamber.
    Kempa objected ...": the paragraph goes back to 10 November and its undated remarks
    are of that day; "that day" after them is that day too."""
    text = ("Poland's prime minister did not get the floor in the European Parliament on "
            "Tuesday.\n\n"
            "Two weeks earlier, on 10 November, the frontier had already divided the chamber. "
            "The Polish MEP Beata Kempa objected to a title speaking of a humanitarian crisis on "
            "the Polish-Belarusian border, arguing that Polish guards were targets of attacks "
            "by Belarus. The Polish MEP Robert Biedroń said that day that Lukashenko was "
            "opening champagne at the sight of a divided Europe.")
    said = [e for e in statements(text, dt.date(2021, 11, 24)) if e.countries == ("BLR", "POL")]
    assert {e.date for e in said} == {dt.date(2021, 11, 10)}


def test_a_past_perfect_after_the_day_is_still_a_flashback_of_that_sentence_only() -> None:
    """"X had been barred from leaving on 3 January": a date after the past-perfect verb
    dates that background; the paragraph's next remark stays on the story's day."""
    text = ("Polish Foreign Minister Zbigniew Rau met the Belarusian charge d'affaires in "
            "Warsaw on Tuesday.\n\n"
            "The journalist had been detained in Grodno on 3 January. Rau said Belarus must free "
            "him at once.")
    said = [e for e in statements(text, dt.date(2021, 3, 10)) if e.countries == ("BLR", "POL")]
    assert [e.date for e in said] == [dt.date(2021, 3, 9)]


def test_a_weekday_after_a_look_back_is_that_weeks_day() -> None:
    """"The ultimatum was issued a week ago, on Thursday", written on a Thursday: the
    Thursday a week ago, not the report's own day."""
    text = ("Trains are still crossing the border at Kuźnica.\n\n"
            "The ultimatum was issued a week ago, on Thursday. Poland's interior ministry said "
            "Warsaw would suspend the railway crossing with Belarus if Minsk did not calm the "
            "situation.")
    said = [e for e in events(text, dt.date(2021, 11, 25)) if "interior ministry" in (e.evidence or "")]
    assert said and {e.date for e in said} == {dt.date(2021, 11, 18)}


@pytest.mark.parametrize(("text", "published", "said_on"), [
    # "more are planned for May, he said" in April: next May, and the saying stays on the
    # report's day (not the May before, read as an intention the speaker once had)
    ("Aleksandr Lukashenko spoke about Poland on Thursday. The president also drew attention "
     "to the military build-up on the Polish side of the border. Exercises are under way "
     "there and more are planned for May, he said.", dt.date(2024, 4, 12), dt.date(2024, 4, 11)),
    # "Poland takes over the rotating presidency on 1 January", written in December: next
    # January, so the undated remark after it keeps the report's day
    ("Poland takes over the rotating presidency of the EU on 1 January. Presenting the "
     "programme at a recent press conference, Foreign Minister Radosław Sikorski said the "
     "presidency would keep up sanctions against Belarus.", dt.date(2024, 12, 20),
     dt.date(2024, 12, 20)),
])
def test_a_plan_told_in_the_present_lies_ahead(text: str, published: dt.date,
                                               said_on: dt.date) -> None:
    found = statements(text, published)
    assert found and all(e.date == said_on for e in found)


@pytest.mark.parametrize(("text", "published", "days"), [
    pytest.param(  # the paragraphs between, about the day before, do not date his words
        "MINSK, 13 October – Belarus condemns Poland's refusal to let in a Belarusian "
        "parliamentarian travelling as an OSCE observer, the press secretary of the "
        "Belarusian Foreign Ministry, Anatoly Glaz, said on Friday.\n\n"
        "Denis Karas was turned back at the Brest–Terespol checkpoint on Thursday.\n\n"
        "Speaking to a newspaper, the deputy explained that Poland had invited the OSCE to "
        "monitor the vote. He called the Polish decision incomprehensible and unfriendly, "
        "and said it undermined trust in the elections in Poland.\n\n"
        "According to Anatoly Glaz, Warsaw's unilateral and politicised decision has "
        "deprived Belarus of the opportunity to take part in OSCE election observation. "
        "Filtering out observers is a gross violation of Poland's OSCE commitments, the "
        "spokesman said.", dt.date(2023, 10, 13), [dt.date(2023, 10, 13)], id="continues"),
    pytest.param(  # the guard: a paragraph's own day dates what it tells
        "Belarusian Foreign Ministry spokesman Anatoly Glaz said on Friday that Poland was "
        "stoking tension.\n\n"
        "On Monday Minsk recalled its ambassador from Warsaw. Glaz said the step had been "
        "forced on Belarus by Poland.", dt.date(2023, 10, 17),
        [dt.date(2023, 10, 13), dt.date(2023, 10, 16)], id="own-paragraph-day"),
])
def test_a_speakers_undated_remark_continues_the_day_the_text_gave_that_speaker(
        text: str, published: dt.date, days: list[dt.date]) -> None:
    said = [e for e in statements(text, published)
            if e.speaker is not None and e.speaker.name == "Anatoly Glaz"]
    assert sorted(e.date for e in said) == days


def test_a_day_of_the_month_just_named_with_its_year_is_in_that_year() -> None:
    # "17 November" alone would be the last one before publication (2022); the sentence has
    # just named November 2021
    found = statements("After an American firm tied the hackers to the Belarusian government "
                       "in November 2021, government spokesman Piotr Müller told national "
                       "radio on 17 November that the attack had come from Belarus.",
                       dt.date(2023, 4, 22))
    assert [e.date for e in found] == [dt.date(2021, 11, 17)]


def test_a_day_with_last_year_keeps_its_own_year() -> None:
    found = statements("The ban was lifted in April 2025. On 20 April last year, Lukashenka "
                       "said that Poland had flooded the market with apples.",
                       dt.date(2025, 5, 28))
    assert [e.date for e in found] == [dt.date(2024, 4, 20)]


def test_a_march_the_text_dated_dates_those_who_marched_in_it() -> None:
    # "every evening" recurs (it was read as Friday evening again) and "almost two weeks" is
    # a length: neither names a day, so the march keeps 20 August, and "marched" in the next
    # paragraph is that march (20 August is too long before publication to go on as the
    # story's day)
    found = events("Lublin lit its town hall in the colours of the Belarusian flag on Friday "
                   "evening.\n\nBiałystok took to the streets earlier. On Thursday, 20 August, a "
                   "solidarity march organised by Belarusians who have settled in the city "
                   "carried a 30-metre white-red-white flag along the main streets to the "
                   "Belarusian consulate, where people had been gathering every evening for "
                   "almost two weeks. At least several hundred took part.\n\nMayor Tadeusz "
                   "Truskolaski marched with the Belarusians. He said the election in Belarus "
                   "had been rigged.", dt.date(2020, 9, 12))
    assert [(e.kind, e.date, e.countries) for e in found if e.kind == "meeting"] == [
        ("meeting", dt.date(2020, 8, 20), ("BLR", "POL"))]
    # what he said in the paragraph about the march, he said there
    assert [e.date for e in found if e.kind == "statement"] == [dt.date(2020, 8, 20)]


@pytest.mark.parametrize("text", [
    "Representatives of the Białystok city authorities walked alongside members of the "
    "Belarusian diaspora on Sunday.",
    "On Sunday the deputy mayor of Gdańsk marched with Belarusian exiles through the old town.",
    # several groups of both sides as one subject march together
    "Belarusians living in Białystok and representatives of the city authorities marched "
    "through the centre of the city on Sunday.",
])
def test_officials_marching_with_the_other_side_is_a_contact(text: str) -> None:
    assert [(e.kind, e.countries) for e in events(text, dt.date(2023, 8, 7))] == [
        ("meeting", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    "Belarusian soldiers marched towards the Polish border on Sunday.",
    "Thousands of Belarusians marched to the Polish embassy in Minsk on Sunday.",
])
def test_one_side_marching_towards_the_other_is_no_contact(text: str) -> None:
    assert [e for e in events(text, dt.date(2023, 8, 7)) if e.kind == "meeting"] == []


def test_that_month_after_a_year_is_in_that_year() -> None:
    text = ("In March 2017 Piotr Naimski told journalists that Poland would not buy power from "
            "the Belarusian plant. That August, Foreign Minister Witold Waszczykowski told RIA "
            "Novosti that Poland would not buy Belarusian electricity.")
    said = [e for e in events(text, dt.date(2020, 6, 17)) if e.kind == "statement"]
    assert sorted((e.date, e.date_precision) for e in said) == [
        (dt.date(2017, 3, 1), "month"), (dt.date(2017, 8, 1), "month")]


def test_a_march_in_lower_case_is_no_month() -> None:
    text = ("On the eve of the previous march, on 22 February 2019, Anatoly Glaz told BelTA "
            "that the ministry regarded the march in Hajnówka with concern and blamed Poland.")
    said = [e for e in events(text, dt.date(2020, 2, 22)) if e.kind == "statement"]
    assert [(e.date, e.date_precision) for e in said] == [(dt.date(2019, 2, 22), "day")]


def test_an_anniversarys_day_and_days_after_it_leave_the_story_where_it_was() -> None:
    """A sentence that dates its news to Thursday and names a day thirty years before (an
    anniversary), and "two days later" after that old day, tell an aside: "later that day"
    afterwards is Thursday, not 4 December 1991."""
    text = (
        "The presidents of Poland, Lithuania and Ukraine held a virtual summit of the Lublin "
        "Triangle on Thursday, timed for the 30th anniversary of Poland's recognition of "
        "Ukrainian independence on 2 December 1991. Lithuania followed suit two days later.\n\n"
        "According to Jakub Kumoch, head of the President's International Policy Bureau, "
        "Andrzej Duda said during the talks that a democratically elected leader of Belarus "
        "would one day sit among the leaders of the group.\n\n"
        "Speaking to the PAP news agency later that day, Kumoch said the Belarusian part of "
        "the region was missing because Belarusians are denied the right to choose their "
        "leader.")
    found = [e for e in events(text, dt.date(2021, 12, 3))
             if e.kind == "statement" and e.speaker is not None and "Kumoch" in e.speaker.name]
    assert [e.date for e in found] == [dt.date(2021, 12, 2)]


def test_the_end_of_the_week_dates_a_visit_and_a_deadline_dates_nothing() -> None:
    # written on Sunday: the visit spanned Friday; "decisions due by the end of the week" is
    # a deadline, so the next sentence stays on the day the paragraph gave (Wednesday)
    visit = ("Anna Schmidt-Rodziewicz, a secretary of state in the Polish prime minister's "
             "chancellery, spent the end of the week in Belarus.\n\n"
             "In Minsk she then sat down with Leanid Hulaka, the Belarusian government's "
             "commissioner for religious and nationality affairs.")
    assert {e.date for e in events(visit, dt.date(2019, 8, 18)) if e.kind == "meeting"} \
        == {dt.date(2019, 8, 16)}
    deadline = ("On Wednesday the plenipotentiary for Poles abroad, Marcin Przydacz, said "
                "Poland would respond firmly to Belarus, with decisions due by the end of the "
                "week. Polish consular posts in Belarus are working with a fifth of their "
                "staff, the foreign ministry in Warsaw said.")
    assert [e.date for e in statements(deadline, dt.date(2023, 2, 24))] \
        == [dt.date(2023, 2, 22), dt.date(2023, 2, 22)]


def test_the_first_name_jan_after_a_weekday_is_no_january() -> None:
    # the tagger joins "Wednesday Jan" into one date, which would read as January
    text = ("On Wednesday Jan Dziedziczak, the government's plenipotentiary for Poles abroad, "
            "said Poland would respond firmly to Belarus.")
    assert [(e.date, e.date_precision) for e in statements(text, dt.date(2023, 2, 24))] \
        == [(dt.date(2023, 2, 22), "day")]


def test_a_saying_after_a_years_figures_is_of_the_publication_day_when_no_story_day() -> None:
    """The year a paragraph's figures cover is no day anyone spoke, also when the article
    has not yet set a story day: the saying is then of the publication day."""
    found = events_of("Polish exports to Belarus passed 1.7 billion euros in 2019. The Polish "
                      "ambassador said trade with Belarus could grow much further.",
                      dt.date(2021, 6, 30))
    assert [(e.kind, e.date, e.date_precision) for e in found] == [
        ("statement", dt.date(2021, 6, 30), "day")]
