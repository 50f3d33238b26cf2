"""Attributions without a cue verb: "according to X", "in X's view", "by X's count", "Name: …", "Their argument: …" labels, a headline's "Just Gave"."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

import regex
from attrs import frozen

from ..lexicon import load_lines, load_table, load_words
from ..model import Quote, Sentence, Span
from .content import (CLAUSE_COMMA_AHEAD, FINITE, clause_before, clause_from, has_verb, has_verb_between, headline_future, main_clause,
                      past_word, title_case, trimmed, verb_groups)
from .cues import cue_lexicon
from .frames import (EndAnchored, alternation, document_participle_end, forum_or_day, frames, last_char_before, near,
                     weekday_alternation)
from .marks import LABELLED_TURN
from .names import is_given_name
from .quotemap import QuoteMap, make_quote
from .sources import described_subject, plausible_source, source_after, source_before
from .subjects import word_before
from .titles import POSSESSIVE, ROLE_NOUN_PREPOSITIONS, appositive_after_title, role_noun_is_head, title_words

__all__ = ["according_to", "colon_label", "given_in_headline", "in_view_of", "is_transcript", "message_from",
           "name_tagged_headline", "on_topic_label", "possessed_noun_before_that", "possessive_copula", "possessive_label",
           "possessive_question", "possessor_of_label", "quotation_then_noun", "report_tagged_headline", "self_described",
           "signed_posts", "titled_work", "to_whom"]

ACCORDING_PHRASES = {" ".join(words).lower(): place for place, *words in load_table("according_phrases.txt")}
ACCORDING_TO = regex.compile(r"(?<![\p{L}])(?:" + "|".join(r"\s+".join(phrase.split()) for phrase in ACCORDING_PHRASES)
                             + r")\s+", regex.IGNORECASE)
# a phrase's longest word but its first letter ("ccording", "ords"): a sentence without any holds none of the phrases
SEMICOLON = regex.compile(r";\s*")  # a semicolon and the space after it
# "per the board", "per Ms Varga", "per a report": a determiner or a capital after "per" names a source
NAMED_AFTER_PER = regex.compile(r"(?:(?i:the|a|an|his|her|its|their|our|one|two|several|multiple)\s|\p{Lu})")
ACCORDING_MARKS = tuple(max(phrase.split(), key=len)[1:] for phrase in ACCORDING_PHRASES)
# a quoted title inside the source is read whole, before the other words: her “harbour first” plan,
# ''The Pier: A History, 1900-2000'' by Ms Varga; not quoted words that end on their own comma or stop; a comma
# that groups digits goes on: "a study of 2,000 residents"
ACCORDING_SOURCE = regex.compile(r"(?P<source>(?:(?<=\s)(?:[“\"][^“”\"]{1,80}|''[^'“”\"]{1,80})(?<![,.!?])(?:[”\"]|'')(?=[\s,;:])"
                                 r"|[^,;:.!?“”\"()]|\.(?=\S)|(?<=\b\p{Lu}\p{Ll}{0,3})\.|(?<=\d),(?=\d)){2,160}?)"
                                 r"(?=\s*(?:,(?!(?<=\d,)\d)|[;:!?)—―–]|\.(?<!\b\p{Lu}\p{Ll}{0,3}\.)(?:\s|\Z)|\Z|\(|--?\s))")  # "Rep. Tom Reyl"
ACCORDING_RESUMES = regex.compile(r"\s*,\s*(?=\S)")
ACCORDING_DASH_RESUMES = regex.compile(r"\s*(?:[—―–]|--?(?=\s))\s*(?=\p{L})")  # "… while — according to X — she"
DASHES = frozenset("—―–-")
# "according to Ms Varga on Tuesday night": the day of the saying, no part of the source
DAY_CLOSING_SOURCE = EndAnchored.of(r"(?<=\p{L})\s+on\s+(?:" + weekday_alternation() + "|" + alternation(load_lines("months.txt"))
                                    + r")(?:\s+(?:\d{1,2}|morning|afternoon|evening|night))?\Z")
SOURCE_RELATIVE = regex.compile(r"(?:who|whose|whom|which)\b")  # ", according to Ms Varga, who runs the cafe"
# "according to the harbour master, Jon Hale, …", "according to one, Ida Lenz of Coastline Research, …": a role
# (or "one", "another"), then the name set off after it, perhaps with its place, both the source
ROLE_SOURCE = regex.compile(r"(?:(?:the|a|an|its|his|her|their|our)\s\P{Lu}*\p{Ll}|(?:one|another)(?:\s\P{Lu}*\p{Ll})?"
                         # a named owner's role: "Ms Varga's deputy", "Bay Lines' spokesman"
                         r"|(?:\p{Lu}[\p{L}\p{M}.\-]*\s){0,3}\p{Lu}[\p{L}\p{M}\-]*(?:['’]s|s['’])\s\P{Lu}*\p{Ll})\Z")
NAME_AFTER_ROLE = regex.compile(r"\s*,\s*\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){1,3}"
                             r"(?:\s+(?:of|at)\s+\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3})?"
                             r"(?=,\s+(?!(?:who|whose|which|where|and|or)\b)\p{Ll})")  # not "…, Ardle and Port Arden"
# a name set off after a role, closing the sentence: "…, according to the board's chairman, Ivo Kranjc."
# or before a relative that tells of the person: "…, Ivo Kranjc, who chairs the board."
NAME_CLOSING_AFTER_ROLE = regex.compile(r"\s*,\s*(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){1,3}?)"
                                     r"(?:\s*[.!?]?[”\"’')]*\s*\Z|(?=,\s+(?:who|whose)\b))")
NAMED_SOURCE = regex.compile(r"(?:^|\s)\p{Lu}[\p{L}\p{M}.'’\-]*\Z")  # a source whose last word is capitalised: a name
# a list of names after a named source, closed by a comma or the sentence's end: ", Varga and Dunn", ", Varga, Dunn,
# and Cole" (each up to three capitalised words); not "According to Lund, Britain and France agree"
LIST_NAME = r"\p{Lu}(?:[\p{L}\p{M}.'’\-]*[\p{L}\p{M}])?(?:\s+\p{Lu}(?:[\p{L}\p{M}.'’\-]*[\p{L}\p{M}])?){0,2}"
NAME_LIST_AFTER = regex.compile(r"(?:\s*,\s*" + LIST_NAME + r"){0,4}\s*,?\s+(?:and|or)\s+" + LIST_NAME + r"(?=\s*(?:[,;.!?)]|\Z))")
# a body's description set off after a named source, up to its closing comma or the sentence's end: "Pierwire, the
# news agency"; its last word is read against organisations.txt
BODY_SET_OFF = regex.compile(r",\s+(?:the|a|an)\s+(?P<words>(?:[\p{L}\-'’]+\s+){0,4}(?P<head>\p{Ll}+))"
                             r"(?=\s*,\s|\s*[.!?]?[”\"’']?\s*\Z|\s*[.!?][”\"’']?\s)")
AGE_SET_OFF = regex.compile(r",\s+\d{1,3}(?=,\s)")  # "According to Tom Reyl, 54, the pier …"
COLON_THEN_CLAUSE = regex.compile(r":\s+(?=[\p{L}\p{N}])")  # "…: the port was the busiest", not ": “…”"
# a name with no comma after it, then the opening of a clause: "(According to) Ms Varga the pier is safe"
NAME_THEN_CLAUSE = regex.compile(r"(?P<name>(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’\-]*)\s+"
                                 r"(?=(?:this|" + alternation(load_words("clause_opening_words.txt", lower=True)) + r")\s)")
# the writer's opening before the main clause that "according to X" closes: a participle ("Facing a storm, …") or a
# concession ("Though the catch was small, …"), perhaps after a connective ("But while …")
WRITERS_OPENING = regex.compile(r"\s*(?:(?i:but|and|yet|still),?\s+)?(?:(?P<participle>\p{L}{2,}ing)|(?i:"
                                + alternation(load_lines("concession_openers.txt")) + r"))\s")
# "…, and Mr Reyl sold it, according to the port": a second clause with a subject of its own, up to the source
AND_CLAUSE_AT_END = EndAnchored.of(r",\s+and\s+(?P<clause>(?:he|she|they|it|we|\p{Lu}[\p{L}\p{M}.'’\-]*"
                                   r"(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2})\s+[^,;:“”\"()—―–]+)\Z")
WRITERS_CONTRAST = regex.compile(r"(?:but|yet)\b", regex.IGNORECASE)
JOINING_AND = regex.compile(r"and\s", regex.IGNORECASE)
# words after which a cue's past form is no finite verb: a count or a determiner, its adjective ("eight reported
# incidents", "the reported deal"), or "be", its passive ("a shot being fired")
NOT_FINITE_BEFORE = (load_words("quantifiers.txt", lower=True) | load_words("noun_only_determiners.txt", lower=True)
                     | load_words("source_determiners.txt", lower=True) | load_words("be_forms.txt", lower=True))
RELATIVE_AT_END = EndAnchored.of(r",\s+(?P<relative>(?:who|which)\s[^,;:“”\"()]+)\Z")  # ", which stood at 263"
# "… - which it usually is": a relative set off by a dash, the writer's own aside up to the source
DASH_RELATIVE_AT_END = EndAnchored.of(r"(?:\s*[—―–]|\s--?)\s*(?P<relative>(?:who|which)\s(?:[^,;:“”\"()—―–\-]|-(?=\S))+)\Z")
SPEECH = frozenset({"speech"})
THAT_AFTER_ASIDE = regex.compile(r"that\s")  # "said, according to X, that …": the cue's own clause goes on
# a noun phrase that sets off an aside after "…, according to X,": "more than twice …", "a record …", "$2 million …"
APPOSITIVE_OPENERS = load_words("appositive_openers.txt", lower=True)
APPOSITIVE_CUT = regex.compile(r",|\s(?:what|which|who|whom|whose|that|where|when)\b")  # the phrase's own clause
VERB_AT_END = regex.compile(r"(?<![\p{L}])\p{Ll}{2,}(?:ed|s)\Z")  # "The pier earns", "The port reported"
NOT_PARTICIPLES = load_words("ing_non_participles.txt", lower=True)  # "Nothing", "Following the vote"
COLON_LABEL = regex.compile(r"""
    (?P<source>
        (?:\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*\.?)
        (?:\s+(?:\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*\.?|of|the|on|and|for|\([^()]{1,12}\))){0,6}
    )
    (?:\*\*|__)?\s*(?P<cue>:)(?:\*\*|__)?\s*(?=\S)   # a bold label's closing marks: "**Ms Varga:**", "**Ms Varga**:"
""", regex.VERBOSE)

# a document's headline may name its source less formally: "Harbour council: …", "Skippers' new warning: …",
# "Ms Varga to skippers: …", "Mr Reyl at the pier: …"
HEADLINE_LABEL = regex.compile(r"""
    (?P<source>
        \p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*[.'’]?
        (?:\s+\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*[.'’]?){0,3}
        (?P<head>(?:\s+(?!(?:to|at|no|not)\b)\p{Ll}+){0,2})                   # no verb: not "Bill is back: …"
    )
    (?:\s+(?:to|at)\s+(?:the\s+)?[\p{L}\p{M}\-]+(?:\s+\p{Lu}[\p{L}\p{M}\-]*){0,3})?   # whom or where
    (?:\*\*|__)?\s*(?P<cue>:)(?:\*\*|__)?\s*(?=\S)
""", regex.VERBOSE)


# "Ms Varga on Twitter", "Mr Reyl on Monday": a platform of person_object_forums.txt or a day closing a label's name
FORUM_TAIL = regex.compile(r"(?<=\S)\s+(?P<cue>on\s+" + forum_or_day() + r")\Z")

# a headline's tag in capitals before a dash: "EXCLUSIVE – ", "WATCH — "
HEADLINE_TAG = regex.compile(r"\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s+[—―–-]\s+(?=\p{Lu})")


def is_transcript(text: str, openings: Iterable[Sentence]) -> bool:
    """Whether one name labels more than one paragraph ("MS VARGA: …", later "VARGA: …", by its last word):
    a transcript, whose labelled paragraphs are turns; ``openings`` are the paragraphs' first sentences."""
    seen: set[str] = set()
    stopwords = frames().label_stopwords
    for sentence in openings:
        label = COLON_LABEL.match(text, _past_turn_mark(text, sentence), near(sentence.start, sentence.end))
        name = label.group("source").split()[-1].lower() if label is not None else None
        if name is None or name in stopwords:
            continue
        if name in seen:
            return True
        seen.add(name)
    return False


# Markdown's bold marks opening a label that they close around its colon: "**Ms Varga:** …", "__Ms Varga__: …"
BOLD_OPENING = regex.compile(r"(?:\*\*|__)(?=\p{Lu}[^*_:\n]{0,80}(?:\*\*:|:\*\*|__:|:__))")


def _past_turn_mark(text: str, sentence: Sentence) -> int:
    """Past the opening mark of a quoted transcript's turn ('"VARGA: …' with no closing mark) or the bold marks
    opening a label ("**Ms Varga:** …"), else the sentence's start."""
    if text.startswith(('"', "“"), sentence.start) and LABELLED_TURN.match(text, sentence.start + 1, sentence.end):
        return sentence.start + 1
    if (bold := BOLD_OPENING.match(text, sentence.start, sentence.end)) is not None:
        return bold.end()
    return sentence.start


def colon_label(text: str, sentence: Sentence, index: int, quote_map: QuoteMap, *,
                turn: Span | None = None) -> Quote | None:
    """A paragraph that opens "Name: …" (headlines, transcripts): Name said it.

    In a transcript, ``turn`` is the labelled paragraph, and the words run to
    its end ("VARGA: The pier is safe. We keep it open.").
    """
    start = _past_turn_mark(text, sentence) if quote_map.around(sentence.start) is None else sentence.start
    if index == 0 and (tag := HEADLINE_TAG.match(text, start, near(start, sentence.end))) is not None:
        start = tag.end()  # "EXCLUSIVE – Ms Varga: …": the headline's tag, then its label
    label = COLON_LABEL.match(text, start, near(start, sentence.end))
    if label is None and index == 0:
        label = HEADLINE_LABEL.match(text, start, near(start, sentence.end))
        if label is not None and (has_verb(label.group("head"))
                                  or label.group("source").split()[0].lower() in frames().prepositions):
            return None  # "Ms Varga went further: …" has a verb, read by its cue; "In the end: …" names nobody
        if label is not None and label.group("head") and _common_noun_label(text, label.group("source"), label.end()):
            return None  # "Pier collapse: inquiry opens": a topic of common nouns, nobody who speaks
    if label is None or label.group("source").lower() in frames().label_stopwords or len(label.group("source")) < 2:
        return None  # "Q:" and "A:" mark a transcript's turns, not who speaks
    if label.group("source").split()[0].lower() in frames().prepositions:
        return None  # "About Bayline Ferries: …": a press release's heading, nobody who speaks
    if _capitals_tag(label.group("source")) or index == 0 and _capitals_topic(text, label.group("source")):
        return None  # "PIER OF SHAME: …", "FIX IS IN: …", "PIER WARS: …": a headline's tag in capitals, nobody who speaks
    if turn is not None and quote_map.starting_at(label.end()) is None:
        content = trimmed(text, label.end(), turn.end)  # the whole turn, whatever cues it holds
    else:  # 'VARGA: “…” REYL: “…”' keeps each quotation
        content = clause_from(text, label.end(), sentence, quote_map)
    if content is None or (not quote_map.inside_letters(content.start, content.end) and not has_verb(content.text)
                           and not (index == 0 and headline_future(content.text.lower()))
                           and not (turn is not None and index > 0 and _spoken_turn(turn))):  # not the headline
        # "Poll: Varga and Reyl neck and neck", "Pledged: 781": a headline or a tally; not "Varga: Time for 'action'",
        # nor a headline's future, "Report: Varga to speak at harbour fair", nor a transcript's spoken turn
        return None
    if content.text.strip().rstrip(".").lower() in load_words("heading_tails.txt", lower=True):
        return None  # "Ferry strike: live updates": a page heading, nobody's words
    if _roster(content.text):
        return None  # "Harbour Board: Lena Ruiz, Chris Davis, Tom Jones": who sits on it, read as title case
    source, cue = Span.of(text, *label.span("source")), Span.of(text, *label.span("cue"))
    if (forum := FORUM_TAIL.search(text, source.start, source.end)) is not None:
        # "Ms Varga on Twitter: …": hers, the platform or day and the colon its cue
        source, cue = Span.of(text, source.start, forum.start()), Span.of(text, forum.start("cue"), cue.end)
    if (possessed := possessor_of_label(text, source, cue.start)) is not None:
        if _tagged_after(text, label.end(), sentence, quote_map):
            return None  # 'His assessment: “The pier is finished,” he said.': the quotation's own tag says who
        source, cue = possessed  # 'Skippers' reply: “…”': the skippers', the noun of saying its cue
    return make_quote((content,), cue, source, None, "speech", index, quote_map)


def _common_noun_label(text: str, label: str, after: int) -> bool:
    """A headline's label of one capitalised word and words in lower case whose first word the text writes in
    lower case too, or, no listed given name, possessive or body of ``organisations.txt``, never again after the
    label (from ``after``): common nouns ("Pier collapse" in a text about "the pier", or one that never names a
    "Pier"), not a name and the person's side ("Varga camp" over a story about Ms Varga, "Harbour FM editorial",
    "Skippers' new warning"). Read once, for the headline."""
    words = label.split()
    first = words[0]
    if len(words) < 2 or not first[1:].islower() or not words[1][:1].islower():
        return False
    if _written(text, [first.lower()]):
        return True
    if is_given_name(first) or first.endswith(("'", "’", "'s", "’s")) \
            or words[-1].lower() in load_words("organisations.txt", lower=True):
        return False  # "Ana camp", "Skippers' new warning", "Harbour council": someone who may speak
    return not _written(text, [first], after)


def _written(text: str, words: list[str], start: int = 0) -> bool:
    """Whether ``text`` writes one of ``words``, as a whole word and in the case given, from ``start`` on."""
    return regex.search(r"(?<![\p{L}\p{M}])(?:" + "|".join(map(regex.escape, words)) + r")(?![\p{L}\p{M}])", text,
                        pos=start) is not None


CAPITAL_LINKS = regex.compile(r"OF|THE")  # the small words a label of capitals writes in capitals too


def _capitals_tag(label: str) -> bool:
    """A label of two words or more, all in capitals, with a small word, a preposition or a form of "be" among
    them: a headline's tag ("PIER OF SHAME", "FIX IS IN"), not a name ("ANA VARGA", "MS VARGA")."""
    words = label.split()
    if len(words) < 2 or not label.isupper():
        return False
    f = frames()
    return any(CAPITAL_LINKS.fullmatch(word) or word.lower() in f.prepositions or word.lower() in f.be_forms
               for word in words[1:])


def _possessor(text: str, match: regex.Match, group: str = "source") -> Span:
    """The possessor a match's ``group`` holds, without its "'s": "Mr Reyl's" -> "Mr Reyl", "Her" stays."""
    start = match.start(group)
    return Span.of(text, start, start + len(POSSESSIVE.sub("", match.group(group))))


def _capitals_topic(text: str, label: str) -> bool:
    """A headline's label of two words or more in capitals, one of which the text writes in lower case: common
    nouns ("PIER WARS" over a story about "the pier"), not a name ("ANA VARGA", nor "TOM BAKER" over a story that
    has a baker: a given name first). Read once, for the headline."""
    words = [word.lower() for word in label.split() if len(word) > 2]
    if len(label.split()) < 2 or not label.isupper() or not words or is_given_name(label.split()[0].capitalize()):
        return False
    return _written(text, words)


GOES_ON = regex.compile(r"[^ .\n]")  # a word or mark after a quotation, not only its stop


def _tagged_after(text: str, position: int, sentence: Sentence, quote_map: QuoteMap) -> bool:
    """The quotation right after a label ends in a comma inside its marks and the sentence goes on after it, with
    the tag that frames it: 'His assessment: “The pier is finished,” he said.'; not 'Her verdict: “It is over.”'."""
    quoted = quote_map.first_after(position)
    if quoted is None or text[position:quoted.start].strip() or quoted.end >= sentence.end:
        return False
    return quoted.inner.text.rstrip().endswith(",") and GOES_ON.search(text, quoted.end, sentence.end) is not None


TURN_END = frozenset(".?!…")  # how a spoken turn ends: "LUND: Never.", "GAZETTE: Will you run again?"


def _spoken_turn(turn: Span) -> bool:
    """A transcript's turn that ends like a sentence and holds words, verb or none: "LUND: Never."; not a tally
    ("Varga: 2,316") nor a heading ("Delegate Update: The latest count")."""
    return turn.text.rstrip()[-1:] in TURN_END and any(ch.isalpha() for ch in turn.text.split(":", 1)[-1])


ROSTER_SIZE = 3  # names in a list after a label
NAME_WORDS = 3  # "Richard S. Rogers", "Ed Failor Jr."


def _roster(content: str) -> bool:
    """A list of names, each of up to three capitalised words: "Lena Ruiz, Chris Davis and Tom Jones"."""
    names = [name.split() for name in content.replace(" and ", ", ").split(",") if name.strip()]
    return len(names) >= ROSTER_SIZE and all(
        len(words) <= NAME_WORDS and all(word[0].isupper() for word in words) for words in names)


ON_TOPIC_LABEL = regex.compile(r"""
    (?:\d{1,3}\.?\s+)?                                                      # a list's "14 "
    (?P<source>\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*\.?(?:\s+\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*\.?){0,3})
    \s+(?P<cue>[Oo]n)\s+(?=(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hether)\s)
""", regex.VERBOSE)


def on_topic_label(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A paragraph that opens "Name on why …" (a headline): "Varga on why the ferry must run" is Varga's."""
    label = ON_TOPIC_LABEL.match(text, sentence.start, near(sentence.start, sentence.end))
    if label is None or label.group("source").lower() in frames().label_stopwords:
        return None
    if any(word.endswith(("ing", "ly", "ed")) for word in label.group("source").lower().split()):
        return None  # "Depending on what the court decides, …", "Later on why …"
    content = clause_from(text, label.end(), sentence, quote_map)
    if content is None or not has_verb(content.text):
        return None
    return make_quote((content,), Span.of(text, *label.span("cue")), Span.of(text, *label.span("source")), None,
                      "speech", index, quote_map)


# "Council to close pier - report": a spaced dash and a word of unnamed reporting closing a headline
REPORT_TAIL = EndAnchored.of(r"\s(?:[-–—]|--)\s*(?P<cue>(?i:" + alternation(load_words("headline_report_tails.txt", lower=True))
                             + r"))\s*\Z")
REPORT_TAIL_REACH = 20  # characters at the end of a headline read for such a tail


# "Ferry to be sold - Reyl": a spaced dash and up to five words closing a headline, who said it
NAME_TAIL = EndAnchored.of(r"(?:\s(?P<cue>[-–—]|--)|(?<=[\p{L}\p{N}'’”\"])(?P<cue>:))"
                           r"(?P<source>\s+[^-–—\s][^-–—.!?:;,]{0,50})\Z")
NAME_TAIL_REACH = 60  # characters at the end of a headline read for such a tail
QUOTED_WORDS = regex.compile(r"(?<!\p{L})['‘“\"]\p{L}[^'‘’“”\"]*['’”\"](?!\p{L})")  # "'illegal'", not "skippers' union"


@functools.cache
def _speaking_heads() -> frozenset[str]:
    """Head nouns of a body or an office that may close a headline after its colon: "board", "police", "mayor"."""
    return (load_words("organisations.txt", lower=True) | load_words("subjects_singular.txt", lower=True)
            | load_words("nouns_collective.txt", lower=True) | title_words().heads)


def _colon_tag_source(source: str, headline_words: str) -> bool:
    """The words after a headline's colon name who said it: a name ("Varga", "Ms Varga"), a body or an office
    ("board", "harbour master") or people by what they do ("skippers"); not "a guide", "live updates", "photos".
    A capitalised word is a name only when the headline before the colon is no title case ("Ferry Sails:
    Photos" is not)."""
    words = source.split()
    if not 0 < len(words) <= 3 or has_verb_between(source, 0, len(source), s_forms=False):
        return False
    title_case = all(word[:1].isupper() for word in headline_words.split() if word[:1].isalpha())
    if all(word[:1].isupper() for word in words) and not title_case:
        return words[0].lower() not in ("the", "a", "an")  # "Varga", "Ms Varga"; not "The Full Story"
    head = words[-1].lower()
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return (head in _speaking_heads() or singular in _speaking_heads()
            or singular.endswith(tuple(load_lines("person_noun_endings.txt"))))


def _quoted_among_words(words: str) -> bool:
    """Quoted words among words of the headline's own: "Toll plan 'illegal'", not "'Harbour Lights'" alone."""
    return QUOTED_WORDS.search(words) is not None and any(char.isalpha() for char in QUOTED_WORDS.sub("", words))


def name_tagged_headline(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A headline with no final stop that closes on a spaced dash and an inverted source: "Ferry to be sold - Reyl"
    reports "Ferry to be sold" by "Reyl", the dash its cue; the words before the dash need a verb, a headline's
    "to" and verb, or quoted words ("Toll plan 'illegal' - skippers"); "Harbour Lights - Lena Ruiz" reports
    nothing."""
    if not sentence.text.rstrip()[-1:].isalpha():
        return None
    tail = NAME_TAIL.search(text, max(sentence.start, sentence.end - NAME_TAIL_REACH), sentence.end)
    if tail is None or quote_map.around(tail.start()) is not None:
        return None
    source = source_after(text, tail.end("cue"), sentence.end)
    if source is None or source.end != tail.end() or not plausible_source(source.text):
        if tail.group("cue") != ":" or not _colon_tag_source(tail.group("source"), text[sentence.start:tail.start()]):
            return None
        source = trimmed(text, tail.start("source"), tail.end("source"))  # "Toll will rise: board"
    elif tail.group("cue") == ":" and not _colon_tag_source(source.text, text[sentence.start:tail.start()]):
        return None  # "The toll will rise: a guide": what the piece is, not who said it
    content = trimmed(text, sentence.start, tail.start())
    if content is None or not (has_verb(content.text) or headline_future(content.text.lower())
                               or QUOTED_WORDS.search(content.text) and len(content.text.split()) > 1):
        return None
    return make_quote((content,), Span.of(text, *tail.span("cue")), source, None, "speech", index, quote_map)


def report_tagged_headline(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A headline with no final stop that closes on a spaced dash and a word of ``headline_report_tails.txt``:
    "Council to close pier - report" reports "Council to close pier", cue "report", with no named source; the
    words before the dash need a verb, a headline's "to" and verb, or quoted words among words of its own ("Pier
    'unsafe' - report"); "Ferry strike - reports" reports nothing."""
    if not sentence.text.rstrip()[-1:].isalpha():
        return None
    tail = REPORT_TAIL.search(text, max(sentence.start, sentence.end - REPORT_TAIL_REACH), sentence.end)
    if tail is None or quote_map.around(tail.start()) is not None:
        return None
    content = trimmed(text, sentence.start, tail.start())
    if content is None or not (has_verb(content.text) or headline_future(content.text.lower())
                               or _quoted_among_words(content.text)):
        return None
    return make_quote((content,), Span.of(text, *tail.span("cue")), None, None, "speech", index, quote_map)


# "Update: The Gazette Just Gave Ms Varga A Fresh Cause For Alarm": a tag and its colon, the giver, "Just" and a form
# of giving, the one given to (capitalised words, no determiner), then what was given, from its determiner to a
# teaser's "To", "That", a pronoun opening a clause, a dash or the end
GIVEN_DETERMINERS = r"(?:A|An|The|Some|This|These|Its|His|Her|Their|Another|\p{N}+)"
GIVEN_IN_HEADLINE = regex.compile(r"""
    (?:\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*)?:\s+)?                          # "Bombshell: "
    (?P<source>\p{Lu}[\p{L}.’'\-]*(?:\s+(?!Just\b)\p{Lu}[\p{L}.’'\-]*){0,4})\s+
    (?P<cue>Just\s+(?i:""" + alternation(load_words("headline_giving_verbs.txt", lower=True)) + r"""))\s+
    (?P<listener>(?:(?!""" + GIVEN_DETERMINERS + r"""\b)\p{Lu}[\p{L}.’'\-]*\s+){0,3})
    (?P<content>""" + GIVEN_DETERMINERS + r"""\b[^.!?:;—―–“”"]*?)
    (?=\s+(?:To|That|Who|You|He|She|They|We|It|I)\b|\s*[—―–-]\s|\s*[.!?]?\s*\Z)
""", regex.VERBOSE)
GIVEN_REACH = 200  # characters of a headline read for it


def given_in_headline(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A title-case headline's news, advice or reason that someone "Just Gave": "The Gazette Just Gave Ms Varga Some
    Bad News" reports "Some Bad News" by "The Gazette", told "Ms Varga"; "Varga Gives Pier Tour", with no "Just",
    reports nothing."""
    if "Just" not in sentence.text or not title_case(sentence.text[:GIVEN_REACH]):
        return None
    given = GIVEN_IN_HEADLINE.match(text, sentence.start, min(sentence.end, sentence.start + GIVEN_REACH))
    if given is None or quote_map.around(given.start("cue")) is not None:
        return None
    listener = Span.of(text, given.start("listener"), given.end("listener")).text.rstrip()
    return make_quote((Span.of(text, *given.span("content")),), Span.of(text, *given.span("cue")),
                      Span.of(text, *given.span("source")),
                      Span.of(text, given.start("listener"), given.start("listener") + len(listener)) if listener else None,
                      "speech", index, quote_map)


LABEL_POSSESSOR = r"""(?P<source>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur
      |\p{Lu}[\p{L}\p{M}\-]*(?:(?<=s)['’])?(?:\s+\p{Lu}[\p{L}\p{M}\-]*){0,2}['’]s?  # "Coastline's message: …"
      |[Tt]he(?:\s+[\p{L}\-]+(?:(?<=s)['’](?=\s+\p{Lu}))?){0,2}\s+[\p{L}\-]+(?:['’]s|(?<=s)['’]))  # "The harbour board's reply: …"
    \s+(?:\p{Ll}+\s+)?                                                          # "final", "new"
"""
POSSESSIVE_LABEL = regex.compile(r"""
    (?:[Aa]mong\s+)?                                                          # "Among its findings: …"
    """ + LABEL_POSSESSOR + r"""
    (?P<cue>(?P<noun>\p{Ll}+):)\s+(?=\S)
""", regex.VERBOSE)
# "Her verdict?": a possessor and a noun of saying asked as a sentence of its own, before the quotation answering it
POSSESSIVE_QUESTION = regex.compile(LABEL_POSSESSOR + r"(?P<cue>(?P<noun>\p{Ll}+)\?)\s*", regex.VERBOSE)
POSSESSIVE_QUESTION_REACH = 40  # characters of such a sentence at most
COLON_FRAME_NOUNS = load_words("colon_frame_nouns.txt")


def possessive_label(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A sentence that opens with a possessor and a noun of saying before a colon: "Their argument: the pier
    must stay" is theirs, and so is "Among its findings: …"."""
    start = sentence.end - len(sentence.text.lstrip(" “\""))
    match = POSSESSIVE_LABEL.match(text, start, near(start, sentence.end))
    if match is None or match.group("noun") not in COLON_FRAME_NOUNS or quote_map.around(match.start()) is not None \
            or quote_map.starting_at(match.end()) is not None:
        return None  # 'His assessment: “…,” he said': the quotation has a frame of its own
    content = clause_from(text, match.end(), sentence, quote_map)
    if content is None or not has_verb(content.text):
        return None
    content = _to_sentence_end(text, content, sentence, quote_map)  # "Among its findings: A; B; and C"
    source = _possessor(text, match)
    return make_quote((content,), Span.of(text, *match.span("cue")), source, None, "speech", index, quote_map)


def possessive_question(text: str, sentence: Sentence, following: Sentence, index: int,
                        quote_map: QuoteMap) -> Quote | None:
    """A sentence of only a possessor and a noun of saying asked as a question, then in the same paragraph a
    sentence that is one quotation (``following``, at ``index``): "Her verdict? “Unsafe.”" gives the quotation to
    "Her", the noun and its question mark the cue; "Her verdict? It was unsafe." and a quotation with a frame of
    its own report nothing here."""
    start = sentence.end - len(sentence.text.lstrip(" “\""))
    if (following.paragraph != sentence.paragraph
            or sentence.end - start > POSSESSIVE_QUESTION_REACH
            or (match := POSSESSIVE_QUESTION.fullmatch(text, start, sentence.end)) is None
            or match.group("noun") not in COLON_FRAME_NOUNS):
        return None
    opening = following.end - len(following.text.lstrip())
    quoted = quote_map.starting_at(opening)
    if quoted is None or not quoted.closed or text[quoted.end:following.end].strip():
        return None  # no quotation, or one that goes on: "Her verdict? “Unsafe,” she said."
    source = _possessor(text, match)
    return make_quote((quoted.inner,), Span.of(text, *match.span("cue")), source, None, "speech", index, quote_map)


# "“…” – that was the message from Ms Varga", "“…,” came the reply from the council", "“…” That was the verdict
# from Mr Reyl.": after a quotation, a copula or "came", "the", a noun of saying and "from" before the source, which
# ends before a time, a place or a clause's joint
MESSAGE_SOURCE_STOP = alternation(load_words("message_source_stops.txt"))
MESSAGE_FROM = regex.compile(r"""
    \s*(?:,\s*|[—―–]\s*|-\s+)?
    (?P<cue>(?:(?i:that|this)\s+)?(?:(?:was|is|came|comes)\s+the|(?P<came>came|comes)(?:\s+an?)?)\s+(?:\p{Ll}+\s+)?
      (?P<noun>\p{Ll}+)\s+from)\s+
    (?P<source>(?:(?:the|a|an|his|her|their|its)\s+)?[\p{L}][\p{L}\p{M}.'’\-]*
      (?:\s+(?!(?:""" + MESSAGE_SOURCE_STOP + r""")\b)
         [\p{L}][\p{L}\p{M}.'’\-]*){0,4}?(?<!\.))                                # not the stop
    (?=\s*(?:[,.;:!?)]|\Z)|\s+(?:""" + MESSAGE_SOURCE_STOP + r""")\b)
""", regex.VERBOSE)


def message_from(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A quotation that opens the sentence, or a whole quoted sentence right before it in its paragraph, then "that
    was the message from X", "was the verdict from X" or "came the reply from X" (a noun of
    ``colon_frame_nouns.txt``): the quotation is X's, direct, the words from the verb to "from" its cue. Not "The
    pier was the gift from Ms Varga", with no quotation, nor a noun of no saying ("“…” was the title from …")."""
    opening = sentence.end - len(sentence.text.lstrip())
    quoted = quote_map.starting_at(opening)
    if quoted is not None and quoted.closed:
        after = quoted.end  # "“The pier is safe” – that was the message from Ms Varga"
    else:
        quoted, after = quote_map.closed_before(sentence.start), opening  # "“…” That was the verdict from X."
        if quoted is None or text[quoted.end:sentence.start].strip() \
                or quoted.inner.text.rstrip()[-1:] not in ".!?":
            return None
    match = MESSAGE_FROM.match(text, after, near(after, sentence.end))
    if match is None or not plausible_source(match.group("source")):
        return None
    noun, came = match.group("noun"), CAME.search(match.group("cue")) is not None
    if not (noun in COLON_FRAME_NOUNS and (match.group("came") is None or " the " in match.group("cue"))
            or came and _cry(noun) and not _position(match.group("source"))):
        return None  # "came the reply from", "came shouts from"; not "came a reply from" nor "was shouts from"
    return make_quote((quoted.inner,), Span.of(text, *match.span("cue")), Span.of(text, *match.span("source")), None,
                      "speech", index, quote_map)


CAME = regex.compile(r"\b(?:came|comes)\b")


def _cry(noun: str) -> bool:
    """A noun of calling out of ``message_cries.txt``, singular or plural: "shout", "shouts", "cries"."""
    cries = load_words("message_cries.txt")
    return noun in cries or noun.endswith("s") and noun[:-1] in cries or noun.endswith("ies") and noun[:-3] + "y" in cries


def _position(source: str) -> bool:
    """A phrase opened by a position of ``cry_positions.txt``, perhaps after "the": "the back", "the far end of
    the hall", where a cry was heard; not "the gallery" or "the skippers"."""
    words = source.lower().split()
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    return first in load_words("cry_positions.txt", lower=True)


COLON_LOOKAHEAD = 8  # characters after a label's colon read to see that words follow it


def possessor_of_label(text: str, subject: Span, colon: int) -> tuple[Span, Span] | None:
    """The possessor and the cue when a sentence's subject is a possessor and a noun of saying right before a
    colon: "Ms Varga's reply: “…”" -> "Ms Varga", "reply:"; None for "The harbour master: “…”"."""
    match = POSSESSIVE_LABEL.match(text, subject.start, near(subject.start, colon + COLON_LOOKAHEAD))
    if match is None or match.end("cue") != colon + 1 or match.group("noun") not in COLON_FRAME_NOUNS:
        return None
    source = _possessor(text, match)
    return source, Span.of(text, *match.span("cue"))


POSSESSIVE_COPULA = regex.compile(r"""
    (?<![\p{L}\p{M}])
    (?P<source>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y
      |\p{Lu}[\p{L}\p{M}.\-]*(?:(?<=s)['’])?(?:\s+\p{Lu}[\p{L}\p{M}.\-]*){0,2}['’]s?  # "Mr. Reyl's", "Seafarers' Guild's"
      |[Tt]he(?:\s+[\p{L}\-]+(?:(?<=s)['’](?=\s+\p{Lu}))?){0,2}\s+[\p{L}\-]+(?:['’]s|(?<=s)['’])  # "the harbour board's", "the skippers'"
      |(?P<counted>[Oo]ne|[Aa]nother)                                              # "One view is that": nobody's
      |(?P<bare>[Tt]he))                                                           # "The hope is that": nobody's
    \s+(?:\p{Ll}+\s+){0,2}?                                                      # "most surprising"
    (?P<cue>(?P<noun>\p{Ll}+)
      (?P<aside>,[^,;:“”"()]{1,100},)?                                            # ", shared by the council,"
      (?:\s+to\s+(?P<listener>[\p{L}\-]+(?:\s+[\p{L}\-]+){0,2}?))?                     # "to skippers", "to the council"
      \s+(?:is|was|(?:(?:long|always|still|also|\p{Ll}+ly)\s+)?(?:has|had)\s+(?:(?:long|always|still|also|\p{Ll}+ly)\s+)?been
         |remains|remained))                                                     # "has long been", "long has been"
    \s+(?:that|\p{Ll}+:)\s+(?=\S)                                                 # "was brief:"
""", regex.VERBOSE)


# "The fear among skippers is that …", "The message from the council was that …": the holder after the noun
AGENT_COPULA = regex.compile(r"""
    (?<![\p{L}\p{M}])[Tt]he\s+(?:\p{Ll}+\s+){0,2}?
    (?P<noun>\p{Ll}+)\s+(?P<preposition>among|from|within|inside|in|by)\s+
    (?P<source>[^\s,;:“”"()][^,;:“”"()]{1,59}?)
    \s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:that|\p{Ll}+:)\s+(?=\S)   # "was clear:"
""", regex.VERBOSE)
COLON_HOLDER_PREPOSITIONS = frozenset({"from", "among"})  # before a colon the holder follows only these
COPULA_THAT = ("is that", "was that", "been that", "remains that", "remained that")
COPULA_THAT_AFTER = regex.compile(r"\s+(?:is|was|(?:(?:long|always|still|also|\p{Ll}+ly)\s+)?(?:has|had)\s+"
                                   r"(?:(?:long|always|still|also|\p{Ll}+ly)\s+)?been|remains|remained)"
                                   r"\s+that\b")


def possessed_noun_before_that(text: str, sentence: Sentence, noun: Span) -> bool:
    """The noun is the one a possessor and "is that" frame: "Mr Reyl's most pointed claim is that …"."""
    if COPULA_THAT_AFTER.match(text, noun.end, near(noun.end, sentence.end)) is None:
        return False  # no "is that" right after it: most nouns
    return any(match.span("noun") == (noun.start, noun.end) and match.group("noun") in COLON_FRAME_NOUNS
               for match in POSSESSIVE_COPULA.finditer(text, max(sentence.start, noun.start - 80),
                                                       near(noun.end, sentence.end)))


BARE_COPULA_NOUNS = load_words("bare_copula_nouns.txt")


def _bare_held(text: str, sentence: Sentence, match: regex.Match) -> bool:
    """"The" and a noun of ``bare_copula_nouns.txt`` before "is that": a hope or fear the sentence does not say
    whose ("The hope is that the ferry stays"); not "The problem is that …", nor after a preposition ("Part of the
    hope is that …", whose noun is another's)."""
    if match.group("noun") not in BARE_COPULA_NOUNS or not match.group().rstrip().endswith("that"):
        return False
    before = text[max(sentence.start, match.start() - 30):match.start()].split()
    return not before or before[-1].lower() not in frames().prepositions | {"of"}


def _listener(words: str) -> bool:
    """People a message may be given to: a name ("Mr Reyl"), or a noun phrase in lower case for people
    ("skippers", "the council"); not "the question", "the letter"."""
    if all(word[:1].isupper() for word in words.split()):
        return plausible_source(words)
    return described_subject(words)


def possessive_copula(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Iterator[Quote]:
    """A possessor, a noun of ``colon_frame_nouns.txt`` and "is that" or "was that": "Ms Varga's answer was that
    the toll is fair" is hers, as "Ms Varga's answer: …" is; not "the pier's problem is that …"."""
    if ":" not in sentence.text and not any(verb in sentence.text for verb in COPULA_THAT):
        return  # most sentences: a substring test is cheaper than the pattern
    for match in POSSESSIVE_COPULA.finditer(text, sentence.start, sentence.end):
        if match.group("bare") is not None:
            if not _bare_held(text, sentence, match):
                continue
        elif match.group("noun") not in COLON_FRAME_NOUNS:
            continue
        if quote_map.around(match.start()) is not None:
            continue
        content = clause_from(text, match.end(), sentence, quote_map)
        if content is None or not (has_verb(content.text) or quote_map.around(content.start) is not None):
            continue  # 'Her advice was simple: “Sing what you know.”': a quotation needs no verb we can find
        listener = match.group("listener")
        if listener is not None and not _listener(listener):
            continue  # "Her answer to the question was that …": no one it was given to
        # "The mayor's view, shared by the council, is that …", "Her message to skippers was clear: …": the noun alone
        # is the cue, the people it was given to its addressee
        cue = Span.of(text, *match.span("noun" if match.group("aside") or listener else "cue"))
        addressee = Span.of(text, *match.span("listener")) if listener else None
        if match.group("counted") or match.group("bare"):
            # "One view is that the toll is fair": a view held by someone the sentence does not name
            yield make_quote((content,), cue, None, addressee, "speech", index, quote_map)
            continue
        possessor = _possessor(text, match)
        source_start, source_end = possessor.start, possessor.end
        while (first := text[source_start:source_end].split(maxsplit=1)) and len(first) > 1 \
                and first[0].lower() in frames().boundaries:
            source_start = text.index(first[1], source_start)  # "But Mr Reyl's claim": the joint is no part of him
        yield make_quote((content,), cue, Span.of(text, source_start, source_end), addressee, "speech", index,
                         quote_map)
    for match in AGENT_COPULA.finditer(text, sentence.start, sentence.end):
        if (match.group("noun") not in COLON_FRAME_NOUNS or quote_map.around(match.start()) is not None
                or not plausible_source(match.group("source"))):
            continue
        if match.group().rstrip().endswith(":") and match.group("preposition") not in COLON_HOLDER_PREPOSITIONS:
            continue  # "The fear in Lyme was real: …": a place; "The message from the council was blunt: …" is theirs
        content = clause_from(text, match.end(), sentence, quote_map)
        if content is not None and has_verb(content.text):
            yield make_quote((content,), Span.of(text, *match.span("noun")), Span.of(text, *match.span("source")),
                             None, "speech", index, quote_map)


# "“We go again,” was the verdict of Ms Varga.", "“Not now,” was Mr Reyl's reply.": after a quotation opening the
# sentence, the copula and a possessor or "the" before a noun of colon_frame_nouns.txt, the holder after "of" or
# "from", and nothing more up to the sentence's end
QUOTATION_THEN_NOUN = regex.compile(r"""
    ,?\s+(?P<verb>is|was)\s+
    (?:(?P<possessor>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)(?![\p{L}\p{M}])
                    |\p{Lu}[\p{L}\p{M}.\-]*(?:(?<=s)['’])?(?:\s+\p{Lu}[\p{L}\p{M}.\-]*){0,2}['’]s?
                    |the(?:\s+[\p{L}\-]+(?:(?<=s)['’](?=\s+\p{Lu}))?){0,2}\s+[\p{L}\-]+(?:['’]s|(?<=s)['’]))  # "the board's"
       \s+(?:[\p{Ll}\-]+\s+){0,2}?(?P<noun>\p{Ll}+)
      |the\s+(?:[\p{Ll}\-]+\s+){0,2}?(?P<held>\p{Ll}+)\s+(?P<preposition>of|from)\s+(?P<source>[^\s,;:“”"()][^,;:“”"()]{0,59}?))
    \s*[.!?]?\s*\Z
""", regex.VERBOSE)
NOUN_FRAME_CHARS = 120  # characters at most from the quotation's end to the sentence's end


def quotation_then_noun(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A quotation opening the sentence before "was the verdict of" and its holder, or "was" and a possessor's noun
    of saying (``colon_frame_nouns.txt``): "“We go again,” was the verdict of Ms Varga." (cue "was the verdict of")
    and "“Not now,” was Mr Reyl's reply." (cue "reply") are theirs; not "“Harbour Lights” is the council's new
    song", whose noun says nothing."""
    quoted = quote_map.starting_at(sentence.start)
    if quoted is None or not quoted.closed or quoted.inner.end <= quoted.inner.start \
            or sentence.end - quoted.end > NOUN_FRAME_CHARS:
        return None
    match = QUOTATION_THEN_NOUN.match(text, quoted.end, sentence.end)
    if match is None or (match.group("noun") or match.group("held")) not in COLON_FRAME_NOUNS:
        return None
    if match.group("possessor"):
        source = _possessor(text, match, "possessor")
        cue = Span.of(text, *match.span("noun"))
    else:
        source = Span.of(text, *match.span("source"))
        cue = Span.of(text, match.start("verb"), match.end("preposition"))  # as message_from's "was the verdict from"
        if not plausible_source(source.text):
            return None
    return make_quote((quoted.inner,), cue, source, None, "speech", index, quote_map)


def _without_closing_day(text: str, source: Span) -> Span:
    """An "according to" source without the day it closes on, after a noun: "a harbour report on Wednesday" -> "a
    harbour report"; "a harbour report released on Wednesday" keeps the day its verb is read with."""
    day = DAY_CLOSING_SOURCE.search(text, source.start, source.end)
    if day is None:
        return source
    before = text[source.start:day.start()].split()
    if not before or past_word(before[-1]) or before[-1].endswith("ing") \
            or before[-1].lower() in load_words("irregular_participles.txt", lower=True):
        return source  # "a report released on Monday", "the files the firm is sending on Monday": the verb's day
    return Span.of(text, source.start, day.start())


def according_to(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Iterator[Quote]:
    """"According to X, …", "…, according to X." and "…, according to X, …"; likewise "in the words of X"."""
    if not any(mark in sentence.text for mark in ACCORDING_MARKS):
        return
    for match in ACCORDING_TO.finditer(text, sentence.start, sentence.end):
        place = ACCORDING_PHRASES[" ".join(match.group().lower().split())]
        if quote_map.around(match.start()) is not None or (
                place != "anywhere" and last_char_before(text, sentence.start, match.start(), " “\"") not in ("", ",")):
            continue  # "The verse was set in the words of a poet": that phrase must open the sentence or follow a comma
        if place == "named" and NAMED_AFTER_PER.match(text, match.end(), near(match.end(), sentence.end)) is None:
            continue  # "…, per boat": a rate, no source
        source_match = ACCORDING_SOURCE.match(text, match.end(), near(match.end(), sentence.end))
        if source_match is None:
            continue
        source = trimmed(text, *source_match.span("source"))
        if source is None:
            continue
        source_end = source_match.end()
        if ROLE_SOURCE.fullmatch(source.text) and (name := NAME_AFTER_ROLE.match(
                text, source_end, near(source_end, sentence.end))) is not None \
                and has_verb(text[name.end() + 1:near(name.end(), sentence.end)].split(",")[0]):
            # the name is set off, and a clause with its verb follows: not "the census, New Lyme, the old town, …"
            source, source_end = Span.of(text, source.start, name.end()), name.end()
        elif ROLE_SOURCE.fullmatch(source.text) and role_noun_is_head(source.text, before=ROLE_NOUN_PREPOSITIONS) and (
                name := NAME_CLOSING_AFTER_ROLE.match(text, source_end, sentence.end)) is not None:
            # "…, according to the board's chairman, Ivo Kranjc.": the name closing the sentence is the role's own,
            # no words said after the source
            source_end = name.end("name") - text[name.start("name"):name.end("name")].endswith(".")
            source = Span.of(text, source.start, source_end)
        if NAMED_SOURCE.search(source.text) and (names := NAME_LIST_AFTER.match(
                text, source_end, near(source_end, sentence.end))) is not None:
            source, source_end = Span.of(text, source.start, names.end()), names.end()  # "Lenz, Varga and Dunn"
        cue = Span.of(text, match.start(), match.end() - len(match.group()) + len(match.group().rstrip()))
        # "…; according to Mr Reyl, it will not": after a semicolon the phrase opens a clause, as at the start
        at_start = last_char_before(text, sentence.start, match.start(), " “\"") in ("", ";")
        if (role_end := _role_set_off(text, source, sentence, at_start=at_start)) is not None:
            source_end = role_end  # "According to Ida Lenz, an analyst at Pier Capital, the toll …": no report
        after = ACCORDING_RESUMES.match(text, source_end, near(source_end, sentence.end))
        if after is None and last_char_before(text, sentence.start, match.start()) in DASHES:
            # "… while — according to the port — she left": the pair of dashes sets the phrase off, as commas would
            after = ACCORDING_DASH_RESUMES.match(text, source_end, near(source_end, sentence.end))
        if at_start and after is None and (named := NAME_THEN_CLAUSE.match(text, source.start, source.end)) is not None:
            # "According to Ms Varga the pier is safe": no comma; the name ends where a clause's subject begins
            source, after = Span.of(text, *named.span("name")), named
        left = None if at_start else clause_before(text, match.start(), sentence, quote_map)
        if left is not None and after is not None and _aside_in_frame(text, left, after.end()):
            continue  # "Mr Reyl said, according to a translation, that the pier was unsafe": his words, not its
        right = clause_from(text, after.end(), sentence, quote_map) if after is not None else None
        if right is not None and (SOURCE_RELATIVE.match(text, right.start, right.end) is not None
                                  or _document_aside(text, right)):
            # "…, according to Ms Varga, who runs the cafe": the relative tells of the source; what was said
            # resumes only after its closing comma ("According to a skipper, who asked not to be named, the …");
            # so does a participle that describes a document ("According to the study, published on Tuesday, …")
            closing = ACCORDING_RESUMES.search(text, right.start, right.end)  # the comma that closes the relative
            right = clause_from(text, closing.end(), sentence, quote_map) if closing is not None else None
        if right is not None:
            # "According to X, …" and "the next day, according to X, Osman …"
            right = _to_sentence_end(text, right, sentence, quote_map)
        if left is not None and right is not None and _writers_joint(left.text.split()):
            left = None  # "But, according to X, …" and "…, because, according to X, …"
        elif left is not None and right is not None and WRITERS_CONTRAST.match(right.text):
            right = None  # "The toll rose, according to the port, but skippers still pay it": the writer's contrast
        elif left is not None and right is not None and _joined_report(text, right):
            right = None  # "…, according to the office, and Jon Hale said bookings were up": his report, not its
        elif left is not None and right is not None and _appositive_after(text, left, right):
            right = None  # "The toll rose by 9 percent, according to the port, more than twice …": an aside
        pieces: list[Span] = []
        if left is not None:
            bracket = text.rfind("(", left.start, match.start())
            if bracket > text.rfind(")", left.start, match.start()):
                left = trimmed(text, bracket + 1, match.start()) or left  # "(93 percent were white, according to …)"
            left = _after_colon(text, _relative_after_report(text, left), quote_map)
            pieces.append(_last_clause(text, _past_writers_opening(text, left, quote_map)))
        if right is not None:
            pieces.append(right)
        if pieces:
            yield make_quote(tuple(pieces), cue, _without_closing_day(text, source), None, "speech", index, quote_map)


def _aside_in_frame(text: str, left: Span, resumption: int) -> bool:
    """"…, according to X," stands between a cue of speech and the "that" of its clause, a parenthesis as ", he
    said," is: "Mr Reyl said, according to an official translation, that the pier was unsafe" is his report, read
    with its own cue; not "The toll, according to Ms Varga, that skippers pay is too high"."""
    if not THAT_AFTER_ASIDE.match(text, resumption, resumption + 5):
        return False
    last = left.text.split()[-1]
    return (entry := cue_lexicon().lookup(last)) is not None and entry[1] in SPEECH | {"writing", "thought"}


def _document_aside(text: str, right: Span) -> bool:
    """What resumes after "According to X," is a participle of ``document_participles.txt`` that describes X, set
    off by a comma or ending the sentence, its next word a preposition or capitalised: "According to the study,
    published on Tuesday, …", "…, according to a memo, dated March 2."; not "According to the study, published
    figures understate …"."""
    end = document_participle_end(text, right.start, right.end)
    if end is None or not (text.startswith(",", end) or end == right.end):
        return False
    following = right.text.split(maxsplit=2)[1:2]
    return bool(following) and (following[0][:1].isupper() or following[0].lower() in frames().prepositions)


def _role_set_off(text: str, source: Span, sentence: Sentence, *, at_start: bool) -> int | None:
    """Where a role, an age or a body's description set off by a comma after a named source ends: "According to
    Ida Lenz, an analyst at Pier Capital, the toll …", "…, according to Ida Lenz, a planner who studied the pier."
    (to the sentence's end), "According to Tom Reyl, 54, the …", "…, according to Pierwire, the news agency." (a
    noun of organisations.txt last); not a clause after the name ("According to Mr Reyl, the mayor lost
    the vote"), nor a role after a source in lower case ("According to the census, New Lyme, the old town, …")
    or one whose own noun is no title head ("…, according to Pierdata, the most of any skipper"). An opening
    source's role must close on a comma."""
    if NAMED_SOURCE.search(source.text) is None:
        return None
    role = appositive_after_title(text, source.end, limit=sentence.end)
    if role is None or _verb_in_role(text[role[0]:role[1]]) or not role_noun_is_head(
            text[role[0]:role[1]], before=ROLE_NOUN_PREPOSITIONS):
        age = AGE_SET_OFF.match(text, source.end, near(source.end, sentence.end))
        if age is not None:
            return age.end()
        body = BODY_SET_OFF.match(text, source.end, near(source.end, sentence.end))
        if body is None or body.group("head") not in load_words("organisations.txt", lower=True) or _holds_verb(
                body.group("words").lower().split()[:-1]) or at_start and not text.startswith(",", body.end()):
            return None
        return body.end()
    comma = text.find(",", role[1], near(role[1], sentence.end))
    if comma >= 0:
        return comma
    return None if at_start else sentence.end


def _verb_in_role(role: str) -> bool:
    """A verb in what reads as a role: a past form, an irregular verb or an auxiliary, or a word in "-s" right after
    a title head ("the mayor hires the captain"); not the plural noun of "a spokeswoman for the skippers"."""
    words = [word.lower() for word in role.split()]
    return _holds_verb(words) or any(word.endswith("s") and title_words().is_head(before)
                                     for before, word in zip(words, words[1:]))


def _holds_verb(words: list[str]) -> bool:
    """A past form, an irregular verb or an auxiliary among ``words`` (in lower case), read without the "-s" of a
    plural noun ("news"): "the mayor praised the union" is a clause, "the news agency" none."""
    return any(past_word(word) or word in frames().verbal_auxiliaries for word in words)


JOINED_REPORT_REACH = 200  # characters after "and" in which a joined clause's own cue of speech is looked for


def _joined_report(text: str, right: Span) -> bool:
    """What resumes after "…, according to X," is another's report joined by "and": a finite cue of speech or
    writing within the clause ("Trips bring in £2m a year, according to the office, and Jon Hale, who runs three,
    said bookings were up"), read with its own source; not "…, and skippers pay it", which may still be X's."""
    if not JOINING_AND.match(right.text):
        return False
    lexicon = cue_lexicon()
    for match in lexicon.find(text, right.start, min(right.end, right.start + JOINED_REPORT_REACH), SPEECH | {"writing"}):
        word, before = match.group().lower(), text[right.start:match.start()].split()
        if (lexicon.third_person(word) or past_word(word)) and not (
                before and (before[-1][:1].isdigit() or before[-1].lower() in NOT_FINITE_BEFORE)):
            return True  # not "…, and there were eight reported incidents", "a shot being fired": no finite cue
    return False


def _appositive_after(text: str, left: Span, right: Span) -> bool:
    """What resumes after "…, according to X," is an aside on the finished clause before it, not more of that
    clause: a noun phrase (``appositive_openers.txt``, a digit or "$" first) with no verb of its own up to its
    comma or its relative word ("The toll rose by 9 percent, according to the port, more than twice what it rose
    in 2015"); not the rest of a clause whose verb is still to come ("The toll, according to Ms Varga, will
    rise"), an object after a clause that ends on its verb ("The pier earns, according to Ms Varga, $2 million a
    year"), nor a clause of its own ("…, according to the port, the ferry left at noon")."""
    first = right.text.split(maxsplit=1)[0].lower()
    if not (first in APPOSITIVE_OPENERS or first[:1].isdigit() or first.startswith("$")) \
            or not has_verb(left.text) or VERB_AT_END.search(left.text) is not None:
        return False
    cut = APPOSITIVE_CUT.search(text, right.start, right.end)
    end = cut.start() if cut is not None else right.end
    return not has_verb_between(text, right.start, end, s_forms=False) and not main_clause(text[right.start:end])


def _writers_joint(words: list[str]) -> bool:
    """What comes before "according to X" is only the writer's joint: a lone "But", or a clause that ends on its
    subordinator ("The ferry stopped because"); not "… and", whose verb may follow the source."""
    last = words[-1].lower()
    return (len(words) == 1 and last in frames().boundaries) or last in frames().subordinators


SENTENCE_END_REACH = 1000  # characters a report may run on past its clause to the end of the sentence


def _to_sentence_end(text: str, clause: Span, sentence: Sentence, quote_map: QuoteMap) -> Span:
    """"According to the Gazette, the toll rose by 5 percent, a record": all the sentence after the source is the
    report; not past a quotation ("…, “a record,” the mayor added") nor past a semicolon before another "according
    to" ("…; according to Mr Reyl, it will not")."""
    if (text[clause.end - 1:clause.end] in "”\"’'" or quote_map.around(clause.end) is not None
            or sentence.end - clause.end > SENTENCE_END_REACH):
        return clause  # past a quotation, or a "sentence" of thousands of characters with no stop in it
    later = quote_map.first_after(clause.end)
    if later is not None and later.start < sentence.end:
        return clause
    end = sentence.end
    for joint in SEMICOLON.finditer(text, clause.end, sentence.end):
        if ACCORDING_TO.match(text, joint.end(), sentence.end) is not None:
            end = joint.start()  # "According to Ms Varga, the board will meet; according to Mr Reyl, …": his account
            break
    return trimmed(text, clause.start, end) or clause


def _after_colon(text: str, left: Span, quote_map: QuoteMap) -> Span:
    """"The toll has not hurt trade: the port was the busiest in 2015, according to one index": the index's
    report is the clause after the colon; a list after it ("what it lacks: a pier and a ferry") keeps the whole."""
    colon = None
    for colon in COLON_THEN_CLAUSE.finditer(text, left.start, left.end):
        pass
    if colon is None or quote_map.around(colon.start()) is not None \
            or not FINITE.search(text, colon.end(), left.end) or not FINITE.search(text, left.start, colon.start()):
        return left
    return trimmed(text, colon.end(), left.end) or left


def _past_writers_opening(text: str, left: Span, quote_map: QuoteMap) -> Span:
    """"Though the catch was small, the pier made money, according to the port" and "Facing a storm, the ferry
    sailed late, according to its crew": the source's account is the main clause after the writer's opening
    participle or concession, from the first comma a main clause follows; not "Nothing …", "During …" (no
    participle), nor "If the toll rises, the ferry stops, according to Ms Varga", whose condition is part of the
    account."""
    opening = WRITERS_OPENING.match(text, left.start, left.end)
    if opening is None or (opening.group("participle") is not None
                           and opening.group("participle").lower() in NOT_PARTICIPLES):
        return left
    for comma in CLAUSE_COMMA_AHEAD.finditer(text, opening.end(), left.end):
        if quote_map.around(comma.start()) is None and main_clause(text[comma.end():near(comma.end(), left.end)]):
            return trimmed(text, comma.end(), left.end) or left
    return left


def _last_clause(text: str, left: Span) -> Span:
    """"The pier shut in May, and Mr Reyl sold it, according to the port": after ", and" a subject (a pronoun or
    capitalised words) and a clause with its verb are the source's account; the clause before is the writer's.
    Not "…, and the skippers of Lyme", a list's last item with no verb."""
    clause = AND_CLAUSE_AT_END.search(text, left.start, left.end)
    if clause is None or not has_verb(clause.group("clause")):
        return left
    return Span.of(text, *clause.span("clause"))


def _relative_after_report(text: str, left: Span) -> Span:
    """"Mr Reyl says the pier is safe, which the council doubts, according to the Gazette": a report with its
    own cue leaves the source after it only the relative clause that closes the sentence; so does a relative set
    off by a dash, whatever comes before it ("Mr Reyl blames the council - which it usually is, according to Ms
    Varga": only "which it usually is" is hers)."""
    dashed = DASH_RELATIVE_AT_END.search(text, left.start, left.end)
    if dashed is not None:
        return Span.of(text, *dashed.span("relative"))
    relative = RELATIVE_AT_END.search(text, left.start, left.end)
    if relative is None:
        return left
    lexicon, markers = cue_lexicon(), frames().noun_markers
    cues = [match for match in lexicon.find(text, left.start, relative.start(), SPEECH) if match.start() > left.start]
    if not any(match.group().lower() in lexicon.finite_forms
               and text[left.start:match.start()].split()[-1].lower() not in markers  # not "his comments"
               and (lexicon.forms[match.group().lower()][0] not in lexicon.phrasal_only  # "carried" needs its noun
                    or any(later.start() > match.start() for later in cues))  # "carried little mention of"
               for match in cues):
        return left
    return Span.of(text, *relative.span("relative"))


@frozen
class _Viewpoint:
    """A viewpoint phrase's class, and whether it must lead its clause or part of it ("By the port's count, …",
    "The ferry, by her own account, was late"), never close it."""
    cue_class: str
    leading: bool


@functools.cache
def _viewpoints() -> tuple[regex.Pattern, dict[tuple[str, str], _Viewpoint], tuple[str, ...]]:
    """The pattern of "in X's view", "by X's own count" and "by some measures", and what each preposition and
    noun reads (``viewpoint_phrases.txt``), and the nouns alone, looked for anywhere in a lower-cased word."""
    phrases = {(preposition, noun): _Viewpoint(cue_class, "leading" in reads)
               for preposition, noun, cue_class, *reads in load_table("viewpoint_phrases.txt")}
    pattern = regex.compile(r"""
        (?<![\p{L}])(?P<cue>(?i:""" + alternation({preposition for preposition, _ in phrases}) + r"""))\s+
        (?:(?P<possessor>his|her|their|my|our|its|your                            # "in her view"
              |(?:[Tt]he\s+)?\p{Lu}(?:[\p{L}\p{M}\-]|[.](?=\s))*(?:(?<=s)['’](?=\s+\p{Lu}))?  # "the Seafarers' Guild's"
               (?:\s+\p{Lu}(?:[\p{L}\p{M}\-]|[.](?=\s))*){0,3}['’]s?                # "by the Gazette's tally"
              |[Tt]he(?:\s+[\p{L}\-]+){1,3}(?:['’]s|(?<=s)['’]))                 # "by the harbour board's count"
           (?:\s+(?:""" + alternation(load_words("viewpoint_modifiers.txt")) + r"""))?  # "by his own account"
          |(?P<quantifier>(?i:""" + alternation(load_words("viewpoint_quantifiers.txt")) + r""")))  # "by some measures"
        \s+(?P<noun>""" + alternation(noun for _, noun in phrases) + r""")\b
        (?=\s*(?:,|\.?\s*\Z|\.\s))
    """, regex.VERBOSE)
    return pattern, phrases, tuple(sorted({noun for _, noun in phrases}))


def in_view_of(text: str, sentence: Sentence, index: int, quote_map: QuoteMap,
               cue_classes: frozenset[str], lowered: str) -> Iterator[Quote]:
    """"In Ms Varga's view, the pier is unsafe", "The pier is unsafe, in her view", "By the port's own count,
    the toll raised a million": the clause is her view, the port's count; ``lowered`` is the sentence's text in
    lower case."""
    pattern, phrases, nouns = _viewpoints()
    if not any(noun in lowered for noun in nouns):
        return  # no "view", "count", "mind" …: most sentences (a substring test is cheaper than a pattern)
    for match in pattern.finditer(text, sentence.start, sentence.end):
        viewpoint = phrases.get((match.group("cue").lower(), match.group("noun")))
        if viewpoint is None or viewpoint.cue_class not in cue_classes or quote_map.around(match.start()) is not None:
            continue  # "by her view", "in his count": no such phrase
        if match.group("possessor") is None:
            source = Span.of(text, match.start("quantifier"), match.end("noun"))  # "some measures"
        else:
            source = _possessor(text, match, "possessor")  # "Mr Reyl's"
        cue = Span.of(text, match.start("cue"), match.end("noun"))
        at_start = not last_char_before(text, sentence.start, match.start(), " “\"")
        after = ACCORDING_RESUMES.match(text, match.end(), near(match.end(), sentence.end))
        right = clause_from(text, after.end(), sentence, quote_map) if after is not None else None
        if right is None and (viewpoint.leading or last_char_before(text, sentence.start, match.start()) != ","):
            continue  # "…, by the Gazette's count." counts the last figure; "rose in her estimation" is no view
        pieces: list[Span] = []
        if not at_start and (left := clause_before(text, match.start(), sentence, quote_map)) is not None and not (
                right is not None and _writers_joint(left.text.split())):
            pieces.append(left)  # not "She left because, in her view, …", whose view is only what follows
        if right is not None:
            pieces.append(right)  # "In her view, …" and "The step, in his view, would be …"
        if pieces and has_verb(" ".join(piece.text for piece in pieces)):
            yield make_quote(tuple(pieces), cue, source, None, viewpoint.cue_class, index, quote_map)


TO_WHOM = regex.compile(r"""
    (?:(?:[Bb]ut|And|Yet)\s+)?(?P<cue>[Tt]o)\s+
    (?P<source>them|him|her|me|us                                            # "To them, …"
      |(?:many|others|some|most|anyone)(?:\s+(?:who|of)\s[^,;:.!?“”\"]{1,60})?  # "To many who lived there, …"
      |(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}\p{M}\-'’]+(?:\s+\p{Lu}[\p{L}\p{M}\-'’]*\.?){0,3}  # "To Ms Varga, …"
       (?:,\s+who\s[^,;:.!?“”\"]{1,80})?)                                     # "To Mr Reyl, who owns the pier, …"
    \s*,\s*(?=\S)
""", regex.VERBOSE)


def to_whom(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A sentence that opens "To X, …" gives X's view: "To Ms Varga, the pier is a relic"."""
    start = sentence.end - len(sentence.text.lstrip(" “\""))
    match = TO_WHOM.match(text, start, near(start, sentence.end))
    if match is None or quote_map.around(match.start("cue")) is not None:
        return None
    content = clause_from(text, match.end(), sentence, quote_map)
    if content is None or not has_verb(content.text) or title_case(content.text):
        return None  # "To Ms Varga, with thanks": no clause
    return make_quote((content,), Span.of(text, *match.span("cue")), Span.of(text, *match.span("source")), None,
                      "thought", index, quote_map)


TITLE_PARTICIPLE = regex.compile(r"(?<![\p{L}])(?P<cue>" + alternation(sorted(load_words("title_participles.txt", lower=True)))
                              + r")\s*,?\s*(?=[“\"‘]|'')", regex.IGNORECASE)


def titled_work(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Iterator[Quote]:
    """The quoted title after "titled" or "entitled": "Ms Varga released a memo titled “Pier Facts”" gives “Pier
    Facts”, hers as the subject of the verb that put the work out; a titled subject ("The ad, titled “…”, ran")
    has no source."""
    for match in TITLE_PARTICIPLE.finditer(text, sentence.start, sentence.end):
        title = quote_map.starting_at(match.end())
        if quote_map.around(match.start()) is not None or title is None or not title.closed:
            continue
        yield make_quote((Span.of(text, title.start, title.end),), Span.of(text, *match.span("cue")),
                         _publisher(text, sentence, match), None, "writing", index, quote_map)


SELF_DESCRIPTION_STOPS = r"(?:who|whom|whose|which|that|and|or|but)\b"
# "''weather nerd''", "U.S.", not a closing stop; each character has one way to match, so no backtracking blow-up
SELF_DESCRIPTION_WORD = r"(?:[^\s,;:!?().]|\.(?=\S)|(?<=\b\p{Lu})\.(?!\S))+"
# "Mr Reyl, a self-described optimist, …", "Ms Varga is a self-described optimist who …", "a pilot and self-described
# optimist": the words it names up to a stop, a relative pronoun or a conjunction, at most eight of them
SELF_DESCRIBED = regex.compile(r"(?<![\p{L}\-])(?P<source>self)-(?P<cue>(?i:" + "|".join(
    sorted(word.partition("-")[2] for word in load_words("self_descriptions.txt", lower=True))) + r"))\s+"
    r"(?P<content>(?!" + SELF_DESCRIPTION_STOPS + r")" + SELF_DESCRIPTION_WORD + r"(?:\s+(?!" + SELF_DESCRIPTION_STOPS
    + r")" + SELF_DESCRIPTION_WORD + r"){0,7}?)(?=\s*[,;:!?()]|\.(?:\s|\Z)|\s+" + SELF_DESCRIPTION_STOPS + r"|\Z)",
    regex.IGNORECASE)
ARTICLE_AFTER = EndAnchored.of(r"(?:,|\b(?i:is|are|was|were|be|been|as))\s+(?i:an?)\s+\Z")  # ", a", "is a", "as a"
AND_BEFORE = EndAnchored.of(r"\s(?i:and)\s+\Z")


def self_described(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Iterator[Quote]:
    """What someone calls themselves: "Mr Reyl, a self-described optimist, said" gives "optimist", its source
    "self"; the phrase must say who the subject is (after ", a", "is a", or "and"), not pick out someone ("the
    self-described optimist said", "voters against a self-described optimist")."""
    for match in SELF_DESCRIBED.finditer(text, sentence.start, sentence.end):
        if quote_map.around(match.start()) is not None:
            continue
        before = max(sentence.start, match.start() - 12)
        if ARTICLE_AFTER.search(text, before, match.start()) is None and \
                AND_BEFORE.search(text, before, match.start()) is None:
            continue
        yield make_quote((Span.of(text, *match.span("content")),), Span.of(text, *match.span("cue")),
                         Span.of(text, *match.span("source")), None, "speech", index, quote_map)


PUBLISHER_WINDOW = 240  # characters before a title's participle searched for the verb that put the work out


def _publisher(text: str, sentence: Sentence, title: regex.Match) -> Span | None:
    """The subject of the last verb before the title's participle, unless that verb is "be" ("The book is titled
    “…”") or there is none; not an existential "there" ("There is also a book titled “…”")."""
    start = max(sentence.start, title.start() - PUBLISHER_WINDOW)
    verbs = verb_groups(text, start, title.start())
    if not verbs or word_before(text, start, title.start()) in frames().be_forms:
        return None
    subject = source_before(text, sentence.start, verbs[-1])
    return subject[0] if subject is not None and subject[0].text.lower() != "there" else None


SIGNATURE = regex.compile(r"""
    \s+(?P<cue>[—―–]|-{1,2})\s*
    (?P<source>\p{Lu}[^()<>\n—―]{1,60}?)\s*\(@\w{1,30}\)      # "— Ana Varga (@HarbourVarga)"
    (?:\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4})?                   # "July 5, 2016"
""", regex.VERBOSE)


def signed_posts(text: str, paragraph: Span, index_of: Callable[[int], int], quote_map: QuoteMap) -> Iterator[Quote]:
    """An embedded post signed "— Name (@handle) Date": the post's words, after the last ">" or the signature
    before it in the paragraph, are Name's."""
    floor = paragraph.start
    for signature in SIGNATURE.finditer(text, paragraph.start, paragraph.end):
        start, floor = max(text.rfind(">", floor, signature.start()) + 1, floor), signature.end()
        content = trimmed(text, start, signature.start())
        if content is None or len(content.text.split()) < 3:
            continue
        source = Span.of(text, *signature.span("source"))
        yield make_quote((content,), Span.of(text, *signature.span("cue")), source, None, "writing",
                         index_of(content.start), quote_map)
