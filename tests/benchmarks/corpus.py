"""A deterministic benchmark corpus of distinct news-like articles.

Paragraphs come from texts the project has at hand: our demo and gold articles, the
seed article and the PETRARCH-2 validation sentences (read from ../shared at run time,
never copied).  Each article mixes several paragraphs, so all are distinct and the
loader cannot skip any as already known.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from pipeline.types import Article

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def _paragraphs() -> list[str]:
    texts: list[str] = []
    for folder in (ROOT / "data" / "demo" / "articles", ROOT / "tests" / "gold"):
        for path in sorted(folder.glob("*.md")):
            body = path.read_text(encoding="utf-8")
            if body.startswith("---"):
                body = body.split("---", 2)[-1]
            texts.append(body)
    seed = SHARED / "seed" / "belsat-2019-03-belarus-poland-military-consultations.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8").split("\n", 1)[1])
    petr = SHARED / "eval" / "PETR2_GSR_validation.xml"
    if petr.exists():
        for chunk in re.findall(r"<Text>(.*?)</Text>", petr.read_text(encoding="utf-8"), re.S):
            texts.append(" ".join(chunk.split()))
    paras = [p.strip() for t in texts for p in re.split(r"\n\s*\n", t) if len(p.split()) >= 12]
    if not paras:
        raise SystemExit("no paragraphs found for the benchmark corpus")
    return paras


def build_corpus(n_articles: int = 500, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    paras = _paragraphs()
    start = dt.date(2018, 1, 1).toordinal()
    out = []
    for i in range(n_articles):
        chosen = rng.sample(paras, k=min(len(paras), rng.randint(4, 8)))
        out.append(
            Article(
                text="\n\n".join(chosen),
                title=f"Benchmark article {i}",
                published=dt.date.fromordinal(start + rng.randrange(0, 2900)),
                url=f"https://example.org/bench/{i}",
                outlet="bench",
                origin=f"bench-{i}",
            )
        )
    return out
