"""Benchmark: ingest throughput against spaCy's own bare parse of the same texts.

Run by ``make bench``.  Measures, in one run on one machine:
* the bare parse: ``nlp.pipe`` over the article texts (same model, same processes);
* the whole pipeline: reading done, extraction + resolution + loading into a fresh
  SQLite database with ``ingest_articles``.
Targets (issue 2): pipeline time <= 1.5x the bare parse, >= 8,000 words/s on 2 cores.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.session import make_engine
from pipeline.extraction import load_nlp
from pipeline.ingest import ingest_articles
from tests.benchmarks.corpus import ROOT, build_corpus

N_ARTICLES = 500
PROCESSES = 2


def main() -> None:
    corpus = build_corpus(N_ARTICLES)
    texts = [a.text for a in corpus]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    results = {}
    for procs in (1, PROCESSES):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, n_process=procs, batch_size=32):
            pass
        bare = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(f"sqlite:///{tmp}/bench.db")
            t0 = time.perf_counter()
            summary = ingest_articles(engine, corpus, n_process=procs)
            full = time.perf_counter() - t0
            engine.dispose()
        results[procs] = {
            "articles": len(corpus),
            "words": words,
            "bare_parse_s": round(bare, 2),
            "pipeline_s": round(full, 2),
            "ratio": round(full / bare, 2),
            "articles_per_s": round(len(corpus) / full, 1),
            "words_per_s": round(words / full),
            "bare_words_per_s": round(words / bare),
            "events_added": summary.added_events,
            "events_merged": summary.merged_events,
        }
    print(f"ingest benchmark: {N_ARTICLES} articles, {words:,} words")
    print(f"{'processes':>9} {'bare s':>8} {'pipeline s':>10} {'ratio':>6} {'art/s':>7} {'words/s':>9} {'bare w/s':>9}")
    for procs, r in results.items():
        print(
            f"{procs:>9} {r['bare_parse_s']:>8} {r['pipeline_s']:>10} {r['ratio']:>6} "
            f"{r['articles_per_s']:>7} {r['words_per_s']:>9,} {r['bare_words_per_s']:>9,}"
        )
    best = results[PROCESSES]
    print(
        f"targets: ratio <= 1.5 -> {'OK' if best['ratio'] <= 1.5 else 'MISSED'}; "
        f">= 8,000 words/s -> {'OK' if best['words_per_s'] >= 8000 else 'MISSED'}"
    )
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    (out / "ingest.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
