"""Take screenshots of the main views for the README (run under Xvfb: ``make screenshots``).

Opens the real window on the bundled library with a throw-away data directory, drives it to
each view and saves ``QWidget.grab()`` PNGs into the folder given on the command line.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from goedwerk.main import AppContext, build_app


def settle(ms: int = 400) -> None:
    """Let Qt lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    """Process events until ``check()`` is true."""
    waited = 0
    while not check() and waited < timeout_ms:
        settle(50)
        waited += 50


def shoot(context: AppContext, out: Path, name: str) -> None:
    """Save the whole window as ``name``.png."""
    settle()
    path = out / f"{name}.png"
    context.window.grab().save(str(path))
    print(path)


def library_views(context: AppContext, out: Path) -> None:
    """Search with a facet, a story, the values deck and the question bank."""
    window = context.window
    panel = window.search_panel
    panel.field.setText("loyaliteit")
    panel.search_now()
    wait_until(lambda: panel.shown_query == "loyaliteit" and not window.runner.busy)
    panel.facets.set_checked("kind", "story")
    wait_until(lambda: not window.runner.busy)
    window.open_item("story", panel.model.hit(0).id)
    shoot(context, out, "search-and-read")
    window.tabs.setCurrentWidget(window.values_deck)
    window.open_item("value", "moed")
    shoot(context, out, "values-deck")
    window.tabs.setCurrentWidget(window.question_bank)
    window.open_item("question", "q-opening-01")
    shoot(context, out, "question-bank")


def main() -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        context = build_app(None, Path(data), args.language)
        window = context.window
        window.resize(1440, 900)
        window.show()
        window.start()
        wait_until(lambda: window.is_ready)
        library_views(context, args.out)
        window.close()
        context.workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
