"""The presenter's vote: one counter per option, where the facilitator enters the raised hands.

Type a number in a counter (Enter goes back to the presenter's keys) or press Alt+1 … Alt+6 to
add a hand; each change is reported with ``count_changed(option, hands)``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from goedwerk.core.workspace import Vote

MAX_HANDS = 999


class VotePanel(QWidget):
    """Counters for the options of the current vote block."""

    count_changed = Signal(int, int)
    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vote_panel")
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.form = QFormLayout()
        self.spins: list[QSpinBox] = []
        self.total = QLabel(self)
        self.total.setObjectName("vote_total")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.form)
        layout.addWidget(self.total)
        self._options: tuple[str, ...] = ()

    def show_vote(self, vote: Vote | None) -> None:
        """Show the counters of ``vote`` (None hides the panel)."""
        self.setVisible(vote is not None)
        if vote is None:
            return
        self.heading.setText(self.tr("STEMMING – handen per optie (Alt+1 … Alt+6: één erbij)"))
        self.empty.setVisible(not vote.options)
        self.empty.setText(self.tr("Deze stemming heeft nog geen opties. Geef ze op in het pakket."))
        if vote.options != self._options:
            self._rebuild(vote.options)
        for spin, count in zip(self.spins, vote.counts, strict=True):
            if spin.value() != count:
                spin.blockSignals(True)
                spin.setValue(count)
                spin.blockSignals(False)
        self.total.setText(self.tr("Totaal: {n} handen").format(n=vote.total))

    def _rebuild(self, options: tuple[str, ...]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = []
        for index, option in enumerate(options):
            spin = QSpinBox(self)
            spin.setObjectName(f"vote_count_{index + 1}")
            spin.setRange(0, MAX_HANDS)
            spin.setAccessibleName(option)
            spin.valueChanged.connect(lambda value, i=index: self.count_changed.emit(i, value))
            spin.editingFinished.connect(self.editing_finished)
            label = QLabel(f"{index + 1}. {option}", self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(spin)
            self.form.addRow(label, spin)
            self.spins.append(spin)
        self._options = options
