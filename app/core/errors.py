"""Typed errors with stable codes; the CLI and the GUI translate them at one boundary."""

from __future__ import annotations


class AppError(Exception):
    """Base of every expected error. ``code`` is stable and printed by the CLI."""

    code = "E-APP"

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def to_dict(self) -> dict:
        return {**{k: _plain(v) for k, v in self.details.items()}, "code": self.code, "message": self.message}


def _plain(value: object) -> object:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return str(value)


class UserFixableError(AppError):
    """The user can fix this (bad input, missing set-up)."""


class UsageError(UserFixableError):
    code = "E-USAGE"


class NotInitialisedError(UserFixableError):
    code = "E-NOT-INITIALISED"


class AlreadyInitialisedError(UserFixableError):
    code = "E-ALREADY-INITIALISED"


class OfficerChangeError(UserFixableError):
    """``init`` again with another officer's name: a hand-over is said with ``--officer-change``."""

    code = "E-OFFICER-CHANGE"


class DataFolderError(UserFixableError):
    """The data folder named is a file, or cannot be made or read."""

    code = "E-DATA-DIR"


class UnknownUnitError(UserFixableError):
    code = "E-UNIT-UNKNOWN"


class UnitNotExpectedError(UserFixableError):
    """A bundle or a key of a unit that is not on the upper level's expected list (``pbgdpl units add``)."""

    code = "E-UNIT-NOT-EXPECTED"


class DataFolderNotEmptyError(UserFixableError):
    code = "E-DATA-NOT-EMPTY"


class SchemaTooNewError(UserFixableError):
    code = "E-SCHEMA-TOO-NEW"


class DatabaseCorruptError(UserFixableError):
    code = "E-DB-CORRUPT"


class DatabaseFullError(UserFixableError):
    """The disk (or USB stick) holding the database is full; the transaction was undone."""

    code = "E-DB-FULL"


class DatabaseBusyError(UserFixableError):
    """Another program (or a second copy of pbgdpl) holds the database; nothing was written."""

    code = "E-DB-BUSY"


class DatabaseReadOnlyError(UserFixableError):
    """The database file or its folder cannot be written (write-protected drive, permissions)."""

    code = "E-DB-READONLY"


class DatabaseIOError(UserFixableError):
    """The drive failed to read or write the database (a USB stick pulled out, a failing disk)."""

    code = "E-DB-IO"


class FileMissingError(UserFixableError):
    code = "E-FILE-NOT-FOUND"


class FileFormatError(UserFixableError):
    code = "E-FILE-FORMAT"


class ImportRejectedError(UserFixableError):
    """The file was checked and has bad rows; nothing was written."""

    code = "E-IMPORT-INVALID"


class PeriodError(UserFixableError):
    code = "E-PERIOD"


class ValidationError(UserFixableError):
    code = "E-VALIDATION"


class RecordNotFoundError(UserFixableError):
    code = "E-NOT-FOUND"


class InternalError(AppError):
    """An unexpected error (a bug): logged with its traceback in logs/; the user sees this code and the log's place."""

    code = "E-INTERNAL"


class Cancelled(Exception):
    """The user cancelled a long job; silent."""
