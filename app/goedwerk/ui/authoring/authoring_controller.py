"""Wires Mijn verhalen into the main window: its actions, its window, copies of stories."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import Workspace
from goedwerk.ui.authoring.authoring_actions import AuthoringActions
from goedwerk.ui.authoring.own_stories_window import OwnStoriesWindow

CurrentItem = Callable[[], "tuple[str, str] | None"]


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
        menus["item"].addAction(self.actions.item_copy_as_own)
        self.actions.file_own_stories.triggered.connect(lambda: self.open_window())
        self.actions.item_copy_as_own.triggered.connect(lambda: self.copy_current())
        self.update_actions()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.actions.retranslate()

    def update_actions(self) -> None:
        """Copying is possible while a story is shown."""
        current = self.current_item()
        self.actions.item_copy_as_own.setEnabled(bool(current) and current[0] == "story")

    def open_window(self) -> OwnStoriesWindow:
        """Show Mijn verhalen (made on first use)."""
        if self.own_window is None:
            self.own_window = OwnStoriesWindow(self.workspace, self.window_parent)
            self.own_window.library_changed.connect(self.library_changed)
        self.own_window.show()
        self.own_window.raise_()
        self.own_window.activateWindow()
        return self.own_window

    def copy_current(self) -> None:
        """Start an own story as a copy of the story being read, and open it."""
        current = self.current_item()
        if not current or current[0] != "story":
            return
        try:
            copy = self.workspace.own.copy(current[1])
        except (GoedWerkError, OSError) as exc:
            self.message.emit(self.tr("Kopiëren niet gelukt: {error}").format(error=exc))
            return
        self.library_changed.emit()
        self.open_window().open_story(copy.id)
        self.message.emit(self.tr("Eigen kopie gemaakt: {title}").format(title=copy.title))
