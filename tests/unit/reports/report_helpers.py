"""Helpers of the document tests: a Vietnamese commune log, PDF text, fonts and word boxes via poppler."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.models import Activity, Decision, Reporter, Training

LONG_TITLE = (
    "Hội nghị tuyên truyền Luật Đất đai năm 2024, Luật Hôn nhân và gia đình, Luật Phòng, chống bạo lực gia đình "
    "và Luật Xử lý vi phạm hành chính cho hội viên Hội Phụ nữ, Hội Nông dân và Đoàn Thanh niên tổ dân phố Đồng Quang "
    "— kết hợp giải đáp vướng mắc của người dân về thủ tục cấp giấy chứng nhận quyền sử dụng đất ở"
)


def make_log(ws) -> dict:
    """Two reporters and four activities of 2026 (one with a very long title); returns their ids."""
    from app.services import logbook

    bcv = Reporter(kind="bcv", full_name="Nguyễn Thị Hường", gender="nu", birth_date=dt.date(1985, 3, 4),
                   title="Công chức Tư pháp - Hộ tịch", organisation="UBND phường Phan Đình Phùng",
                   qualification="Cử nhân Luật", area="Tổ dân phố Đồng Quang",
                   recognition=Decision("05/QĐ-UBND", dt.date(2025, 8, 1), "Chủ tịch UBND phường"),
                   trainings=[Training(dt.date(2026, 4, 2), "Tập huấn kỹ năng PBGDPL")])  # fmt: skip
    ttv = Reporter(kind="ttv", full_name="Đặng Văn Lợi", gender="nam", birth_date=dt.date(1970, 1, 9),
                   title="Tổ trưởng tổ dân phố", area="Tổ dân phố Quyết Thắng",
                   recognition=Decision("12/QĐ-UBND", dt.date(2026, 2, 3), "Chủ tịch UBND phường"),
                   dismissal=Decision("40/QĐ-UBND", dt.date(2026, 9, 30), "Chủ tịch UBND phường"),
                   dismissal_ground="TU_NGUYEN", dismissal_reason="Chuyển nơi cư trú")  # fmt: skip
    for r in (bcv, ttv):
        logbook.save_reporter(ws, r)
    acts = [
        Activity(date=dt.date(2026, 1, 5), title=LONG_TITLE, forms=["TRUC_TIEP"], place="Nhà văn hóa tổ dân phố Đồng Quang",
                 target_groups=["PHU_NU", "NONG_DAN"], participants=120, women=80, ethnic_minority=7, materials=150,
                 reporter_ids=[bcv.id], cost=2_500_000),
        Activity(date=dt.date(2026, 3, 8), title="Hội thi tìm hiểu pháp luật về bình đẳng giới", forms=["THI"],
                 place="Hội trường UBND phường", target_groups=["PHU_NU"], participants=45, women=40, materials=0,
                 reporter_ids=[ttv.id]),
        Activity(date=dt.date(2026, 6, 12), title="Phát tờ gấp Luật Giao thông đường bộ", forms=["TAI_LIEU"],
                 target_groups=["NHAN_DAN"], participants=0, materials=300),
        Activity(date=dt.date(2026, 11, 9), title="Hưởng ứng Ngày Pháp luật Việt Nam: tọa đàm về Hiến pháp",
                 forms=["NGAY_PL", "TRUC_TIEP"], place="Trường THCS Chu Văn An", target_groups=["HOC_SINH"],
                 participants=300, women=160, materials=50, reporter_ids=[bcv.id, ttv.id]),
        Activity(date=dt.date(2025, 12, 30), title="Hoạt động của năm trước, không tính vào năm 2026", forms=["TRUC_TIEP"],
                 participants=999, materials=999),
    ]  # fmt: skip
    for a in acts:
        logbook.save_activity(ws, a)
    return {"bcv": bcv.id, "ttv": ttv.id}


def pdf_text(data: bytes) -> list[str]:
    """Text of each page, extracted with pypdf."""
    import io

    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils / softhsm2)")
    return path


def pdffonts(path: Path) -> list[dict]:
    """Rows of ``pdffonts`` (poppler): name, type, emb."""
    out = subprocess.run([need_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # columns from the right: emb sub uni objectID gen
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def word_boxes(path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """Words of ``page`` (1-based) with their boxes in points, from ``pdftotext -bbox``."""
    import re

    out = subprocess.run([need_tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        words.append((m.group(5), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4))))
    return words


SOFTHSM_LIBS = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                "/usr/local/lib/softhsm/libsofthsm2.so")  # fmt: skip
