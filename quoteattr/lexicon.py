"""Word lists from ``quoteattr/data``, loaded once and shared read-only.

Each data file holds one entry per line; ``#`` starts a comment.
"""
from __future__ import annotations

import functools
from importlib import resources

import regex

__all__ = ["load_words", "load_lines", "load_table", "respelled"]

SPELLINGS = "british_spellings.txt"  # American and British spellings of the same words
WORD = regex.compile(r"\p{L}+")


def _read_lines(name: str) -> tuple[str, ...]:
    raw = resources.files("quoteattr").joinpath("data").joinpath(name).read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return tuple(line for line in lines if line)


@functools.cache
def _british() -> dict[str, str]:
    """American spelling -> British spelling, from `british_spellings.txt`."""
    return dict(line.split() for line in _read_lines(SPELLINGS))


def respelled(line: str) -> str:
    """``line`` with every word of `british_spellings.txt` in its British spelling, its case kept: "in favor of" ->
    "in favour of", "Labor" -> "Labour"."""
    british = _british()

    def swap(word: regex.Match) -> str:
        found = british.get(word.group().lower())
        if found is None:
            return word.group()
        return found.upper() if word.group().isupper() else found.capitalize() if word.group()[0].isupper() else found

    return WORD.sub(swap, line)


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """The non-empty, comment-stripped lines of ``data/<name>``, in file order, each followed by its British
    spelling when that differs and the file does not list it already."""
    lines = _read_lines(name)
    if name == SPELLINGS:
        return lines
    listed = set(lines)
    out = []
    for line in lines:
        out.append(line)
        if (british := respelled(line)) != line and british not in listed:
            out.append(british)
            listed.add(british)
    return tuple(out)


@functools.cache
def load_words(name: str, *, lower: bool = False) -> frozenset[str]:
    """The entries of ``data/<name>`` as a set (lower-cased on request)."""
    lines = load_lines(name)
    return frozenset(line.lower() for line in lines) if lower else frozenset(lines)


@functools.cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of ``data/<name>`` split on white space."""
    return tuple(tuple(line.split()) for line in load_lines(name))
