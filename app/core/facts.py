"""One home for each fact that several screens and documents count: whether a reporter is active at a date,
which forms make a direct session, which target groups are the Law's priority groups.

The roster PDF, the summary's Biểu 4, the dashboard and the roster screen all ask these questions; each asks
here (the store's SQL filters express the same rule next to a comment naming the function below, and a test
checks that they agree), so two official documents of the same period cannot disagree.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from app.core.catalogs import Catalog, Catalogs
    from app.core.models import Activity, Reporter

NOT_YET = "not_yet"  # recognised after the date asked about
ACTIVE = "active"
SUSPENDED = "suspended"  # TT 10/2016 Điều 8.1.e: not assigned while prosecuted, investigated, tried; not dismissed
LEVEL_ENDED = "level_ended"  # a district báo cáo viên from 1 July 2025: the district level no longer exists
DISMISSED = "dismissed"
REPORTER_STATES = (NOT_YET, ACTIVE, SUSPENDED, LEVEL_ENDED, DISMISSED)
ASSIGNABLE_STATES = (ACTIVE,)  # who may be offered for a new activity

# The district level of local government ended on 1 July 2025 (Luật Tổ chức chính quyền địa phương 2025; Công văn
# 1866/BTP-PLHSHC of 09/4/2025 on báo cáo viên cấp huyện – SECONDARY, domain-2 §5): from that day a district
# báo cáo viên is no longer counted as active; the roster offers a review (provincial BCV or commune TTV).
DISTRICT_LEVEL_END = date(2025, 7, 1)
DISTRICT_LEVEL = "huyen"


def reporter_state(reporter: Reporter, on: date) -> str:
    """The reporter's state on the day ``on`` (one of ``REPORTER_STATES``), in this order:

    - recognised by a decision dated after ``on``: not yet recognised;
    - a dismissal decision counts from its date; a dismissal recorded without a date (only its number or its
      authority) counts as in force: the person is dismissed, as the roster PDF shows the decision;
    - a báo cáo viên of the district level on or after 1 July 2025: level ended (history kept, not active);
    - suspended from ``suspended_from`` until the day before ``suspended_until`` (open-ended without it);
    - anyone else (a recognition without a date included) is active.
    """
    recognised = reporter.recognition.date
    if recognised is not None and recognised > on:
        return NOT_YET
    dismissal = reporter.dismissal
    if dismissal.date is not None:
        if dismissal.date <= on:
            return DISMISSED
    elif dismissal.number or dismissal.authority:
        return DISMISSED
    if reporter.kind == "bcv" and reporter.level == DISTRICT_LEVEL and on >= DISTRICT_LEVEL_END:
        return LEVEL_ENDED
    start, end = reporter.suspended_from, reporter.suspended_until
    if start is not None and start <= on and (end is None or on < end):
        return SUSPENDED
    return ACTIVE


def is_assignable(reporter: Reporter, on: date) -> bool:
    """May be offered for a new activity on ``on``: active (not dismissed, suspended, ended or not yet recognised)."""
    return reporter_state(reporter, on) in ASSIGNABLE_STATES


def is_active(reporter: Reporter, on: date) -> bool:
    """Counted as active on ``on``: recognised, not dismissed, not suspended, not of an ended level (``reporter_state``)."""
    return reporter_state(reporter, on) == ACTIVE


def form_codes_with(forms: Catalog, flag: str) -> frozenset[str]:
    """Codes of the forms whose entry in forms.json has ``flag`` true (``direct``, ``contest``).

    Codes of every known version count (``retired`` entries keep their flags), so a record stored under an
    older catalog is counted as it was when it was written.
    """
    return frozenset(e.code for e in (*forms.entries, *forms.retired) if e.get(flag, False))


DIRECT_FLAG = "direct"  # forms.json: the forms that count as direct dissemination (phổ biến trực tiếp)
PRIORITY_FLAG = "priority"  # target_groups.json: the priority groups of the Law on PBGDPL, Articles 17–22


def direct_form_codes(catalogs: Catalogs) -> frozenset[str]:
    """The forms that make an activity a direct session (the ``direct`` flag of forms.json)."""
    return form_codes_with(catalogs.forms, DIRECT_FLAG)


def is_direct_session(activity: Activity, catalogs: Catalogs) -> bool:
    """True when one of the activity's forms is a direct form."""
    codes = direct_form_codes(catalogs)
    return any(f in codes for f in activity.forms)


def priority_group_codes(catalogs: Catalogs) -> tuple[str, ...]:
    """The priority target groups (the ``priority`` flag of target_groups.json), in catalog order."""
    return tuple(e.code for e in catalogs.target_groups.entries if e.get(PRIORITY_FLAG, False))


def reaches_priority_group(target_groups: Iterable[str], catalogs: Catalogs) -> bool:
    """True when one of ``target_groups`` (codes of an activity) is a priority group."""
    codes = set(priority_group_codes(catalogs))
    return any(g in codes for g in target_groups)


# Catalog forms 2026.2 (legal-audit.md a.1): Ngày Pháp luật is an occasion, not a form. An activity logged with it
# as its only form code gets the direct form beside it (app.services.catalog_moves for stored data, the demo
# generator for new data).
OCCASION_FORM, DIRECT_DEFAULT_FORM = "NGAY_PL", "TRUC_TIEP"


def forms_with_a_form_of_their_own(forms: list[str]) -> list[str]:
    """``forms`` unchanged when they hold a form besides the Ngày Pháp luật occasion, else with the direct form first."""
    if OCCASION_FORM in forms and not [f for f in forms if f != OCCASION_FORM]:
        return [DIRECT_DEFAULT_FORM, *forms]
    return list(forms)
