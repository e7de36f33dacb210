"""Search benchmark: the core's Whoosh search against SQLite FTS5, on one machine in one run.

Generates a library of N synthetic Dutch stories (``search_corpus``), then measures each figure
in a fresh interpreter of its own (so cold runs are cold and each peak memory is its own):

- the full build (load + index) by the core, and by an FTS5 peer that reads and parses the
  same files itself and stems with the same Dutch analysis (``search_fts``);
- window-style queries (100 hits, facets, prefix; a seventh of them with a typo, one to three
  words), CLI queries (20 hits), queries with a typo that get a spelling suggestion;
- one story changed in the library: catalog and index brought up to date;
- the real window (offscreen) on an unchanged library: time until it shows, time the UI thread
  is busy, time until search works, peak memory; and a first start on an empty data folder;
- the reflection index (harvest) with ``--reflections`` reflections;
- ranking quality over the judged queries on the bundled library (``search_quality``).

    .venv/bin/python benchmarks/search.py [--stories 5000] [--queries 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The corpus, FTS5 and quality helpers (PyYAML, sqlite-utils, the core's analysis) are imported
# by the phases that use them, so a window phase's process starts with nothing of the app loaded.

Figures = dict[str, Any]
PEER_RATIO, BUILD_PEAK_MIB, QUERY_P95_MS = 4.0, 300, 16.0
CHANGE_S, READY_S, READY_MIB = 0.5, 1.0, 250


class ChildPeaks:
    """The peak resident memory (``VmHWM``) of every descendant process, read every 50 ms, and
    the most this process and its descendants held at once (the sum of their ``VmRSS``).

    The last figure read counts, not the largest: a child forked to start another program
    shows its parent's pages until it runs that program.
    """

    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}  # pid -> KiB
        self.together = 0  # KiB

    def start(self) -> None:
        """Watch from now on (in a phase's own process)."""
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        while True:
            total = _status_kib(os.getpid(), "VmRSS")
            for pid in _descendants(os.getpid()):
                with contextlib.suppress(OSError, ValueError, IndexError):
                    self.peaks[pid] = _status_kib(pid, "VmHWM")
                    total += _status_kib(pid, "VmRSS")
            self.together = max(self.together, total)
            time.sleep(0.05)


def _status_kib(pid: int, field: str) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split(f"{field}:")[1].split()[0])


def _descendants(pid: int) -> list[int]:
    out = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            for child in map(int, children.read_text().split()):
                out += [child, *_descendants(child)]
    return out


CHILDREN = ChildPeaks()


def peak_mib() -> float:
    """The most this process and its children held at once, in MiB (see README): the largest
    sum of their resident memory read every 50 ms, at least this process's own peak."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return max(own, CHILDREN.together) / 1024


def summed_peaks_mib() -> float:
    """This process's peak plus each child's own peak, in MiB: an upper bound, since children
    that never ran at the same time (the parsers, then the index's sub-writers) count together."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    largest_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + max(sum(CHILDREN.peaks.values()), largest_child)) / 1024


def quantiles(samples: list[float]) -> dict[str, float]:
    """Median, 95th percentile and maximum."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": cuts[49], "p95": cuts[94], "max": max(samples)}


def timed_each(fn, items: list[str]) -> list[float]:
    """Seconds per call of ``fn(item)``; nothing is warmed up first."""
    out = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - started)
    return out


# -- phases, each run in a fresh interpreter ----------------------------------------------------


def phase_build(a: argparse.Namespace) -> Figures:
    """Load + index a library into an empty data folder."""
    from goedwerk.core.workspace import Workspace

    started = time.perf_counter()
    ws = Workspace(a.lib, a.data)
    ws.load()
    loaded = time.perf_counter()
    ws.index()
    done = time.perf_counter()
    ws.close()
    return {
        "load": loaded - started,
        "index": done - loaded,
        "build": done - started,
        "peak": peak_mib(),
        "summed_peaks": summed_peaks_mib(),
    }


def phase_fts_build(a: argparse.Namespace) -> Figures:
    """The FTS5 peer: read, parse, analyse and index the same files."""
    import search_fts as fts

    started = time.perf_counter()
    fts.build(a.lib, a.data / "fts5.db")
    return {"build": time.perf_counter() - started, "peak": peak_mib()}


def phase_queries(a: argparse.Namespace) -> Figures:
    """Query latencies of the core (window and CLI style, typos) and of the FTS5 peer."""
    import search_fts as fts
    from goedwerk.core.workspace import Workspace

    queries = json.loads(a.queries_file.read_text(encoding="utf-8"))
    ws = Workspace(a.lib, a.data)
    started = time.perf_counter()
    ws.load()
    ws.index()
    first = timed_each(lambda q: ws.search(q, limit=100, facets=True, prefix_last=True), queries["all"][:1])[
        0
    ]
    out: Figures = {"open": time.perf_counter() - started - first, "first": first}
    window = timed_each(lambda q: ws.search(q, limit=100, facets=True, prefix_last=True), queries["all"])
    out["window"] = quantiles(window)
    out["cli"] = quantiles(timed_each(lambda q: ws.search(q, limit=20, count=False), queries["all"]))
    typo_times = timed_each(
        lambda q: ws.search(q, limit=100, facets=True, prefix_last=True), queries["typos"]
    )
    out["typo"] = quantiles(typo_times)
    suggested = [ws.search(q, limit=100, facets=True, prefix_last=True).suggestion for q in queries["typos"]]
    out["suggested"] = sum(1 for s in suggested if s)
    out["typo_count"] = len(queries["typos"])
    out["totals"] = [ws.search(q, limit=20).total for q in queries["all"]]
    ws.close()
    conn = sqlite3.connect(a.data / "fts5.db")
    out["fts"] = quantiles(timed_each(lambda q: fts.search(conn, q), queries["all"]))
    out["fts_totals"] = [fts.search(conn, q)[1] for q in queries["all"]]
    conn.close()
    return out


def phase_change(a: argparse.Namespace) -> Figures:
    """Change one story on disk; time catalog and index catching up (a new workspace)."""
    from goedwerk.core.workspace import Workspace

    story = sorted((a.lib / "practice").glob("*.md"))[len(list((a.lib / "practice").glob("*.md"))) // 2]
    ws = Workspace(a.lib, a.data)
    ws.load()
    ws.index()
    ws.close()
    text = story.read_text(encoding="utf-8")  # the sentence goes into the story, before its notes
    story.write_text(text.replace("\n## ", "\nEen zin over de wijziging.\n\n## ", 1), encoding="utf-8")
    started = time.perf_counter()
    ws = Workspace(a.lib, a.data)
    ws.load()
    ws.index()
    seconds = time.perf_counter() - started
    hits = ws.search("wijziging", limit=5).total
    ws.close()
    return {"change": seconds, "found": hits, "parsed": len(ws.last_load.parsed)}


def phase_window(a: argparse.Namespace) -> Figures:
    """The real window, offscreen: until shown, UI-thread time, until search works."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from goedwerk.main import build_app

    imported = time.perf_counter()
    context = build_app(a.lib, a.data, language="nl")
    listed: list[float] = []  # when the first result list (every item, with facets) is shown
    context.window.search_panel.search_finished.connect(lambda *_args: listed.append(time.perf_counter()))
    context.window.show()
    shown = time.perf_counter()
    context.window.start()
    start_returned = time.perf_counter()
    app = QApplication.instance()
    while not context.window.is_ready:
        app.processEvents()
        time.sleep(0.001)
    ready, age = time.perf_counter(), process_age()
    peak = peak_mib()
    while not listed:
        app.processEvents()
        time.sleep(0.001)
    context.window.close()
    context.workspace.close()
    return {
        "imports": imported - started,
        "shown": shown - started,
        "ui_blocked": (shown - imported) + (start_returned - shown),
        "ready": ready - started,
        "ready_since_exec": age,
        "listed": listed[0] - started,
        "peak": peak,
    }


def process_age() -> float:
    """Seconds since this process was started (from /proc, in steps of 10 ms), or NaN."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return float("nan")
    return uptime - ticks / os.sysconf("SC_CLK_TCK")


def phase_reflections(a: argparse.Namespace) -> Figures:
    """Build the reflection index over ``--reflections`` reflections; time harvest searches."""
    import search_corpus as corpus
    from goedwerk.core.workspace import Labels, Reflection, ReflectionIndex, Workspace

    rng = random.Random(a.seed)
    words = corpus.build_word_list(rng)
    ws = Workspace(corpus.SOURCE, a.data)
    labels = Labels.from_library(ws.load())
    ids = corpus.Ids.read(corpus.SOURCE)
    for fields in corpus.reflections(a.reflections, rng, words, ids):
        ws.reflections.save(Reflection(**fields))
    stored = ws.reflections.all()
    queries = json.loads(a.queries_file.read_text(encoding="utf-8"))["all"][:50]
    index = ReflectionIndex(ws.data_dir)
    started = time.perf_counter()
    index.sync(stored, labels)
    build = time.perf_counter() - started
    plain = quantiles(timed_each(lambda q: index.search(q), queries))
    synced = quantiles(timed_each(lambda q: index.search_synced(q, ws.reflections.all(), labels), queries))
    index.close()
    ws.close()
    return {"build": build, "search": plain, "harvest": synced, "peak": peak_mib(), "count": len(stored)}


def phase_quality(a: argparse.Namespace) -> Figures:
    """nDCG@5 and recall@20 over the judged queries on the bundled library."""
    import search_quality as quality

    return quality.measure(a.data)


PHASES = {
    "build": phase_build,
    "fts-build": phase_fts_build,
    "queries": phase_queries,
    "change": phase_change,
    "window": phase_window,
    "reflections": phase_reflections,
    "quality": phase_quality,
}


PHASE_ORDER = ("build", "fts-build", "queries", "window", "window_first", "change", "reflections", "quality")


def in_fresh_process(phase: str, a: argparse.Namespace, data: Path) -> Figures:
    """Run ``phase`` in a new interpreter and return the figures it printed."""
    command = [sys.executable, __file__, "--phase", phase, "--lib", str(a.lib), "--data", str(data)]
    command += ["--seed", str(a.seed), "--reflections", str(a.reflections)]
    command += ["--queries-file", str(a.queries_file)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        sys.exit(f"phase {phase} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the run and its report ---------------------------------------------------------------------


def machine() -> str:
    """nproc, CPU, Python and SQLite versions."""
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        names = re.findall(r"model name\s*:\s*(.+)", cpuinfo.read_text(encoding="utf-8"))
        cpu = names[0].strip() if names else cpu
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"nproc {nproc}, {cpu}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; "
        f"load average at the end {load}"
    )


def fmt_s(seconds: float) -> str:
    """Seconds as ms below one second."""
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"


def cell(seconds: float, mib: float | None = None) -> str:
    """A time, with a peak memory when given."""
    return fmt_s(seconds) + (f", {mib:.0f} MiB" if mib is not None else "")


def ratio(a: float, b: float) -> str:
    """``a / b`` as ``3.2x``."""
    return f"{a / b:.1f}x" if b else "-"


def run(a: argparse.Namespace, base: Path) -> Figures:
    """Generate the corpus, run every phase, return all figures."""
    import search_corpus as corpus

    rng = random.Random(a.seed)
    words = corpus.build_word_list(rng)
    a.lib = base / "library"
    corpus.write_library(a.lib, a.stories, rng, words)
    qrng = random.Random(f"{a.seed}-queries")
    queries = {
        "all": corpus.make_queries(words, a.queries, qrng),
        "typos": corpus.typo_queries(words, 40, qrng),
    }
    a.queries_file = base / "queries.json"
    a.queries_file.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    data, first = base / "data", base / "data-first"
    f: Figures = {"stories": a.stories, "query_count": len(queries["all"])}
    wanted = set(a.phases.split(","))
    for key, phase, folder in (
        ("build", "build", data),
        ("fts_build", "fts-build", data),
        ("queries", "queries", data),
        ("window_after_build", "window", data),  # its first start: backs the new data up first
        ("window", "window", data),  # a later start: what a user opening the app again waits
        ("window_first", "window", first),
        ("change", "change", data),
        ("reflections", "reflections", base / "data-reflections"),
        ("quality", "quality", base / "data-quality"),
    ):
        if key in wanted or (phase in wanted and key != "window_first"):
            f[key] = in_fresh_process(phase, a, folder)
    return f


def report(f: Figures) -> str:
    """The Markdown table of every figure measured, with the FTS5 peer and the ratio where there is one."""
    n = f"{f['stories']:,}"
    rows = [
        "| Measure | Goed Werk | SQLite FTS5 (own reading + parsing) | ratio | goal |",
        "|---|---:|---:|---:|---|",
    ]
    for key, section in SECTIONS:
        if key in f and (key != "build" or "fts_build" in f):
            rows += section(f, n)
    notes = [f"Machine: {machine()}.", f"Core imported from {f['core']}."]
    if "queries" in f:
        q = f["queries"]
        same = sum(x == y for x, y in zip(q["totals"], q["fts_totals"], strict=True))
        notes.append(
            f"{f['query_count']} queries; Whoosh and FTS5 found the same number of matches for {same} "
            "(the rest differ by the core's synonym expansion and prefixes)."
        )
    return "\n".join(rows) + "\n\n" + "\n".join(notes)


def _build_rows(f: Figures, n: str) -> list[str]:
    b, p = f["build"], f["fts_build"]
    return [
        f"| full build, {n} stories (load + index) | {cell(b['build'], b['peak'])} "
        f"| {cell(p['build'], p['peak'])} | {ratio(b['build'], p['build'])} "
        f"| <= {PEER_RATIO:.0f}x; <= {BUILD_PEAK_MIB} MiB at 5,000 |",
        f"| ... of which load (parse, check, catalog) | {fmt_s(b['load'])} | | | |",
        f"| ... peak memory counting each process at its own peak (upper bound) | "
        f"{b['summed_peaks']:.0f} MiB | | | |",
        f"| ... of which index | {fmt_s(b['index'])} | | | |",
    ]


def _query_rows(f: Figures, _n: str) -> list[str]:
    q = f["queries"]
    return [
        f"| window-style query p95 (100 hits, facets, prefix, typos) | {fmt_s(q['window']['p95'])} "
        f"| {fmt_s(q['fts']['p95'])} (20 hits + count, no facets) "
        f"| {ratio(q['window']['p95'], q['fts']['p95'])} "
        f"| <= {PEER_RATIO:.0f}x and <= {QUERY_P95_MS:.0f} ms |",
        f"| window-style query p50 / max | {fmt_s(q['window']['p50'])} / {fmt_s(q['window']['max'])} "
        f"| {fmt_s(q['fts']['p50'])} / {fmt_s(q['fts']['max'])} | | |",
        f"| CLI query p95 (20 hits) | {fmt_s(q['cli']['p95'])} | {fmt_s(q['fts']['p95'])} "
        f"| {ratio(q['cli']['p95'], q['fts']['p95'])} | |",
        f"| first query after opening (cold) | {fmt_s(q['first'])} | | | |",
        f"| a query with a typo (spelling suggestion), p50-max | {fmt_s(q['typo']['p50'])}-"
        f"{fmt_s(q['typo']['max'])} ({q['suggested']}/{q['typo_count']} suggested) | - | | |",
    ]


def _change_rows(f: Figures, _n: str) -> list[str]:
    return [
        f"| one story changed: catalog + index up to date | {fmt_s(f['change']['change'])} "
        f"| | | <= {CHANGE_S} s |"
    ]


def _window_rows(f: Figures, n: str) -> list[str]:
    w = f["window"]
    return [
        f"| window ready, unchanged {n}-story library | {cell(w['ready'], w['peak'])} | - | "
        f"| <= {READY_S:.1f} s and {READY_MIB} MiB at 20,000 |",
        f"| ... window shown after / UI thread busy | {fmt_s(w['shown'])} / {fmt_s(w['ui_blocked'])} | | "
        "| only file stats before it shows |",
        f"| ... ready counted from the process's start (with Python's own start) | "
        f"{fmt_s(w['ready_since_exec'])} | | | |",
        f"| ... first result list (every item, facets) shown after | {fmt_s(w['listed'])} | | | |",
    ] + (
        [
            f"| ... the first start after the build (a backup of the new data first): ready / UI "
            f"thread busy | {fmt_s(f['window_after_build']['ready'])} / "
            f"{fmt_s(f['window_after_build']['ui_blocked'])} | | | |"
        ]
        if "window_after_build" in f
        else []
    )


def _first_window_rows(f: Figures, n: str) -> list[str]:
    w = f["window_first"]
    return [
        f"| first window start on {n} stories: shown after / UI thread busy / ready | "
        f"{fmt_s(w['shown'])} / {fmt_s(w['ui_blocked'])} / {fmt_s(w['ready'])} | | | |"
    ]


def _reflection_rows(f: Figures, _n: str) -> list[str]:
    r = f["reflections"]
    return [
        f"| reflection index, {r['count']:,} reflections: build | {cell(r['build'], r['peak'])} | | | |",
        f"| ... search p95 / harvest search (sync + search) p95 | {fmt_s(r['search']['p95'])} / "
        f"{fmt_s(r['harvest']['p95'])} | | | |",
    ]


def _quality_rows(f: Figures, _n: str) -> list[str]:
    qual = f["quality"]
    return [
        f"| ranking quality, {qual['queries']} judged queries on the bundled library | "
        f"nDCG@5 {qual['ndcg5']:.3f}, recall@20 {qual['recall20']:.3f} | | | not lower |"
    ]


SECTIONS = (
    ("build", _build_rows),
    ("queries", _query_rows),
    ("change", _change_rows),
    ("window", _window_rows),
    ("window_first", _first_window_rows),
    ("reflections", _reflection_rows),
    ("quality", _quality_rows),
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=5000, help="stories to generate")
    parser.add_argument("--queries", type=int, default=200, help="queries to time")
    parser.add_argument("--reflections", type=int, default=5000, help="reflections for the harvest")
    parser.add_argument("--seed", type=int, default=7, help="random seed (repeatable runs)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument(
        "--phases",
        default=",".join(PHASE_ORDER),
        help="comma-separated phases to run (default: all): " + ", ".join(PHASE_ORDER),
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--lib", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries-file", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point: the whole benchmark, or one phase (internal)."""
    a = parse_args(argv)
    if a.phase:
        CHILDREN.start()
        print(json.dumps(PHASES[a.phase](a)))
        return 0
    base = Path(tempfile.mkdtemp(prefix="goedwerk-bench-"))
    try:
        started = time.perf_counter()
        figures = run(a, base)
        import goedwerk

        figures["core"] = str(Path(goedwerk.__file__).parent)
        print(f"\n## Search benchmark: {a.stories:,} stories ({time.perf_counter() - started:.0f} s)\n")
        print(report(figures))
        if a.json:
            a.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    finally:
        if a.keep:
            print(f"kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
