"""Reach from a wheelchair: which part of the kiosk's screen lies 380-1220 mm above the floor.

The kiosk is designed at 1080x1920 (standing up) or 1920x1080 (lying down) pixels and is shown
full screen, so one design pixel is a fixed length on the real glass: the screen's physical
size divided by the design size. The reported DPI of the platform cannot be trusted (offscreen
and many touch panels report 96), so the installer gives the screen's diagonal and the height
of its lower edge above the floor (settings ``kiosk.screen_diagonal_in`` and
``kiosk.screen_bottom_mm``). From those this module says how long a pixel is and which rows of
the design lie within reach (EN 301 549 / EAA: 380-1220 mm), so the kiosk's low layout can keep
every control there and the tests can check it.

Standard library only: the UI and the settings both use it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Lowest and highest point a seated resident reaches comfortably (EN 301 549, ADA, ISO 21542).
REACH_LOW_MM = 380.0
REACH_HIGH_MM = 1220.0
#: The smallest touch target, and the smallest gap between two (WCAG 2.5.8, EN 301 549).
TARGET_MM = 9.0
SPACING_MM = 2.0
#: Design sizes of the two orientations (width, height), in design pixels.
DESIGN_SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
MM_PER_INCH = 25.4


@dataclass(frozen=True, slots=True)
class Band:
    """Rows ``top`` to ``bottom`` (design pixels from the top, both inclusive) are in reach."""

    top: int
    bottom: int

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1

    def holds(self, top: float, bottom: float) -> bool:
        """True when a target from row ``top`` down to (not including) ``bottom`` lies inside."""
        return self.top <= top and bottom <= self.bottom + 1


@dataclass(frozen=True, slots=True)
class ScreenReach:
    """A kiosk screen as mounted: design size, physical diagonal, lower edge above the floor.

    The design is shown full screen with square pixels, so its aspect ratio is the screen's."""

    width_px: int
    height_px: int
    diagonal_in: float
    bottom_mm: float

    @classmethod
    def for_orientation(cls, orientation: str, diagonal_in: float, bottom_mm: float) -> ScreenReach:
        if orientation not in DESIGN_SIZES:
            raise ValueError(f"orientation must be one of {tuple(DESIGN_SIZES)}")
        width, height = DESIGN_SIZES[orientation]
        return cls(width, height, diagonal_in, bottom_mm)

    @property
    def mm_per_px(self) -> float:
        diagonal_px = math.hypot(self.width_px, self.height_px)
        return self.diagonal_in * MM_PER_INCH / diagonal_px

    @property
    def height_mm(self) -> float:
        """The visible screen's height in its orientation (32 inch standing up: 708 mm)."""
        return self.height_px * self.mm_per_px

    @property
    def top_mm(self) -> float:
        return self.bottom_mm + self.height_mm

    def px_to_mm(self, px: float) -> float:
        return px * self.mm_per_px

    def mm_to_px(self, mm: float) -> float:
        return mm / self.mm_per_px

    def above_floor_mm(self, y_px: float) -> float:
        """Height above the floor of design row ``y_px`` (0 is the top of the screen)."""
        return self.bottom_mm + (self.height_px - y_px) * self.mm_per_px

    def band(self) -> Band | None:
        """The rows within reach, or None when no part of the screen is."""
        # Row y spans [y, y+1) px; it is in reach when its whole height is. Round inwards.
        top = math.ceil(self.height_px - self.mm_to_px(REACH_HIGH_MM - self.bottom_mm) - 1e-9)
        bottom = math.floor(self.height_px - self.mm_to_px(REACH_LOW_MM - self.bottom_mm) + 1e-9)
        top, bottom = max(0, top), min(self.height_px, bottom) - 1
        if bottom < top:
            return None
        return Band(top, bottom)

    def whole_screen_in_reach(self) -> bool:
        band = self.band()
        return band is not None and band.top == 0 and band.bottom == self.height_px - 1

    def target_px(self) -> float:
        """The smallest touch target (9 mm) in design pixels."""
        return self.mm_to_px(TARGET_MM)

    def spacing_px(self) -> float:
        return self.mm_to_px(SPACING_MM)
