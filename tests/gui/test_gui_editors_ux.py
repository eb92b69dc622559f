"""The editors as a newcomer meets them: a content read whole, labels in one case, an attachment box that says
what to do, "duplicate as new" only for a saved activity, reporters' states in words, and a reporter editor
that fits 1366×768 without a scroll bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from app.core.models import Activity, Decision, Reporter
from app.services.logbook import save_activity, save_reporter
from gui_helpers import forget_changes, type_text


def _editor(qtbot, ctx, **kwargs):
    from app.gui.activity_editor import ActivityEditor

    editor = ActivityEditor(ctx, **kwargs)
    qtbot.addWidget(editor, before_close_func=forget_changes)
    editor.resize(1240, 700)
    editor.show()
    return editor


def test_the_content_is_a_field_of_several_lines_without_line_breaks(qtbot, ctx, sample_log):
    editor = _editor(qtbot, ctx)
    assert editor.title.height() >= 2 * editor.title.fontMetrics().lineSpacing()
    type_text(editor.title, "Phổ biến Luật Phòng, chống ma túy")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)  # Enter adds no line break
    type_text(editor.title, " cho đoàn viên thanh niên")
    assert editor.build_record().title == "Phổ biến Luật Phòng, chống ma túy cho đoàn viên thanh niên"
    assert "\n" not in editor.title.toPlainText()
    editor.undo_stack.undo()
    assert editor.build_record().title == ""  # the typing is one undo step, as in a line


def test_every_label_starts_with_a_capital(qtbot, ctx, sample_log):
    editor = _editor(qtbot, ctx)
    labels = [w.text().replace("&", "") for w in editor.findChildren(QLabel) if w.text().endswith(":")]
    assert labels and all(t[0].isupper() for t in labels), labels


def test_the_empty_attachment_box_says_what_to_do(qtbot, ctx, sample_log, tmp_path):
    editor = _editor(qtbot, ctx)
    assert editor.attachments.count() == 1
    hint = editor.attachments.item(0)
    assert "Attach a file" in hint.text() and not hint.flags() & Qt.ItemFlag.ItemIsSelectable
    minutes = tmp_path / "bien-ban.pdf"
    minutes.write_bytes(b"%PDF-1.4")
    editor.attach_files([minutes])
    assert [editor.attachments.item(i).text() for i in range(editor.attachments.count())] == ["bien-ban.pdf (not saved yet)"]


def test_duplicate_as_new_only_for_a_saved_activity(qtbot, ctx, sample_log):
    editor = _editor(qtbot, ctx)
    assert not editor.duplicate_button.isEnabled()  # nothing saved to copy yet
    type_text(editor.title, "Tuyên truyền Luật Đất đai")
    editor.forms.item_for("TRUC_TIEP").setCheckState(Qt.CheckState.Checked)
    editor.groups.item_for("NHAN_DAN").setCheckState(Qt.CheckState.Checked)
    assert editor.save()
    assert editor.duplicate_button.isEnabled()
    stored = _editor(qtbot, ctx, activity=sample_log["activities"][0])
    assert stored.duplicate_button.isEnabled()
    copy = stored.duplicate_as_new()
    assert copy is not None
    qtbot.addWidget(copy, before_close_func=forget_changes)  # closed at the end: no modal dialog left for later tests
    assert not copy.duplicate_button.isEnabled()


def test_a_dismissed_reporter_is_named_in_words_and_not_offered_for_new_activities(qtbot, ctx, sample_log):
    gone = Reporter(kind="bcv", full_name="Lục Thu Duyên", recognition=Decision("3/QĐ-UBND", date(2022, 1, 5), "UBND"),
                    dismissal=Decision("9/QĐ-UBND", date(2026, 5, 1), "UBND"), dismissal_ground="TU_NGUYEN")  # fmt: skip
    save_reporter(ctx.workspace, gone)
    old = Activity(date=date(2026, 3, 2), title="Tuyên truyền Luật Trẻ em", forms=["TRUC_TIEP"], target_groups=["NHAN_DAN"],
                   participants=20, reporter_ids=[gone.id])  # fmt: skip
    save_activity(ctx.workspace, old)
    new = _editor(qtbot, ctx)
    assert new.reporters.item_for(gone.id) is None  # dismissed on 01/05/2026: not offered for a new activity
    named = _editor(qtbot, ctx, activity=old)
    item = named.reporters.item_for(gone.id)
    assert item is not None and item.checkState() == Qt.CheckState.Checked
    assert item.text().startswith("Lục Thu Duyên (BCV) – ") and "ismissed" in item.text()  # the state in words
    everyone = [named.reporters.list.item(i).text() for i in range(named.reporters.list.count())]
    assert not any("†" in text for text in everyone)


def test_the_reporter_editor_fits_1366x768_without_a_scroll_bar(qtbot, ctx, sample_log):
    from app.gui.reporter_editor import ReporterEditor

    person = sample_log["reporters"]["huong"]
    editor = ReporterEditor(ctx, reporter=person)
    qtbot.addWidget(editor, before_close_func=forget_changes)
    editor.show()
    assert not editor.findChildren(QScrollArea)
    assert editor.minimumSizeHint().height() <= 768 - 80 and editor.height() <= 768 - 40
    assert [editor.tabs.tabText(i).replace("&", "") for i in range(editor.tabs.count())] == ["Person", "Decisions", "Trainings"]
    editor.tabs.setCurrentIndex(2)
    header = editor.trainings.horizontalHeader()
    text = editor.trainings.horizontalHeaderItem(0).text()
    assert header.fontMetrics().horizontalAdvance(text) < header.sectionSize(0)  # the date header whole
