"""The roster's legal life cycle (TT 10/2016/TT-BTP): legal dismissal grounds per role, review flags.

Dismissal grounds are the closed lists of TT 10/2016 Điều 4.1 a–g (báo cáo viên) and Điều 6.1 a–d (tuyên
truyền viên), kept in catalogs/dismissal_grounds.json. "Không hoạt động" and "Lý do khác" are not grounds: they
are review flags (``REVIEW_FLAGS``) that lead the chairman to one of the legal grounds; no decision is recorded
on them (``app.core.rules.validate_reporter``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.core import facts

if TYPE_CHECKING:
    from app.core.catalogs import Catalog, CatalogEntry
    from app.core.models import Reporter

# code -> Vietnamese label (codes kept from catalog 2026.1, where they were offered as grounds)
REVIEW_FLAGS: dict[str, str] = {
    "KHONG_HOAT_DONG": "Không hoạt động – cần rà soát để xác định căn cứ theo Thông tư 10/2016/TT-BTP",
    "KHAC": "Lý do khác – cần rà soát để xác định căn cứ theo Thông tư 10/2016/TT-BTP",
}


def legal_grounds(grounds: Catalog, kind: str) -> list[CatalogEntry]:
    """The grounds of the current catalog that apply to role ``kind`` (bcv: Điều 4.1; ttv: Điều 6.1), in law order."""
    return [e for e in grounds.entries if kind in e.get("kinds", ())]


def ground_citation(entry: CatalogEntry, kind: str) -> str:
    """The point of TT 10/2016 a ground is cited to for role ``kind`` ("Thông tư 10/2016/TT-BTP Điều 6 khoản 1 điểm a")."""
    return (entry.get("law_items") or {}).get(kind) or entry.get("law_item", "")


def review_flag_label(code: str) -> str:
    return REVIEW_FLAGS.get(code, code)


def review_flag_for(text: str) -> str:
    """The review flag ``text`` names (its code, or its label's opening words, accents ignored), else ""."""
    from app.core.text import fold

    key = fold(text.replace("_", " "))
    for code, label in REVIEW_FLAGS.items():
        if key and (key == fold(code.replace("_", " ")) or key == fold(label.split(" – ")[0])):
            return code
    return ""


def _ddmmyyyy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def state_text(reporter: Reporter, on: date) -> str:
    """The reporter's state on ``on`` in Vietnamese words, as lists and documents print it (never a symbol)."""
    state = facts.reporter_state(reporter, on)
    if state == facts.DISMISSED:
        return "Đã miễn nhiệm" if reporter.kind == "bcv" else "Đã cho thôi"
    if state == facts.NOT_YET:
        return "Chưa được công nhận"
    if state == facts.LEVEL_ENDED:
        return f"Báo cáo viên cấp huyện, không còn hoạt động từ {_ddmmyyyy(facts.DISTRICT_LEVEL_END)} (chờ rà soát)"
    if state == facts.SUSPENDED:
        assert reporter.suspended_from is not None
        return f"Tạm không phân công từ {_ddmmyyyy(reporter.suspended_from)} (Điều 8 khoản 1 điểm e Thông tư 10/2016/TT-BTP)"
    return "Đang hoạt động"


PERSONAL_FIELDS = ("birth_date", "phone", "id_number")  # optional; masked in lists, left out of exports unless asked


def mask_phone(phone: str) -> str:
    """A phone number as lists show it: its last 3 digits ("••• ••• 678"); "" stays ""."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return f"••• ••• {digits[-3:]}" if digits else ""


def mask_id_number(number: str) -> str:
    """An ID number as lists show it: its last 3 digits ("•••••••••123")."""
    return "•" * max(0, len(number) - 3) + number[-3:] if number else ""


LIFE_CYCLE_FIELDS = ("level", "review_flag", "suspended_from", "suspended_until", "suspension_reason")  # no spreadsheet column


def kept_on_import(payload: dict, stored: dict) -> dict:
    """A reporter's payload from a spreadsheet row, with what the file cannot say taken from the stored record:
    the life-cycle fields (no column carries them) and personal data the row leaves empty (an export without
    personal data, edited and imported again, must not erase it)."""
    out = dict(payload)
    for key in LIFE_CYCLE_FIELDS:
        out[key] = stored[key]
    for key in PERSONAL_FIELDS:
        if out[key] in (None, "") and stored.get(key) not in (None, ""):
            out[key] = stored[key]
    return out
