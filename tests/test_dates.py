"""Date expressions resolved against the publication date (pure functions, no model)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extraction.dates import (
    ResolvedDate,
    day_month_without_year,
    month_without_year,
    resolve_date,
    shift_months,
    weekday_on_or_after,
    weekday_on_or_before,
)

TUESDAY = dt.date(2019, 3, 5)  # the seed article's publication day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last Friday", ResolvedDate(dt.date(2019, 3, 1))),
        ("on Tuesday", ResolvedDate(dt.date(2019, 3, 5))),
        ("Monday night", ResolvedDate(dt.date(2019, 3, 4))),
        ("last Tuesday", ResolvedDate(dt.date(2019, 2, 26))),
        ("yesterday", ResolvedDate(dt.date(2019, 3, 4))),
        ("today", ResolvedDate(TUESDAY)),
        ("this week", ResolvedDate(TUESDAY)),
        ("in late August", ResolvedDate(dt.date(2018, 8, 1), "month")),
        ("early March", ResolvedDate(dt.date(2019, 3, 1), "month")),
        ("on 12 March", ResolvedDate(dt.date(2018, 3, 12))),
        ("March 2", ResolvedDate(dt.date(2019, 3, 2))),
        ("March 2019", ResolvedDate(dt.date(2019, 3, 1), "month")),
        ("3 May 2018", ResolvedDate(dt.date(2018, 5, 3))),
        ("in 2017", ResolvedDate(dt.date(2017, 1, 1), "year")),
        ("2019-02-14", ResolvedDate(dt.date(2019, 2, 14))),
        ("two weeks ago", ResolvedDate(dt.date(2019, 2, 19))),
        ("last month", ResolvedDate(dt.date(2019, 2, 1), "month")),
        ("last year", ResolvedDate(dt.date(2018, 1, 1), "year")),
        # a weekday "of last week" lies in the previous calendar week (Mon 25 Feb - Sun 3 Mar)
        ("on Wednesday of last week", ResolvedDate(dt.date(2019, 2, 27))),
        ("Monday last week", ResolvedDate(dt.date(2019, 2, 25))),
        ("earlier this month", ResolvedDate(dt.date(2019, 3, 1), "month")),
        # written on a Tuesday: a day between Monday and the day before
        ("earlier this week", ResolvedDate(dt.date(2019, 3, 4))),
        ("the last day of 2018", ResolvedDate(dt.date(2018, 12, 31))),
        ("the first day of 2019", ResolvedDate(dt.date(2019, 1, 1))),
    ],
)
def test_past_tense_expressions(text: str, expected: ResolvedDate) -> None:
    assert resolve_date(text, TUESDAY) == expected


def test_relative_to_the_previous_date_in_the_text() -> None:
    last_friday = dt.date(2019, 3, 1)
    assert resolve_date("Just four days later", TUESDAY, last_friday) == ResolvedDate(TUESDAY)
    assert resolve_date("the next day", TUESDAY, last_friday) == ResolvedDate(
        dt.date(2019, 3, 2))
    assert resolve_date("a week earlier", TUESDAY, last_friday) == ResolvedDate(
        dt.date(2019, 2, 22))


def test_that_weekday_is_the_one_of_the_time_just_reported() -> None:
    """"the same Friday", "that Friday" after a day a week back: that week's Friday, not the
    last one before publication (a bare "Friday" still is)."""
    friday_before, friday = dt.date(2023, 7, 7), dt.date(2023, 7, 14)
    assert resolve_date("that Friday", friday, friday_before) == ResolvedDate(friday_before)
    assert resolve_date("the same Friday", friday, friday_before) == ResolvedDate(friday_before)
    assert resolve_date("Friday", friday, friday_before) == ResolvedDate(friday)


def test_future_reference_looks_forward() -> None:
    assert resolve_date("on Friday", TUESDAY, future=True) == ResolvedDate(dt.date(2019, 3, 8))
    assert resolve_date("next Monday", TUESDAY) == ResolvedDate(dt.date(2019, 3, 11))
    assert resolve_date("in May", TUESDAY, future=True) == ResolvedDate(dt.date(2019, 5, 1),
                                                                        "month")


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert resolve_date("on Tuesday", None) is None
    assert resolve_date("yesterday", None) is None
    assert resolve_date("in late August", None) is None
    assert resolve_date("12 March 2019", None) == ResolvedDate(dt.date(2019, 3, 12))
    assert resolve_date("March 2019", None) == ResolvedDate(dt.date(2019, 3, 1), "month")


def test_unplaceable_expressions_give_none() -> None:
    assert resolve_date("a weekend", TUESDAY) is None  # ("the weekend" is its Saturday)
    assert resolve_date("for decades", TUESDAY) is None


def test_month_without_year_rules() -> None:
    assert month_without_year(TUESDAY, 8) == dt.date(2018, 8, 1)
    assert month_without_year(TUESDAY, 3) == dt.date(2019, 3, 1)
    assert month_without_year(TUESDAY, 8, future=True) == dt.date(2019, 8, 1)
    assert day_month_without_year(TUESDAY, 2, 30) is None


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.integers(min_value=0, max_value=6))
def test_weekday_helpers_stay_within_a_week(reference: dt.date, weekday: int) -> None:
    before = weekday_on_or_before(reference, weekday)
    after = weekday_on_or_after(reference, weekday)
    assert before.weekday() == weekday == after.weekday()
    assert 0 <= (reference - before).days <= 6
    assert 0 <= (after - reference).days <= 6
    assert 1 <= (reference - weekday_on_or_before(reference, weekday, strict=True)).days <= 7


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.integers(min_value=-36, max_value=36))
def test_shift_months_lands_in_the_right_month(day: dt.date, months: int) -> None:
    shifted = shift_months(day, months)
    assert (shifted.year * 12 + shifted.month) - (day.year * 12 + day.month) == months
    assert shifted.day <= day.day


def test_same_day_and_that_evening_are_the_anchor() -> None:
    published, anchor = dt.date(2023, 8, 2), dt.date(2023, 8, 1)
    for text in ("the same day", "that evening", "the same morning", "that day"):
        resolved = resolve_date(text, published, anchor)
        assert resolved is not None and resolved.date == anchor, text


@pytest.mark.parametrize("text", ["eight years", "for eight years", "the past two months",
                                  "72 hours", "a few days", "two to three years"])
def test_a_duration_is_never_a_date(text: str) -> None:
    # "jailed for eight years" measures the sentence, it does not place the verdict
    assert resolve_date(text, dt.date(2023, 2, 10)) is None


@pytest.mark.parametrize("text", ["19:00 on Feb. 21", "7 p.m. on Feb. 21",
                                  "7.30 p.m. on 21 February", "Feb. 21 at 19:00"])
def test_a_time_of_day_is_no_day_of_the_month(text: str) -> None:
    # "19" of "19:00" is the hour, not the 19th
    assert resolve_date(text, dt.date(2023, 2, 22)) == ResolvedDate(dt.date(2023, 2, 21))


def test_durations_with_a_direction_still_resolve() -> None:
    published = dt.date(2023, 2, 10)
    assert resolve_date("eight years ago", published) == ResolvedDate(dt.date(2015, 1, 1), "year")
    assert resolve_date("two days later", published, published) == \
        ResolvedDate(dt.date(2023, 2, 12))
    assert resolve_date("last year", published) == ResolvedDate(dt.date(2022, 1, 1), "year")


def test_earlier_this_month_on_the_first_is_the_month_before() -> None:
    # published on 1 October, nothing of October came "earlier"
    assert resolve_date("earlier this month", dt.date(2021, 10, 1)) \
        == ResolvedDate(dt.date(2021, 9, 1), "month")
    assert resolve_date("on Wednesday of last week", dt.date(2021, 10, 1)) \
        == ResolvedDate(dt.date(2021, 9, 22))


def test_a_past_this_month_on_the_first_is_the_month_just_ended() -> None:
    # a round-up of 1 October: "in comments to BelTA this month, dismissed ..." is September
    assert resolve_date("this month", dt.date(2021, 10, 1)) \
        == ResolvedDate(dt.date(2021, 9, 1), "month")
    # looking ahead it is still the month begun; on other days nothing changes
    assert resolve_date("this month", dt.date(2021, 10, 1), future=True) \
        == ResolvedDate(dt.date(2021, 10, 1), "month")
    assert resolve_date("this month", dt.date(2021, 10, 2)) \
        == ResolvedDate(dt.date(2021, 10, 1), "month")


def test_the_week_before_counts_from_the_story_day() -> None:
    story = dt.date(2021, 11, 16)
    assert resolve_date("the week before", dt.date(2021, 11, 17), story) \
        == ResolvedDate(dt.date(2021, 11, 9))
    assert resolve_date("the previous week", dt.date(2021, 11, 17), story) \
        == ResolvedDate(dt.date(2021, 11, 9))
    assert resolve_date("the month before", dt.date(2021, 11, 17), story) \
        == ResolvedDate(dt.date(2021, 10, 1), "month")


def test_a_part_of_last_week_is_its_working_day() -> None:
    # published on Monday 25 March 2019: last week ran from 18 to 24 March
    monday = dt.date(2019, 3, 25)
    assert resolve_date("at the end of last week", monday) == ResolvedDate(dt.date(2019, 3, 22))
    assert resolve_date("in the middle of last week", monday) \
        == ResolvedDate(dt.date(2019, 3, 20))
    assert resolve_date("early last week", monday) == ResolvedDate(dt.date(2019, 3, 18))
    assert resolve_date("last week", monday) == ResolvedDate(dt.date(2019, 3, 18))


@pytest.mark.parametrize("text", ["the 1930s", "1940s", "the early 2000s", "the 90s"])
def test_a_decade_is_an_era_not_a_day(text: str) -> None:
    # ("the forest where the NKVD shot people in the 1930s and 1940s" was dated to the
    # publication day, and the paragraph's next sentence with it)
    assert resolve_date(text, dt.date(2018, 2, 1), dt.date(2018, 1, 29)) is None


@pytest.mark.parametrize(("text", "month"), [("mid-February", 2), ("in mid-February", 2),
                                             ("early-March", 3), ("late-January", 1)])
def test_a_part_of_a_month_names_that_month(text: str, month: int) -> None:
    """"in mid-February" had reached the parser as "-february" and came back as a day."""
    assert resolve_date(text, TUESDAY) == ResolvedDate(dt.date(2019, month, 1), "month")


@pytest.mark.parametrize("text", ["at the start of the month", "the beginning of the month",
                                  "in the middle of the month", "the end of the month"])
def test_a_part_of_the_month_is_the_month_of_the_report(text: str) -> None:
    assert resolve_date(text, TUESDAY) == ResolvedDate(dt.date(2019, 3, 1), "month")


@pytest.mark.parametrize(("text", "expected"), [
    ("in February last year", ResolvedDate(dt.date(2023, 2, 1), "month")),
    ("14 April last year", ResolvedDate(dt.date(2023, 4, 14))),
    ("in February this year", ResolvedDate(dt.date(2024, 2, 1), "month")),
    ("in March next year", ResolvedDate(dt.date(2025, 3, 1), "month")),
    ("last February", ResolvedDate(dt.date(2024, 2, 1), "month")),  # the latest February
])
def test_a_month_with_its_year_in_words_is_in_that_year(text: str,
                                                         expected: ResolvedDate) -> None:
    """Published in November 2024, "February last year" is February 2023: the latest
    February (this year's) is what "last February" means, not "February last year"."""
    assert resolve_date(text, dt.date(2024, 11, 25)) == expected


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("the end of the week", False, dt.date(2019, 8, 16)),  # written on Sunday 18 August
    ("the end of this week", True, dt.date(2019, 8, 23)),  # a plan: the next Friday
])
def test_the_end_of_the_week_is_its_friday(text: str, future: bool, expected: dt.date) -> None:
    # "spent the end of the week in Belarus": the Friday before publication
    assert resolve_date(text, dt.date(2019, 8, 18), future=future) == ResolvedDate(expected)


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("the weekend", False, dt.date(2018, 9, 8)),  # published on Wednesday the 12th
    ("over the weekend", False, dt.date(2018, 9, 8)),
    ("last weekend", True, dt.date(2018, 9, 8)),
    ("this weekend", True, dt.date(2018, 9, 15)),
    ("next weekend", False, dt.date(2018, 9, 15)),
])
def test_the_weekend_is_its_saturday(text: str, future: bool, expected: dt.date) -> None:
    """"spent the weekend in Grodno": the weekend's first day; "a weekend" names none."""
    assert resolve_date(text, dt.date(2018, 9, 12), future=future) == ResolvedDate(expected)
    assert resolve_date("a weekend", dt.date(2018, 9, 12)) is None
