"""Benchmark: ingest throughput against spaCy's own bare parse of the same texts.

Run by ``make bench`` (a plain script, not a pytest file)::

    .venv/bin/python tests/benchmarks/bench_ingest.py [--articles 500]

Measures, in one run on one machine, for 1 and 2 processes:

* the bare parse: spaCy's own ``nlp.pipe`` over the article texts, with the model as
  shipped (``spacy.load``; same processes);
* our parse: the same with the pipeline the extractor uses (``load_nlp``: paragraph
  breaks, the indexed attribute-ruler matcher), for reference;
* the whole pipeline: reading done, extraction + resolution + loading into a fresh
  SQLite database with ``ingest_articles`` (one transaction per article).

Targets (issue 2): pipeline time <= 1.5x the bare parse, >= 8,000 words/s with 2
processes.  The machine is shared with other work, so the load average is recorded next
to each figure and both sides of a ratio are measured back to back.  Figures go to
``.bench/ingest.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import spacy

from db.session import make_engine
from pipeline.extraction import load_nlp
from pipeline.extraction.nlp import MODEL_NAME
from pipeline.ingest import ingest_articles
from tests.benchmarks.corpus import ROOT, build_corpus

N_ARTICLES = 500
PROCESSES = 2
RATIO_TARGET = 1.5
WORDS_TARGET = 8_000


def measure(n_articles: int) -> dict[int, dict[str, Any]]:
    corpus = build_corpus(n_articles)
    texts = [a.text for a in corpus]
    words = sum(len(t.split()) for t in texts)
    stock = spacy.load(MODEL_NAME)
    nlp = load_nlp()
    results: dict[int, dict[str, Any]] = {}
    for procs in (1, PROCESSES):
        load_before = os.getloadavg()[0]
        t0 = time.perf_counter()
        for _doc in stock.pipe(texts, n_process=procs, batch_size=32):
            pass
        bare = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, n_process=procs, batch_size=32):
            pass
        ours = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(f"sqlite:///{tmp}/bench.db")
            t0 = time.perf_counter()
            summary = ingest_articles(engine, corpus, n_process=procs)
            full = time.perf_counter() - t0
            engine.dispose()
        if summary.articles_stored != len(corpus):
            raise SystemExit(f"only {summary.articles_stored} of {len(corpus)} articles stored: "
                             f"{summary.failed[:3]}")
        results[procs] = {
            "articles": len(corpus),
            "words": words,
            "bare_parse_s": round(bare, 2),
            "our_parse_s": round(ours, 2),
            "pipeline_s": round(full, 2),
            "ratio": round(full / bare, 2),
            "articles_per_s": round(len(corpus) / full, 1),
            "words_per_s": round(words / full),
            "bare_words_per_s": round(words / bare),
            "events_added": summary.added_events,
            "events_merged": summary.merged_events,
            "load_average": {"before": load_before, "after": os.getloadavg()[0]},
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=N_ARTICLES)
    args = parser.parse_args()
    results = measure(args.articles)
    first = results[1]
    print(f"\ningest benchmark: {first['articles']} articles, {first['words']:,} words, "
          f"{os.cpu_count()} CPUs")
    print(f"{'processes':>9} {'load':>9} {'bare s':>7} {'pipeline s':>10} {'ratio':>6} "
          f"{'art/s':>6} {'words/s':>8} {'bare w/s':>8}")
    for procs, r in results.items():
        load = f"{r['load_average']['before']:.1f}-{r['load_average']['after']:.1f}"
        print(f"{procs:>9} {load:>9} {r['bare_parse_s']:>7.1f} {r['pipeline_s']:>10.1f} "
              f"{r['ratio']:>5.2f}x {r['articles_per_s']:>6.1f} {r['words_per_s']:>8,} "
              f"{r['bare_words_per_s']:>8,}")
    best = results[PROCESSES]
    ratio_ok = best["ratio"] <= RATIO_TARGET
    words_ok = best["words_per_s"] >= WORDS_TARGET
    print(f"{'target (2 processes)':<32} {'value':>10} {'target':>10}  ok")
    print(f"{'pipeline time / bare parse':<32} {best['ratio']:>9.2f}x {'<= 1.5x':>10}  "
          f"{'yes' if ratio_ok else 'NO'}")
    print(f"{'words/s':<32} {best['words_per_s']:>10,} {'>= 8,000':>10}  "
          f"{'yes' if words_ok else 'NO'}")
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    payload = {"cpus": os.cpu_count(), "by_processes": results,
               "targets_met": {"ratio": ratio_ok, "words_per_s": words_ok}}
    (out / "ingest.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")
    print(f"figures written to {out / 'ingest.json'}")


if __name__ == "__main__":
    main()
