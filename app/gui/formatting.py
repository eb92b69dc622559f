"""How values are shown: dates dd/mm/yyyy, counts and money with Vietnamese thousands separators."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def format_date(value: date | str | None) -> str:
    """``date(2026, 11, 9)`` or ``"2026-11-09"`` → ``"09/11/2026"``; empty for None."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_count(value: int | None) -> str:
    """``1500000`` → ``"1.500.000"`` (Vietnamese thousands separator)."""
    if value is None:
        return ""
    return f"{int(value):,}".replace(",", ".")


def format_money(value: int | None) -> str:
    """``1500000`` → ``"1.500.000 đ"``."""
    if value is None:
        return ""
    return f"{format_count(value)} đ"


def parse_count(text: str) -> int | None:
    """Read a number typed with or without separators ("1.500.000", "1 500 000", "1500000"); None if not one."""
    cleaned = text.strip().replace(".", "").replace(",", "").replace(" ", "").replace("đ", "").replace("\u00a0", "")
    if cleaned.startswith("-") and cleaned[1:].isdigit():
        return -int(cleaned[1:])
    return int(cleaned) if cleaned.isdigit() else None


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None
