"""Which acts are contacts of the two sides: talking, calling, telling, briefing, handing
something over, attending or joining the other side's gathering, as against one side's own
acts, habits or plans.  On sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article
from tests.sentence_helpers import MONDAY, STORY, meetings, meetings_on


@pytest.mark.parametrize("text", [
    "Polish Foreign Minister Zbigniew Rau flew home on Monday after talks with his Belarusian "
    "counterpart Uladzimir Makei.",
    "Speaking to reporters after talks with Belarusian Foreign Minister Makei on Monday, "
    "Polish Foreign Minister Rau said the crossings would stay open.",
])
def test_whoever_acts_after_talks_with_a_partner_held_them(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    "On Monday the Polish MP sat beside Oleg Haidukevich, chairman of the Liberal Democratic "
    "Party of Belarus, in front of the cameras.",
    "At a seminar in Minsk on Monday, the Polish fund's president sat across the table from "
    "Andrei Khmel, Belarus's deputy minister of natural resources.",
])
def test_sitting_beside_or_across_from_the_other_side_is_a_contact(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


@pytest.mark.parametrize(("text", "pairs"), [
    ("Polish politicians and the exiled Belarusian diplomat debated on Monday how the region "
     "should deal with Minsk.", [("BLR", "POL")]),
    ("On Monday the Polish deputy minister debated with Belarusian opposition leaders how to "
     "help political prisoners.", [("BLR", "POL")]),
    # one side debating the other is no contact: its object is what was talked about
    ("On Monday the Polish Sejm debated Belarus.", []),
])
def test_debating_together_is_a_contact(text: str, pairs: list[tuple[str, str]]) -> None:
    assert [e.countries for e in meetings(text)] == pairs


@pytest.mark.parametrize(("text", "pairs"), [
    ("Officers from the defence ministries of Poland and Belarus spent Monday talking in "
     "Brest.", [("BLR", "POL")]),
    ("Polish and Belarusian border officials talked for three hours at Kuźnica on Monday.",
     [("BLR", "POL")]),
    # talking about or of something is what someone said, not whom they met (and talking
    # "to" someone, by phone apart, is as often a plan or an address: "would talk to Belarus")
    ("On Monday Lukashenka talked about Poland for an hour.", []),
])
def test_the_two_sides_talking_is_a_contact(text: str, pairs: list[tuple[str, str]]) -> None:
    assert [e.countries for e in meetings(text)] == pairs


@pytest.mark.parametrize(("text", "kinds"), [
    # "talk of" something is what is said, not talks held
    ("On Monday Polish President Andrzej Duda brushed aside Minsk's talk of hosting Russian "
     "nuclear weapons, saying the decision would not be Lukashenka's to make.", ["statement"]),
    ("On Monday Polish and Belarusian officials held talks on the border crossings.",
     ["meeting"]),
])
def test_talk_of_something_is_no_talks(text: str, kinds: list[str]) -> None:
    found = extract(Article(text=text, published=MONDAY))
    assert [e.kind for e in found if e.countries == ("BLR", "POL")] == kinds


def test_a_visit_to_a_school_is_a_contact_apart_from_the_days_talks() -> None:
    found = meetings("Polish Education Minister Dariusz Piontkowski held talks in Minsk on "
                     "Monday with his Belarusian counterpart. The same day he visited state "
                     "school No. 69 in Minsk, one of the schools where Polish is taught.")
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2019, 12, 9))] * 2
    # the trip the talks were on is still the talks
    assert len(meetings("Polish Education Minister Dariusz Piontkowski visited Minsk on "
                        "Monday. He held talks there with his Belarusian counterpart.")) == 1


def test_an_act_during_a_programme_named_a_conversation_is_no_contact() -> None:
    # a show's name ("the Big Conversation With President") names no partner
    assert meetings("On Monday the Belarusian leader warned against the Polish threat during "
                    "the Big Conversation With President.") == []


@pytest.mark.parametrize("text", [
    "Polish border guards have started calling the Brest group's duty post to solve problems.",
    "Sikorski called his Belarusian counterpart on Monday.",
])
def test_calling_a_counterpart_or_a_duty_post_is_a_contact(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    "Poland's foreign ministry said it had been notified of the decision by Belarus's State "
    "Border Committee.",
    STORY + "On Friday, according to BelTA, the Polish side was notified of a border "
    "incident.",
    "Minsk said on Friday it had informed the Polish side of both cases.",
])
def test_telling_the_other_side_is_a_contact(text: str) -> None:
    # (the contact of the story's first sentence does not count)
    assert ("BLR", "POL") in [e.countries for e in meetings(text)
                              if "notified" in e.evidence or "informed" in e.evidence]


def test_informing_reporters_is_no_contact() -> None:
    assert meetings("The Polish ministry informed reporters on Friday that the border "
                    "would stay shut.") == []


def test_briefing_a_committee_of_the_other_side_is_a_contact() -> None:
    assert [e.countries for e in meetings(
        "On Monday Borys, the head of the Union of Poles in Belarus, briefed a committee of "
        "the Polish Senate on the minority's schools by video link.")] == [("BLR", "POL")]
    # briefing the press is no contact
    assert meetings("On Monday Belarus's foreign minister briefed reporters about Poland.") == []


def test_talks_at_a_ministry_are_held_with_it() -> None:
    text = "On Monday the Polish historians held talks at the Belarusian foreign ministry."
    found = [e for e in extract(Article(text=text, published=dt.date(2018, 2, 1)))
             if e.kind == "meeting"]
    assert [(set(e.countries), e.date) for e in found] == [({"BLR", "POL"}, dt.date(2018, 1, 29))]


def test_talks_the_day_after_arriving_are_the_contact_on_their_own_day() -> None:
    text = ("The Polish delegation arrived in Minsk on Sunday. On Monday the Polish "
            "historians held talks at the Belarusian foreign ministry.")
    found = [e for e in extract(Article(text=text, published=dt.date(2018, 2, 1)))
             if e.kind == "meeting"]
    assert [(e.cameo_code, e.date) for e in found] == [("040", dt.date(2018, 1, 29))]


def test_a_trip_dated_by_its_month_is_the_talks_of_a_day_in_that_month() -> None:
    text = ("Senate Speaker Stanisław Karczewski led a delegation to Minsk in December 2016. "
            "On 5 December he met Mikhail Myasnikovich, who chairs the Council of the Republic.")
    found = [e for e in extract(Article(text=text, published=dt.date(2019, 2, 6)))
             if e.kind == "meeting"]
    assert [(e.date, e.date_precision, e.location) for e in found] \
        == [(dt.date(2016, 12, 5), "day", "Minsk")]


def test_handing_something_to_the_other_side_is_a_contact() -> None:
    text = ("During a visit to Warsaw in October 2016, Belarusian Foreign Minister Uladzimir "
            "Makei handed the Polish side a list of victims of Stalinist repression.")
    found = [e for e in extract(Article(text=text, published=dt.date(2018, 2, 1)))
             if e.kind == "meeting"]
    assert [(set(e.countries), e.date, e.date_precision) for e in found] \
        == [({"BLR", "POL"}, dt.date(2016, 10, 1), "month")]


def test_addressing_the_other_sides_parliament_is_a_contact() -> None:
    found = meetings_on("On Wednesday Sviatlana Tsikhanouskaya addressed a joint sitting of the "
                        "Sejm's foreign affairs committee and the Senate's foreign affairs "
                        "committee.", dt.date(2025, 1, 10))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2025, 1, 8))]


def test_a_gathering_attended_by_both_sides_is_a_contact() -> None:
    # the noun a passive participle describes is what was attended, not a thing travelling;
    # the second "by" phrase is the parser's conjunct of the first
    text = ("From 5 to 7 June, Minsk hosted the 22nd Good Neighbourhood forum, attended by "
            "Mikhail Myasnikovich, who chairs the Council of the Republic, the upper house of "
            "Belarus's National Assembly, and by the Marshal of the Polish Senate, Stanisław "
            "Karczewski.")
    found = [(e.countries, e.date) for e in meetings(text)]
    assert found == [(("BLR", "POL"), dt.date(2019, 6, 5))]


def test_a_gathering_that_was_attended_by_both_sides_is_a_contact() -> None:
    # the finite passive too: who goes is the "by" phrase, not the conference
    text = ("On Monday the conference in Minsk was attended by the Polish foreign minister, "
            "Jacek Czaputowicz, and the Belarusian foreign minister, Vladimir Makei.")
    found = [(e.countries, e.date, {a.name for a in e.actors}) for e in meetings(text)]
    assert found == [(("BLR", "POL"), MONDAY, {"Jacek Czaputowicz", "Uladzimir Makei"})]


def test_representing_ones_country_at_the_other_sides_occasion_is_attending_it() -> None:
    text = ("Sports Minister Witold Bańka represented Poland at the opening ceremony of the "
            "European Games at the Dinamo stadium in Minsk on Friday.")
    found = meetings_on(text, dt.date(2019, 6, 22))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2019, 6, 21))]


def test_being_joined_by_the_other_side_at_a_gathering_is_a_contact() -> None:
    text = ("On Sunday descendants of the victims and activists of the Union of Poles in "
            "Belarus laid flowers at the monument in Orsha, and were joined by the deputy head "
            "of the Polish embassy in Minsk, counsellor Marcin Wojciechowski.")
    found = meetings_on(text, dt.date(2019, 10, 28))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2019, 10, 27))]


def test_remembrance_is_a_contact_when_both_sides_do_it_together() -> None:
    together = ("On Sunday Marcin Wojciechowski of the Polish embassy and Andżelika Borys, head "
                "of the Union of Poles in Belarus, laid flowers at the cross in Kurapaty.")
    found = extract(Article(text=together, published=dt.date(2019, 8, 13)))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]
    for alone in ("With Poland's ambassador, the Polish deputy speaker laid wreaths at the "
                  "military cemetery in Hrodna on Sunday.",
                  "On Sunday the Polish minister paid tribute to the Belarusians buried at "
                  "the cemetery in Grodno."):
        assert "meeting" not in {e.kind for e in extract(
            Article(text=alone, published=dt.date(2019, 8, 13)))}, alone


@pytest.mark.parametrize("text", [
    "The Minsk city executive committee organised the festival together with the Polish "
    "embassy.",
    "The tour was organised by the Consulate General of Poland in Brest jointly with the "
    "Brest regional executive committee.",
])
def test_what_bodies_of_both_sides_organise_together_is_a_contact(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


def test_calling_on_an_official_is_a_visit_and_calling_on_them_to_act_an_appeal() -> None:
    visit = ("Members of a Polish friendship society called on Belarus's consul general in "
             "Białystok, Alla Fedorova, on Friday.")
    appeal = "Andrzej Duda called on Alexander Lukashenko on Friday to free the prisoners."
    assert [(e.countries, e.cameo_code) for e in meetings(visit)] == [(("BLR", "POL"), "042")]
    found = extract(Article(text=appeal, published=MONDAY))
    assert [(e.kind, e.cameo_code) for e in found if len(e.countries) == 2] \
        == [("statement", "020")]


def test_calling_on_the_managers_of_a_plant_is_a_visit() -> None:
    text = ("Beyond the seminar, the Polish team called on the managers of the Minsk sewage "
            "works and then drove to four treatment plants in the Brest region.")
    assert [(e.kind, e.cameo_code) for e in extract(Article(text=text, published=MONDAY))
            if len(e.countries) == 2] == [("meeting", "042")]


def test_no_contact_is_no_contact() -> None:
    text = ("Belarus's customs chief said on Monday that Belarusian customs officers had had "
            "almost no contact with their Polish colleagues for three years.")
    assert meetings(text) == []


def test_a_visit_someone_would_be_able_to_make_is_no_contact() -> None:
    text = ("Andżelika Borys, a Belarusian activist, was cleared on Monday. The Polish foreign "
            "ministry hoped Borys would soon be able to visit Poland.")
    assert meetings(text) == []


def test_a_contact_dated_after_the_report_is_a_plan() -> None:
    text = ("Polish and Belarusian border officials will hold talks in Brest in February, "
            "Poland's interior ministry said on Monday.")
    assert meetings(text) == []


def test_what_talks_are_about_is_no_side_of_them() -> None:
    # Belarus is the topic of talks among Poles, not a participant
    text = ("Representatives of all the parliamentary clubs are due at the Chancellery of "
            "the Prime Minister at 10:00 on Monday for a second round of talks with Mateusz "
            "Morawiecki on Belarus.")
    assert meetings(text) == []
    # so is what a meeting held is about
    assert meetings("More aid is to follow, and Polish MEPs of all groups are to hold their "
                    "own meeting on Belarus.") == []
    # with the other side's people it stays a contact
    assert [e.countries for e in meetings(
        "Polish and Belarusian officials held talks on the border crossings in Brest on "
        "Friday.")] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    "In a letter sent to the Polish interior ministry on 18 November, the Belarusian "
    "opposition politician Pavel Latushka asked it to assist such applicants.",
    "On 19 November the Belarusian opposition politician Pavel Latushka wrote to the Polish "
    "Financial Supervision Authority, asking it to explain why banks were blocking accounts.",
])
def test_a_request_in_a_letter_to_the_other_side_is_the_letters_contact(text: str) -> None:
    """What a letter to the other side asks is its content: one contact, no public
    statement beside it."""
    found = extract(Article(text=text, published=dt.date(2024, 11, 25)))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]


def test_an_open_letter_stays_a_statement() -> None:
    found = extract(Article(text="In an open letter published on Monday, the Belarusian "
                                 "opposition politician Pavel Latushka urged Poland to keep "
                                 "its border crossings open.",
                            published=dt.date(2024, 11, 25)))
    assert [(e.kind, e.countries) for e in found] == [("statement", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    "Under the procedures in force, the two Cubans were handed over by Polish guards to the "
    "Belarusian border services on Monday.",
    "On Monday Polish guards handed the two Cubans over to the Belarusian border services.",
])
def test_a_handover_is_a_contact_of_the_two_services_not_of_those_handed(text: str) -> None:
    """Handing migrants over is a contact of the two border services (the brief); the
    people handed are what passes between them, no side of it."""
    found = extract(Article(text=text, published=dt.date(2020, 11, 25)))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]


def test_a_note_handed_to_the_charge_is_a_contact() -> None:
    """"handed Poland's chargé d'affaires Marcin Wojciechowski a note": the parser takes the
    note for an apposition of the diplomat; handing a diplomat something is the contact."""
    found = extract(Article(
        text="In November 2020 the Belarusian foreign ministry handed Poland's chargé "
             "d'affaires Marcin Wojciechowski a note requesting his extradition.",
        published=dt.date(2020, 11, 25)))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    "Belarus's chief of the general staff said on Friday that Warsaw had warned Minsk on "
    "Wednesday about unidentified drones heading in from Ukraine.",
    "On Wednesday Minsk, as a goodwill gesture, warned the Polish leadership in advance "
    "about the drones.",
])
def test_warning_the_other_side_of_something_is_a_contact(text: str) -> None:
    """Warning the other side about a danger tells it something: a contact (the brief's
    warning calls), whose subject (drones from Ukraine) is no side of it."""
    found = extract(Article(text=text, published=dt.date(2025, 9, 12)))
    assert [e.countries for e in found if e.kind == "meeting"] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    "Lukashenka warned Poland on Wednesday that Belarus would respond.",
    "Lukashenka warned on Wednesday of a Polish attack.",
    "Makei warned Poland on Wednesday against provocations on the border.",
])
def test_a_warning_that_or_of_something_is_a_statement(text: str) -> None:
    """A warning that something will happen, of it or against it is said in public; only
    a warning about a danger tells the other side something (the test above)."""
    found = extract(Article(text=text, published=dt.date(2025, 9, 12)))
    assert [(e.kind, e.countries) for e in found if e.kind in ("statement", "meeting")] \
        == [("statement", ("BLR", "POL"))]


@pytest.mark.parametrize(("text", "pairs"), [
    ("Volha Kovalkova of the Belarusian opposition spoke on Saturday at a joint press "
     "conference with Michał Dworczyk, head of the Polish prime minister's chancellery.",
     [("BLR", "POL")]),
    ("Belarus's border service denied the claim. Speaking at a joint news conference with the "
     "Border Guard on Tuesday, Polish spokesman Stanisław Żaryn said Minsk was lying.", []),
])
def test_a_joint_press_conference_is_a_contact(text: str,
                                               pairs: list[tuple[str, str]]) -> None:
    """A joint press conference brings its speakers together: with someone of the other side
    it is a contact between the two; a proper "Border Guard" named without its state is not
    the other side's differently named border service mentioned before."""
    assert [e.countries for e in meetings(text) if len(e.countries) == 2] == pairs


@pytest.mark.parametrize(("text", "pairs"), [
    ("On 17 September Alina Koushyk and Pavel Latushka of the exiled Belarusian opposition took "
     "the issue to the Polish foreign ministry in Warsaw.", [("BLR", "POL")]),
    # taking a case to one's own side's court is no contact
    ("The Polish ombudsman then took the case to the Supreme Court in Warsaw.", []),
])
def test_taking_an_issue_to_the_other_side_is_a_contact(text: str,
                                                        pairs: list[tuple[str, str]]) -> None:
    """"took the issue to the Polish foreign ministry": raising a matter with someone in
    person is a contact with them."""
    assert [e.countries for e in meetings(text) if len(e.countries) == 2] == pairs
