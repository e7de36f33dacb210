"""``ws.packs``: the stored session packs of a workspace (a part of the ``Workspace`` facade).

Packs are stored per data directory and their items refer to the workspace's library; the
catalog does the storing, this part the pack rules around it (formats and templates, the
composer, who used what).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from goedwerk.core.errors import NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import Library, Pack
from goedwerk.core.packs.composer import ComposeRequest, Composition, compose
from goedwerk.core.packs.operations import duplicate, new_pack
from goedwerk.core.packs.packfile import read_pack_file, write_pack_file
from goedwerk.core.packs.usage import Use, group_had, group_packs, uses_by_ref


class PackTable(Protocol):
    """Where packs are stored (the catalog; ``store`` imports ``packs``, so not named here)."""

    def save_pack(self, pack: Pack, touch: bool = True) -> Pack: ...
    def get_pack(self, pack_id: str) -> Pack: ...
    def list_packs(self) -> list[Pack]: ...
    def delete_pack(self, pack_id: str) -> Pack: ...


class Templates(Protocol):
    """The user's own templates (``store.templates``)."""

    def new_pack(self, template_id: str, title: str = "") -> Pack: ...


class PackShelf:
    """The stored packs: make, store, list, delete and restore, compose, and where items were used."""

    def __init__(
        self,
        catalog: PackTable,
        library: Callable[[], Library],
        templates: Templates,
        started: Callable[[], set[str]],
    ) -> None:
        """``library`` gives the loaded library; ``started`` the ids of packs whose workshop began."""
        self.catalog, self._library, self.templates, self._started = catalog, library, templates, started

    def new(self, title: str = "", format_id: str | None = None) -> Pack:
        """Create and store a pack, blank or with the blocks of the session format ``format_id``.

        ``format_id`` may also be ``template:<id>``, one of the user's own templates.
        """
        if format_id is not None and format_id.startswith("template:"):
            return self.catalog.save_pack(self.templates.new_pack(format_id.partition(":")[2], title))
        fmt = None
        if format_id is not None:
            fmt = self._library().format(format_id)
            if fmt is None:
                raise NotFoundError(_("werkvorm '{id}' bestaat niet").format(id=format_id))
        return self.catalog.save_pack(new_pack(title, fmt))

    def save(self, pack: Pack) -> Pack:
        """Store ``pack`` (insert or replace); return it with its new modified time."""
        return self.catalog.save_pack(pack)

    def get(self, pack_id: str) -> Pack:
        """The stored pack ``pack_id``; raise ``NotFoundError`` when there is none."""
        return self.catalog.get_pack(pack_id)

    def all(self) -> list[Pack]:
        """All stored packs by date (undated last), then title."""
        return self.catalog.list_packs()

    def delete(self, pack_id: str) -> Pack:
        """Delete a pack and return it, so that ``restore`` can undo the deletion."""
        return self.catalog.delete_pack(pack_id)

    def restore(self, pack: Pack) -> Pack:
        """Store a deleted pack again exactly as it was."""
        return self.catalog.save_pack(pack, touch=False)

    def duplicate(self, pack: Pack, title: str | None = None) -> Pack:
        """Store a copy of ``pack`` under a new id (title "<title> (kopie)" by default)."""
        return self.catalog.save_pack(duplicate(pack, title))

    def import_file(self, path: Path) -> Pack:
        """Read, validate and store a ``*.pack.yaml`` file; nothing is stored when it is bad."""
        return self.catalog.save_pack(read_pack_file(path, self._library()))

    def export_file(self, pack: Pack, path: Path) -> None:
        """Write ``pack`` as a ``*.pack.yaml`` file, atomically."""
        write_pack_file(pack, path)

    def compose(self, request: ComposeRequest) -> Composition:
        """Propose a pack for ``request`` (not stored); the group's stored packs are its history."""
        history = group_packs(self.all(), request.group) if request.group.strip() else []
        return compose(self._library(), request, history)

    def uses(self, ref: str) -> list[Use]:
        """The stored packs that hold the item ``ref``, with their group and date, by date."""
        return uses_by_ref(self.all(), self._started()).get(ref, [])

    def group_had(self, pack: Pack) -> dict[str, list[Use]]:
        """The items of ``pack`` that its group already had in other stored packs."""
        return group_had(pack, self.all(), self._started())

    def groups(self) -> list[str]:
        """The group names the stored packs use, sorted."""
        return sorted({p.group.strip() for p in self.all() if p.group.strip()}, key=str.casefold)

    def used_with(self, group: str) -> set[str]:
        """The refs of every item that the stored packs of ``group`` hold."""
        return set(uses_by_ref(group_packs(self.all(), group)))
