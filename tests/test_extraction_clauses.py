"""Clauses on fresh text: a call partner the parser makes a trailing attribution's
subject, a relative pronoun that stands for its noun, a state that is "still" in force, a
past day inside a reported intention, a "when" clause that shares its main clause's time, a
distance from an act dated earlier, the statement a saying was published in, a reporter's
participle the parser hangs on the reported clause, countries named on the speaker's own
side or only as the setting, an appeal's content, reporting verbs beyond "say", and letters
of credence.  On sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract
from pipeline.types import Article, ExtractedEvent


def events(text: str, published: dt.date) -> list[ExtractedEvent]:
    return extract(Article(text=text, published=published))


def of_kind(found: list[ExtractedEvent], kind: str) -> list[ExtractedEvent]:
    return [e for e in found if e.kind == kind]


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


def test_a_past_day_inside_a_reported_intention_dates_the_saying() -> None:
    text = ("Prime Minister Donald Tusk announced the plan on Saturday in Krakow. Tusk first "
            "said he wanted to fortify the whole border with Belarus on May 11, citing a "
            "growing hybrid war.")
    said = of_kind(events(text, dt.date(2024, 5, 19)), "statement")
    assert dt.date(2024, 5, 11) in [e.date for e in said]


def test_a_future_act_with_its_own_day_keeps_that_day() -> None:
    # the guard: "would close ... on 12 September" is the closure's day, never the saying's
    # (only verbs of intending move a past day to the saying)
    text = ("On Monday Poland's interior minister said Poland would close the border with "
            "Belarus on 12 September.")
    found = events(text, dt.date(2023, 9, 20))
    assert found and dt.date(2023, 9, 18) not in [e.date for e in found]


def test_a_when_clause_dates_its_main_clause() -> None:
    text = ("Uladzimir Chushev presented his credentials in Warsaw on Thursday.\n\n"
            "When Alyaksandr Lukashenka appointed Chushev in February, the Belarusian leader "
            "told him that the coming years would settle the shape of relations with Poland.")
    said = of_kind(events(text, dt.date(2019, 3, 22)), "statement")
    assert [(e.date, e.date_precision, e.countries) for e in said] \
        == [(dt.date(2019, 2, 1), "month", ("BLR", "POL"))]


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


def test_complained_that_is_a_statement_of_the_day_named() -> None:
    # "on Monday that since 20 March": the weekday is the complaint's, not 20 March's
    text = ("Belarus's State Border Committee complained on Monday that since 20 March only "
            "47 trucks had passed through the crossing from Poland into Belarus.")
    said = of_kind(events(text, dt.date(2022, 4, 19)), "statement")
    assert [(e.countries, e.cameo_code, e.date) for e in said] \
        == [(("BLR", "POL"), "114", dt.date(2022, 4, 18))]


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


def test_a_distance_from_an_act_dated_earlier_counts_from_that_act() -> None:
    text = ("The two crossings on the Belarusian border reopened on 17 November.\n\n"
            "Two days before the reopening, the Belarusian foreign ministry's spokesman Ruslan "
            "Varankov welcomed the decision of the Polish authorities as a constructive step.")
    said = of_kind(events(text, dt.date(2025, 11, 24)), "statement")
    assert [(e.date, e.countries) for e in said] == [(dt.date(2025, 11, 15), ("BLR", "POL"))]
    # the same when the act is told with its doer, whose gerund the parser reads as a verb
    text = ("Poland reopened its Kuźnica and Bobrowniki crossings on 17 November.\n\n"
            "Two days before the reopening, Belarusian foreign ministry spokesman Ruslan "
            "Varankov welcomed the Polish decision as a sign of a constructive attitude.")
    said = of_kind(events(text, dt.date(2025, 12, 10)), "statement")
    assert [(e.date, e.countries) for e in said] == [(dt.date(2025, 11, 15), ("BLR", "POL"))]


def test_words_of_an_announcement_dated_earlier_are_from_its_day() -> None:
    text = ("Interior Minister Marcin Kierwiński has extended the buffer zone, his ministry "
            "announced on Friday; the new regulation takes effect today and will apply until "
            "4 December.\n\n"
            "The ministry's announcement also accused Belarusian state services of taking part "
            "in attacks on Polish soldiers.")
    said = [e for e in of_kind(events(text, dt.date(2025, 9, 6)), "statement")
            if e.countries == ("BLR", "POL")]
    assert [e.date for e in said] == [dt.date(2025, 9, 5)]


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


def test_a_second_act_with_its_own_month_keeps_it() -> None:
    # "in February 2023 after ...": a date of its own, not a distance from the sentencing
    text = ("Poland shut Kuźnica in November 2021 at the height of the migrant crisis, and "
            "closed Bobrowniki in February 2023 after Andrzej Poczobut was sentenced.")
    closures = [e for e in of_kind(events(text, dt.date(2025, 1, 17)), "measure")
                if e.cameo_code != "173"]  # (the sentencing is a measure of its own)
    assert sorted((e.date, e.date_precision) for e in closures) \
        == [(dt.date(2021, 11, 1), "month"), (dt.date(2023, 2, 1), "month")]


def test_the_week_before_dates_from_the_story_not_from_publication() -> None:
    text = ("Belarus's defence minister Viktar Khrenin spoke yesterday. He recalled that the "
            "Belarusian attaché had been called to the Polish defence ministry the week before.")
    summons = of_kind(events(text, dt.date(2021, 11, 17)), "meeting")
    assert [(e.date, e.countries) for e in summons] == [(dt.date(2021, 11, 9), ("BLR", "POL"))]


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


def test_a_date_inside_what_is_reported_does_not_move_the_story() -> None:
    text = ("Dmitry Gora, chairman of Belarus's Investigative Committee, said on Monday that "
            "investigators were checking whether the response of the Polish forces on "
            "November 16 had been planned in advance.\n\n"
            "The Belarusian foreign ministry said Poland had used toxic irritants against "
            "refugees.")
    said = of_kind(events(text, dt.date(2021, 11, 23)), "statement")
    assert [e.date for e in said] == [dt.date(2021, 11, 22), dt.date(2021, 11, 22)]


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



def test_a_past_perfect_act_in_a_relative_clause_is_background() -> None:
    text = ("Poland's foreign ministry called the Belarusian election a farce on Sunday.\n\n"
            "Belarusian Foreign Minister Maxim Ryzhenkov spoke to reporters on Tuesday. "
            "Instead of such statements, he said, Poland should work with Minsk on the many "
            "open issues between the two countries, some of which Warsaw itself had asked "
            "Belarus to help resolve.")
    found = events(text, dt.date(2025, 1, 29))
    assert [(e.kind, e.source_country, e.target_country, e.date) for e in found
            if e.date == dt.date(2025, 1, 28)] == [("statement", "BLR", "POL", dt.date(2025, 1, 28))]


def test_a_date_in_a_things_name_does_not_date_the_paragraph() -> None:
    text = ("On Sunday Małgorzata Gosiewska, deputy speaker of the Polish Sejm, was in Hrodna, "
            "where she honoured the city's defenders of September 1939. In interviews she said "
            "she regretted the way the Belarusian authorities had treated Polish teachers.")
    found = of_kind(events(text, dt.date(2019, 9, 30)), "statement")
    assert [(e.source_country, e.target_country, e.date) for e in found] \
        == [("POL", "BLR", dt.date(2019, 9, 29))]


def test_days_after_a_month_named_stay_in_that_month() -> None:
    text = ("A court in Grodno sentenced the Polish minority activist to eight years in "
            "prison in February. Two days later Poland closed the Bobrowniki crossing.")
    closures = [e for e in of_kind(events(text, dt.date(2023, 4, 5)), "measure")
                if e.source_country == "POL"]
    assert [(e.date, e.date_precision) for e in closures] == [(dt.date(2023, 2, 1), "month")]


def test_hours_later_is_the_day_just_named() -> None:
    # (the day is named inside what someone reports, so it is not the story's day)
    text = ("On Friday Poland asked Belarus to stop pumping oil, Belneftekhim spokesman "
            "Alexander Tishchenko told reporters in Minsk.\n\n"
            "Less than an hour later Tishchenko announced that the Polish side had fixed the "
            "problem.")
    found = [e for e in of_kind(events(text, dt.date(2020, 10, 26)), "statement")
             if "an hour later" in (e.evidence or "")]
    assert [e.date for e in found] == [dt.date(2020, 10, 23)]


def test_a_round_ups_weekday_heading_dates_its_section() -> None:
    text = ("Belarus-Poland week, 11-15 November\n\n"
            "Tuesday: no family photo\n\n"
            "Andrzej Duda stayed out of the leaders' group photograph at COP29 on Tuesday.\n\n"
            "Thursday: Minsk hits back\n\n"
            "Two days later the Belarusian leader gave his own version. Lukashenko said nobody "
            "at the summit had noticed that Duda was missing.")
    found = of_kind(events(text, dt.date(2024, 11, 15)), "statement")
    assert [(e.source_country, e.target_country, e.date) for e in found
            if e.source_country == "BLR"] == [("BLR", "POL", dt.date(2024, 11, 14))]


def test_later_in_the_month_is_the_month_last_named_and_a_tuesday_is_no_day() -> None:
    text = ("In early September Poland's foreign ministry said it regretted the decision of the "
            "Belarusian authorities.\n\n"
            "Later in the month Belarus's deputy foreign minister Oleg Kravchenko spent a "
            "Tuesday and a Wednesday in Warsaw for consultations with his Polish counterpart "
            "Bartosz Cichocki.")
    found = of_kind(events(text, dt.date(2018, 10, 5)), "meeting")
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2018, 9, 1), "month")]


def test_a_year_described_is_the_topic_not_the_day() -> None:
    text = ("Anna Maria Dyner of the Polish Institute of International Affairs describes 2019 "
            "as a year of intensive contacts between Poland and Belarus.")
    found = of_kind(events(text, dt.date(2020, 6, 10)), "statement")
    assert [(e.date, e.date_precision) for e in found] == [(dt.date(2020, 6, 10), "day")]


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


def test_a_label_in_a_free_relative_is_no_saying_of_its_own() -> None:
    # the parser hangs "what he called" on "war": it is the speaker's label, not a second
    # statement left without the day of the first
    text = ("Before flying to Beijing on 22 June, President Andrzej Duda said the political "
            "part of his visit would be very important because of the war in Ukraine and what "
            "he called Belarus's hybrid attack on the Polish border.")
    found = of_kind(events(text, dt.date(2024, 7, 5)), "statement")
    assert found and {e.date for e in found} == {dt.date(2024, 6, 22)}


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


@pytest.mark.parametrize(("text", "published", "speaker", "day"), [
    ("In January Belarus's KGB added Radio Racyja, a station with its newsroom in "
     "Białystok, to its list of extremist formations. The security service took the "
     "decision on 16 January and announced it a week later.\n\n"
     "In an interview that Belsat published on Tuesday, Artur Michalski, a former "
     "Polish ambassador to Belarus who has for almost a year been the foreign "
     "ministry's special representative for relations with the Belarusian democratic "
     "forces, said he reads Belarusian every day and follows Belarusian news sources. "
     "It is hard to shed an emotional attitude to Belarus, he told the channel, "
     "because there is too much suffering there.",
     dt.date(2024, 5, 23), "Artur Michalski", dt.date(2024, 5, 21)),
    ("The daily asked the ministry this month what the offer contained.\n\n"
     "Asked by Belsat in an interview published on 24 April what the minister had "
     "meant, Łukasz Jasina said the proposals had been very simple. He warned that "
     "every time Alaksandr Lukashenka crossed a red line he would get his knuckles "
     "rapped.",
     dt.date(2023, 5, 30), "Łukasz Jasina", dt.date(2023, 4, 24)),
])
def test_the_day_an_interview_was_published_dates_what_was_said_in_it(
        text: str, published: dt.date, speaker: str, day: dt.date) -> None:
    # "an interview that Belsat published on Tuesday", "asked ... in an interview published
    # on 24 April": a clause on the interview, not on a thing; its day is the story's day,
    # so the next remark from the same interview keeps it
    said = [e for e in events(text, published) if e.kind == "statement"
            and e.speaker is not None and e.speaker.name == speaker]
    assert said and all(e.date == day for e in said)


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
