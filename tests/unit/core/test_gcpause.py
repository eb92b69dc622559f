"""The collector is paused during bulk work and enabled again after the last of nested or concurrent pauses."""

from __future__ import annotations

import gc
import threading

from app.core.gcpause import gc_paused


def test_nested_and_concurrent_pauses_enable_the_collector_once_the_last_ends():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        inside = threading.Event()
        leave = threading.Event()

        def helper() -> None:
            with gc_paused():
                inside.set()
                leave.wait(5)

        t = threading.Thread(target=helper)
        t.start()
        inside.wait(5)
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()  # the helper still works
    leave.set()
    t.join(5)
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
