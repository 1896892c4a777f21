"""Our own sentences (not from any corpus): the basic shape of meetings, statements,
measures, incidents, dates and aliases, each checked at the extractor level.  The classes
of failure fixed since have files of their own: test_extraction_event_days.py,
test_extraction_statements.py, test_extraction_contacts.py, test_extraction_borders.py and
test_extraction_measures.py."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction import extract, extract_many
from pipeline.types import Article
from tests.sentence_helpers import WEDNESDAY, events_of, one


def test_ministers_meeting_with_place_date_and_people() -> None:
    event = one("On Monday, Polish Foreign Minister Radosław Sikorski met his Belarusian "
                "counterpart Maxim Ryzhenkov in Vilnius.", "meeting")
    assert event.countries == ("BLR", "POL")
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert event.date == dt.date(2024, 5, 13)
    assert event.location == "Vilnius"
    assert {a.name for a in event.actors} == {"Radosław Sikorski", "Maxim Ryzhenkov"}
    assert event.cameo_code == "040" and event.quad_class == 1


def test_capital_as_metonym_summons_a_diplomat() -> None:
    event = one("Warsaw summoned the Belarusian chargé d'affaires on Thursday over the "
                "border incident.", "meeting")
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert event.date == dt.date(2024, 5, 9)
    assert event.cameo_code is not None and event.cameo_code.startswith("11")


def test_reported_incident_is_coded_not_the_reporting() -> None:
    found = events_of("The Polish MFA said on Tuesday that Belarus had violated Polish airspace.")
    assert [(e.kind, e.source_country, e.target_country) for e in found] == [
        ("incident", "BLR", "POL")]
    assert found[0].date == dt.date(2024, 5, 14)
    assert found[0].quad_class == 4


def test_expulsion_is_a_measure_dated_yesterday() -> None:
    event = one("Belarus expelled two Polish diplomats yesterday.", "measure")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert event.date == dt.date(2024, 5, 14)
    assert event.tone is not None and event.tone < 0


def test_border_closure_with_absolute_date() -> None:
    event = one("Poland closed its border with Belarus on 9 November 2021.", "measure")
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert event.date == dt.date(2021, 11, 9)


def test_reopening_with_month_precision() -> None:
    event = one("Minsk reopened the Bruzgi checkpoint on the border with Poland in March 2022.",
                "measure")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert (event.date, event.date_precision) == (dt.date(2022, 3, 1), "month")
    assert event.quad_class == 2


@pytest.mark.parametrize(("text", "day"), [
    ("Minsk introduced a visa-free regime for citizens of Poland on Monday.", 13),
    ("Belarus has extended visa-free travel for Poles until the end of 2025.", 15),
    ("On Monday Belarus decided to keep visa-free entry for Poles in force throughout 2025.",
     13),
])
def test_visa_free_entry_opened_to_the_other_side_is_a_measure_of_its_day(text: str,
                                                                          day: int) -> None:
    """Easing entry is a measure (CAMEO 081); the day a period ends, or the period, is not
    the day of the act that set it."""
    event = one(text, "measure")
    assert event.countries == ("BLR", "POL") and event.source_country == "BLR"
    assert event.cameo_code == "081"
    assert (event.date, event.date_precision) == (dt.date(2024, 5, day), "day")


@pytest.mark.parametrize("spelling", ["Łukaszenka", "Lukashenko", "Lukaszenka"])
def test_alias_spellings_resolve_to_one_canonical_name(spelling: str) -> None:
    event = one(f"{spelling} accused Warsaw of provocations.", "statement")
    assert event.speaker is not None
    assert event.speaker.name == "Alyaksandr Lukashenka"
    assert spelling in event.speaker.aliases
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert event.cameo_code == "112" and event.quad_class == 3


def test_detention_by_border_guards_is_a_measure() -> None:
    # the gold brief: arrests and sentences of the other's citizens are measures
    event = one("Belarusian border guards detained a Polish citizen near Grodno last week.",
                "measure")
    assert (event.source_country, event.target_country) == ("BLR", "POL")
    assert event.date == dt.date(2024, 5, 8)
    assert event.location == "Grodno"


def test_minister_statement_about_the_other_country() -> None:
    event = one("Poland's defence minister Mariusz Błaszczak said the situation at the border "
                "with Belarus remains tense.", "statement", dt.date(2021, 11, 10))
    assert event.speaker is not None and event.speaker.name == "Mariusz Błaszczak"
    assert event.countries == ("BLR", "POL")


def test_quoted_statement_attributed_after_the_quote() -> None:
    text = ("“We will not tolerate any provocations on our border. Our answer will be firm,” "
            "Kosiniak-Kamysz told reporters, referring to Minsk.")
    event = one(text, "statement")
    assert event.speaker is not None and event.speaker.name == "Władysław Kosiniak-Kamysz"
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert event.quote is not None and event.quote.startswith("We will not tolerate")
    assert event.evidence == text


def test_they_refers_back_to_the_ministry() -> None:
    text = ("The Belarusian Foreign Ministry commented on the talks:\n\n"
            "“The parties agreed to continue the bilateral dialogue,” they noted.")
    event = one(text, "statement")
    assert event.speaker is not None
    assert event.speaker.name == "Ministry of Foreign Affairs of Belarus"


def test_role_word_resolves_to_the_office_holder_on_the_date() -> None:
    event = one("The Polish president visited Vilnius last Monday.", "meeting")
    assert {a.name for a in event.actors} == {"Andrzej Duda"}
    assert event.date == dt.date(2024, 5, 13)
    later = one("The Polish president visited Vilnius last Monday.", "meeting",
                dt.date(2025, 10, 1))
    assert {a.name for a in later.actors} == {"Karol Nawrocki"}


def test_a_visit_still_to_come_is_no_contact_yet() -> None:
    # (a plan: the timeline shows contacts that took place; "will visit" is told again
    # when it happens)
    assert [e for e in events_of("The Polish president will visit Vilnius next Monday.")
            if e.kind == "meeting"] == []


def test_context_about_other_pairs_stays_with_those_pairs() -> None:
    found = events_of("Russia announced new sanctions against the United States. "
                      "Lukashenko met Putin in Sochi on Friday.")
    pairs = sorted(e.pair for e in found)
    assert pairs == [("BLR", "RUS"), ("RUS", "USA")]


def test_hypothetical_and_questions_yield_nothing() -> None:
    assert events_of("Belarus and Poland may resume talks next year.") == []
    assert events_of("Will Minsk and Warsaw meet again?") == []


def test_an_act_inside_an_if_clause_is_supposed_not_done() -> None:
    # "exercises" sits under "ready to hold" in the condition: no military act took place
    text = ("If the Poles were ready to hold exercises with Belarus, Minsk would gladly take "
            "up such an initiative, Lukashenko said.")
    assert [e.kind for e in events_of(text)] == ["statement"]


def test_denied_cooperation_is_a_refusal() -> None:
    event = one("Poland will not reopen the border crossings with Belarus.", "statement")
    assert event.cameo_code is not None and event.cameo_code.startswith("12")
    assert event.quad_class == 3


def test_without_publication_date_only_absolute_dates_survive() -> None:
    assert events_of("Belarus expelled two Polish diplomats on Tuesday.", None) == []
    event = one("Belarus expelled two Polish diplomats on 12 March 2019.", "measure", None)
    assert event.date == dt.date(2019, 3, 12)


def test_extract_many_keeps_order_and_matches_single_runs() -> None:
    texts = ["Belarus expelled two Polish diplomats yesterday.",
             "Lukashenko met Putin in Sochi on Friday.",
             "Nothing happened here.",
             "Poland closed its border with Belarus on 9 November 2021.",
             "Warsaw summoned the Belarusian ambassador on Thursday."]
    articles = [Article(text=t, published=WEDNESDAY) for t in texts]
    single = [extract(a) for a in articles]
    assert extract_many(articles) == single
    assert extract_many(articles, n_process=2, batch_size=2) == single


def test_quote_introduced_by_a_colon() -> None:
    event = one("Duda said: “Belarus must stop these provocations.”", "statement")
    assert event.speaker is not None and event.speaker.name == "Andrzej Duda"
    assert (event.source_country, event.target_country) == ("POL", "BLR")
    assert event.tone is not None and event.tone < 0


def test_headline_style_speaker_colon() -> None:
    event = one("Lukashenka: “Poland is a threat.”", "statement")
    assert event.speaker is not None and event.speaker.name == "Alyaksandr Lukashenka"
    assert event.countries == ("BLR", "POL")


def test_unknown_doer_gives_a_one_country_event() -> None:
    event = one("Unidentified drones violated Polish airspace near Białystok on Sunday.",
                "incident")
    assert (event.source_country, event.target_country) == (None, "POL")
    assert event.countries == ("POL",)
    assert event.date == dt.date(2024, 5, 12)


def test_public_api_shares_one_pipeline() -> None:
    from pipeline.extraction import extract_doc, load_nlp

    nlp = load_nlp()
    assert nlp is load_nlp()
    assert "dyad_paragraph_breaks" in nlp.pipe_names
    article = Article(text="Belarus expelled two Polish diplomats yesterday.", published=WEDNESDAY)
    assert extract_doc(nlp(article.text), article) == extract(article)


def test_paragraph_dates_and_anchor_chain() -> None:
    text = ("Belarusian and Polish border officials met in Brest on 23 April.\n\n"
            "Two days later, the Polish delegation travelled to Minsk. "
            "The consultations ended without agreement.\n\n"
            "Poland then summoned the Belarusian ambassador.")
    found = events_of(text)
    meetings = sorted((e.date, e.location) for e in found if e.kind == "meeting"
                      and e.cameo_code and e.cameo_code.startswith("04"))
    assert meetings == [(dt.date(2024, 4, 23), "Brest"), (dt.date(2024, 4, 25), "Minsk")]
    summons = [e for e in found if e.cameo_code == "114"]
    # a new paragraph without a date, three weeks after the story's last day: the news
    assert [e.date for e in summons] == [WEDNESDAY]


def test_one_sided_report_keeps_the_reporting_statement() -> None:
    found = events_of("Belarus's foreign ministry said Polish soldiers fired shots across the "
                      "border on Monday.")
    kinds = sorted((e.kind, e.countries) for e in found)
    assert kinds == [("incident", ("POL",)), ("statement", ("BLR", "POL"))]
    statement = next(e for e in found if e.kind == "statement")
    assert statement.speaker is not None
    assert statement.speaker.name == "Ministry of Foreign Affairs of Belarus"


def test_a_border_services_report_of_the_other_sides_incident_is_that_incident() -> None:
    # the gold brief: a border service reporting an incident is its attribution; the shots
    # were fired across the service's own border, so the incident is between the two sides
    found = events_of("The State Border Committee said Polish soldiers fired shots across the "
                      "border on Monday.")
    assert [(e.kind, e.countries, e.source_country, e.target_country) for e in found] == [
        ("incident", ("BLR", "POL"), "POL", "BLR")]


def test_a_doc_the_extractor_has_read_still_serialises() -> None:
    # the sentence list cached on the Doc must not stop DocBin / to_bytes / multiprocessing
    from spacy.tokens import Doc

    from pipeline.extraction import extract_doc, load_nlp

    nlp = load_nlp()
    text = "Poland closed the Kuźnica crossing on Tuesday. Belarus protested on Wednesday."
    doc = nlp(text)
    found = extract_doc(doc, Article(text=text, published=WEDNESDAY))
    assert found
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s.text for s in copy.sents] == [s.text for s in doc.sents]
