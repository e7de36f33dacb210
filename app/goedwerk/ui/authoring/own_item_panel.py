"""What the own-question and own-guide editors share: the list, autosave, check results, delete.

A panel shows the own items in an ``OwnItemList``; a subclass makes its form (``_build``), fills
it (``_load``), reads it back (``edited``) and names the store calls (``_store``, ``_new``,
``_copy``, ``_delete``, ``_restore``). Every edit is saved a moment later; deleting asks first
and can be undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import Workspace
from goedwerk.ui.authoring.autosave import Autosave
from goedwerk.ui.authoring.own_item_list import OwnItemList


class OwnItemPanel(QWidget):
    """The shared part of an own-item editor; emits ``library_changed`` after every change."""

    library_changed = Signal()
    kind = ""  # "question" or "guide", as the library names the kind

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"own_{self.kind}s_panel")
        self.workspace, self.items = workspace, workspace.own_items
        self.current: Any = None
        self._deleted: Any = None
        self.autosave = Autosave(self._save, self)
        self.side = OwnItemList(self.kind, self)
        self.side.chosen.connect(self._choose)
        self.side.new_requested.connect(lambda: self.new_item())
        self.side.copy_requested.connect(self.copy_item)
        self.side.delete_requested.connect(lambda: self.delete_current())
        self.side.undo_requested.connect(lambda: self.undo_delete())
        self.problems, self.status = QLabel(self), QLabel(self)
        self.problems.setObjectName(f"own_{self.kind}_problems")
        self.status.setObjectName(f"own_{self.kind}_status")
        for label in (self.problems, self.status):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self._build()  # the subclass's form, placed with ``_place``
        self.retranslate()
        self.reload()

    def _place(self, form: QWidget) -> None:
        """The list on the left, ``form`` with the check results and the status on the right."""
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(form, 1)
        right_layout.addWidget(self.problems)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.side)
        splitter.addWidget(right)
        splitter.setSizes([280, 920])
        QVBoxLayout(self).addWidget(splitter)

    # -- what a subclass says ------------------------------------------------------------------

    def _build(self) -> None:
        """Make the form's widgets and ``_place`` them."""
        raise NotImplementedError

    def _load(self, item: Any) -> None:
        raise NotImplementedError

    def edited(self) -> Any:
        """The current item with what is typed (None when nothing is chosen)."""
        raise NotImplementedError

    def _originals(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def _owned(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def _problem_path(self) -> str:
        raise NotImplementedError

    def _delete_question(self, item: Any) -> tuple[str, str, str]:
        """The title and text of the delete question, and the text after deleting."""
        raise NotImplementedError

    def _store(self, item: Any) -> None:
        raise NotImplementedError

    def _new(self) -> Any:
        raise NotImplementedError

    def _copy(self, item_id: str) -> Any:
        raise NotImplementedError

    def _delete(self, item_id: str) -> Any:
        """Delete ``item_id``; what ``_restore`` needs to put it back."""
        raise NotImplementedError

    def _restore(self, token: Any) -> str:
        """Put a deleted item back; its id."""
        raise NotImplementedError

    # -- the list ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Show the own items, choosing ``select`` (or the current one)."""
        wanted = select or (self.current.id if self.current else None)
        self.side.set_originals(self._originals())
        self.side.set_items(self._owned(), wanted)

    def _choose(self, item_id: str) -> None:
        self.autosave.save_now()
        self.current = self.workspace.library.get(self.kind, item_id) if item_id else None
        self.side.buttons["delete"].setEnabled(self.current is not None)
        self._load(self.current)
        if self.current is not None:
            self._show_problems()
        else:
            self.problems.hide()

    # -- saving --------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self.current is not None:
            self.status.setText(self.tr("Wijzigingen…"))
            self.autosave.edited()

    def save_now(self) -> None:
        """Save a pending edit at once."""
        self.autosave.save_now()

    def _save(self) -> None:
        item = self.edited()
        if item is None:
            return
        try:
            self._store(item)
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Niet opgeslagen: {error}").format(error=exc))
            return
        self.current = self.workspace.library.get(self.kind, item.id) or item
        self.side.set_label(item.title or item.id)
        self.status.setText(self.tr("Opgeslagen."))
        self._show_problems()
        self.library_changed.emit()

    def _show_problems(self) -> None:
        path = self._problem_path()
        lines = [
            self.tr("regel {line}: {message}").format(line=p.line, message=p.message)
            for p in self.workspace.problems
            if path and p.path == path
        ]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    # -- new, copy, delete ---------------------------------------------------------------------

    def new_item(self) -> Any:
        """Write a new own item from the template and open it."""
        return self._made(self._new, self.tr("Niet gelukt: {error}"), "")

    def copy_item(self, item_id: str) -> Any:
        """Start an own item as a copy of the library's ``item_id`` and open it."""
        return self._made(
            lambda: self._copy(item_id),
            self.tr("Kopiëren niet gelukt: {error}"),
            self.tr("Eigen kopie gemaakt."),
        )

    def _made(self, make: Any, failed: str, done: str) -> Any:
        self.autosave.save_now()
        try:
            item = make()
        except (GoedWerkError, OSError) as exc:
            self.status.setText(failed.format(error=exc))
            return None
        self.library_changed.emit()
        self.reload(select=item.id)
        self.status.setText(done)
        self._focus()
        return self.current

    def _focus(self) -> None:
        """Put the cursor in the first field, its text selected."""

    def delete_current(self) -> bool:
        """Delete the current item after confirmation; it can be undone."""
        if self.current is None:
            return False
        title, question, gone = self._delete_question(self.current)
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return False
        self.autosave.drop()
        self._deleted = self._delete(self.current.id)
        self.current = None
        self.side.show_undo(gone)
        self.library_changed.emit()
        self.reload()
        return True

    def undo_delete(self) -> None:
        """Put the item deleted last back."""
        if self._deleted is None:
            return
        item_id = self._restore(self._deleted)
        self._deleted = None
        self.side.hide_undo()
        self.library_changed.emit()
        self.reload(select=item_id)
