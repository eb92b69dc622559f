"""Domain records: units, activities, reporters (báo cáo viên / tuyên truyền viên) and attachments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.core import facts

LEVELS = ("commune", "district", "province")
REPORTER_KINDS = ("bcv", "ttv")  # báo cáo viên pháp luật, tuyên truyền viên pháp luật
GENDERS = ("", "nam", "nu")
BCV_LEVELS = ("trung_uong", "tinh", "huyen")  # báo cáo viên pháp luật trung ương, cấp tỉnh, cấp huyện (TT 10/2016 Điều 2)
# Reporter payload fields added in bundle format 3 (app.core.kinds: a bundle leaves them out while empty)
REPORTER_ADDED_FIELDS = ("level", "review_flag", "suspended_from", "suspended_until", "suspension_reason", "id_number")


def new_id() -> str:
    """Return a new random record id (UUID4, never derived from content or time)."""
    import uuid  # here: uuid loads platform, a cost the start-up would pay for nothing (no record is made there)

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Unit:
    """An administrative unit: a commune (xã, phường, đặc khu), a province, or a district entered by hand."""

    code: str
    name: str
    level: str  # one of LEVELS
    division_type: str = ""  # "xã", "phường", "đặc khu", "tỉnh", "thành phố trung ương", "huyện" …
    province_code: str = ""

    @property
    def full_name(self) -> str:
        """Name with its division type, e.g. "Phường Phan Đình Phùng" (names in the catalog carry it already)."""
        return self.name


@dataclass
class RecordMeta:
    """What every shared record carries for sync: owner, revision, who made it, tombstone flag."""

    owner_unit: str = ""
    rev: int = 0
    rev_by: str = ""  # installation id that made this revision
    base_rev: int = 0
    deleted: bool = False
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Activity:
    """One PBGDPL activity of the commune's log."""

    id: str = field(default_factory=new_id)
    date: date | None = None
    title: str = ""  # nội dung / tên hoạt động
    forms: list[str] = field(default_factory=list)  # codes of catalogs/forms.json
    topics: list[str] = field(default_factory=list)  # laws or topics disseminated
    place: str = ""  # thôn, tổ dân phố, hội trường …
    target_groups: list[str] = field(default_factory=list)  # codes of catalogs/target_groups.json
    extra_groups: list[str] = field(default_factory=list)  # free target groups
    participants: int = 0
    women: int = 0
    ethnic_minority: int = 0
    materials: int = 0  # tài liệu phát hành
    reporter_ids: list[str] = field(default_factory=list)
    cost: int = 0  # VND
    organiser: str = ""  # đơn vị chủ trì
    notes: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta)


@dataclass
class Decision:
    """A decision (quyết định) recognising or dismissing a reporter."""

    number: str = ""  # "12/QĐ-UBND"
    date: date | None = None
    authority: str = ""  # who signed: "Chủ tịch UBND xã …"

    def is_empty(self) -> bool:
        return not (self.number or self.date or self.authority)


@dataclass
class Training:
    """A training (tập huấn, bồi dưỡng) a reporter attended."""

    date: date | None = None
    title: str = ""
    organiser: str = ""


@dataclass
class Reporter:
    """A báo cáo viên (bcv) or tuyên truyền viên (ttv) pháp luật, with the fields of domain.md 2.4."""

    id: str = field(default_factory=new_id)
    kind: str = "ttv"
    full_name: str = ""
    gender: str = ""
    birth_date: date | None = None
    ethnicity: str = ""
    title: str = ""  # chức vụ, chức danh
    organisation: str = ""  # cơ quan, đơn vị công tác
    qualification: str = ""  # trình độ chuyên môn
    law_fields: list[str] = field(default_factory=list)  # lĩnh vực pháp luật chuyên sâu (BCV)
    area: str = ""  # thôn, tổ dân phố phụ trách
    phone: str = ""
    proposer: str = ""  # cơ quan đề nghị công nhận
    recognition: Decision = field(default_factory=Decision)
    dismissal: Decision = field(default_factory=Decision)
    dismissal_ground: str = ""  # code of catalogs/dismissal_grounds.json
    dismissal_reason: str = ""
    trainings: list[Training] = field(default_factory=list)
    refusals: int = 0  # lần từ chối PBGDPL theo phân công (ground d for BCV)
    notes: str = ""
    level: str = ""  # BCV only: one of BCV_LEVELS ("" not given)
    review_flag: str = ""  # a reason to review the person (app.core.roster.REVIEW_FLAGS); never a dismissal ground
    suspended_from: date | None = None  # TT 10/2016 Điều 8.1.e: not assigned while prosecuted, investigated, tried
    suspended_until: date | None = None  # the day the suspension ended (None: still suspended)
    suspension_reason: str = ""
    id_number: str = ""  # số định danh cá nhân / CCCD (personal data: optional, masked, not exported by default)
    meta: RecordMeta = field(default_factory=RecordMeta)

    def is_active(self, on: date) -> bool:
        """Recognised and not dismissed on ``on`` (the rule of ``app.core.facts.reporter_state``)."""
        return facts.is_active(self, on)

    def state(self, on: date) -> str:
        """``not_yet``, ``active`` or ``dismissed`` on ``on`` (``app.core.facts.reporter_state``)."""
        return facts.reporter_state(self, on)

    @property
    def status(self) -> str:
        """The state today: ``dismissed`` once a dismissal is in force (one without a date is), else ``active``
        (or ``not_yet`` before a recognition dated in the future)."""
        return facts.reporter_state(self, date.today())


@dataclass
class TrainingSession:
    """A training (tập huấn, bồi dưỡng) held for reporters: its date, topic, organiser and who attended."""

    id: str = field(default_factory=new_id)
    date: date | None = None
    title: str = ""  # the topic
    organiser: str = ""
    audience: str = ""  # "bcv", "ttv" or "" (both)
    attendee_ids: list[str] = field(default_factory=list)  # reporter ids
    notes: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta)


@dataclass
class Attachment:
    """A file (photo, minutes, PDF) attached to an activity, stored once by its SHA-256."""

    id: str = field(default_factory=new_id)
    activity_id: str = ""
    sha256: str = ""
    filename: str = ""
    size: int = 0
    mime: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta)
