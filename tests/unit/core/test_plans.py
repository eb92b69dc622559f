"""Plans and tasks: deadlines of each kind as plans write them, a task's status as time passes, the annual
plan's figures (issued on time, share done, tasks outside the plan)."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import plans as P
from app.core.plans import Deadline, DeadlineError, Plan, PlanTask, parse_deadline, task_status


@pytest.mark.parametrize(
    "text, kind, due, canonical",
    [
        ("Thời gian thực hiện: Hoàn thành trong Quý I năm 2021.", P.D_QUARTER, [date(2021, 3, 31)], "Quý I năm 2021"),
        ("Hoàn thành trong Quý IV năm 2022", P.D_QUARTER, [date(2022, 12, 31)], "Quý IV năm 2022"),
        ("quý 2/2021", P.D_QUARTER, [date(2021, 6, 30)], "Quý II năm 2021"),
        ("Q3-2026", P.D_QUARTER, [date(2026, 9, 30)], "Quý III năm 2026"),
        ("Năm 2022", P.D_YEARS, [date(2022, 12, 31)], "Năm 2022"),
        ("Thời gian thực hiện: Năm 2021, 2022.", P.D_YEARS, [date(2021, 12, 31), date(2022, 12, 31)], "Năm 2021, 2022"),
        ("2021 - 2023", P.D_YEARS, [date(2021, 12, 31), date(2022, 12, 31), date(2023, 12, 31)], "Năm 2021, 2022, 2023"),
        ("30/6/2021", P.D_DATE, [date(2021, 6, 30)], "30/06/2021"),
        ("trước ngày 15 tháng 3 năm 2026", P.D_DATE, [date(2026, 3, 15)], "15/03/2026"),
        ("2026-11-09", P.D_DATE, [date(2026, 11, 9)], "09/11/2026"),
        ("6 tháng đầu năm 2026", P.D_HALF, [date(2026, 6, 30)], "6 tháng đầu năm 2026"),
        ("Hằng năm.", P.D_ANNUAL, [date(2021, 12, 31), date(2022, 12, 31)], "Hằng năm"),
        ("Hàng năm", P.D_ANNUAL, [date(2021, 12, 31), date(2022, 12, 31)], "Hằng năm"),
        ("HANG NAM", P.D_ANNUAL, [date(2021, 12, 31), date(2022, 12, 31)], "Hằng năm"),
        ("Thường xuyên", P.D_CONTINUOUS, [date(2021, 12, 31), date(2022, 12, 31)], "Thường xuyên"),
        ("", P.D_NONE, [], ""),
    ],
)
def test_deadlines_of_each_kind(text, kind, due, canonical):
    d = parse_deadline(text)
    assert d.kind == kind
    assert d.due_dates([2021, 2022]) == due
    assert d.text() == canonical
    assert parse_deadline(d.text()) == d  # the canonical wording reads back the same


@pytest.mark.parametrize("text", ["sớm", "Quý V năm 2021", "31/02/2021", "cuối kỳ"])
def test_a_text_that_is_no_deadline_is_refused_with_the_kinds_named(text):
    with pytest.raises(DeadlineError) as exc:
        parse_deadline(text)
    assert "Quý I năm 2021" in str(exc.value) or "does not exist" in str(exc.value)


def _task(deadline, **kw):
    return PlanTask(plan_id="p", content="Tổ chức quán triệt", deadline=deadline, **kw)


def test_a_quarter_task_over_time():
    t = _task("Quý I năm 2021")
    assert task_status(t, date(2021, 1, 10)) == P.NOT_STARTED
    assert task_status(t, date(2021, 2, 10), [date(2021, 2, 1)]) == P.IN_PROGRESS
    assert task_status(t, date(2021, 3, 31), [date(2021, 2, 1)]) == P.IN_PROGRESS  # due today: not late yet
    assert task_status(t, date(2021, 4, 1), [date(2021, 2, 1)]) == P.OVERDUE  # activities alone do not finish it
    t.state, t.done_date = "done", date(2021, 3, 20)
    assert task_status(t, date(2021, 4, 1)) == P.DONE
    t.state = "dropped"
    assert task_status(t, date(2022, 1, 1)) == P.DROPPED


def test_an_activity_after_the_day_asked_about_does_not_count():
    t = _task("Năm 2022")
    assert task_status(t, date(2022, 5, 1), [date(2022, 6, 1)]) == P.NOT_STARTED


def test_a_date_task_is_overdue_the_day_after():
    t = _task("30/06/2021")
    assert task_status(t, date(2021, 6, 30)) == P.NOT_STARTED
    assert task_status(t, date(2021, 7, 1)) == P.OVERDUE


def test_an_every_year_task_is_judged_year_by_year():
    t = _task("Hằng năm")
    years = [2021, 2022, 2023]
    assert task_status(t, date(2021, 6, 1), [date(2021, 5, 1)], years) == P.IN_PROGRESS
    assert task_status(t, date(2022, 6, 1), [date(2021, 5, 1)], years) == P.IN_PROGRESS  # 2022 not over yet
    assert task_status(t, date(2023, 1, 2), [date(2021, 5, 1)], years) == P.OVERDUE  # nothing in 2022
    acts = [date(2021, 5, 1), date(2022, 5, 1), date(2023, 5, 1)]
    assert task_status(t, date(2024, 1, 1), acts, years) == P.DONE
    # one year at a time (the annual figures)
    assert task_status(t, date(2022, 6, 1), [date(2021, 5, 1)], years, year=2021) == P.DONE
    assert task_status(t, date(2022, 6, 1), [date(2021, 5, 1)], years, year=2022) == P.NOT_STARTED
    assert task_status(t, date(2023, 1, 1), [date(2021, 5, 1)], years, year=2022) == P.OVERDUE
    # marked done on a day of 2022: done for 2022
    t.state, t.done_date = "done", date(2022, 11, 30)
    assert task_status(t, date(2023, 1, 1), [], years, year=2022) == P.DONE


def test_a_task_of_two_named_years():
    t = _task("Năm 2021, 2022")
    assert task_status(t, date(2022, 1, 1), [date(2021, 3, 1)]) == P.IN_PROGRESS
    assert task_status(t, date(2023, 1, 1), [date(2021, 3, 1)]) == P.OVERDUE
    assert task_status(t, date(2023, 1, 1), [date(2021, 3, 1), date(2022, 3, 1)]) == P.DONE
    assert task_status(t, date(2024, 1, 1), [], year=2024) == P.NOT_STARTED  # not due in 2024


def test_a_task_without_deadline_is_never_overdue():
    assert task_status(_task(""), date(2099, 1, 1)) == P.NOT_STARTED


def test_annual_plan_indicators():
    plan = Plan(number="05/KH-UBND", date=date(2026, 1, 12), issue_deadline=date(2026, 1, 15), year_from=2026,
                year_to=2026, budget=20_000_000)  # fmt: skip
    tasks = [
        _task("Quý I năm 2026", activity_ids=["a1"], state="done", done_date=date(2026, 3, 1), budget=2_000_000),
        _task("Quý II năm 2026", activity_ids=["a2", "gone"]),
        _task("Hằng năm", activity_ids=["a3"]),
        _task("Năm 2026"),
        _task("", outside_plan=True, state="done", done_date=date(2026, 5, 1)),
        _task("", outside_plan=True),
    ]
    dates = {"a1": date(2026, 2, 1), "a2": date(2026, 4, 1), "a3": date(2026, 5, 1)}
    ind = P.plan_indicators(plan, tasks, dates, 2026, date(2026, 7, 1))
    assert ind.on_time is True
    assert (ind.tasks, ind.done, ind.overdue) == (4, 2, 1)  # Q1 marked done; Hằng năm has 2026's activity; Q2 late
    assert ind.done_share == 0.5
    assert (ind.outside, ind.outside_done, ind.outside_share) == (2, 1, 0.5)
    assert (ind.with_budget, ind.budget_share) == (1, 0.25)
    late = Plan(number="07/KH-UBND", date=date(2026, 2, 1), issue_deadline=date(2026, 1, 15), year_from=2026)
    assert P.plan_indicators(late, [], {}, 2026, date(2026, 7, 1)).on_time is False
    unknown = Plan(number="07/KH-UBND", date=date(2026, 2, 1), year_from=2026)
    assert P.plan_indicators(unknown, [], {}, 2026, date(2026, 7, 1)).on_time is None
    none = P.plan_indicators(None, [], {}, 2026, date(2026, 7, 1))
    assert none.plan_id is None and none.done_share is None


def test_validation_names_each_problem():
    today = date(2026, 6, 1)
    problems = P.validate_plan(Plan(year_from=1999, year_to=0, budget=-1, date=date(2026, 7, 1)), None, today)
    assert {p.field for p in problems} == {"number", "date", "year_from", "budget"}
    bad = PlanTask(plan_id="", content="", deadline="sớm", state="maybe", done_date=date(2026, 7, 1))
    assert {p.field for p in P.validate_task(bad, None, today)} == {"plan_id", "content", "deadline", "state", "done_date"}
    assert P.validate_task(_task("Quý I năm 2026"), None, today) == []


def test_payload_round_trip_keeps_canonical_deadline_and_links():
    t = _task("quý 1/2026", cooperating=[" Công an xã ", ""], activity_ids=["a", "a", "b"], budget=5)
    payload = P.task_payload(t)
    assert payload["deadline"] == "Quý I năm 2026"
    assert payload["cooperating"] == ["Công an xã"]
    assert payload["activity_ids"] == ["a", "b"]
    assert P.task_payload(P.task_from_payload(t.id, payload)) == payload
    plan = Plan(number="164/KH-UBND", date=date(2020, 12, 31), year_from=2021)
    assert P.plan_payload(P.plan_from_payload(plan.id, P.plan_payload(plan))) == P.plan_payload(plan)
    assert plan.period_text() == "Từ năm 2021"
    assert Deadline(P.D_ANNUAL).recurring and not Deadline(P.D_YEARS, years=(2022,)).recurring
