"""Contacts between the sides: summonses, calls and what is said in them, letters and messages,
delegations travelling, and the press or private travellers, who are no contact (towns,
regions and joint bodies: test_extraction_local_contacts.py).  On sentences of our own, at
the extractor level."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article
from tests.sentence_helpers import events_of, meetings, meetings_on, one


def test_agentless_passive_summons_takes_the_reporting_side() -> None:
    event = one("A Belarusian spokesman said Poland's chargé d'affaires had been called to the "
                "ministry on Tuesday.", "meeting")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert event.date == dt.date(2024, 5, 14)


def test_call_in_a_diplomat_is_a_summons_not_an_appeal() -> None:
    event = one("Lithuania called in Russia's ambassador on Monday.", "meeting")
    assert (event.source_country, event.target_country) == ("LTU", "RUS")
    assert event.cameo_code == "114"


def test_a_verdict_with_to_is_no_summons() -> None:
    """"called Minsk's overtures to the West weak": the object predicate makes it a verdict;
    "to the West" belongs to the overtures, and no one was called in."""
    found = events_of("Deputy Foreign Minister Paweł Jabłoński called Minsk's overtures to the "
                      "West fairly weak.")
    assert [(e.kind, e.countries) for e in found] == [("statement", ("BLR", "POL"))]


def test_summons_happens_in_the_summoning_capital() -> None:
    event = one("The Lithuanian foreign ministry summoned the Belarusian chargé d'affaires on "
                "Monday.", "meeting")
    assert event.location == "Vilnius"


def test_speaking_by_telephone_is_a_meeting_of_coordinated_subjects() -> None:
    event = one("On Monday the Lithuanian foreign minister and his Latvian counterpart spoke "
                "by telephone.", "meeting")
    assert event.countries == ("LTU", "LVA")


@pytest.mark.parametrize("text", [
    # an embassy is no visit
    "Warsaw says the Polish mission in Minsk will take every diplomatic and legal step to "
    "help the detained Polish citizen.",
    # an appeal is no phone call
    "A call from the Polish Senate for talks with Minsk has found a ready audience in the "
    "Belarusian parliament.",
    # voters are not summoned
    "Four days before Belarusians are called to the polls, Poland's upper house has put on "
    "record that it does not regard the vote as an election.",
])
def test_words_of_contact_that_tell_of_none(text: str) -> None:
    assert [e for e in events_of(text) if e.kind == "meeting"] == []


def test_ministry_one_is_summoned_to_is_the_summoner_and_the_venue() -> None:
    event = one("A spokesman said the Belarusian ambassador had been called to the Lithuanian "
                "foreign ministry on Monday.", "meeting")
    assert (event.source_country, event.target_country) == ("LTU", "BLR")
    assert event.location == "Vilnius"


def test_tit_for_tat_summonses_stay_two_events_and_carry_their_protest() -> None:
    found = events_of("On Monday the Polish foreign ministry summoned the Belarusian envoy.\n\n"
                      "The Belarusian foreign ministry summoned the Polish envoy the same day "
                      "and protested against interference.")
    meetings = [e for e in found if e.kind == "meeting"]
    assert {(e.source_country, e.target_country) for e in meetings} == {("POL", "BLR"),
                                                                        ("BLR", "POL")}
    assert {e.location for e in meetings} == {"Warsaw", "Minsk"}
    assert not any(e.kind == "statement" and e.cameo_code == "114" for e in found)


def test_the_envoy_arriving_at_the_ministry_that_summoned_him_is_that_summons() -> None:
    found = extract(Article(text="Deputy Foreign Minister Marcin Przydacz summoned Belarus's "
                                 "ambassador Uladzimir Chushev on Thursday. The ambassador "
                                 "arrived at the foreign ministry in Warsaw on Thursday "
                                 "afternoon.", published=dt.date(2020, 8, 28)))
    assert [(e.kind, e.cameo_code) for e in found] == [("meeting", "114")]


def test_envoy_posted_in_a_capital_is_summoned_by_the_host() -> None:
    event = one("Russia's ambassador in Vilnius was called to the foreign ministry on Monday.",
                "meeting")
    assert (event.source_country, event.target_country) == ("LTU", "RUS")
    assert event.location == "Vilnius"


def test_envoys_own_country_wins_over_the_place_of_posting() -> None:
    event = one("Poland summoned Belarus's chargé d'affaires in Warsaw, Pavel Lisouski, on "
                "Monday.", "meeting")
    envoy = next(a for a in event.actors if a.name == "Pavel Lisouski")
    assert envoy.country == "BLR"


def test_what_one_side_told_the_other_in_a_call_is_the_calls_content() -> None:
    found = events_of("Late on Monday, Morawiecki said he had spoken by phone with opposition "
                      "candidate Sviatlana Tsikhanouskaya and assured her that Belarusians had "
                      "Poland's support.")
    assert [e.kind for e in found if len(e.countries) == 2] == ["meeting"]


def test_what_the_parties_of_a_call_tell_each_other_in_the_next_sentences_is_its_content(
) -> None:
    found = events_of("President Andrzej Duda telephoned Sviatlana Tsikhanouskaya on Monday. "
                      "In the call Duda told her it was a difficult time and thanked her for "
                      "her stance. Tsikhanouskaya thanked him in turn.")
    assert [e.kind for e in found if len(e.countries) == 2] == ["meeting"]
    # what one of them says to the press is a statement
    public = events_of("President Andrzej Duda telephoned Sviatlana Tsikhanouskaya on Monday. "
                       "Later Duda told reporters that Belarus was to blame for the crisis.")
    assert sorted(e.kind for e in public if len(e.countries) == 2) == ["meeting", "statement"]


def test_alerting_the_other_sides_officers_is_a_contact() -> None:
    found = events_of("The Belarusian side alerted the Polish border guards on Monday that a "
                      "group had probably crossed the frontier.")
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]
    assert "meeting" not in {e.kind for e in events_of(
        "Polish media alerted the public on Monday to fake news about Belarus.")}


def test_joining_a_person_of_the_other_side_is_a_contact() -> None:
    """"Przydacz joined Tsikhanouskaya on a virtual panel": a contact (not "joined the EU")."""
    found = events_of("On Thursday Deputy Foreign Minister Marcin Przydacz joined Sviatlana "
                      "Tsikhanouskaya on a virtual panel.")
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]
    assert not events_of("Poland joined the European Union in 2004.")


def test_private_travellers_in_a_relative_clause_are_no_contact() -> None:
    """"the number of Belarusians who have travelled to Poland on tourist visas": people
    travelling on their own account, however the clause names them."""
    assert not events_of("Unofficial estimates put the number of Belarusians who have "
                         "travelled to Poland on ordinary tourist visas in the tens of "
                         "thousands.")


@pytest.mark.parametrize("text", [
    "The head of the Polish border guard wrote to his Belarusian counterpart on Tuesday.",
    "Sikorski wrote to the Belarusian foreign minister on Tuesday.",
])
def test_writing_to_the_other_side_is_a_contact(text: str) -> None:
    event = one(text, "meeting")
    assert event.pair == ("BLR", "POL") and event.source_country == "POL"
    assert event.date == dt.date(2024, 5, 14)


def test_exchanging_information_is_a_contact() -> None:
    event = one("On Tuesday Poland and Belarus exchanged information about the drones.",
                "meeting")
    assert event.pair == ("BLR", "POL") and event.date == dt.date(2024, 5, 14)


def test_a_delegation_spending_days_in_the_other_country_on_dated_days() -> None:
    found = events_of("In early June 2019 a Polish delegation led by the Marshal of the Senate, "
                      "Stanisław Karczewski, spent two days in Belarus, on 6 and 7 June.")
    assert [(e.kind, e.countries, e.date) for e in found] == [
        ("meeting", ("BLR", "POL"), dt.date(2019, 6, 6))]


def test_a_webinar_with_the_other_side_is_a_contact() -> None:
    event = one("On Monday the Polish embassy in The Hague held a webinar with Belarusian "
                "opposition figure Pavel Latushka.", "meeting")
    assert event.countries == ("BLR", "POL")


@pytest.mark.parametrize("text", [
    "Polish and Belarusian historians held a joint conference in Grodno on Monday.",
    "The Polish embassy and the Belarusian State University held a seminar on Polish "
    "literature in Minsk on Monday.",
])
def test_holding_a_conference_together_is_a_contact(text: str) -> None:
    assert one(text, "meeting").countries == ("BLR", "POL")


def test_meeting_the_press_is_no_contact_with_the_town() -> None:
    found = events_of("Artur Michalski, Poland's new ambassador to Belarus, met reporters in "
                      "Minsk on Tuesday and promised more cultural projects.")
    assert "meeting" not in {e.kind for e in found}
    # a reporter beside an official of the other side still makes it a contact
    assert one("Artur Michalski, Poland's ambassador to Belarus, met Belarusian Foreign "
               "Minister Vladimir Makei in Minsk on Tuesday.", "meeting").countries == (
        "BLR", "POL")


def test_a_commissions_sitting_is_a_contact() -> None:
    event = one("The 19th sitting of the Polish-Belarusian Consultative Commission for Cultural "
                "Heritage took place at the Royal Castle in Warsaw on Monday.", "meeting")
    assert (event.countries, event.location) == (("BLR", "POL"), "Warsaw")


@pytest.mark.parametrize("text", [
    "Deputy Foreign Minister Marcin Przydacz said the first three Belarusians injured in the "
    "crackdown had arrived in Poland on Monday.",
    "Hundreds of Belarusian students arrived in Warsaw on Monday.",
    "A group of Polish pilgrims visited Grodno on Monday.",
    "Belarusians are the second-largest group, after Ukrainians, to have arrived in Poland "
    "over the past two years.",
    "A court is to try Raman Haluza, a Polish citizen. Haluza, 29, lived in Poland for nine "
    "years. In July 2022 he travelled back to Belarus to see relatives.",
])
def test_private_people_travelling_are_no_contact(text: str) -> None:
    assert "meeting" not in {e.kind for e in events_of(text)}


def test_a_delegation_travelling_is_a_contact() -> None:
    assert one("A Polish parliamentary delegation visited Grodno on Monday.",
               "meeting").countries == ("BLR", "POL")


def test_one_side_agreeing_is_consent_not_an_agreement_between_two() -> None:
    found = events_of("Jarosław Kaczyński said coal would be delivered through Belarus and that "
                      "the Belarusian side had agreed.")
    assert "meeting" not in {e.kind for e in found}
    # (two sides agreeing still are: tests/test_extraction_local_contacts.py)


def test_a_message_sent_to_the_other_side_is_a_signal_a_note_is_a_contact() -> None:
    signal = events_of("Alyaksandr Lukashenka used the session of the All-Belarusian People's "
                       "Assembly to send a message to Warsaw.")
    assert [e for e in signal if e.kind == "meeting" and len(e.countries) == 2] == []
    assert one("On Monday the Belarusian foreign ministry sent a protest note to Warsaw.",
               "meeting").countries == ("BLR", "POL")


def test_the_subject_the_parser_hangs_on_an_opening_date_holds_the_talks() -> None:
    # the parser reads "In mid-April a delegation" as two objects of "In"
    contact = one("In mid-April a delegation of the Belarusian Foreign Ministry held "
                  "consultations in Warsaw with the Polish Foreign Ministry.", "meeting")
    assert (contact.countries, contact.date) == (("BLR", "POL"), dt.date(2024, 4, 1))


def test_a_contact_takes_its_place_from_the_passive_agents_phrase() -> None:
    # "received by X in Warsaw": the place hangs on the agent ("by"), which the parser
    # labels agent, not prep
    (event,) = meetings("Sviatlana Tsikhanouskaya was received by Polish Prime Minister "
                        "Mateusz Morawiecki in Warsaw on Tuesday.")
    assert (event.countries, event.location) == (("BLR", "POL"), "Warsaw")


def test_a_where_clause_happens_in_the_place_it_describes() -> None:
    # (from tests/gold/149-...)
    found = meetings("Poland's interior minister Elżbieta Witek spent two days in Belarus. On "
                     "Friday afternoon the minister was in Grodno, where she held talks with "
                     "the governor of the Grodno region and with the city authorities.")
    assert [e.location for e in found] == ["Belarus", "Grodno"]


def test_protests_met_with_violence_are_no_contact() -> None:
    # (from tests/gold/152-...: with the where clause read as a place, the passive "met"
    # became a meeting in Belarus)
    found = meetings("Poland's Senate on Wednesday adopted a resolution on the situation in "
                     "Belarus, where protests against the official results were met with "
                     "violence.")
    assert found == []


@pytest.mark.parametrize(("text", "published", "place"), [
    ("MINSK, 10 November – The Belarusian Foreign Ministry on Monday held a meeting with "
     "Marcin Wojciechowski, Poland's chargé d'affaires.", dt.date(2025, 11, 10), "Minsk"),
    ("KARPACZ, Poland, Sept 9 - Polish Foreign Minister Zbigniew Rau held talks with "
     "Belarusian opposition leader Sviatlana Tsikhanouskaya on Wednesday.",
     dt.date(2020, 9, 9), "Karpacz"),
])
def test_a_lede_contact_without_a_place_was_held_where_the_report_was_filed(
        text: str, published: dt.date, place: str) -> None:
    (event,) = meetings_on(text, published)
    assert event.location == place
    assert event.summary.endswith(f", in {place}")


def test_a_place_a_merged_report_gives_is_in_the_summary_too() -> None:
    """The lede names the ministers, the next sentence the town: the merged contact keeps the
    lede's actors and takes the town, in its location and its one-line summary alike."""
    (event,) = meetings_on("Polish Deputy Foreign Minister Marcin Przydacz and Belarusian "
                           "Deputy Foreign Minister Oleg Kravchenko held talks on Monday. "
                           "Poland and Belarus held the talks in Brest on Monday.",
                           dt.date(2019, 12, 10))
    assert event.location == "Brest"
    assert event.summary is not None and event.summary.startswith("Marcin Przydacz")
    assert event.summary.endswith(", in Brest")


def test_a_dateline_places_no_contact_of_other_sides_nor_one_with_its_own_place() -> None:
    found = meetings_on("WARSAW, March 3 – Belarusian Foreign Minister Vladimir Makei met "
                        "Russia's Sergei Lavrov on Tuesday. Poland's ambassador met Makei in "
                        "Minsk on Monday.", dt.date(2020, 3, 3))
    places = {e.countries: e.location for e in found}
    assert places[("BLR", "RUS")] is None
    assert places[("BLR", "POL")] == "Minsk"


@pytest.mark.parametrize(("text", "place"), [
    ("Uladzimir Chushev presented his letters of credence to President Andrzej Duda on "
     "Thursday.", "Warsaw"),
    ("Poland's new ambassador Artur Michalski presented his credentials to Aleksandr "
     "Lukashenko in late June.", "Minsk"),
])
def test_credentials_are_presented_in_the_receiving_states_capital(text: str,
                                                                   place: str) -> None:
    (event,) = meetings(text)
    assert (event.countries, event.location) == (("BLR", "POL"), place)


def test_a_contact_serving_a_stay_is_held_where_the_stay_is() -> None:
    # "spent two days in Warsaw meeting ...": the place hangs on "spent", the contact on
    # its participle (from tests/gold/172-...)
    (event,) = meetings("Sviatlana Tsikhanouskaya has spent two days in Warsaw meeting Polish "
                        "Prime Minister Mateusz Morawiecki and other officials.")
    assert (event.countries, event.location) == (("BLR", "POL"), "Warsaw")


def test_a_passive_agents_place_is_read_for_contacts_only() -> None:
    # (from tests/gold/51-...: "released" read as a release, the embassy's town made it
    # Belarus-Poland)
    found = extract(Article(
        text="While the governments in Minsk and Warsaw move slowly, the everyday business of "
             "Belarusian-Polish neighbourliness is being done by mayors and district councils, "
             "according to a summary released by the Belarusian embassy in Warsaw.",
        published=dt.date(2019, 12, 16)))
    assert [e.location for e in found if e.kind != "meeting"] == [None] * sum(
        e.kind != "meeting" for e in found)
    assert not [e for e in found if e.kind == "measure" and e.countries == ("BLR", "POL")]


def test_a_day_that_gives_its_own_year_dates_the_act_over_a_relative_year() -> None:
    """"A year earlier, on 1 March 2019": the day with its own year is the act's, not the
    year "a year earlier" counts back to."""
    found = meetings_on("A year earlier, on 1 March 2019, Ambassador Aleksandr Averyanov "
                        "attended a reception at the Polish consulate in Brest.",
                        dt.date(2022, 5, 20))
    assert [(e.date, e.countries) for e in found] == [(dt.date(2019, 3, 1), ("BLR", "POL"))]


@pytest.mark.parametrize("occasion", ["a reception", "a Mass", "a seminar", "an exhibition"])
def test_attending_the_other_sides_occasion_is_a_contact(occasion: str) -> None:
    found = meetings_on(f"Vladimir Kravtsov, chairman of the Grodno regional executive "
                        f"committee, attended {occasion} at the Polish consulate in Grodno on "
                        f"16 November.", dt.date(2019, 11, 20))
    assert [(e.date, e.countries) for e in found] == [(dt.date(2019, 11, 16), ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    "Earlier that year, from 21 to 23 March, Vladimir Gusakov had led a thirteen-member "
    "Belarusian delegation to Warsaw at Professor Duszyński's invitation for talks on "
    "scientific ties.",
    "At the anniversary a year earlier the Polish embassy's delegation was led by Ambassador "
    "Konrad Pawlak, who took part alongside the deputy governor of the Mogilev region.",
])
def test_leading_a_delegation_to_the_other_side_is_a_contact(text: str) -> None:
    """Leading a delegation is the delegation's visit, told by who led it."""
    found = meetings_on(text, dt.date(2019, 8, 22))
    assert [e.countries for e in found] == [("BLR", "POL")]


def test_a_series_of_meetings_takes_the_doers_of_its_verb() -> None:
    """"Scientists from Belarus and Poland opened a series of meetings": the meetings are
    held by who opened them, as "opened talks" are."""
    found = meetings_on("Scientists from Belarus and Poland opened a three-day series of "
                        "meetings in Minsk on Wednesday.", dt.date(2019, 6, 6))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2019, 6, 5))]


def test_handing_over_credentials_or_their_copies_is_a_contact() -> None:
    found = meetings_on("A few weeks before that ceremony, the Polish ambassador had handed "
                        "copies of his credentials to Foreign Minister Uladzimir Makei.",
                        dt.date(2019, 11, 20))
    assert [(e.countries, e.location) for e in found] == [(("BLR", "POL"), "Minsk")]


def test_the_town_a_visitor_comes_to_is_the_host_side() -> None:
    """"The mayor of Brest came to Biała Podlaska": the town come to is where the contact
    was held and who received it, as a town visited is."""
    found = meetings_on("Last October the mayor of Brest came to Biała Podlaska and signed an "
                        "agreement on cultural events.", dt.date(2019, 11, 20))
    assert [(e.countries, e.location) for e in found] == [(("BLR", "POL"), "Biała Podlaska")]


@pytest.mark.parametrize("text", [
    "Przydacz and Kravchenko talked on the phone on Monday.",
    "The Polish and Belarusian prime ministers exchanged letters on Monday.",
])
def test_a_phone_talk_and_an_exchange_of_letters_are_contacts(text: str) -> None:
    found = meetings_on(text, dt.date(2019, 12, 10))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2019, 12, 9))]


@pytest.mark.parametrize("host", ["the Belarusian foreign ministry",
                                  "the Grodno regional executive committee"])
def test_who_organised_an_occasion_attended_is_the_host_side(host: str) -> None:
    """"attended a ceremony organised by X on Monday": X hosted it, and the occasion's day
    (which the parser hangs on "organised") is the attendance's."""
    found = meetings_on(f"The Polish consul general attended a ceremony organised by {host} on "
                        f"Monday.", dt.date(2019, 12, 10))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2019, 12, 9))]


def test_what_went_on_over_years_or_months_is_no_one_act() -> None:
    """A relative clause on a span of time ("several years in which Minsk and Warsaw rebuilt
    ministerial contacts") tells what went on over it, not a contact or a measure of one
    day; a single week named so may still hold one."""
    published = dt.date(2019, 7, 12)
    assert events_of("The diplomat took up his post this spring, after several years in which "
                  "Minsk and Warsaw rebuilt ministerial and parliamentary contacts.",
                  published) == []
    assert events_of("The talks came after several months in which Poland closed two border "
                  "crossings.", published) == []
    assert [e.kind for e in events_of("The talks came after the week in which Poland closed "
                                   "two border crossings.", published)] == ["measure"]


def test_a_people_is_not_a_place() -> None:
    """"wrote to the Poles": a nation named by its people is whom the contact goes to, not
    where it happens."""
    text = ("A young Belarusian activist, Pavel Slunkin, wrote to the Poles on Monday asking "
            "them to value their democracy.")
    assert [e.location for e in meetings(text) if len(e.countries) == 2] == [None]


def test_words_one_side_told_the_other_as_a_report_tells_them_are_a_contact() -> None:
    # the news is that the sides spoke; the teller only reports it
    found = events_of("Belarus's State Border Committee said the Polish side had told it that "
                      "road repairs would begin at the Terespol checkpoint on Friday.",
                      dt.date(2024, 5, 15))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]


@pytest.mark.parametrize("text", [
    # told to no one of the other side, or not told at all: the report's content, as before
    "Poland's foreign ministry said its spokesman had told reporters that Belarus was to blame.",
    "The Belarusian colonel singled out Poland, saying Warsaw had not notified Belarus of the "
    "Dragon-24 exercise.",
])
def test_words_told_inside_a_report_to_no_one_of_the_other_side_are_no_contact(
        text: str) -> None:
    found = events_of(text, dt.date(2024, 5, 15))
    assert [e.kind for e in found] == ["statement"]
