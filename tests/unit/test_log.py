"""The program's log file: one file in the data folder's logs/, rotated by size, older files kept and numbered."""

from __future__ import annotations

import logging

import pytest

from app.log import RotatingLog, setup_logging


@pytest.fixture
def app_log():
    """The ``app`` logger, with its handlers closed after the test (Windows could not delete an open file)."""
    yield logging.getLogger("app")
    setup_logging(None)


def test_setup_logging_writes_vietnamese_lines_to_the_data_folder(tmp_path, app_log):
    log_file = setup_logging(tmp_path / "logs")
    logging.getLogger("app.test").info("mở thư mục %s", "Xã Đại Từ")
    for handler in app_log.handlers:
        handler.flush()
    assert log_file == tmp_path / "logs" / "pbgdpl.log"
    text = log_file.read_text(encoding="utf-8")
    assert "INFO app.test: mở thư mục Xã Đại Từ" in text


def test_a_full_log_moves_to_dot_1_and_the_oldest_is_dropped(tmp_path, app_log):
    path = tmp_path / "pbgdpl.log"
    handler = RotatingLog(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    app_log.addHandler(handler)
    lines = [f"line {n:03d} " + "x" * 60 for n in range(12)]  # ~70 bytes each: three lines fit in 200 bytes
    for line in lines:
        logging.getLogger("app.test").warning(line)
    handler.flush()

    kept = {p.name for p in tmp_path.iterdir()}
    assert kept == {"pbgdpl.log", "pbgdpl.log.1", "pbgdpl.log.2"}
    current, newer, older = (
        (tmp_path / name).read_text(encoding="utf-8").splitlines() for name in ("pbgdpl.log", "pbgdpl.log.1", "pbgdpl.log.2")
    )
    # No file grows past the limit, and the three files hold the most recent lines in order, none lost between them.
    assert all((tmp_path / name).stat().st_size <= 200 for name in kept)
    assert older + newer + current == lines[-len(older + newer + current) :]
    assert current[-1] == lines[-1]


def test_a_log_that_cannot_be_renamed_keeps_logging_in_place(tmp_path, app_log, monkeypatch):
    path = tmp_path / "pbgdpl.log"
    handler = RotatingLog(path, max_bytes=100, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    app_log.addHandler(handler)

    def refuse(src, dst):  # Windows: another pbgdpl holds the file open
        raise PermissionError(13, "in use", src)

    monkeypatch.setattr("app.log.os.replace", refuse)
    for n in range(5):
        logging.getLogger("app.test").warning("message %d %s", n, "y" * 40)
    handler.flush()
    assert [p.name for p in tmp_path.iterdir()] == ["pbgdpl.log"]
    assert [line.split()[1] for line in path.read_text(encoding="utf-8").splitlines()] == ["0", "1", "2", "3", "4"]
