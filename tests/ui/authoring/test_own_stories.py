"""Mijn verhalen: write a story through the form, find it, put it in a pack, print it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from goedwerk.ui.packs.export_dialog import ExportChoice
from tests.ui.conftest import wait_for_search

BODY = (
    "Het is vrijdagmiddag. Op de afdeling ligt een conceptbesluit klaar dat nog niemand heeft "
    "gelezen. Mirjam twijfelt of ze het zo mag versturen."
)


@pytest.fixture
def authoring(open_app, mini_library: Path, tmp_path: Path):
    context = open_app(mini_library, tmp_path / "appdata")
    window = context.window
    window.authoring.actions.file_own_stories.trigger()
    own = window.authoring.own_window
    assert own is not None and own.isVisible()
    return context, window, own


def write_story(qtbot, own) -> None:
    qtbot.mouseClick(own.new_button, Qt.MouseButton.LeftButton)
    assert own.current is not None and own.current.id == "nieuw-verhaal"
    own.form.title.clear()
    qtbot.keyClicks(own.form.title, "Het vrijdagbesluit")
    own.form.themes.set_checked("openheid")
    own.form.values.set_checked("loyaliteit")
    qtbot.keyClicks(own.form.names, "Mirjam")
    body = own.editor.edits["body"]
    body.selectAll()
    qtbot.keyClicks(body, BODY)
    own.save_now()


def test_a_story_written_in_the_form_is_found_packed_and_printed(qtbot, authoring, tmp_path: Path) -> None:
    _context, window, own = authoring
    write_story(qtbot, own)
    assert own.status.text() == "Opgeslagen."
    assert not own.problems.isVisible(), own.problems.text()
    saved = (own.workspace.own_dir / "practice" / "nieuw-verhaal.md").read_text(encoding="utf-8")
    assert 'title: "Het vrijdagbesluit"' in saved and "themes: [integriteit, openheid]" in saved
    assert "## Voor de gespreksleider" in saved and BODY in saved
    assert own.story_list.currentItem().text() == "Het vrijdagbesluit"
    # the main window finds it and marks it as own
    window.search_panel.field.setText("vrijdagbesluit")
    assert wait_for_search(qtbot, window) == 1
    assert window.search_panel.model.hit(0).source == "own"
    window.open_item("story", "nieuw-verhaal")
    assert "eigen verhaal" in window.reader.browser.toPlainText()
    # into a pack and onto paper
    window.packs.create_pack("Vrijdag", "teamstart")
    window.open_item("story", "nieuw-verhaal")
    window.actions.item_add_to_pack.trigger()
    assert "story:nieuw-verhaal" in window.packs.builder.pack.blocks[0].items
    out = tmp_path / "vrijdag.pdf"
    window.packs.export_pdf(out, ExportChoice("a4", ("cover", "stories")))
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Het vrijdagbesluit" in text and "conceptbesluit" in text


def test_possible_personal_data_is_marked_and_the_check_speaks_inline(qtbot, authoring) -> None:
    _context, _window, own = authoring
    write_story(qtbot, own)
    body = own.editor.edits["body"]
    qtbot.keyClicks(body, " Bel Pieter op 06-12345678.")
    own.save_now()
    assert "telefoonnummer" in own.problems.text() and "Pieter" in own.problems.text()
    block = body.document().lastBlock()
    assert any(
        r.format.underlineStyle() != r.format.underlineStyle().NoUnderline for r in block.layout().formats()
    )
    qtbot.waitUntil(lambda: "Pieter" in own.editor.preview.toPlainText(), timeout=5_000)


def test_the_preview_shows_markdown_as_the_reader_does_and_never_raw_html(qtbot, authoring) -> None:
    _context, _window, own = authoring
    write_story(qtbot, own)
    body = own.editor.edits["body"]
    body.selectAll()
    qtbot.keyClicks(body, "**vet** en <b>geen html</b>")
    own.editor.update_preview()
    html = own.editor.preview.toHtml()
    assert "font-weight:700" in html and "&lt;b&gt;geen html&lt;/b&gt;" in html


def test_autosave_saves_without_being_asked(qtbot, authoring) -> None:
    _context, _window, own = authoring
    qtbot.mouseClick(own.new_button, Qt.MouseButton.LeftButton)
    own.form.title.end(False)
    qtbot.keyClicks(own.form.title, " over de Woo")
    assert own.pending
    qtbot.waitUntil(lambda: not own.pending, timeout=5_000)
    assert own.workspace.library.get("story", "nieuw-verhaal").title == "Nieuw verhaal over de Woo"


def test_delete_asks_first_and_can_be_undone(qtbot, authoring, monkeypatch) -> None:
    _context, window, own = authoring
    write_story(qtbot, own)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(own.delete_button, Qt.MouseButton.LeftButton)
    assert own.story_list.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(own.delete_button, Qt.MouseButton.LeftButton)
    assert own.story_list.count() == 0 and window.workspace.library.get("story", "nieuw-verhaal") is None
    assert own.undo_button.isVisible()
    qtbot.mouseClick(own.undo_button, Qt.MouseButton.LeftButton)
    assert own.story_list.count() == 1
    assert window.workspace.library.get("story", "nieuw-verhaal").title == "Het vrijdagbesluit"


def test_copy_as_own_starts_from_the_story_being_read(
    qtbot, open_app, mini_library: Path, tmp_path: Path
) -> None:
    context = open_app(mini_library, tmp_path / "appdata")
    window = context.window
    assert not window.authoring.actions.item_copy_as_own.isEnabled()
    window.open_item("story", "de-nota")
    assert window.authoring.actions.item_copy_as_own.isEnabled()
    window.authoring.actions.item_copy_as_own.trigger()
    own = window.authoring.own_window
    assert own.isVisible() and own.current.id == "de-nota-eigen"
    assert own.form.title.text() == "De nota aan de minister (eigen versie)"
    assert set(own.form.values.checked()) == {"loyaliteit", "eerlijkheid"}
    assert own.workspace.library.is_own("story", "de-nota-eigen")
