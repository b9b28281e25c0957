"""The band for what only staff can fix (issue 12 point 2): a terminal that speaks another
protocol than its server, a clock that is off. Reported from the sync agent's threads. The
counter's words: tests/ui/counter/test_counter_link_banner.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from kiosk.ui.common.link_banner import BannerFrame, KioskWords, LinkBanner, with_link_banner
from kiosk.ui.common.link_status import LinkStatus
from kiosk.ui.counter.link_words import CounterWords


def _settle(qapp: Any) -> None:
    qapp.processEvents()


def test_the_kiosk_says_it_must_be_updated_and_nothing_about_the_clock(qapp: Any) -> None:
    status = LinkStatus()
    banner = LinkBanner(status, KioskWords())
    assert banner.isHidden()

    status.report_outdated(True)
    status.report_clock(300.0)
    _settle(qapp)

    assert banner.text() == "Deze kiosk moet bijgewerkt worden."
    assert not banner.isHidden()
    status.report_outdated(False)
    _settle(qapp)
    assert banner.isHidden()


def test_the_counter_shows_the_update_and_the_clock_with_what_to_do(qapp: Any) -> None:
    status = LinkStatus()
    banner = LinkBanner(status, CounterWords())

    status.report_clock(-301.0)
    _settle(qapp)
    assert "loopt 5 minuten achter op de server" in banner.text()
    assert "Verwittig de beheerder" in banner.text()
    status.report_outdated(True)
    _settle(qapp)
    assert banner.text().startswith("Deze computer heeft een update nodig.")
    status.report_outdated(False)
    status.report_clock(0.0)
    _settle(qapp)
    assert banner.isHidden()


def test_a_display_gets_no_band_and_closing_the_frame_closes_the_screen(qapp: Any) -> None:
    status = LinkStatus()
    screen = QLabel("scherm")
    assert with_link_banner(screen, status, None) is screen
    framed = with_link_banner(screen, status, CounterWords())
    assert isinstance(framed, BannerFrame)
    framed.show()
    framed.close()
    assert not screen.isVisible()
