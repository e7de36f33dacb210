"""A large first load parses its files in two processes; the library is the same as in one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from goedwerk.core import i18n
from goedwerk.core.content import parallel_parse
from goedwerk.core.workspace import Workspace


@pytest.fixture
def many(mini_library: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The mini library with a broken story, parsed in processes from 5 files on."""
    (mini_library / "practice" / "kapot.md").write_text("---\ntitle: [\n---\nTekst\n", encoding="utf-8")
    monkeypatch.setattr(parallel_parse, "PARALLEL_FROM", 5)
    return mini_library


def loaded(library: Path, data: Path) -> Workspace:
    ws = Workspace(library, data)
    ws.load()
    return ws


def test_a_library_parsed_in_processes_equals_one_parsed_here(
    many: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    in_processes = parallel_parse._in_processes
    monkeypatch.setattr(
        parallel_parse,
        "_in_processes",
        lambda jobs, procs: started.append(procs) or in_processes(jobs, procs),
    )
    parallel = loaded(many, tmp_path / "p")
    assert started == [2]
    monkeypatch.setattr(parallel_parse, "PARALLEL_FROM", 10_000)
    serial = loaded(many, tmp_path / "s")
    assert parallel.library == serial.library
    assert any(p.path.endswith("kapot.md") and "YAML" in p.message for p in parallel.library.problems)
    assert parallel.fingerprint == serial.fingerprint
    parallel.close()
    serial.close()


def test_the_processes_write_their_problems_in_the_language_chosen(many: Path, tmp_path: Path) -> None:
    i18n.set_language("en")
    ws = loaded(many, tmp_path / "en")
    messages = [p.message for p in ws.library.problems if p.path.endswith("kapot.md")]
    assert messages and all("YAML error" in m for m in messages), messages
    ws.close()


def test_processes_that_cannot_start_leave_the_parsing_to_this_one(
    many: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(*_args, **_kwargs):
        raise OSError("no processes left")

    monkeypatch.setattr(parallel_parse, "ProcessPoolExecutor", refuse)
    ws = loaded(many, tmp_path / "d")
    assert ws.library.get("story", "de-nota") is not None
    assert "parsing in-process" in caplog.text
    ws.close()
    shutil.rmtree(tmp_path / "d")
