"""Opening hours: is a service open here now, and if not, when and where next?

The rules, in the order they apply to one branch, service and day:

1. A holiday closes every branch (Belgian public holidays and 11 July, named in Dutch; the
   caller passes them in), unless a day change for that day opens it on purpose.
2. A day change (``DayChange``) closes a day or sets other hours for it. The most specific
   one wins: for this service at this branch, then for this branch, then for this service at
   every branch, then for every branch (a municipality's own closing day, e.g. the day after
   Christmas). A branch's own day beats any municipality-wide one: a library closed for works
   stays closed when the municipality changes the passport hours everywhere.
3. Otherwise the weekly hours: a service's own weekly hours at the branch if it has any
   (passports only in the morning), else the branch's weekly hours, and only for services
   the branch offers.
4. Extra sessions add hours on their days (every other Saturday 9:00-12:00, passports and
   proxy votes only), also for services the branch does not offer on weekdays. A holiday or
   a closing day cancels a session; changed hours do not.

Pitfall: all times here are aware UTC datetimes. Local wall times become UTC per day, so a
period on the day clocks change is as long as the wall clock says (9:00-12:00 is three hours
on both DST Sundays); hours inside the skipped spring hour shrink, maybe to nothing. Never add
timedeltas to ZoneInfo datetimes: Python does wall-clock arithmetic and compares them ignoring
the fold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """One opening period on a weekday (0 = Monday). ``service_id`` None: the branch's own
    hours, for every service it offers."""

    branch_id: str
    weekday: int
    opens: time
    closes: time
    service_id: str | None = None


@dataclass(frozen=True, slots=True)
class DayChange:
    """A day that differs: closed (``closed``), or open ``opens``-``closes`` instead.

    ``branch_id`` None: every branch (the municipality's own closing day). ``service_id`` None:
    every service. ``reason`` is the municipality's own words ("Personeelsfeest")."""

    id: str
    day: date
    closed: bool
    branch_id: str | None = None
    service_id: str | None = None
    opens: time | None = None
    closes: time | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ExtraSession:
    """Extra hours on ``first_day`` and every ``every_weeks`` weeks after it (until
    ``last_day`` if set), for ``service_ids`` only."""

    id: str
    branch_id: str
    first_day: date
    every_weeks: int
    opens: time
    closes: time
    service_ids: frozenset[str]
    last_day: date | None = None
    name: str = ""

    def occurs_on(self, day: date) -> bool:
        if day < self.first_day or (self.last_day is not None and day > self.last_day):
            return False
        return (day - self.first_day).days % (7 * max(1, self.every_weeks)) == 0


@dataclass(frozen=True, slots=True)
class Opening:
    """One period a service is open at a branch. ``session`` names the extra session it comes
    from when the whole period is extra hours (a session's hours that run into the weekly
    hours make one period with ``session`` None: it is open as on any day)."""

    branch_id: str
    starts: datetime
    ends: datetime
    session: str | None = None


@dataclass(frozen=True, slots=True)
class ClosedBecause:
    """Why a branch is closed on a day, for the kiosk to say: a holiday (its name) or a closing
    day (the municipality's reason, maybe empty)."""

    holiday: str | None = None
    reason: str | None = None


@dataclass
class Schedule:
    """Everything the rules need, for one municipality. Build once, ask many times: the
    answers per (branch, service, day) are kept (a schedule is immutable once built).

    ``offered``: (branch_id, service_id) pairs a branch offers on its normal hours.
    ``holidays``: day -> name (in the municipality's language)."""

    zone: str
    weekly: Sequence[WeeklyHours] = ()
    changes: Sequence[DayChange] = ()
    sessions: Sequence[ExtraSession] = ()
    holidays: Mapping[date, str] = field(default_factory=dict)
    offered: frozenset[tuple[str, str]] = frozenset()

    def __post_init__(self) -> None:
        self._tz = ZoneInfo(self.zone)
        self._weekly: dict[tuple[str, str | None, int], list[WeeklyHours]] = defaultdict(list)
        self._own_hours: set[tuple[str, str]] = set()
        for w in self.weekly:
            self._weekly[(w.branch_id, w.service_id, w.weekday)].append(w)
            if w.service_id is not None:
                self._own_hours.add((w.branch_id, w.service_id))
        self._changes: dict[date, list[DayChange]] = defaultdict(list)
        for c in self.changes:
            self._changes[c.day].append(c)
        self._sessions: dict[str, list[ExtraSession]] = defaultdict(list)
        for s in self.sessions:
            self._sessions[s.branch_id].append(s)
        self._memo: dict[tuple[str, str | None, date], tuple[Opening, ...]] = {}

    @property
    def tz(self) -> ZoneInfo:
        return self._tz

    def local_day(self, at: datetime) -> date:
        return at.astimezone(self._tz).date()

    def at_local(self, day: date, t: time) -> datetime:
        """Wall time ``t`` on ``day`` as UTC. A wall time that does not exist (the hour
        skipped in spring) moves forward by the gap, as clocks do."""
        return datetime.combine(day, t, tzinfo=self._tz).astimezone(UTC)

    # -- one day -----------------------------------------------------------------------

    def closed_because(self, branch_id: str, day: date) -> ClosedBecause | None:
        """Why the branch is closed all day, or None when it is not closed by a holiday or a
        closing day (it may still have no hours that weekday). A closing day on a holiday gives
        both: "Kerstmis" says more to a resident than a closing day's empty reason."""
        change = self._change(branch_id, None, day)
        name = self.holidays.get(day)
        if change is not None:
            return ClosedBecause(holiday=name, reason=change.reason) if change.closed else None
        return ClosedBecause(holiday=name) if name is not None else None

    def openings(self, branch_id: str, service_id: str | None, day: date) -> tuple[Opening, ...]:
        """When ``service_id`` (None: the building itself) is open at the branch on ``day``,
        in order, overlapping periods merged."""
        key = (branch_id, service_id, day)
        found = self._memo.get(key)
        if found is None:
            found = self._compute(branch_id, service_id, day)
            self._memo[key] = found
        return found

    def _change(self, branch_id: str, service_id: str | None, day: date) -> DayChange | None:
        best: DayChange | None = None
        best_rank = -1
        for c in self._changes.get(day, ()):
            if c.branch_id not in (None, branch_id):
                continue
            if c.service_id is not None and c.service_id != service_id:
                continue
            # The branch first (see rule 2), then the service.
            rank = (c.branch_id is not None) * 2 + (c.service_id is not None)
            if rank > best_rank:
                best, best_rank = c, rank
        return best

    def _compute(self, branch_id: str, service_id: str | None, day: date) -> tuple[Opening, ...]:
        change = self._change(branch_id, service_id, day)
        if change is not None and change.closed:
            return ()
        if change is None and day in self.holidays:
            return ()
        periods: list[tuple[time, time, str | None]] = []
        if change is not None and change.opens is not None and change.closes is not None:
            if service_id is None or (branch_id, service_id) in self.offered:
                periods.append((change.opens, change.closes, None))
        elif service_id is None or (branch_id, service_id) in self.offered:
            owner = service_id if (branch_id, service_id) in self._own_hours else None
            for w in self._weekly.get((branch_id, owner, day.weekday()), ()):
                periods.append((w.opens, w.closes, None))
        for s in self._sessions.get(branch_id, ()):
            if s.occurs_on(day) and (service_id is None or service_id in s.service_ids):
                periods.append((s.opens, s.closes, s.name or s.id))
        # Compare in UTC, not as wall times: 2:00-3:00 on the spring Sunday is 3:00-3:00.
        utc = [(self.at_local(day, a), self.at_local(day, b), n) for a, b, n in periods]
        return _merge(branch_id, [p for p in utc if p[0] < p[1]])

    # -- questions ---------------------------------------------------------------------

    def open_at(self, branch_id: str, service_id: str | None, at: datetime) -> Opening | None:
        """The period that holds ``at``, or None when closed then."""
        for o in self.openings(branch_id, service_id, self.local_day(at)):
            if o.starts <= at < o.ends:
                return o
        return None

    def is_open(self, branch_id: str, service_id: str | None, at: datetime) -> bool:
        return self.open_at(branch_id, service_id, at) is not None

    def next_opening(
        self,
        branch_ids: Iterable[str],
        service_id: str | None,
        after: datetime,
        horizon_days: int = 120,
    ) -> Opening | None:
        """The first period, at any of ``branch_ids``, that is open at or after ``after``
        (a period open at ``after`` counts, so this also answers "open now?"). Equal starts
        go to the branch listed first: pass the resident's own branch first.

        Looks ``horizon_days`` ahead; None means not within that time."""
        order = list(dict.fromkeys(branch_ids))
        first = self.local_day(after)
        for offset in range(horizon_days + 1):
            day = first + timedelta(days=offset)
            best: Opening | None = None
            for b in order:
                o = next((o for o in self.openings(b, service_id, day) if o.ends > after), None)
                if o is not None and (
                    best is None or max(o.starts, after) < max(best.starts, after)
                ):
                    best = o
            if best is not None:
                return best
        return None

    def closes_at(self, branch_id: str, service_id: str | None, at: datetime) -> datetime | None:
        """When the current period ends (None: closed now)."""
        o = self.open_at(branch_id, service_id, at)
        return None if o is None else o.ends


def _merge(
    branch_id: str, periods: list[tuple[datetime, datetime, str | None]]
) -> tuple[Opening, ...]:
    periods.sort(key=lambda p: (p[0], p[1]))
    out: list[Opening] = []
    for start, end, name in periods:
        if out and start <= out[-1].ends:
            last = out[-1]
            # Extra hours only while every part is: weekly hours in it make it an ordinary period.
            out[-1] = Opening(branch_id, last.starts, max(end, last.ends), last.session and name)
            continue
        out.append(Opening(branch_id, start, end, name))
    return tuple(out)


def fits_before_closing(
    now: datetime, closes: datetime | None, wait_minutes: int, visit_minutes: int
) -> bool:
    """Can a resident who takes a ticket now still be helped before closing? The estimated wait
    plus one visit must end by closing time. Closed (``closes`` None): no."""
    if closes is None:
        return False
    # In UTC: a local ``now`` would add wall-clock minutes (wrong on the nights clocks change).
    return now.astimezone(UTC) + timedelta(minutes=wait_minutes + visit_minutes) <= closes
