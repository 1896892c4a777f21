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

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, bindparam, insert, select
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db.models import Event, EventActor, EventSource, Source
from db.session import session_scope
from pipeline.merge import (
    ANY_CURATED,
    curated_match,
    fingerprint,
    reading_json,
    rebuild_event,
    single_reading_values,
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


_INSERT_SOURCE = insert(Source).returning(Source.id)
_INSERT_EVENTS = insert(Event).returning(Event.id, sort_by_parameter_order=True)
_INSERT_LINKS = insert(EventActor)
_INSERT_EVIDENCE = insert(EventSource)
_EVENTS_BY_KEY = select(Event.origin_key, Event.id).where(
    Event.origin == "article", Event.origin_key.in_(bindparam("keys", expanding=True))
)
_LINKS_OF_EVENT = select(EventActor.actor_id, EventActor.role).where(
    EventActor.event_id == bindparam("event_id")
)
"""Built once: composing a statement for every event costs more than running it."""


def event_keys(events: list[ExtractedEvent]) -> list[str]:
    """The natural key of each event (:func:`fingerprint`), statements and meetings numbered.

    One speaker may say several distinct things on one day: the n-th statement of a speaker
    in an article is the n-th in every other article reporting the same day.  Likewise a
    visitor received by the Senate's speaker and then by the President on one day had two
    meetings: the extractor already merged the mentions of one meeting (same pair and day,
    no conflicting hosts), so two meetings it kept apart are two contacts.
    """
    statement_seq: dict[str, int] = {}
    keys: list[str] = []
    for ev in events:
        key = fingerprint(ev)
        if ev.kind in ("statement", "meeting"):
            nth = statement_seq.get(key, 0) + 1
            statement_seq[key] = nth
            if nth > 1:
                key = f"{key}#{nth}"[:300]
        keys.append(key)
    return keys


@dataclass
class _ArticleWrites:
    """The rows one article adds, written together at its end (two executemany)."""

    session: Session
    memo: ActorMemo
    cache: ActorCache | None
    links: list[dict[str, object]] = field(default_factory=list)
    evidence: list[dict[str, object]] = field(default_factory=list)

    def link(self, event_id: int, ref: ActorRef, role: str, known: set[tuple[int, str]]) -> int:
        """Link the actor of ``ref`` to the event once per role; returns the actor's id."""
        actor_id = resolve_actor_id(self.session, ref, self.memo, self.cache)
        if (actor_id, role) not in known:
            known.add((actor_id, role))
            self.links.append({"event_id": event_id, "actor_id": actor_id, "role": role})
        return actor_id


def _curated_events(
    session: Session, events: list[ExtractedEvent], keys: list[str], stored: dict[str, int]
) -> dict[str, int]:
    """Key -> the curated (CSV) event that each not yet stored event reports, if any."""
    found: dict[str, int] = {}
    if all(key in stored for key in keys) or session.scalar(ANY_CURATED) is None:
        return found
    for ev, key in zip(events, keys, strict=True):
        if key not in stored and key not in found:
            match = curated_match(session, ev)
            if match is not None:
                found[key] = match.id
    return found


def _insert_new_events(
    connection: Connection,
    writes: _ArticleWrites,
    events: list[ExtractedEvent],
    keys: list[str],
    stored: dict[str, int],
    curated_ids: dict[str, int],
) -> set[str]:
    """Insert the article's new events in one statement; their keys are returned and their
    ids go into ``stored``.

    A new event is inserted once, complete (from its first mention): its speaker is
    resolved first, so no UPDATE follows.
    """
    rows: dict[str, dict[str, object]] = {}
    for ev, key in zip(events, keys, strict=True):
        if key in stored or key in curated_ids or key in rows:
            continue
        speaker = (
            None if ev.speaker is None
            else resolve_actor_id(writes.session, ev.speaker, writes.memo, writes.cache)
        )
        c1, c2 = ev.pair
        rows[key] = {
            "kind": ev.kind, "date": ev.date, "date_precision": ev.date_precision,
            "country1": c1, "country2": c2, "origin": "article", "origin_key": key,
            **single_reading_values(ev, speaker),
        }
    if rows:
        ids = connection.execute(_INSERT_EVENTS, list(rows.values())).scalars().all()
        stored.update(zip(rows, ids, strict=True))
    return set(rows)


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

    WHY Core statements rather than ORM objects: profiled on 500 articles, the ORM's unit
    of work cost nine times the SQL it ran.  Events are looked up by key in one query, the
    new ones inserted in one ``INSERT ... RETURNING``, links and evidence in two executemany.
    Actors still go through the ORM (:mod:`pipeline.resolve`): after the first articles
    they come from the actor cache.
    """
    connection = session.connection()
    source_id = connection.execute(
        _INSERT_SOURCE,
        {
            "kind": "article", "url": article.url, "title": article.title,
            "outlet": article.outlet, "published": article.published,
            "language": article.language or "en", "content_hash": article.content_hash,
            "origin": article.origin, "text": article.text,
        },
    ).scalar_one()
    keys = event_keys(events)
    unique_keys = sorted(set(keys))
    stored: dict[str, int] = {}
    for start in range(0, len(unique_keys), 500):
        part = unique_keys[start:start + 500]
        stored.update((k, i) for k, i in connection.execute(_EVENTS_BY_KEY, {"keys": part}))
    writes = _ArticleWrites(session, {}, actor_cache)
    curated_ids = _curated_events(session, events, keys, stored)
    new_keys = _insert_new_events(connection, writes, events, keys, stored, curated_ids)
    links_of: dict[int, set[tuple[int, str]]] = {}  # events of this article: their links
    to_rebuild: list[int] = []
    touched: set[tuple[str, str, dt.date]] = set()
    for ev, key in zip(events, keys, strict=True):
        c1, c2 = ev.pair
        curated = key in curated_ids
        event_id = curated_ids[key] if curated else stored[key]
        is_new = key in new_keys and event_id not in links_of  # its first mention
        if is_new:
            known: set[tuple[int, str]] = set()
        elif event_id in links_of:
            # a second mention of the same event in the same article: keep the first
            # evidence, but its actors still count
            for ref in ev.actors:
                writes.link(event_id, ref, ref.role, links_of[event_id])
            continue
        else:
            known = {(a, r) for a, r in connection.execute(_LINKS_OF_EVENT, {"event_id": event_id})}
        links_of[event_id] = known
        speaker_id = None
        if ev.speaker is not None:
            speaker_id = writes.link(event_id, ev.speaker, "speaker", known)
        for ref in ev.actors:
            writes.link(event_id, ref, ref.role, known)
        writes.evidence.append({
            "event_id": event_id, "source_id": source_id, "evidence": ev.evidence,
            "char_start": ev.char_start, "char_end": ev.char_end, "tone": ev.tone,
            "extracted": reading_json(ev, speaker_id),
        })
        if not is_new and not curated:
            to_rebuild.append(event_id)
        touched.add((c1, c2, ev.date.replace(day=1)))
        is_statement = ev.kind == "statement"
        if is_new:
            summary.added_events += 1
            summary.added_statements += is_statement
        else:
            summary.merged_events += 1
            summary.merged_statements += is_statement
    session.flush()  # aliases the resolver added to known actors, before the links to them
    if writes.links:
        connection.execute(_INSERT_LINKS, writes.links)
    if writes.evidence:
        connection.execute(_INSERT_EVIDENCE, writes.evidence)
    for event_id in to_rebuild:
        rebuild_event(connection, event_id)
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
    the extractor's worker processes on small chunks of articles, several chunks ahead
    of this thread, which stores each chunk's articles (one transaction per article) as
    its events arrive (:func:`~pipeline.extraction.extract_chunks`).  Known articles are
    looked up once per batch of ``batch_size`` inputs, as the batch is read.
    """
    from pipeline.extraction import extract_chunks

    summary = IngestSummary()
    chunk_size = CHUNK_SIZE if n_process > 1 else 32
    chunks = _chunks(engine, articles, batch_size, chunk_size, summary)
    for inputs_done, todo, extracted in extract_chunks(chunks, n_process):
        if isinstance(extracted, Exception):
            pairs = _extract_one_by_one(todo, summary)
        else:
            pairs = list(zip(todo, extracted, strict=True))
        for article, events in pairs:
            _store_one(engine, article, events, summary)
        if progress is not None and inputs_done:
            progress(inputs_done)
    return summary


CHUNK_SIZE = 8
"""Articles per worker task: small, so the two workers finish together (measured: larger
chunks left one worker idle at the end of each batch; smaller ones parse no faster)."""


def _chunks(
    engine: Engine,
    articles: Iterable[Article | InputError],
    batch_size: int,
    chunk_size: int,
    summary: IngestSummary,
) -> Iterator[tuple[int, list[Article]]]:
    """Chunks of articles still to ingest, each with the number of inputs it completes.

    The last chunk of each batch carries the batch's size (for the progress bar), the
    others 0; a batch with nothing left to ingest yields one empty chunk.
    """
    seen: set[str] = set()
    for batch in _batches(articles, batch_size):
        todo = _screen_batch(engine, batch, seen, summary)
        starts = list(range(0, len(todo), chunk_size)) or [0]
        for start in starts:
            yield (len(batch) if start == starts[-1] else 0), todo[start:start + chunk_size]


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


def _extract_one_by_one(
    todo: list[Article], summary: IngestSummary
) -> list[tuple[Article, list[ExtractedEvent]]]:
    """Events of each article of a chunk whose extraction raised: the failing one is named,
    the others still stored."""
    from pipeline.extraction import extract_many

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
