"""TaskPicker: choose the plan task an activity carries out; typing in its search box narrows the list
(accents and case ignored, words matched in the task's section, content, lead unit, deadline or plan number)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionComboBox, QWidget

from app.gui.context import GuiContext
from app.services import plans as plan_svc
from app.services.read import Scope


def task_label(task, plan) -> str:
    first = task.content.splitlines()[0] if task.content else ""
    first = first if len(first) <= 90 else first[:88].rsplit(" ", 1)[0] + "…"
    section = f"{task.section}. " if task.section else ""
    return f"{plan.number} · {section}{first}"


FULL_TEXT = Qt.ItemDataRole.UserRole + 1  # an item's whole label: what the open list shows


class _WholeLabels(QStyledItemDelegate):
    """The open list shows each task's whole label; the closed box shows it shortened to its width."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        whole = index.data(FULL_TEXT)
        if whole:
            option.text = whole


class TaskPicker(QWidget):
    """A search box and a list of this unit's plan tasks; ``task_id()`` is "" for none."""

    changed = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a task…"))
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 40)  # hint whole
        self.search.setClearButtonEnabled(True)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(30)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.view().setItemDelegate(_WholeLabels(self.combo.view()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.combo, 3)
        self.setFocusProxy(self.search)
        self._current = ""
        self._refill("")
        self.search.textChanged.connect(self._on_search_text_changed)
        self.combo.currentIndexChanged.connect(self._on_combo_index_changed)

    def _refill(self, text: str) -> None:
        ws = self.ctx.workspace
        keep = self._current
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("(no task of a plan)"), "")
            found = plan_svc.search_tasks(ws, Scope.own(ws), text)
            ids = set()
            for task, plan in found:
                self.combo.addItem(task_label(task, plan), task.id)
                self.combo.setItemData(self.combo.count() - 1, task.content, 3)  # Qt.ToolTipRole
                ids.add(task.id)
            if keep and keep not in ids:  # the chosen task stays offered while the search hides it
                for task, plan in plan_svc.search_tasks(ws, Scope.own(ws), ""):
                    if task.id == keep:
                        self.combo.insertItem(1, task_label(task, plan), task.id)
            for i in range(1, self.combo.count()):
                self.combo.setItemData(i, self.combo.itemText(i), FULL_TEXT)
            self._shorten()
            index = self.combo.findData(keep)
            self.combo.setCurrentIndex(max(index, 0))
            if text and keep == "" and self.combo.count() > 1:
                self.combo.setCurrentIndex(0)
        finally:
            self.combo.blockSignals(False)

    def _shorten(self) -> None:
        """Each label cut to the closed box's width (with "…"); the whole label is in the open list and the tooltip."""
        option = QStyleOptionComboBox()
        option.initFrom(self.combo)
        room = self.combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                 QStyle.SubControl.SC_ComboBoxEditField, self.combo).width()  # fmt: skip
        fm = self.combo.fontMetrics()
        for i in range(1, self.combo.count()):
            whole = self.combo.itemData(i, FULL_TEXT) or ""
            self.combo.setItemText(i, fm.elidedText(whole, Qt.TextElideMode.ElideRight, max(room, 40)))
        self.combo.setToolTip(self.combo.itemData(self.combo.currentIndex(), FULL_TEXT) or "")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._shorten()

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._refill(text)

    @Slot(int)
    def _on_combo_index_changed(self, _index: int) -> None:
        value = self.combo.currentData() or ""
        self.combo.setToolTip(self.combo.itemData(self.combo.currentIndex(), FULL_TEXT) or "")
        if value != self._current:
            self._current = value
            self.changed.emit()

    def task_id(self) -> str:
        return self._current

    def set_task_id(self, task_id: str) -> None:
        self._current = task_id or ""
        self._refill(self.search.text())

    def count(self) -> int:
        """Tasks offered (without the "no task" entry)."""
        return self.combo.count() - 1
