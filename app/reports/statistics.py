"""Statistical tables defined as data (resources/catalogs/report_tables.json), computed from the log.

A new statistics circular changes the data file, not this code: a table names its source (activities or
reporters), its columns and rows; each cell is a measure over the records matching the row's and the
column's ``where``. The vocabulary is small and closed, so a typo in the file is an error, not a silent 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable, Mapping

from app.core.catalogs import Catalogs
from app.core.errors import FileFormatError
from app.core.facts import form_codes_with, is_active
from app.core.models import Activity, Reporter

ACTIVITY_SUMS = ("participants", "women", "ethnic_minority", "materials", "cost")
INTERNAL_MARK = " (*)"  # a row or table no official form asks for (report_tables.json "internal")
INTERNAL_NOTE = "(*) Chỉ tiêu theo dõi nội bộ, không có trong biểu mẫu thống kê chính thức."
REPORTER_STATES = ("active_at_end", "recognised_in_period", "trained_in_period", "dismissed_in_period")


@dataclass(frozen=True)
class ComputedTable:
    """One table ready to print: headers, rows of (label, values…), and which rows are totals/indented."""

    code: str
    title: str
    headers: tuple[str, ...]  # first is the label column
    rows: tuple[tuple[Any, ...], ...]  # (label, value, value, …)
    row_codes: tuple[str, ...] = ()
    total_rows: frozenset[int] = field(default_factory=frozenset)
    indented_rows: frozenset[int] = field(default_factory=frozenset)
    note: str = ""

    def value(self, row_code: str, column: int = 1) -> Any:
        """The figure of ``row_code`` in column ``column`` (1 = first figure column)."""
        return self.rows[self.row_codes.index(row_code)][column]


def _bad(message: str) -> FileFormatError:
    return FileFormatError(f"report_tables.json: {message}", file="report_tables.json")


def _activity_predicate(where: Mapping[str, Any], catalogs: Catalogs) -> Callable[[Activity], bool]:
    tests: list[Callable[[Activity], bool]] = []
    for key, value in where.items():
        if key == "form_flag":
            codes = form_codes_with(catalogs.forms, value)  # "direct": the one rule of core.facts
            tests.append(lambda a, codes=codes: any(f in codes for f in a.forms))
        elif key == "form":
            tests.append(lambda a, v=value: v in a.forms)
        elif key == "target_group":
            tests.append(lambda a, v=value: v in a.target_groups)
        else:
            raise _bad(f"unknown activity filter {key!r}")
    return lambda a: all(t(a) for t in tests)


def _reporter_predicate(where: Mapping[str, Any], start: date, end: date) -> Callable[[Reporter], bool]:
    tests: list[Callable[[Reporter], bool]] = []
    for key, value in where.items():
        if key == "kind":
            tests.append(lambda r, v=value: r.kind == v)
        elif key == "state":
            if value not in REPORTER_STATES:
                raise _bad(f"unknown reporter state {value!r}")
            tests.append(_reporter_state(value, start, end))
        else:
            raise _bad(f"unknown reporter filter {key!r}")
    return lambda r: all(t(r) for t in tests)


def _reporter_state(state: str, start: date, end: date) -> Callable[[Reporter], bool]:
    def inside(day: date | None) -> bool:
        return day is not None and start <= day <= end

    if state == "active_at_end":
        return lambda r: is_active(r, end)  # the roster PDF asks the same core.facts rule
    if state == "recognised_in_period":
        return lambda r: inside(r.recognition.date)
    if state == "trained_in_period":
        return lambda r: any(inside(t.date) for t in r.trainings)
    return lambda r: inside(r.dismissal.date)


def _measure(name: str, source: str) -> Callable[[list], int]:
    if name == "count":
        return len
    if source == "activities" and name.startswith("sum:") and name[4:] in ACTIVITY_SUMS:
        attr = name[4:]
        return lambda items: sum(int(getattr(a, attr) or 0) for a in items)
    raise _bad(f"unknown measure {name!r} for {source}")


def _expand_rows(spec: Mapping[str, Any], catalogs: Catalogs) -> list[dict]:
    rows: list[dict] = []
    for row in spec.get("rows", []):
        if "each" in row:
            catalog = {"forms": catalogs.forms, "target_groups": catalogs.target_groups}.get(row["each"])
            if catalog is None:
                raise _bad(f"cannot make rows for each {row['each']!r}")
            key = "form" if row["each"] == "forms" else "target_group"
            # an occasion (Ngày Pháp luật) is not a form: its activities are counted under the forms they used
            rows += [{"code": e.code, "label": e.short or e.name, "where": {key: e.code}} for e in catalog.entries if not e.get("occasion")]
        else:
            rows.append(dict(row))
    return rows


def compute_table(
    spec: Mapping[str, Any],
    activities: Iterable[Activity],
    reporters: Iterable[Reporter],
    catalogs: Catalogs,
    start: date,
    end: date,
) -> ComputedTable:
    """Compute one table of the data file over the period's activities and the roster.

    Raises:
        FileFormatError: the table uses a filter, measure or source the vocabulary does not know.
    """
    source = spec.get("source", "activities")
    if source == "activities":
        records: list = list(activities)
        predicate = lambda where: _activity_predicate(where, catalogs)  # noqa: E731
    elif source == "reporters":
        records = list(reporters)
        predicate = lambda where: _reporter_predicate(where, start, end)  # noqa: E731
    else:
        raise _bad(f"unknown source {source!r}")
    columns = list(spec["columns"])
    rows = _expand_rows(spec, catalogs)
    if spec.get("total"):
        rows.append({"code": "total", "label": spec["total"].get("label", "Tổng số"), "where": {}, "total": True})
    # The same records matched once per distinct filter (rows repeat theirs; one row per form or target group reads
    # an index built in one pass instead of scanning every record per row): the results are the plain scan's.
    found: dict[str, list] = {}
    indexes: dict[str, dict[str, list]] = {}

    def matching(where: Mapping[str, Any]) -> list:
        key = repr(sorted(where.items()))
        if key not in found:
            field_ = next(iter(where)) if len(where) == 1 else ""
            if not where:
                found[key] = records
            elif source == "activities" and field_ in ("form", "target_group"):
                if field_ not in indexes:
                    index: dict[str, list] = {}
                    attr = "forms" if field_ == "form" else "target_groups"
                    for r in records:
                        for code in dict.fromkeys(getattr(r, attr)):
                            index.setdefault(code, []).append(r)
                    indexes[field_] = index
                found[key] = indexes[field_].get(where[field_], [])
            else:
                test = predicate(where)
                found[key] = [r for r in records if test(r)]
        return found[key]

    col_tests = [predicate(col["where"]) if col.get("where") else None for col in columns]
    out_rows, codes, totals, indented = [], [], set(), set()
    for i, row in enumerate(rows):
        matched = matching(row.get("where", {}))
        values: list[Any] = [row["label"] + (INTERNAL_MARK if row.get("internal") else "")]
        for col, col_match in zip(columns, col_tests):
            if "text" in col:
                values.append(row.get(col["text"], ""))
                continue
            measure = col.get("measure") or row.get("measure")
            if not measure:
                raise _bad(f"table {spec.get('code')}: no measure for row {row.get('code')} column {col.get('code')}")
            values.append(_measure(measure, source)(matched if col_match is None else [r for r in matched if col_match(r)]))
        out_rows.append(tuple(values))
        codes.append(row.get("code", ""))
        if row.get("total"):
            totals.add(i)
        if row.get("indent"):
            indented.add(i)
    internal = spec.get("internal") or any(r.get("internal") for r in rows)
    note = " ".join(x for x in (spec.get("note", ""), INTERNAL_NOTE if internal else "") if x)
    return ComputedTable(
        code=spec.get("code", ""),
        title=spec.get("title", "") + (INTERNAL_MARK if spec.get("internal") else ""),
        headers=(spec.get("label_header", ""), *(c["label"] for c in columns)),
        rows=tuple(out_rows),
        row_codes=tuple(codes),
        total_rows=frozenset(totals),
        indented_rows=frozenset(indented),
        note=note,
    )


def compute_tables(
    definition: Mapping[str, Any],
    activities: Iterable[Activity],
    reporters: Iterable[Reporter],
    catalogs: Catalogs,
    start: date,
    end: date,
) -> list[ComputedTable]:
    """Compute every table of ``definition`` (the decoded report_tables.json)."""
    if "tables" not in definition:
        raise _bad("no 'tables' list")
    acts, reps = list(activities), list(reporters)
    return [compute_table(spec, acts, reps, catalogs, start, end) for spec in definition["tables"]]
