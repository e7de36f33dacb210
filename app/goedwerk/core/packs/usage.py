"""What was used with whom: the items each group already had, from the packs that name it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from goedwerk.core.model import Pack


@dataclass(frozen=True)
class Use:
    """One use of an item: the pack it was in, that pack's group and date."""

    pack_id: str
    pack_title: str
    group: str
    date: str | None


def same_group(a: str, b: str) -> bool:
    """True when two group names name the same group (case and outer spaces ignored)."""
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def group_packs(packs: Iterable[Pack], group: str, exclude: str | None = None) -> list[Pack]:
    """The packs of ``group`` (all but the pack ``exclude``), by date."""
    found = [p for p in packs if same_group(p.group, group) and p.id != exclude]
    return sorted(found, key=lambda p: (p.date or "", p.title))


def uses_by_ref(packs: Iterable[Pack]) -> dict[str, list[Use]]:
    """Every item ref of ``packs`` with the packs (and groups) that hold it."""
    found: dict[str, list[Use]] = {}
    for pack in packs:
        use = Use(pack.id, pack.title, pack.group, pack.date)
        for ref in dict.fromkeys(ref for block in pack.blocks for ref in block.items):
            found.setdefault(ref, []).append(use)
    return found
