"""Import and export of activities and the roster through the services, against a real workspace database."""

import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from app.commands import run_job
from app.core.errors import FileFormatError, FileMissingError, ImportRejectedError
from app.core.models import Activity, Reporter
from app.core.periods import parse_period
from app.services.exporting import export_file
from app.services.importing import import_file
from app.services.logbook import delete_activity, save_activity, save_reporter
from app.store import activities as activity_repo
from app.store import reporters as reporter_repo
from app.store.audit import WriteContext
from tests.helpers_tabular import (
    EXPECTED_PROBLEMS,
    TCVN3_SO_TU_PHAP,
    TCVN3_UBND,
    VNI_TRUONG,
    messy_activities_xlsx,
    roster_csv,
    roster_xlsx,
)


def _activities(ws):
    return list(activity_repo.iter_activities(ws.db, activity_repo.ActivityFilter(units=(ws.unit_code,))))


def _state(ws):
    """Everything an import may touch, to compare before and after a refused one."""
    q = lambda sql: ws.db.execute(sql).fetchall()  # noqa: E731
    return (
        q("SELECT id, rev, title FROM activities ORDER BY id"),
        q("SELECT id, rev, full_name FROM reporters ORDER BY id"),
        q("SELECT COUNT(*) FROM audit_log"),
        q("SELECT COUNT(*) FROM file_imports"),
    )


@pytest.fixture
def roster(workspace):
    for name, kind in (("Nguyễn Thị Hường", "bcv"), ("Trần Văn Bình", "ttv")):
        save_reporter(workspace, Reporter(full_name=name, kind=kind))
    return workspace


def _import(ws, path, **kw):
    return run_job(import_file(ws, "activities", path, **kw))


def test_messy_file_is_rejected_whole_with_every_bad_row_and_nothing_written(roster, tmp_path):
    path = messy_activities_xlsx(tmp_path / "so theo doi.xlsx")
    before = _state(roster)
    with pytest.raises(ImportRejectedError) as err:
        _import(roster, path)
    assert err.value.code == "E-IMPORT-INVALID"
    problems = err.value.details["report"]["problems"]
    for row, column, word in EXPECTED_PROBLEMS:
        assert any(p["row"] == row and column in p["column"] and word in p["message"] for p in problems), (row, column)
    assert {p["row"] for p in problems} == {r for r, _, _ in EXPECTED_PROBLEMS}
    assert "row 14, column Kinh phí (đồng): the cost must not be negative" in err.value.message
    assert _state(roster) == before


def test_skip_bad_rows_writes_the_good_rows_converted_and_cleaned(roster, tmp_path):
    path = messy_activities_xlsx(tmp_path / "a.xlsx")
    report = _import(roster, path, skip_bad_rows=True)
    assert (report.rows, report.created, report.skipped, report.blank_rows) == (9, 3, 6, 2)
    assert report.header_row == 4 and report.skipped_rows == [{"row": 5, "reason": "column numbers"}]
    conv = {(c["column"], c["encoding"]): c["cells"] for c in report.conversions}
    assert conv == {("Đơn vị chủ trì", "tcvn3"): 9, ("Địa điểm", "vni"): 1}
    by_date = {a.date: a for a in _activities(roster)}
    first, second, third = by_date[date(2026, 3, 5)], by_date[date(2026, 4, 10)], by_date[date(2026, 5, 7)]
    hương = reporter_repo.find_by_name(roster.db, roster.unit_code, "Nguyễn Thị Hường")
    bình = reporter_repo.find_by_name(roster.db, roster.unit_code, "Trần Văn Bình")
    assert first.title == "Tuyên truyền Luật Đất đai năm 2024"  # NFD in the file, NFC stored
    assert first.organiser == TCVN3_SO_TU_PHAP[1] and first.cost == 1_500_000 and first.reporter_ids == hương
    assert first.forms == ["TRUC_TIEP"] and first.target_groups == ["NHAN_DAN"] and first.notes == "ghi chú"
    assert second.title == "Phổ biến Luật Hôn nhân và gia đình" and second.place == VNI_TRUONG[1]
    assert second.organiser == TCVN3_UBND[1] and second.reporter_ids == bình and second.target_groups == ["PHU_NU"]
    assert third.participants == 1200 and third.reporter_ids == hương + bình and third.topics == ["Hòa giải ở cơ sở"]
    stored = roster.db.execute("SELECT kind, filename, rows, created, skipped, report FROM file_imports").fetchall()
    assert [s[:5] for s in stored] == [("activities", "a.xlsx", 9, 3, 6)]
    assert json.loads(stored[0][5])["conversions"]
    sources = {r[0] for r in roster.db.execute("SELECT source FROM audit_log WHERE table_name = 'activities'")}
    assert sources == {"import:a.xlsx"}


def test_reimport_creates_no_duplicates(roster, tmp_path):
    path = messy_activities_xlsx(tmp_path / "a.xlsx", bad_rows=False)
    first = _import(roster, path)
    again = _import(roster, path)
    assert (first.created, again.created, again.updated, again.unchanged) == (3, 0, 0, 3)
    assert again.imported_before["filename"] == "a.xlsx"
    assert len(_activities(roster)) == 3


def test_dry_run_counts_but_writes_nothing(roster, tmp_path):
    path = messy_activities_xlsx(tmp_path / "a.xlsx", bad_rows=False)
    before = _state(roster)
    report = _import(roster, path, dry_run=True)
    assert (report.created, report.written) == (3, False)
    assert _state(roster) == before


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
def test_export_then_reimport_is_unchanged_and_an_edited_row_updates_its_record(roster, tmp_path, suffix):
    _import(roster, messy_activities_xlsx(tmp_path / "a.xlsx", bad_rows=False))
    out = tmp_path / f"out{suffix}"
    summary = run_job(export_file(roster, "activities", out))
    assert summary["records"] == 3
    report = _import(roster, out)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)
    if suffix == ".json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert {"id", "meta", "payload"} <= set(data[0]) and data[0]["meta"]["owner_unit"] == "05443"
        data[0]["payload"]["participants"] += 1
        out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    elif suffix == ".csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbfM\xc3\xa3,Ng\xc3\xa0y,")
        text = out.read_text(encoding="utf-8-sig").replace("Tổ 7", "Tổ 8")
        out.write_text(text, encoding="utf-8-sig")
    else:
        wb = load_workbook(out)
        sheet = wb["Hoạt động"]
        assert sheet.freeze_panes == "B2" and sheet["A1"].font.b and sheet["B1"].value == "Ngày"
        assert sheet["B2"].number_format == "dd/mm/yyyy" and isinstance(sheet["B2"].value, datetime)
        cost_col = [c.value for c in sheet[1]].index("Kinh phí") + 1
        assert sheet.cell(2, cost_col).number_format == "#,##0"
        sheet["C2"] = "Tiêu đề đã sửa"
        wb.save(out)
    report = _import(roster, out)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    assert len(_activities(roster)) == 3


def test_export_period_limits_activities(roster, tmp_path):
    _import(roster, messy_activities_xlsx(tmp_path / "a.xlsx", bad_rows=False))
    out = tmp_path / "q2.json"
    summary = run_job(export_file(roster, "activities", out, period=parse_period("2026-Q2")))
    dates = sorted(r["payload"]["date"] for r in json.loads(out.read_text(encoding="utf-8")))
    assert summary["records"] == 2 and dates == ["2026-04-10", "2026-05-07"]


def test_roster_import_export_round_trip(workspace, tmp_path):
    report = run_job(import_file(workspace, "roster", roster_csv(tmp_path / "r.csv")))
    assert report.created == 2
    people = {r.full_name: r for r in reporter_repo.iter_reporters(workspace.db)}
    hương = people["Nguyễn Thị Hường"]
    assert (hương.kind, hương.gender, hương.phone, hương.recognition.number) == ("bcv", "nu", "0912345678", "12/QĐ-UBND")
    assert hương.trainings[0].organiser == "Sở Tư pháp" and people["Trần Văn Bình"].birth_date == date(1975, 1, 1)
    again = run_job(import_file(workspace, "roster", roster_xlsx(tmp_path / "r.xlsx")))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    for suffix in (".xlsx", ".csv", ".json"):
        out = tmp_path / f"roster{suffix}"
        run_job(export_file(workspace, "roster", out))
        back = run_job(import_file(workspace, "roster", out))
        assert (back.created, back.updated, back.unchanged) == (0, 0, 2), suffix


def test_missing_file(workspace, tmp_path):
    before = _state(workspace)
    with pytest.raises(FileMissingError) as err:
        _import(workspace, tmp_path / "none.xlsx")
    assert err.value.code == "E-FILE-NOT-FOUND" and "none.xlsx" in err.value.message
    assert _state(workspace) == before


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("a.docx", b"PK\x03\x04", "unknown file type"),
        ("a.xlsx", b"this is not a zip file at all", "not an Excel .xlsx file"),
        ("a.json", b"{not json", "not a JSON file"),
    ],
)
def test_unknown_or_corrupt_files(workspace, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    before = _state(workspace)
    with pytest.raises(FileFormatError) as err:
        _import(workspace, path)
    assert err.value.code == "E-FILE-FORMAT" and words in err.value.message
    assert _state(workspace) == before


def test_xlsx_without_recognisable_header_names_the_columns_needed(workspace, tmp_path):
    path = roster_xlsx(tmp_path / "roster-as-activities.xlsx")
    before = _state(workspace)
    with pytest.raises(FileFormatError) as err:
        _import(workspace, path)
    assert "Ngày" in err.value.message and "Nội dung" in err.value.message
    assert _state(workspace) == before


def test_an_id_of_another_unit_or_a_deleted_record_is_a_bad_row(roster, tmp_path):
    other = Activity(date=date(2026, 2, 1), title="Của xã khác", forms=["TRUC_TIEP"])
    with roster.db.atomic():
        activity_repo.save_activity(roster.db, other, WriteContext("inst-2", "X", "99999", "2026-02-01T08:00:00+07:00"))
    gone = Activity(date=date(2026, 2, 2), title="Đã xóa", forms=["TRUC_TIEP"])
    save_activity(roster, gone)
    delete_activity(roster, gone.id)
    path = tmp_path / "ids.json"
    rows = [{"id": a.id, "payload": {"date": "2026-02-03", "title": "Sửa", "forms": ["TRUC_TIEP"]}} for a in (other, gone)]
    path.write_text(json.dumps(rows), encoding="utf-8")
    before = _state(roster)
    with pytest.raises(ImportRejectedError) as err:
        _import(roster, path)
    codes = [(p["row"], p["code"]) for p in err.value.details["report"]["problems"]]
    assert codes == [(1, "other-unit"), (2, "deleted")]
    assert "belongs to unit 99999" in err.value.message
    assert _state(roster) == before


def test_csv_saved_in_a_legacy_code_page_is_converted_from_tcvn3(workspace, tmp_path):
    legacy = "Nguy\xd4n Th\xde H\xad\xeang"  # TCVN3 as a cp1252 text file carries it
    path = tmp_path / "roster-tcvn3.csv"
    path.write_bytes("Ho va ten,Loai\n".encode("ascii") + f"{legacy},TTV\n".encode("cp1252"))
    report = run_job(import_file(workspace, "roster", path))
    assert report.created == 1 and [c["encoding"] for c in report.conversions] == ["tcvn3"]
    assert [r.full_name for r in reporter_repo.iter_reporters(workspace.db)] == ["Nguyễn Thị Hường"]


def test_sheet_option_picks_a_sheet_and_an_unknown_sheet_is_refused(roster, tmp_path):
    path = messy_activities_xlsx(tmp_path / "a.xlsx", bad_rows=False)
    assert _import(roster, path, sheet="so theo doi", dry_run=True).sheet == "Sổ theo dõi"
    with pytest.raises(FileFormatError) as err:
        _import(roster, path, sheet="Quý 3")
    assert "no sheet 'Quý 3'" in err.value.message and "Sổ theo dõi" in err.value.message


def test_reimport_of_unchanged_rows_looks_up_no_record_one_by_one(roster, tmp_path):
    path = messy_activities_xlsx(tmp_path / "a.xlsx", bad_rows=False)
    _import(roster, path)
    statements: list[str] = []
    roster.db.conn.set_trace_callback(statements.append)
    try:
        again = _import(roster, path)
    finally:
        roster.db.conn.set_trace_callback(None)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert [s for s in statements if "FROM activities WHERE id = " in s] == []


@pytest.mark.parametrize(("counts", "expected"), [((20, 10), (0, 2, 0)), ((10, 20), (0, 1, 1)), ((10, 10), (0, 0, 2))])
def test_a_record_named_twice_in_one_file_is_compared_with_what_the_first_row_left(roster, tmp_path, counts, expected):
    def payload(n):
        return {"date": "2026-02-03", "title": "Họp dân tổ 7", "forms": ["TRUC_TIEP"], "participants": n}

    first = tmp_path / "first.json"
    first.write_text(json.dumps([payload(10)], ensure_ascii=False), encoding="utf-8")
    assert _import(roster, first).created == 1
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps([payload(n) for n in counts], ensure_ascii=False), encoding="utf-8")
    report = _import(roster, twice)
    assert (report.created, report.updated, report.unchanged) == expected
    assert [(a.participants, a.meta.rev) for a in _activities(roster)] == [(counts[-1], 1 + expected[1])]


def test_xlsx_cells_read_as_openpyxl_reads_them(tmp_path):
    """Inline and shared strings, rich text, dates, booleans, errors, cells and rows without numbers, gaps."""
    import re
    import zipfile

    from openpyxl import Workbook
    from openpyxl.styles import Font

    from app.services.sheets import _font, _xlsx_rows

    wb = Workbook()
    sheet = wb.active
    sheet.append(["Ngày", "Nội dung", "Số người", "x"])
    sheet.append([date(2024, 1, 2), "Tuyªn truyÒn", 12, True])
    sheet["B2"].font = Font(name=".VnTime")
    sheet.append([datetime(2024, 1, 2, 5, 6), "Luật Đất đai", 1.5, "#N/A"])
    sheet["C4"].number_format = "yyyy-mm-dd"
    sheet["C4"] = 45001
    sheet.cell(row=8, column=6, value="xa")
    base = tmp_path / "base.xlsx"
    wb.save(base)
    extra = (
        '<row r="10"><c r="A10" t="inlineStr"><is><t xml:space="preserve"> Phổ biến </t></is></c>'
        '<c t="inlineStr"><is><r><rPr><b/></rPr><t>rich </t></r><r><t>run</t></r></is></c>'
        '<c t="inlineStr"><is><t/></is></c><c r="E10" t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>P</t></rPh></is></c>'
        '<c r="f10" t="str"><v>s</v></c><c r="G10" t="b"><v>0</v></c><c r="H10" t="e"><v>#DIV/0!</v></c>'
        '<c r="I10" t="d"><v>2024-03-04T00:00:00</v></c><c r="J10"><v>1E3</v></c><c r="K10"><f>1+1</f><v>2</v></c></row>'
        '<row><c r="A11"><v>7</v></c><c><v>8</v></c></row><row r="13"></row>'
    )
    with zipfile.ZipFile(base) as z:
        files = {n: z.read(n) for n in z.namelist()}
    xml = files["xl/worksheets/sheet1.xml"].decode().replace("</sheetData>", extra + "</sheetData>")
    for ref in ("", '<dimension ref="A1:K13"/>', '<dimension ref="A1:C9"/>'):
        files["xl/worksheets/sheet1.xml"] = re.sub(r"<dimension ref=\"[^\"]*\"/>", ref, xml).encode()
        path = tmp_path / f"cells{len(ref)}.xlsx"
        with zipfile.ZipFile(path, "w") as out:
            for name, data in files.items():
                out.writestr(name, data)
        book = load_workbook(path, read_only=True, data_only=True)
        ws = book.active
        expected = []
        for row in ws.iter_rows():
            values = [c.value for c in row]
            fonts = {i: _font(c) for i, c in enumerate(row) if isinstance(c.value, str) and not c.value.isascii()}
            expected.append((values, {i: f for i, f in fonts.items() if f}))
        got = list(_xlsx_rows(ws))
        book.close()
        assert got == expected
        assert [type(v) for r, _ in got for v in r] == [type(v) for r, _ in expected for v in r]
        assert len(got) >= 9 and got[1][1] == {1: ".VnTime"}
