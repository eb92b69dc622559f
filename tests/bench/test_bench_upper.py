"""Benchmarks of upper mode (issue [upper]): a province (19, Thái Nguyên) holding its 92 communes' records for two
years (2025–2026, about 55,000 activities and 2,500 reporters).

Cases:
- the completeness board of 2026-Q3 (``services.completeness.board``), with decisions on most units (approved,
  returned, some changed after approval, so the records' hash is computed for those): goal < 1 s;
- the consolidated summary of 2026 (``services.printing.build_summary`` over all units: the statistical tables,
  the per-unit table with the reporting rate): goal < 1 s;
- the consolidated activity-log PDF of 2026-Q3 for the 92 communes against a bare reportlab table of the same rows
  (the baseline of test_bench_pdf.py): goal ≤ 2×.

The data folder is built once per session (``PBGDPL_BENCH_CACHE`` keeps it between sessions): the demo generator's
roster and activities of each commune, written as received records with the store's merge insert (what a bundle
import writes), one received bundle per commune and quarter registered as imported, and decisions taken through
``services.approvals``. Nothing of that is timed.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest

from harness import cached_folder, measure

pytestmark = pytest.mark.bench

VN = timezone(timedelta(hours=7))
NOW = datetime(2026, 12, 10, 9, 0, tzinfo=VN)  # the province's clock: 2026-Q3 is due and past
PROVINCE = "19"
ACTIVITIES_PER_YEAR = 300  # per commune: 92 × 2 × 300 = 55,200
QUARTERS = [f"{y}-Q{q}" for y in (2025, 2026) for q in (1, 2, 3, 4)][:-1]  # 2026-Q4 is not due yet on 10/12/2026
PERIOD = "2026-Q3"
MISSING = 7  # communes that have not sent 2026-Q3
APPROVED, RETURNED, CHANGED = 60, 5, 10  # decisions on 2026-Q3; CHANGED of the approved sent again after approval


def _clock():
    return NOW


def _open(folder):
    from app.paths import AppPaths
    from app.services.workspace import Workspace

    return Workspace.open(AppPaths(folder), clock=_clock)


def _plain(rec_id: str, owner: str, inst: str, stamp: str, payload: dict) -> dict:
    return {"id": rec_id, "owner": owner, "rev": 1, "base_rev": 0, "rev_by": inst, "deleted": False, "created_at": stamp,
            "updated_at": stamp, "payload": payload}  # fmt: skip


def _build(folder) -> dict:
    from app.core.demo_data import DemoGenerator, generate_activities
    from app.core.periods import parse_period
    from app.core.records import activity_payload, reporter_payload
    from app.services import approvals
    from app.services.setup import initialise
    from app.services.units import communes_of
    from app.store import merge as merge_repo
    from app.store import sync_state

    communes = communes_of(PROVINCE)
    assert len(communes) == 92
    ws = _open(folder)
    try:
        initialise(ws, PROVINCE, "Lê Văn Tám", level="province")
        stamp = "2026-01-15T08:00:00+07:00"
        activities = reporters = 0
        received_q3 = []
        with ws.db.atomic():
            for n, unit in enumerate(communes):
                inst = str(uuid.UUID(int=n + 1))
                people = DemoGenerator(7, unit).roster(date(2026, 12, 31))
                merge_repo.insert_records(ws.db, "reporters", [_plain(r.id, unit.code, inst, stamp, reporter_payload(r)) for r in people])
                ids = [r.id for r in people]
                acts = []
                for year in (2025, 2026):
                    acts += generate_activities(7, unit.code, ids, ACTIVITIES_PER_YEAR, date(year, 1, 1), date(year, 12, 31), unit=unit)
                merge_repo.insert_records(ws.db, "activities", [_plain(a.id, unit.code, inst, stamp, activity_payload(a)) for a in acts])
                activities += len(acts)
                reporters += len(people)
                for seq, quarter in enumerate(QUARTERS, 1):
                    if quarter == PERIOD and n >= len(communes) - MISSING:
                        continue  # not received yet
                    p = parse_period(quarter)
                    sent = p.end + timedelta(days=10)
                    sync_state.record_import(ws.db, {
                        "bundle_id": str(uuid.uuid4()), "source_unit": unit.code, "seq": seq, "periods": [quarter],
                        "fingerprint": "", "created_at": f"{sent.isoformat()}T09:00:00+07:00", "app_version": "bench",
                        "imported_at": f"{(sent + timedelta(days=2)).isoformat()}T09:00:00+07:00", "imported_by": "Lê Văn Tám",
                        "filename": f"{unit.code}-{quarter}.pbgdpl", "sha256": "0" * 64, "size": 1, "stored_path": "", "report": {},
                    })  # fmt: skip
                    if quarter == PERIOD:
                        received_q3.append(unit.code)
        for code in received_q3[:APPROVED]:
            approvals.approve(ws, code, PERIOD)
        for code in received_q3[APPROVED : APPROVED + RETURNED]:
            approvals.return_(ws, code, PERIOD, "Thiếu số liệu người tham dự")
        # CHANGED of the approved communes sent a corrected bundle after the decision (one more activity each)
        with ws.db.atomic():
            for i, code in enumerate(received_q3[:CHANGED]):
                a = next(generate_activities(11, code, [], 1, date(2026, 8, 1), date(2026, 8, 31)))
                merge_repo.insert_records(ws.db, "activities", [_plain(a.id, code, str(uuid.UUID(int=i + 1)), stamp, activity_payload(a))])
                activities += 1
                sync_state.record_import(ws.db, {
                    "bundle_id": str(uuid.uuid4()), "source_unit": code, "seq": len(QUARTERS) + 1, "periods": [PERIOD],
                    "fingerprint": "", "created_at": "2026-12-10T10:00:00+07:00", "app_version": "bench",
                    "imported_at": "2026-12-10T11:00:00+07:00", "imported_by": "Lê Văn Tám",
                    "filename": f"{code}-{PERIOD}-2.pbgdpl", "sha256": "0" * 64, "size": 1, "stored_path": "", "report": {},
                })  # fmt: skip
        ws.db.execute("ANALYZE")
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        in_q3 = ws.db.execute("SELECT COUNT(*) FROM activities WHERE deleted = 0 AND date BETWEEN '2026-07-01' AND '2026-09-30'").fetchone()[0]
        in_2026 = ws.db.execute("SELECT COUNT(*) FROM activities WHERE deleted = 0 AND date BETWEEN '2026-01-01' AND '2026-12-31'").fetchone()[0]
    finally:
        ws.close()
    return {"activities": activities, "reporters": reporters, "in_q3": in_q3, "in_2026": in_2026, "communes": len(communes)}


@pytest.fixture(scope="module")
def province(bench_dir):
    folder = bench_dir / "upper-92x2"
    facts = cached_folder(folder, _build)
    ws = _open(folder)
    yield ws, facts
    ws.close()


def test_completeness_board_92_communes(province, bench_table):
    from app.services import completeness

    ws, facts = province
    run = measure(lambda: completeness.board(ws, PERIOD), repeat=5)
    board = run.result
    counts = board.to_dict()["counts"]
    assert len(board.rows) == board.expected == 92
    assert counts[completeness.NOT_RECEIVED] == MISSING
    assert counts[completeness.APPROVED] == APPROVED - CHANGED
    assert counts[completeness.CHANGED] == CHANGED
    assert counts[completeness.RETURNED] == RETURNED
    assert counts[completeness.RECEIVED] == 92 - MISSING - APPROVED - RETURNED
    assert board.reported == 92 - MISSING and board.rate_line == f"{92 - MISSING}/92 đơn vị đã báo cáo"
    assert sum(r.activities for r in board.rows) == facts["in_q3"]
    bench_table.add(
        case="completeness board (upper)", size=f"92 communes, {facts['activities']:,} activities, {APPROVED + RETURNED} decisions",
        median=run.median, peak=run.peak, goal_abs=1.0,
    )  # fmt: skip


@pytest.mark.parametrize("period", [PERIOD, "2026"])
def test_consolidated_summary_92_communes(province, bench_table, period):
    from app.core.periods import parse_period
    from app.services import printing

    ws, facts = province
    run = measure(lambda: printing.build_summary(ws, parse_period(period)), repeat=3)
    summary = run.result
    units = next(t for t in summary.tables if t.code == printing.UNIT_TABLE)
    assert len(units.rows) == 93 and units.rows[-1][0] == "Tổng cộng"  # 92 communes and the total
    total = units.rows[-1]
    assert total[1:] == tuple(sum(r[i] for r in units.rows[:-1]) for i in range(1, 5))
    assert total[1] == facts["in_q3" if period == PERIOD else "in_2026"]  # every activity of the period, once
    main = next(t for t in summary.tables if t.code == "ket_qua_chung")
    assert int(main.value("hoat_dong", 2)) == total[1]  # the provincial table and the per-unit table agree
    if period == PERIOD:
        assert summary.coverage[0].startswith(f"Tình hình báo cáo: {92 - MISSING}/92 đơn vị đã báo cáo")
    bench_table.add(
        case=f"consolidated summary {period} (upper)",
        size=f"92 communes, {total[1]:,} activities in the period of {facts['activities']:,}",
        median=run.median, peak=run.peak, goal_abs=1.0,
    )  # fmt: skip


def test_consolidated_log_pdf_one_quarter(province, bench_table):
    from test_bench_pdf import bare_table, pages_of

    from app.core.periods import parse_period
    from app.reports.activity_log import ActivityLogReport
    from app.services import printing

    ws, facts = province
    data = printing.build_activity_log(ws, parse_period(PERIOD))
    assert len(data.rows) == facts["in_q3"]
    assert data.rows[0].place.startswith(("Xã ", "Phường "))  # the owner unit's name leads the place over several units
    base = measure(lambda: bare_table(data), repeat=2, trace_memory=False)
    mine = measure(lambda: ActivityLogReport(invariant=True).render_document(data), repeat=2, trace_memory=False)
    rendered = mine.result
    assert rendered.pages >= pages_of(base.result) - 2
    bench_table.add(
        case="consolidated log PDF one quarter (upper)", size=f"92 communes, {len(data.rows):,} activities, {rendered.pages} pages",
        median=mine.median, baseline="bare reportlab LongTable, same rows and wrapping", baseline_median=base.median,
        goal_ratio=2.0,
    )  # fmt: skip
