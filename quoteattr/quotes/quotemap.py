"""Where the quoted stretches are, and what they make of a quote's kind.

Content wholly inside quotation marks is direct, partly inside is mixed,
outside is indirect.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import frozen

from ..model import Kind, Quote, Span
from .marks import Quoted

__all__ = ["QuoteMap", "kind_of", "make_quote", "unmarked"]


@frozen
class QuoteMap:
    """Where the quoted stretches are, for quick lookups by offset."""

    quoted: tuple[Quoted, ...]          # outermost quotes, in order
    starts: tuple[int, ...]

    @classmethod
    def of(cls, quoted: Sequence[Quoted]) -> "QuoteMap":
        outer = tuple(q for q in quoted if q.depth == 0)
        return cls(outer, tuple(q.start for q in outer))

    def around(self, offset: int) -> Quoted | None:
        """The outermost quote whose marks enclose ``offset``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and self.quoted[index].start < offset < self.quoted[index].end:
            return self.quoted[index]
        return None

    def starting_at(self, offset: int) -> Quoted | None:
        index = bisect.bisect_left(self.starts, offset)
        if index < len(self.starts) and self.starts[index] == offset:
            return self.quoted[index]
        return None

    def ending_at(self, offset: int) -> Quoted | None:
        """The outermost quote whose closing mark ends at ``offset``."""
        # outermost quotes never overlap, so only the last one opened can end here
        index = bisect.bisect_left(self.starts, offset) - 1
        if index >= 0 and self.quoted[index].closed and self.quoted[index].end == offset:
            return self.quoted[index]
        return None

    def closed_before(self, offset: int) -> Quoted | None:
        """The last outermost quote opened before ``offset``, when it is closed by then."""
        index = bisect.bisect_left(self.starts, offset) - 1
        if index >= 0 and self.quoted[index].closed and self.quoted[index].end <= offset:
            return self.quoted[index]
        return None

    def first_after(self, offset: int) -> Quoted | None:
        """The first outermost quote opening at or after ``offset``."""
        index = bisect.bisect_left(self.starts, offset)
        return self.quoted[index] if index < len(self.quoted) else None

    def inside_letters(self, start: int, end: int) -> int:
        """How many letters and digits of [start, end) lie inside quotation marks."""
        count = 0
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        while index < len(self.quoted) and self.quoted[index].start < end:
            inner = self.quoted[index].inner
            lo, hi = max(start, inner.start), min(end, inner.end)
            if lo < hi:
                count += sum(map(str.isalnum, inner.text[lo - inner.start:hi - inner.start]))
            index += 1
        return count


def kind_of(pieces: Sequence[Span], quote_map: QuoteMap) -> Kind:
    """Direct when every letter is quoted, mixed when some are, else indirect."""
    total = sum(sum(map(str.isalnum, p.text)) for p in pieces)
    inside = sum(quote_map.inside_letters(p.start, p.end) for p in pieces)
    if total and inside >= total:
        return Kind.DIRECT
    return Kind.MIXED if inside else Kind.INDIRECT


def make_quote(pieces: tuple[Span, ...], cue: Span, source: Span | None, addressee: Span | None,
               cue_class: str, index: int, quote_map: QuoteMap) -> Quote:
    """A quote of ``pieces``; a piece that is exactly one quotation, marks and all, keeps only its words."""
    pieces = tuple(unmarked(piece, quote_map) for piece in pieces)
    return Quote(kind=kind_of(pieces, quote_map), content=pieces, cue=cue, source=source,
                 addressee=addressee, sentences=(index,), cue_class=cue_class)


LEADING_PUNCTUATION = " \u00a0—―–-:"  # a dash or colon a frame left before the opening mark: 'said—“The toll …”'


def unmarked(piece: Span, quote_map: QuoteMap) -> Span:
    """A piece that is exactly one quotation, marks and all, perhaps after a dash or colon, as its words; any other
    piece as it is."""
    start = piece.start
    while start < piece.end and piece.text[start - piece.start] in LEADING_PUNCTUATION:
        start += 1
    quoted = quote_map.starting_at(start)
    if quoted is not None and quoted.end == piece.end and quoted.inner.end > quoted.inner.start:
        return quoted.inner
    return piece
