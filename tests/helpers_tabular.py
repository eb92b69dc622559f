"""Builders of the messy spreadsheets officers really have, made in the test (no binary files in the repository)."""

from __future__ import annotations

import csv
import unicodedata
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

# From ../shared/reference/legacy-encodings.md section 6 (strings as openpyxl returns them after cp1252 decoding).
TCVN3_SO_TU_PHAP = ("S\xeb T\xad ph\xb8p t\xd8nh Th\xb8i Nguy\xaan", "Sở Tư pháp tỉnh Thái Nguyên")
TCVN3_HOA_GIAI = ("H\xdfa gi\xb6i \xeb c\xac s\xeb", "Hòa giải ở cơ sở")
TCVN3_UBND = ("\xf1y ban nh\xa9n d\xa9n x\xb7 \xa7\xb9i Ph\xf3c", "ủy ban nhân dân xã Đại Phúc")
VNI_TRUONG = ("Tr\xf6\xf4\xf8ng Trung ho\xefc c\xf4 s\xf4\xfb L\xf6\xf4ng The\xe1 Vinh", "Trường Trung học cơ sở Lương Thế Vinh")
TCVN3_NAME = ("Nguy\xd4n Th\xde H\xad\xeang", "Nguyễn Thị Hường")

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

# Header of the activities sheet: (row 3 group header, row 4 sub-header or None when merged vertically).
ACTIVITY_HEADER = [
    ("STT", None), ("Ngay", None), ("Noi dung", None), ("Hình thức", None), ("Luật/chủ đề", None),
    ("Địa điểm", None), ("Đối tượng", None), ("Số người tham dự (Lượt người)", "Tổng số"), (None, "Trong đó nữ"),
    (None, "DTTS"), ("Số tài liệu (bản)", None), ("Báo cáo viên", None), ("Kinh phí (đồng)", None),
    ("Đơn vị chủ trì", None), ("Ghi chú", None),
]  # fmt: skip
ORGANISER_COL = 14  # 1-based column of "Đơn vị chủ trì" (TCVN3, font .VnTime)
PLACE_COL = 6

GOOD_ROWS = [  # row 6, (7 blank), 8, 9
    [1, "05/03/2026", NFD("Tuyên truyền Luật Đất đai năm 2024"), "Hội nghị", "Luật Đất đai", "Nhà văn hóa tổ 5",
     "Nhân dân", 120, 60, 5, 200, NFD("Nguyễn Thị Hường"), "1.500.000 đ", TCVN3_SO_TU_PHAP[0], " ghi  chú "],
    None,
    [2, datetime(2026, 4, 10), "  Phổ biến\u00a0Luật Hôn nhân   và gia đình ", "Tập huấn", "Luật Hôn nhân và gia đình",
     VNI_TRUONG[0], "Hội viên phụ nữ", 45, 40, 0, 50, "  Trần\u00a0Văn  Bình ", 2500000, TCVN3_UBND[0], None],
    [3, "7/5/26", "Hòa giải ở cơ sở cho tổ hòa giải", "Tư vấn pháp luật", TCVN3_HOA_GIAI[1], "Tổ 7",
     "Hòa giải viên", "1.200", 15, None, 30, "Nguyễn Thị Hường; Trần Văn Bình", "1,500,000", TCVN3_SO_TU_PHAP[0], None],
]  # fmt: skip
BAD_ROWS = [  # rows 11..16 (row 10 blank)
    [4, "15/12/2026", "Hoạt động trong tương lai", "Hội nghị", "", "Tổ 1", "Nhân dân", 10, 2, 0, 0, "", 0, TCVN3_UBND[0], None],
    [5, "12/06/2026", "Hình thức lạ", "Múa rối nước", "", "Tổ 2", "Nhân dân", 10, 2, 0, 0, "", 0, TCVN3_UBND[0], None],
    [6, "13/06/2026", "Nhiều nữ hơn người", "Hội nghị", "", "Tổ 3", "Nhân dân", 30, 45, 0, 0, "", 0, TCVN3_UBND[0], None],
    [7, "14/06/2026", "Kinh phí âm", "Hội nghị", "", "Tổ 4", "Nhân dân", 30, 5, 0, 0, "", "-500.000", TCVN3_UBND[0], None],
    [8, "hôm qua", "Ngày không đọc được", "Hội nghị", "", "Tổ 5", "Nhân dân", 30, 5, 0, 0, "", 0, TCVN3_UBND[0], None],
    [9, "16/06/2026", "Báo cáo viên lạ", "Hội nghị", "", "Tổ 6", "Nhân dân", 30, 5, 0, 0, "Lê Văn Không Có", 0, TCVN3_UBND[0], None],
]  # fmt: skip
# (row, column header as in the file, a word of the reason) for each bad row.
EXPECTED_PROBLEMS = [
    (11, "Ngay", "future"),
    (12, "Hình thức", "Múa rối nước"),
    (13, "Trong đó nữ", "more women"),
    (14, "Kinh phí", "negative"),
    (15, "Ngay", "not a date"),
    (16, "Báo cáo viên", "Lê Văn Không Có"),
]


def messy_activities_xlsx(path: Path, *, bad_rows: bool = True) -> Path:
    """Title row, merged two-level header, column-number row, NFD/NBSP text, TCVN3 and VNI cells, blank rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ theo dõi"
    width = len(ACTIVITY_HEADER)
    ws.cell(1, 1, "SỔ THEO DÕI HOẠT ĐỘNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(2, 1, "Đơn vị: Phường Phan Đình Phùng")
    for col, (top, sub) in enumerate(ACTIVITY_HEADER, start=1):
        if top is not None:
            ws.cell(3, col, top)
        if sub is not None:
            ws.cell(4, col, sub)
        elif top is not None:
            ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=10)
    for col in range(1, width + 1):
        ws.cell(5, col, f"({col})")
    rows = GOOD_ROWS + [None] + (BAD_ROWS if bad_rows else [])
    for offset, values in enumerate(rows):
        if values is None:
            continue
        r = 6 + offset
        for col, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = ws.cell(r, col, value)
            if isinstance(value, datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(r, ORGANISER_COL).font = Font(name=".VnTime")
    ws.cell(8, PLACE_COL).font = Font(name="VNI-Times")
    wb.save(path)
    return path


ROSTER_HEADER = ["STT", "Họ và tên", "Loại", "Giới tính", "Ngày sinh", "Chức vụ", "Điện thoại", "Số/ngày quyết định công nhận", "Tập huấn"]
ROSTER_ROWS = [
    [1, NFD("Nguyễn Thị Hường"), "Báo cáo viên", "Nữ", "12/05/1980", "Công chức Tư pháp", 912345678,
     "12/QĐ-UBND ngày 05/03/2024", "Tập huấn Luật Đất đai (10/04/2025, Sở Tư pháp)"],
    [2, "Trần Văn  Bình", "TTV", "Nam", "1975", "Tổ trưởng tổ dân phố", "0987 654 321", "", ""],
]  # fmt: skip


def roster_csv(path: Path, rows: list[list] | None = None) -> Path:
    """A roster as Excel saves CSV (UTF-8 with BOM)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(ROSTER_HEADER)
        for row in rows if rows is not None else ROSTER_ROWS:
            writer.writerow(["" if v is None else v for v in row])
    return path


def roster_xlsx(path: Path, rows: list[list] | None = None) -> Path:
    """The roster as a simple .xlsx (header in row 1)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Báo cáo viên"
    ws.append(ROSTER_HEADER)
    for row in rows if rows is not None else ROSTER_ROWS:
        ws.append(row)
    wb.save(path)
    return path


# The adversary's activity log (field-tests/adversary.md, experiment 5): title block, a two-level header, a row of
# column numbers, a hidden column G, numbers as text, formulas, and a totals row "Tổng cộng" in column A merged A:G.
LOG_HEADER = ["STT", "Ngày", "Nội dung", "Hình thức", "Địa điểm", "Đối tượng", "Ghi chú nội bộ",
              "Số người tham dự", None, None, "Kinh phí (đồng)", "Ghi chú"]  # fmt: skip
LOG_ROWS = [  # (participants, women) as the officer sees them in H and I
    [1, "05/3/2026", "Tuyên truyền Luật Đất đai", "Hội nghị", "Nhà văn hóa thôn 1", "Nhân dân", "x", "1.250", 620, 0, "1.500.000", None],
    [2, "06/03/2026", "Phổ biến Luật Hôn nhân và gia đình", "Tập huấn", "Thôn 2", "Nhân dân", "x", 0, 0, 0, "850.000 đ", None],
    [3, "2026-03-05", "Tư vấn pháp luật cho hội viên", "Tư vấn pháp luật", "Thôn 3", "Nhân dân", "x", 45, 20, 0, 0, None],
    [4, "20/03/2026", "Hội nghị phổ biến Luật Giao thông", "Hội nghị", "Thôn 4", "Nhân dân", "x", "=40+25", "=20+10", 0, 0, None],
    [5, "25/3/2026", "Tuyên truyền Luật Phòng, chống ma túy", "Hội nghị", "Thôn 5", "Nhân dân", "x", " 310 ", 100, 5, "12.500.000", None],
]  # fmt: skip
LOG_EXPECTED = [1250, 0, 45, 65, 310]  # participants per data row
LOG_FIRST_ROW = 7  # rows 7..11 hold the activities; row 12 is the totals row


def activity_log_xlsx(
    path: Path,
    *,
    hidden_header: str | None = None,
    cached: bool = True,
    hidden_rows: tuple[int, ...] = (),
    total_label: str = "Tổng cộng",
    total_column: int = 1,
    hide: str = "G",
) -> Path:
    """The adversary's layout. ``hidden_header`` names hidden column G (999 in every row); ``cached=False`` leaves the
    formulas without the values Excel saves with them (as files written by other programs are)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ theo dõi"
    ws.cell(1, 1, "SỔ THEO DÕI HOẠT ĐỘNG PBGDPL NĂM 2026")
    ws.merge_cells("A1:L1")
    ws.cell(2, 1, "Xã Đại Phúc")
    for col, text in enumerate(LOG_HEADER, start=1):
        if text is not None:
            ws.cell(4, col, hidden_header if col == 7 and hidden_header else text)
    ws.merge_cells("H4:J4")
    for col, text in ((8, "Tổng số"), (9, "Trong đó nữ"), (10, "DTTS")):
        ws.cell(5, col, text)
    for col in range(1, 13):
        ws.cell(6, col, f"({col})")
        if col not in (8, 9, 10):
            ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.column_dimensions[hide].hidden = True
    for offset, values in enumerate(LOG_ROWS):
        for col, value in enumerate(values, start=1):
            if col == 7 and hidden_header:
                value = 999
            if value is not None:
                ws.cell(LOG_FIRST_ROW + offset, col, value)
    last = LOG_FIRST_ROW + len(LOG_ROWS) - 1
    total = last + 1
    ws.cell(total, total_column, total_label)
    if total_column == 1:
        ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=7)
    for col in "HIJK":
        ws[f"{col}{total}"] = f"=SUM({col}{LOG_FIRST_ROW}:{col}{last})"
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    wb.save(path)
    if cached:
        _cache_formulas(path, {"=40+25": 65, "=20+10": 30})
    return path


def _cache_formulas(path: Path, values: dict[str, int]) -> None:
    """Write the values Excel would have saved beside the formulas (SUMs get 1, good enough for a totals row)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    name = "xl/worksheets/sheet1.xml"

    def cached(m: re.Match) -> str:
        return f"<f>{m.group(1)}</f><v>{values.get('=' + m.group(1), 1)}</v>"

    members[name] = re.sub(r"<f>([^<]*)</f><v\s*/?>(?:</v>)?", cached, members[name].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in members.items():
            zf.writestr(n, data)
