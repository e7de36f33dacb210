"""Hostile libraries and pack files: refused with file and line, the rest loads (issue #11)."""

from __future__ import annotations

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
