"""Run a Python snippet against a real full disk: a small tmpfs mounted in a private namespace.

Needs root and ``unshare -m`` (the mount is private to the child and gone when it exits).
The snippet gets ``MOUNT`` (the mounted folder), ``ARGS`` (the extra arguments), ``fill()``
(use up every free byte) and ``unfill()``; what it prints comes back as lines.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

needs_full_disk = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare"),
    reason="a real full disk needs root and unshare -m",
)

PRELUDE = """
import os, subprocess, sys
from pathlib import Path
MOUNT, ARGS = Path(sys.argv[1]), sys.argv[2:]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(MOUNT)], check=True)
FILLER = MOUNT / ".filler"
def fill():
    fd = os.open(FILLER, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError:
        os.close(fd)
def unfill():
    FILLER.unlink()
"""


def run_on_full_disk(snippet: str, mount: Path, *args: str) -> list[str]:
    """Run ``snippet`` with a 4 MB tmpfs at ``mount``; return its output lines."""
    mount.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["unshare", "-m", sys.executable, "-c", PRELUDE + snippet, str(mount), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()
