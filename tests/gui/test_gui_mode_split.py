"""Each level sees what it needs: a commune sends its data and receives its upper level's decisions and restore file
(and enrols that level's key); an upper level receives, approves or returns, sends decisions and data back, and
watches who has reported."""

from __future__ import annotations

import pytest

from gui_helpers import shown_main_window

pytestmark = pytest.mark.gui


def _sync(qtbot, ctx):
    from app.gui.sync_screen import SyncScreen

    screen = SyncScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen


def test_a_commune_sends_and_receives_from_its_upper_level(qtbot, ctx):
    window = shown_main_window(qtbot, ctx)
    assert "completeness" not in window.entry_keys()  # who has reported is the upper level's
    screen = _sync(qtbot, ctx)
    screen.tabs.setCurrentIndex(1)
    assert "upper level" in screen.receive_intro.text() and "decisions" in screen.receive_intro.text()
    assert "Criteria updates" in screen.receive_intro.text()  # and where they are taken
    shown = [screen.import_table.horizontalHeaderItem(c).text() for c in range(screen.import_table.columnCount()) if not screen.import_table.isColumnHidden(c)]
    assert "New" not in shown and "Conflicts" not in shown and "Result" in shown  # decisions, not records
    assert screen.restore_button.isVisible()
    for button in (screen.decide_button, screen.send_decisions_button, screen.send_restore_button):
        assert not button.isVisible()
    screen.tabs.setCurrentIndex(2)
    assert "upper level's key" in screen.trust_intro.text()
    province = ctx.workspace.settings.get("province_code", "")
    assert province and screen.unit_edit.placeholderText() == province  # the code to type is the province's


def test_an_upper_level_receives_decides_and_sends_down(qtbot, upper_ctx):
    window = shown_main_window(qtbot, upper_ctx)
    keys = window.entry_keys()
    assert keys.index("completeness") == keys.index("dashboard") + 1
    screen = _sync(qtbot, upper_ctx)
    screen.tabs.setCurrentIndex(1)
    assert "units under this one" in screen.receive_intro.text()
    assert not any(screen.import_table.isColumnHidden(c) for c in range(screen.import_table.columnCount()))
    assert not screen.restore_button.isVisible()
    for button in (screen.decide_button, screen.send_decisions_button, screen.send_restore_button):
        assert button.isVisible()
    screen.tabs.setCurrentIndex(2)
    assert "each unit's key" in screen.trust_intro.text()
