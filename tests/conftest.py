"""Shared fixtures: offscreen Qt, a network guard, and libraries copied into tmp_path."""

from __future__ import annotations

import gc
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Fuzzing (tests/core/test_fuzz.py): 1,000 examples per target by default, 100,000 with
# ``pytest --hypothesis-profile=long``. No deadline: a slow example is not a failure.
_FUZZ = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("default", max_examples=1_000, **_FUZZ)
settings.register_profile("long", max_examples=100_000, **_FUZZ)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "stories"


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to open a network connection."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Fail any attempt to reach the network; returns the list of attempts."""
    attempts: list[tuple] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise NetworkAttempt(f"network access attempted: {args!r}")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory, never the user's."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("GOEDWERK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return data_dir


@pytest.fixture(autouse=True)
def nothing_kept_frozen() -> Iterator[None]:
    """The window's start freezes what is alive for the garbage collector (once per app); a
    test run starts many windows, so each test hands its objects back to the collector."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def dutch_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages are Dutch, whatever the machine's LANGUAGE or LANG (a test may choose English)."""
    from goedwerk.core import i18n

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "nl")
    i18n.set_language("nl")


@pytest.fixture
def mini_library(tmp_path: Path) -> Path:
    """A copy of the small valid test library."""
    return Path(shutil.copytree(DATA / "mini", tmp_path / "mini"))


@pytest.fixture
def broken_library(tmp_path: Path) -> Path:
    """A copy of the test library with deliberately broken files."""
    return Path(shutil.copytree(DATA / "broken", tmp_path / "broken"))


@pytest.fixture
def bundled_library(tmp_path: Path) -> Path:
    """A copy of the bundled library, safe to modify."""
    return Path(shutil.copytree(BUNDLED, tmp_path / "stories"))


@pytest.fixture
def world_readable_umask() -> Iterator[None]:
    """Start like a typical desktop session (umask 022) and put the test process back after."""
    before = os.umask(0o022)
    yield
    os.umask(before)
