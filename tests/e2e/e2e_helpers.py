"""Helpers of the end-to-end tests: what a data folder's database holds, read without the program."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def db_dump(data: Path) -> list[str]:
    """Every table's rows of the data folder ``data`` as SQL (to check that a refused command wrote nothing)."""
    con = sqlite3.connect(data / "pbgdpl.sqlite3")
    try:
        return list(con.iterdump())
    finally:
        con.close()
