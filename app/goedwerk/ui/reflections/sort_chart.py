"""The value-sort chart on screen: a widget around ``goedwerk.paper.charts.paint_chart``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from goedwerk.paper.charts import ChartData, chart_height, chart_image, paint_chart


class SortChart(QWidget):
    """The chart of one value sort, as tall as its rows need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("value_sort_chart")
        self.data = ChartData("", 0, ())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("SortChart", "Resultaat van de waardensortering"))

    def set_data(self, data: ChartData) -> None:
        """Show ``data``."""
        self.data = data
        self.setMinimumHeight(round(chart_height(data, self.font(), max(self.width(), 400))))
        self.setAccessibleDescription("; ".join(f"{name}: {mean}" for name, _counts, mean in data.rows[:10]))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, round(chart_height(self.data, self.font(), 720)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(round(chart_height(self.data, self.font(), max(self.width(), 400))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        ink = self.palette().color(QPalette.ColorRole.Text)
        paint_chart(painter, QRectF(self.rect()), self.data, self.font(), ink)
        painter.end()

    def save_png(self, path: Path, width: int = 900) -> None:
        """Write the chart as a PNG (dark text on white, twice the pixels for sharp print)."""
        if not chart_image(self.data, self.font(), width).save(str(path), "PNG"):
            raise OSError(
                QCoreApplication.translate("SortChart", "kan {path} niet schrijven").format(path=path)
            )
