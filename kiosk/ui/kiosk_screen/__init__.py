"""The self-service kiosk where residents take a walk-in ticket (touch, portrait or landscape).

Build it with ``KioskWindow(terminal, printer, orientation)``; see ``window.py``.
"""

from kiosk.ui.kiosk_screen.window import KioskWindow

__all__ = ["KioskWindow"]
