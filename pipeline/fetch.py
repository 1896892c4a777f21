"""Fetching articles and feeds over http(s), with the limits a shared server needs.

Only http and https are fetched; every redirect is checked again (a redirect to
``file://`` or any other scheme is refused); the connection has a timeout and the body
a size cap, so a slow or huge answer cannot hang or exhaust an ingest.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import IO, Any

from pipeline.types import InputError

TIMEOUT_SECONDS = 15.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "Dyad/0.1 (+https://example.invalid/dyad) news-ingest"


@dataclass
class Fetched:
    url: str
    content_type: str
    body: bytes


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if not newurl.lower().startswith(("http://", "https://")):
            raise InputError(f"{req.full_url}: redirect to {newurl!r} refused (only http/https)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(
    url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES
) -> Fetched:
    """GET ``url``; raise InputError naming the URL on any failure or limit."""
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: only http and https URLs are fetched")
    opener = urllib.request.build_opener(_CheckedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(
                    f"{url}: response is {int(declared) / 1e6:.1f} MB, over the "
                    f"{max_bytes / 1e6:.0f} MB limit"
                )
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError(f"{url}: response is over the {max_bytes / 1e6:.0f} MB limit")
            return Fetched(
                url=response.geturl(),
                content_type=(response.headers.get("Content-Type") or "").lower(),
                body=body,
            )
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise InputError(f"{url}: timed out after {timeout:.0f} s") from None
        raise InputError(f"{url}: cannot fetch ({reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:.0f} s") from None
    except OSError as exc:
        raise InputError(f"{url}: cannot fetch ({exc})") from None
