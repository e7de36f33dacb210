"""The SQLite FTS5 peer of the search benchmark: its own reading, parsing and analysis.

It reads the same library files the core reads (front matter parsed with PyYAML's C loader,
as the core's loader does), stems them with the core's Dutch analysis (fold, stop words,
snowball), stores them with sqlite-utils and indexes title, summary and body in FTS5. Queries
are stemmed the same way, every word must match, ranked by ``bm25`` with the core's weights
(title 3, summary 2, body 1), plus a ``count(*)`` for the total.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils
import yaml

from goedwerk.core.search.analysis import STOP_WORDS, TOKEN_PATTERN, dutch_stem, fold

_TOKEN = re.compile(TOKEN_PATTERN)
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def analysed(text: str) -> str:
    """``text`` as the index sees it: folded tokens, no stop words, Dutch stems."""
    tokens = (fold(t) for t in _TOKEN.findall(text))
    return " ".join(dutch_stem(t) for t in tokens if len(t) >= 2 and t not in STOP_WORDS)


def items(lib: Path) -> Iterator[dict[str, str]]:
    """Every story, value card and question of the library folder, read from its files."""
    for path in sorted((lib / "practice").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        match = _FRONT.match(text)
        meta = yaml.load(match.group(1), Loader=_LOADER)
        story = text[match.end() :].split("\n## Voor de gespreksleider", 1)[0]  # the text, as the core
        body = re.sub(r"[*_`#>]+", "", story)
        yield _row("story", meta["id"], meta["title"], meta["summary"], body)
    for card in yaml.load((lib / "values.yaml").read_text(encoding="utf-8"), Loader=_LOADER):
        yield _row("value", card["id"], card["name"], card["description"], card["question"])
    for question in yaml.load((lib / "questions.yaml").read_text(encoding="utf-8"), Loader=_LOADER):
        yield _row("question", question["id"], question["text"], "", "")


def _row(kind: str, item_id: str, title: str, summary: str, body: str) -> dict[str, str]:
    return {
        "docid": f"{kind}:{item_id}",
        "kind": kind,
        "item_id": item_id,
        "title": title,
        "summary": summary,
        "body": body,
        "title_stems": analysed(title),
        "summary_stems": analysed(summary),
        "body_stems": analysed(body),
    }


def build(lib: Path, db_path: Path) -> None:
    """Read ``lib`` and index it in a fresh FTS5 database at ``db_path``."""
    db_path.unlink(missing_ok=True)
    db = sqlite_utils.Database(db_path)
    db["docs"].insert_all(items(lib), pk="docid", batch_size=1000)
    db["docs"].enable_fts(["title_stems", "summary_stems", "body_stems"], tokenize="unicode61")
    db.execute("INSERT INTO docs_fts(docs_fts) VALUES ('optimize')")
    db.conn.commit()
    db.close()


_SEARCH = """
SELECT docs.item_id, docs.kind, docs.title, bm25(docs_fts, 3.0, 2.0, 1.0) AS score
FROM docs_fts JOIN docs ON docs.rowid = docs_fts.rowid
WHERE docs_fts MATCH :q ORDER BY score LIMIT 20
"""
_COUNT = "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH :q"


def search(conn: sqlite3.Connection, text: str) -> tuple[list[tuple], int]:
    """Top 20 hits and the total for ``text``."""
    stems = analysed(text).split()
    if not stems:
        return [], 0
    match = " AND ".join(f'"{stem}"' for stem in stems)
    return conn.execute(_SEARCH, {"q": match}).fetchall(), conn.execute(_COUNT, {"q": match}).fetchone()[0]
