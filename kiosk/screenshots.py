"""``kiosk screenshots``: every screen of every role as PNG, offscreen, each role on its own
fresh demo database at a fixed Monday morning, in each language it speaks. The parts come
from kiosk.bootstrap; the pictures from each role's own screenshots module."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import bootstrap
from kiosk.config import Settings
from kiosk.core.ports import FakeClock

if TYPE_CHECKING:
    from kiosk.ui.common.terminal import Terminal

#: Monday 30 November 2026, 09:40 on the demo municipality's wall clock (Zoersel: Brussels time).
SCREENSHOT_TIME = datetime(2026, 11, 30, 8, 40, tzinfo=UTC)

Job = tuple[str, Callable[["Terminal"], list[Path]]]


def render_screenshots(out: Path, languages: Iterable[str] | None = None) -> list[Path]:
    """The PNG files written to ``out``. ``languages`` (default: all) limits the languages:
    each role is shot in those it speaks (i18n.ROLE_LANGUAGES; Dutch has the plain file names,
    the others ``-fr`` and so on)."""
    from kiosk.storage.db import sqlite_url
    from kiosk.ui.common.app_run import qt_app
    from kiosk.ui.common.idle import wait_idle

    out.mkdir(parents=True, exist_ok=True)
    qt_app()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        for name, job in _jobs(out, languages):
            settings = Settings(database=sqlite_url(Path(tmp) / f"{name}.sqlite3"))
            # A fixed Monday morning: the same pictures on every run, with realistic waits.
            ctx = bootstrap.build_context(settings, clock=FakeClock(SCREENSHOT_TIME))
            terminal = bootstrap.build_terminal(ctx, settings, f"screenshots-{name}")
            wait_idle(terminal.tasks)
            written += job(terminal)
            terminal.feed.stop()
            wait_idle(terminal.tasks)
            terminal.tasks.shutdown()
            ctx.db.close()
    return written


def _jobs(out: Path, languages: Iterable[str] | None) -> list[Job]:
    """(name, shoot) per role, orientation and language."""
    from kiosk.ui.common import i18n
    from kiosk.ui.counter.screenshots import render_screenshots as counter_shots
    from kiosk.ui.display.screenshots import render_screenshots as display_shots
    from kiosk.ui.kiosk_screen.screenshots import MODES as KIOSK_MODES
    from kiosk.ui.kiosk_screen.screenshots import render_screenshots as kiosk_shots

    wanted = tuple(i18n.LANGUAGES if languages is None else languages)
    dutch = i18n.SOURCE_LANGUAGE in wanted

    def other(role: str) -> list[str]:
        return [lang for lang in i18n.ROLE_LANGUAGES[role] if lang in wanted]

    def named(role: str, lang: str) -> str:
        return role if lang == i18n.SOURCE_LANGUAGE else f"{role}-{lang}"

    def kiosk(orientation: str) -> Job:
        return f"kiosk-{orientation}", lambda t: kiosk_shots(
            t, out, orientation, tuple(KIOSK_MODES)
        )

    def kiosk_in(lang: str) -> Job:
        # Every other language, standing up, in the normal look: kiosk-start-fr-1080x1920.png
        return f"kiosk-{lang}", lambda t: kiosk_shots(t, out, modes=(), language=lang)

    def counter(lang: str) -> Job:  # counter-queue-fr-1920x1080.png
        return named("counter", lang), lambda t: counter_shots(t, out, language=lang)

    def display(lang: str) -> Job:
        return named("display", lang), lambda t: display_shots(t, out, language=lang)

    own = [i18n.SOURCE_LANGUAGE] if dutch else []
    return [
        *(kiosk(o) for o in (("portrait", "landscape") if dutch else ())),
        *(kiosk_in(lang) for lang in other("kiosk")),
        *(counter(lang) for lang in own + other("counter")),
        *(display(lang) for lang in own + other("display")),
    ]
