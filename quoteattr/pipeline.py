"""``attribute``: text in, Document out."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from .analysis.base import Analysis, Analyzer
from .analysis.rules import RulesAnalyzer, unwrapped
from .model import Document, Span
from .quotes.cues import CUE_CLASSES
from .quotes.engine import attribute_analysis

__all__ = ["attribute", "attribute_many", "ANALYZERS", "PARAGRAPH_BREAKS", "get_analyzer"]

ANALYZERS = ("rules", "stanza")
# "lines": every line break ends a paragraph (news as usually stored); "blank-lines": hard-wrapped text, whose
# paragraphs end at blank lines and whose single line breaks are read as spaces
PARAGRAPH_BREAKS = ("lines", "blank-lines")
# zero-width spaces and byte-order marks, left in text copied from web pages: read as the spaces they stand for;
# so are the control characters no reader sees (C0 but white space and line breaks, DEL, C1 but NEL), and a soft
# hyphen, zero-width joiner or non-joiner or word joiner at a word's edge, where it joins nothing to the word
# a combining mark after white space, or after punctuation and before no letter, accents nothing: it is read as
# a space too
INVISIBLE_SPACES = regex.compile(r"[\u200b\ufeff\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
                                 r"|(?<![\p{L}\p{M}\p{N}])[\u00ad\u200c\u200d\u2060]|[\u00ad\u200c\u200d\u2060](?![\p{L}\p{M}\p{N}])"
                                 r"|(?<!\S)\p{M}++|(?<![\p{L}\p{N}\p{M}\s])\p{M}++(?![\p{L}\p{N}])")
BULK_BATCH = 32  # texts that attribute_many hands together to an analyzer with analyze_many (stanza)


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


def _wrapped(paragraphs: str) -> bool:
    if paragraphs not in PARAGRAPH_BREAKS:
        raise ValueError(f"unknown paragraphs={paragraphs!r}: choose {PARAGRAPH_BREAKS[0]!r} (a paragraph per line) "
                         f"or {PARAGRAPH_BREAKS[1]!r} (hard-wrapped text, paragraphs between blank lines)")
    return paragraphs == "blank-lines"


def _readable(text: str, wrapped: bool) -> str:
    """What the analyzer reads: ``text`` unwrapped when ``wrapped``, with invisible marks as spaces; the same
    length, so every offset holds (``_on_text`` re-reads the spans from ``text``)."""
    view = unwrapped(text) if wrapped else text
    if INVISIBLE_SPACES.search(view) is None:
        return view
    return INVISIBLE_SPACES.sub(lambda invisible: " " * len(invisible.group()), view)  # a run of marks: as many spaces


def _to_analysis(text: Any, analyzer: Analyzer, wrapped: bool = False) -> Analysis:
    """The analysis of ``text``, read in its ``_readable`` form."""
    if isinstance(text, str):
        return analyzer.analyze(_readable(text, wrapped))
    if hasattr(text, "sentences") and isinstance(getattr(text, "text", None), str):
        if wrapped:
            raise ValueError("paragraphs='blank-lines' needs the article as str: a parsed stanza Document keeps "
                             "the paragraphs it was parsed with (pass the text, or unwrap it before parsing)")
        from .analysis.stanza import analysis_from_stanza  # a stanza Document: no second parse

        return analysis_from_stanza(text)
    raise TypeError(f"attribute() takes the article as str, not {type(text).__name__}"
                    + (": decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""))


def attribute(text: str, *, analyzer: str | Analyzer = "rules", cues: Iterable[str] | str | None = None,
              id: str | None = None, paragraphs: str = "lines") -> Document:
    """Find the quotes in ``text`` and who said them.

    ``analyzer`` is "rules" (built in, default), "stanza", or an analyzer
    object; ``cues`` limits reported speech to cue classes ("speech",
    "writing", "thought", "evidence"; default all). A stanza ``Document``
    may be passed instead of text: its parse is used as it is.
    ``paragraphs="blank-lines"`` reads hard-wrapped text: paragraphs end
    at blank lines, single line breaks count as spaces, and every span
    still slices ``text`` as given.

    >>> [q.text for q in attribute('“We will act,” Mr Reyl said.').quotes]
    ['We will act,']
    """
    chosen = _cue_classes(cues)
    analysis = _to_analysis(text, get_analyzer(analyzer), _wrapped(paragraphs))
    try:
        return _on_text(attribute_analysis(analysis, cue_classes=chosen, id=id), text)
    except Exception as exc:  # noqa: BLE001 - the contract: any text gives a Document
        # a rule that fails on some input must not take the caller down: the
        # segmentation still stands, and ``error`` says what went wrong
        return _on_text(Document(analysis.text, analysis.paragraphs, analysis.sentences, id=id,
                                 error=f"{type(exc).__name__}: {exc}"), text)


def _on_text(document: Document, text: Any) -> Document:
    """``document`` with every span re-read from ``text``, when it was found in the readable form of ``text``."""
    if not isinstance(text, str) or document.text == text:
        return document
    moved: dict[int, Any] = {}

    def move(value: Any) -> Any:
        if isinstance(value, Span):
            return attrs.evolve(value, text=text[value.start:value.end])
        if isinstance(value, tuple):
            return tuple(move(item) for item in value)
        if not attrs.has(type(value)):
            return value
        if id(value) not in moved:  # a speaker shared by its quotes and the document stays one object
            moved[id(value)] = attrs.evolve(value, **{f.alias: move(getattr(value, f.name))
                                                     for f in attrs.fields(type(value)) if f.init})
        return moved[id(value)]

    return attrs.evolve(move(document), text=text)


def attribute_many(texts: Iterable[str], *, analyzer: str | Analyzer = "rules",
                   cues: Iterable[str] | str | None = None,
                   ids: Iterable[str | None] | None = None, paragraphs: str = "lines") -> Iterator[Document]:
    """``attribute`` over many texts; a text that fails yields an error record.

    Every input yields exactly one Document, in order: one whose analysis
    failed has ``error`` set and no quotes, so batch jobs lose no line. An
    analyzer with ``analyze_many`` (stanza) parses ``BULK_BATCH`` texts at a time.
    """
    chosen = _cue_classes(cues)
    wrapped = _wrapped(paragraphs)
    engine = get_analyzer(analyzer)
    id_iter = iter(ids) if ids is not None else None
    size = BULK_BATCH if callable(getattr(engine, "analyze_many", None)) else 1
    batch: list[tuple[Any, str | None]] = []
    for text in texts:
        batch.append((text, next(id_iter, None) if id_iter is not None else None))
        if len(batch) == size:
            yield from _attribute_batch(batch, engine, chosen, wrapped)
            batch = []
    yield from _attribute_batch(batch, engine, chosen, wrapped)


def _attribute_batch(batch: list[tuple[Any, str | None]], engine: Analyzer, chosen: frozenset[str],
                     wrapped: bool) -> Iterator[Document]:
    for (text, doc_id), analysis in zip(batch, _analyses([text for text, _ in batch], engine, wrapped)):
        try:
            if isinstance(analysis, Exception):
                raise analysis
            yield _on_text(attribute_analysis(analysis, cue_classes=chosen, id=doc_id), text)
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
            safe = text if isinstance(text, str) else ""
            yield Document(safe, id=doc_id, error=f"{type(exc).__name__}: {exc}")


def _analyses(texts: list[Any], engine: Analyzer, wrapped: bool) -> list[Analysis | Exception]:
    """The analysis of each text, or what it raised: texts parsed together when the analyzer can, and one by one
    when that fails, so that one bad text costs no other its analysis."""
    if len(texts) > 1 and all(isinstance(text, str) for text in texts):
        try:
            analyses = list(engine.analyze_many([_readable(text, wrapped) for text in texts]))
            if len(analyses) == len(texts):
                return analyses
        except Exception:  # noqa: BLE001, S110 - the texts are parsed again one by one below
            pass
    results: list[Analysis | Exception] = []
    for text in texts:
        try:
            results.append(_to_analysis(text, engine, wrapped))
        except Exception as exc:  # noqa: BLE001 - reported in that text's Document
            results.append(exc)
    return results
