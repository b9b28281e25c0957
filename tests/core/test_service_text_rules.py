"""A service's texts per language: the asked language when there is a text, else Dutch, field
by field; bad translations are refused with one plain line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.model import Service
from kiosk.core.service_texts import (
    MUNICIPALITY_LANGUAGE,
    BadServiceText,
    ServiceText,
    checked,
    language_of,
)

PASSPORT = Service(
    id="s1",
    code="passport",
    letter="P",
    name="Reispas",
    description="Een reispas aanvragen.",
    bring="Je identiteitskaart.",
    expected_minutes=15,
    texts=(
        ServiceText("fr", "Passeport", "Demander un passeport.", "Votre carte d'identité."),
        ServiceText("en", "Passport"),  # no description, nothing to bring: Dutch shows
    ),
)


def test_a_translated_language_shows_its_own_texts() -> None:
    fr = PASSPORT.in_language("fr")
    assert (fr.lang, fr.name, fr.description, fr.bring) == (
        "fr",
        "Passeport",
        "Demander un passeport.",
        "Votre carte d'identité.",
    )


def test_a_language_without_text_shows_dutch() -> None:
    for lang in ("de", "ar", "", "xx"):
        text = PASSPORT.in_language(lang)
        assert (text.lang, text.name, text.bring) == ("nl", "Reispas", "Je identiteitskaart.")


def test_an_empty_field_in_a_translation_shows_the_dutch_field() -> None:
    en = PASSPORT.in_language("en")
    assert en.name == "Passport"
    assert en.description == "Een reispas aanvragen."
    assert en.bring == "Je identiteitskaart."


def test_regions_and_case_do_not_matter() -> None:
    assert PASSPORT.in_language("fr_BE").name == "Passeport"
    assert PASSPORT.in_language("FR-be").name == "Passeport"
    assert PASSPORT.in_language("nl_BE").name == "Reispas"
    assert language_of(" de-BE ") == "de"


_texts = st.text(max_size=30)
_langs = st.sampled_from(["nl", "fr", "en", "de", "ar", "tr", "fr_BE", "EN", ""])


@given(
    name=_texts,
    description=_texts,
    bring=_texts,
    translations=st.lists(
        st.builds(ServiceText, st.sampled_from(["fr", "en", "de", "ar"]), _texts, _texts, _texts),
        max_size=6,
        unique_by=lambda t: t.lang,
    ),
    lang=_langs,
)
def test_the_rules_hold_for_any_texts(
    name: str, description: str, bring: str, translations: list[ServiceText], lang: str
) -> None:
    svc = Service("s", "c", "A", name, description, bring, 5, texts=tuple(translations))
    got = svc.in_language(lang)
    want = language_of(lang)
    mine = next((t for t in translations if t.lang == want and t.name.strip()), None)
    if want == MUNICIPALITY_LANGUAGE or mine is None:
        # No (usable) text in that language: exactly the municipality's own texts.
        assert got == ServiceText(MUNICIPALITY_LANGUAGE, name, description, bring)
    else:
        assert got.lang == want and got.name == mine.name
        # Never an empty field where Dutch has something to say.
        assert got.description == (mine.description or description)
        assert got.bring == (mine.bring or bring)


def test_checked_normalises_and_trims() -> None:
    text = checked(ServiceText("FR_be", "  Passeport ", " Pour voyager. ", "  "))
    assert text == ServiceText("fr", "Passeport", "Pour voyager.", "")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (ServiceText("french", "Passeport"), "not a language code"),
        (ServiceText("f1", "Passeport"), "not a language code"),
        (ServiceText("nl", "Reispas"), "municipality's own language"),
        (ServiceText("fr", "   "), "the name is empty"),
        (ServiceText("fr", "x" * 121), "longer than 120"),
    ],
)
def test_bad_translations_are_refused_with_a_plain_line(text: ServiceText, says: str) -> None:
    with pytest.raises(BadServiceText, match=says) as caught:
        checked(text)
    assert "\n" not in str(caught.value)
