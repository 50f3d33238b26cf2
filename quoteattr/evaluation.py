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

>>> gold = [{"id": "a", "text": "“Go,” she said.", "quotes": [
...     {"type": "direct", "content": [1, 4], "source": [6, 9], "cue": [10, 14]}]}]
>>> evaluate(gold, gold).attribution.f1
1.0
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from .model import Document

if TYPE_CHECKING:
    import argparse

__all__ = ["THRESHOLDS", "TYPES", "Scores", "ContentScores", "EvalError", "EvalResult",
           "evaluate", "instructive_order", "render_errors", "load_documents", "eval_main",
           "alnum_positions", "jaccard", "match_greedy", "span_pieces", "context_window"]

THRESHOLDS: Mapping[str, float] = MappingProxyType({"lenient": 0.5, "strict": 0.9})
TYPES = ("direct", "indirect", "mixed")
ERROR_KINDS = ("missed", "spurious", "wrong_speaker")

Positions = frozenset[int]
Pair = tuple[int, int, float]  # (prediction index, gold index, overlap)


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
class EvalError:
    """One miss worth a rule writer's look.

    ``kind`` is "missed" (a gold quote nothing predicted), "spurious" (a
    prediction matching no gold quote) or "wrong_speaker" (content matched,
    source did not). ``type`` is the gold type, or the predicted one for a
    spurious quote. Span fields hold text, or None when absent.
    """

    kind: str
    doc_id: str
    type: str
    start: int
    end: int
    content: str
    gold_source: str | None
    gold_cue: str | None
    pred_source: str | None
    pred_cue: str | None
    context: str

    def render(self) -> str:
        """Four indented lines: what, content, gold vs predicted, context."""
        def show(value: str | None) -> str:
            return repr(_shorten(value, limit=60)) if value is not None else "-"

        return "\n".join([
            f"{self.kind.replace('_', ' ')} {self.type}  {self.doc_id} [{self.start}, {self.end}]",
            f"   content: {_shorten(self.content, limit=140)}",
            f"   gold source {show(self.gold_source)} cue {show(self.gold_cue)}"
            f"  |  predicted source {show(self.pred_source)} cue {show(self.pred_cue)}",
            f"   context: {self.context}",
        ])


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


# --------------------------------------------------------------------------- matching

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
class _DocumentMatch:
    """The quotes of one document that take part, and how they pair up."""

    doc_id: str
    text: str
    golds: tuple[Mapping[str, Any], ...]
    preds: tuple[Mapping[str, Any], ...]
    pairs: Mapping[str, tuple[Pair, ...]]  # threshold name -> pairs


def _match_document(doc_id: str, gold: Mapping[str, Any], pred: Mapping[str, Any] | None,
                    *, types: tuple[str, ...]) -> _DocumentMatch:
    text = gold["text"]
    golds = tuple(q for q in gold["quotes"] if q.get("type") in types)
    # an untyped or unknown-typed prediction always takes part, as in score.py
    preds = tuple(q for q in (pred or {}).get("quotes", [])
                  if q.get("type", "direct") in types or q.get("type") not in TYPES)
    gold_pos = [alnum_positions(text, span_pieces(q, "content")) for q in golds]
    pred_pos = [alnum_positions(text, span_pieces(q, "content")) for q in preds]
    pairs = {name: tuple(match_greedy(pred_pos, gold_pos, threshold=th)) for name, th in THRESHOLDS.items()}
    return _DocumentMatch(doc_id, text, golds, preds, pairs)


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
    matches = [_match_document(doc_id, doc, pred.get(doc_id), types=types) for doc_id, doc in gold.items()]
    return EvalResult(
        documents=len(gold),
        documents_missing=sum(doc_id not in pred for doc_id in gold),
        lenient=_content_scores(matches, "lenient", types=types),
        strict=_content_scores(matches, "strict", types=types),
        **_attribution_scores(matches),
        errors=instructive_order(_errors(matches)),
    )


def _content_scores(matches: Sequence[_DocumentMatch], name: str, *, types: tuple[str, ...]) -> ContentScores:
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


def _overlaps(text: str, gold: Mapping[str, Any], pred: Mapping[str, Any], role: str) -> bool | None:
    """Whether the predicted ``role`` shares a letter or digit with the gold one; None without gold."""
    gold_pos = alnum_positions(text, span_pieces(gold, role))
    if not gold_pos:
        return None
    return bool(gold_pos & alnum_positions(text, span_pieces(pred, role)))


def _ratio(correct: int, total: int) -> float:
    return round(correct / total, 4) if total else 0.0


def _attribution_scores(matches: Sequence[_DocumentMatch]) -> dict[str, Any]:
    type_ok = type_n = speaker_ok = speaker_n = cue_ok = cue_n = e2e_tp = 0
    n_pred = n_gold = 0
    for m in matches:
        n_pred += len(m.preds)
        n_gold += len(m.golds)
        for pi, gi, _ in m.pairs["lenient"]:
            pred, gold = m.preds[pi], m.golds[gi]
            type_n += 1
            type_ok += pred.get("type") == gold["type"]
            speaker = _overlaps(m.text, gold, pred, "source")
            if speaker is not None:
                speaker_n += 1
                speaker_ok += speaker
            cue = _overlaps(m.text, gold, pred, "cue")
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


# --------------------------------------------------------------------------- errors

def _span_text(text: str, quote: Mapping[str, Any] | None, role: str) -> str | None:
    if quote is None:
        return None
    pieces = span_pieces(quote, role)
    return " … ".join(text[max(0, int(s)):int(e)] for s, e in pieces) if pieces else None


def _shorten(text: str, *, limit: int) -> str:
    """One line, at most about ``limit`` characters, keeping both ends."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = limit * 2 // 3
    return f"{flat[:head]} … {flat[-(limit - head - 3):]}"


def context_window(text: str, start: int, end: int, *, width: int = 90) -> str:
    """The content in [[ ]] with ``width`` characters either side, on one line (¶ marks a line break).

    >>> context_window("Rain. He said it would rain. Then sun.", 14, 27, width=8)
    '…He said [[it would rain]]. Then s…'
    """
    start, end = max(0, start), min(len(text), end)
    before = _one_line(text[max(0, start - width):start])
    after = _one_line(text[end:end + width])
    lead = "…" if start > width else ""
    tail = "…" if end + width < len(text) else ""
    return f"{lead}{before}[[{_shorten(text[start:end], limit=160)}]]{after}{tail}"


def _one_line(text: str) -> str:
    return text.replace("\r", "").replace("\n", " ¶ ")


def _error(kind: str, m: _DocumentMatch, gold: Mapping[str, Any] | None,
           pred: Mapping[str, Any] | None) -> EvalError:
    shown = gold if gold is not None else pred
    assert shown is not None
    pieces = span_pieces(shown, "content") or [(0, 0)]
    start, end = min(s for s, _ in pieces), max(e for _, e in pieces)
    return EvalError(
        kind=kind, doc_id=m.doc_id, type=str(shown.get("type") or "untyped"), start=start, end=end,
        content=_span_text(m.text, shown, "content") or "",
        gold_source=_span_text(m.text, gold, "source"), gold_cue=_span_text(m.text, gold, "cue"),
        pred_source=_span_text(m.text, pred, "source"), pred_cue=_span_text(m.text, pred, "cue"),
        context=context_window(m.text, start, end),
    )


def _errors(matches: Iterable[_DocumentMatch]) -> Iterator[EvalError]:
    for m in matches:
        pairs = m.pairs["lenient"]
        matched_gold = {gi for _, gi, _ in pairs}
        matched_pred = {pi for pi, _, _ in pairs}
        for gi, gold in enumerate(m.golds):
            if gi not in matched_gold:
                yield _error("missed", m, gold, None)
        for pi, pred in enumerate(m.preds):
            if pi not in matched_pred:
                yield _error("spurious", m, None, pred)
        for pi, gi, _ in pairs:
            if _overlaps(m.text, m.golds[gi], m.preds[pi], "source") is False:
                yield _error("wrong_speaker", m, m.golds[gi], m.preds[pi])


def _clarity(error: EvalError) -> tuple[int, int]:
    """Both source and cue shown, then longer content: the misses a rule writer learns most from."""
    source, cue = (error.pred_source, error.pred_cue) if error.kind == "spurious" else (error.gold_source, error.gold_cue)
    # past a few sentences length says little more, so long ones tie and spread by document
    return (source is not None) + (cue is not None), min(sum(c.isalnum() for c in error.content), 300)


def _round_robin(groups: Iterable[Sequence[EvalError]]) -> Iterator[EvalError]:
    queues = [list(g) for g in groups]
    for i in range(max((len(q) for q in queues), default=0)):
        yield from (q[i] for q in queues if i < len(q))


def instructive_order(errors: Iterable[EvalError]) -> tuple[EvalError, ...]:
    """Errors taken in turn from each kind; within a kind clearest first, one document at a time.

    Deterministic: ties fall back to document id and offset.
    """
    by_kind: dict[str, list[EvalError]] = {kind: [] for kind in ERROR_KINDS}
    for error in errors:
        by_kind[error.kind].append(error)
    spread = []
    for kind_errors in by_kind.values():
        kind_errors.sort(key=lambda e: (tuple(-v for v in _clarity(e)), e.doc_id, e.start))
        by_doc: dict[str, list[EvalError]] = {}
        for error in kind_errors:
            by_doc.setdefault(error.doc_id, []).append(error)
        spread.append(list(_round_robin(by_doc.values())))
    return tuple(_round_robin(spread))


def render_errors(errors: Sequence[EvalError]) -> str:
    """Numbered error blocks separated by blank lines."""
    return "\n\n".join(f"{n}. {error.render()}" for n, error in enumerate(errors, 1))


# --------------------------------------------------------------------------- command line

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


def _predict(gold: Sequence[Mapping[str, Any]], *, analyzer: str) -> list[dict[str, Any]]:
    """Attribution over the gold texts; a document that fails predicts nothing."""
    from .pipeline import attribute, attribute_many

    probe = attribute("He said so.", analyzer=analyzer)
    if probe.error is not None:  # an analyzer that cannot run is a usage error, not a zero score
        raise RuntimeError(probe.error)
    ids = [_id_of(doc, i) for i, doc in enumerate(gold)]
    docs = attribute_many((d.get("text") or "" for d in gold), analyzer=analyzer, ids=ids)
    return [doc.to_dict() for doc in docs]


def _warn_failures(predictions: Sequence[Mapping[str, Any]]) -> None:
    """Say on stderr how many documents failed, so a low score is not mistaken for a weak rule."""
    failed = [d for d in predictions if d.get("error")]
    if failed:
        print(f"quoteattr eval: {len(failed)} of {len(predictions)} documents failed and predict nothing "
              f"(first, {failed[0].get('id')}: {failed[0]['error']})", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    import argparse  # only the command line needs it; keeps `import quoteattr` light

    ap = argparse.ArgumentParser(
        prog="quoteattr eval",
        description="Score quote attributions against gold ones (the numbers of score.py).")
    ap.add_argument("gold", help="gold JSON Lines in the attribution format")
    ap.add_argument("--pred", help="predictions in JSON Lines; without it quoteattr attributes the gold texts")
    ap.add_argument("--types", default=",".join(TYPES), help="gold types to score, comma separated")
    ap.add_argument("--json", action="store_true", help="print the scores as score.py --json does")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="also list the N most instructive misses")
    ap.add_argument("--analyzer", default="rules", choices=("rules", "stanza"),
                    help="analyzer used when there is no --pred (default rules)")
    ap.add_argument("--save-pred", metavar="PATH", help="write the predictions made without --pred to PATH")
    return ap


def eval_main(argv: list[str]) -> int:
    """``quoteattr eval GOLD.jsonl [--pred PRED.jsonl] ...``; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        types = _check_types(t for t in args.types.split(",") if t)
        gold = load_documents(args.gold)
        if args.pred:
            pred = load_documents(args.pred)
        else:
            pred = _predict(gold, analyzer=args.analyzer)
            _warn_failures(pred)
            if args.save_pred:
                with open(args.save_pred, "w", encoding="utf-8") as fh:
                    fh.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in pred)
        result = evaluate(gold, pred, types=types)
    except (OSError, ValueError, KeyError, TypeError, ImportError, RuntimeError) as exc:
        print(f"quoteattr eval: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    errors = result.errors[:max(0, args.errors)]
    if args.json:
        out = result.to_dict()
        if args.errors:
            out["errors"] = [attrs.asdict(e) for e in errors]
        print(json.dumps(out, indent=1, ensure_ascii=False))
    else:
        print(result.render())
        if args.errors:
            print(f"\n{len(errors)} of {len(result.errors)} errors, most instructive first:\n")
            print(render_errors(errors))
    return 0


if __name__ == "__main__":
    sys.exit(eval_main(sys.argv[1:]))
