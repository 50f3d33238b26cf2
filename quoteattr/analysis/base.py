"""What an analyzer hands the attribution rules: paragraphs, sentences, tokens."""
from __future__ import annotations

from typing import Protocol

from attrs import frozen

from ..model import Sentence, Span

__all__ = ["Token", "Analysis", "Analyzer"]


@frozen
class Token:
    """A token with its offsets and, from a parser, its annotations.

    ``head`` is the index of the governing token within the same sentence
    (-1 for the root); ``ner`` is a BIOES entity tag such as ``S-PERSON``.
    """

    start: int
    end: int
    text: str
    lemma: str | None = None
    upos: str | None = None
    head: int | None = None
    deprel: str | None = None
    ner: str | None = None


@frozen
class Analysis:
    """The analyzer's view of one text.

    ``tokens`` holds one tuple per sentence, or is None when the analyzer
    tokenizes on demand (the built-in one does: its rules read text, not tokens).
    """

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[tuple[Token, ...], ...] | None = None

    @property
    def parsed(self) -> bool:
        """True when tokens carry dependency relations."""
        return bool(self.tokens) and any(t.deprel for sent in self.tokens for t in sent)

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        """The tokens of sentence ``index``, tokenizing with the rules if need be."""
        if self.tokens is not None:
            return self.tokens[index]
        from .rules import tokenize

        sentence = self.sentences[index]
        return tuple(tokenize(self.text, sentence.start, sentence.end))


class Analyzer(Protocol):
    """Anything that turns text into an Analysis."""

    name: str

    def analyze(self, text: str) -> Analysis: ...
