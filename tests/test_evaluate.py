"""The extraction scorer (``dyad evaluate``) and the PETRARCH-2 benchmark reader.

The matching rules are checked on hand-built gold and predicted events with exact
figures; the PETR parser on the real validation file; and the whole chain (reader,
ingest, export, scoring) on the seed article and its gold file.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import json
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
    evaluate_gold,
    load_gold,
    match_events,
    score_article,
    speaker_agrees,
    tone_sign,
)
from pipeline.evaluate_petr import (
    PetrCoding,
    PetrRecord,
    cameo_country,
    cameo_root,
    parse_petr,
    score_codings,
)
from pipeline.evaluate_report import Counts, bootstrap_intervals, error_class
from pipeline.extraction.tone import NEUTRAL_BAND
from pipeline.types import ExtractedEvent, InputError

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED_GOLD = DATA / "eval" / "seed.gold.json"
PETR_FILE = DATA / "eval" / "PETR2_GSR_validation.xml"

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


# ------------------------------------------------------------------ gold files


def test_load_seed_gold() -> None:
    gold = load_gold(SEED_GOLD)
    assert gold.article_path == DATA / "seed" / gold.article_path.name
    assert gold.published == dt.date(2019, 3, 5)
    assert gold.pair == ("BLR", "POL")
    assert len(gold.events) == 8
    kinds = [e.kind for e in gold.events if {"BLR", "POL"} <= set(e.countries)]
    assert kinds.count("meeting") == 2 and kinds.count("statement") == 4
    assert "Ministry of National Defence of Poland" in gold.names.organizations
    assert speaker_agrees("Ministry of National Defence", "Polish Defense Ministry", gold.names)
    assert speaker_agrees("Lukashenka", "Alexander Lukashenko", gold.names)


def test_load_gold_rejects_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\npublished: 2020-01-01\n---\nT\n\nBody.\n")
    bad = tmp_path / "bad.gold.json"
    base = {"article": "a.md", "published": "2020-01-01"}
    for events, message in [
        ([{"kind": "summit", "date": "2020-01-01", "countries": ["BLR"]}], "kind"),
        ([{"kind": "meeting", "date": "2020/01/01", "countries": ["BLR"]}], "date"),
        ([{"kind": "meeting", "date": "2020-01-01", "countries": []}], "countries"),
        ([{"kind": "statement", "date": "2020", "countries": ["BLR"], "tone": "warm"}], "tone"),
    ]:
        bad.write_text(json.dumps({**base, "events": events}))
        with pytest.raises(InputError, match=message):
            load_gold(bad)
    bad.write_text(json.dumps({**base, "article": "missing.md", "events": []}))
    with pytest.raises(InputError, match="not found"):
        load_gold(bad)


# ------------------------------------------------------------------ PETR2


def test_cameo_helpers() -> None:
    assert cameo_country("USAGOV") == "USA"
    assert cameo_country("PSE") == "PSE"
    assert cameo_country("---REB") is None
    assert cameo_country("IGOEUREEC") is None
    assert cameo_country("IMGMUSISI") is None
    assert cameo_country("") is None
    assert cameo_root("0352") == "03"
    assert cameo_root("190") == "19"
    assert cameo_root(None) is None


def test_parse_real_petr_file() -> None:
    records = parse_petr(PETR_FILE)
    # The data README says 79; the file holds 78 <Sentence> records (grep counts the
    # <Sentences> wrapper as a 79th).
    assert len(records) == 78
    assert len({r.id for r in records}) == 78
    assert all(r.evaluate for r in records)
    assert sum(len(r.codings) for r in records) == 80
    assert sum(r.noevents for r in records) == 12
    assert all(bool(r.codings) != r.noevents for r in records)
    first = records[0]
    assert (first.id, first.date, first.category) == ("AFP0808020625_4", dt.date(2008, 8, 4), "AFP")
    assert first.codings == [PetrCoding("042", "USA", "CHN")]
    assert first.text.startswith("The stopover came as the US leader prepared")
    assert "\n" not in first.text
    coop = next(r for r in records if r.id == "COOP_0")
    assert len(coop.codings) == 6
    # the record dated "121108" gets the previous record's date
    odd = next(r for r in records if r.id == "AFP0808020905_1")
    assert odd.date_repaired and odd.date == dt.date(2008, 8, 6)
    assert [c.eventcode for c in odd.codings] == ["046", "046"]
    # the commented-out second parse of VERB_5 does not leak into its record
    verb5 = next(r for r in records if r.id == "VERB_5")
    assert verb5.noevents and not verb5.codings


def test_score_codings_best_match() -> None:
    record = PetrRecord(
        id="r",
        category="T",
        date=dt.date(2015, 6, 9),
        raw_date="20150609",
        text="x",
        codings=[PetrCoding("042", "USAGOV", "CHN"), PetrCoding("190", "---REB", "SYR")],
    )
    day = dt.date(2015, 6, 9)
    events = [
        ExtractedEvent("meeting", day, ("CHN", "USA"), source_country="USA",
                       target_country="CHN", cameo_code="040"),
        ExtractedEvent("incident", day, ("SYR",), source_country=None,
                       target_country="SYR", cameo_code="193"),
    ]  # fmt: skip
    first, second = score_codings(record, events)
    assert first.full_ok and first.predicted is not None
    assert first.predicted["cameo_code"] == "040"
    assert second.countries_ok and second.root_ok and second.full_ok  # non-state -> None
    assert [r.full_ok for r in score_codings(record, events[:1])] == [True, False]
    nothing = score_codings(record, [])
    assert [(r.source_ok, r.target_ok, r.root_ok) for r in nothing] == [(False,) * 3] * 2


def test_score_codings_either_direction_is_supplementary() -> None:
    day = dt.date(2015, 6, 9)
    record = PetrRecord(
        id="coop", category="T", date=day, raw_date="20150609", text="x",
        codings=[PetrCoding("040", "USA", "RUS"), PetrCoding("040", "RUS", "USA")],
    )  # fmt: skip
    talks = ExtractedEvent("meeting", day, ("RUS", "USA"), source_country="USA",
                           target_country="RUS", cameo_code="043")  # fmt: skip
    forward, backward = score_codings(record, [talks])
    assert forward.full_ok and forward.either_full_ok
    assert not backward.source_ok and not backward.target_ok and not backward.full_ok
    assert backward.either_countries_ok and backward.either_full_ok
    talks.cameo_code = "051"
    assert [r.either_full_ok for r in score_codings(record, [talks])] == [False, False]


# ------------------------------------------------------------------ end to end


def _pipeline_ready() -> bool:
    """The lead's ingest and the extractor it calls both exist."""
    if importlib.util.find_spec("pipeline.ingest") is None:
        return False
    try:
        extraction = importlib.import_module("pipeline.extraction")
    except ImportError:
        return False
    return hasattr(extraction, "extract")


needs_ingest = pytest.mark.skipif(
    not _pipeline_ready(),
    reason="pipeline.ingest or pipeline.extraction.extract is not written yet",
)


@needs_ingest
def test_evaluate_seed_gold_end_to_end() -> None:
    report = evaluate_gold([SEED_GOLD])
    assert len(report.articles) == 1
    article = report.articles[0]
    assert article.pair == ("BLR", "POL")
    assert article.gold_events == 6  # s-g (BLR-RUS) and s-h (BLR) are out of pair
    overall = report.overall()
    assert overall.tp + overall.fn == 6
    assert overall.tp + overall.fp == article.predicted_events
    assert len(article.misses) == overall.fn and len(article.spurious) == overall.fp
    data = report.to_dict()
    assert json.loads(json.dumps(data))["articles"] == 1
    assert data["meetings_and_statements"]["tp"] == report.focus().tp
    text = report.render()
    assert "meeting+statement" in text and "Per article" in text
    # totals only, for held-out sets: no article, event or evidence text leaks
    summary = report.render(summary_only=True)
    assert "meeting+statement" in summary and "Per article" not in summary
    assert "Warsaw" not in summary and "“" not in summary
    totals = report.to_dict(summary=True)
    assert "per_article" not in totals and totals["overall"] == data["overall"]
    # where the tone errors lie, as counts only: the confusion's diagonal is the tone rate
    confusion = totals["tone_confusion"]
    assert sum(confusion[s][s] for s in confusion) == report.tone().right
    assert sum(sum(row.values()) for row in confusion.values()) == report.tone().total
    assert "Tone sign of matched statements" in summary
    assert "Warsaw" not in json.dumps(totals, ensure_ascii=False)
    # where the misses and spurious events lie, as counts of failed conditions only
    classes = totals["error_classes"]
    assert sum(classes["misses"].values()) == overall.fn
    assert sum(classes["spurious"].values()) == overall.fp
    assert "condition (all kinds)" in summary


@pytest.mark.parametrize(
    ("why", "expected"),
    [
        ("no event extracted from this evidence", "nothing in its sentence"),
        ("no gold event has this evidence", "nothing in its sentence"),
        ("nearest event: countries POL (gold BLR-POL)", "countries (one side)"),
        ("nearest event: countries BLR-RUS (gold BLR-POL)", "countries (other)"),
        ("nearest event: kind statement (gold meeting); date 2021-11-16 (gold 2021-11-22 "
         "±1d); speaker none (gold Malyk)", "kind + date + speaker"),
        ("nearest event: matchable, taken by another gold event", "matchable, taken"),
        ("duplicate of g01-a (matched by event 3)", "duplicate"),
    ],
)
def test_error_class_names_the_failed_conditions_without_text(why: str, expected: str) -> None:
    assert error_class(why) == expected


@needs_ingest
def test_evaluate_gold_directory_with_front_matter(tmp_path: Path) -> None:
    """A folder of gold files: .md article with front matter, article found beside it."""
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "talks.md").write_text(
        "---\ntitle: Ministers meet\noutlet: Test Wire\n---\n\n"
        "On 6 May 2020, Belarusian Foreign Minister Vladimir Makei met Polish Foreign "
        "Minister Jacek Czaputowicz in Warsaw to discuss trade.\n",
        encoding="utf-8",
    )
    gold = {
        "article": "talks.md",
        "published": "2020-05-07",
        "events": [
            {"id": "t-a", "kind": "meeting", "date": "2020-05-06", "tolerance_days": 0,
             "countries": ["BLR", "POL"], "location": "Warsaw", "evidence": "On 6 May 2020"},
            {"id": "t-b", "kind": "statement", "date": "2020-05", "countries": ["BLR", "POL"],
             "speaker": "Nobody", "tone": "neutral", "evidence": "not in the article"},
        ],
        "entities": {"people": {"Makei": "BLR", "Czaputowicz": "POL"}},
    }  # fmt: skip
    (folder / "talks.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a gold file: ignored
    report = evaluate_gold([folder])
    (article,) = report.articles
    assert article.article_path == str(folder / "talks.md")
    assert article.gold_events == 2
    statement = article.counts["statement"]
    assert statement.tp == 0 and statement.fn == 1  # nobody said anything
    assert any(m["id"] == "t-b" for m in article.misses)
    overall = report.overall()
    assert overall.tp + overall.fn == 2 and overall.tp + overall.fp == article.predicted_events


def test_evaluate_gold_checks_every_file_first(tmp_path: Path) -> None:
    (tmp_path / "a.gold.json").write_text(json.dumps({"article": "gone.md", "events": []}))
    with pytest.raises(InputError, match="gone.md"):
        evaluate_gold([tmp_path])
    with pytest.raises(InputError, match="no such gold file"):
        evaluate_gold([tmp_path / "missing"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no \\*.gold.json"):
        evaluate_gold([empty])


def test_an_article_whose_extraction_fails_is_named_and_fails_the_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash in the extractor used to score the article as 'found nothing', silently: the
    figures looked real.  Now the report names the gold file and the reason, and the
    command exits 1 after printing the (untrustworthy) figures.  The fault is injected:
    no real input is known to crash the extractor any more."""
    from typer.testing import CliRunner

    import pipeline.extraction.building as building_module
    from pipeline.cli import app

    def broken(candidate: object) -> list[tuple[str, str]]:
        raise RuntimeError("country pairs broke")

    monkeypatch.setattr(building_module, "country_pairs", broken)
    (tmp_path / "talks.md").write_text(
        "---\ntitle: Ministers meet\n---\n\nOn 6 May 2020, Belarusian Foreign Minister "
        "Vladimir Makei met Polish Foreign Minister Jacek Czaputowicz in Warsaw.\n",
        encoding="utf-8")
    gold = {"article": "talks.md", "published": "2020-05-07", "events": [
        {"id": "t-a", "kind": "meeting", "date": "2020-05-06", "countries": ["BLR", "POL"],
         "evidence": "On 6 May 2020"}]}
    (tmp_path / "talks.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_gold([tmp_path])
    (failure,) = report.failures
    assert "talks.gold.json" in failure and "extraction failed (RuntimeError" in failure
    assert report.to_dict(summary=True)["extraction_failures"] == [failure]
    result = CliRunner().invoke(app, ["evaluate", "--summary", str(tmp_path)])
    assert result.exit_code == 1
    assert "meeting+statement" in result.output  # the figures are still printed


def _article(name: str, tp: int, fp: int, fn: int) -> ArticleResult:
    result = ArticleResult(gold_path=name, article_path=name, pair=("BLR", "POL"))
    result.counts["meeting"] = Counts(tp=tp, fp=fp, fn=fn)
    result.counts["measure"] = Counts(tp=0, fp=5, fn=5)  # not a kind the targets are set on
    return result


def test_intervals_resample_articles_and_hold_the_point_figure() -> None:
    articles = [_article("a", 9, 1, 0), _article("b", 2, 3, 5), _article("c", 5, 0, 1),
                _article("d", 0, 2, 2)]
    report = GoldReport(articles=articles, tone_band=NEUTRAL_TONE_BAND)
    spread = report.to_dict(summary=True)["intervals_95"]
    focus = report.focus()  # 16 / 22 precision, 16 / 24 recall
    for name, point in (("precision", focus.precision), ("recall", focus.recall),
                        ("f1", focus.f1)):
        low, high = spread["meetings_and_statements"][name]
        assert low < point < high  # articles this unlike spread the figure on both sides
    assert spread["tone_sign"] is None  # no matched statement: no rate, no interval
    assert bootstrap_intervals(articles) == spread  # a fixed seed: the same on a rerun
    assert "95 % intervals" in report.render(summary_only=True)


def test_articles_alike_give_an_interval_of_one_point() -> None:
    articles = [_article(name, 3, 1, 1) for name in "abcde"]
    spread = bootstrap_intervals(articles, resamples=50)
    assert spread["meetings_and_statements"]["precision"] == [0.75, 0.75]
    assert spread["resamples"] == 50


def test_a_subset_of_a_report_is_the_report_of_those_articles() -> None:
    # make eval reports each held-out batch as a subset of the scored held-out set instead
    # of extracting its articles again: the figures must be those of a separate run
    gold_dir = Path(__file__).parent / "gold"
    picked = sorted(gold_dir.glob("0[1-3]-*.gold.json"))
    both = evaluate_gold([SEED_GOLD, *picked])
    part = both.subset({str(p) for p in picked})
    alone = evaluate_gold(picked)
    assert [a.gold_path for a in part.articles] == [a.gold_path for a in alone.articles]
    assert part.to_dict(summary=True) == alone.to_dict(summary=True)
    assert part.failures == alone.failures == []
