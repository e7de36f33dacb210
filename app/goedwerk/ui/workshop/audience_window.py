"""The audience view: the story page, values card or question the facilitator chose, in large type.

It only shows; the presenter decides. Keys pressed here reach the presenter's actions (they are
added to this window too), so with a single screen the facilitator can keep going full screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QTextBrowser, QWidget

from goedwerk.core.model import Item, Library
from goedwerk.core.workspace import Vote, WorkshopSession, resolve
from goedwerk.ui.workshop.audience_pages import (
    BACKGROUND,
    BLANK_BACKGROUND,
    MUTED,
    Style,
    hold_html,
    item_pages,
    vote_html,
)
from goedwerk.ui.workshop.countdown_label import CountdownLabel

logger = logging.getLogger(__name__)

DEFAULT_SIZE = (1920, 1080)
TEXT_WIDTH_EM = 30  # longest line in body ems: readable from the back of a room


class AudienceWindow(QMainWindow):  # a main window: screen readers see a named window, not a filler
    """A full-screen window for the room: one page of the current item, a calm page, or blank.

    Emits ``pages_changed`` when a new size cut the shown item into a different number of pages.
    """

    pages_changed = Signal()

    def __init__(self, library: Library, family: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audience_window")
        self.library = library
        self.family = family
        self.pages: list[str] = [""]
        self.page = 0
        self.blank = False
        self.centred = True
        self.pack_title = ""
        self.short_versions: tuple[str, ...] = ()
        self.item_title = ""
        self._key: tuple = ()
        self.vote: Vote | None = None
        self._page_cache: dict[tuple, list[str]] = {}
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._build_text()
        self._build_footer()
        self.countdown = CountdownLabel(self)
        self.resize(*DEFAULT_SIZE)
        self.retranslate()

    def _build_text(self) -> None:
        self.text = QTextBrowser(self)
        self.text.setObjectName("audience_text")
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setStyleSheet("QTextBrowser { background: transparent; }")
        self.text.viewport().setAutoFillBackground(False)
        self.text.document().setDocumentMargin(0)
        self.text.setOpenLinks(False)

    def _build_footer(self) -> None:
        self.footer = QLabel(self)
        self.footer.setObjectName("audience_page")
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.blank_label = QLabel(self)
        self.blank_label.setObjectName("audience_blank")
        self.blank_label.setTextFormat(Qt.TextFormat.PlainText)
        self.blank_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.blank_label.setWordWrap(True)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.setWindowTitle(self.tr("Goed Werk – publieksscherm"))
        self.setAccessibleName(self.tr("Publieksscherm"))
        self.text.setAccessibleName(self.tr("Wat de groep ziet"))
        self._page_cache.clear()  # the kind labels on the pages are translated

    # -- showing a state -------------------------------------------------------------------

    def style_now(self) -> Style:
        """The text style for the window's current height."""
        return Style.for_height(self.family, self.height())

    def show_state(self, session: WorkshopSession, vote: Vote | None = None) -> None:
        """Show what ``session`` puts in front of the room (clamping its page to the pages).

        In a vote block the room sees ``vote``'s bars, unless a drawn card is on the screen.
        """
        self.blank = session.blank
        self.pack_title = session.pack.title
        self.vote = vote if session.draw is None else None
        self.short_versions = session.pack.short_versions
        ref = None if self.vote is not None else session.audience_ref
        block_title = session.current_block.title if session.current_block else ""
        self._key = (ref, block_title, (self.vote.options, self.vote.counts) if self.vote else None)
        self._paginate()
        self.page = min(session.page, len(self.pages) - 1)
        session.page = self.page
        self._render()

    def page_count(self) -> int:
        """The number of pages of what is shown now."""
        return len(self.pages)

    def plain_text(self) -> str:
        """What the room can read now, as plain text."""
        if self.blank:
            return self.blank_label.text()
        return self.text.toPlainText()

    def show_countdown(self, session: WorkshopSession) -> None:
        """Show or hide the room's countdown and bring it up to date."""
        self.countdown.show_session(session, self.style_now(), self.blank)
        self._place_countdown()

    def _paginate(self) -> None:
        ref, block_title, vote_key = self._key
        width, height = self._text_size()
        item = resolve(ref, self.library) if ref else None
        self.centred = item is None or str(item.kind) not in ("story", "guide")
        self.item_title = item.title if item is not None and not self.centred else ""
        short = item is not None and item.id in self.short_versions and str(item.kind) == "story"
        key = (ref, block_title, vote_key, width, height, short)
        if key not in self._page_cache:
            self._page_cache[key] = self._make_pages(item, block_title, width, height, short)
        self.pages = self._page_cache[key]

    def _make_pages(
        self, item: Item | None, block_title: str, width: int, height: int, short: bool = False
    ) -> list[str]:
        if self.vote is not None:
            total = self.tr("Stemming · {n} handen").format(n=self.vote.total)
            return [vote_html(block_title, self.vote.options, self.vote.counts, total)]
        if item is None:
            return [hold_html(self.pack_title, block_title)]
        labels = {"value": self.tr("Waardenkaart"), "question": self.tr("Vraag")}
        return item_pages(item, labels, self.style_now(), width, height, short)

    def _text_size(self) -> tuple[int, int]:
        rect = self._text_rect()
        return rect.width(), rect.height()

    def _text_rect(self) -> QRect:
        w, h = self.width(), self.height()
        style = self.style_now()
        em = style.points * self.logicalDpiY() / 72
        width = min(round(w * 0.86), round(em * TEXT_WIDTH_EM))
        top = round(h * 0.07)
        footer = round(em * 1.6)
        return QRect((w - width) // 2, top, width, h - 2 * top - footer)

    def _render(self) -> None:
        style = self.style_now()
        rect = self._text_rect()
        background = BLANK_BACKGROUND if self.blank else BACKGROUND
        self.setStyleSheet(f"#audience_window {{ background: {background}; }}")
        self.text.setVisible(not self.blank)
        self.footer.setVisible(not self.blank and len(self.pages) > 1)
        self.blank_label.setVisible(self.blank)
        self._render_blank(style)
        style.show(self.text, self.pages[self.page])
        if self.centred:
            used = min(rect.height(), round(style.height(self.pages[self.page], rect.width())) + 4)
            rect = QRect(rect.x(), rect.y() + (rect.height() - used) // 2, rect.width(), used)
        self.text.setGeometry(rect)
        self._render_footer(style)

    def _render_blank(self, style: Style) -> None:
        font = style.font()
        font.setPointSizeF(style.points * 0.8)
        self.blank_label.setFont(font)
        self.blank_label.setStyleSheet(f"color: {MUTED};")
        self.blank_label.setText(self.pack_title)
        self.blank_label.setGeometry(self.rect().adjusted(80, 80, -80, -80))

    def _render_footer(self, style: Style) -> None:
        font = style.font()
        font.setPointSizeF(style.points * 0.6)
        self.footer.setFont(font)
        self.footer.setStyleSheet(f"color: {MUTED};")
        page = self.tr("{page} / {pages}").format(page=self.page + 1, pages=len(self.pages))
        self.footer.setText(f"{self.item_title}   ·   {page}" if self.item_title else page)
        full = self._text_rect()
        height = round(style.points * 1.4 * self.logicalDpiY() / 72)
        self.footer.setGeometry(
            full.x(), self.height() - round(self.height() * 0.07) - height, full.width(), height
        )
        self._place_countdown()

    def _place_countdown(self) -> None:
        label = self.countdown
        label.adjustSize()
        margin = round(self.height() * 0.04)
        label.move(margin, self.height() - margin - label.height())
        label.raise_()

    # -- Qt events -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._key:
            count = len(self.pages)
            self._paginate()
            self.page = min(self.page, len(self.pages) - 1)
            self._render()
            if len(self.pages) != count:
                self.pages_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the room's window only hides it; the presenter owns it and shows it again (F5).
        event.ignore()
        self.hide()
