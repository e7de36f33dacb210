"""The pack builder, driven through its real widgets: format, drag, reorder, undo, times, export."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from goedwerk.ui.packs.export_dialog import ExportChoice
from tests.pdf_reading import pages_text

DATA = Path(__file__).resolve().parents[2] / "data"


def agenda_rows(builder) -> list[tuple[str, str, str]]:
    model = builder.model
    return [tuple(model.index(row, col).data() for col in range(3)) for row in range(model.rowCount())]


def item_texts(builder, block: int) -> list[str]:
    model = builder.model
    parent = model.index(block, 0)
    return [model.index(row, 1, parent).data() for row in range(model.rowCount(parent))]


@pytest.fixture
def built(open_app, mini_library: Path, tmp_path: Path):
    context = open_app(mini_library, tmp_path / "packdata")
    window = context.window
    pack = window.packs.create_pack("Teamsessie", "teamstart")
    return context, window, pack


def test_new_pack_from_a_format_opens_in_the_builder(qtbot, built) -> None:
    _context, window, pack = built
    builder = window.packs.builder
    assert builder.isVisible() and window.reader.isVisible()
    assert window.packs.pack_list.ids() == [pack.id]
    assert [row[1] for row in agenda_rows(builder)] == ["Verhaal lezen", "Twee vragen", "Afspraak"]
    assert agenda_rows(builder)[0][0] == "0:00–0:10"  # no start time yet: elapsed time
    builder.start.setFocus()
    qtbot.keyClicks(builder.start, "13:30")
    assert [row[0] for row in agenda_rows(builder)] == ["13:30–13:40", "13:40–13:55", "13:55–14:00"]
    assert builder.total.text() == "Totaal: 30 minuten  (13:30–14:00)"


def test_an_item_the_library_no_longer_has_says_so_in_the_agenda(qtbot, built) -> None:
    context, window, pack = built
    block = pack.blocks[0]
    gone = replace(block, items=(*block.items, "value:bestaat-niet-meer"))  # a card merged away later
    older = context.workspace.packs.save(replace(pack, id="ouder-pakket", blocks=(gone, *pack.blocks[1:])))
    window.packs.refresh_list()
    window.packs.open_pack(older.id)
    texts = item_texts(window.packs.builder, 0)
    assert texts[-1] == "Waardenkaart · bestaat-niet-meer (niet in de bibliotheek)"  # not a raw ref


def test_drag_story_reorder_undo_and_minutes(qtbot, built) -> None:
    _context, window, _pack = built
    builder, panel = window.packs.builder, window.search_panel
    builder.pack = builder.pack  # the pack from the format
    qtbot.keyClicks(builder.start, "9:00")
    # drag the story "De cadeaubon" from the search results onto the first block
    panel.field.setText("cadeaubon")
    with qtbot.waitSignal(panel.search_finished):
        panel.search_now()
    drag = panel.model.mimeData([panel.model.index(0, 0)])
    assert builder.model.dropMimeData(drag, Qt.DropAction.CopyAction, -1, 0, builder.model.index(0, 0))
    assert item_texts(builder, 0) == ["Verhaal · De cadeaubon"]
    # reorder: drag the last block to the top
    move = builder.model.mimeData([builder.model.index(2, 0)])
    assert builder.model.dropMimeData(move, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [row[1] for row in agenda_rows(builder)] == ["Afspraak", "Verhaal lezen", "Twee vragen"]
    assert agenda_rows(builder)[1][0] == "09:05–09:15"
    # undo puts the order back, keeping the dragged story
    window.actions.edit_undo.trigger()
    assert [row[1] for row in agenda_rows(builder)] == ["Verhaal lezen", "Twee vragen", "Afspraak"]
    assert item_texts(builder, 0) == ["Verhaal · De cadeaubon"]
    window.actions.edit_redo.trigger()
    assert agenda_rows(builder)[0][1] == "Afspraak"
    # change minutes in place: later clock times follow
    assert builder.model.setData(builder.model.index(0, 2), 20)
    assert agenda_rows(builder)[0] == ("09:00–09:20", "Afspraak", "20 min")
    assert agenda_rows(builder)[1][0] == "09:20–09:30"
    assert "Let op: 15 minuten langer dan gepland (30 minuten)." == builder.warning.text()


def test_pack_survives_closing_and_reopening(
    qtbot, open_app, built, mini_library: Path, tmp_path: Path
) -> None:
    context, window, pack = built
    builder = window.packs.builder
    qtbot.keyClicks(builder.start, "10:15")
    builder.title.selectAll()
    qtbot.keyClicks(builder.title, "Sessie integriteit")
    window.open_item("story", "de-nota")
    window.actions.item_add_to_pack.trigger()
    assert item_texts(builder, 0) == ["Verhaal · De nota aan de minister"]
    window.close()
    context.workspace.close()

    again = open_app(mini_library, tmp_path / "packdata").window
    builder = again.packs.builder
    assert builder.pack is not None and builder.pack.id == pack.id
    assert builder.title.text() == "Sessie integriteit"
    assert agenda_rows(builder)[0][0] == "10:15–10:25"
    assert item_texts(builder, 0) == ["Verhaal · De nota aan de minister"]
    assert "Sessie integriteit" in again.packs.pack_list.list.item(0).text()


def test_instructions_typed_are_saved_and_undone_as_one_step(qtbot, built) -> None:
    _context, window, _pack = built
    builder = window.packs.builder
    builder.select(1)
    builder.instructions.clear()
    qtbot.keyClicks(builder.instructions, "Bespreek in drietallen.")
    assert window.workspace.packs.get(builder.pack.id).blocks[1].instructions == "Bespreek in drietallen."
    window.actions.edit_undo.trigger()
    assert (
        window.workspace.packs.get(builder.pack.id).blocks[1].instructions
        == "Bespreek de twee vragen in tweetallen."
    )


def test_invalid_start_time_is_marked_and_not_saved(qtbot, built) -> None:
    _context, window, _pack = built
    builder = window.packs.builder
    qtbot.keyClicks(builder.start, "25:61")
    assert "border" in builder.start.styleSheet()
    assert builder.pack.start is None


def test_delete_with_undo_and_duplicate(qtbot, built) -> None:
    _context, window, pack = built
    window.packs.duplicate_pack()
    assert len(window.packs.pack_list.ids()) == 2
    assert window.packs.builder.pack.title == "Teamsessie (kopie)"
    window.packs.delete_pack(confirm=False)
    assert window.packs.pack_list.ids() == [pack.id]
    assert window.packs.pack_list.undo_bar.isVisibleTo(window.packs.pack_list)
    qtbot.mouseClick(window.packs.pack_list.undo_button, Qt.MouseButton.LeftButton)
    assert len(window.packs.pack_list.ids()) == 2
    assert window.packs.builder.pack.title == "Teamsessie (kopie)"


def test_importing_a_broken_pack_file_names_its_lines_and_stores_nothing(
    qtbot, built, tmp_path: Path
) -> None:
    _context, window, _pack = built
    broken = Path(shutil.copy(DATA / "packs" / "kapot.pack.yaml", tmp_path / "kapot.pack.yaml"))
    with qtbot.waitSignal(window.packs.warning) as blocker:
        assert window.packs.import_pack(broken) is None
    assert "kapot.pack.yaml:" in blocker.args[1]
    assert len(window.packs.pack_list.ids()) == 1
    good = Path(shutil.copy(DATA / "packs" / "teamsessie.pack.yaml", tmp_path / "team.pack.yaml"))
    imported = window.packs.import_pack(good)
    assert imported is not None and imported.id in window.packs.pack_list.ids()
    assert window.packs.builder.pack.title == "Teamsessie Goed Werk"


def test_export_pdf_from_the_window(qtbot, built, tmp_path: Path) -> None:
    _context, window, _pack = built
    window.open_item("story", "de-cadeaubon")
    window.actions.item_add_to_pack.trigger()
    out = tmp_path / "pakket.pdf"
    window.packs.export_pdf(out, ExportChoice("a4", ("cover", "agenda", "stories")))
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    text = " ".join(pages_text(out))
    assert "Teamsessie" in text and "De cadeaubon" in text and "envelop" in text
    assert "PDF opgeslagen" in window.statusBar().currentMessage()


def test_f5_starts_the_workshop_for_the_open_pack(qtbot, built) -> None:
    from PySide6.QtWidgets import QApplication

    from goedwerk.ui.workshop.presenter_window import PresenterWindow

    _context, window, _pack = built
    window.packs.builder.title.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenters = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PresenterWindow) and w.isVisible()
    ]
    assert len(presenters) == 1
    assert "Teamsessie" in presenters[0].windowTitle()
    presenters[0].close()


def test_reflections_value_sort_and_harvest_open_from_the_window(qtbot, built) -> None:
    from goedwerk.ui.reflections import ReflectionsWindow, ValueSortWindow

    _context, window, pack = built
    window.actions.pack_reflections.trigger()
    reflections = window.findChild(ReflectionsWindow)
    assert reflections is not None and reflections.isVisible()
    window.actions.pack_value_sort.trigger()
    sorts = [w for w in window.findChildren(ValueSortWindow) if w.isVisible()]
    assert len(sorts) == 1 and sorts[0].pack_id == pack.id
    window.actions.view_harvest.trigger()
    assert window.findChild(ReflectionsWindow) is reflections
    reflections.close()
    sorts[0].close()


def test_a_start_backs_up_the_catalog(open_app, mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "backed-up"
    first = open_app(mini_library, data)
    first.window.packs.create_pack("Bewaren", None)
    first.window.close()
    first.workspace.close()
    open_app(mini_library, data)
    backups = sorted((data / "backups").glob("catalog-*.sqlite"))
    assert backups, "no backup was made at start"
    import sqlite3

    conn = sqlite3.connect(backups[-1])
    titles = [row[0] for row in conn.execute("SELECT title FROM packs")]
    conn.close()
    assert titles == ["Bewaren"]
