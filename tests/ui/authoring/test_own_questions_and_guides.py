"""Own questions and guides in Mijn verhalen: written in the form, found, packed, copied, deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import wait_for_search


@pytest.fixture
def own(open_app, mini_library: Path, tmp_path: Path):
    window = open_app(mini_library, tmp_path / "appdata").window
    window.authoring.actions.file_own_stories.trigger()
    return window, window.authoring.own_window


def marked(edit) -> bool:
    block = edit.document().firstBlock()
    return any(
        r.format.underlineStyle() != r.format.underlineStyle().NoUnderline for r in block.layout().formats()
    )


def test_an_own_question_is_written_in_the_form_found_and_packed(qtbot, own) -> None:
    window, own_window = own
    own_window.tabs.setCurrentWidget(own_window.questions)
    panel = own_window.questions
    qtbot.mouseClick(panel.side.buttons["new"], Qt.MouseButton.LeftButton)
    assert panel.current is not None and panel.current.id == "q-eigen"
    panel.text.selectAll()
    qtbot.keyClicks(panel.text, "Wanneer zei jij voor het laatst nee tegen je wethouder?")
    panel.phase.setCurrentIndex(panel.phase.findData("verdieping"))
    panel.b_boxes["betrokken"].setChecked(True)
    assert panel.autosave.pending
    qtbot.waitUntil(lambda: not panel.autosave.pending, timeout=5_000)
    assert panel.status.text() == "Opgeslagen." and not panel.problems.isVisible()
    saved = (window.workspace.own_dir / "questions.yaml").read_text(encoding="utf-8")
    assert "phase: verdieping" in saved and "wethouder" in saved
    assert panel.side.list.currentItem().text().startswith("Wanneer zei jij")
    window.search_panel.field.setText("wethouder nee")
    wait_for_search(qtbot, window)
    hit = next(h for h in window.search_panel.model.rows if h.id == "q-eigen")
    assert hit.source == "own"
    window.open_item("question", "q-eigen")
    assert "eigen vraag" in window.reader.browser.toPlainText()
    window.packs.create_pack("Met eigen vraag", "teamstart")
    window.open_item("question", "q-eigen")
    window.actions.item_add_to_pack.trigger()
    assert "question:q-eigen" in window.packs.builder.pack.blocks[0].items
    qtbot.keyClicks(panel.text, " Bel Pieter op 06-12345678.")
    assert marked(panel.text)


def test_an_own_guide_starts_as_a_copy_is_edited_with_a_preview_and_deleted_with_undo(
    qtbot, own, monkeypatch
) -> None:
    window, own_window = own
    own_window.tabs.setCurrentWidget(own_window.guides)
    panel = own_window.guides
    assert panel.side.originals.currentData() == "opwarmer-drie-woorden"
    qtbot.mouseClick(panel.side.buttons["copy"], Qt.MouseButton.LeftButton)
    copy_id = "opwarmer-drie-woorden-eigen"
    assert panel.current.id == copy_id and panel.title.text().endswith("(eigen versie)")
    body = panel.editor.edits["body"]
    body.selectAll()
    qtbot.keyClicks(body, "# Vier woorden")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Iedereen noemt **vier** woorden over het werk.")
    panel.category.setCurrentIndex(panel.category.findData("intro"))
    panel.save_now()
    panel.editor.update_preview()
    assert (
        "Vier woorden" in panel.editor.preview.toPlainText()
        and "**" not in panel.editor.preview.toPlainText()
    )
    guide = window.workspace.library.get("guide", copy_id)
    assert guide.category == "intro" and "vier** woorden" in guide.body
    assert window.workspace.library.get("guide", "opwarmer-drie-woorden").category == "opwarmer"
    window.open_item("guide", copy_id)
    assert "eigen handreiking" in window.reader.browser.toPlainText()
    assert window.authoring.actions.item_open_in_own.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.side.buttons["delete"], Qt.MouseButton.LeftButton)
    assert panel.side.list.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.side.buttons["delete"], Qt.MouseButton.LeftButton)
    assert panel.side.list.count() == 0 and window.workspace.library.get("guide", copy_id) is None
    assert panel.side.buttons["undo"].isVisible()
    qtbot.mouseClick(panel.side.buttons["undo"], Qt.MouseButton.LeftButton)
    assert (
        panel.side.list.count() == 1
        and "vier** woorden" in window.workspace.library.get("guide", copy_id).body
    )


def test_copying_the_question_being_read_opens_it_on_the_questions_tab(
    qtbot, open_app, mini_library, tmp_path
) -> None:
    window = open_app(mini_library, tmp_path / "appdata").window
    window.open_item("question", "q-verdiep-1")
    assert window.authoring.actions.item_copy_as_own.isEnabled()
    assert not window.authoring.actions.item_open_in_own.isEnabled()  # a library question: copy it
    window.authoring.actions.item_copy_as_own.trigger()
    own_window = window.authoring.own_window
    assert own_window.tabs.currentWidget() is own_window.questions
    assert own_window.questions.current.id == "q-verdiep-1-eigen"
    assert own_window.questions.text.toPlainText() == "Hoe weeg je loyaliteit tegen je eigen oordeel?"
