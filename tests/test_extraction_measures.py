"""Measures: sanctions, bans, expulsions, visas, releases and court acts, who does them to
whom, and acts that are only demanded, offered, conditional or denied, which are none.  On
sentences of our own, at the extractor level."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article
from tests.sentence_helpers import events_of, one


def test_announced_closure_is_the_announcers_measure() -> None:
    event = one("Crossings on the Belarusian border will close at midnight, the Polish "
                "interior minister announced on Tuesday.", "measure")
    assert event.countries == ("BLR", "POL")


@pytest.mark.parametrize(("text", "sides", "day"), [
    ("Poland banned Belarusian lorries on Monday. The restriction on Belarusian lorries took "
     "effect at 19:00 on Feb. 21.", ("POL", "BLR"), dt.date(2024, 2, 21)),
    ("Poland imposed a state of emergency along its border with Belarus. The emergency, which "
     "covers 183 localities of Podlaskie province, has been in force since Sept. 2.",
     ("POL", "BLR"), dt.date(2023, 9, 2)),
    ("Poland closed its border with Belarus to lorries. A state of emergency has been in force "
     "since 2 September in 183 localities along the Belarusian border.", ("POL", "BLR"),
     dt.date(2023, 9, 2)),
])
def test_a_rule_taking_effect_is_the_story_pairs_measure_of_that_day(
        text: str, sides: tuple[str, str], day: dt.date) -> None:
    found = [e for e in extract(Article(text=text, published=dt.date(2024, 5, 15)))
             if e.kind == "measure" and e.date == day]
    assert [(e.source_country, e.target_country) for e in found] == [sides]


def test_a_rule_that_only_holds_is_no_act() -> None:
    found = extract(Article(text="Poland banned Belarusian lorries on Monday. The ban remains "
                                 "in force.", published=dt.date(2024, 5, 15)))
    assert [e.evidence[:12] for e in found if e.kind == "measure"] == ["Poland banne"]


def test_a_rule_of_another_pair_taking_effect_is_not_the_story_pairs() -> None:
    found = extract(Article(text="Poland banned Belarusian lorries on Monday. Germany's ban on "
                                 "Russian coal took effect on 10 August.",
                            published=dt.date(2024, 5, 15)))
    assert [(e.source_country, e.target_country) for e in found if e.kind == "measure"] == [
        ("POL", "BLR"), ("DEU", "RUS")]


def test_detention_without_a_doer_is_by_the_state_where_it_happens() -> None:
    event = one("A Polish citizen was detained in Lepel on Monday.", "measure")
    assert (event.source_country, event.target_country) == ("BLR", "POL")


def test_withheld_permission_is_a_refusal() -> None:
    event = one("Poland said it would not give permission to Belarus to use the corridor.",
                "statement")
    assert event.cameo_code is not None and event.cameo_code.startswith("12")
    assert (event.source_country, event.target_country) == ("POL", "BLR")


def test_persona_non_grata_and_a_deadline_to_leave_are_expulsions() -> None:
    declared = one("Warsaw responded on Tuesday by declaring a Belarusian diplomat persona non "
                   "grata.", "measure")
    assert (declared.source_country, declared.target_country) == ("POL", "BLR")
    assert declared.cameo_code == "174"
    deadline = [e for e in events_of("Belarus gave two Polish consuls 48 hours to leave.")
                if e.kind == "measure" and e.countries == ("BLR", "POL")]
    assert [(e.source_country, e.cameo_code) for e in deadline] == [("BLR", "174")]


@pytest.mark.parametrize(("text", "kinds"), [
    ("On Tuesday the Polish foreign ministry put Moshensky, a Belarusian businessman, on its "
     "sanctions list and declared him an undesirable person.", [("measure", "POL", "BLR")]),
    ("On Tuesday Belarus's Interior Ministry declared the Polish-funded group around Belsat an "
     "extremist formation.", [("measure", "BLR", "POL")]),
    # the guard: a declaration that names extremists is what someone said
    ("On Tuesday Lukashenka declared that extremists were coming to Belarus from Poland.",
     [("statement", "BLR", "POL")]),
])
def test_declaring_someone_undesirable_or_extremist_is_a_measure(
        text: str, kinds: list[tuple[str, str, str]]) -> None:
    found = [e for e in events_of(text) if len(e.countries) == 2]
    assert [(e.kind, e.source_country, e.target_country) for e in found] == kinds


def test_adding_people_to_a_sanctions_list_is_a_sanction() -> None:
    event = one("Poland added twenty Belarusian judges to its sanctions list on Monday.",
                "measure")
    assert (event.source_country, event.target_country, event.cameo_code) == \
        ("POL", "BLR", "163")
    said = events_of("The minister added that Belarus would answer.")
    assert not any(e.kind == "measure" for e in said)


def test_conditional_or_denied_acts_are_not_events() -> None:
    found = events_of("Minsk said it did not want to fight Poland.")
    assert not any(e.kind == "incident" for e in found)
    found = events_of("Tusk said he would not hesitate for a moment to close the border with "
                      "Belarus if security required it.")
    assert not any(e.kind == "measure" for e in found)
    # a negation reaches the verbs joined to its verb by "or"
    found = events_of("Lukashenko stressed that Belarus would not shake its fist at Poland or "
                      "threaten it with nuclear weapons.")
    assert [e.cameo_code for e in found] == ["010"]


def test_pardoned_prisoners_is_a_friendly_release() -> None:
    event = one("Belarus pardoned 18 prisoners, among them two Polish citizens, on Tuesday.",
                "measure")
    assert event.cameo_code == "0841"
    assert event.tone is not None and event.tone > 0.2


def test_freed_citizens_is_a_friendly_release() -> None:
    event = one("Minsk freed four Polish citizens on Monday.", "measure")
    assert event.cameo_code == "0841" and event.pair == ("BLR", "POL")
    assert event.tone is not None and event.tone > 0.2


def test_put_on_sanctions_list_is_a_sanction() -> None:
    event = one("Warsaw put 12 Belarusian judges on its sanctions list on Monday.", "measure")
    assert event.cameo_code == "163" and event.source_country == "POL"
    assert event.tone is not None and event.tone < -0.2


def test_trucks_barred_is_a_restriction() -> None:
    event = one("Poland barred Belarusian trucks from its roads on Monday.", "measure")
    assert event.cameo_code == "172" and event.pair == ("BLR", "POL")


def test_release_of_a_convict_stays_friendly() -> None:
    # the words about the conviction describe what the person is freed from
    event = one("Minsk pardoned a Polish engineer convicted of spying on Thursday.", "measure")
    assert event.cameo_code == "0841" and event.pair == ("BLR", "POL")
    assert event.tone is not None and event.tone > 0.2


def test_handing_over_citizens_is_a_release_but_a_note_is_not() -> None:
    event = one("Belarus handed over three Polish nationals to Poland on Thursday.", "measure")
    assert event.cameo_code == "0841"
    assert all(e.cameo_code != "0841" for e in events_of(
        "Poland handed over a protest note to the Belarusian envoy on Thursday."))


@pytest.mark.parametrize("text", [
    "On Monday Minsk ordered Warsaw to cut the staff of its embassy by half.",
    "On Monday the Belarusian foreign ministry told Poland to reduce its diplomatic staff.",
])
def test_an_order_to_reduce_a_diplomatic_presence_is_a_measure(text: str) -> None:
    found = [e for e in events_of(text) if e.pair == ("BLR", "POL")]
    assert [(e.kind, e.source_country, e.date) for e in found] == [
        ("measure", "BLR", dt.date(2024, 5, 13))]


@pytest.mark.parametrize("text", [
    "Minsk expelled two Polish diplomats on Tuesday and gave them 48 hours to leave the "
    "country.",
    "On Tuesday Belarus declared two Polish diplomats persona non grata and gave two "
    "diplomats 48 hours to leave.",
])
def test_a_deadline_to_leave_is_the_same_expulsion_not_a_second_one(text: str) -> None:
    found = [e for e in events_of(text) if e.kind in ("measure", "statement")]
    assert [(e.kind, e.pair, e.source_country) for e in found] == [
        ("measure", ("BLR", "POL"), "BLR")]


def test_an_act_named_as_the_time_setting_borrows_no_sides() -> None:
    # "during the exercise" says when; the exercise is not an act of Poland against Belarus
    found = events_of("On Monday Poland deployed extra troops to its border with Belarus during "
                      "the exercise.")
    assert [(e.cameo_code, e.pair) for e in found] == [("154", ("BLR", "POL"))]


def test_agentless_entry_ban_is_done_by_the_country_one_may_not_enter() -> None:
    event = one("Polish trucks were barred from entering Belarus on Tuesday.", "measure")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    event = one("Two Belarusian journalists were banned from travelling to Poland.", "measure")
    assert (event.source_country, event.target_country) == ("POL", "BLR")


def test_sanctions_list_owner_is_the_doer_and_affiliates_name_the_target() -> None:
    event = one("The interior minister added 20 officials linked to the Belarusian regime to "
                "Poland's sanctions list on Monday.", "measure")
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert event.cameo_code == "163"


def test_a_visa_is_granted_by_the_state_whose_visa_it_is() -> None:
    event = one("A Belarusian journalist was granted a Polish humanitarian visa on Tuesday.",
                "measure")
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert event.date == dt.date(2024, 5, 14)


@pytest.mark.parametrize(("text", "doer", "target"), [
    ("Two Polish diplomats were declared persona non grata by Minsk.", "BLR", "POL"),
    ("A Polish journalist was deported from Belarus on Monday.", "BLR", "POL"),
    ("Warsaw announced the closure of the Bobrowniki crossing on Monday.", "POL", "BLR"),
    ("Poland imposed restrictions on Belarusian freight carriers on Monday.", "POL", "BLR"),
    ("Belarus refused entry to a Polish journalist on Monday.", "BLR", "POL"),
    ("Poland blocked the transit of Belarusian goods.", "POL", "BLR"),
    ("Minsk ordered the Polish consul to leave the country within 48 hours.", "BLR", "POL"),
])
def test_measures_in_passive_nominal_and_light_verb_forms(text: str, doer: str,
                                                          target: str) -> None:
    event = one(text, "measure")
    assert (event.source_country, event.target_country) == (doer, target)


def test_deported_to_a_country_is_not_done_by_that_country() -> None:
    assert not [e for e in events_of("Three Belarusians were deported to Belarus on Monday.")
                if e.kind == "measure" and e.source_country == "BLR"]


def test_lifting_a_ban_is_an_easing_not_a_new_ban() -> None:
    event = one("Belarus lifted its ban on Polish food imports on Monday.", "measure")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert event.cameo_code == "081" and event.quad_class == 2


@pytest.mark.parametrize(("text", "doer", "target"), [
    ("The Polish consul was ordered to leave Belarus within 72 hours.", "BLR", "POL"),
    ("Poland's decision to close the border with Belarus angered Minsk.", "POL", "BLR"),
    ("Belarus imposed countersanctions on Poland on Monday.", "BLR", "POL"),
    ("Poland tightened restrictions on Belarusian trucks on Monday.", "POL", "BLR"),
    ("Poland halted rail freight traffic with Belarus on Monday.", "POL", "BLR"),
    ("Belarus revoked the accreditation of Polish journalists on Monday.", "BLR", "POL"),
])
def test_more_restrictions_and_their_implicit_doers(text: str, doer: str, target: str) -> None:
    event = one(text, "measure")
    assert (event.source_country, event.target_country) == (doer, target)


def test_stopping_visas_is_a_restriction_not_a_concession() -> None:
    event = one("Poland stopped issuing visas to Belarusians on Monday.", "measure")
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert event.cameo_code == "172" and event.quad_class == 4


def test_release_from_a_state_prison_is_done_by_that_state() -> None:
    event = one("A Polish activist was released from a Belarusian prison on Monday.", "measure")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert event.cameo_code == "0841"


def test_set_free_with_a_relative_object_and_members_among_the_group() -> None:
    event = one("Two Polish citizens were among the prisoners that Belarus set free on Monday.",
                "measure")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert event.cameo_code == "0841" and event.date == dt.date(2024, 5, 13)


@pytest.mark.parametrize(("text", "doer", "target"), [
    # expulsions, closures and exchanges whose sides are implicit
    ("The Polish consul in Grodno was expelled on Monday.", "BLR", "POL"),
    ("Three Belarusian diplomats were told to leave Poland.", "POL", "BLR"),
    ("Minsk closed the Polish Institute in Minsk on Monday.", "BLR", "POL"),
    ("Warsaw froze talks with Minsk on Monday.", "POL", "BLR"),
    ("Poland extradited a Belarusian activist to Belarus.", "POL", "BLR"),
    ("Belarus exchanged prisoners with Poland on Monday.", "BLR", "POL"),
    # light verbs and passive bans
    ("Belarus declared two Polish diplomats personae non grata.", "BLR", "POL"),
    ("Minsk imposed retaliatory measures against Poland on Monday.", "BLR", "POL"),
    ("Belarus blocked access to Polish news websites on Monday.", "BLR", "POL"),
    ("Belarus stripped the Polish consul of his accreditation.", "BLR", "POL"),
    ("Poland refused to extend the visas of Belarusian diplomats.", "POL", "BLR"),
    ("Lukashenko ordered the release of a Polish journalist on Monday.", "BLR", "POL"),
    ("Polish hauliers have been banned from Belarusian roads.", "BLR", "POL"),
])
def test_hostile_measures_name_both_states(text: str, doer: str, target: str) -> None:
    event = one(text, "measure")
    assert (event.source_country, event.target_country) == (doer, target)


@pytest.mark.parametrize(("text", "doer", "target"), [
    ("Poland resumed rail traffic with Belarus on Monday.", "POL", "BLR"),
    ("Belarus restored the accreditation of Polish journalists.", "BLR", "POL"),
    ("Belarus allowed Polish trucks to enter its territory again.", "BLR", "POL"),
    ("Poland unblocked the Bobrowniki crossing on Monday.", "POL", "BLR"),
])
def test_cooperative_measures_ease_or_reopen(text: str, doer: str, target: str) -> None:
    event = one(text, "measure")
    assert (event.source_country, event.target_country) == (doer, target)
    assert event.quad_class == 2


@pytest.mark.parametrize("text", [
    "On Monday government spokesman Piotr Müller said Poland would raise a ban on Belarusian "
    "lorries at the European Council summit.",
    "On Monday Prime Minister Mateusz Morawiecki said that he would propose at the European "
    "Council that all flights between Belarus and the EU be suspended.",
])
def test_an_act_put_forward_is_a_statement_not_a_measure(text: str) -> None:
    found = events_of(text)
    assert [(e.kind, e.countries) for e in found] == [("statement", ("BLR", "POL"))]


def test_an_act_set_as_a_condition_is_not_done() -> None:
    # "until the activists are freed": nobody has freed them yet
    found = events_of("On Tuesday Prime Minister Mateusz Morawiecki said in Wrocław that he "
                      "would propose at the European Council that all flights between Belarus "
                      "and the EU be halted until the jailed activists of the Union of Poles in "
                      "Belarus are freed.")
    assert [(e.kind, e.countries) for e in found] == [("statement", ("BLR", "POL"))]
    # told in the past, the clause is an act that happened
    done = events_of("Poland kept the crossing at Kuźnica closed until Belarus freed the "
                     "jailed activists on Monday.")
    assert "measure" in {e.kind for e in done}


def test_an_act_decided_is_still_a_measure() -> None:
    found = events_of("On Monday Poland banned Belarusian lorries from its roads.")
    assert [(e.kind, e.countries) for e in found] == [("measure", ("BLR", "POL"))]


def test_an_act_with_no_confirmation_is_not_asserted() -> None:
    found = events_of("On Wednesday government spokesman Piotr Müller said Poland had no "
                      "confirmation that the border with Belarus had actually been closed.")
    assert [(e.kind, e.countries) for e in found] == [("statement", ("BLR", "POL"))]


def test_a_court_is_of_the_town_it_sits_in() -> None:
    event = one("The Regional Court in Lublin sentenced Ivan Petrov, a Belarusian citizen, to "
                "two years in prison on Monday.", "measure")
    assert (event.source_country, event.target_country) == ("POL", "BLR")


@pytest.mark.parametrize("verb", ["cancelled", "terminated", "scrapped", "denounced"])
def test_ending_a_treaty_is_a_measure(verb: str) -> None:
    found = events_of(f"Belarus {verb} its agreement with Poland on university degrees on "
                      "Tuesday.")
    assert [(e.kind, e.cameo_code, e.countries) for e in found] \
        == [("measure", "160", ("BLR", "POL"))]


def test_building_something_else_is_no_measure() -> None:
    assert events_of("Poland built a new school for the Belarusian minority in Białystok.") == []


def test_an_act_that_has_to_happen_is_a_demand_not_an_act() -> None:
    found = events_of("Deputy Foreign Minister Marcin Przydacz said the Belarusian blogger had "
                      "to be released.")
    assert [e.kind for e in found] == ["statement"]


@pytest.mark.parametrize("reason", ["pointing to the Russian-Belarusian Zapad-2025 exercises",
                                    "citing the Zapad-2025 military drills"])
def test_a_reason_cited_for_an_act_is_no_event_of_its_own(reason: str) -> None:
    found = events_of(f"Poland closed every road and rail crossing with Belarus on Thursday, "
                      f"{reason}.", dt.date(2025, 9, 22))
    assert [(e.kind, e.countries) for e in found] == [("measure", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    "Sviatlana Tsikhanouskaya came to the University of Warsaw on Tuesday. She told the "
    "scholars they were in Poland because they loved Belarus and were ready to fight for it "
    "despite the brutality of the authorities.",
    "Tusk announced on Monday that Poland was ready to reopen two crossings with Belarus.",
])
def test_a_readiness_told_is_no_act(text: str) -> None:
    assert [e.kind for e in events_of(text) if e.kind in ("incident", "measure")] == []


def test_an_act_done_beside_a_readiness_is_still_an_act() -> None:
    found = events_of("Poland closed the Kuźnica crossing with Belarus on Tuesday and said it "
                      "was ready to close more.")
    assert [(e.kind, e.date) for e in found if e.kind == "measure"] == [
        ("measure", dt.date(2024, 5, 14))]


@pytest.mark.parametrize("text", [
    "A court in Grodno on Tuesday fined Andrzej Bulczak, a Polish citizen, 960 roubles for "
    "spreading extremist materials.",
    "A court in Grodno convicted Andrzej Bulczak, a Polish citizen, of spreading extremist "
    "materials.",
])
def test_a_court_fining_or_convicting_the_other_sides_citizen_is_a_measure(text: str) -> None:
    found = events_of(text, dt.date(2022, 5, 13))
    assert [(e.kind, e.countries) for e in found] == [("measure", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    # the act between the two states is the news; the announcement is only its sourcing
    "Belarus has restricted imports of poultry from Poland's Lower Silesia voivodeship because "
    "of avian influenza, the Belarusian agriculture ministry said.",
    "Interior Minister Marcin Kierwiński has extended the buffer zone along the border with "
    "Belarus, his ministry announced.",
    "Poland has renewed the restricted zone along its border with Belarus for another 90 days.",
    "Belarus's Gomeltransneft Druzhba cut deliveries of oil from Mozyr in the direction of "
    "Poland on Wednesday evening.",
    # a demand to shrink the other side's mission is the measure itself, not only words
    "The Belarusian foreign ministry demanded that Poland reduce its diplomatic presence in "
    "Minsk.",
    "In October Minsk demanded that Poland cut its diplomatic staff in Belarus from 50 to 18.",
    "Belarusian authorities on Thursday began destroying a cemetery of Polish wartime "
    "resistance fighters in the village of Surkonty.",
    "Polish prosecutors have indicted a Belarusian man accused of offering his services to "
    "Belarus's KGB.",
])
def test_restrictions_zones_cuts_demands_destruction_and_indictments_are_measures(
        text: str) -> None:
    found = events_of(text, dt.date(2022, 8, 26))
    assert [(e.kind, e.countries) for e in found] == [("measure", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    # an order is the act it orders, done by the one who gives it: no words to the other side
    "Poland's interior minister Mariusz Kamiński ordered the border closed to lorries and "
    "trailers registered in Belarus from 1 June.",
    "A Belarusian judge of the Maskouski district court ordered the Polish couple to pay 2,040 "
    "rubles.",
])
def test_an_order_is_a_measure_and_no_statement(text: str) -> None:
    found = events_of(text, dt.date(2021, 5, 28))
    assert [e.kind for e in found if e.kind in ("statement", "measure")] == ["measure"]


def test_an_ordered_investigation_is_a_demand_for_it() -> None:
    # the codebook's "demand information or an inquiry" (root 10), as PETR-2 codes it
    event = one("Poland's prime minister ordered an investigation against Belarus.", "statement",
                dt.date(2021, 5, 28))
    assert (event.cameo_code or "")[:2] == "10"


@pytest.mark.parametrize("text", [
    # published, not set free: no release of prisoners (CAMEO 0841)
    "In a statement released on Friday, the Polish foreign ministry described Belarus as "
    "extremely unfriendly.",
    "The Belarusian border committee released a video of Polish soldiers at the fence.",
])
def test_a_statement_or_video_released_is_no_release(text: str) -> None:
    assert not [e for e in events_of(text, dt.date(2024, 3, 20)) if e.cameo_code == "0841"]


def test_people_released_are_still_a_release() -> None:
    event = one("Belarus released two Polish citizens on Friday.", "measure",
                dt.date(2024, 3, 20))
    assert event.cameo_code == "0841"


def test_envoys_recalled_cut_relations_with_the_country_they_serve_in() -> None:
    event = one("Poland decided to recall some of the ambassadors accredited to Belarus for "
                "consultations.", "measure", dt.date(2020, 10, 6))
    assert (event.source_country, event.target_country) == ("POL", "BLR")


def test_an_ordered_act_named_by_a_noun_is_that_act() -> None:
    # "ordered the arrest of": the arrest (173) is the act, not a generic order (170)
    event = one("On Tuesday a Polish court ordered the arrest of a Belarusian citizen "
                "suspected of spying for the KGB.", "measure", dt.date(2021, 11, 10))
    assert event.cameo_code == "173"
