"""Edits a block's minutes in the agenda with a spin box that cannot go below one minute."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

MAX_MINUTES = 24 * 60


class MinutesDelegate(QStyledItemDelegate):
    """A spin box from 1 to 1440 minutes for the agenda's duration column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setObjectName("block_minutes_editor")
        editor.setRange(1, MAX_MINUTES)
        editor.setSuffix(self.tr(" min"))
        editor.setAccessibleName(self.tr("Duur in minuten"))
        editor.setFrame(False)
        return editor
