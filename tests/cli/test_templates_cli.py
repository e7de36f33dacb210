"""``goedwerk template list/export/import``: an own template travels as a file; a bad file is
refused with file:line and nothing stored; a taken title asks (or --replace / --rename)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from goedwerk.cli import main
from goedwerk.core.packs import operations as packs
from goedwerk.core.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(mini_library: Path, tmp_path: Path) -> Path:
    """A data dir with one own template, "Onze teamstart"."""
    folder = tmp_path / "data"
    ws = Workspace(mini_library, folder)
    pack = packs.add_item(ws.packs.new("Teamsessie", "teamstart"), 0, "story:de-nota")
    ws.templates.save_pack(pack, "Onze teamstart")
    ws.close()
    return folder


def test_export_then_import_into_another_data_dir(
    capsys, data: Path, mini_library: Path, tmp_path: Path
) -> None:
    lib = ("--library", str(mini_library))
    code, out, _err = run(capsys, "template", "list", "--json", "--data-dir", str(data), *lib)
    [row] = json.loads(out)
    assert code == 0 and (row["title"], row["minutes"], row["blocks"]) == ("Onze teamstart", 30, 3)
    file = tmp_path / "teamstart.template.yaml"
    code, out, _err = run(
        capsys, "template", "export", "Onze teamstart", str(file), "--data-dir", str(data), *lib
    )
    assert code == 0 and out.strip() == f"Sjabloon ‘Onze teamstart’ opgeslagen als {file}"
    other = str(tmp_path / "other")
    assert (
        run(capsys, "template", "list", "--data-dir", other, *lib)[1].strip() == "Nog geen eigen sjablonen."
    )
    code, out, _err = run(capsys, "template", "import", str(file), "--data-dir", other, *lib)
    assert code == 0 and out.strip() == "Sjabloon ‘Onze teamstart’ ingelezen"
    _code, out, _err = run(capsys, "template", "list", "--data-dir", other, *lib)
    assert out.strip().endswith("Onze teamstart  (30 minuten)")


def test_a_bad_file_is_refused_with_its_line_and_nothing_is_stored(
    capsys, data: Path, mini_library: Path, tmp_path: Path
) -> None:
    file = tmp_path / "kapot.template.yaml"
    file.write_text("version: 1\ntitle: Kapot\nblocks:\n  - title: A\n    minutes: nul\n", encoding="utf-8")
    code, _out, err = run(
        capsys, "template", "import", str(file), "--data-dir", str(data), "--library", str(mini_library)
    )
    assert code == 1
    assert (
        err.splitlines()[0] == f"{file}:5: blok 'A': minuten moet een positief geheel getal zijn, niet 'nul'"
    )
    _code, out, _err = run(
        capsys, "template", "list", "--data-dir", str(data), "--library", str(mini_library)
    )
    assert "Kapot" not in out


def test_a_taken_title_asks_or_needs_replace_or_rename(
    capsys, data: Path, mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    common = ("--data-dir", str(data), "--library", str(mini_library))
    file = tmp_path / "t.template.yaml"
    run(capsys, "template", "export", "Onze teamstart", str(file), *common)
    code, _out, err = run(capsys, "template", "import", str(file), *common)
    assert code == 1
    assert "er is al een sjabloon 'Onze teamstart'; er is niets ingelezen (kies --replace of --rename)" in err
    code, out, _err = run(capsys, "template", "import", str(file), "--rename", *common)
    assert code == 0 and "Onze teamstart (2)" in out
    code, _out, _err = run(capsys, "template", "import", str(file), "--replace", *common)
    titles = [r["title"] for r in json.loads(run(capsys, "template", "list", "--json", *common)[1])]
    assert code == 0 and titles == ["Onze teamstart", "Onze teamstart (2)"]
    # on a terminal it asks: "b" keeps both
    terminal = io.StringIO("b\n")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    code, out, _err = run(capsys, "template", "import", str(file), *common)
    assert code == 0 and "Er is al een sjabloon ‘Onze teamstart’." in out and "Onze teamstart (3)" in out


def test_in_english_the_clash_question_takes_the_letters_it_shows(
    capsys, data: Path, mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    common = ("--data-dir", str(data), "--library", str(mini_library))
    file = tmp_path / "t.template.yaml"
    run(capsys, "template", "export", "Onze teamstart", str(file), *common)
    monkeypatch.setenv("LANGUAGE", "en")
    terminal = io.StringIO("k\n")  # [k]eep both
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    code, out, _err = run(capsys, "template", "import", str(file), *common)
    assert "[r]eplace, [k]eep both or [s]top?" in out
    assert code == 0 and "Onze teamstart (2)" in out
