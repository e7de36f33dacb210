"""The harvest: every reflection across sessions, searchable and filterable, with tag counts.

Search runs on the reflections' own index (never the library's) in the background; filters on
pack, source, date, theme and value are catalog queries (``HarvestFilters``). The two bar charts
count the themes and values of what is shown; the export bar writes exactly what is shown, also
as a harvest bundle, and reads a colleague's bundle in (``HarvestExportBar``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.model import Changes
from goedwerk.core.workspace import (
    STYLE,
    BundleService,
    Labels,
    Reflection,
    ReflectionFilter,
    ReflectionHit,
    ReflectionIndex,
    ReflectionStore,
    ValueSortStore,
    VoteStore,
    flagged,
    reflection_html,
    tag_counts,
    top,
)
from goedwerk.ui.common.colours import colour, is_palette_change
from goedwerk.ui.common.export_files import ExportFiles
from goedwerk.ui.common.resources import muted_color
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.reflections.count_chart import CountChart
from goedwerk.ui.reflections.delete_bar import DeleteBar
from goedwerk.ui.reflections.harvest_export_bar import HarvestExportBar
from goedwerk.ui.reflections.harvest_filters import HarvestFilters
from goedwerk.ui.reflections.reflections_model import ReflectionsModel
from goedwerk.ui.reflections.vote_list import VoteList

logger = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
DETAIL_SIZES = "h1 { font-size: 15pt; } .lead { font-size: 10pt; } .prompt { font-size: 11pt; }"


class HarvestView(QWidget):
    """All reflections with search, filters, counts and export. Emits ``refreshed(count)``."""

    refreshed = Signal(int)

    def __init__(
        self,
        store: ReflectionStore,
        sorts: ValueSortStore,
        index: ReflectionIndex,
        labels: Labels,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        votes: VoteStore | None = None,
        exports: ExportFiles | None = None,
        allowed_names: Iterable[str] = (),
        bundles: BundleService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("harvest_view")
        self.exports = exports or ExportFiles(None, self)
        self.allowed_names = tuple(allowed_names)
        self.flagged: set[str] = set()
        self.store, self.sorts, self.index, self.labels, self.runner = store, sorts, index, labels, runner
        self.votes, self.bundles = votes, bundles
        self.shown: list[Reflection] = []
        self.error = ""
        self._generation = 0
        self._changed = False  # reflections changed since the last reload
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build_filters()
        self._build_results()
        self._build_layout()
        self.retranslate()

    # -- building ------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.filters = HarvestFilters(self)
        self.filters.changed.connect(self.refresh)
        self.filters.search_edited.connect(self._timer.start)
        f = self.filters  # the controls under their old names, as tests and users know them
        self.search, self.pack_filter, self.source_filter = f.search, f.pack_filter, f.source_filter
        self.theme_filter, self.value_filter = f.theme_filter, f.value_filter
        self.date_from, self.date_to = f.date_from, f.date_to

    def _build_results(self) -> None:
        self.model = ReflectionsModel(self)
        self.model.warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.table = QTableView(self)
        self.table.setObjectName("harvest_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_detail())
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("harvest_detail")
        self.detail.setOpenLinks(False)
        self.theme_chart, self.value_chart = CountChart(self), CountChart(self)
        self.theme_chart.setObjectName("top_themes_chart")
        self.value_chart.setObjectName("top_values_chart")
        self.vote_list = VoteList(self)
        self.status = QLabel(self)
        self.status.setObjectName("harvest_status")
        self.delete_bar = DeleteBar(self.store, self.chosen, self)
        self.delete_bar.changed.connect(self.reload)
        scratch = self.store.catalog.path.parent  # the chart images stay in the data directory
        shown = lambda: (self.shown, self.flagged, self.vote_list.votes)  # noqa: E731
        self.export_bar = HarvestExportBar(
            shown, self.labels, self.sorts, scratch, self.exports, self.bundles, self
        )
        self.export_bar.imported.connect(self.reload)
        self.export_buttons = self.export_bar.buttons

    def _build_layout(self) -> None:
        charts = QHBoxLayout()
        charts.addWidget(self.theme_chart, 1)
        charts.addWidget(self.value_chart, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(charts)
        left_layout.addWidget(self.vote_list)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 500])
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.delete_bar)
        bottom.addWidget(self.export_bar)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.filters.retranslate()
        self.delete_bar.retranslate()
        self.table.setAccessibleName(self.tr("Reflecties"))
        self.detail.setAccessibleName(self.tr("Gekozen reflectie"))
        self.model.set_headers([self.tr("Datum"), self.tr("Pakket"), self.tr("Onderdeel"), self.tr("Tekst")])
        self.export_bar.retranslate()
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """An operation changed stored data: reload now when shown, else when next shown."""
        if changes.reflections or changes.votes:
            self._changed = True
            if self.isVisible():
                self.refresh_if_changed()

    def refresh_if_changed(self) -> None:
        """Reload when reflections changed since the last reload."""
        if self._changed:
            self._changed = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_changed()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif is_palette_change(event):
            self._show_detail()

    # -- filters -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Refill the filter choices from the catalog and show the reflections again."""
        everything = self.store.all()
        themes, values = tag_counts(everything)
        self.filters.fill(
            self.store.packs(),
            self.store.sources(),
            [(t, self.labels.theme(t)) for t in themes],
            [(v, self.labels.value(v)) for v in values],
        )
        self.refresh()

    def set_choice(self, combo: QComboBox, key: str | None) -> None:
        """Choose the filter entry ``key`` (None: all) and show the result."""
        self.filters.set_choice(combo, key)

    def clear_filters(self) -> None:
        """Show every reflection again."""
        self.filters.clear()

    def current_filter(self) -> ReflectionFilter:
        """The filter the controls describe (without the search)."""
        return self.filters.current_filter()

    # -- results -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the reflections that pass the filters and match the search."""
        self._timer.stop()
        self._generation += 1
        generation, flt, text = self._generation, self.current_filter(), self.search.text().strip()
        if not text:
            self._show(self.store.query(flt))
            return
        everything = self.store.all()
        self.runner.run(
            lambda _progress: self.index.search_synced(text, everything, self.labels),
            lambda hits: self._searched(generation, flt, hits),
            lambda exc: self._failed(generation, exc),
        )

    def _searched(self, generation: int, flt: ReflectionFilter, hits: list[ReflectionHit]) -> None:
        if generation != self._generation:
            return
        rank = {hit.id: number for number, hit in enumerate(hits)}
        found = self.store.query(replace(flt, ids=tuple(rank)))
        self._show(sorted(found, key=lambda r: rank[r.id]))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.error = str(exc)
        logger.error("reflection search failed: %s", exc)
        self._show([])
        self.status.setText(self.tr("Zoeken is mislukt: {error}").format(error=exc))

    def _show(self, reflections: list[Reflection]) -> None:
        self.shown = reflections
        self.flagged = flagged(reflections, self.allowed_names)
        self.model.set_reflections(reflections, self.flagged)
        themes, values = tag_counts(reflections)
        self.theme_chart.set_counts(
            self.tr("Meest genoemde thema’s"),
            [(self.labels.theme(t), n) for t, n in top(themes)],
            self.tr("Nog geen thema’s getagd."),
        )
        self.value_chart.set_counts(
            self.tr("Meest genoemde waarden"),
            [(self.labels.value(v), n) for v, n in top(values)],
            self.tr("Nog geen waarden getagd."),
        )
        height = max(self.theme_chart.sizeHint().height(), self.value_chart.sizeHint().height())
        for chart in (self.theme_chart, self.value_chart):
            chart.setFixedHeight(height)
        if reflections:
            self.table.selectRow(0)
        self._show_detail()
        count = len(reflections)
        status = self.tr("%n reflecties", "", count)
        if self.flagged:
            status += " · " + self.tr("{n} met mogelijke persoonsgegevens (⚠)").format(n=len(self.flagged))
        self.status.setText(status)
        flt = self.current_filter()
        votes = self.votes.query(flt.pack_ids, flt.date_from, flt.date_to) if self.votes else []
        self.vote_list.set_votes(votes)
        self.export_bar.set_enabled_for(len(reflections), len(votes))
        self.refreshed.emit(len(reflections))

    def chosen(self) -> Reflection | None:
        """The reflection selected in the table."""
        row = self.table.currentIndex().row()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def detail_style(self) -> str:
        """The printed report's style with the screen's colours, readable in either theme."""
        palette = self.detail.palette()
        text = palette.color(QPalette.ColorRole.Text).name()
        accent, muted = colour("accent", palette).name(), muted_color(palette).name()
        colours = (
            f"body {{ color: {text}; }} h1, h2, .prompt {{ color: {accent}; }}"
            f" .lead, .muted, h5, h6 {{ color: {muted}; }}"
        )
        return STYLE + DETAIL_SIZES + colours

    def _show_detail(self) -> None:
        self.delete_bar.delete_button.setEnabled(self.chosen() is not None)
        self.detail.document().setDefaultStyleSheet(self.detail_style())
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.shown):
            self.detail.setHtml(reflection_html(self.shown[row], self.labels))
        else:
            empty = self.tr("Geen reflecties om te tonen.")
            self.detail.setHtml(f"<p>{empty}</p>")

    # -- export --------------------------------------------------------------------------------

    def export(self, kind: str, path: Path) -> None:
        """Write the shown reflections as ``md``, ``csv`` or ``pdf`` (with their value sorts)."""
        self.export_bar.export(kind, path)

    def ask_export(self, kind: str) -> None:
        """Ask for a file name and export the shown reflections (``bundle``: as a harvest bundle)."""
        self.export_bar.ask_export(kind)
