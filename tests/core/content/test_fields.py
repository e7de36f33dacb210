"""The one field validator: content files and pack files report the same problems alike."""

from __future__ import annotations

from pathlib import Path

from goedwerk.core.content import yamlio
from goedwerk.core.content.assembly import load_library
from goedwerk.core.content.fields import Fields
from goedwerk.core.packs.packfile import parse_pack


def fields_of(text: str, spec: dict) -> tuple[bool, list[tuple[int, str]]]:
    data, _dups = yamlio.load(text)
    fields = Fields("f.yaml")
    ok = fields.checked(data, spec)
    return ok, [(p.line, p.message) for p in fields.problems]


def test_missing_and_empty_required_fields_are_told_apart_at_their_lines() -> None:
    ok, problems = fields_of(
        "id: a\ntitle:\n", {"id": ("str", True), "title": ("str", True), "b": ("list", True)}
    )
    assert not ok
    assert problems == [(2, "verplicht veld 'title' is leeg"), (1, "verplicht veld 'b' ontbreekt")]


def test_text_and_word_lists_are_normalised_in_place() -> None:
    data, _dups = yamlio.load("id: a\nthemes: open\nsets: [ x , 2]\n")
    assert Fields("f.yaml").checked(
        data, {"id": ("str", True), "themes": ("list", True), "sets": ("list", False)}
    )
    assert data["themes"] == ["open"] and data["sets"] == ["x", "2"]


def test_wrong_types_and_bad_ids_name_the_field_line() -> None:
    spec = {"id": ("str", True), "title": ("str", True), "themes": ("list", False)}
    _ok, problems = fields_of("id: a\ntitle: [x]\nthemes: {a: b}\n", spec)
    assert problems == [
        (2, "veld 'title' moet tekst zijn"),
        (3, "veld 'themes' moet een lijst van woorden zijn"),
    ]
    _ok, problems = fields_of("id: Hoofd Letters\ntitle: x\n", spec)
    assert problems == [(1, "id 'Hoofd Letters' mag alleen kleine letters, cijfers en streepjes bevatten")]


def test_a_pack_and_a_format_say_the_same_about_a_bad_block(mini_library: Path) -> None:
    fmt = mini_library / "formats" / "kapot-blok.yaml"
    fmt.write_text(
        "id: kapot-blok\ntitle: K\ndescription: d\n"
        "blocks:\n  - title: B\n    minutes: 0\n    kind: verhaal\n",
        encoding="utf-8",
    )
    library = load_library(mini_library)
    in_format = [(p.line, p.message) for p in library.problems if p.path.endswith("kapot-blok.yaml")]
    text = "title: A\nblocks:\n  - title: B\n    minutes: 0\n    kind: verhaal\n"
    _pack, problems = parse_pack(text, library, "p.pack.yaml")
    in_pack = [(p.line, p.message) for p in problems]
    assert [m for _l, m in in_format] == [m for _l, m in in_pack]
    assert [line for line, _m in in_format] == [6, 7] and [line for line, _m in in_pack] == [4, 5]
    assert in_pack[0][1] == "blok 'B': minuten moet een positief geheel getal zijn, niet '0'"
