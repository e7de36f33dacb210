"""*Sessie samenstellen*: ask for minutes, themes and a group; show the composer's proposal with
the reasons for every choice; swap or keep a choice; make the pack. Use ``ComposerDialog.ask``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.model import Library
from goedwerk.core.workspace import ComposeRequest, Composition
from goedwerk.ui.packs.composer_form import ComposerForm
from goedwerk.ui.packs.proposal_view import ProposalView

Compose = Callable[[ComposeRequest], Composition]


class ComposerDialog(QDialog):
    """The form on the left, the proposal on the right; ``composition`` is what OK makes."""

    def __init__(
        self, library: Library, groups: list[str], compose: Compose, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composer_dialog")
        self.setWindowTitle(self.tr("Sessie samenstellen"))
        self.resize(1180, 720)
        self.compose = compose
        self.swaps: dict[str, int] = {}
        self.locks: dict[str, str] = {}
        self.composition: Composition | None = None
        self.form = ComposerForm(library, groups, self)
        self.proposal = ProposalView(self)
        self.notes = QLabel(self, objectName="composer_notes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.summary = QLabel(self, objectName="composer_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self._build_layout()
        self.form.request_changed.connect(self._inputs_changed)
        self.proposal.swap_requested.connect(self.swap)
        self.proposal.lock_toggled.connect(self.lock)
        self.refresh()

    def _build_layout(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Pakket maken"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.notes)
        right.addWidget(self.proposal, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.form)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def request(self) -> ComposeRequest:
        """The form's answers with the swaps and locks made in the proposal."""
        return replace(self.form.request(), swaps=dict(self.swaps), locks=dict(self.locks))

    def _inputs_changed(self) -> None:
        self.swaps.clear()  # new answers: start again from the best candidates, keep what is locked
        self.refresh()

    def refresh(self) -> None:
        """Compose again and show the proposal."""
        self.composition = self.compose(self.request())
        pack = self.composition.pack
        self.proposal.show_composition(self.composition)
        self.summary.setText(
            self.tr("{title}: {blocks} blokken, {minutes} minuten").format(
                title=pack.title, blocks=len(pack.blocks), minutes=pack.minutes
            )
        )
        notes = [self.tr("Losgelaten: {text}").format(text=t) for t in self.composition.relaxed]
        notes += [self.tr("Niet gelukt: {text}").format(text=t) for t in self.composition.unmet]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(pack.blocks))

    def swap(self, key: str) -> None:
        """Replace the choice ``key`` by its next candidate."""
        self.swaps[key] = self.swaps.get(key, 0) + 1
        self.refresh()

    def lock(self, key: str, ref: str, on: bool) -> None:
        """Keep the choice ``key`` at ``ref`` while other answers change (or free it again)."""
        if on and ref:
            self.locks[key] = ref
        else:
            self.locks.pop(key, None)
        self.refresh()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        library: Library,
        groups: list[str],
        compose: Compose,
        format_id: str | None = None,
    ) -> Composition | None:
        """Show the dialog; the composition to make into a pack, or None when cancelled."""
        dialog = cls(library, groups, compose, parent)
        if format_id:
            dialog.form.format.setCurrentIndex(max(0, dialog.form.format.findData(format_id)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.composition
