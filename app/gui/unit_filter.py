"""UnitFilter: the upper level's choice of unit ("All units" or one unit), searchable by name without accents.

An editable combo box: typing filters the list through a completer that ignores accents and case ("gia sang"
finds "Xã Gia Sàng", so does its code); Enter or a click picks, Escape or leaving the box restores the choice.
Only shown in upper mode; in commune mode a screen has no unit filter and reads its own records.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.core.text import fold
from app.services import read
from app.services.workspace import Workspace

_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _FoldedMatch(QSortFilterProxyModel):
    """Rows whose folded name and code contain every folded word typed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(_KEY_ROLE) or ""
        return all(w in key for w in self._words)


class UnitFilter(QComboBox):
    """"All units" (data None) then each unit with records here; ``scopeChanged`` when the choice changes."""

    scopeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitFilter")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.setAccessibleName(self.tr("Unit"))
        self.setToolTip(self.tr("Unit: type a name (accents not needed) or a code"))
        self.lineEdit().setPlaceholderText(self.tr("All units"))
        self._match = _FoldedMatch(self)
        self._match.setSourceModel(self.model())
        completer = QCompleter(self._match, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._on_completer_activated)  # after QComboBox's own pick
        completer.popup().installEventFilter(self)
        self.lineEdit().textEdited.connect(self._match.set_text)
        self.lineEdit().editingFinished.connect(self._on_editing_finished)
        self.currentIndexChanged.connect(self._on_index_changed)
        self._shown: int = -1

    def set_units(self, units: list[read.UnitName]) -> None:
        """Fill the list ("All units" first), keeping the chosen unit when it is still there."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All units"), None)
        self.setItemData(0, fold(self.tr("All units")), _KEY_ROLE)
        for unit in units:
            self.addItem(f"{unit.name} ({unit.code})", unit.code)
            self.setItemData(self.count() - 1, fold(f"{unit.name} {unit.code}"), _KEY_ROLE)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self._shown = self.currentIndex()
        self.blockSignals(False)

    def unit(self) -> str | None:
        """The chosen unit's code, None for all units."""
        return self.currentData()

    def select_unit(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0) if code is not None else 0)

    def scope(self, ws: Workspace) -> read.Scope:
        code = self.unit()
        if code is None:
            return read.Scope.under(ws)
        return read.unit_scope(ws, code)

    @Slot(QModelIndex)
    def _on_completer_activated(self, _index: QModelIndex) -> None:
        QTimer.singleShot(0, self, self._reset_match)  # QComboBox has picked the row (it maps the completer's proxy to its model)

    @Slot()
    def _on_editing_finished(self) -> None:
        """Enter picks the first unit matching what was typed; otherwise the choice shown stays."""
        if self.completer().popup().isVisible() and self.completer().popup().currentIndex().isValid():
            return  # the completer picks what is highlighted
        text = self.lineEdit().text()
        if text != self.itemText(self.currentIndex()):
            words = fold(text).split()
            if not words:
                self.setCurrentIndex(0)
            else:
                first = next((i for i in range(self.count()) if all(w in (self.itemData(i, _KEY_ROLE) or "") for w in words)), -1)
                if first >= 0:
                    self.setCurrentIndex(first)
        self.lineEdit().setText(self.itemText(self.currentIndex()))
        QTimer.singleShot(0, self, self._reset_match)

    @Slot()
    def _reset_match(self) -> None:
        self._match.set_text("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list with no row highlighted picks the first match, as Enter in the box does."""
        if (
            watched is self.completer().popup()
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
            and not self.completer().popup().currentIndex().isValid()
        ):
            self.completer().popup().hide()
            self._on_editing_finished()
            return True
        return super().eventFilter(watched, event)

    @Slot(int)
    def _on_index_changed(self, index: int) -> None:
        if index != self._shown:
            self._shown = index
            self.scopeChanged.emit()
