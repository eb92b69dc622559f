"""The one error boundary of the GUI: expected errors become translated messages that say what to do next;
anything else is a bug, logged with its traceback and shown in a crash dialog with the log location.

``show_error(parent, exc)`` is what screens call (also ``ProgressDialog`` when a job fails).
``install_excepthook(log_file)`` is called once from bootstrap.
"""

from __future__ import annotations

import errno
import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.core.errors import AppError, Cancelled

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("app.gui")


def _messages() -> dict[str, Callable[[], str]]:
    """Each known error code (or code family) and its translated message; literal strings for lupdate."""
    return {
        "E-USAGE": lambda: QCoreApplication.translate("ErrorMessages", "The request is not complete. Check the highlighted fields and try again."),
        "E-NOT-INITIALISED": lambda: QCoreApplication.translate("ErrorMessages", "This data folder is not set up yet. Run the first-run wizard to choose your unit."),
        "E-ALREADY-INITIALISED": lambda: QCoreApplication.translate("ErrorMessages", "This data folder already belongs to another unit. Choose another data folder for a second unit."),
        "E-OFFICER-CHANGE": lambda: QCoreApplication.translate("ErrorMessages", "This data folder is kept by another officer. To hand it over, change the officer's name in Settings."),
        "E-INTERNAL": lambda: QCoreApplication.translate("ErrorMessages", "An unexpected error stopped this task; what was not finished was undone. The log file in the data folder's logs has the details: please send it to the software's maintainers."),
        "E-DATA-DIR": lambda: QCoreApplication.translate("ErrorMessages", "The data folder named is a file, not a folder. Choose a folder for the data."),
        "E-UNIT-UNKNOWN": lambda: QCoreApplication.translate("ErrorMessages", "This administrative unit is not in the catalog. Search again by name or by code."),
        "E-UNIT-NOT-EXPECTED": lambda: QCoreApplication.translate("ErrorMessages", "This unit is not on the list of units expected to report here, so nothing was changed. If it really reports to you, add it to the list of expected units first (command: pbgdpl units add CODE), then try again."),
        "E-DATA-NOT-EMPTY": lambda: QCoreApplication.translate("ErrorMessages", "The chosen folder already contains other files. Choose an empty folder."),
        "E-SCHEMA-TOO-NEW": lambda: QCoreApplication.translate("ErrorMessages", "This data was saved by a newer version of PBGDPL. Install the newer version to open it; your data was not changed."),
        "E-DB-CORRUPT": lambda: QCoreApplication.translate("ErrorMessages", "The data file cannot be read (it may be damaged). Restore a backup from Settings, or ask for technical help; the file was not changed."),
        "E-DB-FULL": lambda: QCoreApplication.translate("ErrorMessages", "The disk that holds the data is full, so nothing was saved. Free some space (delete old files or backups), then try again."),
        "E-INTERNAL": lambda: QCoreApplication.translate("ErrorMessages", "An unexpected error stopped the work; what was not finished was undone. The details are in the log file: please send it to the software's maintainers."),
        "E-AUDIT-BROKEN": lambda: QCoreApplication.translate("ErrorMessages", "The audit log was changed after it was written. Keep a copy of the data folder and tell the upper level."),
        "E-DB-BUSY": lambda: QCoreApplication.translate("ErrorMessages", "The data is in use by another program or another PBGDPL window, so nothing was saved. Close the other program, then try again."),
        "E-DB-READONLY": lambda: QCoreApplication.translate("ErrorMessages", "The data cannot be written: the drive or the file is write-protected. Nothing was saved; check the drive or choose another data folder."),
        "E-DB-IO": lambda: QCoreApplication.translate("ErrorMessages", "The drive that holds the data could not be read or written (was a USB drive removed?). Nothing was saved; check the drive and try again."),
        "E-FILE-NOT-FOUND": lambda: QCoreApplication.translate("ErrorMessages", "The file was not found. Check that the USB drive or folder is still there and choose the file again."),
        "E-FILE-FORMAT": lambda: QCoreApplication.translate("ErrorMessages", "The file is not in a format PBGDPL can read. Check that you chose the right file."),
        "E-IMPORT-INVALID": lambda: QCoreApplication.translate("ErrorMessages", "The file has rows with errors, so nothing was imported. Correct the rows listed in the details and import again."),
        "E-PLAN-EXISTS": lambda: QCoreApplication.translate("ErrorMessages", "This plan (same number and date) is already stored, so nothing was imported. Open it in the Plans screen to change it, or delete it first."),
        "E-PERIOD": lambda: QCoreApplication.translate("ErrorMessages", "The reporting period is not valid. Choose a year, half-year, quarter or month."),
        "E-VALIDATION": lambda: QCoreApplication.translate("ErrorMessages", "Some fields are not valid, so nothing was saved. Correct the highlighted fields and save again."),
        "E-NOT-FOUND": lambda: QCoreApplication.translate("ErrorMessages", "This record no longer exists (it may have been deleted). Refresh the list."),
        "E-CANCELLED": lambda: QCoreApplication.translate("ErrorMessages", "The work was cancelled; nothing was changed."),
        "E-BUNDLE-SIGNATURE": lambda: QCoreApplication.translate("ErrorMessages", "The data file's signature is not valid: it was changed after it was signed. Ask the sender to export it again."),
        "E-BUNDLE-UNTRUSTED": lambda: QCoreApplication.translate("ErrorMessages", "The data file was signed by a key not enrolled here for its unit. Select the file and use \"Compare with the signed sheet, then enrol\": compare the fingerprint with the unit's signed enrolment sheet, then trust the key."),
        "E-BUNDLE-REVOKED": lambda: QCoreApplication.translate("ErrorMessages", "The data file was signed by a key that has been revoked. Ask the sender to export it again with their new key."),
        "E-BUNDLE-HASH": lambda: QCoreApplication.translate("ErrorMessages", "The data file is damaged (its contents do not match). Copy it again from the USB drive or email."),
        "E-BUNDLE-VERSION": lambda: QCoreApplication.translate("ErrorMessages", "The data file was made by a newer version of PBGDPL. Install the newer version to read it."),
        "E-BUNDLE-FORMAT": lambda: QCoreApplication.translate("ErrorMessages", "This is not a PBGDPL data file, or it is damaged. Check that you chose the right file."),
        "E-BUNDLE-OWN-UNIT": lambda: QCoreApplication.translate("ErrorMessages", "This data file comes from your own unit; there is nothing to import."),
        "E-BUNDLE-WRITE": lambda: QCoreApplication.translate("ErrorMessages", "The data file could not be written. Check that the folder or USB drive has free space and is not write-protected."),
        "E-BUNDLE": lambda: QCoreApplication.translate("ErrorMessages", "The data file cannot be used. Ask the sender to export it again."),
        "E-KEY-MISSING": lambda: QCoreApplication.translate("ErrorMessages", "This installation has no signing key yet. Create one on the Send / receive data screen, then try again."),
        "E-KEY-EXISTS": lambda: QCoreApplication.translate("ErrorMessages", "This installation already has a signing key; use it. A new key is made only when the old one is lost or exposed, and the upper level must then enrol the new fingerprint."),
        "E-KEY-PASSPHRASE": lambda: QCoreApplication.translate("ErrorMessages", "The passphrase of the signing key is wrong. Type it again (at least 8 characters)."),
        "E-KEY-PASSPHRASE-WEAK": lambda: QCoreApplication.translate("ErrorMessages", "This passphrase is too easy to guess. Use a short sentence, or at least 8 characters mixing letters with digits, spaces or signs (not 12345678 or a well-known word). Nothing was written."),
        "E-KEY-FINGERPRINT": lambda: QCoreApplication.translate("ErrorMessages", "The fingerprint is not valid: it has 13 groups of 5 letters and digits (A–Z, 2–7), as on the enrolment sheet. Type it again."),
        "E-KEY-QR": lambda: QCoreApplication.translate("ErrorMessages", "The scanned line is not the QR code of an enrolment sheet, or it is damaged. Scan it again, or type the unit code and the fingerprint."),
        "E-KEY-QR-UNIT": lambda: QCoreApplication.translate("ErrorMessages", "The scanned enrolment sheet belongs to another unit than the unit code typed. Nothing was enrolled; check which sheet you scanned."),
        "E-TRUST": lambda: QCoreApplication.translate("ErrorMessages", "The trusted keys could not be changed. Check the fingerprint and try again."),
        "E-BUNDLE-RECORD": lambda: QCoreApplication.translate("ErrorMessages", "The data file contains a record that is not valid or belongs to another unit, so nothing was imported. Ask the sender to check that record (named in the details) and export again."),
        "E-SIGN": lambda: QCoreApplication.translate("ErrorMessages", "The document could not be signed: the certificate file, its password, the USB token or the PIN cannot be used. Check them and try again; nothing was saved."),
        "E-PDF-INVALID": lambda: QCoreApplication.translate("ErrorMessages", "The file is not a readable PDF document. Check that you chose the right file, or ask the sender for it again."),
        "E-PDF-UNSIGNED": lambda: QCoreApplication.translate("ErrorMessages", "This PDF document has no digital signature. Ask the sender for the signed version."),
        "E-UPPER-ONLY": lambda: QCoreApplication.translate("ErrorMessages", "Approving, returning and sending decisions are done by the upper level (province or district). This installation is a commune: its decisions arrive from the upper level in a data file to import."),
        "E-APPROVAL-NO-BUNDLE": lambda: QCoreApplication.translate("ErrorMessages", "No data file of this unit for this period has been received yet, so there is nothing to approve or return. Import the unit's file first."),
        "E-APPROVAL-REASON": lambda: QCoreApplication.translate("ErrorMessages", "A return needs a reason: write what the unit must correct, then return it."),
        "E-APPROVAL-NONE": lambda: QCoreApplication.translate("ErrorMessages", "Nothing has been approved or returned for this unit yet, so there is no decision to send. Decide first."),
        "E-DECISION-TARGET": lambda: QCoreApplication.translate("ErrorMessages", "This decision file is addressed to another unit; nothing was imported. Ask the upper level for the file made for your unit."),
        "E-RESTORE-TARGET": lambda: QCoreApplication.translate("ErrorMessages", "This restore file was made for another unit; nothing was changed. Ask the upper level for the file made for your unit."),
        "E-RESTORE-SIGNER": lambda: QCoreApplication.translate("ErrorMessages", "This restore file is signed by a key this computer does not know yet. Compare the fingerprint shown in the details with the upper level's signed enrolment sheet, enrol that key on the Send / receive data screen (trusted keys), then restore again. Nothing was changed."),
        "E-RESTORE": lambda: QCoreApplication.translate("ErrorMessages", "The restore file cannot be used (a data file inside it is damaged, or is not this unit's); nothing was changed. Ask the upper level to make it again."),
        "E-PDF-SIGNATURE": lambda: QCoreApplication.translate("ErrorMessages", "A signature of this PDF document is broken: the file was changed after it was signed. Do not use it; ask the sender for the signed original."),
        "E-ASSESS-VALUE": lambda: QCoreApplication.translate("ErrorMessages", "This answer cannot be used: give yes or no, a ratio done/due such as 12/15 (done not more than due), points such as 2,5 up to the maximum, or the codes of the options. Nothing was saved."),
        "E-ASSESS-INDICATOR": lambda: QCoreApplication.translate("ErrorMessages", "There is no such indicator in the criteria set of this year. Check the code (for example 2.2 or 2.4.1)."),
        "E-ASSESS-REASON": lambda: QCoreApplication.translate("ErrorMessages", "The value differs from what the log gives, so it needs a reason. Write why, then save again."),
        "E-ASSESS-SET": lambda: QCoreApplication.translate("ErrorMessages", "No criteria set is known for this year (QĐ 25/2021 covers 2022–2025, QĐ 27/2025 from 2026). Choose another year, or import the set sent by the province."),
        "E-CATALOG-CONFLICT": lambda: QCoreApplication.translate("ErrorMessages", "This version of the criteria set is already here with other content, so nothing was changed. A changed set needs a new version number: ask the province."),
        "E-CATALOG-UNSIGNED": lambda: QCoreApplication.translate("ErrorMessages", "This criteria file is not signed. A commune takes only the signed update file sent by its upper level (.pbgdpl-catalog). Nothing was changed."),
        "E-ASSESS-NO-ANSWER": lambda: QCoreApplication.translate("ErrorMessages", "This indicator has no answer yet: answer it first, then attach its evidence. Nothing was saved."),
        "E-CATALOG-INVALID": lambda: QCoreApplication.translate("ErrorMessages", "The criteria set file is not valid (the details say which part). Nothing was changed; ask the province for the file again."),
    }


def _fingerprint_message(exc: BaseException) -> str | None:
    """A mistyped fingerprint: which groups fail their check character, and how many characters were typed."""
    details = getattr(exc, "details", {}) or {}
    typed = details.get("typed")
    groups = details.get("groups") or []
    if typed is None:
        return None
    if groups and typed == 65:
        return (
            QCoreApplication.translate("ErrorMessages", "The fingerprint does not match its check characters in group %1 (%2 characters typed). Compare that group with the enrolment sheet and type it again; nothing was enrolled.")
            .replace("%1", ", ".join(str(g) for g in groups))
            .replace("%2", str(typed))
        )
    if groups and typed == 52:
        return (
            QCoreApplication.translate("ErrorMessages", "Group %1 of the fingerprint holds a character other than A–Z and 2–7 (%2 characters typed). Type it again.")
            .replace("%1", ", ".join(str(g) for g in groups))
            .replace("%2", str(typed))
        )
    text = QCoreApplication.translate("ErrorMessages", "The fingerprint has %1 characters; the enrolment sheet shows 65 (13 groups of 5). Type it again; nothing was enrolled.").replace("%1", str(typed))
    if groups:
        text += " " + QCoreApplication.translate("ErrorMessages", "Group %1 does not have 5 characters.").replace("%1", ", ".join(str(g) for g in groups))
    return text


def _formula_message(exc: BaseException) -> str | None:
    """A file refused because some cells hold formulas saved without their result (app.services.sheets)."""
    details = getattr(exc, "details", None) or {}
    problems = details.get("problems") or (details.get("report") or {}).get("problems") or []
    if not any(isinstance(p, dict) and p.get("code") == "formula-no-value" for p in problems):
        return None
    return QCoreApplication.translate(
        "ErrorMessages",
        "Some cells hold formulas saved without their results (the file was made by a program that does not "
        "calculate), so nothing was imported. Open the file in Excel or LibreOffice, save it, and import the new copy. "
        "The details name the cells.",
    )


def message_for(exc: BaseException) -> str:
    """A translated message for an expected error: what happened and what to do next.

    Args:
        exc: an ``AppError`` (matched by its ``code``, the longest known prefix wins) or an ``OSError``.

    Returns:
        The message; an unknown ``AppError`` code gets a general message.
    """
    code = getattr(exc, "code", "") or ""
    special = _fingerprint_message(exc) if code == "E-KEY-FINGERPRINT" else None
    if code == "E-IMPORT-INVALID":
        special = _formula_message(exc)
    if special:
        return special
    messages = _messages()
    best = ""
    for known in messages:
        if code == known or (code.startswith(known + "-") and len(known) > len(best)):
            best = known
            if code == known:
                break
    if best:
        return messages[best]()
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return QCoreApplication.translate("ErrorMessages", "The disk is full. Free some space (or use another USB drive) and try again; nothing was changed.")
        if isinstance(exc, PermissionError):
            return QCoreApplication.translate("ErrorMessages", "PBGDPL is not allowed to use this file or folder. Close other programs that use it, or choose another folder.")
        if isinstance(exc, FileNotFoundError):
            return QCoreApplication.translate("ErrorMessages", "The file was not found. Check that the USB drive or folder is still there and choose the file again.")
        return QCoreApplication.translate("ErrorMessages", "The file could not be read or written. Check the drive and try again.")
    return QCoreApplication.translate("ErrorMessages", "The operation could not be completed. Check what you entered and try again.")


def is_expected(exc: BaseException) -> bool:
    """True for errors the user can act on (shown as a message), False for bugs (crash dialog)."""
    return isinstance(exc, (AppError, OSError))


def show_error(parent: QWidget | None, exc: object) -> None:
    """Show ``exc`` to the user: nothing for a cancel, a message for expected errors, else the crash dialog."""
    if isinstance(exc, Cancelled) or not isinstance(exc, BaseException):
        return
    if is_expected(exc):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorMessages", "PBGDPL"))
        box.setText(message_for(exc))
        details = getattr(exc, "message", "") or str(exc)
        code = getattr(exc, "code", "")
        box.setDetailedText(f"{code}: {details}" if code else details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return
    show_crash(parent, exc)


_LOG_FILE: Path | None = None
_SHOWING = False


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    """Log ``exc`` with its traceback and show the crash dialog (once at a time)."""
    global _SHOWING
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error: %s", details)
    if _SHOWING or QApplication.instance() is None:
        return
    from app.gui.crash_dialog import CrashDialog

    _SHOWING = True
    try:
        CrashDialog(details, _LOG_FILE, parent).exec()
    finally:
        _SHOWING = False


def install_excepthook(log_file: Path | None) -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the log and the crash dialog."""
    global _LOG_FILE
    _LOG_FILE = log_file
    previous = sys.excepthook

    def hook(exc_type, exc, tb):  # noqa: ANN001
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if issubclass(exc_type, Cancelled):
            return
        try:
            if is_expected(exc):
                log.warning("uncaught expected error: %s", exc)
                show_error(QApplication.activeWindow(), exc)
            else:
                show_crash(QApplication.activeWindow(), exc)
        except Exception:  # noqa: BLE001  the hook itself must never raise
            previous(exc_type, exc, tb)

    sys.excepthook = hook
