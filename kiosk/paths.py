"""Where things live: bundled resources, the OS data and config folders (platformdirs).

The data folder holds terminals' replicas, with residents' data in them: folders this app makes
for data are for its OS user only (0700, see ``private_dir``). On Windows the user's profile
folder, where the data folder is, already is private: nothing is changed there.
"""

from __future__ import annotations

import contextlib
import os
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


def private_dir(path: Path) -> None:
    """Make ``path`` and its missing parents, each for this OS user only (0700). The app's own
    data folder is narrowed to 0700 if an older version made it readable for all; a folder the
    administrator chose that exists already (/srv/kiosk, /tmp) is left as it is."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)  # the umask may narrow it, never widen
    if os.name == "nt" or path.resolve() != data_dir().resolve():
        return
    with contextlib.suppress(OSError):  # not ours to change: leave it, the files are 0600
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, ORG))


def default_database_path() -> Path:
    return data_dir() / "kiosk.sqlite3"


def default_config_path() -> Path:
    return config_dir() / "kiosk.toml"
