"""Typed storage errors. Storage raises these; it never talks to the user.

Each error has a ``log_message`` for the logs; the UI maps the type to plain words.
"""

from __future__ import annotations


class StorageError(Exception):
    log_message = "storage error"


class NotFound(StorageError):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"{what} {ident} not found")
        self.what = what
        self.ident = ident
        self.log_message = f"{what} not found: {ident}"


class ConcurrentChange(StorageError):
    """Someone else changed the record first (two counters calling the same ticket)."""

    def __init__(self, ident: str) -> None:
        super().__init__(f"record {ident} was changed by someone else")
        self.ident = ident
        self.log_message = f"concurrent change on {ident}"


class DatabaseUnavailable(StorageError):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.log_message = f"database unavailable: {detail}"
