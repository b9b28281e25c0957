"""``python -m kiosk.cli``: what the installed ``kiosk`` command runs."""

from kiosk.cli.main import main

if __name__ == "__main__":  # importing it (as the architecture test does) runs nothing
    raise SystemExit(main())
