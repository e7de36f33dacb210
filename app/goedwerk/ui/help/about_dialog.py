"""Help > Over Goed Werk: the version, the data folder (with a button to open it), the licences
and the third-party notices, each licence as the plain text that ships with the app."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from goedwerk import __version__
from goedwerk.ui.common.resources import resources_dir

logger = logging.getLogger(__name__)


def app_root() -> Path:
    """Where LICENSE, THIRD_PARTY.md and stories/ are: the checkout, or the bundle's folder."""
    return resources_dir().parent


def open_folder(path: Path) -> bool:
    """Open ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def licence_files() -> list[tuple[str, Path]]:
    """(tab name, file) for every text the About dialog shows."""
    root = app_root()
    return [
        ("Goed Werk (EUPL-1.2)", root / "LICENSE"),
        ("Bibliotheek (CC BY-SA 4.0)", root / "stories" / "LICENSE"),
        ("Software van derden", root / "THIRD_PARTY.md"),
    ]


class AboutDialog(QDialog):
    """Version, data folder, licences. ``opener`` opens a folder (the file manager by default)."""

    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, opener: Callable[[Path], bool] = open_folder
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Over Goed Werk"))
        self.data_dir = data_dir
        self.opener = opener
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("about_tabs")
        self.tabs.addTab(self._build_about(), self.tr("Over"))
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, path in licence_files():
            self.tabs.addTab(self._build_text(name, path), self._tab_title(name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _tab_title(self, name: str) -> str:
        titles = {
            "Goed Werk (EUPL-1.2)": self.tr("Licentie"),
            "Bibliotheek (CC BY-SA 4.0)": self.tr("Licentie bibliotheek"),
            "Software van derden": self.tr("Software van derden"),
        }
        return titles[name]

    def _build_about(self) -> QWidget:
        page = QWidget(self)
        self.version_label = QLabel(self.tr("Goed Werk {version}").format(version=__version__), page)
        self.version_label.setObjectName("about_version")
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.version_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.version_label.setFont(font)
        intro = QLabel(
            self.tr(
                "Verhalen, waardenkaarten en vragen voor gesprekken over goed werk: bekwaam, "
                "betrouwbaar en betrokken. Goed Werk werkt volledig offline: wat je bewaart, blijft "
                "op deze computer en er wordt nooit iets verstuurd.\n\n"
                "De code valt onder de European Union Public Licence 1.2 (EUPL-1.2), de "
                "meegeleverde bibliotheek onder Creative Commons Naamsvermelding-GelijkDelen 4.0 "
                "(CC BY-SA 4.0). Qt en PySide6 worden gebruikt onder de LGPL-3.0; de andere "
                "onderdelen en hun licenties staan onder Software van derden."
            ),
            page,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.data_label = QLabel(self.tr("Je gegevens: {folder}").format(folder=self.data_dir), page)
        self.data_label.setObjectName("about_data_dir")
        self.data_label.setTextFormat(Qt.TextFormat.PlainText)
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Map &openen"), page)
        self.open_button.setObjectName("about_open_data_dir")
        self.open_button.setAccessibleName(self.tr("Gegevensmap openen"))
        self.open_button.clicked.connect(lambda _checked=False: self.open_data_dir())
        row = QHBoxLayout()
        row.addWidget(self.data_label, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.version_label)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_text(self, name: str, path: Path) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName("about_text")
        view.setReadOnly(True)
        view.setAccessibleName(name)
        try:
            view.setPlainText(path.read_text(encoding="utf-8"))
        except OSError as exc:
            logger.warning("cannot read %s: %s", path, exc)
            view.setPlainText(self.tr("{path} ontbreekt in deze installatie.").format(path=path))
        self.texts[name] = view
        return view

    def open_data_dir(self) -> None:
        """Open the data folder in the file manager."""
        if not self.opener(self.data_dir):
            logger.warning("could not open %s (%s)", self.data_dir, sys.platform)
