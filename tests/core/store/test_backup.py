"""Catalog backups at start: rotation, the integrity check, setting aside and restoring."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from goedwerk.core.errors import CatalogError, CatalogUnavailableError
from goedwerk.core.reflections.store import Reflection, ReflectionStore
from goedwerk.core.store.backup import (
    KEEP,
    backup_time,
    backups,
    check_and_backup,
    integrity_problem,
    make_backup,
    restore_latest,
    set_aside_catalogs,
)
from goedwerk.core.store.catalog import CATALOG_NAME
from goedwerk.core.workspace import Workspace
from tests.fulldisk import needs_full_disk, run_on_full_disk


def write_reflection(library: Path, data: Path, text: str) -> None:
    ws = Workspace(library, data)
    ReflectionStore(ws.catalog).save(Reflection(pack_title="Teamsessie", happened=text))
    ws.close()


def stored_texts(library: Path, data: Path) -> list[str]:
    ws = Workspace(library, data)
    texts = sorted(r.happened for r in ReflectionStore(ws.catalog).all())
    ws.close()
    return texts


def damage(path: Path, how: str) -> None:
    """Spoil a closed catalog: its header, or pages in the middle."""
    raw = bytearray(path.read_bytes())
    if how == "header":
        raw[:100] = b"\xde\xad" * 50
    else:
        page = 4096
        for start in range(page, len(raw), page * 2):
            raw[start : start + page] = b"\xff" * page
    path.write_bytes(bytes(raw))


def test_no_catalog_yet_means_nothing_to_do(tmp_path: Path) -> None:
    report = check_and_backup(tmp_path / "data")
    assert report.healthy and report.backup is None and report.message() == ""


def test_a_start_backs_up_privately_and_skips_when_nothing_changed(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Eerste sessie.")
    first = check_and_backup(data).backup
    assert first is not None and backups(data) == [first]
    assert check_and_backup(data).backup == first  # nothing changed: no second copy
    assert backups(data) == [first]
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert integrity_problem(first) == ""

    write_reflection(mini_library, data, "Tweede sessie.")
    second = check_and_backup(data).backup
    assert second != first and backups(data) == [second]  # the same day keeps its newest copy only


def test_backups_keep_the_newest_copy_of_each_day_for_a_week(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Elke dag.")
    catalog = data / CATALOG_NAME
    made = []
    for day in range(1, KEEP + 4):
        for hour in (9, 17):
            made.append(make_backup(catalog, data, now=datetime(2026, 3, day, hour)))
    kept = backups(data)
    assert len(kept) == KEEP
    assert kept == sorted(made[-2 * KEEP + 1 :: 2], reverse=True)  # the 17:00 copy of the last seven days
    assert all(backup_time(p).hour == 17 for p in kept)


def test_a_backup_holds_the_users_data_but_not_the_content_cache(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws = Workspace(mini_library, data)
    ws.load()
    ReflectionStore(ws.catalog).save(Reflection(pack_title="Teamsessie", happened="Bewaard."))
    ws.set_favourite("story", "de-nota", True)
    ws.close()
    backup = check_and_backup(data).backup
    conn = sqlite3.connect(backup)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("files", "favourites")}
    conn.close()
    assert counts == {"files": 0, "favourites": 1}
    assert backup.stat().st_size < (data / CATALOG_NAME).stat().st_size

    restore_latest(data)
    assert stored_texts(mini_library, data) == ["Bewaard."]
    restored = Workspace(mini_library, data)
    assert restored.library.get("story", "de-nota") is not None  # the cache is simply made again
    assert restored.favourites() == [("story", "de-nota")]
    restored.close()


@pytest.mark.parametrize("how", ["header", "pages"])
def test_a_damaged_catalog_is_set_aside_and_restored_from_the_backup(
    mini_library: Path, tmp_path: Path, how: str
) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Voor de reservekopie.")
    assert check_and_backup(data).backup is not None
    write_reflection(mini_library, data, "Na de reservekopie.")
    catalog = data / CATALOG_NAME
    damage(catalog, how)
    spoiled = catalog.read_bytes()

    report = check_and_backup(data)
    assert not report.healthy and report.needs_restore
    assert report.set_aside is not None and report.set_aside.read_bytes() == spoiled  # kept, not deleted
    assert not catalog.exists()
    message = report.message()
    assert "beschadigd" in message and report.set_aside.name in message and "reservekopie" in message

    assert restore_latest(data) == report.latest_good
    assert stored_texts(mini_library, data) == ["Voor de reservekopie."]
    assert stat.S_IMODE(catalog.stat().st_mode) == 0o600
    assert check_and_backup(data).healthy


def test_without_a_good_backup_the_message_says_the_catalog_starts_empty(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Zonder reservekopie.")
    damage(data / CATALOG_NAME, "header")
    report = check_and_backup(data)
    assert not report.healthy and not report.needs_restore
    assert "geen goede reservekopie" in report.message()
    with pytest.raises(CatalogError):
        restore_latest(data)
    assert stored_texts(mini_library, data) == []  # a fresh catalog opens
    assert report.set_aside is not None and report.set_aside.exists()


def test_restoring_sets_a_catalog_in_the_way_aside_instead_of_overwriting(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Oud.")
    check_and_backup(data)
    write_reflection(mini_library, data, "Nieuw.")
    restore_latest(data)
    assert stored_texts(mini_library, data) == ["Oud."]
    aside = [p for p in data.iterdir() if ".vervangen-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1
    assert not any(".beschadigd-" in p.name for p in data.iterdir())


def test_an_empty_catalog_file_is_damage_and_the_good_backup_is_offered(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Goed bewaard.")
    assert check_and_backup(data).backup is not None
    (data / CATALOG_NAME).write_bytes(b"")  # a sync tool or a crash left 0 bytes

    report = check_and_backup(data)
    assert not report.healthy and report.needs_restore and report.backup is None
    assert report.set_aside is not None and report.set_aside.read_bytes() == b""
    assert "leeg" in report.message() and report.set_aside.name in report.message()
    restore_latest(data)
    assert stored_texts(mini_library, data) == ["Goed bewaard."]


def test_a_catalog_without_tables_is_damage(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Goed bewaard.")
    check_and_backup(data)
    catalog = data / CATALOG_NAME
    catalog.unlink()
    sqlite3.connect(catalog).execute("PRAGMA user_version=0").connection.close()
    report = check_and_backup(data)
    assert not report.healthy and "geen tabellen" in report.message()


def test_a_catalog_with_fewer_rows_than_its_backup_is_damage_but_a_deletion_is_not(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Eerste.")
    catalog = data / CATALOG_NAME
    older = catalog.read_bytes()
    write_reflection(mini_library, data, "Tweede.")
    assert check_and_backup(data).healthy
    ws = Workspace(mini_library, data)
    pack = ws.packs.new("Weg ermee")
    ws.close()
    assert check_and_backup(data).healthy
    ws = Workspace(mini_library, data)
    ws.packs.delete(pack.id)  # a deletion the user asked for is recorded, not damage
    ws.close()
    assert check_and_backup(data).healthy

    catalog.write_bytes(older)  # an old copy of the same catalog put back behind our back
    for suffix in ("-wal", "-shm"):
        catalog.with_name(catalog.name + suffix).unlink(missing_ok=True)
    report = check_and_backup(data)
    assert not report.healthy and report.needs_restore
    assert "minder" in report.message()
    restore_latest(data)
    assert stored_texts(mini_library, data) == ["Eerste.", "Tweede."]
    assert check_and_backup(data).healthy  # the restored catalog is not reported again


def test_a_missing_catalog_with_backups_holding_data_is_reported(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Goed bewaard.")
    check_and_backup(data)
    (data / CATALOG_NAME).unlink()
    report = check_and_backup(data)
    assert not report.healthy and report.needs_restore and "ontbreekt" in report.message()


def test_rotation_never_removes_the_last_backup_that_holds_user_data(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    ws = Workspace(mini_library, data)
    pack = ws.packs.new("Het enige pakket")
    ws.close()
    first = check_and_backup(data).backup
    ws = Workspace(mini_library, data)
    ws.packs.delete(pack.id)  # the user empties the catalog; later days back up nothing
    ws.close()
    for day in range(1, KEEP + 4):  # one backup a day is kept: each of these is a later day
        make_backup(data / CATALOG_NAME, data, now=datetime.now() + timedelta(days=day))
    assert check_and_backup(data).healthy
    kept = backups(data)
    assert first in kept and len(kept) == KEEP + 1


def test_a_read_error_that_is_not_damage_never_sets_the_catalog_aside(
    mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Blijft staan.")
    check_and_backup(data)
    real_connect = sqlite3.connect

    def failing(*args: object, **kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 10  # SQLITE_IOERR
        raise error

    monkeypatch.setattr(sqlite3, "connect", failing)
    with pytest.raises(CatalogUnavailableError) as raised:
        check_and_backup(data)
    assert not raised.value.disk_full and "niets veranderd" in str(raised.value)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert (data / CATALOG_NAME).exists() and not set_aside_catalogs(data)
    assert stored_texts(mini_library, data) == ["Blijft staan."]


FULL_DISK_SCRIPT = """
import shutil
from goedwerk.core.errors import CatalogUnavailableError
from goedwerk.core.store.backup import check_and_backup, set_aside_catalogs
for name in os.listdir(ARGS[0]):
    shutil.copy2(os.path.join(ARGS[0], name), MOUNT / name)
fill()
try:
    check_and_backup(MOUNT)
    print("no error")
except CatalogUnavailableError as exc:
    print("full" if exc.disk_full else "other", exc)
print("aside", len(set_aside_catalogs(MOUNT)), "size", (MOUNT / "catalog.sqlite").stat().st_size > 0)
unfill()
report = check_and_backup(MOUNT)
print("after", report.healthy, report.backup is not None)
"""


@needs_full_disk
def test_a_full_disk_says_so_and_sets_nothing_aside(mini_library: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    write_reflection(mini_library, source, "Op een volle schijf.")
    lines = run_on_full_disk(FULL_DISK_SCRIPT, tmp_path / "full", str(source))
    assert lines[0].startswith("full") and "de schijf is vol" in lines[0]
    assert lines[1] == "aside 0 size True"
    assert lines[2] == "after True True"
