"""The one way pbgdpl writes a file: never a half-written file under the real name, even on a power cut.

The data goes to a temporary file in the target's folder (same disk, so the rename is atomic), which is flushed
and synced to the disk, then renamed over the target; the folder itself is synced afterwards where the OS
allows it (POSIX; Windows has no handle on a folder to sync, and NTFS journals the rename). If anything fails,
the temporary file is removed and the old file, if any, is left as it was.

Three shapes of the same writer:
- ``atomic_write(path, data)`` for bytes in memory (PDFs, key files);
- ``atomic_writer(path)`` for a stream (bundles as zip files, attachment copies): yields an open binary file;
  its ``target`` may be changed before the block ends (a bundle is named after its content's hash);
- ``atomic_path(path)`` for libraries that want a file name (openpyxl, csv): yields the temporary path.

Many files written in a row before one commit (a batch of bundle imports) may pass ``folders=FolderSyncs()``:
each file's data is still synced before its rename, but the folders are synced together by ``folders.sync()``,
which the caller runs before it records the files as written (one journal commit for the batch, not one per file).

Stdlib only, imports nothing of the app: any layer may use it.
"""

from __future__ import annotations

import os
import re
import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def sync_folder(folder: str | os.PathLike) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX only; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FolderSyncs:
    """Folders holding new files whose entries are made durable later, all at once, by ``sync()``."""

    def __init__(self) -> None:
        self._folders: dict[str, None] = {}  # ordered, no duplicates

    def add(self, folder: str | os.PathLike) -> None:
        self._folders[os.fspath(folder)] = None

    def sync(self) -> None:
        """Sync every folder added since the last call (a folder that fails stays listed; the error is raised)."""
        while self._folders:
            folder = next(iter(self._folders))
            sync_folder(folder)
            del self._folders[folder]


def _temp_name(target: Path) -> Path:
    """``.<name>.<pid>-<random>.part``: the writer's process id lets a later run remove what a killed one left."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


_PART = re.compile(r"^\..*\.(\d+)-[0-9a-f]{8}\.part$")
_OLD_PART = re.compile(r"^\..*\.[0-9a-f]{8}\.part$")  # written before the process id was part of the name


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # pragma: no cover  Windows: no cheap check; such files go by their age only
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def sweep_parts(folder: str | os.PathLike, *, recursive: bool = False, min_age: float = 3600.0) -> list[Path]:
    """Remove the temporary files of writers that died (killed, power cut) from ``folder``; returns them.

    A ``.part`` file whose writing process is gone is removed at once; one whose process cannot be checked
    (Windows, or an older name) only once it is ``min_age`` seconds old.
    """
    import time

    removed: list[Path] = []
    root = Path(folder)
    if not root.is_dir():
        return removed
    candidates = root.rglob(".*.part") if recursive else root.glob(".*.part")
    now = time.time()
    for path in candidates:
        m = _PART.match(path.name)
        try:
            if m and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1))):
                stale = True
            elif m or _OLD_PART.match(path.name):
                stale = now - path.stat().st_mtime > min_age and not (m and int(m.group(1)) == os.getpid())
            else:
                continue
            if stale and path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def _open_temp(target: Path, mode: int) -> tuple[Path, int]:
    target.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = _temp_name(target)
        try:
            return tmp, os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY, mode)
        except FileExistsError:  # pragma: no cover  32 random bits already taken
            continue


def _commit(tmp: Path, target: Path, fsync: bool, folders: FolderSyncs | None = None) -> None:
    os.replace(tmp, target)
    if fsync and folders is not None:
        folders.add(target.parent)
    elif fsync:
        sync_folder(target.parent)


@dataclass
class AtomicFile:
    """What ``atomic_writer`` yields: the open temporary ``file`` and the ``target`` it becomes."""

    file: BinaryIO
    target: Path
    temp: Path


@contextmanager
def atomic_writer(
    path: str | os.PathLike, *, fsync: bool = True, mode: int = 0o666, folders: FolderSyncs | None = None
) -> Iterator[AtomicFile]:
    """Write a file as a stream; it appears under ``out.target`` only when the block ends without an error.

    Args:
        path: the file to write (its folder is created); ``out.target`` may be changed inside the block, to a
            name in the same folder.
        fsync: sync the data and the folder to the disk (off only for files that can be rebuilt).
        mode: permission bits of the new file, before the umask (``0o600``: readable by its owner only).
        folders: with ``fsync``, the folder is added there (synced by the caller's ``folders.sync()``) instead
            of synced at once; the file's data is synced before its rename either way.
    """
    target = Path(path)
    tmp, fd = _open_temp(target, mode)
    out = AtomicFile(os.fdopen(fd, "w+b"), target, tmp)
    try:
        with out.file:
            yield out
            out.file.flush()
            if fsync:
                os.fsync(out.file.fileno())
        _commit(tmp, Path(out.target), fsync, folders)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(
    path: str | os.PathLike, data: bytes, *, fsync: bool = True, mode: int = 0o666, folders: FolderSyncs | None = None
) -> Path:
    """Write ``data`` to ``path`` atomically (see the module's docstring and ``atomic_writer``); returns ``path``."""
    with atomic_writer(path, fsync=fsync, mode=mode, folders=folders) as out:
        out.file.write(data)
    return Path(path)


@contextmanager
def atomic_path(path: str | os.PathLike, *, fsync: bool = True) -> Iterator[Path]:
    """A temporary path for a library that writes by file name; renamed to ``path`` when the block succeeds."""
    target = Path(path)
    tmp, fd = _open_temp(target, 0o666)
    os.close(fd)
    try:
        yield tmp
        if fsync:
            fd = os.open(tmp, os.O_RDWR | _BINARY)  # Windows syncs only a handle open for writing
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _commit(tmp, target, fsync)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
