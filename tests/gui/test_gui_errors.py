"""The error boundary: translated messages that say what to do next, and the crash dialog."""

from __future__ import annotations

import errno
import logging

from app.core.errors import AppError, Cancelled, DatabaseCorruptError, SchemaTooNewError, ValidationError
from app.gui import errors


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
    dialog = errors.CrashDialog("Traceback … RuntimeError: boom", log_file)
    qtbot.addWidget(dialog)
    labels = " ".join(w.text() for w in dialog.findChildren(errors.QLabel))
    assert str(log_file) in labels
    assert "boom" in dialog.details.toPlainText()
    with caplog.at_level(logging.ERROR, logger="app.gui"):
        errors._SHOWING = True  # do not open a modal dialog in the test
        try:
            errors.show_crash(None, err)
        finally:
            errors._SHOWING = False
    assert "boom" in caplog.text
