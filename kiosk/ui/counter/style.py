"""The counter console's own look, on top of the shared BASE_QSS (set on the counter window).

Text colours were picked for >= 4.5:1 on their backgrounds; disabled texts stay readable because
a disabled button still tells the clerk *why* it is disabled.
"""

from __future__ import annotations

from kiosk.ui.common.theme import Colours as C

#: Light text on the navy header (8.9:1 on NAVY).
HEADER_SOFT = "#D5E0EE"
#: Text and border of disabled controls (5.1:1 on the disabled background).
DISABLED_TEXT = "#56606C"
DISABLED_BG = "#ECEFF3"
#: The printer banner: strong yellow, dark text (13:1).
BANNER_BG = "#FFD34E"
BANNER_BORDER = "#8A6500"
PALE_BLUE = "#E6EEF8"
SELECTION = "#CFE0F5"
LINE = "#E3E8EE"
#: Type scale of the compact look (1366x768 and other small screens).
COMPACT_SCALE = 0.78


def counter_qss(compact: bool = False) -> str:
    """The role style sheet; ``compact`` shrinks type for small screens (1366x768)."""
    scale = COMPACT_SCALE if compact else 1.0

    def px(n: int) -> int:
        return max(12, round(n * scale))

    def sp(n: int) -> int:
        return round(n * scale)

    pad = 4 if compact else 8

    return f"""
QWidget#counterRoot, QWidget#screen {{ background: {C.BACKGROUND}; }}
QPushButton {{ font-size: {px(18)}px; }}
QLabel#title {{ font-size: {px(34)}px; }}
QLabel#subtitle {{ font-size: {px(22)}px; }}
QDialog#transferDialog {{ background: {C.BACKGROUND}; border: 2px solid {C.NAVY}; }}

QFrame#counterHeader {{ background: {C.NAVY}; }}
QFrame#counterHeader QLabel {{ color: white; }}
QLabel#headerCounter {{ font-size: {px(30)}px; font-weight: 700; }}
QFrame#counterHeader QLabel#headerBranch {{ font-size: {px(17)}px; color: {HEADER_SOFT}; }}
QLabel#headerClock {{ font-size: {px(34)}px; font-weight: 700; }}
QFrame#statChip {{ background: {C.NAVY_DARK}; border-radius: 12px; }}
QLabel#statValue {{ font-size: {px(28)}px; font-weight: 700; }}
QFrame#counterHeader QLabel#statLabel {{ font-size: {px(15)}px; color: {HEADER_SOFT}; }}
QPushButton#headerButton {{ background: transparent; color: white; border: 2px solid white;
  font-size: {px(17)}px; font-weight: 600; padding: 6px 20px; border-radius: 10px; }}
QPushButton#headerButton:focus {{ border: 4px solid {C.FOCUS}; }}
QPushButton#headerButton:pressed {{ background: {C.NAVY_DARK}; }}

QFrame#signInCard {{ background: {C.CARD}; border: 2px solid {C.BORDER}; border-radius: 18px; }}
QLabel#signInTitle {{ font-size: {px(34)}px; font-weight: 700; color: {C.NAVY}; }}
QLabel#signInBranch {{ font-size: {px(21)}px; font-weight: 700; color: {C.TEXT}; }}
QLabel#signInHint {{ font-size: {px(19)}px; color: {C.TEXT}; }}
QLineEdit#signInField {{ font-size: {px(22)}px; padding: 6px 14px; border: 2px solid {C.BORDER};
  border-radius: 10px; background: white; color: {C.TEXT}; }}
QLineEdit#signInField:focus {{ border: 3px solid {C.FOCUS}; }}
QPushButton#primaryButton {{ background: {C.ACCENT}; color: white; font-size: {px(22)}px;
  font-weight: 700; border: 2px solid {C.ACCENT_DARK}; border-radius: 12px; }}
QPushButton#primaryButton:focus {{ border: 4px solid {C.FOCUS}; }}
QPushButton#primaryButton:disabled {{ background: {DISABLED_BG}; color: {DISABLED_TEXT}; }}

QFrame#printerBanner {{ background: {BANNER_BG}; border: 3px solid {BANNER_BORDER};
  border-radius: 12px; }}
QFrame#printerBanner QLabel {{ color: {C.TEXT}; font-size: {px(21)}px; font-weight: 700; }}
QFrame#offlineBanner {{ background: #FBE9EA; border: 3px solid {C.DANGER}; border-radius: 12px; }}
QFrame#offlineBanner QLabel {{ color: #7A1013; font-size: {px(20)}px; font-weight: 700; }}
QFrame#messageError {{ background: #FBE9EA; border: 2px solid {C.DANGER}; border-radius: 10px; }}
QFrame#messageError QLabel {{ color: #7A1013; font-size: {px(18)}px; font-weight: 600; }}
QFrame#messageInfo {{ background: {PALE_BLUE}; border: 2px solid {C.NAVY}; border-radius: 10px; }}
QFrame#messageInfo QLabel {{ color: {C.NAVY}; font-size: {px(18)}px; font-weight: 600; }}

QLabel#cardTitle {{ font-size: {px(21)}px; font-weight: 700; color: {C.NAVY}; }}
QLabel#cardCount {{ font-size: {px(16)}px; font-weight: 600; color: {C.MUTED}; }}
QLabel#emptyText {{ font-size: {px(17)}px; color: {C.MUTED}; }}
QLabel#sectionLabel {{ font-size: {px(15)}px; font-weight: 700; color: {C.MUTED}; }}

QFrame#ticketBox {{ background: {PALE_BLUE}; border-radius: 16px; }}
QLabel#bigNumber {{ font-size: {64 if compact else 100}px; font-weight: 700; color: {C.NAVY}; }}
QLabel#bigCaption {{ font-size: {px(16)}px; font-weight: 600; color: {C.MUTED}; }}
QLabel#serviceName {{ font-size: {px(30)}px; font-weight: 700; color: {C.TEXT}; }}
QLabel#detail {{ font-size: {px(19)}px; color: {C.TEXT}; }}
QLabel#emptyBig {{ font-size: {px(28)}px; font-weight: 700; color: {C.NAVY}; }}
QLabel#pillCalled {{ background: {C.WARNING_BG}; color: {C.WARNING_TEXT};
  border: 2px solid {C.WARNING_TEXT}; border-radius: 8px; padding: 3px 12px;
  font-size: {px(17)}px; font-weight: 700; }}
QLabel#pillServing {{ background: {C.ACCENT}; color: white; border: 2px solid {C.ACCENT_DARK};
  border-radius: 8px; padding: 3px 12px; font-size: {px(17)}px; font-weight: 700; }}

QPushButton#outcome {{ font-size: {px(16)}px; font-weight: 600; padding: 4px 16px;
  border-radius: 10px; background: {C.CARD}; color: {C.NAVY}; border: 2px solid {C.BORDER}; }}
QPushButton#outcome:checked {{ background: {C.NAVY}; color: white; border: 2px solid {C.NAVY}; }}
QPushButton#outcome:focus {{ border: 3px solid {C.FOCUS}; }}

QPushButton#action, QPushButton#actionPrimary {{ padding: 0px; border-radius: 14px; }}
QPushButton#action {{ background: {C.CARD}; border: 2px solid {C.NAVY}; }}
QPushButton#action:pressed {{ background: {SELECTION}; }}
QPushButton#action:disabled {{ background: {DISABLED_BG}; border: 2px solid #AAB3BE; }}
QPushButton#actionPrimary {{ background: {C.ACCENT}; border: 2px solid {C.ACCENT_DARK}; }}
QPushButton#actionPrimary:pressed {{ background: {C.ACCENT_DARK}; }}
QPushButton#actionPrimary:disabled {{ background: {DISABLED_BG}; border: 2px solid #AAB3BE; }}
QPushButton#actionPrimary QLabel#actionTitle:disabled,
QPushButton#actionPrimary QLabel#actionHint:disabled {{ color: {DISABLED_TEXT}; }}
QPushButton#actionPrimary QLabel#actionKey:disabled {{ color: {DISABLED_TEXT};
  border-color: {DISABLED_TEXT}; }}
QPushButton#action:focus, QPushButton#actionPrimary:focus {{ border: 4px solid {C.FOCUS}; }}
QLabel#actionTitle {{ font-size: {px(20)}px; font-weight: 700; color: {C.NAVY}; }}
QLabel#actionTitle:disabled {{ color: {DISABLED_TEXT}; }}
QLabel#actionKey {{ font-size: {px(14)}px; font-weight: 700; color: {C.NAVY};
  border: 2px solid {C.NAVY}; border-radius: 6px; padding: 0px 6px; }}
QLabel#actionKey:disabled {{ color: {DISABLED_TEXT}; border-color: {DISABLED_TEXT}; }}
QLabel#actionHint {{ font-size: {px(15)}px; color: {C.MUTED}; }}
QPushButton#actionPrimary QLabel#actionTitle {{ color: white; font-size: {px(30)}px; }}
QPushButton#actionPrimary QLabel#actionKey {{ color: white; border-color: white; }}
QPushButton#actionPrimary QLabel#actionHint {{ color: white; font-size: {px(16)}px; }}

QPushButton#listButton {{ font-size: {px(17)}px; font-weight: 600;
  padding: {sp(8)}px {sp(16)}px; }}

QTableView#queueTable {{ background: {C.CARD}; border: none; font-size: {px(18)}px;
  selection-background-color: {SELECTION}; selection-color: {C.TEXT};
  alternate-background-color: #F7F9FB; outline: 0; }}
QTableView#queueTable::item {{ padding: 0px {pad}px; border-bottom: 1px solid {LINE}; }}
QTableView#queueTable::item:selected {{ background: {SELECTION}; color: {C.TEXT};
  border-top: 2px solid {C.NAVY}; border-bottom: 2px solid {C.NAVY}; }}
QTableView#queueTable QHeaderView::section {{ background: {C.CARD}; color: {C.MUTED};
  font-size: {px(15)}px; font-weight: 700; border: none; border-bottom: 2px solid {C.BORDER};
  padding: {pad}px {pad}px; }}

QPushButton#counterCard {{ background: {C.CARD}; border: 2px solid {C.BORDER};
  border-radius: 18px; padding: 0px; }}
QPushButton#counterCard:pressed {{ background: {PALE_BLUE}; }}
QPushButton#counterCard:focus {{ border: 4px solid {C.FOCUS}; }}
QLabel#counterName {{ font-size: {px(34)}px; font-weight: 700; color: {C.NAVY}; }}
QLabel#counterKind {{ font-size: {px(17)}px; color: {C.MUTED}; }}
QLabel#skillMain {{ font-size: {px(19)}px; color: {C.TEXT}; }}
QLabel#skillHelp {{ font-size: {px(17)}px; color: {C.MUTED}; }}
QLabel#cardBadge {{ background: {C.NAVY}; color: white; font-size: {px(30)}px; font-weight: 700;
  border-radius: 32px; }}

QPushButton#choice {{ font-size: {px(19)}px; font-weight: 600; text-align: left; padding: 8px 16px;
  border-radius: 12px; background: {C.CARD}; color: {C.TEXT}; border: 2px solid {C.BORDER}; }}
QPushButton#choice:checked {{ background: {PALE_BLUE}; color: {C.NAVY};
  border: 4px solid {C.NAVY}; font-weight: 700; }}
QPushButton#choice:focus {{ border: 3px dashed {C.FOCUS}; }}
QPushButton#choice:disabled {{ color: {DISABLED_TEXT}; background: {DISABLED_BG}; }}

QPushButton#headerTab {{ background: transparent; color: white; border: 2px solid {HEADER_SOFT};
  font-size: {px(18)}px; font-weight: 600; padding: 6px {sp(22)}px; border-radius: 10px; }}
QPushButton#headerTab:checked {{ background: white; color: {C.NAVY}; border: 2px solid white;
  font-weight: 700; }}
QPushButton#headerTab:focus {{ border: 4px solid {C.FOCUS}; }}
QPushButton#primary {{ font-size: {px(18)}px; font-weight: 700; padding: {sp(8)}px {sp(18)}px; }}
QPushButton#primary:disabled {{ background: {DISABLED_BG}; color: {DISABLED_TEXT};
  border: 2px solid #AAB3BE; }}

QDialog#counterDialog {{ background: {C.BACKGROUND}; border: 2px solid {C.NAVY}; }}
QLabel#summary {{ font-size: {px(21)}px; font-weight: 600; color: {C.TEXT}; background: {C.CARD};
  border: 1px solid {C.BORDER}; border-radius: 10px; padding: {sp(10)}px {sp(16)}px; }}
QLabel#formLabel {{ font-size: {px(19)}px; font-weight: 600; color: {C.TEXT}; }}
QLineEdit#formField {{ font-size: {px(20)}px; padding: 4px 12px; border: 2px solid {C.BORDER};
  border-radius: 10px; background: white; color: {C.TEXT}; }}
QLineEdit#formField:focus {{ border: 3px solid {C.FOCUS}; }}
QLabel#formError {{ background: #FBE9EA; border: 2px solid {C.DANGER}; border-radius: 10px;
  color: #7A1013; font-size: {px(18)}px; font-weight: 600; padding: 8px 14px; }}
QLabel#formInfo {{ background: {PALE_BLUE}; border: 2px solid {C.NAVY}; border-radius: 10px;
  color: {C.NAVY}; font-size: {px(18)}px; font-weight: 600; padding: 8px 14px; }}
QLabel#bigReference {{ font-size: {px(56)}px; font-weight: 700; color: {C.NAVY};
  letter-spacing: 4px; }}

QListView#bigList, QListView#slotList {{ background: {C.CARD}; border: 1px solid {C.BORDER};
  border-radius: 10px; font-size: {px(19)}px; outline: 0; padding: 4px; }}
QListView#bigList::item, QListView#slotList::item {{ min-height: {sp(46)}px;
  padding: 0px {sp(10)}px; border-bottom: 1px solid {LINE}; color: {C.TEXT}; }}
QListView#bigList::item:selected, QListView#slotList::item:selected {{ background: {SELECTION};
  color: {C.TEXT}; border: 2px solid {C.NAVY}; border-radius: 8px; }}
QCalendarWidget {{ font-size: {px(18)}px; }}
"""


COUNTER_QSS = counter_qss()
