"""A harvest bundle made in one harvest window, read in another, filtered by whose groups said it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from goedwerk.core.workspace import Reflection, Workspace
from goedwerk.ui.common.messages import PLAIN_BOX
from goedwerk.ui.reflections import ReflectionsWindow, open_reflections
from goedwerk.ui.reflections.harvest_bundle_dialog import HarvestBundle, HarvestBundleDialog
from tests.ui.conftest import type_query

PHONE = "Bel Pieter op 06-12345678 voor het vervolg."


@pytest.fixture
def two(qtbot, mini_library: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    north, lead = Workspace(mini_library, tmp_path / "noord"), Workspace(mini_library, tmp_path / "lead")
    pack = north.packs.new("Sessie Noord")
    for text in ("We spraken over de Woo.", PHONE):
        north.reflections.save(Reflection(pack_id=pack.id, pack_title=pack.title, happened=text))
    lead.reflections.save(Reflection(pack_title="Eigen sessie", happened="Ons eigen gesprek."))
    yield north, lead
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReflectionsWindow):
            widget.close()
    north.close()
    lead.close()


def harvest_of(qtbot, ws: Workspace):
    window = open_reflections(None, ws, harvest=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.harvest.status.text() != "", timeout=5000)
    return window.harvest


def test_the_flagged_reflection_must_be_ticked_before_the_bundle_can_be_saved(qtbot, two) -> None:
    north, _lead = two
    flagged = north.bundles.flagged(north.reflections.all())
    dialog = HarvestBundleDialog(2, flagged, "Team Noord")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.flagged.count() == 1 and "Sessie Noord" in dialog.flagged.item(0).text()
    assert not save.isEnabled()
    dialog.flagged.item(0).setCheckState(Qt.CheckState.Checked)
    assert save.isEnabled() and dialog.confirmed() == (flagged[0][0].id,)


def test_a_harvest_bundle_goes_out_of_one_window_and_in_by_source(
    qtbot, two, tmp_path: Path, monkeypatch
) -> None:
    north, lead = two
    out = tmp_path / "uit" / "oogst-noord.goedwerk"
    out.parent.mkdir()
    asked: list[int] = []

    def answer(_cls, _parent, count, flagged, label=""):
        asked.append(count)
        return HarvestBundle("Team Noord", tuple(r.id for r, _f in flagged))

    monkeypatch.setattr(HarvestBundleDialog, "ask", classmethod(answer))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    sender = harvest_of(qtbot, north)
    sender.export_buttons["bundle"].click()
    assert asked == [2] and out.exists()
    assert list(out.parent.iterdir()) == [out]  # no half-written file beside it
    assert sender.export_bar.last_label() == "Team Noord"

    folders: list[str] = []

    def open_name(_parent, _caption, folder, *_args, **_kwargs):
        folders.append(folder)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    harvest = harvest_of(qtbot, lead)
    assert harvest.source_filter.count() == 2  # all, and the lead's own
    with qtbot.waitSignal(harvest.refreshed, timeout=5000) as shown:
        harvest.export_bar.import_button.click()
    assert shown.args == [3]
    report = next(b for b in harvest.findChildren(QMessageBox, PLAIN_BOX) if b.isVisible())
    assert "2 reflecties toegevoegd" in report.text()
    report.close()
    labels = [harvest.source_filter.itemText(i) for i in range(harvest.source_filter.count())]
    assert labels == ["Alle bronnen", "Eigen reflecties", "Team Noord"]
    harvest.set_choice(harvest.source_filter, "Team Noord")
    assert {r.happened for r in harvest.shown} == {"We spraken over de Woo.", PHONE}
    assert harvest.model.index(0, 1).data() == "Sessie Noord · Team Noord"
    harvest.table.selectRow(0)  # the reading pane says whose group it was too
    assert "ingelezen van Team Noord" in harvest.detail.toPlainText()
    harvest.set_choice(harvest.source_filter, "")
    assert [r.happened for r in harvest.shown] == ["Ons eigen gesprek."]
    assert harvest.status.text().startswith("1 reflectie")

    harvest.clear_filters()
    harvest.export_bar.import_button.click()  # the same bundle again: counted once
    assert len(harvest.shown) == 3
    assert folders[-1] == str(out.parent)  # the import remembered its folder


def test_a_bundle_read_in_from_the_harvest_brings_its_stories_into_the_main_window(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    colleague = Workspace(mini_library, tmp_path / "collega")
    colleague.own.save(replace(colleague.own.copy("de-nota"), title="Sneeuwuil"))
    pack = colleague.packs.new("Sessie Noord")
    colleague.reflections.save(Reflection(pack_id=pack.id, pack_title=pack.title, happened="Over de uil."))
    bundle = tmp_path / "noord.goedwerk"
    colleague.bundles.export(bundle, own=True, reflection_packs=(pack.id,), label="Team Noord")
    colleague.close()

    window = open_app(mini_library, tmp_path / "lead").window
    type_query(qtbot, window, "sneeuwuil")
    assert window.search_panel.model.rowCount() == 0
    window.actions.view_harvest.trigger()
    harvest = window.findChild(ReflectionsWindow).harvest
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bundle), "")))
    harvest.export_bar.import_button.click()
    # the search that was shown follows the library without the user typing again
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 1, timeout=10_000)
    assert window.search_panel.model.hit(0).title == "Sneeuwuil"
