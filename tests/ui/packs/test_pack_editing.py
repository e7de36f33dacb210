"""Editing a pack in place: the date field, the minutes spin box, the builder beside the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QSpinBox

from tests.ui.conftest import type_query


@pytest.fixture
def window(qtbot, open_app, mini_library: Path, tmp_path: Path):
    window = open_app(mini_library, tmp_path / "packdata").window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def edit_cell(qtbot, builder, row: int, column: int, text: str) -> QSpinBox | None:
    """Edit a cell of the agenda as a user does: F2, select all, type, Enter."""
    builder.agenda.setFocus()
    builder.agenda.setCurrentIndex(builder.model.index(row, column))
    qtbot.keyClick(builder.agenda, Qt.Key.Key_F2)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    spin = editor if isinstance(editor, QSpinBox) else None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call
    return spin


def test_the_date_is_a_date_field_and_other_edits_leave_it_alone(qtbot, window) -> None:
    pack = window.packs.create_pack("Teamsessie", "teamstart")
    builder = window.packs.builder
    assert isinstance(builder.date, QDateEdit) and builder.date.calendarPopup()
    assert builder.date.text() == "geen datum"
    builder.date.setFocus()
    builder.date.setDate(QDate(2025, 6, 3))  # what choosing in the calendar does
    assert window.workspace.packs.get(pack.id).date == "2025-06-03"
    builder.title.setFocus()
    builder.title.selectAll()
    qtbot.keyClicks(builder.title, "Andere titel")
    assert builder.date.text() == "03-06-2025"
    assert window.workspace.packs.get(pack.id).date == "2025-06-03"
    window.actions.edit_undo.trigger()
    window.actions.edit_undo.trigger()
    assert window.workspace.packs.get(pack.id).date is None and builder.date.text() == "geen datum"


def test_titles_and_minutes_edited_in_place_keep_the_focus_and_print_nothing(
    qtbot, window, capfd: pytest.CaptureFixture[str]
) -> None:
    window.packs.create_pack("Teamsessie", "teamstart")
    builder = window.packs.builder
    capfd.readouterr()
    edit_cell(qtbot, builder, 0, 1, "Lezen")
    assert builder.pack.blocks[0].title == "Lezen" and builder.agenda.hasFocus()
    spin = edit_cell(qtbot, builder, 0, 2, "25")
    assert spin is not None and spin.minimum() == 1
    assert builder.pack.blocks[0].minutes == 25 and builder.agenda.hasFocus()
    edit_cell(qtbot, builder, 1, 2, "0")
    assert builder.pack.blocks[1].minutes == 15  # below one minute is not on offer
    assert builder.model.index(0, 2).data() == "25 min"
    assert capfd.readouterr().err == ""


def test_a_search_result_opens_beside_the_open_pack_and_a_drop_says_what_was_added(qtbot, window) -> None:
    window.packs.create_pack("Teamsessie", "teamstart")
    builder, panel = window.packs.builder, window.search_panel
    type_query(qtbot, window, "cadeaubon")
    panel.results.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.reader.current() == ("story", "de-cadeaubon")
    assert window.reader.isVisible() and builder.isVisible()
    drag = panel.model.mimeData([panel.model.index(0, 0)])
    assert builder.model.dropMimeData(drag, Qt.DropAction.CopyAction, -1, 0, builder.model.index(0, 0))
    assert builder.pack.blocks[0].items == ("story:de-cadeaubon",)
    assert window.statusBar().currentMessage() == "‘De cadeaubon’ toegevoegd aan ‘Verhaal lezen’."


def test_clicking_the_open_pack_brings_the_builder_forward(qtbot, window) -> None:
    pack = window.packs.create_pack("Teamsessie", "teamstart")
    window.open_item("story", "de-nota")
    builder, lst = window.packs.builder, window.packs.pack_list
    window.tabs.setCurrentWidget(lst)
    window.search_panel.field.setFocus()
    assert lst.current_id() == pack.id
    row = lst.list.visualItemRect(lst.list.item(0)).center()
    qtbot.mouseClick(lst.list.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert builder.isVisible() and builder.agenda.hasFocus()
    assert window.reader.isVisible() and window.reader.current() == ("story", "de-nota")


def test_add_to_pack_says_why_it_is_disabled(window) -> None:
    action = window.actions.item_add_to_pack
    assert not action.isEnabled()
    assert "Open eerst een sessiepakket" in action.toolTip()
    window.packs.create_pack("Teamsessie", "teamstart")
    assert action.isEnabled() and "Open eerst" not in action.toolTip()
