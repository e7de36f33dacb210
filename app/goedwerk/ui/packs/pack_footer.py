"""Under the pack builder: the pack's total length with its clock times, and a warning when it
runs over its planned length."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from goedwerk.core.model import Pack
from goedwerk.core.workspace import format_minutes, packs
from goedwerk.ui.common.colours import colour, is_palette_change


class PackFooter(QWidget):
    """``total`` and ``warning`` of the shown pack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel(self)
        self.total.setObjectName("pack_total")
        self.warning = QLabel(self)
        self.warning.setObjectName("pack_warning")
        self.warning.setWordWrap(True)
        self._colour_warning()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.total)
        row.addWidget(self.warning, 1)

    def _colour_warning(self) -> None:
        self.warning.setStyleSheet(f"color: {colour('warning').name()}; font-weight: 600;")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_palette_change(event):
            self._colour_warning()

    def show_pack(self, pack: Pack | None) -> None:
        """Show the total and any overrun of ``pack`` (nothing for None)."""
        if pack is None:
            self.total.clear()
            self.warning.clear()
            return
        end = packs.end_time(pack)
        total = self.tr("Totaal: {time}").format(time=format_minutes(pack.minutes))
        if end and pack.start:
            total += f"  ({pack.start}–{end})"
        self.total.setText(total)
        over = packs.overrun(pack)
        self.warning.setText(
            self.tr("Let op: {over} langer dan gepland ({planned}).").format(
                over=format_minutes(over), planned=format_minutes(pack.planned_minutes or 0)
            )
            if over
            else ""
        )
