"""Private notes on library items, kept in the catalog per library (``ws.notes``).

The table is made by the catalog migration ``_v6_notes_searches_templates``. An empty note is no note: saving
one deletes the row. Notes are matched word by word, ignoring case and accents.
"""

from __future__ import annotations

import time
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from goedwerk.core.store.catalog import Catalog

TABLE = "item_notes"


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NoteStore:
    """The notes of one library in a catalog; refs are ``kind:id``."""

    def __init__(self, catalog: Catalog, library: str) -> None:
        self.catalog, self.library = catalog, library

    def set(self, ref: str, text: str) -> None:
        """Store the note on ``ref`` (an empty or blank text removes it)."""
        kind, _sep, item_id = ref.partition(":")
        with self.catalog.transaction():
            if text.strip():
                row = {"library": self.library, "kind": kind, "id": item_id, "text": text}
                self.catalog.db[TABLE].upsert({**row, "modified": time.time()}, pk=("library", "kind", "id"))
            else:
                self.catalog.db.execute(
                    f"DELETE FROM {TABLE} WHERE library = ? AND kind = ? AND id = ?",
                    [self.library, kind, item_id],
                )

    def get(self, ref: str) -> str:
        """The note on ``ref``, or ""."""
        kind, _sep, item_id = ref.partition(":")
        row = self.catalog.db.execute(
            f"SELECT text FROM {TABLE} WHERE library = ? AND kind = ? AND id = ?",
            [self.library, kind, item_id],
        ).fetchone()
        return row[0] if row else ""

    def all(self) -> dict[str, str]:
        """Every note of the library by ref, most recently changed first."""
        rows = self.catalog.db.execute(
            f"SELECT kind, id, text FROM {TABLE} WHERE library = ? ORDER BY modified DESC", [self.library]
        ).fetchall()
        return {f"{kind}:{item_id}": text for kind, item_id, text in rows}

    def matching(self, query: str) -> list[str]:
        """The refs whose note holds every word of ``query``."""
        words = [w for w in (_folded(part).strip('"*?') for part in query.split()) if w]
        if not words:
            return []
        return [ref for ref, text in self.all().items() if all(w in _folded(text) for w in words)]
