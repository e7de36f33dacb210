"""What the facilitator reads and what participants get: notes, short versions, guides."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk.core.content.assembly import load_library
from goedwerk.core.model import Library, Pack
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.html import build_parts
from goedwerk.core.packs.packfile import pack_to_yaml, parse_pack, read_pack_file

PACKS = Path(__file__).parents[2] / "data" / "packs"
NOTES = "Laat de groep eerst beschrijven"
SHORT = "Een ambtenaar staat voor een keuze"  # from their "Korte versie"


@pytest.fixture
def library(mini_library: Path) -> Library:
    return load_library(mini_library)


@pytest.fixture
def pack(library: Library) -> Pack:
    return read_pack_file(PACKS / "teamsessie.pack.yaml", library)


def part(pack: Pack, library: Library, name: str) -> str:
    return "".join(next(p for p in build_parts(pack, library) if p.name == name).pages)


def test_handouts_never_hold_the_facilitator_notes_and_the_script_does(pack, library) -> None:
    for chosen in ((), ("de-nota",), ("de-nota", "de-cadeaubon")):
        shown = packs.set_pack_field(pack, "short_versions", chosen)
        handouts = part(shown, library, "stories")
        assert NOTES not in handouts
        assert "Voor de gespreksleider" not in handouts
    assert NOTES in part(pack, library, "script")


def test_a_story_set_to_its_short_version_is_handed_out_short(pack, library) -> None:
    full = part(pack, library, "stories")
    assert SHORT not in full and "Sanne schrijft een nota" in full
    short = packs.set_short_version(pack, "de-nota", True)
    assert short.uses_short_version("de-nota") and not short.uses_short_version("de-cadeaubon")
    handouts = part(short, library, "stories")
    assert SHORT in handouts and "Sanne schrijft een nota" not in handouts
    assert "KORTE VERSIE" in handouts
    assert "korte versie" in part(short, library, "script")
    assert not packs.set_short_version(short, "de-nota", False).short_versions


def test_guides_in_a_pack_print_in_their_own_part(pack, library) -> None:
    guides = part(pack, library, "guides")
    assert "Drie woorden over je werk" in guides and "HANDREIKING" in guides
    assert "Drie woorden over je werk" in part(pack, library, "script")


def test_the_short_version_choice_travels_in_the_pack_file(pack, library) -> None:
    short = packs.set_short_version(pack, "de-nota", True)
    text = pack_to_yaml(short)
    assert "short_versions: [de-nota]" in text
    again, problems = parse_pack(text, library, "teamsessie.pack.yaml")
    assert problems == [] and again.short_versions == ("de-nota",)
    stored = packs.pack_from_dict(packs.pack_to_dict(short))
    assert stored.short_versions == ("de-nota",)
