"""AssessmentScreen: chuẩn tiếp cận pháp luật of one year, indicators grouped by criterion, the result live.

A commune answers its own indicators; each answer is stored as it is typed (a value differing from what the log
gives asks for a reason) and the result, the failing criteria and what is still missing update at once. An upper
level sees every commune side by side (recognised / not recognised), and picking one shows its own scoring of that
commune with the commune's self-scoring beside each indicator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.assessment import Part, Reason
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_date
from app.gui.widgets import HintedLine, compact_combo, heading
from app.services import assessments
from app.services.read import default_scope, is_upper

FIRST_YEAR = 2022
COLUMNS = ("code", "content", "input", "result", "log")


def status_label(status: str) -> str:
    return {
        "recognised": QCoreApplication.translate("AssessmentScreen", "Recognised"),
        "not_recognised": QCoreApplication.translate("AssessmentScreen", "Not recognised"),
        "incomplete": QCoreApplication.translate("AssessmentScreen", "Not enough information yet"),
        "": QCoreApplication.translate("AssessmentScreen", "Not sent"),
    }.get(status, status)


def reason_text(reason: Reason, view: assessments.AssessmentView) -> str:
    """A failing or missing reason in the officer's words (the core's messages are English, for logs)."""
    r = view.result
    about = reason.about
    if reason.code == "total-below-min":
        return QCoreApplication.translate("AssessmentScreen", "Total {total} points is below the {min} required").format(total=r.to_dict()["total"], min=view.cset.total_min)
    if reason.code == "total-open":
        return QCoreApplication.translate("AssessmentScreen", "Total so far {total} points; {min} required").format(total=r.to_dict()["total"], min=view.cset.total_min)
    if reason.code == "criterion-below-share":
        c = r.criterion(about).to_dict()
        return QCoreApplication.translate("AssessmentScreen", "{code}: {points} of {max} points, below {share}% of its maximum").format(
            code=about, points=c["points"], max=c["max_points"], share=view.cset.criterion_min_share
        )
    if reason.code == "condition-failed":
        return QCoreApplication.translate("AssessmentScreen", "{code}: the condition does not hold").format(code=about)
    if reason.code == "not-met":
        rate = next((v for i in r.indicators for k, v in i.rates.items() if k == about), None)
        if rate is not None:
            return QCoreApplication.translate("AssessmentScreen", "{code}: {rate}% reached, not met").format(code=about, rate=f"{rate:.4g}".replace(".", ","))
        return QCoreApplication.translate("AssessmentScreen", "{code}: not met").format(code=about)
    if reason.code == "points-unknown":
        return QCoreApplication.translate("AssessmentScreen", "{code}: the points are not known in this criteria version (the province can send them)").format(code=about)
    return QCoreApplication.translate("AssessmentScreen", "{code}: not answered yet").format(code=about)


def value_text(value: dict | None) -> str:
    """An answer as typed in its box."""
    if not value:
        return ""
    if value.get("not_due"):
        return "not_due"
    if "num" in value:
        return f"{value['num']}/{value['den']}"
    if "selected" in value:
        return ", ".join(value["selected"])
    if "points" in value:
        return str(value["points"]).replace(".", ",")
    return ""


class AssessmentScreen(QWidget):
    """One year's assessment (commune), or the communes side by side and one commune's scoring (upper level)."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.upper = is_upper(ctx.workspace)
        self.view: assessments.AssessmentView | None = None
        self._editors: dict[str, QWidget] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Legal access standard (chuẩn tiếp cận pháp luật)"), self))

        bar = QHBoxLayout()
        self.year = compact_combo(self, 8)
        self.year.setAccessibleName(self.tr("Evaluation year"))
        today = ctx.workspace.today()
        for y in range(today.year, FIRST_YEAR - 1, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(1 if today.month < 7 and self.year.count() > 1 else 0)  # early in a year: last year's
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        self.unit = compact_combo(self, 30)
        self.unit.setAccessibleName(self.tr("Unit"))
        if self.upper:
            unit_label = QLabel(self.tr("&Unit:"), self)
            unit_label.setBuddy(self.unit)
            bar.addWidget(unit_label)
            bar.addWidget(self.unit)
        else:
            self.unit.hide()
        bar.addStretch(1)
        layout.addLayout(bar)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("assessmentResult")
        self.result_label.setWordWrap(True)
        font = self.result_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.result_label.setFont(font)
        layout.addWidget(self.result_label)
        self.set_label = QLabel(self)
        self.set_label.setWordWrap(True)
        layout.addWidget(self.set_label)

        actions = QHBoxLayout()
        self.evidence_button = QPushButton(self.tr("Attach &evidence…"), self)
        self.evidence_button.setToolTip(self.tr("Keep a file (minutes, decision, signed PDF) as evidence of the chosen indicator"))
        self.rescore_button = QPushButton(self.tr("&Re-score under the newer version…"), self)
        self.catalog_button = QPushButton(self.tr("Import a criteria &update…"), self)
        self.catalog_button.setToolTip(self.tr("A signed criteria file from the upper level (points filled in or corrected)"))
        self.source_button = QPushButton(self.tr("Source of the &figure…"), self)
        self.source_button.setToolTip(self.tr("Where a figure the log does not hold comes from (e.g. the mediation book), kept with the answer"))
        self.calendar_button = QPushButton(self.tr("Assessment ca&lendar…"), self)
        self.calendar_button.setToolTip(self.tr("Type the date of a step the criteria set leaves without one (from the upper level's letter)"))
        self.print_button = QPushButton(self.tr("Pr&int a form…"), self)
        self.print_button.setToolTip(self.tr("Mẫu 01, 02 (commune); 07 (the upper level's scoring of a commune); 09, 10 (all communes) as PDF"))
        for button in (self.evidence_button, self.source_button, self.rescore_button, self.calendar_button, self.print_button, self.catalog_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        split = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(split)
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Criterion / indicator"), self.tr("Answer"), self.tr("Result"), self.tr("From the log / commune")])
        self.tree.setAccessibleName(self.tr("Criteria and indicators"))
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, self.fontMetrics().averageCharWidth() * 18)
        header.resizeSection(4, self.fontMetrics().averageCharWidth() * 34)

        self.board = QTableWidget(0, 6, split)
        self.board.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Self-assessment"), self.tr("Total"), self.tr("Upper level's scoring"), self.tr("Total"), self.tr("Recognised")])
        self.board.setAccessibleName(self.tr("Communes side by side"))
        self.board.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.board.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.board.verticalHeader().setVisible(False)
        self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.board.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.board.setTabKeyNavigation(False)

        self.why = QPlainTextEdit(split)
        self.why.setReadOnly(True)
        self.why.setAccessibleName(self.tr("Why, and what is missing"))
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 1)
        layout.addWidget(split, 1)

        self.year.currentIndexChanged.connect(self._on_year_changed)
        self.unit.currentIndexChanged.connect(self._on_unit_changed)
        self.board.cellActivated.connect(self._on_board_cell_activated)
        self.evidence_button.clicked.connect(self._on_evidence_clicked)
        self.rescore_button.clicked.connect(self._on_rescore_clicked)
        self.catalog_button.clicked.connect(self._on_catalog_clicked)
        self.calendar_button.clicked.connect(self._on_calendar_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.source_button.clicked.connect(self._on_source_clicked)
        self.refresh()

    # -- data ------------------------------------------------------------------------------------------------
    def current_year(self) -> int:
        return int(self.year.currentData())

    def current_unit(self) -> str | None:
        return self.unit.currentData() if self.upper else None

    def refresh(self) -> None:
        if self.upper:
            self._fill_units()
            if self.current_unit() is None:
                self._show_board()
                return
        self.board.hide()
        self.tree.show()
        self.evidence_button.show()
        self.source_button.show()
        try:
            self.view = assessments.view(self.ctx.workspace, self.current_year(), self.current_unit())
        except Exception as exc:  # noqa: BLE001  shown to the person, the screen stays usable
            self.view = None
            self.tree.clear()
            self.result_label.setText("")
            self.why.setPlainText("")
            show_error(self, exc)
            return
        self._fill_tree()
        self._show_result()

    def _fill_units(self) -> None:
        current = self.unit.currentData()
        rows = assessments.overview(self.ctx.workspace, self.current_year(), default_scope(self.ctx.workspace))
        self._rows = rows
        self._loading = True
        self.unit.clear()
        self.unit.addItem(self.tr("All communes"), None)
        for row in rows:
            self.unit.addItem(f"{row.unit_name} ({row.unit_code})", row.unit_code)
        self.unit.setCurrentIndex(max(self.unit.findData(current), 0) if current else 0)
        self._loading = False

    def _show_board(self) -> None:
        self.tree.hide()
        self.board.show()
        self.evidence_button.hide()
        self.source_button.hide()
        self.rescore_button.hide()
        rows = self._rows
        self.board.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = (
                f"{row.unit_name} ({row.unit_code})", status_label(row.self_status), row.self_total,
                status_label(row.upper_status) if row.upper_status else self.tr("Not scored"), row.upper_total,
                self.tr("Yes") if row.recognised else (self.tr("No") if row.status else "—"),
            )  # fmt: skip
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.unit_code)
                self.board.setItem(i, j, item)
        n = assessments.counts(rows)
        if not rows:
            self.result_label.setText(self.tr("{year}: no commune is expected and none has an assessment (see the list of expected units)").format(year=self.current_year()))
        else:
            self.result_label.setText(
                self.tr("{year}: {units} communes — {sent} sent a self-assessment, {not_sent} not sent; {yes} recognised, {no} not recognised, {open} not yet complete").format(
                    year=self.current_year(), units=n["units"], sent=n["sent"], not_sent=n["not_sent"], yes=n["recognised"],
                    no=n["not_recognised"], open=n["incomplete"],
                )
            )  # fmt: skip
        self.set_label.setText(self.tr("Press Enter on a commune to see its scoring and to score it."))
        yes = [r for r in rows if r.recognised]
        no = [r for r in rows if r.status and not r.recognised]
        lines = [self.tr("Recognised:")] + [f"  {r.unit_name} ({r.unit_code})" for r in yes]
        lines += [self.tr("Not recognised / not complete:")] + [f"  {r.unit_name} ({r.unit_code}): {status_label(r.status)}" for r in no]
        lines += [self.tr("Not sent:")] + [f"  {r.unit_name} ({r.unit_code})" for r in rows if not r.sent]
        figures = assessments.across(rows)
        if figures:
            lines += [self.tr("By indicator (the communes' self-assessments):")] + [f"  {code}: {text}" for code, text in figures]
        self.why.setPlainText("\n".join(lines))

    def _fill_tree(self) -> None:
        v = self.view
        assert v is not None
        self._loading = True
        self.tree.clear()
        self._editors = {}
        effective = v.effective()
        for crit in v.cset.criteria:
            top = QTreeWidgetItem(self.tree, [crit.code, crit.name, "", "", ""])
            top.setData(0, Qt.ItemDataRole.UserRole, crit.code)
            top.setToolTip(1, crit.name)  # whole where a narrow window cuts the criterion's row
            f = top.font(1)
            f.setBold(True)
            for c in range(len(COLUMNS)):
                top.setFont(c, f)
            for ind in crit.indicators:
                node = QTreeWidgetItem(top, [ind.code, ind.name, "", "", ""])
                node.setData(0, Qt.ItemDataRole.UserRole, ind.code)
                node.setToolTip(1, self.tr("Source: {source} · certainty: {certainty}").format(source=ind.source, certainty=ind.certainty))
                parts = [p for p in ind.parts if p.code != ind.code] if len(ind.parts) > 1 else []
                if not parts:
                    self._editor(node, ind.code, ind.parts[0], effective.get(ind.code))
                    if v.cset.regime == "points" and ind.parts[0].input == "ratio":
                        node.setToolTip(2, self.tr("done/due, e.g. 12/15; or the points"))
                for part in parts:
                    leaf = QTreeWidgetItem(node, [part.code, part.name, "", "", ""])
                    leaf.setData(0, Qt.ItemDataRole.UserRole, part.code)
                    self._editor(leaf, part.code, part, effective.get(part.code))
            top.setExpanded(True)
            for i in range(top.childCount()):
                top.child(i).setExpanded(True)
        if v.cset.conditions:
            top = QTreeWidgetItem(self.tree, ["", self.tr("Conditions"), "", "", ""])
            for cond in v.cset.conditions:
                node = QTreeWidgetItem(top, [cond.code, cond.question, "", "", ""])
                node.setData(0, Qt.ItemDataRole.UserRole, cond.code)
                self._editor(node, cond.code, Part(cond.code, cond.question, "yes_no"), effective.get(cond.code))
            top.setExpanded(True)
        self._loading = False

    def _editor(self, item: QTreeWidgetItem, code: str, part: Part, value: dict | None) -> None:
        v = self.view
        assert v is not None
        if part.input == "yes_no":
            box = QComboBox(self.tree)
            box.addItem("—", None)
            box.addItem(self.tr("Yes"), "yes")
            box.addItem(self.tr("No"), "no")
            if value and "yes" in value:
                box.setCurrentIndex(1 if value["yes"] else 2)
            box.currentIndexChanged.connect(lambda _i, c=code, b=box: self._answer(c, b.currentData()))
            editor: QWidget = box
        else:
            hints = {
                "ratio": (self.tr("done/due, e.g. 12/15"), "12/15"),
                "points": (self.tr("points, e.g. 2,5"), "2,5"),
                "checklist": (self.tr("codes, comma-separated"), "a, b"),
            }
            line = HintedLine(hints.get(part.input, ()), self.tree)  # a narrow column gets the short example
            line.setText(value_text(value))
            if part.input == "checklist":
                line.setToolTip("\n".join(f"{o.code}: {o.name}" for o in part.options))
            line.editingFinished.connect(lambda c=code, w=line: self._answer(c, w.text().strip()))
            editor = line
        editor.setAccessibleName(self.tr("Answer {code}").format(code=code))
        self.tree.setItemWidget(item, 2, editor)
        self._editors[code] = editor
        self._show_notes(item, code)

    def _notes(self, code: str) -> list[str]:
        """What the last column says of an input: where the value comes from (the log, or typed by whom and when),
        the reason of an override, the evidence and its signatures, and the commune's own answer."""
        v = self.view
        assert v is not None
        notes = []
        d = v.derived.get(code)
        a = v.answers.get(code)
        if a is not None and a.source == "entered":
            notes.append(self.tr("Typed by {who} on {when}").format(who=a.entered_by or "—", when=format_date(a.entered_at)))
        if d is not None:
            notes.append(self.tr("The log gives: {text}").format(text=d.text) if a is not None and a.source == "entered" else d.text)
        if a is not None and a.reason:
            notes.append((self.tr("Reason: {reason}") if d is not None else self.tr("Source: {reason}")).format(reason=a.reason))
        if a is not None and a.evidence:
            notes.append(self.tr("{n} evidence file(s)").format(n=len(a.evidence)))
            for e in a.evidence:
                signatures = e.get("signatures", [])
                if not signatures:
                    notes.append(e["filename"])
                for sig in signatures:
                    state = self.tr("intact") if sig["intact"] else self.tr("CHANGED after signing")
                    notes.append(self.tr("{file}: signed by {signer} on {when}, {state}").format(
                        file=e["filename"], signer=sig["signer"], when=format_date(sig["signing_time"][:10]), state=state))
        if v.other is not None:
            notes.append(self.tr("Commune: {value}").format(value=value_text(v.other.effective().get(code)) or "—"))
        return notes

    def _show_notes(self, item: QTreeWidgetItem, code: str) -> None:
        notes = self._notes(code)
        item.setText(4, " · ".join(notes))
        item.setToolTip(4, "\n".join(notes))

    @Slot()
    def _answer(self, code: str, text: str | None) -> None:
        """Store one answer as typed and show the new result; an override of the log asks for its reason."""
        if self._loading or self.view is None or not text:
            return
        old = value_text(self.view.effective().get(code))
        if text == old or (text in ("yes", "no") and self.view.effective().get(code, {}).get("yes") == (text == "yes")):
            return
        reason = ""
        for _attempt in range(2):
            try:
                self.view = assessments.set_answer(self.ctx.workspace, self.current_year(), code, text, reason=reason, unit=self.current_unit())
                break
            except Exception as exc:  # noqa: BLE001
                if getattr(exc, "code", "") == "E-ASSESS-REASON" and not reason:
                    derived = self.view.derived.get(code)
                    reason, ok = QInputDialog.getText(
                        self, self.tr("Reason for the change"),
                        self.tr("The log gives: {value}\nWhy is the value different?").format(value=derived.text if derived else ""),
                    )  # fmt: skip
                    if ok and reason.strip():
                        continue
                else:
                    show_error(self, exc)
                self._restore(code)
                return
        self._update_notes(code)
        self._show_result()

    def _restore(self, code: str) -> None:
        editor = self._editors.get(code)
        value = self.view.effective().get(code) if self.view else None
        self._loading = True
        if isinstance(editor, QLineEdit):
            editor.setText(value_text(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(0 if not value or "yes" not in value else (1 if value["yes"] else 2))
        self._loading = False

    def _update_notes(self, code: str) -> None:
        item = self._item(code)
        if item is not None and self.view is not None:
            self._show_notes(item, code)

    def _item(self, code: str) -> QTreeWidgetItem | None:
        for item in self._all_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                return item
        return None

    def _all_items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def _show_result(self) -> None:
        v = self.view
        assert v is not None
        r = v.result
        text = self.tr("Result {year}: {status}").format(year=v.year, status=status_label(r.status))
        if r.total is not None:
            text += " — " + self.tr("total {total} points").format(total=r.to_dict()["total"].replace(".", ","))
        if v.scorer == "upper":
            text += " — " + self.tr("the upper level's scoring of {unit}").format(unit=v.unit_name)
            if v.other is not None:
                text += " (" + self.tr("self-assessment: {status}").format(status=status_label(v.other.result.status if v.other.assessment else "")) + ")"
        self.result_label.setText(text)
        set_text = self.tr("Criteria: {name}, version {version}").format(name=v.cset.name, version=v.cset.version)
        if v.newest_version != v.cset.version:
            set_text += " — " + self.tr("a newer version {version} is known (re-score to use it)").format(version=v.newest_version)
        self.set_label.setText(set_text)
        self.rescore_button.setVisible(v.assessment is not None and v.newest_version != v.cset.version)
        self.rescore_button.setText(self.tr("&Re-score under version {version}…").format(version=v.newest_version))
        per = {i.code: i for i in r.indicators}
        crit = {c.code: c for c in r.criteria}
        marks = {True: self.tr("met"), False: self.tr("not met"), None: "—"}
        for item in self._all_items():
            code = item.data(0, Qt.ItemDataRole.UserRole)
            if code in crit:
                c = crit[code]
                points = c.to_dict()
                shown = f"{points['points']}/{points['max_points'] or '?'}" if v.cset.regime == "points" else marks[c.passed]
                item.setText(3, shown.replace(".", ",") if v.cset.regime == "points" else shown)
            elif code in per:
                i = per[code]
                if v.cset.regime == "points":
                    item.setText(3, (i.to_dict()["points"] or "—").replace(".", ","))
                else:
                    item.setText(3, marks[i.met])
            elif code in r.conditions:
                item.setText(3, {True: self.tr("holds"), False: self.tr("does not hold"), None: "—"}[r.conditions[code]])
        lines = []
        if r.failing:
            lines.append(self.tr("Not recognised because:"))
            lines += ["  • " + reason_text(f, v) for f in r.failing]
        if r.missing:
            lines.append(self.tr("Still missing ({n}):").format(n=len(r.missing)))
            lines += ["  • " + reason_text(m, v) for m in r.missing]
        mine = self._my_steps(v.calendar)
        if mine:
            lines.append(self.tr("Calendar:"))
            lines += [f"  • {self._due_text(s)}: {s['name']}" + (" " + self.tr("(typed here)") if s.get("origin") == "local" else "") for s in mine]
        self.why.setPlainText("\n".join(lines))

    def failing_text(self) -> str:
        return self.why.toPlainText()

    # -- events ----------------------------------------------------------------------------------------------
    @Slot(int)
    def _on_year_changed(self, _index: int) -> None:
        self.refresh()

    @Slot(int)
    def _on_unit_changed(self, _index: int) -> None:
        if not self._loading:
            self.refresh()

    @Slot(int, int)
    def _on_board_cell_activated(self, row: int, _column: int) -> None:
        code = self.board.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.unit.setCurrentIndex(max(self.unit.findData(code), 0))

    # -- evidence, re-scoring, criteria updates -------------------------------------------------------------------
    def current_code(self) -> str | None:
        """The input code of the chosen tree line (an indicator, a part of one, or a condition), if it has an answer box."""
        item = self.tree.currentItem()
        code = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return code if code in self._editors else None

    def _ask_file(self, title: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), filters)
        return path

    @Slot()
    def _on_evidence_clicked(self) -> None:
        code = self.current_code()
        if code is None or self.view is None:
            QMessageBox.information(self, self.tr("Attach evidence"), self.tr("Choose an indicator in the list first (arrow keys), then attach its evidence."))
            return
        path = self._ask_file(self.tr("Evidence for {code}").format(code=code), self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xlsx);;All files (*)"))
        if not path:
            return
        try:
            self.view = assessments.set_answer(self.ctx.workspace, self.current_year(), code, None, evidence=Path(path), unit=self.current_unit())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._update_notes(code)
        self._show_result()

    @Slot()
    def _on_source_clicked(self) -> None:
        """Keep where the chosen answer's figure comes from (stored as the answer's reason)."""
        code = self.current_code()
        if code is None or self.view is None:
            QMessageBox.information(self, self.tr("Source of the figure"), self.tr("Choose an indicator in the list first (arrow keys)."))
            return
        old = self.view.answers.get(code)
        text, ok = QInputDialog.getText(self, self.tr("Source of the figure"), self.tr("Where does the figure of {code} come from?").format(code=code), text=old.reason if old else "")
        if not ok or not text.strip():
            return
        try:
            self.view = assessments.set_answer(self.ctx.workspace, self.current_year(), code, None, reason=text, unit=self.current_unit())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._update_notes(code)

    def rescore_question(self, preview: assessments.RescorePreview) -> str:
        """The confirmation text: the versions, the result before and after, each line that changes."""
        def result(r) -> str:
            text = status_label(r.status)
            return text + (" — " + self.tr("total {total} points").format(total=r.to_dict()["total"].replace(".", ",")) if r.total is not None else "")

        lines = [
            self.tr("Re-score the assessment under version {new} (it was made under {old})?").format(new=preview.new_version, old=preview.old_version),
            self.tr("Now: {result}").format(result=result(preview.before)),
            self.tr("After: {result}").format(result=result(preview.after)),
        ]
        if preview.changes:
            lines.append(self.tr("What changes:"))
            lines += [f"  • {code}: {old} → {new}" for code, old, new in preview.changes]
        else:
            lines.append(self.tr("No figure changes; only the version is recorded."))
        return "\n".join(lines)

    @Slot()
    def _on_rescore_clicked(self) -> None:
        try:
            preview = assessments.rescore_preview(self.ctx.workspace, self.current_year(), self.current_unit())
            answer = QMessageBox.question(self, self.tr("Re-score"), self.rescore_question(preview), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            assessments.rescore(self.ctx.workspace, self.current_year(), self.current_unit())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh()

    @Slot()
    def _on_catalog_clicked(self) -> None:
        from app.services import criteria

        path = self._ask_file(self.tr("Criteria update"), self.tr("Criteria updates (*.pbgdpl-catalog *.json);;All files (*)"))
        if not path:
            return
        try:
            out = criteria.import_file(self.ctx.workspace, Path(path))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        text = (self.tr("{set} version {version} received") if out["outcome"] == "stored" else self.tr("{set} version {version} is already here, unchanged")).format(set=out["set"], version=out["version"])
        if out["signed_by"]:
            text += "\n" + self.tr("Signed by unit {unit}.").format(unit=out["signed_by"])
        if out["missing_points"]:
            text += "\n" + self.tr("Points still unknown in this version: {codes}").format(codes=", ".join(out["missing_points"]))
        text += "\n" + self.tr("Assessments already made keep their version until they are re-scored.")
        QMessageBox.information(self, self.tr("Criteria update"), text)
        self.refresh()

    def _due_text(self, step: dict) -> str:
        """A step's date, dd/mm/yyyy, or "no schedule yet" (never an invented date)."""
        return format_date(step["due"]) if step["due"] else self.tr("no schedule yet")

    def _my_steps(self, calendar: list[dict]) -> list[dict]:
        level = self.ctx.workspace.settings.get("level", "commune")
        return [s for s in calendar if s.get("level", "commune") == level]

    @Slot()
    def _on_calendar_clicked(self) -> None:
        """Choose a step of this level's calendar of the year and type its date (empty: no date)."""
        try:
            steps = self._my_steps(assessments.calendar_of(self.ctx.workspace, self.current_year()))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        if not steps:
            QMessageBox.information(self, self.tr("Assessment calendar"), self.tr("The criteria set has no step for this level."))
            return
        labels = [f"{s['code']}: {s['name']} — {self._due_text(s)}" for s in steps]
        chosen, ok = QInputDialog.getItem(self, self.tr("Assessment calendar"), self.tr("Step of {year}:").format(year=self.current_year()), labels, 0, False)
        if not ok:
            return
        step = steps[labels.index(chosen)]
        text, ok = QInputDialog.getText(self, self.tr("Assessment calendar"), self.tr("Date of “{name}” (dd/mm/yyyy; empty: no date):").format(name=step["name"]), text=format_date(step["due"]))
        if not ok:
            return
        try:
            assessments.set_calendar_date(self.ctx.workspace, self.current_year(), step["code"], text.strip())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh()

    def printable_forms(self) -> list[str]:
        """The forms this view can print: a commune its own 01 and 02; an upper level 09 and 10 over all
        communes, or for the commune chosen its own scoring (07) and the commune's 01 and 02."""
        if not self.upper:
            return ["01", "02"]
        return ["09", "10"] if self.current_unit() is None else ["07", "01", "02"]

    @Slot()
    def _on_print_clicked(self) -> None:
        forms = self.printable_forms()
        names = assessments.form_names()
        labels = [self.tr("Mẫu {form}: {name}").format(form=f, name=names[f]) for f in forms]
        chosen, ok = QInputDialog.getItem(self, self.tr("Print a form"), self.tr("Form:"), labels, 0, False)
        if not ok:
            return
        form = forms[labels.index(chosen)]
        unit = self.current_unit()
        suggested = str(self.ctx.paths.exports / (f"mau-{form}-{self.current_year()}" + (f"-{unit}" if unit else "") + ".pdf"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the form"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        from app.services.printing import write_atomically

        try:
            write_atomically(Path(path), assessments.render_document(self.ctx.workspace, self.current_year(), form, unit))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
