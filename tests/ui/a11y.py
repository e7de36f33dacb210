"""What a screen reader finds in a window, read in-process through Qt's accessibility interfaces.

``unnamed_controls`` walks the accessibility tree (what AT-SPI hands to Orca) and lists the
controls on screen without a name; ``focus_chain`` follows Tab; ``out_of_screen_order`` lists
the Tab steps that jump back up or back left on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role

CONTROLS = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.SpinBox,
    Role.EditableText,
    Role.Slider,
    Role.Link,
    Role.PageTab,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.ProgressBar,
    Role.List,
    Role.Tree,
    Role.Table,
    Role.Dialog,
    Role.Window,
}
CELLS = {Role.ListItem, Role.TreeItem, Role.Cell}
HEADERS = {Role.ColumnHeader, Role.RowHeader}


def _describe(iface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    return f"{iface.role().name} {type(obj).__name__ if obj is not None else ''} {name!r}".strip()


def unnamed_controls(window: QWidget) -> list[str]:
    """Controls on screen that a screen reader would announce without a name."""
    problems: list[str] = []
    root = QAccessible.queryAccessibleInterface(window)
    _walk(root, problems, parent="window", depth=0)
    return problems


def _walk(iface, problems: list[str], parent: str, depth: int) -> None:
    if iface is None or not iface.isValid() or depth > 40:
        return
    state = iface.state()
    if state.invisible:
        return
    role, name = iface.role(), iface.text(QAccessible.Text.Name).strip()
    if role in HEADERS and (not name or name.isdigit()):
        problems.append(f"header {name!r} in {parent}")
    elif role in CELLS and not name and state.focusable:
        problems.append(f"empty cell in {parent}")
    elif (role in CONTROLS or (state.focusable and role not in CELLS)) and not name:
        problems.append(_describe(iface))
    here = _describe(iface) if role not in CELLS else parent
    for index in range(iface.childCount()):
        _walk(iface.child(index), problems, here, depth + 1)


def focus_chain(start: QWidget) -> list[QWidget]:
    """The widgets Tab visits, once round, from ``start`` (visible and enabled only)."""
    window = start.window()
    chain = [start]
    widget = start.nextInFocusChain()
    while widget is not start and widget is not None and len(chain) < 500:
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
        if focusable and widget.isVisible() and widget.isEnabled() and widget.window() is window:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def out_of_screen_order(chain: list[QWidget]) -> list[str]:
    """Tab steps to a widget above (in the same column) or left (in the same row) of an earlier one."""
    problems = []
    for i, first in enumerate(chain):
        a = _rect(first)
        for second in chain[i + 1 :]:
            b = _rect(second)
            same_column = a.left() < b.right() and b.left() < a.right()
            same_row = a.top() <= b.center().y() <= a.bottom() and b.top() <= a.center().y() <= b.bottom()
            if (same_column and b.center().y() < a.top()) or (same_row and b.right() <= a.left()):
                problems.append(f"{_name(first)} before {_name(second)}")
    return problems


def _name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def spoken(widget: QWidget) -> tuple[str, str]:
    """The value and the description a screen reader reads for ``widget``."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Value), iface.text(QAccessible.Text.Description)


def role_and_name(widget: QWidget) -> tuple[Role, str]:
    """The role and name a screen reader announces for ``widget``."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.role(), iface.text(QAccessible.Text.Name)
