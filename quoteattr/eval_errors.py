"""The errors behind the scores, in the order a rule writer learns most from (``--errors N``).

Three kinds, judged on the lenient pairing: a gold quote nothing predicted
("missed"), a prediction matching no gold quote ("spurious"), and content
matched with a source that shares no letter with the gold one
("wrong_speaker").

>>> print(EvalError("missed", "a", "indirect", 8, 17, "it rained", "He", "said", None, None,
...                 context_window("He said it rained.", 8, 17)).render())
missed indirect  a [8, 17]
   content: it rained
   gold source 'He' cue 'said'  |  predicted source - cue -
   context: He said [[it rained]].
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from attrs import frozen

from .eval_matching import DocumentMatch, overlaps, span_pieces

__all__ = ["ERROR_KINDS", "EvalError", "find_errors", "instructive_order", "render_errors", "context_window"]

ERROR_KINDS = ("missed", "spurious", "wrong_speaker")


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


# --------------------------------------------------------------------------- finding

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


def _error(kind: str, m: DocumentMatch, gold: Mapping[str, Any] | None,
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


def find_errors(matches: Iterable[DocumentMatch]) -> Iterator[EvalError]:
    """Per document: the missed gold quotes, the spurious predictions, then the wrong speakers."""
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
            if overlaps(m.text, m.golds[gi], m.preds[pi], "source") is False:
                yield _error("wrong_speaker", m, m.golds[gi], m.preds[pi])


# --------------------------------------------------------------------------- ordering

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
