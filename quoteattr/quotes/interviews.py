"""Question-and-answer interviews: paragraphs that open "Q:" and "A:".

A document is an interview when a paragraph opens with a question label
(`interview_labels.txt`: "Q:", "Question:") and a later one with an answer
label ("A:", "Answer:"); a one-letter label may take a period: "Q. Why …". Each labelled paragraph is a turn whose words run to
the paragraph's end; the paragraphs without a label between an answer and the
next label go on with that answer. The label is the turn's source and its colon
the cue: an answer is the interviewee's words (speakers.py names the person),
a question the interviewer's.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..analysis.base import Analysis
from ..lexicon import load_table
from ..model import Quote, Span
from .content import trimmed
from .frames import alternation, near
from .quotemap import QuoteMap, make_quote

__all__ = ["with_interview_turns", "interview_turns", "past_turn_labels", "turn_role", "QUESTION", "ANSWER"]

QUESTION, ANSWER = "question", "answer"


@functools.cache
def _labels() -> dict[str, str]:
    return {label: role for role, label in load_table("interview_labels.txt")}


@functools.cache
def _turn_label() -> regex.Pattern:
    """A label and its colon at a paragraph's start, words after it: "Q: Why …", "Answer: Nobody …"; a one-letter
    label may take a period instead, as some papers print it: "Q. Why …", "A. Nobody …"; Markdown's bold marks
    around the label, closed before or after its colon, are no part of it: "**Q:** Why …", "**A**: Nobody …"."""
    labels = alternation(sorted(_labels(), key=len, reverse=True))
    return regex.compile(r"[ \t]*(?:(?P<bold>\*\*|__)(?P<source>" + labels + r")(?:(?P=bold)[ \t]*(?P<cue>:)|[ \t]*(?P<cue>:)"
                         r"(?P=bold))|(?P<source>" + labels + r")(?:[ \t]*(?P<cue>:)|(?<=(?<!\p{L})\p{L})(?P<cue>\.)(?=[ \t])))"
                         r"[ \t]*(?=\S)")


def _turns(text: str, paragraphs: Sequence[Span]) -> list[tuple[int, regex.Match]]:
    """Each labelled paragraph's index and label, in text order."""
    pattern = _turn_label()
    found = ((index, pattern.match(text, paragraph.start, near(paragraph.start, paragraph.end)))
             for index, paragraph in enumerate(paragraphs))
    return [(index, label) for index, label in found if label is not None]


def _is_interview(turns: list[tuple[int, regex.Match]]) -> bool:
    """A question's label, and an answer's after it."""
    roles = [_labels()[label.group("source")] for _, label in turns]
    return QUESTION in roles and ANSWER in roles[roles.index(QUESTION):]


def with_interview_turns(analysis: Analysis, quote_map: QuoteMap, found: list[Quote]) -> list[Quote]:
    """``found`` and the turns of a question-and-answer interview, each a quote by its label, with a frame's own
    quote in an answer read from past the label (see :func:`past_turn_labels`); the labels are read once."""
    turns = _interview(analysis)
    if turns is None:
        return found
    return past_turn_labels(analysis, found + list(interview_turns(analysis, quote_map, turns)), turns)


def _interview(analysis: Analysis) -> list[tuple[int, regex.Match]] | None:
    """The labelled paragraphs of an interview, or None when the text is none."""
    if "Q" not in analysis.text:
        return None  # no question label, so no interview
    turns = _turns(analysis.text, analysis.paragraphs)
    return turns if _is_interview(turns) else None


def interview_turns(analysis: Analysis, quote_map: QuoteMap, turns: list[tuple[int, regex.Match]]) -> Iterator[Quote]:
    """The turns of a question-and-answer interview, each a quote by its label."""
    text, paragraphs = analysis.text, analysis.paragraphs
    first_sentence = {}
    for position, sentence in enumerate(analysis.sentences):
        first_sentence.setdefault(sentence.paragraph, position)
    for (index, label), following in zip(turns, [*turns[1:], (None, None)]):
        content = trimmed(text, label.end(), paragraphs[index].end)
        if content is None:
            continue
        pieces = [content]
        if _labels()[label.group("source")] == ANSWER and following[0] is not None:
            # the answer goes on in the paragraphs before the next label; after the last label nothing tells
            # where the interview ends
            pieces.extend(piece for later in range(index + 1, following[0])
                          if (piece := trimmed(text, paragraphs[later].start, paragraphs[later].end)) is not None)
        yield make_quote(tuple(pieces), Span.of(text, *label.span("cue")), Span.of(text, *label.span("source")),
                         None, "speech", first_sentence.get(index, 0), quote_map)


def past_turn_labels(analysis: Analysis, found: list[Quote], turns: list[tuple[int, regex.Match]]) -> list[Quote]:
    """Quotes whose content opens on a turn's label read from past it: in "A: We are looking at every option, Ms
    Varga said." the content is "We are looking at every option", her words without the "A:" that marks her turn."""
    text = analysis.text
    labels = {label.start(): label for _, label in turns}
    kept, framed = [], set()
    for quote in found:
        first = quote.content[0] if quote.content else None
        if first is None or first.start not in labels or quote.cue is None or quote.cue.start < first.end:
            kept.append(quote)  # a turn's own quote, whose cue is its label's colon, keeps its content
            continue
        label = labels[first.start]
        opened = trimmed(text, label.end(), first.end)
        if opened is None:
            kept.append(quote)
            continue
        kept.append(attrs.evolve(quote, content=(opened, *quote.content[1:])))
        framed.add(label.start("cue"))
    # the turn whose words a frame of their own attributes gives way to that frame's quote
    return [quote for quote in kept if quote.cue is None or quote.cue.start not in framed]


LABEL_INDENT = 8  # characters of space a turn's label may stand after its paragraph's start


def turn_role(text: str, source: Span) -> str | None:
    """"question" or "answer" where ``source`` is a turn's label that opens its paragraph ("A" in "A: Nobody paid
    for repairs."), else None."""
    role = _labels().get(source.text)
    after = text[source.end:source.end + LABEL_INDENT].removeprefix("**").removeprefix("__")
    if role is None or not (after.lstrip(" \t").startswith(":") or len(source.text) == 1 and after.startswith(". ")):
        return None  # "Q:", or the period of a one-letter label: "Q. Why …"
    before = text[max(0, source.start - LABEL_INDENT):source.start].removesuffix("**").removesuffix("__")
    if "\n" in before:
        return role if not before.rsplit("\n", 1)[1].strip() else None
    return role if source.start <= LABEL_INDENT and not before.strip() else None
