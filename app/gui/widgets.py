"""Small widgets shared by the screens: a searchable multi-choice list, a combo that keeps data, headings."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

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


class FittedCombo(QComboBox):
    """A combo as wide as its current choice (never cut off), not as its widest item."""

    def __init__(self, parent: QWidget | None = None, chars: int = 14) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def _fitted(self, base: QSize) -> QSize:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        fm = self.fontMetrics()
        text = QSize(fm.horizontalAdvance(self.currentText()) + fm.averageCharWidth(), fm.height())
        need = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(max(base.width(), need.width()), base.height())

    def sizeHint(self) -> QSize:
        return self._fitted(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._fitted(super().minimumSizeHint())

    def _on_current_index_changed(self, _index: int) -> None:
        self.updateGeometry()


def compact_combo(parent: QWidget | None = None, chars: int = 14) -> QComboBox:
    """A combo whose width follows its current choice, not its longest item (fits 1366×768, never cut)."""
    return FittedCombo(parent, chars)


class WrappedLine(QPlainTextEdit):
    """A one-paragraph field that wraps onto ``lines`` lines (a long content read whole, not scrolled sideways).

    It answers like a QLineEdit (``text``, ``setText``, ``setCursorPosition``, ``textEdited``); Enter adds no line
    break and pasted line breaks become spaces.
    """

    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        margins = int(2 * self.document().documentMargin() + 2 * self.frameWidth())
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + margins + 2)
        self._setting = False
        self.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        return self.toPlainText().replace("\n", " ")

    def setText(self, text: str) -> None:  # noqa: N802
        self._setting = True
        try:
            self.setPlainText(text or "")
        finally:
            self._setting = False

    def setCursorPosition(self, position: int) -> None:  # noqa: N802
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # one paragraph: Enter is the dialog's, not a line break
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        self.insertPlainText(" ".join(source.text().split()))

    def _on_text_changed(self) -> None:
        if not self._setting:
            self.textEdited.emit(self.text())


class HintedLine(QLineEdit):
    """A field whose hint is the longest of ``hints`` that fits it whole (a narrow field gets a shorter one); the
    first, longest hint is its tooltip."""

    def __init__(self, hints: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hints = [h for h in hints if h]
        self.setToolTip(self.hints[0] if self.hints else "")
        self._fit_hint()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._fit_hint()

    def _fit_hint(self) -> None:
        room = self.contentsRect().width() - self.textMargins().left() - self.textMargins().right() - 8
        fm = self.fontMetrics()
        fitting = [h for h in self.hints if fm.horizontalAdvance(h) <= room]
        self.setPlaceholderText(fitting[0] if fitting else fm.elidedText(self.hints[-1], Qt.TextElideMode.ElideRight, max(room, 0)) if self.hints else "")


class SearchField(HintedLine):
    """A search box (with its clear button) whose hint fits it, as :class:`HintedLine`."""

    def __init__(self, hints: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(hints, parent)
        self.setClearButtonEnabled(True)
        self._fit_hint()


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the room is too narrow (filters at 150 %).

    Each line's spare width is shared among its widgets, so a full line looks like an ordinary row.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(i.sizeHint().width() for i in self._items) + self.spacing() * max(0, len(self._items) - 1)
        return QSize(width, max((i.sizeHint().height() for i in self._items), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            w = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + w > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + w
            lines[-1].append(item)
        return [line for line in lines if line]

    def _place(self, rect: QRect, apply: bool) -> int:
        y = rect.y()
        for line in self._lines(rect.width()):
            height = max(i.sizeHint().height() for i in line)
            spare = rect.width() - sum(i.sizeHint().width() for i in line) - self.spacing() * (len(line) - 1)
            x = rect.x()
            for n, item in enumerate(line):
                extra = max(0, spare) // len(line) + (1 if n < max(0, spare) % len(line) else 0)
                width = min(item.sizeHint().width() + extra, rect.right() + 1 - x)
                if apply:
                    item.setGeometry(QRect(x, y, width, height))
                x += width + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() if y > rect.y() else 0


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
        # every entry whole: the list is at least as wide as its longest entry (with its box and the scroll bar)
        frame = 2 * self.list.frameWidth()
        bar = self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.list)
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + frame + bar + 4)

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
