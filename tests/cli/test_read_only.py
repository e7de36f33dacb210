"""A read-only data directory: browsing and searching work, writing says why not (issue #11, point 12)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from goedwerk.cli import main
from goedwerk.core.workspace import Workspace
from tests.conftest import DATA
from tests.fulldisk import needs_full_disk

PACK = DATA / "packs" / "teamsessie.pack.yaml"
READ_ONLY = """
import contextlib, io, subprocess, sys
from goedwerk.cli import main
lib, data, pack = sys.argv[1:4]
subprocess.run(["mount", "--bind", data, data], check=True)
subprocess.run(["mount", "-o", "remount,ro,bind", data], check=True)
common = ["--library", lib, "--data-dir", data]
for step in (["search", "nota"], ["pack", "list"], ["check", lib], ["pack", "import", pack]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*step, *common])
    print(step[0], code, repr(out.getvalue()[:60]), repr(err.getvalue().strip()))
"""


def test_a_user_made_read_only_data_dir_keeps_its_mode(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace(mini_library, data).close()
    data.chmod(0o500)
    try:
        Workspace(mini_library, data).close()
        assert stat.S_IMODE(data.stat().st_mode) == 0o500  # not chmodded back to 0700
    finally:
        data.chmod(0o700)


@needs_full_disk
def test_on_a_read_only_mount_search_works_and_writing_says_why_not(
    capsys, mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert main(["pack", "import", str(PACK), "--library", str(mini_library), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    before = (data / "catalog.sqlite").read_bytes()
    done = subprocess.run(
        ["unshare", "-m", sys.executable, "-c", READ_ONLY, str(mini_library), str(data), str(PACK)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    assert done.returncode == 0, done.stderr
    search, listing, check, imported = done.stdout.splitlines()
    assert search.startswith("search 0 ' 1. [verhaal] De nota aan de minister"), search
    assert listing.startswith("pack 0 '2026-12-01") and "Teamsessie" in listing, listing
    assert check.startswith("check 0 'In orde"), check
    assert imported.startswith("pack 1 ''") and "alleen-lezen" in imported, imported
    assert (data / "catalog.sqlite").read_bytes() == before
