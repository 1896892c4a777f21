"""The border: crossings closed and reopened, breaches, attacks and incidents from across it,
troops and barriers along it, and which two sides each concerns.  On sentences of our own,
at the extractor level."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_helpers import events_of, one


def test_closing_a_named_crossing_concerns_both_sides() -> None:
    event = one("Poland shut the Kuźnica crossing on Monday.", "measure")
    assert (event.source_country, event.target_country) == ("POL", "BLR")


def test_crossing_into_airspace_is_an_incident() -> None:
    event = one("Two Belarusian helicopters crossed into Polish airspace on Tuesday.",
                "incident")
    assert (event.source_country, event.target_country) == ("BLR", "POL")


def test_traffic_stopping_at_a_named_crossing_is_a_measure_of_both_sides() -> None:
    event = one("Traffic through the Bobrowniki crossing stopped on Monday.", "measure")
    assert event.countries == ("BLR", "POL")


def test_means_of_violence_names_the_doer_of_an_agentless_passive() -> None:
    event = one("Three villagers were killed in Russian artillery fire near Kharkiv on Monday.",
                "incident")
    assert (event.source_country, event.target_country) == ("RUS", "UKR")


def test_force_used_at_a_named_crossing_concerns_both_sides() -> None:
    event = one("Polish police turned water cannon on crowds at the Kuźnica crossing on "
                "Monday.", "incident")
    assert (event.source_country, event.target_country) == ("POL", "BLR")


def test_troops_stationed_on_a_named_border_is_a_measure_toward_the_neighbour() -> None:
    found = events_of("On Monday the Lithuanian defence minister said Lithuania would station "
                      "2,000 soldiers on the border with Belarus.")
    measure = next(e for e in found if e.kind == "measure")
    assert (measure.source_country, measure.target_country) == ("LTU", "BLR")
    assert not any(e.kind == "statement" and e.countries == ("BLR", "LTU") for e in found)


def test_the_frontier_is_the_border_the_article_named() -> None:
    found = events_of("Poland closed its border with Belarus on Monday.\n"
                      "On Tuesday, Poland sealed the frontier again.")
    sealed = next(e for e in found if e.date == dt.date(2024, 5, 14))
    assert (sealed.kind, sealed.source_country, sealed.target_country) == \
        ("measure", "POL", "BLR")


def test_border_breach_by_migrants_is_an_incident_from_the_side_they_came_from() -> None:
    event = one("Migrants gathered on the Belarusian side tried to break through the border "
                "fence near Kuźnica on Monday.", "incident")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    event = one("Migrants pushed by Belarusian forces broke through the fence on the Polish "
                "border overnight.", "incident")
    assert (event.source_country, event.target_country) == ("BLR", "POL")


def test_a_breach_of_the_border_the_article_named_has_both_sides() -> None:
    """The border is named with its two countries in a sentence that reports no act; "forced
    its way across the border" later is a breach of that border, from the side the Polish
    officers face (a closure still needs its closer's own border: see the test above)."""
    found = events_of("We are following the situation on the Polish–Belarusian border.\n\n"
                      "On Monday a group of more than 200 people forced its way across the "
                      "border, throwing stones at Polish officers.")
    assert [(e.kind, e.source_country, e.target_country) for e in found
            if e.kind == "incident" and len(e.countries) == 2] == [("incident", "BLR", "POL")]


def test_an_attack_at_the_border_the_article_is_about_comes_from_across_it() -> None:
    """A border guard's report of an attack by people with no country of their own on one
    side's officers is the incident, between the two sides of the article's border; the
    report is its attribution, not a statement.  An intrusion (drones) keeps its own origin."""
    found = events_of("We are following the situation on the Polish–Belarusian border.\n\n"
                      "Border Guard spokeswoman Anna Michalska said on Monday that a group of "
                      "about 50 migrants had thrown stones at Polish officers near Czeremcha.")
    assert [(e.kind, e.source_country, e.target_country) for e in found
            if len(e.countries) == 2] == [("incident", "BLR", "POL")]
    found = events_of("We are following the situation on the Polish–Belarusian border.\n\n"
                      "Several drones entered Polish airspace overnight, the army said.")
    assert not any(e.kind == "incident" and len(e.countries) == 2 for e in found)


def test_an_attack_at_a_border_village_comes_from_across_that_border() -> None:
    """No sentence names the border's two countries; the place does: Dubicze Cerkiewne and
    Mielnik are Polish villages on the Belarusian border (places.tsv, fourth column), so
    stones thrown at a patrol there come from Belarus.  Such a village is no crossing:
    "closed Mielnik" is no border closure of two sides."""
    found = events_of("Near Dubicze Cerkiewne foreigners threw burning branches at a Polish "
                      "patrol on Saturday.")
    assert [(e.kind, e.source_country, e.target_country) for e in found
            if len(e.countries) == 2] == [("incident", "BLR", "POL")]
    found = events_of("Near Mielnik a group of about twenty people threw stones at a Polish "
                      "patrol on Monday, the Border Guard said.")
    assert [(e.kind, e.countries) for e in found] == [("incident", ("BLR", "POL"))]
    found = events_of("The Polish authorities closed the road to Mielnik on Monday.")
    assert not any(len(e.countries) == 2 for e in found)


def test_border_guards_reports_of_forcing_blinding_and_flares_are_incidents() -> None:
    """The usual wording of border guards' daily reports: an attempt "to force the border",
    soldiers who "blinded" the other side, services "firing flares towards" its territory."""
    border = "We are following the situation on the Polish–Belarusian border.\n\n"
    for text in ("The only large attempt to force the Polish–Belarusian border came near "
                 "Mielnik on Sunday, the Border Guard says.",
                 "The service says Belarusian soldiers blinded the Polish side with strobe "
                 "lights and lasers.",
                 "The area was restless again, with Belarusian services firing flares towards "
                 "Polish territory many times, according to the Border Guard."):
        found = events_of(border + text)
        assert [(e.kind, e.countries) for e in found] == [("incident", ("BLR", "POL"))], text


def test_one_nights_acts_in_one_sentence_are_one_incident() -> None:
    found = events_of("BelTA, citing the State Border Committee, reported on Monday that "
                      "Polish officers fired towards the Peschatka–Połowce road crossing during "
                      "the night from 10 to 11 April and tried to blind Belarusian border "
                      "guards with strobe lights.", dt.date(2022, 4, 12))
    assert [e.kind for e in found if len(e.countries) == 2] == ["incident"]


def test_a_report_filed_on_one_side_tells_of_an_act_across_the_border() -> None:
    """"WARSAW, Jan 31 – Belarusian soldiers fired a signal flare across the border": the
    dateline's city is where the report was filed, no doer; the act across the border is
    between the soldiers' side and the side the report was filed on; the border guard's
    report of it is no separate statement."""
    found = events_of("WARSAW, Jan 31 – Belarusian soldiers fired a signal flare across the "
                      "border in the early hours of Monday, Poland's Border Guard said.",
                      dt.date(2022, 1, 31))
    assert [(e.kind, e.source_country, e.target_country, e.date) for e in found] == [
        ("incident", "BLR", "POL", dt.date(2022, 1, 31))]


def test_doers_placed_on_one_side_came_from_it() -> None:
    """"Foreigners standing on the Belarusian side of the border threw stones at Polish
    officers": where the doers' own phrase puts them is the side the attack came from."""
    event = one("A group of about 60 foreigners standing on the Belarusian side of the border "
                "threw stones at Polish officers near Dubicze Cerkiewne on Monday.", "incident")
    assert (event.source_country, event.target_country) == ("BLR", "POL")


def test_pushing_people_across_the_line_is_an_incident() -> None:
    """"Polish security forces pushed a group of refugees across the line into Belarus": a
    pushback is an act across the border, not only the words of the side reporting it."""
    found = events_of("MINSK, 14 March – On that day, according to the committee, Polish "
                      "security forces pushed a group of refugees across the line into "
                      "Belarus.", dt.date(2023, 3, 14))
    assert [(e.kind, e.source_country, e.target_country) for e in found] == [
        ("incident", "POL", "BLR")]


@pytest.mark.parametrize(("text", "kinds"), [
    ("MINSK, 14 March – Polish security forces pushed a group of refugees onto the territory "
     "of Belarus on Monday, the committee said.", [("incident", "POL", "BLR")]),
    ("MINSK, 14 March – Polish troops drove the migrants back into Belarus at gunpoint on "
     "Monday, the committee said.", [("incident", "POL", "BLR")]),
    # the guard: driving a car across is no pushback
    ("MINSK, 14 March – For an hour and a half on Monday there was no way to drive a car from "
     "Belarus into Poland.", []),
])
def test_pushing_or_driving_people_back_is_an_incident(
        text: str, kinds: list[tuple[str, str, str]]) -> None:
    found = events_of(text, dt.date(2023, 3, 14))
    assert [(e.kind, e.source_country, e.target_country) for e in found
            if e.kind != "statement"] == kinds


@pytest.mark.parametrize("text", [
    "On 13 March the State Border Committee said Polish border guards had overnight forced a "
    "group of 12 refugees, five of them children, into Belarus.",
    "Polish border guards, the committee said, had pushed a group of migrants, most of them "
    "Iraqis, into Belarus overnight.",
])
def test_a_direction_after_an_apposition_is_the_verbs(text: str) -> None:
    """"forced a group of 12 refugees, five of them children, into Belarus": the phrase
    after the apposition's closing comma is the forcing's direction (the parser hangs it on
    the apposition), so the pushback is an incident, not only the committee's words."""
    found = events_of(text, dt.date(2023, 3, 14))
    assert [(e.kind, e.source_country, e.target_country) for e in found] == [
        ("incident", "POL", "BLR")]


def test_patrols_attacked_near_a_border_village_are_that_sides() -> None:
    """After an attack from the Belarusian side, "patrols near Mielnik were pelted with
    stones" is the next attack across the same border: the patrols' village gives the side
    attacked, the border the story is about gives the other."""
    found = events_of("A group of foreigners standing on the Belarusian side of the border "
                      "threw stones at Polish officers on Monday.\n\nDuring the weekend, "
                      "patrols near Mielnik were pelted with stones and tree branches.")
    assert [(e.source_country, e.target_country, e.date.weekday()) for e in found
            if e.kind == "incident"] == [("BLR", "POL", 0), ("BLR", "POL", 5)]


def test_a_closure_reported_from_across_the_border_closes_it_to_that_side() -> None:
    found = events_of("MINSK, 16 March – Poland closed its border to foreigners on Sunday, "
                      "letting in only freight carriers.", dt.date(2020, 3, 16))
    assert [(e.kind, e.source_country, e.target_country) for e in found] == [
        ("measure", "POL", "BLR")]


def test_a_foreign_base_in_a_country_is_about_its_host() -> None:
    """"a permanent US base in Poland would deepen mistrust": the US only names whose base
    it is; the statement is about the country that would host it."""
    event = one("Foreign Minister Vladimir Makei told reporters on Monday that a permanent US "
                "base in Poland would deepen mistrust in the region.", "statement")
    assert event.countries == ("BLR", "POL")


@pytest.mark.parametrize("text", [
    "President Nawrocki approved a state of emergency in the villages along the border with "
    "Belarus on Monday.",
    "Poland imposed a state of emergency along its border with Belarus on Monday.",
])
def test_a_state_of_emergency_at_the_border_is_a_measure(text: str) -> None:
    # "state of" is a light head: the emergency is what was approved or imposed
    event = one(text, "measure")
    assert event.pair == ("BLR", "POL") and event.source_country == "POL"
    assert event.date == dt.date(2024, 5, 13)


def test_a_named_crossing_closed_in_the_passive_is_a_closure() -> None:
    event = one("Kuźnica has been closed since November 2021.", "measure")
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert (event.date, event.date_precision) == (dt.date(2021, 11, 1), "month")


@pytest.mark.parametrize("text", [
    "Last Saturday evening, according to the Polish Border Guard, Belarusian troops near "
    "Mielnik threw stones and tree branches at Polish patrols.",
    "According to a post on the committee's Telegram channel on Wednesday, cameras recorded "
    "an armed Polish serviceman walking about 20 metres into Belarus.",
])
def test_an_incident_told_by_a_border_service_is_the_incident(text: str) -> None:
    found = events_of(text)
    assert [(e.kind, e.countries) for e in found] == [("incident", ("BLR", "POL"))]


def test_a_measure_at_crossings_with_named_states_concerns_them() -> None:
    found = events_of("On Thursday Belarus barred foreigners from entering the country through "
                      "its land border crossings with Poland, Lithuania, Latvia and Ukraine.")
    assert ("BLR", "POL") in [e.countries for e in found if e.kind == "measure"]


@pytest.mark.parametrize("text", [
    "In 2022 Poland built a steel fence, 5.5 metres high and 186 kilometres long, on the land "
    "border with Belarus.",
    "Poland finished its steel barrier along the Belarusian border at the end of June.",
    "Poland's defence minister, Mariusz Błaszczak, said on Twitter that soldiers had begun "
    "putting up fortifications on the border with Belarus.",
])
def test_a_barrier_raised_on_the_border_is_a_measure(text: str) -> None:
    found = events_of(text)
    assert [(e.kind, e.countries, e.source_country) for e in found] == [
        ("measure", ("BLR", "POL"), "POL")]


def test_exercises_near_the_border_are_still_an_event() -> None:
    # the guard: only a reason given in passing is dropped
    found = events_of("Belarusian troops held exercises near the Polish border on Thursday.",
                      dt.date(2025, 9, 22))
    assert [e.kind for e in found] == ["incident"]
