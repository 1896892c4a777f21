"""Statements and who makes them: verdicts, denials, attributions set in parentheses or
"according to", aides and spokesmen, ministries and capitals that speak, what a statement is
about.  On sentences of our own, at the extractor level."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_helpers import events_of, one


def test_bare_ministry_refers_back_to_the_last_ministry() -> None:
    found = events_of("The Polish Ministry of Foreign Affairs summoned the Belarusian envoy on "
                      "Monday.\n\nThe ministry also demanded that Minsk explain the incident.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.speaker is not None
    assert statement.speaker.name == "Ministry of Foreign Affairs of Poland"
    assert statement.countries == ("BLR", "POL")


def test_verdict_with_object_predicate_is_a_statement() -> None:
    found = events_of("The Polish prime minister called the Belarusian accusations absurd.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.countries == ("BLR", "POL")
    assert statement.tone is not None and statement.tone < 0


@pytest.mark.parametrize("text", [
    "Minsk called Warsaw's decision irrational and dangerous.",
    "Lukashenka called Warsaw's decision dangerous.",
])
def test_a_verdict_the_parser_hangs_on_the_object_is_a_statement(text: str) -> None:
    """"called Warsaw's decision irrational": the parser makes the predicate an adjective
    of the object, placed after it, where only an object predicate stands."""
    assert [(e.kind, e.countries) for e in events_of(text)] == [("statement", ("BLR", "POL"))]


def test_saying_inside_a_claim_is_content_not_a_second_statement() -> None:
    found = events_of("Lukashenko claimed that people in Warsaw were saying Grodno would soon "
                      "be Polish.")
    statements = [e for e in found if e.kind == "statement"]
    assert len(statements) == 1
    assert statements[0].speaker is not None


def test_passive_conjunct_shares_the_patient() -> None:
    found = events_of("On Monday the Polish envoy was called to the Belarusian foreign "
                      "ministry and told that Minsk would respond.")
    assert all(e.speaker is None or "envoy" not in (e.speaker.name or "") for e in found)
    assert not any(e.kind == "statement" and e.source_country == "POL" for e in found)


def test_pronoun_in_embedded_clause_prefers_the_clause_subject() -> None:
    found = events_of("At the talks the Belarusian leader showed Putin a chart that he said "
                      "proved Polish troops were massing.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.speaker is not None and statement.speaker.country == "BLR"
    assert statement.countries == ("BLR", "POL")


def test_official_from_the_gazetteer_carries_a_country() -> None:
    event = one("Anatoly Glaz accused Warsaw of provocations on Monday.", "statement")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert event.tone is not None and event.tone < 0


def test_a_recalling_participle_reports_with_the_saying() -> None:
    found = events_of("Radosław Sikorski spoke to reporters in New York on Monday.\n\n"
                      "We know what this regime is and what to expect from it, he said, "
                      "recalling that Poles are already in Belarusian prisons.")
    said = [e for e in found if e.kind == "statement"]
    assert [e.countries for e in said] == [("BLR", "POL")]


def test_one_who_speaks_with_the_speaker_is_not_the_other_side() -> None:
    found = events_of("Minsk ordered Poland and Lithuania to cut their embassies on Monday. "
                      "Poland's foreign minister, Zbigniew Rau, answered on Twitter that he and "
                      "his Lithuanian counterpart, Linas Linkevičius, were convinced the "
                      "channels of communication had to stay open.")
    said = [e for e in found if e.kind == "statement"]
    assert [e.countries for e in said] == [("BLR", "POL")]


def test_parenthetical_attribution_reports_the_surrounding_clause() -> None:
    found = events_of("The Polish foreign minister met reporters on Monday.\n\n"
                      "Poland, he added, had no hostile plans towards Belarus.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.countries == ("BLR", "POL")


def test_inserted_attribution_reports_both_joined_clauses() -> None:
    found = events_of("Polish presidential aide Krzysztof Szczerski reacted on Monday.\n\n"
                      "Lukashenka's comments are unacceptable, he says, nobody in Poland has "
                      "such intentions and this is propaganda.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.countries == ("BLR", "POL")
    assert statement.source_country == "POL"


def test_verdict_on_a_reported_act_concerns_the_reported_pair() -> None:
    found = events_of("On Monday Belarus accused Poland of spying.\n\n"
                      "Donald Tusk called the accusations absurd.")
    verdict = next(e for e in found if e.kind == "statement" and e.speaker is not None
                   and e.speaker.name == "Donald Tusk")
    assert verdict.countries == ("BLR", "POL")
    assert verdict.date == dt.date(2024, 5, 13)


@pytest.mark.parametrize("reply", ["Lukashenka's spokeswoman Natalya Eismont denied this.",
                                   "Lukashenka's spokeswoman Natalya Eismont denied any "
                                   "violation."])
def test_a_denial_answers_the_reported_pair(reply: str) -> None:
    found = events_of("On Monday Poland said two Belarusian helicopters had violated its "
                      f"airspace.\n\n{reply}")
    denial = next(e for e in found if e.kind == "statement" and e.speaker is not None
                  and e.speaker.name.endswith("Eismont"))
    assert denial.countries == ("BLR", "POL")
    assert denial.source_country == "BLR"


def test_a_denied_act_is_no_event() -> None:
    found = events_of("Warsaw denied any violation of Belarusian airspace on Tuesday.")
    assert [e for e in found if e.kind == "incident"] == []


def test_participle_after_a_noun_is_a_passive_with_that_patient() -> None:
    event = one("Several Belarusian soldiers wounded in Lithuania on Monday were flown home.",
                "incident")
    assert (event.source_country, event.target_country) == ("LTU", "BLR")


def test_a_named_doer_without_country_is_not_replaced_by_the_targets() -> None:
    found = [e for e in events_of("A Latvian airliner was shot down over Ukraine by unknown "
                                  "gunmen on Monday.") if e.kind == "incident"]
    assert all(e.countries != ("LVA", "UKR") for e in found)


def test_event_noun_with_from_phrase_names_its_doer() -> None:
    event = one("Minsk faces criticism from Lithuania over the border.", "statement")
    assert (event.source_country, event.target_country) == ("LTU", "BLR")


def test_capital_speaks_through_its_last_named_ministry() -> None:
    found = events_of("On Monday the Belarusian foreign ministry summoned the Polish envoy.\n\n"
                      "Minsk said Warsaw had violated the treaty.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.speaker is not None
    assert statement.speaker.name == "Ministry of Foreign Affairs of Belarus"


def test_that_clause_of_any_statement_verb_can_concern_the_reported_pair() -> None:
    found = events_of("On Monday the Belarusian foreign ministry summoned the Polish envoy.\n\n"
                      "Anatoly Glaz alleged that staff of the consulate had organised an escape.")
    allegation = next(e for e in found if e.kind == "statement")
    assert allegation.countries == ("BLR", "POL")


def test_a_reported_study_does_not_replace_the_statement() -> None:
    found = events_of("The Polish deputy foreign minister told a radio station on Monday that "
                      "Warsaw would examine the Belarusian claims.")
    assert any(e.kind == "statement" and e.countries == ("BLR", "POL") for e in found)


def test_definite_noun_takes_the_country_of_its_antecedent() -> None:
    found = events_of("A Lithuanian soldier crossed the border on Monday.\n\n"
                      "The soldier, Jonas Petraitis, left his unit and was detained by a "
                      "Belarusian patrol on Monday.")
    detention = next(e for e in found if e.kind == "measure" and e.cameo_code == "173")
    assert (detention.source_country, detention.target_country) == ("BLR", "LTU")


def test_official_without_country_belongs_to_the_dateline_country() -> None:
    found = events_of("VILNIUS (BNS) - Deputy Foreign Minister Jonas Kazlauskas said on Monday "
                      "that Belarus had violated the agreement.")
    statement = next(e for e in found if e.kind == "statement" or e.kind == "incident")
    assert "LTU" in statement.countries and "BLR" in statement.countries


def test_a_named_speaker_of_no_known_side_about_two_countries_speaks_of_them() -> None:
    """An activist the text does not place says "Belarusians were grateful to Poland": the
    statement is about the two countries it names, not about one of them alone."""
    event = one("Paweł Siewiaryniec, a civic activist, said on Monday that Belarusians were "
                "grateful to Poland.", "statement")
    assert event.countries == ("BLR", "POL")
    # so does a complaint, not only a plain saying
    event = one("Another speaker, Vyacheslav Sivchik, complained that Warsaw had never had a "
                "consistent long-term strategy towards Belarus.", "statement")
    assert event.countries == ("BLR", "POL")


def test_the_object_of_prompting_does_the_act() -> None:
    found = events_of("Belarusian helicopters entered Polish airspace on Tuesday, prompting Warsaw "
                      "to summon Minsk's chargé d'affaires.")
    summons = next(e for e in found if e.kind == "meeting")
    assert (summons.source_country, summons.target_country) == ("POL", "BLR")


def test_a_reported_future_act_is_also_a_statement_of_intent() -> None:
    found = events_of("Tusk said on Tuesday that Poland will reopen its border crossings with "
                      "Belarus on Friday.")
    kinds = {e.kind for e in found if e.countries == ("BLR", "POL")}
    assert kinds == {"statement", "measure"}


def test_aide_to_the_president_is_not_the_president() -> None:
    event = one("An aide to the Polish president said Minsk was stoking tension along the "
                "frontier on Tuesday.", "statement")
    assert event.pair == ("BLR", "POL")
    assert event.source_country == "POL"
    assert all(a.name != "Andrzej Duda" for a in event.actors)


def test_presidents_aide_named_in_apposition_is_the_speaker() -> None:
    event = one("The Polish president's aide, Jan Kowalewicz, said on Tuesday that Belarus "
                "bore the blame for the standoff.", "statement")
    speakers = [a.name for a in event.actors if a.role == "speaker"]
    assert speakers and all(name != "Andrzej Duda" for name in speakers)
    assert any("Kowalewicz" in (name or "") for name in speakers)


def test_spokesman_for_a_ministry_without_gazetteer_name() -> None:
    event = one("A spokesman for the Belarusian Foreign Ministry, Igor Stankevich, said on "
                "Tuesday that Poland was spreading lies about the border.", "statement")
    assert event.source_country == "BLR" and event.pair == ("BLR", "POL")
    assert any(a.role == "speaker" for a in event.actors)


def test_welcome_but_insufficient_is_negative_statement() -> None:
    event = one("The Belarusian foreign minister said on Tuesday that the Polish gesture was "
                "welcome, but that it remained far from sufficient.", "statement")
    assert event.tone is not None and event.tone < -0.2


def test_adviser_in_apposition_speaks_not_his_principal() -> None:
    event = one("Oleg Marchenko, an adviser to the Belarusian president, said on Monday that "
                "Poland was preparing an attack.", "statement")
    speakers = [a.name for a in event.actors if a.role == "speaker"]
    assert speakers and "Alyaksandr Lukashenka" not in speakers
    assert event.source_country == "BLR"


def test_a_meeting_named_as_the_setting_does_not_hide_the_statement() -> None:
    # "after the consultations" says when he spoke; it is not what he announced
    event = one("After the consultations, Sikorski said he had told the Belarusian envoy that "
                "Poland would not accept such claims.", "statement")
    assert event.pair == ("BLR", "POL")
    assert event.speaker is not None and event.speaker.name == "Radosław Sikorski"


def test_calling_a_verdict_a_violation_is_a_statement() -> None:
    # the act noun is the verdict's predicate, a judgement, not an act being announced
    event = one("The Polish president called this week's sentence for a Belarusian opposition "
                "activist a grave breach of human rights.", "statement")
    assert event.pair == ("BLR", "POL")
    assert event.speaker is not None and event.speaker.name == "Andrzej Duda"


def test_a_capital_speaks_through_its_official_named_in_the_sentence() -> None:
    event = one("Polish government spokesman Adam Szłapka gave no figures, and Warsaw accused "
                "Minsk of staging the crisis.", "statement")
    assert event.pair == ("BLR", "POL")
    assert event.speaker is not None and event.speaker.name == "Adam Szłapka"


def test_wondering_aloud_is_a_statement() -> None:
    event = one("Sikorski wondered on Tuesday why Belarus still kept its border crossings "
                "closed.", "statement")
    assert event.pair == ("BLR", "POL") and event.date == dt.date(2024, 5, 14)


def test_according_to_a_ministry_is_its_statement() -> None:
    event = one("According to the Polish foreign ministry, the decision of Minsk was a hostile "
                "step.", "statement")
    assert event.pair == ("BLR", "POL") and event.source_country == "POL"
    assert event.speaker is not None
    assert event.speaker.name == "Ministry of Foreign Affairs of Poland"


@pytest.mark.parametrize("text", [
    "According to Minsk, Polish helicopters violated Belarusian airspace on Tuesday.",
    "Polish helicopters violated Belarusian airspace on Tuesday, according to Minsk.",
])
def test_an_act_sourced_by_according_to_is_the_news_not_a_statement(text: str) -> None:
    found = [e for e in events_of(text) if e.pair == ("BLR", "POL")]
    assert [e.kind for e in found] == ["incident"]


def test_in_his_view_attributes_the_clause_to_the_last_person() -> None:
    found = events_of("Lukashenko spoke to reporters on Tuesday.\n\n"
                      "In his view, the tension comes from Warsaw.")
    statement = next(e for e in found if e.kind == "statement")
    assert statement.pair == ("BLR", "POL") and statement.date == dt.date(2024, 5, 14)
    assert statement.speaker is not None and statement.speaker.name == "Alyaksandr Lukashenka"


def test_a_possessed_answer_is_a_statement_of_its_owner() -> None:
    event = one("Sikorski's answer was that Belarus must release the journalist at once.",
                "statement")
    assert event.pair == ("BLR", "POL")
    assert event.speaker is not None and event.speaker.name == "Radosław Sikorski"


def test_what_the_speaker_called_it_inside_his_report_is_not_a_second_statement() -> None:
    found = events_of("Glaz said the Polish consul had been summoned to the ministry on Tuesday "
                      "over what he called a provocation.")
    assert [(e.kind, e.pair) for e in found] == [("meeting", ("BLR", "POL"))]


def test_a_third_sides_account_of_an_act_between_others_is_also_its_statement() -> None:
    third = events_of("On Tuesday the Lithuanian army said Belarusian helicopters had crossed "
                      "into Polish airspace.")
    assert {(e.kind, e.pair) for e in third} == {("incident", ("BLR", "POL")),
                                                 ("statement", ("BLR", "LTU"))}
    # a party to the act reporting it: the act is the news, not a statement besides
    own = events_of("On Tuesday the Polish army said Belarusian helicopters had crossed into "
                    "Polish airspace.")
    assert [(e.kind, e.pair) for e in own] == [("incident", ("BLR", "POL"))]


def test_summaries_say_who_did_what_towards_whom() -> None:
    """The one-line summary on the timeline reads as a sentence fragment built from the
    actor, the CAMEO label and the other side, not as internal codes."""
    from pipeline.extraction.aboutness import event_summary

    assert event_summary("measure", "163", "POL", "BLR", "Warsaw", "Mariusz Kamiński") == (
        "Mariusz Kamiński (Poland): Sanctions, embargo or boycott, towards Belarus, in Warsaw")
    assert event_summary("statement", "010", "BLR", None, None,
                         "Ministry of Foreign Affairs of Belarus") == (
        "Ministry of Foreign Affairs of Belarus: Statement (general)")
    assert event_summary("incident", "9999", None, "POL", None, None) == (
        "?: incident, towards Poland")
    events = events_of("Poland's interior minister Mariusz Kamiński said on Monday that the "
                       "Kuźnica crossing would close.")
    assert events and all("CAMEO" not in e.summary and "->" not in e.summary for e in events)


@pytest.mark.parametrize("text", [
    "Civic Coalition MP Michał Szczerba writes on Twitter that Belarusian police are beating "
    "protesters.",
    "Deputy Foreign Minister Marcin Przydacz tweets that Poland will help Belarusians who "
    "face repression.",
])
def test_a_party_member_or_a_tweet_is_a_statement(text: str) -> None:
    assert one(text, "statement").countries == ("BLR", "POL")


@pytest.mark.parametrize("rank", ["Brig. Gen.", "Col.", "Lt. Col.", "Capt.", "Maj. Gen."])
def test_an_abbreviated_rank_does_not_end_the_sentence(rank: str) -> None:
    event = one(f"The Polish Border Guard's commissioner for the Białystok section, {rank} "
                f"Grzegorz Biziuk, received his Belarusian counterpart for the Brest section, "
                f"Col. Igor Gutnik, on Monday.", "meeting")
    assert event.countries == ("BLR", "POL")
    assert event.evidence.startswith("The Polish Border Guard's commissioner")


def test_no_one_of_a_kind_did_it() -> None:
    found = events_of("No Polish head of state has visited Belarus for 22 years, and that will "
                      "not change this week.")
    assert found == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Sejm on Friday adopted a resolution condemning Belarus.", "Sejm of Poland"),
    ("The Senate of Poland adopted the resolution on Poczobut unanimously on Thursday.",
     "Senate of Poland"),
])
def test_a_house_adopting_a_resolution_speaks(text: str, speaker: str) -> None:
    said = [e for e in events_of(text, dt.date(2025, 4, 5)) if e.kind == "statement"]
    assert [(e.countries, e.speaker and e.speaker.name) for e in said] == [
        (("BLR", "POL"), speaker)]


def test_a_government_adopting_a_resolution_is_not_its_statement() -> None:
    # the guard: a cabinet's resolution is an act (here the embargo it extends)
    found = events_of("On Wednesday the Council of Ministers in Minsk adopted Resolution No. "
                      "865, which extends the food embargo on Polish goods.", dt.date(2022, 12, 16))
    assert [e.kind for e in found] == ["measure"]


def test_an_act_named_by_a_noun_in_the_words_does_not_stand_for_them() -> None:
    # "a possible Polish attack" is what the question was about, not an act he reports:
    # his answer stays his statement
    text = ("In May, asked at a press conference after the Victory Day celebrations about a "
            "possible Polish attack on Belarus, Lukashenka answered: let them try.")
    said = [e for e in events_of(text, dt.date(2022, 7, 6)) if e.kind == "statement"]
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in said] \
        == [("Alyaksandr Lukashenka", ("BLR", "POL"))]
