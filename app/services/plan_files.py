"""Plans from files: the example plans shipped in resources/catalogs/example_plans (Kế hoạch 164/KH-UBND built
from its text), and plans imported from .xlsx (a sheet "Kế hoạch" of field / value rows and a sheet "Nhiệm vụ" of
tasks; the plan report's own .xlsx reads back the same way).

A file is checked whole before anything is stored: every bad cell is listed (row, column, reason) and nothing
is written (``E-IMPORT-INVALID``); a plan with the same number and date already stored is refused
(``E-PLAN-EXISTS``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.errors import FileFormatError, FileMissingError, ImportRejectedError, UserFixableError
from app.core.plans import PLAN_KINDS, DeadlineError, Plan, PlanTask, deadline_text, plan_natural_key, plan_payload
from app.core.tabular import CellError, HeaderTable, RowProblem, parse_date, parse_int, split_list
from app.core.text import clean, fold
from app.paths import resource_path
from app.services import plans as plan_svc
from app.services.read import Scope
from app.services.workspace import Workspace

EXAMPLES = ("catalogs", "example_plans")
PLAN_SHEET = "Kế hoạch"
TASK_SHEET = "Nhiệm vụ"


class PlanExistsError(UserFixableError):
    """A plan with this number and date is already stored for the unit."""

    code = "E-PLAN-EXISTS"


# -- example plans --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExamplePlan:
    key: str  # file stem: "164-KH-UBND-2020"
    plan: Plan
    tasks: tuple[PlanTask, ...]
    note: str = ""


def example_plans() -> list[ExamplePlan]:
    """The example plans shipped with the program (not stored: a unit imports one to use it)."""
    folder = resource_path(*EXAMPLES)
    out = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        p = data["plan"]
        plan = Plan(id=f"example-{path.stem}", number=p["number"], date=date.fromisoformat(p["date"]), issuer=p["issuer"],
                    title=p["title"], kind=p.get("kind", "thematic"), year_from=int(p.get("year_from") or 0),
                    year_to=int(p.get("year_to") or 0), source=p.get("source", ""), notes=p.get("notes", ""))  # fmt: skip
        tasks = tuple(
            PlanTask(id=f"example-{path.stem}-{t['position']}", plan_id=plan.id, position=t["position"],
                     section=t["section"], content=t["content"], lead=t.get("lead", ""),
                     cooperating=list(t.get("cooperating", [])), deadline=deadline_text(t.get("deadline", "")))
            for t in data["tasks"]
        )  # fmt: skip
        out.append(ExamplePlan(path.stem, plan, tasks, data.get("note", "")))
    return out


def example_plan(key: str) -> ExamplePlan:
    for ex in example_plans():
        if ex.key == key or fold(ex.plan.number) == fold(key):
            return ex
    raise FileMissingError(f"no example plan '{key}'; there are: {', '.join(e.plan.number for e in example_plans())}", key=key)


def import_example(ws: Workspace, key: str) -> Plan:
    """Store a copy of an example plan (with all its tasks) as a plan of this unit, so that its activities can
    carry out those tasks; returns the stored plan."""
    ex = example_plan(key)
    plan = Plan(**{**_fields(ex.plan), "id": Plan().id})
    tasks = [PlanTask(**{**_fields(t), "id": PlanTask().id, "plan_id": plan.id}) for t in ex.tasks]
    _refuse_existing(ws, plan)
    plan_svc.save_plan_with_tasks(ws, plan, tasks, source=f"example:{ex.key}")
    return plan


def _fields(obj) -> dict:
    from dataclasses import fields

    return {f.name: getattr(obj, f.name) for f in fields(obj) if f.name != "meta"}


def _refuse_existing(ws: Workspace, plan: Plan) -> None:
    key = plan_natural_key(plan_payload(plan))
    for p in plan_svc.list_plans(ws, Scope.own(ws)):
        if plan_natural_key(plan_payload(p)) == key:
            raise PlanExistsError(
                f"the plan {plan.number} of {plan.date:%d/%m/%Y} is already stored; change or delete it instead",
                number=plan.number,
            )


# -- .xlsx ----------------------------------------------------------------------------------------------------

PLAN_FIELDS = HeaderTable.from_data(
    {"tables": {"plan": {"required": [["field"], ["value"]], "fields": {
        "field": ["Thông tin", "Trường", "Mục"],
        "value": ["Giá trị", "Nội dung"],
    }}}},
    "plan",
)  # fmt: skip
TASK_FIELDS = HeaderTable.from_data(
    {"tables": {"tasks": {"required": [["content"], ["deadline"]], "ignore": ["STT", "TT", "Số TT"], "fields": {
        "section": ["Mục", "Số mục", "Mục số", "Phần"],
        "content": ["Nội dung nhiệm vụ", "Nội dung", "Nhiệm vụ", "Tên nhiệm vụ"],
        "lead": ["Chủ trì", "Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan, đơn vị chủ trì"],
        "cooperating": ["Phối hợp", "Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan, đơn vị phối hợp"],
        "deadline": ["Thời gian thực hiện", "Thời hạn", "Thời gian hoàn thành", "Thời gian"],
        "state": ["Trạng thái", "Tình trạng"],
        "done_date": ["Ngày hoàn thành"],
        "outside_plan": ["Ngoài kế hoạch", "Phát sinh ngoài kế hoạch"],
        "budget": ["Kinh phí (đồng)", "Kinh phí", "Kinh phí phân bổ"],
        "progress_note": ["Tiến độ, ghi chú", "Ghi chú", "Tiến độ"],
    }}}},
    "tasks",
)  # fmt: skip
# "Kế hoạch" sheet: field label (accents ignored) -> Plan field
PLAN_LABELS = {
    "so ke hoach": "number", "so, ky hieu": "number", "so ky hieu": "number", "so": "number",
    "ngay ban hanh": "date", "ngay": "date",
    "co quan ban hanh": "issuer", "don vi ban hanh": "issuer",
    "trich yeu": "title", "ten ke hoach": "title",
    "loai": "kind", "loai ke hoach": "kind",
    "tu nam": "year_from", "nam": "year_from",
    "den nam": "year_to",
    "han ban hanh": "issue_deadline",
    "can cu": "source", "thuc hien": "source",
    "kinh phi": "budget", "kinh phi (dong)": "budget",
    "ghi chu": "notes",
}  # fmt: skip
PLAN_LABELS_OUT = {
    "number": "Số kế hoạch", "date": "Ngày ban hành", "issuer": "Cơ quan ban hành", "title": "Trích yếu",
    "kind": "Loại kế hoạch", "year_from": "Từ năm", "year_to": "Đến năm", "issue_deadline": "Hạn ban hành",
    "source": "Căn cứ", "budget": "Kinh phí (đồng)", "notes": "Ghi chú",
}  # fmt: skip
KIND_VI = {"annual": "Hằng năm", "thematic": "Chuyên đề"}
_STATES_IN = {"da hoan thanh": "done", "hoan thanh": "done", "xong": "done", "khong thuc hien": "dropped", "huy": "dropped"}
_YES = {"x", "co", "1", "yes", "true", "ngoai ke hoach"}


def read_plan_xlsx(path: Path, today: date) -> tuple[Plan, list[PlanTask]]:
    """Read and check a plan file; raises with every problem listed, never returns a half-read plan.

    Raises:
        FileMissingError, FileFormatError: no such file, not .xlsx, no sheet or header found.
        ImportRejectedError: bad cells (``details['problems']``: row, column, reason).
    """
    from app.core.plans import validate_plan, validate_task
    from app.services.sheets import read_table

    path = Path(path)
    if not path.is_file():
        raise FileMissingError(f"{path} does not exist", path=str(path))
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise FileFormatError(f"{path.name}: a plan is read from an .xlsx file (sheets '{PLAN_SHEET}' and '{TASK_SHEET}')", path=str(path))
    head = read_table(path, PLAN_FIELDS, sheet=PLAN_SHEET)
    problems: list[RowProblem] = list(head.problems)  # formulas saved without their result
    plan = Plan()
    for number, cells in head.rows:
        name = PLAN_LABELS.get(" ".join(fold(cells.get("field")).replace(":", " ").split()))
        if name is None:
            continue
        value = cells.get("value")
        try:
            setattr(plan, name, _plan_value(name, value))
        except CellError as exc:
            problems.append(RowProblem(number, head.titles.get("value", "Giá trị"), exc.code, f"{PLAN_LABELS_OUT[name]}: {exc.message}"))
    for p in validate_plan(plan, None, today):
        problems.append(RowProblem(0, f"{PLAN_SHEET}: {PLAN_LABELS_OUT.get(p.field, p.field)}", p.code, p.message))
    table = read_table(path, TASK_FIELDS, sheet=TASK_SHEET)
    problems += table.problems
    tasks: list[PlanTask] = []
    for position, (number, cells) in enumerate(table.rows, 1):
        task = PlanTask(plan_id=plan.id, position=position)
        bad = False
        for name, value in cells.items():
            try:
                _task_value(task, name, value)
            except CellError as exc:
                problems.append(RowProblem(number, table.titles.get(name, name), exc.code, exc.message))
                bad = True
        if not bad:
            for p in validate_task(task, None, today):
                problems.append(RowProblem(number, table.titles.get(p.field, p.field), p.code, p.message))
        tasks.append(task)
    if not tasks:
        problems.append(RowProblem(0, TASK_SHEET, "no-tasks", "the plan has no task rows"))
    if problems:
        lines = [f"{path.name} has problems; nothing was imported:"] + [
            (f"sheet {PLAN_SHEET}, " if pr.row == 0 else f"row {pr.row}, ") + f"column {pr.column}: {pr.message}"
            for pr in problems[:30]
        ]
        raise ImportRejectedError("\n".join(lines), problems=[pr.to_dict() for pr in problems], filename=path.name)
    return plan, tasks


def _plan_value(name: str, value: object) -> object:
    if name in ("date", "issue_deadline"):
        return parse_date(value)
    if name in ("year_from", "year_to", "budget"):
        return parse_int(value)
    if name == "kind":
        folded = fold(value)
        if folded in ("", "hang nam", "annual", "ke hoach hang nam"):
            return "annual"
        if folded in ("chuyen de", "thematic", "khac"):
            return "thematic"
        raise CellError("bad-kind", f"'{clean(value)}' is not a kind of plan (Hằng năm or Chuyên đề)")
    return clean(value)


def _task_value(task: PlanTask, name: str, value: object) -> None:
    if name == "deadline":
        try:
            task.deadline = deadline_text(value if not isinstance(value, (int, float)) or isinstance(value, bool) else str(value))
        except DeadlineError as exc:
            raise CellError("bad-deadline", str(exc)) from None
        return
    if name == "cooperating":
        task.cooperating = split_list(value, commas=False)
    elif name == "budget":
        task.budget = parse_int(value)
    elif name == "done_date":
        task.done_date = parse_date(value)
    elif name == "outside_plan":
        task.outside_plan = fold(value) in _YES
    elif name == "state":
        task.state = _STATES_IN.get(fold(value), "open")
    elif name == "section":
        task.section = clean(value if not isinstance(value, float) else f"{value:g}")
    elif name == "content":
        text = clean(value)
        if text.endswith(OUTSIDE_MARK):  # the plan report's own marking
            text, task.outside_plan = text[: -len(OUTSIDE_MARK)].rstrip(), True
        task.content = text
    else:
        setattr(task, name, clean(value))


OUTSIDE_MARK = "(ngoài kế hoạch)"


def import_plan_xlsx(ws: Workspace, path: Path, dry_run: bool = False) -> tuple[Plan, list[PlanTask]]:
    """Check a plan file and store the plan with its tasks in one transaction (``dry_run``: check only)."""
    plan, tasks = read_plan_xlsx(Path(path), ws.today())
    _refuse_existing(ws, plan)
    if not dry_run:
        plan_svc.save_plan_with_tasks(ws, plan, tasks, source=f"import:{Path(path).name}")
    return plan, tasks


__all__ = [
    "PLAN_KINDS",
    "ExamplePlan",
    "PlanExistsError",
    "example_plan",
    "example_plans",
    "import_example",
    "import_plan_xlsx",
    "read_plan_xlsx",
]
