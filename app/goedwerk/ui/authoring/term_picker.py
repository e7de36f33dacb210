"""A filterable list of checkable terms (themes, values cards, questions) for the story form."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class TermPicker(QWidget):
    """Check terms in a list; type in the field above it to narrow the list. Emits ``changed``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._narrow)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(90)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def set_terms(self, terms: Iterable[tuple[str, str]], checked: Iterable[str]) -> None:
        """Show ``(id, label)`` terms, checking those in ``checked`` (labels are plain text)."""
        wanted = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for term_id, label in terms:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, term_id)
            item.setToolTip(term_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if term_id in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._narrow(self.filter.text())

    def checked(self) -> tuple[str, ...]:
        """The ids of the checked terms, in list order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, term_id: str, on: bool = True) -> None:
        """Check or uncheck one term (as a click would)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == term_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _narrow(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())
