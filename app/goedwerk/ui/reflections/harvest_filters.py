"""The harvest's search field and filters: pack, source, dates, theme and value.

A source is where reflections came from: the user's own (``""``) or the label of an imported
harvest bundle (a colleague's team or organisation), so a facilitator sees whose groups said what.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from goedwerk.core.workspace import ReflectionFilter

NO_DATE = QDate(2000, 1, 1)
OWN_SOURCE = ""  # the key of the user's own reflections in the source filter


class HarvestFilters(QWidget):
    """Emits ``changed`` when a filter changes and ``search_edited`` while the search is typed."""

    changed = Signal()
    search_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_fields()
        self._build_layout()
        self.retranslate()

    def _build_fields(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("harvest_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.search_edited.emit())
        self.pack_filter, self.source_filter = QComboBox(self), QComboBox(self)
        self.theme_filter, self.value_filter = QComboBox(self), QComboBox(self)
        self.source_filter.setObjectName("harvest_source_filter")
        for combo in self.combos():
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(lambda _index: self.changed.emit())
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setDate(NO_DATE)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(lambda _date: self.changed.emit())
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(lambda: self.clear())
        self.labels = [QLabel(self) for _n in self.buddies()]
        for label, buddy in zip(self.labels, self.buddies(), strict=True):
            label.setBuddy(buddy)

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        buddies = self.buddies()
        grid.addWidget(self.search, 0, 0, 1, len(buddies) + 1)
        for column, (label, widget) in enumerate(zip(self.labels, buddies, strict=True)):
            grid.addWidget(label, 1, column)
            grid.addWidget(widget, 2, column)
        grid.addWidget(self.clear_button, 2, len(buddies))

    def combos(self) -> tuple[QComboBox, ...]:
        """The filters that choose one entry from a list."""
        return (self.pack_filter, self.source_filter, self.theme_filter, self.value_filter)

    def buddies(self) -> tuple[QWidget, ...]:
        """The filters in the order they are shown, each under its label."""
        return (
            self.pack_filter,
            self.source_filter,
            self.date_from,
            self.date_to,
            self.theme_filter,
            self.value_filter,
        )

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.search.setPlaceholderText(self.tr("Zoek in alle reflecties…"))
        self.search.setAccessibleName(self.tr("Zoek in reflecties"))
        names = (
            self.tr("Pakket"),
            self.tr("Bron"),
            self.tr("Vanaf"),
            self.tr("Tot en met"),
            self.tr("Thema"),
            self.tr("Waarde"),
        )
        for label, name, buddy in zip(self.labels, names, self.buddies(), strict=True):
            label.setText(name)
            buddy.setAccessibleName(name)
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("geen datum"))
        self.clear_button.setText(self.tr("Filters wissen"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def fill(
        self,
        packs: list[tuple[str, str]],
        sources: list[str],
        themes: list[tuple[str, str]],
        values: list[tuple[str, str]],
    ) -> None:
        """Offer these choices, keeping what was chosen where it is still there."""
        own_label = self.tr("Eigen reflecties")
        _fill(self.pack_filter, self.tr("Alle pakketten"), packs)
        _fill(self.source_filter, self.tr("Alle bronnen"), [(s, s or own_label) for s in sources])
        _fill(self.theme_filter, self.tr("Alle thema’s"), themes)
        _fill(self.value_filter, self.tr("Alle waarden"), values)

    def set_choice(self, combo: QComboBox, key: str | None) -> None:
        """Choose the entry ``key`` (None: all) of ``combo`` and report the change."""
        combo.setCurrentIndex(max(0, combo.findData(key)) if key is not None else 0)
        self.changed.emit()

    def clear(self) -> None:
        """Every filter and the search back to "all", reported once."""
        for combo in self.combos():
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.changed.emit()

    def current_filter(self) -> ReflectionFilter:
        """The filter the controls describe (without the search)."""

        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        def chosen(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        source = self.source_filter.currentData()
        return ReflectionFilter(
            pack_ids=chosen(self.pack_filter),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            themes=chosen(self.theme_filter),
            values=chosen(self.value_filter),
            sources=() if source is None else (source,),
        )


def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for key, label in sorted(choices, key=lambda kv: kv[1].casefold()):
        combo.addItem(label or key, key)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
