"""Structured event imports: GDELT, ICEWS and curated CSV files into the events table.

``import_files`` is what ``dyad import`` calls.  Each file is sniffed (unless a format is
given), read row by row by its format's reader and stored in chunks by
:class:`~pipeline.importers.writer.EventWriter`; memory stays flat whatever the file size.
A file that cannot be read at all is reported in ``errors`` and the other files are still
imported; rows that cannot be stored (wrong column count, broken date, no country, invalid
curated values) are counted in ``skipped`` with a sample ``file:row: reason``.  All but the
no-country rows are ``malformed``: bad input, so ``dyad import`` exits 1; a row with no
country is valid data that simply cannot sit on a country pair.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from pipeline.importers.common import (
    FileResult,
    ImportedEvent,
    RowSkip,
    head_text,
    open_text,
    prefetch,
)
from pipeline.importers.curated_csv import looks_like_curated, read_curated_csv
from pipeline.importers.gdelt import looks_like_gdelt, read_gdelt
from pipeline.importers.icews import looks_like_icews, read_icews
from pipeline.importers.writer import EventWriter
from pipeline.types import InputError

Reader = Callable[[IO[str], str], Iterator[ImportedEvent | RowSkip]]

READERS: dict[str, Reader] = {"gdelt": read_gdelt, "icews": read_icews, "csv": read_curated_csv}
FORMATS = tuple(READERS)
CHUNK_ROWS = 20_000
SAMPLES_PER_FILE = 5
MAX_SAMPLES = 20


def sniff_format(path: Path) -> str:
    """``gdelt``, ``icews`` or ``csv`` from the file's first line; InputError naming the file."""
    head = head_text(Path(path))
    if looks_like_gdelt(head):
        return "gdelt"
    if looks_like_icews(head):
        return "icews"
    if looks_like_curated(head):
        return "csv"
    first = head.splitlines()[0][:120] if head else ""
    raise InputError(
        f"{path}: cannot tell the format (not a GDELT 1.0/2.0 event file, an ICEWS table or a "
        f"curated CSV with date,country1,... columns); first line: {first!r}. "
        f"Pass --format {'|'.join(FORMATS)}"
    )


@dataclass
class ImportSummary:
    """What an import did, for the closing summary and for tests."""

    files: int = 0
    rows_read: int = 0
    inserted: int = 0
    unchanged: int = 0
    skipped: int = 0
    malformed: int = 0
    skipped_samples: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    per_file: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, result: FileResult) -> None:
        self.per_file.append(result)
        self.rows_read += result.rows_read
        self.inserted += result.inserted
        self.unchanged += result.unchanged
        self.skipped += result.skipped
        self.malformed += result.malformed
        room = MAX_SAMPLES - len(self.skipped_samples)
        self.skipped_samples.extend(result.skipped_samples[:max(room, 0)])
        if result.error:
            self.errors.append(result.error)
        else:
            self.files += 1

    @property
    def failed(self) -> bool:
        """Whether bad input was met (a file not imported or a malformed row): exit code 1."""
        return bool(self.errors or self.malformed)

    def render(self) -> str:
        rate = self.rows_read / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"Imported {self.files} file(s): {self.rows_read:,} rows read, "
            f"{self.inserted:,} new events, {self.unchanged:,} already stored, "
            f"{self.skipped:,} skipped, of which {self.malformed:,} malformed "
            f"({self.seconds:.1f} s, {rate:,.0f} rows/s)."
        ]
        for result in self.per_file:
            if result.error is None:
                lines.append(
                    f"  {result.path} [{result.fmt}]: {result.rows_read:,} rows, "
                    f"{result.inserted:,} new, {result.unchanged:,} unchanged, "
                    f"{result.skipped:,} skipped"
                )
        if self.skipped_samples:
            lines.append(f"Skipped rows (sample of {len(self.skipped_samples)}):")
            lines.extend(f"  {sample}" for sample in self.skipped_samples)
        if self.errors:
            lines.append(f"Files not imported ({len(self.errors)}):")
            lines.extend(f"  {error}" for error in self.errors)
        return "\n".join(lines)


def import_file(
    engine: Engine, path: Path, fmt: str | None = None,
    progress: Callable[[int], None] | None = None, chunk_rows: int = CHUNK_ROWS,
) -> FileResult:
    """Import one file; never raises for bad input (the result carries the error)."""
    origin_file = str(path)
    result = FileResult(path=origin_file, fmt=fmt or "?")
    try:
        result.fmt = fmt or sniff_format(path)
        if result.fmt not in READERS:
            raise InputError(f"{path}: unknown format {result.fmt!r} (use {', '.join(FORMATS)})")
        reader = READERS[result.fmt]
        with open_text(path) as (stream, hashing), engine.connect() as connection:
            writer = EventWriter(connection)
            try:
                with writer.bulk_load():
                    _write_chunks(
                        writer, prefetch(_parsed_chunks(reader(stream, origin_file), chunk_rows)),
                        result, progress,
                    )
                writer.record_source(origin_file, hashing.digest.hexdigest(), path.name)
            except BaseException:
                connection.rollback()
                raise
    except InputError as exc:
        result.error = str(exc)
    except (OSError, EOFError, ValueError, UnicodeError, csv.Error) as exc:
        result.error = f"{path}: cannot be read ({exc})"
    except SQLAlchemyError as exc:
        result.error = (f"{path}: database error after {result.inserted:,} new events "
                        f"({exc.__class__.__name__}: {exc})")
    return result


def _write_chunks(
    writer: EventWriter,
    chunks: Iterator[tuple[list[ImportedEvent], int, list[RowSkip]]],
    result: FileResult,
    progress: Callable[[int], None] | None,
) -> int:
    """Store parsed chunks, keeping the file's counts and skip samples; rows reported."""
    origin_file = result.path
    reported = 0
    for chunk, rows_read, skips in chunks:
        result.rows_read = rows_read
        result.skipped += len(skips)
        result.malformed += sum(skip.malformed for skip in skips)
        room = SAMPLES_PER_FILE - len(result.skipped_samples)
        result.skipped_samples.extend(
            f"{origin_file}:{skip.row}: {skip.reason}" for skip in skips[:max(room, 0)]
        )
        if chunk:
            new = writer.write_chunk(chunk)
            result.inserted += new
            result.unchanged += len(chunk) - new
        if progress is not None and rows_read > reported:
            progress(rows_read - reported)
            reported = rows_read
    return reported


def _parsed_chunks(
    items: Iterator[ImportedEvent | RowSkip], chunk_rows: int
) -> Iterator[tuple[list[ImportedEvent], int, list[RowSkip]]]:
    """(events, rows read so far, skips) per chunk of ``chunk_rows`` events."""
    chunk: list[ImportedEvent] = []
    skips: list[RowSkip] = []
    rows_read = 0
    for item in items:
        rows_read += 1
        if isinstance(item, RowSkip):
            skips.append(item)
        else:
            chunk.append(item)
            if len(chunk) >= chunk_rows:
                yield chunk, rows_read, skips
                chunk, skips = [], []
    yield chunk, rows_read, skips


def import_files(
    engine: Engine,
    paths: Sequence[Path],
    fmt: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import every file (format sniffed per file unless ``fmt``); a bad file spoils no other.

    ``progress`` is called with the number of rows processed since its previous call
    (after each committed chunk).
    """
    summary = ImportSummary()
    started = time.perf_counter()
    for path in paths:
        summary.add(import_file(engine, Path(path), fmt, progress))
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = ["FORMATS", "ImportSummary", "import_file", "import_files", "sniff_format"]
