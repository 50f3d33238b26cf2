"""Titles and roles: the honorific and title lexicons, and where a title is stated.

A person's title comes from any mention, in five shapes:

- a premodifier:        "US secretary of state Tom Reyl" -> "US secretary of state"
- an appositive after:  "Erik Dahl, US Treasury secretary, said"
- an appositive before: "The group's founder, Jane Doe, said" -> "The group's founder"
- a "who" clause:       "Jane Doe, who chairs the panel, said" -> "chair of the panel"
- a copula after it:    "Tom Reyl was treasurer of the council for years" -> "treasurer of the council"

and, only when none of those appears anywhere, an office honorific
("President Osman" -> "President"). Courtesy forms (Mr, Mrs, Ms, Dr) are never
titles.
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator

import regex
from attrs import frozen

from ..lexicon import load_lines, load_table, load_words
from .cues import cue_lexicon
from .frames import EndAnchored, alternation, near
from .pronouns import pronouns

__all__ = [
    "Honorific", "TitleWords", "honorific", "title_words", "premodifier_title",
    "appositive_after_title", "bracketed_role", "appositive_before_title", "who_clause_title", "predicate_title",
    "stated_past_before",
    "taken_role",
    "member_role", "court_role", "title_key", "is_present_cue",
    "is_office_word", "NAME_THEN_CLOSE", "name_openers",
]


@frozen
class Honorific:
    """A word before a name that is not part of it: "Mr" (courtesy), "Sen." (office)."""

    form: str
    office: bool
    gender: str | None
    meaning: str | None


@functools.cache
def _honorifics() -> dict[str, Honorific]:
    table: dict[str, Honorific] = {}
    for form, kind, gender, meaning in load_table("honorifics.txt"):
        table[form.lower()] = Honorific(form, kind == "office", None if gender == "-" else gender,
                                        None if meaning == "-" else meaning)
    return table


def honorific(word: str) -> Honorific | None:
    """The honorific ``word`` is, with or without its period.

    >>> honorific("Sen.").meaning
    'senator'
    """
    return _honorifics().get(word.rstrip(".").lower())


@frozen
class TitleWords:
    """The title lexicon, lower-cased: heads name a role, mods only qualify one."""

    heads: frozenset[str]
    mods: frozenset[str]
    past: frozenset[str]
    joint: frozenset[str]
    gender: dict[str, str]
    verbs: dict[str, str]

    def is_title_word(self, word: str) -> bool:
        low = word.lower()
        return self.is_head(low) or low in self.mods or low in self.past

    def is_plural_head(self, word: str) -> bool:
        """The plural of a head in "-s": "skippers", "Professors"."""
        low = word.lower()
        return low.endswith("s") and self.is_head(low[:-1])

    def is_head(self, word: str) -> bool:
        """A head, alone, joined to a "past" word by a hyphen ("ex-mayor"), after a "joint" prefix ("co-director"),
        followed by "-elect" ("mayor-elect") or joined to another head ("secretary-treasurer", "player-coach")."""
        low = word.lower()
        before, hyphen, after = low.partition("-")
        return low in self.heads or bool(hyphen) and (
            (before in self.past or before + "-" in self.past or before + "-" in self.joint or before in self.heads)
            and after in self.heads or after == "elect" and before in self.heads)


def plural_of_man_head(word: str) -> bool:
    """The plural of a title head in "-man", a bare plural subject: "fishermen", "chairmen"; not "omen".

    >>> plural_of_man_head("fishermen"), plural_of_man_head("omen")
    (True, False)
    """
    lower = word.lower()
    return lower.endswith("men") and lower[:-3] + "man" in title_words().heads


@functools.cache
def title_words() -> TitleWords:
    heads, mods, past, joint, gender, verbs = set(), set(), set(), set(), {}, {}
    for word, kind, *extra in load_table("titles.txt"):
        word = word.lower()
        if kind == "verb":
            verbs[word] = extra[0]
            continue
        {"head": heads, "mod": mods, "past": past, "joint": joint}[kind].add(word)
        if extra:
            gender[word] = extra[0]
    return TitleWords(frozenset(heads), frozenset(mods), frozenset(past), frozenset(joint), gender, verbs)


WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-&]*|[^\s\p{L}\p{N}]")
POSSESSIVE = regex.compile(r"['’]s?\Z")
CONNECTORS = frozenset({"of", "for", "on", "and", "the", "to", "at"})
# after the noun of a role before a name: "head of", "spokeswoman for", "envoy to"
ROLE_OBJECT_PREPOSITIONS = ("of", "for", "to")
ROLE_SERVED_PREPOSITIONS = ("for", "to")  # "aide to", "spokesman for": the one served may hold a role of their own
PREDICATE_ROLE_PREPOSITIONS = ("of", "for", "at")  # after the noun of a role a copula states: "a nurse at"
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
POSSESSIVE_DETERMINERS = DETERMINERS - {"the", "a", "an"}
CLAUSE_END = regex.compile(r"[,;:—–()“”\"]|\.(?=\s|\Z)|\n")
NAME_WITH_INITIAL = regex.compile(r"\p{Lu}\p{Ll}+[ \t\u00a0]+\p{Lu}\.[ \t\u00a0]")  # "Tom J. Reyl"
NAME_THEN_SCORE = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’\-]*[ \t\u00a0]+)+\d")  # "Tom Reyl 1,428 to 1,153"
# an honorific and capitalised words with no possessive: "Captain Reyl", "Mayor Ana Varga"
HONORIFIC_AND_CAPITAL = regex.compile(r"([\p{L}.]+)((?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\-]*)+)[ \t\u00a0]*")
NAME_AND_PAST = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’\-]*[ \t\u00a0]+)+(\p{Ll}+)(?![\p{L}\p{M}])")  # "Tom Reyl signed"
# the period closing an initialism ("U.S.", "C.I.O.") before a word that does not open a sentence: "the U.S. Pier
# Board", "the U.S. and Lyme"; "the U.S. He said" ends there
INITIALISM_GOES_ON = (r"(?<=\.\p{Lu})\.(?=[ \t\u00a0]+(?:\p{Ll}|(?!(?:"
                      + alternation(load_words("sentence_starters.txt")) + r")\b)\p{Lu}))")
INITIALISM_LAST_LETTER = regex.compile(r"\.\p{Lu}\Z")  # "U.S" before the period that ends a role
# a role after a name runs on past the period of "Mr." or of an initial ("an adviser to Mr. Reyl", "Jon W. Hale")
# and past an initialism inside it
ROLE_END = regex.compile(r"[,;:—–()“”\"]|\n|(?!" + INITIALISM_GOES_ON + r")(?<!(?<![\p{L}\p{N}.])(?:"
                         + alternation(load_words("abbreviations.txt"))
                         + r"|\p{Lu}))\.(?=\s|\Z)")
COPULA = r"""(?:(?:is|(?P<past>was))\s+(?:(?:also|now|currently|still)\s+)?serving\s+as|works\s+as
    |is|(?P<past>was|served\s+as|had\s+been|worked\s+as)|serves\s+as|has\s+been|became|becomes)
    (?:\s+(?P<appointed>{appointed})(?:\s+as)?)?  # "was elected", "was named as"
"""


WHO_ADVERBS = "(?:also|now|currently|still)"  # "who also chairs", "who is now the mayor"
# "who was once harbour master", "Ana Varga, formerly a skipper,": a role the person had
PAST_ROLE_ADVERBS = "(?:" + alternation(load_words("past_role_adverbs.txt", lower=True)) + ")"
# "Ana Varga, now chief executive of Pier Lines,", "Ana Varga, herself a skipper,", "Ana Varga, once a skipper,"
ADVERB_OPENING = regex.compile(r"(?:" + WHO_ADVERBS + "|" + PAST_ROLE_ADVERBS
                               + r"|(?:him|her|them)sel(?:f|ves))[ \t\u00a0]+(?=\S)")
PAST_ADVERB_BEFORE = EndAnchored.of(r"(?<![\p{L}])" + PAST_ROLE_ADVERBS + r"[ \t\u00a0]+\Z")
CLOSING_REFLEXIVE = EndAnchored.of(r"[ \t\u00a0]+(?:him|her|them)sel(?:f|ves)\Z")  # "a skipper herself"


@functools.cache
def _who_clause() -> regex.Pattern:
    return regex.compile(r"""
    \s*(?:\([^()\n]{1,40}\))?        # (R-Fla.): party and state, never the title
    (?:,\s+(?:\d{1,3}|""" + PARTY_SET_OFF + r"""))?  # an age or a party: "Karin Ek, 45, who heads the freight arm"
    ,\s+who\s+(?:""" + WHO_ADVERBS + r"""\s+)?
    (?:(?P<copula>""" + _copula() + r""")(?:\s+(?:""" + WHO_ADVERBS + "|" + PAST_ROLE_ADVERBS + r"""))?  # "who is also the club's captain"
      |(?:has\s+)?(?P<verb>[\p{Ll}\-]+))  # "who has led the group since 2010"
    \s+""", regex.VERBOSE)


# "… and owns two trawlers", "… and led it": "and", a verb in -s or -ed, and its object opened by a determiner, a
# possessive or a number, or an object pronoun; not "and sales in Europe" nor "and the pier trust"
TRAILING_JOINT = regex.compile(r"\s+(?:and|or|but)\s*\Z")  # "the board and (who …)": a joint left before a stop
SECOND_PREDICATE = regex.compile(r"\s+and\s+\p{Ll}+(?:s|ed)\s+(?:the|a|an|his|her|their|its|it|them|him|two|three|"
                                 r"four|five|several|many|some|\d)\b")


def _copula() -> str:
    """A copula, past or not, with a participle of appointing_participles.txt after it ("sworn in": any space)."""
    participles = sorted(load_words("appointing_participles.txt"), key=len, reverse=True)
    return COPULA.replace("{appointed}", "|".join(r"\s+".join(map(regex.escape, p.split())) for p in participles))


# after a name set off by a role before it: a comma, or the sentence's end ("…,” said the harbour master, Ana Brun.")
NAME_THEN_CLOSE = regex.compile(r""",|[.!?](?:[”"’]|'')?(?:\s|\Z)""")
JOINED_DESCRIPTION = regex.compile(r"(?<![\p{L}\p{N}])and\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu}\p{L}*['’]s\s)")
# a lawmaker's party and state set off by commas after the name, never the title: "Sen. Ida Lenz, D-Lyme, the
# panel's chair,", "Rep. Tom Reyl, R-N.Y.,"
PARTY_SET_OFF = (r"(?:" + alternation(letter for letter, *_ in load_table("party_letters.txt"))
                 + r")-\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}[\p{L}.]*)?")
# "Ana Varga, 54, a skipper,", "Ana Varga – the mayor –", "Sen. Ida Lenz, D-Lyme, the panel's chair,", "Tom Reyl, 61,
# of Lyme, a skipper,": an age or a party, and a home town after "of", set off before the role
APPOSITIVE_AFTER = regex.compile(r"\s*(?:\([^()\n]{1,40}\))?(?:,\s+|[ \t\u00a0]*(?P<dash>[—–])[ \t\u00a0]*)(?:\d{1,3},\s+|"
                                 + PARTY_SET_OFF + r",\s+)?"
                                 r"(?:of[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\-]*){0,2},\s+)?")
# characters after a name within which its comma or "who" is sought: the regex module looks through the whole
# stretch it is given for a pattern's literal parts before matching, so a long sentence would be read once per name
NAME_TAIL_REACH = 120
DASH_CLOSE = regex.compile(r"[ \t\u00a0]*[—–]")  # the dash closing a role set off by dashes
THAT_NEXT = regex.compile(r"\s*that\b")  # the word a role was cut at: "the harbour master ensured that …"
ROLE_CLAUSE_REACH = 600  # characters a role's clause after a name is read for


def _words(text: str) -> list[str]:
    return _lowered(WORD.findall(text))


def _lowered(written: list[str]) -> list[str]:
    """Tokens as the title lists hold them: without a possessive's "'s" or a final full stop, in lower case."""
    return [POSSESSIVE.sub("", w).rstrip(".").lower() for w in written]


def _is_cue(word: str) -> bool:
    """An inflected verb of saying ("said", "told"); a bare lemma may be a noun ("state"), and so may the "-s" of a
    verb that is a cue only with its particle ("a skipper hired by Pier Lines", "the harbour's votes")."""
    lexicon = cue_lexicon()
    found = lexicon.lookup(word)
    return found is not None and found[0].lower() != word and not (
        found[0] in lexicon.phrasal_only and word.endswith("s"))


def is_present_cue(word: str) -> bool:
    """A verb of saying in the present with its "-s", as a headline writes it in capitals: "Says", "Warns"; not
    "Said", which is a name too."""
    low = word.lower()
    found = cue_lexicon().lookup(low) if low.endswith("s") else None
    return found is not None and low in (found[0] + "s", found[0] + "es")


def _plausible_role(phrase: str, *, last_is_head: bool = False) -> bool:
    """A short phrase that names a role: it holds a title head and no verb of saying."""
    written = WORD.findall(phrase)
    words = _lowered(written)
    if not words or len(words) > (20 if "and" in words else 14) or words[0] in {"who", "which", "and", "or", "but",
                                                                                 "that"}:
        return False  # two roles joined by "and" may run longer than one
    if words[-1] in DETERMINERS or words[-1] in CONNECTORS:
        return False  # "Varga and Chairman Tom Reyl have spent the": cut inside a clause
    if any(_is_cue(w) and not (w.endswith("ing") and (i >= len(words) - 3 and title_words().is_head(words[-1])
                                                    or i > 1 and words[i - 1] == "of"))
           and not _in_a_name(written, i, words)  # "director of Lyme Advocates"
           for i, w in enumerate(words)):  # "said" is no part of a role, but "the planning chief" and "head of
        return False  # planning" are roles
    if words[:2] == ["one", "of"] and len(words) > 3:  # "one of the group's founders": a role shared with others
        return ((words[2] in DETERMINERS or words[2].endswith(("'s", "’s")))
                and title_words().is_plural_head(words[-1]))
    if not last_is_head and _relative_of_someone(written, words):
        return True  # "Ana Reyl, widow of Tom Reyl,": a tie to a person stands for a role
    if not last_is_head and _possessed_tie(written, words):
        return True  # "Tom Hale, his brother,", "Ana Varga, his rival at Bay Lines,": the tie is of the one before
    lead_ok = words[0] in DETERMINERS or title_words().is_title_word(words[0]) or (
        written[0][:1].isupper()) or words[0].endswith(("'s", "’s")) or _bare_role(
        _own_noun_phrase(words))
    if not lead_ok:
        return False
    vocabulary = title_words()
    if last_is_head:  # or the noun before "of" or "for" ("the head of the port authority", "A spokeswoman for …")
        return vocabulary.is_head(words[-1]) or role_noun_is_head(phrase, before=ROLE_OBJECT_PREPOSITIONS)
    return any(vocabulary.is_head(w) or w.replace("-", "") in vocabulary.heads for w in words) or _bound_head(words)


def _relative_of_someone(written: list[str], words: list[str]) -> bool:
    """A relative of ``gendered_nouns.txt`` opening the phrase, perhaps after a determiner, then "of" and a
    determiner or a capitalised word: "widow of Tom Reyl", "the son of a skipper"; not "a mother of three"."""
    at = 1 if words[0] in DETERMINERS else 0
    return len(words) > at + 2 and words[at] in _person_nouns() and words[at + 1] == "of" and (
        words[at + 2] in DETERMINERS or written[at + 2][:1].isupper())


@functools.cache
def _tie_nouns() -> frozenset[str]:
    """Nouns for a tie to another person: a relative of `surname_sharing_kin.txt` or `generation_kin.txt`, a tie of
    `mutual_kin.txt`, or the singular of a noun of `associate_nouns.txt` ("brother", "grandson", "rival", "ally")."""
    associates = {word[:-3] + "y" if word.endswith("ies") else word[:-1]
                  for word in load_words("associate_nouns.txt", lower=True) if word.endswith("s")}
    return frozenset(load_words("surname_sharing_kin.txt", lower=True) | {
        row[0].lower() for row in load_table("generation_kin.txt")} | load_words("mutual_kin.txt", lower=True)
        | associates)


def _possessed_tie(written: list[str], words: list[str]) -> bool:
    """"his" or "her" and a noun of a tie to another person, alone or before "at", "in" or "from" and capitalised
    words: "his brother", "her rival at Bay Lines"; not "his voice" nor "his rival and friend"."""
    if len(words) < 2 or words[0] not in ("his", "her") or words[1] not in _tie_nouns():
        return False
    return len(words) == 2 or len(words) >= 4 and words[2] in ("at", "in", "from") and all(
        word[:1].isupper() or word == "the" for word in written[3:])


def _in_a_name(written: list[str], index: int, words: list[str]) -> bool:
    """The word at ``index`` is written with a capital after a capitalised word that is no title word: a word of a
    name ("Lyme Advocates", "the United States"), not a headline's cue after a title ("Pier Will Close, Mayor
    Says")."""
    return index > 0 and written[index][:1].isupper() and written[index - 1][:1].isupper() and (
        not title_words().is_title_word(words[index - 1]))


@functools.cache
def _bound_heads() -> dict[str, frozenset[str]]:
    """A noun that names a role only when bound to it -> the modifiers that bind it (``bound_title_heads.txt``)."""
    return {noun: frozenset(modifiers) for noun, *modifiers in load_table("bound_title_heads.txt")}


def _bound_head(words: list[str]) -> bool:
    """A noun of ``bound_title_heads.txt`` after one of its modifiers or before "of", "for" or "at": "a senior
    fellow", "a fellow at the Harbour Institute"; not "fellow skippers"."""
    bound = _bound_heads()
    return any(word in bound and (index > 0 and words[index - 1] in bound[word]
                                  or index + 1 < len(words) and words[index + 1] in PREDICATE_ROLE_PREPOSITIONS)
               for index, word in enumerate(words))


def _own_noun_phrase(words: list[str]) -> list[str]:
    """The words before the first "of", "for" or "at" that follows a word: "harbour master" in "harbour master of
    Lyme" and "harbour master at Lyme"; all the words when none follows."""
    return words[:_own_noun_end(words, PREDICATE_ROLE_PREPOSITIONS)]


@functools.cache
def name_openers(*, determiners: bool = True) -> frozenset[str]:
    """Capitalised words that open a run of capitals but are never part of a name: a question word, a form of
    "be" ("What Reyl did", "Is Mayor Varga going") and, with ``determiners``, a determiner ("Some Varga
    allies"); a title may open with a determiner ("His campaign chairman Tom Reyl")."""
    files = ("question_words.txt", "be_forms.txt") + (("source_determiners.txt",) if determiners else ())
    return frozenset().union(*(load_words(file, lower=True) for file in files))


def _bare_role(words: list[str]) -> bool:
    """At most three words ending in a head with only plain modifiers before it: "harbour master" in "was named
    harbour master"; not "running for president", "through a spokeswoman"."""
    plain = all(word.isalpha() and not word.endswith("ing") and word not in DETERMINERS and word not in CONNECTORS
                and word not in load_words("prepositions.txt") for word in words[:-1])
    return 0 < len(words) <= 3 and plain and title_words().is_head(words[-1])


CLAUSE_PUNCTUATION = frozenset(",;:\"”")  # what may stand before a role that opens a clause or follows a quote


def premodifier_title(text: str, start: int, *, floor: int,
                      blocked: Callable[[int], bool] = lambda _: False) -> tuple[int, int] | None:
    """The title written just before a name beginning at ``start``, as (start, end).

    Walks left over title words, capitalised words and connectors, never
    past ``floor`` (the sentence start) or a token for which ``blocked``
    holds (another person's name); the phrase must hold a title head.

    >>> t = "from US secretary of state Tom Reyl"
    >>> s, e = premodifier_title(t, t.index("Tom"), floor=0); t[s:e]
    'US secretary of state'
    """
    vocabulary = title_words()
    stop_words = load_words("name_stopwords.txt", lower=True) | name_openers(determiners=False)
    accepted: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # lower-case words kept once a title word precedes them
    courtesy = False  # a courtesy form right before the name was passed over
    capitals_from: int | None = None  # where a word in capitals after the title's mixed-case words was accepted
    for tok_start, tok_end, word in _words_backward(text, max(floor, start - 160), start):
        low = POSSESSIVE.sub("", word).lower()
        capitals = _headline_capitals(word)
        if capitals and accepted and word.endswith(HEADLINE_ADJECTIVE_ENDINGS):
            break  # "FURIOUS mayor Ana Varga": a tabloid's adjective in capitals, no part of the title
        if capitals and capitals_from is not None:
            del accepted[capitals_from:]  # "STORM HITS LYME PIER Harbour master Ana Varga": a run-in headline
            break
        capitals_from = len(accepted) if capitals and accepted and not _headline_capitals(
            text[accepted[-1][0]:accepted[-1][1]]) else None
        if blocked(tok_start) or not word[:1].isalnum():
            if pending and (word[:1].isupper() or word in CLAUSE_PUNCTUATION and _plain_modifier(pending[0][2])
                            and not pending[0][2].endswith("ing")):
                # "Tom Reyl's campaign manager Ana Varga": the role, without its holder's name; "Speaking on
                # Monday, harbour master Ana Varga said": the role opens the clause (not "…, including mayor …")
                accepted += pending
            break
        if tok_end == start - 1 and _courtesy(word) and text[tok_end] == " ":
            courtesy = True
            continue  # "Pier Lines chairman Sir Martin Ode": the courtesy form stands between the title and the name
        if courtesy and not accepted and not (vocabulary.is_head(low) or is_office_word(word)):
            break  # "the lawyer leading Mrs Varga's search": a title must end right before the courtesy form
        if vocabulary.is_title_word(low) or is_office_word(word):
            accepted += pending + [(tok_start, tok_end, low)]
        elif low in CONNECTORS and accepted and not pending:
            if len(accepted) == 1 and is_office_word(accepted[0][2].rpartition("-")[2]):
                if low == "and" and text[accepted[0][0]].islower() and (
                        first := _role_joined_before(text, tok_start, floor)) is not None:
                    accepted += [(tok_start, tok_end, low), first]  # "Gulls midfielder and captain Tom Reyl"
                break  # "adviser to President", "Texas and Gov.": the rest is someone else's
            if low in ROLE_SERVED_PREPOSITIONS and any(vocabulary.is_head(w) for _, _, w in accepted):
                break  # "spokesman for Harbour Master": the role after "for" is the name's, the one before another's
            accepted.append((tok_start, tok_end, low))
        elif word[:1].isupper() and low not in stop_words and honorific(word) is None and not (
                low in pronouns() and low not in DETERMINERS and word == word.capitalize()) and not (
                is_present_cue(word) and blocked(tok_start - 2)):  # not "She and …", nor "Ann Varga Praises …"
            if pending and _past_form(pending[0][2]) and POSSESSIVE.search(word) is None:
                break  # "Harbour Town signed winger Tom Akers": a verb after its subject, not "Lyme's retired captain"
            accepted += pending + [(tok_start, tok_end, low)]
        elif pending and (low in CONNECTORS or low in DETERMINERS or low in load_words("prepositions.txt", lower=True)):
            accepted += pending  # "harbour" in "according to harbour master", "the ferry captain"
            if low == "and" and (first := _role_joined_before(text, tok_start, floor)) is not None:
                accepted += [(tok_start, tok_end, low), first]  # "Skipper and union rep Tom Reyl": both roles his
            break
        elif not pending and _opens_compound_title(text, word, accepted):
            if low in load_words("appositive_adverbs.txt"):
                # "now" in "Gulls striker and now pundit Tom Reyl": part of a role joined before "and", else
                # no part of the title ("The ferry sank and now skipper Tom Reyl" gives "skipper")
                joint = AND_BEFORE.search(text, max(floor, tok_start - 5), tok_start)
                if joint is not None and (first := _role_joined_before(text, joint.start(), floor)) is not None:
                    accepted += [(tok_start, tok_end, low), (joint.start(), joint.end(), "and"), first]
                break
            pending.append((tok_start, tok_end, low))  # "ferry" in "Dutch ferry captain"
            continue
        else:
            if pending and word.islower() and (_past_form(low) or low in load_words("clause_boundaries.txt", lower=True)) \
                    and _plain_modifier(pending[0][2]):
                # "harbour" in "met harbour pilot Ann Varga": the verb's object has the role; "ferry" in "but ferry
                # captain Ida Lenz": the role opens the clause after its joint
                accepted += pending
            break
        pending = []
    else:
        if pending and start - 160 <= floor and _plain_modifier(pending[0][2]) and not pending[0][2].endswith("ing"):
            accepted += pending  # "union rep Tom Reyl said" opening the text: the role opens the clause
    while accepted and accepted[-1][2] in CONNECTORS:
        accepted.pop()
    if not accepted or not any(vocabulary.is_head(w) or is_office_word(w) for _, _, w in accepted):
        return None
    del accepted[:_stacked_abbreviation(text, accepted)]
    if _listener_before_clause(text, accepted[-1][0], start):
        return None  # "Mr Hale told the judge Sand was sorry": the judge heard it, Sand opens what was said
    return accepted[-1][0], accepted[0][1]


# "told the", "assured the": a form of a cue of cues_addressee.txt and "the" right before a role
LISTENER_THE_BEFORE = EndAnchored.of(r"(?<![\p{L}])(\p{Ll}+)\s+the\s+\Z")
# "Sand was", "Erik Sand had": capitalised words, then an auxiliary opening the clause's verb
NAME_THEN_AUXILIARY = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’\-]*\s+){1,3}(?:"
                                    + alternation(load_words("verbal_auxiliaries.txt", lower=True)) + r")\b")


def _listener_before_clause(text: str, title_start: int, name_start: int) -> bool:
    """A role after a cue of telling and "the", with the name after it opening a clause: the listener, then the
    subject of what was said ("told the judge Sand was deeply sorry"), so the role is no title of the name;
    "told the harbour master Ana Varga that …" keeps hers."""
    found = LISTENER_THE_BEFORE.search(text, max(0, title_start - 24), title_start)
    if found is None or NAME_THEN_AUXILIARY.match(text, name_start, near(name_start, len(text))) is None:
        return False
    entry = cue_lexicon().lookup(found.group(1))
    return entry is not None and entry[0] in load_words("cues_addressee.txt")


def _role_joined_before(text: str, joint: int, floor: int) -> tuple[int, int, str] | None:
    """The singular role before the "and" at ``joint``, perhaps after capitalised words, that opens the clause or
    follows a cue, with no article, as (start, end, role): "Skipper" in "Skipper and union rep Tom Reyl said",
    "Gulls midfielder" in "Gulls midfielder and captain Tom Reyl said", "skipper" in "said skipper and union rep
    Tom Reyl"; not "The mayor and harbour master" (likely two people) nor "Skippers and harbour master"."""
    reach = max(floor, joint - 60)
    words = list(itertools.islice(_words_backward(text, reach, joint), JOINED_ROLE_WORDS))
    if not words or words[0][2].lower() not in title_words().heads:
        return None
    before = 1
    while before < len(words) and words[before][2][:1].isupper() and words[before][2].lower() not in DETERMINERS:
        before += 1  # "Gulls" in "Gulls midfielder and captain"
    if before < len(words) and not _is_cue(words[before][2]) and words[before][2] not in ("“", '"', "("):
        return None  # "the mayor and …", "Lyme's new skipper and …": not opening the clause
    if before == len(words) and (reach > floor or before == JOINED_ROLE_WORDS):
        return None  # the clause's start lies beyond the words read
    return words[before - 1][0], words[0][1], words[0][2].lower()


AND_BEFORE = regex.compile(r"\band(?=\s+$)")  # the "and" right before a word, searched up to that word
JOINED_ROLE_WORDS = 5  # a role and the capitalised words before it, read back from "and"


def _stacked_abbreviation(text: str, accepted: list[tuple[int, int, str]]) -> int:
    """How many of the ``accepted`` words (nearest the name first) to drop when the word next to the name is an
    abbreviated office after a title that already has its head: that word, with the words qualifying it ("Navy"
    in "Navy Capt."), is the name's honorific, not part of the title: "Sen." in "Pier board candidate Sen. Ann
    Varga", "Rep." in "Chairman of the Harbour Committee Rep. Tom Reyl", "Navy Capt." in "Lyme spokesman Navy
    Capt. Tom Reyl"; 0 for "Gov." in "Lyme Gov. Tom Reyl" or "Lyme Lt. Gov. Tom Reyl" (no head before it).
    """
    start, end, _ = accepted[0]
    found = honorific(text[start:end])
    if text[start:end].isalpha() and text[start:end].islower():
        return 0  # "union rep Tom Reyl": a lower-case noun, not the abbreviated office "Rep."
    if found is None or not found.office or found.meaning in (None, text[start:end].rstrip(".").lower()):
        return 0
    head = next((index for index, (_, _, word) in enumerate(accepted) if index and title_words().is_head(word)), 0)
    if any(word in CONNECTORS for _, _, word in accepted[1:head]):
        return 1  # "Speaker of the House Rep.": the words before the office belong to the title
    return head


def _courtesy(word: str) -> bool:
    """"Sir", "Dr", "Mrs": a courtesy honorific (`honorifics.txt`), no office."""
    found = honorific(word)
    return found is not None and not found.office


HEADLINE_ADJECTIVE_ENDINGS = tuple(load_lines("headline_adjective_endings.txt"))
TITLE_FIRST_READ = 40  # characters before a name read first: the walk over its title mostly stops within them


def _headline_capitals(word: str) -> bool:
    """A word of four letters or more all in capitals: two in a row before a title in mixed case are a run-in
    headline's ("PIER Harbour master"), while one is an acronym ("NATO Secretary General", "UK NHS chief")."""
    return len(word) >= 4 and word.isalpha() and word.isupper()


def _words_backward(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The ``WORD`` tokens of ``text[start:end]`` as (start, end, word), last first.

    The last ``TITLE_FIRST_READ`` characters are read first, from the first
    space in them: no token holds a space, so the tokens after it are those
    of the whole stretch; the words before that space are read only if the
    walk gets there.
    """
    space = text.find(" ", end - TITLE_FIRST_READ, end) if end - TITLE_FIRST_READ > start else -1
    for part_start, part_end in ((space + 1, end), (start, space)) if space >= 0 else ((start, end),):
        yield from reversed([(m.start(), m.end(), m.group()) for m in WORD.finditer(text, part_start, part_end)])


def _past_form(word: str) -> bool:
    """A lower-case past form, which after a capitalised word is a verb and its subject: "signed", "took"."""
    return word.endswith("ed") or word in load_words("irregular_verbs.txt", lower=True)


def _plain_modifier(word: str) -> bool:
    """A lower-case word that may stand inside a title before its head: "harbour", not "by", "that" or "his"."""
    return word not in CONNECTORS and word not in DETERMINERS and word not in pronouns() and not any(
        word in load_words(file, lower=True) for file in ("prepositions.txt", "source_determiners.txt"))


def _opens_compound_title(text: str, word: str, accepted: list[tuple[int, int, str]]) -> bool:
    """A lower-case noun just before lower-case title words that hold a head, with nothing after it: "ferry" in
    "ferry captain", "city" in "city council member"; not "says" in "says President", "top" in "top aide to
    President", "what" in "what captain" nor "but" in "but manager" (a word of clause_boundaries.txt)."""
    if (not accepted or not word[:1].islower() or _is_cue(word) or word in load_words("question_words.txt")
            or word in load_words("clause_boundaries.txt", lower=True)):
        return False
    vocabulary = title_words()
    first_start, _, first = accepted[-1]  # the title's first word so far, the walk going left
    return (text[first_start].islower() and (first in vocabulary.heads or first in vocabulary.mods and any(
        low in vocabulary.heads for _, _, low in accepted)) and not any(low in CONNECTORS for _, _, low in accepted))


def is_office_word(word: str) -> bool:
    """An honorific that names an office ("Sen.", "President"), not a courtesy ("Mr")."""
    found = honorific(word)
    return found is not None and found.office


def _clause(text: str, start: int, limit: int) -> tuple[int, int]:
    """From ``start`` to the next comma, bracket, quote or sentence end, at most ``ROLE_CLAUSE_REACH`` characters:
    a role is short, and a long sentence with no commas must not be read again for every name in it."""
    limit = min(limit, start + ROLE_CLAUSE_REACH)
    stop = ROLE_END.search(text, start, limit)
    end = stop.start() if stop else limit
    if stop and stop.group() == "." and INITIALISM_LAST_LETTER.search(text, start, end):
        end += 1  # "a reporter for the U.S.": the period closing the initialism is its own, and ends the sentence
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@functools.cache
def _role_ends() -> dict[str, tuple[str, frozenset[str]]]:
    """A word ending a role -> its kind and the words after it that keep it inside ("editor in chief")."""
    return {word: (kind, frozenset(kept)) for word, kind, *kept in load_table("role_phrase_ends.txt")}


# "the harbour master at the time", "a lawyer by the time her husband ran": when the role was held, no part of it
AT_THE_TIME = regex.compile(r"(?<=\p{L})[ \t\u00a0]+(?:at|by)[ \t\u00a0]+the[ \t\u00a0]+time(?![\p{L}\p{N}])")
# a span of time counted back closing a role: "the party's strategist four years ago" -> "the party's strategist"
CLOSING_SPAN_AGO = EndAnchored.of(r"(?<=\p{L})[ \t\u00a0]+(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                                  r"a[ \t\u00a0]+few|several|many)[ \t\u00a0]+(?:day|week|month|year|decade)s?"
                                  r"[ \t\u00a0]+ago\Z")


def _role_end(text: str, start: int, stop: int, *, copula: bool = False, fields: bool = True) -> int:
    """Where the role from ``start`` ends, before ``stop``: at a word of role_phrase_ends.txt, one of kind "time"
    only before a time ("for 30 years", "since 2015" -> the role before them), one of kind "copula" only after a
    copula; never before a word its row keeps ("editor in chief"); a reflexive closing it stresses the person and
    is left out ("a former skipper herself" -> "a former skipper"). With ``fields`` a role of
    `field_role_heads.txt` goes on past "in" ("a lecturer in politics")."""
    end = _role_end_at_word(text, start, stop, copula=copula, fields=fields)
    reflexive = CLOSING_REFLEXIVE.search(text, start, end)
    if reflexive is not None:
        return reflexive.start()
    if (then := AT_THE_TIME.search(text, start, end)) is not None:
        end = then.start()
    ago = CLOSING_SPAN_AGO.search(text, start, end)
    return ago.start() if ago is not None else end


IN_WORD = regex.compile(r"(?<![\p{L}\p{N}])in(?![\p{L}\p{N}])")  # the "in" a role of a field reads past


@functools.cache
def _field_heads() -> frozenset[str]:
    """Roles held in a field of knowledge, which "in" and the field go on: "lecturer", "expert"."""
    return load_words("field_role_heads.txt", lower=True)


def _role_end_at_word(text: str, start: int, stop: int, *, copula: bool, fields: bool) -> int:
    """Where ``_role_end`` cuts the role at a word of role_phrase_ends.txt, else ``stop``."""
    words = list(WORD.finditer(text, start, stop))
    for index, word in enumerate(words):
        kind, kept = _role_ends().get(word.group(), ("", frozenset()))
        following = words[index + 1:index + 4]
        if following and following[0].group().lower() in kept:
            continue
        if fields and word.group() == "in" and index > 0 and words[index - 1].group().lower() in _field_heads() \
                and not _time_follows(following) and not (following and following[0].group().lower() in POSSESSIVE_DETERMINERS):
            continue  # "a lecturer in politics": the field is part of the role; not "in 2019", "in his first race"
        if kind == "clause" or kind == "copula" and copula or kind == "time" and _time_follows(following):
            end = word.start() if word.group() == "that" else _before_participle(words[:index], word.start())
            while end > start and text[end - 1].isspace():
                end -= 1
            return end
    return stop


def _role_end_before_time(text: str, start: int, stop: int) -> int:
    """Where ``_role_end`` ends the role, but at "in" only before a time: "the group in 1990" -> "the group", "a
    cafe in Lyme" stays whole."""
    end = _role_end(text, start, stop)
    words = list(WORD.finditer(text, end, stop))
    if words and words[0].group() == "in" and not _time_follows(words[1:4]):
        return stop
    return end


def _before_participle(words: list[regex.Match], end: int) -> int:
    """Where a role cut at ``end`` ends when a past form follows its head there, the participle's phrase being cut
    in half: "a skipper based" (in Lyme), "the mayor elected" (in May) -> "a skipper", "the mayor"; not at a verb
    of saying ("the candidate stated" that …), which makes a clause, no role, and not before "that" (above)."""
    for head, participle in itertools.pairwise(words):
        word = participle.group()
        if _cut_participle(word) and title_words().is_head(head.group().lower()):
            return participle.start()
    if len(words) > 2 and _cut_participle(words[-1].group()) and any(
            title_words().is_head(word.group().lower()) for word in words[:-2]):
        return words[-1].start()  # "a spokesman for the ministry based" (in Lyme) -> "a spokesman for the ministry"
    return end


def _cut_participle(word: str) -> bool:
    """A past form in lower case that is no verb of saying: "based", "founded"; not "said"."""
    return word.islower() and _past_form(word) and not _is_cue(word)


def _time_follows(words: list[regex.Match]) -> bool:
    """"30 years", "twenty years", "a decade", "the past year", "2015", "May", "Tuesday": a year, a month, a
    weekday, a measure of time or a number before one; not "twenty towns"."""
    measures = load_words("time_measures.txt", lower=True) - DETERMINERS
    for position, word in enumerate(words):
        low = word.group().lower()
        if low in ("a", "an", "the", "last", "past"):
            continue
        if (low[:1].isdigit() and len(low) == 4) or low in measures or word.group() in load_words("months.txt") or (
                word.group() in load_words("weekdays.txt")):
            return True
        following = words[position + 1].group().lower() if position + 1 < len(words) else ""
        return (low[:1].isdigit() or low in load_words("quantifiers.txt", lower=True)) and following in measures
    return False


def appositive_after_title(text: str, end: int, *, limit: int) -> tuple[int, int] | None:
    """A role set off by a comma after the name ending at ``end``.

    >>> t = "Erik Dahl, US Treasury secretary, said"
    >>> s, e = appositive_after_title(t, 9, limit=len(t)); t[s:e]
    'US Treasury secretary'
    """
    match = APPOSITIVE_AFTER.match(text, end, min(limit, end + NAME_TAIL_REACH))
    if not match:
        return None
    start, stop = _clause(text, match.end(), limit)
    if match.group("dash") and not DASH_CLOSE.match(text, stop, near(stop, len(text))):
        return None  # "Ana Varga – the mayor – said": an aside between dashes is closed by a second one
    if (adverb := ADVERB_OPENING.match(text, start, stop)) is not None:
        start = adverb.end()  # "Ana Varga, now chief executive of Pier Lines,": the role is the words after it
    if NAME_WITH_INITIAL.match(text, start, stop) is not None or _name_and_verb(text, start, stop) or (
            _honorific_and_name(text, start, stop)):
        return None  # "Skippers, Tom J. Reyl and Captain Ana Varga,": names, no role; "In Lyme, Tom Reyl signed"
    clause_stop = stop
    stop = _role_end(text, start, clause_stop)
    if _opens_a_clause(text[start:stop]) or _verb_before_that(text, start, stop):
        return None  # "For Ms Varga, the pier toll is too high": a clause after the name, no role
    role_start, stop = _described_holder(text, start, stop)
    if stop > role_start and _plausible_role(text[role_start:stop]):
        return role_start, stop
    if (agent := PARTICIPLE_BY.search(text, role_start, stop)) is not None and _plausible_role(
            text[role_start:agent.start()]):
        return role_start, agent.start()  # "an ecologist called by the objectors": the role before the participle
    if IN_WORD.search(text, start, stop) is None:
        return None  # no field read past "in": no shorter role to try
    # "an assistant professor in harbour policy at …", too long a role with its field: the role before "in"
    shorter = _role_end(text, start, clause_stop, fields=False)
    if shorter >= stop:
        return None
    role_start, stop = _described_holder(text, start, shorter)
    return (role_start, stop) if stop > role_start and _plausible_role(text[role_start:stop]) else None


# a participle in "-ed" and "by" after a role: "(an ecologist) called by the objectors"
PARTICIPLE_BY = regex.compile(r"[ \t\u00a0]+\p{Ll}{2,}ed[ \t\u00a0]+by[ \t\u00a0]")


# a role in brackets right after a name, as minutes and programmes write it: "Cllr Eva Dahl (Chair)"
BRACKETED_ROLE = regex.compile(r"[ \t\u00a0]*\((?P<role>[\p{L}\-' ]{1,40})\)")


def bracketed_role(text: str, end: int, *, limit: int) -> tuple[int, int] | None:
    """A role in brackets right after the name, at most three plain words ending in a head: "Cllr Eva Dahl (Chair)"
    -> "Chair", "Tom Reyl (harbour master)" -> "harbour master"; not "(left)", "(D-Lyme)" nor "(Harbour Party)"."""
    found = BRACKETED_ROLE.match(text, end, min(limit, end + NAME_TAIL_REACH))
    if found is None:
        return None
    return found.span("role") if _bare_role(_words(found.group("role"))) else None


def _honorific_and_name(text: str, start: int, stop: int) -> bool:
    """An honorific and capitalised words that are no title words, with no possessive, the whole phrase: another
    person named in a list ("backed Mayor Varga, Captain Reyl, Judge Lind"), no role; "Tom Reyl, Chief Executive of
    Pier Lines," and "Ana Varga, Mr Reyl's deputy," keep theirs."""
    found = HONORIFIC_AND_CAPITAL.match(text, start, stop)
    return found is not None and found.end() == stop and honorific(found.group(1)) is not None and not any(
        title_words().is_title_word(word) for word in found.group(2).split())


def _name_and_verb(text: str, start: int, stop: int) -> bool:
    """Capitalised words and a past form right after them: a subject and its verb ("In Lyme, Tom Reyl signed the
    deal"), which no role opens ("Lyme Harbour master", "Bay Lines chairman")."""
    found = NAME_AND_PAST.match(text, start, stop)
    return found is not None and _past_form(found.group(1))


def _opens_a_clause(phrase: str) -> bool:
    """A noun phrase followed by a finite form of "be" with no preposition or connector before it, or a title head
    followed by a past form and a determiner: the subject of a clause ("the pier toll is too high", "the mayor lost
    the vote"), not a role ("the minister at the time the tax was raised", "a skipper based in Lyme")."""
    finite, plain = _clause_words()
    words = _words(phrase)
    for index, word in enumerate(words[1:], start=1):
        if word in finite or _verb_after_head(words, index):
            return True
        if word in plain:
            return False
    return False


def _verb_before_that(text: str, start: int, stop: int) -> bool:
    """A role cut before "that" that ends in a title head and a past form: the subject and verb of a clause ("the
    harbour master ensured" that …), no role."""
    words = _words(text[start:stop])
    return len(words) >= 2 and THAT_NEXT.match(text, stop, near(stop, len(text))) is not None and _past_form(words[-1]) and (
        title_words().is_head(words[-2]))


def _verb_after_head(words: list[str], index: int) -> bool:
    """The word at ``index`` is a past form or one in "-s" between a title head and a determiner: "lost" in "the
    mayor lost the vote", "runs" in "the mayor runs the board", which a role never holds; not "based" in "a
    skipper based in Lyme", nor a participle before a time ("the skipper hired the year before")."""
    verb = words[index]
    present = verb.endswith("s") and not verb.endswith(("ss", "'s", "’s"))  # "the mayor runs the board"
    return (index + 2 < len(words) and (_past_form(verb) or present) and words[index + 1] in DETERMINERS
            and words[index + 2] not in load_words("time_measures.txt", lower=True)
            and title_words().is_head(words[index - 1]))


@functools.cache
def _clause_words() -> tuple[frozenset[str], frozenset[str]]:
    """The finite forms of "be" ("been" is none) and the words that keep a phrase a role (prepositions, connectors
    but "the"), built once."""
    finite = frozenset(word for word in load_words("be_forms.txt", lower=True) if not word.startswith("be"))
    return finite, load_words("prepositions.txt", lower=True) | CONNECTORS - {"the"}


def _described_holder(text: str, start: int, stop: int) -> tuple[int, int]:
    """The role alone in a description of the person that runs on past it: "the only skipper on stage" and "the
    first mayor to close the pier" -> "skipper", "mayor" ("the", a word of role_phrase_describers.txt, and words up
    to the first title head); a role ending in its head ("the last skipper") or going on with "of" ("the last
    mayor of Lyme") stays whole."""
    words = list(WORD.finditer(text, start, stop))
    if len(words) < 4 or words[0].group().lower() != "the" or words[1].group().lower() not in load_words(
            "role_phrase_describers.txt", lower=True):
        return start, stop
    head = next((index for index in range(2, len(words)) if title_words().is_head(words[index].group().lower())), None)
    if head is None or head == len(words) - 1 or words[head + 1].group().lower() == "of":
        return start, stop
    return words[2].start(), words[head].end()


def _own_noun_end(words: list[str], prepositions: Iterable[str]) -> int:
    """Where a role's own noun phrase ends: at the first of ``prepositions`` after its first word, else at its end
    ("harbour master" in "harbour master of Lyme")."""
    return next((index for index, word in enumerate(words) if index and word in prepositions), len(words))


def role_noun_is_head(phrase: str, *, before: tuple[str, ...] = ("of",)) -> bool:
    """The role's own noun, the word before the first of ``before`` ("of") or else the last word, is a title head:
    "the harbour master", "executive director of the Pier Society"; not "the most of any candidate"."""
    words = _words(phrase)
    return bool(words) and title_words().is_head(words[_own_noun_end(words, before) - 1])


# an age inside a role, with the "a" or "an" that goes with it when it opens the role: "a 54-year-old skipper"
AGE_IN_ROLE = regex.compile(r"(?:\A[Aa]n?[ \t\u00a0]+)?(?<![\p{L}\p{N}\-])\d{1,3}-year-old[ \t\u00a0]+(?=\p{L})")


def without_age(title: str | None) -> str | None:
    """A title with the person's age left out, which tells no role: "a 54-year-old skipper" -> "skipper", "the
    club's 61-year-old treasurer" -> "the club's treasurer"; an age before a preposition is the phrase's own noun,
    so "a 59-year-old from Lyme" gives no title.

    >>> without_age("a 54-year-old skipper")
    'skipper'
    """
    age = AGE_IN_ROLE.search(title) if title else None
    if age is None:
        return title
    following = WORD.match(title, age.end())
    if following is not None and following.group().lower() in load_words("prepositions.txt", lower=True):
        return None
    return title[:age.start()] + title[age.end():]


AGE_BEFORE_NAME = regex.compile(r"(?<=, )\d{1,3}-year-old[ \t\u00a0]+\Z")  # ", 62-year-old (Ana Brun)"
AGE_REACH = 16  # characters before a name searched for such an age


def appositive_before_title(text: str, start: int, end: int, *, floor: int) -> tuple[int, int] | None:
    """A role ending in a title head, set off by commas before the name at ``start``.

    >>> t = "The group's founder, Jane Doe, said"
    >>> s, e = appositive_before_title(t, 21, 29, floor=0); t[s:e]
    "The group's founder"
    """
    if (age := AGE_BEFORE_NAME.search(text, max(floor, start - AGE_REACH), start)) is not None:
        start = age.start()  # "The harbour master, 62-year-old Ana Brun, said": the age goes with the name
    before = text[max(floor, start - 2):start]
    if before != ", " or not NAME_THEN_CLOSE.match(text, end):
        return None
    comma = start - 2
    window = max(floor, comma - 120)
    boundary = None
    for boundary in CLAUSE_END.finditer(text, window, comma):
        pass
    phrase_start = boundary.end() if boundary else window
    while phrase_start < comma and text[phrase_start].isspace():
        phrase_start += 1
    if boundary is None and window > floor:
        return None  # the phrase runs past the window: not a short appositive
    phrase_start = _past_leading_cue(text, phrase_start, comma)
    joined = None
    for joined in JOINED_DESCRIPTION.finditer(text, phrase_start, comma):
        pass
    if joined is not None and _plausible_role(text[joined.end():comma], last_is_head=True):
        phrase_start = joined.end()  # "Ms Varga and the treasurer, Tom Reyl": the role is the second one's
    phrase_start = _past_verb_before_role(text, phrase_start, comma)
    phrase = text[phrase_start:comma]
    return (phrase_start, comma) if phrase and (_plausible_role(phrase, last_is_head=True)
                                                or _placed_role(phrase)) else None


# a role and the place or body it is in, at, from or with: "A skipper from Lyme", "One engineer at Bay Lines"
PLACED_ROLE = regex.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+){0,2}?(?P<head>\p{Ll}+)"
                            r"[ \t\u00a0]+(?:from|in|at|with)[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
                            r"\p{Lu}[\p{L}'’\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’\-]*){0,3}")


def _placed_role(phrase: str) -> bool:
    """A role whose head is a title head, then "from", "in", "at" or "with" and the capitalised name of a place or
    body, all of the phrase: "A skipper from Lyme, Ida Lenz, said" is titled "A skipper from Lyme"; not "A cafe in
    Lyme", whose noun is no role."""
    found = PLACED_ROLE.fullmatch(phrase)
    return found is not None and title_words().is_head(found.group("head"))


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Nouns of `gendered_nouns.txt` for people ("mother", "son"): before "of" they head the role, a relation."""
    return frozenset(row[0].lower() for row in load_table("gendered_nouns.txt"))


CLAUSE_SUBJECTS = frozenset({"I", "We", "we", "He", "he", "She", "she", "They", "they"})  # they make a clause of it


def _past_verb_before_role(text: str, start: int, end: int) -> int:
    """Past a clause that ends in a role: "Bay United sacked its manager, Erik Sand," -> "its manager". The role
    begins at the last determiner after a lower-case word that is no connector, preposition or title word (a verb),
    or after "of" that follows no title head ("halved the pay of its harbour master" -> "its harbour master"),
    or after another preposition that follows such a lower-case word ("was sent from the club's harbour master" ->
    "the club's harbour master"), when what follows is a role; "the head of the port authority" and "the adviser
    to the mayor" stay whole."""
    words = list(WORD.finditer(text, start, end))
    vocabulary = title_words()
    clause = any(word.group() in CLAUSE_SUBJECTS for word in words)  # "I will vote for the party's nominee, Ann Varga"
    for index in range(len(words) - 1, 0, -1):
        previous = words[index - 1].group()
        if words[index].group().lower() not in DETERMINERS or not previous.islower():
            continue
        if clause:  # any lower-case word but a title word ends the clause's part: "vote for the party's nominee"
            verb = not vocabulary.is_title_word(previous)
        else:
            verb = previous not in CONNECTORS and not (
                previous in load_words("prepositions.txt") or vocabulary.is_title_word(previous))
        of_a_thing = previous == "of" and index > 1 and not vocabulary.is_head(owner := words[index - 2].group().lower()) \
            and owner not in _person_nouns()  # "The mother of the skipper" is her role, not "the skipper"
        # "was sent from the club's harbour master", "cast its votes for its mayor"; not "adviser to the mayor"
        after_a_verb = previous != "of" and index > 1 and previous in load_words("prepositions.txt") and (
            words[index - 2].group().islower() and not vocabulary.is_title_word(words[index - 2].group()))
        if verb or of_a_thing or after_a_verb:
            role_start = words[index].start()
            return role_start if _plausible_role(text[role_start:end], last_is_head=True) else start
    return start


def _past_leading_cue(text: str, start: int, end: int) -> int:
    """Past a cue, a conjunction or a sentence adverb that opens the phrase before a role ("said the harbour master,
    Ana Brun", "According to the harbour master, Ana Brun,", "…, and its general secretary, Anna Kvist,", "Then the
    mayor, Eva Brun,"): the role begins after it."""
    lowered = text[start:end].lower()
    for phrase, _ in cue_lexicon().phrases:
        if lowered.startswith(phrase + " "):
            return start + len(phrase) + 1
    word = WORD.match(text, start, end)
    if word is not None and word.end() < end and (
            _is_cue(word.group()) or word.group().lower() in load_words("clause_joints.txt")
            or word.group().lower() in load_words("sentence_adverbs.txt", lower=True)
            and text[word.end() + 1:word.end() + 2].islower()):
        return word.end() + 1
    return start


def _stated_after(pattern: regex.Pattern, text: str, end: int, limit: int) -> tuple[regex.Match, int, int] | None:
    """What opens a role's statement right after the name (", who chairs", " was"), and the clause after it."""
    match = pattern.match(text, end, min(limit, end + NAME_TAIL_REACH))
    return (match, *_clause(text, match.end(), limit)) if match else None


def who_clause_title(text: str, end: int, *, limit: int) -> tuple[str, bool] | None:
    """The role a "who is ..." or "who chairs ..." clause after the name states, and whether it is stated in the
    past ("who was the harbour master until May", "who coached the Gulls").

    >>> who_clause_title("Jane Doe, who chairs the ethics panel, said", 8, limit=43)
    ('chair of the ethics panel', False)
    """
    found = _stated_after(_who_clause(), text, end, limit)
    if found is None:
        return None
    match, start, stop = found
    # "who was the harbour master until May"; "who founded the group in 1990", while "who owns a cafe in Lyme" keeps
    # its place, the role a verb states naming no office of a place
    stop = _role_end(text, start, stop) if match.group("copula") else _role_end_before_time(text, start, stop)
    if (second := SECOND_PREDICATE.search(text, start, stop)) is not None:
        stop = second.start()  # "who chairs the board and owns two trawlers": the second verb states no role
    if (joint := TRAILING_JOINT.search(text, start, stop)) is not None:
        stop = joint.start()  # "who chairs the board and who has …": the clause stopped at the second relative
    phrase = text[start:stop]
    if not phrase or len(_words(phrase)) > 12:
        return None
    if match.group("copula"):
        return (phrase, _stated_past(match)) if _plausible_role(phrase) else None
    role = title_words().verbs.get(match.group("verb"))
    if role is None or _event_head(phrase):
        return None  # "who chaired the meeting", "who led the march": an occasion, not an office
    first = _words(phrase)[0]
    if first in load_words("prepositions.txt", lower=True):
        return None  # "who runs for mayor", "who leads in the polls": the verb takes no object, and states no role
    if first.isdigit() or first.lower() in load_words("role_object_counts.txt", lower=True):
        return None  # "who runs two boats", "who owns 12 trawlers": things counted, no office
    if NAME_THEN_SCORE.match(text, start, stop) is not None:
        return None  # "who leads Tom Reyl 1,428 to 1,153": a lead over a rival, no office
    if role == "head" and _object_head(phrase).lower() in load_words("worked_objects.txt", lower=True):
        return None  # "who runs a fish stall on the quay": a stall or boat worked, no office
    if role == "head" and _bare_plural_object(phrase):
        return None  # "who runs seal-watching trips from the harbour": an activity, no office
    # "who coached the Gulls": a role the person had, which "the former coach" repeats; a founder stays one
    return f"{role} of {phrase}", _past_form(match.group("verb")) and not role.endswith("founder")


# "Tom Reyl, representing the developer, …": the participle of representing set off after a name
REPRESENTING = regex.compile(r",[ \t\u00a0]+(?:representing[ \t\u00a0]+(?=the[ \t\u00a0]|\p{Lu})"
                             # "speaking for the Seafarers' Guild": a body's name, not "speaking for the first time"
                             r"|speaking[ \t\u00a0]+(?:for|on[ \t\u00a0]+behalf[ \t\u00a0]+of)[ \t\u00a0]+"
                             r"(?=(?:the[ \t\u00a0]+)?\p{Lu}))")


def representing_title(text: str, end: int, *, limit: int) -> str | None:
    """The role "representing" and its object set off after the name state: "Tom Reyl, representing the developer
    Harbour Estates, argued" -> "representative of the developer Harbour Estates"; the object opens with "the" or a
    capital and is closed by a comma; not "representing himself" nor "representing two boats".

    >>> representing_title("Tom Reyl, representing the developer, argued", 8, limit=44)
    'representative of the developer'
    """
    found = REPRESENTING.match(text, end, min(limit, end + NAME_TAIL_REACH))
    if found is None:
        return None
    start, stop = _clause(text, found.end(), limit)
    phrase = text[start:stop]
    if not phrase or len(_words(phrase)) > 8 or not text.startswith(",", stop):
        return None
    return f"representative of {phrase}"


def _bare_plural_object(phrase: str) -> bool:
    """The object opens with a lower-case word that is no determiner or possessive, and its noun (its last word
    before a preposition) is a plural in "-s" that names no department of `office_plurals.txt`: "seal-watching trips
    from the harbour", "boat tours"; not "the boatyard", "operations at Bay Lines", "Bay Lines"."""
    first = phrase.split()[0]
    if not first[:1].islower() or first.lower() in DETERMINERS | {"our", "this", "these", "those"} \
            or POSSESSIVE.search(first):
        return False
    head = _object_head(phrase)
    return head.endswith("s") and not head.endswith(("ss", "us", "is")) \
        and head not in load_words("office_plurals.txt", lower=True)


def _object_head(phrase: str) -> str:
    """An object's noun: its last word before a preposition or "out of", else its last word."""
    prepositions = load_words("prepositions.txt", lower=True)
    words = _words(phrase)
    at = next((i for i, word in enumerate(words) if i and (  # "boat tours out of Lyme"
        word in prepositions or word == "out" and words[i + 1:i + 2] == ["of"])), len(words))
    return words[at - 1]


def _event_head(phrase: str) -> bool:
    """The object's noun (its last word before a preposition) names a one-off event of role_event_objects.txt."""
    return _object_head(phrase) in load_words("role_event_objects.txt", lower=True)


@functools.cache
def _predicate() -> regex.Pattern:
    # an age set off before it: "Ana Varga, 45, has been a nurse"
    return regex.compile(r"(?:,\s+\d{1,3},)?\s+" + _copula() + r"\s+(?=(?:the\s+|an?\s+)?\p{L})", regex.VERBOSE)


def predicate_title(text: str, end: int, *, limit: int) -> tuple[str, bool] | None:
    """The role a copula right after the name states ("Tom Reyl was treasurer of the Harbour Council for ten
    years" -> "treasurer of the Harbour Council"), and whether it is stated in the past; the role's own noun (before
    "of", "for" or "at", else the last word) must be a title head, so "Ms Varga is the mayor's daughter" states none.

    >>> predicate_title("Ana Varga is the harbour master in Lyme.", 9, limit=40)
    ('the harbour master', False)
    """
    found = _stated_after(_predicate(), text, end, limit)
    if found is None:
        return None
    match, start, stop = found
    role_end = _role_end(text, start, stop, copula=True)
    describers = load_words("role_phrase_describers.txt", lower=True)
    for word in WORD.finditer(text, start, stop):
        if word.group().lower() in describers:
            return None  # "the first mayor to close the pier": a description
        if word.start() >= role_end:
            break  # the role and the word right after it
    phrase = text[start:role_end].strip()
    if not phrase or len(_words(phrase)) > 8 or not _plausible_role(phrase) or not role_noun_is_head(
            phrase, before=PREDICATE_ROLE_PREPOSITIONS):
        return None
    return phrase, _stated_past(match)


@functools.cache
def _role_verbs() -> dict[str, str]:
    """The verbs of `role_taking_verbs.txt` by kind ("subject", "joined", "object", "left", "passive"), each kind one
    alternation, longest first, its words joined by spaces or tabs."""
    verbs: dict[str, list[str]] = {"subject": [], "joined": [], "object": [], "left": [], "passive": []}
    for *words, kind in load_table("role_taking_verbs.txt"):
        verbs[kind].append(r"[ \t\u00a0]+".join(map(regex.escape, words)))
    return {kind: "|".join(sorted(found, key=len, reverse=True)) for kind, found in verbs.items()}


PASSIVE_BE = r"(?:was|is|has[ \t\u00a0]+been|had[ \t\u00a0]+been|will[ \t\u00a0]+be)[ \t\u00a0]+"  # before a participle of `role_taking_verbs.txt`
BY_AGENT = regex.compile(r"[ \t\u00a0]+by[ \t\u00a0]")  # where a role after a passive ends: "replaced as mayor by Ana Varga"


@functools.cache
def _role_taking() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """The openings of a role taken or left in an event (``role_taking_verbs.txt``): right after the name or its
    "who", a verb whose subject takes the role, its object and "as" ("replaced Ana Varga as "), one whose subject
    leaves it and "as" ("resigned as ") or a passive whose subject leaves it ("was replaced (by Ana Varga) as ");
    right before the name, a verb whose object takes it ("named "), one whose subject takes it from the object,
    who leaves it ("succeeded "), or a passive's "by", whose agent takes it ("was replaced by "); and, before the
    name, a passive, its role and "by" ("was replaced as mayor by ")."""
    verbs = _role_verbs()
    word = r"[\p{L}\p{M}.'’\-]+[ \t\u00a0]+"
    subject = regex.compile(r"(?:,[ \t\u00a0]+who)?[ \t\u00a0]+(?:(?P<left>" + verbs["left"] + r")[ \t\u00a0]+|(?P<passive>" + PASSIVE_BE
                            + "(?:" + verbs["passive"] + r")[ \t\u00a0]+(?:by[ \t\u00a0]+(?:" + word + r"){1,4}?)?)|(?:"
                            + verbs["subject"] + "|" + verbs["joined"] + r")[ \t\u00a0]+(?:" + word + r"){0,4}?)as[ \t\u00a0]+")
    verb_before = regex.compile(r"(?<![\p{L}\p{N}])(?:(?P<object>" + verbs["object"] + r")|(?P<agent>" + PASSIVE_BE
                                + "(?:" + verbs["passive"] + r")[ \t\u00a0]+by)|" + verbs["subject"] + r")[ \t\u00a0]+\Z")
    role_before = regex.compile(PASSIVE_BE + "(?:" + verbs["passive"] + r")[ \t\u00a0]+as[ \t\u00a0]+(?P<role>(?:" + word
                                + r"){0,4}?[\p{L}\p{M}.'’\-]+)[ \t\u00a0]+by[ \t\u00a0]+\Z")
    return subject, verb_before, role_before


@functools.cache
def _leaving() -> regex.Pattern:
    """A verb of leaving (``role_taking_verbs.txt``) right after a name or its appositive that ends its clause:
    before punctuation or a word of `leaving_followers.txt` ("resigned on Monday"), not before "as" or "from"."""
    followers = alternation(load_words("leaving_followers.txt", lower=True))
    return regex.compile(r",?[ \t\u00a0]+(?:" + _role_verbs()["left"] + r")(?=[ \t\u00a0]*[,.;:!?]|[ \t\u00a0]+(?:" + followers
                         + r")(?![\p{L}\p{N}]))", regex.IGNORECASE)


def stated_past_before(text: str, start: int) -> bool:
    """Whether an adverb of past_role_adverbs.txt stands right before a role starting at ``start``: "Ana Varga,
    once a skipper," had the role."""
    return PAST_ADVERB_BEFORE.search(text, max(0, start - 16), start) is not None


def left_after(text: str, end: int, limit: int) -> bool:
    """Whether the person whose name or appositive ends at ``end`` leaves the role in the clause that follows:
    "Bay Lines chairman Tom Reyl resigned on Monday", "Tom Reyl, chairman of Bay Lines, stepped down."."""
    return _leaving().match(text, end, min(limit, end + NAME_TAIL_REACH)) is not None


@functools.cache
def _dismissing_before() -> regex.Pattern:
    """A verb of `dismissing_verbs.txt` right before a title: "sacked " in "sacked manager Rob Kell"."""
    verbs = alternation(load_words("dismissing_verbs.txt", lower=True))
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + verbs + r")[ \t\u00a0]+\Z", regex.IGNORECASE)


def dismissed_before(text: str, start: int, floor: int) -> bool:
    """Whether the title starting at ``start`` is the object of a verb by which its holder loses it."""
    return _dismissing_before().search(text, max(floor, start - 16), start) is not None


ROLE_AFTER_OBJECT = regex.compile(r"[ \t\u00a0]+(?P<as>as[ \t\u00a0]+)?(?=\p{L})")  # "named Tom Reyl (as) chairman"


def taken_role(text: str, start: int, end: int, *, floor: int, limit: int) -> tuple[str, bool] | None:
    """The role the person named at ``start``-``end`` takes or leaves in an event the sentence tells, and whether
    it is one the person had (left): as the subject of a verb of `role_taking_verbs.txt` ("Tom Reyl replaced Ana
    Varga as mayor in May" -> "mayor", "Tom Reyl resigned as chairman" -> "chairman", had) or as its object ("The
    council named Tom Reyl as chairman", "Pier Lines named Ana Varga chief executive"; "Tom Reyl succeeded Ana
    Varga as mayor" -> "former mayor", which only "the former mayor" repeats)."""
    subject, verb_before, role_before = _role_taking()
    opening = subject.match(text, end, min(limit, end + NAME_TAIL_REACH))
    left = opening is not None and opening.group("left") is not None
    replaced = opening is not None and opening.group("passive") is not None  # "Tom Reyl was replaced as mayor"
    bare = False
    verb = verb_before.search(text, max(floor, start - 24), start) if opening is None else None
    if verb is not None:
        opening = ROLE_AFTER_OBJECT.match(text, end, min(limit, end + NAME_TAIL_REACH))
        replaced = verb.group("object") is None and verb.group("agent") is None
        if opening is not None and verb.group("object") is None and not opening.group("as"):
            opening = None  # "succeeded Ana Varga in May", "was replaced by Ana Varga in May"
        bare = opening is not None and not opening.group("as")
    if opening is None and (agent := role_before.search(text, max(floor, start - NAME_TAIL_REACH), start)):
        role_start, stop = agent.span("role")  # "was replaced as mayor by Ana Varga"
    elif opening is None:
        return None
    else:
        role_start, stop = _clause(text, opening.end(), limit)
    if (by := BY_AGENT.search(text, role_start, stop)) is not None:
        stop = by.start()  # "was replaced as mayor by Ana Varga": the role ends before the one who takes it
    stop = _role_end(text, role_start, stop)
    phrase = text[role_start:stop]
    if not phrase or len(_words(phrase)) > 8 or not role_noun_is_head(phrase):
        return None
    words = _words(phrase)
    if bare and words[0] in POSSESSIVE_DETERMINERS:
        words = words[1:]  # "elected Ana Varga its chairwoman"; not "named Tom Reyl the best skipper"
    if not (_bare_role(words) if bare else _plausible_role(phrase)):
        return None
    return ("former " + phrase, False) if replaced else (phrase, left)  # the one replaced is no holder now


@functools.cache
def _joining() -> regex.Pattern:
    """A verb of `joining_verbs.txt` right after a name or its "who", perhaps after a copula, and the body of
    `elected_bodies.txt` it names: "was elected to the Harbour Council", "who won a seat in Parliament"; not one
    joined "as" a role of its own ("elected to the board as its chairwoman"), which the copula states."""
    verbs = "|".join(r"[ \t\u00a0]+".join(map(regex.escape, verb.split()))
                     for verb in sorted(load_words("joining_verbs.txt", lower=True), key=len, reverse=True))
    bodies = alternation(row[0] for row in load_table("elected_bodies.txt"))
    return regex.compile(r"(?:,[ \t\u00a0]+who)?[ \t\u00a0]+(?:(?:is|was|has[ \t\u00a0]+been|had[ \t\u00a0]+been)[ \t\u00a0]+)?(?:" + verbs
                         + r")[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}\p{M}'’\-]*[ \t\u00a0]+){0,3}(?P<body>" + bodies
                         + r")(?![\p{L}\p{N}'’\-])(?![ \t\u00a0]+as[ \t\u00a0])", regex.IGNORECASE)


@functools.cache
def _member_roles() -> dict[str, str]:
    """A body's last word -> the role its members hold (``elected_bodies.txt``): "council" -> "councillor"."""
    return {body.lower(): " ".join(role) for body, *role in load_table("elected_bodies.txt")}


def member_role(text: str, end: int, limit: int) -> str | None:
    """The role of a member of the body the person named before ``end`` joins in the clause right after the name:
    "Ann Varga was elected to the Harbour Council" -> "councillor", "Tom Reyl, who won a seat in Parliament," ->
    "MP"."""
    found = _joining().match(text, end, min(limit, end + NAME_TAIL_REACH))
    return _member_roles()[found.group("body").lower()] if found is not None else None


@functools.cache
def _court_events() -> tuple[regex.Pattern, dict[str, str]]:
    """An event of `court_roles.txt` right after a name or its "who", and the role each event's words give."""
    roles = {" ".join(words).lower(): role for *words, role in load_table("court_roles.txt")}
    events = "|".join(r"[ \t\u00a0]+".join(map(regex.escape, event.split())) for event in sorted(roles, key=len, reverse=True))
    # "Tom Reyl, 54, of Harbour Road, Lyme, was fined": an age and an address set off after the name go first
    set_off = (r"(?:,[ \t\u00a0]+(?:\d{1,3}|(?-i:(?:of|from)[ \t\u00a0][^,.;:!?]{1,60}"
               r"(?:,[ \t\u00a0]+\p{Lu}[\p{L}'’\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’\-]*){0,2})?)))+,")
    return regex.compile(r"(?:" + set_off + r"|,[ \t\u00a0]+who)?[ \t\u00a0]+(?P<event>" + events
                         + r")(?![\p{L}\p{N}'’\-])", regex.IGNORECASE), roles


@functools.cache
def _counsel_participles() -> tuple[regex.Pattern, dict[str, str]]:
    """A participle of `counsel_participles.txt`, or "for the" and a side of `counsel_sides.txt`, set off by commas
    right after a name, and the role each gives ("prosecuting" and "for the prosecution" -> "prosecutor")."""
    roles = {participle.lower(): " ".join(role) for participle, *role in load_table("counsel_participles.txt")}
    roles |= {f"for the {side.lower()}": " ".join(role) for side, *role in load_table("counsel_sides.txt")}
    phrases = (regex.escape(phrase).replace("\\ ", r"[ \t\u00a0]+") for phrase in sorted(roles))
    # closed by a comma, or by the stop that ends a tag after a quotation ("…,” said Ida Lenz, prosecuting.")
    return regex.compile(r",[ \t\u00a0]+(?P<participle>" + "|".join(phrases) + r")[ \t\u00a0]*(?:,|\.(?=\s|\Z))",
                         regex.IGNORECASE), roles


@functools.cache
def _opening_counsel() -> regex.Pattern:
    """A participle of `counsel_participles.txt`, or "for the" and a side of `counsel_sides.txt`, opening the
    sentence and set off by a comma right before a name: "Defending, Tom Reyl told the court …"."""
    _, roles = _counsel_participles()
    phrases = (regex.escape(phrase).replace("\\ ", r"[ \t\u00a0]+") for phrase in sorted(roles))
    return regex.compile(r"[\W_]*(?P<participle>" + "|".join(phrases) + r"),[ \t\u00a0]+\Z", regex.IGNORECASE)


def opening_counsel_role(text: str, floor: int, start: int) -> str | None:
    """The role a barrister's participle or side gives when it opens the sentence right before the name at
    ``start``: "Defending, Tom Reyl argued that …" -> "defence counsel", "Prosecuting, Ida Lenz told the jury …"
    -> "prosecutor"; None for "Defending the toll, Tom Reyl said …"."""
    found = _opening_counsel().fullmatch(text, floor, start)
    if found is None:
        return None
    return _counsel_participles()[1][" ".join(found.group("participle").lower().split())]


def court_role(text: str, end: int, limit: int) -> str | None:
    """The role in a court case of the person named before ``end`` that the clause right after the name gives:
    "Tom Reyl pleaded not guilty to fraud" -> "defendant", "Ann Varga, who is suing Pier Lines," -> "plaintiff";
    a barrister's participle or side set off after the name too: "Ida Lenz, prosecuting, said" and "Ida Lenz, for
    the prosecution, said" -> "prosecutor"."""
    participles, counsel = _counsel_participles()
    if (set_off := participles.match(text, end, limit)) is not None:
        return counsel[" ".join(set_off.group("participle").lower().split())]
    events, roles = _court_events()
    found = events.match(text, end, min(limit, end + NAME_TAIL_REACH))
    return roles[" ".join(found.group("event").lower().split())] if found is not None else None


def _stated_past(copula: regex.Match) -> bool:
    """"was treasurer", not "was elected treasurer": a role the person had."""
    return copula.group("past") is not None and copula.group("appointed") is None


# after the noun of a role set off after a name: "an analyst at", "an adviser to", "a spokeswoman from"
ROLE_NOUN_PREPOSITIONS = ("of", "for", "at", "to", "from", "with")
ROLE_NOUN_ENDS = frozenset(ROLE_NOUN_PREPOSITIONS) | {"in"}  # after a role's noun: "friend of", "a skipper in Lyme"


def role_nouns(title: str) -> frozenset[str]:
    """The nouns that say what a role is, spelled out as ``title_key`` spells them: the word before the first
    preposition of ``ROLE_NOUN_ENDS`` (after "one of", the last word), else the last word, and a word before "and";
    a word of ``second_ranks.txt`` right before one stands for it ("deputy mayor" -> "deputy").

    >>> sorted(role_nouns("a friend of the mayor")), sorted(role_nouns("the mayor's son")), sorted(role_nouns("Sen."))
    (['friend'], ['son'], ['senator'])
    >>> sorted(role_nouns("a maritime law professor and political scientist at Lyme University"))
    ['professor', 'scientist']
    """
    words = _words(title)
    end = next((index for index, word in enumerate(words)
                if index and word in ROLE_NOUN_ENDS and words[index - 1] != "one"), len(words))
    ends = [index for index in range(1, end) if words[index] == "and"] + [end]
    return frozenset(_second_rank(words, index - 1) or noun
                     for index in ends if index and (noun := _spelled_out(words[index - 1])))


def _second_rank(words: list[str], noun: int) -> str | None:
    """The word of ``second_ranks.txt`` right before the noun at ``noun``, or before the one plain word before it:
    "deputy" in "deputy mayor" and in "deputy harbour master"."""
    ranks = load_words("second_ranks.txt", lower=True)
    for before in (noun - 1, noun - 2):
        if before < 0 or before < noun - 1 and words[noun - 1] in CONNECTORS | DETERMINERS | ROLE_NOUN_ENDS:
            return None
        if words[before] in ranks:
            return words[before]
    return None


def _spelled_out(word: str) -> str:
    """An office honorific's office and the last word of a role's initials: "sen" -> "senator", "ceo" ->
    "executive"."""
    found = honorific(word)
    if found is not None and found.meaning:
        return found.meaning
    return _role_abbreviations().get(word, (word,))[-1]


def title_key(title: str) -> frozenset[str]:
    """The content words of a title, honorifics and initials (`role_abbreviations.txt`) spelled out, for comparing
    roles.

    >>> sorted(title_key("Sen.")), sorted(title_key("the CEO"))
    (['senator'], ['chief', 'executive'])
    """
    words = set()
    for word in _words(title):
        found = honorific(word)
        if found is not None and found.meaning:
            word = found.meaning
        if word in _role_abbreviations():
            words.update(_role_abbreviations()[word])
        elif word not in DETERMINERS and word not in CONNECTORS:
            words.add(word)
    return frozenset(words)


@functools.cache
def _role_abbreviations() -> dict[str, tuple[str, ...]]:
    """Initials of a role -> the words they stand for: "ceo" -> ("chief", "executive")."""
    return {initials.lower(): tuple(word.lower() for word in words)
            for initials, *words in load_table("role_abbreviations.txt")}
