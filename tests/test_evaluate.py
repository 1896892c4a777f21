"""The extraction scorer's matching rules (``dyad evaluate``): dates, speakers and tone
that agree, one-to-one matching and the per-article figures, checked on hand-built gold and
predicted events with exact figures (gold files, whole runs and the report:
test_evaluate_gold_reports.py; the PETRARCH-2 reader: test_evaluate_petr.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.evaluate import (
    NEUTRAL_TONE_BAND,
    ArticleResult,
    GoldEvent,
    GoldFile,
    GoldReport,
    Names,
    Predicted,
    dates_agree,
    match_events,
    score_article,
    speaker_agrees,
    tone_sign,
)
from pipeline.extraction.tone import NEUTRAL_BAND

ALIASES = {
    "Lukashenka": ["Lukashenko", "Łukaszenka", "the Belarusian leader"],
    "Ministry of National Defence of Poland": ["Polish Defense Ministry", "MON"],
}


def gold_event(
    gid: str,
    kind: str = "meeting",
    date: str = "2019-03-05",
    tol: int = 0,
    countries: tuple[str, ...] = ("BLR", "POL"),
    speaker: str | None = None,
    tone: str | None = None,
    location: str | None = None,
    evidence: str | None = None,
) -> GoldEvent:
    return GoldEvent(gid, kind, date, countries, tol, speaker, location, tone, evidence)


def pred(
    pid: str,
    kind: str = "meeting",
    date: str = "2019-03-05",
    countries: tuple[str, ...] = ("BLR", "POL"),
    precision: str = "day",
    speaker: str | None = None,
    tone: float | None = None,
    location: str | None = None,
    evidence: str | None = None,
) -> Predicted:
    return Predicted(pid, kind, date, countries, precision, speaker, location, tone, evidence)


def gold_file(events: list[GoldEvent], tmp_path: Path) -> GoldFile:
    return GoldFile(
        path=tmp_path / "x.gold.json",
        article_path=tmp_path / "x.md",
        published=dt.date(2019, 3, 5),
        events=events,
        aliases=ALIASES,
    )


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("gold_date", "tol", "pred_date", "precision", "expected"),
    [
        ("2019-03-05", 0, "2019-03-05", "day", True),
        ("2019-03-05", 0, "2019-03-06", "day", False),
        ("2019-03-05", 1, "2019-03-06", "day", True),
        ("2019-03-05", 1, "2019-03-03", "day", False),
        ("2019-03-05", 4, "2019-03-01", "day", True),
        # month gold: any day of the month, nothing outside it
        ("2018-08", 0, "2018-08-01", "day", True),
        ("2018-08", 0, "2018-08-31", "day", True),
        ("2018-08", 0, "2018-09-01", "day", False),
        ("2018-08", 0, "2018-07-31", "day", False),
        ("2018-08", 1, "2018-09-01", "day", True),
        ("2018-08", 0, "2018-08", "month", True),
        ("2018-08", 0, "2018-09", "month", False),
        # predicted month against a day gold: the month must contain the day (± tolerance)
        ("2019-03-05", 0, "2019-03", "month", True),
        ("2019-03-05", 0, "2019-02", "month", False),
        ("2019-03-01", 1, "2019-02", "month", True),
        # a month-precision export given as the 1st of the month is read by its precision
        ("2019-03-20", 0, "2019-03-01", "month", True),
        ("2019-03-20", 0, "2019-03-01", "day", False),
        # years
        ("2019", 0, "2019-07-14", "day", True),
        ("2019-07-14", 0, "2019", "year", True),
        ("2019-07-14", 0, "2018", "year", False),
    ],
)
def test_dates_agree(
    gold_date: str, tol: int, pred_date: str, precision: str, expected: bool
) -> None:
    g = gold_event("g", date=gold_date, tol=tol)
    assert dates_agree(g, pred("p", date=pred_date, precision=precision)) is expected


# ------------------------------------------------------------------ speakers and tone


@pytest.mark.parametrize(
    ("gold_speaker", "predicted", "expected"),
    [
        ("Lukashenka", "Lukashenka", True),
        ("Lukashenka", "Alyaksandr Lukashenka", True),
        ("Lukashenka", "Alexander Lukashenko", True),  # surname of an alias
        ("Lukashenka", "ŁUKASZENKA", True),  # case and accents folded
        ("Lukashenka", "the Belarusian leader", True),  # alias, whole
        ("Lukashenka", "the Polish leader", False),  # descriptive aliases are not surnames
        ("Lukashenka", "Makarau", False),
        ("Lukashenka", None, False),
        ("Makarau", "Uladzimir Makarau", True),
        ("Makarau", "Makarov", False),
        # an organisation: contained in the predicted name, or an alias of its entity
        ("Ministry of National Defence", "Ministry of National Defence of Poland", True),
        ("Ministry of National Defence", "Polish Defense Ministry", True),
        ("Ministry of National Defence", "MON", True),
        ("Ministry of National Defence", "Ministry of Defence of Belarus", False),
        ("Ministry of National Defence", "National", False),
    ],
)
def test_speaker_agrees(gold_speaker: str, predicted: str | None, expected: bool) -> None:
    assert speaker_agrees(gold_speaker, predicted, ALIASES) is expected


def test_the_products_name_for_a_person_stands_for_its_listed_spellings() -> None:
    # the gold file lists only "Lukashenko"; the product names him "Alyaksandr Lukashenka"
    # and its gazetteer lists "Lukashenko" among his spellings
    assert speaker_agrees("Lukashenko", "Alyaksandr Lukashenka", {})
    assert speaker_agrees("Łukaszenka", "Alyaksandr Lukashenka", {})
    assert not speaker_agrees("Lukashenko", "Andrzej Duda", {})
    assert not speaker_agrees("Duda", "Alyaksandr Lukashenka", {})


def test_surnames_are_for_people_only() -> None:
    names = Names(aliases={}, organizations=frozenset({"Border Guard of Poland"}))
    assert speaker_agrees("Border Guard", "Border Guard of Poland", names)
    assert not speaker_agrees("Border Guard", "Coast Guard", names)
    assert speaker_agrees("Border Guard", "Coast Guard", {})  # unknown: read as a name
    assert speaker_agrees("Kowalik", "Colonel Tomasz Kowalik", names)


def test_a_body_named_by_its_countrys_adjective_is_the_body_of_that_country() -> None:
    names = Names(aliases={}, organizations=frozenset({"Polish Border Guard"}))
    assert speaker_agrees("Polish Border Guard", "Border Guard of Poland", names)
    assert not speaker_agrees("Polish Border Guard", "Border Guard of Belarus", names)
    assert not speaker_agrees("Polish Border Guard", "State Border Committee of Belarus", names)
    # an alias with its article: "the Polish embassy" is the Embassy of Poland
    embassy = Names(aliases={"Embassy of Poland in Belarus": ("the Polish embassy",)},
                    organizations=frozenset({"Embassy of Poland in Belarus"}))
    assert speaker_agrees("Embassy of Poland in Belarus", "Embassy of Poland", embassy)
    assert not speaker_agrees("Embassy of Poland in Belarus", "Embassy of Belarus", embassy)


def test_an_embassy_named_by_its_hosts_capital_is_the_one_named_by_its_host() -> None:
    minsk = Names(aliases={}, organizations=frozenset({"Embassy of Poland in Minsk"}))
    assert speaker_agrees("Embassy of Poland in Minsk", "Embassy of Poland in Belarus", minsk)
    assert not speaker_agrees("Embassy of Poland in Minsk", "Embassy of Poland in Lithuania",
                              minsk)
    belarus = Names(aliases={}, organizations=frozenset({"Embassy of Poland in Belarus"}))
    assert speaker_agrees("Embassy of Poland in Belarus", "Embassy of Poland in Minsk", belarus)
    assert not speaker_agrees("Embassy of Poland in Belarus", "Embassy of Belarus in Poland",
                              belarus)


def test_a_body_named_in_the_singular_is_the_one_named_in_the_plural() -> None:
    names = Names(aliases={}, organizations=frozenset({"Belarusian Railway"}))
    assert speaker_agrees("Belarusian Railway", "Belarusian Railways", names)
    assert not speaker_agrees("Belarusian Railway", "Polish Railways", names)


def test_tone_sign_band() -> None:
    assert NEUTRAL_TONE_BAND == NEUTRAL_BAND  # the extractor's own definition of neutral
    assert tone_sign(0.35) == "positive"
    assert tone_sign(-0.25) == "negative"
    assert tone_sign(0.05, band=0.1) == "neutral"
    assert tone_sign(-0.0999, band=0.1) == "neutral"
    assert tone_sign(0.1, band=0.1) == "positive"
    assert tone_sign(-0.1, band=0.1) == "negative"
    assert tone_sign(NEUTRAL_BAND / 2) == "neutral"
    assert tone_sign(None) is None


# ------------------------------------------------------------------ matching


def test_match_requires_kind_countries_and_speaker() -> None:
    golds = [
        gold_event("m", "meeting"),
        gold_event("s", "statement", speaker="Lukashenka"),
        gold_event("t", "meeting", countries=("BLR", "POL", "LTU")),
    ]
    preds = [
        pred("p-kind", "statement", speaker="Makarau"),  # statement: wrong speaker for "s"
        pred("p-two", "meeting", countries=("BLR", "POL")),  # lacks LTU for "t"
    ]
    assert match_events(golds, preds, ALIASES) == [(0, 1)]
    assert match_events(golds, preds, ALIASES, check_speaker=False) == [(0, 1), (1, 0)]


def test_matching_is_one_to_one_and_maximal() -> None:
    # g0-p0 is the most similar pair (same evidence), but taking it greedily would leave
    # g1 (which only p0 can serve) unmatched; the maximum matching pairs g0-p1, g1-p0.
    text = "The ministers met in Warsaw"
    golds = [
        gold_event("g0", date="2019-03-10", tol=10, evidence=text),
        gold_event("g1", date="2019-03-10", tol=0),
    ]
    preds = [pred("p0", date="2019-03-10", evidence=text), pred("p1", date="2019-03-20")]
    assert match_events(golds, preds) == [(0, 1), (1, 0)]
    # Two predictions of one gold event: exactly one matches, the other is left over.
    twice = match_events([golds[1]], [preds[0], pred("dup", date="2019-03-10")])
    assert len(twice) == 1 and twice[0][0] == 0


def test_evidence_breaks_ties_between_same_day_statements() -> None:
    golds = [
        gold_event("a", "statement", evidence="No comment on military cooperation"),
        gold_event("b", "statement", evidence="An important stage in relations"),
    ]
    preds = [
        pred(
            "x", "statement", evidence="this is an important stage in Poland and Belarus relations"
        ),
        pred("y", "statement", evidence="No comment. Information on military cooperation"),
    ]
    assert match_events(golds, preds) == [(0, 1), (1, 0)]


# ------------------------------------------------------------------ per-article figures


def test_score_article_exact_figures(tmp_path: Path) -> None:
    golds = [
        gold_event("m1", "meeting", "2019-03-05", 1, location="Warsaw"),
        gold_event("m2", "meeting", "2018-08", location="Brest"),
        gold_event("s1", "statement", "2019-03-01", speaker="Lukashenka", tone="negative"),
        gold_event("s2", "statement", "2019-03-05", 1, speaker="Makarau", tone="neutral"),
        gold_event("s3", "statement", "2019-03-05", 1, speaker="Fleischer", tone="positive"),
        gold_event("s4", "statement", countries=("BLR", "RUS"), speaker="Alesin"),  # other pair
        gold_event("x1", "measure", "2019-03-04"),
    ]
    preds = [
        pred("P1", "meeting", "2019-03-06", location="Warsaw, Poland", tone=0.3),
        pred("P2", "meeting", "2018-08", precision="month", location="Minsk"),
        pred("P3", "statement", "2019-03-01", speaker="Alexander Lukashenko", tone=-0.4),
        pred("P4", "statement", "2019-03-05", speaker="Uladzimir Makarau", tone=0.5),
        pred("P5", "statement", "2019-03-05", speaker="Tomasz Kowalik", tone=0.2),  # s3 speaker
        pred("P6", "statement", "2019-03-05", countries=("BLR", "RUS"), speaker="Alesin"),
        pred("P7", "incident", "2019-03-05"),
        pred("P8", "meeting", "2019-03-05", countries=("POL",)),  # one country: out of scope
    ]
    result = score_article(gold_file(golds, tmp_path), preds)
    assert result.pair == ("BLR", "POL")
    assert (result.gold_events, result.predicted_events) == (6, 6)
    assert (result.gold_out_of_scope, result.predicted_out_of_scope) == (1, 2)
    meeting, statement = result.counts["meeting"], result.counts["statement"]
    assert (meeting.tp, meeting.fp, meeting.fn) == (2, 0, 0)
    assert (statement.tp, statement.fp, statement.fn) == (2, 1, 1)
    assert statement.precision == pytest.approx(2 / 3)
    assert statement.recall == pytest.approx(2 / 3)
    assert statement.f1 == pytest.approx(2 / 3)
    measure, incident = result.counts["measure"], result.counts["incident"]
    assert (measure.tp, measure.fp, measure.fn) == (0, 0, 1)
    assert measure.precision is None and measure.recall == 0.0 and measure.f1 == 0.0
    assert (incident.tp, incident.fp, incident.fn) == (0, 1, 0)
    overall = result.overall
    assert (overall.tp, overall.fp, overall.fn) == (4, 2, 2)
    assert overall.precision == pytest.approx(4 / 6)
    assert overall.f1 == pytest.approx(8 / 12)
    assert {m["id"] for m in result.misses} == {"s3", "x1"}
    assert {s["id"] for s in result.spurious} == {"P5", "P7"}
    # tone on matched statements: s1 negative right, s2 neutral vs 0.5 wrong
    assert (result.tone.right, result.tone.total) == (1, 2)
    # speakers, matched without the speaker condition: s1, s2 right, s3 <- Kowalik wrong
    assert (result.speaker.right, result.speaker.total) == (2, 3)
    assert result.speaker_errors == [
        {"gold": "s3", "gold_speaker": "Fleischer", "predicted_speaker": "Tomasz Kowalik"}
    ]
    # locations on matched meetings: Warsaw right, Brest vs Minsk wrong
    assert (result.location.right, result.location.total) == (1, 2)
    # date precision: m2 month/month right, the rest day/day right
    assert (result.date_precision.right, result.date_precision.total) == (4, 4)


def test_misses_and_spurious_say_why(tmp_path: Path) -> None:
    text = "The Belarusian Foreign Ministry summoned Poland's charge d'affaires on Friday"
    golds = [
        gold_event("f", "meeting", "2020-08-27", evidence=text),
        gold_event("q", "statement", "2020-08-27", speaker="Lukashenka", evidence="A quote."),
        gold_event("z", "measure", "2020-08-27", evidence="Poland closed the Kuznica crossing."),
    ]
    preds = [
        pred("late", "meeting", "2020-08-28", evidence=text + "."),
        pred("early", "meeting", "2020-08-27", countries=("BLR",), evidence="Minsk said"),
        pred("q1", "statement", "2020-08-27", speaker="Makarau", evidence="A quote."),
    ]
    result = score_article(gold_file(golds, tmp_path), preds)
    why = {row["id"]: row["why"] for row in result.misses + result.spurious}
    assert why["f"] == "nearest event: date 2020-08-28 (gold 2020-08-27 ±0d)"
    assert why["q"] == "nearest event: speaker Makarau (gold Lukashenka)"
    assert why["z"] == "no event extracted from this evidence"
    assert why["late"] == "nearest gold f: date 2020-08-28 (gold 2020-08-27 ±0d)"
    assert "early" not in why  # one country: out of the pair, neither scored nor spurious
    text_out = report_text(result)
    assert "miss f: meeting 2020-08-27" in text_out and "date 2020-08-28" in text_out


def report_text(result: ArticleResult) -> str:
    return GoldReport(articles=[result], tone_band=NEUTRAL_TONE_BAND).render()


def test_pair_is_most_common_pair_or_explicit(tmp_path: Path) -> None:
    events = [
        gold_event("a", countries=("LTU", "POL")),
        gold_event("b", countries=("BLR", "LTU", "POL")),
        gold_event("c", countries=("LTU", "POL")),
        gold_event("d", countries=("BLR",)),
    ]
    assert gold_file(events, tmp_path).pair == ("LTU", "POL")
    assert gold_file(events[3:], tmp_path).pair == ("BLR", "POL")  # default
    explicit = gold_file(events, tmp_path)
    explicit.pair_override = ("BLR", "POL")
    result = score_article(explicit, [pred("p", countries=("BLR", "LTU", "POL"))])
    assert result.gold_events == 1 and result.counts["meeting"].tp == 1


def test_score_accepts_export_dicts(tmp_path: Path) -> None:
    record = {
        "id": 7,
        "kind": "statement",
        "date": "2019-03",
        "date_precision": "month",
        "countries": ["BLR", "POL"],
        "speaker": "Lukashenko",
        "tone": -0.5,
        "evidence": "warned against the Polish threat",
    }
    golds = [gold_event("s", "statement", "2019-03-01", speaker="Lukashenka", tone="negative")]
    result = score_article(gold_file(golds, tmp_path), [record])
    assert result.counts["statement"].tp == 1
    assert result.matches == [{"gold": "s", "predicted": "7", "kind": "statement"}]
    assert result.date_precision.right == 0  # month predicted for a day gold
