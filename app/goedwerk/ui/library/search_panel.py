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
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.model import SearchResult, Vocabulary
from goedwerk.core.workspace import escape
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.library.facet_panel import FacetPanel
from goedwerk.ui.library.result_delegate import ResultDelegate
from goedwerk.ui.library.results_model import IdRole, KindRole, ResultsModel

logger = logging.getLogger(__name__)

SearchFn = Callable[[str, dict[str, tuple[str, ...]]], SearchResult]
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
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)
        self.results.installEventFilter(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
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
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("search_splitter")
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 400])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.field)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.field, self.results)
        QWidget.setTabOrder(self.results, self.facets)
        QWidget.setTabOrder(self.facets, self.clear_button)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.field.setPlaceholderText(self.tr("Zoek in verhalen, waardenkaarten en vragen…  (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Zoeken"))
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.facets.setAccessibleName(self.tr("Filters"))
        self.clear_button.setText(self.tr("Filters wissen"))
        self.clear_button.setAccessibleName(self.tr("Alle filters wissen"))
        self.kind_labels.clear()
        self.kind_labels.update(self.kind_names())
        self.facets.retitle(self.facet_titles())
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
        b_labels = {
            "bekwaam": self.tr("Bekwaam"),
            "betrouwbaar": self.tr("Betrouwbaar"),
            "betrokken": self.tr("Betrokken"),
        }
        self.facets.set_vocabulary(
            vocabulary, self.facet_titles(), {"kind": self.kind_names(), "b": b_labels}
        )
        self.search_now()

    @property
    def shown_query(self) -> str:
        """The query whose results are on screen."""
        return self._last_text

    def filters(self) -> dict[str, tuple[str, ...]]:
        """The ticked facet values."""
        return self.facets.filters()

    def clear_filters(self) -> None:
        """Untick every facet value and search again."""
        if not self.facets.clear_filters():
            self.search_now()

    def search_now(self) -> None:
        """Run the current query now (on the background thread)."""
        self._timer.stop()
        if self._search_fn is None:
            return
        self._seq += 1
        seq, text, filters, search = self._seq, self.field.text(), self.filters(), self._search_fn
        self.runner.run(
            lambda _progress: search(text, filters),
            lambda result: self._show(seq, text, result),
            self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Zoeken mislukt: {error}").format(error=exc))

    def _show(self, seq: int, text: str, result: SearchResult) -> None:
        if seq != self._seq:
            return  # an answer to an older query
        self._last_text = text
        self.result = result
        current = self.results.currentIndex()
        self.model.set_hits(result.hits)
        self.facets.set_counts(result.facets)
        if self.model.rowCount() and current.isValid():
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
            self.suggestion.setText(self.tr("Bedoelde u <a href='{q}'>{q}</a>?").format(q=link))
        self.suggestion.setVisible(bool(result.suggestion))
        if text and result.total == 1:
            self.status.setText(self.tr("1 resultaat"))
        elif text and result.total > len(result.hits):
            message = self.tr("{n} resultaten, de beste {shown} getoond")
            self.status.setText(message.format(n=result.total, shown=len(result.hits)))
        elif text:
            self.status.setText(self.tr("{n} resultaten").format(n=result.total))
        else:
            self.status.setText(self.tr("Alle items: {n}").format(n=result.total))
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
