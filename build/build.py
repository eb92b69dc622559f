"""Build the one-folder pbgdpl program, archive it and check it against the size budget (``make package``).

Usage: python build/build.py [--clean] [--no-archive] [--portable] [--report-only]

Steps: compile the .qm translations, run PyInstaller on build/pbgdpl.spec with its work folder in
.pyi-work/ and its output in dist/ (never under build/), check that every data file is in the bundle,
write dist/pbgdpl-<version>-<platform>.tar.gz (.zip on Windows), then print the budget:
unpacked folder < 150 MB, archive < 60 MB (1 MB = 1,000,000 bytes). Exit 1 when a step fails or a budget
is exceeded (so CI catches a size regression); --report-only prints the budget without failing. The same
script runs on the Windows runner.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from app import APP_NAME, __version__  # noqa: E402
from app.paths import PORTABLE_MARKER  # noqa: E402
from bundle_data import bundled_relative, data_files  # noqa: E402

PORTABLE_TEXT = (
    "pbgdpl portable mode: while this file is here, pbgdpl keeps its data in the folder \"data\" beside it.\n"
    "Chế độ di động: khi có tệp này, pbgdpl lưu dữ liệu trong thư mục \"data\" bên cạnh chương trình.\n"
)

WORK = ROOT / ".pyi-work"
DIST = ROOT / "dist"
SPEC = HERE / "pbgdpl.spec"
MB = 1_000_000
BUDGET_FOLDER_MB = 150
BUDGET_ARCHIVE_MB = 60
ARCHIVE_LEVEL = 6  # gzip/deflate level; -9 measured 0.2 MB (0.4 %) smaller for 2.5 times the time: not worth it


def program_folder() -> Path:
    return DIST / APP_NAME


def executable(folder: Path | None = None, cli: bool = True) -> Path:
    """Return the built program's path (on Windows the console twin ``pbgdpl-cli.exe`` when ``cli``)."""
    folder = folder or program_folder()
    if sys.platform == "win32":
        return folder / (f"{APP_NAME}-cli.exe" if cli else f"{APP_NAME}.exe")
    return folder / APP_NAME


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def folder_size(folder: Path) -> tuple[int, int]:
    """Return (bytes, files) of everything under ``folder``, counting symlinks once as links."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            total += path.lstat().st_size
            count += 1
    return total, count


def compile_translations() -> None:
    subprocess.run([sys.executable, "-m", "app.i18n_build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def run_pyinstaller(clean: bool) -> float:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--workpath", str(WORK), "--distpath", str(DIST), str(SPEC)]
    if clean:
        cmd.insert(3, "--clean")
    start = time.monotonic()
    subprocess.run(cmd, cwd=ROOT, check=True)
    return time.monotonic() - start


def check_data(folder: Path) -> list[str]:
    """Return the data files the spec promises that are missing from the built folder."""
    internal = folder / "_internal"
    base = internal if internal.is_dir() else folder
    return sorted(rel for rel in bundled_relative(data_files(ROOT)) if not (base / rel).is_file())


def write_archive(folder: Path, portable: bool = False) -> Path:
    """Write the archive of ``folder``; ``portable`` adds the marker file that keeps data beside the program."""
    stem = f"{APP_NAME}-{__version__}-{platform_tag()}" + ("-portable" if portable else "")
    marker = (PORTABLE_MARKER, PORTABLE_TEXT.encode("utf-8"))
    if sys.platform == "win32":
        target = DIST / f"{stem}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=ARCHIVE_LEVEL) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, Path(APP_NAME) / path.relative_to(folder))
            if portable:
                zf.writestr(f"{APP_NAME}/{marker[0]}", marker[1])
    else:
        target = DIST / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=ARCHIVE_LEVEL) as tf:
            tf.add(folder, arcname=APP_NAME)
            if portable:
                info = tarfile.TarInfo(f"{APP_NAME}/{marker[0]}")
                info.size, info.mtime, info.mode = len(marker[1]), int(time.time()), 0o644
                tf.addfile(info, io.BytesIO(marker[1]))
    return target


def report_budget(folder: Path, archive: Path | None) -> bool:
    """Print the budget lines; return True when within budget."""
    size, files = folder_size(folder)
    ok = size < BUDGET_FOLDER_MB * MB
    print(f"budget: unpacked folder {size / MB:6.1f} MB of {BUDGET_FOLDER_MB} MB  ({files} files)  "
          f"{'OK' if ok else 'OVER BUDGET'}")
    if archive is not None:
        asize = archive.stat().st_size
        aok = asize < BUDGET_ARCHIVE_MB * MB
        print(f"budget: {archive.name} {asize / MB:6.1f} MB of {BUDGET_ARCHIVE_MB} MB  {'OK' if aok else 'OVER BUDGET'}")
        ok = ok and aok
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache and work folder first")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz/.zip")
    parser.add_argument("--portable", action="store_true", help="also write a -portable archive (data beside the program)")
    parser.add_argument("--report-only", action="store_true", help="print the size budget but do not fail when over it")
    parser.add_argument("--enforce-budget", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for old scripts
    args = parser.parse_args(argv)

    start = time.monotonic()
    compile_translations()
    folder = program_folder()
    if folder.exists():
        shutil.rmtree(folder)  # PyInstaller --noconfirm does the same; a stale folder must not mask a failure
    pyi_seconds = run_pyinstaller(args.clean)
    missing = check_data(folder)
    if missing:
        print("build: data files missing from the bundle:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    if not executable(folder).exists():
        print(f"build: {executable(folder)} was not built", file=sys.stderr)
        return 1
    archive = None if args.no_archive else write_archive(folder)
    if args.portable and not args.no_archive:
        print(f"build: portable archive {write_archive(folder, portable=True).name}")
    total = time.monotonic() - start
    print(f"build: {APP_NAME} {__version__} in {folder.relative_to(ROOT)} "
          f"(PyInstaller {pyi_seconds:.1f} s, total {total:.1f} s on {os.cpu_count()} cores)")
    within = report_budget(folder, archive)
    if not within:
        print("build: over the size budget (docs/packaging.md, 'Size budget', says what is left to drop)",
              file=sys.stderr)
        if not args.report_only:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
