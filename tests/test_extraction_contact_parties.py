"""Who the parties of a contact are and on which day it was: a visitor named by a pronoun,
a description or a delegation, a host whose name the tagger misses or joins to a month,
the guests who joined the talks, and two contacts of one day or of consecutive days.  On
sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_helpers import MONDAY, events_of, meetings, meetings_on


def test_guests_received_are_the_delegation_its_leader_named() -> None:
    # the parser hangs "by Dariusz Stefaniuk" on the office, so "received" has no agent; the
    # delegation has no country word of its own, only its leader's title has
    found = meetings("A delegation of social-economy experts has spent two days in Lublin. "
                     "The delegation was led by Alyaksandr Rumak, Belarus's deputy minister "
                     "of labour. On Tuesday the guests were received at the marshal's office "
                     "in Lublin by Dariusz Stefaniuk, the deputy marshal of the Lubelskie "
                     "voivodeship. The grant was received in May.")
    assert [(e.date, e.countries) for e in found] == [(dt.date(2019, 12, 3), ("BLR", "POL"))]


def test_a_month_the_model_leaves_untagged_before_a_name_is_a_date() -> None:
    # "April Marek Olbryś" is neither a date nor a person to the model, and one noun to the
    # parser: the host and the month were both lost
    found = meetings("Late in April Marek Olbryś, the deputy marshal of Podlaskie province, "
                     "received a delegation from the Grodno district led by its chairman.")
    assert [(e.date, e.date_precision, e.countries) for e in found] == [
        (dt.date(2019, 4, 1), "month", ("BLR", "POL"))]
    assert ("Marek Olbryś", "POL") in [(a.name, a.country) for a in found[0].actors]


def test_a_subject_hung_on_an_opening_time_phrase_signs() -> None:
    # the parser made "the marshal" an apposition of "that day": the signing had no signers
    found = meetings("Earlier that day in Augustów the marshal of Podlaskie province, Jerzy "
                     "Leszczyński, and the head of the Grodno Oblast executive committee, "
                     "Vladimir Kravtsov, signed a cooperation agreement covering tourism.")
    assert [e.countries for e in found] == [("BLR", "POL")]
    assert {("Jerzy Leszczyński", "POL"), ("Vladimir Kravtsov", "BLR")} <= {
        (a.name, a.country) for a in found[0].actors}


def test_the_name_someone_is_known_by_is_who_acts() -> None:
    # "the envoy" names no one; the Polish spelling of his name does (persons.tsv)
    found = meetings("Earlier this year the envoy, known in Poland as Władimir Czuszew, also "
                     "called on the marshal of Podlaskie, Artur Kosicki, in Białystok.")
    assert [e.countries for e in found] == [("BLR", "POL")]
    assert "Vladimir Chushev" in {a.name for a in found[0].actors}


def test_a_month_the_model_joins_to_a_surname_is_a_date() -> None:
    # "February Latushka" is one place to the model and the object of "In" to the parser:
    # the talks had no subject and no month
    found = meetings("In February Latushka held talks at the ministry in Warsaw with Deputy "
                     "Foreign Minister Henryka Mościcka-Dendys.")
    assert [(e.date, e.date_precision, e.countries) for e in found] == [
        (dt.date(2019, 2, 1), "month", ("BLR", "POL"))]
    assert "Pavel Latushka" in [a.name for a in found[0].actors]


def test_an_official_met_without_a_country_is_of_the_other_side() -> None:
    text = ("On Monday Belarus notified Poland that it would close its consulate general in "
            "Gdańsk.\n\n"
            "On Friday the board of the Polish society met Consul General Siarhei Mikhnevich "
            "to thank him for years of joint work.")
    assert ({"BLR", "POL"}, dt.date(2018, 9, 28)) in [
        (set(e.countries), e.date) for e in meetings_on(text, dt.date(2018, 9, 30))]


def _mentions(text: str, published: dt.date) -> list[tuple[str, str | None, str]]:
    from pipeline.extraction.entities import find_mentions
    from pipeline.extraction.nlp import load_nlp

    found = find_mentions(load_nlp()(text), published).mentions
    return [(m.surface, m.country, m.kind) for m in found]


def test_the_un_general_assembly_is_no_general_named_assembly() -> None:
    text = ("The deputy minister spoke a week after President Andrzej Duda used his address to "
            "the 76th session of the UN General Assembly in New York to demand freedom for "
            "political prisoners in Belarus.")
    assert not [m for m in _mentions(text, dt.date(2021, 9, 28)) if "Assembly" in m[0]
                and m[2] in ("person", "role")]


def test_a_body_named_by_its_full_name_has_its_country() -> None:
    text = ("On Tuesday, a delegation of the National Assembly of Belarus held talks in Warsaw "
            "with Deputy Marshal of the Sejm Ryszard Terlecki.")
    assert ("National Assembly of Belarus", "BLR") in [
        (surface.removeprefix("the "), country)
        for surface, country, _kind in _mentions(text, dt.date(2018, 9, 20))]


def test_two_bodies_of_one_side_make_two_contacts_of_a_day() -> None:
    text = ("On Tuesday the Polish foreign ministry summoned the Belarusian chargé d'affaires "
            "and lodged a firm protest.\n\n"
            "The head of the Polish Border Guard also wrote to his Belarusian counterpart "
            "requesting an explanation.")
    found = meetings_on(text, dt.date(2021, 11, 4))
    assert [(set(e.countries), e.date) for e in found] == [({"BLR", "POL"}, dt.date(2021, 11, 2))] * 2


def test_contacts_told_on_consecutive_days_are_two_meetings() -> None:
    found = meetings_on("On Monday the Polish delegation held talks with the Grodno governor "
                        "in Grodno. On Tuesday the Polish-Belarusian working group on "
                        "cross-border cooperation met in Grodno.", dt.date(2019, 4, 4))
    assert sorted(e.date for e in found) == [dt.date(2019, 4, 1), dt.date(2019, 4, 2)]


def test_a_reception_naming_both_sides_people_is_a_contact_of_its_own_day() -> None:
    # a trip may be the talks of the next day; a host receiving a named visitor is not
    found = meetings_on("On Wednesday Pavel Latushka was received by Maciej Żywno, a deputy "
                        "speaker of the Polish Senate. On Thursday Belarusian exiles met "
                        "Polish deputies in the Sejm.", dt.date(2024, 11, 22))
    assert sorted(e.date for e in found) == [dt.date(2024, 11, 20), dt.date(2024, 11, 21)]


@pytest.mark.parametrize("between", ["\n\n", " "])
def test_a_ledes_contact_is_the_one_the_body_dates(between: str) -> None:
    # the lede's perfect tense has only the publication day; the body gives the day before,
    # in the next paragraph or in the lede's own next sentence
    found = meetings_on("Poland's foreign ministry has summoned Belarus's chargé d'affaires "
                        "over the jailing of a journalist." + between + "On Thursday Foreign "
                        "Minister Zbigniew Rau summoned the Belarusian chargé d'affaires to "
                        "the ministry.", dt.date(2022, 8, 5))
    assert [e.date for e in found] == [dt.date(2022, 8, 4)]


def test_the_two_who_met_are_the_two_people_named_before() -> None:
    found = meetings_on("Poland will keep supporting Belarusian civil society, Deputy Foreign "
                        "Minister Andrzej Szejna assured Pavel Latushka when the two met in "
                        "Warsaw on Tuesday.", dt.date(2024, 7, 17))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2024, 7, 16))]
    assert {a.name for a in found[0].actors} >= {"Andrzej Szejna", "Pavel Latushka"}


def test_a_person_received_may_be_named_by_a_pronoun() -> None:
    found = meetings_on("On Wednesday, the first day of her visit to Warsaw, Sviatlana "
                        "Tsikhanouskaya met Prime Minister Donald Tusk. Sejm Marshal Szymon "
                        "Hołownia received her the same day.", dt.date(2025, 1, 10))
    assert len(found) == 2  # two hosts, two contacts
    assert {a.name for a in found[1].actors} >= {"Szymon Hołownia", "Sviatlana Tsikhanouskaya"}


def test_the_visitors_are_the_delegation_named_before() -> None:
    found = meetings_on("A delegation from Poland's Lubelskie Voivodeship arrived in Minsk on "
                        "Thursday. On Friday the visitors held talks with the Belarusian "
                        "Chamber of Commerce and Industry.", dt.date(2019, 3, 15))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2019, 3, 15))]


def test_who_joined_a_contact_are_its_guests_not_another_contact() -> None:
    text = ("Deputy Foreign Minister Marcin Przydacz held talks with Belarus's deputy foreign "
            "minister Oleg Kravchenko in Minsk on Monday. They were joined by the Belarusian "
            "ambassador to Poland, Vladimir Chushev.")
    assert len(meetings(text)) == 1


def test_who_else_attended_a_contact_are_its_guests_not_another_contact() -> None:
    # the attendees differ from the hosts named before, yet it is the same day's talks
    text = ("A delegation of the Polish Senate led by its deputy speaker, Maria Koc, visited "
            "Grodno on Monday and was received by Foreign Minister Vladimir Makei. The talks "
            "were also attended by Poland's ambassador to Belarus, Artur Michalski, and the "
            "consul general, Jarosław Książek.")
    found = meetings(text)
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), MONDAY)]
    assert {"Maria Koc", "Artur Michalski"} <= {a.name for a in found[0].actors}


@pytest.mark.parametrize("text", [
    "Podlaskie's deputy marshal, Sebastian Łukaszewicz, received the Belarusian opposition "
    "politician Pavel Latushka at the regional government's offices on Friday.",
    "Members of the United Transitional Cabinet of Belarus spent Friday in Białystok. The "
    "marshal of Podlaskie, Artur Kosicki, received them at his office.",
])
def test_a_person_received_by_description_or_as_them_is_a_visitor(text: str) -> None:
    """"received the ... politician Pavel Latushka" (a description with the name beside it),
    "the marshal of Podlaskie, Artur Kosicki, received them" (a person receiving a group):
    contacts."""
    assert ("BLR", "POL") in [e.countries for e in meetings(text)]


def test_a_meeting_with_ones_own_minister_takes_no_side_from_the_topic() -> None:
    """"raised the Polish question at a meeting with his foreign minister": two Belarusians
    met; the topic is Poland, not a party to the meeting."""
    text = ('Lukashenko raised the "Polish question" on Tuesday at a meeting with his foreign '
            "minister, Uladzimir Makei.")
    assert ("BLR", "POL") not in [e.countries for e in meetings(text)]


@pytest.mark.parametrize("sentence", [
    "A telephone call between the two transport ministers ended the stand-off.",
    "The two transport ministers spoke by telephone during the talks.",
])
def test_the_two_ministers_are_the_two_sides_of_the_story(sentence: str) -> None:
    """Offices each state has one of, counted as two ("the two transport ministers"), are
    the two states' own: the contact is between the countries the story is about."""
    found = meetings_on("Poland and Belarus argued over road permits in October 2019. "
                        + sentence, dt.date(2019, 10, 20))
    assert [e.countries for e in found] == [("BLR", "POL")]


@pytest.mark.parametrize("sentence", [
    "The two Polish ministers met in Warsaw.",
    "The contacts, which run through the two foreign ministries, have become more intensive.",
])
def test_two_offices_of_one_country_or_off_the_contact_name_no_pair(sentence: str) -> None:
    """"The two Polish ministers" are one country's; offices in a phrase that describes the
    contact are not its parties."""
    found = meetings_on("Poland and Belarus argued over road permits in October 2019. "
                        + sentence, dt.date(2019, 10, 20))
    assert [e.countries for e in found if len(e.countries) == 2] == []


@pytest.mark.parametrize("text", [
    "Polish Foreign Minister Zbigniew Rau discussed the situation in Belarus with EU "
    "colleagues on Thursday.",
    "Polish Foreign Minister Zbigniew Rau met his EU colleagues on Thursday to discuss the "
    "situation in Belarus.",
])
def test_what_a_contact_discusses_is_no_side_of_it(text: str) -> None:
    """The object of "discuss" is the topic: neither a party nor where they met."""
    found = meetings_on(text, dt.date(2020, 11, 13))
    assert [e.countries for e in found if "BLR" in e.countries] == []


def test_a_partner_the_parser_hangs_inside_the_topic_is_still_a_party() -> None:
    found = meetings_on(
        "On 20 March Foreign Minister Uladzimir Makei of Belarus discussed the diversification "
        "of oil supplies, and possible cooperation in the field, with Piotr Naimski, the "
        "Polish government's commissioner for strategic energy infrastructure.",
        dt.date(2020, 3, 25))
    assert [e.countries for e in found] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    "Polish Foreign Minister Zbigniew Rau met OSCE officials in Vienna on Monday.",
    "Polish Foreign Minister Zbigniew Rau met his EU colleagues in Brussels on Monday.",
])
def test_the_seat_of_an_international_body_is_no_side(text: str) -> None:
    """Meeting an international body's people in its seat is no contact with the seat's
    state (where "met officials in Minsk" is one with Belarus)."""
    assert [e.countries for e in meetings_on(text, dt.date(2021, 3, 2))] == []


def test_unnamed_officials_of_a_capital_are_its_states() -> None:
    found = meetings_on("Polish Deputy Foreign Minister Marcin Przydacz met officials in Minsk "
                        "on Monday.", dt.date(2021, 3, 2))
    assert [e.countries for e in found] == [("BLR", "POL")]


def test_officials_of_both_sides_named_by_their_adjectives_act_together() -> None:
    """"Polish and Belarusian officials" names both sides as one subject: what they said
    is the pair's, and what they agreed is a contact between them."""
    published = dt.date(2018, 7, 13)
    said = events_of("Polish and Belarusian officials said on Wednesday that the border "
                     "crossing would reopen.", published)
    assert [(e.kind, e.countries) for e in said] == [("statement", ("BLR", "POL"))]
    agreed = events_of("Polish and Belarusian officials agreed on Wednesday on the wording of "
                       "a draft accord on shared rivers.", published)
    assert [(e.kind, e.countries, e.date) for e in agreed] == [
        ("meeting", ("BLR", "POL"), dt.date(2018, 7, 11))]


def test_both_sides_not_meeting_is_no_refusal_by_either() -> None:
    """A refusal needs a side that refuses; when the subject is both sides ("the Polish and
    Belarusian foreign ministers did not sit down together"), nothing happened."""
    found = events_of("The leaders' week of the UN General Assembly is over, and the Polish "
                      "and Belarusian foreign ministers did not sit down together.",
                      dt.date(2021, 9, 28))
    assert found == []
    refused = events_of("Poland's foreign minister did not sit down with Belarus's foreign "
                        "minister.", dt.date(2021, 9, 28))
    assert [e.cameo_code for e in refused] == ["125"]


def test_a_name_after_a_title_and_comma_is_the_title_wherever_the_parser_hangs_it() -> None:
    """"received in the Sejm by its marshal, Szymon Hołownia, who took over ...": the small
    model hangs the name on the verb, out of the title's phrase; it is still who received."""
    found = meetings_on("The leader of the Belarusian democratic forces was received in the "
                        "Sejm on Tuesday by its marshal, Szymon Hołownia, who took over the "
                        "chair of the lower house in November.", dt.date(2024, 1, 11))
    assert [(e.countries, e.date) for e in found] == [(("BLR", "POL"), dt.date(2024, 1, 9))]
