"""The composer's questions: minutes, themes, B's, sector, group size, group, format and variant."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from goedwerk.core.model import B_IDS, Library
from goedwerk.core.workspace import ComposeRequest

IdRole = Qt.ItemDataRole.UserRole + 1


class ComposerForm(QWidget):
    """Emits ``request_changed`` whenever an answer changes; ``request()`` reads them all."""

    request_changed = Signal()

    def __init__(self, library: Library, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer_form")
        self.setMaximumWidth(420)
        self.library = library
        self._build_fields(groups)
        self._build_layout()
        for spin in (self.minutes, self.people, self.seed):
            spin.valueChanged.connect(lambda _v: self.request_changed.emit())
        for combo in (self.sector, self.format):
            combo.currentIndexChanged.connect(lambda _i: self.request_changed.emit())
        self.group.currentTextChanged.connect(lambda _t: self.request_changed.emit())
        self.themes.itemChanged.connect(lambda _item: self.request_changed.emit())
        for box in self.bs.values():
            box.toggled.connect(lambda _on: self.request_changed.emit())

    def _build_fields(self, groups: list[str]) -> None:
        vocab = self.library.vocabulary
        self.minutes = QSpinBox(self, objectName="composer_minutes", minimum=10, maximum=480, value=90)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSingleStep(15)
        self.themes = QListWidget(self, objectName="composer_themes")
        self.themes.setAccessibleName(self.tr("Thema's"))
        for term in vocab.themes:
            item = QListWidgetItem(term.label, self.themes)
            item.setData(IdRole, term.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.bs = {b: QCheckBox(b.capitalize(), self, objectName=f"composer_b_{b}") for b in B_IDS}
        self.sector = QComboBox(self, objectName="composer_sector")
        self.sector.addItem(self.tr("alle sectoren"), "")
        for term in vocab.sectors:
            self.sector.addItem(term.label, term.id)
        self.people = QSpinBox(self, objectName="composer_people", minimum=0, maximum=200)
        self.people.setSpecialValueText(self.tr("onbekend"))
        self.group = QComboBox(self, objectName="composer_group", editable=True)
        self.group.addItems(["", *groups])
        self.group.lineEdit().setPlaceholderText(self.tr("bijvoorbeeld: Team Vergunningen"))
        self.format = QComboBox(self, objectName="composer_format")
        self.format.addItem(self.tr("de best passende"), None)
        for fmt in self.library.formats:
            self.format.addItem(fmt.title, fmt.id)
        self.seed = QSpinBox(self, objectName="composer_seed", minimum=0, maximum=9999)
        self.seed.setToolTip(self.tr("Een andere variant kiest anders tussen even goede kandidaten"))

        names = {
            self.minutes: self.tr("Duur in minuten"),
            self.sector: self.tr("Sector"),
            self.people: self.tr("Aantal deelnemers"),
            self.group: self.tr("Groep"),
            self.format: self.tr("Werkvorm"),
            self.seed: self.tr("Variant"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("&Duur:"), self.minutes)
        form.addRow(self.tr("&Thema's:"), self.themes)
        row = QHBoxLayout()
        for box in self.bs.values():
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(self.tr("B's:"), row)
        form.addRow(self.tr("&Sector:"), self.sector)
        form.addRow(self.tr("&Deelnemers:"), self.people)
        form.addRow(self.tr("&Groep:"), self.group)
        form.addRow(self.tr("&Werkvorm:"), self.format)
        form.addRow(self.tr("&Variant:"), self.seed)

    def check_theme(self, theme_id: str, on: bool = True) -> None:
        """Tick (or untick) the theme ``theme_id``."""
        for row in range(self.themes.count()):
            item = self.themes.item(row)
            if item.data(IdRole) == theme_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def request(self) -> ComposeRequest:
        """The answers as a composer request (without swaps or locks)."""
        themes = tuple(
            self.themes.item(row).data(IdRole)
            for row in range(self.themes.count())
            if self.themes.item(row).checkState() == Qt.CheckState.Checked
        )
        return ComposeRequest(
            minutes=self.minutes.value(),
            themes=themes,
            b=tuple(b for b, box in self.bs.items() if box.isChecked()),
            sector=self.sector.currentData() or "",
            people=self.people.value() or None,
            group=self.group.currentText().strip(),
            format_id=self.format.currentData(),
            seed=self.seed.value(),
        )
