"""Time from process start to "main window shown" for a pbgdpl command line (frozen or from the venv).

The program is started with $PBGDPL_EXIT_WHEN_SHOWN=1: ``bootstrap.main`` then calls
``app.probe.exit_when_shown(window)``, which prints ``PBGDPL-MAIN-WINDOW-SHOWN`` once the window is exposed
and quits. The time is taken in this process, from just before the start to the moment that line arrives,
so it includes the frozen program's bootloader. The data folder must already be set up (``pbgdpl demo`` or
``pbgdpl init``), otherwise the first-run wizard opens instead of the main window.

As a function (``make bench`` calls it)::

    from measure_startup import measure_startup
    seconds = measure_startup(["dist/pbgdpl/pbgdpl", "--data-dir", folder], runs=5)   # median

As a script::

    python build/measure_startup.py [--runs 5] -- dist/pbgdpl/pbgdpl --data-dir .demo-data
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from typing import Sequence

SHOWN_ENV = "PBGDPL_EXIT_WHEN_SHOWN"  # the same names as app.probe; this file must not import app
SHOWN_MARKER = "PBGDPL-MAIN-WINDOW-SHOWN"


class StartupError(RuntimeError):
    """The program exited, or timed out, without showing its main window."""


def time_to_shown(command: Sequence[str], env: dict[str, str] | None = None, timeout: float = 60.0) -> float:
    """Start ``command`` once and return the seconds until it reports its main window shown.

    Args:
        command: the program and its arguments, e.g. ``[".venv/bin/pbgdpl", "--data-dir", folder]``.
        env: the environment (default: this one, with QT_QPA_PLATFORM=offscreen unless set).
        timeout: give up after this many seconds.

    Raises:
        StartupError: with the program's output, when the marker never came.
    """
    env = dict(os.environ if env is None else env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env[SHOWN_ENV] = "1"
    start = time.perf_counter()
    proc = subprocess.Popen(list(command), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                            text=True, encoding="utf-8", errors="replace")
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:  # a thread, so that a program that hangs silently (a modal box) still times out
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    seen: list[str] = []
    shown = None
    try:
        while True:
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                break
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:  # the program ended
                break
            if SHOWN_MARKER in line:  # the marker line is flushed as soon as it is printed
                shown = time.perf_counter() - start
                break
            seen.append(line)
        if shown is not None:
            proc.wait(timeout=max(1.0, timeout - (time.perf_counter() - start)))
    except subprocess.TimeoutExpired:
        pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    lines_text = "".join(seen[-20:])
    if shown is None:
        raise StartupError(f"{command[0]} never showed its main window (exit {proc.returncode}):\n" + lines_text)
    return shown


def measure_startup(command: Sequence[str], runs: int = 5, warmup: int = 1, env: dict[str, str] | None = None) -> float:
    """Return the median time to main window shown over ``runs`` starts, after ``warmup`` unrecorded ones."""
    for _ in range(warmup):
        time_to_shown(command, env)
    return statistics.median(time_to_shown(command, env) for _ in range(runs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- PROGRAM [ARGS…]")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command line to measure after --")
    try:
        seconds = measure_startup(command, args.runs, args.warmup)
    except StartupError as exc:
        print(f"measure_startup: {exc}", file=sys.stderr)
        return 1
    print(f"{seconds:.3f} s to main window shown (median of {args.runs}): {' '.join(command)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
