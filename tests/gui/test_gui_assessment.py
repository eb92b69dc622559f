"""The assessment screen (English source strings: tests run untranslated): indicators by criterion, an answer
stored as typed with the result updating at once, an override of the log asking its reason, and the province's
list of communes side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import assessments
from gui_helpers import answer_next_box, shown_main_window


def _item(screen, code):
    return screen._item(code)


def test_commune_answers_and_sees_the_result_live(qtbot, ctx, monkeypatch):
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    assert screen.view.cset.set_id == "QD27_2025"
    assert [screen.tree.topLevelItem(i).text(0) for i in range(3)] == ["TC1", "TC2", "TC3"]
    assert screen.tree.topLevelItem(1).childCount() == 7
    assert "Not enough information yet" in screen.result_label.text()
    editor = screen._editors["2.2"]
    editor.setText("9/10")
    editor.editingFinished.emit()
    assert "Not recognised" in screen.result_label.text()
    assert "2.2: 90% reached, not met" in screen.failing_text()
    assert _item(screen, "2.2").text(3) == "not met" and _item(screen, "TC2").text(3) == "not met"
    assert assessments.view(ctx.workspace, 2026).assessment.status == "not_recognised"  # stored as typed
    editor.setText("10/10")
    editor.editingFinished.emit()
    assert _item(screen, "2.2").text(3) == "met" and "2.2: 90%" not in screen.failing_text()
    bad = screen._editors["2.3"]
    answer_next_box()
    bad.setText("5/4")
    bad.editingFinished.emit()
    assert bad.text() == "" and assessments.view(ctx.workspace, 2026).answers.get("2.3") is None


def test_an_override_of_the_log_asks_for_its_reason(qtbot, ctx, sample_log, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    derived = screen.view.derived["2.6.3"]
    assert derived.value is not None and "tuyên truyền viên" in _item(screen, "2.6.3").text(4)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Danh sách của Phòng Tư pháp", True))
    editor = screen._editors["2.6.3"]
    editor.setText("2/2")
    editor.editingFinished.emit()
    stored = assessments.view(ctx.workspace, 2026).answers["2.6.3"]
    assert stored.value == {"num": 2, "den": 2} and stored.reason == "Danh sách của Phòng Tư pháp"
    assert "Reason: Danh sách của Phòng Tư pháp" in _item(screen, "2.6.3").text(4)


def test_qd25_year_shows_points_and_the_separate_condition(qtbot, ctx):
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2024))
    assert screen.tree.topLevelItemCount() == 6 and screen.tree.topLevelItem(5).child(0).text(0) == "DK3"
    box = screen._editors["DK3"]
    box.setCurrentIndex(box.findData("yes"))
    assert "Not recognised" in screen.result_label.text() and "DK3: the condition does not hold" in screen.failing_text()
    assert "TC2: the points are not known in this criteria version" in screen.failing_text()
    assert _item(screen, "TC1").text(3) == "0/10"


def test_province_sees_communes_side_by_side(qtbot, upper_ctx, ctx):
    from app.services.bundles import import_bundle  # noqa: F401  (the bundle path is covered by the e2e test)

    assessments.set_answer(upper_ctx.workspace, 2026, "2.2", "1/1", unit="05443")
    window = shown_main_window(qtbot, upper_ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    n = screen.board.rowCount()
    assert screen.board.isVisible() and n > 10  # every commune the province expects, whether it sent or not
    row = next(i for i in range(n) if "(05443)" in screen.board.item(i, 0).text())
    assert "Phan Đình Phùng" in screen.board.item(row, 0).text() and screen.board.item(row, 1).text() == "Not sent"
    assert screen.board.item(row, 3).text() == "Not enough information yet" and screen.board.item(row, 5).text() == "No"
    other = (row + 1) % n
    assert [screen.board.item(other, j).text() for j in (1, 3, 5)] == ["Not sent", "Not scored", "—"]
    assert f"{n} communes — 0 sent a self-assessment, {n} not sent; 0 recognised, 0 not recognised, 1 not yet complete" in screen.result_label.text()
    assert "Not sent:" in screen.failing_text() and screen.board.item(other, 0).text() in screen.failing_text()
    screen.board.setCurrentCell(row, 0)
    screen.board.cellActivated.emit(row, 0)
    assert screen.tree.isVisible() and screen.view.scorer == "upper"
    assert "the upper level's scoring of" in screen.result_label.text()
    assert "Commune: —" in _item(screen, "2.2").text(4)
    assert screen.board.isHidden()
    qtbot.keyClick(screen.year, Qt.Key.Key_Down)  # keyboard: the year changes, the screen follows
