"""The values deck on paper: cut sheets printed double-sided, fronts and backs aligned.

Each sheet holds eight cards of 90 x 60 mm in two columns, centred on the page (A4 or Letter).
The front of a card has its name and description, the back its question. For long-edge duplex
the sheet turns over around its long side, so a card in the left column on the front has its
back in the right column of the next page; because the grid is centred, the cut marks of both
sides fall on the same lines. Pages go front, back, front, back. Everything is drawn in
millimetres, so the PDF, a printer and the check images (``sheet_image``) share one geometry.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from goedwerk.core.errors import ExportError
from goedwerk.core.model import ValueCard
from goedwerk.core.paths import replacing
from goedwerk.paper.cut_marks import CutPens, draw_cut_marks
from goedwerk.paper.page_setup import FONT_FAMILY, PAPER_SIZES, ensure_app, ensure_fonts

logger = logging.getLogger(__name__)

Side = Literal["front", "back"]
CARD_W, CARD_H = 90.0, 60.0  # mm
COLUMNS, ROWS = 2, 4
PER_SHEET = COLUMNS * ROWS
PADDING = 6.0  # mm inside a card
MARK_GAP, MARK_LENGTH = 1.5, 5.0  # mm: crop marks just outside the grid
UNIT = 10.0  # drawing units per mm: fonts get whole tenths of a millimetre
_INK, _MUTED, _RULE = QColor("#1a1a1a"), QColor("#5b6b78"), QColor("#9aa7b2")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Deck", text)


@dataclass(frozen=True)
class DeckLayout:
    """Where each card goes on a page of ``size`` millimetres."""

    size: QSizeF

    @classmethod
    def for_paper(cls, paper: str) -> DeckLayout:
        """The layout on A4 (``a4``) or US Letter (``letter``), portrait."""
        if paper not in PAPER_SIZES:
            raise ExportError(_tr("onbekend papierformaat '{paper}'").format(paper=paper))
        return cls(QPageSize(PAPER_SIZES[paper]).size(QPageSize.Unit.Millimeter))

    @property
    def grid(self) -> QRectF:
        """The block of cards, centred on the page (mm)."""
        width, height = COLUMNS * CARD_W, ROWS * CARD_H
        return QRectF((self.size.width() - width) / 2, (self.size.height() - height) / 2, width, height)

    def cell(self, slot: int, side: Side) -> QRectF:
        """The rectangle (mm) of the card in ``slot`` (0–7) on the ``side`` of its sheet."""
        row, column = divmod(slot, COLUMNS)
        if side == "back":
            column = COLUMNS - 1 - column  # long-edge duplex turns the sheet left to right
        grid = self.grid
        return QRectF(grid.left() + column * CARD_W, grid.top() + row * CARD_H, CARD_W, CARD_H)


def sheet_count(cards: Sequence[ValueCard]) -> int:
    """Sheets needed for ``cards`` (each sheet is printed on both sides)."""
    return (len(cards) + PER_SHEET - 1) // PER_SHEET


def paint_side(
    painter: QPainter, layout: DeckLayout, cards: Sequence[ValueCard], sheet: int, side: Side
) -> None:
    """Paint one side of sheet ``sheet`` with ``painter`` already scaled to ``UNIT`` per mm."""
    batch = cards[sheet * PER_SHEET : (sheet + 1) * PER_SHEET]
    _paint_heading(painter, layout, sheet, sheet_count(cards), side)
    for slot, card in enumerate(batch):
        rect = _units(layout.cell(slot, side))
        if side == "front":
            _paint_front(painter, card, rect)
        else:
            _paint_back(painter, card, rect)
    _paint_marks(painter, layout, (len(batch) + COLUMNS - 1) // COLUMNS)


def sheet_image(cards: Sequence[ValueCard], paper: str, sheet: int, side: Side, dpi: float = 150) -> QImage:
    """One side of a sheet as an image at ``dpi``, exactly as it prints (to check and to look at)."""
    ensure_fonts()
    layout = DeckLayout.for_paper(paper)
    scale = dpi / 25.4
    image = QImage(
        round(layout.size.width() * scale), round(layout.size.height() * scale), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale / UNIT, scale / UNIT)
    paint_side(painter, layout, cards, sheet, side)
    painter.end()
    return image


def render_deck(device: QPagedPaintDevice, cards: Sequence[ValueCard]) -> int:
    """Paint the deck on ``device`` (a ``QPdfWriter`` or ``QPrinter``): front, back, ...; return pages."""
    ensure_fonts()
    if not cards:
        raise ExportError(_tr("geen waardenkaarten om af te drukken"))
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if hasattr(device, "setFullPage"):
        device.setFullPage(True)
    layout = DeckLayout(device.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size())
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(_tr("kan niet op de printer of in het bestand tekenen"))
    pages = 0
    try:
        scale = device.logicalDpiX() / 25.4
        painter.scale(scale / UNIT, scale / UNIT)
        for sheet in range(sheet_count(cards)):
            for side in ("front", "back"):
                if pages:
                    device.newPage()
                paint_side(painter, layout, cards, sheet, side)
                pages += 1
    finally:
        painter.end()
    return pages


def export_deck_pdf(cards: Sequence[ValueCard], path: Path, paper: str = "a4") -> int:
    """Write the deck as a double-sided cut-sheet PDF (atomically); return the page count."""
    DeckLayout.for_paper(paper)  # refuse an unknown paper before writing anything
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(_tr("map {folder} bestaat niet").format(folder=path.parent))
    app = ensure_app()  # noqa: F841 - keeps a headless application alive while painting
    with replacing(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
        writer.setTitle(_tr("Waardenkaarten"))
        writer.setCreator("Goed Werk")
        pages = render_deck(writer, cards)
    logger.info("values deck: %d cards on %d pages (%s)", len(cards), pages, paper)
    return pages


# -- painting (in tenths of a millimetre) --------------------------------------------------------------


def _units(rect: QRectF) -> QRectF:
    return QRectF(rect.x() * UNIT, rect.y() * UNIT, rect.width() * UNIT, rect.height() * UNIT)


def _font(mm: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(round(mm * UNIT))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _fitting_font(text: str, mm: float, width: float) -> QFont:
    """A bold font of at most ``mm`` in which ``text`` fits on one line of ``width`` units."""
    font = _font(mm, bold=True)
    while mm > 3.0 and QFontMetricsF(font).horizontalAdvance(text) > width:
        mm -= 0.2
        font = _font(mm, bold=True)
    return font


def _paint_heading(painter: QPainter, layout: DeckLayout, sheet: int, sheets: int, side: Side) -> None:
    text = _tr("Goed Werk · waardenkaarten · vel {n} van {count} · {side}").format(
        n=sheet + 1,
        count=sheets,
        side=_tr("voorkant") if side == "front" else _tr("achterkant (dubbelzijdig, lange kant)"),
    )
    grid = layout.grid
    top = max(4.0, grid.top() - MARK_GAP - MARK_LENGTH - 6.0)
    painter.setFont(_font(2.6))
    painter.setPen(_MUTED)
    painter.drawText(_units(QRectF(grid.left(), top, grid.width(), 4.0)), Qt.AlignmentFlag.AlignCenter, text)


def _paint_front(painter: QPainter, card: ValueCard, rect: QRectF) -> None:
    inner = rect.adjusted(*(PADDING * UNIT,) * 2, *(-PADDING * UNIT,) * 2)
    painter.setPen(_MUTED)
    painter.setFont(_font(2.4, bold=True))
    painter.drawText(
        QRectF(inner.x(), inner.y(), inner.width(), 40), Qt.AlignmentFlag.AlignLeft, _tr("WAARDENKAART")
    )
    painter.setPen(_INK)
    painter.setFont(_fitting_font(card.name, 6.0, inner.width()))
    painter.drawText(
        QRectF(inner.x(), inner.y() + 45, inner.width(), 80), Qt.AlignmentFlag.AlignLeft, card.name
    )
    painter.setFont(_font(3.4))
    body = QRectF(inner.x(), inner.y() + 135, inner.width(), inner.height() - 135)
    painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, card.description)


def _paint_back(painter: QPainter, card: ValueCard, rect: QRectF) -> None:
    inner = rect.adjusted(*(PADDING * UNIT,) * 2, *(-PADDING * UNIT,) * 2)
    painter.setPen(_MUTED)
    painter.setFont(_font(2.4, bold=True))
    kicker = _tr("VRAAG BIJ {name}").format(name=card.name.upper())
    painter.drawText(QRectF(inner.x(), inner.y(), inner.width(), 40), Qt.AlignmentFlag.AlignCenter, kicker)
    painter.setPen(_INK)
    painter.setFont(_font(4.4, italic=True))
    body = QRectF(inner.x(), inner.y() + 60, inner.width(), inner.height() - 60)
    painter.drawText(body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, card.question)


def _paint_marks(painter: QPainter, layout: DeckLayout, rows: int) -> None:
    """Crop marks outside the grid on every cut line, and light dashed lines between cards."""
    grid = _units(layout.grid)
    xs = [grid.left() + c * CARD_W * UNIT for c in range(COLUMNS + 1)]
    ys = [grid.top() + r * CARD_H * UNIT for r in range(rows + 1)]
    draw_cut_marks(
        painter, xs, ys, MARK_GAP * UNIT, MARK_LENGTH * UNIT, CutPens(_INK, _RULE, 2.5, 2.0, [8, 6])
    )
