"""Personal pronouns: the gender and number each one gives a source.

Read from ``pronouns.txt``: "he" is masculine and singular, "they" plural,
"it" neuter (an organisation or a country); "I", "we" and "you" never refer back
to anyone named in the text. Possessive and reflexive forms are never
sources, but the first of them after a name can tell that person's gender
(:data:`GENDERED_PRONOUN`).
"""
from __future__ import annotations

import functools

import regex

from ..lexicon import load_table
from .frames import alternation

__all__ = ["GENDERED_PRONOUN", "pronouns"]

GENDERED_PRONOUN = regex.compile(  # he/his/him/himself, she/her/hers/herself, as pronouns.txt lists them
    r"(?<![\p{L}\p{N}])(?i:" + alternation(form for form, gender, _ in load_table("pronouns.txt") if gender in ("m", "f"))
    + r")(?![\p{L}\p{N}])")


@functools.cache
def pronouns() -> dict[str, tuple[str | None, str]]:
    """Each pronoun's gender (``None`` for any) and number, by its form.

    >>> pronouns()["she"], pronouns()["they"], pronouns()["you"]
    (('f', 'sg'), (None, 'pl'), (None, 'self'))
    """
    return {form: (None if gender == "-" else gender, number) for form, gender, number in load_table("pronouns.txt")}
