"""'Grotere letters' (200 %, see seeing.py): on every kiosk screen, standing up and lying down,
no text is clipped, no two buttons overlap, and help and the two toggles stay on the screen.
The start screen keeps a clear order of sizes, a header on one line and, lying down, more
than two services in view (issue 11 point 4). Also: one touch switches each look on, and both
go back to normal after the resident."""

from __future__ import annotations

import pytest
from every_screen import walk
from layout_checks import clipped_texts, overlapping_buttons, rect_in
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.common import i18n
from kiosk.ui.kiosk_screen.reach_parts import visible_rect_in
from kiosk.ui.kiosk_screen.seeing import bigger_px, transform

LANGUAGE_NAMES = ("Nederlands", "Français", "English", "Deutsch", "العربية")


@pytest.mark.slow
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_bigger_text_on_every_screen_clips_nothing(terminal, tmp_path, orientation) -> None:
    """Every screen at 200 % (the shared walk, every_screen.py); the language row flows onto
    a second line standing up (language_row.py): no name is cut."""
    found = walk(terminal, tmp_path, orientation)
    big = [name for name in found.visited if name.endswith("-big")]
    assert "start-big" in big and "ticket-big" in big and len(big) >= 15
    assert not found.clipped, "\n".join(found.clipped)


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_language_row_flows_onto_more_lines_instead_of_clipping(
    make_kiosk, orientation, language, request
) -> None:
    request.addfinalizer(lambda: i18n.use_language("kiosk", "nl"))
    kiosk = make_kiosk(orientation)
    w = kiosk.window
    if language != "nl":
        kiosk.tap(i18n.NATIVE_NAMES[language])
    w.seeing.set_modes(True, False)
    kiosk.settle()
    QApplication.processEvents()
    row = w.start.languages
    buttons = list(row.buttons.values())
    assert [b.text() for b in buttons] == list(LANGUAGE_NAMES)
    assert not clipped_texts(w)
    for button in buttons:
        # The whole name in bold (the checked look) next to the check mark, and a big target.
        bold = QFont(button.font())
        bold.setWeight(QFont.Weight.Bold)
        need = QFontMetrics(bold).horizontalAdvance(button.text()) + button.iconSize().width()
        assert button.width() >= need, button.text()
        assert button.height() >= 48 and button.isVisible()
        assert row.rect().contains(button.geometry()), button.text()
        assert w.rect().contains(rect_in(button, w)), button.text()
    assert not overlapping_buttons(row)
    lines = sorted({b.y() for b in buttons})
    assert len(lines) == (2 if orientation == "portrait" else 1)
    # Right to left, the first language is at the right end of the first line.
    first = buttons[0].geometry()
    if language == "ar":
        assert first.right() > max(b.geometry().right() for b in buttons[1:] if b.y() == first.y())
    else:
        assert first.x() == 0
    # A tap on a language still changes the screen at 200 %: one touch, no scrolling sideways.
    kiosk.tap("English")
    assert i18n.current_language("kiosk") == "en"


def test_text_sizes_grow_and_keep_their_order() -> None:
    assert bigger_px(24) == 48  # body text doubles
    sizes = [18, 23, 24, 26, 28, 30, 32, 36, 40, 44, 46, 52, 56, 60]
    bigger = [bigger_px(px) for px in sizes]
    assert bigger == sorted(bigger) and len(set(bigger)) == len(bigger)  # order kept, no ties
    assert bigger_px(56) >= 1.2 * bigger_px(28)  # a title stays above its lead
    assert bigger_px(260) == 260  # the ticket number is large enough already
    assert transform("QLabel { font-size: 24px; }", True, False) == "QLabel { font-size: 48px; }"
    high = transform("QLabel#a:focus { color: #4A5563; background: #F3F5F8; }", False, True)
    assert high == "QLabel#a:focus { color: #000000; background: #FFFFFF; }"


def _px(label: QLabel) -> int:
    label.ensurePolished()
    return label.font().pixelSize()


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_bigger_text_keeps_the_start_screen_clear(make_kiosk, orientation, request) -> None:
    """Issue 11 point 4: the question stays clearly bigger than the line under it, the header
    stays on one line (also in German, with its longer date), and lying down more than two
    services show whole on the first page."""
    request.addfinalizer(lambda: i18n.use_language("kiosk", "nl"))
    kiosk = make_kiosk(orientation)
    w = kiosk.window
    w.seeing.set_modes(True, False)
    kiosk.settle()
    QApplication.processEvents()
    start = w.start
    [title] = start.findChildren(QLabel, "kioskTitle")
    assert _px(title) >= 1.2 * _px(start.lead)
    for language in ("nl", "de"):
        i18n.use_language("kiosk", language, w)
        kiosk.settle()
        QApplication.processEvents()
        header = w.header
        assert header.height() == 128, language  # as high as ever: one line
        for lab in (header.branch, header.date, header.time):
            assert not lab.wordWrap()
            need = lab.fontMetrics().horizontalAdvance(lab.text())
            assert need <= lab.width() and w.rect().contains(rect_in(lab, w)), lab.text()
    i18n.use_language("kiosk", "nl", w)
    kiosk.settle()
    QApplication.processEvents()
    whole = []
    for button in start.buttons:
        seen = visible_rect_in(button, w)
        if seen is not None and (seen[2] - seen[0], seen[3] - seen[1]) == button.size().toTuple():
            whole.append(button.accessibleName())
    assert len(whole) > 2 if orientation == "landscape" else len(whole) >= 2, whole
    # The description is still there for a screen reader and read-aloud.
    assert start.buttons[0].accessibleDescription()


def test_one_touch_each_and_back_to_normal_after_the_resident(make_kiosk) -> None:
    kiosk = make_kiosk("portrait")
    w = kiosk.window
    big, contrast = w.seeing.big_button, w.seeing.contrast_button
    assert big.accessibleName() == "Grotere letters"
    assert contrast.accessibleName() == "Meer contrast"
    assert big.isCheckable() and contrast.isCheckable()

    big.click()
    contrast.click()
    assert w.seeing.big and w.seeing.contrast
    # The bundled font (resources/fonts, loaded by theme.py), also at the bigger size.
    title = next(lab for lab in w.start.findChildren(QLabel) if lab.objectName() == "kioskTitle")
    assert QFontInfo(title.font()).family() == "Noto Sans"
    assert "font-size: 48px" in w.styleSheet()  # the 24 px date, doubled
    # The toggles are part of the window: still there on the next screen.
    kiosk.tap("Ik heb een afspraak")
    assert big.isVisible() and big.isChecked()
    kiosk.tap("Terug")  # back to the start, same resident: the looks stay
    assert w.seeing.big and w.seeing.contrast

    # The resident takes a ticket and is done: the next one starts with the normal look.
    kiosk.tap(next(iter(w.start.services)).name)
    if w.current is w.priority:
        w.priority.no_button.click()
    kiosk.qtbot.waitUntil(lambda: w.current is w.ticket, timeout=5000)
    w.bar.back.click()
    kiosk.qtbot.waitUntil(lambda: w.current is w.start, timeout=5000)
    assert not w.seeing.big and not w.seeing.contrast
    assert "font-size: 48px" not in w.styleSheet()


def test_looks_go_back_to_normal_when_nobody_touches_the_start(make_kiosk) -> None:
    kiosk = make_kiosk("landscape")
    w = kiosk.window
    w.seeing._idle.setInterval(50)
    w.seeing.contrast_button.click()
    assert w.seeing.contrast
    kiosk.qtbot.waitUntil(lambda: not w.seeing.contrast, timeout=3000)
