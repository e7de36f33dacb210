"""The workspace's change reports as a Qt signal (after Anki's ``operation_did_execute``).

Core operations report what they changed (``goedwerk.core.model.Changes``) to the workspace's
listeners, in whatever thread they ran; ``ChangeRelay.changed`` delivers each report on the
relay's thread, so a screen connects to it and refreshes itself instead of keeping ad-hoc
"stale" flags in the window that owns it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from goedwerk.core.model import Changes
from goedwerk.core.workspace import Workspace


class ChangeRelay(QObject):
    """Re-emits the workspace's ``Changes`` as ``changed(changes)`` until ``close``."""

    changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        workspace.subscribe(self._heard)

    def _heard(self, changes: Changes) -> None:
        try:
            self.changed.emit(changes)
        except RuntimeError:  # the Qt object is gone: stop listening
            self.workspace.unsubscribe(self._heard)

    def close(self) -> None:
        """Stop relaying."""
        self.workspace.unsubscribe(self._heard)
