"""Developer's tool: add the parser's help texts and the commands' report lines (``translate("Cli", ...)``) missing
from resources/translations/cli_vi.ts, as unfinished messages to translate.

Lives outside the app package because it needs app.cli, which the commands must not import
(import-linter's layers contract).  Run: ``.venv/bin/python tools/update_cli_catalog.py``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cli import build_parser  # noqa: E402
from app.commands.language import catalog_path, help_texts, source_texts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _add(root: ET.Element, name: str, texts: list[str]) -> int:
    """Add the ``texts`` the context ``name`` lacks as unfinished messages; how many were added."""
    context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    known = {m.findtext("source") for m in context.iter("message")}
    added = 0
    for text in texts:
        if text not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
            added += 1
    return added


def update_catalog() -> int:
    """Add the help texts (CliHelp) and report lines (Cli) missing from cli_vi.ts."""
    path = catalog_path()
    tree = ET.parse(path)
    root = tree.getroot()
    helps = _add(root, "CliHelp", help_texts(build_parser()))
    files = sorted((ROOT / "app" / "commands").glob("*.py")) + [ROOT / "app" / "cli.py"]
    lines = _add(root, "Cli", source_texts(files))
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{helps} new help texts and {lines} new report lines in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(update_catalog())
