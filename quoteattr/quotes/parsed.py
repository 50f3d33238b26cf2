"""Attribution from dependency parses: the subject of a cue is its source, its clause the content.

Reads plain :class:`~quoteattr.analysis.base.Token` records (UD relations,
heads as indexes within the sentence), so it never needs stanza itself.
Speakers are left unresolved: ``quote.speaker`` is None.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

import regex
from attrs import frozen

from ..analysis.base import Analysis, Token
from ..model import Kind, Quote, Span
from .content import MAX_CLAUSE
from .cues import cue_lexicon
from .frames import frames, near

__all__ = ["find_parsed", "Parse"]

DOUBLE_MARK = regex.compile(r"[“”„«»\"]|``|''")
OPENING_DOUBLE = regex.compile(r"[“„«\"]|``")
CLOSING_DOUBLE = regex.compile(r"[”»\"“]|''")
# Content wholly inside one pair of single-character double marks is direct speech.
WHOLLY_QUOTED = regex.compile(r"[“„«\"](?P<inner>[^“”„«»\"]+)[”»\"“]")

SUBJECT = ("nsubj",)
PASSIVE_AGENT = "obl:agent"
AUXILIARY = ("aux", "aux:pass")
NEGATOR_RELATIONS = ("advmod", "neg")
# Dependents that describe the source but are not part of its mention.
NOT_IN_MENTION = ("appos", "acl", "acl:relcl", "parataxis", "punct", "dep", "dislocated", "list")
NAME_PARTS = ("flat", "flat:name", "compound")
OBJECT = ("obj", "iobj")
# "that" introduces the content without being part of it.
COMPLEMENTIZER = "that"
VERBAL = ("VERB", None)
# A cue in one of these relations sits inside another clause: its object is not read as content.
EMBEDDED = ("ccomp", "xcomp", "csubj", "advcl", "acl")


@frozen
class Parse:
    """One parsed sentence: its tokens and each token's dependents, in order."""

    tokens: tuple[Token, ...]
    children: tuple[tuple[int, ...], ...]
    starts: tuple[int, ...]  # each token's offsets, for bisecting (tokens come in text order)
    ends: tuple[int, ...]

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> "Parse":
        children: list[list[int]] = [[] for _ in tokens]
        for index, token in enumerate(tokens):
            if token.head is not None and 0 <= token.head < len(tokens) and token.head != index:
                children[token.head].append(index)  # a head outside the sentence makes a root
        return cls(tuple(tokens), tuple(tuple(c) for c in children),
                   tuple(t.start for t in tokens), tuple(t.end for t in tokens))

    def head(self, index: int) -> int | None:
        """The index of the governing token, or None for a root (or a head outside the sentence)."""
        head = self.tokens[index].head
        return head if head is not None and 0 <= head < len(self.tokens) and head != index else None

    def relation(self, index: int) -> str:
        return (self.tokens[index].deprel or "").lower()

    def dependents(self, index: int, *relations: str) -> list[int]:
        """Children of ``index`` whose relation (or its base before ':') is one of ``relations``."""
        return [c for c in self.children[index]
                if self.relation(c) in relations or self.relation(c).split(":")[0] in relations]

    def subtree(self, index: int, *, without: Sequence[str] = ()) -> set[int]:
        """``index`` and its descendants, skipping dependents in ``without`` (and below them).

        The walk stays within MAX_CLAUSE characters of ``index``, so in a chain
        of thousands of cues ("A said B said C said …") each cue's walk is bounded.
        """
        first, last = self.near(index)
        seen, todo = {index}, [index]
        while todo:
            children = self.children[todo.pop()]
            for child in children[bisect_left(children, first):bisect_right(children, last)]:
                if child not in seen and self.relation(child) not in without:
                    seen.add(child)
                    todo.append(child)
        return seen

    def near(self, index: int) -> tuple[int, int]:
        """The first and last index of the tokens within MAX_CLAUSE characters of ``index``."""
        token = self.tokens[index]
        first = min(index, bisect_left(self.ends, token.start - MAX_CLAUSE))
        last = max(index, bisect_right(self.starts, token.end + MAX_CLAUSE) - 1)
        return first, last

    def word(self, index: int) -> str:
        token = self.tokens[index]
        return (token.lemma or token.text).lower()


def find_parsed(analysis: Analysis, *, cue_classes: frozenset[str]) -> Iterator[Quote]:
    """Reported speech read off the dependency parse of each parsed sentence.

    >>> [q.text for q in find_parsed(parsed_analysis, cue_classes=frozenset({"speech"}))]  # doctest: +SKIP
    ['the plan would cost more']
    """
    if not analysis.tokens:
        return
    for index, tokens in enumerate(analysis.tokens):
        if any(token.deprel for token in tokens):
            yield from sentence_attributions(analysis.text, Parse.of(tokens), index, cue_classes=cue_classes)


def sentence_attributions(text: str, parse: Parse, sentence: int, *,
                          cue_classes: frozenset[str]) -> Iterator[Quote]:
    """The attributions of one sentence, in the order of their cues."""
    found = [*verb_cue_attributions(text, parse, sentence, cue_classes=cue_classes),
             *according_to_attributions(text, parse, sentence, cue_classes=cue_classes)]
    yield from sorted(found, key=lambda quote: quote.cue.start if quote.cue else quote.start)


def verb_cue_attributions(text: str, parse: Parse, sentence: int, *,
                          cue_classes: frozenset[str]) -> Iterator[Quote]:
    """``X said (that) C``, ``C, X said``, ``said X``, ``X told Y that C``, ``X vowed to C``."""
    lexicon = cue_lexicon()
    for cue in range(len(parse.tokens)):
        entry = lexicon.lookup(parse.word(cue)) or lexicon.lookup(parse.tokens[cue].text)
        if entry is None or entry[1] not in cue_classes or parse.tokens[cue].upos not in VERBAL:
            continue
        lemma, cue_class = entry
        if lemma in lexicon.phrasal_only and not _particle_follows(text, parse, cue, lemma):
            continue  # "We will not give up": "give" reports only as "gave assurances that", "went on"
        takes_object = (lemma in frames().object and lemma not in frames().addressee
                        and parse.relation(cue).split(":")[0] not in EMBEDDED)  # not "said they would oppose it"
        content = content_of(parse, cue, takes_object=takes_object)
        negated = is_negated(parse, cue)
        if neither_nor(parse, cue):
            continue  # "would neither confirm nor deny that …": declining to say either way reports nothing
        if not content or (negated and (asks(parse, content) or (
                (lemma in frames().negated_silent or lemma in frames().silent_replies)
                and not parse.dependents(cue, "aux:pass")))):
            continue  # "did not say whether", "could not find a buyer", "did not respond": nothing was attributed
        yield build_quote(
            text, parse, content,
            cue=cue_span(text, parse, cue),
            source=source_of(text, parse, cue),
            addressee=addressee_of(text, parse, cue, lemma=lemma),
            sentence=sentence, cue_class=cue_class)


def according_to_attributions(text: str, parse: Parse, sentence: int, *,
                              cue_classes: frozenset[str]) -> Iterator[Quote]:
    """``C, according to X`` and ``According to X, C``: X is the source, the clause it modifies the content."""
    for phrase, cue_class in cue_lexicon().phrases:
        if cue_class not in cue_classes:
            continue
        words = phrase.split()
        for first in range(len(parse.tokens) - len(words) + 1):
            cue = list(range(first, first + len(words)))
            if not is_fixed_marker(parse, cue, words):
                continue
            source_head = parse.head(first)
            clause = parse.head(source_head) if source_head is not None else None
            if clause is None:
                continue
            kept = parse.subtree(clause) - parse.subtree(source_head)
            content = [piece for piece in runs(parse, kept) if piece]
            if not content:
                continue
            yield build_quote(text, parse, content,
                              cue=token_span(text, parse, cue[0], cue[-1]),
                              source=mention(text, parse, source_head),
                              addressee=None, sentence=sentence, cue_class=cue_class)


def is_fixed_marker(parse: Parse, indexes: list[int], words: list[str]) -> bool:
    """The tokens spell ``words`` and form one case marker: "according" with "to" as its fixed part."""
    head, *rest = indexes
    if [parse.tokens[i].text.lower() for i in indexes] != words:
        return False
    if parse.relation(head) != "case" or parse.head(head) is None:
        return False
    return all(parse.head(i) == head and parse.relation(i) == "fixed" for i in rest)


def is_negated(parse: Parse, cue: int) -> bool:
    """The cue has "not", "n't" or "never" among its adverbs."""
    negations = frames().negations
    return any(parse.word(child) in negations or parse.tokens[child].text.lower() in negations
               for child in parse.dependents(cue, *NEGATOR_RELATIONS))


def neither_nor(parse: Parse, cue: int) -> bool:
    """The cue, or the verb it is coordinated with, has "neither" before it: "neither confirm nor deny"."""
    head = parse.head(cue)
    verbs = [cue, head] if head is not None and parse.relation(cue) == "conj" else [cue]
    return any(parse.word(child) == "neither" for verb in verbs for child in parse.dependents(verb, "cc"))


def _particle_follows(text: str, parse: Parse, cue: int, lemma: str) -> bool:
    """The words after the cue are one of its particles or light-verb nouns ("went on", "gave assurances")."""
    pattern = frames().particles.get(lemma)
    return pattern is not None and pattern.match(text, parse.tokens[cue].end, near(parse.tokens[cue].end, len(text))) is not None


def asks(parse: Parse, content: list[list[int]]) -> bool:
    """The content opens with a question word: "(did not say) whether the plant would close"."""
    return parse.word(content[0][0]) in frames().question_words


def content_of(parse: Parse, cue: int, *, takes_object: bool = False) -> list[list[int]]:
    """The content as runs of token indexes: the complement clause, or the clause the cue interrupts.

    An object cue says it of its object ("thanked the volunteers"), or in the
    passive with a ``by`` agent of its passive subject ("The plan was
    criticised by Dr Nour").
    """
    for complement in parse.dependents(cue, "ccomp"):
        return runs(parse, parse.subtree(complement), drop_complementizer=True)
    for complement in parse.dependents(cue, "xcomp"):
        if parse.tokens[complement].upos in ("VERB", "AUX") or parse.dependents(complement, "mark"):
            return runs(parse, parse.subtree(complement))
    for complement in parse.dependents(cue, "parataxis"):
        if complement > cue:
            return runs(parse, parse.subtree(complement))  # "X said: C"
    head = parse.head(cue)
    if parse.relation(cue) == "parataxis" and head is not None:
        return runs(parse, parse.subtree(head) - parse.subtree(cue))  # "C, X said." and "C1, X said, C2"
    if takes_object and parse.dependents(cue, PASSIVE_AGENT):
        for subject in parse.dependents(cue, "nsubj:pass"):
            return runs(parse, parse.subtree(subject, without=NOT_IN_MENTION))
    if takes_object:
        for thing in parse.dependents(cue, "obj"):
            return runs(parse, parse.subtree(thing))  # "thanked the volunteers"
    return []


def runs(parse: Parse, indexes: set[int], *, drop_complementizer: bool = False) -> list[list[int]]:
    """Contiguous runs of ``indexes``, trimmed of edge punctuation (but not of quotation marks), capped."""
    ordered = sorted(indexes)
    if drop_complementizer and ordered and parse.word(ordered[0]) == COMPLEMENTIZER \
            and parse.relation(ordered[0]) == "mark":
        ordered = ordered[1:]
    pieces: list[list[int]] = []
    for index in ordered:
        if pieces and pieces[-1][-1] == index - 1:
            pieces[-1].append(index)
        else:
            pieces.append([index])
    trimmed = [trim_punctuation(parse, piece) for piece in pieces]
    return capped(parse, [piece for piece in trimmed if piece])


def capped(parse: Parse, pieces: list[list[int]]) -> list[list[int]]:
    """The words within MAX_CLAUSE characters of where the content starts, trimmed again where cut."""
    if not pieces:
        return pieces
    limit = parse.tokens[pieces[0][0]].start + MAX_CLAUSE
    within = [trim_punctuation(parse, [index for index in piece if parse.tokens[index].end <= limit])
              for piece in pieces]
    return [piece for piece in within if piece]


def trim_punctuation(parse: Parse, piece: list[int]) -> list[int]:
    """Drop commas, colons and stops at the edges; keep an opening mark first and a closing mark last."""
    start, end = 0, len(piece)
    while start < end and is_punctuation(parse, piece[start]) \
            and not OPENING_DOUBLE.fullmatch(parse.tokens[piece[start]].text):
        start += 1
    while end > start and is_punctuation(parse, piece[end - 1]) \
            and not CLOSING_DOUBLE.fullmatch(parse.tokens[piece[end - 1]].text):
        end -= 1
    return piece[start:end]


def is_punctuation(parse: Parse, index: int) -> bool:
    token = parse.tokens[index]
    return token.upos == "PUNCT" or (token.upos is None and not any(c.isalnum() for c in token.text))


def cue_span(text: str, parse: Parse, cue: int) -> Span:
    """The cue verb with the auxiliaries and negation before it: "has claimed", "have already indicated", "never said"."""
    helpers = set(parse.dependents(cue, *AUXILIARY, "advmod"))
    first = cue
    while first - 1 in helpers:
        first -= 1
    negations = frames().negations
    while first < cue and parse.relation(first) == "advmod" and parse.word(first) not in negations:
        first += 1  # "he also said": the adverb alone is no part of the cue; "never said" keeps "never"
    return token_span(text, parse, first, cue)


def source_of(text: str, parse: Parse, cue: int, *, hops: int = 0) -> Span | None:
    """The mention of who spoke: the cue's subject, a passive agent, or the shared subject of a coordination."""
    if hops > len(parse.tokens):
        return None  # a malformed parse with a cycle of heads
    for subject in parse.dependents(cue, *SUBJECT):
        if parse.relation(subject) == "nsubj:pass":
            continue  # "reporters were told": the subject is addressed, not speaking
        head = parse.head(cue)
        if parse.relation(cue) == "acl:relcl" and head is not None \
                and min(parse.subtree(cue, without=("punct",))) == subject:
            return mention(text, parse, head)  # "officials, who said ...": the antecedent spoke
        return mention(text, parse, subject)
    for agent in parse.dependents(cue, PASSIVE_AGENT):
        return mention(text, parse, agent)
    head = parse.head(cue)
    if parse.relation(cue) in ("conj", "xcomp") and head is not None:
        return source_of(text, parse, head, hops=hops + 1)  # "he smiled and said", "she went on to say"
    return None


def addressee_of(text: str, parse: Parse, cue: int, *, lemma: str) -> Span | None:
    """Who was told: the object of tell, inform, ask and the like."""
    if lemma not in frames().addressee:
        return None
    for listener in parse.dependents(cue, *OBJECT):
        return mention(text, parse, listener)
    return None


def mention(text: str, parse: Parse, head: int) -> Span:
    """A person's name ("Erik Dahl"), or the noun phrase without appositives and relative clauses."""
    if is_person(parse.tokens[head]):
        first, last = entity_bounds(parse, head)
        for part in parse.dependents(head, *NAME_PARTS):
            if is_person(parse.tokens[part]) or parse.tokens[part].upos == "PROPN":
                if part == first - 1 or part == last + 1:
                    first, last = min(first, part), max(last, part)
        return token_span(text, parse, first, last)
    kept = parse.subtree(head, without=NOT_IN_MENTION)
    for marker in parse.dependents(head, "case"):
        kept -= parse.subtree(marker)  # "by the ministry", "according to the police": the mention starts after
    first = last = head
    while first - 1 in kept:
        first -= 1
    while last + 1 in kept:
        last += 1
    return token_span(text, parse, first, last)


def is_person(token: Token) -> bool:
    return bool(token.ner) and token.ner.upper().endswith("-PERSON")


def entity_bounds(parse: Parse, index: int) -> tuple[int, int]:
    """The first and last token of the BIOES entity holding ``index``."""
    def tag(i: int) -> str:
        return (parse.tokens[i].ner or "O")[:1].upper()

    first = last = index
    while tag(first) in ("I", "E") and first > 0 and tag(first - 1) in ("B", "I"):
        first -= 1
    while tag(last) in ("B", "I") and last + 1 < len(parse.tokens) and tag(last + 1) in ("I", "E"):
        last += 1
    return first, last


def token_span(text: str, parse: Parse, first: int, last: int) -> Span:
    return Span.of(text, parse.tokens[first].start, parse.tokens[last].end)


def build_quote(text: str, parse: Parse, content: list[list[int]], *, cue: Span, source: Span | None,
                addressee: Span | None, sentence: int, cue_class: str) -> Quote:
    """The Quote, its kind read from the quotation marks in the content."""
    pieces = [token_span(text, parse, piece[0], piece[-1]) for piece in content]
    kind = Kind.INDIRECT
    quoted = WHOLLY_QUOTED.fullmatch(pieces[0].text) if len(pieces) == 1 else None
    if quoted and quoted.group("inner").strip():
        kind = Kind.DIRECT
        inner = quoted.group("inner")
        start = pieces[0].start + quoted.start("inner") + len(inner) - len(inner.lstrip())
        end = pieces[0].start + quoted.end("inner") - (len(inner) - len(inner.rstrip()))
        pieces = [Span.of(text, start, end)]
    elif any(DOUBLE_MARK.search(piece.text) for piece in pieces):
        kind = Kind.MIXED
    return Quote(kind=kind, content=tuple(pieces), cue=cue, source=source, addressee=addressee,
                 sentences=(sentence,), cue_class=cue_class)
