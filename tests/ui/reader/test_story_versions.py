"""Short versions and facilitator notes as a user meets them: reader, builder, print, room."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from goedwerk.core.packs.operations import add_item, set_short_version
from goedwerk.ui.packs.export_dialog import ExportChoice
from goedwerk.ui.workshop import open_workshop

NOTES = "Laat de groep eerst beschrijven"  # only in the mini stories' facilitator notes
SHORT = "Een ambtenaar staat voor een keuze"  # only in their short versions
FULL = "Sanne schrijft een nota aan de minister"  # only in the story de-nota itself
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(open_app, mini_library: Path, tmp_path: Path):
    return open_app(mini_library, tmp_path / "versions").window


def test_the_reader_shows_the_story_and_toggles_short_version_and_notes(qtbot, window) -> None:
    reader = window.reader
    window.open_item("story", "de-nota")
    assert reader.version_bar.isVisible()
    text = reader.plain_text()
    assert FULL in text and SHORT not in text
    assert "Voor de gespreksleider".upper() in text.upper() and NOTES in text
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
    assert SHORT in reader.plain_text() and FULL not in reader.plain_text()
    assert "Korte versie van het verhaal" in reader.plain_text()
    qtbot.mouseClick(reader.notes_button, Qt.MouseButton.LeftButton)
    assert NOTES not in reader.plain_text()
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
    assert FULL in reader.plain_text()
    window.open_item("value", "loyaliteit")
    assert not reader.version_bar.isVisible()


def test_a_guide_is_found_read_and_added_to_a_pack(qtbot, window) -> None:
    panel = window.search_panel
    panel.field.setText("drie woorden")
    with qtbot.waitSignal(panel.search_finished):
        panel.search_now()
    assert [(h.kind, h.id) for h in panel.result.hits][:1] == [("guide", "opwarmer-drie-woorden")]
    window.open_item("guide", "opwarmer-drie-woorden")
    assert "HANDREIKING" in window.reader.plain_text().upper()
    assert "Opwarmer" in window.reader.plain_text()
    window.packs.create_pack("Met opwarmer", "teamstart")
    window.open_item("guide", "opwarmer-drie-woorden")
    window.actions.item_add_to_pack.trigger()
    assert "guide:opwarmer-drie-woorden" in window.packs.builder.pack.blocks[0].items


def select_item(builder, block: int, item: int) -> None:
    builder.select(block, item)
    assert builder.selected() == (block, item)


def test_the_builder_sets_the_short_version_and_print_and_room_follow(qtbot, window, tmp_path) -> None:
    pack = window.packs.create_pack("Korte sessie", "teamstart")
    window.packs.builder.set_pack(window.workspace.packs.save(add_item(pack, 0, "story:de-nota")))
    builder = window.packs.builder
    select_item(builder, 0, 0)
    assert builder.short_box.isVisible() and builder.short_box.isEnabled()
    assert not builder.short_box.isChecked()
    qtbot.mouseClick(builder.short_box, Qt.MouseButton.LeftButton)
    assert builder.pack.short_versions == ("de-nota",)
    assert window.workspace.packs.get(pack.id).short_versions == ("de-nota",)  # saved at once
    assert "(korte versie)" in builder.model.index(0, 1, builder.model.index(0, 0)).data()

    out = tmp_path / "kort.pdf"
    window.packs.export_pdf(out, ExportChoice("a4", ("script", "stories")))
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    handouts = [p for p in pages if "PRAKTIJKVERHAAL" in p]
    assert handouts and all(SHORT in p and FULL not in p and NOTES not in p for p in handouts)
    assert any(NOTES in p for p in pages if "PRAKTIJKVERHAAL" not in p)  # the script has them

    presenter = open_workshop(None, window.workspace, builder.pack)
    qtbot.addWidget(presenter)
    presenter.show_audience()
    qtbot.waitUntil(presenter.audience.isVisible)
    assert SHORT in presenter.audience.plain_text() and FULL not in presenter.audience.plain_text()
    presenter.close()

    window.actions.edit_undo.trigger()
    assert builder.pack.short_versions == ()


def test_handouts_of_a_full_story_never_carry_the_notes(qtbot, window, tmp_path) -> None:
    pack = window.packs.create_pack("Volledig", "teamstart")
    pack = add_item(add_item(pack, 0, "story:de-nota"), 0, "story:de-cadeaubon")
    window.packs.builder.set_pack(window.workspace.packs.save(set_short_version(pack, "x", False)))
    out = tmp_path / "vol.pdf"
    window.packs.export_pdf(out, ExportChoice("a4", ("stories",)))
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert FULL in text and "Na de aanbesteding" in text
    assert NOTES not in text and "gespreksleider" not in text.lower()


def test_the_value_sort_starts_with_the_formats_set_and_another_can_be_chosen(qtbot, tmp_path) -> None:
    from goedwerk.core.workspace import Workspace
    from goedwerk.ui.reflections import open_value_sort

    ws = Workspace(Path(__file__).resolve().parents[3] / "stories", tmp_path / "sortdata")
    try:
        window = open_value_sort(None, ws, None)
        qtbot.addWidget(window)
        choice = window.set_choice
        assert choice.currentText() == "Set ‘kern’ (30 kaarten)"
        assert len(window.sort.deck) == 30 and "moed" not in window.sort.deck
        everything = choice.findData("")
        assert choice.itemText(everything) == "Alle kaarten (35)"
        choice.setFocus()
        qtbot.keyClick(choice, Qt.Key.Key_End)  # the keyboard's pick: the last entry
        assert choice.currentIndex() == everything
        assert len(window.sort.deck) == 35 and window.recorder.sort is window.sort
        assert "0 van 5" in window.recorder.headers[1].text()  # 5/7/11/7/5 for 35 cards
        window.close()
    finally:
        ws.close()
