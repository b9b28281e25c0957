"""The days the offices close for a holiday, named in Dutch, for ``kiosk.core.hours.Schedule``.

Belgium's public holidays come from the ``holidays`` package. It leaves out 11 July, the
Feest van de Vlaamse Gemeenschap: a community holiday, not a national one, but the Flemish
municipalities' staff have it off and their town halls and libraries close, so it is added here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import holidays

FLEMISH_COMMUNITY_DAY = "Feest van de Vlaamse Gemeenschap"


def public_holidays(years: Iterable[int]) -> dict[date, str]:
    """Day -> Dutch name of every holiday in ``years``. A fresh dict: the caller may change it."""
    return dict(_holidays(frozenset(years)))


@lru_cache(maxsize=16)
def _holidays(years: frozenset[int]) -> dict[date, str]:
    # Building the package's table costs a few milliseconds per year; a schedule asks for the
    # same few years over and over.
    found: dict[date, str] = dict(
        holidays.country_holidays("BE", years=sorted(years), language="nl").items()
    )
    for year in years:
        found.setdefault(date(year, 7, 11), FLEMISH_COMMUNITY_DAY)
    return dict(sorted(found.items()))
