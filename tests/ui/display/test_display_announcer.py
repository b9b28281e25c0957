"""The announcer: a chime, then the sentence, one call after the other; never stuck."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.core.model import Call
from kiosk.paths import resources_dir
from kiosk.ui.display import announcer as announcer_module
from kiosk.ui.display.announcer import SilentAnnouncer, SpeechAnnouncer, spoken_number

CHIME = resources_dir() / "sounds" / "chime.wav"


def a_call(number: str, counter: str = "Loket 3", recall: bool = False) -> Call:
    return Call(
        id=f"call-{number}-{recall}",
        branch_id="branch",
        ticket_id=f"ticket-{number}",
        ticket_number=number,
        counter_id="counter",
        counter_number=3,
        counter_name=counter,
        service_id="service",
        at=datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
        recall=recall,
    )


def record(announcer):  # type: ignore[no-untyped-def]
    events: list[tuple[str, str]] = []
    announcer.started.connect(lambda c: events.append(("started", c.ticket_number)))
    announcer.finished.connect(lambda c: events.append(("finished", c.ticket_number)))
    return events


@pytest.mark.parametrize(
    ("number", "said"), [("A012", "A 12"), ("P100", "P 100"), ("A1000", "A 1000"), ("M007", "M 7")]
)
def test_a_ticket_number_is_said_as_a_letter_and_a_number(number, said):
    assert spoken_number(number) == said


def test_the_voice_says_the_number_and_the_counter_after_the_chime(qtbot):
    # This machine has no audio output: the chime is skipped but its time is still waited.
    speech = SpeechAnnouncer("nl", CHIME, speech_enabled=True, chime_enabled=True, engine="mock")
    events = record(speech)

    speech.announce(a_call("A012"))

    qtbot.waitUntil(lambda: ("finished", "A012") in events, timeout=10_000)
    assert events == [("started", "A012"), ("finished", "A012")]
    assert speech.last_spoken_text == "Nummer A 12, naar Loket 3."
    assert speech.idle()


def test_two_calls_are_announced_one_after_the_other_in_order(qtbot):
    speech = SpeechAnnouncer("nl_BE", None, speech_enabled=True, chime_enabled=False, engine="mock")
    events = record(speech)
    spoken: list[str] = []
    speech.finished.connect(lambda c: spoken.append(speech.last_spoken_text))

    speech.announce(a_call("A012"))
    speech.announce(a_call("P003", counter="Loket 1", recall=True))

    qtbot.waitUntil(speech.idle, timeout=10_000)
    assert events == [
        ("started", "A012"),
        ("finished", "A012"),
        ("started", "P003"),
        ("finished", "P003"),
    ]
    assert spoken == ["Nummer A 12, naar Loket 3.", "Nummer P 3, nog eens naar Loket 1."]


def test_a_voice_that_cannot_start_still_lets_every_call_through(qtbot):
    speech = SpeechAnnouncer("nl", None, speech_enabled=True, chime_enabled=False, engine="nope")
    events = record(speech)

    speech.announce(a_call("A001"))
    speech.announce(a_call("A002"))

    qtbot.waitUntil(speech.idle, timeout=10_000)
    assert [e for e in events if e[0] == "finished"] == [("finished", "A001"), ("finished", "A002")]


class _StuckVoice:
    """A speech engine that accepts the text and then never reports back."""

    def say(self, text: str) -> None:
        pass

    def state(self):  # type: ignore[no-untyped-def]
        from PySide6.QtTextToSpeech import QTextToSpeech

        return QTextToSpeech.State.Ready

    def stop(self) -> None:
        pass


def test_a_voice_that_hangs_is_given_up_on_by_the_watchdog(qtbot, monkeypatch):
    monkeypatch.setattr(announcer_module, "WATCHDOG_MS", 300)
    monkeypatch.setattr(SpeechAnnouncer, "_make_voice", lambda self, engine: _StuckVoice())
    speech = SpeechAnnouncer("nl", None, speech_enabled=True, chime_enabled=False)
    events = record(speech)

    speech.announce(a_call("A001"))
    speech.announce(a_call("A002"))

    qtbot.waitUntil(speech.idle, timeout=5_000)
    assert [e for e in events if e[0] == "finished"] == [("finished", "A001"), ("finished", "A002")]


def test_the_silent_announcer_keeps_the_order(qtbot):
    silent = SilentAnnouncer(duration_ms=10)
    events = record(silent)

    for n in ("A001", "P001", "V001"):
        silent.announce(a_call(n))

    qtbot.waitUntil(silent.idle, timeout=5_000)
    assert [n for kind, n in events if kind == "started"] == ["A001", "P001", "V001"]
    assert [n for kind, n in events if kind == "finished"] == ["A001", "P001", "V001"]
