"""Use cases of bundles: export a period (signed), verify a file, import one or many, list and resolve
conflicts, and see which bundles each unit sent (with gaps in their sequence numbers)."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from contextlib import contextmanager
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from datetime import date
from pathlib import Path
from typing import Any, Container, Generator, Iterator

from app import __version__
from app.core.errors import AppError, DatabaseFullError, DatabaseIOError, InternalError, RecordNotFoundError, UsageError
from app.core.gcpause import gc_paused
from app.core.kinds import kind
from app.core.periods import parse_period
from app.core.progress import Progress
from app.fileio import FolderSyncs, atomic_write, atomic_writer
from app.paths import AppPaths
from app.services import approvals, collisions
from app.services.catalogs import load_catalogs
from app.services.debris import sweep
from app.services.keys import entries_from_rows, load_signing_key
from app.services.workspace import Workspace, local_now
from app.store import attachments as attachment_repo
from app.store import audit
from app.store import merge as merge_repo
from app.store import settings as settings_repo
from app.store import sync_state
from app.store import trust as trust_repo
from app.store.database import CommitGroups, batch_writes
from app.sync import keys
from app.sync import manifest as fmt
from app.sync.errors import BundleError, BundleFormatError, BundleHashError, BundleOwnUnitError, BundleRecordError, BundleWriteError
from app.sync.merge import OUTCOMES, Numbering, Received, StoredState, plan_table, sequence_gaps
from app.sync.merge import numbering as merge_numbering
from app.sync.records import BundleRecord, normalise_payload, record_hash
from app.sync.report import AlreadyImported, ImportReport, PreviousImport, TableOutcome, VerifyResult, record_changes
from app.sync.trust import TrustEntry
from app.sync.verify import LINE_MATCHED, VerifiedBundle, iter_file_members, verify_bundle
from app.sync.writer import write_bundle

log = logging.getLogger("app.services.bundles")
# An import reads a bundle of at most this size once into memory, checks it there, and writes the kept copy
# and the attachments from those very bytes (no second read or hash); larger bundles are streamed.
IN_MEMORY = 32 << 20


def received_dir(paths: AppPaths) -> Path:
    return paths.data / "bundles" / "received"


def _build_info() -> dict[str, str]:
    try:
        from app.buildinfo import build_info

        info = build_info()
    except Exception:  # noqa: BLE001 - build information is informative only
        info = {}
    return {"version": info.get("version") or __version__, "commit": info.get("commit", ""), "build_date": info.get("build_date", "")}


def _to_record(table: str, plain: dict[str, Any], normalise: bool = True) -> BundleRecord:
    """A stored record as it travels; ``normalise=False``: its payload as stored (``_normal_form`` checks it)."""
    return BundleRecord(
        table=table,
        id=plain["id"],
        owner=plain["owner"],
        rev=plain["rev"],
        base_rev=plain["base_rev"],
        rev_by=plain["rev_by"],
        deleted=plain["deleted"],
        created_at=plain["created_at"],
        updated_at=plain["updated_at"],
        payload=normalise_payload(table, plain["id"], plain["payload"]) if normalise else plain["payload"],
    )


def _read_back(ws: Workspace, path: Path, unit: str, key_row) -> VerifiedBundle:
    """Verify the bundle just written (every check an importer makes); a failure removes the file."""
    try:
        with gc_paused():
            return verify_bundle(path, catalogs=ws.catalogs, today=ws.today(), trust=[TrustEntry(unit, key_row["fingerprint"])])
    except BundleRecordError as exc:
        path.unlink(missing_ok=True)
        raise BundleRecordError(
            f"record {exc.details.get('record_id') or '?'} of table {exc.details.get('table', '?')} fails the rules "
            f"({exc.details.get('reason', exc.message)}). Correct it, then export again; no bundle was written",
            **exc.details,
        ) from exc
    except BundleError as exc:
        path.unlink(missing_ok=True)
        raise BundleWriteError(
            f"the bundle written to {path} failed its read-back check ({exc.code}: {exc.message}); it was removed. "
            "Try another folder or USB stick",
            path=str(path),
        ) from exc


def _normal_form(records: dict[str, list[BundleRecord]], checked: dict[str, list[BundleRecord]]) -> dict[str, list[BundleRecord]] | None:
    """None when the payloads written (``records``, as stored) are those the read-back check normalised
    (``checked``), else the records in their normal form, to be written instead.

    What the program stores is in its normal form already: normalising each row before writing it and again
    when the file is read back did the same work twice. A row that is not (written by an older version) makes
    the bundle be written again from the normalised records: the file is what normalising first would give."""
    for t in records:
        read = {r.id: r.payload for r in checked[t]}
        if len(read) != len(records[t]) or any(read.get(r.id) != r.payload for r in records[t]):
            break
    else:
        return None
    return {t: [_to_record(t, r.to_dict()) for r in records[t]] for t in records}


def _plain(rec: BundleRecord) -> dict[str, Any]:
    return rec.to_dict()


# -- export ---------------------------------------------------------------------------------------------------


def _period_reports(ws: Workspace, period) -> tuple[dict[str, bytes], list[str]]:
    """The period's activity log and summary as PDFs (printing area); a failure is a warning, not a refusal."""
    from app.services.printing import ReportRequest, produce  # here: reportlab is loaded only to export
    reports: dict[str, bytes] = {}
    warnings: list[str] = []
    for kind in ("activity-log", "summary"):
        try:
            gen = produce(ws, ReportRequest(kind, period))
            while True:
                try:
                    next(gen)
                except StopIteration as stop:
                    reports[f"{kind}_{period.id}.pdf"] = stop.value.data
                    break
        except Exception as exc:  # noqa: BLE001 - the data travels even when a printout cannot be made
            log.warning("the %s of %s could not be printed into the bundle: %s", kind, period.id, exc, exc_info=True)
            warnings.append(f"the {kind} PDF could not be made ({exc}); the bundle holds the data without it")
    return reports, warnings


def export_bundle(
    ws: Workspace,
    period_text: str,
    out_dir: Path | None = None,
    passphrase: str | None = None,
    *,
    include_reports: bool = True,
) -> Generator[Progress, None, dict[str, Any]]:
    """Write the signed bundle of ``period`` (a full snapshot of what this unit owns), read it back, verify it.

    Returns:
        path, filename, seq, bundle id, fingerprint (grouped), counts, size and SHA-256 of the file.

    Raises:
        PeriodError, KeyMissingError, KeyPassphraseError, BundleRecordError (a record of the log fails the
        rules: fix it, then export again), BundleWriteError.
    """
    values = ws.require_initialised()
    period = parse_period(period_text)
    key, key_row = load_signing_key(ws, passphrase)
    unit = values["unit_code"]
    yield Progress(0, 4, "collect")
    with gc_paused():
        plain = merge_repo.owned_records(ws.db, unit, period.start.isoformat(), period.end.isoformat())
        records = {t: [_to_record(t, p, normalise=False) for p in plain[t]] for t in fmt.TABLES}
        del plain
    files: dict[str, Path] = {}
    for att in records["attachments"]:
        if att.deleted:
            continue
        sha = att.payload["sha256"]
        source = attachment_repo.blob_path(ws.paths.files, sha)
        if not source.is_file():
            raise BundleWriteError(
                f"the file of attachment {att.payload['filename']} ({sha[:12]}…) is missing from {ws.paths.files}; "
                "the bundle was not written",
                record_id=att.id,
            )
        files[sha] = source
    for answer in records.get("assessment_answers", []):  # an assessment's evidence files travel as attachments' do
        for item in [] if answer.deleted else answer.payload["evidence"]:
            source = attachment_repo.blob_path(ws.paths.files, item["sha256"])
            if source.is_file():
                files[item["sha256"]] = source
    from app.services import relay  # an upper level's bundle carries the original bundles it received

    carried = relay.carried(ws, period)
    now = ws.clock()
    target = Path(out_dir) if out_dir else ws.paths.exports
    sweep(ws, extra_folders=(target,))
    bundle_id = str(uuid.uuid4())
    # the number is taken (recorded) before the file exists: a run killed while writing never lets the next
    # export reuse it for a different bundle
    seq = sync_state.reserve_export_seq(
        ws.db,
        {"bundle_id": bundle_id, "unit_code": unit, "period": period.id, "fingerprint": key_row["fingerprint"],
         "path": str(target), "created_at": now.isoformat(timespec="seconds")},
    )  # fmt: skip
    try:
        return (yield from _export_reserved(ws, values, period, key, key_row, records, files, seq, bundle_id, now, target, include_reports, carried))
    except AppError:  # refused or failed before a file was left under its name: the number was not used
        sync_state.release_export_seq(ws.db, seq)
        raise


EARLIER_LISTED = 200  # a bundle names this many of its installation's earlier bundles (number, period)


def _export_reserved(ws, values, period, key, key_row, records, files, seq, bundle_id, now, target, include_reports, carried):
    """``export_bundle`` once its sequence number is reserved: write, read back, verify, record."""
    unit = values["unit_code"]
    fields_version = max((r.wire()[1] for t in fmt.TABLES for r in records[t]), default=1)
    versions = fmt.versions_for({t: len(records[t]) for t in fmt.TABLES}, fields_version)
    if carried.entries:
        versions = (max(versions[0], fmt.RELAY_VERSION), max(versions[1], fmt.RELAY_VERSION))
    manifest = {
        "format": fmt.FORMAT,
        "format_version": versions[0],
        "min_reader_version": versions[1],
        "app": _build_info(),
        "schema_version": settings_repo.schema_version(ws.db),
        "bundle_id": bundle_id,
        "source": {
            "unit_code": unit,
            "unit_name": values.get("unit_name", ""),
            "level": values.get("level", ""),
            "installation_id": values.get("installation_id", ""),
            "officer": values.get("officer", ""),
        },
        "seq": seq,
        "earlier": [[r["seq"], r["period"]] for r in sync_state.list_exports(ws.db)[:EARLIER_LISTED] if r["seq"] != seq],
        "periods": [period.id],
        "period_window": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "catalogs": ws.catalogs.versions(),
        "created_at": now.isoformat(timespec="seconds"),
        **({"relay": carried.entries} if carried.entries else {}),
    }
    reports, warnings = _period_reports(ws, period) if include_reports else ({}, [])
    warnings = [*carried.warnings, *warnings]
    yield Progress(1, 4, "write")
    for attempt in (1, 2):
        with gc_paused():
            path = write_bundle(
                target, manifest=manifest, records=records, files=files, reports=reports, relayed=carried.files, key=key, when=now
            )
        yield Progress(2, 4, "verify")
        vb = _read_back(ws, path, unit, key_row)
        normal = _normal_form(records, vb.records) if attempt == 1 else None
        if normal is None:
            break
        path.unlink(missing_ok=True)  # a row stored out of its normal form: written again, normalised
        records = normal
    del records
    result = {
        "path": str(path),
        "filename": path.name,
        "seq": seq,
        "bundle_id": vb.bundle_id,
        "unit_code": unit,
        "period": period.id,
        "fingerprint": keys.checked_fingerprint(key_row["fingerprint"]),
        "counts": vb.manifest["counts"],
        "files": len(files),
        "size": vb.size,
        "sha256": vb.sha256,
        "reports": sorted(reports),
        "warnings": warnings,
        "relayed": [{k: e[k] for k in ("unit_code", "unit_name", "seq", "periods", "member")} for e in carried.entries],
        "withheld": carried.withheld,
    }
    sync_state.record_export(
        ws.db,
        {**result, "fingerprint": key_row["fingerprint"], "created_at": manifest["created_at"],
         "relayed_ids": [e["bundle_id"] for e in carried.entries]},
    )  # fmt: skip
    with ws.db.atomic():
        audit.append(ws.db, ws.write_context("bundle"), "bundle-export", "bundle_exports", vb.bundle_id, None, {"seq": seq, "period": period.id, "file": path.name})
    yield Progress(4, 4, "done")
    return result


# -- verify (read-only) ---------------------------------------------------------------------------------------


def verify_file(paths: AppPaths, path: Path, today: date | None = None) -> VerifyResult:
    """Check a bundle completely without writing to any database (the trust list is read read-only).

    Raises:
        BundleError subclasses, FileMissingError.
    """
    rows = trust_repo.read_trust_list(paths.db_file)
    trust = entries_from_rows(rows) if rows is not None else None
    vb = verify_bundle(Path(path), catalogs=load_catalogs(), today=today or local_now().date(), trust=trust)
    m = vb.manifest
    warnings = list(vb.warnings)
    if trust is None:
        warnings.append("no trust list in this data folder: the signature was checked, not who signed")
    previous = sync_state.read_import(paths.db_file, vb.bundle_id)
    return VerifyResult(
        file=str(vb.path), bundle_id=vb.bundle_id, source_unit=vb.source_unit,
        source_name=m["source"].get("unit_name", ""), seq=vb.seq, periods=vb.periods,
        fingerprint=keys.checked_fingerprint(vb.fingerprint), created_at=m.get("created_at", ""),
        app_version=(m.get("app") or {}).get("version", ""), format_version=m["format_version"],
        counts=dict(m["counts"]), files=len(vb.files), sha256=vb.sha256, size=vb.size,
        trusted=vb.trusted is not None, warnings=warnings, catalog_notes=list(vb.catalog_notes),
        already_imported=PreviousImport(str(previous["imported_at"]), str(previous["imported_by"])) if previous else None,
        kind=vb.kind, target_unit=(m.get("target") or {}).get("unit_code", ""), relayed=vb.relayed,
    )  # fmt: skip


# -- import ---------------------------------------------------------------------------------------------------


def _stored_states(table: str, stored: dict[str, dict[str, Any]]) -> dict[str, StoredState]:
    out = {}
    for rid, p in stored.items():
        payload = normalise_payload(table, rid, p["payload"])
        out[rid] = StoredState(p["owner"], p["rev"], p["base_rev"], p["rev_by"], p["deleted"], record_hash(payload, p["deleted"]), p["created_at"])
    return out


def _empty_tables() -> dict[str, TableOutcome]:
    return {t: TableOutcome() for t in fmt.TABLES}


def _copy_blobs(ws: Workspace, vb: VerifiedBundle, new_files: list[Path]) -> int:
    """Put the bundle's files into the content store (each checked against its SHA-256 on the way).

    The files are not synced one by one: the kept copy of the bundle (synced in ``_keep_copy``) holds every
    one of them, so a crash right after the import loses nothing that cannot be re-extracted.
    """
    written = 0
    needed = [sha for sha in sorted(vb.files) if not attachment_repo.blob_path(ws.paths.files, sha).exists()]
    for sha in [sha for sha in needed if sha in vb.file_data]:
        # the bytes whose SHA-256 verify_bundle checked, kept in memory: written as they are
        new_files.append(atomic_write(attachment_repo.blob_path(ws.paths.files, sha), vb.file_data[sha], fsync=False))
        written += 1
    needed = [sha for sha in needed if sha not in vb.file_data]
    for sha, src in iter_file_members(vb.path, needed):
        digest = hashlib.sha256()
        with atomic_writer(attachment_repo.blob_path(ws.paths.files, sha), fsync=False) as out:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                out.file.write(block)
            if digest.hexdigest() != sha:
                raise BundleHashError(f"file files/{sha} changed while it was being copied; nothing was imported")
        new_files.append(out.target)
        written += 1
    return written


def _keep_copy(ws: Workspace, vb: VerifiedBundle, folders: FolderSyncs | None = None) -> Path:
    """Copy the raw bundle under bundles/received/<unit>/ (synced), hashing it on the way (``vb.sha256``).

    A bundle verified in memory (``vb.raw``, already hashed) is written from those bytes: the kept copy is
    exactly what was checked. ``folders``: the folder is synced by the caller, before the import's commit.
    """
    folder = received_dir(ws.paths) / vb.source_unit
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / vb.path.name
    if target.exists():
        target = folder / f"{vb.bundle_id}{fmt.EXTENSION}"
    if vb.raw is not None:
        return atomic_write(target, vb.raw, folders=folders)
    digest = hashlib.sha256()
    with open(vb.path, "rb") as src, atomic_writer(target, folders=folders) as out:
        for block in iter(lambda: src.read(1 << 20), b""):
            digest.update(block)
            out.file.write(block)
    vb.sha256 = digest.hexdigest()
    return target


def _write_files(ws: Workspace, vb: VerifiedBundle, folders: FolderSyncs | None = None, new_files: list[Path] | None = None) -> Path:
    """The kept copy and the attachment files; each file written is added to ``new_files`` as it appears."""
    new_files = [] if new_files is None else new_files
    copy = _keep_copy(ws, vb, folders)
    new_files.append(copy)
    _copy_blobs(ws, vb, new_files)
    return copy


def _verify_for_import(path: Path, catalogs, today: date, trust, known: Container[str] = (), seen=None) -> VerifiedBundle:
    """Verify ``path`` as an import does (without the database when ``trust`` is a snapshot: any thread).

    ``known``: the ids of the bundles imported here; one of them is checked up to its signature, trust and name
    only (``known_only``), which is all a no-op needs. ``seen``: the lines of records imported before
    (``verify_bundle``'s ``seen_lines``): those are not parsed again."""
    return verify_bundle(
        Path(path), catalogs=catalogs, today=today, trust=trust, file_hash=False, in_memory=IN_MEMORY, known=known,
        seen_lines=seen,
    )  # fmt: skip


# ``import_many`` prepares the next file (verification and the rows to store: Python work) beside the writing
# of the current one: in a helper process when there are at least PROCESS_MIN_FILES files (so the two run on two
# cores; starting the process costs about half a second), else in a helper thread. Neither touches the database.
PROCESS_MIN_FILES = 8
_CHILD: dict[str, Any] = {}  # the helper process's catalogs, date and trust rows (set once by its initializer)


def _child_init(catalogs, today: date, trust_rows: list[dict], known: set[str] | None = None, db_file: str | None = None) -> None:
    seen = partial(merge_repo.read_seen_lines, db_file) if db_file else None
    _CHILD.update(catalogs=catalogs, today=today, trust=_trust_lookup(trust_rows), known=known or set(), seen=seen)
    _exit_with_parent()


def _exit_with_parent() -> None:
    """In the helper process: end as soon as the program that started it ends (killed, crashed, closed)."""
    import multiprocessing
    import os
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:  # pragma: no cover  not a child
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="pbgdpl-parent-watch", daemon=True).start()


def _prepare_import(path: str, catalogs=None, today: date | None = None, trust=None, known=None, seen=None) -> tuple[str, Any]:
    """Verify ``path`` and build the rows of its records: ``("ok", (bundle, rows))`` or ``("refused", error)``.

    In the helper process the catalogs, date and trust come from ``_child_init``; a refusal travels as the
    error itself (an ``AppError`` pickles with its details).
    """
    catalogs = catalogs if catalogs is not None else _CHILD["catalogs"]
    today = today if today is not None else _CHILD["today"]
    trust = trust if trust is not None else _CHILD["trust"]
    known = known if known is not None else _CHILD.get("known", ())
    seen = seen if seen is not None else _CHILD.get("seen")
    with gc_paused():
        try:
            vb = _verify_for_import(Path(path), catalogs, today, trust, known, seen)
        except AppError as exc:
            return "refused", exc
        if vb.known_only:
            return "ok", (vb, None)
        rows = {t: {r.id: merge_repo.stored_row(t, _plain(r)) for r in vb.records[t]} for t in fmt.TABLES}
        return "ok", (vb, rows)


def _trust_lookup(rows: list[dict]):
    """The trust list ``rows`` (read once) as the ``(unit, fingerprint)`` lookup verification asks for.

    Gives the rows ``trust.trusted_for`` would (that unit's keys and that key's enrolments, in the list's order).
    """

    def trust(unit: str, fingerprint: str) -> list[TrustEntry]:
        return entries_from_rows([r for r in rows if r["unit_code"] == unit or r["fingerprint"] == fingerprint])

    return trust


def _helper(ws: Workspace, files: list[Path]):
    """The executor that prepares files for ``import_many``, and how to submit one file to it."""
    catalogs, today, trust_rows = ws.catalogs, ws.today(), trust_repo.list_trusted(ws.db)
    known = sync_state.imported_bundle_ids(ws.db)  # read once: a file imported earlier in this run is verified fully
    if len(files) >= PROCESS_MIN_FILES:
        try:
            import multiprocessing

            pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn"), initializer=_child_init,
                initargs=(catalogs, today, trust_rows, known, str(ws.paths.db_file)),
            )  # fmt: skip
            return pool, lambda path: pool.submit(_prepare_import, str(path))
        except (OSError, ValueError, NotImplementedError):  # pragma: no cover  no processes here: use a thread
            log.warning("no helper process for the import; preparing files on a thread", exc_info=True)
    trust = _trust_lookup(trust_rows)
    pool = ThreadPoolExecutor(1, thread_name_prefix="pbgdpl-verify")
    seen = partial(merge_repo.read_seen_lines, ws.paths.db_file)  # what is committed, read on the helper thread
    return pool, lambda path: pool.submit(_prepare_import, str(path), catalogs, today, trust, known, seen)


def import_bundle(
    ws: Workspace,
    path: Path,
    *,
    dry_run: bool = False,
    verified: VerifiedBundle | None = None,
    rows: dict[str, dict[str, dict[str, Any]]] | None = None,
    folders: FolderSyncs | None = None,
    carried: bool = False,
) -> ImportReport:
    """Verify a bundle, then apply it in one transaction (or only plan it when ``dry_run``).

    A relay bundle (an upper level's, app.services.relay) is applied first, then each original bundle it
    carries is imported on its own (``report.relayed``); ``carried``: this bundle travelled inside one.

    ``verified``, ``rows``: the result of verifying ``path`` already, and the rows of its records by table and
    id (``import_many`` prepares the next file while this one is written); by default both are made here.
    ``folders``: inside a transaction the caller commits later (``import_many``'s groups), the kept copy's
    folder is added there, for the caller to sync before that commit; by default it is synced before this
    import commits.

    Returns:
        The import report: per table new, updated, unchanged, stale, conflicts, rejected with reasons; sequence
        gaps of the source unit; ``already_imported`` when the bundle id was imported before (a no-op).

    Raises:
        BundleError subclasses (nothing is written), FileMissingError.
    """
    values = ws.require_initialised()

    def trust(unit: str, fingerprint: str) -> list[TrustEntry]:
        return entries_from_rows(trust_repo.trusted_for(ws.db, unit, fingerprint))

    if verified is None:
        known = sync_state.imported_bundle_ids(ws.db)
        verified = _verify_for_import(Path(path), ws.catalogs, ws.today(), trust, known, partial(merge_repo.seen_lines, ws.db))
    elif any(verified.unchanged.values()) and not _still_seen(ws, verified):
        verified, rows = _verify_for_import(Path(path), ws.catalogs, ws.today(), trust), None  # the lines changed since
    vb = verified
    if vb.kind == "decisions":  # the upper level's approve / return decisions (app.services.approvals)
        if carried:
            raise BundleFormatError("a relay bundle carries data bundles only; this one holds decisions")
        return _import_decisions(ws, vb, dry_run)
    if vb.source_unit == values["unit_code"]:
        raise BundleOwnUnitError(
            f"this bundle comes from this installation's own unit {vb.source_unit}; an import never changes the "
            "importer's own records",
            unit=vb.source_unit,
        )
    _require_expected(ws, vb)
    report = ImportReport(
        file=str(vb.path),
        filename=vb.path.name,
        bundle_id=vb.bundle_id,
        source_unit=vb.source_unit,
        source_name=vb.manifest["source"].get("unit_name", ""),
        seq=vb.seq,
        periods=vb.periods,
        fingerprint=keys.checked_fingerprint(vb.fingerprint),
        created_at=vb.manifest.get("created_at", ""),
        app_version=(vb.manifest.get("app") or {}).get("version", ""),
        sent_by=str(vb.manifest["source"].get("officer", "") or ""),
        installation_id=str(vb.manifest["source"].get("installation_id", "") or ""),
        earlier=_earlier(vb.manifest),
        dry_run=dry_run,
        tables=_empty_tables(),
        warnings=list(vb.warnings),
        catalog_notes=list(vb.catalog_notes),
    )
    previous = sync_state.find_import(ws.db, vb.bundle_id)
    if previous is not None:
        report.already_imported = AlreadyImported(previous["imported_at"], previous["imported_by"], previous["stored_path"])
        report.sequence_gaps = _numbering(ws, vb.source_unit).missing
        report.message = f"already imported on {_ddmmyyyy(previous['imported_at'])}; nothing changed"
        return _import_relayed(ws, vb, report, dry_run, folders)
    if vb.known_only:  # its id was imported when the check began, and is not now: check the whole file after all
        return import_bundle(ws, path, dry_run=dry_run, verified=_verify_for_import(Path(path), ws.catalogs, ws.today(), trust), folders=folders)
    retired, shared = _retired_key_note(ws, vb, report)
    collisions.check_links(ws, vb)
    plans, listed = {}, {}
    for table in fmt.TABLES:
        recs = vb.records[table]
        stored = merge_repo.stored_records(ws.db, table, [r.id for r in recs])
        others = {p["owner"] for p in stored.values()} - {vb.source_unit}  # ids another unit holds (app.services.collisions)
        k = kind(table)
        held = (k.parent.field, kind(k.parent.kind).label, plans[k.parent.kind].collided) if k.parent else ("", "", {})
        installs = collisions.installations(ws, vb, others) if others else None
        plans[table] = plan_table(table, recs, _stored_states(table, stored), retired, installs, held, shared)
        plans[table].counts["unchanged"] += len(vb.unchanged.get(table, ()))  # lines seen before, not parsed
        listed[table] = record_changes(kind(table), plans[table], stored)
        for detail in plans[table].details:
            if detail["outcome"] == "rejected":
                raise BundleRecordError(
                    f"record {detail['id']} of table {table} is refused: {detail['reason']}. The whole bundle was "
                    "refused; nothing was imported",
                    table=table,
                    record_id=detail["id"],
                    reason=detail["reason"],
                )
    numbers = _numbering(ws, vb.source_unit, [_received_of(report)])
    report.tables = {t: TableOutcome.from_plan(plans[t]) for t in fmt.TABLES}
    for t, (records_, more) in listed.items():
        report.tables[t].records, report.tables[t].more_records = records_, more
    report.sequence_gaps, report.superseded_gaps = numbers.missing, numbers.superseded
    report.duplicate_seq = vb.seq in numbers.reused
    if dry_run:
        return _import_relayed(ws, vb, report, dry_run, folders)
    now = ws.now_iso()
    report.imported_at = now
    if not ws.db.conn.in_transaction:
        folders = None  # this import's own transaction commits below: its copy's folder is synced first
    # The kept copy and the attachments are written (and the copy synced) by a helper thread while the records
    # go into the transaction; the transaction waits for them before it registers the import and commits, so a
    # failure of either leaves the database as it was.
    written: list[Path] = []
    try:
        copy = _apply(ws, vb, plans, rows, report, values, now, folders, written)
    except BaseException as exc:
        _remove_written(written)
        if isinstance(exc, OSError):  # the kept copy or an attachment could not be written
            raise _disk_error(exc) from exc
        raise
    copy.with_name(copy.name + ".report.json").write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return _import_relayed(ws, vb, report, dry_run, folders)


def _disk_error(exc: OSError) -> AppError:
    """A file of an import that could not be written: a full disk, or a failing or write-protected one."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DatabaseFullError(f"the disk holding the data folder is full ({exc}); nothing of this bundle was "
                                 "imported. Free some space and import it again", error=str(exc))  # fmt: skip
    return DatabaseIOError(f"a file of the import could not be written ({exc}); nothing of this bundle was imported. "
                           "Check the drive and the data folder's permissions", error=str(exc))  # fmt: skip


def _remove_written(written: list[Path]) -> None:
    """After a failed import: its kept copy and the attachment files it added (no committed record uses them)."""
    for path in written:
        try:
            path.unlink(missing_ok=True)
        except OSError:  # pragma: no cover  the sweep of the next import removes a kept copy
            log.warning("could not remove %s after a failed import", path, exc_info=True)


def _apply(ws: Workspace, vb: VerifiedBundle, plans, rows, report: ImportReport, values, now: str, folders, new_files: list[Path]) -> Path:
    """Write the records of ``vb`` and register the import (one transaction or savepoint); the kept copy and the
    attachments are written by a helper thread meanwhile (each file it adds is listed in ``new_files``)."""
    ctx = ws.write_context(f"bundle:{vb.bundle_id}")
    with ThreadPoolExecutor(1) as pool, ws.db.atomic():
        written = pool.submit(_write_files, ws, vb, folders, new_files)
        for table in fmt.TABLES:
            plan = plans[table]
            prepared = rows.get(table) if rows else None
            merge_repo.insert_records(ws.db, table, [_plain(r) for r in plan.new], prepared)
            merge_repo.update_records(ws.db, table, [_plain(r) for r in plan.updated], prepared)
            for rec, holder in plan.taken:  # an id another unit sent first, taken back by its genuine owner
                displaced = collisions.displaced_conflict(ws, table, rec, holder, vb.bundle_id, now)
                merge_repo.make_current(ws.db, table, _plain(rec))
                if displaced:
                    merge_repo.add_conflict(ws.db, displaced)
            if table in LINE_MATCHED:
                line_keys = vb.line_keys.get(table, {})
                stored_now = [(r.id, r.rev, line_keys[r.id]) for r in (*plan.new, *plan.updated, *plan.unchanged) if r.id in line_keys]
                merge_repo.remember_lines(ws.db, vb.source_unit, table, stored_now)
            for rec, reason in plan.conflicts:
                merge_repo.add_conflict(
                    ws.db,
                    {
                        "table_name": table,
                        "record_id": rec.id,
                        "owner_unit": rec.owner,
                        "stored_rev": merge_repo.max_rev(ws.db, table, rec.id),
                        "incoming_rev": rec.rev,
                        "incoming_base_rev": rec.base_rev,
                        "incoming_rev_by": rec.rev_by,
                        "incoming_deleted": int(rec.deleted),
                        "incoming_hash": rec.content_hash,
                        "incoming": rec.to_dict(),
                        "reason": reason,
                        "bundle_id": vb.bundle_id,
                        "detected_at": now,
                    },
                )
        copy = written.result()
        report.stored_path = str(copy)
        report.changed_after_approval = approvals.changed_after_approval(ws, vb.source_unit, vb.periods)
        sync_state.record_import(
            ws.db,
            {
                "bundle_id": vb.bundle_id,
                "source_unit": vb.source_unit,
                "seq": vb.seq,
                "periods": vb.periods,
                "fingerprint": vb.fingerprint,
                "created_at": report.created_at,
                "app_version": report.app_version,
                "imported_at": now,
                "imported_by": values.get("officer", ""),
                "filename": vb.path.name,
                "sha256": vb.sha256,
                "size": vb.size,
                "stored_path": str(copy),
                "report": report.to_dict(),
            },
        )
        audit.append(
            ws.db, ctx, "bundle-import", "bundle_imports", vb.bundle_id, None,
            {"unit": vb.source_unit, "seq": vb.seq, "counts": {t: {o: plans[t].counts[o] for o in OUTCOMES} for t in fmt.TABLES}},
        )  # fmt: skip
    return copy


def _import_relayed(ws: Workspace, vb: VerifiedBundle, report: ImportReport, dry_run: bool, folders: FolderSyncs | None) -> ImportReport:
    """Import the original bundles a relay bundle carries, each on its own (app.services.relay)."""
    if not vb.relayed:
        return report
    from app.services import relay

    done = relay.import_carried(vb, lambda p: import_bundle(ws, p, dry_run=dry_run, folders=folders, carried=True))
    report.relayed = [relay.relayed_to_dict(item) for item in done]
    return report


def _retired_key_note(ws: Workspace, vb: VerifiedBundle, report: ImportReport) -> tuple[str, bool]:
    """For a bundle signed by a key this level replaced: a warning in the report, the key (checked form) that
    the merge uses to keep what the unit's newer computer wrote, and whether another key has sent files from the
    same installation (a copied data folder: app.sync.merge then keeps every stored version); ("", False) for a
    current key."""
    entry = vb.trusted
    if entry is None or entry.status != "retired":
        return "", False
    checked = keys.checked_fingerprint(vb.fingerprint)
    last = sync_state.last_seq_before(ws.db, vb.source_unit, vb.fingerprint, entry.valid_until or "")
    late = last is None or vb.seq > last
    report.warnings.append(
        f"signed with key {checked}, which this level replaced on {_ddmmyyyy(entry.valid_until)}"
        + (f" (the last file received from it before then was no. {last})" if last is not None else "")
        + ("; this file arrived late: " if late else "; ")
        + "it adds and changes only what the unit's newer computer has not written (the rest is listed as conflicts)"
    )
    installation = str(vb.manifest["source"].get("installation_id", "") or "")
    shared = bool(installation) and any(
        r["installation_id"] == installation and r["fingerprint"] != vb.fingerprint for r in sync_state.list_imports(ws.db, vb.source_unit)
    )
    if shared:
        report.warnings.append(
            "the unit's newer key has sent files from this same installation (its data folder was copied to the new "
            "computer): every change this file makes to a record already here is listed as a conflict for review"
        )
    return checked, shared


def _still_seen(ws: Workspace, vb: VerifiedBundle) -> bool:
    """Whether the lines ``vb`` did not parse (read before the import began) still match the stored records."""
    tables = tuple(t for t, items in vb.unchanged.items() if items)
    now = merge_repo.seen_lines(ws.db, vb.source_unit, tables)
    return all(now[t].get(key) == (rid, rev) for t in tables for rid, rev, key in vb.unchanged[t])


def _require_expected(ws: Workspace, vb: VerifiedBundle) -> None:
    """An upper level accepts bundles only from the units it expects (app.services.expected_units)."""
    from app.core.periods import parse_period
    from app.services import expected_units

    periods = [parse_period(p) for p in vb.periods] if vb.periods else []
    during = (min(p.start for p in periods), max(p.end for p in periods)) if periods else None
    expected_units.require_expected(ws, vb.source_unit, during=during, action="import")


def _import_decisions(ws: Workspace, vb: VerifiedBundle, dry_run: bool) -> ImportReport:
    """Store a decision bundle's decisions; the report names them (``kind`` "decisions")."""
    done = approvals.import_decisions(ws, vb, dry_run=dry_run)
    return ImportReport(
        file=str(vb.path), filename=vb.path.name, bundle_id=vb.bundle_id, source_unit=vb.source_unit,
        source_name=vb.manifest["source"].get("unit_name", ""), seq=vb.seq, periods=vb.periods,
        fingerprint=keys.checked_fingerprint(vb.fingerprint), created_at=vb.manifest.get("created_at", ""),
        app_version=(vb.manifest.get("app") or {}).get("version", ""), dry_run=dry_run, kind="decisions",
        decisions=done.decisions, imported_at="" if dry_run else ws.now_iso(),
        message=f"{done.new} new decision(s), {done.unchanged} already here"
        + (f"; they are on unit {done.target_unit}, which reports through this office: pass them on with "
           f"pbgdpl approvals export --unit {done.target_unit}" if done.forwarding else ""),
    )  # fmt: skip


def _ddmmyyyy(iso: str) -> str:
    try:
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y") + (f" {iso[11:16]}" if len(iso) >= 16 else "")
    except ValueError:
        return iso


@dataclass
class FileOutcome:
    """One file of ``import_many``: its report when it was imported, else the error that refused it."""

    file: str
    report: ImportReport | None = None
    error: AppError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def name(self) -> str:
        return Path(self.file).name

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {"file": self.file, "ok": False, "error": self.error.to_dict()}
        return {"file": self.file, "ok": True, "report": self.report.to_dict() if self.report else None}


def import_many(ws: Workspace, files: list[Path], *, dry_run: bool = False) -> Generator[Progress, None, list[FileOutcome]]:
    """Import each file on its own (each all or nothing); a refused file does not stop the others.

    Returns:
        One ``FileOutcome`` per file, in order: its report, or the error that refused it.
    """
    out: list[FileOutcome] = []
    if not files:
        yield Progress(0, 0, "done")
        return out
    # The next file is prepared (verified, its rows built) by a helper while this thread writes the current one
    # (see PROCESS_MIN_FILES); the helper checks signers against the trust list read once here (an import does
    # not change it).
    # Each file is imported in a savepoint of a transaction committed every few files (CommitGroups): a refused
    # or failed file is undone alone, and the files completed before a cancel are kept.
    # The kept copies' folders are synced once per group, just before its commit (FolderSyncs): each copy's data
    # is synced as it is written, and no import is committed before its copy is durable under its name; a
    # journal commit per group instead of one per file (a folder's sync costs about what the file's does).
    # The automatic backup is made before the first file that may write (a selection of files imported before
    # writes nothing and needs no way back: its no-op is decided right after the signature check). It is copied
    # on a thread of its own while the first file is prepared, and no file is written before it is complete.
    backup = None if dry_run else _Backup(ws)
    if not dry_run:
        sweep(ws)  # what a killed import left (kept copies the database does not hold, .part files)
    pool, submit = _helper(ws, files)
    if backup is not None and _any_new(ws, files):
        backup.start()
    folders = FolderSyncs()
    with _finished(backup), pool, batch_writes(ws.db), CommitGroups(ws.db, before_commit=folders.sync) as group:
        upcoming = submit(files[0])
        for n, path in enumerate(files):
            yield Progress(n, len(files), Path(path).name)
            current = upcoming
            if n + 1 < len(files):
                upcoming = submit(files[n + 1])
            if backup is not None and _may_write(ws, current):
                backup.wait()
                backup = None
            group.begin()
            with gc_paused():
                result = _import_one(ws, Path(path), current, dry_run, folders)
            for index in group.lost():  # SQLite rolled the group back (a full disk): those files are not imported
                out[index] = _lost(out[index], result)
            out.append(result)
            if result.ok:
                group.done(n)
    _judge_selection(ws, out, dry_run)
    yield Progress(len(files), len(files), "done")
    return out


class _Backup:
    """``import_many``'s automatic backup, made on a thread of its own (its own connections) or right away."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.thread = None

    def _make(self) -> None:
        from app.services.backups import auto_backup

        auto_backup(self.ws, "before-bundle-import")  # (a copy that cannot be made is logged; the import goes on)

    def start(self) -> None:
        import threading

        self.thread = threading.Thread(target=self._make, name="pbgdpl-backup", daemon=True)
        self.thread.start()

    def wait(self) -> None:
        """Return once the copy is made (made here when it was not started)."""
        if self.thread is None:
            self._make()
        else:
            self.thread.join()


@contextmanager
def _finished(backup: _Backup | None) -> Iterator[None]:
    """A backup started for files that did not write after all (or a cancelled import) is never left half made."""
    try:
        yield
    finally:
        if backup is not None and backup.thread is not None:
            backup.thread.join()


def _any_new(ws: Workspace, files: list[Path]) -> bool:
    """Whether some file may be one not imported here yet, by its manifest's bundle id read without any check (a
    file that cannot be read so, or that carries other bundles, counts as new; only the backup's start depends
    on it: whether a file writes is decided after its checks)."""
    import zipfile

    known = sync_state.imported_bundle_ids(ws.db)
    for path in files:
        try:
            with zipfile.ZipFile(path) as zf:
                info = zf.getinfo(fmt.MANIFEST)
                if info.file_size > fmt.DEFAULT_LIMITS.max_manifest:
                    return True
                manifest = json.loads(zf.read(info))
        except Exception:  # noqa: BLE001 - unreadable here: its checks refuse it
            continue
        bundle_id = manifest.get("bundle_id") if isinstance(manifest, dict) else None
        if not isinstance(bundle_id, str) or bundle_id not in known or manifest.get("relay"):
            return True
    return False


def _may_write(ws: Workspace, preparing) -> bool:
    """Whether the file being prepared may write to the database: not when it is refused, nor when it is a data
    bundle (carrying no others) whose id was imported here before (a no-op); any doubt counts as a write."""
    try:
        outcome, value = preparing.result()
    except BaseException:  # noqa: BLE001 - _import_one reports it; the backup is made all the same
        return True
    if outcome == "refused":
        return False
    vb = value[0]
    return vb is None or not vb.known_only or bool(vb.relayed) or sync_state.find_import(ws.db, vb.bundle_id) is None


def _judge_selection(ws: Workspace, out: list[FileOutcome], dry_run: bool) -> None:
    """Judge the files chosen together as a whole: a number another file of the selection carries is not
    missing, and the same bundle chosen twice is one import (the second says so)."""
    first: dict[str, str] = {}
    for res in out:
        rep = res.report
        if not res.ok or rep is None or rep.kind != "data":
            continue
        if rep.bundle_id in first and rep.already_imported is None:  # a dry run: the first one is not stored yet
            rep.already_imported = AlreadyImported("", "", first[rep.bundle_id])
            rep.message = f"the same file as {Path(first[rep.bundle_id]).name}, chosen twice; imported once"
        first.setdefault(rep.bundle_id, res.file)
    chosen = {res.report.source_unit for res in out if res.ok and res.report is not None and res.report.kind == "data"}
    for unit in chosen:
        mine = [res.report for res in out if res.ok and res.report is not None and res.report.kind == "data" and res.report.source_unit == unit]
        numbers = _numbering(ws, unit, [_received_of(r) for r in mine if not r.already_imported] if dry_run else [])
        for rep in mine:
            rep.sequence_gaps, rep.superseded_gaps = numbers.missing, numbers.superseded


def _lost(entry: FileOutcome, cause: FileOutcome) -> FileOutcome:
    """``entry`` (imported) undone with a later file's failure that made SQLite roll the whole transaction back."""
    reason = cause.error.message if cause.error is not None else ""
    error = UsageError(f"the import of {entry.name} was undone by a later failure ({reason}); import it again", file=entry.file)
    return FileOutcome(entry.file, error=error)


def _import_one(ws: Workspace, path: Path, preparing, dry_run: bool, folders: FolderSyncs | None = None) -> FileOutcome:
    """One file of ``import_many``: its result, or its error when it was refused."""
    try:
        try:
            outcome, value = preparing.result()
        except BrokenExecutor:  # the helper process died (out of memory?): prepare this file here instead
            log.warning("the import's helper process stopped; preparing %s here", path.name, exc_info=True)
            outcome, value = "ok", (None, None)
        if outcome == "refused":
            return FileOutcome(str(path), error=value)
        vb, rows = value
        return FileOutcome(str(path), report=import_bundle(ws, path, dry_run=dry_run, verified=vb, rows=rows, folders=folders))
    except AppError as exc:  # a refused bundle (BundleError) or file
        log.info("bundle %s refused: %s: %s", path.name, exc.code, exc.message)
        return FileOutcome(str(path), error=exc)
    except Exception as exc:  # noqa: BLE001  a bug or damage no check foresaw: this file alone is refused, logged
        log.error("bundle %s could not be imported (internal error)", path.name, exc_info=exc)
        return FileOutcome(str(path), error=InternalError(
            f"{path.name} could not be imported because of an unexpected error ({type(exc).__name__}); nothing of "
            "it was kept and the other files go on. The details are in the log (logs/pbgdpl.log)",
            error=type(exc).__name__,
        ))  # fmt: skip


# -- conflicts and received bundles --------------------------------------------------------------------------


def list_conflicts(ws: Workspace, status: str | None = "open") -> list[dict[str, Any]]:
    """Open conflicts with both versions and the fields that differ."""
    rows = merge_repo.list_conflicts(ws.db, status)
    out = []
    for row in rows:
        stored = merge_repo.stored_records(ws.db, row["table_name"], [row["record_id"]]).get(row["record_id"])
        mine = normalise_payload(row["table_name"], row["record_id"], stored["payload"]) if stored else {}
        theirs = row["incoming"]["payload"]
        diff = sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))
        if stored and bool(stored["deleted"]) != bool(row["incoming"]["deleted"]):
            diff.append("deleted")
        out.append(
            {
                **{k: row[k] for k in ("id", "table_name", "record_id", "owner_unit", "stored_rev", "incoming_rev", "incoming_rev_by", "reason", "bundle_id", "detected_at", "status", "resolved_at", "resolved_by")},
                "mine": {"rev": stored["rev"] if stored else None, "owner": stored["owner"] if stored else "", "rev_by": stored["rev_by"] if stored else "", "deleted": bool(stored["deleted"]) if stored else None, "payload": mine},
                "theirs": {"rev": row["incoming_rev"], "rev_by": row["incoming_rev_by"], "deleted": bool(row["incoming_deleted"]), "payload": theirs},
                "fields": diff,
            }
        )
    return out


def resolve_conflict(ws: Workspace, conflict_id: int, choice: str) -> dict[str, Any]:
    """``mine`` keeps the stored version; ``theirs`` makes the received version current as its owner wrote it."""
    if choice not in ("mine", "theirs"):
        raise UsageError("choose 'mine' (keep the stored version) or 'theirs' (take the other one)", choice=choice)
    row = merge_repo.get_conflict(ws.db, int(conflict_id))
    if row is None:
        raise RecordNotFoundError(f"no conflict {conflict_id}", conflict_id=conflict_id)
    if row["status"] != "open":
        raise UsageError(f"conflict {conflict_id} was already resolved ({row['status']}) on {row['resolved_at']}")
    values = ws.require_initialised()
    table, rid = row["table_name"], row["record_id"]
    now = ws.now_iso()
    ctx = ws.write_context(f"conflict:{conflict_id}")
    with ws.db.atomic():
        if choice == "theirs":
            # the received version becomes current exactly as its owner wrote it (its revision, base and
            # author): the upper level never writes a revision of another unit's record, so the owner's next
            # edit (built on that revision) applies without a new conflict
            rec = row["incoming"]
            merge_repo.make_current(ws.db, table, rec)
            rev = rec["rev"]
            status = "took_theirs"
        else:
            rev = merge_repo.max_rev(ws.db, table, rid)
            status = "kept_mine"
        merge_repo.close_conflict(ws.db, int(conflict_id), status, now, values.get("officer", ""))
        audit.append(ws.db, ctx, f"conflict-{status.replace('_', '-')}", table, rid, rev, {"conflict": conflict_id})
    return {"id": int(conflict_id), "table_name": table, "record_id": rid, "status": status, "rev": rev}


def _earlier(manifest: dict[str, Any]) -> list[list]:
    """A manifest's ``earlier`` list (number, period) as far as it is well formed (it is information only)."""
    items = manifest.get("earlier")
    if not isinstance(items, list):
        return []
    return [[n, p] for n, p in (x for x in items if isinstance(x, list) and len(x) == 2) if type(n) is int and isinstance(p, str)]


def _received_of(report: ImportReport) -> Received:
    return Received(report.seq, report.installation_id, tuple(report.periods), tuple((n, p) for n, p in report.earlier), report.bundle_id)


def _received_row(row: dict[str, Any]) -> Received:
    earlier = json.loads(row.get("earlier") or "[]") if isinstance(row.get("earlier"), str) else (row.get("earlier") or [])
    return Received(row["seq"], row.get("installation_id") or "", tuple(json.loads(row["periods"])), tuple((n, p) for n, p in earlier), row["bundle_id"])


def _numbering(ws: Workspace, unit: str, extra: list[Received] = ()) -> Numbering:
    """The numbering of ``unit``'s bundles received here, with ``extra`` ones (not stored yet) added."""
    return merge_numbering([*(_received_row(r) for r in sync_state.list_imports(ws.db, unit)), *extra])


def received(ws: Workspace) -> list[dict[str, Any]]:
    """Per source unit: bundles imported, the last one, and the sequence numbers missing."""
    by_unit: dict[str, list[dict]] = {}
    for row in sync_state.list_imports(ws.db):
        by_unit.setdefault(row["source_unit"], []).append(row)
    out = []
    for unit, rows in sorted(by_unit.items()):
        last = max(rows, key=lambda r: (r["imported_at"], r["received_no"]))  # the newest received (a new computer restarts at 1)
        numbers = merge_numbering(_received_row(r) for r in rows)
        out.append(
            {
                "unit_code": unit,
                "bundles": len(rows),
                "last_seq": last["seq"],
                "last_periods": json.loads(last["periods"]),
                "last_imported_at": max(r["imported_at"] for r in rows),
                "app_version": last["app_version"],
                "sent_by": last["sent_by"],
                "gaps": numbers.missing,
                "superseded": numbers.superseded,
                "reused": numbers.reused,
                "installations": len({r["installation_id"] for r in rows}),
            }
        )
    return out


def stored_report(ws: Workspace, bundle_id: str) -> ImportReport | None:
    """The report kept when ``bundle_id`` was imported (reports stored by earlier versions load too)."""
    data = sync_state.import_report(ws.db, bundle_id)
    return ImportReport.from_dict(data) if data is not None else None


def exports(ws: Workspace) -> list[dict[str, Any]]:
    return sync_state.list_exports(ws.db)
