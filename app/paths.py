"""Where pbgdpl reads its resources and writes its data; resolved once, no Qt."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app import APP_NAME, ORG_NAME

DATA_DIR_ENV = "PBGDPL_DATA_DIR"
PORTABLE_MARKER = "pbgdpl-portable.txt"
DB_FILENAME = "pbgdpl.sqlite3"


def resource_root() -> Path:
    """Return the folder holding resources/ and db/ (the bundle folder when frozen)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Return the path of a read-only file under resources/."""
    return resource_root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    """Return the folder of numbered SQL migrations."""
    return resource_root() / "db" / "migrations"


def program_dir() -> Path:
    """Return the folder of the running program (the executable's when frozen)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return resource_root()


def portable_data_dir() -> Path | None:
    """Return the data folder beside the program when the portable marker file is there."""
    if getattr(sys, "frozen", False) and (program_dir() / PORTABLE_MARKER).exists():
        return program_dir() / "data"
    return None


def default_data_dir() -> Path:
    """Return the platform's per-user data folder for pbgdpl."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, ORG_NAME, roaming=False))


@dataclass(frozen=True)
class AppPaths:
    """The folders of one data folder."""

    data: Path

    @property
    def db_file(self) -> Path:
        return self.data / DB_FILENAME

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def keys(self) -> Path:
        return self.data / "keys"

    @property
    def files(self) -> Path:
        return self.data / "files"

    @property
    def exports(self) -> Path:
        return self.data / "exports"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None = None) -> "AppPaths":
        """Pick the data folder: ``--data-dir`` > ``PBGDPL_DATA_DIR`` > portable > platform default."""
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve())
        env = os.environ.get(DATA_DIR_ENV)
        if env:
            return cls(Path(env).expanduser().resolve())
        portable = portable_data_dir()
        if portable is not None:
            return cls(portable)
        return cls(default_data_dir())

    def ensure(self) -> None:
        """Create the data folder and its sub-folders."""
        for folder in (self.data, self.logs, self.backups, self.keys, self.files, self.exports):
            folder.mkdir(parents=True, exist_ok=True)
