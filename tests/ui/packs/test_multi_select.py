"""Several results selected at once are added to a block in one go, in the order shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.ui.conftest import wait_for_search


def test_selected_results_are_added_in_order_and_undone_at_once(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    pack = window.packs.create_pack("Teamsessie", "teamstart")
    builder = window.packs.builder
    builder.select(0)
    panel = window.search_panel
    window.tabs.setCurrentWidget(panel)
    panel.facets.set_checked("kind", "story")
    wait_for_search(qtbot, window)
    shown = [f"story:{panel.model.hit(row).id}" for row in range(panel.model.rowCount())]
    assert len(shown) >= 3
    view = panel.results
    view.setFocus()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(panel.model.index(2, 0)).center()
    )
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(panel.model.index(0, 0), flags)  # as a Ctrl+click does
    selection.select(panel.model.index(1, 0), flags)
    window.actions.item_add_to_pack.trigger()
    assert builder.pack.blocks[0].items == tuple(shown[:3])
    assert window.workspace.packs.get(pack.id).blocks[0].items == tuple(shown[:3])
    builder.undo_stack.undo()
    assert builder.pack.blocks[0].items == ()
