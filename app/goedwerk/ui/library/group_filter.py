"""The search filter "nog niet gebruikt met groep …": a list of the groups the packs name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

GroupsFn = Callable[[], list[str]]


class GroupFilter(QComboBox):
    """Choose a group whose items to leave out; the groups are read again on every opening."""

    group_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_filter")
        self.source: GroupsFn = list
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _i: self.group_changed.emit(self.group()))
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.setAccessibleName(self.tr("Nog niet gebruikt met groep"))
        self.fill()

    def set_source(self, source: GroupsFn) -> None:
        """``source()`` gives the group names to offer."""
        self.source = source
        self.fill()

    def fill(self) -> None:
        """Offer the groups of ``source`` again, keeping the chosen one."""
        current = self.group()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Alle groepen"), "")
        for group in dict.fromkeys([*self.source(), *([current] if current else [])]):
            self.addItem(self.tr("Nog niet gebruikt met {group}").format(group=group), group)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def group(self) -> str:
        """The chosen group, or "" for none."""
        return str(self.currentData() or "")

    def choose(self, group: str) -> None:
        """Choose ``group`` ("" for all groups)."""
        self.fill()
        self.setCurrentIndex(max(0, self.findData(group)))
