"""Person names in running text: where they are and how each one splits.

One compiled pattern finds *runs* of capitalised words on a line ("Treasury
Secretary Erik Dahl", "Mr Reyl", "Erik J. Osman"). Each run splits
into what comes before the name (openers, titles, an honorific) and the name
itself. A name counts as a person when something says so: an honorific or a
lower-case title just before it, a known given name, or, in a second pass, a
surname that a person already bears elsewhere in the document.
"""
from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Callable, Iterator, Sequence

import regex
from attrs import define, field, frozen

from ..lexicon import load_table, load_words
from ..model import Span
from .frames import prefix_alternation
from .titles import honorific, is_present_cue, name_openers, title_words

__all__ = ["PersonName", "Entity", "find_person_names", "cluster_people", "given_name_gender", "is_given_name"]

PERSON = "person"

_SEP = r"[ \t\u00a0]+"
_PARTICLES = "|".join(sorted(load_words("name_particles.txt", lower=True), key=len, reverse=True))
_WORD = rf"""(?:[dl]['’](?=\p{{Lu}})|(?:{_PARTICLES})-(?=\p{{Lu}}))?\p{{Lu}}(?:[\p{{L}}\p{{M}}]*\p{{Ll}}[\p{{L}}\p{{M}}]*)?  # "d'Amato", "al-Rashid": a particle on its word
            (?:[-'’](?![sS](?![\p{{L}}\p{{M}}]))\p{{Lu}}?[\p{{L}}\p{{M}}]*\p{{Ll}}[\p{{L}}\p{{M}}]*)*"""
# a title or other abbreviation that may stand in a name ("Sen.", "St."), not a short surname ending a sentence
_ABBREVIATIONS = prefix_alternation(word for word in load_words("abbreviations.txt") | load_words("abbreviations_other.txt")
                                    if regex.fullmatch(r"\p{Lu}\p{Ll}{1,3}", word))
# an honorific in capitals ("PC", "DCI"), a word of a name run only before another capital
_CAPITAL_HONORIFICS = prefix_alternation(form for form, *_ in load_table("honorifics.txt")
                                         if regex.fullmatch(r"\p{Lu}{2,}", form))
_TOKEN = rf"""(?:
      (?:{_ABBREVIATIONS}|\p{{Lu}})\.(?={_SEP}\p{{Lu}})   # Sen. Mr. J. before another capital; not "Ana Brun. Brun"
    | (?:{_CAPITAL_HONORIFICS})(?={_SEP}\p{{Lu}})        # PC Tom Reyl
    | {_WORD}
    )(?![\p{{L}}\p{{M}}\p{{N}}])"""
NAME_TOKEN = regex.compile(_TOKEN, regex.VERBOSE)
NAME_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’\-.@#/]){_TOKEN}(?:{_SEP}{_TOKEN})*", regex.VERBOSE)
# one or two lower-case particles of a name between two capitalised words: "Tom de Wit", "Ana de la Vega"
PARTICLES_AFTER = regex.compile(rf"{_SEP}(?:(?:{_PARTICLES}){_SEP}){{1,2}}(?=\p{{Lu}})")
PARTICLES_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_PARTICLES})(?:{_SEP}(?:{_PARTICLES}))?{_SEP}\Z")
PARTICLE_RUN = regex.compile(rf"{_TOKEN}(?:{_SEP}{_TOKEN})*{_SEP}(?:(?:{_PARTICLES}){_SEP}){{1,2}}{_TOKEN}"
                             rf"(?:{_SEP}{_TOKEN})*", regex.VERBOSE)
PARTICLE_REACH = 12  # characters before a name's first capitalised word read for its particles
WORD_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}\-]+)[ \t\u00a0]+\Z")  # searched from the end: one attempt
WORD_AFTER = regex.compile(r"[ \t\u00a0]+([\p{L}\p{M}\-]+)")
INITIAL = regex.compile(r"\p{Lu}\.?")
SUFFIXES = load_words("name_suffixes.txt", lower=True)  # "Jr", "Sr": no part of the name
WEEKDAYS = load_words("weekdays.txt", lower=True)
FIRM_TRADES = load_words("firm_trade_nouns.txt", lower=True)  # "developer": before a name, a firm's trade
FIRM_KINDS = load_words("organisations.txt", lower=True) | FIRM_TRADES  # "company", "developer": a firm's kind
PLACE_OPENERS = load_words("place_name_openers.txt", lower=True)  # "St.", "Fort": a place's name, not a person's
ARTICLES = frozenset({"the", "a", "an"})


@frozen
class PersonName:
    """One mention of a person by name.

    ``span`` is the mention ("Mr Reyl", "President Osman", "Tom Reyl"):
    the name, with the honorific before it when it is a courtesy form or the
    name has no given name; ``name`` is the proper name alone.
    """

    span: Span
    name: Span
    given: tuple[str, ...]
    surname: str
    gender: str | None
    strong: bool
    office: str = ""  # the office an honorific right before names ("President Tom Ruiz": "president")


@functools.cache
def _given_names() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for gender, file in (("m", "first_names_male.txt"), ("f", "first_names_female.txt"),
                         (None, "first_names_unisex.txt")):
        for name in load_words(file):
            table.setdefault(name, gender)
    for name, gender in load_table("first_names_world.txt"):  # "Sofie", "Piet": names from other countries
        table.setdefault(name, gender)
    return table


def _listed(word: str) -> str | None:
    """``word`` as the given-name lists spell it: itself, or without its accents ("María" -> "Maria")."""
    table = _given_names()
    if word in table:
        return word
    if word.isascii():
        return None
    plain = "".join(char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char))
    return plain if plain in table else None


def is_given_name(word: str) -> bool:
    """True for a listed given name, with or without its accents: "Marco", "María", not "Coastline"."""
    return _listed(word) is not None


def given_name_gender(word: str) -> str | None:
    """'m' or 'f' for a given name mostly borne by one sex, else None.

    >>> given_name_gender("Ana"), given_name_gender("Taylor"), given_name_gender("José")
    ('f', None, 'm')
    """
    listed = _listed(word)
    return _given_names()[listed] if listed is not None else None


def _word_before(text: str, start: int) -> str:
    match = WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1).lower() if match else ""


def _word_after(text: str, end: int) -> str:
    match = WORD_AFTER.match(text, end, min(len(text), end + 40))
    return match.group(1) if match else ""


def _run_tokens(text: str, run: regex.Match) -> list[tuple[int, int, str]]:
    """The run's words as (start, end, word). Most runs are one word ("The", "Reyl"): a run with no separator
    is its own single token, so only runs of several words are split again (a run ending in "." may be an
    abbreviation whose token needed the capital after it, and is split too)."""
    word = run.group()
    if " " not in word and "\t" not in word and "\u00a0" not in word and not word.endswith("."):
        return [(run.start(), run.end(), word)]
    return [(m.start(), m.end(), m.group()) for m in NAME_TOKEN.finditer(text, run.start(), run.end())]


POSSESSIVE_GIVEN_NAMES = load_words("possessive_determiners.txt", lower=True)  # given names too when listed: "My"
AFTER_CLOSING_MARK = regex.compile(r"[,.!?]?[”\"’]\s+\Z")  # '“The county should pay,” ' before a tag's name


def parse_run(text: str, run: regex.Match) -> PersonName | None:
    """Split one run of capitalised words into its prefix and a name, if any.

    >>> t = "Treasury Secretary Erik Dahl said"
    >>> parse_run(t, NAME_RUN.search(t)).span.text
    'Erik Dahl'
    """
    vocabulary = title_words()
    stop_words = _run_stop_words()
    tokens = _run_tokens(text, run)
    prefix_end = -1
    for index, (_, _, word) in enumerate(tokens[:-1]):
        low = word.rstrip(".").lower()
        if low == "a" and index > 0 and honorific(tokens[index - 1][2]) is not None:
            continue  # "Dr A Varga", "Mr A. Reyl": an initial after the honorific, not the article
        if index == 0 and low in POSSESSIVE_GIVEN_NAMES and is_given_name(word) and len(tokens) == 2 \
                and AFTER_CLOSING_MARK.search(text, max(0, run.start() - 4), run.start()) is not None:
            continue  # '“…,” My Tran said': a given name that is also a possessive, the name's first word after a quotation
        if low in stop_words or vocabulary.is_title_word(low) or honorific(word) is not None or (
                vocabulary.is_plural_head(low)) or (  # "Professors Varga and Reyl"
                index == 0 and low.endswith("ly") and not is_given_name(word)):  # "Interestingly Reyl, a skipper,"
            prefix_end = index
    names = tokens[prefix_end + 1:]
    # "Reyl Says Pier Will Stay Open", "Mayor Says …": a headline's verb before more capitals ends the name
    verb = next((index for index, (_, _, word) in enumerate(names[:-1]) if is_present_cue(word)), None)
    if verb is not None:
        names = names[:verb]
        if not names:
            return None
    # "De Wit said", "Van der Berg said": the particle opens the surname, and no given name is told, even one
    # that is a given name when another particle follows it
    surname_only = len(names) == 2 and names[0][2].lower() in _particles() and (
        not is_given_name(names[0][2]) or PARTICLES_AFTER.match(text, names[0][1], names[1][0] + 1) is not None)
    if len(names) >= 3 and not is_given_name(names[0][2]) and is_given_name(names[1][2]) and (
            not INITIAL.fullmatch(names[0][2])) and (  # "W. Tom Reyl": an initial before the given name is the name's
            names[0][2].rstrip(".").lower() not in PLACE_OPENERS):  # "St. Louis Ferries" is a place's, not "Louis Ferries"
        prefix_end, names = prefix_end + 1, names[1:]  # "Kremlin Tom Reyl"
    while len(names) > 1 and names[-1][2].lower() in SUFFIXES:
        names = names[:-1]
    prefix = tokens[prefix_end] if prefix_end >= 0 else None
    if len(names) > 1 and names[-1][2].lower() in WEEKDAYS and (
            len(names) > 2 or (prefix is not None and honorific(prefix[2]) is not None)):
        names = names[:-1]  # "Ms Varga Monday said", "Tom Reyl Monday said": the day of the act; not "Ann Friday"
    before = prefix[2].lower() if prefix else _word_before(text, run.start())
    if before in FIRM_TRADES and len(names) > 1 and not is_given_name(names[0][2]):
        return None  # "Developer Bay Energy", "property developer Bay Homes": a firm, not a person's job
    title = honorific(prefix[2]) if prefix else None
    if title is None and before in ARTICLES:
        return None  # "the Ruiz Foundation": a modifier of something else
    organisations = load_words("organisations.txt", lower=True)
    if names[-1][2].lower() in organisations or _word_after(text, names[-1][1]) in organisations:
        return None  # "National Security Council", "the Varga administration"
    given = () if surname_only else tuple(word for _, _, word in names[:-1])
    surname = names[-1][2]
    surname = surname[:1].upper() + surname[1:]  # "d'Amato" and "D'Amato" at a sentence's start are one surname
    first = next((word for word in given if not INITIAL.fullmatch(word)), None)
    given_gender = given_name_gender(first) if first else None
    # "Ms Ann Varga": a courtesy title tells the gender; an office's ("Chairman Ann Varga") yields to the given name
    gender = (title.gender if title and title.gender and not (title.office and given_gender)
              else given_gender)
    lowercase_title = prefix is None and (before in vocabulary.heads or before in vocabulary.mods)
    head_before_full_name = bool(given) and vocabulary.is_head(before.rstrip("."))  # "Fisherman Ole Dahl"
    strong = title is not None or lowercase_title or head_before_full_name or (
        first is not None and is_given_name(first))
    keep_honorific = title is not None and (not title.office or not given)
    mention_start = prefix[0] if keep_honorific and prefix else names[0][0]
    end = names[-1][1]
    # "Mr van Reyl": the particles between the honorific and the surname are the name's
    particles = PARTICLES_BEFORE.search(text, max(run.start(), names[0][0] - PARTICLE_REACH), names[0][0])
    name_start = particles.start() if particles is not None else names[0][0]
    mention_start = min(mention_start, name_start)
    name = Span.of(text, name_start, end)
    mention = name if mention_start == name.start else Span.of(text, mention_start, end)
    return PersonName(mention, name, given, surname, gender, strong, title.meaning if title and title.office else "")


@functools.cache
def _run_stop_words() -> frozenset[str]:
    """The words that end a run's prefix (`name_stopwords.txt` and the openers of a run), joined once, not for
    every run of capitals."""
    return load_words("name_stopwords.txt", lower=True) | name_openers()


@functools.cache
def _particles() -> frozenset[str]:
    return load_words("name_particles.txt", lower=True)


def _joined_over_particles(text: str, run: regex.Match) -> regex.Match | None:
    """The run with the particles and capitalised words after it, when it ends in a given name or an honorific
    and one or two particles of `name_particles.txt` follow: "Tom de Wit", "Mr van Reyl"; not "Cinco de Mayo"."""
    if PARTICLES_AFTER.match(text, run.end(), min(len(text), run.end() + PARTICLE_REACH + 2)) is None:
        return None  # the usual case, told without reading the run's words
    last = _run_tokens(text, run)[-1][2]
    if not is_given_name(last) and honorific(last) is None:
        return None
    return PARTICLE_RUN.match(text, run.start())


def iter_name_candidates(text: str) -> Iterator[PersonName]:
    """Every run that holds a name, strong or not, in text order; a run joined to the next over a name's particles
    ("Tom de Wit") is one."""
    joined_end = 0
    for run in NAME_RUN.finditer(text):
        if run.start() < joined_end:
            continue  # "Wit", already read with "Tom de"
        if (joined := _joined_over_particles(text, run)) is not None:
            run, joined_end = joined, joined.end()
        candidate = parse_run(text, run)
        if candidate is not None:
            yield candidate


def find_person_names(text: str, *, vouched: Callable[[PersonName, list[PersonName]], bool] = lambda _, __: False,
                      family_first: Callable[[PersonName, list[PersonName]], bool] = lambda _, __: False
                      ) -> tuple[PersonName, ...]:
    """The person mentions of ``text``: strong ones, weak ones that ``vouched`` accepts (a title
    appositive), and weak ones whose surname a strong or vouched mention bears. ``vouched`` is also given the
    mentions of a full name's surname alone after it ("Mette Dahl said … Dahl added"); ``family_first`` is given
    the mentions of its first word alone after it when that is no listed given name ("Zhang Wei said … Zhang
    added"), a family name written first, which then counts as a surname too.

    >>> [p.span.text for p in find_person_names("Tom Reyl left. Then Reyl spoke to Coast Ferries.")]
    ['Tom Reyl', 'Reyl']
    """
    candidates = list(iter_name_candidates(text))
    strong = {c.surname for c in candidates if c.strong}
    alone: dict[str, list[PersonName]] = {}  # the bare mentions of each surname
    for c in candidates:
        if not c.given:
            alone.setdefault(c.surname, []).append(c)
    # a weak mention whose surname a strong one bears needs no other evidence; "The council's leader, Mette Lund,
    # spoke. Later, Lund said": a vouched person's surname then counts too
    vouched_for = [not c.strong and c.surname not in strong and vouched(
        c, [a for a in alone.get(c.surname, ()) if a.span.start > c.span.start] if c.given else []) for c in candidates]
    surnames = strong | {c.surname for c, person in zip(candidates, vouched_for) if person}
    # "Zhang Wei said … Zhang added": a family name written first, no listed given name, that comes back alone
    for index, c in enumerate(candidates):
        if vouched_for[index] or c.strong or len(c.given) != 1 or is_given_name(c.given[0]) or c.given[0] in surnames:
            continue
        family = [a for a in alone.get(c.given[0], ()) if a.span.start > c.span.start]
        if family and family_first(c, family):
            vouched_for[index] = True
            surnames |= {c.surname, c.given[0]}
    return tuple(c for c, person in zip(candidates, vouched_for) if c.strong or person or c.surname in surnames)


@define
class Entity:
    """An entity under construction: mentions and facts gathered in text order."""

    kind: str
    name: str
    given: tuple[str, ...] = ()
    gender: str | None = None
    plural: bool = False
    head: str = ""
    key: str = ""
    name_size: int = 0
    title: str | None = None
    title_full: bool = False
    title_past: bool = False
    mentions: list[Span] = field(factory=list)
    starts: list[int] = field(factory=list)  # mention starts, kept sorted

    def add_mention(self, span: Span) -> None:
        if not self._has(span.start):
            bisect.insort(self.starts, span.start)
            self.mentions.append(span)

    def _has(self, start: int) -> bool:
        position = bisect.bisect_left(self.starts, start)
        return position < len(self.starts) and self.starts[position] == start

    def last_start_before(self, offset: int) -> int:
        position = bisect.bisect_left(self.starts, offset)
        return self.starts[position - 1] if position else -1

    def add_title(self, title: str | None, *, full: bool, past: bool = False) -> None:
        """The first full statement wins; an office honorific only stands in. ``past``: a title the person
        "was" ("Tom Reyl was treasurer"), which "the former treasurer" may repeat."""
        if title and (self.title is None or (full and not self.title_full)):
            self.title, self.title_full, self.title_past = title, full, past


def _given_keys(given: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The buckets an entity with ``given`` sits in: every entity is in "any"; one without a given name in "none";
    one with a given name in its first letter's bucket and in the bucket of the name itself or, for an initial, of
    the initial's letter. Erik = Erik, E. = Erik, E. = Eva; Tom != Ana."""
    if not given:
        return ("any", ""), ("none", "")
    first = given[0].rstrip(".")
    kind = "initial" if INITIAL.fullmatch(given[0]) else "name"
    return ("any", ""), ("letter", first[:1]), (kind, first[:1] if kind == "initial" else first)


def _wanted_keys(given: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The buckets whose entities a mention with ``given`` may join: any at all without a given name, the same
    letter after an initial, else the same name or an initial of its letter."""
    if not given:
        return ("any", ""),
    first = given[0].rstrip(".")
    if INITIAL.fullmatch(given[0]):
        return ("letter", first[:1]),
    return ("name", first), ("initial", first[:1])


@define
class _Recency:
    """The entities of one surname in buckets (see ``_given_keys``) by gender, each bucket in order of last
    mention, so the most recent compatible entity is found without reading the others."""
    buckets: dict[tuple[str, str], dict[str | None, dict[int, None]]] = field(factory=dict)

    def most_recent(self, keys: Sequence[tuple[str, str]], gender: str | None, last_seen: list[int],
                    skipped: frozenset[int] | set[int] = frozenset()) -> int | None:
        heads = [head for key in keys for bucket_gender, bucket in self.buckets.get(key, {}).items()
                 if gender_compatible(bucket_gender, gender)
                 and (head := next((index for index in reversed(bucket) if index not in skipped), None)) is not None]
        return max(heads, key=lambda i: last_seen[i]) if heads else None

    def holding(self, offices: list[set[str]], office: str, gender: str | None, last_seen: list[int]) -> int | None:
        """The most recent entity of the surname that an honorific of ``office`` has named, of a gender that fits."""
        found = {index for bucket_gender, bucket in self.buckets.get(("any", ""), {}).items()  # every entity's
                 if gender_compatible(bucket_gender, gender) for index in bucket if office in offices[index]}
        return max(found, key=lambda i: last_seen[i]) if found else None

    def move(self, index: int, old: Sequence[tuple[str, str]], old_gender: str | None,
             new: Sequence[tuple[str, str]], new_gender: str | None) -> None:
        """Take entity ``index`` out of its old buckets and put it last in its new ones."""
        for key in old:
            self.buckets.get(key, {}).get(old_gender, {}).pop(index, None)
        for key in new:
            self.buckets.setdefault(key, {}).setdefault(new_gender, {})[index] = None


def _office_before(mention: PersonName) -> bool:
    """The mention keeps an office honorific before its name: "Mayor Tom", "President Erik"."""
    if mention.span.start == mention.name.start:
        return False
    found = honorific(mention.span.text.split()[0])
    return found is not None and found.office


def _written_out(mention: PersonName) -> bool:
    """The mention's name ends in its surname as written ("Jean-Luc d'Amato" for the surname "D'Amato")."""
    return mention.name.text.lower().endswith(mention.surname.lower())


def _full_name(mention: PersonName) -> str:
    """The name as written, or the given name and the surname it takes from a relative ("his wife, Ann,")."""
    if _written_out(mention):
        return mention.name.text
    return " ".join((*mention.given, mention.surname))


def gender_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def cluster_people(names: Sequence[PersonName], stated: Sequence[frozenset[str]] = (),
                   possessors: Sequence[bool] = ()) -> tuple[list[Entity], list[int]]:
    """Group person mentions into entities; returns the entities and each mention's entity.

    A full name joins the entity with the same surname and a compatible given
    name (or one with no given name yet); a bare surname joins the most
    recently mentioned entity of that surname whose gender fits, and one word
    that no entity bears as a surname the most recent one whose given name it
    is ("Ann Varga … Ann said"). A surname after an office honorific joins the
    one an honorific of that office named, or whose mention stated that office
    (``stated``: the words of the role each mention states, "Mara Hale, a
    councillor," for "Councillor Hale" after "Jon Hale"). A full name that is a
    relative's possessor (``possessors``: "Erik Sand's sister") is the one the
    relative is reckoned from, not a person seen so far by an honorific and the
    surname alone ("Dr Sand"), and a bare surname after an honorific takes a
    person named only so last of all.

    >>> from quoteattr.quotes.names import find_person_names
    >>> people, owner = cluster_people(find_person_names("Ana Ruiz met Tom Ruiz. Mrs Ruiz left."))
    >>> [people[i].name for i in owner]
    ['Ana Ruiz', 'Tom Ruiz', 'Ana Ruiz']
    """
    people: list[Entity] = []
    last_seen: list[int] = []
    by_surname: dict[str, _Recency] = {}
    by_given: dict[str, list[int]] = {}  # a given name -> the entities bearing it
    # people whose surname the text never writes with their given name ("his wife, Ann,"): a bare surname is one
    # whose name the text writes when one fits ("Tom Varga and his wife, Ann, … Mr Varga said" is Tom; "Mrs
    # Varga" is Ann)
    implied: set[int] = set()
    owner: list[int] = []
    offices: list[set[str]] = []  # the offices honorifics before each entity's names give it
    # people named so far only as a relative's possessor ("Erik Sand's sister"), and people an honorific has named
    # ("Dr Sand"): the possessor is not one seen so far by an honorific and the surname alone, and a later "Dr Sand"
    # is not the possessor while another of the surname is there
    possessed_only: set[int] = set()
    honoured: set[int] = set()
    for position, mention in enumerate(names):
        possessor = position < len(possessors) and possessors[position]
        with_honorific = mention.span.start != mention.name.start
        recency = by_surname.setdefault(mention.surname, _Recency())
        # "President Tom Ruiz … Ana Ruiz … President Ruiz": the one that office was given to
        chosen = recency.holding(offices, mention.office, mention.gender, last_seen) if (
            mention.office and not mention.given) else None
        skipped = (implied | possessed_only if with_honorific else implied) if not mention.given else frozenset()
        if chosen is None:
            chosen = recency.most_recent(_wanted_keys(mention.given), mention.gender, last_seen, skipped)
        if chosen is None and not mention.given and skipped:
            chosen = recency.most_recent((("any", ""),), mention.gender, last_seen)
        if chosen is None and mention.given:
            chosen = recency.most_recent((("none", ""),), mention.gender, last_seen,
                                         honoured if possessor else frozenset())
        if chosen is None and not mention.given and not _office_before(mention):
            # "Ann Varga runs the cafe. Ann said": her given name alone; not "Mayor Tom de Wit", whose lower-case
            # particle cuts the name after the office
            chosen = max((index for index in by_given.get(mention.surname, ())
                          if gender_compatible(people[index].gender, mention.gender)),
                         key=lambda index: last_seen[index], default=None)
        if chosen is None:
            chosen = len(people)
            people.append(Entity(PERSON, mention.name.text))
            last_seen.append(position)
            offices.append(set())
            if mention.given and not _written_out(mention):
                implied.add(chosen)
            if mention.given and possessor:
                possessed_only.add(chosen)
        entity = people[chosen]
        old_keys, old_gender = _given_keys(entity.given), entity.gender
        if len(mention.given) > len(entity.given):
            entity.given, entity.name = mention.given, _full_name(mention)
            by_given.setdefault(mention.given[0], []).append(chosen)
        if mention.given and _written_out(mention):
            implied.discard(chosen)  # "Ann Varga" written out
        if not possessor:
            possessed_only.discard(chosen)
        if with_honorific:
            honoured.add(chosen)
        entity.gender = entity.gender or mention.gender
        if mention.office:
            offices[chosen].add(mention.office)
        if position < len(stated):
            offices[chosen].update(stated[position])  # "Mara Hale, a councillor," for a later "Councillor Hale"
        entity.add_mention(mention.span)
        last_seen[chosen] = position
        recency.move(chosen, old_keys, old_gender, _given_keys(entity.given), entity.gender)
        owner.append(chosen)
    return people, owner
