"""The user's own templates in the catalog (``ws.templates``): whole packs and single blocks.

A template imported from a file (``add``) whose title is taken asks first: ``NameClashError``.

A pack template is a pack without its date, start, place and group; a new pack made from it
gets a new id. A saved block (the block library) keeps title, kind, minutes, instructions and
items. Both are stored in the stored form of ``goedwerk.core.packs.operations`` (table
``templates``, migration ``_v6_notes_searches_templates``); a template travels as a pack file.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from goedwerk.core.errors import NameClashError, NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import Block, Pack, new_id
from goedwerk.core.packs.operations import pack_from_dict, pack_to_dict

if TYPE_CHECKING:
    from goedwerk.core.store.catalog import Catalog

TABLE = "templates"


@dataclass(frozen=True)
class SavedBlock:
    """A block from the block library."""

    id: str
    block: Block
    created: float = 0


class TemplateStore:
    """Pack templates and saved blocks of a data directory."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def _put(self, item_id: str, kind: str, title: str, data: dict, replacing: tuple[str, ...] = ()) -> None:
        row = {"id": item_id, "kind": kind, "title": title, "data": json.dumps(data), "created": time.time()}
        with self.catalog.transaction():
            for old in replacing:
                self.catalog.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [old])
            self.catalog.db[TABLE].upsert(row, pk="id")

    def _rows(self, kind: str) -> list[tuple[str, str]]:
        sql = f"SELECT id, data FROM {TABLE} WHERE kind = ? ORDER BY lower(title), created"
        return self.catalog.db.execute(sql, [kind]).fetchall()

    def save_pack(self, pack: Pack, title: str | None = None) -> Pack:
        """Keep ``pack`` as a template (without date, start, place and group); return it."""
        template = replace(
            pack, id=new_id(), title=title or pack.title, date=None, start=None, place="", group=""
        )
        self._put(template.id, "pack", template.title, pack_to_dict(template))
        return template

    def packs(self) -> list[Pack]:
        """The pack templates, by title."""
        return [pack_from_dict(json.loads(data)) for _id, data in self._rows("pack")]

    def template(self, key: str) -> Pack:
        """The pack template with id ``key``, or else the one titled ``key``."""
        found = [t for t in self.packs() if t.id == key] or [t for t in self.packs() if t.title == key]
        if not found:
            raise NotFoundError(_("sjabloon '{id}' bestaat niet").format(id=key))
        return found[0]

    def add(self, template: Pack, clash: str = "ask") -> Pack:
        """Store an imported template. When one has its title, ``clash`` says what to do:
        ``ask`` raises ``NameClashError`` (nothing stored), ``replace`` takes the old one's
        place, ``rename`` keeps both ("Titel (2)")."""
        same = [t for t in self.packs() if t.title.casefold() == template.title.casefold()]
        title = template.title
        if same and clash == "ask":
            msg = _("er is al een sjabloon '{title}'").format(title=title)
            raise NameClashError(msg, title)
        if same and clash == "rename":
            taken = {t.title.casefold() for t in self.packs()}
            title = next(
                f"{title} ({n})" for n in range(2, 10_000) if f"{title} ({n})".casefold() not in taken
            )
        stored = replace(template, id=new_id(), title=title, date=None, start=None, place="", group="")
        replacing = tuple(t.id for t in same) if clash == "replace" else ()
        self._put(stored.id, "pack", stored.title, pack_to_dict(stored), replacing)
        return stored

    def new_pack(self, template_id: str, title: str = "") -> Pack:
        """A new pack (not stored) with the blocks of the template ``template_id``."""
        template = next((t for t in self.packs() if t.id == template_id), None)
        if template is None:
            raise NotFoundError(_("sjabloon '{id}' bestaat niet").format(id=template_id))
        now = time.time()
        return replace(template, id=new_id(), title=title or template.title, created=now, modified=now)

    def save_block(self, block: Block) -> SavedBlock:
        """Keep ``block`` in the block library."""
        saved = SavedBlock(new_id(), block, time.time())
        self._put(saved.id, "block", block.title, {**asdict(block), "items": list(block.items)})
        return saved

    def blocks(self) -> list[SavedBlock]:
        """The saved blocks, by title."""
        found = []
        for item_id, data in self._rows("block"):
            raw = json.loads(data)
            block = Block(
                raw["title"],
                int(raw["minutes"]),
                raw["kind"],
                raw.get("instructions", ""),
                tuple(raw.get("items", ())),
                tuple(raw.get("options", ())),
            )
            found.append(SavedBlock(item_id, block))
        return found

    def delete(self, item_id: str) -> None:
        """Delete a pack template or a saved block."""
        with self.catalog.transaction():
            self.catalog.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [item_id])
