"""Exception types of the core; the UI and CLI turn them into messages for the user."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from goedwerk.core.model import Problem


class GoedWerkError(Exception):
    """Base class of every error the core raises on purpose."""


class ContentError(GoedWerkError):
    """Content (a library or a pack file) has problems; ``problems`` lists them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(p.format() for p in self.problems))


class NotFoundError(GoedWerkError):
    """An item, pack or file that was asked for does not exist."""


class NameClashError(GoedWerkError):
    """Something with the same name exists already (``title``); the caller asks what to do."""

    def __init__(self, message: str, title: str) -> None:
        super().__init__(message)
        self.title = title


class ReadOnlyError(GoedWerkError):
    """Something may not be written where it is: the bundled library or a read-only source."""


class CatalogError(GoedWerkError):
    """The catalog database cannot be opened, read or written."""


class CatalogUnavailableError(CatalogError):
    """The catalog cannot be read or written now (a full disk, an I/O error), but is not damaged.

    ``disk_full`` is True when the disk has no space left.
    """

    def __init__(self, message: str, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


class SearchError(GoedWerkError):
    """The search index cannot be opened or written."""


class ExportError(GoedWerkError):
    """A pack could not be exported or printed (e.g. the PDF file cannot be written)."""
