"""Search benchmark: the core's Whoosh index against SQLite FTS5 on a synthetic Dutch library.

Generates a library of N stories (~400 words each, Zipf-distributed Dutch words drawn from the
bundled stories plus generated inflections and compounds), then measures with the core's
``Workspace``: the full build (load + index), query latency as the CLI searches
(``limit=20``) and as the window searches (``facets=True, prefix_last=True``), and the start
with an unchanged library, both in-process and in a fresh interpreter (imports included).
The same corpus, analysed with ``goedwerk.core.search.analysis``, is indexed in SQLite FTS5 through
sqlite-utils for comparison. Prints a Markdown table.

    .venv/bin/python benchmarks/search.py [--stories 5000] [--queries 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

from goedwerk.core.model import B_IDS, Library
from goedwerk.core.search.analysis import STOP_WORDS, TOKEN_PATTERN, dutch_stem, fold
from goedwerk.core.search.library_index import documents
from goedwerk.core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "stories"
VOCABULARY_SIZE = 10_000
ZIPF_EXPONENT = 1.1
START_REPEATS = 5
BUDGET_P95_MS = 30.0
BUDGET_START_MS = 300.0
_TOKEN = re.compile(TOKEN_PATTERN)
Figures = dict[str, Any]
_SUFFIXES = ("en", "e", "s", "je", "tje", "heid", "lijk", "ing", "er", "ste", "isch", "tjes")

_START_PROBE = """
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from goedwerk.core.workspace import Workspace
t1 = time.perf_counter()
ws = Workspace(Path(sys.argv[1]), Path(sys.argv[2]))
ws.load()
ws.index()
t2 = time.perf_counter()
ws.search(sys.argv[3], limit=20)
t3 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "start": t2 - t1, "first": t3 - t2}))
"""


@dataclass
class WordList:
    """Words ranked from frequent to rare, with cumulative Zipf weights for sampling."""

    words: list[str]
    cum_weights: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        weights = (1.0 / (rank + 2.7) ** ZIPF_EXPONENT for rank in range(len(self.words)))
        self.cum_weights = list(accumulate(weights))

    def sample(self, rng: random.Random, k: int) -> list[str]:
        """``k`` words drawn with Zipf frequencies."""
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


# -- the synthetic library ---------------------------------------------------------------------


def source_counts() -> Counter[str]:
    """Lower-case words of the bundled stories, value cards and questions, with frequencies."""
    texts = [
        path.read_text(encoding="utf-8").split("\n---", 1)[-1]
        for path in sorted((SOURCE / "practice").glob("*.md"))
    ]
    for name, keys in (("values.yaml", ("description", "question")), ("questions.yaml", ("text",))):
        items = yaml.safe_load((SOURCE / name).read_text(encoding="utf-8"))
        texts.extend(str(item.get(key, "")) for item in items for key in keys)
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in _TOKEN.findall(text) if w.isalpha() and w.islower())
    return counts


def variations(base: list[str], rng: random.Random, wanted: int) -> list[str]:
    """Generated inflections and compounds of the content words in ``base``."""
    content = [w for w in base if len(w) >= 4 and w not in STOP_WORDS]
    known = set(base)
    out: list[str] = []
    while len(out) < wanted:
        word = rng.choice(content)
        if rng.random() < 0.6:
            new = word + rng.choice(_SUFFIXES)
        else:
            new = word + rng.choice(("", "s")) + rng.choice(content)
        if new not in known and len(new) <= 24:
            known.add(new)
            out.append(new)
    return out


def build_word_list(rng: random.Random) -> WordList:
    """Bundled words by observed frequency, then generated words in random order."""
    counts = source_counts()
    base = sorted(counts, key=lambda w: (-counts[w], w))
    extra = variations(base, rng, max(0, VOCABULARY_SIZE - len(base)))
    return WordList(base + extra)


def sentence(rng: random.Random, words: WordList) -> str:
    """One sentence: capital first letter, lower-case after, sometimes a comma."""
    parts = words.sample(rng, rng.randint(5, 18))
    if len(parts) > 8 and rng.random() < 0.4:
        cut = rng.randint(3, len(parts) - 3)
        parts[cut] += ","
    text = " ".join(parts)
    end = rng.choices((".", "?", "!"), weights=(85, 10, 5))[0]
    return text[0].upper() + text[1:] + end


def story_body(rng: random.Random, words: WordList) -> str:
    """Paragraphs of sentences until ~400 words."""
    target = rng.randint(350, 450)
    paragraphs: list[str] = []
    count = 0
    while count < target:
        sentences = [sentence(rng, words) for _ in range(rng.randint(3, 6))]
        count += sum(len(s.split()) for s in sentences)
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


@dataclass(frozen=True)
class Ids:
    """The ids a story may refer to, read from the copied YAML files."""

    themes: list[str]
    sectors: list[str]
    roles: list[str]
    values: list[str]
    questions: list[str]

    @classmethod
    def read(cls, lib: Path) -> Ids:
        """Ids from ``vocabulary.yaml``, ``values.yaml`` and ``questions.yaml`` in ``lib``."""
        vocab = yaml.safe_load((lib / "vocabulary.yaml").read_text(encoding="utf-8"))
        values = yaml.safe_load((lib / "values.yaml").read_text(encoding="utf-8"))
        questions = yaml.safe_load((lib / "questions.yaml").read_text(encoding="utf-8"))
        return cls(
            [t["id"] for t in vocab["themes"]],
            [t["id"] for t in vocab["sectors"]],
            [t["id"] for t in vocab["roles"]],
            [v["id"] for v in values],
            [q["id"] for q in questions],
        )


def story_file(story_id: str, rng: random.Random, words: WordList, ids: Ids) -> str:
    """A complete practice/*.md file with valid front matter."""
    title = " ".join(words.sample(rng, rng.randint(3, 6)))
    meta = {
        "id": story_id,
        "title": json.dumps(title[0].upper() + title[1:], ensure_ascii=False),
        "summary": json.dumps(sentence(rng, words), ensure_ascii=False),
        "themes": f"[{', '.join(rng.sample(ids.themes, rng.randint(1, 3)))}]",
        "b": f"[{', '.join(rng.sample(B_IDS, rng.randint(1, 2)))}]",
        "sector": rng.choice(ids.sectors),
        "role": rng.choice(ids.roles),
        "values": f"[{', '.join(rng.sample(ids.values, rng.randint(2, 5)))}]",
        "questions": f"[{', '.join(rng.sample(ids.questions, rng.randint(1, 3)))}]",
        "language": "nl",
    }
    front = "\n".join(f"{key}: {value}" for key, value in meta.items())
    return f"---\n{front}\n---\n\n{story_body(rng, words)}"


def write_library(lib: Path, stories: int, rng: random.Random, words: WordList) -> None:
    """Copy the bundled YAML files and write ``stories`` generated practice files."""
    lib.mkdir(parents=True, exist_ok=True)
    for name in ("vocabulary.yaml", "values.yaml", "questions.yaml"):
        shutil.copy2(SOURCE / name, lib / name)
    shutil.copytree(SOURCE / "formats", lib / "formats", dirs_exist_ok=True)
    practice = lib / "practice"
    practice.mkdir(exist_ok=True)
    ids = Ids.read(lib)
    width = len(str(stories))
    for number in range(1, stories + 1):
        story_id = f"verhaal-{number:0{width}d}"
        text = story_file(story_id, rng, words, ids)
        (practice / f"{story_id}.md").write_text(text, encoding="utf-8")


def make_queries(words: WordList, count: int, rng: random.Random) -> list[str]:
    """One- and two-word queries mixing frequent, middle and rare content words."""
    pool = [w for w in words.words if fold(w) not in STOP_WORDS and len(w) >= 3]
    bands = (pool[:200], pool[200:2000], pool[2000:])
    queries = []
    for number in range(count):
        size = 1 + number % 2
        queries.append(" ".join(rng.choice(rng.choice(bands)) for _ in range(size)))
    return queries


# -- measuring ---------------------------------------------------------------------------------


def timed(fn: Callable[[], object]) -> float:
    """Seconds ``fn()`` took."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def latencies(search: Callable[[str], object], queries: list[str]) -> list[float]:
    """Seconds per query, after three warm-up queries that are not counted."""
    for query in queries[-3:]:
        search(query)
    return [timed(lambda q=query: search(q)) for query in queries]


def p50_p95(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile."""
    cuts = statistics.quantiles(samples, n=100)
    return cuts[49], cuts[94]


def check_library(library: Library) -> int:
    """Exit when the generated library has problems; return the anonymisation findings."""
    findings = [p for p in library.problems if p.message.startswith("mogelijk persoonsgegeven")]
    others = [p for p in library.problems if p not in findings]
    if others:
        for problem in others[:20]:
            print(problem.format(), file=sys.stderr)
        sys.exit(f"generated library has {len(others)} problems")
    return len(findings)


def bench_whoosh(lib: Path, data: Path, queries: list[str], out: Figures) -> Library:
    """Build, then time queries as the CLI and as the window run them."""
    ws = Workspace(lib, data)
    out["load"] = timed(ws.load)
    out["findings"] = check_library(ws.library)
    out["index"] = timed(ws.index)
    out["build"] = out["load"] + out["index"]
    cli = latencies(lambda q: ws.search(q, limit=20, count=False), queries)
    out["p50"], out["p95"] = p50_p95(cli)
    out["first_facets"] = timed(lambda: ws.search(queries[0], facets=True, prefix_last=True))
    window = latencies(lambda q: ws.search(q, limit=100, facets=True, prefix_last=True), queries)
    out["window_p50"], out["window_p95"] = p50_p95(window)
    out["totals"] = [ws.search(q, limit=20).total for q in queries]
    library = ws.library
    ws.close()
    out["size"] = dir_size(ws.index_dir)
    return library


def start_in_process(lib: Path, data: Path, query: str, out: Figures) -> None:
    """Median load + index of a new Workspace on unchanged files, and its first search."""
    starts, firsts = [], []
    for _ in range(START_REPEATS):
        ws = Workspace(lib, data)
        starts.append(timed(lambda ws=ws: (ws.load(), ws.index())))
        firsts.append(timed(lambda ws=ws: ws.search(query, limit=20)))
        ws.close()
    out["start"] = statistics.median(starts)
    out["start_first"] = statistics.median(firsts)


def start_fresh_process(lib: Path, data: Path, query: str, out: Figures) -> None:
    """Median start in a new interpreter: imports, load + index, first search, wall time."""
    runs, walls = [], []
    command = [sys.executable, "-c", _START_PROBE, str(lib), str(data), query]
    for _ in range(START_REPEATS):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - started)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    for key in ("imports", "start", "first"):
        out[f"fresh_{key}"] = statistics.median(r[key] for r in runs)
    out["fresh_wall"] = statistics.median(walls)


def dir_size(path: Path) -> float:
    """Total size of the files under ``path`` (or the file itself), in bytes."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- SQLite FTS5 with the same analysis ---------------------------------------------------------


def analysed(text: str) -> str:
    """``text`` as the index sees it: folded tokens, no stop words, Dutch stems."""
    tokens = (fold(t) for t in _TOKEN.findall(text))
    return " ".join(dutch_stem(t) for t in tokens if len(t) >= 2 and t not in STOP_WORDS)


def build_fts(library: Library, db_path: Path) -> sqlite_utils.Database:
    """Index the same documents as Whoosh in an FTS5 table over analysed text."""
    db = sqlite_utils.Database(db_path)
    rows = [
        {
            "docid": docid,
            "kind": doc["kind"],
            "item_id": doc["item_id"],
            "title": doc["title"],
            "summary": doc["summary"],
            "body": doc["body"],
            **{f"{name}_stems": analysed(doc[name]) for name in ("title", "summary", "body")},
        }
        for docid, doc in documents(library).items()
    ]
    db["docs"].insert_all(rows, pk="docid", batch_size=1000)
    db["docs"].enable_fts(["title_stems", "summary_stems", "body_stems"], tokenize="unicode61")
    db.execute("INSERT INTO docs_fts(docs_fts) VALUES ('optimize')")
    db.conn.commit()
    return db


_FTS_SEARCH = """
SELECT docs.item_id, docs.kind, docs.title, bm25(docs_fts, 3.0, 2.0, 1.0) AS score
FROM docs_fts JOIN docs ON docs.rowid = docs_fts.rowid
WHERE docs_fts MATCH :q ORDER BY score LIMIT 20
"""
_FTS_COUNT = "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH :q"


def fts_search(conn: sqlite3.Connection, text: str) -> tuple[list[tuple], int]:
    """Top 20 hits and the total for ``text`` (every word must match, as in the core)."""
    stems = analysed(text).split()
    if not stems:
        return [], 0
    match = " AND ".join(f'"{stem}"' for stem in stems)
    hits = conn.execute(_FTS_SEARCH, {"q": match}).fetchall()
    total = conn.execute(_FTS_COUNT, {"q": match}).fetchone()[0]
    return hits, total


def bench_fts(library: Library, data: Path, queries: list[str], out: Figures) -> None:
    """Build time, p50/p95 and the totals of the FTS5 variant."""
    db_path = data / "fts5.db"
    db_path.unlink(missing_ok=True)
    started = time.perf_counter()
    db = build_fts(library, db_path)
    out["index"] = time.perf_counter() - started
    samples = latencies(lambda q: fts_search(db.conn, q), queries)
    out["p50"], out["p95"] = p50_p95(samples)
    out["totals"] = [fts_search(db.conn, q)[1] for q in queries]
    db.close()
    out["size"] = dir_size(db_path)


def profile_window(lib: Path, data: Path, queries: list[str]) -> None:
    """Print where the window-style queries spend their time."""
    ws = Workspace(lib, data)
    ws.search(queries[0], facets=True, prefix_last=True)
    profiler = cProfile.Profile()
    profiler.enable()
    for query in queries:
        ws.search(query, limit=20, facets=True, prefix_last=True)
    profiler.disable()
    ws.close()
    print("\nProfile of the window-style queries (top 20 by cumulative time):\n")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(20)


# -- report ------------------------------------------------------------------------------------


def machine() -> str:
    """nproc, CPU, Python and library versions."""
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        names = re.findall(r"model name\s*:\s*(.+)", cpuinfo.read_text(encoding="utf-8"))
        cpu = names[0].strip() if names else cpu
    return (
        f"nproc {nproc}, {cpu}, Python {platform.python_version()} ({platform.system()}), "
        f"SQLite {sqlite3.sqlite_version}"
    )


def ms(seconds: float) -> str:
    """Seconds as milliseconds or seconds, whichever reads better."""
    return f"{seconds:.2f} s" if seconds >= 10 else f"{seconds * 1000:,.1f} ms"


def ratio(a: float, b: float) -> str:
    """``a / b`` as ``3.2×``."""
    return f"{a / b:.1f}×" if b else "–"


def mb(size: float) -> str:
    """Bytes as megabytes."""
    return f"{size / 1e6:.1f} MB"


def row(
    label: str,
    whoosh: float,
    fts: float | None = None,
    budget: str = "",
    fmt: Callable[[float], str] = ms,
) -> str:
    """One Markdown table row; the ratio only where both sides were measured."""
    both = fts is not None
    cells = (label, fmt(whoosh), fmt(fts) if both else "–", ratio(whoosh, fts) if both else "")
    return f"| {' | '.join((*cells, budget))} |"


def table(stories: int, w: Figures, f: Figures) -> str:
    """The Markdown table of all figures."""
    at = "" if stories == 5000 else " at 5,000"
    p95, start = f"≤ {BUDGET_P95_MS:.0f} ms{at}", f"≤ {BUDGET_START_MS:.0f} ms"
    fresh = w["fresh_imports"] + w["fresh_start"]
    return "\n".join(
        [
            "| Measure | Whoosh (core) | SQLite FTS5 | Whoosh/FTS5 | Budget |",
            "|---|---:|---:|---:|---|",
            row("Load library (parse, validate, catalog)", w["load"]),
            row("Index from the loaded library", w["index"], f["index"]),
            row("Full build (load + index)", w["build"], w["load"] + f["index"]),
            row("Query p50, CLI (limit 20)", w["p50"], f["p50"]),
            row("Query p95, CLI (limit 20)", w["p95"], f["p95"], p95),
            row("Query p50, window (limit 100, facets, prefix)", w["window_p50"]),
            row("Query p95, window (limit 100, facets, prefix)", w["window_p95"], budget=p95),
            row("First window query (builds the facet map)", w["first_facets"]),
            row("Start, unchanged library, in-process: load + index", w["start"], budget=start),
            row("… then the first search", w["start_first"]),
            row("Start, fresh process: imports", w["fresh_imports"]),
            row("Start, fresh process: load + index", w["fresh_start"]),
            row("Start, fresh process: imports + load + index", fresh, budget=start),
            row("Start, fresh process: wall time to first result", w["fresh_wall"]),
            row("Index size on disk", w["size"], f["size"], fmt=mb),
        ]
    )


def report(args: argparse.Namespace, words: WordList, w: Figures, f: Figures) -> None:
    """Print corpus, machine, the table and how far Whoosh and FTS5 agree."""
    same = sum(a == b for a, b in zip(w["totals"], f["totals"], strict=True))
    empty = sum(1 for t in w["totals"] if not t)
    print(f"\n## Search benchmark: {args.stories:,} stories, {args.queries} queries\n")
    print(f"Machine: {machine()}  ")
    digest = hashlib.blake2b("\n".join(words.words).encode(), digest_size=4).hexdigest()
    corpus = f"seed {args.seed}, {len(words.words):,} distinct words ({digest}), Zipf s={ZIPF_EXPONENT}"
    print(f"Corpus: {corpus}, {w['findings']} anonymisation findings.  ")
    print(f"Start figures are medians of {START_REPEATS} runs.\n")
    print(table(args.stories, w, f))
    print(f"\nSame match count in Whoosh and FTS5 for {same}/{len(w['totals'])} queries ")
    print(f"(differences come from synonym expansion in the core); {empty} queries found nothing.")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=5000, help="stories to generate")
    parser.add_argument("--queries", type=int, default=200, help="queries to time")
    parser.add_argument("--seed", type=int, default=7, help="random seed (repeatable runs)")
    parser.add_argument("--out", type=Path, help="folder for library and data (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--profile", action="store_true", help="profile window-style queries")
    return parser.parse_args(argv)


def run(args: argparse.Namespace, base: Path) -> None:
    """Generate, measure, report."""
    rng = random.Random(args.seed)
    words = build_word_list(rng)
    lib, data, fts_data = base / "library", base / "data", base / "fts"
    started = time.perf_counter()
    write_library(lib, args.stories, rng, words)
    print(f"generated {args.stories} stories in {lib} ({time.perf_counter() - started:.1f} s)")
    queries = make_queries(words, args.queries, random.Random(f"{args.seed}-queries"))
    whoosh: Figures = {}
    library = bench_whoosh(lib, data, queries, whoosh)
    start_in_process(lib, data, queries[0], whoosh)
    start_fresh_process(lib, data, queries[0], whoosh)
    fts: Figures = {}
    fts_data.mkdir(exist_ok=True)
    bench_fts(library, fts_data, queries, fts)
    report(args, words, whoosh, fts)
    if args.profile:
        profile_window(lib, data, queries)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    if args.out:
        if args.out.exists() and any(args.out.iterdir()):
            sys.exit(f"{args.out} is not empty")
        run(args, args.out)
        return 0
    base = Path(tempfile.mkdtemp(prefix="goedwerk-bench-"))
    try:
        run(args, base)
    finally:
        if args.keep:
            print(f"kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
