"""Upgrades: a newer app backs up an older catalog and migrates it; an older app refuses a newer one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from goedwerk.core.errors import CatalogError
from goedwerk.core.store import catalog as catalog_mod
from goedwerk.core.store.catalog import CATALOG_NAME, MIGRATIONS, Catalog
from goedwerk.core.workspace import Workspace


def old_catalog(path: Path, version: int) -> None:
    """A catalog as an app with only the first ``version`` migrations left it, with one pack."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    for number, migration in enumerate(MIGRATIONS[:version], start=1):
        migration(db)
        db.execute(f"PRAGMA user_version={number}")
    db["packs"].insert(
        {
            "id": "p-oud",
            "title": "Oude sessie",
            "date": "2025-03-01",
            "modified": 1.0,
            "data": '{"id": "p-oud", "title": "Oude sessie", "date": "2025-03-01", "blocks": []}',
        }
    )
    db.conn.close()


def version_of(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_an_older_catalog_is_backed_up_then_migrated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    old_catalog(data / CATALOG_NAME, 2)
    catalog = Catalog(data / CATALOG_NAME)
    try:
        assert catalog.schema_version == len(MIGRATIONS)
        assert [p.title for p in catalog.list_packs()] == ["Oude sessie"]  # the user's pack survived
        assert catalog.db["reflections"].exists()  # a table of a later migration
    finally:
        catalog.close()
    backups = sorted((data / "backups").glob("upgrade-v2-to-v*.sqlite"))
    assert len(backups) == 1 and backups[0].name.startswith(f"upgrade-v2-to-v{len(MIGRATIONS)}-")
    assert version_of(backups[0]) == 2  # the backup is the catalog as it was
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT title FROM packs").fetchall() == [("Oude sessie",)]
    conn.close()
    assert backups[0].stat().st_mode & 0o077 == 0
    Catalog(data / CATALOG_NAME).close()  # opening it again: up to date, no second backup
    assert len(list((data / "backups").glob("upgrade-*.sqlite"))) == 1


def test_a_fresh_catalog_needs_no_backup(tmp_path: Path) -> None:
    Catalog(tmp_path / "data" / CATALOG_NAME).close()
    assert not (tmp_path / "data" / "backups").exists()


def newer_catalog(path: Path) -> bytes:
    old_catalog(path, len(MIGRATIONS))
    conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    conn.close()
    return path.read_bytes()


def test_an_older_app_refuses_a_newer_catalog_and_changes_nothing(tmp_path: Path, mini_library: Path) -> None:
    data = tmp_path / "data"
    before = newer_catalog(data / CATALOG_NAME)
    files_before = sorted(p.name for p in data.iterdir())
    mtime = (data / CATALOG_NAME).stat().st_mtime_ns
    with pytest.raises(CatalogError) as refused:
        Workspace(mini_library, data)
    message = str(refused.value)
    assert "nieuwere versie van Goed Werk" in message and "Er is niets aan veranderd" in message
    assert f"schema {len(MIGRATIONS) + 1}" in message
    assert (data / CATALOG_NAME).read_bytes() == before
    assert (data / CATALOG_NAME).stat().st_mtime_ns == mtime
    assert sorted(p.name for p in data.iterdir()) == files_before  # no backup, no -wal, nothing new


def test_the_command_line_says_so_and_exits_1(tmp_path: Path, mini_library: Path) -> None:
    data = tmp_path / "data"
    before = newer_catalog(data / CATALOG_NAME)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "goedwerk",
            "pack",
            "list",
            "--data-dir",
            str(data),
            "--library",
            str(mini_library),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert "goedwerk: De catalogus" in done.stderr and "nieuwere versie" in done.stderr
    assert "Traceback" not in done.stderr
    assert (data / CATALOG_NAME).read_bytes() == before


def test_the_migration_list_is_what_the_schema_version_counts(tmp_path: Path) -> None:
    assert catalog_mod._schema_version(tmp_path / "nothing.sqlite") == 0
    old_catalog(tmp_path / "c.sqlite", 3)
    assert catalog_mod._schema_version(tmp_path / "c.sqlite") == 3


def test_the_parsed_files_leave_the_catalog_and_its_file_shrinks(tmp_path: Path) -> None:
    path = tmp_path / "data" / CATALOG_NAME
    old_catalog(path, 10)
    db = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    rows = ({"library": "k", "path": f"practice/s{n}.md", "kind": "story", "size": 1, "mtime_ns": 2,
             "sha": f"h{n}", "parsed": "x" * 4000} for n in range(500))  # fmt: skip
    db["files"].insert_all(rows)
    db.conn.close()
    before = path.stat().st_size
    catalog = Catalog(path)
    try:
        assert catalog.file_hashes("k")["practice/s7.md"] == ("story", 1, 2, "h7")  # what tells a change
        assert "parsed" not in catalog.db["files"].columns_dict
        assert [p.title for p in catalog.list_packs()] == ["Oude sessie"]
    finally:
        catalog.close()
    assert path.stat().st_size * 4 < before  # the 2 MB of parses are not kept as free pages
