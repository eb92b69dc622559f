"""The short rules under the agency name, the motto and the title stand clear of the letters (no descender or
dot below touches them), on every document: rendered with pdftoppm and read pixel by pixel."""

from __future__ import annotations

import subprocess

import pytest

from app.core.periods import parse_period
from app.services import printing
from report_helpers import need_tool


def rules_and_gaps(png_path) -> list[tuple[int, int, int, int]]:
    """(row, x0, x1, clear rows above) of each horizontal rule of the page: a dark run of 80+ pixels on one or
    two rows with white above it; ``clear rows above`` counts white rows over the run before any ink."""
    from PIL import Image

    img = Image.open(png_path).convert("L")
    w, h = img.size
    px = img.load()
    found = []
    y = 0
    while y < h:
        x, runs = 0, []
        while x < w:
            if px[x, y] < 128:
                start = x
                while x < w and px[x, y] < 128:
                    x += 1
                if x - start >= 80:
                    runs.append((start, x))
            x += 1
        for x0, x1 in runs:
            # a thin line: the row 3 below is white along the run (a table border is not: skip grids)
            below = y + 3 < h and all(px[i, y + 3] >= 128 for i in range(x0, x1, 3))
            if not below:
                continue
            if any(abs(y - fy) <= 3 and fx0 < x1 and x0 < fx1 for fy, fx0, fx1, _ in found):
                continue  # the same rule's second row
            gap, top = 0, y - 2  # the row just above may be the rule's own anti-aliased edge
            while gap < 40 and top - gap >= 0 and all(px[i, top - gap] >= 160 for i in range(x0, x1)):
                gap += 1
            found.append((y, x0, x1, gap))
        y += 1
    return found


@pytest.mark.parametrize("kind", ["roster", "enrolment", "summary", "activity-log"])
def test_title_rules_never_touch_the_letters(filled_workspace, tmp_path, kind):
    from app.commands import run_job

    extra = {"fingerprint": "ABCDEFGHJKMNPQRSTVWX"} if kind == "enrolment" else {}
    out = run_job(printing.produce(filled_workspace, printing.ReportRequest(kind, parse_period("2026"), invariant=True, **extra)))
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(out.data)
    subprocess.run([need_tool("pdftoppm"), "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", "-y", "0", "-H", "900",
                    "-x", "0", "-W", "2400", str(pdf), str(tmp_path / "p")], check=True)  # fmt: skip
    png = next(tmp_path.glob("p*.png"))
    rules = rules_and_gaps(png)
    assert len(rules) >= 3, rules  # agency, motto and title rules on the top of page 1
    for row, x0, x1, gap in rules[:3]:
        assert gap >= 8, (kind, row, x0, x1, gap)  # about 3 pt of paper between the lowest ink and the rule
