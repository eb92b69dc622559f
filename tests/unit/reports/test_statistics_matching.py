"""compute_table matches each distinct filter once and indexes forms / target groups: the figures are those of a
plain scan of every record for every row and column."""

from __future__ import annotations

from datetime import date

from app.core.demo_data import generate_activities
from app.reports import statistics
from app.services.printing import load_table_definition


def _scan(spec, acts, catalogs):
    """The plain way: every record tested against every row's and column's filter."""
    rows = statistics._expand_rows(spec, catalogs)
    if spec.get("total"):
        rows.append({"label": spec["total"].get("label", "Tổng số"), "where": {}})
    out = []
    for row in rows:
        test = statistics._activity_predicate(row.get("where", {}), catalogs)
        values = [row["label"] + (statistics.INTERNAL_MARK if row.get("internal") else "")]
        for col in spec["columns"]:
            if "text" in col:
                values.append(row.get(col["text"], ""))
                continue
            col_test = statistics._activity_predicate(col.get("where", {}), catalogs)
            measure = statistics._measure(col.get("measure") or row.get("measure"), "activities")
            values.append(measure([a for a in acts if test(a) and col_test(a)]))
        out.append(tuple(values))
    return tuple(out)


def test_indexed_matching_gives_the_plain_scans_figures(workspace):
    catalogs = workspace.catalogs
    acts = list(generate_activities(5, "05443", ["r1", "r2"], 800, date(2026, 1, 1), date(2026, 12, 31)))
    specs = [s for s in load_table_definition()["tables"] if s.get("source", "activities") == "activities"]
    assert {s["code"] for s in specs} >= {"ket_qua_chung", "theo_hinh_thuc", "theo_doi_tuong"}
    for spec in specs:
        table = statistics.compute_table(spec, acts, [], catalogs, date(2026, 1, 1), date(2026, 12, 31))
        assert table.rows == _scan(spec, acts, catalogs), spec["code"]
        assert any(v for r in table.rows for v in r[1:] if isinstance(v, int))  # not all zero
