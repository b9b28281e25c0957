"""The services' texts in other languages, changed by an admin (``kiosk admin service-text``).

A service's own texts are the municipality's (Dutch); these use cases add, change and remove
its texts in other languages. Each change is a CATALOGUE change for every branch, like a change
of opening hours: terminals read a fresh snapshot, so every kiosk shows it within a poll.
Services are named by their codes (``passport``), as an admin knows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.model import Service
from kiosk.core.service_texts import BadServiceText, ServiceText, checked, language_of
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.storage import catalogue_store
from kiosk.storage import service_text_store as text_store

__all__ = [
    "BadServiceText",
    "ServiceTextSet",
    "all_service_texts",
    "remove_service_text",
    "set_service_text",
]


@dataclass(frozen=True, slots=True)
class ServiceTextSet:
    """What ``set_service_text`` stored: the whole text now in that language, and whether the
    language is new for the service."""

    service_code: str
    text: ServiceText
    added: bool


def _service(conn: Tx, code: str) -> Service:
    return catalogue_store.service(conn, catalogue_store.service_id_by_code(conn, code))


def set_service_text(
    ctx: ServiceContext,
    service_code: str,
    lang: str,
    *,
    name: str | None = None,
    description: str | None = None,
    bring: str | None = None,
) -> Done[ServiceTextSet]:
    """Set the service's name, description and what to bring in ``lang`` ("fr").

    What is left out (None) stays as it was in that language; a language the service has no
    text in yet needs a name. An empty description or bring shows the Dutch one (see
    kiosk.core.service_texts). Raises NotFound for an unknown service code and BadServiceText
    for a bad language (or Dutch itself), a missing, empty or too long name."""
    want = language_of(lang)
    with ctx.db.write() as conn:
        svc = _service(conn, service_code)
        old = next((t for t in svc.texts if t.lang == want), None)
        if old is None and name is None:
            raise BadServiceText(f"{service_code} has no text in '{lang}' yet: give --name")
        base = old or ServiceText(want, "")
        text = checked(
            ServiceText(
                lang,
                base.name if name is None else name,
                base.description if description is None else description,
                base.bring if bring is None else bring,
            )
        )
        added = text_store.put_text(conn, svc.id, text)
        changes = ctx.catalogue_changed(conn)
    return Done(ServiceTextSet(service_code, text, added), changes)


def remove_service_text(ctx: ServiceContext, service_code: str, lang: str) -> Done[bool]:
    """Remove the service's text in ``lang``: the kiosk shows the Dutch one again. Returns
    False (and changes nothing) when there was none. Raises NotFound for an unknown code."""
    with ctx.db.write() as conn:
        svc = _service(conn, service_code)
        if not text_store.remove_text(conn, svc.id, language_of(lang)):
            return Done(False)
        changes = ctx.catalogue_changed(conn)
    return Done(True, changes)


def all_service_texts(ctx: ServiceContext, service_code: str | None = None) -> list[Service]:
    """Every service (or the one with ``service_code``) with its texts, in the kiosk's order.
    Raises NotFound for an unknown code."""
    with ctx.db.read() as conn:
        if service_code is not None:
            return [_service(conn, service_code)]
        return catalogue_store.all_services(conn)
