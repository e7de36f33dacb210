"""The command line follows LANGUAGE/LANG like any gettext program: an English pack on request."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

DATA = Path(__file__).parents[1] / "data"
MINI = DATA / "mini"
SAMPLE = DATA / "packs" / "teamsessie.pack.yaml"
DUTCH_PARTS = (
    "Voorblad",
    "Programma",
    "Draaiboek voor de gespreksleider",
    "Praktijkverhalen",
    "Vragen voor het gesprek",
    "Waardenkaarten",
    "Reflectieformulier",
)


def export(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run ``goedwerk pack export`` in a fresh process; the result and the text of each page."""
    pdf = tmp_path / "pack.pdf"
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    environment.update(env)
    cmd = [sys.executable, "-m", "goedwerk", "pack", "export", str(SAMPLE), "--pdf", str(pdf)]
    done = subprocess.run(
        [*cmd, "--library", str(MINI)], capture_output=True, text=True, env=environment, check=False
    )
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages] if pdf.exists() else []
    return done, pages


def test_language_en_prints_an_english_pack(tmp_path: Path) -> None:
    done, pages = export(tmp_path, LANGUAGE="en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{tmp_path / 'pack.pdf'}: {len(pages)} pages (a4)"
    text = "\n".join(pages)
    assert "Programme" in text and "Facilitator's script" in text
    assert f"page 1 of {len(pages)}" in pages[0] and f"page 2 of {len(pages)}" in pages[1]
    assert "Tuesday 1 December 2026" in text and "40 minutes" in text
    assert "Values cards" in text and "Reflection" in text
    leftovers = [word for word in (*DUTCH_PARTS, "pagina", "dinsdag", "minuten", "Totaal") if word in text]
    assert leftovers == []


def test_lang_chooses_the_language_too_and_dutch_is_the_default(tmp_path: Path) -> None:
    english, english_pages = export(tmp_path, LANG="en_GB.UTF-8")
    assert english.returncode == 0 and "pages (a4)" in english.stdout
    assert "page 1 of" in english_pages[0]
    dutch, dutch_pages = export(tmp_path, LANG="C.UTF-8")
    assert dutch.returncode == 0 and "pagina's (a4)" in dutch.stdout
    assert "pagina 1 van" in dutch_pages[0] and "Programma" in "\n".join(dutch_pages)


def suggest(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``goedwerk pack suggest`` in English in a fresh process."""
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    environment["LANGUAGE"] = "en"
    cmd = [sys.executable, "-m", "goedwerk", "pack", "suggest", *argv, "--data-dir", str(tmp_path / "d")]
    return subprocess.run(cmd, capture_output=True, text=True, env=environment, check=False)


def test_language_en_composes_in_english(tmp_path: Path) -> None:
    argv = ("--minutes", "90", "--theme", "tegenspraak", "--b", "betrokken", "--group", "Team Vergunningen")
    done = suggest(tmp_path, *argv, "--people", "40")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "no format is meant for 40 participants; the group size was let go" in done.stderr
    assert out.splitlines()[0] == "Goed Werk-bijeenkomst with Team Vergunningen (90 min)"
    assert "Format: Goed Werk-bijeenkomst — lasts exactly 90 minutes" in out
    assert "first session with Team Vergunningen: the introduction" in out
    assert "fits the theme Tegenspraak en bestuurlijk lef" in out and "carries Engaged" in out
    assert "phase deepening" in out and "to balance the B's" in out
    assert "belongs to the story" in out
    dutch = ("past bij", "nog niet gebruikt", "fase ", "Werkvorm", "bedoeld voor", "losgelaten", "draagt ")
    assert not [word for word in dutch if word in out + done.stderr]


def test_language_en_explains_suggest_in_english(tmp_path: Path) -> None:
    done = suggest(tmp_path, "--help")
    assert "number of participants" in done.stdout and "length in minutes" in done.stdout
    assert "the pack as JSON" in done.stdout and "aantal" not in done.stdout
