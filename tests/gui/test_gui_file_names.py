"""What the save dialogs propose: Vietnamese names without accents or signs, in the data folder's exports/."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from app.core.plans import Plan
from app.services import plans as plan_svc
from gui_helpers import shown_main_window


def _offered(monkeypatch) -> list[str]:
    seen: list[str] = []

    def ask(parent, caption, start, *rest, **more):
        seen.append(start)
        return "", ""  # the officer cancels: nothing is written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return seen


def test_plan_funding_and_summary_names(qtbot, ctx, monkeypatch):
    plan_svc.save_plan(ctx.workspace, Plan(number="164/KH-UBND Đợt 2", date=date(2026, 1, 10), year_from=2026, year_to=2026))
    window = shown_main_window(qtbot, ctx)
    seen = _offered(monkeypatch)
    plans = window.show_screen("plans")
    plans.plans.selectRow(0)
    plans._report("pdf")
    plans._funding_report("xlsx")
    reports = window.show_screen("reports")
    reports._ask_path("pdf")
    exports = ctx.workspace.paths.exports
    assert [Path(p).parent for p in seen] == [exports] * 3
    names = [Path(p).name for p in seen]
    assert names[0] == "bao-cao-ke-hoach-164-kh-ubnd-dot-2.pdf"
    assert names[1] == "bao-cao-kinh-phi-2026.xlsx"
    assert names[2].startswith("bao-cao-tong-hop-") and names[2].endswith(".pdf")
    assert all(n.isascii() and " " not in n for n in names)
    assert not list(exports.iterdir())
