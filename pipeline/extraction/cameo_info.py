"""CAMEO code facts for the extractor: root, quad class and Goldstein value.

Uses the project's CAMEO table (:func:`pipeline.cameo.lookup`) when it is importable; for a
code it lacks, the root-level rule applies (roots 01-05 verbal cooperation, 06-08 material
cooperation, 09-13 verbal conflict, 14-20 material conflict) with the root's Goldstein value.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

ROOT_GOLDSTEIN = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0,
    "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2,
    "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0,
}
"""Goldstein values of the root ("not specified below") codes of the CAMEO codebook."""


def quad_class_of_root(root: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


def _project_lookup(code: str) -> Any:
    try:
        from pipeline import cameo  # written by another part of the project
    except ImportError:
        return None
    lookup = getattr(cameo, "lookup", None)
    return lookup(code) if lookup is not None else None


@lru_cache(maxsize=512)
def cameo_facts(code: str) -> tuple[str, int, float]:
    """(root, quad_class, goldstein) of a CAMEO event code."""
    root = code[:2]
    found = _project_lookup(code)
    if found is not None:
        quad = getattr(found, "quad_class", None) or quad_class_of_root(root)
        goldstein = getattr(found, "goldstein", None)
        if goldstein is None:
            goldstein = ROOT_GOLDSTEIN.get(root, 0.0)
        return root, int(quad), float(goldstein)
    return root, quad_class_of_root(root), ROOT_GOLDSTEIN.get(root, 0.0)
