"""Every kiosk screen in every look, in every language, standing up and lying down: no scroll
bar, no text clipped or cut short, no half button (issue 11 point 3: "no visible QScrollBar on
any kiosk screen in any look or language"). Longer words (German, French) and right to left
(Arabic) with bigger text or the low layout are where a screen that is fine in Dutch breaks.

The shared walk (every_screen.py, test_kiosk_layout.py) checks Dutch in every look and the
other languages in the normal look standing up; this checks every other combination, on the
screens that walk visits (``render_screenshots``: the same walk, the same checks,
layout_checks.screen_problems).

Why one walk per look, the look held for the whole walk: the shared walk switches the look on
every screen and back, and each switch restyles the whole window (half a second: Qt re-polishes
every widget); for four looks, four languages and two orientations that would be many minutes.
Held, a look costs one switch per walk, and a walk takes a few seconds. A resident who turns on
"Grotere letters" at the start and goes on sees the screens the same way."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from layout_checks import screen_problems
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from kiosk.ui.common import i18n
from kiosk.ui.kiosk_screen.screenshots import MODES, _settle, render_screenshots
from kiosk.ui.kiosk_screen.window import KioskWindow

from .test_kiosk_layout import WALKS

#: Every language of the kiosk but Dutch (the shared walk has Dutch in every look).
LANGUAGES = tuple(lang for lang in i18n.ROLE_LANGUAGES["kiosk"] if lang != i18n.SOURCE_LANGUAGE)
#: Every look, by the name the screenshots give it ("" the normal one): (big, contrast, low).
LOOKS = {"": (False, False, False), **MODES}
ORIENTATIONS = ("portrait", "landscape")
#: What the shared walk already checks (the normal look standing up, in each language).
SHARED = {(orientation, language, "") for orientation, language in WALKS if language != "nl"}


def looks_here(orientation: str, language: str) -> list[str]:
    return [look for look in LOOKS if (orientation, language, look) not in SHARED]


@dataclass
class Walked:
    """One walk in one look: the screens it checked and what it found on them."""

    look: str
    visited: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: The kiosk offers "Alles lager" (some rows are out of reach): the low looks exist.
    low_offered: bool = False


def _hold(window: KioskWindow, big: bool, contrast: bool, low: bool) -> None:
    """Turn the look on and keep it: the walk puts the normal look back after every picture,
    and the end of a ticket does too (for the next resident); here the look stays on. The
    pictures are not kept (this test reads the live window), so none is drawn."""
    window.seeing.set_modes(big, contrast)
    window.reach.set_low(low)
    window.seeing.set_modes = lambda _big, _contrast: None  # type: ignore[method-assign]
    window.reach.set_low = lambda _low: None  # type: ignore[method-assign]
    window.grab = lambda *_args: QPixmap()  # type: ignore[method-assign]


def walk_in_look(terminal, tmp_path, orientation: str, language: str, look: str) -> Walked:  # type: ignore[no-untyped-def]
    big, contrast, low = LOOKS[look]
    found = Walked(look)

    def visit(window: KioskWindow, name: str) -> None:
        if not found.visited:
            _hold(window, big, contrast, low)
            found.low_offered = window.reach.needed
            _settle(window)  # the look's restyle laid out to the end, as before any picture
        QApplication.processEvents()
        assert (window.seeing.big, window.seeing.contrast) == (big, contrast), name
        assert window.reach.low == (low and window.reach.needed), name
        seen = f"{name}-{look}" if look else name
        found.problems.extend(f"{seen}: {p}" for p in screen_problems(window))
        found.visited.append(name)

    out = tmp_path / (look or "normal")
    render_screenshots(terminal, out, orientation, modes=(), visit=visit, language=language)
    # The walk's window is gone (deleteLater) before the next walk makes its own: deleted by Qt
    # first, then its Python side collected. The other way round (the garbage collector finding
    # the window's Python side while Qt still has it) crashed the next walk now and then.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    return found


def test_every_look_language_and_orientation_is_checked() -> None:
    """The shared walk and this one together: every look, every language, both ways up."""
    here = {
        (orientation, language, look)
        for orientation in ORIENTATIONS
        for language in LANGUAGES
        for look in looks_here(orientation, language)
    }
    everything = {(o, lang, look) for o in ORIENTATIONS for lang in LANGUAGES for look in LOOKS}
    assert here | SHARED == everything
    assert set(LANGUAGES) == {"fr", "en", "de", "ar"}


@pytest.mark.slow
@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_scroll_bar_clipped_text_or_half_button_in_any_look(
    terminal, tmp_path, language, orientation
) -> None:
    clock = terminal.ctx.clock
    start = clock.now()
    walks: list[Walked] = []
    try:
        for look in looks_here(orientation, language):
            if LOOKS[look][2] and walks and not walks[0].low_offered:
                continue  # everything is within reach already: no "Alles lager" here
            # Each walk books its own appointments (to check in with): a week later each time,
            # on a Monday again, so no walk finds its times taken.
            clock.set(start + timedelta(weeks=len(walks)))
            walks.append(walk_in_look(terminal, tmp_path, orientation, language, look))
    finally:
        clock.set(start)
    first = walks[0].visited
    assert len(first) >= 26 and {"check-in-too-late", "start-closed"} <= set(first)
    for walked in walks:  # every look saw every screen
        assert walked.visited == first, walked.look
    problems = [p for walked in walks for p in walked.problems]
    assert not problems, "\n".join(problems)
