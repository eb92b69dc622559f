"""SyncScreen: export with progress and the final path and fingerprint; preview then import; trust list;
conflicts with keep mine / take theirs."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.models import Activity
from app.services import logbook

pytestmark = pytest.mark.gui

PASS = "mật khẩu xã 2026"


def _finish(qtbot, job):
    with qtbot.waitSignal(job.signals.finished, timeout=20_000):
        pass


@pytest.fixture
def commune_screen(qtbot, ctx):
    from app.gui.sync_screen import SyncScreen

    logbook.save_activity(ctx.workspace, Activity(date=date(2026, 5, 19), title="Tuyên truyền Luật Phòng, chống ma tuý", forms=["TRUC_TIEP"], participants=60, women=31))
    screen = SyncScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen


def _export(qtbot, screen, tmp_path) -> dict:
    screen.year_spin.setValue(2026)
    screen.kind_combo.setCurrentIndex(0)
    screen.out_edit.setText(str(tmp_path / "usb"))
    screen.passphrase_edit.setText(PASS)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, screen.last_job)
    assert screen.last_export is not None
    return screen.last_export


def test_commune_creates_a_key_and_exports(qtbot, commune_screen, tmp_path):
    screen = commune_screen
    assert not screen.export_button.isEnabled() and "no signing key" in screen.key_label.text()
    _finish(qtbot, screen.create_key(PASS))
    info = screen.key
    assert screen.export_button.isEnabled() and info.fingerprint in screen.key_label.text()
    result = _export(qtbot, screen, tmp_path)
    assert Path(result["path"]).exists() and result["path"] in screen.export_result.text()
    assert info.fingerprint in screen.export_result.text() and "1 activities" in screen.export_result.text()
    assert screen.passphrase_edit.text() == ""
    if os.environ.get("PBGDPL_SCREENSHOTS"):
        screen.grab().save(str(Path(os.environ["PBGDPL_SCREENSHOTS"]) / "sync-export.png"))


def test_upper_trusts_previews_imports_and_resolves(qtbot, commune_screen, upper_ctx, tmp_path):
    from app.gui.sync_screen import SyncScreen
    from app.store import activities

    _finish(qtbot, commune_screen.create_key(PASS))
    info = commune_screen.key
    bundle = Path(_export(qtbot, commune_screen, tmp_path)["path"])
    junk = tmp_path / "hong.pbgdpl"
    junk.write_bytes(bundle.read_bytes()[:500])

    screen = SyncScreen(upper_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.tabs.setCurrentIndex(2)
    screen.unit_edit.setText("05443")
    screen.fp_edit.setText(info.fingerprint.lower())
    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)
    assert screen.trust_table.rowCount() == 1 and screen.trust_table.item(0, 0).text() == "05443"
    assert screen.trust_table.item(0, 4).text() == info.fingerprint

    screen.tabs.setCurrentIndex(1)
    before = list(upper_ctx.workspace.db.conn.iterdump())
    _finish(qtbot, screen.start_preview([junk, bundle]))
    assert screen.import_table.rowCount() == 2
    assert screen.import_table.item(0, 10).text().startswith("E-BUNDLE-FORMAT")
    assert screen.import_table.item(1, 4).text() == "1" and screen.import_button.isEnabled()
    assert list(upper_ctx.workspace.db.conn.iterdump()) == before  # a preview writes nothing
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, screen.last_job)
    # the whole selection stays: the refused file with its reason, the imported one with its counts
    assert screen.import_table.rowCount() == 2 and screen.import_table.item(0, 10).text().startswith("E-BUNDLE-FORMAT")
    assert screen.import_table.item(1, 4).text() == "1" and screen.import_table.item(1, 10).text() == "imported"
    assert "1 file(s) imported, 0 already here (nothing to do), 1 refused" in screen.import_status.text()
    assert activities.totals(upper_ctx.workspace.db, activities.ActivityFilter())["count"] == 1
    assert screen.received_table.item(0, 0).text() == "05443"
    officer = commune_screen.ctx.workspace.require_initialised().get("officer", "")
    assert officer and screen.received_table.item(0, 7).text() == officer  # who sent it, from the signed manifest
    # each record of the file, as the officer reads it
    from app.gui.record_changes import RecordChangesDialog

    assert screen.records_button.isEnabled()
    screen.import_table.selectRow(1)
    dialog = RecordChangesDialog(screen.selected_import_report(), screen)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(0, c).text() for c in range(4)] == ["Activity", "new", "19/05/2026", "Tuyên truyền Luật Phòng, chống ma tuý"]
    if os.environ.get("PBGDPL_SCREENSHOTS"):
        screen.grab().save(str(Path(os.environ["PBGDPL_SCREENSHOTS"]) / "sync-import.png"))

    # a second laptop's different edit of the same revision shows up as a conflict
    from app.store import merge

    [stored] = merge.stored_records(upper_ctx.workspace.db, "activities", [r for r in activities.query_ids(upper_ctx.workspace.db, activities.ActivityFilter())]).values()
    other = {**stored, "payload": {**stored["payload"], "place": "Hội trường tổ 9"}}
    with upper_ctx.workspace.db.atomic():
        merge.add_conflict(upper_ctx.workspace.db, {
            "table_name": "activities", "record_id": stored["id"], "owner_unit": "05443", "stored_rev": 1,
            "incoming_rev": 1, "incoming_base_rev": 0, "incoming_rev_by": "laptop-2", "incoming_deleted": 0,
            "incoming_hash": "x", "incoming": other, "reason": "test", "bundle_id": "b", "detected_at": "2026-12-10T08:00:00+07:00",
        })  # fmt: skip
    screen.refresh()
    screen.tabs.setCurrentIndex(3)
    cells = [screen.conflict_table.item(0, c).text() for c in range(screen.conflict_table.columnCount())]
    assert screen.conflict_table.rowCount() == 1 and cells[1] == "Activity" and cells[4] == "Place"
    assert cells[3] == "Tuyên truyền Luật Phòng, chống ma tuý (19/05/2026)"  # the record's title and date
    assert cells[5] == f"revision 1: Place: {stored['payload']['place'] or '—'}" and cells[6] == "revision 1: Place: Hội trường tổ 9"
    assert "(1)" in screen.tabs.tabText(3)
    screen.conflict_table.selectRow(0)
    qtbot.mouseClick(screen.take_button, Qt.MouseButton.LeftButton)
    assert screen.conflict_table.rowCount() == 0
    assert activities.get_activity(upper_ctx.workspace.db, stored["id"]).place == "Hội trường tổ 9"


def test_the_screen_reads_through_services_only():
    """No store access and no ImportError scaffolding: trust rows, reports and keys come from services."""
    import ast

    import app.gui.sync_screen as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any(name.startswith("app.store") for name in imported), imported
    handlers = [h for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler) and isinstance(h.type, ast.Name)]
    assert not any(h.type.id == "ImportError" for h in handlers)


def test_a_report_warning_is_shown_with_the_file(qtbot, commune_screen):
    from app.services.bundles import FileOutcome
    from app.sync.report import ImportReport, TableOutcome

    report = ImportReport(
        file="/usb/x.pbgdpl", filename="x.pbgdpl", bundle_id="b", source_unit="05443", seq=1, periods=["2026"],
        tables={"activities": TableOutcome(new=2)}, warnings=["catalog forms version 2099.1 is not known here"],
    )  # fmt: skip
    commune_screen._show_results([FileOutcome(report.file, report=report)], preview=True)
    assert commune_screen.import_table.item(0, 4).text() == "2"
    assert "catalog forms version 2099.1 is not known here" in commune_screen.import_table.item(0, 10).text()


def test_a_catalog_version_not_known_here_is_said_in_vietnamese(qtbot, qapp, commune_screen):
    from gui_helpers import uninstall_translators

    from app.core.catalogs import VersionNote
    from app.gui.i18n import install_translators
    from app.services.bundles import FileOutcome
    from app.sync.report import ImportReport, TableOutcome

    note = VersionNote("forms", "2099.1", ("2025.1", "2026.1"))
    report = ImportReport(
        file="/usb/x.pbgdpl", filename="x.pbgdpl", bundle_id="b", source_unit="05443", seq=1, periods=["2026"],
        tables={"activities": TableOutcome(new=2)}, warnings=[note.text(), "another line"], catalog_notes=[note],
    )  # fmt: skip
    try:
        install_translators(qapp, "vi")
        commune_screen._show_results([FileOutcome(report.file, report=report)], preview=True)
        text = commune_screen.import_table.item(0, 10).text()
    finally:
        uninstall_translators(qapp)
    assert "danh mục hình thức phổ biến phiên bản 2099.1 chưa có ở máy này (đã có: 2025.1, 2026.1)" in text
    assert "is not known here" not in text and "another line" in text  # said once, in Vietnamese


def test_the_province_sends_a_unit_its_data_back_and_the_unit_restores_it(qtbot, commune_screen, upper_ctx, tmp_path, monkeypatch):
    from app.gui import sync_screen
    from app.gui.sync_screen import SyncScreen
    from app.services import keys as key_service
    from app.services.bundles import import_bundle
    from app.store import activities

    shown = []
    monkeypatch.setattr(sync_screen, "show_error", lambda parent, exc: shown.append(exc))
    _finish(qtbot, commune_screen.create_key(PASS))
    key_service.trust_key(upper_ctx.workspace, "05443", commune_screen.key.fingerprint)
    import_bundle(upper_ctx.workspace, Path(_export(qtbot, commune_screen, tmp_path)["path"]))
    upper_key = key_service.create_key(upper_ctx.workspace, PASS)
    upper = SyncScreen(upper_ctx)
    qtbot.addWidget(upper)
    assert not upper.send_restore_button.isHidden() and upper.restore_button.isHidden()  # each level sees its own
    assert not commune_screen.restore_button.isHidden() and commune_screen.send_restore_button.isHidden()
    made = upper.send_restore("05443", tmp_path / "khoi-phuc", PASS)
    assert made is not None and made["bundles"] == 1 and "Restore file for" in upper.import_status.text()
    # the commune does not know the upper level's key yet: refused, nothing changed; enrolled, then taken
    assert commune_screen.restore_from(Path(made["path"])) is None and shown[-1].code == "E-RESTORE-SIGNER"
    key_service.trust_key(commune_screen.ctx.workspace, upper_ctx.workspace.settings["unit_code"], upper_key.fingerprint)
    # the commune takes it (here: the same installation, so every record is already here) ...
    done = commune_screen.restore_from(Path(made["path"]))
    assert (done.added, done.kept, done.next_seq) == (0, 1, 2) and "1 already here" in commune_screen.import_status.text()
    # ... and a restore file of the upper level's own is refused for another unit, naming nothing changed
    assert activities.totals(commune_screen.ctx.workspace.db, activities.ActivityFilter())["count"] == 1
    assert upper.restore_from(Path(made["path"])) is None and shown[-1].code == "E-RESTORE-TARGET"


def test_a_relay_bundle_shows_what_it_carries_and_can_be_imported_again_after_enrolling(qtbot, tmp_path):
    """The district's upward file at the province: its carried bundles are said (one refused: its unit's key is not
    enrolled); after enrolling it the same file can be imported again and brings the refused one in."""
    from app.gui.context import GuiContext
    from app.gui.sync_screen import SyncScreen
    from app.services.bundles import import_bundle
    from app.services.keys import key_info, trust_key
    from app.services.workspace import Workspace
    from tests.board_helpers import Chain

    with Chain(tmp_path) as chain:
        a, b = chain.member("05830"), chain.member("05569", enrol_at_province=False)
        for ws in (a, b):
            import_bundle(chain.district, chain.send(ws))
        district = SyncScreen(GuiContext(paths=chain.district.paths, workspace=chain.district, open_workspace=lambda: None))
        qtbot.addWidget(district)
        up = chain.relay()
        district._on_export_done(up)
        assert "It carries 2 original bundle(s) of 2 unit(s), unchanged: Xã Đại Từ; Xã Định Hóa" in district.export_result.text()

        ws = chain.province
        screen = SyncScreen(GuiContext(paths=ws.paths, workspace=ws, open_workspace=lambda: Workspace.open(ws.paths, clock=ws.clock)))
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        screen.tabs.setCurrentIndex(1)
        _finish(qtbot, screen.start_preview([Path(up["path"])]))
        text = screen.import_table.item(0, 10).text()
        assert "carries 2 original bundle(s) of its units, 1 new here" in text and "refused: unit 05569 no. 1 (E-BUNDLE-UNTRUSTED)" in text
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
        _finish(qtbot, screen.last_job)
        trust_key(ws, "05569", key_info(b).fingerprint)
        _finish(qtbot, screen.start_preview([Path(up["path"])]))
        text = screen.import_table.item(0, 10).text()
        assert text.startswith("already imported on") and "1 new here" in text and screen.import_button.isEnabled()
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
        _finish(qtbot, screen.last_job)
        assert sorted(r["unit_code"] for r in screen.selected_import_report().relayed if r["ok"]) == ["05569", "05830"]
        from app.services import completeness

        assert completeness.board(ws, "2026-Q3").reported == 2


def test_the_received_list_explains_its_numbers(qtbot):
    from app.gui.sync_screen import numbering_text

    text = numbering_text({"gaps": [4], "superseded": [2, 3], "reused": [], "installations": 2})
    assert "no. 4 never arrived: ask the unit" in text and "no. 2, 3 never arrived, but a later file" in text
    assert "from 2 computers" in text and numbering_text({"gaps": [], "superseded": []}) == "No file is missing."


def test_an_id_two_units_claim_names_both_in_the_conflict_list(qtbot, upper_ctx):
    """app.services.collisions: the stored record is unit 05533's, the other version comes from 05443."""
    from app.core.kinds import kind
    from app.gui.sync_screen import SyncScreen
    from app.store import merge

    ws = upper_ctx.workspace
    rec = {"id": "id-1", "owner": "05533", "rev": 1, "base_rev": 0, "rev_by": "pc-a", "deleted": False,
           "created_at": "2026-05-19T08:00:00+07:00", "updated_at": "2026-05-19T08:00:00+07:00",
           "payload": dict(kind("activities").defaults, date="2026-05-19", title="Bản sao", forms=["LOA"])}  # fmt: skip
    other = {**rec, "owner": "05443", "rev_by": "pc-b", "payload": {**rec["payload"], "title": "Bản gốc"}}
    with ws.db.atomic():
        merge.insert_records(ws.db, "activities", [rec])
        merge.add_conflict(ws.db, {
            "table_name": "activities", "record_id": "id-1", "owner_unit": "05443", "stored_rev": 1, "incoming_rev": 1,
            "incoming_base_rev": 0, "incoming_rev_by": "pc-b", "incoming_deleted": 0, "incoming_hash": "x", "incoming": other,
            "reason": "id collision", "bundle_id": "b", "detected_at": "2026-12-10T08:00:00+07:00",
        })  # fmt: skip
    screen = SyncScreen(upper_ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    item = screen.conflict_table.item(0, 2)
    assert item.text() == "05443 / 05533"
    assert "05533" in item.toolTip() and "05443" in item.toolTip()


def test_a_reinstalled_computer_takes_its_key_backup(qtbot, commune_screen, upper_ctx, tmp_path, monkeypatch):
    """"Use a key backup…" (shown while there is no key): a wrong passphrase says so and changes nothing; the
    right one makes the backup's key this installation's, and exporting works with it."""
    from app.gui import sync_screen
    from app.services import keys as key_service

    shown = []
    monkeypatch.setattr(sync_screen, "show_error", lambda parent, exc: shown.append(exc))
    made = key_service.create_key(upper_ctx.workspace, PASS)  # the backup of "the old computer"
    backup = key_service.export_key(upper_ctx.workspace, tmp_path / "khoa-sao-luu.pem")
    screen = commune_screen
    assert screen.import_key_button.isVisible() and screen.create_key_button.isVisible()
    _finish(qtbot, screen.import_key(Path(backup.file), "sai mật khẩu 2026"))
    assert shown[-1].code == "E-KEY-PASSPHRASE" and not screen.export_button.isEnabled()
    _finish(qtbot, screen.import_key(Path(backup.file), PASS))
    assert screen.key.fingerprint == made.fingerprint and made.fingerprint in screen.key_label.text()
    assert not screen.import_key_button.isVisible()
    assert Path(_export(qtbot, screen, tmp_path)["path"]).exists()
