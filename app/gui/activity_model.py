"""ActivityTableModel: the log as a table that holds only ids and fetches rows by id, 200 at a time.

Sorting and filtering run in SQL (``app.store.activities.query_ids``), so 100,000 activities cost one id
list; only the rows on screen are ever read.
"""

from __future__ import annotations

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
    """Rows are activity ids from ``query_ids``; row data comes from a page cache filled on demand."""

    def __init__(self, db: Database, catalogs: Catalogs, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._form_labels = {e.code: (e.short or e.name) for e in catalogs.forms.entries}
        self._group_labels = {e.code: (e.short or e.name) for e in catalogs.target_groups.entries}
        self._reporter_names: dict[str, str] = {}
        self._filter = repo.ActivityFilter()
        self._order = "date"
        self._descending = True
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, Activity]] = OrderedDict()

    # -- what is shown ----------------------------------------------------------------------------------
    @property
    def filter(self) -> repo.ActivityFilter:
        return self._filter

    def set_reporter_names(self, names: dict[str, str]) -> None:
        self._reporter_names = dict(names)

    def set_filter(self, flt: repo.ActivityFilter) -> None:
        """Show the activities passing ``flt`` (re-runs the id query)."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-run the id query with the current filter and order; forget cached rows."""
        self.beginResetModel()
        self._ids = repo.query_ids(self._db, self._filter, self._order, self._descending)
        self._pages.clear()
        self.endResetModel()

    def activity_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, activity_id: str) -> int:
        try:
            return self._ids.index(activity_id)
        except ValueError:
            return -1

    def activity(self, row: int) -> Activity | None:
        """The activity shown in ``row`` (read through the page cache)."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // PAGE_SIZE)
        return page.get(self._ids[row])

    def _page(self, number: int) -> dict[str, Activity]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        page = {a.id: a for a in repo.fetch_activities(self._db, ids)}
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt model API ----------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_header(COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][3]:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._ids):
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.activity(index.row()) is None:  # vanished since the id query: shown disabled
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < len(COLUMNS):
            return None
        key, _header, _sort, numeric = COLUMNS[index.column()]
        if role == ID_ROLE:
            return self._ids[index.row()]
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
        self._order = COLUMNS[column][2]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
