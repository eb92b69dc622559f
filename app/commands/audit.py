"""``pbgdpl audit verify``: is the audit log's hash chain whole? Names the first entry that breaks it."""

from __future__ import annotations

import argparse

from app.commands import Result, open_workspace
from app.commands.language import translate
from app.core.errors import UserFixableError


class AuditBrokenError(UserFixableError):
    """An entry of the audit log was changed or removed after it was written."""

    code = "E-AUDIT-BROKEN"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    audit = sub.add_parser("audit", parents=[common], help="the audit log")
    acts = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True, parser_class=type(audit))
    p = acts.add_parser("verify", parents=[common], help="check the hash chain; name the first broken entry")
    p.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> Result:
    from app.services.audit_check import verify

    with open_workspace(args) as ws:
        result = verify(ws)
    if result["ok"]:
        return Result(result, translate("Cli", "audit log whole: {count} entries, each hash follows from the one before").format(count=result["entries"]))
    e = result["first_broken"]
    raise AuditBrokenError(
        f"the audit log is broken at entry {e['seq']} ({e['at']}, {e['action']} of {e['table_name']} {e['record_id']} "
        f"by {e['actor']}): it was changed or an entry before it was removed after writing. Keep a copy of the data "
        "folder and tell the upper level",
        **e,
    )
