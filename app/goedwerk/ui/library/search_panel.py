"""Search as you type: a query field, facets with counts, ranked results and an empty state.

The search runs on a background thread (``BackgroundRunner``); answers to queries that were
overtaken by newer typing are dropped, so the list always matches the field.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.model import SearchHit, SearchResult, Vocabulary
from goedwerk.core.workspace import NOT_USED_WITH, escape
from goedwerk.ui.common.accessibility import set_tab_order
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.library.facet_panel import FacetPanel
from goedwerk.ui.library.group_filter import GroupFilter
from goedwerk.ui.library.result_delegate import ResultDelegate
from goedwerk.ui.library.result_order import ResultOrder
from goedwerk.ui.library.results_model import IdRole, KindRole, ResultsModel
from goedwerk.ui.library.saved_search_list import SavedSearchList

logger = logging.getLogger(__name__)

SearchFn = Callable[[str, dict[str, tuple[str, ...]], int | None], SearchResult]  # text, filters, limit
LengthFn = Callable[[str, str], int]  # kind, id -> length in words
DEBOUNCE_MS = 180
RESULT_LIMIT = 100


class SearchPanel(QWidget):
    """The search field, facets and results. Emits ``item_activated(kind, id)``."""

    item_activated = Signal(str, str)
    search_finished = Signal(int)

    def __init__(self, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._search_fn: SearchFn | None = None
        self._seq = 0
        self._last_text = ""
        self._open_when_shown = False
        self.limit = RESULT_LIMIT  # grows with "Meer tonen"; a new query starts again
        self.result = SearchResult()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self._build_field()
        self._build_body()
        self._build_layout()
        self.retranslate()

    # -- building --------------------------------------------------------------------------

    def _build_field(self) -> None:
        self.field = QLineEdit(self)
        self.field.setObjectName("search_field")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._open_current)
        self.field.installEventFilter(self)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.linkActivated.connect(self._use_suggestion)
        self.suggestion.hide()
        self.status = QLabel(self)
        self.status.setObjectName("result_count")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self.clear_filters)

    def _build_body(self) -> None:
        self.facets = FacetPanel(self)
        self.facets.filters_changed.connect(self.search_now)
        self.group_filter = GroupFilter(self)
        self.saved_list = SavedSearchList(self)
        self.order = ResultOrder(self)
        self.order.order_changed.connect(lambda _order: self._show_sorted())
        self.order.show_all_requested.connect(self.show_all)
        self.length_of: LengthFn = lambda _kind, _id: 0
        self._all = False  # the next searches ask for every match, until the query changes
        self._asked: tuple[str, dict[str, tuple[str, ...]]] | None = None
        self.group_filter.group_changed.connect(lambda _group: self.search_now())
        self.model = ResultsModel(self)
        self.kind_labels: dict[str, str] = {}
        self.results = QListView(self)
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.kind_labels, self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setDragEnabled(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)
        self.results.installEventFilter(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("more_results")
        self.more_button.clicked.connect(lambda: self.show_more())
        self.more_button.hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.empty)

    def _build_layout(self) -> None:
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.clear_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(status_row)
        right_layout.addWidget(self.group_filter)
        right_layout.addWidget(self.order)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.more_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("search_splitter")
        self.sidebar = QSplitter(Qt.Orientation.Vertical, self)
        self.sidebar.setObjectName("search_sidebar")
        self.sidebar.addWidget(self.saved_list)
        self.sidebar.addWidget(self.facets)
        self.sidebar.setStretchFactor(1, 1)
        self.sidebar.setSizes([150, 450])
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 400])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.field)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.splitter, 1)
        set_tab_order([self.field, self.facets, self.clear_button, self.results])

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.field.setPlaceholderText(self.tr("Zoek in verhalen, waardenkaarten en vragen…  (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Zoeken"))
        self.field.setAccessibleDescription(
            self.tr("Pijl omlaag naar de resultaten. Esc wist de zoekterm, nog een keer Esc de filters.")
        )
        for button in self.field.findChildren(QToolButton):  # the clear button; Esc does the same
            button.setAccessibleName(self.tr("Zoekterm wissen"))
            button.setToolTip(self.tr("Zoekterm wissen (Esc)"))
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.facets.setAccessibleName(self.tr("Filters"))
        self.clear_button.setText(self.tr("Filters wissen"))
        self.clear_button.setAccessibleName(self.tr("Alle filters wissen"))
        self.kind_labels.clear()
        self.kind_labels.update(self.kind_names())
        self.facets.retitle(self.facet_titles(), self.value_names())
        self.group_filter.retranslate()
        self.saved_list.retranslate()
        self.order.retranslate()
        self._show_status()

    def kind_names(self) -> dict[str, str]:
        """Display names of the item kinds."""
        return {
            "story": self.tr("Praktijkverhaal"),
            "value": self.tr("Waardenkaart"),
            "question": self.tr("Vraag"),
            "guide": self.tr("Handreiking"),
            "own": self.tr("eigen"),
            "folder": self.tr("gedeelde map"),
        }

    def value_names(self) -> dict[str, dict[str, str]]:
        """Display names of the facet values that are not in the vocabulary: kinds and B's."""
        b_names = {
            "bekwaam": self.tr("Bekwaam"),
            "betrouwbaar": self.tr("Betrouwbaar"),
            "betrokken": self.tr("Betrokken"),
        }
        return {"kind": self.kind_names(), "b": b_names}

    def facet_titles(self) -> dict[str, str]:
        """Display names of the facets."""
        return {
            "kind": self.tr("Soort"),
            "themes": self.tr("Thema"),
            "b": self.tr("De drie B's"),
            "sector": self.tr("Sector"),
            "role": self.tr("Rol"),
        }

    # -- wiring ----------------------------------------------------------------------------

    def set_search(self, search_fn: SearchFn, vocabulary: Vocabulary) -> None:
        """Connect to a library's search; runs the current query at once."""
        self._search_fn = search_fn
        self.facets.set_vocabulary(vocabulary, self.facet_titles(), self.value_names())
        self.search_now()

    @property
    def shown_query(self) -> str:
        """The query whose results are on screen."""
        return self._last_text

    def filters(self) -> dict[str, tuple[str, ...]]:
        """The ticked facet values, and the group whose items to leave out."""
        group = self.group_filter.group()
        return {**self.facets.filters(), **({NOT_USED_WITH: (group,)} if group else {})}

    def apply(self, text: str, filters: dict[str, tuple[str, ...]]) -> None:
        """Show the search for ``text`` within ``filters`` (a saved search, say)."""
        group = next(iter(filters.get(NOT_USED_WITH, ())), "")
        self.group_filter.blockSignals(True)
        self.group_filter.choose(group)
        self.group_filter.blockSignals(False)
        self.field.blockSignals(True)
        self.field.setText(text)
        self.field.blockSignals(False)
        self.facets.set_filters(filters)  # searches once

    def clear_filters(self) -> None:
        """Untick every facet value, forget the group filter and search again."""
        self.group_filter.blockSignals(True)
        self.group_filter.choose("")
        self.group_filter.blockSignals(False)
        if not self.facets.clear_filters():
            self.search_now()

    def search_now(self, limit: int = RESULT_LIMIT) -> None:
        """Run the current query now (on the background thread), showing up to ``limit`` hits."""
        self._timer.stop()
        if self._search_fn is None:
            self._show_getting_ready()
            return
        self._seq += 1
        self.limit = limit
        seq, text, filters, search = self._seq, self.field.text(), self.filters(), self._search_fn
        if (text, filters) != self._asked:
            self._all = False
        self._asked = (text, filters)
        limit = None if self._all else limit
        self.runner.run(
            lambda _progress: search(text, filters, limit),
            lambda result: self._show(seq, text, result),
            self._failed,
        )

    def _show_getting_ready(self) -> None:
        """Say that the search is not ready yet; ``set_search`` runs the query typed meanwhile."""
        if self.field.text().strip():
            self.status.setText(self.tr("Zoeken wordt klaargemaakt… je resultaten komen zo."))

    def show_more(self) -> None:
        """Show the next hits of the same query and filters ("Meer tonen")."""
        self._keep_row = len(self.result.hits)
        self.search_now(self.limit + RESULT_LIMIT)

    def show_all(self) -> None:
        """Search again for every match, not only the best ones."""
        self._all = True
        self.search_now()

    def _sorted(self, hits: tuple[SearchHit, ...]) -> tuple[SearchHit, ...]:
        order = self.order.order()
        if order == "title":
            return tuple(sorted(hits, key=lambda h: h.title.casefold()))
        if order == "length":
            return tuple(sorted(hits, key=lambda h: self.length_of(h.kind, h.id)))
        return hits

    def _show_sorted(self) -> None:
        self.model.set_hits(self._sorted(self.result.hits))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Zoeken mislukt: {error}").format(error=exc))

    def _show(self, seq: int, text: str, result: SearchResult) -> None:
        if seq != self._seq:
            return  # an answer to an older query
        self._last_text = text
        self.result = result
        current = self.results.currentIndex()
        self.model.set_hits(self._sorted(result.hits))
        self.order.offer_all(result.total, len(result.hits))
        self.facets.set_counts(result.facets)
        keep, self._keep_row = getattr(self, "_keep_row", 0), 0
        if keep and keep < self.model.rowCount():  # after "Meer tonen": go on where the list ended
            self.results.setCurrentIndex(self.model.index(keep, 0))
            self.results.scrollTo(self.model.index(keep, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        elif self.model.rowCount() and current.isValid():
            self.results.setCurrentIndex(self.model.index(0, 0))
        self._show_status()
        self.search_finished.emit(result.total)
        if self._open_when_shown:
            self._open_when_shown = False
            self._open_current()

    def _show_status(self) -> None:
        result, text = self.result, self._last_text.strip()
        if result.suggestion:
            link = escape(result.suggestion)
            self.suggestion.setText(self.tr("Bedoelde je <a href='{q}'>{q}</a>?").format(q=link))
        self.suggestion.setVisible(bool(result.suggestion))
        if text and result.total > len(result.hits):
            message = self.tr("%n resultaten, de beste {shown} getoond", "", result.total)
            self.status.setText(message.format(shown=len(result.hits)))
        elif text:
            self.status.setText(self.tr("%n resultaten", "", result.total))
        elif self.filters():
            self.status.setText(self.tr("%n items met deze filters", "", result.total))
        else:
            self.status.setText(self.tr("Alle items: {n}").format(n=result.total))
        hidden = result.total - len(result.hits)
        self.more_button.setVisible(hidden > 0)
        self.more_button.setText(
            self.tr("Meer tonen ({shown} van {n} getoond)").format(shown=len(result.hits), n=result.total)
        )
        if result.notice:  # a limit cut the query
            self.status.setText(f"{self.status.text()} · {result.notice}")
        self.clear_button.setEnabled(bool(self.filters()))
        if result.hits or self._search_fn is None:
            self.stack.setCurrentWidget(self.results)
            return
        if text:
            message = self.tr("Geen resultaten voor ‘{q}’.").format(q=escape(text))
        else:
            message = self.tr("Niets gevonden met deze filters.")
        if self.filters():
            message += "<br/>" + self.tr("Probeer minder filters, of wis ze met Ctrl+Shift+L.")
        else:
            message += "<br/>" + self.tr("Probeer een ander of korter woord.")
        self.empty.setText(message)
        self.stack.setCurrentWidget(self.empty)

    def _use_suggestion(self, text: str) -> None:
        self.field.setText(text)
        self.search_now()

    # -- opening and keyboard --------------------------------------------------------------

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.item_activated.emit(index.data(KindRole), index.data(IdRole))

    def _open_current(self) -> None:
        if self._timer.isActive() or self.shown_query != self.field.text():
            self._open_when_shown = True  # open the first hit as soon as the answer arrives
            self.search_now()
            return
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._activate(index)

    def focus_field(self) -> None:
        """Put the cursor in the search field with its text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
        if watched is self.field:
            return self._field_key(key)
        if watched is self.results and key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
            self.focus_field()
            return True
        if watched is self.results and key == Qt.Key.Key_Escape:
            self.focus_field()
            return True
        return False

    def _field_key(self, key: int) -> bool:
        if key == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.results.currentIndex().isValid() or self.results.currentIndex().row() != 0:
                self.results.setCurrentIndex(self.model.index(0, 0))
            return True
        if key == Qt.Key.Key_Escape:
            if self.field.text():
                self.field.clear()
            else:
                self.clear_filters()
            return True
        return False
