"""Forms of acts the extractor met first in articles it had not been tuned on: which are
intrusions, contacts, measures or statements, and which side does them to which, each
checked on sentences of our own at the extractor level (not copied from any article)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.types import ExtractedEvent
from tests.sentence_helpers import WEDNESDAY
from tests.unseen_forms_helpers import events_of


def sides(found: list[ExtractedEvent], kind: str) -> list[tuple[str | None, str | None]]:
    return [(e.source_country, e.target_country) for e in found if e.kind == kind]


@pytest.mark.parametrize("text", [
    "Several dozen objects flew into Poland from Belarus during the night, officials said.",
    "A drone entered Poland from Belarus on Sunday.",
    "The drone violated Polish airspace coming from Belarus, the operational command said.",
    "On Wednesday about 100 migrants forced their way into Poland from Belarus.",
])
def test_an_intrusion_comes_from_the_side_it_flew_from(text: str) -> None:
    assert sides(events_of(text), "incident") == [("BLR", "POL")]


def test_a_minister_flying_to_a_capital_is_a_visit_not_an_intrusion() -> None:
    found = events_of("Foreign Minister Radosław Sikorski flew to Minsk from Warsaw on Monday.")
    assert [e.kind for e in found] == ["meeting"]


def test_the_origin_rule_is_for_intrusions_only() -> None:
    # an attack names its doer by its subject, not by where the shells came from
    found = events_of("Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.")
    assert all(e.source_country != "PSE" for e in found)


def test_received_and_welcomed_by_a_host_are_meetings() -> None:
    found = events_of("Belarusian Foreign Minister Vladimir Makei was received by President "
                      "Andrzej Duda on Wednesday.", dt.date(2019, 2, 14))
    assert sides(found, "meeting") == [("POL", "BLR")]
    assert events_of("The president was welcomed by cheering crowds in Warsaw on Monday.") == []


@pytest.mark.parametrize("text", [
    "A Polish convoy carrying masks arrived in Belarus on Friday.",
    "Poland sent 100,000 masks to Belarus on Friday.",
])
def test_aid_delivered_is_a_measure_of_the_giver(text: str) -> None:
    found = events_of(text, dt.date(2020, 4, 25))
    assert [(e.kind, e.source_country, e.target_country, e.cameo_code) for e in found] == [
        ("measure", "POL", "BLR", "070")]


def test_a_minister_arriving_is_still_a_visit() -> None:
    found = events_of("Foreign Minister Radosław Sikorski arrived in Minsk on Friday.")
    assert [e.kind for e in found] == ["meeting"]


def test_refusing_to_let_a_convoy_cross_is_a_measure_against_its_country() -> None:
    found = events_of("Belarus has refused to let a Polish humanitarian convoy cross the "
                      "border, Deputy Foreign Minister Marcin Przydacz said on Tuesday.",
                      dt.date(2021, 8, 25))
    assert [(e.kind, e.source_country, e.target_country) for e in found] == [
        ("measure", "BLR", "POL")]


def test_acts_avoided_or_done_by_neither_are_not_events() -> None:
    found = events_of("Jasina spoke on Thursday. He added that the ministry's advice to Polish "
                      "citizens to avoid travelling to Belarus stays in force.", dt.date(2022, 7, 1))
    assert [e.kind for e in found] == ["statement"]
    assert events_of("So far neither the Border Guard nor Stanisław Żaryn has commented on "
                     "the Belarusian claims.") == []


def test_firing_towards_a_crossing_is_an_incident_across_it() -> None:
    found = events_of("Belarus's state news agency BelTA reported on Monday that Polish officers "
                      "fired towards the Peschatka crossing during the night.", dt.date(2022, 4, 11))
    assert sides(found, "incident") == [("POL", "BLR")]


def test_sessions_held_and_agreements_signed_are_contacts() -> None:
    found = events_of("The 22nd session of the Belarusian-Polish subcommission on border-area "
                      "cooperation was held in Lida last week.", dt.date(2019, 12, 10))
    assert [(e.kind, e.countries, e.date) for e in found] == [
        ("meeting", ("BLR", "POL"), dt.date(2019, 12, 3))]  # ("22nd" is no date)
    found = events_of("On 26 July, the Belarusian town of Zhytkavichy and the Polish resort of "
                      "Międzyzdroje signed a cooperation agreement.", dt.date(2019, 12, 10))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]
    assert events_of("Protesters gathered in Warsaw on Monday.") == []


def test_charging_that_is_an_accusation_and_charging_someone_is_not_a_statement() -> None:
    found = events_of("The State Border Committee also charged on Monday that Warsaw was "
                      "twisting the picture at the frontier.", dt.date(2021, 10, 11))
    assert [(e.kind, e.cameo_code, e.countries) for e in found] == [
        ("statement", "112", ("BLR", "POL"))]
    assert all(e.kind != "statement" for e in events_of("Police charged two men with "
                                                        "smuggling on Monday."))


def test_troops_sent_to_the_border_face_the_side_across_it() -> None:
    found = events_of("Poland closed the border with Belarus on Monday. Defence Minister Mariusz "
                      "Błaszczak ordered more soldiers to the border on Tuesday.",
                      dt.date(2023, 5, 30))
    assert sides(found, "measure") == [("POL", "BLR"), ("POL", "BLR")]


def test_tearing_down_the_border_fence_is_a_breach_from_the_side_that_pushed() -> None:
    found = events_of("Poland closed the border with Belarus in September. Poland's Border "
                      "Guard said on Monday that migrants pushed by Belarusian forces had torn "
                      "down fencing on the border over the weekend.", dt.date(2021, 10, 11))
    assert sides(found, "incident") == [("BLR", "POL")]


def test_a_diplomat_summoned_by_nobody_named_is_summoned_by_the_other_side() -> None:
    found = events_of("Belarus accused Poland of provocations on Monday. The Polish chargé "
                      "d'affaires was summoned on Tuesday.")
    assert sides(found, "meeting") == [("BLR", "POL")]
    assert events_of("The Polish chargé d'affaires was summoned on Tuesday.") == []


@pytest.mark.parametrize("text", [
    "Polish Ambassador Artur Michalski presented his credentials to Alexander Lukashenko on "
    "Tuesday.",
    "Belarusian border guards passed a note to their Polish colleagues on Tuesday.",
])
def test_credentials_and_notes_handed_over_are_contacts(text: str) -> None:
    assert [e.kind for e in events_of(text)] == ["meeting"]


@pytest.mark.parametrize("text", [
    "On Monday the Prosecutor General's Office of Belarus asked Poland to extradite him.",
    "On Monday the Belarusian authorities asked Warsaw to hand him over.",
    "Belarus's Prosecutor General's Office requested his extradition from Poland on Monday.",
    "Belarus's Investigative Committee said it had forwarded the extradition request to Poland "
    "on Monday.",
])
def test_an_extradition_request_is_a_contact_with_the_other_state(text: str) -> None:
    # a formal request one state's prosecutors send the other, as a note is: a contact
    # (CAMEO 0213, a call for legal cooperation), not a remark and not the extradition
    found = [(e.kind, e.cameo_code, e.source_country, e.target_country)
             for e in events_of(text) if e.kind != "statement"]
    assert found == [("meeting", "0213", "BLR", "POL")]


@pytest.mark.parametrize("text", [
    "Belarusian Railway said on Monday that it had sent a request to Poland to restore "
    "passenger trains.",
    "On Monday the Belarusian defence ministry sent Poland a proposal to hold talks on the "
    "exercises.",
])
def test_a_request_or_proposal_sent_to_the_other_state_is_a_contact(text: str) -> None:
    # sent to the other side, as a letter is: a contact, not only the remark that tells it
    assert "meeting" in [e.kind for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "On Monday the Belarusian Foreign Ministry handed a note to Poland's chargé d'affaires, "
    "Krzysztof Ożanna, over what it called an attempt to recruit a diplomat.",
    "The Belarusian foreign ministry says it has handed the chargé d'affaires of the Polish "
    "embassy, Krzysztof Ożanna, a resolute protest over what it calls espionage.",
    "On Monday the Belarusian foreign ministry delivered a note of protest to Poland's chargé "
    "d'affaires.",
])
def test_a_note_handed_to_the_other_sides_diplomat_is_a_contact(text: str) -> None:
    # the protest is delivered to someone: a contact with him (the "to" phrase is who it
    # went to, not where, as it would be for "called to the ministry")
    found = [(e.kind, e.cameo_code, e.source_country, e.target_country) for e in events_of(text)]
    assert found == [("meeting", "114", "BLR", "POL")]


def test_the_diplomat_summoned_is_the_one_handed_the_note() -> None:
    # "him" is the chargé the ministry summoned, whom the text does not name, not the
    # journalist named before: one contact, from Minsk to Warsaw
    found = events_of("Andrzej Poczobut remains in prison. On Tuesday the Belarusian foreign "
                      "ministry summoned Poland's chargé d'affaires and handed him a note of "
                      "protest over the events.", dt.date(2025, 8, 6))
    assert [(e.kind, e.source_country, e.target_country) for e in found
            if e.kind == "meeting"] == [("meeting", "BLR", "POL")]


def test_a_restriction_extended_is_a_measure_not_a_saying() -> None:
    found = events_of("Poland's lower house on Wednesday agreed to extend by another 60 days "
                      "the temporary limitation on lodging asylum applications at the border "
                      "with Belarus.", dt.date(2025, 5, 23))
    assert [(e.kind, e.source_country, e.target_country) for e in found] == [
        ("measure", "POL", "BLR")]


def test_returning_to_a_subject_is_no_measure_and_returning_someone_is() -> None:
    assert events_of("Belarus's ambassador returned to the subject of the Polish minority in "
                     "an interview with a Polish portal.", dt.date(2020, 8, 14)) == []
    found = events_of("Belarus returned the detained Polish fishermen to Poland on Tuesday.",
                      dt.date(2020, 8, 14))
    assert [(e.kind, e.source_country, e.target_country) for e in found] == [
        ("measure", "BLR", "POL")]


@pytest.mark.parametrize("text", [
    "Sviatlana Tsikhanouskaya met Senate speaker Małgorzata Kidawa-Błońska in Warsaw on "
    "Thursday. Later on Thursday she was due to meet President Andrzej Duda.",
    "Belarus's defence attaché will be summoned to the ministry in Warsaw today, Poland's "
    "defence minister said.",
])
def test_a_contact_still_ahead_on_the_day_of_the_report_is_no_contact(text: str) -> None:
    thursday = dt.date(2025, 1, 9)
    found = [e for e in events_of(text, thursday) if e.kind == "meeting"]
    assert all("due to meet" not in (e.evidence or "") and "will be" not in (e.evidence or "")
               for e in found)
    assert len(found) == (1 if "Kidawa" in text else 0)


def test_asking_about_something_is_no_statement() -> None:
    assert [e.kind for e in events_of("The Belarusian guests asked Polish officials about the "
                                      "digitisation of the archives on Tuesday.")] == []
    assert [e.kind for e in events_of("Poland asked Belarus to release Andrzej Poczobut on "
                                      "Tuesday.")] == ["statement"]


@pytest.mark.parametrize("text", [
    "The Belarusian ministry said radar units had tracked a Polish Mi-24 helicopter crossing "
    "the frontier near Kozlovichi on Thursday.",
    "Two Polish military helicopters crossed the border with Belarus on Thursday.",
])
def test_military_aircraft_crossing_the_border_is_an_incident(text: str) -> None:
    found = events_of(text, dt.date(2021, 4, 30))
    assert [(e.kind, e.pair) for e in found if e.kind == "incident"] == [
        ("incident", ("BLR", "POL"))]


def test_forcing_ones_way_across_is_across_the_border_the_article_named() -> None:
    text = ("Migrants again tested the Polish-Belarusian border on Wednesday. At about "
            "10.30 p.m. a group several dozen people strong tried to force its way across.")
    found = events_of(text, dt.date(2024, 6, 20))
    assert [(e.kind, e.pair) for e in found if e.kind == "incident"] == [
        ("incident", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    "Belarus's Investigative Committee opened a criminal case against the Polish judge on "
    "Tuesday.",
    "On Tuesday Belarusian prosecutors instituted criminal proceedings against a Polish "
    "border guard.",
])
def test_opening_a_criminal_case_is_a_legal_measure(text: str) -> None:
    found = events_of(text, dt.date(2022, 2, 3))
    assert [(e.kind, e.cameo_code, e.pair) for e in found] == [
        ("measure", "173", ("BLR", "POL"))]


def test_exchanging_views_is_a_consultation_and_its_account_no_statement() -> None:
    text = ("Yevgeny Shestakov, a Belarusian deputy foreign minister, and Bartosz Grodecki of "
            "the Polish interior ministry exchanged views on the state of the border on "
            "Monday, according to the ministry's account.")
    found = events_of(text, dt.date(2021, 8, 17))
    assert [(e.kind, e.cameo_code, e.pair) for e in found] == [
        ("meeting", "040", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    "On Monday three former Polish presidents issued a joint statement urging the Belarusian "
    "authorities to free those held.",
    "On Monday the Belarusian Foreign Ministry issued a statement accusing Poland of meddling.",
])
def test_issuing_a_statement_is_a_statement(text: str) -> None:
    found = events_of(text, dt.date(2020, 8, 14))
    assert [(e.kind, e.pair, e.date) for e in found] == [
        ("statement", ("BLR", "POL"), dt.date(2020, 8, 10))]


def test_is_to_meet_is_a_plan_not_a_past_meeting() -> None:
    """"is to meet ... on Friday", written on a Wednesday: the coming Friday, a plan, not the
    Friday before."""
    text = "Polish Foreign Minister Jacek Czaputowicz is to meet the Belarusian ambassador on Friday."
    found = events_of(text, dt.date(2020, 8, 26))
    assert [e for e in found if e.kind == "meeting"] == []


def test_being_ready_to_reopen_is_no_reopening_yet() -> None:
    """"Poland was ready to reopen the crossing": the reopening is ahead, so, as with "would
    reopen", the readiness is also Tusk's statement, not only the act it tells of."""
    text = ("Polish Prime Minister Donald Tusk said on Tuesday that Poland was ready to reopen "
            "the Kuźnica crossing with Belarus on a trial basis.")
    found = events_of(text, dt.date(2025, 10, 30))
    assert [(e.kind, e.speaker.name if e.speaker else None) for e in found
            if e.kind == "statement"] == [("statement", "Donald Tusk")]


@pytest.mark.parametrize("text", [
    "In his speech the Belarusian ambassador spoke of the importance of cooperation with Poland.",
    "Polish Deputy Foreign Minister Marcin Przydacz spoke about Lukashenka's threats to Poland.",
    "Belarusian Foreign Minister Uladzimir Makei pointed to NATO forces gathering in Poland.",
])
def test_speaking_of_or_pointing_to_a_matter_is_a_statement(text: str) -> None:
    found = [e for e in events_of(text) if e.kind == "statement"]
    assert [sorted(e.countries) for e in found] == [["BLR", "POL"]]


def test_speaking_with_someone_is_still_a_contact_and_pointing_out_still_a_statement() -> None:
    found = events_of("Belarusian Foreign Minister Uladzimir Makei spoke with Polish Foreign "
                      "Minister Jacek Czaputowicz by phone and pointed out that trade was growing.")
    assert "meeting" in [e.kind for e in found]


@pytest.mark.parametrize("text", [
    "Polish Foreign Minister Zbigniew Rau presented the ministry's award to members of the "
    "Belarusian human rights centre Viasna.",
    "Marshal Artur Kosicki of Podlaskie handed the Belarusian poet Uladzimir Arlou the prize.",
    "Sviatlana Tsikhanouskaya, the Belarusian opposition leader, on Friday presented Artur "
    "Michalski, Poland's former ambassador to Belarus, with the cabinet's medal.",
])
def test_an_award_handed_over_in_person_is_a_contact(text: str) -> None:
    assert [e.countries for e in events_of(text) if e.kind == "meeting"] == [("BLR", "POL")]


def test_presenting_a_plan_is_still_no_contact() -> None:
    assert sides(events_of("Polish Defence Minister Mariusz Błaszczak presented a plan for "
                           "the border with Belarus."), "meeting") == []
    assert sides(events_of("Polish state television presented Alyaksandr Lukashenka as a "
                           "dictator on Friday."), "meeting") == []  # (a portrayal)


@pytest.mark.parametrize(("text", "code"), [
    ("The Polish side stopped all traffic through the Kuźnica crossing with Belarus at 7:00 "
     "on Tuesday.", "172"),
    ("Traffic through the Kukuryki crossing on the Polish border with Belarus resumed on "
     "Tuesday.", "081"),
    ("Poland introduced a state of emergency along its border with Belarus on Tuesday.", "172"),
    ("On Tuesday Warsaw answered in kind, sending home two Belarusian consuls.", "174"),
    ("On Tuesday Belarusian police took a Polish journalist into custody in Grodno.", "173"),
    ("Belarusian police on Tuesday rounded up three Polish journalists in Minsk.", "173"),
    ("On Tuesday Minsk annulled the permit of a Polish priest serving in Belarus.", "172"),
])
def test_more_forms_of_closures_expulsions_and_arrests_are_measures(
        text: str, code: str) -> None:
    found = [e for e in events_of(text, WEDNESDAY) if e.kind == "measure"]
    assert [(e.cameo_code, e.countries) for e in found] == [(code, ("BLR", "POL"))]


def test_presenting_a_plan_is_a_statement_and_a_medal_with_a_quoted_name_a_contact() -> None:
    plan = events_of("On Monday Defence Minister Mariusz Błaszczak presented plans for a new "
                     "division to be stationed near the border with Belarus.")
    assert [(e.kind, e.speaker.name if e.speaker else None) for e in plan] == [
        ("statement", "Mariusz Błaszczak")]
    # the quoted words are the medal's name, not something the giver said
    medal = events_of('On Friday Sviatlana Tsikhanouskaya presented Artur Michalski, Poland\'s '
                      'former ambassador, with the medal "For work for the benefit of Belarus".')
    assert [(e.kind, e.countries) for e in medal] == [("meeting", ("BLR", "POL"))]
