"""``pbgdpl activities import|export FILE`` and ``pbgdpl roster import|export FILE`` (.xlsx, .csv, .json)."""

from __future__ import annotations

import argparse
import sys

from app.commands import Result, add_scope_arguments, open_workspace, run_job, scope_from_args

HELP = {
    "activities": "import or export the activity log (.xlsx, .csv, .json)",
    "roster": "import or export the roster of báo cáo viên and tuyên truyền viên (.xlsx, .csv, .json)",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    for kind in HELP:
        p = sub.add_parser(kind, parents=[common], help=HELP[kind])
        actions = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
        imp = actions.add_parser("import", parents=[common], help="check a whole file, then add or update its rows")
        imp.add_argument("file", metavar="FILE", help=".xlsx, .csv or .json file")
        imp.add_argument("--skip-bad-rows", action="store_true", help="import the good rows even when some rows are bad")
        imp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
        imp.add_argument("--sheet", metavar="NAME", default=None, help="sheet to read (default: the first one recognised)")
        imp.set_defaults(handler=cmd_import, kind=kind)
        exp = actions.add_parser("export", parents=[common], help="write every record, with its id, to a file")
        exp.add_argument("file", metavar="FILE", help=".xlsx, .csv or .json file to write")
        if _dated(kind):
            exp.add_argument("--period", metavar="P", default=None, help="only this period: 2026, 2026-H1, 2026-Q3, 2026-M05")
        if kind == "roster":
            exp.add_argument("--include-personal", action="store_true",
                             help="also write birth dates, phone and ID numbers (left out unless asked for)")
        add_scope_arguments(exp)
        exp.set_defaults(handler=cmd_export, kind=kind)


def _table(word: str) -> str:
    """The table of a command word ("roster" -> "reporters")."""
    from app.core.tabular_rows import tabular_kind

    return tabular_kind(word).kind.name


def _dated(word: str) -> bool:
    """Whether the records of a command word fall in periods (``export --period``)."""
    from app.core.kinds import kind

    return kind(_table(word)).period_field is not None


def _progress(args: argparse.Namespace):
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return None
    return lambda step: print(f"\r{step.label} {step.done}/{step.total}", end="", file=sys.stderr, flush=True)


def cmd_import(args: argparse.Namespace) -> Result:
    from app.services.importing import import_file

    with open_workspace(args) as ws:
        ws.require_initialised()
        report = run_job(
            import_file(ws, args.kind, args.file, skip_bad_rows=args.skip_bad_rows, dry_run=args.dry_run, sheet=args.sheet),
            _progress(args),
        )
    data = {"ok": True, **report.to_dict()}
    verb = "Would import" if report.dry_run else "Imported"
    lines = [
        f"{verb} {report.filename}"
        + (f" (sheet '{report.sheet}', header in row {report.header_row})" if report.sheet else "")
        + f": {report.rows} rows, {report.created} created, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.skipped} skipped"
    ]
    if report.imported_before:
        before = report.imported_before
        lines.append(f"Note: the same file was imported on {before['at']} ({before['filename']}).")
    for conv in report.conversions:
        lines.append(f"Converted {conv['cells']} cells of column '{conv['column']}' from {conv['encoding'].upper()} ({conv['how']})")
    if report.review:
        lines.append(f"{len(report.review)} cells to check by eye (see --json):")
        lines += _review_lines(report.review)
    if report.tasks_not_linked:
        first = report.tasks_not_linked[0]
        lines.append(f"{len(report.tasks_not_linked)} rows name a plan task but were imported without the link "
                     f"(row {first['row']}: {first['reason']})")  # fmt: skip
    if report.ignored_columns:
        lines.append("Columns not used: " + ", ".join(report.ignored_columns))
    if report.problems:
        lines.append(f"Skipped {report.skipped} bad rows:")
        lines += ["  " + p.line() for p in report.problems]
    return Result(data, "\n".join(lines))


def _review_lines(review: list[dict], limit: int = 20) -> list[str]:
    """One line per distinct (column, text): the same ambiguous word in many rows is listed once."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for cell in review:
        groups.setdefault((cell["column"], cell["original"]), []).append(cell)
    lines = []
    for (column, original), cells in list(groups.items())[:limit]:
        rows = ", ".join(str(c["row"]) for c in cells[:8]) + (" …" if len(cells) > 8 else "")
        first = cells[0]
        lines.append(f"  column {column}, row {rows}: {original} -> {first['proposed']!r} ({first['reason']})")
    if len(groups) > limit:
        lines.append(f"  … and {len(groups) - limit} more")
    return lines


def cmd_export(args: argparse.Namespace) -> Result:
    from app.core.periods import parse_period
    from app.services.exporting import export_file

    period = parse_period(args.period) if getattr(args, "period", None) else None
    with open_workspace(args) as ws:
        ws.require_initialised()
        scope = scope_from_args(ws, args)
        personal = bool(getattr(args, "include_personal", False))
        summary = run_job(export_file(ws, args.kind, args.file, period=period, scope=scope, include_personal=personal), _progress(args))
    text = f"Exported {summary['records']} {_table(args.kind)} to {summary['path']}"
    if args.kind == "roster":
        text += " (with personal data)" if personal else " (personal data left out; --include-personal adds it)"
    return Result({"ok": True, **summary}, text)
