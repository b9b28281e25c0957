"""The kiosk scaled into a desktop window (``kiosk demo``, ``kiosk run --windowed``) keeps the
shape of its real display in every look (issue 11 point 13): bigger text once made it wider
than the window, cutting off its right side for good."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtWidgets import QApplication, QGraphicsProxyWidget

from kiosk.ui.common.scaled_host import ScaledHost


def test_bigger_text_in_the_scaled_kiosk_keeps_it_whole(make_kiosk) -> None:
    kiosk = make_kiosk()
    design = QSize(1080, 1920)
    host = ScaledHost(kiosk.window, design)
    host.resize(608, 1080)  # as on a 1920x1080 screen
    host.show()
    try:
        check_every_look(kiosk, host, design)
    finally:  # the kiosk fixture closes the window itself: out of the host's scene first
        proxy = next(i for i in host.scene().items() if isinstance(i, QGraphicsProxyWidget))
        proxy.setWidget(None)
        host.deleteLater()


def check_every_look(kiosk, host: ScaledHost, design: QSize) -> None:
    seeing = kiosk.window.seeing

    def whole() -> bool:
        QApplication.processEvents()
        shown = host.mapFromScene(QRectF(0, 0, design.width(), design.height())).boundingRect()
        contrast = kiosk.button("Meer contrast")
        centre = host.mapFromScene(contrast.mapTo(kiosk.window, contrast.rect().center()))
        return (
            kiosk.window.size() == design
            and host.viewport().rect().contains(shown)
            and host.viewport().rect().contains(centre)
        )

    assert whole()
    for big, contrast in ((True, False), (True, True), (False, False)):
        seeing.set_modes(big, contrast)
        assert whole(), (big, contrast, kiosk.window.size())
