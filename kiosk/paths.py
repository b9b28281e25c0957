"""Where things live: bundled resources, the OS data and config folders (platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "kiosk"
ORG = "kiosk"


def resources_dir() -> Path:
    """The bundled resources: ``resources/`` in a source checkout, ``kiosk/_resources`` when
    installed from a wheel (hatch force-include)."""
    installed = Path(__file__).with_name("_resources")
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, ORG))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, ORG))


def default_database_path() -> Path:
    return data_dir() / "kiosk.sqlite3"


def default_config_path() -> Path:
    return config_dir() / "kiosk.toml"
