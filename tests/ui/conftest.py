"""Fixtures that open the real main window, offscreen, on a library copied into tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from goedwerk.core.workspace import Workspace
from goedwerk.main import AppContext, build_app
from goedwerk.ui.reflections import ReflectionsWindow, ValueSortWindow
from tests.conftest import BUNDLED

Opener = Callable[..., AppContext]


@pytest.fixture
def open_app(qtbot, tmp_path: Path) -> Iterator[Opener]:
    """Open the app on a library and data dir; waits until search is ready."""
    opened: list[AppContext] = []

    def opener(library: Path, data_dir: Path | None = None, language: str = "nl") -> AppContext:
        context = build_app(library, data_dir or tmp_path / "appdata", language)
        window = context.window
        qtbot.addWidget(window)
        window.resize(1300, 820)
        window.show()
        with qtbot.waitSignal(window.ready, timeout=30_000):
            window.start()
        qtbot.waitUntil(lambda: not (window.runner.busy or window.search_runner.busy), timeout=10_000)
        opened.append(context)
        return context

    yield opener
    for context in opened:
        context.window.runner.wait(10_000)
        context.window.search_runner.wait(10_000)
        context.set_language("nl")
    QApplication.processEvents()
    for context in opened:
        context.window.close()
        context.workspace.close()


def wait_for_search(qtbot, window) -> int:
    """Run the pending search now and wait for its answer; returns the total."""
    with qtbot.waitSignal(window.search_panel.search_finished, timeout=10_000) as blocker:
        window.search_panel.search_now()
    return blocker.args[0]


def type_query(qtbot, window, text: str) -> None:
    """Type ``text`` into the search field and wait until its results are shown."""
    panel = window.search_panel
    qtbot.keyClicks(panel.field, text)
    done = lambda: panel.shown_query == panel.field.text() and not window.search_runner.busy  # noqa: E731
    qtbot.waitUntil(done, timeout=10_000)


@pytest.fixture
def bundled_ws(qtbot, tmp_path: Path) -> Iterator[Workspace]:
    """A workspace on the bundled library; its reflection windows close before its catalog."""
    workspace = Workspace(BUNDLED, tmp_path / "data")
    yield workspace
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReflectionsWindow | ValueSortWindow):
            widget.close()  # they save what is pending on closing
    workspace.close()


@pytest.fixture(autouse=True)
def plain_boxes_answer_like_the_static_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain-text box (ui/common/messages) is answered wherever a test answers QMessageBox.

    Tests answer questions by replacing ``QMessageBox.question`` (and ``warning``/``critical``);
    a box that ``messages.ask``/``warn`` runs itself goes the same way, with its own title and text.
    """
    from PySide6.QtWidgets import QMessageBox

    from goedwerk.ui.common.messages import PLAIN_BOX

    run = QMessageBox.exec
    real = {name: QMessageBox.__dict__[name] for name in ("question", "critical", "warning")}

    def exec_(box: QMessageBox) -> int:
        if box.button(QMessageBox.StandardButton.Yes) is not None:
            name = "question"
        else:
            name = "critical" if box.icon() == QMessageBox.Icon.Critical else "warning"
        if box.objectName() != PLAIN_BOX or QMessageBox.__dict__[name] is real[name]:
            return run(box)  # nobody answers for the user: the real box (a test may drive it)
        return getattr(QMessageBox, name)(box.parentWidget(), box.windowTitle(), box.text())

    monkeypatch.setattr(QMessageBox, "exec", exec_)
