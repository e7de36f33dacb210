"""The harvest's PDF report, exported with its button: whole words in the value-sort table."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from goedwerk.core.model import Pack
from goedwerk.core.reflections.store import Reflection, ReflectionStore
from goedwerk.core.reflections.valuesort import ValueSortStore
from goedwerk.core.workspace import Workspace
from goedwerk.ui.reflections import open_reflections, open_value_sort


@pytest.fixture
def ws(bundled_ws: Workspace) -> Workspace:
    return bundled_ws


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The save dialog answers with its suggested name in ``tmp_path/out``."""
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, _c="", d="", f="", *_a, **_k: (str(out / Path(d).name), f)),
    )
    return out


def one_participant_sorted(qtbot, ws: Workspace, pack: Pack) -> None:
    sorter = open_value_sort(None, ws, pack.id)
    qtbot.addWidget(sorter)
    qtbot.mouseClick(sorter.recorder.add_button, Qt.MouseButton.LeftButton)
    recorder = sorter.recorder
    for column in range(5):
        assert recorder.place(recorder.pile.card_ids()[0], column)
    sorter.close()


def test_the_report_never_breaks_a_column_header_inside_a_word_and_counts_one_participant(
    qtbot, ws: Workspace, save_as: Path
) -> None:
    pack = ws.packs.new("Waardensessie", "waardensortering")
    one_participant_sorted(qtbot, ws, pack)
    ReflectionStore(ws.catalog).save(
        Reflection(pack_id=pack.id, pack_title=pack.title, happened="We sorteerden.")
    )
    window = open_reflections(None, ws, None, harvest=True)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.harvest.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    pages = PdfReader(save_as / "reflecties.pdf").pages
    text = "\n".join(page.extract_text() for page in pages).replace("\t", " ")
    lines = [line.strip() for line in text.splitlines()]
    assert "Belangrijker" in text
    headers = ["Waarde", "Meest", "belangrijk", "Belangrijker", "Neutraal", "Minder", "belangrijk", "Minst"]
    start = lines.index("Waarde")
    assert lines[start : start + 11] == [*headers, "belangrijk", "Gemiddeld", "Onpartijdigheid"]
    assert "Betrouwbaarheid" in lines and "Respectvolle bejegening" in lines  # values whole too
    assert "1 deelnemer, 0 klaar" in text
    assert "1 deelnemers" not in text
    assert ValueSortStore(ws.catalog).for_pack(pack.id)
