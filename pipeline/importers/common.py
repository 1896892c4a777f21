"""What every importer shares: reading (plain, .gz, .zip), the row record, skips and the summary.

Readers turn a file into :class:`ImportedEvent` records or :class:`RowSkip` notes, one per
data row, without touching the database; :mod:`pipeline.importers.writer` stores them in
chunks.  Keeping the two apart lets each format be tested on its own and keeps the fast
bulk-write path in one place.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import queue
import threading
import typing
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, NamedTuple, TypeVar

from pipeline.types import InputError

T = TypeVar("T")
SNIFF_BYTES = 64 * 1024
EARLIEST_DATE = dt.date(1900, 1, 1)

# Order of the values tuple an importer builds for one event; the writer inserts exactly
# these columns (speaker_id is filled in by the writer once actor ids are known).
EVENT_COLUMNS: tuple[str, ...] = (
    "kind", "date", "date_precision", "end_date", "country1", "country2", "source_country",
    "target_country", "location", "cameo_code", "cameo_root", "quad_class", "goldstein", "tone",
    "summary", "origin", "origin_key", "origin_file", "origin_row", "num_mentions",
    "num_sources", "num_articles", "source_url",
)
COL = {name: i for i, name in enumerate(EVENT_COLUMNS)}


class OrgSpec(NamedTuple):
    """An organization as the importers name it; (name, country) is its identity.

    Named tuples rather than dataclasses: the writer hashes one per actor per row, and a
    tuple hashes in C.
    """

    name: str
    country: str | None
    sector: str | None = None


class ActorSpec(NamedTuple):
    """An actor as the importers name it; (name, type, country) is its identity."""

    name: str
    type: str  # person | organization
    country: str | None
    organization: OrgSpec | None = None
    role: str | None = None  # title or function (GDELT type, ICEWS sectors)


@dataclass(slots=True)
class ImportedEvent:
    """One event read from one data row; ``values`` follows :data:`EVENT_COLUMNS`."""

    values: tuple[object, ...]
    actors: tuple[tuple[ActorSpec, str], ...] = ()  # (actor, participant|target)
    speaker: ActorSpec | None = None


@dataclass(slots=True)
class RowSkip:
    """A data row that was not imported, and why (the summary shows a sample).

    ``malformed`` rows are bad input (a broken date, a wrong column count, an invalid
    value) and make ``dyad import`` exit 1; a well-formed row that is simply not a
    country event (no country at all) is skipped without being an error.
    """

    row: int
    reason: str
    malformed: bool = True


@dataclass
class FileResult:
    path: str
    fmt: str
    rows_read: int = 0
    inserted: int = 0
    unchanged: int = 0
    skipped: int = 0
    malformed: int = 0
    skipped_samples: list[str] = field(default_factory=list)
    error: str | None = None


class HashingReader(io.RawIOBase):
    """A binary stream that hashes the bytes read through it (the file's content hash)."""

    def __init__(self, inner: IO[bytes]) -> None:
        self._inner = inner
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.digest.update(data)
        return n


def _zip_member(archive: zipfile.ZipFile, path: Path) -> str:
    members = [m for m in archive.namelist() if not m.endswith("/")]
    if len(members) != 1:
        raise InputError(f"{path}: a .zip to import must hold exactly one data file, not {len(members)}")
    return members[0]


@contextmanager
def open_binary(path: Path) -> Iterator[IO[bytes]]:
    """The decompressed bytes of ``path`` (.gz and single-file .zip are opened transparently)."""
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as gz_handle:
                yield typing.cast(IO[bytes], gz_handle)
        elif path.suffix.lower() == ".zip":
            try:
                archive = zipfile.ZipFile(path)
            except zipfile.BadZipFile as exc:
                raise InputError(f"{path}: not a readable .zip archive ({exc})") from exc
            with archive, archive.open(_zip_member(archive, path)) as handle:
                yield handle
        else:
            with path.open("rb") as handle:
                yield handle
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory, not a file") from exc
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from exc


def head_text(path: Path) -> str:
    """The first bytes of the (decompressed) file as text; refuses empty and binary files."""
    with open_binary(path) as handle:
        try:
            head = handle.read(SNIFF_BYTES)
        except (OSError, EOFError, zipfile.BadZipFile) as exc:
            raise InputError(f"{path}: cannot be read ({exc})") from exc
    if not head.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in head:
        raise InputError(f"{path}: binary data, not a text table")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            raise InputError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from exc
        text = head[: exc.start].decode("utf-8")
    return text.lstrip("\ufeff")


@contextmanager
def open_text(path: Path) -> Iterator[tuple[IO[str], HashingReader]]:
    """Text lines of the file plus the reader whose digest is the content hash.

    Undecodable bytes after the sniffed head become U+FFFD rather than aborting a large
    import half-way; the row is kept (GDELT URLs are the usual culprits).
    """
    with open_binary(path) as raw:
        hashing = HashingReader(raw)
        buffered = io.BufferedReader(hashing, buffer_size=1 << 20)
        text = io.TextIOWrapper(buffered, encoding="utf-8-sig", errors="replace", newline="")
        try:
            yield text, hashing
        finally:
            text.detach()


def check_date(value: dt.date) -> str | None:
    """Reason a date cannot be an event date (before 1900 or in the future), else None."""
    if value < EARLIEST_DATE:
        return f"date {value.isoformat()} is before 1900"
    if value > dt.date.today() + dt.timedelta(days=1):  # a day's grace for time zones
        return f"date {value.isoformat()} is in the future"
    return None


def pair_of(source: str | None, target: str | None) -> tuple[str, str] | None:
    """Sorted country pair; a one-country event repeats its country; None without any."""
    if source and target:
        return (source, target) if source <= target else (target, source)
    only = source or target
    return (only, only) if only else None


def month_start(iso_date: str) -> str:
    return iso_date[:8] + "01"


_DONE = object()


def prefetch(items: Iterable[T], depth: int = 2) -> Iterator[T]:
    """Iterate ``items`` in a background thread, at most ``depth`` items ahead.

    WHY: parsing is Python work and the database spends its time in SQLite's C code
    (which releases the GIL) or waiting for PostgreSQL, so reading the next chunk while the
    current one is written hides most of the parsing time.  ``depth`` bounds memory.  An
    exception in the producer is re-raised here; closing this generator stops the producer.
    """
    box: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        box.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            box.put(_DONE)
        except Exception as exc:  # noqa: BLE001 - handed to the consumer, which re-raises it
            box.put(exc)

    worker = threading.Thread(target=produce, name="dyad-import-reader", daemon=True)
    worker.start()
    try:
        while True:
            item = box.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield typing.cast(T, item)
    finally:
        stop.set()
        while worker.is_alive():
            try:
                box.get_nowait()
            except queue.Empty:
                worker.join(0.05)
