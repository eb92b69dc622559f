"""``pbgdpl bundle …``: export a signed period bundle, verify a file, import files, conflicts, received bundles."""

from __future__ import annotations

import argparse
from pathlib import Path

from typing import TYPE_CHECKING

from app.commands import Result, _passphrase, open_workspace, resolve_paths, run_job, shown_date
from app.commands.language import header, translate, word

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
    text = f"{data['path']}\n  " + translate(
        "Cli", "unit {unit}, period {period}, bundle no. {seq}: {activities} activities, {reporters} reporters, {attachments} attachments"
    ).format(unit=data["unit_code"], period=data["period"], seq=data["seq"], **_counts(counts))
    text += "\n  " + translate("Cli", "fingerprint {fingerprint}").format(fingerprint=data["fingerprint"])
    if data["relayed"]:
        units = sorted({e["unit_code"] for e in data["relayed"]})
        text += "\n  " + translate("Cli", "carries {bundles} original bundle(s) of {count} unit(s): {units}").format(
            bundles=len(data["relayed"]), count=len(units), units=", ".join(units))
    for w in data["withheld"]:
        text += "\n  " + translate("Cli", "not carried: bundle no. {seq} of unit {unit}, period {period} was returned ({reason})").format(
            seq=w["seq"], unit=w["unit_code"], period=w["period"], reason=w["reason"])
    text += "".join("\n  " + _warning(w) for w in data["warnings"])
    return Result({"ok": True, **data}, text)


def cmd_verify(args: argparse.Namespace) -> Result:
    from app.services.bundles import verify_file

    result = verify_file(resolve_paths(args), Path(args.file))
    c = result.counts
    signed = translate("Cli", "signed by {fingerprint}").format(fingerprint=result.fingerprint)
    signed += translate("Cli", " (trusted)") if result.trusted else ""
    if result.kind == "decisions":
        text = f"OK: {result.file}\n  " + translate(
            "Cli", "decision bundle of unit {unit} {name} for unit {target}: {decisions} decision(s), periods {periods}"
        ).format(unit=result.source_unit, name=result.source_name, target=result.target_unit, decisions=c["decisions"],
                 periods=", ".join(result.periods)) + "\n  " + signed  # fmt: skip
        return Result({"ok": True, **result.to_dict()}, text)
    lines = [
        f"OK: {result.file}",
        "  " + translate("Cli", "unit {unit} {name}, periods {periods}, bundle no. {seq}").format(
            unit=result.source_unit, name=result.source_name, periods=", ".join(result.periods), seq=result.seq),
        "  " + translate("Cli", "{activities} activities, {reporters} reporters, {attachments} attachments, {files} files").format(
            files=result.files, **_counts(c)),
        "  " + signed,
        "  " + translate("Cli", "written by pbgdpl {version} on {at}").format(version=result.app_version, at=shown_date(result.created_at, time=True)),
    ]
    if result.relayed:  # a relay bundle: each carried bundle is checked when it is imported, against this trust list
        lines.append("  " + translate("Cli", "carries {count} original bundle(s), each verified on import:").format(count=len(result.relayed)))
        lines += ["    " + translate("Cli", "unit {unit} {name}, bundle no. {seq}, periods {periods}").format(
            unit=e["unit_code"], name=e.get("unit_name", ""), seq=e["seq"], periods=", ".join(e["periods"])) for e in result.relayed]
    if result.already_imported:
        lines.append("  " + translate("Cli", "already imported on {at}").format(at=shown_date(result.already_imported.imported_at, time=True)))
    lines += ["  " + _warning(w) for w in result.warnings]
    return Result({"ok": True, **result.to_dict()}, "\n".join(lines))


TEXT_RECORDS = 30  # records listed per table in the text report (all of them in --json, up to its own limit)

def _counts(counts: dict) -> dict:
    return {k: counts.get(k, 0) for k in ("activities", "reporters", "attachments")}


def _warning(text: str) -> str:
    return translate("Cli", "warning: {text}").format(text=text)


def _record_line(r) -> str:
    """One record of an import report: outcome, date (dd/mm/yyyy), title, id, and the fields it changed."""
    day = f"{r.date[8:10]}/{r.date[5:7]}/{r.date[:4]} " if len(r.date) == 10 else ""
    text = f"{word(r.outcome)}: {day}{r.title or translate('Cli', '(no title)')} [{r.id}]"
    if r.changes:
        text += "; " + "; ".join(f"{c.field}: {c.old!r} → {c.new!r}" for c in r.changes[:6])
        text += translate("Cli", " (+{count} fields)").format(count=len(r.changes) - 6) if len(r.changes) > 6 else ""
    if r.outcome in ("stale", "conflicts") and r.reason:
        text += f" ({r.reason})"
    return text


def format_report(report: ImportReport) -> str:
    from app.services.bundles import OUTCOMES

    head = f"{report.filename}: " + translate("Cli", "unit {unit} {name}, bundle no. {seq}, periods {periods}").format(
        unit=report.source_unit, name=report.source_name, seq=report.seq, periods=", ".join(report.periods))
    if report.already_imported:
        again = translate("Cli", "already imported on {at}; nothing changed").format(at=shown_date(report.already_imported.at, time=True))
        return "\n".join([head + f"\n  {again}", *_relayed_lines(report)])
    if report.kind == "decisions":
        lines = [f"{report.filename}: " + translate("Cli", "decisions of unit {unit} {name}: {message}").format(
            unit=report.source_unit, name=report.source_name, message=report.message)]
        lines += [
            f"  {d['period']}: {word(d['decision'])}" + (f": {d['reason']}" if d.get("reason") else "") + f" ({d['decided_at'][:10]})"
            for d in report.decisions
        ]
        return "\n".join(lines)
    lines = [head + (translate("Cli", "  [DRY RUN: nothing written]") if report.dry_run else "")]
    width = max([12] + [len(word(t)) + 1 for t in report.tables])
    lines.append(f"  {word('table'):<{width}}" + "".join(f"{word(o):>11}" for o in OUTCOMES))
    for table, outcome in report.tables.items():
        lines.append(f"  {word(table):<{width}}" + "".join(f"{outcome.count(o):>11}" for o in OUTCOMES))
    for table, outcome in report.tables.items():
        if outcome.records:  # each record that is not unchanged: date, title, fields old -> new
            shown = outcome.records[:TEXT_RECORDS]
            lines += [f"  {word(table)} {_record_line(r)}" for r in shown]
            more = len(outcome.records) - len(shown) + outcome.more_records
        else:  # a report stored before records were listed
            lines += [f"  {word(table)} {d.id}: {word(d.outcome)}: {d.reason}" for d in outcome.reasons]
            more = outcome.more_reasons
        if more:
            lines.append("  " + translate("Cli", "{table}: {count} more (see --json)").format(table=word(table), count=more))
    if report.sequence_gaps:
        lines.append("  " + translate("Cli", "missing bundles from unit {unit}: no. {numbers}").format(
            unit=report.source_unit, numbers=", ".join(map(str, report.sequence_gaps))))
    lines += [
        "  " + translate("Cli", "CHANGED AFTER APPROVAL: period {period} of unit {unit} was approved and this bundle changed it; "
                         "approve it again (pbgdpl approvals)").format(period=p, unit=report.source_unit)
        for p in report.changed_after_approval
    ]
    lines += ["  " + _warning(w) for w in report.warnings]
    return "\n".join(lines + _relayed_lines(report))


def _relayed_lines(report: ImportReport) -> list[str]:
    """The original bundles a relay bundle carried: each one's own report, or why it was refused."""
    if not report.relayed:
        return []
    from app.sync.report import ImportReport as Report

    refused = [r for r in report.relayed if not r["ok"]]
    lines = ["  " + translate("Cli", "carries {count} original bundle(s); {refused} refused").format(
        count=len(report.relayed), refused=len(refused))]
    for item in report.relayed:
        if item["ok"]:
            lines += ["    " + ln for ln in format_report(Report.from_dict(item["report"])).splitlines()]
        else:
            err = item["error"]
            lines.append("    " + translate("Cli", "REFUSED {member} (unit {unit}, no. {seq}): {code}: {message}").format(
                member=item["member"][len("relay/"):], unit=item["unit_code"], seq=item["seq"], code=err["code"], message=err["message"]))
    if refused:
        lines.append("  " + translate("Cli", "fix what refused them (e.g. pbgdpl keys trust for the unit), then import this file again"))
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
        lines.append(f"#{r['id']} {word(r['status'])}: {word(r['table_name'])} {r['record_id']} " + translate(
            "Cli", "(unit {unit}): mine rev {mine}, theirs rev {theirs}; differs in {fields}"
        ).format(unit=r["owner_unit"], mine=r["mine"]["rev"], theirs=r["theirs"]["rev"],
                 fields=", ".join(r["fields"]) or translate("Cli", "nothing")))  # fmt: skip
        if r["mine"]["owner"] not in ("", r["owner_unit"]):  # an id two units claim (app.services.collisions)
            lines[-1] += translate("Cli", "; id collision: the stored record is unit {unit}'s").format(unit=r["mine"]["owner"])
    if not rows:
        lines.append(translate("Cli", "no open conflicts"))
    return Result({"ok": True, "conflicts": rows}, "\n".join(lines))


def cmd_resolve(args: argparse.Namespace) -> Result:
    from app.services.bundles import resolve_conflict

    with open_workspace(args) as ws:
        data = resolve_conflict(ws, args.conflict_id, args.choice)
    text = translate("Cli", "conflict #{id}: {status} ({table} {record} at revision {rev})").format(
        id=data["id"], status=word(data["status"]), table=word(data["table_name"]), record=data["record_id"], rev=data["rev"])
    return Result({"ok": True, **data}, text)


def cmd_received(args: argparse.Namespace) -> Result:
    from app.services.bundles import received

    with open_workspace(args) as ws:
        rows = received(ws)
    lines = [header((translate("Cli", "unit"), 9), (translate("Cli", "bundles"), -7), (translate("Cli", "last"), -6), ("", 2),
                    (translate("Cli", "last imported"), 22), (translate("Cli", "gaps"), 0))]  # fmt: skip
    for r in rows:
        lines.append(f"{r['unit_code']:<8} {r['bundles']:>7} {r['last_seq']:>5}  {shown_date(r['last_imported_at'], time=True):<21} {', '.join(map(str, r['gaps'])) or '-'}")
    return Result({"ok": True, "units": rows}, "\n".join(lines))


def cmd_restore_export(args: argparse.Namespace) -> Result:
    from app.services.restore import export_restore

    with open_workspace(args) as ws:
        data = export_restore(ws, args.unit, Path(args.out) if args.out else None, _passphrase.read(args, required=False))
    lines = [data["path"], "  " + translate("Cli", "unit {unit}: {bundles} bundle(s) received from it, last no. {seq}; signed by {fingerprint}").format(
        unit=data["unit_code"], bundles=data["bundles"], seq=data["last_seq"], fingerprint=data["fingerprint"])]
    lines += ["  " + _warning(w) for w in data["warnings"]]
    return Result({"ok": True, **data}, "\n".join(lines))


def cmd_restore(args: argparse.Namespace) -> Result:
    from app.services.restore import import_restore

    with open_workspace(args) as ws:
        r = import_restore(ws, Path(args.file), dry_run=args.dry_run)
    text = translate(
        "Cli", "restore from unit {unit} (its key {fingerprint}): {bundles} bundle(s); {added} record(s) added, {replaced} replaced "
        "by a newer revision, {kept} already here; {files} file(s) copied; the next bundle will be no. {seq}"
    ).format(unit=r.from_unit, fingerprint=r.from_fingerprint, bundles=r.bundles, added=r.added, replaced=r.replaced, kept=r.kept,
             files=r.files, seq=r.next_seq) + (translate("Cli", "  [DRY RUN: nothing written]") if r.dry_run else "")  # fmt: skip
    return Result({"ok": True, **r.to_dict()}, text)
