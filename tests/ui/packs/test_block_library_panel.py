"""The block library beside the agenda: a saved block is dragged onto the agenda and lands where
it is dropped, as one step to undo; Enter in the list inserts it after the current block."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from goedwerk.ui.packs.block_library_panel import BLOCK_MIME


def titles(builder) -> list[str]:
    return [block.title for block in builder.pack.blocks]


def drop_on_agenda(builder, mime: QMimeData, point: QPoint) -> bool:
    """What a mouse drag delivers to the agenda: enter, move and drop at ``point``."""
    viewport = builder.agenda.viewport()
    action, button, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, button, keys)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(viewport, QDragMoveEvent(point, action, mime, button, keys))
    drop = QDropEvent(QPointF(point), action, mime, button, keys)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def saved_closing_block(window) -> None:
    """Save the last block of a first pack, with a question in it, in the block library."""
    window.packs.create_pack("Eerste", "teamstart")
    builder = window.packs.builder
    builder.select(2)
    builder.add_item("question:" + window.workspace.library.questions[0].id)
    builder.select(2)
    window.actions.pack_save_block.trigger()


def test_a_saved_block_dragged_between_two_blocks_lands_there(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    saved_closing_block(window)
    builder = window.packs.builder
    panel = builder.block_library
    assert panel.titles() == ["Afspraak"]
    window.packs.create_pack("Tweede", "teamstart")
    assert titles(builder) == ["Verhaal lezen", "Twee vragen", "Afspraak"]
    mime = panel.list.mimeData([panel.list.item(0)])
    assert mime.hasFormat(BLOCK_MIME)
    builder.agenda.collapseAll()
    second = builder.agenda.visualRect(builder.model.index(1, 1))
    assert drop_on_agenda(builder, mime, QPoint(second.center().x(), second.top() + 1))  # above block 2
    assert titles(builder) == ["Verhaal lezen", "Afspraak", "Twee vragen", "Afspraak"]
    assert len(builder.pack.blocks[1].items) == 1 and builder.selected() == (1, None)
    assert builder.pack.minutes == 35
    assert window.statusBar().currentMessage() == "Blok ‘Afspraak’ ingevoegd als blok 2."
    window.actions.edit_undo.trigger()
    assert titles(builder) == ["Verhaal lezen", "Twee vragen", "Afspraak"]


def test_a_saved_block_dropped_on_a_block_goes_after_it(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    saved_closing_block(window)
    builder = window.packs.builder
    window.packs.create_pack("Tweede", "teamstart")
    panel = builder.block_library
    builder.agenda.collapseAll()
    first = builder.agenda.visualRect(builder.model.index(0, 1))
    assert drop_on_agenda(builder, panel.list.mimeData([panel.list.item(0)]), first.center())
    assert titles(builder) == ["Verhaal lezen", "Afspraak", "Twee vragen", "Afspraak"]


def test_enter_in_the_block_library_inserts_after_the_current_block(
    qtbot, open_app, mini_library: Path
) -> None:
    window = open_app(mini_library).window
    saved_closing_block(window)
    builder = window.packs.builder
    window.packs.create_pack("Tweede", "teamstart")
    builder.select(0)
    panel = builder.block_library
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert titles(builder) == ["Verhaal lezen", "Afspraak", "Twee vragen", "Afspraak"]


def test_hostile_drag_data_changes_nothing(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    window.packs.create_pack("Tweede", "teamstart")
    builder = window.packs.builder
    before = builder.pack
    for payload in (b"{not json", b'{"title": "X", "minutes": -5, "kind": "other"}', b"[]"):
        mime = QMimeData()
        mime.setData(BLOCK_MIME, payload)
        builder.model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, builder.model.index(-1, -1))
    assert builder.pack == before and not builder.undo_stack.canUndo()


def test_an_empty_block_library_is_a_hint_not_a_blank_box(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    window.packs.create_pack("Eerste", "teamstart")
    builder = window.packs.builder
    panel = builder.block_library
    assert not panel.list.isVisible() and panel.hint.text().startswith("Nog leeg")
    assert panel.height() < builder.agenda.height() // 3  # the agenda has the room
    saved_closing_block(window)
    assert panel.list.isVisible() and panel.titles() == ["Afspraak"]
    row = panel.list.visualItemRect(panel.list.item(0))
    assert row.height() > 0 and row.bottom() <= panel.list.viewport().height()  # the saved block shows whole
