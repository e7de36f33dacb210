"""Template files: an own template exported and imported again (also into another data
directory), every problem with its line, hostile files refused with nothing stored, and a
template whose title is taken asks before it replaces or keeps both."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from goedwerk.core.errors import ContentError, NameClashError
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.templatefile import read_template_file
from goedwerk.core.workspace import Workspace


@pytest.fixture
def ws(mini_library: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(mini_library, tmp_path / "data")
    yield workspace
    workspace.close()


def own_template(ws: Workspace, title: str = "Onze teamstart"):
    pack = packs.add_item(ws.packs.new("Teamsessie", "teamstart"), 0, "story:de-nota")
    pack = packs.set_short_version(pack, "de-nota", True)
    pack = ws.packs.save(replace(pack, date="2026-11-03", group="Team A", place="Zaal 2", start="13:30"))
    return ws.templates.save_pack(pack, title)


def test_an_exported_template_imports_into_another_data_dir(
    ws: Workspace, mini_library: Path, tmp_path: Path
) -> None:
    template = own_template(ws)
    path = tmp_path / "teamstart.template.yaml"
    ws.export_template_file(template.title, path)  # by title, as the CLI names it
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Goed Werk-sjabloon; het formaat staat in docs/template-format.md\nversion: 1\n")
    assert "Team A" not in text and "Zaal 2" not in text and "date" not in text
    other = Workspace(mini_library, tmp_path / "other")
    try:
        imported = other.import_template_file(path)
        [kept] = other.templates.packs()
        assert kept.id == imported.id != template.id
        assert (kept.title, kept.blocks, kept.short_versions) == (
            template.title,
            template.blocks,
            ("de-nota",),
        )
        assert other.packs.new("Maandag", f"template:{kept.id}").blocks == template.blocks
    finally:
        other.close()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("title: Zonder versie\n", 1, "verplicht veld 'version' ontbreekt"),
        ("version: 2\ntitle: Nieuwer\n", 1, "sjabloonversie '2' kent deze versie van Goed Werk niet"),
        ("version: een\ntitle: X\n", 1, "sjabloonversie 'een'"),
        ("- version: 1\n", 1, "verwacht een sjabloon met velden"),
        ("version: 1\nblocks: []\n", 1, "verplicht veld 'title' ontbreekt"),
        (
            "version: 1\ntitle: X\nblocks:\n  - title: A\n    minutes: 10\n    items: [story:bestaat-niet]\n",
            6,
            "verhaal 'bestaat-niet' bestaat niet in de bibliotheek",
        ),
        ("version: 1\ntitle: X\nblocks:\n  - title: A\n    minutes: -3\n", 5, "minuten moet een positief"),
        ("version: 1\ntitle: [X\n", 2, "YAML-fout"),  # the line of the mistake (issue #11)
        ("", 1, "bestand is leeg"),
    ],
)
def test_a_bad_template_file_is_refused_with_its_line(
    ws: Workspace, tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "x.template.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        ws.import_template_file(path)
    found = [p.format() for p in caught.value.problems]
    assert any(p.startswith(f"{path}:{line}:") and message in p for p in found), found
    assert ws.templates.packs() == []


def test_hostile_template_files_are_refused_and_nothing_is_stored(ws: Workspace, tmp_path: Path) -> None:
    bomb = "version: 1\ntitle: Bom\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    cases = {
        "bom": bomb.encode(),
        "groot": b"version: 1\ntitle: Groot\n# " + b"x" * 1_100_000 + b"\n",
        "binair": b"version: 1\ntitle: \xff\xfe\x00",
        "blokken": ("version: 1\ntitle: Veel\nblocks:\n" + "  - {title: B, minutes: 1}\n" * 500).encode(),
    }
    for name, data in cases.items():
        path = tmp_path / f"{name}.template.yaml"
        path.write_bytes(data)
        with pytest.raises(ContentError) as caught:
            read_template_file(path, ws.library)
        assert all(p.path == str(path) and p.line >= 1 for p in caught.value.problems), name
        with pytest.raises(ContentError):
            ws.import_template_file(path)
    assert ws.templates.packs() == []


def test_pack_only_fields_are_left_out_with_a_warning(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "x.template.yaml"
    path.write_text(
        "version: 1\ntitle: X\ngroup: Team A\ndate: 2026-01-01\nformat: teamstart\n", encoding="utf-8"
    )
    template = ws.import_template_file(path)
    assert (template.group, template.date, len(template.blocks)) == ("", None, 3)


def test_a_taken_title_asks_then_replaces_or_keeps_both(ws: Workspace, tmp_path: Path) -> None:
    template = own_template(ws)
    path = tmp_path / "t.template.yaml"
    ws.export_template_file(template.id, path)
    with pytest.raises(NameClashError) as caught:
        ws.import_template_file(path)
    assert caught.value.title == "Onze teamstart"
    assert [t.id for t in ws.templates.packs()] == [template.id]  # asking changed nothing
    kept = ws.import_template_file(path, clash="rename")
    assert [t.title for t in ws.templates.packs()] == ["Onze teamstart", "Onze teamstart (2)"]
    replaced = ws.import_template_file(path, clash="replace")
    titles = {t.id: t.title for t in ws.templates.packs()}
    assert titles == {replaced.id: "Onze teamstart", kept.id: "Onze teamstart (2)"}
