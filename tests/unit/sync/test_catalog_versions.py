"""Catalog versions travel: a bundle is checked against the catalog versions its manifest names, kept as data
side by side; a version the reader does not know is checked against every known version (with a line saying
so), and a code no known version has is refused naming the missing version."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from app.commands import run_job
from app.core.catalogs import CatalogEntry, with_history
from app.core.models import Activity
from app.services import logbook
from app.services.bundles import export_bundle, import_bundle, verify_file
from app.services.catalogs import load_catalogs, load_history
from app.store import activities as activity_repo
from app.sync.errors import BundleRecordError
from sync_helpers import PASSPHRASE, dump

SHIPPED = load_catalogs()
CURRENT = SHIPPED.forms.version


def forms_version(version: str, *, add: str = "", drop: str = ""):
    """The shipped forms catalog as another version: with a code added (named after it) or one retired."""
    entries = [e for e in SHIPPED.forms.entries if e.code != drop]
    if add:
        entries.append(CatalogEntry(add, f"Hình thức {add}", f"HT {add}"))
    return replace(SHIPPED.forms, version=version, entries=tuple(entries), retired=())


def writer_under(ws, forms):
    """``ws`` now writes under ``forms`` (its current forms version)."""
    base = replace(SHIPPED, forms=forms, known={})
    ws.catalogs = with_history(base, [])


def export_with(commune, tmp_path, code: str):
    logbook.save_activity(commune, Activity(date=date(2026, 4, 2), title=f"Hoạt động {code}", forms=[code], place="Xã"))
    return run_job(export_bundle(commune, "2026", tmp_path / "out", PASSPHRASE, include_reports=False))


def test_a_bundle_written_under_an_older_version_with_a_retired_code_is_accepted(commune, upper, tmp_path):
    old = forms_version("2025.1", add="CU_DA_BO")  # 2025.1 had a code the current version retired
    writer_under(commune, old)
    result = export_with(commune, tmp_path, "CU_DA_BO")
    upper.catalogs = with_history(SHIPPED, [old])  # the reader keeps 2025.1 as data
    assert "CU_DA_BO" not in upper.catalogs.forms  # ... and does not offer it for new entries
    report = import_bundle(upper, result["path"])
    assert report.tables["activities"].new == 4
    assert report.warnings == []
    # a retired code keeps its label in every report
    assert upper.catalogs.forms.label("CU_DA_BO") == "HT CU_DA_BO"


def test_a_bundle_written_under_a_newer_version_known_as_data_is_accepted(commune, upper, tmp_path):
    unused = next(c for c in SHIPPED.forms.codes() if c not in ("TRUC_TIEP", "LOA"))
    new = forms_version("2027.1", add="MOI_2027", drop=unused)  # a new code, and one retired
    writer_under(commune, new)
    logbook.save_activity(commune, Activity(date=date(2026, 4, 3), title="Moi", forms=["MOI_2027"]))
    result = run_job(export_bundle(commune, "2026", tmp_path / "out", PASSPHRASE, include_reports=False))
    manifest_versions = json.loads(__import__("zipfile").ZipFile(result["path"]).read("manifest.json"))["catalogs"]
    assert manifest_versions["forms"] == "2027.1"
    upper.catalogs = with_history(SHIPPED, [new])
    report = import_bundle(upper, result["path"])
    assert report.tables["activities"].new == 4  # three of the sample log (one deleted) and the new one
    assert upper.catalogs.forms.label("MOI_2027") == "HT MOI_2027"
    assert unused in upper.catalogs.forms  # the reader's own current version is unchanged


def test_the_shipped_reader_refuses_a_code_of_a_newer_version_it_does_not_know_naming_that_version(commune, upper, tmp_path):
    writer_under(commune, forms_version("2099.1", add="CHUA_CO"))
    result = export_with(commune, tmp_path, "CHUA_CO")
    before = dump(upper)
    with pytest.raises(BundleRecordError) as info:
        import_bundle(upper, result["path"])
    assert "unknown form 'CHUA_CO'" in info.value.message
    assert "catalog forms version 2099.1, which this pbgdpl does not know" in info.value.message
    assert info.value.details["catalog"] == "forms" and info.value.details["catalog_version"] == "2099.1"
    assert dump(upper) == before


def test_an_unknown_version_whose_codes_are_all_known_is_accepted_with_a_report_line(commune, upper, tmp_path):
    writer_under(commune, forms_version("2099.1", add="CHUA_CO"))
    result = export_with(commune, tmp_path, "TRUC_TIEP")
    summary = verify_file(upper.paths, result["path"])
    assert any("catalog forms version 2099.1 is not known here" in w for w in summary.warnings)
    report = import_bundle(upper, result["path"])
    assert report.tables["activities"].new == 4
    assert any("forms version 2099.1" in w for w in report.warnings)
    # the same line, structured, for a screen to say in its own language (and kept with the report)
    assert [(n.code, n.catalog, n.version) for n in report.catalog_notes] == [("W-CATALOG-VERSION", "forms", "2099.1")]
    assert CURRENT in report.catalog_notes[0].known and summary.catalog_notes == report.catalog_notes
    from app.sync.report import ImportReport

    assert ImportReport.from_dict(report.to_dict()).catalog_notes == report.catalog_notes
    stored = {a.title for a in activity_repo.iter_activities(upper.db, activity_repo.ActivityFilter(units=("05443",)))}
    assert "Hoạt động TRUC_TIEP" in stored


def test_versions_kept_as_data_are_read_from_a_history_folder(tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    data = json.loads((__import__("app.paths", fromlist=["x"]).resource_path("catalogs", "forms.json")).read_text(encoding="utf-8"))
    data["version"] = "2025.1"
    data["entries"].append({"code": "CU_DA_BO", "name": "Hình thức cũ"})
    (folder / "2025.1.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    found = load_history(tmp_path)
    assert [(c.name, c.version) for c in found] == [("forms", "2025.1")]
    cats = load_catalogs(tmp_path)
    assert cats.known_versions("forms") == sorted(["2025.1", "2026.1", CURRENT])  # the data folder's and the shipped history
    assert cats.forms.version == CURRENT and "CU_DA_BO" not in cats.forms
    assert cats.forms.label("CU_DA_BO") == "Hình thức cũ"
    chosen, notes = cats.for_versions({"forms": "2025.1"})
    assert "CU_DA_BO" in chosen.forms and notes == []


def test_a_version_added_to_the_data_folder_lets_the_reader_accept_its_codes(commune, upper, tmp_path):
    """The refusal's advice works: copy the newer catalog file into <data>/catalogs/<name>/ and import again."""
    from app.paths import AppPaths
    from app.services.workspace import Workspace
    from sync_helpers import UPPER_NOW, Clock

    newer = forms_version("2099.1", add="CHUA_CO")
    writer_under(commune, newer)
    result = export_with(commune, tmp_path, "CHUA_CO")
    with pytest.raises(BundleRecordError):
        import_bundle(upper, result["path"])
    folder = upper.paths.data / "catalogs" / "forms"
    folder.mkdir(parents=True)
    data = {"catalog": "forms", "version": "2099.1", "source": "", "entries": [
        {"code": e.code, "name": e.name, "short": e.short} for e in newer.entries]}  # fmt: skip
    (folder / "2099.1.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    reopened = Workspace.open(AppPaths(upper.paths.data), clock=Clock(UPPER_NOW))
    try:
        assert "2099.1" in reopened.catalogs.known_versions("forms")
        assert import_bundle(reopened, result["path"]).tables["activities"].new == 4
    finally:
        reopened.close()


def test_an_export_whose_record_fails_the_rules_says_to_correct_it_and_writes_nothing(commune, tmp_path):
    # the log holds "LOA" activities; a catalog without LOA makes them fail the read-back check
    writer_under(commune, forms_version("2030.1", drop="LOA"))
    with pytest.raises(BundleRecordError) as info:
        run_job(export_bundle(commune, "2026", tmp_path / "out", PASSPHRASE, include_reports=False))
    message = info.value.message
    assert "unknown form 'LOA'" in message and "Correct it, then export again; no bundle was written" in message
    assert "nothing was imported" not in message and info.value.details["table"] == "activities"
    assert not list((tmp_path / "out").glob("*.pbgdpl"))


def _old_version(catalog, version: str, code: str, name: str, **extra):
    """``catalog`` as an older version that still had ``code`` (retired since)."""
    return replace(catalog, version=version, entries=(*catalog.entries, CatalogEntry(code, name, "", (), extra)), retired=())


def test_a_retired_code_keeps_its_label_and_its_flags_in_exports_and_statistics(commune, tmp_path):
    from app.core import facts
    from app.core.models import Decision, Reporter
    from app.reports.statistics import _activity_predicate
    from app.services.exporting import export_file

    old_forms = _old_version(SHIPPED.forms, "2025.1", "CU_TRUC_TIEP", "Nói chuyện chuyên đề (cũ)", direct=True)
    old_grounds = _old_version(SHIPPED.dismissal_grounds, "2025.1", "CU_LY_DO", "Lý do theo danh mục cũ")
    commune.catalogs = with_history(replace(SHIPPED, forms=old_forms, dismissal_grounds=old_grounds, known={}), [])
    logbook.save_activity(commune, Activity(date=date(2026, 4, 2), title="Nói chuyện", forms=["CU_TRUC_TIEP"], place="Xã"))
    logbook.save_reporter(commune, Reporter(full_name="Lò Văn Cũ", kind="ttv", recognition=Decision("1/QĐ", date(2024, 1, 2)),
                                            dismissal=Decision("2/QĐ", date(2025, 1, 2)), dismissal_ground="CU_LY_DO"))  # fmt: skip
    commune.catalogs = with_history(SHIPPED, [old_forms, old_grounds])  # the current catalog retired both codes
    assert "CU_TRUC_TIEP" not in commune.catalogs.forms and "CU_LY_DO" not in commune.catalogs.dismissal_grounds
    assert commune.catalogs.dismissal_grounds.lookup("CU_LY_DO").name == "Lý do theo danh mục cũ"
    # the direct-session rule (and the statistics that use it) counts a code of every known version
    assert "CU_TRUC_TIEP" in facts.direct_form_codes(commune.catalogs)
    assert facts.is_direct_session(Activity(forms=["CU_TRUC_TIEP"]), commune.catalogs)
    assert _activity_predicate({"form_flag": "direct"}, commune.catalogs)(Activity(forms=["CU_TRUC_TIEP"]))
    # the roster export names the retired dismissal ground, the log export the retired form
    run_job(export_file(commune, "roster", tmp_path / "r.csv"))
    assert "Lý do theo danh mục cũ" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    run_job(export_file(commune, "activities", tmp_path / "a.csv"))
    assert "Nói chuyện chuyên đề (cũ)" in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
