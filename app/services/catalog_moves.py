"""Moves of stored records that a catalog change asks for, done once after the migration that announces them.

A migration cannot write the audit log (its hash chain is computed here, in Python), so a migration that changes
what a stored code means leaves a marker in ``settings`` and this module makes the move at the next opening, as
ordinary audited revisions of this installation's own records (so the change travels upward with the next
bundle; records of other units are theirs to move).

forms 2026.2 (migration ``*_ngay_phap_luat_occasion``): Ngày Pháp luật is an occasion, not a form
(legal-audit.md a.1). An own activity whose only form was NGAY_PL is given the direct form TRUC_TIEP beside it:
it was counted as a direct session, and NĐ 28/2013 Điều 6.2.a names mít tinh, hội thảo, tọa đàm first.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.core.facts import DIRECT_DEFAULT_FORM, OCCASION_FORM, forms_with_a_form_of_their_own
from app.store import activities as activity_repo
from app.store import settings as settings_repo

if TYPE_CHECKING:
    from app.services.workspace import Workspace

log = logging.getLogger("app.services")
NGAY_PL_MARKER = "pending_move_forms_2026_2"
SOURCE = "catalog:forms-2026.2"


def apply_pending(ws: Workspace) -> int:
    """Make the announced moves; returns how many records changed (0 when nothing was pending)."""
    if settings_repo.get_setting(ws.db, NGAY_PL_MARKER) is None:
        return 0
    moved = 0
    if ws.initialised:
        ctx = ws.write_context(SOURCE)
        flt = activity_repo.ActivityFilter(form=OCCASION_FORM, units=(ws.unit_code,))
        with ws.db.atomic():
            for activity in list(activity_repo.iter_activities(ws.db, flt)):
                moved_forms = forms_with_a_form_of_their_own(activity.forms)
                if moved_forms == activity.forms:
                    continue  # it has a form of its own
                activity.forms = moved_forms
                activity_repo.save_activity(ws.db, activity, ctx)
                moved += 1
            settings_repo.delete_setting(ws.db, NGAY_PL_MARKER)
    else:
        settings_repo.delete_setting(ws.db, NGAY_PL_MARKER)  # a new data folder: nothing stored to move
    if moved:
        log.info("forms 2026.2: %d activities logged only as 'Ngày Pháp luật' now also have the form %s", moved, DIRECT_DEFAULT_FORM)
    return moved
