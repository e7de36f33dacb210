"""The Favoriet action (Ctrl+D, the star in the toolbar) for the item being read.

``FavouriteStar`` shows whether the current item is a favourite (checked, filled star) and
stores the user's toggle; when the catalog refuses, it says why and the star goes back to what
is really stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import Workspace
from goedwerk.ui.common.actions import ActionCollection


class FavouriteStar(QObject):
    """Keeps ``actions.item_favourite`` in line with the workspace's favourites.

    Emits ``stored()`` after a change was stored, ``message(text)`` for the status bar and
    ``refused(title, text)`` when it could not be stored.
    """

    stored = Signal()
    message = Signal(str)
    refused = Signal(str, str)

    def __init__(
        self,
        window: QWidget,
        actions: ActionCollection,
        workspace: Workspace,
        current: Callable[[], tuple[str, str] | None],
    ) -> None:
        super().__init__(window)
        self.window, self.actions, self.workspace, self.current = window, actions, workspace, current
        self.action = actions.item_favourite
        self.action.toggled.connect(self._toggled)

    def update(self) -> None:
        """Enable the star for an item being read and check it when that item is a favourite."""
        current = self.current()
        self.action.setEnabled(current is not None)
        self.action.blockSignals(True)
        self.action.setChecked(current is not None and current in self.workspace.favourites())
        self.action.blockSignals(False)
        self.refresh_icon()

    def refresh_icon(self) -> None:
        """Draw the star filled or open, in the window's palette."""
        self.actions.refresh_icons(self.window.palette(), ("item_favourite",))

    def _toggled(self, on: bool) -> None:
        current = self.current()
        if current is None:
            return
        try:
            self.workspace.set_favourite(current[0], current[1], on)
        except GoedWerkError as exc:
            self.refused.emit(self.tr("Favoriet niet bewaard"), str(exc))
            self.update()  # the star shows what is really stored
            return
        self.stored.emit()
        self.refresh_icon()
        message = self.tr("Toegevoegd aan favorieten.") if on else self.tr("Verwijderd uit favorieten.")
        self.message.emit(message)
