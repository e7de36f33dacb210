"""Load and validate a library folder (see stories/README.md for the format).

Parsing is per file (``parse_file``) so results can be cached by content hash; the checks that
need the whole library (vocabulary, references, duplicate ids) run in ``assemble``.
Every problem is reported as a ``Problem`` with path and line; bad items are left out, the
rest of the library loads.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from goedwerk.core.content import anonymise, yamlio
from goedwerk.core.i18n import _
from goedwerk.core.model import (
    B_IDS,
    BLOCK_KINDS,
    LANGUAGES,
    PHASES,
    Format,
    FormatBlock,
    Library,
    Problem,
    Question,
    Story,
    Term,
    ValueCard,
    Vocabulary,
)

logger = logging.getLogger(__name__)

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MAX_FILE_BYTES = 1_000_000  # a story is a few kilobytes; a bigger file is refused
UNREADABLE = "unreadable"  # the kind of an entry that cannot be read at all (see content_entries)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(\r?\n|\Z)", re.DOTALL)


@dataclass
class Entry:
    """One item parsed from a file: its raw fields and where they stand."""

    kind: str
    data: dict[str, Any]
    line: int
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        """The line of field ``key``, or of the entry itself."""
        return self.key_lines.get(key, self.line)


@dataclass
class ParsedFile:
    """What one content file yielded: entries and the problems found in it alone."""

    path: str
    kind: str
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def content_files(root: Path) -> Iterator[tuple[str, Path]]:
    """Yield ``(kind, path)`` for every content file of the library at ``root``."""
    for kind, rel in content_entries(root):
        yield kind, root / rel


def content_entries(root: Path) -> list[tuple[str, str]]:
    """``(kind, path relative to root, with /)`` of every content file, in a stable order.

    What is there but cannot be a content file (a folder named ``values.yaml``, ``practice``
    that is a file or unreadable, a symlink loop, a name that is not UTF-8) is listed too, so
    that reading it becomes a problem with its path instead of the file silently missing.
    """
    entries = [(kind, name) for name, kind in _TOP_FILES if os.path.lexists(root / name)]
    for folder, suffix, kind in (("formats", ".yaml", "format"), ("practice", ".md", "story")):
        if not os.path.lexists(root / folder):
            continue
        try:
            names = sorted(e.name for e in os.scandir(root / folder) if e.name.endswith(suffix))
        except OSError:
            entries.append((UNREADABLE, folder))
            continue
        for name in names:
            if _printable(name) != name:
                entries.append((UNREADABLE, f"{folder}/{_printable(name)}"))
            elif not (root / folder / name).is_dir():
                entries.append((kind, f"{folder}/{name}"))
    return entries


def _printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (surrogate escapes) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_entry(root: Path, kind: str, path: Path) -> tuple[bytes | None, ParsedFile | None]:
    """The bytes of a content file, or (None, a ParsedFile with the problem) when it cannot be read."""
    problem = ""
    if kind == UNREADABLE and path.name in ("practice", "formats"):
        problem = _("is geen map die Goed Werk kan lezen")
    elif kind == UNREADABLE:
        problem = _("de bestandsnaam is geen geldige UTF-8; hernoem het bestand")
    else:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                problem = _("het bestand is groter dan {mb} MB").format(mb=MAX_FILE_BYTES // 1_000_000)
            else:
                return path.read_bytes(), None
        except OSError as exc:
            problem = _("kan niet worden gelezen: {error}").format(error=exc.strerror or exc)
    result = ParsedFile(relative(root, path), kind)
    result.problems.append(Problem(result.path, 1, problem))
    return None, result


_TOP_FILES = (("vocabulary.yaml", "vocabulary"), ("values.yaml", "values"), ("questions.yaml", "questions"))


def load_library(root: Path) -> Library:
    """Parse and validate every file of the library at ``root`` (no caching)."""
    parsed = []
    for kind, path in content_files(root):
        raw, failed = read_entry(root, kind, path)
        parsed.append(failed or parse_file(root, kind, raw or b"", path))
    return assemble(root, parsed)


def relative(root: Path, path: Path) -> str:
    """The path as shown in messages: relative to the library's parent when possible."""
    try:
        return str(path.resolve().relative_to(root.resolve().parent))
    except ValueError:
        return str(path)
    except (RuntimeError, OSError):  # a symlink loop: name the link itself
        rel = os.path.relpath(path, root.parent)
        return str(path) if rel.startswith("..") else rel


def parse_file(root: Path, kind: str, raw: bytes, path: Path) -> ParsedFile:
    """Parse one content file of ``kind`` from its bytes; never raises for bad content."""
    result = ParsedFile(relative(root, path), kind)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        result.problems.append(Problem(result.path, line, _("bestand is geen geldige UTF-8-tekst")))
        return result
    text = text.removeprefix("\ufeff")
    if kind == "story":
        _parse_story(text, path.stem, result)
    else:
        _parse_yaml_file(text, kind, result)
    return result


def _problem(result: ParsedFile, line: int, message: str, fatal: bool = True) -> None:
    result.problems.append(Problem(result.path, line, message, fatal))


def _load_yaml(text: str, result: ParsedFile, first_line: int = 1) -> Any:
    try:
        data, duplicates = yamlio.load(text, first_line)
    except yamlio.YamlProblem as exc:
        _problem(result, exc.line, _("YAML-fout: {message}").format(message=exc.message))
        return None
    for key, line in duplicates:
        _problem(result, line, _("veld '{key}' staat er twee keer").format(key=key), fatal=False)
    return data


def _parse_yaml_file(text: str, kind: str, result: ParsedFile) -> None:
    data = _load_yaml(text, result)
    if data is None and not result.problems:
        _problem(result, 1, _("bestand is leeg"))
    if data is None:
        return
    if kind == "vocabulary":
        _parse_vocabulary(data, result)
    elif kind == "format":
        _add_entry(result, "format", data, _FORMAT_FIELDS)
    elif not isinstance(data, list):
        _problem(result, getattr(data, "line", 1), _("verwacht een lijst van items"))
    else:
        fields = _VALUE_FIELDS if kind == "values" else _QUESTION_FIELDS
        entry_kind = "value" if kind == "values" else "question"
        for index, item in enumerate(data):
            _add_entry(result, entry_kind, item, fields, _item_line(data, index))


# Field specifications: name -> (type, required). "list" means a list of strings.
_STORY_FIELDS = {
    "id": ("str", True),
    "title": ("str", True),
    "summary": ("str", True),
    "themes": ("list", True),
    "b": ("list", True),
    "sector": ("str", True),
    "role": ("str", True),
    "values": ("list", True),
    "questions": ("list", True),
    "language": ("str", True),
    "invented_names": ("list", False),
}
_VALUE_FIELDS = {
    "id": ("str", True),
    "name": ("str", True),
    "description": ("str", True),
    "question": ("str", True),
}
_QUESTION_FIELDS = {
    "id": ("str", True),
    "text": ("str", True),
    "phase": ("str", True),
    "themes": ("list", False),
    "b": ("list", False),
}
_FORMAT_FIELDS = {
    "id": ("str", True),
    "title": ("str", True),
    "description": ("str", True),
    "blocks": ("blocks", True),
}
_TERM_FIELDS = {"id": ("str", True), "label": ("str", True), "synonyms": ("list", False)}


def _item_line(items: list, index: int) -> int:
    """The line of element ``index`` of a list from YAML (1 when unknown)."""
    return items.line_at(index) if isinstance(items, yamlio.LineList) else 1


def _line(data: Any, key: str | None = None) -> int:
    if isinstance(data, yamlio.LineDict):
        return data.line_of(key) if key else data.line
    return 1


def _checked_fields(data: Any, spec: dict[str, tuple[str, bool]], result: ParsedFile, line: int = 1) -> bool:
    """Check presence and type of fields; normalise lists in place. True when usable.

    ``line`` is where ``data`` stands in its list, for an element that is no mapping.
    """
    if not isinstance(data, dict):
        _problem(result, line, _("verwacht een item met velden"))
        return False
    ok = True
    for name, (ftype, required) in spec.items():
        value = data.get(name)
        if value is None or value == "" or value == []:
            if required and name in data:  # "b: null" or "b: []": at the field's own line
                _problem(result, _line(data, name), _("verplicht veld '{name}' is leeg").format(name=name))
                ok = False
            elif required:
                _problem(result, _line(data), _("verplicht veld '{name}' ontbreekt").format(name=name))
                ok = False
            continue
        if ftype == "str" and not isinstance(value, str | int | float):
            msg = _("veld '{name}' moet tekst zijn").format(name=name)
            _problem(result, _line(data, name), msg)
            ok = False
        elif ftype == "str":
            data[name] = str(value).strip()
        elif ftype == "list":
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list) or not all(isinstance(v, str | int) for v in items):
                msg = _("veld '{name}' moet een lijst van woorden zijn").format(name=name)
                _problem(result, _line(data, name), msg)
                ok = False
            else:
                data[name] = [str(v).strip() for v in items]
    if ok and "id" in spec and not ID_PATTERN.match(data["id"]):
        msg = _("id '{id}' mag alleen kleine letters, cijfers en streepjes bevatten")
        _problem(result, _line(data, "id"), msg.format(id=data["id"]))
        ok = False
    return ok


def _add_entry(result: ParsedFile, kind: str, data: Any, spec: dict, line: int = 1) -> Entry | None:
    if not _checked_fields(data, spec, result, line):
        return None
    entry = Entry(kind, dict(data), _line(data), dict(getattr(data, "key_lines", {})))
    checker = _LOCAL_CHECKS.get(kind)
    if checker and not checker(entry, data, result):
        return None
    result.entries.append(entry)
    return entry


def _check_question(entry: Entry, _data: Any, result: ParsedFile) -> bool:
    if entry.data["phase"] not in PHASES:
        msg = _("onbekende fase '{phase}' (kies uit: {choices})")
        choices = ", ".join(PHASES)
        _problem(result, entry.line_of("phase"), msg.format(phase=entry.data["phase"], choices=choices))
        return False
    return True


def _check_format(entry: Entry, data: Any, result: ParsedFile) -> bool:
    blocks = data.get("blocks")
    if not isinstance(blocks, list):
        _problem(result, entry.line_of("blocks"), _("veld 'blocks' moet een lijst van blokken zijn"))
        return False
    clean: list[dict] = []
    ok = True
    for index, block in enumerate(blocks):
        spec = {"title": ("str", True), "kind": ("str", True)}
        if not _checked_fields(block, spec, result, _item_line(blocks, index)):
            ok = False
            continue
        minutes = block.get("minutes")
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
            msg = _("blok '{title}': minuten moet een positief geheel getal zijn, niet '{value}'")
            _problem(result, _line(block, "minutes"), msg.format(title=block["title"], value=minutes))
            ok = False
        if block["kind"] not in BLOCK_KINDS:
            msg = _("blok '{title}': onbekende soort '{kind}' (kies uit: {choices})")
            choices = ", ".join(BLOCK_KINDS)
            _problem(
                result,
                _line(block, "kind"),
                msg.format(title=block["title"], kind=block["kind"], choices=choices),
            )
            ok = False
        instructions = block.get("instructions") or ""
        clean.append({**block, "minutes": minutes, "instructions": str(instructions).strip()})
    entry.data["blocks"] = clean
    return ok


_LOCAL_CHECKS = {"question": _check_question, "format": _check_format}


def _parse_vocabulary(data: Any, result: ParsedFile) -> None:
    if not isinstance(data, dict):
        _problem(result, _line(data), _("verwacht de lijsten 'themes', 'sectors' en 'roles'"))
        return
    for facet in ("themes", "sectors", "roles"):
        terms = data.get(facet)
        if not isinstance(terms, list) or not terms:
            _problem(
                result,
                _line(data, facet),
                _("lijst '{facet}' ontbreekt of is leeg").format(facet=facet),
            )
            continue
        for term in terms:
            entry = _add_entry(result, facet, term, _TERM_FIELDS)
            if entry:
                entry.data.setdefault("synonyms", [])


def _parse_story(text: str, stem: str, result: ParsedFile) -> None:
    match = _FRONT_MATTER.match(text)
    if not match:
        _problem(result, 1, _("verhaal begint niet met front matter tussen '---'-regels"))
        return
    data = _load_yaml(match.group(1) or "", result, first_line=2)
    if data is None:
        if not result.problems:
            _problem(result, 1, _("front matter is leeg"))
        return
    body = text[match.end() :]
    body_line = text[: match.end()].count("\n") + 1
    entry = _add_entry(result, "story", data, _STORY_FIELDS)
    if entry is None:
        return
    if not body.strip():
        _problem(result, body_line, _("het verhaal heeft geen tekst"))
        result.entries.remove(entry)
        return
    if entry.data["id"] != stem:
        msg = _("id '{id}' hoort gelijk te zijn aan de bestandsnaam '{stem}'")
        _problem(result, entry.line_of("id"), msg.format(id=entry.data["id"], stem=stem), fatal=False)
    if entry.data["language"] not in LANGUAGES:
        msg = _("onbekende taal '{language}' (kies uit: nl, en)")
        _problem(
            result,
            entry.line_of("language"),
            msg.format(language=entry.data["language"]),
            fatal=False,
        )
    entry.data["body"] = body.strip("\n")
    entry.data["body_line"] = body_line
    allowed = entry.data.get("invented_names", [])
    findings = [
        *anonymise.scan(entry.data["title"], allowed, entry.line_of("title")),
        *anonymise.scan(entry.data["summary"], allowed, entry.line_of("summary")),
        *anonymise.scan(body, allowed, body_line),
    ]
    for finding in findings:
        _problem(result, finding.line, finding.message(), fatal=False)


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
    values = tuple(ValueCard(**{k: e.data[k] for k in _VALUE_FIELDS}) for _f, e in by_kind.get("value", []))
    formats = tuple(_format(e) for _f, e in by_kind.get("format", []))
    for problem in problems:
        logger.warning("%s", problem.format())
    return Library(root, vocab, stories, values, questions, formats, tuple(problems))


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
            msg = _UNKNOWN_MESSAGES[field_name].format(value=value)
            problems.append(Problem(pfile.path, entry.line_of(field_name), msg))
    return tuple(kept)


_UNKNOWN_MESSAGES = {
    "themes": _("onbekend thema '{value}' (niet in vocabulary.yaml)"),
    "sector": _("onbekende sector '{value}' (niet in vocabulary.yaml)"),
    "role": _("onbekende rol '{value}' (niet in vocabulary.yaml)"),
    "b": _("onbekende B '{value}' (kies uit: bekwaam, betrouwbaar, betrokken)"),
    "values": _("verwijst naar waardenkaart '{value}' die niet bestaat"),
    "questions": _("verwijst naar vraag '{value}' die niet bestaat"),
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
    )


def _question(pfile: ParsedFile, entry: Entry, known: dict, problems: list[Problem]) -> Question:
    d = entry.data
    themes = _known_only(pfile, entry, "themes", known["themes"], problems)
    b = _known_only(pfile, entry, "b", known["b"], problems)
    return Question(d["id"], d["text"], d["phase"], themes, b)


def _format(entry: Entry) -> Format:
    d = entry.data
    blocks = tuple(FormatBlock(b["title"], b["minutes"], b["kind"], b["instructions"]) for b in d["blocks"])
    return Format(d["id"], d["title"], d["description"], blocks)
