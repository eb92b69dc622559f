"""Approve or return one unit's period (upper level), and the banner a unit sees about its upper level's decisions.

``open_approval_dialog(parent, ctx, unit, period)`` shows the unit's name, the period, the bundle being judged
and the records' counts, then approves, or returns with a required reason. It returns the new decision, or None
when cancelled (or when there is nothing to judge: the error is shown).

``DecisionBanner`` shows, at the unit, a returned period's reason until a newer bundle for that period is sent,
and the date of an approval.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AppError
from app.core.periods import parse_period
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_count, format_date
from app.services import approvals


def period_label(period: str) -> str:
    try:
        return parse_period(period).label_vi()
    except AppError:
        return period


def decision_text(d: approvals.Decision) -> str:
    """One line about a decision, as the upper level reads it."""
    when = format_date(d.decided_at[:10])
    if d.decision == "approved":
        text = QCoreApplication.translate("ApprovalDialog", "Approved on {date} by {who}").format(date=when, who=d.decided_by or "—")
        if d.changed:
            text += " — " + QCoreApplication.translate("ApprovalDialog", "the data changed after approval: approve it again")
        return text
    text = QCoreApplication.translate("ApprovalDialog", "Returned on {date}: {reason}").format(date=when, reason=d.reason)
    if d.changed:
        text += " — " + QCoreApplication.translate("ApprovalDialog", "corrected data has arrived since")
    return text


class ApprovalDialog(QDialog):
    """``ApprovalDialog(ctx, review, parent)``: approve, or return with a reason, one unit's period."""

    def __init__(self, ctx: GuiContext, review: approvals.Review, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review = review
        self.result_decision: approvals.Decision | None = None
        self.setWindowTitle(QCoreApplication.translate("ApprovalDialog", "Approve or return"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        unit = QLabel(f"<b>{review.unit_name}</b> ({review.unit_code})", self)
        form.addRow(QCoreApplication.translate("ApprovalDialog", "Unit:"), unit)
        form.addRow(QCoreApplication.translate("ApprovalDialog", "Period:"), QLabel(f"{period_label(review.period)} ({review.period})", self))
        bundle = QCoreApplication.translate("ApprovalDialog", "no. {seq}, written {written}, received {received}").format(
            seq=review.bundle_seq, written=format_date(review.bundle_created_at[:10]), received=format_date(review.bundle_imported_at[:10])
        )
        form.addRow(QCoreApplication.translate("ApprovalDialog", "Data file judged:"), QLabel(bundle, self))
        c = review.counts
        counts = QCoreApplication.translate("ApprovalDialog", "{activities} activities, {reporters} reporters, {attachments} attachments").format(
            activities=format_count(c.get("activities", 0)), reporters=format_count(c.get("reporters", 0)),
            attachments=format_count(c.get("attachments", 0)),
        )  # fmt: skip
        form.addRow(QCoreApplication.translate("ApprovalDialog", "Records:"), QLabel(counts, self))
        self.current_label = QLabel(decision_text(review.current) if review.current else QCoreApplication.translate("ApprovalDialog", "not decided yet"), self)
        self.current_label.setWordWrap(True)
        form.addRow(QCoreApplication.translate("ApprovalDialog", "Current decision:"), self.current_label)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ApprovalDialog", "What the unit must correct (required to return)"))
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 5)
        reason_label = QLabel(QCoreApplication.translate("ApprovalDialog", "&Reason for returning:"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        self.buttons = QDialogButtonBox(self)
        self.approve_button = QPushButton(QCoreApplication.translate("ApprovalDialog", "&Approve"), self)
        self.return_button = QPushButton(QCoreApplication.translate("ApprovalDialog", "Re&turn for correction"), self)
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.return_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("ApprovalDialog", "Cancel"))
        self.buttons.rejected.connect(self.reject)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_)
        self.return_button.setEnabled(False)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        note = QLabel(QCoreApplication.translate("ApprovalDialog", "The decision is sent to the unit in a signed file (Send decisions to the unit)."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.approve_button.setDefault(True)
        self.approve_button.setFocus()

    def _on_reason_changed(self) -> None:
        self.return_button.setEnabled(bool(self.reason_edit.toPlainText().strip()))

    def approve(self) -> approvals.Decision | None:
        return self._decide(lambda ws: approvals.approve(ws, self.review.unit_code, self.review.period))

    def return_(self) -> approvals.Decision | None:
        reason = self.reason_edit.toPlainText().strip()
        return self._decide(lambda ws: approvals.return_(ws, self.review.unit_code, self.review.period, reason))

    def _decide(self, fn) -> approvals.Decision | None:
        try:
            self.result_decision = fn(self.ctx.workspace)
        except AppError as exc:
            show_error(self, exc)
            return None
        self.accept()
        return self.result_decision


def open_approval_dialog(parent: QWidget | None, ctx: GuiContext, unit: str, period: str) -> approvals.Decision | None:
    """Show the dialog for ``unit``'s ``period``; the decision taken, or None (cancelled, or nothing to judge)."""
    try:
        review = approvals.review(ctx.workspace, unit, period)
    except AppError as exc:
        show_error(parent, exc)
        return None
    dialog = ApprovalDialog(ctx, review, parent)
    dialog.exec()
    return dialog.result_decision


# -- at the unit judged ----------------------------------------------------------------------------------------


def notice_text(d: approvals.Decision) -> str:
    """What the unit reads about its upper level's decision on one of its periods."""
    label = period_label(d.period)
    when = format_date(d.decided_at[:10])
    if d.decision == "returned" and not d.resent:
        return QCoreApplication.translate("DecisionBanner", "Period {period} was returned: {reason} — correct it and send again").format(period=label, reason=d.reason)
    if d.decision == "returned":
        return QCoreApplication.translate("DecisionBanner", "Period {period} was returned on {date}; a corrected file has been sent since").format(period=label, date=when)
    return QCoreApplication.translate("DecisionBanner", "Period {period}: approved on {date}").format(period=label, date=when)


class DecisionBanner(QLabel):
    """The upper level's decisions on this unit's periods (hidden when there are none); ``refresh(ws)``."""

    MAX_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices: list[approvals.Decision] = []
        self.hide()

    def refresh(self, ws) -> None:
        self.notices = approvals.own_notices(ws)[: self.MAX_LINES]
        if not self.notices:
            self.hide()
            return
        returned = any(d.decision == "returned" and not d.resent for d in self.notices)
        colour = "#fdecea; border: 1px solid #d93025; color: #7a1a12" if returned else "#e6f4ea; border: 1px solid #188038; color: #0d4d21"
        self.setStyleSheet(f"QLabel#decisionBanner {{ background: {colour}; padding: 6px; border-radius: 3px; }}")
        self.setText("\n".join(notice_text(d) for d in self.notices))
        self.show()
