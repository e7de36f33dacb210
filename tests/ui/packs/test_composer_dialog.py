"""Sessie samenstellen: from the Pakket menu and from the new-pack dialog; swap, lock, make the pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QToolButton

from goedwerk.core.workspace import Workspace
from goedwerk.ui.packs.composer_dialog import ComposerDialog
from goedwerk.ui.packs.new_pack_dialog import NewPackDialog


@pytest.fixture
def workspace(bundled_library: Path, tmp_path: Path):
    ws = Workspace(bundled_library, tmp_path / "composerdata")
    yield ws
    ws.close()


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> ComposerDialog:
    dialog = ComposerDialog(workspace.library, workspace.packs.groups(), workspace.packs.compose)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def story_refs(dialog: ComposerDialog) -> list[str]:
    return [r for b in dialog.composition.pack.blocks for r in b.items if r.startswith("story:")]


def button(dialog: ComposerDialog, name: str) -> QToolButton:
    kind, _sep, key = name.partition(":")
    buttons = dialog.proposal.swap_buttons if kind == "swap" else dialog.proposal.lock_buttons
    return buttons[key]


def proposal_texts(dialog: ComposerDialog) -> list[str]:
    tree, texts = dialog.proposal, []
    for row in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(row)
        texts.append(top.text(0))
        texts += [f"{top.child(i).text(0)} | {top.child(i).text(1)}" for i in range(top.childCount())]
    return texts


def test_the_proposal_follows_the_answers_and_says_why(qtbot, dialog: ComposerDialog) -> None:
    dialog.form.minutes.setValue(30)
    dialog.form.check_theme("tegenspraak")
    qtbot.keyClicks(dialog.form.group.lineEdit(), "Team Vergunningen")
    assert dialog.composition.pack.minutes == 30
    assert dialog.summary.text().endswith("30 minuten")
    texts = proposal_texts(dialog)
    story = next(t for t in texts if t.startswith("Verhaal: "))
    assert "past bij thema Tegenspraak en bestuurlijk lef" in story
    assert "nog niet gebruikt met Team Vergunningen" in story
    assert not dialog.notes.isVisible()


def test_andere_keuze_swaps_and_vastzetten_keeps(qtbot, dialog: ComposerDialog) -> None:
    dialog.form.check_theme("integriteit")
    first = story_refs(dialog)
    qtbot.mouseClick(button(dialog, "swap:story#0"), Qt.MouseButton.LeftButton)
    second = story_refs(dialog)
    assert second and second != first
    qtbot.mouseClick(button(dialog, "lock:story#0"), Qt.MouseButton.LeftButton)
    assert button(dialog, "lock:story#0").isChecked()
    assert not button(dialog, "swap:story#0").isEnabled()
    dialog.form.minutes.setValue(120)  # another format, the same story
    assert dialog.composition.pack.minutes == 120
    assert story_refs(dialog) == second


def test_what_was_relaxed_is_shown(qtbot, dialog: ComposerDialog) -> None:
    dialog.form.check_theme("discriminatie")
    dialog.form.sector.setCurrentIndex(dialog.form.sector.findData("waterschap"))
    assert dialog.notes.isVisible()
    assert "Losgelaten: geen verhaal dat past in de sector Waterschap" in dialog.notes.text()


def test_menu_action_stores_and_opens_the_composed_pack(
    qtbot, open_app, bundled_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(bundled_library).window

    def answer(dialog: ComposerDialog) -> int:
        dialog.form.minutes.setValue(45)
        dialog.form.check_theme("openheid")
        dialog.form.group.setEditText("Team Handhaving")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ComposerDialog, "exec", answer)
    window.actions.pack_compose.trigger()
    pack = window.packs.builder.pack
    assert pack is not None and pack.minutes == 45 and pack.group == "Team Handhaving"
    assert window.packs.pack_list.ids() == [pack.id]
    assert window.packs.builder.isVisible()
    assert window.workspace.packs.get(pack.id).blocks == pack.blocks
    # an ordinary pack: the builder edits and undoes it
    builder = window.packs.builder
    builder.title.selectAll()
    qtbot.keyClicks(builder.title, "Handhaving in december")
    assert window.workspace.packs.get(pack.id).title == "Handhaving in december"
    builder.undo_stack.undo()
    assert window.workspace.packs.get(pack.id).title == pack.title


def test_new_pack_dialog_opens_the_composer_with_its_format(
    qtbot, open_app, bundled_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(bundled_library).window
    seen: list[str] = []

    def choose(dialog: NewPackDialog) -> int:
        dialog.formats.setCurrentRow(
            1 + [f.id for f in window.workspace.library.formats].index("reisgesprek")
        )
        qtbot.keyClicks(dialog.title, "Terugblik")
        dialog.compose_button.click()
        return dialog.result()

    def compose(dialog: ComposerDialog) -> int:
        seen.append(dialog.form.format.currentData())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPackDialog, "exec", choose)
    monkeypatch.setattr(ComposerDialog, "exec", compose)
    window.actions.pack_new.trigger()
    assert seen == ["reisgesprek"]
    pack = window.packs.builder.pack
    assert pack.format == "reisgesprek" and pack.title == "Terugblik"
