"""The list of session packs, sorted by date, with new, duplicate, delete (undoable) and import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.model import Pack
from goedwerk.core.workspace import format_date, format_minutes
from goedwerk.ui.common.accessibility import announce_current_item

IdRole = Qt.ItemDataRole.UserRole + 1


class PackList(QWidget):
    """Packs by date; emits ``pack_selected(id)``, ``pack_clicked(id)`` and ``*_requested``."""

    pack_selected = Signal(str)
    pack_clicked = Signal(str)  # also when it was selected already
    new_requested = Signal()
    duplicate_requested = Signal()
    delete_requested = Signal()
    import_requested = Signal()
    undo_delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pack_list")
        self.list = QListWidget(self)
        self.list.setObjectName("pack_list_view")
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemClicked.connect(lambda item: self.pack_clicked.emit(item.data(IdRole)))
        announce_current_item(self.list)
        self.buttons = {name: QPushButton(self) for name in ("new", "duplicate", "delete", "import")}
        for name, signal in (
            ("new", self.new_requested),
            ("duplicate", self.duplicate_requested),
            ("delete", self.delete_requested),
            ("import", self.import_requested),
        ):
            self.buttons[name].setObjectName(f"pack_{name}_button")
            self.buttons[name].clicked.connect(signal)
        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.undo_bar)
        self.undo_button.setObjectName("pack_undo_delete")
        self.undo_button.clicked.connect(self.undo_delete_requested)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "new": (self.tr("Nieuw…"), self.tr("Nieuw pakket"), self.tr("Maak een sessiepakket (Ctrl+N)")),
            "duplicate": (
                self.tr("Dupliceren"),
                self.tr("Pakket dupliceren"),
                self.tr("Maak een kopie van het gekozen pakket"),
            ),
            "delete": (
                self.tr("Verwijderen…"),
                self.tr("Pakket verwijderen"),
                self.tr("Verwijder het gekozen pakket, na een vraag; ongedaan te maken"),
            ),
            "import": (
                self.tr("Importeren…"),
                self.tr("Pakket importeren"),
                self.tr("Lees een pakketbestand (.pack.yaml) (Ctrl+O)"),
            ),
        }
        for name, (text, accessible, description) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(accessible)
            self.buttons[name].setAccessibleDescription(description)
            self.buttons[name].setToolTip(description)
        self.undo_button.setText(self.tr("Ongedaan maken"))
        self.list.setAccessibleName(self.tr("Sessiepakketten"))
        self.empty.setText(
            self.tr("Nog geen sessiepakketten. Maak er een met Nieuw… (Ctrl+N), vanuit een werkvorm of leeg.")
        )

    def focus_chain(self) -> list[QWidget]:
        """The buttons, the undo bar and the list, in screen order."""
        return [*self.buttons.values(), self.undo_button, self.list]

    def main_view(self) -> QWidget:
        """Where the focus goes when the tab is chosen: the list, or the Nieuw… button."""
        return self.list if self.list.isVisibleTo(self) else self.buttons["new"]

    def set_packs(self, pack_list: list[Pack], current: str | None = None) -> None:
        """Show packs (already sorted by date); keep ``current`` selected."""
        self.list.blockSignals(True)
        self.list.clear()
        for pack in pack_list:
            item = QListWidgetItem()
            self._describe(item, pack)
            self.list.addItem(item)
            if pack.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not pack_list)
        self.list.setVisible(bool(pack_list))
        self.buttons["duplicate"].setEnabled(self.current_id() is not None)
        self.buttons["delete"].setEnabled(self.current_id() is not None)

    def update_pack(self, pack: Pack) -> bool:
        """Show a changed pack in its row (the order follows at the next full refresh)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(IdRole) == pack.id:
                self._describe(self.list.item(i), pack)
                return True
        return False

    def _describe(self, item: QListWidgetItem, pack: Pack) -> None:
        when = format_date(pack.date) if pack.date else self.tr("geen datum")
        title = pack.title or self.tr("(zonder titel)")
        count = self.tr("%n blokken", "", len(pack.blocks))
        item.setText(f"{title}\n{when} · {format_minutes(pack.minutes)} · {count}")
        item.setData(IdRole, pack.id)
        item.setToolTip(title)

    def ids(self) -> list[str]:
        """Pack ids in the order shown."""
        return [self.list.item(i).data(IdRole) for i in range(self.list.count())]

    def current_id(self) -> str | None:
        """The selected pack's id."""
        item = self.list.currentItem()
        return item.data(IdRole) if item is not None else None

    def select(self, pack_id: str) -> None:
        """Select a pack (emits ``pack_selected``)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(IdRole) == pack_id:
                self.list.setCurrentRow(i)
                return

    def show_undo(self, text: str) -> None:
        """Offer to undo a deletion."""
        self.undo_label.setText(text)
        self.undo_bar.show()

    def hide_undo(self) -> None:
        """Withdraw the undo offer."""
        self.undo_bar.hide()

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        self.buttons["duplicate"].setEnabled(item is not None)
        self.buttons["delete"].setEnabled(item is not None)
        if item is not None:
            self.pack_selected.emit(item.data(IdRole))
