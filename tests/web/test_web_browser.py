"""The pages in a real browser: Debian's headless Chromium driven by Playwright (no browser
download). `tally serve` runs on 127.0.0.1 on a copy of the seeded database; screenshots go to
test-output/. Skipped, with the reason, where /usr/bin/chromium is missing (scripts/test installs
it under CI).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "test-output"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no Chromium at /usr/bin/chromium (apt-get install chromium; scripts/test does under CI)",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(
    seeded_template: tuple[Path, dict[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """`tally serve` on a copy of the seeded database; its base URL."""
    source = seeded_template[0]
    target = tmp_path_factory.mktemp("browser") / "tally.db"
    shutil.copyfile(source, target)
    port = free_port()
    env = {**os.environ, "TALLY_SECRET": "browser tests"}
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("tally")),
            "--db",
            f"sqlite:///{target}",
            "serve",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/api/incidents", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    output = process.stdout.read().decode() if process.stdout else ""
                    raise AssertionError(f"tally serve stopped: {output}") from None
                time.sleep(0.1)
        else:
            raise AssertionError("tally serve did not answer within 10 seconds")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object, server: str) -> Iterator[object]:
    context = browser.new_context(base_url=server, viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    opened = context.new_page()
    yield opened
    context.close()


def shot(page: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def sign_in(page: object, name: str) -> None:
    page.goto("/login")  # type: ignore[attr-defined]
    page.fill('input[name="name"]', name)  # type: ignore[attr-defined]
    page.fill('input[name="password"]', PASSWORD)  # type: ignore[attr-defined]
    page.click('form.login button[type="submit"]')  # type: ignore[attr-defined]
    page.wait_for_selector(f"text=Signed in as {name}")  # type: ignore[attr-defined]


def test_the_dashboard_draws_the_map_and_the_chart(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.wait_for_selector('#map[data-ready="true"]')
    page.wait_for_selector('#chart[data-ready="true"]')
    assert page.locator("path.incident-marker").count() == 3
    assert page.locator("path.leaflet-interactive").count() >= 3 + 14, "governorate outlines"
    assert page.locator("#total").inner_text() == "3"
    shot(page, "dashboard")


def test_the_dashboard_filters_by_governorate(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.select_option('select[name="governorate"]', "Idleb")
    page.click('#filters button[type="submit"]')
    page.wait_for_selector('#map[data-ready="true"]')
    assert "governorate=Idleb" in page.url
    assert page.locator("#total").inner_text() == "1"
    assert page.locator("path.incident-marker").count() == 1
    shot(page, "dashboard-idleb")


def test_an_incident_opens_with_its_arabic_report_right_to_left(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.click("table.incidents a:has-text('Busra Esh-Sham')")
    page.wait_for_selector("h1:has-text('Incident')")
    text = page.locator(".report-text").first
    assert text.get_attribute("dir") == "rtl"
    assert page.locator(".report-text mark.claim").count() >= 1
    assert page.locator("pre.bulletin").inner_text().startswith("# ")
    shot(page, "incident-arabic")


def test_a_reviewer_confirms_a_claim(page) -> None:  # type: ignore[no-untyped-def]
    sign_in(page, "reviewer")
    page.goto("/")
    page.click("table.incidents a:has-text('Kafr Nobol')")
    form = page.locator("form.review-form[data-claim]").first
    claim = form.get_attribute("data-claim")
    form.locator('input[name="note"]').fill("matches the hospital's list")
    form.locator('button[value="confirmed"]').click()
    page.wait_for_selector(f"text=Marked claim {claim} confirmed.")
    row = page.locator(f"#claim-{claim} .review-status")
    assert row.inner_text().startswith("confirmed")
    shot(page, "incident-reviewed")


def test_a_viewer_cannot_confirm_a_claim(page, server: str) -> None:  # type: ignore[no-untyped-def]
    sign_in(page, "viewer")
    page.goto("/")
    page.click("table.incidents a:has-text('Kafr Nobol')")
    page.wait_for_selector("h1:has-text('Incident')")
    assert page.locator("form.review-form").count() == 0
    # Even a form made by hand is refused: the server checks the role.
    token = page.locator('input[name="csrf_token"]').first.get_attribute("value")
    claim = re.search(r"#mark-(\d+)", page.content())
    assert claim is not None
    answer = page.request.post(
        f"{server}/review",
        form={"csrf_token": token, "entity": "claim", "ids": claim.group(1),
              "status": "confirmed", "note": "not mine to decide"},
        headers={"Accept": "text/html"},
    )  # fmt: skip
    assert answer.status == 403
    assert "Your role, viewer, cannot do this" in answer.text()
    page.set_content(answer.text())
    shot(page, "viewer-refused")
