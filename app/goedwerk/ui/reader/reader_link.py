"""One link of the reader as a control of its own: focusable, a "link" to a screen reader.

Qt's text browser gives links no accessible objects, so a screen reader hears nothing when Tab
reaches one. A ``ReaderLink`` lies over the link's text in the browser (the browser still draws
the text and takes the mouse): Tab stops on it, Enter or Space opens it, and its accessible
role is Link, named by its text and where it goes. Its name is plain text, never markup.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from goedwerk.ui.common.accessibility import use_interface
from goedwerk.ui.common.colours import colour

ACTIVATE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}


class ReaderLinkAccessible(QAccessibleWidget):
    """A reader link for a screen reader: role Link, with a press action that opens it."""

    def __init__(self, widget: ReaderLink) -> None:
        super().__init__(widget, QAccessible.Role.Link)
        self.link = widget

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.link.activate()
        else:
            super().doAction(name)


class ReaderLink(QWidget):
    """A focus stop over one link; emits ``activated(href)`` on Enter or Space."""

    activated = Signal(str)
    focused = Signal()

    def __init__(self, href: str, text: str, target: str, parent: QWidget) -> None:
        super().__init__(parent)
        use_interface(ReaderLink, ReaderLinkAccessible)
        self.setObjectName("reader_link")
        self.href = href
        self.text = text
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the browser takes clicks
        self.setAccessibleName(f"{text}, {target}")

    def activate(self) -> None:
        """Open the link."""
        self.activated.emit(self.href)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ACTIVATE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.activate()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # repaints, with the ring
        self.focused.emit()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour("focus_ring", self.palette()), 2)  # as on the buttons
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
