"""The status page as a phone's browser renders it: Debian's Chromium, headless."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from kiosk.services import tickets
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, service_id

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=412,860",
]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")
def test_status_page_in_headless_chromium(ctx: ServiceContext, base: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"))
    mine = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value
    profile = tmp_path / "profile"
    shot = tmp_path / "status.png"
    common = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}"]

    def page(*extra: str, url: str = mine.status_url) -> str:
        run = [*common, *extra, "--dump-dom", url]
        return subprocess.run(run, capture_output=True, text=True, timeout=60).stdout

    # The phone's own language (here French), the page's links, or Dutch by default.
    french = page("--accept-lang=fr-BE,fr")
    assert "A003" in french and "Il y a 2 personnes avant vous." in french
    assert '<html lang="fr">' in french
    dutch = page(url=mine.status_url + "?lang=nl")
    assert "Er zijn 2 mensen voor jou." in dutch and "Français" in dutch
    # Nothing about anyone else: not the other tickets' numbers.
    assert "A001" not in dutch and "A002" not in dutch
    subprocess.run([*common, f"--screenshot={shot}", mine.status_url], timeout=60, check=False)
    assert shot.exists() and shot.stat().st_size > 5000
