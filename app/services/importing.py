"""Import activities or the roster from .xlsx, .csv or .json: check the whole file, then write it in one transaction."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Generator

from app.core.errors import FileFormatError, FileMissingError, ImportRejectedError, ValidationError
from app.core.kinds import REPORTERS
from app.core.models import new_id
from app.core.progress import Progress
from app.core.roster import kept_on_import
from app.core.tabular import HeaderTable, RowProblem
from app.core.tabular_rows import TABULAR, RowContext, RowRecord, TabularKind, cell_text
from app.paths import resource_path
from app.services.sheets import CSV, SPREADSHEETS, read_table
from app.services.workspace import Workspace
from app.store.tables import spec as table_spec
from app.store import bulk
from app.store import file_imports
from app.store import records as record_store

KINDS = {t.word: t.kind.name for t in TABULAR}  # command word → table
_BY_TABLE: dict[str, TabularKind] = {t.kind.name: t for t in TABULAR}
FORMATS = SPREADSHEETS + CSV + (".json",)
MAX_LISTED = 200  # problems listed in the error message (all of them stay in the report)


@lru_cache(maxsize=1)
def header_catalog() -> dict:
    """resources/catalogs/import_headers.json, read once."""
    return json.loads(resource_path("catalogs", "import_headers.json").read_text(encoding="utf-8"))


def header_table(table: str) -> HeaderTable:
    """The header aliases of ``activities`` or ``reporters``."""
    return HeaderTable.from_data(header_catalog(), table)


@dataclass
class ImportReport:
    """What an import found and did; also stored as JSON in file_imports."""

    kind: str
    filename: str
    sheet: str = ""
    header_row: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # header in the file → field
    ignored_columns: list[str] = field(default_factory=list)
    rows: int = 0
    blank_rows: int = 0
    skipped_rows: list[dict] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    conversions: list[dict] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)  # hidden columns and rows (sheets.Table.notes)
    tasks_changed: int = 0  # plan tasks whose activities the task column changed
    tasks_not_linked: list[dict] = field(default_factory=list)  # rows naming a task of a plan not stored here
    dry_run: bool = False
    written: bool = False
    imported_before: dict | None = None

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("rows", "created", "updated", "unchanged", "skipped")}

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "problems"}
        data["bad_rows"] = len(self.bad_rows)
        data["problems"] = [p.to_dict() for p in self.problems]
        return data


class _Rollback(Exception):
    """Raised inside the transaction of a dry run so that nothing stays written."""


def _check_path(path: Path) -> None:
    if not path.is_file():
        raise FileMissingError(f"{path} does not exist", path=str(path))
    if path.suffix.lower() not in FORMATS:
        raise FileFormatError(
            f"{path.name}: unknown file type '{path.suffix}'; use .xlsx, .csv or .json", path=str(path)
        )


def _other_unit(number: int, column: str, owner: str, owner_name: str, unit: str) -> RowProblem | None:
    """A problem when a row names an owner unit other than ``unit`` (a file exported by an upper level holds the
    records of several units: each unit imports only its own). An empty owner is the importer's own row."""
    owner = owner.strip()
    if not owner or owner == unit or (owner.isdigit() and unit.isdigit() and int(owner) == int(unit)):
        return None
    who = f"{owner} ({owner_name})" if owner_name else owner
    return RowProblem(number, column, "other-unit", f"this row is a record of unit {who}; a unit imports only its own records (this is unit {unit})")


def _json_rows(path: Path, table: str, ctx: RowContext, unit: str) -> list[RowRecord]:
    """Records of a pbgdpl .json export (a list of {id, meta, payload}, or of bare payloads)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FileFormatError(f"{path.name} is not a JSON file ({exc})", path=str(path)) from exc
    if isinstance(data, dict):
        data = data.get(table) or data.get("records")
    if not isinstance(data, list):
        raise FileFormatError(f"{path.name} does not hold a list of {table}", path=str(path))
    out: list[RowRecord] = []
    k = _BY_TABLE[table].kind
    build, rules = k.from_payload, k.validate
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            out.append(RowRecord(number, None, False, [RowProblem(number, "", "bad-record", "not a JSON object")]))
            continue
        payload = item.get("payload", item)
        explicit = bool(item.get("id"))
        try:
            record = build(str(item["id"]) if explicit else "", payload)
        except (TypeError, ValueError, AttributeError) as exc:
            out.append(RowRecord(number, None, explicit, [RowProblem(number, "", "bad-record", f"cannot be read: {exc}")]))
            continue
        if not explicit:
            record.id = new_id()
        problems = [RowProblem(number, p.field, p.code, p.message) for p in rules(record, ctx.catalogs, ctx.today)]
        meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
        other = _other_unit(number, "meta.owner_unit", str(meta.get("owner_unit") or ""), "", unit)
        if other is not None:  # not this unit's to check: that is the one problem of the row
            problems = [other]
        out.append(RowRecord(number, record, explicit, problems))
    return out


def _resolve_ids(ws: Workspace, table: str, records: list[RowRecord], unit: str, id_column: str) -> set[str]:
    """Give each row the id of the record it updates; add a problem for ids of other units or deleted ones.

    Returns:
        The ids of the rows that are already stored (the others are new).
    """
    owners = file_imports.owners(ws.db, table, [r.record.id for r in records if r.record is not None and r.explicit_id])
    keys = file_imports.natural_keys(ws.db, table, unit)
    stored = set(owners) | set(keys.values())
    natural_key = _BY_TABLE[table].natural_key
    seen: dict[str, int] = {}
    for r in records:
        if r.record is None:
            continue
        key = natural_key(r.record)
        if r.explicit_id:
            owner = owners.get(r.record.id)
            if owner and owner[0] != unit:
                r.problems.append(RowProblem(r.row, id_column, "other-unit", f"record {r.record.id} belongs to unit {owner[0]}; only that unit may change it"))
            elif owner and owner[1]:
                r.problems.append(RowProblem(r.row, id_column, "deleted", f"record {r.record.id} was deleted; it cannot be imported again"))
            elif r.record.id in seen:
                r.problems.append(RowProblem(r.row, id_column, "duplicate-id", f"the same id is in row {seen[r.record.id]}"))
        else:
            r.record.id = keys.get(key, r.record.id)
        seen.setdefault(r.record.id, r.row)
        keys.setdefault(key, r.record.id)
    return stored


def _context(ws: Workspace, table: str, unit: str) -> RowContext:
    headers = header_table(table)
    refers = REPORTERS.name in _BY_TABLE[table].kind.references.values()
    names = file_imports.reporter_names(ws.db, unit) if refers else {}
    return RowContext(ws.catalogs, ws.today(), names, {f: headers.label(f) for f in headers.fields})


def import_file(
    ws: Workspace,
    kind: str,
    path: Path | str,
    *,
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    sheet: str | None = None,
) -> Generator[Progress, None, ImportReport]:
    """Check a whole file of activities or reporters, then write it in one transaction.

    Args:
        ws: the open, initialised workspace.
        kind: "activities" or "roster".
        path: an .xlsx, .csv or .json file.
        skip_bad_rows: write the good rows even when some rows are bad (they are counted as skipped).
        dry_run: check and count what would happen, write nothing.
        sheet: the sheet to read (default: the first whose header is recognised).

    Yields:
        Progress while reading, checking and writing.

    Returns:
        The ImportReport.

    Raises:
        FileMissingError, FileFormatError: the file is missing, of an unknown type, corrupt, or has no header.
        ImportRejectedError: some rows are bad and ``skip_bad_rows`` is False; ``details['report']`` lists them.
    """
    table = KINDS[kind]
    path = Path(path)
    _check_path(path)
    unit = ws.unit_code
    report = ImportReport(kind=kind, filename=path.name, dry_run=dry_run)
    yield Progress(0, 0, "read")
    ctx = _context(ws, table, unit)
    id_column = "id"
    links: list[tuple[RowRecord, str | None]] | None = None  # None: the file has no task column
    if path.suffix.lower() == ".json":
        records = _json_rows(path, table, ctx, unit)
    else:
        sheet_data = read_table(path, header_table(table), sheet)
        report.sheet, report.header_row = sheet_data.sheet, sheet_data.layout.row + 1
        report.columns = {sheet_data.titles[f]: f for f in sheet_data.titles}
        id_column = sheet_data.titles.get("id", ctx.labels["id"])
        report.ignored_columns = list(sheet_data.layout.ignored)
        report.blank_rows, report.skipped_rows = sheet_data.blank_rows, sheet_data.skipped_rows
        report.conversions, report.review = sheet_data.conversions, sheet_data.review
        report.notes = sheet_data.notes
        unreadable: dict[int, list[RowProblem]] = {}  # cells the file holds no value for (formulas never calculated)
        for problem in sheet_data.problems:
            unreadable.setdefault(problem.row, []).append(problem)
        build = _BY_TABLE[table].build
        owner_column = sheet_data.titles.get("owner_unit")  # an upper level's export names each row's unit
        records = []
        total = len(sheet_data.rows)
        for i, (number, cells) in enumerate(sheet_data.rows):
            record = build(number, cells, sheet_data.titles, ctx)
            if number in unreadable:
                record.problems[:0] = unreadable[number]
            if owner_column is not None:
                owner, owner_name = cell_text(cells.get("owner_unit")), cell_text(cells.get("owner_unit_name"))
                other = _other_unit(number, owner_column, owner, owner_name, unit)
                if other is not None:  # not this unit's to check: that is the one problem of the row
                    record.problems[:] = [other]
            records.append(record)
            if i % 1000 == 999:
                yield Progress(i + 1, total, "check")
        if "task" in sheet_data.titles:  # the plan task each activity carries out
            links = _task_links(ws, sheet_data, records, unit, report.tasks_not_linked)
    report.rows = len(records)
    stored = _resolve_ids(ws, table, records, unit, id_column)
    report.problems = [p for r in records for p in r.problems]
    good = [r for r in records if not r.problems]
    report.skipped = len(records) - len(good)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    report.imported_before = file_imports.last_import(ws.db, digest, kind)
    if report.problems and not skip_bad_rows:
        raise ImportRejectedError(_rejection(report), report=report.to_dict())
    yield from _write(ws, table, good, stored, report, digest, f"import:{path.name}", links)
    return report


def _task_links(ws: Workspace, sheet_data: Any, records: list[RowRecord], unit: str,
                not_linked: list[dict]) -> list[tuple[RowRecord, str | None]]:  # fmt: skip
    """Each row's task (None: its cell is empty, the activity carries out no task); a cell naming no task of the
    plan is a problem of its row; a row of a year without a plan here keeps its links and goes to ``not_linked``."""
    from app.services.plans import PlanNotStored, TaskCells

    tasks, column = TaskCells(ws, (unit,)), sheet_data.titles["task"]
    cells = dict(sheet_data.rows)
    out = []
    for r in records:
        if r.record is None or r.problems:
            continue
        try:
            out.append((r, tasks.resolve(cell_text(cells[r.row].get("task")), unit, r.record.date.year if r.record.date else None)))
        except ValidationError as exc:
            r.problems.append(RowProblem(r.row, column, "unknown-task", str(exc)))
        except PlanNotStored as exc:
            not_linked.append({"row": r.row, "column": column, "task": cell_text(cells[r.row].get("task")), "reason": str(exc)})
    return out


def _rejection(report: ImportReport) -> str:
    lines = [
        f"{len(report.bad_rows)} of {report.rows} rows of {report.filename} have problems; nothing was imported "
        "(fix them, or use --skip-bad-rows to import the good rows only)"
    ]
    lines += [p.line() for p in report.problems[:MAX_LISTED]]
    if len(report.problems) > MAX_LISTED:
        lines.append(f"… and {len(report.problems) - MAX_LISTED} more (see --json)")
    return "\n".join(lines)


def _write(
    ws: Workspace, table: str, good: list[RowRecord], stored: set[str], report: ImportReport, digest: str, source: str,
    links: list[tuple[RowRecord, str | None]] | None = None,
) -> Generator[Progress, None, None]:
    """Write the good rows in one transaction: new records in one batch (kinds with ``bulk_new``), the rest one by one.

    Records already stored with exactly the row's content are counted unchanged without a save each
    (their stored columns come 500 rows per query); a record the import has already changed is saved again.
    """
    tk = _BY_TABLE[table]
    to_payload, encoded = tk.kind.to_payload, bulk.encoder(table)
    ctx = ws.write_context(source=source)
    new: dict[str, Any] = {}
    same: dict[str, tuple] = {}  # id → stored columns, for records that may be unchanged
    if tk.bulk_new:
        for r in good:
            if r.record.id not in stored:
                new.setdefault(r.record.id, r)
    rest = [r for r in good if new.get(r.record.id) is not r]
    if not report.dry_run and good:
        from app.services.backups import auto_backup

        auto_backup(ws, f"before-{table}-import")  # the way back from an import the officer regrets
    try:
        with ws.db.atomic():
            batch = ((r.record.id, to_payload(r.record)) for r in new.values())
            report.created += bulk.insert_payloads(ws.db, table, batch, ctx)
            yield Progress(len(new), len(good), "write")
            for i, r in enumerate(rest):
                if i % 500 == 0:  # the stored columns of the next 500 rows
                    ids = [r.record.id for r in rest[i : i + 500] if r.record.id in stored]
                    same = bulk.stored_columns(ws.db, ctx.unit, ids, table)
                known = same.get(r.record.id)
                payload = to_payload(r.record)
                if known is not None and table == "reporters":
                    payload = kept_on_import(payload, dict(zip(table_spec(table).columns, known)))
                if known is not None and known == encoded(payload):
                    report.unchanged += 1
                else:
                    outcome = record_store.save_payload(ws.db, table, r.record.id, payload, ctx).outcome
                    setattr(report, outcome, getattr(report, outcome) + 1)
                    same.pop(r.record.id, None)
                if i % 1000 == 999:
                    yield Progress(len(new) + i + 1, len(good), "write")
            if links is not None:
                from app.services.plans import set_task_links

                report.tasks_changed = set_task_links(ws, {r.record.id: t for r, t in links if not r.problems}, ctx)
            if report.dry_run:
                raise _Rollback
            report.written = True
            file_imports.record_import(
                ws.db, at=ctx.now, kind=report.kind, filename=report.filename, sha256=digest,
                counts=report.counts(), report=report.to_dict(),
            )  # fmt: skip
    except _Rollback:
        pass
    yield Progress(len(good), len(good), "done")
