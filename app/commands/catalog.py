"""``pbgdpl catalog list|export|import``: criteria sets of chuẩn tiếp cận pháp luật and their signed updates."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import Result, open_workspace
from app.commands import _passphrase


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    top = sub.add_parser("catalog", parents=[common], help="criteria sets (chuẩn tiếp cận pháp luật) and signed catalog updates")
    acts = top.add_subparsers(dest="catalog_command", metavar="ACTION", required=True, parser_class=type(top))

    p = acts.add_parser("list", parents=[common], help="every known version of every criteria set, and the points still unknown")
    p.set_defaults(handler=cmd_list)

    p = acts.add_parser("export", parents=[common], help="write a criteria set as an update signed with this installation's key")
    p.add_argument("--set", dest="set_id", required=True, metavar="SET", help="e.g. QD25_2021")
    p.add_argument("--version", dest="set_version", default=None, metavar="V", help="default: the newest known")
    p.add_argument("--out", type=Path, required=True, metavar="FILE|DIR")
    _passphrase.add_options(p)
    p.set_defaults(handler=cmd_export)

    p = acts.add_parser("import", parents=[common], help="take in a signed catalog update (or, upper level: a set file it edited)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_import)


def cmd_list(args: argparse.Namespace) -> Result:
    from app.services.criteria import listing

    with open_workspace(args) as ws:
        rows = listing(ws.paths.data)
    lines = []
    for r in rows:
        years = f"{r['years'][0] or ''}–{r['years'][1] or ''}"
        missing = f"; {len(r['missing_points'])} mức điểm chưa biết" if r["missing_points"] else ""
        lines.append(f"{r['set']} {r['version']} ({r['origin']}, năm {years}, {r['indicators']} chỉ tiêu{missing}): {r['name']}")
    return Result({"sets": rows}, "\n".join(lines))


def cmd_export(args: argparse.Namespace) -> Result:
    from app.services.criteria import export_update

    with open_workspace(args) as ws:
        ws.require_initialised()
        out = export_update(ws, args.set_id, args.set_version, args.out, _passphrase.read(args, required=False))
    return Result(out, f"{out['set']} {out['version']}: {out['path']}")


def cmd_import(args: argparse.Namespace) -> Result:
    from app.services.criteria import import_file

    with open_workspace(args) as ws:
        ws.require_initialised()
        out = import_file(ws, args.file)
    word = {"stored": "đã nhận", "unchanged": "đã có, không đổi"}[out["outcome"]]
    return Result(out, f"{out['set']} {out['version']}: {word}" + (f" (ký bởi đơn vị {out['signed_by']})" if out["signed_by"] else ""))
