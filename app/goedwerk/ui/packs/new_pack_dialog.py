"""Ask for a new pack: its title and the session format to start from (or a blank pack)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from goedwerk.core.model import Format, Pack
from goedwerk.core.workspace import format_minutes, packs
from goedwerk.ui.common.accessibility import announce_current_item

FormatRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NewPack:
    """The answer: a title and a format id (None for a blank pack, ``template:<id>`` for an own one)."""

    title: str
    format_id: str | None
    compose: bool = False  # the user asked the session composer to fill the pack


class NewPackDialog(QDialog):
    """Choose a session format and a title; use ``NewPackDialog.ask``."""

    def __init__(
        self, formats: tuple[Format, ...], templates: Sequence[Pack] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_pack_dialog")
        self.setWindowTitle(self.tr("Nieuw sessiepakket"))
        self.resize(560, 440)
        self.formats = QListWidget(self)
        self.formats.setObjectName("formats")
        self.formats.setWordWrap(True)
        self.formats.setAccessibleName(self.tr("Werkvorm"))
        announce_current_item(self.formats)
        blank = QListWidgetItem(self.tr("Leeg pakket\nBegin zonder blokken en bouw de agenda zelf op."))
        blank.setData(FormatRole, None)
        self.formats.addItem(blank)
        for fmt in formats:
            text = f"{fmt.title} ({format_minutes(fmt.minutes)})\n{fmt.description}"
            item = QListWidgetItem(text)
            item.setData(FormatRole, fmt.id)
            self.formats.addItem(item)
        for template in templates:
            label = self.tr("Eigen sjabloon: {title} ({minutes})").format(
                title=template.title, minutes=packs.elapsed(template.minutes)
            )
            item = QListWidgetItem(label)
            item.setData(FormatRole, f"template:{template.id}")
            self.formats.addItem(item)
        self.formats.setCurrentRow(1 if formats else 0)
        self.title = QLineEdit(self)
        self.title.setObjectName("new_pack_title")
        self.title.setAccessibleName(self.tr("Titel"))
        self.title.setPlaceholderText(self.tr("bijvoorbeeld: Teamsessie Goed Werk"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.wants_composer = False
        self.compose_button = buttons.addButton(
            self.tr("&Sessie samenstellen…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.compose_button.setObjectName("new_pack_compose")
        self.compose_button.setToolTip(
            self.tr("Laat een sessie voorstellen die past bij de groep en de tijd")
        )
        self.compose_button.clicked.connect(self._compose)
        self.formats.itemDoubleClicked.connect(lambda _item: self.accept())
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Kies een werkvorm om mee te beginnen:"), self))
        form.addRow(self.formats)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(buttons)
        self.formats.setFocus()  # a keyboard starts on the chosen format

    def _compose(self) -> None:
        self.wants_composer = True
        self.accept()

    def answer(self) -> NewPack:
        """What is chosen now."""
        item = self.formats.currentItem()
        format_id = item.data(FormatRole) if item else None
        return NewPack(self.title.text().strip(), format_id, self.wants_composer)

    @classmethod
    def ask(
        cls, parent: QWidget | None, formats: tuple[Format, ...], templates: Sequence[Pack] = ()
    ) -> NewPack | None:
        """Show the dialog; the answer, or None when cancelled."""
        dialog = cls(formats, templates, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
