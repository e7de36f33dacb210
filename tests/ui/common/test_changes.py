"""The change relay: the workspace's reports arrive as a signal, also from another thread."""

from __future__ import annotations

import threading
from pathlib import Path

from goedwerk.core.model import Changes
from goedwerk.core.workspace import Workspace
from goedwerk.ui.common.changes import ChangeRelay


def test_reports_from_a_worker_thread_arrive_on_the_ui_thread(
    qtbot, mini_library: Path, tmp_path: Path
) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    relay = ChangeRelay(ws)
    ui_thread = threading.get_ident()
    heard: list[tuple[Changes, bool]] = []
    relay.changed.connect(lambda changes: heard.append((changes, threading.get_ident() == ui_thread)))
    worker = threading.Thread(target=lambda: ws.changed(Changes(reflections=True)))
    worker.start()
    worker.join(10)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == [(Changes(reflections=True), True)]
    relay.close()
    ws.changed(Changes(sorts=True))
    qtbot.wait(50)
    assert len(heard) == 1  # closed: nothing more
    ws.close()
