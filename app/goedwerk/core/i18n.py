"""Translation hook for user-facing text produced by the core and the command line.

Strings are written in Dutch and wrapped in ``_()`` so a gettext catalogue can translate them.
"""

from __future__ import annotations

import gettext

from goedwerk.core.paths import resources_dir

_LOCALE_DIR = resources_dir() / "i18n" / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str) -> None:
    """Switch core and CLI messages to ``language`` ("nl" is the source language)."""
    global _translation
    _translation = gettext.translation("goedwerk", localedir=_LOCALE_DIR, languages=[language], fallback=True)


def _(message: str) -> str:
    """Return ``message`` translated into the current language."""
    return _translation.gettext(message)
