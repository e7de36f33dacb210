"""The value-sort window of a pack: record the sort, see its chart, export it as CSV or PNG."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError, NotFoundError
from goedwerk.core.workspace import ValueSort, Workspace, tallies_csv, write_text
from goedwerk.paper.charts import ChartData
from goedwerk.ui.common.export_files import ExportFiles
from goedwerk.ui.common.messages import warn
from goedwerk.ui.reflections.sort_chart import SortChart
from goedwerk.ui.reflections.value_sort_recorder import ValueSortRecorder

logger = logging.getLogger(__name__)


class ValueSortWindow(QWidget):
    """Record and show the value sort of one pack (or of no pack)."""

    def __init__(
        self,
        workspace: Workspace,
        pack_id: str | None = None,
        parent: QWidget | None = None,
        exports: ExportFiles | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("value_sort_window")
        self.exports = exports or ExportFiles(None, self)
        self.store = workspace.sorts
        self.library = workspace.library
        self.cards = {card.id: card for card in workspace.library.values}
        self.names = {card_id: card.name for card_id, card in self.cards.items()}
        self.pack_id = pack_id
        self.pack_title = self._pack_title(workspace, pack_id)
        self._build()
        self.retranslate()
        self._load(self.store.for_pack(pack_id))
        self.resize(1280, 760)

    @staticmethod
    def _pack_title(workspace: Workspace, pack_id: str | None) -> str:
        if pack_id is None:
            return ""
        try:
            return workspace.packs.get(pack_id).title
        except NotFoundError:
            return ""

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("value_sort_heading")
        self.sort_choice = QComboBox(self)
        self.sort_choice.setObjectName("value_sort_choice")
        self.sort_choice.activated.connect(self._choose)
        self.set_choice = QComboBox(self)
        self.set_choice.setObjectName("value_sort_card_set")
        self.set_choice.activated.connect(self._set_chosen)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_value_sort")
        self.new_button.clicked.connect(self.new_sort)
        self.recorder = ValueSortRecorder(self.store, self.cards, self)
        self.recorder.sort_saved.connect(lambda _sort: self._update_chart())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("value_sort_tabs")
        self.tabs.addTab(self.recorder, "")
        self.tabs.addTab(self._build_result(), "")
        self.tabs.currentChanged.connect(lambda _index: self._update_chart())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.sort_choice)
        top.addWidget(self.set_choice)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.new_button, self.tabs)  # Tab follows the screen: its tabs, then the sorting

    def _build_result(self) -> QWidget:
        self.chart = SortChart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("export_sort_csv")
        self.csv_button.clicked.connect(self.ask_export_csv)
        self.png_button = QPushButton(self)
        self.png_button.setObjectName("export_sort_png")
        self.png_button.clicked.connect(self.ask_export_png)
        result = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.png_button)
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(scroll, 1)
        result_layout.addLayout(buttons)
        return result

    def retranslate(self) -> None:
        """Set every text in the current language."""
        title = self.tr("Waardensortering")
        self.setWindowTitle(f"{title} · {self.pack_title}" if self.pack_title else title)
        self.heading.setText(f"<h2>{self.windowTitle()}</h2>")
        self.new_button.setText(self.tr("Nieuwe sortering"))
        self.new_button.setAccessibleName(self.tr("Nieuwe sortering beginnen"))
        self.sort_choice.setAccessibleName(self.tr("Kies een eerdere sortering"))
        self.set_choice.setAccessibleName(self.tr("Kaartenset voor een nieuwe sortering"))
        self.set_choice.setToolTip(self.tr("Met welke kaarten sorteert de groep?"))
        self._fill_sets()
        self.tabs.setTabText(0, self.tr("Sorteren"))
        self.tabs.setTabText(1, self.tr("Resultaat"))
        self.tabs.setAccessibleName(self.tr("Sorteren of resultaat"))
        self.csv_button.setText(self.tr("Exporteren als CSV…"))
        self.csv_button.setAccessibleName(self.tr("Resultaat exporteren als CSV"))
        self.png_button.setText(self.tr("Grafiek opslaan als PNG…"))
        self.png_button.setAccessibleName(self.tr("Grafiek opslaan als PNG"))
        self._fill_choice()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- sorts ---------------------------------------------------------------------------------

    @property
    def sort(self) -> ValueSort:
        """The sort being recorded."""
        assert self.recorder.sort is not None
        return self.recorder.sort

    def _load(self, sorts: list[ValueSort]) -> None:
        self.sorts = sorts or [self._blank()]
        self.recorder.set_sort(self.sorts[0])
        self._fill_choice()
        self._update_chart()

    def _blank(self) -> ValueSort:
        deck = tuple(card.id for card in self.library.card_set(self.chosen_set()))
        return ValueSort(deck=deck, pack_id=self.pack_id, pack_title=self.pack_title)

    def chosen_set(self) -> str | None:
        """The card set chosen for new sorts (None: every card)."""
        return self.set_choice.currentData() or None

    def _fill_sets(self) -> None:
        current = (
            self.set_choice.currentData() if self.set_choice.count() else self.library.default_card_set()
        )
        self.set_choice.clear()
        for name in self.library.card_sets():
            count = len(self.library.card_set(name))
            self.set_choice.addItem(self.tr("Set ‘{name}’ ({n} kaarten)").format(name=name, n=count), name)
        self.set_choice.addItem(self.tr("Alle kaarten ({n})").format(n=len(self.library.values)), "")
        self.set_choice.setCurrentIndex(max(0, self.set_choice.findData(current or "")))

    def _set_chosen(self, _index: int) -> None:
        """A new set: the current sort takes it when nobody placed a card yet, else a new sort starts."""
        deck = tuple(card.id for card in self.library.card_set(self.chosen_set()))
        if deck == self.sort.deck:
            return
        if any(self.sort.placements.values()):
            self.new_sort()
            return
        fresh = self._blank()
        self.sorts[self.sorts.index(self.sort)] = fresh
        self.recorder.set_sort(fresh)
        self._fill_choice()
        self._update_chart()

    def new_sort(self) -> ValueSort:
        """Start a new, empty sort for the same pack; earlier sorts stay stored."""
        sort = self._blank()
        self.sorts.insert(0, sort)
        self.recorder.set_sort(sort)
        self._fill_choice()
        self._update_chart()
        return sort

    def _fill_choice(self) -> None:
        if not hasattr(self, "sorts"):
            return
        self.sort_choice.clear()
        for sort in self.sorts:
            when = self.tr("nieuw") if not sort.created else _stamp(sort.created)
            self.sort_choice.addItem(self.tr("Sortering van {when}").format(when=when), sort.id)
        self.sort_choice.setVisible(len(self.sorts) > 1)

    def _choose(self, index: int) -> None:
        self.recorder.set_sort(self.sorts[index])
        self._update_chart()

    def _update_chart(self) -> None:
        if self.recorder.sort is not None:
            self.chart.set_data(ChartData.from_sort(self.sort, self.names, self.pack_title))

    # -- export --------------------------------------------------------------------------------

    def export_csv(self, path: Path) -> None:
        """Write the result per value as CSV."""
        write_text(Path(path), tallies_csv(self.sort, self.names), bom=True)

    def export_png(self, path: Path) -> None:
        """Write the chart as PNG."""
        self._update_chart()
        self.chart.save_png(Path(path))

    def ask_export_csv(self) -> None:
        """Ask for a file name and export the result as CSV."""
        self._ask_export(self.tr("CSV-bestanden (*.csv)"), ".csv", self.export_csv)

    def ask_export_png(self) -> None:
        """Ask for a file name and save the chart as PNG."""
        self._ask_export(self.tr("PNG-afbeeldingen (*.png)"), ".png", self.export_png)

    def _ask_export(self, file_filter: str, suffix: str, write) -> None:
        stem = self.tr("waardensortering")
        name = f"{stem}{suffix}"
        path = self.exports.save_path(self, self.tr("Exporteren"), name, file_filter)
        if path is None:
            return
        try:
            write(path)
        except (GoedWerkError, OSError) as exc:
            warn(self, self.tr("Exporteren mislukt"), str(exc))
            return
        self.exports.confirm(self, path)


def _stamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds).strftime("%d-%m-%Y %H:%M")
