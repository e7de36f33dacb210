"""``make bundle``: icons, the PyInstaller one-folder bundle, and (on Linux) the tar.gz.

1. ``packaging/make_icons.py`` renders the icon into ``build/icons``;
2. PyInstaller builds ``dist/goedwerk/`` from ``packaging/goedwerk.spec`` (which also writes
   THIRD_PARTY.md, ``build/licenses`` and ``build/bundle-exclusions.json``);
3. on Linux, ``dist/goedwerk-VERSION-linux-x86_64.tar.gz`` gets the bundle, ``goedwerk.desktop``,
   the hicolor icons, ``install.sh`` and ``uninstall.sh``.

It prints the unpacked size and the build time, and fails when the bundle is over the budget.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "dist"
BUILD = REPO / "build"
BUDGET_MB = 150


def version() -> str:
    """The version in pyproject.toml."""
    import tomllib

    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def size_mb(folder: Path) -> float:
    """Bytes of every file under ``folder`` (links not followed), in MB (10^6)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def run(*argv: str) -> None:
    print("==>", " ".join(argv), flush=True)
    subprocess.run(argv, check=True, cwd=REPO)


def tarball(bundle: Path) -> Path:
    """Pack the Linux bundle with its installer into dist/goedwerk-VERSION-linux-x86_64.tar.gz."""
    name = f"goedwerk-{version()}-linux-{platform.machine()}"
    staging = BUILD / "tar" / name
    if staging.parent.exists():
        shutil.rmtree(staging.parent)
    staging.mkdir(parents=True)
    shutil.copytree(bundle, staging / "goedwerk", symlinks=True)
    shutil.copytree(BUILD / "icons" / "hicolor", staging / "icons" / "hicolor")
    for item in ("goedwerk.desktop", "install.sh", "uninstall.sh"):
        shutil.copy2(REPO / "packaging" / item, staging / item)
    (staging / "LEESMIJ.txt").write_text(
        "Goed Werk installeren (alleen voor jou, zonder beheerdersrechten):\n\n"
        "    ./install.sh\n\n"
        "Daarna staat Goed Werk in het menu en werkt de opdracht 'goedwerk'.\n"
        "Verwijderen: ~/.local/lib/goedwerk/uninstall.sh (je eigen gegevens blijven bewaard).\n"
        "Zonder installeren starten: ./goedwerk/goedwerk\n",
        encoding="utf-8",
    )
    out = DIST / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=name)
    return out


def main() -> int:
    """Build everything; return the exit code."""
    started = time.perf_counter()
    run(sys.executable, "packaging/make_icons.py", str(BUILD / "icons"))
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={BUILD / 'pyinstaller'}",
        "packaging/goedwerk.spec",
    )
    bundle = DIST / "goedwerk"
    built = time.perf_counter() - started
    mb = size_mb(bundle) if bundle.is_dir() else 0.0
    print(f"==> {bundle.relative_to(REPO)}: {mb:.1f} MB unpacked (budget {BUDGET_MB} MB), {built:.0f} s")
    if sys.platform.startswith("linux"):
        out = tarball(bundle)
        print(f"==> {out.relative_to(REPO)}: {out.stat().st_size / 1e6:.1f} MB")
    if mb > BUDGET_MB:
        print(f"bundle is {mb:.1f} MB, over the {BUDGET_MB} MB budget", file=sys.stderr)
        return 1
    print(f"==> done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
