"""The counter console: a clerk (or a library volunteer) calls and serves residents.

Build it with ``CounterWindow(terminal, counter_number=None)``.
"""

from kiosk.ui.counter.window import CounterWindow

__all__ = ["CounterWindow"]
