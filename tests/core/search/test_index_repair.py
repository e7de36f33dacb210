"""A damaged index repairs itself on the next search; first builds take turns (issue #11, point 11)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from goedwerk.core.workspace import Workspace
from tests.conftest import REPO


def truncate(index_dir: Path, suffixes: tuple[str, ...]) -> list[str]:
    cut = []
    for path in index_dir.iterdir():
        if path.suffix in suffixes and path.stat().st_size > 8:
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
            cut.append(path.name)
    return cut


@pytest.mark.parametrize("suffixes", [(".pst",), (".col", ".fln", ".trm")], ids=["postings", "columns"])
def test_a_truncated_index_file_is_rebuilt_on_the_next_search(
    mini_library: Path, tmp_path: Path, suffixes: tuple[str, ...]
) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    before = [hit.id for hit in ws.search("nota minister").hits]
    index_dir = ws.index_dir
    ws.close()
    assert before and truncate(index_dir, suffixes), sorted(p.name for p in index_dir.iterdir())

    again = Workspace(mini_library, tmp_path / "data")
    assert [hit.id for hit in again.search("nota minister").hits] == before
    assert [hit.id for hit in again.search("nota minister").hits] == before  # and stays repaired
    again.close()


BUILDER = """
import sys
from pathlib import Path
from goedwerk.core.workspace import Workspace
ws = Workspace(Path(sys.argv[1]), Path(sys.argv[2]))
result = ws.search("nota")
print(len(result.hits))
if len(result.hits) != 1:  # what the assertion shows when it fails
    reader = ws.index().ix.reader()
    print(f"total {result.total}; story in library: {ws.library.get('story', 'de-nota') is not None};"
          f" index documents {reader.doc_count()} in {len(reader.leaf_readers())} segments;"
          f" load {ws.last_load}", file=sys.stderr)
ws.close()
"""


def test_four_processes_building_the_first_index_at_once_all_succeed(
    mini_library: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'app'}{os.pathsep}{REPO}"}
    for attempt in range(3):
        data = tmp_path / f"data{attempt}"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", BUILDER, str(mini_library), str(data)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for _ in range(4)
        ]
        outcomes = [(p.wait(120), *p.communicate()) for p in procs]
        assert [(code, out.strip()) for code, out, _err in outcomes] == [(0, "1")] * 4, outcomes
