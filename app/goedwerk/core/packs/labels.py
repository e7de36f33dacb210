"""Words and signs for packs: part titles, kinds with their signs and tints, phases, dates (no Qt).

Shared by the printable pack (``pack_html``), the command line and the window, so each thing has
one name and one written form. Names are marked with ``N_`` and translated when they are used,
so a language switch at run time reaches them.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from goedwerk.core.i18n import N_, _, ngettext

PART_TITLES = {
    "cover": N_("Voorblad"),
    "agenda": N_("Programma"),
    "script": N_("Draaiboek voor de gespreksleider"),
    "stories": N_("Praktijkverhalen"),
    "guides": N_("Handreikingen"),
    "questions": N_("Vragen voor het gesprek"),
    "cards": N_("Waardenkaarten"),
    "reflection": N_("Reflectieformulier"),
}
REFLECTION_PROMPTS: tuple[str, ...] = (
    N_("Wat gebeurde er?"),
    N_("Wat deed het met je?"),
    N_("Welk inzicht neem je mee?"),
    N_("Wat gaan we doen?"),
)
KIND_LABELS = {
    "story": N_("verhaal"),
    "value": N_("waardenkaart"),
    "question": N_("vraag"),
    "guide": N_("handreiking"),
}
BLOCK_KIND_LABELS = {
    "intro": N_("Opening"),
    "story": N_("Verhaal"),
    "questions": N_("Vragen"),
    "values": N_("Waardenkaarten"),
    "reflection": N_("Reflectie"),
    "break": N_("Pauze"),
    "other": N_("Anders"),
    "vote": N_("Stemming"),
}
# One sign per block kind, the same on screen and on paper, so kinds differ without colour.
# Each is in the bundled Open Sans, so a printed pack embeds no other font.
BLOCK_KIND_ICONS = {
    "intro": "»",
    "story": "¶",
    "questions": "?",
    "values": "◊",
    "reflection": "!",
    "break": "||",
    "other": "•",
    "vote": "#",
}


class KindTint(NamedTuple):
    """A block kind's tint (``"#RRGGBB"``) on a light and on a dark background."""

    light: str
    dark: str


# One tint per block kind, for the builder, the presenter and paper (which takes the light
# one): light enough for black text, and still distinct in black-and-white print.
BLOCK_KIND_TINTS = {
    "intro": KindTint("#D6E6F5", "#2A4B6C"),
    "story": KindTint("#F7E1C4", "#6E4A1F"),
    "questions": KindTint("#D9EED3", "#2E5C2A"),
    "values": KindTint("#F4D6E4", "#6C2C4B"),
    "reflection": KindTint("#E4DAF4", "#4A3671"),
    "break": KindTint("#E5E5E5", "#4A4A4A"),
    "other": KindTint("#D3ECEC", "#235858"),
    "vote": KindTint("#F7EDB4", "#665A16"),
}


def print_tints() -> dict[str, str]:
    """The light tint of each block kind, for the printed agenda (window and command line)."""
    return {kind: tint.light for kind, tint in BLOCK_KIND_TINTS.items()}


PHASE_LABELS = {
    "opening": N_("Opening"),
    "verdieping": N_("Verdieping"),
    "afsluiting": N_("Afsluiting"),
}
# Translators: keep the twelve months and seven weekdays separated by single spaces.
_MONTHS = N_("januari februari maart april mei juni juli augustus september oktober november december")
_WEEKDAYS = N_("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")


def label(labels: dict[str, str], key: str) -> str:
    """The translated name of ``key`` in one of the tables above (``key`` itself if unknown)."""
    return _(labels[key]) if key in labels else key


def block_kind_label(kind: str) -> str:
    """The one name of a block kind, in the window and on paper: "Vragen", "Pauze"."""
    return label(BLOCK_KIND_LABELS, kind)


def reflection_prompts() -> tuple[str, ...]:
    """The four reflection prompts in the current language."""
    return tuple(_(prompt) for prompt in REFLECTION_PROMPTS)


def format_date(iso: str) -> str:
    """A date ``YYYY-MM-DD`` written out: "dinsdag 1 december 2026" (as printed and presented)."""
    day = date.fromisoformat(iso)
    weekday, month = _(_WEEKDAYS).split()[day.weekday()], _(_MONTHS).split()[day.month - 1]
    # Translators: {weekday} {day} {month} {year}, e.g. "Tuesday 1 December 2026".
    written = _("{weekday} {day} {month} {year}")
    return written.format(weekday=weekday, day=day.day, month=month, year=day.year)


def format_minutes(minutes: int) -> str:
    """A pack's length in words: "45 minuten", "1 uur", "1 uur en 30 minuten" (used everywhere)."""
    hours, rest = divmod(minutes, 60)
    mins = ngettext("{n} minuut", "{n} minuten", rest).format(n=rest)
    if not hours:
        return mins
    text = ngettext("{n} uur", "{n} uur", hours).format(n=hours)
    return _("{hours} en {minutes}").format(hours=text, minutes=mins) if rest else text
