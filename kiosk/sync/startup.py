"""Why a synced terminal cannot start: a fault the screen words in the terminal's languages
(kiosk/ui/common/startup_problem.py) and a plain English line for the console and the log."""

from __future__ import annotations

import enum


class StartupFault(enum.Enum):
    #: The keyring holds no token for this terminal: it was never enrolled on this machine.
    NO_TOKEN = "no token"
    #: The server cannot be reached and this terminal has never been in touch with it, so it
    #: knows no queue to work on.
    UNKNOWN_SERVER = "unknown server"
    #: The server refuses this terminal's token: it was switched off (revoked).
    REVOKED = "revoked"
    #: The server answered but did not send the queue in time.
    NO_QUEUE = "no queue"
    #: Terminal and server speak different protocol versions, and the terminal has no replica
    #: to work on meanwhile: one of them must be updated.
    OUTDATED = "outdated"


_LOG_MESSAGES = {
    StartupFault.NO_TOKEN: "This terminal has no device token in the keyring. Enroll it again "
    "with 'kiosk enroll --server URL --code CODE'.",
    StartupFault.UNKNOWN_SERVER: "The server {server} cannot be reached, and this terminal has "
    "never been in touch with it. Check the network; it tries again by itself.",
    StartupFault.REVOKED: "The server does not accept this terminal any more (it was switched "
    "off). Enroll it again with a new code.",
    StartupFault.NO_QUEUE: "The server {server} did not send the queue in time.",
    StartupFault.OUTDATED: "This terminal and the server {server} speak different protocol "
    "versions, and it has never synced: update the one that is behind.",
}


class StartupProblem(Exception):
    """A terminal cannot start. ``fault`` says why (the screen words it, with what to do);
    ``log_message`` is the same in English for the console and the log."""

    def __init__(self, fault: StartupFault, server: str) -> None:
        self.fault = fault
        self.server = server
        self.log_message = _LOG_MESSAGES[fault].format(server=server)
        super().__init__(self.log_message)
