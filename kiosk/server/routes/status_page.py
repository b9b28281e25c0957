"""The page a resident's phone opens from the QR code on the ticket.

Public and unauthenticated by design: the link's token is the only key (16 random bytes, not
guessable), and the page shows nothing personal: a ticket number, a service, a place in line, a
counter. It refreshes itself every 15 seconds without JavaScript, so it works on any phone.
The page speaks the resident's language (Dutch, French, English or German; see
kiosk/server/status_words.py), with links to the others.
"""

from __future__ import annotations

import base64
import hashlib
import html
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from kiosk.core.estimate import round_up_to
from kiosk.core.model import TicketState
from kiosk.server.deps import Ctx
from kiosk.server.status_words import LANGUAGES, NAMES, WORDS, counter_words, pick_language
from kiosk.services.context import ServiceContext
from kiosk.services.errors import NotFound
from kiosk.services.tickets import TicketStatus, ticket_status

router = APIRouter(tags=["tickets"])

REFRESH_S = 15


class TicketStatusOut(BaseModel):
    """A ticket's place in the queue, as the status page shows it."""

    number: str
    service: str
    branch: str
    state: TicketState
    people_ahead: int
    wait_minutes: int
    counter: str | None


def _status(ctx: ServiceContext, token: str) -> TicketStatus:
    try:
        return ticket_status(ctx, token)
    except NotFound:
        raise HTTPException(status_code=404, detail="unknown ticket") from None


@router.get(
    "/api/v1/tickets/{token}/status",
    response_model=TicketStatusOut,
    summary="Where a ticket stands (public, by the token in its QR code)",
    responses={404: {"description": "No ticket has this token."}},
)
def status_json(token: str, ctx: Ctx) -> TicketStatusOut:
    st = _status(ctx, token)
    return TicketStatusOut(
        number=st.ticket.display_number,
        service=st.service.name,
        branch=st.branch_name,
        state=st.ticket.state,
        people_ahead=st.people_ahead,
        wait_minutes=round_up_to(st.wait_minutes),
        counter=st.counter_name,
    )


def _message(st: TicketStatus, language: str) -> tuple[str, str]:
    """(headline, line) for the ticket's state, in the page's language (the counter too)."""
    w = WORDS[language]
    name, number = st.counter_name or "", st.counter_number
    to = html.escape(counter_words(name, number, language, "to"))
    at = html.escape(counter_words(name, number, language, "at"))
    state = st.ticket.state
    if state in (TicketState.WAITING, TicketState.TRANSFERRED):
        if st.people_ahead == 0:
            return w["almost"], w["watch_screen"]
        people = (
            w["one_ahead"] if st.people_ahead == 1 else w["many_ahead"].format(n=st.people_ahead)
        )
        return people, w["wait"].format(m=round_up_to(st.wait_minutes))
    if state == TicketState.CALLED:
        return w["your_turn"], w["go_to"].format(counter=to)
    if state == TicketState.SERVING:
        return w["serving"], w["at"].format(counter=at)
    if state == TicketState.PARKED:
        return w["parked"], w["go_back"].format(counter=to)
    if state == TicketState.NO_SHOW:
        return w["no_show"], w["missed"]
    if state == TicketState.CANCELLED:
        return w["cancelled"], w["new_ticket"]
    return w["done"], w["thanks"]


def _language_links(token: str, current: str) -> str:
    """Links to the same page in the other languages (a phone set to another language)."""
    links = [
        f'<a href="/t/{html.escape(token)}?lang={lang}" lang="{lang}" hreflang="{lang}">'
        f"{NAMES[lang]}</a>"
        for lang in LANGUAGES
        if lang != current
    ]
    return '<nav class="langs">' + " · ".join(links) + "</nav>"


STYLE = """
body { margin: 0; font-family: "Noto Sans", system-ui, sans-serif; background: #F3F5F8;
  color: #1A1F26; }
header { background: #1F3A5F; color: #fff; padding: 16px 20px; font-size: 20px;
  font-weight: 700; }
main { padding: 20px; max-width: 560px; margin: 0 auto; }
.card { background: #fff; border: 1px solid #C9D1DC; border-radius: 16px; padding: 24px;
  text-align: center; }
.label { color: #4A5563; font-size: 18px; }
.number { color: #1F3A5F; font-size: 72px; font-weight: 800; margin: 4px 0; }
.service { font-size: 22px; font-weight: 600; }
h1 { font-size: 28px; margin: 24px 0 8px; }
p { font-size: 20px; margin: 0 0 8px; }
.small { color: #4A5563; font-size: 16px; margin-top: 24px; }
.langs { margin-top: 28px; font-size: 18px; }
.langs a { color: #1F3A5F; display: inline-block; padding: 8px 4px; }
"""

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{refresh}<title>{title}</title>
<style>{style}</style></head>
<body><header>{branch}</header><main>
{body}
</main></body></html>
"""

#: The page loads nothing and runs nothing: only its own inline style (named by its hash, so
#: an injected one would not apply), links within this site, and no framing by other sites.
CSP = (
    "default-src 'none'; "
    f"style-src 'sha256-{base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()}'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
HEADERS = {"Cache-Control": "no-store", "Content-Security-Policy": CSP}


@router.get(
    "/t/{token}",
    response_class=HTMLResponse,
    summary="The ticket's status page for the resident's phone (from the QR code)",
    responses={404: {"description": "No ticket has this token."}},
)
def status_page(
    token: str,
    ctx: Ctx,
    lang: Annotated[str | None, Query(max_length=10, description="nl, fr, en or de")] = None,
    accept_language: Annotated[str | None, Header(max_length=200)] = None,
) -> HTMLResponse:
    language = pick_language(lang, accept_language)
    w = WORDS[language]
    try:
        st = ticket_status(ctx, token)
    except NotFound:
        body = f'<div class="card"><h1>{w["unknown"]}</h1><p>{w["unknown_help"]}</p></div>'
        page = PAGE.format(
            lang=language, refresh="", title="Ticket", style=STYLE, branch="", body=body
        )
        return HTMLResponse(page, status_code=404, headers=HEADERS)
    headline, line = _message(st, language)
    number = html.escape(st.ticket.display_number)
    # The service in the page's language when the municipality wrote it; its lang attribute
    # says which language the name really is in (Dutch as the fallback).
    service = st.service.in_language(language)
    body = (
        f'<div class="card"><div class="label">{w["your_number"]}</div>'
        f'<div class="number">{number}</div>'
        f'<div class="service" lang="{service.lang}">{html.escape(service.name)}</div></div>'
        f"<h1>{headline}</h1><p>{line}</p>"
        f'<p class="small">{w["refreshes"]}</p>'
        f"{_language_links(token, language)}"
    )
    finished = st.ticket.state in (TicketState.DONE, TicketState.CANCELLED)
    refresh = "" if finished else f'<meta http-equiv="refresh" content="{REFRESH_S}">\n'
    page = PAGE.format(
        lang=language,
        refresh=refresh,
        title=f"Ticket {number}",
        style=STYLE,
        branch=html.escape(st.branch_name),
        body=body,
    )
    return HTMLResponse(page, headers={**HEADERS, "Content-Language": language})
