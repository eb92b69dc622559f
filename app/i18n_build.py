"""Build the Qt .qm translation files from the committed .ts files (``python -m app.i18n_build``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.paths import resource_path


def lrelease() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else shutil.which("pyside6-lrelease")


def build() -> list[Path]:
    """Compile every resources/translations/*.ts whose .qm is missing or older; returns the .qm paths."""
    tool = lrelease()
    out = []
    for ts in sorted(resource_path("translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            if tool is None:
                raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


if __name__ == "__main__":
    for path in build():
        print(path)
