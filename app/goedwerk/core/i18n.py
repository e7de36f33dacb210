"""Translation hook for user-facing text produced by the core and the command line.

Strings are written in Dutch and wrapped in ``_()`` so a gettext catalogue can translate them.
Text defined at import time is only marked with ``N_()`` and translated with ``_()`` where it
is used, so a language switch at run time reaches it; counts use ``ngettext``.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping

from goedwerk.core.paths import resources_dir

_LOCALE_DIR = resources_dir() / "i18n" / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "nl"


def set_language(language: str) -> None:
    """Switch core and CLI messages to ``language`` ("nl" is the source language)."""
    global _translation, _language
    _translation = gettext.translation("goedwerk", localedir=_LOCALE_DIR, languages=[language], fallback=True)
    _language = language


def current_language() -> str:
    """The language ``set_language`` last chose ("nl" until then)."""
    return _language


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The language LANGUAGE, LC_ALL, LC_MESSAGES or LANG asks for, as gettext reads them.

    The first of them that is set decides; a list ("fr:en") gives the first language we have.
    The C and POSIX locales (C.UTF-8 included, which Python would read as English) mean Dutch.
    """
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        for entry in value.split(":"):
            code = entry.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in ("c", "posix"):
                return "nl"
            if code in ("nl", "en"):
                return code
        return "nl"
    return "nl"


def use_environment() -> None:
    """Follow LANGUAGE, LC_ALL, LC_MESSAGES and LANG like any gettext program (Dutch by default)."""
    set_language(environment_language())


def _(message: str) -> str:
    """Return ``message`` translated into the current language."""
    return _translation.gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it now (translate it with ``_``)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """``singular`` or ``plural`` for the count ``n``, translated into the current language."""
    return _translation.ngettext(singular, plural, n)
