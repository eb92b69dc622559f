"""``pbgdpl init``, ``pbgdpl demo`` and ``pbgdpl status``."""

from __future__ import annotations

import argparse

from app.commands import Result, add_scope_arguments, new_folder_removed_on_error, open_workspace, resolve_paths, run_job, scope_from_args
from app.commands.language import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="set up this installation for one unit")
    p.add_argument("--unit", required=True, metavar="CODE", help="official code of the commune (ward) or province")
    p.add_argument("--officer", required=True, metavar="NAME", help="name of the officer in charge")
    p.add_argument("--level", choices=("commune", "province", "district"), default="commune")
    p.add_argument("--title", default="", metavar="TITLE", help="officer's title, e.g. 'Công chức Tư pháp - Hộ tịch'")
    p.add_argument("--name", default="", metavar="NAME", help="unit name (districts only: they are entered by hand)")
    p.add_argument("--officer-change", action="store_true", help="hand a set-up folder over to another officer")
    p.add_argument("--province", default="", metavar="CODE", help="districts only: the parent province (required)")
    p.add_argument("--communes", default="", metavar="CODE,CODE", help="districts only: the member communes, expected to report to it")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="fill an empty data folder with a realistic demo commune")
    p.add_argument("--seed", type=int, default=1, metavar="N", help="different seeds give different communes")
    p.add_argument("--unit", default=None, metavar="CODE", help="commune code (default: chosen by the seed in Thái Nguyên)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("status", parents=[common], help="unit, mode, counts (per unit under an upper level), last backup, schema version")
    add_scope_arguments(p)
    p.set_defaults(handler=cmd_status)


def cmd_init(args: argparse.Namespace) -> Result:
    from app.services.setup import check_unit, initialise

    communes = [c.strip() for c in args.communes.replace(";", ",").split(",") if c.strip()]
    check_unit(args.unit, args.officer, args.level, args.name, args.province, communes)  # a refused set-up makes no folder
    with new_folder_removed_on_error(resolve_paths(args).data), open_workspace(args) as ws:
        unit = initialise(ws, args.unit, args.officer, args.level, args.title, args.name, args.officer_change, args.province, communes)
        data = {"ok": True, "unit_code": unit.code, "unit_name": unit.name, "level": args.level, "data_dir": str(ws.paths.data)}
    text = translate("Cli", "Set up: {unit} ({code}), {level}").format(unit=unit.name, code=unit.code, level=args.level)
    return Result(data, text + "\n" + translate("Cli", "Data folder: {folder}").format(folder=data["data_dir"]))


def cmd_demo(args: argparse.Namespace) -> Result:
    from app.services.demo import create_demo

    with open_workspace(args) as ws:
        summary = run_job(create_demo(ws, seed=args.seed, unit_code=args.unit))
        data = {"ok": True, "data_dir": str(ws.paths.data), **summary}
    text = "\n".join([
        translate("Cli", "Demo: {unit} ({code})").format(unit=summary["unit_name"], code=summary["unit_code"]),
        "  " + translate("Cli", "activities: {activities}, reporters: {reporters}").format(activities=summary["activities"], reporters=summary["reporters"]),
        "  " + translate("Cli", "data folder: {folder}").format(folder=data["data_dir"]),
    ])
    return Result(data, text)


def cmd_status(args: argparse.Namespace) -> Result:
    from app.services.setup import status, status_without_database

    paths = resolve_paths(args)
    if not paths.db_file.exists():  # asking makes nothing
        data = status_without_database(str(paths.data))
    else:
        with open_workspace(args) as ws:
            asked = getattr(args, "unit", None) or getattr(args, "all_units", False)
            data = status(ws, scope_from_args(ws, args) if asked and ws.settings.get("unit_code") else None)
    lines = [translate("Cli", "Data folder: {folder}").format(folder=data["data_dir"])]
    if data["initialised"]:
        lines.append(translate("Cli", "Unit: {unit} ({code}), level {level}, mode {mode}").format(
            unit=data["unit_name"], code=data["unit_code"], level=data["level"], mode=data["mode"]))  # fmt: skip
        lines.append(translate("Cli", "Officer: {officer}").format(officer=data["officer"]))
    else:
        lines.append(translate("Cli", "Not set up yet: run 'pbgdpl init --unit CODE --officer NAME' or 'pbgdpl demo'"))
    for table, counts in data["counts"].items():
        extra = f" (+{counts['deleted']} deleted)" if counts["deleted"] else ""
        lines.append(f"  {table}: {counts['live']}{extra}")
    if data["mode"] == "upper" or len(data["units"]) > 1:  # the records held per unit, then their total
        lines.append("Records per unit (activities, reporters):")
        for unit in data["units"]:
            c = unit["counts"]
            lines.append(f"  {unit['code']} {unit['name']}: {c['activities']['live']} activities, {c['reporters']['live']} reporters")
        t = data["units_total"]
        if t:
            lines.append(f"  total: {t['activities']['live']} activities, {t['reporters']['live']} reporters")
    font = data["document_font"]
    lines.append(f"Document font: {font['family']} ({font['reason']})")
    if data["schema_version"] is None:
        return Result({"ok": True, **data}, "\n".join(lines))
    last = data["last_backup"]
    lines.append(translate("Cli", "Last backup: {backup}").format(backup=last["at"] + " " + last["path"] if last else translate("Cli", "none")))
    lines.append(translate("Cli", "Schema version: {version} (pbgdpl {app})").format(version=data["schema_version"], app=data["app_version"]))
    return Result({"ok": True, **data}, "\n".join(lines))
