"""``pbgdpl keys …``: this installation's signing key and the upper level's trust list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands import Result, _passphrase, open_workspace, shown_date
from app.commands.language import QT_TRANSLATE_NOOP, header, translate, word
from app.fileio import atomic_write


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    keys = sub.add_parser("keys", parents=[common], help="signing key and trust list")
    ks = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True, parser_class=type(keys))

    p = ks.add_parser("create", parents=[common], help="make this installation's Ed25519 signing key")
    _passphrase.add_options(p, allow_plain=True)
    p.add_argument("--replace", action="store_true", help="make a new key although one exists (enrol it upstairs again)")
    p.set_defaults(handler=cmd_create)

    p = ks.add_parser("show", parents=[common], help="show this installation's key fingerprint")
    p.set_defaults(handler=cmd_show)

    p = ks.add_parser("export", parents=[common], help="copy the private key to a backup file")
    p.add_argument("file", metavar="FILE")
    _passphrase.add_options(p, allow_plain=True)
    p.set_defaults(handler=cmd_export)

    p = ks.add_parser("import", parents=[common], help="sign again with a key backup (a reinstalled computer keeps its enrolled key)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--passphrase-file", metavar="FILE", help=f"the backup's passphrase from the first line of FILE (or set ${_passphrase.ENV})")
    p.add_argument("--replace", action="store_true", help="sign with the backup's key although this installation has another key")
    p.set_defaults(handler=cmd_import)

    p = ks.add_parser("sheet", parents=[common], help="print the enrolment sheet (PDF) with the fingerprint and its QR code")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_sheet)

    p = ks.add_parser("trust", parents=[common], help="enrol a unit's key (from its signed enrolment sheet)")
    p.add_argument("--unit", metavar="CODE", help="the unit code (taken from --qr when it is scanned)")
    p.add_argument(
        "--fingerprint", metavar="FP",
        help="as on the enrolment sheet: 13 groups of 5 (the fifth is a check character); an older sheet's 52 "
        "characters are accepted with a warning; spaces, dashes and lower case allowed",
    )
    p.add_argument("--qr", metavar="TEXT", help="the line the sheet's QR code holds (PBGDPL1:UNIT:FINGERPRINT:OFFICER)")
    p.add_argument("--rotate", action="store_true", help="replace the unit's current key (the old computer's key: see --old-key)")
    p.add_argument(
        "--old-key", choices=("keep", "revoke"), default=None,
        help="with --rotate: 'revoke' when the old computer is gone (nothing it signed is accepted any more), 'keep' "
        "when it is still with the unit (files it already wrote are read, never overriding the new computer's "
        "records); asked when not given and the command runs in a terminal",
    )  # fmt: skip
    p.add_argument("--note", default="", metavar="TEXT")
    p.set_defaults(handler=cmd_trust)

    p = ks.add_parser("revoke", parents=[common], help="revoke a unit's key: none of its bundles is accepted any more")
    p.add_argument("--unit", required=True, metavar="CODE")
    p.add_argument("--fingerprint", required=True, metavar="FP")
    p.add_argument("--reason", default="", metavar="TEXT")
    p.set_defaults(handler=cmd_revoke)

    p = ks.add_parser("list", parents=[common], help="the trust list")
    p.set_defaults(handler=cmd_list)


def cmd_create(args: argparse.Namespace) -> Result:
    from app.services.keys import create_key

    with open_workspace(args) as ws:
        ws.require_initialised()
        passphrase = _passphrase.read(args, confirm=True)
        info = create_key(ws, passphrase, replace=args.replace)
    protection = translate("Cli", "passphrase-protected") if info.encrypted else translate("Cli", "NOT protected by a passphrase")
    text = "\n".join([
        translate("Cli", "Signing key created for {unit} ({code})").format(unit=info.unit_name, code=info.unit_code),
        translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=info.fingerprint),
        translate("Cli", "Private key: {file} ({protection})").format(file=info.file, protection=protection),
        translate("Cli", "Print the enrolment sheet (pbgdpl keys sheet --out FILE.pdf), sign and stamp it, and carry it upward."),
    ])
    return Result({"ok": True, **info.to_dict()}, text)


def cmd_show(args: argparse.Namespace) -> Result:
    from app.services.keys import key_info
    from app.sync.errors import KeyMissingError

    with open_workspace(args) as ws:
        info = key_info(ws)
    if info is None:
        raise KeyMissingError("this installation has no signing key yet; make one with 'pbgdpl keys create'")
    protection = translate("Cli", "passphrase-protected") if info.encrypted else translate("Cli", "no passphrase")
    text = "\n".join([
        translate("Cli", "Unit: {unit} ({code})").format(unit=info.unit_name, code=info.unit_code),
        translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=info.fingerprint),
        translate("Cli", "Created: {at}").format(at=shown_date(info.created_at, time=True)),
        translate("Cli", "Private key: {file} ({protection})").format(file=info.file, protection=protection),
    ])
    return Result({"ok": True, **info.to_dict()}, text)


def cmd_export(args: argparse.Namespace) -> Result:
    from app.services.keys import export_key

    with open_workspace(args) as ws:
        passphrase = _passphrase.read(args, required=False)
        data = export_key(ws, Path(args.file), passphrase, plain=getattr(args, "no_passphrase", False))
    text = translate("Cli", "Private key copied to {file} ({protection})").format(
        file=data.file, protection=translate("Cli", "encrypted") if data.encrypted else translate("Cli", "NOT encrypted"))
    text += "\n" + translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=data.fingerprint)
    return Result({"ok": True, **data.to_dict()}, text)


def cmd_import(args: argparse.Namespace) -> Result:
    from app.services.keys import import_key

    with open_workspace(args) as ws:
        passphrase = _passphrase.read(args, required=False)
        info = import_key(ws, Path(args.file), passphrase, replace=args.replace)
    text = "\n".join([
        translate("Cli", "Signing key taken from the backup for {unit} ({code})").format(unit=info.unit_name, code=info.unit_code),
        translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=info.fingerprint),
        translate("Cli", "Check that the upper level has this fingerprint enrolled; then send as before."),
    ])
    return Result({"ok": True, **info.to_dict()}, text)


def cmd_sheet(args: argparse.Namespace) -> Result:
    from app.services.keys import enrolment_sheet, key_info

    with open_workspace(args) as ws:
        pdf = enrolment_sheet(ws)
        info = key_info(ws)
    fingerprint = info.fingerprint if info else ""
    out = atomic_write(Path(args.out), pdf)
    text = translate("Cli", "Enrolment sheet: {file}").format(file=out) + "\n" + translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=fingerprint)
    return Result({"ok": True, "file": str(out), "fingerprint": fingerprint}, text)


def cmd_trust(args: argparse.Namespace) -> Result:
    from app.services.keys import trust_key

    old_key = args.old_key
    if args.rotate and old_key is None and sys.stdin.isatty():
        answer = input(translate("Cli", "Is the old computer gone (lost, broken, stolen)? y = revoke its key, n = keep it for files it already wrote: "))
        old_key = "revoke" if answer.strip().lower() in ("y", "yes", "c", "có") else "keep"
    with open_workspace(args) as ws:
        data = trust_key(ws, args.unit, args.fingerprint, rotate=args.rotate, old_key=old_key, note=args.note, qr=args.qr)
    words = {
        "trusted": translate("Cli", "enrolled"), "already-trusted": translate("Cli", "was already enrolled"),
        "rotated": translate("Cli", "enrolled; the previous key was revoked") if old_key == "revoke"
        else translate("Cli", "enrolled; files the previous key already wrote are still read, never overriding the new key's records"),
    }  # fmt: skip
    name = data.unit_name or translate("Cli", "NOT IN THE UNIT CATALOG: check the code")
    lines = [translate("Cli", "Unit {code} ({name}): key {fingerprint} {outcome}").format(
        code=data.unit_code, name=name, fingerprint=data.fingerprint, outcome=words[data.outcome])]
    warnings = []
    if not data.checked:
        warnings.append(UNCHECKED)  # English in --json, the user's language on the screen
        lines.append(translate("Cli", "WARNING: {text}").format(text=translate("Cli", UNCHECKED)))
    return Result({"ok": True, **data.to_dict(), "warnings": warnings}, "\n".join(lines))


UNCHECKED = QT_TRANSLATE_NOOP(
    "Cli",
    "this fingerprint was typed without check characters (an older enrolment sheet), so a wrong character cannot be detected: "
    "compare it group by group with the signed sheet twice, or ask the unit for a new sheet (pbgdpl keys sheet)",
)


def cmd_revoke(args: argparse.Namespace) -> Result:
    from app.services.keys import revoke_key

    with open_workspace(args) as ws:
        data = revoke_key(ws, args.unit, args.fingerprint, args.reason)
    text = translate("Cli", "Unit {code}: key {fingerprint} {outcome}").format(
        code=data.unit_code, fingerprint=data.fingerprint, outcome=word(data.outcome))
    return Result({"ok": True, **data.to_dict()}, text)


def cmd_list(args: argparse.Namespace) -> Result:
    from app.services.keys import trust_list

    with open_workspace(args) as ws:
        rows = trust_list(ws)
    lines = [header((translate("Cli", "unit"), 9), (translate("Cli", "status"), 11), (translate("Cli", "enrolled"), 12),
                    (translate("Cli", "until"), 12), (translate("Cli", "fingerprint"), 0))]  # fmt: skip
    for r in rows:
        lines.append(
            f"{r.unit_code:<8} {word(r.status):<10} {shown_date(r.enrolled_at):<11} {shown_date(r.valid_until):<11} {r.checked or r.fingerprint}"
        )
    if not rows:
        lines.append(translate("Cli", "(no key enrolled yet: pbgdpl keys trust --unit CODE --fingerprint FP, or --qr TEXT)"))
    return Result({"ok": True, "keys": [r.to_dict() for r in rows]}, "\n".join(lines))
