"""Excel never stores a wrong number silently (field-tests/adversary.md D5, D11): hidden columns and rows, formulas
saved without their result, totals rows in any column. Each case: the right numbers, or a refusal naming the cell
with nothing stored."""

import pytest

from app.commands import run_job
from app.core.errors import ImportRejectedError
from app.services import plan_files
from app.services.importing import import_file
from app.store import activities as activity_repo
from tests.helpers_tabular import LOG_EXPECTED, activity_log_xlsx
from tests.plan_helpers import TASK_ROWS, write_plan_file


def _participants(ws):
    rows = activity_repo.iter_activities(ws.db, activity_repo.ActivityFilter(units=(ws.unit_code,)))
    return sorted((a.date.isoformat(), a.participants) for a in rows)


def _import(ws, path, **kw):
    return run_job(import_file(ws, "activities", path, **kw))


def _stored(ws):
    return [p for _, p in _participants(ws)]


def test_a_totals_row_merged_over_the_stt_column_is_skipped_with_a_note(workspace, tmp_path):
    report = _import(workspace, activity_log_xlsx(tmp_path / "so.xlsx"))
    assert report.created == 5 and not report.problems
    assert {"row": 12, "reason": "total row"} in report.skipped_rows
    assert sorted(_stored(workspace)) == sorted(LOG_EXPECTED)


@pytest.mark.parametrize("label, column", [("Cộng", 2), ("TỔNG CỘNG:", 3), ("Tổng cộng (5 hoạt động)", 12), ("Tổng số", 1)])
def test_a_totals_row_is_recognised_in_any_column_and_wording(workspace, tmp_path, label, column):
    report = _import(workspace, activity_log_xlsx(tmp_path / "so.xlsx", total_label=label, total_column=column))
    assert report.created == 5 and {"row": 12, "reason": "total row"} in report.skipped_rows


def test_a_hidden_column_never_wins_over_the_visible_one_with_the_same_header(workspace, tmp_path):
    path = activity_log_xlsx(tmp_path / "hidden-dup.xlsx", hidden_header="Số lượt người (kế hoạch)")
    report = _import(workspace, path)
    assert sorted(_stored(workspace)) == sorted(LOG_EXPECTED)  # never 999, the hidden plan figure
    assert report.columns["Số người tham dự / Tổng số"] == "participants"
    (note,) = report.notes
    assert note["code"] == "hidden-column-ignored" and note["column"] == "G"
    assert "'Số lượt người (kế hoạch)'" in note["message"] and "visible column H" in note["message"]


def test_a_hidden_column_read_because_no_visible_one_gives_its_field_is_reported(workspace, tmp_path):
    report = _import(workspace, activity_log_xlsx(tmp_path / "hidden-cost.xlsx", hide="K"), dry_run=True)
    (note,) = report.notes
    assert note["code"] == "hidden-column-read" and note["column"] == "K" and note["field"] == "cost"
    assert "hidden" in note["message"] and "Kinh phí" in note["message"]


def test_hidden_rows_are_read_and_named(workspace, tmp_path):
    report = _import(workspace, activity_log_xlsx(tmp_path / "hidden-rows.xlsx", hidden_rows=(8, 9)))
    assert report.created == 5
    (note,) = report.notes
    assert note["code"] == "hidden-rows-read" and note["rows"] == [8, 9] and "8, 9" in note["message"]


def test_a_formula_without_its_saved_result_is_refused_naming_the_cell(workspace, tmp_path):
    path = activity_log_xlsx(tmp_path / "formula-nocache.xlsx", cached=False)
    with pytest.raises(ImportRejectedError) as err:
        _import(workspace, path)
    assert err.value.code == "E-IMPORT-INVALID"
    assert "cell H10 holds the formula =40+25 without its result" in err.value.message
    assert "cell I10 holds the formula =20+10" in err.value.message
    assert "row 12" not in err.value.message  # the totals row's SUMs are not read: it is skipped
    assert _participants(workspace) == []
    report = _import(workspace, path, skip_bad_rows=True)  # the good rows only, never 0 for the formula's row
    assert report.skipped == 1 and sorted(_stored(workspace)) == sorted(x for x in LOG_EXPECTED if x != 65)


def test_the_same_file_with_the_results_excel_saves_imports_them(workspace, tmp_path):
    _import(workspace, activity_log_xlsx(tmp_path / "cached.xlsx", cached=True))
    assert 65 in _stored(workspace)


def test_a_plan_task_with_a_formula_without_result_is_refused(workspace, tmp_path):
    rows = [list(r) for r in TASK_ROWS]
    rows[0][6] = "=1000000*2"
    with pytest.raises(ImportRejectedError) as err:
        plan_files.import_plan_xlsx(workspace, write_plan_file(tmp_path / "kh.xlsx", rows))
    assert "cell G2 holds the formula =1000000*2 without its result" in err.value.message


def test_a_tcvn3_header_in_a_unicode_font_is_recognised(workspace, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["STT", "Ngµy", "N\xe9i dung", "Hình thức"])  # TCVN3 headers (bytes read as cp1252), font Calibri
    wb.active.append([1, "05/03/2026", "Tuyên truyền Luật Đất đai", "Hội nghị"])
    wb.save(tmp_path / "tcvn3-header.xlsx")
    report = _import(workspace, tmp_path / "tcvn3-header.xlsx")
    assert report.created == 1 and set(report.columns.values()) == {"date", "title", "forms"}


def test_no_header_names_only_the_columns_missing_and_the_row_that_came_closest(workspace, tmp_path):
    from openpyxl import Workbook

    from app.core.errors import FileFormatError

    wb = Workbook()
    wb.active.append(["Báo cáo năm 2026"])
    wb.active.append(["STT", "Ngày", "Việc đã làm"])
    wb.save(tmp_path / "no-content.xlsx")
    with pytest.raises(FileFormatError) as err:
        _import(workspace, tmp_path / "no-content.xlsx")
    assert "columns needed: Nội dung / Luật/chủ đề (" in err.value.message
    assert "row 2 names Ngày" in err.value.message and err.value.details["needed"] == ["Nội dung / Luật/chủ đề"]
