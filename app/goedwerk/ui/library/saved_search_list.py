"""The saved searches in the search view's sidebar: name and number of matches, with buttons to
save the current search, rename, delete (and undo the deletion)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from goedwerk.ui.common.empty_pane import fit_pane

IdRole = Qt.ItemDataRole.UserRole + 1


class SavedSearchList(QWidget):
    """Emits ``chosen(id)``, ``save_requested``, ``rename_requested(id)``, ``delete_requested(id)``
    and ``undo_requested``."""

    chosen = Signal(str)
    save_requested = Signal()
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved_searches")
        self.list = QListWidget(self)
        self.list.setObjectName("saved_search_list")
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(IdRole)))
        self.list.itemClicked.connect(lambda item: self.chosen.emit(item.data(IdRole)))
        self.list.currentItemChanged.connect(lambda _new, _old: self._update_buttons())
        self.empty_label = QLabel(self, objectName="no_saved_searches")  # shown instead of an empty list
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)  # drawn in the palette's muted text colour
        self.save_button = QPushButton(self, objectName="save_search")
        self.save_button.clicked.connect(lambda: self.save_requested.emit())
        self.rename_button = QPushButton(self, objectName="rename_search")
        self.rename_button.clicked.connect(lambda: self._emit_current(self.rename_requested))
        self.delete_button = QPushButton(self, objectName="delete_search")
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        self.undo_button = QPushButton(self, objectName="undo_delete_search")
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit())
        self.undo_button.hide()
        buttons = QHBoxLayout()
        for button in (self.save_button, self.rename_button, self.delete_button, self.undo_button):
            button.setFlat(True)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.list.setAccessibleName(self.tr("Bewaarde zoekopdrachten"))
        self.list.setToolTip(self.tr("Bewaarde zoekopdrachten: klik om ze weer te tonen"))
        self.save_button.setText(self.tr("Bewaren…"))
        self.save_button.setToolTip(self.tr("Bewaar deze zoekopdracht met haar filters (Ctrl+Shift+B)"))
        self.rename_button.setText(self.tr("Hernoemen…"))
        self.delete_button.setText(self.tr("Verwijderen…"))
        self.undo_button.setText(self.tr("Ongedaan maken"))
        self.empty_label.setText(
            self.tr("Nog geen bewaarde zoekopdrachten. Zoek iets en kies Bewaren… (Ctrl+Shift+B).")
        )

    def set_searches(self, rows: list[tuple[str, str, int]]) -> None:
        """Show ``(id, name, matches)`` rows, keeping the current one selected."""
        current = self.current_id()
        self.list.clear()
        for search_id, name, count in rows:
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=name, count=count), self.list)
            item.setData(IdRole, search_id)
            if search_id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def ids(self) -> list[str]:
        """The shown searches' ids, in order."""
        return [self.list.item(i).data(IdRole) for i in range(self.list.count())]

    def texts(self) -> list[str]:
        """The shown rows' texts, in order."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def current_id(self) -> str | None:
        """The id of the selected search, or None."""
        item = self.list.currentItem()
        return item.data(IdRole) if item is not None else None

    def select(self, search_id: str) -> None:
        """Select the search ``search_id`` (without running it)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(IdRole) == search_id:
                self.list.setCurrentRow(i)

    def show_undo(self, on: bool) -> None:
        """Show (or hide) the button that brings the last deleted search back."""
        self.undo_button.setVisible(on)

    def _emit_current(self, signal: Signal) -> None:
        search_id = self.current_id()
        if search_id:
            signal.emit(search_id)

    def _update_buttons(self) -> None:
        empty = self.list.count() == 0
        self.list.setVisible(not empty)
        self.empty_label.setVisible(empty)
        fit_pane(self, empty)  # empty, the sidebar gives its room to the facets instead of a blank box
        has = self.current_id() is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
