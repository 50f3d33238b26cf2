"""Attributions cued by words other than a verb's frame: nouns, "in a poll", adverbs.

"the mayor's claim that the pier is safe", "calls for an inquiry", "Ms Varga
leads in the latest poll", "The FBI is reportedly planning an interview".
Each kind of cue is found in one pass over the text and handed to its
sentence (``WordCues``); ``word_cue_quotes`` reads the frames of one
sentence. ``clause_with_subject`` reads a whole clause, subject included,
for the cues that report one with no source.
"""
from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate

import regex
from attrs import frozen

from ..lexicon import load_lines, load_table, load_words
from ..model import Quote, Sentence, Span
from .content import (before_listening_partner, HEADLINE_OBJECT_STOP, NO_SUBJECT_OPENING, OBJECT_STOP, PHRASE_DETERMINERS, PHRASE_THEN_THAT, SUBORDINATE_OPENING, THAT, VERBAL_AUXILIARIES, VERB_ADVERBS, WORD,
                      YES_NO, clause_from, clause_nouns, coordinate_adjective, finding_goes_on, clause_before, first_comma, has_verb, has_verb_between, headline, infinitive_from,
                      past_joint_aside, relative_aside_end, told_clause, trimmed, verb_groups, verb_positions, within_opening_clause, before_verb)
from .cues import CUE_CLASSES, cue_lexicon, inflect
from .frames import (PASSIVE_ADVERB, EndAnchored, alternation, auxiliary_chain, end_before, frames, last_char_before,
                     looks_past, near, past_adverbials, prefix_alternation, spaced, weekday_alternation)
from .quotemap import QuoteMap, make_quote
from .sources import (POSSESSED_MODIFIER, POSSESSIVES, broken_clause_subject, clause_subject, contact_relative_head,
                      contact_subject, fronted_phrase_end, is_name_like, noun_phrase_before, plausible_source,
                      sentence_subject, source_before)
from .subjects import fallback_source, within_relative, word_before

__all__ = ["AGENT_BEFORE_WORD", "AS_COMMA", "AS_OPENS", "CLAUSE_COMMA", "NEXT_LOWER_WORD", "PASSIVE_AGENT", "WordCues",
           "as_reported_by", "clause_with_subject",
           "cue_after_to", "is_noun_cue", "object_gap", "passive_clause", "passive_clause_by", "passive_question", "passive_with_agent", "question_from",
           "reduced_passive",
           "news_passive", "news_passives", "noun_object_cue_end", "seeming", "word_cue_quotes"]

SPEECH = frozenset({"speech"})
NOUN_CUES, ADVERB_CUES, NOUN_OBJECT_CUES = "cue_nouns.txt", "cues_adverbs.txt", "cue_nouns_prep.txt"
NOUN_INFINITIVE_CUES = "cue_nouns_infinitive.txt"
AGENT_NOUN_CUES = "cue_agent_nouns.txt"  # "a critic of": what someone is, after a copula
POSSESSED_NOUN_CUES = "cue_nouns_prep_possessed.txt"  # "his embrace of": a stance only with its holder
PRONOUN_POSSESSED_NOUN_CUES = "cue_nouns_prep_pronoun_possessed.txt"  # "her support for": only after "her"
POSSESSIVE_RIGHT_BEFORE = EndAnchored.of(r"(?:(?<![\p{L}])(?i:his|her|their|its|our|my|your)|(?<=\p{L})['’]s?)\s+\Z")
PRONOUN_RIGHT_BEFORE = regex.compile(r"(?<![\p{L}])(?i:his|her|their|its|our|my|your)\s+\Z")
IN_NOUN_CUES = "cue_nouns_prep_in.txt"  # "rallied in support of": the stance of the clause's subject, only after "in"
OPENING_NOUN_CUES = "cue_nouns_prep_opening.txt"  # "Opposition to the toll has …": nobody's, opening the sentence
# "criticism from the skippers that", "the claim by Mr Reyl that"
FROM_AGENT = regex.compile(r"\s+(?:from|by)\s+(?P<agent>[^,;:“”\"()]{2,60}?)\s+that\b")
UNDERGOING_VERBS = "undergoing_verbs.txt"
HEEDING_VERBS = "heeding_verbs.txt"  # "heeded the warning that …": someone else's words, no source
PURPOSE_NOUNS = "purpose_nouns.txt"  # "in the hope that …": the clause's subject hopes
PURPOSE_BEFORE = EndAnchored.of(r"(?<![\p{L}])in\s+(?:the\s+)?\Z")
# "in support of", "in strong support of"; not "in the support of", "in a protest against"
SENTENCE_OPENING = regex.compile(r"[\s“\"‘]*")  # what may stand before a sentence's first word
STANCE_IN_BEFORE = EndAnchored.of(r"(?<![\p{L}])(?i:in)\s+(?:(?!(?:a|an|the)\s)\p{Ll}+\s+)?\Z")
OBJECT_PREPOSITIONS = frozenset({"with", "to", "at", "in"})  # "roused the crowd with criticism of", "rose to the defence of"
OBJECT_GAP = 4  # words between a verb and a noun cue it takes as object: "made an unprompted call for"
OBJECT_VERB_WINDOW = 200  # characters before a noun cue read for the verb that takes it as object
# ", starting talks about": a participle set off by a comma after its clause, perhaps past an adverb ("also"), and
# up to OBJECT_GAP lower-case words before the noun
PARTICIPLE_BEFORE_NOUN = EndAnchored.of(r",\s+(?:(?:also|then|again|\p{Ll}+ly)\s+)?(?P<verb>\p{Ll}{2,}ing)\s+"
                                        r"(?:\p{Ll}+\s+){0,4}\Z")
# adverbs between the subject and the verb that takes a noun cue, with a "do" of negation or emphasis and a negated
# auxiliary: "Ms Varga also has praise for …", "The skippers don't yet have a message about …"
ADVERBS_AFTER_SUBJECT = regex.compile(r"(?:\s+(?:" + alternation(sorted(VERB_ADVERBS | {"yet"}))
                                      + r"|do|does|did|\p{Ll}+n['’]t|\p{Ll}+ly))+\s*\Z")
SUBJECT_REACH = 200  # characters from the sentence start within which a noun can head the subject
CLAUSE_OPENING = regex.compile(r"(?r)(?:[;:]|,\s+(?:although|though|but|while|whereas|and|where|as)\b|\b(?:where|although|"
                            r"though|while|whereas|(?<!\bnothing\s)but)\b)\s*")  # the last clause opening before a position; "had nothing but
# praise for" is none
AS_COMMA = regex.compile(r"\s*,\s+(?=[\p{L}\p{N}“\"‘]|'')")
SET_OFF_RELATIVE = regex.compile(r"(?r),\s+(?P<relative>who|which)\s")  # the last relative set off before a position
AS_OPENS = regex.compile(r"[\s“\"]*As\s+(?:first\s+|\p{Ll}+ly\s+)?")  # a sentence that opens "As reported by …"
CLAUSE_COMMA = regex.compile(r",[”\"’]?\s")  # "Asked whether …, the mayor said": the participle clause ends at its comma
# "the harbour council's", "a", "his repeated": what makes a word of cue_nouns_infinitive.txt a noun
DETERMINER_BEFORE = regex.compile(r"(?:(?<![\p{L}])(?i:a|an|the|his|her|their|its|our|my|your|whose|this|that|these|those)"
                               r"|(?<=\p{L})['’]s?)\s+(?:(?:\p{Ll}+|\d{4})\s+){0,2}\Z")  # "the board's 2015 (decision)"
# "with promises to", "amid renewed calls to": a preposition, perhaps with up to two modifiers, before a plural noun of
# cue_nouns_infinitive.txt makes it a noun
PREPOSITION_BEFORE = regex.compile(r"(?<![\p{L}])(?i:with|of|on|amid|despite|about|over|against)\s+(?:\p{Ll}+\s+){0,2}\Z")
# "to reopen the pier", "to “reopen the pier”", "not to reopen the pier"; the word after "to" is checked: not "a call
# to arms", "a promise to the skippers"
INFINITIVE_AFTER = regex.compile(r"\s+(?P<to>(?:not\s+)?to)\s+(?:[“\"‘]|'')?(?P<verb>\p{Ll}+)\b")
# "…, could sink the plan": a comma, then the main clause's verb
COMMA_AUXILIARY = regex.compile(r",\s+(?:could|would|will|can|may|might|must|should|has|have|had|is|are|was|were)\s")
ADJECTIVE_ED = regex.compile(r"\p{Ll}+ed\s+\p{Ll}")  # "undocumented people"
# a noun of saying with its clause and no "that": after a determiner, a possessor, a preposition or "there are"
# ("there are fears the ferry will stop", "amid claims the pier was sold"); the clause's subject, "there" or a
# determiner and at most four words, and a modal or a form of "be" ("the claims he made were false", "an argument
# skippers are likely to hear" are relative clauses on the noun)
NOUN_BEFORE_BARE_CLAUSE = regex.compile(r"(?:(?<![\p{L}])(?i:a|an|the|his|her|their|its|our|my|your|whose|amid|over|despite"
                                        r"|about|against|after|following|there\s+(?:are|were|is|was))|(?<=\p{L})['’]s?)"
                                        r"\s+\Z")  # not "the tolls and claims …", "The council claims …"
BARE_CLAUSE = (r"\s+(?P<subject>there|(?:the|a|an|his|her|their|its)(?:\s+(?!(?:that|who|which)\b)[\p{Ll}\-’']+){1,4})"
               r"\s+(?P<verb>will|would|could|can|may|might|should|must|is|are|was|were)\s+(?!\p{Ll}+ing\b)"
               r"(?=\p{L}|[“\"‘]\p{L}|''\p{L})")  # "will collapse", "will “collapse”"
BARE_CLAUSE_AFTER = regex.compile(BARE_CLAUSE)
# "Ms Varga's warning, issued on Monday, that …": a participle's aside between the noun and its "that"
PARTICIPLE_ASIDE_THAT = regex.compile(r",\s+\p{Ll}+ed\b[^,;:“”\"()]{0,60},\s+that\s+")
TOLD_OF = regex.compile(r"(?i:(?:the|a|an)\s+)?(?i:" + alternation(load_words("told_of_heads.txt", lower=True))
                        + r")\s+of\s+(?=\S)")
# "be closed (angered)", "would be sold (alarmed)", "was built badly (angered)": the clause's own passive, an
# adverb in -ly after it its own, right before a form in -ed, the main verb
SUBJUNCTIVE_PASSIVE = regex.compile(r"(?<![\p{L}])(?:be|been|is|was|were|are)\s+(?:\p{Ll}+ed|"
                                    + alternation(load_words("irregular_participles.txt", lower=True))
                                    + r")\s+(?:\p{Ll}+ly\s+)?(?=\p{Ll}+ed\b(?!\s+\p{Ll}+ed\b))")
# "It was Ms Varga's warning (that …)": a cleft whose focus holds the noun, a few words after "It was"
IT_CLEFT = regex.compile(r"\s*It(?:\s+(?:is|was)|['’]s)\s+(?:\S+\s+){0,5}")
CLEFT_RELATIVE = regex.compile(r"\s(?:that|who)\s")
WHOSE = regex.compile(r"(?<![\p{L}])(?i:whose)(?![\p{L}])")
WHOSE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:whose)\s+(?:\p{Ll}+\s+){0,2}\Z")  # "whose repeated (claim)"
# a modifier after a possessive, perhaps with an adverb in -ly before it, and a comma after it only when another such
# adverb follows: "repeated", "2015", "sharply worded", "highly personal, racially tinged"
POSSESSED_MODIFIER_WORDS = r"(?:\p{Ll}+(?:-\p{Ll}+)*|\d+(?:[-–]\d+)?)"
ADVERBED_MODIFIER = r"\p{Ll}{3,}ly\s+\p{Ll}+(?:-\p{Ll}+)*"  # "highly personal", "sharply worded"
POSSESSIVE_BEFORE = regex.compile(r"(?:(?<![\p{L}])(?P<pronoun>(?i:his|her|their|its|our|my|your|whose))|(?<=\p{L})['’]s?)"
                               r"\s+(?:(?:" + ADVERBED_MODIFIER + r"(?:,(?=\s+\p{Ll}{3,}ly\s))?|" + POSSESSED_MODIFIER_WORDS
                               + r")\s+){0,2}\Z")  # "the mayor's repeated", "his 2015", "his"
# "Her sharply worded", "Ms Varga's highly personal, racially tinged": a possessive's modifiers with an adverb, no verb
ADVERBED_POSSESSED = EndAnchored.of(r"(?:(?<!\p{L})(?i:" + alternation(sorted(POSSESSIVES)) + r")|(?<=\p{L})['’]s)\s+"
                                   r"(?P<modifier>(?:" + ADVERBED_MODIFIER + r",\s+)?" + ADVERBED_MODIFIER + r")\s+\Z")
APPEARS_WITH = regex.compile(r"\s+(?:to\s+\p{L}|that\b|as\s+if\b|as\s+though\b|like\b)")
SEEMS_WITH = regex.compile(r"\s+(?:(?:to|that|as|like|more|less|\p{Ll}+ly)\b|\p{Ll}+(?:ed|ful|ous|ive|ic|al|ble|ent|ant|y)\b)")
APPEARS_PREDICATE = regex.compile(r"\s+\p{Ll}+(?:ed|ful|ous|ive|ic|al|ble|ent|ant)\b")  # "appeared paralyzed"
NEXT_LOWER_WORD = regex.compile(r"\s+(\p{Ll}+)\b")
# "like" and a determiner opening a noun phrase: "(it seemed) like a futile errand"
LIKE_THEN_NOUN = regex.compile(r"like\s+(?:" + alternation(load_words("noun_only_determiners.txt", lower=True)) + r")\s")
APPEARING_WORDS = load_words("appearing_words.txt", lower=True)  # "appeared together", "appeared again"
# where what an appearance cue reports ends: "seemed uneasy when asked", "appeared safe before the storm"; not
# after a span of time ("four days before the vote")
APPEARANCE_STOP = regex.compile(r"(?<!\b(?:" + alternation(load_words("time_heads.txt", lower=True)) + r"))"
                                r"(?:,\s*|\s+)(?:" + alternation(load_words("appearance_stops.txt", lower=True))
                                + r")\b"
                                r"|(?<!(?<![\p{L}])as\s+\p{L}+|(?<![\p{L}])(?:" + alternation(load_words("appearance_as_heads.txt", lower=True))
                                + r"|be|is|are|was|were|been|being|\p{Ll}+ed)|[,;:])"
                                r"\s+as\s+(?=(?:the|a|an|his|her|its|their|our|he|she|it|they|we)\s)"
                                r"|,\s*(?:as|given)\s+(?=(?:the|a|an|his|her|its|their|our|he|she|it|they|we|that)\s)", regex.IGNORECASE)
SEEMS_BARE = regex.compile(r"\s*,?\s*(?=\p{L})")
# a full stop that ends a sentence, not one after a title's abbreviation or an initial ("by Gov. Tom Reyl")
SENTENCE_STOP = (r"(?<!(?<![\p{L}\p{N}.])(?:" + alternation(load_words("abbreviations.txt")) + r"|\p{Lu}))\.")
# a time after the agent is no part of it: "by Bay Lines last week", "by Mr Reyl Monday" (agent_closing_times.txt)
AGENT_CLOSING_TIME = (r"\s(?:(?:" + spaced(load_lines("agent_closing_times.txt")) + r")(?![\p{L}])|(?:"
                      + weekday_alternation() + r")(?![\p{L}])(?!\s+\p{Lu}))")
# a time after "by", a deadline and no agent: "is expected by Friday", "by May", "by the end of the year", "by next
# week"; not "by the Monday Club" or "by May Lund", a capitalised word after the day or month
AGENT_TIME = (r"(?:(?:" + weekday_alternation() + r"|" + alternation(load_lines("months.txt")) + r")(?![\p{L}])(?!\s+\p{Lu})"
              r"|(?i:" + spaced(load_lines("agent_closing_times.txt")) + r"|tomorrow|noon|midnight"
              r"|(?:next|this)\s+(?:" + alternation(load_words("time_units.txt", lower=True)) + r")"
              r"|the\s+(?:end|start|middle|beginning)\s+of)(?![\p{L}]))")
# an infinitive of purpose after the agent is no part of it: "by the guild to protest against the toll"; not a
# noun's own infinitive ("by the pledge to cut the toll", shell_nouns.txt, cue_nouns_infinitive.txt) nor "to" and a
# determiner ("by Ms Varga to the skippers")
# "to" and a lower-case word that is no determiner: an infinitive ("to protest"), not a place ("to the skippers")
TO_INFINITIVE = r"to\s+(?!(?:" + alternation(load_words("source_determiners.txt", lower=True)) + r")\b)\p{Ll}"
AGENT_PURPOSE = (r"(?<!(?<![\p{L}])(?i:" + alternation(load_words("shell_nouns.txt", lower=True)
                                                       | {row[0] for row in load_table("cue_nouns_infinitive.txt")})
                 + r"))\s" + TO_INFINITIVE)
PASSIVE_AGENT = regex.compile(r"(?:\s+\p{Ll}+ly)?\s+by\s+(?!" + AGENT_TIME + r")(?P<agent>[^,;:“”\"()]{2,80}?)"
                           r"(?=\s*(?:[,;:!?()]|" + SENTENCE_STOP + r"|\Z|\s(?:for|on|in|at|as|after|before|during|over|because|when|who|which|that)\b"
                           r"|\sof\s+\p{Ll}+ing\b|" + AGENT_PURPOSE + r"|" + AGENT_CLOSING_TIME + r"))")
# what the agent blamed or praised the subject for: "was criticized by the skippers for closing the pier",
# "was accused by Ms Varga of hiding the toll"
# "was criticized by the skippers for weeks" is a length of time, not a reason
AGENT_REASON = regex.compile(r"\s+(?=for\s+(?!(?:(?:a|an|the|many|several|\p{N}+|\p{Ll}+ty)\s+)?(?:years?|months?|weeks?|"
                          r"days?|decades?|hours?|while|time|first|second|last)\b)\S|of\s+\p{Ll}+ing\b)")
# a charge inside what PASSIVE_AGENT took for the agent: " of fraud" in "by the Gazette of fraud", a lower-case
# word with no determiner after the word that opens the charge; the agent's last such phrase is the charge
AGENT_CHARGE = {word: regex.compile(r"\s" + word + r"\s+(?!(?:" + alternation(load_words("source_determiners.txt", lower=True))
                                    + r")\b)\p{Ll}") for word in ("of", "with")}
# what the agent takes the subject for: "is seen by the skippers as a lifeline", "as “a lifeline”"
AGENT_AS = regex.compile(r"\s+(?=as\s+(?:[“\"‘]|'')?(?!(?:if|though|well|long|soon|of|part|he|she|it|we|they|I|you)\b)"
                         r"\p{L})")
# the infinitive a listener was told to act on, after the agent: " to stay indoors" in "urged by the council to stay
# indoors"
AGENT_INFINITIVE = regex.compile(r"\s+(?=" + TO_INFINITIVE + r")")
SET_OFF_BEFORE = regex.compile(r"(?<=\p{L}),\s+\Z")  # "The toll bill, opposed by …"
SET_OFF_AFTER = regex.compile(r"\s*,\s")  # "… by the skippers, failed"
SET_OFF_HEADS = frozenset({"the", "this", "that", "these", "those"})
APPOSITIVE_OPENING = regex.compile(r"(?:,|—|–|\s-|--)\s*\Z")  # ", a practice", "— a fact"
# an agent closing a passive's clause: "… as unsafe by the engineers", "… unclean by many traders"; not after a
# participle of its own ("praised for a speech given by Mr Reyl")
TRAILING_AGENT = regex.compile(r"(?<!\p{L}(?:ed|en|de|ld|ilt|un|tten|ought|ade))"
                               r" by (?P<agent>(?:the\s|\p{Lu}|many\s|some\s|most\s|\p{Ll}+s\b)\S*(?:\s\S+){0,6})\Z")
THAT_AHEAD = regex.compile(r"\s+that\s")  # "The mayor's statement that …": the noun's own clause follows
RELATIVE_SUBJECT = regex.compile(r"(?<![\p{L}])(who|which)\s+\Z", regex.IGNORECASE)  # "the toll, which was …"
AS_AFTER = regex.compile(r"\s+as\b")
GIVEN_NOUNS = {noun: cue_class for noun, cue_class in load_table("given_nouns.txt")}  # what one wins from others
# a relative clause after a capitalised name, set off by no comma, tells of the person and names nobody else
RELATIVE_AFTER_NAME = regex.compile(r"(?<=\p{Lu}[\p{L}\p{M}'’\-]*)\s+(?:who|whose|whom)\b")
RECEIVING_VERB_WORDS = load_words("receiving_verbs.txt", lower=True)
RECEIVING_VERBS = alternation(RECEIVING_VERB_WORDS)
RECEIVED = regex.compile(r"(?<![\p{L}])(?:" + RECEIVING_VERBS + r")"
                      r"\s+(?:up\s+)?(?:the|an?)\s+(?:\p{L}+\s+)?\Z", regex.IGNORECASE)
# "won the backing of", "has strong support among", "picked up an endorsement from": the verb, up to three
# words, the noun and its preposition; not "has" right before another such verb, whose own match it would take
# ("has won the backing of")
RECEIVED_NOUN = regex.compile(r"(?<![\p{L}])(?P<verb>" + RECEIVING_VERBS + r")(?!\s+(?:" + RECEIVING_VERBS + r")\b)"
                              r"\s+(?:up\s+)?"
                              r"(?P<gap>(?:[\p{L}\p{N}%’'-]+\s+){0,3}?)(?P<noun>" + alternation(GIVEN_NOUNS)
                              + r")\s+(?:from|of|among)\s+(?=\S)", regex.IGNORECASE)
# "her broad support among", "Ms Varga's backing among": a possessed noun of what one wins from others and "among";
# the possessor, read by ``_possessor``, is what is backed
OWNED_GIVEN_NOUN = regex.compile(r"(?<![\p{L}])(?P<noun>" + alternation(GIVEN_NOUNS) + r")\s+among\s+(?=\S)",
                                 regex.IGNORECASE)
UNDERGONE_NOUNS = {noun: cue_class for noun, cue_class in load_table("undergone_nouns.txt")}  # what one draws
# "has drawn sharp criticism from", "faced criticism.": the verb, up to three words, the noun, then "from" or the end
UNDERGONE_NOUN = regex.compile(r"(?<![\p{L}])(?P<verb>" + alternation(load_words(UNDERGOING_VERBS, lower=True))
                               + r")\s+(?P<gap>(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?)(?P<noun>" + alternation(UNDERGONE_NOUNS)
                               + r")(?:\s+(?P<from>from)\s+(?=\S)|(?=\s*[.;]))", regex.IGNORECASE)
# "… from Mr Reyl about the delays": the agent's words have an object of their own
AGENT_TOPIC = regex.compile(r"\s(?:about|over|for|on|that|to)\s", regex.IGNORECASE)
# "The toll plan angered the skippers": a verb of stirring a feeling before its object
STIRRING_VERB = regex.compile(r"(?<![\p{L}])(?P<verb>" + alternation(load_words("stirring_verbs.txt", lower=True))
                              + r")\s+(?=[\p{L}\p{N}])(?!(?:by|about|with|at|over|that|to|and|or|but|off|up)\b)",
                              regex.IGNORECASE)
STIRRING_MEANS = regex.compile(r"\s+(?:by|with)\s")  # "angered skippers by calling the toll fair": how, not who
# a pronoun that is the whole subject of its sentence: "That rankled the skippers", "But this angered Ms Varga"
PRONOUN_SUBJECT = regex.compile(r"(?:(?:But|And)\s+)?(?P<pronoun>[Tt]hat|[Tt]his|What)\s+\Z")
# what opens a sentence before its subject: a dateline, "But", a quotation mark
LEAD_BEFORE_SUBJECT = regex.compile(r"(?:[^—\n]{0,60}\s[—―–]\s+)?[\s“\"‘']*(?:(?:But|And|Still|Yet)\s+)?")
RELATIVES = frozenset({"which", "that", "who"})
# a relative pronoun that ends an object: "angered the skippers who …"
RELATIVE_AFTER = regex.compile(r",?\s+(?:who|whom|which|that)\b")
# "heard that the ferry was late": a verb of being told, "that" and a word opening its clause
# or the verb closing its sentence, perhaps with its day: "…, the court heard.", "…, a court heard on Tuesday."
LISTENING_VERB = regex.compile(r"(?<![\p{L}])(?P<verb>" + alternation(load_words("listening_verbs.txt", lower=True))
                               + r")(?:(?P<closing>(?=(?:(?:\s+on)?" + AGENT_CLOSING_TIME + r")?[.!?]))"
                               + r"|\s+(?:(?P<that>that\s+)|(?P<how>(?=how\s)))?(?=\p{L}))",
                               regex.IGNORECASE)
# a time phrase read into a subject: "this week Mr Reyl", "prior to Wednesday"
TIME_LEAD = regex.compile(r"(?:(?:earlier|later)\s+)?(?:(?:last|this|next)\s+(?:week|month|year|weekend)"
                          r"|prior\s+to\s+\S+)\s*", regex.IGNORECASE)
IN_PLURAL_NOUNS = "cue_in_nouns_plural.txt"
# "Mr Reyl's rise", "his low standing": the words before "in the polls" are a noun its owner heads
POSSESSED_NOUN_AT_END = regex.compile(r"(?:['’]s?|(?<![\p{L}])(?i:his|her|their|its|our|my|your))(?:\s+\p{Ll}+){1,3}\Z")
AMOUNT_BEFORE = regex.compile(r"(?:\p{N}[\p{N}.,%]*|percentage)\s+\Z")  # "9 points", "percentage points": a noun
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "should", "must", "to"})
TO_AFTER = regex.compile(r"\s+to\s+\p{L}")
# "religion, not money, (seemed)": a subject of up to four words and the one it is set against, right before the cue
CONTRASTED_SUBJECT = EndAnchored.of(r"(?P<head>\p{L}[\p{L}\p{N}'’\-]*(?:\s+\p{L}[\p{L}\p{N}'’\-]*){0,3}),\s+not\s+"
                                    r"[^,;:.!?“”\"()]{1,40},\s*\Z")
ONE_ASIDE = regex.compile(r"\s*,(?:[^,;:]|,(?=\d))+,\s*")  # ", under mounting pressure, "
TO_VERB_AFTER = regex.compile(r"\s+to\s+(\p{L}+)")
# "is reported to have said …", "is said to have once told …", "is reported as having said …", "is said by aides to
# have told …"
TO_HAVE_PARTICIPLE = regex.compile(r"(?:\s+by\s+[^\s,;:.“”\"][^,;:.“”\"]{0,59}?)?\s+(?:to\s+have|as\s+having)(?:\s+(?:" + alternation(load_lines("cue_auxiliaries.txt"))
                                   + r"|\p{Ll}+ly))?\s+(\p{L}+)")
# "was quoted as saying", "was quoted by the Gazette on Monday as saying": an agent or time of up to 60 characters
AS_GERUND_AFTER = regex.compile(r"(?:\s+by\s+[^\s,;:.“”\"][^,;:.“”\"]{0,59}?)?\s+as\s+(\p{Ll}+ing)\b")
QUOTING_PASSIVES = load_words("quoting_passives.txt", lower=True)
# after the cue, a comma, dash or colon ends the clause: "The ferry is expected to dock at noon, the first boat in
# a month"; a participle or a quotation after it is left to the clause's own stops ("…, “on time,” she …")
AFTER_CUE_STOP = regex.compile(r"(?:,(?:[”\"’]|'')?|\s(?:[—―–]|--?)|:)\s+(?!\p{Ll}+ing\b|[“\"‘]|'')")


@frozen
class WordCues:
    """The word cues of a document, by the index of the sentence each starts in, each kind with its reader.

    The kinds are read in the order nouns, noun objects, polls, adverbs.
    """

    kinds: tuple[tuple[dict[int, list[regex.Match]], Callable[..., Quote | None]], ...]

    @classmethod
    def find(cls, text: str, sentences: list[Sentence], cue_classes: frozenset[str]) -> "WordCues":
        starts = [sentence.start for sentence in sentences]
        polls = _in_noun_cues() if "evidence" in cue_classes else None
        lowered = _lowered(text)
        runs = _letter_runs(lowered) if lowered is not None else None  # read once for every word list below
        noun_objects = {noun for noun, _ in _noun_object_cues()[1]}
        return cls(tuple((_by_sentence(pattern, text, starts, words, runs), reader) for pattern, words, reader in (
            (_noun_cues(), _word_classes(NOUN_CUES), _noun_attribution),
            (_noun_object_cues()[0], noun_objects, _noun_object_attribution),
            (_word_cues(NOUN_INFINITIVE_CUES, r"(?=\s+(?:not\s+)?to\s)"), _word_classes(NOUN_INFINITIVE_CUES),
             _noun_infinitive_attribution),
            (RECEIVED_NOUN, RECEIVING_VERB_WORDS, _received_attribution),
            (OWNED_GIVEN_NOUN, frozenset(GIVEN_NOUNS), _owned_given_attribution),
            (UNDERGONE_NOUN, _undergoing_verbs(), _undergone_attribution),
            (STIRRING_VERB, load_words("stirring_verbs.txt", lower=True), _stirred_attribution),
            (LISTENING_VERB, load_words("listening_verbs.txt", lower=True), _heard_attribution),
            (polls, None, _in_noun_attribution),
            (POLL_HAS if polls is not None else None, POLL_HAS_WORDS, _poll_has_attribution),
            (POLL_GIVES if polls is not None else None, POLL_GIVES_WORDS, _poll_gives_attribution),
            (_news_arrival(), _news_heads() | {"it"}, _news_attribution),
            (_news_that(), _news_heads(), _news_that_attribution),
            (_adverb_cues(), None, _adverb_attribution))))


def word_cue_quotes(text: str, sentence: Sentence, index: int, quote_map: QuoteMap, cue_classes: frozenset[str],
                    cues: WordCues) -> Iterator[Quote]:
    """The attributions the word cues of one sentence make."""
    for by_sentence, reader in cues.kinds:
        for found in by_sentence.get(index, ()):
            if found.end() <= sentence.end and (quote := reader(
                    text, found, sentence, index, quote_map, cue_classes)) is not None:
                yield quote


def _by_sentence(pattern: regex.Pattern | None, text: str, starts: list[int], words: Iterable[str] | None,
                 runs: LetterRuns | None) -> dict[int, list[regex.Match]]:
    """The pattern's matches over the whole text, grouped by the sentence each starts in (none without a pattern)."""
    found: dict[int, list[regex.Match]] = {}
    if pattern is None:
        return found
    matches = (pattern.finditer(text) if words is None or runs is None
               else _matches_at_words(pattern, text, words, runs))
    for match in matches:
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0:
            found.setdefault(index, []).append(match)
    return found


# letters other than A-Z and a-z that a case-insensitive pattern matches as one of them: "İ", "ſ", the Kelvin sign
FOLDS_TO_ASCII = frozenset("\u0130\u017f\u212a")


def folds_to_ascii(text: str) -> bool:
    """Whether ``text`` holds a letter of FOLDS_TO_ASCII: one substring search for each of the three, not a set
    made of every character of the text."""
    return any(letter in text for letter in FOLDS_TO_ASCII)


def _lowered(text: str) -> str | None:
    """The text in lower case, offset for offset; None if a letter would fold onto a-z only in the pattern's eyes."""
    return None if folds_to_ascii(text) else text.lower()


@frozen
class LetterRuns:
    """The runs of letters of a lower-cased text, each once and in sorted order, with where each run starts."""

    ordered: list[str]
    starts: dict[str, list[int]]


LETTER_RUN = regex.compile(r"(\p{L}+)")  # kept by ``split``


def _letter_runs(lowered: str) -> LetterRuns:
    """The runs of letters of ``lowered`` (a text lower-cased offset for offset, see ``_lowered``), read once per
    document for all the word lists: "The pier's toll" has the runs "pier", "s", "the" and "toll"."""
    parts = LETTER_RUN.split(lowered)  # [gap, run, gap, run, …, gap]
    offsets = list(accumulate(map(len, parts), initial=0))
    starts: dict[str, list[int]] = {}
    for run, start in zip(parts[1::2], offsets[1::2]):
        starts.setdefault(run, []).append(start)
    return LetterRuns(sorted(starts), starts)


def _matches_at_words(pattern: regex.Pattern, text: str, words: Iterable[str],
                      runs: LetterRuns) -> Iterator[regex.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with one of ``words`` (lower-case
    letters) after no letter (each such pattern opens with a look-behind that no letter stands before it).

    Such a match starts a run of letters that begins with a word, so the
    pattern is tried only at the runs of ``runs`` that begin with one: a
    bisection of the document's sorted runs for each word, not a search of the
    whole text, nor the alternation at every offset.
    """
    offsets = set()
    for word in _openings(frozenset(words)):
        index = bisect.bisect_left(runs.ordered, word)
        while index < len(runs.ordered) and runs.ordered[index].startswith(word):
            offsets.update(runs.starts[runs.ordered[index]])
            index += 1
    end = 0
    for offset in sorted(offsets):
        if offset >= end and (match := pattern.match(text, offset)) is not None:
            end = match.end()
            yield match


@functools.cache
def _openings(words: frozenset[str]) -> tuple[str, ...]:
    """The words that begin with no other of them: where "claims" starts, so does "claim"."""
    return tuple(sorted(word for word in words if not any(word.startswith(other) for other in words - {word})))


@functools.cache
def _word_classes(name: str) -> dict[str, str]:
    """A "word class" table (cue_nouns.txt, cues_adverbs.txt) as a mapping."""
    return {row[0].lower(): row[1] for row in load_table(name)}


def _speech_after_to(text: str, noun: regex.Match, sentence: Sentence) -> bool:
    """A cue of speech or writing is the infinitive after the noun, and reads its own frame: "her decision (to tell
    voters that …)"; not a phrasal cue without its particle ("her decision to open the pier")."""
    return _speech_at_to(text, noun.end(), sentence)


def _speech_at_to(text: str, position: int, sentence: Sentence) -> bool:
    """A cue of speech or writing follows "to" after ``position`` ("… not) to tell voters that …")."""
    verb = _cue_after_to_at(text, position, sentence)
    return verb is not None and cue_lexicon().lookup(verb.group())[1] in ("speech", "writing")


@functools.cache
def _possessed_infinitive_nouns() -> frozenset[str]:
    """The nouns of cue_nouns_infinitive.txt marked "possessed": they report only with a possessor ("her decision")."""
    return frozenset(row[0].lower() for row in load_table(NOUN_INFINITIVE_CUES) if row[2:] == ("possessed",))


@functools.cache
def _word_cues(name: str, after: str) -> regex.Pattern:
    """Any word of the table, as a whole word, followed by what ``after`` asks for."""
    return regex.compile(r"(?<![\p{L}])(?i:" + alternation(_word_classes(name)) + r")" + after)


def is_noun_cue(text: str, position: int) -> bool:
    """A noun of cue_nouns.txt with its clause ahead ("warning that …") starts at ``position``."""
    return _noun_cues(bare=False).match(text, position) is not None


def _noun_cues(*, bare: bool = True) -> regex.Pattern:
    # "her claim that …", "his claim in November that …"; with ``bare``, also "fears the ferry will stop"
    return _word_cues(NOUN_CUES, r"(?=\s*,?\s+(?:that|at|in|on|during|from|by|to|last|this|earlier)\b"
                      + "|" + DAY_THEN_THAT.pattern + "|" + PASSIVE_THEN_THAT.pattern + "|" + GROWING_THEN_THAT.pattern
                      + "|" + PARTICIPLE_ASIDE_THAT.pattern + ("|" + BARE_CLAUSE if bare else "") + ")")


# "Concerns have been raised that …", "Claims were made that …": a passive of making the noun's statement, then
# its clause
PASSIVE_THEN_THAT = regex.compile(r"\s+(?:(?:have|has|had)\s+been|were|was|are|is)\s+(?:(?-i:\p{Ll}+ly)\s+)?(?:"
                                  + alternation(load_words("statement_making_pasts.txt", lower=True)) + r")\s+that\b")
# "Fears are growing that …", "Concern is mounting that …": the noun grows, then its clause
GROWING_THEN_THAT = regex.compile(r"\s+(?:(?:are|is|were|was|(?:have|has|had)\s+been)\s+)?(?:"
                                  + alternation(load_words("noun_growth_verbs.txt", lower=True)) + r")\s+that\b")
DAY_THEN_THAT = regex.compile(r"\s+(?:" + weekday_alternation() + r")\s+that\b")  # "her claim Monday that …"
ADVERB_OPENING_COMMA = regex.compile(r",\s+")  # "Reportedly, the pier …": the adverb set off before its clause


def _takes_clause(word: str) -> bool:
    """Whether ``word`` is a form of a cue that takes a bare clause: "said", "told", "believes"."""
    return cue_lexicon().forms.get(word.lower(), ("", ""))[0] in frames().bare


def _adverb_cues() -> regex.Pattern:
    return _word_cues(ADVERB_CUES, r"(?![\p{L}])")


def _in_subject(text: str, sentence: Sentence, position: int) -> bool:
    """The word at ``position`` stands in the sentence's subject (near its start, no verb before its noun phrase) or
    in the subject of a "whose" relative ("Ms Varga, whose warning that the pier could collapse went unheeded")."""
    if WHOSE_BEFORE.search(text, max(sentence.start, position - 40), position) is not None:
        return True
    start = _main_clause_start(text, sentence, position)
    # "Her repeated claim", "The mayor's long-held view": a possessive's one modifier is no verb
    possessed = POSSESSED_MODIFIER.search(text, max(start, position - 40), position) or \
        ADVERBED_POSSESSED.search(text, max(start, position - 60), position)
    head_start = possessed.start("modifier") if possessed is not None and possessed.group("modifier") else position
    return position - start <= SUBJECT_REACH and not verb_positions(text, start, head_start, s_forms=False)


def _main_clause_start(text: str, sentence: Sentence, position: int) -> int:
    """Where the main clause that holds ``position`` begins: after the first comma when a subordinate clause opens
    the sentence and closes there ("As the storm hit the pier, Ms Varga's criticism of the toll …"), else at the
    sentence's start."""
    comma = first_comma(sentence)
    if comma < position and SUBORDINATE_OPENING.match(text, sentence.start, comma) is not None:
        return comma + 1
    return sentence.start


NAME_BEFORE = EndAnchored.of(r"(?<=\p{L}\s+)\p{Lu}[\p{Ll}\-]+\s+\Z")  # "The Gazette ", "Mr Reyl ": not the first word
SINGULAR_SUBJECTS = frozenset({"he", "she", "it"})  # "she hopes", "it claims": the word in -s after them is a verb


def _noun_attribution(text: str, noun: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                      cue_classes: frozenset[str]) -> Quote | None:
    """"the mayor's claim that the pier is safe": the clause, and the possessor as its source."""
    cue_class = _word_classes(NOUN_CUES)[noun.group().lower()]
    if cue_class not in cue_classes or quote_map.around(noun.start()) is not None:
        return None
    if (noun.start() == sentence.start and noun.group().lower().endswith("ing")
            and cue_lexicon().lookup(noun.group().lower()) is not None and first_comma(sentence) < sentence.end):
        return None  # "Warning that the pier was unsafe, the harbour master resigned": the participle, read as a verb
    if noun.group().endswith("s") and word_before(text, sentence.start, noun.start()) in SINGULAR_SUBJECTS:
        return None  # "the ferry she hopes to run …": a verb in -s after its subject, no noun
    if (cue_lexicon().third_person(noun.group().lower())
            and NAME_BEFORE.search(text, max(sentence.start, noun.start() - 40), noun.start()) is not None):
        return None  # "The Gazette claims that …": a verb in -s after a name, its subject
    window = near(noun.end(), sentence.end)
    that = (THAT.match(text, noun.end(), window) or PHRASE_THEN_THAT.match(text, noun.end(), window)
            or DAY_THEN_THAT.match(text, noun.end(), window)  # "his claim Monday that …": the day it was made
            or PASSIVE_THEN_THAT.match(text, noun.end(), window)  # "Concerns have been raised that …"
            or GROWING_THEN_THAT.match(text, noun.end(), window)  # "Fears are growing that …"
            or PARTICIPLE_ASIDE_THAT.match(text, noun.end(), window))
    bare = None
    if that is not None:
        start = that.end()
    elif (NOUN_BEFORE_BARE_CLAUSE.search(text, max(sentence.start, noun.start() - 40), noun.start()) is not None
          and (bare := BARE_CLAUSE_AFTER.match(text, noun.end(), window)) is not None):
        start = bare.start("subject")  # "there are fears the ferry will stop", "amid claims the pier was sold"
    else:
        return None
    content = clause_from(text, start, sentence, quote_map)
    if content is not None and (_gap_before_verb(text, content) or _made_without_object(text, content)
                                or object_gap(text, content)):
        return None  # "the assurances that Mr Reyl gives are worthless": a relative clause on the noun
    opening = _within_opening(text, sentence, noun, content, quote_map)
    subjunctive = False  # "that the board resign": a plain verb, the clause's own
    cut = False  # the clause ends before the sentence's main verb
    if opening is not None:
        content = opening  # "Despite complaints that the toll is high, the skippers stayed"
    elif content is not None and _in_subject(text, sentence, noun.start()):
        # the noun is in the subject: "Her claim that the pier is safe was false" ends before "was false";
        # a word in -s is a noun there ("that the fares would not rise were ignored")
        groups = verb_groups(text, content.start, content.end, s_forms=False)
        if len(groups) < 2 and (passive := SUBJUNCTIVE_PASSIVE.search(text, content.start, content.end)) is not None:
            groups = [content.start, passive.end()]  # "that the pier be closed angered skippers": one run to verb_groups
        if len(groups) == 1 and noun.group().lower() in load_words("subjunctive_nouns.txt", lower=True) \
                and _subjunctive_verb_before(text, content.start, groups[0]):
            groups = [content.start, groups[0]]  # "that the board resign was met with silence": "was" is the main verb
            subjunctive = True
        if len(groups) == 1 and (unchanged := _unchanged_past_after(text, groups[0], content.end)) is not None:
            groups = [groups[0], unchanged]  # "that the pier was safe spread quickly": "spread" is the main verb
        if len(groups) == 1 and (linking := _linking_verb_after(text, groups[0], content.end)) is not None:
            groups = [groups[0], linking]  # "that the ferry might be saved now looks forlorn": "looks" is the main verb
        if len(groups) >= 2:
            content = before_verb(text, content, _main_verb_group(text, content.start, groups))
            # "Her claim that fares would rise went unheeded": a possessor's claim holds a short clause, while "The
            # claim that he would make was false" is a relative clause on the noun
            cut = _possessor(text, sentence, noun.start()) is not None
            if object_gap(text, content):
                return None  # "His claim that he could not prove was dropped": the claim is what he could not prove
    elif content is not None and IT_CLEFT.fullmatch(text, sentence.start, noun.start()) is not None:
        content = _before_cleft_relative(text, content)
    if content is None or len(words := content.text.split()) < (3 if opening or subjunctive or cut else 4) or not (
            has_verb(content.text) or subjunctive or opening and words[0].lower() in frames().pronouns):
        return None  # "the statement that he made (was short)": a relative clause; "that they distort the vote, …"
    if bare is not None and _relative_on_noun(text, bare, content):
        return None
    source = _noun_source(text, sentence, noun.start(), noun.end())
    return make_quote((content,), Span.of(text, noun.start(), noun.end()), source, None, cue_class, index, quote_map)


def _main_verb_group(text: str, start: int, groups: list[int]) -> int:
    """The run of verbs past a subject clause's own that starts the sentence's main verb: not a run after "and" or
    "or", which goes on the clause's predicate, when a later run follows ("that the pier is old and would close
    was news": "was")."""
    return next((group for group in groups[1:-1] if word_before(text, start, group) not in ("and", "or")),
                groups[-1] if word_before(text, start, groups[1]) in ("and", "or") else groups[1])


def _before_cleft_relative(text: str, content: Span) -> Span | None:
    """"It was Ms Varga's warning that the pier could collapse that alarmed skippers": the clause ends before the
    cleft's "that" or "who", the first after the clause's own verb."""
    verbs = verb_positions(text, content.start, content.end)
    relative = CLEFT_RELATIVE.search(text, verbs[0], content.end) if verbs else None
    return content if relative is None else trimmed(text, content.start, relative.start())


def _relative_on_noun(text: str, bare: regex.Match, content: Span) -> bool:
    """A clause with no "that" after a noun that is a relative clause on it: a modal's verb with nothing after it
    ("The claims the council would make were false"), or a subject with a verb of its own ("The hopes the skippers
    had are gone")."""
    after = len(text[bare.end():near(bare.end(), content.end)].split(maxsplit=2))  # none, one or more words
    return (after < (1 if bare.group("verb") in frames().be_forms else 2)
            or has_verb_between(text, bare.start("subject"), bare.end("subject"), s_forms=False))


def _within_opening(text: str, sentence: Sentence, noun: regex.Match, content: Span | None,
                    quote_map: QuoteMap) -> Span | None:
    """"Despite complaints that they distort the vote, the skippers …": a noun's clause in the sentence's opening
    phrase, no comma before the noun, ends where the main clause begins; None when it does not end earlier."""
    if content is None or quote_map.around(content.start) is not None or first_comma(sentence) < noun.start():
        return None
    opening = within_opening_clause(text, sentence, noun.start(), content, quote_map)
    return opening if opening.end < content.end else None


RELATIVE_ASIDE = regex.compile(r",\s+(?:who|which)\b")  # ", which skippers welcomed,"
JOINED_RELATIVE = regex.compile(r",?\s+(?:and|but)\s+(?:who|which)\b")  # "… and who has since …"


def _noun_infinitive_attribution(text: str, noun: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                                 cue_classes: frozenset[str]) -> Quote | None:
    """"the mayor's promise to reopen the pier": the infinitive, and the possessor as its source."""
    cue_class = _word_classes(NOUN_INFINITIVE_CUES)[noun.group().lower()]
    if cue_class not in cue_classes or quote_map.around(noun.start()) is not None:
        return None
    if not DETERMINER_BEFORE.search(text, max(sentence.start, noun.start() - 40), noun.start()) and not (
            noun.group().endswith("s") and PREPOSITION_BEFORE.search(text, max(sentence.start, noun.start() - 40),
                                                                     noun.start())):
        return None  # "Ms Varga promises to reopen the pier": a verb, read by its frame
    if noun.group().lower() in _possessed_infinitive_nouns() and (
            _possessor(text, sentence, noun.start()) is None or _speech_after_to(text, noun, sentence)):
        return None  # "the decision to close the pier": nobody's choice; "her decision to tell voters that …": told
    if noun.group().lower() in _possessed_infinitive_nouns() and (
            owner := POSSESSIVE_BEFORE.search(text, max(sentence.start, noun.start() - 60), noun.start())) is not None \
            and not frames().prepositions.isdisjoint(owner.group().lower().split()[1:]):
        return None  # "Ms Varga's equal in proposals to …": the possessive holds another noun, before a preposition
    if (noun.group().lower() in _possessed_infinitive_nouns() and cue_lexicon().third_person(noun.group().lower())
            and POSSESSIVE_RIGHT_BEFORE.search(text, max(sentence.start, noun.start() - 20), noun.start()) is None):
        return None  # "his campaign hopes to win": a verb in -s after its subject; "Ms Varga's hopes to win" a noun
    verb = INFINITIVE_AFTER.match(text, noun.end(), near(noun.end(), sentence.end))
    f = frames()
    if verb is None or (word := verb.group("verb")) in f.noun_markers or word in f.pronouns or word in f.prepositions \
            or (word.endswith("s") and not word.endswith("ss")):
        return None  # "a call to arms", "a promise to the skippers"
    if verb.group("to") != "to" and _speech_at_to(text, verb.start("to") + len("not"), sentence):
        return None  # "her decision not to tell voters that …": the verb of speech reads its own frame
    content = infinitive_from(text, verb.start("to"), sentence, quote_map)
    if content is not None and _in_subject(text, sentence, noun.start()):
        # "Her promise to reopen the pier was broken" ends before "was broken"; an -ed word before a noun
        # is its adjective when another verb follows ("to deport 11 million undocumented people, … has")
        groups = verb_groups(text, verb.end(), content.end, s_forms=False)
        if len(groups) >= 2 and ADJECTIVE_ED.match(text, groups[0], near(groups[0], len(text))):
            groups = groups[1:]
        content = before_verb(text, content, groups[0]) if groups else content
        if content is not None and (aside := RELATIVE_ASIDE.search(text, content.start, content.end)) is not None:
            # "The mayor's promise to scrap the toll, which skippers welcomed, was broken": the aside is cut with
            # its verb, its opening too
            content = trimmed(text, content.start, aside.start()) or content
    if content is not None and (joined := JOINED_RELATIVE.search(text, content.start, content.end)) is not None:
        # "elected on a promise to scrap the toll and who has since …": a second relative on the source
        content = trimmed(text, content.start, joined.start()) or content
    if content is not None and (main := COMMA_AUXILIARY.search(text, content.start, content.end)) is not None \
            and quote_map.around(main.start()) is None:
        # "Critics of the toll, and his call to close the pier, could sink the plan": the main verb after the comma
        content = trimmed(text, content.start, main.start())
    if content is not None and quote_map.around(content.start) is None:
        # "As Mr Reyl renewed his call to close the pier, the skippers …": the main clause is the writer's
        content = within_opening_clause(text, sentence, noun.start(), content, quote_map)
        # "Ms Varga, who was elected on a promise to scrap the toll, said …": the relative ends before the main verb
        content = within_relative(text, content, quote_map)
    if content is None or len(content.text.split()) < 3:
        return None
    source = _noun_source(text, sentence, noun.start(), noun.end())
    return make_quote((content,), Span.of(text, noun.start(), noun.end()), source, None, cue_class, index, quote_map)


def _gap_before_verb(text: str, content: Span) -> bool:
    """"Mr Reyl gives are worthless": the first verb is in -s, after a name, and a form of "be" follows it; or "the
    council published (on Monday) said …": the first verb, no auxiliary, before a cue's finite form, the sentence's
    verb, with only adverbials between."""
    verbs = verb_positions(text, content.start, content.end)
    if verbs and (first := WORD.match(text, verbs[0])) is not None and first.group().lower() not in frames().auxiliaries:
        after = past_adverbials(text, first.end(), len(text))  # "published on Monday said"
        if (following := WORD.match(text, after + 1)) is not None and text[after:after + 1] == " " \
                and following.group().lower() in cue_lexicon().finite_forms:
            return True
    if not verbs or verbs[0] in verb_positions(text, content.start, content.end, s_forms=False):
        return False
    before = text[content.start:verbs[0]].split()
    if not before or not (before[-1][:1].isupper() or before[-1].lower() in ("he", "she", "it")):
        return False  # "the fares would rise": a plural noun, not a verb after its named subject
    first = WORD.match(text, verbs[0])
    following = WORD.search(text, first.end(), content.end) if first else None
    return following is not None and following.group().lower() in ("is", "are", "was", "were")


SUBJUNCTIVE_PLAIN_VERB = regex.compile(r"(?:he|she|it|I|we|they|(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}'’\-]+\s+){0,2}?"
                                    r"(?!(?:the|a|an|his|her|their|its)\s)[\p{L}'’\-]+)\s+(?:not\s+)?(?:" + alternation(
                                        load_words("subjunctive_plain_verbs.txt", lower=True)) + r")\b")


def _subjunctive_verb_before(text: str, start: int, verb: int) -> bool:
    """"that the board resign (was met)", "that Mr Reyl step down (angered …)": a subject of up to four words, then a
    plain verb of `subjunctive_plain_verbs.txt` opening the words before the verb group at ``verb``."""
    return SUBJUNCTIVE_PLAIN_VERB.match(text, start, verb) is not None


def _unchanged_past_after(text: str, start: int, end: int) -> int | None:
    """Where a past spelt like its base form (unchanged_pasts.txt) starts after the clause's verb, after a word that
    is no auxiliary, negation, determiner, preposition or "to": "safe spread quickly"; not "would cut", "a hit"."""
    f, unchanged = frames(), load_words("unchanged_pasts.txt", lower=True)
    previous = ""
    for word in WORD.finditer(text, start, end):
        lowered = word.group().lower()
        if (lowered in unchanged and previous and previous not in f.auxiliaries
                and previous not in f.negations and previous not in f.noun_markers and previous not in f.prepositions
                and previous != "to"):
            return word.start()
        previous = lowered
    return None


def _linking_verb_after(text: str, start: int, end: int) -> int | None:
    """Where a linking verb in -s of linking_verbs_in_s.txt starts after the clause's verb, with an adverb of
    main_verb_adverbs.txt before it, after a word that is no joint, pronoun, relative or determiner: "might be saved
    now looks forlorn" -> at "now"; not "a wreck that looks unsafe"."""
    f, linking = frames(), load_words("linking_verbs_in_s.txt", lower=True)
    adverbs = load_words("main_verb_adverbs.txt", lower=True)
    previous, adverb = "", None
    for word in WORD.finditer(text, start, end):
        lowered = word.group().lower()
        if (lowered in linking and previous and previous not in ("and", "or", "but", "nor", "that", "which", "who")
                and previous not in f.pronouns and previous not in f.noun_markers):
            return word.start() if adverb is None else adverb
        adverb = (word.start() if adverb is None else adverb) if lowered in adverbs else None  # "now still looks"
        previous = lowered
    return None


def _made_without_object(text: str, content: Span) -> bool:
    """"he made on Monday", "the mayor read out": a verb of statement_making_pasts.txt, past a particle, with no
    object after it (the clause's end, a preposition, an auxiliary or a time word next): a relative clause on the
    noun."""
    words = [word.lower() for word in text[content.start:near(content.start, content.end)].split()][:6]
    verb = next((i for i, word in enumerate(words) if word in _statement_making_pasts()), None)
    f = frames()
    if verb is None or verb == 0 or words[verb - 1] in f.auxiliaries:
        return False  # "that he would be put in charge": a passive has no object to miss
    rest = words[verb + 1:]
    if rest and rest[0] in load_words("statement_making_particles.txt"):
        rest = rest[1:]
    return not rest or rest[0] in f.prepositions or rest[0] in f.auxiliaries or rest[0] in load_words(
        "objectless_time_words.txt")  # "that the mayor read out was short": the main verb next


def object_gap(text: str, content: Span) -> bool:
    """"he could not prove", "the board later withdrew": a verb of object_gap_verbs.txt after its subject, not
    after a form of "be", with no object after it (the clause's end, a preposition or a time word next): a
    relative clause whose object is the noun, no report; "that the permit was denied", "that he had nothing to
    prove" and "that he could prove it" still report."""
    words = [word.lower() for word in text[content.start:near(content.start, content.end)].split()][:8]
    verb = next((i for i, word in enumerate(words) if word in object_gap_verbs()), None)
    f = frames()
    if verb is None or verb == 0 or words[verb - 1] in f.be_forms or words[verb - 1] in ("get", "got", "gets", "to"):
        return False  # "that the permit was denied", "that he had nothing to prove": no gap
    if words[0] in f.subordinators or any(word.endswith(",") for word in words[:verb]):
        return False  # "that if the board does not deny it, …": the verb of a clause set before the content's own
    rest = words[verb + 1:]
    return not rest or rest[0] in f.prepositions or rest[0] in load_words("objectless_time_words.txt")


@functools.cache
def object_gap_verbs() -> frozenset[str]:
    """Verbs that always take an object (``object_gap_verbs.txt``): without one, a relative clause left it out."""
    return load_words("object_gap_verbs.txt", lower=True)


@functools.cache
def _statement_making_pasts() -> frozenset[str]:
    return load_words("statement_making_pasts.txt", lower=True)


def _possessor(text: str, sentence: Sentence, noun_start: int) -> Span | None:
    """"the mayor's (repeated) claim" -> "the mayor"; "his claim" -> "his"; the nearer of two ("That's her stance"
    -> "her"); else None, also after a contracted "is" or "has" ("There's talk of", "It's a rejection of")."""
    owner = POSSESSIVE_BEFORE.search(text, max(sentence.start, noun_start - 60), noun_start)
    for _ in range(2):  # at most two words stand between the possessive and the noun
        nearer = POSSESSIVE_BEFORE.search(text, owner.start() + 1, noun_start) if owner is not None else None
        if nearer is None:
            break
        owner = nearer
    if owner is None:
        return None
    if owner.group("pronoun"):
        return Span.of(text, *owner.span("pronoun"))
    if word_before(text, sentence.start, owner.start()) in _contracting_words():
        return None  # "There's talk of a strike": "is", no possessive
    phrase = noun_phrase_before(text, sentence.start, owner.start())
    told = TOLD_OF.match(phrase.text) if phrase is not None else None
    return Span.of(text, phrase.start + told.end(), phrase.end) if told is not None else phrase  # "News of Ms Varga"


@functools.cache
def _contracting_words() -> frozenset[str]:
    """Words whose "'s" is "is" or "has", never a possessive: pronouns ("he's", "it's"), "there", "what"."""
    f = frames()
    return f.pronouns | f.seeming_subjects


def _noun_source(text: str, sentence: Sentence, noun_start: int, noun_end: int) -> Span | None:
    """Who holds the claim of a noun cue: its possessor ("the mayor's claim"), the agent after "from"
    ("criticism from the skippers that …"), or the subject whose verb takes the noun as its object
    ("Ms Varga made an impassioned call for …")."""
    if (owner := _possessor(text, sentence, noun_start)) is not None:
        return _own_act_holder(text, sentence, owner, noun_start) or owner
    agent = FROM_AGENT.match(text, noun_end, near(noun_end, sentence.end))
    if agent is not None and plausible_source(agent.group("agent")) and not any(
            word in cue_lexicon().finite_forms for word in agent.group("agent").lower().split()):
        # "criticism from the skippers that …"; not "Claims from the mayor suggested that …", a verb's subject
        return Span.of(text, *agent.span("agent"))
    if (purpose := _held_in(text, sentence, noun_start, noun_end)) is not None:
        # "The council shut the pier in the hope that …", "The skippers rallied in support of the toll": the hope or
        # stance is the clause's subject's
        subject = _relative_subject(text, sentence, purpose.start()) or \
            broken_clause_subject(text, sentence.start, purpose.start()) or \
            sentence_subject(text, sentence.start, purpose.start())
        if subject is None or not plausible_source(subject.text) or not text[subject.end:purpose.start()].strip():
            return None  # "The odds in favor of the ferry": "in" opens the noun's own phrase, no act of the subject
        return subject
    if _in_subject(text, sentence, noun_start):
        return None
    return _object_of_subject(text, sentence, noun_start)


def _relative_subject(text: str, sentence: Sentence, position: int) -> Span | None:
    """The subject of a relative clause set off by a comma that ``position`` stands in, when it has one of its own:
    "Mr Reyl, who many skippers had backed in the hope of …" -> "many skippers"; None in "Mr Reyl, who rallied …"
    or outside such a clause."""
    relative = SET_OFF_RELATIVE.search(text, max(sentence.start, position - 200), position)
    if relative is None or "," in text[relative.end():position]:
        return None
    subject = sentence_subject(text, relative.end(), position)
    return subject if subject is not None and subject.start > relative.end("relative") \
        and plausible_source(subject.text) else None


@functools.cache
def _own_act_verb() -> EndAnchored:
    """A form of a verb of `own_act_verbs.txt`, perhaps with a particle of `own_act_particles.txt`, ending right
    before a possessive: "stepped up (her)", "continued (his)"."""
    forms = set()
    for lemma, *listed in load_table("own_act_verbs.txt"):
        forms.update(form.lower() for form in (lemma, *(listed or inflect(lemma))))
    particles = alternation(sorted(load_words("own_act_particles.txt", lower=True)))
    return EndAnchored.of(r"(?<![\p{L}])(?i:" + alternation(sorted(forms)) + r")(?:\s+(?i:" + particles + r"))?\s+\Z")


def _own_act_holder(text: str, sentence: Sentence, owner: Span, noun_start: int) -> Span | None:
    """"Ms Varga stepped up her attacks on the toll": a possessive pronoun right after a verb of
    `own_act_verbs.txt` owns an act of the verb's subject, who is the source; None for any other possessor, or
    when the subject is not found."""
    if owner.text.lower() not in load_words("possessive_determiners.txt", lower=True) or \
            _own_act_verb().search(text, max(sentence.start, owner.start - 40), owner.start) is None:
        return None
    subject = _object_of_subject(text, sentence, noun_start)
    return subject if subject is not None and subject.end <= owner.start else None


def _held_in(text: str, sentence: Sentence, noun_start: int, noun_end: int) -> regex.Match | None:
    """The "in" before a noun of purpose_nouns.txt ("in the hope that") or a noun and preposition of
    cue_nouns_prep_in.txt ("in strong support of"); None when there is none or the noun is neither."""
    noun = text[noun_start:noun_end].lower()
    if noun.split()[0] in load_words(PURPOSE_NOUNS, lower=True):  # "in the hope that", "in the hope of"
        return PURPOSE_BEFORE.search(text, max(sentence.start, noun_start - 12), noun_start)
    if tuple(noun.split()) in _noun_pairs(IN_NOUN_CUES):
        return STANCE_IN_BEFORE.search(text, max(sentence.start, noun_start - 30), noun_start)
    return None


def _object_of_subject(text: str, sentence: Sentence, noun_start: int) -> Span | None:
    """"Ms Varga delivered a forceful promise", "he drew sharp criticism": the verb's subject, when only a few
    lower-case words stand between the verb and the noun."""
    opening = CLAUSE_OPENING.search(text, max(sentence.start, noun_start - 200), noun_start)
    start = opening.end() if opening is not None else sentence.start
    if (participle := PARTICIPLE_BEFORE_NOUN.search(text, max(start, noun_start - 80), noun_start)) is not None:
        return _participle_holder(text, sentence, start, participle, noun_start)
    window = max(start, noun_start - OBJECT_VERB_WINDOW)  # a long sentence's nouns read no more than a short one's
    groups = [g for g in verb_groups(text, window, noun_start, s_forms=False)
              if text[max(start, g - 6):g].split()[-1:] not in (["a"], ["an"], ["the"])]  # "an impassioned call"
    if not groups:
        return None
    verb_start = groups[-1]
    while verb_start > start and text[verb_start - 1].isalpha():
        verb_start -= 1  # a run found at its "n't" begins at "doesn't"
    verb = WORD.match(text, verb_start)
    between = text[verb.end():noun_start].split() if verb is not None else []
    contraction = ""
    if between[:1] in (["'t"], ["’t"]):
        contraction, between = between[0], between[1:]  # "doesn't mince words about": the verb's negation
    if verb is None or len(between) > OBJECT_GAP or not all(_modifier_word(word) for word in between):
        return None
    if not _undergoing_verbs().isdisjoint([verb.group().lower(), *between]):
        # "Ms Varga faced questions about …", "has faced", "did not answer questions about …": the target
        return None
    if verb.group().lower() in frames().be_forms and between[:1] and between[0].endswith("ed"):
        return None  # "Mr Reyl was asked questions about the sale": a passive's subject was asked, it asked nothing
    if verb.group().lower() in load_words(HEEDING_VERBS, lower=True):
        return None  # "The council heeded the warning that …", "investigated claims that …": someone else's words
    if _negated_silent_verb(verb.group() + contraction, between):
        # "Mr Sand would not confirm reports that …", "could not find claims that …", "didn't find claims that …": not
        # borne out
        return None
    if between[:1] == ["on"] and verb.group().lower() in load_words("outing_verbs.txt", lower=True):
        between = between[1:]  # "went on a rant about …": the subject's own outing
    elif ((campaign := _campaign_on(verb.group(), between)) and (noun := WORD.match(text, noun_start)) is not None
          and noun.group().lower() in load_words("campaign_promises.txt", lower=True)):
        between = between[campaign:]  # "campaigned on a promise to cut the toll": the campaigner's own promise
    if any(word in frames().prepositions and word not in OBJECT_PREPOSITIONS for word in between):
        return None  # "resigned after reports about …": the noun is no object of the verb
    adverbs = ADVERBS_AFTER_SUBJECT.search(text, max(start, verb_start - 40), verb_start)
    found = source_before(text, start, adverbs.start() if adverbs is not None else verb_start)
    if found is None and start == sentence.start:
        # "Ms Varga left the meeting and voiced concerns about …": the subject of the first verb
        joined = fallback_source(text, sentence, Span.of(text, verb_start, verb.end()))
        found = (joined, joined.start) if joined is not None else None
    elif (found is None or ADVERBS_AFTER_SUBJECT.fullmatch(" " + found[0].text)) and opening is not None \
            and opening.group().strip(" ,").lower() in ("and", "but") and opening.start() > sentence.start:
        # "The harbour master backed Ms Varga but also has praise for …": the verb joined after "but" has no subject
        # of its own, so the clause's before the joint holds the noun
        joined = clause_subject(text, sentence.start, opening.start())
        found = (joined, joined.start) if joined is not None else None
    if found is None or found[0].text.lower() == "there" or not plausible_source(found[0].text):
        return None  # "There is a good argument that …": nobody's
    if verb.group().lower() in frames().be_forms and found[0].text.split()[0].lower().endswith("ing"):
        return None  # "Adding to the worry was a rumour that …": an inverted sentence's opening phrase is nobody
    return found[0]


def _campaign_on(verb: str, between: list[str]) -> int:
    """How many of the words ``between`` a verb group and its noun belong to a verb of campaign_verbs.txt and its
    "on", the verb's own ("campaigned on": 1) or after an auxiliary ("is campaigning on", "had campaigned on": 2);
    0 when there is none."""
    campaigning = load_words("campaign_verbs.txt", lower=True)
    if between[:1] == ["on"] and verb.lower() in campaigning:
        return 1
    if verb.lower() in frames().auxiliaries and len(between) > 1 and between[1] == "on" \
            and between[0].lower() in campaigning:
        return 2
    return 0


NEGATION_WORDS = frozenset({"not", "never", "n't", "n’t", "cannot"})


def _negated_silent_verb(verb: str, between: list[str]) -> bool:
    """A negated verb group whose last verb is a cue of cues_negated_silent.txt: "would not confirm", "could not
    find", "didn't know"; the noun of saying it takes has no holder, as the cue itself reports nothing."""
    words = [verb.lower(), *(word.lower() for word in between)]
    if not any(word in NEGATION_WORDS or word.endswith(("n't", "n’t")) for word in words):
        return False
    lexicon, silent = cue_lexicon(), frames().negated_silent
    return any((entry := lexicon.lookup(word)) is not None and entry[0] in silent for word in words)


def _modifier_word(word: str) -> bool:
    """A lower-case word between a verb and the noun it takes, hyphenated or counted too: "an hour-long rant",
    "a 95-minute speech"."""
    return word.replace("-", "").isalnum() and not any(letter.isupper() for letter in word)


def _participle_holder(text: str, sentence: Sentence, start: int, participle: regex.Match,
                       noun_start: int) -> Span | None:
    """"Aides held calls with the council, starting talks about …": the noun is the object of a participle set off
    after its clause, and is held by that clause's subject, with the checks of a finite verb's object."""
    between = text[participle.end("verb"):noun_start].split()
    words = [participle.group("verb").lower(), *between]
    if (not _undergoing_verbs().isdisjoint(words) or words[0] in load_words(HEEDING_VERBS, lower=True)
            or any(word in frames().prepositions and word not in OBJECT_PREPOSITIONS for word in between)):
        return None  # ", facing questions about …": the target
    subject = clause_subject(text, start, participle.start())
    return subject if subject is not None and plausible_source(subject.text) else None


@functools.cache
def _undergoing_verbs() -> frozenset[str]:
    return frozenset(load_words(UNDERGOING_VERBS, lower=True))


@functools.cache
def _noun_object_cues() -> tuple[regex.Pattern, dict[tuple[str, str], str]]:
    """The nouns of cue_nouns_prep.txt, cue_agent_nouns.txt and cue_nouns_prep_possessed.txt with their
    prepositions, and each pair's class."""
    rows = {(noun.lower(), preposition.lower()): cue_class
            for name in (NOUN_OBJECT_CUES, AGENT_NOUN_CUES, POSSESSED_NOUN_CUES, IN_NOUN_CUES, OPENING_NOUN_CUES)
            for noun, preposition, cue_class in load_table(name)}
    pairs = "|".join(regex.escape(noun) + r"\s+" + regex.escape(preposition) for noun, preposition in sorted(rows))
    return regex.compile(r"(?<![\p{L}])(?i:" + pairs + r")(?![\p{L}])"), rows


@functools.cache
def _noun_object_nouns() -> regex.Pattern:
    """The nouns of :func:`_noun_object_cues` alone, shared openings read once: a pair can match only where one of
    them does ("questions" in "questions about"), and this pattern tries far fewer branches than the pairs'."""
    return regex.compile(r"(?i:" + prefix_alternation(noun for noun, _ in _noun_object_cues()[1]) + r")")


@functools.cache
def _second_stance() -> regex.Pattern:
    """"and his promise", ", and her repeated calls": "and", a possessive determiner, up to two modifiers and a noun
    of saying or stance (cue_nouns.txt, cue_nouns_infinitive.txt and the noun tables with a preposition; not the
    people of cue_agent_nouns.txt: "Mr Reyl and his supporters"), opening a second stance after a noun cue's object."""
    nouns = {row[0].lower() for name in (NOUN_CUES, NOUN_INFINITIVE_CUES) for row in load_table(name)}
    nouns |= {noun for noun, _ in _noun_object_cues()[1]} - {noun for noun, _ in _noun_pairs(AGENT_NOUN_CUES)}
    return regex.compile(r"(?:\s*,)?\s+and\s+(?i:" + alternation(sorted(POSSESSIVES)) + r")\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}?"
                         r"(?i:" + prefix_alternation(sorted(nouns)) + r")(?![\p{L}])")


@functools.cache
def _placed_stance_pairs() -> frozenset[tuple[str, str]]:
    """The pairs that report only after "in" or opening the sentence, unless a possessor may hold them too."""
    return (_noun_pairs(IN_NOUN_CUES) | _noun_pairs(OPENING_NOUN_CUES)) - _noun_pairs(POSSESSED_NOUN_CUES)


@functools.cache
def _noun_pairs(name: str) -> frozenset[tuple[str, str]]:
    """The (noun, preposition) pairs of one noun-cue table, lower-cased: `cue_agent_nouns.txt` -> ("critic", "of"), …"""
    return frozenset((noun.lower(), preposition.lower()) for noun, preposition, _ in load_table(name))


def _modifiers(barred: str) -> str:
    """Up to four words before a noun, closing the text, none of the alternation ``barred``."""
    return r"(?:(?!(?i:" + barred + r")\s)[\p{L}\p{N}’'\-]+\s+){0,4}\Z"


def _agent_copula() -> regex.Pattern:
    """A copula, perhaps an adverb, an optional article and up to four modifiers, none a preposition (after "'s" none
    an article either), of the noun that follows: "has been a vocal ", "is perhaps the harbour council's most
    outspoken ", "’s a ", "are vocal ", "were among the earliest ", "has emerged this year as a leading "."""
    copulas = alternation(load_words("be_forms.txt", lower=True) | load_words("stance_copulas.txt", lower=True))
    prepositions = alternation(frames().prepositions)
    emerged = r"emerged(?:\s+(?!from\b)[\p{L}\p{N}]+){0,5}?\s+as"  # "emerged over the last year as", not "from the hall"
    lead = (r"\s+(?:(?i:not|now|still|also|long|perhaps|probably|\p{Ll}{3,}ly)\s+)?"
            r"(?:(?i:a|an|the|one\s+of\s+the|among\s+the)\s+)?")
    # after a contracted "'s" no second article: "the board's longest-serving member and a " is a possessive
    return regex.compile(r"(?:(?<![\p{L}’'])(?i:" + copulas + "|" + emerged + r")" + lead + _modifiers(prepositions)
                         + r"|(?<=\p{L})[’']s" + lead + _modifiers(prepositions + "|a|an|the") + ")")


AGENT_COPULA = _agent_copula()
COMPARATIVE = regex.compile(r"(?<![\p{L}])(?i:more|less|\p{Ll}{2,}er)\s")  # "a more vocal", "a fiercer"
THAN = regex.compile(r"\s+than\s")


def noun_object_cue_end(text: str, start: int, end: int) -> int | None:
    """Where a speech noun of cue_nouns_prep.txt with its preposition ends when one opens at ``start``: "questions
    about" in "answer questions about whether …"; None otherwise, also for a thought ("doubts about")."""
    if _noun_object_nouns().match(text, start, near(start, end)) is None:
        return None  # the usual case, told by the nouns alone before every pair of the table is tried
    pattern, rows = _noun_object_cues()
    found = pattern.match(text, start, near(start, end))
    if found is None or (pair := tuple(found.group().lower().split())) in _noun_pairs(AGENT_NOUN_CUES) \
            or pair in _noun_pairs(POSSESSED_NOUN_CUES) or pair in _noun_pairs(IN_NOUN_CUES) \
            or pair in _noun_pairs(OPENING_NOUN_CUES) or rows.get(pair) != "speech":
        return None
    return found.end()


def _verb_group(text: str, sentence: Sentence, verb: int) -> tuple[int, str, list[str]]:
    """Where the verb's group starts with its auxiliaries, the word before the group ("" at the sentence's start),
    and the auxiliaries: "has long drawn" in "The plan has long drawn criticism" -> (its start, "plan", ["has", "long"])."""
    chain = auxiliary_chain(text, max(sentence.start, verb - 60), verb)
    start = chain.start() if chain is not None else verb
    before = text[max(sentence.start, start - 30):start].split()
    return start, before[-1] if before else "", chain.group().split() if chain is not None else []


# "continues to (draw)", "kept to": a verb of going on (aspectual_verbs.txt) and "to" right before the verb
ASPECTUAL_TO = regex.compile(r"(?<![\p{L}])(?P<verb>" + alternation(load_words("aspectual_verbs.txt", lower=True))
                             + r")\s+to\s+\Z", regex.IGNORECASE)


def _verb_group_past_aspectual(text: str, sentence: Sentence, verb: int) -> tuple[int, str, list[str]]:
    """``_verb_group``, read from a verb of going on when one and "to" stand right before the verb: in "The plan
    continues to draw criticism from" the drawing goes on, no aim not yet met, and the group is "continues"."""
    group = _verb_group(text, sentence, verb)
    if group[1] == "to" and (going_on := ASPECTUAL_TO.search(text, max(sentence.start, group[0] - 30),
                                                             group[0])) is not None:
        return _verb_group(text, sentence, going_on.start("verb"))
    return group


def _unfulfilled_or_subjectless(previous: str, auxiliaries: list[str]) -> bool:
    """A modal or "to" before the verb ("will win the backing of", "to draw criticism"): not done yet; "and",
    "or", "but" just before its group: the verb's subject is left out."""
    return any(word.lower() in MODALS for word in (previous, *auxiliaries)) or previous in ("and", "or", "but")


def _receiver(text: str, sentence: Sentence, start: int, verb: int) -> Span | None:
    """Who receives the backing: the subject with its appositive ("Ms Varga, a skipper from Lyme,"), past a time
    phrase before it ("Earlier this week Mr Reyl won …"), or a relative pronoun ("…, who had the backing of …")."""
    found = source_before(text, sentence.start, start)
    if found is not None and (lead := TIME_LEAD.match(text, found[0].start, found[0].end)) is not None:
        found = None if lead.end() >= found[0].end else (Span.of(text, lead.end(), found[0].end), lead.end())
    if found is None:
        return fallback_source(text, sentence, Span.of(text, start, verb))
    head, phrase_start = found
    if _noun_report_ahead(text, head):
        return None  # "Her warning that the pier could collapse alarmed …": the noun reports its own clause
    if "," in text[head.end:start]:
        return trimmed(text, min(head.start, phrase_start), start) or head  # "Ms Varga, a skipper from Lyme, won …"
    return head


def _noun_report_ahead(text: str, subject: Span) -> bool:
    """The subject ends in a noun of cue_nouns.txt whose "that" clause follows it: "The mayor's statement (that …)"."""
    last = subject.text.split()[-1]
    return THAT_AHEAD.match(text, subject.end, near(subject.end, len(text))) is not None and is_noun_cue(text, subject.end - len(last))


def _person_named_last(words_before: str) -> bool:
    """Whether the capitalised words closing ``words_before`` may be a person's name: no "the" before them and no
    body's noun of `organisations.txt` last ("harbour master Ana Varga"; not "members of the Harbour Caucus")."""
    words = words_before.split()
    first = len(words)
    while first > 0 and words[first - 1][:1].isupper():
        first -= 1
    return (first < len(words) and words[-1].lower() not in load_words("organisations.txt", lower=True)
            and (first == 0 or words[first - 1].lower() != "the"))


def _received_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                          cue_classes: frozenset[str]) -> Quote | None:
    """"Ms Varga won the backing of the harbour council", "Mr Reyl has strong support among skippers": the
    receiver is what is backed, the noun's object backs it."""
    cue_class = GIVEN_NOUNS[found.group("noun").lower()]
    if cue_class not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    f = frames()
    gap = found.group("gap").lower().split()
    if any(word in f.prepositions or looks_past(word) for word in gap):
        return None  # "proved adept at building support", "has welcomed support": another verb takes the noun
    if any(word[:1].isdigit() or word == "percent" or "%" in word for word in gap):
        return None  # "won 40 percent support among skippers": a poll's share, not a backer
    if found.group("verb").lower().endswith("ing"):
        return None  # "each drawing the support of 30 percent of skippers": a poll's share, not a backer
    verb = found.start("verb")
    start, previous, auxiliaries = _verb_group_past_aspectual(text, sentence, verb)
    if _unfulfilled_or_subjectless(previous, auxiliaries):
        return None  # "will win the support of", "to earn the backing of": no backing yet; "… and wins …": no subject
    receiver = _receiver(text, sentence, start, verb)
    if receiver is None or receiver.text.lower() == "there":
        return None
    giver = clause_from(text, found.end(), sentence, quote_map, stop=OBJECT_STOP)
    if giver is None:
        return None
    if (relative := RELATIVE_AFTER_NAME.search(text, giver.start, giver.end)) is not None \
            and _person_named_last(text[giver.start:relative.start()]):
        giver = Span.of(text, giver.start, relative.start())  # "the backing of Ana Varga who runs the cafe"
    return make_quote((receiver,), Span.of(text, found.start("noun"), found.end("noun")), giver, None, cue_class,
                      index, quote_map)


def _owned_given_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                             cue_classes: frozenset[str]) -> Quote | None:
    """"Her broad support among skippers grew", "Ms Varga's backing among traders": the possessor is what is
    backed, the object of "among" backs it; not "his support from skippers" (where it came from), nor "won her
    support among skippers" (a verb of receiving reads the winner, ``_received_attribution``)."""
    cue_class = GIVEN_NOUNS[found.group("noun").lower()]
    if cue_class not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    owner = _possessor(text, sentence, found.start("noun"))
    if owner is None:
        return None
    if word_before(text, sentence.start, owner.start) in RECEIVING_VERB_WORDS:
        return None  # "had his greatest support among skippers": the receiving verb's subject is backed
    giver = clause_from(text, found.end(), sentence, quote_map, stop=OBJECT_STOP)
    if giver is not None and _in_subject(text, sentence, found.start()) and not _in_fronted_phrase(
            text, sentence, found.start()):
        # "among skippers gives her an edge": the first word after "among" is a noun, whatever its ending
        verbs = [verb for verb in _main_verbs_after_object(text, giver, plural=True) if verb > giver.start]
        giver = trimmed(text, giver.start, verbs[0]) if verbs else giver
    if giver is None:
        return None
    return make_quote((owner,), Span.of(text, found.start("noun"), found.end("noun")), giver, None, cue_class, index,
                      quote_map)


def _heard_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                       cue_classes: frozenset[str]) -> Quote | None:
    """"The court heard that the ferry was late": the clause, said by someone unnamed to the subject, its
    addressee; not "had heard that account", whose "that" is a determiner. Without "that" only a body that hears
    evidence (hearing_bodies.txt) hears a clause: "The court heard Holt had sold …"; not "Neighbours heard shots
    fired"."""
    if "speech" not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    if found.group("closing") is not None:
        return _heard_closing(text, found, sentence, index, quote_map)
    if found.group("that") or found.group("how") is not None:
        content = clause_from(text, found.end(), sentence, quote_map)
        if content is None or not has_verb(content.text):
            return None
    elif (content := told_clause(text, found.end("verb"), sentence, quote_map)) is None:
        return None
    verb = found.start("verb")
    start, previous, auxiliaries = _verb_group(text, sentence, verb)
    if _unfulfilled_or_subjectless(previous, auxiliaries):
        return None  # "wants to hear that …", "will hear that …": nothing heard yet
    listener = source_before(text, sentence.start, start)
    if not found.group("that") and (listener is None or listener[0].text.split()[-1].lower()
                                    not in load_words("hearing_bodies.txt", lower=True)):
        return None  # "Neighbours heard the pier collapse", "I heard how she sang": a sound, not evidence
    return make_quote((content,), Span.of(text, start, found.end("verb")), None,
                      listener[0] if listener is not None else None, "speech", index, quote_map)


def _heard_closing(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """"The ferry had been late for weeks, the court heard.": a body that hears evidence (hearing_bodies.txt),
    set off by a comma, closing the sentence with the verb, hears the clause before the comma from someone unnamed;
    not "Shots rang out, neighbours heard." (no such body) nor "The jury, the court heard." (no verb)."""
    start, previous, auxiliaries = _verb_group(text, sentence, found.start("verb"))
    if _unfulfilled_or_subjectless(previous, auxiliaries):
        return None  # "…, the court will hear.": nothing heard yet
    listener = source_before(text, sentence.start, start)
    if listener is None or listener[0].text.split()[-1].lower() not in load_words("hearing_bodies.txt", lower=True):
        return None
    comma = end_before(text, sentence.start, listener[1])
    if last_char_before(text, sentence.start, comma) != ",":
        return None  # "Jurors heard.": nothing before the listener to hear
    content = trimmed(text, sentence.start, comma - 1)
    if content is None or not has_verb(content.text) or quote_map.around(content.start) is not None:
        return None
    return make_quote((content,), Span.of(text, start, found.end("verb")), None, listener[0], "speech", index,
                      quote_map)


def _undergone_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                           cue_classes: frozenset[str]) -> Quote | None:
    """"The toll plan has drawn sharp criticism from the skippers": the subject is what is criticized, the agent
    after "from" criticizes it; "Mr Reyl faced criticism." has no source."""
    cue_class = UNDERGONE_NOUNS[found.group("noun").lower()]
    if cue_class not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    f = frames()
    if any(word in f.prepositions or word in f.irregular_verbs for word in found.group("gap").lower().split()):
        return None  # "drew attention to criticism from": another verb or a preposition takes the noun
    verb = found.start("verb")
    start, previous, auxiliaries = _verb_group_past_aspectual(text, sentence, verb)
    if _unfulfilled_or_subjectless(previous, auxiliaries):
        return None  # "will face criticism from", "to draw criticism from": none yet; after "and" no subject
    if previous.lower() in f.prepositions:
        return None  # "can't reopen the pier without drawing criticism": a gerund, no subject of its own
    if source_before(text, sentence.start, start) is None:
        return None  # "Facing criticism from the skippers, Mr Reyl left": the subject comes after
    receiver = _receiver(text, sentence, start, verb)
    if receiver is None or receiver.text.lower() == "there":
        return None
    giver = None
    if found.group("from"):
        giver = clause_from(text, found.end(), sentence, quote_map, stop=OBJECT_STOP)
        if giver is None or AGENT_TOPIC.search(giver.text):
            return None  # "criticism from Ms Varga about the delays": what she criticized follows
    return make_quote((receiver,), Span.of(text, found.start("noun"), found.end("noun")), giver, None, cue_class,
                      index, quote_map)


def _stirring_subject(text: str, sentence: Sentence, start: int) -> Span | None:
    """A verbless subject that opens its sentence, up to its first comma: "Such talk from the harbour angered …",
    "The toll plan, a suggestion of Ms Varga, angered …" -> "The toll plan"; past a one-word opener ("Already, …")."""
    opening = LEAD_BEFORE_SUBJECT.match(text, sentence.start, start)
    begin = opening.end() if opening is not None else sentence.start
    if start - begin > SUBJECT_REACH or any(not _adverbed_modifier(text, begin, verb)
                                            for verb in verb_positions(text, begin, start, s_forms=False)):
        return None
    comma = _subject_comma(text, begin, start)
    if comma >= 0 and len(text[begin:comma].split()) == 1:
        begin, comma = comma + 1, _subject_comma(text, comma + 1, start)  # "Already, the toll plan …"
    return trimmed(text, begin, comma if comma >= 0 else start)


ADVERB_AFTER_COMMA = regex.compile(r",\s+\p{Ll}{3,}ly\s+(?P<word>\p{Ll})")  # ", sharply worded"


def _subject_comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that does not join a possessive's modifiers ("Ms Varga's highly
    personal, sharply worded attacks"), or -1."""
    comma = text.find(",", start, end)
    while comma >= 0 and (joined := ADVERB_AFTER_COMMA.match(text, comma, end)) is not None \
            and _adverbed_modifier(text, start, joined.start("word")):
        comma = text.find(",", comma + 1, end)
    return comma


def _adverbed_modifier(text: str, floor: int, position: int) -> bool:
    """The verb form at ``position`` closes a possessive's modifiers with an adverb, no verb: "worded" in "Ms Varga's
    sharply worded (attacks)"."""
    word = WORD.match(text, position)
    if word is None or text[word.end():word.end() + 1] != " ":
        return False
    possessed = ADVERBED_POSSESSED.search(text, max(floor, position - 60), word.end() + 1)
    return possessed is not None and possessed.end("modifier") == word.end()


def _contact_relative_after(text: str, receiver: Span, end: int) -> bool:
    """Whether a relative clause without a relative word runs from the noun ``receiver`` to ``end``: the walk to
    the subject stopped at the noun, "The way (the mayor spoke)"."""
    whole = trimmed(text, receiver.start, end)
    return (whole is not None and whole.end > receiver.end
            and contact_relative_head(text, receiver.start, whole) == receiver)


# "if", "whether" in the stirring verb's clause: a question or a condition
STIRRING_CONDITION = regex.compile(r"(?<!\p{L})(?:" + alternation(load_words("stirring_condition_openers.txt", lower=True))
                                   + r")(?!\p{L})", regex.IGNORECASE)


CONDITION_REACH = 200  # characters before a stirring verb searched for its clause's "if": keeps the pass linear


def _clause_mark_before(text: str, start: int, end: int) -> int:
    """Just after the last comma, semicolon, colon or dash in ``start:end``, or ``start``."""
    marks = [text.rfind(mark, start, end) for mark in ",;:—–"]
    return max(start, max(marks) + 1)


def _stirred_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                         cue_classes: frozenset[str]) -> Quote | None:
    """"The toll plan angered the skippers", "That rankled Ms Varga": the subject is what the object reacted to."""
    if "thought" not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    verb = found.start("verb")
    start, previous, auxiliaries = _verb_group(text, sentence, verb)
    if _unfulfilled_or_subjectless(previous, auxiliaries):
        return None  # "would anger the skippers", "… and angered the skippers": no subject of its own
    if any(word.lower() in frames().be_forms for word in auxiliaries):
        return None  # "were angered": a passive or an adjective
    pronoun = PRONOUN_SUBJECT.match(text, sentence.start, start)
    if pronoun is None and previous.lower() in frames().noun_markers | RELATIVES:
        return None  # "the frustrated skippers": an adjective; "…, which angered the skippers": the writer's comment
    if found.group("verb").isupper():
        return None  # "STORM RATTLES PIER": a headline
    if STIRRING_CONDITION.search(text, _clause_mark_before(text, max(sentence.start, verb - CONDITION_REACH), verb),
                                 verb) is not None:
        return None  # "If the toll angered the skippers, …", "Asked if her words had rattled them, …": no reaction told
    receiver = (Span.of(text, *pronoun.span("pronoun")) if pronoun is not None
                else _stirring_subject(text, sentence, start) or _receiver(text, sentence, start, verb))
    if receiver is None or receiver.text.lower() in ("there", "it") or (
            pronoun is None and receiver.text.lower() in RELATIVES):
        return None
    if (comma := _subject_comma(text, receiver.start, receiver.end)) >= 0:
        receiver = trimmed(text, receiver.start, comma)  # "The levy, which …, angered"
    elif pronoun is None and "," not in text[receiver.end:start] and (
            THAT_AHEAD.match(text, receiver.end, start) or _contact_relative_after(text, receiver, start)):
        # "The letter that Mr Reyl wrote angered …", "The way Ms Varga spoke angered …": its relative too
        receiver = trimmed(text, receiver.start, start)
    reactor = clause_from(text, found.end(), sentence, quote_map, stop=OBJECT_STOP)
    verbs = verb_positions(text, reactor.start, reactor.end, s_forms=False) if reactor is not None else None
    if verbs:
        reactor = trimmed(text, reactor.start, verbs[0])  # "What alarms the skippers is the toll"
        words = list(regex.finditer(r"\S+", reactor.text))
        if (named := contact_subject([found.group("verb"), *(word.group() for word in words)])) is not None:
            # "angered the group Mr Reyl called …": the name opens a relative clause after the object
            reactor = trimmed(text, reactor.start, reactor.start + words[named - 1].start())
    relative = RELATIVE_AFTER.search(reactor.text) if reactor is not None else None
    if relative is not None:
        reactor = trimmed(text, reactor.start, reactor.start + relative.start())  # "angered skippers who said …"
    means = STIRRING_MEANS.search(reactor.text) if reactor is not None else None
    if means is not None:
        reactor = trimmed(text, reactor.start, reactor.start + means.start())  # "angered skippers by calling …"
    if reactor is None or receiver is None:
        return None
    return make_quote((receiver,), Span.of(text, *found.span("verb")), reactor, None, "thought", index, quote_map)


# " by Ms Varga", " by Harbour Master Ida Lenz": capitalised words after "by" closing a noun cue's object, perhaps
# before an auxiliary ("… by Ms Varga has weighed")
OBJECT_THEN_NAME_AGENT = regex.compile(r"\s+by\s+(?P<agent>(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?\s+){0,4}\p{Lu}[\p{L}\p{M}'’\-]*)")
AUXILIARY_AFTER_AGENT = regex.compile(r"\s+(?:" + VERBAL_AUXILIARIES + r")\b")


def _noun_object_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                             cue_classes: frozenset[str]) -> Quote | None:
    """"the senator's calls for an inquiry", "questions about the budget": the object, and the possessor."""
    noun, preposition = found.group().lower().split()
    cue_class = _noun_object_cues()[1][(noun, preposition)]
    if cue_class not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    if (noun, preposition) in _noun_pairs(AGENT_NOUN_CUES):
        return _agent_noun_attribution(text, found, sentence, index, quote_map, cue_class)
    pair = (noun, preposition)
    if cue_class == "speech" and word_before(text, sentence.start, found.start()).lower() == "no":
        return None  # "Mr Reyl was asked no questions about the sale", "There were no calls for a vote": none put
    if _opens_bare_clause(text, sentence, found.start()):
        return None  # TRY
    held_in = _held_in(text, sentence, found.start(), found.end()) is not None  # "rallied in support of"
    # "Opposition to the toll has united the skippers": a bare noun opening the sentence
    opening = pair in _noun_pairs(OPENING_NOUN_CUES) and \
        SENTENCE_OPENING.match(text, sentence.start, found.start()).end() == found.start()
    if pair in _placed_stance_pairs() and not held_in and not opening:
        return None  # "with the support of the council": the council's backing, no stance of the subject
    if pair in _noun_pairs(POSSESSED_NOUN_CUES) and not held_in and not opening and \
            _possessor(text, sentence, found.start()) is None:
        return None  # "a rejection of the plan", "in response to a question": nobody's stance
    if pair in _noun_pairs(PRONOUN_POSSESSED_NOUN_CUES) and not held_in and not opening and \
            PRONOUN_RIGHT_BEFORE.search(text, max(sentence.start, found.start() - 8), found.start()) is None:
        return None  # "Nevada's strong support for …", "their financial support for …": a tally or funds, no stance
    if noun in GIVEN_NOUNS and RECEIVED.search(text, max(sentence.start, found.start() - 40), found.start()):
        return None  # "won the backing of the harbour council": the object gives it, the subject has it
    # a headline's setting or manner after the object is the writer's: "Calls For Repairs Amid Toll Row"
    content = clause_from(text, found.end(), sentence, quote_map,
                          stop=HEADLINE_OBJECT_STOP if headline(sentence) else OBJECT_STOP)
    if content is not None:
        content = past_joint_aside(text, content, sentence, quote_map)  # "questions about her habits and, implicitly, …"
    if content is not None and (second := _second_stance().search(text, content.start, content.end)) is not None:
        # "His attacks on the council and his promise to cut the toll": the second noun is a stance of its own
        content = trimmed(text, content.start, second.start())
    if content is not None and preposition == "about":
        content = before_listening_partner(text, content)  # "shared his fears about the toll with reporters"
    if content is not None and _in_subject(text, sentence, found.start()) and not _in_fronted_phrase(
            text, sentence, found.start()):
        verbs = _main_verbs_after_object(text, content, plural=noun.endswith("s"))
        if content.text.split(maxsplit=1)[0].lower() in frames().question_words:
            verbs = verbs[1:]  # "Her stance on how skippers should pay is clear": the question's own verb comes first
        content = trimmed(text, content.start, verbs[0]) if verbs else content
    source = _noun_source(text, sentence, found.start(), found.end())
    if (content is not None and source is None
            and (agent := OBJECT_THEN_NAME_AGENT.search(text, content.start, content.end)) is not None
            and (agent.end() == content.end or AUXILIARY_AFTER_AGENT.match(text, agent.end(), content.end))
            and agent.start() > content.start
            and not looks_past(text[content.start:agent.start()].split()[-1].lower())):
        # "The criticism of the toll by Ms Varga has weighed on the board": the name after "by" holds the stance;
        # not "the deal signed by Ms Varga", a participle's agent
        content, source = trimmed(text, content.start, agent.start()), Span.of(text, *agent.span("agent"))
    if content is None or (source is None and held_in and not opening):
        return None  # "The odds in favor of the ferry": nobody acted in favour of it
    return make_quote((content,), Span.of(text, *found.span()), source, None, cue_class, index, quote_map)


# "said no decision on a buyer would be made": "no", the noun cue and an auxiliary open the clause's subject
NO_BEFORE = regex.compile(r"(?i:no)\s+\Z")  # "no" right before a word: "no decision on …", "no (matter whom …)"


def _opens_bare_clause(text: str, sentence: Sentence, noun_start: int) -> bool:
    """The noun after "no" follows a finite cue form that takes a bare clause, and an auxiliary comes after its
    short phrase ("said no decision on a buyer would be made"): it opens the clause's subject, whose report the cue
    gives; not "added caveats about whether …", an object."""
    lead = NO_BEFORE.search(text, max(sentence.start, noun_start - 4), noun_start)
    if lead is None or NO_SUBJECT_OPENING.match(text, lead.start(), sentence.end) is None:
        return False
    previous = word_before(text, sentence.start, lead.start())
    entry = cue_lexicon().lookup(previous) if previous in cue_lexicon().finite_forms else None
    return entry is not None and entry[0] in frames().bare and previous != entry[0]  # not "his written reply to"


QUOTED_WORDS = regex.compile(r"[“\"][^“”\"]{1,80}[”\"]")  # a quoted phrase inside a noun cue's object


def _in_fronted_phrase(text: str, sentence: Sentence, position: int) -> bool:
    """The word at ``position`` stands in a phrase that opens the sentence with a preposition, before its first comma
    ("After criticism over an alleged bias, the council …"): not in the subject, so its object runs to the comma;
    not "After the vote, the perception of him changed"."""
    first = WORD.match(text, SENTENCE_OPENING.match(text, sentence.start, sentence.end).end())
    return first is not None and first.group().lower() in frames().prepositions and first_comma(sentence) > position


def _word_start(text: str, floor: int, position: int) -> int:
    """Where the word holding ``position`` starts: a verb found at its "n't" begins at "isn't", "wasn't"."""
    while position > floor and text[position - 1].isalpha():
        position -= 1
    return position


def _main_verbs_after_object(text: str, content: Span, *, plural: bool = False) -> list[int]:
    """The verbs in a noun cue's object within the sentence's subject, where its main verb starts ("Her criticism of
    the plan was sharp"); an -ed word before a noun is its adjective when another verb that is no -s form follows
    ("of this increased number came"); a word in -s is no verb when it is "his" or "this", follows a determiner
    ("the skippers") or comes right before a verb that is no -s form ("of this analysis is"); nor is it after a
    possessive ("of Mr Reyl's plans") or after a lower-case first word that is no -s or -ing form ("of big banks";
    not "of fishing draws"); after a plural noun a base-form verb (`plural_subject_verbs.txt`) is one too, unless a
    determiner, an auxiliary or "to" comes before it ("Her attacks on the council stand out"); a word in -s inside a
    quoted phrase is none ("its “greedy tolls” drew")."""
    strict = sorted({_word_start(text, content.start, verb)
                     for verb in verb_positions(text, content.start, content.end, s_forms=False)})
    strict_starts = frozenset(strict)
    starts = set(strict)
    markers = frames().noun_markers
    first = WORD.match(text, content.start)
    every = {_word_start(text, content.start, verb) for verb in verb_positions(text, content.start, content.end)}
    for verb in sorted(every):
        word = WORD.match(text, verb)
        previous = word_before(text, content.start, verb)
        # "Mr Reyl's plans", "big banks": a noun with its modifier
        modified = previous.endswith(("'s", "’s")) or (first is not None and first.end() + 1 == verb
                                                        and first.group().islower()
                                                        and not previous.endswith(("s", "ing")))
        if (verb not in strict_starts and word.end() + 1 not in strict_starts and word.group().lower() not in markers
                and previous not in markers and not modified):  # "the skippers": a noun
            starts.add(verb)
    if plural:
        base_forms, auxiliaries = load_words("plural_subject_verbs.txt", lower=True), frames().auxiliaries
        for word in WORD.finditer(text, content.start, content.end):
            previous = word_before(text, content.start, word.start())
            if word.group() in base_forms and previous and previous not in markers and previous not in auxiliaries \
                    and previous != "to":
                starts.add(word.start())
    for quoted in QUOTED_WORDS.finditer(text, content.start, content.end):
        starts.difference_update([verb for verb in starts if quoted.start() < verb < quoted.end()
                                  and verb not in strict_starts])  # "for “Lyme values” drew cheers"
    verbs = sorted(starts)
    if len(strict) >= 2 and verbs[0] == strict[0] and ADJECTIVE_ED.match(text, strict[0], near(strict[0], len(text))):
        verbs = verbs[1:]
    return verbs


def _agent_noun_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                            cue_class: str) -> Quote | None:
    """"Ms Varga is a vocal critic of the toll", "Mr Reyl has long been a defender of the pier": what the subject
    is a critic of, by the subject; the noun with no copula before it names people, no stance ("critics of the toll
    say", "Ms Varga, a critic of the toll")."""
    copula = AGENT_COPULA.search(text, max(sentence.start, found.start() - 80), found.start())
    chain = _copula_chain_start(text, sentence, copula.start()) if copula is not None else sentence.start
    if copula is None or word_before(text, sentence.start, chain).lower() in load_words("agent_noun_blockers.txt"):
        return None  # "There have been critics of the toll", "What is needed is an advocate for …": nobody's stance
    subject = source_before(text, sentence.start, chain) if chain > sentence.start else None
    subject = subject[0] if subject is not None and plausible_source(subject[0].text) else None
    if subject is None and chain > sentence.start:
        # "Ms Varga has not backed the toll and has been a critic of …": the subject of the first verb
        subject = fallback_source(text, sentence, Span.of(text, chain, copula.end()))
    content = clause_from(text, found.end(), sentence, quote_map,
                          stop=HEADLINE_OBJECT_STOP if headline(sentence) else OBJECT_STOP)
    if content is not None and COMPARATIVE.search(copula.group()) is not None \
            and (than := THAN.search(text, content.start, content.end)) is not None:
        content = trimmed(text, content.start, than.start())  # "a more vocal critic of the toll than Mr Reyl"
    if content is None:
        return None
    return make_quote((content,), Span.of(text, *found.span()), subject, None, cue_class, index, quote_map)


def _copula_chain_start(text: str, sentence: Sentence, copula: int) -> int:
    """Where a copula's auxiliaries (`cue_auxiliaries.txt`, "not" and "long" among them) and adverbs in -ly before
    it start: "has long been" in "Ms Varga has long been"."""
    f = frames()
    for _ in range(3):
        found = f.word_before.search(text, max(sentence.start, copula - 40), copula)
        word = found.group(1).lower() if found is not None else ""
        if word not in f.auxiliaries and not (word.isalpha() and word.endswith("ly")):  # "not", "long" are in it
            break
        copula = found.start(1)
    return copula


@functools.cache
def _in_noun_cues() -> regex.Pattern:
    """"in a recent Harbour Gazette poll (released Sunday)", "in the polls": the preposition, then the phrase up to its
    noun, then what dates or names the poll ("conducted by …", "last month", "in May")."""
    nouns = alternation(load_words("cue_in_nouns.txt", lower=True) | _plural_poll_nouns())
    months = alternation(load_words("months.txt"))
    return regex.compile(r"(?<![\p{L}])(?P<in>[Ii]n)\s+(?P<source>(?:(?![Ii]n\s)[^\s,;:.!?“”\"()]+\s+){0,7}?(?i:(?P<noun>"
                         + nouns + r")))(?![\p{L}])(?P<tail>(?:\s+(?:(?:released|published|conducted|taken)\s+)?by"
                         r"(?:\s+(?:\p{Lu}[^\s,;:.!?“”\"()]*|and|the|of)){1,8}"  # "conducted by the Gazette and Lyme FM"
                         r"|\s+(?:released|published|conducted|taken|from|of)(?:\s+[^\s,;:.!?“”\"()]+){1,5})?"
                         # a time is the poll's, never the clause's: "in a poll last year said" is no match
                         r"(?>(?:\s+(?:(?:last|this|earlier|that|the\s+same)\s+(?:week|weekend|month|year|spring|summer|fall|"
                         r"autumn|winter)|in\s+(?:early\s+|late\s+|mid-?)?(?:" + months + r")(?![\p{L}])"
                         # a day after the noun: "a Gazette poll Jan. 17-23", "the harbour survey May 3"
                         r"|(?:" + months + r")\s+\p{N}{1,2}(?:-\p{N}{1,2})?(?![\p{L}\p{N}])))?))"
                         r"(?=\s*(?:[,.;:!?)—―–]|\Z|\s(?:in|on|at|this|last|earlier|that|which|and|but|ahead|by)\b))")  # not "poll station"


POLL_ASIDE = regex.compile(r"\p{Ll}+ed\b[^,;:“”\"()]{1,60},\s*")  # "conducted in May, ": a participle's aside


MAX_POLL_CLAUSE_CHARS = 400  # how far back a poll phrase after its clause looks for the clause's opening


def _in_noun_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                         cue_classes: frozenset[str]) -> Quote | None:
    """"Ms Varga leads by nine points in a new poll" / "In the latest survey, 71 percent approved"."""
    if quote_map.around(found.start()) is not None:
        return None
    source = Span.of(text, found.start("source"), found.end("tail") if found.group("tail") else found.end("source"))
    plural = found.group("noun").lower() in _plural_poll_nouns()
    opening = found.start() == sentence.start or not last_char_before(text, sentence.start, found.start(), " “\"‘'")
    if opening:
        comma = AS_COMMA.match(text, found.end(), near(found.end(), sentence.end))  # "In the latest poll, …"
        if comma is not None and (aside := POLL_ASIDE.match(text, comma.end(), near(comma.end(), sentence.end))):
            comma = aside  # "In a survey of skippers, conducted in May, the trust found …": the aside dates the poll
        content = clause_from(text, comma.end(), sentence, quote_map) if comma is not None else None
        if content is not None and _own_that_report(text, content):
            return None  # "In a survey of skippers, the Harbour Trust found that …": the trust's report, by its cue
        if content is not None:  # "In the latest poll, 38 percent backed the toll, while 60 percent opposed it"
            content = finding_goes_on(text, content, sentence, quote_map)
        if content is not None and (reason := _poll_reason_tail().search(text, content.start, content.end)):
            content = trimmed(text, content.start, reason.start())  # "…, largely because …": the writer's reading
    elif word_before(text, sentence.start, found.start()).lower() in _poll_taking_part():
        return None  # "Ms Varga voted in the poll", "the skippers surveyed in the Gazette poll": no finding
    else:
        clause = CLAUSE_OPENING.search(text, max(sentence.start, found.start() - MAX_POLL_CLAUSE_CHARS), found.start())
        if clause is None and found.start() - sentence.start > MAX_POLL_CLAUSE_CHARS:
            return None  # no clause opens in reach: a finding that long is no finding
        start = clause.end() if clause is not None else sentence.start
        for _ in range(2):  # "In May, after the storm, Ms Varga led in the poll": the fronted phrases are the writer's
            start = fronted_phrase_end(text, start, found.start())
        if ((relative := SET_OFF_RELATIVE.search(text, start, found.start())) is not None
                and "," not in text[relative.end():found.start()]):
            # "Ms Varga, who led in a Gazette poll, thanked …": the relative clause still open at the poll phrase;
            # not "Mr Reyl, who has quit, leads in the poll", whose aside is closed
            start = relative.start("relative")
        content = trimmed(text, start, found.start())
    if content is None or not has_verb(content.text) or len(content.text.split()) < 2:
        return None
    if not opening and _in_noun_cues().search(text, content.start, found.start()) is not None:
        return None  # "took 6 percent in a new poll, his weakest showing in the survey": the first poll reports it
    if plural and not _standing_in_polls(text, found.group("source"), content, opening):
        return None
    lexicon = cue_lexicon()
    if any(cue.group().lower() in lexicon.finite_forms and lexicon.forms[cue.group().lower()][0] in frames().bare
           and YES_NO.match(text, cue.end(), sentence.end)
           for cue in lexicon.find(text, content.start, content.end, SPEECH)):
        return None  # "Half said so in the spring poll": the voters' short answer; "71 percent said the pier …" is the poll's
    return make_quote((content,), Span.of(text, *found.span("in")), source, None, "evidence", index, quote_map)


@functools.cache
def _poll_reason_tail() -> regex.Pattern:
    """", largely because": a comma and a phrase of ``poll_reason_tails.txt``, the writer's reading of a finding."""
    return regex.compile(r",\s+(?:" + alternation(load_lines("poll_reason_tails.txt")) + r")(?![\p{L}])", regex.IGNORECASE)


# "has", its object of one to four words, then a participle: "has Ms Varga leading", "had Mr Reyl pulling even"
# or "at" and a number: "had Mr Reyl at 4 percent"
POLL_HAS = regex.compile(r"(?<![\p{L}])(?P<cue>has|had)\s+(?P<object>\p{L}[^\s,;:.!?“”\"()]*(?:\s+[^\s,;:.!?“”\"()]+){0,3}?)"
                         r"\s+(?:(?P<verb>\p{Ll}+ing)(?![\p{L}])|(?P<at>at)\s+(?:(?:just|only|about|around|nearly|roughly)\s+)?"
                         r"\p{N}+(?:\.\p{N}+)?\s*(?:%|percent\b|per\s+cent\b))")
POLL_HAS_WORDS = frozenset({"has", "had"})
POLL_MARGIN_BY = regex.compile(r"\s+by\s+(?=(?:about|nearly|almost|roughly|an?)\s)")  # "leading by an average of …"
POLL_AT_PRONOUNS = frozenset({"him", "her", "them"})  # "had him at 4 percent"


def _poll_has_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                          cue_classes: frozenset[str]) -> Quote | None:
    """"The latest harbour poll has Ms Varga leading Mr Reyl by six points": a poll's subject with "has", its object
    and a participle tell where someone stands; the object and what follows are the poll's finding. So do "at" and a
    share after the object: "A survey released Friday had Mr Reyl at 4 percent".

    Not when the subject is no poll ("Ms Varga has the skippers cheering"), or the words after "has" hold an
    auxiliary, a preposition or a pronoun of things, or the participle is a preposition or time ("The poll has an
    error margin", "The poll had been closing", "The survey has nothing during May")."""
    if quote_map.around(found.start()) is not None:
        return None
    words = [word.lower() for word in found.group("object").split()] + [(found.group("verb") or "").lower()]
    if not _poll_has_stops().isdisjoint(words):
        return None
    if found.group("at") and not (found.group("object")[0].isupper() or found.group("object") in POLL_AT_PRONOUNS):
        return None  # "The poll had a margin of error at 3 percent": a share is a candidate's, named or a person
    subject = source_before(text, sentence.start, found.start())
    if subject is None or _poll_nouns().isdisjoint(word.lower() for word in WORD.findall(subject[0].text)):
        return None
    content = clause_from(text, found.start("object"), sentence, quote_map, stop=OBJECT_STOP)
    if (content is not None and found.group("verb") and content.end == found.end("verb")
            and (margin := POLL_MARGIN_BY.match(text, content.end, sentence.end)) is not None
            and (rest := clause_from(text, margin.end(), sentence, quote_map, stop=OBJECT_STOP)) is not None):
        content = Span.of(text, content.start, rest.end)  # "has Ms Varga leading by a clear 14 points"
    if content is None or (content.end <= found.end("verb") if found.group("verb") else content.end < found.end()):
        return None
    return make_quote((content,), Span.of(text, *found.span("cue")), subject[0], None, "evidence", index, quote_map)


# "gave", a name or "him", "her", "them", then a lead: "gave Ms Varga a 12-point lead", "giving her a slim edge"
POLL_GIVES = regex.compile(r"(?<![\p{L}])(?P<cue>gives|gave|give|giving)\s+(?P<object>\p{Lu}[^\s,;:.!?“”\"()]*"
                           r"(?:\s+\p{Lu}[^\s,;:.!?“”\"()]*){0,2}|him|her|them)"
                           r"\s+(?:a|an)\s+(?:[^\s,;:.!?“”\"()]+\s+){0,3}?(?:lead|advantage|edge)(?![\p{L}])")
POLL_GIVES_WORDS = frozenset({"gives", "gave", "give", "giving"})


def _poll_gives_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                            cue_classes: frozenset[str]) -> Quote | None:
    """"The Gazette poll gave Ms Varga a 12-point lead": a poll's subject giving a name or person a lead tells where
    that one stands; the object and the lead are the poll's finding. Not when the subject is no poll ("The storm gave
    Mr Reyl a lead")."""
    if quote_map.around(found.start()) is not None:
        return None
    subject = source_before(text, sentence.start, found.start())
    if subject is None or _poll_nouns().isdisjoint(word.lower() for word in WORD.findall(subject[0].text)):
        return None
    content = clause_from(text, found.start("object"), sentence, quote_map, stop=OBJECT_STOP)
    if content is None or content.end < found.end():
        return None
    source = subject[0]
    if (lead := WITH_BEFORE_SUBJECT.match(text, source.start, source.end)) is not None:
        source = Span.of(text, lead.end(), source.end)  # "with a Coastline poll giving her …": the poll, not "with"
    return make_quote((content,), Span.of(text, *found.span("cue")), source, None, "evidence", index, quote_map)


WITH_BEFORE_SUBJECT = regex.compile(r"(?i:with)\s+(?=\S)")


@functools.cache
def _poll_nouns() -> frozenset[str]:
    """The nouns that name a poll, singular and plural: "poll", "surveys"."""
    return load_words("cue_in_nouns.txt", lower=True) | _plural_poll_nouns()


@functools.cache
def _poll_has_stops() -> frozenset[str]:
    """Words that show "has … -ing" after a poll is no standing: auxiliaries, prepositions, pronouns of things, times."""
    f = frames()
    return (f.auxiliaries | f.prepositions | load_words("thing_pronouns.txt", lower=True)
            | load_words("time_nouns.txt", lower=True))


@functools.cache
def _news_heads() -> frozenset[str]:
    """The nouns that name a piece of news, not who told it: "news", "word"."""
    return load_words("news_heads.txt", lower=True)


@functools.cache
def _emerging_verbs() -> frozenset[str]:
    """The forms by which a fact comes to light, after "it" or a head of news: "emerged", "transpired"."""
    return load_words("emerging_verbs.txt", lower=True)


NEWS_ADVERB = r"(?:(?:later|since|now|also|then|soon|first|quickly|\p{Ll}+ly)\s+)?"


@functools.cache
def _news_verbs() -> frozenset[str]:
    """The forms by which news comes out: those of emerging_verbs.txt and news_arrival_verbs.txt ("spread")."""
    return _emerging_verbs() | load_words("news_arrival_verbs.txt", lower=True)


@functools.cache
def _news_arrival() -> regex.Pattern:
    """"it emerged", "News has since emerged", "Word spread": an impersonal "it" or a head of news, perhaps "has" or
    "had" and an adverb, and a verb by which news comes out."""
    return regex.compile(r"(?<![\p{L}])(?P<head>(?i:it|" + alternation(_news_heads()) + r"))\s+"
                         r"(?:(?P<aux>(?i:has|had|have))\s+)?" + NEWS_ADVERB + r"(?P<verb>(?i:" + spaced(_news_verbs()) + r"))(?![\p{L}])")


@functools.cache
def _news_that() -> regex.Pattern:
    """"Word that the pier would close spread": a head of news, its "that" clause and a verb by which news comes out,
    the clause no longer than 200 characters and within one sentence."""
    return regex.compile(r"(?<![\p{L}])(?P<head>(?i:" + alternation(_news_heads()) + r"))\s+that\s+"
                         r"(?P<clause>[^.;:!?“”\"()\n]{3,200}?)\s+(?:(?:has|had|have)\s+)?" + NEWS_ADVERB
                         + r"(?P<verb>" + spaced(_news_verbs()) + r")(?![\p{L}])")


COMMA_BEFORE_IT = regex.compile(r"(?<=[\p{L}\p{N}”\"’)]),\s+\Z")  # "The toll will rise, it emerged"
CLOSING_STOP = regex.compile(r"\s*[.!?]?\s*\Z")
ASIDE_CLOSE = regex.compile(r",\s+(?=\p{Ll})")  # "The ferry, it emerged, had no licence": the aside's closing comma


def _news_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                      cue_classes: frozenset[str]) -> Quote | None:
    """"It emerged on Monday that the board had hired a consultant", "News has emerged that …", "Word spread that
    …": the clause after the verb, its "that" perhaps left out, is the news, told by nobody named; "The toll will
    rise, it emerged on Monday." frames the clause before the comma as "…, it was reported." does. "It" only
    before a verb of emerging_verbs.txt; "It emerged from the fog" and "Word spread through Lyme" report nothing."""
    if "speech" not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    head = found.group("head").lower()
    if head == "it" and found.group("verb").lower() not in _emerging_verbs():
        return None  # "it spread to the town": no news
    cue_start = found.start() if head != "it" else (found.start("aux") if found.group("aux") else found.start("verb"))
    cue = Span.of(text, cue_start, found.end("verb"))
    content = told_clause(text, found.end(), sentence, quote_map)
    if content is not None and has_verb(content.text):
        return make_quote((content,), cue, None, None, "speech", index, quote_map)
    if head != "it" or COMMA_BEFORE_IT.search(text, max(sentence.start, found.start() - 8), found.start()) is None:
        return None
    after = past_adverbials(text, found.end(), sentence.end)
    aside = ASIDE_CLOSE.match(text, after, near(after, sentence.end))
    if CLOSING_STOP.match(text, after, sentence.end) is None and aside is None:
        return None  # "…, it emerged from the fog and …": the words go on
    content = clause_before(text, text.rfind(",", sentence.start, found.start()), sentence, quote_map)
    if aside is not None and content is not None:
        # "The ferry, it emerged on Monday, had no licence": the clause runs on past the aside
        rest = clause_from(text, aside.end(), sentence, quote_map)
        if rest is None or not has_verb(content.text + " " + rest.text):
            return None
        return make_quote((content, rest), cue, None, None, "speech", index, quote_map)
    if content is None or not has_verb(content.text):
        return None  # "The toll, it emerged.": no clause
    return make_quote((content,), cue, None, None, "speech", index, quote_map)


def _news_that_attribution(text: str, found: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                           cue_classes: frozenset[str]) -> Quote | None:
    """"Word that the pier would close spread through Lyme": a head of news opening the sentence, its "that"
    clause and a verb by which news comes out; the clause is the news, told by nobody named. Not a head inside the
    sentence ("He said a word that the skippers spread"), nor a clause with no verb."""
    if "speech" not in cue_classes or quote_map.around(found.start()) is not None:
        return None
    if end_before(text, sentence.start, found.start(), " \t\u00a0“\"‘'") > sentence.start:
        return None
    content = trimmed(text, found.start("clause"), found.end("clause"))
    if content is None or not has_verb(content.text):
        return None
    return make_quote((content,), Span.of(text, *found.span("head")), None, None, "speech", index, quote_map)


OWN_REPORT_REACH = 80  # characters of the clause after an opening poll phrase read for a subject's own cue
OWN_REPORTS = frozenset({"evidence", "writing"})  # "found that", "reported that": a finding of the subject's own


def _own_that_report(text: str, content: Span) -> bool:
    """A finite cue of finding or writing right before "that" near the clause's start: the clause is its subject's own
    report ("the Harbour Trust found that …"); what respondents said or think stays the poll's."""
    lexicon = cue_lexicon()
    for cue in lexicon.find(text, content.start, min(content.end, content.start + OWN_REPORT_REACH), OWN_REPORTS):
        if cue.start() > content.start and cue.group().lower() in lexicon.finite_forms and THAT.match(text, cue.end(), near(cue.end(), len(text))):
            return True
    return False


def _standing_in_polls(text: str, phrase: str, content: Span, opening: bool) -> bool:
    """"Ms Varga is ahead in the polls", "In exit polls, most skippers backed the pier": plural polls report only a
    clause of its own that tells where someone stands (poll_standings.txt), or the clause an opening phrase heads.

    Not when the phrase holds a preposition or a clause word ("voters going to the polls"), the clause is a
    subordinate one, a relative one or a report with its own cue ("Though she trails in the polls, …", "Mr Reyl, who
    is third in most polls"), or the words before "in" are a possessed noun ("his rise in the polls").
    """
    if not _poll_source_stops().isdisjoint(phrase.lower().split()):
        return False
    if opening:
        return True
    words = content.text.lower().split()
    if words[0] in _clause_openers() or words[0].endswith("ing") or not RELATIVES.isdisjoint(words):
        return False
    lexicon = cue_lexicon()
    needs_particle = lexicon.phrasal_only | frames().particle_required  # "came in second" is no report
    if POSSESSED_NOUN_AT_END.search(content.text) or any(
            lexicon.forms[cue.group().lower()][0] not in needs_particle
            and not AMOUNT_BEFORE.search(text, max(content.start, cue.start() - 30), cue.start())  # "by 9 points"
            for cue in lexicon.find(text, content.start, content.end, frozenset(CUE_CLASSES))):
        return False
    return "%" in content.text or not _poll_standings().isdisjoint(word.strip(",;-") for word in words)


@functools.cache
def _clause_openers() -> frozenset[str]:
    """Prepositions and subordinators: a clause before "in the polls" that opens with one is not the polls' finding."""
    return load_words("prepositions.txt", lower=True) | load_words("subordinators.txt", lower=True)


@functools.cache
def _poll_source_stops() -> frozenset[str]:
    """Words that show "in … polls" is no poll's name: prepositions and the words that open a clause."""
    return _clause_openers() | load_words("question_words.txt", lower=True) | RELATIVES


@functools.cache
def _plural_poll_nouns() -> frozenset[str]:
    return load_words(IN_PLURAL_NOUNS, lower=True)


@functools.cache
def _poll_taking_part() -> frozenset[str]:
    return load_words("poll_taking_part.txt", lower=True)


@functools.cache
def _poll_standings() -> frozenset[str]:
    return load_words("poll_standings.txt", lower=True)


def _adverb_attribution(text: str, adverb: regex.Match, sentence: Sentence, index: int, quote_map: QuoteMap,
                        cue_classes: frozenset[str]) -> Quote | None:
    """"The FBI is reportedly planning an interview": the clause, by nobody named."""
    cue_class = _word_classes(ADVERB_CUES)[adverb.group().lower()]
    if cue_class not in cue_classes or quote_map.around(adverb.start()) is not None:
        return None
    if (verb := NEXT_LOWER_WORD.match(text, adverb.end(), near(adverb.end(), sentence.end))) is not None and \
            _takes_clause(verb.group(1)):
        return None  # "Ms Varga reportedly said …": a verb that takes a clause reads its own frame
    if (opening := ADVERB_OPENING_COMMA.match(text, adverb.end())) is not None \
            and not last_char_before(text, sentence.start, adverb.start(), " “\"‘'"):
        # "Reportedly, the pier will close": the adverb opens the sentence, the rest is what was reported
        content = clause_from(text, opening.end(), sentence, quote_map)
        if content is None or not has_verb(content.text) or any(_takes_clause(word) for word in content.text.split()):
            return None  # "Reportedly, Mr Reyl told the skippers that …": the clause's own cue reads its frame
        return make_quote((content,), Span.of(text, *adverb.span()), None, None, cue_class, index, quote_map)
    aux = auxiliary_chain(text, max(sentence.start, adverb.start() - 60), adverb.start())
    subject_end = aux.start() if aux else adverb.start()
    return clause_with_subject(text, None, subject_end, adverb.end() + 2, Span.of(text, *adverb.span()), cue_class,
                                sentence, index, quote_map)


# a role set off before the name of its holder, the name being the head found: "The firm's chairman, (Piet Osman)"
ROLE_BEFORE_NAME = regex.compile(r"(?i:the|a|an)\s+[^,;:()“”\"]{1,60},\s+")


def clause_with_subject(text: str, opening: int | None, subject_end: int, cue_end: int, cue: Span, cue_class: str,
                         sentence: Sentence, index: int, quote_map: QuoteMap, *, around_cue: bool = False,
                         passive: bool = False, rest_stop: regex.Pattern | None = None,
                         reach_back: bool = False, mass_subject: bool = False) -> Quote | None:
    """The whole clause from its subject (or from ``opening``) on, reported by nobody named; ``around_cue``: in
    two pieces, the cue left out; ``passive``: a closing "by" phrase names the source; ``rest_stop``: where what
    follows the cue ends; ``reach_back``: a subject the leftward walk cannot reach is sought past a coordinated
    verb or a set-off aside, as a piece of its own; ``mass_subject``: a mass noun may stand alone as the subject
    ("At the time, religion seemed to …"), as it may before a cue of evidence."""
    aside_end = None
    reached = None
    if (opening is None and mass_subject
            and (contrasted := CONTRASTED_SUBJECT.search(text, max(sentence.start, subject_end - 100), subject_end))
            and last_char_before(text, sentence.start, contrasted.start()) in ("", ",")
            and plausible_source(contrasted.group("head"), evidence=True)):
        opening = contrasted.start()  # "Once the board met, religion, not money, appeared to …": both, set against
    if opening is None:
        found = source_before(text, sentence.start, subject_end)
        if found is not None and plausible_source(found[0].text, evidence=mass_subject and (
                last_char_before(text, sentence.start, found[1]) in ("", ","))):
            opening = found[1]
            if (whose := _open_whose(text, opening, subject_end)) is not None:
                opening = whose  # "Ms Varga, whose town, Lyme, is expected to …": the relative clause's subject
            if ONE_ASIDE.fullmatch(text, found[0].end, subject_end) or (
                    found[0].start > opening and ROLE_BEFORE_NAME.fullmatch(text, opening, found[0].start)
                    and is_name_like(found[0].text)):
                # "The board, under mounting pressure, is expected to …"; "The firm's chairman, Piet Osman, is said
                # to …", the name set off after its role
                aside_end = subject_end
        elif reach_back and (reached := fallback_source(text, sentence, cue)) is not None:
            opening = subject_end  # "Ms Varga kept her lead and appeared ready to win": the content runs from the cue
        else:
            return None
    content = clause_from(text, opening, sentence, quote_map)
    if content is not None and content.end <= cue_end and aside_end is not None:
        # the subject's aside stopped the clause: it goes on from the cue
        rest = clause_from(text, aside_end, sentence, quote_map)
        content = Span.of(text, content.start, rest.end) if rest is not None else content
    if content is None or content.end <= cue_end:
        return None
    stop = AFTER_CUE_STOP.search(text, cue_end, content.end)
    while stop is not None and ((resume := coordinate_adjective(text, content.start, stop.start())) is not None or (
            rest_stop is not None and (resume := _as_list_resume(text, cue_end, stop, content.end)) is not None)):
        stop = AFTER_CUE_STOP.search(text, resume, content.end)  # "is expected to give a long, costly speech"
    if stop is not None and quote_map.around(stop.start()) is None:
        content = trimmed(text, content.start, stop.start()) or content
    subject, rest = reached or trimmed(text, content.start, cue.start), trimmed(text, cue.end, content.end)
    if rest is not None and rest_stop is not None and (end := rest_stop.search(text, rest.start, rest.end)):
        rest = trimmed(text, rest.start, end.start())  # "as the owner, wearing a cap": the "as" phrase alone
    if around_cue and (reached is not None or content.start < cue.start) and subject is not None and rest is not None:
        # "The ferry is expected to dock": the subject and what is expected of it, around the cue;
        # "is seen as a lifeline by the skippers": the agent at the end says it; not after an infinitive
        # ("is said to play by the rules")
        agent = TRAILING_AGENT.search(rest.text) if passive and not rest.text.startswith("to ") else None
        if agent is not None and agent.start() > 0 and plausible_source(agent.group("agent")):
            source = Span.of(text, rest.start + agent.start("agent"), rest.end)
            return make_quote((subject, Span.of(text, rest.start, rest.start + agent.start())), cue, source, None,
                              cue_class, index, quote_map)
        return make_quote((subject, rest), cue, None, None, cue_class, index, quote_map)
    return make_quote((content,), cue, None, None, cue_class, index, quote_map)


# a verb in -s before its object's determiner: "runs the", "owns two"; not "boss the" ("ss")
S_FORM_THEN_OBJECT = regex.compile(r"(?<![\p{L}])\p{Ll}+(?<!s)s\s+(?:the|a|an|his|her|its|their|our|two|three|four)\s")


def _open_whose(text: str, start: int, end: int) -> int | None:
    """Where a "whose" relative opens when the verb at ``end`` is its own: "Ms Varga, whose town, Lyme, (is
    expected)" -> "whose"; not "Ms Varga, whose pier is old, (is expected)", a relative closed by its verb, nor
    "Tom Reyl, whose company runs the ferry, (is said)", closed by its verb in -s before an object."""
    found = None
    for found in WHOSE.finditer(text, start, end):
        pass
    if found is None or has_verb_between(text, found.end(), end, s_forms=False) \
            or S_FORM_THEN_OBJECT.search(text, found.end(), end) is not None:
        return None
    return found.start()


def seeming(text: str, match: regex.Match, lemma: str, chain_start: int, cue_class: str, sentence: Sentence,
             index: int, quote_map: QuoteMap) -> Quote | None:
    """"The plan seemed to stall", "it appears (that) the plan stalled": the appearance the writer reports."""
    window = near(match.end(), sentence.end)
    cue = Span.of(text, chain_start, match.end())
    previous = frames().word_before.search(text, max(sentence.start, chain_start - 40), chain_start)
    before = previous.group(1).lower() if previous else ""
    if before in ("that", "to"):
        return None  # "a line that seemed aimed at the mayor": a description; "a bid to appear calm": no report
    if match.group().lower().endswith("ing") and (before in POSSESSIVES or before.endswith(("'s", "’s"))):
        return None  # "his seeming calm", "the mayor's seeming indifference": an adjective before a noun
    if before == "it" and not TO_AFTER.match(text, match.end(), window):
        that = THAT.match(text, match.end(), window) or (SEEMS_BARE.match(text, match.end(), window))
        content = clause_from(text, that.end(), sentence, quote_map) if that is not None else None
        if (content is not None and len(content.text.split()) >= 3 and not has_verb(content.text)
                and LIKE_THEN_NOUN.match(content.text) is not None):
            # "now it seemed like a futile errand": "it" and what it seemed like, as "the plan seemed like a
            # lifeline" reports its subject and the rest
            return make_quote((Span.of(text, *previous.span(1)), content), cue, None, None, cue_class, index, quote_map)
        if content is None or len(content.text.split()) < 3 or not has_verb(content.text):
            return None  # "it seems likely", "it appears so"
        return make_quote((content,), cue, None, None, cue_class, index, quote_map)
    if lemma == "appear":
        following = NEXT_LOWER_WORD.match(text, match.end(), window)
        if following is not None and following.group(1) in APPEARING_WORDS:
            return None  # "appeared live on the radio": "live" would pass for a predicate in "-ive"
        if not (APPEARS_WITH.match(text, match.end(), window) or APPEARS_PREDICATE.match(text, match.end(), window)
                or _appearance_word(text, match.end(), window)):
            return None  # "appeared on television", "appeared together"; but "appeared paralyzed", "appears weak"
    elif not (SEEMS_WITH.match(text, match.end(), window) or (
            (word := NEXT_LOWER_WORD.match(text, match.end(), window)) is not None
            and word.group(1) not in frames().prepositions)):
        return None  # but "seemed certain to leave", "seemed a reminder"
    # "what appears to be", "there seemed to be": the word opens the clause
    opening = previous.start(1) if previous is not None and before in frames().seeming_subjects else None
    if opening is None and (gerund := GERUND_SUBJECT_BEFORE.search(text, max(sentence.start, chain_start - 100),
                                                                   chain_start)) is not None:
        opening = gerund.start("subject")  # "while planning for the vote appeared to be chaotic": the gerund's phrase
    # "kept her lead and appeared ready to win" reaches back to the subject; a participle ("a long debate, at times
    # appearing aimless") only describes the noun before it
    quote = clause_with_subject(text, opening, chain_start, match.end(), cue, cue_class, sentence, index, quote_map,
                                around_cue=True, rest_stop=APPEARANCE_STOP,
                                reach_back=not match.group().lower().endswith("ing"), mass_subject=True)
    return _within_relative(text, quote, cue_class, index, quote_map)


# a gerund, perhaps after one modifier, and its "for", "of" or "on" phrase of lower-case words, right after a subordinator and right before
# an appearance cue: "while (last-minute planning for the vote) appeared"; with no comma before the cue the gerund is
# the subject, no participle of the clause after
GERUND_SUBJECT_BEFORE = regex.compile(r"(?<![\p{L}])(?i:" + alternation(load_words("source_subordinators.txt", lower=True))
                                      + r")\s+(?P<subject>(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}{2,}ing\s+(?:for|of|on)"
                                      r"(?:\s+[\p{Ll}\p{N}’'-]+){1,8})\s+\Z")
RELATIVE_SUBJECTS = frozenset({"who", "which", "what", "whose"})  # "skippers who seemed", "What seemed a small fee"
# words after which a verb form still belongs to the predicate: "seemed to have left", "seemed calm and rested"
PREDICATE_LINKS = frozenset({"to", "have", "has", "had", "be", "been", "being", "and", "or", "but", "not", "so", "too",
                             "very", "more", "less", "most", "as", "nor"})


def _main_verb_after(text: str, rest: Span) -> int | None:
    """Where the main clause's verb starts in what follows an appearance cue in a relative: "(who seemed)
    unconvinced left the pier" -> "left"; "(What seemed) fair was the old toll" -> "was"; None when no verb
    form follows the predicate's first word ("seemed to have left the pier")."""
    f = frames()
    words = list(WORD.finditer(text, rest.start, rest.end))
    for previous, word in zip(words, words[1:]):
        lower = word.group()
        if (not lower.islower() or previous.group().lower() in PREDICATE_LINKS
                or previous.group().lower() in f.noun_markers  # "seemed a heated quarrel"
                or not text[word.start() - 1].isspace() or text[word.end():word.end() + 1] in ("-", "’", "'")):
            continue  # "stuck at the can’t-win level": a word of a compound
        if lower in f.be_forms or lower in f.verbal_auxiliaries or lower in f.irregular_verbs:
            return word.start()
        if (len(lower) > 4 and lower.endswith("ed") and previous.group().lower() not in f.prepositions
                and not previous.group().endswith("ly")):
            return word.start()  # not "seen as closely tied", "known for a stance on unpaid tolls"
    return None


ADVERB_PARTICLES = load_words("relative_particles.txt", lower=True)  # "sounded out the board": a phrasal verb


def sounds_as(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """"sounded" reports how a thing sounded when "like" or a word that says how follows ("sounded weary", "sounded
    far less welcoming", "sounded nothing like"); not before a particle or noun of its own ("sounded off on",
    "sounded the alarm", "sounded out the board") nor a preposition ("sounded at noon"); "sounds" stays out, often
    the writer's own aside ("that sounds odd")."""
    window = near(match.end(), sentence.end)
    particle = frames().particles.get("sound")
    if match.group().lower() != "sounded" or (
            particle is not None and particle.match(text, match.end(), window) is not None):
        return False
    word = NEXT_LOWER_WORD.match(text, match.end(), window)
    return word is not None and (word.group(1) == "like" or _appearance_word(text, match.end(), window)
                                 and word.group(1) not in PHRASE_DETERMINERS and word.group(1) not in ADVERB_PARTICLES)


def _appearance_word(text: str, position: int, window: int) -> bool:
    """The word after "appear" says how a thing looks: "appears weak", "appeared ready to", "appeared visibly
    shaken"; not a preposition, a pronoun or a word of ``appearing_words.txt`` ("appeared together", "appeared
    again"), nor a word in -ly before one ("appeared briefly on stage")."""
    word = NEXT_LOWER_WORD.match(text, position, window)
    if word is None or not _predicate_word(word.group(1)):
        return False
    if not word.group(1).endswith("ly"):
        return True
    following = NEXT_LOWER_WORD.match(text, word.end(), window)
    return following is not None and _predicate_word(following.group(1)) and not following.group(1).endswith("ly")


def _predicate_word(word: str) -> bool:
    """A word that may open how a thing appears: no preposition, pronoun or word of ``appearing_words.txt``."""
    f = frames()
    return word not in f.prepositions and word not in f.pronouns and word not in APPEARING_WORDS


def cue_after_to(text: str, match: regex.Match, sentence: Sentence) -> regex.Match | None:
    """The base-form cue after an appearance cue and "to", which may read its own frame: "seemed to suggest that …",
    "seemed to make a joke about …"; not "seemed to take on the role" (no particle)."""
    return _cue_after_to_at(text, match.end(), sentence)


def _cue_after_to_at(text: str, position: int, sentence: Sentence) -> regex.Match | None:
    """``cue_after_to`` from a position right before the space and "to"."""
    window = near(position, sentence.end)
    verb = TO_VERB_AFTER.match(text, position, window)
    entry = cue_lexicon().lookup(verb.group(1)) if verb is not None else None
    if entry is None or entry[0] != cue_lexicon().base(verb.group(1).lower()):
        return None
    if entry[0] in cue_lexicon().phrasal_only and not (
            (particle := frames().particles.get(entry[0])) is not None and particle.match(text, verb.end(1), window)):
        return None
    return next(cue_lexicon().find(text, verb.start(1), verb.end(1), frozenset(CUE_CLASSES)), None)


def report_cue_after_passive(text: str, match: regex.Match, lemma: str, sentence: Sentence) -> regex.Match | None:
    """The cue of speech or writing after a passive report that reads its own frame: its participle after "to have"
    ("is reported to have said the pier was unsafe", "is said to have written that …"), or, after a passive of quoting
    (quoting_passives.txt) and "as", its -ing form ("was quoted as saying", "was quoted by the Gazette as
    telling …")."""
    window = near(match.end(), sentence.end)
    if lemma in QUOTING_PASSIVES:
        verb = AS_GERUND_AFTER.match(text, match.end(), window)
    else:
        verb = TO_HAVE_PARTICIPLE.match(text, match.end(), window)
    entry = cue_lexicon().lookup(verb.group(1)) if verb is not None else None
    if entry is None or entry[1] not in ("speech", "writing") or entry[0] == verb.group(1).lower():
        return None
    return next(cue_lexicon().find(text, verb.start(1), verb.end(1), frozenset(CUE_CLASSES)), None)


def passive_with_agent(text: str, agent: regex.Match, chain_start: int, match: regex.Match, cue_class: str,
                        sentence: Sentence, index: int, quote_map: QuoteMap, *, as_phrase: bool = False,
                        charge_word: str | None = None, subject_end: int | None = None,
                        infinitive: bool = False) -> Quote | None:
    """"The move was criticized by economists": the subject, and the reason the agent gives; ``as_phrase``: a
    cue that takes its subject for something ("seen as") adds the "as" phrase after the agent; ``charge_word``:
    the word that opens the charge of a cue that takes one ("of" after "accused"), which ends the agent before a
    bare noun too ("accused by the Gazette of fraud": "the Gazette", "of fraud"); ``infinitive``: a cue of a listener
    told to act adds the infinitive after the agent ("urged by the council to stay indoors": "to stay indoors")."""
    source = Span.of(text, *agent.span("agent"))
    stop = OBJECT_STOP
    reason = AGENT_REASON.match(text, agent.end(), near(agent.end(), sentence.end))
    charge_at = None  # where a charge with no determiner inside the agent starts
    if reason is None and charge_word is not None:
        charge = None
        for charge in AGENT_CHARGE[charge_word].finditer(text, source.start, source.end):
            pass
        if charge is not None and charge.start() > source.start:
            source, charge_at = Span.of(text, source.start, charge.start()), charge.start() + 1
    taken_as = False  # an "as" phrase follows: what the subject is taken for
    if reason is None and as_phrase:
        # "as credible and able to lead": the "as" phrase runs on like a clause
        reason, stop = AGENT_AS.match(text, agent.end(), near(agent.end(), sentence.end)), None
        taken_as = reason is not None
    why = clause_from(text, reason.end(), sentence, quote_map, stop=stop) if reason is not None else None
    told_to = False  # the infinitive a listener was told to act on follows the agent
    if reason is None and charge_at is None and infinitive and (
            to := AGENT_INFINITIVE.match(text, agent.end(), near(agent.end(), sentence.end))) is not None:
        why = clause_from(text, to.end(), sentence, quote_map, stop=stop)
        told_to = why is not None
    if charge_at is not None:
        why = clause_from(text, charge_at, sentence, quote_map, stop=stop)
    relative = RELATIVE_SUBJECT.search(text, max(sentence.start, chain_start - 12), chain_start)
    if relative is not None and plausible_source(source.text):
        # "the toll, which was denounced by Ms Varga": the pronoun stands for what was denounced, with the charge
        # itself after "of" ("Bay Lines, which was accused by the board of hiding the accounts" -> "which", "of
        # hiding the accounts"); a reason after "for" stays out ("which was criticized by Mr Reyl for its cost")
        pronoun = Span.of(text, *relative.span(1))
        charged = why is not None and not taken_as and (charge_at is not None or told_to or reason is not None
                                                         and text.startswith("of", reason.end()))
        return make_quote((pronoun, why) if charged else (pronoun,), Span.of(text, chain_start, match.end()),
                          source, None, cue_class, index, quote_map)
    before = chain_start if subject_end is None else subject_end  # "He was suspected …, and accused by …"
    found = source_before(text, sentence.start, before)
    if found is None or not plausible_source(found[0].text) or not plausible_source(source.text):
        return None
    content = trimmed(text, _cue_noun_subject_start(text, sentence, found[1], before),
                      _past_subject_relative(text, found[0].end, before, aside_out=taken_as))
    if content is None:
        return None
    pieces = (content,) if why is None else (content, why)
    return make_quote(pieces, Span.of(text, chain_start, match.end()), source, None, cue_class, index, quote_map)


def passive_subject(text: str, match: regex.Match, chain_start: int, cue_class: str, sentence: Sentence,
                    index: int, quote_map: QuoteMap, *, made_public: bool = False,
                    holders: Span | None = None) -> Quote | None:
    """"The toll was widely known": the subject is what was known, by nobody named. ``made_public``: a cue of
    made_public_passives.txt, whose subject of a person ("who was revealed as …") or opening with "no" ("No deal
    was announced") tells of nothing made known."""
    cue = Span.of(text, chain_start, match.end())
    if PASSIVE_INFINITIVE.search(text, max(sentence.start, chain_start - 4), match.start()) is not None:
        return None  # "asked for the names to be disclosed": a wish, nothing made known
    share = SHARE_OF_WHICH.search(text, max(sentence.start, chain_start - 60), chain_start)
    if share is not None:  # "the outcome of which will be announced": the share is what is made known
        return make_quote((Span.of(text, *share.span(1)),), cue, holders, None, cue_class, index, quote_map)
    relative = RELATIVE_SUBJECT.search(text, max(sentence.start, chain_start - 12), chain_start)
    if relative is not None:
        if made_public and relative.group(1).lower() == "who":
            return None  # "Mr Reyl, who was revealed as the buyer": a person, not a statement
        return make_quote((Span.of(text, *relative.span(1)),), cue, holders, None, cue_class, index, quote_map)
    found = source_before(text, sentence.start, chain_start)
    if found is None:
        return None
    end = _past_subject_relative(text, found[0].end, chain_start)
    if DASH_ASIDE_BEFORE.match(text, found[0].end, chain_start) is not None:
        end = chain_start  # "Two gestures - a vigil on the quay - were announced": the aside names them
    content = trimmed(text, found[1], end)
    if content is None or content.text.lower() in frames().pronouns - {"it"}:
        return None  # "they were known": a person, not a statement
    words = content.text.lower().split()
    if (made_public and (words[0] == "no" or NO_OPENING.match(text, sentence.start, content.start) is not None)
            or words[-1] in WITHHELD_DETAILS):
        return None  # "No deal was announced", "Details were not disclosed": nothing made known
    if made_public and len(words) <= 3 and words[-1] in load_words("authored_documents.txt", lower=True):
        return None  # "A statement was announced on Monday": a document named, not what it says
    return make_quote((content,), cue, holders, None, cue_class, index, quote_map)


# "to be disclosed", "to have been announced": a passive infinitive right before the cue
PASSIVE_INFINITIVE = regex.compile(r"(?<![\p{L}])to\s+(?:have\s+been|be)\s+(?:\p{Ll}+ly\s+)?\Z", regex.IGNORECASE)
# "the outcome of which", "some of which": a share of what a relative pronoun stands for
SHARE_OF_WHICH = regex.compile(r"(?<![\p{L}])((?:(?i:the|some|all|most|many|none|each|one|both|several)\s+)"
                               r"(?:[\p{L}\-]+\s+){0,2}?of\s+which)\s+\Z")
# " - a vigil on the quay - ": an aside set off by dashes between a passive's subject and its cue
DASH_ASIDE_BEFORE = regex.compile(r"\s+[—―–-]{1,2}\s+[^—―–.;:!?“”\"]+?\s+[—―–-]{1,2}\s*\Z")
WITHHELD_DETAILS = load_words("withheld_details.txt", lower=True)  # "did not provide details", "Details were not disclosed"
NO_OPENING = regex.compile(r"[\s“\"‘']*(?i:no)\s+\p{L}")  # "No deal between Bay Lines and the guild (was announced)"


# "that skippers drew up", ", who runs the ferry,": a relative clause between a passive's subject and its cue
SUBJECT_RELATIVE = regex.compile(r",?\s+(?:that|who|whom|whose|which)\s")
# "The claim that", "Reports that", "His fear that": a noun of cue_nouns.txt and its "that" opening the sentence
CUE_NOUN_THAT_OPENING = regex.compile(r"[\s“\"‘']*(?P<phrase>(?:(?i:the|a|an|this|these|those|his|her|its|their|our|my|"
                                      r"your)\s+)?(?:[\p{L}\-]+\s+){0,2}?(?P<noun>\p{L}+)\s+that\s)")


def _cue_noun_subject_start(text: str, sentence: Sentence, start: int, chain_start: int) -> int:
    """Where a passive's subject starts: at the phrase of a noun of cue_nouns.txt whose "that" clause holds the
    subject read back from the cue, with no comma, colon or semicolon up to the cue ("The claim that the ferry is a
    year late was denied" -> "The claim that the ferry is a year late", not "a year late"); else at ``start``."""
    opening = CUE_NOUN_THAT_OPENING.match(text, sentence.start, start)
    if (opening is None or opening.group("noun").lower() not in clause_nouns()
            or regex.search(r"[,;:]", text[opening.end():chain_start]) is not None):
        return start
    return opening.start("phrase")


# ", who was 92, (is)": a relative set off by commas on both sides right before the cue
SUBJECT_RELATIVE_ASIDE = regex.compile(r",\s+(?:who|whom|whose|which)\s[^,;:()“”\"]+,\s*\Z")
# ", a skipper from Lyme, (was)": an appositive opened by a determiner, set off by commas right before the cue
SUBJECT_APPOSITIVE_ASIDE = regex.compile(r",\s+(?:a|an|the|his|her|their|its|our)\s[^,;:()“”\"]{1,60}?,\s*\Z")


def _past_subject_relative(text: str, head_end: int, chain_start: int, *, aside_out: bool = False) -> int:
    """"The plan that skippers drew up was rejected": a passive's subject keeps the relative clause between its head
    and the cue, which the subject read as a source leaves out; a time after the head stays out ("The plan on
    Monday was rejected"). ``aside_out`` (a cue that takes its subject for something, "remembered as") leaves out
    a relative set off by commas on both sides too, the writer's aside ("Ms Varga, who was 92, is remembered by
    skippers as a fighter" -> "Ms Varga" and "as a fighter"); otherwise an appositive set off by commas right before
    the cue stays in ("Ida Lenz, a skipper from Lyme, was criticized" -> "Ida Lenz, a skipper from Lyme")."""
    if aside_out and SUBJECT_RELATIVE_ASIDE.match(text, head_end, chain_start) is not None:
        return head_end
    if not aside_out and SUBJECT_APPOSITIVE_ASIDE.match(text, head_end, chain_start) is not None:
        return chain_start  # "Ida Lenz, a skipper from Lyme, was criticized": the appositive is part of the subject
    return chain_start if SUBJECT_RELATIVE.match(text, head_end, chain_start) is not None else head_end


NEWS_AS_ASIDE = regex.compile(r",\s+as\s+\Z")  # ", as first reported by the Gazette"
NEWS_SET_OFF = regex.compile(r",\s+(?:as\s+)?\Z")  # "The plan, (as) first reported by the Gazette, is …"
NEWS_ASIDE_CLOSE = regex.compile(r"\s*(?:[.!?]|\Z)")
NEWS_SUBJECT_CHARS = 80  # a subject set off before the aside: a noun phrase, not a clause
NEAR_OPENING = 20  # quotation marks, spaces and a "But" the subject may have before it
NEWS_QUOTED_LETTERS = 20  # more quoted letters than this before the aside make it a quotation's frame


@functools.cache
def news_passives() -> frozenset[str]:
    return load_words("news_passives.txt", lower=True)


def news_passive(text: str, agent: regex.Match, chain_start: int, match: regex.Match, cue_class: str,
                 sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """The agent's report of the clause around a participle of news: "The board sold the pier, as first reported
    by the Gazette." -> "The board sold the pier"; "The plan, first reported by the Gazette, is a key part of the
    budget." -> "The plan" and "is a key part of the budget"."""
    source = Span.of(text, *agent.span("agent"))
    if not plausible_source(source.text):
        return None
    cue = Span.of(text, chain_start, match.end())
    after = past_adverbials(text, agent.end(), sentence.end)
    window = max(sentence.start, chain_start - 8)
    if (aside := NEWS_AS_ASIDE.search(text, window, chain_start)) is not None and \
            NEWS_ASIDE_CLOSE.match(text, after, near(after, sentence.end)) is not None:
        content = clause_before(text, aside.start(), sentence, quote_map)
        if content is not None and (colon := content.text.rfind(":")) >= 0:
            content = trimmed(text, content.start + colon + 1, content.end)  # "… gear: the PAC started …"
        if content is None or not has_verb(content.text) or \
                quote_map.inside_letters(content.start, content.end) > NEWS_QUOTED_LETTERS:
            return None  # "“…,” Ms Varga said, as first reported by the Gazette": the quote's frame reports it
        return make_quote((content,), cue, source, None, cue_class, index, quote_map)
    set_off = NEWS_SET_OFF.search(text, window, chain_start)
    closing = SET_OFF_AFTER.match(text, after, near(after, sentence.end))
    if set_off is None or closing is None or set_off.start() - sentence.start > NEWS_SUBJECT_CHARS + NEAR_OPENING:
        return None  # the subject opens the sentence: no need to read a long stretch before the aside
    opening = SUBJECT_OPENING.match(text, sentence.start, set_off.start())
    if opening is None:
        return None  # "- The ferry, first reported by …": the sentence opens with no word
    subject = trimmed(text, opening.end(), set_off.start())
    if (subject is None or subject.end - subject.start > NEWS_SUBJECT_CHARS or CLAUSE_MARKS.search(subject.text)
            or "," in subject.text or verb_positions(text, subject.start, subject.end, s_forms=False)):
        return None  # "On Monday, the plan, …", "The board sold the pier, first …": no subject alone before it
    rest = clause_from(text, closing.end(), sentence, quote_map)
    if rest is None or not verb_positions(text, rest.start, min(rest.end, rest.start + 40)):
        return None
    return make_quote((subject, rest), cue, source, None, cue_class, index, quote_map)


def reduced_passive(text: str, agent: regex.Match, chain_start: int, match: regex.Match, cue_class: str,
                    sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """"…, a practice criticized by the skippers": the agent says it of the appositive noun phrase."""
    phrase = noun_phrase_before(text, sentence.start, chain_start)
    source = Span.of(text, *agent.span("agent"))
    comma = SET_OFF_BEFORE.search(text, max(sentence.start, chain_start - 4), chain_start)
    if cue_class != "writing" and comma is not None and SET_OFF_AFTER.match(text, agent.end(), near(agent.end(), len(text))) \
            and plausible_source(source.text) \
            and (head := noun_phrase_before(text, sentence.start, comma.start())) is not None \
            and head.text.split()[0].lower() in SET_OFF_HEADS and quote_map.around(head.start) is None:
        # "The toll bill, opposed by the skippers, failed": the noun before the set-off participle; not "The
        # plan, first reported by the Gazette, …", which reports the whole clause
        return make_quote((head,), Span.of(text, chain_start, match.end()), source, None, cue_class, index, quote_map)
    if (phrase is None or not plausible_source(source.text) or phrase.text.split()[0].lower() not in ("a", "an")
            or AS_AFTER.match(text, agent.end(), near(agent.end(), len(text)))):
        return None  # "the governor challenged by Ms Varga", "a plan seen by some as a folly"
    if not APPOSITIVE_OPENING.search(text, max(sentence.start, phrase.start - 4), phrase.start):
        return None  # "the cuts favored by conservatives": a plain modifier, no report
    return make_quote((phrase,), Span.of(text, chain_start, match.end()), source, None, cue_class, index, quote_map)


def passive_clause(text: str, match: regex.Match, chain_start: int, cue_class: str, sentence: Sentence,
                    index: int, quote_map: QuoteMap) -> Quote | None:
    rest_stop = _phrase_stop(text, match.end())
    if COORDINATED_BEFORE.search(text, max(sentence.start, chain_start - 8), chain_start) is not None:
        # "Ms Varga left early and is not expected to return": the subject is the first verb's; what is expected
        rest = clause_from(text, SPACES.match(text, match.end()).end(), sentence, quote_map)
        if rest is not None and rest_stop is not None and (end := rest_stop.search(text, rest.start, rest.end)):
            rest = trimmed(text, rest.start, end.start())
        if rest is None:
            return None
        return make_quote((rest,), Span.of(text, chain_start, match.end()), None, None, cue_class, index, quote_map)
    pronoun = noun_phrase_before(text, sentence.start, chain_start)
    # "on the same evening she is widely expected to …": the clause starts at "she"
    opening = pronoun.start if pronoun is not None and pronoun.text.lower() in frames().pronouns else None
    if opening is None and (that := _relative_that(text, sentence, chain_start)) is not None:
        opening = that  # "a change that was seen as a retreat": the clause starts at "that"
    what = (WHAT_BEFORE_CHAIN.search(text, max(sentence.start, chain_start - 8), chain_start)
            if opening is None and AS_NEXT.match(text, match.end(), near(match.end(), sentence.end)) else None)
    if what is not None:
        opening = what.start("what")  # "started what is now known as the harbour revolt": "what" and its name
    quote = clause_with_subject(text, opening, chain_start, match.end(), Span.of(text, chain_start, match.end()),
                                cue_class, sentence, index, quote_map, around_cue=True, passive=True,
                                rest_stop=rest_stop)
    if quote is None and opening is None and (whole := _verbless_subject(text, sentence, chain_start)) is not None:
        # "Her calm manner and ability to connect with skippers is seen as an asset": a long subject, no verb in it
        quote = clause_with_subject(text, whole, chain_start, match.end(), Span.of(text, chain_start, match.end()),
                                    cue_class, sentence, index, quote_map, around_cue=True, passive=True,
                                    rest_stop=rest_stop)
    if what is not None and quote is not None and len(quote.content) == 2:
        # the name ends before a preposition other than "of": "what is known as the Lyme rule from an old case"
        name = quote.content[1]
        words = WORD.finditer(text, name.start, name.end)
        first = next(words, None) and next(words, None)  # the name's first word, after "as"
        stop = NAME_PREPOSITION.search(text, first.end(), name.end) if first is not None else None
        if stop is not None and (name_end := trimmed(text, name.start, stop.start())) is not None:
            quote = make_quote((quote.content[0], name_end), quote.cue, quote.source, None, cue_class, index, quote_map)
    return _within_relative(text, quote, cue_class, index, quote_map)


# a preposition other than "of": where a name given after "what is known as" ends
NAME_PREPOSITION = regex.compile(r"\s+(?:"
                                 + alternation(load_words("prepositions.txt", lower=True) - {"of"}) + r")\s")


# an agent between a passive and the infinitive its clause needs: "is said by skippers to …" ("criticized by X for
# …" and "seen by X as …" are passive_with_agent's)
AGENT_BEFORE_WORD = regex.compile(r"\s+by\s+(?P<agent>[^\s,;:.“”\"()][^,;:.“”\"()]{0,59}?)(?=\s+to\s)")


def passive_clause_by(text: str, match: regex.Match, agent: regex.Match, chain_start: int, cue_class: str,
                      sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """"The pier is said by skippers to be unsafe": the clause around the agent, in two pieces ("The pier", "to be
    unsafe"), the agent its source."""
    quote = passive_clause(text, match, chain_start, cue_class, sentence, index, quote_map)
    if quote is None or len(quote.content) != 2 or quote.content[1].start > agent.start("agent"):
        return None
    subject, rest = quote.content
    rest = trimmed(text, agent.end(), rest.end)
    if rest is None:
        return None
    return make_quote((subject, rest), quote.cue, Span.of(text, *agent.span("agent")), None, cue_class, index,
                      quote_map)


def _within_relative(text: str, quote: Quote | None, cue_class: str, index: int, quote_map: QuoteMap) -> Quote | None:
    """A clause in two pieces whose subject is a relative ("who", "which", "what", "whose …", a lower-case "that")
    ends before the main clause's verb: "Skippers who seemed unconvinced left the pier" -> "who" | "unconvinced"."""
    if (quote is None or len(quote.content) != 2
            or (first := WORD.match(text, quote.content[0].start)) is None
            or (first.group().lower() not in RELATIVE_SUBJECTS and first.group() != "that")  # "ferries that were …"
            or (end := _main_verb_after(text, quote.content[1])) is None
            or (rest := trimmed(text, quote.content[1].start, end)) is None):
        return quote
    return make_quote((quote.content[0], rest), quote.cue, quote.source, None, cue_class, index, quote_map)


# the sentence's start, past quotation marks and a leading "But", "And": "But the fee …"
SUBJECT_OPENING = regex.compile(r"[\s“\"‘]*(?:(?:But|And|Yet|So|Still)\b,?\s+)?(?=\p{L})")
CLAUSE_MARKS = regex.compile(r"[;:()—–]")


@functools.cache
def _clause_words() -> frozenset[str]:
    # "and" may join two nouns ("her manner and ability"); "who", "when", "that" open a clause of their own
    return (frames().boundaries | {"whose", "whom"}) - {"and", "or", "than"}


def _verbless_subject(text: str, sentence: Sentence, chain_start: int) -> int | None:
    """Where the sentence's subject starts when all before the cue is one noun phrase, no verb in it."""
    opening = SUBJECT_OPENING.match(text, sentence.start, chain_start)
    if (opening is None or chain_start - opening.end() > 160
            or CLAUSE_MARKS.search(text, opening.end(), chain_start)):
        return None
    if has_verb_between(text, opening.end(), chain_start, s_forms=False):
        return None
    words = {word.lower() for word in WORD.findall(text, opening.end(), chain_start)}
    return None if words & _clause_words() else opening.end()


SPACES = regex.compile(r"\s*")
AS_NEXT = regex.compile(r"\s+as\s")  # "is listed as …"
# where an "as" phrase after a passive ends: "as the owner, wearing a cap", "as a skipper but rarely sails"
# "as white, about 6ft tall and wearing a dark jacket": after the comma the rest of a list that "and" or "or" closes
# at the phrase's end, its first word no "-ing" form ("as the owner, wearing a cap and gloves" ends at the comma) nor
# "both", "either" or "neither", which open a setting ("denounced as reckless, both in Lyme and abroad")
AS_LIST_REST = (r"(?!\p{Ll}+ing\b|(?:and|or|but|both|either|neither|who|which|that|he|she|they|it|we)\b)"
                r"[^,;:.!?“”\"()—―–]{1,60}?\s(?:and|or)\s[^,;:.!?“”\"()—―–]{1,60}(?:[.!?]|\Z)")
AS_PHRASE_STOP = regex.compile(r",(?:[”\"’]|'')?\s+(?![“\"‘]|''|" + AS_LIST_REST + r")|\s(?:[—―–]|--?)\s|;|\s+but\s")
INFINITIVE_NEXT = regex.compile(r"\s+to\s")  # "is expected to …"
ADVERB_NEXT = regex.compile(PASSIVE_ADVERB)  # "is seen chiefly as …": an adverb before the "as" or "to"


@functools.cache
def _phrase_stops() -> tuple[regex.Pattern, regex.Pattern]:
    """Where the phrase after a passive ends: before a clause of its own ("… in a year when voters …", "… after he
    hit …"), and an "as" phrase also at a comma, dash or "but"."""
    f = frames()
    prepositions = alternation(f.subordinators & f.prepositions)
    clause = (r"\s+(?i:" + alternation(load_words("phrase_clause_openers.txt", lower=True))
              + r"|(?:" + prepositions + r")\s+(?:" + alternation(f.pronouns) + r"))\b")
    # "was charged with assault and will appear …", "… and released on bail": the subject's next verb; an "as"
    # phrase goes on ("is viewed as a partner and has been an ally")
    next_verb = (r"|,?\s+and\s+(?:(?:" + alternation(load_words("verbal_auxiliaries.txt", lower=True))
                 + r")\b|\p{Ll}{3,}ed\s+(?:" + alternation(load_words("second_verb_prepositions.txt", lower=True))
                 + r")\b)")
    return regex.compile(clause + next_verb), regex.compile(AS_PHRASE_STOP.pattern + "|" + clause)


AS_LIST_AFTER_COMMA = regex.compile(r",\s+" + AS_LIST_REST)


def _as_list_resume(text: str, cue_end: int, stop: regex.Match, end: int) -> int | None:
    """"is described as white, about 6ft tall and wearing a dark jacket": where an "as" phrase right after the cue
    goes on past a comma before the rest of a list (``AS_LIST_REST``); None elsewhere."""
    cue_end = ADVERB_NEXT.match(text, cue_end).end()
    if AS_NEXT.match(text, cue_end, near(cue_end, len(text))) is None or text[stop.start()] != ",":
        return None
    return stop.end() if AS_LIST_AFTER_COMMA.match(text, stop.start(), end) is not None else None


def _phrase_stop(text: str, cue_end: int) -> regex.Pattern | None:
    """"is listed as the owner, but …": an "as" phrase ends like an object; "was charged with assault after he
    hit …": any phrase but an infinitive ends before a clause of its own."""
    cue_end = ADVERB_NEXT.match(text, cue_end).end()  # "was portrayed simply as …": past the adverb
    if INFINITIVE_NEXT.match(text, cue_end, near(cue_end, len(text))):
        return None
    clause, as_phrase = _phrase_stops()
    return as_phrase if AS_NEXT.match(text, cue_end, near(cue_end, len(text))) else clause


COORDINATED_BEFORE = regex.compile(r"(?<![\p{L}])(?:and|but),?\s+\Z")  # "… and is expected to", "…, but was seen as"
# a free relative "what" just before a passive cue chain: "what is known as", "what is often described as"
WHAT_BEFORE_CHAIN = regex.compile(r"(?<![\p{L}’'-])(?P<what>what)\s+\Z")
# "that" just before a cue chain, and the word before it
THAT_BEFORE_CHAIN = regex.compile(r"(?:(?P<word>[\p{L}’'-]+)[”\"’]?\s+)?(?P<that>(?i:that))\s+\Z")


def _relative_that(text: str, sentence: Sentence, chain_start: int) -> int | None:
    """Where "that" stands as the subject of a passive: after a noun ("a route that is expected to …") or opening
    the sentence ("That was expected to take years"); not after a verb or a conjunction ("said that is", "so that")."""
    found = THAT_BEFORE_CHAIN.search(text, max(sentence.start, chain_start - 60), chain_start)
    if found is None:
        return None
    word = found.group("word")
    if word is None:
        return found.start("that") if not last_char_before(text, sentence.start, found.start("that"), "“\"‘ ") else None
    lower = word.lower()
    f = frames()
    if (lower in f.boundaries or lower in cue_lexicon().forms or lower in cue_lexicon().finite_forms
            or lower in f.prepositions or lower in f.be_forms or lower.endswith("ly")):
        return None
    return found.start("that")


REQUEST_PARTICIPLES = frozenset({"asked"})  # "Asked to leave, he refused": what was asked of him
REQUEST_AGENT = regex.compile(r" by (?:the\s|\p{Lu})[^\s]*(?:\s[^\s]+){0,8}")  # "… by the harbour council"
# "Anyone with information is asked to", "Witnesses are urged to": from the sentence start to the request (and "to")
PUBLIC_APPEAL = regex.compile(r"(?:" + alternation(load_words("appeal_subjects.txt", lower=True)) + r")\b"
                              r"[^.;:!?“”\"]{0,80}?\s(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+)?"
                              r"(?:" + alternation(load_words("appeal_verbs.txt", lower=True)) + r")(?:\s+to)?\s*\Z",
                              regex.IGNORECASE)


# "Anyone with information should call", "Witnesses are urged to contact police quoting …": the appeal's subject
# from the sentence start, then the request (a modal of appeal_modals.txt, or "is asked to"), which opens the
# reader's part of the sentence
APPEAL_REQUEST = regex.compile(r"(?:" + alternation(load_words("appeal_subjects.txt", lower=True)) + r")\b"
                               r"[^.;:!?“”\"]{0,80}?\s(?P<request>(?:is|are)\s+(?:being\s+)?(?:\p{Ll}+ly\s+)?(?:"
                               + alternation(load_words("appeal_verbs.txt", lower=True)) + r")\s+to|(?:"
                               + alternation(load_words("appeal_modals.txt", lower=True)) + r"))\s",
                               regex.IGNORECASE)
APPEAL_REACH = 160  # characters from the sentence start to the request


def appeal_request(text: str, sentence: Sentence) -> int | None:
    """Where the request of a public appeal starts, when the sentence is one: "Anyone with information should
    call 101, quoting reference 12" -> the start of "should"; a base form or "-ing" cue after it is what the
    reader is asked to do, nobody's report ("call", "quoting"); None for "Witnesses said the ferry was late"."""
    found = APPEAL_REQUEST.match(text, sentence.start, min(sentence.end, sentence.start + APPEAL_REACH))
    return found.start("request") if found is not None else None


def public_appeal(text: str, sentence: Sentence, end: int) -> bool:
    """The sentence up to ``end`` is a public appeal in the passive: "Anyone with information is asked to"; what the
    reader is asked to do is nobody's report, nor what they are to say ("… is urged to report it")."""
    return PUBLIC_APPEAL.match(text, sentence.start, end) is not None


def passive_question(text: str, match: regex.Match, chain_start: int, cue_class: str, sentence: Sentence,
                     index: int, quote_map: QuoteMap) -> Quote | None:
    """"Ms Varga was asked whether …", "was asked about the pier": the question, by someone unnamed."""
    request = match.group().lower() in REQUEST_PARTICIPLES  # "was asked to step down": a request
    if (quoted := QUESTION_QUOTED.match(text, match.end(), near(match.end(), sentence.end))) \
            is not None and (asked := quote_map.starting_at(quoted.end())) is not None and asked.closed \
            and asked.inner.text.rstrip(",").endswith("?"):
        # "Ms Varga was asked, “Is the pier closed?”": the question in its marks, by someone unnamed
        return make_quote((asked.inner,), Span.of(text, chain_start, match.end()), None, None, cue_class, index,
                          quote_map)
    question = _passive_question(request).match(text, match.end(), near(match.end(), sentence.end))
    # "was asked about the fares during an interview": a topic after "about" ends where an object does
    stop = _topic_stop() if question is not None and (question.group("about") or question.group("noun_about")) \
        else CLAUSE_COMMA
    if question is None:
        content = None
    elif stop is CLAUSE_COMMA:
        content = question_from(text, question.end(), sentence, quote_map)
    else:
        content = clause_from(text, question.end(), sentence, quote_map, stop=stop)
    if (content is not None and stop is not CLAUSE_COMMA and text.startswith(",", content.end)
            and near(content.end, sentence.end) == sentence.end  # the list closes the sentence, no window's edge
            and (listed := TOPIC_LIST_TAIL.match(text, content.end, near(content.end, sentence.end))) is not None
            and not has_verb_between(text, content.end, listed.end(), s_forms=False)):
        content = Span.of(text, content.start, listed.end())  # "was asked about the toll, the fares and the pier"
    if content is None or request and content.text.startswith("to ") and public_appeal(text, sentence, match.end()):
        return None  # "Anyone with information is asked to call the police": an appeal to the reader
    agent = None
    by = content.text.rfind(" by ") if request and content.text.startswith("to ") else -1
    if by > 0 and REQUEST_AGENT.fullmatch(content.text, by):
        # "was asked to step down by the council": the council asks
        agent = Span.of(text, content.start + by + 4, content.end)
        content = Span.of(text, content.start, content.start + by)
    return make_quote((content,), Span.of(text, chain_start, match.end()), agent, None, cue_class, index, quote_map)


def question_from(text: str, start: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """The question put from ``start`` up to its clause's comma: "(was asked) whether the pier would be sold"; a
    relative aside set off by commas, the question's verb after it, is no end of it ("whether his planned toll,
    which the Guild says is unfair, would hurt the harbour" stays whole; "whether the pier would be sold, which
    surprised the skippers." ends at the comma)."""
    content = clause_from(text, start, sentence, quote_map, stop=CLAUSE_COMMA)
    if content is None or (resume := relative_aside_end(text, content.end, sentence.end)) is None \
            or (rest := clause_from(text, resume, sentence, quote_map, stop=CLAUSE_COMMA)) is None:
        return content
    return Span.of(text, content.start, rest.end)


@functools.cache
def _topic_stop() -> regex.Pattern:
    """Where a topic asked about ends: a comma, as a question's clause, or the occasion after it, as an object's
    ("was asked about the fares during a radio interview", "… in an interview with the Gazette", "… on Monday")."""
    occasions = spaced(load_lines("object_occasions.txt"))
    return regex.compile(CLAUSE_COMMA.pattern + r"""
        |\s+(?:in|at|during)\s+(?:a|an|the|his|her|their|its|our)\s+(?:[^\s,;:.!?“”"()]+\s+){0,3}?(?:""" + occasions
                         + r""")\b|\s+(?:on\s+)?(?:""" + weekday_alternation() + r""")\b""", regex.VERBOSE)


# the rest of a list of topics closing the sentence after the first item's comma: ", the fares and the pier."
TOPIC_LIST_TAIL = regex.compile(r"(?:,\s+[^\s,;:.!?“”\"()][^,;:.!?“”\"()]{0,40}?){1,4}?,?\s+(?:and|or)\s+"
                                r"[^\s,;:.!?“”\"()][^,;:.!?“”\"()]{0,40}?(?=[.!?]?[”\"’']?\s*\Z)")
QUESTION_QUOTED = regex.compile(r"\s*[,:]?\s*(?=[“\"‘'«„]|'')")  # "was asked, “Is it …?”"


@functools.cache
def _passive_question(request: bool) -> regex.Pattern:
    """After "was asked": an adverb or two, a time or place ("on Monday", "at a briefing"), then "about" or a
    question word (where the content starts)."""
    words = alternation(frames().question_words)
    return regex.compile(r"""\s+(?:(?:\p{Ll}+ly|again|also|later)\s+){0,2}
        (?:(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|morning|afternoon|evening)|yesterday
            |(?-i:""" + weekday_alternation() + r"""))\s+)?  # "asked last month about …", "asked Tuesday whether …"
        (?:(?:on|in|at|during|after)\s[^,;:“”"()]{1,40}?\s+)?  # "asked at a briefing Monday about …"
        (?:(?P<about>about)\s+|(?=(?:""" + words + r""")\b""" + (r"|to\s+\p{Ll}" if request else "") + r"""
        |(?:a|an|the|several|some|many)\s+(?:\p{Ll}+\s+){0,3}?questions?\s+(?P<noun_about>about|on|over)\s))""", regex.VERBOSE)


def as_reported_by(text: str, match: regex.Match, cue_class: str, sentence: Sentence, index: int,
                   quote_map: QuoteMap) -> Quote | None:
    """"As reported by The Hill, the senator …": the agent reports the main clause after the comma."""
    agent = PASSIVE_AGENT.match(text, match.end(), near(match.end(), sentence.end))
    comma = AS_COMMA.match(text, agent.end(), near(agent.end(), sentence.end)) if agent else None
    content = clause_from(text, comma.end(), sentence, quote_map) if comma else None
    if content is None or not has_verb(content.text):
        return None
    return make_quote((content,), Span.of(text, match.start(), match.end()), Span.of(text, *agent.span("agent")),
                      None, cue_class, index, quote_map)

