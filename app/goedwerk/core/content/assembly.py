"""The whole-library checks over parsed files, and the ``Library`` they build.

``assemble`` takes the per-file results of ``loader.parse_file`` (fresh or from the cache) and
checks what needs the whole library: the vocabulary, references between items and duplicate
ids. Every problem is a ``Problem`` with path and line; bad items are left out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path, PurePath

from goedwerk.core.content.loader import Entry, ParsedFile, content_files, parse_file, read_entry, relative
from goedwerk.core.content.sections import word_count
from goedwerk.core.i18n import N_, _
from goedwerk.core.model import (
    B_IDS,
    Format,
    FormatBlock,
    GroupSize,
    Guide,
    Library,
    Problem,
    Question,
    Story,
    Term,
    ValueCard,
    Vocabulary,
)

logger = logging.getLogger(__name__)


def load_library(root: Path) -> Library:
    """Parse and validate every file of the library at ``root`` (no caching)."""
    parsed = []
    for kind, path in content_files(root):
        raw, failed = read_entry(root, kind, path)
        parsed.append(failed or parse_file(root, kind, raw or b"", path))
    return assemble(root, parsed)


def assemble(root: Path, parsed: Iterable[ParsedFile]) -> Library:
    """Run the whole-library checks over parsed files and build the ``Library``."""
    files = list(parsed)
    problems = [p for f in files for p in f.problems]
    by_kind: dict[str, list[tuple[ParsedFile, Entry]]] = {}
    for pfile in files:
        for entry in pfile.entries:
            by_kind.setdefault(entry.kind, []).append((pfile, entry))
    for kind_entries in by_kind.values():
        _drop_duplicates(kind_entries, problems)
    vocab = Vocabulary(
        *(tuple(_term(e) for _f, e in by_kind.get(k, [])) for k in ("themes", "sectors", "roles"))
    )
    known = {
        "themes": {t.id for t in vocab.themes},
        "sector": {t.id for t in vocab.sectors},
        "role": {t.id for t in vocab.roles},
        "b": set(B_IDS),
        "values": {e.data["id"] for _f, e in by_kind.get("value", [])},
        "questions": {e.data["id"] for _f, e in by_kind.get("question", [])},
    }
    has_vocab = any(f.kind == "vocabulary" for f in files)
    if not has_vocab:
        problems.append(Problem(relative(root, root / "vocabulary.yaml"), 1, _("vocabulary.yaml ontbreekt")))
    stories = tuple(_story(f, e, known, problems) for f, e in by_kind.get("story", []))
    questions = tuple(_question(f, e, known, problems) for f, e in by_kind.get("question", []))
    values = tuple(_value(e) for _f, e in by_kind.get("value", []))
    formats = tuple(_format(e) for _f, e in by_kind.get("format", []))
    for problem in problems:
        logger.warning("%s", problem.format())
    guides = tuple(_guide(f, e) for f, e in by_kind.get("guide", []))
    return Library(root, vocab, stories, values, questions, formats, tuple(problems), guides)


def with_stories_replaced(library: Library, parsed: Iterable[ParsedFile]) -> Library | None:
    """``library`` with the changed story files ``parsed`` checked and put in place of their old
    versions, without the whole-library checks; None when those must run again (a file that no
    longer holds exactly its one story under the same id, or that was not a loaded story)."""
    known = {
        "themes": {t.id for t in library.vocabulary.themes},
        "sector": {t.id for t in library.vocabulary.sectors},
        "role": {t.id for t in library.vocabulary.roles},
        "b": set(B_IDS),
        "values": {v.id for v in library.values},
        "questions": {q.id for q in library.questions},
    }
    stories = list(library.stories)
    where = {(s.path, s.id): number for number, s in enumerate(stories)}
    new_problems: list[Problem] = []
    paths: set[str] = set()
    for pfile in parsed:
        entries = [e for e in pfile.entries if e.kind == "story"]
        if len(entries) != 1 or len(pfile.entries) != 1:
            return None
        number = where.get((pfile.path, entries[0].data["id"]))
        if number is None or pfile.path in paths:
            return None
        paths.add(pfile.path)
        new_problems.extend(pfile.problems)
        stories[number] = _story(pfile, entries[0], known, new_problems)
    for problem in new_problems:
        logger.warning("%s", problem.format())
    kept = tuple(p for p in library.problems if p.path not in paths)
    return replace(library, stories=tuple(stories), problems=kept + tuple(new_problems))


def _drop_duplicates(entries: list[tuple[ParsedFile, Entry]], problems: list[Problem]) -> None:
    """Keep the first entry of each id; the file whose name is the id goes first, the others are reported."""
    seen: dict[str, tuple[ParsedFile, Entry]] = {}
    for pfile, entry in sorted(entries, key=lambda fe: PurePath(fe[0].path).stem != fe[1].data["id"]):
        first = seen.get(entry.data["id"])
        if first is None:
            seen[entry.data["id"]] = (pfile, entry)
            continue
        msg = _("id '{id}' bestaat al ({where})").format(
            id=entry.data["id"], where=f"{first[0].path}:{first[1].line_of('id')}"
        )
        problems.append(Problem(pfile.path, entry.line_of("id"), msg))
        entries.remove((pfile, entry))


def _term(entry: Entry) -> Term:
    return Term(entry.data["id"], entry.data["label"], tuple(entry.data.get("synonyms", [])))


def _known_only(
    pfile: ParsedFile, entry: Entry, field_name: str, known: set[str], problems: list[Problem]
) -> tuple[str, ...]:
    values = entry.data.get(field_name) or []
    if isinstance(values, str):
        values = [values]
    kept = []
    for value in values:
        if value in known:
            kept.append(value)
        else:
            msg = _(_UNKNOWN_MESSAGES[field_name]).format(value=value)
            problems.append(Problem(pfile.path, entry.line_of(field_name), msg))
    return tuple(kept)


_UNKNOWN_MESSAGES = {
    "themes": N_("onbekend thema '{value}' (niet in vocabulary.yaml)"),
    "sector": N_("onbekende sector '{value}' (niet in vocabulary.yaml)"),
    "role": N_("onbekende rol '{value}' (niet in vocabulary.yaml)"),
    "b": N_("onbekende B '{value}' (kies uit: bekwaam, betrouwbaar, betrokken)"),
    "values": N_("verwijst naar waardenkaart '{value}' die niet bestaat"),
    "questions": N_("verwijst naar vraag '{value}' die niet bestaat"),
}


def _story(pfile: ParsedFile, entry: Entry, known: dict, problems: list[Problem]) -> Story:
    refs = {name: _known_only(pfile, entry, name, known[name], problems) for name in known}
    d = entry.data
    return Story(
        id=d["id"],
        title=d["title"],
        summary=d["summary"],
        body=d["body"],
        themes=refs["themes"],
        b=refs["b"],
        sector=refs["sector"][0] if refs["sector"] else "",
        role=refs["role"][0] if refs["role"] else "",
        values=refs["values"],
        questions=refs["questions"],
        language=d["language"],
        invented_names=tuple(d.get("invented_names", [])),
        path=pfile.path,
        notes=d.get("notes", ""),
        short_text=d.get("short_text", ""),
        words=word_count(d["body"]),
    )


def _value(entry: Entry) -> ValueCard:
    d = entry.data
    return ValueCard(d["id"], d["name"], d["description"], d["question"], tuple(d.get("sets", [])))


def _guide(pfile: ParsedFile, entry: Entry) -> Guide:
    d = entry.data
    return Guide(d["id"], d["title"], d["kind"], d["body"], pfile.path, word_count(d["body"]))


def _question(pfile: ParsedFile, entry: Entry, known: dict, problems: list[Problem]) -> Question:
    d = entry.data
    themes = _known_only(pfile, entry, "themes", known["themes"], problems)
    b = _known_only(pfile, entry, "b", known["b"], problems)
    return Question(d["id"], d["text"], d["phase"], themes, b)


def _format(entry: Entry) -> Format:
    d = entry.data
    blocks = tuple(FormatBlock(b["title"], b["minutes"], b["kind"], b["instructions"]) for b in d["blocks"])
    size = d.get("group_size")
    group_size = GroupSize(size["min"], size["max"]) if size else None
    return Format(d["id"], d["title"], d["description"], blocks, d.get("card_set", ""), group_size)
