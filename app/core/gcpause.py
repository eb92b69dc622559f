"""Pause Python's cyclic garbage collector around bulk work (an import or export of 100,000 records).

Such work allocates hundreds of thousands of objects that live until it ends and form no cycles worth
collecting; every collection on the way walks all of them again (about a second at 100,000 records). The
collector is process-wide: nested or concurrent pauses (the import's writer and its helper thread) are counted,
and it is enabled again, if it was enabled before the first one, when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_state = {"depth": 0, "was_enabled": True}


@contextmanager
def gc_paused() -> Iterator[None]:
    with _lock:
        if _state["depth"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_enabled"]:
                gc.enable()
