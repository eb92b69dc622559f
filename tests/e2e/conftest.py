"""Run the real ``pbgdpl`` command in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PBGDPL = Path(sys.executable).with_name("pbgdpl")


class Cli:
    def __init__(self, data_dir: Path, env: dict):
        self.data_dir = data_dir
        self.env = env

    def __call__(self, *args: str, data_dir: bool = True, timeout: int = 300) -> subprocess.CompletedProcess:
        cmd = [str(PBGDPL), *args]
        if data_dir:
            cmd += ["--data-dir", str(self.data_dir)]
        return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=self.env, timeout=timeout)

    def json(self, *args: str) -> dict:
        result = self(*args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture
def cli(tmp_path) -> Cli:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    env.pop("PBGDPL_DATA_DIR", None)
    for name in ("LC_ALL", "LC_MESSAGES"):  # English messages unless a test asks for Vietnamese
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"
    return Cli(tmp_path / "data", env)
