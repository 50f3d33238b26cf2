"""Quotation marks: which characters open and close quotes, and how they pair.

Marks are paired by type and nesting with a stack, never by counting, so an
odd mark cannot swallow the document: an unclosed quote ends at the end of
its paragraph, and a closing mark with no opener is ignored.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex
from attrs import frozen

from ..lexicon import load_words
from ..model import Span

__all__ = ["Quoted", "find_quoted"]

# Candidates: every character or pair that can be a quotation mark.
MARK = regex.compile(r"``|''|[“”\"‘’'«»‹›„‚]")

# a transcript's turn in a quoted transcript: a paragraph opened by a mark, then a speaker's label in capitals
# ('"VARGA: The pier is safe.'); left open, the mark quotes the transcript, not one speaker's words
LABELLED_TURN = regex.compile(r"\p{Lu}{2,}(?:[\s.'’\-]+\p{Lu}{2,}){0,3}:\s")

INNER_SPACES = " \u00a0\u202f"  # kept inside the marks: French typesetting spaces « » with no-break spaces
DOUBLE, SINGLE = "double", "single"
MAX_DEPTH = 8  # open quotes kept at once; keeps pairing linear on any input
# Which closers end which openers.
CLOSERS = {
    "“": ("”", "“", '"'), "”": ("”", '"'), "„": ("“", "”", '"'), "«": ("»",), "‹": ("›",), '"': ('"', "”", "“"),
    "``": ("''", '"', "”"), "''": ("''",), "‘": ("’", "'"), "‚": ("‘", "’"), "'": ("'", "’"), "»": ("«",), "›": ("‹",),
}
FAMILY = {"“": DOUBLE, "”": DOUBLE, "„": DOUBLE, "«": DOUBLE, '"': DOUBLE, "``": DOUBLE, "''": DOUBLE, "»": DOUBLE,
          "‘": SINGLE, "‚": SINGLE, "'": SINGLE, "‹": SINGLE, "›": SINGLE}


@frozen
class Quoted:
    """A stretch of text between a pair of quotation marks.

    ``inner`` excludes the marks. ``closed`` is False when the paragraph
    ended before a closing mark. ``depth`` is 0 for an outermost quote.
    """

    open_mark: Span
    close_mark: Span | None
    inner: Span
    family: str
    depth: int
    paragraph: int

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def start(self) -> int:
        return self.open_mark.start

    @property
    def end(self) -> int:
        return self.close_mark.end if self.close_mark else self.inner.end


def _is_word(char: str) -> bool:
    return char.isalnum()


def _can_open(mark: str, before: str, after: str, double_open: bool = False, ordinal: bool = False) -> bool:
    if mark in "“„«‹‘‚" or mark == "``":
        return not after.isspace() or mark in "«‹"
    if mark in "»›":  # the German and Danish way round, »…«, opens at a word's start
        return not _is_word(before) and after != "" and not after.isspace()
    if mark == "”":
        # a closing mark typed for an opener: at a paragraph's start, or after a space, colon, bracket or dash while
        # no double quote is open, right before a letter or digit ("”The pier is safe.” ― Ana Varga", "Ms Varga
        # said: ”The pier is safe.”"), it can close nothing
        return (before == "" or not double_open and (before.isspace() or before in ":([—―–")) and after.isalnum()
    if mark in ("\"", "'", "''"):
        # opens at a word start: after space, bracket, dash or another mark
        return not _is_word(before) and (before == "" or before not in ".,;!?%") \
            and after != "" and not after.isspace() and not (mark == "'" and after.isdigit() and not ordinal)
    return False


def _can_close(mark: str, before: str, after: str) -> bool:
    if mark == "“":  # an opening mark typed for the closer ends a word, no other word follows: 'unfair,“ said'
        return before != "" and not before.isspace() and not after.isalnum()
    if mark in "”»›’'\"" or mark == "''":  # NYT style: '' both opens and closes
        return before != "" and not before.isspace() or mark in "»›"
    if mark in "«‹":  # closing »…«
        return before != "" and not before.isspace()
    return mark == "‘"


CONTRACTION_END = regex.compile(r"(?:s|t|d|m|re|ll|ve)\b", regex.IGNORECASE)
ORDINAL = regex.compile(r"\p{N}+(?:st|nd|rd|th)\b")  # "'2nd Amendment people'": no year is cut short before one
SHORT_YEAR = regex.compile(r"\p{N}{2}(?:s(?![\p{L}\p{N}])|(?![\p{L}\p{N}]))")  # "08", "90s": a year cut short
# a word whose first letters speech drops, after its apostrophe: "Tell 'em", "'til May"
ELISION = regex.compile(r"(?:" + "|".join(sorted(load_words("elisions.txt"), key=len, reverse=True))
                        + r")(?![\p{L}\p{M}\p{N}])")


def _is_apostrophe(mark: str, before: str, after: str, ordinal: bool = False) -> bool:
    """it’s, users’ data, rock ’n’ roll, the ’90s: a single mark inside or after a word, or before digits that
    are no ordinal."""
    if mark not in "’'":
        return False
    return (_is_word(before) and _is_word(after)) or (after.isdigit() and not _is_word(before) and not ordinal)


def _is_elision(text: str, mark: str, before: str, end: int, paragraph_end: int) -> bool:
    """“Tell 'em”, “‘til May”: a single mark at a word's start before a word of ``elisions.txt``, whose first letters
    it stands for."""
    return mark in "’'‘" and not _is_word(before) and ELISION.match(text, end, paragraph_end) is not None


def _is_turned_year(text: str, mark: str, end: int, paragraph_end: int) -> bool:
    """“in ‘08”, “the ‘90s”: a turned mark typed for the apostrophe of a year cut short, unless the next single mark
    closes a sentence of speech (“‘08 was a good year,’ said Mr Reyl.”)."""
    return (mark == "‘" and SHORT_YEAR.match(text, end, paragraph_end) is not None
            and SPEECH_CLOSER_AHEAD.match(text, end, paragraph_end) is None)


def _is_turned_apostrophe(text: str, mark: str, before: str, end: int) -> bool:
    """“Akers‘s”, “don‘t”: an opening single mark typed for an apostrophe inside a word."""
    return mark == "‘" and _is_word(before) and CONTRACTION_END.match(text, end, end + 3) is not None


def find_quoted(text: str, paragraphs: Sequence[Span]) -> list[Quoted]:
    """Every quoted stretch in the paragraphs, in order of opening mark."""
    found: list[Quoted] = []
    turns = sum(1 for paragraph in paragraphs if _opens_turn(text, paragraph))
    for index, paragraph in enumerate(paragraphs):
        found.extend(_pair_marks(text, paragraph, index, turns > 1))
    found.sort(key=lambda q: q.start)
    return found


def _opens_turn(text: str, paragraph: Span) -> bool:
    """The paragraph opens with a double mark and a speaker's label in capitals: '"VARGA: The pier is safe.'."""
    return text.startswith(('"', "“"), paragraph.start) and LABELLED_TURN.match(
        text, paragraph.start + 1, paragraph.end) is not None


def _pair_marks(text: str, paragraph: Span, index: int, transcript: bool = False) -> Iterator[Quoted]:
    """The quoted stretches of one paragraph; in a quoted transcript (``transcript``: more than one paragraph opens
    a labelled turn) a turn's opening mark left open quotes nobody."""
    # stack of (mark, start, end)
    stack: list[tuple[str, int, int]] = []
    for match in MARK.finditer(text, paragraph.start, paragraph.end):
        mark, start, end = match.group(), match.start(), match.end()
        before = text[start - 1] if start > paragraph.start else ""
        after = text[end] if end < paragraph.end else ""
        if mark == '"' and before == " " and start - 2 >= paragraph.start and text[start - 2] in "’'":
            before = text[start - 2]  # 'vote for her,' " he said: the double closes after the single
        elif mark in ("”", "''") and before == " " and (after == "" or after.isspace()) and stack:
            before = text[start - 2] if start - 2 >= paragraph.start else before  # "coalitions, '' said"
        if mark in "“„" and after == " " and text[end + 1:end + 2] in ("…", "."):
            after = text[end + 1]  # "“ … if the primary were held today": an opening ellipsis
        ordinal = after.isdigit() and ORDINAL.match(text, end, paragraph.end) is not None
        if mark == "”" and before == "," and after == " " and not stack and _closed_next(text, end, paragraph.end):
            before, after = " ", text[end + 1]  # 'He says,” there are …”': an opener, the next double mark its closer
        if (_is_apostrophe(mark, before, after, ordinal) or _is_turned_apostrophe(text, mark, before, end)
                or _is_elision(text, mark, before, end, paragraph.end) or _is_turned_year(text, mark, end, paragraph.end)):
            continue
        if mark in "’'" and _is_word(before) and not any(FAMILY[m] == SINGLE for m, _, _ in stack):
            continue  # users’ data: a possessive, unless a single quote is open
        if mark in "’'" and _is_plural_possessive(text, start, end, paragraph.end):
            continue  # ‘The skippers’ union won’t pay,’: a possessive inside the quote, closed later
        closes = _matching_opener(stack, mark)
        if closes is not None and _can_close(mark, before, after):
            opener, o_start, o_end = stack[closes]
            del stack[closes:]
            inner_start = o_end + 1 if text[o_end:o_end + 1] in INNER_SPACES and o_end < start else o_end  # "“ … if"
            inner_end = start - 1 if mark in "»›" and text[start - 1] in INNER_SPACES and inner_start < start - 1 \
                else start  # "« Le quai est sûr »": spaced guillemets
            yield Quoted(Span.of(text, o_start, o_end), Span.of(text, start, end),
                         Span.of(text, inner_start, inner_end), FAMILY[opener], closes, index)
            continue
        if _can_open(mark, before, after, mark == "”" and any(FAMILY[m] == DOUBLE for m, _, _ in stack), ordinal):
            if len(stack) >= MAX_DEPTH:
                del stack[0]  # real quotes nest two or three deep: a runaway opener is dropped
            stack.append((mark, start, end))
    # unclosed: the quote runs to the paragraph end
    for depth, (opener, o_start, o_end) in enumerate(stack):
        if transcript and depth == 0 and o_start == paragraph.start and _opens_turn(text, paragraph):
            continue  # '"VARGA: The pier is safe.': a turn of a quoted transcript, read by its label
        if FAMILY[opener] == DOUBLE or depth == 0:
            yield Quoted(Span.of(text, o_start, o_end), None, Span.of(text, o_end, paragraph.end),
                         FAMILY[opener], depth, index)


PLURAL_POSSESSIVE = regex.compile(r"(?<=s)[’'] (?=\p{Ll})")  # "skippers’ union"
# the next single mark closing after a stop or comma ("won’t pay,’"), no mark opening before it; apostrophes
# inside words ("won’t") are passed over, and so is a short quotation in double marks ("says “no”, and I agree,’")
SPEECH_CLOSER_AHEAD = regex.compile(r"(?:[^’'‘‚“”\"«»]|(?<=\p{L})[’'](?=\p{L})|“[^‘’“”\"\n]{1,80}”|\"[^‘’“”\"\n]{1,80}\")*?"
                                    r"[,.!?…][’']")


def _is_plural_possessive(text: str, start: int, end: int, paragraph_end: int) -> bool:
    """A mark after a plural's "s" and before a lower-case word, with a single mark closing a sentence of speech
    further on: the possessive of "‘The skippers’ union won’t pay,’ said Mr Reyl.", not the quote's end."""
    return (PLURAL_POSSESSIVE.match(text, start, min(paragraph_end, end + 2)) is not None
            and SPEECH_CLOSER_AHEAD.match(text, end, paragraph_end) is not None)


def _closed_next(text: str, end: int, paragraph_end: int) -> bool:
    """A closing mark after a comma and a space opens a quotation when a word follows and the next double mark in
    the paragraph is a closing one: 'He says,” there are …”', not 'the pier is safe,” she said. “…”'."""
    if not text[end + 1:end + 2].isalnum():
        return False
    close = text.find("”", end, paragraph_end)
    return close >= 0 and not any(mark in text[end:close] for mark in "“\"„«")


def _matching_opener(stack: list[tuple[str, int, int]], mark: str) -> int | None:
    """Index of the innermost open mark that ``mark`` closes, if any."""
    for position in range(len(stack) - 1, -1, -1):
        opener = stack[position][0]
        if mark in CLOSERS.get(opener, ()):
            return position
        if FAMILY[opener] == DOUBLE and mark in "’'":
            return None  # a single mark never closes past an open double
    return None
