"""``pbgdpl plan list|show|import|example|report|board``: PBGDPL plans, their tasks and the plan report."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import Result, add_scope_arguments, open_workspace, scope_from_args
from app.commands.language import QT_TRANSLATE_NOOP, header, translate

# A task's status in the user's language (app.core.plans.TASK_STATUSES); --json keeps the English word.
STATUS = {
    "not_started": QT_TRANSLATE_NOOP("Cli", "not started"),
    "in_progress": QT_TRANSLATE_NOOP("Cli", "in progress"),
    "done": QT_TRANSLATE_NOOP("Cli", "done"),
    "overdue": QT_TRANSLATE_NOOP("Cli", "overdue"),
    "dropped": QT_TRANSLATE_NOOP("Cli", "dropped"),
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    plan = sub.add_parser("plan", parents=[common], help="PBGDPL plans (kế hoạch) and their tasks")
    ps = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True, parser_class=type(plan))

    p = ps.add_parser("list", parents=[common], help="the plans stored, with the share of their tasks done")
    p.add_argument("--year", type=int, default=None, metavar="YYYY", help="only plans whose period covers this year")
    add_scope_arguments(p)
    p.set_defaults(handler=cmd_list)

    p = ps.add_parser("show", parents=[common], help="a plan's tasks with their status today (or on --on)")
    p.add_argument("number", metavar="NUMBER", help="the plan's number, e.g. 05/KH-UBND")
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD")
    add_scope_arguments(p)
    p.set_defaults(handler=cmd_show)

    p = ps.add_parser("import", parents=[common], help="check a plan file (.xlsx: sheets 'Kế hoạch' and 'Nhiệm vụ') and store it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.set_defaults(handler=cmd_import)

    p = ps.add_parser("example", parents=[common], help="list the example plans, or store one (e.g. 164/KH-UBND) to take tasks from")
    p.add_argument("key", nargs="?", default=None, metavar="NUMBER")
    p.set_defaults(handler=cmd_example)

    p = ps.add_parser("report", parents=[common], help="the plan report (each task, deadline, status, activities) as PDF or .xlsx")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--out", required=True, metavar="FILE", help="a .pdf or .xlsx file to write")
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="statuses on this day (default today)")
    add_scope_arguments(p)
    p.set_defaults(handler=cmd_report)

    p = ps.add_parser("indicators", parents=[common], help="the annual plan's figures of a year (on time, share done, outside the plan)")
    p.add_argument("--year", type=int, required=True, metavar="YYYY")
    add_scope_arguments(p)
    p.set_defaults(handler=cmd_indicators)

    p = ps.add_parser("funding", parents=[common], help="a year's PBGDPL budget and spending by form, target group and priority groups")
    p.add_argument("--year", type=int, required=True, metavar="YYYY")
    p.add_argument("--out", default=None, metavar="FILE", help="also write the funding report (.pdf or .xlsx)")
    add_scope_arguments(p)
    p.set_defaults(handler=cmd_funding)


def _on(ws, text: str | None):
    from datetime import date

    from app.core.errors import UsageError

    if not text:
        return ws.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--on {text}: write the day as YYYY-MM-DD") from None


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _find(ws, scope, number: str):
    from app.core.errors import UsageError
    from app.core.text import fold
    from app.services import plans as svc

    found = [p for p in svc.list_plans(ws, scope) if fold(p.number) == fold(number)]
    if not found:
        raise UsageError(f"no plan numbered {number} (see 'pbgdpl plan list')")
    return found[0]


def cmd_list(args: argparse.Namespace) -> Result:
    from app.services import plans as svc

    with open_workspace(args) as ws:
        ws.require_initialised()
        scope = scope_from_args(ws, args)
        plans = svc.list_plans(ws, scope, args.year)
        views = [svc.plan_view(ws, p.id) for p in plans]
    lines = [header((translate("Cli", "number"), 17), (translate("Cli", "date"), 11), (translate("Cli", "period"), 15), (translate("Cli", "unit"), 7),
                    (translate("Cli", "tasks"), -5), (translate("Cli", "done"), -6), (translate("Cli", "late"), -6), ("", 2),
                    (translate("Cli", "title"), 0))]  # fmt: skip
    data = []
    for v in views:
        p = v.plan
        done, late = v.count("done"), v.count("overdue", None)
        lines.append(f"{p.number:<16} {p.date:%d/%m/%Y} {p.period_text():<14} {p.meta.owner_unit:<6} {v.in_plan:>5} {done:>5} {late:>5}  {p.title}")
        data.append({"id": p.id, "number": p.number, "date": p.date.isoformat() if p.date else None, "unit": p.meta.owner_unit,
                     "year_from": p.year_from, "year_to": p.year_to, "tasks": v.in_plan, "done": done, "overdue": late,
                     "done_share": v.done_share})  # fmt: skip
    lines.append(translate("Cli", "{count} plan(s)").format(count=len(views)))
    return Result({"ok": True, "plans": data}, "\n".join(lines))


def cmd_show(args: argparse.Namespace) -> Result:
    from app.services import plans as svc

    with open_workspace(args) as ws:
        ws.require_initialised()
        plan = _find(ws, scope_from_args(ws, args), args.number)
        view = svc.plan_view(ws, plan.id, _on(ws, args.on))
    lines = [f"{plan.number} ({plan.date:%d/%m/%Y}) {plan.title}",
             header((translate("Cli", "section"), 13), (translate("Cli", "deadline"), 19), (translate("Cli", "status"), 13),
                    (translate("Cli", "acts"), -4), ("", 2), (translate("Cli", "content"), 0))]  # fmt: skip
    rows = []
    for r in view.rows:
        t = r.task
        mark = translate("Cli", " [outside the plan]") if t.outside_plan else ""
        status = translate("Cli", STATUS[r.status]) if r.status in STATUS else r.status
        lines.append(f"{t.section:<12} {t.deadline:<18} {status:<12} {r.activities:>4}  {t.content.splitlines()[0][:80]}{mark}")
        rows.append({"id": t.id, "section": t.section, "deadline": t.deadline, "status": r.status, "activities": r.activities,
                     "outside_plan": t.outside_plan, "content": t.content})  # fmt: skip
    lines.append(translate("Cli", "done {share} of {count} task(s) in the plan").format(share=_share(view.done_share), count=view.in_plan))
    return Result({"ok": True, "plan": plan.number, "tasks": rows, "done_share": view.done_share}, "\n".join(lines))


def cmd_import(args: argparse.Namespace) -> Result:
    from app.services.plan_files import import_plan_xlsx

    with open_workspace(args) as ws:
        ws.require_initialised()
        plan, tasks = import_plan_xlsx(ws, Path(args.file), dry_run=args.dry_run)
    verb = translate("Cli", "Checked (nothing written)") if args.dry_run else translate("Cli", "Imported")
    text = verb + ": " + translate("Cli", "plan {number} of {day} with {count} task(s)").format(number=plan.number, day=f"{plan.date:%d/%m/%Y}", count=len(tasks))
    return Result({"ok": True, "number": plan.number, "tasks": len(tasks), "dry_run": args.dry_run}, text)


def cmd_example(args: argparse.Namespace) -> Result:
    from app.services.plan_files import example_plans, import_example

    if args.key is None:
        rows = example_plans()
        lines = [f"{e.plan.number:<14} {e.plan.date:%d/%m/%Y} " + translate("Cli", "{count} task(s)").format(count=f"{len(e.tasks):>3}")
                 + f"  {e.plan.issuer}: {e.plan.title}" for e in rows]  # fmt: skip
        return Result({"ok": True, "examples": [{"key": e.key, "number": e.plan.number, "tasks": len(e.tasks)} for e in rows]}, "\n".join(lines))
    with open_workspace(args) as ws:
        ws.require_initialised()
        plan = import_example(ws, args.key)
    return Result({"ok": True, "number": plan.number, "id": plan.id}, translate("Cli", "Stored the example plan {number}; take its tasks into your plan in the Plans screen").format(number=plan.number))


def cmd_report(args: argparse.Namespace) -> Result:
    from app.core.errors import UsageError
    from app.services.plan_reports import render_plan_report
    from app.services.printing import write_atomically

    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "xlsx"):
        raise UsageError(f"--out {out.name}: write a .pdf or .xlsx file")
    with open_workspace(args) as ws:
        ws.require_initialised()
        plan = _find(ws, scope_from_args(ws, args), args.number)
        data = render_plan_report(ws, plan.id, fmt, _on(ws, args.on))
    write_atomically(out, data)
    return Result({"ok": True, "path": str(out), "bytes": len(data)}, translate("Cli", "Wrote {file}").format(file=out))


def cmd_indicators(args: argparse.Namespace) -> Result:
    from app.services import plans as svc

    with open_workspace(args) as ws:
        ws.require_initialised()
        scope = scope_from_args(ws, args)
        rows = svc.plans_side_by_side(ws, scope, args.year)
    lines = [header((translate("Cli", "unit"), 7), (translate("Cli", "plan"), 15), (translate("Cli", "on time"), 9), (translate("Cli", "done"), -10),
                    (translate("Cli", "outside"), -11), ("", 2), (translate("Cli", "name"), 0))]  # fmt: skip
    for r in rows:
        i = r.indicators
        on_time = {True: translate("Cli", "yes"), False: translate("Cli", "late"), None: "?"}[i.on_time] if i.plan_id else "-"
        lines.append(f"{r.unit:<6} {i.plan_number or translate('Cli', '(no plan)'):<14} {on_time:<8} {i.done:>3}/{i.tasks:<3}{_share(i.done_share):>4} "
                     f"{i.outside_done:>3}/{i.outside:<3}{_share(i.outside_share):>4}  {r.unit_name}")  # fmt: skip
    return Result({"ok": True, "year": args.year, "units": [{"unit": r.unit, **r.indicators.to_dict()} for r in rows]}, "\n".join(lines))


def cmd_funding(args: argparse.Namespace) -> Result:
    from app.core.errors import UsageError
    from app.services import funding as svc
    from app.services.printing import write_atomically

    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(f"--out {out.name}: write a .pdf or .xlsx file")
    with open_workspace(args) as ws:
        ws.require_initialised()
        scope = scope_from_args(ws, args)
        f = svc.funding(ws, scope, args.year)
        if out is not None:
            data = svc.render_funding_report(ws, scope, args.year, out.suffix.lower().lstrip("."))
    if out is not None:
        write_atomically(out, data)
    money = lambda v: "-" if v is None else f"{v:,}".replace(",", ".")  # noqa: E731
    lines = [
        translate("Cli", "year {year}: budget {budget} VND, spent {spent} VND ({share} of the budget)").format(
            year=f.year, budget=money(f.budget or None), spent=money(f.spent), share=_share(f.used_share)),
        translate("Cli", "activities {count}, with a cost {paid}").format(count=f.activities, paid=f.paid_activities),
        translate("Cli", "priority groups (Luật PBGDPL Điều 17–22): {cost} VND = {share} of the spending").format(
            cost=money(f.priority_cost), share=_share(f.priority_share)),
        translate("Cli", "by form: {list}").format(list=", ".join(f"{k} {money(v)}" for k, v in sorted(f.by_form.items(), key=lambda kv: -kv[1]))),
        translate("Cli", "by target group: {list}").format(
            list=", ".join(f"{k or translate('Cli', '(none)')} {money(v)}" for k, v in sorted(f.by_group.items(), key=lambda kv: -kv[1]))),
    ]  # fmt: skip
    if out is not None:
        lines.append(translate("Cli", "Wrote {file}").format(file=out))
    return Result({"ok": True, **f.to_dict(), "path": str(out) if out else None}, "\n".join(lines))
