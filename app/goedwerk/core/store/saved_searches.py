"""Saved searches: a query and its filters under a name, kept in the catalog per library.

The table is made by the catalog migration ``_v6_notes_searches_templates``. Filters are
stored as JSON (facet name -> list of values). A deleted search is returned whole, so
``restore`` can undo the deletion.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from goedwerk.core.errors import NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import new_id

if TYPE_CHECKING:
    from goedwerk.core.store.catalog import Catalog

TABLE = "saved_searches"


@dataclass(frozen=True)
class SavedSearch:
    """A named query with its filters."""

    id: str
    name: str
    query: str
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    created: float = 0


class SavedSearchStore:
    """The saved searches of one library in a catalog (``ws.saved_searches``)."""

    def __init__(self, catalog: Catalog, library: str) -> None:
        self.catalog, self.library = catalog, library

    def add(self, name: str, query: str, filters: dict[str, tuple[str, ...]]) -> SavedSearch:
        """Save ``query`` with ``filters`` under ``name``."""
        clean = {k: tuple(v) for k, v in filters.items() if v}
        return self.restore(SavedSearch(new_id(), name.strip() or query, query, clean, time.time()))

    def restore(self, saved: SavedSearch) -> SavedSearch:
        """Store ``saved`` as it is (insert or replace)."""
        row = {
            "id": saved.id,
            "library": self.library,
            "name": saved.name,
            "query": saved.query,
            "filters": json.dumps({k: list(v) for k, v in saved.filters.items()}, ensure_ascii=False),
            "created": saved.created,
        }
        with self.catalog.transaction():
            self.catalog.db[TABLE].upsert(row, pk="id")
        return saved

    def list(self) -> list[SavedSearch]:
        """Every saved search of the library, by name."""
        rows = self.catalog.db.execute(
            f"SELECT id, name, query, filters, created FROM {TABLE} WHERE library = ?", [self.library]
        ).fetchall()
        found = [SavedSearch(i, n, q, _filters(f), c) for i, n, q, f, c in rows]
        return sorted(found, key=lambda s: (s.name.casefold(), s.created))

    def get(self, search_id: str) -> SavedSearch:
        """The saved search ``search_id``; raise ``NotFoundError`` when there is none."""
        found = next((s for s in self.list() if s.id == search_id), None)
        if found is None:
            raise NotFoundError(_("bewaarde zoekopdracht '{id}' bestaat niet").format(id=search_id))
        return found

    def rename(self, search_id: str, name: str) -> SavedSearch:
        """Give the saved search ``search_id`` a new name."""
        saved = self.get(search_id)
        return self.restore(
            SavedSearch(saved.id, name.strip() or saved.name, saved.query, saved.filters, saved.created)
        )

    def delete(self, search_id: str) -> SavedSearch:
        """Delete a saved search and return it (for ``restore``)."""
        saved = self.get(search_id)
        with self.catalog.transaction():
            self.catalog.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [search_id])
        return saved


def _filters(text: str) -> dict[str, tuple[str, ...]]:
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return (
        {str(k): tuple(str(v) for v in values) for k, values in data.items()}
        if isinstance(data, dict)
        else {}
    )
