"""Own templates as files, from the Pakket menu: export one to a ``*.template.yaml`` file and
import one. A bad file is refused with its problems per line and nothing is stored; a template
whose title is taken asks: replace it, keep both, or stop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from goedwerk.core.errors import ContentError, GoedWerkError, NameClashError
from goedwerk.core.model import Pack
from goedwerk.core.workspace import TEMPLATE_SUFFIX, Workspace
from goedwerk.ui.common.actions import ActionCollection
from goedwerk.ui.packs.pack_controller import PackController
from goedwerk.ui.packs.pack_printing import file_stem


class TemplateFiles(QObject):
    """Wires the pack actions ``pack_template_export`` and ``pack_template_import``."""

    def __init__(
        self, window: QWidget, workspace: Workspace, actions: ActionCollection, packs: PackController
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.packs = window, workspace, packs
        actions.pack_template_export.triggered.connect(lambda: self.export_template())
        actions.pack_template_import.triggered.connect(lambda: self.import_template())

    def _filter(self) -> str:
        return self.tr("Sjablonen (*{suffix})").format(suffix=TEMPLATE_SUFFIX)

    def export_template(self, path: Path | None = None) -> Path | None:
        """Choose an own template (when there are several) and write it to a file."""
        templates = self.workspace.templates.packs()
        if not templates:
            self.packs.message.emit(
                self.tr("Je hebt nog geen eigen sjablonen: Pakket > Opslaan als sjabloon…")
            )
            return None
        template = self._choose(templates)
        if template is None:
            return None
        if path is None:
            caption = self.tr("Sjabloon exporteren")
            path = self.packs.exports.save_path(
                self.window, caption, f"{file_stem(template.title)}{TEMPLATE_SUFFIX}", self._filter()
            )
            if path is None:
                return None
        try:
            self.workspace.export_template_file(template.id, path)
        except (GoedWerkError, OSError) as exc:
            self.packs.warning.emit(self.tr("Exporteren mislukt"), str(exc))
            return None
        self.packs.exports.confirm(self.window, path)
        return path

    def _choose(self, templates: list[Pack]) -> Pack | None:
        if len(templates) == 1:
            return templates[0]
        titles = [t.title for t in templates]
        title, ok = QInputDialog.getItem(
            self.window, self.tr("Sjabloon exporteren"), self.tr("Welk sjabloon?"), titles, 0, False
        )
        return templates[titles.index(title)] if ok and title in titles else None

    def import_template(self, path: Path | None = None) -> Pack | None:
        """Read a template file and keep the template; ask when its title is taken."""
        if path is None:
            path = self.packs.exports.open_path(self.window, self.tr("Sjabloon importeren"), self._filter())
            if path is None:
                return None
        clash = "ask"
        while True:
            try:
                template = self.workspace.import_template_file(path, clash)
                break
            except NameClashError as exc:
                clash = self._ask_clash(exc.title)
                if clash is None:
                    return None
            except ContentError as exc:
                text = self.tr("Dit sjabloonbestand heeft problemen:") + "\n\n" + str(exc)
                self.packs.warning.emit(self.tr("Sjabloon niet geïmporteerd"), text)
                return None
            except (GoedWerkError, OSError) as exc:
                self.packs.warning.emit(self.tr("Sjabloon niet geïmporteerd"), str(exc))
                return None
        self.packs.exports.remember(path)
        self.packs.message.emit(
            self.tr("Sjabloon ‘{title}’ geïmporteerd; kies het bij Nieuw pakket.").format(
                title=template.title
            )
        )
        return template

    def _ask_clash(self, title: str) -> str | None:
        """Replace, keep both or stop: ``replace``, ``rename`` or None."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sjabloon bestaat al"), "", parent=self.window)
        box.setObjectName("template_clash_box")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the user's text
        box.setText(self.tr("Je hebt al een sjabloon ‘{title}’. Wat wil je doen?").format(title=title))
        replace = box.addButton(self.tr("&Vervangen"), QMessageBox.ButtonRole.DestructiveRole)
        both = box.addButton(self.tr("&Beide houden"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(both)
        box.exec()
        clicked = box.clickedButton()
        return "replace" if clicked == replace else "rename" if clicked == both else None
