"""Dutch words for packs: part titles, block kinds, phases, dates and durations (no Qt).

Shared by the printable pack (``pack_html``) and anything else that describes a pack in words.
"""

from __future__ import annotations

from datetime import date

from goedwerk.core.i18n import _

PART_TITLES = {
    "cover": _("Voorblad"),
    "agenda": _("Programma"),
    "script": _("Draaiboek voor de gespreksleider"),
    "stories": _("Praktijkverhalen"),
    "guides": _("Handreikingen"),
    "questions": _("Vragen voor het gesprek"),
    "cards": _("Waardenkaarten"),
    "reflection": _("Reflectieformulier"),
}
REFLECTION_PROMPTS: tuple[str, ...] = (
    _("Wat gebeurde er?"),
    _("Wat deed het met je?"),
    _("Welk inzicht neem je mee?"),
    _("Wat gaan we doen?"),
)
KIND_LABELS = {
    "story": _("verhaal"),
    "value": _("waardenkaart"),
    "question": _("vraag"),
    "guide": _("handreiking"),
}
BLOCK_KIND_LABELS = {
    "intro": _("Opening"),
    "story": _("Verhaal"),
    "questions": _("Gesprek"),
    "values": _("Waardenkaarten"),
    "reflection": _("Reflectie"),
    "break": _("Pauze"),
    "other": _("Werkvorm"),
    "vote": _("Stemming"),
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
PHASE_LABELS = {
    "opening": _("Opening"),
    "verdieping": _("Verdieping"),
    "afsluiting": _("Afsluiting"),
}
# Translators: keep the twelve months and seven weekdays separated by single spaces.
_MONTHS = _("januari februari maart april mei juni juli augustus september oktober november december")
_WEEKDAYS = _("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")


def format_date(iso: str) -> str:
    """A date ``YYYY-MM-DD`` written out in Dutch: "dinsdag 1 december 2026"."""
    day = date.fromisoformat(iso)
    return f"{_WEEKDAYS.split()[day.weekday()]} {day.day} {_MONTHS.split()[day.month - 1]} {day.year}"


def format_minutes(minutes: int) -> str:
    """A duration in words: "45 minuten", "1 uur", "1 uur en 30 minuten"."""
    hours, rest = divmod(minutes, 60)
    mins = _("{n} minuut").format(n=rest) if rest == 1 else _("{n} minuten").format(n=rest)
    if not hours:
        return mins
    text = _("{n} uur").format(n=hours)
    return _("{hours} en {minutes}").format(hours=text, minutes=mins) if rest else text
