"""Quotes that claim the same words: which of them stands.

The engine runs three passes over everything the cues and the paragraph
frames found: :func:`deduplicate` keeps one quote per content range (the
first cue found wins; two speakers joined by "and" keep one each); :func:`without_embedded_stances` drops a cue of
thought or evidence, then a cue in no finite form, inside another quote's
content; :func:`without_overlaps` keeps the first of two quotes over nearly
the same words, unless a direct quote with its own frame meets a cue that
swallowed it; :func:`without_nested_reports` then moves a report that lies
wholly inside another's content into that quote's ``nested``. :class:`Claimed` tells the paragraph frames whether a quoted
stretch is already someone's content.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence

import attrs
import regex
from attrs import frozen

from ..model import Kind, Quote, Span
from .cues import cue_lexicon
from .content import has_verb, opening_phrase, trimmed
from .frames import tail_before
from .marks import Quoted
from .quotemap import QuoteMap, kind_of, unmarked

__all__ = ["Claimed", "after_inner_frames", "after_opening_reports", "deduplicate", "without_embedded_stances",
           "without_nested_reports", "without_overlaps"]


def deduplicate(text: str, found: list[Quote]) -> list[Quote]:
    """One quote per content: the first cue found for it wins, a cue with a source before one without
    ("The ferry appears to be late, said Ms Varga": Ms Varga says it); but two speakers joined by "and", each with
    a cue of their own, share it ("Mr Reyl warned and Ms Varga agreed that …")."""
    best: dict[tuple[int, ...], Quote] = {}
    for quote in sorted(found, key=lambda q: (q.start, q.cue.start if q.cue else 0)):
        key: tuple[int, ...] = (quote.start, quote.end)
        if key in best and _joined_speakers(text, best[key], quote):
            key = (quote.start, quote.end, quote.cue.start)  # kept beside the first speaker's
        if key in best and _infinitive_saying(text, best[key], quote):
            # "wanted to say that …": the saying, its cue run from the first cue
            best[key] = attrs.evolve(quote, cue=Span.of(text, best[key].cue.start, quote.cue.end))
            continue
        if key not in best or (best[key].source is None and quote.source is not None) \
                or _own_tag(text, best[key], quote) or _nearer_clause(text, best[key], quote):
            best[key] = quote  # a later cue with a source, or the quotation's own tag, keeps the first cue's place
    return list(best.values())


# between a cue and the infinitive of another: " to ", " to also "
TO_BETWEEN = regex.compile(r"\s+to\s+(?:\p{Ll}+ly\s+|also\s+)?\Z")
SAYING_CLASSES = frozenset({"speech", "writing"})


def _infinitive_saying(text: str, first: Quote, second: Quote) -> bool:
    """The second quote's cue, of speech or writing, is the infinitive "to" joins to the first one's cue, and it has
    the first one's source: "Ms Varga wanted to say that the pier was safe" is said by "wanted to say", not
    "wanted"."""
    return (first.cue is not None and second.cue is not None and second.source is not None
            and second.source == first.source
            and second.cue_class in SAYING_CLASSES and first.cue.end < second.cue.start
            and TO_BETWEEN.fullmatch(text, first.cue.end, second.cue.start) is not None)


# after a quotation's closing mark, up to its tag's cue: '” he (said)', '” Ms Varga (said)', '” (said Ms Varga)'
QUOTE_TAG = regex.compile(r"[”\"’']{1,2}[ \t]+(?:(?:\p{Ll}+|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})\s+)?\Z")


def _own_tag(text: str, first: Quote, second: Quote) -> bool:
    """The second quote is direct and its cue tags the quotation right after its closing mark, where the first one's
    cue comes before it: 'Mr Reyl saw it differently: “The pier is safe,” he said.' is he's, by "said"."""
    if not (second.kind is Kind.DIRECT and first.cue is not None and second.cue is not None
            and first.cue.end <= first.start and second.cue.start >= second.end):
        return False
    tag = QUOTE_TAG.search(text, second.end, min(second.cue.start, second.end + 60))
    # a comma inside the marks leads into the tag; after a full stop, "?" or "!" a capital opens a new sentence
    words = tag.group().split()[1:] if tag is not None else []
    return tag is not None and (tail_before(text, 0, second.end).endswith(",") or not words
                                or words[0].islower())


# a joint opening a clause of its own between one frame's cue and the next frame's source: " - and", ", but"
CLAUSE_JOINT_BETWEEN = regex.compile(r"\s*(?:,|;|\s(?:[—―–]|--?))\s*(?:and|but)\s+\Z")


def _nearer_clause(text: str, first: Quote, second: Quote) -> bool:
    """The second frame is a clause of its own after the first cue, both before the content: "Ms Varga was adamant
    - and Mr Reyl agreed: “…”" is Mr Reyl's."""
    return (first.cue is not None and second.cue is not None and second.source is not None
            and first.cue.end <= second.source.start < second.cue.end <= second.start
            and second.source.start - first.cue.end <= 12
            and CLAUSE_JOINT_BETWEEN.fullmatch(text, first.cue.end, second.source.start) is not None)


def _joined_speakers(text: str, first: Quote, second: Quote) -> bool:
    """The second quote's source follows the first's cue right after "and" (or ", and"), before its own cue: "Mr Reyl
    warned and Ms Varga agreed that …", "Ms Varga argued, and Mr Reyl agreed, that …"."""
    return (first.cue is not None and second.cue is not None and first.source is not None
            and second.source is not None and first.source.end <= first.cue.start
            and first.cue.end < second.source.start < second.cue.start
            and text[first.cue.end:second.source.start].strip() in ("and", ", and"))


def without_embedded_stances(text: str, found: list[Quote]) -> list[Quote]:
    """"Officials said agents want to talk to her": the wanting is part of what was said, not a quote of its own.

    A cue of thought or evidence inside another quote's content is dropped
    first, unless it closes the sentence's frame after a comma ("Skippers say
    the toll is unfair, the poll found": :func:`ending_at_outer_frames` ends
    the inner report before it); then any cue not in a finite form ("would
    call and tell him") inside what remains, but for such a closing frame
    ("…, reports show."). An embedded finite cue of speech
    or writing ("said X told him …") is kept here; :func:`without_nested_reports`
    reads it once the rivals are settled.
    """
    finite = cue_lexicon().finite_forms
    closing = {id(q) for q in found if q.cue_class in ("thought", "evidence") and _closing_frame(text, q)}
    stances = _embedded(found, lambda q: q.cue_class in ("thought", "evidence") and id(q) not in closing)
    found = [q for q in found if id(q) not in stances]
    loose = _embedded(found, lambda q: not any(word.lower() in finite for word in q.cue.text.split())
                      and id(q) not in closing and not _quoted_as(text, q))
    return [q for q in found if id(q) not in loose]


QUOTED_AS = regex.compile(r"\s+as\s+")  # between the one quoted and the -ing form: "quoted an officer as saying"


def _quoted_as(text: str, quote: Quote) -> bool:
    """"quoted an officer as saying …": a report whose source stands right before "as" and its -ing cue, what the
    one quoted said; kept to be nested in the quoting report."""
    return quote.source is not None and quote.cue is not None and quote.source.end < quote.cue.start and (
        QUOTED_AS.fullmatch(text, quote.source.end, quote.cue.start) is not None)


CLOSING_FRAME_END = regex.compile(r"[\s”\"’']*[.!?]")


def _closing_frame(text: str, quote: Quote) -> bool:
    """", the poll found.": a source and cue set off by a comma after the content, closing the sentence."""
    if quote.source is None or quote.cue is None:
        return False
    end = quote.content[-1].end
    return (end <= quote.source.start < quote.cue.start and text[end:quote.source.start].strip() == ","
            and CLOSING_FRAME_END.match(text, quote.cue.end) is not None)


def _cue_holders(quotes: list[Quote]) -> Iterator[tuple[Quote, list[Quote]]]:
    """Each cued quote with the few cued quotes starting before its cue whose content holds that cue."""
    cued = sorted((q for q in quotes if q.cue is not None), key=lambda q: q.start)
    starts = [q.start for q in cued]
    for quote in cued:
        cue = quote.cue.start
        last = bisect.bisect_right(starts, cue)
        yield quote, [outer for outer in cued[max(0, last - 6):last]
                      if outer is not quote and any(p.start <= cue < p.end for p in outer.content)]


def ending_at_outer_frames(text: str, found: list[Quote]) -> list[Quote]:
    """"Engineers warned that the pier could collapse, the council said": a report inside another report's
    content ends where that content ends, before the outer report's own source and cue (in that order)."""
    cut: dict[int, Quote] = {}
    for quote, holders in _cue_holders([q for q in found if q.kind != Kind.DIRECT]):
        for outer in holders:
            if (outer.source is None or not outer.start <= quote.start < outer.end < quote.end
                    or not outer.end <= outer.source.start < outer.cue.start < quote.end):
                continue
            end = trimmed(text, quote.content[-1].start, outer.end) if quote.content[-1].start < outer.end else None
            if end is not None:
                cut[id(quote)] = attrs.evolve(quote, content=quote.content[:-1] + (end,))
            break
    return [cut.get(id(q), q) for q in found] if cut else found


SET_OFF_BEFORE = regex.compile(r",(?:''|[”\"’'])?\s*\Z")  # ", the Gazette reported", '“…,” she said'
SET_OFF_AFTER = regex.compile(r"\s*,")
LEADING_JOINT = regex.compile(r"[\s,;]*(?:(?:while|whereas|and|but)\s+)?", regex.IGNORECASE)


def after_inner_frames(text: str, found: list[Quote], quote_map: QuoteMap) -> list[Quote]:
    """"Skippers held a vigil, the Gazette reported, while the parade began in silence, the Courier reported": a
    content before its frame starts after another report's closing frame inside it (and after a "while", "and"
    or "but" opening what follows), and that report keeps no words it resumed past its own frame. The frame may
    close a quotation ('“The pier is old,” Ms Varga said, but “it will stand,” said Mr Reyl'); what is left of the
    content is direct when it is a quotation alone."""
    cut: dict[int, Quote] = {}
    for inner, holders in _cue_holders(found):
        if (inner.source is None or inner.source.start < inner.content[0].end
                or inner.cue_class not in ("speech", "writing")
                or len(inner.content) > 1 and not has_verb(inner.content[0].text)):
            continue  # "The pier, Ms Varga said, is unsafe, …": a frame that interrupts its own clause
        frame_start, frame_end = min(inner.cue.start, inner.source.start), max(inner.cue.end, inner.source.end)
        if not (SET_OFF_BEFORE.search(text, max(0, frame_start - 3), frame_start)
                and SET_OFF_AFTER.match(text, frame_end, frame_end + 3)):
            continue  # "…, the Gazette reported, …": a frame set off by commas, not "has support from voters"
        for outer in holders:
            if (outer.kind is Kind.DIRECT or len(outer.content) != 1 or outer.cue.start < outer.end
                    or outer.start > inner.start
                    or not outer.start <= inner.source.start < outer.end or id(outer) in cut):
                continue
            lead = LEADING_JOINT.match(text, frame_end, outer.end)
            rest = trimmed(text, lead.end() if lead is not None else frame_end, outer.end)
            own = tuple(piece for piece in inner.content if piece.end <= frame_end)
            if rest is not None and own:
                pieces = (unmarked(rest, quote_map),)
                cut[id(outer)] = attrs.evolve(outer, content=pieces, kind=kind_of(pieces, quote_map))
                cut[id(inner)] = attrs.evolve(inner, content=own)
            break
    return [cut.get(id(q), q) for q in found] if cut else found


# ", but they …": the comma and the joint after an opening report's words, before the next clause of its sentence;
# the comma may sit inside the marks closing quoted words: "called the toll “a tax,” but they …"
PAST_PERFECT = regex.compile(r"(?i:had|'d|’d)\s")  # "had told", a cue read with its auxiliary
JOINT_AFTER_REPORT = regex.compile(r"(?:\s*,|(?<=,(?:[”\"’]|'')))\s+(?=(?:and|but|though|although|while|whereas|yet)\s)")


def after_opening_reports(text: str, found: list[Quote], quote_map: QuoteMap) -> list[Quote]:
    """"Skippers said they back the toll, but they will not pay for it, they said": a content before its frame
    that opens with another report's source and cue starts after that report's words, at the joint that follows
    them, so the opening report stays a quote of its own.

    Only where the opening report's words end before the content does, at a comma and a joint ("and", "but",
    "though", "while" …) opening a clause of its own; "Ms Varga told skippers the pier would close, Mr Reyl said",
    whose words reach the frame, stays nested in it, and so does a report told in the past perfect ("Ms Varga had
    told skippers the pier would close, but the council overruled her, a clerk added"), a past event the
    frame's source recounts.
    """
    cut: dict[int, Quote] = {}
    for inner, holders in _cue_holders([q for q in found if q.kind != Kind.DIRECT]):
        if (inner.source is None or len(inner.content) != 1
                or not inner.source.start < inner.cue.start < inner.cue.end <= inner.start
                or PAST_PERFECT.match(inner.cue.text)):
            continue  # "Ms Varga said …": a source, then its cue, then its words
        for outer in holders:
            if (len(outer.content) != 1 or outer.cue.start < outer.end or id(outer) in cut
                    or (trimmed(text, outer.start, inner.source.start) is not None
                        and not opening_phrase(text, outer.start, inner.source.start))
                    or not inner.end < outer.end):
                continue
            joint = JOINT_AFTER_REPORT.match(text, inner.end, outer.end)
            rest = trimmed(text, joint.end(), outer.end) if joint is not None else None
            if rest is not None and has_verb(rest.text):
                cut[id(outer)] = attrs.evolve(outer, content=(rest,), kind=kind_of((rest,), quote_map))
            break
    return [cut.get(id(q), q) for q in found] if cut else found


def without_nested_reports(found: list[Quote]) -> list[Quote]:
    """"Officials said Ms Varga told them the pier would close": the telling is part of what the officials said.

    A cued quote that lies wholly inside the content of one of the few cued
    quotes starting before its cue, its cue inside that content too, leaves
    the list and is listed in the outermost such quote's ``nested``; one whose
    content reaches further stays a quote of its own.
    """
    outer_of: dict[int, Quote] = {}
    cued = []
    for quote, holders in _cue_holders(found):
        cued.append(quote)
        outer = next((o for o in holders if o.start <= quote.start and quote.end <= o.end), None)
        if outer is not None:
            outer_of[id(quote)] = outer
    if not outer_of:
        return found
    inside: dict[int, list[Quote]] = {}
    for quote in cued:
        outer, seen = outer_of.get(id(quote)), {id(quote)}
        while outer is not None and id(outer) in outer_of and id(outer) not in seen:  # a report in a report
            seen.add(id(outer))
            outer = outer_of[id(outer)]
        if outer is not None and id(outer) not in outer_of:
            inside.setdefault(id(outer), []).append(quote)
    return [attrs.evolve(q, nested=q.nested + tuple(inside[id(q)])) if id(q) in inside else q
            for q in found if id(q) not in outer_of]


def _embedded(found: list[Quote], candidate) -> set[int]:
    """Ids of the quotes, among ``candidate`` ones, whose cue starts inside another cued quote's content.

    A quote may hold its own cue ("The mayor is expected to join …"); only
    another quote's content embeds it.
    """
    claimed = Claimed.of([q for q in found if q.cue is not None])
    return {id(q) for q in found
            if q.cue is not None and candidate(q)
            and claimed.covering(q.cue.start) > sum(p.start <= q.cue.start < p.end for p in q.content)}


@attrs.frozen
class Claimed:
    """The stretches the quotes found so far hold, sorted for quick overlap tests."""

    starts: list[int]
    reach: list[int]  # reach[i]: the furthest end among the first i + 1 stretches
    ends: list[int]   # every stretch's end, sorted

    @classmethod
    def of(cls, found: Sequence[Quote]) -> Claimed:
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


def without_overlaps(text: str, found: list[Quote]) -> list[Quote]:
    """Two cues claiming nearly the same words: the first found keeps them."""
    kept: list[tuple[Quote, _Letters]] = []
    for quote in found:
        letters = _Letters.of(text, quote)
        if _cuts_in(text, quote):  # "Ms Varga is adamant: the pier, she says, is finished": cut where "she says" cuts in
            for i in reversed(range(max(0, len(kept) - 4), len(kept))):
                if len(kept[i][0].content) == 1 and kept[i][0].content[0] == quote.content[0]:
                    del kept[i]
        rivals = [i for i in range(max(0, len(kept) - 4), len(kept))
                  if not _cue_inside(quote, kept[i][0]) and _mostly_inside(text, letters, kept[i][1])
                  and not _joined_speakers(text, kept[i][0], quote)]
        readings = [i for i in range(max(0, len(kept) - 4), len(kept)) if _same_cue_word(quote, kept[i][0])]
        if any(_within(text, letters, kept[i][1]) for i in readings):
            continue  # "to talk about the pier, the toll and the ferry": the noun's reading of the verb, cut short
        for i in reversed(readings):
            if _within(text, kept[i][1], letters):
                del kept[i]
                rivals = [j - (j > i) for j in rivals if j != i]
        if not rivals:
            kept.append((quote, letters))
        elif quote.kind is Kind.DIRECT and all(kept[i][0].kind is not Kind.DIRECT for i in rivals):
            for i in reversed(rivals):  # a quotation with its own frame beats a cue that swallowed it
                del kept[i]
            kept.append((quote, letters))
    return [quote for quote, _ in kept]


def _cuts_in(text: str, quote: Quote) -> bool:
    """The quote's cue interrupts a sentence between its first two pieces: "the pier, she says, is finished"."""
    if len(quote.content) < 2 or quote.cue is None or not quote.content[0].end <= quote.cue.start < quote.content[1].start:
        return False
    return not any(mark in text[quote.content[0].end - 2:quote.cue.start] for mark in ".?!")


def _same_cue_word(quote: Quote, other: Quote) -> bool:
    """Two readings of one cue word: their cues overlap ("will talk about" and "talk about")."""
    return quote.cue is not None and other.cue is not None and quote.cue.start < other.cue.end \
        and other.cue.start < quote.cue.end


def _within(text: str, letters: _Letters, other: _Letters) -> bool:
    """Fewer words than ``other``, nearly all of them among its words: the shorter reading of the same words."""
    return 0 < letters.count < other.count and letters.shared_with(text, other) > 0.8 * letters.count


def _cue_inside(quote: Quote, other: Quote) -> bool:
    """"Officials said Ms Varga told them …": a cue inside another's words is nested, not a rival."""
    return quote.cue is not None and any(p.start <= quote.cue.start < p.end for p in other.content)


def _alnum(text: str, start: int, end: int) -> int:
    """How many letters and digits ``text[start:end]`` holds."""
    return sum(map(str.isalnum, text[start:end]))


@frozen
class _Letters:
    """The letters and digits of a quote's content: the stretches it covers, merged where its pieces meet, and
    how many letters and digits they hold. Two quotes' shared letters are counted only where their stretches
    overlap, so no set of offsets is built per quote."""

    stretches: tuple[tuple[int, int], ...]
    count: int

    @classmethod
    def of(cls, text: str, quote: Quote) -> "_Letters":
        merged: list[tuple[int, int]] = []
        for piece in sorted(quote.content, key=lambda p: p.start):
            if merged and piece.start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], piece.end))
            else:
                merged.append((piece.start, piece.end))
        return cls(tuple(merged), sum(_alnum(text, start, end) for start, end in merged))

    def shared_with(self, text: str, other: "_Letters") -> int:
        return sum(_alnum(text, max(start, other_start), min(end, other_end))
                   for start, end in self.stretches for other_start, other_end in other.stretches
                   if max(start, other_start) < min(end, other_end))


def _mostly_inside(text: str, letters: _Letters, other: _Letters) -> bool:
    """Nearly the same words: a quote nested in another's content is no rival."""
    smaller, larger = sorted((letters.count, other.count))
    return smaller > 0.5 * larger and letters.shared_with(text, other) > 0.8 * smaller
