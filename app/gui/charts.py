"""Bar charts drawn with QPainter (QtCharts is not part of pyside6-essentials): large text for a projector."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.gui.formatting import format_count

BAR = QColor("#1565c0")
BAR_ALT = QColor("#ef6c00")
GRID = QColor("#cfd8dc")
TEXT = QColor("#212121")


class BarChart(QWidget):
    """Vertical bars (one per label) or horizontal bars (``horizontal=True``, for long labels).

    ``set_data([(label, value), ...])``; each bar shows its value. Highlighted labels use the second colour.
    """

    def __init__(self, title: str = "", horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.items: list[tuple[str, int]] = []
        self.highlight: set[str] = set()
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
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        _fill(p, QRectF(self.rect()), self.palette().base().color())
        fm = self.fontMetrics()
        line = fm.height()
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(TEXT)
        p.drawText(QRectF(8, 4, self.width() - 16, line + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        area = QRectF(8, line + 12, self.width() - 16, self.height() - line - 20)
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

    def _paint_vertical(self, p: QPainter, area: QRectF, top: int) -> None:
        fm = self.fontMetrics()
        line = fm.height()
        plot = QRectF(area.left(), area.top() + line, area.width(), area.height() - 2 * line - 4)
        n = len(self.items)
        slot = plot.width() / n
        width = max(4.0, slot * 0.7)
        p.setPen(QPen(GRID, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        widest_value = max(fm.horizontalAdvance(format_count(v)) for _l, v in self.items)
        widest_label = max(fm.horizontalAdvance(label) for label, _v in self.items)
        # When the bars are narrow, show every other value and only the first part of each label ("11" of "11/26").
        value_step = 1 if widest_value + 4 <= slot else 2
        short = widest_label + 4 > slot
        for i, (label, value) in enumerate(self.items):
            h = plot.height() * value / top
            x = plot.left() + i * slot + (slot - width) / 2
            bar = QRectF(x, plot.bottom() - h, width, h)
            _fill(p, bar, BAR_ALT if label in self.highlight else BAR)
            p.setPen(TEXT)
            if value and (i % value_step == 0 or value == top):
                centre = x + width / 2
                p.drawText(QRectF(centre - widest_value, bar.top() - line - 2, 2 * widest_value, line), Qt.AlignmentFlag.AlignCenter, format_count(value))
            text = label.split("/")[0] if short else label
            p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, line), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_horizontal(self, p: QPainter, area: QRectF, top: int) -> None:
        fm = self.fontMetrics()
        line = fm.height()
        label_width = min(area.width() * 0.45, max(fm.horizontalAdvance(label) for label, _v in self.items) + 8)
        value_width = fm.horizontalAdvance("00.000") + 8
        n = len(self.items)
        slot = min(area.height() / n, line * 1.8)
        bar_h = max(3.0, min(slot * 0.7, line * 1.2))
        plot_left = area.left() + label_width
        plot_width = max(10.0, area.width() - label_width - value_width)
        for i, (label, value) in enumerate(self.items):
            y = area.top() + i * slot
            p.setPen(TEXT)
            p.drawText(QRectF(area.left(), y, label_width - 6, slot), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6)))  # fmt: skip
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
