"""Regression floor on the PETRARCH-2 validation sentences (any country pair).

Each record is run as a one-sentence article dated by the record; a gold coding agrees
fully when one of our events has its source country, target country (first three letters
of the CAMEO actor code; non-state codes mean "no country") and CAMEO root.  The official,
detailed report is ``dyad evaluate-petr``; this test only guards against regressions.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pipeline.extraction import extract_many
from pipeline.extraction.gazetteer import load_gazetteer
from pipeline.types import Article

PETR = Path(__file__).resolve().parents[2] / "shared" / "data" / "eval" / \
    "PETR2_GSR_validation.xml"
CODING = re.compile(r'eventcode="(\d+)" sourcecode="([^"]*)" targetcode="([^"]*)"')


def _records() -> list[tuple[str, dt.date | None, list[tuple[str, str, str]]]]:
    text = PETR.read_text(encoding="utf-8")
    records = []
    previous: dt.date | None = None
    for block in text.split("<Sentence ")[1:]:
        head = block.split(">", 1)[0]
        raw = re.search(r'date="(\d+)"', head)
        try:
            day = dt.datetime.strptime(raw[1], "%Y%m%d").date() if raw else None
        except ValueError:
            day = previous
        previous = day
        body = re.search(r"<Text>(.*?)</Text>", block, re.S)
        sentence = " ".join(body[1].split()) if body else ""
        records.append((sentence, day, CODING.findall(block)))
    return records


def test_petr2_agreement_floor() -> None:
    states = set(load_gazetteer().country_names)

    def country(code: str) -> str | None:
        return code[:3] if code[:3] in states else None

    records = [r for r in _records() if r[0]]
    results = extract_many([Article(text=t, published=d) for t, d, _ in records])
    total = full = directed = either = 0
    for (_, _, codings), events in zip(records, results, strict=True):
        for code, source, target in codings:
            total += 1
            gold = (country(source), country(target))
            full += any((e.source_country, e.target_country) == gold
                        and (e.cameo_code or "")[:2] == code[:2] for e in events)
            either += any({e.source_country, e.target_country} == set(gold) for e in events)
            directed += any((e.source_country, e.target_country) == gold for e in events)
    assert total >= 75
    assert full / total >= 0.60, f"full agreement {full}/{total}"
    assert either / total >= 0.75, f"country agreement (either direction) {either}/{total}"
    # issue 3's target, so that a rule that costs it shows in `make test`, not only in eval
    assert directed / total >= 0.80, f"country agreement (directed) {directed}/{total}"
