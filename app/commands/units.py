"""``pbgdpl units …`` (the units expected to report here) and ``pbgdpl completeness`` (who has reported)."""

from __future__ import annotations

import argparse

from app.commands import Result, open_workspace, shown_date
from app.commands.language import header, translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    units = sub.add_parser("units", parents=[common], help="the units expected to report here (upper level)")
    us = units.add_subparsers(dest="units_command", metavar="ACTION", required=True, parser_class=type(units))

    p = us.add_parser("list", parents=[common], help="the expected units (search by code, name or alias, accents ignored)")
    p.add_argument("query", nargs="?", default="", metavar="TEXT")
    p.add_argument("--active", action="store_true", help="leave out retired units")
    p.set_defaults(handler=cmd_list)

    p = us.add_parser("add", parents=[common], help="expect a unit (from the catalog, or by hand with --name)")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name", default="", metavar="NAME", help="for a unit not in the catalog")
    p.add_argument("--from", dest="valid_from", default=None, metavar="YYYY-MM-DD", help="expected from this day")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--level", choices=("commune", "district"), default="commune",
                   help="district: an intermediate unit that relays its communes' bundles (needs --name; not counted in the rate)")
    p.set_defaults(handler=cmd_add)

    p = us.add_parser("alias", parents=[common], help="bundles of an old code or name land on this unit")
    p.add_argument("code", metavar="CODE")
    p.add_argument("alias", metavar="OLD")
    p.set_defaults(handler=cmd_alias)

    p = us.add_parser("retire", parents=[common], help="no longer expect a unit after a day (default today)")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--until", default=None, metavar="YYYY-MM-DD")
    p.add_argument("--note", default="", metavar="TEXT")
    p.set_defaults(handler=cmd_retire)

    p = us.add_parser("deadline", parents=[common], help="show or set when a period's bundle is due (days after its end)")
    p.add_argument("kind", nargs="?", choices=["Y", "H", "Q", "M"], metavar="KIND")
    p.add_argument("days", nargs="?", type=int, metavar="DAYS", help="days after the period's end (negative: before)")
    p.add_argument("--source", default="", metavar="TEXT", help="the document that sets it")
    p.set_defaults(handler=cmd_deadline)

    p = sub.add_parser("completeness", parents=[common], help="who has reported a period: status, on time or late, rate")
    p.add_argument("--period", required=True, metavar="P", help="2026, 2026-H1, 2026-Q3 or 2026-M05")
    p.add_argument("--status", default=None, metavar="S", help="only rows with this status: not_received, received, nothing_to_report, approved, returned, changed_after_approval")
    p.set_defaults(handler=cmd_completeness)


def cmd_list(args: argparse.Namespace) -> Result:
    from app.services.expected_units import list_units

    with open_workspace(args) as ws:
        ws.require_initialised()
        rows = list_units(ws, args.query, include_retired=not args.active)
    lines = [header((translate("Cli", "code"), 8), (translate("Cli", "from"), 11), (translate("Cli", "until"), 11), (translate("Cli", "by"), 9),
                    (translate("Cli", "name"), 0))]  # fmt: skip
    for u in rows:
        alias = translate("Cli", "  (also: {aliases})").format(aliases=", ".join(u.aliases)) if u.aliases else ""
        lines.append(f"{u.code:<7} {shown_date(u.valid_from):<10} {shown_date(u.valid_until):<10} {u.added_by:<8} {u.name}{alias}")
    lines.append(translate("Cli", "{count} unit(s)").format(count=len(rows)))
    return Result({"ok": True, "units": [u.to_dict() for u in rows]}, "\n".join(lines))


def cmd_add(args: argparse.Namespace) -> Result:
    from app.services.expected_units import add_unit

    with open_workspace(args) as ws:
        ws.require_initialised()
        u = add_unit(ws, args.code, name=args.name, note=args.note, valid_from=args.valid_from, level=args.level)
    return Result({"ok": True, "unit": u.to_dict()}, translate("Cli", "Expected from now on: {code} {name}").format(code=u.code, name=u.name))


def cmd_alias(args: argparse.Namespace) -> Result:
    from app.services.expected_units import add_alias

    with open_workspace(args) as ws:
        ws.require_initialised()
        u = add_alias(ws, args.code, args.alias)
    return Result({"ok": True, "unit": u.to_dict()}, translate("Cli", "Bundles of {alias} land on {code} {name}").format(alias=args.alias, code=u.code, name=u.name))


def cmd_retire(args: argparse.Namespace) -> Result:
    from app.services.expected_units import retire_unit

    with open_workspace(args) as ws:
        ws.require_initialised()
        u = retire_unit(ws, args.code, args.until, args.note)
    return Result({"ok": True, "unit": u.to_dict()}, translate("Cli", "{code} {name}: expected until {day}").format(code=u.code, name=u.name, day=shown_date(u.valid_until)))


def cmd_deadline(args: argparse.Namespace) -> Result:
    from app.core.errors import UsageError
    from app.services.expected_units import deadlines, set_deadline

    with open_workspace(args) as ws:
        ws.require_initialised()
        if args.kind and args.days is not None:
            set_deadline(ws, args.kind, args.days, args.source)
        elif args.kind or args.days is not None:
            raise UsageError("give both KIND and DAYS to change a deadline, or neither to list them")
        rules = deadlines(ws)
    lines = [f"{k}: " + translate("Cli", "{days} days after the period's end  ({source}; {certainty})").format(
        days=f"{r['due_offset_days']:+d}", source=r["source"], certainty=r["certainty"]) for k, r in sorted(rules.items())]
    return Result({"ok": True, "deadlines": rules}, "\n".join(lines))


def cmd_completeness(args: argparse.Namespace) -> Result:
    from app.services.completeness import STATUS_VI, TIMELINESS_VI, board

    with open_workspace(args) as ws:
        ws.require_initialised()
        b = board(ws, args.period, args.status)
    lines = [f"{b.period_label} — hạn nộp {shown_date(b.due_date)} — {b.rate_line} ({b.late} muộn/quá hạn)"]
    for r in b.rows:
        lines.append(
            f"{r.unit_code:<6} {r.unit_name[:32]:<32} {STATUS_VI[r.status]:<18} {TIMELINESS_VI[r.timeliness]:<9} "
            f"{shown_date(r.received_at):<10} {('số ' + str(r.seq)) if r.seq else '':<7} {r.officer[:24]:<24} "
            f"{r.app_version:<8} {('xung đột ' + str(r.conflicts)) if r.conflicts else ''}"
            + (f" — lý do: {r.reason}" if r.status == "returned" and r.reason else "")
        )
    for o in b.others:
        kind = translate("Cli", "(intermediate office, relays its units)") if o.get("relay") else translate("Cli", "(not expected)")
        lines.append(f"{kind} {o['unit_code']} {o['unit_name']}: " + translate("Cli", "{count} bundle(s)").format(count=o["bundles"]))
    return Result({"ok": True, **b.to_dict()}, "\n".join(line.rstrip() for line in lines))
