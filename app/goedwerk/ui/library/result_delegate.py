"""Paints a search hit: kind, title in bold, and a snippet with the matched words in bold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from goedwerk.core.workspace import escape
from goedwerk.ui.common.resources import muted_color
from goedwerk.ui.library.results_model import KindRole, SnippetRole, SourceRole

PADDING = 8


class ResultDelegate(QStyledItemDelegate):
    """Two to four lines per hit, wrapped to the view's width."""

    def __init__(self, kind_labels: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.kind_labels = kind_labels

    def _document(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        width: int,
        selected: bool,
    ) -> QTextDocument:
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = palette.color(text_role) if selected else muted_color(palette)
        kind = self.kind_labels.get(index.data(KindRole), "")
        source = index.data(SourceRole) or ""
        if source:
            mark = self.kind_labels.get("own" if source == "own" else "folder", "")
            kind = f"{kind} · {mark}" if mark else kind
        title = escape(index.data(Qt.ItemDataRole.DisplayRole) or "")
        snippet = index.data(SnippetRole) or ""
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        color = palette.color(text_role).name()
        doc.setDefaultStyleSheet(f"body {{ color: {color}; }} .kind {{ color: {muted.name()}; }}")
        small = max(7.0, option.font.pointSizeF() * 0.85)
        html = f'<div class="kind" style="font-size:{small}pt">{kind.upper()}</div><div><b>{title}</b></div>'
        if snippet:
            html += f'<div style="font-size:{small + 0.5}pt">{snippet}</div>'
        doc.setHtml(html)
        doc.setTextWidth(max(50, width - 2 * PADDING))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        doc = self._document(opt, index, opt.rect.width(), selected)
        painter.save()
        painter.translate(opt.rect.left() + PADDING, opt.rect.top() + PADDING)
        clip = QRect(0, 0, opt.rect.width() - 2 * PADDING, opt.rect.height() - 2 * PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 360
        view = option.widget
        if view is not None and hasattr(view, "viewport"):
            width = view.viewport().width()
        doc = self._document(option, index, width, False)
        return QSize(width, int(doc.size().height()) + 2 * PADDING + 1)
