"""The start-up seam: when the index cannot be made, the library is still shown and browsable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from goedwerk.core.errors import GoedWerkError
from goedwerk.main import build_app


def test_an_index_that_cannot_be_made_leaves_the_library_to_browse_and_says_how_to_retry(
    qtbot, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    context = build_app(mini_library, tmp_path / "appdata", "nl")
    window, workspace = context.window, context.workspace
    qtbot.addWidget(window)
    window.show()

    def no_index(_progress=None):
        raise GoedWerkError("de schijf is vol")

    monkeypatch.setattr(workspace, "index", no_index)
    try:
        window.start()
        qtbot.waitUntil(lambda: window.notice.isVisible() and not window.runner.busy, timeout=20_000)
        assert "De zoekindex kon niet worden gemaakt: de schijf is vol." in window.notice.message.text()
        assert "Bestand > Zoekindex opnieuw opbouwen" in window.notice.message.text()
        assert not window.is_ready and not window.progress.isVisible()
        assert window.values_deck.model().rowCount() == len(workspace.library.values) > 0  # browsable
        assert window.question_bank.topLevelItemCount() == 3  # the questions by phase, to drag
    finally:
        window.runner.wait(10_000)
        window.search_runner.wait(10_000)
        QApplication.processEvents()
        window.close()
        workspace.close()
