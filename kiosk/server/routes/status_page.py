"""The page a resident's phone opens from the QR code on the ticket.

Public and unauthenticated by design: the link's token is the only key (16 random bytes, not
guessable), and the page shows nothing personal: a ticket number, a service, a place in line, a
counter. It refreshes itself every 15 seconds without JavaScript, so it works on any phone.
The texts are plain Dutch for now; the other languages come with the translation work.
"""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from kiosk.core.estimate import round_up_to
from kiosk.core.model import TicketState
from kiosk.server.deps import get_ctx
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
def status_json(token: str, ctx: Annotated[ServiceContext, Depends(get_ctx)]) -> TicketStatusOut:
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


def _message(st: TicketStatus) -> tuple[str, str]:
    """(headline, line) for the ticket's state, in plain Dutch."""
    counter = html.escape(st.counter_name or "")
    state = st.ticket.state
    if state in (TicketState.WAITING, TicketState.TRANSFERRED):
        if st.people_ahead == 0:
            return "Je bent bijna aan de beurt.", "Let op het scherm in de wachtzaal."
        people = (
            "Er is 1 persoon voor jou."
            if st.people_ahead == 1
            else f"Er zijn {st.people_ahead} mensen voor jou."
        )
        return people, f"Je wacht ongeveer {round_up_to(st.wait_minutes)} minuten."
    if state == TicketState.CALLED:
        return "Je bent aan de beurt!", f"Ga naar {counter}."
    if state == TicketState.SERVING:
        return "Je wordt nu geholpen.", f"Je bent aan {counter}."
    if state == TicketState.PARKED:
        return "Je bezoek staat even apart.", f"Ga terug naar {counter} als je klaar bent."
    if state == TicketState.NO_SHOW:
        return "We hebben je nummer afgeroepen.", "Je was er niet. Vraag hulp aan de balie."
    if state == TicketState.CANCELLED:
        return "Dit ticket is niet meer geldig.", "Neem een nieuw ticket aan de kiosk."
    return "Je bent geholpen.", "Bedankt voor je bezoek."


PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{refresh}<title>{title}</title>
<style>
body {{ margin: 0; font-family: "Noto Sans", system-ui, sans-serif; background: #F3F5F8;
  color: #1A1F26; }}
header {{ background: #1F3A5F; color: #fff; padding: 16px 20px; font-size: 20px;
  font-weight: 700; }}
main {{ padding: 20px; max-width: 560px; margin: 0 auto; }}
.card {{ background: #fff; border: 1px solid #C9D1DC; border-radius: 16px; padding: 24px;
  text-align: center; }}
.label {{ color: #4A5563; font-size: 18px; }}
.number {{ color: #1F3A5F; font-size: 72px; font-weight: 800; margin: 4px 0; }}
.service {{ font-size: 22px; font-weight: 600; }}
h1 {{ font-size: 28px; margin: 24px 0 8px; }}
p {{ font-size: 20px; margin: 0 0 8px; }}
.small {{ color: #4A5563; font-size: 16px; margin-top: 24px; }}
</style></head>
<body><header>{branch}</header><main>
{body}
</main></body></html>
"""


@router.get(
    "/t/{token}",
    response_class=HTMLResponse,
    summary="The ticket's status page for the resident's phone (from the QR code)",
    responses={404: {"description": "No ticket has this token."}},
)
def status_page(token: str, ctx: Annotated[ServiceContext, Depends(get_ctx)]) -> HTMLResponse:
    try:
        st = ticket_status(ctx, token)
    except NotFound:
        body = (
            '<div class="card"><h1>Dit ticket kennen we niet.</h1>'
            "<p>Kijk of je de code goed gescand hebt. Of vraag hulp aan de balie.</p></div>"
        )
        page = PAGE.format(refresh="", title="Ticket", branch="", body=body)
        return HTMLResponse(page, status_code=404)
    headline, line = _message(st)
    number = html.escape(st.ticket.display_number)
    body = (
        f'<div class="card"><div class="label">Jouw nummer</div>'
        f'<div class="number">{number}</div>'
        f'<div class="service">{html.escape(st.service.name)}</div></div>'
        f"<h1>{headline}</h1><p>{line}</p>"
        f'<p class="small">Deze pagina ververst vanzelf.</p>'
    )
    finished = st.ticket.state in (TicketState.DONE, TicketState.CANCELLED)
    refresh = "" if finished else f'<meta http-equiv="refresh" content="{REFRESH_S}">\n'
    page = PAGE.format(
        refresh=refresh, title=f"Ticket {number}", branch=html.escape(st.branch_name), body=body
    )
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})
