"""The data model: frozen records, no NLP.

Every span is a half-open ``[start, end)`` slice of the document text, and
its ``text`` is always ``doc.text[start:end]``.
"""
from __future__ import annotations

import bisect
import enum
from collections.abc import Iterator
from typing import Any

from attrs import field, frozen

__all__ = ["Span", "Sentence", "Kind", "Speaker", "Quote", "Document", "iter_spans"]


@frozen
class Span:
    """A half-open [start, end) slice of the document text.

    >>> Span.of("Mr Reyl said", 0, 7).text
    'Mr Reyl'
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        return cls(start, end, source[start:end])

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@frozen
class Sentence(Span):
    """A sentence, with the index of the paragraph that holds it."""

    paragraph: int = 0

    @classmethod
    def of(cls, source: str, start: int, end: int, paragraph: int = 0) -> "Sentence":  # type: ignore[override]
        return cls(start, end, source[start:end], paragraph)


class Kind(str, enum.Enum):
    """How the content is reported."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"

    def __str__(self) -> str:
        return self.value


@frozen
class Speaker:
    """An entity of the document that is the source of at least one quote.

    ``name`` is the fullest proper name the article uses ("Tom Reyl" for
    "Mr Reyl"), or the description for unnamed sources ("a spokesman").
    ``quote_ids`` index ``Document.quotes``.
    """

    id: int
    name: str
    title: str | None = None
    mentions: tuple[Span, ...] = ()
    quote_ids: tuple[int, ...] = ()


@frozen
class Quote:
    """One piece of reported speech and its attribution."""

    kind: Kind
    content: tuple[Span, ...]
    cue: Span | None = None
    source: Span | None = None
    speaker: Speaker | None = None
    addressee: Span | None = None
    sentences: tuple[int, ...] = ()
    cue_class: str | None = None
    nested: tuple["Quote", ...] = ()

    @property
    def text(self) -> str:
        """The content pieces joined with a single space."""
        return " ".join(piece.text for piece in self.content)

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end


@frozen
class Document:
    """The input text and everything found in it."""

    text: str
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    id: str | None = None
    error: str | None = field(default=None, kw_only=True)

    def quotes_by(self, speaker: Speaker) -> tuple[Quote, ...]:
        """The quotes attributed to ``speaker``."""
        return tuple(self.quotes[i] for i in speaker.quote_ids)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form documented in docs/json.md."""
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out["text"] = self.text
        out["paragraphs"] = [p.as_list() for p in self.paragraphs]
        out["sentences"] = [s.as_list() for s in self.sentences]
        out["quotes"] = [_quote_to_dict(q) for q in self.quotes]
        out["speakers"] = [
            {"id": s.id, "name": s.name, "title": s.title,
             "mentions": [m.as_list() for m in s.mentions], "quotes": list(s.quote_ids)}
            for s in self.speakers
        ]
        if self.error is not None:
            out["error"] = self.error
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """Rebuild a Document from ``to_dict()`` output (or the scorer's format)."""
        text = data.get("text") or ""
        paragraphs = tuple(Span.of(text, s, e) for s, e in data.get("paragraphs") or ())
        starts = [p.start for p in paragraphs]
        sentences = tuple(
            Sentence.of(text, s, e, _paragraph_of(starts, s)) for s, e in data.get("sentences") or ()
        )
        speakers = tuple(
            Speaker(
                id=sp.get("id", i),
                name=sp.get("name") or "",
                title=sp.get("title"),
                mentions=tuple(Span.of(text, s, e) for s, e in sp.get("mentions") or ()),
                quote_ids=tuple(sp.get("quotes") or ()),
            )
            for i, sp in enumerate(data.get("speakers") or ())
        )
        by_id = {s.id: s for s in speakers}
        quotes = tuple(_quote_from_dict(text, q, by_id) for q in data.get("quotes") or ())
        return cls(text, paragraphs, sentences, quotes, speakers, data.get("id"), error=data.get("error"))


def _paragraph_of(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _span_dict(out: dict[str, Any], role: str, span: Span | None) -> None:
    out[role] = span.as_list() if span else None
    out[f"{role}_text"] = span.text if span else None


def _quote_to_dict(quote: Quote, *, nested: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": quote.kind.value,
        "content": [quote.start, quote.end],
        "content_spans": [p.as_list() for p in quote.content],
        "content_text": quote.text,
    }
    _span_dict(out, "cue", quote.cue)
    _span_dict(out, "source", quote.source)
    _span_dict(out, "addressee", quote.addressee)
    out["cue_class"] = quote.cue_class
    out["sentences"] = list(quote.sentences)
    speaker = quote.speaker
    out["speaker"] = {"id": speaker.id, "name": speaker.name, "title": speaker.title} if speaker else None
    if nested and quote.nested:
        out["nested"] = [_quote_to_dict(n, nested=False) for n in quote.nested]
    return out


def _span_from(text: str, value: Any) -> Span | None:
    if not value:
        return None
    start, end = value
    return Span.of(text, start, end)


def _quote_from_dict(text: str, data: dict[str, Any], speakers: dict[int, Speaker]) -> Quote:
    spans = data.get("content_spans") or ([data["content"]] if data.get("content") else [])
    speaker = data.get("speaker")
    if isinstance(speaker, dict):
        speaker = speakers.get(speaker.get("id")) or Speaker(
            id=speaker.get("id", -1), name=speaker.get("name") or "", title=speaker.get("title"))
    else:
        speaker = None
    return Quote(
        kind=Kind(data.get("type") or "direct"),
        content=tuple(Span.of(text, s, e) for s, e in spans),
        cue=_span_from(text, data.get("cue")),
        source=_span_from(text, data.get("source")),
        speaker=speaker,
        addressee=_span_from(text, data.get("addressee")),
        sentences=tuple(data.get("sentences") or ()),
        cue_class=data.get("cue_class"),
        nested=tuple(_quote_from_dict(text, n, speakers) for n in data.get("nested") or ()),
    )


def iter_spans(doc: Document) -> Iterator[Span]:
    """Every span the document holds, for checks and exports."""
    yield from doc.paragraphs
    yield from doc.sentences
    for quote in doc.quotes:
        for q in (quote, *quote.nested):
            yield from q.content
            for span in (q.cue, q.source, q.addressee):
                if span is not None:
                    yield span
    for speaker in doc.speakers:
        yield from speaker.mentions

