"""The reader's links as focusable controls: one ``ReaderLink`` over each link of the page.

``LinkLayer.clear()`` before a new page and ``rebuild()`` after it: it finds the links in the
document, puts a link control over each (kept in place when the page scrolls or wraps anew) and
chains them after the browser in Tab order, in reading order. The browser itself no longer
moves between links with Tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from goedwerk.ui.common.accessibility import set_tab_order
from goedwerk.ui.reader.reader_link import ReaderLink

Anchor = tuple[int, int, str]  # start, end, href


def anchors_of(browser: QTextBrowser) -> list[Anchor]:
    """Every link of the page in reading order: its span in the document and its target."""
    found: list[Anchor] = []
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            form = fragment.charFormat()
            href = form.anchorHref() if form.isAnchor() else ""
            start, end = fragment.position(), fragment.position() + fragment.length()
            if href and found and found[-1][2] == href and found[-1][1] == start:
                found[-1] = (found[-1][0], end, href)  # one link over differently styled parts
            elif href:
                found.append((start, end, href))
            iterator += 1
        block = block.next()
    return found


class LinkLayer(QObject):
    """Link controls over ``browser``; ``link_activated(href)`` when one is opened by key."""

    link_activated = Signal(str)

    def __init__(self, browser: QTextBrowser, target: Callable[[str], str]) -> None:
        super().__init__(browser)
        self.browser = browser
        self.target = target
        self.links: list[ReaderLink] = []
        self._spans: list[Anchor] = []
        flags = Qt.TextInteractionFlag
        browser.setTextInteractionFlags(flags.TextSelectableByMouse | flags.LinksAccessibleByMouse)
        browser.verticalScrollBar().valueChanged.connect(self.place)
        browser.horizontalScrollBar().valueChanged.connect(self.place)
        browser.document().documentLayout().documentSizeChanged.connect(self.place)
        browser.viewport().installEventFilter(self)

    def clear(self) -> None:
        """Take the link controls away (before the browser gets a new page)."""
        if any(link.hasFocus() for link in self.links):
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)  # to the new page, not the next pane
        for link in self.links:
            link.hide()
            link.deleteLater()
        self.links, self._spans = [], []

    def rebuild(self) -> None:
        """Put a link control over every link of the page now shown."""
        self.clear()
        self._spans = anchors_of(self.browser)
        for start, end, href in self._spans:
            link = ReaderLink(href, self._text(start, end), self.target(href), self.browser.viewport())
            link.activated.connect(self.link_activated)
            link.focused.connect(lambda link=link: self._show(link))
            self.links.append(link)
        self.place()
        for link in self.links:
            link.show()
        set_tab_order([self.browser, *self.links])

    def place(self) -> None:
        """Lay each link control over its text (after a scroll, a resize or a new layout).

        A link scrolled out of view waits as a thin line on the edge it went past, so that it
        never seems to lie over the panes around the reader; Tab to it scrolls it into view.
        """
        view = self.browser.viewport().rect()
        for link, (start, end, _href) in zip(self.links, self._spans, strict=False):
            rect = self._rect(start, end)
            if rect.bottom() < view.top():
                rect = QRect(view.left(), view.top(), view.width(), 1)
            elif rect.top() > view.bottom():
                rect = QRect(view.left(), view.bottom(), view.width(), 1)
            link.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def _text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().strip()

    def _rect(self, start: int, end: int) -> QRect:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        first = self.browser.cursorRect(cursor)
        cursor.setPosition(end)
        last = self.browser.cursorRect(cursor)
        if last.top() != first.top():  # wrapped: the part on the first line, to the edge
            last = QRect(self.browser.viewport().width() - 1, first.top(), 1, first.height())
        return QRect(first.topLeft(), last.bottomRight()).adjusted(-3, -1, 3, 1)

    def _show(self, link: ReaderLink) -> None:
        # Scroll the link into view, as the browser did when Tab moved through its links.
        if link not in self.links:
            return
        start = self._spans[self.links.index(link)][0]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
