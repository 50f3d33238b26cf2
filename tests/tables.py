"""Helpers shared by the tables of quote cases (test_direct, test_reported, test_rules_table).

A row gives a text of our own and every quote expected from it, as
``(kind, pieces, cue, source, addressee)``; an empty list means no quote.
"""
from __future__ import annotations

import pytest


def known_failure(reason: str) -> pytest.MarkDecorator:
    """A row the engine gets wrong today; strict, so a fix shows up."""
    return pytest.mark.xfail(reason=reason, strict=True)


def text_of(span):
    return span.text if span is not None else None


def summary(quote) -> tuple:
    """What a row checks: kind, content pieces, cue, source, addressee."""
    return (quote.kind.value, tuple(p.text for p in quote.content), text_of(quote.cue), text_of(quote.source),
            text_of(quote.addressee))


def row(kind: str, content: str | tuple[str, ...], cue: str | None = None, source: str | None = None,
        addressee: str | None = None) -> tuple:
    return (kind, (content,) if isinstance(content, str) else tuple(content), cue, source, addressee)


def direct(content, cue=None, source=None, addressee=None) -> tuple:
    return row("direct", content, cue, source, addressee)


def mixed(content, cue=None, source=None, addressee=None) -> tuple:
    return row("mixed", content, cue, source, addressee)


def indirect(content, cue=None, source=None, addressee=None) -> tuple:
    return row("indirect", content, cue, source, addressee)


def case(case_id: str, text: str, *quotes: tuple, marks=()) -> pytest.param:
    return pytest.param(text, list(quotes), id=case_id, marks=marks)
