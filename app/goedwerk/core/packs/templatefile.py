"""Template files (``*.template.yaml``): one of the user's own templates as a file to share.

A template file is a pack file without date, start, place and group, with a ``version`` first
(docs/template-format.md). It is read by the pack-file reader, so every problem has its line;
``read_template_file`` raises ``ContentError`` when any problem is fatal (a newer version, an
unknown item, a file that is too large or no YAML), and nothing is stored.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from goedwerk.core.content import yamlio
from goedwerk.core.errors import ContentError
from goedwerk.core.i18n import _
from goedwerk.core.model import Library, Pack, Problem
from goedwerk.core.packs import packfile

VERSION = 1
SUFFIX = ".template.yaml"
MAX_BYTES = 1_000_000  # a template is a few kilobytes
_NOT_IN_TEMPLATES = ("date", "start", "place", "group")


def parse_template(text: str, library: Library, label: str) -> tuple[Pack | None, list[Problem]]:
    """Validate template-file ``text`` against ``library``: the template (a pack) and the problems."""
    reader = packfile.PackReader(label, library)
    data = packfile.load_data(text, reader)
    template = None
    if data is not None and _version_ok(data, reader):
        for name in _NOT_IN_TEMPLATES:
            if name in data:
                msg = _("veld '{name}' hoort niet in een sjabloon en wordt overgeslagen").format(name=name)
                reader.problem(data.line_of(name), msg, fatal=False)
                del data[name]
        template = reader.pack(data)
    reader.problems.sort(key=lambda p: p.line)
    return template, reader.problems


def _version_ok(data: Any, reader: packfile.PackReader) -> bool:
    if not isinstance(data, yamlio.LineDict):
        msg = _("verwacht een sjabloon met velden (version: 1, title: ...)")
        reader.problem(getattr(data, "line", 1), msg)
        return False
    if data.get("version") is None:
        msg = _("verplicht veld 'version' ontbreekt (een sjabloonbestand begint met version: 1)")
        reader.problem(data.line, msg)
        return False
    version, line = data.pop("version"), data.line_of("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= VERSION:
        msg = _("sjabloonversie '{value}' kent deze versie van Goed Werk niet (wel: {known})")
        reader.problem(line, msg.format(value=version, known=VERSION))
        return False
    return True


def read_template_file(path: Path, library: Library) -> Pack:
    """The template in the file at ``path``; raise ``ContentError`` when any problem is fatal."""
    text, problem = packfile.read_text(path, MAX_BYTES)
    template, problems = (None, [problem]) if text is None else parse_template(text, library, str(path))
    if template is None or any(p.fatal for p in problems):
        raise ContentError([p for p in problems if p.fatal] or problems)
    return template


def template_to_yaml(template: Pack) -> str:
    """The template as the text of a ``*.template.yaml`` file (``parse_template`` reads it back)."""
    bare = replace(template, date=None, start=None, place="", group="")
    header = _("# Goed Werk-sjabloon; het formaat staat in docs/template-format.md\n")
    return header + packfile.dump_yaml({"version": VERSION, **packfile.pack_data(bare)})


def write_template_file(template: Pack, path: Path) -> None:
    """Write ``template`` to ``path`` atomically."""
    packfile.write_file(Path(path), template_to_yaml(template))
