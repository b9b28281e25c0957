"""``kiosk admin`` commands for opening hours, check-in rules, appointments, calendars and the
services' texts in other languages; terminals and staff accounts are in kiosk.cli.admin_access.
Every command runs a named use case; bad input gets one plain line and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, time
from pathlib import Path
from typing import Any

from kiosk.cli import admin_access
from kiosk.config import Settings

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
COMMANDS = (
    *admin_access.COMMANDS,
    "hours",
    "closing-day",
    "session",
    "checkin",
    "contact",
    "appointments",
    "calendar",
    "service-text",
)
#: The kiosk's languages (kiosk.config's default): a text in another one is kept, not shown.
KIOSK_LANGUAGES = ("nl", "fr", "en", "de", "ar")


def _period(text: str) -> tuple[time, time]:
    """ "9:00-12:30" -> (09:00, 12:30)."""
    try:
        a, b = text.split("-")
        opens, closes = (
            time.fromisoformat(a.strip().zfill(5)),
            time.fromisoformat(b.strip().zfill(5)),
        )
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not like 9:00-12:30") from None
    if not opens < closes:
        raise argparse.ArgumentTypeError(f"'{text}': closing must come after opening")
    return opens, closes


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-26") from None


def add_parsers(admin_sub: Any) -> None:
    admin_access.add_parsers(admin_sub)
    hours = admin_sub.add_parser("hours", help="show or set weekly opening hours")
    hours_sub = hours.add_subparsers(dest="hours_command", metavar="ACTION", required=True)
    hours_sub.add_parser("show", help="weekly hours, closing days, sessions and check-in rules")
    hset = hours_sub.add_parser(
        "set",
        help="set a branch's (or one service's) hours on a weekday",
        description="Replaces the hours of that weekday. Give no periods to close that day. "
        "Example: kiosk admin hours set --branch gemeentehuis --day tue 9:00-12:30 14:00-19:00",
    )
    hset.add_argument("--branch", required=True, help="branch code, e.g. gemeentehuis")
    hset.add_argument("--day", required=True, choices=WEEKDAYS)
    hset.add_argument("--service", help="a service code: that service's own hours here")
    hset.add_argument("periods", nargs="*", type=_period, help="e.g. 9:00-12:30")
    hrm = hours_sub.add_parser("remove", help="remove a closing day or a session by its id")
    hrm.add_argument("id")

    closing = admin_sub.add_parser(
        "closing-day",
        help="close a day (or open it with other hours), for one branch or all",
        description="Public holidays (and 11 July) close every branch by themselves; add the "
        "municipality's own days here.",
    )
    closing.add_argument("day", type=_day, help="e.g. 2026-12-26")
    closing.add_argument("--branch", help="branch code (default: every branch)")
    closing.add_argument("--service", help="service code (default: every service)")
    closing.add_argument("--hours", type=_period, help="open these hours instead of closed")
    closing.add_argument("--reason", default="", help="shown to residents, e.g. 'Personeelsfeest'")

    session = admin_sub.add_parser(
        "session",
        help="add recurring extra hours for some services",
        description="Example: every other Saturday 9:00-12:00, passports and proxy votes only: "
        "kiosk admin session --branch gemeentehuis --first 2026-01-03 --every 2 "
        "--hours 9:00-12:00 --services passport,proxy-vote --name Zaterdagloket",
    )
    session.add_argument("--branch", required=True)
    session.add_argument("--first", required=True, type=_day, help="the first day")
    session.add_argument("--every", type=int, default=1, help="every N weeks (default 1)")
    session.add_argument("--until", type=_day, help="the last day (default: no end)")
    session.add_argument("--hours", required=True, type=_period)
    session.add_argument("--services", required=True, help="service codes, comma separated")
    session.add_argument("--name", default="")

    checkin = admin_sub.add_parser(
        "checkin", help="show or set when residents may check in for an appointment"
    )
    checkin.add_argument("--opens-before", type=int, help="minutes before the appointment")
    checkin.add_argument("--late-after", type=int, help="minutes late before a walk-in ticket")

    contact = admin_sub.add_parser("contact", help="how residents make an appointment")
    contact.add_argument("--phone")
    contact.add_argument("--website")

    appts = admin_sub.add_parser(
        "appointments",
        help="import appointments from an external booking system",
        description="Reads an iCalendar (.ics) or JSON file, or a URL serving one, and puts "
        "its appointments in the database. Safe to run again (e.g. every 5 minutes from cron): "
        "appointments are matched by their UID. The formats are in the README.",
    )
    appts_sub = appts.add_subparsers(dest="appointments_command", metavar="ACTION", required=True)
    imp = appts_sub.add_parser("import", help="import a file or URL")
    imp.add_argument("source", help="a file path or an http(s) URL")

    cal = admin_sub.add_parser("calendar", help="secret calendar links for staff calendars")
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    link = cal_sub.add_parser("link", help="make a link to a branch's or a counter's calendar")
    link.add_argument("--branch", required=True)
    link.add_argument("--counter", type=int, help="counter number (default: the whole branch)")
    link.add_argument(
        "--server", help="the server's address as staff reach it (default: status_base_url)"
    )
    link.add_argument("--days", type=int, help="how many days it works (default: a year)")
    cal_sub.add_parser("list", help="every calendar link: id, calendar, made, expires, state")
    revoke = cal_sub.add_parser("revoke", help="switch a calendar link off")
    revoke.add_argument(
        "link", metavar="ID-or-TOKEN", help="its id from 'list', or the part before .ics"
    )

    text = admin_sub.add_parser(
        "service-text",
        help="a service's name, description and what to bring in another language",
        description="The kiosk shows a service in the resident's language; without a text "
        "in that language it shows the Dutch one (also for an empty description or bring). "
        "Options left out stay as they were. Every terminal gets the change. "
        "Example: kiosk admin service-text passport --lang fr --name Passeport "
        "--description 'Pour voyager loin' --bring 'Une photo'. "
        "Show them: kiosk admin service-text --show [SERVICE]. "
        "Remove one: kiosk admin service-text passport --lang fr --remove.",
    )
    text.add_argument("service", nargs="?", help="service code, e.g. passport")
    text.add_argument("--lang", help="language code: fr, en, de or ar")
    text.add_argument("--name")
    text.add_argument("--description")
    text.add_argument("--bring", help="what to bring")
    what = text.add_mutually_exclusive_group()
    what.add_argument("--show", action="store_true", help="list the texts (of SERVICE or all)")
    what.add_argument("--remove", action="store_true", help="remove the text in --lang")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk import bootstrap
    from kiosk.services.hours_admin import BadHours
    from kiosk.services.service_texts import BadServiceText

    if args.admin_command == "service-text" and (problem := _text_args_problem(args)):
        print(f"kiosk: {problem}", file=sys.stderr)
        return 2
    ctx = bootstrap.build_context(settings)
    try:
        return _run(args, settings, ctx)
    except BadHours as exc:
        print(f"kiosk: these hours cannot be right: {exc}", file=sys.stderr)
        return 2
    except BadServiceText as exc:
        print(f"kiosk: {exc}.", file=sys.stderr)
        return 2
    finally:
        ctx.db.close()


def _run(args: argparse.Namespace, settings: Settings, ctx: Any) -> int:
    from kiosk.core.appointments import CheckInRules
    from kiosk.services import hours_admin as ha
    from kiosk.services.errors import NotFound

    cmd = args.admin_command
    try:
        if cmd in admin_access.COMMANDS:
            return admin_access.run(args, ctx)
        if cmd == "hours" and args.hours_command == "show":
            _show(ha.overview(ctx, date.today()))
        elif cmd == "hours" and args.hours_command == "set":
            n = ha.set_weekly_hours(
                ctx, args.branch, WEEKDAYS.index(args.day), args.periods, args.service
            ).value
            print(f"{args.day}: {n} period(s) set." if n else f"{args.day}: closed.")
        elif cmd == "hours":
            found = ha.remove(ctx, args.id).value
            print("Removed." if found else f"kiosk: nothing with id {args.id}.")
            return 0 if found else 1
        elif cmd == "closing-day":
            new = ha.add_day_change(
                ctx,
                args.day,
                hours=args.hours,
                branch=args.branch,
                service=args.service,
                reason=args.reason,
            ).value
            print(f"Added ({new}).")
        elif cmd == "session":
            codes = [c.strip() for c in args.services.split(",") if c.strip()]
            new = ha.add_session(
                ctx,
                args.branch,
                args.first,
                args.every,
                args.hours,
                codes,
                name=args.name,
                last_day=args.until,
            ).value
            print(f"Added ({new}).")
        elif cmd == "checkin":
            rules = ha.overview(ctx, date.today()).rules
            if args.opens_before is not None or args.late_after is not None:
                rules = ha.set_checkin_rules(
                    ctx,
                    CheckInRules(
                        rules.opens_before_min if args.opens_before is None else args.opens_before,
                        rules.late_after_min if args.late_after is None else args.late_after,
                    ),
                ).value
            print(
                f"Check-in opens {rules.opens_before_min} minutes before; "
                f"later than {rules.late_after_min} minutes gets a walk-in ticket."
            )
        elif cmd == "contact":
            ha.set_contact(ctx, args.phone, args.website)
            print("Saved.")
        elif cmd == "appointments":
            return _import(ctx, args.source)
        elif cmd == "service-text":
            return _service_text(args, ctx)
        else:
            return _calendar(args, settings, ctx)
    except NotFound as exc:
        print(f"kiosk: unknown {exc.what} '{exc.ident}'.", file=sys.stderr)
        return 2
    return 0


def _show(o: Any) -> None:
    print("Weekly hours (branch, service, day, hours):")
    for branch, service, weekday, opens, closes in o.weekly:
        print(f"  {branch:<14} {service or '-':<12} {WEEKDAYS[weekday]} {opens}-{closes}")
    print("Closing days and changed hours:")
    for cid, day, hours, branch, service, reason in o.changes:
        print(f"  {day} {hours:<12} {branch or 'all':<14} {service or 'all':<12} {reason}  ({cid})")
    print("Extra sessions:")
    for sid, branch, first, every, hours, services, name in o.sessions:
        print(
            f"  {name or '-'}: {branch} from {first} every {every} week(s) {hours} "
            f"{','.join(services)}  ({sid})"
        )
    print(
        f"Check-in: {o.rules.opens_before_min} min before, late after {o.rules.late_after_min} min"
    )


def _import(ctx: Any, source: str) -> int:
    from kiosk.services.appointment_import import import_file

    try:
        if source.startswith(("http://", "https://")):
            import requests

            answer = requests.get(source, timeout=30)
            answer.raise_for_status()
            data = answer.content
        else:
            data = Path(source).read_bytes()
    except (OSError, ValueError) as exc:
        print(f"kiosk: cannot read {source}: {exc}", file=sys.stderr)
        return 2
    report = import_file(ctx, data).value
    print(
        f"Added {report.added}, moved {report.moved}, cancelled {report.cancelled}, "
        f"unchanged {report.unchanged}."
    )
    for uid, note in report.notes:
        print(f"  {uid}: {note.value}")
    for p in report.problems:
        print(f"  {p.item}: {p.problem.value} {p.detail}")
    return 1 if report.problems else 0


def _calendar(args: argparse.Namespace, settings: Settings, ctx: Any) -> int:
    from kiosk.services import calendar_feeds
    from kiosk.services.catalogue import find_branch

    if args.calendar_command == "revoke":
        ok = calendar_feeds.revoke_link(ctx, args.link)
        print("Switched off." if ok else "kiosk: no such link (or already off).")
        return 0 if ok else 1
    if args.calendar_command == "list":
        _calendar_list(calendar_feeds.list_links(ctx))
        return 0
    branch = find_branch(ctx, args.branch)
    counter = None
    if args.counter is not None:
        from kiosk.services.catalogue import branch_catalogue

        found = [c for c in branch_catalogue(ctx, branch.id).counters if c.number == args.counter]
        if not found:
            print(f"kiosk: {args.branch} has no counter {args.counter}.", file=sys.stderr)
            return 2
        counter = found[0].id
    days = calendar_feeds.LINK_DAYS if args.days is None else args.days
    try:
        link = calendar_feeds.create_link(ctx, branch.id, counter, days)
    except calendar_feeds.BadLifetime as exc:
        print(f"kiosk: {exc.user_message}.", file=sys.stderr)
        return 2
    base = (args.server or settings.status_base_url).rstrip("/")
    print(f"{base}{link.path()}")
    print(f"Works until {link.expires_at.astimezone():%Y-%m-%d} (id {link.id}).")
    print("Anyone with this link sees the names in this calendar: share it only with staff.")
    return 0


def _calendar_list(links: list[Any]) -> None:
    if not links:
        print("No calendar links.")
        return
    print(f"{'id':<36}  {'branch':<14} {'counter':<7}  {'made':<10}  {'expires':<10}  state")
    for k in links:
        counter = "all" if k.counter_number is None else str(k.counter_number)
        print(
            f"{k.id:<36}  {k.branch_code:<14} {counter:<7}  {k.created_at.astimezone():%Y-%m-%d}  "
            f"{k.expires_at.astimezone():%Y-%m-%d}  {k.state.value}"
        )


def _text_args_problem(args: argparse.Namespace) -> str:
    """A plain line about what is missing or too much, or "" (before the database opens)."""
    changes = [o for o in ("name", "description", "bring") if getattr(args, o) is not None]
    if args.show:
        if args.lang or changes:
            return "--show lists the texts; leave out --lang, --name, --description and --bring"
        return ""
    if not args.service:
        return "say which service, e.g. kiosk admin service-text passport --lang fr --name ..."
    if not args.lang:
        return "say which language with --lang (fr, en, de or ar)"
    if args.remove and changes:
        return "--remove takes no --name, --description or --bring"
    if not args.remove and not changes:
        return "give --name, --description or --bring (or --remove, or --show)"
    return ""


def _service_text(args: argparse.Namespace, ctx: Any) -> int:
    from kiosk.services import service_texts as st

    if args.show:
        for svc in st.all_service_texts(ctx, args.service):
            print(f"{svc.code}:")
            for t in (svc.in_language("nl"), *svc.texts):
                print(f"  {t.lang}  {t.name}")
                if t.description:
                    print(f"      description: {t.description}")
                if t.bring:
                    print(f"      bring: {t.bring}")
        return 0
    if args.remove:
        gone = st.remove_service_text(ctx, args.service, args.lang).value
        if not gone:
            print(f"kiosk: {args.service} has no text in '{args.lang}'.", file=sys.stderr)
            return 1
        print(f"Removed: {args.service} shows in Dutch for '{args.lang}' now.")
        return 0
    done = st.set_service_text(
        ctx,
        args.service,
        args.lang,
        name=args.name,
        description=args.description,
        bring=args.bring,
    ).value
    t = done.text
    print(f"{'Added' if done.added else 'Changed'}: {done.service_code} [{t.lang}] {t.name}")
    if t.lang not in KIOSK_LANGUAGES:
        print(
            f"Note: the kiosk offers {', '.join(KIOSK_LANGUAGES)}; '{t.lang}' is kept, not shown."
        )
    return 0
