"""Own templates as files in the window: Pakket > Sjabloon exporteren… writes one, Sjabloon
importeren… reads it into another data directory where Nieuw pakket offers it; a bad file is
refused with its lines; a title you already have asks (replace, keep both or stop)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from goedwerk.ui.packs.new_pack_dialog import NewPackDialog


def answer_files(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Every file dialog answers ``path``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def answer_clash(monkeypatch: pytest.MonkeyPatch, button_text: str | None, asked: list[str]) -> None:
    """The clash question records its text and clicks ``button_text`` (None: Annuleren)."""

    def click(box: QMessageBox) -> int:
        asked.append(box.text())
        wanted = [b for b in box.buttons() if b.text() == button_text] if button_text else []
        (wanted or [box.button(QMessageBox.StandardButton.Cancel)])[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)


def own_template(window, monkeypatch: pytest.MonkeyPatch, title: str = "Onze teamstart") -> None:
    window.packs.create_pack("Teamsessie", "teamstart")
    builder = window.packs.builder
    builder.select(0)
    builder.add_item("story:de-nota")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (title, True))
    window.actions.pack_save_template.trigger()


def offered_templates(window, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    offered: list[str] = []

    def look(dialog: NewPackDialog) -> int:
        offered.extend(dialog.formats.item(i).text() for i in range(dialog.formats.count()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewPackDialog, "exec", look)
    window.actions.pack_new.trigger()
    return [text for text in offered if text.startswith("Eigen sjabloon")]


def test_a_template_exported_from_one_window_is_offered_in_another(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(mini_library, tmp_path / "een").window
    own_template(window, monkeypatch)
    file = tmp_path / "teamstart.template.yaml"
    answer_files(monkeypatch, file)
    menu = [a.objectName() for a in window.menus["pack"].actions()]
    assert menu.index("pack_template_export") == menu.index("pack_insert_block") + 1
    window.actions.pack_template_export.trigger()
    assert file.read_text(encoding="utf-8").startswith("# Goed Werk-sjabloon")
    other = open_app(mini_library, tmp_path / "twee").window
    assert offered_templates(other, monkeypatch) == []
    other.actions.pack_template_import.trigger()
    assert other.statusBar().currentMessage() == (
        "Sjabloon ‘Onze teamstart’ geïmporteerd; kies het bij Nieuw pakket."
    )
    assert offered_templates(other, monkeypatch) == ["Eigen sjabloon: Onze teamstart (0:30)"]


def test_a_bad_template_file_is_refused_with_its_lines(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(mini_library).window
    file = tmp_path / "kapot.template.yaml"
    file.write_text("version: 3\ntitle: Kapot\n", encoding="utf-8")
    answer_files(monkeypatch, file)
    window.actions.pack_template_import.trigger()
    box = window.findChild(QMessageBox, "warning_box")
    assert box is not None and box.windowTitle() == "Sjabloon niet geïmporteerd"
    assert f"{file}:1: sjabloonversie '3' kent deze versie van Goed Werk niet (wel: 1)" in box.text()
    assert window.workspace.templates.packs() == []


def test_a_title_you_have_asks_and_keeps_both_or_stops(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(mini_library).window
    own_template(window, monkeypatch)
    file = tmp_path / "t.template.yaml"
    answer_files(monkeypatch, file)
    window.actions.pack_template_export.trigger()
    asked: list[str] = []
    answer_clash(monkeypatch, None, asked)
    window.actions.pack_template_import.trigger()
    assert asked == ["Je hebt al een sjabloon ‘Onze teamstart’. Wat wil je doen?"]
    assert [t.title for t in window.workspace.templates.packs()] == ["Onze teamstart"]
    answer_clash(monkeypatch, "&Beide houden", asked)
    window.actions.pack_template_import.trigger()
    assert [t.title for t in window.workspace.templates.packs()] == ["Onze teamstart", "Onze teamstart (2)"]
    before = {t.id for t in window.workspace.templates.packs()}
    answer_clash(monkeypatch, "&Vervangen", asked)
    window.actions.pack_template_import.trigger()
    after = window.workspace.templates.packs()
    assert [t.title for t in after] == ["Onze teamstart", "Onze teamstart (2)"] and len(asked) == 3
    assert {t.id for t in after} != before  # the first one was replaced
