"""Dyad's own CAMEO event-code table: code -> short label, Goldstein value, root, quad class, kind.

Imported event data (GDELT, ICEWS) and the article extractor speak CAMEO; the dashboard speaks
Dyad kinds.  This module is the single place that translates one into the other, so the
country-pair charts count a GDELT "hosts a visit" (043) and an extracted meeting the same way.

The table lives in ``pipeline/data/cameo_codes.csv`` (columns ``code, label, goldstein, root,
quad_class, kind``).  Codes and Goldstein values are facts taken from the GDELT CAMEO table
(``cameoCodeTable.tsv``); codes that table lacks (e.g. 0251-0256, 1011-1056, 116, 1221-1246,
129, 1661-1663) come from the CAMEO 1.1b3 codebook with its Goldstein values.  Labels are our
own short wording and follow the codebook's numbering, which is what GDELT and ICEWS code with.
The shared GDELT table numbers a few codes differently (016, 124-129, 163-166), and its
Goldstein values for 016, 124, 163, 164 and 166 follow that other order.  GDELT's own event
files show the codebook's order: their 163 events (sanctions) carry -8.0, their 166 events
-7.0.  So for those codes, and for 022 (3.4 in the table and the codebook, 3.2 in GDELT's
events), we use the values GDELT assigns in its data (016 -2.0, 022 3.2, 124 -4.0, 163
-8.0, 164 -7.0, 166 -7.0); ``tests/test_cameo.py`` checks every code against the table and
every code found in the real GDELT files against the value GDELT gave it.

Quad class by root code (the usual CAMEO grouping):

* 01-05 -> 1 verbal cooperation
* 06-08 -> 2 material cooperation
* 09-13 -> 3 verbal conflict
* 14-20 -> 4 material conflict

Root code -> Dyad kind (WHY: the dashboard separates what was said from what was done):

* 01 statement, 02 appeal, 03 intent to cooperate, 05 diplomatic cooperation, 10 demand,
  11 disapprove, 12 reject, 13 threaten -> ``statement``.  Verbal acts, including "intent
  to meet or negotiate" (036) and "intent to cooperate militarily" (0312): nobody met yet.
* 04 consult -> ``meeting``: phone calls, visits made or hosted, meetings at a third place,
  mediation and negotiation (040-046).
* 06 material cooperation, 07 aid, 08 yield -> ``measure`` (cooperative acts).
* 15 force posture, 16 reduce relations (expelling diplomats, sanctions, halting talks),
  17 coerce (border closures, arrests, deportations) -> ``measure`` (hostile state acts).
* 14 protest, 18 assault, 19 fight, 20 mass violence -> ``incident``.
* 09 investigate -> ``other``.

A 4-digit or 3-digit code not in the table falls back to its parent (``0455`` -> ``045`` ->
``04``), so sloppy or newer sub-codes still get a kind.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CAMEO_TABLE = Path(__file__).resolve().parent / "data" / "cameo_codes.csv"

QUAD_CLASS_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class CameoCode:
    """One row of the table."""

    code: str
    label: str
    goldstein: float
    root: str
    quad_class: int
    kind: str


@cache
def _table() -> dict[str, CameoCode]:
    with CAMEO_TABLE.open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: CameoCode(
                code=row["code"],
                label=row["label"],
                goldstein=float(row["goldstein"]),
                root=row["root"],
                quad_class=int(row["quad_class"]),
                kind=row["kind"],
            )
            for row in csv.DictReader(handle)
        }


def normalise(code: str) -> str:
    """Strip blanks; a spreadsheet may have dropped the leading zero ("43" -> "043")."""
    code = code.strip()
    if code.isdigit() and len(code) == 1:
        code = "0" + code
    elif code.isdigit() and len(code) in (2, 3) and int(code[:2]) > 20:
        padded = "0" + code
        # Only when the padded form names a real (sub)code: "43" -> "043", not "99" -> "099".
        if padded[:3] in _table():
            code = padded
    return code


def lookup(code: str | None) -> CameoCode | None:
    """The table row for ``code``, else its nearest parent (4 -> 3 -> 2 digits), else None."""
    if not code:
        return None
    code = normalise(code)
    if not code.isdigit() or code[:2] not in table_roots():
        return None
    table = _table()
    while len(code) >= 2:
        found = table.get(code)
        if found is not None:
            return found
        code = code[:-1]
    return None


@cache
def table_roots() -> frozenset[str]:
    """The twenty root codes, "01" to "20"."""
    return frozenset(c.root for c in _table().values())


def root_of(code: str) -> str:
    """The two-digit root of a CAMEO code ("0431" -> "04"); raises ValueError when malformed."""
    normalised = normalise(code)
    if not normalised.isdigit() or len(normalised) < 2:
        raise ValueError(f"not a CAMEO event code: {code!r}")
    return normalised[:2]


def all_codes() -> list[CameoCode]:
    """Every row of the table, in code order."""
    return sorted(_table().values(), key=lambda c: c.code)
