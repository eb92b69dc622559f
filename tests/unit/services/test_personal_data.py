"""Personal data (birth date, phone, ID number) is optional, masked in lists, and left out of exported files
unless the officer asks for it; a file exported without it and imported again does not erase it."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from openpyxl import load_workbook

from app.commands import run_job
from app.core.models import Decision, Reporter
from app.core.roster import mask_id_number, mask_phone
from app.services import logbook
from app.services.exporting import export_file
from app.services.importing import import_file
from app.store import reporters as reporter_repo

PHONE, ID_NUMBER = "0912 345 678", "019087001234"


@pytest.fixture
def person(workspace):
    r = Reporter(kind="bcv", full_name="Hoàng Thị Lan", gender="nu", birth_date=date(1979, 2, 3), phone=PHONE, id_number=ID_NUMBER,
                 level="tinh", organisation="Công an xã", recognition=Decision("12/QĐ-UBND", date(2024, 1, 5)))  # fmt: skip
    logbook.save_reporter(workspace, r)
    return workspace, r


def _xlsx_values(path):
    return [c.value for row in load_workbook(path).active.iter_rows() for c in row if c.value is not None]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
def test_exports_leave_personal_data_out_unless_asked(person, tmp_path, suffix):
    ws, r = person
    plain, full = tmp_path / f"plain{suffix}", tmp_path / f"full{suffix}"
    assert run_job(export_file(ws, "roster", plain))["personal"] is False
    assert run_job(export_file(ws, "roster", full, include_personal=True))["personal"] is True
    if suffix == ".xlsx":
        texts = [str(v) for v in _xlsx_values(plain)]
        assert "Hoàng Thị Lan" in texts and not any("345" in t or "1979" in t or ID_NUMBER in t for t in texts)
        assert "Điện thoại" not in texts
        full_texts = [str(v) for v in _xlsx_values(full)]
        assert PHONE in full_texts and ID_NUMBER in full_texts
    elif suffix == ".csv":
        text = plain.read_text(encoding="utf-8-sig")
        assert "Hoàng Thị Lan" in text and "345" not in text and "1979" not in text and ID_NUMBER not in text
        assert PHONE in full.read_text(encoding="utf-8-sig")
        assert list(csv.reader(full.open(encoding="utf-8-sig")))[1]
    else:
        payload = json.loads(plain.read_text(encoding="utf-8"))[0]["payload"]
        assert not {"birth_date", "phone", "id_number"} & payload.keys() and payload["level"] == "tinh"
        assert json.loads(full.read_text(encoding="utf-8"))[0]["payload"]["id_number"] == ID_NUMBER


def test_reimporting_an_export_without_personal_data_keeps_it(person, tmp_path):
    ws, r = person
    path = tmp_path / "roster.xlsx"
    run_job(export_file(ws, "roster", path))
    run_job(import_file(ws, "roster", path))
    stored = reporter_repo.get_reporter(ws.db, r.id)
    assert (stored.phone, stored.birth_date, stored.id_number, stored.level) == (PHONE, date(1979, 2, 3), ID_NUMBER, "tinh")


def test_masks_show_only_the_last_digits():
    assert mask_phone(PHONE) == "••• ••• 678" and mask_phone("") == ""
    assert mask_id_number(ID_NUMBER) == "•••••••••234" and mask_id_number("") == ""
