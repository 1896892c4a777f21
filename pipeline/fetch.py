"""Fetching articles and feeds over http(s), with the limits a shared server needs.

Only http and https are fetched; every redirect is checked again (a redirect to
``file://`` or any other scheme is refused); the whole download has a deadline and the
body a size cap, read in chunks, so a slow, dribbling or huge answer can neither hang an
ingest nor fill its memory.

Limits (environment variables override the defaults, e.g. for tests or slow links):

* ``DYAD_FETCH_TIMEOUT`` – seconds for the whole download (default 15).
* ``DYAD_FETCH_MAX_BYTES`` – largest body accepted (default 10 MB).
"""

from __future__ import annotations

import http.client
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import IO, Any

from pipeline.types import InputError

TIMEOUT_SECONDS = 15.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
USER_AGENT = "Dyad/0.1 (+https://example.invalid/dyad) news-ingest"


@dataclass
class Fetched:
    url: str
    content_type: str
    body: bytes


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise InputError(f"${name}: {raw!r} is not a number") from None
    if value <= 0:
        raise InputError(f"${name}: {raw!r} must be positive")
    return value


def default_timeout() -> float:
    """The download deadline in seconds: ``$DYAD_FETCH_TIMEOUT`` or 15."""
    return _env_number("DYAD_FETCH_TIMEOUT", TIMEOUT_SECONDS)


def default_max_bytes() -> int:
    """The largest body accepted: ``$DYAD_FETCH_MAX_BYTES`` or 10 MB."""
    return int(_env_number("DYAD_FETCH_MAX_BYTES", MAX_BYTES))


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Any
    ) -> Any:
        # checked before urllib's own rule, which would still follow a redirect to ftp://
        location = headers.get("location") or headers.get("uri") or ""
        target = urllib.parse.urljoin(req.full_url, location)
        if not target.lower().startswith(("http://", "https://")):
            raise InputError(f"{req.full_url}: redirect to {target!r} refused (only http/https)")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if not newurl.lower().startswith(("http://", "https://")):
            raise InputError(f"{req.full_url}: redirect to {newurl!r} refused (only http/https)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB" if n < 1e7 else f"{n / 1e6:.0f} MB"


def fetch_url(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """GET ``url``; raise InputError naming the URL on any failure or limit.

    ``timeout`` bounds the whole download (connect, headers and body), not just one
    socket read: a server sending one byte a second is cut off as surely as a silent one.
    """
    timeout = default_timeout() if timeout is None else timeout
    max_bytes = default_max_bytes() if max_bytes is None else max_bytes
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: only http and https URLs are fetched")
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_CheckedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(
                    f"{url}: response is {_mb(int(declared))}, over the {_mb(max_bytes)} limit"
                )
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = response.read1(CHUNK_BYTES)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: response is over the {_mb(max_bytes)} limit")
                chunks.append(chunk)
            return Fetched(
                url=response.geturl(),
                content_type=(response.headers.get("Content-Type") or "").lower(),
                body=b"".join(chunks),
            )
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        raise InputError(f"{url}: cannot fetch ({reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except OSError as exc:
        raise InputError(f"{url}: cannot fetch ({exc})") from None
    except (http.client.HTTPException, ValueError) as exc:
        # a truncated body, a malformed status line or header, an unparseable URL
        raise InputError(f"{url}: cannot fetch ({exc.__class__.__name__}: {exc})") from None
