"""The printed pack's pages: the HTML parts of ``core/packs/html.py`` laid out on one paper size.

Pages are laid out in CSS pixels with the bundled Open Sans, whatever the device, and painted
with a running header (the pack title) and a footer "pagina X van Y". Every part and every
story starts on a new page; the values cards are drawn directly, several to a page with dashed
cut lines and crop marks. Text stays text, so the PDF is searchable.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from goedwerk.core.content.render import escape
from goedwerk.core.errors import ExportError
from goedwerk.core.i18n import _
from goedwerk.core.model import ValueCard
from goedwerk.core.packs.html import STYLE, Part, card_html, card_style
from goedwerk.paper.cut_marks import CutPens, draw_cut_marks
from goedwerk.paper.page_setup import DPI, MM, ensure_fonts, layout_device, layout_font

logger = logging.getLogger(__name__)

MARGINS = QMarginsF(20 * MM, 25 * MM, 20 * MM, 22 * MM)  # left, top (header), right, bottom
CARD_COLUMNS, CARD_ROWS = 2, 3
KEEP_AFTER_HEADING = 70.0  # px: about three lines of text
KEEP_ROOM = 160.0  # px: about 4 cm
_INK, _MUTED, _RULE = QColor("#1a1a1a"), QColor("#5b6b78"), QColor("#9aa7b2")


@dataclass
class _Page:
    """One page to paint: a page of a laid-out document, or a sheet of cards."""

    part: Part
    doc: QTextDocument | None = None
    index: int = 0
    cards: Sequence[ValueCard] = ()
    sheet: tuple[int, int] = (1, 1)
    scale: float = 1.0


class PackPages:
    """A pack laid out on pages of one paper size, ready to paint on any paged device."""

    def __init__(self, parts: Sequence[Part], title: str, page_size: QSizeF) -> None:
        self.title = title
        self.page = QRectF(QPointF(0, 0), page_size)
        self.body = self.page.marginsRemoved(MARGINS)
        self._device = layout_device()
        self._card_docs: dict[tuple[str, float], QTextDocument] = {}
        self.pages: list[_Page] = []
        for part in parts:
            if part.cards:
                self._add_cards(part)
            else:
                for html in part.pages:
                    doc = self._document(html, self.body.width(), self.body.height())
                    self.pages += [_Page(part, doc, i) for i in range(doc.pageCount())]

    @property
    def page_count(self) -> int:
        """Number of pages."""
        return len(self.pages)

    def _document(
        self, html: str, width: float, height: float | None = None, style: str = ""
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._device)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        font = layout_font(0)
        font.setPointSizeF(10)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setDefaultStyleSheet(STYLE + style)
        doc.setHtml(html)
        if height is None:
            doc.setTextWidth(width)
        else:
            doc.setPageSize(QSizeF(width, height))
            _keep_together(doc, height)
        return doc

    def _add_cards(self, part: Part) -> None:
        per_sheet = CARD_COLUMNS * CARD_ROWS
        sheets = (len(part.cards) + per_sheet - 1) // per_sheet
        scale = self._card_scale(part.cards)
        for number in range(sheets):
            cards = part.cards[number * per_sheet : (number + 1) * per_sheet]
            self.pages.append(_Page(part, cards=cards, sheet=(number + 1, sheets), scale=scale))

    def _sheet_heading(self, page: _Page) -> QTextDocument:
        number, count = page.sheet
        hint = _("Knip de kaarten uit langs de stippellijnen.")
        if count > 1:
            hint += " " + _("Vel {number} van {count}.").format(number=number, count=count)
        html = f"<h1>{escape(page.part.title)}</h1><p class='muted'>{escape(hint)}</p>"
        return self._document(html, self.body.width())

    def _card_grid(self, heading: QTextDocument) -> QRectF:
        top = self.body.top() + heading.size().height() + 9 * MM
        return QRectF(self.body.left(), top, self.body.width(), self.body.bottom() - 3 * MM - top)

    def _card_inner(self, cell: QRectF) -> QRectF:
        return cell.adjusted(6 * MM, 5 * MM, -6 * MM, -5 * MM)

    def _card_scale(self, cards: Sequence[ValueCard]) -> float:
        """The largest type scale at which every card of the deck fits its card (all alike)."""
        grid = self._card_grid(self._sheet_heading(_Page(Part("cards", "", ()), sheet=(1, 2))))
        cell = QRectF(0, 0, grid.width() / CARD_COLUMNS, grid.height() / CARD_ROWS)
        inner = self._card_inner(cell)
        # The wordiest cards first, so a scale that is too large fails fast.
        candidates = sorted(cards, key=lambda c: -len(c.name + c.description + c.question))
        for scale in (1.0, 0.92, 0.84, 0.76, 0.68, 0.6):
            if all(
                self._card_document(c, scale, inner).size().height() <= inner.height() for c in candidates
            ):
                return scale
        logger.warning("some value cards do not fit on their card")
        return 0.6

    def _card_document(self, card: ValueCard, scale: float, inner: QRectF) -> QTextDocument:
        key = (card.id, scale)
        if key not in self._card_docs:
            self._card_docs[key] = self._document(card_html(card), inner.width(), style=card_style(scale))
        return self._card_docs[key]

    # -- painting --------------------------------------------------------------------------------

    def paint(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        """Paint every page on ``device`` (already open in ``painter``), starting a page each."""
        scale = device.logicalDpiX() / DPI
        for number, page in enumerate(self.pages, start=1):
            if number > 1 and not device.newPage():
                raise ExportError(_("de printer kan geen nieuwe pagina beginnen"))
            painter.save()
            painter.scale(scale, scale)
            if page.doc is not None:
                self._paint_text(painter, page)
            else:
                self._paint_cards(painter, page)
            self._paint_frame(painter, page, number)
            painter.restore()

    def _paint_text(self, painter: QPainter, page: _Page) -> None:
        assert page.doc is not None
        height = self.body.height()
        clip = QRectF(0, page.index * height, self.body.width(), height)
        painter.save()
        painter.translate(self.body.left(), self.body.top() - clip.top())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        page.doc.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_frame(self, painter: QPainter, page: _Page, number: int) -> None:
        painter.setPen(_MUTED)
        font = layout_font(11)
        painter.setFont(font)
        if page.part.name != "cover":
            top = QRectF(self.body.left(), 12 * MM, self.body.width(), 5 * MM)
            metrics = QFontMetricsF(font)
            right = metrics.elidedText(page.part.title, Qt.TextElideMode.ElideRight, top.width() / 2)
            left_width = top.width() - metrics.horizontalAdvance(right) - 6 * MM
            left = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, left_width)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, left)
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, right)
            painter.setPen(QPen(_RULE, 0.75))
            y = top.bottom() + 1.5 * MM
            painter.drawLine(QPointF(self.body.left(), y), QPointF(self.body.right(), y))
            painter.setPen(_MUTED)
        footer = QRectF(self.body.left(), self.page.height() - 15 * MM, self.body.width(), 6 * MM)
        text = _("pagina {page} van {count}").format(page=number, count=self.page_count)
        painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_cards(self, painter: QPainter, page: _Page) -> None:
        heading = self._sheet_heading(page)
        painter.save()
        painter.translate(self.body.topLeft())
        heading.drawContents(painter)
        painter.restore()
        grid = self._card_grid(heading)
        width, height = grid.width() / CARD_COLUMNS, grid.height() / CARD_ROWS
        for index, card in enumerate(page.cards):
            row, column = divmod(index, CARD_COLUMNS)
            cell = QRectF(grid.left() + column * width, grid.top() + row * height, width, height)
            self._paint_card(painter, card, cell, page.scale)
        rows = (len(page.cards) + CARD_COLUMNS - 1) // CARD_COLUMNS
        _cut_marks(painter, QRectF(grid.left(), grid.top(), grid.width(), rows * height), rows)

    def _paint_card(self, painter: QPainter, card: ValueCard, cell: QRectF, scale: float) -> None:
        inner = self._card_inner(cell)
        doc = self._card_document(card, scale, inner)
        painter.save()
        painter.translate(inner.left(), inner.top())
        doc.drawContents(painter, QRectF(0, 0, inner.width(), inner.height()))
        painter.restore()


def _keep_together(doc: QTextDocument, height: float) -> None:
    """Start a new page before a table (a block of the script, a prompt of the form) that would
    be split: always when it is under half a page, else when less than ``KEEP_ROOM`` is left;
    and before a heading that would end a page (less than ``KEEP_AFTER_HEADING`` below it)."""
    layout = doc.documentLayout()
    frames = doc.rootFrame().begin()
    while not frames.atEnd():
        frame, block = frames.currentFrame(), frames.currentBlock()
        frames += 1
        if isinstance(frame, QTextTable):
            rect = layout.frameBoundingRect(frame)
            split = int(rect.top() // height) != int((rect.bottom() - 1) // height)
            room = height - rect.top() % height
            small = rect.height() < height / 2  # a large block may run on, but not start at the foot
            if split and rect.height() < height and room < height - 1 and (small or room < KEEP_ROOM):
                table_format = frame.format()
                table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFormat(table_format)
        elif block.isValid() and block.blockFormat().headingLevel():
            rect = layout.blockBoundingRect(block)
            room = height - rect.bottom() % height
            if room < KEEP_AFTER_HEADING and rect.top() % height > 1 and block.next().isValid():
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)


def _cut_marks(painter: QPainter, grid: QRectF, rows: int) -> None:
    """Dashed cut lines between and around the cards, and crop marks just outside them."""
    xs = [grid.left() + c * grid.width() / CARD_COLUMNS for c in range(CARD_COLUMNS + 1)]
    ys = [grid.top() + r * grid.height() / max(rows, 1) for r in range(rows + 1)]
    draw_cut_marks(painter, xs, ys, 1.5 * MM, 5 * MM, CutPens(_INK, _RULE, 0.5, 0.75, [6, 4]))


def _page_size(device: QPagedPaintDevice) -> QSizeF:
    points = device.pageLayout().fullRectPoints()
    return QSizeF(points.width() * DPI / 72, points.height() * DPI / 72)


def render_parts(device: QPagedPaintDevice, parts: Sequence[Part], title: str) -> int:
    """Paint ``parts`` on ``device`` (a ``QPrinter`` or ``QPdfWriter``); return the page count.

    The device's own margins are set to zero: the pack brings its margins, header and footer.
    """
    ensure_fonts()
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if hasattr(device, "setFullPage"):  # QPrinter: paint from the paper's edge
        device.setFullPage(True)
    pages = PackPages(parts, title, _page_size(device))
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(_("kan niet op de printer of in het bestand tekenen"))
    try:
        pages.paint(device, painter)
    finally:
        painter.end()
    return pages.page_count
