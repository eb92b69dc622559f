"""Progress reports yielded by long-running service generators."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """One step of a long job: ``done`` of ``total`` (0 when unknown), with a short label code."""

    done: int
    total: int
    label: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0
