"""Ranking quality of the core's search: judged Dutch queries over the bundled library.

``judged_queries.yaml`` lists queries (inflections, synonyms, compounds, typos, title words,
several words) with the items judged relevant to each. Relevance is binary; a hit counts when
its ``kind:id`` is in the list; a query without hits follows its spelling suggestion, as a
user who clicks it does. nDCG@5 rewards relevant items near the top, recall@20 the share
of relevant items among the first twenty (what a user scrolls through).
"""

from __future__ import annotations

import math
from pathlib import Path

import yaml

JUDGED = Path(__file__).with_name("judged_queries.yaml")
SOURCE = Path(__file__).resolve().parents[1] / "stories"


def ndcg(ranked: list[str], relevant: set[str], k: int = 5) -> float:
    """Normalised discounted cumulative gain of the first ``k`` of ``ranked``."""
    dcg = sum(1 / math.log2(i + 2) for i, ref in enumerate(ranked[:k]) if ref in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / ideal if ideal else 0.0


def recall(ranked: list[str], relevant: set[str], k: int = 20) -> float:
    """The share of ``relevant`` among the first ``k`` of ``ranked``."""
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def measure(data_dir: Path) -> dict:
    """Mean nDCG@5 and recall@20 of the bundled library's search, per query and overall."""
    from goedwerk.core.workspace import Workspace

    judged = yaml.safe_load(JUDGED.read_text(encoding="utf-8"))
    ws = Workspace(SOURCE, data_dir)
    ws.load()
    ws.index()
    per_query = {}
    for entry in judged:
        result = ws.search(entry["query"], limit=20)
        if not result.hits and result.suggestion:  # the user clicks "Bedoelde je ...?"
            result = ws.search(result.suggestion, limit=20)
        hits = result.hits
        ranked = [f"{hit.kind}:{hit.id}" for hit in hits]
        relevant = set(entry["relevant"])
        per_query[entry["query"]] = (ndcg(ranked, relevant), recall(ranked, relevant))
    ws.close()
    count = len(per_query)
    return {
        "queries": count,
        "ndcg5": sum(n for n, _r in per_query.values()) / count,
        "recall20": sum(r for _n, r in per_query.values()) / count,
        "per_query": per_query,
    }
