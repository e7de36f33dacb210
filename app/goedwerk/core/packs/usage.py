"""What was used with whom: which packs (and so which groups, on which dates) hold an item.

A pack names its group; a workshop run that began marks its pack's uses as ``started``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from goedwerk.core.model import Pack


@dataclass(frozen=True)
class Use:
    """One use of an item: the pack it was in, that pack's group and date."""

    pack_id: str
    pack_title: str
    group: str
    date: str | None
    started: bool = False  # a workshop run of the pack actually began


def same_group(a: str, b: str) -> bool:
    """True when two group names name the same group (case and outer spaces ignored)."""
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def group_packs(packs: Iterable[Pack], group: str, exclude: str | None = None) -> list[Pack]:
    """The packs of ``group`` (all but the pack ``exclude``), by date."""
    found = [p for p in packs if same_group(p.group, group) and p.id != exclude]
    return sorted(found, key=lambda p: (p.date or "", p.title))


def uses_by_ref(packs: Iterable[Pack], started: Collection[str] = ()) -> dict[str, list[Use]]:
    """Every item ref of ``packs`` with the packs (and groups) that hold it, by date.

    ``started`` holds the ids of the packs whose workshop run began.
    """
    found: dict[str, list[Use]] = {}
    for pack in sorted(packs, key=lambda p: (p.date or "", p.title)):
        use = Use(pack.id, pack.title, pack.group, pack.date, pack.id in started)
        for ref in dict.fromkeys(ref for block in pack.blocks for ref in block.items):
            found.setdefault(ref, []).append(use)
    return found


def group_had(pack: Pack, packs: Iterable[Pack], started: Collection[str] = ()) -> dict[str, list[Use]]:
    """The items of ``pack`` that its group already had in its other packs."""
    if not pack.group.strip():
        return {}
    earlier = uses_by_ref(group_packs(packs, pack.group, exclude=pack.id), started)
    return {ref: earlier[ref] for block in pack.blocks for ref in block.items if ref in earlier}
