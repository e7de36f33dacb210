"""The catalog: migrations, favourites and recent items, transactions, and one connection per thread."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from goedwerk.core.errors import CatalogError
from goedwerk.core.store.catalog import Catalog
from goedwerk.core.store.migrations import MIGRATIONS


def test_a_new_catalog_is_at_the_newest_version_and_private(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    assert catalog.schema_version == len(MIGRATIONS)
    assert {"files", "favourites", "recent", "packs", "reflections", "value_sorts", "workshop_runs"} <= set(
        catalog.db.table_names()
    )
    assert (tmp_path / "c.sqlite").stat().st_mode & 0o777 == 0o600
    catalog.close()


def test_favourites_and_recent_items_per_library(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    catalog.set_favourite("lib", "story", "a", True)
    catalog.set_favourite("lib", "value", "b", True)
    catalog.set_favourite("other", "story", "c", True)
    catalog.set_favourite("lib", "story", "a", False)
    assert catalog.favourites("lib") == [("value", "b")]
    catalog.mark_opened("lib", "story", "x")
    catalog.mark_opened("lib", "story", "y")
    assert catalog.recent("lib", limit=1) == [("story", "y")]
    catalog.close()


def test_a_failed_transaction_keeps_nothing(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    with pytest.raises(ZeroDivisionError), catalog.transaction():
        catalog.db.execute("INSERT INTO favourites VALUES ('lib', 'story', 'a', 0)")
        raise ZeroDivisionError
    assert catalog.favourites("lib") == []
    catalog.close()


def test_every_thread_gets_its_own_connection(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    errors: list[BaseException] = []

    def work(number: int) -> None:
        try:
            for item in range(20):
                catalog.set_favourite("lib", "story", f"{number}-{item}", True)
            catalog.favourites("lib")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert len(catalog.favourites("lib")) == 80
    catalog.favourites("lib")  # a new connection closes those of the finished threads
    done = threading.Thread(target=lambda: catalog.favourites("lib"))
    done.start()
    done.join(10)
    assert len(catalog._connections) <= 2  # this thread's and the last one's
    catalog.close()


def test_a_catalog_of_a_newer_version_is_refused(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    catalog.db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    catalog.close()
    with pytest.raises(CatalogError, match="nieuwere versie"):
        Catalog(tmp_path / "c.sqlite")


def test_opening_waits_while_another_process_writes_a_not_yet_wal_catalog(tmp_path: Path) -> None:
    """Switching to WAL gets "database is locked" at once, without SQLite's busy wait, while
    another connection holds a write lock on a rollback-journal file: the second of two
    processes starting on a fresh data folder failed that way (CI, four builders at once)."""
    path = tmp_path / "catalog.sqlite"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE other_process (x)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO other_process VALUES (1)")
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    try:
        catalog = Catalog(path)  # failed at once with CatalogUnavailableError "database is locked"
        assert catalog.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert catalog.schema_version == len(MIGRATIONS)
        catalog.close()
    finally:
        release.join()
        other.close()
