"""RecordEditor: what the activity and reporter editors share — fields with undo/redo (QUndoStack),
validation as you type, Ctrl+S, and a warning before closing with unsaved changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from app.core.rules import Problem
from app.gui.problems import problem_text

INVALID_STYLE = "border: 2px solid #c62828; border-radius: 3px;"



@dataclass
class Field:
    """How the editor reads and writes one field; ``widget`` is where its problems are shown."""

    name: str
    get: Callable[[], Any]
    set: Callable[[Any], None]
    widget: QWidget
    label: str = ""


class SetFieldCommand(QUndoCommand):
    """Change one field from ``old`` to ``new``; consecutive edits of the same field merge into one step."""

    def __init__(self, editor: "RecordEditor", name: str, old: Any, new: Any) -> None:
        super().__init__(QCoreApplication.translate("RecordEditor", "Edit {field}").format(field=editor.fields[name].label or name))
        self.editor = editor
        self.name = name
        self.old = old
        self.new = new
        self._id = 1000 + list(editor.fields).index(name)

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.name != self.name or not isinstance(self.new, str):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.editor.apply_field(self.name, self.new)

    def undo(self) -> None:
        self.editor.apply_field(self.name, self.old)


class _UndoKeysFilter(QObject):
    """Let Ctrl+Z / Ctrl+Y reach the editor's undo stack instead of a line edit's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return False


class RecordEditor(QDialog):
    """Base of the editors. Subclasses register fields, then implement ``build_record``, ``problems``, ``store``."""

    saved = Signal(str)  # the id of the stored record

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.values: dict[str, Any] = {}
        self.undo_stack = QUndoStack(self)
        self.current_problems: list[Problem] = []
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b71c1c;")
        self._applying = False
        self._keys_filter = _UndoKeysFilter(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self._title = ""
        self.owner_unit = ""  # the record's owner; another unit's record is shown read-only (set_owner)
        self.read_only = False

    # -- fields ------------------------------------------------------------------------------------------
    def add_field(self, name: str, get, set_, signal, widget: QWidget, label: str = "") -> None:
        """Register a field; ``signal`` is emitted by the widget whenever the user changes it."""
        self.fields[name] = Field(name, get, set_, widget, label)
        signal.connect(lambda *_args, n=name: self._on_field_edited(n))
        for child in [widget, *widget.findChildren(QLineEdit), *widget.findChildren(QPlainTextEdit)]:
            child.installEventFilter(self._keys_filter)
            if isinstance(child, QPlainTextEdit):
                child.setUndoRedoEnabled(False)

    def _on_field_edited(self, name: str) -> None:
        if self._applying:
            return
        new = self.fields[name].get()
        old = self.values.get(name)
        if new == old:
            return
        self.undo_stack.push(SetFieldCommand(self, name, old, new))

    def apply_field(self, name: str, value: Any) -> None:
        """Show ``value`` in the field (from an undo command); the widget's own signal is ignored meanwhile."""
        self.values[name] = value
        if self.fields[name].get() != value:
            self._applying = True
            try:
                self.fields[name].set(value)
            finally:
                self._applying = False

    def load_values(self, values: dict[str, Any], clean: bool = True) -> None:
        """Show ``values`` without undo steps; ``clean=False`` marks them as unsaved (a duplicate)."""
        self._applying = True
        try:
            for name, field in self.fields.items():
                if name in values:
                    field.set(values[name])
                self.values[name] = field.get()
        finally:
            self._applying = False
        self.undo_stack.clear()
        if clean:
            self.undo_stack.setClean()
        else:
            self.undo_stack.resetClean()
        self.revalidate()
        self._update_title()

    # -- validation ---------------------------------------------------------------------------------------
    def problems(self) -> list[Problem]:  # pragma: no cover - overridden
        return []

    def revalidate(self) -> list[Problem]:
        """Check the record as it stands and mark every field with a problem."""
        problems = self.problems()
        self.current_problems = problems
        by_field: dict[str, list[str]] = {}
        for p in problems:
            root = p.field.split(".")[0].split("[")[0]
            name = p.field
            if name not in self.fields:
                name = next((f for f in self.fields if f == root or f.startswith(root + ".")), root)
            by_field.setdefault(name, []).append(problem_text(p))
        for name, field in self.fields.items():
            messages = by_field.get(name)
            field.widget.setStyleSheet(INVALID_STYLE if messages else "")
            field.widget.setToolTip("\n".join(messages) if messages else "")
        self.problem_label.setText("\n".join(f"• {problem_text(p)}" for p in problems))
        self.problem_label.setVisible(bool(problems))
        self.on_validated(problems)
        return problems

    def on_validated(self, problems: list[Problem]) -> None:
        """Hook for subclasses (enable the Save button)."""

    # -- another unit's record ---------------------------------------------------------------------------
    def set_owner(self, owner_unit: str, own_unit: str) -> None:
        """A record of another unit (an upper level reads those it received) is shown, never changed."""
        self.owner_unit = owner_unit
        self.read_only = bool(owner_unit) and owner_unit != own_unit

    def read_only_message(self) -> str:  # pragma: no cover - overridden
        return ""

    def add_read_only_note(self, layout, body: QWidget) -> None:
        """For a read-only record: ``body`` disabled (nothing can change, so nothing is left unsaved) and the
        reason above it in ``layout``."""
        body.setEnabled(False)
        self.read_only_note = QLabel(self.read_only_message(), self)
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        layout.addWidget(self.read_only_note)

    def refuse_read_only(self) -> bool:
        """True (after saying why) when the record is another unit's: ``store`` then writes nothing."""
        if self.read_only:
            QMessageBox.information(self, self.windowTitle(), self.read_only_message())
        return self.read_only

    # -- state -----------------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def set_title(self, title: str) -> None:
        self._title = title
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(("* " if self.dirty else "") + self._title)

    @Slot(bool)
    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self.revalidate()

    # -- saving and closing ------------------------------------------------------------------------------------
    def store(self) -> str | None:  # pragma: no cover - overridden
        """Write the record; return its id, or None when it could not be saved (already explained)."""
        return None

    @Slot()
    def save(self) -> bool:
        """Validate and store; on success the editor stays open on the saved record and is clean."""
        if self.revalidate():
            QMessageBox.warning(self, self._title, QCoreApplication.translate("RecordEditor", "Some fields need attention:") + "\n" + self.problem_label.text())
            return False
        record_id = self.store()
        if record_id is None:
            return False
        self.undo_stack.setClean()
        self._update_title()
        self.saved.emit(record_id)
        return True

    def confirm_discard(self) -> bool:
        """Ask before losing unsaved changes: Save, Discard or Cancel. True when the editor may close."""
        if not self.dirty:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self._title)
        box.setText(QCoreApplication.translate("RecordEditor", "You have unsaved changes. Save them before closing?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.confirm_discard():
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not close the dialog (QDialog's default button behaviour).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.ignore()
            return
        super().keyPressEvent(event)
