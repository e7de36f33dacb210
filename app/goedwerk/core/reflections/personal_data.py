"""Which reflections still hold possible personal data, by the same check the editor underlines.

Reflections are about real colleagues, so the library's invented names are allowed only when
they are not common first names: "Karin" in a reflection is flagged even if a story invented a
Karin.
"""

from __future__ import annotations

from collections.abc import Iterable

from goedwerk.core.content.anonymise import Finding, common_first_names, scan
from goedwerk.core.reflections.store import Reflection


def allowed_in_reflections(invented_names: Iterable[str]) -> tuple[str, ...]:
    """The invented names a reflection may use without a warning (common first names are not)."""
    first = common_first_names()
    return tuple(sorted(n for n in set(invented_names) if n.lower() not in first))


def findings(reflection: Reflection, allowed_names: Iterable[str] = ()) -> list[Finding]:
    """Possible personal data in every text of ``reflection``."""
    return scan(reflection.text(), tuple(allowed_names))


def flagged(reflections: Iterable[Reflection], allowed_names: Iterable[str] = ()) -> set[str]:
    """The ids of the reflections that still hold possible personal data."""
    allowed = tuple(allowed_names)
    return {r.id for r in reflections if findings(r, allowed)}
