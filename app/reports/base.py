"""The base of every official document: Nghị định 30/2020/NĐ-CP Phụ lục I layout on A4 (data in, bytes out).

Geometry: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; page numbers centred in the top margin from
page 2. Page 1 carries the agency block (top left), the Quốc hiệu and Tiêu ngữ (top right), "Số: …/BC-UBND"
and the italic place and date, then the document type and summary. Documents end with the signer block and
"Nơi nhận:". Every piece of user text is NFC-normalised and XML-escaped before it reaches a Paragraph.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Generic, Sequence, TypeVar
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

from app.reports import fonts

MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
BODY_SIZE = 13
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# Room between a line of text and the short rule under it: clear of descenders and dots below ("p", "y", "ậ"),
# which reach about 3.5 pt under the paragraph's box at 14 pt.
RULE_GAP = 5
SIGNATURE_HEIGHT = 28 * mm  # room between the title and the name for a signature (and seal)

D = TypeVar("D")


def accelerated() -> bool:
    """Whether reportlab runs with its C accelerator (the rl_accel package), as shipped builds must: without it
    the 1,000-activity log takes ~25 % longer."""
    from reportlab.lib import rl_accel

    return getattr(rl_accel.fp_str, "__module__", "") == "_rl_accel"


def nfc(text: object) -> str:
    """Return ``text`` as an NFC string ("" for None)."""
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def esc(text: object) -> str:
    """NFC-normalise and XML-escape user text for a Paragraph; newlines become line breaks."""
    return escape(nfc(text)).replace("\n", "<br/>")


def upper_vi(text: str) -> str:
    """Vietnamese upper case (str.upper handles every precomposed letter, đ → Đ included)."""
    return nfc(text).upper()


def vn_number(value: object) -> str:
    """Integers with "." between thousands (Vietnamese usage: 12.500), on every document and in totals;
    anything else as text."""
    if isinstance(value, bool) or not isinstance(value, int):
        return nfc(value)
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def vn_date(day: date | None) -> str:
    """dd/mm/yyyy, or "" for no date."""
    return day.strftime("%d/%m/%Y") if day else ""


def place_date_line(place: str, day: date) -> str:
    """"Thái Nguyên, ngày 05 tháng 01 năm 2026": day < 10 and months 1–2 get a leading 0 (Phụ lục I ô 4)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    prefix = f"{nfc(place)}, " if place else ""
    return f"{prefix}ngày {day.day:02d} tháng {month} năm {day.year}"


def pdf_title(info: "DocumentInfo") -> str:
    """The PDF's title in Vietnamese sentence case: "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026"."""
    summary = " ".join(nfc(info.summary).split())
    doc_type = nfc(info.doc_type).strip()
    doc_type = doc_type[:1].upper() + doc_type[1:].lower()
    return f"{doc_type} {summary[:1].lower() + summary[1:]}".strip()


def number_line(number: str, code: str) -> str:
    """"Số: 05/BC-UBND"; a blank number leaves room to fill in by hand ("Số:      /BC-UBND")."""
    number = nfc(number).strip()
    if not code and not number:
        return ""
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    blank = "\u00a0" * 8
    return f"Số: {number or blank}/{nfc(code)}" if code else f"Số: {number}"


@dataclass(frozen=True)
class Letterhead:
    """The agency lines, the document's number code and the place name (editable workspace settings).

    ``upper_agency`` (cơ quan chủ quản, upright) and ``issuing_unit`` (cơ quan ban hành, bold) may hold several
    lines separated by newlines; both are printed in capitals.
    """

    issuing_unit: str
    upper_agency: str = ""
    place: str = ""
    number: str = ""
    code: str = "BC-UBND"


@dataclass(frozen=True)
class SignerInfo:
    """Quyền hạn ("TM. ỦY BAN NHÂN DÂN"), chức vụ ("CHỦ TỊCH") and the signer's name."""

    authority: str = "TM. ỦY BAN NHÂN DÂN"
    title: str = "CHỦ TỊCH"
    name: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    """What page 1 and the last block of any document show."""

    letterhead: Letterhead
    doc_type: str  # "BÁO CÁO", "DANH SÁCH", "SỔ THEO DÕI" …
    summary: str  # trích yếu
    issued: date
    signer: SignerInfo = field(default_factory=SignerInfo)
    recipients: tuple[str, ...] = ()  # lines of "Nơi nhận:", printed as "- …;" and the last "- Lưu: VT."
    prepared_by: tuple[str, str] | None = None  # (title, name) printed left of the signer when no recipients
    author: str = ""


@dataclass(frozen=True)
class SignatureBox:
    """Where the signature goes: 1-based ``page`` and the rectangle in PDF points (x1, y1, x2, y2)."""

    page: int
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def rect(self) -> tuple[int, int, int, int]:
        return (round(self.x1), round(self.y1), round(self.x2), round(self.y2))


@dataclass(frozen=True)
class RenderedPdf:
    """A rendered document: its bytes, page count, page size and where a visible signature belongs."""

    pdf: bytes
    pages: int
    page_size: tuple[float, float]
    signature_box: SignatureBox | None = None


class Rule(Flowable):
    """A solid horizontal rule of ``length`` points, centred in the available width."""

    def __init__(self, length: float, thickness: float = 0.6, space_before: float = 1, space_after: float = 2) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._width = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.thickness

    def draw(self) -> None:
        x = (self._width - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.setStrokeColor(colors.black)
        self.canv.line(x, 0, x + self.length, 0)


class SignatureSpot(Flowable):
    """Empty room for the signature; records its absolute position for the visible PDF signature."""

    def __init__(self, height: float, sink: dict) -> None:
        super().__init__()
        self.height = height
        self.sink = sink
        self.width = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        x1, y1 = self.canv.absolutePosition(0, 0)
        x2, y2 = self.canv.absolutePosition(self.width, self.height)
        self.sink["box"] = SignatureBox(self.canv.getPageNumber(), x1, y1, x2, y2)


def base_stylesheet() -> StyleSheet1:
    """Named paragraph styles of Phụ lục I, all in Liberation Serif."""
    fonts.register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Base", fontName=fonts.REGULAR, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2, textColor=colors.black)
    sheet.add(base)

    def add(name: str, **kw) -> None:
        sheet.add(ParagraphStyle(name, parent=base, **kw))

    add("Agency", fontSize=13, leading=15, alignment=TA_CENTER)
    add("AgencyBold", fontName=fonts.BOLD, fontSize=13, leading=15, alignment=TA_CENTER)
    add("NationalTitle", fontName=fonts.BOLD, fontSize=12, leading=14.5, alignment=TA_CENTER)
    add("Motto", fontName=fonts.BOLD, fontSize=13, leading=15, alignment=TA_CENTER)
    add("Number", fontSize=13, leading=15, alignment=TA_CENTER)
    add("PlaceDate", fontName=fonts.ITALIC, fontSize=13, leading=15, alignment=TA_CENTER)
    add("DocType", fontName=fonts.BOLD, fontSize=14, leading=17, alignment=TA_CENTER, spaceBefore=12)
    add("Summary", fontName=fonts.BOLD, fontSize=14, leading=17, alignment=TA_CENTER)
    add("Body", alignment=TA_JUSTIFY, firstLineIndent=1 * 28.3465, spaceAfter=6, leading=BODY_SIZE * 1.3)
    add("Heading", fontName=fonts.BOLD, alignment=TA_LEFT, firstLineIndent=1 * 28.3465, spaceBefore=6, spaceAfter=6)
    add("TableTitle", fontName=fonts.BOLD, fontSize=13, leading=15.5, alignment=TA_CENTER, spaceBefore=6, spaceAfter=4)
    add("Note", fontName=fonts.ITALIC, fontSize=12, leading=14, alignment=TA_LEFT, spaceBefore=3)
    add("Cell", fontSize=11, leading=13, alignment=TA_LEFT)
    add("CellRight", fontSize=11, leading=13, alignment=2)
    add("CellCenter", fontSize=11, leading=13, alignment=TA_CENTER)
    add("CellHead", fontName=fonts.BOLD, fontSize=11, leading=13, alignment=TA_CENTER)
    add("CellBold", fontName=fonts.BOLD, fontSize=11, leading=13, alignment=TA_LEFT)
    add("CellBoldRight", fontName=fonts.BOLD, fontSize=11, leading=13, alignment=2)
    add("SignerAuthority", fontName=fonts.BOLD, fontSize=13, leading=15, alignment=TA_CENTER)
    add("SignerName", fontName=fonts.BOLD, fontSize=13, leading=15, alignment=TA_CENTER)
    add("RecipientsTitle", fontName=fonts.BOLD_ITALIC, fontSize=12, leading=14, alignment=TA_LEFT)
    add("Recipients", fontSize=11, leading=13, alignment=TA_LEFT)
    add("PageNumber", fontSize=13, alignment=TA_CENTER)
    return sheet


def text_width(text: str, font: str, size: float) -> float:
    return stringWidth(nfc(text), font, size)


class ReportBase(Generic[D]):
    """One renderer per document (house rule 14): subclasses give ``_info`` and ``_story``.

    ``render(data) -> bytes``; ``render_document(data)`` also returns the page count and signature box.
    Pass ``invariant=True`` for byte-stable output (tests).
    """

    landscape = False
    title = "Báo cáo"

    def __init__(self, invariant: bool = False) -> None:
        self.invariant = invariant
        self.styles = base_stylesheet()

    # -- geometry ---------------------------------------------------------------------------------------
    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT

    # -- hooks ------------------------------------------------------------------------------------------
    def _info(self, data: D) -> DocumentInfo:
        raise NotImplementedError

    def _story(self, data: D) -> list[Flowable]:
        raise NotImplementedError

    def _closing(self, data: D) -> list[Flowable]:
        """The closing text kept on one page with the signer block ("Trên đây là báo cáo …"); none by default."""
        return []

    # -- shared blocks ----------------------------------------------------------------------------------
    def p(self, text: object, style: str = "Body") -> Paragraph:
        """A Paragraph of user text (NFC, escaped)."""
        return Paragraph(esc(text), self.styles[style])

    def header_block(self, info: DocumentInfo) -> list[Flowable]:
        """Agency block and Quốc hiệu/Tiêu ngữ, the number and the place/date, the document type and summary."""
        s = self.styles
        lh = info.letterhead
        left_w = self.frame_width * (0.42 if not self.landscape else 0.40)
        right_w = self.frame_width - left_w
        left: list[Flowable] = []
        for line in upper_vi(lh.upper_agency).splitlines():
            if line.strip():
                left.append(Paragraph(esc(line), s["Agency"]))
        unit_lines = [ln for ln in upper_vi(lh.issuing_unit).splitlines() if ln.strip()]
        for line in unit_lines:
            left.append(Paragraph(esc(line), s["AgencyBold"]))
        longest = max((text_width(ln, fonts.BOLD, 13) for ln in unit_lines), default=60)
        left.append(Rule(max(longest * 0.4, 20 * mm), space_before=RULE_GAP))
        right: list[Flowable] = [
            Paragraph(NATIONAL_TITLE, s["NationalTitle"]),
            Paragraph(MOTTO, s["Motto"]),
            Rule(text_width(MOTTO, fonts.BOLD, 13), space_before=RULE_GAP),
        ]
        top = Table(
            [[left, right], [Paragraph(esc(number_line(lh.number, lh.code)), s["Number"]),
                             Paragraph(esc(place_date_line(lh.place, info.issued)), s["PlaceDate"])]],
            colWidths=[left_w, right_w],
        )
        top.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 13, 15),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
        ]))  # fmt: skip
        out: list[Flowable] = [top, Spacer(1, 8), Paragraph(esc(upper_vi(info.doc_type)), s["DocType"])]
        summary_lines = [ln for ln in nfc(info.summary).splitlines() if ln.strip()]
        for line in summary_lines:
            out.append(Paragraph(esc(line), s["Summary"]))
        if summary_lines:
            width = max(text_width(ln, fonts.BOLD, 14) for ln in summary_lines)
            out.append(Rule(min(width, self.frame_width) / 3, space_before=RULE_GAP))
        out.append(Spacer(1, 10))
        return out

    def signer_block(self, info: DocumentInfo, sink: dict) -> Flowable:
        """"Nơi nhận:" (or the preparer) on the left, quyền hạn/chức vụ, signature room and name on the right."""
        s = self.styles
        titles = [Paragraph(esc(upper_vi(t)), s["SignerAuthority"]) for t in (info.signer.authority, info.signer.title) if nfc(t).strip()]
        name = Paragraph(esc(info.signer.name or "\u00a0"), s["SignerName"])
        half = self.frame_width / 2 if not self.landscape else self.frame_width * 0.45
        widths = [self.frame_width - half, half]
        if info.prepared_by and not info.recipients:
            # Two signers side by side: the preparer (left) and the head (right), names on one line.
            title, prepared = info.prepared_by
            rows = [[Paragraph(esc(upper_vi(title)), s["SignerAuthority"]) if i == 0 else "", t] for i, t in enumerate(titles)]
            rows.append(["", SignatureSpot(SIGNATURE_HEIGHT, sink)])
            rows.append([Paragraph(esc(prepared), s["SignerName"]), name])
            table = Table(rows, colWidths=widths)
        else:
            left: list[Flowable] = []
            if info.recipients:
                left.append(Paragraph("Nơi nhận:", s["RecipientsTitle"]))
                lines = [nfc(r).strip().lstrip("-").strip().rstrip(";.") for r in info.recipients if nfc(r).strip()]
                for i, line in enumerate(lines):
                    end = "." if i == len(lines) - 1 else ";"
                    left.append(Paragraph(esc(f"- {line}{end}"), s["Recipients"]))
            right: list[Flowable] = [*titles, SignatureSpot(SIGNATURE_HEIGHT, sink), name]
            table = Table([[left, right]], colWidths=widths)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 13, 15),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        table.keepWithNext = False
        return table

    def grid_style(self, header_rows: int = 1) -> list[tuple]:
        """The common style of a data table: thin black grid, bold header, cells padded 3 pt."""
        return [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 11, 13),  # else reportlab's cell default, Helvetica
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]

    # -- page decoration --------------------------------------------------------------------------------
    def _on_page(self, canvas, doc) -> None:
        number = canvas.getPageNumber()
        self._pages = max(self._pages, number)
        if number >= 2:
            canvas.saveState()
            canvas.setFont(fonts.REGULAR, 13)
            canvas.setFillColor(colors.black)
            x = MARGIN_LEFT + self.frame_width / 2
            canvas.drawCentredString(x, self.pagesize[1] - MARGIN_TOP / 2 - 4, str(number))
            canvas.restoreState()

    # -- building ---------------------------------------------------------------------------------------
    def render_document(self, data: D) -> RenderedPdf:
        """Build the PDF in memory and return it with its page count and signature position."""
        fonts.register_fonts()
        info = self._info(data)
        sink: dict = {}
        self._pages = 0
        buf = io.BytesIO()
        doc = BaseDocTemplate(
            buf,
            pagesize=self.pagesize,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=pdf_title(info),
            author=nfc(info.author or info.letterhead.issuing_unit.replace("\n", " ")),
            subject=nfc(info.summary.replace("\n", " ")),
            creator="pbgdpl",
            invariant=1 if self.invariant else 0,
            initialFontName=fonts.REGULAR,
        )
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, self.frame_width, self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")  # fmt: skip
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page, pagesize=self.pagesize)])
        # The signer block and "Nơi nhận" never stand alone on the last page: the closing paragraph goes with them.
        parts = [*self._closing(data), Spacer(1, 10), self.signer_block(info, sink)]
        body = self._story(data)
        if body and isinstance(body[-1], PagedTable):  # a document ending on a long table: its last rows go along
            frame_height = self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
            tail = sum(f.wrap(self.frame_width, frame_height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in parts)
            body[-1].tail = (tail, frame_height)
        story = [*self.header_block(info), *body, KeepTogether(parts)]
        doc.build(story)
        return RenderedPdf(buf.getvalue(), self._pages, self.pagesize, sink.get("box"))

    def render(self, data: D) -> bytes:
        """Return the PDF bytes of ``data``."""
        return self.render_document(data).pdf


def cell_table(rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float], style: list, repeat_rows: int = 1):
    """A LongTable whose header rows repeat on every page."""
    from reportlab.platypus import LongTable

    table = LongTable(list(rows), colWidths=list(widths), repeatRows=repeat_rows)
    table.setStyle(TableStyle(style))
    return table


class CellParagraph(Paragraph):
    """A Paragraph that remembers its line breaks per width.

    A long table is re-measured once per page split (reportlab wraps every remaining cell again); caching the
    wrap of unchanged cells makes that linear instead of quadratic in practice.
    """

    _wrap_cache: dict

    def wrap(self, avail_width: float, avail_height: float):  # noqa: D102
        cache = self.__dict__.setdefault("_wrap_cache", {})
        hit = cache.get(avail_width)
        if hit is not None:
            self.width, self.height, self.blPara = hit
            return self.width, self.height
        result = super().wrap(avail_width, avail_height)
        cache[avail_width] = (self.width, self.height, self.blPara)
        return result


@lru_cache(maxsize=1 << 16)
def _word_width(word: str, font: str, size: float) -> float:
    """stringWidth of one word, cached: a log repeats the same few thousand Vietnamese syllables."""
    return stringWidth(word, font, size)


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str] | None:
    """Break ``text`` into the lines a one-face, left-aligned Paragraph of ``width`` points would print.

    Greedy word wrap per newline-separated line (runs of white space collapse and empty lines vanish, as in a
    Paragraph with ``<br/>``). Returns None when plain lines cannot print the same: a word wider than
    ``width`` (a Paragraph cuts it) or a line that fits only by squeezing its spaces (reportlab's
    ``spaceShrinkage``). Drawing the lines as a plain table cell ("\\n"-joined) is several times cheaper than
    a Paragraph.
    """
    space = _word_width(" ", font, size)
    shrink = (rl_config.spaceShrinkage or 0) * space
    out: list[str] = []
    for raw in text.split("\n"):
        words = raw.split()
        line: list[str] = []
        used = -space
        for word in words:
            w = _word_width(word, font, size)
            if w > width:
                return None
            new = used + space + w
            if new <= width + shrink * len(line):
                line.append(word)
                used = new
                continue
            if used > width:
                return None
            out.append(" ".join(line))
            line, used = [word], w
        if line:
            if used > width:
                return None
            out.append(" ".join(line))
    return out


def _remap_style(style: Sequence[tuple], nrows: int, repeat: int, first: int, stop: int) -> list[tuple]:
    """The commands of a whole-table ``style`` for a page table of the header rows plus rows [first, stop).

    Row coordinates are resolved against the whole table (negative = from its end), cut to the header and
    to the page's rows, and renumbered; column coordinates are kept. Commands that miss the page are dropped.
    """
    out: list[tuple] = []
    for cmd in style:
        name, (c0, r0), (c1, r1), *rest = cmd
        r0 = r0 + nrows if r0 < 0 else r0
        r1 = r1 + nrows if r1 < 0 else r1
        lo, hi = min(r0, r1), max(r0, r1)
        if lo < repeat:  # the header part
            out.append((name, (c0, lo), (c1, min(hi, repeat - 1)), *rest))
        a, b = max(lo, first, repeat), min(hi, stop - 1)
        if a <= b:
            out.append((name, (c0, a - first + repeat), (c1, b - first + repeat), *rest))
    return out


class PagedTable(Flowable):
    """A long data table laid out page by page in linear time, printing what a LongTable would.

    reportlab splits a long table by re-measuring (and re-scanning the spans of) every remaining row at each
    page, which is quadratic in the number of rows. Here the rows are measured once (one reportlab Table does
    it, so heights are exactly reportlab's), then each page gets a small Table of the header rows and the rows
    that fit, with the whole-table style cut to them. Rows are never split inside (as the LongTable did);
    header rows repeat on every page. Spans must stay inside one row (the totals row's SPAN does).
    """

    def __init__(self, rows: Sequence[Sequence], widths: Sequence[float], style: Sequence[tuple], repeat_rows: int = 1,
                 *, _heights: list[float] | None = None, _first: int | None = None, _nrows: int | None = None,
                 tail: tuple[float, float] = (0.0, 0.0)) -> None:  # fmt: skip
        super().__init__()
        self.hAlign = "CENTER"  # as a Table (the last page draws this flowable itself)
        self._rows = rows if isinstance(rows, list) else list(rows)
        self._widths = list(widths)
        self._style = list(style)
        self._repeat = repeat_rows
        self._heights = _heights
        self._first = repeat_rows if _first is None else _first
        self._nrows = len(self._rows) if _nrows is None else _nrows
        self._table: Table | None = None
        # (height of what follows the table and must share its last page — the signatures —, the frame's height):
        # the last page then keeps at least the table's last rows with it (set by ReportBase.render_document)
        self.tail = tail

    def _measure(self, avail_width: float) -> list[float]:
        if self._heights is None:
            whole = Table(self._rows, colWidths=self._widths, repeatRows=self._repeat)
            whole.setStyle(TableStyle(self._style))
            whole._longTableOptimize = 0
            whole.wrap(avail_width, 1e12)
            self._heights = list(whole._rowHeights)
        return self._heights

    def _page(self, stop: int) -> Table:
        rep = self._repeat
        rows = [*self._rows[:rep], *self._rows[self._first:stop]]
        heights = [*self._heights[:rep], *self._heights[self._first:stop]]
        table = Table(rows, colWidths=self._widths, rowHeights=heights, repeatRows=rep)
        table.setStyle(TableStyle(_remap_style(self._style, self._nrows, rep, self._first, stop)))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        heights = self._measure(avail_width)
        self.width = sum(self._widths)
        self.height = sum(heights[: self._repeat]) + sum(heights[self._first:])
        if self._needs_company(self.height, avail_height):
            return self.width, avail_height + 1  # too tall here: split() leaves the last rows for the next page
        return self.width, self.height

    def _needs_company(self, height: float, avail_height: float) -> bool:
        """Whether the rest of the table fits here but the tail after it does not (the tail would stand alone),
        while on a fresh page the last rows and the tail fit together."""
        tail, page = self.tail
        if not tail or height > avail_height or height + tail <= avail_height:
            return False
        last = sum(self._heights[: self._repeat]) + sum(self._heights[-2:])
        return last + tail <= page

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        heights = self._measure(avail_width)
        used = sum(heights[: self._repeat])
        stop = self._first
        while stop < self._nrows and used + heights[stop] <= avail_height:
            used += heights[stop]
            stop += 1
        if stop == self._nrows and self._needs_company(used, avail_height):
            stop = max(self._first, self._nrows - 2)  # the last data row and the totals go on with the tail
        if stop == self._first:
            return []  # not even one row fits: the frame moves on (a row taller than a page stays an error)
        if stop == self._nrows:
            return [self._page(stop)]
        rest = PagedTable(self._rows, self._widths, self._style, self._repeat,
                          _heights=heights, _first=stop, _nrows=self._nrows, tail=self.tail)  # fmt: skip
        return [self._page(stop), rest]

    def draw(self) -> None:
        table = self._page(self._nrows)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
