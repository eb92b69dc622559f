"""The PyInstaller spec carries every file under resources/ and db/ that the program opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import bundle_data
import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run the smoke test from source with an audit hook that records every file opened under resources/ or db/.
_RECORD_OPENS = r"""
import json, os, sys
root = os.path.realpath(sys.argv[1])
opened = set()
def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.realpath(os.fsdecode(args[0]))
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        if rel.split("/", 1)[0] in ("resources", "db") and os.path.isfile(path):
            opened.add(rel)
sys.addaudithook(hook)
from app.smoke import run_smoke_test
code = run_smoke_test(None)
print("OPENED=" + json.dumps(sorted(opened)))
sys.exit(code)
"""


@pytest.fixture(scope="module")
def opened_by_smoke_test() -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-c", _RECORD_OPENS, str(ROOT)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("OPENED="))
    return json.loads(line.removeprefix("OPENED="))


def test_every_file_the_smoke_test_opens_is_in_the_spec_data(opened_by_smoke_test):
    shipped = bundle_data.bundled_relative(bundle_data.data_files())
    assert opened_by_smoke_test, "the audit hook saw no resource being opened"
    assert {"db/migrations/0001_initial.sql", "resources/catalogs/forms.json"} <= set(opened_by_smoke_test)
    missing = sorted(set(opened_by_smoke_test) - shipped)
    assert not missing, f"opened at run time but not in the build: {missing}"


def test_every_file_under_resources_and_db_is_shipped_or_excluded_for_a_stated_reason():
    shipped = bundle_data.bundled_relative(bundle_data.data_files())
    for relative in bundle_data.source_files():
        if relative not in shipped:
            reasons = [why for pat, why in bundle_data.NOT_SHIPPED.items() if Path(relative).match(pat)]
            assert reasons, f"{relative} is neither shipped nor listed in bundle_data.NOT_SHIPPED"


def test_catalogs_migrations_fonts_and_compiled_translations_are_shipped():
    shipped = bundle_data.bundled_relative(bundle_data.data_files())
    for relative in bundle_data.source_files():
        if relative.endswith((".json", ".ttf", ".qm", ".svg", ".png", ".ico")) or relative.startswith("db/migrations/"):
            assert relative in shipped, relative


def test_data_files_keep_the_repository_layout_that_app_paths_expects():
    for source, dest in bundle_data.data_files():
        relative = Path(source).resolve().relative_to(ROOT).as_posix()
        assert relative == f"{dest}/{Path(source).name}"


def test_translation_sources_and_the_schema_snapshot_stay_out(tmp_path):
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "app_vi.ts").write_text("<TS/>")
    (tmp_path / "resources" / "translations" / "app_vi.qm").write_bytes(b"qm")
    (tmp_path / "db" / "migrations").mkdir(parents=True)
    (tmp_path / "db" / "schema.sql").write_text("--")
    (tmp_path / "db" / "migrations" / "0001_initial.sql").write_text("--")
    shipped = bundle_data.bundled_relative(bundle_data.data_files(tmp_path))
    assert shipped == {"resources/translations/app_vi.qm", "db/migrations/0001_initial.sql"}


def test_the_spec_takes_its_data_list_and_name_from_the_shared_sources():
    spec = (ROOT / "build" / "pbgdpl.spec").read_text(encoding="utf-8")
    assert "datas = data_files(ROOT)" in spec
    assert "from app import APP_NAME, __version__" in spec
    assert "--workpath" not in spec or ".pyi-work" in spec
