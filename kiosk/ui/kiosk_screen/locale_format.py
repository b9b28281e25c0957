"""Times, dates and numbers as a resident reads them, in the kiosk's language now.

Two sources give each language its own forms:

- QLocale: day and month names, thousands separators and the short clock form ("10:30";
  Arabic "10:30 ص"). Digits are Western (0-9) in every language, Arabic too (i18n.qt_locale):
  the same digits as the ticket number, the paper and the waiting-room display.
- A few format patterns that translators set in the kiosk catalogue (context ``KioskTime``),
  because CLDR has no form for a time said in a sentence. The pattern is the whole phrase, unit
  included, so no sentence glues "uur" onto a number and each language writes its own: Dutch
  "9 uur" / "12:30 uur", French "9 h" / "12 h 30", English "9am" / "12:30pm", German "9 Uhr" /
  "12:30 Uhr"; Arabic keeps QLocale's short form. German also needs its own date pattern
  ("Montag, 28. Dezember"). The patterns are QTime/QDate formats: ``H`` hour 0-23, ``h`` hour
  1-12 with ``ap`` (am/pm), ``mm`` minutes, ``dddd`` weekday, ``d`` day, ``MMMM`` month,
  ``yyyy`` year; words go between single quotes.

Always the kiosk's language (``i18n.current_language("kiosk")``), never ``QLocale()``: the demo
runs the counter and the display in the same process, and their language switches move
QLocale's default. This module lives under kiosk_screen, not common, because its patterns are
translated in the kiosk's catalogue only.

Paper: the ticket printers' code pages (CP858, CP1252) have Latin letters only, so what is
printed uses ``paper_locale``: the kiosk's, or Dutch (the source language) when the kiosk's
language is written in another script (Arabic: its clock says "ص").

Ticket numbers ("A012") are codes, not numbers: they are never formatted here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from kiosk.ui.common import i18n

_CTX = "KioskTime"
#: "yy" in a date pattern that is not part of "yyyy".
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kiosk_locale() -> QLocale:
    """The kiosk's language now (Dutch unless a resident chose another)."""
    return i18n.qt_locale(i18n.current_language("kiosk"))


def paper_locale() -> QLocale:
    """The kiosk's language, or Dutch when it is not written in Latin letters (see the module's
    notes)."""
    locale = kiosk_locale()
    if locale.script() is not QLocale.Script.LatinScript:
        return i18n.qt_locale(i18n.SOURCE_LANGUAGE)
    return locale


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def time_phrase(t: time) -> str:
    """A wall-clock time said in a sentence: "9 uur", "12:30 uur" (fr "12 h 30", en "12:30pm")."""
    # Two patterns, because most languages leave ":00" out on the hour ("9 uur", "9 h", "9am").
    pattern = _tr("H 'uur'") if t.minute == 0 else _tr("H:mm 'uur'")
    return kiosk_locale().toString(_qtime(t), pattern)


def clock(t: time, locale: QLocale | None = None) -> str:
    """A time as a clock shows it: "10:30", "09:00" (Arabic "10:30 ص")."""
    return (locale or kiosk_locale()).toString(_qtime(t), QLocale.FormatType.ShortFormat)


def day_date(d: date) -> str:
    """A day in a sentence or the header: "maandag 28 december" (en "Monday 28 December")."""
    return kiosk_locale().toString(_qdate(d), _tr("dddd d MMMM"))


def full_date(d: date) -> str:
    """A date with its year, as the birth-date screen says it back: "2 april 1950"."""
    return kiosk_locale().toString(_qdate(d), _tr("d MMMM yyyy"))


def number(n: int, locale: QLocale | None = None) -> str:
    """A count with the language's separators ("1.234"; English and Arabic "1,234")."""
    return (locale or kiosk_locale()).toString(n)


def paper_date_time(at: datetime, locale: QLocale | None = None) -> str:
    """When a ticket was printed, in ``paper_locale``'s (or ``locale``'s) short form, always with
    the year in four digits: "28/12/2026 10:30" (the short form of French and German in Belgium
    has a two-digit year, "28/12/26")."""
    qt = QDateTime(_qdate(at.date()), _qtime(at.time()))
    loc = locale or paper_locale()
    pattern = loc.dateTimeFormat(QLocale.FormatType.ShortFormat)
    return loc.toString(qt, _TWO_DIGIT_YEAR.sub("yyyy", pattern))
