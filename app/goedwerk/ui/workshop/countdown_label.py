"""The countdown the group sees: the time left in the block, in a corner of the audience view.

Off by default (T toggles it in the presenter). At zero it turns into a calm "Tijd is om" in the
accent colour, with no blinking; the bell, when the facilitator wants it, is the presenter's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from goedwerk.core.workspace import WorkshopSession, format_duration
from goedwerk.ui.workshop.audience_pages import ACCENT, MUTED, Style


class CountdownLabel(QLabel):
    """Time left in the current block for the room; ``at_zero`` tells whether time is up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience_countdown")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.at_zero = False
        self.hide()

    def show_session(self, session: WorkshopSession, style: Style, blank: bool) -> None:
        """Show the session's time left (hidden when off, blanked or without blocks)."""
        visible = session.countdown and not blank and session.current_block is not None
        self.setVisible(visible)
        if not visible:
            return
        left = session.time_left()
        at_zero = session.started and left <= 0
        text = self.tr("Tijd is om") if at_zero else format_duration(max(0.0, left))
        if text != self.text() or at_zero != self.at_zero or not self.styleSheet():
            self.at_zero = at_zero
            colour = ACCENT if at_zero else MUTED
            border = f"border: 3px solid {ACCENT}; border-radius: 12px;" if at_zero else "border: none;"
            self.setStyleSheet(f"#audience_countdown {{ color: {colour}; {border} padding: 4px 18px; }}")
            self.setText(text)
        font = style.font()
        font.setPointSizeF(style.points * 1.3)
        font.setBold(True)
        if font != self.font():
            self.setFont(font)
        self.setAccessibleName(self.tr("Resterende tijd"))
