"""``goedwerk sources``, ``story`` and ``bundle``: output, exit codes, a pack that travels."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from goedwerk.cli import main

MINI = Path(__file__).parents[1] / "data" / "mini"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_story_new_writes_a_valid_own_story_and_prints_its_path(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    code, out, _err = run(capsys, "--library", str(MINI), "--data-dir", str(data), "story", "new", "Het lek")
    path = Path(out.strip())
    assert code == 0 and path == data / "own-library" / "practice" / "het-lek.md" and path.is_file()
    code, out, _err = run(capsys, "check", "--library", str(MINI), "--data-dir", str(data))
    assert code == 0 and out.startswith("In orde: 5 verhalen")
    code, out, _err = run(
        capsys, "story", "list", "--own", "--json", "--library", str(MINI), "--data-dir", str(data)
    )
    assert json.loads(out) == [{"id": "het-lek", "title": "Het lek", "source": "own", "path": str(path)}]
    code, out, _err = run(capsys, "story", "list", "--library", str(MINI), "--data-dir", str(data))
    assert "het-lek  Het lek  [eigen]" in out and "de-nota  De nota aan de minister  [meegeleverd]" in out


def test_check_of_a_folder_reads_that_folder_alone(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    run(capsys, "--library", str(MINI), "--data-dir", str(data), "story", "new", "Het lek")
    code, out, _err = run(capsys, "--data-dir", str(data), "check", str(MINI))
    assert code == 0 and out.startswith("In orde: 4 verhalen")


def test_sources_add_list_remove(capsys, tmp_path: Path) -> None:
    data, shared = tmp_path / "d", tmp_path / "gedeeld"
    (shared / "practice").mkdir(parents=True)
    story = (MINI / "practice" / "het-verzoek.md").read_text(encoding="utf-8")
    (shared / "practice" / "uit-de-map.md").write_text(story.replace("id: het-verzoek", "id: uit-de-map"))
    opts = ["--library", str(MINI), "--data-dir", str(data)]
    code, out, _err = run(capsys, "sources", "add", str(shared), *opts)
    assert code == 0 and str(shared) in out
    code, out, _err = run(capsys, "sources", "list", *opts)
    lines = out.splitlines()
    assert lines[0].startswith("1. meegeleverd: ") and "4 verhalen, alleen lezen" in lines[0]
    assert lines[1].startswith("2. eigen: ") and "schrijfbaar" in lines[1]
    assert lines[2] == f"3. map: {shared}  (1 verhalen, alleen lezen)"
    code, out, _err = run(capsys, "story", "list", *opts)
    assert next(line for line in out.splitlines() if line.startswith("uit-de-map ")).endswith(f"[{shared}]")
    other = tmp_path / "ander"
    other.mkdir()
    run(capsys, "sources", "add", str(other), *opts)
    code, out, _err = run(capsys, "sources", "move", str(other), "--up", *opts)
    assert code == 0 and out.splitlines()[2] == f"3. map: {other}  (0 verhalen, alleen lezen)"
    code, out, _err = run(capsys, "sources", "disable", str(shared), *opts)
    assert code == 0 and str(shared) in out
    code, out, _err = run(capsys, "story", "list", *opts)
    assert "uit-de-map " not in out  # a folder switched off is not read
    code, out, _err = run(capsys, "sources", "enable", str(shared), *opts)
    code, out, _err = run(capsys, "story", "list", *opts)
    assert "uit-de-map " in out
    run(capsys, "sources", "remove", str(other), *opts)
    code, out, _err = run(capsys, "sources", "remove", str(shared), *opts)
    assert code == 0
    code, out, _err = run(capsys, "sources", "list", "--json", *opts)
    assert [row["id"] for row in json.loads(out)] == ["bundled", "own"]
    code, _out, err = run(capsys, "sources", "remove", str(shared), *opts)
    assert code == 1 and "is geen bron" in err


def test_a_pack_bundle_prints_on_the_other_side(capsys, tmp_path: Path) -> None:
    """Sender: an own story in a pack. Receiver: the same library without it. Then a PDF."""
    sender = ["--library", str(MINI), "--data-dir", str(tmp_path / "a")]
    receiver = ["--library", str(MINI), "--data-dir", str(tmp_path / "b")]
    run(capsys, "story", "new", "Het geheime dossier", *sender)
    pack_file = tmp_path / "p.pack.yaml"
    pack_file.write_text(
        "title: Teamstart\nblocks:\n  - title: Verhaal\n    minutes: 20\n    kind: story\n"
        "    items: [story:het-geheime-dossier]\n",
        encoding="utf-8",
    )
    code, pack_id, _err = run(capsys, "pack", "import", str(pack_file), *sender)
    pack_id = pack_id.strip()
    out_file = tmp_path / "teamstart.goedwerk"
    code, out, _err = run(
        capsys, "bundle", "export", "--pack", pack_id, "--label", "Team Noord", str(out_file), *sender
    )
    assert code == 0 and out.startswith(f"{out_file}: ")
    code, out, _err = run(capsys, "bundle", "inspect", str(out_file), *receiver)
    assert code == 0 and "Bundel van Team Noord" in out and "story:het-geheime-dossier\n" in out
    code, out, _err = run(capsys, "bundle", "import", str(out_file), *receiver)
    assert code == 0 and "ingelezen in de eigen bibliotheek: story:het-geheime-dossier" in out
    assert "pakket opgeslagen: Teamstart" in out
    pdf = tmp_path / "b.pdf"
    code, _out, err = run(
        capsys, "pack", "export", pack_id, "--pdf", str(pdf), "--parts", "cover,stories", *receiver
    )
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Het geheime dossier" in text and "Schrijf hier je verhaal" in text


def test_a_refused_bundle_exits_1_with_the_reasons_on_stderr(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.goedwerk"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../../etc/x.md", "x")
    opts = ["--library", str(MINI), "--data-dir", str(tmp_path / "d")]
    code, out, err = run(capsys, "bundle", "import", str(bad), *opts)
    assert code == 1 and out == ""
    assert "geweigerd" in err and "../../etc/x.md: pad buiten de bundel (../)" in err
    code, _out, err = run(capsys, "bundle", "inspect", str(bad), *opts)
    assert code == 1 and "pad buiten de bundel" in err


def test_bundle_export_of_items_and_a_bad_ref(capsys, tmp_path: Path) -> None:
    opts = ["--library", str(MINI), "--data-dir", str(tmp_path / "d")]
    out_file = tmp_path / "x.goedwerk"
    code, _out, _err = run(
        capsys, "bundle", "export", "--items", "story:de-nota,question:q-open-1", str(out_file), *opts
    )
    assert code == 0
    with zipfile.ZipFile(out_file) as zf:
        assert "practice/de-nota.md" in zf.namelist() and "values/loyaliteit.yaml" in zf.namelist()
    code, _out, err = run(capsys, "bundle", "export", "--items", "story:bestaat-niet", str(out_file), *opts)
    assert code == 1 and "story:bestaat-niet" in err
    with pytest.raises(SystemExit) as usage:
        main(["bundle", "export", "--items", "boek:x", str(out_file), *opts])
    assert usage.value.code == 2


def test_a_harvest_bundle_asks_to_confirm_flagged_reflections(capsys, tmp_path: Path) -> None:
    from goedwerk.core.workspace import Reflection, Workspace

    ws = Workspace(MINI, tmp_path / "a")
    pack = ws.packs.new("Sessie")
    flagged = ws.reflections.save(
        Reflection(pack_id=pack.id, pack_title="Sessie", happened="Mail jan@example.org")
    )
    ws.close()
    opts = ["--library", str(MINI), "--data-dir", str(tmp_path / "a")]
    out_file = tmp_path / "oogst.goedwerk"
    code, _out, err = run(
        capsys, "bundle", "export", "--reflections", pack.id[:6], "--label", "Noord", str(out_file), *opts
    )
    assert code == 1 and "jan@example.org" in err and "--confirm" in err and not out_file.exists()
    args = ["bundle", "export", "--reflections", pack.id[:6], "--confirm", flagged.id[:8], str(out_file)]
    code, _out, err = run(capsys, *args, *opts)
    assert code == 0, err
    other = ["--library", str(MINI), "--data-dir", str(tmp_path / "b")]
    code, out, _err = run(capsys, "bundle", "import", str(out_file), *other)
    assert code == 0 and "1 reflecties toegevoegd aan de oogst" in out
    code, out, _err = run(capsys, "bundle", "import", str(out_file), *other)
    assert "1 reflecties waren er al en tellen één keer" in out
