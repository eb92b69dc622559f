"""The dashboard: numbers of the last 12 months, the priority-group share and idle reporters."""

from __future__ import annotations

from app.core.models import Reporter
from app.services.logbook import save_reporter


def test_dashboard_numbers(qtbot, ctx, sample_log):
    from app.gui.dashboard import DashboardScreen

    save_reporter(ctx.workspace, Reporter(kind="ttv", full_name="Vũ Thị Mai"))
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    assert screen.activities_tile.value.text() == "4"  # 12/2025 … 11/2026; the 2025-09 activity is older
    assert screen.participants_tile.value.text() == "225"
    assert screen.priority_tile.value.text() == "50 %"
    assert screen.idle_tile.value.text() == "1"
    assert "Vũ Thị Mai" in screen.idle_list.item(0).text()
    months = dict(screen.month_chart.items)
    assert len(months) == 12 and months["11"] == 1 and months["10"] == 1 and months["12"] == 0  # one month format
    assert "(12/2025 – 11/2026)" in screen.title.text()  # the years, once, in the heading
    assert dict(screen.form_chart.items)["Phổ biến trực tiếp"] == 2
    assert "Nạn nhân BLGĐ" in screen.group_chart.highlight
    screen.grab()  # paints without errors


def test_dashboard_of_an_empty_log(qtbot, ctx):
    from app.gui.dashboard import DashboardScreen

    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.activities_tile.value.text() == "0" and screen.priority_tile.value.text() == "0 %"
    screen.grab()


def test_dashboard_reminds_of_the_assessment_calendar_without_inventing_dates(qtbot, ctx):
    from app.gui.dashboard import DashboardScreen
    from app.services import assessments

    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    text = screen.calendar_label.text()  # 26/11/2026: the 2026 assessment under QĐ 27, whose data has no dates
    assert text.startswith("Legal access standard 2026: no schedule yet") and "/" not in text.split(":", 1)[1].split("(")[0]
    assessments.set_calendar_date(ctx.workspace, 2026, "FILE", "2027-01-15")  # the province's letter, typed
    screen.refresh()
    text = screen.calendar_label.text()
    assert "Gửi hồ sơ đề nghị công nhận đến Sở Tư pháp" in text and "by 15/01/2027 (50 days left)" in text
    assert "No schedule yet for: Xã tự đánh giá, lập hồ sơ" in text and "Chủ tịch UBND tỉnh" not in text  # commune steps only
