"""ReporterEditor: a báo cáo viên or tuyên truyền viên with decisions, trainings and status; undo/redo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Decision, Reporter, Training
from app.core.rules import Problem, validate_reporter
from app.core.text import clean
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_count, format_date
from app.gui.record_editor import RecordEditor
from app.gui.roster import gender_label, kind_label
from app.services import logbook, read


def parse_date(text: str) -> date | str | None:
    """``"09/11/2026"`` → date; empty → None; anything else is returned as text (a typing error)."""
    text = text.strip()
    if not text:
        return None
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        d, m, y = (int(p) for p in parts)
        if y < 100:
            y += 2000
        try:
            return date(y, m, d)
        except ValueError:
            return text
    return text


class DateLine(QLineEdit):
    """A date typed as dd/mm/yyyy, or left empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        fm = self.fontMetrics()  # room for the placeholder whole ("ngày/tháng/năm"), not only for a date
        self.setFixedWidth(max(fm.horizontalAdvance("00/00/00000"), fm.horizontalAdvance(self.placeholderText())) + 30)

    def value(self) -> date | str | None:
        return parse_date(self.text())

    def set_value(self, value: date | str | None) -> None:
        self.setText(format_date(value) if isinstance(value, date) else (value or ""))


class ReporterEditor(RecordEditor):
    """Edit one person of the roster (new when ``reporter`` is None)."""

    def __init__(self, ctx: GuiContext, reporter: Reporter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.catalogs = ctx.workspace.catalogs
        self.is_new = reporter is None
        base = reporter or Reporter()
        self.base = base  # the stored version: fields this editor does not show are kept from it
        self.reporter_id = base.id
        self.set_owner(base.meta.owner_unit if reporter is not None else "", ctx.workspace.unit_code)
        self._build()
        self.load_values(self._values_of(base))
        self.set_title(self.tr("New person") if self.is_new else base.full_name)
        scope = read.Scope.unit(self.owner_unit) if self.read_only else read.Scope.own(ctx.workspace)
        count, last = read.reporter_stats(ctx.workspace, scope).get(base.id, (0, None))
        self.stats.setText(
            self.tr("{count} activities, the last on {last}").format(count=format_count(count), last=format_date(last))
            if count
            else self.tr("No activity recorded yet")
        )
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(min(1000, available.width() - 20), min(520, available.height() - 40))
        self.full_name.setFocus()

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for code in ("bcv", "ttv"):
            self.kind.addItem(kind_label(code), code)
        self.full_name = QLineEdit(self)
        self.gender = QComboBox(self)
        for code in ("", "nam", "nu"):
            self.gender.addItem(gender_label(code) or "—", code)
        self.birth_date = DateLine(self)
        self.ethnicity = QLineEdit(self)
        self.title = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.qualification = QLineEdit(self)
        self.law_fields = QLineEdit(self)
        self.law_fields.setPlaceholderText(self.tr("Fields of law, separated by ;"))
        self.area = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.proposer = QLineEdit(self)
        self.rec_number, self.rec_date, self.rec_authority = QLineEdit(self), DateLine(self), QLineEdit(self)
        self.dis_number, self.dis_date, self.dis_authority = QLineEdit(self), DateLine(self), QLineEdit(self)
        self.rec_number.setPlaceholderText("12/QĐ-UBND")
        self.dis_number.setPlaceholderText("25/QĐ-UBND")
        self.ground = QComboBox(self)
        self.ground.addItem("—", "")
        for entry in self.catalogs.dismissal_grounds.entries:  # the closed lists of TT 10/2016 Điều 4.1 and 6.1
            self.ground.addItem(entry.name, entry.code)
            self.ground.setItemData(self.ground.count() - 1, entry.get("law_item", ""), Qt.ItemDataRole.ToolTipRole)
        self.level = QComboBox(self)
        for code, text in (("", "—"), ("trung_uong", self.tr("Central")), ("tinh", self.tr("Provincial")), ("huyen", self.tr("District (ended 1 July 2025)"))):
            self.level.addItem(text, code)
        self.review_flag = QComboBox(self)
        for code, text in (("", "—"), ("KHONG_HOAT_DONG", self.tr("Inactive: to review")), ("KHAC", self.tr("Other reason: to review"))):
            self.review_flag.addItem(text, code)
        self.review_flag.setToolTip(self.tr("A reason to review the person; not a dismissal ground: a dismissal needs one of the legal grounds"))
        self.id_number = QLineEdit(self)
        self.id_number.setPlaceholderText(self.tr("12 digits (optional)"))
        self.sus_from, self.sus_until, self.sus_reason = DateLine(self), DateLine(self), QLineEdit(self)
        self.sus_reason.setPlaceholderText(self.tr("Prosecuted, investigated or tried"))
        self.ground.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ground.setMinimumContentsLength(24)
        self.reason = QLineEdit(self)
        self.refusals = QSpinBox(self)
        self.refusals.setRange(0, 99)
        self.trainings = QTableWidget(0, 3, self)
        self.trainings.setHorizontalHeaderLabels([self.tr("Date (dd/mm/yyyy)"), self.tr("Training"), self.tr("Organised by")])
        self.trainings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.trainings.setMinimumHeight(self.fontMetrics().height() * 6)
        self.trainings.setWordWrap(True)
        self.add_training = QPushButton(self.tr("Add training"), self)
        self.remove_training = QPushButton(self.tr("Remove training"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.stats = QLabel(self)

        def line(name: str, widget: QLineEdit, label: str) -> None:
            self.add_field(name, lambda: clean(widget.text()), widget.setText, widget.textEdited, widget, label)

        def combo(name: str, widget: QComboBox, label: str) -> None:
            self.add_field(name, widget.currentData, lambda v: widget.setCurrentIndex(max(0, widget.findData(v))),
                           widget.currentIndexChanged, widget, label)  # fmt: skip

        def day(name: str, widget: DateLine, label: str) -> None:
            self.add_field(name, widget.value, widget.set_value, widget.textEdited, widget, label)

        combo("kind", self.kind, self.tr("Role"))
        line("full_name", self.full_name, self.tr("Full name"))
        combo("gender", self.gender, self.tr("Gender"))
        day("birth_date", self.birth_date, self.tr("Birth date"))
        line("ethnicity", self.ethnicity, self.tr("Ethnicity"))
        line("title", self.title, self.tr("Title"))
        line("organisation", self.organisation, self.tr("Organisation"))
        line("qualification", self.qualification, self.tr("Qualification"))
        self.add_field("law_fields", lambda: [clean(p) for p in self.law_fields.text().split(";") if clean(p)],
                       lambda v: self.law_fields.setText("; ".join(v)), self.law_fields.textEdited, self.law_fields,
                       self.tr("Fields of law"))  # fmt: skip
        line("area", self.area, self.tr("Area in charge"))
        line("phone", self.phone, self.tr("Phone"))
        line("id_number", self.id_number, self.tr("ID number"))
        combo("level", self.level, self.tr("Level"))
        combo("review_flag", self.review_flag, self.tr("Review"))
        day("suspended_from", self.sus_from, self.tr("Suspended from"))
        day("suspended_until", self.sus_until, self.tr("Suspension ended on"))
        line("suspension_reason", self.sus_reason, self.tr("Suspension reason"))
        line("proposer", self.proposer, self.tr("Proposed by"))
        line("recognition.number", self.rec_number, self.tr("Recognition decision number"))
        day("recognition.date", self.rec_date, self.tr("Recognition decision date"))
        line("recognition.authority", self.rec_authority, self.tr("Recognised by"))
        line("dismissal.number", self.dis_number, self.tr("Dismissal decision number"))
        day("dismissal.date", self.dis_date, self.tr("Dismissal decision date"))
        line("dismissal.authority", self.dis_authority, self.tr("Dismissed by"))
        combo("dismissal_ground", self.ground, self.tr("Dismissal ground"))
        line("dismissal_reason", self.reason, self.tr("Dismissal reason"))
        self.add_field("refusals", self.refusals.value, self.refusals.setValue, self.refusals.valueChanged, self.refusals, self.tr("Refusals"))
        self.add_field("trainings", self._trainings_value, self._set_trainings, self.trainings.itemChanged, self.trainings, self.tr("Trainings"))
        self.add_field("notes", lambda: self.notes.toPlainText().strip(), self.notes.setPlainText, self.notes.textChanged,
                       self.notes, self.tr("Notes"))  # fmt: skip

        person = QFormLayout()
        person.addRow(self.tr("&Role:"), self.kind)
        person.addRow(self.tr("Full &name:"), self.full_name)
        person.addRow(self.tr("&Gender:"), self.gender)
        person.addRow(self.tr("&Birth date:"), self.birth_date)
        person.addRow(self.tr("&Ethnicity:"), self.ethnicity)
        person.addRow(self.tr("&Title:"), self.title)
        work = QFormLayout()
        work.addRow(self.tr("&Organisation:"), self.organisation)
        work.addRow(self.tr("&Qualification:"), self.qualification)
        work.addRow(self.tr("Fields of &law:"), self.law_fields)
        work.addRow(self.tr("&Area in charge:"), self.area)
        work.addRow(self.tr("&Phone:"), self.phone)
        work.addRow(self.tr("ID n&umber:"), self.id_number)
        work.addRow(self.tr("Le&vel (reporter):"), self.level)
        work.addRow(self.tr("Revie&w:"), self.review_flag)
        work.addRow(self.tr("Activities:"), self.stats)
        recognition = QGroupBox(self.tr("Recognition decision"), self)
        rf = QFormLayout(recognition)
        rf.addRow(self.tr("Number:"), self.rec_number)
        rf.addRow(self.tr("Date:"), self.rec_date)
        rf.addRow(self.tr("Signed by:"), self.rec_authority)
        rf.addRow(self.tr("Proposed by:"), self.proposer)
        dismissal = QGroupBox(self.tr("Dismissal (status becomes dismissed)"), self)
        df = QFormLayout(dismissal)
        df.addRow(self.tr("Number:"), self.dis_number)
        df.addRow(self.tr("Date:"), self.dis_date)
        df.addRow(self.tr("Signed by:"), self.dis_authority)
        df.addRow(self.tr("Ground:"), self.ground)
        df.addRow(self.tr("Reason:"), self.reason)
        df.addRow(self.tr("Refusals to carry out assigned work:"), self.refusals)
        suspension = QGroupBox(self.tr("Suspension (Art. 8.1.e): not assigned"), self)
        sf = QFormLayout(suspension)
        sf.addRow(self.tr("From:"), self.sus_from)
        sf.addRow(self.tr("Ended on:"), self.sus_until)
        sf.addRow(self.tr("Proceeding:"), self.sus_reason)
        tb = QHBoxLayout()
        tb.addWidget(self.add_training)
        tb.addWidget(self.remove_training)
        tb.addStretch(1)
        # Three tabs instead of one long page: each fits 1366×768 without a scroll bar, even at 150 %.
        self.tabs = QTabWidget(self)
        first = QWidget(self.tabs)
        columns = QHBoxLayout()
        columns.addLayout(person, 1)
        columns.addSpacing(12)
        columns.addLayout(work, 1)
        notes_row = QFormLayout()
        notes_row.addRow(self.tr("&Notes:"), self.notes)
        page = QVBoxLayout(first)
        page.addLayout(columns)
        page.addLayout(notes_row)
        page.addStretch(1)
        self.tabs.addTab(first, self.tr("&Person"))
        decisions = QWidget(self.tabs)
        decided = QHBoxLayout(decisions)
        decided.addWidget(recognition, 1, Qt.AlignmentFlag.AlignTop)
        ended = QVBoxLayout()
        ended.addWidget(dismissal)
        ended.addWidget(suspension)
        ended.addStretch(1)
        decided.addLayout(ended, 1)
        self.tabs.addTab(decisions, self.tr("&Decisions"))
        trained = QWidget(self.tabs)
        tl = QVBoxLayout(trained)
        tl.addWidget(self.trainings, 1)
        tl.addLayout(tb)
        self.tabs.addTab(trained, self.tr("T&rainings"))
        header = self.trainings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for b in (self.undo_button, self.redo_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        if self.read_only:  # every page shown, none changed
            for index in range(1, self.tabs.count()):
                self.tabs.widget(index).setEnabled(False)
            self.add_read_only_note(layout, first)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)

        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        save = QAction(self.tr("Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        for action in (undo, redo, save):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.add_training.clicked.connect(self._on_add_training_clicked)
        self.remove_training.clicked.connect(self._on_remove_training_clicked)

    # -- trainings table ---------------------------------------------------------------------------------------
    def _trainings_value(self) -> list[tuple]:
        rows = []
        for r in range(self.trainings.rowCount()):
            cells = [self.trainings.item(r, c).text() if self.trainings.item(r, c) else "" for c in range(3)]
            rows.append((parse_date(cells[0]), clean(cells[1]), clean(cells[2])))
        return rows

    def _set_trainings(self, rows: list[tuple]) -> None:
        self.trainings.blockSignals(True)
        self.trainings.setRowCount(len(rows))
        for r, (day, title, organiser) in enumerate(rows):
            texts = (format_date(day) if isinstance(day, date) else (day or ""), title, organiser)
            for c, text in enumerate(texts):
                self.trainings.setItem(r, c, QTableWidgetItem(text))
        self.trainings.blockSignals(False)
        self.trainings.resizeRowsToContents()  # a long training name wraps onto a second line instead of being cut

    @Slot()
    def _on_add_training_clicked(self) -> None:
        rows = self._trainings_value() + [(None, "", "")]
        self._set_trainings(rows)
        self._on_field_edited("trainings")
        self.trainings.setCurrentCell(len(rows) - 1, 1)
        self.trainings.editItem(self.trainings.item(len(rows) - 1, 1))

    @Slot()
    def _on_remove_training_clicked(self) -> None:
        row = self.trainings.currentRow()
        if row < 0:
            return
        rows = self._trainings_value()
        del rows[row]
        self._set_trainings(rows)
        self._on_field_edited("trainings")

    # -- record ---------------------------------------------------------------------------------------------------
    @staticmethod
    def _values_of(r: Reporter) -> dict:
        return {
            "kind": r.kind, "full_name": r.full_name, "gender": r.gender, "birth_date": r.birth_date,
            "ethnicity": r.ethnicity, "title": r.title, "organisation": r.organisation, "qualification": r.qualification,
            "law_fields": list(r.law_fields), "area": r.area, "phone": r.phone, "proposer": r.proposer,
            "recognition.number": r.recognition.number, "recognition.date": r.recognition.date,
            "recognition.authority": r.recognition.authority, "dismissal.number": r.dismissal.number,
            "dismissal.date": r.dismissal.date, "dismissal.authority": r.dismissal.authority,
            "dismissal_ground": r.dismissal_ground, "dismissal_reason": r.dismissal_reason, "refusals": r.refusals,
            "trainings": [(t.date, t.title, t.organiser) for t in r.trainings], "notes": r.notes,
            "id_number": r.id_number, "level": r.level, "review_flag": r.review_flag, "suspended_from": r.suspended_from,
            "suspended_until": r.suspended_until, "suspension_reason": r.suspension_reason,
        }  # fmt: skip

    def _date_errors(self) -> list[Problem]:
        out = []
        for name in ("birth_date", "recognition.date", "dismissal.date", "suspended_from", "suspended_until"):
            if isinstance(self.fields[name].get(), str):
                out.append(Problem(name, "not-a-date", "not a date"))
        for i, (day, _title, _org) in enumerate(self._trainings_value()):
            if isinstance(day, str):
                out.append(Problem(f"trainings[{i}].date", "not-a-date", "not a date"))
        return out

    def build_record(self) -> Reporter:
        v = {name: field.get() for name, field in self.fields.items()}

        def d(value):
            return value if isinstance(value, date) else None

        return Reporter(
            id=self.reporter_id, kind=v["kind"], full_name=v["full_name"], gender=v["gender"] or "",
            birth_date=d(v["birth_date"]), ethnicity=v["ethnicity"], title=v["title"], organisation=v["organisation"],
            qualification=v["qualification"], law_fields=v["law_fields"], area=v["area"], phone=v["phone"],
            proposer=v["proposer"],
            recognition=Decision(v["recognition.number"], d(v["recognition.date"]), v["recognition.authority"]),
            dismissal=Decision(v["dismissal.number"], d(v["dismissal.date"]), v["dismissal.authority"]),
            dismissal_ground=v["dismissal_ground"] or "", dismissal_reason=v["dismissal_reason"],
            trainings=[Training(d(day), title, org) for day, title, org in v["trainings"]],
            refusals=v["refusals"], notes=v["notes"], level=v["level"] or "", review_flag=v["review_flag"] or "",
            suspended_from=d(v["suspended_from"]), suspended_until=d(v["suspended_until"]),
            suspension_reason=v["suspension_reason"], id_number=v["id_number"].replace(" ", ""),
        )  # fmt: skip

    def problems(self) -> list[Problem]:
        before = None if self.is_new else self.base
        today = self.ctx.workspace.today()
        return validate_reporter(self.build_record(), self.catalogs, today, before, recording=True) + self._date_errors()

    def on_validated(self, problems: list[Problem]) -> None:
        self.save_button.setEnabled(not problems and not self.read_only)

    def read_only_message(self) -> str:
        return self.tr("This person belongs to {unit}; only that unit can change the record. It is shown read-only.").format(
            unit=read.unit_name(self.ctx.workspace, self.owner_unit)
        )

    def store(self) -> str | None:
        if self.refuse_read_only():
            return None
        try:
            logbook.save_reporter(self.ctx.workspace, self.build_record(), source="gui")
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        self.is_new = False
        self.set_title(self.full_name.text())
        return self.reporter_id
