"""Value sorts and reflections: record what a group found, never lose it, harvest it.

Entry points for the main window: ``open_reflections`` and ``open_value_sort`` open (or raise)
a window that belongs to ``parent``; ``offer_restore`` follows ``core.backup.check_and_backup``.

The windows are imported when first asked for (``__getattr__``), not with the main window's
menus: the start does not wait for the harvest, its exports and the personal-data checks.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from goedwerk.core.workspace import Workspace
    from goedwerk.ui.common.export_files import ExportFiles
    from goedwerk.ui.reflections.reflections_window import ReflectionsWindow
    from goedwerk.ui.reflections.restore_dialog import offer_restore
    from goedwerk.ui.reflections.value_sort_window import ValueSortWindow

__all__ = ["ReflectionsWindow", "ValueSortWindow", "offer_restore", "open_reflections", "open_value_sort"]

_LAZY = {
    "ReflectionsWindow": "reflections_window",
    "ValueSortWindow": "value_sort_window",
    "offer_restore": "restore_dialog",
}


def __getattr__(name: str) -> Any:
    """The windows and the restore offer, imported on first use."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


def open_reflections(
    parent: QWidget | None,
    workspace: Workspace,
    pack_id: str | None = None,
    block_index: int | None = None,
    harvest: bool | None = None,
    exports: ExportFiles | None = None,
) -> ReflectionsWindow:
    """Show the reflections window: the editor for a pack (or block), else the harvest."""
    from goedwerk.ui.reflections.reflections_window import ReflectionsWindow

    window = parent.findChild(ReflectionsWindow) if parent is not None else None
    if window is None:
        window = ReflectionsWindow(workspace, pack_id, parent, exports=exports)
        if block_index is not None:
            window.set_target(pack_id, block_index)
    elif pack_id is not None:
        window.set_target(pack_id, block_index)
    if harvest or (harvest is None and pack_id is None):
        window.show_harvest()
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_value_sort(
    parent: QWidget | None,
    workspace: Workspace,
    pack_id: str | None = None,
    exports: ExportFiles | None = None,
) -> ValueSortWindow:
    """Show the value-sort window of ``pack_id`` (one window per pack)."""
    from goedwerk.ui.reflections.value_sort_window import ValueSortWindow

    for window in parent.findChildren(ValueSortWindow) if parent is not None else []:
        if window.pack_id == pack_id:
            break
    else:
        window = ValueSortWindow(workspace, pack_id, parent, exports=exports)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
