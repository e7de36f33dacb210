"""``triggered``/``clicked`` never reach a method with parameters: their ``bool`` would fill the first.

The bug this guards against: ``action.triggered.connect(self.export_pdf)`` called
``export_pdf(path=False)``. Every such connection in ``goedwerk.ui`` must go to a method that
takes nothing but ``self`` (or through a lambda).
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "goedwerk" / "ui"
SIGNALS = {"triggered", "clicked"}


def methods_with_parameters(tree: ast.Module) -> set[str]:
    """Names of the methods in ``tree`` that take more than ``self``.

    An item view's ``clicked(index)`` is meant to arrive: a first parameter named ``index`` or
    ``item`` is the signal's own payload, not a parameter it would fill by accident.
    """
    found = set()
    for node in ast.walk(tree):
        params = node.args.args if isinstance(node, ast.FunctionDef) else []
        if not params or params[0].arg != "self" or (len(params) == 1 and not node.args.vararg):
            continue
        if len(params) == 1 or params[1].arg not in ("index", "item"):
            found.add(node.name)
    return found


def risky_connections(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    with_parameters = methods_with_parameters(tree)
    risky = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "connect"
        ):
            continue
        signal = node.func.value
        if not (isinstance(signal, ast.Attribute) and signal.attr in SIGNALS and node.args):
            continue
        slot = node.args[0]
        on_self = (
            isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name) and slot.value.id == "self"
        )
        if on_self and slot.attr in with_parameters:
            risky.append(f"{path.name}:{node.lineno}: {signal.attr} -> self.{slot.attr}")
    return risky


def test_no_triggered_or_clicked_reaches_a_method_with_parameters() -> None:
    found = [line for path in sorted(UI.rglob("*.py")) for line in risky_connections(path)]
    assert found == []


def test_the_check_sees_the_bug_it_guards_against(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        "class W:\n"
        "    def build(self):\n"
        "        self.action.triggered.connect(self.export_pdf)\n"
        "        self.button.clicked.connect(self.refresh)\n"
        "    def export_pdf(self, path=None):\n"
        "        pass\n"
        "    def refresh(self):\n"
        "        pass\n",
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in risky_connections(module)] == ["triggered -> self.export_pdf"]
