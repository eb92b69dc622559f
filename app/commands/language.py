"""The command line's language: Vietnamese when the user's locale is Vietnamese (LC_ALL, LC_MESSAGES, LANG,
then the system's), English otherwise. Error codes never change; only the words around them do.

The Vietnamese texts live in resources/translations/cli_vi.ts, a Qt Linguist file like the window's
pbgdpl_vi.ts, read here with the standard library (the command line loads no Qt). Its messages are the
help texts of every command (collected from the parser itself: ``python tools/update_cli_catalog.py``
adds the new ones as unfinished), argparse's own words, the per-code explanations of errors and the
lines of the common commands' reports (``translate("Cli", ...)`` and ``QT_TRANSLATE_NOOP("Cli", ...)``, which
pyside6-lupdate finds: ``pyside6-lupdate app/cli.py app/commands/*.py -ts resources/translations/cli_vi.ts``).
"""

from __future__ import annotations

import argparse
import locale
import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

CONTEXTS = ("Cli", "CliHelp", "argparse")


def language() -> str:
    """``vi`` or ``en``, from the environment as POSIX reads it (LC_ALL, then LC_MESSAGES, then LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    try:  # Windows sets no LANG: ask the system
        value = locale.getlocale()[0] or ""
    except ValueError:  # pragma: no cover - a locale Python cannot parse
        value = ""
    return "vi" if value.lower().startswith(("vi", "vietnam")) else "en"


def catalog_path() -> Path:
    from app.paths import resource_path

    return resource_path("translations", "cli_vi.ts")


@lru_cache(maxsize=1)
def _catalog() -> dict[tuple[str, str], str]:
    path = catalog_path()
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else ""
            if text and (translation is None or translation.get("type") != "unfinished"):
                found[(name, message.findtext("source") or "")] = text
    return found


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (the English source when Vietnamese is not asked for or not there)."""
    if not text or language() != "vi":
        return text
    return _catalog().get((context, text), text)


def tr(text: str) -> str:
    return translate("Cli", text)


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Put the parser's help texts (and its sub-commands', all the way down) in the user's language."""
    if language() != "vi":
        return
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]  # usage:, options, errors
    for p in _parsers(parser):
        p.description = translate("CliHelp", p.description) if p.description else p.description
        for group in p._action_groups:  # titled when the parser was made, before the words above were set
            group.title = translate("argparse", group.title) if group.title else group.title
        for action in p._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = translate("CliHelp", action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = translate("CliHelp", choice.help) if choice.help else choice.help


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found, todo = [], [parser]
    while todo:
        p = todo.pop()
        if p in found:
            continue
        found.append(p)
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo.extend(action.choices.values())
    return found


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text and description of ``parser`` and its sub-commands, in order (for the catalog)."""
    texts: list[str] = []
    for p in _parsers(parser):
        if p.description:
            texts.append(p.description)
        for action in p._actions:
            if action.help and action.help != argparse.SUPPRESS:
                texts.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                texts.extend(choice.help for choice in action._choices_actions if choice.help)
    return list(dict.fromkeys(texts))


def explain(code: str) -> str:
    """What an error code means, in Vietnamese (the English message follows it); "" when none is written."""
    text = ERRORS.get(code)
    return translate("Cli", text) if text and language() == "vi" else ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark ``text`` for the catalog without translating it yet."""
    return text


# Why each error happened and what to do, said once per code (pyside6-lupdate finds these; the Vietnamese is in
# cli_vi.ts). The English line printed after it keeps the details (file, row, value).
ERRORS = {
    "E-USAGE": QT_TRANSLATE_NOOP("Cli", "The command was not written as expected; see pbgdpl --help."),
    "E-NOT-INITIALISED": QT_TRANSLATE_NOOP("Cli", "This data folder is not set up yet: run pbgdpl init --unit CODE --officer NAME, or pbgdpl demo."),
    "E-ALREADY-INITIALISED": QT_TRANSLATE_NOOP("Cli", "This data folder already belongs to another unit; give another --data-dir for a second unit."),
    "E-OFFICER-CHANGE": QT_TRANSLATE_NOOP("Cli", "This data folder is kept by another officer; to hand it over, add --officer-change."),
    "E-UNIT-UNKNOWN": QT_TRANSLATE_NOOP("Cli", "This unit is not in the administrative catalog; check the code (the nearest are listed)."),
    "E-PERIOD": QT_TRANSLATE_NOOP("Cli", "This is not a period: write 2026, 2026-H1, 2026-Q3, 2026-M05 or 2026-5."),
    "E-FILE-NOT-FOUND": QT_TRANSLATE_NOOP("Cli", "The file was not found; check its name and folder."),
    "E-FILE-FORMAT": QT_TRANSLATE_NOOP("Cli", "The file is not of the kind expected."),
    "E-IMPORT-INVALID": QT_TRANSLATE_NOOP("Cli", "The file has rows with errors; nothing was written (the rows are listed)."),
    "E-VALIDATION": QT_TRANSLATE_NOOP("Cli", "The record is not valid; nothing was written."),
    "E-NOT-FOUND": QT_TRANSLATE_NOOP("Cli", "No such record."),
    "E-DATA-DIR": QT_TRANSLATE_NOOP("Cli", "The data folder given is a file, not a folder; give --data-dir a folder."),
    "E-IO": QT_TRANSLATE_NOOP("Cli", "The computer refused to read or write a file or folder; nothing more was done."),
    "E-INTERNAL": QT_TRANSLATE_NOOP("Cli", "An unexpected error in PBGDPL; the log file in the data folder has the details."),
    "E-CANCELLED": QT_TRANSLATE_NOOP("Cli", "Stopped by the user."),
    "E-SCHEMA-TOO-NEW": QT_TRANSLATE_NOOP("Cli", "This data was saved by a newer PBGDPL; install the newer version. Nothing was changed."),
    "E-DB-BUSY": QT_TRANSLATE_NOOP("Cli", "Another program holds the database; close it and try again. Nothing was written."),
    "E-DB-READONLY": QT_TRANSLATE_NOOP("Cli", "The database cannot be written (a write-protected drive or folder)."),
    "E-DB-FULL": QT_TRANSLATE_NOOP("Cli", "The disk is full; nothing was written."),
    "E-DB-CORRUPT": QT_TRANSLATE_NOOP("Cli", "The database is damaged; restore a backup."),
    "E-KEY-PASSPHRASE": QT_TRANSLATE_NOOP("Cli", "The signing key's passphrase is missing or wrong."),
    "E-BUNDLE-FORMAT": QT_TRANSLATE_NOOP("Cli", "This file is not a PBGDPL data bundle."),
}
