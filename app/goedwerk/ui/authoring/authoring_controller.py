"""Wires Mijn verhalen into the main window: its actions, its window, copies of stories."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import Workspace
from goedwerk.ui.authoring.authoring_actions import AuthoringActions

if TYPE_CHECKING:  # imported when first opened: the start does not wait for the editor
    from goedwerk.ui.authoring.own_stories_window import OwnStoriesWindow

CurrentItem = Callable[[], "tuple[str, str] | None"]
COPYABLE = ("story", "guide", "question")  # the kinds an own copy can be made of


class AuthoringController(QObject):
    """Opens Mijn verhalen; emits ``library_changed`` when an own story was saved or deleted."""

    library_changed = Signal()
    message = Signal(str)

    def __init__(
        self, window: QWidget, workspace: Workspace, menus: dict[str, QMenu], current_item: CurrentItem
    ) -> None:
        super().__init__(window)
        self.window_parent = window
        self.workspace = workspace
        self.current_item = current_item
        self.actions = AuthoringActions(window)
        self.own_window: OwnStoriesWindow | None = None
        menus["file"].insertAction(menus["file"].actions()[0], self.actions.file_own_stories)
        menus["item"].addActions([self.actions.item_open_in_own, self.actions.item_copy_as_own])
        self.actions.file_own_stories.triggered.connect(lambda: self.open_window())
        self.actions.item_open_in_own.triggered.connect(lambda: self.open_current())
        self.actions.item_copy_as_own.triggered.connect(lambda: self.copy_current())
        self.update_actions()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.actions.retranslate()
        self.update_actions()

    def update_actions(self) -> None:
        """Opening needs a story or an own guide or question; copying any story, guide or question."""
        current = self.current_item()
        kind = current[0] if current else ""
        editable = bool(current) and kind in COPYABLE and self.workspace.own.editable(*current)
        self.actions.item_copy_as_own.setEnabled(kind in COPYABLE)
        self.actions.item_open_in_own.setEnabled(kind == "story" or editable)
        self.actions.set_editable(editable)

    def open_current(self) -> None:
        """Open the item being read in Mijn verhalen: to edit, or (a story) read-only with a copy button."""
        current = self.current_item()
        if current and current[0] in COPYABLE:
            self.open_window().show_item(*current)

    def open_window(self) -> OwnStoriesWindow:
        """Show Mijn verhalen (made on first use)."""
        if self.own_window is None:
            from goedwerk.ui.authoring.own_stories_window import OwnStoriesWindow

            self.own_window = OwnStoriesWindow(self.workspace, self.window_parent)
            self.own_window.library_changed.connect(self.library_changed)
        self.own_window.show()
        self.own_window.raise_()
        self.own_window.activateWindow()
        return self.own_window

    def copy_current(self) -> None:
        """Start an own story, guide or question as a copy of the one being read, and open it."""
        current = self.current_item()
        if not current or current[0] not in COPYABLE:
            return
        kind, item_id = current
        copies = {
            "story": self.workspace.own.copy,
            "guide": self.workspace.own_items.copy_guide,
            "question": self.workspace.own_items.copy_question,
        }
        try:
            copy = copies[kind](item_id)
        except (GoedWerkError, OSError) as exc:
            self.message.emit(self.tr("Kopiëren niet gelukt: {error}").format(error=exc))
            return
        self.library_changed.emit()
        self.open_window().show_item(kind, copy.id)
        self.message.emit(self.tr("Eigen kopie gemaakt: {title}").format(title=copy.title))
