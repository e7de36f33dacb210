"""The reflections window: write the reflection on a session or block, and harvest them all."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import NotFoundError
from goedwerk.core.model import Pack
from goedwerk.core.workspace import Labels, Workspace, allowed_in_reflections
from goedwerk.ui.common.accessibility import set_tab_order
from goedwerk.ui.common.changes import ChangeRelay
from goedwerk.ui.common.export_files import ExportFiles
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.reflections.harvest_view import HarvestView
from goedwerk.ui.reflections.reflection_editor import ReflectionEditor
from goedwerk.ui.reflections.value_sort_window import ValueSortWindow

logger = logging.getLogger(__name__)


class ReflectionsWindow(QWidget):
    """Two tabs: the reflection editor (with its pack and part) and the harvest."""

    def __init__(
        self,
        workspace: Workspace,
        pack_id: str | None = None,
        parent: QWidget | None = None,
        exports: ExportFiles | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reflections_window")
        self.workspace = workspace
        self.exports = exports or ExportFiles(None, self)
        self.store = workspace.reflections
        self.sorts = workspace.sorts
        self.index = workspace.reflection_index()
        self.labels = Labels.from_library(workspace.library)
        self.runner = BackgroundRunner(self)
        self.value_sort_window: ValueSortWindow | None = None
        self._build()
        self.retranslate()
        self.resize(1280, 800)
        self.set_target(pack_id, None)
        app = QCoreApplication.instance()
        if app is not None:  # quitting may skip the hide and close events: save on the way out
            app.aboutToQuit.connect(self.editor.save_now)

    def _build(self) -> None:
        invented = (n for story in self.workspace.library.stories for n in story.invented_names)
        names = allowed_in_reflections(invented)
        self.editor = ReflectionEditor(self.store, self.labels, names, self)
        self.harvest = HarvestView(
            self.store,
            self.sorts,
            self.index,
            self.labels,
            self.runner,
            self,
            self.workspace.votes,
            exports=self.exports,
            allowed_names=names,
            bundles=self.workspace.bundles,
        )
        self.changes = ChangeRelay(self.workspace, self)
        self.changes.changed.connect(self.harvest.on_changes)
        self.pack_choice, self.part_choice = QComboBox(self), QComboBox(self)
        self.pack_choice.setObjectName("reflection_pack")
        self.part_choice.setObjectName("reflection_part")
        self.pack_choice.activated.connect(lambda _i: self.set_target(self.pack_choice.currentData(), None))
        self.part_choice.activated.connect(lambda _i: self._part_chosen())
        self.pack_label, self.part_label = QLabel(self), QLabel(self)
        self.pack_label.setBuddy(self.pack_choice)
        self.part_label.setBuddy(self.part_choice)
        self.sort_button = QPushButton(self)
        self.sort_button.setObjectName("open_value_sort")
        self.sort_button.clicked.connect(self.open_value_sort)
        target = QHBoxLayout()
        for widget in (self.pack_label, self.pack_choice, self.part_label, self.part_choice):
            target.addWidget(widget)
        target.addStretch(1)
        target.addWidget(self.sort_button)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(target)
        page_layout.addWidget(self.editor, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reflections_tabs")
        self.tabs.addTab(page, "")
        self.tabs.addTab(self.harvest, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # Tab follows the screen: the tabs, the pack and part above the editor, then the editor
        set_tab_order([self.tabs.tabBar(), self.pack_choice, self.part_choice, self.sort_button])

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Reflecties"))
        self.tabs.setTabText(0, self.tr("Reflectie vastleggen"))
        self.tabs.setTabText(1, self.tr("Oogst"))
        self.tabs.setAccessibleName(self.tr("Reflectie of oogst"))
        self.pack_label.setText(self.tr("Pakket:"))
        self.part_label.setText(self.tr("Onderdeel:"))
        self.pack_choice.setAccessibleName(self.tr("Pakket van de reflectie"))
        self.part_choice.setAccessibleName(self.tr("Onderdeel van de sessie"))
        self.sort_button.setText(self.tr("Waardensortering…"))
        self.sort_button.setAccessibleName(self.tr("Waardensortering van dit pakket openen"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- target --------------------------------------------------------------------------------

    def pack(self, pack_id: str | None) -> Pack | None:
        """The pack ``pack_id``; a deleted pack is rebuilt from its reflections' title."""
        if pack_id is None:
            return None
        try:
            return self.workspace.packs.get(pack_id)
        except NotFoundError:
            title = dict(self.store.packs()).get(pack_id, "")
            return Pack(id=pack_id, title=title)

    def set_target(self, pack_id: str | None, block_index: int | None) -> None:
        """Edit the reflection on a pack's session (``block_index`` None) or one of its blocks."""
        pack = self.pack(pack_id)
        self._fill_packs(pack)
        self._fill_parts(pack, block_index)
        self.editor.set_target(pack, block_index)
        self.sort_button.setEnabled(pack is not None)
        self.tabs.setCurrentIndex(0)

    def _fill_packs(self, pack: Pack | None) -> None:
        self.pack_choice.clear()
        self.pack_choice.addItem(self.tr("Zonder pakket"), None)
        packs = [(p.id, p.title) for p in self.workspace.packs.all()]
        known = {pack_id for pack_id, _title in packs}
        packs += [(pid, title) for pid, title in self.store.packs() if pid not in known]
        for pack_id, title in packs:
            self.pack_choice.addItem(title or self.tr("(zonder titel)"), pack_id)
        self.pack_choice.setCurrentIndex(max(0, self.pack_choice.findData(pack.id)) if pack else 0)

    def _fill_parts(self, pack: Pack | None, block_index: int | None) -> None:
        self.part_choice.clear()
        self.part_choice.addItem(self.tr("Hele sessie"), -1)
        for number, block in enumerate(pack.blocks if pack else ()):
            self.part_choice.addItem(f"{number + 1}. {block.title}", number)
        self.part_choice.setCurrentIndex(0 if block_index is None else block_index + 1)
        self.part_choice.setEnabled(pack is not None)

    def _part_chosen(self) -> None:
        data = self.part_choice.currentData()
        pack = self.pack(self.pack_choice.currentData())
        self.editor.set_target(pack, None if data is None or data < 0 else int(data))

    # -- the rest ------------------------------------------------------------------------------

    def show_harvest(self) -> None:
        """Switch to the harvest of all reflections."""
        self.tabs.setCurrentWidget(self.harvest)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.harvest:
            self.editor.save_now()  # the save reports its change; the harvest refreshes itself
            self.harvest.refresh_if_changed()

    def open_value_sort(self) -> ValueSortWindow | None:
        """Open the value sort of the current pack."""
        pack_id = self.pack_choice.currentData()
        if pack_id is None:
            return None
        if self.value_sort_window is None or self.value_sort_window.pack_id != pack_id:
            self.value_sort_window = ValueSortWindow(self.workspace, pack_id, self, exports=self.exports)
        self.value_sort_window.show()
        self.value_sort_window.raise_()
        return self.value_sort_window

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.save_now()
        self.editor.wait_saved()  # what a busy catalog still refuses stays in the journal
        self.runner.wait(10_000)
        self.changes.close()
        self.index.close()
        super().closeEvent(event)
