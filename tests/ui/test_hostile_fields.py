"""Markup in pack fields is shown as text in every view, never rendered (issue #11, point 6)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from goedwerk.core.model import Pack
from goedwerk.core.packs.operations import add_item, set_block_field, set_pack_field
from goedwerk.core.workspace import Workspace
from goedwerk.ui.workshop import open_workshop

HOSTILE = '<img src="file:///etc/passwd"><b>vet</b>'


def hostile_pack(ws: Workspace) -> Pack:
    pack = ws.packs.new(f"Titel {HOSTILE}", "teamstart")
    pack = set_pack_field(pack, "place", f"Zaal {HOSTILE}")
    for index in range(len(pack.blocks)):
        pack = set_block_field(pack, index, "title", f"Blok {index} {HOSTILE}")
        pack = set_block_field(pack, index, "instructions", f"Doe {HOSTILE}")
    return ws.packs.save(add_item(pack, 0, "story:de-nota"))


def labels_showing(widgets: list[QWidget], marker: str = "<b>vet</b>") -> list[QLabel]:
    found = []
    for top in widgets:
        found += [label for label in top.findChildren(QLabel) if marker in label.text()]
        if isinstance(top, QLabel) and marker in top.text():
            found.append(top)
    return found


def assert_plain(labels: list[QLabel]) -> None:
    rich = [
        label.objectName() or repr(label.text())
        for label in labels
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == [], f"labels that would render markup: {rich}"


def test_presenter_and_blank_audience_screen_show_markup_as_text(
    qtbot, qapp, mini_library: Path, tmp_path: Path
) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    window = open_workshop(None, ws, hostile_pack(ws))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.audience.isVisible)
    qtbot.keyClick(window.audience, Qt.Key.Key_B)  # the blank screen shows the pack's title
    shown = labels_showing([window, window.audience])
    names = {label.objectName() for label in shown}
    assert {"presenter_header", "audience_blank"} <= names, names
    assert_plain(shown)
    assert "<img" not in window.agenda.table.text()  # the agenda is our HTML: its text is escaped
    assert HOSTILE in window.audience.blank_label.text()  # shown as written, tags and all
    window.close()
    if shiboken6.isValid(window.audience):
        window.audience.close()
    ws.close()


def test_the_delete_question_and_the_undo_bar_show_markup_as_text(
    qtbot, open_app, mini_library: Path
) -> None:
    context = open_app(mini_library)
    window = context.window
    pack = hostile_pack(context.workspace)
    window.packs.refresh_list()
    window.packs.open_pack(pack.id)
    asked: list[tuple[str, Qt.TextFormat]] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append((box.text(), box.textFormat()))
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    window.actions.pack_delete.trigger()
    assert asked == [(f"Het sessiepakket ‘Titel {HOSTILE}’ verwijderen?", Qt.TextFormat.PlainText)]
    bar = window.packs.pack_list.undo_label
    assert HOSTILE in bar.text() and bar.textFormat() == Qt.TextFormat.PlainText
    assert context.workspace.packs.all() == []
