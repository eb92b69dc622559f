"""``pbgdpl backup list|create|restore`` (docs/reliability.md): copies of the database made with SQLite's online
backup API and checked after writing; automatic ones before every import batch, rotated within a size cap."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import Result, open_workspace
from app.commands.language import figures, translate, word


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", parents=[common], help="copies of the database: list, create, restore")
    bs = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True, parser_class=type(backup))
    p = bs.add_parser("list", parents=[common], help="the copies in backups/, newest first, and their total size")
    p.set_defaults(handler=cmd_list)
    p = bs.add_parser("create", parents=[common], help="make a checked copy now")
    p.set_defaults(handler=cmd_create)
    p = bs.add_parser("restore", parents=[common], help="replace the database with a copy (the current one is kept first)")
    p.add_argument("file", metavar="FILE", help="a copy from 'pbgdpl backup list'")
    p.add_argument("--yes", action="store_true", help="do it (without it: only say what would be lost)")
    p.set_defaults(handler=cmd_restore)


def _size(n: int) -> str:
    return figures(f"{n / 1e6:,.1f}") + " MB"


def cmd_list(args: argparse.Namespace) -> Result:
    from app.commands import resolve_paths
    from app.services.backups import CAP_BYTES, backup_kind, list_backups

    items = list_backups(resolve_paths(args).backups)
    total = sum(b.size for b in items)
    rows = [{"file": str(b.path), "size": b.size, "made": b.modified.isoformat(timespec="seconds"), "kind": backup_kind(b.path)} for b in items]
    lines = [f"{b.modified:%d/%m/%Y %H:%M}  {_size(b.size):>10}  {b.path.name}" for b in items]
    lines.append(translate("Cli", "{count} copies, {size} of at most {cap}").format(count=len(items), size=_size(total), cap=_size(CAP_BYTES)))
    return Result({"ok": True, "backups": rows, "total": total, "cap": CAP_BYTES}, "\n".join(lines))


def cmd_create(args: argparse.Namespace) -> Result:
    from app.services.backups import make_backup

    with open_workspace(args) as ws:
        copy = make_backup(ws.paths.db_file, ws.paths.backups, ws.clock, "manual")
    return Result({"ok": True, "file": str(copy), "size": copy.stat().st_size}, translate("Cli", "backup written and checked: {file}").format(file=copy))


def cmd_restore(args: argparse.Namespace) -> Result:
    from app.core.errors import FileMissingError
    from app.services.backups import restore_backup, what_restore_loses

    ws = open_workspace(args)
    backup = Path(args.file) if Path(args.file).is_file() else ws.paths.backups / args.file
    if not backup.is_file():
        ws.close()
        raise FileMissingError(f"no backup file {args.file}", path=str(args.file))
    lost = what_restore_loses(ws, backup)
    lost_words = ", ".join(f"{n} {word(what)}" for what, n in lost.items() if n) or translate("Cli", "nothing")
    text = translate("Cli", "restoring it loses: {what}").format(what=lost_words)
    if not args.yes:
        ws.close()
        return Result({"ok": True, "restored": False, "loses": lost}, text + "\n" + translate("Cli", "run again with --yes to restore"))
    safety = restore_backup(ws, backup)
    return Result(
        {"ok": True, "restored": True, "loses": lost, "safety_copy": str(safety)},
        text + "\n" + translate("Cli", "restored {name}; the database as it was is kept in {file}").format(name=backup.name, file=safety),
    )
