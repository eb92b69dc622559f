"""``pbgdpl approve``, ``pbgdpl return``, ``pbgdpl approvals [export]``: the upper level's decisions on a unit's
period, and the signed decision bundle that carries them down to the unit."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import Result, _passphrase, open_workspace, shown_date
from app.commands.language import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("approve", parents=[common], help="approve a unit's period as received (upper level)")
    p.add_argument("--unit", required=True, metavar="CODE", help="the unit (commune) whose period is approved")
    p.add_argument("--period", required=True, metavar="P", help="2026, 2026-H1, 2026-Q3 or 2026-M05")
    p.set_defaults(handler=cmd_approve)

    p = sub.add_parser("return", parents=[common], help="return a unit's period for correction, with a reason (upper level)")
    p.add_argument("--unit", required=True, metavar="CODE")
    p.add_argument("--period", required=True, metavar="P")
    p.add_argument("--reason", required=True, metavar="TEXT", help="what the unit must correct (shown on its screens)")
    p.set_defaults(handler=cmd_return)

    p = sub.add_parser("approvals", parents=[common], help="decisions per unit and period (at a commune: those received)")
    p.add_argument("--period", metavar="P", help="only this period")
    p.add_argument("--unit", metavar="CODE", help="only this unit")
    acts = p.add_subparsers(dest="approvals_command", metavar="ACTION", parser_class=type(p))
    e = acts.add_parser("export", parents=[common], help="write the signed decision bundle for one unit (upper level)")
    e.add_argument("--unit", required=True, metavar="CODE")
    e.add_argument("--period", metavar="P", help="only the decisions on this period (default: all of the unit's)")
    e.add_argument("--out", metavar="DIR", help="folder to write to (default: the data folder's exports/)")
    _passphrase.add_options(e)
    e.set_defaults(handler=cmd_export)
    p.set_defaults(handler=cmd_list)


def _line(d) -> str:
    if d.decision == "approved":
        what = translate("Cli", "approved")
    else:
        what = translate("Cli", "returned: {reason}").format(reason=d.reason)
    flag = ""
    if d.changed:
        flag = translate("Cli", "  [CHANGED AFTER APPROVAL: approve again]") if d.decision == "approved" else translate("Cli", "  [data changed since]")
    elif d.resent:
        flag = translate("Cli", "  [a newer bundle was sent since]")
    return f"{d.unit_code:<7} {d.unit_name}, {d.period}: " + translate("Cli", "{what} on {day} by {officer} (bundle no. {seq})").format(
        what=what, day=shown_date(d.decided_at), officer=d.decided_by or "-", seq=d.bundle_seq) + flag


def cmd_approve(args: argparse.Namespace) -> Result:
    from app.services.approvals import approve

    with open_workspace(args) as ws:
        d = approve(ws, args.unit, args.period)
    return Result({"ok": True, **d.to_dict()}, _line(d))


def cmd_return(args: argparse.Namespace) -> Result:
    from app.services.approvals import return_

    with open_workspace(args) as ws:
        d = return_(ws, args.unit, args.period, args.reason)
    return Result({"ok": True, **d.to_dict()}, _line(d))


def cmd_list(args: argparse.Namespace) -> Result:
    from app.services.approvals import decisions

    with open_workspace(args) as ws:
        ws.require_initialised()
        rows = decisions(ws, args.unit, args.period)
    text = "\n".join(_line(d) for d in rows) or translate("Cli", "no decisions yet")
    return Result({"ok": True, "decisions": [d.to_dict() for d in rows]}, text)


def cmd_export(args: argparse.Namespace) -> Result:
    from app.services.approvals import export_decisions

    with open_workspace(args) as ws:
        ws.require_initialised()
        passphrase = _passphrase.read(args, required=False)
        data = export_decisions(ws, args.unit, args.period, Path(args.out) if args.out else None, passphrase)
    text = f"{data['path']}\n  " + translate(
        "Cli", "{decisions} decision(s) for unit {unit} {name}, periods {periods}, decision bundle no. {seq}"
    ).format(decisions=data["decisions"], unit=data["target_unit"], name=data["target_name"], periods=", ".join(data["periods"]),
             seq=data["seq"]) + "\n  " + translate("Cli", "fingerprint {fingerprint}").format(fingerprint=data["fingerprint"])  # fmt: skip
    if data.get("forwarded"):
        text += "\n  " + translate("Cli", "{n} of them forwarded from the upper level (this office vouches for them)").format(n=data["forwarded"])
    if data.get("via"):
        text += "\n  " + translate(
            "Cli", "unit {unit} reports through {office} {name}: send this file there; that office imports it and passes the decisions on"
        ).format(unit=data["target_unit"], office=data["via"]["unit_code"], name=data["via"]["unit_name"])
    return Result({"ok": True, **data}, text)
