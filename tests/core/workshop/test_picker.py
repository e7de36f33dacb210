"""The picker: a card or question from the pack, a phase or the library, never twice in a run."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from goedwerk.core.content.assembly import load_library
from goedwerk.core.model import Block, Library, Pack
from goedwerk.core.workshop.picker import draw, pool
from goedwerk.core.workshop.session import WorkshopSession


@pytest.fixture
def library(mini_library: Path) -> Library:
    return load_library(mini_library)


def run_of(library: Library) -> WorkshopSession:
    cards = tuple(f"value:{c.id}" for c in library.values[:2])
    block = Block("Kaarten", 10, "values", items=(*cards, f"story:{library.stories[0].id}"))
    return WorkshopSession(Pack("p", "Teamsessie", blocks=(block,)))


def test_draws_from_the_pack_never_repeat_until_the_pool_is_empty(library: Library) -> None:
    run = run_of(library)
    rng = random.Random(7)
    first, second = draw(run, library, "value", "pack", rng), draw(run, library, "value", "pack", rng)
    assert {first, second} == {f"value:{c.id}" for c in library.values[:2]}
    assert run.audience_ref == second
    assert draw(run, library, "value", "pack", rng) is None
    again = WorkshopSession.from_dict(run.pack, run.to_dict())
    assert again.drawn == [first, second] and again.audience_ref == second


def test_a_phase_draws_only_its_questions_and_navigation_puts_the_draw_back(library: Library) -> None:
    run = run_of(library)
    ref = draw(run, library, "question", "opening", random.Random(1))
    assert ref is not None and library.get(*ref.split(":")).phase == "opening"
    assert len(pool(run, library, "question", "library")) == len(library.questions) - 1
    assert run.step_forward()  # the arrow brings the room back to the block's item
    assert run.audience_ref == run.current_ref
