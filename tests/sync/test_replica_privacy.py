"""Terminals hold no more personal data than they need (issue 10, point 6; README, "Privacy").

Against a real server on loopback: after a day with appointments (booked at a counter, checked
in at the kiosk by name and by code), no table of a kiosk's or a display's replica holds a
name, contact, birth date, match key, booking reference or the check-in secret; a counter's
holds residents' names only while a clerk is signed in there; replicas drop days gone by; a
kiosk cannot be used to try names; replica files are for their OS user only.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import inspect, select, text

from kiosk import paths
from kiosk.core.appointments import AppointmentState, CheckInVerdict
from kiosk.core.model import DeviceRole
from kiosk.core.ports import FakeClock
from kiosk.services import check_in, devices
from kiosk.services.appointments import Resident
from kiosk.services.check_in import CheckInUnavailable
from kiosk.services.context import ServiceContext
from kiosk.storage import sync_store
from kiosk.storage import tables as tb
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import TOWN_HALL, service_id
from kiosk.sync.agent import SyncAgent, SyncOptions
from tests.sync.conftest import STAFF, MakeTerminal, SyncedTerminal
from tests.sync.proxy import CuttableLink
from tests.sync.test_appointments_sync import kiosk_check_in, replica_appointment
from tests.sync.test_sync import wait_until

WANNES = Resident("Wannes", "Van den Broeck", "0470 12 34 56", date(1950, 4, 2))
YSALINE = Resident("Ysaline", "Janssens", "ysaline.janssens@example.be", date(1970, 5, 6))


def replica_values(t: SyncedTerminal) -> list[tuple[str, str, str]]:
    """(table, column, value as text) for every value of every row of every table."""
    out = []
    with t.ctx.db.read() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')).mappings():
                out += [(table, col, str(v)) for col, v in row.items() if v is not None]
    return out


def leaks(t: SyncedTerminal, secrets: Iterable[str]) -> list[str]:
    wanted = [s for s in secrets if s]
    return [
        f"{table}.{col} holds {s!r}"
        for table, col, value in replica_values(t)
        for s in wanted
        if s.casefold() in value.casefold()
    ]


def personal_values(ctx: ServiceContext) -> list[str]:
    """Everything of the server's appointments a public terminal must never hold."""
    with ctx.db.read() as conn:
        rows = conn.execute(select(tb.appointments)).mappings().all()
    out = [check_in.check_in_secret(ctx)]
    for r in rows:
        out += [r["first_name"], r["family_name"], r["contact"], r["reference"]]
        out += [r["match_key"] or "", r["birth_date"].isoformat() if r["birth_date"] else ""]
    return out


def file_bytes(folder: Path, name: str) -> bytes:
    """The replica's database file with its write-ahead log, as bytes on disk."""
    return b"".join(p.read_bytes() for p in sorted(folder.glob(f"replica-{name}.sqlite3*")))


def first_slot(t: SyncedTerminal):  # type: ignore[no-untyped-def]
    return t.appointments.free_slots(service_id("passport"), [TOWN_HALL], None, limit=1)[0]


def test_after_a_day_of_check_ins_kiosk_and_display_hold_nothing_personal(
    ctx: ServiceContext, make_terminal: MakeTerminal, clock: FakeClock, base: str, tmp_path: Path
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    link = CuttableLink(int(base.rsplit(":", 1)[1])).up()
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil", url=link.url)
    display = make_terminal(DeviceRole.DISPLAY, "wachtzaal")
    kiosk.agent.lease_now()
    slot = first_slot(counter)
    book = counter.appointments
    wannes = book.book(service_id("passport"), TOWN_HALL, slot.starts_at, WANNES).value
    ysaline = book.book(service_id("passport"), TOWN_HALL, slot.starts_at, YSALINE).value
    for t in (kiosk, display):
        wait_until(lambda t=t: replica_appointment(t, ysaline.id) is not None)
    desk = kiosk_check_in(kiosk)

    # Wannes gives his name and birth date (the server finds him); Ysaline types her code
    # while the network is down.
    clock.set(slot.starts_at)
    [found] = desk.find_by_name(TOWN_HALL, "VAN DEN BROECK", date(1950, 4, 2))
    assert desk.choose(TOWN_HALL, found.appointment_id).value.verdict is CheckInVerdict.OK
    link.cut()
    typed = f"{ysaline.reference[:3].lower()}-{ysaline.reference[3:].lower()}"
    assert desk.by_code(TOWN_HALL, typed).value.verdict is CheckInVerdict.OK
    link.up()
    kiosk.agent.push_soon()
    for t in (kiosk, display, counter):
        for a in (wannes, ysaline):
            wait_until(
                lambda t=t, a=a: (
                    (got := replica_appointment(t, a.id)) is not None
                    and got.state is AppointmentState.CHECKED_IN
                ),
                timeout_s=15,
            )
    link.cut()

    secrets = personal_values(ctx)
    assert leaks(kiosk, secrets) == []
    assert leaks(display, secrets) == []
    # The search is real: the signed-in counter's replica has what the others must not.
    assert {"Wannes", "Van den Broeck", "0470 12 34 56", "1950-04-02"} <= {
        s for s in secrets if leaks(counter, [s])
    }
    for t in (kiosk, display):
        t.agent.stop()
        t.ctx.db.engine.dispose()  # the write-ahead log goes into the file
        on_disk = file_bytes(tmp_path, t.name)
        assert [s for s in secrets if s.encode() in on_disk] == []


def test_a_counter_holds_names_only_while_a_clerk_is_signed_in(
    ctx: ServiceContext, make_terminal: MakeTerminal, tmp_path: Path
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    other = make_terminal(DeviceRole.COUNTER, "loket-2")
    slot = first_slot(counter)
    wannes = counter.appointments.book(service_id("passport"), TOWN_HALL, slot.starts_at, WANNES)
    a = wannes.value
    wait_until(lambda: replica_appointment(other, a.id) is not None)
    assert replica_appointment(other, a.id).family_name == "Van den Broeck"

    # The clerk signs out: the names go at once, not at some later sync.
    other.desk.sign_out()
    gone = replica_appointment(other, a.id)
    assert (gone.first_name, gone.family_name, gone.contact, gone.birth_date) == ("", "", "", None)
    assert gone.reference != a.reference and gone.match_key is None
    # What is booked meanwhile arrives without names.
    ysaline = counter.appointments.book(service_id("passport"), TOWN_HALL, slot.starts_at, YSALINE)
    wait_until(lambda: replica_appointment(other, ysaline.value.id) is not None)
    assert replica_appointment(other, ysaline.value.id).family_name == ""
    # A stolen counter PC, its token without a clerk, gets no names either.
    rows = other.link.snapshot().rows["appointments"]
    page = other.link.feed(0, 0).changes
    assert leaks_in([*rows, *(c.row for c in page if c.record == "appointments")]) == []
    assert leaks_in(other.link.snapshot("not-a-session").rows["appointments"]) == []

    # Signed in again: the names are there at once.
    other.desk.sign_in(*STAFF)
    assert replica_appointment(other, a.id).family_name == "Van den Broeck"
    assert replica_appointment(other, ysaline.value.id).contact == YSALINE.contact
    assert replica_appointment(other, a.id).reference == a.reference

    # Signed out for good: nothing of them stays in the file, not in its free pages either.
    other.desk.sign_out()
    other.agent.stop()
    other.ctx.db.engine.dispose()  # the write-ahead log goes into the file
    on_disk = file_bytes(tmp_path, "loket-2")
    assert b"Van den Broeck" not in on_disk and b"Ysaline" not in on_disk
    assert b"Van den Broeck" in file_bytes(tmp_path, "loket-1")  # the search is real


def leaks_in(rows: list[dict[str, object]]) -> list[str]:
    personal = ("first_name", "family_name", "contact", "birth_date", "match_key", "reference")
    return [f"{r['id']}: {k}" for r in rows for k in personal if r[k] not in ("", None)]


def test_replicas_drop_appointments_of_days_gone_by(
    ctx: ServiceContext, make_terminal: MakeTerminal, clock: FakeClock
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil")
    today = counter.appointments.book(
        service_id("passport"), TOWN_HALL, first_slot(counter).starts_at, WANNES
    ).value
    wait_until(lambda: replica_appointment(kiosk, today.id) is not None)

    # The next morning, at start, yesterday's appointment is gone from the replica...
    kiosk.agent.stop()
    clock.set(clock.now() + timedelta(days=1))
    again = SyncAgent(
        kiosk.ctx,
        kiosk.link,
        TOWN_HALL,
        issues_tickets=True,
        options=SyncOptions(wait_s=5, max_retry_s=0.3, numbers_ahead=50),
    ).start()
    try:
        assert replica_appointment(kiosk, today.id) is None
        # ...and a fresh snapshot (it has yesterday's tickets) does not bring it back.
        fresh = make_terminal(DeviceRole.KIOSK, "zuil-2")
        assert replica_appointment(fresh, today.id) is None
        # A terminal that runs through the night drops it too.
        wait_until(lambda: replica_appointment(counter, today.id) is None, timeout_s=15)
    finally:
        again.stop()


def test_a_kiosk_cannot_be_used_to_try_names(
    ctx: ServiceContext, make_terminal: MakeTerminal, clock: FakeClock, base: str
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil")
    slot = first_slot(counter)
    counter.appointments.book(service_id("passport"), TOWN_HALL, slot.starts_at, WANNES)
    clock.set(slot.starts_at)
    desk = kiosk_check_in(kiosk)
    assert len(desk.find_by_name(TOWN_HALL, "Van den Broeck", date(1950, 4, 2))) == 1

    # Residents mistype; a script tries millions, all at once: 30 misses, then a pause.
    def miss(year: int) -> str:
        try:
            return repr(desk.find_by_name(TOWN_HALL, "Van den Broeck", date(year, 1, 1)))
        except CheckInUnavailable:
            return "refused"

    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(miss, range(1900, 1950)))
    assert (answers.count("[]"), answers.count("refused")) == (30, 20)
    with pytest.raises(CheckInUnavailable):  # the kiosk says: ask at the desk
        desk.find_by_name(TOWN_HALL, "Van den Broeck", date(1950, 4, 2))
    # Only kiosks search by name or get the check-in secret.
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.DISPLAY, "Scherm").value
    display = {"Authorization": f"Bearer {devices.enroll_device(ctx, added.code).value.token}"}
    body = {"family_name": "Van den Broeck", "birth_date": "1950-04-02"}
    url = f"{base}/api/v1/check-in"
    assert requests.post(f"{url}/find", json=body, headers=display, timeout=10).status_code == 403
    assert requests.get(f"{url}/secret", headers=display, timeout=10).status_code == 403


@pytest.mark.skipif(os.name == "nt", reason="Windows keeps a user's profile folder private")
def test_replica_files_are_for_their_os_user_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data" / "kiosk"
    monkeypatch.setattr(paths, "data_dir", lambda: data)

    def modes(folder: Path) -> dict[str, int]:
        return {p.name: stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.iterdir()]}

    engine = open_database(sqlite_url(data / "replica.sqlite3"))
    with engine.begin() as conn:  # the write-ahead log and its index are made now
        conn.execute(text("CREATE TABLE t (x)"))
    assert modes(data) == {
        "kiosk": 0o700,
        "replica.sqlite3": 0o600,
        "replica.sqlite3-wal": 0o600,
        "replica.sqlite3-shm": 0o600,
    }
    engine.dispose()

    # Made by an older version, readable for every user of the machine: narrowed.
    data.chmod(0o755)
    (data / "replica.sqlite3").chmod(0o644)
    engine = open_database(sqlite_url(data / "replica.sqlite3"))
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
    assert set(modes(data).values()) == {0o700, 0o600}
    engine.dispose()

    # A folder the administrator chose is theirs to set; the file is private all the same.
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    open_database(sqlite_url(shared / "kiosk.sqlite3")).dispose()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "kiosk.sqlite3").stat().st_mode) == 0o600


def test_server_processes_that_race_keep_one_check_in_secret(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = check_in.check_in_secret(ctx)
    ctx.forget_cached()
    assert check_in.check_in_secret(ctx) == first
    # Another process stored its secret between our look and our insert: we take its one.
    real = sync_store.get_state
    looks = iter([None])
    monkeypatch.setattr(sync_store, "get_state", lambda conn, key: next(looks, real(conn, key)))
    with ctx.db.write() as conn:
        assert sync_store.kept_secret(conn, check_in.SECRET_KEY, "mine") == first
