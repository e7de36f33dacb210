"""Own guides and questions: written in the app as ordinary library files of the own library.

A guide is ``guides/<id>.md`` (front matter ``id, title, kind``, then Markdown); the own
questions are one ``questions.yaml``, rewritten whole (atomically) on every change, in the
format of the bundled question bank (stories/README.md), so ``goedwerk check`` reads both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from goedwerk.core.i18n import _
from goedwerk.core.model import B_IDS, GUIDE_KINDS, PHASES, Guide, Library, Question
from goedwerk.core.paths import atomic_write, ensure_private_dir
from goedwerk.core.sources.own import free_id, slugify

GUIDES = "guides"
QUESTIONS = "questions.yaml"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def guide_text(guide: Guide) -> str:
    """The Markdown file of ``guide``: front matter, then its text."""
    head = ["---", f"id: {guide.id}", f"title: {_quoted(guide.title)}", f"kind: {guide.category}", "---"]
    return "\n".join([*head, "", guide.body.strip(), ""])


def guide_path(own_dir: Path, guide_id: str) -> Path:
    """Where the own guide ``guide_id`` is stored."""
    return own_dir / GUIDES / f"{guide_id}.md"


def write_guide(own_dir: Path, guide: Guide) -> Path:
    """Write ``guide`` into the own library (atomically) and return its path."""
    ensure_private_dir(own_dir / GUIDES)
    path = guide_path(own_dir, guide.id)
    atomic_write(path, guide_text(guide))
    return path


def guide_template(title: str, taken: Iterable[str]) -> Guide:
    """A new warm-up guide named ``title`` with a placeholder text."""
    title = title.strip() or _("Nieuwe handreiking")
    body = _(
        "# {title}\n\n**Tijd:** 10 minuten · **Groep:** 4 tot 10 mensen\n\n"
        "Schrijf hier wat de gespreksleider doet, stap voor stap."
    ).format(title=title)
    return Guide(free_id(slugify(title), set(taken)), title, GUIDE_KINDS[2], body)


def guide_copy(guide: Guide, taken: Iterable[str]) -> Guide:
    """An own copy of ``guide`` under a fresh id, its title marked as a copy."""
    title = _("{title} (eigen versie)").format(title=guide.title)
    return replace(guide, id=free_id(f"{guide.id}-eigen", set(taken)), title=title, path="")


def questions_text(questions: Iterable[Question]) -> str:
    """The own ``questions.yaml``: every question with its phase, themes and B's."""
    lines = ["# Eigen vragen, geschreven in Goed Werk."]
    for q in questions:
        lines += [f"- id: {q.id}", f"  text: {_quoted(q.text)}", f"  phase: {q.phase}"]
        lines += [f"  themes: [{', '.join(q.themes)}]", f"  b: [{', '.join(q.b)}]"]
    return "\n".join(lines) + "\n"


def write_questions(own_dir: Path, questions: Iterable[Question]) -> Path:
    """Write the own questions (all of them, atomically); with none left, remove the file."""
    path = own_dir / QUESTIONS
    questions = list(questions)
    if not questions:
        path.unlink(missing_ok=True)
        return path
    ensure_private_dir(own_dir)
    atomic_write(path, questions_text(questions))
    return path


def question_template(taken: Iterable[str], library: Library) -> Question:
    """A new opening question with a placeholder text and the library's first theme."""
    themes = library.vocabulary.themes
    text = _("Wat is jouw eigen vraag aan de groep?")
    return Question(
        free_id("q-eigen", set(taken)), text, PHASES[0], (themes[0].id,) if themes else (), (B_IDS[0],)
    )


def question_copy(question: Question, taken: Iterable[str]) -> Question:
    """An own copy of ``question`` under a fresh id."""
    return replace(question, id=free_id(f"{question.id}-eigen", set(taken)))
