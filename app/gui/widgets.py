"""Small widgets shared by the screens: a searchable multi-choice list, a combo that keeps data, headings."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.text import fold


def heading(text: str, parent: QWidget | None = None, size: float = 1.35) -> QLabel:
    """A bold label a little larger than the body text."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    return label


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, object]], first: tuple[str, object] | None = None) -> None:
    """Replace the items of ``combo`` with (text, data) pairs, keeping the current data when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first[0], first[1])
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def compact_combo(parent: QWidget | None = None, chars: int = 14) -> QComboBox:
    """A combo whose width does not grow with long item texts (fits 1366×768)."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


class CheckList(QWidget):
    """A filterable list of checkable (code, label) entries: pick reporters or target groups by typing.

    ``changed`` is emitted with the list of checked codes whenever a box is ticked or cleared by the user.
    """

    changed = Signal(list)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self._quiet = False
        self.setFocusProxy(self.search)

    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        self._quiet = True
        checked = set(self.checked())
        self.list.clear()
        for code, label in entries:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(label))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
        self._quiet = False

    def checked(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: Iterable[str]) -> None:
        """Tick exactly ``codes`` (does not emit ``changed``); unknown codes are ignored."""
        wanted = set(codes)
        self._quiet = True
        for i in range(self.list.count()):
            item = self.list.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self._quiet = False

    def item_for(self, code: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == code:
                return self.list.item(i)
        return None

    def _on_search_text_changed(self, text: str) -> None:
        key = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in item.data(Qt.ItemDataRole.UserRole + 1))

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._quiet:
            self.changed.emit(self.checked())
