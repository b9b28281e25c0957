"""Checks of settings that need more than a type: the kiosk's screen mounting (reach) and the
waiting-room screen's size and viewing distance. ``kiosk.config.load_settings`` runs them."""

from __future__ import annotations

from kiosk.config import ConfigError, DisplaySettings, KioskSettings
from kiosk.core.reach import REACH_HIGH_MM, REACH_LOW_MM, ScreenReach

#: The part of the screen within a wheelchair user's reach must hold the bottom bar, the
#: toggles and a screen's worth of controls (with paging): at least this many design pixels.
MIN_REACH_PX = 720


def check_reach(k: KioskSettings) -> None:
    """The screen's size and height make sense, and enough of it is within reach."""
    if not 10 <= k.screen_diagonal_in <= 100:
        raise ConfigError(
            f"kiosk.screen_diagonal_in is {k.screen_diagonal_in:g}: give the screen's diagonal "
            "in inches, between 10 and 100 (a 32 inch screen: 32)."
        )
    if not 0 <= k.screen_bottom_mm <= 2000:
        raise ConfigError(
            f"kiosk.screen_bottom_mm is {k.screen_bottom_mm}: give the height of the screen's "
            "lower edge above the floor in millimetres, between 0 and 2000 (e.g. 850)."
        )
    if k.screen_bottom_mm < REACH_LOW_MM:
        # The help button and the way back sit at the bottom of every screen.
        raise ConfigError(
            f"kiosk.screen_bottom_mm is {k.screen_bottom_mm}: the buttons at the bottom of the "
            f"screen would be lower than {REACH_LOW_MM:.0f} mm, too low to reach from a "
            "wheelchair. Mount the screen higher, or check the setting."
        )
    reach = ScreenReach.for_orientation(k.orientation, k.screen_diagonal_in, k.screen_bottom_mm)
    band = reach.band()
    if band is None or band.height < MIN_REACH_PX:
        raise ConfigError(
            f"kiosk.screen_bottom_mm is {k.screen_bottom_mm}: too little of the screen is "
            f"between {REACH_LOW_MM:.0f} and {REACH_HIGH_MM:.0f} mm above the floor, where "
            "someone in a wheelchair can reach it. Mount the screen lower, or check the setting."
        )


def check_display(d: DisplaySettings) -> None:
    """The waiting-room screen's size and viewing distance make sense."""
    if not 10 <= d.screen_diagonal_in <= 150:
        raise ConfigError(
            f"display.screen_diagonal_in is {d.screen_diagonal_in:g}: give the screen's diagonal "
            "in inches, between 10 and 150 (a 55 inch TV: 55)."
        )
    if not 0.5 <= d.viewing_distance_m <= 30:
        raise ConfigError(
            f"display.viewing_distance_m is {d.viewing_distance_m:g}: give the distance from the "
            "screen to the farthest seat that must read it, in metres, between 0.5 and 30."
        )
