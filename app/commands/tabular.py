"""``pbgdpl activities import|export FILE`` and ``pbgdpl roster import|export FILE`` (.xlsx, .csv, .json)."""

from __future__ import annotations

import argparse
import sys

from app.commands import Result, add_scope_arguments, open_workspace, run_job, scope_from_args
from app.commands.language import QT_TRANSLATE_NOOP, translate, word

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


SKIP_REASONS = (QT_TRANSLATE_NOOP("Cli", "total row"), QT_TRANSLATE_NOOP("Cli", "column numbers"))  # app.services.sheets


def cmd_import(args: argparse.Namespace) -> Result:
    from app.services.importing import import_file

    with open_workspace(args) as ws:
        ws.require_initialised()
        report = run_job(
            import_file(ws, args.kind, args.file, skip_bad_rows=args.skip_bad_rows, dry_run=args.dry_run, sheet=args.sheet),
            _progress(args),
        )
    data = {"ok": True, **report.to_dict()}
    verb = translate("Cli", "Would import {file}") if report.dry_run else translate("Cli", "Imported {file}")
    sheet = translate("Cli", " (sheet '{sheet}', header in row {row})").format(sheet=report.sheet, row=report.header_row) if report.sheet else ""
    lines = [
        verb.format(file=report.filename) + sheet + ": " + translate(
            "Cli", "{rows} rows, {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped"
        ).format(rows=report.rows, created=report.created, updated=report.updated, unchanged=report.unchanged, skipped=report.skipped)
    ]
    if report.imported_before:
        before = report.imported_before
        lines.append(translate("Cli", "Note: the same file was imported on {at} ({file}).").format(at=before["at"], file=before["filename"]))
    for conv in report.conversions:
        lines.append(translate("Cli", "Converted {cells} cells of column '{column}' from {encoding} ({how})").format(
            cells=conv["cells"], column=conv["column"], encoding=conv["encoding"].upper(), how=conv["how"]))
    if report.review:
        lines.append(translate("Cli", "{count} cells to check by eye (see --json):").format(count=len(report.review)))
        lines += _review_lines(report.review)
    if report.tasks_not_linked:
        first = report.tasks_not_linked[0]
        lines.append(translate("Cli", "{count} rows name a plan task but were imported without the link (row {row}: {reason})").format(
            count=len(report.tasks_not_linked), row=first["row"], reason=first["reason"]))  # fmt: skip
    if report.ignored_columns:
        lines.append(translate("Cli", "Columns not used: {columns}").format(columns=", ".join(report.ignored_columns)))
    if report.skipped_rows:
        lines.append(translate("Cli", "Rows left out: {rows}").format(
            rows=", ".join(f"{r['row']} ({translate('Cli', r['reason'])})" for r in report.skipped_rows)))
    lines += [translate("Cli", "Warning: {message}").format(message=note["message"]) for note in report.notes]
    if report.problems:
        lines.append(translate("Cli", "Skipped {count} bad rows:").format(count=report.skipped))
        lines += ["  " + translate("Cli", "row {row}, column {column}: {message}").format(row=p.row, column=p.column, message=p.message)
                  for p in report.problems]
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
        lines.append("  " + translate("Cli", "column {column}, row {rows}: {original} -> {proposed} ({reason})").format(
            column=column, rows=rows, original=original, proposed=repr(first["proposed"]), reason=first["reason"]))
    if len(groups) > limit:
        lines.append("  " + translate("Cli", "… and {count} more").format(count=len(groups) - limit))
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
    text = translate("Cli", "Exported {count} {what} to {file}").format(count=summary["records"], what=word(_table(args.kind)), file=summary["path"])
    if args.kind == "roster":
        text += translate("Cli", " (with personal data)") if personal else translate("Cli", " (personal data left out; --include-personal adds it)")
    return Result({"ok": True, **summary}, text)
