"""The ``pbgdpl`` command: no subcommand opens the GUI; subcommands work headless.

Exit codes: 0 success, 1 bad input or a refused operation (stderr starts with a stable error code),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Sequence

from app import __version__
from app.commands import Result, common_parser, dumps
from app.commands.language import explain, translate_parser
from app.core.errors import AppError, DataFolderError

log = logging.getLogger("app.cli")

# Each module registers its subcommands; later areas add their module here.
COMMAND_MODULES = (
    "app.commands.setup",
    "app.commands.tabular",
    "app.commands.keys",
    "app.commands.bundle",
    "app.commands.report",
    "app.commands.units",
    "app.commands.approvals",
    "app.commands.backup",
    "app.commands.audit",
    "app.commands.plans",
    "app.commands.assessment",
    "app.commands.catalog",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own usage errors: code E-USAGE, exit 2
        self.print_usage(sys.stderr)
        said = explain("E-USAGE")
        print(f"E-USAGE: {said + ' — ' if said else ''}{message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands=False`` leaves out the subcommands (and the imports their modules cost)."""
    common = common_parser()
    parser = _Parser(
        prog="pbgdpl",
        description="PBGDPL: the commune's log of legal dissemination and education, offline. Run without a command to open the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"pbgdpl {__version__}")
    parser.add_argument("--smoke-test", action="store_true", help="check that this build works, then exit")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    translate_parser(parser)  # Vietnamese help when the user's language is Vietnamese
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse ``argv``; opening the window (no subcommand) does not import the subcommands' modules."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not any(a in ("-h", "--help") for a in arguments):
        args, rest = build_parser(commands=False).parse_known_args(arguments)
        if not rest:
            return args
    return build_parser().parse_args(arguments)


def _emit(args: argparse.Namespace, result: Result) -> None:
    if getattr(args, "json", False):
        print(dumps(result.data))
    elif result.text:
        print(result.text)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``pbgdpl`` console script."""
    if os.name == "posix":  # everything pbgdpl creates (data folder, database, logs, keys, bundles) is the user's only
        os.umask(0o077)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass
    try:
        args = _parse(argv)
        if args.command is None:
            from app import bootstrap

            if args.smoke_test:
                return bootstrap.smoke_test(args)
            return bootstrap.main(args)
        return _run(args)
    except BrokenPipeError:  # the reader went away (``pbgdpl status | head -1``): stop quietly
        _silence_stdout()
        return 1


def _run(args: argparse.Namespace) -> int:
    """Run a subcommand; every failure reaches the user as one line with a stable code, never a traceback."""
    from app.log import setup_logging
    from app.commands import resolve_paths

    log_file = None
    try:
        paths = resolve_paths(args)
        _check_data_folder(paths.data)
        log_file = setup_logging(paths.logs if paths.db_file.exists() else None, getattr(args, "debug", False))  # asking makes no folder
        result = args.handler(args)
        _emit(args, result)
        return 0
    except AppError as exc:
        log.info("'%s' refused: %s: %s", args.command, exc.code, exc.message)  # every refused input is in the log
        return _fail(args, exc)
    except KeyboardInterrupt:
        said = explain("E-CANCELLED")
        print(f"E-CANCELLED: {said + ' — ' if said else ''}interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise
    except OSError as exc:  # a folder or file the system refuses (permissions, a full disk, a path through a file)
        log.exception("file system error")
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(args, AppError(f"{exc.strerror or exc}{where}", path=str(exc.filename or "")), "E-IO")
    except Exception as exc:  # noqa: BLE001 (a bug: logged with its traceback, told in one line)
        return _fail(args, _internal(args, exc, log_file))


def _internal(args: argparse.Namespace, exc: BaseException, log_file: Path | None) -> AppError:
    """Log an unexpected error with its traceback: logs/pbgdpl.log, or (no data folder yet) a log in the temp folder."""
    from app.core.errors import InternalError
    from app.log import setup_logging

    if log_file is None:
        import tempfile

        try:
            log_file = setup_logging(Path(tempfile.gettempdir()) / "pbgdpl-logs", getattr(args, "debug", False))
        except OSError:
            log_file = None
    log.error("internal error in '%s'", args.command, exc_info=exc)
    where = f"; the details are in {log_file}" if log_file else ""
    return InternalError(
        f"an unexpected error stopped the command ({type(exc).__name__}: {str(exc)[:200]}){where}. What was not "
        "finished was undone; please send that log file to the software's maintainers",
        error=type(exc).__name__,
        log=str(log_file or ""),
    )


def _check_data_folder(folder: Path) -> None:
    """Refuse a data folder that is a file, or lies under one (else every command fails deep inside)."""
    for place in (folder, *folder.parents):
        if place.exists():
            if not place.is_dir():
                raise DataFolderError(f"{place} is a file, not a folder; give --data-dir a folder", data_dir=str(folder))
            return


def _fail(args: argparse.Namespace, exc: AppError, code: str | None = None) -> int:
    error = {**exc.to_dict(), "code": code or exc.code}
    said = explain(error["code"])  # in Vietnamese, what the code means first; the English details after it
    print(f"{error['code']}: {said + ' — ' if said else ''}{exc.message}", file=sys.stderr)
    if getattr(args, "json", False):
        print(json.dumps({"ok": False, "error": error}, ensure_ascii=False, indent=2, default=str))
    return 1


def _silence_stdout() -> None:
    """Point stdout at the null device so that Python's own flush at exit finds no closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())
