"""Find text that a screen cuts off: labels, buttons, combo boxes, fields' placeholders, tab and table headers.

``elided(top)`` walks the visible widgets under ``top`` and compares the width each text needs (measured with the
widget's own font) with the room the widget gives it. Used by the screenshot run at 1366×768 at 100 % and 150 %.
List items and table cells are checked too (the rows in view): a cell may be cut only when its tooltip holds the
whole text (the activity log's content), or when the view wraps words and the row is tall enough.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # rounding of text widths (px)


def _name(widget: QWidget, text: str) -> str:
    label = text.replace("\n", " ")
    return f"{type(widget).__name__} '{label[:60]}'"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> tuple[int, int] | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * label.margin() - (label.indent() if label.indent() > 0 else 0)
    if label.wordWrap():  # a wrapped label is cut when it needs more height than it has
        need = label.heightForWidth(label.width())
        return (need, label.height()) if need > label.height() + SLACK else None
    rich = label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if rich:
        doc = QtGui.QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = int(doc.idealWidth() + 0.5)
    else:
        need = max(label.fontMetrics().horizontalAdvance(_plain(line)) for line in text.splitlines())
    return (need, room) if need > room + SLACK else None


def _button(button: QAbstractButton) -> tuple[int, int] | None:
    if not button.text():
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    need, have = button.sizeHint().width(), button.width()
    if isinstance(button, QPushButton):  # a push button's hint has a minimum width beyond its text: measure the text
        style = button.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        need = button.fontMetrics().horizontalAdvance(_plain(button.text())) + margin + icon
        have = button.contentsRect().width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    return (need, have) if need > have + SLACK else None


def _combo(combo: QComboBox) -> tuple[int, int] | None:
    text = combo.currentText()
    if not text:
        return None
    if combo.isEditable():
        return None  # an editable combo is a field: its text scrolls
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    return (need, field.width()) if need > field.width() + SLACK else None


def _line_edit(edit: QLineEdit) -> tuple[int, int] | None:
    text = edit.text() or edit.placeholderText()
    if not text or (edit.text() and not edit.isReadOnly() and not isinstance(edit.parent(), QAbstractSpinBox)):
        return None  # typed text scrolls in a field; a placeholder, a read-only value or a date must show whole
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4
    if edit.isClearButtonEnabled() and edit.text():
        room -= edit.height() // 2
    need = edit.fontMetrics().horizontalAdvance(text)
    return (need, room) if need > room + SLACK else None


def _header(header: QHeaderView) -> list[tuple[str, int, int]]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    found = []
    orientation = header.orientation()
    if orientation != Qt.Orientation.Horizontal:
        return []
    fm = header.fontMetrics()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, orientation, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        size = header.sectionSize(logical)
        need = fm.horizontalAdvance(str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        visible = header.sectionViewportPosition(logical) < header.viewport().width()
        if visible and need > size + SLACK:
            found.append((str(text), need, size))
    return found


def _tab_bar(bar: QTabBar) -> list[tuple[str, int, int]]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        need = bar.fontMetrics().horizontalAdvance(_plain(bar.tabText(i)))
        have = bar.tabRect(i).width() - 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        if bar.tabRect(i).width() < bar.tabSizeHint(i).width() - SLACK and need > have:
            found.append((bar.tabText(i), bar.tabSizeHint(i).width(), bar.tabRect(i).width()))
    return found


def _group_box(box: QGroupBox) -> tuple[int, int] | None:
    if not box.title():
        return None
    need = box.fontMetrics().horizontalAdvance(_plain(box.title())) + 16
    return (need, box.width()) if need > box.width() + SLACK else None


def _items(view: QAbstractItemView) -> list[tuple[str, int, int]]:
    """The cells and list items in view whose text does not fit their rectangle (and whose tooltip does not hold it)."""
    model = view.model()
    if model is None or not view.isVisible():
        return []
    found = []
    viewport = view.viewport().rect()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a QListWidget's own model keeps it private: one column
        columns = 1
    for row in range(min(model.rowCount(root), 200)):
        if getattr(view, "isRowHidden", None) and _row_hidden(view, row, root):
            continue
        for column in range(columns):
            if getattr(view, "isColumnHidden", None) and view.isColumnHidden(column):
                continue
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or isinstance(text, bool) or str(text) == "":
                continue
            text = str(text)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if tip and all(line.strip() in str(tip) for line in text.splitlines()):
                continue  # cut on purpose: the tooltip says it whole
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            fm = QtGui.QFontMetrics(font)
            need = max(fm.horizontalAdvance(line) for line in text.splitlines()) + 2 * margin
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            if icon is not None and not (hasattr(icon, "isNull") and icon.isNull()):
                need += view.iconSize().width() + 2 * margin if view.iconSize().width() > 0 else 16 + 2 * margin
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 2 * margin
            have = rect.width()
            if isinstance(view, QListView):  # a list item is as wide as its text: the list's own width cuts it
                have = min(rect.right(), viewport.right()) - rect.left() + 1
            if need <= have + SLACK:
                continue
            if getattr(view, "wordWrap", lambda: False)():  # wrapped: cut when the lines need more height than the row has
                flags = int(Qt.TextFlag.TextWordWrap)
                if fm.boundingRect(0, 0, max(have - 2 * margin, 1), 10_000, flags, text).height() <= rect.height() + SLACK:
                    continue
            found.append((text, need, have))
    return found


def _scrolls_sideways(area: QAbstractScrollArea) -> bool:
    """A form in a scroll area that is wider than the area: part of it is hidden until the officer scrolls sideways
    (tables and lists scroll on purpose and are checked cell by cell)."""
    if not isinstance(area, QScrollArea) or area.widget() is None or not area.widgetResizable():
        return False  # a fixed-size content (a page preview) is scrolled on purpose
    return area.horizontalScrollBar().isVisible() and area.horizontalScrollBar().maximum() > SLACK


def _in_combo(widget: QWidget) -> bool:
    """A combo box's pop-up list (shown only when opened)."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parent()
    return False


def _row_hidden(view: QAbstractItemView, row: int, root) -> bool:
    try:
        return view.isRowHidden(row, root)
    except TypeError:  # QTableView.isRowHidden(row)
        return view.isRowHidden(row)


def elided(top: QWidget) -> list[str]:
    """One line per cut text under ``top`` (itself included): what it is, the width it needs and the width it has."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or not widget.isVisibleTo(top) and widget is not top:
            continue
        result = None
        text = ""
        if isinstance(widget, QLabel):
            result, text = _label(widget), widget.text()
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), (QTabBar, QComboBox)):
            result, text = _button(widget), widget.text()
        elif isinstance(widget, QComboBox):
            result, text = _combo(widget), widget.currentText()
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            result, text = _line_edit(widget), widget.text() or widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            result, text = _group_box(widget), widget.title()
        elif isinstance(widget, QHeaderView):
            found += [f"header '{t}': needs {n} px, has {h}" for t, n, h in _header(widget)]
        elif isinstance(widget, QTabBar):
            found += [f"tab '{t}': needs {n} px, has {h}" for t, n, h in _tab_bar(widget)]
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox) and not _in_combo(widget):
            found += [f"{type(widget).__name__} item '{t[:60]}': needs {n} px, has {h}" for t, n, h in _items(widget)]
        elif isinstance(widget, QAbstractScrollArea) and _scrolls_sideways(widget):
            found.append(f"{type(widget).__name__} '{widget.objectName()}': wider than its room, scrolls sideways")
        cut = getattr(widget, "cut_texts", None)  # what a painted widget (a chart) could not show whole
        if cut:
            found += [f"{type(widget).__name__} text '{t}' cut" for t in cut]
        if result is not None:
            found.append(f"{_name(widget, text)}: needs {result[0]} px, has {result[1]}")
    return found

