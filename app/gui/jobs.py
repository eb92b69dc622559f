"""Long work off the GUI thread: ``Job`` (a QRunnable over a service generator), the pools, a progress dialog.

Usage from a screen (the work is a service generator yielding ``app.core.progress.Progress`` and returning
its result; a plain function works too)::

    job = Job(exporting.export_log, period, open_workspace=self.ctx.open_workspace)
    job.signals.succeeded.connect(self._on_export_succeeded)   # a @Slot of a QObject, never a lambda
    ProgressDialog.run(job, self.tr("Exporting the log…"), parent=self, write=False)

With ``open_workspace`` the job opens its own Workspace inside ``run()`` (sqlite connections belong to their
thread), passes it as the first argument and closes it afterwards. Writes go through one pool with a single
thread, so they never overlap. Cancel sets a ``threading.Event``; the job checks it between yields and calls
``gen.close()``, which raises ``GeneratorExit`` at the ``yield`` so that ``db.atomic()`` rolls back.
"""

from __future__ import annotations

import inspect
import logging
import threading
from functools import partial
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QHBoxLayout, QWidget

from app.core.errors import Cancelled
from app.core.progress import Progress

log = logging.getLogger("app.gui")

_POOLS: dict[str, QThreadPool] = {}
_RUNNING: set["Job"] = set()  # Python references keep running jobs alive until they finish


def _pool(name: str, threads: int) -> QThreadPool:
    pool = _POOLS.get(name)
    if pool is None:
        pool = _POOLS[name] = QThreadPool()
        pool.setMaxThreadCount(threads)
        pool.setObjectName(f"pbgdpl-{name}")
    return pool


def write_pool() -> QThreadPool:
    """The one pool for jobs that write: a single thread, so writes are serialized."""
    return _pool("writes", 1)


def read_pool() -> QThreadPool:
    """The pool for read-only jobs (reports, exports): up to two threads."""
    return _pool("reads", 2)


def query_pool() -> QThreadPool:
    """One thread for short read-only queries a screen shows when ready (the log's totals), one at a time."""
    return _pool("queries", 1)


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Block until every job has finished (used at shutdown and in tests); returns False on timeout."""
    ok = write_pool().waitForDone(msecs)
    ok = query_pool().waitForDone(msecs) and ok
    return read_pool().waitForDone(msecs) and ok


class JobSignals(QObject):
    """Signals of a Job (a QRunnable is not a QObject). Emitted from the worker thread, delivered queued."""

    progress = Signal(int, int, str)  # done, total (0 = unknown), label
    succeeded = Signal(object)  # the work's result (a generator's return value)
    failed = Signal(object)  # the exception (never Cancelled)
    cancelled = Signal()
    finished = Signal()  # after exactly one of succeeded / failed / cancelled


class Job(QRunnable):
    """Run ``fn(*args, **kwargs)`` in a pool thread, reporting progress, result, failure or cancel.

    Args:
        fn: a function; when it returns a generator, each yielded ``Progress`` (or ``(done, total)`` pair)
            is reported and the generator's return value is the result.
        open_workspace: when given, called in the worker thread; the Workspace is passed as the first
            argument and closed afterwards.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, open_workspace: Callable[[], Any] | None = None, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._open_workspace = open_workspace
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False

    # -- control (GUI thread) ------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the job to stop at its next yield."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def start(self, write: bool = False) -> "Job":
        """Queue the job on the write pool (``write=True``) or the read pool."""
        _RUNNING.add(self)
        # Forget the job on the GUI thread (the signals object lives there), once its outcome is delivered.
        self.signals.finished.connect(partial(_RUNNING.discard, self))
        (write_pool() if write else read_pool()).start(self)
        return self

    # -- worker thread ---------------------------------------------------------------------------
    def run(self) -> None:  # noqa: C901  one place that handles every outcome
        ws = None
        try:
            if self._cancel.is_set():
                raise Cancelled()
            args = self._args
            if self._open_workspace is not None:
                ws = self._open_workspace()
                args = (ws, *args)
            out = self._fn(*args, **self._kwargs)
            if inspect.isgenerator(out):
                out = self._drive(out)
            self.result = out
        except Cancelled:
            self.was_cancelled = True
        except BaseException as exc:  # noqa: BLE001  every failure reaches the GUI
            self.error = exc
            log.warning("job %s failed: %s", getattr(self._fn, "__name__", self._fn), exc, exc_info=not _expected(exc))
        finally:
            if ws is not None:
                try:
                    ws.close()
                except Exception:  # noqa: BLE001
                    log.exception("closing the job's workspace failed")
        try:
            if self.was_cancelled:
                self.signals.cancelled.emit()
            elif self.error is not None:
                self.signals.failed.emit(self.error)
            else:
                self.signals.succeeded.emit(self.result)
        finally:
            self.signals.finished.emit()

    def _drive(self, gen) -> Any:
        while True:
            if self._cancel.is_set():
                gen.close()
                raise Cancelled()
            try:
                step = next(gen)
            except StopIteration as stop:
                return stop.value
            if isinstance(step, Progress):
                self.signals.progress.emit(int(step.done), int(step.total), str(step.label))
            elif isinstance(step, tuple) and len(step) >= 2:
                self.signals.progress.emit(int(step[0]), int(step[1]), str(step[2]) if len(step) > 2 else "")


def _expected(exc: BaseException) -> bool:
    from app.core.errors import AppError

    return isinstance(exc, AppError)


class ProgressDialog(QDialog):
    """A modal window with a label, a progress bar and Cancel; closes itself when the job ends.

    Failures are shown through ``app.gui.errors.show_error`` unless ``show_errors=False``.
    """

    def __init__(self, job: Job, title: str, parent: QWidget | None = None, show_errors: bool = True) -> None:
        super().__init__(parent)
        self.job = job
        self._show_errors = show_errors
        self._done = False
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(420)
        self.label = QLabel(title, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        job.signals.progress.connect(self._on_job_progress)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.finished.connect(self._on_job_finished)

    @classmethod
    def run(cls, job: Job, title: str, parent: QWidget | None = None, write: bool = False, show_errors: bool = True) -> "ProgressDialog":
        """Show a dialog for ``job`` and start it; returns the (non-blocking, open) dialog."""
        dialog = cls(job, title, parent, show_errors)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        job.start(write=write)
        return dialog

    @Slot(int, int, str)
    def _on_job_progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if label and not self.job.cancel_requested:
            self.label.setText(progress_label(label))

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling… the work stops at a safe point and nothing half-done is kept."))

    @Slot(object)
    def _on_job_failed(self, exc: object) -> None:
        if self._show_errors:
            from app.gui.errors import show_error

            show_error(self.parentWidget() or self, exc)

    @Slot()
    def _on_job_finished(self) -> None:
        self._done = True
        self.accept()

    def reject(self) -> None:  # Esc or the window's close button mean Cancel while the job runs
        if not self._done:
            self._on_cancel_button_clicked()
            return
        super().reject()


def progress_label(code: str) -> str:
    """Translate a service's progress label code when it is a known one; otherwise show it as it is."""
    from PySide6.QtCore import QCoreApplication

    known = {
        "reading": QCoreApplication.translate("Progress", "Reading…"),
        "checking": QCoreApplication.translate("Progress", "Checking…"),
        "writing": QCoreApplication.translate("Progress", "Writing…"),
        "saving": QCoreApplication.translate("Progress", "Saving…"),
        "rendering": QCoreApplication.translate("Progress", "Preparing the document…"),
        "verifying": QCoreApplication.translate("Progress", "Verifying…"),
        "merging": QCoreApplication.translate("Progress", "Merging…"),
    }
    return known.get(code, code)
