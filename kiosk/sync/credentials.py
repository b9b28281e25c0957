"""The device token, and a kiosk's check-in secret, kept in the OS keyring (Windows Credential
Manager, macOS Keychain, Secret Service on Linux), never in a settings file or the replica.

Pitfall: on a Linux machine without a desktop, keyring finds no backend at all. A plain-text
keyring (keyrings.alt) would "work" but keeps the token readable on disk, so it is refused
unless the administrator asks for it explicitly.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

SERVICE = "kiosk"


class CredentialsError(Exception):
    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.log_message = f"credentials: {user_message}"


def _account(server_url: str, device_id: str) -> str:
    # One entry per server and device: several terminals may run on one machine (a counter PC
    # that also drives the waiting-room TV), each with its own token.
    return f"device-token:{server_url.rstrip('/')}:{device_id}"


def _usable_backend(allow_plaintext: bool) -> KeyringBackend:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith("keyring.backends.fail"):
        raise CredentialsError(
            "This computer has no safe place for passwords (no keyring). Install or unlock one "
            "(on Linux: gnome-keyring or KWallet) and try again."
        )
    if "plaintext" in name.lower() and not allow_plaintext:
        raise CredentialsError(
            "The keyring on this computer keeps passwords as plain text. Use a real keyring, "
            "or allow this on purpose with --allow-plaintext-keyring."
        )
    return backend


def check_keyring(*, allow_plaintext: bool = False) -> None:
    """Raise CredentialsError if a token could not be kept safely. Call it before using up a
    one-time code, so a machine without a keyring does not burn the code."""
    _usable_backend(allow_plaintext)


def store_device_token(
    server_url: str, token: str, *, device_id: str, allow_plaintext: bool = False
) -> None:
    _keep(_account(server_url, device_id), token, "token", allow_plaintext)


def load_device_token(server_url: str, device_id: str) -> str | None:
    return _read(_account(server_url, device_id))


def _secret_account(server_url: str, device_id: str) -> str:
    return f"check-in-secret:{server_url.rstrip('/')}:{device_id}"


def store_check_in_secret(server_url: str, device_id: str, secret: str) -> None:
    """Keep a kiosk's check-in secret (kiosk.core.appointments.code_key) where its token is:
    in the keyring the administrator accepted at enrollment, a plain-text one included."""
    _keep(_secret_account(server_url, device_id), secret, "check-in secret", True)


def load_check_in_secret(server_url: str, device_id: str) -> str | None:
    return _read(_secret_account(server_url, device_id))


def _keep(account: str, value: str, what: str, allow_plaintext: bool) -> None:
    backend = _usable_backend(allow_plaintext)
    try:
        backend.set_password(SERVICE, account, value)
    except KeyringError as exc:
        raise CredentialsError(f"The keyring refused to keep the {what}: {exc}") from exc


def _read(account: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError:
        return None
