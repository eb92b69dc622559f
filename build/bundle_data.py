"""What the PyInstaller build carries besides code, and what it leaves out; one list for the spec and the tests.

Stdlib only: imported by ``build/pbgdpl.spec`` (inside PyInstaller), ``build/build.py`` and
``tests/packaging``.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Read-only folders the app opens at run time through app.paths.resource_root().
DATA_FOLDERS = ("resources", "db")

# Files under DATA_FOLDERS that the program never opens at run time, with the reason.
NOT_SHIPPED = {
    "*.ts": "translation sources; the app loads the compiled .qm (python -m app.i18n_build)",
    "db/schema.sql": "snapshot for `make schema` and the schema test; the app migrates from db/migrations",
    "*.md": "notes for developers",
    ".gitkeep": "placeholder for empty folders",
    "*/.gitkeep": "placeholder for empty folders",
    "*~": "editor backup",
    "*/__pycache__/*": "bytecode cache",
}

# Python packages whose own data files PyInstaller's hooks do not collect on their own.
PACKAGE_DATA = ("vietnam_provinces",)


def is_shipped(relative: str) -> bool:
    """Return True when ``relative`` (a POSIX path under the repo root) goes into the build."""
    name = relative.rsplit("/", 1)[-1]
    return not any(fnmatch.fnmatch(relative, pat) or fnmatch.fnmatch(name, pat) for pat in NOT_SHIPPED)


def source_files(root: Path = ROOT) -> list[str]:
    """Return every file under DATA_FOLDERS as a POSIX path relative to ``root``, sorted."""
    found = []
    for folder in DATA_FOLDERS:
        base = root / folder
        if base.is_dir():
            found += [p.relative_to(root).as_posix() for p in base.rglob("*") if p.is_file()]
    return sorted(found)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """Return the spec's ``datas``: ``(source file, destination folder inside the bundle)`` pairs.

    The destination keeps the repository layout (``resources/fonts``, ``db/migrations``), which is where
    ``app.paths.resource_root()`` (``sys._MEIPASS`` when frozen) expects them.
    """
    pairs = []
    for relative in source_files(root):
        if is_shipped(relative):
            pairs.append((str(root / relative), relative.rsplit("/", 1)[0]))
    return pairs


def bundled_relative(pairs: list[tuple[str, str]]) -> set[str]:
    """Return the bundle-relative paths (POSIX) that ``pairs`` put into the build."""
    return {f"{dest}/{Path(src).name}" for src, dest in pairs}
