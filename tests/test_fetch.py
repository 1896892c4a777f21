"""URL fetching limits against a real local HTTP server: scheme, deadline, redirects, size.

A shared server ingests URLs that analysts paste: none of them may hang the ingest,
read local files through a redirect, or exhaust memory.
"""

from __future__ import annotations

import socket
import time
import tracemalloc

import pytest

from pipeline.fetch import MAX_BYTES, fetch_url
from pipeline.readers import iter_inputs
from pipeline.types import InputError
from tests.fixtures.local_http import HUGE_BYTES, local_server


def test_fetches_a_page_with_its_type_and_final_url() -> None:
    with local_server() as srv:
        page = fetch_url(srv.url("/to-page"))
    assert page.url.endswith("/page.html")
    assert page.content_type.startswith("text/html")
    assert b"Minsk expels Polish diplomat" in page.body


def test_only_http_and_https() -> None:
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/"):
        with pytest.raises(InputError, match="only http and https"):
            fetch_url(url)


def test_a_server_that_never_answers_times_out() -> None:
    with local_server() as srv:
        start = time.monotonic()
        with pytest.raises(InputError) as info:
            fetch_url(srv.url("/slow"), timeout=0.5)
        elapsed = time.monotonic() - start
    assert srv.url("/slow") in str(info.value) and "timed out" in str(info.value)
    assert elapsed < 3


def test_timeout_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYAD_FETCH_TIMEOUT", "0.4")
    with local_server() as srv:
        start = time.monotonic()
        with pytest.raises(InputError, match=r"timed out after 0\.4 s"):
            fetch_url(srv.url("/slow"))
    assert time.monotonic() - start < 3


def test_a_server_dribbling_bytes_is_cut_off_by_the_overall_deadline() -> None:
    # each byte arrives well within the socket timeout; only a total deadline stops it
    with local_server() as srv:
        start = time.monotonic()
        with pytest.raises(InputError, match="timed out"):
            fetch_url(srv.url("/dribble"), timeout=1.0)
    assert time.monotonic() - start < 4


def test_404_names_the_url_and_status() -> None:
    with local_server() as srv:
        with pytest.raises(InputError) as info:
            fetch_url(srv.url("/missing"))
    assert str(info.value) == f"{srv.url('/missing')}: HTTP 404 Not Found"


def test_redirect_to_file_scheme_is_refused() -> None:
    with local_server() as srv:
        with pytest.raises(InputError) as info:
            fetch_url(srv.url("/to-file"))
    message = str(info.value)
    assert srv.url("/to-file") in message
    assert "file:///etc/passwd" in message and "refused" in message
    with local_server() as srv:
        with pytest.raises(InputError, match=r"redirect to 'ftp://127\.0\.0\.1/secret\.txt' refused"):
            fetch_url(srv.url("/to-ftp"))


def test_declared_100_mb_body_is_refused_before_reading_it() -> None:
    with local_server() as srv:
        with pytest.raises(InputError) as info:
            fetch_url(srv.url("/huge"))
        time.sleep(0.2)
        sent = srv.state.huge_bytes_sent
    assert "104.9 MB" in str(info.value) or "105 MB" in str(info.value)
    assert "limit" in str(info.value)
    assert sent < HUGE_BYTES / 2  # the client hung up; the server never finished


def test_undeclared_100_mb_body_is_cut_at_the_limit_in_bounded_memory() -> None:
    with local_server() as srv:
        tracemalloc.start()
        try:
            with pytest.raises(InputError) as info:
                fetch_url(srv.url("/huge-undeclared"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        time.sleep(0.2)
        sent = srv.state.huge_bytes_sent
    assert srv.url("/huge-undeclared") in str(info.value)
    assert "over the 10 MB limit" in str(info.value)
    assert peak < 3 * MAX_BYTES
    assert sent < HUGE_BYTES / 2


def test_size_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYAD_FETCH_MAX_BYTES", "1000")
    with local_server() as srv:
        with pytest.raises(InputError, match="limit"):
            fetch_url(srv.url("/page.html"))


def test_nonsense_limits_in_the_environment_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYAD_FETCH_TIMEOUT", "soon")
    with pytest.raises(InputError, match="DYAD_FETCH_TIMEOUT"):
        fetch_url("http://127.0.0.1:9/")


def test_connection_refused_is_an_input_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        with pytest.raises(InputError, match="cannot fetch"):
            fetch_url(f"http://127.0.0.1:{port}/", timeout=2)


def test_empty_and_binary_answers_are_bad_inputs_naming_the_url() -> None:
    with local_server() as srv:
        (empty,) = list(iter_inputs(srv.url("/empty")))
        (binary,) = list(iter_inputs(srv.url("/binary")))
    assert isinstance(empty, InputError)
    assert str(empty) == f"{srv.url('/empty')}: empty file"
    assert isinstance(binary, InputError)
    assert srv.url("/binary") in str(binary) and "binary" in str(binary)
