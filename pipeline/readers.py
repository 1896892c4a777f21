"""Readers: one per input format, each turning a file, a feed or a URL into Articles.

Every reader checks its input before anything is stored and raises
:class:`~pipeline.types.InputError` with a message that names the input and the
reason, so one bad file never stops the others from being ingested.

Formats: ``.txt``/``.md`` (optional YAML front matter: title, published, url, outlet,
language; else the first non-empty line is the headline), ``.html``/``.htm`` (main text
and metadata by trafilatura), ``.json`` (an object or a list of objects) and ``.jsonl``
(one object per line: title, text, published, url, outlet), RSS/Atom feeds (``.xml``,
``.rss``, ``.atom`` or fetched), directories (recursive) and http(s) URLs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from pipeline.decoding import declared_charset, decode_bytes
from pipeline.types import Article, InputError

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""A single article larger than this is refused: real news articles are far smaller."""
MAX_JSONL_LINE_BYTES = MAX_ARTICLE_BYTES
MAX_ARTICLE_CHARS = 500_000
"""Longest article text accepted (about 80,000 words, ten times a long feature): the NLP
parser refuses texts over 1,000,000 characters and its memory grows with the length."""
EARLIEST_DATE = dt.date(1900, 1, 1)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES


@dataclass
class Overrides:
    """Metadata given on the command line; it wins over what the file says."""

    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None


def parse_date(value: Any, *, what: str, name: str) -> dt.date:
    """A publication date from front matter, JSON or the command line, checked for sense."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = str(value).strip()
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            raise InputError(f"{name}: {what} {text!r} is not a date (expected YYYY-MM-DD)") from None
    check_date_sane(day, what=what, name=name)
    return day


def check_date_sane(day: dt.date, *, what: str, name: str) -> None:
    today = dt.date.today()
    if day > today:
        raise InputError(f"{name}: {what} {day.isoformat()} is in the future")
    if day < EARLIEST_DATE:
        raise InputError(f"{name}: {what} {day.isoformat()} is before 1900")


def _read_limited(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise InputError(
            f"{path}: file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit for one article"
        )
    return path.read_bytes()


def _finish(
    text: str,
    *,
    name: str,
    meta: dict[str, Any],
    over: Overrides,
    origin: str,
) -> Article:
    """Apply overrides, split off a headline when there is no title, check the date."""
    # a title of "" means "has no headline" (JSON objects): keep the first line in the body
    title = over.title or (str(meta["title"]).strip() if meta.get("title") is not None else None)
    body = text.strip("\ufeff")
    if title is None:
        lines = body.splitlines()
        for i, line in enumerate(lines):
            if line.strip():
                title = line.strip().lstrip("#").strip()
                body = "\n".join(lines[i + 1 :])
                break
    body = body.strip("\n")
    if len(body) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{name}: article text is {len(body):,} characters, over the limit of "
            f"{MAX_ARTICLE_CHARS:,} for one article"
        )
    if "\x00" in body or (title and "\x00" in title):
        raise InputError(f"{name}: text contains NUL characters (binary data?)")
    if not body.strip():
        raise InputError(f"{name}: no article text after the headline")
    published: dt.date | None
    if over.published is not None:
        published = over.published
        check_date_sane(published, what="--published", name=name)
    elif meta.get("published") not in (None, ""):
        published = parse_date(meta["published"], what="published date", name=name)
    elif meta.get("date") not in (None, ""):
        published = parse_date(meta["date"], what="date", name=name)
    else:
        raise InputError(
            f"{name}: no publication date; pass --published YYYY-MM-DD or add 'published' to it"
        )
    article = Article(
        text=body,
        title=title,
        published=published,
        url=over.url or (str(meta["url"]).strip() if meta.get("url") else None),
        outlet=over.outlet or (str(meta["outlet"]).strip() if meta.get("outlet") else None),
        language=str(meta["language"]).strip() if meta.get("language") else None,
        origin=origin,
    )
    check_field_lengths(article, name=name)
    return article


def check_field_lengths(article: Article, *, name: str) -> None:
    """Refuse metadata longer than its database column.

    SQLite would store it anyway but PostgreSQL refuses it, so the same input must be
    refused everywhere, with a reason, before anything is stored.
    """
    from db.models import Source

    for field in ("title", "url", "outlet", "language"):
        value = getattr(article, field)
        limit = getattr(Source.__table__.c[field].type, "length", None)
        if value is not None and limit is not None and len(value) > limit:
            raise InputError(
                f"{name}: {field} is {len(value):,} characters long, over the limit of {limit:,}"
            )


def read_text(
    text: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
    origin: str = "<paste>",
) -> Article:
    """An article from pasted or downloaded text, with optional YAML front matter."""
    if not text.strip():
        raise InputError(f"{origin}: empty text")
    meta: dict[str, Any] = {}
    body = text
    if text.lstrip("\ufeff").startswith("---"):
        try:
            post = frontmatter.loads(text.lstrip("\ufeff"))
        except yaml.YAMLError as exc:
            raise InputError(f"{origin}: front matter is not valid YAML ({exc.__class__.__name__})") from None
        except (ValueError, TypeError) as exc:
            # YAML reads 2019-02-30 as a date and fails building it: a bad date, not a crash
            raise InputError(f"{origin}: front matter has an impossible value ({exc})") from None
        meta = dict(post.metadata)
        body = post.content
    over = Overrides(published=published, url=url, outlet=outlet, title=title)
    return _finish(body, name=origin, meta=meta, over=over, origin=origin)


def read_html(html: str, *, name: str, over: Overrides, url: str | None = None) -> Article:
    """Main text and metadata of a web page; scripts, styles and navigation are dropped."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, url=url, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    title = getattr(doc, "title", None)
    lines = text.splitlines()
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:])
    meta: dict[str, Any] = {
        "title": title,
        "published": getattr(doc, "date", None),
        "url": getattr(doc, "url", None) or url,
        "outlet": getattr(doc, "sitename", None),
        "language": getattr(doc, "language", None),
    }
    return _finish(text.replace("\n", "\n\n"), name=name, meta=meta, over=over, origin=url or name)


def _article_from_object(obj: Any, *, name: str, over: Overrides) -> Article:
    if not isinstance(obj, dict):
        raise InputError(f"{name}: expected a JSON object with 'text', got {type(obj).__name__}")
    text = obj.get("text") or obj.get("body") or obj.get("content")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{name}: object has no 'text'")
    meta = {k: obj.get(k) for k in ("title", "published", "date", "url", "outlet", "language")}
    if meta["title"] is None and not over.title:
        meta["title"] = ""  # JSON articles carry their title explicitly; do not eat the first line
    article = _finish(text, name=name, meta=meta, over=over, origin=name)
    if article.title == "":
        article.title = None
    return article


def iter_json(data: str, *, name: str, over: Overrides) -> Iterator[Article | InputError]:
    try:
        obj = json.loads(data)
    except json.JSONDecodeError as exc:
        yield InputError(f"{name}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        return
    items = obj if isinstance(obj, list) else obj.get("articles", [obj]) if isinstance(obj, dict) else [obj]
    for i, item in enumerate(items, 1):
        label = f"{name}[{i}]" if isinstance(obj, list) else name
        try:
            yield _article_from_object(item, name=label, over=over)
        except InputError as exc:
            yield exc


def _bounded_lines(fh: Any, limit: int) -> Iterator[tuple[bytes, bool]]:
    """Lines of a binary file, each read at most ``limit`` bytes at a time.

    Yields ``(line, too_long)``; the rest of an over-long line is skipped in chunks, so one
    50 MB line without a newline never sits in memory whole.
    """
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw.rstrip(b"\r\n")) > limit
            continue
        while raw and not raw.endswith(b"\n"):
            raw = fh.readline(1024 * 1024)
        yield b"", True


def iter_jsonl(path: Path, *, over: Overrides) -> Iterator[Article | InputError]:
    """One article per line; a malformed line is reported and the others still read."""
    found = False
    with path.open("rb") as fh:
        for lineno, (raw, too_long) in enumerate(_bounded_lines(fh, MAX_JSONL_LINE_BYTES), 1):
            label = f"{path}:{lineno}"
            if too_long:
                found = True
                yield InputError(f"{label}: line is over the {MAX_JSONL_LINE_BYTES // 10**6} MB limit")
                continue
            if not raw.strip():
                continue
            found = True
            try:
                line = raw.decode("utf-8-sig")
                obj = json.loads(line)
            except UnicodeDecodeError as exc:
                yield InputError(f"{label}: not valid UTF-8 (offset {exc.start} in the line)")
                continue
            except json.JSONDecodeError as exc:
                yield InputError(f"{label}: malformed JSON line (column {exc.colno}: {exc.msg})")
                continue
            try:
                yield _article_from_object(obj, name=label, over=over)
            except InputError as exc:
                yield exc
    if not found:
        yield InputError(f"{path}: empty file")


def iter_feed(data: bytes | str, *, name: str, over: Overrides) -> Iterator[Article | InputError]:
    """Articles from an RSS/Atom feed: each entry's full content, else its summary."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        yield InputError(f"{name}: not an RSS/Atom feed or no entries")
        return
    for i, entry in enumerate(parsed.entries, 1):
        label = f"{name}#{i}"
        html = ""
        if entry.get("content"):
            html = entry["content"][0].get("value", "")
        html = html or entry.get("summary", "")
        published = None
        if entry.get("published_parsed"):
            published = dt.date(*entry["published_parsed"][:3])
        elif entry.get("updated_parsed"):
            published = dt.date(*entry["updated_parsed"][:3])
        text = _fragment_text(html) if html else ""
        meta = {
            "title": entry.get("title"),
            "published": published,
            "url": entry.get("link"),
            "outlet": parsed.feed.get("title"),
        }
        try:
            yield _finish(text, name=label, meta=meta, over=over, origin=entry.get("link") or label)
        except InputError as exc:
            yield exc


BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article pre".split()
)


def _fragment_text(html: str) -> str:
    """Plain text of a feed entry's HTML: paragraphs stay apart, scripts and styles go.

    ``text_content()`` alone glues "<p>One.</p><p>Two.</p>" into "One.Two.", which
    merges sentences for the extractor.
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for junk in list(root.iter("script", "style", "noscript")):
        junk.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().splitlines()]
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def _looks_like_feed(text: str) -> bool:
    head = text[:2000].lower()
    return "<rss" in head or ("<feed" in head and "xmlns" in head) or "<rdf:rdf" in head


def iter_file(path: Path, over: Overrides) -> Iterator[Article | InputError]:
    """Articles from one file, by its suffix; errors are yielded, not raised."""
    name = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            if path.stat().st_size == 0:
                raise InputError(f"{name}: empty file")
            yield from iter_jsonl(path, over=over)
            return
        data = _read_limited(path)
        charset = declared_charset(data) if suffix in HTML_SUFFIXES | FEED_SUFFIXES else None
        text = decode_bytes(data, name, charset)
        if suffix in JSON_SUFFIXES:
            yield from iter_json(text, name=name, over=over)
        elif suffix in HTML_SUFFIXES:
            yield read_html(text, name=name, over=over)
        elif suffix in FEED_SUFFIXES or _looks_like_feed(text):
            yield from iter_feed(data, name=name, over=over)
        elif suffix in TEXT_SUFFIXES or suffix not in KNOWN_SUFFIXES:
            if text.lstrip().lower().startswith(("<!doctype html", "<html")):
                yield read_html(text, name=name, over=over)
            else:
                yield _plain_text(text, name=name, over=over)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"{name}: cannot read ({exc.strerror or exc})")


def _plain_text(text: str, *, name: str, over: Overrides) -> Article:
    return read_text(
        text,
        title=over.title,
        published=over.published,
        url=over.url,
        outlet=over.outlet,
        origin=name,
    )


def iter_inputs(target: str, over: Overrides | None = None) -> Iterator[Article | InputError]:
    """Everything one command-line argument names: a file, a directory, a feed or a URL."""
    over = over or Overrides()
    if target.startswith(("http://", "https://")):
        from pipeline.fetch import fetch_url

        try:
            fetched = fetch_url(target)
        except InputError as exc:
            yield exc
            return
        name = target
        try:
            text = decode_bytes(
                fetched.body, name, declared_charset(fetched.body, fetched.content_type)
            )
        except InputError as exc:
            yield exc
            return
        if "xml" in fetched.content_type or "rss" in fetched.content_type or _looks_like_feed(text):
            yield from iter_feed(fetched.body, name=name, over=over)
        elif "html" in fetched.content_type or text.lstrip().lower().startswith(("<!doctype", "<html")):
            try:
                yield read_html(text, name=name, over=over, url=fetched.url)
            except InputError as exc:
                yield exc
        else:
            try:
                article = _plain_text(text, name=name, over=over)
            except InputError as exc:
                yield exc
                return
            article.url = article.url or fetched.url  # front matter's own URL wins
            yield article
        return
    if "://" in target:
        scheme = target.split("://", 1)[0]
        yield InputError(f"{target}: only http and https URLs are fetched, not {scheme}://")
        return
    path = Path(target)
    if not path.exists():
        yield InputError(f"{target}: no such file or directory")
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        if not files:
            yield InputError(f"{target}: directory holds no files")
        for file in files:
            if file.suffix.lower() in KNOWN_SUFFIXES:
                yield from iter_file(file, over)
        return
    yield from iter_file(path, over)


def read_path(path: Path, **overrides: Any) -> list[Article]:
    """All articles of a file or directory; the first bad input raises its InputError."""
    return _collect(iter_inputs(str(path), Overrides(**overrides)))


def read_url(url: str, **overrides: Any) -> list[Article]:
    """All articles behind an http(s) URL (a page or a feed); errors raise InputError."""
    if not url.startswith(("http://", "https://")):
        raise InputError(f"{url}: only http and https URLs are fetched")
    return _collect(iter_inputs(url, Overrides(**overrides)))


def _collect(items: Iterator[Article | InputError]) -> list[Article]:
    out: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out
