"""Cue-driven attribution: for each cue verb, its source, content and addressee.

One function per frame shape, each reading a bounded window around the cue:

- source, cue, content: ``X said (that) …``, ``X told Y …``, ``X vowed to …``,
  ``X said: “…”``
- content, source, cue: ``…, X said.``, ``“…,” said X.``, ``“A,” she said, “B.”``
- ``according to X, …`` and ``…, according to X.``

Quoted stretches decide the kind: content wholly inside quotation marks is
direct, partly inside is mixed, outside is indirect.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex
from attrs import frozen

from ..analysis.base import Analysis
from ..lexicon import load_words
from ..model import Kind, Quote, Sentence, Span
from .cues import cue_lexicon
from .frames import frames
from .marks import Quoted
from .sources import coordinated_subject, plausible_source, sentence_subject, source_after, source_before

__all__ = ["QuoteMap", "find_reported", "kind_of"]

ADDRESSEE = regex.compile(r"""
    \s+
    (?P<addressee>
        (?:(?:the|a|an|his|her|their|its|our|my)\s+)?
        (?!(?:that|to|on|in|at|about|of|during|after|before|when|while|whether|if|how|what|why|
              he|she|they|it|we|i|you|there|this|last|earlier|yesterday|today|tonight|again|also|
              Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
        [\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L}))*
        (?:\s+(?!(?:that|to|on|in|at|about|of|during|after|before|when|while|whether|if|how|what|why|
              he|she|they|it|we|i|you|there|this|last|earlier|yesterday|today|tonight|again|also|the|a|an|
              Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
            [\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L}))*){0,5}
    )
""", regex.VERBOSE | regex.IGNORECASE)
CLAUSE_START = regex.compile(r"""
    \s+(?!(?:to|for|with|about|in|on|at|by|from|of|as|during|after|before|so|hello|goodbye|sorry|thanks|thank|
             nothing|something|anything|little|much|more|less|otherwise|hi|yes|no|goodbye|again|also|later|
             earlier|recently|instead|repeatedly|publicly|privately|how|what|why|when|where|whether|which|who|
             \p{Ll}+ly)\b)
    (?=[\p{L}\p{N}“"‘])
""", regex.VERBOSE | regex.IGNORECASE)
OBJECT_START = regex.compile(r"\s+(?=[\p{L}\p{N}“\"‘$])(?!(?:to|on|in|at|by|with|for|from|of|about|as|and|or|but|"
                            r"up|out|off|back|down|over|into|that|this|there|when|while|if|after|before|during)\b)")
OBJECT_STOP = regex.compile(r"""
    ,|\s[—–-]{1,2}\s|;
  | \s+(?:and|but)\s+(?:has|have|had|is|was|will|would|also|then|he|she|they|it|we|i|\p{Ll}+ed|\p{Ll}+ing)\b
  | \s+(?:because|while|although|after|before|during|when|since|until|as\s+well\s+as)\b
  | \s+(?:last|this|next)\s+(?:week|month|year|summer|spring|fall|autumn|winter|weekend|time)\b
  | \s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
  | \s+(?:earlier|yesterday|today|tonight)\b
""", regex.VERBOSE)  # an object ends before its clause goes on: "endorsed Trump last week and has appeared" 
PHRASE_THEN_THAT = regex.compile(r"\s+(?:at|in|on|during|after|before|following|with|to|from|outside|inside|via|"
                                r"over|by|for|last|this|earlier|late|early)\b[^,;:“”\"()]{0,80}?\s+that\b"
                                r"(?!\s+(?:\p{Ll}+(?:s|ed)|is|was|were|are|has|had|would|will|could|can)\b)\s*,?\s*",
                                regex.IGNORECASE)
THAT = regex.compile(r"\s*,?\s*that\b(?!\s+(?:is|was|would|will|has|had|could|should|may|might|must|can)\b)"
                     r"\s*,?\s*", regex.IGNORECASE)  # "said that is a distortion": there "that" is the subject
TO_VERB = regex.compile(r"\s+to\s+(?=[\p{L}“\"‘])")
COMMA_AHEAD = regex.compile(r"(?:(?!\bto\s)[^:;“”\"‘’.!?,]){1,80},\s*(?=[“\"‘«„]|'')")
COLON = regex.compile(r"\s*:\s*")
COLON_AHEAD = regex.compile(r"[^:;“”\"‘’.!?]{1,60}:\s*(?=[“\"‘'«„]|\Z)")
COMMA_QUOTE = regex.compile(r"\s*,?\s*(?=[“\"‘'«„])")
FRAME_END = regex.compile(r"""
    \s*(?:[.!?;]|\Z|,|—|–|\(|\s-\s|[”"’]|''
    |\s+(?:when|as|after|before|while|during|in|at|on|from|outside|inside|of|about|with|to|for|because|since|
           through|via|following|until|then|now|again|later|earlier|today|yesterday|tonight|last|this|late|early|
           shortly|just|recently|afterward|afterwards|too|also|here|there|instead|\p{Ll}+ly|[“"‘]|
           Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
""", regex.VERBOSE)  # what may follow a closing frame: the end, a comma, an adverbial
TRAILING = regex.compile(r"[\s.,;:!?—–-]+\Z")
ACCORDING_TO = regex.compile(r"(?<![\p{L}])according\s+to\s+", regex.IGNORECASE)
ACCORDING_SOURCE = regex.compile(r"(?P<source>(?:[^,;:.!?“”\"()]|\.(?=\S)|(?<=\b\p{Lu}\p{Ll}{0,3})\.){2,160}?)"
                                 r"(?=\s*(?:[,;:!?]|\.(?<!\b\p{Lu}\p{Ll}{0,3}\.)(?:\s|\Z)|\Z|\())")  # "Rep. Trey Gowdy"
ACCORDING_RESUMES = regex.compile(r"\s*,\s*(?=\S)")
RESUMES = regex.compile(r"\s*,\s+")
NOT_RESUMED = regex.compile(r"\p{Ll}+ing\b|(?:as|in|on|at|while|who|which|whose|according|after|before|during|with|"
                            r"without|because|but|and|referring|when|where|though|although|then|now|even|so|since|"
                            r"than|to|for|from|by|of|about|like|if)\b|\p{Lu}|\p{N}")
INVERTING = (",", "”", "“", '"', "’", "'", "—", "–")
PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "who", "which", "that"})
FINITE = regex.compile(r"\b(?:is|was|are|were|will|would|can|could|should|shall|has|have|had|may|might|must|did|"
                       r"does|do|wo|ca|am)\b|\b\p{Ll}{2,}(?:ed|s)\b|n[’']t\b|[’'](?:ll|s|re|ve|d|m)\b")
INTRODUCES_QUOTE = regex.compile(r"\s*[,:]\s*(?=[“\"‘«„]|'')")
QUOTE_FRAME_END = regex.compile(r"(?!\s*,?\s*(?:that\b|:))")  # after a quote, anything but a complement
RELATIVE_AFTER = regex.compile(r"\s+(?:that|who|which)\s+(?:\p{Ll}+(?:s|ed)|is|was|has|had|are|were)\b")
CAPITALS = regex.compile(r"\p{L}[\p{L}'’\-]*")
AND_BEFORE = regex.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)?\Z")
ALL_CLASSES = frozenset({"speech", "writing", "thought", "evidence"})
RELATIVE_SOURCE = regex.compile(r"(?<![\p{L}])(who|which|that)\s+\Z", regex.IGNORECASE)
YES_NO = regex.compile(r"\s+(yes|no)\b(?=\s*[,.;]|\s*\Z)", regex.IGNORECASE)
DETERMINED_NOUN = regex.compile(r"(?<![\p{L}])(?i:the|a|an|this|that|these|those|its|their|his|her|new|latest)"
                                r"(?:\s+[\p{L}\-]+){1,2}\s*\Z")
CLOSING_MARKS = frozenset("”\"’'")
PLURAL_SUBJECTS = frozenset({"i", "we", "you", "they", "who", "that", "which", ",", "and", "people", "police",
                             "staff", "public", "media", "majority", "minority", "most", "many", "some", "both", "all",
                             "data", "children", "men", "women"})
MAIN_CLAUSE_AFTER = regex.compile(r",\s+(?:he|she|they|I|we|it)\s")
ASKED_BY = regex.compile(r"\s+by\s+(?P<agent>[^,;:“”\"]{2,60}?)(?:\s+(?:on|last|this)\s+\p{L}+)?\s+"
                         r"(?P<content>(?:whether|if|about|why|how|what|when)\b)")
CLAUSE_COMMA = regex.compile(r",\s")  # "Asked whether …, the mayor said": the participle clause ends at its comma
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})


@frozen
class QuoteMap:
    """Where the quoted stretches are, for quick lookups by offset."""

    quoted: tuple[Quoted, ...]          # outermost quotes, in order
    starts: tuple[int, ...]

    @classmethod
    def of(cls, quoted: Sequence[Quoted]) -> "QuoteMap":
        outer = tuple(q for q in quoted if q.depth == 0)
        return cls(outer, tuple(q.start for q in outer))

    def around(self, offset: int) -> Quoted | None:
        """The outermost quote whose marks enclose ``offset``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and self.quoted[index].start < offset < self.quoted[index].end:
            return self.quoted[index]
        return None

    def starting_at(self, offset: int) -> Quoted | None:
        index = bisect.bisect_left(self.starts, offset)
        if index < len(self.starts) and self.starts[index] == offset:
            return self.quoted[index]
        return None

    def ending_at(self, offset: int) -> Quoted | None:
        """The outermost quote whose closing mark ends at ``offset``."""
        # outermost quotes never overlap, so only the last one opened can end here
        index = bisect.bisect_left(self.starts, offset) - 1
        if index >= 0 and self.quoted[index].closed and self.quoted[index].end == offset:
            return self.quoted[index]
        return None

    def first_after(self, offset: int) -> Quoted | None:
        """The first outermost quote opening at or after ``offset``."""
        index = bisect.bisect_left(self.starts, offset)
        return self.quoted[index] if index < len(self.quoted) else None

    def inside_letters(self, start: int, end: int) -> int:
        """How many letters and digits of [start, end) lie inside quotation marks."""
        count = 0
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        while index < len(self.quoted) and self.quoted[index].start < end:
            inner = self.quoted[index].inner
            lo, hi = max(start, inner.start), min(end, inner.end)
            if lo < hi:
                count += sum(ch.isalnum() for ch in inner.text[lo - inner.start:hi - inner.start])
            index += 1
        return count


def kind_of(text: str, pieces: Sequence[Span], quote_map: QuoteMap) -> Kind:
    """Direct when every letter is quoted, mixed when some are, else indirect."""
    total = sum(ch.isalnum() for p in pieces for ch in p.text)
    inside = sum(quote_map.inside_letters(p.start, p.end) for p in pieces)
    if total and inside >= total:
        return Kind.DIRECT
    return Kind.MIXED if inside else Kind.INDIRECT


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    trail = TRAILING.search(text, start, end)
    if trail:
        end = trail.start()
    return Span.of(text, start, end) if end > start else None


def _content_right(text: str, start: int, sentence: Sentence, quote_map: QuoteMap,
                   stop: regex.Pattern | None = None) -> Span | None:
    """From ``start`` to the end of the clause (or of the quote opening there)."""
    end = sentence.end
    quoted = quote_map.starting_at(start)
    if quoted is not None:
        if quoted.end >= end - 2:  # the quote closes the sentence or runs on: take it whole
            return quoted.inner if quoted.inner.end > quoted.inner.start else None
    for pattern in (frames().content_stop, stop):
        found = pattern.search(text, start, end) if pattern is not None else None
        if found:
            # 'was "corrupt," noting …': a closing mark before the stop stays with the content
            end = found.start() + (2 if text[found.start() + 1:found.start() + 2] in CLOSING_MARKS else 0)
    end = _before_next_cue(text, start, end, quote_map)
    if end == sentence.end and (running := quote_map.around(end - 1)) is not None and running.start >= start:
        end = running.end  # the quoted words go on past the sentence: "the "same attitude. The attitude…""
    return _trimmed(text, start, end)


def _before_next_cue(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"announced he was in therapy and vowed to …": the content stops before "and vowed"."""
    lexicon = cue_lexicon()
    for match in lexicon.find(text, start, end, ALL_CLASSES):
        joint = AND_BEFORE.search(text, max(start, match.start() - 12), match.start())
        if joint is not None and quote_map.around(joint.start()) is None:
            return joint.start()
    return end


def _quote_below(text: str, position: int, quote_map: QuoteMap) -> Span | None:
    """"He said:" closing a paragraph: the quote that opens the next one."""
    quoted = quote_map.first_after(position)
    if quoted is None or text[position:quoted.start].strip() or "\n" not in text[position:quoted.start]:
        return None
    return quoted.inner if quoted.inner.end > quoted.inner.start else None


def _content_left(text: str, end: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """The content before a ``, X said`` frame, ending at ``end`` (the comma or mark)."""
    while end > 0 and text[end - 1] in " ,\u00a0—–-":
        end -= 1
    quoted = quote_map.ending_at(end)
    if quoted is not None and not (quoted.start > sentence.start and _has_words(text, sentence.start, quoted.start)):
        return quoted.inner if quoted.inner.end > quoted.inner.start else None
    start = sentence.start  # "The budget was “final”, she said": the clause, quote and all
    inner = quote_map.around(start)
    if inner is not None and inner.end <= end:
        start = inner.start
    return _trimmed(text, start, end)


def _has_words(text: str, start: int, end: int) -> bool:
    """Words run into the quote: "was “final”", not "declared: “…”"."""
    lead = text[start:end].rstrip()
    return bool(lead) and lead[-1] not in ":—–-" and any(ch.isalnum() for ch in lead)


def _addressee(text: str, start: int, end: int) -> Span | None:
    match = ADDRESSEE.match(text, start, end)
    if match is None:
        return None
    addressee_start, addressee_end = match.span("addressee")
    if text[addressee_end - 1] == "." and text[addressee_end - 2:addressee_end - 1] != ".":
        addressee_end -= 1  # "told Fox News." ends the sentence, not the name
    return Span.of(text, addressee_start, addressee_end)


def find_reported(analysis: Analysis, quote_map: QuoteMap, *, cue_classes: frozenset[str]) -> Iterator[Quote]:
    """Every cue-driven attribution, sentence by sentence, in text order."""
    text = analysis.text
    lexicon = cue_lexicon()
    for index, sentence in enumerate(analysis.sentences):
        last_source: Span | None = None
        for match in lexicon.find(text, sentence.start, sentence.end, cue_classes):
            if quote_map.around(match.start()) is not None:
                continue  # the quoted speaker's own words
            quote = _attribution_at(text, match, sentence, index, quote_map, last_source)
            if quote is not None:
                last_source = quote.source or last_source
                yield quote
        if "speech" in cue_classes and "ccording" in sentence.text:
            yield from _according_to(text, sentence, index, quote_map)
        opens_paragraph = index == 0 or analysis.sentences[index - 1].paragraph != sentence.paragraph
        if opens_paragraph and "speech" in cue_classes:
            label = _colon_label(text, sentence, index, quote_map)
            if label is not None:
                yield label


def _attribution_at(text: str, match: regex.Match, sentence: Sentence, index: int,
                    quote_map: QuoteMap, last_source: Span | None) -> Quote | None:
    f = frames()
    form = match.group().lower()
    lemma, cue_class = cue_lexicon().forms[form]
    if match.group()[0].isupper() and match.start() > sentence.start and not _is_headline(text, sentence):
        return None  # "The Washington Post", "Grand Slam", "United States": part of a name
    window = max(sentence.start, match.start() - 60)
    aux = f.auxiliary_before.search(text, window, match.start())
    chain_start = aux.start() if aux else match.start()
    chain = aux.group().lower().split() if aux else []
    if any(word in f.negations for word in chain) or text[match.end():match.end() + 3] == "n't":
        return None
    if lemma in f.wh_cues and (asked := ASKED_BY.match(text, match.end(), sentence.end)) is not None:
        # "asked by a reporter whether …": the agent asks
        content = _content_right(text, asked.start("content"), sentence, quote_map, stop=CLAUSE_COMMA)
        if content is not None:
            return _quote(text, (content,), Span.of(text, match.start(), match.end()),
                          Span.of(text, *asked.span("agent")), None, cue_class, index, quote_map)
    if any(word in BE_FORMS for word in chain) and not form.endswith("ing"):
        return None  # passive: "was asked", "is expected"
    previous = f.word_before.search(text, max(sentence.start, chain_start - 40), chain_start)
    previous_word = previous.group(1).lower() if previous else ""
    if not chain and previous_word.endswith(("'s", "’s", "s'", "s’")) and previous_word[:1].isalpha():
        return None  # "the mayor's claims": a noun
    if (not chain and form == lemma and previous is not None and previous_word not in PLURAL_SUBJECTS
            and previous_word != "to" and not previous_word.endswith("s") and not previous.group(1)[:1].isupper()
            and not THAT.match(text, match.end(), sentence.end)):
        return None  # "a larger say", "the fifth state": a base form needs a plural subject ("critics argue")
    if previous_word.endswith(("n't", "n’t")) or previous_word in f.negations:
        return None  # "I can't say", "never said"
    introduces_quote = INTRODUCES_QUOTE.match(text, match.end(), sentence.end) is not None
    if previous_word == "to" and lemma in f.object and _stance_before_to(text, sentence, chain_start):
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
    if not chain and (previous_word in f.noun_markers or previous_word in ("to", "-")):
        return None  # "the said company", "a statement", "declined to comment"
    if (not chain and lemma in f.noun_ambiguous and form.endswith("s") and form != lemma
            and not (previous_word in PRONOUN_SUBJECTS or (previous and previous.group(1)[:1].isupper()))
            and not THAT.match(text, match.end(), sentence.end)
            and not DETERMINED_NOUN.search(text, max(sentence.start, chain_start - 40), chain_start)):
        return None  # "answer questions"; but "the survey shows", "polls show that"
    cue = Span.of(text, chain_start, match.end())
    gerund = form.endswith("ing") and not chain
    if gerund and previous_word != "," and not (introduces_quote and chain_start > sentence.start):
        return None  # "Speaking about…", "Asked whether…" open a sentence, they do not attribute
    if gerund:
        participle_source = last_source or sentence_subject(text, sentence.start, chain_start)
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=participle_source, gerund=True)
    return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                  participle_source=None, gerund=False)


def _stance_before_to(text: str, sentence: Sentence, chain_start: int) -> bool:
    before = text[max(sentence.start, chain_start - 24):chain_start].split()
    if len(before) < 2 or before[-1].lower() != "to":
        return False
    words = load_words("stance_before_to.txt", lower=True)
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
    if particle is not None and (joined := particle.match(text, position, sentence.end)) is not None:
        cue = Span.of(text, cue.start, joined.end())  # "called for", "pointed to"
        position, takes_object = joined.end(), lemma not in cue_lexicon().phrasal_only
    elif lemma in cue_lexicon().phrasal_only:
        return None  # "went" alone is no cue, "went on" is
    if lemma in f.addressee and position == match.end():
        addressee = _addressee(text, position, sentence.end)
        if addressee is not None:
            position = addressee.end
    while True:
        adverbial = f.adverbial_after.match(text, position, sentence.end)
        if adverbial is None:
            break
        position = adverbial.end()
    before = text[max(sentence.start, cue.start - 3):cue.start].rstrip()
    if cue.start == sentence.start and (source := source_after(text, match.end(), sentence.end)) is not None:
        opening = _right_content(text, lemma, source.end, sentence, quote_map, takes_object=False)
        if opening is not None:  # "Said Comey, “…”"
            return _quote(text, (opening,), cue, source, addressee, cue_class, index, quote_map)
    if not gerund and (before.endswith(INVERTING) or cue.start == sentence.start):
        inverted = _left_frame(text, match, cue_class, cue, addressee, position, sentence, index, quote_map)
        if inverted is not None or before.endswith(("”", '"', "’", "''")):
            return inverted
    content = _right_content(text, lemma, position, sentence, quote_map, takes_object=takes_object)
    if content is not None and addressee is not None and text[addressee.end:content.start].strip() == "to":
        # "urged Congress to act": who is to act belongs to what was asked
        content = Span.of(text, addressee.start, content.end)
    if content is not None:
        found = None
        if gerund:
            source = participle_source
        else:
            found = source_before(text, sentence.start, cue.start)
            source = found[0] if found else _fallback_source(text, sentence, cue)
            if source is None or not plausible_source(source.text):
                return None
        pieces: tuple[Span, ...] = (content,)
        if found and quote_map.around(content.start) is not None:
            # “A,” Robinson said, “B”; The ferry, she said, “is done”: the words before the subject lead
            stretch = text[max(0, found[1] - 3):found[1]].rstrip()
            opening = _content_left(text, found[1], sentence, quote_map) if stretch.endswith(INVERTING) else None
            continues = content.text[:1].islower()  # "The ferry, she said, “is done”" goes on from the lead-in
            if opening is not None and opening.end < content.start and (
                    continues or quote_map.around(opening.start) is not None):
                pieces = (opening, content)
        return _quote(text, pieces, cue, source, addressee, cue_class, index, quote_map)
    if gerund:
        return None
    return _left_frame(text, match, cue_class, cue, addressee, position, sentence, index, quote_map)


def _right_content(text: str, lemma: str, position: int, sentence: Sentence, quote_map: QuoteMap, *,
                   takes_object: bool) -> Span | None:
    f = frames()
    end = sentence.end
    if (that := THAT.match(text, position, end) or PHRASE_THEN_THAT.match(text, position, end)) is not None:
        return _content_right(text, that.end(), sentence, quote_map)
    colon = COLON.match(text, position, end) or COLON_AHEAD.match(text, position, end)
    if colon is not None:  # "said: “…”", "apologized for it: “…”"
        if colon.end() >= end:
            return _quote_below(text, colon.end(), quote_map)
        return _content_right(text, colon.end(), sentence, quote_map)
    if (comma := COMMA_QUOTE.match(text, position, end)) is not None:
        quoted = quote_map.starting_at(comma.end())
        if quoted is not None and (text[position:comma.end()].strip() or quoted.end >= end - 2):
            return _content_right(text, comma.end(), sentence, quote_map)
    if lemma in f.infinitive and (to := TO_VERB.match(text, position, end)) is not None:
        return _content_right(text, to.start() + len(to.group()) - len(to.group().lstrip()), sentence, quote_map)
    if lemma in f.wh_cues:
        word = regex.match(r"\s+(\p{L}+)", text[position:min(end, position + 20)])
        if word and word.group(1).lower() in f.question_words:
            # "asked if he would run, he said no": the question ends where the answer's clause begins
            return _content_right(text, position + word.start(1), sentence, quote_map, stop=MAIN_CLAUSE_AFTER)
    if (ahead := COMMA_AHEAD.match(text, position, end)) is not None and not FINITE.search(ahead.group()):
        # "said in an op-ed before the hearing, “…”": the quote after the adverbials
        content = _content_right(text, ahead.end(), sentence, quote_map)
        if content is not None:
            return content
    if (answer := YES_NO.match(text, position, end)) is not None:
        return Span.of(text, answer.start(1), answer.end(1))  # "72 percent said yes"
    if lemma in f.bare and (clause := CLAUSE_START.match(text, position, end)) is not None:
        content = _content_right(text, clause.end(), sentence, quote_map)
        if content is not None and len(content.text.split()) >= 3 and FINITE.search(content.text):
            return content
    if takes_object and (thing := OBJECT_START.match(text, position, end)) is not None:
        return _content_right(text, thing.end(), sentence, quote_map, stop=OBJECT_STOP)
    return None


def _left_frame(text: str, match: regex.Match, cue_class: str, cue: Span, addressee: Span | None,
                position: int, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """``…, X said.`` / ``…, said X.`` / ``“A,” she said, “B.”``."""
    before = text[max(sentence.start, cue.start - 3):cue.start].rstrip()
    after_quote = before.endswith(("”", '"', "’", "''")) or cue.start == sentence.start
    # "“…,” said X" reads the source after the cue; "X, a spokesman, said" before it
    readers = (_inverted_source, _subject_source) if after_quote else (_subject_source, _inverted_source)
    for reader in readers:
        if reader is _inverted_source and not (after_quote or before.endswith(INVERTING)):
            continue
        found = reader(text, match, cue, addressee, position, sentence)
        if found is None:
            continue
        source, content_end, frame_end = found
        left = _content_left(text, content_end, sentence, quote_map)
        if left is None:
            continue
        quoted = quote_map.around(left.start) is not None
        closing = (FRAME_END if not quoted else QUOTE_FRAME_END).match(text, frame_end, sentence.end)
        if closing is None and not (reader is _inverted_source and RELATIVE_AFTER.match(text, frame_end, sentence.end)):
            continue  # "X said that …" has its content on the right; "said one owner who runs …" not
        pieces = [left]
        right = _resumed_content(text, frame_end, sentence, quote_map,
                                 left_quoted=quoted or reader is _inverted_source)
        if right is not None and right.start > left.end:
            pieces.append(right)
        if not quoted and not FINITE.search(" ".join(p.text for p in pieces)):
            continue  # "On Saturday, she said …": an adverbial, not what was said
        return _quote(text, tuple(pieces), cue, source, addressee, cue_class, index, quote_map)
    return None


def _inverted_source(text: str, match: regex.Match, cue: Span, addressee: Span | None, position: int,
                     sentence: Sentence) -> tuple[Span, int, int] | None:
    source = source_after(text, match.end(), sentence.end)
    if source is None:
        return None
    position = source.end
    while (adverbial := frames().adverbial_after.match(text, position, sentence.end)) is not None:
        position = adverbial.end()
    return source, cue.start, position


def _fallback_source(text: str, sentence: Sentence, cue: Span) -> Span | None:
    """Sources the leftward walk cannot reach.

    "who said …" (the relative pronoun is the mention), "Trump had welcomed
    it and said …" (the subject of the first verb), "Powell's office, when
    contacted, said …" (the subject before an interrupting clause).
    """
    before = text[max(sentence.start, cue.start - 8):cue.start]
    relative = RELATIVE_SOURCE.search(before)
    if relative is not None:
        start = max(sentence.start, cue.start - 8) + relative.start(1)
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


def _subject_source(text: str, match: regex.Match, cue: Span, addressee: Span | None, position: int,
                    sentence: Sentence) -> tuple[Span, int, int] | None:
    found = source_before(text, sentence.start, cue.start)
    if found is None or not plausible_source(found[0].text):
        return None
    source, content_end = found
    stretch = text[max(0, content_end - 3):content_end].rstrip()
    if not stretch.endswith(INVERTING):
        return None
    return source, content_end, position


def _resumed_content(text: str, position: int, sentence: Sentence, quote_map: QuoteMap, *,
                     left_quoted: bool) -> Span | None:
    """“A,” she said, “B.” and "The plan, he said, will fail.": the content resumes."""
    rest = RESUMES.match(text, position, sentence.end)
    if rest is None:
        return None
    quoted = quote_map.starting_at(rest.end())
    if quoted is None and left_quoted:
        # "“The risk,” said Leamer, an economist at the forecast, “is that …”": past an appositive
        later = quote_map.first_after(rest.end())
        if (later is not None and later.start < sentence.end and later.inner.text[:1].islower()
                and text[rest.end():later.start].rstrip().endswith(",")):
            quoted = later
    if quoted is not None:
        return quoted.inner if quoted.inner.end > quoted.inner.start else None
    if left_quoted or NOT_RESUMED.match(text, rest.end(), sentence.end):
        return None  # "“A,” he said, adding …": the writer goes on, not the source
    return _content_right(text, rest.end(), sentence, quote_map)


COLON_LABEL = regex.compile(r"""
    (?P<source>
        (?:\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*\.?)
        (?:\s+(?:\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*\.?|of|the|on|and|for|\([^()]{1,12}\))){0,6}
    )
    \s*(?P<cue>:)\s*(?=\S)
""", regex.VERBOSE)


def _colon_label(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """A paragraph that opens "Name: …" (headlines, transcripts): Name said it."""
    label = COLON_LABEL.match(text, sentence.start, sentence.end)
    if label is None or label.group("source") in load_words("colon_label_stopwords.txt"):
        return None
    content = _content_right(text, label.end(), sentence, quote_map)
    if content is None:
        return None
    return _quote(text, (content,), Span.of(text, *label.span("cue")), Span.of(text, *label.span("source")), None,
                  "speech", index, quote_map)


def _according_to(text: str, sentence: Sentence, index: int, quote_map: QuoteMap) -> Iterator[Quote]:
    """"According to X, …", "…, according to X." and "…, according to X, …"."""
    for match in ACCORDING_TO.finditer(text, sentence.start, sentence.end):
        if quote_map.around(match.start()) is not None:
            continue
        source_match = ACCORDING_SOURCE.match(text, match.end(), sentence.end)
        if source_match is None:
            continue
        source = _trimmed(text, *source_match.span("source"))
        if source is None:
            continue
        cue = _strip_span(text, Span.of(text, match.start(), match.end()))
        after = ACCORDING_RESUMES.match(text, source_match.end(), sentence.end)
        at_start = not text[sentence.start:match.start()].strip(" “\"")
        pieces: list[Span] = []
        if not at_start and (left := _content_left(text, match.start(), sentence, quote_map)) is not None:
            pieces.append(left)
        if after is not None and (right := _content_right(text, after.end(), sentence, quote_map)) is not None:
            pieces.append(right)  # "According to X, …" and "the next day, according to X, Trump …"
        if pieces:
            yield _quote(text, tuple(pieces), cue, source, None, "speech", index, quote_map)


def _strip_span(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end)


def _quote(text: str, pieces: tuple[Span, ...], cue: Span, source: Span | None, addressee: Span | None,
           cue_class: str, index: int, quote_map: QuoteMap) -> Quote:
    return Quote(kind=kind_of(text, pieces, quote_map), content=pieces, cue=cue, source=source,
                 addressee=addressee, sentences=(index,), cue_class=cue_class)
