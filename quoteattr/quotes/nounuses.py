"""Whether a cue word is used as a noun, an adjective or an idiom here, not as a report.

"the Benghazi attacks in Paris", "the Varga email scandal", "found himself
in trouble", "270 pledged delegates": ``reported._attribution_at`` asks these
before it reads a frame.
"""
from __future__ import annotations

import functools

import regex

from ..lexicon import load_words
from ..model import Sentence
from .content import THAT
from .cues import cue_lexicon
from .frames import frames, near
from .sources import source_before

__all__ = ["closes_appositive", "compound_noun", "idiom", "interview_question", "is_year", "noun_after_name",
           "noun_follows", "plural_before_cue"]

BE_THAT = regex.compile(r"\s+(?:is|was)\s+that\b")  # "One view is that …": the noun reports
APPOSITIVE_CLOSERS = frozenset({",", "—", "―", "–", "--", "-"})  # what ends an aside set off after the subject
# "The mayor, Ida Lenz, claims …", "His wife, Ida, fears …": a role set off before the name that is the subject
ROLE_SET_OFF_BEFORE = regex.compile(r"(?:The|His|Her|Their|Its|Our|A|An)\s+(?:[\p{Ll}'’\-]+\s+){0,3}[\p{Ll}'’\-]+,\s+")
COORDINATED_NAME = regex.compile(r"(?<![\p{L}])(?:and|&)\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,3}\Z")  # "Ms Varga and Mr Reyl "
NEXT_WORD = regex.compile(r"\s+(\p{L}+)\b")
PREDICATE_AHEAD = regex.compile(r"\s+(?:a|an)\s")  # "called elections a waste"
PLACE_FOLLOWERS = load_words("place_followers.txt", lower=True)  # "stood by a boat that …"
MODIFIED_NOUNS = load_words("cue_modified_nouns.txt", lower=True)  # "rules committee", "writing professor"
# the word after a cue, past a determiner; not a possessive ("addressed voters' worries")
IDIOM_WORD = regex.compile(r"\s+(?:(?P<determiner>a|an|the|his|her|their|its|our|my|your|new|other)\s+)?"
                           r"(?P<word>\p{L}+)\b(?![’'])", regex.IGNORECASE)


def closes_appositive(text: str, sentence: Sentence, chain_start: int, previous_word: str) -> bool:
    """"Ms Varga, head of the ferry board, calls …", "Mr Reyl — who runs the ferry — supports …": a comma or a dash
    closes the subject's appositive."""
    if previous_word not in APPOSITIVE_CLOSERS:
        return False
    subject = source_before(text, sentence.start, chain_start)
    return subject is not None and subject[0].text[:1].isupper() and (
        subject[0].start == sentence.start or ROLE_SET_OFF_BEFORE.fullmatch(text, sentence.start, subject[0].start)
        is not None)


def compound_noun(text: str, start: int, end: int, sentence_end: int) -> bool:
    """The cue form modifies the noun right after it: "the rules committee met", "a writing professor"."""
    following = NEXT_WORD.match(text, end, near(end, sentence_end))
    return following is not None and f"{text[start:end].lower()} {following.group(1).lower()}" in MODIFIED_NOUNS


def noun_follows(text: str, position: int, lemma: str, end: int) -> bool:
    """A noun's verb or preposition follows the cue form: "attacks would", "report was", "support among"."""
    f = frames()
    following = NEXT_WORD.match(text, position, near(position, end))
    if following is None:
        return False
    word = following.group(1)
    particle = f.particles.get(lemma)
    if particle is not None and particle.match(text, position, near(position, end)):
        return False  # "calls for", "points to"
    if word in f.prepositions and not (word == "to" and lemma in f.infinitive and not _determiner_next(text, following.end(), end)):
        return True  # "attacks in Paris", "claims of fraud", "claims to the islands"; but "promises to act"
    if word in f.be_forms and THAT.match(text, following.end(), near(following.end(), end)):
        return False  # "One view is that …": the noun itself reports
    return word in f.verbal_auxiliaries or (word.endswith("ed") and word.islower())


def plural_before_cue(text: str, position: int, end: int) -> bool:
    """"which advocates say disadvantages …", "reports suggest the pier …": a cue's "-s" form right before the base
    form of a cue that takes a bare clause, with no preposition after it, is a plural noun, the subject of that cue;
    not "The Gazette reports fear among skippers"."""
    following = NEXT_WORD.match(text, position, near(position, end))
    if following is None or not following.group(1).islower():
        return False
    word = following.group(1)
    found = cue_lexicon().lookup(word)
    if found is None or found[0] != word or word not in frames().bare or word in frames().adjectives:
        return False
    after = NEXT_WORD.match(text, following.end(), near(following.end(), end))
    return after is not None and after.group(1) not in frames().prepositions  # not "reports fear among skippers"


def _determiner_next(text: str, position: int, end: int) -> bool:
    """"claims to the islands": a determiner after "to" opens a noun phrase, not an infinitive."""
    following = NEXT_WORD.match(text, position, near(position, end))
    return following is not None and following.group(1).lower() in frames().noun_markers


def noun_after_name(text: str, match: regex.Match, previous: regex.Match | None, chain_start: int,
                     sentence: Sentence) -> bool:
    """A capitalised word that is no plural subject before a base form: "the Reyl address", "Varga email".

    Not "Ms Varga and Mr Reyl support", "Harbour Data show that", "One view is that".
    """
    f = frames()
    if previous is None or not previous.group(1)[:1].isupper():
        return False
    word = previous.group(1)
    if word.lower().endswith("s") or word.lower() in f.pronouns or word.lower() in f.plural_subjects or word in f.weekdays:
        return False
    window = near(match.end(), sentence.end)
    return not (THAT.match(text, match.end(), window) or BE_THAT.match(text, match.end(), window)
                or COORDINATED_NAME.search(text, max(sentence.start, chain_start - 60), chain_start))


@functools.cache
def _idiom_openings() -> frozenset[str]:
    """What comes before a space in some idiom: "find", "stand by"."""
    return frozenset(idiom[:index] for idiom in frames().idioms for index, char in enumerate(idiom) if char == " ")


def idiom(text: str, position: int, lemma: str, end: int) -> bool:
    """The cue and the word after it make an idiom: "found himself", "found a way", "saw fit"."""
    if lemma not in _idiom_openings():
        return False  # "say": no idiom opens with the cue
    following = IDIOM_WORD.match(text, position, near(position, end))
    if following is None:
        return False
    word = following.group("word").lower()
    if f"{lemma} {word}" in frames().idioms:
        return not _named_plural(text, word, following.end(), end)
    determiner = following.group("determiner")
    if determiner is not None and f"{lemma} {determiner.lower()} {word}" in frames().idioms:
        return True  # "called a meeting", while "called the meeting a farce" names it
    # "stood by the pier": the particle, then the word after it
    after = IDIOM_WORD.match(text, following.end(), near(following.end(), end))
    if after is None:
        return False
    counted = determiner is None and word in frames().quantifiers and after.group("determiner") is None
    if counted and f"{lemma} {after.group('word').lower()}" in frames().idioms:
        # "called three witnesses": a counted noun, as "called witnesses"
        return not _named_plural(text, after.group("word"), after.end(), end)
    if f"{lemma} {word} {after.group('word').lower()}" not in frames().idioms:
        return False
    if not following.group("word").islower():
        return True  # "seeking the White House raced …": a capitalised name of two words, the verb after it is another's
    # "stood by the boat", not "stands by the boat plan": no noun after the place
    modified = NEXT_WORD.match(text, after.end(), near(after.end(), end))
    return modified is None or not modified.group(1).islower() or modified.group(1) in frames().prepositions \
        or modified.group(1) in PLACE_FOLLOWERS


def _named_plural(text: str, noun: str, position: int, end: int) -> bool:
    """"called elections a waste", "called two meetings a farce": a plural noun of an idiom with "a" or "an" after it
    is named, not the idiom's act."""
    return noun.endswith("s") and PREDICATE_AHEAD.match(text, position, near(position, end)) is not None


def interview_question(text: str, start: int) -> bool:
    """The sentence is in a transcript's question ("Q: Do you think the pier is safe?"): its words are quoted."""
    window = max(0, start - 400)
    line = text.rfind("\n", window, start)
    return (line >= 0 or window == 0) and text.startswith("Q:", line + 1)


def is_year(word: str) -> bool:
    """Four digits from 1900 to 2099: "in 2015 pledged" may go on to a verb."""
    return len(word) == 4 and word.startswith(("19", "20"))
