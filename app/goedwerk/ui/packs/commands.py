"""Undo commands for pack edits: each keeps the pack before and after one change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from goedwerk.core.model import Pack

MERGE_ID = 4711


class PackEdit(QUndoCommand):
    """One change to a pack; typing in the same field merges into one command."""

    def __init__(
        self,
        apply: Callable[[Pack], None],
        before: Pack,
        after: Pack,
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, PackEdit)
            or other.merge_key != self.merge_key
            or other.before.id != self.after.id
        ):
            return False
        self.after = other.after
        return True
