"""The answer to a request whose data does not fit the API description: 422 naming the field
and the problem, never the value sent.

FastAPI's own answer copies each wrong value back ("input"). That echoes a password that was
too long, and it fails itself (a 500 with a traceback) when the value cannot be written as
JSON text: ``1e999`` is read as infinity, a lone surrogate ("\\ud800") cannot be encoded as
UTF-8. The shape stays the documented one (``HTTPValidationError``: loc, msg, type).
"""

from __future__ import annotations

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

#: Field names and messages are cut short: a dict key in a location is the client's text.
_LOC_CAP = 200


def _text(value: object) -> str:
    return str(value)[:_LOC_CAP].encode("utf-8", "replace").decode("utf-8")


def _place(part: object) -> str | int:
    return part if isinstance(part, int) else _text(part)


async def answer_bad_input(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # registered for it alone
    detail = [
        {
            "loc": [_place(p) for p in error.get("loc", ())],
            "msg": _text(error.get("msg", "not valid")),
            "type": _text(error.get("type", "value_error")),
        }
        for error in exc.errors()
    ]
    return JSONResponse({"detail": detail}, status_code=422)
