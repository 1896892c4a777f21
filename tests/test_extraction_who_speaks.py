"""Who speaks: "he" and "she" agree with the sex a name or title shows and stand for the
person who reports a clause rather than the one reported (pronouns.py), and another side's
words retold by a speaker are the teller's statement (article.py).  On sentences of our own
(a speaker named by title, office or body: test_extraction_speaker_titles_and_bodies.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.extraction import extract
from pipeline.extraction.mention import Mention
from pipeline.extraction.pronouns import mention_gender
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


@pytest.mark.parametrize(("name", "title", "gender"), [
    ("Sviatlana Tsikhanouskaya", None, "f"),
    ("Anna Michalska", None, "f"),
    ("Mateusz Morawiecki", None, "m"),
    ("Nikita Volkov", None, "m"),  # a man's first name in -a
    ("Ryzhenkov", None, "m"),
    ("Kallas", None, None),  # a surname alone that shows nothing
    ("Andrea Nowak", None, None),  # a first name of men and women alike
    ("Jasina", "spokesman", "m"),  # the title decides over the ending
])
def test_the_sex_a_name_or_title_shows(name: str, title: str | None, gender: str | None) -> None:
    mention = Mention(0, 1, "person", "POL", name=name, surface=name, title=title)
    assert mention_gender(mention) == gender


def test_she_is_not_the_man_named_last() -> None:
    text = ("Sviatlana Tsikhanouskaya says she left with assurances: according to her, "
            "Prime Minister Mateusz Morawiecki promised that Belarusians fleeing Ukraine "
            "would find shelter in Poland. Also on Monday she called Lukashenka a "
            "collaborator who shares the blame for the war.")
    verdict = [e for e in statements(text) if e.evidence.startswith("Also on Monday")]
    assert [speaker_of(e) for e in verdict] == ["Sviatlana Tsikhanouskaya"]


def test_he_who_reports_goes_on_talking() -> None:
    # Duda is the subject of what Lukashenko reported; the next "he said" is Lukashenko's
    text = ("On Tuesday Lukashenko told an audience in Minsk that Poland's leadership was "
            "using migration to put pressure on his country and that Andrzej Duda had gone "
            "to Beijing to complain about him. Belarus, he said, would not catch migrants "
            "on Poland's behalf.")
    assert pair_speakers(text) == {"Alyaksandr Lukashenka"}


def test_according_to_a_reporter_the_one_who_said_it_speaks() -> None:
    # the phrase names who reports the saying: one statement, by the one who said it
    text = ("Latushka and Koushyk of the United Transitional Cabinet met Tomasz Rzymkowski in "
            "Warsaw on Friday. According to the cabinet, Rzymkowski told his guests that "
            "Poland would keep recognising Belarusian diplomas.")
    assert speakers(text) == ["Tomasz Rzymkowski"]


def test_an_act_of_words_of_the_tellers_own_side_is_the_doers_statement() -> None:
    # the ministry reports its deputy minister's protest: he made it
    text = ("The Belarusian chargé d'affaires was summoned to the Polish foreign ministry on "
            "Tuesday and received by Deputy Foreign Minister Piotr Wawrzyk. According to the "
            "ministry's statement, Wawrzyk lodged a firm protest against the violation of the "
            "border.")
    assert speakers(text) == ["Piotr Wawrzyk"]


def test_words_of_the_other_side_retold_are_the_tellers_statement() -> None:
    for text in ("On Monday Sviatlana Tsikhanouskaya said that Prime Minister Mateusz "
                 "Morawiecki had promised shelter in Poland to Belarusians fleeing Ukraine.",
                 "On Monday Lukashenko told an audience in Minsk that Andrzej Duda had gone to "
                 "Beijing to complain about Belarus."):
        assert speakers(text) in (["Sviatlana Tsikhanouskaya"], ["Alyaksandr Lukashenka"]), text


def test_a_states_own_side_retold_by_its_official_stays_its_act() -> None:
    text = ("Belarus and Russia are seeking to deepen their partnership in energy, a "
            "Belarusian deputy minister said on Monday.")
    assert [e.cameo_code for e in statements(text)] == ["031"]


def test_a_bodys_words_reported_by_its_spokesman_are_his() -> None:
    # one statement, the spokesman's, whichever way round the sentence puts it
    for text in ("The Belarusian Foreign Ministry regrets that Poland has chosen "
                 "confrontation, ministry spokesman Anatoly Glaz said on Monday.",
                 "Spokesman Anatoly Glaz said on Monday that the Belarusian Foreign Ministry "
                 "regrets that Poland has chosen confrontation."):
        assert speakers(text) == ["Anatoly Glaz"], text


def test_a_body_speaking_through_its_spokesman_is_his_statement() -> None:
    for text in ("The foreign ministry in Warsaw, through its spokesman Paweł Wroński, says "
                 "Minsk's detention of the monk is a provocation.",
                 "The Belarusian foreign ministry said, through spokesman Anatoly Glaz, that "
                 "Poland was to blame for the tension."):
        assert [speaker_of(e) for e in statements(text)] \
            in (["Paweł Wroński"], ["Anatoly Glaz"]), text


def test_a_wire_lede_the_dateline_cut_in_two_is_one_statement() -> None:
    # the parse through "MINSK, 20 December -" closed the sentence before the comma, and
    # the ministry and the spokesman each got a statement
    text = ("MINSK, 20 December – The Belarusian Foreign Ministry regrets that Poland has "
            "chosen to keep on the road of confrontation, ministry spokesman Anatoly Glaz "
            "said today, commenting on the programme Warsaw has drawn up for its presidency.")
    found = statements(text, dt.date(2024, 12, 20))
    assert [(e.date, e.countries, speaker_of(e)) for e in found] \
        == [(dt.date(2024, 12, 20), ("BLR", "POL"), "Anatoly Glaz")]
    assert (found[0].evidence or "").startswith("The Belarusian Foreign Ministry regrets")
    assert "Glaz said today" in (found[0].evidence or "")


def test_a_possessor_named_in_passing_is_not_he() -> None:
    # the parser hangs "Morawiecki" on "The same day": no subject to go by
    text = ("The same day Morawiecki, speaking in Bucharest, predicted that new EU sanctions "
            "would hurt Łukašenka's regime far more than the previous ones. Poland itself, he "
            "added, was considering tightening the rules at the Polish-Belarusian border.")
    assert pair_speakers(text) == {"Mateusz Morawiecki"}


def test_the_speaker_after_a_date_the_parser_hangs_on_on() -> None:
    # "On 31 March Poland's ambassador ... told": the small model reads the ambassador as
    # the object of "On", and the saying had no subject
    text = ("Is this Warsaw's first reaction?\n\nNo. On 31 March Poland's ambassador to the UN, "
            "Krzysztof Szczerski, told the Security Council that stationing the weapons in "
            "Belarus would be an irresponsible escalation.")
    assert [(e.date, speaker_of(e)) for e in statements(text)] \
        == [(dt.date(2024, 3, 31), "Krzysztof Szczerski")]


def test_the_bodys_role_named_again_is_the_person_who_holds_it() -> None:
    text = ("Several citizens of Poland have been detained, Chairman of the State Security "
            "Committee Ivan Tertel told journalists on Tuesday.\n\nThe KGB chairman noted that "
            "the Polish side is seeking an exchange for its citizens by any means.")
    assert set(speakers(text)) == {"Ivan Tertel"}


def test_a_remark_about_another_pair_does_not_split_back_to_back_remarks() -> None:
    # his aside on Russia is an event of another pair: it stands between the two
    # Belarus-Poland remarks in the event list, but they are still one statement
    text = ("Stanisław Żaryn, the spokesman for the special services, told Polsat News on "
            "Tuesday that the deserter was spreading lies dictated by the regime in Minsk. "
            "He said Russia was running the same campaign. According to Żaryn, Belarus uses "
            "such campaigns to paint Poland as a country that is hostile to foreigners.")
    said = [e for e in statements(text) if e.countries == ("BLR", "POL")]
    assert [speaker_of(e) for e in said] == ["Stanisław Żaryn"]
    assert "According to Żaryn" in (said[0].evidence or "")


def test_a_statement_beside_a_measure_it_tells_of_concerns_the_measures_pair() -> None:
    text = ("On Tuesday Prime Minister Mateusz Morawiecki said in Wrocław that he would propose "
            "at the European Council that all flights between Belarus and the EU be halted "
            "until the jailed activists of the Union of Poles in Belarus are freed.")
    assert pair_speakers(text) == {"Mateusz Morawiecki"}


def test_a_statement_made_about_a_measures_pair_says_so_in_its_summary() -> None:
    text = ("Alyaksandr Lukashenka spoke to officials in Minsk on Monday. The Baltic states, in "
            "his words, had been given the command to attack; Poland has already banned dozens "
            "of Belarusian goods.")
    said = [e for e in statements(text) if e.countries == ("BLR", "POL")]
    assert [e.summary for e in said] == [
        "Alyaksandr Lukashenka (Belarus): Statement (general), towards Poland"]


def test_a_group_of_people_is_not_the_it_that_speaks() -> None:
    # the tagger calls "Citizens of Poland" an organisation; "it added" three paragraphs
    # later (the press service's words) cannot be them -- on the body of a gold article
    article = next((Path(__file__).parent / "gold").glob("178-*.md")).read_text("utf-8")
    body = article.split("---", 2)[2]
    found = extract(Article(text=body, published=dt.date(2023, 12, 21)))
    assert found and all(speaker_of(e) != "Citizens of Poland" for e in found)


def test_it_is_the_body_that_was_speaking_not_a_state_inside_its_words() -> None:
    text = ("Belarus's State Border Committee accused Polish forces of firing shots on Monday. "
            "The committee also charged that Warsaw was twisting the picture at the frontier. "
            "Polish border guards, it wrote, were hiding the fact that they used weapons "
            "against refugees.")
    assert speakers(text)[-1] == "State Border Committee of Belarus"


def test_they_in_a_participles_words_are_the_clauses_subject() -> None:
    """"servicemen tried to break the fence while shouting that they would shoot": the
    participle has no subject of its own; "they" are the servicemen, not no one."""
    found = [e for e in extract(Article(
        text="Polish troops guarded the fence. About 100 metres away, five armed Belarusian "
             "servicemen tried to break the border fence while shouting that they would shoot "
             "the Polish soldiers.", published=TUESDAY)) if e.kind == "incident"]
    assert [(e.source_country, e.target_country) for e in found] == [("BLR", "POL")]


def test_he_after_a_description_of_the_envoy_is_the_envoy() -> None:
    """"The head of the diplomatic mission ... He described": the subject that describes the
    ambassador is who "he" goes on with, not the man he had praised a sentence before."""
    text = ("Belarus's ambassador to Poland, Vladimir Chushev, handed Jan Szynaka his consular "
            "commission at the embassy on 30 June.\n\n"
            "The head of the diplomatic mission returned to the subject in an interview this "
            "month. He described Belarusian-Polish relations as stable and normal.")
    found = [e for e in statements(text) if "stable" in (e.evidence or "")]
    assert [speaker_of(e) for e in found] == ["Vladimir Chushev"]


def test_her_received_and_her_met_next_are_the_same_visitor() -> None:
    """"Kidawa-Błońska received her. Sikorski also met her.": the second "her" goes on with the
    first (the visitor), not with the host named in between."""
    text = ("Sviatlana Tsikhanouskaya arrived in Warsaw on Tuesday.\n\n"
            "The Marshal of the Senate, Małgorzata Kidawa-Błońska, received her.\n\n"
            "Foreign Minister Radosław Sikorski also met her, his ministry reported.")
    found = [e for e in extract(Article(text=text, published=TUESDAY))
             if e.kind == "meeting" and "Sikorski" in (e.evidence or "")]
    assert [e.countries for e in found] == [("BLR", "POL")]


def test_they_goes_on_with_the_group_the_text_described() -> None:
    """"The Institute hosted a delegation ... The guests asked ... They said ...": "they" is
    the visiting group (by "the guests", then a chain of "they"), not the host institute."""
    text = ("The Institute of National Remembrance in Warsaw hosted a delegation of the "
            "Belarusian democratic opposition on Tuesday. The guests listened to a talk on the "
            "archives. They were also interested in a memorial in Brussels, and they said "
            "Poland's help to Belarusians mattered greatly to them.")
    found = [e for e in statements(text) if "mattered" in (e.evidence or "")]
    assert all(e.speaker is None or "Remembrance" not in e.speaker.name for e in found)


def test_she_is_not_the_president_a_title_named() -> None:
    """"the president's bureau" names Duda; the "she" after it is the visitor."""
    text = ("President Andrzej Duda received Sviatlana Tsikhanouskaya on Monday. Jakub Kumoch, "
            "head of the president's international policy bureau, sat in. She also had talks "
            "with Foreign Minister Zbigniew Rau.")
    found = [e for e in extract(Article(text=text, published=TUESDAY))
             if e.kind == "meeting" and "Rau" in (e.evidence or "")]
    assert [e.countries for e in found] == [("BLR", "POL")]


def test_he_after_the_role_the_lede_named_is_that_person() -> None:
    """"Podlaskie's deputy marshal, Sebastian Łukaszewicz ... The deputy marshal promised
    ... He said": "he" goes on with the deputy marshal, not the ruler named in between."""
    text = ("Podlaskie's deputy marshal, Sebastian Łukaszewicz, received Pavel Latushka on "
            "Monday.\n\nLatushka spoke of Alyaksandr Lukashenka's regime.\n\n"
            "The deputy marshal promised that the region would keep supporting the Belarusian "
            "minority. He said the regional board looked kindly on Belarusian culture.")
    assert "Alyaksandr Lukashenka" not in speakers(text)


def test_the_clause_a_saying_interrupts_names_no_speaker() -> None:
    """"The dictator in Minsk, he said, wanted to take revenge": "he" is the minister who
    spoke before, not the dictator he speaks of."""
    text = ("Interior Minister Mariusz Kaminski told the chamber that Poland faced migration "
            "organised by the Belarusian state. The dictator in Minsk, he said, wanted to take "
            "revenge for Polish support of democratic movements in Belarus.")
    assert "Alyaksandr Lukashenka" not in speakers(text)


def test_he_after_an_unnamed_office_holder_is_not_the_last_man_named() -> None:
    """Gold article 305: "The mayor of Białystok has admitted ... He said": the mayor, whom
    the text does not name, not Andrzej Poczobut, named two paragraphs before."""
    from pipeline.readers import read_path

    path = next((Path(__file__).parent / "gold").glob("305-*.md"))
    article = read_path(path, published=dt.date(2021, 3, 30))[0]
    assert all(speaker_of(e) != "Andrzej Poczobut" for e in extract(article))


def test_who_is_talked_about_in_the_words_is_not_who_says_them() -> None:
    # Lukashenka is the subject inside what the minister says; "he said" and the "He" of
    # the next sentence are still the minister
    text = ("Interior Minister Mariusz Kamiński said on Thursday that the Bobrowniki crossing "
            "would stay shut. If Lukashenka freed the journalist tomorrow, the crossing would "
            "reopen a day later, he said. He also warned that Poland would answer any new step "
            "against Polish citizens.")
    assert {speaker_of(e) for e in statements(text)} == {"Mariusz Kamiński"}


def test_he_goes_on_with_the_he_of_the_sentences_before() -> None:
    # the last man named is Lukashenka, in passing; the text has gone on with Sikorski's "he"
    text = ("Radosław Sikorski spoke about Belarus on Polish radio on Monday. Asked what "
            "diplomacy had done for the prisoners held by Lukashenka, he admitted that the "
            "situation was hard. Minsk, he said, was an unpredictable partner. More than a "
            "thousand people are held in Belarus for their views. In the interview he said it "
            "was time for Minsk to count the cost of sanctions.")
    assert {speaker_of(e) for e in statements(text)} == {"Radosław Sikorski"}


@pytest.mark.parametrize("text", [
    "Sikorski flew to Minsk on Monday. Lukashenka received him at his residence.",
    "Sviatlana Tsikhanouskaya arrived in Warsaw on Monday. Małgorzata Kidawa-Błońska "
    "received her in the Senate.",
])
def test_whom_someone_receives_is_not_the_one_receiving(text: str) -> None:
    # "him"/"her" as the object is never the subject of the same verb
    contacts = [e for e in extract(Article(text=text, published=TUESDAY))
                if e.kind == "meeting"]
    assert [e.countries for e in contacts] == [("BLR", "POL")]


def test_it_goes_on_with_the_body_the_text_calls_by_a_common_noun() -> None:
    # "It" is the club that wrote, not Minsk named inside what the club wrote, and so
    # not Lukashenka speaking for Minsk
    text = ("On 13 August the Catholic Intelligentsia Club in Warsaw adopted an appeal to the "
            "Polish authorities. Years of appeals to Minsk to respect basic rights had achieved "
            "nothing, the club wrote. It asked Polish parliamentarians for concrete action in "
            "defence of the human rights violated by Lukashenka's regime.")
    assert "Alyaksandr Lukashenka" not in speakers(text)


def test_an_act_of_words_in_the_body_with_no_one_found_to_do_it_is_no_statement() -> None:
    # no ambassador is named, and hauliers are no one a user could filter by: the lede's
    # summary keeps its states, the body's unresolved voices are not statements
    text = ("Belarus accused Poland at the United Nations on Thursday of hiding the truth.\n\n"
            "Polish hauliers used the session to complain about Belarusian customs officers. "
            "The Polish ambassador also accused Minsk of hiding the truth.")
    found = extract(Article(text=text, published=dt.date(2023, 3, 31)))
    assert [(e.kind, e.evidence[:17]) for e in found if e.kind == "statement"] == [
        ("statement", "Belarus accused P")]


def test_him_after_his_case_is_the_man_whose_case_it_was() -> None:
    # "heard his case and sentenced him": the first verb's object is his case, not him
    text = ("Belarusian state television aired an interview with Jerzy Żywolewski, a Polish "
            "citizen serving four years in a penal colony. Żywolewski comes from the Białystok "
            "area. A district court in Grodno heard his case behind closed doors and sentenced "
            "him on 22 March 2023.")
    found = measures(text, dt.date(2025, 5, 9))
    assert [(e.date, e.countries, [a.name for a in e.actors]) for e in found] == [
        (dt.date(2023, 3, 22), ("BLR", "POL"), ["Jerzy Żywolewski"])]


def test_they_in_the_sentence_of_an_unnamed_group_is_that_group() -> None:
    # "they" goes on with the commentators the text leaves unnamed, not with the
    # foundation named a sentence before, so no one the text names said it
    text = ("In Minsk the former judge has set up a foundation called Polska Prawda, which "
            "promises to expose the links of European politicians to foreign services. "
            "Independent Belarusian commentators called the defector a gift to Minsk's "
            "propaganda: the regime, they argued, could now claim that people flee from "
            "Poland as well.")
    assert "Polska Prawda" not in {speaker_of(e) for e in statements(text)}


def test_what_a_thing_is_said_to_be_is_no_act_of_its_own() -> None:
    # "pressure" is her verdict on the notices, not a demand made by "it" (the service)
    text = ("The Polish Border Guard has studied the notices. Perhaps, its spokeswoman Anna "
            "Michalska added, it was also pressure from the Belarusian side.")
    assert [(e.cameo_code, speaker_of(e)) for e in statements(text)] \
        == [("010", "Anna Michalska")]


def test_the_host_named_beside_the_speaker_is_not_a_second_subject() -> None:
    text = ("Speaking to reporters in Bucharest beside his Romanian host, Klaus Iohannis, "
            "before the two opened a summit of the Bucharest Nine, Andrzej Duda said the "
            "leaders of the Polish minority in Belarus had been arrested.")
    assert speakers(text) == ["Andrzej Duda"]


def test_a_subject_the_parser_makes_the_sentences_head_still_speaks() -> None:
    """"Minsk at the time called Warsaw's decision irrational": the small model heads the
    sentence with "Minsk" and hangs the only finite verb on "time" as a clause; the sentence's
    head noun is still who speaks."""
    found = events_of("Minsk at the time called Warsaw's decision irrational.",
                      dt.date(2021, 11, 10))
    assert [(e.kind, e.countries, e.source_country) for e in found] == [
        ("statement", ("BLR", "POL"), "BLR")]


@pytest.mark.parametrize(("role", "speaker"), [
    ("The head of government", "Mateusz Morawiecki"),
    ("The head of state", "Alyaksandr Lukashenka"),
])
def test_the_head_of_government_or_state_is_the_one_of_that_office(role: str,
                                                                   speaker: str) -> None:
    """"The head of government" is the prime minister named before, not the last person
    with "head" in a title; "the head of state" is the president."""
    text = ("Mateusz Morawiecki, Poland's prime minister, wrote to the European Parliament on "
            "Tuesday. Alexander Lukashenko, the Belarusian head of state, had for weeks sent "
            f"migrants to the border. {role} also wrote on Facebook that the crisis on the "
            "Polish-Belarusian border threatened the whole EU.")
    found = [e for e in events_of(text, dt.date(2021, 11, 24))
             if e.kind == "statement" and "Facebook" in e.evidence]
    assert [e.speaker.name for e in found if e.speaker] == [speaker]


def test_a_secretary_of_state_is_the_minister_named_later() -> None:
    """Poland calls a secretary of state a minister: "Adam Kwiatkowski, the secretary of
    state in the president's chancellery ... There the minister sat down with ..." is his
    contact, and so one with the local authorities of the Belarusian town."""
    text = ("Adam Kwiatkowski, the secretary of state in Andrzej Duda's chancellery who is "
            "responsible for Poles living abroad, travelled to Belarus at the weekend. The "
            "harder part of the trip came on Sunday in Vawkavysk. There the minister sat down "
            "with representatives of the local authorities.")
    found = events_of(text, dt.date(2018, 6, 4))
    assert [(e.kind, e.date, e.countries) for e in found if "sat down" in e.evidence] == [
        ("meeting", dt.date(2018, 6, 3), ("BLR", "POL"))]
