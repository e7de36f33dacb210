"""``goedwerk pack suggest``: a pack of the asked minutes as JSON or text, stored with --save."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from goedwerk.cli import main

BUNDLED = Path(__file__).resolve().parents[2] / "stories"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_pack_adds_up_to_the_minutes(capsys, tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    code, out, _err = run(
        capsys, "pack", "suggest", "--minutes", "90", "--theme", "tegenspraak", "--json", "--data-dir", data
    )
    assert code == 0
    pack = json.loads(out)
    assert sum(block["minutes"] for block in pack["blocks"]) == 90
    assert all(block["items"] for block in pack["blocks"] if block["kind"] != "break")
    story = next(c for c in pack["choices"] if c["key"] == "story#0")
    assert "past bij thema Tegenspraak en bestuurlijk lef" in story["reasons"]


def test_text_says_why_and_the_same_seed_repeats(capsys, tmp_path: Path) -> None:
    argv = ("pack", "suggest", "--minutes", "60", "--group", "Team Vergunningen", "--seed", "4")
    code, first, _err = run(capsys, *argv, "--data-dir", str(tmp_path / "d"))
    assert code == 0
    assert "eerste sessie met Team Vergunningen: de introductie" in first
    assert "(60 min)" in first.splitlines()[0]
    _code, again, _err = run(capsys, *argv, "--data-dir", str(tmp_path / "d"))
    assert again == first


def test_saved_pack_is_listed_and_exported(capsys, tmp_path: Path, qapp) -> None:
    data = str(tmp_path / "d")
    code, out, _err = run(
        capsys,
        "pack",
        "suggest",
        "--minutes",
        "45",
        "--theme",
        "integriteit",
        "--group",
        "Team A",
        "--save",
        "--data-dir",
        data,
    )
    assert code == 0
    pack_id = out.strip()
    _code, listing, _err = run(capsys, "pack", "list", "--json", "--data-dir", data)
    stored = {p["id"]: p for p in json.loads(listing)}
    assert stored[pack_id]["minutes"] == 45
    pdf = tmp_path / "voorstel.pdf"
    code, out, _err = run(capsys, "pack", "export", pack_id[:8], "--pdf", str(pdf), "--data-dir", data)
    assert code == 0, out
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Team A" in text


def test_a_later_suggestion_for_the_group_takes_another_story(capsys, tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    argv = ("pack", "suggest", "--minutes", "30", "--theme", "tegenspraak", "--group", "Team B")

    def stories() -> list[str]:
        pack = json.loads(run(capsys, *argv, "--json", "--data-dir", data)[1])
        return [r for b in pack["blocks"] for r in b["items"] if r.startswith("story:")]

    before = stories()
    assert run(capsys, *argv, "--save", "--data-dir", data)[0] == 0
    after = stories()
    assert before and after and not set(before) & set(after)


def test_nothing_fits_exits_with_the_reason(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "pack", "suggest", "--minutes", "5", "--data-dir", str(tmp_path / "d"))
    assert code == 1
    assert out == ""
    assert "geen werkvorm past in 5 minuten" in err


def test_json_and_save_exclude_each_other(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["pack", "suggest", "--minutes", "30", "--json", "--save"])
    assert exit_info.value.code == 2


def test_pack_export_prints_own_notes_on_request(capsys, tmp_path: Path, qapp) -> None:
    from goedwerk.core.workspace import Workspace

    data = tmp_path / "d"
    _code, out, _err = run(capsys, "pack", "suggest", "--minutes", "30", "--save", "--data-dir", str(data))
    ws = Workspace(None, data)
    try:
        pack = ws.packs.get(out.strip())
        story = next(r for b in pack.blocks for r in b.items if r.startswith("story:"))
        ws.notes.set(story, "Zeppelinnotitie voor mezelf")
    finally:
        ws.close()
    texts = []
    for extra in ((), ("--notes",)):
        pdf = tmp_path / f"p{len(extra)}.pdf"
        argv = ("pack", "export", pack.id, "--pdf", str(pdf), "--parts", "script", "--data-dir", str(data))
        assert run(capsys, *argv, *extra)[0] == 0
        texts.append(" ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages))
    assert "Zeppelinnotitie" not in texts[0]
    assert "Zeppelinnotitie voor mezelf" in texts[1]
