"""Trainings (tập huấn, bồi dưỡng) as records: date, topic, attendees; the share of tuyên truyền viên trained per
year (what the assessment asks); bad input refused with nothing stored."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import ValidationError
from app.core.models import Decision, Reporter, Training, TrainingSession
from app.services import logbook, read, roster
from app.store import trainings as training_repo


@pytest.fixture
def ttvs(workspace):
    ws = workspace
    people = [Reporter(kind="ttv", full_name=f"Người {i}", recognition=Decision(f"{i}/QĐ-UBND", date(2024, 3, 1))) for i in range(4)]
    people.append(Reporter(kind="ttv", full_name="Người đã thôi", recognition=Decision("9/QĐ", date(2024, 3, 1)),
                           dismissal=Decision("20/QĐ", date(2025, 6, 1)), dismissal_ground="TU_NGUYEN"))  # fmt: skip
    people.append(Reporter(kind="bcv", full_name="Báo cáo viên", level="tinh"))
    for p in people:
        logbook.save_reporter(ws, p)
    return ws, people


def test_trained_share_counts_active_ttv_who_attended_in_the_year(ttvs):
    ws, people = ttvs
    scope = read.Scope.own(ws)
    roster.save_training(ws, TrainingSession(date=date(2026, 4, 2), title="Bồi dưỡng kỹ năng tuyên truyền", organiser="UBND xã",
                                             audience="ttv", attendee_ids=[people[0].id, people[1].id, people[4].id]))  # fmt: skip
    roster.save_training(ws, TrainingSession(date=date(2025, 4, 2), title="Tập huấn năm trước", attendee_ids=[people[2].id]))
    # a training noted on the person (older data) counts too
    logbook.save_reporter(ws, Reporter(**{**people[3].__dict__, "trainings": [Training(date(2026, 9, 1), "Luật Đất đai")]}))
    share = roster.trained_share(ws, scope, 2026)
    assert (share.active, share.trained, share.percent) == (4, 3, 75)  # the dismissed one and the BCV are not counted
    assert set(share.trained_ids) == {people[0].id, people[1].id, people[3].id}
    last = roster.trained_share(ws, scope, 2025)
    assert (last.active, last.trained) == (4, 1)
    assert [t.title for t in roster.trainings(ws, scope, 2026)] == ["Bồi dưỡng kỹ năng tuyên truyền"]


@pytest.mark.parametrize("training, field", [
    (TrainingSession(date=None, title="X"), "date"),
    (TrainingSession(date=date(2027, 1, 1), title="X"), "date"),
    (TrainingSession(date=date(2026, 1, 1), title=""), "title"),
    (TrainingSession(date=date(2026, 1, 1), title="X", audience="abc"), "audience"),
    (TrainingSession(date=date(2026, 1, 1), title="X", attendee_ids=["not-a-reporter"]), "attendee_ids"),
])  # fmt: skip
def test_bad_trainings_are_refused_and_nothing_is_stored(ttvs, training, field):
    ws, _ = ttvs
    with pytest.raises(ValidationError) as err:
        roster.save_training(ws, training)
    assert field in [p["field"] for p in err.value.details["problems"]]
    assert training_repo.list_trainings(ws.db, None) == []
