"""Who speaks when the text names the speaker by title, office or body: a diplomat and the
state he is posted to, a role or ministry named again, a state answering as its government,
and names the tagger misses, splits or spells another way.  On sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article
from tests.sentence_helpers import (
    TUESDAY,
    events_of,
    measures,
    pair_speakers,
    speaker_of,
    speakers,
    statements,
)


def test_the_ministry_in_a_capital_is_that_capitals_ministry() -> None:
    text = ("On Wednesday Poland's foreign ministry protested. On Thursday the Belarusian "
            "foreign ministry summoned the Polish chargé d'affaires.\n\nOn Friday the ministry "
            "in Warsaw reacted to reports that crosses had disappeared from Polish graves in "
            "Belarus. Poland looks after the graves of Red Army soldiers, it noted, while "
            "Belarus fails to meet the same standard.")
    assert speakers(text)[-1] == "Ministry of Foreign Affairs of Poland"


@pytest.mark.parametrize("text", [
    "Poland's ambassador to Belarus, Artur Michalski, said the festival was an important event "
    "that helped the two peoples understand each other better.",
    "Artur Michalski, Poland's ambassador in Minsk, said the festival was good for relations.",
])
def test_a_diplomat_speaking_of_the_relation_speaks_of_the_state_he_is_posted_to(
        text: str) -> None:
    assert pair_speakers(text) == {"Artur Michalski"}


def test_a_diplomat_speaking_of_his_own_country_speaks_of_it_alone() -> None:
    # no word of the relation: the posting does not make it a statement about Belarus
    said = statements("Poland's ambassador to Belarus, Artur Michalski, said Polish culture "
                      "was rich and varied.")
    assert [e.countries for e in said] == [("POL",)]


def test_a_diplomats_words_naming_no_country_are_about_the_state_he_is_posted_to() -> None:
    # a consul general's title hangs its posting on "general", not on "consul"
    said = statements("Jarosław Książek, Poland's consul general in Grodno, said remembering "
                      "the city's defenders was a tradition the consulate cherished.")
    assert [e.countries for e in said] == [("BLR", "POL")]


def test_the_minister_named_again_is_the_minister_named_before() -> None:
    # the earlier "minister" has a country word ("Poland's") and a holder: the holder speaks
    text = ("Poland's defence minister, Mariusz Błaszczak, said on Twitter that soldiers had "
            "begun putting up fortifications on the border with Belarus.\n\n"
            "A week earlier the minister announced stronger security on the borders with "
            "Russia and Belarus.")
    assert pair_speakers(text) == {"Mariusz Błaszczak"}


def test_remarks_in_two_towns_on_one_day_are_two_statements_about_what_they_name() -> None:
    text = ("In Tallinn on Sunday, Polish Prime Minister Mateusz Morawiecki said Belarus was "
            "waging a hybrid war against Poland.\n\n"
            "In Vilnius, standing next to Lithuanian Prime Minister Ingrida Šimonytė, Morawiecki "
            "warned that Minsk might escalate against Poland.")
    said = statements(text)
    # the town he spoke in is where, not whom, he spoke about; each town is an occasion
    assert sorted((e.countries, e.location) for e in said) == [
        (("BLR", "POL"), "Tallinn"), (("BLR", "POL"), "Vilnius")]


def test_a_hyphenated_surname_keeps_its_spelling() -> None:
    """The tokenizer splits "Schmidt-Rodziewicz" in three; the speaker is named as written."""
    said = speakers("Anna Schmidt-Rodziewicz, a Polish government envoy, said on Tuesday "
                    "that Warsaw wanted better relations with Minsk.")
    assert said == ["Anna Schmidt-Rodziewicz"]


def test_a_title_posted_to_a_country_is_the_whole_title() -> None:
    """"Ambassador of Belarus to Poland Vladimir Chushev said": the parser hangs the name on
    "to"; the title is all of "Ambassador of Belarus to Poland", not "Poland"."""
    said = statements("Trade between Belarus and Poland is recovering, Ambassador of Belarus "
                      "to Poland Vladimir Chushev said in an interview on Tuesday.")
    assert [(speaker_of(e), e.speaker.title if e.speaker else None, e.speaker.country
             if e.speaker else None) for e in said] == [
        ("Vladimir Chushev", "Ambassador of Belarus to Poland", "BLR")]


@pytest.mark.parametrize("later", [
    "According to the diplomat, Minsk wanted better relations with Warsaw.",
    "The diplomat said Minsk wanted better relations with Warsaw.",
])
def test_the_diplomat_is_the_envoy_named_before(later: str) -> None:
    """"the diplomat" names no title of its own: it is the last ambassador, envoy, chargé or
    consul named (here the Polish ambassador, not the minister between them)."""
    said = statements("Poland's ambassador in Minsk, Artur Michalski, met Foreign Minister "
                      f"Vladimir Makei on Monday.\n\n{later}")
    assert [speaker_of(e) for e in said] == ["Artur Michalski"]


@pytest.mark.parametrize("text", [
    "The state agency BelTA quoted Foreign Minister Vladimir Makei as telling RT Arabic that "
    "Minsk would answer any NATO build-up in Poland.",
    "Interfax quoted Alexander Lukashenko as saying that Poland was preparing for war.",
])
def test_the_one_quoted_as_saying_speaks(text: str) -> None:
    """"X quoted Y as saying": Y speaks; the agency only reports it."""
    assert [(speaker_of(e), e.countries) for e in statements(text)] in (
        [("Uladzimir Makei", ("BLR", "POL"))], [("Alyaksandr Lukashenka", ("BLR", "POL"))])


def test_a_quotes_speaker_is_the_name_after_a_diplomats_posting() -> None:
    text = ('"We will keep visiting the graves of Polish soldiers," Poland\'s chargé '
            "d'affaires in Minsk, Marcin Wojciechowski, told reporters on Monday.")
    found = statements(text)
    assert [(speaker_of(e), e.countries) for e in found] \
        == [("Marcin Wojciechowski", ("BLR", "POL"))]


def test_a_body_named_again_by_its_description_speaks() -> None:
    text = ("Mikhail Myasnikovich, who chairs the Council of the Republic, the upper house of "
            "Belarus's parliament, met Poland's ambassador on Monday. The upper house said "
            "parliaments had a role to play in strengthening Belarusian-Polish relations.")
    found = [e for e in statements(text) if e.countries == ("BLR", "POL")]
    assert [speaker_of(e) for e in found] == ["Council of the Republic of Belarus"]


def test_belarus_customs_committee_is_a_belarusian_body() -> None:
    text = ("The State Customs Committee said Polish hauliers had become hostages of "
            "Warsaw's decision to close the border.")
    found = [e for e in statements(text) if e.countries == ("BLR", "POL")]
    assert [speaker_of(e) for e in found] == ["State Customs Committee of Belarus"]


def test_the_kin_state_speaking_of_a_minority_leader_speaks_of_his_state() -> None:
    text = ("Ministry spokesman Paweł Wroński said on Monday that Andrzej Poczobut was not "
            "among the prisoners freed.")
    assert [(speaker_of(e), e.countries) for e in statements(text)] \
        == [("Paweł Wroński", ("BLR", "POL"))]


def test_the_role_named_again_is_the_person_its_first_mention_named() -> None:
    """"Latushka met the governor of Podlaskie, Artur Kosicki ... thanked the governor": the
    governor is Kosicki (the name the parser hangs on the place after "of"), so the thanks
    are about Poland."""
    text = ("Pavel Latushka met the governor of Podlaskie, Artur Kosicki, on Monday. "
            "Latushka thanked the governor for setting up the centre.")
    found = [e for e in statements(text) if "thanked" in (e.evidence or "")]
    assert [e.countries for e in found] == [("BLR", "POL")]


def test_a_forum_named_after_a_title_word_is_no_person() -> None:
    """"the Warsaw Security Forum": "Security" is a title word, but "Forum" heads the name
    of a gathering, not a person's, so the contact is Duda's with Tsikhanouskaya alone."""
    text = ("On Tuesday, on the sidelines of the Warsaw Security Forum, President Andrzej "
            "Duda received Sviatlana Tsikhanouskaya.")
    found = [e for e in extract(Article(text=text, published=TUESDAY)) if e.kind == "meeting"]
    assert [e.countries for e in found] == [("BLR", "POL")]
    assert all(a.name != "Forum" for e in found for a in e.actors)


def test_the_leader_of_a_countrys_opposition_is_not_its_head_of_state() -> None:
    """"the leader of Belarus's democratic opposition" is not Lukashenka: the country names
    the opposition, not the leader's state."""
    text = ("At the voivodeship office the leader of Belarus's democratic opposition was "
            "received by Voivode Bohdan Paszkowski on Monday.")
    found = [e for e in extract(Article(text=text, published=TUESDAY)) if e.kind == "meeting"]
    assert [e.countries for e in found] == [("BLR", "POL")]
    assert all("Lukashenka" not in a.name for e in found for a in e.actors)


def test_the_polish_spelling_of_latushka_is_latushka() -> None:
    text = "Łatuszka said on Monday that Poland had been a true friend to Belarusians."
    assert speakers(text) == ["Pavel Latushka"]


def test_a_dateline_city_is_no_speaker() -> None:
    """"WARSAW, Dec 7 - Belarus on Tuesday rejected an allegation by Poland's Border Guard":
    Belarus speaks, and neither the city the report was filed from nor the Border Guard."""
    text = ("WARSAW, Dec 7 - Belarus on Tuesday rejected an allegation by Poland's Border Guard "
            "that Belarusian officers had thrown firecrackers at the frontier.")
    found = [e for e in extract(Article(text=text, published=dt.date(2021, 12, 7)))
             if e.kind == "statement"]
    assert found and all(e.source_country == "BLR" for e in found)


def test_an_envoy_summoned_and_handed_a_protest_received_it() -> None:
    """"was summoned ... and handed a strong protest": the envoy received the protest; he
    does not speak it."""
    text = ("MINSK, Nov 3 – Poland's chargé d'affaires in Minsk, Marcin Wojciechowski, was "
            "summoned to the Belarusian Foreign Ministry on Friday and handed a strong protest "
            "over another violation of the border.")
    found = extract(Article(text=text, published=dt.date(2023, 11, 3)))
    assert all(speaker_of(e) != "Marcin Wojciechowski" for e in found)


@pytest.mark.parametrize(("text", "speaker"), [
    ("On Friday it was the turn of Konfederacja. At a press conference in the Sejm, MP "
     "Grzegorz Braun said that if the reports were "
     "confirmed, Surkonty would mark the lowest point yet in relations between Poland and "
     "Belarus.", "Grzegorz Braun"),
    ("On Sunday the deputy speaker of the Sejm, Piotr Zgorzelski of the Polish People's Party, "
     "said defending the border against Belarus was the state's duty.", "Piotr Zgorzelski"),
])
def test_a_name_beside_a_title_is_a_person(text: str, speaker: str) -> None:
    """A name the small model misses or calls an organisation is a person when a title stands
    before it ("MP Grzegorz Braun") or beside it ("the deputy speaker of the Sejm, Piotr
    Zgorzelski")."""
    found = statements(text)
    assert [(speaker_of(e), e.countries) for e in found] == [(speaker, ("BLR", "POL"))]


def test_a_title_before_an_institutions_name_announces_no_person() -> None:
    """"the International Civil Aviation Organization": a body, so the "his" and "he" that
    follow are the people the text named."""
    text = ("Salvatore Sciacchitano, who presides over the council of the International Civil "
            "Aviation Organization, presented the findings on Monday. Poland's envoy Krzysztof "
            "Szczerski welcomed the report. In his view, Minsk had one motive only: to seize the "
            "activist Raman Pratasevich, who was on board. He called the incident an example of "
            "the danger Belarus posed to Poland.")
    found = [e for e in statements(text) if "He called" in (e.evidence or "")]
    assert [speaker_of(e) for e in found] == ["Krzysztof Szczerski"]


def test_no_person_is_read_into_an_institutions_name() -> None:
    from pipeline.extraction.entities import find_mentions
    from pipeline.extraction.nlp import load_nlp

    doc = load_nlp()("Salvatore Sciacchitano, who presides over the council of the "
                     "International Civil Aviation Organization, presented the findings.")
    people = [m.name for m in find_mentions(doc, TUESDAY).mentions if m.kind == "person"]
    assert people == ["Salvatore Sciacchitano"]


def test_the_former_prime_minister_is_the_prime_minister_named() -> None:
    text = ("Donald Tusk set the tone on Friday. Speaking at a forum run by Rafał Trzaskowski's "
            "movement, the former prime minister spoke about the migrants at the Belarusian "
            "border. He argued that Lukashenko wanted to destabilise Poland.")
    assert "Rafał Trzaskowski" not in speakers(text)


@pytest.mark.parametrize("text", [
    "Poland's ambassador to the United Nations told the Security Council on Monday that the "
    "region would see no stability until Belarus becomes a democracy.",
    # a dateline that names a body, not a city, is where the report was filed from
    "UNITED NATIONS, Nov 1 – Poland's ambassador to the United Nations told the Security "
    "Council on Monday that the region would see no stability until Belarus becomes a "
    "democracy.",
])
def test_the_body_an_envoy_is_posted_to_does_not_speak(text: str) -> None:
    said = [e for e in statements(text) if "BLR" in e.countries]
    assert said and all(speaker_of(e) != "United Nations" for e in said)
    assert all(e.source_country == "POL" for e in said)


@pytest.mark.parametrize(("text", "said"), [
    ("The Polish Border Guard said 39 people had tried to cross illegally from Belarus over the "
     "previous 24 hours.", False),
    ("Poland's deputy interior minister said that 116 Belarusians had arrived in Poland on "
     "humanitarian visas since August.", False),
    # the guard: an act with a doer is what the speaker says, whatever it counts
    ("The Polish Border Guard said Belarusian soldiers had pushed 40 migrants towards the "
     "fence.", True),
    # and a count of people harmed is a report of violence, not figures
    ("Belarus's State Border Committee said eight migrants were beaten at the Polish "
     "border.", True),
    # a count or a list as the object of a reporting verb is a tally too
    ("The Polish Border Guard reports two more incidents on the border with Belarus.", False),
    ("The Polish Border Guard reports that Belarusian services are still helping migrants "
     "across the border.", True),
    # a count the model read as part of the date before it ("On Wednesday 71")
    ("On Wednesday 71 people tried to get into Poland illegally from Belarus, the Polish "
     "Border Guard reported.", False),
    # figures told by an "according to" phrase, and a sum or share of trade, are figures too
    ("According to the Belarusian president's press service, almost 370,000 Polish citizens "
     "have used the visa-free scheme in Belarus so far.", False),
    ("Belarus's customs committee said Polish exports to Belarus had fallen by 20 percent "
     "this year.", False),
    ("Belarus's customs committee said Polish exporters were losing the Belarusian market "
     "through Warsaw's own fault.", True),
])
def test_an_official_giving_figures_makes_no_statement(text: str, said: bool) -> None:
    found = [e for e in statements(text) if e.pair == ("BLR", "POL")]
    assert bool(found) == said


@pytest.mark.parametrize(("text", "body"), [
    ("Illegal migration is still being supported by the Belarusian services, the Podlasie "
     "Border Guard says.", "Border Guard of Poland"),
    ("Polish services are pushing migrants back across the fence, the Grodno Border Guard "
     "says.", "State Border Committee of Belarus"),
])
def test_a_regional_branch_is_its_regions_states_body(text: str, body: str) -> None:
    # a state body named with a region or town of one state ("the Podlasie Border Guard")
    # is that state's: its words are one side's, about the other
    found = statements(text)
    assert [(speaker_of(e), e.countries) for e in found] == [(body, ("BLR", "POL"))]


def test_the_office_a_name_is_presented_as_gives_its_side() -> None:
    found = statements(
        "Belavia, the state airline, was still flying over Germany.\n\n"
        "On Thursday it was the turn of Adam Krzywosądzki, presented by the broadcaster Rudaw "
        "as Poland's chargé d'affaires, who spoke to its correspondent in Washington. "
        "Krzywosądzki told Rudaw that Lukashenka's regime was using the migrants as a weapon.")
    told = next(e for e in found if speaker_of(e) == "Adam Krzywosądzki")
    assert told.source_country == "POL"
    assert told.countries == ("BLR", "POL")


def test_the_ministry_of_the_capital_a_clause_opens_with() -> None:
    found = statements("Poland's foreign ministry said on Monday that Minsk was to blame.\n\n"
                       "In Minsk, the foreign ministry used a commentary on Tuesday to caution "
                       "Warsaw against staging provocations.")
    assert [speaker_of(e) for e in found] == ["Ministry of Foreign Affairs of Poland",
                                              "Ministry of Foreign Affairs of Belarus"]


def test_a_name_a_chargé_d_affaires_title_introduces_speaks() -> None:
    # the parser tags "chargé" as an adjective; "d'affaires" is the title word beside the name
    text = ("Artem Tozik, chargé d'affaires of Belarus's permanent mission to the United "
            "Nations, told the council that Poland was escalating tensions.")
    assert pair_speakers(text) == {"Artem Tozik"}


def test_the_minister_is_not_the_prime_minister_named_in_passing() -> None:
    # "the minister" goes back to Dworczyk, the head of the chancellery, not to Morawiecki,
    # whom a text would call "the prime minister"
    text = ("Volha Kovalkova spoke at a joint press conference with Michał Dworczyk, who runs "
            "the chancellery of Prime Minister Mateusz Morawiecki. The minister said she had "
            "crossed into Poland in dramatic circumstances. \"We demand that the Belarusian "
            "authorities put an end to political repression,\" he said.")
    assert "Mateusz Morawiecki" not in speakers(text)


def test_a_local_office_holder_speaks_for_the_side_of_the_scene() -> None:
    # a mayor the text names without a country is of the town the article is set in
    found = statements("Białystok marked the anniversary on Saturday. Mayor Tadeusz "
                       "Truskolaski said the city stood with the Belarusians and that "
                       "Lukashenko had rigged the election.")
    assert [(speaker_of(e), e.source_country, e.countries) for e in found] == [
        ("Tadeusz Truskolaski", "POL", ("BLR", "POL"))]


def test_before_any_event_an_official_of_no_country_is_of_the_articles_other_country(
) -> None:
    # speaking about one side, as the article's first event: of the other side it names
    said = statements("Anna Nowicka, the prime minister's plenipotentiary for start-ups, said "
                      "on Monday that Belarusian tech firms had asked for help. The scheme is "
                      "run from an office in Warsaw.")
    assert ("BLR", "POL") in [e.countries for e in said]
    # met by one side: of the other
    found = extract(Article(text="Teachers from Poland met Consul General Ivan Sidorenko in "
                                 "Białystok on Monday. Belarus opened its consulate in the "
                                 "city in 1992.", published=dt.date(2021, 3, 29)))
    assert [e.countries for e in found if e.kind == "meeting"] == [("BLR", "POL")]


@pytest.mark.parametrize("answer", ["Minsk denied it.", "Belarus rejected the charge.",
                                    "Minsk dismissed the accusation on Wednesday."])
def test_a_state_answering_a_charge_with_no_one_named_speaks_as_its_government(
        answer: str) -> None:
    text = ("On Tuesday Poland accused Belarus of sending two military helicopters into "
            "Polish airspace near Białowieża. " + answer)
    said = [(e.countries, speaker_of(e)) for e in statements(text) if e.evidence == answer]
    assert said == [(("BLR", "POL"), "Government of Belarus")]


def test_a_ledes_state_answer_still_takes_the_speaker_its_body_names() -> None:
    text = ("WARSAW, Dec 7 - Belarus on Tuesday rejected an allegation by Poland's Border Guard "
            "that Belarusian officers had thrown firecrackers at Polish soldiers.\n\n"
            "Anton Bychkovsky, spokesman for Belarus's State Border Committee, said on Tuesday "
            "that Poland was deliberately escalating the situation on the border.")
    assert [speaker_of(e) for e in statements(text)] == ["Anton Bychkovsky"]


def test_a_governments_own_warning_is_its_statement_but_a_state_in_reported_words_is_not(
        ) -> None:
    said = statements("On Thursday the Polish government warned that it would shut the "
                      "Kuźnica railway crossing if Belarus did not stop the migrants.")
    assert [(e.countries, speaker_of(e)) for e in said] == [(("BLR", "POL"),
                                                             "Government of Poland")]
    said = statements("Lukashenka said on Monday that Poland had accused Belarus of "
                      "everything.")
    assert "Government of Poland" not in {speaker_of(e) for e in said}


def test_a_service_telling_when_an_incident_happened_is_its_source_not_a_statement() -> None:
    # "the incident" is the act already told; the command places it in time, and the brief's
    # rule is that a service reporting an incident makes no statement of its own
    text = ("Stones were thrown at Polish soldiers on the border with Belarus on Monday.\n\n"
            "The incident happened at about 8 p.m. near Czeremcha, the Operational Command "
            "said. According to the State Border Committee of Belarus, the incident took "
            "place on the Belarusian side.")
    assert statements(text) == []


@pytest.mark.parametrize(("reporter", "said"), [
    ("the State Border Committee", False),  # a border service: the incident's source
    ("Belarus's foreign ministry", True),  # a ministry's account stays its statement
])
def test_a_border_service_reporting_the_other_sides_incident_makes_no_statement(
        reporter: str, said: bool) -> None:
    text = (f"That Tuesday morning {reporter} reported that a group of migrants beaten by "
            "Polish soldiers and forced into Belarus had been found on the border.")
    assert bool(statements(text)) == said
    beaten = [e for e in events_of(text) if e.kind == "incident" and e.source_country == "POL"]
    assert [e.countries for e in beaten] == [("BLR", "POL") if not said else ("POL",)]


def test_incidents_that_could_happen_are_still_a_ministers_words() -> None:
    said = statements("Interior Minister Mariusz Kamiński said on Thursday that Poland could "
                      "close its border with Belarus if serious incidents occurred.")
    assert [speaker_of(e) for e in said] == ["Mariusz Kamiński"]


def test_a_name_closing_a_titles_phrase_is_who_speaks_wherever_the_parser_hangs_it() -> None:
    # the small parser hangs "Mikołaj Tauber" on "Minsk", outside the title's "of" phrase
    said = statements("The head of the Polish Investment and Trade Agency's office in Minsk, "
                      "Mikołaj Tauber, told PAP on Tuesday that it was far too early to talk "
                      "about consequences for Polish firms in Belarus.")
    assert [(speaker_of(e), e.countries) for e in said] == [("Mikołaj Tauber", ("BLR", "POL"))]


def test_a_name_after_a_nationality_noun_is_a_person_of_that_nation() -> None:
    # the small NER misses "Tomasz Bereza"; "another Pole," before it gives his country
    text = ("Belarusian state television aired a conversation with another Pole, Tomasz "
            "Bereza. He was sentenced by a court in Brest on 14 June 2023.")
    found = measures(text, dt.date(2025, 5, 9))
    assert [(e.countries, [(a.name, a.country) for a in e.actors]) for e in found] == [
        (("BLR", "POL"), [("Tomasz Bereza", "POL")])]


def test_a_name_the_text_calls_another_spelling_is_the_person_named_before() -> None:
    # the parser hangs "Cimanouska" on the date of the opening phrase, leaving "thanked"
    # with no subject; and the name is the Polish spelling of the sprinter's
    text = ("Krystsina Tsimanouskaya, the Belarusian sprinter, reached Warsaw on Aug. 4. In an "
            "interview in Rzeczpospolita's Saturday edition on Aug. 7, Cimanouska, as the "
            "Polish press spells her name, thanked the Polish foreign ministry for getting "
            "her out of Japan.")
    said = [e for e in extract(Article(text=text, published=dt.date(2021, 8, 19)))
            if e.kind == "statement"]
    assert [(e.date, speaker_of(e), e.countries) for e in said] == [
        (dt.date(2021, 8, 7), "Krystsina Tsimanouskaya", ("BLR", "POL"))]


def test_a_spelling_unlike_every_name_before_is_no_one_named_before() -> None:
    from pipeline.extraction import load_nlp
    from pipeline.extraction.entities import find_mentions

    doc = load_nlp()("Mateusz Morawiecki met reporters. Cimanouska, as the Polish press "
                     "spells her name, thanked the ministry.")
    people = [m for m in find_mentions(doc, TUESDAY).mentions if m.kind == "person"]
    assert [m.name for m in people] == ["Mateusz Morawiecki", "Cimanouska"]


def test_the_words_of_an_envoys_formal_title_are_no_person() -> None:
    # State agencies write an envoy's full title; the small model tags "Extraordinary" as
    # a person, and "the diplomat" then stood for that non-person.
    text = ("Ambassador Extraordinary and Plenipotentiary of Poland to Belarus Artur "
            "Michalski greeted the participants. In his welcome, the diplomat said that "
            "developing political and economic dialogue between Belarus and Poland matters.")
    assert pair_speakers(text) == {"Artur Michalski"}


def test_an_official_of_an_international_body_speaks_for_no_state() -> None:
    """"Josep Borrell, the EU's foreign policy chief, said ... close to the Belarusian
    authorities": an official of no state, speaking about one side, is not of the other;
    neither is one the Polish minister meets."""
    found = extract(Article(
        text="Polish Foreign Minister Zbigniew Rau met his EU colleagues in Brussels on "
             "Thursday.\n\nAfter the meeting Josep Borrell, the EU's foreign policy chief, said "
             "the bloc would prepare sanctions against companies close to the Belarusian "
             "authorities.\n\nOn Friday Rau met Borrell again in Warsaw.",
        published=dt.date(2020, 11, 14)))
    assert [(e.kind, e.countries) for e in found if "Borrell" in (e.evidence or "")
            and len(e.countries) == 2] == []


def test_a_capitalised_title_closed_by_a_name_is_that_persons() -> None:
    """"State Secretary of the Security Council of Belarus Aleksandr Volfovich told": the
    name closing the title's phrase speaks, not the council inside it, and the title's first
    word, which the NER takes for a body, is no actor."""
    (said,) = statements("Poland's plan to deploy a new division is an aggressive step, State "
                         "Secretary of the Security Council of Belarus Aleksandr Volfovich told "
                         "the agency.")
    assert said.speaker is not None and said.speaker.name == "Alexander Volfovich"
    assert "State" not in {a.name for a in said.actors}


def test_an_attack_someone_is_said_to_want_is_no_incident() -> None:
    found = events_of("In an interview published on Monday, Alyaksandr Lukashenka said Poland "
                      "wanted to seize western Belarus.")
    assert [(e.kind, e.countries) for e in found] == [("statement", ("BLR", "POL"))]


@pytest.mark.parametrize("title", ["Starost", "Voivode", "Burgomaster", "Wójt"])
def test_a_local_government_title_announces_the_name_the_tagger_missed(title: str) -> None:
    # the small model tags none of "Starost Jan Bolesław Perkowski"; the later bare surname
    # must not fall to the last person it did tag, a Belarusian guest
    text = (f"{title} Jan Bolesław Perkowski of the Białystok poviat hosted the ceremony, and "
            "Igor Lebiedski, who chairs the Grodno district council, stood beside him.\n\n"
            "A week later, Perkowski said in a note on the poviat's website that the district "
            "around Grodno was a partner the poviat was glad to invest with.")
    assert speakers(text) == ["Jan Bolesław Perkowski"]


@pytest.mark.parametrize("text", [
    "MEP Beata Mazurek said Belarus must free its political prisoners.",
    "Polish MEP Anna Fotyga said Belarus must free its political prisoners.",
])
def test_an_mep_is_a_title_not_a_person(text: str) -> None:
    # the tagger reads "MEP" alone as a person, or the title and name as a work of art
    assert speakers(text) in (["Beata Mazurek"], ["Anna Fotyga"])


def test_a_marshal_in_apposition_announces_the_name_the_tagger_missed() -> None:
    # the small model tags "Maciej Żywno" as a facility; the appositive "deputy marshal of
    # the Polish Senate" says a person speaks, not the Senate he belongs to
    text = ("Earlier this month Maciej Żywno, newly elected deputy marshal of the Polish Senate "
            "from the Polska 2050 party, told a radio programme that the situation on the "
            "border with Belarus would be one of the biggest challenges for the new government.")
    assert speakers(text) == ["Maciej Żywno"]


@pytest.mark.parametrize("text", [
    "A court in Minsk is due to open the treason case against Raman Haluza, a Polish citizen, "
    "on Thursday, the Belarusian human rights centre Viasna has reported.",
    "Viasna said the Polish citizen was already serving his sentence in the colony in "
    "Navapolatsk.",
])
def test_a_monitors_report_is_news_not_a_sides_statement(text: str) -> None:
    assert not statements(text)


def test_a_monitor_still_takes_part_in_contacts() -> None:
    found = events_of("Polish Foreign Minister Zbigniew Rau met representatives of Viasna in "
                      "Warsaw on Monday.", TUESDAY)
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]
