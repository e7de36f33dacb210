"""One item of the block as a button whose long label is elided, never widening the panel."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

PADDING = 28  # the stylesheet's left and right padding plus a little air


class ItemButton(QPushButton):
    """A checkable item button: ``label`` is elided to fit, a marker after it is always shown.

    ``text()`` stays the whole text (for accessibility and tests); the tooltip shows the label.
    """

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.setProperty("label", label)
        self.setToolTip(label)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def label(self) -> str:
        """The item's own label, without the marker."""
        return str(self.property("label"))

    def minimumSizeHint(self) -> QSize:
        return QSize(PADDING * 2, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        label, marker = self.label(), self.text()[len(self.label()) :]
        metrics = self.fontMetrics()
        room = self.width() - PADDING - metrics.horizontalAdvance(marker)
        option.text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0, room)) + marker
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
