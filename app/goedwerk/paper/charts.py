"""The value-sort result as a chart painted with QPainter on any device: one stacked bar per value.

Each bar shows how many participants put the value in each of the five columns (blue for
important, orange for less important), with the mean score at the right. ``paint_chart`` draws
on any device, so the same chart appears on screen (``ui/reflections/sort_chart.py``), in a PNG
and in the PDF report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from goedwerk.core.i18n import _, ngettext
from goedwerk.core.reflections.valuesort import COLUMN_LABELS, COLUMNS, ValueSort, format_mean

COLORS = ("#1b4f8a", "#6b9fd4", "#cfd5db", "#f2b57a", "#b4541a")
_LIGHT_TEXT = (True, False, False, False, True)
MARGIN, GAP, MEAN_WIDTH = 16.0, 10.0, 64.0


def column_titles() -> list[str]:
    """The five column titles, most important first, in the current language."""
    return [_(COLUMN_LABELS[column]) for column in COLUMNS]


@dataclass(frozen=True)
class ChartData:
    """What the chart shows: a title line and one row per placed value."""

    title: str
    participants: int
    rows: tuple[tuple[str, tuple[int, ...], str], ...]  # name, counts per column, mean text

    @classmethod
    def from_sort(cls, sort: ValueSort, names: Mapping[str, str], title: str = "") -> ChartData:
        """The chart of ``sort``: values placed by anyone, highest mean first."""
        rows = tuple(
            (names.get(t.card_id, t.card_id), t.counts, format_mean(t.mean))
            for t in sort.tallies()
            if t.placed
        )
        count = len(sort.participants)
        line = ngettext("{n} deelnemer", "{n} deelnemers", count).format(n=count)
        busy = [p for p in sort.participants if not sort.is_complete(p)]
        if busy:
            line += ", " + _("nog bezig: {who}").format(who=", ".join(busy))
        return cls(" · ".join(p for p in (title or sort.pack_title, line) if p), count, rows)


def _metrics(font: QFont) -> tuple[QFontMetricsF, float]:
    metrics = QFontMetricsF(font)
    return metrics, metrics.height() + 9


def _legend_rows(font: QFont, width: float) -> list[list[int]]:
    """Which legend entries go on which line at ``width``."""
    metrics, _row = _metrics(font)
    lines: list[list[int]] = [[]]
    used = 0.0
    for index, title in enumerate(column_titles()):
        entry = 18 + metrics.horizontalAdvance(title) + 18
        if lines[-1] and used + entry > width - 2 * MARGIN:
            lines.append([])
            used = 0.0
        lines[-1].append(index)
        used += entry
    return lines


def chart_height(data: ChartData, font: QFont, width: float) -> float:
    """The height the chart needs at ``width``."""
    row = _metrics(font)[1]
    title = QFontMetricsF(_title_font(font)).height() + GAP
    legend = len(_legend_rows(font, width)) * row + GAP
    return MARGIN * 2 + title + legend + max(1, len(data.rows)) * row


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setBold(True)
    title.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else 12)
    return title


def paint_chart(painter: QPainter, rect: QRectF, data: ChartData, font: QFont, ink: QColor) -> None:
    """Draw the chart of ``data`` in ``rect`` with text in ``ink``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(ink)
    painter.setFont(_title_font(font))
    title_height = QFontMetricsF(_title_font(font)).height()
    top = rect.top() + MARGIN
    header = QRectF(rect.left() + MARGIN, top, rect.width() - 2 * MARGIN, title_height)
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, data.title)
    painter.setFont(font)
    top = _paint_legend(painter, rect, top + title_height + GAP, font, ink)
    if not data.rows:
        empty = QRectF(rect.left() + MARGIN, top, rect.width() - 2 * MARGIN, _metrics(font)[1])
        painter.drawText(
            empty,
            Qt.AlignmentFlag.AlignLeft,
            _("Nog geen kaarten gesorteerd."),
        )
    else:
        _paint_rows(painter, rect, top + GAP, data, font, ink)
    painter.restore()


def _paint_legend(painter: QPainter, rect: QRectF, top: float, font: QFont, ink: QColor) -> float:
    metrics, row = _metrics(font)
    titles = column_titles()
    for line in _legend_rows(font, rect.width()):
        x = rect.left() + MARGIN
        for index in line:
            painter.fillRect(QRectF(x, top + (row - 12) / 2, 12, 12), QColor(COLORS[index]))
            x += 18
            painter.setPen(ink)
            text_rect = QRectF(x, top, metrics.horizontalAdvance(titles[index]) + 2, row)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, titles[index])
            x += text_rect.width() + 16
        top += row
    return top


def _paint_rows(
    painter: QPainter, rect: QRectF, top: float, data: ChartData, font: QFont, ink: QColor
) -> None:
    metrics, row = _metrics(font)
    inner = rect.width() - 2 * MARGIN
    label_width = min(max(metrics.horizontalAdvance(r[0]) for r in data.rows) + 4, inner * 0.38)
    bar_left = rect.left() + MARGIN + label_width + GAP
    bar_width = max(40.0, inner - label_width - GAP - MEAN_WIDTH)
    total = max(1, data.participants, *(sum(r[1]) for r in data.rows))
    for number, (name, counts, mean) in enumerate(data.rows):
        y = top + number * row
        painter.setPen(ink)
        label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(rect.left() + MARGIN, y, label_width, row), align, label)
        x = bar_left
        for index, count in enumerate(counts):
            width = bar_width * count / total
            if width <= 0:
                continue
            segment = QRectF(x, y + 3, width, row - 6)
            painter.fillRect(segment, QColor(COLORS[index]))
            if width > metrics.horizontalAdvance(str(count)) + 4:
                painter.setPen(QColor("white") if _LIGHT_TEXT[index] else QColor("#1a1a1a"))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, str(count))
            x += width
        painter.setPen(ink)
        mean_rect = QRectF(bar_left + bar_width, y, MEAN_WIDTH, row)
        painter.drawText(mean_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, mean)


def chart_image(data: ChartData, font: QFont, width: int = 900, scale: float = 2.0) -> QImage:
    """The chart on white, ``width`` logical pixels wide, at ``scale`` device pixels per pixel."""
    height = chart_height(data, font, width)
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, width, height), data, font, QColor("#1a1a1a"))
    painter.end()
    return image
