"""Goed Werk opens no network connection: the whole core workflow runs with sockets blocked."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from goedwerk.cli import main
from goedwerk.core.workspace import Workspace


def test_the_network_guard_really_blocks() -> None:
    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9))


def test_core_workflow_makes_no_network_attempt(
    mini_library: Path, tmp_path: Path, no_network: list, capsys
) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    ws.search("ambtenaren", facets=True)
    ws.index().related("de-nota")
    ws.set_favourite("story", "de-nota", True)
    ws.reindex()
    ws.close()
    assert main(["check", str(mini_library)]) == 0
    assert main(["search", "nota", "--library", str(mini_library), "--json"]) == 0
    assert no_network == []
