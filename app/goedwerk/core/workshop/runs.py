"""Saved workshop runs in the catalog: one row per pack, so a run can be resumed after a restart.

The data is ``WorkshopSession.to_dict()`` as JSON. The table is made by the catalog migration
``_v4_workshop_runs`` (schema version 4) in ``goedwerk.core.store.migrations``.
"""

from __future__ import annotations

import json
import logging
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from goedwerk.core.store.catalog import Catalog

logger = logging.getLogger(__name__)

TABLE = "workshop_runs"


class RunStore:
    """The saved workshop runs of a catalog, one per pack (``ws.runs``)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def save(self, pack_id: str, state: dict[str, Any]) -> None:
        """Store (insert or replace) the run of pack ``pack_id``."""
        save_run(self.catalog, pack_id, state)

    def load(self, pack_id: str) -> dict[str, Any] | None:
        """The stored run of pack ``pack_id``, or None."""
        return load_run(self.catalog, pack_id)

    def started(self) -> set[str]:
        """The ids of the packs whose saved run actually began (time ran or a block was passed)."""
        return started_runs(self.catalog)

    def clear(self, pack_id: str) -> None:
        """Forget the stored run of pack ``pack_id``."""
        clear_run(self.catalog, pack_id)


def save_run(catalog: Catalog, pack_id: str, state: dict[str, Any]) -> None:
    """Store (insert or replace) the run of pack ``pack_id`` in one transaction."""
    data = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    with catalog.transaction():
        catalog.db.execute(
            f"INSERT OR REPLACE INTO {TABLE} (pack_id, data, updated) VALUES (?, ?, ?)",
            [pack_id, data, time.time()],
        )


def load_run(catalog: Catalog, pack_id: str) -> dict[str, Any] | None:
    """The stored run of pack ``pack_id``, or None (also when the stored data is unreadable)."""
    row = catalog.db.execute(f"SELECT data FROM {TABLE} WHERE pack_id = ?", [pack_id]).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
    except (TypeError, ValueError):
        logger.warning("unreadable saved workshop run for pack %s; ignored", pack_id)
        return None
    return data if isinstance(data, dict) else None


def started_runs(catalog: Catalog) -> set[str]:
    """The packs whose saved run has elapsed time or moved past its first block."""
    rows = catalog.db.execute(f"SELECT pack_id, data FROM {TABLE}").fetchall()  # a read: no write lock
    found = set()
    for pack_id, text in rows:
        try:
            data = json.loads(text)
            began = data.get("block", 0) > 0 or sum(data.get("elapsed", ())) > 0
        except (TypeError, ValueError, AttributeError):
            continue
        if began:
            found.add(pack_id)
    return found


def clear_run(catalog: Catalog, pack_id: str) -> None:
    """Forget the stored run of pack ``pack_id`` (nothing happens when there is none)."""
    with catalog.transaction():
        catalog.db.execute(f"DELETE FROM {TABLE} WHERE pack_id = ?", [pack_id])
