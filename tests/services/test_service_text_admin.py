"""Service texts per language, as an admin sets them: stored, read with every service, sent to
every branch as a catalogue change; the demo has them for every service in every language."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.core.changes import ChangeKind
from kiosk.services import opening, tickets
from kiosk.services.catalogue import branch_catalogue
from kiosk.services.errors import NotFound
from kiosk.services.service_texts import (
    BadServiceText,
    all_service_texts,
    remove_service_text,
    set_service_text,
)
from kiosk.storage import catalogue_store as store
from kiosk.storage import tables as tb
from kiosk.storage.demo import BRANCHES, SERVICES, TOWN_HALL, service_id
from kiosk.storage.demo_texts import DEMO_TEXTS


def _passport(ctx):  # type: ignore[no-untyped-def]
    with ctx.db.read() as conn:
        return store.service(conn, service_id("passport"))


def test_the_demo_has_every_service_in_every_kiosk_language(ctx) -> None:
    services = all_service_texts(ctx)
    assert {s.code for s in services} == {code for code, *_ in SERVICES}
    for svc in services:
        assert {t.lang for t in svc.texts} == {"fr", "en", "de", "ar"}, svc.code
        for t in svc.texts:
            assert t.name and t.description and t.bring, (svc.code, t.lang)
            assert t.name != svc.name or t.lang == "en", (svc.code, t.lang)
    eid = next(s for s in services if s.code == "eid")
    assert eid.in_language("fr").name == "Carte d'identité"
    assert eid.in_language("ar").name == "بطاقة الهوية"
    assert eid.in_language("nl").name == "Identiteitskaart"


def test_every_reader_of_services_carries_the_texts(ctx) -> None:
    sid = service_id("passport")
    want = DEMO_TEXTS["passport"]["de"][0]
    with ctx.db.read() as conn:
        assert store.service(conn, sid).in_language("de").name == want
        offered = store.offered_service(conn, TOWN_HALL, sid)
        assert offered is not None and offered.in_language("de").name == want
        by_branch = {s.id: s for s in store.services_of_branch(conn, TOWN_HALL)}
        assert by_branch[sid].in_language("de").name == want
    cat = branch_catalogue(ctx, TOWN_HALL)
    assert cat.service(sid).in_language("de").name == want  # type: ignore[union-attr]
    now = opening.branch_now(ctx, TOWN_HALL, {})
    assert next(sn for sn in now.services if sn.service.id == sid).service.texts
    issued = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value
    assert issued.service.in_language("fr").name == "Carte d'identité"


def test_set_change_and_remove_a_text(ctx) -> None:
    done = set_service_text(
        ctx, "passport", "tr", name="Pasaport", description="Pasaport almak.", bring="Kimlik."
    )
    assert done.value.added and done.value.text.lang == "tr"
    # A change of the catalogue for every branch: each terminal reads a fresh snapshot.
    assert {c.kind for c in done.changes} == {ChangeKind.CATALOGUE}
    assert {c.branch_id for c in done.changes} == {b[0] for b in BRANCHES}
    assert _passport(ctx).in_language("tr").name == "Pasaport"

    # Left-out options stay as they were; an empty bring shows the Dutch one.
    changed = set_service_text(ctx, "passport", "TR", name="Pasaport (yeni)", bring="").value
    assert not changed.added
    tr = _passport(ctx).in_language("tr")
    assert (tr.name, tr.description) == ("Pasaport (yeni)", "Pasaport almak.")
    assert tr.bring == _passport(ctx).bring

    assert remove_service_text(ctx, "passport", "tr").value is True
    assert _passport(ctx).in_language("tr").name == "Reispas"
    again = remove_service_text(ctx, "passport", "tr")
    assert again.value is False and again.changes == ()


def test_an_existing_translation_is_replaced_in_place(ctx) -> None:
    set_service_text(ctx, "eid", "fr", name="Carte eID")
    svc = next(s for s in all_service_texts(ctx, "eid"))
    fr = [t for t in svc.texts if t.lang == "fr"]
    assert len(fr) == 1 and fr[0].name == "Carte eID"
    assert fr[0].description == DEMO_TEXTS["eid"]["fr"][1]
    with ctx.db.read() as conn:
        rows = conn.execute(
            select(tb.service_texts).where(tb.service_texts.c.service_id == service_id("eid"))
        ).all()
    assert len(rows) == 4


@pytest.mark.parametrize(
    ("code", "lang", "name", "error", "says"),
    [
        ("nope", "fr", "X", NotFound, "nope"),
        ("passport", "nl", "Pas", BadServiceText, "own language"),
        ("passport", "français", "X", BadServiceText, "not a language code"),
        ("passport", "fr", "  ", BadServiceText, "empty"),
        ("passport", "tr", None, BadServiceText, "give --name"),
    ],
)
def test_mistakes_change_nothing(ctx, code, lang, name, error, says) -> None:  # type: ignore[no-untyped-def]
    before = _passport(ctx).texts
    with pytest.raises(error, match=says):
        set_service_text(ctx, code, lang, name=name)
    assert _passport(ctx).texts == before
