"""``pbgdpl bundle …``: export a signed period bundle, verify a file, import files, conflicts, received bundles."""

from __future__ import annotations

import argparse
from pathlib import Path

from typing import TYPE_CHECKING

from app.commands import Result, _passphrase, open_workspace, resolve_paths, run_job

if TYPE_CHECKING:
    from app.sync.report import ImportReport


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    bundle = sub.add_parser("bundle", parents=[common], help="signed bundles: export, verify, import, conflicts")
    bs = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True, parser_class=type(bundle))

    p = bs.add_parser("export", parents=[common], help="write the signed bundle of a period; prints its path")
    p.add_argument("--period", required=True, metavar="P", help="2026, 2026-H1, 2026-Q3 or 2026-M05")
    p.add_argument("--out", metavar="DIR", help="folder to write to (default: the data folder's exports/)")
    _passphrase.add_options(p)
    p.set_defaults(handler=cmd_export)

    p = bs.add_parser("verify", parents=[common], help="check a bundle completely without changing any database")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_verify)

    p = bs.add_parser("import", parents=[common], help="verify and import bundles (each all or nothing)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.set_defaults(handler=cmd_import)

    p = bs.add_parser("conflicts", parents=[common], help="list records received in two different versions")
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p.set_defaults(handler=cmd_conflicts)

    p = bs.add_parser("resolve", parents=[common], help="resolve a conflict: keep mine or take theirs")
    p.add_argument("conflict_id", type=int, metavar="ID")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--keep-mine", dest="choice", action="store_const", const="mine")
    g.add_argument("--take-theirs", dest="choice", action="store_const", const="theirs")
    p.set_defaults(handler=cmd_resolve)

    p = bs.add_parser("received", parents=[common], help="bundles received per unit, with missing sequence numbers")
    p.set_defaults(handler=cmd_received)

    p = bs.add_parser(
        "restore-export", parents=[common],
        help="upper level: write a signed restore file giving a unit back the bundles received from it (khôi phục dữ liệu)",
    )  # fmt: skip
    p.add_argument("--unit", required=True, metavar="CODE")
    p.add_argument("--out", metavar="DIR", help="folder to write to (default: the data folder's exports/)")
    _passphrase.add_options(p)
    p.set_defaults(handler=cmd_restore_export)

    p = bs.add_parser("restore", parents=[common], help="take this unit's own records back from the upper level's restore file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.set_defaults(handler=cmd_restore)


def cmd_export(args: argparse.Namespace) -> Result:
    from app.services.bundles import export_bundle

    with open_workspace(args) as ws:
        ws.require_initialised()
        passphrase = _passphrase.read(args, required=False)
        data = run_job(export_bundle(ws, args.period, Path(args.out) if args.out else None, passphrase))
    counts = data["counts"]
    text = (
        f"{data['path']}\n"
        f"  unit {data['unit_code']}, period {data['period']}, bundle no. {data['seq']}: "
        f"{counts['activities']} activities, {counts['reporters']} reporters, {counts['attachments']} attachments\n"
        f"  fingerprint {data['fingerprint']}"
    )
    if data["relayed"]:
        units = sorted({e["unit_code"] for e in data["relayed"]})
        text += f"\n  carries {len(data['relayed'])} original bundle(s) of {len(units)} unit(s): {', '.join(units)}"
    for w in data["withheld"]:
        text += f"\n  not carried: bundle no. {w['seq']} of unit {w['unit_code']}, period {w['period']} was returned ({w['reason']})"
    text += "".join(f"\n  warning: {w}" for w in data["warnings"])
    return Result({"ok": True, **data}, text)


def cmd_verify(args: argparse.Namespace) -> Result:
    from app.services.bundles import verify_file

    result = verify_file(resolve_paths(args), Path(args.file))
    c = result.counts
    if result.kind == "decisions":
        text = (
            f"OK: {result.file}\n  decision bundle of unit {result.source_unit} {result.source_name} for unit "
            f"{result.target_unit}: {c['decisions']} decision(s), periods {', '.join(result.periods)}\n"
            f"  signed by {result.fingerprint}" + (" (trusted)" if result.trusted else "")
        )
        return Result({"ok": True, **result.to_dict()}, text)
    lines = [
        f"OK: {result.file}",
        f"  unit {result.source_unit} {result.source_name}, periods {', '.join(result.periods)}, bundle no. {result.seq}",
        f"  {c['activities']} activities, {c['reporters']} reporters, {c['attachments']} attachments, {result.files} files",
        f"  signed by {result.fingerprint}" + (" (trusted)" if result.trusted else ""),
        f"  written by pbgdpl {result.app_version} on {result.created_at}",
    ]
    if result.relayed:  # a relay bundle: each carried bundle is checked when it is imported, against this trust list
        lines.append(f"  carries {len(result.relayed)} original bundle(s), each verified on import:")
        lines += [f"    unit {e['unit_code']} {e.get('unit_name', '')}, bundle no. {e['seq']}, periods {', '.join(e['periods'])}" for e in result.relayed]
    if result.already_imported:
        lines.append(f"  already imported on {result.already_imported.imported_at}")
    lines += [f"  warning: {w}" for w in result.warnings]
    return Result({"ok": True, **result.to_dict()}, "\n".join(lines))


TEXT_RECORDS = 30  # records listed per table in the text report (all of them in --json, up to its own limit)


def _record_line(r) -> str:
    """One record of an import report: outcome, date (dd/mm/yyyy), title, id, and the fields it changed."""
    day = f"{r.date[8:10]}/{r.date[5:7]}/{r.date[:4]} " if len(r.date) == 10 else ""
    text = f"{r.outcome}: {day}{r.title or '(no title)'} [{r.id}]"
    if r.changes:
        text += "; " + "; ".join(f"{c.field}: {c.old!r} → {c.new!r}" for c in r.changes[:6])
        text += f" (+{len(r.changes) - 6} fields)" if len(r.changes) > 6 else ""
    if r.outcome in ("stale", "conflicts") and r.reason:
        text += f" ({r.reason})"
    return text


def format_report(report: ImportReport) -> str:
    from app.services.bundles import OUTCOMES

    head = f"{report.filename}: unit {report.source_unit} {report.source_name}, bundle no. {report.seq}, periods {', '.join(report.periods)}"
    if report.already_imported:
        return "\n".join([head + f"\n  {report.message}", *_relayed_lines(report)])
    if report.kind == "decisions":
        lines = [f"{report.filename}: decisions of unit {report.source_unit} {report.source_name}: {report.message}"]
        lines += [
            f"  {d['period']}: {d['decision']}" + (f": {d['reason']}" if d.get("reason") else "") + f" ({d['decided_at'][:10]})"
            for d in report.decisions
        ]
        return "\n".join(lines)
    lines = [head + ("  [DRY RUN: nothing written]" if report.dry_run else "")]
    lines.append(f"  {'table':<12}" + "".join(f"{o:>10}" for o in OUTCOMES))
    for table, outcome in report.tables.items():
        lines.append(f"  {table:<12}" + "".join(f"{outcome.count(o):>10}" for o in OUTCOMES))
    for table, outcome in report.tables.items():
        if outcome.records:  # each record that is not unchanged: date, title, fields old -> new
            shown = outcome.records[:TEXT_RECORDS]
            lines += [f"  {table} {_record_line(r)}" for r in shown]
            more = len(outcome.records) - len(shown) + outcome.more_records
        else:  # a report stored before records were listed
            lines += [f"  {table} {d.id}: {d.outcome}: {d.reason}" for d in outcome.reasons]
            more = outcome.more_reasons
        if more:
            lines.append(f"  {table}: {more} more (see --json)")
    if report.sequence_gaps:
        lines.append(f"  missing bundles from unit {report.source_unit}: no. {', '.join(map(str, report.sequence_gaps))}")
    lines += [
        f"  CHANGED AFTER APPROVAL: period {p} of unit {report.source_unit} was approved and this bundle changed it; "
        "approve it again (pbgdpl approvals)"
        for p in report.changed_after_approval
    ]
    lines += [f"  warning: {w}" for w in report.warnings]
    return "\n".join(lines + _relayed_lines(report))


def _relayed_lines(report: ImportReport) -> list[str]:
    """The original bundles a relay bundle carried: each one's own report, or why it was refused."""
    if not report.relayed:
        return []
    from app.sync.report import ImportReport as Report

    refused = [r for r in report.relayed if not r["ok"]]
    lines = [f"  carries {len(report.relayed)} original bundle(s); {len(refused)} refused"]
    for item in report.relayed:
        if item["ok"]:
            lines += ["    " + ln for ln in format_report(Report.from_dict(item["report"])).splitlines()]
        else:
            err = item["error"]
            lines.append(f"    REFUSED {item['member'][len('relay/'):]} (unit {item['unit_code']}, no. {item['seq']}): {err['code']}: {err['message']}")
    if refused:
        lines.append("  fix what refused them (e.g. pbgdpl keys trust for the unit), then import this file again")
    return lines


def cmd_import(args: argparse.Namespace) -> Result:
    from app.services.bundles import import_many

    with open_workspace(args) as ws:
        ws.require_initialised()
        results = run_job(import_many(ws, [Path(f) for f in args.files], dry_run=args.dry_run))
    failed = [r for r in results if not r.ok]
    text = "\n".join(format_report(r.report) for r in results if r.ok)
    if failed:
        if text and not getattr(args, "json", False):
            print(text)
        first = failed[0].error
        # the first refusal, raised as itself (its class gives the code), naming every refused file
        raise type(first)(
            "; ".join(f"{r.name}: {r.error.message}" for r in failed)
            + (f" ({len(results) - len(failed)} other file(s) imported)" if len(failed) < len(results) else ""),
            **first.details,
            results=[r.to_dict() for r in results],
        ) from first
    return Result({"ok": True, "results": [r.to_dict() for r in results]}, text)


def cmd_conflicts(args: argparse.Namespace) -> Result:
    from app.services.bundles import list_conflicts

    with open_workspace(args) as ws:
        rows = list_conflicts(ws, None if args.all else "open")
    lines = []
    for r in rows:
        lines.append(
            f"#{r['id']} {r['status']}: {r['table_name']} {r['record_id']} (unit {r['owner_unit']}): "
            f"mine rev {r['mine']['rev']}, theirs rev {r['theirs']['rev']}; differs in {', '.join(r['fields']) or 'nothing'}"
            + (f"; id collision: the stored record is unit {r['mine']['owner']}'s" if r["mine"]["owner"] not in ("", r["owner_unit"]) else "")
        )
    if not rows:
        lines.append("no open conflicts")
    return Result({"ok": True, "conflicts": rows}, "\n".join(lines))


def cmd_resolve(args: argparse.Namespace) -> Result:
    from app.services.bundles import resolve_conflict

    with open_workspace(args) as ws:
        data = resolve_conflict(ws, args.conflict_id, args.choice)
    return Result({"ok": True, **data}, f"conflict #{data['id']}: {data['status']} ({data['table_name']} {data['record_id']} at revision {data['rev']})")


def cmd_received(args: argparse.Namespace) -> Result:
    from app.services.bundles import received

    with open_workspace(args) as ws:
        rows = received(ws)
    lines = [f"{'unit':<8} {'bundles':>7} {'last':>5}  last imported         gaps"]
    for r in rows:
        lines.append(f"{r['unit_code']:<8} {r['bundles']:>7} {r['last_seq']:>5}  {r['last_imported_at']:<21} {', '.join(map(str, r['gaps'])) or '-'}")
    return Result({"ok": True, "units": rows}, "\n".join(lines))


def cmd_restore_export(args: argparse.Namespace) -> Result:
    from app.services.restore import export_restore

    with open_workspace(args) as ws:
        data = export_restore(ws, args.unit, Path(args.out) if args.out else None, _passphrase.read(args, required=False))
    lines = [data["path"], f"  unit {data['unit_code']}: {data['bundles']} bundle(s) received from it, last no. {data['last_seq']}; signed by {data['fingerprint']}"]
    lines += [f"  warning: {w}" for w in data["warnings"]]
    return Result({"ok": True, **data}, "\n".join(lines))


def cmd_restore(args: argparse.Namespace) -> Result:
    from app.services.restore import import_restore

    with open_workspace(args) as ws:
        r = import_restore(ws, Path(args.file), dry_run=args.dry_run)
    text = (
        f"restore from unit {r.from_unit} (its key {r.from_fingerprint}): {r.bundles} bundle(s); {r.added} record(s) added, "
        f"{r.replaced} replaced by a newer revision, {r.kept} already here; {r.files} file(s) copied; "
        f"the next bundle will be no. {r.next_seq}" + ("  [DRY RUN: nothing written]" if r.dry_run else "")
    )
    return Result({"ok": True, **r.to_dict()}, text)
