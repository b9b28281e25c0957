"""A keyring backend for test processes: entries in a JSON file named by KIOSK_TEST_KEYRING.

Terminal processes started by the end-to-end tests select it with
PYTHON_KEYRING_BACKEND=tests.keyring_for_tests.SessionKeyring (CI has no desktop keyring).
The product itself refuses plain-text keyrings; this one lives only in tests/ and only ever
holds throw-away tokens of a test server.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class SessionKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["KIOSK_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        p = self._path()
        return json.loads(p.read_text()) if p.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(data))
