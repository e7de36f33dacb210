"""Checkable facets (kind, theme, B, sector, role) with counts that follow the current query."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from goedwerk.core.model import B_IDS, Kind, Vocabulary

ValueRole = Qt.ItemDataRole.UserRole + 1
FACETS = ("kind", "themes", "b", "sector", "role")


class FacetPanel(QTreeWidget):
    """A tree of facets; ticking values narrows the search. Emits ``filters_changed``."""

    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facet_panel")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setHeaderLabels([self.tr("Filter"), self.tr("Aantal")])  # what a screen reader names
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._updating = False
        self.itemChanged.connect(self._on_item_changed)
        self.itemPressed.connect(self._on_item_pressed)
        self.itemClicked.connect(self._on_item_clicked)
        self._pressed: tuple[QTreeWidgetItem, Qt.CheckState] | None = None

    def set_vocabulary(
        self, vocabulary: Vocabulary, titles: dict[str, str], labels: dict[str, dict[str, str]]
    ) -> None:
        """Build the facet values: kinds and B's from ``labels``, the rest from ``vocabulary``."""
        self._updating = True
        checked = self.filters()
        self.clear()
        self._groups = {}
        values = {
            "kind": [(k.value, labels["kind"][k.value]) for k in Kind],
            "themes": [(t.id, t.label) for t in vocabulary.themes],
            "b": [(b, labels["b"][b]) for b in B_IDS],
            "sector": [(t.id, t.label) for t in vocabulary.sectors],
            "role": [(t.id, t.label) for t in vocabulary.roles],
        }
        for facet in FACETS:
            group = QTreeWidgetItem(self, [titles[facet], ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self._groups[facet] = group
            for value, label in values[facet]:
                child = QTreeWidgetItem(group, [label, ""])
                child.setData(0, ValueRole, value)
                child.setToolTip(0, label)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                state = Qt.CheckState.Checked if value in checked.get(facet, ()) else Qt.CheckState.Unchecked
                child.setCheckState(0, state)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            group.setExpanded(facet in ("kind", "themes", "b"))
        self._updating = False

    def retitle(self, titles: dict[str, str], labels: dict[str, dict[str, str]]) -> None:
        """Set the group titles and the kinds' and B's names in the current language."""
        self.setHeaderLabels([self.tr("Filter"), self.tr("Aantal")])
        for facet, group in self._groups.items():
            group.setText(0, titles[facet])
            for i in range(group.childCount()):
                child = group.child(i)
                name = labels.get(facet, {}).get(child.data(0, ValueRole))
                if name is not None:
                    child.setText(0, name)
                    child.setToolTip(0, name)

    def filters(self) -> dict[str, tuple[str, ...]]:
        """The ticked values per facet (facets with nothing ticked are left out)."""
        result: dict[str, tuple[str, ...]] = {}
        for facet, group in self._groups.items():
            ticked = tuple(
                group.child(i).data(0, ValueRole)
                for i in range(group.childCount())
                if group.child(i).checkState(0) == Qt.CheckState.Checked
            )
            if ticked:
                result[facet] = ticked
        return result

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        """Show how many matches each value has; values without matches are greyed."""
        self._updating = True
        for facet, group in self._groups.items():
            facet_counts = counts.get(facet, {})
            ticked = sum(
                group.child(i).checkState(0) == Qt.CheckState.Checked for i in range(group.childCount())
            )
            group.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("{n} aangevinkt").format(n=ticked))
            for i in range(group.childCount()):
                child = group.child(i)
                count = facet_counts.get(child.data(0, ValueRole), 0)
                child.setText(1, str(count))
                checked = child.checkState(0) == Qt.CheckState.Checked
                child.setDisabled(count == 0 and not checked)
                child.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{child.text(0)}, {count}")
                child.setData(
                    1, Qt.ItemDataRole.AccessibleTextRole, self.tr("{n} resultaten").format(n=count)
                )
        self._updating = False

    def value_item(self, facet: str, value: str) -> QTreeWidgetItem | None:
        """The tree item of one facet value (for tests and keyboard navigation)."""
        group = self._groups.get(facet)
        if group is None:
            return None
        for i in range(group.childCount()):
            if group.child(i).data(0, ValueRole) == value:
                return group.child(i)
        return None

    def set_checked(self, facet: str, value: str, on: bool = True) -> None:
        """Tick or untick a value (emits ``filters_changed``)."""
        item = self.value_item(facet, value)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_filters(self, filters: dict[str, tuple[str, ...]]) -> None:
        """Tick exactly the values of ``filters`` (unknown facets are ignored); emits once."""
        self._updating = True
        for facet, group in self._groups.items():
            wanted = filters.get(facet, ())
            for i in range(group.childCount()):
                child = group.child(i)
                on = child.data(0, ValueRole) in wanted
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._updating = False
        self.filters_changed.emit()

    def clear_filters(self) -> bool:
        """Untick everything; True when something was ticked."""
        had = bool(self.filters())
        self._updating = True
        for group in self._groups.values():
            for i in range(group.childCount()):
                group.child(i).setCheckState(0, Qt.CheckState.Unchecked)
        self._updating = False
        if had:
            self.filters_changed.emit()
        return had

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._updating and column == 0 and item.parent() is not None:
            self.filters_changed.emit()

    def _on_item_pressed(self, item: QTreeWidgetItem, _column: int) -> None:
        self._pressed = (item, item.checkState(0))

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        pressed, self._pressed = self._pressed, None
        if item.parent() is None:
            item.setExpanded(not item.isExpanded())
        elif not item.isDisabled() and pressed and pressed[0] is item and pressed[1] == item.checkState(0):
            # a click on the label or the count; a click on the box itself was ticked by Qt already
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
