"""The settings file's mistakes, said in plain words: a mistyped name gets the nearest known one,
a value of the wrong kind is named the way an admin reads it. And which file a database is."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Literal, get_args, get_origin, get_type_hints

import pytest

from kiosk.config import (
    _LIST_WORDS,
    _TYPE_WORDS,
    ConfigError,
    Settings,
    load_settings,
    sqlite_file,
)


def _refusal(tmp_path: Path, text: str) -> str:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_settings(path)
    return e.value.user_message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "[kiosk]\nreset_afer_s = 30\n",
            "unknown setting [kiosk] reset_afer_s: did you mean reset_after_s?",
        ),
        ("[kiosks]\nreset_after_s = 30\n", "unknown table [kiosks]: did you mean [kiosk]?"),
        ("[dispaly]\nchime = false\n", "unknown table [dispaly]: did you mean [display]?"),
        ("[sever]\nport = 9000\n", "unknown table [sever]: did you mean [server]?"),
        ('databse = "k.sqlite3"\n', "unknown setting databse: did you mean database?"),
        ("[printer]\ncodepage_ = 'cp858'\n", "unknown setting [printer] codepage_: did you mean "),
        (
            "[kiosk]\nvolume = 3\n",
            "unknown setting [kiosk] volume; the README's section 'Settings' lists every one.",
        ),
    ],
)
def test_an_unknown_name_gets_the_nearest_known_one(tmp_path: Path, text: str, said: str) -> None:
    assert _refusal(tmp_path, text).startswith(said)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '[kiosk]\nreset_after_s = "45"\n',
            'kiosk.reset_after_s must be a whole number, not "45".',
        ),
        ("[kiosk]\nreset_after_s = 4.5\n", "kiosk.reset_after_s must be a whole number, not 4.5."),
        (
            "[kiosk]\nreset_after_s = true\n",
            "kiosk.reset_after_s must be a whole number, not true.",
        ),
        ("[kiosk]\nask_priority = 1\n", "kiosk.ask_priority must be true or false, not 1."),
        ('[kiosk]\nscreen_diagonal_in = "32"\n', 'must be a number, not "32".'),
        ("[kiosk]\nspeech_key = 1\n", "kiosk.speech_key must be a text, not 1."),
        ('[kiosk]\nlanguages = "nl"\n', 'kiosk.languages must be a list of texts, not "nl".'),
        ('[kiosk]\nlanguages = ["nl", 2]\n', 'must be a list of texts, not ["nl", 2].'),
        ("[device]\ncounter = false\n", "device.counter must be a whole number, not false."),
        ("kiosk = 3\n", "kiosk must be a table ([kiosk] on a line of its own"),
    ],
)
def test_a_wrong_kind_of_value_is_named_in_plain_words(
    tmp_path: Path, text: str, said: str
) -> None:
    assert said in _refusal(tmp_path, text)


def test_a_whole_number_is_a_number_too(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nscreen_diagonal_in = 43\n", encoding="utf-8")
    assert load_settings(path).kiosk.screen_diagonal_in == 43.0


def test_every_kind_of_setting_has_plain_words() -> None:
    def kinds(cls: type) -> set[type]:
        found: set[type] = set()
        hints = get_type_hints(cls)
        for f in dataclasses.fields(cls):
            hint = hints[f.name]
            if dataclasses.is_dataclass(hint):
                found |= kinds(hint)  # type: ignore[arg-type]
            elif get_origin(hint) is tuple:
                assert get_args(hint)[0] in _LIST_WORDS, f.name
            elif get_origin(hint) is not Literal:
                found |= {a for a in get_args(hint) or (hint,) if a is not type(None)}
        return found

    assert kinds(Settings) <= set(_TYPE_WORDS)


@pytest.mark.parametrize(
    ("database", "file"),
    [
        ("sqlite+pysqlite:////var/lib/kiosk/k.sqlite3", Path("/var/lib/kiosk/k.sqlite3")),
        ("sqlite:///k.sqlite3?timeout=5", Path("k.sqlite3")),
        ("k.sqlite3", Path.cwd() / "k.sqlite3"),
        ("postgresql+psycopg://kiosk@db.zoersel.local/kiosk", None),
        ("sqlite://", None),
        ("sqlite+pysqlite:///:memory:", None),
    ],
)
def test_which_file_a_database_is(database: str, file: Path | None) -> None:
    assert sqlite_file(database) == file
