"""Wires the pack list and the pack builder to the window's actions: new, duplicate, delete
(with undo), import and export of pack files; PDF export, print preview and printing are in
``pack_printing``.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from goedwerk.core.errors import ContentError, GoedWerkError
from goedwerk.core.model import Pack
from goedwerk.core.workspace import Workspace
from goedwerk.ui.common.actions import ActionCollection
from goedwerk.ui.common.export_files import ExportFiles
from goedwerk.ui.common.messages import ask
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.packs.composer_dialog import ComposerDialog
from goedwerk.ui.packs.new_pack_dialog import NewPackDialog
from goedwerk.ui.packs.pack_builder import PackBuilder
from goedwerk.ui.packs.pack_list import PackList
from goedwerk.ui.packs.pack_printing import PackPrinting, file_stem

logger = logging.getLogger(__name__)


class PackController(QObject):
    """Owns ``pack_list`` and ``builder``; emits ``pack_opened``, ``pack_closed`` and ``message``."""

    pack_opened = Signal(object)
    pack_closed = Signal()
    message = Signal(str)
    warning = Signal(str, str)  # title, text: something went wrong that the user must read

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        actions: ActionCollection,
        settings: QSettings,
        runner: BackgroundRunner,
        exports: ExportFiles | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.actions = actions
        self.settings = settings
        self.runner = runner
        self.exports = exports or ExportFiles(settings, self)
        self.pack_list = PackList(window)
        self.builder = PackBuilder(workspace, window)
        self._deleted: Pack | None = None
        self.printing = PackPrinting(
            window, workspace, settings, runner, self.exports, lambda: self.builder.pack
        )
        self.printing.message.connect(self.message)
        self.printing.warning.connect(self.warning)
        self.export_pdf = self.printing.export_pdf  # tests and the window reach them here
        self.print_preview, self.print_pack = self.printing.print_preview, self.printing.print_pack
        self._connect()
        self._update_actions()

    def _connect(self) -> None:
        a, lst, builder = self.actions, self.pack_list, self.builder
        lst.pack_selected.connect(self.open_pack)
        lst.pack_clicked.connect(self._pack_clicked)
        lst.new_requested.connect(lambda: self.new_pack())
        lst.duplicate_requested.connect(lambda: self.duplicate_pack())
        lst.delete_requested.connect(lambda: self.delete_pack())
        lst.import_requested.connect(lambda: self.import_pack())
        lst.undo_delete_requested.connect(lambda: self.undo_delete())
        builder.pack_changed.connect(self._pack_changed)
        builder.message.connect(self.message)
        # triggered(bool) would arrive as the first parameter (path, confirm): no argument passes
        a.pack_new.triggered.connect(lambda: self.new_pack())
        a.pack_compose.triggered.connect(lambda: self.compose_session())
        a.pack_duplicate.triggered.connect(lambda: self.duplicate_pack())
        a.pack_delete.triggered.connect(lambda: self.delete_pack())
        a.pack_import.triggered.connect(lambda: self.import_pack())
        a.pack_export_file.triggered.connect(lambda: self.export_pack_file())
        a.pack_export_pdf.triggered.connect(lambda: self.export_pdf())
        a.pack_print_preview.triggered.connect(lambda: self.print_preview())
        a.pack_print.triggered.connect(lambda: self.print_pack())
        a.pack_start_workshop.triggered.connect(lambda: self.start_workshop())
        a.pack_reflections.triggered.connect(lambda: self.open_reflections())
        a.pack_value_sort.triggered.connect(lambda: self.open_value_sort())
        a.view_harvest.triggered.connect(lambda: self.open_harvest())
        a.edit_undo.triggered.connect(lambda: builder.undo_stack.undo())
        a.edit_redo.triggered.connect(lambda: builder.undo_stack.redo())
        builder.undo_stack.canUndoChanged.connect(a.edit_undo.setEnabled)
        builder.undo_stack.canRedoChanged.connect(a.edit_redo.setEnabled)
        a.edit_undo.setEnabled(False)
        a.edit_redo.setEnabled(False)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.pack_list.retranslate()
        self.builder.retranslate()
        self.refresh_list()
        self._update_actions()

    # -- the list --------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Reload the list of packs from the catalog."""
        current = self.builder.pack.id if self.builder.pack else None
        self.pack_list.set_packs(self.workspace.packs.all(), current)

    def open_pack(self, pack_id: str) -> None:
        """Open a stored pack in the builder."""
        if self.builder.pack is not None and self.builder.pack.id == pack_id:
            self.pack_opened.emit(self.builder.pack)
            return
        try:
            pack = self.workspace.packs.get(pack_id)
        except GoedWerkError as exc:
            self.message.emit(str(exc))
            return
        self.builder.set_pack(pack)
        self.settings.setValue("packs/open", pack.id)
        self._update_actions()
        self.pack_opened.emit(pack)

    def _pack_clicked(self, pack_id: str) -> None:
        self.open_pack(pack_id)  # the open pack too: its builder comes forward
        self.builder.agenda.setFocus()

    def reopen_last(self) -> None:
        """Open the pack that was open when the window closed, if it still exists."""
        self.refresh_list()
        last = str(self.settings.value("packs/open", ""))
        if last and last in self.pack_list.ids():
            self.pack_list.select(last)

    def _pack_changed(self, pack: Pack) -> None:
        # every keystroke saves the pack: update its row, don't reload every pack from the catalog
        if not self.pack_list.update_pack(pack):
            self.refresh_list()
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.builder.pack is not None
        for name in (
            "pack_duplicate",
            "pack_delete",
            "pack_export_file",
            "pack_export_pdf",
            "pack_print_preview",
            "pack_print",
            "item_add_to_pack",
            "pack_start_workshop",
            "pack_reflections",
            "pack_value_sort",
            "pack_save_template",
            "pack_save_block",
            "pack_insert_block",
        ):
            self.actions[name].setEnabled(has)
        add = self.actions["item_add_to_pack"]
        why = self.tr("Open eerst een sessiepakket (tab Pakketten) om hier iets aan toe te voegen.")
        tip = add.statusTip() if has else why
        shortcut = add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        add.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)

    # -- commands --------------------------------------------------------------------------

    def new_pack(self) -> Pack | None:
        """Ask for a format and a title; store and open the new pack."""
        answer = NewPackDialog.ask(
            self.window, self.workspace.library.formats, self.workspace.templates.packs()
        )
        if answer is None:
            return None
        if answer.compose:
            return self.compose_session(answer.format_id, answer.title)
        return self.create_pack(answer.title, answer.format_id)

    def compose_session(self, format_id: str | None = None, title: str = "") -> Pack | None:
        """Let the session composer propose a pack; store and open the one the user takes."""
        ws = self.workspace
        composition = ComposerDialog.ask(
            self.window, ws.library, ws.packs.groups(), ws.packs.compose, format_id
        )
        if composition is None or not composition.pack.blocks:
            return None
        pack = composition.pack
        pack = ws.packs.save(replace(pack, title=title) if title else pack)
        self.refresh_list()
        self.pack_list.select(pack.id)
        self.message.emit(self.tr("‘{title}’ is samengesteld.").format(title=pack.title))
        return pack

    def create_pack(self, title: str, format_id: str | None) -> Pack | None:
        """Store and open a new pack."""
        try:
            own = (format_id or "").startswith("template:")  # an own template keeps its title
            pack = self.workspace.packs.new(
                title or ("" if own else self.tr("Nieuw sessiepakket")), format_id
            )
        except GoedWerkError as exc:
            self.message.emit(str(exc))
            return None
        self.refresh_list()
        self.pack_list.select(pack.id)
        self.builder.agenda.setFocus()  # on to building its agenda
        return pack

    def duplicate_pack(self) -> None:
        """Store a copy of the open pack and open it."""
        if self.builder.pack is None:
            return
        copy = self.workspace.packs.duplicate(self.builder.pack)
        self.refresh_list()
        self.pack_list.select(copy.id)

    def delete_pack(self, confirm: bool = True) -> None:
        """Delete the open pack after confirmation; the deletion can be undone."""
        pack = self.builder.pack
        if pack is None:
            return
        if confirm:
            question = self.tr("Het sessiepakket ‘{title}’ verwijderen?").format(title=pack.title)
            if not ask(self.window, self.tr("Pakket verwijderen"), question):
                return
        self._deleted = self.workspace.packs.delete(pack.id)
        self.builder.set_pack(None)
        self.pack_closed.emit()
        self.settings.remove("packs/open")
        self.refresh_list()
        self._update_actions()
        self.pack_list.show_undo(self.tr("‘{title}’ is verwijderd.").format(title=pack.title))

    def undo_delete(self) -> None:
        """Bring back the last deleted pack."""
        if self._deleted is None:
            return
        pack = self.workspace.packs.restore(self._deleted)
        self._deleted = None
        self.pack_list.hide_undo()
        self.refresh_list()
        self.pack_list.select(pack.id)

    def import_pack(self, path: Path | None = None) -> Pack | None:
        """Read a ``*.pack.yaml`` file; problems are shown with their line, nothing is stored."""
        if path is None:
            path = self.exports.open_path(
                self.window,
                self.tr("Sessiepakket importeren"),
                self.tr("Sessiepakketten (*.pack.yaml *.yaml)"),
            )
            if path is None:
                return None
        try:
            pack = self.workspace.packs.import_file(path)
        except ContentError as exc:
            self.warning.emit(
                self.tr("Pakket niet geïmporteerd"),
                self.tr("Dit pakketbestand heeft problemen:") + "\n\n" + str(exc),
            )
            return None
        except (GoedWerkError, OSError) as exc:
            self.warning.emit(self.tr("Pakket niet geïmporteerd"), str(exc))
            return None
        self.exports.remember(path)
        self.refresh_list()
        self.pack_list.select(pack.id)
        self.message.emit(self.tr("‘{title}’ geïmporteerd.").format(title=pack.title))
        return pack

    def export_pack_file(self, path: Path | None = None) -> None:
        """Write the open pack as a ``*.pack.yaml`` file."""
        pack = self.builder.pack
        if pack is None:
            return
        if path is None:
            path = self.exports.save_path(
                self.window,
                self.tr("Sessiepakket exporteren"),
                f"{file_stem(pack.title)}.pack.yaml",
                self.tr("Sessiepakketten (*.pack.yaml)"),
            )
            if path is None:
                return
        try:
            self.workspace.packs.export_file(pack, path)
        except (GoedWerkError, OSError) as exc:
            self.warning.emit(self.tr("Exporteren mislukt"), str(exc))
            return
        self.exports.confirm(self.window, path)
        self.message.emit(self.tr("Opgeslagen als {path}.").format(path=path))

    def start_workshop(self) -> QWidget | None:
        """Run the open pack as a workshop: presenter view, audience view, block timer."""
        pack = self.builder.pack
        if pack is None:
            return None
        if not pack.blocks:
            self.message.emit(self.tr("Dit pakket heeft nog geen blokken."))
            return None
        from goedwerk.ui.workshop import open_workshop

        return open_workshop(self.window, self.workspace, pack, exports=self.exports)

    def open_reflections(self) -> QWidget | None:
        """Record the open pack's reflections (the block selected in the builder, if any)."""
        pack = self.builder.pack
        if pack is None:
            return None
        from goedwerk.ui.reflections import open_reflections

        selected = self.builder.selected()
        block = selected[0] if selected else None
        return open_reflections(self.window, self.workspace, pack.id, block, exports=self.exports)

    def open_value_sort(self) -> QWidget | None:
        """Record the group's value sort for the open pack."""
        pack = self.builder.pack
        if pack is None:
            return None
        from goedwerk.ui.reflections import open_value_sort

        return open_value_sort(self.window, self.workspace, pack.id, exports=self.exports)

    def open_harvest(self) -> QWidget:
        """All reflections, searchable and counted."""
        from goedwerk.ui.reflections import open_reflections

        return open_reflections(self.window, self.workspace, None, harvest=True, exports=self.exports)
