"""Where python-escpos keeps its printer database between starts.

python-escpos reads its printer database (a 500 kB YAML file) when it is imported and caches it
as a pickle, by default in a new temporary folder made at every import (``mkdtemp``): so every
start of a kiosk parsed the YAML again (half a second before the first screen) and left one
more empty-but-for-a-pickle folder in the temporary folder. Its
``ESCPOS_CAPABILITIES_PICKLE_DIR`` names a lasting folder instead.

Pitfall: a pickle runs code when loaded. The folder is this OS user's own cache folder, made
for this user only (0700); a shared folder such as /tmp would let another user plant one. When
no such folder can be made, python-escpos keeps its own behaviour.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def keep_capabilities_between_starts() -> None:
    """Point python-escpos at this user's cache folder; call before importing escpos. An
    administrator's own ``ESCPOS_CAPABILITIES_PICKLE_DIR`` is left as it is."""
    if os.environ.get(ENV):
        return
    folder = Path(platformdirs.user_cache_dir("kiosk", "kiosk")) / "escpos"
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            os.environ[ENV] = str(folder)
