"""``attribute``: text in, Document out."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .analysis.base import Analysis, Analyzer
from .analysis.rules import RulesAnalyzer
from .model import Document
from .quotes.cues import CUE_CLASSES
from .quotes.engine import attribute_analysis

__all__ = ["attribute", "attribute_many", "ANALYZERS", "get_analyzer"]

ANALYZERS = ("rules", "stanza")


def get_analyzer(analyzer: str | Analyzer) -> Analyzer:
    """An analyzer object for a name, or the object itself."""
    if isinstance(analyzer, str):
        if analyzer == "rules":
            return RulesAnalyzer()
        if analyzer == "stanza":
            from .analysis.stanza import StanzaAnalyzer

            return StanzaAnalyzer()
        raise ValueError(f"unknown analyzer {analyzer!r}: choose one of {', '.join(ANALYZERS)}, "
                         "or pass an analyzer object")
    if not callable(getattr(analyzer, "analyze", None)):
        raise TypeError(f"analyzer must be one of {', '.join(ANALYZERS)} or an object with .analyze(text), "
                        f"not {type(analyzer).__name__}")
    return analyzer


def _cue_classes(cues: Iterable[str] | str | None) -> frozenset[str]:
    if cues is None:
        return frozenset(CUE_CLASSES)
    chosen = frozenset([cues] if isinstance(cues, str) else cues)
    unknown = chosen - frozenset(CUE_CLASSES)
    if unknown:
        raise ValueError(f"unknown cue class {', '.join(sorted(unknown))}: choose from {', '.join(CUE_CLASSES)}")
    return chosen


def _to_analysis(text: Any, analyzer: Analyzer) -> Analysis:
    if isinstance(text, str):
        return analyzer.analyze(text)
    if hasattr(text, "sentences") and isinstance(getattr(text, "text", None), str):
        from .analysis.stanza import analysis_from_stanza  # a stanza Document: no second parse

        return analysis_from_stanza(text)
    raise TypeError(f"attribute() takes the article as str, not {type(text).__name__}"
                    + (": decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""))


def attribute(text: str, *, analyzer: str | Analyzer = "rules", cues: Iterable[str] | str | None = None,
              id: str | None = None) -> Document:
    """Find the quotes in ``text`` and who said them.

    ``analyzer`` is "rules" (built in, default), "stanza", or an analyzer
    object; ``cues`` limits reported speech to cue classes ("speech",
    "writing", "thought", "evidence"; default all). A stanza ``Document``
    may be passed instead of text: its parse is used as it is.

    >>> [q.text for q in attribute('“We will act,” Mr Pompeo said.').quotes]
    ['We will act,']
    """
    chosen = _cue_classes(cues)
    analysis = _to_analysis(text, get_analyzer(analyzer))
    try:
        return attribute_analysis(analysis, cue_classes=chosen, id=id)
    except Exception as exc:  # noqa: BLE001 - the contract: any text gives a Document
        # a rule that fails on some input must not take the caller down: the
        # segmentation still stands, and ``error`` says what went wrong
        return Document(analysis.text, analysis.paragraphs, analysis.sentences, id=id,
                        error=f"{type(exc).__name__}: {exc}")


def attribute_many(texts: Iterable[str], *, analyzer: str | Analyzer = "rules",
                   cues: Iterable[str] | str | None = None,
                   ids: Iterable[str | None] | None = None) -> Iterator[Document]:
    """``attribute`` over many texts; a text that fails yields an error record.

    Every input yields exactly one Document, in order: one whose analysis
    failed has ``error`` set and no quotes, so batch jobs lose no line.
    """
    chosen = _cue_classes(cues)
    engine = get_analyzer(analyzer)
    id_iter = iter(ids) if ids is not None else None
    for text in texts:
        doc_id = next(id_iter, None) if id_iter is not None else None
        try:
            analysis = _to_analysis(text, engine)
            yield attribute_analysis(analysis, cue_classes=chosen, id=doc_id)
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
            safe = text if isinstance(text, str) else ""
            yield Document(safe, id=doc_id, error=f"{type(exc).__name__}: {exc}")
