"""build/measure_startup.py: times a program to its "main window shown" line, and never waits forever."""

from __future__ import annotations

import sys
import time

import pytest
from measure_startup import SHOWN_MARKER, StartupError, time_to_shown  # build/, put on the path by conftest


def _program(body: str) -> list[str]:
    return [sys.executable, "-c", body]


def test_the_time_to_the_marker_line_is_returned():
    seconds = time_to_shown(_program(f"import time; time.sleep(0.2); print({SHOWN_MARKER!r}, flush=True)"), timeout=20)
    assert 0.2 <= seconds < 20


def test_a_program_that_hangs_silently_times_out_with_its_output():
    """A program stuck in a modal box prints nothing more: the timeout must still end the wait."""
    start = time.perf_counter()
    with pytest.raises(StartupError) as err:
        time_to_shown(_program("import time; print('E-SOMETHING: stuck', flush=True); time.sleep(60)"), timeout=1.5)
    assert time.perf_counter() - start < 10
    assert "E-SOMETHING: stuck" in str(err.value)


def test_a_program_that_exits_without_the_marker_is_reported():
    with pytest.raises(StartupError) as err:
        time_to_shown(_program("import sys; print('E-SCHEMA-TOO-NEW: newer', flush=True); sys.exit(1)"), timeout=20)
    assert "exit 1" in str(err.value) and "E-SCHEMA-TOO-NEW" in str(err.value)
