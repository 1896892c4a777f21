"""Contacts whose sides are towns and regions, "both countries", a minority, a joint body
sitting again or two sides agreeing (meeting_sides.py), and espionage cases of the state
spied for (principals.py), on sentences of our own (which other acts are contacts:
test_extraction_contact_acts.py; who met and when: test_extraction_contact_parties.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article
from tests.sentence_helpers import MONDAY, STORY, meetings


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


@pytest.mark.parametrize("text", [
    "The Polish embassy in Minsk marked the centenary of the Polish police on 28 November. "
    "Officers of the Belarusian Interior Ministry, led by Col Mikhail Starikovich, were "
    "among the guests.",
    "The Polish Social School in Baranowicze marked the anniversary on Tuesday, with "
    "Poland's consul general in Brest among its guests.",
])
def test_one_sides_people_among_the_guests_are_guests_of_the_other(text: str) -> None:
    """A guest has a host: one side's people among the guests were guests of the place's
    country, or else of the story's other side."""
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


def test_guests_of_no_named_side_are_no_contact() -> None:
    text = "The Polish embassy held a reception on Monday. Many guests came."
    assert meetings(text) == []


def test_a_minority_activist_is_of_the_state_the_minority_lives_in() -> None:
    # so the president's two contacts of the day, with the exile leader and with the
    # minority's activists, have different people on the Belarusian side: two meetings
    found = meetings("On Friday President Duda received Belarusian opposition leader "
                     "Sviatlana Tsikhanouskaya in Warsaw. Duda also met Irena Biernacka and "
                     "Anna Paniszewa, activists of the Polish minority in Belarus.")
    assert len(found) == 2
    assert ("Irena Biernacka", "BLR") in [(a.name, a.country) for a in found[1].actors]


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


def test_one_sides_people_honouring_graves_alone_are_still_no_contact() -> None:
    assert meetings("Polish diplomats laid flowers at the graves in Grodno on Friday.") == []


@pytest.mark.parametrize("text", [
    "The Polish consul laid flowers together with the Union of Poles in Belarus in Lida on "
    "Saturday.",
    "Polish consul Jarosław Książek laid flowers with Belarusian officials in Lida on "
    "Saturday.",
    "The Polish consul unveiled a plaque in Lida on Saturday in the presence of officials "
    "of the Grodno regional executive committee.",
    # (the parser hangs "together with" on the memorial)
    "Representatives of the Polish embassy in Minsk laid flowers at the memorial together "
    "with Belarusian officials on Saturday.",
])
def test_who_honours_graves_with_the_doers_is_a_doer_too(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


def test_graves_honoured_in_the_company_of_ones_own_side_are_no_contact() -> None:
    # the place and whom they honour are no partner: one side alone
    assert meetings("The Polish consul laid flowers with Polish veterans at the graves of "
                    "Belarusian partisans in Lida on Saturday.") == []


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
    "On 23-24 September the Polish-Belarusian joint commission on road transport agreed a "
    "preliminary exchange of permits.",
    "On Monday the two sides agreed to restore the bus service between Brest and Terespol, "
    "after talks in Warsaw between Polish and Belarusian officials.",
])
def test_a_joint_agreement_and_the_talks_before_it_are_a_contact(text: str) -> None:
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]


def test_one_side_agreeing_is_no_contact() -> None:
    assert meetings("On Monday the Polish government agreed to build a fence.") == []


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


def test_agreeing_at_a_meeting_is_the_contact() -> None:
    text = ("Belarus's environment minister Andrei Khudyk and Poland's ambassador Artur "
            "Michalski agreed at a working meeting in Minsk on Friday to expand cooperation.")
    assert [(e.countries, e.cameo_code) for e in meetings(text)] == [(("BLR", "POL"), "057")]


def test_a_voivodeships_marshal_is_polish() -> None:
    """Polish voivodeships are places of Poland (places.tsv), so the marshal of one is a
    Polish official and his talks with a Belarusian are a Belarus-Poland contact."""
    text = "The marshal of Podlaskie, Artur Kosicki, met Pavel Latushka on Monday."
    found = extract(Article(text=text, published=dt.date(2024, 1, 16)))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]


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


@pytest.mark.parametrize(("text", "speaker"), [
    ("Polish minister Adam Kwiatkowski visited Hrodna on Sunday. Poland wants every child to "
     "be able to study in Polish, he told his hosts.", "POL"),
    ("Belarusian opposition politician Pavel Latushka visited Lublin on Sunday. Latushka asked "
     "his hosts not to lose sight of the difference between the regime and society.", "BLR"),
])
def test_words_told_to_the_hosts_of_a_visit_go_to_the_other_side(text: str,
                                                                  speaker: str) -> None:
    """"He told his hosts": the hosts of a visit are the people of the place visited, or
    else the speaker's other side, so the words are between the two countries."""
    said = [e for e in extract(Article(text=text, published=MONDAY)) if e.kind == "statement"]
    assert [(e.source_country, e.countries) for e in said] == [(speaker, ("BLR", "POL"))]


@pytest.mark.parametrize(("text", "pair"), [
    ("The old town of Lida lies south of Grodno. On Monday Poland's consul general Jarosław "
     "Książek met the town's Polish community.", ("BLR", "POL")),
    ("Sviatlana Tsikhanouskaya came to Białystok on Monday. She met the region's Belarusian "
     "minority.", ("BLR", "POL")),
])
def test_a_community_of_the_place_lives_in_its_country(text: str,
                                                       pair: tuple[str, str]) -> None:
    """"The city's Polish community", "the region's Belarusian minority": the people of the
    place the story is in, citizens of its country as a minority is of the state it lives
    in, so a visitor from the other side meets the other side."""
    assert [e.countries for e in meetings(text) if len(e.countries) == 2] == [pair]


def test_members_of_parliament_of_no_country_are_of_the_other_side() -> None:
    """"Labiedźka met deputies and senators": members of a parliament named with no country
    are of the parliament where the contact happens, here the story's other side."""
    text = ("Poland is a close ally of Belarus's democratic opposition. Anatol Labiedźka, an "
            "adviser to Sviatlana Tsikhanouskaya, met deputies and senators on Monday.")
    assert [e.countries for e in meetings(text)] == [("BLR", "POL")]
