"""The activity log's fast table layout prints exactly what reportlab's own LongTable and Paragraphs print."""

from __future__ import annotations

import io

import pytest

from report_helpers import LONG_TITLE, need_tool, word_boxes


def _pdf(flowables) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    page = landscape(A4)
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=page, invariant=1)
    doc.addPageTemplates([PageTemplate(frames=[Frame(30 * mm, 20 * mm, page[0] - 45 * mm, page[1] - 40 * mm, 0, 0, 0, 0)], pagesize=page)])
    doc.build(list(flowables))
    return buf.getvalue()


def _words(tmp_path, name: str, data: bytes) -> list:
    from pypdf import PdfReader

    path = tmp_path / name
    path.write_bytes(data)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    return [(n, *w) for n in range(1, pages + 1) for w in word_boxes(path, n)]


def test_paged_table_prints_what_a_long_table_prints(tmp_path):
    need_tool("pdftotext")
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, Spacer, TableStyle

    from app.reports import fonts
    from app.reports.base import PagedTable, base_stylesheet

    cell = base_stylesheet()["Cell"]
    widths = [10 * mm, 90 * mm, 40 * mm, 20 * mm]
    rows = [[Paragraph("<b>TT</b>", cell), "Nội dung", "Địa điểm", "Số người"]]
    for i in range(1, 161):
        title = LONG_TITLE[: 20 + (i * 37) % len(LONG_TITLE)]
        rows.append([str(i), Paragraph(title, cell), "Nhà văn hóa\ntổ dân phố" if i % 3 else "Hội trường", str(i * 7)])
    rows.append(["", Paragraph("<b>Tổng cộng</b>", cell), "", str(sum(i * 7 for i in range(1, 161)))])
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10, 12),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("ALIGN", (3, 1), (3, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), fonts.BOLD, 10, 12),
        ("SPAN", (1, -1), (2, -1)),
    ]
    reference = LongTable(rows, colWidths=widths, repeatRows=1)
    reference.setStyle(TableStyle(style))
    expected = _words(tmp_path, "long.pdf", _pdf([Spacer(1, 150), reference]))
    got = _words(tmp_path, "paged.pdf", _pdf([Spacer(1, 150), PagedTable(rows, widths, style, repeat_rows=1)]))
    assert len({w[0] for w in expected}) >= 5  # several pages, so the header repeats and rows move on
    assert [w[:2] for w in got] == [w[:2] for w in expected]
    moved = [(g, e) for g, e in zip(got, expected) if max(abs(a - b) for a, b in zip(g[2:], e[2:])) >= 0.01]
    assert not moved, moved[:3]


@pytest.mark.parametrize("text", [
    LONG_TITLE,
    f"{LONG_TITLE}\nNội dung: Luật Đất đai 2024, Luật Hôn nhân và gia đình\nGhi chú: Phối hợp với Hội Phụ nữ",
    "Tiếp công dân định kỳ kết hợp phổ biến Luật Bảo hiểm xã hội năm 2024",
    "  nhiều   khoảng trắng \n\n liên tiếp  ",
    "Một-từ-rất-dài-không-có-khoảng-trắng-nào-để-xuống-dòng-được-trong-ô-hẹp",
])
@pytest.mark.parametrize("width_mm", [24, 30, 75])
def test_plain_lines_break_where_the_paragraph_breaks(text, width_mm):
    from xml.sax.saxutils import escape

    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    from app.reports import fonts
    from app.reports.base import base_stylesheet, wrap_lines

    style = base_stylesheet()["Cell"].clone("c", fontSize=10, leading=12)
    width = width_mm * mm - 6
    para = Paragraph(escape(text).replace("\n", "<br/>"), style)
    para.wrap(width, 1e6)
    printed = [" ".join(w.text if hasattr(w, "text") else w for w in getattr(ln, "words", ln[1] if isinstance(ln, tuple) else [])).strip()
               for ln in para.blPara.lines]
    lines = wrap_lines(text, fonts.REGULAR, 10, width)
    if lines is None:  # only where plain lines could not print the same: then the log keeps the Paragraph
        return
    assert lines == [ln for ln in printed if ln]


def test_reportlab_runs_with_its_c_accelerator():
    """rl_accel is a dependency (the log PDF's speed goal) and the frozen build's smoke test checks it too."""
    from app.reports.base import accelerated

    assert accelerated()
