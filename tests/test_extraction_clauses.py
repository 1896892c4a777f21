"""Clauses on fresh text: a call partner the parser makes a trailing attribution's
subject, a relative pronoun that stands for its noun, a state that is "still" in force, the
statement a saying was published in, a reporter's participle the parser hangs on the
reported clause, countries named on the speaker's own side or only as the setting, an
appeal's content, reporting verbs beyond "say", letters of credence, and acts a report tells
rather than says.  On sentences of our own (which day a clause gives:
test_extraction_clause_dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_helpers import events, of_kind

MFA_APPEAL = ("In a statement published on Saturday, the Polish MFA called on the authorities "
              "of the Republic of Belarus to return to the commitments they accepted and to "
              "release all prisoners of conscience.")


def test_a_relative_pronoun_object_stands_for_the_checkpoint_it_refers_to() -> None:
    text = ("Relations between Minsk and Warsaw remain cold.\n\n"
            "The Kuźnica–Bruzgi checkpoint, which Poland closed in November 2021 at the height "
            "of the migration crisis, is still shut.")
    closures = of_kind(events(text, dt.date(2022, 11, 21)), "measure")
    assert [(e.date, e.date_precision, e.source_country, e.target_country) for e in closures] \
        == [(dt.date(2021, 11, 1), "month", "POL", "BLR")]


def test_a_measure_still_in_force_is_no_act_of_the_publication_day() -> None:
    text = ("Belarus and Poland exchanged notes on Monday.\n\n"
            "The Bobrowniki crossing is still shut.")
    assert of_kind(events(text, dt.date(2024, 3, 6)), "measure") == []


def test_a_closure_told_in_the_past_is_still_a_measure() -> None:
    # the guard: only "still" in the present marks a state
    text = ("Belarus and Poland exchanged notes on Monday.\n\n"
            "Poland closed the Bobrowniki crossing on Tuesday.")
    closures = of_kind(events(text, dt.date(2024, 3, 6)), "measure")
    assert [(e.date, e.countries) for e in closures] == [(dt.date(2024, 3, 5), ("BLR", "POL"))]


def test_a_reporters_participle_hung_on_the_reported_clause_is_still_the_reporters() -> None:
    text = ("Alyaksandr Lukashenka spoke to Belarusian diplomats on Tuesday. In the same "
            "remarks he said Poles had nothing to fear from Belarus, while warning that Minsk "
            "would not stand by quietly if its neighbour started flexing its muscles.")
    said = of_kind(events(text, dt.date(2019, 2, 14)), "statement")
    assert said and all(e.source_country == "BLR" for e in said)
    assert {e.speaker.name for e in said if e.speaker} == {"Alyaksandr Lukashenka"}


def test_a_country_named_beside_the_speakers_own_is_on_the_speakers_side() -> None:
    text = ("On Thursday Sergei Rakhmanov, a Belarusian senator, said Minsk and Moscow would "
            "take a mirror decision if Poland hosted a US armoured division.")
    said = of_kind(events(text, dt.date(2018, 11, 9)), "statement")
    assert [(e.source_country, e.target_country) for e in said] == [("BLR", "POL")]


def test_reporting_verbs_with_a_clause_are_statements_and_without_one_are_not() -> None:
    said = of_kind(events("On Monday the Polish foreign ministry maintained that Belarus had "
                          "broken the agreement.", dt.date(2022, 4, 19)), "statement")
    assert [e.countries for e in said] == [("BLR", "POL")]
    kept = of_kind(events("On Monday the Polish foreign ministry maintained contacts with "
                          "Belarus.", dt.date(2022, 4, 19)), "statement")
    assert kept == []


def test_letters_of_credence_presented_are_a_contact() -> None:
    text = ("Uladzimir Chushev, Belarus's new ambassador, presented his letters of credence to "
            "President Andrzej Duda on Thursday.")
    met = of_kind(events(text, dt.date(2019, 3, 22)), "meeting")
    assert [(e.date, e.countries) for e in met] == [(dt.date(2019, 3, 21), ("BLR", "POL"))]


def test_the_day_a_statement_was_published_dates_the_appeal_made_in_it() -> None:
    found = events(MFA_APPEAL, dt.date(2025, 8, 10))
    # the appeal is the event; what it asks for (a release) is not a measure taken
    assert [(e.kind, e.date, e.countries) for e in found] \
        == [("statement", dt.date(2025, 8, 9), ("BLR", "POL"))]


def test_an_appeal_to_release_prisoners_reproaches_whom_it_addresses() -> None:
    said = of_kind(events(MFA_APPEAL, dt.date(2025, 8, 10)), "statement")
    assert said and all(e.tone is not None and e.tone < -0.2 for e in said)


def test_an_appeal_to_talk_keeps_its_friendly_words() -> None:
    # the guard: only appeals to undo or stop something reproach
    text = "On Monday the Polish MFA called on Belarus to resume a constructive dialogue."
    said = of_kind(events(text, dt.date(2025, 8, 12)), "statement")
    assert said and all(e.tone is not None and e.tone > 0.2 for e in said)


def test_the_city_a_statement_was_made_in_is_not_its_subject() -> None:
    text = ("Sikorski said on Monday after a meeting of EU foreign ministers in Brussels that "
            "Hungary had blocked a common statement on the electoral farce in Belarus.")
    said = of_kind(events(text, dt.date(2025, 1, 28)), "statement")
    # what he said is about Hungary and Belarus; the Brussels of the setting is neither
    assert [e.source_country for e in said] == ["POL"]
    assert all("BEL" not in e.countries and e.target_country in ("HUN", "BLR") for e in said)


def test_sat_down_with_is_a_contact_of_those_two() -> None:
    text = ("Poland's foreign minister Zbigniew Rau did sit down with Russia's Sergei Lavrov in "
            "New York on Wednesday, the first meeting of the two countries' foreign ministers "
            "since 2019.")
    met = of_kind(events(text, dt.date(2021, 10, 1)), "meeting")
    assert [(e.countries, e.date) for e in met] == [(("POL", "RUS"), dt.date(2021, 9, 29))]


def test_a_meeting_that_had_been_expected_did_not_take_place() -> None:
    text = ("Belarus and Poland are at odds. Polish media had expected Makei and Zbigniew Rau "
            "to meet on the sidelines of the UN General Assembly.")
    assert of_kind(events(text, dt.date(2021, 10, 1)), "meeting") == []


def test_a_meeting_expected_without_the_pluperfect_is_still_reported() -> None:
    # the guard: only the pluperfect tells an expectation that was not met
    text = ("Belarus and Poland are at odds. Polish media expected Makei and Zbigniew Rau "
            "to meet on the sidelines of the UN General Assembly.")
    met = of_kind(events(text, dt.date(2021, 10, 1)), "meeting")
    assert [e.countries for e in met] == [("BLR", "POL")]


def test_in_away_from_call_is_a_place_not_a_summons() -> None:
    text = ("Polish Foreign Minister Radosław Sikorski called the vote an electoral farce in "
            "Belarus.")
    found = events(text, dt.date(2025, 1, 27))
    assert [e.kind for e in found] == ["statement"]
    summons = events("Poland's foreign ministry called in the Belarusian chargé d'affaires on "
                     "Monday.", dt.date(2021, 10, 6))
    assert [(e.kind, e.cameo_code) for e in summons] == [("meeting", "114")]


def test_a_ledes_statement_of_a_state_is_the_statement_of_its_body_below() -> None:
    text = ("MINSK, March 27 – Belarus on Monday accused Poland of deliberately holding up "
            "trucks at their common border.\n\n"
            "Belarus's State Border Committee said the queue in front of the Kozlovichi "
            "crossing had grown to 1,300 trucks.")
    said = of_kind(events(text, dt.date(2023, 3, 28)), "statement")
    assert len(said) == 1
    assert said[0].speaker is not None and "Border Committee" in said[0].speaker.name
    assert said[0].tone is not None and said[0].tone < -0.2  # the lede's accusation


def test_a_ledes_statement_stays_apart_from_another_days_remark() -> None:
    # the guard: a remark of another day is another statement
    text = ("MINSK, March 27 – Belarus on Monday accused Poland of deliberately holding up "
            "trucks at their common border.\n\n"
            "On Friday, Belarus's State Border Committee said the queue in front of the "
            "Kozlovichi crossing on the border with Poland had grown.")
    said = of_kind(events(text, dt.date(2023, 3, 28)), "statement")
    assert len(said) == 2


def test_who_has_claimed_portrays_a_person_and_reports_no_statement() -> None:
    text = ("Poland has added twelve Belarusian officials to its sanctions list.\n\n"
            "They include Sergei Rachkov, who has claimed that Poland interferes in Belarus's "
            "internal affairs.")
    assert of_kind(events(text, dt.date(2022, 12, 30)), "statement") == []


def test_figures_are_counted_not_said() -> None:
    text = ("Belarus and Poland remain at odds over the border.\n\n"
            "According to Polish figures, some 26,000 people have tried to cross from Belarus "
            "since January.")
    assert of_kind(events(text, dt.date(2024, 10, 18)), "statement") == []
    said = of_kind(events("Belarus and Poland remain at odds over the border.\n\nAccording "
                          "to the Polish foreign ministry, Belarus steers the migrants.",
                          dt.date(2024, 10, 18)), "statement")
    assert [e.countries for e in said] == [("BLR", "POL")]  # the guard: a speaker speaks


def test_officials_due_to_sit_down_are_the_contacts_parties() -> None:
    """Undated, the sitting officials of both sides were due to hold is a contact of both;
    on a day the report names as its own ("on Friday", a Friday report) it is still ahead
    and no contact yet (the brief's rule for reported future acts)."""
    text = ("Officials from Poland and Belarus were due to sit down in Minsk to agree how the "
            "contaminated oil will be flushed out of the pipeline.")
    met = of_kind(events(text, dt.date(2019, 4, 26)), "meeting")
    assert [(e.countries, e.date) for e in met] == [(("BLR", "POL"), dt.date(2019, 4, 26))]
    dated = text.replace("in Minsk", "in Minsk on Friday")
    assert of_kind(events(dated, dt.date(2019, 4, 26)), "meeting") == []


def test_a_name_the_tagger_missed_is_a_person_when_an_appositive_title_introduces_it() -> None:
    text = ("Poland and Belarus traded accusations on Monday over the clashes at Kuźnica.\n\n"
            "Igor Malyk, a deputy head of the General Staff's radiation, chemical and "
            "biological protection department, said the Polish side had used special means "
            "containing toxic irritants against refugees.")
    said = of_kind(events(text, dt.date(2021, 11, 23)), "statement")
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in said] \
        == [("Igor Malyk", ("BLR", "POL"))]


def test_goods_arriving_are_no_visit() -> None:
    text = ("On 19 April Poland's pipeline operator PERN was told by Belarusian operator "
            "Gomeltransneft Druzhba that crude arriving in Belarus from Russia was "
            "contaminated.")
    found = events(text, dt.date(2019, 4, 26))
    assert not any(e.kind == "meeting" and "RUS" in e.countries for e in found)
    # the notification itself is the contact of the two operators' countries
    assert [(e.kind, e.countries) for e in found if e.kind == "meeting"] \
        == [("meeting", ("BLR", "POL"))]


def test_a_delegation_arriving_is_a_visit() -> None:
    # the guard: visitors still visit
    found = events("A Polish parliamentary delegation arrived in Minsk on Friday.",
                   dt.date(2019, 4, 26))
    assert [(e.kind, e.countries) for e in found] == [("meeting", ("BLR", "POL"))]


def test_the_specific_act_outranks_the_plain_saying_of_the_same_sentence() -> None:
    text = ("Polish Foreign Minister Radosław Sikorski mocked the Belarusian vote on X on "
            "Sunday, writing that the suspense over who would be declared the winner was "
            "unbearable.")
    said = of_kind(events(text, dt.date(2025, 1, 28)), "statement")
    assert [(e.cameo_code, e.countries) for e in said] == [("111", ("BLR", "POL"))]
    assert said[0].tone is not None and said[0].tone < -0.2


def test_a_verdict_the_social_media_lexicon_lacks_still_reads_as_one() -> None:
    text = ("Belarusian Foreign Minister Maksim Ryzhenkov called the Polish minister's remarks "
            "boorish on Tuesday.")
    said = of_kind(events(text, dt.date(2025, 1, 29)), "statement")
    assert said and all(e.tone is not None and e.tone < -0.2 for e in said)


def test_a_hostile_act_promised_under_a_condition_is_a_threat() -> None:
    text = ("After a meeting of Poland's leadership on Thursday, Deputy Foreign Minister Marcin "
            "Przydacz said further crossings with Belarus could be closed if the situation "
            "escalated again.")
    said = of_kind(events(text, dt.date(2021, 10, 1)), "statement")
    assert said and all(e.tone is not None and e.tone < -0.2 for e in said)


def test_an_appeal_coordinated_with_the_saying_reproaches() -> None:
    text = ("Minsk said it had raised the matter with Warsaw and urged Poland to release the "
            "Belarusian citizens held there.")
    said = of_kind(events(text, dt.date(2021, 10, 1)), "statement")
    assert said and all(e.tone is not None and e.tone < -0.2 for e in said)


def test_a_summons_to_protest_is_the_contact_not_a_lone_statement() -> None:
    text = ("Belarus's foreign ministry has summoned the Polish chargé d'affaires to protest "
            "against the detention of two Belarusian lorry drivers.")
    found = events(text, dt.date(2024, 3, 6))
    assert [(e.kind, e.date, e.source_country, e.target_country) for e in found] \
        == [("meeting", dt.date(2024, 3, 6), "BLR", "POL")]


def test_a_meeting_hoped_for_is_no_contact_yet() -> None:
    # the wish is the news: a statement of intent, and no meeting dated the day it was said
    for text in ("Tsikhanouskaya said on Wednesday that she expected to meet Sikorski soon.",
                 "Tsikhanouskaya said on Wednesday that she hoped to meet Sikorski soon."):
        found = events(text, dt.date(2023, 12, 14))
        assert of_kind(found, "meeting") == [], text
        assert [e.countries for e in of_kind(found, "statement")] == [("BLR", "POL")], text


def test_stones_thrown_and_gunfire_reported_are_incidents_not_statements() -> None:
    for text in ("A group of foreigners on the Belarusian side pelted Polish Border Guard cars "
                 "with stones on Thursday, the Polish Border Guard said.",
                 "According to the State Border Committee of Belarus, a Belarusian patrol heard "
                 "gunfire from the Polish side of the border on Friday."):
        found = events(text, dt.date(2023, 6, 9))
        assert of_kind(found, "statement") == [], text
        assert [e.countries for e in of_kind(found, "incident")] == [("BLR", "POL")], text


def test_speech_named_as_a_topic_reports_none() -> None:
    text = ("Our weekly look at what Warsaw and Minsk said about each other as the migrant "
            "pressure on the border continued.")
    assert events(text, dt.date(2021, 10, 1)) == []


def test_a_visit_invited_or_restated_is_no_second_contact() -> None:
    text = ("Anna Schmidt-Rodziewicz, a secretary of state in the Prime Minister's Chancellery, "
            "spent the end of the week in Belarus.\n\nOn Friday in Minsk she sat down with "
            "Leanid Hulaka, the Belarusian government's commissioner for religious affairs. "
            "Hulaka accepted her invitation to pay a return visit, which would be his first "
            "trip of this sort to Poland.")
    found = of_kind(events(text, dt.date(2019, 8, 19)), "meeting")
    assert [(e.date, e.cameo_code) for e in found] == [(dt.date(2019, 8, 16), "040")]


def test_a_custom_or_a_count_of_contacts_is_no_contact() -> None:
    for text in ("The Polish-Belarusian subcommission meets alternately in Poland and Belarus.",
                 "Tsikhanouskaya said on Wednesday that she had met Polish Prime Minister "
                 "Donald Tusk several times in recent years."):
        assert of_kind(events(text, dt.date(2023, 12, 28)), "meeting") == [], text


@pytest.mark.parametrize("text", [
    "Poland has called its ambassador home from Minsk for consultations.",
    # the parser hangs "home" on the capital
    "Belarus said it was calling its own ambassadors in Warsaw and Vilnius home for "
    "consultations on 5 October.",
    # the parser reads "home" as the object's predicate, as in a verdict ("called it absurd")
    "Earlier this month Minsk called its ambassador in Warsaw home for consultations.",
])
def test_an_ambassador_called_home_is_a_recall_however_parsed(text: str) -> None:
    found = events(text, dt.date(2020, 10, 9))
    assert of_kind(found, "meeting") == []
    assert [(e.cameo_code, e.countries) for e in of_kind(found, "measure")] \
        == [("161", ("BLR", "POL"))]


def test_an_answer_given_by_an_act_is_the_act_not_a_statement() -> None:
    text = ("Poland expelled a Belarusian diplomat on Monday. Minsk responded on Tuesday by "
            "expelling two Polish diplomats.")
    found = events(text, dt.date(2023, 3, 8))
    second = [e for e in found if "responded" in (e.evidence or "")]
    assert [(e.kind, e.source_country, e.target_country) for e in second] \
        == [("measure", "BLR", "POL")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(  # visas "given" are a measure, not the teller's statement
        "Poland has given humanitarian visas to a Belarusian rider and her partner, a Polish "
        "MP said on Sunday.", dt.date(2021, 9, 6), [("measure", "POL", "BLR", "080")],
        id="visas-given"),
    pytest.param(  # an act against a minority's leader is also towards its kin state
        "A court in Grodno on Wednesday sentenced Andrzej Poczobut, a journalist, to eight "
        "years in a penal colony.", dt.date(2023, 2, 9), [("measure", "BLR", "POL", "173")],
        id="kin-state"),
    pytest.param(  # the leader is a person of his own state, so "him" finds him
        "Andrzej Poczobut has been behind bars since March 2021. On Wednesday a court in "
        "Grodno sentenced him to eight years in a penal colony.", dt.date(2023, 2, 9),
        [("measure", "BLR", "POL", "173")], id="kin-state-him"),
    pytest.param(  # a group crossing from the other side, reported where it came in
        "BIAŁYSTOK, Poland, Dec 12 – A Polish soldier was struck by a stone when a group of 55 "
        "people forced their way across the border from Belarus near Czeremcha, Poland's "
        "Border Guard said on Sunday.", dt.date(2021, 12, 12),
        [("incident", "BLR", "POL", "150")], id="group-crossing"),
    pytest.param(  # firing signal pistols at the border
        "– Belarusian soldiers fired signal pistols near Krynki; the shots were heard and seen "
        "from the Polish side, Michalska tells PAP.", dt.date(2022, 2, 7),
        [("incident", "BLR", "POL", "190")], id="signal-pistols"),
])
def test_the_act_a_report_tells_is_the_event(text: str, published: dt.date,
                                             expected: list[tuple[str, ...]]) -> None:
    found = [e for e in events(text, published) if len(e.countries) == 2]
    assert [(e.kind, e.source_country or "", e.target_country or "", e.cameo_code or "")
            for e in found] == expected


def test_a_message_passed_and_told_in_public_is_also_a_statement() -> None:
    # the summons is the contact; telling reporters what he told the envoy is a statement
    found = events("On Thursday Deputy Foreign Minister Marcin Przydacz summoned Belarus's "
                   "ambassador Uladzimir Chushev. After the meeting, Przydacz tells reporters "
                   "he informed the ambassador that Poland does not accept this narrative.",
                   dt.date(2020, 8, 28))
    assert len(of_kind(found, "meeting")) == 1
    statements = of_kind(found, "statement")
    assert [(s.speaker.name if s.speaker else None, s.countries) for s in statements] == [
        ("Marcin Przydacz", ("BLR", "POL"))]


def test_a_message_received_and_reported_is_the_contact_only() -> None:
    # the side that was told reports the contact; it states no position of its own
    found = events("The Polish railway administration notified Belarusian Railways on "
                   "Saturday that trains formed in Belarus would stop running, the Belarusian "
                   "Railways press service said.", dt.date(2020, 3, 16))
    assert [e.kind for e in found] == ["meeting"]


def test_a_contact_asked_about_is_no_contact() -> None:
    # "what had been discussed" asks about the summons; it is no second contact, and the
    # summons keeps its own sentence and code
    found = events("Poland's chargé d'affaires was summoned to the foreign ministry in Minsk on "
                   "Friday. Polish spokesman Paweł Wroński told a briefing on Friday that the "
                   "case was a provocation; he would not say what had been discussed at the "
                   "ministry in Minsk.", dt.date(2025, 9, 5))
    assert [(e.cameo_code, e.evidence[:16]) for e in of_kind(found, "meeting")] == [
        ("114", "Poland's chargé ")]


def test_a_contact_in_a_when_clause_is_still_told() -> None:
    found = events("Szejna said the talks went well when he met Latushka in Warsaw on "
                   "Thursday.", dt.date(2025, 9, 5))
    assert [e.countries for e in of_kind(found, "meeting")] == [("BLR", "POL")]


def test_a_participant_who_had_been_summoned_was_summoned_for_the_act() -> None:
    # the past perfect relative clause is the occasion of the act, on that act's day (a
    # past perfect relative clause of another kind stays background)
    found = events("Minsk announced retaliation against Poland. The package was read out on "
                   "17 February to Krzysztof Ożanna, Poland's chargé d'affaires, who had been "
                   "called to the Belarusian foreign ministry.", dt.date(2023, 2, 24))
    assert [(e.date, e.cameo_code) for e in of_kind(found, "meeting")] == [
        (dt.date(2023, 2, 17), "114")]


@pytest.mark.parametrize("text", [
    "Close to 800 people from Belarus will study or do research in Poland this year on "
    "scholarships paid for by the Polish state as help for victims of repression, Jan "
    "Malicki, director of the University of Warsaw's Centre for East European Studies, told "
    "the Polish Press Agency this month.",
    "MINSK, 19 December – Belarus has not given up on selling electricity to Poland, and "
    "talks on the subject are still going on, the director general of the state power "
    "company Belenergo, Pavel Drozd, told journalists on Thursday.",
])
def test_an_attribution_the_parser_joins_at_the_end_reports_the_clauses_before(
        text: str) -> None:
    # "..., X told journalists": parsed as one more clause joined to the content; the
    # speaker, of no known side (a university centre, a state company), speaks of the
    # relation of the two countries the content names
    said = [(e.speaker.name if e.speaker else None, e.countries)
            for e in events(text, dt.date(2021, 2, 26) if "800" in text
                            else dt.date(2019, 12, 19)) if e.kind == "statement"]
    assert said in ([("Jan Malicki", ("BLR", "POL"))], [("Pavel Drozd", ("BLR", "POL"))])


def test_the_partner_of_a_call_the_parser_makes_the_subject_of_the_attribution() -> None:
    """"held a telephone conversation today with Foreign Minister of Poland Jacek
    Czaputowicz, the press service ... reported": the parser hangs the name after "with" on
    "reported" as its subject; the call is still with him, and the press service speaks."""
    found = events("MINSK, 6 May - Foreign Minister of Belarus Vladimir Makei held a telephone "
                   "conversation today with Foreign Minister of Poland Jacek Czaputowicz, the "
                   "press service of the Belarusian Foreign Ministry reported.",
                   dt.date(2020, 5, 6))
    assert [e.countries for e in of_kind(found, "meeting")] == [("BLR", "POL")]
    assert all(e.speaker is None or "Czaputowicz" not in e.speaker.name
               for e in of_kind(found, "statement"))
