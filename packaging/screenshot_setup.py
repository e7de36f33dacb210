"""What the three screenshot scripts share: ``--language`` and ``--theme``, applied to the app."""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QApplication

from goedwerk.core import i18n
from goedwerk.ui.common.colours import THEMES, apply_theme
from goedwerk.ui.common.resources import install_translators


def add_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--language nl|en`` and ``--theme light|dark`` to a script's arguments."""
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    parser.add_argument("--theme", default="light", choices=[t for t in THEMES if t != "system"])


def prepare(app: QApplication, args: argparse.Namespace) -> None:
    """Speak ``args.language`` (the window's and the core's catalogues) in ``args.theme``."""
    i18n.set_language(args.language)
    install_translators(app, args.language)
    apply_theme(app, args.theme)
