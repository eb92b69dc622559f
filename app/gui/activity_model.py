"""ActivityTableModel: the log as a table that holds only rowids and fetches rows by rowid, a page (50) at a time.

Sorting and filtering run in SQL (``app.services.read.query_rowids``; the filter carries the read scope). A filter change reads the first
rowids (at most ``FIRST_CHUNK``) and shows them at once; the aggregate query (the row count and the totals,
shared with the screen's totals line) runs afterwards on a background thread with its own read-only
connection, and when it is in, the row count grows to the full count and ``totalsChanged`` is emitted. A
newer filter interrupts an older aggregate and its result is ignored. Further rowids are read in growing
chunks, resuming after the last one read, only when rows further down are asked for. So 100,000 activities
cost what is on screen, not one id list.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from array import array
from collections import OrderedDict
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from app.core.catalogs import Catalog, Catalogs
from app.core.models import Activity
from app.core.text import fold, search_terms
from app.gui.formatting import format_count, format_date, format_money
from app.gui.jobs import query_pool
from app.services import read as repo

log = logging.getLogger("app.gui")

PAGE_SIZE = 50  # rows read at once: about two screens (a page of 50 reads in ~3 ms, one of 200 in ~12)
MAX_PAGES = 200  # pages kept in memory (10,000 rows)
FIRST_CHUNK = 200  # rowids read with a filter change (a few screens); each further read is larger (up to all)
CHUNKED_ORDERS = {"date"}  # orders an index serves, so reading resumes cheaply; others read all at once
ID_ROLE = Qt.ItemDataRole.UserRole
_RUNNING: set["_TotalsQuery"] = set()  # Python references keep queued or running queries alive
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(ID_ROLE)
_VERTICAL = Qt.Orientation.Vertical
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_MISSING = object()

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
UNIT_COLUMN = ("unit", "Unit", None, False)  # shown last when records of several units may appear (upper mode)
_TITLE_COLUMN = [c[0] for c in COLUMNS].index("title")
_TOOLTIP_COLUMNS = frozenset(i for i, c in enumerate(COLUMNS) if c[0] in ("title", "forms", "target_groups", "reporters", "place"))
_ALIGNMENTS = tuple(
    int((Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
    for _key, _header, _sort, numeric in (*COLUMNS, UNIT_COLUMN)
)


def column_header(key: str) -> str:
    """Translated header of a column (the strings are listed literally for lupdate)."""
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
        "unit": QCoreApplication.translate("ActivityTableModel", "Unit"),
    }[key]


class _TotalsSignals(QObject):
    done = Signal(int, object)  # generation, totals dict (None when interrupted or failed)


class _TotalsQuery(QRunnable):
    """One aggregate query on a pool thread, over a read-only connection of its own (opened per query)."""

    def __init__(self, path: str, flt: repo.ActivityFilter, use_fts: bool, generation: int) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _TotalsSignals()
        self._path, self._flt, self._use_fts, self.generation = path, flt, use_fts, generation
        self._lock = threading.Lock()
        self._reader = None
        self._stale = False

    def interrupt(self) -> None:
        """Abandon the query (from the GUI thread): it stops at SQLite's next step and reports None."""
        with self._lock:
            self._stale = True
            if self._reader is not None:
                repo.interrupt_reader(self._reader)

    def run(self) -> None:
        result = None
        try:
            with self._lock:
                if self._stale:
                    return
                self._reader = repo.open_reader(self._path)
            result = repo.totals(self._reader, self._flt, use_fts=self._use_fts)
        except Exception:  # noqa: BLE001  interrupted, or failed: the GUI thread recomputes on its own connection
            if not self._stale:
                log.exception("counting the log's rows failed")
        finally:
            with self._lock:
                reader, self._reader = self._reader, None
            if reader is not None:
                repo.close_reader(reader)
            self.signals.done.emit(self.generation, None if self._stale else result)


def _labels(catalog: Catalog) -> dict[str, str]:
    """Label by code for every code of every known version of ``catalog`` (a retired code keeps its label)."""
    codes = {e.code for e in catalog.entries} | {e.code for e in catalog.retired}
    return {code: catalog.label(code) for code in codes}


def _forget(job: _TotalsQuery, *_args: object) -> None:
    _RUNNING.discard(job)


def _interrupt_owner(owner: int, *_args: object) -> None:
    """The model ``owner`` is gone: abandon its queries (they would only hold up the next ones)."""
    for job in list(_RUNNING):
        if job.owner == owner:
            job.interrupt()


class ActivityTableModel(QAbstractTableModel):
    """Rows are rowids from ``query_rowids`` (read on demand); row data comes from a page cache filled on demand.

    After a filter change the row count is at first the number of rowids read (exact when they are all);
    ``totals_pending`` is True until the aggregate is in, then the count is exact and ``totalsChanged`` fires.
    """

    totalsChanged = Signal()

    def __init__(self, db, catalogs: Catalogs, parent=None, unit_names: dict[str, str] | None = None) -> None:
        """``db``: the GUI thread's connection (``Workspace.db``); ``unit_names``: when given, a last column shows
        each activity's owner unit by these names (upper mode)."""
        super().__init__(parent)
        self._db = db
        self._columns = (*COLUMNS, UNIT_COLUMN) if unit_names is not None else COLUMNS
        self._unit_names = dict(unit_names or {})
        self._db_file = repo.database_file(db)
        self._generation = 0
        self._pending: _TotalsQuery | None = None  # the background aggregate of the current generation
        self._totals_pending = False
        self.destroyed.connect(partial(_interrupt_owner, id(self)))
        self._form_labels = _labels(catalogs.forms)
        self._group_labels = _labels(catalogs.target_groups)
        self._reporter_names: dict[str, str] = {}
        self._filter = repo.ActivityFilter()
        self._terms: tuple[str, ...] = ()  # the search's folded words (their places are shown in tooltips)
        self._order = "date"
        self._descending = True
        self._count = 0  # rows passing the filter (from the totals query)
        self._totals: dict[str, int] = {}
        self._rowids = array("q")  # the first rowids in order; more are read on demand
        self._last_key: tuple[object, int] | None = None  # (sort value, rowid) of the last rowid read
        self._complete = True  # every rowid has been read
        self._pages: OrderedDict[int, dict[int, Activity]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...] | None] = {}  # rowid -> the row's cell texts
        self._loaded = False  # nothing is queried before the first set_filter or reload

    # -- what is shown ----------------------------------------------------------------------------------
    @property
    def filter(self) -> repo.ActivityFilter:
        return self._filter

    @property
    def totals(self) -> dict[str, int]:
        """Count and sums of what the filter passes (computed once per filter change; empty while pending)."""
        return dict(self._totals) if not self._totals_pending else {}

    @property
    def totals_pending(self) -> bool:
        """True between a filter change and the arrival of its count and sums."""
        return self._totals_pending

    @property
    def columns(self) -> tuple:
        """(key, header, sort column, numeric) of each column shown."""
        return self._columns

    def set_unit_names(self, names: dict[str, str]) -> None:
        self._unit_names = dict(names)
        self._texts.clear()

    def set_reporter_names(self, names: dict[str, str]) -> None:
        self._reporter_names = dict(names)
        self._texts.clear()

    def set_filter(self, flt: repo.ActivityFilter) -> None:
        """Show the activities passing ``flt`` (re-runs the count, the totals and the first rowids)."""
        self._filter = flt
        self._terms = tuple(dict.fromkeys(search_terms(flt.text)))
        self.reload()

    def reload(self, recount: bool = True) -> None:
        """Re-run the query with the current filter and order; forget cached rows.

        ``recount``: also re-run the totals (False when only the order changed).
        """
        self.beginResetModel()
        self._loaded = True
        recount = recount or not self._totals or self._totals_pending
        self._rowids = array("q")
        self._last_key = None
        self._complete = False
        self._pages.clear()
        self._texts.clear()
        self._read_more(FIRST_CHUNK if self._order in CHUNKED_ORDERS else None)
        if recount:
            self._start_totals()
            self._count = len(self._rowids)  # grows to the full count when the totals are in
        else:
            self._count = int(self._totals["count"])
        self.endResetModel()
        if recount and self._pending is None and self._totals_pending:
            # No file to read from on another thread (an in-memory database): count right after this event.
            QTimer.singleShot(0, self._count_now)

    # -- totals (row count and sums) ---------------------------------------------------------------------------
    def _start_totals(self) -> None:
        self._generation += 1
        if self._pending is not None:
            self._pending.interrupt()
            self._pending = None
        self._totals = {}
        self._totals_pending = True
        if self._db_file is None:
            return
        job = _TotalsQuery(self._db_file, self._filter, repo.fts_available(self._db), self._generation)
        job.owner = id(self)
        job.signals.done.connect(self._on_totals_done)
        _RUNNING.add(job)
        job.signals.done.connect(partial(_forget, job))
        self._pending = job
        query_pool().start(job)

    @Slot(int, object)
    def _on_totals_done(self, generation: int, totals: object) -> None:
        if generation != self._generation or not self._totals_pending:
            return  # a newer filter is shown
        self._pending = None
        if totals is None:
            self._count_now()  # the background query failed: count on this connection instead
            return
        self._apply_totals(totals)  # type: ignore[arg-type]

    @Slot()
    def _count_now(self) -> None:
        if self._totals_pending:
            self._apply_totals(repo.totals(self._db, self._filter))

    def wait_for_totals(self) -> None:
        """Make the count and the sums final now (computing them here when still pending)."""
        if not self._totals_pending:
            return
        if self._pending is not None:
            self._pending.interrupt()
            self._pending = None
        self._generation += 1  # whatever the background query reports is ignored
        self._count_now()

    def _apply_totals(self, totals: dict[str, int]) -> None:
        self._totals = dict(totals)
        self._totals_pending = False
        count = int(totals["count"])
        if self._complete:
            count = len(self._rowids)  # every rowid is read: they are the rows shown
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.totalsChanged.emit()

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
                row = self._rowids.index(rowid)
                if row >= self._count:
                    self.wait_for_totals()  # a row beyond those shown so far: the view needs the full count
                return row if row < self._count else -1
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
    # The view asks for about seven roles of every visible cell at each paint (and the vertical header for
    # nine roles of 200 sections at each reset), so these answer from precomputed values: the roles as plain
    # ints, each row's texts formatted once (``_row_texts``).
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            if orientation == _VERTICAL:
                return section + 1 if 0 <= section < self._count else None
            return column_header(self._columns[section][0]) if 0 <= section < len(self._columns) else None
        if role == _ALIGNMENT and orientation != _VERTICAL and 0 <= section < len(self._columns) and self._columns[section][3]:
            return _ALIGNMENTS[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._row_texts(index.row()) is None:  # vanished since the id query: disabled
            return _NO_FLAGS
        return _ROW_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY or role == _TOOLTIP:
            column = index.column()
            if not 0 <= column < len(self._columns):
                return None
            texts = self._row_texts(index.row())
            if texts is None:
                if role == _TOOLTIP or not 0 <= index.row() < self._count:
                    return None
                return "…" if column == _TITLE_COLUMN else ""
            if role == _DISPLAY:
                return texts[column]
            if self._terms:  # a search: where its words were found, on every cell of the row
                return self._match_tooltip(index.row())
            return texts[column] if column in _TOOLTIP_COLUMNS and texts[column] else None
        if role == _ALIGNMENT:
            column = index.column()
            return _ALIGNMENTS[column] if 0 <= column < len(self._columns) else None
        if role == _ID and index.isValid():
            return self.activity_id(index.row())
        return None

    def _row_texts(self, row: int) -> tuple[str, ...] | None:
        """The texts of ``row``'s cells (formatted once per row and filter); None when the row has no activity."""
        if not 0 <= row < self._count or not self._ensure(row):
            return None
        rowid = self._rowids[row]
        texts = self._texts.get(rowid, _MISSING)
        if texts is _MISSING:
            a = self._page(row // PAGE_SIZE).get(rowid)
            texts = None if a is None else tuple(self._text(a, key) for key, *_rest in self._columns)
            if len(self._texts) >= MAX_PAGES * PAGE_SIZE:
                self._texts.clear()
            self._texts[rowid] = texts
        return texts  # type: ignore[return-value]

    def _match_tooltip(self, row: int) -> str | None:
        """The fields of ``row``'s activity that hold the search words, with the words in bold (rich text)."""
        rowid = self._rowids[row]
        a = self._page(row // PAGE_SIZE).get(rowid)
        if a is None:
            return None
        fields = (
            (column_header("title"), a.title),
            (QCoreApplication.translate("ActivityTableModel", "Laws, topics"), "; ".join(a.topics)),
            (column_header("place"), a.place),
            (QCoreApplication.translate("ActivityTableModel", "Organised by"), a.organiser),
            (QCoreApplication.translate("ActivityTableModel", "Other groups"), "; ".join(a.extra_groups)),
            (QCoreApplication.translate("ActivityTableModel", "Notes"), a.notes),
        )
        content = column_header("title")
        lines = [f"<b>{html.escape(content)}:</b> {html.escape(a.title)}"] if a.title else []
        found = [f"{html.escape(name)}: {marked}" for name, text in fields if text and (marked := mark_terms(text, self._terms))]
        if found:
            heading = QCoreApplication.translate("ActivityTableModel", "Found in")
            lines.append(f"<b>{html.escape(heading)}:</b>")
            lines += found
        return "<br>".join(lines) or None

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
            return format_count(a.materials) if a.materials else ""  # none handed out: an empty cell, not a row of 0s
        if key == "cost":
            return format_money(a.cost) if a.cost else ""
        if key == "reporters":
            return ", ".join(self._reporter_names.get(r, "?") for r in a.reporter_ids)
        if key == "unit":
            unit = a.meta.owner_unit
            return self._unit_names.get(unit, unit)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column][2] is None:
            return
        new = (self._columns[column][2], order == Qt.SortOrder.DescendingOrder)
        if new == (self._order, self._descending) and self._loaded:
            return
        self._order, self._descending = new
        if not self._loaded:
            return  # the view sorts as it is set up; the first set_filter reads the rows
        self.reload(recount=False)  # the same rows in another order: count and totals stand


_WORD = re.compile(r"\S+")


def mark_terms(text: str, terms: tuple[str, ...], room: int = 160) -> str:
    """``text`` as HTML with its words holding a search word (accents ignored) in bold; "" when none does.

    A long text is cut to ``room`` characters around the first word found.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text) if any(t in fold(m.group()) for t in terms)]
    if not words:
        return ""
    start = max(0, words[0][0] - room // 3)
    end = min(len(text), start + room)
    out, at = [], start
    for a, b in words:
        if a < start or b > end:
            continue
        out += [html.escape(text[at:a]), "<b>", html.escape(text[a:b]), "</b>"]
        at = b
    out.append(html.escape(text[at:end]))
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")
