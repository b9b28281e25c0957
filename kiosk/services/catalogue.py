"""Reading the catalogue: branches, their services and counters."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.changes import Change
from kiosk.core.model import Branch, Counter, Service
from kiosk.services.context import ServiceContext
from kiosk.storage import catalogue_store, change_log_store


@dataclass(frozen=True, slots=True)
class BranchCatalogue:
    branch: Branch
    services: tuple[Service, ...]
    counters: tuple[Counter, ...]

    def service(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def counter(self, counter_id: str) -> Counter | None:
        return next((c for c in self.counters if c.id == counter_id), None)


def list_branches(ctx: ServiceContext) -> list[Branch]:
    with ctx.db.read() as conn:
        return catalogue_store.branches(conn)


def branch_catalogue(ctx: ServiceContext, branch_id: str) -> BranchCatalogue:
    with ctx.db.read() as conn:
        return BranchCatalogue(
            branch=catalogue_store.branch(conn, branch_id),
            services=tuple(catalogue_store.services_of_branch(conn, branch_id)),
            counters=tuple(catalogue_store.counters_of_branch(conn, branch_id)),
        )


def find_branch(ctx: ServiceContext, code: str) -> Branch:
    with ctx.db.read() as conn:
        return catalogue_store.branch_by_code(conn, code)


def changes_after(ctx: ServiceContext, after_seq: int) -> list[Change]:
    """The change feed, read by cursor: every change after ``after_seq``, in order."""
    with ctx.db.read() as conn:
        return list(change_log_store.changes_after(conn, after_seq))


def last_change(ctx: ServiceContext) -> int:
    with ctx.db.read() as conn:
        return change_log_store.last_change_seq(conn)
