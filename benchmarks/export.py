"""Time the whole ``goedwerk pack export`` command on a ~40-page pack of the bundled library.

The pack starts from the 90-minute Goed Werk meeting, holds many stories, questions and the
whole values deck, and prints every part. One untimed run fills the catalog cache (as on a
user's machine after the first start); then the command runs ``--runs`` times in a fresh
process each. Budget: median <= 1.5 s. Prints a Markdown table.

    .venv/bin/python benchmarks/export.py [--runs 3] [--stories 12] [--paper a4]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.packfile import write_pack_file
from goedwerk.core.workspace import Workspace, bundled_library

BUDGET_S = 1.5


def build_pack_file(folder: Path, stories: int) -> Path:
    """Write the benchmark pack as a ``*.pack.yaml`` file in ``folder``."""
    ws = Workspace(bundled_library(), folder / "data")
    library = ws.library
    fmt = library.format("goed-werk-bijeenkomst")
    assert fmt is not None, "the bundled library lost its Goed Werk meeting format"
    pack = packs.new_pack("Benchmark: signalen van de werkvloer", fmt)
    pack = replace(pack, date="2026-12-01", start="13:30", place="Utrecht", facilitators=("A", "B"))
    kinds = {block.kind: index for index, block in enumerate(pack.blocks)}
    for story in library.stories[:stories]:
        pack = packs.add_item(pack, kinds["story"], f"story:{story.id}")
    for question in library.questions[::12]:
        pack = packs.add_item(pack, kinds["questions"], f"question:{question.id}")
    for card in library.values:
        pack = packs.add_item(pack, kinds["values"], f"value:{card.id}")
    ws.close()
    path = folder / "benchmark.pack.yaml"
    write_pack_file(pack, path)
    return path


def run_export(folder: Path, pack_file: Path, paper: str) -> tuple[float, str]:
    """Run the command once in a new process; return seconds and its output."""
    out = folder / "benchmark.pdf"
    cmd = [sys.executable, "-m", "goedwerk", "--data-dir", str(folder / "data")]
    cmd += ["pack", "export", str(pack_file), "--pdf", str(out), "--paper", paper]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"export failed ({done.returncode}):\n{done.stderr}")
    return seconds, done.stdout.strip()


def main() -> int:
    """Run the benchmark and print a Markdown table; exit 1 when over budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stories", type=int, default=12)
    parser.add_argument("--paper", choices=["a4", "letter"], default="a4")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="goedwerk-bench-") as tmp:
        folder = Path(tmp)
        pack_file = build_pack_file(folder, args.stories)
        cold, output = run_export(folder, pack_file, args.paper)
        times = [run_export(folder, pack_file, args.paper)[0] for _ in range(args.runs)]
    pages = output.rsplit(":", 1)[-1].strip()
    median = statistics.median(times)
    print("| measure | seconds |")
    print("|---|---|")
    print(f"| first run (fills the catalog cache) | {cold:.2f} |")
    for number, seconds in enumerate(times, start=1):
        print(f"| run {number} | {seconds:.2f} |")
    verdict = "within" if median <= BUDGET_S else "OVER"
    print(f"| **median of {args.runs}** ({pages}) | **{median:.2f}** ({verdict} {BUDGET_S} s) |")
    return 0 if median <= BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
