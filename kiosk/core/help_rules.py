"""When a resident's call for a person ("Roep iemand" at the kiosk) stops counting.

A request nobody answered lapses ``HELP_LAPSE`` after it was asked: by then the resident has
gone to a desk or left, and a banner that stays on every counter all day teaches clerks to
ignore it. The lapse is a rule of time, not a write: every database (the server and each
terminal's copy) sees the same request lapse at the same moment, also offline, with nothing
to sync and nothing that can clash with a clerk's "Ik kom" tapped at that very moment.
"""

from __future__ import annotations

from datetime import datetime, timedelta

#: Long enough for a clerk to finish with a resident and walk to the kiosk; short enough
#: that the banner means "someone is waiting now".
HELP_LAPSE = timedelta(minutes=15)


def lapsed_before(now: datetime) -> datetime:
    """At ``now``, a request asked at or before this moment has lapsed."""
    return now - HELP_LAPSE


def lapses_at(asked_at: datetime) -> datetime:
    """When a request asked at ``asked_at`` lapses, if nobody answers it before."""
    return asked_at + HELP_LAPSE
