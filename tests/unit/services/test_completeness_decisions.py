"""The completeness board shows the upper level's decisions: approved, returned (with its reason), and changed after
approval; the rate counts them as reported; the board looks the records' hash up only where data arrived since."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.models import Activity
from app.services import approvals, completeness
from app.services.bundles import import_bundle
from app.services.logbook import save_activity
from tests.board_helpers import World, at


@pytest.fixture
def world(tmp_path):
    with World(tmp_path) as w:
        yield w


def _row(board, code):
    return next(r for r in board.rows if r.unit_code == code)


def test_approved_returned_and_changed_after_approval_on_the_board(world, monkeypatch):
    province = world.province
    a, b, c = world.commune("05443"), world.commune("05716", activities=0), world.commune("05455")
    for ws, day in ((a, 5), (b, 6), (c, 7)):
        import_bundle(province, world.send(ws, on=at(2026, 10, day)))
    province.clock.now = at(2026, 12, 11)
    approvals.approve(province, "05443", "2026-Q3")
    approvals.approve(province, "05716", "2026-Q3")
    approvals.return_(province, "05455", "2026-Q3", "Thiếu số người tham dự")
    board = completeness.board(province, "2026-Q3")
    assert _row(board, "05443").status == completeness.APPROVED
    assert _row(board, "05716").status == completeness.APPROVED  # nothing to report, approved as such
    returned = _row(board, "05455")
    assert (returned.status, returned.decision, returned.reason) == (completeness.RETURNED, "returned", "Thiếu số người tham dự")
    assert (board.reported, board.expected) == (3, 92)
    assert board.to_dict()["counts"][completeness.APPROVED] == 2

    # the first commune corrects a record and sends again: its approval no longer holds
    save_activity(a, Activity(date=date(2026, 9, 3), title="Tuyên truyền bổ sung", forms=["TRUC_TIEP"], participants=7))
    province.clock.now = at(2026, 12, 12)
    import_bundle(province, world.send(a, on=at(2026, 10, 15)))
    board = completeness.board(province, "2026-Q3")
    assert _row(board, "05443").status == completeness.CHANGED
    assert completeness.STATUS_VI[completeness.CHANGED] == "Đã sửa sau khi duyệt — cần duyệt lại"
    assert [r.unit_code for r in completeness.board(province, "2026-Q3", completeness.CHANGED).rows] == ["05443"]
    assert board.reported == 3 and board.rows[0].status == completeness.NOT_RECEIVED  # missing ones still first
    # approving again holds
    province.clock.now = at(2026, 12, 13)
    approvals.approve(province, "05443", "2026-Q3")
    assert _row(completeness.board(province, "2026-Q3"), "05443").status == completeness.APPROVED

    # the hash is computed only for units written since their decision (none now)
    calls = []
    real = approvals.records_state
    monkeypatch.setattr(approvals, "records_state", lambda *args: calls.append(args) or real(*args))
    completeness.board(province, "2026-Q3")
    assert calls == []
    # and the cheap answer is the full one
    full = {d.unit_code: (d.decision, d.changed) for d in approvals.decisions(province, period="2026-Q3")}
    cheap = {u: (d.decision, d.changed) for u, d in approvals.decisions_for_period(province, "2026-Q3").items()}
    assert cheap == full


def test_a_decision_on_another_period_does_not_show(world):
    province = world.province
    a = world.commune("05443")
    import_bundle(province, world.send(a, on=at(2026, 10, 5)))
    approvals.approve(province, "05443", "2026-Q3")
    assert _row(completeness.board(province, "2026-Q3"), "05443").status == completeness.APPROVED
    assert _row(completeness.board(province, "2026-Q2"), "05443").status == completeness.NOT_RECEIVED
