"""The ``goedwerk`` command: output, exit codes, options before or after the sub-command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from goedwerk import __version__
from goedwerk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_passes_on_a_valid_library(capsys, mini_library: Path) -> None:
    code, out, _err = run(capsys, "check", str(mini_library))
    assert code == 0
    assert out.strip() == "In orde: 4 verhalen, 4 waardenkaarten, 4 vragen, 1 werkvormen, 1 handreikingen"


def test_check_lists_every_problem_with_path_and_line(capsys, broken_library: Path) -> None:
    code, out, err = run(capsys, "check", str(broken_library))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 17  # "Pieter Bakker" is one name, one problem
    assert all(line.startswith("broken/") and line.split(":")[1].isdigit() for line in lines)
    assert "17 problemen gevonden" in err


def test_bundled_library_passes_check(capsys) -> None:
    code, out, _err = run(capsys, "check")
    assert code == 0, out
    assert out.startswith("In orde: ")


def test_search_json_gives_ranked_hits(capsys, mini_library: Path) -> None:
    code, out, _err = run(capsys, "search", "ambtenaren", "--library", str(mini_library), "--json")
    assert code == 0
    hits = json.loads(out)
    assert {"id", "kind", "title", "score", "snippet"} == set(hits[0])
    assert "de-nota" in [h["id"] for h in hits]
    assert hits == sorted(hits, key=lambda h: -h["score"])


def test_search_with_no_hits_prints_an_empty_list(capsys, mini_library: Path) -> None:
    code, out, _err = run(capsys, "--library", str(mini_library), "search", "xylofoon", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_search_filters_and_text_output(capsys, mini_library: Path) -> None:
    code, out, _err = run(
        capsys,
        "search",
        "",
        "--library",
        str(mini_library),
        "--kind",
        "story",
        "--sector",
        "gemeente",
    )
    assert code == 0
    assert "[verhaal] Het verzoek om documenten" in out and "[verhaal] De cadeaubon" in out
    assert "De nota" not in out


def test_broken_query_answers(capsys, mini_library: Path) -> None:
    code, out, _err = run(capsys, "search", '"cadeaubon', "--library", str(mini_library))
    assert code == 0 and "De cadeaubon" in out


def test_suggestion_is_printed(capsys, mini_library: Path) -> None:
    _code, out, _err = run(capsys, "search", "cadaubon", "--library", str(mini_library))
    assert "Bedoelde je: cadeaubon?" in out


def test_usage_error_exits_2_in_dutch(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search", "x", "--limit", "nul"])
    assert exc.value.code == 2
    assert "goedwerk: fout:" in capsys.readouterr().err


def test_missing_library_folder_exits_1_without_traceback(capsys, tmp_path: Path) -> None:
    code, _out, err = run(capsys, "check", str(tmp_path / "nergens"))
    assert code == 1
    assert "bestaat niet" in err and "Traceback" not in err


def test_reindex_reports_documents(capsys, mini_library: Path) -> None:
    code, out, _err = run(capsys, "reindex", "--library", str(mini_library))
    assert code == 0 and "13 documenten" in out


def test_data_dir_option_decides_where_the_catalog_goes(capsys, mini_library: Path, tmp_path: Path) -> None:
    target = tmp_path / "elders"
    run(capsys, "search", "nota", "--library", str(mini_library), "--data-dir", str(target))
    assert (target / "catalog.sqlite").is_file()


def test_version_and_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "goedwerk", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"goedwerk {__version__}"


def test_unknown_filter_value_is_named_in_dutch(capsys, mini_library: Path) -> None:
    code, _out, err = run(capsys, "search", "nota", "--library", str(mini_library), "--theme", "ruimtevaart")
    assert code == 0
    assert "onbekend thema 'ruimtevaart' (bekend: integriteit, openheid, politieke-loyaliteit)" in err
