"""What a screen reader hears: announcements, and the current item of a view when it gets focus.

``announce`` sends an announcement event (AT-SPI ``Announcement``, what Orca speaks) and keeps
the text on a visible status line, so a sighted user reads what a blind user hears.
``announce_current_item`` makes a list or tree say its current item, not only itself, on focus.
``use_interface`` gives a widget class its own accessible interface (a role Qt has no widget for,
such as a link, or a name that follows a state).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAbstractItemView, QAccessibleWidget, QLabel, QWidget

InterfaceFn = Callable[[QWidget], QAccessibleWidget]
_INTERFACES: dict[type, InterfaceFn] = {}


def _interface_for(_key: str, obj: QObject) -> QAccessibleWidget | None:
    make = _INTERFACES.get(type(obj))
    return make(obj) if make is not None else None


def use_interface(widget_class: type, make: InterfaceFn) -> None:
    """Widgets of exactly ``widget_class`` get their accessible interface from ``make(widget)``."""
    if not _INTERFACES:
        QAccessible.installFactory(_interface_for)  # once per process: Qt keeps every factory
    _INTERFACES[widget_class] = make


def announce(source: QWidget, text: str, urgent: bool = False) -> None:
    """Have a screen reader speak ``text`` (``urgent`` interrupts what it is saying)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class LiveStatus(QLabel):
    """A status line whose every new text is also announced to a screen reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.spoken: list[str] = []

    def say(self, text: str, urgent: bool = False) -> None:
        """Show ``text`` and announce it."""
        self.setText(text)
        self.setAccessibleName(text)
        self.spoken.append(text)
        announce(self, text, urgent)


class _CurrentItemOnFocus(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.view, self._focus_current)
        return False

    def _focus_current(self) -> None:
        view = self.view
        model = view.model()
        if model is None or not view.hasFocus():
            return
        index = view.currentIndex()
        if not index.isValid() and model.rowCount():
            index = model.index(0, 0)
            flags = QItemSelectionModel.SelectionFlag
            view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            return  # the view announces a new current item itself
        if index.isValid():
            view_iface = QAccessible.queryAccessibleInterface(view)
            child = _child_of(view_iface, view.visualRect(index).center(), view)
            if child >= 0:
                event = QAccessibleEvent(view, QAccessible.Event.Focus)
                event.setChild(child)
                QAccessible.updateAccessibility(event)


def _child_of(iface, point, view: QAbstractItemView) -> int:
    if iface is None:
        return -1
    global_point = view.viewport().mapToGlobal(point)
    child = iface.childAt(global_point.x(), global_point.y())
    return iface.indexOfChild(child) if child is not None else -1


def announce_current_item(view: QAbstractItemView) -> None:
    """On focus, ``view`` makes a current item (the first, if none) and says which it is."""
    view.installEventFilter(_CurrentItemOnFocus(view))


def set_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
