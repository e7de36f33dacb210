"""Every table of the catalog and every schema version, in one place.

``MIGRATIONS[n]`` brings a catalog from schema version ``n`` to ``n + 1``; the catalog runs each
in one transaction and records the version in ``PRAGMA user_version``. A migration is history:
it is never edited once released (a change is a new migration), so it names its columns here
instead of importing them from the modules that use the tables.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

_PROMPTS = ("happened", "impact", "insight", "plan")  # the four reflection prompts


def _v1(db: sqlite_utils.Database) -> None:
    db["files"].create(
        {
            "library": str,
            "path": str,
            "kind": str,
            "size": int,
            "mtime_ns": int,
            "sha": str,
            "parsed": str,
        },
        pk=("library", "path"),
    )
    db["items"].create(
        {"library": str, "kind": str, "id": str, "title": str, "path": str, "data": str},
        pk=("library", "kind", "id"),
    )
    db["favourites"].create(
        {"library": str, "kind": str, "id": str, "created": float}, pk=("library", "kind", "id")
    )
    db["recent"].create(
        {"library": str, "kind": str, "id": str, "opened": float}, pk=("library", "kind", "id")
    )
    db["recent"].create_index(["library", "opened"])


def _v2(db: sqlite_utils.Database) -> None:
    # Packs belong to the data directory, not to one library: a pack outlives a library switch.
    db["packs"].create({"id": str, "title": str, "date": str, "modified": float, "data": str}, pk="id")
    db["packs"].create_index(["date", "title"])


def _v3_reflections(db: sqlite_utils.Database) -> None:
    # Reflections and value sorts keep their pack's id and title without a foreign key, so
    # deleting a pack never deletes them.
    text = ("id", "pack_id", "pack_title", "block_title", "date", *_PROMPTS, "themes", "value_ids")
    columns: dict[str, type] = {name: str for name in text}
    columns |= {"block_index": int, "actions": str, "created": float, "modified": float}
    db["reflections"].create(columns, pk="id")
    db["reflections"].create_index(["pack_id", "block_index"])
    db["reflections"].create_index(["date"])
    db["value_sorts"].create(
        {
            "id": str,
            "pack_id": str,
            "pack_title": str,
            "title": str,
            "deck": str,
            "placements": str,
            "created": float,
            "modified": float,
        },
        pk="id",
    )
    db["value_sorts"].create_index(["pack_id", "modified"])


def _v4_workshop_runs(db: sqlite_utils.Database) -> None:
    # Saved workshop runs, one per pack, to resume a session after a restart.
    db["workshop_runs"].create({"pack_id": str, "data": str, "updated": float}, pk="pack_id")


def _v5_drop_items(db: sqlite_utils.Database) -> None:
    # The items table of version 1 was written at every load and never read.
    db["items"].drop(ignore=True)


def _v6_reflection_source(db: sqlite_utils.Database) -> None:
    # Reflections imported from a harvest bundle carry the label of where they come from.
    db.execute("ALTER TABLE reflections ADD COLUMN source TEXT NOT NULL DEFAULT ''")
    db["reflections"].create_index(["source"])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1,
    _v2,
    _v3_reflections,
    _v4_workshop_runs,
    _v5_drop_items,
    _v6_reflection_source,
]
