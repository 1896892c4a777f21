"""Which day an event is dated to: the story's day, a day told before or after it, dates inside
clauses that date nothing, flashbacks.  On sentences of our own, at the extractor level."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_helpers import WEDNESDAY, events_of, one


def test_the_same_day_is_the_date_just_reported() -> None:
    found = events_of("Belarusian drones flew over Podlasie on Monday.\n\n"
                      "The Polish foreign ministry summoned the Belarusian envoy the same day.")
    meeting = next(e for e in found if e.kind == "meeting")
    assert meeting.date == dt.date(2024, 5, 13)


def test_undated_follow_up_keeps_the_story_day() -> None:
    found = events_of("On Monday the Polish foreign ministry summoned the Belarusian envoy.\n\n"
                      "The Belarusian defence ministry said the Polish claims were absurd.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.date == dt.date(2024, 5, 13)


def test_a_day_long_before_the_news_leaves_the_story_at_the_ledes_day() -> None:
    """The body recalls a vote of two months before; the remarks after it were made at the
    ceremony the lede dates, not on the publication day (the vote is too old to be the
    story's day, and the lede's day is not)."""
    found = events_of("The plaque on Free Belarus Square in Białystok was unveiled on Monday by "
                      "Mayor Tadeusz Truskolaski and Sviatlana Tsikhanouskaya.\n\n"
                      "Councillors voted on 20 March to give the square its name.\n\n"
                      "Tsikhanouskaya said Poland's solidarity meant a great deal to "
                      "Belarusians.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.date == dt.date(2024, 5, 13)


def test_the_news_day_is_the_first_the_text_gives_even_after_an_undated_lede() -> None:
    """An undated lede ("is free again"), the news day in the next paragraph, an old date
    recalled, and then the reactions: they belong to the news day, not to publication."""
    found = events_of("Andżelika Borys is a free woman again.\n\n"
                      "Belarus's Prosecutor General's Office announced on Monday that the case "
                      "against her had been closed.\n\n"
                      "Borys was detained in Grodno on 23 March 2021.\n\n"
                      "The Polish foreign ministry said in a statement that it welcomed the "
                      "decision of the Belarusian authorities.")
    statement = next(e for e in found if e.kind == "statement" and e.speaker is not None
                     and e.speaker.name == "Ministry of Foreign Affairs of Poland")
    assert statement.date == dt.date(2024, 5, 13)


def test_date_of_an_embedded_clause_does_not_date_the_statement() -> None:
    found = events_of("On Monday the Belarusian leader said that Poland wanted to raise "
                      "tension before its elections in October.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.date == dt.date(2024, 5, 13)


def test_clock_time_does_not_date_a_future_measure() -> None:
    event = one("The Kuźnica crossing will close at midnight on Friday, the Polish interior "
                "minister said.", "measure")
    assert event.date == dt.date(2024, 5, 17)


def test_a_look_back_date_does_not_become_the_story_day() -> None:
    found = events_of("On Tuesday the Polish foreign ministry summoned the Belarusian envoy. "
                      "Last Friday Lukashenko had accused Poland of plotting.\n\n"
                      "The Polish deputy foreign minister said the Belarusian claims were "
                      "absurd.")
    verdict = [e for e in found if e.kind == "statement" and e.char_start is not None
               and e.evidence.startswith("The Polish deputy")]
    assert verdict and verdict[0].date == dt.date(2024, 5, 14)


def test_a_sentence_length_does_not_date_the_verdict() -> None:
    found = events_of("A court in Grodno jailed a Polish journalist for eight years on Monday.",
                      dt.date(2023, 2, 10))
    assert found and all(e.date == dt.date(2023, 2, 6) for e in found)


def test_a_look_back_in_a_relative_clause_does_not_date_the_next_sentence() -> None:
    found = events_of("Belarus jailed the activist, who had been detained two years ago.\n"
                      "Poland protested.", dt.date(2023, 2, 10))
    protest = next(e for e in found if e.source_country == "POL")
    assert protest.date == dt.date(2023, 2, 10)


def test_an_act_joined_to_a_dated_one_shares_its_day() -> None:
    """"said on Monday that a group had thrown stones on Sunday night and forced its way
    across": the breach is Sunday's, like the stones, not the day of the report; so both
    acts are one incident, not two on two days.  Words joined to words keep their own day."""
    found = events_of("We are following the situation on the Polish–Belarusian border.\n\n"
                      "Border Guard spokeswoman Anna Michalska said on Monday that a group of "
                      "migrants had thrown stones at Polish officers near Czeremcha on Sunday "
                      "night and forced its way across the border.")
    assert [(e.kind, e.date) for e in found if len(e.countries) == 2] == [
        ("incident", WEDNESDAY - dt.timedelta(days=3))]


def test_since_the_weekend_dates_no_act() -> None:
    """"have died since the weekend": the start of a period, not the day of the deaths or
    of the remarks about them (a visit "at the weekend" is dated by it: see test_dates)."""
    found = events_of("Four people have died in the forests along the Polish-Belarusian border "
                      "since the weekend. Polish Interior Minister Mariusz Kamiński accused "
                      "Belarus of pushing them to the border.")
    assert [e.date for e in found if e.kind == "statement"] == [WEDNESDAY]


def test_a_participle_clause_dates_the_statement_it_introduces() -> None:
    event = one("Speaking after a summit in Brussels on Monday, the Polish prime minister said "
                "Belarus was a threat.", "statement")
    assert event.date == dt.date(2024, 5, 13)


def test_a_date_in_a_relative_clause_does_not_date_the_main_statement() -> None:
    found = events_of("Poland closed the crossings with Belarus on Monday.\n"
                      "Tusk said the Belarusian drills that begin on Friday were aggressive.",
                      dt.date(2024, 5, 15))
    statement = next(e for e in found if e.kind == "statement")
    assert statement.date != dt.date(2024, 5, 10)


def test_a_date_right_after_the_reporting_verb_dates_the_report() -> None:
    event = one("Poland said on Monday it would not hesitate to close the border with Belarus.",
                "statement")
    assert event.date == dt.date(2024, 5, 13)
    assert event.countries == ("BLR", "POL")


def test_a_past_perfect_flashback_does_not_redate_the_story() -> None:
    found = events_of("Belarus expelled a Polish consul on Tuesday.\n\n"
                      "According to Minsk, the consul had been warned twice and had met "
                      "opposition activists on 2 May.\n\n"
                      "The Polish foreign ministry condemned the expulsion.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.pair == ("BLR", "POL")
    assert statement.date == dt.date(2024, 5, 14)


def test_a_past_perfect_clause_does_not_redate_the_story() -> None:
    """"..., while 23 families had turned up at the meeting on 26 May": a subordinate clause
    in the past perfect is a flashback, as a past perfect sentence is; the next sentence's
    words stay on the story's day."""
    found = events_of("Polish minister Adam Kwiatkowski met Brest officials on Tuesday.\n\n"
                      "The headmistress told the guests that she could admit 18 children, "
                      "while 23 families had turned up at an open day on 2 May. Poland "
                      "wants every child to be able to study in Polish, Kwiatkowski told "
                      "Belarusian officials.")
    statement = next(e for e in found if e.kind == "statement" and "wants" in e.evidence)
    assert statement.date == dt.date(2024, 5, 14)


@pytest.mark.parametrize(("text", "day"), [
    ("Poland held a presidential election on 20 April. Analysts were divided.\n\n"
     "On election day, Lukashenko told reporters that Belarus would not interfere in Poland.",
     dt.date(2024, 4, 20)),
    ("The Minsk summit of 3 May ended without agreement.\n\n"
     "On the day of the summit, Duda said Belarus was not a partner.", dt.date(2024, 5, 3)),
])
def test_an_occasion_dated_earlier_dates_its_day(text: str, day: dt.date) -> None:
    statement = next(e for e in events_of(text) if e.kind == "statement")
    assert statement.pair == ("BLR", "POL") and statement.date == day


def test_an_act_announced_for_a_day_after_publication_leaves_the_announcement_a_statement(
        ) -> None:
    # published on a Wednesday: "on Monday he would" is five days ahead, a plan
    found = events_of("Polish Interior Minister Mariusz Kamiński announced that on Monday he "
                      "would place several hundred representatives of the Belarusian regime "
                      "on Poland's sanctions list.", dt.date(2023, 5, 24))
    said = [e for e in found if e.kind == "statement"]
    assert [(e.countries, e.speaker.name if e.speaker else None) for e in said] == [
        (("BLR", "POL"), "Mariusz Kamiński")]


def test_the_same_weekday_is_that_of_the_day_just_told() -> None:
    """"A week ago ... sent a letter. Duda had presented it the same Friday in Klaipėda ...
    he told reporters there": the Friday a week back (the tagger leaves "the same" out of
    the date), and "the day before" counts from it."""
    found = events_of(
        "Warsaw, Friday. President Andrzej Duda came back from the NATO summit in Vilnius.\n\n"
        "A week ago he and the presidents of Lithuania and Latvia sent a joint letter to the "
        "allied leaders about Belarus.\n\n"
        "Duda had presented the letter himself the same Friday in Klaipėda. The relocation of "
        "Wagner mercenaries to Belarus, he told reporters there, changed the security of the "
        "whole eastern flank.\n\n"
        "The day before, Paweł Szrot, head of the president's cabinet, had said on TVP Info "
        "that Wagner's presence in Belarus was a completely new situation for Poland.",
        dt.date(2023, 7, 14))
    said = {e.speaker.name: e.date for e in found if e.kind == "statement" and e.speaker}
    assert said.get("Andrzej Duda") == dt.date(2023, 7, 7)
    assert said.get("Paweł Szrot") == dt.date(2023, 7, 6)


@pytest.mark.parametrize("second", [
    "The meeting opened on Tuesday, according to a notice posted by the Belarusian Ministry "
    "of Defence.",
    "The talks were held on Tuesday, the ministry said.",
])
def test_the_day_a_later_sentence_gives_the_contact_is_its_day(second: str) -> None:
    text = ("Officers from the defence ministries of Poland and Belarus spent two days this "
            f"week talking in Brest. {second}")
    found = [e for e in events_of(text, dt.date(2018, 8, 30)) if e.kind == "meeting"]
    assert [e.date for e in found] == [dt.date(2018, 8, 28)]


def test_an_act_at_an_occasion_dated_before_is_not_dated_by_its_report() -> None:
    """"met in the Sejm for the forum, the foundation said on Tuesday": Tuesday is the day
    of the report; the forum the lede dated (a named "Forum of ..." too) is when they met,
    and naming "the forum" again in the report's sentence does not move it."""
    text = ("WARSAW, 19 September – Belarusian opposition activists spoke in the Polish "
            "parliament on Monday at the first Forum of Polish-Belarusian Cooperation, a "
            "gathering put together by a Warsaw foundation.\n\n"
            "Representatives of the Polish and Belarusian sides met in the Sejm for the forum, "
            "with a Polish MP in the room, the foundation said on Tuesday.")
    found = [e for e in events_of(text, dt.date(2023, 9, 19)) if e.kind == "meeting"]
    assert {e.date for e in found} == {dt.date(2023, 9, 18)}


def test_that_sitting_misparsed_as_a_verb_still_dates_the_words() -> None:
    """"Kowal told that sitting that ...": the small model reads "that sitting" as a
    conjunction and a verb; the words were still said at the sitting the text dated."""
    found = events_of("On January 8 the Belarusian opposition leader Sviatlana Tsikhanouskaya "
                      "addressed a joint sitting of the Sejm's foreign affairs committee.\n\n"
                      "Paweł Kowal, who chairs the Sejm foreign affairs committee, told that "
                      "sitting that Polish lawmakers wanted to send a signal to Belarusian "
                      "society.", dt.date(2025, 1, 23))
    said = [e for e in found if e.kind == "statement" and "Kowal" in e.evidence]
    assert [e.date for e in said] == [dt.date(2025, 1, 8)]


@pytest.mark.parametrize(("text", "day"), [
    ("On 12 May Warsaw closed the Bobrowniki crossing with Belarus.", dt.date(2024, 5, 12)),
    ("On 8 May Alyaksandr Lukashenka admitted that Poland had been right.",
     dt.date(2024, 5, 8)),
])
def test_a_day_the_model_splits_from_its_month_is_still_a_day(text: str,
                                                               day: dt.date) -> None:
    """The small model tags "12" as a number and "May" alone as the date, or leaves "8 May"
    untagged before a name; the act is still dated by the day, not by its month or by the
    day of publication."""
    assert [(e.date, e.date_precision) for e in events_of(text)] == [(day, "day")]


def test_a_day_something_is_due_lies_ahead() -> None:
    """"The delegation is due in Poland from 11 to 14 February": a day something is due on
    lies ahead of the report, so it is not last year's February and does not become the
    day the story has reached."""
    found = events_of("Mikhail Myasnikovich, chairman of Belarus's upper house, met Polish "
                      "Ambassador Artur Michalski on Tuesday. The Belarusian delegation is due "
                      "in Poland from 11 to 14 February. The press office said the speaker "
                      "would hold talks with President Andrzej Duda.", dt.date(2019, 2, 6))
    assert all(e.date >= dt.date(2019, 2, 5) for e in found)


@pytest.mark.parametrize(("text", "day"), [
    ("A delegation of Belarus's labour ministry has spent two days in the Lublin region, "
     "travelling at the invitation of Poland's foreign ministry.", dt.date(2024, 5, 14)),
    ("Sviatlana Tsikhanouskaya has spent three days in Warsaw meeting Polish ministers.",
     dt.date(2024, 5, 13)),
])
def test_a_stay_told_in_the_perfect_began_days_before_the_report(text: str,
                                                                 day: dt.date) -> None:
    """"Has spent two days in the Lublin region": a stay up to the report, with no date,
    began that many days before it, the report's day counted as its last."""
    assert [e.date for e in events_of(text) if e.kind == "meeting"] == [day]
