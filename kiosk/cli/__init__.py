"""The ``kiosk`` command, one module per command group: the terminals (demo, run,
screenshots), the server, enrollment and the admin commands. kiosk.cli.main parses and
dispatches; each group adds its own parsers and runs its own commands."""

from kiosk.cli.main import main

__all__ = ["main"]
