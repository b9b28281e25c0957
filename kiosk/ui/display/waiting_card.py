"""The display's "Zoveel mensen wachten nu": one tile per service, readable from the back of
the waiting room.

The text size comes from the [display] settings (the screen's diagonal, the viewing distance)
and the window's size (legibility.py), never from how much room the card happens to have: the
tiles take as many columns and rows as that size allows, and when not every service fits, the
services take turns, a page every ``PAGE_MS``, with "1/2" next to the title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.config import DisplaySettings
from kiosk.ui.display.legibility import WaitingPlan, min_cap_px, plan_waiting
from kiosk.ui.display.lists import WaitingTileDelegate, WaitingView
from kiosk.ui.display.models import WaitingModel

#: How long each page of services stays.
PAGE_MS = 8_000


class WaitingCard(QFrame):
    def __init__(
        self, model: WaitingModel, settings: DisplaySettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="card")
        self.model = model
        self._settings = settings
        self._cap_px = 0.0
        self._replanning = False
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        title = self.tr("Zoveel mensen wachten nu")
        top.addWidget(QLabel(title, objectName="cardTitle"), 1)
        #: "1/2" while the services take turns.
        self.page_mark = QLabel(objectName="pageMark")
        self.page_mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.page_mark.hide()
        top.addWidget(self.page_mark)
        lay.addLayout(top)
        self.view = WaitingView()
        self.view.setObjectName("waitingCounts")
        self.view.setAccessibleName(title)
        self.view.setItemDelegate(WaitingTileDelegate(self.view))
        self.view.setModel(model)
        lay.addWidget(self.view, 1)
        self._pages = QTimer(self, interval=PAGE_MS, timeout=self._next_page)
        self._replan_timer = QTimer(self, singleShot=True, interval=0, timeout=self.replan)
        self.view.resized.connect(self._replan_soon)
        model.modelReset.connect(self._replan_soon)

    @property
    def plan(self) -> WaitingPlan | None:
        return self.view.plan

    def set_screen(self, width: int, height: int) -> None:
        """The window is ``width`` x ``height``: the whole screen the settings describe."""
        s = self._settings
        cap = min_cap_px(s.screen_diagonal_in, s.viewing_distance_m, width, height)
        if abs(cap - self._cap_px) > 0.25:
            self._cap_px = cap
            self._replan_soon()

    def _replan_soon(self) -> None:
        if not self._replanning:
            self._replan_timer.start()

    def replan(self) -> None:
        """Choose the tiles' layout for the card's room and the legible text size."""
        names = self.model.names()
        vp = self.view.viewport().size()
        if not names or self._cap_px <= 0 or vp.width() < 2 or vp.height() < 2:
            return
        self._replanning = True  # the new layout resets the model: no second round for it
        try:
            plan = plan_waiting(names, vp.width(), vp.height(), self._cap_px)
            self.view.plan = plan
            self.model.set_layout(plan.order, plan.pages, plan.sizes)
            self._show_page()
        finally:
            self._replanning = False

    def _next_page(self) -> None:
        self._replanning = True
        try:
            self.model.next_page()
        finally:
            self._replanning = False
        self._show_page()

    def _show_page(self) -> None:
        page, pages = self.model.page()
        self.page_mark.setVisible(pages > 1)
        self.page_mark.setText(self.tr("{page}/{pages}").format(page=page, pages=pages))
        if pages > 1 and not self._pages.isActive():
            self._pages.start()
        elif pages == 1:
            self._pages.stop()
        self.view.viewport().update()

    def stop(self) -> None:
        self._pages.stop()
        self._replan_timer.stop()
