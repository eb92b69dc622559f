"""Find text that a screen cuts off: labels, buttons, combo boxes, fields' placeholders, tab and table headers.

``elided(top)`` walks the visible widgets under ``top`` and compares the width each text needs (measured with the
widget's own font) with the room the widget gives it. Used by the screenshot run at 1366×768 at 100 % and 150 %.
Table cells are not checked: a long cell is cut on purpose and whole in its tooltip.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
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
        cut = getattr(widget, "cut_texts", None)  # what a painted widget (a chart) could not show whole
        if cut:
            found += [f"{type(widget).__name__} text '{t}' cut" for t in cut]
        if result is not None:
            found.append(f"{_name(widget, text)}: needs {result[0]} px, has {result[1]}")
    return found

