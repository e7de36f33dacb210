"""Delete the reflection chosen in the harvest, after a question, with an undo button after it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import Reflection, ReflectionStore


class DeleteBar(QWidget):
    """ "Verwijderen…" and, after a deletion, "Ongedaan maken". Emits ``changed`` after either."""

    changed = Signal()

    def __init__(
        self, store: ReflectionStore, chosen: Callable[[], Reflection | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen = chosen
        self.deleted: Reflection | None = None
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("harvest_delete")
        self.delete_button.clicked.connect(lambda: self.delete_chosen())
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("harvest_undo_delete")
        self.undo_button.clicked.connect(lambda: self.undo())
        self.undo_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.delete_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.delete_button.setText(self.tr("Verwijderen…"))
        self.delete_button.setAccessibleName(self.tr("Gekozen reflectie verwijderen"))
        self.undo_button.setText(self.tr("Ongedaan maken"))
        self.undo_button.setAccessibleName(self.tr("Verwijderde reflectie terugzetten"))

    def delete_chosen(self) -> bool:
        """Ask, then delete the chosen reflection; True when it was deleted."""
        reflection = self.chosen()
        if reflection is None:
            return False
        where = " · ".join(p for p in (reflection.pack_title, reflection.scope, reflection.date) if p)
        answer = QMessageBox.question(
            self,
            self.tr("Reflectie verwijderen"),
            self.tr("De reflectie ‘{where}’ verwijderen? Je kunt dit daarna nog ongedaan maken.").format(
                where=where
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.deleted = self.store.delete(reflection.id)
        except GoedWerkError as exc:
            QMessageBox.warning(self, self.tr("Verwijderen mislukt"), str(exc))
            return False
        self.undo_button.show()
        self.changed.emit()
        return True

    def undo(self) -> None:
        """Put the last deleted reflection back."""
        if self.deleted is None:
            return
        try:
            self.store.save(self.deleted)
        except GoedWerkError as exc:
            QMessageBox.warning(self, self.tr("Terugzetten mislukt"), str(exc))
            return
        self.deleted = None
        self.undo_button.hide()
        self.changed.emit()
