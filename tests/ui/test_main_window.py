"""The main window's own jobs: the index rebuild from the menu and the search worker beside it."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.ui.conftest import type_query


def test_rebuilding_the_index_from_the_menu_completes_without_an_error(
    qtbot, open_app, mini_library: Path
) -> None:
    window = open_app(mini_library).window
    window.actions.file_reindex.trigger()
    assert window.runner.busy
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert "zoekindex" not in window.notice.message.text().lower()
    assert window.statusBar().currentMessage() == "Klaar."
    type_query(qtbot, window, "cadeaubon")
    assert window.search_panel.model.hit(0).id == "de-cadeaubon"


def test_a_search_completes_while_a_slow_job_is_blocked(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    release = threading.Event()
    finished: list[object] = []
    window.runner.run(lambda _progress: release.wait(30), finished.append)
    try:
        type_query(qtbot, window, "cadeaubon")
        assert window.search_panel.model.hit(0).id == "de-cadeaubon"
        assert window.runner.busy and not finished
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
