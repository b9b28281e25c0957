"""Belgian public holidays in Dutch, plus the Flemish community's 11 July."""

from __future__ import annotations

from datetime import date

from kiosk.services.holidays import FLEMISH_COMMUNITY_DAY, public_holidays


def test_2026() -> None:
    days = public_holidays([2026])
    assert days[date(2026, 4, 6)] == "Paasmaandag"
    assert days[date(2026, 7, 11)] == "Feest van de Vlaamse Gemeenschap" == FLEMISH_COMMUNITY_DAY
    assert days[date(2026, 7, 21)] == "Nationale feestdag"
    assert days[date(2026, 12, 25)] == "Kerstmis"
    assert days[date(2026, 1, 1)] == "Nieuwjaar"
    assert all(d.year == 2026 for d in days)
    assert date(2026, 12, 24) not in days


def test_2027_easter_monday_and_several_years() -> None:
    days = public_holidays(range(2026, 2028))
    assert days[date(2027, 3, 29)] == "Paasmaandag"
    assert date(2027, 4, 5) not in days
    assert days[date(2027, 7, 11)] == FLEMISH_COMMUNITY_DAY
    assert {d.year for d in days} == {2026, 2027}
    assert list(days) == sorted(days)


def test_callers_get_their_own_copy() -> None:
    first = public_holidays([2026])
    first.clear()
    assert date(2026, 12, 25) in public_holidays([2026])
    assert public_holidays([]) == {}
