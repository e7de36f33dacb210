"""The user's own library: stories written in the app, as ordinary library files.

Own items live in ``own-library/`` in the data directory, in the library format
(stories/README.md), so ``goedwerk check`` reads them like any other source. A story is
written from its fields (``story_text``): front matter, the story, then the two closing
sections. Ids are made from titles (``slugify``) and never collide with the library's.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Container
from dataclasses import replace
from pathlib import Path

from goedwerk.core.i18n import _
from goedwerk.core.model import B_IDS, NOTES_HEADING, SHORT_HEADING, Library, Story
from goedwerk.core.paths import atomic_write, ensure_private_dir

OWN_DIR = "own-library"
STORIES = "practice"
SHARED_MODE = 0o644  # a story in a shared folder: the colleagues who share it can read it


def slugify(title: str) -> str:
    """An id made of ``title``: lower case, accents dropped, words joined by dashes."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "verhaal"


def free_id(base: str, taken: Container[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` ... when it is taken."""
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _words(values: tuple[str, ...], quote: bool = False) -> str:
    return "[" + ", ".join(_quoted(v) if quote else v for v in values) + "]"


def story_text(story: Story) -> str:
    """The Markdown file of ``story``: front matter, the story, the notes, the short version."""
    lines = [
        "---",
        f"id: {story.id}",
        f"title: {_quoted(story.title)}",
        f"summary: {_quoted(story.summary)}",
        f"themes: {_words(story.themes)}",
        f"b: {_words(story.b)}",
        f"sector: {story.sector}",
        f"role: {story.role}",
        f"values: {_words(story.values)}",
        f"questions: {_words(story.questions)}",
        f"language: {story.language}",
    ]
    if story.invented_names:
        lines.append(f"invented_names: {_words(story.invented_names, quote=True)}")
    lines += ["---", "", story.body.strip(), ""]
    lines += [f"## {NOTES_HEADING}", "", story.notes.strip(), ""]
    lines += [f"## {SHORT_HEADING}", "", story.short_text.strip(), ""]
    return "\n".join(lines)


def template(title: str, story_id: str, library: Library) -> Story:
    """A new story named ``title`` with placeholder text and the library's first labels."""
    vocab = library.vocabulary

    def first(terms: tuple) -> str:
        return terms[0].id if terms else ""

    return Story(
        id=story_id,
        title=title.strip() or _("Nieuw verhaal"),
        summary=_("Waar gaat het verhaal over, in een of twee zinnen?"),
        body=_(
            "Schrijf hier je verhaal. Vertel wat er gebeurde, wie erbij waren (met verzonnen "
            "namen) en waar het lastig werd. Stop op het moment dat er gekozen moet worden."
        ),
        themes=(first(vocab.themes),) if vocab.themes else (),
        b=(B_IDS[0],),
        sector=first(vocab.sectors),
        role=first(vocab.roles),
        values=(library.values[0].id,) if library.values else (),
        questions=(library.questions[0].id,) if library.questions else (),
        notes=_("Schrijf hier voor de gespreksleider waar het verhaal om draait en waar je op let."),
        short_text=_("Vertel hier het verhaal kort na, in 150 tot 250 woorden."),
    )


def story_path(own_dir: Path, story_id: str) -> Path:
    """Where the own story ``story_id`` is stored."""
    return own_dir / STORIES / f"{story_id}.md"


def write_story(own_dir: Path, story: Story) -> Path:
    """Write ``story`` into the own library (atomically) and return its path."""
    ensure_private_dir(own_dir / STORIES)
    path = story_path(own_dir, story.id)
    atomic_write(path, story_text(story))
    return path


def write_shared(path: Path, story: Story) -> Path:
    """Write ``story`` at ``path`` in a shared folder (atomically), readable by who shares it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, story_text(story))
    path.chmod(SHARED_MODE)
    return path


def copy_of(story: Story, taken: Container[str]) -> Story:
    """An own copy of ``story`` under a fresh id, its title marked as a copy."""
    new_id = free_id(f"{story.id}-eigen", taken)
    return replace(story, id=new_id, title=_("{title} (eigen versie)").format(title=story.title), path="")
