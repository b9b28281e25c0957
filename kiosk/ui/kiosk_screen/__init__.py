"""The self-service kiosk where residents take a walk-in ticket or check in for an appointment
(touch, portrait or landscape; a barcode scanner reads appointment letters).

Build it with ``KioskWindow(terminal, printer, orientation)``; see ``window.py``.
"""

from kiosk.ui.kiosk_screen.window import KioskWindow

__all__ = ["KioskWindow"]
