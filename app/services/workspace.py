"""An opened data folder: paths, database, catalogs, clock and the installation's identity."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Callable

from app.core.catalogs import Catalogs
from app.core.errors import NotInitialisedError
from app.paths import AppPaths
from app.services.catalogs import load_catalogs
from app.store import settings as settings_repo
from app.store.audit import WriteContext
from app.store.connection import Database
from app.store.database import open_database

log = logging.getLogger("app.services")
Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, in local time with its UTC offset (what documents and the audit log show)."""
    return datetime.now().astimezone()


class Workspace:
    """Everything a use case needs; built once in bootstrap or the CLI and passed in."""

    def __init__(self, paths: AppPaths, db: Database, catalogs: Catalogs, clock: Clock = local_now) -> None:
        self.paths = paths
        self.db = db
        self.catalogs = catalogs
        self.clock = clock

    @classmethod
    def open(cls, paths: AppPaths, clock: Clock = local_now) -> "Workspace":
        """Create the folders, open and migrate the database (a copy is kept before migrating)."""
        paths.ensure()
        db = open_database(paths.db_file, backups=paths.backups)
        ws = cls(paths, db, load_catalogs(paths.data / "catalogs"), clock)  # versions added by hand, if any
        from app.services.catalog_moves import apply_pending  # stored records a catalog change moves, once

        apply_pending(ws)
        return ws

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- identity -------------------------------------------------------------------------
    @property
    def settings(self) -> dict[str, str]:
        return settings_repo.get_settings(self.db)

    @property
    def initialised(self) -> bool:
        return settings_repo.get_setting(self.db, "unit_code") is not None

    def require_initialised(self) -> dict[str, str]:
        values = self.settings
        if "unit_code" not in values:
            raise NotInitialisedError(
                f"the data folder {self.paths.data} is not set up yet; run 'pbgdpl init --unit CODE --officer NAME' "
                "or 'pbgdpl demo'",
                data_dir=str(self.paths.data),
            )
        return values

    @property
    def unit_code(self) -> str:
        return self.require_initialised()["unit_code"]

    def now_iso(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def today(self):
        return self.clock().date()

    def write_context(self, source: str = "") -> WriteContext:
        values = self.require_initialised()
        return WriteContext(
            installation=values["installation_id"],
            actor=values.get("officer", ""),
            unit=values["unit_code"],
            now=self.now_iso(),
            source=source,
        )
