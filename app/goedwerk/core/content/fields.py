"""The one field validator for every YAML kind: stories, guides, values, questions, formats, packs.

``Fields`` checks the fields of a mapping read by ``yamlio`` (present, text, a list of words,
a positive number of minutes, a known block kind) and collects each problem as a ``Problem``
with the file's label and the line of the field, so that ``goedwerk check`` and a pack import
both say ``file:line: message``.
"""

from __future__ import annotations

import re
from typing import Any

from goedwerk.core.content import yamlio
from goedwerk.core.i18n import _
from goedwerk.core.model import BLOCK_KINDS, Problem

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")

# A field specification: name -> (type, required). "str" is text, "list" a list of words,
# "names" a list of names, "blocks" a list checked by its kind's own checker.
Spec = dict[str, tuple[str, bool]]


def line_of(data: Any, key: str | None = None) -> int:
    """The line of ``key`` in a mapping from YAML, or of the mapping; 1 when unknown."""
    if isinstance(data, yamlio.LineDict):
        return data.line_of(key) if key else data.line
    return 1


def item_line(items: Any, index: int) -> int:
    """The line of element ``index`` of a list from YAML (1 when unknown)."""
    return items.line_at(index) if isinstance(items, yamlio.LineList) else 1


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class Fields:
    """Checks fields of one file's mappings; problems go to ``problems`` under ``label``."""

    def __init__(self, label: str, problems: list[Problem] | None = None) -> None:
        self.label = label
        self.problems = [] if problems is None else problems

    def problem(self, line: int, message: str, fatal: bool = True) -> None:
        """Record a problem at ``line``."""
        self.problems.append(Problem(self.label, line, message, fatal))

    def mapping(self, data: Any, line: int, message: str) -> bool:
        """True when ``data`` is a mapping; otherwise report ``message`` at ``line``."""
        if isinstance(data, dict):
            return True
        self.problem(line, message)
        return False

    def required(self, data: dict, name: str) -> bool:
        """True when field ``name`` has a value; otherwise say it is missing or empty."""
        if not _empty(data.get(name)):
            return True
        if name in data:  # "b: null" or "b: []": at the field's own line
            self.problem(line_of(data, name), _("verplicht veld '{name}' is leeg").format(name=name))
        else:
            self.problem(line_of(data), _("verplicht veld '{name}' ontbreekt").format(name=name))
        return False

    def text(self, data: dict, name: str, required: bool = False) -> str | None:
        """Field ``name`` as stripped text; "" when absent, None when it is no text."""
        if required and not self.required(data, name):
            return None
        value = data.get(name)
        if _empty(value):
            return ""
        if isinstance(value, dict | list | bool):
            self.problem(line_of(data, name), _("veld '{name}' moet tekst zijn").format(name=name))
            return None
        return str(value).strip()

    def words(self, data: dict, name: str, required: bool = False, names: bool = False) -> list[str] | None:
        """Field ``name`` as a list of stripped words (one word alone counts); None when bad."""
        if required and not self.required(data, name):
            return None
        value = data.get(name)
        if _empty(value):
            return []
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not all(isinstance(v, str | int) for v in values):
            msg = (
                _("veld '{name}' moet een lijst van namen zijn")
                if names
                else _("veld '{name}' moet een lijst van woorden zijn")
            )
            self.problem(line_of(data, name), msg.format(name=name))
            return None
        return [str(v).strip() for v in values if str(v).strip()]

    def checked(self, data: Any, spec: Spec, line: int = 1) -> bool:
        """Check the fields of ``spec`` and normalise them in place; True when usable.

        ``line`` is where ``data`` stands in its list, for an element that is no mapping.
        """
        if not self.mapping(data, line, _("verwacht een item met velden")):
            return False
        ok = True
        for name, (ftype, required) in spec.items():
            if ftype == "blocks":
                ok = (not required or self.required(data, name)) and ok
                continue
            value = (
                self.text(data, name, required)
                if ftype == "str"
                else self.words(data, name, required, ftype == "names")
            )
            if value is None:
                ok = False
            elif name in data:
                data[name] = value
        if ok and "id" in spec and not ID_PATTERN.match(data["id"]):
            msg = _("id '{id}' mag alleen kleine letters, cijfers en streepjes bevatten")
            self.problem(line_of(data, "id"), msg.format(id=data["id"]))
            ok = False
        return ok

    def unknown(self, data: dict, known: tuple[str, ...]) -> None:
        """Warn (not fatal) about every field not in ``known``."""
        for key in data:
            if key not in known:
                msg = _("onbekend veld '{key}' wordt overgeslagen (bekend: {known})")
                self.problem(
                    line_of(data, str(key)), msg.format(key=key, known=", ".join(known)), fatal=False
                )

    def minutes(self, data: dict, title: str, maximum: int | None = None) -> int | None:
        """A block's ``minutes``: a positive whole number (at most ``maximum``); None when bad."""
        value = data.get("minutes")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            msg = _("blok '{title}': minuten moet een positief geheel getal zijn, niet '{value}'")
            if value is None and maximum is not None:  # pack files say plainly that it is missing
                msg = _("blok '{title}': verplicht veld 'minutes' ontbreekt")
            self.problem(line_of(data, "minutes"), msg.format(title=title, value=value))
            return None
        if maximum is not None and value > maximum:
            msg = _("blok '{title}': hoogstens {n} minuten, niet {value}")
            self.problem(line_of(data, "minutes"), msg.format(title=title, n=maximum, value=value))
            return None
        return value

    def block_kind(self, data: dict, title: str, kind: str) -> bool:
        """True when ``kind`` is a known block kind; otherwise report it at the field's line."""
        if kind in BLOCK_KINDS:
            return True
        msg = _("blok '{title}': onbekende soort '{kind}' (kies uit: {choices})")
        choices = ", ".join(BLOCK_KINDS)
        self.problem(line_of(data, "kind"), msg.format(title=title, kind=kind, choices=choices))
        return False
