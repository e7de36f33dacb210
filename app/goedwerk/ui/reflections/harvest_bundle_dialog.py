"""Before a harvest bundle is written: who it comes from, and each flagged reflection confirmed.

A reflection with possible personal data goes into a bundle only when the user ticked it after
reading what was found; until every one is ticked (or fixed in the editor) nothing is written.
"""

from __future__ import annotations

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
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.workspace import Finding, Reflection


@dataclass(frozen=True)
class HarvestBundle:
    """What the user chose: the ``label`` the receiver sees and the ``confirmed`` reflection ids."""

    label: str
    confirmed: tuple[str, ...]


class HarvestBundleDialog(QDialog):
    """Ask for the label and the confirmations; use ``HarvestBundleDialog.ask``."""

    def __init__(
        self,
        count: int,
        flagged: list[tuple[Reflection, list[Finding]]],
        label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("harvest_bundle_dialog")
        self.setWindowTitle(self.tr("Oogst als bundel"))
        intro = QLabel(self.tr("%n reflecties gaan in de bundel.", "", count), self)
        intro.setWordWrap(True)
        self.label = QLineEdit(label, self)
        self.label.setObjectName("harvest_bundle_label")
        self.label.setPlaceholderText(self.tr("bijvoorbeeld je team of organisatie"))
        self.flagged = QListWidget(self)
        self.flagged.setObjectName("harvest_bundle_flagged")
        for reflection, findings in flagged:
            found = ", ".join(f.message() for f in findings)
            text = f"{reflection.pack_title} · {reflection.scope}: {found}"
            item = QListWidgetItem(text, self.flagged)  # plain text: the list never renders HTML
            item.setData(Qt.ItemDataRole.UserRole, reflection.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.flagged.itemChanged.connect(lambda _item: self._update_ok())
        warning = QLabel(
            self.tr(
                "Deze reflecties bevatten mogelijk persoonsgegevens. Vink elke reflectie aan die je "
                "hebt nagekeken en zo mag delen, of pas haar eerst aan."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Van:"), self.label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if flagged:
            layout.addWidget(warning)
            layout.addWidget(self.flagged, 1)
        else:
            self.flagged.hide()
        layout.addWidget(self.buttons)
        self._update_ok()

    def confirmed(self) -> tuple[str, ...]:
        """The ids of the ticked reflections."""
        items = (self.flagged.item(row) for row in range(self.flagged.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setEnabled(len(self.confirmed()) == self.flagged.count())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        count: int,
        flagged: list[tuple[Reflection, list[Finding]]],
        label: str = "",
    ) -> HarvestBundle | None:
        """The label and confirmations, or None when cancelled."""
        dialog = cls(count, flagged, label, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return HarvestBundle(dialog.label.text().strip(), dialog.confirmed())
