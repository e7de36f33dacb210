"""Paper from the library: chosen values cards as duplex cut sheets, a story as a handout."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def answer_save(monkeypatch, path: Path, chosen: str) -> list[str]:
    asked: list[str] = []

    def save(parent, title, name, filters):
        asked.append(filters)
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return asked


def test_the_chosen_cards_print_as_a_duplex_cut_sheet_on_letter(
    qtbot, open_app, bundled_library: Path, tmp_path: Path, monkeypatch
) -> None:
    window = open_app(bundled_library).window
    window.actions.view_values.trigger()
    deck = window.values_deck
    selection = deck.selectionModel()
    for row in (0, 3, 9):
        selection.select(deck.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    target = tmp_path / "kaarten.pdf"
    asked = answer_save(monkeypatch, target, "PDF, US Letter (*.pdf)")
    deck.setFocus()
    qtbot.keyClick(
        deck, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert asked and "A4" in asked[0] and "Letter" in asked[0]
    qtbot.waitUntil(lambda: "PDF opgeslagen" in window.statusBar().currentMessage(), timeout=20_000)
    assert pdf_pages(target) == 2  # three cards: one sheet, front and back
    assert [c.id for c in window.deck_printer.chosen()] == [
        window.workspace.library.values[row].id for row in (0, 3, 9)
    ]
    selection.clearSelection()
    everything = tmp_path / "alles.pdf"
    answer_save(monkeypatch, everything, "PDF, A4 (*.pdf)")
    window.deck_printer.export_action.trigger()
    qtbot.waitUntil(everything.exists, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert pdf_pages(everything) == 10  # 36 cards: five sheets, both sides


def test_a_story_in_the_reader_prints_as_a_handout(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    window = open_app(mini_library).window
    action = window.handout_printer.action
    window.open_item("value", "eerlijkheid")
    assert not action.isEnabled()  # only a story makes a handout
    window.open_item("story", "de-cadeaubon")
    assert action.isEnabled()
    target = tmp_path / "handout.pdf"
    answer_save(monkeypatch, target, "PDF, A4 (*.pdf)")
    qtbot.keyClick(
        window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: "Hand-out opgeslagen" in window.statusBar().currentMessage(), timeout=20_000)
    assert pdf_pages(target) >= 1
