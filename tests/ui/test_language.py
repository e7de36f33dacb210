"""Switching the language while the app runs reaches every word, Qt's own buttons included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from goedwerk.core.workspace import Reflection
from goedwerk.ui.reflections import ReflectionsWindow


def facet_texts(window, facet: str) -> list[str]:
    group = window.search_panel.facets._groups[facet]
    return [group.child(i).text(0) for i in range(group.childCount())]


def pack_row(window) -> str:
    return window.packs.pack_list.list.item(0).text()


def test_english_reaches_facet_values_the_pack_list_and_the_block_kinds(
    qtbot, open_app, mini_library: Path
) -> None:
    context = open_app(mini_library)
    window = context.window
    pack = window.packs.create_pack("Teamsessie", "teamstart")
    window.packs.builder.date.setDate(QDate(2026, 12, 1))
    assert facet_texts(window, "kind") == ["Praktijkverhaal", "Waardenkaart", "Vraag", "Handreiking"]
    assert facet_texts(window, "b") == ["Bekwaam", "Betrouwbaar", "Betrokken"]
    qtbot.waitUntil(lambda: "dinsdag 1 december 2026 · 30 minuten · 3 blokken" in pack_row(window))
    kinds = window.packs.builder.kind
    assert "Vragen" in [kinds.itemText(i) for i in range(kinds.count())]
    context.set_language("en")
    qtbot.waitUntil(
        lambda: facet_texts(window, "kind") == ["Practice story", "Values card", "Question", "Guide"]
    )
    assert facet_texts(window, "b") == ["Excellent (bekwaam)", "Ethical (betrouwbaar)", "Engaged (betrokken)"]
    assert "Three questions carry every conversation" in window.reader.plain_text()  # the welcome page
    assert [kinds.itemText(i) for i in range(kinds.count())][:3] == ["Opening", "Story", "Questions"]
    assert window.packs.builder.total.text().startswith("Total: 30 minutes")
    window.packs.pack_list.update_pack(context.workspace.packs.get(pack.id))
    assert "Tuesday 1 December 2026 · 30 minutes · 3 blocks" in pack_row(window)


def test_one_block_is_singular_in_the_pack_list(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    pack = window.packs.create_pack("Kort", None)
    window.packs.builder.add_block_button.click()
    qtbot.waitUntil(lambda: "· 1 blok" in pack_row(window))
    assert "1 blokken" not in pack_row(window) and pack.title in pack_row(window)


def test_the_harvest_detail_follows_the_language(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    context.workspace.reflections.save(
        Reflection(pack_title="Elders", date="2026-12-01", happened="Een gesprek over een nota.")
    )
    context.window.actions.view_harvest.trigger()
    harvest = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReflectionsWindow)).harvest
    qtbot.waitUntil(lambda: "Wat gebeurde er?" in harvest.detail.toPlainText())
    assert (
        harvest.status.text() == "1 reflectie" and "dinsdag 1 december 2026" in harvest.detail.toPlainText()
    )
    context.set_language("en")
    qtbot.waitUntil(lambda: "What happened?" in harvest.detail.toPlainText())
    assert (
        harvest.status.text() == "1 reflection" and "Tuesday 1 December 2026" in harvest.detail.toPlainText()
    )
    harvest.window().close()


def _button_texts_of_next_box(result: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        result.extend(b.text().replace("&", "") for b in box.findChildren(QPushButton))
        box.reject()

    QTimer.singleShot(0, answer)


def test_qt_own_buttons_speak_the_language_of_the_window(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuleren"
    dutch: list[str] = []
    _button_texts_of_next_box(dutch)
    QMessageBox.question(context.window, "Vraag", "Doorgaan?")
    assert sorted(dutch) == ["Ja", "Nee"]
    context.set_language("en")
    english: list[str] = []
    _button_texts_of_next_box(english)
    QMessageBox.question(context.window, "Question", "Go on?")
    assert sorted(english) == ["No", "Yes"]
