"""The source noun phrase around a cue: who does the saying.

``source_before`` reads leftwards from the cue to the start of the subject;
``source_after`` reads an inverted source ("…, said Mr Reyl."). Both
return the head mention: for "Erik Dahl, US Treasury secretary, said"
the name, not the appositive.
"""
from __future__ import annotations

import functools

import regex

from ..lexicon import load_lines, load_table, load_words
from ..model import Span
from .cues import cue_lexicon
from .frames import (MERIDIEM, EndAnchored, alternation, end_before, frames, last_char_before, looks_past, near,
                     past_adverbials, reduced_passives, spaced, weekday_alternation)
from .names import ARTICLES, FIRM_KINDS, is_given_name
from .titles import PARTY_SET_OFF, honorific, plural_of_man_head, role_noun_is_head, title_words

__all__ = ["clause_nouns", "word_before", "joined_subject", "past_time_opening", "fronted_phrase_end", "noun_phrase_before", "source_before", "source_after", "coordinated_subject", "broken_clause_subject", "plausible_source", "sentence_subject", "noun_phrase_words", "is_name_like", "no_verb_form",
           "subject_prepositions", "contact_subject", "opens_with_verb"]
EXPLETIVES = frozenset({"there", "here"})  # subjects that hold no one

TOKEN = regex.compile(r"\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L}))*(?:(?<=s)['’](?=\s))?|[(),;:“”\"‘’«»‹›—―–]|\S")
CUE_THEN_COMMA = regex.compile(r"\s*\p{L}+,")  # "… said, is a fine town": a frame inside what was said
NAME_WORD = regex.compile(r"\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*")
MAX_SOURCE_TOKENS = 14
# "didn't", "won’t", "cannot" right before the verb whose object holds the cue ("didn't find claims that …"): a
# contracted negation ends a subject read leftwards there, as "did" and "not" do
CONTRACTED_NEGATION = regex.compile(r"\p{Ll}{2,}n['’]t|cannot")
CLOSERS = "”\"’»›"
OPENERS = "“\"‘«"
LEAD_TRIM = ",;:—―–-('" + OPENERS + CLOSERS  # stripped from the front of a source
TAIL_TRIM = ",;:—―–-" + OPENERS               # and from its end
BRACKET_WORDS = 6  # words an aside in brackets between a subject's head and its appositive may hold
HEAD_STOP = ",;:()—―–'" + OPENERS + CLOSERS   # marks that end an appositive's head read leftwards
HEAD_REACH = 12  # words an appositive's head may span: "The owner of a hardware store on Quay Street, Ana Varga,"


def _possessed_description(text: str) -> bool:
    """"Her Republican colleague", "Their Lyme office": a possessive, then a lower-case noun last, a description
    whatever capitalised word it holds."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in POSSESSIVES and words[-1][:1].islower()


def _place_description(text: str) -> bool:
    """"A resident of Lyme", "The mayor of Lyme Bay": "A", "An" or "The", lower-case words and "of", "from", "in"
    or "at" (as speakers.OPENING_INDEFINITE reads them), then a capitalised place or body, a description whatever
    capitalised word it holds."""
    words = text.split()
    if len(words) < 4 or words[0].lower() not in ("a", "an", "the") or not words[1][:1].islower():
        return False
    at = next((i for i, word in enumerate(words[2:], 2) if not word[:1].islower()), len(words))
    return words[at - 1] in ("of", "from", "in", "at") and at < len(words)


def _full_name(text: str) -> bool:
    """Two to four capitalised words, none ending in a full stop: "Ida Lenz"; not "Calif.", "long dismissive of …"."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(word[:1].isupper() and not word.endswith(".") for word in words)


def in_s_form(word: str) -> bool:
    """A lower-case word in -s that may be a plural or a verb's -s form: not one in "-ss", "-us" or "-is" ("boss",
    "bonus", "analysis"), nor an adverb of `adverbs_in_s.txt` ("always", "perhaps")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word not in load_words("adverbs_in_s.txt", lower=True)


def is_name_like(text: str) -> bool:
    """A capitalised word leads or ends the phrase (a name, an institution)."""
    markers = frames().noun_markers
    return any(NAME_WORD.match(w) and w.lower() not in markers for w in text.split())


NOT_SUBJECT_END = regex.compile(r"(?:to|of|for|in|on|at|by|with|from|about|as|than|into|over|after|before|the|a|an|"
                                r"his|her|their|its|our|my|very|more|most|so|not|also|just|who|which|that)\Z",
                                regex.IGNORECASE)
VERB_LIKE = regex.compile(r"""
    \b\p{Ll}+ed\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|up|out|him|them|it|me|us)\b  # "opened its"
    (?!\s+(?:""" + alternation(load_words("time_nouns.txt")) + r""")\b)  # not "released this week": a time
  | \A\p{Lu}\S*(?:\s+\p{Lu}\S*)*(?:(?<![’']s)\s+\p{Ll}+ed\b(?!\s+(?:by|to)\b)|\s+\p{Ll}+ed\Z)  # "Varga faced", "Osman's
    # repeated"; not "Lyme's elected mayor"
  | \A\p{Lu}\S*(?:\s+\p{Lu}\S*)*(?<![’']s)\s+\p{Ll}+[^\Ws]s\s+(?:the|a|an|his|her|its|their|our|this|these|those)\b
    (?!.*\b\p{Ll}+ed\Z)  # "Bay Lines runs a (ferry)": a name, its verb in "-s" and the object's determiner; not
    # "Lyme skippers the board hired", a plural and the clause that tells which
""", regex.VERBOSE)


TIME_NOUNS = load_words("time_nouns.txt", lower=True)  # "a week", "every day": a time, never a subject
TIME_POSSESSIVE = regex.compile(r"(?i:last|this|next|past)\s+\p{Ll}+['’]s")  # "Last week's", "this year's"


HANDLE = regex.compile(r"@\w{1,30}")  # a social media handle: "@LymeLad"


# a relative clause set off by commas inside a source of two joined names: ", who fought the toll,"
RELATIVE_ASIDES = regex.compile(r",\s+(?:who|whose)\b[^,;:]*(?=,\s+and\s|\Z),?")
JOINED_NAMES = regex.compile(r"[^,;:]+\s+and\s+[^,;:]+")  # what is left of such a source: "Ms Varga and Mr Reyl"
# a subject with its "who" clause, then ", and" and a second: "skippers who fish at night, and traders on the quay"
JOINED_AFTER_WHO = regex.compile(r"(?P<first>[^,;:]+?)\s+who\s[^,;:]*,\s+and\s+(?P<second>[^,;:]+)")


@functools.lru_cache(maxsize=4096)  # asked again of the same phrase for each cue and reading of it
def plausible_source(text: str, *, evidence: bool = False) -> bool:
    """Whether a phrase can be the subject that does the saying.

    A pronoun, a phrase with a name ("Mr Reyl", "The US"), a phrase that
    opens with a determiner ("a spokesman for the company") or a bare plural
    ("officials"); not a fragment that ends in a preposition or holds a
    finite verb ("Varga faced").

    >>> plausible_source("officials"), plausible_source("terror"), plausible_source("Varga faced")
    (True, False, False)

    With ``evidence`` (the subject of "show", "suggest"), a mass noun may
    stand alone: "Recent polling shows …", "simple math shows …".

    "about", "at least" before a number or quantifier leave the rest to
    judge; not before an article, where "about" is a preposition:

    >>> plausible_source("about 6 in 10 voters"), plausible_source("about the vote")
    (True, False)

    A past tense of ``irregular_verbs.txt`` and a determiner open a verb
    phrase, never a subject, and "a week" or "every day" is how often:

    >>> plausible_source("struck a cautious"), plausible_source("a week")
    (False, False)

    A phrase opening with a determiner may run longer than a bare one:

    >>> plausible_source("a study by Ms Varga of Lyme College and Professor Reyl of the Adley Sailing School")
    True
    >>> plausible_source("skippers from Lyme and Adley and the villages along the coast north of the old harbour")
    False
    """
    if (bare := RELATIVE_ASIDES.sub("", text)) != text and JOINED_NAMES.fullmatch(bare):
        return plausible_source(bare, evidence=evidence)  # "Ms Varga, who …, and Mr Reyl, who backed it": the names
    if (joined := JOINED_AFTER_WHO.fullmatch(text)) is not None:
        # "skippers who fish at night, and traders on the quay": each subject judged without the clause
        return plausible_source(joined.group("first"), evidence=evidence) and plausible_source(
            joined.group("second"), evidence=evidence)
    words = text.split()
    if not words:
        return False
    lower = words[0].lower()
    if lower == "not" and len(words) > 1 and words[1].lower() in load_words("negatable_quantifiers.txt"):
        return plausible_source(" ".join(words[1:]), evidence=evidence)  # "not everyone", as "everyone"
    if len(words) == 1 and (lower in EXPLETIVES or (cue_lexicon().lookup(lower) or ("",))[0] == "say"):
        return False  # "There were reports saying …": an empty subject, nobody who says it; "says" names nobody
    if len(words) == 1 and (lower in frames().pronouns or lower in _determiners() or HANDLE.fullmatch(text.strip())):
        return True  # "@LymeLad tweeted …": a social media handle names its owner
    if NOT_SUBJECT_END.fullmatch(words[-1]) and not (
            words[-1].lower() == "her" and len(words) > 2
            and (words[-2].lower() in frames().prepositions or words[-2].lower() in load_words("place_prepositions.txt"))):
        # "a spokesman for the", "people close to his"; "people close to her", "aides around her" end in an object
        return False
    if lower in JOINED_PRONOUNS and len(words) > 2 and words[1].lower() == "and":
        return plausible_source(" ".join(words[2:]), evidence=evidence)  # "he and his wife", "she and two aides"
    if len(words) > 2 and TIME_POSSESSIVE.fullmatch(" ".join(words[:2])):
        # "Last week's poll", "This year's report": the time's possessive stands for a determiner
        return plausible_source(" ".join(["the", *words[2:]]), evidence=evidence)
    if (lead := approximator(words)) and lead < len(words) and (
            words[lead][:1].isdigit() or words[lead].lower() in _counting_determiners()):
        return plausible_source(" ".join(words[lead:]), evidence=evidence)  # "about 6 in 10 voters", "almost everyone"
    if len(words) > MAX_SOURCE_TOKENS + (MAX_SOURCE_TOKENS // 2 if lower in _determiners() else 0):
        return False  # "a study by Ms Varga of the harbour college and Mr Reyl of …" may run longer
    if len(words) == 1 and (lower in frames().subordinators or lower in frames().prepositions
                            or lower in frames().sentence_adverbs):
        return False  # "If …", "Among …": a clause's opener, not its subject; "Now, …", "Still, …": an adverb
    if VERB_LIKE.search(text) and not lower in _determiners() and not plural_then_participle(words):
        return False
    if len(words) == 2 and lower in ("a", "an", "every", "each", "per") and words[1].lower() in TIME_NOUNS:
        return False  # "who swam twice a week reported …": how often, no one who reports
    if len(words) > 1 and words[0] in frames().irregular_verbs and words[1].lower() in NOUN_DETERMINERS:
        return False  # "struck a cautious note": a verb and its object, no subject before them
    if is_name_like(text) or lower in _determiners() or words[0][:1].isdigit() or lower in frames().plural_subjects:
        return True
    if " ".join(words).lower() in load_words("voiced_mass_nouns.txt", lower=True):
        return True  # "although history says …": a bare mass noun that speaks
    head = next((i for i, w in enumerate(words) if w.lower() in frames().head_prepositions
                 or w.lower() in subject_prepositions() or _participle_before_preposition(words, i)
                 or _passive_opening(words, i)),
                len(words))  # "sources close to the council", "engineers hired by the skippers", "work to be printed …"
    if head > 4 and (joint := next((i for i in range(1, head - 1) if words[i].lower() == "and"), None)) is not None:
        # "senior officials and pier wardens": two bare plurals joined run longer than one, and each is judged alone
        return (plausible_source(" ".join(words[:joint]), evidence=evidence)
                and plausible_source(" ".join(words[joint + 1:]), evidence=evidence))
    if head == 0 or head > 4:
        return False
    noun = words[head - 1].lower()
    if evidence and head <= 3 and _evidence_phrase(words[:head]):
        return True  # "Recent polling shows …", "work on the quay suggests …"
    # "officials at the port", "Republican senators", "former secretary of state"; "fishermen", the plural of a
    # title head in "-man"
    return (noun.endswith("s") or noun in title_words().heads or noun in frames().plural_subjects  # "about half of voters"
            or plural_of_man_head(noun))


def headline_document(text: str, sentence_end: int, source: Span) -> bool:
    """A headline's bare document or body, with no article: "Ferry fares will rise, report says", "Cold swims ease
    pain, study finds", "…, says report", "Pier toll to be scrapped, council confirms"; a sentence with its closing
    mark writes "the report"."""
    word = source.text
    return (word.isalpha() and word.islower()
            and (word in load_words("thing_heads.txt", lower=True) or word in load_words("organisations.txt", lower=True))
            and (source.end >= sentence_end or last_char_before(text, source.end, sentence_end).isalnum()))


def contact_subject(words: list[str]) -> int | None:
    """Where the subject of a relative clause without "that" starts: "angered the group Mr Reyl (called …)" -> 3.

    A lower-case word (a verb, a preposition) comes before the object's determiner, then lower-case nouns that
    name no role ("the lawyer Ms Varga" is one person), then a courtesy honorific and a name; None otherwise.
    """
    start = len(words)
    while start > 1 and words[start - 1][:1].isupper():
        start -= 1  # the capitalised run that ends the phrase
    if start == len(words):
        return None
    determiner = next((i for i in range(start - 1, 0, -1) if words[i].lower() in NOUN_DETERMINERS), None)
    if (determiner is None or start - determiner < 2 or not words[determiner - 1][:1].islower()
            or words[determiner - 1] in frames().boundaries
            or not all(w[:1].islower() for w in words[determiner + 1:start])):
        return None
    title = honorific(words[start])
    if title is None or title.office or words[start - 1].lower() in title_words().heads:
        return None
    return start


# the one-word auxiliaries and adverbs of `cue_auxiliaries.txt` that may stand between a relative's subject and its
# cue, negations left out: "a rule that most skippers still believe is fair"
CHAIN_WORDS = frozenset(word for word in load_words("cue_auxiliaries.txt", lower=True) if " " not in word) - load_words(
    "negations.txt", lower=True)
# such an adverb opening the walk's end, before the cue's own word: "(the operator) now says"; an auxiliary there
# is the verb of a clause of its own ("(These proposals) have been praised")
CHAIN_LEAD = r"(?:(?:" + alternation(CHAIN_WORDS - load_words("verbal_auxiliaries.txt", lower=True)) + r"|\p{Ll}+ly)\s+)*"


@functools.cache
def _verb_after_cue() -> regex.Pattern:
    """The cue's word, then a verb of verbal_auxiliaries.txt: "(the skippers) say could hurt them", where the clause
    said has lost its subject to the noun before; not "(the world) had seen since …"."""
    return regex.compile(CHAIN_LEAD + r"\p{L}+(?:\s+\p{Ll}+ly)?\s+(?:"
                         + alternation(load_words("verbal_auxiliaries.txt", lower=True)) + r")\b")


CUE_THEN_WORD = regex.compile(CHAIN_LEAD + r"(?P<cue>\p{L}+)\s+(?P<verb>\p{Ll}+)\b")


def _cue_at(text: str, start: int) -> tuple[tuple[str, str] | None, str]:
    """The cue lexicon's entry for the word opening the text at ``start`` and the lower-case word after it, read
    once for the gap checks of a source: "(police) said was", "(the coach) called (a genius)"; (None, "") when no
    lower-case word follows."""
    found = CUE_THEN_WORD.match(text, start, near(start, len(text)))
    return (cue_lexicon().lookup(found.group("cue")), found.group("verb")) if found is not None else (None, "")


def gap_subject(words: list[str], *, bare: bool = False) -> int | None:
    """Where the subject of a relative clause without "that" starts after a noun phrase: "was a change the skippers
    (say …)" -> 4. Two determiners with only lower-case nouns after each, no preposition nor verb (a past in "-ed"
    or of irregular_verbs.txt) among them; None otherwise. With ``bare`` (a cue's word follows), the second phrase
    may be a group noun or plural alone: "The man police (said was …)" -> 2."""
    inner = next((i for i in range(len(words) - 2, 1, -1) if words[i].lower() in NOUN_DETERMINERS), None)
    if inner is not None and all(_gap_noun(word) for word in words[inner + 1:]) and _gap_head(words, inner):
        return inner
    # "fought a bill critics (called …)": the determiner opens the noun the clause hangs on, the plural is its subject
    if bare and (inner := _bare_gap_subject(words)) is not None and _gap_noun(words[inner]) and _gap_head(words, inner):
        return inner
    return None


def _gap_head(words: list[str], inner: int) -> bool:
    """The words before ``inner`` are a determiner and lower-case nouns of :func:`_gap_noun`, the phrase the clause
    hangs on, at the start or after a lower-case word or a comma."""
    outer = next((i for i in range(inner - 2, -1, -1) if words[i].lower() in NOUN_DETERMINERS), None)
    if outer is None or (outer > 0 and not words[outer - 1][:1].islower() and words[outer - 1] != ","):
        return False
    return all(_gap_noun(word) for word in words[outer + 1:inner])


def _bare_gap_subject(words: list[str]) -> int | None:
    """The last word as the subject when it names a group or is a plural ("police", "skippers"); None otherwise."""
    last = words[-1] if len(words) > 2 else ""
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return len(words) - 1 if last in frames().collective_nouns or plural else None


def _gap_noun(word: str) -> bool:
    """A lower-case word that may stand in a noun phrase of :func:`gap_subject`: no preposition ("A third of the
    skippers"), pronoun ("the book she"), determiner or verb ("The skippers the council hired (said)")."""
    f = frames()
    return (word.isalpha() and word.islower() and not word.endswith("ed")
            and not any(word in words for words in (f.prepositions, f.head_prepositions, f.boundaries, f.pronouns,
                                                     NOUN_DETERMINERS, cue_lexicon().finite_forms, f.irregular_verbs)))


def _passive_opening(words: list[str], index: int) -> bool:
    """"to be" or "being" after the first word and before a past participle: "work (to be) printed in May",
    "appeals (being) heard in Lyme"."""
    lead = words[index].lower()
    after = index + 2 if lead == "to" else index + 1
    return (0 < index and after < len(words) and (lead == "being" or lead == "to" and words[index + 1] == "be")
            and _past_participle(words[after]))


def _past_participle(word: str) -> bool:
    """A lower-case word that may be a past participle: "printed", "heard", "seen" (`irregular_participles.txt`)."""
    return word.islower() and (looks_past(word)
                               or word in load_words("irregular_participles.txt"))


def _participle_before_preposition(words: list[str], index: int) -> bool:
    """A past participle after the first word and before a preposition, a weekday or an adverb of
    placed_adverbs.txt, perhaps after an adverb in "-ly": "hired" in "engineers hired by …", "released" in "figures
    released today", "shared" in "screenshots shared widely online"."""
    if not (0 < index < len(words) - 1 and words[index].endswith("ed")):
        return False
    after = words[index + 1].lower()
    if LY_WORD.fullmatch(after) and index + 2 < len(words):
        after = words[index + 2].lower()
    elif after in load_words("relative_particles.txt", lower=True):
        # "Skippers turned away (by the board)": the participle's particle, then perhaps the preposition
        return index + 2 == len(words) or _participle_before_preposition([*words[:index + 1], *words[index + 2:]], index)
    return (after in frames().prepositions or after in load_words("placed_adverbs.txt", lower=True)
            or after in load_words("place_prepositions.txt", lower=True)  # "voters interviewed outside polling stations"
            or after.capitalize() in frames().weekdays)


def plural_then_participle(words: list[str]) -> bool:
    """"Skippers based at the pier", "Skippers working the quay", "Skippers still working the quay", "Experts not
    involved in the study": a plural opening the sentence, then a past participle before a preposition or an "-ing"
    form, perhaps after an adverb of appositive_adverbs.txt or a negation, is a subject and its modifier; so is a
    mass noun of mass_subjects.txt ("Data released on Friday", "Footage filmed at the pier"); not "Varga faced"
    (no plural) nor "Skippers faced the pier"."""
    first = words[0]
    if not (first.endswith("s") and not first.endswith("ss") and first[1:].islower()
            or first.lower() in load_words("mass_subjects.txt", lower=True)):
        return False  # a mass noun stands alone as a plural does: "Data released on Friday showed …"
    second = words[1].lower() if len(words) > 2 else ""
    at = 2 if second in load_words("appositive_adverbs.txt") or second in frames().negations else 1
    return _participle_before_preposition(words, at) or (
        len(words) > at + 1 and words[at].islower() and words[at].endswith("ing"))


def _determiners() -> frozenset[str]:
    return load_words("source_determiners.txt", lower=True)


@functools.cache
def _counting_determiners() -> frozenset[str]:
    """Determiners that count ("most", "neither"); not those that name no number, for "about the vote" is a
    topic, not a source."""
    return _determiners() - NOUN_DETERMINERS - {"her", "this", "that"}


def _counted_group(phrase: str) -> bool:
    """"two deckhands", "several skippers": a counting determiner and a plural noun."""
    words = phrase.lower().split()
    return len(words) == 2 and words[0] in _counting_determiners() and words[0] not in ARTICLES and words[1].endswith(
        "s")


def approximator(words: list[str]) -> int:
    """How many words of "about", "at least" lead the phrase (0 if none)."""
    approximators = load_words("source_approximators.txt", lower=True)
    for length in (2, 1):
        if " ".join(words[:length]).lower() in approximators:
            return length
    return 0


def _name_word_of_phrasal(tokens: list, index: int) -> bool:
    """Whether the word at ``index`` is a capitalised form of a verb that is a cue only with its particle
    (`cues_phrasal_only.txt`) right after another capitalised word: part of a name, no verb ("Bay Lines, which …")."""
    word = tokens[index].group()
    return (word[:1].isupper() and index > 0 and tokens[index - 1].group()[:1].isupper()
            and cue_lexicon().forms.get(word.lower(), ("",))[0] in cue_lexicon().phrasal_only)


def noun_phrase_before(text: str, start: int, end: int, *, noun_head: bool = False) -> Span | None:
    """The noun phrase ending at ``end``, read leftwards to its determiner.

    It stops before a preposition, verb, pronoun or punctuation: "with polls
    showing" -> "polls", "faces a chorus of Democrats urging" -> "a chorus of
    Democrats". With ``noun_head`` the last word is a noun even when it is
    also a verb's form ("There were reports saying" -> "reports").
    """
    f = frames()
    finite = cue_lexicon().finite_forms
    tokens = noun_phrase_words(text, max(start, end - 120), end)
    first = None
    for index in range(len(tokens) - 1, max(len(tokens) - 11, -1), -1):
        word = tokens[index].group()
        lower = word.lower()
        if not word[0].isalnum():
            break
        if lower in _determiners():
            first = index
            break
        if noun_head and index == len(tokens) - 1:
            pass  # the head, a noun whatever else its form could be
        elif word.islower() and index < len(tokens) - 1 and _after_modal(tokens, index):
            break  # "would complicate (Ms Varga's)", "would almost certainly benefit": a verb after a modal
        elif (word.islower() and lower.endswith("ing") and index < len(tokens) - 1
              and tokens[index + 1].group()[:1].isupper() and index + 1 == first
              and (index == 0 or tokens[index - 1].group().lower() not in _determiners())):
            break  # "complicating (Ms Varga's hopes)": a participle before the name it takes as its object; not "the
            # ruling Harbour Party's"
        elif lower != "of" and (lower in f.noun_phrase_stops or (lower in finite and not _name_word_of_phrasal(tokens, index))
                                or (word.islower() and lower.endswith("ed")
                                    # "an op-ed (outlining)": a hyphenated head in -ed is a noun
                                    and not ("-" in word and index == len(tokens) - 1))):
            if first is None and index == len(tokens) - 1 and lower in f.pronouns:
                first = index  # "she": a pronoun is a whole noun phrase
            break
        first = index
    while first is not None and first < len(tokens) and tokens[first].group().lower() == "of":
        first += 1
    if first is None or first >= len(tokens):
        return None
    return Span.of(text, tokens[first].start(), tokens[-1].end())


MODALS = load_words("modal_auxiliaries.txt", lower=True)  # after which a lower-case word is a verb
MODAL_ADVERBS = frozenset({"not", "also", "almost", "still", "never", "soon", "just", "even", "only", "then"})


def _after_modal(tokens: list[regex.Match], index: int, *, lower_case: bool = False) -> bool:
    """The token at ``index`` follows a modal auxiliary, perhaps past adverbs ("would (almost certainly) benefit");
    with ``lower_case``, a modal written in lower case only ("in May by" has none)."""
    before = index - 1
    while before >= 0 and ((word := tokens[before].group().lower()) in MODAL_ADVERBS
                           or (word.endswith("ly") and word.isalpha())):
        before -= 1
    return before >= 0 and tokens[before].group().lower() in MODALS and not (
        lower_case and not tokens[before].group().islower())


def noun_phrase_words(text: str, start: int, end: int) -> list[regex.Match]:
    """Tokens of the window, for the leftward walk."""
    return list(TOKEN.finditer(text, start, end))


# the minutes of a clock time after its colon, and "a.m." or "pm": "(10:)15 a.m. Police said"
CLOCK_MINUTES = regex.compile(r"(?<=\p{N}:)\p{N}{2}" + MERIDIEM + r"\s+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    if (minutes := CLOCK_MINUTES.match(text, start, end)) is not None:
        start = minutes.end()  # "10:15 Police said", "At 10:15 Ms Varga said": the walk stopped at the time's colon
    while start < end and (text[start].isspace() or text[start] in LEAD_TRIM):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TAIL_TRIM):
        end -= 1
    return start, end


REPEATED_NOUN_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}+)\s+after\s+\Z")  # "speaker after " before "speaker"


def source_before(text: str, start: int, end: int, *, allow_appositive: bool = True) -> tuple[Span, int] | None:
    """The subject ending at ``end`` (the cue chain's start), within ``[start, end)``.

    Returns the head mention and the offset where the whole phrase begins
    (its appositive included), so the caller knows where content may end.

    >>> span, _ = source_before("Mr Osman told", 0, 9)
    >>> span.text
    'Mr Osman'
    """
    start = _past_dateline_or_greeting(text, start, end)  # "LYME, Aug 31 (Gazette) - The harbour council leader …"
    window_start = max(start, end - 240)
    occasion = occasion_before(text, max(start, end - 60), end)
    if (time := TIME_BEFORE.search(text, window_start, end)) is not None and \
            NOUN_BEFORE_TIME.search(text, window_start, time.start()) is not None:
        end = time.start()  # "Ilse Varga (D-Calif.) last week said"; not "voters voting Tuesday", "and on Monday"
    if (spoken := OCCASION_BEFORE_CUE.search(text, window_start, end)) is not None and \
            (name := NOUN_BEFORE_TIME.search(text, window_start, spoken.start())) is not None and name.group()[0].isupper():
        end = spoken.start()  # "Ms Varga in a Gazette column said"; not "the language in the statement makes clear"
    end = _before_floating_quantifier(text, window_start, end)
    bracket = PARENTHESIS_BEFORE.search(text, window_start, end)
    if bracket is not None:
        end = bracket.start()  # "Sen. Ann Varga (D-ME) said"
    elif (aside := DASH_ASIDE_BEFORE.search(text, window_start, end)) is not None:
        end = aside.start()  # "Insiders in two states — Nevada and Ohio — said"
    found = _subject_before(text, start, window_start, end, allow_appositive)
    if found is not None:
        found = _with_negation(text, start, _without_subordinator(text, _before_aside_opener(text, found, end)))
    if found is not None and occasion is not None and found[1] < occasion.start() < found[0].end \
            and _verb_before_joint(text, start, occasion.start()):
        # "is backing the toll as a skipper and in a statement credited …": the phrase after the joint is no part
        # of a subject; the subject is before the verb
        return None
    if found is not None and occasion is not None and found[1] >= occasion.start("occasion") \
            and _verb_before_joint(text, start, occasion.start()):
        # "denied it, but at a later hearing told …": a place or time, the subject is before the joint; not
        # "Officials in the council and at the harbour board said", one subject's listed phrases
        return None
    if (found is None or _fronted_opening(found[0].text)) and allow_appositive \
            and (aside := PARTICIPLE_ASIDE_BEFORE.search(text, window_start, end)):
        # "Officials, speaking privately because the harbour talks were secret, said": a
        # participle's aside too long or too full of verbs for the walk is passed over, for a subject that opens
        # the sentence or follows a fronted phrase's comma or a subordinator ("after Ms Varga, asked about the toll,
        # had said"); not "made Mr Reyl's wife, standing behind him, appear"
        found = _subject_before_aside(text, start, window_start, aside.start(), allow_appositive) or found
    if (found is not None and allow_appositive and PARTICIPLE_BY.match(found[0].text) is not None
            and last_char_before(text, start, found[0].start) == ","):
        # "The board's website, run by Tom Reyl, a professor of law at Lyme College, said": the walk stopped at the
        # comma before the participle, whose phrase has an appositive of its own; the subject is before that comma
        found = _subject_before_aside(text, start, window_start, end_before(text, start, found[0].start) - 1,
                                      allow_appositive) or found
    if found is not None:
        found = _contact_relative(text, start, found)
    if found is not None and (held := _relative_head_before_as(text, start, found)) is not None:
        found = held
    if found is not None and (repeated := REPEATED_NOUN_BEFORE.search(text, max(start, found[1] - 40), found[1])) \
            is not None and repeated.group(1).lower() == found[0].text.lower():
        found = Span.of(text, repeated.start(), found[0].end), repeated.start()  # "speaker after speaker accused"
    if found is None or (adverb := adverb_aside().search(text, window_start, end)) is None:
        return found
    # the adverb read as an appositive left only the second of two joined subjects ("Ms Varga and Mr Reyl, however,
    # said") or the first subject's own appositive ("The ferry firm, a Lyme company, however, said"): the subject
    # is read as if the adverb were not there, keeping its comma after an appositive
    if CONJUNCTION_BEFORE.search(text, window_start, found[1]) is not None:
        return source_before(text, start, adverb.start(), allow_appositive=allow_appositive) or found
    if COMMA_BEFORE.search(text, window_start, found[1]) is not None:
        return source_before(text, start, adverb.start() + 1, allow_appositive=allow_appositive) or found
    return found


def _subject_before_aside(text: str, start: int, window_start: int, aside_start: int,
                          allow_appositive: bool) -> tuple[Span, int] | None:
    """The subject before a participle's aside that starts at ``aside_start``, when it opens the sentence or follows
    a fronted phrase's comma or a subordinator; None otherwise."""
    found = _subject_before(text, start, window_start, aside_start, allow_appositive)
    if found is not None and (last_char_before(text, start, found[1]) in ("", ",")
                              or word_before(text, start, found[1]) in SOURCE_SUBORDINATORS):
        return found
    return None


# a sentence-opening noun, then a relative clause without a relative word: "Workers (the firm fired)"
@functools.cache
def _contact_relative_pattern() -> regex.Pattern:
    """A sentence-opening noun, after an article and up to two modifiers or a share ("Several of the"), then a
    relative clause without a relative word, its past form perhaps with a particle or a participle of the state it
    left them in: "Workers (the firm fired)", "Workers (the firm laid off)", "Commuters (the strike left
    stranded)", "The two skippers (the council fined)"; the clause's subject may be a name of two or three
    capitalised words: "The letter (Mr Reyl wrote)", "The mayor (Ana Varga backed)"."""
    particles = alternation(sorted(load_words("relative_particles.txt", lower=True)))
    return regex.compile(r"""(?:(?P<article>The|A|An)\s+(?:\p{Ll}+\s+){0,2}?|(?P<share>\p{L}+)\s+of\s+the\s+)?
                             (?P<head>\p{L}+)\s+(?P<inner>(?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)??
                                                  |\p{Lu}\p{Ll}*\.?(?:\s+\p{Lu}\p{L}*){1,2})
                             (?:\s+(?P<past>\p{Ll}+)(?:\s+(?:""" + particles + r"""|\p{Ll}+ed))?)?""", regex.VERBOSE)


def _contact_relative(text: str, start: int, found: tuple[Span, int]) -> tuple[Span, int]:
    """A relative clause without a relative word in a source opening the sentence: "Workers the firm fired say" ->
    "Workers", its noun, when the source ends in the relative's past form, perhaps with its particle ("Workers the
    firm laid off say") or a participle ("Commuters the strike left stranded said")."""
    span, begin = found
    if span.text.lower() in load_words("relative_particles.txt", lower=True):
        span = Span.of(text, *_trim(text, start, span.end))  # "Workers the firm laid off say": the walk stopped at "laid"
    if (that_head := _that_relative_head(text, start, span)) is not None:
        return that_head, that_head.start
    head = contact_relative_head(text, start, span)
    if head is None and end_before(text, start, span.start) == start \
            and (thing := _thing_relative_pattern().fullmatch(span.text)) is not None:
        # "Everything the council promised" opening the sentence: the pronoun is what was promised, the relative's
        # subject promised it
        return Span.of(text, span.start + thing.start("inner"), span.end), begin
    return found if head is None else (head, begin)


# a sentence-opening noun after an article and up to two modifiers, then "that" or "which" opening a relative clause:
# "A report that (the council published)"
THAT_RELATIVE_OPENING = regex.compile(r"[“\"‘]?(?P<head>(?:The|A|An)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+)\s+(?:that|which|whom|who)\s+\Z")
# the relative clause's subject and its past form, nothing after it but adverbials: "the council published", "Ms Varga
# wrote", "the council published on Monday"
RELATIVE_SUBJECT_THEN_PAST = regex.compile(r"(?:(?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{L}*){0,2})"
                                           r"\s+(?P<past>\p{Ll}+)")
WORD_END = regex.compile(r"\p{L}+(?![\p{L}])")


def _that_relative_head(text: str, start: int, span: Span) -> Span | None:
    """The noun opening the sentence when the walk stopped at the subject and past form of its relative clause after
    "that" or "which": "A report that the council published said …" -> "A report", not "the council published"."""
    if span.start - start > 60:
        return None
    clause = next((clause for word in WORD_END.finditer(text, span.start, span.end)
                   if (clause := RELATIVE_SUBJECT_THEN_PAST.fullmatch(text, span.start, word.end())) is not None
                   and past_adverbials(text, word.end(), span.end) == span.end), None)
    if clause is None:
        return None
    past = clause.group("past")
    if not looks_past(past):
        return None
    opening = THAT_RELATIVE_OPENING.match(text, start, span.start)
    if opening is None or not _noun_word(opening.group("head").rsplit(None, 1)[-1]):
        return None
    return Span.of(text, *opening.span("head"))


@functools.cache
def _thing_relative_pattern() -> regex.Pattern:
    """A pronoun of things, then the subject of a relative clause without a relative word: "Everything (the
    council)", "Nothing (the mayor)"."""
    return regex.compile(r"(?i:" + alternation(load_words("thing_pronouns.txt", lower=True))
                         + r")\s+(?P<inner>(?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?)")


def contact_relative_head(text: str, start: int, span: Span) -> Span | None:
    """The noun of ``span`` when it opens the text from ``start`` and a relative clause without a relative word
    follows it, ending in the clause's past form: "Workers the firm fired" -> "Workers"; None otherwise."""
    clause = _contact_relative_pattern().fullmatch(span.text)
    f = frames()
    # an article or a plural before: not "Nearly a third", "All the donors", "Mr Reyl the realist"
    if clause is None or end_before(text, start, span.start) > start or not _noun_word(clause.group("head")) \
            or not (clause.group("article") or clause.group("head").endswith("s")) \
            or (clause.group("share") is not None and clause.group("share").lower() not in f.quantifiers) \
            or not all(_noun_word(word) for word in clause.group("inner").split()[1:]):
        return None
    if (past := clause.group("past")) is not None and looks_past(past):
        return Span.of(text, span.start, span.start + clause.end("head"))
    return None


def no_verb_form(word: str) -> bool:
    """A lower-case word that is no preposition, past form or cue's form, so it may end a noun phrase."""
    f = frames()
    return not (word in f.prepositions or looks_past(word)
                or word in cue_lexicon().finite_forms)


def _noun_word(word: str) -> bool:
    """A word that may be a noun: no preposition, conjunction, past form or cue's form."""
    lower = word.lower()
    return lower not in ("of", "and", "or", "but") and no_verb_form(lower)


NOT_BEFORE = EndAnchored.of(r"(?<![\p{L}])(?i:not)[ \t]+\Z")


def _before_aside_opener(text: str, found: tuple[Span, int], end: int) -> tuple[Span, int]:
    """"Ms Varga has, once again, argued …": an auxiliary that ends the subject right before a comma (at ``end`` or
    just after the subject) goes with the cue the aside interrupts, not with the subject."""
    head, phrase_start = found
    lead, _, last = head.text.rstrip().rpartition(" ")
    if (not lead.strip() or last not in frames().verbal_auxiliaries
            or not text[head.end:max(end, head.end + 2)].lstrip().startswith(",")):
        return found
    return Span.of(text, head.start, head.start + len(lead.rstrip())), phrase_start


SOURCE_SUBORDINATORS = load_words("source_subordinators.txt", lower=True)  # "as", "when": no part of a source
SUBORDINATOR_OPENING = regex.compile(r"(?i:" + alternation(SOURCE_SUBORDINATORS) + r")\s+(?=\p{Lu}|(?:he|she|they|we|i)\s)")


def word_before(text: str, start: int, end: int) -> str:
    """The word just before ``end``, lower-cased ("" at the start)."""
    found = frames().word_before.search(text, max(start, end - 40), end)
    return found.group(1).lower() if found else ""


# a noun phrase opening the sentence and its "who" or "that" clause, up to an "as" that closes that clause's object:
# "Skippers who chose fares (as) their top issue voted …"
NEXT_WORD = regex.compile(r"\s*(\p{L}+)")
RELATIVE_THEN_AS = regex.compile(r"\s*(?P<head>[^,;:“”\"()]{1,40}?)\s+(?:who|that)\s+[^,;:“”\"()]{1,80}?\s+as\s+\Z")


def _relative_head_before_as(text: str, start: int, found: tuple[Span, int]) -> tuple[Span, int] | None:
    """The subject when the walk stopped at an "as" inside the relative clause of a noun phrase opening the
    sentence: "Skippers who chose fares as their top issue voted for Ms Varga" -> "Skippers", no longer "their top
    issue"; not "The board raised the toll as the skippers voted …", where a main clause comes before "as"."""
    phrase_start, head = found[1], found[0]
    if phrase_start - start > 120:
        return None
    if (noun := NEXT_WORD.match(text, head.end)) is not None and noun.group(1).lower() in clause_nouns():
        return None  # "Voters who named the toll as their main worry said …": "worry" is a noun, no verb of theirs
    relative = RELATIVE_THEN_AS.fullmatch(text, start, phrase_start)
    if relative is None or not _plain_noun_phrase(relative.group("head")):
        return None
    s, e = _trim(text, *relative.span("head"))
    return Span.of(text, s, e), s


@functools.cache
def clause_nouns() -> frozenset[str]:
    """The nouns of cue_nouns.txt, which take a "that" clause of their own and may head a noun phrase, not be its
    verb."""
    return frozenset(row[0].lower() for row in load_table("cue_nouns.txt"))


def _without_subordinator(text: str, found: tuple[Span, int]) -> tuple[Span, int]:
    """"As Ms Varga put it", "When Mr Reyl wrapped up": a subordinator of `source_subordinators.txt` opening the
    subject before a capitalised word or a subject pronoun is no part of it, so the subject is "Ms Varga"; the
    phrase still begins at the subordinator, which no content takes in."""
    head, phrase_start = found
    opening = SUBORDINATOR_OPENING.match(text, head.start, head.end)
    if opening is None or opening.end() >= head.end:
        return found
    return Span.of(text, opening.end(), head.end), phrase_start


def _with_negation(text: str, start: int, found: tuple[Span, int]) -> tuple[Span, int]:
    """"Not everyone agrees …", "not all skippers believe …": the "not" before a quantifier of
    `negatable_quantifiers.txt` belongs to the subject."""
    head, phrase_start = found
    if head.start != phrase_start or head.text.split()[0].lower() not in load_words("negatable_quantifiers.txt"):
        return found
    negation = NOT_BEFORE.search(text, max(start, phrase_start - 8), phrase_start)
    if negation is None:
        return found
    return Span.of(text, negation.start(), head.end), negation.start()


def _subject_before(text: str, start: int, window_start: int, end: int,
                    allow_appositive: bool) -> tuple[Span, int] | None:
    """:func:`source_before` once the subject's end is known: two joined subjects with appositives, a relative
    clause's head or the leftward walk."""
    # with ", and" before the cue the walk is read first, for the joined subjects, and reused at the end
    joined_walk = allow_appositive and ", and " in text[window_start:end]
    walked = _walk_before(text, start, window_start, end, True) if joined_walk else None
    if joined_walk and (joint := _joined_appositive_subjects(text, start, window_start, end, walked)
                        or _joined_after_relative(text, start, end)) is not None:
        return joint
    fronted = None
    if allow_appositive and (relative := _relative_clause_head(text, window_start, end)) is not None:
        if not _fronted_opening(relative[0].text):
            if (joined := JOINED_RELATIVES.fullmatch(text, relative[0].end, end)) is not None:
                s, e = _trim(text, relative[0].start, joined.end("second"))  # "Mr Reyl, who …, and Ms Varga, who …,"
                return Span.of(text, s, e), relative[1]
            return relative
        fronted = relative  # "On Monday, the harbour master, …, said": the walk from the cue first
    return (walked if joined_walk else _walk_before(text, start, window_start, end, allow_appositive)) or fronted


def _joined_appositive_subjects(text: str, start: int, window_start: int, end: int,
                                second: tuple[Span, int] | None) -> tuple[Span, int] | None:
    """"The harbour master, Ana Varga, and the treasurer, Tom Reyl, said", "Ana Varga, the harbour master, and
    Mr Reyl said": a name with its appositive, then ", and" and a second subject, all of it the source; not "Ms
    Varga, who fought the pier, and the toll" (no name in the second) nor "the pier, the toll, and Mr Reyl";
    ``second`` is the walk back from the cue, which the caller reads only when ", and " stands before it."""
    if second is None or second[0].text.lower() in SUBJECT_PRONOUNS or not (
            is_name_like(second[0].text) or _counted_group(second[0].text) or _described_person(second[0].text)):
        return None  # a name, a counted group or a person described: "Mr Reyl, the ferry's skipper, and two deckhands"
    joint = JOINT_COMMA_BEFORE.search(text, window_start, second[1])
    if joint is None and is_name_like(second[0].text) and (
            described := JOINT_DESCRIBED_BEFORE.search(text, window_start, second[1])) is not None and (
            _described_person(described.group("described"))):
        joint = described  # "Tom Reyl, a skipper, and his wife, Ana, a teacher, said": the name sets off a relative
    if joint is None:
        return None
    first = _walk_before(text, start, window_start, joint.start() + 1, True)
    if first is None or not NAME_WORD.match(first[0].text):
        return None
    pieces = text[first[1]:joint.start()].split(",")
    positions = load_words("photo_positions.txt", lower=True)
    parts = [part for part in pieces if not AGE.fullmatch(part.strip()) and part.strip().lower() not in positions]
    # "Lena Ruiz, 44, and Marko Ruiz, 39, said", "Ana Varga, left, and Tom Reyl said": a name and its age or its
    # place in the picture will do
    set_off = len(parts) < len(pieces)
    if not (len(parts) == 2 or set_off and len(parts) == 1 and is_name_like(parts[0].strip())) or _fronted_opening(
            parts[0]) or not all(_plain_noun_phrase(part) for part in parts):
        return None  # "At the pier, Ana Varga, and …", "Ms Varga praised the pier, the toll, and …"
    s, e = _trim(text, first[1], end)
    return (Span.of(text, s, e), s) if plausible_source(text[s:e]) else None  # not too long to be a subject


def _described_person(phrase: str) -> bool:
    """A determiner or possessive, then a role or a relative: "her husband", "the mayor", "his deputy"; not "the
    toll"."""
    words = phrase.lower().split()
    return len(words) > 1 and (words[0] in POSSESSIVES or words[0] in _determiners()) and (
        role_noun_is_head(phrase) or words[-1] in load_words("surname_sharing_kin.txt", lower=True))


# "Mr Reyl, who runs the ferry, and Ms Varga", "Skippers who fish at night, and traders on the quay,": a subject with
# its "who" clause, then ", and" and a second subject
JOINED_AFTER_RELATIVE = EndAnchored.of(r"(?P<first>[^,;:“”\"()]{1,60}?),?[ \t]+who[ \t][^,;:“”\"()]{1,80},[ \t]+and[ \t]+"
                                       r"(?P<second>[^,;:“”\"()]{1,60}?)(?:,[ \t]+(?P<name>(?:\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+){0,3}"
                                       r"\p{Lu}[\p{L}\p{M}'’\-]*)|,[ \t]+(?P<role>(?:its|his|her|their|the|a|an)[ \t][^,;:“”\"()]{1,40}?),)?"
                                       r",?[ \t]*(?:both[ \t]+)?\Z")

# a phrase of place or time fronted before the subject, with its comma: "In Lyme, ", "On Monday, "
FRONTED_PHRASE_COMMA = regex.compile(r"(?P<phrase>[^,;:“”\"()]{1,40}),[ \t]+")


def _joined_after_relative(text: str, start: int, end: int) -> tuple[Span, int] | None:
    """"Mr Reyl, who runs the ferry, and Ms Varga said": a subject opening the sentence with its "who" clause, then
    ", and" and a second subject, perhaps a person described and set off by a name ("…, and its treasurer, Marko
    Dahl, said") or a name and the person it describes set off ("…, and Mr Reyl, its treasurer, said"), "both"
    perhaps after it, all of it the source; after a fronted phrase and its comma the subject opens past them when
    a comma closes the second ("In Lyme, skippers who …, and traders on the quay, said": the skippers and the
    traders; not "In Lyme, skippers who …, and traders said", whose source stays "traders")."""
    # the subject opens the sentence, or the clause past a fronted phrase, so those are the places to try: a search
    # from every place of a sentence with no stop would make the text's cues cost time in its square
    opening = start + len(text[start:end]) - len(text[start:end].lstrip())
    joined = JOINED_AFTER_RELATIVE.forward.match(text, opening, end)
    if joined is None and (fronted := FRONTED_PHRASE_COMMA.match(text, opening, end)) is not None \
            and _fronted_opening(fronted.group("phrase")):
        joined = JOINED_AFTER_RELATIVE.forward.match(text, fronted.end(), end)
        if joined is not None and "," not in text[joined.end("second"):joined.end()]:
            return None
    if joined is None or not (
            _plain_noun_phrase(joined.group("first")) and _plain_noun_phrase(joined.group("second"))):
        return None
    if joined.group("name") is not None and not _described_person(joined.group("second")):
        return None  # "…, and its treasurer, Marko Dahl, said": only a person described is set off by a name
    if joined.group("role") is not None and not (is_name_like(joined.group("second"))
                                                 and _described_person(joined.group("role"))):
        return None  # "…, and Mr Reyl, its treasurer, both said": only a name is set off by a person described
    s, e = _trim(text, joined.start(), joined.end("name") if joined.group("name")
                 else joined.end("role") if joined.group("role") else joined.end("second"))
    return (Span.of(text, s, e), s) if plausible_source(text[s:e]) else None


def _plain_noun_phrase(phrase: str) -> bool:
    """A few words with no verb, clause opener, pronoun or leading preposition: "the harbour master", "Ana
    Varga"; not "the toll rose by 5 percent", "According to the Gazette" nor "I think the pier must close"."""
    f = frames()
    words = phrase.split()
    if not words or len(words) > MAX_CONJUNCT_TOKENS or words[0].lower() in f.prepositions or not plausible_source(
            phrase.strip()):
        return False
    return _verbless(words)


def _verbless(words: list[str]) -> bool:
    """No verb, be form, clause boundary or subject pronoun among ``words``."""
    f = frames()
    finite = cue_lexicon().finite_forms
    return not any(lower in finite or lower in f.irregular_verbs or lower in f.boundaries or lower in f.be_forms
                   or lower in SUBJECT_PRONOUNS or (word.islower() and lower.endswith("ed"))
                   for word, lower in ((w, w.lower()) for w in words))


def sentence_adverb_alternation() -> str:
    """A sentence adverb as a pattern: "however", "in fact", "of course"."""
    return r"(?:" + alternation(sorted(frames().sentence_adverbs)) + r"|in\s+fact|of\s+course)"


_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*\.?"
# "Mr Reyl, who runs the ferry, and Ms Varga, who owns the pier, said": a second name with its own "who" clause
JOINED_RELATIVES = regex.compile(
    rf",[ \t]+who[ \t][^,;:“”\"()]{{1,80}},[ \t]+and[ \t]+(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD}"
    rf"(?P<second>,[ \t]+who[ \t][^,;:“”\"()]{{1,80}},)[ \t]*")
# what closes a subject's bracket or dash aside, and the relative pronouns, right before a floated quantifier
CLOSERS_BEFORE_QUANTIFIER = frozenset({")", "—", "―", "–", "-", "--"})
RELATIVES_BEFORE_QUANTIFIER = frozenset({"who", "which"})
BOTH_AND = regex.compile(r"\s*\p{L}+\s+and\s")  # "both said and wrote": the quantifier pairs two verbs
CONJUNCTION_BEFORE = EndAnchored.of(r"(?<![\p{L}\p{N}])(?:and|&)\s+\Z")
COMMA_BEFORE = EndAnchored.of(r",\s+\Z")
JOINT_COMMA_BEFORE = EndAnchored.of(r",\s+and\s+\Z")
# ", and his wife, " before a name: a second subject described, then set off by the name
JOINT_DESCRIBED_BEFORE = EndAnchored.of(r",\s+and\s+(?P<described>(?:the|a|an|his|her|their|its)\s+[^,;:“”\"()]{1,40}?),\s+\Z")


@functools.cache
def adverb_aside() -> EndAnchored:
    """A sentence adverb set off by commas before the cue: ", however, ", ", in fact, "."""
    return EndAnchored.of(r",\s+" + sentence_adverb_alternation() + r",\s*\Z", regex.IGNORECASE)


def _before_floating_quantifier(text: str, start: int, end: int) -> int:
    """Where the subject ends when a quantifier floats after it ("Ms Varga and Mr Reyl both said",
    "…, its treasurer, both said", "they all say"): before the quantifier; else ``end``."""
    quantifiers = load_words("floating_quantifiers.txt", lower=True)
    last = text[max(start, end - 16):end].split()
    if not last or last[-1].lower() not in quantifiers:
        return end  # the usual case, told without reading the phrase
    tokens = noun_phrase_words(text, start, end)
    if len(tokens) < 2 or tokens[-1].group().lower() not in quantifiers:
        return end
    previous = tokens[-2].group()
    if tokens[-1].group().lower() == "both" and BOTH_AND.match(text, end, near(end, len(text))) and previous.lower() not in frames().boundaries:
        return tokens[-2].end()  # "The skipper both said and wrote": "both" pairs the two cues, not the subjects
    if previous == ",":
        # "…, its treasurer, both said", "…, who runs the ferry, both said": the comma closes an appositive or a
        # relative clause; not "On Social Security, both"
        opening = next((i for i in range(len(tokens) - 3, -1, -1) if tokens[i].group() == ","), None)
        appositive = opening is not None and (tokens[opening + 1].group().lower() in NOUN_DETERMINERS
                                              or tokens[opening + 1].group().lower() in RELATIVES_BEFORE_QUANTIFIER)
        return tokens[-2].end() if appositive else end
    if previous in CLOSERS_BEFORE_QUANTIFIER or previous.lower() in RELATIVES_BEFORE_QUANTIFIER:
        return tokens[-2].end()  # "Mr Reyl (D-Lyme) both said", "… — whose … — both said", "who both back"
    if previous.lower() in frames().boundaries:
        return end  # "And both vowed …": the quantifier is the subject
    if previous[:1].isupper() or previous.lower() in SUBJECT_PRONOUNS or previous.endswith("s"):
        return tokens[-2].end()
    for token in reversed(tokens[:-1]):  # "The harbour master and the coastguard both": two joined subjects
        if not token.group()[0].isalnum():
            break  # not "Osman and Varga agree: Both …", an "and" before punctuation
        if token.group().lower() == "and":
            return tokens[-2].end()
    return end


RELATIVE_REACH = 8  # words back from where the walk stopped to a relative pronoun: "who asked that the toll not be"


def _doubled_apostrophe(tokens: list[regex.Match], index: int) -> bool:
    """Whether the token at ``index`` and the one before it are two apostrophes written as one mark: "''"."""
    return (0 < index and tokens[index].group() == tokens[index - 1].group() == "'"
            and tokens[index - 1].end() == tokens[index].start())


def _quoted_name_start(tokens: list[regex.Match], closer: int) -> int | None:
    """The opening mark of a quoted name of one to four words inside a noun phrase, between its determiner and its
    noun ('the “Save the Pier” group', 'The "yes" campaign'), when ``closer`` is its closing mark; or of one to
    three quoted words that end the phrase right before the cue, after a determiner, a possessive or a hyphened
    modifier ('the party's “skippers” have', "the party's ''skippers'' have", 'the so-called “harbour lobby”
    said'), which name its head."""
    head = closer + 1 >= len(tokens)
    doubled = head and _doubled_apostrophe(tokens, closer)
    if not doubled and tokens[closer].group() not in CLOSERS:
        return None
    if not head and not tokens[closer + 1].group()[:1].isalpha():
        return None  # the noun the name describes must follow
    last = closer - 1 if doubled else closer
    for opener in range(last - 1, max(last - (4 if head else 6), 0), -1):
        word = tokens[opener].group()
        if word in OPENERS or doubled and _doubled_apostrophe(tokens, opener):
            first = opener - 1 if doubled else opener
            before = tokens[first - 1].group() if first > 0 else ""
            return first if opener < last - 1 and (before.lower() in _determiners() or head and (
                before.lower() in POSSESSIVES or before.endswith(("'s", "’s"))
                or "-" in before.strip("-") and before.islower())) else None
        if not word[:1].isalnum():
            return None
    return None


PARTY_IN_BRACKET = regex.compile(PARTY_SET_OFF)  # "D-Lyme"


def _bracket_after_joined_name(tokens: list[regex.Match], closer: int) -> int | None:
    """The opening bracket of a photo position or a party and state right after a capitalised word and before
    "and", closed at ``closer``: "Ana Varga (left) and", "Ana Varga (D-Lyme) and"; None otherwise."""
    opener = next((i for i in range(closer - 1, max(closer - 5, 0), -1) if tokens[i].group() == "("), None)
    if opener is None or closer + 1 >= len(tokens) or tokens[closer + 1].group().lower() not in ("and", "&") \
            or not NAME_WORD.fullmatch(tokens[opener - 1].group()):
        return None
    inside = " ".join(token.group() for token in tokens[opener + 1:closer])
    if inside.lower() in load_words("photo_positions.txt", lower=True) or PARTY_IN_BRACKET.fullmatch(inside):
        return opener
    return None


def _walk_before(text: str, start: int, window_start: int, end: int, allow_appositive: bool) -> tuple[Span, int] | None:
    """The leftward walk of :func:`source_before` from the cue to the subject's start."""
    f = frames()
    tokens = noun_phrase_words(text, window_start, end)
    if not tokens:
        return None
    # walk back over the subject: stop at a clause boundary or punctuation
    appositive_comma = None
    phrase_start_index = len(tokens)
    index = len(tokens) - 1
    if tokens[index].group() == "," and allow_appositive:
        appositive_comma = index  # "Erik Dahl, US Treasury secretary, said"
        index -= 1
    finite = cue_lexicon().finite_forms
    while index >= 0 and len(tokens) - index <= MAX_SOURCE_TOKENS + 2:
        word = tokens[index].group()
        lower = word.lower()
        if word in CLOSERS + "'" and (opener := _quoted_name_start(tokens, index)) is not None:
            phrase_start_index, index = opener, opener - 1  # 'The “Save the Pier” group said': a quoted name
            continue
        if word == ")" and (opener := _bracket_after_joined_name(tokens, index)) is not None:
            index = opener - 1  # "Ana Varga (left) and Tom Reyl said": the bracket tells of the first name
            continue
        if word in ",;:()—―–'?!" or word in OPENERS or word in CLOSERS:
            break
        if word == "-" and text[tokens[index].start() - 1:tokens[index].start()].isspace():
            break  # "she ate pie - an old favourite - others say": a spaced hyphen is a dash
        if (appositive_comma is not None and lower in ("or", "and") and 0 < index and index + 1 < appositive_comma
                and tokens[index - 1].group() != "," and tokens[index + 1].group().lower() in f.prepositions):
            index -= 1  # "Some skippers, on the radio or at meetings on the quay, said": two adverbials in the aside
            continue
        if (lower == "who" and allow_appositive and index < len(tokens) - 1
                and (head := _verb_relative_head(text, start, tokens, index)) is not None):
            return head  # "Residents who lost their homes say": "Residents"
        if (lower == "whose" and allow_appositive and appositive_comma is None and 0 < index < len(tokens) - 2
                and (head := source_before(text, start, tokens[index].start(), allow_appositive=False)) is not None
                and plausible_source(head[0].text) and head[0].text.lower() not in f.pronouns):
            return head  # "Traders whose stalls face the quay said": "Traders"
        if lower in f.boundaries and not _joins_names(tokens, index) and not _joins_noun_phrases(text, start, tokens, index) \
                and not _joins_modifiers_after_preposition(tokens, index) \
                and not _joins_participles(tokens, index) and not _joins_prepositional_phrases(text, start, tokens, index) \
                and not _demonstrative_after_preposition(tokens, index):
            if tokens[index].start() == start and lower in _determiners() and index < len(tokens) - 1:
                phrase_start_index = index  # "That person said": a determiner opening the sentence
            break
        opens_appositive = (appositive_comma is not None and 0 < index < appositive_comma - 1
                            and tokens[index - 1].group() == ","
                            and lower in load_words("appositive_adverbs.txt"))  # "Berg, now 64, said": the aside
        if (lower in f.subject_breaks and index == 1 and tokens[0].start() == start
                and plural_then_participle([token.group() for token in tokens])):
            index -= 1  # "Skippers still working the quay say", "Experts not involved in …": it goes with the participle
            continue
        if (lower in f.subject_breaks or CONTRACTED_NEGATION.fullmatch(word) and index == len(tokens) - 2
                and tokens[-1].group().lower() not in _determiners()) and index < len(tokens) - 1 \
                and not opens_appositive and not _month_after_preposition(tokens, index) and not _passive_modifier(tokens, index) \
                and not _adverb_in_joined_role(tokens, index) and not _adjective_after_determiner(tokens, index):
            if allow_appositive and (head := _subject_relative_head(text, start, tokens, index)
                                     or _contact_clause_head(text, start, tokens, index)) is not None:
                return head  # "Skippers who have fought the council say": "Skippers"
            break
        if (index < len(tokens) - 1 and lower in finite and not word[:1].isupper()
                and (index == 0 or tokens[index - 1].group().lower() not in f.noun_markers)
                and not (lower.endswith("s") and index > 0 and POSSESSIVE_WORD.fullmatch(tokens[index - 1].group()))
                and not _participle_before_time(tokens, index)
                and not _reduced_passive_after_noun(tokens, index)
                and not _participle_with_particle(tokens, index)
                and not _role_turned_role(tokens, index)
                and not _plural_noun_before_preposition(tokens, index)
                and not _plural_noun_before_participle(tokens, index)):
            if allow_appositive and (head := _subject_relative_head(text, start, tokens, index)
                                     or _contact_clause_head(text, start, tokens, index)) is not None:
                return head  # "Voters who wanted a break with the past backed": "Voters"
            break  # "Smith said she found": the nearer subject; but "A report by the council said"
        if _base_cue_after_plural(tokens, index):
            break  # "The skippers say the council told them": the nearer subject
        if index < len(tokens) - 1 and word.islower() and lower not in _determiners() \
                and _after_modal(tokens, index, lower_case=True):
            if allow_appositive and (head := _subject_relative_head(text, start, tokens, index)
                                     or _contact_clause_head(text, start, tokens, index)) is not None:
                return head  # "Witnesses who could see the pier said": "Witnesses"
            break  # "The vote will make skippers believe": a verb after a modal, its object the nearer subject
        phrase_start_index = index
        if appositive_comma is None and _determiner_after_noun(tokens, index, text, end):
            break  # "one of three schools the council says it cannot run": the relative clause's own subject
        if appositive_comma is None and _after_thing_head(tokens, index, text, end):
            break  # "something many skippers had urged her to do": the relative clause's own subject
        index -= 1
    if (appositive_comma is None and 0 <= index < phrase_start_index < len(tokens)
            and tokens[index].group().lower() in RELATIVE_PRONOUNS
            and _time_phrase(text[tokens[phrase_start_index].start():tokens[-1].end()])):
        return Span.of(text, *tokens[index].span()), tokens[index].start()  # "Mr Reyl, who in May opposed": "who"
    if phrase_start_index >= len(tokens) or (appositive_comma is not None and phrase_start_index >= appositive_comma):
        return None
    if appositive_comma is None and (named := _name_before_age_and_place(text, tokens, phrase_start_index)):
        return named  # "Tom Reyl, 54, of Lyme said": the name, not its place
    if appositive_comma is not None:
        # tokens[index] should be the comma opening the appositive
        if index < 0 or tokens[index].group() != ",":
            return None
        if (appositive_comma - phrase_start_index == 1 and index >= 2 and _set_off_age(tokens, phrase_start_index)
                and (unaged := _walk_before(text, start, window_start, tokens[index].end(), True)) is not None
                and unaged[0].end == tokens[index - 1].end() and (
                    AND_JOINT.search(unaged[0].text) is not None
                    or JOINT_COMMA_BEFORE.search(text, window_start, unaged[1]) is not None)):
            # "Lena Ruiz and her brother, Marko Ruiz, 39, said", "Lena Ruiz, a skipper, and her brother, Marko Ruiz,
            # 39, said": two subjects, read as without the age
            return unaged
        head_end_index = _bracket_start(tokens, index)  # "Ana Varga (D-Lyme), the mayor, said": the brackets go
        head_index = _longer_head(tokens, _head_start(tokens, head_end_index - 1, head_end_index - 8),
                                  head_end_index, head_end_index - HEAD_REACH) - 1
        if head_index > 0 and _names_second_conjunct(text, start, tokens, head_index, phrase_start_index,
                                                     appositive_comma):
            # "Ms Varga and her deputy, Mr Reyl, said": the appositive names the second of two joined subjects
            first = _head_start(tokens, head_index - 1, head_index - 8)
            if first < head_index:
                return Span.of(text, tokens[first].start(), tokens[appositive_comma - 1].end()), tokens[first].start()
        if head_index > 0 and (_joins_names(tokens, head_index) or (
                _joins_noun_phrases(text, start, tokens, head_index) and not is_name_like(
                    text[tokens[phrase_start_index].start():tokens[appositive_comma - 1].end()]))):
            # "Ms Varga and Mr Reyl, at the pier, said", "The mayor and her deputy, at the pier, said"; not "The
            # minister of ports and energy, Ana Varga, said" (a name set off after the joined head)
            head_index = _head_start(tokens, head_index - 1, head_index - 8) - 1
        head_index += 1
        while head_index < head_end_index - 1 and _adverb_before_head(tokens[head_index].group(),
                                                                      tokens[head_index + 1].group()):
            head_index += 1  # "Then the mayor, Eva Brun, said", "Later Eva Brun, her deputy, said": no part of the head
        if head_index >= head_end_index:
            return None
        if _set_off_after_name(tokens, head_index, head_end_index):
            # "Tom Reyl, 40, a skipper, said", "Sen. Ida Lenz, D-Lyme, the panel's chair, said": the age or the
            # party and state is set off after the name, which heads the subject
            head_end_index = head_index - 1
            head_index = _head_start(tokens, head_end_index - 1, head_end_index - 8)
            if head_index >= head_end_index:
                return None
        head = (tokens[head_index].start(), tokens[head_end_index - 1].end())
        appositive = (tokens[phrase_start_index].start(), tokens[appositive_comma - 1].end())
        head_text = text[head[0]:head[1]]
        appositive_text = text[appositive[0]:appositive[1]]
        relative = next((i for i in range(head_index - 1, max(head_index - 9, -1), -1)
                         if tokens[i].group().lower() in HEAD_RELATIVES or tokens[i].group() in ",;:"), None)
        if (relative is not None and tokens[relative].group().lower() in HEAD_RELATIVES
                and head_text[:1].islower() and head_text.split()[0].lower() not in _determiners()
                and (not is_name_like(appositive_text) or appositive_text.split()[0].lower() in f.prepositions)
                and (described := source_before(text, start, tokens[relative].start(), allow_appositive=False))
                is not None and plausible_source(described[0].text)
                and described[0].text.lower() not in f.pronouns):
            # "Some skippers who have listened to Ms Varga's talks over the years, on the radio, said": the noun
            # the relative clause hangs on
            return described
        if (not is_name_like(head_text) or _possessed_description(head_text)
                or _place_description(head_text) and _full_name(appositive_text)) and not head_text.lower() in f.pronouns:
            opener = appositive_text.split()[0].lower()
            if names_head_object(head_text, appositive_text):
                return Span.of(text, *head), head[0]  # "A spokesman for the operator, Pier Lines, said": the spokesman
            if is_name_like(appositive_text) and not _participle_phrase(appositive_text) \
                    and not _examples_phrase(appositive_text) and not _share_of_head(appositive_text) \
                    and opener not in ("a", "an") and opener not in load_words("appositive_adverbs.txt") \
                    and opener not in f.prepositions:  # "That letter, on Bay Lines letterhead, demanded"
                # not "The pier's owner, a company based in Lyme, says": an indefinite appositive describes the head,
                # and so does one opening with an adverb ("The former striker, now a coach in Karsby, insisted")
                return Span.of(text, *appositive), head[0]  # "The group's founder, Jane Doe, said"
            if head_text.split()[0].lower() not in _determiners():
                return None  # "The novelist, one of the signatories, said" keeps the novelist
        if _named_in_modifier(head_text) and _opens_with_name(appositive_text):
            # "One pastor backing Mr Reyl, Ian Cole of Lyme, said": the name after a described head
            return Span.of(text, *appositive), head[0]
        return Span.of(text, *head), head[0]
    first = max(index, 0)
    words = [token.group() for token in tokens[first:]]
    named = contact_subject(words)
    entry, following = _cue_at(text, end)
    naming = entry is not None and entry[0] in f.naming  # "The striker the coach called a genius (left)": the gap
    # "(the regulator) says broke the rules": after a cue that takes a bare clause, a past form whose subject is gone
    past_after_bare = entry is not None and entry[0] in f.bare and (
        looks_past(following))
    if named is None and (_verb_after_cue().match(text, end, near(end, len(text))) is not None or naming) \
            or past_after_bare:
        # "a change the skippers say could hurt them": the second noun phrase
        named = gap_subject(words, bare=entry is not None)
    if named is not None:
        # "angered the group Mr Reyl called “…”": after a verb's object, the name opens a relative clause
        named_start = tokens[first + named].start()
        return Span.of(text, named_start, tokens[-1].end()), named_start
    if phrase_start_index < len(tokens) - 1 and tokens[-1].group().lower() in SUBJECT_PRONOUNS:
        # "On Tuesday she said", "the pier she wants rebuilt": a subject pronoun ends the walk's phrase
        return Span.of(text, tokens[-1].start(), tokens[-1].end()), tokens[-1].start()
    if (opened := _subject_after_fronted_phrase(tokens, phrase_start_index)) is not None \
            or (opened := _name_after_fronted_time(text, tokens, phrase_start_index)) is not None:
        phrase_start_index = opened  # "At the pier the skippers said", "On Monday Ms Varga said": no comma after it
    s, e = _trim(text, tokens[phrase_start_index].start(), tokens[-1].end())
    if s >= e or _fronted_adverbial(text[s:e]):
        return None
    if allow_appositive and not plausible_source(text[s:e]):
        # "A harbour official who spoke anonymously said", "Skippers whose boats were seized say": the noun the
        # clause hangs on; a "that" after a verb opens its object ("A clerk who asked that his name be withheld
        # said"), so the search goes on past it to the relative pronoun
        for pronoun in range(index, max(index - RELATIVE_REACH, -1), -1):
            if tokens[pronoun].group() in ",;:":
                break
            if tokens[pronoun].group().lower() in HEAD_RELATIVES:
                head = source_before(text, start, tokens[pronoun].start(), allow_appositive=False)
                if head is not None and plausible_source(head[0].text):
                    return head
    if (" and " in text[s:e] and not CUE_THEN_COMMA.match(text, end, near(end, len(text)))
            and (listed := _listed_names_before(text, start, tokens, index)) is not None):
        # "Ms Varga, Mr Reyl and the mayor said": the whole list; not "Lyme, Mr Reyl and the mayor said, is …"
        return Span.of(text, listed, e), listed
    return Span.of(text, s, e), s


def _adverb_in_joined_role(tokens: list[regex.Match], index: int) -> bool:
    """The adverb at ``index`` (`appositive_adverbs.txt`) stands between "and" after a title head and a lower-case
    title word: "now" in "Gulls striker and now pundit Tom Reyl", part of the role, not an auxiliary's adverb."""
    if not 1 < index < len(tokens) - 1:
        return False
    titles, after = title_words(), tokens[index + 1].group()
    return (_joining_adverb(tokens[index - 1].group(), tokens[index].group().lower(), after)
            and titles.is_head(tokens[index - 2].group().lower()) and titles.is_title_word(after))


def _adjective_after_determiner(tokens: list[regex.Match], index: int) -> bool:
    """The word at ``index`` (`determiner_adjectives.txt`) stands between an article or a possessive (not "her",
    which may be an object) and a lower-case word: "earlier" in "An earlier version of this article said", an
    adjective of the noun, not an adverb of the cue."""
    return (0 < index < len(tokens) - 1 and tokens[index - 1].group().lower() in NOUN_DETERMINERS - {"these", "those"}
            and tokens[index].group() in load_words("determiner_adjectives.txt")
            and tokens[index + 1].group()[:1].islower())


APPOSITIVE_ADVERBS = load_words("appositive_adverbs.txt")  # "now", "also": adverbs that may open a role


def _joining_adverb(before: str, word: str, after: str) -> bool:
    """``word`` is an adverb of `appositive_adverbs.txt` right after "and", before a lower-case word that is no
    determiner, opening a role joined to the one before: "now" in "striker and now pundit"."""
    return before == "and" and word in APPOSITIVE_ADVERBS and after.islower() and after not in _determiners()


# articles and possessives that open a noun phrase; after a noun they open a new one
PHRASE_OPENING_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})


def names_head_object(head: str, appositive: str) -> bool:
    """"A spokesman for the operator" before "Pier Lines": a name with no given name nor honorific set off after a
    head that ends in "for the" and a noun names that noun, not the head; "A spokesman for the operator, Ana
    Varga," names the spokesman."""
    words, first = head.split(), appositive.split()[0]
    return (len(words) >= 4 and words[-3].lower() == "for" and words[-2].lower() == "the" and words[-1].islower()
            and is_name_like(appositive) and not is_given_name(first) and honorific(first) is None
            and not first.rstrip(".").isupper())


@functools.cache
def _fronted_phrase_words() -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions that open a fronted phrase (with "of", "near"), and the words after which an article or
    possessive goes on the phrase, not a subject (determiners, predeterminers, prepositions, clause boundaries and
    the last word of an approximator, "at least"): joined once, not for every subject sought."""
    f = frames()
    prepositions = f.prepositions | load_words("phrase_chain_prepositions.txt", lower=True)
    approximating = {entry.split()[-1] for entry in load_words("source_approximators.txt", lower=True)}
    joined = _determiners() | load_words("predeterminers.txt", lower=True) | prepositions | f.boundaries | approximating
    return prepositions, frozenset(joined)


def _subject_after_fronted_phrase(tokens: list[regex.Match], first: int) -> int | None:
    """Where the subject opens after a phrase opened by a preposition and set off by no comma: at the last article
    or possessive that follows a noun ("At the pier the skippers", "In a letter to the council the skippers", "On
    Monday the council"); the phrase's second word is a determiner, a number or capitalised (not "to answer a
    …"); not after a preposition, a determiner, a word of `predeterminers.txt` or an approximator ("Over half the
    skippers", "About 200 of the skippers", "at least a dozen skippers"); or where a bare plural follows the
    phrase's capitalised end ("In June skippers")."""
    prepositions, joined = _fronted_phrase_words()
    if first + 1 >= len(tokens) or tokens[first].group().lower() not in prepositions:
        return None
    opener = tokens[first + 1].group()
    if not (opener[:1].isupper() or opener[:1].isdigit() or opener.lower() in _determiners()):
        return None  # "to answer a …": an infinitive, no phrase of place or time
    for index in range(len(tokens) - 2, first + 1, -1):
        previous = tokens[index - 1].group()
        if (tokens[index].group().lower() in PHRASE_OPENING_DETERMINERS and previous[:1].isalnum()
                and previous.lower() not in joined):
            return index
    return _bare_plural_after_name(tokens, first, joined)


FRONTED_TIME_WORDS = 3  # words at most of a time fronted before a name with no comma: "In late May"


def _name_after_fronted_time(text: str, tokens: list[regex.Match], first: int) -> int | None:
    """Where a capitalised name opens the subject right after a fronted time set off by no comma: "On Monday Ms
    Varga", "Last week Mr Reyl", "In late May Bayline" (see :func:`_fronted_adverbial`); not "Monday Ms Varga",
    nor "On Monday skippers", which :func:`_subject_after_fronted_phrase` reads; a time of one word or of other
    words is one of `fronted_times.txt` ("Yesterday Ms Varga", "So far Bayline"); an article opens the subject as a
    name does ("Last night a council official", "Yesterday the council")."""
    listed = load_words("fronted_times.txt", lower=True)
    for index in range(first + 1, min(first + FRONTED_TIME_WORDS, len(tokens) - 1) + 1):
        words = [token.group() for token in tokens[first:index]]
        phrase = " ".join(words)
        opener = tokens[index].group()
        if (opener[:1].isupper() or opener in ARTICLES) and (phrase.lower() in listed or len(words) > 1 and (
                _fronted_adverbial(phrase) or all(_time_word(word) for word in words))):
            return index
    return None


YEAR = regex.compile(r"1[89]\d\d|20\d\d")  # "In 2016 voters": a year ends the phrase


def _bare_plural_after_name(tokens: list[regex.Match], first: int, joined: frozenset[str]) -> int | None:
    """Where lower-case words ending in a plural open the subject right after the capitalised or numbered end of a
    fronted phrase: "In June skippers", "On Capitol Hill lawmakers", "In 2016 voters"; not "About 200 skippers"."""
    words = [token.group() for token in tokens]
    index = len(words)
    while index > first + 2 and words[index - 1].isalpha() and words[index - 1].islower() \
            and words[index - 1] not in joined:
        index -= 1
    if index == len(words) or not (words[index - 1][:1].isupper() or YEAR.fullmatch(words[index - 1])):
        return None  # not "About 200 skippers", a count of the subject
    plural = words[-1]
    return index if plural.endswith("s") and not plural.endswith(("ss", "us", "is")) else None


def _listed_names_before(text: str, start: int, tokens: list[regex.Match], comma: int) -> int | None:
    """Where a list of names opening the walk's text ends before ``tokens[comma]``, a comma before a phrase joined by
    "and": "Ms Varga, Mr Lund, Mr Reyl and the mayor said" and "Tom Reyl, his wife and their son said" -> the
    offset of "Ms Varga", "Tom Reyl"; not a fronted phrase
    ("In Lyme, Mr Reyl and the mayor said", "Still, …")."""
    index = comma
    while index > 0 and tokens[index].group() == "," and (
            NAME_WORD.fullmatch(tokens[index + 1].group())
            # "Ms Varga, the mayor and Mr Reyl", "Tom Reyl, his wife and their son"
            or index == comma and tokens[index + 1].group().lower() in ARTICLES | POSSESSIVES):
        first = index
        while first > 0 and NAME_WORD.fullmatch(tokens[first - 1].group()):
            first -= 1
        if first == index or _fronted_opening(text[tokens[first].start():tokens[index - 1].end()]):
            return None
        if first == 0:
            return tokens[0].start() if not text[start:tokens[0].start()].strip() else None
        index = first - 1
    return None


def _names_second_conjunct(text: str, start: int, tokens: list[regex.Match], joint: int, appositive_start: int,
                           appositive_end: int) -> bool:
    """"Ms Varga and her deputy, Mr Reyl, said": "and" at ``joint`` joins two subjects, the second a determiner's
    or a possessive's description, and the appositive after it is a name; or "Mr Reyl and Ms Varga, the harbour
    master, said" and "…, the two council members, said": two names, the appositive a described role; not "Ms Varga and Mr Reyl, however," nor "the
    minister of ports and energy, Ana Varga"."""
    second = tokens[joint + 1].group()
    appositive = text[tokens[appositive_start].start():tokens[appositive_end - 1].end()]
    if not _joins_noun_phrases(text, start, tokens, joint) or _examples_phrase(appositive):
        return False
    if second.lower() in _determiners() or second.lower() in POSSESSIVES:
        return is_name_like(appositive)
    return (NAME_WORD.fullmatch(second) is not None and NAME_WORD.fullmatch(tokens[joint - 1].group()) is not None
            and appositive.split()[0].lower() in _determiners()
            and (role_noun_is_head(appositive) or role_noun_is_head(appositive.removesuffix("s"))))


AGE = regex.compile(r"\d{1,3}")  # "Tom Reyl, 40,"


def _set_off_after_name(tokens: list[regex.Match], index: int, end: int) -> bool:
    """``tokens[index:end]`` are an age or a lawmaker's party and state set off by commas after a word that may
    end a name: "Tom Reyl, 40,", "Sen. Ida Lenz, D-Lyme,", "Rep. Tom Reyl, R-N.Y.,", "…, R-South Bay,"; not "the
    pier, 40,"."""
    if index < 2 or tokens[index - 1].group() != "," or NAME_WORD.fullmatch(tokens[index - 2].group()) is None:
        return False
    if end - index == 1 and _set_off_age(tokens, index):
        return True
    return 0 < end - index <= PARTY_TOKENS and PARTY_TOKEN.fullmatch(tokens[index].group()) is not None and all(
        token.group() == "." or NAME_WORD.fullmatch(token.group()) is not None for token in tokens[index + 1:end])


PARTY_TOKENS = 3  # "R-South", "Carolina"; "D-Ore", "."
PARTY_TOKEN = regex.compile(PARTY_SET_OFF)  # a party's letter, a hyphen and the start of a state: "D-Lyme", "R-N.Y"



def _name_before_age_and_place(text: str, tokens: list[regex.Match], phrase_start: int) -> tuple[Span, int] | None:
    """The name before an age set off by commas when the walk stopped at a place after them with no comma before the
    cue: "Tom Reyl, 54, of Lyme said" -> "Tom Reyl"; not "The pier, 40, of oak said"."""
    if phrase_start < 4 or tokens[phrase_start].group() != "of" or tokens[phrase_start - 1].group() != "," or (
            not _set_off_age(tokens, phrase_start - 2)):
        return None
    name_end = phrase_start - 3  # the comma before the age
    name_start = _head_start(tokens, name_end - 1, name_end - 8)
    if name_start >= name_end or not is_name_like(text[tokens[name_start].start():tokens[name_end - 1].end()]):
        return None
    return Span.of(text, tokens[name_start].start(), tokens[name_end - 1].end()), tokens[name_start].start()


def _set_off_age(tokens: list[regex.Match], index: int) -> bool:
    """``tokens[index]`` is an age set off by commas after a word that may end a name: "Tom Reyl, 40,"; not
    "the pier, 40,"."""
    return (AGE.fullmatch(tokens[index].group()) is not None and index >= 2 and tokens[index - 1].group() == ","
            and NAME_WORD.fullmatch(tokens[index - 2].group()) is not None)


def _adverb_before_head(word: str, following: str) -> bool:
    """A sentence adverb before a word in lower case or a given name opens no head: "Then the mayor", "Later Eva
    Brun"; not "Still Waters", a name."""
    return word.lower() in frames().sentence_adverbs and (following.islower() or is_given_name(following))


def _bracket_start(tokens: list[regex.Match], comma: int) -> int:
    """Where an aside in brackets right before the comma at ``comma`` opens ("Ana Varga (D-Lyme), the mayor,",
    "Tom Reyl (pictured), a skipper,"), within a few words; ``comma`` when there is none."""
    if comma < 2 or tokens[comma - 1].group() != ")":
        return comma
    for index in range(comma - 2, max(comma - 2 - BRACKET_WORDS, 0), -1):
        word = tokens[index].group()
        if word == "(":
            return index
        if word in ",;:()":
            break
    return comma


def _head_start(tokens: list[regex.Match], index: int, limit: int) -> int:
    """Where the phrase ending at ``tokens[index]`` starts, walking back no further than past ``limit``:
    after the last head stop or clause boundary."""
    boundaries = frames().boundaries
    while index >= 0 and tokens[index].group() not in HEAD_STOP and \
            tokens[index].group().lower() not in boundaries and index >= limit:
        index -= 1
    return index + 1


def _longer_head(tokens: list[regex.Match], first: int, end: int, limit: int) -> int:
    """A head that fills the reach of `_head_start` may go on leftwards up to ``limit``, to a head stop or clause
    boundary, through words that are no verb ("The owner of a hardware store on Quay Street, Ana Varga, said"); it
    stays as it was when an auxiliary, "be" or a relative word is in it or comes first ("The skippers had long
    paid the harbour fees, known as …"), or no stop is in reach."""
    f = frames()

    def verb(word: str) -> bool:
        return word in f.verbal_auxiliaries or word in f.be_forms or word in HEAD_RELATIVES

    if any(verb(token.group().lower()) for token in tokens[first:end]):
        return first
    index = first - 1
    while index >= 0 and index >= limit:
        word = tokens[index].group()
        if word in HEAD_STOP or word.lower() in f.boundaries:
            return index + 1
        if verb(word.lower()):
            return first
        index -= 1
    return 0 if index < 0 else first


PARTICIPLE_PHRASE_OPENERS = frozenset({"in", "at", "by", "on", "for", "from", "to"})  # "published in a journal", "issued to the board"


def _month_after_preposition(tokens: list[regex.Match], index: int) -> bool:
    """"A survey conducted in May by the council": a capitalised month between two prepositions is no auxiliary;
    not "By May the ferry board", "after the vote in May the council", where a phrase is fronted."""
    prepositions = frames().prepositions
    return (0 < index < len(tokens) - 1 and tokens[index].group() in load_words("months.txt")
            and tokens[index - 1].group().lower() in prepositions and tokens[index + 1].group().lower() in prepositions)


def _passive_modifier(tokens: list[regex.Match], index: int) -> bool:
    """"A survey to be printed in May by the harbour trust finds", "Three appeals being heard in Lyme have
    blamed": "be" after "to", or "being", between a noun and a past participle opens a passive phrase that
    describes the noun; it is not the subject's verb."""
    word = tokens[index].group().lower()
    if word not in ("be", "being") or index + 1 >= len(tokens):
        return False
    participle = tokens[index + 1].group()
    if not participle.isalpha() or not _past_participle(participle):
        return False
    f = frames()
    lead = index - 1 if word == "be" else index  # "to be": the noun comes before "to"
    if word == "be" and (lead < 1 or tokens[lead].group().lower() != "to"):
        return False
    noun = tokens[lead - 1].group() if lead >= 1 else ""
    return noun.isalpha() and _noun_word(noun) and noun.lower() not in f.noun_markers \
        and noun.lower() not in f.pronouns and noun.lower() not in f.subject_breaks


def _participle_before_time(tokens: list[regex.Match], index: int) -> bool:
    """"A report published Wednesday said", "a study published in the journal Marine Letters has found": an -ed
    form after a noun with only a time or an adverb of placed_adverbs.txt ("posted online"), or a phrase opening with a preposition and holding no verb, after it
    modifies the noun, also past a time before that phrase ("A study published Wednesday in the journal found");
    it is not the verb of another subject."""
    rest = [token.group() for token in tokens[index + 1:]]
    if not (tokens[index].group().endswith("ed") and index > 0 and tokens[index - 1].group()[:1].isalpha()
            and tokens[index - 1].group().lower() not in frames().pronouns and rest):
        return False
    placed = load_words("placed_adverbs.txt", lower=True)
    if all(_time_word(word) or word.lower() == "on" or word.lower() in placed or LY_WORD.fullmatch(word)
           for word in rest):
        return True  # "published Wednesday", "posted online", "shared widely online"
    timed = next(at for at, word in enumerate(rest)
                 if not (_time_word(word) or word.lower() in placed or LY_WORD.fullmatch(word)))
    finite = cue_lexicon().finite_forms
    return rest[timed].lower() in PARTICIPLE_PHRASE_OPENERS and not any(
        word.lower() in finite or word.lower() in frames().pronouns
        or (word.lower() in frames().verbal_auxiliaries and not _month_after_preposition(tokens, at))
        for at, word in enumerate(rest[timed + 1:], start=index + timed + 2))


def _demonstrative_after_preposition(tokens: list[regex.Match], index: int) -> bool:
    """"that" between a preposition and a noun in lower case points at the noun: "Supporters of that idea
    contend"; not "the plan that skippers back", a relative after a noun."""
    return (tokens[index].group().lower() == "that" and 0 < index < len(tokens) - 1
            and ((before := tokens[index - 1].group().lower()) == "of" or before in frames().prepositions)
            and tokens[index + 1].group().isalpha() and tokens[index + 1].group().islower())


NEGATION_AHEAD = regex.compile(r"\s+(?:\p{Ll}+\s+)?(?i:" + alternation(load_words("negations.txt", lower=True)) + r")(?![\p{L}])")
NOT_NOUNS_BEFORE_DETERMINER = frozenset({"half", "all", "both", "twice", "double", "such", "what", "quite", "rather"})


def _determiner_after_noun(tokens: list[regex.Match], index: int, text: str = "", end: int = 0) -> bool:
    """"the" and at most two words before the cue, right after a plural noun in lower case or a noun after an article,
    open the subject of a relative clause with no relative word: "schools the council says it cannot run", "the pier
    the board urged Mr Reyl to rebuild"; not "half the skippers", "all the
    boats", nor "the" after a preposition, verb or joint ("of the council", "and the board", "who chairs the
    board")."""
    if (index == 0 or tokens[index].group().lower() != "the" or len(tokens) - index > 3
            or not all(_noun_word(token.group()) for token in tokens[index + 1:])):
        return False  # not "The clerks the firm hired said": a relative clause's verb before the cue
    previous = tokens[index - 1].group()
    lower = previous.lower()
    f = frames()
    if index >= 2 and tokens[index - 2].group().lower() in RELATIVE_PRONOUNS:
        return False  # "The committee that oversees the agency's budget said": a relative's verb in -s, no plural
    # a singular noun after an article, and one word after "the": "the pier the board urged Mr Reyl to rebuild"; not
    # "A chart the skippers carry shows", where the relative clause's own verb stands before the cue
    # "A ferry the operator never says is late sank" stays whole: a negation opens the cue
    singular = (index >= 2 and tokens[index - 2].group().lower() in ARTICLES and len(tokens) - index == 2
                and NEGATION_AHEAD.match(text, tokens[-1].end(), end + 20) is None)
    return (previous.isalpha() and previous.islower() and (PLURAL_HEAD.fullmatch(previous) is not None or singular)
            and lower not in NOT_NOUNS_BEFORE_DETERMINER
            and lower not in f.prepositions and lower not in subject_prepositions()
            and lower not in f.boundaries and lower not in f.subject_breaks
            and lower not in f.quantifiers and lower not in f.noun_markers and _noun_word(previous)
            and not lower.endswith("ly"))


SEEMING_AHEAD = regex.compile(r"\s*(?i:" + alternation(form for lemma in load_words("cues_seeming.txt", lower=True)
                                                       for form in (lemma, lemma + "s", lemma + "ed")) + r")\b")


def _after_thing_head(tokens: list[regex.Match], index: int, text: str, end: int) -> bool:
    """A name, a quantifier or a determiner right after a word of relative_thing_heads.txt, with at most three words after it
    before the cue, opens the subject of a relative clause with no relative word: "something many skippers had urged
    her to do", "the last thing Tom Reyl wants", "something skippers wanted"; not "something of a study" nor "nothing to say", nor before
    a verb of seeming ("something the board seemed to accept": what the board seemed to do, no report of its own)."""
    if index == 0 or len(tokens) - index > 3 or SEEMING_AHEAD.match(text, end, end + 12) is not None \
            or tokens[index - 1].group().lower() not in load_words(
            "relative_thing_heads.txt", lower=True):
        return False
    first = tokens[index].group()
    if not all(_noun_word(token.group()) for token in tokens[index + 1:]):
        return False
    return (first[:1].isupper() and first.isalpha() and first.lower() not in frames().pronouns
            or first.lower() in frames().quantifiers or first.lower() in _determiners()
            or first.islower() and PLURAL_HEAD.fullmatch(first) is not None and _noun_word(first))


def _reduced_passive_after_noun(tokens: list[regex.Match], index: int) -> bool:
    """"A skipper accused of smuggling said", "The man charged with arson told": a cue's "-ed" form after a noun,
    before the word that makes it a passive with no "is" (`frames.reduced_passives`) and a phrase with no verb or
    pronoun, describes the noun; it is not the verb of another subject."""
    word = tokens[index].group().lower()
    if not (word.endswith("ed") and 0 < index < len(tokens) - 1 and _noun_word(tokens[index - 1].group())
            and tokens[index - 1].group().lower() not in frames().pronouns):
        return False
    lemma = cue_lexicon().forms.get(word, ("",))[0]
    if (lemma, tokens[index + 1].group().lower()) not in reduced_passives():
        return False
    return not _clause_words(tokens[index + 2:], names_too=True)


def _clause_words(tokens: list[regex.Match], *, names_too: bool) -> bool:
    """A finite form, a pronoun or a verbal auxiliary among the words after a participle's phrase: they open a
    clause of its own, not more of the phrase; ``names_too`` reads capitalised words as well ("Lines"), else they
    are a name's ("by Bay Lines")."""
    f, finite = frames(), cue_lexicon().finite_forms
    words = (token.group().lower() if names_too else token.group() for token in tokens)
    return any(word in finite or word in f.pronouns or word in f.verbal_auxiliaries for word in words)


def _participle_with_particle(tokens: list[regex.Match], index: int) -> bool:
    """"Skippers turned away (by the board) said", "Workers laid off by Bay Lines say": an "-ed" form or an
    irregular participle after a noun, with a particle of relative_particles.txt after it that ends the subject or
    comes before a preposition, describes the noun; it is not the verb of another subject."""
    word = tokens[index].group().lower()
    if not ((word.endswith("ed") or word in load_words("irregular_participles.txt", lower=True)) and 0 < index < len(tokens) - 1 and _noun_word(tokens[index - 1].group())
            and tokens[index - 1].group().lower() not in frames().pronouns
            and tokens[index + 1].group().lower() in load_words("relative_particles.txt", lower=True)):
        return False
    if index + 2 == len(tokens):
        return True
    return tokens[index + 2].group().lower() in frames().prepositions and not _clause_words(
        tokens[index + 3:], names_too=False)  # "by Bay Lines": a capitalised word is a name's


def _role_turned_role(tokens: list[regex.Match], index: int) -> bool:
    """"The skipper turned politician (called for …)": "turned" between two lower-case nouns joins a former role to
    the present one; it is not the verb of another subject."""
    return (tokens[index].group() == "turned" and 0 < index < len(tokens) - 1
            and tokens[index - 1].group().isalpha() and tokens[index - 1].group().islower()
            and tokens[index + 1].group().isalpha() and tokens[index + 1].group().islower()
            and _noun_word(tokens[index - 1].group()) and _noun_word(tokens[index + 1].group()))


PLURAL_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they"})


def _base_cue_after_plural(tokens: list[regex.Match], index: int) -> bool:
    """"(The skippers) say (the council)", "they argue Ms Varga": a one-word cue's plain form after a plural noun or
    a plural pronoun and before a determiner, a capitalised word, a quantifier of quantifier_subjects.txt or a
    figure is the verb of a clause of its own, no part of the next subject ("Figures imply most skippers back the
    toll": "most skippers"); not a noun after its determiner or possessive ("have a say", "the skippers' claim")."""
    word = tokens[index].group()
    if not 0 < index < len(tokens) - 1 or not word.islower() or cue_lexicon().forms.get(word, ("",))[0] != word:
        return False
    previous, following = tokens[index - 1].group(), tokens[index + 1].group()
    return ((in_s_form(previous.lower()) and previous.lower() not in POSSESSIVES
             or previous.lower() in PLURAL_SUBJECT_PRONOUNS or _plural_before_phrase(tokens, index))
            and (following in NOUN_DETERMINERS or following[:1].isupper() or following[:1].isdigit()
                 or following in _quantifier_subjects()))


PHRASE_PREPOSITIONS = frozenset({"from", "of", "by", "at", "in"})  # "Comments from the mayor", "Letters by skippers"
PHRASE_WORDS = 3  # words at most of the phrase's noun: "the harbour master"


def _plural_before_phrase(tokens: list[regex.Match], index: int) -> bool:
    """"Comments from the mayor (suggest)": the cue's plain form after a phrase of a preposition and up to three lower-case
    words that follows a plural noun, the subject's head."""
    for back in range(index - 1, max(0, index - PHRASE_WORDS - 1), -1):
        word = tokens[back].group()
        if word.lower() in PHRASE_PREPOSITIONS:
            head = tokens[back - 1].group().lower() if back > 0 else ""
            return back < index - 1 and in_s_form(head) and head not in POSSESSIVES
        if not word.isalpha() or not word.islower():
            return False
    return False


@functools.cache
def _quantifier_subjects() -> frozenset[str]:
    """Quantifiers that may head a subject: "most", "many", "some"."""
    return load_words("quantifier_subjects.txt", lower=True)


def _plural_noun_before_preposition(tokens: list[regex.Match], index: int) -> bool:
    """"But advocates within the harbour community cite": a verb's "-s" form before a preposition, opening its
    phrase, is a plural noun heading the subject; after a modifier only a cue that is also a noun ("the harbour
    reports in the Gazette say"); not "Ms Varga argues in her letter", "the mayor argues in" or "she writes from"."""
    word = tokens[index].group()
    if not word.endswith("s") or word.endswith("ss") or index + 1 >= len(tokens):
        return False
    if tokens[index + 1].group().lower() not in subject_prepositions():
        return False
    if index == 0:
        return True
    previous = tokens[index - 1].group()
    lower = previous.lower()
    f = frames()
    if not previous[:1].isalnum() or lower in f.boundaries or lower in _determiners():
        return lower not in f.pronouns
    lemma = cue_lexicon().forms.get(word.lower(), ("",))[0]
    if lower.endswith("ed") and lemma in f.noun_ambiguous and (
            index == 1 and previous[:1].isupper() or index > 1 and tokens[index - 2].group().lower() in f.boundaries):
        return True  # "Leaked documents from the harbour office show", "after leaked documents from …": a participle
    return previous.islower() and previous.isalpha() and lemma in f.noun_ambiguous and lower not in f.pronouns \
        and lower not in f.prepositions and lower not in cue_lexicon().finite_forms and not lower.endswith("ed")


def _plural_noun_before_participle(tokens: list[regex.Match], index: int) -> bool:
    """"Harbour Board reports filed last month showed": the "-s" form of a cue that is also a noun,
    before a past participle that describes it ("filed last month", "posted in May"), is a plural noun in the
    subject, not a verb."""
    word = tokens[index].group().lower()
    lemma = cue_lexicon().forms.get(word, ("",))[0]
    return (word.endswith("s") and not word.endswith("ss") and lemma in frames().noun_ambiguous
            and index + 2 < len(tokens) and _participle_before_time(tokens, index + 1))


@functools.cache
def subject_prepositions() -> frozenset[str]:
    """"within", "close": after a plural noun in a subject ("sources close to the council")."""
    return load_words("source_noun_prepositions.txt", lower=True)


def _named_in_modifier(head: str) -> bool:
    """"One pastor backing Mr Reyl", "A spokesman for the Harbour Council": a determiner and a common noun, the
    only name in a participle's or a preposition's phrase; or "Mr Reyl's lawyer" and "Pier Lines' chief executive",
    the only name the possessor's."""
    words = head.split()
    possessor = next((i for i, w in enumerate(words)
                      if w.endswith(("'s", "’s")) or w[:1].isupper() and w.endswith(("s'", "s’"))), None)
    if possessor is not None and 0 < possessor + 1 < len(words) and all(w.islower() for w in words[possessor + 1:]):
        return True  # "Mr Reyl's lawyer": the only name is the possessor's
    cut = next((i for i, w in enumerate(words) if w.islower() and (w.endswith("ing") or w in frames().prepositions)),
               len(words))
    return (cut < len(words) and words[0].lower() in _determiners() and words[0].lower() not in frames().pronouns
            and not is_name_like(" ".join(words[1:cut])))


def _opens_with_name(phrase: str) -> bool:
    """"Ian Cole of Lyme": two capitalised words that are no determiner or title lead the phrase."""
    words = phrase.split()
    markers = frames().noun_markers
    return (len(words) >= 2 and all(NAME_WORD.fullmatch(w) and w.lower() not in markers
                                     and w.lower() not in _determiners() for w in words[:2]))


def _examples_phrase(phrase: str) -> bool:
    """The phrase gives examples of its head ("like Mr Reyl", "such as Ms Varga", "Mr Reyl among them"), so it
    names no one who speaks for the whole head."""
    lower = phrase.lower()
    return any(lower.startswith(opener + " ") or lower.endswith(" " + opener)
               for opener in load_words("example_openers.txt", lower=True))


def _participle_phrase(phrase: str) -> bool:
    """"released on Monday by the Lyme Gazette", "speaking on Monday", "first seen by the Gazette": a participle
    leads the aside (after "first" or an adverb in "-ly"), which describes the head."""
    words = phrase.split()
    first = words[1] if len(words) > 1 and (words[0] == "first" or words[0].endswith("ly")) else words[0]
    return _past_participle(first) or first.islower() and first.endswith("ing")


def _share_of_head(phrase: str) -> bool:
    """"most of them from Lyme", "some of whom fish at night": a share of the head, which it describes."""
    words = phrase.lower().split()
    return (len(words) > 2 and words[1] == "of" and words[2] in ("them", "us", "whom")
            and words[0] in load_words("quantifier_subjects.txt", lower=True))


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
HEAD_RELATIVES = RELATIVE_PRONOUNS | {"whose"}  # the words a relative clause hanging on a subject may open with

SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "it", "we", "they"})


def _fronted_adverbial(phrase: str) -> bool:
    """"on Monday", "in late May", "since 2010": a time adverbial, not a subject."""
    words = phrase.split()
    return (len(words) > 1 and words[0].lower() in load_words("source_fronted_prepositions.txt", lower=True)
            and all(_time_word(word) for word in words[1:]))


TIME_WORDS = frozenset({"late", "early", "mid", "last", "this", "next", "morning", "afternoon", "evening", "night",
                        "week", "weekend", "month", "year"})


def _time_word(word: str) -> bool:
    return (word in frames().weekdays or word in load_words("months.txt") or word.isdigit()
            or word.lower() in TIME_WORDS)


def _time_phrase(phrase: str) -> bool:
    """"in May", "last week", "on Monday": a time, which a relative pronoun's verb may follow ("who in May
    opposed the toll")."""
    return _fronted_adverbial(phrase) or _adverbs_and_times(phrase.split())


def _adverbs_and_times(words: list[str]) -> bool:
    """"Also Monday", "This week", "Still": sentence adverbs and time words only."""
    adverbs = frames().sentence_adverbs
    return all(w.lower() in adverbs or _time_word(w) for w in words)


def _subject_relative_head(text: str, start: int, tokens: list[regex.Match], verb: int) -> tuple[Span, int] | None:
    """The noun a "who" clause hangs on when the walk meets the clause's verb: "Voters who wanted …", "Skippers who
    had long backed …" (the auxiliaries and reporting adverbs of `cue_auxiliaries.txt` may stand between)."""
    auxiliaries = load_words("cue_auxiliaries.txt", lower=True)
    who = verb - 1
    while who > verb - 4 and who > 1 and tokens[who].group().lower() in auxiliaries:
        who -= 1
    if who < 1 or tokens[who].group().lower() != "who":
        return None
    head = source_before(text, start, tokens[who].start(), allow_appositive=False)
    if head is not None and plausible_source(head[0].text) and head[0].text.lower() not in frames().pronouns:
        return head
    return None


def _contact_clause_head(text: str, start: int, tokens: list[regex.Match], verb: int) -> tuple[Span, int] | None:
    """The noun phrase a relative clause without a relative word hangs on when the walk meets the clause's verb
    right after its subject pronoun: "Fares on the route she takes to work show …", "The ferries they were promised
    have …": the phrase before the pronoun; not "Smith said she found" (a verb before the pronoun)."""
    if verb < 2 or tokens[verb - 1].group().lower() not in SUBJECT_PRONOUNS - {"it"}:
        return None
    noun = tokens[verb - 2].group()
    f = frames()
    if not noun.isalpha() or not _noun_word(noun) or noun.lower() in f.noun_markers or noun.lower() in f.pronouns \
            or noun.lower() in f.boundaries or noun.lower() in f.subject_breaks or noun.lower() in _determiners() \
            or noun.lower() in f.subordinators:
        return None
    head = source_before(text, start, tokens[verb - 1].start(), allow_appositive=False)
    if head is not None and plausible_source(head[0].text) and head[0].text.lower() not in f.pronouns:
        return head
    return None


PAST_OR_AUXILIARY = regex.compile(r"[\p{L}’']+")


def _verb_before_joint(text: str, start: int, end: int) -> bool:
    """A verb before the joint: a past in "-ed" or of `irregular_verbs.txt`, or an auxiliary ("Mr Reyl denied the
    claim but …"), so the words after the joint are no more phrases of the sentence's subject."""
    f = frames()
    return any(looks_past(word) or word in f.be_forms or word in f.verbal_auxiliaries
               for word in (found.group().lower() for found in PAST_OR_AUXILIARY.finditer(text, max(start, end - 240), end)))


def _verb_relative_head(text: str, start: int, tokens: list[regex.Match], who: int) -> tuple[Span, int] | None:
    """"Residents who lost their homes say": a "who" clause opening with a verb hangs on the noun before it;
    not "the man who Ms Varga says" or "a trader who harbour officials say" (a subject of its own)."""
    first = tokens[who + 1].group()
    f = frames()
    if (not first.isalpha() or not first.islower() or first in f.pronouns or first in _determiners()
            or first in f.boundaries):
        return None
    following = tokens[who + 2].group().lower() if who + 2 < len(tokens) else ""
    known = cue_lexicon().lookup(first)
    if not (looks_past(first) or following in f.noun_markers
            or following in f.pronouns or (known is not None and known[0] == first)  # "who know Ms Varga say"
            or first in load_words("relative_base_verbs.txt")):  # "Skippers who run ferries say"
        return None  # "a trader who harbour officials say": a subject of its own
    return _subject_relative_head(text, start, tokens, who + 1)


def _evidence_phrase(words: list[str]) -> bool:
    """"recent polling", "simple math": modifiers and a mass noun, no verb ("who helped", "hosts the popular")."""
    f = frames()
    forms = cue_lexicon().forms
    return all(word.isalpha() and word.lower() not in forms and word.lower() not in f.pronouns
               and word.lower() not in f.be_forms and word.lower() not in f.verbal_auxiliaries
               and not word.endswith("ed") and (i == len(words) - 1 or not word.endswith(("s", "ing")))
               for i, word in enumerate(words))


# ", speaking on …,", ", conducted in May,", ", often conducted by …,", ", done by the council,": an aside opening
# with a participle, perhaps after an adverb in -ly, "first" or one of appositive_adverbs.txt
PARTICIPLE_ASIDE_BEFORE = EndAnchored.of(
    r"(?<=[\p{L}\p{N}]),\s+(?:\p{Ll}+ly\s+|(?:first|" + alternation(load_words("appositive_adverbs.txt", lower=True)) + r")\s+)?"
    r"(?:\p{Ll}{2,}(?:ing|ed(?!\s+to\b))|" + alternation(load_words("irregular_participles.txt", lower=True)) + r")"
    r"\s[^,;:“”\"()—―–]{1,160},\s*\Z")
# a past participle and "by" opening a phrase: "run by (Tom Reyl)", "owned by (the council)"
PARTICIPLE_BY = regex.compile(r"(?:\p{Ll}{2,}ed|" + alternation(load_words("irregular_participles.txt", lower=True))
                              + r")\s+by\s")
# " — Nevada and Ohio — ", and unspaced em dashes after a word: "Ana Varga—the mayor—"
DASH_ASIDE_BEFORE = EndAnchored.of(r"(?:\s+(?:[—―–]|--)|(?<=[\p{L}\p{N}.)])[—―]|(?<=\p{L})–(?=\p{L}))\s*[^—―–;:]{1,200}?"
                                   r"\s*(?:[—―–]|--)\s*\Z"
                                   r"|\s-\s(?:[^-—―–;:]|(?<=\w)-(?=\w)){1,200}\s-\s*\Z")  # " - a co-host - "
PERIOD = r"(?:week|month|year|weekend|night|morning|afternoon|evening|spring|summer|fall|autumn|winter)"
TIME_PHRASE = (r"(?:(?:last|this)\s+(?:past\s+)?" + PERIOD + r"|"
               # "Reyl at the time said", "Ms Varga so far has said"; not "far" alone
               + spaced(time for time in load_lines("fronted_times.txt") if time != "far") + r"|"
               # "Mr Reyl earlier Tuesday said", "Ms Varga later on Friday told", "Tom Reyl late on Monday night said"
               r"(?:(?:earlier|later|early|late)\s+)?(?:on\s+)?(?:" + weekday_alternation() + r")"
               r"(?:\s+(?:morning|afternoon|evening|night))?|"
               # "Ms Varga in 2011 urged", "The board in early May backed"; after a relative pronoun any phrase
               # opened by a preposition is read apart (reported._relative_before_phrase)
               r"(?<!\b(?:who|which)\s+)in\s+(?:early\s+|late\s+|mid-?)?(?:(?:1[89]|20)\d\d|(?:" + alternation(load_lines("months.txt"))
               + r")(?:\s+(?:1[89]|20)\d\d)?)(?![\p{L}\p{N}])|"
               # "less than two weeks ago", "a few days ago"
               r"(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|just\s+)?(?:an?|one|two|three|four|five|six|"
               r"several|a\s+few|a\s+couple\s+of|\d{1,2})\s+(?:hour|day|week|month|year)s?\s+(?:ago|later|earlier)"
               # "Ms Varga days later announced"
               r"|(?:hours|days|weeks|months|years)\s+(?:later|earlier))")
# "had last month", "has so far", "had, earlier on Tuesday,", "has in recent days": a time, or a span of
# auxiliary_times.txt, as it stands between an auxiliary and its verb or between a name and its cue
AUXILIARY_TIME = r"(?:" + TIME_PHRASE + r"|" + spaced(load_lines("auxiliary_times.txt")) + r")"
# "Ms Varga last week said", "Mr Reyl for weeks argued": a time between a name and its cue
TIME_BEFORE = EndAnchored.of(r"\s+(?:also\s+)?" + AUXILIARY_TIME + r"\s*\Z")  # "Mr Reyl also on Monday said"
# "Ms Varga in a Gazette column said", "Mr Reyl in a letter to the board argued": an occasion of speaking of
# source_occasions.txt, up to three words before its noun and one short phrase after it, between a name and its cue
OCCASION_WORD = r"[^\s,;:.!?“”\"()—―–]+"
OCCASION_BEFORE_CUE = EndAnchored.of(
    r"\s+(?:in|on|at|during)\s+(?:" + OCCASION_WORD + r"\s+){0,3}(?:" + alternation(load_words("source_occasions.txt", lower=True))
    + r")(?:\s+(?:to|with|on|for|about|in)\s+(?:" + OCCASION_WORD + r"\s+){0,3}" + OCCASION_WORD + r")?\s*\Z")
AUXILIARY_TIME_BEFORE = EndAnchored.of(r"(?<![\p{L}’'])(?:" + alternation(load_words("verbal_auxiliaries.txt", lower=True))
                                       + r")(?:\s+" + AUXILIARY_TIME + r"|,\s+" + AUXILIARY_TIME + r",)\s+\Z")
NOUN_BEFORE_TIME = regex.compile(r"(?<![\p{L}\p{N}])(?!(?:and|but|or|then|that|in|at|by|of|for|from|to|with),?\Z)"
                              r"[\p{L}\p{N}.'’\-]+(?<!ing|ed)\)?,?\Z")  # "Ms Varga, the chair, on Monday said"
PARENTHESIS_BEFORE = EndAnchored.of(r"\s*\([^()]{1,120}\)\s*,?\s*\Z")
RELATIVE = regex.compile(r",\s+(?:(?:a|an|the)\s+[^,;:]{1,50}?\s+|(?P<share>\p{Ll}+\s+of\s+))?(?:who|which|whose|whom)\b"
                         r"[^;:]*,(?:”|\"|’|'')?\s*\Z")
OPENING_NAME = regex.compile(r"""
    (?P<head>(?:(?:The|the|A|a|An|an)\s+)?(?:\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*\.?\s+){0,4}
             \p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*(?:\s+(?:Jr|Sr|II|III)\.?)?)
    (?:\s+\([^)]{1,20}\))?  # "Sen. Ada Vance (D-Ore.), who …": the party's bracket is no part of the name
    ,\s+[^;:]*,(?:”|\"|’|'')?\s*\Z  # the appositive may quote: "Mr. Osman, citing ''…,'' said"
""", regex.VERBOSE)


# the last ", but", ", and", ", while" before a capitalised word: a second clause opening with its subject
JOINT_BEFORE_NAME = regex.compile(r"(?r),\s+(?P<joint>and|but|while|whereas|yet)\s+(?=\p{Lu})")
CLAUSE_JOINT = regex.compile(r",\s+(?:and|but|while|whereas|yet)\s")  # ", while another fan, …": a second clause
VERB_AFTER_COMMA = regex.compile(r",\s+(\p{Ll}+)\b")  # "Ms Varga, who …, said": a cue's finite form after a comma
LEADING_COMMA = regex.compile(r",\s+")
FIRST_WORD = regex.compile(r"(\p{L}+)\s+(?=\p{L})")  # "(But) Dr Holt"
MAX_FRONTED_CLAUSES = 3
AFTER_QUOTE = regex.compile(r"(?r)(?:[”\"’»›]|'')\s+(?=\p{Lu})")


def _relative_clause_head(text: str, start: int, end: int) -> tuple[Span, int] | None:
    """"Mr. Reyl, who represents Lyme, said" and "Jane Doe, a lawyer who …, said": the name."""
    after_quote = AFTER_QUOTE.search(text, start, end)  # "“…,” Jane Doe, a lawyer who …, said"
    # "Ms Varga, who …, said …, but Mr Reyl, who …, said": the name opening the second clause; after "and" only
    # when the first subject has had its verb ("Mr Reyl, who …, and Ms Varga, who …, said" is one subject)
    joint = JOINT_BEFORE_NAME.search(text, start, end)
    if joint is not None and joint.group("joint") == "and" and not any(
            verb.group(1) in cue_lexicon().finite_forms for verb in VERB_AFTER_COMMA.finditer(text, start, joint.start())):
        joint = None
    joint_end = joint.end() if joint else None
    for clause_start in (joint_end, start, after_quote.end() if after_quote else None):
        opening = OPENING_NAME.match(text, clause_start, near(clause_start, end)) if clause_start is not None else None
        fronted = None
        if opening is not None and _fronted_opening(opening.group("head")):
            # "In May, Ms Varga, who …, said", "Still, Ms Varga, a lawyer, said": the name after the comma
            fronted = _name_after_commas(text, opening.end("head"), end)
            # "Still, the brother, a skipper who …, said": no name after the comma, the relative clause's head below
            opening = fronted or (None if RELATIVE.search(text, start, end) is not None else opening)
        elif opening is not None and opening.group("head").lower() in frames().subject_openers:
            opening = None  # "But, as Tom Reyl, a skipper, put it": the joint is set off, no name before the comma
        elif opening is not None and clause_start != joint_end and _verb_after_comma(text, opening.end("head"), end):
            # "Lena Ruiz, a fan, said it was overdue, while another fan, Piet Osman, called it rash": the name has
            # had its verb; the subject is the second clause's
            opening = None
        if opening is not None and len(text[opening.end("head"):end].split()) > 3:
            s, e = _trim(text, *opening.span("head"))
            if (lead := FIRST_WORD.match(text, s, e)) is not None and lead.group(1).lower() in frames().subject_openers:
                s = lead.end()  # "But Dr Holt, a scientist who …, said": the name without the conjunction
            return Span.of(text, s, e), clause_start if fronted else s  # "In May, …" still opens the clause
    relative = RELATIVE.search(text, start, end)
    if relative is not None and joint is None and _verb_after_comma(text, relative.start() + 1, end):
        relative = None  # "Lena Ruiz, who …, said it was late, while another fan, Piet Osman, called …": hers is said
    if relative is not None:
        found = source_before(text, start, relative.start(), allow_appositive=False)
        # "The employee, a Republican who …", "Residents, many of whom …", "…, and one, who asked not to be named, …"
        described = found is not None and (found[0].text.split()[0].lower() in ("the", "a", "an")
                                           or found[0].text.split()[0].lower() in POSSESSIVES
                                           and last_char_before(text, start, found[1]) in ("", ",")
                                           or relative.group("share") or found[0].text.lower() in _counting_determiners()
                                           or _opening_plural(text, start, found)
                                           or _counted_after_quote(text, start, found))
        if found is not None and (is_name_like(found[0].text) or described and plausible_source(found[0].text)):
            # "Ms Varga, who …, said", "The employee, a Republican who …, said", "Residents, many of whom …, said"
            return found
    return None


def _verb_after_comma(text: str, start: int, end: int) -> bool:
    """Whether a cue's finite form follows a comma between ``start`` and ``end``, and a second clause's joint after
    it: the subject before it has had its verb ("Lena Ruiz, a fan, said …, while …"); not an appositive's
    participle ("Ana Varga, referred to as …, has been", no joint)."""
    verb = next((verb for verb in VERB_AFTER_COMMA.finditer(text, start, end)
                 if verb.group(1) in cue_lexicon().finite_forms), None)
    return verb is not None and CLAUSE_JOINT.search(text, verb.end(), end) is not None


def _counted_after_quote(text: str, start: int, found: tuple[Span, int]) -> bool:
    """"“…,” one skipper, who …, said", "“…,” two officials, who …, said": a counted noun right after a closing
    quotation mark and its comma."""
    words = found[0].text.split()
    return (len(words) > 1 and words[0].lower() in _counting_determiners()
            and last_char_before(text, start, found[1]) in ("”", '"', "’", "'"))


def _opening_plural(text: str, start: int, found: tuple[Span, int]) -> bool:
    """"(Yet) most ferry hands, who …, said", "On the quay, most ferry hands, who …, said": a phrase opening the sentence
    (after at most a joint of `subject_openers.txt`) or following a fronted phrase's comma, whose last word is a
    plural in lower case."""
    lead = text[start:found[1]].split()
    last = found[0].text.split()[-1]
    opens = (len(lead) <= 1 and all(word.lower() in frames().subject_openers for word in lead)
             or last_char_before(text, start, found[1]) == ",")
    return opens and last.isalpha() and last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _name_after_commas(text: str, position: int, end: int) -> regex.Match | None:
    """The name and appositive after a fronted phrase, past a clause or two set off by commas:
    "At Pier House, where berths are dear, Ian Reyl, its chair, said"."""
    for _ in range(MAX_FRONTED_CLAUSES):
        comma = LEADING_COMMA.search(text, position, near(position, end))
        if comma is None:
            return None
        opening = OPENING_NAME.match(text, comma.end(), near(comma.end(), end))
        if opening is not None and len(text[opening.end("head"):end].split()) > 3:
            return opening
        position = comma.end()
    return None


def _fronted_opening(head: str) -> bool:
    """A phrase before the subject: a preposition's ("In May", "At Pier House") or adverbs and days ("Still",
    "Also Monday")."""
    f = frames()
    words = head.split()
    lead = words[0].lower()
    if (lead in f.prepositions or lead == "of") and lead not in f.boundaries:
        return True  # "of", left out of prepositions.txt as it joins nouns, opens a topic here: "Of Mr Reyl, …"
    return len(words) <= 2 and _adverbs_and_times(words)


def _joins_names(tokens: list[regex.Match], index: int) -> bool:
    """'and' inside the phrase: between two names ("Smith and Jones said"), or anywhere in a subject
    that runs from a quote's closing mark to the cue ("“…,” the senator and candidate said")."""
    if tokens[index].group().lower() not in ("and", "&") or index == 0 or index + 1 >= len(tokens):
        return False
    left = index - 1
    if tokens[left].group() == ")" and (opener := _bracket_after_joined_name(tokens, left)) is not None:
        left = opener - 1  # "Ana Varga (left) and Tom Reyl"
    if NAME_WORD.fullmatch(tokens[left].group()) and NAME_WORD.fullmatch(tokens[index + 1].group()):
        return True
    if _paired_modifiers(tokens, index):
        return True  # "…, current and former officials said"
    for back in range(index - 1, max(index - 9, 0), -1):
        word = tokens[back].group()
        if word in CLOSERS or word == "'":
            # a word between the mark and "and": 'said “too high,” and Mr Reyl said' joins nothing to Mr Reyl
            return back < index - 1 and tokens[back - 1].group() in ",?!'" \
                and tokens[index + 1].group().lower() not in frames().pronouns
        if not word[0].isalnum():
            return False
    return False


MAX_CONJUNCT_TOKENS = 6
POSSESSIVES = load_words("possessive_determiners.txt", lower=True)  # "his", "their"
# a possessive ("his", "the mayor's"; not "he's" or "it's"), then at most one lower-case modifier that is no plural in
# -s ("her repeated", "the mayor's long-held"; not "her aides"), right before a word
POSSESSED_MODIFIER = regex.compile(r"(?:(?<!\p{L})(?i:" + alternation(sorted(POSSESSIVES)) + r")|(?<=\p{L})"
                                   r"(?<!(?<!\p{L})(?i:he|she|it|that|what|who|there|here))['’]s)"
                                   r"(?:\s+(?P<modifier>\p{Ll}+(?:-\p{Ll}+)*(?<!s)|\d+(?:[-–]\d+)?))?\s+\Z")
JOINED_PRONOUNS = frozenset({"he", "she", "we", "they"})  # "he and his wife said"; not "I and …", "it and …"


def _joins_participles(tokens: list[regex.Match], index: int) -> bool:
    """"A study funded by the council and published in June": "and" between two participle phrases on one noun,
    a lower-case "-ed" word right after it and another among the six words before it, each between a word and a
    preposition; not "left the quay and headed back", a verb's object."""
    if tokens[index].group().lower() != "and" or index + 2 >= len(tokens):
        return False
    prepositions = frames().prepositions

    def participle(at: int) -> bool:
        word = tokens[at].group()
        return (0 < at < len(tokens) - 1 and word.islower() and word.endswith("ed")
                and tokens[at - 1].group()[:1].isalpha() and tokens[at + 1].group().lower() in prepositions)

    return participle(index + 1) and any(participle(back) for back in range(max(1, index - 6), index))


def _joins_modifiers_after_preposition(tokens: list[regex.Match], index: int) -> bool:
    """"and" or "or" between two adjectives of `place_adjectives.txt` after a preposition, before the noun they
    share: "Skippers in eastern and southern Lyme said", "Voters in rural or coastal wards backed"; not "met in
    private and local skippers said"."""
    if tokens[index].group().lower() not in ("and", "or") or index < 2 or index + 2 >= len(tokens):
        return False
    f = frames()
    before, first, second, following = (tokens[index - 2].group(), tokens[index - 1].group(),
                                        tokens[index + 1].group(), tokens[index + 2].group())
    places = load_words("place_adjectives.txt")
    return (before.lower() in f.prepositions and first in places and second in places and following[:1].isalpha())


def _joins_noun_phrases(text: str, start: int, tokens: list[regex.Match], index: int) -> bool:
    """"His crew and much of the harbour believe", "Skippers and ordinary voters alike are calling": "and"
    between two noun phrases when the first runs back, with no verb, to the sentence's start, a comma or a
    clause opener; not "Ms Varga backed the toll and skippers said" (a verb before it)."""
    if tokens[index].group().lower() != "and" or index == 0 or index + 1 >= len(tokens):
        return False
    f = frames()
    finite = cue_lexicon().finite_forms
    right = tokens[index + 1].group().lower()
    if right in f.pronouns and right not in POSSESSIVES or right in f.boundaries:
        return False  # "and she said", "and then said"; but "The ferry firm and its owners said"
    if tokens[index - 1].group().lower() in JOINED_PRONOUNS:
        # "…, she and another reporter said": a subject pronoun opening the phrase after a comma or at the start
        if index == 1:
            return _opens_sentence(text, start, tokens)
        before = tokens[index - 2].group()
        return before in (",", ";", ":", "(") or before in OPENERS or before.lower() in ("and", "but")
    last = index - 1
    if tokens[last].group() == ")" and (opener := _bracket_after_joined_name(tokens, last)) is not None:
        last = opener - 1  # "Harbour board chairwoman Ana Varga (left) and treasurer Tom Reyl"
    for back in range(last, max(last - MAX_CONJUNCT_TOKENS, -1), -1):
        word = tokens[back].group()
        lower = word.lower()
        if back < last and (word in ",;:(" or word in OPENERS
                                 or lower in f.boundaries and lower not in RELATIVE_PRONOUNS):
            # "Rather, the crew and …", "but the crew and …"; not "which the crew and traders want", and a
            # possessive after "and" only when the first phrase opens the sentence ("Oklahoma and his home state")
            # or a list of names that does ("Tom Reyl, his wife Ana and their son Piet")
            return right not in POSSESSIVES or word == "," and _listed_names_before(text, start, tokens, back) is not None
        if lower in POSSESSIVES and back > 0 and tokens[back - 1].group() == ",":
            continue  # ", his wife and": a listed phrase opened by a possessive, read at the comma before it
        if not word[:1].isalnum() or lower in finite and not (back > 0 and word[:1].isupper()) \
                or lower in f.subject_breaks or lower in f.boundaries or (
                lower in f.pronouns and lower not in _determiners()) or (word.islower() and lower.endswith("ed")) or (
                lower in f.prepositions and lower != "of") or lower in f.irregular_verbs or (
                back < last and word.islower() and lower.endswith("s") and not lower.endswith("ss")):
            return False  # "The pier stays shut and the skippers say": a present verb, not the last noun
        if back == 0:
            return _opens_sentence(text, start, tokens)  # the sentence opens with the first noun phrase
    return False


def _joins_prepositional_phrases(text: str, start: int, tokens: list[regex.Match], index: int) -> bool:
    """"Skippers in Lyme and in Adley say", "Officials at the pier or at the harbour board said": "and" or "or"
    between two phrases opened by a preposition, the first hanging on a noun that runs back, with no verb, to
    the sentence's start, a comma or a clause opener; not "Ms Varga backed the toll in May and in June …".
    "Experts on fishing and trade said": "and" between two objects of one preposition, when the noun it hangs
    on is people and the second object could not be a source on its own; not "high ratings among voters and
    business support"."""
    f = frames()
    if tokens[index].group().lower() not in ("and", "or") or index < 2 or index + 1 >= len(tokens):
        return False
    objects = tokens[index + 1].group().lower() not in f.prepositions
    if objects and not _second_object(text, tokens, index):
        return False
    finite = cue_lexicon().finite_forms
    preposition = None  # where the first phrase opens, a noun before it

    def hangs_on_a_noun(first: int) -> bool:
        return preposition is not None and preposition > first and (not objects or described_subject(
            text[tokens[first].start():tokens[preposition - 1].end()]))

    for back in range(index - 1, max(index - 1 - 2 * MAX_CONJUNCT_TOKENS, -1), -1):
        word = tokens[back].group()
        lower = word.lower()
        if word in ",;:(" or word in OPENERS or lower in f.boundaries:
            return hangs_on_a_noun(back + 1)
        if not word[:1].isalnum() or (lower in finite and word.islower()) or lower in f.irregular_verbs or (
                word.islower() and lower.endswith("ed")) or (lower in f.pronouns and lower not in _determiners()):
            return False  # "Ms Varga backed the toll in May and …": a verb, so the phrase is no part of a subject
        if lower in f.prepositions and lower != "of":
            preposition = back
        if back == 0:
            return hangs_on_a_noun(0) and _opens_sentence(text, start, tokens)
    return False


def _second_object(text: str, tokens: list[regex.Match], index: int) -> bool:
    """The few words from ``index + 1`` to the walk's end are a plain phrase no source could be: "trade" in
    "Experts on fishing and trade said"; not "skippers" in "… on the quay and skippers said"."""
    rest = tokens[index + 1:]
    if not rest or len(rest) > 3 or not all(token.group()[:1].isalnum() for token in rest):
        return False
    phrase = text[rest[0].start():rest[-1].end()]
    return _verbless(phrase.split()) and not plausible_source(phrase)


def _opens_sentence(text: str, start: int, tokens: list[regex.Match]) -> bool:
    """The walk's first token opens the sentence that starts at ``start``: only white space comes before it."""
    return not last_char_before(text, start, tokens[0].start())


def _paired_modifiers(tokens: list[regex.Match], index: int) -> bool:
    """"…, port and council records show": one or two words between a comma and "and", then the rest of
    the subject up to the cue, all lower-case words with no verb form, pronoun or determiner."""
    f = frames()
    forms = cue_lexicon().forms
    comma = next((i for i in (index - 2, index - 3) if i >= 0 and tokens[i].group() == ","), None)
    if comma is None or len(tokens) - index > 5:
        return False
    words = [t.group() for t in tokens[comma + 1:index] + tokens[index + 1:]]
    return all(word.isalpha() and word.islower() and word not in forms and word not in f.boundaries
               and word not in f.pronouns and not word.endswith("ed") and word not in f.be_forms
               for word in words)


# "on Tuesday", "on May 3", "in an interview", "in the release": a time or an occasion after the source, not part of
# it; after "in" and a definite determiner, an occasion or a document the source issued
SETTING_AHEAD = (r"(?!(?:on\s+(?:" + weekday_alternation() + "|" + alternation(load_lines("months.txt")) + r")|in\s+an?"
                 r"|in\s+(?:the|his|her|its|their)\s+(?:[\p{L}\-]+\s+){0,2}?(?:"
                 + alternation(set(load_lines("object_occasions.txt")) | set(load_lines("authored_documents.txt")))
                 + r"))\b)")
# a social-media handle alone after the cue, closing the frame: "“…,” tweeted @harbourboard."
INVERTED_HANDLE = regex.compile(r"\s+(?P<source>" + HANDLE.pattern + r")(?!\w)(?=\s*(?:[,.;:!?”\"()]|\Z))")
# an adverb of tag_closing_adverbs.txt right before the stop or a comma closes the tag: "said Tom Reyl now."; so
# does one in -ly after a capitalised word, no noun of nouns_in_ly.txt ("said Tom Reyl simply."; not "the Reyl family")
CLOSING_ADVERB_WORDS = spaced(load_lines("tag_closing_adverbs.txt"))  # "now", "again", "once more"
# a word in -ly that is no noun of nouns_in_ly.txt ("quietly"; not "family", "tally")
LY_ADVERB = r"(?!(?:" + alternation(load_words("nouns_in_ly.txt", lower=True)) + r")(?![\p{L}\p{N}]))\p{Ll}{3,}ly"
LY_WORD = regex.compile(LY_ADVERB)  # a word that is an adverb in "-ly": "widely", not "family"
TAG_CLOSING_ADVERB = (r"(?:" + CLOSING_ADVERB_WORDS + r"|(?<=\p{Lu}[\p{L}\p{M}'’\-]*\s+)" + LY_ADVERB
                      + r")(?![\p{L}\p{N}])(?=\s*(?:[,.;:!?”\"()]|\Z))")
# "and" and a past verb after an inverted source, then an object's determiner, a particle or the stop: the source's
# next act, no second source ("…, said Ms Varga and walked out.", "…, said the mayor and left the room"); not before
# a comma ("…, I laughed and laughed, …", "he laughed and said, “…”") nor a past form of a cue that takes a bare
# clause (cues_bare_complement.txt), which reports again ("“…,” denounced the toll and said the ferry would stop")
NEXT_ACT = (r"and\s+(?:then\s+)?(?!(?:" + alternation(
    form for form, (lemma, _) in cue_lexicon().forms.items() if lemma in frames().bare
    and (form.endswith("ed") or form in frames().irregular_verbs)) + r")\b)"  # not "… and said the ferry would stop"
            r"(?:\p{Ll}{2,}ed|" + alternation(load_lines("irregular_verbs.txt")) + r")"
            r"(?=\s+(?:" + alternation(load_lines("next_act_openers.txt")) + r")\b|\s*(?:[.!?]|\Z))")
NEXT_ACT_AHEAD = regex.compile(r"\s*" + NEXT_ACT)  # one pattern for after a source and opening a content
INVERTED = regex.compile(r"""
    \s+
    (?P<source>
        (?:(?:the|a|an)\s+)?
        [\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L})|(?<=s)['’](?=\s+\p{L}))*(?:\.(?=\s+\p{Lu}))?
        (?:\s+(?!""" + NEXT_ACT + r""")(?:of\s+|for\s+|at\s+|the\s+|and\s+)?(?!(?:that|who|whose|which|when|where|while|because|but|as|after|before|outside|from|to|with|about|last|
                 this|yesterday|today|during|according|adding|noting|told)\b)(?!""" + TAG_CLOSING_ADVERB + r""")""" + SETTING_AHEAD + r"""[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L})|(?<=s)['’](?=\s+\p{L}))*(?:\.(?=\s+\p{Lu}))?){0,8}
    )
    # a trailing emoji or symbol, with its modifiers and joiners, before the stop: "wrote Ms Varga 👍."
    (?=\s*(?:[,.;:!?”"()]|\Z|\p{So}[\p{So}\p{Sk}\p{M}\u200d\s]*(?:[,.;:!?”"()]|\Z)|\s+(?:in|on|at|during|according|adding|noting|who|whose|which|that|told|as|when|while|
                                    after|before|outside|from|to|with|of|about|last|this|yesterday|today)\b
              |\s+""" + TAG_CLOSING_ADVERB + r"""|\s+""" + NEXT_ACT + r"""))
""", regex.VERBOSE)


def _relation_alternatives() -> str:
    """Each phrase of source_relations.txt after the source, and its rest after a source ending in its first word."""
    parts = []
    for line in load_lines("source_relations.txt"):
        first, *rest = line.split()
        parts.append(r"\s+" + r"\s+".join(regex.escape(word) for word in line.split()))
        if rest:
            parts.append(r"(?<=(?<!\p{L})" + regex.escape(first) + r")\s+" + r"\s+".join(map(regex.escape, rest)))
    return "|".join(parts)


# "…, said a person familiar with the plan who …": the relation and its noun phrase, up to six words
SOURCE_RELATION = regex.compile(r"(?:" + _relation_alternatives() + r""")
    \s+[\p{L}\p{N}][\p{L}\p{N}’'\-]*
    (?:\s+(?!(?:who|whom|whose|which|that|and|but|said|says|told)\b)[\p{L}\p{N}](?:[\p{L}\p{N}’'\-]|\.(?=\p{L}))*){0,5}?
    (?=\s*(?:[,.;:!?”"(]|''|\Z)|\s+(?:who|whom|whose|which|that|and|but|in|on|at|to|said|says|told)\b)""",
                            regex.VERBOSE)


def source_after(text: str, start: int, end: int) -> Span | None:
    """An inverted source right after the cue: ", said Mr Reyl." -> "Mr Reyl".

    >>> source_after("said Mr Reyl.", 4, 13).text
    'Mr Reyl'
    """
    found = source_after_to(text, start, end)
    return found[0] if found is not None else None


OPENING_CUE = regex.compile(r"(\p{Ll}+)\b")  # "said" opening a tag line; a capital opens a sentence of its own


def inverted_opening_source(text: str, start: int, subject: Span) -> Span | None:
    """The source after a cue of speech or writing in lower case that opens the sentence at ``start`` before
    ``subject``, as a tag set on a line of its own does: "said Ms Varga, adding: …" -> "Ms Varga", not "said Ms
    Varga"."""
    opening = OPENING_CUE.match(text, start, subject.end) if subject.start == start else None
    if opening is None or opening.group(1) not in cue_lexicon().finite_forms:
        return None
    entry = cue_lexicon().lookup(opening.group(1))
    if entry is None or entry[1] not in ("speech", "writing"):
        return None
    source = source_after(text, opening.end(1), subject.end)
    return source if source is not None and source.end == subject.end else None


def opens_with_verb(text: str, start: int, subject: Span) -> bool:
    """Whether the subject read at a sentence's opening ``start`` opens with a verb in lower case, a line cut
    from a sentence rather than a subject: "met Ms Varga, waving: …", "greeted the skippers: …"."""
    opening = OPENING_CUE.match(text, start, subject.end) if subject.start == start else None
    return opening is not None and (_finite(opening.group(1)) or opening.group(1).endswith("ed"))


def source_after_to(text: str, start: int, end: int) -> tuple[Span, int] | None:
    """An inverted source right after the cue and where the frame's words end: after the one asked or a time that
    follows a name with no comma, which is no part of the source ("asked Ms Varga the board": "Ms Varga", and
    the frame goes on to the end of "the board")."""
    if (handle := INVERTED_HANDLE.match(text, start, near(start, end))) is not None:
        return Span.of(text, *handle.span("source")), handle.end("source")  # "“…,” tweeted @harbourboard."
    match = INVERTED.match(text, start, near(start, end))
    if not match:
        return None
    span_start, span_end = match.span("source")
    words = match.group("source").split()
    f = frames()
    if any((word in f.auxiliaries or word.lower() in f.question_words) and not _adverb_after_and(words, index)
           for index, word in enumerate(words)):
        return None  # "said the talks had stalled" is a clause, not an inverted source
    joined = _joined_sources(words)
    if joined is None:
        return None
    if len(words) == 1 and words[0] in f.weekdays:
        return None  # "tweeted Sunday"
    if any(_amount_after_noun(words, index) for index in range(1, len(words))):
        return None  # "The toll, set in May, charged each boat 40 pounds": a noun then an amount
    if len(joined) > 1:
        return (Span.of(text, span_start, span_end), span_end) if _inverted_head(joined[0]) and (
            _inverted_head(joined[1]) or _second_noun(joined)) else None
    if NEXT_ACT_AHEAD.match(text, match.end("source")) is not None and not (
            is_name_like(match.group("source")) or role_noun_is_head(match.group("source"))
            or words[0].lower() in POSSESSIVES or (len(words) == 1 and words[0].lower() in frames().pronouns)):
        return None  # "“A costly mistake,” denounced the toll and left.": a next act needs someone to act
    if not (_inverted_head(words) or headline_document(text, end, Span.of(text, span_start, span_end))
            or _headline_compound_role(text, end, words, span_end)):
        return None  # "said officials at the port" is inverted, and a headline's "says mayor"; "said yesterday" is not
    phrase_end = span_start + min(_name_before_topic(words, match.group("source")),
                                  _name_before_setting(words, match.group("source")))
    span_end = min(phrase_end, span_start + _name_before_object(words, match.group("source")))
    if span_end == match.end("source") and (relation := SOURCE_RELATION.match(text, span_end, near(span_end, end))):
        phrase_end = span_end = relation.end()  # "said a person familiar with the plan": the whole description
    return Span.of(text, span_start, span_end), phrase_end


def _adverb_after_and(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is an adverb of appositive_adverbs.txt right after "and", opening a role joined
    to the first: "now" in "striker and now pundit Tom Reyl"; not in "Ms Varga and now the board"."""
    return 0 < index < len(words) - 1 and _joining_adverb(words[index - 1], words[index], words[index + 1])


def _joined_sources(words: list[str]) -> list[list[str]] | None:
    """The noun phrases of an inverted source joined by one "and" ("said Ms Varga and Mr Reyl", "said lobbyist and
    strategist Ann Varga"), an adverb opening the second left out ("said striker and now pundit Tom Reyl": "pundit
    Tom Reyl"); None when a word opens a clause ("said the heat and rain would last")."""
    boundaries = frames().boundaries
    joints = [index for index, word in enumerate(words) if word.lower() in boundaries]
    if not joints:
        return [words]
    if len(joints) > 1 or words[joints[0]] != "and" or joints[0] in (0, len(words) - 1):
        return None
    second = joints[0] + 1
    return [words[:joints[0]], words[second + 1 if _adverb_after_and(words, second) else second:]]


def _second_noun(joined: list[list[str]]) -> bool:
    """"his friend and colleague", "her lawyer and fellow skipper": a second noun in lower case, with no determiner
    of its own, shares the first one's determiner; one description of one person."""
    first, second = joined
    finite = cue_lexicon().finite_forms
    return first[0].lower() in _determiners() and len(second) <= 3 and all(word.islower() for word in second) \
        and second[0] not in _determiners() and not any(  # "said the mayor and left": a second act
            word in finite or looks_past(word) for word in second)


def _inverted_head(words: list[str]) -> bool:
    """Whether words after a cue can be who said it: a name, a determiner's phrase, a pronoun, a plural that can
    say, or bare role words ("lobbyist")."""
    lower = words[0].lower()
    phrase = " ".join(words)
    return (is_name_like(phrase) or lower in _determiners() or (len(words) == 1 and lower in frames().pronouns)
            or (words[0].endswith("s") and plausible_source(phrase)) or _bare_role_words(words))


def _amount_after_noun(words: list[str], index: int) -> bool:
    """A number at ``index`` right after a lower-case word that neither determines nor approximates it: "each boat
    40 pounds"; not "some 200 skippers", "more than 200 skippers", "Ward 7 councillor"."""
    previous = words[index - 1]
    return (words[index][:1].isdigit() and previous.isalpha() and previous.islower() and previous not in _determiners()
            and approximator(words[index - 1:index]) == 0 and approximator(words[max(0, index - 2):index]) != 2)


LOWER_POSSESSOR = regex.compile(r"\p{Ll}+(?:s['’]|['’]s)")  # "skippers'", "union's"


def _bare_role_words(words: list[str]) -> bool:
    """Up to three lower-case words ending in a title head, the others title words or bodies, the first perhaps
    a possessor: a headline's "says mayor", "says council leader", "says skippers' leader"; not "said yesterday
    the mayor"."""
    vocabulary, bodies = title_words(), load_words("organisations.txt", lower=True)
    # "skippers' leader": whose role it is, then the role
    role = words[1:] if len(words) > 1 and LOWER_POSSESSOR.fullmatch(words[0]) else words
    return len(words) <= 3 and all(word.isalpha() and word.islower() for word in role) \
        and vocabulary.is_head(role[-1]) and all(vocabulary.is_title_word(w) or w in bodies for w in role[:-1])


def _headline_compound_role(text: str, end: int, words: list[str], source_end: int) -> bool:
    """A headline's role of two or three lower-case words ending in a title head, the others plain nouns naming
    where or what ("says harbour master", "says ferry safety chief"), closing the headline with no stop; not a
    time or adverb before the head ("said yesterday master"), nor in a sentence closed by its stop."""
    f = frames()
    return (2 <= len(words) <= 3 and all(word.isalpha() and word.islower() for word in words)
            and title_words().is_head(words[-1])
            and not any(word in f.prepositions or word in _determiners() or word in f.pronouns
                        or _time_word(word) or word in load_words("adverbials.txt") or word in f.boundaries
                        for word in words[:-1])
            and (source_end >= end or last_char_before(text, source_end, end).isalnum()))


def _name_before_setting(words: list[str], source: str) -> int:
    """The length of ``source`` without a setting after a person's name, opened by a preposition other than "of"
    or "for" (which name a body or a side): "Ms Varga in the harbour" -> "Ms Varga", "Ana Varga at a meeting in
    Lyme" -> "Ana Varga"; "officials in the harbour office", a description, and "Ida Lenz of the Harbour Trust"
    stay whole."""
    prepositions = frames().prepositions - {"of", "for"}
    at = next((index for index, word in enumerate(words) if word in prepositions), None)
    if at is None or at < 2 or not all(NAME_WORD.fullmatch(word) and word[:1].isupper() for word in words[:at]) \
            or not is_name_like(" ".join(words[:at])):
        return len(source)
    return len(" ".join(words[:at]))


def _name_before_object(words: list[str], source: str) -> int:
    """The length of ``source`` without a noun phrase in lower case opened by an article or a possessive right after
    a person's name, as no comma sets off an appositive: the one asked or a time, "Ms Varga the board" -> "Ms
    Varga", "Tom Reyl the next day" -> "Tom Reyl"; "Tom Reyl the Younger" and "the chair of the board" stay whole."""
    openers = ARTICLES | load_words("possessive_determiners.txt", lower=True)
    at = next((index for index, word in enumerate(words) if word in openers), None)
    if at is None or at < 1 or at + 1 >= len(words) or not words[at + 1][:1].islower() \
            or not all(NAME_WORD.fullmatch(word) for word in words[:at]) or not is_name_like(" ".join(words[:at])):
        return len(source)
    return len(" ".join(words[:at]))


def _name_before_topic(words: list[str], source: str) -> int:
    """The length of ``source`` without an "of" phrase that names a topic, not a body, after a name:
    "Mr Reyl of the toll" -> "Mr Reyl"; "Ms Varga of the council", "Ian Cole of Lyme", "… of the ferry workers"
    stay whole."""
    if "of" not in words[1:-1] or not NAME_WORD.fullmatch(words[0]):
        return len(source)
    of = words.index("of")
    after = words[of + 1:]
    if after[0].lower() in _determiners():
        after = after[1:]
    bodies = load_words("organisations.txt", lower=True) | title_words().heads
    if not after or any(w[:1].isupper() for w in after) or after[-1].lower() in bodies or after[-1].endswith("s"):
        return len(source)
    return len(" ".join(words[:of]))


# words that no noun phrase in lower case before a coordinated cue holds: "The pier shut when …" is no subject
COORDINATION_STOPS = (r"(?:and|or|but|who|that|which|to|not|when|after|while|because|since|before|until|though"
                      r"|although|once|if|as)")
COORDINATED = regex.compile(r"""
    (?:(?<=[,;:]\s)|(?<=[,;:?!](?:[”"’]|'')\s)  # "“…,” he said …, and then predicted"
       |(?<=\s(?:[—―–]|--?)\s)  # "The vote went badly — he called her “timid” and said"
       |(?<=\b(?:when|after|while|because|since|before|until|though|although|once|as)\s)  # "when Ms Varga knocked …"
       |(?P<opening>\G))  # where the search starts, kept only at the sentence's start (coordinated_subject)
    (?P<subject>
        (?i:he|she|they|we|i|it)
      | (?:(?:The|A|An)\s+)?\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*\.?(?:\s+\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*){0,3}
      | (?:(?i:the|a|an)\s+)?(?P<role>(?:\p{Lu}\p{Ll}+\s+)?(?:(?!""" + COORDINATION_STOPS + r"""\s)\p{Ll}{2,}(?<!ed)\s+){1,2})
        \p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}\p{M}\-]|[.'’](?=\p{L}))*){0,2}  # "activist fund Pier Partners"
      | (?<=\b(?:when|after|while|because|since|before|until|though|although|once)\s)  # "when skippers blamed …"
        (?P<described>(?:(?i:the|some|many|most|local)\s+)?(?:(?!""" + COORDINATION_STOPS + r"""\s)\p{Ll}{2,}(?<!ed|ly)\s+){0,2}
        (?!""" + COORDINATION_STOPS + r"""\s)\p{Ll}{3,}(?<!ed|ly))
    )
    \s+(?P<between>(?!""" + COORDINATION_STOPS + r"""\s)\p{Ll}+\s+)?(?P<verb>\p{Ll}+(?:ed|s)|""" + alternation(
    load_lines("irregular_verbs.txt")) + r""")\b
""", regex.VERBOSE)  # "he thought for a moment and said": an irregular past too
PRONOUN_THEN_VERB = regex.compile(r"(?<=\s)(?P<subject>he|she|they|we|I)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed"
                                  r"(?=\s+(?:and|but)\s+(?:\p{Ll}+\s+)?\Z)")  # "she laughed and admitted"
COORDINATION_TAIL = regex.compile(r"\s(?:and|but|or)(?:\s+(?:then|later|also|again|finally|quickly|\p{Ll}+ly))?\s*\Z",
                                  regex.IGNORECASE)


def described_subject(words: str) -> bool:
    """A noun phrase in lower case for people, no verb or auxiliary in it, its head a role, a role's plural, an
    organisation's noun or a group's (`nouns_collective.txt`): "skippers", "police", "the harbour council"; not
    "it", "the vote", "business was"."""
    lowered = words.lower().split()
    vocabulary, head = title_words(), lowered[-1]
    return plausible_source(words) and (
        vocabulary.is_title_word(head) or vocabulary.is_plural_head(head) or head in load_words(
            "organisations.txt", lower=True) or head in load_words("nouns_collective.txt", lower=True)) and not any(
        word in frames().auxiliaries or word in frames().be_forms for word in lowered)


@functools.cache
def _counting_subjects() -> frozenset[str]:
    """Quantifiers that open a subject with their noun: quantifiers.txt and quantifier_subjects.txt ("some")."""
    return frames().quantifiers | load_words("quantifier_subjects.txt", lower=True)


def coordinated_subject(text: str, start: int, end: int) -> Span | None:
    """The subject of a coordinated cue: "he supported Hale and said" -> "he".

    >>> coordinated_subject("At noon he smiled and said", 0, 22).text
    'he'
    """
    if COORDINATION_TAIL.search(text, max(start, end - 24), end) is None and \
            text[max(start, end - 6):end].strip().lower() not in ("and", "but", "or"):
        return None  # "he smiled and said", "he spoke, and then predicted"
    match = None
    reach = end
    if (tail := COORDINATION_TAIL.search(text, max(start, end - 24), end)) is not None and \
            (aside := DASH_ASIDE_BEFORE.search(text, max(start, tail.start() - 240), tail.start())) is not None:
        reach = aside.start()  # "praised the plan - “a fine plan,” he said - and vowed": not the aside's own frame
    window = max(start, reach - 200)
    for found in COORDINATED.finditer(text, window, reach):
        # a sentence's opening counts only for a quantifier ("Many skippers believe … and have been pressing"), at
        # any offset of the text; a window cut short of the sentence's start opens nothing
        if found.group("opening") is None or (window == start
                                              and found.group("subject").lower() in _counting_subjects()):
            match = found
    if match is None:
        match = PRONOUN_THEN_VERB.search(text, max(start, end - 60), end)
    if match is None:
        return None
    if _measured_time_end(list(SUBJECT_WORD.finditer(text, match.start(), min(end, match.start() + 60))), 0) is not None:
        return None  # "A few minutes later the skippers turned back and said": a time, read by the sentence's subject
    groups = match.groupdict()
    if groups.get("described") is not None and (not described_subject(groups["described"])
                                                or groups["verb"].endswith("s")):
        return None  # "when it rained and said": no noun that can say; "after nine hours": a plural, no verb
    if groups.get("role") is not None and not any(
            title_words().is_title_word(word) or word in load_words("organisations.txt", lower=True)
            for word in match.group("role").lower().split()):
        return None  # "activist fund Pier Partners", "harbour master Ida Lenz"; not "both Republican Ana Varga"
    if match.group("subject").lower() in _counting_subjects():
        # "Many skippers believe …", "Two aides urged …", "Some skippers fear …": the quantifier's noun is in the
        # subject
        if match.group("between") is not None and match.group("between").rstrip().endswith("s"):
            return Span.of(text, match.start("subject"), match.start("between") + len(match.group("between").rstrip()))
        if match.group("verb").endswith("s"):
            return Span.of(text, match.start("subject"), match.end("verb"))
    if match.group("subject") in ("The", "A", "An"):
        if match.group("between") is None:
            return None
        # "The council denies the claim and says": the article's noun stood where an adverb may
        return Span.of(text, match.start("subject"), match.start("between") + len(match.group("between").rstrip()))
    return Span.of(text, *match.span("subject"))


# an apostrophe inside a word goes on with the phrase: "Shortly after the mayor’s call ended, …"
# "On July 6, 2015, ": a date's year set off by commas stays in the phrase; so does a show's or paper's title in
# double marks, with no comma in it: "Speaking to “Harbour Morning” on Monday, "
LEADING_PHRASE = regex.compile(r"(\p{L}+)\s(?:[^,;:“”\"‘’()]|(?<=\p{L})’(?=\p{L})|(?<=\d),\s*(?:19|20)\d\d(?=,)"
                               r"|(?<=\s)“[^“”,;:.!?]{1,40}”(?=\s)){1,80},\s+(?=\p{L})")
LEADING_WORD = regex.compile(r"(\p{L}+),\s+(?=\p{L})")
# "Sir, …", "Dear Editor – …": a letter's greeting opening the sentence, then a comma or a dash
SALUTATION = regex.compile(r"(?i:" + spaced(load_lines("salutations.txt")) + r")\s*(?:,|[—―–]|--?)\s+(?=\p{L})")


# "PIER CHAOS Skipper Tom Reyl said": a run-in headline's words in capitals, then a capitalised word in mixed case
RUN_IN_HEADLINE = regex.compile(r"\p{Lu}{4,}(?:[ \t\u00a0]+\p{Lu}{4,}){1,5}[ \t\u00a0]+(?=\p{Lu}\p{Ll})")


# "The Latest: Ms Varga …", "Update: …": a newsroom's tag of colon_label_stopwords.txt and its colon, no subject
NEWSROOM_TAG = regex.compile(r"(?i:" + spaced(load_lines("colon_label_stopwords.txt")) + r")[ \t\u00a0]*:[ \t\u00a0]+(?=\p{L})")

# "Image caption Ms Varga said": a scraped page's caption label glued before the caption's sentence, perhaps after
# a credit label and up to six words of its owner ("Image copyright Gazette Image caption Ms Varga said")
CAPTION_LABEL = regex.compile(r"(?:(?i:" + spaced(load_lines("credit_labels.txt")) + r")(?:[ \t\u00a0]+\S+){1,6}?[ \t\u00a0]+)?"
                              r"(?i:" + spaced(load_lines("caption_labels.txt")) + r")[ \t\u00a0]+(?=\p{Lu})")
CAPTION_LABEL_REACH = 100  # a credit line, its owner and a caption label
# "Image copyright Gazette Ms Varga said": a credit label with no caption label after it, then its owner's words
CREDIT_LABEL = regex.compile(r"(?i:" + spaced(load_lines("credit_labels.txt")) + r")[ \t\u00a0]+(?=\S)")
CREDIT_OWNER_WORD = regex.compile(r"(\S+)[ \t\u00a0]+(?=\p{Lu})")
MAX_CREDIT_OWNER_WORDS = 6


def _past_credit_owner(text: str, start: int, end: int) -> int | None:
    """Where the subject begins after a credit label glued with no caption label: at the first honorific past
    the credit's owner ("Image copyright Gazette Ms Varga said" -> "Ms Varga"); None with no honorific there,
    where nothing tells where the owner ends."""
    label = CREDIT_LABEL.match(text, start, min(end, start + CAPTION_LABEL_REACH))
    if label is None:
        return None
    position = label.end()
    for index in range(MAX_CREDIT_OWNER_WORDS + 1):
        word = CREDIT_OWNER_WORD.match(text, position, min(end, position + CAPTION_LABEL_REACH))
        if word is None:
            return None
        if index > 0 and honorific(word.group(1)) is not None:
            return word.start()
        position = word.end()
    return None


def _past_dateline_or_greeting(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin past a dateline ("LYME, Jan. 1 (HW) — In May, the mayor …", "PORT ADLEY —"),
    a letter's greeting ("Sir, Mr Reyl is wrong …", "Sir – …"), a run-in headline in capitals ("PIER CHAOS
    Skipper Tom Reyl said …"), a newsroom's tag ("The Latest: Ms Varga …"), a caption label ("Image caption Ms
    Varga …") or a credit label and its owner before an honorific ("Image copyright Gazette Ms Varga …") opening
    it, with words after it; else
    ``start``."""
    if (dateline := DATELINE.match(text, start, min(end, start + 60))) is not None and dateline.end() < end:
        return dateline.end()
    if (headline := RUN_IN_HEADLINE.match(text, start, min(end, start + 60))) is not None:
        return headline.end()
    if (salutation := SALUTATION.match(text, start, min(end, start + 30))) is not None and salutation.end() < end:
        return salutation.end()
    if (tag := NEWSROOM_TAG.match(text, start, min(end, start + 30))) is not None and tag.end() < end:
        return tag.end()
    if (label := CAPTION_LABEL.match(text, start, min(end, start + CAPTION_LABEL_REACH))) is not None \
            and label.end() < end:
        return label.end()
    if (owned := _past_credit_owner(text, start, end)) is not None:
        return owned
    return start
DATELINE = regex.compile(r"""
    (?:\p{Lu}{2,}[\p{Lu}\s.,'’\-]*                 # "PORT ADLEY", "ST. PAUL, MINN."
       (?:,?\s*\p{Lu}\p{Ll}{1,8}\.?(?:\s+\d{1,2})?){0,2}  # ", Calif., Jan. 1", ", Aug 31"
       \s*(?:\([^()]{1,20}\))?
     | (?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+\s*\(\p{Lu}{2,8}\))  # "Port Lyme (HW)": a place and its agency
    (?:\s*(?:[—―–]|--?)\s*(?=\p{L})                # "(HW) —"
     | (?<=\(\p{Lu}{2,8}\))\s+(?=\p{Lu}))             # "LYME, May 2 (HW) The …": a wire's agency, no dash
""", regex.VERBOSE)



# a plural's possessive apostrophe stays on its word: "The skippers' union"
SUBJECT_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-]|[.'’](?=\p{L}))*(?:\.|(?<=s)['’](?=\s+\p{L}))?"
                             r"|[^\s\p{L}\p{N}]")
CONTRACTED_PRONOUN = regex.compile(r"(?i)(he|she|it|they|we|you|i)['’](?:s|re|ll|d|ve|m)")
POSSESSIVE_WORD = regex.compile(r"\p{L}+(?:['’]s|s['’])")  # "council's", "skippers'"
AND_JOINT = regex.compile(r"\s+and\s+(?=\p{L})")  # "Lyme and (Dorn issued)"
VERB_FORM = regex.compile(r"\p{Ll}{2,}(?:ed|(?<!s)s)")  # a verb in "-ed" or "-s"; not "witness", "boss"
# determiners never followed by a verb: "the skippers", "their aides"
NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "its", "their", "our", "my", "your", "these", "those"})
# "… but at a later hearing (told)", "… and in a letter to the council (wrote)": a bare "and" or "but", then a
# phrase of where or when (a preposition of `phrase_chain_prepositions.txt`, a determiner and up to four words)
# right before the subject's next verb; not "in the place he proposed", a clause of its own, nor "at the harbour
# the skippers", a new subject
OCCASION_PREPOSITION = r"(?:" + alternation(load_lines("phrase_chain_prepositions.txt")) + r")\s+"
OCCASION_DETERMINER = r"(?:" + alternation(sorted(NOUN_DETERMINERS | {"her", "this", "that"})) + r")\s+"
JOINT_THEN_OCCASION = EndAnchored.of(r"\s(?:and|but)\s+(?P<occasion>" + OCCASION_PREPOSITION + OCCASION_DETERMINER
                                     # a determiner only after a preposition: "in a letter to the council", not "at
                                     # the harbour the skippers", whose second determiner opens a subject
                                     + r"(?:(?:" + OCCASION_PREPOSITION + r"(?:" + OCCASION_DETERMINER + r")?)?"
                                     + r"(?!" + OCCASION_DETERMINER + r"|(?:he|she|it|they|we|I|who|which|that)\s)"
                                     + r"[\p{L}\p{N}'’\-]+\s+){1,4})\Z")


def occasion_before(text: str, start: int, end: int) -> regex.Match | None:
    """JOINT_THEN_OCCASION right before ``end``, unless its last word is a bare plural after a noun, which opens a
    new subject: "… and in the harbour skippers (said)"; "… and at the meetings (said)" is a phrase still."""
    if text.find("and", start, end) < 0 and text.find("but", start, end) < 0:
        return None  # no joint in the window, told by two string searches before the pattern's
    found = JOINT_THEN_OCCASION.search(text, start, end)
    if found is None:
        return None
    words = found.group("occasion").split()
    last, previous = words[-1], words[-2].lower()
    if (last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))
            and previous not in NOUN_DETERMINERS | {"her", "this", "that"}
            and previous not in load_words("phrase_chain_prepositions.txt", lower=True)):
        return None
    return found


# "There, the harbour master …", "Voters there say": a place, not the subject or part of it
PLACE_ADVERBS = frozenset({"there", "here"})
# "Back in May, she …": an adverb of time that leads a preposition's phrase
TIME_ADVERBS = frozenset({"back"})


def _leading_phrase(words: list[str]) -> bool:
    """Words before the first comma that open a sentence ahead of its subject: "In a radio interview",
    "Declaring victory", "Hours later", "And since Monday", "Thus far", "More broadly", "Also on Monday"."""
    f = frames()
    lower = [w.lower() for w in words]
    while len(lower) > 1 and lower[0] in f.subject_openers:
        lower = lower[1:]  # "And since Monday"
    rest = words[len(words) - len(lower):]
    if len(rest) > 1 and lower[0] == "that":
        rest = rest[1:]  # "But that morning": a time named by a demonstrative
    lead, last = lower[0], lower[-1]
    return (lead in f.leading_phrase_openers or lead in f.prepositions or lead in f.subordinators
            or (lead in PLACE_ADVERBS | TIME_ADVERBS and len(lower) > 1 and lower[1] in f.prepositions)  # "Here in Lyme,"
            or lead.endswith("ing") and not _ing_name_then_verb(words[len(words) - len(lower):])
            or last in f.sentence_adverbs and not any(_finite(word) for word in lower[1:-1])  # not "… was safe now,"
            # "Shortly after the vote", "Reached by phone"
            or (lead.endswith(("ly", "ed")) and len(lower) > 1 and lower[1] in f.prepositions)
            or lead in f.sentence_adverbs or (len(lower) == 2 and words[-1].islower() and last.endswith("ly"))  # "Thus far", "More broadly"
            or _adverbs_and_times(rest)  # "Also Monday", "This week", "But that morning"
            or _measured_time(lower)  # "Long after the ferry left", "Two days after the vote"
            or _repeated_phrase(lower))  # "One after another", "Year after year", "Time and again"


# "Having had", "Being told": an auxiliary's own "-ing" opening a participle clause
PERFECT_AUXILIARIES = load_words("perfect_auxiliaries.txt", lower=True)


def _ing_name_then_verb(words: list[str]) -> bool:
    """"Ebbing spoke", "Ebbing has said": a capitalised word in "-ing", then an auxiliary or a past or finite verb
    form, is a name and its verb, no participle opening the sentence ("Using plain words", "Having had enough")."""
    f = frames()
    lead = words[0].lower() if len(words) > 1 and words[0][:1].isupper() else None
    if lead is None or lead in f.verbal_auxiliaries or lead in PERFECT_AUXILIARIES:
        return False
    verb = words[1].lower()
    return verb in f.verbal_auxiliaries or looks_past(verb) or verb in cue_lexicon().finite_forms


DISTRIBUTIVE_LINKS = frozenset({"after", "by", "upon", "to"})  # "year after year", "one by one", "face to face"


def _repeated_phrase(lower: list[str]) -> bool:
    """A word, a link and the same word again, an adverbial of how or how often: "one by one", "year after year",
    "one after another", "time and again"; not "One voter after the vote", a subject."""
    if len(lower) != 3:
        return False
    first, link, last = lower
    return (link in DISTRIBUTIVE_LINKS and (last == first or (first == "one" and last == "another"))) or (
        link == "and" and last == "again")


ADVERB_NEXT = regex.compile(r"\p{Ll}+ly\b")


def _not_fronted_again(text: str, end: int, words: list[str]) -> bool:
    """A phrase after a first fronted phrase that is no second one: a counted subject ("about 200 skippers met"),
    examples of the noun before it ("like the ferry crews", object_continuations.txt), or an aside inside a
    clause whose verb follows ("where skippers, in particular, strongly oppose the toll")."""
    phrase = " ".join(words).lower()
    return (bool(approximator(words)) or ADVERB_NEXT.match(text, end, near(end, len(text))) is not None
            or any(phrase.startswith(word + " ") for word in load_words("object_continuations.txt", lower=True)))


def _measured_time(lower: list[str]) -> bool:
    """"Long after the ferry left", "Two days after the vote", "Just before dawn", "The day before": words of
    time_measures.txt or numbers, then a preposition that opens a time clause."""
    f = frames()
    measures = load_words("time_measures.txt", lower=True)
    for index, word in enumerate(lower[1:4], 1):
        if word in f.prepositions and word in f.subordinators:
            return all(w in measures or w in f.quantifiers or w.isdigit() for w in lower[:index])
    return False


def _title_continues(previous: str, word: str, plural: bool) -> bool:
    """A lower-case title word after a capitalised one goes on with the subject: "Republican presidential
    candidate", and so does a plural noun after a title modifier: "Democratic voters"."""
    titles = title_words()
    if not titles.is_title_word(previous):
        return False
    return titles.is_title_word(word) or (plural and previous.lower() in titles.mods)


def _place_before_title(previous: str, word: str) -> bool:
    """A capitalised word before a lower-case title opens the subject with it: "Lyme delegate Ann Reyl",
    "Lyme senator Ida Lenz"; not a pronoun or a word that ends a subject ("Today mayor …" is no title)."""
    titles, lower = title_words(), word.lower()
    return (previous[:1].isupper() and previous.isalpha() and previous.lower() not in frames().boundaries
            and previous.lower() not in frames().pronouns and lower not in titles.past
            and (titles.is_title_word(word) or titles.is_plural_head(word)))


REGION_CHUNK = regex.compile(r"([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?),\s+(?=\p{L})")


def _past_region(text: str, start: int, end: int) -> int:
    """After a fronted phrase that ends in a town, its region set off by commas, and a second fronted phrase:
    "In a speech in Ames, Iowa, on Sunday, the mayor …" reads from "the mayor"."""
    region = REGION_CHUNK.match(text, start, near(start, end))
    if region is None or region.end() >= end or region.group(1) not in load_words("region_names.txt"):
        return start
    start = region.end()
    opening = LEADING_PHRASE.match(text, start, min(end, start + 100))
    if opening is not None and opening.end() < end and _leading_phrase(opening.group().rstrip(", ").split()):
        start = opening.end()  # ", on Sunday, "
    return start


# where a second clause with its own subject opens: "…; Ms Varga", "…, but Ms Varga", "…, and the skippers"
CLAUSE_BREAK = regex.compile(r"[;:]\s+|,\s+(?:and|but|yet)\s+")
# "and" with no comma before it, between two words: it may join two clauses ("… the pier and Ms Varga closed …")
BARE_AND = regex.compile(r"(?<=[\p{L}\p{N}])\s+and\s+(?=[\p{L}])")
THAT_WORD = regex.compile(r"\bthat\b", regex.IGNORECASE)
# a cleft opening: "It was at the pier that Ms Varga …"
CLEFT_OPENING = regex.compile(r"[Ii]t(?:\s+(?:was|is)|[’']s)\s[^,;:“”\"()]{1,60}?\sthat\s+")


@functools.cache
def _participle_clause_opener() -> regex.Pattern:
    """"when", "as", "where", "in which" opening a clause ("as well as" joins nouns)."""
    openers = alternation(sorted(load_words("participle_clause_openers.txt", lower=True))).replace("\\ ", r"\s+")
    return regex.compile(r"(?<![\p{L}])(?<!\bwell\s+)(?:" + openers + r")(?!\s+well\s)\s+", regex.IGNORECASE)


LAST_CLAUSE_SPAN = 200  # characters before a cue searched for the clause it belongs to: keeps the pass linear


def clause_subject(text: str, start: int, end: int) -> Span | None:
    """The subject of the clause just before ``end``: after a semicolon, a colon, ", but", ", and", ", yet", a cleft's
    "that" or a clause opener of ``participle_clause_openers.txt`` with no comma before ``end``, when a subject
    and its verb follow there; or, past an appositive set off by commas, the subject :func:`broken_clause_subject`
    finds (", while its critic, Ana Varga, has won …"); otherwise the subject that opens the sentence.

    >>> clause_subject("It was a cold day, but Mr Reyl walked to the pier, ", 0, 51).text
    'Mr Reyl'
    >>> clause_subject("Ms Varga met the skippers, and the harbour master of the town, ", 0, 63).text
    'Ms Varga'
    """
    clause_start = start
    for found in CLAUSE_BREAK.finditer(text, max(start, end - LAST_CLAUSE_SPAN), end):
        clause_start = found.end()
    clause_start = _joined_clause_start(text, start, clause_start, end)
    clause_start = _opened_clause_start(_participle_clause_opener(), text, start, clause_start, end)
    if clause_start == start and (cleft := CLEFT_OPENING.match(text, start, near(start, end))) is not None:
        clause_start = cleft.end()
    if (subject := _opened_clause_subject(text, start, clause_start, end)) is not None:
        return subject
    if (broken := broken_clause_subject(text, start, end)) is not None:
        return broken  # "…, while her rival, Tom Reyl, has gained ground by saying …": the second clause's
    subject = sentence_subject(text, start, end)
    if subject is not None and _unspeaking(subject.text):
        # "Shares fell after the firm cut its forecast, citing …": shares cite nothing, the firm in the clause does
        cause_start = _opened_clause_start(_cause_clause_opener(), text, start, start, end)
        return _opened_clause_subject(text, start, cause_start, end) or subject
    return subject


SECOND_CLAUSE_BREAK = regex.compile(r";\s+|,\s+(?:and|but|yet|while|whereas)\s+")
SET_OFF_APPOSITIVE = regex.compile(r",\s+[^,;:“”\"()]{1,80}?,\s")  # ", the harbour master, "


def broken_clause_subject(text: str, start: int, end: int) -> Span | None:
    """The subject of a second clause opened by a semicolon, ", and", ", but", ", yet", ", while" or ", whereas"
    before ``end``, when a verb follows it, perhaps past an appositive: in "Skippers called for a boycott, and the
    council denounced the plan and (said)" the council is the one that said."""
    clause_start = start
    for found in SECOND_CLAUSE_BREAK.finditer(text, max(start, end - LAST_CLAUSE_SPAN), end):
        clause_start = found.end()
    if (subject := _opened_clause_subject(text, start, clause_start, end)) is not None or clause_start == start:
        return subject
    # ", while Ana Varga, the harbour master, proposed …": the verb after the subject's appositive
    subject = sentence_subject(text, clause_start, end)
    appositive = SET_OFF_APPOSITIVE.match(text, subject.end, near(subject.end, end)) if subject is not None else None
    return subject if appositive is not None and _verb_follows(text, appositive.end() - 1, end) else None


def _joined_clause_start(text: str, start: int, clause_start: int, end: int) -> int:
    """Where a second clause joined by a bare "and" starts, when the first clause's subject ends before the "and"
    and a subject and its verb follow it: in "Skippers blocked the pier and Ms Varga closed the ferry, " the
    second clause opens at "Ms Varga"; otherwise ``clause_start``."""
    joint = None
    for joint in BARE_AND.finditer(text, max(clause_start, end - LAST_CLAUSE_SPAN), end):
        pass
    if joint is None:
        return clause_start
    first = sentence_subject(text, clause_start, end)
    if first is None or first.end > joint.start() or THAT_WORD.search(text, first.end, joint.start()):
        # "Skippers and Ms Varga closed the pier, ": "and" joins one subject; "said that the board and its
        # allies were …": two subjects in what was said
        return clause_start
    second = _opened_clause_subject(text, start, joint.end(), end)
    if second is None or not _opens_subject(second.text.split()[0]):
        return clause_start  # "… donors and win a few endorsements": a verb, not a subject
    return joint.end()


def _opens_subject(word: str) -> bool:
    """A capitalised word, a determiner or a subject pronoun: the first word of a clause's subject."""
    return word[:1].isupper() or word.lower() in _determiners() or word.lower() in SUBJECT_PRONOUNS


def _opened_clause_start(openers: regex.Pattern, text: str, start: int, clause_start: int, end: int) -> int:
    """Where the last clause opened by one of ``openers`` starts, when it runs to a comma right before ``end``;
    otherwise ``clause_start``."""
    opener = None
    for opener in openers.finditer(text, max(clause_start, end - LAST_CLAUSE_SPAN), end):
        pass
    before = text[opener.end():end].rstrip() if opener is not None else ""
    if (before.endswith(",") and "," not in before[:-1] and " and " not in before
            and not _after_preposition(text, start, opener.start())):
        # "…, when skippers drowned out her remarks, shouting"; not "when the mill closed and bought a boat, hoping"
        # (the main verb goes on) nor "vague on where the council goes next, offering" (a question, not a clause)
        return opener.end()
    return clause_start


def _opened_clause_subject(text: str, start: int, clause_start: int, end: int) -> Span | None:
    """The subject opening the clause at ``clause_start``, when a verb follows it."""
    if clause_start > start and (subject := sentence_subject(text, clause_start, end)) is not None \
            and not _finite(subject.text.split()[0].lower()) and subject.text.split()[-1] not in ("and", "or") \
            and _verb_follows(text, subject.end, end):
        return subject  # not "…, and has also said" (a verb with no subject), "as liars and cheats, …" (nouns)
    return None


@functools.cache
def _cause_clause_opener() -> regex.Pattern:
    """"after", "because", "since" opening a clause, read only after a subject that cannot speak."""
    openers = alternation(sorted(load_words("cause_clause_openers.txt", lower=True))).replace("\\ ", r"\s+")
    return regex.compile(r"(?<![\p{L}])(?:" + openers + r")\s+", regex.IGNORECASE)


def cause_clause_subject(text: str, start: int, subject: Span, end: int) -> Span | None:
    """The subject of the last "after" clause (`cause_clause_openers.txt`) between ``subject`` and ``end``, when
    ``subject`` cannot speak and no comma comes after the opener: in "Shares fell after the firm cut its forecast
    and warned …" the firm warns, not the shares."""
    if not _unspeaking(subject.text):
        return None
    opener = None
    for opener in _cause_clause_opener().finditer(text, subject.end, end):
        pass
    if opener is None or "," in text[opener.end():end]:
        return None
    return _opened_clause_subject(text, start, opener.end(), end)


def _unspeaking(subject: str) -> bool:
    """"Shares in Pier Lines", "Ferry ticket sales": a subject headed by a market word of ``market_nouns.txt``."""
    words = subject.lower().split()
    head = next((i for i, word in enumerate(words) if word in frames().head_prepositions), len(words))
    return head > 0 and words[head - 1] in load_words("market_nouns.txt", lower=True)


def _after_preposition(text: str, start: int, end: int) -> bool:
    found = frames().word_before.search(text, max(start, end - 40), end)
    return found is not None and found.group(1).lower() in frames().prepositions


NEXT_WORDS = regex.compile(r"\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?")


def _verb_follows(text: str, start: int, end: int) -> bool:
    """A verb right after a subject, past one adverb in "-ly" or "also": "Mr Reyl walked", "Ms Varga also was"."""
    words = NEXT_WORDS.match(text, start, near(start, end))
    if words is None:
        return False
    word = words.group(1)
    if (word.endswith("ly") or word == "also") and words.group(2):
        word = words.group(2)
    return word not in frames().head_prepositions and (_finite(word) or VERB_FORM.fullmatch(word) is not None)


def _finite(word: str) -> bool:
    """An auxiliary or a listed finite verb form ("has", "says", "went"), lower-cased."""
    f = frames()
    return word in f.auxiliaries or word in cue_lexicon().finite_forms or word in f.irregular_verbs


TIME_OPENERS = frozenset({"last", "this", "next", "early", "late"})
MEASURED_TIME_ENDS = frozenset({"later", "earlier", "ago"})  # "A few minutes later", "Two days earlier"


def _measured_time_end(words: list[regex.Match], first: int) -> int | None:
    """Where a span of time measured before "later", "earlier" or "ago" that opens at ``first`` ends: "A few
    minutes later", "Two days earlier", "Moments later" (`time_counts.txt`, `time_units.txt`); None without one."""
    lowered = [word.group().lower() for word in words[first:first + 5]]
    end = next((index for index, word in enumerate(lowered) if word in MEASURED_TIME_ENDS), None)
    if end is None or end == 0 or lowered[end - 1] not in load_words("time_units.txt", lower=True):
        return None
    count = " ".join(lowered[:end - 1])
    return first + end + 1 if not count or count in load_words("time_counts.txt", lower=True) or count.isdigit() else None


def _past_time_opening(words: list[regex.Match], first: int) -> int:
    """A time adverbial with no comma before a name, a determiner or a pronoun: "On Sunday morning Mr Reyl …",
    "Last June Ms Varga …", "On Monday the skippers …", "By Sunday afternoon she …", "A few minutes later they …"."""
    if first < len(words) and (measured := _measured_time_end(words, first)) is not None and measured < len(words):
        following = words[measured].group()
        return measured if following[:1].isupper() or following in _determiners() or following in SUBJECT_PRONOUNS \
            else first
    if first >= len(words) or not (words[first].group().lower() in load_words("source_fronted_prepositions.txt", lower=True)
                                   or words[first].group().lower() in TIME_OPENERS):
        return first
    position = first + 1
    while position < len(words) and position < first + 4 and _time_word(words[position].group()):
        position += 1
    if position == first + 1 or position >= len(words):
        return first
    following = words[position].group()
    return position if following[:1].isupper() or following in _determiners() or following in SUBJECT_PRONOUNS else first


def past_time_opening(text: str, start: int, end: int) -> int:
    """Where a phrase from ``start`` to ``end`` begins past a time that opens it with no comma, before a capitalised
    word, a determiner or a pronoun ("On Monday Harbour Freight Ltd", "Last June the mayor"); ``start`` when none
    does."""
    words = list(SUBJECT_WORD.finditer(text, start, end))
    first = _past_time_opening(words, 0)
    return words[first].start() if first else start


def sentence_subject(text: str, start: int, end: int) -> Span | None:
    """The subject that opens a sentence, up to its first verb.

    >>> sentence_subject("The Republican candidate appeared to agree", 0, 42).text
    'The Republican candidate'
    """
    f = frames()
    start = _past_dateline_or_greeting(text, start, end)  # "PORT ADLEY — The senator …", "Sir – Mr Reyl is …"
    opening = LEADING_PHRASE.match(text, start, min(end, start + 100))
    if opening is not None and opening.end() < end and _leading_phrase(opening.group().rstrip(", ").split()):
        start = _past_region(text, opening.end(), end)  # "In a radio interview later that day, the mayor …", "Declaring victory, she …"
        if (word := LEADING_WORD.match(text, start, min(end, start + 40))) is not None and word.end() < end \
                and word.group(1).lower() in f.sentence_adverbs:
            start = word.end()  # "In May, however, the skippers …": a sentence adverb after the phrase
        second = LEADING_PHRASE.match(text, start, min(end, start + 100))
        if second is not None and second.end() < end and _leading_phrase(words := second.group().rstrip(", ").split()) \
                and not _not_fronted_again(text, second.end(), words) \
                and (subject := _subject_from(text, _past_region(text, second.end(), end), end)) is not None:
            return subject  # a second fronted phrase: "In June, after the vote on the toll, Mr Reyl …"
    elif (word := LEADING_WORD.match(text, start, min(end, start + 40))) is not None and word.end() < end and (
            word.group(1).lower() in f.sentence_adverbs or word.group(1).lower().endswith("ly")
            or word.group(1) in f.weekdays or word.group(1).lower() in PLACE_ADVERBS):
        start = word.end()  # "However, the senator …", "Separately, …", "Tuesday, the mayor …"
    return _subject_from(text, start, end)


def fronted_phrase_end(text: str, start: int, end: int) -> int:
    """Where a phrase of two words or more set off by a comma at the opening of a sentence ends, before ``end``:
    "In April, ", "At the quay, "; ``start`` when none does (a lone "However, " is often followed by a gerund that
    is the subject: "However, simply complaining is not enough").

    >>> fronted_phrase_end("In April, explaining his plan, Mr Reyl left.", 0, 45)
    10
    """
    opening = LEADING_PHRASE.match(text, start, min(end, start + 100))
    words = opening.group().rstrip(", ").split() if opening is not None else []
    adverbs = frames().sentence_adverbs  # "For now, ": an adverb that may also stand among a cue's auxiliaries
    if words and _leading_phrase(words) and not any(
            word.endswith("ed") or (_finite(word) and word not in adverbs)
            for word in words[1:]):  # not "Outside groups backed the plan, "
        return opening.end()
    return start


def _plain_past(word: str) -> bool:
    """A past verb form that can follow a plural noun and no -s form: "rose", "fell", "gathered"."""
    lower = word.lower()
    return not lower.endswith("s") and looks_past(lower)


def _plural_verb(word: str) -> bool:
    """A verb that can follow a plural noun: a past form ("rose"), an auxiliary or a cue's finite form with no -s
    ("have", "were", "say")."""
    lower = word.lower()
    return _plain_past(word) or not lower.endswith("s") and (lower in frames().verbal_auxiliaries
                                                             or lower in cue_lexicon().finite_forms)


def _plural_before_past(words: list[regex.Match], position: int) -> int | None:
    """Where a plural or group noun (`nouns_collective.txt`), at ``position`` or after one lower-case noun there,
    comes right before a past verb, or an auxiliary or cue form with no -s: "Harbour skippers gathered", "Harbour
    safety experts have", "Port Ellis ferry staff said"."""
    f, finite = frames(), cue_lexicon().finite_forms
    for index in (position, position + 1):
        if index + 1 >= len(words):
            return None
        word = words[index].group()
        lower = word.lower()
        if not word[0].islower() or lower in f.auxiliaries or lower in finite or lower in f.irregular_verbs:
            return None
        following = words[index + 1].group()
        if word.endswith("s") and _plain_past(following):
            return index
        # "Ms Varga lets skippers have …": a word in -s before the noun is the name's verb, not a noun's modifier
        modifier_in_s = index > position and words[position].group().endswith("s")
        if ((word.endswith("s") or lower in f.collective_nouns) and following.islower() and _plural_verb(following)
                and not modifier_in_s and lower not in NOUN_DETERMINERS and lower not in f.pronouns):
            return index
    return None


def _capitalised_modifiers(words: list[regex.Match]) -> bool:
    """"Port Ellis": a run of capitalised words that may modify a noun after them; none a word that ends a subject
    or opens a phrase ("Today", "In")."""
    f = frames()
    return all(word.group()[:1].isupper() and word.group().isalpha() and word.group().lower() not in f.boundaries
               and word.group().lower() not in f.prepositions and word.group().lower() not in f.pronouns
               and word.group().lower() not in TIME_WORDS for word in words)


def _title_after_modifiers(words: list[regex.Match], position: int) -> int | None:
    """Where a title word, or a body's noun of `organisations.txt` or a firm's trade of `firm_trade_nouns.txt`, ends
    that follows up to two lower-case nouns at ``position`` and comes right before a capitalised word: "(Harbour)
    safety expert Tom Reyl", "(Port Ellis) harbour master Tom Reyl", "(Power) company Wessex Grid", "(Ferry) firm
    Bay Lines", "(Ferry) operator Bay Lines"."""
    f, titles, bodies = frames(), title_words(), FIRM_KINDS
    for index in range(position, min(len(words) - 1, position + 3)):
        word = words[index].group()
        lower = word.lower()
        if (not word.isalpha() or not word.islower() or lower in f.auxiliaries or lower in cue_lexicon().finite_forms
                or lower in f.irregular_verbs or lower in f.prepositions or lower in f.boundaries):
            return None
        if (titles.is_title_word(word) or lower in bodies) and words[index + 1].group()[:1].isupper():
            return index
        if lower.endswith(PERSON_NOUN_ENDINGS) and is_given_name(words[index + 1].group()):
            return index  # "(Toll) opponent Tom Reyl", "(Ferry) passenger Ida Lenz": a noun for a person, then a name
    return None


def _base_cue(word: str) -> bool:
    """A cue word's base form that is seldom a noun ("say", "warn"; not "campaign": "The Osman campaign"), the
    verb of a plural noun before it."""
    entry = cue_lexicon().lookup(word)
    return entry is not None and entry[0] == word and word not in frames().noun_ambiguous


PERSON_NOUN_ENDINGS = load_lines("person_noun_endings.txt")  # "opponent", "passenger", "resident", "herself"


def _subject_from(text: str, start: int, end: int) -> Span | None:
    """The subject that begins at ``start`` (past "And", a time with no comma), up to its first verb."""
    f = frames()
    words = list(SUBJECT_WORD.finditer(text, start, min(end, start + 160)))
    first = 0
    while first < len(words) and first < 2 and words[first].group().lower() in f.subject_openers:
        first += 1  # "And from Lena Ruiz: “…”"
    if first + 1 < len(words) and words[first].group().lower() in SOURCE_SUBORDINATORS \
            and words[first + 1].group()[:1].isupper():
        first += 1  # "When Mr Reyl answered … by asserting that …": the clause's subject is "Mr Reyl"
    first = _past_time_opening(words, first)
    if first < len(words) and (contracted := CONTRACTED_PRONOUN.fullmatch(words[first].group())) is not None:
        return Span.of(text, words[first].start(), words[first].start() + contracted.end(1))  # "he’s spoken": "he"
    last = None
    determined = first < len(words) and words[first].group().lower() in _determiners()
    finite = cue_lexicon().finite_forms
    continued = False
    head_from = first  # the determiner, or a possessive after it, that the head noun's words follow
    titled_until = -1  # "Harbour safety expert (Tom Reyl)": the lower-case words of a title before its name
    for position in range(first, min(len(words), first + 8)):
        word = words[position].group()
        if not word[0].isalnum():
            break
        if position <= titled_until:
            last = position
            continue
        if (position > first and word[0].islower() and not determined
                and _capitalised_modifiers(words[first:position])
                and (title_end := _title_after_modifiers(words, position)) is not None):
            titled_until, last = title_end, position
            continue
        bare = word.rstrip(".")  # "the council met.": the sentence's full stop is no part of its verb
        lower = bare.lower()
        previous = words[position - 1].group() if position > first else ""
        verb_like = (lower in f.auxiliaries or lower in finite or VERB_FORM.fullmatch(bare) or lower in f.head_prepositions
                     or lower in f.irregular_verbs)
        possessive = previous.endswith(("'s", "’s", "s'", "s’"))
        if previous[:1].isdigit() and VERB_FORM.fullmatch(word) and word.endswith("s"):
            verb_like = False  # "About 200 protesters": a plural noun after a number
        if position > first and word.islower() and PLURAL_HEAD.fullmatch(previous) \
                and (lower in load_words("plural_subject_verbs.txt", lower=True) or _base_cue(lower)):
            verb_like = True  # "The two skippers differ on …", "The skippers remain united": a plural's base-form verb
        if verb_like and PLURAL_HEAD.fullmatch(word) and position > first and position + 1 < len(words) \
                and lower not in f.auxiliaries and lower not in finite \
                and words[position + 1].group().lower() in f.auxiliaries:
            verb_like = False  # "The harbour skippers are united": a plural noun right before its auxiliary
        if position == first + 1 and (previous.lower() in NOUN_DETERMINERS or previous.lower() == "her"
                                      or previous.lower() in f.quantifiers and lower not in f.head_prepositions):
            verb_like = False  # "the skippers left", "her allies issued", "Many officials believe": a noun right
            # after its determiner or quantifier (a subject's first "her" is no object)
        if position == first + 1 and word.islower() and PLURAL_HEAD.fullmatch(word) and lower not in POSSESSIVES \
                and previous.lower() in _counting_subjects():
            verb_like = False  # "Some skippers, fearing …", "Most traders argue": a plural in "-s" after a quantifier
            # is its noun, never the verb of the quantifier alone, which would take no "-s"
        if position == first + 1 and word.islower() and previous.lower() in _counting_subjects() and (
                _base_cue(lower) or (cue_lexicon().lookup(lower) or ("",))[0] == lower and position + 1 < len(words)
                and _opens_object(words[position + 1].group())):
            verb_like = True  # "Some say …", "Many fear the …": a quantifier alone is the subject of a cue's plain form
        if (position == first + 2 and words[first].group().lower() in NOUN_DETERMINERS
                and previous.lower() in f.quantifiers and lower not in f.head_prepositions):
            verb_like = False  # "The two skippers are", "their many allies say": a noun after a counted determiner
        if position > first and word[0].islower() and (previous[:1].isupper() or continued):
            continued = _title_continues(previous, word, plural=lower not in finite and lower not in f.auxiliaries
                                         and lower not in f.irregular_verbs and word.endswith("s")) or (
                position == first + 1 and not determined and _place_before_title(previous, word))
            if continued:
                last = position  # "Republican presidential candidate Ms Varga", "Democratic voters are"
                continue
            if previous[:1].islower():
                break  # "Public colleges make up": only title words go on past "Public colleges"
        continued = False
        if (position > first and previous[:1].isupper() and previous.lower() not in f.boundaries
                and (position == first + 1 or _capitalised_modifiers(words[first:position]))
                and (plural := _plural_before_past(words, position))):
            last = plural  # "Fuel prices rose", "Harbour skippers gathered", "Ferry ticket sales dropped": a plural
            break  # noun (after at most one other) before a past verb ends the subject
        counted = position == first + 1 and previous.lower() in f.quantifiers  # "Four people were": a noun counted
        if position > first and word[0].islower() and (verb_like or (
                not determined and previous[:1].isupper() and not possessive and not counted)):
            break  # "Ms Varga went", "The harbour master wrapped up": the verb ends the subject
        if position > head_from + 1 and _adverb_before_verb(words, position):
            break  # "the skippers strongly oppose", "the council swiftly rejected": an adverb before the verb
        last = position
        if determined and position > head_from + 2 and word[0].islower():
            break  # three words past the determiner are enough for a head noun
        if determined and position > first and POSSESSIVE_WORD.fullmatch(word):
            head_from = position  # "The council's harbour policy chief": the possessive determines the head
    if last is None:
        return None
    subject = Span.of(text, words[first].start(), words[last].end())
    return subject if plausible_source(subject.text) else None


def _opens_object(word: str) -> bool:
    """A word that opens a verb's object or clause: a determiner, a person's pronoun, "that" or a capitalised word
    ("Many fear the …", "Most support Ms Varga"); not "Some support was lost"."""
    return (word.lower() in NOUN_DETERMINERS or word.lower() in frames().pronouns or word.lower() == "that"
            or word[:1].isupper())


NOUNS_IN_LY = load_words("nouns_in_ly.txt", lower=True)  # "the family", "an ally": no adverbs
DEGREE_WORDS = load_words("stance_degree_words.txt", lower=True)  # "the most widely used": the adverb's own degree


PLURAL_HEAD = regex.compile(r"\p{L}*\p{Ll}(?<![su]s|is)s")  # "skippers", "Democrats"; not "boss", "bonus", "analysis"


def _adverb_before_verb(words: list[regex.Match], position: int) -> bool:
    """The word at ``position`` is an adverb in "-ly" between a noun and a verb: "the skippers strongly oppose",
    "the council swiftly rejected"; not "the family said", "The most widely used app"."""
    word, previous = words[position].group(), words[position - 1].group().lower()
    if (not word.islower() or not word.endswith("ly") or word in NOUNS_IN_LY or position + 1 >= len(words)
            or not previous.isalpha() or (previous.endswith("ly") and previous not in NOUNS_IN_LY)
            or previous in DEGREE_WORDS
            or previous in frames().quantifiers):
        return False
    following = words[position + 1].group()
    lower = following.lower()
    f = frames()
    return following.islower() and (lower in f.auxiliaries or lower in cue_lexicon().forms
                                    or lower in f.irregular_verbs or VERB_FORM.fullmatch(following) is not None)


def joined_subject(text: str, subject: Span, end: int) -> Span | None:
    """"Lyme and Dorn issued", "The council and the mayor issued": a second subject after "and" (which the walk
    may have kept: "The council and"), right before a past form, an auxiliary or a finite cue form, joins the
    first; None otherwise."""
    head_end = subject.end - len(" and") if subject.text.endswith(" and") else subject.end
    joint = AND_JOINT.match(text, head_end, near(head_end, end))
    second = _subject_from(text, joint.end(), end) if joint is not None else None
    if second is None:
        return None
    verb = SUBJECT_WORD.match(text, second.end + 1, near(second.end + 1, end)) if text[second.end:second.end + 1] == " " else None
    f = frames()
    word = verb.group().lower() if verb is not None else ""
    if not (word in f.auxiliaries or word in cue_lexicon().finite_forms or word in f.irregular_verbs
            or word.endswith("ed")):
        return None
    return Span.of(text, subject.start, second.end)
