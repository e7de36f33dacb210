"""Every file the core makes in the data directory is the owner's only (issue #11, point 13)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from goedwerk.cli import main
from tests.conftest import DATA, REPO

PACK = DATA / "packs" / "teamsessie.pack.yaml"
WORKFLOW = """
import sys
from goedwerk.cli import main
lib, data, out = sys.argv[1:4]
common = ["--library", lib, "--data-dir", data]
for step in (["search", "nota"], ["pack", "import", sys.argv[4]], ["backup", "now"],
             ["reflections", "export", "--md", out]):
    assert main([*step, *common]) == 0, step
"""


def loose_paths(root: Path) -> list[str]:
    """Paths under ``root`` that the group or others may use (any bit in 0o077)."""
    loose = []
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                loose.append(f"{oct(mode)} {path.relative_to(root)}")
    return sorted(loose)


def test_after_a_cli_workflow_every_path_in_the_data_dir_is_private(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'app'}{os.pathsep}{REPO}"}
    argv = [
        sys.executable,
        "-c",
        WORKFLOW,
        str(mini_library),
        str(data),
        str(tmp_path / "oogst.md"),
        str(PACK),
    ]
    subprocess.run(argv, check=True, env=env, timeout=120)
    assert loose_paths(data) == []


def test_the_harvest_report_makes_its_chart_folder_in_the_data_dir(
    qapp, mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Path] = []
    real = tempfile.mkdtemp

    def spy(*args: object, **kwargs: object) -> str:
        folder = real(*args, **kwargs)  # type: ignore[arg-type]
        made.append(Path(folder))
        return folder

    monkeypatch.setattr(tempfile, "mkdtemp", spy)
    data = tmp_path / "data"
    code = main(
        [
            "reflections",
            "export",
            "--pdf",
            str(tmp_path / "oogst.pdf"),
            "--library",
            str(mini_library),
            "--data-dir",
            str(data),
        ]
    )
    assert code == 0
    charts = [folder for folder in made if folder.name.startswith(".goedwerk-report-")]
    assert charts and all(folder.parent == data for folder in charts)
