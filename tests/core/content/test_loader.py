"""Loading and validating a library: every rule names its file and line, bad files are skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk.core.content.assembly import load_library
from goedwerk.core.model import Kind


def problems_of(library_dir: Path) -> list[str]:
    return [p.format() for p in load_library(library_dir).problems]


def test_valid_library_loads_every_item_without_problems(mini_library: Path) -> None:
    library = load_library(mini_library)
    assert library.problems == ()
    assert library.counts() == {"stories": 4, "values": 4, "questions": 4, "formats": 1, "guides": 1}
    story = library.get(Kind.STORY, "de-nota")
    assert story is not None
    assert story.title == "De nota aan de minister"
    assert story.themes == ("politieke-loyaliteit",)
    assert story.sector == "rijk" and story.role == "beleidsmedewerker"
    assert story.values == ("loyaliteit", "eerlijkheid")
    assert "goede ambtenaar" in story.body
    assert library.format("teamstart").minutes == 30


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("broken/practice/kapotte-yaml.md:", "YAML-fout"),
        ("broken/practice/geen-utf8.md:14:", "geen geldige UTF-8"),
        ("broken/practice/zonder-samenvatting.md:2:", "verplicht veld 'summary' ontbreekt"),
        ("broken/practice/lege-tekst.md:13:", "geen tekst"),
        ("broken/practice/dubbel.md:2:", "id 'de-nota' bestaat al (broken/practice/de-nota.md:2)"),
        ("broken/practice/onbekende-termen.md:5:", "onbekend thema 'ruimtevaart'"),
        ("broken/practice/onbekende-termen.md:6:", "onbekende B 'bevlogen'"),
        ("broken/practice/onbekende-termen.md:7:", "onbekende sector 'ruimtevaartorganisatie'"),
        ("broken/practice/onbekende-termen.md:8:", "onbekende rol 'astronaut'"),
        ("broken/practice/onbekende-termen.md:9:", "waardenkaart 'moed' die niet bestaat"),
        ("broken/practice/onbekende-termen.md:10:", "vraag 'q-bestaat-niet' die niet bestaat"),
        ("broken/formats/kapot.yaml:6:", "minuten moet een positief geheel getal zijn"),
        ("broken/formats/kapot.yaml:10:", "onbekende soort 'feest'"),
        ("broken/practice/persoonsgegevens.md:15:", "e-mailadres 'j.jansen@example.nl'"),
        ("broken/practice/persoonsgegevens.md:15:", "telefoonnummer '06-12345678'"),
        ("broken/practice/persoonsgegevens.md:16:", "naam 'Pieter Bakker'"),
    ],
)
def test_each_rule_reports_file_line_and_cause(broken_library: Path, location: str, message: str) -> None:
    assert any(p.startswith(location) and message in p for p in problems_of(broken_library)), location


def test_broken_files_never_block_the_rest(broken_library: Path) -> None:
    library = load_library(broken_library)
    ids = {s.id for s in library.stories}
    # the valid stories are all there; fatally broken ones are left out
    assert {"de-nota", "het-verzoek", "de-cadeaubon", "het-dashboard"} <= ids
    assert not ids & {"kapotte-yaml", "geen-utf8", "zonder-samenvatting", "lege-tekst"}
    # the duplicate does not replace the original
    assert library.get(Kind.STORY, "de-nota").title == "De nota aan de minister"
    # a story with unknown references still loads, keeping only what exists
    odd = library.get(Kind.STORY, "onbekende-termen")
    assert odd.themes == ("integriteit",) and odd.b == ("bekwaam",)
    assert odd.values == ("gezin",) and odd.questions == ("q-af-1",)
    assert odd.sector == "" and odd.role == ""
    # the broken format is left out
    assert library.format("kapot") is None and library.format("teamstart") is not None


def test_yaml_error_in_values_file_names_its_line(mini_library: Path) -> None:
    path = mini_library / "values.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "- id: [kapot\n", encoding="utf-8")
    problems = problems_of(mini_library)
    # the file has 16 lines, the broken item is line 17 (PyYAML notices it at the end, line 18)
    assert any(p.startswith("mini/values.yaml:17:") and "YAML-fout" in p for p in problems), problems


def test_missing_field_in_question_bank_skips_only_that_question(mini_library: Path) -> None:
    path = mini_library / "questions.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "- id: q-zonder-fase\n  text: Wat nu?\n",
        encoding="utf-8",
    )
    library = load_library(mini_library)
    assert any(p.format().startswith("mini/questions.yaml:21:") for p in library.problems)
    assert len(library.questions) == 4


def test_question_with_unknown_phase_is_reported(mini_library: Path) -> None:
    path = mini_library / "questions.yaml"
    extra = "- id: q-rare-fase\n  text: Wat nu?\n  phase: toetje\n"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    assert any("mini/questions.yaml:23:" in p and "fase 'toetje'" in p for p in problems_of(mini_library))


def test_story_without_front_matter_is_reported(mini_library: Path) -> None:
    (mini_library / "practice" / "los.md").write_text("Alleen tekst.\n", encoding="utf-8")
    assert "mini/practice/los.md:1: verhaal begint niet met front matter tussen '---'-regels" in problems_of(
        mini_library
    )


def test_missing_vocabulary_is_a_problem_not_a_crash(mini_library: Path) -> None:
    (mini_library / "vocabulary.yaml").unlink()
    library = load_library(mini_library)
    assert any("vocabulary.yaml ontbreekt" in p.message for p in library.problems)
    assert library.stories  # still loaded, with their themes reported as unknown


def test_an_impossible_date_in_a_content_file_is_text_not_a_crash(mini_library: Path) -> None:
    story = mini_library / "practice" / "de-nota.md"
    story.write_text(
        story.read_text(encoding="utf-8").replace(
            "summary: Een beleidsmedewerker twijfelt of ze haar advies moet afzwakken.", "summary: 2026-13-01"
        ),
        encoding="utf-8",
    )
    path = mini_library / "values.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "- id: datum\n  name: 2026-13-01\n  description: x.\n"
        "  question: Wat?\n",
        encoding="utf-8",
    )
    library = load_library(mini_library)
    assert library.problems == ()
    assert library.get("value", "datum").name == "2026-13-01"


def test_outside_links_read_as_their_words_and_never_link() -> None:
    from goedwerk.core.content.render import markdown_to_html

    html = markdown_to_html(
        "Zie [de site](https://example.org/x), ![een plaatje](file:///etc/passwd), "
        "[x](javascript:alert(1)), <https://a.nl> en [het verhaal](goedwerk:story/de-nota)."
    )
    assert html == (
        "<p>Zie de site, een plaatje, x, https://a.nl en "
        '<a href="goedwerk:story/de-nota">het verhaal</a>.</p>\n'
    )


@pytest.mark.parametrize(
    ("group_size", "line", "message"),
    [
        ("group_size: veel", 4, "moet 'min' en/of 'max' hebben"),
        ("group_size: {min: 6, tot: 10}", 4, "moet 'min' en/of 'max' hebben"),
        ("group_size:\n  min: 6\n  max: nul", 6, "'max' moet een positief geheel getal zijn, niet 'nul'"),
        ("group_size:\n  min: 0", 5, "'min' moet een positief geheel getal zijn, niet '0'"),
        ("group_size: {min: 12, max: 6}", 4, "'min' (12) is groter dan 'max' (6)"),
    ],
)
def test_a_bad_group_size_is_named_by_line_and_left_out(
    mini_library: Path, group_size: str, line: int, message: str
) -> None:
    path = mini_library / "formats" / "teamstart.yaml"
    text = path.read_text(encoding="utf-8").replace("blocks:", f"{group_size}\nblocks:", 1)
    path.write_text(text, encoding="utf-8")
    library = load_library(mini_library)
    found = [p.format() for p in library.problems]
    assert any(p.startswith(f"mini/formats/teamstart.yaml:{line}:") and message in p for p in found), found
    assert library.format("teamstart").group_size is None  # the format itself still loads


def test_group_size_is_read_with_an_open_end(mini_library: Path) -> None:
    path = mini_library / "formats" / "teamstart.yaml"
    text = path.read_text(encoding="utf-8").replace("blocks:", "group_size: {min: 3}\nblocks:", 1)
    path.write_text(text, encoding="utf-8")
    library = load_library(mini_library)
    assert library.problems == ()
    size = library.format("teamstart").group_size
    assert (size.min, size.max) == (3, None) and size.fits(40) and not size.fits(2)


def test_every_bundled_format_has_its_group_size() -> None:
    library = load_library(Path(__file__).resolve().parents[3] / "stories")
    sizes = {f.id: (f.group_size.min, f.group_size.max) for f in library.formats}
    assert sizes["goed-werk-bijeenkomst"] == (6, 12) and sizes["reisgesprek"] == (6, 8)
    assert sizes["waardensortering"] == (4, 16) and len(sizes) == 7
