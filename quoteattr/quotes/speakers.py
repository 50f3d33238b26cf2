"""Speakers as entities: each quote's source mention resolved to one entity.

:func:`resolve_speakers` takes the quotes the engine found (each with its
local ``source`` span) and returns them with ``speaker`` filled, plus one
:class:`~quoteattr.model.Speaker` per entity that said something:

- a person named anywhere in the text ("Tom Reyl", "Mr Reyl", "Osman's")
  is one entity per surname and compatible given name and gender;
- a pronoun source ("he", "she", "they") is the most recent compatible entity
  mentioned before it outside quoted content, or a speaker with no name;
- a definite description repeating a known title ("the Treasury secretary")
  is the person holding it; other descriptions ("officials", "a spokesman for
  the company") and organisations ("The US") are speakers of their own.

docs/speakers.md walks through the rules with examples.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex
from attrs import define, field

from ..analysis.base import Analysis
from ..lexicon import load_lines, load_table, load_words
from ..model import Quote, Speaker, Span
from .frames import EndAnchored, alternation, end_before, frames, last_char_before, near, prefix_alternation, spaced
from .names import (ARTICLES, FIRM_KINDS, FIRM_TRADES, PERSON, WORD_AFTER, Entity, PersonName, cluster_people,
                    find_person_names, gender_compatible, given_name_gender, is_given_name)
from .generations import with_age_comparatives
from .interviews import ANSWER, turn_role
from .pronouns import GENDERED_PRONOUN, pronouns
from .sources import (DATELINE, NOUN_DETERMINERS, PERSON_NOUN_ENDINGS, RELATIVE_PRONOUNS, SALUTATION, names_head_object,
                      noun_phrase_before, past_time_opening, plausible_source, sentence_subject, word_before)
from .subjects import time_before_relative
from .titles import (NAME_THEN_CLOSE, ROLE_OBJECT_PREPOSITIONS, appositive_after_title, appositive_before_title, bracketed_role,
                     predicate_title, premodifier_title, representing_title, taken_role, title_key, title_words, who_clause_title, honorific,
                     is_office_word, left_after, dismissed_before, member_role, court_role, opening_counsel_role, role_noun_is_head,
                     stated_past_before,
                     role_nouns, without_age, POSSESSIVE, PARTY_SET_OFF, name_openers)
from .wordcues import folds_to_ascii

__all__ = ["resolve_speakers"]

DESCRIPTION, GROUP, ORGANISATION, UNKNOWN = "description", "group", "organisation", "unknown"
SOURCE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-&]*|,")
DEPENDENT_ROLE = regex.compile(r"(?<![\p{L}\-])(\p{L}[\p{L}\-]*)\s+(?:for|to)\s")  # "spokesman for", "aides to"
TRAILING = regex.compile(r"(?:['’]s?|[\s,.;:]+)+\Z")
POSSESSIVE_IN = regex.compile(r"\p{L}['’]s?\s+\p{Ll}")  # "Mr Reyl's spokesman", "the Reyls' lawyer"
POSSESSOR_SENTENCES = 3  # how many sentences before a title's own a "his" or "her" in it may reach back
POSSESSOR_CHAIN_SENTENCES = 8  # how far back it may reach through sentences that each speak of someone of its gender
OPENING_QUOTES = ("“", '"')  # a sentence opening with one goes on with someone's words
# a title opened by a possessive pronoun: "Her deputy", "his wife"
OTHER_MAN = regex.compile(r"(?<![\p{L}\p{N}])him(?![\p{L}\p{N}])", regex.IGNORECASE)  # after a man's name
POSSESSED_ROLE = regex.compile(r"(?P<pronoun>his|her)\s+(?P<role>\p{Ll}.*)", regex.IGNORECASE | regex.DOTALL)
# an epithet in lower case after a name, closing the source: "Varga the realist"
EPITHET_AFTER_NAME = regex.compile(r"[ \t\u00a0]+the[ \t\u00a0]+\p{Ll}+(?:[ \t\u00a0]+\p{Ll}+)?")
# a title opened by "its", which a firm that is a sentence's subject may own: "Its chief executive"
OWNED_ROLE = regex.compile(r"(?P<pronoun>[Ii]ts|[Tt]heir)\s+(?P<role>\p{Ll}.*)", regex.DOTALL)
# a title opened by "the", a body's noun and its possessive, which a body that is a sentence's subject may own: "The
# trust's chair", "The firm's chief executive"
NOUN_OWNED_ROLE = regex.compile(r"(?P<pronoun>[Tt])he\s+(?P<noun>\p{Ll}+)['’]s\s+(?P<role>\p{Ll}.*)", regex.DOTALL)
# a sentence opened by "The" and one lower-case noun before a comma or a verb: "The study, …", "The report said"
DOCUMENT_SUBJECT = regex.compile(r"\s*The[ \t\u00a0]+(?P<noun>\p{Ll}+)(?:,|[ \t\u00a0]+(?P<verb>\p{Ll}+)\b)")
BODY_JOINED_BY_WORD = regex.compile(r"[ \t\u00a0]+(?:&|and|or)(?![\p{L}\p{N}])")  # "The harbour board and the guild"
JOINED_BODY = regex.compile(r"['’]?s?\s*(?:,|&|and\b|or\b)")  # "Bay Lines and the board", "Bay Lines, the board"
# an indefinite speaker for a body, which a firm that is the subject of the sentence before may own: "A spokeswoman"
# "A spokeswoman", "A spokeswoman for the firm": for the firm the sentence before names (subject_firm_kinds.txt)
SPOKESPERSON = regex.compile(r"[Aa]\s+(?P<role>" + alternation(load_words("spokesperson_roles.txt", lower=True))
                             + r")(?:\s+for\s+the\s+(?:" + alternation(load_words("subject_firm_kinds.txt", lower=True))
                             + r"))?")
# a role with "a" or "an" fronted before the name that opens a sentence as its subject, perhaps after an age joined
# by "and": "A historian, Ms Lenz has spent …", "Now 53 and a historian, Ms Lenz has …"
FRONTED_ROLE = regex.compile(r"(?:(?:Now|Still|Then)[ \t\u00a0]+\d{1,3}[ \t\u00a0]+and[ \t\u00a0]+)?"
                             r"(?P<role>[Aa]n?[ \t\u00a0]+(?:\p{Ll}[\p{Ll}\-]*[ \t\u00a0]+){0,2}?(?P<head>\p{Ll}+)"
                             r"(?:[ \t\u00a0]+by[ \t\u00a0]+(?:training|trade|profession))?),[ \t\u00a0]+")
# "A spokesman for ", before a person's name that ends the source: "A spokesman for Ms Ruiz"
SPOKESPERSON_FOR = regex.compile(r"[Aa]n?\s+(?P<role>" + alternation(load_words("spokesperson_roles.txt", lower=True))
                                 + r")\s+for\s+")
# a body the sentence before tells was set up: "Parents have started a campaign", whose founder "Its founder" is
CREATED_BODY = regex.compile(r"(?<![\p{L}])(?:" + spaced(load_lines("founding_verbs.txt")) + r")[ \t\u00a0]+"
                             r"an?[ \t\u00a0]+(" + alternation(load_words("organisations.txt", lower=True))
                             + r")(?![\p{L}\p{N}'’\-])")
# a sentence whose subject is a firm's description, perhaps what a spokesperson speaks for: "The company declined
# to comment.", "A spokesman for the firm said …"; the firm is the one the sentence before names
FIRM_DESCRIBED_SUBJECT = regex.compile(r"(?:[Aa]\s+(?:" + alternation(load_words("spokesperson_roles.txt", lower=True))
                                       + r")\s+for\s+)?[Tt]he\s+(?:" + alternation(load_words(
                                           "subject_firm_kinds.txt", lower=True)) + r")(?![\p{L}\p{N}\-])")
# between a description and the name set off after it, perhaps with an age: "the harbour master, 62-year-old Ana Brun"
APPOSED_NAME = regex.compile(r",[ \t\u00a0]+(?:\d{1,3}-year-old[ \t\u00a0]+)?")
# between a description and a name set off after it with a role and "named": "The first witness, a clerk named Jon Hale"
APPOSED_NAMED_ROLE = regex.compile(r",[ \t\u00a0]+(?:a|an)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+){1,2}named[ \t\u00a0]+")
# a role that ends in a capitalised place after a preposition: "a teacher from Lyme", "a resident of Lyme Bay"
PLACE_CLOSING_ROLE = regex.compile(r"(?<![\p{L}])(?:from|in|of|at)[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’\-]*"
                                   r"(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’\-]*)*[ \t\u00a0]*,?[ \t\u00a0]*\Z")
OPENING_PREDECESSOR = regex.compile(r"\s*")  # only spaces between a sentence's start and its "Her predecessor"
APPOSED_NAME_BEFORE = regex.compile(r",[ \t\u00a0]+\Z")  # searched in the characters just before a name
# after that name: what closes a name set off after a role (titles.NAME_THEN_CLOSE: a comma or the sentence's end,
# "…,” said the harbour master, Ana Brun.") or the text's end, also with the body the name is of before them ("One
# analyst, Nils Arn of Pier Capital, said")
APPOSED_NAME_END = regex.compile(r"(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'&.\-]*(?:\s+\p{Lu}[\p{L}’'&.\-]*){0,3})?"
                                 r"(?:" + NAME_THEN_CLOSE.pattern + r"|\Z)")
JOINING = regex.compile(r"(?<![\p{L}\p{N}])(?:and|nor|&)(?![\p{L}\p{N}])")  # "nor": "Neither Ms Varga nor Mr Reyl"
LAST_JOINT = regex.compile(r",[ \t\u00a0]+and[ \t\u00a0]+(?!.*,[ \t\u00a0]+and[ \t\u00a0])", regex.DOTALL)  # the last ", and " of a source
# ", his wife and their son" closing a source: a list after a name of phrases opened by a determiner, the last
# joined by "and"
LISTED_AFTER_NAME = regex.compile(r",[ \t\u00a0]+(?=(?:the|a|an|his|her|their|its|our|my)[ \t\u00a0][^,]*"
                                  r"[ \t\u00a0]and[ \t\u00a0]+[^,]+\Z)")
# "(left)" after a name in a caption's source: where the person stands in the picture, no part of any name
PHOTO_BRACKET = regex.compile(r"[ \t\u00a0]*\((?i:" + alternation(load_words("photo_positions.txt", lower=True))
                              + r")\)(?=[ \t\u00a0,]|\Z)")
NOT_JOINED = regex.compile(r"[“”\"]|(?<![\p{L}\p{N}])by(?![\p{L}\p{N}])")
# "met the treasurer.": "the", perhaps one word, and a lower-case head closing the sentence
ROLE_OBJECT_AT_END = regex.compile(r"(?<![\p{L}])(?P<object>the\s+(?:\p{Ll}+\s+)?(?P<head>\p{Ll}+))\s*[.!?]?\s*\Z")
ROLE_WORD = regex.compile(r"(?<![\p{L}])\p{Ll}+(?![\p{L}])")
# "The firm's shares", "The harbour firm's new shares": "the", up to two words and a head, then a possessive
# "The firm's chief executive": a possessive of a firm's noun (`subject_firm_kinds.txt`) opening a description
FIRM_POSSESSIVE = regex.compile(r"\A[Tt]he\s+(" + alternation(load_words("subject_firm_kinds.txt", lower=True))
                                + r")['’]s\s")
POSSESSOR_OPENING = regex.compile(r"\s*(?P<owner>[Tt]he\s+(?:\p{Ll}+\s+){0,2}(?P<head>\p{Ll}+))['’]s\s")
SET_OFF_DESCRIPTION = regex.compile(r",[ \t\u00a0]+(?:an?[ \t\u00a0]+)?")  # between a name and a description set off after it
JOINED_NEXT = regex.compile(r"[ \t\u00a0]+and[ \t\u00a0]+")  # between a subject that stops at "and" and the name after it
# "and her husband" after a subject that stops at "and": a possessive and one noun, a relative or a role
JOINED_RELATION = regex.compile(r"[ \t\u00a0]+and[ \t\u00a0]+(?:his|her|their)[ \t\u00a0]+(?P<noun>\p{Ll}+)"
                                r"(?![\p{L}\p{N}'’\-])")
# ", a nurse, and her husband" after a name that is a subject: an appositive, then the same
SET_OFF_RELATION = regex.compile(r",[ \t\u00a0]+[^,\n]{1,60}," + JOINED_RELATION.pattern)
POSSESSOR = regex.compile(r"['’]s?(?![\p{L}\p{N}])")
# "Erik Sand's sister": a name whose possessive ties a relative who mostly shares the surname to it
KIN_POSSESSIVE = regex.compile(r"['’]s[ \t\u00a0]+(?:" + alternation(load_words("surname_sharing_kin.txt", lower=True))
                               + r")s?(?![\p{L}\p{N}])")
# such a relative set off after a name with a possessive pronoun: "Lena Sand, his wife,"
KIN_SET_OFF = regex.compile(r",[ \t\u00a0]+(?:his|her|their)[ \t\u00a0]+(?:"
                            + alternation(load_words("surname_sharing_kin.txt", lower=True)) + r")(?![\p{L}\p{N}])")
OF_BETWEEN = regex.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?")  # "Tom Reyl of Mary Street Chapel"
OF_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])of[ \t\u00a0]+\Z")
# a person's noun, then "named" right before a name: "a young deckhand named Femi Adeyemi"
# "her husband of 50 years, Tom Varga,": how long the tie has lasted, between the relative and the name
TIE_DURATION = (r"(?:[ \t\u00a0]+of[ \t\u00a0]+(?:\p{N}+|(?i:" + spaced(load_lines("time_counts.txt")) + r"))[ \t\u00a0]+(?i:"
                + alternation(load_words("time_units.txt", lower=True)) + r"))?")
# "my colleague (Tom Reyl)", "her brother": a possessive determiner and one noun right before a name
# the place or body where a tie holds, after its noun: " at Coast Ferries" in "his rival at Coast Ferries"
TIE_PLACE = (r"[ \t\u00a0]+(?:at|in|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Lu}[\p{L}'’&\-]*"
             r"(?:[ \t\u00a0]+\p{Lu}[\p{L}'’&\-]*){0,3}")
RELATION_BEFORE = EndAnchored.of(r"(?<![\p{L}\p{N}])(?P<relation>(?:(?i:" + alternation(load_words("possessive_determiners.txt"))
                                + r")|(?:\p{Lu}[\p{L}\-]*\.?[ \t\u00a0]+){0,2}\p{Lu}[\p{L}\-]*['’]s"
                                + r"|[Tt]he[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?(?P<owner>\p{Ll}+)['’]s)"  # "The mayor's rival"
                                + r"[ \t\u00a0]+(?P<noun>\p{Ll}[\p{Ll}\-]*)"
                                + r"(?P<place>" + TIE_PLACE + r")?)"  # "His rival at Coast Ferries, Ana Varga,"
                                + TIE_DURATION + r"(?P<comma>,)?[ \t\u00a0]+\Z")
PLACE_AFTER_TIE = regex.compile(TIE_PLACE + r"\Z")  # "(his rival) at Coast Ferries" closing a role
# a name in capitals, perhaps after an honorific in capitals: "MS VARGA", "TOM REYL", "VARGA"
CAPITALS_NAME = regex.compile(r"\p{Lu}[\p{Lu}'’\-]*\.?(?:[ \t\u00a0]+\p{Lu}[\p{Lu}'’\-]*\.?){0,2}")
# what the last word of a description opening its sentence is not: a time, a quantifier ("The other, Tom Reyl,"),
# an ordinal read as a sentence adverb ("The second, …"), a word that ends a description's head
NO_DESCRIPTION_HEADS = ("time_nouns.txt", "time_units.txt", "quantifiers.txt", "sentence_adverbs.txt",
                        "said_pro_forms.txt", "description_head_stops.txt")
# a capitalised word and a noun in lower case opening the sentence right before a name: "Security guard (Mike Dunn)"
OPENING_ROLE = regex.compile(r"(?P<description>(?P<first>\p{Lu}\p{Ll}+)[ \t\u00a0]+(?P<head>\p{Ll}[\p{Ll}\-]*))"
                             r"[ \t\u00a0]+")
# what the first word of such a role is not: "Then guard …", "While police …", "Yesterday morning …"
NO_ROLE_OPENERS = ("sentence_starters.txt", "sentence_adverbs.txt", "subordinators.txt", "time_nouns.txt",
                   "weekdays.txt", "months.txt", "name_stopwords.txt", "prepositions.txt")
DESCRIPTION_REACH = 48  # characters before a name read for a description opening its sentence
# a definite description opening the sentence, set off before a name: "The guard, (Mike Dunn, said)"
OPENING_DESCRIPTION = regex.compile(r"(?P<description>The[ \t\u00a0]+(?:\p{Ll}[\p{Ll}\-]*[ \t\u00a0]+){0,2}"
                                    r"(?P<head>\p{Ll}[\p{Ll}\-]*)),[ \t\u00a0]+")
# the same opened by "A" or "An", for a person's noun only, perhaps with the place or group it is of, from, in or
# at: "A reader, Jon Hale, emails …", "A resident of Lyme, Ida Lenz, said …"
OPENING_INDEFINITE = regex.compile(r"(?P<description>(?:An?|Another|One)[ \t\u00a0]+(?:\p{Ll}[\p{Ll}\-]*[ \t\u00a0]+){0,2}"
                                   r"(?P<head>\p{Ll}[\p{Ll}\-]*)(?:[ \t\u00a0]+(?:of|from|in|at)[ \t\u00a0]+"
                                   r"(?:the[ \t\u00a0]+)?(?:[\p{L}'’\-]+[ \t\u00a0]+){0,2}[\p{L}'’\-]+)?),[ \t\u00a0]+")
NAMED_AFTER_ROLE = regex.compile(r"(?<![\p{L}])(?P<noun>\p{Ll}+)[ \t\u00a0]+named[ \t\u00a0]+\Z")
# "One, a retired fisherman who gave his name only as (Erik), said": a role set off by a comma after a source, "who"
# and a phrase of `name_giving_phrases.txt` right before the name the speaker gave
NAME_GIVEN_AFTER_ROLE = regex.compile(r",[ \t\u00a0]+(?:(?P<role>[^,;:.!?“”\"\n]{1,60}?)[ \t\u00a0]+)?who[ \t\u00a0]+(?i:" + spaced(
    phrase for line in load_lines("name_giving_phrases.txt") for phrase in (
        line, *(" ".join({"his": other, "himself": reflexive}.get(word, word) for word in line.split())
                for other, reflexive in (("her", "herself"), ("their", "themselves"))))) + r")[ \t\u00a0]+\Z")
# the capitalised words of the place or body a name is "of": "(Eva Brun of) New York", "(of) the Harbour Council"
PLACE_WORDS = r"(?:the[ \t\u00a0]+)?\p{Lu}[\p{L}\p{M}\p{N}'’.\-&]*(?:[ \t\u00a0]+(?:&[ \t\u00a0]+)?\p{Lu}[\p{L}\p{M}\p{N}'’.\-&]*)*"
PLACE_AFTER_NAME = regex.compile(r"[ \t\u00a0]+of[ \t\u00a0]+" + PLACE_WORDS)  # "Eva Brun of New York"
# "(D-Lyme)" after a lawmaker's name: the party's letter and the place
PARTY_AND_PLACE = regex.compile(r"[ \t\u00a0]*\((\p{Lu})[-–][ \t\u00a0]*([\p{L}\p{M}.' \t\u00a0]{1,30})\)")
# the same set off by commas, AP's way: "Sen. Ana Varga, D-Lyme, said"; the letter one of `party_letters.txt`
PARTY_SET_OFF_AFTER = regex.compile(r",[ \t\u00a0]+(?=" + PARTY_SET_OFF + r"[ \t\u00a0]*,)(\p{Lu})-(\p{Lu}[\p{L}.]*(?:[ \t\u00a0]\p{Lu}[\p{L}.]*)?)")
# "Sen. Ana Varga, D-Lyme, who"; after a party in brackets: "Sen. Ana Varga (D-N.Y.), who"
PARTY_BEFORE_RELATIVE = regex.compile(r"(?:,[ \t\u00a0]+" + PARTY_SET_OFF + r"[ \t\u00a0]*)?,[ \t\u00a0]*")
# "Prof " or "former Gov. " before "Ana Varga": the word before it and the honorific
HONORIFIC_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:([\p{L}\-]+)[ \t\u00a0]+)?(\p{Lu}\p{L}*\.?)[ \t\u00a0]+\Z")
# "Pier Lines cut", "Pier Lines, the ferry operator, cut"; not "Pier Lines and"
SUBJECT_NAME = regex.compile(r"(\p{Lu}[\p{L}&'’\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}&'’\-]*){0,3})"
                             r"(?:,[ \t\u00a0]+(?:the|a|an|which|\p{Ll}{2,}ed)[ \t\u00a0][^,;:.!?“”\"\n]{1,60},)?[ \t\u00a0]+(?=\p{Ll})(?!(?:and|or|nor)[ \t\u00a0])")
# "A Bay Lines spokeswoman": an article, a name of capitalised words and a role of spokesperson_roles.txt
SPOKESPERSON_OF_NAME = regex.compile(r"(?:A|An)[ \t\u00a0]+(?P<name>\p{Lu}[\p{L}&'’\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}&'’\-]*){0,3})"
                                     r"[ \t\u00a0]+(?:" + alternation(load_words("spokesperson_roles.txt", lower=True))
                                     + r")\b")
PERSON_BODIES = load_words("person_bodies.txt")  # "campaign", "office": after "his" or "her", named after the person
# a firm's kind before its name opening a sentence, perhaps after one capitalised word and one in lower case, each
# perhaps a possessive: "Energy firm (Bay Energy)", "Lyme technology firm (Quaybit)", "Patients' group (Lyme Health
# Watch)"
FIRM_DESCRIPTION = regex.compile(r"(?:\p{Lu}\p{Ll}+(?:['’]s?)?[ \t\u00a0]+)?(?:\p{Ll}+(?:['’]s?)?[ \t\u00a0]+)?"
                                 r"(?P<kind>\p{Ll}+)[ \t\u00a0]+(?=\p{Lu})")
# the name of two or more capitalised words right after a body's kind in lower case: "Ferry company (Bay Lines)"
NAME_AFTER_KIND = regex.compile(r"[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}\p{N}&'’\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\p{N}&'’\-]*)+)"
                                r"(?![\p{L}\p{M}\p{N}&'’\-])")
SENTENCE_CLOSERS = frozenset(".!?”\"'")  # what ends a line that is a sentence, not a headline
FULL_FORM_WINDOW = 3000  # characters searched back for an organisation's full name
ANTECEDENT_LOOKBACK = 60  # mentions scanned back for a pronoun: keeps resolution linear
RELATIVE_WINDOW = 120  # characters between a name and the "who" that refers back to it
# after reported words, the relative pronoun or subordinator that opens the clause a pronoun is the subject of:
# "Skippers said Mr Finch was a critic of the toll, which he thought unfair", "… a “disgrace” after she spoke", or a
# noun summing the words up: "…, a charge he denied"
SUBJECT_PRONOUNS = frozenset({"he", "she"})  # may take one talked about in reported words (Resolver.antecedent)
CLAUSE_AFTER_REPORT = regex.compile(r"[”\"’']?,?\s+(?:" + alternation(load_words("report_clause_openers.txt", lower=True))
                                    + r"|(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:"  # "…, a charge he denied"
                                    + alternation(load_words("report_appositive_nouns.txt", lower=True))
                                    + r")(?:\s+(?:which|that))?)\s+")
STATED_PAST = frozenset({"(was)"})  # marks the title of one who "was treasurer": no word of a description
PERSON_BEFORE_WINDOW = 300  # characters before a one-word source read for another person a pronoun may be
CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{M}.]*")
WORD_START = regex.compile(r"(?<![\p{L}\p{N}])")  # no letter or digit just before
# a capitalised word and the spaces after it, read from where a name's last word starts: "Harbour " before "Bank"
CAPITALISED_BEFORE = regex.compile(r"(?r)\p{Lu}[\p{L}\p{M}\p{N}'’.&\-]*[ \t\u00a0]+\Z")
LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*")
# words that open a capitalised pair without being a given name: "Perhaps Russia", "Other Democrats"
INNER_CAPITAL = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*[ \t\u00a0]+(\p{Lu}[\p{L}&'’\-]*)")
LEADING_CAPITAL = regex.compile(r"(?<![\p{L}\p{M}&'’\-])(\p{Lu}[\p{L}&'’\-]*)[ \t\u00a0]+(?=\p{Lu})")
NOT_GIVEN_WORDS = ("name_stopwords.txt", "sentence_adverbs.txt", "source_determiners.txt", "quantifiers.txt")
SENTENCE_END_IN_RUN = regex.compile(r"\p{Ll}\.[ \t\u00a0]+")  # "Monday. Harbour Bank"; not "U.S. Bank"
NAME_WORD = regex.compile(r"([\p{L}\p{M}\p{N}'’&\-]+)[ \t\u00a0]+")
# a participle phrase opening a sentence up to the comma before its subject: "Asked about Mr Osman, "
PARTICIPLE_OPENING = regex.compile(r"[“\"‘]?(\p{Lu}\p{Ll}{2,}(?:ed|ing))(?![\p{L}\p{M}])[^,.;:!?\n“”\"]*,[ \t\u00a0]+")
# a phrase opening a sentence with a preposition up to the comma before its subject: "In a letter to Mr Sand, "
PREPOSITION_OPENING = regex.compile(r"[“\"‘]?(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}])[^,.;:!?\n“”\"]{1,120},[ \t\u00a0]+")
CAPITAL_RUN = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}.'’\-]*)*")
WORD_BEFORE = EndAnchored.of(r"(?<![\p{L}\p{M}])(\p{Ll}+)[ \t\u00a0]+\Z")
OPENING_OBJECT_PREPOSITIONS = load_words("opening_object_prepositions.txt", lower=True)
CALENDAR_WORDS = load_words("weekdays.txt", lower=True) | load_words("months.txt", lower=True)  # "on Monday"
AGE_DESCRIPTION = regex.compile(r"(?i:the)[ \t\u00a0]+(\d{1,3})-year-old(?:[ \t\u00a0]+(\p{Ll}+))?")  # "The 52-year-old woman"
# a description in lower case before the name it gives: "the ferry operator Bay Lines"
NAME_AFTER_DESCRIPTION = r"(\p{Lu}[\p{L}\p{M}\p{N}&.\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\p{N}&.\-]*)*)"
DESCRIBED_NAME = regex.compile(r"(?i:the)[ \t\u00a0]+((?:\p{Ll}[\p{Ll}\-]*[ \t\u00a0]+)+)" + NAME_AFTER_DESCRIPTION)
# the same opening a sentence with no "the", its first word capitalised, perhaps a plural's possessive: "Rival
# operator Bay Lines", "Fans' group Rovers Together"
OPENING_DESCRIBED_NAME = regex.compile(r"(\p{Lu}[\p{Ll}\-]+(?:(?<=s)['’])?[ \t\u00a0]+(?:\p{Ll}[\p{Ll}\-]*[ \t\u00a0]+)+)"
                                       + NAME_AFTER_DESCRIPTION)
# the same, one capitalised word of `firm_trade_nouns.txt` alone: "Developer Bay Energy"
TRADE_DESCRIBED_NAME = regex.compile(r"(\p{Lu}\p{Ll}+[ \t\u00a0]+)" + NAME_AFTER_DESCRIPTION)
# "the former" is the first of the last two people named before it, "the latter" the second
ORDER_REFERENCES = {"the former": 1, "the latter": 0}
FIRST_PERSON = "I"  # a report's source inside an interview's answer that is the one answering
BYLINE_REACH = 600  # characters from the document's start within which a byline is looked for
BYLINE_LINES = 4  # sentences from the document's start within which a byline is looked for
NAME_LINE_LAST = 2  # the last sentence (from 0) that may be a byline of a name alone, under a headline and a standfirst
SIGNATURE_REACH = 12  # sentences after a letter's "I" read for the name that signs it
SIGNATURE_LENGTH = 80  # characters of a signature's line: a name, perhaps where its writer lives
SIGNATURE_TAIL = regex.compile(r"(?:[ \t\u00a0]*,[^,.!?;:\n]{1,40})*[ \t\u00a0]*\.?[ \t\u00a0]*\Z")  # ", Harbour Road, Lyme"
# a byline: "By" and one author's name, perhaps with where they write from and a role after a comma, a bar or a
# dash ("By Kit Moor, Chief Reporter", "By Kit Moor in Lyme", "By Kit Moor | Harbour Correspondent")
BYLINE = regex.compile(r"(?i:by)[ \t\u00a0]+(?P<name>[^,|\n]+?)(?:[ \t\u00a0]+in(?:[ \t\u00a0]+\p{Lu}[\p{L}\-]*){1,3})?"
                       r"[ \t\u00a0]*(?:[,|—–-][^,|\n]{1,80})?[ \t\u00a0]*\Z")
# a role in capitals after a byline's name alone on its line: ", Staff Writer", " | Harbour Correspondent"
NAME_LINE_ROLE = regex.compile(r"[ \t\u00a0]*[,|][ \t\u00a0]*(?:\p{Lu}[\p{L}\-]*[ \t\u00a0]*){1,4}\Z")
MAX_EPITHET_MODIFIERS = 3  # words before an epithet's noun: "the former Lyme harbour master"
EPITHET_WORD = regex.compile(r"\p{L}[\p{L}\p{M}\-]*")  # no comma, number or possessive in an epithet
EPITHET_HOMETOWN = regex.compile(r"\p{Lu}[\p{L}\p{M}]*-\p{Ll}+")  # "Lyme-born", "Bay-based"
AGE_AFTER_NAME = 24  # characters after a name read for the age set off after it: ", a 52-year-old"
# "A statement from Bay Lines", "the letter by the council": a document and the body that issued it
ISSUED_DOCUMENT = regex.compile(r"(?i:an?|the)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+){0,2}?(?P<document>\p{Ll}+)[ \t\u00a0]+(?:from|by)[ \t\u00a0]+"
                                r"(?P<author>(?:the[ \t\u00a0]+)?[\p{L}\p{M}'’&.\-]+(?:[ \t\u00a0]+[\p{L}\p{M}'’&.\-]+){0,5})")
# "Hale's report", "Ms Varga's letter to the board": a named person's document, perhaps with its addressee or topic
POSSESSED_DOCUMENT = regex.compile(r"(?P<owner>\p{Lu}[\p{L}\p{M}.\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}.\-]*){0,3})['’]s"
                                   r"[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+){0,2}?(?P<document>\p{Ll}+)"
                                   r"(?:[ \t\u00a0]+(?:to|for|on|about|into)[ \t\u00a0]+[^,;:\n]{1,60})?")
CONTRASTED_NAME = regex.compile(r",[ \t\u00a0]+not[ \t\u00a0]+\Z")  # "Ms Varga, not Mr Reyl,": a name set off as not the one
CLEFT_OPENING = regex.compile(r"(?<![\p{L}\p{N}])[Ii]t[ \t\u00a0]+(?:was|is)[ \t\u00a0]+\Z")  # "It was Ms Varga"
HONORIFICS_AND_NAME = regex.compile(r"(?P<first>\p{Lu}\p{Ll}*\.?)[ \t\u00a0]+(?:and|&)[ \t\u00a0]+(?P<second>\p{Lu}\p{Ll}*\.?)[ \t\u00a0]+"
                                 r"\p{Lu}[\p{L}\p{M}'’\-]+")  # "Mr and Mrs Reyl"
GIVEN_AND_NAME = regex.compile(r"(?P<given>\p{Lu}\p{Ll}+)[ \t\u00a0]+(?:and|&)[ \t\u00a0]+(?P<name>\p{Lu}\p{Ll}+[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’\-]+)")
NON_SPACE = regex.compile(r"[^ \t\u00a0]+")  # the words of a name
# a capitalised word that is no name found, no plural and no place after a preposition, then a verb: "Sand had",
# "Sand lied" (a subject of its own); not "Republicans are", "of Houston learned"
SUBJECT_WORD_THEN_VERB = regex.compile(r"(?<=[\p{Ll},]\s+)(?<!(?<![\p{L}])(?:" + alternation(
    load_words("prepositions.txt", lower=True) | load_words("place_prepositions.txt", lower=True) | {"of", "to"})
    + r")\s+)\p{Lu}\p{Ll}+(?<!s)\s+(?:" + alternation(
    load_words("verbal_auxiliaries.txt", lower=True)) + r"|\p{Ll}+ed)\b")
GENDER_WINDOW = 200  # characters past a name's sentence where its next pronoun may tell its gender
# a he or she reflexive right after a name, stressing it: "Mr Reyl himself said", "Varga herself"
STRESSING_REFLEXIVE = regex.compile(r"[ \t\u00a0]+(?i:himself|herself)(?![\p{L}\p{N}])")


def _names_are_objects(text: str, start: int, end: int) -> bool:
    """Every run of capitalised words between ``start`` and ``end`` is the object of a preposition of
    `opening_object_prepositions.txt` or of a form in "-ing" ("to Mr Sand", "meeting Ms Ek"), and none is a
    possessive ("In Mr Sand's reply"); at least one is there. A day or month is no name ("on Monday")."""
    runs = [run for run in CAPITAL_RUN.finditer(text, start, end) if run.group().lower() not in CALENDAR_WORDS]
    for run in runs:
        before = WORD_BEFORE.search(text, start, run.start())
        if before is None or run.group().endswith(("'s", "’s")) or text.startswith(("'s", "’s"), run.end()):
            return False
        word = before.group(1)
        if word not in OPENING_OBJECT_PREPOSITIONS and not (len(word) > 4 and word.endswith("ing")):
            return False
    return bool(runs)


@define
class _Timeline:
    """Every mention, in text order, of the entities that hold one title or share one head word, so the last one
    before a description is found by bisection instead of by asking each entity."""

    mentions: list[tuple[int, int]] = field(factory=list)  # (start, entity), sorted

    def add(self, start: int, owner: int) -> None:
        position = bisect.bisect_left(self.mentions, (start, owner))
        if position == len(self.mentions) or self.mentions[position] != (start, owner):
            self.mentions.insert(position, (start, owner))

    def last_before(self, offset: int) -> tuple[int, int] | None:
        """The start and entity of the last mention before ``offset``, if there is one; of two entities mentioned
        there, the one found first."""
        position = bisect.bisect_left(self.mentions, (offset,))
        if not position:
            return None
        start = self.mentions[position - 1][0]
        return self.mentions[bisect.bisect_left(self.mentions, (start,))]


@define
class _Resolver:
    """The state of one document's resolution: entities, timeline, quoted ranges."""

    text: str
    sentence_starts: list[int]
    sentence_ends: list[int]
    names: tuple[PersonName, ...] = ()
    name_starts: list[int] = field(factory=list)
    entities: list[Entity] = field(factory=list)
    name_owner: list[int] = field(factory=list)
    source_starts: list[int] = field(factory=list)
    source_stops: list[int] = field(factory=list)  # where each noted source ends, in the order of source_starts
    source_owner: list[int] = field(factory=list)
    quoted: list[tuple[int, int]] = field(factory=list)
    quoted_starts: list[int] = field(factory=list)
    headline_end: int | None = None  # where a headline on the first line ends, -1 when there is none
    source_spans: set[tuple[int, int]] = field(factory=set)
    source_ends: set[int] = field(factory=set)
    cue_spans: set[tuple[int, int]] = field(factory=set)  # where each quote's cue starts and ends
    by_key: dict[str, int] = field(factory=dict)
    by_title_head: dict[str, list[int]] = field(factory=dict)
    titles_with: dict[str, set[frozenset[str]]] = field(factory=dict)  # a title word -> the titles holding it
    title_timelines: dict[frozenset[str], _Timeline] = field(factory=dict)
    # a title and gender -> its holder when none is mentioned
    first_holder: dict[tuple[frozenset[str], str | None], int | None] = field(factory=dict)
    head_timelines: dict[str, _Timeline] = field(factory=dict)
    timelines_of: dict[int, list[_Timeline]] = field(factory=dict)  # an entity -> the timelines it is on
    by_head: dict[str, list[int]] = field(factory=dict)
    title_keys: dict[int, frozenset[str]] = field(factory=dict)
    held_nouns: dict[frozenset[str], set[str]] = field(factory=dict)  # a held role's words -> the nouns of its titles
    joints: dict[tuple[int, ...], int] = field(factory=dict)  # the people of a joint source -> their group
    lower_words: set[str] | None = None  # the words the text writes in lower case, read when first needed
    inner_capitals: set[str] | None = None  # the capitalised words the text writes after a word in lower case
    leading_capitals: set[str] = field(factory=set)  # the capitalised words written before another one
    lowered: str | None = None  # the text in lower case, offset for offset, read when first needed; "" with "İ", "ſ"
    by_surname: dict[str, list[int]] | None = None  # a person's surname in lower case -> its name mentions, when first needed
    in_capitals: dict[str, int] = field(factory=dict)  # a name in capitals with no name written in mixed case -> its person
    # where names start that tell no person, and the words that describe one instead ("the younger Reyl" of two)
    unlinked: dict[int, Span] = field(factory=dict)
    unlinked_starts: list[int] = field(factory=list)  # the keys of ``unlinked`` in text order
    author: int | None = -1  # the byline's one author, read when first needed; None when there is none
    bylines: list[tuple[int, int, bool]] | None = None  # where the bylines' names stand, read when first needed
    # or the Kelvin sign, whose lower case is longer or folds to ASCII
    determined_words: set[str] = field(factory=set)  # capitalised words after a determiner ("many Republicans")
    # a person's title in lower case -> the people who hold it, read when first needed ("son of ida lenz")
    by_full_title: dict[str, list[int]] | None = None
    # a sentence's index and a gender -> whether a pronoun of that gender stands in it, read when first needed
    gendered_sentences: dict[tuple[int, str], bool] = field(factory=dict)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0 or offset > self.sentence_ends[index]:
            return offset, offset
        return self.sentence_starts[index], self.sentence_ends[index]

    def quoted_range(self, offset: int) -> tuple[int, int] | None:
        index = bisect.bisect_right(self.quoted_starts, offset) - 1
        if index >= 0 and self.quoted[index][0] <= offset < self.quoted[index][1]:
            return self.quoted[index]
        return None

    def between_marks(self, quoted: tuple[int, int]) -> bool:
        """Whether quoted content opens at or just after a quotation mark: words given, not reported."""
        return any(mark in self.text[max(0, quoted[0] - 1):quoted[0] + 1] for mark in "“”\"‘’'")

    def holds_name(self, start: int, end: int) -> bool:
        """Whether a person's name overlaps ``text[start:end]``."""
        index = bisect.bisect_left(self.name_starts, end) - 1
        return index >= 0 and self.names[index].span.end > start

    def person_name_ending(self, span: Span) -> bool:
        """Whether a person's name ends ``span``: "Ana Varga", "The harbour master Ana Varga"."""
        index = bisect.bisect_left(self.name_starts, span.end) - 1
        return index >= 0 and self.names[index].span.end == span.end and self.names[index].span.start >= span.start \
            and self.entities[self.name_owner[index]].kind == PERSON

    def inside_name(self, offset: int) -> bool:
        index = bisect.bisect_right(self.name_starts, offset) - 1
        return index >= 0 and offset < self.names[index].span.end

    # --- people and titles -------------------------------------------------

    def vouched(self, candidate: PersonName, repeats: list[PersonName]) -> bool:
        """A name without other evidence: capitalised words set off by a title ("Zhou Ling,
        China's president,"), a full name whose surname comes back alone after it (``repeats``), one of them a
        source ("Mette Dahl said … Dahl added", "Mette Dahl arrived. Dahl said"), or one word as a source that is a
        given name ("Melanie said")
        or has a title set off after it ("Varga, the harbour master, said") or a he/his/she/her after it in its
        sentence ("Lorne said he had warned the council"); or a byline's name ("By Kit Moor").
        """
        if (candidate.span.start, candidate.span.end, True) in self.byline_names():
            return True  # "By Kit Moor, Chief Reporter": a byline names its author
        if self.stressed_gender(candidate) is not None:
            return True  # "Reyl himself said": only a person is stressed by a "himself" or "herself"
        if not candidate.given and (candidate.span.start, candidate.span.end) not in self.source_spans:
            return self.given_name_set_off(candidate) or self.name_given_after_role(candidate) is not None
        if repeats and any((m.span.start, m.span.end) in self.source_spans for m in (candidate, *repeats)) and (
                self.name_like(candidate)):
            return True
        if OF_BEFORE.search(self.text, max(0, candidate.span.start - 8), candidate.span.start):
            return False  # "Sen. Ida Lenz of New York, the panel chair,": a place, its title Lenz's
        if candidate.given and self.named_after_role(candidate):
            return True  # "a young deckhand named Femi Adeyemi": the role names a person
        floor, limit = self.sentence_bounds(candidate.span.start)
        after = appositive_after_title(self.text, candidate.name.end, limit=limit)
        if after is not None and candidate.given and not is_given_name(candidate.given[0]) and \
                self.text[after[0]:after[1]].split()[-1].lower() in FIRM_TRADES:
            after = None  # "Bay Homes, the developer, said": a firm described by its trade, no person
        told_by_pronoun = (candidate.span.start, candidate.span.end) in self.source_spans and self.gendered_next(
            candidate, limit)
        if not candidate.given:  # one word may be a firm or an agency: its role noun must be a title head
            return is_given_name(candidate.surname) or (told_by_pronoun and not self.person_before(candidate)) or (
                after is not None and role_noun_is_head(self.text[after[0]:after[1]]))
        before = appositive_before_title(self.text, candidate.span.start, candidate.name.end, floor=floor)
        if before is not None and names_head_object(self.text[before[0]:before[1]], candidate.span.text):
            before = None  # "A spokesman for the operator, Pier Lines,": the name is the operator's
        if before is not None and PLACE_CLOSING_ROLE.search(self.text, before[0], before[1]) is not None and not (
                is_given_name(candidate.given[0])):
            before = None  # "a teacher from Lyme, East Dorset,": the region of the place, no person
        return after is not None or before is not None or told_by_pronoun or (
            self.set_off_after_source(candidate) and self.name_like(candidate))  # "Another mother, Kaja Dahl, said"

    def stressed_gender(self, name: PersonName) -> str | None:
        """The gender of a "himself" or "herself" right after the name, which stresses it: "Mr Reyl himself said"
        is a man, "Varga herself" a woman; None with no such word ("Mr Reyl said he")."""
        found = STRESSING_REFLEXIVE.match(self.text, name.span.end, near(name.span.end, len(self.text)))
        return pronouns()[found.group().strip().lower()][0] if found is not None else None

    def with_stressed_gender(self, name: PersonName) -> PersonName:
        """The name with the gender a reflexive stressing it tells, when it has none of its own."""
        gender = self.stressed_gender(name) if name.gender is None else None
        return name if gender is None else attrs.evolve(name, gender=gender)

    def family_first(self, candidate: PersonName, repeats: list[PersonName]) -> bool:
        """Two words whose first comes back alone later, one of the mentions a quote's source, that read as a name
        (see ``name_like``) whose second word the text never writes in lower case either: a family name written
        first ("Zhang Wei said … Zhang added"); not "Pew Research … Pew said" in a text with "research"."""
        return any((m.span.start, m.span.end) in self.source_spans for m in (candidate, *repeats)) and (
            self.name_like(candidate)) and not self.written_lower(candidate.surname.lower())

    def named_after_role(self, candidate: PersonName) -> bool:
        """"a deckhand named Femi Adeyemi", "a woman named Ada Okoro": a person's noun (a title head or a noun of
        ``gendered_nouns.txt``) and "named" right before the name; not "a ship named Sea Queen"."""
        named = NAMED_AFTER_ROLE.search(self.text, max(0, candidate.span.start - 40), candidate.span.start)
        return named is not None and (title_words().is_head(noun := named.group("noun")) or noun in _gendered_nouns())

    def name_given_after_role(self, candidate: PersonName) -> regex.Match | None:
        """"One, a retired fisherman who gave his name only as Erik, said": one word that may be a given name (see
        ``kin_given_name``), closed by a comma or the sentence's end, after a role set off by a comma, "who" and a
        phrase of `name_giving_phrases.txt`; the match runs from that comma."""
        before = self.text[max(0, candidate.span.start - 12):candidate.span.start].rstrip()
        if not before.endswith((" as", ",")) or not candidate.given and not self.kin_given_name(
                candidate.surname) or NAME_THEN_CLOSE.match(
                self.text, candidate.span.end, near(candidate.span.end, len(self.text))) is None:
            return None
        return NAME_GIVEN_AFTER_ROLE.search(self.text, max(0, candidate.span.start - 140), candidate.span.start)

    def given_name_set_off(self, candidate: PersonName) -> bool:
        """A given name alone set off by commas right after a source ("Ms Varga's son, Tom, said" names the son) or
        after "his" or "her" and a relative ("Tom Varga and his wife, Ann, run the cafe")."""
        return is_given_name(candidate.surname) and self.set_off_after_source(candidate) or (
            self.set_off_after_kin(candidate) is not None and self.kin_given_name(candidate.surname))

    def kin_given_name(self, word: str) -> bool:
        """A word that may be a given name after "his brother": a listed one, or one word with a capital that the
        text never writes in lower case, no pronoun, title word or word of `name_stopwords.txt` ("Marko")."""
        low = word.lower()
        return is_given_name(word) or (word.isalpha() and word[:1].isupper() and word[1:].islower()
                                       and not self.written_lower(low) and low not in pronouns()
                                       and low not in load_words("name_stopwords.txt", lower=True)
                                       and not title_words().is_title_word(low))

    def set_off_after_kin(self, candidate: PersonName) -> regex.Match | None:
        """"his wife, ", "her son " or "Ms Varga's husband, " (`surname_sharing_kin.txt`) right before a name, which
        a comma or the sentence's end closes after a comma before it."""
        found = _kin_before().search(self.text, max(0, candidate.span.start - 40), candidate.span.start)
        if found is None or found.group("comma") and not NAME_THEN_CLOSE.match(
                self.text, candidate.span.end, near(candidate.span.end, len(self.text))):
            return None
        return found

    def with_family_surname(self, candidate: PersonName, names: Sequence[PersonName], starts: Sequence[int]
                            ) -> PersonName:
        """A given name alone after "his" or "her" and a relative of `surname_sharing_kin.txt` bears the surname of
        the last person named before the pronoun in its sentence, of a gender that fits it, after "their" that of
        the last one named in full, and one after a named possessor and the relative that person's: in "Tom Varga
        and his wife, Ann, run the cafe" and "Mr Varga's wife Ann said" she is Ann Varga, in "Tom Varga, his wife
        Ann and their son Piet" he is Piet Varga."""
        word = candidate.surname
        # the relative's words first: a short search, while telling a name from a common word reads the whole text
        found = None if candidate.given else self.set_off_after_kin(candidate)
        if found is None or not self.kin_given_name(word):
            return candidate
        floor, _ = self.sentence_bounds(candidate.span.start)
        # the names of the sentence before the relative's words, nearest first (``starts`` are the names' starts)
        earlier = itertools.takewhile(lambda name: name.span.start >= floor,
                                      (names[i] for i in range(bisect.bisect_left(starts, found.start()) - 1, -1, -1)))
        if (pronoun := found.group("pronoun")) and pronoun.lower() == "their":
            # "Tom Reyl, his wife Ana and their son Piet": a parent named in full, not the given name alone of the
            # other, whose surname is still unread (nor "Ms Varga", whom a "Lena Varga" would join)
            relative = next((name for name in earlier if name.span.end <= found.start() and name.given), None)
        elif pronoun:
            gender = "m" if pronoun.lower() == "his" else "f"
            relative = next((name for name in earlier
                             if name.span.end <= found.start() and gender_compatible(name.gender, gender)), None)
            if relative is None and not self.text[floor:found.start()].strip() and (found.group("comma") or found.group(
                    "kin").lower() in load_words("offspring_kin.txt", lower=True)):
                # "Ana Reyl died. Her son Tom said", "Tom Reyl runs the shop. His wife, Lena, said": the one family
                relative = self.sole_family_before(floor, gender, names, starts)
        elif found.group("survived"):
            # "Mr Reyl is survived by a son, Jan,": a man of his own, titled for the tie (`survived_relation`); the
            # surname is left untold, as "Mr Reyl" would join a "Jan Reyl"
            relative = None
        else:
            relative = next((name for name in earlier if name.span.end == found.start()), None)
        gender = candidate.gender or given_name_gender(word) or _gendered_nouns().get(found.group("kin").lower())
        if relative is None:
            return attrs.evolve(candidate, gender=gender)  # "their son, Humayun,": a man, of a surname not told
        if word in relative.given or _suffix_after().match(
                self.text, candidate.span.end, near(candidate.span.end, len(self.text))):
            return candidate  # "Tom Reyl … his son Tom Jr.": a namesake, no other name of the same person
        return attrs.evolve(candidate, given=(word,), surname=relative.surname, gender=gender)

    def sole_family_before(self, floor: int, gender: str, names: Sequence[PersonName], starts: Sequence[int]
                           ) -> PersonName | None:
        """The last person of ``gender`` named in the sentence before the one opening at ``floor``, when every
        name there bears that person's surname: "Ana Reyl died on Monday. Her son Tom said …" is Tom Reyl; after
        "Ana Reyl met Piet Dahl." whose family is meant is not told."""
        index = bisect.bisect_right(self.sentence_starts, floor - 1) - 1
        if index < 0 or self.sentence_ends[index] > floor:
            return None
        start = self.sentence_starts[index]
        before = names[bisect.bisect_left(starts, start):bisect.bisect_left(starts, floor)]
        fitting = [name for name in before if name.gender == gender]
        if not fitting or any(name.surname != fitting[-1].surname for name in before):
            return None
        return fitting[-1]

    def set_off_after_source(self, candidate: PersonName) -> bool:
        """The name is set off by commas right after a quote's source: "Another mother, Kaja Dahl, said"."""
        comma = APPOSED_NAME_BEFORE.search(self.text, max(0, candidate.span.start - 4), candidate.span.start)
        return comma is not None and comma.start() in self.source_ends and (
            APPOSED_NAME_END.match(self.text, candidate.span.end) is not None) and not names_head_object(
            self.text[max(0, comma.start() - 60):comma.start()], candidate.span.text)  # "…for the operator, Pier Lines,"

    def name_like(self, candidate: PersonName) -> bool:
        """Two words that read as a given name and a surname: a given word that the text never writes in lower case
        and that is no opener, sentence adverb or determiner, and a surname that is no pronoun, opener or title
        word, that no determiner stands before anywhere and, in "-s", that the text never writes in lower case:
        "Mette Dahl", not "Had I", nor "Perhaps Russia", "Other Democrats", in a text with "many Republicans",
        "Catholic Republicans", or, in one with "skippers", "Lyme Skippers"."""
        if len(candidate.given) != 1:
            return False  # "Lyme Radio Ana Varga": which words are her name is not told
        given, surname = candidate.given[0].lower(), candidate.surname.lower()
        return not self.written_lower(given) and not any(
            given in load_words(file, lower=True) for file in NOT_GIVEN_WORDS) and not (
            surname in pronouns() or surname in load_words("name_stopwords.txt", lower=True)
            or title_words().is_title_word(surname)) and candidate.surname not in self.determined_words and not (
            surname.endswith("s") and self.written_lower(surname))  # "Lyme Skippers' Association … skippers"

    def without_common_words(self, name: PersonName, full_surnames: set[str]) -> PersonName:
        """A weak name (no title, no listed given name first) loses its words up to the last one the text also
        writes in lower case, and then any left that is no listed given name, when a listed given name follows them
        ("Ferry Than Ana Reyl" is "Ana Reyl") or the text names a person of that surname in full (``full_surnames``):
        after "President Tom Reyl", a title's "Safer Than Visiting Reyl" and a question's "Does Reyl" are "Reyl";
        "Mette Dahl", and "Will Osk" with no other Osk named, stay."""
        if name.strong or not name.given or name.span.start != name.name.start:
            return name
        words = list(NON_SPACE.finditer(name.name.text))
        if [word.group() for word in words[:-1]] != list(name.given):
            return name  # a particle, a relative's surname or a title's honorific: not one plain run of words
        common = [index for index, word in enumerate(name.given) if self.written_lower(word.lower())]
        if not common:
            return name
        kept = name.given[common[-1] + 1:]
        if kept and not is_given_name(kept[0]):
            kept = ()
        if not kept and name.surname not in full_surnames:
            return name  # "Will Osk": no one else of that name tells which words are his
        start = name.name.start + words[len(name.given) - len(kept)].start()
        shorter = Span.of(self.text, start, name.name.end)
        return attrs.evolve(name, span=shorter, name=shorter, given=kept, strong=bool(kept),
                            gender=given_name_gender(kept[0]) if kept else None)

    def written_lower(self, word: str) -> bool:
        """Whether the text writes ``word`` (in lower case) in lower case anywhere: a common word, not a name."""
        if self.lower_words is None:  # one reading of the text for all candidates
            self.lower_words = set(LOWER_WORD.findall(self.text))
            self.determined_words = set(_determined().findall(self.text))
        return word in self.lower_words

    def person_before(self, candidate: PersonName) -> bool:
        """A he/his/she/her, a given name or an honorific in the characters just before a one-word source: the
        pronoun after it may be that person's ("Tom Reyl fled. Pierwire said he left")."""
        start = max(0, candidate.span.start - PERSON_BEFORE_WINDOW)
        word = candidate.surname.lower()
        if word in pronouns() or word in load_words("name_stopwords.txt", lower=True) or title_words().is_title_word(
                word):
            return True  # "He said his …", "Justice said …": no name at all
        return GENDERED_PRONOUN.search(self.text, start, candidate.span.start) is not None or any(
            is_given_name(word) or honorific(word) is not None
            for word in CAPITALISED_WORD.findall(self.text, start, candidate.span.start))

    def gendered_next(self, candidate: PersonName, limit: int) -> bool:
        """"Ole Dahl, who runs a stall, says his customers …": a he/his/she/her later in the source's sentence,
        with no capitalised word between, tells that the name is a person's; for one word, so does a "he" or "she"
        that is a quote's source in the sentence after ("Varga said the toll would rise. She added …"; not
        "Harbour Watch first reported it. He added …")."""
        if candidate.name.text in load_words("region_names.txt"):
            return False  # "Ida Moor of Lyme, Maine says she": a place
        found = GENDERED_PRONOUN.search(self.text, candidate.span.end, min(limit, candidate.span.end + GENDER_WINDOW))
        if found is None and not candidate.given and (
                following := bisect.bisect_right(self.sentence_starts, limit)) < len(self.sentence_starts):
            start = self.sentence_starts[following]
            found = GENDERED_PRONOUN.search(self.text, start, min(self.sentence_ends[following], start + GENDER_WINDOW))
            if found is not None and (found.start(), found.end()) not in self.source_spans:
                return False  # "Varga said …. Her deputy agreed": whose "her" is not told
        return found is not None and not CAPITALISED_WORD.search(self.text, candidate.span.end, found.start())

    def learn_genders(self) -> None:
        """A person of unknown gender takes that of the next he/his/she/her, if no name comes first."""
        genders = pronouns()
        for index, (mention, owner) in enumerate(zip(self.names, self.name_owner)):
            entity = self.entities[owner]
            if entity.gender is not None:
                continue
            _, sentence_end = self.sentence_bounds(mention.span.end)
            following = self.name_starts[index + 1] if index + 1 < len(self.names) else len(self.text)
            limit = min(following, max(sentence_end, mention.span.end) + GENDER_WINDOW, len(self.text))
            found = GENDERED_PRONOUN.search(self.text, mention.span.end, limit)
            if found and found.start() > sentence_end and self.other_person_in_sentence(index) \
                    and self.both_genders_after(found):
                continue  # "Ana Lund talks to Tom Reyl. After he hailed her, …": the pronoun may be either's
            if found and SUBJECT_WORD_THEN_VERB.search(self.text, mention.span.end, found.start()) is not None:
                continue  # "Judge Lenz said Sand had lied until he was caught": the "he" may be Sand's
            if found:
                entity.gender = genders[found.group().lower()][0]

    def both_genders_after(self, found: regex.Match) -> bool:
        """Whether a pronoun of the other gender follows ``found`` in its sentence: "after he hailed her"."""
        gender = pronouns()[found.group().lower()][0]
        _, end = self.sentence_bounds(found.start())
        return any(pronouns()[other.group().lower()][0] != gender
                   for other in GENDERED_PRONOUN.finditer(self.text, found.end(), end))

    def other_person_in_sentence(self, index: int) -> bool:
        """Whether the sentence of name ``index`` names another person, just before or after it."""
        start, end = self.sentence_bounds(self.names[index].span.start)
        owner = self.name_owner[index]
        return any(0 <= other < len(self.names) and start <= self.names[other].span.start < end
                   and self.name_owner[other] != owner for other in (index - 1, index + 1))

    def spokesperson_firm(self, source: Span) -> str | None:
        """"spokeswoman for Bay Lines" for "A spokeswoman" opening the sentence after one whose subject is Bay Lines
        alone; not after "Bay Lines and the harbour board met." """
        spoken = SPOKESPERSON.fullmatch(source.text.strip())
        if spoken is None or not self.opens_sentence(source.start):
            return None
        firm = self.owning_firm(source.start, True)
        if firm is None or not self.sole_firm(source.start, firm):
            return None
        return f"{spoken.group('role')} for {firm}"

    def spokesperson_person(self, source: Span) -> str | None:
        """"spokesman for Lena Ruiz" for "A spokesman for Ms Ruiz" when the person named at its end has a fuller
        name in the text ("The transport minister, Lena Ruiz, …"); none when the mention is the fullest name."""
        spoken = SPOKESPERSON_FOR.match(source.text)
        if spoken is None:
            return None
        named = Span.of(self.text, source.start + spoken.end(), source.end)
        index = bisect.bisect_left(self.name_starts, source.end) - 1
        if not self.person_name_ending(named):
            return None
        lead = self.text[named.start:self.names[index].span.start].split()
        if len(lead) > 1 or lead and honorific(lead[0]) is None:
            return None  # "A spokesman for the minister Lena Ruiz", a title of hers before the name: not so read
        entity = self.entities[self.name_owner[index]]
        written = self.names[index].span.text.split()
        if written and honorific(written[0]) is not None:
            written = written[1:]  # "Ms Ruiz": the name "Ruiz"
        if len(entity.name.split()) <= len(written):
            return None
        return f"{spoken.group('role')} for {entity.name}"

    def opens_sentence(self, start: int) -> bool:
        """Whether only spaces stand between its sentence's start and ``start``."""
        index = bisect.bisect_right(self.sentence_starts, start) - 1
        return index >= 0 and end_before(self.text, self.sentence_starts[index], start) == self.sentence_starts[index]

    def sole_firm(self, start: int, firm: str) -> bool:
        """Whether ``firm`` stands alone as the subject of the sentence before the one ``start`` is in: no "and",
        "&" or comma joining another after it."""
        index = bisect.bisect_right(self.sentence_starts, start) - 2
        if index < 0:
            return False
        sentence = self.text[self.sentence_starts[index]:self.sentence_ends[index]]
        found = sentence.lower().find(firm.lower())
        return found >= 0 and JOINED_BODY.match(sentence, found + len(firm)) is None

    def owning_firm(self, start: int, opens_sentence: bool, relay: bool = True) -> str | None:
        """The firm or body a title's "its" or "their" stands for: the name of capitalised words opening as its
        subject the sentence before, when the title opens its own ("Bay Lines sold the ferry. Its chief executive,
        Ida Lenz, said"), else its own sentence ("Bay Lines sold the ferry, and its chief executive, Ida Lenz,
        said"); a body's name of capitalised words ending in a noun of `organisations.txt` too ("The Ferry Owners
        Association backed the toll. Its chairman, Tom Reyl, said": "chairman of the Ferry Owners Association"),
        or "The" and one or two lower-case words before such a noun ("The harbour board met. Its chair, …": "chair
        of the harbour board"); none when that subject is no such name (see :meth:`firm_subject`; "The council" is
        none)."""
        index = bisect.bisect_right(self.sentence_starts, start) - 1 - opens_sentence
        if index < 0:
            return None
        floor, limit = self.sentence_starts[index], self.sentence_ends[index] if opens_sentence else start
        if (dateline := DATELINE.match(self.text, floor, near(floor, limit))) is not None:
            floor = dateline.end()  # "LYME — The harbour board will raise fees, its chair, Ida Lenz, said"
        if (lead := _leading_phrase().match(self.text, floor, near(floor, limit))) is None:
            lead = _subject_opener().match(self.text, floor, near(floor, limit))  # "But the Seafarers' Guild …"
        if lead is not None:
            floor = lead.end()  # "In a statement, Bay Lines said …": the subject after the phrase set off before it
        if relay and index > 0 and FIRM_DESCRIBED_SUBJECT.match(self.text, floor, near(floor, limit)) is not None:
            # "Bay Lines cut a route. A spokesman for the firm declined to comment. Its chief executive, …": the
            # firm the sentence before names, once
            return self.owning_firm(self.sentence_starts[index], True, False)
        subject = self.firm_subject(floor, limit)
        if subject is not None and (owned := _possessed_body().match(self.text, subject.end(1), near(
                subject.end(1), limit))) is not None:
            return self.text[subject.start(1):owned.end()]  # "Lyme's harbour board met …": the board itself
        if subject is not None:  # "Bay Lines' board sold …", "Lyme Chamber of Commerce warned …"
            return _without_possessive(self.text[subject.start(1):self.firm_end(subject, limit)])
        if (described := _described_body().match(self.text, floor, near(floor, limit))) is not None \
                and not self.holds_name(described.start("body"), described.end("body")):
            return described.group("body")  # "The pier's owners, the Lyme Pier Trust, say …": the body named
        body = _body_opening(lead is not None).match(self.text, floor, near(floor, limit))
        if body is None and opens_sentence and len(created := CREATED_BODY.findall(self.text, floor, limit)) == 1:
            return f"the {created[0].lower()}"  # "Parents have started a campaign …. Its founder, …": the campaign
        if body is None or self.holds_name(body.start("body"), body.end("body")) or BODY_JOINED_BY_WORD.match(
                self.text, body.end("body"), near(body.end("body"), limit)) is not None:
            return None  # "The harbour board and the guild met. Its chair, …": which body's chair is not told
        words = body.group("body").split()
        # "The harbour board" as "The Harbour Board" (or "the Seafarers' Guild" after a leading phrase), not "The
        # council" alone, which tells no body apart
        if not all(word[:1].isupper() for word in words[words[0] == "the":]) and not (
                words[0] in ("The", "the") and len(words) > 2 and all(word.islower() for word in words[1:])):
            return None
        return " ".join(["the", *words[1:]] if words[0] in ("The", "the") else words)

    def owning_document(self, start: int) -> str | None:
        """The document a title's "Its" (opening the sentence ``start`` is in) stands for when the sentence before opens
        with "The" and a noun of `thing_heads.txt` as its subject ("The study, commissioned by the board, said …. Its
        lead author, …": "the study"); none when another word or "and" follows that noun ("The study group said",
        "The study and the survey said")."""
        index = bisect.bisect_right(self.sentence_starts, start) - 2
        if index < 0:
            return None
        found = DOCUMENT_SUBJECT.match(self.text, self.sentence_starts[index], near(
            self.sentence_starts[index], self.sentence_ends[index]))
        if found is None or found.group("noun") not in load_words("thing_heads.txt", lower=True):
            return None
        verb, f = found.group("verb"), frames()
        if verb is not None and not (verb.endswith(("ed", "s")) or verb in f.irregular_verbs or verb in f.auxiliaries):
            return None  # "The study group met": the noun is no head
        return f"the {found.group('noun')}"

    def sole_body_named(self, start: int, noun: str) -> str | None:
        """The one body's name of capitalised words ending in ``noun`` capitalised that the 3,000 characters before
        ``start`` hold ("The Seafarers' Guild met on Monday. Its members voted to strike. The guild's secretary, …":
        the Seafarers' Guild), ``noun`` being one of `organisations.txt`; none when two names so end, or none does."""
        if noun not in load_words("organisations.txt", lower=True):
            return None  # "The mayor's deputy" after "Lyme Mayor Ana Varga": a person's, no body's
        found = {" ".join(match.group("name").split()) for match in _body_ending_in(noun.capitalize()).finditer(
            self.text, max(0, start - 3000), start)}
        if len(found) != 1:
            return None
        name = found.pop()
        return "the" + name[3:] if name.startswith("The ") else name

    def possessor_of_role(self, start: int, owner: int, possessed: regex.Match) -> int | None:
        """The person a role's "his" or "her" stands for: a relative's bearer of the same surname, else the last
        person named (:meth:`kin_of_surname`, :meth:`possessor_before`)."""
        kin = self.kin_of_surname(start, owner, possessed)
        return kin if kin is not None else self.possessor_before(start, owner, possessed.group("pronoun"))

    def kin_of_surname(self, start: int, owner: int, possessed: regex.Match) -> int | None:
        """For a relative of `surname_sharing_kin.txt` ("His daughter, Ida Hale,"), the person named before
        ``start`` of the pronoun's gender who bears the holder's surname, the last one named, when there is one:
        "Jon Hale has died. … Tom Reyl said …. His daughter, Ida Hale, said" gives "daughter of Jon Hale", no
        longer of the nearer Tom Reyl; None when nobody bears it, and the last person named is asked instead."""
        role = possessed.group("role").lower()
        if role not in load_words("surname_sharing_kin.txt", lower=True):
            return None
        surname = (self.entities[owner].name.split() or [""])[-1]
        wanted = pronouns()[possessed.group("pronoun").lower()][0]
        best, best_start = None, -1
        for index, other in enumerate(self.entities):
            words = other.name.split()
            if (index == owner or other.kind != PERSON or other.gender != wanted or len(words) < 2
                    or words[-1] != surname):
                continue
            if (last := other.last_start_before(start)) > best_start:
                best, best_start = index, last
        return best

    def possessor_before(self, start: int, owner: int, pronoun: str, *, kin: bool = False) -> int | None:
        """The person a title's "his" or "her" stands for: the last one named before ``start``, in its sentence or
        the few before (``POSSESSOR_SENTENCES``), who is not the title's holder; of the pronoun's gender, known
        ("Ann Varga said … Her deputy, Tom Reyl, …" -> Ann Varga), else none; for a relative (``kin``), none when
        "him" follows that man's name, another man who may be meant."""
        index = bisect.bisect_right(self.sentence_starts, start) - 1
        wanted = pronouns()[pronoun.lower()][0]
        floor = self.sentence_starts[max(0, min(index - POSSESSOR_SENTENCES, self.pronoun_chain(index, wanted) - 1))] \
            if index >= 0 else start
        index = bisect.bisect_left(self.name_starts, start) - 1
        while index >= 0 and self.names[index].span.start >= floor:
            other = self.name_owner[index]
            if other != owner and self.entities[other].kind == PERSON:
                gender = self.entities[other].gender
                if gender == wanted:
                    # "Tom Reyl called him kind. His brother added": "him" is another man, who may be the one meant
                    return None if kin and wanted == "m" and OTHER_MAN.search(
                        self.text, self.names[index].span.end, start) is not None else other
                if gender is None:
                    return None  # the nearest person may be the one meant: no guess
            index -= 1
        return None

    def pronoun_chain(self, index: int, gender: str) -> int:
        """The first of the sentences right before sentence ``index``, up to ``POSSESSOR_CHAIN_SENTENCES``, each of
        which holds a pronoun of ``gender`` or opens with a quotation mark: a person they all speak of may be
        further back than the few sentences a possessive reaches ("Ida Lenz mends nets. At 68, she says …. She
        learned …. Young people, she believes, …. Her nephew, Erik Sand, …" -> Ida Lenz); ``index`` when the
        sentence before is no such sentence."""
        first = index
        while first > 0 and index - first < POSSESSOR_CHAIN_SENTENCES and (
                self.text.startswith(OPENING_QUOTES, self.sentence_starts[first - 1])  # the speaker's words go on
                or self.speaks_of(first - 1, gender)):
            first -= 1
        return first

    def speaks_of(self, index: int, gender: str) -> bool:
        """Whether sentence ``index`` holds a pronoun of ``gender``; each sentence is read once for each gender."""
        key = (index, gender)
        if key not in self.gendered_sentences:
            self.gendered_sentences[key] = any(
                pronouns()[found.group().lower()][0] == gender for found in GENDERED_PRONOUN.finditer(
                    self.text, self.sentence_starts[index], self.sentence_ends[index]))
        return self.gendered_sentences[key]

    def mention_title(self, mention: PersonName) -> tuple[str | None, bool, bool]:
        """The title one mention states, whether it is a full statement and whether it is stated in the past
        ("Tom Reyl was treasurer")."""
        text = self.text
        floor, limit = self.sentence_bounds(mention.span.start)
        tail = self.place_end(mention.name.end, limit, bool(mention.given))  # "Sen. Ida Lenz of Lyme, the panel chair,"
        def blocked(offset: int) -> bool:  # another person's name: their title is not this one's
            return offset < mention.span.start and self.inside_name(offset)

        premodifier = premodifier_title(text, mention.name.start, floor=floor, blocked=blocked)
        run_start = mention.span.start
        if premodifier:
            phrase = text[premodifier[0]:premodifier[1]]
            if not is_office_word(phrase):
                if len(phrase.split()) == 1 and (after := appositive_after_title(text, tail, limit=limit)):
                    # "Co-author Erik Sand, a marine biologist, cautioned": the role and what he is, as written
                    return f"{phrase}, {text[after[0]:after[1]]}", True, left_after(text, after[1], limit)
                # "Bay Lines chairman Tom Reyl resigned.", "Lyme Town sacked manager Rob Kell"
                return phrase, True, left_after(text, tail, limit) or dismissed_before(text, premodifier[0], floor)
            run_start = min(run_start, premodifier[0])  # "The inquiry's chairman, Judge Ivo Marek,"
        # "Tom Reyl, chairman of Bay Lines, stepped down.", "Cllr Eva Dahl (Chair)"
        after = appositive_after_title(text, tail, limit=limit) or bracketed_role(text, tail, limit=limit)
        if after:  # "Tom Reyl, once a skipper,": a role he had
            return text[after[0]:after[1]], True, left_after(text, after[1], limit) or stated_past_before(text, after[0])
        before = appositive_before_title(text, run_start, tail, floor=floor)
        if before and ((dateline := DATELINE.match(text, before[0], before[1])) is not None or (
                dateline := DATELINE.match(text, floor, before[1])) is not None and dateline.end() > before[0]):
            # "LYME - The head of the guild, Piet Osman,", "LYME, Dorset - The head …": no dateline in a title
            before = dateline.end(), before[1]
        if before:
            return text[before[0]:before[1]], True, left_after(text, tail, limit)
        if (fronted := FRONTED_ROLE.fullmatch(text, floor, run_start)) is not None and not text.startswith(
                ",", tail) and title_words().is_head(fronted.group("head").lower()):
            return fronted.group("role"), True, False  # "Now 53 and a historian, Ms Lenz has spent …": "a historian"
        if (described := self.description_opening(mention, floor)) is not None:
            return described, True, False  # "The guard, Mike Dunn, told the Gazette"
        for stated in (who_clause_title(text, tail, limit=limit), predicate_title(text, tail, limit=limit)):
            if stated:
                return stated[0], True, stated[1]
        taken = taken_role(text, mention.name.start, tail, floor=floor, limit=limit)
        if taken:
            return taken[0], True, taken[1]  # "Tom Reyl replaced Ana Varga as mayor", "Tom Reyl resigned as mayor"
        former = self.predecessor_title(mention, floor)
        if former:
            return former, True, False
        if premodifier:  # "Mayor Tom Reyl resigned on Monday": "the former mayor"
            return text[premodifier[0]:premodifier[1]], False, left_after(text, tail, limit)
        if (representing := representing_title(text, tail, limit=limit)) is not None:
            return representing, False, False  # "Tom Reyl, representing the developer Harbour Estates, argued"
        if (relation := self.relation_before(mention, floor)) is not None:
            return relation, False, False  # "My colleague Tom Reyl reports", "His brother Tom Reyl said"
        if (letters := self.post_nominal_title(mention, limit)) is not None:
            return letters, False, False  # "Amy Shaw MP said": "MP", a stand-in like an office honorific
        # "Ann Varga was elected to the Harbour Council": "the councillor", a stand-in like an office honorific, as
        # the seat may be an earlier one than the office another mention gives ("Gov. Ann Varga")
        return member_role(text, tail, limit), False, False

    def description_opening(self, mention: PersonName, floor: int) -> str | None:
        """A definite description of up to three words in lower case that opens the sentence, set off by commas
        before a name that is a quote's source, even with a head outside `titles.txt`: "The guard, Mike Dunn, told
        the Gazette" and "The night guard, Mike Dunn, 58, said" give "The guard", "The night guard"; so does a
        capitalised word and a noun right before the name ("Security guard Mike Dunn, 58, said"), but for an
        opener, adverb, time or pronoun first ("Yesterday morning Mike Dunn, 58, said"); not a time
        ("The next day, Mike Dunn, 58, said"), a quantifier or other word of ``NO_DESCRIPTION_HEADS`` ("The other,
        Tom Reyl,") or a word of `titles.txt` that is no head ("The former, …"), nor before a name no quote has."""
        if not self.text.startswith(",", mention.span.end) or mention.span.end not in self.source_ends and (
                end_before(self.text, floor, mention.span.start, ", \t\u00a0") not in self.source_ends):
            return None  # "Another passenger, Tom Reyl, posted …": the description the source, the name who it is
        if mention.span.start - floor > DESCRIPTION_REACH:
            return None
        found = OPENING_DESCRIPTION.fullmatch(self.text, floor, mention.span.start)
        if found is None and (indefinite := OPENING_INDEFINITE.fullmatch(self.text, floor, mention.span.start)):
            # "A reader, Jon Hale, emails …", "A passenger, Eva Brun, said": a noun for a person, as a title is
            return indefinite.group("description") if _personal_noun(indefinite.group("head")) else None
        if found is None and (found := OPENING_ROLE.fullmatch(self.text, floor, mention.span.start)) is not None:
            first, head = found.group("first").lower(), found.group("head")
            if first in _words_of(NO_ROLE_OPENERS) or first in name_openers() or (
                    first in pronouns()) or head.endswith(("ed", "ing", "ly")) or first.endswith("ly"):
                return None  # "Yesterday guard …", "When asked Mike Dunn, 58, said"
        if found is None:
            return None
        head = found.group("head")
        if head in _words_of(NO_DESCRIPTION_HEADS) or (
                title_words().is_title_word(head)):
            return None  # "The next day, …", "The other, …", "The former, …": no role of a person
        if any(word in frames().be_forms or word in frames().verbal_auxiliaries
               for word in found.group("description").split()[1:]):
            return None  # "The toll is fair, Ms Varga, who chairs the board, insisted": a clause, what she said
        return found.group("description")

    def relation_before(self, mention: PersonName, floor: int) -> str | None:
        """A possessive determiner or a named possessor and a noun for a person's tie to another right before the
        name, or set off by commas before it, which stands in for a title: a relative of `gendered_nouns.txt` ("his
        brother Tom Reyl", "Ms Varga's husband, Tom Varga,") or the singular of a noun of
        `associate_nouns.txt` or `object_listeners.txt` ("my colleague Tom Reyl", "her friend Ana Varga"); not "in
        his speech Tom Reyl", nor before a given name alone ("his son Tom", "his son Tom Jr."), which may be joined
        to another person of that given name."""
        if (survived := self.survived_relation(mention, floor)) is not None:
            return survived  # "Mr Reyl is survived by a son, Jan,": "his son", Mr Reyl's
        if not mention.given:
            return None
        found = RELATION_BEFORE.search(self.text, max(floor, mention.span.start - 80), mention.span.start)
        if found is None or found.group("place") and not found.group("comma"):
            return None  # "His rival at Coast Ferries, Ana Varga,": a place only with the name set off
        if found.group("comma") and not NAME_THEN_CLOSE.match(
                self.text, mention.name.end, near(mention.name.end, len(self.text))):
            return None  # "Ms Varga's husband, Tom Varga, said" is set off; not "her son, Tom Reyl and Ana"
        if (owner := found.group("owner")) is not None and not (
                title_words().is_title_word(owner) or owner in _gendered_nouns()):
            return None  # "The mayor's rival, Tom Reyl,"; not "The ferry's friend, Tom Reyl,"
        noun = found.group("noun")
        related = noun in _gendered_nouns() or noun + "s" in load_words("associate_nouns.txt") or (
            noun + "s" in _listener_nouns())
        return found.group("relation") if related else None

    def survived_relation(self, mention: PersonName, floor: int) -> str | None:
        """A relative of `surname_sharing_kin.txt` set off before the name after "survived by a" or "one", as the
        one survived, the last person named before it in the sentence, would name it: "Mr Reyl is survived by a
        son, Jan," gives "his son" (of Mr Reyl), "Ms Varga is survived by a son, Jan," "her son"; none when that
        person's gender is not known."""
        found = _kin_before().search(self.text, max(floor, mention.span.start - 40), mention.span.start)
        if found is None or not found.group("survived") or not found.group("comma") or not NAME_THEN_CLOSE.match(
                self.text, mention.name.end, near(mention.name.end, len(self.text))):
            return None
        index = bisect.bisect_left(self.name_starts, found.start()) - 1
        survived = self.names[index] if index >= 0 and self.names[index].span.start >= floor else None
        if survived is None or survived.gender not in ("m", "f"):
            return None
        return f"{'his' if survived.gender == 'm' else 'her'} {found.group('kin').lower()}"

    def court_title(self, mention: PersonName) -> str | None:
        """The role in a court case that the clause right after a mention gives: "Tom Reyl pleaded not guilty to
        fraud" -> "defendant", which "the defendant" repeats; the person's title only when no mention gives
        another, even a stand-in ("Ann Varga was elected to the Harbour Council")."""
        floor, limit = self.sentence_bounds(mention.span.start)
        return (court_role(self.text, self.place_end(mention.name.end, limit, bool(mention.given)), limit)
                or opening_counsel_role(self.text, floor, mention.span.start))  # "Defending, Tom Reyl argued …"

    def predecessor_title(self, mention: PersonName, floor: int) -> str | None:
        """The possessor's title as a former one for a name set off after "his predecessor" (`predecessor_nouns.txt`):
        in "Mayor Tom Reyl met his predecessor, Ann Varga," she is the "former Mayor". The possessor is the last
        person named before "his", "her" or "'s" in the sentence, of a gender that fits the pronoun, and must hold
        a title that is no past one."""
        found = _predecessor_before().search(self.text, max(floor, mention.span.start - 40), mention.span.start)
        if found is None or not NAME_THEN_CLOSE.match(self.text, mention.name.end, mention.name.end + 4):
            return None
        index = bisect.bisect_left(self.name_starts, found.start()) - 1
        while index >= 0 and self.names[index].span.end > found.start():
            index -= 1  # a name the possessive word sits inside of
        if (index < 0 or self.names[index].span.start < floor) and found.group("pronoun") is not None and (
                OPENING_PREDECESSOR.fullmatch(self.text, floor, found.start()) is not None):
            # "Ana Varga, the operations manager, spoke. Her predecessor, Jon Hale, said": as for "Her deputy"
            holder = self.name_owner[bisect.bisect_left(self.name_starts, mention.span.start)]
            before = self.possessor_before(found.start(), holder, found.group("pronoun"))
            index = -1 if before is None else max(
                (position for position, name_owner in enumerate(self.name_owner[:bisect.bisect_left(
                    self.name_starts, found.start())]) if name_owner == before), default=-1)
            floor = 0
        if index < 0 or self.names[index].span.start < floor:
            return None
        if found.group("pronoun") is None and self.names[index].span.end != found.start():
            return None  # "Tom Reyl and the board's predecessor": "'s" belongs to no name
        owner = self.entities[self.name_owner[index]]
        gender = {"his": "m", "her": "f"}.get((found.group("pronoun") or "").lower())
        if not owner.title or owner.title_past or title_key(owner.title) & title_words().past \
                or not gender_compatible(owner.gender, gender):
            return None
        held = owner.title.split(None, 1)
        if len(held) == 2 and held[0].lower() in NOUN_DETERMINERS | {"her"}:
            held = held[1:]  # "Its chief executive", "The harbour master": the office, without its determiner
        return "former " + " ".join(held)

    def mention_places(self, mention: PersonName) -> set[str]:
        """The words of the place and party a mention gives after the name, which a description of the person's
        role may add ("the Lyme senator", "the Democratic senator"): "Sen. Ana Varga (D-Lyme)", "Mayor Eva Brun of
        Lyme"."""
        bracket = PARTY_AND_PLACE.match(self.text, mention.name.end, near(mention.name.end, len(self.text))) or (
            PARTY_SET_OFF_AFTER.match(self.text, mention.name.end, near(mention.name.end, len(self.text))))
        if bracket is not None:
            return set(_party_words().get(bracket.group(1), ())) | set(title_key(bracket.group(2)))
        _, limit = self.sentence_bounds(mention.span.start)
        place = PLACE_AFTER_NAME.match(self.text, mention.name.end, near(mention.name.end, max(limit, mention.name.end)))
        return set(title_key(place.group().split(None, 1)[1])) if place is not None else set()

    def mention_office(self, mention: PersonName) -> frozenset[str]:
        """The office of an honorific right before the name, spelled out, which a description may repeat when a
        fuller title wins: "the professor" after "Prof Ana Varga, an expert on ferries,"; with a "former" before
        it, only "the former governor" does ("Former Gov. Tom Reyl"); with a word of `second_ranks.txt`, none
        ("Deputy Mayor Tom Reyl")."""
        found = HONORIFIC_BEFORE.search(self.text, max(0, mention.name.start - 40), mention.name.start)
        if found is None or not is_office_word(found.group(2)) or (
                found.group(1) or "").lower() in load_words("second_ranks.txt", lower=True):
            return frozenset()  # "Deputy Mayor Tom Reyl" holds no office of mayor
        past = found.group(1) is not None and found.group(1).lower() in title_words().past
        return title_key(found.group(0) if past else found.group(2))

    def without_cue(self, name: PersonName) -> PersonName | None:
        """A headline's capitalised cue is no surname: "Pier Will Close, Mayor Says" names nobody, "…, Mayor Lena
        Park Says" names Lena Park."""
        cue_start = name.name.end - len(name.surname)
        if (cue_start, name.name.end) not in self.cue_spans:
            return name
        if len(name.given) < 2:
            return None
        end = end_before(self.text, 0, cue_start)
        return attrs.evolve(name, span=Span.of(self.text, name.span.start, end),
                            name=Span.of(self.text, name.name.start, end), given=name.given[:-1], surname=name.given[-1])

    def find_people(self) -> None:
        found = tuple(name for found_name in find_person_names(self.text, vouched=self.vouched, family_first=self.family_first)
                      if (name := self.without_cue(found_name)) is not None)
        found = tuple(name for index, name in enumerate(found) if index == 0 or not self.in_body_of(found[index - 1], name))
        full_surnames = {name.surname for name in found if name.given and name.strong}  # "President Tom Reyl"
        found = tuple(self.without_common_words(name, full_surnames) for name in found)
        starts = [name.span.start for name in found]
        self.names, self.unlinked = with_age_comparatives(self.text, tuple(
            self.with_stressed_gender(self.with_family_surname(name, found, starts)) for name in found))
        self.unlinked_starts = sorted(self.unlinked)
        self.name_starts = [n.span.start for n in self.names]
        self.entities, self.name_owner = cluster_people(self.names, [self.stated_role(name) for name in self.names],
                                                        [self.kin_named(name) for name in self.names])
        role_words: dict[int, set[str]] = {}  # words a description of the person's role may add to the title's
        # every full title a mention states, which a description may repeat though another is the person's title
        # ("Florida Sen. Ana Varga … Ana Varga, a presidential candidate, … The Florida senator said")
        stated: dict[int, dict[str, bool]] = {}
        court_roles: dict[int, str] = {}  # the first role in a court case a mention gives
        titled_at: dict[int, int] = {}  # where the mention that gave each entity its title starts
        offices: dict[int, set[str]] = {}  # the offices of the honorifics before the person's names
        for mention, owner in zip(self.names, self.name_owner):
            title, full, past = self.mention_title(mention)
            if title is None and (given := self.name_given_after_role(mention)) is not None and given.group(
                    "role") and role_noun_is_head(given.group("role")):
                title, full, past = given.group("role"), True, False  # "a retired fisherman who gave his name as Erik"
            title = without_age(title)  # "Tom Reyl, a 54-year-old skipper," is titled "skipper"
            before = self.entities[owner].title
            self.entities[owner].add_title(title, full=full, past=past)
            if self.entities[owner].title != before:
                titled_at[owner] = mention.span.start
            if title is None and owner not in court_roles and (role := self.court_title(mention)) is not None:
                court_roles[owner] = role
            office = self.mention_office(mention)
            offices.setdefault(owner, set()).update(office)
            role_words.setdefault(owner, set()).update(self.mention_places(mention), office,
                                                       title_key(self.post_nominal_title(mention, len(self.text)) or ""))
            if title and full:
                stated.setdefault(owner, {}).setdefault(title, past)
        for owner, role in court_roles.items():
            self.entities[owner].add_title(role, full=False)  # only when no mention gave a title
        gendered = title_words().gender
        for entity in self.entities:
            # "his spokeswoman, Kit Moor": a feminine role tells her gender before any pronoun; a masculine one
            # may not ("spokesman" is written of women too)
            if entity.gender is None and entity.title and (words := entity.title.lower().split()) \
                    and gendered.get(words[-1]) == "f":
                entity.gender = "f"
        self.learn_genders()
        for owner, start in titled_at.items():
            entity = self.entities[owner]
            if (possessed := POSSESSED_ROLE.match(entity.title)) is not None \
                    and (possessor := self.possessor_of_role(start, owner, possessed)) is not None:
                role, place = possessed.group("role"), ""
                if (placed := PLACE_AFTER_TIE.search(role)) is not None:
                    role, place = role[:placed.start()], placed.group()  # "rival of Piet Osman at Coast Ferries"
                entity.title = f"{role} of {self.entities[possessor].name}{place}"
            elif (owned := OWNED_ROLE.match(entity.title)) is not None and (firm := self.owning_firm(
                    start, opens := owned.group("pronoun")[0].isupper()) or (
                    None if opens else self.owning_firm(start, True))) is not None:
                # "Bay Lines made a loss. Tom Reyl, its chief executive, said": its own sentence first, then the one
                # before, as for "Its chief executive, Tom Reyl,"
                entity.title = f"{owned.group('role')} of {firm}"
            elif (owned := OWNED_ROLE.match(entity.title)) is not None and owned.group("pronoun") == "Its" \
                    and owned.group("role").split()[-1] in load_words("document_roles.txt", lower=True) \
                    and (document := self.owning_document(start)) is not None:
                # "The study said …. Its lead author, Dr Lena Ruiz, said": "lead author of the study"
                entity.title = f"{owned.group('role')} of {document}"
            elif (owned := NOUN_OWNED_ROLE.match(entity.title)) is not None and ((firm := self.owning_firm(
                    start, opens := owned.group("pronoun").isupper()) or (
                    None if opens else self.owning_firm(start, True))) is not None and _owned_by_noun(
                    firm, owned.group("noun")) or (firm := self.sole_body_named(start, owned.group("noun")))):
                # "The Lyme Heritage Trust objected. The trust's chair, Lena Ruiz, said": as for "Its chair"
                entity.title = f"{owned.group('role')} of {firm}"
        for index, entity in enumerate(self.entities):
            if entity.title:
                places = role_words.get(index, set())
                held = self.title_keys[index] = title_key(entity.title) | places | (
                    STATED_PAST if entity.title_past else set())
                # an office outranked by the title is a noun of the role too: "the professor" after "Prof Ana
                # Varga, an expert on ferries,"
                self.add_held(index, held, role_nouns(entity.title) | places)
                for title, past in stated.get(index, {}).items():
                    if title != entity.title:
                        self.add_held(index, title_key(title) | places | (STATED_PAST if past else set()),
                                      role_nouns(title) | places)
                if offices.get(index) and not offices[index] <= title_key(entity.title):
                    # "Mayor Ana Varga … Varga, a former skipper, … the mayor said": an office the title does not
                    # hold is a role of its own, which the title's "former" does not make a past one
                    self.add_held(index, frozenset(offices[index]) | places, offices[index])

    def kin_possessor(self, mention: PersonName) -> bool:
        """The name is the possessor of a relative who mostly shares its surname: "Erik Sand's sister"."""
        return KIN_POSSESSIVE.match(self.text, mention.name.end) is not None

    def kin_named(self, mention: PersonName) -> bool:
        """The name is a relative's possessor (:meth:`kin_possessor`) or, given in full, is set off as such a
        relative of someone a possessive pronoun stands for ("Dr Sand, a surgeon, spoke. Lena Sand, his wife,
        said …"): either way not the one seen so far by an honorific and the surname alone."""
        return self.kin_possessor(mention) or bool(mention.given) and KIN_SET_OFF.match(
            self.text, mention.name.end) is not None

    def stated_role(self, mention: PersonName) -> frozenset[str]:
        """The words of a role set off right after a full name ("Mara Hale, a councillor,": "councillor"), which a
        later office honorific before the surname alone may name ("Councillor Hale")."""
        if not mention.given:
            return frozenset()
        after = appositive_after_title(self.text, mention.name.end, limit=self.sentence_bounds(mention.span.start)[1])
        return title_key(self.text[after[0]:after[1]]) if after else frozenset()

    def add_held(self, index: int, held: frozenset[str], nouns: Iterable[str]) -> None:
        """Entity ``index`` holds the role of words ``held`` and of ``nouns``: descriptions with those words and
        one of those nouns for their own may name it."""
        self.held_nouns.setdefault(held, set()).update(nouns)
        for word in held:
            self.by_title_head.setdefault(word, []).append(index)
            self.titles_with.setdefault(word, set()).add(held)
        timeline = self.title_timelines.setdefault(held, _Timeline())
        self.timelines_of.setdefault(index, []).append(timeline)
        for start in self.entities[index].starts:
            timeline.add(start, index)

    # --- sources ------------------------------------------------------------

    def add_mention(self, owner: int, span: Span) -> None:
        self.entities[owner].add_mention(span)
        for timeline in self.timelines_of.get(owner, ()):
            timeline.add(span.start, owner)

    def interviewee(self, label: Span, first_turn: int) -> int | None:
        """The person an interview's answers are by: of the people named before its first turn (``first_turn``),
        the one named most often, the first named of equals ("Ana Lund sees hope … Ana Lund, 29, runs the ferry.
        Q: … A: …" -> Ana Lund); nobody when none is named."""
        counts: dict[int, int] = {}  # in order of first mention
        for mention, owner in zip(self.names, self.name_owner):
            if mention.span.start >= first_turn:
                break
            if self.entities[owner].kind == PERSON:
                counts[owner] = counts.get(owner, 0) + 1
        owner = max(counts, key=counts.__getitem__, default=None)
        if owner is not None:
            self.note_source(label, owner)
        return owner

    def note_source(self, span: Span, owner: int) -> None:
        self.add_mention(owner, span)
        position = bisect.bisect_left(self.source_starts, span.start)
        self.source_starts.insert(position, span.start)
        self.source_stops.insert(position, span.end)
        self.source_owner.insert(position, owner)

    def person_in_capitals(self, source: Span) -> int | None:
        """The person a name written in capitals stands for, as a transcript's label writes it ("MS VARGA", "TOM
        REYL", "VARGA"): the person the text names with that surname in mixed case, of that given name when one
        is written, the last one before it or else the first after; else, after an honorific, a person of the name
        as written, without the honorific ("MS VARGA" alone is "VARGA"), and so after a listed given name ("TOM
        REYL" alone, then "REYL", are "TOM REYL"). A word in capitals that names no person
        ("HOST", "GAZETTE") stays as it is."""
        found = CAPITALS_NAME.fullmatch(source.text.strip(" ,"))
        if found is None:
            return None
        words = found.group().split()
        title = honorific(words[0].capitalize()) if len(words) > 1 else None
        if title is not None:
            words = words[1:]
        given = words[0].lower() if len(words) > 1 else None
        indexes = [index for index in self.surnames().get(words[-1].lower(), ())
                   if self.entities[self.name_owner[index]].kind == PERSON and (
                       given is None or any(word.lower() == given for word in self.names[index].given))]
        if indexes:
            before = [index for index in indexes if self.name_starts[index] < source.start]
            return self.name_owner[before[-1] if before else indexes[0]]
        key = words[-1].lower()
        if title is None and key not in self.in_capitals and not (given and is_given_name(words[0].capitalize())):
            return None  # "HOST", "GAZETTE"; not "ERIK DAHL", a listed given name and a surname
        if key not in self.in_capitals:
            lead = source.start + len(source.text) - len(source.text.lstrip(" ,"))
            start = lead + list(regex.finditer(r"\S+", found.group()))[1 if title else 0].start()
            self.entities.append(Entity(PERSON, self.text[start:lead + found.end()], gender=title and title.gender))
            self.in_capitals[key] = len(self.entities) - 1
        return self.in_capitals[key]

    def named_in(self, source: Span) -> int | None:
        """The person whose name heads the source: "Mr Reyl", "Erik Dahl, ...", "Mayor Eva Brun of Lyme"."""
        trimmed = TRAILING.search(source.text)
        effective_end = source.start + (trimmed.start() if trimmed else len(source.text))
        low = max(0, bisect.bisect_right(self.name_starts, source.start) - 1)
        high = bisect.bisect_left(self.name_starts, source.end)
        for index in range(high - 1, low - 1, -1):
            name = self.names[index]
            # "Tom Reyl Jr.", "Mr Reyl Jr.": a surname takes the suffix, a given name alone ("his son Tom Jr.") not
            tail = self.place_end(name.span.end, source.end, bool(name.given) or name.span.start < name.name.start)
            if name.span.end > source.start and EPITHET_AFTER_NAME.fullmatch(self.text, tail, source.end) is not None:
                tail = source.end  # "Varga the realist knows that …": an epithet after the name is hers
            if name.span.end > source.start and tail in (effective_end, source.end):  # "Tom Reyl Jr."
                if index > low and (before := self.names[index - 1]).span.start >= source.start and OF_BETWEEN.fullmatch(
                        self.text, before.span.end, name.span.start) is not None and self.place_end(
                        before.span.end, source.end, bool(before.given)) in (effective_end, source.end):
                    name, index = before, index - 1  # "Pastor Tom Reyl of Marion Street Chapel": the body is his
                return None if self.related_to(source, name) else self.name_owner[index]
            if source.start <= name.span.start and tail < source.end and self.text.startswith(",", tail):
                # "Erik Dahl, US Treasury secretary", "Ida Lenz of Lyme, …"; not "A spokeswoman for Ana Varga,
                # a nurse, and her husband", who speaks for them
                return None if self.related_to(source, name) else self.name_owner[index]
        return None

    def in_body_of(self, person: PersonName, name: PersonName) -> bool:
        """Whether a bare surname stands inside the name of the body that the person before it is "of": "Lenz" in
        "Ida Lenz of Lenz & Partners", a firm's name and no mention of her; not "Ida Lenz of Lyme met Ms Lenz"."""
        if name.given or name.span.start != name.name.start or name.span.start <= person.span.end:
            return False
        _, limit = self.sentence_bounds(person.span.start)
        return name.span.end <= self.place_end(person.name.end, limit, bool(person.given))

    def place_end(self, end: int, limit: int, full: bool = True) -> int:
        """Where a name ending at ``end`` ends with the suffix and letters after it (`name_suffixes.txt`: "Tom Reyl
        Jr."; `post_nominals.txt`: "Amy Shaw MP") and the place or body it is "of" ("Eva Brun of Lyme"), before
        ``limit``; ``end`` when none follows. A suffix after a given name alone (not ``full``) is its own person's:
        "his son Tom Jr." is not Tom."""
        suffix = _suffix_after().match(self.text, end, near(end, limit)) if full else None
        end = suffix.end() if suffix else end
        letters = _post_nominals_after().match(self.text, end, near(end, limit))
        end = letters.end() if letters else end
        place = _affiliation_after_name().match(self.text, end, near(end, limit))
        return place.end() if place else end

    def post_nominal_title(self, mention: PersonName, limit: int) -> str | None:
        """The letters after a name ("Amy Shaw MP QC" -> "MP QC"), which stand in for a title."""
        letters = _post_nominals_after().match(self.text, mention.name.end, near(mention.name.end, limit))
        return letters.group().strip() if letters else None

    def named_after(self, source: Span) -> int | None:
        """"One passenger, Eva Brun, said", "…,” said the harbour master, Ana Brun.": a name set off by a comma
        right after the source, perhaps after a person's role and "named" ("The first witness, a clerk named Jon
        Hale, said"), and closed by another or by the sentence's end, is who speaks."""
        index = bisect.bisect_left(self.name_starts, source.end)
        if index == len(self.names):
            return None
        name = self.names[index]
        title = premodifier_title(self.text, name.span.start, floor=source.end)
        if ((APPOSED_NAME.fullmatch(self.text, source.end, name.span.start)
             # "Another passenger, retired nurse Ida Lenz, said": the name's own title before it
             or title is not None and APPOSED_NAME.fullmatch(self.text, source.end, title[0])
             # "The first witness, a clerk named Jon Hale, said": the role names a person (see ``named_after_role``)
             or APPOSED_NAMED_ROLE.fullmatch(self.text, source.end, name.span.start) and self.named_after_role(name))
                and APPOSED_NAME_END.match(self.text, name.span.end)
                and self.quoted_range(name.span.start) is None  # "According to a summary, Ana Varga, ..., sent"
                and not names_head_object(source.text, name.span.text)  # "A spokesman for the operator, Pier Lines,"
                and not _group_of_someone(source.text)):  # "supporters of her rival, Tom Reyl,": the rival's name
            return self.name_owner[index]
        return None

    def given_after_role(self, source: Span) -> int | None:
        """"One, a retired fisherman who gave his name only as Erik, said": the name given after a role set off
        right after the source (see ``name_given_after_role``) is who speaks."""
        index = bisect.bisect_left(self.name_starts, source.end)
        if index == len(self.names):
            return None
        given = self.name_given_after_role(self.names[index])
        return self.name_owner[index] if given is not None and given.start() == source.end else None

    def related_to(self, source: Span, name: PersonName) -> bool:
        """The name ending the source is someone the source is related to, not who speaks: right after a
        preposition of relation_prepositions.txt ("People close to Mr Reyl", "a spokeswoman for Ms Varga"), after a
        participle of control_participles.txt and "by" ("A company owned by Mr Reyl"), or
        after a role "for" or "to" outside its own title ("aides to Mayor Eva Brun"); "US ambassador to Lyme Ana
        Varga" is her own title."""
        before = self.text[source.start:name.span.start]
        words = before.split()
        if words and words[-1] in load_words("relation_prepositions.txt"):
            return True
        if len(words) >= 3 and words[-1] == "by" and words[-2].lower() in load_words("control_participles.txt"):
            return True  # "A company owned by Mr Reyl", "Skippers hired by Ms Varga": the company, the skippers
        if (APPOSED_NAME_BEFORE.search(before) is not None and (role := DEPENDENT_ROLE.search(before)) is not None
                and not _plural_role(role.group(1)) and not names_head_object(before.rstrip(", \t\u00a0"), name.span.text)):
            # "a lawyer for the skippers, Ines Babic": a name set off after the role is the one who holds it, as
            # after the source ("said a lawyer for the skippers, Ines Babic"); not "aides to the mayor, Eva Brun"
            return False
        if len(words) >= 2 and words[-1] == "of" and _group_noun(words[-2]):
            return True  # "Supporters of Mr Reyl", "Aides of the mayor"; not "A clip of Mr Reyl"
        title = premodifier_title(self.text, name.name.start, floor=source.start)
        role_end = title[0] if title else name.span.start
        heads = title_words().heads
        return any(word in heads or word[:-1] in heads
                   for word in (m.group(1).lower() for m in DEPENDENT_ROLE.finditer(self.text, source.start, role_end)))

    def relative_antecedent(self, source: Span) -> int:
        """"Jane Roe, a farmer who said …": the name just before the relative pronoun."""
        high = bisect.bisect_left(self.name_starts, source.start)
        reaching = [index for index in range(high - 1, max(high - 4, -1), -1)
                    if source.start - self.names[index].span.end <= RELATIVE_WINDOW and self.reaches_relative(
                        self.names[index], source.start)]
        # "It was Ms Varga, not Mr Reyl, who said": the cleft's name, not the one set off after "not"
        reaching = [index for index in reaching if not (
            index - 1 in reaching and CONTRASTED_NAME.search(
                self.text, max(0, self.names[index].span.start - 8), self.names[index].span.start) is not None
            and CLEFT_OPENING.search(self.text, max(0, self.names[index - 1].span.start - 12),
                                     self.names[index - 1].span.start) is not None)]
        for index in reaching:
            if self.set_off_before_relative(self.names[index], source.start):
                return self.name_owner[index]
        start, _ = self.sentence_bounds(source.start)
        # "a report by engineers last month, which found": the noun before the time, where no name reaches the
        # pronoun ("Sen. Ana Varga this year, who" is hers)
        timed = None if reaching else time_before_relative(self.text, start, source.start)
        end = end_before(self.text, start, timed or source.start, " ,")
        noun = noun_phrase_before(self.text, start, end) if end > start else None
        if noun is not None:
            noun = _object_after_present_verb(self.text, noun)
        if noun is not None and noun.end == end and plausible_source(noun.text) and (
                len(words := noun.text.split()) > 1 or words[0].lower() not in _pro_forms()) and not (
                words[-1].lower() in load_words("time_units.txt") or words[-1].endswith(("'s", "’s"))):
            # "skippers who say", "the audit, which notes": the noun before it; not "Ana Varga this year, who",
            # "friends of Ana Varga's who"
            return self.resolve_description(noun)
        if reaching:
            return self.name_owner[reaching[0]]  # "Ana Varga is a skipper who says": no noun phrase read before it
        self.entities.append(Entity(UNKNOWN, ""))  # "Many say, and those who …": nobody named
        return len(self.entities) - 1

    def reaches_relative(self, name: PersonName, start: int) -> bool:
        """Whether no sentence's end stands between the name and a relative pronoun at ``start``, but for the full
        stops of its party and place, in brackets or set off by commas: "Sen. Ana Varga (D-N.Y.), who", "Rep. Ana
        Varga, D-N.Y., who"; not a suffix ("Tom Reyl Jr., who"), which may tell a son from his father."""
        end = self.after_party(name, start)
        return PARTY_BEFORE_RELATIVE.fullmatch(self.text, end, start) is not None or not any(
            mark in self.text[end:start] for mark in ".;:!?“”\"")

    def set_off_before_relative(self, name: PersonName, start: int) -> bool:
        """Whether the relative pronoun at ``start`` hangs on the name that reaches it: right after it ("Ana Varga
        who", "Sen. Ana Varga (D-N.Y.), who") or after words set off by a comma ("Jane Roe, a farmer who"). Words
        with no comma first are what it hangs on: "Varga's aides who", "Reyl supporters who"."""
        end = self.after_party(name, start)
        return not self.text[end:start].strip() or self.text.startswith(",", end)

    def after_party(self, name: PersonName, limit: int) -> int:
        """Where a name ends with its place and its party and place in brackets: "Sen. Ana Varga (D-N.Y.)"."""
        end = self.place_end(name.name.end, limit, full=False)
        bracket = PARTY_AND_PLACE.match(self.text, end, limit)
        return bracket.end() if bracket else end

    def resolve_pronoun(self, source: Span, gender: str | None, number: str) -> int:
        if number != "self":
            found = self.antecedent(self.past_participle_opening(source.start), gender, number,
                                    talked_about=source.text.strip().lower() in SUBJECT_PRONOUNS)
            if found is not None and number == "pl" and gender is None and not self.mentioned_since_sentence_before(
                    found, source.start) and (group := self.group_subject_before(source.start)) is not None:
                return group  # "The firm said … Analysts at Pier Bank cut their rating. They wrote …": the analysts
            if found is not None and number == "sg" and gender == "n" and not self.mentioned_since_sentence_before(
                    found, source.start) and (body := self.body_subject_near(source.start, named=True)) is not None:
                return body  # "The council said … Bay Lines cut fares. It said …": Bay Lines
            if found is not None:
                entity = self.entities[found]
                if entity.gender is None and entity.kind in (PERSON, DESCRIPTION, UNKNOWN) and gender in ("m", "f"):
                    entity.gender = gender  # an earlier pronoun tells the gender
                return found
        if number == "sg" and gender in ("m", "f"):
            # "The coach was less impressed. “…,” he said.", "Ms Varga met the treasurer. He said …"
            for described in (self.described_subject_before(source.start), self.described_object_before(source.start)):
                if described is not None and self.compatible(self.entities[owner := self.resolve_description(described)],
                                                             gender, number):
                    return owner
        if number == "pl" and gender is None and (group := self.group_subject_before(source.start)) is not None:
            return group  # "Mr Reyl and Ms Varga met on Monday. They said …", "The skippers met. They said …"
        if number == "sg" and gender == "n" and (possessor := self.possessor_of_subject(source.start)) is not None:
            return self.resolve_description(possessor)  # "The firm's shares rose after it said …"
        if number == "sg" and gender == "n" and (body := self.body_opening(source.start)) is not None:
            return self.resolve_description(body)  # "The Harbour Council will double the toll, it said"
        if number == "sg" and gender == "n" and (body := self.body_subject_near(source.start)) is not None:
            return body  # "Bay Lines made a loss last year. It said …"
        self.entities.append(Entity(UNKNOWN, "", gender=gender, plural=number == "pl"))
        return len(self.entities) - 1  # no antecedent: a speaker with no name, never a guess

    def byline_names(self) -> list[tuple[int, int, bool]]:
        """Where the names of the bylines near the document's start stand, and whether "By" opens them: a line of
        "By" and a name ("By Kit Moor", "By Kit Moor, Chief Reporter", "By Kit Moor in Lyme") among its first
        sentences, which vouches for the name, or of a name alone with no full stop right under the headline or a
        standfirst (an opinion piece's "Tom Reyl", perhaps with a role in capitals after a comma or a bar: "Kit Moor,
        Staff Writer"), which must be a name on other evidence; read once."""
        if self.bylines is None:
            self.bylines = []
            for place, (start, end) in enumerate(zip(self.sentence_starts[:BYLINE_LINES], self.sentence_ends)):
                if start >= BYLINE_REACH:
                    break
                line = self.text[start:end]
                if "\n" in line.strip() or len(line) > 100:
                    continue
                found = BYLINE.fullmatch(self.text, start, end)
                if found is not None:
                    self.bylines.append((*found.span("name"), True))
                elif place <= NAME_LINE_LAST and not line.rstrip().endswith("."):
                    # "David Groner." under a reader's comment signs it, and bylines come under the headline; a role
                    # in capitals after a comma or a bar is the author's ("Kit Moor, Staff Writer")
                    role = NAME_LINE_ROLE.search(line.rstrip())
                    end = start + (role.start() if role is not None else len(line.rstrip()))
                    self.bylines.append((start + len(line) - len(line.lstrip()), end, False))
        return self.bylines

    def byline_author(self) -> int | None:
        """The person a byline names, the only author; None for two authors ("By Kit Moor and Ida Lenz"), a
        byline that names no person, or none."""
        if self.author == -1:
            self.author = None
            for start, end, _ in self.byline_names():
                index = bisect.bisect_left(self.name_starts, start)
                if index < len(self.names) and (self.names[index].span.start, self.names[index].span.end) == (start, end):
                    self.author = self.name_owner[index]
                    break
        return self.author

    def signed_author(self, offset: int) -> int | None:
        """The person whose name alone on a line signs the letter an "I" at ``offset`` writes in: the first such
        line after it, perhaps with where the writer lives after commas ("Ida Lenz, Harbour Road, Lyme"), before
        another letter's greeting ("Sir, …"); None when there is none."""
        first = bisect.bisect_right(self.sentence_starts, offset)
        for start, end in zip(self.sentence_starts[first:first + SIGNATURE_REACH], self.sentence_ends[first:]):
            if SALUTATION.match(self.text, start, min(end, start + 30)) is not None:
                return None  # the next letter opens: this one is unsigned
            if end - start > SIGNATURE_LENGTH or not self.text[max(0, start - 1):start] in ("", "\n") or \
                    self.text[end:end + 1] not in ("", "\n"):
                continue
            index = bisect.bisect_left(self.name_starts, start)
            if index < len(self.names) and self.names[index].span.start == start and SIGNATURE_TAIL.match(
                    self.text, self.names[index].span.end, end) is not None:
                return self.name_owner[index]
        return None

    def mentioned_since_sentence_before(self, owner: int, offset: int) -> bool:
        """Whether ``owner`` is mentioned from the start of the sentence before ``offset``'s up to ``offset``."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 2
        floor = self.sentence_starts[max(index, 0)]
        starts = self.entities[owner].starts
        position = bisect.bisect_left(starts, floor)
        return position < len(starts) and starts[position] < offset

    def aged_person(self, source: Span, aged: regex.Match) -> int | None:
        """The person "the 52-year-old (woman)" is: one named with that age set off after the name ("Anna Holm,
        52,", "Anna Holm, a 52-year-old nurse,") before it, else the last person, role or nameless speaker before it whose gender fits, never a thing."""
        # "Anna Holm, 52,", "Anna Holm, a 52-year-old nurse,"
        age = regex.compile(r"\A,[ \t\u00a0]*(?:(?:an?|the)[ \t\u00a0]+)?" + aged.group(1) + r"(?:[ \t\u00a0]*,|-year-old(?![\p{L}\-]))")
        high = bisect.bisect_left(self.name_starts, source.start)
        for index in range(high - 1, max(high - ANTECEDENT_LOOKBACK, 0) - 1, -1):
            if age.match(self.text[self.names[index].span.end:self.names[index].span.end + AGE_AFTER_NAME]):
                return self.name_owner[index]
        gender = _gendered_nouns().get((aged.group(2) or "").lower())
        return self.antecedent(self.past_participle_opening(source.start), gender, "sg", person=True)

    def title_word_after(self, source: Span) -> bool:
        """A title word right after the source, whose phrase it cuts short: "the former first lady"."""
        after = WORD_AFTER.match(self.text, source.end)
        return after is not None and title_words().is_title_word(after.group(1).lower())

    def last_two_people(self, offset: int) -> tuple[int, int] | None:
        """The last two people named before ``offset`` since the start of the sentence before its own, the one named
        last first: after "Mr Reyl met Ms Varga.", Ms Varga and Mr Reyl; None with fewer than two."""
        floor = self.sentence_floor(offset)
        people: list[int] = []
        index = bisect.bisect_left(self.name_starts, offset) - 1
        while index >= 0 and self.name_starts[index] >= floor and len(people) < 2:
            owner = self.name_owner[index]
            if self.entities[owner].kind == PERSON and owner not in people:
                people.append(owner)
            index -= 1
        return (people[0], people[1]) if len(people) == 2 else None

    def past_participle_opening(self, offset: int) -> int:
        """Where the search for a pronoun's antecedent starts: before a participle phrase that opens its sentence
        and ends at a comma right before it, whose names are the participle's objects, not the pronoun ("Asked
        about Mr Osman, he said", "Speaking to Ms Ek, she said"); else at the pronoun."""
        floor, _ = self.sentence_bounds(offset)
        opening = PARTICIPLE_OPENING.fullmatch(self.text, floor, offset)
        if opening is not None and not is_given_name(opening.group(1)):
            return floor
        opening = PREPOSITION_OPENING.fullmatch(self.text, floor, offset)
        if opening is not None and opening.group(1).lower() in frames().prepositions \
                and opening.group(1).lower() != "as" and _names_are_objects(self.text, opening.end(1), opening.end()):
            return floor  # "In a letter to Mr Sand, he said", "After meeting Ms Ek, she said"; not "As for Mr Sand"
        return offset

    def described_subject_before(self, offset: int) -> Span | None:
        """The subject of the sentence before ``offset``'s, when it is "the" and a singular role: "The coach, however,
        was less impressed."."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 2
        if index < 0:
            return None
        subject = sentence_subject(self.text, self.sentence_starts[index], self.sentence_ends[index])
        words = subject.text.lower().split() if subject is not None else []
        if len(words) < 2 or words[0] != "the" or words[-1] not in title_words().heads:
            return None
        return subject

    def group_subject_before(self, offset: int) -> int | None:
        """The people the subject of the sentence before ``offset``'s is, when it joins names of people with "and"
        ("Mr Reyl and Ms Varga met on Monday.": their group) or is "the" and the plural of a role or a group noun
        ("The skippers met Ms Varga.", "The police arrived."); not things ("The talks ended.") nor bodies."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 2
        if index < 0:
            return None
        subject = sentence_subject(self.text, self.sentence_starts[index], self.sentence_ends[index])
        if subject is None:
            return None
        joined = JOINED_NEXT.match(self.text, subject.end, self.sentence_ends[index])
        if joined is not None:  # the subject stops at "and": take in the name after it
            at = bisect.bisect_left(self.name_starts, joined.end())
            if at < len(self.names) and self.name_starts[at] == joined.end():
                joint = Span.of(self.text, subject.start, self.names[at].span.end)
                members = self.joint_members(joint)
                if members:
                    return self.joint(members)
                if _honorifics_and_name(joint.text) or self.given_name_and_name(joint):
                    # "Mr and Mrs Reyl run the cafe.", "Ana and Tom Reyl run …": the group that source names
                    return self.group_named(joint.text, " ".join(joint.text.lower().split()))
                return None
            related = JOINED_RELATION.match(self.text, subject.end, self.sentence_ends[index])
            noun = related.group("noun") if related is not None else ""
            if related is not None and self.person_name_ending(subject) and (
                    _relative_or_plural(noun) or title_words().is_head(noun) or title_words().is_plural_head(noun)):
                # "Ana Varga and her husband run the cafe.": the group the source "Ana Varga and her husband" is,
                # and "Tom Reyl and his wife, Ana, run …" the group of the two named, as that source is
                end = related.end()
                at = bisect.bisect_left(self.name_starts, end)
                if at < len(self.names) and not self.text[end:self.name_starts[at]].strip(" ,\u00a0"):
                    members = self.joint_members(Span.of(self.text, subject.start, self.names[at].span.end))
                    if members:
                        return self.joint(members)
                return self.resolve_description(Span.of(self.text, subject.start, end))
        described = SET_OFF_RELATION.match(self.text, subject.end, self.sentence_ends[index])
        if described is not None and self.person_name_ending(subject) and (
                _relative_or_plural(noun := described.group("noun")) or title_words().is_head(noun)) and (
                group := self.name_and_description(Span.of(self.text, subject.start, described.end()))) is not None:
            # "Ana Varga, a nurse, and her husband run the cafe.": the group that source names
            return self.group_named(group, group.lower())
        words = subject.text.lower().split()
        if not (len(words) == 2 and words[0] == "the" or len(words) == 1) or POSSESSOR.match(
                self.text, subject.end) is not None:
            return None  # not "The skippers' union"; "Analysts at Pier Bank cut …": a bare plural too
        head = words[-1]
        if head in load_words("nouns_collective.txt", lower=True) or (
                head.endswith("s") and head[:-1] in title_words().heads) or _party_member_plural(head):
            return self.resolve_description(subject)  # "The skippers met.", "The Democrats met."
        return None

    def possessor_of_subject(self, offset: int) -> Span | None:
        """The possessor opening the subject of ``offset``'s sentence, when it is "the" and an organisation noun of
        `organisations.txt` before it: "The firm's shares rose after it said …" -> "The firm"."""
        floor, _ = self.sentence_bounds(offset)
        found = POSSESSOR_OPENING.match(self.text, floor, offset)
        if found is None or found.group("head").lower() not in load_words("organisations.txt", lower=True):
            return None
        return Span.of(self.text, found.start("owner"), found.end("owner"))

    def body_opening(self, offset: int) -> Span | None:
        """The body that opens ``offset``'s sentence as its subject, a noun of `organisations.txt` last, before a
        lower-case word ("The Harbour Council will double the toll, it said", "The harbour board will …"), outside
        any person's name."""
        floor, _ = self.sentence_bounds(offset)
        found = _body_opening().match(self.text, floor, near(floor, offset))
        if found is None or self.holds_name(found.start("body"), found.end("body")):
            return None
        return Span.of(self.text, found.start("body"), found.end("body"))

    def body_subject_near(self, offset: int, *, named: bool = False) -> int | None:
        """The body that is the whole subject opening ``offset``'s sentence, before ``offset``, or else the sentence
        before it: a noun of `organisations.txt` last ("The Ferry Owners Association has backed the toll.") or a name
        that may be a firm's (see :meth:`firm_subject`: "Bay Lines made a loss last year."); with ``named``, only a
        body with a name of its own, not "The council". Never a group noun of `nouns_collective.txt` ("The police
        released a video. It showed …"), nor a body before a noun ("Broadcast television networks")."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        for at in (index, index - 1):
            if at < 0:
                break
            start, limit = self.sentence_starts[at], offset if at == index else self.sentence_ends[at]
            subject = sentence_subject(self.text, start, limit) if start < limit else None
            if subject is None:
                continue
            if JOINED_NEXT.match(self.text, subject.end, limit) is not None:
                return None  # "Lyme Town Council and Bay Lines met. It said …": either may be meant
            start = subject.start  # "On Monday, Bay Lines made a loss."
            body = _body_opening().match(self.text, start, near(start, limit))
            if body is not None and body.end("body") == subject.end and not self.holds_name(subject.start, subject.end):
                words = body.group("body").split()
                if words[-1].lower() in load_words("nouns_collective.txt", lower=True) or named and not all(
                        word[:1].isupper() for word in words[1:]):
                    return None
                owner = self.resolve_description(named := Span.of(self.text, body.start("body"), body.end("body")))
                self.add_mention(owner, named)  # "Lyme Town Council met. It said …": the body's name is a mention
                return owner
            firm = self.firm_subject(start, limit)
            if firm is not None and subject.end in (firm.end(1), end := self.firm_end(firm, limit)) and not (
                    firm.group(1).split()[0].lower() in load_words("quantifiers.txt", lower=True)):
                return self.organisation_named(Span.of(self.text, firm.start(1), end), firm.group(1).split()[-1])
            return None
        return None

    def described_object_before(self, offset: int) -> Span | None:
        """The object closing the sentence before ``offset``'s, when it is "the" and a singular role and the sentence
        holds no other "the" and role: "Ms Varga met the treasurer."."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 2
        if index < 0:
            return None
        start, end = self.sentence_starts[index], self.sentence_ends[index]
        found = ROLE_OBJECT_AT_END.search(self.text, max(start, end - 80), end)
        heads = title_words().heads
        if found is None or found.group("head") not in heads or sum(
                word in heads for word in ROLE_WORD.findall(self.text, start, found.start())):
            return None
        return Span.of(self.text, found.start("object"), found.end("object"))

    def compatible(self, entity: Entity, gender: str | None, number: str) -> bool:
        if number == "pl":
            return entity.plural or entity.kind == ORGANISATION
        thing = entity.kind == DESCRIPTION and entity.head in load_words("thing_heads.txt", lower=True)
        if gender == "n":  # "The report found …. It warned …": a body or a document
            return not entity.plural and (entity.kind == ORGANISATION or thing)
        if entity.kind not in (PERSON, DESCRIPTION, UNKNOWN) or entity.plural or thing:
            return False  # "The report said …. He said": not the report
        if gender in ("m", "f") and entity.kind == DESCRIPTION and not self.personal_head(entity):
            return False  # "the new safety rules mean …. She said": no one a "she" could be
        return gender_compatible(entity.gender, gender)

    def antecedent(self, offset: int, gender: str | None, number: str, *, person: bool = False,
                   talked_about: bool = False) -> int | None:
        """The most recent compatible entity mentioned before ``offset``, outside quoted content; with ``person``,
        only a named person, a role ("the coach") or a pronoun's nameless speaker. With ``talked_about`` (a "he" or
        "she" subject), when no one outside quoted content fits, a fitting person named in reported words of the
        sentence before or the pronoun's own: "Ms Varga said Mr Reyl had lied. He said …" is Mr Reyl."""
        own_quote = self.quoted_range(offset)
        name_at = bisect.bisect_left(self.name_starts, offset) - 1
        source_at = bisect.bisect_left(self.source_starts, offset) - 1
        sentence_start = self.sentence_bounds(offset)[0]
        reported = None  # a fitting name inside reported words earlier in the pronoun's own sentence
        about = None  # else one in the sentence before, when no one outside quoted words fits
        sentence_at = bisect.bisect_right(self.sentence_starts, sentence_start) - 1
        previous_start = self.sentence_starts[sentence_at - 1] if sentence_at > 0 else sentence_start
        for _ in range(ANTECEDENT_LOOKBACK):
            name_start = self.name_starts[name_at] if name_at >= 0 else -1
            source_start = self.source_starts[source_at] if source_at >= 0 else -1
            if name_start < 0 and source_start < 0:
                return reported if reported is not None else about
            if (name_start > source_start or name_start == source_start and not (
                    self.possessor_in_source(source_at) and self.personal(self.source_owner[source_at]))) \
                    and not self.head_before_name(source_at, name_start, gender, number, person):
                # "Mr Reyl's spokesman said …. He said": the subject the name is a possessor in comes first
                start, owner, name_at = name_start, self.name_owner[name_at], name_at - 1
            else:
                start, owner, source_at = source_start, self.source_owner[source_at], source_at - 1
            quoted = self.quoted_range(start)
            if quoted is not None and quoted != own_quote:
                if (reported is None and start >= sentence_start and own_quote is None
                        and self.entities[owner].kind == PERSON and not self.between_marks(quoted)
                        and CLAUSE_AFTER_REPORT.fullmatch(self.text, quoted[1], offset) is not None
                        and self.fits(owner, gender, number, person)):
                    reported = owner  # "Skippers said Mr Finch was a critic of the toll, which he thought unfair"
                if (talked_about and about is None and start >= previous_start and own_quote is None
                        and self.entities[owner].kind == PERSON and not self.between_marks(quoted)
                        and self.fits(owner, gender, number, person)):
                    about = owner  # "Ms Varga said Mr Reyl had lied. He said …": no one else fits
                continue  # a name inside someone's quoted words is talked about, not talking
            if self.fits(owner, gender, number, person):
                return reported if reported is not None and start < sentence_start else owner
        return reported if reported is not None else about

    def head_before_name(self, source_at: int, name_start: int, gender: str | None, number: str,
                         person: bool) -> bool:
        """Whether the name at ``name_start`` stands inside source ``source_at`` after its head, a person the
        pronoun fits, who comes first: "A spokeswoman for Ms Varga said …. She said" is the spokeswoman."""
        if source_at < 0 or not self.source_starts[source_at] < name_start < self.source_stops[source_at]:
            return False
        owner = self.source_owner[source_at]
        return (self.entities[owner].kind == DESCRIPTION and self.personal(owner)
                and self.entities[owner].gender is not None and self.fits(owner, gender, number, person))

    def fits(self, owner: int, gender: str | None, number: str, person: bool) -> bool:
        """Whether entity ``owner`` may be what a pronoun of that gender and number, and personal when ``person``,
        refers to."""
        return self.compatible(self.entities[owner], gender, number) and (not person or self.personal(owner))

    def possessor_in_source(self, source_at: int) -> bool:
        """Whether source ``source_at`` is a noun phrase a name opens as its possessor: "Mr Reyl's spokesman"."""
        if source_at < 0:
            return False
        return POSSESSIVE_IN.search(self.text, self.source_starts[source_at], self.source_stops[source_at]) is not None

    @staticmethod
    def personal_head(entity: Entity) -> bool:
        """Whether a description's head may be a person (see :func:`_personal_noun`)."""
        return _personal_noun(entity.head)

    def personal(self, owner: int) -> bool:
        entity = self.entities[owner]
        return entity.kind != DESCRIPTION or entity.head in title_words().heads or entity.head in _gendered_nouns()

    def resolve_description(self, source: Span) -> int:
        words = [_without_possessive(w) for w in SOURCE_WORD.findall(source.text)]
        lead = [w for w in words if w.lower() not in ARTICLES]
        head_words = []
        stops = load_words("description_head_stops.txt", lower=True)
        for position, word in enumerate(lead):
            if word.lower() in stops or _participle_after_head(word, head_words, lead[position + 1:position + 2]):
                break  # "spokesman for the ministry", "four skippers briefed about the sale"
            head_words.append(word)
        head = head_words[-1] if head_words else (lead[-1] if lead else source.text)
        low = head.lower()
        vocabulary = title_words()
        definite = bool(words) and words[0].lower() == "the"
        is_role = vocabulary.is_head(low) or low in _role_kinds() or is_office_word(head)  # "the player", "the ex-mayor"
        gender = vocabulary.gender.get(low) or _gendered_nouns().get(low)  # "the harbour mistress", "Her father"
        holder = self.title_holder(source, gender) if definite and is_role else self.headline_role_holder(source)
        if holder is not None:
            return holder  # "the harbour master", or "Harbour master says pier is safe" in a headline
        # "People briefed about the sale said": a group noun opening the sentence, written in lower case elsewhere
        capitalised = head[:1].isupper() and not (lead and head is lead[0] and (
            low in load_words("nouns_collective.txt", lower=True) or low.endswith("s") and not low.endswith("ss"))
            and (self.written_lower(low) or title_words().is_plural_head(low)))
        if low in load_words("organisations.txt", lower=True) or (capitalised and not is_role):
            kind, plural = ORGANISATION, False
        elif (low in load_words("nouns_collective.txt", lower=True) or low in load_words("quantifiers.txt", lower=True)
              or (low.endswith("s") and not low.endswith(("ss", "us", "is")))):
            kind, plural = GROUP, True
        else:
            kind, plural = DESCRIPTION, False
        key = " ".join(w.lower() for w in lead)
        spokesperson = self.spokesperson_firm(source) if is_role else None
        if spokesperson is None and is_role:
            spokesperson = self.spokesperson_person(source)
        if spokesperson is not None:
            # "A spokeswoman" after "Coastline Research published a study." is not the earlier one for Bay Lines
            key = spokesperson.lower()
        if key in self.by_key:
            return self.by_key[key]
        if (described := self.unlinked_in(source)) is not None:
            # "The younger Reyl" when nothing tells which of two Reyls is younger: no link rather than a wrong one
            key = " ".join(described.text.lower().split())
            if key in self.by_key:
                return self.by_key[key]
            return self.new_entity(Entity(DESCRIPTION, described.text, gender=gender, head=low, key=key))
        epithet = self.epithet_antecedent(source, lead, gender) if definite and lead and len(words) == len(
            lead) + 1 else None
        if epithet is not None:
            return epithet  # "Senator Ana Varga said …. The Lyme Democrat added": she, the one person just named
        if kind == ORGANISATION and not definite and (short := self.company_short_form(source)) is not None:
            return short  # "Pier Lines said" after "Pier Lines Inc"
        if definite:
            # "the company" and "the firm" are one kind: the one of either mentioned last
            kinds = _firm_kinds() if low in _firm_kinds() else (low,)
            lasts = [found for kind in kinds if self.by_head.get(kind)
                     and (found := self.head_timelines[kind].last_before(source.start)) is not None]
            if lasts and _other_modifiers(self.entities[max(lasts)[1]].name, source.text, low):
                # "The fire service said …. The ambulance service said": another body of the same kind
                return self.new_entity(Entity(kind, source.text, gender=gender, plural=plural, head=low, key=key))
            if lasts:
                return max(lasts)[1]
            earlier = self.by_head.get(low, ())
            if earlier:  # the one mentioned last before, else the first
                return earlier[0]
            full = self.earlier_full_form(source, head) if not is_role or low in _story_parts() else None
            if full is None and low in FIRM_TRADES:
                full = self.firm_of_trade_before(source, low)  # "Developer Bay Energy said …. The developer said"
            if full is not None:
                return full
            described = self.person_set_off_as(source, lead)
            if described is not None:
                return described  # "Ann Varga, 38, a mother of three, … The mother of three said"
        name = PHOTO_BRACKET.sub("", source.text)  # "Ana Varga (left) and her husband": no "(left)" in a name
        if (author := self.document_author(source)) is not None:
            return author  # "Ana Varga wrote to the board. Her letter said …": the letter speaks for her
        if is_role and (owned := OWNED_ROLE.fullmatch(source.text.strip())) is not None and (
                firm := self.owning_firm(source.start, owned.group("pronoun")[0].isupper())) is not None:
            name = f"{owned.group('role')} of {firm}"  # "Bay Lines sold the ferry. Its chief executive said …"
        elif spokesperson is not None:  # "Bay Lines cut two sailings. A spokeswoman said …"
            index = self.new_entity(Entity(kind, spokesperson, gender=gender, plural=plural, head=low, key=key))
            self.by_key.setdefault(" ".join(w.lower() for w in lead), index)  # a later "A spokeswoman" for no firm
            return index
        elif (possessed := POSSESSED_ROLE.fullmatch(source.text.strip())) is not None and (
                is_role or low in _gendered_nouns() or low in _mutual_kin()
                or possessed.group("role") in PERSON_BODIES) and (
                possessor := self.possessor_before(source.start, -1, possessed.group("pronoun"),
                                                   kin=not is_role)) is not None:
            # "His colleague" is only ever the other of a tie already stated, else stays as written
            tie_only = not (is_role or low in _gendered_nouns() or possessed.group("role") in PERSON_BODIES)
            held = self.entities[possessor].title or ""
            if held.lower().startswith(possessed.group("role").lower() + " of "):
                other = self.mutual_kin_other(possessor, possessed.group("role").lower(), held, source.start)
                if other is not None:
                    return other  # "Hale and his brother, Sam Hale, … Sam Hale said …. His brother said": Jon Hale
                if not tie_only:
                    return possessor  # "Tom Reyl is survived by his son, Piet Reyl. His son said": Piet, the son named
            if not tie_only:
                name = f"{possessed.group('role')} of {self.entities[possessor].name}"  # "Kaja Lind … Her lawyer said"
                if (holder := self.holder_titled(name, source.start)) is not None:
                    return holder  # "Her son, Erik Lenz, said …. Her son said" is Erik Lenz
        return self.new_entity(Entity(kind, name, gender=gender, plural=plural, head=low, key=key))

    def document_author(self, source: Span) -> int | None:
        """Who a document of `authored_documents.txt` after "his", "her", "its" or "their" stands for, as after
        "whose": the person the possessive stands for ("Ana Varga wrote to the board. Her letter said …" is Ana
        Varga), or the firm or body that owns a title after "its" or "their" (:meth:`owning_firm`: "Coastline
        Research was hired in May. Its report found …" is Coastline Research); none when the possessive stands for
        no one found, the noun is no such document ("Her lawyer said", "Its chief executive said"), or a preposition
        comes right before it ("In her statement condemning the toll, Ana Varga …", where the name may come after)."""
        words = source.text.split()
        if len(words) != 2 or words[1].lower() not in frames().authored_documents or word_before(
                self.text, max(0, source.start - 40), source.start) in frames().prepositions:
            return None  # "In her statement condemning the test, Ana Varga …": the name after it may be hers
        pronoun = words[0].lower()
        if pronoun in ("his", "her"):
            return self.possessor_before(source.start, -1, pronoun)
        if pronoun in ("its", "their") and (firm := self.owning_firm(source.start, words[0][0].isupper())) is not None:
            lead = [word for word in firm.split() if word.lower() not in ARTICLES]
            return self.body_by_key(firm, " ".join(word.lower() for word in lead), lead[-1])
        return None

    def mutual_kin_other(self, holder: int, role: str, held: str, start: int) -> int | None:
        """For a tie of `mutual_kin.txt` held by the person a "his" or "her" stands for, the other of the two, when
        that person has been named again in a later sentence than the first mention, which stated the title: "Hale
        and his brother, Sam Hale, keep boats. Sam Hale said …. His brother said" is Jon Hale, the one "brother of
        Jon Hale" names, while in "Tom Reyl is survived by his brother, Piet Reyl. His brother said" Piet, named
        once, is the brother meant; none when the role is no such tie or no one person before ``start`` bears the
        name."""
        if role not in _mutual_kin():
            return None
        starts = self.entities[holder].starts
        first = self.sentence_bounds(starts[0])[1] if starts else start
        position = bisect.bisect_right(starts, first)
        if position >= len(starts) or starts[position] >= start:
            return None
        other = held[len(role) + len(" of "):].lower()
        found = [index for index, entity in enumerate(self.entities) if index != holder and entity.kind == PERSON
                 and entity.name.lower() == other and entity.last_start_before(start) >= 0]
        return found[0] if len(found) == 1 else None

    def holder_titled(self, title: str, start: int) -> int | None:
        """The one person mentioned before ``start`` whose title is ``title`` in full: "son of Ida Lenz" after "Her
        son, Erik Lenz,"; none when two are, or nobody."""
        if self.by_full_title is None:
            self.by_full_title = {}
            for index, entity in enumerate(self.entities):
                if entity.kind == PERSON and entity.title:
                    self.by_full_title.setdefault(entity.title.lower(), []).append(index)
        holders = [index for index in self.by_full_title.get(title.lower(), ())
                   if self.entities[index].last_start_before(start) >= 0]
        return holders[0] if len(holders) == 1 else None

    def unlinked_in(self, source: Span) -> Span | None:
        """The words describing a person in place of a name within the source that tells no person ("the younger
        Reyl" of two Reyls), if there is one."""
        starts = self.unlinked_starts
        index = bisect.bisect_left(starts, source.start)
        return self.unlinked[starts[index]] if index < len(starts) and starts[index] < source.end else None

    def epithet_antecedent(self, source: Span, lead: list[str], gender: str | None) -> int | None:
        """The person a definite epithet stands for, when one named person alone is mentioned in the sentence before
        and in its own up to it: a party's noun after words that describe the person ("Senator Ana Varga said ….
        The Lyme Democrat added"; not after "(R-Bay)", and "the Independent" alone may be a newspaper), a person's
        noun after a hometown joined by a hyphen ("Tom Reyl said …. The Lyme-born skipper said", when his title
        holds no other role), or a role the person's title holds after a state of `region_names.txt` ("Sen. Ana
        Varga met skippers. The Maine senator said", also when another senator is named before). A town before a
        role stands alone ("The Lyme MP"), as do epithets after two people named."""
        vocabulary = title_words()
        *modifiers, head = [word.lower() for word in lead]
        if not 0 < len(modifiers) <= MAX_EPITHET_MODIFIERS or self.holds_name(source.start, source.end) or any(
                not EPITHET_WORD.fullmatch(word) for word in lead):
            return None
        party = head in _party_names()
        hometown = any(EPITHET_HOMETOWN.fullmatch(word) for word in lead[:-1])
        placed = any(word in _regions() for word in lead[:-1])
        if not (party or hometown or placed) or not party and not (
                vocabulary.is_head(head) or head in _gendered_nouns() or head in _role_kinds()):
            return None
        owner = self.antecedent(self.past_participle_opening(source.start), gender, "sg", person=True)
        if owner is None or self.entities[owner].kind != PERSON or not self.alone_named_before(source, owner):
            return None
        held = self.title_keys.get(owner, frozenset()) - vocabulary.past
        if party:  # "The Lyme Democrat" is no one of "(R-Bay)"
            return owner if head in held or not held & _party_names() else None
        # "The Pier Lines boss" is no one titled "chief executive of Bay Lines": a title with a place or body of
        # its own is repeated in full, as `title_holder` reads it
        placed_title = any(not all(vocabulary.is_title_word(part) for part in title_key(word))
                           for word in CAPITALISED_WORD.findall(self.entities[owner].title or ""))  # not "Sen."
        holds_head = bool(({head} | _role_kinds().get(head, frozenset())) & held) and not placed_title
        return owner if holds_head or hometown and not held else None

    def alone_named_before(self, source: Span, owner: int) -> bool:
        """Whether ``owner`` is mentioned, and no other person or role, from the start of the sentence before
        ``source``'s up to it."""
        floor = self.sentence_floor(source.start)
        names = range(bisect.bisect_left(self.name_starts, floor), bisect.bisect_left(self.name_starts, source.start))
        sources = range(bisect.bisect_left(self.source_starts, floor),
                        bisect.bisect_left(self.source_starts, source.start))
        owners = {self.name_owner[at] for at in names} | {self.source_owner[at] for at in sources
                                                          if self.personal(self.source_owner[at])}
        return owners == {owner}

    def sentence_floor(self, offset: int) -> int:
        """Where the sentence before ``offset``'s starts (the text's start in the first sentence)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 2
        return self.sentence_starts[index] if index >= 0 else 0

    def new_entity(self, entity: Entity) -> int:
        """Register a description or organisation under its key and head word."""
        index = len(self.entities)
        self.entities.append(entity)
        self.by_key[entity.key] = index
        self.by_head.setdefault(entity.head, []).append(index)
        self.timelines_of.setdefault(index, []).append(self.head_timelines.setdefault(entity.head, _Timeline()))
        return index

    def earlier_full_form(self, source: Span, head: str) -> int | None:
        """The fuller name an organisation had before: "The Post" -> "The New York Post"; else, for a description
        of `organisation_kinds.txt`, the name of its kind before it: "the company" -> "Harbour Freight Ltd". For an
        organisation noun, only when one such name stands before it: after "Harbour Bank and Pier Bank", "the bank"
        stands alone."""
        endings = _organisation_kinds().get(head) if head.islower() else None  # "the club", not "Club for Growth"
        if head.lower() in _firm_kinds() and (own := self.own_sentence_firm(source, head)) is not None:
            return own
        found, names = self.names_before(source, (head,))
        if found is not None and found.group().lower() == source.text.lower():
            return None
        if found is None and endings:
            found, names = self.names_before(source, endings)
        if found is None and head.islower() and (body := self.body_set_off_before(source, head)) is not None:
            return body  # "Pier Lines, the ferry operator, … The operator said"
        if found is None and head.lower() in _firm_kinds():
            return self.sole_subject_firm(source, head)  # "Pier Lines cut fares on Monday. The company said"
        if found is None and head.islower() and head in load_words("organisations.txt", lower=True):
            return self.described_body_before(source, head)  # "The harbour board met. … The board said"
        if found is None or (len(names) != 1 and head.lower() in load_words("organisations.txt", lower=True)):
            return None  # "the bank" after two banks; "the mega donor" is the last donor named
        if _head_after_name(head.lower()).match(self.text, found.end(), found.end() + 60) is not None:
            return None  # "the Harbour United fan club … The club": the club is the fan club, not Harbour United
        start = _name_start(found)
        if head.lower() in load_words("organisations.txt", lower=True) and _other_than_named(
                self.text[start:found.end()], source.text, head):
            return None  # "The Marine Accident Board said …. The harbour board said": another board
        described = self.person_described(start, found.end())
        if described is not None:
            return described  # "Tom Reyl, a Harbour United fan, … The fan said": the fan is Tom Reyl
        if found.group().split()[-1].islower() and (
                named := NAME_AFTER_KIND.match(self.text, found.end())) is not None:
            # "Ferry company Bay Lines said …. The company said": the name the kind describes, not "Ferry company"
            return self.organisation_named(Span.of(self.text, named.start(1), named.end(1)), head)
        return self.organisation_named(Span.of(self.text, start, found.end()), head)

    def described_body_before(self, source: Span, head: str) -> int | None:
        """The body a bare "the" and an organisation noun of `organisations.txt` stands for, when the window before
        it describes one body alone by "the", one or two lower-case words and that noun ("The harbour board met on
        Monday. … The board said" is the harbour board); none after two such bodies ("the harbour board … the
        school board"), or after a word of `same_body_modifiers.txt` ("the new board", which tells no body)."""
        if source.text.split()[0].lower() != "the" or len(source.text.split()) != 2:
            return None
        window = max(0, source.start - FULL_FORM_WINDOW)
        if not self.may_hold((head,), window, source.start):
            return None
        modifiers = load_words("same_body_modifiers.txt", lower=True) | load_words("determiner_adjectives.txt", lower=True)
        keys, last = set(), None
        for found in _described_body_pattern(head).finditer(self.text, window, source.start):
            words = found.group("words").lower().split()
            if any(word in modifiers for word in words):
                continue
            keys.add(" ".join(words + [head]))
            last = found
        if last is None or len(keys) != 1:
            return None
        return self.body_by_key(" ".join(last.group().split()), next(iter(keys)), head)

    def firm_of_trade_before(self, source: Span, trade: str) -> int | None:
        """The one firm named right after its trade (`firm_trade_nouns.txt`) in the window before ``source``, a
        description of that trade: "Developer Bay Energy said …. The developer said" is Bay Energy; with two firms
        so named, none."""
        window = max(0, source.start - FULL_FORM_WINDOW)
        if not self.may_hold((trade,), window, source.start):
            return None
        named = {self.text[found.start(1):found.end(1)]: found
                 for found in _trade_then_name(trade).finditer(self.text, window, source.start)}
        if len(named) != 1:
            return None
        found = next(iter(named.values()))
        return self.organisation_named(Span.of(self.text, found.start(1), found.end(1)), trade)

    def person_set_off_as(self, source: Span, words: Sequence[str]) -> int | None:
        """The last person named before a description whose words, after "a", "an" or "the", make up an appositive
        set off right after the name, perhaps after an age and before the place the person is from: "Ann Varga, 38,
        a mother of three, … The mother of three said" is Ann Varga, and so after "Ann Varga, a mother of three
        from Lyme,"; not "Ann Varga met a mother of three"."""
        found, window = None, max(0, source.start - FULL_FORM_WINDOW)
        if not all(self.may_hold((word,), window, source.start) for word in words):
            return None  # a word of the description missing from the window: no pattern to build and run
        for found in _set_off_as(tuple(word.lower() for word in words)).finditer(self.text, window, source.start):
            pass
        if found is None:
            return None
        at = bisect.bisect_left(self.name_starts, found.start()) - 1
        if at < 0 or self.names[at].span.end != found.start() or self.entities[self.name_owner[at]].kind != PERSON:
            return None
        return self.name_owner[at]

    def body_set_off_before(self, source: Span, head: str) -> int | None:
        """The one body a description's head names in an appositive set off after its name before the
        description: "Pier Lines, the ferry operator, … The operator said" is Pier Lines; not a person ("Tom Reyl,
        a ferry operator,"), nor one of two ("Bay Ferries, a rival operator,")."""
        window = max(0, source.start - FULL_FORM_WINDOW)
        if not self.may_close(head, window, source.start, ","):
            return None  # no "head," in the window: no pattern to build and run
        found, names = None, set()
        for found in _body_set_off(head).finditer(self.text, window, source.start):
            names.add(_organisation_key(self.text[_name_start(found):found.end("name")]))
        if found is None or len(names) > 1 or self.holds_name(found.start("name"), found.end("name")):
            return None
        return self.organisation_named(Span.of(self.text, _name_start(found), found.end("name")), head)

    def sole_subject_firm(self, source: Span, head: str) -> int | None:
        """The one name of two to four capitalised words that opens a sentence before ``source`` as its subject,
        a lower-case word right after it, when it may be a firm: not in a headline, no person's name in it, no article or other word of
        `name_stopwords.txt` first, no region of `region_names.txt` and no organisation noun of
        `organisations.txt` last ("Harbour Council" is no company)."""
        found, names = None, set()
        first = bisect.bisect_left(self.sentence_starts, max(0, source.start - FULL_FORM_WINDOW))
        for start in self.sentence_starts[first:]:
            if start >= source.start:
                break
            if (subject := self.firm_subject(start, source.start)) is not None:
                found = subject
                names.add(subject.group(1).lower())
        if found is None or len(names) != 1:
            return None
        return self.organisation_named(Span.of(self.text, found.start(1), found.end(1)), head)

    def firm_subject(self, start: int, limit: int) -> regex.Match | None:
        """The name that opens the sentence at ``start`` as its subject, before ``limit``, when it may be a firm
        (see :meth:`sole_subject_firm`)."""
        if (dateline := DATELINE.match(self.text, start, near(start, limit))) is not None:
            start = dateline.end()  # "LYME, March 3 (Harbour Wire) - Bay Ferries said …"
        if (lead := _share_lead().match(self.text, start, near(start, limit))) is not None:
            start = lead.end()  # "Shares in Pier Lines fell …": the firm whose shares are the subject
        elif (lead := _work_lead().match(self.text, start, near(start, limit))) is not None:
            start = lead.end()  # "A survey by Coastline Research put …": the firm whose work is the subject
        kind_before = False
        if (spoken := SPOKESPERSON_OF_NAME.match(self.text, start, near(start, limit))) is not None:
            start = spoken.start("name")  # "A Bay Lines spokeswoman said …": the firm she speaks for
        if (described := FIRM_DESCRIPTION.match(self.text, start, near(start, limit))) is not None \
                and described.group("kind").lower() in FIRM_KINDS:
            start, kind_before = described.end(), True  # "Energy firm Bay Energy wants …": the name after its kind
        subject = SUBJECT_NAME.match(self.text, start, near(start, limit))
        if (subject is None or self.in_headline(Span.of(self.text, start, subject.end(1)))
                or self.holds_name(subject.start(), subject.end(1))):
            return None
        words = subject.group(1).lower().split()
        stops = load_words("name_stopwords.txt", lower=True) | load_words("sentence_starters.txt", lower=True)
        if (words[0] in stops or words[-1] in load_words("organisations.txt", lower=True)
                or " ".join(words) in load_words("region_names.txt", lower=True)
                or len(words) == 1 and not (self.firm_word(subject.group(1)) or kind_before and self.named_firm(
                    subject.group(1)))):
            return None
        return subject

    def surnames(self) -> dict[str, list[int]]:
        """A person's surname in lower case -> the indexes of its name mentions, read once."""
        if self.by_surname is None:
            self.by_surname = {}
            for index, name in enumerate(self.names):
                self.by_surname.setdefault(name.surname.lower(), []).append(index)
        return self.by_surname

    def named_firm(self, word: str) -> bool:
        """One capitalised word after a firm's kind ("technology firm Quaybit"): a firm's name unless it is a given
        name, a pronoun or the surname of a person named."""
        return not is_given_name(word) and word.lower() not in pronouns() and word.lower() not in self.surnames()

    def firm_end(self, subject: regex.Match, limit: int) -> int:
        """Where the name a sentence opens with (:meth:`firm_subject`) ends, with "of" and the capitalised words of
        a place or body after it: "Lyme Chamber of Commerce"."""
        if POSSESSOR.match(self.text, subject.end(1)) is not None:
            return subject.end(1)
        place = PLACE_AFTER_NAME.match(self.text, subject.end(1), near(subject.end(1), limit))
        return place.end() if place is not None else subject.end(1)

    def own_sentence_firm(self, source: Span, head: str) -> int | None:
        """"Bay Lines, the ferry operator owned by Harbour Holdings, will cut sailings, the company said": a
        description of `subject_firm_kinds.txt` closing a sentence that a firm's name opens as its subject is that
        firm, not another named in between."""
        start, _ = self.sentence_bounds(source.start)
        subject = self.firm_subject(start, source.start) if start < source.start else None
        if subject is None or subject.end() > source.start:
            return None
        return self.organisation_named(Span.of(self.text, subject.start(1), subject.end(1)), head)

    def firm_word(self, word: str) -> bool:
        """One capitalised word that may be a firm's name ("Ferrylink"): no given name, no surname of a person
        named in the text, no pronoun and no word the text writes in lower case ("Shares", "Officials"), and one the
        text writes capitalised after a word in lower case too ("fares at Ferrylink"): a name, not "Stocks" opening a
        sentence; never with a capitalised word after it ("Lyme University", "Ford Motor"), which may be what it
        names."""
        lower = word.lower()
        if self.inner_capitals is None:
            self.inner_capitals = set(INNER_CAPITAL.findall(self.text))
            self.leading_capitals = set(LEADING_CAPITAL.findall(self.text))
        return (word in self.inner_capitals and word not in self.leading_capitals and self.named_firm(word)
                and not self.written_lower(lower))

    def person_described(self, start: int, end: int) -> int | None:
        """The person whom ``text[start:end]``, capitalised words and a lower-case head, describes: set off after
        the name ("Tom Reyl, a Harbour United fan,") or right before it ("Harbour United fan Tom Reyl")."""
        if not self.text[end - 1:end].islower():
            return None  # "The New York Post" is a name, not a description
        at = bisect.bisect_left(self.name_starts, end)
        if at < len(self.names) and self.entities[self.name_owner[at]].kind == PERSON and \
                self.name_starts[at] > end and not self.text[end:self.name_starts[at]].strip(" \t\u00a0"):
            return self.name_owner[at]
        at = bisect.bisect_left(self.name_starts, start) - 1
        if at >= 0 and self.entities[self.name_owner[at]].kind == PERSON and \
                SET_OFF_DESCRIPTION.fullmatch(self.text, self.names[at].span.end, start) is not None:
            return self.name_owner[at]
        return None

    def organisation_named(self, name: Span, head: str) -> int:
        """The organisation a full name found in the text is, registered under its key when no source named it."""
        words = _organisation_key(name.text).split()
        # the name as a source spelled it ("On Monday Harbour Freight Ltd said")
        key = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in self.by_key),
                   " ".join(words))
        owner = self.body_by_key(name.text, key, head)
        self.add_mention(owner, name)
        return owner

    def body_by_key(self, name: str, key: str, head: str) -> int:
        """The organisation registered under ``key``, or a new one of that name and head when none is."""
        if key not in self.by_key:
            self.new_entity(Entity(ORGANISATION, name, head=head.lower(), key=key))
        return self.by_key[key]

    def described_name(self, start: int, end: int) -> int | None:
        """Where the name starts in "the", plain words in lower case and a name of two or more capitalised words
        ("the ferry operator Bay Lines", "the nonpartisan Pier Budget Office"); not after a preposition or
        determiner ("the head of the Pier Society"), nor after a role and "of" or "for" ("the chief executive of Bay
        Ferries": its chief executive, not the firm, nor after a noun of `associate_nouns.txt`: "the family of Ana
        Varga" is her family, while "the government of Costa Rica" is Costa Rica's), nor before
        one word ("the super PAC"); at a sentence's start the description may open capitalised with no "the" ("Rival
        operator Bay Lines"), and then no preposition at all stands in it ("Supporters of Ana Varga")."""
        found, opening = DESCRIBED_NAME.fullmatch(self.text, start, end), False
        if found is None and (at := bisect.bisect_left(self.sentence_starts, start)) < len(self.sentence_starts) \
                and self.sentence_starts[at] == start:
            # "Rival operator Bay Lines said", opening the sentence; not "His son Tom Jr.", "Supporters of Ana Varga"
            found, opening = OPENING_DESCRIBED_NAME.fullmatch(self.text, start, end), True
            if found is None and (traded := TRADE_DESCRIBED_NAME.fullmatch(self.text, start, end)) is not None and (
                    traded.group(1).split()[0].lower() in FIRM_TRADES):
                found = traded  # "Developer Bay Energy said": one word of the firm's trade
        if found is None:
            return None
        words = found.group(1).lower().split()
        if " " not in found.group(2).strip() and not (words[-1] in FIRM_KINDS and self.named_firm(found.group(2).strip())):
            return None  # "Software maker Harbourware": one word, named a firm by the noun before it
        plain = _description_stops(opening)
        role_of = any(word in ROLE_OBJECT_PREPOSITIONS and (title_words().is_head(before) or before in load_words(
            "associate_nouns.txt")) for before, word in zip(words, words[1:]))  # "the family of Ana Varga": hers
        return found.start(2) if not role_of and not any(word in plain for word in words) else None

    def company_short_form(self, source: Span) -> int | None:
        """A firm named before with a company ending that the source leaves off: "Pier Lines said" after "Pier Lines
        Inc" (the endings of "company" in `organisation_kinds.txt`)."""
        name = source.text.strip()
        found = None  # the last full form in the window: the name as a whole word, then an ending
        at = self.text.find(name, max(0, source.start - FULL_FORM_WINDOW), source.start)
        while at >= 0:
            ending = _company_ending().match(self.text, at + len(name), source.start) \
                if WORD_START.match(self.text, at) is not None else None
            if ending is not None:
                found = Span.of(self.text, at, ending.end())
            at = self.text.find(name, at + 1 if ending is None else ending.end(), source.start)
        return None if found is None else self.organisation_named(found, found.text.split()[-1])

    def names_before(self, source: Span, ends: tuple[str, ...]) -> tuple[regex.Match | None, set[str]]:
        """The last name ending in one of ``ends`` in the window before ``source``, and the keys of the names of
        more than one word there ("The Group" alone is none), a name with words before another one's counting as
        that one ("Pier Street Harbour Bank" is "Harbour Bank")."""
        found, keys = None, set()
        window = max(0, source.start - FULL_FORM_WINDOW)
        if not self.may_end_name(ends, window, source.start):
            return found, keys  # none of the words after a capitalised word in the window: no pattern to build and run
        for found in _full_form_pattern(ends).finditer(self.text, window, source.start):
            if " " in (key := _organisation_key(self.text[_name_start(found):found.end()])):
                keys.add(key)
        return found, {key for key in keys if not any(key.endswith(" " + other) for other in keys)}

    def may_hold(self, words: tuple[str, ...], start: int, end: int) -> bool:
        """Whether a pattern that ignores case may find one of ``words`` in ``text[start:end]``: False only when
        the words are ASCII and the lower-cased text has none of them there."""
        if self.lowered is None:
            self.lowered = "" if folds_to_ascii(self.text) else self.text.lower()
        if not self.lowered or not all(word.isascii() for word in words):
            return True  # "ſ" is an "s" to the pattern, not to a string search
        return any(self.lowered.find(word.lower(), start, end) >= 0 for word in words)

    def may_end_name(self, words: tuple[str, ...], start: int, end: int) -> bool:
        """Whether a pattern that ignores case may find one of ``words`` in ``text[start:end]`` right after a
        capitalised word and spaces or tabs ("Harbour Bank" for "bank"): False only when the words are ASCII and
        the lower-cased text has none there, so a pattern of names ending in them is neither built nor run."""
        if not self.may_hold(words, start, end):
            return False
        if not self.lowered or not all(word.isascii() for word in words):
            return True
        for word in words:
            wanted = word.lower()
            at = self.lowered.find(wanted, start, end)
            while at >= 0:
                if CAPITALISED_BEFORE.match(self.text, start, at) is not None:
                    return True
                at = self.lowered.find(wanted, at + 1, end)
        return False

    def may_close(self, word: str, start: int, end: int, marks: str) -> bool:
        """Whether a pattern that ignores case may find ``word`` in ``text[start:end]`` with one of ``marks`` after
        it there, perhaps after spaces or tabs ("operator ,"): False only when the word is ASCII and the lower-cased
        text has no such place, so a pattern that needs one is neither built nor run."""
        if not self.may_hold((word,), start, end):
            return False
        if not self.lowered or not word.isascii():
            return True
        lowered, wanted = self.lowered, word.lower()
        at = lowered.find(wanted, start, end)
        while at >= 0:
            after = at + len(wanted)
            while after < end and lowered[after] in " \t\u00a0":
                after += 1
            if after < end and lowered[after] in marks:
                return True
            at = lowered.find(wanted, at + 1, end)
        return False

    def title_holder(self, source: Span, gender: str | None) -> int | None:
        """The person whose title the description repeats: "the Treasury secretary", "the new harbour master"; of
        a gender that fits the description's ("the chairwoman" is no man who chairs)."""
        # "the senator from Lyme" is "the Lyme senator": prepositions are no words of a role
        wanted = title_key(source.text) - load_words("role_description_fillers.txt", lower=True) - load_words(
            "prepositions.txt", lower=True)
        # "the firm's chief executive": the firm is the one a title names ("Bay Lines chief executive")
        firm_owner = FIRM_POSSESSIVE.search(source.text)
        if firm_owner is not None:
            wanted -= {firm_owner.group(1).lower()}
        vocabulary = title_words()
        past = vocabulary.past
        # a general noun is any of the roles it covers: "the player" is one who is "a striker"
        covered = {word: frozenset({word}) | _role_kinds().get(word, frozenset()) for word in wanted}

        # the description's own noun must be the role's: "the mayor" is no one titled "the mayor's son"
        nouns = role_nouns(source.text) & wanted

        def fits(held: frozenset[str]) -> bool:  # "the former treasurer" is also one who "was treasurer"
            return all(covered[word] & held for word in (wanted - past if held & STATED_PAST else wanted)) \
                and not (held & past and not wanted & past) \
                and (firm_owner is None or any(not vocabulary.is_title_word(word) for word in held)) \
                and all(covered[noun] & self.held_nouns.get(held, covered[noun]) for noun in nouns)

        titles = set().union(*(self.titles_with.get(role, ()) for word in wanted for role in covered[word]))
        lasts = (self.title_timelines[held].last_before(source.start) for held in titles if fits(held))
        last = max((found for found in lasts if found and gender_compatible(self.entities[found[1]].gender, gender)),
                   key=lambda found: (found[0], -found[1]), default=None)
        if last is not None:
            return last[1]
        if (wanted, gender) not in self.first_holder:  # none mentioned yet: the first candidate that fits, in set order
            candidates = set()
            for word in wanted:
                for role in covered[word]:
                    candidates.update(self.by_title_head.get(role, ()))
            self.first_holder[wanted, gender] = next((index for index in candidates if fits(self.title_keys[index])
                                                      and gender_compatible(self.entities[index].gender, gender)), None)
        if self.first_holder[wanted, gender] is None:
            return self.sole_holder_of_unplaced_role(source, wanted, gender)
        return self.first_holder[wanted, gender]

    def sole_holder_of_unplaced_role(self, source: Span, wanted: frozenset[str], gender: str | None) -> int | None:
        """"The Maine senator" or "the Labour MP" when no one is told to be of Maine or of Labour: the one person of
        the document whose current title holds the description's other words, if no place or party is told for that
        person either ("Sen. Ana Varga" alone; not "Sen. Tom Reyl (R-Bay)" nor "Vermont Sen. Tom Reyl"). The place is
        a region of `region_names.txt` ("Maine", not "French"); the party a word of `party_names.txt` or
        `party_letters.txt`."""
        vocabulary = title_words()
        places = {word.lower() for word in CAPITALISED_WORD.findall(source.text)
                  if word in _regions() or word.lower() in _party_names()} & wanted
        role = wanted - places
        if not places or not any(vocabulary.is_head(word) for word in role):
            return None
        holder = self.sole_holder(role)
        if holder is None or not gender_compatible(self.entities[holder].gender, gender) or any(
                not vocabulary.is_title_word(word) for word in self.title_keys[holder]):
            return None  # a place or a party of the holder's own: "(R-Bay)", "Vermont Sen."
        return holder

    def sole_office_holder(self, word: str) -> int | None:
        """The one person of the document whose title holds the office a lone office honorific names, as a
        headline names one ("Mayor says pier will stay open" before "Mayor Tom Reyl told …"); none when two hold it
        or only a former holder does."""
        return self.sole_holder(title_key(word)) if is_office_word(word) else None

    def headline_role_holder(self, source: Span) -> int | None:
        """The one person holding the role a headline names without an article ("Harbour master says pier is safe"
        as the text's first line): one to three words in lower case but the first, or all capitalised ("Harbour
        Master Warns Toll Will Rise"), ending in a title head."""
        words = source.text.split()
        capitalised = all(word[:1].isupper() for word in words)  # "Harbour Master Warns …": a headline in title case
        if not 0 < len(words) <= 3 or not self.in_headline(source) or not title_words().is_head(
                words[-1].lower()) or not all(word.isalpha() and word[1:].islower() and (
                    index == 0 or word.islower() or capitalised) for index, word in enumerate(words)):
            return None
        return self.sole_holder(title_key(source.text.lower()))

    def in_headline(self, source: Span) -> bool:
        """The source is on the text's first line, which a body follows and no full stop ends."""
        if self.headline_end is None:  # found once: a text with no line break would be read again at every call
            line_end = self.text.find("\n")
            self.headline_end = line_end if last_char_before(self.text, 0, line_end) not in SENTENCE_CLOSERS else -1
        return source.end < self.headline_end

    def sole_holder(self, wanted: frozenset[str]) -> int | None:
        """The one person whose current title holds all of ``wanted``, if only one does."""
        gone = title_words().past | STATED_PAST
        holders = {index for role in wanted for index in self.by_title_head.get(role, ())
                   if wanted <= self.title_keys[index] and not self.title_keys[index] & gone}
        return holders.pop() if len(holders) == 1 else None

    def joint_members(self, source: Span) -> list[int]:
        """The people a source joins with "and", in text order: "Ana Varga and Tom Reyl", "The harbour master,
        Ana Varga, and the treasurer, Tom Reyl"; not a possessor ("Ms Varga's niece Anna") nor when the source
        is related to one of them ("a spokeswoman for Ms Varga and Mr Reyl")."""
        if JOINING.search(source.text) is None:
            return []  # the usual case, told without reading the names
        members: list[int] = []
        spans: list[Span] = []
        low = bisect.bisect_left(self.name_starts, source.start)
        for index in range(low, bisect.bisect_left(self.name_starts, source.end)):
            name = self.names[index]
            if name.span.end > source.end or self.related_to(source, name):
                return []
            owner = self.name_owner[index]
            if POSSESSOR.match(self.text, name.span.end) is None and owner not in members:
                members.append(owner)
                spans.append(name.span)
        if len(members) < 2 or JOINING.search(self.text, spans[-2].end, source.end) is None or any(
                NOT_JOINED.search(self.text, left.end, right.start) is not None or not (
                    "," in self.text[left.end:right.start] or JOINING.search(self.text, left.end, right.start))
                for left, right in zip(spans, spans[1:])):
            return []  # a list ending in "and", not through a quoted title or an author ("… by Ida Lenz")
        return members

    def description_and_name(self, source: Span) -> bool:
        """"The mayor and Mr Reyl": a source that joins a description opening with an article to the one name that
        ends it, right after "and"; not "Health and Human Services Secretary Ana Varga" (the name's own title)."""
        joined = JOINING.search(source.text)
        first = source.text[:joined.start()].split()[:1] if joined is not None else []
        if not first or first[0].lower() not in ARTICLES:
            return False
        name = self.sole_name_in(source)
        if name is None:
            return False
        after_joint = source.start + joined.end()
        return (not self.text[after_joint:name.span.start].strip()
                and not self.text[name.span.end:source.end].strip(" ,.")
                and JOINING.search(self.text, after_joint, source.end) is None)

    def named_group(self, source: Span, name: str, words: str) -> int:
        """The group a source names as one (``words``: its key's words, lower case), made the first time."""
        owner = self.group_named(name, words)
        self.note_source(source, owner)
        return owner

    def group_named(self, name: str, words: str) -> int:
        """The group named ``name`` (``words``: its key's words, lower case), made the first time."""
        key = "joint: " + words
        owner = self.by_key.get(key)
        return owner if owner is not None else self.new_entity(Entity(GROUP, name, plural=True, key=key))

    def sole_name_in(self, source: Span) -> PersonName | None:
        """The one person's name that starts inside ``source``, if exactly one does."""
        low = bisect.bisect_left(self.name_starts, source.start)
        high = bisect.bisect_left(self.name_starts, source.end)
        return self.names[low] if high - low == 1 else None

    def issuing_body(self, source: Span) -> Span | None:
        """The body a document of `authored_documents.txt` is "from" or "by" in the source, a name of capitalised
        words or a noun of `organisations.txt` last: "A statement from Bay Lines", "a letter from the council"; not
        "A video from the scene"."""
        found = ISSUED_DOCUMENT.fullmatch(self.text, source.start, end_before(self.text, source.start, source.end))
        if found is None or found.group("document").lower() not in load_words("authored_documents.txt", lower=True):
            return None
        words = found.group("author").split()
        if words[-1].lower() not in load_words("organisations.txt", lower=True) and not all(
                word[:1].isupper() for word in (words[1:] if words[0].lower() == "the" else words)):
            return None
        return Span.of(self.text, found.start("author"), found.end("author"))

    def document_owner(self, source: Span) -> int | None:
        """The person whose name, with its possessive, opens the source before a document of
        `authored_documents.txt`, perhaps with what it was "to", "for", "on", "about" or "into" after it: "Hale's
        report to the league" is Jon Hale, named before, as "Her letter" is she; not "Hale's lawyer", no document,
        nor "Bay Lines' report", a body's."""
        found = POSSESSED_DOCUMENT.fullmatch(self.text, source.start, end_before(self.text, source.start, source.end))
        if found is None or found.group("document").lower() not in frames().authored_documents:
            return None
        index = bisect.bisect_left(self.name_starts, source.start)
        if index >= len(self.names) or self.names[index].span.end != found.end("owner"):
            return None
        owner = self.name_owner[index]
        return owner if self.entities[owner].kind == PERSON else None

    def given_name_and_name(self, source: Span) -> bool:
        """"Ana and Tom Reyl said": a given name alone joined by "and" to the one full name that ends the source, the
        two sharing the surname; not "Ana Varga and Tom Reyl" (two names, a joint source) nor "Ana said"."""
        found = GIVEN_AND_NAME.fullmatch(source.text.rstrip(" ,"))
        if found is None or not is_given_name(found.group("given")):
            return False
        name = self.sole_name_in(source)
        return name is not None and len(name.given) == 1 and (
            (name.span.start, name.span.end) == (source.start + found.start("name"), source.start + found.end("name")))

    def name_and_description(self, source: Span) -> str | None:
        """"Ana Varga, a nurse, and her husband": a source whose one person named, set off by a comma, is joined by
        ", and" to a last phrase that names no one -> "Ana Varga and her husband", the group's name, or is followed
        by a list of such phrases opened by determiners -> "Tom Reyl, his wife and their son"; None otherwise
        (not "Ana Varga, a nurse, said", nor a possessor alone: "Tom Reyl's aide, and the mayor")."""
        joined = LAST_JOINT.search(source.text) or LISTED_AFTER_NAME.search(source.text)
        if joined is None:
            return None  # the usual case, told without reading the names
        joint_at = source.start + joined.start()
        people = [index for index in range(bisect.bisect_left(self.name_starts, source.start),
                                           bisect.bisect_left(self.name_starts, source.end))
                  if POSSESSOR.match(self.text, self.names[index].span.end) is None]
        if len(people) != 1 or self.names[people[0]].span.end > joint_at or not self.text.startswith(
                ",", _after_photo_position(self.text, self.names[people[0]].span.end)) or self.related_to(
                source, self.names[people[0]]):
            return None
        described = self.text[source.start + joined.end():source.end].strip(" ,")
        if not described:
            return None
        # "Tom Reyl, his wife and their son": the list after the name is all described people
        between = ", " if joined.re is LISTED_AFTER_NAME else " and "
        return self.entities[self.name_owner[people[0]]].name + between + described

    def joint(self, members: list[int]) -> int:
        """The group a joint source names: "Ana Varga and Tom Reyl", one entity for the same people later."""
        key = tuple(sorted(members))
        if key not in self.joints:
            names = [self.entities[owner].name for owner in members]
            name = names[0] + " and " + names[1] if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
            self.entities.append(Entity(GROUP, name, plural=True))
            self.joints[key] = len(self.entities) - 1
        return self.joints[key]

    def resolve(self, source: Span) -> int:
        members = self.joint_members(source)
        if members:
            owner = self.joint(members)
            self.note_source(source, owner)
            return owner
        if (group_name := self.name_and_description(source)) is not None:
            # "Ana Varga, a nurse, and her husband said": a group of the named person and the one described
            return self.named_group(source, group_name, group_name.lower())
        if self.given_name_and_name(source):
            # "Ana and Tom Reyl said": a couple or siblings sharing the surname, the group the source names
            return self.named_group(source, source.text.strip(" ,"), " ".join(source.text.lower().split()))
        if _honorifics_and_name(source.text.rstrip(" ,")):
            # "Mr and Mrs Reyl said": a couple, the group the source names
            return self.named_group(source, source.text.strip(" ,"), " ".join(source.text.lower().split()))
        if self.description_and_name(source) or _described_and_named_bodies(source.text):
            # "The mayor and Mr Reyl said", "The harbour board and Pier Lines said": a group of a described person
            # or body and a named one, not the named one alone
            return self.named_group(source, source.text.strip(), " ".join(source.text.lower().split()))
        if (given := self.given_after_role(source)) is not None:
            self.note_source(source, given)  # "One, a retired fisherman who gave his name only as Erik, said": Erik
            return given
        if len(words := source.text.split()) > 1 and all(word[:1].isupper() for word in words) and (
                holder := self.headline_role_holder(source)) is not None:
            self.note_source(source, holder)  # "Harbour Master Warns Toll Will Rise" over "Ana Varga, the harbour master,"
            return holder
        # "My view is …": a lone pronoun speaks as one, though "My" is a given name too; but '“…,” My added' is a
        # tag after a quotation, the given name of someone named in full before
        named = self.named_in(source) if source.text.strip().lower() not in pronouns() or (
            source.text[:1].isupper() and last_char_before(self.text, 0, source.start) in ("”", "\"", "’")) else None
        if named is not None:
            return named
        if (capitals := self.person_in_capitals(source)) is not None:
            self.note_source(source, capitals)  # "MS VARGA: No." in a transcript is Ms Varga
            return capitals
        if (author := self.document_owner(source)) is not None:
            self.note_source(source, author)  # "Jon Hale wrote to the board. Hale's report said …": Jon Hale speaks
            return author
        if (author := self.issuing_body(source)) is not None:
            owner = self.resolve_description(author)  # "A statement from Bay Lines said": Bay Lines speaks
            self.note_source(source, owner)
            return owner
        bare = source.text.strip()
        if bare == FIRST_PERSON and self.quoted_range(source.start) is None and (
                (author := self.byline_author()) is not None or (author := self.signed_author(source.start)) is not None):
            # "I urge the council to think again" in a piece whose byline names one author: the author; the "I"
            # still stands in the way of a later "he" or "she", as a nameless one would, and names nobody for it
            self.entities.append(Entity(UNKNOWN, ""))
            self.note_source(source, len(self.entities) - 1)
            return author
        pronoun = pronouns().get(bare.lower())
        words = bare.lower().split()
        if bare.lower() in RELATIVE_PRONOUNS or (
                words[:1] == ["whose"] and words[-1] in load_words("authored_documents.txt", lower=True)):
            owner = self.relative_antecedent(source)  # "Ms Varga, whose letter said": her letter speaks for her
        elif pronoun is not None:
            owner = self.resolve_pronoun(source, *pronoun)
        elif (aged := AGE_DESCRIPTION.fullmatch(bare)) is not None and (
                owner := self.aged_person(source, aged)) is not None:
            pass  # "The 52-year-old said": the person of that age, else the last person named
        elif (order := ORDER_REFERENCES.get(" ".join(words))) is not None and not self.title_word_after(source) and (
                pair := self.last_two_people(source.start)) is not None:
            owner = pair[order]  # "Mr Reyl met Ms Varga. The latter said": Ms Varga
        elif honorific(bare) is not None or not bare:
            owner = self.sole_office_holder(bare)  # "Mayor says pier will stay open": the one mayor named
            if owner is None and bare and (title := honorific(bare)) is not None and title.office:
                owner = self.resolve_description(source)  # "Judge says ferry firm lied": a judge, not named
            if owner is None:
                self.entities.append(Entity(UNKNOWN, ""))  # "Mr" alone names nobody
                owner = len(self.entities) - 1
        else:
            owner = self.named_after(source)
            if owner is None:  # "On Monday Harbour Freight Ltd said": the time names no one
                start = past_time_opening(self.text, source.start, source.end)
                if (named_body := self.described_name(start, source.end)) is not None:
                    start = named_body  # "The ferry operator Bay Lines said": the body is its name
                owner = self.resolve_description(Span.of(self.text, start, source.end))
        self.note_source(source, owner)
        return owner


# "The harbour board and Pier Lines": an article, words in lower case ending in an organisation noun, "and", and
# capitalised words to the end
DESCRIBED_AND_NAMED_BODY = regex.compile(r"(?i:the)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+){0,3}(?P<head>\p{Ll}+)"
                                         r"[ \t\u00a0]+and[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
                                         r"\p{Lu}[\p{L}\p{M}'’.\-&]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’.\-&]*)*")


@functools.lru_cache(maxsize=64)
def _body_ending_in(noun: str) -> regex.Pattern:
    """One to three capitalised words, perhaps after "The" or "the", before ``noun``: "The Seafarers' Guild"; no
    word of a headline in title case ("Dissolution Of Secret Guild"), nor the last words of a longer capitalised run."""
    return regex.compile(r"(?<![\p{L}\p{N}'’\-])(?<!\p{Lu}[\p{L}'’\-]*[ \t\u00a0]+)(?P<name>(?:[Tt]he[ \t\u00a0]+)?(?:(?!(?:Of|For|And|To|In|On|At|By|With|"
                         r"From|A|An|The)[ \t\u00a0])\p{Lu}[\p{L}\p{M}'’\-]*[ \t\u00a0]+){1,3}"
                         + regex.escape(noun) + r")(?![\p{L}\p{N}])")


@functools.lru_cache(maxsize=64)
def _described_body_pattern(noun: str) -> regex.Pattern:
    """"the", one or two lower-case words and ``noun``: "the harbour board"."""
    return regex.compile(r"(?<![\p{L}\p{N}])[Tt]he(?P<words>(?:[ \t\u00a0]+\p{Ll}+){1,2})[ \t\u00a0]+"
                         + regex.escape(noun) + r"(?![\p{L}\p{N}'’\-])")


def _owned_by_noun(firm: str, noun: str) -> bool:
    """Whether a body's name a title's "the" and possessive noun may stand for: one whose last word is that noun
    ("The trust's chair" after "the Lyme Heritage Trust"), or, for a noun of `subject_firm_kinds.txt`, a name of
    capitalised words ("The firm's chief executive" after "Bay Lines"; not after "the harbour board")."""
    words = firm.split()
    if words[-1].lower().rstrip("'’") == noun:
        return True
    return noun in _firm_kinds() and all(word[:1].isupper() for word in words[words[0] in ("the", "The"):])


def _description_name(entity: Entity, mentions: tuple[Span, ...]) -> str:
    """An entity's name; a description named by a bare office word ("Judge says ferry firm lied") takes its longest
    description with that head when one follows ("The appeal court judge said …")."""
    if entity.kind != DESCRIPTION or " " in entity.name or not entity.name:
        return entity.name
    head = entity.name.lower()
    longer = [m.text for m in mentions if m.text.lower().endswith(" " + head) and " " in m.text.strip()]
    return max(longer, key=len) if longer else entity.name


def _described_and_named_bodies(text: str) -> bool:
    """"The harbour board and Pier Lines": a body described by an organisation noun of `organisations.txt`, joined
    to a body named in capitalised words; not "The board and Mr Reyl" (a person, read as a description and a name)."""
    joined = DESCRIBED_AND_NAMED_BODY.fullmatch(text.strip(" ,"))
    return joined is not None and joined.group("head") in load_words("organisations.txt", lower=True) and not any(
        honorific(word) is not None or is_given_name(word) for word in text[joined.end("head"):].split())


def _after_photo_position(text: str, offset: int) -> int:
    """Where the text goes on after a photo position in brackets at ``offset`` ("Ana Varga (left), a nurse,"), or
    ``offset`` when there is none."""
    found = PHOTO_BRACKET.match(text, offset, near(offset, len(text)))
    return found.end() if found is not None else offset


def _honorifics_and_name(text: str) -> bool:
    """Two courtesy honorifics joined by "and" or "&" before one surname: "Mr and Mrs Reyl", "Dr & Mrs Varga"."""
    found = HONORIFICS_AND_NAME.fullmatch(text)
    return found is not None and all(
        (title := honorific(found.group(part))) is not None and not title.office for part in ("first", "second"))


@functools.lru_cache(maxsize=256)
def _body_set_off(head: str) -> regex.Pattern:
    """One to four capitalised words set off before an appositive that ends in ``head``: "Pier Lines, the ferry
    operator," for "operator"."""
    return regex.compile(r"(?<![\p{L}\p{N}])(?P<name>\p{Lu}[\p{L}\p{M}\p{N}'’.&\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\p{N}'’.&\-]*){0,3}),"
                         r"[ \t\u00a0]+(?:the|an?)[ \t\u00a0]+(?:[\p{Ll}\-]+[ \t\u00a0]+){0,3}" + regex.escape(head) + r"(?=[ \t\u00a0]*,)")


@functools.lru_cache(maxsize=256)
def _head_after_name(head: str) -> regex.Pattern:
    """Up to two lower-case words, no article among them, and ``head`` right after a name: " fan club" for "club";
    not " said the club", a verb and the description itself."""
    article = r"(?!(?:" + alternation(ARTICLES) + r")[ \t\u00a0])"
    return regex.compile(r"[ \t\u00a0]+(?:" + article + r"\p{Ll}+[ \t\u00a0]+){0,2}" + regex.escape(head) + r"(?![\p{L}\p{N}])")


def _group_of_someone(source: str) -> bool:
    """A source headed by a group of someone's people before "of": a plural of `associate_nouns.txt` or a plural
    role ("supporters of her rival", "aides of the mayor"), so that a name set off after it names whom they back."""
    words = source.split()
    return any(word.lower() == "of" and index > 0 and _group_noun(words[index - 1]) for index, word in enumerate(words))


def _group_noun(word: str) -> bool:
    """A plural of `associate_nouns.txt` or a plural role: "supporters", "aides"."""
    return word.lower() in load_words("associate_nouns.txt") or title_words().is_plural_head(word.lower())


def _plural_role(word: str) -> bool:
    """A role noun in the plural: "aides", "lawyers"; not "aide", "witness"."""
    heads = title_words().heads
    lowered = word.lower()
    return lowered not in heads and lowered.endswith("s") and (lowered[:-1] in heads or lowered[:-2] in heads)


@functools.cache
def _pro_forms() -> frozenset[str]:
    """Words that stand for people without naming them ("those", "many", "anyone"): no description."""
    return load_words("quantifier_subjects.txt", lower=True) | load_words("pro_form_subjects.txt", lower=True)


@functools.cache
def _role_kinds() -> dict[str, frozenset[str]]:
    """A general role noun -> the roles it covers (``role_kinds.txt``): "player" -> "striker", "goalkeeper"."""
    return {row[0].lower(): frozenset(word.lower() for word in row[1:]) for row in load_table("role_kinds.txt")}


@functools.cache
def _party_words() -> dict[str, tuple[str, ...]]:
    """A party's letter in "(D-Lyme)" -> the words a description may use for it (``party_letters.txt``)."""
    return {letter: tuple(words) for letter, *words in load_table("party_letters.txt")}


@functools.cache
def _share_lead() -> regex.Pattern:
    """The words before a firm's name whose shares open a sentence (`firm_share_leads.txt`): "Shares in "."""
    leads = sorted(load_lines("firm_share_leads.txt"), key=len, reverse=True)
    return regex.compile(r"(?i:" + "|".join(r"[ \t\u00a0]+".join(map(regex.escape, lead.split())) for lead in leads)
                         + r")[ \t\u00a0]+(?=\p{Lu})")


@functools.cache
def _work_lead() -> regex.Pattern:
    """"A", "An" or "The", perhaps one lower-case word, a noun of `firm_work_leads.txt`, then "by" or "from"
    before a capitalised word: "A survey by ", "The latest poll from "."""
    return regex.compile(r"\s*(?:An?|The)(?:[ \t\u00a0]+\p{Ll}+)?[ \t\u00a0]+(?i:"
                         + alternation(load_words("firm_work_leads.txt", lower=True))
                         + r")[ \t\u00a0]+(?:by|from)[ \t\u00a0]+(?=\p{Lu})")


@functools.cache
def _story_parts() -> frozenset[str]:
    """Title heads for the part a person plays in a story (`story_roles.txt`): "passenger", "voter"."""
    return frozenset(load_words("story_roles.txt", lower=True))


@functools.cache
def _firm_kinds() -> tuple[str, ...]:
    """The nouns a description of a firm heads (`subject_firm_kinds.txt`): "the company", "the firm"."""
    return tuple(sorted(load_words("subject_firm_kinds.txt", lower=True)))


def _party_member_plural(word: str) -> bool:
    """A plural of a party's word for its members: "democrats", "liberals", "tories"."""
    return word.endswith("s") and (word[:-1] in _party_names() or word.endswith("ies") and word[:-3] + "y" in _party_names())


@functools.cache
def _party_names() -> frozenset[str]:
    """Every word a description may use for a party: `party_names.txt` and the words of `party_letters.txt`."""
    return load_words("party_names.txt", lower=True) | {word for words in _party_words().values() for word in words}


@functools.cache
def _predecessor_before() -> regex.Pattern:
    """A possessive and a noun of `predecessor_nouns.txt` set off right before a name: "his predecessor, "."""
    nouns = alternation(load_words("predecessor_nouns.txt", lower=True))
    return regex.compile(rf"(?:(?<![\p{{L}}\p{{N}}])(?P<pronoun>his|her|their)|['’]s)[ \t\u00a0]+(?:{nouns}),[ \t\u00a0]+\Z",
                         regex.IGNORECASE)


@functools.cache
def _regions() -> frozenset[str]:
    return load_words("region_names.txt")


@functools.cache
def _kin_before() -> EndAnchored:
    """"his wife, ", "her son ", "their son ", "'s husband, " or "survived by a son, " right before a name
    (``surname_sharing_kin.txt``)."""
    kin = alternation(load_words("surname_sharing_kin.txt", lower=True))
    return EndAnchored.of(r"(?:(?<![\p{L}\p{N}])(?P<pronoun>his|her|their)|['’]s"
                          r"|(?<![\p{L}\p{N}])(?P<survived>survived[ \t\u00a0]+by[ \t\u00a0]+(?:an?|one)))[ \t\u00a0]+(?P<kin>" + kin
                         + r")" + TIE_DURATION + r"(?P<comma>,)?[ \t\u00a0]+\Z", regex.IGNORECASE)


def _personal_noun(word: str) -> bool:
    """Whether a noun may be a person: a title head, a noun of ``gendered_nouns.txt``, one of
    ``object_listeners.txt`` ("voter"), a word in "-self" ("Ms Varga herself"), or a word with an ending of people
    ("caller", "anthropologist", "employee", "resident"); after a hyphen, its last part ("ex-wife")."""
    head = word.lower().rsplit("-", 1)[-1]  # "ex-wife": a wife
    return (head in title_words().heads or head in _gendered_nouns() or head + "s" in _listener_nouns()
            or head.endswith(PERSON_NOUN_ENDINGS))


@functools.cache
def _listener_nouns() -> frozenset[str]:
    """The plural nouns for people of ``object_listeners.txt``: "voters", "residents"."""
    return load_words("object_listeners.txt", lower=True)


def _relative_or_plural(noun: str) -> bool:
    """A relative of ``gendered_nouns.txt``, or its plural in "-s": "wife", "sons"."""
    return noun in _gendered_nouns() or noun.endswith("s") and noun[:-1] in _gendered_nouns()


@functools.cache
def _mutual_kin() -> frozenset[str]:
    """Ties that run both ways under one word (``mutual_kin.txt``): "brother", "colleague"."""
    return frozenset(load_words("mutual_kin.txt", lower=True))


@functools.cache
def _gendered_nouns() -> dict[str, str]:
    """Nouns that tell a described person's gender (``gendered_nouns.txt``): "father" -> "m"."""
    return {noun.lower(): gender for noun, gender in load_table("gendered_nouns.txt")}


@functools.lru_cache(maxsize=256)
def _set_off_as(words: tuple[str, ...]) -> regex.Pattern:
    """An appositive of ``words`` after "a", "an" or "the" set off by commas, perhaps after an age, perhaps with
    "of" and up to four words in lower case after them, and perhaps closed by the place the person is from: ", 38,
    a mother of three,", ", a mother of three from Lyme,", and for "grandmother" ", a grandmother of five,"; up to
    two phrases of "at", "for", "with" or "on" and up to four lower-case words may come after them: ", a porter at
    the hospital for ten years,"."""
    return regex.compile(r",[ \t\u00a0]+(?:\d{1,3},[ \t\u00a0]+)?(?i:(?:an?|the)[ \t\u00a0]+"
                         + r"[ \t\u00a0]+".join(map(regex.escape, words)) + r")"
                         + r"(?:[ \t\u00a0]+of(?:[ \t\u00a0]+[\p{Ll}\p{N}\-]+){1,4})?"
                         + r"(?:[ \t\u00a0]+(?:at|for|with|on)(?:[ \t\u00a0]+[\p{Ll}\p{N}\-]+){1,4}){0,2}"
                         + r"(?:[ \t\u00a0]+(?:from|in|of)[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\-]*){0,2})?"
                         + r"[ \t\u00a0]*[,;.]")


@functools.lru_cache(maxsize=256)
def _full_form_pattern(heads: tuple[str, ...]) -> regex.Pattern:
    """Capitalised words ending in one of ``heads``: "The New York Post" for "Post"."""
    return regex.compile(r"(?<![\p{L}\p{N}])(?:[Tt]he[ \t\u00a0]+)?(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&\-]*[ \t\u00a0]+)+(?i:"
                         + "|".join(map(regex.escape, heads)) + r")(?![\p{L}\p{N}])")


@functools.cache
def _trade_then_name(trade: str) -> regex.Pattern:
    """A firm's trade, then its name of two or more capitalised words: "developer (Bay Energy)"."""
    return regex.compile(r"(?<![\p{L}\p{N}])(?i:" + regex.escape(trade) + r")" + NAME_AFTER_KIND.pattern)


def _name_start(found: regex.Match) -> int:
    """Where a run of capitalised words ending in an organisation's name begins as a name: past the end of a
    sentence and the openers of `name_stopwords.txt` ("On Monday Harbour Freight Ltd", "But Harbour Bank")."""
    start = found.start()
    for end in SENTENCE_END_IN_RUN.finditer(found.string, found.start(), found.end()):
        start = end.end()
    # "The New York Post", "This man" keep their determiner
    openers = load_words("name_stopwords.txt", lower=True) - load_words("source_determiners.txt", lower=True)
    while (word := NAME_WORD.match(found.string, start, found.end())) is not None and word.end() < found.end() \
            and word.group(1).lower() in openers:
        start = word.end()
    return start


@functools.cache
def _words_of(files: tuple[str, ...]) -> frozenset[str]:
    """The lower-cased words of several lists, read once: ``NO_ROLE_OPENERS``, ``NO_DESCRIPTION_HEADS``."""
    return frozenset().union(*(load_words(file, lower=True) for file in files))


@functools.cache
def _description_stops(opening: bool) -> frozenset[str]:
    """Words that keep a description before a name whole: prepositions and determiners; with no "the" before it
    (``opening``), any preposition ("Supporters of Ana Varga")."""
    stops = load_words("prepositions.txt", lower=True) | load_words("source_determiners.txt", lower=True)
    return stops | frames().prepositions | frozenset(ROLE_OBJECT_PREPOSITIONS) if opening else stops


@functools.cache
def _post_nominals_after() -> regex.Pattern:
    """The letters of `post_nominals.txt` after a name and a space, as written: " MP", " MBE QC"."""
    return regex.compile(r"(?:[ \t\u00a0]+(?:" + alternation(load_words("post_nominals.txt")) + r"))+(?![\p{L}\p{N}])")


@functools.cache
def _suffix_after() -> regex.Pattern:
    """A suffix of `name_suffixes.txt` after a name and a space, as written, perhaps with its full stop: " Jr.",
    " III"."""
    return regex.compile(r"[ \t\u00a0]+(?:" + alternation(load_words("name_suffixes.txt")) + r")(?![\p{L}\p{N}])\.?")


@functools.cache
def _bodies() -> str:
    """The nouns of `organisations.txt` as one alternation, for the patterns of a body's name."""
    return alternation(load_words("organisations.txt", lower=True))


@functools.cache
def _affiliation_after_name() -> regex.Pattern:
    """The place or body a name is "of", "from" or "at": "of New York", "at Coastline Research", "of the Save Our
    Pier group", "of the campaign group", "from the harbour board", "of the Lyme harbour party" (a noun of `organisations.txt` closing the body),
    "of the Centre for Harbour Studies", "of ferry operator Bay Lines"."""
    bodies = _bodies()
    # a full stop closing the sentence is no part of the last word: "said the harbour master, Ida Lenz of Lyme."
    word = r"\p{Lu}(?:[\p{L}\p{M}\p{N}'’\-&]|\.(?=[\p{L}\p{N}]))*(?:\.(?=,|[ \t\u00a0]+\p{Lu}))?"
    # "the Centre for Harbour Studies", "the University of Lyme", after up to three words in lower case that
    # describe it ("of ferry operator Bay Lines")
    named = (r"(?:the[ \t\u00a0]+)?(?:(?!(?:the|and|or)[ \t\u00a0])\p{Ll}+[ \t\u00a0]+){0,3}" + word
             + r"(?:[ \t\u00a0]+(?:(?:&|for|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?" + word + r")*")
    return regex.compile(r"[ \t\u00a0]+(?:of|from|at)[ \t\u00a0]+(?:the[ \t\u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.\-&]*[ \t\u00a0]+){0,3}(?:\p{Ll}+[ \t\u00a0]+){0,2}(?:"
                         + bodies + r")|" + named + r"(?:[ \t\u00a0]+(?:" + bodies + r"))?)(?![\p{L}\p{N}])")


@functools.cache
def _leading_phrase() -> regex.Pattern:
    """A phrase set off by a comma before a sentence's subject, opened by a word of `leading_phrase_openers.txt`:
    "In a statement, ", "On Monday, ", "Earlier, "."""
    return regex.compile(r"\s*(?i:" + alternation(load_words("leading_phrase_openers.txt", lower=True))
                         + r")(?:[ \t\u00a0]+[^,;:.!?“”\"\n]{1,40})?,[ \t\u00a0]+(?=\p{L})")


@functools.cache
def _subject_opener() -> regex.Pattern:
    """A word of `subject_openers.txt` opening a sentence before its subject, perhaps set off by a comma: "But ",
    "Meanwhile, "; not "From", which opens no subject of its own."""
    return regex.compile(r"\s*(?:" + alternation(word.title() for word in load_words("subject_openers.txt") - {"from"})
                         + r"),?[ \t\u00a0]+(?=\p{L})")


@functools.cache
def _body_opening(after_phrase: bool = False) -> regex.Pattern:
    """A body opening a sentence: "The" and up to two lower-case words, one perhaps a possessive, or up to four
    capitalised words, before a noun of `organisations.txt` ("The council", "The harbour board", "The council's
    transport committee", "The skippers' union", "The Harbour Council"), then a lower-case word or a relative set
    off by a comma ("The skippers' union, which backed the toll, …"); ``after_phrase``, after a phrase set off
    before it, its "the" in lower case ("In a statement, the harbour board said …", "In a letter, the Seafarers'
    Guild said …")."""
    bodies = _bodies()
    return regex.compile(r"\s*(?P<body>" + ("[Tt]he" if after_phrase else "The") + r"[ \t\u00a0]+(?:\p{Ll}+(?:['’]s?)?[ \t\u00a0]+){0,2}?(?:" + bodies + r")"
                         r"|(?:" + ("[Tt]he" if after_phrase else "The") + r"[ \t\u00a0]+)?(?:\p{Lu}[\p{L}&'’\-]*[ \t\u00a0]+){0,3}?(?i:" + bodies + r"))"
                         r"(?=[ \t\u00a0]+\p{Ll}|,[ \t\u00a0]+(?:which|who|whose)[ \t\u00a0])")


@functools.cache
def _possessed_body() -> regex.Pattern:
    """After a name's possessive, one or two lower-case words and a noun of `organisations.txt`: "('s) harbour
    board", "(') transport committee"; not a bare "(') board", which is the firm's own."""
    bodies = _bodies()
    return regex.compile(r"(?:(?<=['’]s?)|['’]s?)(?:[ \t\u00a0]+\p{Ll}+){1,2}?[ \t\u00a0]+(?:" + bodies
                         + r")(?![\p{L}\p{N}])")


@functools.cache
def _described_body() -> regex.Pattern:
    """A description opening a sentence, "The" and up to four lower-case words, one perhaps a possessive, then the
    name of the body it describes set off by commas: capitalised words, perhaps after "the", ending in a noun of
    `organisations.txt` ("The pier's owners, the Lyme Pier Trust, say …")."""
    bodies = _bodies()
    return regex.compile(r"\s*The(?:[ \t\u00a0]+\p{Ll}+(?:['’]s?)?){1,4}?,[ \t\u00a0]+"
                         r"(?P<body>(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}&'’\-]*[ \t\u00a0]+){1,3}?(?i:" + bodies + r")),")


@functools.cache
def _company_ending() -> regex.Pattern:
    """A company ending after a name: " Inc" in "Pier Lines Inc" (the endings of "company" in
    `organisation_kinds.txt`)."""
    endings = _organisation_kinds().get("company", ())
    return regex.compile(r"[ \t\u00a0]+(?:" + "|".join(map(regex.escape, endings)) + r")(?![\p{L}\p{N}])")


def _organisation_key(name: str) -> str:
    """The key of an organisation's name: its words without "the", lower-cased."""
    return " ".join(w.lower() for w in SOURCE_WORD.findall(name) if w.lower() != "the")


@functools.cache
def _organisation_kinds() -> dict[str, tuple[str, ...]]:
    """A description's head -> the last words of the names it may refer back to (``organisation_kinds.txt``)."""
    return {row[0].lower(): row[1:] for row in load_table("organisation_kinds.txt")}


@functools.cache
def _determined() -> regex.Pattern:
    """A capitalised word after "the" or a determiner ("many Republicans"): a common noun, not a surname; not after
    "that", which opens a clause as often ("said that Hale would")."""
    determiners = (ARTICLES | load_words("source_determiners.txt", lower=True)
                   | load_words("quantifiers.txt", lower=True)) - {"that"}
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + prefix_alternation(determiners) + r")[ \t\u00a0]+"
                         + r"(\p{Lu}[\p{L}\p{M}]*)(?![\p{L}\p{M}])")


PRESENT_VERB_IN_PHRASE = regex.compile(r"(?:(?:\A|\s)(?:that|which)|(?:\A|\s)(?i:the|a|an|this|its|his|her|their)\s+\p{Ll}+"
                                    r"(?<!s))\s+\p{Ll}+(?<!ss)s\s+(?=\p{L})")


def _object_after_present_verb(text: str, noun: Span) -> Span:
    """The object of a present verb in "-s" that a noun phrase read leftwards ran into: the skippers in "The ad
    features skippers who say …" and "an ad that features skippers who say …"; not "The harbour skippers"."""
    found = None
    for found in PRESENT_VERB_IN_PHRASE.finditer(noun.text):
        pass
    return Span.of(text, noun.start + found.end(), noun.end) if found is not None else noun


def _participle_after_head(word: str, before: list[str], after: list[str]) -> bool:
    """A past participle in "-ed" after a noun and before a preposition, which opens a phrase of its own: "briefed"
    in "four skippers briefed about the sale", "released" in "a poll released on Sunday"; not "elected" in "the newly
    elected mayor", nor "unnamed" in "another unnamed official"."""
    if not before or not after or not word.islower() or not word.endswith("ed") or len(word) < 5:
        return False
    last = before[-1].lower()
    return after[0].lower() in frames().prepositions and not (
        last.endswith("ly") or last.isdigit() or last in load_words("quantifiers.txt", lower=True))


def _other_modifiers(earlier: str, later: str, head: str) -> bool:
    """Two descriptions of one head whose lower-case words before it differ, neither holding the other's: "The fire
    service" and "the ambulance service", "the harbour council" and "the parish council"; not "the harbour council"
    and "the council", nor "the old harbour council" and "the harbour council"; names and counts are left alone, but
    for a body's name and a later description of its singular noun (:func:`_other_than_named`)."""
    before, now = _modifiers(earlier, head), _modifiers(later, head)
    if _other_than_named_words(before, now, later, head):
        return True
    return bool(before) and bool(now) and not (before <= now or now <= before) \
        and all(word.isalpha() and word.islower() for word in before | now)


def _other_than_named(name: str, later: str, head: str) -> bool:
    """Whether a description's lower-case words before a body's singular noun tell another body than a name before
    it with capitalised words ("the Marine Accident Board" and "the harbour board"): none of them in the name (not
    "the Lyme Harbour Board" and "the harbour board"), none a word that points back to it
    (`same_body_modifiers.txt`: "the same board", "the latest poll") and no possessive ("the mayor's office");
    a plural group is left alone ("Gazette Reporters" and "the pier reporters")."""
    return _other_than_named_words(_modifiers(name, head), _modifiers(later, head), later, head)


def _other_than_named_words(before: set[str], now: set[str], later: str, head: str) -> bool:
    """:func:`_other_than_named` on the words before the head in the name (``before``) and in the description
    (``now``), read once by the caller."""
    same = load_words("same_body_modifiers.txt", lower=True)
    return bool(now) and not head.lower().endswith("s") and any(word[:1].isupper() for word in before) and all(
        word.isalpha() and word.islower() and word not in same and not word.endswith("est") for word in now) \
        and not any(POSSESSIVE.search(word) for word in SOURCE_WORD.findall(later)) \
        and not now & {word.lower() for word in before}


def _modifiers(description: str, head: str) -> set[str]:
    """The words before a description's head, but for articles; none when the head is not in it."""
    words = [_without_possessive(w) for w in SOURCE_WORD.findall(description)]
    at = next((i for i, w in enumerate(words) if w.lower() == head.lower()), 0)
    return {w for w in words[:at] if w.lower() not in ARTICLES}


def _without_possessive(word: str) -> str:
    return POSSESSIVE.sub("", word)


def resolve_speakers(analysis: Analysis, quotes: Sequence[Quote], *,
                     carried: Mapping[int, int] | None = None) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Fill each quote's ``speaker`` and list the speakers, ids in order of first quote.

    ``carried`` maps a quote index to an earlier one whose speaker it takes
    (a continuation paragraph with no cue of its own).

    >>> from quoteattr.analysis import RulesAnalyzer
    >>> from quoteattr.model import Kind
    >>> text = "Jane Doe, the mayor, spoke. “We are ready,” she said."
    >>> quote = Quote(Kind.DIRECT, (Span.of(text, 29, 42),), source=Span.of(text, 44, 47))
    >>> _, speakers = resolve_speakers(RulesAnalyzer().analyze(text), [quote])
    >>> speakers[0].name, speakers[0].title
    ('Jane Doe', 'the mayor')
    """
    text = analysis.text
    resolver = _Resolver(text, [s.start for s in analysis.sentences], [s.end for s in analysis.sentences])
    resolver.quoted = sorted((piece.start, piece.end) for quote in quotes for piece in quote.content)
    resolver.quoted_starts = [start for start, _ in resolver.quoted]
    resolver.source_spans = {(q.source.start, q.source.end) for outer in quotes for q in (outer, *outer.nested)
                             if q.source is not None}
    resolver.source_ends = {end for _, end in resolver.source_spans}
    resolver.cue_spans = {(q.cue.start, q.cue.end) for outer in quotes for q in (outer, *outer.nested)
                          if q.cue is not None}
    resolver.find_people()

    owner_of: dict[tuple[int, int], int] = {}
    sources = sorted(
        (quote.source.start, index, nested_index, quote.source)
        for index, outer in enumerate(quotes)
        for nested_index, quote in enumerate((outer, *outer.nested))
        if quote.source is not None
    )
    # an interview's first turn, where the text before it names whom the interview is with
    first_turn = next((source.start for *_, source in sources if turn_role(text, source) is not None), None)
    owner_at: dict[tuple[int, int], int | None] = {}  # one mention, one speaker: "…, she said, adding that …"
    for _, index, nested_index, source in sources:
        if nested_index and source.text == FIRST_PERSON and (index, 0) in owner_of and first_turn is not None and (
                turn_role(text, quotes[index].source) == ANSWER):
            owner_of[(index, nested_index)] = owner_of[(index, 0)]  # "A: I told the council …": the interviewee
            continue
        if (source.start, source.end) not in owner_at:
            role = turn_role(text, source) if first_turn is not None else None
            owner_at[(source.start, source.end)] = resolver.resolve(source) if role is None else (
                resolver.interviewee(source, first_turn) if role == ANSWER else None)  # the asker is not named
        if (owner := owner_at[(source.start, source.end)]) is not None:
            owner_of[(index, nested_index)] = owner
    for index, earlier in sorted((carried or {}).items()):
        if (index, 0) not in owner_of and (earlier, 0) in owner_of and 0 <= index < len(quotes):
            owner_of[(index, 0)] = owner_of[(earlier, 0)]

    quote_ids: dict[int, list[int]] = {}
    for index, quote in enumerate(quotes):
        for nested_index in range(len(quote.nested) + 1):
            owner = owner_of.get((index, nested_index))
            if owner is None:
                continue
            if owner not in quote_ids:
                quote_ids[owner] = []
            if nested_index == 0:
                quote_ids[owner].append(index)
    speakers: dict[int, Speaker] = {}
    order = list(quote_ids)
    for speaker_id, owner in enumerate(order):
        entity = resolver.entities[owner]
        mentions = tuple(sorted(entity.mentions, key=lambda m: m.start))
        speakers[owner] = Speaker(speaker_id, _description_name(entity, mentions),
                                  entity.title if entity.kind == PERSON else None, mentions, tuple(quote_ids[owner]))

    def speaker_of(index: int, nested_index: int) -> Speaker | None:
        owner = owner_of.get((index, nested_index))
        return speakers[owner] if owner is not None else None

    resolved = tuple(  # one copy of each quote, its speaker and its nested quotes' set at once
        attrs.evolve(quote, speaker=speaker_of(index, 0),
                     nested=tuple(attrs.evolve(n, speaker=speaker_of(index, j + 1)) for j, n in enumerate(quote.nested)))
        for index, quote in enumerate(quotes)
    )
    return resolved, tuple(speakers[owner] for owner in order)
