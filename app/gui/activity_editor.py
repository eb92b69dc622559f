"""ActivityEditor: every field of an activity, checked as you type, with undo/redo, attachments and
"duplicate as new"."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import facts
from app.core.models import Activity
from app.core.rules import MAX_COUNT, Problem, validate_activity
from app.core.text import clean
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_count, from_qdate, parse_count, to_qdate
from app.gui.record_editor import RecordEditor
from app.gui.roster import state_label
from app.gui.task_picker import TaskPicker
from app.gui.widgets import CheckList, WrappedLine
from app.services import logbook, read
from app.services import plans as plan_svc

log = logging.getLogger("app.gui")


def _split(text: str) -> list[str]:
    return [clean(p) for p in text.replace("\n", ";").split(";") if clean(p)]


class ActivityEditor(RecordEditor):
    """Edit one activity (new, existing, or a duplicate of an existing one).

    Args:
        ctx: the GUI context.
        activity: the stored activity to edit, or None for a new one.
        duplicate_of: an activity to copy into a new, unsaved one (its date becomes today).
    """

    def __init__(self, ctx: GuiContext, activity: Activity | None = None, duplicate_of: Activity | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        ws = ctx.workspace
        self.catalogs = ws.catalogs
        self.is_new = activity is None
        base = activity or Activity(date=ws.today())
        if duplicate_of is not None:
            base = replace(duplicate_of, id=Activity().id, date=ws.today())
        self.activity_id = base.id
        self.pending_files: list[Path] = []
        self._linked = frozenset(base.reporter_ids)  # kept in the list whatever their state
        self.set_owner(base.meta.owner_unit if activity is not None else "", ws.unit_code)
        self._build()
        linked = plan_svc.task_of_activity(ws, (duplicate_of or activity or base).id)
        self.stored_task_id = linked.id if linked is not None and duplicate_of is None else ""
        self.load_values({**self._values_of(base), "task_id": linked.id if linked else ""}, clean=duplicate_of is None)
        if duplicate_of is not None:
            title = self.tr("New activity (copy)")
        elif self.is_new:
            title = self.tr("New activity")
        else:
            title = self.tr("Activity of {date}").format(date=self.date.date().toString("dd/MM/yyyy"))
        self.set_title(title)
        self._fit_to_screen()
        self.duplicate_button.setEnabled(not self.is_new and duplicate_of is None)  # only a saved activity is copied
        self.duplicate_button.setToolTip(self.tr("Save the activity first; then it can be copied as a new one") if self.is_new else "")
        for line in (self.title, self.topics, self.organiser, self.place.lineEdit()):
            line.setCursorPosition(0)  # show the beginning of a long text, not its end
        self.title.setFocus()
        for checklist in (self.reporters, self.forms, self.groups):
            chosen = checklist.checked()
            if chosen:
                checklist.list.scrollToItem(checklist.item_for(chosen[0]))

    # -- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        ws = self.ctx.workspace
        self.date = QDateEdit(self)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(QDate(1990, 1, 1))
        self.date.setMaximumDate(QDate(2100, 12, 31))
        self.title = WrappedLine(self, lines=3)  # the content, the log's main column, read whole
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("What was disseminated, e.g. Phổ biến Luật Đất đai năm 2024"))
        self.topics = QLineEdit(self)
        self.topics.setPlaceholderText(self.tr("Laws or topics, separated by ;"))
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.addItems(read.places(ws, read.Scope.own(ws)))
        self.place.setCurrentText("")
        self.place.lineEdit().setPlaceholderText(self.tr("Hamlet, residential group, hall…"))
        self.organiser = QLineEdit(self)
        self.task = TaskPicker(self.ctx, self)
        self.task.setToolTip(self.tr("The task of a plan this activity carries out (its progress comes from its activities)"))
        self.forms = CheckList(self.tr("Filter forms…"), self)
        self.forms.set_entries((e.code, e.short or e.name) for e in self.catalogs.forms.entries)
        for entry in self.catalogs.forms.entries:
            item = self.forms.item_for(entry.code)
            if item is not None:
                item.setToolTip(entry.name)
        self.groups = CheckList(self.tr("Filter target groups…"), self)
        priority = set(facts.priority_group_codes(self.catalogs))  # one rule per fact
        self.groups.set_entries(
            (e.code, (e.short or e.name) + (" ★" if e.code in priority else "")) for e in self.catalogs.target_groups.entries
        )
        for entry in self.catalogs.target_groups.entries:
            item = self.groups.item_for(entry.code)
            if item is not None:
                item.setToolTip(entry.name + (f" ({entry.get('law_item')})" if entry.get("law_item") else ""))
        self.extra_groups = QLineEdit(self)
        self.extra_groups.setPlaceholderText(self.tr("Other groups, separated by ;"))
        self.participants = self._spin()
        self.women = self._spin()
        self.ethnic_minority = self._spin()
        self.materials = self._spin()
        self.cost = QLineEdit(self)
        self.cost.setPlaceholderText("0")
        self.cost.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cost_hint = QLabel("đ", self)
        self.reporters = CheckList(self.tr("Find a reporter…"), self)
        today = ws.today()
        # one edits only one's own records; the dismissed, suspended and ended are not offered for new work
        self._reporters = [
            r for r in read.reporters(ws, read.Scope.own(ws)) if r.id in self._linked or facts.is_assignable(r, today)
        ]
        self.reporters.set_entries(
            (r.id, r.full_name + (" (BCV)" if r.kind == "bcv" else " (TTV)")
             + ("" if facts.is_assignable(r, today) else f" – {state_label(r, today)}"))
            for r in self._reporters
        )  # fmt: skip
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.attachments = QListWidget(self)
        self.attachments.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.attachments.setWordWrap(True)  # the hint of the empty box, and long file names, read whole
        self.attachments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_file_button = QPushButton(self.tr("Attach a file…"), self)
        self.add_file_button.setToolTip(self.tr("Photos, minutes or PDFs; each file is stored once in the data folder"))

        self.add_field("date", lambda: from_qdate(self.date.date()), lambda v: self.date.setDate(to_qdate(v) if v else QDate.currentDate()),
                       self.date.dateChanged, self.date, self.tr("Date"))  # fmt: skip
        self.add_field("title", lambda: clean(self.title.text()), self.title.setText, self.title.textEdited, self.title, self.tr("Content"))
        self.add_field("topics", lambda: _split(self.topics.text()), lambda v: self.topics.setText("; ".join(v)),
                       self.topics.textEdited, self.topics, self.tr("Laws and topics"))  # fmt: skip
        self.add_field("forms", self.forms.checked, self.forms.set_checked, self.forms.changed, self.forms, self.tr("Forms"))
        self.add_field("place", lambda: clean(self.place.currentText()), self.place.setCurrentText,
                       self.place.currentTextChanged, self.place, self.tr("Place"))  # fmt: skip
        self.add_field("organiser", lambda: clean(self.organiser.text()), self.organiser.setText,
                       self.organiser.textEdited, self.organiser, self.tr("Organiser"))  # fmt: skip
        self.add_field("task_id", self.task.task_id, self.task.set_task_id, self.task.changed, self.task, self.tr("Task of the plan"))
        self.add_field("target_groups", self.groups.checked, self.groups.set_checked, self.groups.changed, self.groups,
                       self.tr("Target groups"))  # fmt: skip
        self.add_field("extra_groups", lambda: _split(self.extra_groups.text()), lambda v: self.extra_groups.setText("; ".join(v)),
                       self.extra_groups.textEdited, self.extra_groups, self.tr("Other groups"))  # fmt: skip
        for name, spin, label in (
            ("participants", self.participants, self.tr("Participants")),
            ("women", self.women, self.tr("Women")),
            ("ethnic_minority", self.ethnic_minority, self.tr("Ethnic minority")),
            ("materials", self.materials, self.tr("Materials handed out")),
        ):
            self.add_field(name, spin.value, spin.setValue, spin.valueChanged, spin, label)
        self.add_field("cost", self._cost_value, self._set_cost, self.cost.textEdited, self.cost, self.tr("Cost"))
        self.add_field("reporter_ids", self.reporters.checked, self.reporters.set_checked, self.reporters.changed,
                       self.reporters, self.tr("Reporters"))  # fmt: skip
        self.add_field("notes", lambda: self.notes.toPlainText().strip(), self.notes.setPlainText,
                       self.notes.textChanged, self.notes, self.tr("Notes"))  # fmt: skip

        left = QFormLayout()
        left.addRow(self.tr("&Date:"), self.date)
        left.addRow(self.tr("&Content:"), self.title)
        left.addRow(self.tr("&Laws, topics:"), self.topics)
        left.addRow(self.tr("&Place:"), self.place)
        left.addRow(self.tr("&Organiser:"), self.organiser)
        left.addRow(self.tr("Tas&k of the plan:"), self.task)
        numbers = QGridLayout()
        numbers.addWidget(QLabel(self.tr("Participants:"), self), 0, 0)
        numbers.addWidget(self.participants, 0, 1)
        numbers.addWidget(QLabel(self.tr("Of whom women:"), self), 0, 2)
        numbers.addWidget(self.women, 0, 3)
        numbers.addWidget(QLabel(self.tr("Ethnic minority:"), self), 1, 0)
        numbers.addWidget(self.ethnic_minority, 1, 1)
        numbers.addWidget(QLabel(self.tr("Materials:"), self), 1, 2)
        numbers.addWidget(self.materials, 1, 3)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost, 1)
        cost_row.addWidget(self.cost_hint)
        numbers.addWidget(QLabel(self.tr("Cost:"), self), 2, 0)
        numbers.addLayout(cost_row, 2, 1)
        left.addRow(numbers)
        left.addRow(self.tr("&Notes:"), self.notes)
        files_row = QHBoxLayout()
        files_row.addWidget(self.attachments, 1)
        files_row.addWidget(self.add_file_button, 0, Qt.AlignmentFlag.AlignTop)
        left.addRow(self.tr("Attachments:"), files_row)

        forms_box = self._box(self.tr("Forms (at least one)"), self.forms)
        groups_box = QGroupBox(self.tr("Target groups (★ priority groups of the Law)"), self)
        g = QVBoxLayout(groups_box)
        g.addWidget(self.groups, 1)
        g.addWidget(self.extra_groups)
        reporters_box = self._box(self.tr("Reporters and propagandists"), self.reporters)

        body = QWidget(self)
        self._grid = QGridLayout(body)
        left_column = QWidget(body)
        column = QVBoxLayout(left_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(left)
        column.addStretch(1)
        self._parts = (left_column, forms_box, groups_box, reporters_box)
        self._wide: bool | None = None
        self._arrange(wide=True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last field straight to the buttons
        self._scroll = scroll
        scroll.viewport().installEventFilter(self)  # narrow (150 %): the lists go under the fields, never sideways

        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate as new"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Y)"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        buttons = QHBoxLayout()
        for b in (self.undo_button, self.redo_button, self.duplicate_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        self.close_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        if self.read_only:
            self.add_read_only_note(layout, body)
            self.add_file_button.setEnabled(False)
        layout.addWidget(scroll, 1)
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
        self.duplicate_button.clicked.connect(self.duplicate_as_new)
        self.add_file_button.clicked.connect(self._on_add_file_button_clicked)
        self._refresh_attachments()

        order = [self.date, self.title, self.topics, self.place, self.organiser, self.task.search, self.task.combo, self.participants, self.women,
                 self.ethnic_minority, self.materials, self.cost, self.notes, self.attachments, self.add_file_button,
                 self.forms, self.groups, self.extra_groups, self.reporters, self.undo_button, self.redo_button,
                 self.duplicate_button, self.save_button, self.close_button]  # fmt: skip
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        # names for tests and accessibility tools (the Tab order is checked against them)
        for name in ("date", "title", "topics", "place", "organiser", "participants", "women", "ethnic_minority",
                     "materials", "cost", "notes", "attachments", "add_file_button", "extra_groups", "undo_button",
                     "redo_button", "duplicate_button", "save_button", "close_button"):  # fmt: skip
            getattr(self, name).setObjectName(name)
        for name in ("forms", "groups", "reporters"):
            checklist = getattr(self, name)
            checklist.setObjectName(name)
            checklist.search.setObjectName(f"{name}_search")
            checklist.list.setObjectName(f"{name}_list")
        self.task.setObjectName("task")
        self.task.search.setObjectName("task_search")
        self.task.combo.setObjectName("task_combo")

    def _spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, MAX_COUNT)
        spin.setGroupSeparatorShown(True)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.000.000") + 40)
        return spin

    def _arrange(self, wide: bool) -> None:
        """Fields on the left and the three lists beside them (wide), or the lists under the fields (narrow)."""
        if wide == self._wide:
            return
        self._wide = wide
        grid = self._grid
        left, forms, groups, reporters = self._parts
        for part in self._parts:
            grid.removeWidget(part)
        for c in range(3):
            grid.setColumnStretch(c, 0)
        if wide:
            grid.addWidget(left, 0, 0, 2, 1)
            grid.addWidget(forms, 0, 1)
            grid.addWidget(groups, 0, 2)
            grid.addWidget(reporters, 1, 1, 1, 2)
            for c, stretch in enumerate((5, 3, 3)):
                grid.setColumnStretch(c, stretch)
        else:
            grid.addWidget(left, 0, 0, 1, 2)
            grid.addWidget(forms, 1, 0)
            grid.addWidget(groups, 1, 1)
            grid.addWidget(reporters, 2, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)

    def _wide_width(self) -> int:
        """The width the fields and the three lists need side by side."""
        left, forms, groups, _ = self._parts
        spacing = max(self._grid.horizontalSpacing(), 0) * 2
        margins = self._grid.contentsMargins()
        return (left.minimumSizeHint().width() + forms.minimumSizeHint().width() + groups.minimumSizeHint().width()
                + spacing + margins.left() + margins.right())  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._scroll.viewport():
            self._arrange(wide=self._scroll.viewport().width() >= self._wide_width())
        return super().eventFilter(watched, event)

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _fit_to_screen(self) -> None:
        screen = self.screen() if self.parentWidget() is None else self.parentWidget().screen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1240, 700
        if available is not None:
            width, height = min(width, available.width() - 20), min(height, available.height() - 40)
        self.resize(width, height)

    # -- values ----------------------------------------------------------------------------------------------------
    def _cost_value(self):
        text = self.cost.text().strip()
        if not text:
            return 0
        value = parse_count(text)
        return value if value is not None else text  # the raw text marks a typing error

    def _set_cost(self, value) -> None:
        if isinstance(value, int):
            self.cost.setText(format_count(value) if value else "")
        else:
            self.cost.setText(str(value))

    @staticmethod
    def _values_of(a: Activity) -> dict:
        return {
            "date": a.date, "title": a.title, "topics": list(a.topics), "forms": list(a.forms), "place": a.place,
            "organiser": a.organiser, "target_groups": list(a.target_groups), "extra_groups": list(a.extra_groups),
            "participants": a.participants, "women": a.women, "ethnic_minority": a.ethnic_minority,
            "materials": a.materials, "cost": a.cost, "reporter_ids": list(a.reporter_ids), "notes": a.notes,
        }  # fmt: skip

    def build_record(self) -> Activity:
        """The activity as the form shows it now."""
        v = {name: field.get() for name, field in self.fields.items()}
        v.pop("task_id", None)  # kept on the task (services.plans.link_activity), not in the activity
        cost = v.pop("cost")
        return Activity(id=self.activity_id, cost=cost if isinstance(cost, int) else 0, **v)

    def problems(self) -> list[Problem]:
        problems = validate_activity(self.build_record(), self.catalogs, self.ctx.workspace.today())
        if not isinstance(self._cost_value(), int):
            problems.append(Problem("cost", "not-a-number", "the cost is not a number"))
        return problems

    def on_validated(self, problems: list[Problem]) -> None:
        self.save_button.setEnabled(not problems and not self.read_only)

    def read_only_message(self) -> str:
        return self.tr("This activity belongs to {unit}; only that unit can change it. It is shown read-only.").format(
            unit=read.unit_name(self.ctx.workspace, self.owner_unit)
        )

    # -- actions -------------------------------------------------------------------------------------------
    def store(self) -> str | None:
        ws = self.ctx.workspace
        if self.refuse_read_only():
            return None
        try:  # the activity and its new attachments: one service call, one transaction
            logbook.save_activity_with_files(ws, self.build_record(), self.pending_files, source="gui")
            self.pending_files.clear()
            chosen = self.task.task_id()
            if chosen != self.stored_task_id:
                plan_svc.link_activity(ws, self.activity_id, chosen or None)
                self.stored_task_id = chosen
        except Exception as exc:  # noqa: BLE001  shown at the error boundary
            show_error(self, exc)
            return None
        self.is_new = False
        self._refresh_attachments()
        self.duplicate_button.setEnabled(True)
        self.duplicate_button.setToolTip("")
        return self.activity_id

    @Slot()
    def duplicate_as_new(self) -> "ActivityEditor | None":
        """Open a new editor with this activity's fields (today's date), for a repeated activity."""
        editor = ActivityEditor(self.ctx, duplicate_of=self.build_record(), parent=self.parentWidget())
        parent_saved = getattr(self.parentWidget(), "_on_editor_saved", None)
        if parent_saved is not None:
            editor.saved.connect(parent_saved)
        if self.confirm_discard():
            self.accept()
            editor.open()
            return editor
        editor.deleteLater()
        return None

    @Slot()
    def _on_add_file_button_clicked(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            str(Path.home()),
            self.tr("Photos, documents and PDFs (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.odt);;All files (*)"),
        )
        self.attach_files([Path(f) for f in files])

    def attach_files(self, paths: list[Path]) -> None:
        """Queue files to attach; they are stored (by content hash) when the activity is saved."""
        for path in paths:
            if path.is_file() and path not in self.pending_files:
                self.pending_files.append(path)
        if paths:
            self.undo_stack.resetClean()  # unsaved until Save
            self._update_title()
        self._refresh_attachments()

    def _refresh_attachments(self) -> None:
        self.attachments.clear()
        stored = [] if self.is_new else logbook.list_attachments(self.ctx.workspace, self.activity_id)
        for att in stored:
            self.attachments.addItem(f"{att.filename} ({format_count(max(1, att.size // 1024))} KB)")
        for path in self.pending_files:
            self.attachments.addItem(self.tr("{name} (not saved yet)").format(name=path.name))
        if not stored and not self.pending_files:  # an empty box says what it is for
            self.attachments.addItem(self.tr("No file yet. Click “Attach a file…” to add photos, minutes or PDFs."))
            hint = self.attachments.item(0)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            hint.setForeground(self.palette().placeholderText())
