"""The error boundary: translated messages that say what to do next, and the crash dialog."""

from __future__ import annotations

import errno
import logging

from PySide6.QtWidgets import QLabel

from app.core.errors import AppError, Cancelled, DatabaseCorruptError, SchemaTooNewError, ValidationError
from app.gui import errors
from app.gui.crash_dialog import CrashDialog


def test_each_known_error_has_its_own_message(qapp):
    texts = {errors.message_for(e) for e in (SchemaTooNewError("x"), DatabaseCorruptError("x"), ValidationError("x"))}
    assert len(texts) == 3
    assert "newer version" in errors.message_for(SchemaTooNewError("x"))


def test_unknown_subcode_falls_back_to_its_family(qapp):
    class Odd(AppError):
        code = "E-BUNDLE-SOMETHING-NEW"

    assert errors.message_for(Odd("x")) == errors.message_for(type("B", (AppError,), {"code": "E-BUNDLE"})("x"))


def test_disk_full_says_so(qapp):
    assert "disk is full" in errors.message_for(OSError(errno.ENOSPC, "No space left"))


def test_cancel_is_silent(qtbot):
    errors.show_error(None, Cancelled())  # would block on a modal box otherwise


def test_crash_dialog_shows_the_log_location(qtbot, tmp_path, caplog):
    log_file = tmp_path / "logs" / "pbgdpl.log"
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        err = exc
    dialog = CrashDialog("Traceback … RuntimeError: boom", log_file)
    qtbot.addWidget(dialog)
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert str(log_file) in labels
    assert "boom" in dialog.details.toPlainText()
    with caplog.at_level(logging.ERROR, logger="app.gui"):
        errors._SHOWING = True  # do not open a modal dialog in the test
        try:
            errors.show_crash(None, err)
        finally:
            errors._SHOWING = False
    assert "boom" in caplog.text


def _all_app_error_classes() -> list[type]:
    """Every AppError subclass defined anywhere in the app package (each module imported first)."""
    import importlib
    import pkgutil

    import app

    for info in pkgutil.walk_packages(app.__path__, "app."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found, todo = [], [AppError]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("app."):
                found.append(sub)
            todo.append(sub)
    return found


GENERIC_CODES = ("E-APP",)  # the bases AppError/UserFixableError: never raised themselves


def test_every_error_the_program_raises_has_its_own_message_saying_what_to_do(qapp):
    generic = errors.message_for(AppError("x"))
    classes = _all_app_error_classes()
    codes = {cls.code for cls in classes}
    # the walk must reach the codes of every layer (core, sync, reports, commands)
    assert {"E-BUNDLE-SIGNATURE", "E-KEY-PASSPHRASE", "E-PDF-INVALID", "E-SIGN", "E-IMPORT-INVALID", "E-FILE-NOT-FOUND"} <= codes
    missing = []
    for cls in classes:
        if cls.code in GENERIC_CODES:  # UserFixableError and other bases
            continue
        exc = cls.__new__(cls)  # some take their own arguments; message_for needs only the code
        text = errors.message_for(exc)
        if not cls.code in errors._messages() or text == generic:
            missing.append(f"{cls.__module__}.{cls.__name__} ({cls.code})")
    assert not missing, f"no specific message for: {missing}"


def test_error_messages_are_vietnamese_with_the_translators(qapp):
    from gui_helpers import uninstall_translators

    from app.gui.i18n import install_translators
    from app.sync.errors import BundleRecordError

    try:
        install_translators(qapp, "vi")
        text = errors.message_for(BundleRecordError("x"))
        uninstall_translators(qapp)
        english = errors.message_for(BundleRecordError("x"))
        assert text != english and "dữ liệu" in text
    finally:
        uninstall_translators(qapp)


def test_installed_excepthook_shows_the_crash_dialog_naming_the_log_file(qtbot, tmp_path, monkeypatch, caplog):
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(errors, "_LOG_FILE", None)
    log_file = tmp_path / "logs" / "pbgdpl.log"
    errors.install_excepthook(log_file)
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CrashDialog):
            QTimer.singleShot(10, read_and_close)
            return
        seen["labels"] = " ".join(w.text() for w in dialog.findChildren(QLabel))
        seen["details"] = dialog.details.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    try:
        raise ZeroDivisionError("uncaught in a slot")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="app.gui"):
            sys.excepthook(type(exc), exc, exc.__traceback__)  # what Python or Qt does with an uncaught error
    assert str(log_file) in seen["labels"]
    assert "ZeroDivisionError: uncaught in a slot" in seen["details"]
    assert "test_installed_excepthook" in seen["details"]  # the traceback, for support
    assert "uncaught in a slot" in caplog.text  # and it is in the log


def test_installed_excepthook_shows_expected_errors_as_messages(qtbot, tmp_path, monkeypatch):
    import sys

    from gui_helpers import answer_next_box

    from app.sync.errors import BundleSignatureError

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook(tmp_path / "pbgdpl.log")
    seen = answer_next_box()
    exc = BundleSignatureError("bad signature")
    sys.excepthook(type(exc), exc, None)
    assert seen == [errors.message_for(exc)]


def test_storage_errors_are_messages_not_crashes(qapp):
    import sqlite3

    from app.store.errors import storage_error

    for text, words in (("database or disk is full", "disk that holds the data is full"), ("database is locked", "in use"),
                        ("attempt to write a readonly database", "write-protected"), ("disk I/O error", "USB drive removed"),
                        ("file is not a database", "cannot be read")):  # fmt: skip
        exc = storage_error(sqlite3.OperationalError(text))
        assert errors.is_expected(exc) and words in errors.message_for(exc), text


def test_a_plan_file_with_formulas_never_calculated_says_so_in_vietnamese(qapp, workspace, tmp_path):
    """The Plans screen's import: the cells' formulas have no saved result (a file written by another program)."""
    import pytest
    from gui_helpers import uninstall_translators

    from app.core.errors import ImportRejectedError
    from app.gui.i18n import install_translators
    from app.services.plan_files import import_plan_xlsx
    from tests.plan_helpers import TASK_ROWS, write_plan_file

    rows = [list(r) for r in TASK_ROWS]
    rows[0][6] = "=1000000*2"
    with pytest.raises(ImportRejectedError) as err:
        import_plan_xlsx(workspace, write_plan_file(tmp_path / "kh.xlsx", rows))
    assert "formulas saved without their results" in errors.message_for(err.value)
    assert "cell G2" in err.value.message  # the details name the cell
    try:
        install_translators(qapp, "vi")
        assert "công thức" in errors.message_for(err.value) and "LibreOffice" in errors.message_for(err.value)
    finally:
        uninstall_translators(qapp)
    other = ImportRejectedError("x", problems=[{"code": "bad-date"}])
    assert "rows with errors" in errors.message_for(other)
