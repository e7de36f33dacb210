"""The whole pack at a glance: every block with its kind, its times re-timed live, and the end.

Each block shows the sign and tint of its kind (``ui/common/block_colours``). Times come from
``retimed``: when +5, a pause or an overrun moves a block, its new expected times stand next to
the planned ones, and the last line gives the new expected end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from goedwerk.core.workspace import Retimed, WorkshopSession, escape, retimed
from goedwerk.ui.common.block_colours import kind_colour, kind_sign
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
        self.rows: list[Retimed] = []
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
        """Show the pack's blocks, marking where the run is, with their expected times now."""
        self.session = session
        self.heading.setText(self.tr("PROGRAMMA"))
        self.setAccessibleName(self.tr("Programma"))
        self.rows = retimed(session)
        html = "".join(self._row(index, row, session.block) for index, row in enumerate(self.rows))
        html += self._end_row(session)
        text = f'<table cellspacing="0" cellpadding="3" style="font-size: 12pt;">{html}</table>'
        if text != self.table.text():
            self.table.setText(text)

    def expected_times(self) -> list[str]:
        """Each block's expected ``start–end`` as shown."""
        return [f"{r.expected.start}–{r.expected.end}" for r in self.rows]

    def _row(self, index: int, row: Retimed, current: int) -> str:
        muted = muted_color(self.palette()).name()
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        if index < current:
            style, mark = f"color: {muted};", "✓"
        elif index == current:
            style, mark = f"color: {accent}; font-weight: 600;", "▶"
        else:
            style, mark = "", ""
        block = row.planned.block
        tint = kind_colour(block.kind, self.palette()).name()
        times = f"{row.planned.start}–{row.planned.end}"
        if row.moved and index >= current:
            times = f"<s>{times}</s> <b>{row.expected.start}–{row.expected.end}</b>"
        return (
            f'<tr style="{style}"><td width="22">{mark}</td>'
            f'<td bgcolor="{tint}" align="center" width="26">{escape(kind_sign(block.kind))}</td>'
            f'<td width="150">{times}</td><td>{escape(block.title)}</td></tr>'
        )

    def _end_row(self, session: WorkshopSession) -> str:
        times = session.end_times()
        if times is None or times[0] == times[1]:
            return ""
        text = self.tr("Nieuw verwacht einde: {time} (gepland {planned})").format(
            time=times[1], planned=times[0]
        )
        return f'<tr><td></td><td></td><td colspan="2"><b>{escape(text)}</b></td></tr>'
