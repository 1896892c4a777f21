"""Our CAMEO table agrees with the GDELT reference table and maps roots to kinds as documented."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline import cameo

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
REFERENCE = SHARED / "cameo" / "cameoCodeTable.tsv"


def _reference_rows() -> list[dict[str, str]]:
    with REFERENCE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


DIFFERING = {"016", "022", "124", "163", "166"}
"""Codes whose Goldstein value in the shared table is not the one GDELT gives them in its
data: 016, 124, 163 and 166 because the table numbers them in another order, 022 (3.4
there and in the codebook, 3.2 in GDELT's events)."""


def test_every_reference_code_is_ours_with_the_same_goldstein() -> None:
    rows = _reference_rows()
    assert len(rows) == 280
    ours = {c.code: c for c in cameo.all_codes()}
    differing = set()
    for row in rows:
        code = row["cameoCode"].strip()
        assert code in ours, code
        assert ours[code].root == code[:2]
        if ours[code].goldstein != pytest.approx(float(row["GoldsteinScale"])):
            differing.add(code)
    assert differing == DIFFERING


def _gdelt_goldstein() -> dict[str, set[float]]:
    """Event code -> the Goldstein values GDELT gave it in the real shared exports."""
    found: dict[str, set[float]] = {}
    export = SHARED / "gdelt" / "20191024143000.export.CSV"
    with export.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            found.setdefault(row[26], set()).add(float(row[30]))
    samples = SHARED / "gdelt" / "events2samps.csv"
    with samples.open(encoding="utf-8", errors="replace", newline="") as handle:
        for record in csv.DictReader(handle):
            found.setdefault(record["EventCode"], set()).add(float(record["GoldsteinScale"]))
    return found


def test_goldstein_values_agree_with_gdelts_own_events() -> None:
    """GDELT's data decides where the shared table and the codebook disagree (163 is
    sanctions at -8.0, 166 expulsion at -7.0)."""
    observed = _gdelt_goldstein()
    assert DIFFERING <= set(observed)
    for code, values in observed.items():
        ours = cameo.lookup(code)
        assert ours is not None and ours.code == code, code
        assert values == {ours.goldstein}, (code, values, ours.goldstein)


def test_roots_are_consistent_and_every_root_has_a_row() -> None:
    codes = cameo.all_codes()
    roots = {c.root for c in codes}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    by_code = {c.code: c for c in codes}
    for c in codes:
        assert c.code.startswith(c.root)
        parent = by_code[c.root]
        assert (c.quad_class, c.kind) == (parent.quad_class, parent.kind), c.code
        assert c.label and c.label == c.label.strip()
        assert -10.0 <= c.goldstein <= 10.0


@pytest.mark.parametrize(
    ("code", "kind", "quad"),
    [
        ("010", "statement", 1),
        ("036", "statement", 1),
        ("0311", "statement", 1),
        ("042", "meeting", 1),
        ("046", "meeting", 1),
        ("057", "statement", 1),
        ("062", "measure", 2),
        ("084", "measure", 2),
        ("091", "other", 3),
        ("111", "statement", 3),
        ("138", "statement", 3),
        ("141", "incident", 4),
        ("154", "measure", 4),
        ("161", "measure", 4),
        ("173", "measure", 4),
        ("190", "incident", 4),
        ("202", "incident", 4),
    ],
)
def test_root_to_kind_and_quad_class(code: str, kind: str, quad: int) -> None:
    found = cameo.lookup(code)
    assert found is not None
    assert (found.kind, found.quad_class) == (kind, quad)


def test_unknown_subcodes_fall_back_to_their_parent() -> None:
    four = cameo.lookup("0439")
    assert four is not None and four.code == "043"
    three = cameo.lookup("049")
    assert three is not None and three.code == "04"
    assert cameo.lookup("1831") is not None and cameo.lookup("1831").code == "1831"  # type: ignore[union-attr]


def test_spreadsheet_codes_without_leading_zero_and_junk() -> None:
    assert cameo.lookup("43").code == "043"  # type: ignore[union-attr]
    assert cameo.lookup("4").code == "04"  # type: ignore[union-attr]
    assert cameo.lookup("---") is None
    assert cameo.lookup("") is None
    assert cameo.lookup(None) is None
    assert cameo.lookup("99") is None
    assert cameo.root_of("0431") == "04"
    assert cameo.root_of("195") == "19"
    with pytest.raises(ValueError):
        cameo.root_of("x")
