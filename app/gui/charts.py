"""Bar charts drawn with QPainter (QtCharts is not part of pyside6-essentials): large text for a projector."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.gui.formatting import format_count

BAR = QColor("#1565c0")
BAR_ALT = QColor("#ef6c00")
GRID = QColor("#cfd8dc")
TEXT = QColor("#212121")


class BarChart(QWidget):
    """Vertical bars (one per label) or horizontal bars (``horizontal=True``, for long labels).

    ``set_data([(label, value), ...])``; every bar shows its value (or, too narrow, none does and the tooltip
    tells it). Highlighted labels use the second colour. A long title or label takes a second line.
    """

    def __init__(self, title: str = "", horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.items: list[tuple[str, int]] = []
        self.highlight: set[str] = set()
        self.cut_texts: list[str] = []
        self._slots = QRectF()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 9)

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def set_data(self, items: list[tuple[str, int]], highlight: set[str] | None = None) -> None:
        self.items = list(items)
        self.highlight = set(highlight or ())
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in self.items))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        self.cut_texts: list[str] = []  # texts the last paint could not show whole (the screenshot test reads them)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        _fill(p, QRectF(self.rect()), self.palette().base().color())
        fm = self.fontMetrics()
        line = fm.height()
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(TEXT)
        title_rect = QRectF(8, 4, self.width() - 16, line + 4)
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        needed = p.boundingRect(title_rect, wrap, self.title)
        if needed.width() > title_rect.width() or needed.height() > title_rect.height():
            title_rect.setHeight(2 * line + 4)  # a long title takes a second line rather than being cut
            if p.boundingRect(title_rect, wrap, self.title).height() > title_rect.height():
                self.cut_texts.append(self.title)
        p.drawText(title_rect, wrap, self.title)
        p.setFont(self.font())
        top_of_area = title_rect.bottom() + 8
        area = QRectF(8, top_of_area, self.width() - 16, self.height() - top_of_area - 8)
        if not self.items or max(v for _l, v in self.items) <= 0:
            p.setPen(QColor("#757575"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No activities in this period"))
            p.end()
            return
        top = max(v for _l, v in self.items)
        if self.horizontal:
            self._paint_horizontal(p, area, top)
        else:
            self._paint_vertical(p, area, top)
        p.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):  # the value of the bar pointed at
            item = self._item_at(event.pos().x(), event.pos().y())
            if item is not None:
                QToolTip.showText(event.globalPos(), f"{item[0]}: {format_count(item[1])}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _item_at(self, x: float, y: float) -> tuple[str, int] | None:
        if not self.items:
            return None
        n = len(self.items)
        if self.horizontal:
            slot = self._slots.height() / n if self._slots.height() else 0
            index = int((y - self._slots.top()) // slot) if slot else -1
        else:
            slot = self._slots.width() / n if self._slots.width() else 0
            index = int((x - self._slots.left()) // slot) if slot else -1
        return self.items[index] if 0 <= index < n else None

    def _paint_vertical(self, p: QPainter, area: QRectF, top: int) -> None:
        fm = self.fontMetrics()
        line = fm.height()
        plot = QRectF(area.left(), area.top() + line, area.width(), area.height() - 2 * line - 4)
        n = len(self.items)
        slot = plot.width() / n
        self._slots = plot
        width = max(4.0, slot * 0.7)
        p.setPen(QPen(GRID, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        widest_value = max(fm.horizontalAdvance(format_count(v)) for _l, v in self.items)
        # Every bar shows its value, or (bars too narrow for their numbers) none does: the tooltip tells it.
        values_fit = widest_value + 4 <= slot
        for i, (label, value) in enumerate(self.items):
            h = plot.height() * value / top
            x = plot.left() + i * slot + (slot - width) / 2
            bar = QRectF(x, plot.bottom() - h, width, h)
            _fill(p, bar, BAR_ALT if label in self.highlight else BAR)
            p.setPen(TEXT)
            if values_fit:
                centre = x + width / 2
                p.drawText(QRectF(centre - widest_value, bar.top() - line - 2, 2 * widest_value, line), Qt.AlignmentFlag.AlignCenter, format_count(value))
            if fm.horizontalAdvance(label) > slot:
                self.cut_texts.append(label)
            p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, line), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_horizontal(self, p: QPainter, area: QRectF, top: int) -> None:
        fm = self.fontMetrics()
        line = fm.height()
        widest = max(fm.horizontalAdvance(label) for label, _v in self.items)
        label_width = min(area.width() * 0.55, widest + 8)
        value_width = fm.horizontalAdvance("00.000") + 8
        n = len(self.items)
        two_lines = widest + 8 > label_width  # a long label ("Đồng bào DTTS, vùng khó khăn") wraps onto two lines
        slot = min(area.height() / n, line * (2.2 if two_lines else 1.8))
        self._slots = QRectF(area.left(), area.top(), area.width(), slot * n)
        bar_h = max(3.0, min(slot * 0.7, line * 1.2))
        plot_left = area.left() + label_width
        plot_width = max(10.0, area.width() - label_width - value_width)
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        for i, (label, value) in enumerate(self.items):
            y = area.top() + i * slot
            p.setPen(TEXT)
            box = QRectF(area.left(), y, label_width - 6, slot)
            shown = p.boundingRect(box, flags, label)
            if shown.height() > slot + 1 or shown.width() > box.width() + 1:
                self.cut_texts.append(label)
            p.drawText(box, flags, label)
            w = plot_width * value / top
            bar = QRectF(plot_left, y + (slot - bar_h) / 2, w, bar_h)
            _fill(p, bar, BAR_ALT if label in self.highlight else BAR)
            p.setPen(TEXT)
            p.drawText(QRectF(plot_left + w + 4, y, value_width, slot), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       format_count(value))  # fmt: skip


def _fill(p: QPainter, rect: QRectF, colour: QColor) -> None:
    """Fill ``rect`` with ``colour`` and no outline (the pen is left off: set it again before drawing text).

    Not ``QPainter.fillRect``: choosing among its overloads makes PySide build the QGradient enums (~4 ms of
    the first paint, i.e. of start-up).
    """
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRect(rect)
