"""The cue lexicon: every inflected form of every cue verb, with its class.

Classes: ``speech``, ``writing``, ``thought``, ``evidence``. A form listed in
two classes belongs to the first file read (speech before the rest).
"""
from __future__ import annotations

import functools
from collections.abc import Iterator

import regex
from attrs import frozen

from ..lexicon import load_table

__all__ = ["CUE_CLASSES", "CueLexicon", "cue_lexicon", "inflect"]

CUE_CLASSES = ("speech", "writing", "thought", "evidence")
_VOWELS = "aeiou"


def inflect(lemma: str) -> tuple[str, str, str, str]:
    """Regular forms: (3rd person, past, past participle, gerund).

    >>> inflect("argue")
    ('argues', 'argued', 'argued', 'arguing')
    """
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if lemma.endswith("ie"):
        gerund = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        gerund = lemma[:-1] + "ing"
    else:
        gerund = lemma + "ing"
    return third, past, past, gerund


@frozen(eq=False)  # identity hash: built once, used as a cache key
class CueLexicon:
    """Maps each lower-cased verb form to its lemma and class."""

    forms: dict[str, tuple[str, str]]
    phrases: tuple[tuple[str, str], ...]
    phrasal_only: frozenset[str] = frozenset()  # cues only with their particle: "went on"

    def lookup(self, word: str) -> tuple[str, str] | None:
        return self.forms.get(word.lower())

    def find(self, text: str, start: int, end: int, classes: frozenset[str]) -> Iterator[regex.Match]:
        """Every cue word in ``text[start:end]`` whose class is in ``classes``.

        Scans words and looks each up in a set: far faster than one
        alternation of hundreds of forms.
        """
        forms = self.forms
        for match in WORD.finditer(text, start, end):
            entry = forms.get(match.group().lower())
            if entry is not None and entry[1] in classes:
                yield match


WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")


@functools.cache
def cue_lexicon() -> CueLexicon:
    forms: dict[str, tuple[str, str]] = {}
    for cue_class in CUE_CLASSES:
        for row in load_table(f"cues_{cue_class}.txt"):
            lemma, *listed = row
            for form in (lemma, *(listed or inflect(lemma))):
                forms.setdefault(form.lower(), (lemma, cue_class))
    phrasal_only = set()
    for lemma, *listed in load_table("cues_phrasal_only.txt"):
        phrasal_only.add(lemma)
        for form in (lemma, *(listed or inflect(lemma))):
            forms.setdefault(form.lower(), (lemma, "speech"))
    phrases = tuple((" ".join(row[1:]), row[0]) for row in load_table("cue_phrases.txt"))
    return CueLexicon(forms, phrases, frozenset(phrasal_only))

