"""``pbgdpl --smoke-test``: check that this program, frozen or not, can do one of everything, then exit.

Steps, in a temporary data folder that is deleted afterwards: open and migrate the database, load the
catalogs and the commune list, render one PDF with Vietnamese text, write and verify one signed bundle,
open and close the main window (offscreen unless QT_QPA_PLATFORM says otherwise). Each step prints one
line. Any failure (a module missing from the build included), and any Qt warning, prints a clear message and
makes the exit code 1.

The start-up probe that ``build/measure_startup.py`` and ``make bench`` rely on is ``app.probe``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path
from typing import Any, Callable

SMOKE_UNIT = "05443"  # Phường Phan Đình Phùng, Thái Nguyên
SMOKE_OFFICER = "Nguyễn Thị Hường"
SMOKE_TEXT = "Phổ biến Luật Hôn nhân và gia đình; Luật Đất đai năm 2024 — thôn Đồng Bẩm, tổ dân phố số 7"


class SmokeRun:
    """Runs the steps in order against one temporary data folder, collecting what went wrong."""

    def __init__(self, data: Path, out=None) -> None:
        self.data = data
        self.out = out or sys.stdout
        self.ws: Any = None
        self.qt_messages: list[str] = []
        self.failures: list[str] = []

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        start = time.monotonic()
        try:
            detail = fn()
        except Exception as exc:  # noqa: BLE001  every failure is reported, none escapes
            self.failures.append(name)
            self.say(f"smoke: {name:<12} FAILED: {type(exc).__name__}: {exc}")
            traceback.print_exc(file=sys.stderr)
            return False
        self.say(f"smoke: {name:<12} ok ({time.monotonic() - start:.2f} s){': ' + detail if detail else ''}")
        return True

    # -- steps ------------------------------------------------------------------------------------
    def database(self) -> str:
        from app.paths import AppPaths, migrations_dir
        from app.services.setup import initialise
        from app.services.workspace import Workspace

        shipped = len(list(migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.sql")))
        self.ws = Workspace.open(AppPaths(self.data))
        version = self.ws.db.execute("PRAGMA user_version").fetchone()[0]
        if not shipped or version != shipped:
            raise RuntimeError(f"schema version {version} after migrating, expected {shipped} (one per migration file)")
        unit = initialise(self.ws, SMOKE_UNIT, SMOKE_OFFICER)
        return f"schema version {version}, {len(self.ws.db.table_names())} tables, unit {unit.code} {unit.name}"

    def catalogs(self) -> str:
        from app.services.catalogs import CATALOG_FILES
        from app.services.units import all_units

        versions = self.ws.catalogs.versions()
        missing = [name for name in CATALOG_FILES if not versions.get(name)]
        if missing:
            raise RuntimeError(f"catalogs without a version: {', '.join(missing)}")
        units = len(all_units())
        if units < 3000:
            raise RuntimeError(f"only {units} administrative units loaded from vietnam-provinces")
        return ", ".join(f"{k} {v}" for k, v in sorted(versions.items())) + f"; {units} units"

    def activity(self) -> str:
        from app.core.models import Activity
        from app.services.logbook import save_activity

        forms = self.ws.catalogs.forms.codes()[:1]
        today = self.ws.today()
        activity = Activity(
            date=date(today.year, today.month, 1) if today.day > 1 else today,
            title=SMOKE_TEXT,
            forms=forms,
            place="Hội trường UBND phường",
            participants=45,
            women=20,
        )
        return f"activity {save_activity(self.ws, activity, source='smoke').outcome}"

    def pdf(self) -> str:
        """The activity log of this year as the officer prints it (app.services.printing)."""
        from app.core.periods import period_of
        from app.services import printing

        request = printing.ReportRequest(kind="activity-log", period=period_of(self.ws.today(), "Y"))
        output = _drive(printing.produce(self.ws, request))
        if output.pages < 1:
            raise RuntimeError("the activity log PDF has no pages")
        from app.reports.base import accelerated

        if not accelerated():
            raise RuntimeError("reportlab's C accelerator (_rl_accel from rl_accel) is missing from this build")
        return f"activity log, {output.pages} page(s), reportlab accelerated, " + _check_pdf(output.data) + _pdf_text_check(output.data) + _preview_check(output.data)

    def bundle(self) -> str:
        """Make a key, export this year's signed bundle (read back by the exporter), then verify the file again."""
        from app.core.periods import period_of
        from app.services import bundles, keys

        keys.create_key(self.ws, None)
        period = period_of(self.ws.today(), "Y")
        result = _drive(bundles.export_bundle(self.ws, period.id, self.data / "exports"))
        path = Path(result["path"])
        # As a receiver with no trust list would: the signature and every record are checked (the exporter
        # itself already read the file back against this unit's own key).
        from app.paths import AppPaths

        summary = bundles.verify_file(AppPaths(self.data.parent / "receiver"), path, today=self.ws.today())
        from app.buildinfo import build_info

        if summary.app_version != build_info()["version"]:
            raise RuntimeError(f"the manifest names app version {summary.app_version!r}, not this build's")
        counts = ", ".join(f"{k} {v}" for k, v in sorted(result["counts"].items()) if v)
        return f"{path.name}, {path.stat().st_size} bytes ({counts}), signature verified"

    def window(self) -> str:
        """Open the real main window the way bootstrap.main does, wait until it is on screen, close it."""
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QTranslator, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from app import bootstrap
        from app.gui import i18n
        from app.gui.jobs import wait_for_jobs
        from app.paths import resource_path

        qInstallMessageHandler(self._on_qt_message)
        app = bootstrap.create_application()
        notes = [f"platform {QApplication.platformName()}"]

        translations = sorted(resource_path("translations").glob("*.qm"))
        for qm in translations:
            if not QTranslator(app).load(str(qm)):
                raise RuntimeError(f"Qt cannot load the translation {qm.name}")
        notes.append(f"{len(translations)} translation(s)")
        i18n.install_translators(app, "vi")
        notes.append("Vietnamese UI")

        window = bootstrap.build_main_window(self.ws, self.ws.paths)
        window.resize(1366, 768)
        window.show()
        deadline = time.monotonic() + 10
        while not (window.windowHandle() and window.windowHandle().isExposed()):
            app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("the main window was not shown within 10 s")
        app.processEvents()
        title = window.windowTitle()
        if not window.close():
            raise RuntimeError("the main window refused to close")
        window.deleteLater()
        app.processEvents()
        wait_for_jobs()
        if self.qt_messages:
            raise RuntimeError(f"{len(self.qt_messages)} Qt warning(s), see above")
        return f"main window \u201c{title}\u201d shown and closed, " + ", ".join(notes)

    def _on_qt_message(self, mode, qt_context, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        category = getattr(qt_context, "category", "") or "qt"
        self.qt_messages.append(message)
        print(f"Qt warning: {category}: {message}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None


def _drive(job):
    """Run a service generator (it yields Progress) to its end and return its value."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value


def _pdf_text_check(data: bytes) -> str:
    """When pypdf is installed (the venv, not the frozen build), check the Vietnamese text reads back in NFC."""
    try:
        from io import BytesIO

        from pypdf import PdfReader
    except ImportError:
        return ""
    import unicodedata

    text = unicodedata.normalize("NFC", "".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages))
    if "Phan Đình Phùng" not in text and "CỘNG HÒA" not in text.upper():
        raise RuntimeError("the PDF's text does not read back as Vietnamese")
    return ", Vietnamese text reads back"


def _preview_check(data: bytes) -> str:
    """Render the first page as the report screen's preview and printing do (PDFium, bundled by pypdfium2)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        bitmap = doc[0].render(scale=60 / 72)
        width, height = bitmap.width, bitmap.height
        dark = sum(1 for b in bytes(bitmap.buffer)[::97] if b < 128)
    finally:
        doc.close()
    if not dark:
        raise RuntimeError("the first page renders blank in the preview (PDFium)")
    return f", preview renders ({width}×{height} px)"


def _check_pdf(data: bytes) -> str:
    """Return a one-line description of ``data``; raise when it is not a PDF with an embedded TrueType font."""
    if not isinstance(data, (bytes, bytearray)) or not data.startswith(b"%PDF-"):
        raise RuntimeError("the renderer did not return PDF bytes")
    if b"%%EOF" not in data[-1024:]:
        raise RuntimeError("the PDF is truncated (no %%EOF)")
    if b"/FontFile2" not in data:
        raise RuntimeError("the PDF embeds no TrueType font, so Vietnamese text cannot show")
    return f"{len(data)} bytes, TrueType font embedded"


def run_smoke_test(args: argparse.Namespace | None = None) -> int:
    """Run every step in a temporary data folder; return 0 when all passed, else 1.

    Args:
        args: the parsed command line; ``--debug`` also prints the app's log to the console.
            ``--data-dir`` is ignored on purpose: the smoke test never touches real data.

    Returns:
        The process exit code.
    """
    from app.buildinfo import describe
    from app.log import setup_logging

    start = time.monotonic()
    out = sys.stdout
    print(f"smoke: {describe()}, {'frozen' if getattr(sys, 'frozen', False) else 'from source'}, "
          f"Python {sys.version.split()[0]} on {sys.platform}", file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="pbgdpl-smoke-", ignore_cleanup_errors=True) as tmp:
        run = SmokeRun(Path(tmp) / "data", out)
        setup_logging(run.data / "logs", bool(getattr(args, "debug", False)))
        try:
            ok = run.step("database", run.database)
            if ok:
                for name, fn in (
                    ("catalogs", run.catalogs),
                    ("activity", run.activity),
                    ("pdf", run.pdf),
                    ("bundle", run.bundle),
                    ("window", run.window),
                ):
                    run.step(name, fn)
        finally:
            run.close()
            setup_logging(None, False)  # let go of the log file before the folder is deleted
    seconds = time.monotonic() - start
    if run.failures:
        print(f"smoke test FAILED in {seconds:.1f} s: {', '.join(run.failures)}", file=out, flush=True)
        return 1
    print(f"smoke test passed in {seconds:.1f} s", file=out, flush=True)
    return 0
