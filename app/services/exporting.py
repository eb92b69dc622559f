"""Export activities or the roster to .xlsx, .csv (UTF-8 with BOM) or .json, with ids so re-import never duplicates."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any, Callable, Generator, Iterable

from app.core.errors import FileFormatError
from app.core.kinds import kind as record_kind
from app.core.models import Activity, Reporter
from app.core.periods import Period
from app.core.progress import Progress
from app.core.records import meta_dict
from app.core.tabular import format_date
from app.core.tabular_rows import format_training
from app.fileio import atomic_path
from app.core.roster import PERSONAL_FIELDS
from app.services import read
from app.services.importing import KINDS, header_table
from app.services.plans import TaskCells
from app.services.workspace import Workspace

ACTIVITY_COLUMNS = (
    "id", "date", "title", "forms", "topics", "place", "target_groups", "participants", "women", "ethnic_minority",
    "materials", "reporters", "cost", "organiser", "task", "notes",
)  # fmt: skip
REPORTER_COLUMNS = (
    "id", "full_name", "kind", "gender", "birth_date", "ethnicity", "title", "organisation", "qualification",
    "law_fields", "area", "phone", "id_number", "proposer", "recognition_number", "recognition_date", "recognition_authority",
    "dismissal_number", "dismissal_date", "dismissal_authority", "dismissal_ground", "dismissal_reason", "trainings",
    "refusals", "notes",
)  # fmt: skip
OWNER_COLUMNS = ("owner_unit_name", "owner_unit")  # whose record each row is: only when the scope has several units
SHEET_NAMES = {"activities": "Hoạt động", "reporters": "Báo cáo viên"}
WIDTHS = {"id": 38, "task": 16, "date": 12, "title": 50, "topics": 36, "forms": 28, "target_groups": 28, "place": 22,
          "reporters": 28, "full_name": 26, "organisation": 28, "trainings": 40, "notes": 30,
          "owner_unit_name": 24, "owner_unit": 10}  # fmt: skip
MONEY = {"cost"}
KIND_LABELS = {"bcv": "BCV", "ttv": "TTV"}
GENDER_LABELS = {"nam": "Nam", "nu": "Nữ", "": ""}
SEP = "; "


def _activity_row(a: Activity, ws: Workspace, names: dict[str, str]) -> dict[str, Any]:
    """``names``: reporter names by id, and the task column's cell by ``task:`` and the activity id."""
    forms, groups = ws.catalogs.forms, ws.catalogs.target_groups
    return {
        "id": a.id, "date": a.date, "title": a.title, "forms": SEP.join(forms.label(c) for c in a.forms),
        "topics": SEP.join(a.topics), "place": a.place,
        "target_groups": SEP.join([groups.label(c) for c in a.target_groups] + a.extra_groups),
        "participants": a.participants, "women": a.women, "ethnic_minority": a.ethnic_minority,
        "materials": a.materials, "reporters": SEP.join(names.get(i, i) for i in a.reporter_ids), "cost": a.cost,
        "organiser": a.organiser, "task": names.get(f"task:{a.id}", ""), "notes": a.notes,
    }  # fmt: skip


def _reporter_row(r: Reporter, ws: Workspace, names: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": r.id, "full_name": r.full_name, "kind": KIND_LABELS.get(r.kind, r.kind),
        "gender": GENDER_LABELS.get(r.gender, r.gender), "birth_date": r.birth_date, "ethnicity": r.ethnicity,
        "title": r.title, "organisation": r.organisation, "qualification": r.qualification,
        "law_fields": SEP.join(r.law_fields), "area": r.area, "phone": r.phone, "id_number": r.id_number, "proposer": r.proposer,
        "dismissal_ground": ws.catalogs.dismissal_grounds.name_of(r.dismissal_ground) if r.dismissal_ground else "", "dismissal_reason": r.dismissal_reason,
        "trainings": SEP.join(format_training(t) for t in r.trainings), "refusals": r.refusals, "notes": r.notes,
    }  # fmt: skip
    for prefix, decision in (("recognition", r.recognition), ("dismissal", r.dismissal)):
        row[f"{prefix}_number"] = decision.number
        row[f"{prefix}_date"] = decision.date
        row[f"{prefix}_authority"] = decision.authority
    return row


# table -> the file's columns and the row of one record (record, workspace, reporter names by id)
FILE_ROWS: dict[str, tuple[tuple[str, ...], Callable[[Any, Workspace, dict[str, str]], dict[str, Any]]]] = {
    "activities": (ACTIVITY_COLUMNS, _activity_row),
    "reporters": (REPORTER_COLUMNS, _reporter_row),
}
assert set(FILE_ROWS) == set(KINDS.values()), "every kind the files carry has its columns"


def _with_owner(columns: tuple[str, ...], row_of: Callable, ws: Workspace) -> tuple[tuple[str, ...], Callable]:
    """``columns`` and ``row_of`` with the owner unit (its name, then its code) after the id: upper mode's exports
    say whose record each row is (an import reads them back as a check, never as data)."""
    units = read.unit_names(ws)

    def row(record: Any, ws: Workspace, names: dict[str, str]) -> dict[str, Any]:
        owner = record.meta.owner_unit
        return {**row_of(record, ws, names), "owner_unit_name": units.get(owner, ""), "owner_unit": owner}

    return (columns[0], *OWNER_COLUMNS, *columns[1:]), row


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path`` and rename it, so a failed export leaves no half file."""
    with atomic_path(path) as tmp:
        write(tmp)


def _xlsx(path: Path, table: str, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    headers = header_table(table)
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet(SHEET_NAMES[table])
    sheet.freeze_panes = "B2" if columns[0] == "id" else "A2"
    for i, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = WIDTHS.get(name, 14)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="center")
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=headers.label(name))
        cell.font, cell.alignment = bold, wrap
        header.append(cell)
    sheet.append(header)
    for row in rows:
        out: list[Any] = []
        for name in columns:
            value = row[name]
            if isinstance(value, date) or name in MONEY:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "dd/mm/yyyy" if isinstance(value, date) else "#,##0"
                out.append(cell)
            else:
                out.append(value if value != "" else None)
        sheet.append(out)
    wb.save(path)


def _csv(path: Path, table: str, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    headers = header_table(table)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([headers.label(c) for c in columns])
        for row in rows:
            writer.writerow([format_date(v) if isinstance(v, date) else v for v in (row[c] for c in columns)])


def _json(path: Path, records: Iterable[Any], payload: Callable[[Any], dict]) -> None:
    data = [{"id": r.id, "meta": meta_dict(r.meta), "payload": payload(r)} for r in records]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _without_personal(payload: Callable[[Any], dict]) -> Callable[[Any], dict]:
    def out(record: Any) -> dict:
        data = payload(record)
        return {k: v for k, v in data.items() if k not in PERSONAL_FIELDS}

    return out


def export_file(
    ws: Workspace, kind: str, path: Path | str, *, period: Period | None = None, scope: read.Scope | None = None,
    include_personal: bool = False,
) -> Generator[Progress, None, dict[str, Any]]:
    """Write the live activities (of ``period`` when given) or the roster of ``scope`` to ``path``.

    Args:
        ws: the open, initialised workspace.
        kind: "activities" or "roster".
        path: the file to write; its extension (.xlsx, .csv, .json) chooses the format.
        period: activities only: keep those whose date is inside it.
        scope: whose records (default: :func:`read.default_scope`; an upper level: every unit under it).
        include_personal: the roster only: also write the personal data (birth date, phone, ID number), which
            is left out unless the officer asks for it.

    Returns:
        ``{"path", "format", "records"}``.

    Raises:
        FileFormatError: the extension is not .xlsx, .csv or .json.
    """
    table = KINDS[kind]
    path = Path(path)
    fmt = path.suffix.lower()
    if fmt not in (".xlsx", ".csv", ".json"):
        raise FileFormatError(f"{path.name}: cannot export to '{path.suffix}'; use .xlsx, .csv or .json", path=str(path))
    scope = scope or read.default_scope(ws)
    yield Progress(0, 0, "read")
    if table == "activities":
        window = (period.start, period.end) if period is not None else (None, None)
        records: list[Any] = list(read.activities(ws, scope, *window))
        names = read.reporter_names(ws, scope)  # the reporters of every unit exported
        tasks = TaskCells(ws, scope.units).cells(records)  # the plan task each activity carries out
        names.update({f"task:{i}": cell for i, cell in tasks.items()})
    else:
        records = read.reporters(ws, scope)
        names = {}
    columns, row_of = FILE_ROWS[table]
    if scope.many:
        columns, row_of = _with_owner(columns, row_of, ws)
    payload = record_kind(table).to_payload
    if table == "reporters" and not include_personal:
        columns = tuple(c for c in columns if c not in PERSONAL_FIELDS)
        payload = _without_personal(payload)
    yield Progress(0, len(records), "write")
    if fmt == ".json":
        _write_atomically(path, lambda p: _json(p, records, payload))
    else:
        rows = [row_of(r, ws, names) for r in records]
        writer = _xlsx if fmt == ".xlsx" else _csv
        _write_atomically(path, lambda p: writer(p, table, columns, rows))
    yield Progress(len(records), len(records), "done")
    personal = table == "reporters" and include_personal
    return {"path": str(path), "format": fmt.lstrip("."), "kind": kind, "records": len(records), "personal": personal}
