"""The start-up seam: when the index cannot be made, the library is still shown and browsable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import Workspace
from goedwerk.main import build_app
from tests.ui.conftest import type_query


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


def test_a_story_edited_outside_the_app_since_the_last_start_is_found_once_the_files_are_checked(
    qtbot, open_app, mini_library: Path, tmp_path: Path
) -> None:
    last = Workspace(mini_library, tmp_path / "appdata")  # the last start left its cache and index
    last.load()
    last.index()
    last.close()
    story = mini_library / "practice" / "de-cadeaubon.md"
    story.write_text(story.read_text(encoding="utf-8").replace("envelop", "fruitmand"), encoding="utf-8")
    window = open_app(mini_library, tmp_path / "appdata").window  # ready, then the files checked
    type_query(qtbot, window, "fruitmand")
    assert [window.search_panel.model.hit(r).id for r in range(window.search_panel.model.rowCount())] == [
        "de-cadeaubon"
    ]


def test_a_check_of_the_files_that_fails_says_so_and_search_goes_on(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    last = Workspace(mini_library, tmp_path / "appdata")
    last.load()
    last.index()
    last.close()

    def unreadable(self) -> bool:
        raise GoedWerkError("de map is weg")

    monkeypatch.setattr(Workspace, "check_files", unreadable)
    window = open_app(mini_library, tmp_path / "appdata").window
    qtbot.waitUntil(window.notice.isVisible, timeout=10_000)
    assert window.notice.message.text() == "De bibliotheek kon niet opnieuw worden gelezen: de map is weg"
    type_query(qtbot, window, "nota")
    assert window.search_panel.model.hit(0).id == "de-nota"  # the library as last started
