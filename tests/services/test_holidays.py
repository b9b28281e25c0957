"""Belgian public holidays, plus the Flemish community's 11 July, named in each language of
the kiosk."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.services.holidays import FLEMISH_COMMUNITY_DAY, holiday_name, public_holidays


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


@pytest.mark.parametrize(
    ("lang", "christmas", "flemish_day", "easter_monday"),
    [
        ("nl", "Kerstmis", FLEMISH_COMMUNITY_DAY, "Paasmaandag"),
        ("fr", "Noël", "Fête de la Communauté flamande", "Lundi de Pâques"),
        ("de", "Weihnachten", "Feiertag der Flämischen Gemeinschaft", "Ostermontag"),
        ("en", "Christmas Day", "Flemish Community Day", "Easter Monday"),
        ("ar", "عيد الميلاد", "عيد المجموعة الفلمنكية", "اثنين الفصح"),
        ("fr_BE", "Noël", "Fête de la Communauté flamande", "Lundi de Pâques"),
    ],
)
def test_names_in_each_kiosk_language(
    lang: str, christmas: str, flemish_day: str, easter_monday: str
) -> None:
    days = public_holidays([2026], lang)
    assert days[date(2026, 12, 25)] == christmas == holiday_name(date(2026, 12, 25), lang)
    assert days[date(2026, 7, 11)] == flemish_day
    assert days[date(2026, 4, 6)] == easter_monday
    # The same days in every language: only the names differ.
    assert list(days) == list(public_holidays([2026]))


def test_every_holiday_has_an_arabic_name() -> None:
    """The package has no Arabic: every Belgian holiday must be in our own table (a missing
    one would show in English)."""
    english = public_holidays(range(2026, 2030), "en")
    arabic = public_holidays(range(2026, 2030), "ar")
    assert all(arabic[d] != english[d] for d in english)
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in name) for name in arabic.values())


def test_an_unknown_language_gets_dutch_and_a_plain_day_no_name() -> None:
    assert holiday_name(date(2026, 12, 25), "tr") == "Kerstmis"
    assert holiday_name(date(2026, 12, 24), "fr") is None
