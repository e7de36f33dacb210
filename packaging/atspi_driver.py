"""Opens the app screen by screen for ``atspi_check.py`` (runs with the project's .venv Python).

Prints ``SCREEN <name>`` when a screen is on display and waits for a line on stdin before it
goes on to the next; ``DONE`` at the end. Keys are pressed the way a user presses them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from goedwerk.main import build_app

ROOT = Path(__file__).resolve().parents[1]
Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


class Driver(QObject):
    """Steps through the screens; each step shows one and announces it on stdout."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.context = build_app(ROOT / "stories", data_dir, "nl")
        self.window = self.context.window
        self.presenter = None
        self.steps = [
            ("search", lambda: None),
            ("reader_link", self.tab_to_a_link),
            *[(f"tab_{n}", lambda n=n: self.key(Key(Key.Key_1 + n - 1), CTRL)) for n in range(1, 7)],
            ("new_pack_dialog", lambda: QTimer.singleShot(0, lambda: self.key(Key.Key_N, CTRL))),
            ("pack_builder", self.accept_dialog),
            ("presenter", self.open_presenter),
            ("presenter_timer", lambda: self.key(Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)),
            ("presenter_running", self.run_two_steps),
            ("timer_idle", lambda: None),
            ("timer_paused", lambda: self.key(Key.Key_Space)),
            ("shortcuts_overview", lambda: self.key(Key.Key_F1)),
            ("audience", self.open_audience),
        ]
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._answered)

    def key(self, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """Press a key where the focus is."""
        QTest.keyClick(QApplication.focusWidget() or self.window, key, modifier)

    def start(self) -> None:
        """Show the window; the first screen is announced once search works."""
        self.window.resize(1400, 900)
        self.window.show()
        self.window.ready.connect(lambda: QTimer.singleShot(1500, self.next_step))
        self.window.start()

    def next_step(self) -> None:
        """Show the next screen; announce it once it has settled."""
        if not self.steps:
            print("DONE", flush=True)
            QApplication.quit()
            return
        name, action = self.steps.pop(0)
        action()
        QTimer.singleShot(1500, lambda: print(f"SCREEN {name}", flush=True))

    def _answered(self) -> None:
        if sys.stdin.readline():
            self.next_step()
        else:
            QApplication.quit()  # the checker went away

    def accept_dialog(self) -> None:
        """Type a title in the new-pack dialog and press Enter."""
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            QTest.keyClicks(dialog.title, "Toetsenbordsessie")
            QTest.keyClick(dialog.title, Key.Key_Return)

    def tab_to_a_link(self) -> None:
        """Open a story and Tab from the reader's text to its first link."""
        self.window.open_item("story", self.context.workspace.library.stories[0].id)
        self.window.reader.browser.setFocus()
        self.key(Key.Key_Tab)

    def open_presenter(self) -> None:
        """Add the selected story to the pack and start the workshop (F5)."""
        self.window.open_item("story", self.context.workspace.library.stories[0].id)
        self.key(Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
        self.key(Key.Key_F5)

    def run_two_steps(self) -> None:
        """Start the timer and go to the next block (Space, PgDown): both must be announced."""
        self.key(Key.Key_Space)
        self.key(Key.Key_PageDown)

    def open_audience(self) -> None:
        """Close the overview and show the audience view (Esc, F5; the timer runs again)."""
        self.key(Key.Key_Escape)
        self.key(Key.Key_Space)
        self.key(Key.Key_F5)


def main() -> int:
    """Run the screens."""
    with tempfile.TemporaryDirectory(prefix="goedwerk-atspi-") as data:
        app = QApplication.instance()
        driver = Driver(Path(data))
        driver.start()
        code = (app or QApplication.instance()).exec()
        driver.context.workspace.close()
        return code


if __name__ == "__main__":
    sys.exit(main())
