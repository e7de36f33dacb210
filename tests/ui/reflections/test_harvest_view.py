"""The harvest refreshes itself from the workspace's change reports, not from the window's flags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from goedwerk.core.workspace import Reflection, Workspace
from goedwerk.ui.reflections import ReflectionsWindow, open_reflections
from tests.conftest import BUNDLED


@pytest.fixture
def ws(qtbot, tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(BUNDLED, tmp_path / "data")
    yield workspace
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReflectionsWindow):
            widget.close()
    workspace.close()


def test_a_reflection_saved_elsewhere_appears_in_the_shown_harvest(qtbot, ws: Workspace) -> None:
    window = open_reflections(None, ws, harvest=True)
    qtbot.addWidget(window)
    harvest = window.harvest
    qtbot.waitUntil(lambda: harvest.status.text() != "", timeout=5000)
    with qtbot.waitSignal(harvest.refreshed, timeout=5000) as shown:
        ws.reflections.save(Reflection(pack_title="Elders", happened="Een gesprek over een nota."))
    assert shown.args == [1]


def test_a_hidden_harvest_reloads_when_it_is_shown_again(qtbot, ws: Workspace) -> None:
    window = open_reflections(None, ws, harvest=True)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    ws.reflections.save(Reflection(pack_title="Elders", happened="Een gesprek over een nota."))
    with qtbot.waitSignal(window.harvest.refreshed, timeout=5000) as shown:
        window.show_harvest()
    assert shown.args == [1]
    window.close()
    ws.reflections.save(Reflection(pack_title="Later", happened="Na het sluiten."))  # no listener left
