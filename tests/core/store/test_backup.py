"""Catalog backups at start: rotation, the integrity check, setting aside and restoring."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from goedwerk.core.errors import CatalogError
from goedwerk.core.reflections.store import Reflection, ReflectionStore
from goedwerk.core.store.backup import (
    KEEP,
    backups,
    check_and_backup,
    integrity_problem,
    restore_latest,
)
from goedwerk.core.store.catalog import CATALOG_NAME
from goedwerk.core.workspace import Workspace


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


def test_each_start_makes_a_private_backup_and_keeps_the_last_seven(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    write_reflection(mini_library, data, "Eerste sessie.")
    made = [check_and_backup(data).backup for _ in range(KEEP + 2)]
    kept = backups(data)
    assert len(kept) == KEEP
    assert kept == sorted(made[-KEEP:], reverse=True)  # the oldest two are gone
    assert stat.S_IMODE(kept[0].parent.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)
    assert integrity_problem(kept[0]) == ""


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
