"""A PDF export that cannot be written completely fails loudly and leaves the old file alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk.cli import main
from tests.fulldisk import needs_full_disk, run_on_full_disk

DATA = Path(__file__).parents[1] / "data"
MINI = DATA / "mini"
SAMPLE = DATA / "packs" / "teamsessie.pack.yaml"
OLD = b"%PDF-1.4\n% the export of last week\n%%EOF\n"

EXPORT_ON_FULL_DISK = """
import contextlib, io
from goedwerk.cli import main
for name, argv in (
    ("pakket.pdf", ["pack", "export", ARGS[0], "--library", ARGS[1], "--pdf"]),
    ("oogst.pdf", ["reflections", "export", "--library", ARGS[1], "--pdf"]),
):
    target = MOUNT / name
    target.write_bytes(ARGS[2].encode())
    fill()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()) as out:
        code = main([*argv, str(target)])
    unfill()
    left = sorted(p.name for p in MOUNT.iterdir() if p.name not in ("pakket.pdf", "oogst.pdf"))
    same = target.read_bytes() == ARGS[2].encode()
    print(name, code, same, left, repr(out.getvalue()), repr(err.getvalue().strip()))
"""


@needs_full_disk
def test_pack_and_harvest_pdfs_on_a_full_disk_fail_and_keep_the_old_file(tmp_path: Path) -> None:
    lines = run_on_full_disk(EXPORT_ON_FULL_DISK, tmp_path / "vol", str(SAMPLE), str(MINI), OLD.decode())
    assert len(lines) == 2
    for line, name in zip(lines, ("pakket.pdf", "oogst.pdf"), strict=True):
        assert line.startswith(f"{name} 1 True [] '' "), line  # exit 1, old file intact, nothing left
        assert "de schijf is vol" in line and "niet veranderd" in line and "Traceback" not in line


def test_a_folder_as_pdf_target_is_a_message_not_a_traceback(
    qapp, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["pack", "export", str(SAMPLE), "--library", str(MINI), "--pdf", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.strip() == f"goedwerk: {tmp_path} is een map; geef de naam van een PDF-bestand"
