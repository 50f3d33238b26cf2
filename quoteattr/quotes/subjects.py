"""Who says it when the plain walk left from the cue finds no subject.

"who said …" and "a video that said …" (relative pronouns), "Osman had welcomed
it and said …" (a coordinated verb), "a new poll showing …" (the noun before a
participle), "critics argue …" (a plural subject before a base form), "was
likely to support …" (the stance of the sentence's subject), and where a
relative clause set off by commas ends.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex

from ..lexicon import load_lines, load_words
from ..model import Sentence, Span
from .cues import cue_lexicon
from .frames import (EndAnchored, alternation, end_before, forum_or_day, frames, looks_past, near, time_count, time_unit,
                     weekday_alternation)
from .names import ARTICLES
from .pronouns import pronouns
from .quotemap import QuoteMap
from .titles import plural_of_man_head
from .sources import (NOUN_DETERMINERS, PLACE_ADVERBS, PLURAL_HEAD, POSSESSIVES, SET_OFF_APPOSITIVE, in_s_form, sentence_adverb_alternation, TIME_BEFORE, approximator, broken_clause_subject, cause_clause_subject, coordinated_subject,
                      noun_phrase_before, occasion_before, plausible_source,
                      plural_then_participle, sentence_subject, source_before, subject_prepositions, word_before)

__all__ = ["RELATIVE_SOURCE", "fallback_source", "gerund_subject", "past_relative_asides", "plural_subject", "relative_subject", "stance_before_to",
           "time_before_relative", "within_relative", "within_restrictive", "word_before"]

SECOND_THAT = regex.compile(r",(?:[”\"]|'')?\s+(?:(?:and|but|or)\s+)?that\b")  # "said the toll was unfair, and that …": the content goes on
# ", backed the plan": the main clause resumes; also after a comma set inside a quotation's closing mark
# ("“huge,” left Lyme")
# the comma that may close a relative aside, and the word after it, past an adverb before the main verb: ", now
# claims", ", still says", ", later told", ", quietly left"
RELATIVE_CLOSE = regex.compile(r",(?:[”\"]|'')?\s+(?:(?:\p{Ll}+ly|now|still|also|later|then|never|already)\s+)?(\p{Ll}+)\b")
ADVERB_BEFORE_WORD = regex.compile(r"\p{L}")  # ", now say": the adverb RELATIVE_CLOSE read before its word
FINITE = regex.compile(r"(?<![\p{L}'’])(am|are|is|was|were|has|have|had|will|would|can|could|may|might|must|should)\b")
VERB_BEFORE_ASIDE = regex.compile(FINITE.pattern + r"|\b\p{Ll}{2,}ed\b")  # "the toll rose, which": a clause already
PAST = regex.compile(r"(?<=[\p{L}\p{N}] )(\p{Ll}+)\b")  # "the past backed": a lower-case word after a word
SUBJUNCTIVE_BE = regex.compile(r"(?<=\p{L} )(?:not\s+)?be\b")  # "asked that the fees (not) be waived"
# a relative word and its subject right before a verb: "(a plan) that he (drew up)", "which the council (sold)"
OBJECT_RELATIVE_SUBJECT = EndAnchored.of(r"""
    (?:(?<![\p{L}])(?:that|which|whom)\s+
       (?:he|she|they|we|I|it|you|(?:the|his|her|their|its|this)\s+\p{Ll}+|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})
     # "the plan he drafted": a noun after a determiner, then a pronoun that can only be a subject, with no "that"
     |(?<![\p{L}])(?:the|a|an|his|her|their|its|this|these|those)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+(?:he|she|they|we|I))
    (?:\s+\p{Ll}+ly)?\s+\Z""", regex.VERBOSE)
PARTICIPLE_LEADS = frozenset({"be", "been", "being", "get", "got", "and", "or", "to"})  # "to cut": a base form, no past
SUBORDINATE = regex.compile(r"(?<![\p{L}])(?:if|when|because|unless|until|after|before|since|while|that|who|which)\b")
CONTRACTED = regex.compile(r"(?<![\p{L}])(?:he|she|it|they|we|you|i)['’](?:s|re|ll|d|ve|m)\b", regex.IGNORECASE)
# "all of whom", "61 per cent of whom", "40% of whom": a share of the relative's head
COUNTED_RELATIVE = regex.compile(r"(?:(?<![\p{L}])(?:" + alternation(load_words("relative_shares.txt", lower=True))
                                  + r")|(?<![\p{L}\p{N}.,])\p{N}+(?:[.,]\p{N}+)?\s*(?:%|per\s?cent|percent))"
                                  r"\s+of\s+(?P<pronoun>whom)\s+\Z", regex.IGNORECASE)
RELATIVE_SOURCE = regex.compile(r"(?<![\p{L}])(who|which|that)\s+\Z", regex.IGNORECASE)
# "who both back": a quantifier floated after the relative pronoun (`floating_quantifiers.txt`)
FLOATED_AFTER_RELATIVE = EndAnchored.of(r"(?<![\p{L}])(?:who|which)\s(?P<quantifier>(?:"
                                        + alternation(load_words("floating_quantifiers.txt", lower=True)) + r")\s+)\Z",
                                        regex.IGNORECASE)
CONTRACTED_RELATIVE = regex.compile(r"(?<![\p{L}])(who|that)\Z", regex.IGNORECASE)  # "who’s called for"
LEAD_WORD = regex.compile(r"[\p{L}'’]+")
TRAILING_ADVERB = EndAnchored.of(r"(?<=\s)\p{Ll}+ly\s+\Z")


# "Mr Reyl, who backed the plan and said …", "a skipper who refused to endorse …": a cue inside a relative clause
# (not "questions on who Ms Varga would back but said …": a name after "who" is the clause's subject)
RELATIVE_CLAUSE_CUE = EndAnchored.of(
    r"(?<![\p{L}])(?P<pronoun>[Ww]ho|[Ww]hich)\s+(?!(?:he|she|they|we|I|you|it)\s)(?!\p{Lu})[^,;:“”\"()—―–]{1,80}?"
    r"\s(?:and|but|or|to|while|when|by|after|before)(?:\s+(?:then|later|also|again|\p{Ll}+ly))?\s+\Z")


# "ads that slam the board and (tout)": a cue right after a relative "that", its object, then "and",
# "but" or "yet" before a second cue of the same clause
THAT_CLAUSE_CUE = EndAnchored.of(r"(?<![\p{L}])(?P<pronoun>that)\s+(?P<verb>\p{Ll}+)\s[^,;:“”\"()—―–]{1,80}?"
                                 r"\s(?:and|but|yet)\s+\Z")


def relative_subject(text: str, source: Span, cue_start: int) -> Span | None:
    """The relative pronoun between a subject and a cue coordinated with, or governed by, the relative clause's
    verb: "Mr Reyl, who backed the plan and criticized …" and "Ms Varga, who was reluctant to endorse …": "who"."""
    found = RELATIVE_CLAUSE_CUE.search(text, max(source.end, cue_start - 100), cue_start)
    return Span.of(text, *found.span("pronoun")) if found is not None else None


def _relative_time() -> str:
    """"Friday afternoon", "on Monday", "in 2014", "last week": a time between a noun and the relative "that" that
    hangs on it."""
    return (r"(?:(?:on\s+)?(?:" + weekday_alternation() + r")(?:\s+(?:morning|afternoon|evening|night))?"
            r"|in\s+(?:19|20)\d\d|(?:last|this)\s+(?:week|month|year)|yesterday"
            # "call-outs over ten years", "crossings in the past year": how long the noun's count ran
            r"|(?:over|during|in)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:" + time_count() + r"\s+)?"
            + time_unit() + r"s?)")


@functools.cache
def _time_before_relative() -> EndAnchored:
    return EndAnchored.of(r"\s+" + _relative_time() + r"\s*,?\s+\Z")


def time_before_relative(text: str, floor: int, start: int) -> int | None:
    """Where a time between a noun and the relative pronoun at ``start`` begins: "a report by engineers last month
    (which found …)"; None without one."""
    found = _time_before_relative().search(text, max(floor, start - 40), start)
    return found.start() if found is not None else None


@functools.cache
def _relative_that() -> regex.Pattern:
    return regex.compile(r"\s+(?:" + _relative_time() + r"\s+)?that\s*")


def relative_that_between(text: str, start: int, end: int) -> bool:
    """Only a relative "that", perhaps after a time, between a noun and its verb: "a letter (Friday) that says"."""
    return _relative_that().fullmatch(text, start, end) is not None


CLEFT_REACH = 80  # characters before a "who" read for the cleft "It was Ms Varga" it hangs on
# "It was Ms Varga who …", "it is the harbour master who …": the cleft's head, with no comma or mark in it
CLEFT_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])[Ii]t[ \t]+(?:was|is)[ \t]+"
                             r"(?P<head>[^\s,;:.!?“”\"()][^,;:.!?“”\"()]*?)[ \t]+\Z")


def fallback_source(text: str, sentence: Sentence, cue: Span) -> Span | None:
    """Sources the leftward walk cannot reach.

    "who said …" (the relative pronoun is the mention), "Osman had welcomed
    it and said …" (the subject of the first verb), "Powell's office, when
    contacted, said …" (the subject before an interrupting clause).
    """
    end = cue.start
    occasion = None
    if (time := TIME_BEFORE.search(text, max(sentence.start, end - 40), end)) is not None:
        end = time.start() + 1  # "who on Tuesday endorsed", "who for weeks backed": as if "who endorsed"
    elif (occasion := occasion_before(text, max(sentence.start, end - 60), end)) is not None:
        end = occasion.start("occasion")  # "but at a later hearing told": as if "but told"
    if (floated := FLOATED_AFTER_RELATIVE.search(text, max(sentence.start, end - 20), end)) is not None:
        end = floated.start("quantifier")  # "who both back": as if "who back"
    if (counted := COUNTED_RELATIVE.search(text, max(sentence.start, end - 30), end)) is not None:
        return Span.of(text, counted.start(), counted.end("pronoun"))  # "senators, all of whom opposed the deal"
    before = text[max(sentence.start, end - 8):end]
    relative = RELATIVE_SOURCE.search(before)
    if relative is None and text.startswith(("'", "’"), end):
        relative = CONTRACTED_RELATIVE.search(before)  # "Ms Varga, who’s argued for a new pier": the cue holds "’s"
    ahead = word_before(text, sentence.start, end - len(before) + (relative.start(1) if relative else 0))
    if relative is not None and cue_lexicon().lookup(ahead) is None:  # "voters who said"; not "knows who said"
        start = max(sentence.start, end - 8) + relative.start(1)
        if relative.group(1).lower() == "that":  # "a video that said": the thing it hangs on
            if (time := time_before_relative(text, sentence.start, start)) is not None \
                    and (head := noun_phrase_before(text, sentence.start, time)) is not None:
                return head  # "released a letter Friday afternoon that says": the letter says it
            return noun_phrase_before(text, sentence.start, start)
        if relative.group(1).lower() == "who" and (cleft := CLEFT_BEFORE.search(
                text, max(sentence.start, start - CLEFT_REACH), start)) is not None:
            return Span.of(text, *cleft.span("head"))  # "It was Ms Varga who said …": Ms Varga
        return Span.of(text, start, start + len(relative.group(1)))
    if (relative := THAT_CLAUSE_CUE.search(text, max(sentence.start, end - 100), end)) is not None \
            and cue_lexicon().lookup(relative.group("verb")) is not None \
            and cue_lexicon().lookup(word_before(text, sentence.start, relative.start("pronoun"))) is None \
            and (head := noun_phrase_before(text, sentence.start, relative.start("pronoun"))) is not None:
        return head  # "ads that slam the board and tout …": the noun that the relative "that" hangs on
    coordinated = coordinated_subject(text, sentence.start, end if occasion is not None else cue.start)
    if text[max(sentence.start, end - 8):end].rstrip().endswith((" and", " but")):
        # "Skippers marched, but the council ignored them and said …": the second clause's subject, not the first's
        broken = broken_clause_subject(text, sentence.start, end)
        if broken is not None and (coordinated is None or coordinated.start < broken.start):
            coordinated = broken
    if coordinated is not None:
        return coordinated
    stripped = before.rstrip()
    if stripped.endswith(",") and (aside := _set_off_aside().search(text, max(sentence.start, end - 90), end)):
        # "There is a chance Ms Varga, if elected, might nominate Mr Reyl": the subject before the aside
        found = source_before(text, sentence.start, aside.start(), allow_appositive=False)
        if found is not None and plausible_source(found[0].text):
            return found[0]
    if stripped.endswith((" and", " but", " yet", ",", ",”", ',"', ",’")):
        subject = sentence_subject(text, sentence.start, cue.start)
        if subject is not None and stripped.endswith(" and"):
            # "Shares fell after the firm cut its forecast and warned …": the firm, not the shares
            subject = cause_clause_subject(text, sentence.start, subject, end) or subject
        if subject is not None and (stripped.endswith((" and", " but", " yet")) or text[subject.end:subject.end + 1] == ","
                                    or _listed_verbs(text, subject, cue)):
            return _set_off_subject(text, sentence, subject) or _of_complement(text, subject, end) or subject
    return None


OF_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\-’']*")
OF_WORDS = regex.compile(r"\s+of((?:\s+[\p{L}\p{M}][\p{L}\p{M}\-’']*){1,5})")


def _of_complement(text: str, subject: Span, end: int) -> Span | None:
    """The opening subject with its "of" phrase when the sentence's first verb follows that phrase: "The board of
    Bay Lines said … and recommended …" is "The board of Bay Lines", "The chairman of the harbour board said … and
    added" is "The chairman of the harbour board"; not "The pair of skippers were angry and …" (a verb in the
    phrase's place) nor "The board of the firm and its staff met" (no verb right after it)."""
    found = OF_WORDS.match(text, subject.end, min(end, subject.end + 60))
    if found is None:
        return None
    f = frames()
    words = list(OF_WORD.finditer(text, found.start(1), found.end(1)))
    def verb_like(word: str) -> bool:
        return word.islower() and (word.endswith("ed") or word in f.irregular_verbs or word in f.auxiliaries
                                   or word in cue_lexicon().finite_forms)
    determined = bool(words) and words[0].group() in ("the", "its", "their")
    for at in range(1 + determined, len(words)):
        phrase = [w.group() for w in words[determined:at]]
        if any(verb_like(word) for word in phrase):
            return None
        if verb_like(words[at].group()) and (all(word[:1].isupper() for word in phrase)
                                             or determined and len(phrase) <= 2 and all(w.islower() for w in phrase)):
            return Span.of(text, subject.start, words[at - 1].end())
    return None


def _set_off_subject(text: str, sentence: Sentence, subject: Span) -> Span | None:
    """The source a cue right after the subject and its appositive set off by commas would have, which the later
    verbs of that subject share: "Her deputy, Tom Reyl, welcomed the plan but said …" is Tom Reyl, as "Her deputy,
    Tom Reyl, said …" is; so is "A spokesman for the board, Erik Sand, dismissed the poll and said …", the subject's
    phrase after a preposition of `source_head_prepositions.txt` read past to the appositive."""
    head_phrase = _head_phrase().match(text, subject.end, near(subject.end, sentence.end))
    after = head_phrase.end() if head_phrase is not None else subject.end
    appositive = SET_OFF_APPOSITIVE.match(text, after, near(after, sentence.end))
    if appositive is None:
        return None
    found = source_before(text, sentence.start, appositive.end())
    return found[0] if found is not None and (found[0].start == subject.start or found[0].start >= after) \
        and plausible_source(found[0].text) else None


@functools.cache
def _head_phrase() -> regex.Pattern:
    """" for the board", " of the union": a preposition that ends a subject's head and its words up to a comma."""
    word = r"(?!(?:who|whom|whose|which|that)\b)[^\s,;:“”\"()]++"  # no relative clause: "of those who back him"
    return regex.compile(r"\s+(?:" + alternation(sorted(frames().head_prepositions)) + r")\s+"
                         + word + r"(?:\s+" + word + r"){0,7}(?=,)")


@functools.cache
def _set_off_aside() -> EndAnchored:
    """", if elected, ", ", while still hopeful, ": a clause opened by a subordinator, or a sentence adverb
    (", in fact, "), set off by commas."""
    f = frames()
    return EndAnchored.of(r",\s+(?:(?:" + alternation(sorted(f.subordinators)) + r")\b[^,;:“”\"()]{1,70}"
                          r"|" + sentence_adverb_alternation() + r"),\s*\Z",
                          regex.IGNORECASE)


SPOKEN_CLASSES = frozenset({"speech", "writing"})  # "said", "told", "wrote"; not "thought", "found"
# " wins the seat, ", " declares ‘victory,’ ": the comma may close quoted words inside their mark
PRESENT_THEN_COMMA = regex.compile(r"\s+\p{Ll}{2,}s\b[^,;:“”\"()]*(?:[“\"‘][^,;:“”\"()’]*)?,[”\"’]?\s*\Z")
IRREGULAR_THEN_COMMA = regex.compile(r"\s+(?P<verb>\p{Ll}{2,})\b[^;:“”\"()]*,\s*\Z")  # " said the toll was unfair, "
PRONOUN_OBJECT_NEXT = regex.compile(r"\s+(?:it|him|her|them)\b")  # "called it a farce": no participle takes "it"


@functools.cache
def _past_then_comma() -> regex.Pattern:
    """" complained about the tone, ", " later suggested the tone was rude, ": a past verb after the subject, with
    up to two words of `cue_auxiliaries.txt` before it, and its words up to a comma, which may close a quotation
    opened among them (" called the plan “a costly mistake,” ")."""
    auxiliaries = alternation(load_lines("cue_auxiliaries.txt"))
    return regex.compile(r"\s+(?:(?:" + auxiliaries + r")\s+){0,2}\p{Ll}{2,}ed\b[^;:“”\"()]*"
                         r"(?:[“\"][^;:“”\"()]*)?,[”\"]?\s*\Z")  # "called the plan “a costly mistake,” ": quoted words


# " used the speech to praise the ferry, ", " went on to promote “Pier Days,” ": an infinitive and its words up to a
# comma, which may close a quotation opened among them
INFINITIVE_THEN_COMMA = EndAnchored.of(r"(?<![\p{L}])to\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\b[^;:“”\"()]*"
                                       r"(?:[“\"][^;:“”\"()]*)?,[”\"]?\s*\Z")


LISTED_VERBS_REACH = 400  # characters between a subject and a cue read for the verbs listed between them


def _listed_verbs(text: str, subject: Span, cue: Span) -> bool:
    """A headline's verbs in the present listed by commas: "Ms Varga wins seat, vows to close the pier"; and
    past verbs listed the same way: "Ms Varga complained about the tone, praised the pilots", also after an
    irregular past when the cue takes a pronoun: "Ms Varga said the toll was unfair, called it a farce"; and
    infinitives listed so: "Ms Varga went on to praise the ferry, argue that the toll was fair and …"."""
    if cue.start - subject.end > LISTED_VERBS_REACH:
        return False  # a list of verbs this long is no list: each check below would read all of it
    # the verb's own form, not the particle's: "talked" in "talked about"
    verb, entry = next(((word, found) for word in reversed(cue.text.split())
                        if (found := cue_lexicon().lookup(word)) is not None), (cue.text, None))
    if entry is not None and entry[0] == verb.lower() \
            and INFINITIVE_THEN_COMMA.reverse.match(text, subject.end, cue.start) is not None:  # one attempt, from the end
        return True  # "used the speech to praise the ferry, argue that …": the plain form goes on the list
    if (verb.endswith("ed") or verb.lower() in frames().irregular_verbs
            and (entry or ("", ""))[1] in SPOKEN_CLASSES) and _past_then_comma().fullmatch(
            text, subject.end, cue.start) is not None:
        return True  # "Ms Varga praised the crews, told reporters …": an irregular past of saying after the list too
    if (verb.endswith("ed") and PRONOUN_OBJECT_NEXT.match(text, cue.end) is not None
            and (found := cue_lexicon().lookup(cue.text.split()[-1].lower())) is not None
            and found[0] in frames().object_with_predicate):
        # "Ms Varga said the toll was unfair, called it a farce": an irregular past first, then a cue that names
        # its pronoun object something; not "found the post, reported it to the police"
        first = IRREGULAR_THEN_COMMA.fullmatch(text, subject.end, cue.start)
        return first is not None and first.group("verb") in frames().irregular_verbs
    if verb.endswith("ed"):
        return False
    return verb.endswith("s") and PRESENT_THEN_COMMA.fullmatch(text, subject.end, cue.start) is not None


@functools.cache
def _with_share() -> EndAnchored:
    """"with 22 percent saying", "with three in 10 saying", "with about a third saying", "with many saying": a share
    of the people just counted, after "with", right before the participle."""
    number = r"(?:\p{N}+(?:[.,]\p{N}+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
    return EndAnchored.of(r"""
        (?<!\p{L})with\s+
        (?P<share>(?:(?:""" + alternation(load_words("source_approximators.txt", lower=True)).replace("\\ ", r"\s+") + r""")\s+)?
          (?:""" + number + r"""\s*(?:percent|per\s+cent|%)  # "22 percent", "42%"
            |""" + number + r"""\s+(?:in|of|out\s+of)\s+""" + number + r"""  # "three in 10"
            |a\s+(?:third|quarter|fifth|majority|minority|plurality)|half|(?:two|three)-(?:thirds|quarters|fifths)
            |""" + alternation(load_words("quantifier_subjects.txt", lower=True)) + r"""))
        \s+\Z""", regex.VERBOSE | regex.IGNORECASE)


# "those", "anyone", "everybody": words for people named by nothing else, the ones doing a participle after them
# "Anyone", "Those": words for people opening a sentence before a participle ("Those expecting a strike …")
OPENING_PRO_FORMS = load_words("pro_form_subjects.txt", lower=True) - {"these", "all"}


def gerund_subject(text: str, sentence: Sentence, chain_start: int, previous: regex.Match | None) -> Span | None:
    """The noun phrase right before a participle, when it can be the one saying."""
    if previous is None or previous.start(1) == sentence.start and not (
            _opening_plural(previous.group(1)) or previous.group(1).lower() in OPENING_PRO_FORMS):
        return None  # "Skippers backing Ms Varga met …", "Anyone expecting Mr Reyl to resign …"; not "Always backing …"
    if (share := _with_share().search(text, max(sentence.start, chain_start - 50), chain_start)) is not None:
        return Span.of(text, share.start("share"), share.end("share"))  # "with three in 10 saying": the share
    word = previous.group(1)
    lower = word.lower()
    f = frames()
    plural = word.islower() and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ics"))
    named = word[:1].isupper() and lower not in f.noun_markers and lower not in f.boundaries
    if not (plural or named or lower in f.gerund_subjects or lower in OPENING_PRO_FORMS) or lower in f.pronouns \
            or lower in f.auxiliaries:
        return None
    if lower in time_units():
        return None  # "Ms Varga spent years backing the toll", "two weeks urging …": a time, not who
    # "There were reports saying", "amid reports saying": after "be", a preposition, a determiner or a verb of
    # issuing ("released reports showing") the plural of a cue more often a noun is the head before the participle;
    # not "letters and emails seeking a reply"
    noun_head = plural and lower[:-1] in f.noun_ambiguous and (
        (before := word_before(text, sentence.start, previous.start(1))) in f.be_forms
        or before in f.prepositions or before in f.noun_markers or before in f.issuing_verbs)
    if named and _forum_or_day_before(text, sentence, previous):
        return None  # "posted a message on Facebook saying …", "… on Monday saying", "… in March urging": not who
    if named and word in f.weekdays and previous.start(1) > sentence.start:
        # "Parents received a letter Thursday saying …": a bare day dates the noun before it, which says it
        found = noun_phrase_before(text, sentence.start, end_before(text, sentence.start, previous.start(1)))
        return found if found is not None and plausible_source(found.text) and not _written_to(text, sentence, found) \
            else None
    found = noun_phrase_before(text, sentence.start, previous.end(1), noun_head=noun_head)
    if found is not None and _written_to(text, sentence, found):
        return None  # "The head teacher wrote to parents saying …": the writer says it, not the ones written to
    if named and found is not None and not lower.endswith("s") and len(found.text.split()) == 2 and \
            found.text.split()[0].lower() in ARTICLES:
        return None  # "the Republican nominating contest": an adjective and a participle inside one noun phrase
    if found is not None and (put := _object_of_leaving(text, found)) is not None:
        found = put  # "The closure left skippers wondering …": the object left to wonder
    return found if found is not None and plausible_source(found.text) else None


# a verb of leaving_object_verbs.txt and the words after it: "(The closure) left skippers"
LEAVING_OBJECT = regex.compile(r"(?<![\p{L}\-])(?:" + alternation(load_lines("leaving_object_verbs.txt"))
                               + r")\s+(?=[\p{L}\p{N}])")


def _object_of_leaving(text: str, found: Span) -> Span | None:
    """"The closure left skippers wondering whether …", "… has left 62 percent of skippers saying …": the words after
    the last verb of ``leaving_object_verbs.txt`` in the phrase before a participle, the object that does the
    saying; None when the phrase holds no such verb before another word."""
    last = None
    for last in LEAVING_OBJECT.finditer(text, found.start, found.end):
        pass
    return Span.of(text, last.end(), found.end) if last is not None and last.end() < found.end else None


def _opening_plural(word: str) -> bool:
    """A capitalised plural noun alone opening the sentence, no adverb in -s: "Skippers backing Ms Varga met …"; not
    "Always backing …", "Perhaps urging …"."""
    lower = word.lower()
    return (word[:1].isupper() and word[1:].islower() and in_s_form(lower) and not lower.endswith("ics")
            and lower not in frames().pronouns and lower not in frames().auxiliaries)


@functools.cache
def time_units() -> frozenset[str]:
    """The units of ``time_units.txt`` ("days", "years"): before a participle, a time spent, no one saying."""
    return load_words("time_units.txt", lower=True)


@functools.cache
def _forum_or_day() -> EndAnchored:
    """"on Facebook", "on his Twitter page", "on Monday": a platform of `person_object_forums.txt` or a weekday after
    "on", ending right before a participle."""
    return EndAnchored.of(r"(?<![\p{L}])on\s+" + forum_or_day() + r"\s*\Z")


@functools.cache
def _month_phrase() -> EndAnchored:
    """"in March", "since early May", "during January": a month of `months.txt` after a preposition of time,
    ending right before a participle."""
    months = alternation(sorted(load_words("months.txt")))
    return EndAnchored.of(r"(?<![\p{L}])(?i:in|since|during|until|by)\s+(?:(?i:early|late|mid)[\s\-]+)?(?:" + months
                          + r")\s*\Z")


def _forum_or_day_before(text: str, sentence: Sentence, previous: regex.Match) -> bool:
    start = max(sentence.start, previous.end(1) - 40)
    return (_forum_or_day().search(text, start, previous.end(1)) is not None
            or _month_phrase().search(text, start, previous.end(1)) is not None)


# a noun, then a relative word opening a clause whose object is that noun: "Fans who (the club surveyed)"
RELATIVE_BEFORE_SUBJECT = EndAnchored.of(r"(?<![\p{L}])\p{L}{2,}\s+(?P<relative>who|whom|that)\s+\Z")


def object_relative_head(text: str, sentence: Sentence, subject: Span) -> tuple[Span, int] | None:
    """"Fans who the club surveyed said …", "the fans whom the club surveyed say …": a subject ending in a past form
    that is no cue, after a relative word, is a relative clause whose object is the noun before; that noun is the
    cue's subject."""
    words = subject.text.split()
    last = words[-1].lower() if len(words) > 1 else ""
    if not looks_past(last) or cue_lexicon().lookup(last) is not None:
        return None
    relative = RELATIVE_BEFORE_SUBJECT.search(text, max(sentence.start, subject.start - 40), subject.start)
    if relative is None:
        return None
    return source_before(text, sentence.start, relative.start("relative"))


def _written_to(text: str, sentence: Sentence, found: Span) -> bool:
    """The noun phrase follows "to" after a verb of writing or speaking to people (written_to_verbs.txt):
    "wrote to parents", "spoke to passengers"; not "in response to critics"."""
    if word_before(text, sentence.start, found.start) != "to":
        return False
    to = text.rfind("to", sentence.start, found.start)
    return word_before(text, sentence.start, to) in load_words("written_to_verbs.txt", lower=True)


def plural_subject(text: str, sentence: Sentence, chain_start: int) -> bool:
    """"Only 4 in 10 voters in each state want …": the subject's head, not the last word, is plural."""
    found = source_before(text, sentence.start, chain_start)
    if found is None:
        return False
    found = object_relative_head(text, sentence, found[0]) or found  # "Skippers who the council fined say"
    words = found[0].text.split()
    if (lead := approximator(words)) < len(words):
        words = words[lead:]  # "At least half of skippers in each port say": "half of skippers …"
    head = next((i for i, w in enumerate(words) if (w.lower() in frames().head_prepositions or w.lower() in PLACE_ADVERBS
                                                     or w.lower() in subject_prepositions())  # "Sources close to … say"
                 and not _between_numbers(words, i)), len(words))  # "about 4 in 10 skippers in Lyme want"
    # "Republican activists clamoring to block the nominee say": a plural noun leads the subject
    # "Voters across the state say": a capitalised plural opening the sentence, before its preposition
    # "Skippers based at the pier say": the same with a participle before the preposition
    # "Skippers the council fined say": the same before a relative clause without "that"
    opening = (head == 1 or plural_then_participle(words) or len(words) > 2 and words[1].lower() in NOUN_DETERMINERS) \
        and found[0].start == sentence.start
    share = 2 if any(_between_numbers(words, i) for i in range(min(head, 4))) else 0  # "4 in 10" counts as one word
    return any(((w.islower() or opening) and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
                and w != "its")  # "despite its grand name": a possessive, no plural
               or w.lower() in frames().plural_subjects or plural_of_man_head(w)  # "Local fishermen say"
               for w in words[:min(head, 4 + share)])  # "those surveyed say", "nearly a third say"


NUMBER_WORD = regex.compile(r"\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten", regex.IGNORECASE)


def _between_numbers(words: list[str], index: int) -> bool:
    """"4 in 10", "one of five": a preposition inside a share, not the end of the subject's head."""
    return 0 < index < len(words) - 1 and all(NUMBER_WORD.fullmatch(words[i]) for i in (index - 1, index + 1))


def stance_before_to(text: str, sentence: Sentence, chain_start: int) -> bool:
    before = text[max(sentence.start, chain_start - 24):chain_start].split()
    if len(before) < 2 or before[-1].lower() != "to":
        return False
    words = frames().stance_before_to
    return before[-2].lower() in words or " ".join(before[-3:-1]).lower() in words


CONTRACTED_NOT = regex.compile(r"[’']t\b")  # the "'t" of "doesn't", "didn’t" after the auxiliary's "n"


def within_relative(text: str, content: Span, quote_map: QuoteMap, *, on_object: bool = False) -> Span:
    """A relative clause set off by commas ends at its closing comma (not one inside quoted words): before the main
    verb, or, in a relative on the main verb's object (``on_object``), at a comma before "and", "but" or "or" that
    opens no second "that" clause ("Ms Varga met skippers, who said the toll was unfair, and left")."""
    f = frames()
    for comma in past_relative_asides(text, content.start, RELATIVE_CLOSE.finditer(text, content.start, content.end)):
        word = comma.group(1).lower()
        if word[:-1] in f.verbal_auxiliaries and word.endswith("n") and CONTRACTED_NOT.match(text, comma.end(1)):
            word = word[:-1]  # "who thinks the toll is too high, doesn't pay it": "does" and its contracted "not"
        stop = comma.start()
        if (quoted := quote_map.around(stop)) is not None:
            if quoted.end > comma.start(1):
                continue  # a comma inside quoted words
            stop = quoted.end  # "who says her costs were “huge,” left Lyme": the clause ends with the quotation
        if (on_object and word in ("and", "but", "or") and not SECOND_THAT.match(text, comma.start())
                and "," not in text[content.start:comma.start()] and VERB_BEFORE_ASIDE.search(text, content.start, comma.start())):
            # not "said the two men, and Mr Reyl in particular, must …", nor the last of a list ("behind A, B, and C")
            return Span.of(text, content.start, stop)
        if len(word) > 2 and word not in f.verbal_auxiliaries and (word.endswith(("ed", "s")) or word in f.irregular_verbs) \
                and not _listed_after(text, comma, word):
            return Span.of(text, content.start, stop)  # ", backed the plan", ", lost money"; "was" and "has" below
        if word in f.bare and word not in f.noun_ambiguous \
                and ADVERB_BEFORE_WORD.search(text, comma.start(), comma.start(1)) is not None:
            return Span.of(text, content.start, stop)  # "who argued the toll was fair, now say it is too high"
        if word in f.verbal_auxiliaries and (VERB_BEFORE_ASIDE.search(text, content.start, comma.start())
                                             or "," not in text[content.start:comma.start()]):
            # "which said it would expand, is now cutting jobs": after a clause with its verb, the main verb;
            # so after a bare object, no subject a comma would part from its verb ("who denies the charges, will
            # be sentenced"); not "said the two men, and Mr Reyl in particular, must …", an aside on the clause's
            # subject
            return Span.of(text, content.start, stop)
    return content


# ", his support for dredging and …", ", fees and tolls": the next item of a list the relative's words run on
# ", fees and", ", limits on mooring and": a plural, perhaps with a phrase of up to three words, then "and", "or" or a
# comma; not ", pays the fee and", a verb and its object
LIST_ITEM_AFTER = regex.compile(r",\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:\s+(?:" + alternation(load_words("prepositions.txt"))
                                + r")\s+(?:[\p{L}'’\-]+\s+){0,1}[\p{L}'’\-]+)?(?:\s*,|\s+(?:and|or)\s)")


def _listed_after(text: str, comma: regex.Match, word: str) -> bool:
    """"which voiced concerns over his views, his support for dredging and …": a possessive, or a plural (perhaps with
    a short phrase) right before "and", "or" or a comma, opens a list's next item, not the main clause's verb in -s."""
    return word in POSSESSIVES \
        or LIST_ITEM_AFTER.match(text, comma.start(), near(comma.start(), comma.end() + 40)) is not None


def past_relative_asides(text: str, start: int, commas: Iterable[regex.Match]) -> Iterator[regex.Match]:
    """The commas of ``commas`` (each before a word, its group 1) but the two around a relative aside on a clause
    opening with no verb: in "said the ferry, which sank in May, was insured" neither ", which" nor ", was" ends
    the clause."""
    closing = False  # the next comma closes the aside
    for comma in commas:
        if closing:
            closing = False
        elif comma.group(1).lower() in ("which", "who") and not VERB_BEFORE_ASIDE.search(text, start, comma.start()):
            closing = True
        else:
            yield comma


def _clause_past_forms(text: str, content: Span) -> list[regex.Match]:
    """Past forms in a reported clause before any subordinate clause ("if the pier closed"); not a participle
    after an auxiliary ("had closed", "was closed"), before "by" ("operated by") or "won’t"."""
    f = frames()
    inner = SUBORDINATE.search(text, content.start, near(content.start, content.end))
    leads = f.auxiliaries | PARTICIPLE_LEADS
    found = []
    for m in PAST.finditer(text, content.start, inner.start() if inner else content.end):
        word = m.group(1).lower()
        if not looks_past(word) or word in f.auxiliaries:
            continue
        if text.startswith(("’", "'", " by "), m.end()) or word_before(text, content.start, m.start()) in leads:
            continue
        found.append(m)
    return found


def _base_main_verbs(text: str, content: Span) -> list[regex.Match]:
    """"who favor a new pier agree that …": a base-form cue that is no noun, after no determiner, is the main verb;
    "her" as the whole object is no determiner ("who know her say …")."""
    f = frames()
    return [m for m in PAST.finditer(text, content.start, content.end)
            if m.group(1) in f.bare and m.group(1) not in f.noun_ambiguous and m.group(1) not in f.adjectives
            and ((before := word_before(text, content.start, m.start(1))) not in f.noun_markers
                 or before == "her" and _object_her_opens(text, content, m.start(1)))]


OBJECT_HER = regex.compile(r"(?i:her)\s+")


def _object_her_opens(text: str, content: Span, position: int) -> bool:
    """"her" is the content's first word, right before ``position``: the object of the relative's verb."""
    return (her := OBJECT_HER.match(text, content.start)) is not None and her.end() == position


def _present_forms(text: str, content: Span) -> list[regex.Match]:
    """A cue's "-s" form after a word that is no determiner, preposition or adjective: a verb in the present, the
    main one after a singular head ("The mayor who bragged about it now wants …") or the reported clause's own
    ("Skippers who said the council backs the toll were …")."""
    f = frames()
    found = []
    for m in PAST.finditer(text, content.start, content.end):
        word = m.group(1)
        before = word_before(text, content.start, m.start(1))
        if (word.endswith("s") and not word.endswith("ss") and word in cue_lexicon().finite_forms
                and before.isalpha() and before.islower() and before not in f.noun_markers
                and before not in f.prepositions and before not in f.adjectives
                and before not in load_words("quantifier_subjects.txt", lower=True)):  # "in both states"
            found.append(m)
    return found


CUE_BEFORE_THAT = regex.compile(r"(?<=[\p{L}\p{N}] )(\p{Ll}+)\b(?P<that> that\b)?")  # "who know him say (that) …"


def _main_cue(text: str, content: Span, end: int, clause_verb: int | None = None) -> regex.Match | None:
    """"Skippers who know him say (that) …": the main verb inside what a restrictive relative clause's cue reports,
    before ``end``.

    A cue's base form that takes a bare clause, or any with "that" after it, is the main verb when the word
    before it can end the clause's object: not a determiner, a subject pronoun, an auxiliary, "to", a negation
    or a plural ("who know the skippers say" is left alone); its other forms only after an object pronoun ("who
    know him said that …", but "who believe Ms Varga said that …" reports what she said), or after the reported
    clause's own verb and a lower-case word that cannot be a subject ("who argued that the fees were high said").
    """
    f = frames()
    for m in CUE_BEFORE_THAT.finditer(text, content.start, end):
        word = m.group(1)
        if (found := cue_lexicon().lookup(word)) is None:
            continue
        # a past form of a cue that takes a bare clause, after the reported clause's own verb
        after_clause = (clause_verb is not None and m.start() > clause_verb and found[0] != word
                        and found[0] in f.bare and word in cue_lexicon().finite_forms)
        if not (m.group("that") or word in f.bare or after_clause):
            continue
        before = word_before(text, content.start, m.start())
        if found[0] != word:
            if m.group("that") and before in pronouns() and before not in f.pronouns:  # "him", "them"
                return m
            if (after_clause and before.isalpha() and before not in f.noun_markers and before not in f.pronouns
                    and before not in f.auxiliaries and before not in f.negations and before not in f.boundaries
                    and not before.endswith("s") and text[m.start() - 2:m.start() - 1].islower()):
                return m  # "who argued that the fees were high said …": the clause had its verb, the cue is the main one
            continue
        if (before and (before not in f.noun_markers or before == "her" and _object_her_opens(text, content, m.start()))
                and before not in f.pronouns and before not in f.auxiliaries
                and before not in f.negations and before != "to"
                and not (before.endswith("s") and not before.endswith("ss") and text[m.start() - 2:m.start() - 1].islower())):
            return m
    return None


RESTRICTIVE_LEAD_WINDOW = 300  # characters before a relative's source searched for the comma its clause follows


def _plural_head(head: str) -> bool:
    """"skippers", "people", "those": a plural head of a relative clause."""
    return PLURAL_HEAD.fullmatch(head) is not None or head.lower() in load_words("subjects_plural.txt", lower=True)


def _plural_base_verbs(text: str, start: int, end: int) -> list[regex.Match]:
    """Base forms of plural_subject_verbs.txt between ``start`` and ``end`` right after a lower-case word that is no
    determiner, auxiliary, "to" or relative pronoun: "… will work include", not "… to include" or "who include"."""
    f, verbs = frames(), load_words("plural_subject_verbs.txt", lower=True)
    return [m for m in PAST.finditer(text, start, end) if m.group(1) in verbs
            and (before := word_before(text, start, m.start(1))).isalpha() and before.islower()
            and before not in f.noun_markers and before not in f.auxiliaries and before != "to"
            and before not in ("who", "which", "that")]


def within_restrictive(text: str, sentence: Sentence, source: Span, content: Span, clausal: bool) -> Span:
    """"Voters who back Ms Varga are in the north": a relative inside the subject ends at the main verb.

    Only when nothing between the last comma and the pronoun is a verb ("Those who said the pier was safe were
    wrong", "In Lyme, skippers who wanted a pier were angry"); a
    clause read as content keeps its own first verb ("was safe"), an object does not ("who back Ms Varga are").
    """
    f = frames()
    window = max(sentence.start, source.start - RESTRICTIVE_LEAD_WINDOW)
    comma = text.rfind(",", window, source.start)  # "In the harbour, skippers who want …": the clause after it
    if comma < 0 and window > sentence.start:
        return content  # no comma in the window: far more than eight words lead to the pronoun
    words = LEAD_WORD.findall(text, max(comma + 1, window), source.start)
    if len(words) > 8 or any(w.lower() in f.auxiliaries or cue_lexicon().lookup(w.lower()) is not None
                             for w in words):
        return content
    verbs = [m for m in FINITE.finditer(text, content.start, content.end)
             if word_before(text, content.start, m.start()) not in ("and", "or", "that")]  # "is and was"
    head = word_before(text, sentence.start, source.start)
    if not verbs[1 if clausal else 0:] and (clausal or head.isalpha() and head.islower() and not head.endswith("s")):
        # "The mayor who said the pier was safe now wants …": a present verb, the main one after a singular head
        verbs = sorted(verbs + _present_forms(text, content)[:2 - len(verbs) if clausal else 1], key=lambda m: m.start())
    if not clausal and content.text[:1].islower():  # "who wanted a break backed Ms Varga": a past form ends it
        # "who claimed to be undecided voted …": a participle after "be" is no main verb
        leads = f.auxiliaries | PARTICIPLE_LEADS
        past = [m for m in PAST.finditer(text, content.start, content.end)
                if (m.group(1).lower() in f.irregular_verbs or m.group(1).endswith("ed"))
                and word_before(text, content.start, m.start()) not in leads]
        # "who backed a plan that he drew up left early": the verbs of a relative on the object are not the main one
        verbs, past = ([m for m in found if OBJECT_RELATIVE_SUBJECT.search(text, content.start, m.start()) is None]
                       for found in (verbs, past))
        verbs = sorted(verbs + past[:1] + _base_main_verbs(text, content)[:1], key=lambda m: m.start())
    if clausal:  # "who said she's safe, Ms Varga had …": a contracted verb after a pronoun is the clause's verb
        verbs = sorted(verbs + list(CONTRACTED.finditer(text, content.start, near(content.start, content.end))),
                       key=lambda m: m.start())
    if clausal:  # "who asked that the fees be waived said …": a subjunctive "be" is the clause's verb
        verbs = sorted(verbs + [m for m in SUBJUNCTIVE_BE.finditer(text, content.start, content.end)
                                if word_before(text, content.start, m.start()) not in f.auxiliaries | {"to"}],
                       key=lambda m: m.start())
    if clausal and len(verbs) < 2:  # "who said the pier had closed voted …": a past form after the clause's verb
        verbs = sorted(verbs + _clause_past_forms(text, content)[:2], key=lambda m: m.start())
    if clausal and len(verbs) == 1 and _plural_head(head):
        # "Skippers who think the plan will work include Mr Reyl": a base form of plural_subject_verbs.txt after the
        # clause's verb, right after a lower-case word that is no determiner, auxiliary or "to", is the main verb
        verbs += _plural_base_verbs(text, verbs[0].end(), content.end)[:1]
    cut = verbs[1] if clausal and len(verbs) > 1 else verbs[0] if verbs and not clausal else None
    # only a cue before the cut found so far can move it: the search ends there
    clause_verb = verbs[0].end() if clausal and verbs else None
    if (main := _main_cue(text, content, cut.start() if cut is not None else content.end, clause_verb)) is not None:
        cut = main
    if cut is None or cut.start() <= content.start:
        return content
    end = cut.start()
    if (adverb := TRAILING_ADVERB.search(text, max(content.start, end - 40), end)) is not None and adverb.start() > content.start:
        end = adverb.start()  # "who have seen him recently say": the adverb goes with the main verb's cue
    elif word_before(text, content.start, end) in load_words("appositive_adverbs.txt"):
        end = text.rindex(word_before(text, content.start, end), content.start, end)  # "… now wants": so does "now"
    return Span.of(text, content.start, content.start + len(text[content.start:end].rstrip().rstrip(",")))
