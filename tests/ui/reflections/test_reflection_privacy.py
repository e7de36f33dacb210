"""Personal data in reflections: whole names marked, common first names caught, exports that ask."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from goedwerk.core.reflections.store import Reflection, ReflectionStore
from goedwerk.core.workspace import Workspace
from goedwerk.ui.reflections import open_reflections
from goedwerk.ui.reflections.reflections_model import FlaggedRole


@pytest.fixture
def ws(bundled_ws: Workspace) -> Workspace:
    return bundled_ws


def marked(edit) -> list[str]:
    """The pieces of the first paragraph the highlighter underlined."""
    block = edit.document().firstBlock()
    return [block.text()[r.start : r.start + r.length] for r in block.layout().formats()]


def test_a_whole_name_and_a_common_first_name_are_marked(qtbot, ws: Workspace) -> None:
    pack = ws.packs.new("Teamsessie", "teamstart-30")
    window = open_reflections(None, ws, pack.id)
    qtbot.addWidget(window)
    edit = window.editor.prompts["happened"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Ik sprak met Jan de Vries. Karin zei niets.")
    assert marked(edit) == ["Jan de Vries", "Karin"]  # Karin is invented in a story, yet a real name here
    assert [f.text for _edit, f in window.editor.findings()] == ["Jan de Vries", "Karin"]
    assert window.editor.findings_bar.isVisibleTo(window.editor)
    qtbot.mouseClick(window.editor.replace_button, Qt.MouseButton.LeftButton)
    assert edit.toPlainText() == "Ik sprak met [naam]. Karin zei niets."


def test_the_harvest_marks_flagged_reflections_and_asks_before_exporting_them(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ReflectionStore(ws.catalog)
    store.save(Reflection(pack_title="Sessie één", happened="We spraken over openheid."))
    store.save(Reflection(pack_title="Sessie twee", happened="Piet vond het lastig."))
    answers: list[QMessageBox.StandardButton] = [
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    ]
    asked: list[str] = []

    def question(_parent, title, text, *_args, **_kwargs):
        asked.append(f"{title}: {text}")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(tmp_path / "oogst.md"), ""))
    )
    window = open_reflections(None, ws, None, harvest=True)
    qtbot.addWidget(window)
    harvest = window.harvest
    flags = {harvest.model.index(row, 0).data(FlaggedRole): harvest.shown[row].pack_title for row in range(2)}
    assert flags == {True: "Sessie twee", False: "Sessie één"}
    assert harvest.status.text() == "2 reflecties · 1 met mogelijke persoonsgegevens (⚠)"
    flagged_row = [r.pack_title for r in harvest.shown].index("Sessie twee")
    assert harvest.model.index(flagged_row, 3).data(Qt.ItemDataRole.DecorationRole) is not None
    qtbot.mouseClick(harvest.export_buttons["md"], Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Persoonsgegevens exporteren?: 1 van de getoonde reflecties")
    assert not (tmp_path / "oogst.md").exists()  # "Nee": nothing written
    qtbot.mouseClick(harvest.export_buttons["md"], Qt.MouseButton.LeftButton)
    assert "Piet vond het lastig." in (tmp_path / "oogst.md").read_text(encoding="utf-8")
