"""The synthetic Dutch corpus of the search benchmark: stories, queries (with typos), reflections.

The words are the lower-case words of the bundled stories, value cards and questions, ranked by
their frequency there, topped up with generated inflections and compounds, and drawn with Zipf
frequencies; the seed makes every run repeatable for the same ``stories/``.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

import yaml

from goedwerk.core.model import B_IDS
from goedwerk.core.search.analysis import STOP_WORDS, TOKEN_PATTERN, fold

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "stories"
VOCABULARY_SIZE = 10_000
ZIPF_EXPONENT = 1.1
_TOKEN = re.compile(TOKEN_PATTERN)
_SUFFIXES = ("en", "e", "s", "je", "tje", "heid", "lijk", "ing", "er", "ste", "isch", "tjes")


@dataclass
class WordList:
    """Words ranked from frequent to rare, with cumulative Zipf weights for sampling."""

    words: list[str]
    cum_weights: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        weights = (1.0 / (rank + 2.7) ** ZIPF_EXPONENT for rank in range(len(self.words)))
        self.cum_weights = list(accumulate(weights))

    def sample(self, rng: random.Random, k: int) -> list[str]:
        """``k`` words drawn with Zipf frequencies."""
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


# -- the synthetic library ---------------------------------------------------------------------


def source_counts() -> Counter[str]:
    """Lower-case words of the bundled stories, value cards and questions, with frequencies."""
    texts = [
        path.read_text(encoding="utf-8").split("\n---", 1)[-1]
        for path in sorted((SOURCE / "practice").glob("*.md"))
    ]
    for name, keys in (("values.yaml", ("description", "question")), ("questions.yaml", ("text",))):
        items = yaml.safe_load((SOURCE / name).read_text(encoding="utf-8"))
        texts.extend(str(item.get(key, "")) for item in items for key in keys)
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in _TOKEN.findall(text) if w.isalpha() and w.islower())
    return counts


def variations(base: list[str], rng: random.Random, wanted: int) -> list[str]:
    """Generated inflections and compounds of the content words in ``base``."""
    content = [w for w in base if len(w) >= 4 and w not in STOP_WORDS]
    known = set(base)
    out: list[str] = []
    while len(out) < wanted:
        word = rng.choice(content)
        if rng.random() < 0.6:
            new = word + rng.choice(_SUFFIXES)
        else:
            new = word + rng.choice(("", "s")) + rng.choice(content)
        if new not in known and len(new) <= 24:
            known.add(new)
            out.append(new)
    return out


def build_word_list(rng: random.Random) -> WordList:
    """Bundled words by observed frequency, then generated words in random order."""
    counts = source_counts()
    base = sorted(counts, key=lambda w: (-counts[w], w))
    extra = variations(base, rng, max(0, VOCABULARY_SIZE - len(base)))
    return WordList(base + extra)


def sentence(rng: random.Random, words: WordList) -> str:
    """One sentence: capital first letter, lower-case after, sometimes a comma."""
    parts = words.sample(rng, rng.randint(5, 18))
    if len(parts) > 8 and rng.random() < 0.4:
        cut = rng.randint(3, len(parts) - 3)
        parts[cut] += ","
    text = " ".join(parts)
    end = rng.choices((".", "?", "!"), weights=(85, 10, 5))[0]
    return text[0].upper() + text[1:] + end


def story_body(rng: random.Random, words: WordList) -> str:
    """Paragraphs of sentences until ~400 words."""
    target = rng.randint(350, 450)
    paragraphs: list[str] = []
    count = 0
    while count < target:
        sentences = [sentence(rng, words) for _ in range(rng.randint(3, 6))]
        count += sum(len(s.split()) for s in sentences)
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


@dataclass(frozen=True)
class Ids:
    """The ids a story may refer to, read from the copied YAML files."""

    themes: list[str]
    sectors: list[str]
    roles: list[str]
    values: list[str]
    questions: list[str]

    @classmethod
    def read(cls, lib: Path) -> Ids:
        """Ids from ``vocabulary.yaml``, ``values.yaml`` and ``questions.yaml`` in ``lib``."""
        vocab = yaml.safe_load((lib / "vocabulary.yaml").read_text(encoding="utf-8"))
        values = yaml.safe_load((lib / "values.yaml").read_text(encoding="utf-8"))
        questions = yaml.safe_load((lib / "questions.yaml").read_text(encoding="utf-8"))
        return cls(
            [t["id"] for t in vocab["themes"]],
            [t["id"] for t in vocab["sectors"]],
            [t["id"] for t in vocab["roles"]],
            [v["id"] for v in values],
            [q["id"] for q in questions],
        )


def story_file(story_id: str, rng: random.Random, words: WordList, ids: Ids) -> str:
    """A complete practice/*.md file: valid front matter, the story, notes and a short version."""
    title = " ".join(words.sample(rng, rng.randint(3, 6)))
    meta = {
        "id": story_id,
        "title": json.dumps(title[0].upper() + title[1:], ensure_ascii=False),
        "summary": json.dumps(sentence(rng, words), ensure_ascii=False),
        "themes": f"[{', '.join(rng.sample(ids.themes, rng.randint(1, 3)))}]",
        "b": f"[{', '.join(rng.sample(B_IDS, rng.randint(1, 2)))}]",
        "sector": rng.choice(ids.sectors),
        "role": rng.choice(ids.roles),
        "values": f"[{', '.join(rng.sample(ids.values, rng.randint(2, 5)))}]",
        "questions": f"[{', '.join(rng.sample(ids.questions, rng.randint(1, 3)))}]",
        "language": "nl",
    }
    front = "\n".join(f"{key}: {value}" for key, value in meta.items())
    notes = " ".join(sentence(rng, words) for _ in range(rng.randint(3, 5)))
    short = " ".join(sentence(rng, words) for _ in range(rng.randint(4, 7)))
    sections = f"\n## Voor de gespreksleider\n\n{notes}\n\n## Korte versie\n\n{short}\n"
    return f"---\n{front}\n---\n\n{story_body(rng, words)}{sections}"


def write_library(lib: Path, stories: int, rng: random.Random, words: WordList) -> None:
    """Copy the bundled YAML files and write ``stories`` generated practice files."""
    lib.mkdir(parents=True, exist_ok=True)
    for name in ("vocabulary.yaml", "values.yaml", "questions.yaml"):
        shutil.copy2(SOURCE / name, lib / name)
    shutil.copytree(SOURCE / "formats", lib / "formats", dirs_exist_ok=True)
    practice = lib / "practice"
    practice.mkdir(exist_ok=True)
    ids = Ids.read(lib)
    width = len(str(stories))
    for number in range(1, stories + 1):
        story_id = f"verhaal-{number:0{width}d}"
        text = story_file(story_id, rng, words, ids)
        (practice / f"{story_id}.md").write_text(text, encoding="utf-8")


def make_queries(words: WordList, count: int, rng: random.Random) -> list[str]:
    """One- to three-word queries of frequent, middle and rare content words; every 7th has a typo."""
    pool = [w for w in words.words if fold(w) not in STOP_WORDS and len(w) >= 3]
    bands = (pool[:200], pool[200:2000], pool[2000:])
    queries = []
    for number in range(count):
        size = (1, 2, 1, 3)[number % 4]
        chosen = [rng.choice(rng.choice(bands)) for _ in range(size)]
        if number % 7 == 3:
            chosen[-1] = typo(rng.choice([w for w in bands[1] if len(w) >= 6]), rng)
        queries.append(" ".join(chosen))
    return queries


def typo(word: str, rng: random.Random) -> str:
    """``word`` with one letter swapped with its neighbour or replaced (a typing slip)."""
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice("aeiouklmnrst") + word[i + 1 :]


def typo_queries(words: WordList, count: int, rng: random.Random) -> list[str]:
    """Single words of the middle band with a typo: each should get a spelling suggestion."""
    pool = [w for w in words.words[200:2000] if len(w) >= 6 and fold(w) not in STOP_WORDS]
    return [typo(rng.choice(pool), rng) for _ in range(count)]


def reflections(count: int, rng: random.Random, words: WordList, ids: Ids) -> list[dict]:
    """Field values of ``count`` reflections: four prompts of one to three sentences, tags."""
    out = []
    for number in range(count):
        out.append(
            {
                "pack_title": f"Sessie {number // 4 + 1}",
                "block_title": sentence(rng, words)[:40],
                "date": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                **{
                    name: " ".join(sentence(rng, words) for _ in range(rng.randint(1, 3)))
                    for name in ("happened", "impact", "insight", "plan")
                },
                "themes": tuple(rng.sample(ids.themes, rng.randint(0, 2))),
                "values": tuple(rng.sample(ids.values, rng.randint(0, 2))),
            }
        )
    return out
