"""Which prediction is which gold quote: the pairing behind every number of the evaluation.

A span set is reduced to the positions of its letters and digits, so edges
and punctuation never decide; content overlap is the Jaccard of those sets;
predictions and gold quotes are paired greedily from the highest overlap,
one to one, at each threshold of :data:`THRESHOLDS`.

>>> text = "“Go,” she said."
>>> gold = alnum_positions(text, [(1, 4)])
>>> match_greedy([alnum_positions(text, [(0, 5)])], [gold], threshold=THRESHOLDS["strict"])
[(0, 0, 1.0)]
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from attrs import frozen

__all__ = ["THRESHOLDS", "TYPES", "Positions", "Pair", "DocumentMatch",
           "span_pieces", "alnum_positions", "jaccard", "match_greedy", "match_document", "overlaps"]

THRESHOLDS: Mapping[str, float] = MappingProxyType({"lenient": 0.5, "strict": 0.9})
TYPES = ("direct", "indirect", "mixed")

Positions = frozenset[int]
Pair = tuple[int, int, float]  # (prediction index, gold index, overlap)


def span_pieces(quote: Mapping[str, Any], role: str) -> list[tuple[int, int]]:
    """The pieces of ``role`` ("content", "cue", "source"): ``*_spans`` win over the outer range."""
    spans = quote.get(f"{role}_spans")
    if spans:
        return [(s[0], s[1]) for s in spans]
    one = quote.get(role)
    return [(one[0], one[1])] if one else []


def alnum_positions(text: str, spans: Iterable[tuple[int, int]]) -> Positions:
    """Offsets of the letters and digits the spans cover, so edges and marks never decide.

    >>> sorted(alnum_positions("“Go,” she", [(0, 5)]))
    [1, 2]
    """
    out: set[int] = set()
    for start, end in spans:
        start, end = max(0, int(start)), min(len(text), int(end))
        out.update(i for i in range(start, end) if text[i].isalnum())
    return frozenset(out)


def jaccard(a: Positions, b: Positions) -> float:
    """|a & b| / |a | b|, and 0 when either side is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def match_greedy(preds: Sequence[Positions], golds: Sequence[Positions], *, threshold: float) -> list[Pair]:
    """One-to-one pairs from the highest overlap down, ties by index; overlap >= threshold."""
    candidates = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            overlap = jaccard(p, g)
            if overlap >= threshold:
                candidates.append((overlap, pi, gi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for overlap, pi, gi in candidates:
        if pi in used_pred or gi in used_gold:
            continue
        used_pred.add(pi)
        used_gold.add(gi)
        pairs.append((pi, gi, overlap))
    return pairs


@frozen
class DocumentMatch:
    """The quotes of one document that take part, and how they pair up."""

    doc_id: str
    text: str
    golds: tuple[Mapping[str, Any], ...]
    preds: tuple[Mapping[str, Any], ...]
    pairs: Mapping[str, tuple[Pair, ...]]  # threshold name -> pairs


def match_document(doc_id: str, gold: Mapping[str, Any], pred: Mapping[str, Any] | None,
                   *, types: tuple[str, ...]) -> DocumentMatch:
    """The gold quotes of ``types`` and the predictions of one document, paired at every threshold."""
    text = gold["text"]
    golds = tuple(q for q in gold["quotes"] if q.get("type") in types)
    # an untyped or unknown-typed prediction always takes part, as in score.py
    preds = tuple(q for q in (pred or {}).get("quotes", [])
                  if q.get("type", "direct") in types or q.get("type") not in TYPES)
    gold_pos = [alnum_positions(text, span_pieces(q, "content")) for q in golds]
    pred_pos = [alnum_positions(text, span_pieces(q, "content")) for q in preds]
    pairs = {name: tuple(match_greedy(pred_pos, gold_pos, threshold=th)) for name, th in THRESHOLDS.items()}
    return DocumentMatch(doc_id, text, golds, preds, pairs)


def overlaps(text: str, gold: Mapping[str, Any], pred: Mapping[str, Any], role: str) -> bool | None:
    """Whether the predicted ``role`` shares a letter or digit with the gold one; None without gold."""
    gold_pos = alnum_positions(text, span_pieces(gold, role))
    if not gold_pos:
        return None
    return bool(gold_pos & alnum_positions(text, span_pieces(pred, role)))
