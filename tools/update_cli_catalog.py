"""Developer's tool: add the parser's help texts missing from resources/translations/cli_vi.ts.

Lives outside the app package because it needs app.cli, which the commands must not import
(import-linter's layers contract).  Run: ``.venv/bin/python tools/update_cli_catalog.py``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cli import build_parser  # noqa: E402
from app.commands.language import catalog_path, help_texts  # noqa: E402


def update_catalog() -> int:
    """Add the parser's help texts missing from cli_vi.ts as unfinished messages of the CliHelp context."""
    path = catalog_path()
    tree = ET.parse(path)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == "CliHelp"), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "CliHelp"
    known = {m.findtext("source") for m in context.iter("message")}
    added = 0
    for text in help_texts(build_parser()):
        if text not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
            added += 1
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{added} new help texts in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(update_catalog())
