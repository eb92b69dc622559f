"""Run pbgdpl with ``python -m app`` (and the frozen program's entry point)."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # A frozen program started as a helper process (bundle imports prepare files in one) runs that helper's
        # work here and exits; anything else returns at once.
        import multiprocessing

        multiprocessing.freeze_support()
    from app.cli import main

    raise SystemExit(main())
