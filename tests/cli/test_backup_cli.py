"""``goedwerk backup list|now|restore`` and every command refusing a damaged catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk.cli import main
from goedwerk.core.store.catalog import CATALOG_NAME


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stored(capsys, mini_library: Path, tmp_path: Path) -> Path:
    """A data directory with one imported pack and one backup of it."""
    data = tmp_path / "data"
    pack = Path(__file__).parents[1] / "data" / "packs" / "teamsessie.pack.yaml"
    code, _out, err = run(
        capsys, "--library", str(mini_library), "--data-dir", str(data), "pack", "import", str(pack)
    )
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", str(data), "backup", "now")
    assert code == 0, err
    assert Path(out.strip()).parent == data / "backups"
    return data


def test_backup_list_shows_each_backup_with_its_state(capsys, stored: Path) -> None:
    code, out, _err = run(capsys, "--data-dir", str(stored), "backup", "list")
    assert code == 0
    (line,) = out.splitlines()
    assert line.startswith("catalog-") and "1 eigen gegevens" in line and "(goed)" in line


def test_every_command_on_a_damaged_catalog_exits_1_naming_both_files(
    capsys, stored: Path, mini_library: Path
) -> None:
    (stored / CATALOG_NAME).write_bytes(b"")
    lib = ("--library", str(mini_library), "--data-dir", str(stored))
    code, _out, err = run(capsys, *lib, "pack", "list")
    assert code == 1
    (aside,) = (
        p for p in stored.glob(f"{CATALOG_NAME}.beschadigd-*") if not p.name.endswith(("-wal", "-shm"))
    )
    newest = next((stored / "backups").glob("catalog-*.sqlite"))
    assert aside.name in err and newest.name in err and "goedwerk backup restore" in err
    for argv in (("search", "nota"), ("reindex",), ("pack", "list")):  # now missing: still refused
        code, out, err = run(capsys, *lib, *argv)
        assert code == 1 and "ontbreekt" in err and newest.name in err, argv

    code, out, _err = run(capsys, "--data-dir", str(stored), "backup", "list")
    assert aside.name in out and "opzijgezet" in out
    code, out, err = run(capsys, "--data-dir", str(stored), "backup", "restore")
    assert code == 0 and newest.name in out
    code, out, err = run(capsys, *lib, "pack", "list")
    assert code == 0 and "Teamsessie" in out


def test_restore_by_name_sets_the_current_catalog_aside(capsys, stored: Path, mini_library: Path) -> None:
    first = next((stored / "backups").glob("catalog-*.sqlite"))
    lib = ("--library", str(mini_library), "--data-dir", str(stored))
    pack = Path(__file__).parents[1] / "data" / "packs" / "teamsessie.pack.yaml"
    run(capsys, *lib, "pack", "import", str(pack))
    code, out, _err = run(capsys, *lib, "backup", "restore", first.name)
    assert code == 0
    replaced = [
        p for p in stored.glob(f"{CATALOG_NAME}.vervangen-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(replaced) == 1  # never overwritten
    code, out, _err = run(capsys, *lib, "pack", "list", "--json")
    assert code == 0 and out.count('"id"') == 1
    code, _out, err = run(capsys, *lib, "backup", "restore", "bestaat-niet.sqlite")
    assert code == 1 and "bestaat-niet.sqlite" in err
