"""The activity editor never scrolls sideways: on a narrow window (1366×768 at 150 %) its three lists go under the
fields, on a wide one they stand beside them."""

from __future__ import annotations

import pytest

from gui_helpers import forget_changes

pytestmark = pytest.mark.gui


def test_the_lists_go_under_the_fields_when_the_window_is_narrow(qtbot, ctx):
    from app.gui.activity_editor import ActivityEditor

    editor = ActivityEditor(ctx)
    qtbot.addWidget(editor, before_close_func=forget_changes)
    editor.resize(1240, 700)
    editor.show()
    qtbot.waitUntil(lambda: editor._wide is True)
    fields, forms, groups, reporters = editor._parts
    assert forms.geometry().left() > fields.geometry().right() and groups.geometry().top() == forms.geometry().top()
    editor.resize(600, 500)
    qtbot.waitUntil(lambda: editor._wide is False)
    assert forms.geometry().top() > fields.geometry().bottom() and reporters.geometry().top() > forms.geometry().bottom()
    qtbot.waitUntil(lambda: not editor._scroll.horizontalScrollBar().isVisible())
    editor.resize(1240, 700)
    qtbot.waitUntil(lambda: editor._wide is True)
