"""The kind registry drives a round trip for every synced kind: save at a commune through the kind's single
write path, export a signed bundle, import it at the province, and find the same payloads stored there.

A new kind added to ``app.core.kinds.KINDS`` fails here until it has a sample below (and a table spec).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.core.kinds import KINDS, NAMES, kind
from app.core.assessment_records import Answer, Assessment
from app.core.models import Activity, Attachment, Decision, Reporter, Training, TrainingSession
from app.core.plans import Plan, PlanTask
from app.services.bundles import import_bundle
from app.store import attachments as attachment_repo
from app.store import merge as merge_repo
from app.store import records as record_store
from app.store import tables
from app.sync import manifest as fmt
from sync_helpers import COMMUNE


def _samples(ws, tmp_path) -> dict[str, object]:
    """One full record per kind (every field set), in the registry's order; parents' ids filled in below."""
    photo = tmp_path / "biên bản.pdf"
    photo.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 4)
    sha, size = attachment_repo.store_blob(ws.paths.files, photo)
    reporter = Reporter(
        kind="bcv", full_name="Hoàng Thị Lan", gender="nu", birth_date=date(1979, 2, 3), ethnicity="Tày",
        title="Phó Trưởng Công an xã", organisation="Công an xã", qualification="Cử nhân Luật",
        law_fields=["Hình sự", "Giao thông"], area="Thôn Nà Hồng", phone="0987654321", proposer="Công an xã",
        recognition=Decision("12/QĐ-UBND", date(2024, 1, 5), "Chủ tịch UBND xã"),
        dismissal=Decision("", None, ""), trainings=[Training(date(2025, 3, 1), "Kỹ năng tuyên truyền", "Sở Tư pháp")],
        refusals=1, notes="Ghi chú — đủ mọi trường",
    )  # fmt: skip
    activity = Activity(
        date=date(2026, 4, 20), title="Tuyên truyền Luật Đất đai", forms=["TRUC_TIEP"], topics=["Đất đai"],
        place="Nhà văn hoá thôn Nà Hồng", target_groups=["NHAN_DAN", "PHU_NU"], extra_groups=["Hội Nông dân"],
        participants=60, women=25, ethnic_minority=40, materials=100, reporter_ids=[reporter.id], cost=500000,
        organiser="UBND xã", notes="Có phát tài liệu",
    )  # fmt: skip
    attachment = Attachment(activity_id="", sha256=sha, filename=photo.name, size=size, mime="application/pdf")
    plan = Plan(
        number="05/KH-UBND", date=date(2026, 1, 10), issuer="UBND xã Nà Hồng", title="Kế hoạch PBGDPL năm 2026",
        kind="annual", year_from=2026, year_to=2026, issue_deadline=date(2026, 1, 15),
        source="164/KH-UBND ngày 31/12/2020 của UBND tỉnh Thái Nguyên", budget=25_000_000, notes="Kèm dự toán",
    )  # fmt: skip
    task = PlanTask(
        plan_id="", position=3, section="II.2", content="Tổ chức đối thoại với Nhân dân", lead="UBND xã",
        cooperating=["Công an xã", "Hội Nông dân"], deadline="Quý II năm 2026", state="done",
        done_date=date(2026, 5, 2), outside_plan=True, budget=3_000_000, activity_ids=[activity.id],
        progress_note="Đã tổ chức 01 cuộc", source_task="164/KH-UBND II.2.1",
    )  # fmt: skip
    training = TrainingSession(date=date(2026, 5, 6), title="Bồi dưỡng kỹ năng tuyên truyền", organiser="UBND xã",
                               audience="ttv", attendee_ids=[reporter.id], notes="Có kiểm tra cuối khóa")  # fmt: skip
    assessment = Assessment(
        unit_code=COMMUNE, year=2026, scorer="self", set_id="QD27_2025", set_version="2026.1", status="incomplete",
        total="", result={"status": "incomplete", "missing": [{"code": "not-answered", "about": "1.1", "message": "…"}]},
        computed_at="2027-01-05T09:00:00", computed_by="Nguyễn Văn A", notes="Tự đánh giá năm 2026",
    )  # fmt: skip
    answer = Answer(
        assessment_id="", code="2.5", value={"selected": ["MANG_XA_HOI"]}, source="derived",
        derived_from="3 hoạt động trên mạng xã hội (nhật ký)", reason="", evidence=[{"sha256": sha, "filename": photo.name, "size": size, "mime": "application/pdf"}],
        entered_by="Nguyễn Văn A", entered_at="2027-01-05T09:00:00",
    )  # fmt: skip
    return {
        "reporters": reporter, "activities": activity, "attachments": attachment, "plans": plan, "plan_tasks": task,
        "assessments": assessment, "assessment_answers": answer, "trainings": training,
    }  # fmt: skip


def test_every_kind_has_a_sample_a_table_spec_and_a_bundle_member(workspace, tmp_path):
    assert set(_samples(workspace, tmp_path)) == set(NAMES)
    assert fmt.TABLES == NAMES
    for k in KINDS:
        assert tables.spec(k.name).kind is k
        assert fmt.is_expected_member(fmt.data_member(k.name))
        assert k.payload_keys == frozenset(k.to_payload(k.model()))
        if k.parent is not None:
            assert NAMES.index(k.parent.kind) < NAMES.index(k.name), "a parent kind is applied first"
    assert not fmt.is_expected_member("data/budgets.jsonl")


def test_catalog_fields_name_catalogs_that_hold_the_samples_codes(workspace, tmp_path):
    samples = _samples(workspace, tmp_path)
    for k in KINDS:
        payload = k.to_payload(samples[k.name])
        for field, catalog_name in k.catalog_fields.items():
            assert field in k.payload_keys
            catalog = getattr(workspace.catalogs, catalog_name)
            values = payload[field] if isinstance(payload[field], list) else [payload[field]]
            assert all(v in catalog for v in values if v), (k.name, field)


@pytest.mark.parametrize("name", NAMES)
def test_table_spec_decodes_what_it_encodes(workspace, tmp_path, name):
    k, spec = kind(name), tables.spec(name)
    payload = k.to_payload(_samples(workspace, tmp_path)[name])
    row = spec.stored(payload)
    assert tuple(row) == (*spec.columns, *spec.derived_names)
    assert spec.payload(row) == payload
    assert spec.encoded(payload) == tuple(row[c] for c in spec.columns)
    assert spec.values(payload) == tuple(row.values())


def test_registry_round_trip_commune_to_province(commune, upper, export, tmp_path):
    samples = _samples(commune, tmp_path)
    ids = {name: rec.id for name, rec in samples.items()}
    originals = {}
    with commune.db.atomic():
        for k in KINDS:  # the registry's order: a parent is saved before its children
            rec = samples[k.name]
            if k.parent is not None:
                setattr(rec, k.parent.field, ids[k.parent.kind])
            originals[k.name] = k.to_payload(rec)
            result = record_store.save_payload(commune.db, k.name, rec.id, originals[k.name], commune.write_context())
            assert result.outcome == "created"
    path = export("2026")
    report = import_bundle(upper, path)
    for k in KINDS:
        stored = merge_repo.stored_records(upper.db, k.name, [ids[k.name]])[ids[k.name]]
        assert stored["owner"] == COMMUNE and stored["rev"] == 1 and not stored["deleted"]
        assert stored["payload"] == originals[k.name], k.name
        assert k.to_payload(k.from_payload(ids[k.name], stored["payload"])) == originals[k.name]
        assert report.tables[k.name].new >= 1
    # the link table follows the payload at both ends
    link = tables.ACTIVITY_TABLE.link
    for ws in (commune, upper):
        rows = ws.db.execute(f"SELECT {link.value_column} FROM {link.table} WHERE {link.record_column} = ?", [ids["activities"]])
        assert [r[0] for r in rows] == [ids["reporters"]]
        task_link = tables.TASK_TABLE.link
        rows = ws.db.execute(f"SELECT {task_link.record_column} FROM {task_link.table} WHERE {task_link.value_column} = ?", [ids["activities"]])
        assert [r[0] for r in rows] == [ids["plan_tasks"]]
