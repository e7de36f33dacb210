"""Exports start in the folder used last and say where the file went, with a button to open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from goedwerk.ui.packs.export_dialog import ExportChoice, ExportDialog
from goedwerk.ui.reflections import ValueSortWindow


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, list]:
    """Save dialogs answer with a file in ``tmp_path/<n>``; records where each one started."""
    seen: dict[str, list] = {"started_in": [], "urls": []}
    folders = iter([tmp_path / "eerste", tmp_path / "tweede"])

    def save_name(_parent, _caption="", directory="", file_filter="", *_args, **_kwargs):
        seen["started_in"].append(str(Path(directory).parent))
        folder = next(folders, Path(directory).parent)
        folder.mkdir(exist_ok=True)
        return str(folder / Path(directory).stem), file_filter  # the user left the suffix off

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *_a: ExportChoice("a4", ("cover",))))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: seen["urls"].append(url)))
    return seen


def confirmation(qtbot) -> QMessageBox:
    qtbot.waitUntil(
        lambda: any(
            b.isVisible() for b in QApplication.topLevelWidgets() if b.objectName() == "export_done_box"
        )
    )
    (box,) = [
        b for b in QApplication.topLevelWidgets() if b.objectName() == "export_done_box" and b.isVisible()
    ]
    return box


def test_an_export_confirms_its_path_opens_its_folder_and_the_next_starts_there(
    qtbot, open_app, mini_library: Path, tmp_path: Path, dialogs
) -> None:
    context = open_app(mini_library, tmp_path / "data")
    window = context.window
    window.packs.create_pack("Teamsessie", "teamstart")
    window.actions.pack_export_pdf.trigger()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    pdf = tmp_path / "eerste" / "teamsessie.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    box = confirmation(qtbot)
    assert str(pdf) in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "open_folder_button"), Qt.MouseButton.LeftButton)
    assert dialogs["urls"] == [QUrl.fromLocalFile(str(tmp_path / "eerste"))]
    assert dialogs["urls"][0].scheme() == "file"
    box.close()

    window.actions.pack_value_sort.trigger()
    (sorter,) = [w for w in window.findChildren(ValueSortWindow) if w.isVisible()]
    qtbot.mouseClick(sorter.csv_button, Qt.MouseButton.LeftButton)
    assert dialogs["started_in"][1] == str(tmp_path / "eerste")
    assert (tmp_path / "tweede" / "waardensortering.csv").is_file()
    assert str(tmp_path / "tweede" / "waardensortering.csv") in confirmation(qtbot).text()
    sorter.close()

    window.close()
    context.workspace.close()
    again = open_app(mini_library, tmp_path / "data").window
    again.actions.pack_export_file.trigger()
    assert dialogs["started_in"][2] == str(tmp_path / "tweede")
