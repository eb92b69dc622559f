"""The expected units, edited on screen (upper mode; English source strings: tests run untranslated): list and
search, add an intermediate office, give an old name, retire; a refused change shows its message and changes
nothing; the board's rate follows the list."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.gui import units_dialog
from app.services import completeness, expected_units
from gui_helpers import shown_main_window


@pytest.fixture
def shown(monkeypatch):
    errors: list = []
    monkeypatch.setattr(units_dialog, "show_error", lambda parent, exc: errors.append(exc))
    return errors


def test_list_add_alias_retire_and_a_refused_change(qtbot, upper_ctx, shown, tmp_path):
    dialog = units_dialog.ExpectedUnitsDialog(upper_ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 40, 768 - 80)
    dialog.show()
    assert len(dialog.visible_rows()) == 92
    assert "92 units, 92 expected now" in dialog.count.text()
    qtbot.keyClicks(dialog.search, "vo nhai")
    assert [r[:2] for r in dialog.visible_rows()] == [("05716", "Xã Võ Nhai")]
    assert dialog.visible_rows()[0][3] == "01/07/2025"  # dd/mm/yyyy

    assert dialog.add("164", "Phòng Tư pháp huyện Đại Từ", intermediate=True)
    assert dialog.selected_code() == "164"
    row = next(r for r in dialog.visible_rows() if r[0] == "164")
    assert row[1:3] == ("Phòng Tư pháp huyện Đại Từ", "Intermediate office (relays)") and row[6] == "officer"

    assert dialog.alias("05443", "Phường Hoàng Văn Thụ")
    assert expected_units.resolve(upper_ctx.workspace, "phuong hoang van thu").code == "05443"
    dialog.search.setText("hoang van thu")  # found by its old name
    assert [r[0] for r in dialog.visible_rows()] == ["05443"]

    assert dialog.retire("05716", "2026-06-30", "sáp nhập")
    row = next(r for r in dialog.visible_rows() if r[0] == "05716")
    assert row[4] == "30/06/2026"
    board = completeness.board(upper_ctx.workspace, "2026-Q3")
    assert board.expected == 91  # retired before the quarter; the intermediate office is not counted

    before = [u.to_dict() for u in expected_units.list_units(upper_ctx.workspace)]
    assert not dialog.add("99999")  # not in the catalog and no name: refused, nothing added
    assert not dialog.alias("05467", "Phường Hoàng Văn Thụ")  # already the old name of another unit
    assert [type(e).__name__ for e in shown] == ["UnknownUnitError", "UsageError"]
    assert [u.to_dict() for u in expected_units.list_units(upper_ctx.workspace)] == before

    out = Path(os.environ.get("PBGDPL_SCREENSHOT_DIR") or tmp_path)
    dialog.search.clear()
    dialog.select("164")
    assert dialog.grab().save(str(out / "upper_expected_units.png"))


def test_the_board_opens_the_list_and_refreshes_its_rate(qtbot, upper_ctx, monkeypatch):
    window = shown_main_window(qtbot, upper_ctx)
    screen = window.show_screen("completeness")
    assert "0/92 units have reported" in screen.rate.text()

    def edit(parent, ctx):  # what the officer does in the dialog
        expected_units.retire_unit(ctx.workspace, "05716", "2025-12-31")

    monkeypatch.setattr(units_dialog, "open_expected_units", edit)
    screen.units_button.click()
    assert "0/91 units have reported" in screen.rate.text()


def test_deadlines_are_edited_in_the_dialog_and_move_the_boards_due_date(qtbot, upper_ctx, shown, monkeypatch):
    dialog = units_dialog.ExpectedUnitsDialog(upper_ctx)
    qtbot.addWidget(dialog)
    ws = upper_ctx.workspace
    assert completeness.board(ws, "2026-Q3").due_date == "2026-10-15"  # 15 days after the quarter (assumed)
    form = units_dialog.DeadlinesForm(expected_units.deadlines(ws), dialog)  # owned by the dialog
    assert form.values() == {"Y": -51, "H": -20, "Q": 15, "M": 10}
    assert "giả định" in form.boxes["Q"].toolTip()  # where the stored value comes from
    form.boxes["Q"].setFocus()
    form.boxes["Q"].selectAll()
    qtbot.keyClicks(form.boxes["Q"], "30")  # typed, as with the keyboard
    form.source.setText("Công văn số 12/STP-PBGDPL")
    monkeypatch.setattr(units_dialog.DeadlinesForm, "exec", lambda self: units_dialog.QDialog.DialogCode.Accepted)
    monkeypatch.setattr(units_dialog, "DeadlinesForm", lambda rules, parent: form)
    dialog.deadlines_button.click()
    rule = expected_units.deadlines(ws)["Q"]
    assert (rule["due_offset_days"], rule["source"], rule["certainty"]) == (30, "Công văn số 12/STP-PBGDPL", "officer")
    assert expected_units.deadlines(ws)["M"]["certainty"] == "assumed"  # unchanged kinds keep their source
    assert completeness.board(ws, "2026-Q3").due_date == "2026-10-30"
    assert shown == []
