"""Sentence forms the extractor met first in articles it had not been tuned on, each
checked on sentences of our own at the extractor level (not copied from any article): who
speaks, for which side and about whom, and which day a dateline, a heading or an occasion
gives (the acts themselves: test_extraction_unseen_act_forms.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction.dates import dateline
from tests.sentence_helpers import WEDNESDAY
from tests.unseen_forms_helpers import FRIDAY, events_of


@pytest.mark.parametrize(("text", "speaker"), [
    ("Interior Minister Mariusz Kamiński added 120 people to the national sanctions list on "
     "Monday. The people on the list served the Belarusian regime, the ministry said.",
     "Ministry of Interior and Administration of Poland"),
    ("Interior Minister Mariusz Kamiński signed the order on Monday. The decision answers "
     "the jailing of activists in Belarus, the interior ministry said.",
     "Ministry of Interior and Administration of Poland"),
    ("Polish Foreign Minister Radosław Sikorski met Ukrainian officials on Monday. "
     "The ministry said Belarus was a threat.", "Ministry of Foreign Affairs of Poland"),
])
def test_the_ministry_of_the_minister_named_before(text: str, speaker: str) -> None:
    statements = [e for e in events_of(text) if e.kind == "statement"]
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in statements] == [
        (speaker, ("BLR", "POL"))]


def test_an_earlier_ministry_still_wins_over_a_minister() -> None:
    found = events_of("The Belarusian Foreign Ministry protested on Monday. Polish Defence "
                      "Minister Mariusz Błaszczak visited the border. The ministry said "
                      "Poland was stirring tension.")
    speakers = [e.speaker.name for e in found if e.kind == "statement" and e.speaker]
    assert "Ministry of Foreign Affairs of Belarus" in speakers
    assert all("Poland" not in s for s in speakers)


def test_a_state_reported_by_its_own_leader_speaks_through_him() -> None:
    # (not "Belarus had warned Poland about the drones": a warning told is a contact, which
    # stands for the words that report it; see test_extraction_contact_acts.py)
    found = events_of("Lukashenko spoke to reporters in Minsk on Thursday. Belarus had never "
                      "threatened Poland, he said.")
    statements = [e for e in found if e.kind == "statement" and e.countries == ("BLR", "POL")]
    assert [e.speaker.name if e.speaker else None for e in statements] == [
        "Alyaksandr Lukashenka"]


def test_a_state_reported_by_the_other_side_keeps_no_speaker() -> None:
    found = events_of("Sikorski spoke in Warsaw on Thursday. Belarus had threatened Poland "
                      "for months, he said.")
    assert all(e.speaker is None or e.speaker.country == "POL" for e in found)


def test_a_wire_dateline_dates_the_report_and_names_no_speaker() -> None:
    text = ("MINSK/WARSAW, Sept 17 (Reuters) - Belarusian leader Alexander Lukashenko said "
            "Poland was stirring unrest. Government spokesman Piotr Müller said Warsaw "
            "rejected the accusation against Poland.")
    found = events_of(text, dt.date(2020, 9, 18))
    statements = [e for e in found if e.kind == "statement"]
    assert {e.date for e in statements} == {dt.date(2020, 9, 17)}
    assert all(e.speaker is None or "WARSAW" not in e.speaker.name for e in found)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("MOSCOW/WARSAW, Sept 17 (Reuters) - Text", dt.date(2020, 9, 18), dt.date(2020, 9, 17)),
    ("MINSK, 30 October – Text", dt.date(2025, 10, 30), dt.date(2025, 10, 30)),
    ("WARSAW (PAP) - Text", dt.date(2025, 10, 30), None),
    ("WARSAW, March 2 (PAP) - Text", dt.date(2024, 5, 15), None),  # too far: not trusted
    ("WARSAW, May 20 (PAP) - Text", dt.date(2024, 5, 15), None),  # after publication
    # a town with its country, as agencies write a dateline outside a capital
    ("DUBICZE CERKIEWNE, Poland, May 29 – Text", dt.date(2024, 5, 30), dt.date(2024, 5, 29)),
    ("BIALYSTOK, Poland (AP) — Text", dt.date(2024, 5, 30), None),
    ("HRODNA, Belarus, Sept. 3 (AP) - Text", dt.date(2024, 9, 4), dt.date(2024, 9, 3)),
    ("WROCŁAW, Oct 18 – Text", dt.date(2019, 10, 18), dt.date(2019, 10, 18)),  # Polish capitals
    ("ŁÓDŹ, Dec 1 (PAP) - Text", dt.date(2022, 12, 1), dt.date(2022, 12, 1)),
])
def test_the_day_of_a_dateline(text: str, published: dt.date, expected: dt.date | None) -> None:
    line = dateline(text, published)
    assert line is not None and text[line[0]:] == "Text"
    assert line[1] == expected


def test_a_town_in_a_dateline_is_no_speaker() -> None:
    """The parser may read "DUBICZE CERKIEWNE" as a person who "said"; a dateline names
    where the report was filed, never who speaks."""
    found = events_of("DUBICZE CERKIEWNE, Poland, May 29 – Prime Minister Donald Tusk said on "
                      "Wednesday that Poland would further fortify its border with Belarus.",
                      dt.date(2024, 5, 30))
    assert [(e.speaker.name if e.speaker else None, e.date) for e in found
            if e.kind == "statement"] == [("Donald Tusk", dt.date(2024, 5, 29))]


@pytest.mark.parametrize("place", ["MINSK", "WROCŁAW"])
def test_the_day_of_a_dateline_dates_no_act(place: str) -> None:
    """A report filed on Friday the 18th about Thursday: the dateline's "Oct 18" is when it
    was filed; the visit is Thursday's, as the sentence says."""
    found = events_of(f"{place}, Oct 18 – Belarus's ambassador to Poland, Vladimir Chushev, "
                      "paid his first visit to Lower Silesia on Thursday and met the chairman of "
                      "the regional assembly.", dt.date(2019, 10, 18))
    assert [(e.kind, e.date) for e in found] == [("meeting", dt.date(2019, 10, 17))]


@pytest.mark.parametrize(("text", "place"), [
    ("MINSK, 30 October – Text", "Minsk"),
    ("BIAŁA PODLASKA, Poland, May 2 – Text", "Biała Podlaska"),
    ("MOSCOW/WARSAW, Sept 17 (Reuters) - Text", None),  # two towns name no one place
])
def test_a_dateline_names_its_town(text: str, place: str | None) -> None:
    line = dateline(text, FRIDAY)
    assert line is not None and line[2] == place


def test_a_headline_or_sentence_is_no_dateline() -> None:
    assert dateline("FRIDAY 1 JULY\n\n10:05 – Visa-free entry began.", FRIDAY) is None
    assert dateline("The Polish MFA - in a rare step - said so.", FRIDAY) is None
    # a word in title case is no dateline's place, Polish letters or not
    assert dateline("Łódź, Dec 1 – Text", FRIDAY) is None
    assert dateline("Łukaszenka - in a rare step - said so.", FRIDAY) is None


def test_a_body_named_by_its_possessive_gives_its_officer_a_country() -> None:
    found = events_of("Myasnikovich, the chairman of Belarus's upper house, was welcomed at "
                      "the Polish Senate on Wednesday by its marshal, Stanisław Karczewski.",
                      dt.date(2019, 2, 14))
    meeting = next(e for e in found if e.kind == "meeting")
    assert {(a.name, a.country) for a in meeting.actors} >= {("Stanisław Karczewski", "POL")}


def test_a_pronoun_prefers_the_subject_over_a_person_named_in_passing() -> None:
    found = events_of(
        "Mikhail Myasnikovich, the chairman of the Council of the Republic, Belarus's upper "
        "house, visited Warsaw on Wednesday. It is the first time Myasnikovich, one of "
        "Lukashenko's longest-serving aides, has visited Warsaw, and he was satisfied. "
        "Cooperation with Poland had been agreed, he told Belsat TV.", dt.date(2019, 2, 14))
    speakers = [e.speaker.name for e in found if e.kind == "statement" and e.speaker]
    assert speakers == ["Mikhail Myasnikovich"]


def test_a_live_blog_entry_happens_on_the_day_of_its_heading() -> None:
    text = ("FRIDAY 1 JULY\n\n10:05 – Foreign Minister Radosław Sikorski said Minsk was to "
            "blame.\n\nTHURSDAY 30 JUNE\n\n18:40 – The Belarusian Foreign Ministry accused "
            "Poland of provocations.")
    found = events_of(text, dt.date(2022, 7, 1))
    dates = {e.speaker.name if e.speaker else None: e.date for e in found
             if e.kind == "statement"}
    assert dates == {"Radosław Sikorski": dt.date(2022, 7, 1),
                     "Ministry of Foreign Affairs of Belarus": dt.date(2022, 6, 30)}


def test_a_past_act_in_a_recalled_clause_is_not_in_the_future() -> None:
    found = events_of("It will be recalled that the Polish authorities shut the entire border "
                      "with Belarus on 12 September.", dt.date(2025, 10, 30))
    assert [e.date for e in found if e.kind == "measure"] == [dt.date(2025, 9, 12)]


def test_a_definite_title_refers_to_the_person_who_holds_it() -> None:
    found = events_of("Ruslan Varankov, head of the Information Department and press secretary "
                      "of the Ministry of Foreign Affairs of Belarus, said Poland alone could "
                      "not decide. According to the press secretary, Warsaw had ignored Minsk.",
                      dt.date(2025, 10, 30))
    # the press secretary is Varankov, so his two back-to-back remarks are one statement
    said = [e for e in found if e.kind == "statement"]
    assert [e.speaker.name if e.speaker else None for e in said] == ["Ruslan Varankov"]
    assert "According to the press secretary" in said[0].evidence


def test_a_statement_made_at_an_occasion_dated_earlier_takes_its_day() -> None:
    found = events_of("A Polish convoy arrived in Belarus on Friday. The vehicles had been "
                      "handed over a day earlier at a fire station in Warsaw, a ceremony "
                      "attended by deputy minister Marcin Przydacz.\n\nPoland could now help "
                      "the Belarusian people, Przydacz told Belsat at the ceremony.",
                      dt.date(2020, 4, 25))
    assert [e.date for e in found if e.kind == "statement"] == [dt.date(2020, 4, 23)]


def test_a_relational_word_ties_a_statement_to_the_pair_of_the_story() -> None:
    found = events_of("Poland sent 100,000 masks to Belarus on Friday. \"A friend in need is a "
                      "friend indeed,\" Foreign Minister Radosław Sikorski said.",
                      dt.date(2020, 4, 25))
    statements = [e for e in found if e.kind == "statement"]
    assert [e.countries for e in statements] == [("BLR", "POL")]


def test_before_any_event_a_relational_word_ties_a_statement_to_the_articles_countries(
) -> None:
    # the first paragraph is a remark: no event of the pair has been told yet
    text = ("Foreign Minister Jacek Czaputowicz noted on Wednesday that trade between the "
            "two countries keeps growing.\n\nHe spoke in Minsk, where Belarus's foreign "
            "minister, Vladimir Makei, received him. Belarus and Poland also agreed to reopen "
            "a consulate.")
    statements = [e for e in events_of(text, WEDNESDAY) if e.kind == "statement"]
    assert [e.countries for e in statements][:1] == [("BLR", "POL")]
    # the border is a place, not a relation: a border guard speaks of her own side
    text = ("Spokeswoman Anna Michalska of Poland's Border Guard said on Wednesday that the "
            "border had been quiet overnight.\n\nThe day before, Belarus and Poland had "
            "agreed to reopen a consulate in Grodno.")
    statements = [e for e in events_of(text, WEDNESDAY) if e.kind == "statement"]
    assert [e.countries for e in statements][:1] == [("POL",)]


def test_dating_a_told_act_again_does_not_move_the_story() -> None:
    found = events_of("Poland's chargé d'affaires was summoned to the Belarusian Foreign Ministry "
                      "on Friday over an incursion. According to the ministry, the incursion "
                      "took place on Thursday. Minsk demanded that Warsaw investigate the "
                      "incident thoroughly.", dt.date(2023, 11, 3))
    demand = [e for e in found if e.kind == "statement" and "demanded" in (e.evidence or "")]
    assert [e.date for e in demand] == [dt.date(2023, 11, 3)]


def test_at_the_time_is_the_date_just_given_and_at_the_same_time_is_not() -> None:
    found = events_of("At the end of September, the Belarusian defence ministry claimed that a "
                      "Polish helicopter had crossed the border. Jacek Goryszewski, spokesman "
                      "for Poland's Operational Command, rejected those claims at the time.",
                      dt.date(2023, 11, 3))
    rejection = [e for e in found if "rejected" in (e.evidence or "")]
    assert [(e.date, e.date_precision) for e in rejection] == [(dt.date(2023, 9, 1), "month")]
    found = events_of("Foreign Minister Maxim Ryzhenkov accused Poland of provocations on "
                      "Monday. Ryzhenkov stressed at the same time that Minsk remained open to "
                      "dialogue with Poland.", dt.date(2025, 1, 29))
    assert {e.date for e in found if e.kind == "statement"} == {dt.date(2025, 1, 27)}


def test_a_future_in_the_past_dates_ahead_and_does_not_date_the_paragraph() -> None:
    found = events_of("On Tuesday, Prime Minister Donald Tusk said Poland would be ready in "
                      "November to open the Bobrowniki and Kuźnica crossings. He warned that "
                      "Belarus would pay for any new provocation.", dt.date(2025, 10, 30))
    statements = [e for e in found if e.kind == "statement"]
    assert {e.date for e in statements} == {dt.date(2025, 10, 28)}


def test_a_crossing_of_ones_own_names_the_neighbour_a_statement_concerns() -> None:
    found = events_of("On Tuesday, Prime Minister Donald Tusk said Poland would open the "
                      "Bobrowniki crossing once he had settled the matter with the Lithuanians.",
                      dt.date(2025, 10, 30))
    assert [(e.source_country, e.target_country) for e in found if e.kind == "statement"] == [
        ("POL", "BLR")]


def test_a_range_ends_after_it_starts_and_an_exercise_ahead_is_not_the_story_day() -> None:
    found = events_of("WARSAW, Aug 17 (Reuters) - The Belarusian army is holding exercises from "
                      "Monday to Thursday near the Polish border. \"Poland will not be drawn into "
                      "this intrigue,\" Deputy Defence Minister Wojciech Skurkiewicz told Polish "
                      "radio.", dt.date(2020, 8, 17))
    assert [e.date for e in found if e.kind == "statement"] == [dt.date(2020, 8, 17)]


def test_people_under_one_plural_title_share_a_country() -> None:
    found = events_of("The convoy was handed over on Thursday at a ceremony attended by deputy "
                      "ministers Maciej Małecki and Marcin Przydacz.\n\n“We have good relations "
                      "with Belarus,” said Małecki, of the Ministry of State Assets.",
                      dt.date(2020, 4, 25))
    statements = [e for e in found if e.kind == "statement"]
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in statements] == [
        ("Maciej Małecki", ("BLR", "POL"))]


def test_a_bodys_own_name_is_no_back_reference() -> None:
    found = events_of("Polish Foreign Minister Radosław Sikorski visited Minsk on Monday. The "
                      "Ministry of State Assets of Belarus said trade would grow.")
    assert all(e.speaker is None or "Foreign Affairs" not in e.speaker.name for e in found)


def test_a_remark_about_the_shared_border_concerns_the_pair_of_the_story() -> None:
    found = events_of("Belarus closed its crossings with Poland on Thursday. Government spokesman "
                      "Piotr Müller said the frontier was for now operating as usual, according "
                      "to Polish border guards.", dt.date(2020, 9, 18))
    statements = [e for e in found if e.kind == "statement"]
    assert [e.countries for e in statements] == [("BLR", "POL")]


def test_a_possessive_pronoun_names_the_doer_of_an_act_noun_through_a_pronoun_chain() -> None:
    found = events_of(
        "Mikhail Myasnikovich, the chairman of the Council of the Republic, Belarus's upper "
        "house, was welcomed at the Polish Senate on Wednesday by its marshal, Stanisław "
        "Karczewski. On the same day he was received by President Andrzej Duda and by the "
        "speaker of the Sejm, Marek Kuchciński. His talks with Prime Minister Mateusz "
        "Morawiecki, held that day as well, were the most business-like.", dt.date(2019, 2, 14))
    talks = [e for e in found if e.kind == "meeting" and "talks" in (e.evidence or "")]
    assert [({a.name for a in e.actors}, e.countries) for e in talks] == [
        ({"Mikhail Myasnikovich", "Mateusz Morawiecki"}, ("BLR", "POL"))]


def test_words_inside_an_attributed_quotation_are_not_statements_of_their_own() -> None:
    found = events_of("Belarusian Foreign Ministry spokesman Anatoly Glaz commented on Monday. "
                      "\"Poland is to blame for the tension,\" he said.", WEDNESDAY)
    assert all(e.speaker is not None for e in found if e.kind == "statement")
    assert [e.countries for e in found if "to blame" in (e.evidence or "")] == [("BLR", "POL")]


def test_a_passive_participle_clause_is_dated_with_the_main_act() -> None:
    found = events_of("Asked about the border on Tuesday, Tusk replied that Belarus was "
                      "behaving aggressively.", WEDNESDAY)
    assert [e.date for e in found] == [dt.date(2024, 5, 14)]


def test_an_official_named_without_a_country_is_of_the_storys_other_side() -> None:
    found = events_of("Belarus closed Polish schools in Grodno in April. In May, Deputy "
                      "Education Minister Tomasz Wierzbicki accused Alexander Lukashenka of "
                      "treating the minority as hostages.", dt.date(2022, 6, 1))
    statements = [e for e in found if e.kind == "statement"]
    assert [(e.source_country, e.target_country) for e in statements] == [("POL", "BLR")]


def test_without_a_story_pair_an_unplaced_official_stays_unplaced() -> None:
    found = events_of("In May, Deputy Education Minister Tomasz Wierzbicki accused Alexander "
                      "Lukashenka of treating the minority as hostages.", dt.date(2022, 6, 1))
    assert all(e.source_country != "POL" for e in found)


def test_the_answers_of_an_interview_are_statements_of_the_person_interviewed() -> None:
    text = ("Deputy Foreign Minister Marcin Przydacz discussed the case with the Polish Press "
            "Agency. Excerpts:\n\nQ: How are the prisoners doing?\n\nA: Their situation is very "
            "difficult. The Belarusian authorities will not let our consuls meet them.\n\n"
            "Q: Will Poland push for tougher sanctions on Minsk?\n\nA: Several rounds of "
            "sanctions have already been adopted. Further steps will follow.")
    found = [e for e in events_of(text, dt.date(2021, 9, 28)) if e.kind == "statement"]
    # (one interview is one occasion: its answers are one statement, as the brief counts)
    assert [(e.speaker.name if e.speaker else None, e.countries) for e in found] == [
        ("Marcin Przydacz", ("BLR", "POL"))]


def test_a_country_in_the_possessive_before_a_name_is_the_persons_side() -> None:
    """"Estonia's Kaja Kallas": she is Estonian, so "the two prime ministers" who met are
    Tusk and Kallas, not Tusk and the Belarusian leader named before them."""
    text = ("Polish Prime Minister Donald Tusk said Alaksandar Lukashenka wanted to use "
            "migration as a weapon, after meeting Estonia's Kaja Kallas in Warsaw on Thursday."
            "\n\nThe two prime ministers met on the margins of EU consultations.")
    found = events_of(text, dt.date(2024, 4, 12))
    assert ("EST", "POL") in [e.pair for e in found if e.kind == "meeting"]
    assert ("BLR", "POL") not in [e.pair for e in found if e.kind == "meeting"]


def test_a_day_before_a_purpose_clause_dates_the_act_it_gives_the_purpose_of() -> None:
    """"telephoned her on Wednesday to ask ...": the parser hangs the day on "ask", but a date
    before the clause's "to" dates the call, not the publication day."""
    text = ("Poland's prime minister, Mateusz Morawiecki, telephoned Andżelika Borys, head of "
            "the Union of Poles in Belarus, on Wednesday to ask how the community had fared.")
    found = events_of(text, dt.date(2020, 8, 14))
    assert [(e.kind, e.date) for e in found if e.kind == "meeting"] == [
        ("meeting", dt.date(2020, 8, 12))]


def test_an_office_named_after_its_head_keeps_its_last_word() -> None:
    """The tagger may end "The Prosecutor General's Office" at the "'s"."""
    text = ("The Prosecutor General's Office of Belarus said on Tuesday that Poland was "
            "sheltering criminals.")
    found = events_of(text, dt.date(2022, 2, 3))
    assert [e.speaker.name if e.speaker else None for e in found if e.kind == "statement"] == [
        "Prosecutor General's Office"]


@pytest.mark.parametrize("before", ["", "Poland's borders must be defended, he went on. "])
def test_a_clause_joined_after_an_attribution_goes_on_with_what_it_reports(
        before: str) -> None:
    """"War is not far away, Nawrocki said, and under pressure from Belarus our borders are
    not safe": the parser joins the second clause to "said" (as an inserted attribution or,
    after another sentence, as the main verb), but it is still his words."""
    text = (before + "War is not far away, Nawrocki said, and under the pressure of the "
            "actions of the Russian Federation and Belarus our borders are not safe.")
    found = events_of(text, dt.date(2025, 12, 27))
    assert ("statement", ("BLR", "POL")) in [(e.kind, e.pair) for e in found]


def test_a_contrast_hung_on_an_inserted_attribution_is_still_what_it_reports() -> None:
    # the parser hangs "while Belarus fails ..." on "noted"; it is the ministry's words
    text = ("The Polish foreign ministry replied on Friday. Poland looks after the graves of "
            "more than a million Red Army soldiers, it noted, while Belarus fails to meet the "
            "same standard.")
    found = events_of(text, dt.date(2022, 7, 9))
    assert [e.countries for e in found if "noted" in (e.evidence or "")] == [("BLR", "POL")]


def test_the_same_officer_is_the_person_just_named() -> None:
    text = ("Major General Valery Revenko of the Belarusian defence ministry said on 4 "
            "September that Poland was breaching the CFE treaty. On 24 August the same officer "
            "wrote on X that raising the Polish army to 300,000 troops would breach the treaty.")
    found = events_of(text, dt.date(2023, 9, 6))
    assert [(e.date, e.speaker.name if e.speaker else None) for e in found
            if e.kind == "statement"] == [(dt.date(2023, 9, 4), "Valery Revenko"),
                                          (dt.date(2023, 8, 24), "Valery Revenko")]


def test_the_day_a_deadline_runs_out_does_not_date_the_act_that_set_it() -> None:
    text = ("Warsaw answered on Wednesday by declaring an employee of the Belarusian embassy "
            "persona non grata, with a deadline of midnight on Friday to leave Poland.")
    found = events_of(text, dt.date(2021, 3, 13))
    assert [(e.kind, e.date) for e in found] == [("measure", dt.date(2021, 3, 10))]


def test_on_the_eve_is_the_day_before_and_in_announcing_shares_the_sayings_day() -> None:
    text = ("Poland closed the Bobrowniki crossing on February 10. In announcing the closure "
            "on the eve, Kamiński said Belarus had left Poland no choice.")
    found = events_of(text, dt.date(2023, 3, 24))
    assert [(e.kind, e.date) for e in found if e.kind == "statement"] == [
        ("statement", dt.date(2023, 2, 9))]
