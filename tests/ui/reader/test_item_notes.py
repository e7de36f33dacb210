"""Private notes: written in the reader, kept across a restart, found by search, shown in the builder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import type_query


def test_a_note_typed_in_the_reader_survives_a_restart(qtbot, open_app, mini_library: Path, tmp_path) -> None:
    data = tmp_path / "notesdata"
    window = open_app(mini_library, data).window
    window.open_item("story", "de-nota")
    editor = window.reader.note_editor
    assert editor.isVisible() and editor.toPlainText() == ""
    editor.setFocus()
    with qtbot.waitSignal(editor.note_saved, timeout=5000) as saved:
        qtbot.keyClicks(editor, "Lees het slot hardop voor")
    assert saved.args == ["story:de-nota"]
    window.open_item("story", "de-cadeaubon")
    assert editor.toPlainText() == ""
    window.close()
    again = open_app(mini_library, data).window
    again.open_item("story", "de-nota")
    assert again.reader.note_editor.toPlainText() == "Lees het slot hardop voor"


def test_switching_items_saves_the_note_at_once(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    window = context.window
    window.open_item("value", window.workspace.library.values[0].id)
    qtbot.keyClicks(window.reader.note_editor, "kaart voor de opening")
    window.open_item("story", "de-nota")  # before the typing pause ends
    ref = f"value:{window.workspace.library.values[0].id}"
    assert context.workspace.notes.get(ref) == "kaart voor de opening"


def test_notes_are_searchable_and_shown_in_the_builder(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    window, ws = context.window, context.workspace
    ws.notes.set("story:de-cadeaubon", "Zeppelinmoment: hier valt de groep stil.")
    type_query(qtbot, window, "zeppelinmoment")
    panel = window.search_panel
    assert [panel.model.hit(row).id for row in range(panel.model.rowCount())] == ["de-cadeaubon"]
    window.packs.create_pack("Teamsessie", "teamstart")
    builder = window.packs.builder
    builder.select(0)
    assert builder.add_item("story:de-cadeaubon")
    index = builder.model.index(0, 1, builder.model.index(0, 0))
    assert index.data().endswith("  ✎")
    assert "Je notitie: Zeppelinmoment: hier valt de groep stil." in index.data(Qt.ItemDataRole.ToolTipRole)


def test_own_notes_in_the_printed_script_when_ticked(qtbot, open_app, mini_library: Path, tmp_path) -> None:
    from pypdf import PdfReader

    from goedwerk.ui.packs.export_dialog import ExportChoice

    context = open_app(mini_library)
    window, ws = context.window, context.workspace
    window.packs.create_pack("Teamsessie", "teamstart")
    window.packs.builder.select(0)
    window.packs.builder.add_item("story:de-nota")
    ws.notes.set("story:de-nota", "Zeppelinmoment in de zaal")
    texts = []
    for on in (False, True):
        pdf = tmp_path / f"script-{on}.pdf"
        window.packs.export_pdf(pdf, ExportChoice("a4", ("script",), on))
        qtbot.waitUntil(lambda pdf=pdf: pdf.exists() and not window.runner.busy, timeout=20_000)
        texts.append(" ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages))
    assert "Zeppelinmoment" not in texts[0]
    assert "Mijn notities De nota aan de minister" in texts[1]
    assert "Zeppelinmoment in de zaal" in texts[1]
