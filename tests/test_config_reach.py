"""The screen's size and mounting height in the settings: defaults, and bad values refused in
plain words."""

from __future__ import annotations

import pytest

from kiosk.config import ConfigError, KioskSettings, load_settings


def _load(tmp_path, text: str):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


def test_defaults_are_a_32_inch_screen_850_mm_above_the_floor() -> None:
    k = KioskSettings()
    assert (k.screen_diagonal_in, k.screen_bottom_mm) == (32.0, 850)


def test_the_settings_file_gives_them(tmp_path) -> None:
    k = _load(tmp_path, "[kiosk]\nscreen_diagonal_in = 43\nscreen_bottom_mm = 700\n").kiosk
    assert (k.screen_diagonal_in, k.screen_bottom_mm) == (43.0, 700)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("screen_diagonal_in = 3", "between 10 and 100"),
        ('screen_diagonal_in = "32 inch"', 'must be a number, not "32 inch"'),
        ("screen_bottom_mm = -5", "between 0 and 2000"),
        ("screen_bottom_mm = 85.0", "must be a whole number, not 85.0"),
        ("screen_bottom_mm = 300", "too low to reach from a wheelchair"),
        ("screen_bottom_mm = 1000", "too little of the screen"),
    ],
)
def test_bad_values_are_refused_in_plain_words(tmp_path, text, words) -> None:
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, f"[kiosk]\n{text}\n")
    assert words in caught.value.user_message
    assert "kiosk.screen_" in caught.value.user_message


def test_lying_down_a_higher_mounting_still_leaves_enough_within_reach(tmp_path) -> None:
    k = _load(tmp_path, '[kiosk]\norientation = "landscape"\nscreen_bottom_mm = 950\n').kiosk
    assert k.screen_bottom_mm == 950
