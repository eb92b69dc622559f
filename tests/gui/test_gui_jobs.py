"""The job runner: progress, result, failure, and a cancel that rolls back a half-done write."""

from __future__ import annotations

import threading
from datetime import date

import pytest
import shiboken6

from app.core.errors import ValidationError
from app.core.models import Activity
from app.core.progress import Progress
from app.gui.jobs import Job, ProgressDialog, wait_for_jobs, write_pool
from app.store import activities as repo


def _count(gen_total):
    for i in range(gen_total):
        yield Progress(i + 1, gen_total, "writing")
    return gen_total * 2


def test_job_reports_progress_and_result(qtbot):
    job = Job(_count, 5)
    steps = []
    job.signals.progress.connect(lambda done, total, label: steps.append((done, total, label)))
    with qtbot.waitSignal(job.signals.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [10]
    qtbot.waitUntil(lambda: len(steps) == 5)
    assert steps[-1] == (5, 5, "writing")


def test_job_failure_is_delivered_not_raised(qtbot):
    def broken():
        raise ValidationError("bad")
        yield  # pragma: no cover

    job = Job(broken)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        job.start()
    assert isinstance(blocker.args[0], ValidationError)


def test_write_pool_runs_one_job_at_a_time():
    assert write_pool().maxThreadCount() == 1


def _slow_import(ws, started: threading.Event, release: threading.Event):
    """Write activities inside one transaction, yielding between rows, like an import service."""
    with ws.db.atomic():
        for i in range(50):
            a = Activity(date=date(2026, 1, 5), title=f"Hoạt động số {i}", forms=["TRUC_TIEP"], place="Thôn Đồng Bẩm")
            repo.save_activity(ws.db, a, ws.write_context("test"))
            yield Progress(i + 1, 50, "writing")
            if i == 2:
                started.set()
                release.wait(5)
    return 50


def test_cancel_from_the_dialog_rolls_back_the_write(qtbot, ctx):
    started, release = threading.Event(), threading.Event()
    job = Job(_slow_import, started, release, open_workspace=ctx.open_workspace)
    dialog = ProgressDialog.run(job, "Nhập dữ liệu…", write=True)  # deletes itself once closed: not qtbot's to close
    assert started.wait(5)
    assert dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        qtbot.mouseClick(dialog.cancel_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
        release.set()
    wait_for_jobs()
    assert job.was_cancelled and job.result is None
    assert repo.totals(ctx.workspace.db, repo.ActivityFilter())["count"] == 0
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())  # closed, and maybe deleted


def test_job_without_cancel_commits(qtbot, ctx):
    started, release = threading.Event(), threading.Event()
    release.set()
    job = Job(_slow_import, started, release, open_workspace=ctx.open_workspace)
    with qtbot.waitSignal(job.signals.succeeded, timeout=10000):
        job.start(write=True)
    assert repo.totals(ctx.workspace.db, repo.ActivityFilter())["count"] == 50
