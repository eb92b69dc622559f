"""Qt's own dialogs (file chooser, print) speak Vietnamese: PySide6 ships no qtbase_vi, so resources/translations/
qt_vi.ts carries their strings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QGroupBox, QHeaderView, QLabel, QWidget

ENGLISH = {"Look in", "Files of type", "File name", "Name", "Size", "Type", "Date Modified", "Back", "Forward",
           "Print", "Printer", "Print range", "Print all", "Copies", "Options", "Properties", "Output file", "Cancel"}  # fmt: skip


@pytest.fixture
def vietnamese():
    from app.gui.i18n import install_translators

    app = QApplication.instance()
    locale = QLocale()
    install_translators(app, "vi")
    yield
    install_translators(app, "en")
    QLocale.setDefault(locale)


def _texts(dialog: QWidget) -> set[str]:
    out: set[str] = set()
    for w in dialog.findChildren(QWidget):
        if isinstance(w, QLabel) or isinstance(w, QAbstractButton):
            out.add(w.text())
        elif isinstance(w, QGroupBox):
            out.add(w.title())
        elif isinstance(w, QHeaderView) and w.model() is not None:
            out |= {str(w.model().headerData(i, Qt.Orientation.Horizontal)) for i in range(w.count())}
    return {t.replace("&", "").rstrip(":").strip() for t in out if t}


def test_the_file_chooser_is_in_vietnamese(qtbot, vietnamese, tmp_path):
    dialog = QFileDialog(None, "Lưu báo cáo", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on Linux
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    assert {"Tìm trong", "Tên tệp", "Loại tệp", "Tên", "Ngày sửa"} <= texts
    assert not texts & ENGLISH, texts & ENGLISH


def test_the_print_dialog_is_in_vietnamese(qtbot, vietnamese):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    combos = {dialog.findChildren(QComboBox)[0].itemText(i) for i in range(dialog.findChildren(QComboBox)[0].count())}
    assert {"Máy in", "Phạm vi in", "Số bản", "In"} <= texts, texts
    assert not texts & ENGLISH, texts & ENGLISH
    assert dialog.windowTitle() == "In" and combos
