"""The attribution engine: reads an Analysis, returns a Document.

It never imports stanza: where the analysis carries a dependency parse,
:mod:`quoteattr.quotes.parsed` reads it from plain Token records.

Steps: pair the quotation marks; attribute every cue (reported.py) and the
quotes a colon, dash or signature frames (paragraphs.py); keep one quote
where several claim the same words (overlaps.py); extend quotes with the
quoted sentences after their frame, join quoted paragraphs left open to
the tagged quote after them, give cue-less quoted paragraphs to the speaker
of the quote before them, and carry reports on to the quoted
words later in their sentence (paragraphs.py); attribute quotes
nested in direct quotes; resolve speakers (speakers.py).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from ..analysis.base import Analysis
from ..model import Document, Kind, Quote, Span
from .marks import Quoted, find_quoted
from .cues import cue_lexicon
from .overlaps import (after_inner_frames, after_opening_reports, deduplicate, ending_at_outer_frames,
                       without_embedded_stances, without_nested_reports, without_overlaps)
from .paragraphs import (after_gesture, after_speech_event, continuations, credited_in_brackets, credited_in_parentheses,
                         embedded_posts, extend_with_following_quotes, indexes_covered,
                         introduced_by_punctuation, named_after_dash, open_paragraphs_before, past_inner_frames, quoted_headline,
                         signed_below, tagged_below, through_quoted_series, to_quoted_words)
from .interviews import with_interview_turns
from .quotemap import QuoteMap
from .reported import find_reported
from .speakers import resolve_speakers

__all__ = ["attribute_analysis"]

NESTED_FRAME = regex.compile(r"(?P<source>(?:[\p{Lu}][\p{L}\p{M}'’.\-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’.\-]*|he|she|they|I|we)\s+"
                             r"(?P<cue>(?:(?:has|have|had|just|also)\s+)*[\p{L}]+)(?:\s+(?:us|me|him|her|them|everyone|reporters))?"
                             r"\s*[,:]?\s*\Z")
# "says that “": the complementizer right before a quotation's opening mark, looked for in a short window
THAT_BEFORE_MARK = regex.compile(r"(?<!\p{L})that,?\s*(?:[“\"‘']|'')\s*\Z", regex.IGNORECASE)
THAT_REACH = 12
WORD_CHARACTER = regex.compile(r"[\p{L}\p{N}]")
# a reflexive that closes a source after its noun phrase, stressing it: "Mr Reyl himself", "the skippers themselves"
REFLEXIVE_TAIL = regex.compile(r"(?<=\S)[ \t\u00a0]+(?i:himself|herself|itself|themselves|oneself|myself|yourself"
                               r"|ourselves|yourselves)\Z")
# a frame of speech set off by commas between a report's cue and its content, whose speaker says the whole report:
# "He hoped, he said, that …", "Ms Varga believes, Mr Reyl says, that …"
SPEECH_ASIDE = regex.compile(r",\s+(?P<source>(?:[\p{Lu}][\p{L}\p{M}'’.\-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’.\-]*|he|she|they|we)"
                             r"\s+(?P<cue>\p{Ll}+)\s*,\s*(?:that\s+)?(?:[“\"‘']|'')?\Z")


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
        found = found + list(introduced_by_punctuation(analysis, quote_map, sentence_starts, found))
        found = found + list(signed_below(analysis, quote_map, sentence_starts, found))
        found = found + list(tagged_below(analysis, quote_map, sentence_starts, found))
        found = found + list(credited_in_brackets(analysis, quote_map, sentence_starts, found))
        found = found + list(credited_in_parentheses(analysis, quote_map, sentence_starts, found))
        found = found + list(after_gesture(analysis, quote_map, sentence_starts, found))
        found = found + list(after_speech_event(analysis, quote_map, sentence_starts, found))
        found = found + list(quoted_headline(analysis, quote_map, found))
        found = with_interview_turns(analysis, quote_map, found)
        found = named_after_dash(text, found)
    if "writing" in cue_classes and "(@" in text:
        found = found + list(embedded_posts(analysis, quote_map, sentence_starts))
    found = deduplicate(text, after_inner_frames(text, found, quote_map))
    found = without_embedded_stances(text, found)
    found = without_overlaps(text, found)
    found = without_nested_reports(after_opening_reports(text, ending_at_outer_frames(text, found), quote_map))
    found = past_inner_frames(analysis, quote_map, sentence_starts, found)
    found = extend_with_following_quotes(analysis, quote_map, sentence_starts, found)
    found = open_paragraphs_before(analysis, quote_map, found)
    found, carried = continuations(analysis, quote_map, found)
    found = to_quoted_words(analysis, quote_map, sentence_starts, found)
    found = through_quoted_series(analysis, quote_map, found)
    inner_quotes = [q for q in quoted if q.depth > 0]
    inner_starts = [q.start for q in inner_quotes]
    found = [_with_nested(text, q, inner_quotes, inner_starts) for q in found]
    found = [_reported_with_that(text, q) for q in found]
    found = [attrs.evolve(q, sentences=tuple(sorted(indexes_covered(sentence_starts, q.content)))) for q in found]
    found = [_without_reflexive(text, q) for q in found if _holds_words(q)]
    found = [_said_in_aside(text, q) for q in found]
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


def _holds_words(quote: Quote) -> bool:
    """Whether the content holds a letter or a digit: "Ms Varga said “”." and "“…,” said Ms Varga." say nothing."""
    return any(WORD_CHARACTER.search(piece.text) for piece in quote.content)


def _without_reflexive(text: str, quote: Quote) -> Quote:
    """The source without the reflexive that stresses it, in the quote and its nested quotes: "Mr Reyl himself
    said …" is said by "Mr Reyl", "The mayor herself told the board …" by "The mayor"; a reflexive alone stays."""
    source = quote.source
    if source is not None and (tail := REFLEXIVE_TAIL.search(source.text)) is not None:
        source = Span.of(text, source.start, source.start + tail.start())
    nested = tuple(_without_reflexive(text, inner) for inner in quote.nested)
    if source is quote.source and nested == quote.nested:
        return quote
    return attrs.evolve(quote, source=source, nested=nested)


def _said_in_aside(text: str, quote: Quote) -> Quote:
    """A report whose cue and content a frame of speech set off by commas parts is that frame's speaker's: "He
    hoped, he said, that the toll would fall" is said by the second "he", with "said" its cue; not "He hoped, in
    the end, that …" (no verb of speech), nor a content before its cue ("The toll, he said, is too high")."""
    cue, source = quote.cue, quote.source
    if cue is None or source is None or not quote.content or source.end > cue.start:
        return quote
    start = quote.content[0].start
    if start < cue.end or (aside := SPEECH_ASIDE.match(text, cue.end, start)) is None:
        return quote
    entry = cue_lexicon().lookup(aside.group("cue"))
    if entry is None or entry[1] != "speech":
        return quote
    return attrs.evolve(quote, source=Span.of(text, aside.start("source"), aside.end("source")),
                        cue=Span.of(text, aside.start("cue"), aside.end("cue")))


def _reported_with_that(text: str, quote: Quote) -> Quote:
    """A quotation that a complementizer opens is reported speech quoting the words: mixed, not direct
    ("Ms Varga says that “the toll is too high.”"); its content stays the quoted words, "that" left out."""
    if quote.kind is not Kind.DIRECT or not quote.content:
        return quote
    start = quote.content[0].start
    if THAT_BEFORE_MARK.search(text, max(0, start - THAT_REACH), start) is None:
        return quote
    return attrs.evolve(quote, kind=Kind.MIXED)


def _with_nested(text: str, quote: Quote, inner_quotes: Sequence[Quoted], inner_starts: Sequence[int]) -> Quote:
    """Quotes inside a direct quote, with their own speaker where the text says it, after any nested reports."""
    if quote.kind is Kind.INDIRECT:
        return quote
    nested = list(quote.nested)
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
    nested.sort(key=lambda q: q.start)
    return attrs.evolve(quote, nested=tuple(nested)) if nested else quote
