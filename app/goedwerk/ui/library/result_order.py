"""Above the results: how they are sorted (relevance, title, length) and *Alle tonen* when the
list shows only the best of more matches."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

ORDERS = ("relevance", "title", "length")


class ResultOrder(QWidget):
    """Emits ``order_changed(order)`` and ``show_all_requested``."""

    order_changed = Signal(str)
    show_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("result_order")
        self.combo = QComboBox(self, objectName="result_sort")
        self.combo.currentIndexChanged.connect(lambda _i: self.order_changed.emit(self.order()))
        self.show_all = QPushButton(self, objectName="show_all_results")
        self.show_all.setFlat(True)
        self.show_all.clicked.connect(lambda: self.show_all_requested.emit())
        self.show_all.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.show_all)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        current = self.order()
        labels = {
            "relevance": self.tr("Beste eerst"),
            "title": self.tr("Op titel"),
            "length": self.tr("Kortste eerst"),
        }
        self.combo.blockSignals(True)
        self.combo.clear()
        for order in ORDERS:
            self.combo.addItem(labels[order], order)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
        self.combo.setAccessibleName(self.tr("Volgorde van de resultaten"))

    def order(self) -> str:
        """The chosen order: relevance, title or length."""
        return str(self.combo.currentData() or "relevance")

    def set_order(self, order: str) -> None:
        """Choose ``order``."""
        self.combo.setCurrentIndex(max(0, self.combo.findData(order)))

    def offer_all(self, total: int, shown: int) -> None:
        """Offer *Alle tonen* when ``shown`` is fewer than ``total``."""
        self.show_all.setText(self.tr("Alle {n} tonen").format(n=total))
        self.show_all.setVisible(shown < total)
