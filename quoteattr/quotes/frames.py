"""Compiled patterns for the parts of an attribution frame.

Built once from the word lists in ``quoteattr/data``: the auxiliary chain
before a cue, adverbials between cue and content, the words that bound a
source noun phrase. Each helper reads a window of the text around one cue,
so the work per cue is bounded and the whole scan stays linear.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

import regex
from attrs import frozen

from ..lexicon import load_lines, load_table, load_words
from .cues import cue_lexicon, plural

__all__ = ["MERIDIEM", "EndAnchored", "Frames", "alternation", "auxiliary_chain", "channel_phrase", "cue_past_form", "document_participle_end", "frames", "looks_past", "near", "past_adverbials", "reduced_passives",
           "spaced", "weekday_alternation"]

NEAR = 240  # characters an anchored pattern may read past its start
OPENING_CLAUSE = regex.compile(r"[^.!?“”\"]*,[ \t]+\Z")  # "Asked if he feared the sack, " before the subject
MERIDIEM = r"(?:\s*(?:[ap]\.m\.|[ap]m\b))?"  # after a clock time, perhaps: " a.m.", "pm"


def near(position: int, end: int) -> int:
    """The end of a bounded window: anchored patterns never scan the rest of a long sentence."""
    return min(end, position + NEAR)


def looks_past(word: str) -> bool:
    """A lower-cased word in "-ed" or in ``irregular_verbs.txt``: "warned", "said", "cast"; what a past form looks like,
    not telling it from an adjective ("frayed") or a participle."""
    return word.endswith("ed") or word in frames().irregular_verbs


@functools.cache
def reduced_passives() -> frozenset[tuple[str, str]]:
    """The cues of `cues_passive_clause.txt` with a word after them that no active use takes without an object
    first, so their participle before it is a passive even with no "is": ("accuse", "of"), ("charge", "with"),
    ("criticize", "for")."""
    return frozenset((lemma.lower(), word) for lemma, word in load_table("cues_passive_clause.txt")
                     if word in ("of", "with", "for"))


def cue_past_form(word: str) -> bool:
    """A lower-cased cue form that is a finite past: "said", "warned"; not "says" or "say"."""
    return word in cue_lexicon().finite_forms and looks_past(word)


def end_before(text: str, start: int, end: int, skip: str | None = None) -> int:
    """Where ``text[start:end]`` ends without the characters of ``skip`` (white space when ``skip`` is None) at its
    end; read backward from ``end``, so a check made at every cue of a long text does not copy the text up to it."""
    position = end
    while position > start and (text[position - 1].isspace() if skip is None else text[position - 1] in skip):
        position -= 1
    return position


def tail_before(text: str, start: int, end: int, size: int = 3) -> str:
    """The last ``size`` characters of ``text[start:end]`` before the white space at its end, however long that
    is: '“…,”   said' ends in ',”' before the cue as '“…,” said' does."""
    stop = end_before(text, start, end)
    return text[max(start, stop - size):stop]


def last_char_before(text: str, start: int, end: int, skip: str | None = None) -> str:
    """The last character of ``text[start:end]`` not in ``skip`` (not whitespace when ``skip`` is None), "" when
    there is none."""
    position = end_before(text, start, end, skip)
    return text[position - 1] if position > start else ""


def past_adverbials(text: str, position: int, end: int) -> int:
    """Where the adverbials from ``position`` on ("on Sunday", "last week") end, within ``end``; a document's
    participle phrase goes with the adverbial naming it ("in a letter dated March 2")."""
    pattern = frames().adverbial_after
    while (adverbial := pattern.match(text, position, near(position, end))) is not None:
        position = adverbial.end()
        if (described := _document_participle().match(text, position, near(position, end))) is not None:
            position = described.end()
        elif (adverbial.group().split()[-1].lower() in frames().written_works
              and (work := _work_name().match(text, position, near(position, end))
                   or _bare_work_name().match(text, position, near(position, end))) is not None):
            # "wrote in her book “Harbour Days” that …", "in her book Tides of Lyme that …": the work's name goes
            # with it
            position = work.end()
    return position


@functools.cache
def _work_name() -> regex.Pattern:
    """A work's name in quotation marks right after the noun naming it, with words after it: up to six words, each
    capitalised or a short word of a title ("“Harbour Days”", "“The Last of the Ferries”"); not "“The Pier Is
    Safe.”" closing the sentence, what the work says."""
    word = r"(?-i:\p{Lu}[\p{L}\p{N}'’&\-]*)"
    return regex.compile(r",?\s+(?:[“\"]|'')" + word + r"(?:\s+(?:" + word
                         + r"|(?-i:of|the|and|a|an|in|on|at|for|to|with)\b)){0,5},?(?:[”\"]|'')(?![\p{L}\p{N}]),?(?=\s+\p{L})")


@functools.cache
def _bare_work_name() -> regex.Pattern:
    """A work's name with no quotation marks right after the noun naming it, perhaps after "titled", "entitled" or
    "called", up to six words, each capitalised or a short word of a title, then "that": "Tides of Lyme" in "in her
    book Tides of Lyme that …", "titled The Last Ferry" in "in an essay titled The Last Ferry that …"."""
    word = r"(?-i:\p{Lu}[\p{L}\p{N}'’&\-]*)"
    return regex.compile(r",?\s+(?:(?:titled|entitled|called)\s+)?" + word + r"(?:\s+(?:" + word
                         + r"|(?-i:of|the|and|a|an|in|on|at|for|to|with)\b)){0,5},?(?=\s+that\b)")


@functools.cache
def _document_participle() -> regex.Pattern:
    """"dated March 2", "released on Monday" (document_participles.txt): up to six words with no subject pronoun
    or auxiliary, then "that", a comma or the end of the sentence; not "released on Monday he would resign"."""
    return regex.compile(r"\s+(?:" + alternation(load_words("document_participles.txt")) + r")"
                         r"(?:\s+(?!(?:that|he|she|they|it|we|I|would|will|was|is|were|are|had|has|have|could)\b)"
                         r"[\p{L}\p{N}.'’\-]+){1,6}?(?=\s+that\b|\s*[,.;!?]|\s*\Z)")


def document_participle_end(text: str, position: int, end: int) -> int | None:
    """Where a participle of document_participles.txt and its few words right at ``position`` end, before
    "that", a comma or the sentence's end: "published on Tuesday" in "According to the study, published on
    Tuesday, …"; None when no such participle opens there."""
    described = _document_participle().match(text, max(0, position - 1), near(position, end))
    return described.end() if described is not None and described.start() < position else None


@frozen(eq=False)
class EndAnchored:
    """A pattern ending in ``\\Z``, searched for in a window that ends where it must match.

    A forward search tries the pattern at every offset of the window; its
    reverse twin makes one attempt from the end, and settles whether there is a
    match at all (or a shorter pattern that any match must end with). Only then
    is the forward search run, for the leftmost match. The twin is matched, not
    searched for: a reverse search would go on trying every offset down to the
    window's start, each failing at once on ``\\Z``, while a reverse match is
    anchored at the window's end, where every match of the twin ends.
    (No atomic groups or possessive quantifiers: read backwards, they could match
    where the forward pattern cannot.)
    """

    forward: regex.Pattern
    reverse: regex.Pattern

    @classmethod
    def of(cls, pattern: str, flags: int = 0) -> "EndAnchored":
        return cls(regex.compile(pattern, flags), regex.compile(pattern, flags | regex.REVERSE))

    @property
    def pattern(self) -> str:
        return self.forward.pattern

    def search(self, text: str, start: int, end: int) -> regex.Match | None:
        if self.reverse.match(text, start, end) is None:
            return None
        return self.forward.search(text, start, end)


def auxiliary_chain(text: str, start: int, end: int) -> regex.Match | None:
    """The aux/adverb chain ending at ``end`` ("has already", "would not"), starting at ``start`` or later.

    Most cues have none: its last word, sought from the end in one attempt,
    answers that before the chain pattern is tried at every offset.
    """
    return frames().auxiliary_before.search(text, start, end)


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first (then alphabetical, so the pattern is the same every run)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def spaced(phrases: Iterable[str]) -> str:
    """An alternation of phrases (see ``alternation``) in which each space matches any run of white space."""
    return alternation(phrases).replace("\\ ", r"\s+")


def prefix_alternation(words: Iterable[str]) -> str:
    """The same alternation as ``alternation`` with shared beginnings read once ("point(?:ing|s)"), for a
    case-insensitive pattern of many lower-case words: the engine tries each branch of a flat alternation in turn,
    so a list of hundreds costs hundreds of attempts at every offset. A longer word is still tried before a word
    it begins with, so the pattern matches what the flat alternation does."""
    tree: dict = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    """The pattern of one node of ``prefix_alternation``'s tree: its longer words first, then its end, if a word
    ends there."""
    longer = [regex.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not longer:
        return ""
    joined = longer[0] if len(longer) == 1 else "(?:" + "|".join(longer) + ")"
    return f"(?:{joined})?" if "" in node else joined


@frozen(eq=False)
class Frames:
    """The patterns; one shared instance (see ``frames()``)."""

    auxiliary_before: EndAnchored        # aux/adverb chain ending at the cue; its last word alone read from the end
    headline_auxiliary_before: regex.Pattern  # the same in any case, for title-case headlines
    adverbial_after: regex.Pattern       # one adverbial at the start of a window
    content_stop: regex.Pattern          # ", in a sign that" and the like
    word_before: regex.Pattern
    auxiliaries: frozenset[str]
    subject_breaks: frozenset[str]  # auxiliaries that end a subject read leftwards
    negations: frozenset[str]
    noun_markers: frozenset[str]
    boundaries: frozenset[str]
    pronouns: frozenset[str]
    bare: frozenset[str]
    infinitive: frozenset[str]
    object: frozenset[str]
    object_possessed: frozenset[str]  # "stated his intention to …": an object only after a possessive
    noun_ambiguous: frozenset[str]
    particles: dict[str, regex.Pattern]
    to_particles: dict[str, regex.Pattern]  # "(nothing bad) to say about": only right after "to"
    light_nouns: dict[str, frozenset[str]]  # "make" -> "comment", "comments", …
    light_noun_said: frozenset[str]  # "make": its noun is what was said ("made those comments")
    light_noun_settings: frozenset[str]  # "in", "during": the writer's setting after such a noun
    light_noun_occasions: frozenset[str]  # "his", "the": "made his remarks" names the act, says nothing
    singular_subjects: frozenset[str]
    plural_subjects: frozenset[str]
    be_forms: frozenset[str]
    adjectives: frozenset[str]           # "is convinced that", "was eager to"
    after_would: frozenset[str]          # "would like to"
    advice_after_may: frozenset[str]     # "may want to": advice, no report
    before_to: frozenset[str]            # "aims to": a cue only before "to"
    enlisting: frozenset[str]            # "signed up to crew": a cue only before "up" or "on", "to" and a verb
    verbal_auxiliaries: frozenset[str]
    irregular_verbs: frozenset[str]
    subject_openers: frozenset[str]
    head_prepositions: frozenset[str]
    stance_before_to: frozenset[str]
    participle_openers: frozenset[str]
    gerund_act_nouns: frozenset[str]   # "made a point of saying": the gerund after "of" is the subject's act
    label_stopwords: frozenset[str]
    weekdays: frozenset[str]
    addressee: frozenset[str]
    addressee_optional: frozenset[str]
    wh_cues: frozenset[str]
    wh_after_listener: frozenset[str]  # "told the skippers why …": a question once a listener is named
    question_words: frozenset[str]
    withheld_question_words: frozenset[str]  # "did not say whether …": a question left unanswered
    passive_clause: dict[str, regex.Pattern]  # lemma -> the word that must follow its passive
    gerund_subjects: frozenset[str]
    seeming: frozenset[str]
    negated_silent: frozenset[str]
    negated_passive_silent: frozenset[str]  # "was not confirmed by the board": silent in the passive too
    silent_replies: frozenset[str]
    passive_subject: frozenset[str]
    passive_predicate: frozenset[str]  # "is considered a landmark": the subject and its predicate
    seeming_subjects: frozenset[str]
    utterance: frozenset[str]
    object_with_predicate: frozenset[str]
    naming: frozenset[str]
    object_as: frozenset[str]
    as_predicate: frozenset[str]  # object_as and "describe": "described the council on Tuesday as …"
    bare_if_person: frozenset[str]
    bare_subject_first: frozenset[str]  # "added the pier was safe"; not "added trucks"
    bare_finite_subject: frozenset[str]  # "stated the pier was unsafe"; not "maintained a lead", nor "stated their interest"
    subjunctive: frozenset[str]  # "suggested he resign", "insisted the council not raise the toll"
    subjunctive_noun: frozenset[str]  # "urged the council delay the toll": a noun phrase and a plain verb
    inanimate_heads: frozenset[str]
    shell_nouns: frozenset[str]
    found_objects: frozenset[str]
    found_places: frozenset[str]
    seeing_settings: frozenset[str]
    speaker_stances: frozenset[str]  # "said Mr Reyl, a skipper who backs the toll": who the speaker is
    collective_nouns: frozenset[str]
    contest_object: frozenset[str]  # "is challenging Mr Reyl for the seat": a contest
    person_act_object: frozenset[str]  # "Mr Reyl embraced him": an act toward a person, no view
    object_reason: frozenset[str]  # "hit Ms Varga for raising the toll": someone and a reason
    with_partner: frozenset[str]  # "discussed the toll with the skippers": "with" names the other party
    backing: frozenset[str]  # "supported Ms Varga in Lyme": where the backing was counted follows the name
    audience_nouns: frozenset[str]  # "addressed the convention": the listeners
    written_works: frozenset[str]  # "wrote a children's book": a work, not what it says
    prepositions: frozenset[str]
    leading_phrase_openers: frozenset[str]
    noun_phrase_stops: frozenset[str]  # words a noun phrase read leftwards stops at (see sources.noun_phrase_before)
    subordinators: frozenset[str]
    sentence_adverbs: frozenset[str]
    declining_before_to: frozenset[str]
    perceiving: frozenset[str]  # "after seeing the sign": a thought cue that, after a preposition, is sight
    causing_before_object: frozenset[str]  # "led some skippers to wonder"
    intransitive_particles: frozenset[str]  # "go on": lemma and particle
    person_particles: frozenset[str]  # "go after": lemma and particle, then someone or what is theirs
    listener_particles: frozenset[str]  # "call on": lemma and particle, then a listener and an infinitive
    clause_particles: frozenset[str]  # "make it clear": lemma and particle, then a bare clause or an object
    object_particles: frozenset[str]  # "vote down": a cue only with its adverb particle, then the thing rejected
    progressive_particles: frozenset[str]  # "look for": lemma and particle, a cue only in the progressive
    authored_documents: frozenset[str]
    issuing_verbs: frozenset[str]
    idioms: frozenset[str]  # "find himself": lemma and the word after it
    particle_required: frozenset[str]  # "spoke" alone reports nothing, "spoke of" does
    quantifiers: frozenset[str]  # "two", "other": the word after them is a noun
    plural_noun_adjectives: frozenset[str]  # "political", "central": an -s form after them is a plural noun
    noun_uses: frozenset[str]  # "talk show": the word before and the cue form, a noun
    adverb_uses: frozenset[str]  # "dates back": the word before and the cue form, an adverb
    used_forms: frozenset[str]  # the cue forms of noun_uses and adverb_uses, to look up the word before only for them


@functools.cache
def channel_phrase() -> str:
    """The pattern of a person the source speaks through: "through a spokesman", "via her lawyer"."""
    channels = "|".join(r"\s+".join(regex.escape(word) for word in line.split())
                        for line in sorted(load_lines("channel_nouns.txt"), key=lambda line: (-len(line), line)))
    return r"(?:through|via)\s+(?:a|an|his|her|their|its)\s+(?:" + channels + r")\b"


YEAR = r"(?:1[89]|20)\p{N}\p{N}(?!\p{N})"  # "in 2012", "back in 1998"


def time_count(*, digits: bool = True) -> str:
    """A count of time units as a pattern: a phrase of ``time_counts.txt`` ("two", "a few"), each space any run of
    white space, or, with ``digits``, a number ("10")."""
    counts = alternation(load_lines("time_counts.txt")).replace("\\ ", r"\s+")
    return r"(?:\p{N}+|" + counts + r")" if digits else r"(?:" + counts + r")"


def time_unit() -> str:
    """A unit of ``time_units.txt`` as a pattern: "days", "a week" counts its "week"."""
    return r"(?:" + alternation(load_words("time_units.txt")) + r")"


def _adverbial_pattern() -> regex.Pattern:
    days = weekday_alternation()
    months = alternation(sorted(load_words("months.txt")))
    # a month may carry its day, abbreviated in wire copy: "said Jan. 5 that", "said on May 12th that"
    # a number after it that is no day is a year, or what was said ("said May 2020 was wet"): no adverbial
    month = r"(?:" + months + r")(?:\s+\p{N}{1,2}(?:st|nd|rd|th)?(?![\p{L}\p{N}])|(?!\s+\p{N}))"
    # "two years ago", "a week later", "back in 2012"
    counts, units = time_count(), time_unit()
    # an abbreviation's last point: "in D.C. that", "in the U.S. whether"; not "the U.S. consulate", a noun's modifier
    capitalised = (r"(?:(?:\p{Lu}\.){2,}(?=\s+(?:\p{Lu}|\p{N}|(?:that|whether|if|why|how|what|when|where|to|on|in|at"
                   r"|about|for|with|by|from|last|this|over|after|before|and|or|but)\b))"
                   # a title's abbreviation before the name it goes with: "to Mr. Reyl", "of Gov. Tom Reyl"
                   r"|(?:" + alternation(sorted(load_words("abbreviations.txt"))) + r")\.(?=\s+\p{Lu})"
                   r"|\p{Lu}(?:[\p{L}\p{M}&\-]|[.'’](?=\p{L}))*(?:(?<=s)['’](?=\s))?)")  # "Lyme", "Ms Reyes’ office"
    org = r"(?:the\s+)?(?:" + capitalised + r"|\p{N}+)(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?(?:" + capitalised + r"|\p{N}+))*"
    # a programme's quoted title may follow its outlet's possessive: "on Harbour FM's “Meet the Skippers”"
    org += r"(?:(?<=['’]s|s['’])\s+(?:“[^“”\n]{1,60}”|\"[^\"\n]{1,60}\"|''[^'\n]{1,60}''))?"
    # a name may stand before its own noun, or two words, when a clause's "that" follows: "in the Gazette interview
    # that", "to Ms Varga's office that", "on Harbour FM's morning show that"; not "in the Gazette interview that
    # aired on Monday", a relative
    org += (r"(?:(?:\s+\p{Ll}+){1,2}(?=\s+that\s+(?!(?:is|was|are|were|has|have|had|would|will)\b|\p{Ll}+(?:ed|s)\b))"
            # "on Harbour FM's morning show the pier was …": after a possessive, its noun before a bare clause
            r"|(?<=['’]s)(?:\s+\p{Ll}+){1,2}?(?=\s+(?:the|a|an|he|she|it|they|we|I|his|her|its|their|there)\s))?")
    # a clock time, its minutes after a colon or a point and "a.m." or "pm" after it: "10", "10:15", "9.30pm"
    clock = r"\p{N}{1,2}(?:[:.]\p{N}{2})?" + MERIDIEM + r"(?![\p{L}\p{N}%])"
    # a name that is the modifier of a lower-case noun closing the clause is no adverbial of its own: "posted on the
    # Gazette site." names the site
    org += r"(?!(?:\s+\p{Lu}[\p{L}\p{M}&\-]*)*\s+\p{Ll}{2,}(?<!ly)\s*(?:[.;!?]|\Z))"
    phrases = []
    for line in sorted(load_lines("adverbials.txt"), key=len, reverse=True):
        parts = [regex.escape(p) for p in line.split()]
        # a day or month is no possessive: "called November's vote a disgrace" names the vote
        pattern = (r"\s+".join(parts).replace("DAY", f"(?:{days})(?!['’]s\\b)")
                   .replace("MONTH", month + r"(?!['’]s\b)").replace("ORG", org)
                   .replace("TIME", clock))
        phrases.append(pattern)
    phrases.append(r"\p{Ll}+ly(?=\s+that\b)")  # "said privately that", "argued convincingly that"
    phrases.append(r"(?:this|that|another)\s+way(?=\s*:)")  # "put it this way: …"; not "said this way was faster"
    # "said two years ago that", "recognized long ago that", "wrote back in 2012 that": a time gone by before "that"
    phrases.append(r"(?:(?:" + counts + r"\s+)?" + units + r"\s+(?:ago|later|earlier)|(?:not\s+)?long\s+ago"
                   r"|(?:back\s+)?in\s+" + YEAR + r")(?=\s+that\b)")
    phrases.append(channel_phrase())  # "said through a spokesman that"
    # "announced shortly after midnight", "said soon after the count that": a time near an event, up to three words
    phrases.append(r"(?:" + alternation(sorted(load_words("event_time_leads.txt"))) + r")\s+(?:after|before)"
                   r"(?:\s+[\p{L}\p{N}.'’\-]+){1,3}?(?=\s*[,.;!?]|\s*\Z|\s+that\b)")
    # "said as she left the court that", "said while touring the pier that": a short time clause before "that"
    leads = alternation(sorted(load_words("time_clause_leads.txt")))
    pronouns = alternation(sorted(load_words("source_pronouns.txt")))
    phrases.append(r"(?:" + leads + r")\s+(?:(?i:" + pronouns + r")|\p{Ll}+ing)(?:\s+[\p{L}\p{N}.'’\-]+){1,5}?(?=\s+that\b)")
    # after a comma a connective is set off ("said, though, that") or opens the writer's clause ("said, though
    # experts disagreed")
    connectives = alternation(sorted(load_words("connective_adverbials.txt")))
    set_off = r",\s+(?:" + connectives + r")(?=\s*(?:[,.;:!?—“\"‘]|that\b|\Z))"
    return regex.compile(r"(?:" + set_off + r"|(?:,\s+(?!(?:" + connectives + r")\b)|\s+)(?:" + "|".join(phrases)
                         + r"))(?![\p{L}\p{N}]|['’]s\b)")  # "praised last week's vote": a possessive, no adverbial


# an adverb in -ly between a passive and the word after it: "was portrayed simply as …", "is seen chiefly as …"
PASSIVE_ADVERB = r"(?:\s+\p{Ll}{2,}ly(?=\s))?"


def _passive_clause_pattern() -> dict[str, regex.Pattern]:
    by_lemma: dict[str, list[str]] = {}
    for lemma, word in load_table("cues_passive_clause.txt"):
        by_lemma.setdefault(lemma.lower(), []).append(word)
    # "to" opens an infinitive, not a place or person: "was shown to be unsafe", not "was shown to the office";
    # "the" a role, not a time: "was named the harbour master", not "was named the next morning"
    # nor a question word ("is not known to what extent"), nor a plural or a group of listeners ("was shown to
    # voters", "is well known to police"): an infinitive's verb ends in -s only as -ss or -us ("to discuss", "to focus")
    determiner = (r"(?!(?i:to\s+(?:" + alternation(load_words("source_determiners.txt", lower=True)
                                                   | load_words("question_words.txt", lower=True)
                                                   | load_words("nouns_collective.txt", lower=True)) + r"))\b"
                  r"|to\s+\p{Ll}+(?<![su])s\b"
                  r"|to\s+\p{Lu})")  # nor a name after a lower-case "to": "is said to Ms Varga"
    time = r"(?!the\s+(?:\p{Ll}+\s+)?(?:" + alternation(load_words("time_nouns.txt")) + r")\b)"
    # the word may open a quotation: "was described as “a disgrace”"; an adverb may come first: "was portrayed
    # simply as …"
    return {lemma: regex.compile(PASSIVE_ADVERB + r"\s+" + determiner + time + r"(?:" + alternation(words)
                                 + r")\s+(?:[“\"‘]|'')?\p{L}")
            for lemma, words in by_lemma.items()}


def _by_lemma(name: str) -> dict[str, list[str]]:
    """A table of ``lemma particle…`` rows as each lemma's particles: "call" -> ["for"]."""
    by_lemma: dict[str, list[str]] = {}
    for lemma, *particle in load_table(name):
        by_lemma.setdefault(lemma, []).append(" ".join(particle))
    return by_lemma


def _light_nouns() -> dict[str, frozenset[str]]:
    """The nouns each light verb joins, plurals included: "make" -> "comment", "comments", "apologies", …."""
    nouns: dict[str, set[str]] = {}
    for lemma, noun in load_table("cue_light_verbs.txt"):
        nouns.setdefault(lemma, set()).update((noun, plural(noun)))
    return {lemma: frozenset(words) for lemma, words in nouns.items()}


def _particle_words(words: list[str]) -> str:
    """A lemma's particles as one alternation, longest first; a time may stand before the last word of a particle of
    several ("pleaded guilty in May to", "spoke out on Monday against"), never inside a particle of one word."""
    # the pattern runs case-insensitively: a time's month or weekday matches in any case, as the particle does
    time = (r"(?:\s+(?:(?:on\s+)?(?:" + weekday_alternation() + r")|in\s+(?:" + alternation(load_words("months.txt"))
            + r")(?:\s+\d{4})?|last\s+(?:week|month|year)))?")
    # a manner may stand after the first word of a particle of several ("came out strongly against", "lashed out
    # angrily at")
    manner = r"(?:\s+\p{Ll}+ly)?"
    return "|".join(regex.escape(particle.split()[0]) + manner
                    + "".join(r"\s+" + regex.escape(word) for word in particle.split()[1:-1]) + time + r"\s+"
                    + regex.escape(particle.split()[-1]) if " " in particle else regex.escape(particle)
                    for particle in sorted(set(words), key=lambda particle: (-len(particle), particle)))


def _particles(prepositions: frozenset[str], light_nouns: dict[str, frozenset[str]]) -> dict[str, regex.Pattern]:
    patterns = {lemma: _particle_words(words) for lemma, words in _by_lemma("cue_particles.txt").items()}
    phrasal_only = cue_lexicon().phrasal_only
    joined = r"\s+(?:" + alternation(prepositions | {"of"}) + r")"  # "made no mention of"
    owned_noun = load_words("light_verbs_owned_noun.txt")
    # "expressed her support for the toll": the owned noun is what was expressed, not part of the cue
    not_owned = r"(?!(?:" + alternation(load_words("possessive_determiners.txt", lower=True)) + r")\s)"
    # "signalled that its support for the plan was waning": "that" opens the clause, no determiner of the noun
    no_clause = r"(?!that\s+(?:" + alternation(load_words("possessive_determiners.txt", lower=True) | {"the", "a", "an"}) + r")\s)"
    for lemma, words in light_nouns.items():  # "made repeated comments about", "made no mention of"
        # a cue on its own keeps its noun as the object unless a preposition or "that" follows:
        # "expressed concern about the pier", "expressed concern that …"; but "expressed concern."
        after = f"(?:{joined})?" if lemma in phrasal_only else rf"(?:{joined}|(?=\s+that\b))"
        light = ((not_owned if lemma in owned_noun else "") + no_clause + r"(?:[\p{L}\-]+\s+){0,3}?(?:" + alternation(words)
                 + r")" + after)
        patterns[lemma] = patterns[lemma] + "|" + light if lemma in patterns else light
    # "agreed to a new deal": a particle only before a determiner, a possessive or a number, not an infinitive's "to"
    noun_next = r"(?=\s+(?:" + alternation(load_words("possessive_determiners.txt", lower=True)
                                           | {"the", "a", "an", "this", "these", "those"}) + r"|\$?\d)\b)"
    for lemma, words in _by_lemma("cue_particles_before_noun.txt").items():
        before_noun = "|".join(regex.escape(word) + noun_next for word in words)
        patterns[lemma] = patterns[lemma] + "|" + before_noun if lemma in patterns else before_noun
    for lemma, noun, *only in load_table("cue_light_verbs_clause.txt"):  # "made a strong case to the council that"
        # a row ending in "that" takes no "for": "made the charge that …", never "made charges for parking"
        light = (no_clause + r"(?:[\p{L}\-]+\s+){0,3}?(?:" + alternation((noun, plural(noun))) + r")"
                 + (r"(?:" if only == ["that"] else r"(?:\s+for|")
                 + r"(?=\s+that\b|\s+to\s+(?:[^\s,;:.!?“”\"()]+\s+){1,8}?that\b))")
        patterns[lemma] = patterns[lemma] + "|" + light if lemma in patterns else light
    return {lemma: regex.compile(r"\s+(?:" + pattern + r")\b", regex.IGNORECASE) for lemma, pattern in patterns.items()}


def _to_particles() -> dict[str, regex.Pattern]:
    return {lemma: regex.compile(r"\s+(?:" + alternation(words) + r")\b", regex.IGNORECASE)
            for lemma, words in _by_lemma("cue_particles_after_to.txt").items()}


def weekday_alternation() -> str:
    """The weekday names as one regex alternation, for patterns built at import."""
    return alternation(sorted(load_words("weekdays.txt")))


def forum_or_day() -> str:
    """A platform of `person_object_forums.txt` or a weekday, perhaps after a possessive or "the", as pattern text
    for the words after "on": "Facebook", "his Twitter page", "Monday"."""
    return (r"(?:(?:his|her|its|their|the)\s+)?(?:" + alternation(load_lines("person_object_forums.txt")) + "|"
            + weekday_alternation() + ")")


ADVERB_YET = r"(?<=(?:\bnot|\bnever|n[’']t|\bhas|\bhave|\bhad)\s+)yet"
# a quantifier floated after an auxiliary belongs to the chain: "are all seen as", "have both argued",
# "has always maintained", "does not always reject"
FLOATED = (r"(?<=\b(?:are|were)\s+)(?:both|all)"
           r"|(?<=\b(?:have|had|has|will|would|can|could|did|do|does|may|might|should|must)\s+(?:not\s+)?)"
           r"(?:both|all|each|always)")
# a degree word after "be" belongs to the chain: "is best known for", "are well aware of"; also after an adverb
# that follows "be" (``degree_after_be``): "is perhaps best known for", "is probably best known as"
DEGREE_AFTER_BE = r"(?<=\b(?:is|are|was|were|be|been|being)\s+{adverb})(?:best|well|better)"


def degree_after_be(adverb_ly: str) -> str:
    """``DEGREE_AFTER_BE`` as pattern text, with at most one adverb between "be" and the degree word: a chain
    adverb of ``cue_auxiliaries.txt`` that is no verb ("perhaps", "also", "still") or a word in -ly."""
    adverbs = (load_words("cue_auxiliaries.txt", lower=True) - load_words("be_forms.txt", lower=True)
               - load_words("verbal_auxiliaries.txt", lower=True))
    return DEGREE_AFTER_BE.replace("{adverb}", r"(?:(?:" + alternation(sorted(adverbs)) + "|" + adverb_ly + r")\s+)?")
# a modal's adverb of likelihood, time or preference belongs to the chain: "may well endorse", "will soon back",
# "would rather vote for"
ADVERB_AFTER_MODAL = r"(?<=\b(?:will|would|may|might|can|could|should|must)\s+)(?:well|soon|rather)"


def _demonstrative_head() -> str:
    """After ", but that": a lower-case singular word (no -s) that is no pronoun, quantifier or negation, then
    "was", "is" or "has": "that" is its determiner and a new clause begins ("…, but that group was small"), not a
    second clause of what was said ("…, but that it was late", "…, but that nothing was done")."""
    words = ({line.split()[0] for line in load_lines("pronouns.txt")} | load_words("thing_pronouns.txt", lower=True)
             | load_words("pro_form_subjects.txt", lower=True) | load_words("negations.txt", lower=True)
             | load_words("negatable_quantifiers.txt", lower=True) | load_words("quantifier_subjects.txt", lower=True)
             | {"this", "there"})
    return r"\s+(?!(?:" + alternation(sorted(words)) + r")\b)(?-i:\p{Ll}{3,})(?<!s)\s+(?-i:was|is|has)\b"


@functools.cache
def frames() -> Frames:
    auxiliaries = load_words("cue_auxiliaries.txt")
    aux = alternation(sorted(auxiliaries))
    prepositions = load_words("prepositions.txt", lower=True)
    lists = dict(pronouns=load_words("source_pronouns.txt", lower=True),
                 boundaries=load_words("clause_boundaries.txt", lower=True),
                 negations=load_words("negations.txt", lower=True),
                 be_forms=load_words("be_forms.txt", lower=True))
    light_nouns = _light_nouns()
    after_would = frozenset(row[0].lower() for row in load_table("cues_after_would.txt"))  # "would like to"
    # "the family said": a noun in -ly is no adverb of the chain
    adverb_ly = rf"(?!(?:{alternation(load_words('nouns_in_ly.txt', lower=True))})\s)\p{{Ll}}{{3,}}ly"
    # "Ms Varga a week later announced": "later" after a span of time_units.txt tells when, no adverb of the chain
    units = alternation(load_words("time_units.txt", lower=True))
    span_adverb = rf"(?!(?<=\b(?:{units})\s+)(?:later|earlier)\b)"
    chain_word = rf"(?<![\p{{L}}’']){span_adverb}(?:{aux}|{ADVERB_YET}|{FLOATED}|{degree_after_be(adverb_ly)}|{ADVERB_AFTER_MODAL}|{adverb_ly}|\p{{Ll}}{{2,}}n[’']t|cannot)\s+"
    return Frames(
        # lower case only: "“…,” Will wrote" has a name, not an auxiliary
        # "didn't", "can’t": a contracted negation belongs to the chain too
        # "has not yet responded", "hasn’t yet endorsed": "yet" after a negation or "has" is an adverb of the chain
        auxiliary_before=EndAnchored(regex.compile(rf"(?:{chain_word}){{1,4}}\Z"), regex.compile(rf"(?r){chain_word}\Z")),
        # a headline capitalises its chain: "Ms Varga Just Revealed …", "Mr Reyl Has Said …"
        headline_auxiliary_before=regex.compile(rf"(?:(?<![\p{{L}}’'])(?:{aux}|{ADVERB_YET}|\p{{L}}{{3,}}ly|\p{{L}}{{2,}}n[’']t|cannot)\s+){{1,4}}\Z",
                                                regex.IGNORECASE),
        adverbial_after=_adverbial_pattern(),
        # ", but that …" goes on with what was said: "said the plan was late, but that it would pass";
        # so does ", but" before the clause's second verb: "said the plan was fair, but would cost more"
        # and before quoted words a few words ahead with no "that" of another report: ", but the council gives “excuses”";
        # and ", a “waste”" goes on a list of quoted words: "said the plan is a “folly,” a “waste” and a “mistake”"
        # ", but that group was small" ends it, "that" a determiner before a singular noun and its verb
        content_stop=regex.compile(r";|,(?:''|[”\"’'])?\s+(?!but\s+(?:that\b(?!" + _demonstrative_head() + r")|[“\"‘]|(?:(?!that\b)[^.!?;:“”\"‘’,]){1,80}?\s(?:[“\"‘]|'')|(?-i:"
                                   + alternation(load_lines("but_continuations.txt")) + r"|\p{Ll}+ed)\b))"
                                   r"(?!(?:a|an)\s+(?:[“\"‘]|''))"
                                   # a cue's participle ends it (", adding"); another goes on with what was said:
                                   # "said the fund grew, bringing its total to …"; a base form in -ing is no participle:
                                   # "said they would shut the pier, bring back the ferry and …"
                                   r"(?:(?!(?:" + alternation(list(load_lines("content_gerunds.txt")))
                                   + r")\b)(?:" + prefix_alternation(f for f, (lemma, _) in cue_lexicon().forms.items()
                                                                        if f.endswith("ing") and f != lemma)
                                   + r")\b|(?:" + prefix_alternation(load_lines("content_stops.txt")) + ")"
                                   # "told reporters the council was united, before leaving for Lyme": the subject's act
                                   + r"|before\s+\p{Ll}{2,}ing"
                                   # "with 31 percent of skippers telling the Gazette they would back her, Mr Reyl at 20 percent …": the next standing
                                   + r"|(?:former\s+)?(?-i:\p{Lu})[\p{L}.’'\-]*(?:\s+[\p{L}.’'\-]+){0,6}?\s+at\s+\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)"
                                   # "said the toll was unfair, as she has for months": an "as" clause whose verb is left
                                   # out after its auxiliary, the writer's note that the source said so before
                                   + r"|as\s+(?:he|she|they|we|I)\s+(?:has|have|had|did|does|do)\b(?!\s+(?:not\s+)?\p{Ll}+ed\b)"
                                   # "said pay was too low, and about 200 of them (of its members) marched": a crowd's act
                                   + r"|and\s+(?:(?:" + alternation(list(load_lines("source_approximators.txt")))
                                   + r")\s+)?(?:\d[\d,]*|" + alternation(list(load_lines("quantifiers.txt")))
                                   + r")(?:\s+of\s+(?:them|(?:its|their|the)\s+\p{Ll}+s)|\s+\p{Ll}+s)?\s+(?:"
                                   + alternation(list(load_lines("crowd_acts.txt"))) + r")"
                                   + r")\b"
                                   # "said he would cut the toll — a move that angered skippers": the writer's comment
                                   # on it after a lone dash; not a dash aside that closes again
                                   r"|\s(?:[—―–]|--?)\s+(?=(?:a|an)\s+(?:[\p{L}\-]+\s+){0,2}?(?:"
                                   + alternation(list(load_lines("shell_nouns.txt"))) + r")\b)"
                                   r"(?![^.!?—―–]{0,300}?(?:[—―–]|\s--?\s))",
                                   regex.IGNORECASE),
        # searched from the end: one attempt, not one per offset of the window
        word_before=regex.compile(r"(?r)([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L}))*|[^\s\p{L}\p{N}])\s*\Z"),
        auxiliaries=frozenset(w.lower() for w in auxiliaries),
        subject_breaks=(load_words("cue_auxiliaries.txt", lower=True)
                        - load_words("auxiliaries_in_subjects.txt", lower=True)),
        negations=lists["negations"],
        noun_markers=load_words("noun_markers.txt", lower=True),
        boundaries=lists["boundaries"],
        pronouns=lists["pronouns"],
        bare=load_words("cues_bare_complement.txt"),
        infinitive=load_words("cues_infinitive.txt") | after_would,
        object=load_words("cues_object.txt"),
        object_possessed=load_words("cues_object_possessed.txt", lower=True),
        noun_ambiguous=load_words("cues_noun_ambiguous.txt"),
        particles=_particles(prepositions, light_nouns),
        to_particles=_to_particles(),
        light_nouns=light_nouns,
        light_noun_said=load_words("light_verbs_noun_said.txt"),
        light_noun_settings=load_words("light_noun_settings.txt", lower=True),
        light_noun_occasions=load_words("light_noun_occasions.txt", lower=True),
        singular_subjects=load_words("subjects_singular.txt", lower=True),
        plural_subjects=load_words("subjects_plural.txt", lower=True),
        be_forms=lists["be_forms"],
        adjectives=frozenset(row[0].lower() for row in load_table("cue_adjectives.txt")),
        after_would=after_would,
        advice_after_may=load_words("cues_advice_after_may.txt", lower=True),
        before_to=load_words("cues_before_to.txt", lower=True),
        enlisting=load_words("cues_enlisting.txt", lower=True),
        verbal_auxiliaries=load_words("verbal_auxiliaries.txt", lower=True),
        irregular_verbs=load_words("irregular_verbs.txt", lower=True),
        subject_openers=load_words("subject_openers.txt", lower=True),
        head_prepositions=load_words("source_head_prepositions.txt", lower=True),
        stance_before_to=load_words("stance_before_to.txt", lower=True),
        participle_openers=load_words("participle_openers.txt", lower=True),
        gerund_act_nouns=load_words("gerund_act_nouns.txt", lower=True),
        label_stopwords=load_words("colon_label_stopwords.txt", lower=True),
        weekdays=load_words("weekdays.txt"),
        addressee=load_words("cues_addressee.txt"),
        addressee_optional=load_words("cues_addressee_optional.txt"),
        wh_cues=load_words("cues_wh.txt"),
        wh_after_listener=load_words("cues_wh_after_listener.txt"),
        question_words=load_words("question_words.txt", lower=True),
        withheld_question_words=load_words("withheld_question_words.txt", lower=True),
        passive_clause=_passive_clause_pattern(),
        gerund_subjects=load_words("gerund_subjects.txt", lower=True),
        seeming=load_words("cues_seeming.txt", lower=True),
        negated_silent=load_words("cues_negated_silent.txt", lower=True),
        negated_passive_silent=load_words("cues_negated_passive_silent.txt", lower=True),
        silent_replies=load_words("silent_replies.txt", lower=True),
        passive_subject=load_words("cues_passive_subject.txt", lower=True),
        passive_predicate=load_words("cues_passive_predicate.txt", lower=True),
        seeming_subjects=load_words("seeming_subjects.txt", lower=True),
        utterance=load_words("cues_utterance.txt", lower=True),
        object_with_predicate=load_words("cues_object_with_predicate.txt", lower=True),
        naming=load_words("cues_naming.txt", lower=True),
        object_as=load_words("cues_object_as.txt", lower=True),
        as_predicate=load_words("cues_object_as.txt", lower=True) | load_words("cues_as_predicate.txt", lower=True),
        bare_if_person=load_words("cues_bare_if_person.txt", lower=True),
        bare_subject_first=load_words("cues_bare_subject_first.txt", lower=True),
        bare_finite_subject=load_words("cues_bare_finite_subject.txt", lower=True),
        subjunctive=load_words("cues_subjunctive.txt", lower=True),
        subjunctive_noun=load_words("cues_subjunctive_noun.txt", lower=True),
        inanimate_heads=load_words("inanimate_heads.txt", lower=True),
        shell_nouns=load_words("shell_nouns.txt", lower=True),
        found_objects=load_words("found_objects.txt", lower=True),
        found_places=load_words("found_places.txt", lower=True),
        seeing_settings=load_words("seeing_settings.txt", lower=True),
        speaker_stances=load_words("speaker_stances.txt", lower=True),
        collective_nouns=load_words("nouns_collective.txt", lower=True),
        written_works=load_words("written_works.txt", lower=True),
        audience_nouns=load_words("audience_nouns.txt", lower=True),
        contest_object=load_words("cues_contest_object.txt", lower=True),
        person_act_object=load_words("cues_person_act_object.txt", lower=True),
        object_reason=load_words("cues_object_reason.txt", lower=True),
        with_partner=load_words("cues_with_partner.txt", lower=True),
        backing=load_words("cues_backing.txt", lower=True),
        prepositions=prepositions,
        leading_phrase_openers=load_words("leading_phrase_openers.txt", lower=True),
        noun_phrase_stops=frozenset().union(prepositions, {w.lower() for w in auxiliaries}, *lists.values()),
        subordinators=load_words("subordinators.txt", lower=True),
        sentence_adverbs=load_words("sentence_adverbs.txt", lower=True),
        declining_before_to=load_words("declining_before_to.txt", lower=True),
        perceiving=load_words("perceiving_verbs.txt", lower=True),
        causing_before_object=load_words("causing_before_object.txt", lower=True),
        intransitive_particles=load_words("cue_particles_intransitive.txt", lower=True),
        person_particles=load_words("cue_particles_person.txt", lower=True),
        listener_particles=load_words("cue_particles_listener.txt", lower=True),
        clause_particles=load_words("cue_particles_clause.txt", lower=True),
        object_particles=load_words("cue_particles_object.txt", lower=True),
        progressive_particles=load_words("cue_particles_progressive.txt", lower=True),
        authored_documents=load_words("authored_documents.txt", lower=True),
        issuing_verbs=load_words("issuing_verbs.txt", lower=True),
        idioms=load_words("cue_idioms.txt", lower=True),
        particle_required=load_words("cues_particle_required.txt", lower=True),
        quantifiers=load_words("quantifiers.txt", lower=True),
        plural_noun_adjectives=load_words("plural_noun_adjectives.txt", lower=True),
        adverb_uses=(adverb_uses := load_words("cue_adverb_uses.txt", lower=True)),
        noun_uses=(noun_uses := load_words("cue_noun_uses.txt", lower=True)),
        used_forms=frozenset(pair.split()[-1] for pair in adverb_uses | noun_uses),
    )
