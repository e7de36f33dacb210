"""Saved searches in the search sidebar: save (Ctrl+Shift+B), run, rename, delete with undo,
counts that follow the library, and all of it kept across a restart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.ui.conftest import type_query, wait_for_search


def answer_name(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    asked: list[str] = []

    def get_text(_parent, title, _label, _mode, text):
        asked.append(f"{title}|{text}")
        return name, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def test_save_run_and_keep_a_search_across_a_restart(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "saveddata"
    window = open_app(mini_library, data).window
    panel = window.search_panel
    type_query(qtbot, window, "nota")
    panel.facets.set_checked("kind", "story")
    total = wait_for_search(qtbot, window)
    asked = answer_name(monkeypatch, "Nota's")
    panel.field.setFocus()
    qtbot.keyClick(
        panel.field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert asked == ["Zoekopdracht bewaren|nota"]
    assert panel.saved_list.texts() == [f"Nota's ({total})"]
    window.actions.edit_clear_filters.trigger()
    panel.field.clear()
    wait_for_search(qtbot, window)
    with qtbot.waitSignal(panel.search_finished, timeout=10_000):
        panel.saved_list.list.itemClicked.emit(panel.saved_list.list.item(0))
    assert panel.field.text() == "nota"
    assert panel.filters() == {"kind": ("story",)}
    window.close()
    again = open_app(mini_library, data).window
    assert again.search_panel.saved_list.texts() == [f"Nota's ({total})"]


def test_rename_and_delete_with_undo(qtbot, open_app, mini_library: Path, monkeypatch) -> None:
    context = open_app(mini_library)
    window, ws = context.window, context.workspace
    saved = window.saved_searches.save("Alles over cadeaus")
    view = window.search_panel.saved_list
    view.select(saved.id)
    answer_name(monkeypatch, "Cadeaus")
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in ws.saved_searches.list()] == ["Cadeaus"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.select(saved.id)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.ids() == [saved.id]  # asked first: "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.ids() == [] and view.undo_button.isVisible()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert view.ids() == [saved.id] and not view.undo_button.isVisible()


def test_counts_follow_the_library(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    window.search_panel.apply("", {"kind": ("story",)})
    wait_for_search(qtbot, window)
    window.saved_searches.save("Alle verhalen")
    assert window.search_panel.saved_list.texts() == ["Alle verhalen (4)"]
    story = mini_library / "practice" / "de-nota.md"
    shutil.copy(story, mini_library / "practice" / "de-nota-kopie.md")
    copy = mini_library / "practice" / "de-nota-kopie.md"
    copy.write_text(
        copy.read_text(encoding="utf-8").replace("id: de-nota", "id: de-nota-kopie"), encoding="utf-8"
    )
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.actions.file_reindex.trigger()
    assert window.search_panel.saved_list.texts() == ["Alle verhalen (5)"]


def test_without_saved_searches_the_sidebar_says_how_and_gives_the_room_to_the_filters(
    qtbot, open_app, mini_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(mini_library).window
    panel = window.search_panel
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    saved = panel.saved_list
    assert saved.empty_label.isVisible() and not saved.list.isVisible()
    assert "Ctrl+Shift+B" in saved.empty_label.text()
    assert saved.height() < panel.facets.height() // 3  # no blank box above the filters
    assert panel.facets.geometry().top() - saved.geometry().bottom() < 20  # and no blank gap
    type_query(qtbot, window, "nota")
    wait_for_search(qtbot, window)
    answer_name(monkeypatch, "Nota's")
    panel.field.setFocus()
    qtbot.keyClick(
        panel.field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert saved.list.isVisible() and not saved.empty_label.isVisible()
    assert saved.texts()[0].startswith("Nota's")
