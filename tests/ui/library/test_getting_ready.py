"""The window opens before the library is loaded; typing meanwhile waits for the index."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from goedwerk.main import build_app


def test_the_window_is_usable_while_the_library_loads_and_then_searches(
    qtbot, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    context = build_app(mini_library, tmp_path / "appdata", "nl")
    window, workspace = context.window, context.workspace
    qtbot.addWidget(window)
    window.show()
    gate = threading.Event()
    load = workspace.load_last  # what a start loads: the library as the last start left it
    monkeypatch.setattr(workspace, "load_last", lambda: (gate.wait(20), load())[1])
    try:
        window.start()  # returns at once: loading runs on the worker
        assert workspace.loaded is None and not window.is_ready
        assert window.progress.isVisible()
        qtbot.keyClicks(window.search_panel.field, "nota")
        qtbot.waitUntil(lambda: "klaargemaakt" in window.search_panel.status.text(), timeout=5_000)

        gate.set()
        panel = window.search_panel
        qtbot.waitUntil(lambda: window.is_ready and panel.shown_query == "nota", timeout=20_000)
        assert panel.model.hit(0).id == "de-nota"
        assert not window.progress.isVisible()
    finally:
        gate.set()
        window.runner.wait(10_000)
        window.search_runner.wait(10_000)
        QApplication.processEvents()
        window.close()
        workspace.close()
