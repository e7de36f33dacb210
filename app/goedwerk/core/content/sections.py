"""A story body's parts: the story itself, the facilitator notes and the short version.

Every story body ends with two level-2 sections, in this order (stories/README.md)::

    <the story>
    ## Voor de gespreksleider
    <notes for the facilitator only>
    ## Korte versie
    <the story retold in 150-250 words>

``split_story`` separates them and names what is wrong (a missing, repeated, misplaced or
unknown section) by line; it never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from goedwerk.core.i18n import _
from goedwerk.core.model import NOTES_HEADING, SHORT_HEADING

_HEADING = re.compile(r"^##[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r"^(```|~~~)")
_ORDER = (NOTES_HEADING, SHORT_HEADING)

# Lengths the content brief asks for, in words (checked for the bundled library by its tests).
STORY_WORDS = (350, 900)
NOTES_WORDS = (80, 200)
SHORT_WORDS = (150, 250)


@dataclass
class StoryParts:
    """The three parts of a story body and the problems found, as ``(line, message)``."""

    text: str
    notes: str = ""
    short_text: str = ""
    problems: list[tuple[int, str]] = field(default_factory=list)


def word_count(text: str) -> int:
    """Words in ``text`` as a reader counts them (Markdown marks are not words)."""
    return len(re.findall(r"[\w’'-]*\w[\w’'-]*", text))


def split_story(body: str, first_line: int = 1) -> StoryParts:
    """Split ``body`` (whose first line is ``first_line`` of its file) into its parts."""
    chunks: list[tuple[str | None, int, list[str]]] = [(None, first_line, [])]
    in_fence = False
    for number, line in enumerate(body.split("\n"), start=first_line):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            chunks.append((match.group(1).strip(), number, []))
        else:
            chunks[-1][2].append(line)
    parts = StoryParts(_joined(chunks[0][2]))
    seen: list[str] = []
    for heading, line, lines in chunks[1:]:
        _take_section(parts, seen, heading or "", line, _joined(lines))
    last_line = first_line + body.count("\n")
    for heading in _ORDER:
        if heading not in seen:
            msg = _("de sectie '## {heading}' ontbreekt aan het eind van het verhaal")
            parts.problems.append((last_line, msg.format(heading=heading)))
    return parts


def _take_section(parts: StoryParts, seen: list[str], heading: str, line: int, text: str) -> None:
    if heading not in _ORDER:
        msg = _("onbekende kop '## {heading}' (een verhaal eindigt met '## {notes}' en '## {short}')")
        parts.problems.append((line, msg.format(heading=heading, notes=NOTES_HEADING, short=SHORT_HEADING)))
        return
    if heading in seen:
        msg = _("de sectie '## {heading}' staat er twee keer")
        parts.problems.append((line, msg.format(heading=heading)))
        return
    if seen and _ORDER.index(heading) < _ORDER.index(seen[-1]):
        msg = _("de sectie '## {heading}' hoort vóór '## {other}' te staan")
        parts.problems.append((line, msg.format(heading=heading, other=seen[-1])))
    seen.append(heading)
    if not text:
        parts.problems.append((line, _("de sectie '## {heading}' is leeg").format(heading=heading)))
    if heading == NOTES_HEADING:
        parts.notes = text
    else:
        parts.short_text = text


def _joined(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n").strip()
