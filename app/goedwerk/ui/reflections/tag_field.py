"""A line of comma-separated tags (themes or values) that completes known names as you type."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from goedwerk.core.workspace import resolve_tags


class _LastTagCompleter(QCompleter):
    """Completes only the tag after the last comma and keeps the tags before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + str(index.data(Qt.ItemDataRole.DisplayRole)) + ", "


class TagField(QLineEdit):
    """Tags as ``"Integriteit, Moed"``; known names become ids, other words stay as typed."""

    tags_edited = Signal()

    def __init__(self, known: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = dict(known)
        completer = _LastTagCompleter(QStringListModel(sorted(self.known.values(), key=str.casefold)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.textEdited.connect(lambda _text: self.tags_edited.emit())
        completer.activated.connect(lambda _text: self.tags_edited.emit())

    def tags(self) -> tuple[str, ...]:
        """The tags as ids (known names) or as typed."""
        return resolve_tags(self.text(), self.known)

    def set_tags(self, tags: Iterable[str]) -> None:
        """Show ``tags`` by their names, without reporting an edit."""
        self.setText(", ".join(self.known.get(t, t) for t in tags))
