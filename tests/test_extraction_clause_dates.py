"""Which day a clause gives its act on fresh text: a past day inside a reported intention,
a "when" clause that shares its main clause's time, a distance from an act dated earlier, a
date inside what is reported or in a thing's name, "hours later", "later in the month", a
round-up's weekday heading and the day an interview was published.  On sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_helpers import events, of_kind


def test_a_past_day_inside_a_reported_intention_dates_the_saying() -> None:
    text = ("Prime Minister Donald Tusk announced the plan on Saturday in Krakow. Tusk first "
            "said he wanted to fortify the whole border with Belarus on May 11, citing a "
            "growing hybrid war.")
    said = of_kind(events(text, dt.date(2024, 5, 19)), "statement")
    assert dt.date(2024, 5, 11) in [e.date for e in said]


def test_a_future_act_with_its_own_day_keeps_that_day() -> None:
    # the guard: "would close ... on 12 September" is the closure's day, never the saying's
    # (only verbs of intending move a past day to the saying)
    text = ("On Monday Poland's interior minister said Poland would close the border with "
            "Belarus on 12 September.")
    found = events(text, dt.date(2023, 9, 20))
    assert found and dt.date(2023, 9, 18) not in [e.date for e in found]


def test_a_when_clause_dates_its_main_clause() -> None:
    text = ("Uladzimir Chushev presented his credentials in Warsaw on Thursday.\n\n"
            "When Alyaksandr Lukashenka appointed Chushev in February, the Belarusian leader "
            "told him that the coming years would settle the shape of relations with Poland.")
    said = of_kind(events(text, dt.date(2019, 3, 22)), "statement")
    assert [(e.date, e.date_precision, e.countries) for e in said] \
        == [(dt.date(2019, 2, 1), "month", ("BLR", "POL"))]


def test_complained_that_is_a_statement_of_the_day_named() -> None:
    # "on Monday that since 20 March": the weekday is the complaint's, not 20 March's
    text = ("Belarus's State Border Committee complained on Monday that since 20 March only "
            "47 trucks had passed through the crossing from Poland into Belarus.")
    said = of_kind(events(text, dt.date(2022, 4, 19)), "statement")
    assert [(e.countries, e.cameo_code, e.date) for e in said] \
        == [(("BLR", "POL"), "114", dt.date(2022, 4, 18))]


def test_a_distance_from_an_act_dated_earlier_counts_from_that_act() -> None:
    text = ("The two crossings on the Belarusian border reopened on 17 November.\n\n"
            "Two days before the reopening, the Belarusian foreign ministry's spokesman Ruslan "
            "Varankov welcomed the decision of the Polish authorities as a constructive step.")
    said = of_kind(events(text, dt.date(2025, 11, 24)), "statement")
    assert [(e.date, e.countries) for e in said] == [(dt.date(2025, 11, 15), ("BLR", "POL"))]
    # the same when the act is told with its doer, whose gerund the parser reads as a verb
    text = ("Poland reopened its Kuźnica and Bobrowniki crossings on 17 November.\n\n"
            "Two days before the reopening, Belarusian foreign ministry spokesman Ruslan "
            "Varankov welcomed the Polish decision as a sign of a constructive attitude.")
    said = of_kind(events(text, dt.date(2025, 12, 10)), "statement")
    assert [(e.date, e.countries) for e in said] == [(dt.date(2025, 11, 15), ("BLR", "POL"))]


def test_words_of_an_announcement_dated_earlier_are_from_its_day() -> None:
    text = ("Interior Minister Marcin Kierwiński has extended the buffer zone, his ministry "
            "announced on Friday; the new regulation takes effect today and will apply until "
            "4 December.\n\n"
            "The ministry's announcement also accused Belarusian state services of taking part "
            "in attacks on Polish soldiers.")
    said = [e for e in of_kind(events(text, dt.date(2025, 9, 6)), "statement")
            if e.countries == ("BLR", "POL")]
    assert [e.date for e in said] == [dt.date(2025, 9, 5)]


def test_a_second_act_with_its_own_month_keeps_it() -> None:
    # "in February 2023 after ...": a date of its own, not a distance from the sentencing
    text = ("Poland shut Kuźnica in November 2021 at the height of the migrant crisis, and "
            "closed Bobrowniki in February 2023 after Andrzej Poczobut was sentenced.")
    closures = [e for e in of_kind(events(text, dt.date(2025, 1, 17)), "measure")
                if e.cameo_code != "173"]  # (the sentencing is a measure of its own)
    assert sorted((e.date, e.date_precision) for e in closures) \
        == [(dt.date(2021, 11, 1), "month"), (dt.date(2023, 2, 1), "month")]


def test_the_week_before_dates_from_the_story_not_from_publication() -> None:
    text = ("Belarus's defence minister Viktar Khrenin spoke yesterday. He recalled that the "
            "Belarusian attaché had been called to the Polish defence ministry the week before.")
    summons = of_kind(events(text, dt.date(2021, 11, 17)), "meeting")
    assert [(e.date, e.countries) for e in summons] == [(dt.date(2021, 11, 9), ("BLR", "POL"))]


def test_a_date_inside_what_is_reported_does_not_move_the_story() -> None:
    text = ("Dmitry Gora, chairman of Belarus's Investigative Committee, said on Monday that "
            "investigators were checking whether the response of the Polish forces on "
            "November 16 had been planned in advance.\n\n"
            "The Belarusian foreign ministry said Poland had used toxic irritants against "
            "refugees.")
    said = of_kind(events(text, dt.date(2021, 11, 23)), "statement")
    assert [e.date for e in said] == [dt.date(2021, 11, 22), dt.date(2021, 11, 22)]


def test_a_past_perfect_act_in_a_relative_clause_is_background() -> None:
    text = ("Poland's foreign ministry called the Belarusian election a farce on Sunday.\n\n"
            "Belarusian Foreign Minister Maxim Ryzhenkov spoke to reporters on Tuesday. "
            "Instead of such statements, he said, Poland should work with Minsk on the many "
            "open issues between the two countries, some of which Warsaw itself had asked "
            "Belarus to help resolve.")
    found = events(text, dt.date(2025, 1, 29))
    assert [(e.kind, e.source_country, e.target_country, e.date) for e in found
            if e.date == dt.date(2025, 1, 28)] == [("statement", "BLR", "POL", dt.date(2025, 1, 28))]


def test_a_date_in_a_things_name_does_not_date_the_paragraph() -> None:
    text = ("On Sunday Małgorzata Gosiewska, deputy speaker of the Polish Sejm, was in Hrodna, "
            "where she honoured the city's defenders of September 1939. In interviews she said "
            "she regretted the way the Belarusian authorities had treated Polish teachers.")
    found = of_kind(events(text, dt.date(2019, 9, 30)), "statement")
    assert [(e.source_country, e.target_country, e.date) for e in found] \
        == [("POL", "BLR", dt.date(2019, 9, 29))]


def test_days_after_a_month_named_stay_in_that_month() -> None:
    text = ("A court in Grodno sentenced the Polish minority activist to eight years in "
            "prison in February. Two days later Poland closed the Bobrowniki crossing.")
    closures = [e for e in of_kind(events(text, dt.date(2023, 4, 5)), "measure")
                if e.source_country == "POL"]
    assert [(e.date, e.date_precision) for e in closures] == [(dt.date(2023, 2, 1), "month")]


def test_hours_later_is_the_day_just_named() -> None:
    # (the day is named inside what someone reports, so it is not the story's day)
    text = ("On Friday Poland asked Belarus to stop pumping oil, Belneftekhim spokesman "
            "Alexander Tishchenko told reporters in Minsk.\n\n"
            "Less than an hour later Tishchenko announced that the Polish side had fixed the "
            "problem.")
    found = [e for e in of_kind(events(text, dt.date(2020, 10, 26)), "statement")
             if "an hour later" in (e.evidence or "")]
    assert [e.date for e in found] == [dt.date(2020, 10, 23)]


def test_a_round_ups_weekday_heading_dates_its_section() -> None:
    text = ("Belarus-Poland week, 11-15 November\n\n"
            "Tuesday: no family photo\n\n"
            "Andrzej Duda stayed out of the leaders' group photograph at COP29 on Tuesday.\n\n"
            "Thursday: Minsk hits back\n\n"
            "Two days later the Belarusian leader gave his own version. Lukashenko said nobody "
            "at the summit had noticed that Duda was missing.")
    found = of_kind(events(text, dt.date(2024, 11, 15)), "statement")
    assert [(e.source_country, e.target_country, e.date) for e in found
            if e.source_country == "BLR"] == [("BLR", "POL", dt.date(2024, 11, 14))]


def test_later_in_the_month_is_the_month_last_named_and_a_tuesday_is_no_day() -> None:
    text = ("In early September Poland's foreign ministry said it regretted the decision of the "
            "Belarusian authorities.\n\n"
            "Later in the month Belarus's deputy foreign minister Oleg Kravchenko spent a "
            "Tuesday and a Wednesday in Warsaw for consultations with his Polish counterpart "
            "Bartosz Cichocki.")
    found = of_kind(events(text, dt.date(2018, 10, 5)), "meeting")
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2018, 9, 1), "month")]


def test_a_year_described_is_the_topic_not_the_day() -> None:
    text = ("Anna Maria Dyner of the Polish Institute of International Affairs describes 2019 "
            "as a year of intensive contacts between Poland and Belarus.")
    found = of_kind(events(text, dt.date(2020, 6, 10)), "statement")
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2020, 6, 10), "day")]


def test_a_label_in_a_free_relative_is_no_saying_of_its_own() -> None:
    # the parser hangs "what he called" on "war": it is the speaker's label, not a second
    # statement left without the day of the first
    text = ("Before flying to Beijing on 22 June, President Andrzej Duda said the political "
            "part of his visit would be very important because of the war in Ukraine and what "
            "he called Belarus's hybrid attack on the Polish border.")
    found = of_kind(events(text, dt.date(2024, 7, 5)), "statement")
    assert found and {e.date for e in found} == {dt.date(2024, 6, 22)}


@pytest.mark.parametrize(("text", "published", "speaker", "day"), [
    ("In January Belarus's KGB added Radio Racyja, a station with its newsroom in "
     "Białystok, to its list of extremist formations. The security service took the "
     "decision on 16 January and announced it a week later.\n\n"
     "In an interview that Belsat published on Tuesday, Artur Michalski, a former "
     "Polish ambassador to Belarus who has for almost a year been the foreign "
     "ministry's special representative for relations with the Belarusian democratic "
     "forces, said he reads Belarusian every day and follows Belarusian news sources. "
     "It is hard to shed an emotional attitude to Belarus, he told the channel, "
     "because there is too much suffering there.",
     dt.date(2024, 5, 23), "Artur Michalski", dt.date(2024, 5, 21)),
    ("The daily asked the ministry this month what the offer contained.\n\n"
     "Asked by Belsat in an interview published on 24 April what the minister had "
     "meant, Łukasz Jasina said the proposals had been very simple. He warned that "
     "every time Alaksandr Lukashenka crossed a red line he would get his knuckles "
     "rapped.",
     dt.date(2023, 5, 30), "Łukasz Jasina", dt.date(2023, 4, 24)),
])
def test_the_day_an_interview_was_published_dates_what_was_said_in_it(
        text: str, published: dt.date, speaker: str, day: dt.date) -> None:
    # "an interview that Belsat published on Tuesday", "asked ... in an interview published
    # on 24 April": a clause on the interview, not on a thing; its day is the story's day,
    # so the next remark from the same interview keeps it
    said = [e for e in events(text, published) if e.kind == "statement"
            and e.speaker is not None and e.speaker.name == speaker]
    assert said and all(e.date == day for e in said)


@pytest.mark.parametrize("text", [
    "Belarusian Ambassador Vladimir Chushev met Polish senators at the Senate, the embassy's "
    "press service announced on Wednesday.",
    "Polish Ambassador Artur Michalski met Belarus's deputy foreign minister at the ministry in "
    "Minsk, the embassy's press office announced on Wednesday.",
])
def test_a_closing_report_hung_on_the_noun_before_it_dates_the_act(text: str) -> None:
    # the parser hangs "announced on Wednesday" on "administration"/"ministry" as a
    # participle; the meeting is no later than its report, not on the publication day
    found = [e for e in events(text, dt.date(2018, 8, 23)) if e.kind == "meeting"]
    assert [e.date for e in found] == [dt.date(2018, 8, 22)]


def test_a_fronted_participle_the_parser_takes_for_an_object_shares_its_day() -> None:
    # the parser reads "asked at a press conference ..." as the object of "answered"; the
    # month before it dates the answer, not only the question
    text = ("In May, asked at a press conference after the Victory Day celebrations about the "
            "situation on the border with Poland, Lukashenka answered: let them try.")
    found = [e for e in events(text, dt.date(2022, 7, 6)) if e.kind == "statement"]
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2022, 5, 1), "month")]
