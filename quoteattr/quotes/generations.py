"""Which person of a surname "the younger" or "the elder" names.

"Tom Reyl, 70, runs the ferry with his son Piet Reyl, 41. … The younger Reyl
said" names Piet Reyl, whoever was named last: ages set off after the names,
or a relative of another generation ("his son", "her father"), tell who is
young and who is old. When two or more people bear the surname and nothing
tells which one is meant, the mention is no mention of any of them.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ..lexicon import load_table
from ..model import Span
from .frames import EndAnchored, alternation, near
from .names import PersonName, cluster_people

__all__ = ["with_age_comparatives"]

AGE_AFTER = regex.compile(r"(?:,[ \t\u00a0]*(?P<age>\d{1,3})(?=[,.;)]|\s)|[ \t\u00a0]+\((?P<bracketed>\d{1,3})\))")
LOOK_BACK = 60  # mentions of the surname read before a comparative, as far as a pronoun looks


@functools.cache
def _comparatives() -> dict[str, str]:
    """``age_comparatives.txt``: "younger" -> "young"."""
    return {word.lower(): which for word, which in load_table("age_comparatives.txt")}


@functools.cache
def _generations() -> dict[str, str]:
    """``generation_kin.txt``: "son" -> "young", "father" -> "old"."""
    return {word.lower(): which for word, which in load_table("generation_kin.txt")}


@functools.cache
def _comparative_before() -> EndAnchored:
    """"the younger " right before a name."""
    return EndAnchored.of(r"(?<![\p{L}\p{N}])(?i:the)[ \t\u00a0]+(?P<word>(?i:" + alternation(_comparatives())
                         + r"))[ \t\u00a0]+\Z")


@functools.cache
def _generation_before() -> regex.Pattern:
    """"his son ", "her father, " or "Ms Varga's son " right before a name."""
    return regex.compile(r"(?:(?<![\p{L}\p{N}])(?:his|her|their)|['’]s)[ \t\u00a0]+(?P<kin>"
                         + alternation(_generations()) + r"),?[ \t\u00a0]+\Z", regex.IGNORECASE)


def with_age_comparatives(text: str, names: Sequence[PersonName]) -> tuple[tuple[PersonName, ...], dict[int, Span]]:
    """The mentions, each bare surname after "the younger" or "the elder" given the given names of the person of
    that surname it picks, or left out when two or more bear it and nothing tells which; and, for each left out,
    where its name starts and the words that describe the person instead ("the elder Mr Reyl")."""
    marked = {index: found for index, name in enumerate(names) if not name.given and (
        found := _comparative_before().search(text, max(0, name.span.start - 20), name.span.start)) is not None}
    if not marked:
        return tuple(names), {}
    people, owner = cluster_people(names)
    ages: dict[int, int] = {}
    generations: dict[int, str] = {}
    by_surname: dict[str, list[int]] = {}
    kept: list[PersonName] = []
    left_out: dict[int, Span] = {}
    for index, name in enumerate(names):
        if index in marked:
            candidates = {owner[earlier] for earlier in by_surname.get(name.surname, ())[-LOOK_BACK:]}
            if len(candidates) >= 2:
                which = _comparatives()[marked[index].group("word").lower()]
                chosen = _pick(sorted(candidates), which, ages, generations)
                if chosen is None or not people[chosen].given:
                    left_out[name.name.start] = Span.of(text, marked[index].start(), name.span.end)
                    continue  # whose "younger Reyl" is not told: no link rather than a wrong one
                name = attrs.evolve(name, given=people[chosen].given, gender=people[chosen].gender)
        else:
            entity = owner[index]
            if entity not in ages and (age := AGE_AFTER.match(text, name.span.end, near(name.span.end, len(text)))) is not None:
                ages[entity] = int(age.group("age") or age.group("bracketed"))
            if entity not in generations and (kin := _generation_before().search(
                    text, max(0, name.span.start - 30), name.span.start)) is not None:
                generations[entity] = _generations()[kin.group("kin").lower()]
            by_surname.setdefault(name.surname, []).append(index)
        kept.append(name)
    return tuple(kept), left_out


def _pick(candidates: list[int], which: str, ages: dict[int, int], generations: dict[int, str]) -> int | None:
    """The candidate ``which`` ("young" or "old") names: by ages when all have one, else of two by the one whose
    generation a relative tells."""
    if all(candidate in ages for candidate in candidates):
        pick = min if which == "young" else max
        best = pick(ages[candidate] for candidate in candidates)
        chosen = [candidate for candidate in candidates if ages[candidate] == best]
        return chosen[0] if len(chosen) == 1 else None
    if len(candidates) != 2:
        return None
    told = {generations.get(candidate) for candidate in candidates}
    first, second = candidates
    if told == {"young", "old"}:
        return first if generations[first] == which else second
    if told in ({"young", None}, {"old", None}):
        known, other = (first, second) if first in generations else (second, first)
        return known if generations[known] == which else other
    return None
