"""Quotes framed by punctuation and paragraph layout, and quotes carried on past their frame.

- a colon or dash after the sentence's subject, or a colon closing the
  paragraph above ("Mr Reyl went on: “…”"), and a dash and a name after the
  quote ("“…” — Lena Ruiz"): :func:`introduced_by_punctuation`;
- a quoted paragraph signed by the next one ("— Lena Ruiz, mayor"):
  :func:`signed_below`; a quotation that ends its paragraph before a
  bracketed credit ("“…” [Gazette.]"): :func:`credited_in_brackets`; a social-media post signed "— Name (@handle) Date":
  :func:`embedded_posts`;
- a quotation right after "Sand shrugged." in the same paragraph is the
  gesturer's: :func:`after_gesture`; a quoted paragraph after one that
  closes "… in a speech on Tuesday." is the speaker's: :func:`after_speech_event`;
- quoted sentences after a frame, in the same paragraph, join its quote,
  and so do a quoted sentence that runs on in lower case and a cue-less
  sentence that ends in a quotation:
  :func:`extend_with_following_quotes`;
- quoted paragraphs left open before a paragraph whose quotation has its
  own tag are the first pieces of that quote: :func:`open_paragraphs_before`;
- cue-less quoted paragraphs after a quote are its speaker's (news style):
  :func:`continuations`;
- a report goes on to its speaker's quoted words later in its sentence:
  :func:`to_quoted_words`; a quotation after its cue that breaks off at a
  comma inside its closing mark goes on through the quotations listed after
  it: :func:`through_quoted_series`;
- a quotation that opens a sentence and breaks off at a comma for its frame
  goes on with the words that resume the sentence after the frame:
  :func:`past_inner_frames`.
"""
from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..analysis.base import Analysis
from ..lexicon import load_lines, load_words
from ..model import Kind, Quote, Sentence, Span
from .content import has_verb, more_words_than, opens_with_subject, title_case
from .cues import CUE_CLASSES, cue_lexicon
from .frames import OPENING_CLAUSE, EndAnchored, alternation, frames, last_char_before, near
from .labels import possessor_of_label, signed_posts
from .marks import DOUBLE, SINGLE, Quoted
from .overlaps import Claimed
from .quotemap import QuoteMap, kind_of, make_quote
from .sources import RELATIVE_PRONOUNS, inverted_opening_source, opens_with_verb, plausible_source, sentence_subject, source_after
from .titles import appositive_after_title

__all__ = ["after_gesture", "after_speech_event", "continuations", "credited_in_brackets", "embedded_posts", "extend_with_following_quotes", "indexes_covered",
           "introduced_by_punctuation", "named_after_dash", "open_paragraphs_before", "past_inner_frames", "quoted_headline",
           "signed_below", "through_quoted_series", "to_quoted_words"]

MIN_SPEECH_WORDS = 4
FOLLOWING_QUOTES = 50  # quoted sentences at most that a quote takes on after its frame
LOWER_RUN_ON = regex.compile(r"\s*\p{Ll}")  # "“…” and other things"
RUN_ON_FRAME = 30  # characters after the quotation where a cue would frame it
QUOTED_WORDS_REACH = 160  # characters between a report's end and the quoted words later in its sentence
QUOTED_WORDS_AFTER = 4  # quotations at most a report goes on to in its sentence
DASH = regex.compile(r"[—―–]|--|\s-\s|\s-\Z")  # a dash between a report and quoted words: an aside or a new thought
NOUN_BEFORE = regex.compile(r"(?:\p{N}|\b(?:a|an|the)\b)\s+\Z", regex.IGNORECASE)  # "40 points", "the claims": a noun
SPOKEN = frozenset({"speech", "writing", "thought"})  # the cue classes whose reports hold their holder's quoted words
OPENING_CUE = regex.compile(r"[\s“\"‘']*(?:(?:when|after|once|if)\s+)?", regex.IGNORECASE)  # "When asked …"
# ", and", " but", " or": a joint before a new clause of its own ("…, and the crowd chanted “…”")
SERIES_JOINT = regex.compile(r"[ \t]*(?:(?:and|or)[ \t]*,?[ \t]*)?")  # "“A,” (and, )“B”": the next item of a list
SERIES_ITEMS = 4  # quotations at most a listed series runs on to
CLAUSE_JOINT = regex.compile(r"[\s,]*(?:(?:and|but|or)\s+)?", regex.IGNORECASE)
WRITER_ASIDE = regex.compile(r"\s*,?\s*(?:which|who|whom|whose)\b")  # "“B,” which Mozloom thinks …": no new frame
DASH_PHRASE_WORDS = 3  # "finally wrapped up —": the verb phrase a dash may close before the quote
MAX_INTRODUCTION = 80  # characters of verb phrase a cue span takes in before the colon or dash
# the space after a subject, or its appositive set off by commas: "Tom Reyl(, the skippers' spokesman, )was blunt:"
SET_OFF_THEN_SPACE = regex.compile(r"(?:,[^,;:“”\"]{1,80},)?[\s,]*")
ACCORDING_REACH = 80  # characters of "According to" and its source before a colon
DASH_TRAILER = regex.compile(r"""
    [ \t\u00a0]*(?P<dash>[—―–]|-{1,2})[ \t\u00a0]*
    (?P<source>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|al|bin)){0,4})
    (?<!\p{L}{2}\.)\.?  # "— Ms Varga.": the full stop closes the line, not the name; "— Tom J." keeps an initial's
    (?:\s*,[^\n]{0,120})?\s*\Z
""", regex.VERBOSE)
SIGNATURE_LINE = regex.compile(r"(?P<dash>[—―–]|-{1,2})\s*(?P<source>\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3})"
                            r"(?:,[^\n]{1,80})?\.?")
PARAGRAPH_COLON = regex.compile(r"\s*:\s*\Z")
QUOTE_COLON_BEFORE = regex.compile(r":\s+\Z")  # "'We are ready'(: )mayor vows …"
CREDIT_SLASH = regex.compile(r"/\p{Lu}")  # "Tom Reyl/Gazette: “…”": a photo's credit, its taker and outlet
INTRODUCING_MARK = regex.compile(r"\s*(?::|—|―|–|\s-)\s*\Z")
# "According to the Gazette: “…”": a sentence opening with "according to" names its source before the colon
ACCORDING_LABEL = regex.compile(r"[\s“\"]*(?P<cue>[Aa]ccording\s+to)\s+(?P<source>[^\s,;:][^,;:“”\"]{0,60}?)\s*")
DASH_AFTER = regex.compile(r"\s*(?:[—―–]|--)")
# "…, Ms Varga said." closing a paragraph: a tag whose quotation's closing mark was forgotten
FORGOTTEN_CLOSE_TAG = regex.compile(r",\s+(?P<tag>(?:[\p{L}.'’\-]+\s+){0,3}[\p{L}'’\-]+)\s*[.!?]?\s*\Z")
FORGOTTEN_CLOSE_REACH = 60  # characters before a paragraph's end searched for such a tag


# "Sand shrugged.", "She smiled broadly.": a subject and a gesture closing its sentence, read from the end
GESTURE_CLOSE = EndAnchored.of(r"(?<![\p{L}\p{M}'’\-])(?P<source>(?:\p{Lu}[\p{L}'’\-]*[ \t]+){0,2}\p{Lu}[\p{L}'’\-]*)"
                               r"[ \t]+(?P<cue>" + alternation(load_words("gesture_verbs.txt")) + r")(?:[ \t]+\p{Ll}+ly)?\.\Z")


def after_gesture(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                  found: list[Quote]) -> Iterator[Quote]:
    """A quotation that opens a sentence right after "Sand shrugged." in the same paragraph is the gesturer's, and
    so is one opening the next paragraph when the gesture is a paragraph of its own between two quotes ("“…,” Sand
    said.", "He laughed.", "“…”")."""
    text = analysis.text
    claimed = Claimed.of(found)
    for index, (before, sentence) in enumerate(zip(analysis.sentences, analysis.sentences[1:]), start=1):
        if before.paragraph != sentence.paragraph and not (
                sentence.paragraph == before.paragraph + 1 and _between_quotes(analysis, before, claimed)):
            continue
        quoted = quote_map.starting_at(sentence.start)
        if quoted is None or claimed.overlaps(quoted) or not quoted.inner.text.strip():
            continue
        gesture = GESTURE_CLOSE.search(text, before.start, before.end)
        if gesture is None or (gesture.start() > before.start
                               and OPENING_CLAUSE.fullmatch(text, before.start, gesture.start()) is None):
            continue
        earlier = _whole_quotation_before(analysis, quote_map, index - 1, claimed)
        pieces, sentences = ((earlier.inner, quoted.inner), (index - 2, index)) if earlier else ((quoted.inner,), (index,))
        yield Quote(kind=Kind.DIRECT, content=pieces, cue=Span.of(text, *gesture.span("cue")),
                    source=Span.of(text, *gesture.span("source")), sentences=sentences, cue_class="speech")


def _whole_quotation_before(analysis: Analysis, quote_map: QuoteMap, at: int, claimed: Claimed) -> Quoted | None:
    """The untagged quotation that is the whole sentence before the gesture's, in its paragraph: the first words in
    "“The pier is safe…” Ms Varga paused. “For now.”"."""
    if at < 1 or analysis.sentences[at - 1].paragraph != analysis.sentences[at].paragraph:
        return None
    sentence = analysis.sentences[at - 1]
    quoted = quote_map.starting_at(sentence.start)
    if quoted is None or quoted.end != sentence.end or claimed.overlaps(quoted) or not quoted.inner.text.strip():
        return None
    if at >= 2 and (previous := analysis.sentences[at - 2]).paragraph == sentence.paragraph \
            and claimed.holds(previous.start, previous.end):
        return None  # "“…,” Ms Varga said. “We will win.” She paused.": the quotation goes on with the quote before
    return quoted


def _between_quotes(analysis: Analysis, sentence: Sentence, claimed: Claimed) -> bool:
    """The sentence is all its paragraph holds, and the paragraph before holds a quote: "She laughed." between
    two quoted paragraphs."""
    text = analysis.text
    paragraph = analysis.paragraphs[sentence.paragraph]
    if text[paragraph.start:sentence.start].strip() or text[sentence.end:paragraph.end].strip() or sentence.paragraph == 0:
        return False
    previous = analysis.paragraphs[sentence.paragraph - 1]
    return claimed.holds(previous.start, previous.end)


# "in a speech", "at a news conference", "during her address": an occasion of speaking in the sentence before a quote
SPEECH_EVENT = regex.compile(r"(?<![\p{L}])(?P<cue>(?:in|at|during)[ \t]+(?:a|an|his|her|their|its|the)[ \t]+"
                             r"(?:[\p{L}\-]+[ \t]+){0,2}?(?:" + alternation(load_words("speech_event_nouns.txt")) + r"))\b")


def after_speech_event(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                       found: list[Quote]) -> Iterator[Quote]:
    """A quoted paragraph with no tag of its own right after a paragraph that holds no quote and closes with a
    sentence telling of its subject speaking ("Ms Varga set out her plan in a speech on Tuesday."): the subject's
    words, the occasion its cue (`speech_event_nouns.txt`)."""
    text = analysis.text
    claimed = Claimed.of(found)
    for index, paragraph in enumerate(analysis.paragraphs[1:], start=1):
        quoted = quote_map.starting_at(paragraph.start)
        if quoted is None:
            continue
        at = bisect.bisect_left(sentence_starts, paragraph.start) - 1  # the sentence closing the paragraph before
        before = analysis.sentences[at] if at >= 0 and analysis.sentences[at].paragraph == index - 1 else None
        if (before is None or claimed.overlaps(quoted)
                or len(quoted.inner.text.split()) < MIN_SPEECH_WORDS or not before.text.rstrip().endswith(".")
                or claimed.holds(analysis.paragraphs[index - 1].start, analysis.paragraphs[index - 1].end)
                or quote_map.inside_letters(before.start, before.end)):
            continue
        event = SPEECH_EVENT.search(text, before.start, before.end)
        if event is None:
            continue
        subject = sentence_subject(text, before.start, event.start())
        if subject is None or not plausible_source(subject.text):
            continue
        yield Quote(kind=Kind.DIRECT, content=(quoted.inner,), cue=Span.of(text, *event.span("cue")), source=subject,
                    sentences=(max(bisect.bisect_right(sentence_starts, quoted.start) - 1, 0),), cue_class="speech")


def signed_below(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                 found: list[Quote]) -> Iterator[Quote]:
    """A quoted paragraph signed by the next one: “…”  /  — Lena Ruiz."""
    text = analysis.text
    claimed = Claimed.of(found)
    for previous, paragraph in zip(analysis.paragraphs, analysis.paragraphs[1:]):
        signature = SIGNATURE_LINE.fullmatch(text, paragraph.start, paragraph.end)
        if signature is None:
            continue
        quoted = quote_map.starting_at(previous.start)
        if (quoted is None or not _fills_paragraph(text, quoted, previous) or claimed.overlaps(quoted)
                or len(quoted.inner.text.split()) < MIN_SPEECH_WORDS):
            continue
        yield _signed_quote(text, quoted, signature.span("dash"), signature.span("source"), sentence_starts)


# a tag alone on its line: "said Ms Varga, the harbour master.", "Ms Varga said.", "she added."
WORD_IN_CUE = regex.compile(r"\p{L}")
TAG_LINE_CUE_FIRST = regex.compile(r"(?P<cue>\p{L}+)(?=[ \t\u00a0])")
TAG_LINE_SOURCE_FIRST = regex.compile(r"(?P<source>(?:\p{Lu}[\p{L}\p{M}.'’\-]*[ \t\u00a0]+){0,3}\p{Lu}[\p{L}\p{M}'’\-]*"
                                      r"|he|she|it|they|we)"
                                      r"[ \t\u00a0]+(?P<cue>\p{Ll}+)\b")
# after the source: its appositive or a time or place ("on Monday", "at the quay"), up to two of them ("said Ms
# Varga, the harbour master, waving:"), then the stop or a colon that ends the line, introducing the quotation below
TAG_LINE_CLOSE = regex.compile(r"(?:(?:[ \t\u00a0]*,|[ \t\u00a0]+(?=(?:on|in|at|during|after|before)[ \t\u00a0]))"
                               r"[^“”\"‘’«»,;:.!?]{1,80}){0,2}[ \t\u00a0]*[.!:]?")


# after the source, a participle of saying that opens a report of its own: "said Ms Varga, adding: …"
TAG_LINE_PARTICIPLE = regex.compile(r"[ \t\u00a0]*,[ \t\u00a0]+(?P<cue>\p{Ll}+ing)\b")


def tagged_below(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                 found: list[Quote]) -> Iterator[Quote]:
    """A quotation that fills its line, tagged by the next line alone, as if the break were a space:
    "“The toll is unfair,”" then "said Ms Varga." or "Ms Varga said."; not "Ms Varga said the skippers agreed."."""
    text = analysis.text
    claimed = Claimed.of(found)
    for previous, paragraph in zip(analysis.paragraphs, analysis.paragraphs[1:]):
        quoted = quote_map.starting_at(previous.start)
        if (quoted is None or not quoted.closed or not _fills_paragraph(text, quoted, previous)
                or claimed.overlaps(quoted)):
            continue  # the line above is no free quotation: its next line is not read as a tag
        tag = _tag_line(text, paragraph)
        # the tag's own words unclaimed; a participle after it may report on ("said Ms Varga, adding that …")
        if tag is None or claimed.holds(paragraph.start, max(tag[0][1], tag[1][1])):
            continue
        yield _signed_quote(text, quoted, *tag, sentence_starts)


def _tag_line(text: str, paragraph: Span) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The cue and the source of a line that is nothing but a tag of speech, inverted or not."""
    lexicon = cue_lexicon()

    def spoken(word: str) -> bool:
        entry = lexicon.lookup(word)
        return entry is not None and entry[1] == "speech" and word.lower() in lexicon.finite_forms

    def closes(position: int) -> bool:
        if TAG_LINE_CLOSE.fullmatch(text, position, paragraph.end) is not None:
            return True
        participle = TAG_LINE_PARTICIPLE.match(text, position, paragraph.end)
        entry = lexicon.lookup(participle.group("cue")) if participle is not None else None
        return entry is not None and entry[1] == "speech"  # "…, adding: …": the participle's report is its own

    plain = TAG_LINE_SOURCE_FIRST.match(text, paragraph.start, paragraph.end)
    if plain is not None and closes(plain.end()):
        if spoken(plain.group("cue")) and plausible_source(plain.group("source")):
            return plain.span("cue"), plain.span("source")
        return None
    inverted = TAG_LINE_CUE_FIRST.match(text, paragraph.start, paragraph.end)
    if inverted is None or not spoken(inverted.group("cue")):
        return None
    source = source_after(text, inverted.end(), paragraph.end)
    if source is None or not closes(source.end):
        return None
    return inverted.span("cue"), (source.start, source.end)


def _signed_quote(text: str, quoted: Quoted, cue: tuple[int, int], source: tuple[int, int],
                  sentence_starts: Sequence[int]) -> Quote:
    """The quotation, direct, by the source a signature or a credit names, that mark or credit its cue."""
    sentence = bisect.bisect_right(sentence_starts, quoted.start) - 1
    return Quote(kind=Kind.DIRECT, content=(quoted.inner,), cue=Span.of(text, *cue), source=Span.of(text, *source),
                 sentences=(max(sentence, 0),), cue_class="speech")


# a credit in brackets closing a paragraph of a news digest: "“…” [Gazette.]", "“…” [Lyme Radio.]"
BRACKET_CREDIT = regex.compile(r"[ \t]*(?P<cue>\[(?P<source>\p{Lu}[^\[\]\n]{0,40}?)\.\])\s*\Z")
BRACKET_CREDIT_REACH = 48  # characters before a paragraph's end searched for its credit


def credited_in_brackets(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                         found: list[Quote]) -> Iterator[Quote]:
    """A quotation that ends its paragraph right before a credit in brackets is the credited source's:
    "HARBOUR NEWS “The pier will reopen in May, the council says.” [Gazette.]"; not one another frame claims."""
    text = analysis.text
    claimed = Claimed.of(found)
    for paragraph in analysis.paragraphs:
        credit = BRACKET_CREDIT.search(text, max(paragraph.start, paragraph.end - BRACKET_CREDIT_REACH), paragraph.end)
        if credit is None:
            continue
        quoted = quote_map.ending_at(credit.start())
        if (quoted is None or quoted.start < paragraph.start or claimed.overlaps(quoted)
                or len(quoted.inner.text.split()) < MIN_SPEECH_WORDS):
            continue
        yield _signed_quote(text, quoted, credit.span("cue"), credit.span("source"), sentence_starts)


# a name alone in round brackets right after a quotation credits it: "“…” (Ms Varga)", "“…,” (Tom Reyl)."; two to
# four capitalised words, and no word in lower case after the bracket
NAME_IN_PARENTHESES = regex.compile(r"[ \t]*(?P<cue>\((?P<source>\p{Lu}\p{Ll}[\p{L}\p{M}.'’\-]*"
                                    r"(?:[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}.'’\-]*){1,3})\))(?![ \t]*\p{Ll})")


def credited_in_parentheses(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                            found: list[Quote]) -> Iterator[Quote]:
    """A quotation of at least four words right before a name alone in round brackets, that no other frame claimed,
    is the named person's: "“The toll is fair to every skipper.” (Ms Varga)"; not "“…” (Laughter)"."""
    text = analysis.text
    claimed = Claimed.of(found)
    for quoted in quote_map.quoted:
        credit = NAME_IN_PARENTHESES.match(text, quoted.end, near(quoted.end, len(text)))
        if (credit is None or claimed.overlaps(quoted) or len(quoted.inner.text.split()) < MIN_SPEECH_WORDS
                or credit.group("source").split()[0].lower() in frames().label_stopwords):
            continue  # "(Photo Credit)": a caption's label, nobody who speaks
        yield _signed_quote(text, quoted, credit.span("cue"), credit.span("source"), sentence_starts)


def embedded_posts(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int]) -> Iterator[Quote]:
    """Embedded social-media posts signed "— Name (@handle) Date"."""
    def index_of(offset: int) -> int:
        return max(bisect.bisect_right(sentence_starts, offset) - 1, 0)

    for paragraph in analysis.paragraphs:
        yield from signed_posts(analysis.text, paragraph, index_of, quote_map)


# a participle phrase set off after an inverted tag's source, up to the colon: "said Ms Varga(, waving):"
TAG_PARTICIPLE_TO_COLON = regex.compile(r",[ \t\u00a0]+\p{Ll}+ing(?:[ \t\u00a0]+[^\s,;:.!?“”\"—–]+){0,4}[ \t\u00a0]*")
# after a tag's source and its appositive or age, one more phrase up to the colon: a participle, a time or place,
# or a relative clause ("said Ms Varga, the harbour master(, on Monday):", "said Ms Varga(, who chairs the board):")
TAG_PHRASE_TO_COLON = regex.compile(r",[ \t\u00a0]+(?:\p{Ll}+ing|on|in|at|during|after|before|who[ \t\u00a0]+\p{Ll}+)"
                                    r"(?:[ \t\u00a0]+[^\s,;:.!?“”\"—–]+){0,5}[ \t\u00a0]*")
AGE_SET_OFF = regex.compile(r",[ \t\u00a0]+\d{1,3}(?=,)")  # "said Ms Varga(, 54), waving:"


def _tagged_source_before(text: str, sources: dict[int, Span], sentence: Sentence, colon: int) -> Span | None:
    """The source of a direct quote's tag (``sources``, by where each tag ends) in the same sentence when a
    participle phrase after it leads to the colon: "“The toll is unfair,” said Ms Varga, waving: “We will not
    pay.”" and "…,” Ms Varga said, waving: “…”" -> "Ms Varga", who says both; or when the source closes the tag
    and its appositive, perhaps with a phrase of :data:`TAG_PHRASE_TO_COLON` after it, runs to the colon."""
    comma = text.rfind(",", max(sentence.start, colon - TAG_PARTICIPLE_REACH), colon)
    source = sources.get(comma)
    if source is not None and source.start >= sentence.start and (
            TAG_PARTICIPLE_TO_COLON.fullmatch(text, comma, colon) is not None):
        return source
    return _tag_source_with_phrases(text, sources, sentence, colon)


def _tag_source_with_phrases(text: str, sources: dict[int, Span], sentence: Sentence, colon: int) -> Span | None:
    """The source that closes a tag, the stretch from it to the colon its appositive or age, or one phrase of
    :data:`TAG_PHRASE_TO_COLON`, or both: "said Ms Varga, 54, a skipper:", "said Ms Varga, the harbour master, on
    Monday:", "said Ms Varga, who chairs the board:" -> "Ms Varga"; not "said Ms Varga, the skippers were
    angry:"."""
    comma = text.find(",", max(sentence.start, colon - TAG_PHRASES_REACH), colon)
    while comma != -1:  # the window holds a few commas at most: the quotation's own, the name's, an age's
        source = sources.get(comma)
        if source is not None and source.end == comma and source.start >= sentence.start:
            role = appositive_after_title(text, source.end, limit=colon)
            age = AGE_SET_OFF.match(text, source.end, colon) if role is None else None
            rest = role[1] if role is not None else age.end() if age is not None else source.end
            if rest > source.end and not text[rest:colon].strip():
                return source  # "said Ms Varga, the harbour master:", "said Ms Varga, 54:"
            return source if TAG_PHRASE_TO_COLON.fullmatch(text, rest, colon) is not None else None
        comma = text.find(",", comma + 1, colon)
    return None


TAG_PARTICIPLE_REACH = 80  # characters from the source's comma to the colon
TAG_PHRASES_REACH = 120  # characters from the comma after a tag's source to the colon, past its appositive


def introduced_by_punctuation(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                              found: list[Quote]) -> Iterator[Quote]:
    """“Osman went even further: “…”” and "Osman wrapped up — “…”": a colon or dash after the subject."""
    text = analysis.text
    claimed = Claimed.of(found)
    tag_sources = {max(quote.source.end, quote.cue.end): quote.source for quote in found  # where each tag ends
                   if quote.kind is Kind.DIRECT and quote.source is not None and quote.cue is not None}
    for quoted in quote_map.quoted:
        if len(quoted.inner.text.split()) < MIN_SPEECH_WORDS or claimed.overlaps(quoted):
            continue
        index = bisect.bisect_right(sentence_starts, quoted.start) - 1
        if index < 0:
            continue
        sentence = analysis.sentences[index]
        trailer = _dash_trailer(analysis, quoted)
        if trailer is not None:
            yield Quote(kind=Kind.DIRECT, content=(quoted.inner,), cue=trailer[0], source=trailer[1],
                        sentences=(index,), cue_class="speech")
            continue
        lead = INTRODUCING_MARK.search(text, max(sentence.start, quoted.start - 24), quoted.start)
        if lead is None and sentence.start == quoted.start and index > 0:
            # "The senator released this statement:" closing the paragraph above
            sentence = analysis.sentences[index - 1]
            lead = PARAGRAPH_COLON.search(text, max(sentence.start, sentence.end - 8), sentence.end)
            if lead is not None and sentence.paragraph != quoted.paragraph - 1:
                lead = None
        if lead is None or quote_map.around(lead.start()) is not None:
            continue
        subject = sentence_subject(text, sentence.start, lead.start())
        if subject is not None:  # "said Ms Varga, waving: “…”" on a line of its own: Ms Varga, not "said Ms Varga"
            subject = inverted_opening_source(text, sentence.start, subject) or subject
        if subject is not None and opens_with_verb(text, sentence.start, subject):
            continue  # "met Ms Varga, waving: “…”": a verb of no speech opening the line leaves it no subject
        if subject is None:  # "“…,” said Ms Varga, waving: “…”": the tag's source
            subject = _tagged_source_before(text, tag_sources, sentence, lead.start())
        if subject is None or _section_heading(text, subject):
            continue
        if CREDIT_SLASH.match(text, subject.end, lead.start()) is not None:
            continue  # "Tom Reyl/Gazette: “…”": a credit names who took the picture, not who speaks
        if (lead.group().strip() == ":" and subject.text.lower() in frames().label_stopwords
                and subject.end == lead.start()):
            continue  # "Watch: “…”", "Video: “…”": a newsroom's tag of colon_label_stopwords.txt names nobody
        if lead.group().strip() != ":" and more_words_than(text, subject.end, lead.start(), DASH_PHRASE_WORDS):
            continue  # "was interrupted by a man in a shirt — “…”": after a whole clause a dash sets off an example
        cue_end = lead.start() + len(lead.group().rstrip())
        predicate = SET_OFF_THEN_SPACE.match(text, subject.end, lead.start())  # past an appositive and its commas
        cue_start = predicate.end() if 0 < cue_end - predicate.end() <= MAX_INTRODUCTION else lead.start()
        cue = Span.of(text, cue_start, cue_end)  # "went even further:"; a long way off, just the mark
        if lead.group().strip() == ":" and (label := possessor_of_label(text, subject, lead.start())) is not None:
            subject, cue = label  # "Ms Varga's reply: “…”": hers, the noun of saying its cue
        elif lead.group().strip() == ":" and lead.start() - sentence.start <= ACCORDING_REACH and (
                according := ACCORDING_LABEL.fullmatch(text, sentence.start, lead.start())) is not None:
            # "According to the Gazette: “…”": the Gazette's, "According to" its cue
            subject, cue = Span.of(text, *according.span("source")), Span.of(text, *according.span("cue"))
        yield Quote(kind=kind_of((quoted.inner,), quote_map), content=(quoted.inner,), cue=cue, source=subject,
                    sentences=(index,), cue_class="speech")


# "Pollsters agree - Ian Reyl: “…”", "… -More from Reyl and Varga: “…”": a newsletter item's heading, a dash, then
# whom the quotation is from, and a colon right before its opening mark
DASH_NAME_LABEL = EndAnchored.of(r"""
    \s(?:[—―–]|-{1,2})\s*(?:More\s+from\s+)?
    (?P<source>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,5})
    \s*(?P<cue>:)[\s\u00a0]*[“"]\Z
""", regex.VERBOSE)
DASH_LABEL_REACH = 80  # characters before a quotation searched for its dash label


def named_after_dash(text: str, found: list[Quote]) -> list[Quote]:
    """A quotation after "heading - Name:" is Name's, whatever the heading's words seemed to say: its source is the
    name and its cue the colon ("Pollsters agree - Ian Reyl: “…”" is Ian Reyl's, not the pollsters')."""
    relabelled = []
    for quote in found:
        start = quote.content[0].start  # just past the opening mark
        label = None if quote.kind is Kind.INDIRECT else DASH_NAME_LABEL.search(text, max(0, start - DASH_LABEL_REACH), start)
        if label is not None and (quote.source is None or quote.source.start < label.start()):
            quote = attrs.evolve(quote, source=Span.of(text, *label.span("source")), cue=Span.of(text, *label.span("cue")))
        relabelled.append(quote)
    return relabelled


def quoted_headline(analysis: Analysis, quote_map: QuoteMap, found: list[Quote]) -> Iterator[Quote]:
    """A paragraph that opens with a closed quotation and a colon, then a report whose source follows the colon: the
    quotation is that source's, the colon its cue ("'We are ready': mayor vows to fight on")."""
    text = analysis.text
    for quote in found:
        if quote.source is None or quote.kind is not Kind.INDIRECT:
            continue
        colon = QUOTE_COLON_BEFORE.search(text, max(0, quote.source.start - 8), quote.source.start)
        quoted = quote_map.ending_at(colon.start()) if colon is not None else None
        if quoted is None or last_char_before(text, analysis.paragraphs[quoted.paragraph].start, quoted.start):
            continue
        yield make_quote((Span.of(text, quoted.start, quoted.end),), Span.of(text, colon.start(), colon.start() + 1),
                         quote.source, None, "speech", quote.sentences[0], quote_map)


def _section_heading(text: str, subject: Span) -> bool:
    """"NOW OPEN—“…,” by …: “…”": words in capitals before a dash head a newsletter's item, nobody speaks."""
    return subject.text.isupper() and DASH_AFTER.match(text, subject.end) is not None


def _dash_trailer(analysis: Analysis, quoted: Quoted) -> tuple[Span, Span] | None:
    """“We will finish the bridge” — Lena Ruiz, mayor: the dash and the name that sign a quote."""
    if not quoted.closed:
        return None
    paragraph = analysis.paragraphs[quoted.paragraph]
    trailer = DASH_TRAILER.match(analysis.text, quoted.end, paragraph.end)
    if trailer is None:
        return None
    return Span.of(analysis.text, *trailer.span("dash")), Span.of(analysis.text, *trailer.span("source"))


def extend_with_following_quotes(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                                 found: list[Quote]) -> list[Quote]:
    """“A,” she said. “B. C.”: quoted sentences after the frame, in the same paragraph, go on the quote;
    so does “B” and what follows it in lower case, to the sentence's end. At most ``FOLLOWING_QUOTES`` go on one
    quote, so a sentence of many reports before a run of quotations costs no more than their number."""
    if not found:
        return found
    sentences = analysis.sentences
    claimed = Claimed.of(found)
    cues = sorted(q.cue.start for q in found if q.cue is not None)

    @functools.cache
    def echo_at(index: int) -> Span | None:  # the same for every quote framed in the sentence before
        return _quoted_echo(analysis, sentence_starts, index, quote_map, claimed, cues)

    out = []
    for quote in found:
        if quote.cue is None or not _goes_on_quoted(quote):
            out.append(quote)
            continue
        frame_end = max(quote.end, quote.cue.end, quote.source.end if quote.source else 0)
        index = bisect.bisect_right(sentence_starts, frame_end - 1) - 1
        pieces = list(quote.content)
        while 0 <= index < len(sentences) - 1 and len(pieces) - len(quote.content) < FOLLOWING_QUOTES:
            following = sentences[index + 1]
            if following.paragraph != sentences[index].paragraph:
                break
            quoted = quote_map.starting_at(following.start)
            if quoted is None:
                # the next sentence may echo the speaker's words, after a direct quote, a mixed one or a report
                echo = echo_at(index + 1)
                if echo is not None:
                    pieces.append(echo)
                break
            if quoted.inner.end <= quoted.inner.start or claimed.overlaps(quoted):
                break
            last = bisect.bisect_right(sentence_starts, quoted.end - 1) - 1
            rest = analysis.text[quoted.end:sentences[last].end]
            if any(ch.isalnum() for ch in rest) and not WRITER_ASIDE.match(rest):
                run_on = _run_on(analysis, quoted, sentences[last])
                if run_on is not None:
                    pieces.append(Span.of(analysis.text, quoted.start, run_on))
                break  # the sentence goes on after the quote: it has its own frame
            pieces.append(quoted.inner)
            index = last
        if len(pieces) > len(quote.content):
            quote = attrs.evolve(quote, content=tuple(pieces), kind=kind_of(pieces, quote_map))
        out.append(quote)
    return out


# after a frame set inside the sentence, its own words up to a comma, then a word that resumes the sentence the
# quotation began: "“Only the skippers,” Ms Varga said(, )would …", "… wrote in a letter to the council(, that )…"
FRAME_RESUMED = regex.compile(r"[^,.;:!?“”\"‘’\n]{0,80}?,\s+(?P<word>" + alternation(load_lines("frame_resumptions.txt"))
                              + r")(?![\p{L}\p{M}'’\-])\s*")


def past_inner_frames(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                      found: list[Quote]) -> list[Quote]:
    """"“Only the skippers,” Ms Varga said, would use the storm to reopen the pier.": a quotation that breaks off at
    a comma for a frame after it, when the sentence resumes past the frame with an auxiliary or "that"
    (frame_resumptions.txt), goes on with those words to the sentence's end, one mixed quote; not "“It is fine,” Ms
    Varga said, as the ferry left." nor "…, adding that …", where the words after the frame are the writer's or a
    report of their own."""
    if not found:
        return found
    claimed = Claimed.of(found)
    return [_past_inner_frame(analysis, quote_map, sentence_starts, quote, claimed) for quote in found]


def _past_inner_frame(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int], quote: Quote,
                      claimed: Claimed) -> Quote:
    text = analysis.text
    if quote.kind is not Kind.DIRECT or len(quote.content) != 1 or quote.cue is None or quote.source is None:
        return quote
    piece = quote.content[0]
    quoted = quote_map.around(piece.start)
    if quoted is None or quoted.inner != piece or not piece.text.rstrip().endswith(","):
        return quote  # the quotation breaks off at a comma, so its sentence goes on
    frame_start = min(quote.cue.start, quote.source.start)
    if frame_start < quoted.end or text[quoted.end:frame_start].strip():
        return quote  # the frame follows the closing mark at once
    frame_end = max(quote.cue.end, quote.source.end)
    resumed = FRAME_RESUMED.match(text, frame_end)
    if resumed is None:
        return quote
    start = resumed.end() if resumed.group("word").lower() == "that" else resumed.start("word")
    sentence = analysis.sentences[bisect.bisect_right(sentence_starts, start) - 1]
    end = sentence.end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if end <= start or claimed.holds(start, end):
        return quote
    pieces = (piece, Span.of(text, start, end))
    return attrs.evolve(quote, content=pieces, kind=kind_of(pieces, quote_map))


def to_quoted_words(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int],
                    found: list[Quote]) -> list[Quote]:
    """"Mr Reyl called the toll a burden, hitting “the skippers who keep the port going.”": a report goes on to the
    quoted words later in its sentence, its speaker's own, when no cue and no other quote come between and no new
    clause of its own opens before them (not "…, and the crowd chanted “…”"); not to a title ("on “Harbour Talk”")."""
    if not found:
        return found
    claimed = Claimed.of(found)
    cues = sorted(q.cue.start for q in found if q.cue is not None)
    return [_to_quoted_words(analysis, quote_map, sentence_starts, quote, claimed, cues) for quote in found]


def _to_quoted_words(analysis: Analysis, quote_map: QuoteMap, sentence_starts: Sequence[int], quote: Quote,
                     claimed: Claimed, cues: Sequence[int]) -> Quote:
    text = analysis.text
    if quote.kind is Kind.DIRECT or quote.cue is None or not quote.content or quote.cue_class not in SPOKEN:
        return quote  # "the pier appears safe before the “storm”": a finding's or a seeming's quoted words are no one's
    end = quote.content[-1].end
    if quote.cue.start > end or (quote.source is not None and quote.source.start > end):
        return quote  # "…, Ms Varga said": the frame closes the report
    sentence = analysis.sentences[bisect.bisect_right(sentence_starts, end - 1) - 1]
    if OPENING_CUE.fullmatch(text, sentence.start, quote.cue.start):
        return quote  # "Asked whether the pier is safe, most skippers said “…”": an opening clause ends at its comma
    reach = end
    for _ in range(QUOTED_WORDS_AFTER):
        quoted = quote_map.first_after(reach)
        if (quoted is None or quoted.start >= sentence.end or quoted.end > sentence.end + 2
                or quoted.start - reach > QUOTED_WORDS_REACH or quoted.inner.end <= quoted.inner.start
                or not _reaches_quoted(analysis, reach, quoted, claimed, cues)):
            break
        reach = quoted.end
    if reach == end:
        return quote
    pieces = quote.content[:-1] + (Span.of(text, quote.content[-1].start, reach),)
    return attrs.evolve(quote, content=pieces, kind=kind_of(pieces, quote_map))


def through_quoted_series(analysis: Analysis, quote_map: QuoteMap, found: list[Quote]) -> list[Quote]:
    """"The skippers chanted back, “Open the pier,” and “Cut the toll.”": a quotation right after its cue that
    breaks off at a comma inside its closing mark goes on through the quotations listed after it, joined by
    nothing but a space, "and" or "or", up to the sentence's end: one mixed quote of the whole list. Not when a
    frame follows the first ("“A,” she said, “B”"), nor when the cue comes after the list."""
    if not found:
        return found
    claimed = Claimed.of(found)
    return [_through_quoted_series(analysis.text, quote_map, quote, claimed) for quote in found]


def _through_quoted_series(text: str, quote_map: QuoteMap, quote: Quote, claimed: Claimed) -> Quote:
    if quote.kind is not Kind.DIRECT or quote.cue is None or len(quote.content) != 1:
        return quote
    piece = quote.content[0]
    if quote.cue.end > piece.start or (quote.source is not None and quote.source.end > piece.start):
        return quote
    quoted = quote_map.around(piece.start)
    if quoted is None or not quoted.closed or quoted.inner != piece or not piece.text.rstrip().endswith(","):
        return quote
    reach, listed, inners = quoted.end, True, [piece]
    for _ in range(SERIES_ITEMS):
        joint = SERIES_JOINT.match(text, reach, reach + 8)
        if joint is None or not (listed or joint.group().strip()):
            break  # "“A,” “B” and “C”": after an item with no comma only "and" or "or" lists one more
        following = quote_map.starting_at(joint.end())
        if (following is None or not following.closed or following.inner.end <= following.inner.start
                or claimed.holds(following.inner.start, following.inner.end)):
            break
        reach, listed = following.end, following.inner.text.rstrip().endswith(",")
        inners.append(following.inner)
    if reach == quoted.end:
        return quote
    pieces = (Span.of(text, quoted.start, reach),)
    kind = kind_of(pieces, quote_map)
    if kind is Kind.DIRECT:  # "“A,” “B.”": nothing but quoted words, each quotation its own piece
        return attrs.evolve(quote, content=tuple(inners))
    return attrs.evolve(quote, content=pieces, kind=kind)


def _reaches_quoted(analysis: Analysis, start: int, quoted: Quoted, claimed: Claimed, cues: Sequence[int]) -> bool:
    """Nothing between ``start`` and the quotation frames it otherwise: no cue (but a noun: "40 points"), no other
    quote, no semicolon, no dash, no new clause with a subject of its own nor a second verb after "and"; and the
    quotation is no title."""
    text = analysis.text
    words = quoted.inner.text.split()
    if title_case(quoted.inner.text) or all(word[:1].isupper() or not word[:1].isalpha() for word in words):
        return False  # "on “Harbour Talk”", "on “60 Minutes”": a title, not someone's words
    if ";" in text[start:quoted.start] or claimed.holds(start, quoted.end):
        return False
    if DASH.search(text, start, quoted.start):
        return False  # "demanded a vote — “No new tolls” — for the spring": past a dash, an aside or a new thought
    position = bisect.bisect_left(cues, start)
    if position < len(cues) and cues[position] < quoted.start:
        return False
    if any(_plain_cue(word.group()) and not NOUN_BEFORE.search(text, max(0, word.start() - 12), word.start())
           for word in cue_lexicon().find(text, start, quoted.start, CUE_CLASSES)):
        return False  # "…, saying “…”": a frame of its own; not "coming from behind", whose cue needs its particle
    joint = CLAUSE_JOINT.match(text, start, quoted.start)
    rest = text[joint.end():quoted.end]
    if joint.group().strip(" ,") and joint.end() < quoted.start and has_verb(rest.split(maxsplit=1)[0]):
        return False  # "called the pier “a ruin” and ranked the toll …": a second act, a report of its own
    return not opens_with_subject(rest)


def _plain_cue(word: str) -> bool:
    """A cue word that frames words without a particle: "saying", not "coming" ("came out") nor "points"."""
    found = cue_lexicon().lookup(word)
    return found is not None and found[0] not in cue_lexicon().phrasal_only


def _goes_on_quoted(quote: Quote) -> bool:
    """"Ms Varga said the pier was fine. “We will fix it.”": a report of a plain verb of saying ("say", "add",
    "explain", … in cues_going_on_quoted.txt) with a named source goes on with the quoted sentences after it, as a
    direct or mixed quote does; not one of another cue ("praised the plan. “…”"), nor one in a relative clause
    ("…, who said she would stay. “…”"), an aside of the sentence."""
    if quote.kind is not Kind.INDIRECT:
        return True
    lemma = next((found[0] for word in quote.cue.text.split() if (found := cue_lexicon().lookup(word))), "")
    return lemma in load_words("cues_going_on_quoted.txt") and quote.source is not None and quote.source.text.lower() not in RELATIVE_PRONOUNS


def _run_on(analysis: Analysis, quoted: Quoted, sentence: Sentence) -> int | None:
    """"“A,” she said. “B and C” and other things.": where the sentence ends when a quotation
    of a few words runs on in lower case with no cue of its own, else None."""
    text, start = analysis.text, quoted.end
    if not LOWER_RUN_ON.match(text, start, sentence.end):
        return None
    if len(quoted.inner.text.split()) < MIN_SPEECH_WORDS:
        return None  # "“Non-paper” is a term for …": a word talked about
    if next(cue_lexicon().find(text, start, min(sentence.end, start + RUN_ON_FRAME), CUE_CLASSES), None) is not None:
        return None  # "“…” she added": a frame of its own
    end = sentence.end
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end


def _quoted_echo(analysis: Analysis, sentence_starts: Sequence[int], index: int, quote_map: QuoteMap,
                 claimed: Claimed, cues: Sequence[int]) -> Span | None:
    """"“A,” she said. The idea is “a folly.”": a cue-less sentence that ends in a quotation goes on the quote, and
    on a report that takes quoted sentences: "Ms Varga said the pier was late. The toll is “a disgrace.”".

    The quotation may run on into the paragraph's next sentences ("Mr Reyl “misspoke. It happens.”"). After a
    colon only the quotation goes on: "“No,” she said. Then, after a pause: “Maybe on Mondays.”".
    """
    text, sentence = analysis.text, analysis.sentences[index]
    quoted = quote_map.first_after(sentence.start)
    if quoted is None or quoted.start >= sentence.end:
        return None
    while (later := quote_map.first_after(quoted.end)) is not None and later.start < sentence.end:
        quoted = later  # "is “a folly” and “a waste.”": the last quotation must end the sentence
    last = analysis.sentences[bisect.bisect_right(sentence_starts, quoted.end - 1) - 1]
    if last.paragraph != sentence.paragraph or any(ch.isalnum() for ch in text[quoted.end:last.end]):
        return None
    if title_case(quoted.inner.text) or all(word[:1].isupper() for word in quoted.inner.text.split()):
        return None  # "signed on for “Rush Hour.”": a title, not someone's words
    position = bisect.bisect_left(cues, sentence.start)
    if (position < len(cues) and cues[position] < quoted.end) or claimed.holds(sentence.start, quoted.end):
        return None
    if next(cue_lexicon().find(text, sentence.start, quoted.start, CUE_CLASSES), None) is not None:
        return None  # "The agency declined to detail its “focus.”": a frame of its own
    if last_char_before(text, sentence.start, quoted.start) == ":":
        return quoted.inner  # "Then, after a pause: “Maybe on Mondays.”": the words after the colon, not the writer's
    end = quoted.end
    while end > sentence.start and not text[end - 1].isalnum():
        end -= 1
    return Span.of(text, sentence.start, end)


def _last_speech(quotes: list[Quote]) -> Quote:
    """The paragraph's last quote; a direct one when the reported ones after it share its sentence.

    "“…?” said Reyl, who broods often about it." ends with Reyl's quote,
    not with the brooding.
    """
    last = quotes[-1]
    if last.kind is not Kind.INDIRECT:
        return last
    for position in range(len(quotes) - 1, -1, -1):
        quote = quotes[position]
        if quote.kind is not Kind.INDIRECT:
            same_sentence = all(set(q.sentences) & set(quote.sentences) for q in quotes[position + 1:])
            return quote if same_sentence else last
    return last


def open_paragraphs_before(analysis: Analysis, quote_map: QuoteMap, found: list[Quote]) -> list[Quote]:
    """Quoted paragraphs left open right before a paragraph whose quotation has its own frame are the first pieces
    of that quote (news style: the tag comes after a quotation of several paragraphs).

    "“We waited ten years.⏎“We will not wait another day,” she said." is one quote of two pieces, hers; a
    paragraph whose quotation closes, or one that the quote before it already goes on into, stays apart.
    """
    text = analysis.text
    covered = _covered_paragraphs(analysis, found)
    by_paragraph = _quotes_by_paragraph(analysis, found)
    paragraphs = analysis.paragraphs
    out = []
    for quote in found:
        opened = _opening_quotation(quote, quote_map, paragraphs)
        if opened is None:
            out.append(quote)
            continue
        mark = quote_map.around(quote.start).open_mark.text  # each paragraph reopens with it
        first, leading = opened, []  # the open paragraphs before it, nearest first
        while first > 0 and first - 1 not in covered and (
                left := _left_open_paragraph(text, quote_map, paragraphs[first - 1], mark)) is not None:
            leading.append(left.inner)
            first -= 1
        if not leading or _goes_on_from(quote_map, by_paragraph.get(first - 1, ())):
            out.append(quote)
            continue
        out.append(attrs.evolve(quote, content=tuple(reversed(leading)) + quote.content))
    return out


def _opening_quotation(quote: Quote, quote_map: QuoteMap, paragraphs: Sequence[Span]) -> int | None:
    """The paragraph a direct quote with a frame opens with its first piece, else None."""
    if quote.kind is not Kind.DIRECT or quote.cue is None:
        return None
    quoted = quote_map.around(quote.start)
    if quoted is None or quoted.inner.start != quote.start or paragraphs[quoted.paragraph].start != quoted.start:
        return None
    return quoted.paragraph


def _left_open_paragraph(text: str, quote_map: QuoteMap, paragraph: Span, mark: str) -> Quoted | None:
    """The quotation opened by ``mark`` a paragraph is made of when it is never closed: "“We waited ten years."
    and no closing mark; not "“The pier is safe, Ms Varga said.", whose closing mark was forgotten before its tag."""
    quoted = quote_map.starting_at(paragraph.start)
    if (quoted is None or quoted.closed or quoted.open_mark.text != mark or quoted.inner.end <= quoted.inner.start
            or not _fills_paragraph(text, quoted, paragraph)
            or len(quoted.inner.text.split()) < MIN_SPEECH_WORDS):
        return None
    tag = FORGOTTEN_CLOSE_TAG.search(text, max(paragraph.start, paragraph.end - FORGOTTEN_CLOSE_REACH), paragraph.end)
    if tag is not None and any(_plain_cue(word) for word in tag.group("tag").split()):
        return None
    return quoted


def _goes_on_from(quote_map: QuoteMap, quotes: Sequence[Quote]) -> bool:
    """One of a paragraph's quotes ends in a quotation left open: the paragraphs after it are its."""
    for quote in quotes:
        quoted = quote_map.around(quote.content[-1].start) if quote.kind is not Kind.INDIRECT else None
        if quoted is not None and not quoted.closed:
            return True
    return False


def continuations(analysis: Analysis, quote_map: QuoteMap, found: list[Quote]) -> tuple[list[Quote], dict[int, int]]:
    """Cue-less quoted paragraphs after a quote: same speaker (news style).

    A paragraph whose quote was left open and the paragraph that re-opens it
    are one quotation, with a content piece per paragraph; a closed quote
    followed by a new quoted paragraph gives a second quote whose speaker is
    carried over.
    """
    text = analysis.text
    covered = _covered_paragraphs(analysis, found)
    by_paragraph = _quotes_by_paragraph(analysis, found)
    replaced: dict[int, Quote] = {}       # id of a found quote -> the quote with more pieces
    additions: list[tuple[Quote, Quote]] = []
    previous: Quote | None = None
    previous_paragraph = -2
    for index, paragraph in enumerate(analysis.paragraphs):
        here = by_paragraph.get(index)
        if here:
            previous, previous_paragraph = _last_speech(here), index
            continue
        quoted = quote_map.starting_at(paragraph.start)
        if (quoted is None or index in covered or previous is None or previous_paragraph != index - 1
                or previous.kind is Kind.INDIRECT or quoted.inner.end <= quoted.inner.start
                or not _fills_paragraph(text, quoted, paragraph)
                or _heading_in_single_marks(quote_map, quoted)):
            previous = None
            continue
        current = replaced.get(id(previous), previous)
        left_open = quote_map.around(current.content[-1].start)
        goes_on = left_open is not None and not left_open.closed
        if not goes_on and len(quoted.inner.text.split()) < MIN_SPEECH_WORDS:
            previous = None  # a short fragment after a closed quote ("“Done.”") may be anyone's; one re-opening
            continue         # a quotation left open goes on with it ("I want three things:" then "“A new pier.")
        if goes_on:
            extended = attrs.evolve(current, content=current.content + (quoted.inner,))
            replaced[id(previous)] = extended
        else:
            quote = Quote(kind=Kind.DIRECT, content=(quoted.inner,), sentences=())
            additions.append((quote, previous))
            previous = quote
        previous_paragraph = index
    if not additions and not replaced:
        return found, {}
    originals = sorted(found + [q for q, _ in additions], key=lambda q: q.start)
    merged = [replaced.get(id(q), q) for q in originals]
    position = {id(q): i for i, q in enumerate(originals)}
    carried = {position[id(q)]: position[id(p)] for q, p in additions}
    return merged, carried


def _quotes_by_paragraph(analysis: Analysis, found: Sequence[Quote]) -> dict[int, list[Quote]]:
    """The quotes by the paragraph where they end: their content's, or the tag's set on a line below it."""
    paragraph_starts = [p.start for p in analysis.paragraphs]
    out: dict[int, list[Quote]] = {}
    for quote in found:
        last = bisect.bisect_right(paragraph_starts, _frame_end(quote) - 1) - 1
        out.setdefault(max(last, 0), []).append(quote)
    return out


def _frame_end(quote: Quote) -> int:
    """Where the quote ends, its tag included when a cue word follows the content ("“…,”" / "said Ms Varga."); a
    signature's dash below a quotation ("— Tom Reyl") signs that quotation alone."""
    if quote.cue is None or quote.cue.start < quote.end or not WORD_IN_CUE.search(quote.cue.text):
        return quote.end
    return max(quote.cue.end, quote.source.end if quote.source is not None else 0)


def _covered_paragraphs(analysis: Analysis, found: Sequence[Quote]) -> set[int]:
    paragraph_starts = [p.start for p in analysis.paragraphs]
    return {index for quote in found for index in indexes_covered(paragraph_starts, quote.content)}


def _heading_in_single_marks(quote_map: QuoteMap, quoted: Quoted) -> bool:
    """A paragraph quoted in single marks after speech in double ones: a subheading, not more speech."""
    before = quote_map.closed_before(quoted.start)
    return quoted.family == SINGLE and before is not None and before.family == DOUBLE


def _fills_paragraph(text: str, quoted: Quoted, paragraph: Span) -> bool:
    tail = text[quoted.end:paragraph.end]
    return not any(ch.isalnum() for ch in tail)


def indexes_covered(starts: Sequence[int], pieces: Sequence[Span]) -> set[int]:
    """Indexes of the units (sentences, paragraphs) starting at ``starts`` that the pieces touch."""
    indexes: set[int] = set()
    for piece in pieces:
        first = bisect.bisect_right(starts, piece.start) - 1
        last = bisect.bisect_right(starts, max(piece.end - 1, piece.start)) - 1
        indexes.update(range(max(first, 0), last + 1))
    return indexes
