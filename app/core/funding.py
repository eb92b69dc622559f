"""PBGDPL funding of a unit in a year: the budget (kinh phí of its annual plan), what its activities cost, split by
form and by target group, and the share spent on the Law's priority groups (Luật PBGDPL Điều 17–22, the
``priority`` flag of target_groups.json, ``app.core.facts``).

Splitting rule: an activity's cost is shared equally among its forms (and, apart, among its target groups), the
remainder of the division going to the first, so that each table adds up to the total spent. An activity with no
target group recorded counts under "not recorded". The priority share counts the whole cost of every activity
that reaches at least one priority group (TT 56/2023/TT-BTC Điều 3 khoản 11.a gives the +20% rate to PBGDPL
"for" those groups; it does not split a session): ``priority_cost / spent``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from app.core import facts

if TYPE_CHECKING:
    from app.core.catalogs import Catalogs
    from app.core.models import Activity

NOT_RECORDED = ""  # the target-group key of activities without any group


def split(amount: int, keys: list[str]) -> dict[str, int]:
    """``amount`` shared equally among ``keys`` (whole đồng; the remainder to the first key)."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    share, rest = divmod(amount, len(keys))
    return {k: share + (rest if i == 0 else 0) for i, k in enumerate(keys)}


@dataclass
class FundingSummary:
    year: int
    budget: int = 0  # VND, from the annual plan(s); 0 when none recorded
    spent: int = 0
    activities: int = 0  # activities of the year
    paid_activities: int = 0  # with a cost
    by_form: dict[str, int] = field(default_factory=dict)  # form code -> VND
    by_group: dict[str, int] = field(default_factory=dict)  # target-group code ("" not recorded) -> VND
    priority_cost: int = 0
    priority_activities: int = 0

    @property
    def priority_share(self) -> float | None:
        return self.priority_cost / self.spent if self.spent else None

    @property
    def used_share(self) -> float | None:
        """Spent over budget (None without a budget)."""
        return self.spent / self.budget if self.budget else None

    @property
    def remaining(self) -> int | None:
        return self.budget - self.spent if self.budget else None

    def to_dict(self) -> dict:
        return {
            "year": self.year, "budget": self.budget, "spent": self.spent, "remaining": self.remaining,
            "used_share": self.used_share, "activities": self.activities, "paid_activities": self.paid_activities,
            "by_form": dict(self.by_form), "by_group": dict(self.by_group), "priority_cost": self.priority_cost,
            "priority_activities": self.priority_activities, "priority_share": self.priority_share,
        }  # fmt: skip


def summarise(year: int, activities: Iterable[Activity], catalogs: Catalogs, budget: int = 0) -> FundingSummary:
    """The funding figures of ``activities`` (those of the year, live) against ``budget``."""
    out = FundingSummary(year=year, budget=budget)
    priority = set(facts.priority_group_codes(catalogs))
    for a in activities:
        out.activities += 1
        if a.cost <= 0:
            continue
        out.paid_activities += 1
        out.spent += a.cost
        for key, value in split(a.cost, a.forms).items():
            out.by_form[key] = out.by_form.get(key, 0) + value
        groups = list(a.target_groups) or [NOT_RECORDED]
        for key, value in split(a.cost, groups).items():
            out.by_group[key] = out.by_group.get(key, 0) + value
        if any(g in priority for g in a.target_groups):
            out.priority_cost += a.cost
            out.priority_activities += 1
    return out
