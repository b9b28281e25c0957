"""The feed's JSON is the protocol's FeedPage and FeedChange (issue 12): the hub builds them and
encodes them, byte for byte as before, and the server's OpenAPI model reads the same page."""

from __future__ import annotations

import json

from kiosk.core.changes import ChangeKind
from kiosk.server.feed_hub import entry_json, page_json
from kiosk.server.routes.sync import FeedOut
from kiosk.services.sync_server import FeedEntry
from kiosk.storage.wire import Audience
from kiosk.sync.protocol import FeedChange, FeedPage

TICKET = FeedEntry(7, ChangeKind.TICKET, "t1", "b1", "tickets", {"number": 12, "name": "Zoë"})
CATALOGUE = FeedEntry(8, ChangeKind.CATALOGUE, "c1", "b1", None, None)

#: What the hub sent before it built protocol objects (its hand-made JSON): terminals of every
#: version read exactly this.
TICKET_BYTES = (
    b'{"seq":7,"kind":"ticket","id":"t1","table":"tickets","row":{"number":12,"name":"Zo\\u00eb"}}'
)
CATALOGUE_BYTES = b'{"seq":8,"kind":"catalogue","id":"c1","table":null,"row":null}'


def test_a_change_is_encoded_as_before() -> None:
    assert entry_json(TICKET, Audience.STAFF) == TICKET_BYTES
    assert entry_json(CATALOGUE, Audience.KIOSK) == CATALOGUE_BYTES


def test_a_page_is_the_protocol_s_feed_page_byte_for_byte() -> None:
    page = page_json(9, [TICKET_BYTES, CATALOGUE_BYTES])
    assert (
        page
        == b'{"cursor":9,"reset":false,"changes":[' + TICKET_BYTES + b"," + CATALOGUE_BYTES + b"]}"
    )
    assert page_json(3, [], reset=True) == b'{"cursor":3,"reset":true,"changes":[]}'

    back = FeedPage.from_json(json.loads(page))
    assert back == FeedPage(
        9,
        False,
        [
            FeedChange(7, "ticket", "t1", "tickets", {"number": 12, "name": "Zoë"}),
            FeedChange(8, "catalogue", "c1", None, None),
        ],
    )
    assert back.to_json() == json.loads(page)


def test_the_server_s_openapi_model_reads_the_same_page() -> None:
    page = page_json(9, [TICKET_BYTES, CATALOGUE_BYTES])
    assert FeedOut.model_validate_json(page).model_dump() == json.loads(page)
