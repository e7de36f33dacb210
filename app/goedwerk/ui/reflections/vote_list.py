"""The votes in the harvest: each vote of the shown packs and dates, with its hands per option."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from goedwerk.core.workspace import Vote


class VoteList(QLabel):
    """The shown votes as plain text lines; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("harvest_votes")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.votes: list[Vote] = []
        self.hide()

    def set_votes(self, votes: list[Vote]) -> None:
        """Show ``votes`` (newest first)."""
        self.votes = votes
        self.setVisible(bool(votes))
        lines = [self.tr("Stemmingen")]
        for vote in votes:
            where = " · ".join(p for p in (vote.pack_title, vote.block_title, vote.date) if p)
            lines.append(f"{where} — {vote.result_text()}")
        self.setText("\n".join(lines))
        self.setAccessibleName(self.tr("Stemmingen"))
