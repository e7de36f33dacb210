"""Property-based fuzzing: queries, front matter, pack files and the anonymiser never crash.

1,000 examples per target in the default profile, 100,000 with ``--hypothesis-profile=long``
(both registered in tests/conftest.py). Every target must answer with a result or a reported
problem (file and line), never an exception.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from goedwerk.core.content.anonymise import scan
from goedwerk.core.content.loader import parse_file
from goedwerk.core.model import Library, SearchResult
from goedwerk.core.packs.packfile import check_pack_file
from goedwerk.core.workspace import Workspace
from tests.conftest import DATA

_SHM = Path("/dev/shm")  # memory, where there is one: a thousand small pack files
SCRATCH = Path(tempfile.mkdtemp(prefix="goedwerk-fuzz-", dir=_SHM if _SHM.is_dir() else None))
WORDS = ["nota", "ambtenaar", "integriteit", "OR", "AND", "NOT", '"', "(", ")", "*", "?", "-", ":", "~", "^"]
KEYS = ["id", "title", "summary", "themes", "b", "sector", "role", "values", "questions", "language", "date"]
PACK_KEYS = [
    "title",
    "date",
    "start",
    "place",
    "format",
    "planned_minutes",
    "blocks",
    "minutes",
    "kind",
    "items",
]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**12), 10**12), st.floats(allow_nan=True), st.text(max_size=30)
)


def yaml_values(keys: list[str]) -> st.SearchStrategy:
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=5)
            | st.dictionaries(st.sampled_from(keys) | st.text(max_size=8), inner, max_size=6)
        ),
        max_leaves=25,
    )


def dumped(keys: list[str]) -> st.SearchStrategy[str]:
    structured = st.dictionaries(st.sampled_from(keys), yaml_values(keys), max_size=8).map(
        lambda data: yaml.safe_dump(data, allow_unicode=True)
    )
    return structured | st.text(max_size=300)


@cache
def workspace() -> Workspace:
    library = Path(shutil.copytree(DATA / "mini", SCRATCH / "mini"))
    return Workspace(library, SCRATCH / "data")


@cache
def library() -> Library:
    return workspace().library


@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=12).map(" ".join) | st.text())
def test_any_query_gets_an_answer(query: str) -> None:
    result = workspace().search(query, facets=True, prefix_last=True)
    assert isinstance(result, SearchResult) and result.total >= len(result.hits)


@given(dumped(KEYS), st.text(max_size=200))
def test_any_front_matter_is_parsed_or_reported_with_a_line(front: str, body: str) -> None:
    raw = f"---\n{front}\n---\n{body}".encode("utf-8", "surrogatepass")
    root = SCRATCH / "mini"
    parsed = parse_file(root, "story", raw, root / "practice" / "fuzz.md")
    lines = raw.count(b"\n") + 2
    assert all(1 <= problem.line <= lines for problem in parsed.problems)
    assert parsed.entries or parsed.problems


@given(dumped(PACK_KEYS))
def test_any_pack_file_is_read_or_refused_with_problems(text: str) -> None:
    path = SCRATCH / "fuzz.pack.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    pack, problems = check_pack_file(path, library())
    assert pack is not None or problems
    assert all(problem.line >= 1 for problem in problems)


@given(
    st.text(max_size=400)
    | st.lists(
        st.sampled_from(
            [
                "NL91 ABNA 0417 1643 00",
                "1112.22.333",
                "Jan de Vries",
                "06-12345678",
                "a@b.nl",
                "1234 AB 5",
                " ",
                "\n",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_the_anonymiser_finds_only_what_is_there(text: str) -> None:
    for finding in scan(text):
        assert text[finding.start : finding.end] == finding.text
        assert finding.line == 1 + text.count("\n", 0, finding.start)
        assert finding.replacement().startswith("[")
