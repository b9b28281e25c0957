"""Reach from a wheelchair (kiosk/core/reach.py): pixels to millimetres, and the band of design
rows that lies 380-1220 mm above the floor for a screen as mounted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.reach import REACH_HIGH_MM, REACH_LOW_MM, ScreenReach

orientations = st.sampled_from(["portrait", "landscape"])
diagonals = st.floats(min_value=10, max_value=100, allow_nan=False)
bottoms = st.floats(min_value=0, max_value=2500, allow_nan=False)


def test_a_32_inch_screen_standing_up_at_850_mm() -> None:
    reach = ScreenReach.for_orientation("portrait", 32, 850)
    assert reach.height_mm == pytest.approx(708.4, abs=0.1)
    assert reach.target_px() == pytest.approx(24.4, abs=0.1)  # 9 mm
    band = reach.band()
    assert band is not None
    # 1220 - 850 = 370 mm of the screen within reach: its lower 1002 rows.
    assert (band.top, band.bottom) == (918, 1919)
    assert not reach.whole_screen_in_reach()


def test_lying_down_or_mounted_low_the_whole_screen_is_within_reach() -> None:
    assert ScreenReach.for_orientation("portrait", 32, 500).whole_screen_in_reach()
    lying = ScreenReach.for_orientation("landscape", 32, 850)
    assert lying.height_mm == pytest.approx(398.5, abs=0.1)
    assert lying.band() is not None and lying.band().top == 78


def test_a_screen_out_of_reach_has_no_band() -> None:
    assert ScreenReach.for_orientation("portrait", 32, 1300).band() is None
    assert ScreenReach.for_orientation("portrait", 15, 0).band() is None
    with pytest.raises(ValueError):
        ScreenReach.for_orientation("sideways", 32, 850)


@given(orientations, diagonals, st.floats(min_value=0, max_value=3000, allow_nan=False))
def test_millimetres_and_pixels_convert_both_ways(orientation, diagonal, px) -> None:
    reach = ScreenReach.for_orientation(orientation, diagonal, 850)
    assert reach.mm_to_px(reach.px_to_mm(px)) == pytest.approx(px, rel=1e-9, abs=1e-9)
    # Square pixels: the diagonal in pixels is the diagonal in inches.
    diagonal_px = (reach.width_px**2 + reach.height_px**2) ** 0.5
    assert reach.px_to_mm(diagonal_px) == pytest.approx(diagonal * 25.4)


@given(orientations, diagonals, bottoms)
def test_every_row_of_the_band_is_within_reach_and_the_rows_next_to_it_are_not(
    orientation, diagonal, bottom
) -> None:
    reach = ScreenReach.for_orientation(orientation, diagonal, bottom)
    band = reach.band()
    if band is None:
        # Then no row of the screen is wholly within reach.
        for y in (0, reach.height_px // 2, reach.height_px - 1):
            row_top, row_bottom = reach.above_floor_mm(y), reach.above_floor_mm(y + 1)
            assert row_top > REACH_HIGH_MM + 1e-6 or row_bottom < REACH_LOW_MM - 1e-6
        return
    assert 0 <= band.top <= band.bottom < reach.height_px
    eps = 1e-6
    # The top edge of the first row and the bottom edge of the last row are within reach.
    assert reach.above_floor_mm(band.top) <= REACH_HIGH_MM + eps
    assert reach.above_floor_mm(band.bottom + 1) >= REACH_LOW_MM - eps
    # The rows just outside are not (unless the band ends at the screen's edge).
    if band.top > 0:
        assert reach.above_floor_mm(band.top - 1) > REACH_HIGH_MM - eps
    if band.bottom < reach.height_px - 1:
        assert reach.above_floor_mm(band.bottom + 2) < REACH_LOW_MM + eps
    assert band.holds(band.top, band.bottom + 1)
    assert not band.holds(band.top - 1, band.bottom)


@given(orientations, diagonals, bottoms, st.floats(min_value=1, max_value=300))
def test_a_higher_screen_has_its_band_higher_up_on_the_glass(
    orientation, diagonal, bottom, raise_mm
) -> None:
    low = ScreenReach.for_orientation(orientation, diagonal, bottom).band()
    high = ScreenReach.for_orientation(orientation, diagonal, bottom + raise_mm).band()
    if low is not None and high is not None:
        # Lifting the screen moves the reachable part towards its bottom: never up the glass.
        assert high.top >= low.top and high.bottom >= low.bottom
