"""Subcommands of the ``pbgdpl`` command line, one module per area, each with ``register(subparsers)``."""

from __future__ import annotations

import argparse
import json
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Generator, Iterator, TypeVar

if TYPE_CHECKING:  # the window's start-up parses its options here and needs no more
    from app.core.progress import Progress

T = TypeVar("T")


@dataclass
class Result:
    """What a command hands back: data for ``--json`` and lines for people."""

    data: dict[str, Any] = field(default_factory=dict)
    text: str = ""


def common_parser() -> argparse.ArgumentParser:
    """Options every command accepts (also placed after the command name)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="data folder (default: per-user folder, or $PBGDPL_DATA_DIR)")
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")
    parent.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="log to the console too")
    return parent


def run_job(job: Generator[Progress, None, T], on_progress: Callable[[Progress], None] | None = None) -> T:
    """Drive a service generator to its end and return its value."""
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(step)


def shown_date(iso: str | None, time: bool = False) -> str:
    """An ISO date or time as people read it: dd/mm/yyyy, with hh:mm when ``time`` and the value has one."""
    if not iso or len(iso) < 10 or iso[4:5] != "-":
        return iso or ""
    day = f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"
    return f"{day} {iso[11:16]}" if time and len(iso) >= 16 else day


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def open_workspace(args: argparse.Namespace):
    """Open the data folder named by ``--data-dir`` / $PBGDPL_DATA_DIR / the default, migrating it."""
    from app.paths import AppPaths
    from app.services.workspace import Workspace

    return Workspace.open(AppPaths.resolve(getattr(args, "data_dir", None)))


def resolve_paths(args: argparse.Namespace):
    from app.paths import AppPaths

    return AppPaths.resolve(getattr(args, "data_dir", None))


@contextmanager
def new_folder_removed_on_error(folder: Path) -> Iterator[None]:
    """Remove ``folder`` again when the block fails and the folder did not exist (or was empty) before it."""
    existed = folder.exists()
    was_new = not existed or (folder.is_dir() and not any(folder.iterdir()))
    try:
        yield
    except BaseException:
        if was_new and folder.is_dir():
            for child in [folder] if not existed else list(folder.iterdir()):
                shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
        raise


def add_scope_arguments(parser: argparse.ArgumentParser) -> None:
    """``--unit CODE`` / ``--all-units``: whose records a command reads (default: app.services.read.default_scope)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--unit", metavar="CODE", default=None, help="only the records of this unit (one under this installation)")
    group.add_argument("--all-units", action="store_true", help="the records of every unit under this installation")


def scope_from_args(ws, args: argparse.Namespace):
    """The read scope asked for by ``--unit`` / ``--all-units`` (raises UnknownUnitError for a unit not under me)."""
    from app.services.read import scope_for

    return scope_for(ws, getattr(args, "unit", None), getattr(args, "all_units", False))
