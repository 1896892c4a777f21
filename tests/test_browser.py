"""End to end in a real browser: the dashboard served by ``streamlit run``, driven by Playwright.

Starts the app on a free port over the fixture database, opens shared links, checks the
widgets restore the link's values, a chart renders, a filter change updates the URL, the
filters survive a page switch, and an HTML payload in a quote stays text.  Screenshots of
every page go to ``tests/screenshots/`` (git-ignored) for a human look.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.dashboard_fixture import XSS_QUOTE, build_dashboard_db

playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "tests" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 30_000

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(base: str, proc: subprocess.Popen[bytes], deadline_s: float = 60) -> None:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy in time")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served on a free port over the fixture database; stopped afterwards."""
    tmp = tmp_path_factory.mktemp("browser")
    db_url = f"sqlite:///{tmp / 'dyad.db'}"
    build_dashboard_db(db_url).dispose()
    port = _free_port()
    env = {**os.environ, "DYAD_DB_URL": db_url, "PYTHONPATH": str(ROOT)}
    log = (tmp / "streamlit.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, proc)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1600, "height": 1000})  # type: ignore[attr-defined]
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    try:
        yield tab
    finally:
        context.close()


def _settle(page: object) -> None:
    """Wait until Streamlit has finished the current run."""
    page.wait_for_selector("[data-testid='stApp']")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && !document.querySelector('[data-testid*=\"Skeleton\"]')",
        timeout=TIMEOUT_MS,
    )
    page.wait_for_timeout(800)  # type: ignore[attr-defined]


def _date_value(scope: object, label: str) -> str:
    """The date shown by a date input (its year/month/day segments)."""
    parts = []
    for unit in ("year", "month", "day"):
        segment = scope.get_by_role("spinbutton", name=f"{unit}, {label}")  # type: ignore[attr-defined]
        parts.append(int(segment.get_attribute("aria-valuenow")))
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def _query(page: object) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)  # type: ignore[attr-defined]


def _shot(page: object, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_shared_link_restores_view_and_filter_change_updates_url(app_url: str, page: object) -> None:
    link = (f"{app_url}/timeline?pair=POL-BLR&actor=Vladimir+Makei&from=2019-01-01"
            "&to=2021-06-30&lanes=actor")
    page.goto(link)  # type: ignore[attr-defined]
    page.wait_for_selector(".js-plotly-plot")  # type: ignore[attr-defined]
    _settle(page)
    sidebar = page.locator("[data-testid='stSidebar']")  # type: ignore[attr-defined]
    assert sidebar.get_by_role("combobox", name="Country pair").input_value().startswith("BLR-POL")
    assert _date_value(sidebar, "From") == "2019-01-01"
    assert _date_value(sidebar, "To") == "2021-06-30"
    assert "Vladimir Makei" in sidebar.locator("[data-testid='stMultiSelect']").first.inner_text()
    assert page.locator(".js-plotly-plot").count() >= 1  # type: ignore[attr-defined]
    query = _query(page)
    assert query["pair"] == ["BLR-POL"] and query["actor"] == ["Vladimir Makei"]
    assert query["lanes"] == ["actor"]

    search = sidebar.get_by_label("Search summaries and quotes")
    search.fill("border")
    search.press("Enter")
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => new URLSearchParams(location.search).get('q') === 'border'", timeout=TIMEOUT_MS
    )
    _settle(page)
    assert _query(page)["q"] == ["border"]
    assert "· 1 event ·" in page.inner_text("body")  # type: ignore[attr-defined]

    page.locator("[data-testid='stSidebar'] a", has_text="Tone").click()  # type: ignore[attr-defined]
    page.wait_for_url("**/tone?**")  # type: ignore[attr-defined]
    _settle(page)
    query = _query(page)
    assert query["actor"] == ["Vladimir Makei"] and query["q"] == ["border"]
    assert query["from"] == ["2019-01-01"]


def test_invalid_link_warns_and_falls_back(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/overview?pair=%27%20OR%201%3D1--&from=garbage&actor=Nobody")  # type: ignore[attr-defined]
    page.wait_for_selector("[data-testid='stAlert']")  # type: ignore[attr-defined]
    _settle(page)
    body = page.inner_text("body")  # type: ignore[attr-defined]
    assert "expected two country codes" in body
    assert "dates are written YYYY-MM-DD" in body
    assert "Unknown actor ignored: Nobody" in body
    assert _query(page)["pair"] == ["BLR-POL"]


def test_html_in_quote_is_shown_as_text(app_url: str, page: object) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog: object) -> None:
        dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)  # type: ignore[attr-defined]
    page.goto(f"{app_url}/timeline?pair=BLR-POL&event=9")  # type: ignore[attr-defined]
    page.wait_for_selector(".js-plotly-plot")  # type: ignore[attr-defined]
    _settle(page)
    main = page.locator("[data-testid='stMain']")  # type: ignore[attr-defined]
    assert "<img src=x onerror=alert(1)>" in main.inner_text()
    assert XSS_QUOTE in main.inner_text()
    assert page.locator("img[src='x']").count() == 0  # type: ignore[attr-defined]
    page.wait_for_timeout(500)  # type: ignore[attr-defined]
    assert dialogs == []
    page.set_viewport_size({"width": 1600, "height": 2000})  # type: ignore[attr-defined]
    _settle(page)
    _shot(page, "timeline")


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("overview", "pair=BLR-POL"),
        ("tone", "pair=BLR-POL&window=3"),
        ("actors", "pair=BLR-POL&person=Vladimir+Makei"),
        ("pair", "pair=BLR-POL&compare=BLR-LTU"),
        ("sources", "pair=BLR-POL&source=2"),
        ("ingest", "pair=BLR-POL"),
    ],
)
def test_every_page_renders(app_url: str, page: object, name: str, query: str) -> None:
    page.set_viewport_size({"width": 1600, "height": 2000})  # type: ignore[attr-defined]
    page.goto(f"{app_url}/{name}?{query}")  # type: ignore[attr-defined]
    page.wait_for_selector("h1")  # type: ignore[attr-defined]
    _settle(page)
    assert page.locator("[data-testid='stException']").count() == 0  # type: ignore[attr-defined]
    if name not in ("sources", "ingest"):
        page.wait_for_selector(".js-plotly-plot")  # type: ignore[attr-defined]
    if name == "ingest":
        page.get_by_label("Article text").wait_for()  # type: ignore[attr-defined]
    _settle(page)
    _shot(page, name)


def test_clicking_a_point_opens_its_detail(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/timeline?pair=BLR-POL&kind=incident")  # type: ignore[attr-defined]
    point = page.locator(".js-plotly-plot .scatterlayer .points path").first  # type: ignore[attr-defined]
    point.wait_for()
    _settle(page)
    box = point.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => new URLSearchParams(location.search).get('event') === '8'", timeout=TIMEOUT_MS
    )
    _settle(page)
    main = page.locator("[data-testid='stMain']").inner_text()  # type: ignore[attr-defined]
    assert "Sources and evidence" in main and "Migrants push at the Kuźnica crossing" in main
