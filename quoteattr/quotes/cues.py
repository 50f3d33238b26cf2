"""The cue lexicon: every inflected form of every cue verb, with its class.

Classes: ``speech``, ``writing``, ``thought``, ``evidence``. A form listed in
two classes belongs to the first file read (speech before the rest).
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from itertools import accumulate, compress

import regex
from attrs import field, frozen

from ..lexicon import load_table, load_words

__all__ = ["CUE_CLASSES", "CueLexicon", "cue_lexicon", "finite_frame_forms", "inflect", "plural"]

CUE_CLASSES = ("speech", "writing", "thought", "evidence")
_VOWELS = "aeiou"


def _consonant_y(lemma: str) -> bool:
    """deny -> denies, denied; but say, obey keep their y."""
    return lemma.endswith("y") and lemma[-2:-1] not in _VOWELS


def inflect(lemma: str) -> tuple[str, str, str, str]:
    """Regular forms: (3rd person, past, past participle, gerund).

    >>> inflect("argue")
    ('argues', 'argued', 'argued', 'arguing')
    """
    stem = lemma[:-1] if _consonant_y(lemma) else lemma
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    else:
        third = stem + ("ies" if stem != lemma else "s")
    past = lemma + "d" if lemma.endswith("e") else stem + ("ied" if stem != lemma else "ed")
    if lemma.endswith("ie"):
        gerund = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        gerund = lemma[:-1] + "ing"
    else:
        gerund = lemma + "ing"
    return third, past, past, gerund


def plural(noun: str) -> str:
    """A noun's regular plural, spelled as a verb's third person is.

    >>> plural("comment"), plural("apology"), plural("pitch")
    ('comments', 'apologies', 'pitches')
    """
    return inflect(noun)[0]


@frozen(eq=False)  # identity hash: built once, used as a cache key
class CueLexicon:
    """Maps each lower-cased verb form to its lemma and class."""

    forms: dict[str, tuple[str, str]]
    phrases: tuple[tuple[str, str], ...]
    phrasal_only: frozenset[str] = frozenset()  # cues only with their particle: "went on"
    finite_forms: frozenset[str] = frozenset()  # past and third-person forms: "said", "says", "read"
    after_would: dict[str, tuple[str, str]] = field(factory=dict)  # cues only after "would", kept out of ``forms``: "would like to"
    # a stance adjective that is also the past of a verb of another class, read as the adjective after "be":
    # "is convinced the pier is safe", while "convinced skippers that …" is the verb "convince"
    stances: dict[str, tuple[str, str]] = field(factory=dict)
    # a lemma's base form in British "-ise" spelling, which is the lemma wherever the base form is asked for:
    # "refused to criticise", "skippers analyse"
    british_bases: dict[str, str] = field(factory=dict)

    def base(self, form: str) -> str:
        """``form``, or its lemma when it is the lemma's British base form: "criticise" -> "criticize"."""
        return self.british_bases.get(form, form)

    def lookup(self, word: str) -> tuple[str, str] | None:
        return self.forms.get(word.lower())

    def third_person(self, form: str) -> bool:
        """A lower-cased cue form in "-s" that is a finite verb, not its lemma: "declares", "says"; not "say",
        "news"."""
        entry = self.forms.get(form)
        return entry is not None and form != entry[0] and form.endswith("s") and form in self.finite_forms

    def find(self, text: str, start: int, end: int, classes: frozenset[str]) -> Iterator[regex.Match]:
        """Every cue word in ``text[start:end]`` whose class is in ``classes``.

        Scans words and looks each up in a set: far faster than one
        alternation of hundreds of forms. The stretch is lower-cased once and
        its words looked up in bulk, rather than each match in a Python loop.
        """
        wanted = _forms_in(self, frozenset(classes))
        stretch = text[start:end]
        lowered = stretch.lower()
        if len(lowered) == len(stretch):  # not so with "İ", which lower-cases to two characters
            # the lower-cased stretch split into [gap, word, gap, word, …, gap]: each part's offset is the sum of
            # the lengths before it, so only the cue words are matched again, not every word of the stretch
            parts = WORD_SPLIT.split(lowered)
            offsets = list(accumulate(map(len, parts), initial=start))
            for index in compress(range(1, len(parts), 2), map(wanted.__contains__, parts[1::2])):
                yield WORD.match(text, offsets[index], end)
        else:
            yield from (match for match in WORD.finditer(text, start, end) if match.group().lower() in wanted)

    def find_after_would(self, text: str, start: int, end: int, classes: frozenset[str]) -> Iterator[regex.Match]:
        """Every word of ``cues_after_would.txt`` in ``text[start:end]``, in a sentence that has "would"."""
        if "would" not in text[start:end].lower():
            return
        yield from (match for match in WORD.finditer(text, start, end)
                    if (entry := self.after_would.get(match.group().lower())) is not None and entry[1] in classes)


WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
WORD_SPLIT = regex.compile(f"({WORD.pattern})")  # the same words, kept by ``split``


@functools.cache
def _forms_in(lexicon: CueLexicon, classes: frozenset[str]) -> frozenset[str]:
    """The lexicon's forms whose class is one of ``classes``."""
    return frozenset(form for form, (_, cue_class) in lexicon.forms.items() if cue_class in classes)


def _add_forms(forms: dict[str, tuple[str, str]], finite: set[str], rows: tuple[tuple[str, ...], ...],
               cue_class: str, british_bases: dict[str, str]) -> set[str]:
    """Every form of every row's lemma, first class wins, and each British base form's lemma; returns the lemmas."""
    lemmas = set()
    for lemma, *listed in rows:
        lemmas.add(lemma)
        third, past, *_ = listed or inflect(lemma)
        doubled = () if listed else doubled_l(lemma)
        british = () if listed else ise_forms(lemma)
        finite.update((third.lower(), past.lower(), *doubled[:1], *british[1:3]))
        if british:
            british_bases.setdefault(british[0].lower(), lemma.lower())
        for form in (lemma, *(listed or inflect(lemma)), *doubled, *british):
            forms.setdefault(form.lower(), (lemma, cue_class))
    return lemmas


def doubled_l(lemma: str) -> tuple[str, ...]:
    """The past and gerund with a doubled final "l" after one vowel, as British English spells them (and American
    English for "compel", "control"): "signalled", "signalling"; none for "reveal", "recall".

    >>> doubled_l("signal"), doubled_l("reveal")
    (('signalled', 'signalling'), ())
    """
    if len(lemma) < 4 or not lemma.endswith("l") or lemma[-2] not in _VOWELS or lemma[-3] in _VOWELS \
            or lemma[-3] == "l":
        return ()
    return lemma + "led", lemma + "ling"


def ise_forms(lemma: str) -> tuple[str, ...]:
    """The forms in "-ise" and "-yse" that British English writes for a verb in "-ize" or "-yze" after a consonant:
    "criticise", "criticises", "criticised", "criticising"; none for "seize".

    >>> ise_forms("analyze"), ise_forms("seize")
    (('analyse', 'analyses', 'analysed', 'analysing'), ())
    """
    if len(lemma) < 5 or not lemma.endswith(("ize", "yze")) or lemma[-4] in _VOWELS:
        return ()
    stem = lemma[:-2] + "s"
    return stem + "e", stem + "es", stem + "ed", stem + "ing"


@functools.cache
def cue_lexicon() -> CueLexicon:
    forms: dict[str, tuple[str, str]] = {}
    finite: set[str] = set()
    british_bases: dict[str, str] = {}
    for cue_class in CUE_CLASSES:
        _add_forms(forms, finite, load_table(f"cues_{cue_class}.txt"), cue_class, british_bases)
    phrasal_only = _add_forms(forms, finite, load_table("cues_phrasal_only.txt"), "speech", british_bases)
    for lemma in load_words("cues_enlisting.txt", lower=True) | load_words("cues_noun_bases.txt", lower=True):
        for form in (lemma, inflect(lemma)[0]):  # "a sign", "carrying signs", "a bill": nouns far more often than verbs
            forms.pop(form, None)
            finite.discard(form)
    stances = {}
    for word, cue_class in load_table("cue_adjectives.txt"):  # "is convinced", "was eager": one form each
        if forms.setdefault(word.lower(), (word.lower(), cue_class))[1] != cue_class:
            stances[word.lower()] = (word.lower(), cue_class)
    phrases = tuple((" ".join(row[1:]), row[0]) for row in load_table("cue_phrases.txt"))
    after_would = {word.lower(): (word.lower(), cue_class) for word, cue_class in load_table("cues_after_would.txt")}
    return CueLexicon(forms, phrases, frozenset(phrasal_only), frozenset(finite), after_would, stances, british_bases)


@functools.cache
def finite_frame_forms() -> frozenset[str]:
    """The finite forms of cues that frame words wherever they stand, not only right before "to" ("aimed",
    "declined" are none: `cues_before_to.txt`)."""
    only_before_to = load_words("cues_before_to.txt", lower=True)
    lexicon = cue_lexicon()
    return frozenset(form for form in lexicon.finite_forms if lexicon.forms[form][0] not in only_before_to)
