"""Score predicted attributions against gold ones, as ``score.py`` does.

The numbers are defined exactly as in the project's reference scorer
(``../shared/eval/score.py``): a span set is reduced to the positions of its
letters and digits; content overlap is the Jaccard of those sets; predictions
and gold quotes are paired greedily from the highest overlap, one to one,
at >= 0.5 (lenient) and >= 0.9 (strict). Speaker and cue are correct when the
predicted span shares a letter or digit with the gold one (counted only where
the gold has one); an attribution is right end to end when the content
matches leniently and, where the gold has a source, the speaker is correct.

Documents are dicts in the attribution format or :class:`Document` objects.
The pairing itself is in :mod:`quoteattr.eval_matching`, the error listing
in :mod:`quoteattr.eval_errors` and the ``quoteattr eval`` command in
:mod:`quoteattr.eval_command`; the names listed in ``__all__`` are all
importable from here.

>>> gold = [{"id": "a", "text": "“Go,” she said.", "quotes": [
...     {"type": "direct", "content": [1, 4], "source": [6, 9], "cue": [10, 14]}]}]
>>> evaluate(gold, gold).attribution.f1
1.0
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from attrs import field, frozen

from .eval_errors import EvalError, context_window, find_errors, instructive_order, render_errors
from .eval_matching import (THRESHOLDS, TYPES, DocumentMatch, alnum_positions, jaccard, match_document,
                            match_greedy, overlaps, span_pieces)
from .model import Document

__all__ = ["THRESHOLDS", "TYPES", "Scores", "ContentScores", "EvalError", "EvalResult",
           "evaluate", "instructive_order", "render_errors", "load_documents", "eval_main",
           "alnum_positions", "jaccard", "match_greedy", "span_pieces", "context_window"]


# --------------------------------------------------------------------------- records

@frozen
class Scores:
    """Precision, recall and F1 (rounded to 4 places) with the counts behind them."""

    precision: float
    recall: float
    f1: float
    n_pred: int
    n_gold: int

    @classmethod
    def of(cls, *, tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> "Scores":
        """Precision from matched predictions, recall from matched gold quotes.

        >>> Scores.of(tp_pred=1, n_pred=2, tp_gold=1, n_gold=1).f1
        0.6667
        """
        precision = tp_pred / n_pred if n_pred else 0.0
        recall = tp_gold / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(round(precision, 4), round(recall, 4), round(f1, 4), n_pred, n_gold)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "n_pred": self.n_pred, "n_gold": self.n_gold}


@frozen
class ContentScores:
    """Content matching at one threshold: overall and by quote type."""

    overall: Scores
    by_type: Mapping[str, Scores] = field(converter=lambda m: MappingProxyType(dict(m)), hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {**self.overall.to_dict(), "by_type": {t: s.to_dict() for t, s in self.by_type.items()}}


@frozen
class EvalResult:
    """Every number ``score.py`` prints, plus the errors in instructive order."""

    documents: int
    documents_missing: int
    lenient: ContentScores
    strict: ContentScores
    type_accuracy: float
    speaker_accuracy: float
    speaker_counted: int
    cue_accuracy: float
    attribution: Scores
    errors: tuple[EvalError, ...] = field(default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON that ``score.py --json`` prints, key for key."""
        return {
            "documents": self.documents,
            "documents_missing_in_pred": self.documents_missing,
            "lenient": self.lenient.to_dict(),
            "strict": self.strict.to_dict(),
            "type_accuracy": self.type_accuracy,
            "speaker_accuracy": self.speaker_accuracy,
            "speaker_counted": self.speaker_counted,
            "cue_accuracy": self.cue_accuracy,
            "attribution": self.attribution.to_dict(),
        }

    def render(self) -> str:
        """The text that ``score.py`` prints, line for line."""
        lines = [f"documents: {self.documents} (missing in predictions: {self.documents_missing})"]
        for name in THRESHOLDS:
            content: ContentScores = getattr(self, name)
            lines.append(f"{name:9s} content  {_prf(content.overall)}")
            lines.extend(f"   {t:9s}        {_prf(s)}" for t, s in content.by_type.items())
        lines.append(f"type accuracy (lenient matches): {self.type_accuracy:.3f}")
        lines.append(f"speaker accuracy: {self.speaker_accuracy:.3f} of {self.speaker_counted}")
        lines.append(f"cue accuracy: {self.cue_accuracy:.3f}")
        a = self.attribution
        lines.append(f"attribution (content lenient + speaker)  P {a.precision:.3f}  R {a.recall:.3f}  F1 {a.f1:.3f}")
        return "\n".join(lines)


def _prf(s: Scores) -> str:
    return f"P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}   (pred {s.n_pred}, gold {s.n_gold})"


# --------------------------------------------------------------------------- documents in

def _as_record(doc: Mapping[str, Any] | Document) -> Mapping[str, Any]:
    return doc.to_dict() if isinstance(doc, Document) else doc


def _keyed(docs: Mapping[str, Any] | Iterable[Any], *, fallback_ids: Sequence[str] = ()) -> dict[str, Mapping[str, Any]]:
    """Documents by id; one without an id takes ``fallback_ids[i]`` or its position ``i``."""
    if isinstance(docs, Mapping):
        return {str(doc_id): _as_record(doc) for doc_id, doc in docs.items()}
    keyed: dict[str, Mapping[str, Any]] = {}
    for i, doc in enumerate(docs):
        record = _as_record(doc)
        doc_id = _id_of(record, i, fallback_ids=fallback_ids)
        keyed[doc_id] = record  # a repeated id replaces the earlier one, as in score.py
    return keyed


def _id_of(record: Mapping[str, Any], position: int, *, fallback_ids: Sequence[str] = ()) -> str:
    if record.get("id") is not None:
        return str(record["id"])
    return fallback_ids[position] if position < len(fallback_ids) else str(position)


def _check_types(types: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(types)
    unknown = [t for t in chosen if t not in TYPES]
    if unknown or not chosen:
        raise ValueError(f"unknown quote type {', '.join(unknown) or '(none given)'}: choose from {', '.join(TYPES)}")
    return chosen


def load_documents(path: str) -> list[dict[str, Any]]:
    """The documents of a JSON Lines file, in order; a bad line raises ValueError naming it."""
    docs = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON: {exc}") from exc
    return docs


# --------------------------------------------------------------------------- scoring

def evaluate(gold_docs: Mapping[str, Any] | Iterable[Any], predicted_docs: Mapping[str, Any] | Iterable[Any],
             *, types: Iterable[str] = TYPES) -> EvalResult:
    """Score predictions against gold, with the numbers of ``score.py``.

    Each side is a list of documents (attribution-format dicts or
    Documents) or a mapping from id to document. A document without an id
    is paired by position: gold ``i`` gets id ``"i"``, and prediction ``i``
    takes the id of gold ``i``. Only gold quotes of ``types`` are scored.

    >>> gold = [{"text": "He said it rained.", "quotes": [{"type": "indirect", "content": [8, 17]}]}]
    >>> evaluate(gold, [{"quotes": []}]).lenient.overall.recall
    0.0
    """
    types = _check_types(types)
    gold_list = gold_docs if isinstance(gold_docs, Mapping) else [_as_record(doc) for doc in gold_docs]
    gold = _keyed(gold_list)
    # predictions without ids pair with the gold document at the same position
    gold_ids = [] if isinstance(gold_list, Mapping) else [_id_of(doc, i) for i, doc in enumerate(gold_list)]
    pred = _keyed(predicted_docs, fallback_ids=gold_ids)
    matches = [match_document(doc_id, doc, pred.get(doc_id), types=types) for doc_id, doc in gold.items()]
    return EvalResult(
        documents=len(gold),
        documents_missing=sum(doc_id not in pred for doc_id in gold),
        lenient=_content_scores(matches, "lenient", types=types),
        strict=_content_scores(matches, "strict", types=types),
        **_attribution_scores(matches),
        errors=instructive_order(find_errors(matches)),
    )


def _content_scores(matches: Sequence[DocumentMatch], name: str, *, types: tuple[str, ...]) -> ContentScores:
    tally = {t: {"tp_gold": 0, "n_gold": 0, "tp_pred": 0, "n_pred": 0} for t in TYPES}
    tp = n_pred = n_gold = 0
    for m in matches:
        n_gold += len(m.golds)
        n_pred += len(m.preds)
        for q in m.golds:
            tally[q["type"]]["n_gold"] += 1
        for q in m.preds:
            if q.get("type") in TYPES:
                tally[q["type"]]["n_pred"] += 1
        for pi, gi, _ in m.pairs[name]:
            tp += 1
            tally[m.golds[gi]["type"]]["tp_gold"] += 1
            # by type, precision counts by the predicted type and recall by the gold type
            if m.preds[pi].get("type") in TYPES:
                tally[m.preds[pi]["type"]]["tp_pred"] += 1
    return ContentScores(
        Scores.of(tp_pred=tp, n_pred=n_pred, tp_gold=tp, n_gold=n_gold),
        {t: Scores.of(**v) for t, v in tally.items() if t in types},
    )


def _ratio(correct: int, total: int) -> float:
    return round(correct / total, 4) if total else 0.0


def _attribution_scores(matches: Sequence[DocumentMatch]) -> dict[str, Any]:
    type_ok = type_n = speaker_ok = speaker_n = cue_ok = cue_n = e2e_tp = 0
    n_pred = n_gold = 0
    for m in matches:
        n_pred += len(m.preds)
        n_gold += len(m.golds)
        for pi, gi, _ in m.pairs["lenient"]:
            pred, gold = m.preds[pi], m.golds[gi]
            type_n += 1
            type_ok += pred.get("type") == gold["type"]
            speaker = overlaps(m.text, gold, pred, "source")
            if speaker is not None:
                speaker_n += 1
                speaker_ok += speaker
            cue = overlaps(m.text, gold, pred, "cue")
            if cue is not None:
                cue_n += 1
                cue_ok += cue
            e2e_tp += speaker is not False  # a gold quote without a source needs no speaker
    return {
        "type_accuracy": _ratio(type_ok, type_n),
        "speaker_accuracy": _ratio(speaker_ok, speaker_n),
        "speaker_counted": speaker_n,
        "cue_accuracy": _ratio(cue_ok, cue_n),
        "attribution": Scores.of(tp_pred=e2e_tp, n_pred=n_pred, tp_gold=e2e_tp, n_gold=n_gold),
    }


# --------------------------------------------------------------------------- command line

def eval_main(argv: list[str]) -> int:
    """``quoteattr eval GOLD.jsonl [--pred PRED.jsonl] ...``; returns the exit status.

    The command itself is in :mod:`quoteattr.eval_command`, loaded only when it runs.
    """
    from .eval_command import eval_main as run

    return run(argv)


if __name__ == "__main__":
    sys.exit(eval_main(sys.argv[1:]))
