"""A plan file as an officer would fill it in Excel: sheet "Kế hoạch" (field, value) and sheet "Nhiệm vụ"."""

from __future__ import annotations

import openpyxl

PLAN_ROWS = [
    ["Số kế hoạch", "05/KH-UBND"], ["Ngày ban hành", "10/01/2026"], ["Cơ quan ban hành", "UBND phường Phan Đình Phùng"],
    ["Trích yếu", "Kế hoạch PBGDPL năm 2026"], ["Loại kế hoạch", "Hằng năm"], ["Từ năm", 2026], ["Đến năm", 2026],
    ["Hạn ban hành", "15/01/2026"], ["Kinh phí (đồng)", "20.000.000"],
]  # fmt: skip
TASK_HEADER = ["STT", "Mục", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Kinh phí"]
TASK_ROWS = [
    [1, "1", "Tuyên truyền Luật Đất đai năm 2024", "Công chức Tư pháp - Hộ tịch", "Công an phường; Hội Phụ nữ", "Quý II năm 2026", "2.000.000"],
    [2, "2", "Hưởng ứng Ngày Pháp luật 09/11", "UBND phường", "", "09/11/2026", ""],
    [3, "3", "Phát thanh pháp luật trên loa", "Đài truyền thanh", "", "Hàng năm", ""],
]


def write_plan_file(path, task_rows=None, plan_rows=None):
    wb = openpyxl.Workbook()
    head = wb.active
    head.title = "Kế hoạch"
    head.append(["Thông tin", "Giá trị"])
    for row in PLAN_ROWS if plan_rows is None else plan_rows:
        head.append(row)
    tasks = wb.create_sheet("Nhiệm vụ")
    tasks.append(TASK_HEADER)
    for row in TASK_ROWS if task_rows is None else task_rows:
        tasks.append(row)
    wb.save(path)
    return path


def with_deadline(deadline: str) -> list[list]:
    """The sample tasks with the first one's deadline replaced."""
    rows = [list(r) for r in TASK_ROWS]
    rows[0][5] = deadline
    return rows
