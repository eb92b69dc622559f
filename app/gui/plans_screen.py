"""PlansScreen: the unit's PBGDPL plans, each plan's tasks with their status today and their activities; new
plans and tasks, import from Excel, the example plan 164/KH-UBND, the plan report (PDF, Excel). At an upper
level a second tab shows the annual plans of all units side by side with their completion shares."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import plans as core
from app.core.plans import Plan, PlanTask
from app.core.text import file_stem
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_count, format_date, from_qdate, parse_count, to_qdate
from app.gui.widgets import heading
from app.services import plans as plan_svc
from app.services.read import Scope, is_upper, unit_scope

OVERDUE_BRUSH = QColor(255, 220, 220)


def status_label(status: str) -> str:
    return {
        core.NOT_STARTED: QCoreApplication.translate("PlansScreen", "Not started"),
        core.IN_PROGRESS: QCoreApplication.translate("PlansScreen", "In progress"),
        core.DONE: QCoreApplication.translate("PlansScreen", "Done"),
        core.OVERDUE: QCoreApplication.translate("PlansScreen", "Overdue"),
        core.DROPPED: QCoreApplication.translate("PlansScreen", "Not carried out"),
    }[status]


def share_text(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _item(text: str, key: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)  # a long title or lead is cut in a narrow column: whole in the tooltip
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    table.setAccessibleName(name)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class PlansScreen(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: list[plan_svc.PlanView] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("PBGDPL plans"), self))
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        own = QWidget(self)
        self.tabs.addTab(own, self.tr("&Plans and tasks"))
        box = QVBoxLayout(own)
        bar = QHBoxLayout()
        self.new_plan_button = QPushButton(self.tr("&New plan…"), own)
        self.import_button = QPushButton(self.tr("&Import from Excel…"), own)
        self.example_button = QPushButton(self.tr("Use the &example plan…"), own)
        self.example_button.setToolTip(self.tr("Store Kế hoạch 164/KH-UBND of UBND tỉnh Thái Nguyên to take its tasks into your plan"))
        self.pdf_button = QPushButton(self.tr("Plan report (P&DF)…"), own)
        self.xlsx_button = QPushButton(self.tr("Plan report (E&xcel)…"), own)
        for b in (self.new_plan_button, self.import_button, self.example_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        box.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical, own)
        self.plans = _table(split, [self.tr("Number"), self.tr("Date"), self.tr("Period"), self.tr("Issuer"),
                                    self.tr("Tasks"), self.tr("Done"), self.tr("Overdue"), self.tr("Title")],
                            self.tr("Plans"))  # fmt: skip
        self.plans.horizontalHeader().setStretchLastSection(True)
        self.plans.setObjectName("plans")
        tasks_box = QWidget(split)
        tv = QVBoxLayout(tasks_box)
        tv.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(tasks_box)
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        tv.addWidget(self.summary)
        self.tasks = _table(tasks_box, [self.tr("Section"), self.tr("Task"), self.tr("Lead"), self.tr("Deadline"),
                                        self.tr("Status"), self.tr("Activities"), self.tr("Last activity")],
                            self.tr("Tasks of the plan"))  # fmt: skip
        self.tasks.setObjectName("tasks")
        header = self.tasks.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)  # a long lead unit wraps: the task keeps room
        header.resizeSection(2, self.fontMetrics().averageCharWidth() * 20)
        self._heights = QTimer(self)  # wrapped rows take their height again once the columns have their width
        self._heights.setSingleShot(True)
        self._heights.setInterval(0)
        self._heights.timeout.connect(self.tasks.resizeRowsToContents)
        header.sectionResized.connect(self._heights.start)
        tv.addWidget(self.tasks, 1)
        tbar = QHBoxLayout()
        self.add_task_button = QPushButton(self.tr("&Add task…"), tasks_box)
        self.edit_task_button = QPushButton(self.tr("&Edit task…"), tasks_box)
        self.take_button = QPushButton(self.tr("&Take tasks from another plan…"), tasks_box)
        for b in (self.add_task_button, self.edit_task_button, self.take_button):
            tbar.addWidget(b)
        tbar.addStretch(1)
        tv.addLayout(tbar)
        split.addWidget(self.plans)
        split.addWidget(tasks_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        box.addWidget(split, 1)

        self.board = None
        if is_upper(ctx.workspace):
            self._build_board()
        self._build_funding()

        self.plans.itemSelectionChanged.connect(self._on_plan_selected)
        self.tasks.itemDoubleClicked.connect(self._on_edit_task_clicked)
        self.new_plan_button.clicked.connect(self._on_new_plan_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.example_button.clicked.connect(self._on_example_clicked)
        self.pdf_button.clicked.connect(lambda: self._report("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._report("xlsx"))
        self.add_task_button.clicked.connect(self._on_add_task_clicked)
        self.edit_task_button.clicked.connect(self._on_edit_task_clicked)
        self.take_button.clicked.connect(self._on_take_clicked)
        self.refresh()

    # -- upper level: all units side by side ---------------------------------------------------------------
    def _build_board(self) -> None:
        page = QWidget(self)
        self.tabs.addTab(page, self.tr("All &units"))
        v = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.year = QSpinBox(page)
        self.year.setRange(2015, 2100)
        self.year.setValue(self.ctx.workspace.today().year)
        label = QLabel(self.tr("&Year:"), page)
        label.setBuddy(self.year)
        bar.addWidget(label)
        bar.addWidget(self.year)
        self.board_note = QLabel(page)
        self.board_note.setObjectName("boardNote")
        bar.addWidget(self.board_note, 1)
        v.addLayout(bar)
        self.board = _table(page, [self.tr("Unit"), self.tr("Annual plan"), self.tr("Issued on"), self.tr("On time"),
                                   self.tr("Tasks done"), self.tr("Share done"), self.tr("Overdue"),
                                   self.tr("Outside the plan (done)"), self.tr("Spent (VND)"),
                                   self.tr("Priority groups")], self.tr("Plans of all units"))  # fmt: skip
        self.board.setObjectName("board")
        self.board.setSortingEnabled(True)
        v.addWidget(self.board, 1)
        self.year.valueChanged.connect(self._refresh_board)

    @Slot()
    def _refresh_board(self) -> None:
        if self.board is None:
            return
        ws = self.ctx.workspace
        from app.services.funding import funding

        rows = plan_svc.plans_side_by_side(ws, Scope.under(ws), self.year.value())
        self.board.setSortingEnabled(False)
        self.board.setRowCount(len(rows))
        with_plan = 0
        for r, row in enumerate(rows):
            i = row.indicators
            with_plan += i.plan_id is not None
            on_time = {True: self.tr("Yes"), False: self.tr("Late"), None: self.tr("Not known")}[i.on_time] if i.plan_id else ""
            cells = [row.unit_name or row.unit, i.plan_number or self.tr("(no plan)"), format_date(i.plan_date), on_time,
                     f"{i.done}/{i.tasks}" if i.plan_id else "", share_text(i.done_share), str(i.overdue) if i.plan_id else "",
                     f"{i.outside_done}/{i.outside}" if i.outside else ""]  # fmt: skip
            money = funding(ws, unit_scope(ws, row.unit), self.year.value())
            cells += [format_count(money.spent) if money.spent else "", share_text(money.priority_share)]
            for c, text in enumerate(cells):
                item = _item(text, row.unit)
                if i.plan_id is None or i.overdue:
                    item.setBackground(QBrush(OVERDUE_BRUSH))
                self.board.setItem(r, c, item)
        self.board.setSortingEnabled(True)
        self.board_note.setText(self.tr("{n} of {total} units have an annual plan for {year}").format(
            n=with_plan, total=len(rows), year=self.year.value()))

    # -- funding ----------------------------------------------------------------------------------------------
    def _build_funding(self) -> None:
        page = QWidget(self)
        self.tabs.addTab(page, self.tr("&Funding"))
        v = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.funding_year = QSpinBox(page)
        self.funding_year.setRange(2015, 2100)
        self.funding_year.setValue(self.ctx.workspace.today().year)
        label = QLabel(self.tr("Y&ear:"), page)
        label.setBuddy(self.funding_year)
        bar.addWidget(label)
        bar.addWidget(self.funding_year)
        bar.addStretch(1)
        self.funding_pdf = QPushButton(self.tr("Funding report (PDF)…"), page)
        self.funding_xlsx = QPushButton(self.tr("Funding report (Excel)…"), page)
        bar.addWidget(self.funding_pdf)
        bar.addWidget(self.funding_xlsx)
        v.addLayout(bar)
        self.funding_facts = QLabel(page)
        self.funding_facts.setObjectName("fundingFacts")
        self.funding_facts.setWordWrap(True)
        self.funding_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.funding_facts)
        row = QHBoxLayout()
        self.by_form = _table(page, [self.tr("Form"), self.tr("Spent (VND)"), self.tr("Share")], self.tr("Spending by form"))
        self.by_group = _table(page, [self.tr("Target group"), self.tr("Spent (VND)"), self.tr("Share")], self.tr("Spending by target group"))
        for t in (self.by_form, self.by_group):
            t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            row.addWidget(t, 1)
        v.addLayout(row, 1)
        note = QLabel(self.tr("The budget is that of the annual plan. An activity's cost is shared equally among its forms and "
                              "among its target groups; ★ marks the priority groups of the Law on PBGDPL, Articles 17–22."), page)  # fmt: skip
        note.setWordWrap(True)
        v.addWidget(note)
        self.funding_year.valueChanged.connect(self._refresh_funding)
        self.funding_pdf.clicked.connect(lambda: self._funding_report("pdf"))
        self.funding_xlsx.clicked.connect(lambda: self._funding_report("xlsx"))

    @Slot()
    def _refresh_funding(self) -> None:
        from app.services.funding import build_funding_report

        ws = self.ctx.workspace
        try:
            data = build_funding_report(ws, Scope.under(ws), self.funding_year.value())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        used = share_text(data.spent / data.budget if data.budget else None)
        self.funding_facts.setText(self.tr(
            "Budget {budget} VND; spent {spent} VND ({used}) on {paid} of {n} activities; priority groups: {priority} VND "
            "({share} of the spending)").format(
                budget=format_count(data.budget) if data.budget else self.tr("not recorded"), spent=format_count(data.spent),
                used=used, paid=data.paid_activities, n=data.activities, priority=format_count(data.priority_cost),
                share=share_text(data.priority_cost / data.spent if data.spent else None)))  # fmt: skip
        for table, lines in ((self.by_form, data.by_form), (self.by_group, data.by_group)):
            table.setRowCount(len(lines))
            for r, line in enumerate(lines):
                cells = [line.label + (" ★" if line.priority else ""), format_count(line.amount), share_text(line.share)]
                for c, text in enumerate(cells):
                    item = _item(text)
                    if c:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)

    def _funding_report(self, fmt: str) -> None:
        from app.services.funding import render_funding_report
        from app.services.printing import write_atomically

        year = self.funding_year.value()
        suggested = str(self.ctx.paths.exports / f"bao-cao-kinh-phi-{year}.{fmt}")
        pattern = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Excel files (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the funding report"), suggested, pattern)
        if not path:
            return
        ws = self.ctx.workspace
        try:
            write_atomically(Path(path), render_funding_report(ws, Scope.under(ws), year, fmt))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    # -- data -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.ctx.workspace
        keep = self.current_plan_id()
        try:
            plans = plan_svc.list_plans(ws, Scope.own(ws))
            self.views = [plan_svc.plan_view(ws, p.id) for p in plans]
        except Exception as exc:  # noqa: BLE001  shown to the person, the screen stays usable
            show_error(self, exc)
            return
        self.plans.blockSignals(True)
        self.plans.setRowCount(len(self.views))
        for r, v in enumerate(self.views):
            p = v.plan
            cells = [p.number, format_date(p.date), p.period_text(), p.issuer, str(v.in_plan),
                     share_text(v.done_share), str(v.count(core.OVERDUE, None)), p.title]  # fmt: skip
            for c, text in enumerate(cells):
                self.plans.setItem(r, c, _item(text, p.id))
        self.plans.blockSignals(False)
        row = next((i for i, v in enumerate(self.views) if v.plan.id == keep), 0)
        if self.views:
            self.plans.selectRow(row)
        self._on_plan_selected()
        self._refresh_board()
        self._refresh_funding()

    def current_plan_id(self) -> str | None:
        items = self.plans.selectedItems() if hasattr(self, "plans") else []
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def current_view(self) -> plan_svc.PlanView | None:
        pid = self.current_plan_id()
        return next((v for v in self.views if v.plan.id == pid), None)

    def current_task(self) -> PlanTask | None:
        view = self.current_view()
        items = self.tasks.selectedItems()
        if view is None or not items:
            return None
        tid = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r.task for r in view.rows if r.task.id == tid), None)

    @Slot()
    def _on_plan_selected(self) -> None:
        view = self.current_view()
        rows = view.rows if view else []
        self.tasks.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            t = row.task
            content = t.content.splitlines()[0] if t.content else ""
            if t.outside_plan:
                content = self.tr("{content} (outside the plan)").format(content=content)
            status = status_label(row.status)
            cells = [t.section, content, t.lead, t.deadline or "–", status.upper() if row.overdue else status,
                     str(row.activities), format_date(row.last_activity)]  # fmt: skip
            for c, text in enumerate(cells):
                item = _item(text, t.id)
                if c == 1:
                    item.setToolTip(t.content + (f"\n\n{t.progress_note}" if t.progress_note else ""))
                if row.overdue:
                    item.setBackground(QBrush(OVERDUE_BRUSH))
                    item.setFont(bold)
                self.tasks.setItem(r, c, item)
        self.tasks.resizeRowsToContents()
        if view is None:
            self.summary.setText(self.tr("No plan yet: add one, import it from Excel or start from the example plan."))
        else:
            self.summary.setText(self.tr("{number}: {done} of {tasks} tasks done ({share}), {overdue} overdue, {outside} outside the plan").format(
                number=view.plan.number, done=view.count(core.DONE), tasks=view.in_plan, share=share_text(view.done_share),
                overdue=view.count(core.OVERDUE, None), outside=len(view.rows) - view.in_plan))  # fmt: skip
        own = view is not None and view.plan.meta.owner_unit == self.ctx.workspace.unit_code
        for b in (self.add_task_button, self.edit_task_button, self.take_button):
            b.setEnabled(own)
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(view is not None)

    # -- actions ----------------------------------------------------------------------------------------------
    @Slot()
    def _on_new_plan_clicked(self) -> None:
        dialog = PlanDialog(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a plan"), str(Path.home()), self.tr("Excel files (*.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        from app.services.plan_files import import_plan_xlsx

        try:
            plan, tasks = import_plan_xlsx(self.ctx.workspace, path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self.refresh()
        self.summary.setText(self.tr("Imported plan {number} with {n} tasks").format(number=plan.number, n=len(tasks)))
        return True

    @Slot()
    def _on_example_clicked(self) -> None:
        from app.services.plan_files import example_plans, import_example

        examples = example_plans()
        if not examples:
            return
        ex = examples[0]
        answer = QMessageBox.question(self, self.tr("Example plan"), self.tr(
            "Store {number} of {issuer} ({n} tasks) among your plans? Its tasks can then be taken into your own plan, "
            "or your activities can be linked to them.").format(number=ex.plan.number, issuer=ex.plan.issuer, n=len(ex.tasks)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            import_example(self.ctx.workspace, ex.key)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh()

    @Slot()
    def _on_add_task_clicked(self) -> None:
        view = self.current_view()
        if view is None:
            return
        position = max((r.task.position for r in view.rows), default=0) + 1
        dialog = TaskDialog(self.ctx, PlanTask(plan_id=view.plan.id, position=position), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    @Slot()
    def _on_edit_task_clicked(self, *_args) -> None:
        task = self.current_task()
        if task is None or task.meta.owner_unit != self.ctx.workspace.unit_code:
            return
        dialog = TaskDialog(self.ctx, task, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    @Slot()
    def _on_take_clicked(self) -> None:
        view = self.current_view()
        if view is None:
            return
        dialog = TakeTasksDialog(self.ctx, view.plan, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _report(self, fmt: str) -> None:
        from app.services.plan_reports import render_plan_report
        from app.services.printing import write_atomically

        view = self.current_view()
        if view is None:
            return
        suggested = str(self.ctx.paths.exports / f"bao-cao-ke-hoach-{file_stem(view.plan.number) or view.plan.year_from}.{fmt}")
        pattern = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Excel files (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the plan report"), suggested, pattern)
        if not path:
            return
        try:
            write_atomically(Path(path), render_plan_report(self.ctx.workspace, view.plan.id, fmt))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)


class PlanDialog(QDialog):
    """A new plan (or one to change): number, date, issuer, title, kind, period, issue deadline, budget."""

    def __init__(self, ctx: GuiContext, plan: Plan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.workspace.today()
        self.plan = plan or Plan(year_from=today.year, year_to=today.year, date=today)
        self.setWindowTitle(self.tr("Plan"))
        form = QFormLayout(self)
        self.number = QLineEdit(self.plan.number, self)
        self.number.setPlaceholderText("05/KH-UBND")
        self.date = _date_edit(self, self.plan.date or today)
        self.issuer = QLineEdit(self.plan.issuer or ctx.workspace.settings.get("unit_name", ""), self)
        self.title = QLineEdit(self.plan.title, self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Annual PBGDPL plan"), "annual")
        self.kind.addItem(self.tr("Thematic plan"), "thematic")
        self.kind.setCurrentIndex(max(self.kind.findData(self.plan.kind), 0))
        self.year_from = QSpinBox(self)
        self.year_from.setRange(2000, 2100)
        self.year_from.setValue(self.plan.year_from or today.year)
        self.year_to = QSpinBox(self)
        self.year_to.setRange(0, 2100)
        self.year_to.setSpecialValueText(self.tr("open-ended"))
        self.year_to.setValue(self.plan.year_to)
        self.has_deadline = QCheckBox(self.tr("had to be issued by"), self)
        self.deadline = _date_edit(self, self.plan.issue_deadline or today)
        self.has_deadline.setChecked(self.plan.issue_deadline is not None)
        self.budget = QLineEdit(format_count(self.plan.budget) if self.plan.budget else "", self)
        self.budget.setPlaceholderText("0")
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Issuer:"), self.issuer)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("From &year:"), self.year_from)
        form.addRow(self.tr("&To year:"), self.year_to)
        row = QHBoxLayout()
        row.addWidget(self.has_deadline)
        row.addWidget(self.deadline)
        form.addRow(self.tr("Issue deadline:"), row)
        form.addRow(self.tr("&Budget (VND):"), self.budget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def build(self) -> Plan:
        p = self.plan
        p.number, p.date, p.issuer, p.title = self.number.text().strip(), from_qdate(self.date.date()), self.issuer.text(), self.title.text()
        p.kind, p.year_from, p.year_to = self.kind.currentData(), self.year_from.value(), self.year_to.value()
        p.issue_deadline = from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None
        p.budget = parse_count(self.budget.text()) or 0 if self.budget.text().strip() else 0
        return p

    def accept(self) -> None:  # noqa: D102
        try:
            plan_svc.save_plan(self.ctx.workspace, self.build(), source="gui")
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        super().accept()


class TaskDialog(QDialog):
    """One task: section, content, lead and cooperating units, deadline, state, outside the plan, budget, note."""

    def __init__(self, ctx: GuiContext, task: PlanTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = task
        self.setWindowTitle(self.tr("Task of the plan"))
        self.resize(720, 520)
        form = QFormLayout(self)
        self.section = QLineEdit(task.section, self)
        self.content = QPlainTextEdit(task.content, self)
        self.content.setTabChangesFocus(True)
        self.lead = QLineEdit(task.lead, self)
        self.cooperating = QLineEdit("; ".join(task.cooperating), self)
        self.cooperating.setPlaceholderText(self.tr("Units, separated by ;"))
        self.deadline = QLineEdit(task.deadline, self)
        self.deadline.setPlaceholderText(self.tr("30/06/2026, Quý II năm 2026, Năm 2026, Hằng năm…"))
        self.deadline_hint = QLabel(self)
        self.deadline_hint.setObjectName("deadlineHint")
        self.state = QComboBox(self)
        self.state.addItem(self.tr("Open (status from activities and deadline)"), "open")
        self.state.addItem(self.tr("Done"), "done")
        self.state.addItem(self.tr("Not carried out"), "dropped")
        self.state.setCurrentIndex(max(self.state.findData(task.state), 0))
        self.done_date = _date_edit(self, task.done_date or ctx.workspace.today())
        self.outside = QCheckBox(self.tr("Added outside the plan"), self)
        self.outside.setChecked(task.outside_plan)
        self.budget = QLineEdit(format_count(task.budget) if task.budget else "", self)
        self.note = QLineEdit(task.progress_note, self)
        form.addRow(self.tr("&Section:"), self.section)
        form.addRow(self.tr("&Content:"), self.content)
        form.addRow(self.tr("&Lead:"), self.lead)
        form.addRow(self.tr("C&ooperating:"), self.cooperating)
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow("", self.deadline_hint)
        form.addRow(self.tr("S&tate:"), self.state)
        form.addRow(self.tr("Done o&n:"), self.done_date)
        form.addRow("", self.outside)
        form.addRow(self.tr("&Budget (VND):"), self.budget)
        form.addRow(self.tr("&Progress note:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.deadline.textChanged.connect(self._on_deadline_text_changed)
        self.state.currentIndexChanged.connect(lambda _i: self.done_date.setEnabled(self.state.currentData() == "done"))
        self.done_date.setEnabled(task.state == "done")
        self._on_deadline_text_changed(self.deadline.text())

    @Slot(str)
    def _on_deadline_text_changed(self, text: str) -> None:
        try:
            canonical = core.deadline_text(text)
        except core.DeadlineError:
            self.deadline_hint.setText(self.tr("Not a deadline: write a date, a quarter (Quý I năm 2026), a year, Hằng năm or Thường xuyên"))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.deadline_hint.setText(self.tr("Read as: {deadline}").format(deadline=canonical or self.tr("no deadline")))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def build(self) -> PlanTask:
        t = self.task
        t.section, t.content, t.lead = self.section.text().strip(), self.content.toPlainText().strip(), self.lead.text()
        t.cooperating = [c.strip() for c in self.cooperating.text().split(";") if c.strip()]
        t.deadline = self.deadline.text()
        t.state = self.state.currentData()
        t.done_date = from_qdate(self.done_date.date()) if t.state == "done" else None
        t.outside_plan = self.outside.isChecked()
        t.budget = (parse_count(self.budget.text()) or 0) if self.budget.text().strip() else 0
        t.progress_note = self.note.text()
        return t

    def accept(self) -> None:  # noqa: D102
        try:
            plan_svc.save_task(self.ctx.workspace, self.build(), source="gui")
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        super().accept()


class TakeTasksDialog(QDialog):
    """Tick tasks of another plan (a stored one or the example plan) to copy them into ``into``."""

    def __init__(self, ctx: GuiContext, into: Plan, parent: QWidget | None = None) -> None:
        from app.services.plan_files import example_plans

        super().__init__(parent)
        self.ctx = ctx
        self.into = into
        self.setWindowTitle(self.tr("Take tasks into {number}").format(number=into.number))
        self.resize(900, 560)
        v = QVBoxLayout(self)
        self.source = QComboBox(self)
        ws = ctx.workspace
        self.sources: list[tuple[Plan, list[PlanTask]]] = []
        for ex in example_plans():
            self.sources.append((ex.plan, list(ex.tasks)))
        for p in plan_svc.list_plans(ws, Scope.own(ws)):
            if p.id != into.id:
                self.sources.append((p, [r.task for r in plan_svc.plan_view(ws, p.id).rows]))
        for p, tasks in self.sources:
            self.source.addItem(f"{p.number} – {p.issuer} ({len(tasks)})")
        label = QLabel(self.tr("&From plan:"), self)
        label.setBuddy(self.source)
        v.addWidget(label)
        v.addWidget(self.source)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        v.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.source.currentIndexChanged.connect(self._fill)
        self._fill(0)

    @Slot(int)
    def _fill(self, index: int) -> None:
        self.list.clear()
        if not 0 <= index < len(self.sources):
            return
        for t in self.sources[index][1]:
            first = t.content.splitlines()[0] if t.content else ""
            item = QListWidgetItem(f"{t.section}  [{t.deadline or '–'}]  {first}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(t.content)
            self.list.addItem(item)

    def chosen(self) -> list[PlanTask]:
        tasks = self.sources[self.source.currentIndex()][1] if self.sources else []
        return [t for i, t in enumerate(tasks) if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:  # noqa: D102
        picked = self.chosen()
        if picked:
            try:
                plan_svc.take_tasks(self.ctx.workspace, self.sources[self.source.currentIndex()][0], picked, self.into.id)
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)
                return
        super().accept()


def _date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setDate(to_qdate(value))
    return edit
