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


def source_texts(files: list[Path]) -> list[str]:
    """The literal texts of ``translate("Cli", "...")`` and ``QT_TRANSLATE_NOOP("Cli", "...")`` in ``files``, in order
    (the report lines the catalog must hold; for tools/update_cli_catalog.py and the tests)."""
    import ast

    texts: list[str] = []
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP"):
                args = node.args
                if len(args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args) and args[0].value == "Cli":
                    texts.append(args[1].value)
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
    "E-KEY-PASSPHRASE-WEAK": QT_TRANSLATE_NOOP("Cli", "The passphrase is too easy to guess: use a short sentence, or letters mixed with digits or spaces."),
    "E-BUNDLE-FORMAT": QT_TRANSLATE_NOOP("Cli", "This file is not a PBGDPL data bundle."),
    "E-AUDIT-BROKEN": QT_TRANSLATE_NOOP("Cli", "The audit log was changed after it was written; keep a copy of the data folder and tell the upper level."),
    "E-KEY-MISSING": QT_TRANSLATE_NOOP("Cli", "This installation has no signing key yet: make one with pbgdpl keys create."),
    "E-KEY-EXISTS": QT_TRANSLATE_NOOP("Cli", "This installation already has a signing key; --replace makes a new one (enrol it upstairs again)."),
    "E-KEY-FINGERPRINT": QT_TRANSLATE_NOOP("Cli", "The fingerprint is not written as on the enrolment sheet; check it group by group."),
    "E-BUNDLE-UNTRUSTED": QT_TRANSLATE_NOOP("Cli", "The bundle is signed by a key not enrolled here: enrol the unit's key first (pbgdpl keys trust)."),
    "E-BUNDLE-REVOKED": QT_TRANSLATE_NOOP("Cli", "The bundle is signed by a revoked key; nothing was imported."),
    "E-BUNDLE-SIGNATURE": QT_TRANSLATE_NOOP("Cli", "The bundle's signature does not match its contents (changed or damaged); nothing was imported."),
    "E-BUNDLE-HASH": QT_TRANSLATE_NOOP("Cli", "A file inside the bundle was changed or damaged; nothing was imported."),
    "E-BUNDLE-OWN-UNIT": QT_TRANSLATE_NOOP("Cli", "This bundle was written by this unit itself; it is sent upward, not imported here."),
    "E-UPPER-ONLY": QT_TRANSLATE_NOOP("Cli", "Only an upper-level unit (district or province) can do this."),
    "E-UNIT-NOT-EXPECTED": QT_TRANSLATE_NOOP("Cli", "This unit is not among the units expected to report here (pbgdpl units add)."),
}


# Words the reports print from data (outcomes, tables, states), in the user's language; --json keeps the English keys.
WORDS = {
    "new": QT_TRANSLATE_NOOP("Cli", "new"),
    "updated": QT_TRANSLATE_NOOP("Cli", "updated"),
    "deleted": QT_TRANSLATE_NOOP("Cli", "deleted"),
    "unchanged": QT_TRANSLATE_NOOP("Cli", "unchanged"),
    "stale": QT_TRANSLATE_NOOP("Cli", "stale"),
    "conflicts": QT_TRANSLATE_NOOP("Cli", "conflicts"),
    "rejected": QT_TRANSLATE_NOOP("Cli", "rejected"),
    "table": QT_TRANSLATE_NOOP("Cli", "table"),
    "activities": QT_TRANSLATE_NOOP("Cli", "activities"),
    "reporters": QT_TRANSLATE_NOOP("Cli", "reporters"),
    "attachments": QT_TRANSLATE_NOOP("Cli", "attachments"),
    "plans": QT_TRANSLATE_NOOP("Cli", "plans"),
    "plan_tasks": QT_TRANSLATE_NOOP("Cli", "plan_tasks"),
    "assessments": QT_TRANSLATE_NOOP("Cli", "assessments"),
    "assessment_answers": QT_TRANSLATE_NOOP("Cli", "assessment_answers"),
    "trainings": QT_TRANSLATE_NOOP("Cli", "trainings"),
    "bundle_imports": QT_TRANSLATE_NOOP("Cli", "bundle_imports"),
    "bundle_exports": QT_TRANSLATE_NOOP("Cli", "bundle_exports"),
    "approved": QT_TRANSLATE_NOOP("Cli", "approved"),
    "returned": QT_TRANSLATE_NOOP("Cli", "returned"),
    "open": QT_TRANSLATE_NOOP("Cli", "open"),
    "active": QT_TRANSLATE_NOOP("Cli", "active"),
    "retired": QT_TRANSLATE_NOOP("Cli", "retired"),
    "revoked": QT_TRANSLATE_NOOP("Cli", "revoked"),
    "kept_mine": QT_TRANSLATE_NOOP("Cli", "kept_mine"),
    "took_theirs": QT_TRANSLATE_NOOP("Cli", "took_theirs"),
}


def figures(text: str) -> str:
    """A number written with Python's separators ("2,147.5") in the user's way: "2.147,5" in Vietnamese."""
    return text.translate(str.maketrans(",.", ".,")) if language() == "vi" else text


def header(*columns: tuple[str, int]) -> str:
    """A table's header line: each (translated word, width) padded to the width, wider when the word is longer;
    a negative width right-aligns."""
    cells = [f"{text:>{max(-width, len(text) + 1)}}" if width < 0 else f"{text:<{max(width, len(text) + 1)}}" for text, width in columns]
    return "".join(cells).rstrip()


def word(key: str) -> str:
    """An outcome or table name of the report in the user's language (itself when it has no entry)."""
    return translate("Cli", WORDS[key]) if key in WORDS else key
