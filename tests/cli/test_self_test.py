"""``goedwerk self-test``: one line per step, exit 0; a failing step is named and exits 1."""

from __future__ import annotations

import pytest

from goedwerk import selftest
from goedwerk.cli import main


def test_self_test_passes_and_prints_one_line_per_step(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["self-test"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "Goed Werk zelftest"
    steps = [line.split(":")[0].removeprefix("ok").strip() for line in lines[1:-1]]
    assert steps == [
        "bibliotheek laden",
        "zoekindex bouwen",
        "zoeken in het Nederlands",
        "pakket als PDF",
        "venster openen en sluiten",
    ]
    assert "'salamander' → negentien-salamanders" in lines[3]
    assert "lettertypen ingebed" in lines[4]
    assert lines[-1] == "Zelftest geslaagd."


def test_a_failing_step_is_named_and_exits_1(
    qapp, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "SEARCHES", (("salamander", "een-verhaal-dat-er-niet-is"),))
    assert main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert "MISLUKT  zoeken in het Nederlands: 'salamander' vindt 'een-verhaal-dat-er-niet-is' niet" in out
    assert "pakket als PDF" not in out and "Zelftest geslaagd." not in out


def test_a_pdf_without_the_bundled_font_fails_the_check(tmp_path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Page /MediaBox [0 0 595 842] >> endobj\n"
        b"2 0 obj << /Type /Page /MediaBox [0 0 595 842] >> endobj\n"
        b"3 0 obj << /Type /Font /BaseFont /Helvetica >> endobj\n"
    )
    with pytest.raises(selftest.StepFailed, match="Open Sans"):
        selftest.check_pdf(pdf, 2)
