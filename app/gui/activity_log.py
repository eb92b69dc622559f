"""ActivityLogScreen: the activity log with accent-insensitive search, filters, totals and the editor."""

from __future__ import annotations

import logging
from datetime import date
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.periods import Period
from app.gui.activity_model import ActivityTableModel, column_header
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_count, format_money
from app.gui.unit_filter import UnitFilter
from app.gui.widgets import FlowLayout, SearchField, compact_combo, fill_combo, heading
from app.services import logbook, read

log = logging.getLogger("app.gui")
SEARCH_DELAY_MS = 150
HIDDEN_COLUMNS_KEY = "activity_log/hidden_columns"
NARROW = {"date", "participants", "women", "materials", "cost"}  # short values: at most 12 (a date 14) characters


class RowNumberHeader(QHeaderView):
    """The row numbers beside the log: as wide as the largest number.

    Qt's own size hint measures the first and last 100 sections (nine roles each) at every filter change; the
    width of the largest number, measured once, is the same answer at a fraction of the cost. The width is
    that of at least ``MIN_DIGITS`` digits, so that it does not change (and make the whole screen lay out and
    paint again) when a search shows its first rows before their full count is known.
    """

    MIN_DIGITS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def sizeHint(self) -> QSize:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.text = "9" * max(len(str(self.count())), self.MIN_DIGITS)
        option.section = 0
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, self.fontMetrics().size(0, option.text), self
        )
        return QSize(size.width(), self.defaultSectionSize())


class ActivityLogScreen(QWidget):
    """The log: one row per activity, filtered and sorted in SQL, with totals of what is shown."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ws = ctx.workspace
        self.upper = read.is_upper(ws)  # an upper level reads the units under it: a unit filter and column
        self.model = ActivityTableModel(ws.db, ws.catalogs, self, unit_names=read.unit_names(ws) if self.upper else None)
        self.unit_filter: UnitFilter | None = UnitFilter(self) if self.upper else None
        self._default_scope = read.default_scope(ws)

        self.search = SearchField((self.tr("Search content, place, laws… (accents not needed)"), self.tr("Search content, place, laws…"), self.tr("Search")), self)
        self.search.setObjectName("activitySearch")
        self.search.setAccessibleName(self.tr("Search activities"))
        self.period = compact_combo(self, 9)
        self.form = compact_combo(self, 9)
        self.group = compact_combo(self, 9)
        self.reporter = compact_combo(self, 9)
        self.place = compact_combo(self, 9)
        for combo, name in (
            (self.period, self.tr("Period")),
            (self.form, self.tr("Form")),
            (self.group, self.tr("Target group")),
            (self.reporter, self.tr("Reporter")),
            (self.place, self.tr("Place")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)

        self.new_button = QPushButton(self.tr("&New activity"), self)
        self.edit_button = QPushButton(self.tr("&Open"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate as new"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.new_button.setToolTip(self.tr("New activity (Ctrl+N)"))
        self.delete_button.setToolTip(self.tr("Delete the selected activity (Delete)"))

        self.table = QTableView(self)
        self.table.setObjectName("activityTable")
        self.table.setVerticalHeader(RowNumberHeader(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # which columns to show
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        header.setToolTip(self.tr("Right-click to choose the columns shown"))
        self._fitted = False  # the columns are sized to the first rows read, once
        self._desired: dict[int, int] = {}  # column -> the width its header and first rows want
        self._floors: dict[int, int] = {}  # column -> the narrowest it gets when the content needs room
        for key in self.hidden_columns():
            header.setSectionHidden(self.column_keys().index(key), True)
        header.sectionResized.connect(self._on_section_resized)

        self.totals = QLabel(self)
        self.totals.setObjectName("activityTotals")
        self.totals.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("PBGDPL activities"), self))
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        if self.unit_filter is not None:  # beside the search box: the filters' row is full at 150 %
            top.addWidget(self.unit_filter, 1)
        filters = FlowLayout()  # a second line rather than a cut filter (150 %, a long place chosen)
        for combo in (self.period, self.form, self.group, self.reporter, self.place):
            filters.addWidget(combo)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.period, self.form, self.group, self.reporter, self.place):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        if self.unit_filter is not None:
            self.unit_filter.scopeChanged.connect(self._on_unit_changed)
        self.new_button.clicked.connect(self.new_activity)
        self.edit_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(self._on_table_activated)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.totalsChanged.connect(self._update_totals)

        self._add_action(self.tr("New activity"), QKeySequence.StandardKey.New, self.new_activity)
        self._add_action(self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search)
        delete = self._add_action(self.tr("Delete activity"), QKeySequence(Qt.Key.Key_Delete), self.delete_selected)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(delete)
        self.removeAction(delete)
        self._add_action(self.tr("Duplicate as new"), QKeySequence("Ctrl+D"), self.duplicate_selected)

        if self.unit_filter is not None:
            QWidget.setTabOrder(self.search, self.unit_filter)
            QWidget.setTabOrder(self.unit_filter, self.period)
        else:
            QWidget.setTabOrder(self.search, self.period)
        QWidget.setTabOrder(self.period, self.form)
        QWidget.setTabOrder(self.form, self.group)
        QWidget.setTabOrder(self.group, self.reporter)
        QWidget.setTabOrder(self.reporter, self.place)
        QWidget.setTabOrder(self.place, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.duplicate_button)
        QWidget.setTabOrder(self.duplicate_button, self.delete_button)

        self._fill_filters()
        self.apply_filter()

    def _add_action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- filters -----------------------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        ws = self.ctx.workspace
        today = ws.today()
        periods: list[tuple[str, object]] = [(self.tr("Last 12 months"), "last12")]
        for year in (today.year, today.year - 1, today.year - 2):
            periods.append((self.tr("Year {year}").format(year=year), Period(year, "Y", 1)))
            for h in (1, 2):
                periods.append((self.tr("Half-year {n}/{year}").format(n=h, year=year), Period(year, "H", h)))
            for q in (1, 2, 3, 4):
                periods.append((self.tr("Quarter {n}/{year}").format(n=q, year=year), Period(year, "Q", q)))
        fill_combo(self.period, periods, (self.tr("All periods"), None))
        fill_combo(self.form, [(e.short or e.name, e.code) for e in ws.catalogs.forms.entries], (self.tr("All forms"), None))
        fill_combo(
            self.group,
            [(e.short or e.name, e.code) for e in ws.catalogs.target_groups.entries],
            (self.tr("All target groups"), None),
        )
        if self.unit_filter is not None:
            self.unit_filter.blockSignals(True)
            self.unit_filter.set_units(read.units_present(ws))
            self.unit_filter.blockSignals(False)
            self.model.set_unit_names(read.unit_names(ws))
        scope = self.scope()
        reporters = read.reporters(ws, scope, include_deleted=True)
        self.model.set_reporter_names({r.id: r.full_name for r in reporters})
        fill_combo(
            self.reporter,
            [(r.full_name, r.id) for r in reporters if not r.meta.deleted],
            (self.tr("All reporters"), None),
        )
        fill_combo(self.place, [(p, p) for p in read.places(ws, scope)], (self.tr("All places"), None))

    def scope(self) -> read.Scope:
        """Whose activities are shown: the unit chosen in upper mode, else the default (a commune: its own)."""
        ws = self.ctx.workspace
        return self.unit_filter.scope(ws) if self.unit_filter is not None else self._default_scope

    def current_filter(self) -> read.ActivityFilter:
        """The filter built from the search box and the combos."""
        start = end = None
        period = self.period.currentData()
        if isinstance(period, Period):
            start, end = period.start, period.end
        elif period == "last12":
            today = self.ctx.workspace.today()
            start, end = _months_before(today, 12), today
        return read.log_filter(
            self.scope(),
            text=self.search.text(),
            start=start,
            end=end,
            form=self.form.currentData(),
            target_group=self.group.currentData(),
            reporter_id=self.reporter.currentData(),
            place=self.place.currentData(),
        )

    @Slot()
    def apply_filter(self) -> None:
        """Re-run the query now (the search box calls this after a short pause in typing)."""
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        self.apply_filter()

    @Slot()
    def _on_unit_changed(self) -> None:
        self._fill_filters()  # the reporters and places of the unit chosen
        self.apply_filter()

    @Slot()
    def _on_model_reset(self) -> None:
        if not self._fitted and self.model.rowCount():
            QTimer.singleShot(0, self._fit_columns)
        if not self.model.totals_pending:  # only the order changed: the totals stand
            QTimer.singleShot(0, self._update_totals)
        else:  # the totals follow (totalsChanged); meanwhile the buttons follow the rows shown
            self._enable_row_buttons()

    # -- columns ----------------------------------------------------------------------------------------------
    def column_keys(self) -> list[str]:
        return [key for key, *_rest in self.model.columns]

    def hidden_columns(self) -> list[str]:
        """The columns the user chose to hide (kept between runs; the content is always shown)."""
        from app.gui.i18n import user_settings

        saved = user_settings().value(HIDDEN_COLUMNS_KEY, [])
        saved = [saved] if isinstance(saved, str) else list(saved or [])
        return [key for key in saved if key in self.column_keys() and key != "title"]

    def set_column_shown(self, key: str, shown: bool) -> None:
        from app.gui.i18n import user_settings

        self.table.horizontalHeader().setSectionHidden(self.column_keys().index(key), not shown)
        hidden = [k for k in self.column_keys() if self.table.horizontalHeader().isSectionHidden(self.column_keys().index(k))]
        settings = user_settings()
        settings.setValue(HIDDEN_COLUMNS_KEY, hidden)
        settings.sync()
        if self._fitted:
            self._fit_content_column()

    @Slot(QPoint)
    def _on_header_menu_requested(self, pos: QPoint) -> None:
        self.columns_menu().popup(self.table.horizontalHeader().mapToGlobal(pos))

    def columns_menu(self) -> QMenu:
        """A menu of the columns, each ticked when shown (the content cannot be hidden)."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for i, key in enumerate(self.column_keys()):
            action = menu.addAction(column_header(key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(key != "title")
            action.toggled.connect(partial(self.set_column_shown, key))
        return menu

    def _fit_columns(self) -> None:
        """Size every column but the content to its header and the first rows' texts (within a limit), once."""
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        char = fm.averageCharWidth()
        rows = min(self.model.rowCount(), 60)
        pad = 12
        for i, key in enumerate(self.column_keys()):
            if key == "title":
                continue
            head = header.fontMetrics().horizontalAdvance(column_header(key)) + 2 * pad + (12 if self.model.columns[i][2] else 0)
            texts = [str(self.model.data(self.model.index(r, i)) or "") for r in range(rows)]
            widest = max([head] + [fm.horizontalAdvance(t) + pad for t in texts])
            self._desired[i] = max(head, min(widest, char * 14 if key in NARROW else char * 24))  # the header whole
            self._floors[i] = self._desired[i] if key in NARROW else max(head, min(widest, char * 10))
        self._fitted = True
        self._fit_content_column()

    def _fit_content_column(self) -> None:
        """The content takes what the other columns leave: when they want more, the
        columns of names and places give up room first (down to their header); then the log scrolls sideways.
        The content gets at least a third of the width."""
        header = self.table.horizontalHeader()
        title = self.column_keys().index("title")
        room = self.table.viewport().width()
        shown = [i for i in self._desired if not header.isSectionHidden(i)]
        title_min = max(room // 3, self.table.fontMetrics().averageCharWidth() * 30)
        widths = {i: self._desired[i] for i in shown}
        over = sum(widths.values()) + title_min - room
        flexible = [i for i in shown if widths[i] > self._floors[i]]
        if over > 0 and flexible:
            spare = sum(widths[i] - self._floors[i] for i in flexible)
            share = min(1.0, over / spare)
            for i in flexible:
                widths[i] -= int((widths[i] - self._floors[i]) * share + 0.5)
        self._resizing = True
        for i, width in widths.items():
            header.resizeSection(i, width)
        header.resizeSection(title, max(room - sum(widths.values()), title_min))
        self._resizing = False

    @Slot(int, int, int)
    def _on_section_resized(self, index: int, _old: int, new: int) -> None:
        if not getattr(self, "_resizing", False) and self._fitted and self.column_keys()[index] != "title":
            self._desired[index] = self._floors[index] = new  # the user's width is kept; the content takes the rest
            self._fit_content_column()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if self._fitted:
            self._fit_content_column()

    def _enable_row_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has_rows)

    @Slot()
    def _update_totals(self) -> None:
        t = self.model.totals  # computed once per filter change, after the first rows are shown
        if not t:
            return
        self.totals.setText(
            self.tr(
                "{count} activities shown · {participants} participants (women {women}, ethnic minority {em}) · "
                "{materials} materials · cost {cost}"
            ).format(
                count=format_count(t["count"]),
                participants=format_count(t["participants"]),
                women=format_count(t["women"]),
                em=format_count(t["ethnic_minority"]),
                materials=format_count(t["materials"]),
                cost=format_money(t["cost"]),
            )
        )
        self._enable_row_buttons()

    def refresh(self) -> None:
        """Reload filters and rows (after other screens or jobs changed the data)."""
        self._fill_filters()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- rows ------------------------------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            rows = self.table.selectionModel().selectedRows()
            index = rows[0] if rows else QModelIndex()
        return self.model.activity_id(index.row()) if index.isValid() else None

    def select_id(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_selected()

    def _editor(self, activity=None, duplicate_of=None):
        from app.gui.activity_editor import ActivityEditor

        editor = ActivityEditor(self.ctx, activity=activity, duplicate_of=duplicate_of, parent=self)
        editor.saved.connect(self._on_editor_saved)
        return editor

    @Slot()
    def new_activity(self):
        editor = self._editor()
        editor.open()
        return editor

    @Slot()
    def open_selected(self):
        aid = self.selected_id()
        if aid is None:
            return None
        activity = self._fetch(aid)
        if activity is None:
            return None
        editor = self._editor(activity=activity)
        editor.open()
        return editor

    @Slot()
    def duplicate_selected(self):
        aid = self.selected_id()
        activity = self._fetch(aid) if aid else None
        if activity is None:
            return None
        editor = self._editor(duplicate_of=activity)
        editor.open()
        return editor

    def _fetch(self, aid: str):
        return read.fetch_activity(self.ctx.workspace, aid)

    def _refuse_foreign(self, activity) -> bool:
        """Tell and return True when ``activity`` belongs to another unit (only its owner changes it)."""
        ws = self.ctx.workspace
        owner = activity.meta.owner_unit
        if not owner or owner == ws.unit_code:
            return False
        QMessageBox.information(
            self,
            self.tr("Delete activity"),
            self.tr("This activity belongs to {unit}; only that unit can change or delete it.").format(
                unit=read.unit_name(ws, owner)
            ),
        )
        return True

    @Slot()
    def delete_selected(self) -> None:
        aid = self.selected_id()
        activity = self._fetch(aid) if aid else None
        if activity is None or self._refuse_foreign(activity):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete activity"),
            self.tr("Delete the activity \u201c{title}\u201d? It will no longer be counted in reports.").format(
                title=activity.title or "; ".join(activity.topics)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.model.row_of(aid)
        try:
            logbook.delete_activity(self.ctx.workspace, aid)
        except Exception as exc:  # noqa: BLE001  shown at the error boundary
            show_error(self, exc)
            return
        self.apply_filter()
        self.model.wait_for_totals()  # the row to select may lie beyond the first rows read
        if self.model.rowCount():
            self.select_id(self.model.activity_id(min(row, self.model.rowCount() - 1)))

    @Slot(str)
    def _on_editor_saved(self, activity_id: str) -> None:
        self._fill_filters()
        self.apply_filter()
        self.select_id(activity_id)


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year
    while month <= 0:
        month += 12
        year -= 1
    return date(year, month, min(day.day, 28)) if day.day > 28 else date(year, month, day.day)
