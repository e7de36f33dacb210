"""The whole-library cache: used only for the same fingerprint; a bad file only costs time."""

from __future__ import annotations

from pathlib import Path

from goedwerk.core.content import library_cache
from goedwerk.core.content.assembly import load_library


def test_a_saved_library_loads_back_equal_for_its_fingerprint(mini_library: Path, tmp_path: Path) -> None:
    library = load_library(mini_library)
    path = tmp_path / "cache" / "x.library.marshal"
    library_cache.save(path, "abc", library)
    again = library_cache.load(path, "abc", mini_library)
    assert again is not None
    assert again.stories == library.stories and again.values == library.values
    assert again.questions == library.questions and again.vocabulary == library.vocabulary
    assert again.formats == library.formats and again.guides == library.guides


def test_group_sizes_and_word_counts_come_back_from_the_cache(tmp_path: Path) -> None:
    bundled = Path(__file__).resolve().parents[3] / "stories"
    library = load_library(bundled)
    path = tmp_path / "cache" / "x.library.marshal"
    library_cache.save(path, "abc", library)
    again = library_cache.load(path, "abc", bundled)
    assert again is not None and again.formats == library.formats
    assert again.format("reisgesprek").group_size.max == 8
    assert again.stories[0].words == library.stories[0].words > 300


def test_another_fingerprint_or_a_damaged_file_is_not_used(mini_library: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.library.marshal"
    library_cache.save(path, "abc", load_library(mini_library))
    assert library_cache.load(path, "other", mini_library) is None
    path.write_bytes(b"\x00garbage")
    assert library_cache.load(path, "abc", mini_library) is None
    assert library_cache.load(tmp_path / "missing", "abc", mini_library) is None


def test_the_fingerprint_follows_the_files_hashes_not_their_order() -> None:
    one = library_cache.fingerprint([("a.md", "1"), ("b.md", "2")])
    assert one == library_cache.fingerprint([("b.md", "2"), ("a.md", "1")])
    assert one != library_cache.fingerprint([("a.md", "1"), ("b.md", "3")])


def test_stories_come_back_in_order_across_parts_and_the_parsed_files_apart(
    mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(library_cache, "STORIES_PER_PART", 3)  # a full part and a short one
    library = load_library(mini_library)
    assert len(library.stories) == 4  # a part of three and one of one
    path = tmp_path / "x.library.marshal"
    library_cache.save(path, "abc", library)
    library_cache.save_parsed(path, {"k/practice/a.md": ("sha1", '{"path": "a"}')})
    again = library_cache.load(path, "abc", mini_library)
    assert again is not None and again.stories == library.stories and again.values == library.values
    assert library_cache.load_parsed(path) == {"k/practice/a.md": ("sha1", '{"path": "a"}')}
    (tmp_path / "x.parsed.marshal").write_bytes(b"\x00garbage")
    assert library_cache.load_parsed(path) == {}
    assert library_cache.load_parsed(tmp_path / "missing") == {}
