"""Plain Dutch gate (design/accessibility.md, point 15): a twelve-year-old understands every text.

Every Dutch source text the user can see is collected from the code (no Qt needed):
``tr("…")``, ``self.tr("…")``, ``_tr("…")`` and ``QCoreApplication.translate(ctx, "…")`` in
kiosk/, the demo services' names, descriptions and "bring" texts, the default labels printed on
a ticket and on an appointment confirmation, and the phone's ticket status page. Each text must
pass three rules:

1. every sentence has at most 12 words (exceptions: ``ALLOWED_LONG`` below, with a reason each);
2. a text of two sentences or more scores at least 70 on Flesch-Douma (textstat, language "nl");
3. no officialese from ``OFFICIALESE``.

Placeholders ({name}, %1, %n, %L1) and markup (<b>) do not count as words.
Translators translate the Dutch texts: when you change one here, tell them.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import textstat

ROOT = Path(__file__).resolve().parents[2]
KIOSK = ROOT / "kiosk"

MAX_WORDS = 12
MIN_DOUMA = 70.0

#: Words and phrases of officialese ("ambtelijke taal") with their plain replacement in mind.
OFFICIALESE = (
    "indien",  # als
    "teneinde",  # om
    "derhalve",  # daarom
    "overeenkomstig",  # volgens
    "desgevallend",  # als dat nodig is
    "middels",  # met
    "alsook",  # en
    "ingevolge",  # door
    "dienen te",  # moeten
    "dient te",  # moet
    "gelieve",  # wil je / graag
    "voormeld",
    "voormelde",
    "voornoemd",
    "voornoemde",
    "onderhavig",
    "onderhavige",
    "betreffende",  # over
    "inzake",  # over
    "aldus",  # zo
    "tevens",  # ook
    "reeds",  # al
    "wegens",  # door, omdat
    "omtrent",  # over
    "alvorens",  # voor
    "krachtens",  # volgens
    "conform",  # volgens
    "zulks",  # dat
    "dewelke",  # die
    "hetwelk",  # dat
    "vermits",  # omdat
    "niettegenstaande",  # ondanks
    "desalniettemin",  # toch
    "bijgevolg",  # daarom
    "met betrekking tot",  # over
    "ten behoeve van",  # voor
    "in het kader van",  # bij, voor
    "ter beschikking stellen",  # geven
)

#: Texts that may have a sentence longer than MAX_WORDS, each with the reason. Keep this small.
ALLOWED_LONG: dict[str, str] = {}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n|%s|%d|<[^<>]+>|&(?=\w)")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
#: Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = re.compile(r"\b(bv|bijv|nr|enz|o\.a|m\.a\.w|bvb|vb)\.", re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Text:
    where: str  # "kiosk/ui/kiosk_screen/wording.py:42"
    text: str


def _const_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _tr_texts(path: Path) -> list[Text]:
    """Source texts of tr-style calls in one Python file."""
    rel = path.relative_to(ROOT).as_posix()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        text = None
        if name in ("tr", "_tr") and node.args:
            text = _const_str(node.args[0])
        elif name == "translate" and len(node.args) >= 2:
            text = _const_str(node.args[1])
        if text is not None and text.strip():
            found.append(Text(f"{rel}:{node.lineno}", text))
    return found


def _demo_service_texts() -> list[Text]:
    """Name (index 2), description (index 3) and "bring" text (index 4) of every demo service."""
    path = KIOSK / "storage" / "demo.py"
    rel = path.relative_to(ROOT).as_posix()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.AnnAssign):
            target: ast.AST | None = node.target
        elif isinstance(node, ast.Assign):
            target = node.targets[0]
        else:
            continue
        if isinstance(target, ast.Name) and target.id == "SERVICES":
            assert isinstance(node.value, ast.List)
            for row in node.value.elts:
                assert isinstance(row, ast.Tuple)
                for element in row.elts[2:5]:
                    text = _const_str(element)
                    if text:
                        found.append(Text(f"{rel}:{element.lineno}", text))
    assert found, "demo.py: SERVICES not found"
    return found


def _label_defaults(path: Path) -> list[Text]:
    """String defaults of the ``…Labels`` dataclasses (printed texts)."""
    rel = path.relative_to(ROOT).as_posix()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef) and node.name.endswith("Labels"):
            for item in node.body:
                if isinstance(item, ast.AnnAssign):
                    text = _const_str(item.value)
                    if text:
                        found.append(Text(f"{rel}:{item.lineno}", text))
    assert found, f"{rel}: no Labels defaults found"
    return found


def _status_page_texts() -> list[Text]:
    """The Dutch words of the ticket status page a phone opens (the server has no Qt)."""
    from kiosk.server.status_words import WORDS

    return [Text(f"kiosk/server/status_words.py:{key}", text) for key, text in WORDS["nl"].items()]


def collect_texts() -> list[Text]:
    texts = []
    for path in sorted(KIOSK.rglob("*.py")):
        if "migrations" not in path.parts:
            texts.extend(_tr_texts(path))
    texts.extend(_demo_service_texts())
    texts.extend(_label_defaults(KIOSK / "printing" / "slip.py"))
    texts.extend(_label_defaults(KIOSK / "printing" / "confirmation.py"))
    texts.extend(_status_page_texts())
    return texts


def _clean(text: str) -> str:
    text = _ABBREVIATIONS.sub(lambda m: m.group(1).replace(".", ""), text)
    return " ".join(_PLACEHOLDER.sub(" ", text).split())


def sentences(text: str) -> list[str]:
    parts = _SENTENCE_END.split(_clean(text))
    return [" ".join(p.split()) for p in parts if _WORD.search(p)]


def words(sentence: str) -> list[str]:
    return _WORD.findall(sentence)


def problems(text: str) -> list[str]:
    """What is wrong with one Dutch text; empty when it is plain enough."""
    found = []
    parts = sentences(text)
    if text not in ALLOWED_LONG:
        for sentence in parts:
            count = len(words(sentence))
            if count > MAX_WORDS:
                found.append(f"{count} words in one sentence: {sentence!r}")
    if len(parts) >= 2:
        textstat.set_lang("nl")
        score = textstat.flesch_reading_ease(_clean(text))
        if score < MIN_DOUMA:
            found.append(f"Flesch-Douma {score:.0f} < {MIN_DOUMA:.0f}")
    lowered = " ".join(words(text.lower()))
    for phrase in OFFICIALESE:
        if re.search(rf"\b{re.escape(phrase)}\b", lowered):
            found.append(f"officialese: {phrase!r}")
    return found


TEXTS = collect_texts()


def test_texts_are_found() -> None:
    """The collector sees all kinds of sources (guards against a silently empty gate)."""
    wheres = {t.where.split(":")[0] for t in TEXTS}
    assert len(TEXTS) > 300
    for part in ("kiosk/ui/kiosk_screen/", "kiosk/ui/counter/", "kiosk/ui/display/"):
        assert any(w.startswith(part) for w in wheres), part
    sources = ("kiosk/storage/demo.py", "kiosk/printing/slip.py", "kiosk/server/status_words.py")
    for source in sources:
        assert source in wheres


def test_every_dutch_text_is_plain() -> None:
    failures = [f"{t.where}: {t.text!r}: {'; '.join(p)}" for t in TEXTS if (p := problems(t.text))]
    assert not failures, "Texts that are not plain Dutch:\n" + "\n".join(failures)


def test_allow_list_is_small_and_used() -> None:
    assert len(ALLOWED_LONG) <= 8
    seen = {t.text for t in TEXTS}
    for text, reason in ALLOWED_LONG.items():
        assert reason.strip(), text
        assert text in seen, f"allowed text no longer in the code: {text!r}"


@pytest.mark.parametrize(
    "text",
    [
        "Indien u verhinderd bent, gelieve ons tijdig te verwittigen teneinde de afspraak"
        " te annuleren.",
        # Long words only, two sentences: low Flesch-Douma although each sentence is short.
        "Identiteitsbewijsaanvraagprocedures vereisen gemeentelijke administratieve"
        " verificatiehandelingen. Bevolkingsregisterinschrijvingsformaliteiten"
        " veronderstellen persoonsidentificatiedocumentatie.",
        "Je kan hier een ticket nemen voor de dienst burgerzaken en daarna wacht je rustig"
        " in de wachtzaal tot je nummer op het scherm komt.",
    ],
)
def test_the_gate_rejects_bureaucratic_dutch(text: str) -> None:
    assert problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kan je niet komen? Bel ons of zeg het aan de balie.",
        "Nummer {number}, naar {counter}.",
        "%n mensen voor jou",
    ],
)
def test_the_gate_accepts_plain_dutch(text: str) -> None:
    assert not problems(text)


def test_douma_constants() -> None:
    """textstat applies Douma's formula for Dutch: 206.835 - 0.93 ASL - 77 ASW."""
    textstat.set_lang("nl")
    text = "De kat zit op de mat. Het is een mooie dag."
    asl = textstat.words_per_sentence(text)
    asw = textstat.avg_syllables_per_word(text)
    assert textstat.flesch_reading_ease(text) == pytest.approx(
        206.835 - 0.93 * asl - 77 * asw, abs=0.05
    )
