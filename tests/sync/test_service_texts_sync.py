"""The services' texts in other languages travel with the catalogue: a terminal's replica has
them from its snapshot, and an admin's change (or removal) reaches it without a restart."""

from __future__ import annotations

from kiosk.core.model import DeviceRole
from kiosk.services.context import ServiceContext
from kiosk.services.service_texts import remove_service_text, set_service_text
from kiosk.storage import catalogue_store
from kiosk.storage.demo import service_id
from tests.sync.conftest import MakeTerminal, SyncedTerminal
from tests.sync.test_sync import wait_until


def _name(t: SyncedTerminal, code: str, lang: str) -> str:
    with t.ctx.db.read() as conn:
        return catalogue_store.service(conn, service_id(code)).in_language(lang).name


def test_a_kiosk_gets_the_texts_and_every_change_of_them(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil")
    display = make_terminal(DeviceRole.DISPLAY, "wachtzaal", "bib-halle")
    for t in (kiosk, display):
        assert _name(t, "passport", "fr") == "Passeport"
        assert _name(t, "eid", "ar") == "بطاقة الهوية"

    set_service_text(ctx, "passport", "fr", name="Passeport (voyage)")
    for t in (kiosk, display):
        wait_until(lambda t=t: _name(t, "passport", "fr") == "Passeport (voyage)", 15)  # type: ignore[misc]

    # A removed text disappears from the replicas too: the kiosk shows Dutch again.
    remove_service_text(ctx, "passport", "fr")
    for t in (kiosk, display):
        wait_until(lambda t=t: _name(t, "passport", "fr") == "Reispas", 15)  # type: ignore[misc]
    assert _name(kiosk, "passport", "de") == "Reisepass"
