"""Gold files read and rejected, and whole runs of ``dyad evaluate``: the chain (reader,
ingest, export, scoring) on the seed article and on gold folders, a failing extraction named,
and the report's error classes, bootstrap intervals and subsets."""

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
    GoldReport,
    evaluate_gold,
    load_gold,
    speaker_agrees,
)
from pipeline.evaluate_report import Counts, bootstrap_intervals, error_class
from pipeline.types import InputError

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED_GOLD = DATA / "eval" / "seed.gold.json"


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
