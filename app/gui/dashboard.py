"""DashboardScreen: the last 12 months at a glance — activities and participants per month, by form and
target group, the share reaching the priority groups of the Law, and reporters without activity."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from app.gui.charts import BarChart
from app.gui.context import GuiContext
from app.gui.formatting import format_count, format_date
from app.gui.widgets import heading
from app.store import queries


def months_back(today: date, count: int) -> list[tuple[int, int]]:
    """The ``count`` months ending with ``today``'s month, oldest first, as (year, month)."""
    out = []
    year, month = today.year, today.month
    for _ in range(count):
        out.append((year, month))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out[::-1]


class Tile(QFrame):
    """One big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        font = QFont(self.value.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9) * 2.0)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class DashboardScreen(QWidget):
    """Overview of the last 12 months, recomputed with a few SQL aggregates each time it is shown."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading(self.tr("Overview: the last 12 months"), self)
        self.activities_tile = Tile(self.tr("activities"), self)
        self.participants_tile = Tile(self.tr("participants"), self)
        self.priority_tile = Tile(self.tr("of activities reached the priority groups (Law on PBGDPL, Articles 17–22)"), self)
        self.idle_tile = Tile(self.tr("reporters without activity in the last 12 months"), self)
        self.month_chart = BarChart(self.tr("Activities per month"), parent=self)
        self.people_chart = BarChart(self.tr("Participants per month"), parent=self)
        self.form_chart = BarChart(self.tr("Activities by form"), horizontal=True, parent=self)
        self.group_chart = BarChart(self.tr("Activities by target group (orange: priority groups)"), horizontal=True, parent=self)
        self.idle_list = QListWidget(self)
        self.idle_list.setObjectName("idleReporters")

        tiles = QHBoxLayout()
        for tile in (self.activities_tile, self.participants_tile, self.priority_tile, self.idle_tile):
            tiles.addWidget(tile, 1)
        idle_box = QVBoxLayout()
        idle_box.addWidget(QLabel(self.tr("Reporters without activity in 12 months:"), self))
        idle_box.addWidget(self.idle_list, 1)
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addLayout(tiles, 1, 0, 1, 3)
        grid.addWidget(self.month_chart, 2, 0, 1, 2)
        grid.addWidget(self.people_chart, 2, 2)
        grid.addWidget(self.form_chart, 3, 0)
        grid.addWidget(self.group_chart, 3, 1)
        grid.addLayout(idle_box, 3, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        body.setMinimumHeight(self.fontMetrics().height() * 30)
        self.refresh()

    def refresh(self) -> None:
        """Recompute every number and chart."""
        ws = self.ctx.workspace
        db, unit, today = ws.db, ws.unit_code, ws.today()
        months = months_back(today, 12)
        start = date(months[0][0], months[0][1], 1)
        per_month = queries.per_month(db, unit, start, today)
        rows = [per_month.get(f"{y:04d}-{m:02d}", (0, 0)) for y, m in months]
        labels = [f"{m:02d}/{str(y)[2:]}" for y, m in months]
        self.month_chart.set_data(list(zip(labels, (r[0] for r in rows))))
        self.people_chart.set_data(list(zip(labels, (r[1] for r in rows))))
        total = sum(r[0] for r in rows)
        self.activities_tile.value.setText(format_count(total))
        self.participants_tile.value.setText(format_count(sum(r[1] for r in rows)))

        forms = queries.by_form(db, unit, start, today)
        catalogs = ws.catalogs
        self.form_chart.set_data(
            sorted(((catalogs.forms.label(code), n) for code, n in forms.items()), key=lambda x: -x[1])[:8]
        )
        groups = queries.by_target_group(db, unit, start, today)
        priority = [e.code for e in catalogs.target_groups.entries if e.get("priority")]
        self.group_chart.set_data(
            sorted(((catalogs.target_groups.label(code), n) for code, n in groups.items()), key=lambda x: -x[1])[:8],
            highlight={catalogs.target_groups.label(code) for code in priority},
        )
        reached, all_activities = queries.reaching_groups(db, unit, start, today, priority)
        share = round(100 * reached / all_activities) if all_activities else 0
        self.priority_tile.value.setText(f"{share} %")
        self.priority_tile.setToolTip(
            self.tr("{reached} of {total} activities").format(reached=format_count(reached), total=format_count(all_activities))
        )
        idle = queries.idle_reporters(db, unit, start, today)
        self.idle_tile.value.setText(format_count(len(idle)))
        self.idle_list.clear()
        for _rid, name, last in idle:
            self.idle_list.addItem(
                f"{name} — " + (self.tr("last activity {date}").format(date=format_date(last)) if last else self.tr("no activity yet"))
            )
        if not idle:
            self.idle_list.addItem(self.tr("Everyone was active. Well done!"))
        self.idle_list.item(0).setFlags(self.idle_list.item(0).flags() if idle else Qt.ItemFlag.ItemIsEnabled)
