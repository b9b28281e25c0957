"""Every error a use case may raise, in one place for the UI to word.

The UI imports errors from here, never from kiosk.storage: screens know use cases, not tables.
"""

from kiosk.core.counter_lease import CounterTaken
from kiosk.core.queueing import QueueError, Refusal
from kiosk.services.tickets import NumbersUsedUp, ServiceNotOffered
from kiosk.storage.errors import ConcurrentChange, DatabaseUnavailable, NotFound, StorageError


class ServerUnreachable(Exception):
    """The central server did not answer (network down, server stopped, too slow).

    Only terminals that sync raise it, and only for what must happen on the server (a counter
    calling someone); what the terminal can do alone goes on offline."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.log_message = f"server unreachable: {detail}"


class OtherBranchAppointment(Exception):
    """The appointment belongs to another branch than the terminal that asks for it."""

    user_message = "This appointment belongs to another branch."

    def __init__(self, appointment_id: str) -> None:
        super().__init__(appointment_id)
        self.log_message = f"appointment of another branch: {appointment_id}"


class SignedOut(Exception):
    """Nobody is signed in at this counter (any more): the console asks for a sign-in."""

    log_message = "staff session ended"


__all__ = [
    "ConcurrentChange",
    "CounterTaken",
    "DatabaseUnavailable",
    "NotFound",
    "NumbersUsedUp",
    "OtherBranchAppointment",
    "QueueError",
    "Refusal",
    "ServerUnreachable",
    "ServiceNotOffered",
    "SignedOut",
    "StorageError",
]
