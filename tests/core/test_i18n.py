"""Core translations: nothing translated at import time, the CLI's language, one register."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from goedwerk.core.i18n import environment_language

APP = Path(__file__).resolve().parents[2] / "app" / "goedwerk"
I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def _import_time_calls(path: Path) -> list[str]:
    """``_()``/``ngettext()`` calls outside any function: they would freeze the import's language."""
    found: list[str] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            call = isinstance(child, ast.Call) and isinstance(child.func, ast.Name)
            if call and not inside and child.func.id in ("_", "ngettext"):
                found.append(f"{path.relative_to(APP)}:{child.lineno}")
            visit(child, inside)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_no_text_is_translated_at_import_time() -> None:
    sources = [*(APP / "core").rglob("*.py"), *(APP / "paper").rglob("*.py"), *APP.glob("cli*.py")]
    assert [hit for path in sources for hit in _import_time_calls(path)] == []


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "nl"),
        ({"LANG": "C.UTF-8"}, "nl"),
        ({"LANG": "POSIX"}, "nl"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "en", "LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:en", "LANG": "nl_NL.UTF-8"}, "en"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, "en"),
    ],
)
def test_the_command_line_reads_its_language_like_gettext(environ: dict[str, str], language: str) -> None:
    assert environment_language(environ) == language


def _user_texts() -> list[str]:
    """Every Dutch text a user reads: the window's (.ts sources) and the core's (.po msgids)."""
    ts = (I18N / "goedwerk_en.ts").read_text(encoding="utf-8")
    po = (I18N / "locale" / "en" / "LC_MESSAGES" / "goedwerk.po").read_text(encoding="utf-8")
    return re.findall(r"<source>(.*?)</source>", ts, re.S) + re.findall(
        r'^msgid(?:_plural)? "(.*)"$', po, re.M
    )


def test_every_text_says_je_never_u() -> None:
    formal = re.compile(r"\b(u|uw|U|Uw)\b(?![-'’.])")
    texts = _user_texts()
    assert len(texts) > 300
    assert [text for text in texts if formal.search(text.replace("&amp;", "&"))] == []
