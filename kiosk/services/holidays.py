"""The days the offices close for a holiday, for ``kiosk.core.hours.Schedule``, and their names
in the resident's language for the kiosk ("Vandaag is het Kerstmis", "Aujourd'hui, c'est Noël").

Belgium's public holidays come from the ``holidays`` package, which names them in Dutch,
French, German and (American) English. It leaves out 11 July, the Feest van de Vlaamse
Gemeenschap: a community holiday, not a national one, but the Flemish municipalities' staff have
it off and their town halls and libraries close, so it is added here, with its own names.

The package has no Arabic. Arabic names are kept here for the Belgian holidays (keyed by the
package's English name, which is stable); a holiday this table does not know yet shows in
English, not Dutch: a resident who chose Arabic chose not to read Dutch, and the English names
of these feasts are the ones most widely known.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import holidays

from kiosk.core.service_texts import language_of

FLEMISH_COMMUNITY_DAY = "Feest van de Vlaamse Gemeenschap"
#: 11 July in each language the kiosk speaks (the package does not know the day).
FLEMISH_COMMUNITY_DAY_NAMES = {
    "nl": FLEMISH_COMMUNITY_DAY,
    "fr": "Fête de la Communauté flamande",
    "de": "Feiertag der Flämischen Gemeinschaft",
    "en": "Flemish Community Day",
    "ar": "عيد المجموعة الفلمنكية",
}
#: The kiosk's language -> the package's language for Belgium.
_PACKAGE_LANGUAGE = {"nl": "nl", "fr": "fr", "de": "de", "en": "en_US"}
_ARABIC = {
    "New Year's Day": "رأس السنة الميلادية",
    "Easter Sunday": "عيد الفصح",
    "Easter Monday": "اثنين الفصح",
    "Labor Day": "عيد العمال",
    "Ascension Day": "عيد الصعود",
    "Pentecost": "عيد العنصرة",
    "Whit Monday": "اثنين العنصرة",
    "Pentecost Monday": "اثنين العنصرة",
    "National Day": "العيد الوطني البلجيكي",
    "Assumption Day": "عيد انتقال السيدة العذراء",
    "All Saints' Day": "عيد جميع القديسين",
    "Armistice Day": "يوم الهدنة",
    "Christmas Day": "عيد الميلاد",
}


def public_holidays(years: Iterable[int], lang: str = "nl") -> dict[date, str]:
    """Day -> name in ``lang`` ("nl", "fr", "de", "en", "ar"; another language: Dutch) of every
    holiday in ``years``. A fresh dict: the caller may change it."""
    return dict(_holidays(frozenset(years), language_of(lang)))


def holiday_name(day: date, lang: str) -> str | None:
    """The name of the holiday on ``day`` in ``lang``, or None when ``day`` is no holiday."""
    return _holidays(frozenset({day.year}), language_of(lang)).get(day)


@lru_cache(maxsize=32)
def _holidays(years: frozenset[int], lang: str) -> dict[date, str]:
    # Building the package's table costs a few milliseconds per year; a schedule asks for the
    # same few years over and over.
    arabic = lang == "ar"
    package_lang = "en_US" if arabic else _PACKAGE_LANGUAGE.get(lang, "nl")
    found: dict[date, str] = dict(
        holidays.country_holidays("BE", years=sorted(years), language=package_lang).items()
    )
    if arabic:
        found = {day: _ARABIC.get(name, name) for day, name in found.items()}
    flemish = FLEMISH_COMMUNITY_DAY_NAMES.get(lang, FLEMISH_COMMUNITY_DAY)
    for year in years:
        found.setdefault(date(year, 7, 11), flemish)
    return dict(sorted(found.items()))
