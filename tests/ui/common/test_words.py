"""One word per thing, in every role and language (issue 11 points 11 and 12).

Read from the code (what lupdate finds) and the catalogues, so a text that comes back with an
old word fails here, whichever screen shows it:

- Dutch: the kiosk is "kiosk" (never "zuil"), "loket" is a numbered counter and "balie" the
  desk; "Je nummer" and "je loket", never "jouw"; the counter speaks in active sentences.
- Each other language has one word for each of these three things, in every role, and none of
  the words the first translations mixed in ("Terminal", "Wartebereich", ...).
- The faults the issue names by their words stay gone.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.server.status_words import WORDS
from kiosk.ui.common import i18n
from tests.build.scripts import load_script

catalogues = load_script("catalogues")

#: The one word each language uses for the thing the Dutch word names.
KIOSK = {"fr": "borne", "en": "kiosk", "de": "Automat", "ar": "الجهاز"}
COUNTER = {"fr": "guichet", "en": "counter", "de": "Schalter", "ar": "الشباك"}
DESK = {"fr": "accueil", "en": "desk", "de": "Empfang", "ar": "مكتب الاستقبال"}
#: Other words for the kiosk that must not come back.
NOT_KIOSK = {
    "fr": ("kiosque", "terminal", "automate"),
    "en": ("terminal", "machine"),
    "de": ("Terminal", "Kiosk", "Säule"),
    "ar": ("الكشك",),
}
_ACTIVE_ONLY = re.compile(
    r"\b(werd|werden|wordt|worden)\b"
    r"|\bdoor\s+(een|iemand|mij|ons|de|het|personeel|medewerkers?)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def sources() -> dict[str, set[str]]:
    """Every Dutch source text of each role's code."""
    return {role: {source for _ctx, source in catalogues.extract(role)} for role in i18n.ROLES}


def translations(role: str, lang: str) -> list[tuple[str, str]]:
    """(Dutch source, translation) of every text and plural form of a catalogue."""
    out = []
    for msg in ET.parse(i18n.ts_path(role, lang)).getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        out += [(source, form) for form in forms]
    return out


CATALOGUES = [(role, lang) for role in i18n.ROLES for lang in i18n.ROLE_LANGUAGES[role]]
IDS = [i18n.catalogue_name(role, lang) for role, lang in CATALOGUES]


def test_dutch_has_one_word_for_the_kiosk_and_says_je(sources) -> None:
    every = [(role, text) for role, texts in sources.items() for text in texts]
    every += [("phone page", text) for text in WORDS["nl"].values()]
    bad = [
        (role, text)
        for role, text in every
        if re.search(r"\bzuil\b|\bjouw (nummer|loket)\b", text, re.IGNORECASE)
    ]
    assert not bad, bad
    assert WORDS["nl"]["your_number"] == "Je nummer"
    assert "Neem een ticket aan de kiosk." in sources["display"]


def test_the_counter_speaks_in_active_sentences(sources) -> None:
    passive = sorted(t for t in sources["counter"] if _ACTIVE_ONLY.search(t))
    assert not passive, passive
    assert "Staat aan mijn loket" in sources["counter"]
    assert "Is er" not in sources["counter"]
    assert "Komt van een ander loket" in sources["counter"]


@pytest.mark.parametrize(("role", "lang"), CATALOGUES, ids=IDS)
def test_each_language_has_one_word_for_kiosk_counter_and_desk(role, lang) -> None:
    wrong = []
    for source, text in translations(role, lang):
        low = source.lower()
        if "balie" in low:
            wanted = DESK[lang]
        elif "loket" in low:
            wanted = COUNTER[lang]
        elif re.search(r"\bkiosk\b", low):
            wanted = KIOSK[lang]
        else:
            wanted = ""
        if wanted and wanted.lower() not in text.lower():
            wrong.append(f"{source!r} -> {text!r} (wants {wanted!r})")
        for other in NOT_KIOSK[lang]:
            if re.search(rf"\b{re.escape(other)}\b", text, re.IGNORECASE):
                wrong.append(f"{source!r} -> {text!r} (says {other!r})")
    assert not wrong, "\n".join(wrong)


def test_the_phone_page_uses_the_same_words() -> None:
    assert KIOSK["fr"] in WORDS["fr"]["new_ticket"] and KIOSK["de"] in WORDS["de"]["new_ticket"]
    assert DESK["fr"] in WORDS["fr"]["missed"] and DESK["de"] in WORDS["de"]["missed"]
    assert "Terminal" not in " ".join(WORDS["de"].values())
    # The waiting room as the kiosk and the display call it; the screen as the kiosk says it.
    assert WORDS["de"]["watch_screen"] == "Schauen Sie auf den Bildschirm im Warteraum."
    assert WORDS["nl"]["watch_screen"] == "Kijk naar het scherm in de wachtzaal."


def _one(role: str, lang: str, source: str) -> str:
    (found,) = {text for s, text in translations(role, lang) if s == source}
    return found


def test_the_french_faults_are_gone() -> None:
    assert _one("kiosk", "fr", "Waarvoor kom je?") == "Que venez-vous faire ?"
    texts = [t for role in i18n.ROLES for _s, t in translations(role, "fr")]
    assert not [t for t in texts if "Pour quoi" in t or re.search(r"\bsignes?\b", t)]
    assert "6 caractères" in _one("kiosk", "fr", "De 6 tekens naast het vierkantje op je brief.")
    # Served at the counter: not "Aidé" (helped out of trouble).
    assert _one("counter", "fr", "Geholpen") == "Réglé"
    assert not [t for t in texts if re.search(r"\baidés?\b", t, re.IGNORECASE)]
    assert "recommence" not in " ".join(texts)


def test_the_german_faults_are_gone() -> None:
    assert _one("kiosk", "de", "Vorige") == "Zurück"
    # "Meer" (the rest of a screen in pages) and "Verder" (the name screen's next step) can
    # share a screen: one word for both ("Weiter") left a resident guessing which is which.
    assert _one("kiosk", "de", "Meer") == "Mehr"
    assert _one("kiosk", "de", "Verder") == "Weiter"
    texts = [t for role in i18n.ROLES for _s, t in translations(role, "de")]
    assert not [t for t in texts if re.search(r"\b(Vorige|Vorher)\b", t)]
    assert _one("kiosk", "de", "Typ de cijfers. Druk dan op Enter.").startswith(
        "Tippen Sie die Ziffern ein."
    )
    assert _one("kiosk", "de", "We drukken je ticket af.") == "Wir drucken Ihr Ticket aus."
    assert not [t for t in texts if "Wartebereich" in t]  # the waiting room is "Warteraum"
