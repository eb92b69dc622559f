"""DashboardScreen: the last 12 months at a glance — activities and participants per month, by form and
target group, the share reaching the priority groups of the Law, and reporters without activity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from app.gui.charts import BarChart
from app.gui.context import GuiContext
from app.gui.formatting import format_count, format_date
from app.gui.widgets import heading
from app.services import read

if TYPE_CHECKING:
    from app.gui.unit_comparison import UnitComparisonTable
    from app.gui.unit_filter import UnitFilter


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


def compared_units(per_unit: tuple[tuple[str, int, int], ...], shown: int = 10) -> list[tuple[str, int]]:
    """The units for the comparison chart: all of them up to ``shown``, else the half with most activities and
    the half with fewest (those that need a call), most first."""
    rows = [(name, n) for name, n, _people in per_unit]
    if len(rows) <= shown:
        return rows
    half = shown // 2
    return rows[:half] + rows[-half:]


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
        self.idle_list.setWordWrap(True)
        self.unit_filter: UnitFilter | None = None
        self.unit_chart: BarChart | None = None  # upper mode: the units compared
        self.unit_table: UnitComparisonTable | None = None  # upper mode: every unit, figures and reporting status
        self.unit_table_box: QWidget | None = None
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        if read.is_upper(ctx.workspace):  # an upper level reads the units under it: one, or all of them
            from app.gui.unit_filter import UnitFilter  # here: a commune's start-up does not load it

            from app.gui.unit_comparison import UnitComparisonTable

            self.unit_chart = BarChart(self.tr("Activities per unit (most and fewest)"), horizontal=True, parent=self)
            self.unit_table_box = QWidget(self)
            box = QVBoxLayout(self.unit_table_box)
            box.setContentsMargins(0, 0, 0, 0)
            self.unit_table_title = QLabel(self.unit_table_box)
            self.unit_table_title.setWordWrap(True)
            self.unit_table = UnitComparisonTable(self.unit_table_box)
            self.unit_table.setMinimumHeight(self.fontMetrics().height() * 16)  # about a dozen rows, then it scrolls
            self.unit_table_title.setBuddy(self.unit_table)
            box.addWidget(self.unit_table_title)
            box.addWidget(self.unit_table, 1)
            self.unit_filter = UnitFilter(self)
            self.unit_filter.set_units(read.units_present(ctx.workspace))
            self.unit_filter.scopeChanged.connect(self.refresh)
            self.unit_table.unitChosen.connect(self.unit_filter.select_unit)
            top.addWidget(self.unit_filter)

        tiles = QHBoxLayout()
        for tile in (self.activities_tile, self.participants_tile, self.priority_tile, self.idle_tile):
            tiles.addWidget(tile, 1)
        idle_box = QVBoxLayout()
        idle_box.addWidget(QLabel(self.tr("Reporters without activity in 12 months:"), self))
        idle_box.addWidget(self.idle_list, 1)
        self.body = body = QWidget(self)
        self.grid = grid = QGridLayout(body)
        self.decision_banner = None  # the upper level's decisions on this unit's periods, made when there are some
        self.top_box = top_box = QVBoxLayout()
        top_box.addLayout(top)
        self.calendar_label = QLabel(self)  # the assessment calendar (chuẩn tiếp cận pháp luật) of the year assessed
        self.calendar_label.setObjectName("assessmentCalendar")
        self.calendar_label.setWordWrap(True)
        top_box.addWidget(self.calendar_label)
        grid.addLayout(top_box, 0, 0, 1, 3)
        grid.addLayout(tiles, 1, 0, 1, 3)
        self.idle_box = QWidget(body)
        self.idle_box.setLayout(idle_box)
        idle_box.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._narrow: bool | None = None
        self._arrange(narrow=False)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    def _arrange(self, narrow: bool) -> None:
        """Wide: the charts side by side. Narrow (150 %): one bar chart of labels per line, so none is cut."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        grid = self.grid
        for widget in (self.month_chart, self.people_chart, self.form_chart, self.group_chart, self.idle_box, self.unit_chart, self.unit_table_box):
            if widget is not None:
                grid.removeWidget(widget)
        grid.addWidget(self.month_chart, 2, 0, 1, 2)
        grid.addWidget(self.people_chart, 2, 2)
        if narrow:
            grid.addWidget(self.form_chart, 3, 0, 1, 3)
            grid.addWidget(self.group_chart, 4, 0, 1, 3)
            grid.addWidget(self.idle_box, 5, 0, 1, 3)
        else:
            grid.addWidget(self.form_chart, 3, 0)
            grid.addWidget(self.group_chart, 3, 1)
            grid.addWidget(self.idle_box, 3, 2)
        if self.unit_chart is not None:  # upper mode: the units side by side, under the rest
            grid.addWidget(self.unit_chart, 6 if narrow else 4, 0, 1, 3)
            grid.addWidget(self.unit_table_box, 7 if narrow else 5, 0, 1, 3)
        for row in range(2, 8):
            grid.setRowStretch(row, 1 if row in (2, 3) or (narrow and row == 4) or (self.unit_chart is not None and row == (6 if narrow else 4)) else 0)
        extra = 14 + 18 if self.unit_chart is not None else 0  # the chart, and the table's title and ~14 rows
        self.body.setMinimumHeight(self.fontMetrics().height() * ((62 if narrow else 30) + extra))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._arrange(narrow=self.width() < self.fontMetrics().averageCharWidth() * 130)

    def scope(self) -> read.Scope:
        ws = self.ctx.workspace
        return self.unit_filter.scope(ws) if self.unit_filter is not None else read.default_scope(ws)

    def calendar_text(self) -> str:
        """The reminder of the assessment calendar: this level's dated steps with the days left, and the steps
        the data gives no date for said plainly ("no schedule yet"), never an invented date."""
        from app.services.assessments import reminder

        r = reminder(self.ctx.workspace)
        if r is None:
            return ""
        head = self.tr("Legal access standard {year}:").format(year=r.year)
        if not r.dated:
            return head + " " + self.tr("no schedule yet — the criteria set gives no dates for this level (the upper level can send them, or type a date in the assessment calendar)")
        parts = []
        for s in r.dated:
            days = s["days_left"]
            left = (self.tr("{n} days left").format(n=days) if days > 0 else self.tr("due today") if days == 0 else self.tr("{n} days overdue").format(n=-days))
            parts.append(self.tr("{step} by {date} ({left})").format(step=s["name"], date=format_date(s["due"]), left=left))
        text = head + " " + "; ".join(parts)
        if r.undated:
            text += ". " + self.tr("No schedule yet for: {steps}").format(steps="; ".join(s["name"] for s in r.undated))
        return text

    def _refresh_unit_table(self) -> None:
        """All units (upper mode): every unit's figures and reporting status; hidden for one chosen unit."""
        from app.services.comparison import compare_units

        scope = self.scope()
        self.unit_table_box.setVisible(scope.many)
        if not scope.many:
            return
        data = compare_units(self.ctx.workspace, scope, self.ctx.workspace.today())
        self.unit_table_title.setText(
            self.tr("&Units compared: activities and participants {start} – {end}, active reporters today, reporting of {period}").format(
                start=format_date(data.start.isoformat()), end=format_date(data.end.isoformat()), period=data.period_label
            )
        )
        self.unit_table.show_comparison(data)

    def refresh(self) -> None:
        """Recompute every number and chart (of the unit chosen, in upper mode)."""
        ws = self.ctx.workspace
        if self.unit_filter is not None:
            self.unit_filter.blockSignals(True)
            self.unit_filter.set_units(read.units_present(ws))
            self.unit_filter.blockSignals(False)
        if self.decision_banner is None and read.has_own_decisions(ws):
            from app.gui.approval_dialog import DecisionBanner  # start-up does not load the decisions' modules

            self.decision_banner = DecisionBanner(self)
            self.top_box.addWidget(self.decision_banner)
        if self.decision_banner is not None:
            self.decision_banner.refresh(ws)
        self.calendar_label.setText(self.calendar_text())
        figures = read.dashboard_figures(ws, self.scope(), ws.today())
        labels = [f"{m:02d}" for _y, m in figures.months]  # one month format; the years are in the heading
        (y0, m0), (y1, m1) = figures.months[0], figures.months[-1]
        self.title.setText(self.tr("Overview: the last 12 months ({start} – {end})").format(start=f"{m0:02d}/{y0}", end=f"{m1:02d}/{y1}"))
        self.month_chart.set_data(list(zip(labels, (r[0] for r in figures.per_month))))
        self.people_chart.set_data(list(zip(labels, (r[1] for r in figures.per_month))))
        self.activities_tile.value.setText(format_count(figures.activities))
        self.participants_tile.value.setText(format_count(figures.participants))

        catalogs = ws.catalogs
        self.form_chart.set_data(
            sorted(((catalogs.forms.label(code), n) for code, n in figures.by_form.items()), key=lambda x: -x[1])[:8]
        )
        self.group_chart.set_data(
            sorted(((catalogs.target_groups.label(code), n) for code, n in figures.by_target_group.items()), key=lambda x: -x[1])[:8],
            highlight={catalogs.target_groups.label(code) for code in figures.priority_groups},
        )
        if self.unit_chart is not None:
            self.unit_chart.setVisible(bool(figures.per_unit))
            self.unit_chart.set_data(compared_units(figures.per_unit))
            self._refresh_unit_table()
        self.priority_tile.value.setText(f"{figures.priority_share} %")
        self.priority_tile.setToolTip(
            self.tr("{reached} of {total} activities").format(
                reached=format_count(figures.reached), total=format_count(figures.activities)
            )
        )
        idle = figures.idle
        self.idle_tile.value.setText(format_count(len(idle)))
        self.idle_list.clear()
        for rid, name, last in idle:
            unit = figures.idle_units.get(rid)  # several units: whose reporter this is
            self.idle_list.addItem(
                (f"{name} ({unit}) — " if unit else f"{name} — ") + (self.tr("last activity {date}").format(date=format_date(last)) if last else self.tr("no activity yet"))
            )
        if not idle:  # said plainly, and nothing that sounds like praise over zero reporters
            self.idle_list.addItem(
                self.tr("Every reporter has at least one activity in the last 12 months.")
                if figures.active_reporters
                else self.tr("No reporter or propagandist is on the roster yet.")
            )
        self.idle_list.item(0).setFlags(self.idle_list.item(0).flags() if idle else Qt.ItemFlag.ItemIsEnabled)
