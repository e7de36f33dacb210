"""Sharing in the window: sources, a folder that is away, bundles in and out."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from goedwerk.core.workspace import Workspace
from goedwerk.ui.common.preferences_dialog import PreferencesDialog
from goedwerk.ui.sharing.conflict_dialog import ConflictDialog
from goedwerk.ui.sharing.sources_page import SourcesPage
from tests.ui.conftest import wait_for_search

ONE_PROBLEM = re.compile(r"\b1 proble(em|men)\b")  # "1 probleem" once the Dutch plural forms are loaded
MINI = Path(__file__).resolve().parents[2] / "data" / "mini"


def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "gedeeld"
    (folder / "practice").mkdir(parents=True)
    story = (MINI / "practice" / "het-verzoek.md").read_text(encoding="utf-8")
    (folder / "practice" / "uit-de-map.md").write_text(
        story.replace("id: het-verzoek", "id: uit-de-map").replace("title: Het verzoek", "title: Uit de map"),
        encoding="utf-8",
    )
    return folder


def in_preferences(monkeypatch, drive) -> list[str]:
    """Answer Voorkeuren by running ``drive(dialog)`` on the real dialog, then closing it."""
    opened: list[str] = []

    def run(dialog: PreferencesDialog) -> int:
        opened.append(dialog.tabs.tabText(dialog.tabs.currentIndex()))
        drive(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", run)
    return opened


def test_a_folder_added_on_the_sources_page_of_preferences_is_searched(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    context = open_app(mini_library, tmp_path / "appdata")
    window = context.window
    folder = shared_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    pages: list[SourcesPage] = []

    def add(dialog: PreferencesDialog) -> None:
        page = dialog.tabs.currentWidget()
        pages.append(page)
        assert page.list.count() == 2
        page.add_button.click()
        assert page.list.count() == 3 and str(folder) in page.list.item(2).text()
        assert "alleen lezen" in page.list.item(2).text()

    opened = in_preferences(monkeypatch, add)
    window.sharing.actions.file_sources.trigger()  # Bestand > Bronnen: Voorkeuren on its page
    assert opened == ["Bronnen"] and pages
    assert window.workspace.library.origin("story", "uit-de-map") == str(folder)
    window.search_panel.field.setText("uit de map")
    wait_for_search(qtbot, window)
    hit = next(h for h in window.search_panel.model.rows if h.id == "uit-de-map")
    assert hit.source == str(folder)

    def switch_off_and_remove(dialog: PreferencesDialog) -> None:
        dialog.tabs.setCurrentIndex(1)
        page = dialog.tabs.currentWidget()
        page.list.item(2).setCheckState(Qt.CheckState.Unchecked)
        assert "uitgezet" in page.list.item(2).text()
        assert window.workspace.library.get("story", "uit-de-map") is None
        page.list.item(2).setCheckState(Qt.CheckState.Checked)
        assert window.workspace.library.get("story", "uit-de-map") is not None
        page.list.setCurrentRow(2)
        page.remove_button.click()
        assert page.list.count() == 2

    opened = in_preferences(monkeypatch, switch_off_and_remove)
    window.actions.file_preferences.trigger()
    assert opened == ["Algemeen"]
    assert window.workspace.library.get("story", "uit-de-map") is None


def test_the_sources_page_orders_folders_and_lists_their_problems(
    qtbot, mini_library: Path, tmp_path: Path
) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    first, second = shared_folder(tmp_path), tmp_path / "tweede"
    shutil.copytree(first, second)
    ws.add_source(first)
    ws.add_source(second, writable=True)
    page = SourcesPage(ws)
    qtbot.addWidget(page)
    assert ONE_PROBLEM.search(page.list.item(3).text()) and "schrijfbaar" in page.list.item(3).text()
    page.list.setCurrentRow(3)
    assert "tweede/practice/uit-de-map.md" in page.details.text()
    assert not page.buttons["down"].isEnabled()
    with qtbot.waitSignal(page.sources_changed):
        page.buttons["up"].click()
    assert str(second) in page.list.item(2).text() and page.list.currentRow() == 2
    assert ws.library.origin("story", "uit-de-map") == str(second)
    assert not page.buttons["up"].isEnabled()
    assert ONE_PROBLEM.search(page.list.item(3).text()) and not ONE_PROBLEM.search(page.list.item(2).text())
    page.list.setCurrentRow(3)
    assert "gedeeld/practice/uit-de-map.md" in page.details.text()  # the loser now
    ws.close()


def test_an_added_folder_can_be_made_writable_and_read_only_again(
    qtbot, mini_library: Path, tmp_path: Path
) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    folder = shared_folder(tmp_path)
    ws.add_source(folder)
    page = SourcesPage(ws)
    qtbot.addWidget(page)
    page.list.setCurrentRow(0)  # the bundled library: its flag cannot change
    assert not page.folder_writable.isEnabled()
    page.list.setCurrentRow(2)
    assert page.folder_writable.isEnabled() and not page.folder_writable.isChecked()
    assert not ws.own.editable("story", "uit-de-map")
    with qtbot.waitSignal(page.sources_changed):
        page.folder_writable.click()
    assert "schrijfbaar" in page.list.item(2).text() and page.list.currentRow() == 2
    assert ws.own.editable("story", "uit-de-map")  # edited where it is, from now on
    with qtbot.waitSignal(page.sources_changed):
        page.folder_writable.click()
    assert "alleen lezen" in page.list.item(2).text()
    assert not ws.own.editable("story", "uit-de-map")
    ws.close()


def test_a_folder_that_is_away_gives_one_notice_and_comes_back(
    qtbot, open_app, mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "appdata"
    folder = shared_folder(tmp_path)
    ws = Workspace(mini_library, data)
    ws.add_source(folder)
    ws.close()
    shutil.move(folder, tmp_path / "weg")
    window = open_app(mini_library, data).window
    assert window.notice.isVisible() and str(folder) in window.notice.message.text()
    assert "niet bereikbaar" in window.notice.message.text().lower()
    assert window.workspace.library.counts()["stories"] == 4
    shutil.move(tmp_path / "weg", folder)
    assert window.sharing.resync()
    assert window.workspace.library.get("story", "uit-de-map") is not None
    assert not window.notice.isVisible()


def test_a_bundle_goes_out_and_comes_in_with_the_conflict_question(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    sender = open_app(mini_library, tmp_path / "a").window
    sender.workspace.own.new("Het lek")
    out = tmp_path / "eigen.goedwerk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "eigen"), ""))
    sender.sharing.actions.file_export_own_bundle.trigger()
    assert out.exists() and "Bundel opgeslagen" in sender.statusBar().currentMessage()
    window = open_app(mini_library, tmp_path / "b").window
    reports = []
    window.sharing.report.connect(lambda title, text: reports.append((title, text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    window.sharing.actions.file_import_bundle.trigger()  # the cards it names are the same: no question
    assert reports[-1][0] == "Bundel ingelezen" and "story:het-lek" in reports[-1][1]
    assert window.workspace.library.is_own("story", "het-lek")
    window.search_panel.field.setText("lek")
    wait_for_search(qtbot, window)
    assert any(h.id == "het-lek" for h in window.search_panel.model.rows)
    story = window.workspace.library.get("story", "het-lek")
    window.workspace.own.save(replace(story, summary="Hier anders."))
    asked = []
    monkeypatch.setattr(
        ConflictDialog, "ask", classmethod(lambda cls, parent, conflicts: asked.append(conflicts) or "rename")
    )
    window.sharing.actions.file_import_bundle.trigger()
    assert asked == [[("story", "het-lek")]]
    assert window.workspace.library.get("story", "het-lek-2") is not None
    assert "hernoemd: story:het-lek -> het-lek-2" in reports[-1][1]


def test_the_open_pack_travels_as_a_bundle(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    window = open_app(mini_library, tmp_path / "a").window
    assert not window.sharing.actions.pack_export_bundle.isEnabled()
    pack = window.packs.create_pack("Vrijdag", "teamstart")
    assert window.sharing.actions.pack_export_bundle.isEnabled()
    out = tmp_path / "vrijdag.goedwerk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.sharing.actions.pack_export_bundle.trigger()
    inspection = window.workspace.bundles.inspect(out)
    assert ("pack", pack.id) in [(e.kind, e.id) for e in inspection.bundle.entries]


def test_a_refused_bundle_is_reported_with_its_reasons(
    qtbot, open_app, mini_library: Path, tmp_path: Path
) -> None:
    window = open_app(mini_library, tmp_path / "b").window
    bad = tmp_path / "kapot.goedwerk"
    bad.write_bytes(b"PK\x03\x04 niet echt")
    reports = []
    window.sharing.report.connect(lambda title, text: reports.append((title, text)))
    assert not window.sharing.import_bundle(bad)
    assert reports == [("Bundel geweigerd", reports[0][1])] and "geen leesbare bundel" in reports[0][1]


def test_the_conflict_dialog_answers_with_the_chosen_option(qtbot) -> None:
    dialog = ConflictDialog([("story", "het-lek")])
    qtbot.addWidget(dialog)
    assert dialog.choice() == "keep"
    dialog.radios["rename"].click()
    assert dialog.choice() == "rename"
    assert isinstance(dialog, QDialog) and QMessageBox is not None
