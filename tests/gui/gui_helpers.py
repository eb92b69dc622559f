"""Helpers for driving the GUI like a user: typing Vietnamese text, finding widgets, closing dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one key event per character, each carrying its text (works for Vietnamese).

    ``qtbot.keyClicks`` aborts the interpreter on non-ASCII characters (QTest's qasciikey.cpp).
    """
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def commit_text(widget: QWidget, text: str) -> None:
    """Commit ``text`` the way a Telex/VNI input method does."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def answer_next_box(button_text: str | None = None, accept: bool = True) -> list[str]:
    """Arrange for the next modal QMessageBox/QDialog to be answered; returns a list that gets its text."""
    seen: list[str] = []

    def _answer() -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox

        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, _answer)
            return
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
            if button_text is not None:
                for button in widget.buttons():
                    if button.text() == button_text:
                        button.click()
                        return
                raise AssertionError(f"no button {button_text!r} in {[b.text() for b in widget.buttons()]}")
        else:
            seen.append(widget.windowTitle())
        if isinstance(widget, QDialog):
            widget.accept() if accept else widget.reject()

    QTimer.singleShot(0, _answer)
    return seen


def forget_changes(editor) -> None:
    """Mark an editor (and the editors opened from a screen) clean, so that closing asks nothing."""
    from app.gui.record_editor import RecordEditor

    for widget in [editor, *editor.findChildren(RecordEditor)]:
        if isinstance(widget, RecordEditor):
            widget.undo_stack.setClean()


def uninstall_translators(app) -> None:
    """Back to the English source strings (tests share one QApplication)."""
    from PySide6.QtCore import QLocale

    for translator in getattr(app, "_pbgdpl_translators", []):
        app.removeTranslator(translator)
    app._pbgdpl_translators = []
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def shown_main_window(qtbot, ctx):
    """The main window over ``ctx``, at 1366×768, shown and exposed."""
    from app.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window
