"""The plan report (PDF, .xlsx) of one stored plan: tasks, deadlines, statuses on a day, the activities behind
each task; overdue tasks stand out."""

from __future__ import annotations

from datetime import date

from app.reports.plans import PlanReport, PlanReportData, PlanReportRow, plan_report_xlsx
from app.services import plans as plan_svc
from app.services.plan_files import KIND_VI, PLAN_LABELS_OUT
from app.services.printing import _info as document_info
from app.services.workspace import Workspace
from app.store import activities as activity_repo


def build_plan_report(ws: Workspace, plan_id: str, on: date | None = None) -> PlanReportData:
    on = on or ws.today()
    view = plan_svc.plan_view(ws, plan_id, on)
    plan = view.plan
    acts = {a.id: a for a in activity_repo.fetch_activities(ws.db, [i for r in view.rows for i in r.activity_ids])}
    rows = []
    for r in view.rows:
        t = r.task
        lines = sorted(
            (acts[i].date, acts[i].title or ", ".join(acts[i].topics)) for i in r.activity_ids if i in acts and acts[i].date
        )
        rows.append(PlanReportRow(
            section=t.section, content=t.content, lead=t.lead, cooperating="; ".join(t.cooperating),
            deadline=t.deadline or "Không ghi", status=r.status_vi, overdue=r.overdue, outside_plan=t.outside_plan,
            activities=tuple(f"{d:%d/%m/%Y} – {title}" for d, title in lines), note=t.progress_note,
            state=t.state, done_date=t.done_date, budget=t.budget,
        ))  # fmt: skip
    values = {
        "number": plan.number, "date": plan.date.strftime("%d/%m/%Y") if plan.date else "", "issuer": plan.issuer,
        "title": plan.title, "kind": KIND_VI.get(plan.kind, plan.kind), "year_from": str(plan.year_from or ""),
        "year_to": str(plan.year_to or ""),
        "issue_deadline": plan.issue_deadline.strftime("%d/%m/%Y") if plan.issue_deadline else "",
        "source": plan.source, "budget": str(plan.budget or ""), "notes": plan.notes,
    }  # fmt: skip
    fields = tuple((PLAN_LABELS_OUT[k], v) for k, v in values.items())
    title = f"Kế hoạch số {plan.number}" + (f" ngày {plan.date:%d/%m/%Y}" if plan.date else "")
    title += f" của {plan.issuer}" if plan.issuer else ""
    title += f": {plan.title}" if plan.title else ""
    info = document_info(ws, "Báo cáo", f"Tình hình thực hiện Kế hoạch số {plan.number}", recipients=False, prepared=True)
    return PlanReportData(info=info, as_of=on, plan_fields=fields, plan_title=title, rows=tuple(rows))


def render_plan_report(ws: Workspace, plan_id: str, fmt: str = "pdf", on: date | None = None) -> bytes:
    """The plan report as ``pdf`` or ``xlsx`` bytes."""
    data = build_plan_report(ws, plan_id, on)
    if fmt == "xlsx":
        return plan_report_xlsx(data)
    return PlanReport().render(data)
