"""Every table of the catalog and every schema version, in one place.

``MIGRATIONS[n]`` brings a catalog from schema version ``n`` to ``n + 1``; the catalog runs each
in one transaction and records the version in ``PRAGMA user_version``. A migration is history:
it is never edited once released (a change is a new migration), so it names its columns here
instead of importing them from the modules that use the tables.
"""

from __future__ import annotations

import uuid
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


def _v6_votes(db: sqlite_utils.Database) -> None:
    # The hands per option of a vote block, one row per workshop run and block.
    text = ("id", "run_id", "pack_id", "pack_title", "block_title", "date", "options", "counts")
    columns: dict[str, type] = {name: str for name in text}
    columns |= {"block_index": int, "modified": float}
    db["votes"].create(columns, pk="id")
    db["votes"].create_index(["run_id"])
    db["votes"].create_index(["pack_id", "date"])


# The tables that hold what the user made (the others are a cache of the library).
_V7_TABLES = ("packs", "reflections", "value_sorts", "favourites", "recent", "workshop_runs", "votes")
_V8_TABLES = ("item_notes", "saved_searches", "templates")
USER_TABLES = (*_V7_TABLES, *_V8_TABLES)
META_TABLE = "catalog_meta"


def _v7_guard(db: sqlite_utils.Database) -> None:
    """An id for this catalog and a count of deleted user rows, kept by triggers.

    A catalog with fewer user rows (plus recorded deletions) than its own newest backup has
    lost data without the user deleting it; ``goedwerk.core.store.backup`` tells them so.
    """
    db.execute(f"CREATE TABLE {META_TABLE} (key TEXT PRIMARY KEY, value)")
    db.execute(f"INSERT INTO {META_TABLE} VALUES ('id', ?), ('removed', 0)", [uuid.uuid4().hex])
    for table in _V7_TABLES:
        db.execute(
            f"CREATE TRIGGER {table}_removed AFTER DELETE ON {table} BEGIN "
            f"UPDATE {META_TABLE} SET value = value + 1 WHERE key = 'removed'; END"
        )


def _v8_notes_searches_templates(db: sqlite_utils.Database) -> None:
    # A user's private note on a library item (story, card, question, guide), per library.
    db["item_notes"].create(
        {"library": str, "kind": str, "id": str, "text": str, "modified": float},
        pk=("library", "kind", "id"),
    )
    # A query with its filters (JSON) saved under a name, per library.
    db["saved_searches"].create(
        {"id": str, "library": str, "name": str, "query": str, "filters": str, "created": float}, pk="id"
    )
    db["saved_searches"].create_index(["library", "name"])
    # The user's own templates: whole packs (kind "pack") and single blocks (kind "block"), as JSON.
    db["templates"].create({"id": str, "kind": str, "title": str, "data": str, "created": float}, pk="id")
    for table in _V8_TABLES:  # deleting them counts as deleting user data too (see _v7_guard)
        db.execute(
            f"CREATE TRIGGER {table}_removed AFTER DELETE ON {table} BEGIN "
            f"UPDATE {META_TABLE} SET value = value + 1 WHERE key = 'removed'; END"
        )


def _v9_parse_again(db: sqlite_utils.Database) -> None:
    # The parser now keeps a story's notes and short version apart and reads guides: the cached
    # parse of every library file is dropped, so the next start parses each file once more.
    db.execute("DELETE FROM files")


def _v10_reflection_source(db: sqlite_utils.Database) -> None:
    # Reflections imported from a harvest bundle carry the label of where they come from.
    db.execute("ALTER TABLE reflections ADD COLUMN source TEXT NOT NULL DEFAULT ''")
    db["reflections"].create_index(["source"])


def _v11_parse_in_library_cache(db: sqlite_utils.Database) -> None:
    # Each file's parse lives in the library cache beside the index, not twice over: the
    # catalog keeps what tells a changed file (size, time, content hash). A file whose parse
    # the cache does not hold yet is parsed once more at the next load that needs it.
    db.execute("ALTER TABLE files DROP COLUMN parsed")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1,
    _v2,
    _v3_reflections,
    _v4_workshop_runs,
    _v5_drop_items,
    _v6_votes,
    _v7_guard,  # catalog id and deletion count, to tell lost data from deleted data
    _v8_notes_searches_templates,  # private notes, saved searches, own templates
    _v9_parse_again,  # story sections and guides: parse every library file once more
    _v10_reflection_source,  # where an imported reflection comes from
    _v11_parse_in_library_cache,  # the parsed files leave the catalog for the library cache
]
