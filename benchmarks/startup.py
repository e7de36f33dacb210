"""Measure start-up to a usable window with an unchanged library (budget: <= 1.5 s).

Each run is a fresh Python process (imports count) that builds the app on the bundled library,
shows the main window offscreen and stops the clock when the window emits ``ready`` (search
works). The first run builds catalog and index and is reported apart; later runs reuse them.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = r"""
import time
t0 = time.perf_counter()
import sys
from PySide6.QtCore import QTimer
from goedwerk.main import build_app
context = build_app(None, None, "nl")
window = context.window
def done():
    print(f"{time.perf_counter() - t0:.4f}")
    context.app.quit()
window.ready.connect(done)
window.show()
QTimer.singleShot(0, window.start)
context.app.exec()
context.workspace.close()
"""


def one_run(data_dir: str) -> float:
    """Seconds from process start to a ready window."""
    env = {**os.environ, "GOEDWERK_DATA_DIR": data_dir, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    """Print a Markdown table of first and warm start-up times."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="warm runs (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        first = one_run(data_dir)
        warm = [one_run(data_dir) for _ in range(args.runs)]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print("| start-up to a usable window | seconds | budget |")
    print("|---|---|---|")
    print(f"| first start (builds catalog and index) | {first:.2f} | — |")
    print(f"| unchanged library, median of {args.runs} | {statistics.median(warm):.2f} | <= 1.5 |")
    print(f"| unchanged library, slowest | {max(warm):.2f} | |")


if __name__ == "__main__":
    main()
