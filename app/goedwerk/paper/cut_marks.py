"""Cut lines and crop marks around a grid of cards, for every cut sheet on paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen


@dataclass(frozen=True)
class CutPens:
    """The marks' ink and the dashed lines' colour, their widths and dash pattern (painter units)."""

    ink: QColor
    rule: QColor
    mark_width: float
    line_width: float
    dashes: list[float]


def draw_cut_marks(
    painter: QPainter, xs: Sequence[float], ys: Sequence[float], gap: float, length: float, pens: CutPens
) -> None:
    """Dashed lines on the cut lines ``xs`` and ``ys``, and crop marks ``gap`` outside the grid."""
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    painter.save()
    dashed = QPen(pens.rule, pens.line_width, Qt.PenStyle.CustomDashLine)
    dashed.setDashPattern(pens.dashes)
    painter.setPen(dashed)
    for x in xs:
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    for y in ys:
        painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.setPen(QPen(pens.ink, pens.mark_width))
    for x in xs:
        painter.drawLine(QPointF(x, top - gap), QPointF(x, top - gap - length))
        painter.drawLine(QPointF(x, bottom + gap), QPointF(x, bottom + gap + length))
    for y in ys:
        painter.drawLine(QPointF(left - gap, y), QPointF(left - gap - length, y))
        painter.drawLine(QPointF(right + gap, y), QPointF(right + gap + length, y))
    painter.restore()
