"""Translation hook for user-facing text produced by the core and the command line.

Strings are written in Dutch and wrapped in ``_()`` so a gettext catalogue can translate them.
"""

from __future__ import annotations

import gettext
import sys
from pathlib import Path

# resources/ beside app/ in a checkout; inside the bundle's folder when frozen (PyInstaller).
_ROOT = (
    Path(getattr(sys, "_MEIPASS", ""))
    if getattr(sys, "frozen", False)
    else Path(__file__).resolve().parents[3]
)
_LOCALE_DIR = _ROOT / "resources" / "i18n" / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str) -> None:
    """Switch core and CLI messages to ``language`` ("nl" is the source language)."""
    global _translation
    _translation = gettext.translation("goedwerk", localedir=_LOCALE_DIR, languages=[language], fallback=True)


def _(message: str) -> str:
    """Return ``message`` translated into the current language."""
    return _translation.gettext(message)
