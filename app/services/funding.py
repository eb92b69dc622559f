"""PBGDPL funding of the units of a scope in a year (``app.core.funding``): the budget is the kinh phí of each
unit's annual plan for the year (``services.plans.annual_plan``); spending is the cost of its activities."""

from __future__ import annotations

from datetime import date

from app.core.funding import FundingSummary, summarise
from app.services import plans as plan_svc
from app.services import read
from app.services.read import Scope
from app.services.workspace import Workspace


def budget_of(ws: Workspace, scope: Scope, year: int) -> int:
    """The summed budget of the scope's units' annual plans of ``year`` (a unit without a plan adds nothing)."""
    units = scope.units if scope.units is not None else tuple(plan_svc.plan_owners(ws))
    total = 0
    for unit in units:
        plan = plan_svc.annual_plan(ws, unit, year)
        total += plan.budget if plan is not None else 0
    return total


def funding(ws: Workspace, scope: Scope, year: int) -> FundingSummary:
    """Budget, spending by form and target group, and the priority groups' share, for ``scope`` in ``year``."""
    acts = read.activities(ws, scope, date(year, 1, 1), date(year, 12, 31))
    return summarise(year, acts, ws.catalogs, budget_of(ws, scope, year))


def build_funding_report(ws: Workspace, scope: Scope, year: int):
    """The funding report's data (labels from the catalogs; lines by amount, largest first)."""
    from app.core import facts
    from app.reports.funding import FundingLine, FundingReportData
    from app.services.printing import _info as document_info

    f = funding(ws, scope, year)
    cats = ws.catalogs
    priority = set(facts.priority_group_codes(cats))

    def share(amount: int) -> float | None:
        return amount / f.spent if f.spent else None

    forms = tuple(FundingLine(cats.forms.label(k) or k, v, share(v)) for k, v in sorted(f.by_form.items(), key=lambda kv: -kv[1]))
    groups = tuple(
        FundingLine((cats.target_groups.label(k) or k) if k else "Không ghi đối tượng", v, share(v), k in priority)
        for k, v in sorted(f.by_group.items(), key=lambda kv: -kv[1])
    )
    if scope.units is not None and len(scope.units) == 1:
        unit_label = read.unit_name(ws, scope.units[0])
    else:
        unit_label = "Các đơn vị"
    info = document_info(ws, "Báo cáo", f"Kinh phí phổ biến, giáo dục pháp luật năm {year}", recipients=False, prepared=True)
    return FundingReportData(info=info, year=year, unit_label=unit_label, budget=f.budget, spent=f.spent,
                             activities=f.activities, paid_activities=f.paid_activities, priority_cost=f.priority_cost,
                             priority_activities=f.priority_activities, by_form=forms, by_group=groups)  # fmt: skip


def render_funding_report(ws: Workspace, scope: Scope, year: int, fmt: str = "pdf") -> bytes:
    from app.reports.funding import FundingReport, funding_xlsx

    data = build_funding_report(ws, scope, year)
    return funding_xlsx(data) if fmt == "xlsx" else FundingReport().render(data)
