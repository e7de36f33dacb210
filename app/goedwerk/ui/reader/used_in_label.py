"""Under the reader: "Gebruikt in …", the packs (with group and date) that hold the item shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from goedwerk.core.workspace import Use


class UsedInLabel(QLabel):
    """Plain text: the packs that used an item; hidden when none did."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("used_in")
        self.setTextFormat(Qt.TextFormat.PlainText)  # pack titles and groups are the user's text
        self.setWordWrap(True)
        self.setContentsMargins(6, 2, 6, 2)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_uses(self, uses: Sequence[Use]) -> None:
        """Show ``uses`` (or hide when there are none)."""
        self.setText(self.tr("Gebruikt in: {uses}").format(uses="; ".join(self.describe(u) for u in uses)))
        self.setVisible(bool(uses))

    def describe(self, use: Use) -> str:
        """One use in words: "Teamsessie (Team Vergunningen, 2026-11-03, gestart)"."""
        details = [part for part in (use.group.strip(), use.date or "") if part]
        if use.started:
            details.append(self.tr("gestart"))
        return f"{use.pack_title} ({', '.join(details)})" if details else use.pack_title
