"""Loading: extracted events into the database, idempotently, one transaction per article.

Guarantees the analyst relies on:

* Re-ingesting an article changes nothing: articles are known by a hash of their text.
* The same real event reported by two articles is one event with two sources, and the
  result never depends on arrival order (the rules are in :mod:`pipeline.merge`).
* A failure inside one article rolls back that article alone; the others are stored.

Extraction of the next batch runs while the current one is stored, and actors already
resolved are cached per engine (:mod:`pipeline.resolve`), because the loader's own work
must stay small next to the NLP parse.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db.models import Event, EventActor, EventSource, Source
from db.session import session_scope
from pipeline.merge import (
    ANY_CURATED,
    apply_single_reading,
    curated_match,
    fingerprint,
    reading_json,
    rebuild_event,
)
from pipeline.resolve import ActorCache, ActorMemo, actor_cache_for, resolve_actor_id
from pipeline.types import ActorRef, Article, ExtractedEvent, InputError


@dataclass
class IngestSummary:
    """What one ``dyad ingest`` run did; rendered as the closing summary."""

    articles_read: int = 0
    articles_stored: int = 0
    skipped_known: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    added_events: int = 0
    merged_events: int = 0
    added_statements: int = 0
    merged_statements: int = 0

    def add_counts(self, other: IngestSummary) -> None:
        """Add another run's event counts (one stored article's) to these."""
        self.added_events += other.added_events
        self.merged_events += other.merged_events
        self.added_statements += other.added_statements
        self.merged_statements += other.merged_statements

    def render(self) -> str:
        lines = [
            f"articles read: {self.articles_read}  stored: {self.articles_stored}  "
            f"skipped as already known: {self.skipped_known}  failed: {len(self.failed)}",
            f"events added: {self.added_events - self.added_statements}  "
            f"merged: {self.merged_events - self.merged_statements}  "
            f"statements added: {self.added_statements}  merged: {self.merged_statements}",
        ]
        for name, reason in self.failed:
            lines.append(f"  failed: {reason if reason.startswith(name) else f'{name}: {reason}'}")
        return "\n".join(lines)


def _link_actor(
    session: Session,
    event: Event,
    ref: ActorRef,
    seen: set[tuple[int, str]],
    memo: ActorMemo,
    *,
    fresh: bool = False,
    cache: ActorCache | None = None,
) -> int:
    """Link the actor of ``ref`` to ``event`` once per role; ``fresh`` events have no links yet.

    ``memo`` remembers the actors already resolved in this article: the same person is
    usually mentioned many times, and resolving is the loader's costliest step.
    """
    actor_id = resolve_actor_id(session, ref, memo, cache)
    key = (actor_id, ref.role)
    if key not in seen:
        exists = None if fresh else session.get(EventActor, (event.id, actor_id, ref.role))
        if exists is None:
            session.add(EventActor(event_id=event.id, actor_id=actor_id, role=ref.role))
        seen.add(key)
    return actor_id


_EVENT_BY_KEY = select(Event).where(Event.origin == "article", Event.origin_key == bindparam("key"))
"""Built once: composing a select for every event costs more than running it."""


def store_article(
    session: Session,
    article: Article,
    events: list[ExtractedEvent],
    summary: IngestSummary,
    *,
    actor_cache: ActorCache | None = None,
) -> set[tuple[str, str, dt.date]]:
    """Store one article and its events inside the caller's transaction.

    Returns the (country1, country2, month) keys whose monthly statistics changed.
    ``actor_cache`` (see :class:`ActorCache`) is for a caller that commits the article
    right after and then calls its ``commit``, or ``clear`` on failure.
    """
    source = Source(
        kind="article",
        url=article.url,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        language=article.language or "en",
        content_hash=article.content_hash,
        origin=article.origin,
        text=article.text,
    )
    session.add(source)
    session.flush()
    touched: set[tuple[str, str, dt.date]] = set()
    linked: set[int] = set()
    statement_seq: dict[str, int] = {}
    memo: ActorMemo = {}
    has_curated: bool | None = None  # asked once per article, when first needed
    for ev in events:
        key = fingerprint(ev)
        if ev.kind == "statement":
            # one speaker may say several distinct things on one day: the n-th statement of a
            # speaker in an article is the n-th in every other article reporting the same day
            nth = statement_seq.get(key, 0) + 1
            statement_seq[key] = nth
            if nth > 1:
                key = f"{key}#{nth}"[:300]
        c1, c2 = ev.pair
        event = session.scalars(_EVENT_BY_KEY, {"key": key}).first()
        if event is None and has_curated is None:
            has_curated = session.scalar(ANY_CURATED) is not None
        curated = (
            event is None and bool(has_curated) and (event := curated_match(session, ev)) is not None
        )
        is_new = event is None
        if event is None:
            # a new event is inserted once, complete: its speaker is resolved first, so
            # no UPDATE follows the INSERT
            new_speaker = (
                None if ev.speaker is None
                else resolve_actor_id(session, ev.speaker, memo, actor_cache)
            )
            event = Event(
                kind=ev.kind,
                date=ev.date,
                date_precision=ev.date_precision,
                country1=c1,
                country2=c2,
                origin="article",
                origin_key=key,
            )
            apply_single_reading(event, ev, new_speaker)
            session.add(event)
            session.flush()
        elif event.id in linked:
            # a second mention of the same event in the same article: keep the first evidence,
            # but its actors still count
            seen: set[tuple[int, str]] = set()
            for ref in ev.actors:
                _link_actor(session, event, ref, seen, memo, cache=actor_cache)
            continue
        seen = set() if is_new else {(link.actor_id, link.role) for link in event.actor_links}
        speaker_id = None
        if ev.speaker is not None:
            speaker_id = _link_actor(
                session, event, dataclasses.replace(ev.speaker, role="speaker"), seen, memo,
                fresh=is_new, cache=actor_cache,
            )
        for ref in ev.actors:
            _link_actor(session, event, ref, seen, memo, fresh=is_new, cache=actor_cache)
        session.add(
            EventSource(
                event_id=event.id,
                source_id=source.id,
                evidence=ev.evidence,
                char_start=ev.char_start,
                char_end=ev.char_end,
                tone=ev.tone,
                extracted=reading_json(ev, speaker_id),
            )
        )
        if not is_new and not curated:
            session.flush()
            session.refresh(event, attribute_names=["source_links"])
            rebuild_event(event)
        linked.add(event.id)
        touched.add((c1, c2, event.date.replace(day=1)))
        is_statement = ev.kind == "statement"
        if is_new:
            summary.added_events += 1
            summary.added_statements += is_statement
        else:
            summary.merged_events += 1
            summary.merged_statements += is_statement
    return touched


def refresh_stats(session: Session, keys: set[tuple[str, str, dt.date]]) -> None:
    """Keep the pre-aggregated monthly table current for the months this article touched."""
    if not keys:
        return
    from db.stats import refresh_pair_months

    refresh_pair_months(session, keys)


def _batches(
    items: Iterable[Article | InputError], size: int
) -> Iterator[list[Article | InputError]]:
    batch: list[Article | InputError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_articles(
    engine: Engine,
    articles: Iterable[Article | InputError],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Extract and store every article; input errors are counted, never raised.

    WHY the shape: extraction is the expensive part and, with ``n_process > 1``, runs in
    the extractor's worker processes.  While this thread stores one batch (one
    transaction per article), a helper thread already waits on the workers for the next
    batch, so the workers never idle during database writes.  With one process the
    extraction runs here and a helper thread would only compete for the GIL, so batches
    are simply processed in turn.  Known articles are looked up once per batch.
    """
    summary = IngestSummary()
    seen: set[str] = set()
    screened = (
        (batch, _screen_batch(engine, batch, seen, summary))
        for batch in _batches(articles, batch_size)
    )
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dyad-extract") as helper:
        pending: tuple[list[Article | InputError], Future[_Extracted]] | None = None
        for batch, todo in screened:
            if pending is None or n_process <= 1:
                # One process: extract here, in turn.  First batch of several: the
                # extractor forks its worker pool on first use, safest from this thread.
                started: Future[_Extracted] = Future()
                started.set_result(_extract_apart(todo, n_process))
            else:
                started = helper.submit(_extract_apart, todo, n_process)
            if pending is not None:
                _store_extracted(engine, *pending, summary, progress)
            pending = (batch, started)
        if pending is not None:
            _store_extracted(engine, *pending, summary, progress)
    return summary


_Extracted = tuple[list[tuple[Article, list[ExtractedEvent]]], list[tuple[str, str]]]


def _extract_apart(todo: list[Article], n_process: int) -> _Extracted:
    """Extraction of one batch in the helper thread, with its own list of failures."""
    failures = IngestSummary()
    done = _extract_batch(todo, n_process, failures) if todo else []
    return done, failures.failed


def _store_extracted(
    engine: Engine,
    batch: list[Article | InputError],
    extracted: Future[_Extracted],
    summary: IngestSummary,
    progress: Callable[[int], None] | None,
) -> None:
    done, failed = extracted.result()
    summary.failed.extend(failed)
    for article, events in done:
        _store_one(engine, article, events, summary)
    if progress is not None:
        progress(len(batch))


def _screen_batch(
    engine: Engine, batch: list[Article | InputError], seen: set[str], summary: IngestSummary
) -> list[Article]:
    """The batch's articles still to ingest: input errors and known articles counted.

    One ``content_hash IN (...)`` query per batch instead of one per article; ``seen``
    holds the hashes of this run, so a repeated article is skipped even before the first
    copy is stored.
    """
    articles = [item for item in batch if not isinstance(item, InputError)]
    known = _known_hashes(engine, [a.content_hash for a in articles if a.content_hash not in seen])
    todo: list[Article] = []
    for item in batch:
        if isinstance(item, InputError):
            name = str(item).split(": ", 1)[0]
            summary.failed.append((name, str(item)))
            continue
        summary.articles_read += 1
        if item.content_hash in seen or item.content_hash in known:
            summary.skipped_known += 1
            continue
        seen.add(item.content_hash)
        todo.append(item)
    return todo


def _known_hashes(engine: Engine, hashes: list[str]) -> set[str]:
    """Which of these content hashes are already stored (slices of 500 per query)."""
    found: set[str] = set()
    if not hashes:
        return found
    with engine.connect() as conn:
        for start in range(0, len(hashes), 500):
            part = hashes[start:start + 500]
            found.update(
                conn.execute(
                    select(Source.content_hash).where(Source.content_hash.in_(part))
                ).scalars()
            )
    return found


def _extract_batch(
    todo: list[Article], n_process: int, summary: IngestSummary
) -> list[tuple[Article, list[ExtractedEvent]]]:
    """Events of each article; an article the extractor chokes on fails alone.

    The batch is extracted in one go (fast); only when that raises is it redone one
    article at a time, so the failing article is named and the others still stored.
    """
    from pipeline.extraction import extract_many

    try:
        return list(zip(todo, extract_many(todo, n_process=n_process), strict=True))
    except Exception:  # noqa: BLE001 - narrowed down below, article by article
        pass
    done: list[tuple[Article, list[ExtractedEvent]]] = []
    for article in todo:
        try:
            (events,) = extract_many([article], n_process=1)
        except Exception as exc:  # noqa: BLE001 - any extractor failure is this article's
            reason = f"{exc.__class__.__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
            summary.failed.append((article.origin, f"{article.origin}: extraction failed ({reason})"))
            continue
        done.append((article, events))
    return done


def _store_in_transaction(
    engine: Engine,
    article: Article,
    events: list[ExtractedEvent],
    trial: IngestSummary,
    cache: ActorCache,
) -> None:
    """One article in one transaction; the actor cache learns only from a commit."""
    try:
        with session_scope(engine) as session:
            touched = store_article(session, article, events, trial, actor_cache=cache)
            refresh_stats(session, touched)
    except BaseException:
        cache.clear()
        raise
    cache.commit()


def _store_one(
    engine: Engine, article: Article, events: list[ExtractedEvent], summary: IngestSummary
) -> None:
    cache = actor_cache_for(engine)
    for attempt in range(3):
        trial = IngestSummary()
        try:
            _store_in_transaction(engine, article, events, trial, cache)
        except IntegrityError:
            # another process stored the same article or event first: retry sees its rows
            if _known_hashes(engine, [article.content_hash]):
                summary.skipped_known += 1
                return
            if attempt == 2:
                raise
            continue
        except DataError as exc:
            # a value the database refuses (too long for its column, NUL in text on
            # PostgreSQL): this article fails with its reason, the others still store
            reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            summary.failed.append((article.origin, f"{article.origin}: cannot store ({reason})"))
            return
        except OperationalError as exc:
            if attempt == 2:
                summary.failed.append((article.origin, f"{article.origin}: database error: {exc.orig}"))
                return
            continue
        summary.articles_stored += 1
        summary.add_counts(trial)
        return
