"""Two facilitators: each a data directory, with libraries that differ by one own story."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from goedwerk.core.model import Block
from goedwerk.core.workspace import Workspace


@pytest.fixture
def sender(mini_library: Path, tmp_path: Path):
    """A facilitator with an own story and a pack that uses it."""
    ws = Workspace(mini_library, tmp_path / "sender")
    ws.own.new("Het lek")
    pack = ws.packs.new("Teamstart")
    block = Block("Verhaal", 20, "story", "", ("story:het-lek", "story:de-nota", "question:q-open-1"))
    ws.packs.save(replace(pack, blocks=(block,)))
    yield ws
    ws.close()


@pytest.fixture
def receiver(mini_library: Path, tmp_path: Path):
    """A facilitator with the same bundled library and nothing of their own."""
    ws = Workspace(mini_library, tmp_path / "receiver")
    ws.load()
    yield ws
    ws.close()
