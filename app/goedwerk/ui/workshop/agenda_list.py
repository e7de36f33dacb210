"""The whole pack at a glance: every block with its planned times, done, current or to come."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from goedwerk.core.workspace import WorkshopSession, escape, schedule
from goedwerk.ui.common.colours import is_palette_change
from goedwerk.ui.common.resources import muted_color


class AgendaList(QWidget):
    """A compact programme of the pack; the current block stands out, earlier blocks are muted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_agenda")
        self.session: WorkshopSession | None = None
        self.heading = QLabel(self)
        self._style_heading()
        self.table = QLabel(self)
        self.table.setObjectName("agenda_table")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)

    def _style_heading(self) -> None:
        self.heading.setStyleSheet(f"font-weight: 600; color: {muted_color(self.palette()).name()};")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_palette_change(event):
            self._style_heading()
            if self.session is not None:
                self.show_session(self.session)

    def show_session(self, session: WorkshopSession) -> None:
        """Show the pack's blocks, marking where the run is."""
        self.session = session
        self.heading.setText(self.tr("PROGRAMMA"))
        self.setAccessibleName(self.tr("Programma"))
        muted = muted_color(self.palette()).name()
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        rows = []
        for index, slot in enumerate(schedule(session.pack)):
            if index < session.block:
                style, mark = f"color: {muted};", "✓"
            elif index == session.block:
                style, mark = f"color: {accent}; font-weight: 600;", "▶"
            else:
                style, mark = "", ""
            rows.append(
                f'<tr style="{style}"><td width="22">{mark}</td>'
                f'<td width="110">{slot.start}–{slot.end}</td>'
                f"<td>{escape(slot.block.title)}</td></tr>"
            )
        self.table.setText(
            f'<table cellspacing="0" cellpadding="3" style="font-size: 12pt;">{"".join(rows)}</table>'
        )
