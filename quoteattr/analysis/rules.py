"""The built-in analyzer: paragraphs, sentences and tokens from rules alone.

Offsets are lossless: nothing is rewritten, every span slices the input.
The sentence splitter looks at each run of terminal punctuation followed by
white space (or by a curly opening mark and a capital) and asks a few named
questions about its neighbourhood.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ..lexicon import load_words
from ..model import Sentence, Span
from ..quotes.content import has_verb_between
from ..quotes.cues import cue_lexicon
from .base import Analysis, Token

__all__ = ["RulesAnalyzer", "split_paragraphs", "split_sentences", "tokenize", "unwrapped"]

# invisible marks a line may start or end with besides white space: a byte-order mark, zero-width spaces and joiners
INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060")
_BREAK = r"(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])"
LINE_BREAK = regex.compile(_BREAK)
# a blank line (nothing but white space between two breaks) and the breaks around it, or a single break
BREAK_OR_BLANK = regex.compile(_BREAK + r"(?P<blank>(?:[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*+" + _BREAK + r")++)?")

# A candidate sentence end: terminal marks, then closing quotes or brackets,
# then white space (or the end of the paragraph). Possessive quantifiers and
# the look-behind keep the scan linear: a run of marks is tried once, whole.
CANDIDATE_END = regex.compile(r"""
    (?<![.!?…‽][ \u00a0\u2009\u202f]?)          # not inside a run of marks
    (?P<marks>
        \.(?:[ \u00a0\u2009\u202f]\.){2,}+        # spaced ellipsis ". . ."
      | [.!?…‽]++
    )
    (?P<closers>[”"’'»›)\]]*+)
    (?=(?P<gap>\s++)(?P<next>\S)|\s*+\Z
      |(?P<gap>)(?P<next>“)(?=\p{Lu})      # no space before a curly opener and a capital: 'Ms Varga.“It was.”'
      |(?P<gap>)(?P<next>\p{Lu})(?=\p{Ll}))  # nor before a word, where markup was stripped: "unfair.Mr Reyl"
""", regex.VERBOSE)
# a word glued after a stop that ends a sentence: a word of two letters or more in lower case before it, and no
# address after it ("www.Harbour.com")
GLUED_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}.\-/@])\p{L}*\p{Ll}{2}\Z")
GLUED_ADDRESS_AFTER = regex.compile(r"\p{L}+\.\p{L}")

WORD_BEFORE = regex.compile(r"(?r)(\S+)\Z")  # searched from the end: one attempt, not one per offset
WORD_AFTER = regex.compile(r"[“\"‘'«(\[]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*)")
INITIAL = regex.compile(r"(?:\p{Lu}\.)*\p{Lu}")
DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}")
OPENERS = "“\"‘'«([‹„"
CLOSING_QUOTES = "”\"’'»›"

# After a closing quote: a capitalised name and a cue verb that ends the clause.
NAME_THEN_CUE = regex.compile(r"""
    (?P<name>\p{Lu}[\p{L}\p{M}'’.\-]*+(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.\-]*+){0,3}+)   # Mr. Lee, Ann B. Smith
    [ \u00a0]+(?P<cue>\p{Ll}++)
""", regex.VERBOSE)
CLAUSE_END = ",.!?;"
DASH_THEN_CUE = regex.compile(r"[—―–]{1,2}+[ \u00a0]*+(?P<cue>\p{Ll}++)")  # "“Is it safe?” — asked Ms Varga."

TOKEN = regex.compile(r"""
    \p{N}+(?:[.,:/]\p{N}+)*%?              # 1,500  3.5  7:30  50%
  | [\p{L}\p{M}\p{N}]+(?:['’.\-&][\p{L}\p{M}\p{N}]+)*   # words, U.S, it's, co-founder
  | \.(?:[ \u00a0\u2009\u202f]?\.)+        # ellipses
  | \S                                      # any other mark
""", regex.VERBOSE)


# a rolling report's clock time opening a line, before its words: "09:12 ", "10.15am: ", "11:20 p.m. - "
TIMESTAMP = regex.compile(r"\p{N}{1,2}[:.]\p{N}{2}(?:\s*(?:[ap]\.m\.|[ap]m\b))?:?\s+(?:[—―–-]{1,2}\s+)?"
                          r"(?=[\p{Lu}“\"‘'])")


# a list item's bullet opening a line, before its words: "• ", "* ", "▪ ", a number "1. " or "2) " before a capital or
# a quotation mark ("- " is read as a dash where it matters)
LIST_BULLET = regex.compile(r"(?:[•◦▪▫‣●○■□►▸▶➢➤✓✔·*]|\p{N}{1,2}[.)](?=[ \t\u00a0]+[\p{Lu}“\"‘']))[ \t\u00a0]+(?=\S)")


# the marks that quote a line in e-mail and Markdown ("> ", ">> ", "> > ") or make it a Markdown heading ("## "), before
# its words
LINE_MARKUP = regex.compile(r"(?:>[ \t\u00a0]*+)++(?=\S)|#{1,6}[ \t\u00a0]++(?=\S)")


# a page's furniture kept by a scraper, a whole line: "Advertisement", "Story continues below advertisement"
PAGE_FURNITURE = load_words("page_furniture.txt", lower=True)
FURNITURE_REACH = 60  # characters at most of a line of furniture


def _page_furniture(text: str, start: int, end: int) -> bool:
    return end - start <= FURNITURE_REACH and text[start:end].rstrip(".:").lower() in PAGE_FURNITURE


def split_paragraphs(text: str) -> Iterator[Span]:
    """Each line holding something other than white space and other than a page's furniture ("Advertisement"),
    trimmed of white space and invisible marks, of the marks
    quoting it in e-mail or Markdown or making it a heading ("> The council says …", "## Pier closed"), of a list
    item's bullet or number ("• The council says …" and "1. The council says …" hold "The council says …") and
    of a clock time stamping it when words follow ("09:12 Police are urging …" holds "Police are urging …")."""
    start = 0
    for brk in [*LINE_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        first, last = _trimmed(text, start, end)
        if (markup := LINE_MARKUP.match(text, first, last)) is not None:
            first = markup.end()
        if (bullet := LIST_BULLET.match(text, first, last)) is not None:
            first = bullet.end()
        if (stamp := TIMESTAMP.match(text, first, last)) is not None:
            first = stamp.end()
        if first < last and not _page_furniture(text, first, last):
            yield Span.of(text, first, last)
        if brk:
            start = brk.end()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the white space and invisible marks at either edge."""
    while start < end and (text[start].isspace() or text[start] in INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in INVISIBLE):
        end -= 1
    return start, end


def unwrapped(text: str) -> str:
    """Hard-wrapped text with each single line break turned into spaces, the same length, so offsets hold.

    Blank lines stay: they are the paragraph breaks. ``"the toll\\nwas unfair.\\n\\nNext"`` ->
    ``"the toll was unfair.\\n\\nNext"``.
    """
    pieces, start = [], 0
    for brk in BREAK_OR_BLANK.finditer(text):
        if brk.group("blank") is None:
            pieces.append(text[start:brk.start()])
            pieces.append(" " * (brk.end() - brk.start()))
            start = brk.end()
    pieces.append(text[start:])
    return "".join(pieces)


def _previous_word(text: str, start: int, end: int) -> str:
    match = WORD_BEFORE.search(text, max(start, end - 40), end)
    return match.group(1).lstrip(OPENERS) if match else ""


def _next_word(text: str, pos: int, end: int) -> str:
    match = WORD_AFTER.match(text, pos, min(end, pos + 60))
    return match.group(1) if match else ""


def _name_then_cue(text: str, pos: int, end: int, *, asked: bool = False, stopped: bool = False) -> bool:
    """True when a name and a cue verb close the clause: '“Why?” Mr. Lee asked.'; after a question or exclamation
    (``asked``) the clause may go on: '“Why?” Mr. Lee asked again.', '“Why?” Mr. Lee asked the board.'; after a
    full stop (``stopped``) they must lead on to more words: '“Done.” Mr. Lee said, “…”', not '“Done.” Mr. Lee
    agreed.', a sentence of its own."""
    match = NAME_THEN_CUE.match(text, pos, min(end, pos + 80))
    if not match or (match.end() < end and text[match.end()] not in CLAUSE_END and not asked):
        return False  # no match, or the clause goes on ("Mr. Lee said the firm ...")
    if stopped and (match.end() == end or text[match.end()] in ".!?"):
        return False
    if cue_lexicon().lookup(match.group("cue")) is None:
        return False
    # a capitalised pronoun after a closed quote opens a new sentence: "“Done.” He agreed.", and so does a possessive:
    # "“Go!” Their voices rose."
    first = match.group("name").split()[0].lower()
    return first not in load_words("source_pronouns.txt", lower=True) and first not in load_words(
        "possessive_determiners.txt", lower=True)


def _dash_then_cue(text: str, pos: int, end: int) -> bool:
    """True when a dash and a cue verb follow a closed quote: '“Is it safe?” — asked Ms Varga.'"""
    match = DASH_THEN_CUE.match(text, pos, min(end, pos + 40))
    return match is not None and cue_lexicon().lookup(match.group("cue")) is not None


def _is_sentence_end(text: str, par_start: int, par_end: int, match: regex.Match) -> bool:
    if match.group("next") is None:
        return True  # the paragraph ends here
    next_char = match.group("next")
    next_pos = match.start("next")
    if next_char.islower():
        return False  # "“Go!” she said."  "more . . . are feeding"
    after = _next_word(text, next_pos, par_end)
    if not match.group("gap") and next_char != "“" and (
            GLUED_WORD_BEFORE.search(text, max(par_start, match.start() - 40), match.start()) is None
            or GLUED_ADDRESS_AFTER.match(text, next_pos, par_end) is not None
            or _previous_word(text, par_start, match.start()) in load_words("abbreviations.txt")):
        return False  # "Mrs.Varga", "at www.Harbour.com": no sentence ends without a space after it
    if after[:1].islower() and next_char in OPENERS:
        return False  # an opening mark before a lower-case word: the sentence goes on
    if next_char in ",;:)]}":
        return False
    marks = match.group("marks")
    closers = match.group("closers")
    if closers and closers[-1] in CLOSING_QUOTES and _name_then_cue(text, next_pos, par_end,
                                                                      asked=marks[-1:] in ("?", "!"),
                                                                      stopped=marks[-1:] in (".", "…")):
        return False  # the attribution of the quote that just closed
    if not closers and marks in ("?", "!") and text[match.start() - 1:match.start()] in CLOSING_QUOTES \
            and _name_then_cue(text, next_pos, par_end):
        return False  # the mark typed after the closer: "“Is it safe”? Mr Reyl asked."
    if closers and closers[-1] in CLOSING_QUOTES and _dash_then_cue(text, next_pos, par_end):
        return False  # an inverted frame set off by a dash: "“Is it safe?” — asked Ms Varga."
    if marks != "." or closers:
        return True
    word = _previous_word(text, par_start, match.start())
    starts_sentence = after in load_words("sentence_starters.txt")
    if word in load_words("abbreviations.txt") or word.rpartition("-")[2] in load_words("abbreviations.txt"):
        return False  # Mr. Sen. Dr. and "then-Sen.": a name follows
    if word in load_words("continuing_abbreviations.txt"):
        return False  # "(e.g. Mr Reyl)": an example or a gloss follows
    if after[:1].isdigit() and word in load_words("numbering_abbreviations.txt"):
        return False  # "Vol. 3", "p. 12", "rated no. 1": a number follows its numbering word
    if INITIAL.fullmatch(word):
        # "J. K. Lenz" and "Erik J. Osman" go on; "the U.S. The" and "Plan B. Then" end, and so does "in Lyme,
        # N.Y. “Secretary Lenz …”", a quotation opening after an initialism's stop
        return (starts_sentence and (len(word) > 1 or len(after) > 1)
                or len(word) > 1 and _quotation_opens(next_char, match))
    if word in load_words("company_suffixes.txt") and after[:1].isupper() and _has_verb(text, par_start, match.start()):
        return True  # "Shares rose at Pier Lines Inc. Pier Lines said": the clause was whole before the name
    if word + "." in load_words("months.txt") and after[:1].isupper():
        return True  # "left a son, Jan. Jan said": a month's abbreviation goes before a day's number, not a name
    if word in load_words("abbreviations_other.txt") or DOTTED.fullmatch(word):
        # "7 a.m. Friday" vs "in the U.S. The"; a double mark opening a quotation after a space opens a sentence too:
        # "said in Lyme, N.Y. “Secretary Lenz …”"
        return starts_sentence or _quotation_opens(next_char, match)
    return True


def _quotation_opens(next_char: str, match: regex.Match) -> bool:
    """A double mark after a space opens a quotation (one before a lower-case word was ruled out before)."""
    return next_char in "“\"" and bool(match.group("gap"))


def _has_verb(text: str, par_start: int, end: int) -> bool:
    """A finite verb in the 200 characters before ``end``, after the last sentence-ending mark (words in "-s" left
    out: "Shares in Pier Lines Inc." has none)."""
    start = max(par_start, end - 200)
    last_end = max(text.rfind(mark, start, end - 1) for mark in ".!?")
    return has_verb_between(text, max(start, last_end + 1), end, s_forms=False)


def split_sentences(text: str, paragraph: Span, index: int = 0) -> Iterator[Sentence]:
    """The sentences of one paragraph; none crosses the paragraph's end."""
    start, end = paragraph.start, paragraph.end
    sentence_start = start
    for match in CANDIDATE_END.finditer(text, start, end):
        if not _is_sentence_end(text, start, end, match):
            continue
        stop = match.end()
        if stop > sentence_start:
            yield Sentence.of(text, sentence_start, stop, index)
        sentence_start = match.start("next") if match.group("next") is not None else end
    if sentence_start < end:
        tail_end = end
        while tail_end > sentence_start and text[tail_end - 1].isspace():
            tail_end -= 1
        yield Sentence.of(text, sentence_start, tail_end, index)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    for match in TOKEN.finditer(text, start, len(text) if end is None else end):
        yield Token(match.start(), match.end(), match.group())


class RulesAnalyzer:
    """The default analyzer: fast, no models, tokens computed on demand.

    >>> RulesAnalyzer().analyze("Mr. Smith left. He said so.").sentences[1].text
    'He said so.'
    """

    name = "rules"

    def analyze(self, text: str) -> Analysis:
        paragraphs = tuple(split_paragraphs(text))
        sentences = tuple(
            sentence
            for index, paragraph in enumerate(paragraphs)
            for sentence in split_sentences(text, paragraph, index)
        )
        return Analysis(text, paragraphs, sentences)
