"""The own guides and questions as operations: new, save, copy, delete and undo (``ws.own_items``).

Only items of the own library are changed; a guide or question from the bundled library or a
folder is refused with ``ReadOnlyError`` (make a copy). After every change the library is
read again (``refresh``), so search, the reader and packs see it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from goedwerk.core.errors import NotFoundError, ReadOnlyError
from goedwerk.core.i18n import _
from goedwerk.core.model import Guide, Kind, Library, Question
from goedwerk.core.paths import atomic_write, ensure_private_dir
from goedwerk.core.sources import own_items


class OwnItemStore:
    """Own guides and questions of one workspace."""

    def __init__(self, library: Callable[[], Library], own_dir: Path, refresh: Callable[[], object]) -> None:
        self.library, self.own_dir, self.refresh = library, own_dir, refresh

    # -- guides --------------------------------------------------------------------------------

    def guides(self) -> list[Guide]:
        """The guides of the own library, by title."""
        library = self.library()
        return sorted((g for g in library.guides if library.is_own(g.kind, g.id)), key=lambda g: g.title)

    def new_guide(self, title: str) -> Guide:
        """Write a new own guide from the template; return it."""
        guide = own_items.guide_template(title, (g.id for g in self.library().guides))
        self._write_guide(guide)
        return guide

    def save_guide(self, guide: Guide) -> None:
        """Write (or overwrite) the own guide ``guide``."""
        if self.library().get(Kind.GUIDE, guide.id) is not None and not self._own(Kind.GUIDE, guide.id):
            raise ReadOnlyError(
                _("'{id}' is geen eigen handreiking; maak een eigen kopie").format(id=guide.id)
            )
        self._write_guide(guide)

    def copy_guide(self, guide_id: str) -> Guide:
        """Start an own guide as a copy of ``guide_id``; return the copy (already saved)."""
        guide = self.library().get(Kind.GUIDE, guide_id)
        if not isinstance(guide, Guide):
            raise NotFoundError(_("handreiking '{id}' bestaat niet").format(id=guide_id))
        copy = own_items.guide_copy(guide, (g.id for g in self.library().guides))
        self._write_guide(copy)
        return copy

    def delete_guide(self, guide_id: str) -> str:
        """Delete an own guide; return its file text, so ``restore_guide`` can undo it."""
        path = own_items.guide_path(self.own_dir, guide_id)
        if not self._own(Kind.GUIDE, guide_id) or not path.is_file():
            raise NotFoundError(_("'{id}' is geen eigen handreiking").format(id=guide_id))
        text = path.read_text(encoding="utf-8")
        path.unlink()
        self.refresh()
        return text

    def restore_guide(self, guide_id: str, text: str) -> None:
        """Put a deleted own guide back exactly as it was."""
        path = own_items.guide_path(self.own_dir, guide_id)
        ensure_private_dir(path.parent)
        atomic_write(path, text)
        self.refresh()

    def _write_guide(self, guide: Guide) -> None:
        own_items.write_guide(self.own_dir, guide)
        self.refresh()

    # -- questions -----------------------------------------------------------------------------

    def questions(self) -> list[Question]:
        """The questions of the own library, in their file's order."""
        library = self.library()
        return [q for q in library.questions if library.is_own(q.kind, q.id)]

    def new_question(self) -> Question:
        """Add a new own question from the template; return it."""
        question = own_items.question_template((q.id for q in self.library().questions), self.library())
        self._write_questions([*self.questions(), question])
        return question

    def save_question(self, question: Question) -> None:
        """Write the own question ``question`` (in its place, or at the end when new)."""
        mine = self.questions()
        if self.library().get(Kind.QUESTION, question.id) is not None and not self._own(
            Kind.QUESTION, question.id
        ):
            raise ReadOnlyError(_("'{id}' is geen eigen vraag; maak een eigen kopie").format(id=question.id))
        ids = [q.id for q in mine]
        if question.id in ids:
            mine[ids.index(question.id)] = question
        else:
            mine.append(question)
        self._write_questions(mine)

    def copy_question(self, question_id: str) -> Question:
        """Start an own question as a copy of ``question_id``; return the copy (already saved)."""
        question = self.library().get(Kind.QUESTION, question_id)
        if not isinstance(question, Question):
            raise NotFoundError(_("vraag '{id}' bestaat niet").format(id=question_id))
        copy = own_items.question_copy(question, (q.id for q in self.library().questions))
        self._write_questions([*self.questions(), copy])
        return copy

    def delete_question(self, question_id: str) -> tuple[int, Question]:
        """Delete an own question; return its place and itself, so ``restore_question`` can undo it."""
        mine = self.questions()
        ids = [q.id for q in mine]
        if question_id not in ids:
            raise NotFoundError(_("'{id}' is geen eigen vraag").format(id=question_id))
        index = ids.index(question_id)
        question = mine.pop(index)
        self._write_questions(mine)
        return index, question

    def restore_question(self, index: int, question: Question) -> None:
        """Put a deleted own question back in its place."""
        mine = self.questions()
        mine.insert(min(index, len(mine)), question)
        self._write_questions(mine)

    def _write_questions(self, questions: list[Question]) -> None:
        own_items.write_questions(self.own_dir, questions)
        self.refresh()

    def _own(self, kind: str, item_id: str) -> bool:
        return self.library().is_own(kind, item_id)

    def _elsewhere(self, kind: str, item_id: str) -> bool:
        """True when ``item_id`` exists, but not in the own library."""
        return self.library().get(kind, item_id) is not None and not self._own(kind, item_id)
