"""The counter's appointment actions done on the server (see kiosk/services/appointment_book.py).

Bookings must meet in one place so two clerks never book the same slot: every write goes to
the server, on behalf of the clerk signed in at the console (the RemoteDesk's session). The
answer carries the appointment's row; it is stored in the replica at once when it belongs to
this branch, and the feed brings it to the branch's other terminals. The day list of this
branch is read from the replica (it works while the server is away); the rest asks the server.
The server shows a terminal only its own branch's appointments (403): the slip of one booked
or moved at another branch is made here, from the server's answer to that booking.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from kiosk.core.appointments import Appointment, DayStatus
from kiosk.core.model import Municipality
from kiosk.core.slots import Slot
from kiosk.services import appointments as uc
from kiosk.services import replica
from kiosk.services.appointment_book import Confirmation, confirmation_of
from kiosk.services.appointments import (
    BookingProblem,
    BookingRefused,
    DayEntry,
    NoShowFigure,
    Resident,
)
from kiosk.services.context import Done, ServiceContext
from kiosk.services.errors import (
    ConcurrentChange,
    NotFound,
    OtherBranchAppointment,
    ServerUnreachable,
    SignedOut,
)
from kiosk.storage import tables as tb
from kiosk.storage.appointment_store import appointment_from_values
from kiosk.storage.rows import branch_from_values, service_from_values
from kiosk.storage.wire import decode_row
from kiosk.sync.link import ServerLink, ServerRefused
from kiosk.sync.remote_desk import RemoteDesk

BASE = "/api/v1/appointments"
#: Bookings made elsewhere that this console remembers for their slip (the last few).
ELSEWHERE_KEPT = 20


class RemoteAppointmentBook:
    def __init__(
        self, ctx: ServiceContext, link: ServerLink, desk: RemoteDesk, branch_id: str
    ) -> None:
        self._ctx = ctx
        self._link = link
        self._desk = desk
        self._branch_id = branch_id
        self._elsewhere: dict[str, Appointment] = {}

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        params: list[tuple[str, Any]] | None = None,
    ) -> Any:
        try:
            return self._link.as_clerk(
                method, BASE + path, self._desk.session(), json=json, params=params
            )
        except ServerRefused as exc:
            detail = exc.detail if isinstance(exc.detail, dict) else {}
            refusal = detail.get("refusal", "")
            if exc.status == 401 and refusal == "signed_out":
                self._desk.signed_out()
                raise SignedOut() from None
            if exc.status == 409 and refusal == "concurrent_change":
                raise ConcurrentChange(path) from None
            if exc.status == 409 and refusal in set(BookingProblem):
                raise BookingRefused(BookingProblem(refusal)) from None
            if exc.status == 404:
                raise NotFound("appointment", path) from None
            if exc.status == 403:
                raise OtherBranchAppointment(path) from None
            raise ServerUnreachable(exc.log_message) from None

    def _stored(self, answer: dict[str, Any]) -> Done[Appointment]:
        row = answer["row"]
        a = appointment_from_values(decode_row(tb.appointments, row))
        changes: tuple[Any, ...] = ()
        if a.branch_id == self._branch_id:
            self._elsewhere.pop(a.id, None)
            changes = replica.apply_rows(
                self._ctx, self._branch_id, {"appointments": [row]}
            ).changes
        else:
            self._elsewhere[a.id] = a
            while len(self._elsewhere) > ELSEWHERE_KEPT:
                del self._elsewhere[next(iter(self._elsewhere))]
        return Done(a, changes)

    def free_slots(
        self,
        service_id: str,
        branch_ids: Sequence[str] | None,
        after: datetime | None,
        *,
        limit: int = 8,
        ignore: str | None = None,
    ) -> list[Slot]:
        params: list[tuple[str, Any]] = [("service_id", service_id), ("limit", limit)]
        params += [("branch_id", b) for b in branch_ids or ()]
        if after is not None:
            params.append(("after", after.isoformat()))
        if ignore is not None:
            params.append(("ignore", ignore))
        found = self._call("GET", "/slots", params=params)
        return [
            Slot(
                s["branch_id"],
                s["counter_id"],
                datetime.fromisoformat(s["starts_at"]),
                s["minutes"],
            )
            for s in found
        ]

    def book(
        self,
        service_id: str,
        branch_id: str,
        starts_at: datetime,
        resident: Resident,
        *,
        counter_id: str | None = None,
        appointment_id: str | None = None,
    ) -> Done[Appointment]:
        body = {
            "id": appointment_id,
            "service_id": service_id,
            "branch_id": branch_id,
            "starts_at": starts_at.isoformat(),
            "counter_id": counter_id,
            "first_name": resident.first_name,
            "family_name": resident.family_name,
            "contact": resident.contact,
            "birth_date": resident.birth_date.isoformat() if resident.birth_date else None,
        }
        return self._stored(self._call("POST", "", json=body))

    def move(
        self,
        appointment_id: str,
        starts_at: datetime,
        *,
        branch_id: str | None = None,
        counter_id: str | None = None,
    ) -> Done[Appointment]:
        body = {
            "starts_at": starts_at.isoformat(),
            "branch_id": branch_id,
            "counter_id": counter_id,
        }
        return self._stored(self._call("POST", f"/{appointment_id}/move", json=body))

    def cancel(self, appointment_id: str) -> Done[Appointment]:
        return self._stored(self._call("POST", f"/{appointment_id}/cancel"))

    def mark_no_show(self, appointment_id: str) -> Done[Appointment]:
        return self._stored(self._call("POST", f"/{appointment_id}/no-show"))

    def day_list(self, branch_id: str, day: date, counter_id: str | None = None) -> list[DayEntry]:
        if branch_id == self._branch_id:  # the replica has this branch's appointments
            return uc.day_list(self._ctx, branch_id, day, counter_id)
        params: list[tuple[str, Any]] = [("branch_id", branch_id), ("day", day.isoformat())]
        if counter_id is not None:
            params.append(("counter_id", counter_id))
        return [
            DayEntry(
                appointment_from_values(decode_row(tb.appointments, e["row"])),
                DayStatus(e["status"]),
                e["service_name"],
                e["ticket_number"],
            )
            for e in self._call("GET", "/day", params=params)
        ]

    def no_show_figures(
        self, branch_ids: Sequence[str] | None, first: date, last: date
    ) -> list[NoShowFigure]:
        params: list[tuple[str, Any]] = [("first", first.isoformat()), ("last", last.isoformat())]
        params += [("branch_id", b) for b in branch_ids or ()]
        return [
            NoShowFigure(f["service_id"], f["service_name"], f["no_shows"], f["due"])
            for f in self._call("GET", "/no-shows", params=params)
        ]

    def confirmation(self, appointment_id: str) -> Confirmation:
        if (made_elsewhere := self._elsewhere.get(appointment_id)) is not None:
            return confirmation_of(self._ctx, made_elsewhere)
        got = self._call("GET", f"/{appointment_id}/confirmation")
        m = got["municipality"]
        return Confirmation(
            appointment_from_values(decode_row(tb.appointments, got["appointment"])),
            service_from_values(decode_row(tb.services, got["service"])),
            branch_from_values(decode_row(tb.branches, got["branch"])),
            Municipality(m["id"], m["name"], m["timezone"], m["phone"], m["website"]),
        )
