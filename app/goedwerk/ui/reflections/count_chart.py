"""A small horizontal bar chart drawn with QPainter: which themes or values came up most."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from goedwerk.ui.common.colours import colour
from goedwerk.ui.common.resources import muted_color

MARGIN, ROW_GAP = 8.0, 6.0


class CountChart(QWidget):
    """Labels with bars as long as their counts, most frequent first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.counts: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, title: str, counts: Sequence[tuple[str, int]], empty_text: str = "") -> None:
        """Show ``counts`` as ``(label, count)`` under ``title``."""
        self.title = title
        self.counts = list(counts)
        self.empty_text = empty_text
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{label}: {n}" for label, n in self.counts))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _row(self) -> float:
        return QFontMetricsF(self.font()).height() + ROW_GAP

    def sizeHint(self) -> QSize:
        rows = 1 + max(1, len(self.counts))
        return QSize(320, round(MARGIN * 2 + rows * self._row()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        ink = palette.color(QPalette.ColorRole.Text)
        row, width = self._row(), self.width() - 2 * MARGIN
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(QRectF(MARGIN, MARGIN, width, row), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        if self.counts:
            self._paint_bars(painter, ink, width)
        else:
            painter.setPen(muted_color(palette))
            empty = QRectF(MARGIN, MARGIN + row, width, row)
            painter.drawText(empty, Qt.AlignmentFlag.AlignVCenter, self.empty_text)
        painter.end()

    def _paint_bars(self, painter: QPainter, ink: QColor, width: float) -> None:
        metrics, row = QFontMetricsF(self.font()), self._row()
        widest = max(metrics.horizontalAdvance(label) for label, _n in self.counts)
        label_width = min(widest + 6, width * 0.55)
        number_width = metrics.horizontalAdvance("0000")
        bar_width = max(20.0, width - label_width - number_width - 8)
        most = max(n for _label, n in self.counts)
        for index, (label, count) in enumerate(self.counts):
            y = MARGIN + (index + 1) * row
            painter.setPen(ink)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(QRectF(MARGIN, y, label_width, row), Qt.AlignmentFlag.AlignVCenter, text)
            length = bar_width * count / most
            painter.fillRect(
                QRectF(MARGIN + label_width, y + 3, length, row - 6), colour("bar", self.palette())
            )
            number = QRectF(MARGIN + label_width + length + 4, y, number_width, row)
            painter.drawText(number, Qt.AlignmentFlag.AlignVCenter, str(count))
