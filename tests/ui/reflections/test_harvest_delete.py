"""Deleting a reflection in the harvest: it asks first, and the deletion can be undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from goedwerk.core.reflections.store import Reflection, ReflectionStore
from goedwerk.core.workspace import Workspace
from goedwerk.ui.reflections import open_reflections


def test_deleting_a_reflection_asks_first_and_can_be_undone(
    qtbot, bundled_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ReflectionStore(bundled_ws.catalog)
    store.save(Reflection(pack_title="Sessie één", happened="Eerste."))
    store.save(Reflection(pack_title="Sessie twee", happened="Tweede."))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, title, text, *_args, **_kwargs):
        asked.append(f"{title}: {text}")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = open_reflections(None, bundled_ws, None, harvest=True)
    qtbot.addWidget(window)
    harvest, bar = window.harvest, window.harvest.delete_bar
    harvest.table.selectRow([r.happened for r in harvest.shown].index("Tweede."))
    qtbot.mouseClick(bar.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Reflectie verwijderen: De reflectie ‘Sessie twee · Hele sessie · "
        f"{harvest.shown[0].date}’ verwijderen? Je kunt dit daarna nog ongedaan maken."
    ]
    assert len(store.all()) == 2  # "Nee": nothing deleted
    qtbot.mouseClick(bar.delete_button, Qt.MouseButton.LeftButton)
    assert [r.happened for r in store.all()] == ["Eerste."]
    assert [r.happened for r in harvest.shown] == ["Eerste."] and harvest.status.text() == "1 reflectie"
    assert bar.undo_button.isVisibleTo(harvest)
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert sorted(r.happened for r in store.all()) == ["Eerste.", "Tweede."]
    assert len(harvest.shown) == 2 and not bar.undo_button.isVisibleTo(harvest)
