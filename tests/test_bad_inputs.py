"""Bad inputs: each is refused with a message naming it and the reason; the rest still ingest.

The first half checks each bad input at the reader (fast, no NLP).  The second half runs
the real ``dyad ingest`` on a folder mixing every bad input with good articles, plus bad
and good URLs on a local server: the exit code is 1, every bad input is named with its
reason, and every good article is stored.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tracemalloc
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from db.models import Event, Source
from pipeline.readers import Overrides, iter_inputs
from pipeline.types import Article, InputError
from tests.conftest import SHARED
from tests.fixtures.helpers import run_dyad
from tests.fixtures.local_http import local_server

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOOD_MD = FIXTURES / "articles" / "2021" / "june" / "border-talks.md"
GOOD_JSONL = FIXTURES / "articles" / "feeds" / "wire.jsonl"
FIFTY_MB = 50 * 1024 * 1024


def front(published: str, body: str = "Minsk and Warsaw held talks on Monday.") -> str:
    return f"---\ntitle: Talks\npublished: {published}\n---\n{body}\n"


def write_big_text(path: Path, size: int) -> None:
    line = b"Belarusian and Polish officials met at the border crossing again today.\n"
    block = line * (1024 * 1024 // len(line))
    with path.open("wb") as fh:
        written = 0
        while written < size:
            fh.write(block)
            written += len(block)


def make_bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """Write one file per kind of bad input; returns name -> (path, expected reason)."""
    folder.mkdir(parents=True, exist_ok=True)
    bad: dict[str, tuple[Path, str]] = {}

    def add(name: str, filename: str, content: bytes | str, reason: str) -> None:
        path = folder / filename
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        bad[name] = (path, reason)

    add("empty", "empty.txt", b"", "empty file")
    add("blank", "blank.md", b"  \n\n\t\n", "empty file")
    add("binary", "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file")
    add("latin1", "latin1.txt", "Spotkanie w Białymstoku: Łukaszenka".encode("iso-8859-2"),
        "not valid UTF-8")
    add("nonsense_date", "nonsense-date.md", front("next blursday"), "is not a date")
    add("impossible_date", "impossible-date.md", front("2019-02-30"), "impossible value")
    add("future", "future.md", front("2999-01-01"), "is in the future")
    add("before_1900", "before-1900.md", front("1850-06-01"), "is before 1900")
    add("bad_json", "broken.json", '{"title": "x", "text": ', "invalid JSON")
    add("json_future", "future.json", json.dumps(
        {"title": "x", "text": "Minsk said so.", "published": "2100-01-01"}), "is in the future")
    add("bad_yaml", "bad-yaml.md", "---\ntitle: [unclosed\n---\nBody text.\n", "not valid YAML")
    add("long_url", "long-url.md", front("2021-06-14").replace(
        "title: Talks\n", "title: Talks\nurl: https://example.org/" + "a" * 2100 + "\n"),
        "url is 2,120 characters long, over the limit of 2,048")
    add("long_outlet", "long-outlet.md", front("2021-06-14").replace(
        "title: Talks\n", "title: Talks\noutlet: " + "Example " * 40 + "\n"),
        "outlet is 319 characters long, over the limit of 256")
    add("nul_in_json", "nul.json", json.dumps(
        {"title": "x", "text": "Minsk\u0000Warsaw", "published": "2020-01-01"}),
        "NUL characters")
    add("late_nul", "late-nul.txt", b"Minsk and Warsaw met.\n" * 600 + b"\x00tail", "binary file")
    add("long_text", "long-text.txt", "Minsk and Warsaw\n\n" + "Talks went on. " * 40_000,
        "article text is 600,000 characters, over the limit of 500,000")
    big = folder / "huge.txt"
    write_big_text(big, FIFTY_MB)
    bad["fifty_mb"] = (big, "over the 5 MB limit")
    return bad


def test_each_bad_file_is_an_input_error_naming_it_and_its_reason(tmp_path: Path) -> None:
    bad = make_bad_inputs(tmp_path)
    for name, (path, reason) in bad.items():
        items = list(iter_inputs(str(path), Overrides()))
        assert len(items) == 1, name
        (err,) = items
        assert isinstance(err, InputError), (name, err)
        assert str(err).startswith(str(path)), (name, str(err))
        assert reason in str(err), (name, str(err))


def test_fifty_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    write_big_text(big, FIFTY_MB)
    tracemalloc.start()
    try:
        (err,) = list(iter_inputs(str(big)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(err, InputError)
    assert "MB, over the 5 MB limit" in str(err)
    assert peak < 5 * 1024 * 1024


def test_fifty_mb_jsonl_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    good = json.dumps({"title": "T", "text": "Minsk and Warsaw met.", "published": "2020-01-02"})
    with path.open("wb") as fh:
        fh.write(good.encode() + b"\n")
        fh.write(b'{"text": "' + b"a" * FIFTY_MB + b'"}\n')
        fh.write(good.replace("T", "U").encode() + b"\n")
    tracemalloc.start()
    try:
        items = list(iter_inputs(str(path)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [type(i) for i in items] == [Article, InputError, Article]
    assert str(items[1]) == f"{path}:2: line is over the 5 MB limit"
    assert peak < 20 * 1024 * 1024


def test_malformed_jsonl_lines_are_named_and_good_lines_still_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = {"title": "Good", "text": "Minsk and Warsaw met.", "published": "2020-01-02"}
    lines = [
        json.dumps(good),
        '{"title": "cut off", "text": "Minsk',
        "",
        "[1, 2, 3]",
        json.dumps({"title": "no text", "published": "2020-01-02"}),
        json.dumps({**good, "published": "1066-10-14"}),
        json.dumps({**good, "title": "Good too"}),
    ]
    path.write_bytes("\n".join(lines).encode() + b"\n\xff\xfe not utf-8\n")
    items = list(iter_inputs(str(path)))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [a.title for a in articles] == ["Good", "Good too"]
    assert errors == [
        f"{path}:2: malformed JSON line (column 36: Invalid control character at)",
        f"{path}:4: expected a JSON object with 'text', got list",
        f"{path}:5: object has no 'text'",
        f"{path}:6: published date 1066-10-14 is before 1900",
        f"{path}:8: not valid UTF-8 (offset 0 in the line)",
    ]


def test_future_and_pre_1900_command_line_dates_are_refused() -> None:
    md = GOOD_MD
    (err,) = list(iter_inputs(str(md), Overrides(published=dt.date(2999, 1, 1))))
    assert isinstance(err, InputError) and str(err).startswith(str(md))
    assert "--published 2999-01-01 is in the future" in str(err)
    (err,) = list(iter_inputs(str(md), Overrides(published=dt.date(1899, 12, 31))))
    assert isinstance(err, InputError) and "is before 1900" in str(err)


def test_dyad_ingest_reports_every_bad_input_exits_1_and_stores_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    bad = make_bad_inputs(folder)
    shutil.copy(GOOD_MD, folder / "good.md")
    mixed = folder / "mixed.jsonl"
    mixed.write_text(GOOD_JSONL.read_text() + '{"title": "broken", "text": \n')
    db_url = f"sqlite:///{tmp_path / 'dyad.db'}"
    with local_server() as srv:
        bad_urls = {
            srv.url("/slow"): "timed out",
            srv.url("/missing"): "HTTP 404",
            srv.url("/to-file"): "refused",
            srv.url("/huge"): "limit",
            srv.url("/huge-undeclared"): "limit",
        }
        result = run_dyad(
            "ingest", str(folder), *bad_urls, srv.url("/feed.rss"), "file:///etc/passwd",
            "--db", db_url, env={"DYAD_FETCH_TIMEOUT": "1"},
        )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    failed_lines = [line for line in out.splitlines() if "failed:" in line]
    for name, (path, reason) in bad.items():
        assert any(str(path) in line and reason in line for line in failed_lines), (name, out)
    for url, reason in bad_urls.items():
        assert any(url in line and reason in line for line in failed_lines), (url, out)
    assert any(f"{mixed}:3" in line and "malformed JSON" in line for line in failed_lines), out
    assert any("file:///etc/passwd" in line and "only http" in line for line in failed_lines)
    assert "Traceback" not in out

    engine = create_engine(db_url)
    with Session(engine) as session:
        titles = sorted(t or "" for t in session.scalars(select(Source.title)))
    engine.dispose()
    assert titles == sorted([
        "Polish and Belarusian border guards meet in Terespol",
        "Poland closes border crossing at Kuznica",
        "Belarus and Poland hold consultations in Minsk",
        "Belarusian and Polish foreign ministers speak by phone",
        "Poland protests over detention of activist in Belarus",
    ])


def test_dyad_ingest_of_a_bare_file_needs_published(tmp_path: Path) -> None:
    bare = FIXTURES / "bare_headline.txt"
    db_url = f"sqlite:///{tmp_path / 'dyad.db'}"
    refused = run_dyad("ingest", str(bare), "--db", db_url)
    assert refused.returncode == 1
    assert f"{bare}: no publication date" in refused.stdout
    bad_option = run_dyad("ingest", str(bare), "--published", "March 5th", "--db", db_url)
    assert bad_option.returncode == 2
    assert "--published 'March 5th' is not a date" in bad_option.stderr
    ok = run_dyad("ingest", str(bare), "--published", "2021-03-11", "--db", db_url)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "stored: 1" in ok.stdout


def test_gdelt_rows_with_the_wrong_column_count_are_named_and_the_rest_imported(
    tmp_path: Path,
) -> None:
    real = (SHARED / "gdelt" / "20191024143000.export.CSV").read_text(encoding="utf-8")
    rows = real.splitlines()[:6]
    rows[3] = "\t".join(rows[3].split("\t")[:40])  # a cut-off row
    rows[4] = rows[4] + "\tsurplus"  # one column too many
    broken = tmp_path / "20191024143000.export.CSV"
    broken.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'dyad.db'}"
    result = run_dyad("import", str(broken), "--db", db_url)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert f"{broken}:4: wrong column count (40 instead of 61)" in out
    assert f"{broken}:5: wrong column count (62 instead of 61)" in out
    assert "6 rows read" in out and "Traceback" not in out
    engine = create_engine(db_url)
    with Session(engine) as session:
        stored = session.scalar(select(func.count(Event.id)))
    engine.dispose()
    assert stored == 4  # the four intact rows


def test_a_value_the_database_refuses_fails_that_article_only(any_db_url: str) -> None:
    """PostgreSQL enforces column lengths that SQLite ignores: never a crash, never a loss."""
    from db.session import make_engine
    from pipeline.ingest import ingest_articles

    text = "Polish Foreign Minister Zbigniew Rau met Belarusian Foreign Minister Vladimir Makei."
    odd = Article(text=text, title="Odd", published=dt.date(2021, 6, 14), origin="o" * 1500)
    good = Article(text=text + " Again.", title="Good", published=dt.date(2021, 6, 14),
                   origin="good.md")
    engine = make_engine(any_db_url)
    try:
        summary = ingest_articles(engine, [odd, good])
        with Session(engine) as session:
            titles = set(session.scalars(select(Source.title)))
    finally:
        engine.dispose()
    assert "Good" in titles
    if engine.dialect.name == "postgresql":
        assert titles == {"Good"}
        (failure,) = summary.failed
        assert failure[1].startswith("o" * 1500 + ": cannot store (value too long")
    else:
        assert summary.failed == [] and titles == {"Odd", "Good"}


def test_an_article_the_extractor_refuses_fails_alone(db_url: str) -> None:
    """A text past the NLP parser's own length limit, handed in directly (not via a reader)."""
    from db.session import make_engine
    from pipeline.ingest import ingest_articles

    giant = Article(text="Minsk and Warsaw talked. " * 50_000, title="Giant",
                    published=dt.date(2021, 6, 14), origin="giant.txt")
    good = Article(text="Polish Foreign Minister Zbigniew Rau met Belarusian Foreign Minister "
                   "Vladimir Makei in Minsk on 10 June 2021.", title="Good",
                   published=dt.date(2021, 6, 14), origin="good.txt")
    engine = make_engine(db_url)
    try:
        summary = ingest_articles(engine, [giant, good])
        with Session(engine) as session:
            titles = set(session.scalars(select(Source.title)))
    finally:
        engine.dispose()
    assert "Good" in titles
    failed = dict(summary.failed)
    if "Giant" not in titles:
        assert failed["giant.txt"].startswith("giant.txt: extraction failed (")
