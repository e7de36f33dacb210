"""Record a group's value sort: anonymous participants, the pile and five forced-choice columns.

Cards move by drag-and-drop or by keyboard (keys 1-5 put the selected card in a column, 0 or
Backspace takes it back). The core enforces the column quotas; every change is saved at once,
so a half-done sort is never lost and can be finished later.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import ValueCard
from goedwerk.core.workspace import ValueSort, ValueSortStore
from goedwerk.paper.charts import COLORS, column_titles
from goedwerk.ui.common.colours import colour
from goedwerk.ui.common.messages import ask
from goedwerk.ui.reflections.card_column import PILE, CardColumn

logger = logging.getLogger(__name__)


class ValueSortRecorder(QWidget):
    """Sort the cards of each participant. Emits ``sort_saved(sort)`` after every saved change."""

    sort_saved = Signal(object)

    def __init__(
        self, store: ValueSortStore, cards: Mapping[str, ValueCard], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("value_sort_recorder")
        self.store = store
        self.cards = dict(cards)
        self.sort: ValueSort | None = None
        self._build_participants()
        self._build_columns()
        self._build_layout()
        self.retranslate()

    # -- building ------------------------------------------------------------------------------

    def _build_participants(self) -> None:
        self.participant_tabs = QTabBar(self)
        self.participant_tabs.setObjectName("participant_tabs")
        self.participant_tabs.setExpanding(False)
        self.participant_tabs.currentChanged.connect(lambda _index: self._refresh())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_participant")
        self.add_button.clicked.connect(lambda: self.add_participant())
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_participant")
        self.remove_button.clicked.connect(lambda: self.remove_participant())
        self.progress = QLabel(self)
        self.progress.setObjectName("sort_progress")
        self.notice = QLabel(self)
        self.notice.setObjectName("sort_notice")
        self.notice.setStyleSheet(f"color: {colour('warning').name()}; font-weight: 600")
        self.notice.setWordWrap(True)

    def _build_columns(self) -> None:
        self.pile = CardColumn(PILE, self)
        self.columns = [CardColumn(index, self) for index in range(5)]
        self.headers: list[QLabel] = []
        for number, column in enumerate((self.pile, *self.columns)):
            column.card_dropped.connect(self.place)
            column.place_requested.connect(self.place)
            header = QLabel(self)
            colour = COLORS[number - 1] if number else "transparent"
            rule = f"border: none; border-bottom: 4px solid {colour}; padding: 3px"
            header.setStyleSheet(f"QLabel {{ {rule} }}")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setWordWrap(True)
            header.setBuddy(column)
            self.headers.append(header)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("sort_hint")

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.participant_tabs, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for index, column in enumerate((self.pile, *self.columns)):
            grid.addWidget(self.headers[index], 0, index)
            grid.addWidget(column, 1, index)
            grid.setColumnStretch(index, 5 if index == 0 else 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(grid, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.hint)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.add_button.setText(self.tr("Deelnemer toevoegen"))
        self.add_button.setAccessibleName(self.tr("Deelnemer toevoegen"))
        self.remove_button.setText(self.tr("Deelnemer verwijderen"))
        self.remove_button.setAccessibleName(self.tr("Deelnemer verwijderen"))
        self.participant_tabs.setAccessibleName(self.tr("Deelnemers"))
        self.hint.setText(
            self.tr(
                "Sleep een kaart naar een kolom, of kies een kaart en druk op 1 tot 5 voor de kolom; "
                "0 of Backspace legt hem terug op de stapel. Elke verplaatsing wordt meteen bewaard, "
                "ook als de sortering nog niet af is."
            )
        )
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- state ---------------------------------------------------------------------------------

    def set_sort(self, sort: ValueSort | None) -> None:
        """Show and record ``sort``; its first participant is selected."""
        self.sort = sort
        self._fill_tabs(sort.participants[0] if sort and sort.participants else None)
        self.notice.clear()
        self._refresh()

    def current_participant(self) -> str | None:
        """The label of the participant being recorded."""
        index = self.participant_tabs.currentIndex()
        return self.participant_tabs.tabData(index) if index >= 0 else None

    def select_participant(self, label: str) -> None:
        """Show the cards of participant ``label``."""
        for index in range(self.participant_tabs.count()):
            if self.participant_tabs.tabData(index) == label:
                self.participant_tabs.setCurrentIndex(index)

    def add_participant(self) -> str | None:
        """Add the next anonymous participant (P1, P2, ...) and select it."""
        if self.sort is None:
            return None
        label = self.sort.add_participant()
        self._save()
        self._fill_tabs(label)
        self._refresh()
        return label

    def remove_participant(self, confirm: bool = True) -> None:
        """Remove the current participant, after a question."""
        label = self.current_participant()
        if self.sort is None or label is None:
            return
        if confirm:
            text = (
                self.tr("{label} heeft al kaarten gesorteerd. Toch verwijderen?")
                if self.sort.placements.get(label)
                else self.tr("{label} verwijderen?")
            )
            if not ask(self, self.tr("Deelnemer verwijderen"), text.format(label=label)):
                return
        self.sort.remove_participant(label)
        self._save()
        self._fill_tabs(self.sort.participants[0] if self.sort.participants else None)
        self._refresh()

    def place(self, card_id: str, column: int, onto: str = "") -> bool:
        """Put a card of the current participant in ``column`` (``PILE``: back on the pile)."""
        participant = self.current_participant()
        if self.sort is None or participant is None:
            return False
        try:
            self._apply(participant, card_id, column, onto)
        except GoedWerkError as exc:
            self.notice.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return False
        origin = next((c for c in (self.pile, *self.columns) if card_id in c.card_ids()), self.pile)
        row = origin.currentRow()
        self.notice.clear()
        self._save()
        self._refresh()
        (self.pile if column == PILE else self.columns[column]).select_card(card_id)
        if origin.count():  # the keyboard stays where it was: the next card is ready for a key
            origin.setCurrentRow(min(max(row, 0), origin.count() - 1))
        return True

    def _apply(self, participant: str, card_id: str, column: int, onto: str) -> None:
        assert self.sort is not None
        if column == PILE:
            self.sort.unplace(participant, card_id)
        elif (
            onto
            and self.sort.room(participant, column) <= 0
            and self.sort.column_of(participant, card_id) is not None
            and self.sort.column_of(participant, onto) == column
        ):
            self.sort.swap(participant, card_id, onto)  # dropped on a card of a full column
        else:
            self.sort.place(participant, card_id, column)

    def _save(self) -> None:
        if self.sort is None:
            return
        try:
            self.store.save(self.sort)
        except GoedWerkError as exc:
            logger.error("value sort not saved: %s", exc)
            self.notice.setText(self.tr("Opslaan is mislukt: {error}").format(error=exc))
            return
        self.sort_saved.emit(self.sort)

    def _fill_tabs(self, current: str | None) -> None:
        tabs = self.participant_tabs
        tabs.blockSignals(True)
        while tabs.count():
            tabs.removeTab(0)
        for label in self.sort.participants if self.sort else []:
            tabs.setTabData(tabs.addTab(label), label)
        tabs.blockSignals(False)
        if current is not None:
            self.select_participant(current)

    def _refresh(self) -> None:
        participant = self.current_participant()
        enabled = self.sort is not None and participant is not None
        for column in (self.pile, *self.columns):
            column.setEnabled(enabled)
        self.add_button.setEnabled(self.sort is not None)
        self.remove_button.setEnabled(enabled)
        titles = column_titles()
        if not enabled or self.sort is None or participant is None:
            self._show_empty(titles)
            return
        sort = self.sort
        self.pile.set_cards([self._row(c) for c in sort.unplaced(participant)])
        self._set_header(0, self.tr("Nog te sorteren"), len(sort.unplaced(participant)), None)
        for index, column in enumerate(self.columns):
            cards = sort.cards_in(participant, index)
            column.set_cards([self._row(c) for c in cards])
            self._set_header(index + 1, titles[index], len(cards), sort.quotas[index])
        placed = len(sort.deck) - len(sort.unplaced(participant))
        text = self.tr("{p}: {placed} van {total} kaarten gesorteerd").format(
            p=participant, placed=placed, total=len(sort.deck)
        )
        if placed == len(sort.deck):
            text += " · " + self.tr("klaar")
        self.progress.setText(text)

    def _show_empty(self, titles: list[str]) -> None:
        for column in (self.pile, *self.columns):
            column.clear()
        self._set_header(0, self.tr("Nog te sorteren"), 0, None)
        for index in range(5):
            quota = self.sort.quotas[index] if self.sort else 0
            self._set_header(index + 1, titles[index], 0, quota)
        self.progress.setText(self.tr("Voeg een deelnemer toe om te beginnen."))

    def _set_header(self, index: int, title: str, count: int, quota: int | None) -> None:
        if quota is None:
            detail = self.tr("%n kaarten", "", count)
        else:
            detail = self.tr("{n} van {quota}").format(n=count, quota=quota)
        full = quota is not None and count >= quota
        self.headers[index].setText(f"<b>{title}</b><br>{detail}{' ✓' if full else ''}")
        column = self.pile if index == 0 else self.columns[index - 1]
        column.setAccessibleName(f"{title}, {detail}")

    def _row(self, card_id: str) -> tuple[str, str, str]:
        card = self.cards.get(card_id)
        if card is None:
            return card_id, card_id, ""
        return card_id, card.name, f"{card.description}\n\n{card.question}"
