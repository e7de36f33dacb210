"""Typed reflections survive a busy catalog and a kill -9 through the real window (issue #11, point 4)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from goedwerk.core.reflections.store import ReflectionFilter, ReflectionStore
from goedwerk.core.store.catalog import CATALOG_NAME
from goedwerk.core.workspace import Workspace
from goedwerk.ui.reflections import ReflectionsWindow, open_reflections
from tests.conftest import BUNDLED, REPO

FIELDS = ("happened", "impact", "insight", "plan")
TEXTS = (
    "We spraken over de nota aan de minister en over wat loyaal is.",
    "Het maakte me onrustig, want ik herkende het van vorig jaar.",
    "Tegenspreken is ook een vorm van loyaliteit aan de burger.",
    "We vragen de teamleider om een vast moment voor twijfels.",
)
RETRYING = "Opslaan lukte niet; Goed Werk probeert het zo opnieuw."
LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def ws(qtbot, tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(BUNDLED, tmp_path / "data")
    yield workspace
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReflectionsWindow):
            widget.close()
    workspace.close()


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": f"{REPO / 'app'}{os.pathsep}{REPO}"}


def hold_write_lock(catalog: Path) -> subprocess.Popen:
    """Another process that holds the catalog's write lock until its stdin closes."""
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(catalog)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def stored(data: Path, pack_id: str) -> dict[str, str]:
    """The texts of the one reflection on ``pack_id`` as a fresh start finds them."""
    again = Workspace(BUNDLED, data)
    try:
        found = ReflectionStore(again.catalog).query(ReflectionFilter(pack_ids=(pack_id,)))
    finally:
        again.close()
    assert len(found) <= 1
    return {name: getattr(found[0], name) for name in FIELDS} if found else {}


def test_typing_while_another_process_holds_the_write_lock_never_waits_for_it_and_keeps_the_text(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = ws.packs.new("Teamsessie", "teamstart-30")
    window = open_reflections(None, ws, pack.id)
    qtbot.addWidget(window)
    editor = window.editor
    writers: list[int] = []
    real_save = ReflectionStore.save

    def save(self: ReflectionStore, reflection):
        writers.append(threading.get_ident())
        return real_save(self, reflection)

    monkeypatch.setattr(ReflectionStore, "save", save)
    locker = hold_write_lock(ws.data_dir / CATALOG_NAME)
    try:
        for name, text in zip(FIELDS[:2], TEXTS[:2], strict=True):
            qtbot.keyClicks(editor.prompts[name], text)
        qtbot.waitUntil(lambda: journalled(editor.store, pack.id) == TEXTS[1], timeout=3000)
        assert editor.status.text() in (
            "Wordt bewaard…",
            "Opslaan lukte niet; Goed Werk probeert het zo opnieuw.",
        )
        with sqlite3.connect(f"file:{ws.data_dir / CATALOG_NAME}?mode=ro", uri=True) as reader:
            assert reader.execute("SELECT count(*) FROM reflections").fetchone()[0] == 0  # not there yet
    finally:
        assert locker.stdin is not None
        locker.stdin.close()
        locker.wait(10)
    qtbot.waitUntil(lambda: not editor.pending, timeout=30_000)
    assert stored(ws.data_dir, pack.id) == {
        "happened": TEXTS[0],
        "impact": TEXTS[1],
        "insight": "",
        "plan": "",
    }
    assert not editor.store.journal.path.exists()  # written, so the journal let go
    assert writers and threading.get_ident() not in writers  # the UI thread never waited on SQLite
    assert editor.status.text().startswith("Automatisch bewaard om")


def journalled(store: ReflectionStore, pack_id: str) -> str | None:
    found = store.journal.find(pack_id, None)
    return found.impact if found else None


TYPIST = """
import sys, time
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from goedwerk.main import build_app
from goedwerk.ui.reflections import ReflectionsWindow

library, data, pack_id, *texts = sys.argv[1:]
context = build_app(Path(library), Path(data), "nl")
window = context.window
window.show()
QTest.qWaitForWindowActive(window, 5000)
window.packs.open_pack(pack_id)
QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
editor = window.findChild(ReflectionsWindow).editor
names = ("happened", "impact", "insight", "plan")
plan = [(number, char) for number, text in enumerate(texts) for char in text]
typed = 0

def type_next():
    global typed
    if typed < len(plan):
        number, char = plan[typed]
        QTest.keyClick(editor.prompts[names[number]], char)
        typed += 1
        print(number, time.time(), flush=True)

timer = QTimer()
timer.timeout.connect(type_next)
timer.start(20)
context.app.exec()
"""


@pytest.mark.parametrize("locked", [False, True], ids=["free", "write-locked"])
def test_killing_the_window_mid_typing_in_several_fields_loses_at_most_two_seconds(
    qtbot, tmp_path: Path, locked: bool
) -> None:
    data = tmp_path / "data"
    ws = Workspace(BUNDLED, data)
    pack_id = ws.packs.new("Teamsessie", "teamstart-30").id
    ws.close()
    script = tmp_path / "typist.py"
    script.write_text(TYPIST, encoding="utf-8")
    kill_after = len(TEXTS[0]) + len(TEXTS[1]) + 50  # a second into the third field
    locker = hold_write_lock(data / CATALOG_NAME) if locked else None
    args = [sys.executable, str(script), str(BUNDLED), str(data), pack_id, *TEXTS]
    with (tmp_path / "typist.err").open("w") as err:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True, env=env())
        watchdog = threading.Timer(90, proc.kill)
        watchdog.start()
        stamps: list[tuple[int, float]] = []
        assert proc.stdout is not None
        for line in proc.stdout:
            number, stamp = line.split()
            stamps.append((int(number), float(stamp)))
            if len(stamps) >= kill_after:
                break
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.time()
        proc.wait(10)
        watchdog.cancel()
    if locker is not None:
        assert locker.stdin is not None
        locker.stdin.close()
        locker.wait(10)
    assert proc.returncode == -signal.SIGKILL, (tmp_path / "typist.err").read_text()

    texts = stored(data, pack_id)  # the next start replays the journal
    typed = [
        "".join(TEXTS[n][i] for i, (m, _s) in enumerate(s for s in stamps if s[0] == n)) for n in range(4)
    ]
    for name, text, full in zip(FIELDS, typed, TEXTS, strict=True):
        assert full.startswith(texts.get(name, "")) and text.startswith(texts.get(name, "")), name
    assert texts["happened"] == TEXTS[0] and texts["impact"] == TEXTS[1]  # whole fields typed before
    lost = stamps[sum(len(texts.get(name, "")) for name in FIELDS) :]
    assert all(stamp > killed_at - 2.0 for _n, stamp in lost), f"lost {len(lost)} characters"
