"""The services' texts in other languages (table ``service_texts``). None of these commits.

Readers of services (kiosk.storage.catalogue_store) hang the translations on each Service with
``with_texts``, so every screen that has a service has its texts in every language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import delete, insert, select

from kiosk.core.model import Service
from kiosk.core.service_texts import ServiceText
from kiosk.storage import tables as tb
from kiosk.storage.row_mapper import RowMapper
from kiosk.storage.unit_of_work import Tx

_T = tb.service_texts.c
#: A row is a ServiceText and the id of its service.
_TEXTS = RowMapper(ServiceText)


def texts_by_service(
    conn: Tx, service_ids: Iterable[str] | None = None
) -> dict[str, tuple[ServiceText, ...]]:
    """Service id -> its translations, by language. ``service_ids`` None: every service."""
    q = select(tb.service_texts).order_by(_T.service_id, _T.lang)
    if service_ids is not None:
        ids = sorted(set(service_ids))
        if not ids:
            return {}
        q = q.where(_T.service_id.in_(ids))
    out: dict[str, list[ServiceText]] = {}
    for r in conn.execute(q).mappings():
        out.setdefault(r["service_id"], []).append(_TEXTS.from_values(r))
    return {k: tuple(v) for k, v in out.items()}


def with_texts(conn: Tx, services: Sequence[Service], *, every: bool = False) -> list[Service]:
    """``services`` with their translations. ``every``: the caller read every service, so
    one query without a filter reads them all (cheaper than a long IN list)."""
    if not services:
        return []
    found = texts_by_service(conn, None if every else (s.id for s in services))
    return [replace(s, texts=found[s.id]) if s.id in found else s for s in services]


def put_text(conn: Tx, service_id: str, text: ServiceText) -> bool:
    """Store ``text`` (already checked) for the service, replacing the one in its language.
    Returns True when the language had no text before."""
    gone = conn.execute(
        delete(tb.service_texts).where(_T.service_id == service_id, _T.lang == text.lang)
    ).rowcount
    conn.execute(insert(tb.service_texts).values(service_id=service_id, **_TEXTS.values(text)))
    return not gone


def remove_text(conn: Tx, service_id: str, lang: str) -> bool:
    """Remove the service's text in ``lang``; False when there was none."""
    gone = conn.execute(
        delete(tb.service_texts).where(_T.service_id == service_id, _T.lang == lang)
    ).rowcount
    return bool(gone)
