"""Cue-driven attribution: for each cue verb, its source, content and addressee.

One function per frame shape, each reading a bounded window around the cue:

- source, cue, content: ``X said (that) …``, ``X told Y …``, ``X vowed to …``,
  ``X said: “…”``
- content, source, cue: ``…, X said.``, ``“…,” said X.``, ``“A,” she said, “B.”``

Where the content starts and stops is content.py's; cue-less attributions
("according to X", "Name: …") are labels.py's.
"""
from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator

import regex

from ..analysis.base import Analysis
from ..lexicon import load_table, load_words
from ..model import Quote, Sentence, Span
from .content import (FINITE, OBJECT_STOP, THAT, clause_before, clause_from, complement_after_cue, has_verb, resumed_content,
                      trimmed)
from .cues import cue_lexicon
from .frames import frames, near, past_adverbials, weekday_alternation
from .labels import according_to, colon_label
from .quotemap import QuoteMap, make_quote
from .sources import coordinated_subject, noun_phrase_before, plausible_source, sentence_subject, source_after, source_before

__all__ = ["find_reported"]


DAYS = weekday_alternation()
# words that end an addressee: "told reporters that", "told Fox News on Friday"
ADDRESSEE_STOPS = (r"(?:that|to|on|in|at|about|of|during|after|before|when|while|whether|if|how|what|why|which|who|whom|"
                   r"whose|where|he|she|they|"
                   r"it|we|i|you|there|this|last|earlier|yesterday|today|tonight|again|also|outside|inside|near|behind|"
                   r"across|around|from|with|by|for|over|under|" + DAYS + r")\b")
ADDRESSEE = regex.compile(r"""
    \s+
    (?P<addressee>
        (?:(?:the|a|an|his|her|their|its|our|my)\s+)?
        (?!""" + ADDRESSEE_STOPS + r""")
        [\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L}))*
        (?:\s+(?!(?:the|a|an)\b|""" + ADDRESSEE_STOPS + r""")
            [\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L}))*){0,5}
    )
""", regex.VERBOSE | regex.IGNORECASE)
FRAME_END = regex.compile(r"""
    \s*(?:[.!?;]|\Z|,|—|―|–|\(|\s-\s|[”"’]|''
    |\s+(?:when|as|after|before|while|during|in|at|on|from|outside|inside|of|about|with|to|for|because|since|
           through|via|following|until|then|now|again|later|earlier|today|yesterday|tonight|last|this|late|early|
           shortly|just|recently|afterward|afterwards|too|also|here|there|instead|\p{Ll}+ly|[“"‘]|
           """ + DAYS + r""")\b)
""", regex.VERBOSE)  # what may follow a closing frame: the end, a comma, an adverbial
CLOSING_QUOTES = (",”", ',"', ",’", ",'", "”", '"', "''")
AS_BEFORE = regex.compile(r"(?<=[,”\"’'])\s*as\s+\Z")
RELATIVE_CLOSE = regex.compile(r",\s+(\p{Ll}+)\b")  # ", backed the plan": the main clause resumes
THAT_RELATIVE = regex.compile(r"\s+that\s+(?:the|a|an|his|her|their|its)\s+\p{Ll}+\s+\p{Ll}+ed\b")
SET_OFF = regex.compile(r"\s*,[^“”\"‘’,]{1,120},\s*")  # ", who grew up with him, "
SENTENCE_CLOSE = regex.compile(r"\s*[.:]\s*\Z")
QUOTE_THEN_COMMA = regex.compile(r"[,?!](?:”|\"|’|'|'')\s*\Z")  # “…,” she said; not “….” She said
STRONG_COMPLEMENT = regex.compile(r"\s*(?:,?\s*that\b(?!\s+\p{Ll}+ed\b)|:|,\s*[“\"‘«])")
INVERTING = (",", "”", "“", '"', "’", "'", "—", "―", "–")
INTRODUCES_QUOTE = regex.compile(r"\s*[,:]\s*(?=[“\"‘«„]|'')")
QUOTE_FRAME_END = regex.compile(r"(?!\s*,?\s*(?:that\b(?!\s+\p{Ll}+ed\b)|:))")  # after a quote, anything but a complement
RELATIVE_AFTER = regex.compile(r"\s+(?:that|who|which)\s+(?:\p{Ll}+(?:s|ed)|is|was|has|had|are|were)\b")
CAPITALS = regex.compile(r"\p{L}[\p{L}'’\-]*")
RELATIVE_SOURCE = regex.compile(r"(?<![\p{L}])(who|which|that)\s+\Z", regex.IGNORECASE)
DETERMINED_NOUN = regex.compile(r"(?<![\p{L}])(?i:the|a|an|this|that|these|those|its|their|his|her|new|latest)"
                                r"(?:\s+[\p{L}\-]+){1,2}\s*\Z")
ASKED_BY = regex.compile(r"\s+by\s+(?P<agent>[^,;:“”\"]{2,60}?)(?:\s+(?:on|last|this)\s+\p{L}+)?\s+"
                         r"(?P<content>(?:whether|if|about|why|how|what|when)\b)")
CONTRACTED_AUXILIARY = regex.compile(r"(?<![\p{L}])(?P<stem>\p{L}+)(?P<aux>[’'](?:s|re|ve|d|ll|m))\s+\Z")
AS_OPENING = regex.compile(r"(?:\A|(?<=[,;:—―–(]\s*)|(?<=\b(?:and|but|And|But)\s+))(?:as|As)\s+\Z")
SPEECH = frozenset({"speech"})
NOUN_CUES, ADVERB_CUES, NOUN_OBJECT_CUES = "cue_nouns.txt", "cues_adverbs.txt", "cue_nouns_prep.txt"
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
SUBJECT_REACH = 200  # characters from the sentence start within which a noun can head the subject
CLAUSE_OPENING = regex.compile(r"(?r)(?:[;:]|,\s+(?:although|though|but|while|whereas|and|where|as)\b|\b(?:where|although|"
                            r"though|while|whereas|but)\b)\s*")  # the last clause opening before a position
AS_COMMA = regex.compile(r"\s*,\s+(?=[\p{L}\p{N}“\"‘])")
APPEARS_WITH = regex.compile(r"\s+(?:to\s+\p{L}|that\b|as\s+if\b|as\s+though\b|like\b)")
SEEMS_WITH = regex.compile(r"\s+(?:(?:to|that|as|like|more|less|\p{Ll}+ly)\b|\p{Ll}+(?:ed|ful|ous|ive|ic|al|ble|ent|ant|y)\b)")
SEEMS_BARE = regex.compile(r"\s*,?\s*(?=\p{L})")
PASSIVE_AGENT = regex.compile(r"(?:\s+\p{Ll}+ly)?\s+by\s+(?P<agent>[^,;:“”\"()]{2,80}?)"
                           r"(?=\s*(?:[,;:.!?()]|\Z|\s(?:for|on|in|at|as|after|before|during|over|because|when|who|which|that)\b))")
POSSESSIVE_BEFORE = regex.compile(r"(?:(?<![\p{L}])(?P<pronoun>(?i:his|her|their|its|our|my|your))|(?<=\p{L})['’]s?)"
                               r"\s+(?:\p{Ll}+\s+){0,2}\Z")  # "the mayor's repeated", "his"


def _verbs(text: str, start: int, end: int, *, s_forms: bool = True) -> list[int]:
    """Where the verbs of ``text[start:end]`` start: auxiliaries, -ed/-s forms, irregular forms; not "'s".

    ``s_forms=False`` leaves out words in -s, which before a noun of saying are
    mostly plural nouns ("The skippers' calls for …").
    """
    irregular = frames().irregular_verbs
    found = [m.start() for m in FINITE.finditer(text, start, end) if m.group() not in ("'s", "’s")
             and (s_forms or not m.group().endswith("s") or m.group().lower() in frames().verbal_auxiliaries)]
    found += [m.start() for m in WORD.finditer(text, start, end) if m.group().lower() in irregular]
    return sorted(set(found))


def _verb_groups(text: str, start: int, end: int) -> list[int]:
    """Where each run of verbs starts ("was rigged" is one run; "is safe was" two)."""
    auxiliaries = frames().verbal_auxiliaries
    groups: list[int] = []
    previous_end, previous_auxiliary = None, False
    for position in _verbs(text, start, end):
        word = WORD.match(text, position)
        word_end = word.end() if word else position + 1
        auxiliary = bool(word) and word.group().lower() in auxiliaries
        gap = text[previous_end:position].split() if previous_end is not None else None
        if gap is None or any(not (g.endswith("ly") or g.lower() in frames().negations or g.lower() in auxiliaries)
                              for g in gap) or (
                auxiliary and not previous_auxiliary):
            groups.append(position)  # "made | was", "rigged | were": a verb after a full verb starts anew
        previous_end, previous_auxiliary = word_end, auxiliary
    return groups


WORD = regex.compile(r"\p{L}+")
TO_VERB_AFTER = regex.compile(r"\s+to\s+(\p{L}+)")
TO_AFTER = regex.compile(r"\s+to\s+\p{L}")
CLAUSE_COMMA = regex.compile(r",\s")  # "Asked whether …, the mayor said": the participle clause ends at its comma


def _addressee(text: str, start: int, end: int) -> Span | None:
    match = ADDRESSEE.match(text, start, near(start, end))
    return Span.of(text, *match.span("addressee")) if match else None


def find_reported(analysis: Analysis, quote_map: QuoteMap, *, cue_classes: frozenset[str]) -> Iterator[Quote]:
    """Every cue-driven attribution, sentence by sentence, in text order."""
    text = analysis.text
    lexicon = cue_lexicon()
    starts = [sentence.start for sentence in analysis.sentences]
    # word cues found in one pass over the text, then handed to their sentence
    nouns = _by_sentence(_noun_cues(), text, starts)
    in_nouns = _by_sentence(_in_noun_cues(), text, starts) if "evidence" in cue_classes else {}
    adverbs = _by_sentence(_adverb_cues(), text, starts)
    noun_objects = _by_sentence(_noun_object_cues()[0], text, starts)
    carried: Span | None = None  # the last source of the sentence before, in the same paragraph
    for index, sentence in enumerate(analysis.sentences):
        if index > 0 and analysis.sentences[index - 1].paragraph != sentence.paragraph:
            carried = None
        last_source: Span | None = None
        for match in lexicon.find(text, sentence.start, sentence.end, cue_classes):
            if quote_map.around(match.start()) is not None:
                continue  # the quoted speaker's own words
            quote = _attribution_at(text, match, sentence, index, quote_map, last_source, carried)
            if quote is not None:
                last_source = quote.source or last_source
                yield quote
        carried = last_source
        for noun in nouns.get(index, ()):
            if noun.end() <= sentence.end and (quote := _noun_attribution(
                    text, noun, sentence, index, quote_map, cue_classes)) is not None:
                yield quote
        for found in in_nouns.get(index, ()):
            if found.end() <= sentence.end and (quote := _in_noun_attribution(
                    text, found, sentence, index, quote_map)) is not None:
                yield quote
        for found in noun_objects.get(index, ()):
            if found.end() <= sentence.end and (quote := _noun_object_attribution(
                    text, found, sentence, index, quote_map, cue_classes)) is not None:
                yield quote
        for adverb in adverbs.get(index, ()):
            if (quote := _adverb_attribution(text, adverb, sentence, index, quote_map, cue_classes)) is not None:
                yield quote
        if "speech" in cue_classes and "ccording" in sentence.text:
            yield from according_to(text, sentence, index, quote_map)
        opens_paragraph = index == 0 or analysis.sentences[index - 1].paragraph != sentence.paragraph
        if opens_paragraph and "speech" in cue_classes:
            label = colon_label(text, sentence, index, quote_map)
            if label is not None:
                yield label


def _attribution_at(text: str, match: regex.Match, sentence: Sentence, index: int,
                    quote_map: QuoteMap, last_source: Span | None, carried: Span | None = None) -> Quote | None:
    f = frames()
    form = match.group().lower()
    lemma, cue_class = cue_lexicon().forms[form]
    if match.group()[0].isupper() and match.start() > sentence.start and not _is_headline(text, sentence):
        return None  # "The Washington Post", "Grand Slam", "United States": part of a name
    window = max(sentence.start, match.start() - 60)
    aux = f.auxiliary_before.search(text, window, match.start())
    chain_start = aux.start() if aux else match.start()
    chain = aux.group().lower().split() if aux else []
    contraction = CONTRACTED_AUXILIARY.search(text, max(sentence.start, chain_start - 24), chain_start)
    if contraction is not None and (form.endswith("ing") or "been" in chain or (
            contraction.group("stem").lower() in f.pronouns
            and (form.endswith("ed") or (form != lemma and form not in cue_lexicon().finite_forms)))):
        # "he’s hoping", "Trump’s been saying", "she’s warned": is/has, not a possessive
        chain_start, chain = contraction.start("aux"), [contraction.group("aux").lower(), *chain]
    if any(word in f.negations for word in chain) or text[match.end():match.end() + 3] == "n't":
        return None
    if lemma in f.seeming:
        return _seeming(text, match, lemma, chain_start, cue_class, sentence, index, quote_map)
    if lemma in f.wh_cues and (asked := ASKED_BY.match(text, match.end(), near(match.end(), sentence.end))) is not None:
        # "asked by a reporter whether …": the agent asks
        content = clause_from(text, asked.start("content"), sentence, quote_map, stop=CLAUSE_COMMA)
        if content is not None:
            return make_quote((content,), Span.of(text, match.start(), match.end()),
                              Span.of(text, *asked.span("agent")), None, cue_class, index, quote_map)
    if any(word in f.be_forms for word in chain) and not form.endswith("ing"):
        if lemma in f.passive_clause and form != lemma and f.passive_clause[lemma].match(text, match.end(), sentence.end):
            # "Obama is expected to join Clinton": the clause is reported, by nobody named
            return _passive_clause(text, match, chain_start, cue_class, sentence, index, quote_map)
        if _word_before(text, sentence.start, chain_start) == "it" and (
                that := THAT.match(text, match.end(), near(match.end(), sentence.end))) is not None:
            # "it was revealed that …", "it is said that …": the clause, by nobody named
            content = clause_from(text, that.end(), sentence, quote_map)
            if content is not None and has_verb(content.text):
                return make_quote((content,), Span.of(text, chain_start, match.end()), None, None, cue_class, index,
                                  quote_map)
        if lemma in f.object and (agent := PASSIVE_AGENT.match(text, match.end(), near(match.end(), sentence.end))):
            # "The move was criticized by economists": the agent says it of the subject
            return _passive_with_agent(text, agent, chain_start, match, cue_class, sentence, index, quote_map)
        return None  # passive: "was asked", "is expected"
    previous = f.word_before.search(text, max(sentence.start, chain_start - 40), chain_start)
    previous_word = previous.group(1).lower() if previous else ""
    if not chain and previous_word.endswith(("'s", "’s", "s'", "s’")) and previous_word[:1].isalpha():
        return None  # "the mayor's claims": a noun
    if (not chain and form == lemma and form not in cue_lexicon().finite_forms and previous is not None
            and previous_word not in f.plural_subjects and previous_word != "to" and not previous_word.endswith("s")
            and not previous.group(1)[:1].isupper() and not THAT.match(text, match.end(), near(match.end(), sentence.end))
            and not _plural_subject(text, sentence, chain_start)):
        return None  # "a larger say", "the fifth state": a base form needs a plural subject ("critics argue")
    if previous_word.endswith(("n't", "n’t")) or previous_word in f.negations:
        return None  # "I can't say", "never said"
    introduces_quote = INTRODUCES_QUOTE.match(text, match.end(), near(match.end(), sentence.end)) is not None
    if previous_word == "to" and _stance_before_to(text, sentence, chain_start):
        # "was more likely to support Clinton": the subject's stance
        subject = sentence_subject(text, sentence.start, chain_start)
        if subject is not None:
            return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                          quote_map, participle_source=subject, gerund=True)
    if previous_word == "to" and introduces_quote and lemma not in cue_lexicon().phrasal_only:
        # "went on to say, “…”": the sentence's subject says it
        subject = sentence_subject(text, sentence.start, chain_start)
        return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                      quote_map, participle_source=subject, gerund=True)
    pronoun_subject = (previous is not None and previous.start(1) == sentence.start
                       and previous_word in f.plural_subjects)  # "Some say …", "Many believe …"
    single_hyphen = previous_word == "-" and not text[max(0, chain_start - 3):chain_start].strip().endswith("--")
    relative_that = (previous_word == "that" and previous is not None and previous.start(1) > sentence.start
                     and form in cue_lexicon().finite_forms)  # "a video that said", "a sign that read"
    if not chain and not pronoun_subject and not relative_that and (
            previous_word in f.noun_markers or previous_word == "to" or single_hyphen):
        return None  # "the said company", "a statement", "declined to comment"
    verbal_chain = any(word in f.verbal_auxiliaries or word[:1] in "’'" for word in chain)
    if (not verbal_chain and form != lemma and not form.endswith("ing")
            and form not in cue_lexicon().finite_forms):
        return None  # "a think tank known for …", "the figures shown": a participle without "has" is no report
    if (not verbal_chain and lemma in f.noun_ambiguous and form.endswith("s") and form != lemma
            and not (previous_word in f.singular_subjects or (previous and previous.group(1)[:1].isupper()))
            and not THAT.match(text, match.end(), near(match.end(), sentence.end))
            and not DETERMINED_NOUN.search(text, max(sentence.start, chain_start - 40), chain_start)):
        return None  # "answer questions"; but "the survey shows", "polls show that"
    cue = Span.of(text, chain_start, match.end())
    gerund = form.endswith("ing") and all(word.endswith("ly") for word in chain)  # "after derisively mocking"
    named_gerund = bool(previous) and previous.group(1)[:1].isupper() and THAT.match(
        text, match.end(), near(match.end(), sentence.end)) is not None  # "Donald Trump tweeting that …"
    opens_with_quote = introduces_quote and chain_start == sentence.start and carried is not None
    if opens_with_quote and gerund:
        # "… Maher said. Adding, “…”": the speaker of the sentence before goes on
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=carried, gerund=True)
    if gerund and previous_word not in f.participle_openers and not named_gerund and not (
            introduces_quote and chain_start > sentence.start):
        doer = _gerund_subject(text, sentence, chain_start, previous)
        if doer is None:
            return None  # "Speaking about…", "Asked whether…" open a sentence, they do not attribute
        # "a new poll showing …", "Democrats urging him to …": the noun before does the saying
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=doer, gerund=True)
    if gerund:
        participle_source = last_source or sentence_subject(text, sentence.start, chain_start)
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=participle_source, gerund=True)
    return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                  participle_source=None, gerund=False)


def _gerund_subject(text: str, sentence: Sentence, chain_start: int, previous: regex.Match | None) -> Span | None:
    """The noun phrase right before a participle, when it can be the one saying."""
    if previous is None or previous.start(1) == sentence.start:
        return None
    word = previous.group(1)
    lower = word.lower()
    f = frames()
    plural = word.islower() and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ics"))
    named = word[:1].isupper() and lower not in f.noun_markers and lower not in f.boundaries
    if not (plural or named or lower in f.gerund_subjects) or lower in f.pronouns or lower in f.auxiliaries:
        return None
    found = noun_phrase_before(text, sentence.start, previous.end(1))
    return found if found is not None and plausible_source(found.text) else None


def _seeming(text: str, match: regex.Match, lemma: str, chain_start: int, cue_class: str, sentence: Sentence,
             index: int, quote_map: QuoteMap) -> Quote | None:
    """"The plan seemed to stall", "it appears (that) the plan stalled": the appearance the writer reports."""
    window = near(match.end(), sentence.end)
    cue = Span.of(text, chain_start, match.end())
    previous = frames().word_before.search(text, max(sentence.start, chain_start - 40), chain_start)
    before = previous.group(1).lower() if previous else ""
    if before == "it" and not TO_AFTER.match(text, match.end(), window):
        that = THAT.match(text, match.end(), window) or (SEEMS_BARE.match(text, match.end(), window))
        content = clause_from(text, that.end(), sentence, quote_map) if that is not None else None
        if content is None or len(content.text.split()) < 3 or not has_verb(content.text):
            return None  # "it seems likely", "it appears so"
        return make_quote((content,), cue, None, None, cue_class, index, quote_map)
    if lemma == "appear" and not APPEARS_WITH.match(text, match.end(), window):
        return None  # "appeared on television"
    if not SEEMS_WITH.match(text, match.end(), window):
        return None
    verb = TO_VERB_AFTER.match(text, match.end(), window)
    if verb is not None and (entry := cue_lexicon().lookup(verb.group(1))) is not None and entry[0] == verb.group(1).lower():
        return None  # "seemed to suggest that …": the cue after "to" reads its own frame
    # "what appears to be", "there seemed to be": the word opens the clause
    opening = previous.start(1) if previous is not None and before in frames().seeming_subjects else None
    return _clause_with_subject(text, opening, chain_start, match.end(), cue, cue_class, sentence, index, quote_map)


def _clause_with_subject(text: str, opening: int | None, subject_end: int, cue_end: int, cue: Span, cue_class: str,
                         sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """The whole clause from its subject (or from ``opening``) on, reported by nobody named."""
    if opening is None:
        found = source_before(text, sentence.start, subject_end)
        if found is None or not plausible_source(found[0].text):
            return None
        opening = found[1]
    content = clause_from(text, opening, sentence, quote_map)
    if content is None or content.end <= cue_end:
        return None
    return make_quote((content,), cue, None, None, cue_class, index, quote_map)


@functools.cache
def _word_classes(name: str) -> dict[str, str]:
    """A "word class" table (cue_nouns.txt, cues_adverbs.txt) as a mapping."""
    return {row[0].lower(): row[1] for row in load_table(name)}


@functools.cache
def _word_cues(name: str, after: str) -> regex.Pattern:
    """Any word of the table, as a whole word, followed by what ``after`` asks for."""
    words = "|".join(regex.escape(word) for word in sorted(_word_classes(name), key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}])(?i:" + words + r")" + after)


def _noun_cues() -> regex.Pattern:
    return _word_cues(NOUN_CUES, r"(?=\s*,?\s+that\b)")


def _adverb_cues() -> regex.Pattern:
    return _word_cues(ADVERB_CUES, r"(?![\p{L}])")


def _noun_attribution(text: str, noun: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                      cue_classes: frozenset[str]) -> Quote | None:
    """"the mayor's claim that the pier is safe": the clause, and the possessor as its source."""
    cue_class = _word_classes(NOUN_CUES)[noun.group().lower()]
    if cue_class not in cue_classes or quote_map.around(noun.start()) is not None:
        return None
    that = THAT.match(text, noun.end(), near(noun.end(), sentence.end))
    if that is None:
        return None
    content = clause_from(text, that.end(), sentence, quote_map)
    in_subject = noun.start() - sentence.start <= SUBJECT_REACH and not _verbs(
        text, sentence.start, noun.start(), s_forms=False)
    if content is not None and in_subject:
        # the noun is in the subject: "Her claim that the pier is safe was false" ends before "was false"
        groups = _verb_groups(text, content.start, content.end)
        if len(groups) >= 2:
            content = trimmed(text, content.start, groups[1])
    if content is None or len(content.text.split()) < 4 or not has_verb(content.text):
        return None  # "the statement that he made (was short)": a relative clause
    source = _possessor(text, sentence, noun.start())
    return make_quote((content,), Span.of(text, noun.start(), noun.end()), source, None, cue_class, index, quote_map)


def _possessor(text: str, sentence: Sentence, noun_start: int) -> Span | None:
    """"the mayor's (repeated) claim" -> "the mayor"; "his claim" -> "his"; else None."""
    owner = POSSESSIVE_BEFORE.search(text, max(sentence.start, noun_start - 60), noun_start)
    if owner is None:
        return None
    if owner.group("pronoun"):
        return Span.of(text, *owner.span("pronoun"))
    return noun_phrase_before(text, sentence.start, owner.start())


@functools.cache
def _noun_object_cues() -> tuple[regex.Pattern, dict[tuple[str, str], str]]:
    rows = {(noun.lower(), preposition.lower()): cue_class for noun, preposition, cue_class in load_table(NOUN_OBJECT_CUES)}
    pairs = "|".join(regex.escape(noun) + r"\s+" + regex.escape(preposition) for noun, preposition in sorted(rows))
    return regex.compile(r"(?<![\p{L}])(?i:" + pairs + r")(?![\p{L}])"), rows


def _noun_object_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                             cue_classes: frozenset[str]) -> Quote | None:
    """"the senator's calls for an inquiry", "questions about the budget": the object, and the possessor."""
    noun, preposition = found.group().lower().split()
    cue_class = _noun_object_cues()[1][(noun, preposition)]
    if cue_class not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    content = clause_from(text, found.end(), sentence, quote_map, stop=OBJECT_STOP)
    if content is not None and found.start() - sentence.start <= SUBJECT_REACH and not _verbs(
            text, sentence.start, found.start(), s_forms=False):
        verbs = _verbs(text, content.start, content.end)  # "Her criticism of the plan was sharp": not "was sharp"
        content = trimmed(text, content.start, verbs[0]) if verbs else content
    if content is None:
        return None
    return make_quote((content,), Span.of(text, *found.span()), _possessor(text, sentence, found.start()), None,
                      cue_class, index, quote_map)


@functools.cache
def _in_noun_cues() -> regex.Pattern:
    """"in a recent Harbour Gazette poll (released Sunday)": the preposition, then the phrase up to its noun."""
    nouns = "|".join(regex.escape(word) for word in sorted(load_words("cue_in_nouns.txt", lower=True)))
    return regex.compile(r"(?<![\p{L}])(?P<in>[Ii]n)\s+(?P<source>(?:[^\s,;:.!?“”\"()]+\s+){0,7}?(?i:" + nouns
                         + r"))(?![\p{L}])(?P<tail>(?:\s+(?:released|published|conducted|taken|from|by|of)"
                         r"(?:\s+[^\s,;:.!?“”\"()]+){1,5})?)"
                         r"(?=\s*(?:[,.;:!?)—―–]|\Z|\s(?:in|on|at|this|last|earlier|that|which|and|but)\b))")  # not "poll station"


def _in_noun_attribution(text: str, found: regex.Match, sentence: Sentence, index: int,
                         quote_map: QuoteMap) -> Quote | None:
    """"Ms Varga leads by nine points in a new poll" / "In the latest survey, 71 percent approved"."""
    if quote_map.around(found.start()) is not None:
        return None
    source = Span.of(text, found.start("source"), found.end("tail") if found.group("tail") else found.end("source"))
    if found.start() == sentence.start or not text[sentence.start:found.start()].strip(" “\"‘'"):
        comma = AS_COMMA.match(text, found.end(), near(found.end(), sentence.end))  # "In the latest poll, …"
        content = clause_from(text, comma.end(), sentence, quote_map) if comma is not None else None
    else:
        opening = CLAUSE_OPENING.search(text, max(sentence.start, found.start() - 400), found.start())
        start = opening.end() if opening is not None else sentence.start
        content = trimmed(text, start, found.start())
    if content is None or not has_verb(content.text) or len(content.text.split()) < 2:
        return None
    lexicon = cue_lexicon()
    if any(cue.group().lower() in lexicon.finite_forms and lexicon.forms[cue.group().lower()][0] in frames().bare
           for cue in lexicon.find(text, content.start, content.end, SPEECH)):
        return None  # "Half said so in the spring poll": the poll's voters already speak for themselves
    return make_quote((content,), Span.of(text, *found.span("in")), source, None, "evidence", index, quote_map)


def _adverb_attribution(text: str, adverb: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                        cue_classes: frozenset[str]) -> Quote | None:
    """"The FBI is reportedly planning an interview": the clause, by nobody named."""
    cue_class = _word_classes(ADVERB_CUES)[adverb.group().lower()]
    if cue_class not in cue_classes or quote_map.around(adverb.start()) is not None:
        return None
    aux = frames().auxiliary_before.search(text, max(sentence.start, adverb.start() - 60), adverb.start())
    subject_end = aux.start() if aux else adverb.start()
    return _clause_with_subject(text, None, subject_end, adverb.end() + 2, Span.of(text, *adverb.span()), cue_class,
                                sentence, index, quote_map)


def _passive_with_agent(text: str, agent: regex.Match, chain_start: int, match: regex.Match, cue_class: str,
                        sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    found = source_before(text, sentence.start, chain_start)
    source = Span.of(text, *agent.span("agent"))
    if found is None or not plausible_source(found[0].text) or not plausible_source(source.text):
        return None
    content = trimmed(text, found[1], found[0].end)
    if content is None:
        return None
    return make_quote((content,), Span.of(text, chain_start, match.end()), source, None, cue_class, index, quote_map)


def _passive_clause(text: str, match: regex.Match, chain_start: int, cue_class: str, sentence: Sentence,
                    index: int, quote_map: QuoteMap) -> Quote | None:
    pronoun = noun_phrase_before(text, sentence.start, chain_start)
    # "on the same night she is widely expected to …": the clause starts at "she"
    opening = pronoun.start if pronoun is not None and pronoun.text.lower() in frames().pronouns else None
    return _clause_with_subject(text, opening, chain_start, match.end(), Span.of(text, chain_start, match.end()),
                                cue_class, sentence, index, quote_map)


def _by_sentence(pattern: regex.Pattern, text: str, starts: list[int]) -> dict[int, list[regex.Match]]:
    """The pattern's matches over the whole text, grouped by the sentence each starts in."""
    found: dict[int, list[regex.Match]] = {}
    for match in pattern.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0:
            found.setdefault(index, []).append(match)
    return found


def _only_a_name(phrase: str) -> bool:
    """A pronoun, or capitalised words only ("Ms Abedini", "Sanders")."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in frames().pronouns | OBJECT_PRONOUNS:
        return True
    return all(word[:1].isupper() for word in words)


def _plural_subject(text: str, sentence: Sentence, chain_start: int) -> bool:
    """"Only 4 in 10 voters in each state want …": the subject's head, not the last word, is plural."""
    found = source_before(text, sentence.start, chain_start)
    if found is None:
        return False
    words = found[0].text.split()
    head = next((i for i, w in enumerate(words) if w.lower() in frames().head_prepositions), len(words))
    # "Republican activists clamoring to block the nominee say": a plural noun leads the subject
    return any(w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in words[:min(head, 4)])


def _stance_before_to(text: str, sentence: Sentence, chain_start: int) -> bool:
    before = text[max(sentence.start, chain_start - 24):chain_start].split()
    if len(before) < 2 or before[-1].lower() != "to":
        return False
    words = frames().stance_before_to
    return before[-2].lower() in words or " ".join(before[-3:-1]).lower() in words


def _is_headline(text: str, sentence: Sentence) -> bool:
    """Title case: most words capitalised ("Maher Tells Guest Violence Is Beyond Compare")."""
    words = CAPITALS.findall(text, sentence.start, min(sentence.end, sentence.start + 300))
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _frame(text: str, match: regex.Match, lemma: str, cue_class: str, cue: Span, sentence: Sentence,
           index: int, quote_map: QuoteMap, *, participle_source: Span | None, gerund: bool) -> Quote | None:
    f = frames()
    position = match.end()
    addressee = None
    takes_object = lemma in f.object
    particle = f.particles.get(lemma)
    if particle is not None and (joined := particle.match(text, position, near(position, sentence.end))) is not None:
        cue = Span.of(text, cue.start, joined.end())  # "called for", "pointed to"
        # "called for", and "made the case for", "looked to": a phrase that ends in a preposition takes an object
        takes_object = (lemma not in cue_lexicon().phrasal_only
                        or joined.group().split()[-1].lower() in load_words("prepositions.txt", lower=True))
        position = joined.end()
    elif lemma in cue_lexicon().phrasal_only:
        return None  # "went" alone is no cue, "went on" is
    if lemma in f.addressee and position == match.end():
        addressee = _addressee(text, position, sentence.end)
        if addressee is not None:
            position = addressee.end
            if particle is not None and (joined := particle.match(text, position, near(position, sentence.end))):
                position, takes_object = joined.end(), True  # "asked the senator about the vote"
    position = past_adverbials(text, position, sentence.end)
    before = text[max(sentence.start, cue.start - 3):cue.start].rstrip()
    if cue.start == sentence.start and (source := source_after(text, match.end(), sentence.end)) is not None:
        opening = complement_after_cue(text, lemma, source.end, sentence, quote_map, takes_object=False)
        if opening is None and (later := quote_map.first_after(source.end)) is not None and later.start < sentence.end \
                and SET_OFF.fullmatch(text, source.end, later.start):
            opening = later.inner  # "Said Dorothy Poynter, who grew up with him, “…”"
        if opening is not None:  # "Said Comey, “…”"
            return make_quote((opening,), cue, source, addressee, cue_class, index, quote_map)
    # the subject before the cue and where its phrase begins; a participle has none of its own
    subject = None if gerund else source_before(text, sentence.start, cue.start)

    @functools.cache
    def left_frame() -> Quote | None:  # read once, however many of the branches below ask for it
        return _left_frame(text, match, cue_class, cue, addressee, position, sentence, index, quote_map, subject)

    if not gerund and (before.endswith(INVERTING) or cue.start == sentence.start) and not _opens_sentence(
            text, sentence, subject):
        inverted = left_frame()
        if inverted is not None or before.endswith(CLOSING_QUOTES):
            return inverted
    if not gerund and _after_quoted_words(text, subject) and not STRONG_COMPLEMENT.match(
            text, match.end(), near(match.end(), sentence.end)):
        framed = left_frame()
        if framed is not None:  # "“…,” Sanders told a crowd at the diner that …": the quote is what he told
            return framed
    content = None
    if (subject is not None and (lemma in f.bare or lemma in f.object)
            and AS_OPENING.search(text, max(sentence.start, subject[1] - 12), subject[1])):
        # "As The Atlantic noted, trust in government is collapsing": what follows the comma
        comma = AS_COMMA.match(text, position, near(position, sentence.end))
        content = clause_from(text, comma.end(), sentence, quote_map) if comma is not None else None
    if content is None:
        content = complement_after_cue(text, lemma, position, sentence, quote_map, takes_object=takes_object)
    if (content is not None and lemma in f.object_with_predicate and position == match.end()
            and _only_a_name(content.text)):
        return None  # "Mr Obama called Ms Abedini": a phone call
    if content is not None and lemma in f.bare_if_person and subject is not None and \
            any(word.lower() in f.inanimate_heads for word in subject[0].text.split()[:2]) and \
            not THAT.match(text, position, sentence.end):
        return None  # "Comments from the mayor suggested more would follow": an inference
    if content is not None and addressee is not None and text[addressee.end:content.start].strip() == "to":
        # "urged Congress to act": who is to act belongs to what was asked
        content = Span.of(text, addressee.start, content.end)
    if content is not None:
        if gerund:
            source = participle_source
        else:
            source = subject[0] if subject else _fallback_source(text, sentence, cue)
            if source is None or not plausible_source(source.text):
                return None
            if source.text.lower() in ("who", "which") and text[max(0, source.start - 40):source.start].count(","):
                # "Nadia Brecht, a voter who said the fare was too high, backed the plan"
                content = _within_relative(text, content, quote_map)
        pieces: tuple[Span, ...] = (content,)
        if subject and quote_map.around(content.start) is not None:
            # “A,” Robinson said, “B”; The ferry, she said, “is done”: the words before the subject lead
            stretch = text[max(0, subject[1] - 4):subject[1]].rstrip()
            # "“We are not terrorists.” Mr. Zahed said: “…”": a full stop ends someone else's words
            closed_sentence = stretch.rstrip("”\"’'").endswith(".")
            opening = (clause_before(text, subject[1], sentence, quote_map)
                       if stretch.endswith(INVERTING) and not closed_sentence else None)
            continues = content.text[:1].islower()  # "The ferry, she said, “is done”" goes on from the lead-in
            if opening is not None and opening.end < content.start and (
                    continues or quote_map.around(opening.start) is not None):
                pieces = (opening, content)
        return make_quote(pieces, cue, source, addressee, cue_class, index, quote_map)
    if gerund:
        return None
    framed = left_frame()
    if framed is not None:
        return framed
    return _quote_in_next_sentence(text, cue_class, cue, addressee, position, sentence, index, quote_map, subject)


def _quote_in_next_sentence(text: str, cue_class: str, cue: Span, addressee: Span | None, position: int,
                            sentence: Sentence, index: int, quote_map: QuoteMap,
                            found: tuple[Span, int] | None) -> Quote | None:
    """"Dianne Bystrom agreed. “Time is running out.”": a cue that ends its sentence, then the quote."""
    if SENTENCE_CLOSE.match(text, position, near(position, sentence.end)) is None:
        return None
    quoted = quote_map.first_after(sentence.end)
    if quoted is None or text[sentence.end:quoted.start].strip() or "\n" in text[sentence.end:quoted.start]:
        return None
    if found is None or found[1] > sentence.start + 2 or not plausible_source(found[0].text):
        return None  # the whole sentence is "Source cue."
    if not quoted.inner.text.strip():
        return None
    return make_quote((quoted.inner,), cue, found[0], addressee, cue_class, index, quote_map)


def _opens_sentence(text: str, sentence: Sentence, found: tuple[Span, int] | None) -> bool:
    """"Htay Oo, its acting chairman, told …": the subject opens the sentence, so nothing was said before it."""
    return found is not None and not text[sentence.start:found[1]].strip(" “\"‘'")


def _after_quoted_words(text: str, found: tuple[Span, int] | None) -> bool:
    """The cue's subject comes right after a closing quotation mark and its comma."""
    return found is not None and QUOTE_THEN_COMMA.search(text, max(0, found[1] - 5), found[1]) is not None


def _left_frame(text: str, match: regex.Match, cue_class: str, cue: Span, addressee: Span | None,
                position: int, sentence: Sentence, index: int, quote_map: QuoteMap,
                subject: tuple[Span, int] | None) -> Quote | None:
    """``…, X said.`` / ``…, said X.`` / ``“A,” she said, “B.”``."""
    before = text[max(sentence.start, cue.start - 3):cue.start].rstrip()
    after_quote = before.endswith(("”", '"', "’", "''")) or cue.start == sentence.start
    # "“…,” said X" reads the source after the cue; "X, a spokesman, said" before it
    for inverted in ((True, False) if after_quote else (False, True)):
        if inverted and not (after_quote or before.endswith(INVERTING)):
            continue
        found = (_inverted_source(text, match, cue, sentence, position) if inverted
                 else _subject_source(text, subject, position))
        if found is None:
            continue
        source, content_end, frame_end = found
        left = clause_before(text, content_end, sentence, quote_map)
        if left is None:
            continue
        quoted = quote_map.around(left.start) is not None
        window = near(frame_end, sentence.end)
        closing = (FRAME_END if not quoted else QUOTE_FRAME_END).match(text, frame_end, window)
        # "said one owner who runs …", "“…,” he told a crowd that filled the hall": relative clauses, not content
        relative = (inverted or (quoted and addressee is not None)) and RELATIVE_AFTER.match(
            text, frame_end, window) or (quoted and addressee is not None and THAT_RELATIVE.match(text, frame_end, window))
        if closing is None and not relative:
            continue  # "X said that …" has its content on the right
        pieces = [left]
        right = resumed_content(text, frame_end, sentence, quote_map,
                                 left_quoted=quoted or inverted)
        if right is not None and right.start > left.end:
            pieces.append(right)
        if not quoted and not FINITE.search(" ".join(p.text for p in pieces)):
            continue  # "On Saturday, she said …": an adverbial, not what was said
        return make_quote(tuple(pieces), cue, source, addressee, cue_class, index, quote_map)
    return None


def _inverted_source(text: str, match: regex.Match, cue: Span, sentence: Sentence,
                     position: int) -> tuple[Span, int, int] | None:
    """The source after the cue ("…, said X"): the source, where content ends, where the frame ends."""
    source = source_after(text, match.end(), sentence.end)
    if source is None:
        return None
    return source, cue.start, past_adverbials(text, source.end, sentence.end)


def _within_relative(text: str, content: Span, quote_map: QuoteMap) -> Span:
    """A relative clause set off by commas ends at its closing comma (not one inside quoted words)."""
    irregular = frames().irregular_verbs
    for comma in RELATIVE_CLOSE.finditer(text, content.start, content.end):
        word = comma.group(1).lower()
        if len(word) < 3 or quote_map.around(comma.start()) is not None:
            continue
        if word.endswith(("ed", "s")) or word in irregular:  # ", backed the plan", ", lost money"
            return Span.of(text, content.start, comma.start())
    return content


def _word_before(text: str, start: int, end: int) -> str:
    """The word just before ``end``, lower-cased ("" at the start)."""
    found = frames().word_before.search(text, max(start, end - 40), end)
    return found.group(1).lower() if found else ""


def _fallback_source(text: str, sentence: Sentence, cue: Span) -> Span | None:
    """Sources the leftward walk cannot reach.

    "who said …" (the relative pronoun is the mention), "Trump had welcomed
    it and said …" (the subject of the first verb), "Powell's office, when
    contacted, said …" (the subject before an interrupting clause).
    """
    before = text[max(sentence.start, cue.start - 8):cue.start]
    relative = RELATIVE_SOURCE.search(before)
    ahead = _word_before(text, sentence.start, cue.start - len(before) + (relative.start(1) if relative else 0))
    if relative is not None and cue_lexicon().lookup(ahead) is None:  # "voters who said"; not "knows who said"
        start = max(sentence.start, cue.start - 8) + relative.start(1)
        if relative.group(1).lower() == "that":  # "a video that said": the thing it hangs on
            return noun_phrase_before(text, sentence.start, start)
        return Span.of(text, start, start + len(relative.group(1)))
    coordinated = coordinated_subject(text, sentence.start, cue.start)
    if coordinated is not None:
        return coordinated
    stripped = before.rstrip()
    if stripped.endswith((" and", " but", ",")):
        subject = sentence_subject(text, sentence.start, cue.start)
        if subject is not None and (stripped.endswith((" and", " but")) or text[subject.end:subject.end + 1] == ","):
            return subject
    return None


def _subject_source(text: str, found: tuple[Span, int] | None, position: int) -> tuple[Span, int, int] | None:
    """The subject before the cue ("…, X said"), after an inverting comma or quotation mark."""
    if found is None or not plausible_source(found[0].text):
        return None
    source, content_end = found
    as_source = AS_BEFORE.search(text, max(0, content_end - 8), content_end)
    if as_source is not None:  # "the race is “a dead heat,” as Cruz said"
        content_end = as_source.start()
    stretch = text[max(0, content_end - 3):content_end].rstrip()
    if not stretch.endswith(INVERTING):
        return None
    return source, content_end, position
