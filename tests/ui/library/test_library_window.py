"""The main window, driven like a user would: type, filter, open, navigate, favourite, restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

from tests.ui.conftest import type_query, wait_for_search


def hit_ids(window) -> list[str]:
    model = window.search_panel.model
    return [model.hit(row).id for row in range(model.rowCount())]


def test_typing_a_query_shows_the_right_first_hit(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    panel = window.search_panel
    type_query(qtbot, window, "cadeaubon")
    assert hit_ids(window)[0] == "de-cadeaubon"
    assert panel.status.text() == "1 resultaat"


def test_inflected_query_finds_the_singular(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    window.search_panel.field.setText("ambtenaren")
    wait_for_search(qtbot, window)
    assert "de-nota" in hit_ids(window)
    # the matched word is highlighted in the snippet the user sees
    row = hit_ids(window).index("de-nota")
    assert "<b>ambtenaar</b>" in window.search_panel.model.hit(row).snippet_html


def test_a_facet_narrows_results_and_its_counts(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    panel = window.search_panel
    assert panel.result.total == 13  # empty query: everything
    assert panel.facets.value_item("kind", "story").text(1) == "4"
    with qtbot.waitSignal(panel.search_finished):
        panel.facets.set_checked("kind", "story")
    assert panel.result.total == 4
    assert panel.facets.value_item("sector", "gemeente").text(1) == "2"
    assert panel.facets.value_item("themes", "openheid").text(1) == "1"
    with qtbot.waitSignal(panel.search_finished):
        panel.facets.set_checked("sector", "gemeente")
    assert sorted(hit_ids(window)) == ["de-cadeaubon", "het-verzoek"]
    assert panel.facets.value_item("themes", "politieke-loyaliteit").isDisabled()
    with qtbot.waitSignal(panel.search_finished):
        window.actions.edit_clear_filters.trigger()
    assert panel.result.total == 13 and panel.filters() == {}


def test_no_hits_shows_an_empty_state_and_a_suggestion(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    panel = window.search_panel
    panel.field.setText("cadaubon")
    wait_for_search(qtbot, window)
    assert panel.stack.currentWidget() is panel.empty
    assert "Geen resultaten voor ‘cadaubon’" in panel.empty.text()
    assert not panel.suggestion.isHidden() and "cadeaubon" in panel.suggestion.text()
    with qtbot.waitSignal(panel.search_finished):
        panel.suggestion.linkActivated.emit("cadeaubon")
    assert panel.field.text() == "cadeaubon" and hit_ids(window) == ["de-cadeaubon"]


def test_broken_query_does_not_break_the_window(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    context_ws = window.workspace
    for text, words in [('"open', "open"), ("(", ""), ("AND", "AND"), ("title:", "title")]:
        window.search_panel.field.setText(text)
        total = wait_for_search(qtbot, window)
        assert total == context_ws.search(words, prefix_last=True).total, text  # as the plain words
        assert "mislukt" not in window.search_panel.status.text()


def test_opening_a_story_shows_text_values_questions_and_related(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    window.open_item("story", "de-nota")
    text = window.reader.plain_text()
    assert "De nota aan de minister" in text
    assert "Sanne schrijft een nota aan de minister" in text
    assert "Loyaliteit" in text and "Eerlijkheid" in text  # linked values cards
    assert "Hoe weeg je loyaliteit tegen je eigen oordeel?" in text  # linked question
    assert "Verwante verhalen" in text
    related = window.workspace.index().related("de-nota")
    assert related and related[0].title in text
    assert window.windowTitle().startswith("De nota aan de minister")


def test_links_between_items_and_back_forward(qtbot, open_app, mini_library: Path) -> None:
    from PySide6.QtCore import QUrl

    window = open_app(mini_library).window
    window.open_item("story", "de-nota")
    window.reader.browser.anchorClicked.emit(QUrl("goedwerk:value/loyaliteit"))
    assert window.reader.current() == ("value", "loyaliteit")
    assert "Waar ligt voor jou de grens van loyaliteit?" in window.reader.plain_text()
    assert "De nota aan de minister" in window.reader.plain_text()  # stories with this card
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.current() == ("story", "de-nota")
    assert window.actions.go_forward.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.reader.current() == ("value", "loyaliteit")


def test_external_links_are_never_followed(qtbot, open_app, mini_library: Path, no_network: list) -> None:
    from PySide6.QtCore import QUrl

    window = open_app(mini_library).window
    window.open_item("story", "de-nota")
    window.reader.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert window.reader.current() == ("story", "de-nota")
    assert "niet geopend" in window.statusBar().currentMessage()
    assert no_network == []


def test_keyboard_flow(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    panel = window.search_panel
    window.tabs.setCurrentWidget(window.values_deck)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is panel and panel.field.hasFocus()
    type_query(qtbot, window, "minister")
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert panel.results.hasFocus() and panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.reader.current() == ("story", hit_ids(window)[0])
    panel.field.setFocus()
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert panel.field.text() == ""
    qtbot.keyClick(panel.field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.field.hasFocus()


def test_enter_in_the_field_opens_the_first_hit(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    panel = window.search_panel
    qtbot.keyClicks(panel.field, "dashboard")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.current() == ("story", "het-dashboard"), timeout=5000)


def test_values_deck_and_question_bank(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    deck = window.values_deck
    assert deck.model().rowCount() == 4
    window.tabs.setCurrentWidget(deck)
    rect = deck.visualRect(deck.model().index(3, 0))
    assert rect.width() >= 200 and rect.height() >= 120  # cards, readable at a glance
    qtbot.mouseClick(deck.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.current() == ("value", "gezin")
    bank = window.question_bank
    groups = [bank.topLevelItem(i).text(0) for i in range(bank.topLevelItemCount())]
    assert groups == ["Opening (1)", "Verdieping (2)", "Afsluiting (1)"]
    bank.itemActivated.emit(bank.topLevelItem(1).child(0), 0)
    assert window.reader.current() == ("question", "q-verdiep-1")


def test_favourites_and_recent_survive_a_restart(qtbot, open_app, mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "shared-data"
    context = open_app(mini_library, data)
    window = context.window
    window.open_item("story", "het-verzoek")
    window.actions.item_favourite.trigger()
    assert window.actions.item_favourite.isChecked()
    window.open_item("value", "gezin")
    assert not window.actions.item_favourite.isChecked()
    window.tabs.setCurrentWidget(window.values_deck)
    window.close()
    context.workspace.close()

    again = open_app(mini_library, data).window
    assert again.favourites.refs() == ["story:het-verzoek"]
    assert again.recent.refs()[:2] == ["value:gezin", "story:het-verzoek"]
    assert again.tabs.currentWidget() is again.values_deck  # last view restored
    assert again.reader.current() == ("value", "gezin")  # last item reopened
    again.open_item("story", "het-verzoek")
    assert again.actions.item_favourite.isChecked()


def test_text_size_follows_ctrl_plus_and_minus(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    before = window.text_size
    window.actions.view_zoom_in.trigger()
    window.actions.view_zoom_in.trigger()
    assert window.text_size == before + 2
    qtbot.waitUntil(lambda: window.tabs.font().pointSizeF() == before + 2)  # the whole window follows
    assert f"font-size: {before + 3}pt" in window.reader.browser.document().defaultStyleSheet()
    window.actions.view_zoom_reset.trigger()
    assert window.text_size == 10


def test_bad_story_file_shows_a_notice_not_a_crash(qtbot, open_app, broken_library: Path) -> None:
    window = open_app(broken_library).window
    assert window.notice.isVisible()
    assert "bestanden in de bibliotheek hebben problemen" in window.notice.message.text()
    from goedwerk.ui.library.problems_dialog import ProblemsDialog

    dialog = ProblemsDialog(window.workspace.library.problems, window)
    qtbot.addWidget(dialog)
    assert "broken/practice/geen-utf8.md:14: bestand is geen geldige UTF-8-tekst" in dialog.text.toPlainText()
    window.search_panel.field.setText("cadeaubon")
    wait_for_search(qtbot, window)
    assert "de-cadeaubon" in hit_ids(window)  # the rest of the library works


def test_switching_to_english_changes_the_menus(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    window = context.window
    assert window.menus["file"].title() == "&Bestand"
    context.set_language("en")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")
    assert window.actions.go_back.text() == "&Back"
    assert window.tabs.tabText(1) == "Values cards"
    assert window.search_panel.facets.topLevelItem(1).text(0) == "Theme"
    context.set_language("nl")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Bestand")


def test_every_control_has_an_accessible_name(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    unnamed = []
    for widget in (
        window.findChildren(QAbstractButton)
        + window.findChildren(QLineEdit)
        + window.findChildren(QAbstractItemView)
        + window.findChildren(QComboBox)
    ):
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue
        if not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
            unnamed.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert unnamed == []


def test_menus_list_every_action_with_its_shortcut(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    in_menus = {a.objectName() for menu in window.menus.values() for a in menu.actions()}
    assert set(window.actions.names()) <= in_menus
    assert window.actions.go_back.shortcut().toString() == "Alt+Left"
    assert "Ctrl+K" in [s.toString() for s in window.actions.edit_find.shortcuts()]


def test_without_a_search_index_browsing_still_works(qtbot, mini_library: Path, tmp_path: Path) -> None:
    from goedwerk.main import build_app

    data = tmp_path / "no-index"
    data.mkdir()
    (data / "index").write_text("not a folder", encoding="utf-8")  # the index cannot be made here
    context = build_app(mini_library, data, "nl")
    window = context.window
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(
        lambda: window.notice.isVisible() and "zoekindex" in window.notice.message.text(), timeout=10_000
    )
    assert window.question_bank.topLevelItemCount() == 3
    window.open_item("story", "de-nota")
    assert "Sanne schrijft een nota" in window.reader.plain_text()
    window.close()
    context.workspace.close()


def test_english_reaches_the_reader_labels_from_the_core(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    window = context.window
    window.open_item("story", "de-nota")
    assert "Waardenkaarten bij dit verhaal" in window.reader.plain_text()
    context.set_language("en")
    qtbot.waitUntil(lambda: "Values cards for this story" in window.reader.plain_text())
    context.set_language("nl")
    qtbot.waitUntil(lambda: "Waardenkaarten bij dit verhaal" in window.reader.plain_text())


def test_the_question_bank_names_the_story_each_question_was_written_for(
    qtbot, open_app, tmp_path: Path
) -> None:
    from goedwerk.ui.library.question_bank import IdRole
    from tests.conftest import BUNDLED

    window = open_app(BUNDLED, tmp_path / "data").window
    library, bank = window.workspace.library, window.question_bank
    shown = {
        child.data(0, IdRole): child.text(1)
        for group in (bank.topLevelItem(i) for i in range(bank.topLevelItemCount()))
        for child in (group.child(row) for row in range(group.childCount()))
    }
    written = {q: s.title for s in library.stories for q in s.questions if q.startswith(f"q-{s.id}-")}
    assert len(written) > 50  # the bundled library's stories bring their own questions
    assert shown == {q.id: written.get(q.id, "") for q in library.questions}
