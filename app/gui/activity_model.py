"""ActivityTableModel: the log as a table that holds only rowids and fetches rows by rowid, 200 at a time.

Sorting and filtering run in SQL (``app.store.activities.query_rowids``). A filter change costs one aggregate
query (the row count and the totals, shared with the screen's totals line) and the first rowids; further
rowids are read in growing chunks, resuming after the last one read, only when rows further down are asked
for. So 100,000 activities cost what is on screen, not one id list.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from sqlite_utils import Database

from app.core.catalogs import Catalogs
from app.core.models import Activity
from app.gui.formatting import format_count, format_date, format_money
from app.store import activities as repo

PAGE_SIZE = 200
MAX_PAGES = 50  # pages kept in memory (10,000 rows)
FIRST_CHUNK = 1000  # rowids read with a filter change; each further read is larger (up to all)
CHUNKED_ORDERS = {"date"}  # orders an index serves, so reading resumes cheaply; others read all at once
ID_ROLE = Qt.ItemDataRole.UserRole

# (key, header, sort column in SQL or None, numeric)
COLUMNS = (
    ("date", "Date", "date", False),
    ("title", "Content", "title", False),
    ("forms", "Forms", None, False),
    ("place", "Place", "place", False),
    ("target_groups", "Target groups", None, False),
    ("participants", "Participants", "participants", True),
    ("women", "Women", None, True),
    ("materials", "Materials", "materials", True),
    ("cost", "Cost", "cost", True),
    ("reporters", "Reporters", None, False),
)


def column_header(key: str) -> str:
    """Translated header of a column (the strings are listed literally for lupdate)."""
    t = QCoreApplication.translate
    return {
        "date": QCoreApplication.translate("ActivityTableModel", "Date"),
        "title": QCoreApplication.translate("ActivityTableModel", "Content"),
        "forms": QCoreApplication.translate("ActivityTableModel", "Forms"),
        "place": QCoreApplication.translate("ActivityTableModel", "Place"),
        "target_groups": QCoreApplication.translate("ActivityTableModel", "Target groups"),
        "participants": QCoreApplication.translate("ActivityTableModel", "Participants"),
        "women": QCoreApplication.translate("ActivityTableModel", "Women"),
        "materials": QCoreApplication.translate("ActivityTableModel", "Materials"),
        "cost": QCoreApplication.translate("ActivityTableModel", "Cost"),
        "reporters": QCoreApplication.translate("ActivityTableModel", "Reporters"),
    }[key]


class ActivityTableModel(QAbstractTableModel):
    """Rows are rowids from ``query_rowids`` (read on demand); row data comes from a page cache filled on demand."""

    def __init__(self, db: Database, catalogs: Catalogs, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._form_labels = {e.code: (e.short or e.name) for e in catalogs.forms.entries}
        self._group_labels = {e.code: (e.short or e.name) for e in catalogs.target_groups.entries}
        self._reporter_names: dict[str, str] = {}
        self._filter = repo.ActivityFilter()
        self._order = "date"
        self._descending = True
        self._count = 0  # rows passing the filter (from the totals query)
        self._totals: dict[str, int] = {}
        self._rowids = array("q")  # the first rowids in order; more are read on demand
        self._last_key: tuple[object, int] | None = None  # (sort value, rowid) of the last rowid read
        self._complete = True  # every rowid has been read
        self._pages: OrderedDict[int, dict[int, Activity]] = OrderedDict()
        self._loaded = False  # nothing is queried before the first set_filter or reload

    # -- what is shown ----------------------------------------------------------------------------------
    @property
    def filter(self) -> repo.ActivityFilter:
        return self._filter

    @property
    def totals(self) -> dict[str, int]:
        """Count and sums of what the filter passes (computed once per filter change)."""
        return dict(self._totals)

    def set_reporter_names(self, names: dict[str, str]) -> None:
        self._reporter_names = dict(names)

    def set_filter(self, flt: repo.ActivityFilter) -> None:
        """Show the activities passing ``flt`` (re-runs the count, the totals and the first rowids)."""
        self._filter = flt
        self.reload()

    def reload(self, recount: bool = True) -> None:
        """Re-run the query with the current filter and order; forget cached rows.

        ``recount``: also re-run the totals (False when only the order changed).
        """
        self.beginResetModel()
        self._loaded = True
        if recount or not self._totals:
            self._totals = repo.totals(self._db, self._filter)
        self._count = int(self._totals["count"])
        self._rowids = array("q")
        self._last_key = None
        self._complete = False
        self._pages.clear()
        self._read_more(FIRST_CHUNK if self._order in CHUNKED_ORDERS else None)
        self.endResetModel()

    def _read_more(self, limit: int | None) -> None:
        """Read the next ``limit`` rowids (all the rest when None)."""
        if self._complete:
            return
        rows = repo.query_rowids(self._db, self._filter, self._order, self._descending, after=self._last_key, limit=limit)
        self._rowids.extend(r[0] for r in rows)
        if rows:
            self._last_key = (rows[-1][1], rows[-1][0])
        if limit is None or len(rows) < limit:
            self._complete = True

    def _ensure(self, row: int) -> bool:
        """Make sure the rowid of ``row`` has been read; False when there is none (the data shrank)."""
        while row >= len(self._rowids) and not self._complete:
            # Read to the end of the page asked for, at least as many as read so far (so a long scroll or a
            # jump to the end costs few queries).
            wanted = (row // PAGE_SIZE + 1) * PAGE_SIZE - len(self._rowids)
            self._read_more(max(wanted, len(self._rowids), FIRST_CHUNK))
        return 0 <= row < len(self._rowids)

    def activity_id(self, row: int) -> str | None:
        a = self.activity(row)
        return a.id if a is not None else None

    def row_of(self, activity_id: str) -> int:
        rowid = repo.rowid_of(self._db, activity_id)
        if rowid is None:
            return -1
        while True:
            try:
                return self._rowids.index(rowid)
            except ValueError:
                if self._complete:
                    return -1
                self._read_more(max(len(self._rowids), FIRST_CHUNK))

    def activity(self, row: int) -> Activity | None:
        """The activity shown in ``row`` (read through the page cache)."""
        if not 0 <= row < self._count or not self._ensure(row):
            return None
        page = self._page(row // PAGE_SIZE)
        return page.get(self._rowids[row])

    def _page(self, number: int) -> dict[int, Activity]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        self._ensure(min((number + 1) * PAGE_SIZE, self._count) - 1)
        rowids = list(self._rowids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE])
        page = repo.fetch_by_rowids(self._db, rowids)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt model API ----------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_header(COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][3]:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._count:
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.activity(index.row()) is None:  # vanished since the id query: shown disabled
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count or not 0 <= index.column() < len(COLUMNS):
            return None
        key, _header, _sort, numeric = COLUMNS[index.column()]
        if role == ID_ROLE:
            return self.activity_id(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        a = self.activity(index.row())
        if a is None:
            return "…" if key == "title" else ""
        text = self._text(a, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if key in ("title", "forms", "target_groups", "reporters", "place") and text else None
        return text

    def _text(self, a: Activity, key: str) -> str:
        if key == "date":
            return format_date(a.date)
        if key == "title":
            return a.title or "; ".join(a.topics)
        if key == "forms":
            return ", ".join(self._form_labels.get(c, c) for c in a.forms)
        if key == "place":
            return a.place
        if key == "target_groups":
            return ", ".join([self._group_labels.get(c, c) for c in a.target_groups] + list(a.extra_groups))
        if key == "participants":
            return format_count(a.participants)
        if key == "women":
            return format_count(a.women)
        if key == "materials":
            return format_count(a.materials)
        if key == "cost":
            return format_money(a.cost) if a.cost else "0"
        if key == "reporters":
            return ", ".join(self._reporter_names.get(r, "?") for r in a.reporter_ids)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][2] is None:
            return
        new = (COLUMNS[column][2], order == Qt.SortOrder.DescendingOrder)
        if new == (self._order, self._descending) and self._loaded:
            return
        self._order, self._descending = new
        if not self._loaded:
            return  # the view sorts as it is set up; the first set_filter reads the rows
        self.reload(recount=False)  # the same rows in another order: count and totals stand
