"""Contacts whose sides are towns and regions, "both countries" or a joint body sitting again
(meeting_sides.py), and espionage cases of the state spied for (principals.py), on
sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article, ExtractedEvent

MONDAY = dt.date(2019, 12, 9)
STORY = "Polish and Belarusian officials held talks in Warsaw on Monday. "


def meetings(text: str) -> list[ExtractedEvent]:
    return [e for e in extract(Article(text=text, published=MONDAY)) if e.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "On 2 April, Grodno hosted a session of the commission attended by officials from the "
    "Brest region and the Podlaskie and Lublin provinces.",
    "The mayors of Brest and Biała Podlaska signed a partnership agreement on Friday.",
    # putting one's signature to an agreement is signing it
    "On Friday the Belarusian town of Zhytkavichy and the Polish resort of Międzyzdroje put "
    "their signatures to a cooperation agreement.",
])
def test_towns_of_two_countries_are_the_sides_of_a_contact(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


def test_a_towns_body_written_in_lower_case_is_a_side() -> None:
    """"the Mogilev regional executive committee", "the Biała Podlaska city hall": the NER,
    seeing no capitals, leaves such a body out, and the town alone is only a place (of the
    gathering, or of the words), not a side that meets or speaks."""
    text = ("Representatives of the Mogilev regional executive committee and the Horki "
            "district administration gathered in Lenino. A Polish delegation came too.")
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]
    said = [e for e in extract(Article(
        text="Announcing the deal, the Biała Podlaska city hall called the cooperation with "
             "Brest exceptionally successful.", published=MONDAY)) if e.kind == "statement"]
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in said] == [
        ("Biała Podlaska city hall", ("BLR", "POL"))]


def test_the_town_where_it_was_held_is_no_side() -> None:
    # officials of one Belarusian region meeting in a Belarusian city: no foreign side
    assert meetings("Officials of the Grodno region met in Minsk on Friday.") == []


@pytest.mark.parametrize("text", [
    STORY + "On Friday, delegations of both countries met in Brest.",
    STORY + "In November, delegations of partner towns from both countries gathered in "
    "Molodechno for the fifth meeting of its kind.",
])
def test_both_countries_are_the_story_pair(text: str) -> None:
    found = meetings(text)
    assert len(found) == 2
    assert found[1].countries == ("BLR", "POL")
    assert found[1].date != found[0].date


def test_both_countries_needs_a_story_pair() -> None:
    assert meetings("On Friday, delegations of both countries met in Brest.") == []
    # before any event of the pair is told, the pair is the two countries the article names
    found = meetings("On Friday, delegations of both countries met in Brest. Poland wants "
                     "the Belarusian side to reopen the crossing at Połowce.")
    assert [e.countries for e in found] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    STORY + "The border services of the two countries exchange information every day.",
    STORY + "He said there were contacts between the two sides.",
])
def test_habits_and_claims_of_contacts_are_no_contact(text: str) -> None:
    assert len(meetings(text)) == 1


@pytest.mark.parametrize("text", [
    "In October 2021, the ABW arrested a Polish former border guard officer on charges of "
    "spying for the Belarusian KGB.",
    "Polish prosecutors charged a man with spying for Belarus on Tuesday.",
    "Poland detained two men suspected of working for Belarusian intelligence on Tuesday.",
])
def test_an_espionage_case_is_of_the_state_spied_for(text: str) -> None:
    found = [e for e in extract(Article(text=text, published=MONDAY))
             if e.kind in ("incident", "measure")]
    assert [(e.source_country, e.target_country) for e in found] == [("POL", "BLR")]


def test_an_ordinary_arrest_stays_domestic() -> None:
    found = extract(Article(text="Police in Warsaw arrested a man for theft on Tuesday.",
                            published=MONDAY))
    assert [e.countries for e in found] == [("POL",)]


def test_a_weekday_before_a_numbered_date_is_that_date() -> None:
    found = extract(Article(text="On Monday, 8 September, Poland's Internal Security Agency "
                                 "detained a man suspected of spying for Belarus.",
                            published=dt.date(2025, 9, 20)))
    assert [e.date for e in found] == [dt.date(2025, 9, 8)]


@pytest.mark.parametrize(("text", "country"), [
    ("Siarhei Kazlouski, head of the operational centre of the Brest border group, told "
     "reporters that contacts with Polish colleagues had improved.", "BLR"),
    ("Anna Kowalska, a deputy marshal of the Lublin province, said cooperation with "
     "Belarusian partners had grown.", "POL"),
])
def test_an_official_is_of_the_town_of_his_office(text: str, country: str) -> None:
    statements = [e for e in extract(Article(text=text, published=MONDAY))
                  if e.kind == "statement"]
    assert [(e.source_country, e.countries) for e in statements] == [
        (country, ("BLR", "POL"))]


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
    STORY + "In Minsk on 7 April, the justice ministries of the two countries signed a "
    "programme of cooperation.",
    STORY + "In June the nineteenth session took place in Rajgród.",
    STORY + "On 23 February the subcommission for interregional cooperation met in Ciechanowiec.",
    STORY + "In November the joint commission on road transport sat for two days in Minsk.",
    STORY + "Meeting in Brest on Tuesday, the commission fixed the quota for 2020.",
    STORY + "The same subcommission had met in Brest on 11 May last year.",
    STORY + "At a further sitting in October, Minsk pressed for extra permits.",
])
def test_a_standing_joint_body_sitting_again_is_the_story_pair(text: str) -> None:
    assert [e.countries for e in meetings(text)][1:] == [("BLR", "POL")]


def test_a_bilateral_contact_with_one_side_named_is_with_the_storys_other_side() -> None:
    # the first event of the story: the other side is the article's other country
    text = ("Marcin Przydacz, Poland's deputy foreign minister, came back from Belarus on "
            "Friday. The centrepiece was a round of bilateral consultations with Belarus's "
            "deputy foreign minister, Oleg Kravchenko, in Minsk on Thursday.")
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]
    # a contact not called bilateral names only its own side
    assert meetings(text.replace("bilateral ", "")) == []


def test_a_minority_activist_is_of_the_state_the_minority_lives_in() -> None:
    # so the president's two contacts of the day, with the exile leader and with the
    # minority's activists, have different people on the Belarusian side: two meetings
    found = meetings("On Friday President Duda received Belarusian opposition leader "
                     "Sviatlana Tsikhanouskaya in Warsaw. Duda also met Irena Biernacka and "
                     "Anna Paniszewa, activists of the Polish minority in Belarus.")
    assert len(found) == 2
    assert ("Irena Biernacka", "BLR") in [(a.name, a.country) for a in found[1].actors]


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


@pytest.mark.parametrize("text", [
    "Polish diplomats laid flowers alongside the local officials in Grodno on Friday.",
    STORY + "On Friday staff of the Polish embassy laid wreaths together with regional and "
    "district officials.",
    # "local Poles" in Grodno are the Polish minority there, Belarus's side
    "In Grodno on Friday, local Poles and staff of the Polish consulate general paid tribute "
    "to the city's defenders.",
])
def test_local_officials_at_a_ceremony_are_the_people_of_where_it_happens(text: str) -> None:
    # the local group names no country: that of the place, or the story's other side
    assert [e.countries for e in meetings(text) if e.cameo_code == "043"] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    "Białystok now has a Free Belarus Square. The plaque was unveiled on Friday by Mayor "
    "Tadeusz Truskolaski and Sviatlana Tsikhanouskaya, the exiled Belarusian leader.",
    "The gala was held in Białystok on Friday. Marshal Artur Kosicki handed the Belarusian "
    "writer Uladzimir Arlou the prize.",
])
def test_a_local_office_holder_of_no_country_is_of_the_place(text: str) -> None:
    # a mayor, marshal or council chairman serves the place the article has set the scene in
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    # the scene is Poland, and so is the visitor: one side
    "Białystok now has a Free Belarus Square. On Friday Mayor Tadeusz Truskolaski met Polish "
    "diplomats there.",
    # a place that describes the writer is not where the prize was handed over
    "Uladzimir Arlou is a Polotsk-born Belarusian writer. Marshal Artur Kosicki handed Arlou "
    "the prize on Friday.",
])
def test_a_local_office_holder_gets_no_side_the_scene_does_not_give(text: str) -> None:
    assert [e.countries for e in meetings(text) if len(e.countries) == 2] == []


def test_the_name_someone_is_known_by_is_who_acts() -> None:
    # "the envoy" names no one; the Polish spelling of his name does (persons.tsv)
    found = meetings("Earlier this year the envoy, known in Poland as Władimir Czuszew, also "
                     "called on the marshal of Podlaskie, Artur Kosicki, in Białystok.")
    assert [e.countries for e in found] == [("BLR", "POL")]
    assert "Vladimir Chushev" in {a.name for a in found[0].actors}


def test_one_sides_people_honouring_graves_alone_are_still_no_contact() -> None:
    assert meetings("Polish diplomats laid flowers at the graves in Grodno on Friday.") == []


@pytest.mark.parametrize("text", [
    "The Polish consul laid flowers together with the Union of Poles in Belarus in Lida on "
    "Saturday.",
    "Polish consul Jarosław Książek laid flowers with Belarusian officials in Lida on "
    "Saturday.",
    "The Polish consul unveiled a plaque in Lida on Saturday in the presence of officials "
    "of the Grodno regional executive committee.",
])
def test_who_honours_graves_with_the_doers_is_a_doer_too(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


def test_graves_honoured_in_the_company_of_ones_own_side_are_no_contact() -> None:
    # the place and whom they honour are no partner: one side alone
    assert meetings("The Polish consul laid flowers with Polish veterans at the graves of "
                    "Belarusian partisans in Lida on Saturday.") == []


def test_a_month_the_model_joins_to_a_surname_is_a_date() -> None:
    # "February Latushka" is one place to the model and the object of "In" to the parser:
    # the talks had no subject and no month
    found = meetings("In February Latushka held talks at the ministry in Warsaw with Deputy "
                     "Foreign Minister Henryka Mościcka-Dendys.")
    assert [(e.date, e.date_precision, e.countries) for e in found] == [
        (dt.date(2019, 2, 1), "month", ("BLR", "POL"))]
    assert "Pavel Latushka" in [a.name for a in found[0].actors]


def test_a_building_in_a_town_places_the_contact_there() -> None:
    # "their hosts" have no country: the contact's place gives the host side
    found = meetings("On Wednesday two vice-rectors from the Belarusian university sat down "
                     "with their hosts at the rector's office in Gdańsk.")
    assert [(e.countries, e.location) for e in found] == [(("BLR", "POL"), "Gdańsk")]


def test_a_body_named_after_its_country_is_no_place() -> None:
    found = meetings("Poland's chargé d'affaires was summoned to the Ministry of Foreign "
                     "Affairs of Belarus on Friday.")
    assert [e.location for e in found] != ["Belarus"]


def test_an_opening_participle_is_a_verb() -> None:
    # the tagger calls "Meeting" a noun, the parser an adverbial clause of "fixed"
    from pipeline.extraction.nlp import load_nlp

    doc = load_nlp()(STORY + "Meeting in Brest on Tuesday, the commission fixed the quota.")
    meeting = next(t for t in doc if t.text == "Meeting")
    assert (meeting.pos_, meeting.tag_, meeting.lemma_) == ("VERB", "VBG", "meet")


def test_a_body_that_sits_is_in_session() -> None:
    # "sat" is a meeting of a commission or committee, not of a court or of one person
    text = ("The Polish-Belarusian commission on road transport sat for two days in Warsaw. "
            "The court sat in Grodno on Tuesday. The minister sat in the front row.")
    assert [e.evidence.split(" sat")[0] for e in meetings(text)] == [
        "The Polish-Belarusian commission on road transport"]


@pytest.mark.parametrize("text", [
    STORY + "A week earlier, Duda spoke at the 76th session of the UN General Assembly.",
    STORY + "Officials of the regional executive committee met on Friday in Grodno.",
])
def test_a_session_of_another_body_or_a_local_committee_is_no_contact(text: str) -> None:
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


@pytest.mark.parametrize("text", [
    "On 23-24 September the Polish-Belarusian joint commission on road transport agreed a "
    "preliminary exchange of permits.",
    "On Monday the two sides agreed to restore the bus service between Brest and Terespol, "
    "after talks in Warsaw between Polish and Belarusian officials.",
])
def test_a_joint_agreement_and_the_talks_before_it_are_a_contact(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


def test_one_side_agreeing_is_no_contact() -> None:
    assert meetings("On Monday the Polish government agreed to build a fence.") == []


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


def test_handing_something_to_the_other_side_is_a_contact() -> None:
    text = ("During a visit to Warsaw in October 2016, Belarusian Foreign Minister Uladzimir "
            "Makei handed the Polish side a list of victims of Stalinist repression.")
    found = [e for e in extract(Article(text=text, published=dt.date(2018, 2, 1)))
             if e.kind == "meeting"]
    assert [(set(e.countries), e.date, e.date_precision) for e in found] \
        == [({"BLR", "POL"}, dt.date(2016, 10, 1), "month")]


def meetings_on(text: str, published: dt.date) -> list[ExtractedEvent]:
    return [e for e in extract(Article(text=text, published=published)) if e.kind == "meeting"]


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


def test_a_ledes_contact_is_the_one_the_body_dates() -> None:
    # the lede's perfect tense has only the publication day; the body gives the day before
    found = meetings_on("Poland's foreign ministry has summoned Belarus's chargé d'affaires "
                        "over the jailing of a journalist.\n\nOn Thursday Foreign Minister "
                        "Zbigniew Rau summoned the Belarusian chargé d'affaires to the "
                        "ministry.", dt.date(2022, 8, 5))
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


def test_a_minority_met_is_of_the_state_it_lives_in() -> None:
    # the brief counts a meeting with the other side's minority leaders as a contact
    text = ("President Andrzej Duda met Irena Biernacka and Anna Paniszewa, activists of the "
            "Polish minority in Belarus, on Friday.")
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


@pytest.mark.parametrize("text", [
    "President Andrzej Duda met representatives of Poland's Belarusian minority on Monday.",
    "President Andrzej Duda met representatives of the Belarusian minority in Poland on Monday.",
])
def test_meeting_ones_own_states_minority_is_no_contact_with_its_kin_state(text: str) -> None:
    assert [e for e in extract(Article(text=text, published=dt.date(2021, 6, 8)))
            if e.kind == "meeting" and len(e.countries) == 2] == []


def test_meeting_the_kin_minority_abroad_is_a_contact_with_its_state() -> None:
    found = extract(Article(text="President Andrzej Duda met activists of the Polish minority "
                                 "in Belarus on Monday.", published=dt.date(2021, 6, 8)))
    assert [e.countries for e in found if e.kind == "meeting"] == [("BLR", "POL")]


def test_a_kin_minority_the_text_does_not_place_lives_where_the_story_is() -> None:
    # the minority lives outside its kin state: here, in the Belarus the visitor is in
    text = ("Deputy Foreign Minister Marcin Przydacz held talks with Belarusian officials on "
            "Wednesday. On Thursday he sat down with representatives of the Polish minority.")
    found = extract(Article(text=text, published=dt.date(2019, 5, 17)))
    assert [e.countries for e in found if e.kind == "meeting"
            and "minority" in (e.evidence or "")] == [("BLR", "POL")]


def test_a_minority_body_is_of_the_state_it_lives_in_whatever_its_name_says() -> None:
    # the society's name says Belarusian, its apposition that it lives in Poland; putting
    # contacts on hold is cutting them, not a contact (and the acronym's bracket is no name)
    found = extract(Article(text="The Belarusian Social and Cultural Society (BTSK), the "
                                 "largest organisation of the Belarusian minority in Poland, "
                                 "has decided to put its contacts with the authorities in "
                                 "Minsk on hold.", published=dt.date(2022, 5, 4)))
    assert [(e.kind, e.cameo_code, e.countries) for e in found] == [
        ("measure", "161", ("BLR", "POL"))]
    assert ("Belarusian Social and Cultural Society", "POL") in [
        (a.name, a.country) for a in found[0].actors]


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


def test_agreeing_at_a_meeting_is_the_contact() -> None:
    text = ("Belarus's environment minister Andrei Khudyk and Poland's ambassador Artur "
            "Michalski agreed at a working meeting in Minsk on Friday to expand cooperation.")
    assert [(e.countries, e.cameo_code) for e in meetings(text)] == [(("BLR", "POL"), "057")]


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


def test_a_voivodeships_marshal_is_polish() -> None:
    """Polish voivodeships are places of Poland (places.tsv), so the marshal of one is a
    Polish official and his talks with a Belarusian are a Belarus-Poland contact."""
    text = "The marshal of Podlaskie, Artur Kosicki, met Pavel Latushka on Monday."
    found = extract(Article(text=text, published=dt.date(2024, 1, 16)))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]


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


@pytest.mark.parametrize(("text", "body"), [
    ("The Grodno Regional Executive Committee received a delegation of Polish mayors on "
     "Friday.", "Grodno Regional Executive Committee"),
    ("On Friday the Oshmyany District Executive Committee hosted the Polish consul.",
     "Oshmyany District Executive Committee"),
])
def test_a_towns_own_body_is_an_actor_of_the_towns_country(text: str, body: str) -> None:
    # the town is a place, never an actor; the body named after it is, and is of its country
    found = meetings(text)
    assert [e.countries for e in found] == [("BLR", "POL")]
    actors = {(a.name, a.country) for a in found[0].actors}
    assert (body, "BLR") in actors


@pytest.mark.parametrize("text", [
    "The Polish consul joined Belarusian officials in Grodno on Sunday.",
    "Polish diplomats from Minsk and Grodno joined local officials in a village near Grodno "
    "on Sunday to mark the birthday of the singer.",
])
def test_joining_the_other_sides_officials_is_a_contact(text: str) -> None:
    # the officials are of the place they are local to
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


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
