"""Logging set-up: one rotating file in the data folder's logs/, console output with --debug."""

from __future__ import annotations

import logging
import os
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 5


class RotatingLog(logging.FileHandler):
    """A log file of at most ``max_bytes``; the ``backups`` older ones are kept as ``<name>.1`` (newest) … ``.N``.

    What ``logging.handlers.RotatingFileHandler`` does; that module also brings socket, pickle and queue for its
    other handlers, about 7 ms of every start-up. When a file cannot be renamed (another pbgdpl holds it open on
    Windows), logging goes on in the current file rather than losing messages.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) + 1 > self.max_bytes:
                self.rollover()
        except Exception:  # noqa: BLE001  logging must never raise into the program (as logging does)
            self.handleError(record)
            return
        super().emit(record)

    def rollover(self) -> None:
        """Close the file, shift ``.1`` … ``.N-1`` up by one (dropping ``.N``), rename the file to ``.1``, reopen."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        try:
            for n in range(self.backups - 1, 0, -1):
                if os.path.exists(f"{base}.{n}"):
                    os.replace(f"{base}.{n}", f"{base}.{n + 1}")
            if self.backups > 0 and os.path.exists(base):
                os.replace(base, f"{base}.1")
        except OSError:
            pass
        self.stream = self._open()


def setup_logging(logs_dir: Path | None, debug: bool = False) -> Path | None:
    """Configure the ``app`` loggers; returns the log file path (None when no folder is given)."""
    root = logging.getLogger("app")
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    log_file = None
    if logs_dir is not None:
        logs_dir.mkdir(parents=True, exist_ok=True)
        log_file = logs_dir / "pbgdpl.log"
        handler = RotatingLog(log_file)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(console)
    if not root.handlers:  # nowhere to log: nothing, rather than Python's last-resort tracebacks on stderr
        root.addHandler(logging.NullHandler())
    root.propagate = False
    return log_file
