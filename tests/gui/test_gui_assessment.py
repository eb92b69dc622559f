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


def _choose(screen, code):
    screen.tree.setCurrentItem(_item(screen, code))


def test_evidence_is_attached_from_the_screen_and_a_typed_figure_says_who_typed_it(qtbot, ctx, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    seen = answer_next_box()
    screen.evidence_button.click()  # nothing chosen yet: the screen says what to do, nothing stored
    assert seen and "Choose an indicator" in seen[0] and assessments.view(ctx.workspace, 2026).assessment is None
    pdf = tmp_path / "bien-ban-hoa-giai.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    _choose(screen, "2.2")
    seen = answer_next_box()
    screen.evidence_button.click()  # no answer yet: refused with a clear message
    assert seen and "has no answer yet" in seen[0] and assessments.view(ctx.workspace, 2026).assessment is None
    editor = screen._editors["2.2"]
    editor.setText("9/10")
    editor.editingFinished.emit()
    assert "Typed by Nguyễn Thị Hường on 26/11/2026" in _item(screen, "2.2").text(4)
    screen.evidence_button.click()
    stored = assessments.view(ctx.workspace, 2026).answers["2.2"]
    assert stored.value == {"num": 9, "den": 10} and [e["filename"] for e in stored.evidence] == ["bien-ban-hoa-giai.pdf"]
    assert "1 evidence file(s) · bien-ban-hoa-giai.pdf" in _item(screen, "2.2").text(4)


def test_derived_value_is_shown_as_from_the_log_and_an_override_as_typed(qtbot, ctx, sample_log, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    assert "Typed by" not in _item(screen, "2.6.3").text(4)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Danh sách của Phòng Tư pháp", True))
    screen._editors["2.6.3"].setText("2/2")
    screen._editors["2.6.3"].editingFinished.emit()
    notes = _item(screen, "2.6.3").text(4)
    assert notes.startswith("Typed by Nguyễn Thị Hường on 26/11/2026 · The log gives: ") and "tuyên truyền viên" in notes


def _newer_qd25(ws, version="2026.2", tc2=30):
    import json

    from app.services import criteria

    data = json.loads(json.dumps(dict(criteria.get_set("QD25_2021", "2026.1").data)))
    data["version"] = version
    data["criteria"][1]["max_points"] = tc2
    return data


def test_rescore_from_the_screen_shows_what_changes_first(qtbot, ctx, monkeypatch):
    import json

    from PySide6.QtWidgets import QMessageBox

    from app.services import criteria

    assessments.set_answer(ctx.workspace, 2024, "2.1", "4")
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2024))
    assert screen.rescore_button.isHidden()
    folder = criteria.data_folder(ctx.workspace.paths.data) / "QD25_2021"
    folder.mkdir(parents=True)
    (folder / "2026.2.json").write_text(json.dumps(_newer_qd25(ctx.workspace), ensure_ascii=False), encoding="utf-8")
    screen.refresh()
    assert not screen.rescore_button.isHidden() and "2026.2" in screen.rescore_button.text()
    asked: list[str] = []

    def say(answer):
        return lambda _parent, _title, text, *a, **k: (asked.append(text), answer)[1]

    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.No))
    screen.rescore_button.click()
    assert "version 2026.2 (it was made under 2026.1)" in asked[0] and "TC2: 4/? → 4/30" in asked[0]
    assert assessments.view(ctx.workspace, 2024).cset.version == "2026.1"  # declined: nothing changed
    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.Yes))
    screen.rescore_button.click()
    assert assessments.view(ctx.workspace, 2024).assessment.set_version == "2026.2"
    assert screen.rescore_button.isHidden() and "version 2026.2" in screen.set_label.text()
    assert _item(screen, "TC2").text(3) == "4/30"


def test_criteria_update_imported_from_the_screen(qtbot, ctx, upper_ctx, monkeypatch, tmp_path):
    import json

    from PySide6.QtWidgets import QFileDialog

    plain = tmp_path / "QD25_2021_2026.2.json"
    plain.write_text(json.dumps(_newer_qd25(ctx.workspace), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(plain), ""))
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    seen = answer_next_box()
    screen.catalog_button.click()  # a commune takes only signed updates
    assert seen and "is not signed" in seen[0] and not (ctx.workspace.paths.data / "catalogs").exists()
    window = shown_main_window(qtbot, upper_ctx)
    screen = window.show_screen("assessment")
    seen = answer_next_box()
    screen.catalog_button.click()  # the province takes the set it edited itself
    assert seen and "QD25_2021 version 2026.2 received" in seen[0] and "keep their version" in seen[0]
    from app.services import criteria

    assert criteria.set_for_year(2024, upper_ctx.workspace.paths.data).version == "2026.2"


def test_calendar_shows_no_schedule_until_a_date_is_typed(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    assert "Calendar:\n  • no schedule yet: Xã tự đánh giá, lập hồ sơ\n  • no schedule yet: Gửi hồ sơ" in screen.failing_text()
    items: list = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, labels, *a, **k: (items.extend(labels), (labels[1], True))[1])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("31/02/2027", True))
    seen = answer_next_box()
    screen.calendar_button.click()  # not a date: refused, nothing kept
    assert seen and assessments.calendar_of(ctx.workspace, 2026)[1]["due"] is None
    assert [i.split(":")[0] for i in items] == ["SELF", "FILE"] and items[1].endswith("no schedule yet")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("15/01/2027", True))
    screen.calendar_button.click()
    assert assessments.calendar_of(ctx.workspace, 2026)[1]["due"] == "2027-01-15"
    assert "15/01/2027: Gửi hồ sơ đề nghị công nhận đến Sở Tư pháp" in screen.failing_text() and "(typed here)" in screen.failing_text()


def _pdf_words(path) -> str:
    import subprocess

    return " ".join(subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout.split())


def test_forms_are_printed_from_the_screen(qtbot, ctx, upper_ctx, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    offered: list = []

    def pick(index):
        return lambda _p, _t, _l, labels, *a, **k: (offered.append(list(labels)), (labels[index], True))[1]

    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    screen._editors["2.2"].setText("9/10")
    screen._editors["2.2"].editingFinished.emit()
    monkeypatch.setattr(QInputDialog, "getItem", pick(1))
    proposed: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _c, start, *a, **k: (proposed.append(start), (str(tmp_path / "mau02.pdf"), ""))[1])
    screen.print_button.click()
    assert proposed == [str(ctx.workspace.paths.exports / "mau-02-2026.pdf")]  # in the data folder's exports/, no accents
    assert [o.split(":")[0] for o in offered[-1]] == ["Mẫu 01", "Mẫu 02"]
    assert "Bản tổng hợp điểm số của các tiêu chí, chỉ tiêu" in _pdf_words(tmp_path / "mau02.pdf") and "9/10 (90,0%)" in _pdf_words(tmp_path / "mau02.pdf")

    window = shown_main_window(qtbot, upper_ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mau10.pdf"), ""))
    screen.print_button.click()
    assert [o.split(":")[0] for o in offered[-1]] == ["Mẫu 09", "Mẫu 10"]
    words = _pdf_words(tmp_path / "mau10.pdf")
    assert "Kết quả đánh giá, công nhận chuẩn tiếp cận pháp luật năm 2026" in words and "chưa gửi:" in words


def test_the_new_actions_are_reached_from_the_keyboard(qtbot, ctx, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    screen._editors["2.2"].setText("9/10")
    screen._editors["2.2"].editingFinished.emit()
    pdf = tmp_path / "quyet-dinh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    screen.tree.setFocus()
    screen.tree.setCurrentItem(_item(screen, "2.1"))
    qtbot.keyClick(screen.tree, Qt.Key.Key_Down)  # 2.1 → 2.1.1 → …: arrow keys walk the indicators
    qtbot.keyClick(screen.tree, Qt.Key.Key_Down)
    qtbot.keyClick(screen.tree, Qt.Key.Key_Down)
    assert screen.current_code() == "2.2"
    qtbot.keyClick(screen.evidence_button, Qt.Key.Key_Space)  # a button in the tab order, pressed with the space bar
    assert [e["filename"] for e in assessments.view(ctx.workspace, 2026).answers["2.2"].evidence] == ["quyet-dinh.pdf"]
    texts = [b.text() for b in (screen.evidence_button, screen.source_button, screen.calendar_button, screen.print_button, screen.catalog_button, screen.rescore_button)]
    marks = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(marks)) == len(marks)  # each has its own Alt+letter


def test_a_typed_figure_keeps_its_source(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("assessment")
    screen.year.setCurrentIndex(screen.year.findData(2026))
    screen._editors["2.3"].setText("5/6")  # information requests answered on time: not in the log
    screen._editors["2.3"].editingFinished.emit()
    _choose(screen, "2.3")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sổ theo dõi cung cấp thông tin năm 2026", True))
    screen.source_button.click()
    stored = assessments.view(ctx.workspace, 2026).answers["2.3"]
    assert stored.value == {"num": 5, "den": 6} and stored.reason == "Sổ theo dõi cung cấp thông tin năm 2026" and stored.source == "entered"
    assert _item(screen, "2.3").text(4) == "Typed by Nguyễn Thị Hường on 26/11/2026 · Source: Sổ theo dõi cung cấp thông tin năm 2026"
