"""Every error a use case may raise, in one place for the UI to word.

The UI imports errors from here, never from kiosk.storage: screens know use cases, not tables.
"""

from kiosk.core.queueing import QueueError, Refusal
from kiosk.services.tickets import ServiceNotOffered
from kiosk.storage.errors import ConcurrentChange, DatabaseUnavailable, NotFound, StorageError

__all__ = [
    "ConcurrentChange",
    "DatabaseUnavailable",
    "NotFound",
    "QueueError",
    "Refusal",
    "ServiceNotOffered",
    "StorageError",
]
