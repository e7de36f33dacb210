"""The command line writes its data directory for the owner only."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk import cli
from tests.private_modes import modes

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.usefixtures("world_readable_umask")
def test_the_command_line_writes_owner_only_files(
    mini_library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "cli-data"
    pack_file = DATA / "packs" / "teamsessie.pack.yaml"
    args = ["pack", "import", str(pack_file), "--library", str(mini_library), "--data-dir", str(data_dir)]
    assert cli.main(args) == 0
    assert len(capsys.readouterr().out.strip()) == 32  # the new pack's id
    assert (data_dir / "catalog.sqlite").is_file()
    assert modes(data_dir) == {}
