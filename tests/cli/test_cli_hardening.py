"""Small things of the command line: pipes, control characters, Dutch usage errors (issue #11, point 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from goedwerk.cli import main
from goedwerk.core.model import Pack
from goedwerk.core.workspace import Workspace
from tests.conftest import REPO


def test_a_closed_pipe_is_no_traceback(mini_library: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'app'}{os.pathsep}{REPO}"}
    argv = [sys.executable, "-m", "goedwerk", "search", "nota", "--library", str(mini_library)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like "| head" that stopped reading before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 0 and err == ""


def test_pack_list_never_sends_control_characters_to_the_terminal(capsys, mini_library: Path) -> None:
    ws = Workspace(mini_library)
    pack = ws.packs.new("Rood\x1b[31m en \x00 leeg\x07")
    ws.packs.save(Pack(**{**pack.__dict__, "date": "2026-12-01"}))
    ws.close()
    assert main(["pack", "list", "--library", str(mini_library)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x00" not in out and "\x07" not in out
    assert "Rood\ufffd[31m en \ufffd leeg\ufffd" in out


def test_usage_errors_are_dutch_and_say_how_to_search_for_a_dash(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["search"])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.splitlines()[0].startswith("gebruik: goedwerk search")
    assert "goedwerk: fout: deze argumenten ontbreken: ZOEKVRAAG" in err
    assert "goedwerk search -- -woord" in err
    with pytest.raises(SystemExit):
        main(["search", "--kind", "verhaal", "nota"])
    assert (
        "ongeldige keuze: 'verhaal' (kies uit 'story', 'value', 'question', 'guide')"
        in capsys.readouterr().err
    )


def test_a_query_that_starts_with_a_dash_follows_a_double_dash(capsys, mini_library: Path) -> None:
    assert main(["search", "--library", str(mini_library), "--json", "--", "-nota"]) == 0
    assert capsys.readouterr().err == ""
