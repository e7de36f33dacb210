"""Hostile libraries and pack files: refused with file and line, the rest loads (issue #11)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from goedwerk.cli import main
from goedwerk.core.packs.packfile import check_pack_file
from goedwerk.core.workspace import Workspace

DATA = Path(__file__).parents[1] / "data"


def alias_bomb(levels: int = 9) -> str:
    """About 600 bytes of YAML that expand to 9**levels strings."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def check(capsys: pytest.CaptureFixture[str], library: Path) -> tuple[int, str]:
    code = main(["check", str(library)])
    out, _err = capsys.readouterr()
    return code, out


def test_an_alias_bomb_in_front_matter_is_refused_with_its_line(capsys, mini_library: Path) -> None:
    story = mini_library / "practice" / "de-nota.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("---\n", "---\n" + alias_bomb(), 1), encoding="utf-8")
    code, out = check(capsys, mini_library)
    assert code == 1
    assert "practice/de-nota.md:2: YAML-fout: verwijzingen (*naam) zijn niet toegestaan" in out


def test_an_alias_bomb_in_values_yaml_is_refused(capsys, mini_library: Path) -> None:
    values = mini_library / "values.yaml"
    values.write_text("- &x {id: x, name: X}\n- *x\n" + values.read_text(encoding="utf-8"), encoding="utf-8")
    code, out = check(capsys, mini_library)
    assert code == 1 and "values.yaml:1: YAML-fout: verwijzingen (*naam) zijn niet toegestaan" in out


def test_an_alias_bomb_in_a_pack_file_is_refused(mini_library: Path, tmp_path: Path) -> None:
    pack = tmp_path / "bom.pack.yaml"
    pack.write_text("title: Bom\n" + alias_bomb(), encoding="utf-8")
    library = Workspace(mini_library, tmp_path / "data").library
    found, problems = check_pack_file(pack, library)
    assert found is None
    assert [(p.line, p.message) for p in problems] == [
        (2, "YAML-fout: verwijzingen (*naam) zijn niet toegestaan")
    ]


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("chmod-story", "mini/practice/de-nota.md:1: kan niet worden gelezen: Permission denied"),
        ("chmod-values", "mini/values.yaml:1: kan niet worden gelezen: Permission denied"),
        ("values-folder", "mini/values.yaml:1: kan niet worden gelezen: Is a directory"),
        (
            "symlink-loop",
            "mini/practice/lus.md:1: kan niet worden gelezen: Too many levels of symbolic links",
        ),
        ("practice-file", "mini/practice:1: is geen map die Goed Werk kan lezen"),
        ("bad-name", "mini/practice/\ufffd.md:1: de bestandsnaam is geen geldige UTF-8; hernoem het bestand"),
        ("huge-story", "mini/practice/de-nota.md:1: het bestand is groter dan 1 MB"),
    ],
)
def test_an_unreadable_entry_is_a_problem_with_its_path_and_the_rest_loads(
    capsys, mini_library: Path, damage: str, expected: str
) -> None:
    practice = mini_library / "practice"
    if damage == "chmod-story":
        (practice / "de-nota.md").chmod(0)
    elif damage == "chmod-values":
        (mini_library / "values.yaml").chmod(0)
    elif damage == "values-folder":
        (mini_library / "values.yaml").unlink()
        (mini_library / "values.yaml").mkdir()
    elif damage == "symlink-loop":
        (practice / "lus.md").symlink_to("lus.md")
    elif damage == "practice-file":
        for path in practice.iterdir():
            path.unlink()
        practice.rmdir()
        practice.write_text("geen map\n", encoding="utf-8")
    elif damage == "bad-name":
        (practice / "de-nota.md").rename(practice / b"\xff.md".decode("utf-8", "surrogateescape"))
    elif damage == "huge-story":
        with (practice / "de-nota.md").open("a", encoding="utf-8") as story:
            story.write("Nog een zin over de nota. " * 50_000)
    if damage.startswith("chmod") and os.geteuid() == 0:
        pytest.skip("root reads every file")
    code, out = check(capsys, mini_library)
    assert code == 1
    reason = ": kan niet worden gelezen: "  # the system's reason may come in the user's language
    said = (lambda line: line.startswith(expected.split(reason)[0] + reason)) if reason in expected else None
    said = said or (lambda line: line == expected)
    assert any(said(line) for line in out.splitlines()), out
    again, _out = check(capsys, mini_library)  # the second run (from the catalog's cache) says the same
    assert again == 1 and any(said(line) for line in _out.splitlines())


def test_a_duplicate_id_loses_to_the_file_named_after_it(capsys, mini_library: Path) -> None:
    practice = mini_library / "practice"
    real = (practice / "de-nota.md").read_text(encoding="utf-8")
    fake = real.replace("title: De nota", "title: Nep")
    assert fake != real
    (practice / "a-dubbel.md").write_text(fake, encoding="utf-8")  # sorts before de-nota.md
    ws = Workspace(mini_library, mini_library.parent / "data")
    assert ws.library.get("story", "de-nota").title == "De nota aan de minister"
    messages = [p.format() for p in ws.problems]
    assert any(
        m.startswith("mini/practice/a-dubbel.md:2: id 'de-nota' bestaat al (mini/practice/de-nota.md:")
        for m in messages
    ), messages
    ws.close()


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (
            "  - {title: Lang, minutes: 100000, kind: intro}\n",
            (3, "blok 'Lang': hoogstens 600 minuten, niet 100000"),
        ),
        (
            "  - {title: Blok, minutes: 5, kind: intro}\n" * 101,
            (2, "een pakket heeft hoogstens 100 blokken, niet 101"),
        ),
        (
            "  - title: Vol\n    minutes: 5\n    kind: intro\n    items: ["
            + ", ".join(f"question:q{n}" for n in range(101))
            + "]\n",
            (6, "een blok heeft hoogstens 100 onderdelen, niet 101"),
        ),
    ],
    ids=["minutes", "blocks", "items"],
)
def test_pack_file_limits_are_problems_with_their_line(
    mini_library: Path, tmp_path: Path, blocks: str, expected: tuple[int, str]
) -> None:
    pack = tmp_path / "groot.pack.yaml"
    pack.write_text("title: Groot\nblocks:\n" + blocks, encoding="utf-8")
    library = Workspace(mini_library, tmp_path / "data").library
    _found, problems = check_pack_file(pack, library)
    assert expected in [(p.line, p.message) for p in problems]


def test_a_list_element_that_is_no_mapping_is_reported_at_its_own_line(capsys, mini_library: Path) -> None:
    values = mini_library / "values.yaml"
    lines = values.read_text(encoding="utf-8").splitlines()
    lines.insert(4, "- gewoon een zin")  # becomes line 5
    values.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fmt = next((mini_library / "formats").glob("*.yaml"))
    text = fmt.read_text(encoding="utf-8").rstrip("\n") + "\n  - kapot blok\n"
    fmt.write_text(text, encoding="utf-8")
    code, out = check(capsys, mini_library)
    assert code == 1
    assert "mini/values.yaml:5: verwacht een item met velden" in out.splitlines()
    assert f"mini/formats/{fmt.name}:{text.count(chr(10))}: verwacht een item met velden" in out.splitlines()


def test_an_empty_required_field_is_reported_at_its_own_line(capsys, mini_library: Path) -> None:
    story = mini_library / "practice" / "de-cadeaubon.md"
    story.write_text(
        story.read_text(encoding="utf-8").replace("b: [betrouwbaar, betrokken]", "b: null"), encoding="utf-8"
    )
    code, out = check(capsys, mini_library)
    assert code == 1 and "mini/practice/de-cadeaubon.md:6: verplicht veld 'b' is leeg" in out.splitlines()
