"""Help: "Zo begin je" at the first start and from the menu, About, the unexpected-error dialog."""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from goedwerk import __version__
from goedwerk.ui.common import failure_log
from goedwerk.ui.common.crash_dialog import CrashDialog
from goedwerk.ui.help.about_dialog import AboutDialog
from goedwerk.ui.help.welcome_dialog import WelcomeDialog


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_welcome_is_shown_at_the_first_start_only(qtbot, open_app, mini_library: Path, tmp_path) -> None:
    data = tmp_path / "eerste"
    window = open_app(mini_library, data).window
    assert window.help.show_welcome_once() is True
    dialog = window.help.welcome
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Zo begin je"
    dialog.reject()
    assert window.help.show_welcome_once() is False  # not again, also not after a restart:
    window.settings.sync()
    assert window.settings.value("help/welcome_shown", type=bool) is True


def test_each_way_in_is_one_click_from_where_it_starts(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    window.help.help_welcome.trigger()  # Help > Zo begin je…
    dialog = window.help.welcome
    assert [b.text() for b in dialog.buttons.values()] == ["Naar zoeken", "Nieuw pakket", "Naar je pakketten"]
    note = dialog.findChild(QLabel, "welcome_data_dir").text()
    assert str(window.workspace.data_dir) in note and "niets over het internet" in note

    window.tabs.setCurrentIndex(2)
    click(qtbot, dialog.buttons["search"])
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0)

    window.help.help_welcome.trigger()
    click(qtbot, window.help.welcome.buttons["lead"])
    assert window.tabs.currentWidget() is window.tabs.widget(window.tabs.count() - 1)

    packs_before = len(window.workspace.packs.all())
    window.help.help_welcome.trigger()
    # "Nieuw pakket" opens the new-pack dialog: answer it as a user would.
    QTimer.singleShot(300, lambda: QApplication.activeModalWidget().accept())
    with qtbot.waitSignal(window.help.welcome.way_chosen) as chosen:
        click(qtbot, window.help.welcome.buttons["prepare"])
    assert chosen.args == ["prepare"]
    qtbot.waitUntil(lambda: len(window.workspace.packs.all()) == packs_before + 1, timeout=5000)


def test_about_shows_version_data_folder_and_licences(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    opened: list[Path] = []
    window.help.opener = lambda path: opened.append(path) or True
    window.actions.help_about.trigger()  # Help > Over Goed Werk
    dialog = window.help.about
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert dialog.version_label.text() == f"Goed Werk {__version__}"
    assert str(window.workspace.data_dir) in dialog.data_label.text()
    click(qtbot, dialog.open_button)
    assert opened == [window.workspace.data_dir]
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Over", "Licentie", "Licentie bibliotheek", "Software van derden"]
    texts = {name: view.toPlainText() for name, view in dialog.texts.items()}
    assert texts["Goed Werk (EUPL-1.2)"].startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in texts["Goed Werk (EUPL-1.2)"]
    assert texts["Bibliotheek (CC BY-SA 4.0)"].startswith("Attribution-ShareAlike 4.0 International")
    assert "PySide6" in texts["Software van derden"] and "LGPL-3.0" in texts["Software van derden"]
    dialog.reject()


@pytest.fixture
def installed_log(tmp_path: Path):
    log = failure_log.install(tmp_path / "logdata")
    yield log
    log.uninstall()
    logging.getLogger().setLevel(logging.WARNING)


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_shows_a_dialog_logs_it_and_keeps_the_window(
    qtbot, open_app, mini_library: Path, installed_log, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(mini_library).window

    def broken() -> None:
        raise RuntimeError("kapotte zoekbalk")

    monkeypatch.setattr(window.tabs, "focus_search", broken)
    window.actions.edit_find.trigger()  # Ctrl+F: the slot raises
    qtbot.waitUntil(lambda: bool(installed_log.dialogs), timeout=5000)
    dialog = installed_log.dialogs[-1]
    assert isinstance(dialog, CrashDialog) and dialog.isVisible() and window.isVisible()
    assert "RuntimeError: kapotte zoekbalk" in dialog.text.toPlainText()
    click(qtbot, dialog.copy_button)
    copied = QApplication.clipboard().text()
    assert "kapotte zoekbalk" in copied and f"Goed Werk {__version__}" in copied and "Traceback" in copied
    assert dialog.copy_button.text() == "Gekopieerd"
    log = installed_log.path
    installed_log.handler.flush()
    assert "kapotte zoekbalk" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    dialog.reject()


def test_the_log_rotates_and_every_file_stays_private(tmp_path: Path) -> None:
    log = failure_log.install(tmp_path / "d")
    try:
        log.handler.maxBytes = 2000
        for number in range(200):
            logging.getLogger("goedwerk.test").warning("regel %d %s", number, "x" * 40)
        log.handler.flush()
        files = sorted(log.path.parent.iterdir())
        assert [f.name for f in files] == [
            "goedwerk.log",
            "goedwerk.log.1",
            "goedwerk.log.2",
            "goedwerk.log.3",
        ]
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    finally:
        log.uninstall()
        logging.getLogger().setLevel(logging.WARNING)
    assert sys.excepthook != log.excepthook  # uninstall put the previous hook back
