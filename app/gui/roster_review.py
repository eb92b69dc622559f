"""RosterReviewDialog: the roster's review (who to review and on what legal ground) and the trainings of a year
with the share of tuyên truyền viên trained; records a training with its attendees."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.models import TrainingSession
from app.core.text import clean
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_date
from app.gui.reporter_editor import DateLine
from app.gui.widgets import CheckList
from app.services import read, roster


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    heights = QTimer(table)  # wrapped rows take their height again once the columns have their width
    heights.setSingleShot(True)
    heights.setInterval(0)
    heights.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(heights.start)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class RosterReviewDialog(QDialog):
    """Three tabs: the review (print it from Reports, "Review of reporters for the chairman"), the people with
    their trainings and last activity, and the trainings.

    At an upper level it reads the roster of ``scope`` (the units chosen in the roster's filter) and changes
    nothing: the commune decides on its people; the province sees where a review is due.
    """

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, scope: read.Scope | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ws = ctx.workspace
        self.scope = scope or read.Scope.own(ws)
        self.read_only = read.is_upper(ws)
        self.unit_names = read.unit_names(ws) if self.read_only else {}
        self.setWindowTitle(self.tr("Review and trainings (read only)") if self.read_only else self.tr("Review and trainings"))
        self.tabs = QTabWidget(self)
        # -- review
        review = QWidget(self.tabs)
        self.review_note = QLabel(review)
        self.review_note.setWordWrap(True)
        self.review_table = _table(review, [self.tr("Person"), self.tr("Finding"), self.tr("Proposal and legal ground")])
        rl = QVBoxLayout(review)
        rl.addWidget(self.review_note)
        rl.addWidget(self.review_table, 1)
        self.tabs.addTab(review, self.tr("&Review"))
        # -- people: trainings and last activity
        people = QWidget(self.tabs)
        self.people_table = _table(people, [self.tr("Person"), self.tr("Unit"), self.tr("Role"), self.tr("Status"),
                                            self.tr("Last training"), self.tr("Activities"), self.tr("Last activity")])  # fmt: skip
        self.people_table.setColumnHidden(1, not self.read_only)
        pl = QVBoxLayout(people)
        pl.addWidget(self.people_table, 1)
        self.tabs.addTab(people, self.tr("&People"))
        # -- trainings
        trained = QWidget(self.tabs)
        self.year = QSpinBox(trained)
        self.year.setRange(2000, ws.today().year)
        self.year.setValue(ws.today().year)
        self.share = QLabel(trained)
        self.share.setWordWrap(True)
        self.training_table = _table(trained, [self.tr("Date"), self.tr("Topic"), self.tr("Organised by"), self.tr("Attendees")])
        self.t_date, self.t_title, self.t_organiser = DateLine(trained), QLineEdit(trained), QLineEdit(trained)
        self.t_people = CheckList(self.tr("Find a person…"), trained)
        self.t_people.set_entries((r.id, r.full_name) for r in roster.assignable(ws, self.scope))
        self.add_button = QPushButton(self.tr("&Add training"), trained)
        form = QFormLayout()
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.share)
        new = QFormLayout()
        new.addRow(self.tr("Da&te:"), self.t_date)
        new.addRow(self.tr("T&opic:"), self.t_title)
        new.addRow(self.tr("Organised &by:"), self.t_organiser)
        new.addRow(self.tr("Attendees:"), self.t_people)
        new.addRow(self.add_button)
        tl = QHBoxLayout(trained)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.training_table, 1)
        tl.addLayout(left, 3)
        tl.addLayout(new, 2)
        for i in range(new.rowCount()):  # an upper level reads the communes' trainings, it records none
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = new.itemAt(i, role)
                if item is not None and item.widget() is not None:
                    item.widget().setVisible(not self.read_only)
        self.tabs.addTab(trained, self.tr("&Trainings"))
        # -- the law's time limits from a proposal's day, in working days less the public holidays
        limits = QWidget(self.tabs)
        self.proposal = DateLine(limits)
        self.proposal.set_value(ws.today())
        self.limits_note = QLabel(self.tr("Working days: Monday to Friday less the public holidays of the holiday list "
                                          "(a year whose Tết and Giỗ Tổ days are not listed is said in the notes)."), limits)  # fmt: skip
        self.limits_note.setWordWrap(True)
        self.limits_table = _table(limits, [self.tr("Time limit"), self.tr("Legal basis"), self.tr("Due"), self.tr("Note")])
        lf = QFormLayout()
        lf.addRow(self.tr("Proposal re&ceived on:"), self.proposal)
        ll = QVBoxLayout(limits)
        ll.addLayout(lf)
        ll.addWidget(self.limits_note)
        ll.addWidget(self.limits_table, 1)
        self.tabs.addTab(limits, self.tr("Time &limits"))
        self.proposal.textChanged.connect(self.refresh_limits)
        self.tabs.currentChanged.connect(self._fit_rows)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.year.valueChanged.connect(self.refresh_trainings)
        self.add_button.clicked.connect(self.add_training)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(min(1100, available.width() - 20), min(640, available.height() - 40))
        self.refresh_review()
        self.refresh_trainings()
        self.refresh_limits()

    @Slot(int)
    def _fit_rows(self, _index: int) -> None:
        """A tab's wrapped rows sized to its columns once it is shown (a hidden tab's columns have no width)."""
        for table in (self.review_table, self.people_table, self.training_table, self.limits_table):
            if table.isVisible():
                table.resizeRowsToContents()

    @Slot()
    def refresh_limits(self) -> None:
        """The day each decision is due from the proposal's day (TT 10/2016 Điều 3.6, 4.3, 5.4, 6.3)."""
        from app.services import ttv_call

        ws, day = self.ctx.workspace, self.proposal.value()
        if not isinstance(day, date):
            _fill(self.limits_table, [])
            return
        try:
            items = ttv_call.reminders(ws, ws.today(), proposal=day)
        except Exception as exc:  # noqa: BLE001 - a broken holidays file: said, nothing computed
            _fill(self.limits_table, [])
            show_error(self, exc)
            return
        _fill(self.limits_table, [[r.text, r.law_item, format_date(r.due) if r.due else "–", r.note] for r in items])

    def _who(self, name: str, unit: str) -> str:
        return f"{name} ({self.unit_names.get(unit, unit)})" if self.read_only and self.scope.many else name

    @Slot()
    def refresh_review(self) -> None:
        ws = self.ctx.workspace
        items = roster.review(ws, self.scope)
        people = len({i.reporter_id for i in items})
        if not items:
            note = self.tr("Nobody to review.")
        elif self.read_only:
            note = self.tr("{people} people to review. Read only: the commune's chairman decides; ask the commune to review them.").format(people=people)
        else:
            note = self.tr("{people} people to review. Print the review for the chairman from Reports.").format(people=people)
        self.review_note.setText(note)
        _fill(self.review_table, [[self._who(i.full_name, i.owner_unit), i.finding, i.proposal] for i in items])
        self.refresh_people()

    @Slot()
    def refresh_people(self) -> None:
        """Each person of the scope: role, state in words, last training, activities and the last one's date."""
        from app.gui.roster import kind_label, state_label

        ws = self.ctx.workspace
        stats = read.reporter_stats(ws, self.scope)
        attended: dict[str, date] = {}
        for t in roster.trainings(ws, self.scope):
            for i in t.attendee_ids:
                if t.date is not None and (i not in attended or attended[i] < t.date):
                    attended[i] = t.date
        rows = []
        for r in read.reporters(ws, self.scope):
            noted = [t.date for t in r.trainings if t.date is not None] + ([attended[r.id]] if r.id in attended else [])
            count, last = stats.get(r.id, (0, None))
            rows.append([r.full_name, self.unit_names.get(r.meta.owner_unit, r.meta.owner_unit), kind_label(r.kind),
                         state_label(r, ws.today()), format_date(max(noted)) if noted else "–", str(count),
                         format_date(last) if last else "–"])  # fmt: skip
        _fill(self.people_table, rows)

    @Slot()
    def refresh_trainings(self) -> None:
        ws = self.ctx.workspace
        scope, year = self.scope, self.year.value()
        names = read.reporter_names(ws, scope)
        rows = [[format_date(t.date), t.title, t.organiser, ", ".join(names.get(i, i) for i in t.attendee_ids)]
                for t in roster.trainings(ws, scope, year)]  # fmt: skip
        _fill(self.training_table, rows)
        share = roster.trained_share(ws, scope, year)
        self.share.setText(
            self.tr("Legal propagandists trained in {year}: {trained} of {active} ({percent} %)").format(
                year=year, trained=share.trained, active=share.active, percent=share.percent
            )
        )

    @Slot()
    def add_training(self) -> None:
        day = self.t_date.value()
        training = TrainingSession(date=day if isinstance(day, date) else None, title=clean(self.t_title.text()),
                                   organiser=clean(self.t_organiser.text()), attendee_ids=self.t_people.checked())  # fmt: skip
        try:
            roster.save_training(self.ctx.workspace, training)
        except Exception as exc:  # noqa: BLE001 - shown to the officer, nothing stored
            show_error(self, exc)
            return
        self.t_title.clear()
        self.t_people.set_checked([])
        if training.date is not None:
            self.year.setValue(training.date.year)
        self.refresh_trainings()
        self.refresh_review()
