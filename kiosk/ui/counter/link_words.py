"""The counter's words on the band above its screen (kiosk/ui/common/link_banner.py): its
program must be updated, or its clock is off, and what the clerk does about it.

Why here and not beside the band: each role loads only its own catalogue, and these texts are
in the counter's (translations/counter_*.ts), so a counter in French says them in French.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CTX = "CounterLinkBanner"  # i18n update files the texts of ``_tr`` here (build/catalogues.py)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, None, n)


class CounterWords:
    """The band's words for staff (kiosk.ui.common.link_banner.BannerWords)."""

    def outdated(self) -> str:
        return _tr(
            "Deze computer heeft een update nodig. Hij en de server spreken een andere versie. "
            "Verwittig de beheerder. Tot dan komt je werk niet op de server."
        )

    def clock_off(self, minutes: int, ahead: bool) -> str:
        if ahead:
            clock = _tr("De klok van deze computer loopt %n minuten voor op de server.", minutes)
        else:
            clock = _tr("De klok van deze computer loopt %n minuten achter op de server.", minutes)
        return clock + " " + _tr("Verwittig de beheerder.")
