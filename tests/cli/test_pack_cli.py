"""``goedwerk pack``: the exported PDF itself (read back with pypdf), import, list, errors."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from goedwerk.cli import main
from goedwerk.core.workspace import BLOCK_KIND_TINTS
from tests.pdf_reading import fill_colours, fonts, metadata, page_sizes, pages_text, word_boxes

DATA = Path(__file__).parents[1] / "data"
MINI = DATA / "mini"
SAMPLE = DATA / "packs" / "teamsessie.pack.yaml"
BROKEN = DATA / "packs" / "kapot.pack.yaml"
MM = 72 / 25.4  # PDF points per millimetre


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def exported(qapp, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The sample pack exported once on A4 with every part; the PDF and its reported pages."""
    folder = tmp_path_factory.mktemp("pdf")
    pdf = folder / "pakket.pdf"
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = main(
            [
                "pack",
                "export",
                str(SAMPLE),
                "--pdf",
                str(pdf),
                "--library",
                str(MINI),
                "--data-dir",
                str(folder / "d"),
            ]
        )
    assert code == 0
    match = re.fullmatch(rf"{re.escape(str(pdf))}: (\d+) pagina's \(a4\)", output.getvalue().strip())
    assert match, output.getvalue()
    return pdf, int(match.group(1))


def test_every_part_is_in_the_pdf(exported: tuple[Path, int]) -> None:
    pages = pages_text(exported[0])
    assert len(pages) == exported[1] >= 9
    assert pages[0].startswith("GOED WERK · SESSIEPAKKET Teamsessie Goed Werk")  # the cover
    # Every other page starts with the running header: the pack title, then the part's name.
    expected = [
        ("Programma", "Programma"),
        ("Draaiboek voor de gespreksleider", "Draaiboek voor de gespreksleider"),
        ("Praktijkverhalen", "PRAKTIJKVERHAAL De nota aan de minister"),
        ("Praktijkverhalen", "PRAKTIJKVERHAAL De cadeaubon"),
        ("Vragen voor het gesprek", "Vragen voor het gesprek"),
        ("Waardenkaarten", "Waardenkaarten Knip de kaarten uit langs de stippellijnen."),
        ("Reflectieformulier", "Reflectie"),
    ]
    starts = [
        next(i for i, page in enumerate(pages) if page.startswith(f"Teamsessie Goed Werk {header} {heading}"))
        for header, heading in expected
    ]
    assert starts == sorted(starts) and starts[0] == 1, "the parts are out of order"
    assert starts[2] != starts[3], "two stories share a page"
    cards = pages[starts[5]]
    assert all(name in cards for name in ("Eerlijkheid", "Loyaliteit", "Zorgvuldigheid", "Gezin"))
    assert "Wanneer kostte eerlijkheid jou iets?" in cards
    form = pages[-1]
    for prompt in ("Wat gebeurde er?", "Wat deed het met je?", "Welk inzicht neem je mee?"):
        assert prompt in form
    assert "Wat gaan we doen?" in form


def test_agenda_shows_clock_times_and_total(exported: tuple[Path, int]) -> None:
    agenda = next(
        page for page in pages_text(exported[0]) if page.startswith("Teamsessie Goed Werk Programma")
    )
    for time_range in ("13:30–13:40", "13:40–13:55", "13:55–14:05", "14:05–14:10"):
        assert time_range in agenda
    assert "Totaal 40 min" in agenda


def test_agenda_tints_each_block_by_its_kind_as_the_window_does(exported: tuple[Path, int]) -> None:
    texts = pages_text(exported[0])
    agenda = next(i for i, page in enumerate(texts) if page.startswith("Teamsessie Goed Werk Programma"))
    painted = fill_colours(exported[0])[agenda]
    for kind in ("intro", "story", "values", "reflection"):  # the sample pack's four blocks
        assert BLOCK_KIND_TINTS[kind].light in painted, (kind, painted)
    assert BLOCK_KIND_TINTS["vote"].light not in painted  # no vote block, no vote tint


def test_story_text_and_dutch_characters_survive(exported: tuple[Path, int]) -> None:
    text = " ".join(pages_text(exported[0]))
    assert (
        "Sanne schrijft een nota aan de minister. Haar analyse laat zien dat de maatregel niet werkt." in text
    )
    assert "Vragen bij dit verhaal 1. Hoe weeg je loyaliteit tegen je eigen oordeel?" in text
    assert "ideeën mogen, oordelen niet" in text and "Maak één afspraak" in text
    assert "zaal ’t Hoogt" in text and "dinsdag 1 december 2026" in text
    assert "\ufffd" not in text and "\ufb02" not in text  # no lost glyphs, no "ﬂ" ligature


def test_page_size_is_a4_and_metadata_names_the_pack(exported: tuple[Path, int]) -> None:
    sizes = page_sizes(exported[0])
    assert len(sizes) == exported[1] and set(sizes) == {(595.0, 842.0)}  # A4 in points
    assert metadata(exported[0])["Title"] == "Teamsessie Goed Werk"


def test_every_page_says_which_page_of_how_many(exported: tuple[Path, int]) -> None:
    pages, count = pages_text(exported[0]), exported[1]
    assert f"pagina 1 van {count}" in pages[0] and f"pagina {count} van {count}" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert re.findall(r"pagina \d+ van \d+", page) == [f"pagina {number} van {count}"]


def test_running_header_carries_the_pack_title_after_the_cover(exported: tuple[Path, int]) -> None:
    pages = pages_text(exported[0])
    assert not pages[0].startswith("Teamsessie Goed Werk")
    assert all(page.startswith("Teamsessie Goed Werk") for page in pages[1:])


def test_only_the_bundled_font_is_used_and_embedded(exported: tuple[Path, int]) -> None:
    used = fonts(exported[0])
    assert len(used) >= 3  # regular, bold, italic at least
    for name, embedded in used.items():
        assert name.startswith("OpenSans"), name
        assert embedded, f"not embedded: {name}"


def test_no_text_comes_near_the_edge_of_a_page(exported: tuple[Path, int]) -> None:
    boxes = word_boxes(exported[0])  # one box per line of text, glyphs taken one em wide
    assert len(boxes) > 150
    for width, height, x_min, y_min, x_max, y_max in boxes:
        assert 15 * MM < x_min and x_max < width - 15 * MM
        assert 8 * MM < y_min and y_max < height - 8 * MM


def test_letter_paper_and_a_choice_of_parts(qapp, capsys, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    code, out, _err = run(
        capsys,
        *("pack", "export", str(SAMPLE), "--pdf", str(pdf), "--paper", "letter"),
        *("--parts", "reflection,agenda", "--library", str(MINI)),
    )
    assert code == 0 and out.strip() == f"{pdf}: 2 pagina's (letter)"
    assert page_sizes(pdf) == [(612.0, 792.0)] * 2  # US Letter in points
    pages = pages_text(pdf)
    assert "Programma" in pages[0] and "Reflectie" in pages[1]
    assert "Draaiboek" not in " ".join(pages) and "pagina 2 van 2" in pages[1]


def test_a_bad_pack_file_exits_1_with_path_and_line(qapp, capsys, tmp_path: Path) -> None:
    pdf = tmp_path / "kapot.pdf"
    code, out, err = run(capsys, "pack", "export", str(BROKEN), "--pdf", str(pdf), "--library", str(MINI))
    assert code == 1 and out == "" and not pdf.exists()
    lines = err.splitlines()
    assert (
        lines[0] == f"{BROKEN}:3: ongeldige datum '2026-02-30' (schrijf JJJJ-MM-DD, bijvoorbeeld 2026-12-01)"
    )
    assert f"{BROKEN}:15: verhaal 'de-noot' bestaat niet in de bibliotheek (bedoel je 'de-nota'?)" in lines
    assert lines[-1] == "goedwerk: 9 problemen gevonden" and "Traceback" not in err


def test_import_prints_the_id_and_list_shows_the_pack(qapp, capsys, tmp_path: Path) -> None:
    code, out, _err = run(capsys, "pack", "import", str(SAMPLE), "--library", str(MINI))
    pack_id = out.strip()
    assert code == 0 and re.fullmatch(r"[0-9a-f]{32}", pack_id)
    code, out, _err = run(capsys, "--library", str(MINI), "pack", "list", "--json")
    listed = json.loads(out)
    assert [(p["id"], p["title"], p["date"], p["minutes"]) for p in listed] == [
        (pack_id, "Teamsessie Goed Werk", "2026-12-01", 40)
    ]
    code, out, _err = run(capsys, "pack", "list")
    assert out.split() == [
        "2026-12-01",
        pack_id[:8],
        "Teamsessie",
        "Goed",
        "Werk",
        "(4",
        "blokken,",
        "40",
        "min)",
    ]
    pdf = tmp_path / "opgeslagen.pdf"
    code, out, _err = run(capsys, "pack", "export", pack_id[:8], "--pdf", str(pdf), "--library", str(MINI))
    assert code == 0 and "Teamsessie Goed Werk" in pages_text(pdf)[0]


def test_a_bad_file_is_not_imported(capsys) -> None:
    code, _out, err = run(capsys, "pack", "import", str(BROKEN), "--library", str(MINI))
    assert code == 1 and f"{BROKEN}:8: blok 'Opening'" in err
    code, out, _err = run(capsys, "pack", "list", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_unknown_pack_id_and_missing_folder_exit_1_in_dutch(capsys, tmp_path: Path) -> None:
    code, _out, err = run(capsys, "pack", "export", "abcdef", "--pdf", str(tmp_path / "x.pdf"))
    assert code == 1 and "pakket 'abcdef' bestaat niet" in err
    target = tmp_path / "nergens" / "x.pdf"
    code, _out, err = run(capsys, "pack", "export", str(SAMPLE), "--pdf", str(target), "--library", str(MINI))
    assert code == 1 and "bestaat niet" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["pack", "export", str(SAMPLE), "--pdf", "x.pdf", "--paper", "a5"],
        ["pack", "export", str(SAMPLE), "--pdf", "x.pdf", "--parts", "cover,omslag"],
        ["pack", "export", str(SAMPLE)],
        ["pack"],
    ],
)
def test_usage_errors_exit_2(capsys, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and "goedwerk: fout:" in capsys.readouterr().err


def test_export_runs_headless_in_a_fresh_process(exported: tuple[Path, int], tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    pdf = tmp_path / "los.pdf"
    cmd = [sys.executable, "-m", "goedwerk", "pack", "export", str(SAMPLE), "--pdf", str(pdf)]
    done = subprocess.run(
        [*cmd, "--library", str(MINI)], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{pdf}: {exported[1]} pagina's (a4)" and "Traceback" not in done.stderr
    assert pages_text(pdf) == pages_text(exported[0])  # the same pack, wherever it is made


def test_warnings_do_not_stop_the_export(qapp, capsys, tmp_path: Path) -> None:
    source = tmp_path / "kort.pack.yaml"
    source.write_text(
        "title: Kort\nfacilitator: A\nblocks:\n  - {title: Praten, minutes: 20}\n", encoding="utf-8"
    )
    pdf = tmp_path / "kort.pdf"
    code, out, err = run(
        capsys,
        "pack",
        "export",
        str(source),
        "--pdf",
        str(pdf),
        "--parts",
        "agenda,stories",
        "--library",
        str(MINI),
    )
    assert code == 0 and out.strip() == f"{pdf}: 1 pagina (a4)"
    assert f"goedwerk: let op: {source}:2: onbekend veld 'facilitator' wordt overgeslagen" in err
    assert "goedwerk: let op: onderdeel 'stories' blijft leeg en wordt overgeslagen" in err


def test_the_default_parts_skip_what_a_pack_lacks_without_a_warning(qapp, capsys, tmp_path: Path) -> None:
    source = tmp_path / "zonder.pack.yaml"
    text = SAMPLE.read_text(encoding="utf-8").replace(", guide:opwarmer-drie-woorden", "")
    source.write_text(text, encoding="utf-8")
    pdf = tmp_path / "zonder.pdf"
    code, _out, err = run(capsys, "pack", "export", str(source), "--pdf", str(pdf), "--library", str(MINI))
    assert code == 0 and pdf.exists()
    assert "blijft leeg" not in err  # no guides in this pack: that part is simply not printed
