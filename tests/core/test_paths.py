"""One place for paths and atomic writes: a failed write leaves the old file and no litter."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk.core import paths


def test_the_bundled_library_and_resources_are_found() -> None:
    assert (paths.bundled_library() / "README.md").is_file()
    assert (paths.resources_dir() / "fonts").is_dir()


def test_atomic_write_replaces_the_file_and_is_private(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    paths.atomic_write(target, "nieuw één\n", encoding="utf-8-sig", newline="")
    assert target.read_bytes() == "\ufeffnieuw één\n".encode()
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), paths.replacing(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_private_dirs_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    paths.ensure_private_dir(folder)
    assert folder.stat().st_mode & 0o777 == 0o700
