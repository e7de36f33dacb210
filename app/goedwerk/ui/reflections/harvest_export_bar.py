"""The harvest's way out and in: Markdown, CSV and PDF of what is shown, and harvest bundles.

Every export writes exactly the reflections the harvest shows, into the folder used last
(``ExportFiles``), atomically: a failed export leaves no half-written file. A harvest bundle
(``.goedwerk``) carries them to a colleague under a label the user chooses; reading one in
adds its reflections to the harvest marked with that label, each counted once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import (
    BundleError,
    BundleService,
    Labels,
    Reflection,
    ValueSortStore,
    describe,
    to_csv,
    to_markdown,
    write_text,
)
from goedwerk.paper.report_pdf import export_report_pdf
from goedwerk.ui.common.export_files import ExportFiles
from goedwerk.ui.common.messages import Button, Icon, plain_box, warn
from goedwerk.ui.reflections.harvest_bundle_dialog import HarvestBundleDialog

KINDS = ("md", "csv", "pdf", "bundle")
LABEL_KEY = "harvest/bundle_label"  # the label the user gave their last harvest bundle


class HarvestExportBar(QWidget):
    """Export buttons for what ``shown()`` returns; emits ``imported`` after a bundle came in."""

    imported = Signal()

    def __init__(
        self,
        shown: Callable[[], tuple[list[Reflection], set[str], list]],
        labels: Labels,
        sorts: ValueSortStore,
        scratch: Path,
        exports: ExportFiles,
        bundles: BundleService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shown, self.labels, self.sorts, self.scratch = shown, labels, sorts, scratch
        self.exports, self.bundles = exports, bundles
        self._label = ""  # the last label, when there are no settings to keep it in
        self.buttons = {kind: QPushButton(self) for kind in KINDS}
        for kind, button in self.buttons.items():
            button.setObjectName(f"harvest_export_{kind}")
            button.clicked.connect(lambda _checked=False, k=kind: self.ask_export(k))
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("harvest_import_bundle")
        self.import_button.clicked.connect(lambda: self.ask_import())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (*self.buttons.values(), self.import_button):
            layout.addWidget(button)
        self.buttons["bundle"].setVisible(bundles is not None)
        self.import_button.setVisible(bundles is not None)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "md": self.tr("Markdown…"),
            "csv": self.tr("CSV…"),
            "pdf": self.tr("PDF-rapport…"),
            "bundle": self.tr("Als &bundel…"),
        }
        for kind, button in self.buttons.items():
            button.setText(texts[kind])
            button.setAccessibleName(
                self.tr("Getoonde reflecties exporteren als {kind}").format(kind=texts[kind].rstrip("…"))
            )
        self.buttons["bundle"].setToolTip(
            self.tr("Bewaar de getoonde reflecties als .goedwerk-bundel voor een collega")
        )
        self.import_button.setText(self.tr("Bundel &inlezen…"))
        self.import_button.setToolTip(self.tr("Voeg de reflecties uit een .goedwerk-bundel toe aan de oogst"))

    def set_enabled_for(self, reflections: int, votes: int) -> None:
        """Exports need something shown; a bundle carries reflections only."""
        for kind, button in self.buttons.items():
            button.setEnabled(bool(reflections) or (bool(votes) and kind != "bundle"))

    # -- files ---------------------------------------------------------------------------------

    def export(self, kind: str, path: Path) -> None:
        """Write the shown reflections as ``md``, ``csv`` or ``pdf`` (with their value sorts)."""
        reflections, _flagged, votes = self.shown()
        if kind == "md":
            write_text(path, to_markdown(reflections, self.labels, votes))
        elif kind == "csv":
            write_text(path, to_csv(reflections, self.labels, votes), bom=True)
        else:
            pack_ids = list(dict.fromkeys(r.pack_id for r in reflections if r.pack_id))
            sorts = [s for pack_id in pack_ids for s in self.sorts.for_pack(pack_id)[:1]]
            export_report_pdf(path, reflections, self.labels, sorts, votes=votes, scratch=self.scratch)

    def ask_export(self, kind: str) -> None:
        """Ask for a file name and export the shown reflections."""
        if kind == "bundle":
            self.ask_export_bundle()
            return
        filters = {
            "md": self.tr("Markdown-bestanden (*.md)"),
            "csv": self.tr("CSV-bestanden (*.csv)"),
            "pdf": self.tr("PDF-bestanden (*.pdf)"),
        }
        _shown, flagged, _votes = self.shown()
        if flagged and not self._export_flagged_anyway(len(flagged)):
            return
        name = f"{self.tr('reflecties')}.{kind}"
        path = self.exports.save_path(self, self.tr("Reflecties exporteren"), name, filters[kind])
        if path is None:
            return
        try:
            self.export(kind, path)
        except (GoedWerkError, OSError) as exc:
            warn(self, self.tr("Exporteren mislukt"), str(exc))
            return
        self.exports.confirm(self, path)

    def _export_flagged_anyway(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Persoonsgegevens exporteren?"),
            self.tr(
                "{n} van de getoonde reflecties bevatten nog mogelijke persoonsgegevens (gemarkeerd met ⚠). "
                "Een export kan buiten Goed Werk terechtkomen. Toch exporteren?"
            ).format(n=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- bundles -------------------------------------------------------------------------------

    def ask_export_bundle(self) -> Path | None:
        """Ask for the label, the confirmations and a file; write the shown reflections as a bundle."""
        reflections, _flagged, _votes = self.shown()
        if self.bundles is None or not reflections:
            return None
        flagged = self.bundles.flagged(reflections)
        choice = HarvestBundleDialog.ask(self, len(reflections), flagged, self.last_label())
        if choice is None:
            return None
        filters = self.tr("Goed Werk-bundels (*.goedwerk)")
        path = self.exports.save_path(
            self, self.tr("Oogst als bundel"), f"{self.tr('oogst')}.goedwerk", filters
        )
        if path is None:
            return None
        ids = tuple(r.id for r in reflections)
        try:
            self.bundles.export(path, label=choice.label, reflection_ids=ids, confirmed=choice.confirmed)
        except (GoedWerkError, OSError) as exc:
            warn(self, self.tr("Bundel niet gemaakt"), str(exc))
            return None
        self._label = choice.label
        if self.exports.settings is not None:
            self.exports.settings.setValue(LABEL_KEY, choice.label)
        self.exports.confirm(self, path)
        return path

    def last_label(self) -> str:
        """The label of the last harvest bundle, offered again."""
        settings = self.exports.settings
        return str(settings.value(LABEL_KEY, self._label)) if settings is not None else self._label

    def ask_import(self) -> bool:
        """Ask for a bundle and add its reflections to the harvest (all or nothing)."""
        if self.bundles is None:
            return False
        filters = self.tr("Goed Werk-bundels (*.goedwerk)")
        path = self.exports.open_path(self, self.tr("Bundel inlezen"), filters)
        if path is None:
            return False
        self.exports.remember(path)
        try:
            plan = self.bundles.import_(path, "keep")
        except BundleError as exc:
            text = self.tr("Er is niets ingelezen. Redenen:") + "\n\n" + "\n".join(exc.reasons)
            warn(self, self.tr("Bundel geweigerd"), text)
            return False
        except (GoedWerkError, OSError) as exc:
            warn(self, self.tr("Bundel niet ingelezen"), str(exc))
            return False
        self.imported.emit()
        lines = describe(plan) + plan.warnings
        text = "\n".join(lines) or self.tr("Niets nieuws in deze bundel.")
        box = plain_box(self, Icon.Information, self.tr("Bundel ingelezen"), text, Button.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return True
