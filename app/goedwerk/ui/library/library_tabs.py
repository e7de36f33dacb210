"""The library's views as tabs: search, values deck, question bank, favourites, recent, packs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from goedwerk.core.model import Library, Story
from goedwerk.ui.common.accessibility import announce_current_item
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.library.item_list import ItemList
from goedwerk.ui.library.item_list import RefRole as SavedRefRole
from goedwerk.ui.library.question_bank import IdRole as QuestionIdRole
from goedwerk.ui.library.question_bank import QuestionBank
from goedwerk.ui.library.results_model import IdRole, KindRole
from goedwerk.ui.library.search_panel import SearchPanel
from goedwerk.ui.library.values_deck import ValuesDeck

TABS = ("search", "values", "questions", "favourites", "recent", "packs")
Ref = tuple[str, str]


class LibraryTabs(QTabWidget):
    """The views a user browses the library with; emits ``item_activated(kind, id)``."""

    item_activated = Signal(str, str)

    def __init__(self, runner: BackgroundRunner, pack_list: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_tabs")
        self.setDocumentMode(True)
        self.tabBar().setUsesScrollButtons(False)  # every tab whole, at any text size: never clipped
        self.search_panel = SearchPanel(runner, self)
        self.values_deck = ValuesDeck(self)
        self.question_bank = QuestionBank(self)
        self.favourites = ItemList("favourites", self)
        self.recent = ItemList("recent", self)
        for view in (self.search_panel, self.values_deck, self.question_bank, self.favourites, self.recent):
            self.addTab(view, "")
            view.item_activated.connect(self.item_activated)
        self.addTab(pack_list, "")
        self.pack_list = pack_list
        for view in (self.values_deck, self.question_bank, self.favourites.list, self.recent.list):
            announce_current_item(view)
        self.currentChanged.connect(self._tab_changed)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        labels = [
            self.tr("Zoeken"),
            self.tr("Waardenkaarten"),
            self.tr("Vragen"),
            self.tr("Favorieten"),
            self.tr("Recent"),
            self.tr("Pakketten"),
        ]
        for index, label in enumerate(labels):
            self.setTabText(index, label)
        self.setAccessibleName(self.tr("Bibliotheek"))
        self.search_panel.retranslate()
        self.values_deck.setAccessibleName(self.tr("Waardenkaarten"))
        self.question_bank.setAccessibleName(self.tr("Vragen per fase"))
        self.favourites.list.setAccessibleName(self.tr("Favorieten"))
        self.recent.list.setAccessibleName(self.tr("Recent gelezen"))

    def fill(self, library: Library, favourites: list[Ref], recent: list[Ref]) -> None:
        """Show the library's cards and questions, and the saved lists."""
        self.values_deck.set_cards(library.values)
        phases = {
            "opening": self.tr("Opening"),
            "verdieping": self.tr("Verdieping"),
            "afsluiting": self.tr("Afsluiting"),
        }
        self.question_bank.set_questions(library.questions, phases, _written_for(library))
        self.show_saved(library, favourites, recent)

    def show_saved(self, library: Library, favourites: list[Ref], recent: list[Ref]) -> None:
        """Refresh the favourites and recently read lists."""
        self.favourites.set_items(
            self._rows(library, favourites),
            self.tr("Nog geen favorieten. Open een item en kies Item > Favoriet (Ctrl+D)."),
        )
        self.recent.set_items(self._rows(library, recent), self.tr("Je hebt nog niets gelezen."))

    def _rows(self, library: Library, refs: list[Ref]) -> list[tuple[str, str, str]]:
        names = self.search_panel.kind_names()
        rows = []
        for kind, item_id in refs:
            item = library.get(kind, item_id)
            if item is not None:
                rows.append((kind, item_id, f"{names[kind]} · {item.title}"))
        return rows

    def selected_ref(self) -> str | None:
        """The item selected in the current view (``kind:id``), or None."""
        view = self.currentWidget()
        if view is self.search_panel:
            index = self.search_panel.results.currentIndex()
            return f"{index.data(KindRole)}:{index.data(IdRole)}" if index.isValid() else None
        if view is self.values_deck and self.values_deck.currentIndex().isValid():
            return f"value:{self.values_deck.deck.cards[self.values_deck.currentIndex().row()].id}"
        if view is self.question_bank and self.question_bank.currentItem() is not None:
            question_id = self.question_bank.currentItem().data(0, QuestionIdRole)
            return f"question:{question_id}" if question_id else None
        if view in (self.favourites, self.recent) and view.list.currentItem() is not None:
            return view.list.currentItem().data(SavedRefRole)
        return None

    def selected_refs(self) -> list[str]:
        """Every item selected in the current view (``kind:id``), in the order shown."""
        if self.currentWidget() is self.search_panel:
            rows = sorted(self.search_panel.results.selectionModel().selectedRows(), key=lambda i: i.row())
            return [f"{i.data(KindRole)}:{i.data(IdRole)}" for i in rows]
        ref = self.selected_ref()
        return [ref] if ref else []

    def focus_search(self) -> None:
        """Go to the search tab and put the cursor in the field."""
        self.setCurrentWidget(self.search_panel)
        self.search_panel.focus_field()

    def show_view(self, index: int) -> None:
        """Go to tab ``index`` and put the focus in its main view (Ctrl+1 … Ctrl+6)."""
        self.setCurrentIndex(index)
        if TABS[index] == "search":
            self.search_panel.focus_field()
            return
        self.main_view(index).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_chain(self) -> list[QWidget]:
        """Every tab's widgets in screen order (only the current tab's are visible)."""
        panel = self.search_panel
        named = lambda name: panel.findChild(QWidget, name)  # noqa: E731 - the panel's own controls
        sidebar = [named("saved_search_list"), named("save_search"), panel.facets, panel.clear_button]
        above = [named("group_filter"), named("result_sort")]
        chain = [self.tabBar(), panel.field, *sidebar, *above, panel.results, panel.more_button]
        chain = [widget for widget in chain if widget is not None]
        chain += [self.values_deck, self.question_bank]
        for saved in (self.favourites, self.recent):
            chain += [saved.list, saved.empty]
        return chain + self.pack_list.focus_chain()

    def main_view(self, index: int) -> QWidget:
        """The widget that takes the focus when tab ``index`` is chosen."""
        view = self.widget(index)
        if view is self.search_panel:
            return self.search_panel.field
        if view in (self.favourites, self.recent):
            return view.currentWidget()
        if view is self.pack_list:
            return self.pack_list.main_view()
        return view

    def _tab_changed(self, index: int) -> None:
        if TABS[index] == "search":
            self.search_panel.field.setFocus()


def _written_for(library: Library) -> dict[str, str]:
    """The title of the story each question was written for: ``q-<story id>-<n>``, listed by
    that story. From the questions' ids, not by reading every story's list (20 ms at 20,000)."""
    titles: dict[str, str] = {}
    for question in library.questions:
        parts = question.id.removeprefix("q-").split("-") if question.id.startswith("q-") else []
        for end in range(1, len(parts)):
            story = library.get("story", "-".join(parts[:end]))
            if isinstance(story, Story) and question.id in story.questions:
                titles[question.id] = story.title
                break
    return titles
