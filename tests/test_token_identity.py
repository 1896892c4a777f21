"""No identity comparison between spaCy tokens in the extractor.

spaCy builds a new ``Token`` object at every access (``doc[i]``, ``token.head``), so
``token.head is token`` is never true and ``a is not b`` always true: a loop climbing to
the root by identity never ends, and a check "is this the trigger" never fires.  Tokens
are compared by index (``a.i == b.i``).  This scans the extractor's source for ``is`` /
``is not`` between two expressions, allowing only the comparisons of plain Python
objects listed here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import spacy

EXTRACTION = Path(__file__).resolve().parents[1] / "pipeline" / "extraction"
PYTHON_OBJECTS = {"m", "o", "index[t.i]", "bucket", "preps", "item"}
"""Left operands that are mentions, events or containers, not tokens."""


def test_spacy_makes_a_new_token_at_every_access() -> None:
    doc = spacy.blank("en")("Poland closed the border.")
    assert doc[0] is not doc[0] and doc[0] == doc[0]


def test_the_extractor_compares_tokens_by_index() -> None:
    offenders = []
    for path in sorted(EXTRACTION.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Compare):
                continue
            for op, right in zip(node.ops, node.comparators, strict=True):
                if not isinstance(op, (ast.Is, ast.IsNot)) or isinstance(right, ast.Constant):
                    continue
                if ast.get_source_segment(source, node.left) in PYTHON_OBJECTS:
                    continue
                offenders.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == []
