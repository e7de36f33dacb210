"""No network, proven below Python's socket module (issue #11, point 14).

The whole CLI workflow runs in a subprocess with an audit hook (tests/guard/sitecustomize.py)
that ends the process on any socket connect, send, bind or name lookup, and, where
``unshare -n`` works (root on Linux), once more in a namespace without a network at all.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, REPO

GUARD = Path(__file__).parents[1] / "guard"
PACK = DATA / "packs" / "teamsessie.pack.yaml"
WORKFLOW = [
    ["check", "{lib}"],
    ["search", "ambtenaren", "--json"],
    ["reindex"],
    ["pack", "import", str(PACK)],
    ["pack", "list", "--json"],
    ["pack", "export", str(PACK), "--pdf", "{out}/pakket.pdf"],
    ["reflections", "export", "--csv", "{out}/oogst.csv"],
    ["reflections", "export", "--pdf", "{out}/oogst.pdf"],
    ["backup", "now"],
    ["backup", "list"],
]
CAN_UNSHARE = (
    sys.platform == "linux"
    and shutil.which("unshare") is not None
    and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0
)


def guarded(tmp_path: Path, argv: list[str], prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(GUARD), str(REPO / "app"), str(REPO)]),
        "GOEDWERK_NETWORK_LOG": str(tmp_path / "network.log"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [*prefix, sys.executable, *argv], capture_output=True, text=True, env=env, timeout=300
    )


DRIVER = """
import json, sys
from goedwerk.cli import main
for step in json.loads(sys.argv[1]):
    code = main(step)
    print("STEP", code, step[0], file=sys.stderr, flush=True)
    if code:
        sys.exit(code)
"""


def run_workflow(tmp_path: Path, mini_library: Path, prefix: tuple[str, ...] = ()) -> None:
    """Every step of WORKFLOW in one guarded process, as the command line runs them."""
    out = tmp_path / "out"
    out.mkdir()
    common = ["--library", str(mini_library), "--data-dir", str(tmp_path / "workflow-data")]
    steps = [[a.format(lib=mini_library, out=out) for a in step] + common for step in WORKFLOW]
    done = guarded(tmp_path, ["-c", DRIVER, json.dumps(steps)], prefix)
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr[-2000:])
    assert [line for line in done.stderr.splitlines() if line.startswith("STEP 0 ")] == [
        f"STEP 0 {step[0]}" for step in WORKFLOW
    ]
    assert not (tmp_path / "network.log").exists()
    assert {p.name for p in out.iterdir()} == {"pakket.pdf", "oogst.csv", "oogst.pdf"}


def test_the_guard_catches_a_connect_through_the_private_socket_module(tmp_path: Path) -> None:
    code = "import _socket; s = _socket.socket(); s.connect(('127.0.0.1', 9)); print('connected')"
    done = guarded(tmp_path, ["-c", code])
    assert done.returncode == 99 and "connected" not in done.stdout
    assert (tmp_path / "network.log").read_text().startswith("socket.connect (('127.0.0.1', 9),)")


def test_the_guard_catches_a_name_lookup(tmp_path: Path) -> None:
    done = guarded(tmp_path, ["-c", "import socket; socket.getaddrinfo('example.org', 443)"])
    assert done.returncode == 99


def test_the_cli_workflow_makes_no_network_call(tmp_path: Path, mini_library: Path) -> None:
    run_workflow(tmp_path, mini_library)


@pytest.mark.skipif(not CAN_UNSHARE, reason="unshare -n needs root on Linux")
def test_the_cli_workflow_runs_in_a_namespace_without_network(tmp_path: Path, mini_library: Path) -> None:
    run_workflow(tmp_path, mini_library, ("unshare", "-n"))
