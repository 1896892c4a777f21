"""Agreement of two annotators (``evaluate_agreement``): a second annotator's gold file is
scored against the first annotator's file of the same article by the extractor's rules,
so the extractor's figures can be read against what two people reach.  On a real dev
article and its gold file, copied into a fresh folder pair per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluate import (
    GoldReport,
    Predicted,
    clear_errors,
    evaluate_agreement,
    first_annotation,
    load_gold,
    score_article,
)
from pipeline.types import InputError

DEV = Path(__file__).resolve().parent / "gold"
STEM = "17-soldier-stabbed-at-border-dies"


def _folders(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """tmp/gold holds the article and its first gold file; returns tmp/second and the
    first file's data, to be edited into a second annotation."""
    first, second = tmp_path / "gold", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for suffix in (".md", ".gold.json"):
        shutil.copy(DEV / (STEM + suffix), first / (STEM + suffix))
    data: dict[str, Any] = json.loads((first / f"{STEM}.gold.json").read_text(encoding="utf-8"))
    data["article"] = f"../gold/{STEM}.md"
    return second, data


def _write(folder: Path, data: dict[str, Any]) -> Path:
    path = folder / f"{STEM}.gold.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_second_annotation_finds_the_first_beside_its_article(tmp_path: Path) -> None:
    second, data = _folders(tmp_path)
    path = _write(second, data)
    assert first_annotation(load_gold(path)) == (tmp_path / "gold" / f"{STEM}.gold.json")


def test_the_same_annotation_twice_agrees_fully(tmp_path: Path) -> None:
    second, data = _folders(tmp_path)
    report = evaluate_agreement([_write(second, data)]).to_dict(summary=True)
    focus = report["meetings_and_statements"]
    assert (focus["precision"], focus["recall"]) == (1.0, 1.0)
    assert report["tone_sign"]["rate"] == 1.0


def test_a_statement_left_out_and_a_tone_read_otherwise_are_counted(tmp_path: Path) -> None:
    second, data = _folders(tmp_path)
    events = data["events"]
    statements = [e for e in events if e["kind"] == "statement" and len(e["countries"]) == 2]
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert statements and meetings
    events.remove(statements[0])
    meetings[0]["tone"] = "positive" if meetings[0]["tone"] != "positive" else "negative"
    other = [e for e in events if e["kind"] == "statement" and len(e["countries"]) == 2]
    report = evaluate_agreement([_write(second, data)]).to_dict(summary=True)
    focus = report["meetings_and_statements"]
    assert focus["fn"] == 1 and focus["fp"] == 0
    assert focus["tp"] == len(meetings) + len(other)
    assert report["tone_sign"]["total"] == len(other)  # tone is checked on statements only


def test_a_flipped_statement_tone_is_a_disagreement(tmp_path: Path) -> None:
    second, data = _folders(tmp_path)
    pair = [e for e in data["events"] if e["kind"] == "statement" and len(e["countries"]) == 2]
    pair[0]["tone"] = "neutral" if pair[0]["tone"] != "neutral" else "negative"
    report = evaluate_agreement([_write(second, data)]).to_dict(summary=True)
    assert report["tone_sign"]["right"] == report["tone_sign"]["total"] - 1


def test_a_second_annotation_without_a_first_is_named(tmp_path: Path) -> None:
    second, data = _folders(tmp_path)
    (tmp_path / "gold" / f"{STEM}.gold.json").unlink()
    path = _write(second, data)
    with pytest.raises(InputError, match=f"{STEM}.gold.json"):
        evaluate_agreement([path])


def test_the_extractors_errors_are_told_apart_by_what_the_second_annotator_lists(
    tmp_path: Path,
) -> None:
    """The second annotator leaves out Sikorski's statement (g17-d) and adds Tusk's post as
    a statement about Belarus; the "extractor" here misses g17-d and the summons (g17-c),
    finds Tusk's post as the second annotator reads it, and adds an event no one lists."""
    second_dir, data = _folders(tmp_path)
    first_events = {e["id"]: e for e in data["events"]}
    tusk = dict(first_events["g17-b"], id="g17-x", countries=["BLR", "POL"])
    data["events"] = [e for e in data["events"] if e["id"] != "g17-d"] + [tusk]
    second_path = _write(second_dir, data)
    first, second = load_gold(first_annotation(load_gold(second_path))), load_gold(second_path)
    extracted = [Predicted.from_gold(e) for e in second.events if e.id in ("g17-a", "g17-x")]
    extracted.append(Predicted(id="p9", kind="statement", date="2024-06-06",
                               countries=("BLR", "POL"), speaker="Lukashenko",
                               evidence="The attacker had crossed from Belarus."))
    errors = clear_errors(
        evaluate_agreement([second_path]),
        GoldReport(articles=[score_article(first, extracted)], tone_band=0.2, failures=[]),
        GoldReport(articles=[score_article(second, extracted)], tone_band=0.2, failures=[]),
    )
    assert errors == {"misses_both_list": 1,  # the summons, g17-c
                      "misses_only_first_lists": 1,  # g17-d
                      "spurious_neither_lists": 1,  # p9
                      "spurious_second_lists": 1}  # Tusk's post, in the pair for the second
