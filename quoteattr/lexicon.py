"""Word lists from ``quoteattr/data``, loaded once and shared read-only.

Each data file holds one entry per line; ``#`` starts a comment.
"""
from __future__ import annotations

import functools
from importlib import resources

__all__ = ["load_words", "load_lines", "load_table"]


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """The non-empty, comment-stripped lines of ``data/<name>``, in file order."""
    raw = resources.files("quoteattr").joinpath("data").joinpath(name).read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return tuple(line for line in lines if line)


@functools.cache
def load_words(name: str, *, lower: bool = False) -> frozenset[str]:
    """The entries of ``data/<name>`` as a set (lower-cased on request)."""
    lines = load_lines(name)
    return frozenset(line.lower() for line in lines) if lower else frozenset(lines)


@functools.cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of ``data/<name>`` split on white space."""
    return tuple(tuple(line.split()) for line in load_lines(name))
