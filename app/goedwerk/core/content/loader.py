"""Load and validate a library folder (see stories/README.md for the format).

Parsing is per file (``parse_file``) so results can be cached by content hash; the checks that
need the whole library (vocabulary, references, duplicate ids) run in ``assembly.assemble``.
Every problem is reported as a ``Problem`` with path and line; bad items are left out, the
rest of the library loads.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from goedwerk.core.content import anonymise, yamlio
from goedwerk.core.content.fields import Fields, item_line, line_of
from goedwerk.core.content.sections import split_story
from goedwerk.core.i18n import _
from goedwerk.core.model import (
    GUIDE_KINDS,
    LANGUAGES,
    PHASES,
    Problem,
)

logger = logging.getLogger(__name__)

_HEADINGS = re.compile(r"(?m)^#+[ \t].*$")  # headings are ours, not names: blanked before the scan
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
    for folder, suffix, kind in _FOLDERS:
        if not os.path.lexists(root / folder):
            continue
        try:
            found = sorted((e.name, _is_dir(e)) for e in os.scandir(root / folder) if e.name.endswith(suffix))
        except OSError:
            entries.append((UNREADABLE, folder))
            continue
        for name, is_dir in found:
            if _printable(name) != name:
                entries.append((UNREADABLE, f"{folder}/{_printable(name)}"))
            elif not is_dir:
                entries.append((kind, f"{folder}/{name}"))
    return entries


def _is_dir(entry: os.DirEntry) -> bool:
    """``Path.is_dir`` of a folder entry, from the listing where it can (no stat per file)."""
    try:
        return entry.is_dir()
    except OSError:  # as Path.is_dir: what cannot be looked at is no folder
        return False


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
_FOLDERS = (("formats", ".yaml", "format"), ("practice", ".md", "story"), ("guides", ".md", "guide"))


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
    if kind in ("story", "guide"):
        _parse_markdown(text, kind, path.stem, result)
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
        fields = VALUE_FIELDS if kind == "values" else _QUESTION_FIELDS
        entry_kind = "value" if kind == "values" else "question"
        for index, item in enumerate(data):
            _add_entry(result, entry_kind, item, fields, item_line(data, index))


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
VALUE_FIELDS = {
    "id": ("str", True),
    "name": ("str", True),
    "description": ("str", True),
    "question": ("str", True),
    "sets": ("list", False),
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
    "card_set": ("str", False),
}  # and ``group_size`` (optional), checked by ``_check_group_size``
_GUIDE_FIELDS = {"id": ("str", True), "title": ("str", True), "kind": ("str", True)}
_TERM_FIELDS = {"id": ("str", True), "label": ("str", True), "synonyms": ("list", False)}


def _checked_fields(data: Any, spec: dict[str, tuple[str, bool]], result: ParsedFile, line: int = 1) -> bool:
    """Check the fields of ``data`` with the one validator; its problems go to ``result``."""
    return Fields(result.path, result.problems).checked(data, spec, line)


def _add_entry(result: ParsedFile, kind: str, data: Any, spec: dict, line: int = 1) -> Entry | None:
    if not _checked_fields(data, spec, result, line):
        return None
    entry = Entry(kind, dict(data), line_of(data), dict(getattr(data, "key_lines", {})))
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
    fields = Fields(result.path, result.problems)
    for index, block in enumerate(blocks):
        spec = {"title": ("str", True), "kind": ("str", True)}
        if not fields.checked(block, spec, item_line(blocks, index)):
            ok = False
            continue
        minutes = fields.minutes(block, block["title"])
        ok = minutes is not None and ok
        ok = fields.block_kind(block, block["title"], block["kind"]) and ok
        instructions = block.get("instructions") or ""
        clean.append({**block, "minutes": minutes, "instructions": str(instructions).strip()})
    entry.data["blocks"] = clean
    _check_group_size(entry, data, result)
    return ok


def _check_group_size(entry: Entry, data: Any, result: ParsedFile) -> None:
    """Keep ``group_size`` as ``{min, max}`` (max None: no limit); a bad one is named and dropped."""
    size = entry.data.pop("group_size", None)
    if size is None:
        return
    line = line_of(data, "group_size")
    if not isinstance(size, dict) or not size or set(size) - {"min", "max"}:
        msg = _("veld 'group_size' moet 'min' en/of 'max' hebben, bijvoorbeeld {{min: 6, max: 10}}")
        _problem(result, line, msg, fatal=False)
        return
    for name, value in size.items():
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            msg = _("group_size: '{name}' moet een positief geheel getal zijn, niet '{value}'")
            _problem(result, line_of(size, name), msg.format(name=name, value=value), fatal=False)
            return
    low, high = size.get("min", 1), size.get("max")
    if high is not None and low > high:
        msg = _("group_size: 'min' ({low}) is groter dan 'max' ({high})")
        _problem(result, line, msg.format(low=low, high=high), fatal=False)
        return
    entry.data["group_size"] = {"min": low, "max": high}


def _check_guide(entry: Entry, _data: Any, result: ParsedFile) -> bool:
    if entry.data["kind"] not in GUIDE_KINDS:
        msg = _("onbekende soort handreiking '{kind}' (kies uit: {choices})")
        choices = ", ".join(GUIDE_KINDS)
        _problem(result, entry.line_of("kind"), msg.format(kind=entry.data["kind"], choices=choices))
        return False
    return True


_LOCAL_CHECKS = {"question": _check_question, "format": _check_format, "guide": _check_guide}


def _parse_vocabulary(data: Any, result: ParsedFile) -> None:
    if not isinstance(data, dict):
        _problem(result, line_of(data), _("verwacht de lijsten 'themes', 'sectors' en 'roles'"))
        return
    for facet in ("themes", "sectors", "roles"):
        terms = data.get(facet)
        if not isinstance(terms, list) or not terms:
            _problem(
                result,
                line_of(data, facet),
                _("lijst '{facet}' ontbreekt of is leeg").format(facet=facet),
            )
            continue
        for term in terms:
            entry = _add_entry(result, facet, term, _TERM_FIELDS)
            if entry:
                entry.data.setdefault("synonyms", [])


def _parse_markdown(text: str, kind: str, stem: str, result: ParsedFile) -> None:
    match = _FRONT_MATTER.match(text)
    if not match:
        if kind == "story":
            _problem(result, 1, _("verhaal begint niet met front matter tussen '---'-regels"))
        else:
            _problem(result, 1, _("handreiking begint niet met front matter tussen '---'-regels"))
        return
    data = _load_yaml(match.group(1) or "", result, first_line=2)
    if data is None:
        if not result.problems:
            _problem(result, 1, _("front matter is leeg"))
        return
    body = text[match.end() :]
    body_line = text[: match.end()].count("\n") + 1
    entry = _add_entry(result, kind, data, _STORY_FIELDS if kind == "story" else _GUIDE_FIELDS)
    if entry is None:
        return
    if not body.strip():
        if kind == "story":
            _problem(result, body_line, _("het verhaal heeft geen tekst"))
        else:
            _problem(result, body_line, _("de handreiking heeft geen tekst"))
        result.entries.remove(entry)
        return
    if entry.data["id"] != stem:
        msg = _("id '{id}' hoort gelijk te zijn aan de bestandsnaam '{stem}'")
        _problem(result, entry.line_of("id"), msg.format(id=entry.data["id"], stem=stem), fatal=False)
    if kind == "guide":
        entry.data["body"] = body.strip("\n")
        return
    if entry.data["language"] not in LANGUAGES:
        msg = _("onbekende taal '{language}' (kies uit: nl, en)")
        _problem(
            result,
            entry.line_of("language"),
            msg.format(language=entry.data["language"]),
            fatal=False,
        )
    parts = split_story(body.strip("\n"), body_line + len(body) - len(body.lstrip("\n")))
    for line, message in parts.problems:
        _problem(result, line, message, fatal=False)
    entry.data.update(body=parts.text, notes=parts.notes, short_text=parts.short_text)
    entry.data["body_line"] = body_line
    allowed = entry.data.get("invented_names", [])
    findings = [
        *anonymise.scan(entry.data["title"], allowed, entry.line_of("title")),
        *anonymise.scan(entry.data["summary"], allowed, entry.line_of("summary")),
        *anonymise.scan(_HEADINGS.sub("", body), allowed, body_line),
    ]
    for finding in findings:
        _problem(result, finding.line, finding.message(), fatal=False)
