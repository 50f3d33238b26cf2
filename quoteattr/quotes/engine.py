"""The attribution engine: reads an Analysis, returns a Document.

It never imports stanza: where the analysis carries a dependency parse,
:mod:`quoteattr.quotes.parsed` reads it from plain Token records.

Steps: pair the quotation marks; attribute every cue (reported.py); give
cue-less quoted paragraphs to the speaker of the quote before them
(continuations); attribute quotes nested in direct quotes; resolve
speakers (speakers.py).
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..analysis.base import Analysis
from ..model import Document, Kind, Quote, Span
from .marks import Quoted, find_quoted
from .cues import cue_lexicon
from .labels import signed_posts
from .quotemap import QuoteMap, kind_of
from .reported import find_reported
from .sources import sentence_subject
from .speakers import resolve_speakers

__all__ = ["attribute_analysis"]

MIN_SPEECH_WORDS = 4
WRITER_ASIDE = regex.compile(r"\s*,?\s*(?:which|who|whom|whose)\b")  # "“B,” which Mozloom thinks …": no new frame
MAX_INTRODUCTION = 80  # characters of verb phrase a cue span takes in before the colon or dash
DASH_TRAILER = regex.compile(r"""
    [ \t\u00a0]*(?P<dash>[—―–]|-{1,2})[ \t\u00a0]*
    (?P<source>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|al|bin)){0,4})
    (?:\s*,[^\n]{0,120})?\s*\Z
""", regex.VERBOSE)
SIGNATURE_LINE = regex.compile(r"(?P<dash>[—―–]|-{1,2})\s*(?P<source>\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3})"
                            r"(?:,[^\n]{1,80})?\.?")
PARAGRAPH_COLON = regex.compile(r"\s*:\s*\Z")
INTRODUCING_MARK = regex.compile(r"\s*(?::|—|―|–|\s-)\s*\Z")
NESTED_FRAME = regex.compile(r"(?P<source>(?:[\p{Lu}][\p{L}\p{M}'’.\-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’.\-]*|he|she|they|I|we)\s+"
                             r"(?P<cue>(?:(?:has|have|had|just|also)\s+)*[\p{L}]+)(?:\s+(?:us|me|him|her|them|everyone|reporters))?"
                             r"\s*[,:]?\s*\Z")


def attribute_analysis(analysis: Analysis, *, cue_classes: frozenset[str], id: str | None = None) -> Document:
    """Find and attribute every quote in ``analysis``."""
    text = analysis.text
    quoted = find_quoted(text, analysis.paragraphs)
    quote_map = QuoteMap.of(quoted)
    sentence_starts = [s.start for s in analysis.sentences]
    found = list(find_reported(analysis, quote_map, cue_classes=cue_classes))
    if analysis.parsed:
        found = _prefer_parsed(analysis, found, cue_classes)
    if "speech" in cue_classes:  # a colon, dash or trailer stands for a verb of saying
        found = found + list(_introduced_by_punctuation(analysis, quote_map, sentence_starts, found))
        found = found + list(_signed_below(analysis, quote_map, sentence_starts, found))
    if "writing" in cue_classes and "(@" in text:
        found = found + list(_signed_posts(analysis, quote_map, sentence_starts))
    found = _deduplicate(found)
    found = _without_embedded_stances(found)
    found = _without_overlaps(text, found)
    found = _extend_with_following_quotes(analysis, quote_map, sentence_starts, found)
    found, carried = _continuations(analysis, quote_map, found)
    inner_quotes = [q for q in quoted if q.depth > 0]
    inner_starts = [q.start for q in inner_quotes]
    found = [_with_nested(text, q, inner_quotes, inner_starts) for q in found]
    found = [attrs.evolve(q, sentences=tuple(sorted(_indexes_covered(sentence_starts, q.content)))) for q in found]
    quotes, speakers = resolve_speakers(analysis, found, carried=carried)
    return Document(text, analysis.paragraphs, analysis.sentences, tuple(quotes), tuple(speakers), id)


def _prefer_parsed(analysis: Analysis, found: list[Quote], cue_classes: frozenset[str]) -> list[Quote]:
    """Parse-based attributions replace surface ones with the same cue."""
    from .parsed import find_parsed

    parsed = list(find_parsed(analysis, cue_classes=cue_classes))
    cues = {(q.cue.start if q.cue else -1) for q in parsed}
    parsed_ends = {q.cue.end for q in parsed if q.cue}
    kept = [q for q in found if q.cue is None or (q.cue.end not in parsed_ends and q.cue.start not in cues)]
    return sorted(kept + parsed, key=lambda q: q.start)


def _without_embedded_stances(found: list[Quote]) -> list[Quote]:
    """"Officials said agents want to talk to her": the wanting is part of what was said, not a quote of its own.

    A cue of thought or evidence inside another quote's content is dropped
    first; then any cue not in a finite form ("would call and tell him")
    inside what remains. An embedded finite cue of speech or writing ("said
    X told him …") is kept.
    """
    finite = cue_lexicon().finite_forms
    stances = _embedded(found, lambda q: q.cue_class in ("thought", "evidence"))
    found = [q for q in found if id(q) not in stances]
    loose = _embedded(found, lambda q: not any(word.lower() in finite for word in q.cue.text.split()))
    return [q for q in found if id(q) not in loose]


def _embedded(found: list[Quote], candidate) -> set[int]:
    """Ids of the quotes, among ``candidate`` ones, whose cue starts inside another cued quote's content.

    A quote may hold its own cue ("Obama is expected to join …"); only
    another quote's content embeds it.
    """
    claimed = _Claimed.of([q for q in found if q.cue is not None])
    return {id(q) for q in found
            if q.cue is not None and candidate(q)
            and claimed.covering(q.cue.start) > sum(p.start <= q.cue.start < p.end for p in q.content)}


@attrs.frozen
class _Claimed:
    """The stretches the quotes found so far hold, sorted for quick overlap tests."""

    starts: list[int]
    reach: list[int]  # reach[i]: the furthest end among the first i + 1 stretches
    ends: list[int]   # every stretch's end, sorted

    @classmethod
    def of(cls, found: Sequence[Quote]) -> _Claimed:
        spans = sorted((p.start, p.end) for q in found for p in q.content)
        return cls([start for start, _ in spans], list(itertools.accumulate((end for _, end in spans), max)),
                   sorted(end for _, end in spans))

    def covering(self, position: int) -> int:
        """How many claimed stretches hold ``position`` (start <= position < end)."""
        return bisect.bisect_right(self.starts, position) - bisect.bisect_right(self.ends, position)

    def overlaps(self, quoted: Quoted) -> bool:
        """Whether some quote's content already overlaps this quoted stretch."""
        return self.holds(quoted.inner.start, quoted.inner.end)

    def holds(self, start: int, end: int) -> bool:
        """Whether some claimed stretch overlaps ``start:end``."""
        index = bisect.bisect_left(self.starts, end)
        return index > 0 and self.reach[index - 1] > start


def _without_overlaps(text: str, found: list[Quote]) -> list[Quote]:
    """Two cues claiming nearly the same words: the first found keeps them."""
    kept: list[tuple[Quote, set[int]]] = []
    for quote in found:
        letters = _letters(text, quote)
        rivals = [i for i in range(max(0, len(kept) - 4), len(kept))
                  if not _cue_inside(quote, kept[i][0]) and _mostly_inside(letters, kept[i][1])]
        if not rivals:
            kept.append((quote, letters))
        elif quote.kind is Kind.DIRECT and all(kept[i][0].kind is not Kind.DIRECT for i in rivals):
            for i in reversed(rivals):  # a quotation with its own frame beats a cue that swallowed it
                del kept[i]
            kept.append((quote, letters))
    return [quote for quote, _ in kept]


def _cue_inside(quote: Quote, other: Quote) -> bool:
    """"Officials said Ms Varga told them …": a cue inside another's words is nested, not a rival."""
    return quote.cue is not None and any(p.start <= quote.cue.start < p.end for p in other.content)


def _letters(text: str, quote: Quote) -> set[int]:
    return {i for p in quote.content for i in range(p.start, p.end) if text[i].isalnum()}


def _mostly_inside(letters: set[int], other: set[int]) -> bool:
    """Nearly the same words: a quote nested in another's content is no rival."""
    smaller, larger = sorted((len(letters), len(other)))
    return smaller > 0.5 * larger and len(letters & other) > 0.8 * smaller


def _deduplicate(found: list[Quote]) -> list[Quote]:
    """One quote per content: the first cue found for it wins."""
    seen: set[tuple[int, int]] = set()
    out = []
    for quote in sorted(found, key=lambda q: (q.start, q.cue.start if q.cue else 0)):
        key = (quote.start, quote.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(quote)
    return out


def _signed_below(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                  found: list[Quote]) -> Iterator[Quote]:
    """A quoted paragraph signed by the next one: “…”  /  — Lena Ruiz."""
    text = analysis.text
    claimed = _Claimed.of(found)
    for previous, paragraph in zip(analysis.paragraphs, analysis.paragraphs[1:]):
        signature = SIGNATURE_LINE.fullmatch(text, paragraph.start, paragraph.end)
        if signature is None:
            continue
        quoted = quote_map.starting_at(previous.start)
        if (quoted is None or not _fills_paragraph(text, quoted, previous) or claimed.overlaps(quoted)
                or len(quoted.inner.text.split()) < MIN_SPEECH_WORDS):
            continue
        sentence = bisect.bisect_right(sentence_starts, quoted.start) - 1
        yield Quote(kind=Kind.DIRECT, content=(quoted.inner,), cue=Span.of(text, *signature.span("dash")),
                    source=Span.of(text, *signature.span("source")), sentences=(max(sentence, 0),),
                    cue_class="speech")


def _signed_posts(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int]) -> Iterator[Quote]:
    """Embedded social-media posts signed "— Name (@handle) Date"."""
    def index_of(offset: int) -> int:
        return max(bisect.bisect_right(sentence_starts, offset) - 1, 0)

    for paragraph in analysis.paragraphs:
        yield from signed_posts(analysis.text, paragraph, index_of, quote_map)


def _introduced_by_punctuation(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                               found: list[Quote]) -> Iterator[Quote]:
    """“Trump went even further: “…”” and "Trump wrapped up — “…”": a colon or dash after the subject."""
    text = analysis.text
    claimed = _Claimed.of(found)
    for quoted in quote_map.quoted:
        if len(quoted.inner.text.split()) < MIN_SPEECH_WORDS or claimed.overlaps(quoted):
            continue
        index = bisect.bisect_right(sentence_starts, quoted.start) - 1
        if index < 0:
            continue
        sentence = analysis.sentences[index]
        trailer = _dash_trailer(analysis, quoted)
        if trailer is not None:
            yield Quote(kind=Kind.DIRECT, content=(quoted.inner,), cue=trailer[0], source=trailer[1],
                        sentences=(index,), cue_class="speech")
            continue
        lead = INTRODUCING_MARK.search(text, max(sentence.start, quoted.start - 24), quoted.start)
        if lead is None and sentence.start == quoted.start and index > 0:
            # "The senator released this statement:" closing the paragraph above
            sentence = analysis.sentences[index - 1]
            lead = PARAGRAPH_COLON.search(text, max(sentence.start, sentence.end - 8), sentence.end)
            if lead is not None and sentence.paragraph != quoted.paragraph - 1:
                lead = None
        if lead is None or quote_map.around(lead.start()) is not None:
            continue
        subject = sentence_subject(text, sentence.start, lead.start())
        if subject is None:
            continue
        cue_end = lead.start() + len(lead.group().rstrip())
        cue_start = subject.end + 1 if 0 < cue_end - subject.end - 1 <= MAX_INTRODUCTION else lead.start()
        cue = Span.of(text, cue_start, cue_end)  # "went even further:"; a long way off, just the mark
        yield Quote(kind=kind_of((quoted.inner,), quote_map), content=(quoted.inner,), cue=cue, source=subject,
                    sentences=(index,), cue_class="speech")


def _dash_trailer(analysis: Analysis, quoted: Quoted) -> tuple[Span, Span] | None:
    """“We will finish the bridge” — Lena Ruiz, mayor: the dash and the name that sign a quote."""
    if not quoted.closed:
        return None
    paragraph = analysis.paragraphs[quoted.paragraph]
    trailer = DASH_TRAILER.match(analysis.text, quoted.end, paragraph.end)
    if trailer is None:
        return None
    return Span.of(analysis.text, *trailer.span("dash")), Span.of(analysis.text, *trailer.span("source"))


def _extend_with_following_quotes(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                                  found: list[Quote]) -> list[Quote]:
    """“A,” she said. “B. C.”: quoted sentences after the frame, in the same paragraph, go on the quote."""
    if not found:
        return found
    sentences = analysis.sentences
    claimed = _Claimed.of(found)
    out = []
    for quote in found:
        if quote.kind is Kind.INDIRECT or quote.cue is None:
            out.append(quote)
            continue
        frame_end = max(quote.end, quote.cue.end, quote.source.end if quote.source else 0)
        index = bisect.bisect_right(sentence_starts, frame_end - 1) - 1
        pieces = list(quote.content)
        while 0 <= index < len(sentences) - 1:
            following = sentences[index + 1]
            if following.paragraph != sentences[index].paragraph:
                break
            quoted = quote_map.starting_at(following.start)
            if quoted is None or quoted.inner.end <= quoted.inner.start or claimed.overlaps(quoted):
                break
            last = bisect.bisect_right(sentence_starts, quoted.end - 1) - 1
            rest = analysis.text[quoted.end:sentences[last].end]
            if any(ch.isalnum() for ch in rest) and not WRITER_ASIDE.match(rest):
                break  # the sentence goes on after the quote: it has its own frame
            pieces.append(quoted.inner)
            index = last
        out.append(attrs.evolve(quote, content=tuple(pieces)) if len(pieces) > len(quote.content) else quote)
    return out


def _last_speech(quotes: list[Quote]) -> Quote:
    """The paragraph's last quote; a direct one when the reported ones after it share its sentence.

    "“…?” said Murphy, who thinks often about it." ends with Murphy's quote,
    not with the thinking.
    """
    last = quotes[-1]
    if last.kind is not Kind.INDIRECT:
        return last
    for position in range(len(quotes) - 1, -1, -1):
        quote = quotes[position]
        if quote.kind is not Kind.INDIRECT:
            same_sentence = all(set(q.sentences) & set(quote.sentences) for q in quotes[position + 1:])
            return quote if same_sentence else last
    return last


def _continuations(analysis: Analysis, quote_map: QuoteMap, found: list[Quote]) -> tuple[list[Quote], dict[int, int]]:
    """Cue-less quoted paragraphs after a quote: same speaker (news style).

    A paragraph whose quote was left open and the paragraph that re-opens it
    are one quotation, with a content piece per paragraph; a closed quote
    followed by a new quoted paragraph gives a second quote whose speaker is
    carried over.
    """
    text = analysis.text
    covered = _covered_paragraphs(analysis, found)
    by_paragraph = _quotes_by_paragraph(analysis, found)
    replaced: dict[int, Quote] = {}       # id of a found quote -> the quote with more pieces
    additions: list[tuple[Quote, Quote]] = []
    previous: Quote | None = None
    previous_paragraph = -2
    for index, paragraph in enumerate(analysis.paragraphs):
        here = by_paragraph.get(index)
        if here:
            previous, previous_paragraph = _last_speech(here), index
            continue
        quoted = quote_map.starting_at(paragraph.start)
        if (quoted is None or index in covered or previous is None or previous_paragraph != index - 1
                or previous.kind is Kind.INDIRECT or quoted.inner.end <= quoted.inner.start
                or not _fills_paragraph(text, quoted, paragraph)
                or len(quoted.inner.text.split()) < MIN_SPEECH_WORDS):
            previous = None
            continue
        current = replaced.get(id(previous), previous)
        left_open = quote_map.around(current.content[-1].start)
        if left_open is not None and not left_open.closed:
            extended = attrs.evolve(current, content=current.content + (quoted.inner,))
            replaced[id(previous)] = extended
        else:
            quote = Quote(kind=Kind.DIRECT, content=(quoted.inner,), sentences=())
            additions.append((quote, previous))
            previous = quote
        previous_paragraph = index
    if not additions and not replaced:
        return found, {}
    originals = sorted(found + [q for q, _ in additions], key=lambda q: q.start)
    merged = [replaced.get(id(q), q) for q in originals]
    position = {id(q): i for i, q in enumerate(originals)}
    carried = {position[id(q)]: position[id(p)] for q, p in additions}
    return merged, carried


def _quotes_by_paragraph(analysis: Analysis, found: Sequence[Quote]) -> dict[int, list[Quote]]:
    paragraph_starts = [p.start for p in analysis.paragraphs]
    out: dict[int, list[Quote]] = {}
    for quote in found:
        last = bisect.bisect_right(paragraph_starts, quote.end - 1) - 1
        out.setdefault(max(last, 0), []).append(quote)
    return out


def _covered_paragraphs(analysis: Analysis, found: Sequence[Quote]) -> set[int]:
    paragraph_starts = [p.start for p in analysis.paragraphs]
    return {index for quote in found for index in _indexes_covered(paragraph_starts, quote.content)}


def _fills_paragraph(text: str, quoted: Quoted, paragraph: Span) -> bool:
    tail = text[quoted.end:paragraph.end]
    return not any(ch.isalnum() for ch in tail)


def _with_nested(text: str, quote: Quote, inner_quotes: Sequence[Quoted], inner_starts: Sequence[int]) -> Quote:
    """Quotes inside a direct quote, with their own speaker where the text says it."""
    if quote.kind is Kind.INDIRECT:
        return quote
    nested = []
    for piece in quote.content:
        first = bisect.bisect_left(inner_starts, piece.start)
        last = bisect.bisect_left(inner_starts, piece.end)
        for inner in inner_quotes[first:last]:
            if inner.end > piece.end or sum(ch.isalnum() for ch in inner.inner.text) < 2:  # rock 'n' roll
                continue
            frame = NESTED_FRAME.search(text, max(piece.start, inner.start - 80), inner.start)
            source = cue = None
            if frame is not None and cue_lexicon().lookup(frame.group("cue").split()[-1]):
                source = Span.of(text, *frame.span("source"))
                cue = Span.of(text, *frame.span("cue"))
            nested.append(Quote(kind=Kind.DIRECT, content=(inner.inner,), cue=cue, source=source))
    return attrs.evolve(quote, nested=tuple(nested)) if nested else quote


def _indexes_covered(starts: Sequence[int], pieces: Sequence[Span]) -> set[int]:
    """Indexes of the units (sentences, paragraphs) starting at ``starts`` that the pieces touch."""
    indexes: set[int] = set()
    for piece in pieces:
        first = bisect.bisect_right(starts, piece.start) - 1
        last = bisect.bisect_right(starts, max(piece.end - 1, piece.start)) - 1
        indexes.update(range(max(first, 0), last + 1))
    return indexes