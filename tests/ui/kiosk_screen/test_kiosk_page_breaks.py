"""The page-break rule (page_breaks.py): nothing that fits a page is cut, a thing taller
than a page starts at the top of one and is cut inside it (a text between its lines), and no
page is empty or shows only the edges of cards (issue 11 point 3)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.kiosk_screen.page_breaks import PAGE_GAP, page_starts, text_lines
from kiosk.ui.kiosk_screen.page_view import PageView

#: The ticket screen without a printer, German, "Alles lager" with bigger text, standing up:
#: a page 240 px high; the printer's card (40-530) and what-to-bring card (554-917) are taller
#: than a page. The card's long text is given as its four lines.
VIEW_H = 240
HEIGHT = 917
STATUS_CARD, BRING_CARD = (40, 530), (554, 917)
SPANS = [
    STATUS_CARD,
    (63, 217),  # "Ihr Ticket steht auf diesem Bildschirm."
    (223, 294),
    (294, 365),
    (365, 436),
    (436, 507),  # "Merken Sie sich Ihre Nummer ...", a line at a time
    BRING_CARD,
    (580, 655),  # "Bringen Sie mit"
    (665, 887),  # what to bring
]


def _fits(span: tuple[int, int]) -> bool:
    return span[1] - span[0] <= VIEW_H - PAGE_GAP


def _whole_on(page: tuple[int, int], span: tuple[int, int]) -> bool:
    return page[0] <= span[0] and span[1] <= page[1]


def test_nothing_that_fits_a_page_is_cut_and_each_is_whole_on_a_page() -> None:
    pages = page_starts(SPANS, HEIGHT, VIEW_H)
    for span in filter(_fits, SPANS):
        assert any(_whole_on(p, span) for p in pages), (span, pages)
        for start, end in pages:
            shown = min(end, span[1]) - max(start, span[0])
            assert shown <= 0 or _whole_on((start, end), span), (span, (start, end))


def test_no_page_is_empty_or_only_the_edges_of_cards() -> None:
    pages = page_starts(SPANS, HEIGHT, VIEW_H)
    for page in pages:
        assert any(_whole_on(page, s) for s in filter(_fits, SPANS)), (page, pages)


def test_a_card_taller_than_a_page_starts_at_the_top_of_a_page() -> None:
    # A short title, then a card taller than a page: the title's page ends above the card.
    spans = [(0, 80), (120, 700), (140, 300), (310, 520), (530, 690)]
    pages = page_starts(spans, 720, 400)
    assert pages[0][1] == 120
    assert pages[1][0] == 120 - PAGE_GAP
    assert all(any(_whole_on(p, s) for s in spans if s != (120, 700)) for p in pages), pages


def test_a_text_taller_than_a_page_is_cut_between_its_lines(qapp) -> None:  # type: ignore[no-untyped-def]
    screen = QWidget()
    lay = QVBoxLayout(screen)
    lay.addWidget(QLabel("Je ticket staat op dit scherm."))
    long_text = QLabel(" ".join(["Onthoud je nummer of maak een foto van dit scherm."] * 12))
    long_text.setWordWrap(True)
    long_text.setStyleSheet("font-size: 40px;")
    lay.addWidget(long_text)
    view = PageView(screen)
    view.resize(500, 300)
    view.show()
    qapp.processEvents()
    lines = text_lines(long_text)
    assert len(lines) > 4 and lines[-1][1] - lines[0][0] <= long_text.height() + 2
    top = long_text.mapTo(screen, QPoint(0, 0)).y()
    assert long_text.height() > 300 and view.count > 1
    for start, end in view._pages:
        for t, b in lines:
            assert not (start < top + t < end < top + b), ((start, end), (top + t, top + b))
            assert not (top + t < start < top + b), ((start, end), (top + t, top + b))
    view.close()
