"""The app's style: Fusion, with check boxes drawn from the palette so they show in either theme.

Fusion outlines a check box with the window colour made darker, which disappears on a dark
palette (the facet panel's boxes vanished); here the box is outlined with muted text instead.
Fusion's focus outline on a button is the highlight made darker: 2.5:1 against the dark window,
1.5:1 against the button. A button with the keyboard focus gets a 2 px ring in ``focus_ring``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from goedwerk.ui.common.colours import colour
from goedwerk.ui.common.resources import muted_color

_CHECKS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)


class AppStyle(QProxyStyle):
    """Fusion with readable check boxes on a light and a dark palette."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element not in _CHECKS:
            super().drawPrimitive(element, option, painter, widget)
            if element == QStyle.PrimitiveElement.PE_PanelButtonCommand:
                self._focus_ring(option, painter)
            return
        palette, state = option.palette, option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        side = min(option.rect.width(), option.rect.height(), 16) - 2
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(option.rect).center())
        on = bool(state & QStyle.StateFlag.State_On)
        partly = bool(state & QStyle.StateFlag.State_NoChange)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = (
            palette.color(group, QPalette.ColorRole.Highlight)
            if on or partly
            else palette.color(group, QPalette.ColorRole.Base)
        )
        border = fill if on or partly else muted_color(palette)
        painter.setPen(QPen(border, 1.2))
        painter.setBrush(fill)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5)
        mark = QPen(palette.color(group, QPalette.ColorRole.HighlightedText), max(1.6, side / 8))
        mark.setCapStyle(Qt.PenCapStyle.RoundCap)
        mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(mark)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if on:
            tick = QPainterPath(QPointF(box.left() + side * 0.22, box.top() + side * 0.52))
            tick.lineTo(QPointF(box.left() + side * 0.42, box.top() + side * 0.72))
            tick.lineTo(QPointF(box.left() + side * 0.78, box.top() + side * 0.3))
            painter.drawPath(tick)
        elif partly:
            y = box.center().y()
            painter.drawLine(QPointF(box.left() + side * 0.25, y), QPointF(box.right() - side * 0.25, y))
        painter.restore()

    def _focus_ring(self, option: QStyleOption, painter: QPainter) -> None:
        focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if (option.state & focused) != focused:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour("focus_ring", option.palette), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 2.5, 2.5)
        painter.restore()
