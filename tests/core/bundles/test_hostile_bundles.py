"""Hostile and broken bundles are refused with their reason; nothing changes, byte for byte."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from goedwerk.core.workspace import BundleError, Workspace

STORY = (Path(__file__).parents[2] / "data" / "mini" / "practice" / "de-nota.md").read_text(encoding="utf-8")


def own_story(story_id: str = "het-lek", **changes: str) -> str:
    text = STORY.replace("id: de-nota", f"id: {story_id}")
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def entry(kind: str, item_id: str, path: str, data: bytes) -> dict:
    return {"kind": kind, "id": item_id, "path": path, "sha256": hashlib.sha256(data).hexdigest()}


def write_zip(
    path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]], manifest: dict | None = None
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if manifest is not None:
            zf.writestr("manifest.json", json.dumps(manifest))
        for info, data in members:
            zf.writestr(info, data)
    return path


def bundle_of(path: Path, files: dict[str, tuple[str, str, bytes]], extra: list | None = None) -> Path:
    """A bundle whose manifest matches ``files`` (path -> kind, id, bytes), plus ``extra`` members."""
    manifest = {
        "format": 1,
        "app_version": "0",
        "created": "2026-01-01T00:00:00Z",
        "entries": [entry(k, i, p, d) for p, (k, i, d) in files.items()],
    }
    members = [(p, d) for p, (_k, _i, d) in files.items()] + (extra or [])
    return write_zip(path, members, manifest)


def snapshot(ws: Workspace) -> dict[str, bytes]:
    """Every byte of the catalog and the own library (the derived index left out)."""
    ws.close()
    files = {}
    for path in sorted(ws.data_dir.rglob("*")):
        rel = path.relative_to(ws.data_dir).as_posix()
        if path.is_file() and not rel.startswith("index/"):
            files[rel] = path.read_bytes()
    return files


def good(path: Path) -> Path:
    data = own_story().encode()
    return bundle_of(path, {"practice/het-lek.md": ("story", "het-lek", data)})


def traversal(path: Path) -> Path:
    return bundle_of(path, {}, [("../buiten.md", b"x")])


def absolute(path: Path) -> Path:
    return bundle_of(path, {}, [("/etc/goedwerk.md", b"x")])


def symlink(path: Path) -> Path:
    info = zipfile.ZipInfo("practice/link.md")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return bundle_of(path, {}, [(info, b"/etc/passwd")])


def directory(path: Path) -> Path:
    info = zipfile.ZipInfo("practice/map/")
    info.external_attr = (stat.S_IFDIR | 0o755) << 16
    return bundle_of(path, {}, [(info, b"")])


def fifo(path: Path) -> Path:
    info = zipfile.ZipInfo("practice/pijp.md")
    info.external_attr = (stat.S_IFIFO | 0o644) << 16
    return bundle_of(path, {}, [(info, b"")])


def too_many(path: Path) -> Path:
    return write_zip(path, [(f"e/{n}.md", b"") for n in range(2001)], {"format": 1, "entries": []})


def ten_thousand_empty(path: Path) -> Path:
    return write_zip(path, [(f"{n}", b"") for n in range(10_000)])


def too_large(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("practice/groot.md", os.urandom(51 * 1024 * 1024))
    return path


def bomb(path: Path) -> Path:
    return bundle_of(path, {"practice/het-lek.md": ("story", "het-lek", b"a" * 2_000_000)})


def not_utf8(path: Path) -> Path:
    data = own_story().encode("latin-1", "replace").replace(b"nota", b"n\xf6ta")
    return bundle_of(path, {"practice/het-lek.md": ("story", "het-lek", data)})


def name_not_utf8(path: Path) -> Path:
    raw = bundle_of(path, {}, [("practice/cafX.md", b"x")]).read_bytes()
    path.write_bytes(raw.replace(b"cafX", b"caf\x82"))  # a cp437 name, no UTF-8 flag
    return path


def unlisted(path: Path) -> Path:
    data = own_story().encode()
    return bundle_of(path, {"practice/het-lek.md": ("story", "het-lek", data)}, [("practice/extra.md", data)])


def wrong_hash(path: Path) -> Path:
    data = own_story().encode()
    bundle_of(path, {"practice/het-lek.md": ("story", "het-lek", data)})
    manifest = {"format": 1, "entries": [entry("story", "het-lek", "practice/het-lek.md", b"other")]}
    return write_zip(path, [("practice/het-lek.md", data)], manifest)


def missing_member(path: Path) -> Path:
    manifest = {"format": 1, "entries": [entry("story", "het-lek", "practice/het-lek.md", b"x")]}
    return write_zip(path, [], manifest)


def no_manifest(path: Path) -> Path:
    return write_zip(path, [("practice/het-lek.md", own_story().encode())])


def truncated(path: Path) -> Path:
    raw = good(path).read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path


def bad_front_matter(path: Path) -> Path:
    data = own_story(**{"summary: Een beleidsmedewerker twijfelt of ze haar advies moet afzwakken.\n": ""})
    return bundle_of(path, {"practice/het-lek.md": ("story", "het-lek", data.encode())})


def bad_reference(path: Path) -> Path:
    data = own_story(**{"values: [loyaliteit, eerlijkheid]": "values: [loyaliteit, bestaat-niet]"})
    return bundle_of(path, {"practice/het-lek.md": ("story", "het-lek", data.encode())})


def bad_pack(path: Path) -> Path:
    data = b"title: Kapot\nblocks:\n  - title: Een\n    minutes: -5\n    kind: story\n"
    return bundle_of(path, {"packs/abcd.pack.yaml": ("pack", "abcd", data)})


def wrong_path(path: Path) -> Path:
    data = own_story().encode()
    manifest = {"format": 1, "entries": [entry("story", "het-lek", "guides/het-lek.md", data)]}
    return write_zip(path, [("guides/het-lek.md", data)], manifest)


def bad_reflection(path: Path) -> Path:
    data = json.dumps({"id": "abcd1234", "happened": ["geen", "tekst"]}).encode()
    return bundle_of(path, {"reflections/abcd1234.json": ("reflection", "abcd1234", data)})


HOSTILE = {
    traversal: "pad buiten de bundel",
    absolute: "absoluut pad",
    symlink: "symbolische link",
    directory: "geen gewoon bestand",
    fifo: "geen gewoon bestand",
    too_many: "2002 onderdelen, meer dan 2000",
    ten_thousand_empty: "10000 onderdelen, meer dan 2000",
    too_large: "51 MB, meer dan 50 MB",
    bomb: "compressieverhouding boven 100",
    not_utf8: "geen UTF-8-tekst",
    name_not_utf8: "naam is geen UTF-8",
    unlisted: "practice/extra.md: staat niet in het manifest",
    wrong_hash: "SHA-256 klopt niet",
    missing_member: "ontbreekt in de bundel",
    no_manifest: "manifest.json ontbreekt",
    truncated: "geen leesbare bundel",
    bad_front_matter: "verplicht veld 'summary' ontbreekt",
    bad_reference: "waardenkaart 'bestaat-niet' die niet bestaat",
    bad_pack: "minuten",
    wrong_path: "hoort 'practice/het-lek.md' te zijn",
    bad_reflection: "veld 'happened' moet tekst zijn",
}


@pytest.mark.parametrize("make, reason", HOSTILE.items(), ids=[f.__name__ for f in HOSTILE])
def test_a_hostile_bundle_is_refused_and_changes_nothing(
    make, reason: str, mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    ws = Workspace(mini_library, data)
    ws.own.new("Eigen verhaal")
    ws.packs.save(ws.packs.new("Bestaand"))
    ws.index()
    before = snapshot(ws)
    bundle = make(tmp_path / "vijandig.goedwerk")
    ws = Workspace(mini_library, data)
    with pytest.raises(BundleError) as refused:
        ws.bundles.import_(bundle, "replace")
    assert reason in str(refused.value)
    assert snapshot(ws) == before


def test_the_good_bundle_of_these_tests_is_accepted(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    plan = ws.bundles.import_(good(tmp_path / "goed.goedwerk"))
    assert plan.added == [("story", "het-lek")] and ws.library.is_own("story", "het-lek")
    ws.close()
