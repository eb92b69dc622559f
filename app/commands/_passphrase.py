"""Where commands get a key passphrase: ``--passphrase-file``, $PBGDPL_PASSPHRASE, or the terminal."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.core.errors import FileMissingError
from app.sync.errors import KeyPassphraseError

ENV = "PBGDPL_PASSPHRASE"


def add_options(p: argparse.ArgumentParser, *, allow_plain: bool = False) -> None:
    p.add_argument("--passphrase-file", metavar="FILE", help=f"read the key passphrase from the first line of FILE (or set ${ENV})")
    if allow_plain:
        p.add_argument("--no-passphrase", action="store_true", help="store the private key WITHOUT a passphrase (only if you mean it)")


def read(args: argparse.Namespace, *, confirm: bool = False, required: bool = True) -> str | None:
    """The passphrase, or None when ``--no-passphrase`` was given (or none is needed and none was given)."""
    if getattr(args, "no_passphrase", False):
        return None
    if getattr(args, "passphrase_file", None):
        path = Path(args.passphrase_file)
        if not path.is_file():
            raise FileMissingError(f"no passphrase file {path}", path=str(path))
        lines = path.read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    if os.environ.get(ENV):
        return os.environ[ENV]
    if sys.stdin.isatty():
        first = getpass.getpass("Passphrase / mật khẩu khoá: ")
        if confirm and getpass.getpass("Again / nhập lại: ") != first:
            raise KeyPassphraseError("the two passphrases differ")
        return first
    if required:
        raise KeyPassphraseError(
            f"no passphrase: give --passphrase-file FILE or set ${ENV}" + (", or say --no-passphrase" if confirm else "")
        )
    return None
