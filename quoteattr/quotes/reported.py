"""Cue-driven attribution: for each cue verb, its source, content and addressee.

One function per frame shape, each reading a bounded window around the cue:

- source, cue, content: ``X said (that) …``, ``X told Y …``, ``X vowed to …``,
  ``X said: “…”``
- content, source, cue: ``…, X said.``, ``“…,” said X.``, ``“A,” she said, “B.”``

Where the content starts and stops is content.py's; cue-less attributions
("according to X", "Name: …") are labels.py's.
"""
from __future__ import annotations

import functools
import heapq
from collections.abc import Iterator

import attrs
import regex

from ..analysis.base import Analysis
from ..lexicon import load_lines, load_table, load_words
from ..model import Kind, Quote, Sentence, Span
from .content import (ANY_CUE, AS_WORD, CAPITALISED_RELATIVES, CLOSING_MARKS, DAY_BEFORE, ENACTING_CUES, LISTENERS_AFTER_OBJECT,
                      MAIN_CLAUSE_AFTER,
                      NEXT_WORD,
                      NAME_WORDS, OBJECT_STOP, OPENING_SUBJECT_BEFORE_PAST, PERSON_OBJECTS, QUOTED_NAME, SUBJECT_PRONOUN_WORDS,
                      PHRASE_THEN_THAT, THAT, TO_WORD, VERB_ADVERBS,
                      VERB_AFTER_ASIDE, VERBAL_AUXILIARIES, WITHHOLDING_OPENERS, WORD, before_second_present, before_verb,
                      capitalised_cue_after_first, clause_before, clause_nouns, runs_into_quote, clause_from, complement_after_cue, first_comma, past_word,
                      has_verb, has_verb_between, noun_then_plain_verb, verb_positions,
                      headline, joined_adjective, more_words_than, opens_with_subject, plural_role, told_clause, trimmed, verb_after_clause,
                      verb_groups, within_aside, within_opening_clause)
from .cues import cue_lexicon, finite_frame_forms, plural
from .frames import (NEAR, EndAnchored, alternation, auxiliary_chain, channel_phrase, cue_past_form, end_before,
                     forum_or_day, frames, last_char_before, looks_past, near, past_adverbials, reduced_passives, spaced,
                     tail_before, time_count, time_unit, weekday_alternation)
from .labels import (COLON_FRAME_NOUNS, according_to, colon_label, given_in_headline, in_view_of, is_transcript, message_from,
                     name_tagged_headline, on_topic_label, possessed_noun_before_that, possessive_copula, possessive_label,
                     possessive_question, quotation_then_noun, report_tagged_headline, self_described, titled_work, to_whom)
from .leftframe import (CLOSING_QUOTES, INVERTING, JOINT_OPENING, QUOTE_MARK, after_quoted_words, closes_plain_clause,
                        interrupts_subject, next_present_act, opens_sentence, quote_in_next_sentence, read_left_frame,
                        verbless_headline)
from .names import ARTICLES, is_given_name
from .nounuses import (closes_appositive, compound_noun, idiom, interview_question, is_year, noun_after_name,
                       noun_follows, plural_before_cue)
from .marks import Quoted
from .pronouns import pronouns as pronoun_table
from .quotemap import QuoteMap, kind_of, make_quote
from .sources import (AUXILIARY_TIME_BEFORE, NAME_WORD, NEXT_ACT_AHEAD, TIME_BEFORE, NOUN_DETERMINERS, PLURAL_HEAD, POSSESSED_MODIFIER, POSSESSIVES, RELATIVE_PRONOUNS, approximator,
                      clause_subject, contact_relative_head, contact_subject, fronted_phrase_end, headline_document,
                      in_s_form,
                      joined_subject, no_verb_form, noun_phrase_before, plausible_source, sentence_adverb_alternation,
                      described_subject, inverted_opening_source, sentence_subject, source_after, source_before)
from .subjects import (FINITE, RELATIVE_SOURCE, SPOKEN_CLASSES, fallback_source, gerund_subject, object_relative_head, plural_subject,
                       relative_subject, relative_that_between, stance_before_to, time_units, within_relative,
                       within_restrictive, word_before)
from .titles import honorific, title_words
from .wordcues import (AGENT_BEFORE_WORD, AGENT_INFINITIVE, AS_COMMA, AS_OPENS, CLAUSE_COMMA, NEXT_LOWER_WORD, NO_BEFORE, PASSIVE_AGENT,
                       WITHHELD_DETAILS, WordCues, object_gap_verbs,
                       as_reported_by, cue_after_to, is_noun_cue, news_passive, object_gap, news_passives, noun_object_cue_end, question_from,
                       passive_clause, passive_clause_by, passive_question, passive_subject, passive_with_agent,
                       appeal_request, public_appeal, reduced_passive, seeming, sounds_as, report_cue_after_passive, word_cue_quotes,
                       QUOTING_PASSIVES)

__all__ = ["find_reported"]

# "This story has been revised to add that …", "… with comments from …": the publication's note on its own piece reports nobody
REVISION_NOTE = regex.compile(r"[\W_]*(?i:this)\s+(?i:" + alternation(load_words("revised_pieces.txt", lower=True))
                              + r")\s+(?i:has\s+been|had\s+been|was|is\s+being)\s+(?i:"
                              + alternation(load_words("revision_verbs.txt", lower=True)) + r")\s+(?:to|with)\s")
REVISION_NOTE_REACH = 60  # characters from the sentence start where such a note's opening ends

DAYS = weekday_alternation()
# "told a joke", "tell their family stories", "told a slightly different tale"; not "told the story of …"
TOLD_ACCOUNT = regex.compile(r"\s+(?:(?:a|an|one|his|her|their|its|our|my|your)\s+)?(?:(?!the\s)[\p{Ll}\-]+\s+){0,2}?(?:"
                             + alternation(load_lines("told_accounts.txt")) + r")\b")
# "…, Mr Reyl wrote Ms Varga.": a name alone closing the sentence after a verb of writing is whom it went to
NAMED_READER = regex.compile(r"\s+(?P<reader>(?!(?:" + DAYS + "|" + alternation(sorted(load_words("months.txt")))
                             + r"|Today|Tonight)\b)\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})[.!?]?\s*\Z")
TOPIC_AMOUNTS = load_words("topic_amounts.txt", lower=True)
# "told skippers little about the toll": an amount between the listener and the topic's particle
TOPIC_AMOUNT = regex.compile(r"\s+(?:" + alternation(TOPIC_AMOUNTS) + r")(?:\s+(?:more|less))?(?=\s)")
# words that end an addressee: "told reporters that", "told Lyme Radio on Friday"
# "told the Gazette through her lawyer that": the channel ends the listener
# "it" ends one too, unless an infinitive follows it: "asked it to be taken down" asks "it"
ADDRESSEE_STOPS = (r"(?:" + alternation((load_words("addressee_stops.txt", lower=True) - {"it"}) | TOPIC_AMOUNTS) + "|"
                   + DAYS + r")\b|it\b(?!\s+(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|him|them|us|me)\b)"
                   r"\p{Ll})|" + channel_phrase())
# "told skippers privately that …", "told the skippers quietly the toll …": the manner of telling after the listener,
# before the words told; not "told elderly skippers", an adjective before its noun, nor "the assembly" (nouns_in_ly.txt)
MANNER_BEFORE_WORDS = (r"(?!(?:" + alternation(load_words("nouns_in_ly.txt", lower=True)) + r")\b)(?-i:\p{Ll}{3,}ly)\s+"
                       r"(?:that|the|a|an|his|her|their|its|he|she|they|it|we|I)\b")
# "told reporters no boats were lost", "told the Gazette some crews …": a determiner or a count after the listener
# opens the clause told; not one that floats after it ("told us all", "told them both") or opens a time ("every day"),
# nor "other" or a noun for people within the listener ("told the other skippers", "telling few people"); in lower
# case only ("told Lyme Radio's Harbour Hour")
CLAUSE_QUANTIFIERS = alternation((load_words("source_determiners.txt", lower=True) | load_words("quantifiers.txt", lower=True))
                                 - load_words("floating_quantifiers.txt", lower=True) - {"every", "other", "others", "people"}
                                 - load_words("pro_form_subjects.txt", lower=True))
# "told the jury each defendant had lied": "each" or "every" and a noun that is no time unit, then an auxiliary or a
# past in -ed, open the clause told; "told them each", "told the skippers every day" stay with the listener
DISTRIBUTIVE_SUBJECT = (r"(?-i:(?:each|every)\s+(?!" + time_unit() + r"\b)\p{Ll}[\p{Ll}\-]*\s+(?:"
                        + alternation(load_words("verbal_auxiliaries.txt", lower=True)) + r"|\p{Ll}{2,}ed)\b)")
# "the skippers' union"; "the U.S. envoy": the closing dot of capitals joined by dots
LISTENER_WORD = (r"\#?[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-&]|[.'’](?=\p{L}))*(?:(?<=s)['’](?=\s))?"
                 r"(?-i:(?<=\p{Lu}\.\p{Lu})\.(?=\s+\p{Ll}))?")
# "told Today show viewers", "told Tonight the pier was safe": a capitalised time word right after the cue names a show
TIME_NAMED_SHOWS = alternation(load_words("time_named_shows.txt"))
ADDRESSEE = regex.compile(r"""
    \s+
    (?P<addressee>
        (?:(?:the|a|an|his|her|their|its|our|my)\s+(?!(?:the|a|an|his|her|their|its|our|my)\b))?  # "told her the …": "her"
        (?:(?<=(?<![\p{L}])(?:the|a|an)\s+)(?-i:\p{Lu})  # "told the Sunday Times": after an article a
           |(?=(?-i:""" + TIME_NAMED_SHOWS + r""")\b)        # capitalised word is no stop, nor a show named
           |(?=[\p{L}]+['’]s\s+\p{Ll})                     # for a time ("told Today viewers") or a time's
           |(?!""" + ADDRESSEE_STOPS + r"""))             # ("told today's meeting")
        """ + LISTENER_WORD + r"""
        (?:\s+(?!(?:the|a|an|his|her|their|its|our|my|(?-i:""" + CLAUSE_QUANTIFIERS + r"""))\b|""" + ADDRESSEE_STOPS + "|"
                  + MANNER_BEFORE_WORDS + "|" + DISTRIBUTIVE_SUBJECT + r""")
            """ + LISTENER_WORD + r"""){0,5}
    )
""", regex.VERBOSE | regex.IGNORECASE)
# the same stops, but "of" may join a longer object: "urged the rest of the council to"
LONG_ADDRESSEE_STOPS = (r"(?i:" + alternation(load_words("addressee_stops.txt", lower=True) - {"of", "with"}) + "|" + DAYS
                        + r"|as|because|if|while|who|which|whom|whose|where|by|for)\b")
# words that open a noun phrase and never an infinitive: "to the", "to them", "to anyone"
NOT_INFINITIVE = alternation(load_words("noun_only_determiners.txt", lower=True) | set(pronoun_table())
                             | load_words("pro_form_subjects.txt", lower=True))
# "urged the rest of the council to", "pressed Mr. Reyl to", "asked Ms Varga, Mr Reyl and Ms Lund to": a longer
# object before "to" and its verb; not "told reporters the fine sent a message to anyone", a clause's own "to"
LONG_ADDRESSEE = regex.compile(r"""
    \s+
    (?P<addressee>
        (?:(?!""" + LONG_ADDRESSEE_STOPS + r""")[\p{L}\p{N}][\p{L}\p{M}\p{N}\-&’'.]*(?:,(?=\s+\p{Lu}))?\s+){1,8}?
    )
    (?:not\s+)?to\s+(?!(?:""" + NOT_INFINITIVE + r""")\b)\p{Ll}  # "urged the council not to"
""", regex.VERBOSE)
# "stated the pier was unsafe", "maintains he did nothing wrong": the narrow bare clause of
# cues_bare_finite_subject.txt, a subject pronoun and a finite verb or a determiner, one noun and an auxiliary
FINITE_AUXILIARIES = sorted(load_words("verbal_auxiliaries.txt", lower=True) - {"be", "been", "being"})
FINITE_SUBJECT_CLAUSE = regex.compile(
    r"\s*(?<!\p{L})(?:(?:he|she|it|they|we|I)\s+(?:" + alternation(FINITE_AUXILIARIES) + r"|\p{Ll}+(?:ed|s))"
    r"|(?:the|this|these|those)\s+\p{Ll}+\s+(?:" + alternation(FINITE_AUXILIARIES) + r"))\b(?!['’])")
# "people with heart conditions" goes on to "to"; "him with questions" is no longer addressee
PRONOUN_WITH = regex.compile(r"(?<![\p{L}])(?i:me|him|her|us|them|it|you)\s+with\b")
# "Sen. Ida Lenz", then a comma, "that" or a clause's subject: "told Sen. Lenz the pier had closed"
NAME_AFTER_TITLE = regex.compile(r"\s+\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}"
                                 r"(?=,|\s+(?:that|the|his|her|their|its|this|these|those|he|she|they|it|we|I)\s)")
WORD_START = regex.compile(r"(?<!\S)(\S+)")  # each word of a phrase
# a lower-case noun, then a name: "the court Mr Reyl", "jurors Ms Varga" (not "the Harbour Council")
NAME_AFTER_LISTENER = regex.compile(r"(?<=(?<![\p{L}])(?!(?:the|a|an|his|her|their|its|our|my)\s)\p{Ll}{2,})\s+(?=\p{Lu})")
TO_VERB_AHEAD = regex.compile(r"\s+(?:not\s+)?to\s+\p{Ll}")
# a frame closing the sentence: ", the council said.", ", police said on Monday."
CLOSING_FRAME = regex.compile(r",\s+(?!(?i:and|or|but|nor|so|what|who|which|how|why|when|where|whether|if)\b)"
                              r"(?:[\p{L}.'’\-]+\s+){1,5}(?P<cue>\p{Ll}+)(?:\s+(?:on|in|last|this)\s+[\p{L}]+)?"
                              r"\s*[.!?]?[”\"’»›]?\s*")
# a relative clause on the listener, then the infinitive: "urged anyone who saw the crash to come forward"
LAST_ITEM = regex.compile(r"\s(?:and|or)\s")
COMMA_THEN_TO = regex.compile(r",(?=\s+(?:not\s+)?to\s+\p{Ll})")
# (a "which" clause only when set off: "told the board, which is broke, to sell the pier")
RELATIVE_THEN_TO = regex.compile(r"(?P<clause>(?P<comma>,)?\s+(?:who|(?(comma)which|(?!)))\s[^,;:“”\"()]{1,80}?)(?(comma),)"
                                 r"\s(?:not\s+)?to\s+\p{Ll}")
# "asked Ms Varga, the harbour master, whether …": a listener's appositive or relative clause set off by commas,
# then a question or an infinitive
LISTENER_APPOSITIVE = regex.compile(r",\s+(?P<noun>(?:the|a|an|his|her|their|its|our)\s[^,;:.!?“”\"()]{1,60}?"
                                    r"|(?P<names>(?-i:\p{Lu}[^;:.!?“”\"()]{0,80}?\s(?:and|or)\s\p{Lu}[^,;:.!?“”\"()]{0,30}?))"
                                    r"|(?P<who>who)\s[^,;:“”\"()]{1,80}?),(?(names)(?!\s+(?:not\s+)?to\s))"
                                    r"(?=\s+(?:not\s+)?(?P<next>whether|if|to|why|how|what|when|where)\s)")
# what a listener's names, list or aside lead up to: "(not) whether", "if" or a question word
QUESTION_AFTER_LISTENER = r"(?=\s+(?:not\s+)?(?P<next>whether|if|why|how|what|when|where)\s)"
# "asked the ferry firms - Bay Lines and Sea Hop - whether …": names set off by a pair of dashes after the one
# asked, perhaps after an "of" phrase ("the firms of the bay - …"), then the question
LISTENER_DASH_APPOSITIVE = regex.compile(r"(?:\s+of\s+[^,;:.!?“”\"()\-–—]{1,60}?)?(?:\s+(?:-|--|–|—)\s+|—)"
                                         r"(?P<noun>\p{Lu}[^;:.!?“”\"()\-–—]{0,80}?)(?:\s+(?:-|--|–|—)|—)"
                                         + QUESTION_AFTER_LISTENER)
# "asked Mr Reyl, Ms Ruiz and Mr Osman whether …", "asked skippers, crews and owners why …": more listeners, the
# last after "and" or "or", then the question
LISTENER_LIST = regex.compile(r"(?:,\s+[^,;:.!?“”\"()\-–—]{1,40}?){0,4},?\s+(?:and|or)\s+[^,;:.!?“”\"()\-–—]{1,40}?"
                              + QUESTION_AFTER_LISTENER)
# "asked the crews of the bay why …": the listener's "of" phrase, up to a question word
OF_PHRASE_THEN_QUESTION = regex.compile(r"\s+of\s+[^,;:.!?“”\"()\-–—]{1,40}?(?=\s+(?:not\s+)?(?:whether|if|why|how)\s)")
# "warned residents who stayed behind that rescuers …": a relative clause on the listener, then "that" and a subject
RELATIVE_THEN_THAT = regex.compile(r"(?P<clause>(?P<comma>,)?\s+who\s[^,;:“”\"()]{1,80}?)(?(comma),)\s+that\s+"
                                   r"(?=(?:the|a|an|his|her|their|its|this|these|he|she|they|it|we|I|there)\s|\p{Lu}"
                                   r"|\p{Ll}+\s+(?:" + VERBAL_AUXILIARIES + r"|\p{Ll}+(?:ed|s))\b)")  # "that fees were due"
# "warned the pier will close": an auxiliary right after the noun makes it the subject of a bare clause
AUXILIARY_AHEAD = regex.compile(r"\s+(?:" + VERBAL_AUXILIARIES + r")\s+(?:[“\"‘]|'')?(?!to\b)\p{Ll}")  # "had “preyed”"
OF_WORD = regex.compile(r"\s+of\s+")
NOUN_DETERMINER_NEXT = regex.compile(r"\s+(?i:the|a|an|his|her|their|its|our|this|these|those|he|she|they|it|we)\s")
PHRASE_WORD = regex.compile(r"\s*[\p{L}\p{N}'’\-]+")
MAX_OF_PHRASE_WORDS = 6
CLAUSE_PEEK = 120  # characters read for the subject and verb of a clause after a listener
# an adverbial of adverbials.txt opening with "for": "has argued for years that …", "said for her part that …";
# not the start of a compound ("called for an hour-long debate")
FOR_ADVERBIAL = regex.compile(r"\s+(?:" + alternation(
    line for line in load_lines("adverbials.txt") if line.startswith("for ")).replace(r"\ ", r"\s+") + r")(?![\p{L}\-])")
# a form of "be" before a progressive cue, a contracted one too, and up to two adverbs: "is looking for", "’re not
# looking for", "was still looking for"
PROGRESSIVE_BE_BEFORE = EndAnchored.of(
    r"(?:(?<![\p{L}’'])(?i:" + alternation(load_words("be_forms.txt")) + r")|\p{L}[’'](?i:re|s|m))"
    r"\s+(?:(?:not|just|also|still|now|already|all|\p{Ll}+ly)\s+){0,2}\Z")
# the object after a progressive particle: a word, a number or an opening mark, not a preposition, a possessive
# determiner ("is looking for her keys": a thing of one's own searched for) or the sentence's end
PROGRESSIVE_OBJECT = regex.compile(r"\s+(?!(?i:" + alternation(load_words("possessive_determiners.txt", lower=True)
                                                             | {"in", "on", "at", "by", "from", "with", "to", "of"})
                                   + r")\b)[\p{L}\p{N}“\"$]")
# "to" as a preposition, before a determiner or a pronoun: "(in a speech) to the guild", "to them"
# or before a bare plural of lower-case words: "(in a speech) to anxious skippers", no verb in -s after "to"
PREPOSITION_TO = regex.compile(r"\s+to\s+(?:(?:" + NOT_INFINITIVE + r")\b|(?:\p{Ll}+(?:ative|itive|ical|ious|less|ful)\s+)?\p{Ll}{2,}[^\Wsu]s\b)",
                               regex.IGNORECASE)
# "As Ms Varga tells it, the band formed by accident": "it" is the story the main clause tells, after an opening
# "As" (or "The way") and the cue's subject of up to four words
STORY_IT = regex.compile(r"\s+it(?=\s*,)")
STORY_IT_VERBS = load_words("story_it_verbs.txt", lower=True)
AS_STORY_OPENING = regex.compile(r"[\s“\"]*(?:As|The\s+way)\s+(?:[\p{L}.'’\-]+\s+){1,4}")
UNREALIZED_AFTER_MODAL = load_words("cues_unrealized_after_modal.txt", lower=True)  # "will decide whether"
ADJECTIVE_DEGREE_WORDS = load_words("adjective_degree_words.txt", lower=True)  # "the most promising route"
# "said of the vote that …", "said of the “reform” that …": the topic may hold a short quoted phrase
OF_TOPIC_THEN_THAT = regex.compile(r"\s+of\s+(?:[^,;:“”\"()]|[“\"][^“”\"\n,;:]{1,40}[”\"]){1,60}?(?=\s+that\s)")
# a "that" that opens a clause, not a relative: "Mr Reyl that runs the ferry", "the board that has met"
CLAUSE_THAT_AHEAD = r"""(?=\s+that\s+(?!(?:""" + VERBAL_AUXILIARIES + r""")\b
                                          |(?!(?:his|its|this|us|as)\b)\p{Ll}+(?:ed|s)\b))"""
# someone agreed with or promised before "that": "agreed with Mr Reyl that …", "promised him that …", "agrees with
# the ferry captain that …"; the person is no part of what was said. Not "backed the Harbour Act that the council passed"
PERSON_THEN_THAT = regex.compile(r"""
    \s+(?:him|her|them|us|me|you
        |the\s+(?:\p{L}+\s+)?(?i:""" + alternation(title_words().heads) + r""")
        |(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)
    """ + CLAUSE_THAT_AHEAD, regex.VERBOSE)
# listeners before "that" of a cue that takes no object: "promised residents that …"; after an object cue they are
# its object with a relative clause ("denounced supporters that level attacks")
LISTENERS_THEN_THAT = regex.compile(r"""
    \s+(?:(?:the|his|her|their|its|our)\s+)?(?:\p{Ll}+\s+)?(?:""" + alternation(load_lines("object_listeners.txt")) + r""")
    """ + CLAUSE_THAT_AHEAD, regex.VERBOSE)
# a body that hears what is said, after a particle "to" and before "that": "confessed to the court that …"
BODY_THEN_THAT = regex.compile(r"""
    \s+(?:the|his|her|their|its|our)\s+(?:\p{L}+\s+)?(?i:""" + alternation(
    load_words("organisations.txt", lower=True) | load_words("hearing_bodies.txt", lower=True)) + r""")
    """ + CLAUSE_THAT_AHEAD, regex.VERBOSE)
# what is left of a listener or its time before "that": "told the Gazette’s “Harbour Morning” that", "told members of
# the council executive board that", "reminding voters every day between now and May that". A determiner (other than
# after "of") opens an object instead: "told reporters the plan that the council drew up was fine"
LISTENER_GOES_ON = regex.compile(r"\s+(?:of\s|[“\"]|\p{Lu})")  # the listener's own words, not a time after it
TO_LOWER = regex.compile(r"(?<![\p{L}])to\s+\p{Ll}")  # "not to give": an infinitive, not a listener
LISTENER_REST_THEN_THAT = regex.compile(r"""
    (?:\s+(?:of\s+(?:the|a|an)\b|(?!(?:""" + alternation(load_words("source_determiners.txt", lower=True))
    + r""")\b)[^\s,;:.!?()]+)){1,6}?
    """ + CLAUSE_THAT_AHEAD, regex.VERBOSE)
# before the particle a cue that needs one may take a manner ("spoke highly of", "talked at length about") and,
# before "about", its listeners or place ("spoke to reporters about", "talked on the radio about"); not an amount
AN_AMOUNT = r"(?:\p{N}|an?\s+(?:hour|half|dozen)\b)"  # "about 20 times", "about an hour": an amount, no topic
ABOUT_AMOUNT = regex.compile(r"\s+about\s+" + AN_AMOUNT)
# "told reporters about 20 times that …": how often, then the clause's "that"
ABOUT_AMOUNT_THEN_THAT = regex.compile(r"\s+about\s+" + AN_AMOUNT + r"[^\s,;:.!?()]*(?:\s+[^\s,;:.!?()]+){0,3}?"
                                       + CLAUSE_THAT_AHEAD, regex.VERBOSE)
MANNER = (r"(?:\s+(?:\p{Ll}+ly|at\s+length|more|much|instead|little|often|again|out|twice|once|hard)|" + FOR_ADVERBIAL.pattern  # "for months"
          + r"|\s+in\s+(?:" + alternation(load_words("months.txt")) + r")\b"  # "voted 6 to 3 in March to"
          + r"|\s+\p{N}+(?:\s*[-–]\s*|\s+to\s+)\p{N}+(?!\p{N}))")  # a vote count: "voted 12 to 3 to", "voted 7-2 for"
PARTICLE_GAP = regex.compile(r"""
    """ + MANNER + r"""{1,2}(?=\s+(?:about|of)\b)
    | """ + MANNER + r"""{0,2}
      \s+(?:to|with|on|at|in|before)
      (?:\s+(?!(?!and\s+to\s)(?:""" + alternation(load_words("clause_boundaries.txt", lower=True)) + r""")\b)
         [\p{L}\p{N}][\p{L}\p{M}\p{N}\-&’'.]*){1,6}?""" + MANNER + r"""?(?=\s+(?:about\s+(?!""" + AN_AMOUNT + r""")|for\s))
""", regex.VERBOSE)
# a listener right after a cue of cues_double_object.txt, then what was given or said: a determiner or a subject
# pronoun ("promised skippers a new pier", "promised skippers she would reopen it"), or a clause's "that"
DOUBLE_OBJECT_CUES = load_words("cues_double_object.txt", lower=True)
DOUBLE_OBJECT_LISTENER = regex.compile(r"""
    \s+(?P<listener>(?P<head>(?:the\s+)?\p{L}[\p{L}'’\-]*)
      (?:\s+(?:in|from|across)\s+(?!(?:""" + DAYS + "|" + alternation(sorted(load_words("months.txt"))) + r""")\b)
         \p{Lu}[\p{L}'’\-]*)?)  # "promised voters in Lyme a new pier": where they live; not "in May"
    (?=""" + NOUN_DETERMINER_NEXT.pattern + "|" + CLAUSE_THAT_AHEAD
    + r"|\s+(?:" + alternation(load_words("listener_question_words.txt", lower=True)) + r")\s)", regex.VERBOSE)
# cues whose particle may follow the listener, as the particle-required ones: "complained to the council about"
LISTENER_BEFORE_PARTICLE = load_words("cues_listener_before_particle.txt", lower=True)
# "complained bitterly about", "focused almost solely on": a manner before a cue's own particle
MANNER_BEFORE_PARTICLE = regex.compile(MANNER + r"{1,2}(?=\s+\p{Ll})")
DAY_AHEAD = regex.compile(r"\s+(?:" + DAYS + r")\b")  # "reported early on Monday": a time, not a topic
# a weekday, perhaps after "on", between a cue and its own particle: "responded Friday to", "complained on Monday about"
DAY_BEFORE_PARTICLE = regex.compile(r"(?:\s+on)?\s+(?:" + DAYS + r")\b(?![’'])")
# a noun phrase's opening after the particle: what the cue is about, not an infinitive ("agreed on Friday to cut …")
TOPIC_OPENING = regex.compile(r"\s+(?:(?:the|a|an|his|her|its|their|this|these|those|that)\b|\p{Lu}|\p{Ll}+s\b)")
# a lowercase word after the "to" of "voted on Tuesday to": the infinitive's verb or a topic
LOWER_WORD = regex.compile(r"\s+\p{Ll}")
ON_DAY = regex.compile(r"\s+on\s+(?:" + DAYS + r")\b(?![’']s\b)")  # "agreed on Friday to …"; not "on Monday's deal"
# after "called on", only a person, then maybe where or when, to the sentence's end: "called on Mr Reyl at home"
# (not a headline's "Calls On Mr Reyl To Resign")
VISITED = regex.compile(r"""\s+(?:""" + alternation(PERSON_OBJECTS) + r"""|(?:(?!To\b)\p{Lu}[\p{L}'’.\-]*\s+){0,3}(?!To\b)\p{Lu}[\p{L}'’\-]*)
    (?:\s+(?:at|in)\s+(?!(?:to|for)\b)[^\s,;:.!?“”"()]+(?:\s+(?!(?:to|for)\b)[^\s,;:.!?“”"()]+){0,3})?
    \s*[.!?]?[”"’]?\s*\Z""", regex.VERBOSE)
# a cue of cues_amount_at.txt, its object, then "at" and an amount: "put the pier's value at $4 million",
# "puts the toll closer to 9 percent", "put the cost at two million pounds" (amount_number_words.txt); the object
# and the amount are the estimate
AMOUNT_CUES = load_words("cues_amount_at.txt", lower=True)
AMOUNT_AT = regex.compile(r"""
    \s+(?P<object>[^\s,;:“”"()][^,;:“”"()]{0,139}?)
    \s+(?:at|closer\s+to)\s+
    (?:(?:about|around|roughly|nearly|almost|just|only|a|an|\p{Ll}+)\s+){0,2}?  # "at a solid 50 percent"
    (?:\p{Sc}?\p{N}(?:[,.]?\p{N})*+                                         # "$45", "£45", "55,000", "49.5"
       (?!:\p{N}|\s*(?:[ap]\.?m\b|o['’]clock))                               # no clock time: "at 6pm", "at 6:30"
       (?:\s+(?:million|billion|trillion)|(?:m|bn)\b)?                        # "£4m", "$2bn"
     |(?:half\s+)?(?:""" + alternation(load_words("amount_number_words.txt", lower=True)) + r""")  # "two million",
       (?:[\s\-]+(?:""" + alternation(load_words("amount_number_words.txt", lower=True)) + r"""))?  # "twenty-five
       \s+(?:hundred|thousand|million|billion|trillion|percent|per\s+cent)\b      # percent",
       (?:\s+(?:thousand|million|billion)\b)?)                                  # "half a million"
    (?:\s*%|\s+per\s+cent|\s+(?!(?:on|in|at|of|for|by|and|or|to|from|with)\b)\p{Ll}+)?  # "percent", "per cent", "pages"
""", regex.VERBOSE)
SET_OFF = regex.compile(r"\s*,[^“”\"‘’,]{1,120},\s*")  # ", who grew up with him, "
STRONG_COMPLEMENT = regex.compile(r"\s*(?:,?\s*that\b(?!\s+\p{Ll}+ed\b)|:|,\s*[“\"‘«])")
INTRODUCES_QUOTE = regex.compile(r"\s*[,:]\s*(?=[“\"‘«„]|'')")
# "the former first lady calls", "Reyl's office calls": a determiner or possessor, then the noun
DETERMINED_NOUN = regex.compile(r"(?<![\p{L}])(?:(?i:the|a|an|this|that|these|those|its|their|his|her|our|my|your|new|latest)"
                                r"|\p{L}+['’]s)(?:\s+(?!(?:of|to|for|in|on|at|with|by|from|and|or)\s)[\p{L}\-]+){1,3}\s*\Z")
# "the required (votes)", "its revised (estimates)": a determiner and a past form in "-ed" that modifies the noun after it
PARTICIPLE_AFTER_DETERMINER = EndAnchored.of(r"(?<![\p{L}])(?i:the|a|an|this|that|these|those|its|their|his|her|our|my|your)"
                                             r"\s+\p{Ll}+ed\s+\Z")
# the plural noun of a list's item after a comma, then "and" or "or": ", debts and ", ", unpaid harbour fees or "
LIST_ITEM_BEFORE_JOINT = EndAnchored.of(r",\s+(?P<item>(?:\p{Ll}+\s+){0,2}\p{Ll}+s)\s+(?:and|or)\s+\Z")
# a lower-case word after the past form, no determiner, pronoun or "that": "alleged rigged tenders"
NOUN_AFTER_ADJECTIVE = regex.compile(r"\s+(?!(?:the|a|an|that|this|these|those|his|her|its|their|our|my|your|he|she|it"
                                     r"|they|we|I|him|them|us|me|there|to|in|on|at|by|for|with|of)\b)\p{Ll}")
ASKED_BY = regex.compile(r"\s+by\s+(?P<agent>[^,;:“”\"]{2,60}?)(?:\s+(?:on|last|this)\s+\p{L}+)?\s+"
                         r"(?P<content>(?:whether|if|about|why|how|what|when)\b)")
# "60 percent support Ms Varga", "55% support the plan": a share's verb and its object, not "60 percent support in May"
PERSON_AHEAD = regex.compile(r"\s+(?:\p{Lu}|(?:him|her|them|us|me|his|their|its|our|my)\b)")  # "went after Mr Reyl"
# a cue of cues_object_reason.txt reports only on someone and a reason: "hit Ms Varga for raising the toll",
# "knocked Mr Reyl on the toll"; not "the storm hit the pier", "hit Lyme on Monday", "hit Lyme for a rally"
PERSON_THEN_REASON = regex.compile(r"""
    \s+(?:(?:him|her|them|us|me)|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)  # "Ms Varga", "him"
    \s+(?:for\s+(?:\p{Ll}+ing|not|his|her|their|its|it|what|how)\b  # "for raising", "for his vote"
        |over\s+(?!(?:the\s+)?(?:weekend|past|years?|summer|holidays?)\b)  # not "over the weekend"
        |on\s+(?!(?:the\s+)?(?:""" + DAYS + r"""|head|face|back|campaign\s+trail)\b))  # "on the toll", not "on Monday"
""", regex.VERBOSE)
# cues_object_proposed.txt: "introduced", "co-sponsored" report on a law (one of ENACTING_CUES) only with what it would
# do after it
PROPOSING_CUES = load_words("cues_object_proposed.txt", lower=True)
# "to committee members": "to", a body's noun of organisations.txt and its listeners, whom a bill went to
BODY_LISTENERS = regex.compile(r"\s+to\s+(?:" + alternation(load_words("organisations.txt", lower=True)) + r")\s+(?:"
                               + alternation(load_words("object_listeners.txt", lower=True)) + r")\b(?=\s*(?:[,.;:!?]|\Z))")
ENACTED_DOCUMENTS = load_words("enacted_documents.txt", lower=True)
ENACTED_WORDS = regex.compile(r"[ \t]+([\p{L}\p{N}$£€][\p{L}\p{N}'’$£€.,\-]*)")  # the words after the cue
# what a law put forward would do, right after it or after a time: " that would cap fares", " last month which
# bans …", " in 2015 to ban night sailings", " on Tuesday that would freeze the fees"; or after the body it was put
# to, before "that" or "which": " in the town council that would …", " to the harbour board which …"
LAW_DESCRIBED = regex.compile(r"[ \t]+(?:(?:last|this|earlier|next)[ \t]+(?:week|month|year|spring|summer|autumn|fall"
                              r"|winter)[ \t]+|in[ \t]+\p{N}{4}[ \t]+|(?:on[ \t]+)?(?:" + DAYS + r")[ \t]+(?=that\b))?"
                              r"(?:(?:in|to|before)[ \t]+the[ \t]+(?:[\p{L}\-]+[ \t]+){1,3}?(?=(?:that|which)[ \t]))?"
                              r"(?P<joint>that|which|to)[ \t]+(?P<word>\p{Ll}[\p{Ll}\-]*)")
ENACTED_FOLLOWERS = frozenset({"that", "which", "to", "into", "on", "in", "at", "with", "by", "for", "as", "and",
                               "but", "or", "last", "this", "earlier", "after", "before", "when", "while", "because",
                               "from", "under", "without", "since", "until", "during", "aimed", "designed"})
NEITHER_NOR_BEFORE = regex.compile(r"(?i:\bneither\s+[\p{L}'’\-]+\s+nor\s+)$")  # "would neither confirm nor deny"
NOR_AHEAD = regex.compile(r"\s+nor\s")  # "neither confirmed nor …"
COPULA_THAT_AHEAD = regex.compile(r"\s+(?:is|was)\s+that\b")  # "One view is that …"
OBJECT_AHEAD = regex.compile(r"[ \t]+(\p{L}+|[\p{N}£$€])")  # a word right after the cue: an object, not a closing frame
OBJECT_THEN_WITH = regex.compile(r"\s+(?:[^\s,;:.!?“”\"()]+\s+){1,5}?with\s")  # "charged a man with arson"
SHARE_WORDS = ("percent", "%")
SHARE_VERB_OBJECT = regex.compile(r"\s+(?:\p{Lu}|(?:the|a|an)\s)")
# "warning the skippers that", "suggesting that": a clause after at most a short object
OBJECT_THEN_THAT = regex.compile(r"(?:\s+[\p{L}’'\-]+){0,4}?\s+that\b")
TO_NEXT = regex.compile(r"\s+to\s")  # "would like to …"
WORD_AT = regex.compile(r"\p{L}+")  # the word right after "to"
# a short object and where it was reached, then "to" and a verb: "called the skippers on the radio to say …"
OBJECT_THEN_TO = regex.compile(r"\s+(?!(?:on|upon|for|out|in|back|up)\b)(?:[\p{L}'’\-]+\s+(?!(?:to|a|an)\b)){0,6}?"
                                r"(?P<last>[\p{L}'’\-]+)\s+to\s+(?P<word>\p{Ll}+)\b")
CALLED_TO_SAY = load_words("called_to_say.txt")  # "called to say …": a telephone call, not "called to reject …"
# "up" or "on", then "to" and a verb, no determiner: "signed up to crew the ferry", not "signed on to the plan"
ENLISTING_TO = regex.compile(r"\s+(?:up|on)\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|my|our|your"
                             r"|some|any|all|every|each|no)\b)\p{Ll}+\b")
TO_WORD_AFTER = regex.compile(r"\s+to\s+(\p{L}+)")  # "went on to sail": the infinitive's verb
ADVISING_MODALS = frozenset({"may", "might"})  # "may want to …": advice
UNREALIZED_MODALS = load_words("modal_auxiliaries.txt")  # "will decide"
POSSESSED_YEAR = regex.compile(r"1[89]\d\d|20\d\d")  # "2019" between a possessive and its noun
MADE_PUBLIC_PASSIVES = load_words("made_public_passives.txt", lower=True)  # "The deal was announced"
THAN_GAP_CUES = load_words("cues_than_gap.txt", lower=True)  # "than her advisers expected"
# "than" and the subject of the cue chain after it, if any: "than (her advisers) (had) expected"
THAN_BEFORE_CHAIN = regex.compile(r"(?<![\p{L}])(?P<than>than)(?:\s+(?P<subject>[^\s,;:.!?“”\"()—–][^,;:.!?“”\"()—–]{0,50}?))?"
                                  r"\s+\Z")
PRO_FORM_SUBJECTS = load_words("pro_form_subjects.txt", lower=True)  # "than anyone had expected"
# the clause closes right after the cue, or the sentence's own modal follows: "than expected.", "than anyone had
# expected, but …", "That the crowd was calmer than expected can be credited to …"
CLAUSE_CLOSE_AFTER = regex.compile(r"\s*(?:[.,;:!?)”\"]|\s[—–-]|\Z)"
                                   r"|\s+(?:can|could|may|might|must|shall|should|will|would)\s")
# an object that opens with "no" and such a noun: "offered no comment about the strike", "gave no further details"
NO_DETAILS_OBJECT = regex.compile(r"(?i:no)\s+(?:(?:further|immediate|public|other)\s+)?(?:"
                                  + alternation(sorted(WITHHELD_DETAILS)) + r")\b")
OBJECT_THEN_AS = regex.compile(r"[^,;:.!?“”\"()]{1,60}?(?<![\p{L}])as\s")  # "would see the toll as a tax"
CONTRACTED_AUXILIARY = EndAnchored.of(r"(?<![\p{L}])(?P<stem>\p{L}+)(?P<aux>[’'](?:s|re|ve|d|ll|m))\s+\Z")
# \G: where the search starts, the sentence's start when the window reaches it ("As X noted, …")
# a cue's finite form and its comma right before an "as" aside: "Mr Reyl said, (as Ms Varga had warned,)"
CUE_THEN_COMMA = EndAnchored.of(r"(?<![\p{L}])(?:" + alternation(sorted(finite_frame_forms())) + r"),\s*\Z",
                                regex.IGNORECASE)
# after a joint or a concession opening the clause too: "…, but as Ms Varga noted, …", "(although as the counts show, …"
AS_OPENING = regex.compile(r"(?:\G|(?<=[,;:—―–(]\s*)|(?<=\b(?:and|but|yet|although|though|And|But|Yet|Although|Though)\s+))"
                           r"(?:as|As)\s+\Z")
COMMA_BEFORE_AS = EndAnchored.of(r",\s*")  # the comma that sets off a closing "as" frame, not a dash that opens an aside
# "The way Ms Varga tells it, …" opens as "As" does, right before the subject's head: the subject of the cue is
# the name or pronoun after it (the whole phrase stays what a stirring verb's object reacts to: "The way Ms
# Varga spoke angered the skippers")
THE_WAY_OPENING = regex.compile(r"(?:\G|(?<=[,;:—―–(]\s*))(?:the|The)\s+way\s+\Z")
AS_FRAME_CUES = load_words("cues_as_frame.txt", lower=True)  # "As the Gazette observed, …": no bare clause elsewhere
AS_KEPT_IN_PHRASE = regex.compile(r"(?:as|As)\s+")  # "As Ms Varga, in a rare aside, noted": the phrase kept "As"


# "The board's hope, voiced by Ms Lenz, was that …": a participle's aside on the subject of a noun's copula frame,
# which reports the clause after "that"; the aside reports nothing of its own
ASIDE_BEFORE_COPULA = regex.compile(r",\s+(?:is|was|(?:has|had)\s+(?:\p{Ll}+\s+)?been|remains|remained)\s+(?:that\b|\p{Ll}+:)")


def _aside_before_copula(text: str, chain_start: int, agent: regex.Match, sentence: Sentence) -> bool:
    """The participle and its agent are an aside set off by commas after a noun of ``colon_frame_nouns.txt``,
    before "is that" or "was that": "The board's hope, voiced by Ms Lenz, was that …" is the board's hope, read by
    the copula frame; "Ms Varga's plan, backed by the council, was that …" keeps the council's backing."""
    before = text[max(sentence.start, chain_start - 40):chain_start].rstrip()
    if not before.endswith(",") or ASIDE_BEFORE_COPULA.match(text, agent.end(), near(agent.end(), sentence.end)) is None:
        return False
    words = before[:-1].split()
    return bool(words) and words[-1] in COLON_FRAME_NOUNS

def _past_as(text: str, subject: tuple[Span, int], cue: Span) -> int:
    """Where the subject's phrase begins, past an "As" it kept before the head when an aside follows the head and
    a comma the cue ("As Ms Varga, in a rare aside, noted, …"), so that "As" is read before it as for "As Ms Varga
    noted, …"; a cue with words of its own after such an aside is a time ("As Mr Reyl, a keen sailor, joked with
    the crew, the ferry left")."""
    head, phrase_start = subject
    kept = AS_KEPT_IN_PHRASE.fullmatch(text, phrase_start, head.start)
    return kept.end() if kept is not None and text.startswith(",", cue.end) else phrase_start


THE_WAY_SUBJECT = regex.compile(r"(?:the|The)\s+way\s+(?=\p{Lu}|(?:he|she|they|we|i)\s)")
# "As the Gazette reported just today, …": a short phrase with no verb before the comma
# "As Ms Varga wrote in her memoir, …": or a phrase after a preposition, up to six words with no clause word, before
# a main clause (not a relative, nor a verb going on with the sentence's subject: "Bern, as he is known by his
# grandchildren, described …")
AS_PHRASE_COMMA = regex.compile(r"\s+(?:(?:(?!(?:that|and|but)\b)[\p{Ll}\p{N}]+\s+){0,2}(?:today|yesterday|tonight|\p{Ll}+ly|"
                                + DAYS + r")|(?:" + alternation(load_lines("prepositions.txt")) + r")"
                                r"(?:\s+(?!(?:that|and|but|who|which|when|where)\b)[\p{L}\p{N}’'\-]+){1,6})"
                                r"\s*,\s+(?!(?:who|whom|whose|which|when|where)\b|\p{Ll}+ed\b)(?=[\p{L}\p{N}“\"‘]|'')")
# the object of the cue is a relative pronoun before its subject, the predicate follows: "which he describes as …"
GAP_AUXILIARY = regex.compile(r"(?:is|was|are|were|will|would|can|could|should|has|have|had|may|might|must|did|does)"
                              r"\b(?![\-‐])")  # not "would-be skippers": a hyphen makes a word of its own
GAP_VERB = regex.compile(GAP_AUXILIARY.pattern  # "which he said was …": no subject
                         + r"|(?!(?:his|its|this|thus)\b)\p{Ll}{2,}(?:ed|(?<![su])s)\b")
# the last letter, digit or line break before a position, read backward: "Other shows" has none before it
WORD_OR_LINE_BREAK_BEFORE = regex.compile(r"(?r)[\p{L}\p{N}\n]")
CLEFT_CONTRACTION = regex.compile(r"(?:it|that|there|here|this|what)['’]s\s", regex.IGNORECASE)  # "It's a plan …"
SECOND_RELATIVE = regex.compile(r",?\s+and\s+(?:who|which|whom)\b")  # "… and who claimed credit"
SOURCE_BREAK = regex.compile(r"[,;:()“”\"—―–]")  # "Mr Reyl, the council says, is late": a set-off frame, no relative
MAIN_VERB_COMMA = regex.compile(r",\s+(?=" + GAP_VERB.pattern + ")")  # "the pier, which he said was old, is gone"
NAMED_PAST_PERFECT = regex.compile(r"\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){0,2}\s+had\s")  # "Dunne had shown"
SOURCE_ACT_AND = regex.compile(r"\s+and\s+(?P<verb>\p{Ll}+)\s+(?:him|her|them)(?!\p{L})")  # "… and jailed him"
# a clause whose subject's verb is singular, and later "and" with a plural verb and no subject of its own
SINGULAR_CLAUSE = regex.compile(r"[^,;:]{1,60}?\s(?:is|was|has|does)\s")
PLURAL_ACT_AFTER_AND = regex.compile(r"\s+and\s+(?:also\s+|then\s+|now\s+)?(?:have|are|were|do)\s")
MAIN_VERB_AND = regex.compile(r",\s+and\s+(?P<verb>\p{Ll}+)\b")  # "visited the pier, which he said was old, and left"
RELATIVE_OBJECT = regex.compile(r"(?<![\p{L}])(?P<pronoun>which|whom|who|what)\s+\Z", regex.IGNORECASE)
WHAT_OBJECT = regex.compile(r"(?<![\p{L}])(?P<pronoun>what)\s+\Z", regex.IGNORECASE)  # "what Ms Varga said."
# what was said or written is reported by "what" alone; what someone wants or believes is left to the clause around it
WHAT_OBJECT_CLASSES = frozenset({"speech", "writing"})
DETERMINER_NEXT = regex.compile(r"\s+(?:" + alternation(NOUN_DETERMINERS | POSSESSIVES) + r")\s", regex.IGNORECASE)  # "backed the plan"
# "ruled the evidence inadmissible": a cue of cues_object_predicate.txt takes an object only with a predicate of
# ruled_predicates.txt after it, up to five words of a noun phrase and the predicate closing the clause
RULING_CUES = load_words("cues_object_predicate.txt", lower=True)
RULED_PREDICATE = regex.compile(r"\s+(?:[\p{L}\p{N}'’\-]+\s+){1,5}?(?i:"
                                + alternation(load_words("ruled_predicates.txt", lower=True))
                                # "thought the second act too long": a degree word and its adjective
                                + r"|(?:" + alternation(load_words("verdict_degrees.txt", lower=True)) + r")\s+\p{Ll}+)(?=\s*(?:[.,;:!?]|\Z)|\s+(?:and|but|after|because|when|on|in)\s)")
# "stated his …", "affirmed their …", and a possessive noun: "affirmed the firm's …", "stated Bay Lines' …"
POSSESSED_OBJECT = regex.compile(r"\s+(?:(?i:" + alternation(POSSESSIVES) + r")|(?:(?i:the)\s+)?(?:[\p{L}\-]+\s+){0,2}?"
                                 r"[\p{L}\-]+(?:['’]s|s['’]))\s")
# "since" before a time ("since spring", "since May", "since then", "since 2019") says from when, no reason
SINCE_TIME = (r"(?i:then|last|early|late|the\s+(?:start|end|beginning)|\p{N}|"
              + alternation(load_words("time_nouns.txt", lower=True) | load_words("months.txt", lower=True)
                            | load_words("weekdays.txt", lower=True)) + r")\b")
# a reason after the cue, perhaps past a short phrase: "said on condition of anonymity because …", "said because …"
REASON_AFTER_CUE = regex.compile(r"\s*(?:[^,;:“”\"]{0,60}?\s)?(?P<reason>because|since(?!\s+" + SINCE_TIME + r"))\s")
AS_PREDICATE = regex.compile(r"\s*(?P<as>as)\s+(?=[\p{L}\p{N}“\"‘'])")
# the reason a cue's object is blamed or praised for, a determiner's noun or a gerund, no span of time: "for the
# losses", "for raising the toll"; not "for years", "for a week", "for the first time"
FOR_REASON = regex.compile(r"\s*(?P<for>for)\s+(?:(?:the|a|an|its|his|her|their|this|these|those)\s+"
                           r"(?!(?:first|second|last|next|past)\s|(?:" + time_unit() + r")\b)|\p{Ll}{3,}ing\b)")
# "that" right before the cue's subject, after a noun it hangs on: "the war that many analysts blame for …"
# "Mr Reyl (Letters, May 3) claims": a capitalised word and a bracket right before the cue form
NAME_BRACKET_BEFORE = EndAnchored.of(r"(?<![\p{L}])\p{Lu}[\p{L}\p{M}.'’\-]*\s*\([^()]{1,120}\)\s*\Z")
THAT_OBJECT = EndAnchored.of(r"(?<![\p{L}])(?P<head>\p{Ll}{2,})\s+(?P<pronoun>that)\s+\Z")
BARE_PREDICATE = regex.compile(r"\s*(?=[\p{L}\p{N}“\"‘'])")  # "what she calls “the pier game”"
# a bare noun, then a pronoun subject, before a naming cue: "in videos he calls “Pier Watch”", "— one she calls …"
CONTACT_RELATIVE = regex.compile(
    r"""(?:(?<![\p{L}])(?:a|an|the|this|these|those|his|her|their|its|our|in|of|on|at|with|from)\s+
        |[,—―–-]\s*)                                      # a determiner, a preposition or a dash before the head
    (?P<head>\p{Ll}+)\s+                                 # the head noun: "videos"
    (?P<pronoun>he|she|they|we|it)\s+\Z                  # its subject, right before the cue""",
    regex.VERBOSE)
# a noun, then the subject of an "as" cue with no object of its own: "a case the judge described as …", "one
# she portrays as …"; the head opens with a determiner, the subject is a pronoun, a name or a determiner's noun
AS_GAP_BEFORE = EndAnchored.of(r"""
    (?<![\p{L}])(?P<head>(?:a|an|the|this|one|another)\s+\p{Ll}+)\s+
    (?P<subject>he|she|they|we|(?:the|his|her|their|its)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})
    \s+\Z""", regex.VERBOSE)
NAME_LEAD = regex.compile(r"(?:(?:a|an|the)\s+)?(?=[“\"‘]|'')")  # "a “fraudulent scheme”"
# a noun, then the subject of an infinitive cue whose verb leaves its object out: "the berth she had long wanted to
# rent", "what Ms Varga wanted to hear"; the head opens with a determiner, the subject is a pronoun or a name
TIME_HEADS = load_words("time_nouns.txt") | load_words("time_heads.txt")  # "the day he wanted to leave": a time, no gap
INFINITIVE_GAP_BEFORE = EndAnchored.of(r"""
    (?<![\p{L}])(?P<head>what|(?:a|an|the|one|another|An?|The)(?:\s+(?!the\s)\p{Ll}[\p{L}\-]*){1,3})\s+
    (?P<subject>he|she|they|we|I|you|it|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}
      |the\s+(?:\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}))
    (?:[’'](?:s|d|ve))?
    (?:\s+(?:\p{Ll}+ly|always|long|once|never|still|now|also|has|have|had|would))*\s*\Z""", regex.VERBOSE)
# the infinitive with no object: its verb, perhaps a gerund or a particle, then the clause's end, a clause of its
# own or the main clause's auxiliary ("wanted to rent before the ferry came", "hoped to be sailing", "wants to hear about")
INFINITIVE_GAP = regex.compile(r"to\s+\p{Ll}+(?:\s+(?:\p{Ll}{2,}ing|about|with|for|on|at|from|into|up|out|off|over|back|down))?"
                               r"(?=\s*(?:[.,;:!?)—―–]|\Z)|\s+(?:-{1,2}\s|(?:since|when|while|because|after|before|until|if|"
                               r"is|was|are|were|will|would|has|have|had|can|could|may|might|must|should)\b))")
# the infinitive with no object, then a phrase of place or time (a preposition and up to three words, or one word of
# time) and the main clause's auxiliary: "The report she plans to publish in May will name …", "to sell soon is …"
INFINITIVE_GAP_ADJUNCT = regex.compile(
    r"to\s+\p{Ll}+\s+(?:(?:in|on|at|from|by|during|before|after|within|until|next|this|last)"
    r"(?:\s+(?!(?:that|which|who|whom|whose|and|or|but)\b)[\p{L}\d'’\-]+){1,3}?"
    r"|soon|later|early|first)(?=\s+(?:is|was|are|were|will|would|has|have|had|can|could|may|might|must|should)\b)")
# the same infinitive, then the word after it, which may be the sentence's own verb: "to rent lies …", "to sell need …"
INFINITIVE_THEN_WORD = regex.compile(r"to\s+\p{Ll}+(?:\s+(?:about|with|for|on|at|from|into|up|out|off|over|back|down))?"
                                     r"(?=\s+(?P<next>\p{Ll}+)\b)")
# the same infinitive and a preposition before a name of one to three capitalised words, then the word after it:
# "to hire from Bay Lines sails …", "to rent at the Old Quay lies …"
INFINITIVE_PLACE_THEN_WORD = regex.compile(r"to\s+\p{Ll}+\s+(?:in|on|at|from|by|for|with|near)\s+(?:the\s+)?"
                                           r"\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}(?=\s+(?P<next>\p{Ll}+)\b)")
FINITE_FORM = regex.compile(r"\p{Ll}{2,}(?:ed|[^s]s)")  # "rented", "lies"; not "across"
PLURAL_NOUN = regex.compile(r"\p{Ll}{2,}[^su']s")  # "boats", "things"; not "class", "bus"
OPENING_MARK = regex.compile(r"\s*(?:[“\"‘]|'')")  # "calls “Pier Watch”"
QUOTE_ENDS_CLAUSE = regex.compile(r"\s*(?:[,.;:)—―–!?-]|\Z|(?:and|but)\b)")  # "calls “Pier Watch” - but …"
NOT_A_PREDICATE = regex.compile(r"(?:to|for|on|\p{L}+self|themselves)\b", regex.IGNORECASE)  # "whom he called to …"
# words after a passive that open no predicate: "was considered to be", "is deemed that …", "was considered and rejected"
SMALL_CLAUSE_STOPS = frozenset({"to", "that", "whether", "if", "and", "but", "or", "when", "because", "so"})
SMALL_CLAUSE_QUOTED = regex.compile(r"\s+(?:[“\"‘]|'')\p{L}")  # "are considered “homicide detectives”"
PASSIVE_WHAT = regex.compile(r"(?<![\p{L}])(?P<pronoun>what)\s+\Z", regex.IGNORECASE)  # "what is called …"
PURPOSE_INFINITIVE = regex.compile(r"\s+to\s+(\p{Ll}+)\b")  # "… to thank him"; "to the pier" is checked
REFLEXIVE = regex.compile(r"\p{L}+self|themselves", regex.IGNORECASE)  # "called himself …"
# "the deal, which she …", "Mr Reyl, who many skippers backed …", "a candidate whom the skippers oppose …"
OBJECT_RELATIVE = regex.compile(r"(?:[,(—―–]\s*|\s-{1,2}\s+|\band\s+|(?P<head>\p{L}+)\s+)(?P<pronoun>which|whom|who)\s+\Z")
CLAUSE_ENDS = regex.compile(r"\s*(?:[,.;:)—―–!?]|\Z|(?:and|but)\b)")  # "which she opposed, …", "which he favors but …"
# a noun set off after a clause, then its own subject and the cue: "…, a point Ms Varga conceded"
# "a point", "another move", or "something" alone
SHELL_HEAD = r"(?P<head>(?:(?:a|an|the|one|another)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}?|(?=something\b))(?P<noun>\p{Ll}+))\s+"
SHELL_IN_SUBJECT = regex.compile(SHELL_HEAD + r"(?=\S)")  # "a point Ms Varga"
# ", a move (that)" before "he"; "in a move" after a clause too ("…, in a move parents say will put lives at risk")
SHELL_BEFORE_SUBJECT = regex.compile(r"(?:[,(—―–-]\s*(?:in\s+)?|(?<=\S)\s+in\s+)" + SHELL_HEAD + r"(?:that\s+)?\Z")
# ", a move the mayor, " before "Mr Reyl, dubbed": a role, then the name set off by commas
SHELL_BEFORE_ROLE = regex.compile(r"[,(—―–-]\s*" + SHELL_HEAD + r"(?:that\s+)?(?:the|its|their|his|her)\s+"
                                  r"(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}\p{Ll}[\p{Ll}\-]*,\s*\Z")
SHELL_THEN_THAT = regex.compile(r"[,(—―–]\s*" + SHELL_HEAD + r"(?P<that>that)\s+\Z")  # ", a claim that" before "she"
SET_OFF_BEFORE = regex.compile(r"[,(—―–-]\s*\Z")
# "which Ms Varga opposed in May": after the cue the clause ends, or a place, time or occasion follows
RELATIVE_OBJECT_ADVERBIAL = regex.compile(r"(?:" + alternation(load_lines("object_relative_ends.txt")) + r")\b")
RELATIVE_OBJECT_ENDS = regex.compile(CLAUSE_ENDS.pattern + r"|\s+(?:-{1,2}\s|" + RELATIVE_OBJECT_ADVERBIAL.pattern + ")")
SHELL_ENDS = regex.compile(CLAUSE_ENDS.pattern + r"|\s+(?:-{1,2}\s|(?:to|in|on|at|during|with|before|after|when|while)\b|"
                           + RELATIVE_OBJECT_ADVERBIAL.pattern + ")")
TO_START = regex.compile(r"(?:not\s+)?to\s")
# "urged residents in the harbour district to move": a place after the listener, before what the listener is asked
LISTENER_PLACE = regex.compile(r"\s+(?:in|at|of|from|across|near|along|around|outside|inside|throughout)\s+"
                               r"[^,;:“”\"()\-–—]{2,50}\s+")
PLACE_THEN_VERB = regex.compile(r"(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|these|those|our|my|your)\b)\p{Ll}")
# a time word inside that phrase makes it when, not where: "told skippers at noon on Monday to leave"
PLACE_TIME_WORD = regex.compile(r"(?<![\p{L}])(?:" + weekday_alternation() + "|" + alternation(sorted(load_words("months.txt")))
                                + "|" + alternation(sorted(load_words("time_units.txt"))) + r"|noon|midnight|dawn|night"
                                r"|morning|afternoon|evening|weekend|past|time|\p{N}+)(?![\p{L}])", regex.IGNORECASE)
# a clause may follow; the comma may sit inside the marks closing quoted words before it, the joint then starting after
# them: 'agreed to “lend the skippers money,” and the union …'
OBJECT_CLAUSE_JOINT = regex.compile(r",\s+(?:and|but|yet)\s+")  # ", and fares rose" after an object
# "said this: …", "explained it this way: …": words pointing to what comes after the colon, right after the cue
POINTER_BEFORE_COLON = regex.compile(r"(?i:this|it\s+(?:this|that)\s+way)\s*:\s+(?=\S)")
# "this about the toll: …" after "said": a topic of up to five words between the pointer and its colon
POINTER_TOPIC_BEFORE_COLON = regex.compile(r"(?i:this)\s+(?:about|on|of|regarding)\s+(?:[\p{L}\d'’\-]+\s+){0,4}?"
                                           r"[\p{L}\d'’\-]+\s*:\s+(?=\S)")
NEW_CLAUSE_JOINT = regex.compile(r"(?:,|(?<=,(?:[”\"’]|'')))\s+(?:and|but|yet|while)\s+|,?\s+so\s+(?:that\s+)?")
QUOTED_COMMA_END = regex.compile(r",(?:[”\"’]|'')\Z")  # the comma inside the marks that close quoted words
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
TAG_REACH = 160  # how far after a quotation a relative pronoun may still hang on the speaker in its tag
TAG_LEAD = regex.compile(r"[\s,]*(?:(?P<verb>\p{Ll}+)\s|(?P<name>\p{Lu}))[^“”\"()—―–;:]*\Z")  # "said Mr Reyl, …"
# ", his rival on the council, a …": a name's appositive, then its predicate
NAME_APPOSITIVE = regex.compile(r",\s+(?:a|an|the|his|her|their|its)\s[^,;:“”\"()]{3,150}?,\s+(?=(?:a|an|the)\s|[“\"])")
# "… and calls her a rival": a verb; but "the attacks her office faced"
# a plural verb right after an -s form: "Harbour advocates have been …" is a noun and its verb, not a cue and its object
# "a fresh harbour rule", "the rowdy feel": a singular determiner and lower-case modifiers right before a base form
SINGULAR_DETERMINED = regex.compile(r"(?:(?P<before>[\p{L}’']+)\s+)?(?<![\p{L}])(?i:a|an|the)\s+"
                                   r"(?P<modifiers>(?:\p{Ll}[\p{Ll}\-]*\s+){1,2})\Z")
RELATIVE_WORD = regex.compile(r"(?<![\p{L}])(?:who|which|that)(?![\p{L}])", regex.IGNORECASE)
# "whom Mr Reyl views as a rival": a name after an object's relative pronoun is a subject, the next word its verb
NAMED_AFTER_WHOM = EndAnchored.of(r"(?<![\p{L}])(?:whom|which)\s+(?:\p{Lu}[\p{L}.’'\-]*\s+){1,4}\Z")
PLURAL_VERB_AHEAD = regex.compile(r"\s+(?:have|are|were)\b(?!\s*[,.;:!?])")
# after a plural noun: its own plain verb, then the determiner or pronoun of that verb's object
# ("Paris attacks test the council's resolve", "Current rules make it hard"), or a bare plural object before its
# preposition ("The new safety rules mean hours of paperwork")
NOUN_VERB_AHEAD = regex.compile(r"\s+(?P<verb>\p{Ll}+)\s+(?:an?|the|its|their|it|them|\p{Lu}\p{L}*['’]s"
                                r"|\p{Ll}{3,}s(?=\s+(?:of|for|in|on)\b))\b")
PRONOUN_OBJECT = regex.compile(r"\s+(?:(?:him|them|me|us)\b|her\s+(?:(?:a|an|the|as|to|for|over)\b|[“\"‘]|''))")
PROGRESSIVE = regex.compile(r"(?<![\p{L}])(?:is|are|was|were|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b")  # "was touring"
# "Does the mayor ", "And will the editors, who once praised the toll, ", "Does Ms Varga, like Mr Reyl, ": an
# auxiliary before the subject
QUESTION_AUXILIARY = (r"(?:(?:And|But|So)\s+(?:do|does|did|will|would|can|could|should)|Do|Does|Did|Will|Would|Can"
                      r"|Could|Should)\s+")
QUESTION_OPENING = regex.compile(QUESTION_AUXILIARY + r"(?:[\p{L}\p{N}.'’\-]+\s+){1,4}"
                                 r"|" + QUESTION_AUXILIARY + r"(?:[\p{L}\p{N}.'’\-]+\s+){0,3}[\p{L}\p{N}.'’\-]+"
                                 r",\s+(?:who|which|like|unlike)\s+[^,;:?!]{1,80},\s+")

# a question's participle with no subject of its own, and the word before it: "she shrugged when asked about the pier"
QUESTION_PARTICIPLES = frozenset({"asked", "questioned"})
PLACE_LEAD = regex.compile(r"\s+(?:at|in|outside|inside|near|on|aboard)\s+(?:the|a|an|his|her|its|their)\b")
PLACE_WORD = regex.compile(r"\s+\p{Ll}[\p{Ll}\-]*\b")
CLAUSE_OPENING_WORDS = load_words("clause_opening_words.txt", lower=True)  # "(at the pier) the rails were unsafe"
TIME_AFTER_PLACE = regex.compile(r"\s+(?:(?:on|late|early)\s+)?(?:" + DAYS + r"|yesterday|today|tonight"
                                 r"|(?:last|this|earlier\s+this)\s+(?:week|month|year|morning|afternoon|evening))\b")
PHRASE_CHAIN_PREPOSITIONS = load_words("phrase_chain_prepositions.txt", lower=True)
CHAIN_WORD = regex.compile(r"\s+([\p{L}\p{N}][\p{L}\p{N}'’\-]*)(?=[\s.,;:!?]|\Z)")  # a word with no comma before it
QUESTION_PARTICIPLE_AFTER = frozenset({"when", "whenever"})
ABOUT_NEXT = regex.compile(r"\s+about\b")  # "Asked about the toll, …"
# words before a verb, not before a subject: "who hosts the show", "are rediscovering shows"
NOT_BEFORE_SUBJECT = frozenset({"who", "which", "that", "are", "is", "was", "were", "be", "been"})
UNKNOWING_QUESTION_CUES = "cues_unknowing_question.txt"  # "does not know whether": a doubt held, the question reported
THAT_WORD = regex.compile(r"\bthat\b", regex.IGNORECASE)  # "is not convinced that what …": a clause, no question
OBJECT_WORD = regex.compile(r"[\p{L}’'.\-]+")  # a word of a short object
TO_CLASSES = frozenset({"speech", "writing"})  # after "to", thought and evidence verbs are seldom reports
# what may open a sentence before its participle: "Praising the council, …", "But in describing the plan, …"
# "Eight years after (backing …)", "One month after": a measured time before the participle's link
MEASURED_TIME = time_count() + r"\s+" + time_unit() + r"\s+"
PARTICIPLE_LINK = (r"(?:in\s+addition\s+to|in|(?:" + MEASURED_TIME
                   + r")?(?:after|before|since)|when|while|by|upon|besides|despite|without)\s+")
OPENING_PARTICIPLE = regex.compile(r"(?:(?:but|yet|and)\s+)?(?:" + PARTICIPLE_LINK + r")?", regex.IGNORECASE)
LINKED_PARTICIPLE = regex.compile(PARTICIPLE_LINK, regex.IGNORECASE)  # "Now, after arguing …": the link is needed
# "Tuesday on the Gazette's “Harbour Hour,” while discussing …", "Sunday, at the quay in Lyme, after touring …": a
# day and the place or show where it happened, up to two stretches set off by commas (a show's title in marks may
# hold the comma), before a participle clause; no subject in it
DAY_THEN_PLACE = regex.compile(r"(?:(?:but|yet|and)\s+)?(?:on\s+)?(?:" + DAYS + r"),?\s+(?:at|on|in|during)\s+"
                               r"(?:[^,;:“”\"()]{1,60}?(?:“[^“”\"]{1,40}”|\"[^“”\"]{1,40}\")?(?:,|(?<=,[”\"]))\s+){1,2}"
                               r"(?:" + PARTICIPLE_LINK + r")?", regex.IGNORECASE)
# "Having announced that …, Ms Varga left": a perfect participle opening the sentence, perhaps with an adverb
HAVING_ASIDE = regex.compile(r",\s+having\s+(?:\p{Ll}+ly\s+|already\s+|just\s+)?\Z")  # "Mr Reyl, having said …,"
HAVING_OPENING = regex.compile(r"(?:(?:but|yet|and)\s+)?having\s+(?:\p{Ll}+ly\s+|already\s+|just\s+)?", regex.IGNORECASE)
# the participle clause's comma, after at most a time or place: "… the plan on Monday, Ms Varga said"
MAIN_CLAUSE_COMMA = regex.compile(r"""
    (?:(?:(?<=,[”"’]|,'')|(?<=,)(?:[”"’]|''))\s+(?:(?:though|however),\s+)?  # "Calling the pier “old, unsafe,” Mr Reyl …": a comma inside the quote
      | (?:\s+(?:(?:on|in|at|during|last|this|earlier|later)\s[^,;:“”"()]{1,40}?|today|yesterday|tonight|""" + DAYS + r"""))?
        ,\s+)
    (?!(?:and|but|or|so|yet)\b)(?=\p{L})  # not ", but the spotlight …": a second clause
""", regex.VERBOSE)
OPENING_OBJECT = regex.compile(r"\s+\p{Ll}")  # "Continuing to …", "Using plain words": the participle goes on
FIRST_WORD = regex.compile(r"\p{L}+(?=\s)")
# a name given in quotation marks after a passive or reduced naming cue: "was known as “…”", "a website called “…”"
OPENING_MARKS = frozenset("“\"‘'")  # a mark before the word after a passive's "as": "was known as “…”"
NAME_AFTER_CUE = regex.compile(r"""
    (?P<as>\s+(?:\p{Ll}+\s+)?as)?                 # "known online as"
    \s+(?P<predicate>(?:(?:the|a|an)\s+)?)        # "dubbed the “Pier Defence League”"
    (?=[“"‘]|'')""", regex.VERBOSE)
FINAL_WORD = regex.compile(r"\p{L}+\s*\Z")  # the word before the named thing: "set up a website called …"
ANOTHER_NAME = regex.compile(r"\s+(?:or|and)\s+(?=[“\"‘]|'')")  # "known as “pier rats” or “quay cats”"
NOT_IN_NAME_HEAD = (r"(?!(?i:a|an|the|this|these|those|his|her|their|its|our|my|your|he|she|they|we|i|it|you"
                    r"|what|which|who|whom|that)\b)")  # a head noun's words: not a new determiner or a pronoun
NAME_HEAD = regex.compile(r"""
    (?P<head>(?<![\p{L}])(?i:a|an|the|this|these|those|his|her|their|its|our|my|your)
        (?:\s+""" + NOT_IN_NAME_HEAD + r"""[\p{L}\p{N}'’\-]+){1,5}
        (?:\s+of(?:\s+(?i:the|a|an|his|her|their|its))?(?:\s+""" + NOT_IN_NAME_HEAD + r"""[\p{L}\p{N}'’\-]+){1,3})?  # "this feature of the plan"
      | \p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}(?:,\s*\p{N}{1,3})?)  # "Lena Varga, 44,"
    (?P<comma>\s*,)?(?:\s+\p{Ll}+ly)?\s*\Z         # "the cove, known …", "golf courses derisively known …"
""", regex.VERBOSE)
# a noun phrase right before the head that names: "a move (the mayor) called “…”", whose relative clause has no "that"
CONTACT_OBJECT = regex.compile(r"(?<![\p{L}])(?i:a|an|the|this|his|her|their|its|our|my)(?:\s+\p{Ll}[\p{L}'’\-]*){0,2}"
                               r"\s+(?P<noun>\p{Ll}[\p{L}'’\-]*)\s+\Z")
# "what Mr Reyl called …", "who on Monday called …": an active cue in a relative clause, read by the relative frames
RELATIVE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:what|which|who|whom|whose|that)\s[^,;:“”\"]*\Z")
# a person known, then how long or how well: "known Ms Varga for years", "knew him well"
ACQUAINTANCE = regex.compile(r"""\s+(?:him|her|them|me|us|you|(?:the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})
                             \s+(?:for|since|well|personally)\b""", regex.VERBOSE)
# a thing known well, a few lower-case words and then "well", "better" or "best" before punctuation or "than": "knew
# the harbour well", "know their skippers better than anyone"
KNOWN_WELL = regex.compile(r"(?:\s+(?!as\b)\p{Ll}[\p{L}’'\-]*){0,4}?\s+(?:" + alternation(load_words("knowing_degree_words.txt", lower=True))
                           + r")(?:\s*[.,;:!?)]|\s+than\b)")
# a person pronoun after "know", then the sentence's end or its next word: "who know him say", "who knew her."
KNOWN_PERSON = regex.compile(r"\s+(?P<pronoun>" + alternation(PERSON_OBJECTS)
                             + r")(?:\s*(?:[.,;:!?)]|\Z)|\s+(?P<next>\p{L}+))")
# an indefinite noun phrase before a naming participle: "a clerk named …", "a new group of skippers called …"
# nothing said after the passive but when or where: "was widely known, …", "were known in May"
PASSIVE_END = regex.compile(r"(?:\s+\p{Ll}+ly)?(?:\s*(?:[,.;:)—―–!?]|\Z)|\s+(?:on|in|at|during|via|last|earlier|"
                            r"yesterday|today|this|\p{Lu}\p{Ll}+day)\b)")
# "(is well known) among skippers": an "among" phrase closing the clause, those who know
AMONG_HOLDERS = regex.compile(r"\s+among\s+(?P<holders>[^\s,.;:!?“”\"()](?:(?!\s(?:as|for|to)\s)[^,.;:!?“”\"()]){0,59}?)"
                              r"(?=\s*(?:[,.;:!?)]|\Z))")
# "a clerk named", "one PAC called": an indefinite head, lower-case or an acronym
INDEFINITE_HEAD = regex.compile(
    r"(?<![\p{L}])(?i:a|an|one)\s+(?:[\p{L}\p{N}'’\-]+\s+){0,4}(?:\p{Ll}[\p{L}\-]*|\p{Lu}{2,}s?|\p{Lu}\p{Ll}+s)\s+\Z")
NAME_NEXT = regex.compile(r"\s+(?:the\s+)?(?:[\p{Lu}“\"‘]|'')")  # "named Lena Varga", "called the Pier Trust", "called “Pier First”"
NAME_THEN_COMMA = regex.compile(r"\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]*(?:\s+\p{N}{1,4})?,")  # "named Jonas Kreel,"
# the name, then the noun phrase's own verb: "A skipper named Tom Reyl sold the boat"
NAME_THEN_WORD = regex.compile(
    r"\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’\-]*\s+(?:(?:(?:of|the|for|and)\s+){1,2}(?=\p{Lu}))?){1,4}(?:\p{N}{1,4}\s+)?(?P<word>\p{Ll}+)\b")
# a relative pronoun, a name and its comma right before a role set off after it: "that Ms Varga, (the board's chair,)"
NAME_BEFORE_APPOSITIVE = EndAnchored.of(r"(?<![\p{L}])(?i:that|which|whom)\s+(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+){0,3}"
                                        r"\p{Lu}[\p{L}\p{M}'’\-]*,\s+\Z")
DETERMINER_FIRST = regex.compile(r"(?i:a|an|the|this|these|those|his|her|their|its|our|my|your)\s")
# ", the ferry clerk, a liar": after a name, its appositive, then the predicate it is called
APPOSITIVE_AHEAD = regex.compile(r"\s*" + DETERMINER_FIRST.pattern + r"[^,;:]{1,60},\s*" + DETERMINER_FIRST.pattern)
# "since the war", "since May": how long ago something began, a time, not what was seen or said
SINCE_TIME = regex.compile(r"since\s", regex.IGNORECASE)
SO_CALLED = regex.compile(r"(?<![\p{L}])(?i:so)\W{0,2}\Z")  # "the so-called “fair fare”"
WITH_BEFORE = regex.compile(r"(?<!\p{L})with\s+\Z", regex.IGNORECASE)
# "… and the mayor hugging her": a second participle with its own subject after "and"
AND_SUBJECT_PARTICIPLE = regex.compile(r"\s+and\s+(?:[\p{L}\p{N}’'.-]+\s+){1,6}?\p{Ll}{2,}ing\b")
# "who committed the offense of (backing)", "which has a history of (praising)": a relative pronoun, then up to six
# words in lower case before "of" (_relative_act_pronoun checks them)
RELATIVE_BEFORE_ACT = EndAnchored.of(r"(?<![\p{L}’'])(?P<pronoun>who|which)\s+(?P<words>(?:[\p{Ll}\-]+\s+){1,6})of\s+\Z")
RELATIVE_BEFORE_VERB = regex.compile(r"\s(?:that|who|which|whom|whose)\s+\Z", regex.IGNORECASE)
ADVERBS_BEFORE_VERB = regex.compile(r"(?:\s+(?:" + alternation(sorted(VERB_ADVERBS)) + r"))+\s*\Z")  # " also have"
PREDICATE_STOP = regex.compile(r"[,;:(]|\s[—―–-]{1,2}\s")  # "known as Super Tuesday, the day …"
# "known as the Old Jetty", past an adverb in -ly or "to" and who knows it: "known locally as …", "known to everyone
# as …"; not "seen to be as bold"
PARTICIPLE_AS = regex.compile(r"\s+(?:(?:\p{Ll}+ly|to\s+(?!be\b)(?:the\s+)?\p{Ll}+)\s+)?as\s+(?=[\p{L}\p{N}“\"‘'])")
# a naming participle set off after its noun with an adverb of time or addition: "the hotel, now called …", "— also
# named …"; "Mr Reyl, recently named …" is an appointment, not a name
NAMING_LEAD = regex.compile(r"(?:,|\s[—―–-]{1,2})\s*(?i:also|now|once|formerly|later|originally)\s+\Z")
# the name given, in capitals, then what closes the appositive: "now called the Bay Lines Inn, …"; not "also called
# Ms Varga a liar"
NAME_THEN_CLOSE = regex.compile(r"\s+(?P<name>(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.'’\-]*\s+(?:(?:of|the|for|and|on)\s+)?){0,5}"
                                r"\p{Lu}[\p{L}\p{N}'’\-]*)(?=\s*(?:[,;)]|\s[—―–-]|\.(?:\s|\Z)|\Z))")
# a name and its comma right before a participle set off as its appositive: "Jon Hale, (recently named …)"
NAME_THEN_COMMA_BEFORE = regex.compile(r"\p{Lu}[\p{L}.'’\-]*,\s*\Z")
# the participle's object, closed by a comma before the sentence's own verb: "… the Guild's chair, spoke"
OBJECT_THEN_VERB = regex.compile(r"[^,;:“”\"()]{1,60},\s+(?:\p{Ll}+ly\s+)?(?P<verb>\p{Ll}+)\b")
# before the participle: a comma and an adverb or two ("the pier, also known as …", "a town long seen as …")
PARTICIPLE_LEAD = regex.compile(r"(?:\s*,)?\s*(?:(?:also|now|once|formerly|long|still|often|\p{Ll}+ly)\s+){0,2}\Z")


@functools.cache
def _relative_past_before() -> EndAnchored:
    """"The skipper we all knew (claims …)": a determiner's noun, a subject pronoun (perhaps "all" or "both") and its
    past verb, a relative clause with no "that" on the noun, whose own verb comes next."""
    verbs = alternation(frames().irregular_verbs)
    return EndAnchored.of(r"(?<![\p{L}])(?i:the|a|an|this|that|his|her|its|their|our|my|your)\s+\p{Ll}[\p{Ll}\-]+\s+"
                          r"(?:we|they|I|you|he|she)\s+(?:(?:all|both)\s+)?(?:\p{Ll}+ed|" + verbs + r")\s+\Z")


@functools.cache
def _controlled() -> regex.Pattern:
    """A verb in a past or -s form, its object, then "to": "prompted Mr Reyl to", "forced her to"."""
    verbs = alternation(frames().irregular_verbs)
    return regex.compile(r"(?<![\p{L}])(?P<verb>\p{Ll}+ed|\p{Ll}+s|" + verbs + r")\s+(?P<object>(?:(?:the|his|her|their)\s+)?"
                         r"(?:\p{Lu}[\p{L}.'’\-]*\s+){0,5}\p{Lu}[\p{L}.'’\-]*|him|her|them|us|me)\s+\Z")


@functools.cache
def _infinitive_nouns() -> frozenset[str]:
    """Nouns an infinitive completes (`course_nouns.txt`, `cue_nouns_infinitive.txt`): "the decision to report"."""
    return load_words("course_nouns.txt", lower=True) | frozenset(
        row[0].lower() for row in load_table("cue_nouns_infinitive.txt"))


def _calls_with_purpose(verb: str) -> bool:
    """"called", "dubbed": a verb whose bare object before "to" is called up, not told to act; so is one of
    `meeting_verbs.txt`, whose object is met ("met the Gazette to talk about the pier")."""
    if verb.lower() in load_words("meeting_verbs.txt", lower=True):
        return True
    found = cue_lexicon().lookup(verb)
    return found is not None and found[0] in frames().object_with_predicate


def _caller(text: str, sentence: Sentence, verb_start: int) -> Span | None:
    """The subject of a calling verb: a relative pronoun right before it ("the clerk that called her"), or
    the noun phrase before it ("after she called Mr Reyl")."""
    relative = RELATIVE_SOURCE.search(text, max(sentence.start, verb_start - 12), verb_start)
    if relative is not None:
        return Span.of(text, *relative.span(1))
    found = source_before(text, sentence.start, verb_start)
    return found[0] if found is not None else None


def _caused_object(text: str, sentence: Sentence, to_start: int) -> Span | None:
    """The object of up to four words between a causing verb and "to": "led some skippers to",
    "prompting them to"."""
    words = list(OBJECT_WORD.finditer(text, max(sentence.start, to_start - 60), to_start))[-5:]
    causing = frames().causing_before_object
    for k in range(len(words) - 2, -1, -1):
        if words[k].group().lower() in causing:
            return Span.of(text, words[k + 1].start(), words[-1].end())
    return None


# "are left", "have been left", "were often left" right before a cue's -ing form or "to": the passive of leaving
LEFT_PASSIVE = EndAnchored.of(
    r"(?<![\p{L}])(?:(?:" + alternation(load_words("verbal_auxiliaries.txt", lower=True)) + r")\s+)*?(?:not\s+)?"
    r"(?:" + alternation(load_words("be_forms.txt", lower=True)) + r")\s+(?:(?:still|now|just|\p{Ll}+ly)\s+)?left\s+\Z",
    regex.IGNORECASE)


def _left_subject(text: str, sentence: Sentence, position: int) -> Span | None:
    """The subject of a passive of leaving right before ``position``: "Skippers are left (wondering …)", "Skippers were
    left (to wonder …)" -> "Skippers", the ones left to think or say it."""
    left = LEFT_PASSIVE.search(text, max(sentence.start, position - 60), position)
    if left is None or left.start() <= sentence.start:
        return None
    found = source_before(text, sentence.start, left.start())
    return found[0] if found is not None and plausible_source(found[0].text) else None


# a passive of perceiving before a speech cue's -ing form, with an optional medium: "was heard", "was overheard on a
# microphone", "could be heard on the recording"
PERCEIVED_PASSIVE = EndAnchored.of(
    r"(?<![\p{L}])(?:(?:" + alternation(load_words("verbal_auxiliaries.txt", lower=True)) + r")\s+)*?"
    r"(?:" + alternation(load_words("be_forms.txt", lower=True)) + r")\s+(?:\p{Ll}+ly\s+)?"
    r"(?:" + alternation(load_words("perceived_passives.txt")) + r")"
    r"(?:\s+(?:on|in)(?:\s+[^\s,;:.!?“”\"]+){1,4})?\s+\Z", regex.IGNORECASE)
FOR_SUBJECT = EndAnchored.of(r"(?<![\p{L}])[Ff]or\s+(?P<subject>[\p{L}’'.\-]+(?:\s+[\p{L}’'.\-]+){0,4})\s+\Z")
FOR_NOT_SUBJECT = frozenset({"years", "months", "weeks", "days", "hours", "decades", "time", "now", "once", "ages",
                             "long", "a", "the", "to", "for"})  # "has pushed for years to …"


def _for_subject(text: str, sentence: Sentence, to_start: int) -> Span | None:
    """The subject that "for" gives an infinitive after an adjective or a noun: "It is hard for skippers to
    accept …" -> "skippers"; not after a verb ("reached for an image to describe …", "is looking for …")."""
    found = FOR_SUBJECT.search(text, max(sentence.start, to_start - 50), to_start)
    if found is None or found.group("subject").split()[-1].lower() in FOR_NOT_SUBJECT:
        return None
    verb = word_before(text, sentence.start, found.start())
    if (verb.endswith(("ed", "ing")) or verb in frames().irregular_verbs or cue_lexicon().lookup(verb) is not None) \
            and not _determined_noun(text, sentence, found.start()):
        return None
    subject = Span.of(text, *found.span("subject"))
    return subject if plausible_source(subject.text) else None


def _determined_noun(text: str, sentence: Sentence, position: int) -> bool:
    """Whether the word before ``position`` is a noun after a determiner and at most one plain modifier: "an
    opening", "a natural opening" (not "is looking", "has pushed")."""
    words = text[max(sentence.start, position - 40):position].split()
    if len(words) >= 2 and words[-2].lower() in NOUN_DETERMINERS:
        return True
    return (len(words) >= 3 and words[-3].lower() in NOUN_DETERMINERS and words[-2].isalpha() and words[-2].islower()
            and not words[-2].endswith(("ed", "ing", "ly")))


# "…, with each skipper questioning …", "with Ms Varga and Mr Reyl both calling for …": the noun after "with"
WITH_SUBJECT = EndAnchored.of(r"(?<![\p{L}])with\s+(?P<subject>[^\s,;:“”\"()][^,;:“”\"()]{0,59}?)"
                              r"(?:\s+(?:all|both|each|also|still|now|\p{Ll}+ly))?\s+\Z")


def _with_subject(text: str, sentence: Sentence, chain_start: int) -> Span | None:
    """The noun phrase a participle cue follows after "with": "Tension grew, with each skipper questioning the
    fee" -> "each skipper"; none where the phrase holds a verb form or ends in "and", nor where "with" follows a
    document of `authored_documents.txt` ("filed a petition with the board on Monday asking …": whom it went to)."""
    found = WITH_SUBJECT.search(text, max(sentence.start, chain_start - 70), chain_start)
    if found is None or word_before(text, sentence.start, found.start()) in frames().authored_documents:
        return None
    subject = Span.of(text, *found.span("subject"))
    if (time := TIME_BEFORE.search(text, subject.start, subject.end)) is not None and time.start() > subject.start:
        subject = Span.of(text, subject.start, time.start())  # "with Harbour Action on Monday asking": no day
    words = subject.text.split()
    if words[-1] in ("and", "or", "-", "--", "—", "―", "–") or any(w[:1].islower() and w.endswith(("ing", "ed"))
                                                                  for w in words):
        return None  # "with his own boat and exposing …", "with Reyl and funded ads attacking …", "with Bay Lines —"
    return subject if plausible_source(subject.text) else None


ISSUING_PARTICLES = frozenset({"out", "up"})  # "sent out a statement", "put out a video"


def _addressed_document(text: str, sentence: Sentence, listener: Span) -> Span | None:
    """"a letter to parents", "an email to staff": the noun phrase before a participle is whom a document
    (authored_documents.txt) went to, so the document, with its addressee, is what says it."""
    to_word = word_before(text, sentence.start, listener.start)
    if to_word not in ("to", "for"):
        return None
    to_start = text.rfind(to_word, sentence.start, listener.start)
    if word_before(text, sentence.start, to_start) not in frames().authored_documents:
        return None
    document = noun_phrase_before(text, sentence.start, end_before(text, 0, to_start))
    return Span.of(text, document.start, listener.end) if document is not None else None


ISSUING_INSIDE = regex.compile(r"\sand\s+(\p{Ll}+)\s+(?=\p{L})")  # "(local reporters) and made (several statements)"


def _document_after_verb(text: str, phrase: Span) -> Span | None:
    """The document after a past verb joined by "and" inside the phrase before a participle, when the verb issues
    nothing: "(met with local skippers and read) several statements backing …" -> "several statements"."""
    f = frames()
    joined = None
    for joined in ISSUING_INSIDE.finditer(text, phrase.start, phrase.end):
        pass
    if joined is None:
        return None
    verb = joined.group(1).lower()
    if not (verb.endswith("ed") or verb in f.irregular_verbs) or verb in f.issuing_verbs:
        return None
    words = text[joined.end():phrase.end].split()
    if not words or not any(word.lower() in f.authored_documents for word in words):
        return None
    return trimmed(text, joined.end(), phrase.end)


def _document_author(text: str, sentence: Sentence, document: Span) -> Span | None:
    """Who issued the document that says it: "The senator issued a statement saying …", "Ms Varga sent out
    a video that said …", "The council released a statement Monday urging …": the sentence's subject."""
    f = frames()
    issued = None  # "met reporters and made several statements": the document after the verb inside the phrase
    for issued in ISSUING_INSIDE.finditer(text, document.start, document.end):
        pass
    if issued is not None and issued.group(1).lower() in f.issuing_verbs:
        document = Span.of(text, issued.end(), document.end)
    words = document.text.split()
    if document.start <= sentence.start or not any(word.lower() in f.authored_documents
                                                   for word in words[1:] or words):  # "a statement", "statements"
        return None
    verb_start = text.rfind(verb := word_before(text, sentence.start, document.start), sentence.start, document.start)
    if verb in ISSUING_PARTICLES:
        verb_start = text.rfind(verb := word_before(text, sentence.start, verb_start), sentence.start, verb_start)
    if verb not in f.issuing_verbs:
        return None  # "issued", "released", "sent", "is releasing" put the document out
    if (relative := RELATIVE_SOURCE.search(text, max(sentence.start, verb_start - 12), verb_start)) is not None:
        return Span.of(text, *relative.span(1))  # "the union, which released a statement saying …"
    author = sentence_subject(text, sentence.start, document.start)
    if (chain := auxiliary_chain(text, max(sentence.start, verb_start - 60), verb_start)) is not None:
        verb_start = chain.start()  # "Mr Reyl has released a statement saying …": the subject before "has"
    if (issuer := source_before(text, sentence.start, verb_start)) is not None and plausible_source(issuer[0].text) \
            and (author is None or author.end <= issuer[0].start) and (
            issued is None or word_before(text, sentence.start, verb_start) != "and"):
        # "After the board released a report, Mr Reyl released a statement saying …": the verb's own subject
        author = issuer[0]
    if author is None or author.end > document.start or author.text.split()[-1].lower() in f.authored_documents:
        return None
    return joined_subject(text, author, document.start) or author  # "Lyme and Dorn issued a statement saying …"


def _asks_who(clause: str) -> bool:
    """"asked her who would pay", "asked skippers who wanted to leave": after a cue that takes a question, a "who"
    clause whose first word is an auxiliary, or whose last word before "to" is a verb, is the question; "asked
    skippers who fish the cove to sign" is a relative clause on the ones asked."""
    words = [word.lower() for word in clause.split()]
    f = frames()
    return len(words) < 3 or words[1] in f.verbal_auxiliaries or words[-1] in f.verbal_auxiliaries or (
        words[-1].endswith(("ed", "ing")) or words[-1] in f.irregular_verbs or words[-1] in cue_lexicon().finite_forms)


# "in a letter", "at a rally", "during an interview": an occasion after "a" or "an" (object_occasions.txt) between a
# listener and "to" is the asking's, no place of the listener's ("participants in her program to …" keeps it)
LISTENER_OCCASION = regex.compile(r"\s+(?:in|at|during)\s+(?:a|an)\s+(?:[^\s,;:.!?“”\"()]+\s+){0,4}?(?:"
                                  + spaced(load_lines("object_occasions.txt")) + r")\s*")


def _listener_rest(text: str, start: int, end: int) -> int | None:
    """Where the rest of a listener or its time ends before a clause's "that" ("told members of the council
    executive board that …"); None when a verb, a negation or another cue stands there ("told the Gazette on
    Monday after hinting that …", "warned her not to give that talk")."""
    rest = LISTENER_REST_THEN_THAT.match(text, start, near(start, end))
    if rest is None or has_verb(rest.group()) or TO_LOWER.search(rest.group()):
        return None
    # "told him back that …": a particle of the cue after its listener is no cue of its own
    words = {word.lower() for word in WORD.findall(rest.group())} - load_words("listener_particles.txt", lower=True)
    if words & frames().negations or any(word in cue_lexicon().forms for word in words):
        return None
    return rest.end()


def _name_after_listener(words: str) -> int | None:
    """Where a name opens inside what was read as the listener: after a lower-case noun ("the court Mr Reyl",
    "jurors Ms Varga") or at a courtesy honorific ("the Harbour Council Mr Reyl"); not "the Harbour Council"."""
    if (named := NAME_AFTER_LISTENER.search(words)) is not None:
        return named.start()
    courtesy = next((word for word in WORD_START.finditer(words)
                     if word.start() > 0 and (found := honorific(word.group(1).rstrip("."))) is not None
                     and not found.office), None)
    return len(words[:courtesy.start()].rstrip()) if courtesy is not None else None


def _aside_before_quotation(text: str, position: int, sentence: Sentence, *, phrase: bool = True) -> regex.Match | None:
    """", again using a funny voice, “…”", ", in large letters, “…”": a phrase set off at ``position`` (a participle's
    only, unless ``phrase``), then a quotation, which is what the cue reports."""
    aside = (phrase and SET_OFF_PHRASE.match(text, position, near(position, sentence.end))) \
        or _set_off_participle(text, position, sentence)
    return aside if aside is not None and INTRODUCES_QUOTE.match(text, aside.end() - 1) is not None else None


def _set_off_participle(text: str, position: int, sentence: Sentence) -> regex.Match | None:
    """", again using a funny voice,": a participle's phrase set off at ``position``; not a cue's own (", telling
    them,"), which reports the quotation itself."""
    aside = SET_OFF_PARTICIPLE.match(text, position, near(position, sentence.end))
    return aside if aside is not None and aside.group("verb").lower() not in cue_lexicon().forms else None


def _listener_of_phrase(text: str, position: int, sentence: Sentence) -> int | None:
    """After a listener that stops before "of": where its "of" phrase ends, when a clause with its own subject
    follows ("told members of the board the pier would close"), or -1 when a verb follows the phrase, which is
    then the clause's subject with the listener ("warns hundreds of jobs along the coast could go"); None
    otherwise."""
    window = near(position, sentence.end)
    joint = OF_WORD.match(text, position, window)
    if joint is None:
        return None
    end = joint.end()
    for _ in range(MAX_OF_PHRASE_WORDS):
        word = PHRASE_WORD.match(text, end, window)
        if word is None:
            return None
        end, lower = word.end(), word.group().strip().lower()
        if lower in frames().boundaries:
            return None  # "told members of the board that …": the clause opens at "that"
        if AUXILIARY_AHEAD.match(text, end, window):
            return -1
        if (lower not in frames().prepositions and lower not in load_words("place_prepositions.txt")
                and NOUN_DETERMINER_NEXT.match(text, end, window) is not None
                and opens_with_subject(text[end:min(window, end + CLAUSE_PEEK)].lstrip())):
            return end
    return None


def _whole_list(words: str) -> bool:
    """Words with no comma, or a list whose last item follows "and" or "or": "Ms Varga, Mr Reyl and Ms Lund"."""
    return "," not in words or LAST_ITEM.search(words.rsplit(",", 1)[1]) is not None


def _listener_then_infinitive(text: str, start: int, sentence: Sentence) -> Span | None:
    """The listener after a particle when an infinitive follows it: "the council" in "called on the council to act"."""
    heard = _addressee(text, start, sentence.end)
    # "called on the council last week to act": a time between the listener and its infinitive
    if heard is None:
        return None
    after = past_adverbials(text, heard.end, sentence.end)
    return heard if TO_VERB_AHEAD.match(text, after, near(after, len(text))) else None


def _ends_in_main_verb(text: str, listener: Span, *, in_relative: bool) -> bool:
    """Whether a listener read after a cue ends in a cue's past form, no noun: "warned the board said", where the
    cue is in a relative clause and "said" is the sentence's own verb; after "who" or "that" (``in_relative``) a
    present form ends it too when it is never a noun or a clause opens after it: "Skippers who warned the board
    say the …" (not "… who warned the board claims were false", a noun opening the clause)."""
    lead, _, last = listener.text.rpartition(" ")
    if not lead.strip() or not last.islower() or last not in cue_lexicon().forms:
        return False
    if cue_past_form(last):
        return True
    if cue_lexicon().forms[last][0] in cue_lexicon().phrasal_only:
        return False  # "who warned the move would …": "move" is no cue without its particle, so no main verb
    return in_relative and (cue_lexicon().forms[last][0] not in frames().noun_ambiguous
                            or CLAUSE_OPENING_AHEAD.match(text, listener.end, near(listener.end, len(text))) is not None)


CLAUSE_OPENING_AHEAD = regex.compile(r"\s+(?:that|" + alternation(CLAUSE_OPENING_WORDS) + r")\b")


def _addressee(text: str, start: int, end: int, *, in_headline: bool = False) -> Span | None:
    """The listener right after a cue; in a title-case headline (``in_headline``) it may open with a hashtag
    ("Tells #SaveThePier Skippers They Need To Pay"), and a lower-case modal may open the clause after it ("Tells
    Skippers Toll is Unfair")."""
    if (show := QUOTED_LISTENER.match(text, start, near(start, end))) is not None:
        return Span.of(text, *show.span("addressee"))  # "told “Harbour Hour” that …": a show's name in its marks
    if ((show := CLOSING_QUOTED_LISTENER.match(text, start, near(start, end))) is not None and show.end() == end
            and not has_verb(show.group("addressee"))):
        return Span.of(text, *show.span("addressee"))  # "Ms Varga told “Harbour Hour.”": whom she told, no words
    if (you := YOU_LISTENER.match(text, start, near(start, end))) is not None:
        return Span.of(text, *you.span("addressee"))
    match = ADDRESSEE.match(text, start, near(start, end))
    if match is None or (not in_headline and match.group("addressee").startswith("#")):
        return None
    if (pronoun := OBJECT_PRONOUN.match(text, match.start("addressee"), near(start, end))) is not None:
        # "told me skippers were angry": an object pronoun is the whole listener, the clause opens after it
        return Span.of(text, match.start("addressee"), pronoun.end())
    last = match.group("addressee").split()[-1]
    if (text.startswith(".", match.end("addressee")) and honorific(last) is not None
            and (name := NAME_AFTER_TITLE.match(text, match.end("addressee") + 1, near(start, end))) is not None):
        return Span.of(text, match.start("addressee"), name.end())  # "told Sen. Lenz": the name goes with the title
    words = list(WORD_START.finditer(text, match.start("addressee"), match.end("addressee")))
    if (len(words) > 1 and words[-1].group(1).islower() and MODAL_AHEAD.match(text, match.end("addressee"))
            and not any(word.group(1).lower() in DETERMINERS_BEFORE_NOUN for word in words)):
        if all(word.group(1).lower() in load_words("quantifier_subjects.txt", lower=True) for word in words[:-1]):
            return None  # "warned some homes could be without power": the quantifier and its noun open the clause
        # "tells skippers pier will close": a headline's bare noun before a modal opens the clause
        return trimmed(text, match.start("addressee"), words[-1].start())
    modal_ahead = TITLE_MODAL_AHEAD if in_headline else CAPITALISED_MODAL_AHEAD
    if all(word.group(1)[:1].isupper() for word in words) and end - match.end("addressee") <= TITLE_MODAL_REACH \
            and modal_ahead.match(text, match.end("addressee"), end):
        # "Mayor Warns Pier Could Collapse": in a title-case headline the last capitalised word opens the clause
        return trimmed(text, match.start("addressee"), words[-1].start()) if len(words) > 1 else None
    return Span.of(text, *match.span("addressee"))


# a show's name in its marks after the cue, perhaps after its channel's possessive ("Lyme Radio’s") or with its
# listeners after it, then "that", a time or place, a clause's subject or a quotation: "told “Harbour Hour” on
# Sunday that …", "told Lyme Radio’s “Harbour Hour” that …", "warned “Harbour Hour” viewers that …"
CHANNEL_OWNER = r"(?:(?:\p{Lu}[\p{L}&.\-]*\s+){0,2}\p{Lu}[\p{L}&.\-]*['’]s\s+)?"
QUOTED_LISTENER = regex.compile(r"\s+(?P<addressee>" + CHANNEL_OWNER + QUOTED_NAME + r"(?:\s+(?:"
                                + alternation(load_lines("object_listeners.txt")) + r"))?)"
                                r"(?=\s+(?:that|on|in|at|during|after|before|last|this"
                                r"|earlier|yesterday|today|" + DAYS + "|" + alternation(CLAUSE_OPENING_WORDS) + r")\b"
                                r"|\s*[:,]\s*(?:[“\"‘]|''))")  # "told “Harbour Hour”: “…”"
# a show's name that closes the sentence with its stop inside the marks: "told “Harbour Hour.”" (not a quoted
# sentence, which has a verb: "told “The Pier Will Stay.”")
CLOSING_QUOTED_LISTENER = regex.compile(r"\s+(?P<addressee>[“\"]" + NAME_WORDS + r"\.[”\"])\s*\Z")
# a whole listener: no noun goes on after it; "each" floats after it before the clause's determiner or pronoun ("told
# them each the toll was fair"), not before a noun of its own ("told them each boat had paid")
OBJECT_PRONOUN = regex.compile(r"(?i:me|him|us|them)(?:\s+(?i:all|both|each(?=\s+(?:the|a|an|his|her|their|its|our|my"
                               r"|that|this|he|she|they|it|we|I|there)\b)))?\b")
# "you" is the listener only before a clause's subject ("will tell you the pier is old"; not "told you were wrong",
# where it is the subject)
YOU_LISTENER = regex.compile(r"\s+(?P<addressee>(?i:you))(?=,?\s+(?:(?:" + alternation(CLAUSE_OPENING_WORDS)
                             + r")\s|\p{Lu}))")
DETERMINERS_BEFORE_NOUN = NOUN_DETERMINERS | {"her", "this", "that"}  # "warned the skippers would pay": no bare noun
# a modal, or a form of "be" or "have", that opens a headline's clause after its bare noun: "pier will close",
# "Toll Is Unfair"
MODALS = alternation(("will", "would", "could", "can", "must", "may", "might", "should", "shall",
                      "is", "are", "was", "were", "has", "have", "had"))
MODAL_AHEAD = regex.compile(r"\s+(?:" + MODALS + r")\s+\p{Ll}")
TITLE_TAIL = r"(?:\s+\p{Lu}[\p{L}’'\-]*)+\s*[.!?]?\s*\Z"  # capitalised words to the end of a short headline
# a modal, then that tail; a title-case headline may leave the modal in lower case ("Toll is Unfair"), while
# elsewhere it is capitalised too ("Toll Is Unfair")
TITLE_MODAL_AHEAD = regex.compile(r"\s+(?i:" + MODALS + r")" + TITLE_TAIL)
CAPITALISED_MODAL_AHEAD = regex.compile(r"\s+(?=\p{Lu})(?i:" + MODALS + r")" + TITLE_TAIL)
TITLE_MODAL_REACH = 120  # characters of a headline read after its listener


def find_reported(analysis: Analysis, quote_map: QuoteMap, *, cue_classes: frozenset[str]) -> Iterator[Quote]:
    """Every cue-driven attribution, sentence by sentence, in text order."""
    text = analysis.text
    lexicon = cue_lexicon()
    word_cues = WordCues.find(text, analysis.sentences, cue_classes)
    sentences = analysis.sentences
    transcript = is_transcript(text, (sentence for index, sentence in enumerate(sentences)
                                      if index == 0 or sentences[index - 1].paragraph != sentence.paragraph))
    carried: Span | None = None  # the last source of the sentence before, in the same paragraph
    for index, sentence in enumerate(analysis.sentences):
        if index > 0 and analysis.sentences[index - 1].paragraph != sentence.paragraph \
                and not _after_headline_semicolon(text, sentence):
            carried = None  # a headline's deck after its semicolon goes on with the headline's source
        if REVISION_NOTE.match(text, sentence.start, min(sentence.end, sentence.start + REVISION_NOTE_REACH)):
            carried = None
            continue
        last_source: Span | None = None
        found: list[Quote] = []
        withheld_end = sentence.start  # the end of a question nobody answered
        withheld: list[tuple[int, int]] = []  # the questions nobody answered, for the word cues inside them
        put = _question_put(text, sentence, quote_map)  # "Asked whether she had considered resigning, she replied"
        if put is not None:
            withheld.append(put)
        silent_end = sentence.start  # the end of what a reply not given was asked
        cues = lexicon.find(text, sentence.start, sentence.end, cue_classes)
        lowered = sentence.text.lower()  # read once for the word tests of this sentence's readers
        if "would" in lowered:  # "would like to": merged in only where it can occur
            cues = heapq.merge(cues, lexicon.find_after_would(text, sentence.start, sentence.end, cue_classes),
                               key=lambda match: match.start())
        quoted_cue_end = sentence.start  # the end of the "saying" after "quoted X as", read with the quoting cue
        for match in cues:
            if quote_map.around(match.start()) is not None or match.end() == quoted_cue_end:
                continue  # the quoted speaker's own words; "quoted X as saying", read already
            if match.start() < withheld_end or put is not None and put[0] <= match.start() < put[1]:
                continue  # "did not say whether he was hoping to win", "Asked whether she had considered …": nobody
            if match.start() < silent_end and match.group().lower() not in lexicon.finite_forms:
                continue  # "did not respond to requests to discuss it": nobody discussed it; "and the board said" reads
            if (reply_end := _silent_reply_end(text, match, sentence)) > match.end():
                withheld.append((match.end(), reply_end))  # "did not respond to questions about the toll"
                silent_end = max(silent_end, reply_end)
                if WITHHELD_TOPIC_QUESTION.match(text, match.end(), reply_end) is not None:
                    withheld_end = max(withheld_end, reply_end)  # "would not comment on whether he planned to sue"
                continue
            if (question_end := _withheld_question_end(text, match, sentence, quote_map)) > match.end():
                withheld.append((match.end(), question_end))
                withheld_end = max(withheld_end, question_end)
            source = _source_outside_closed(found, match.start()) or last_source
            quote = _attribution_at(text, match, sentence, index, quote_map, source, carried)
            if quote is not None:
                quote = _with_seeming(text, quote, match, sentence)  # "seemed to suggest": the whole chain its cue
            # "quoted Ms Varga as saying": read once for the closing frame and for the nested report below
            as_saying = _quoted_object_as(text, match, sentence) if quote is not None else None
            if as_saying is not None and (
                    quoted_speaker := _quoted_speaker_closing(text, as_saying, sentence)) is not None:
                # "“This is great news,” the Gazette quoted Ms Varga as saying.": her words, cue "saying"
                quote = _said_by_the_one_quoted(text, quote, match, quoted_speaker, sentence, index, quote_map)
                quoted_cue_end = quoted_speaker[1].end
            if quote is not None and _rhetorical_who(text, quote, sentence):
                continue  # "and who could blame her": a question put to the reader, nobody's words
            if quote is not None and not _withholds(text, quote):
                last_source = quote.source or last_source
                found.append(quote)
                yield quote
                if as_saying is not None and (
                        quoted := _quoted_as_saying(text, as_saying, sentence, index, quote_map)) is not None:
                    quoted_cue_end = quoted.cue.end  # its "saying" is read here, with its own source
                    if quoted.end <= quote.end:
                        yield quoted  # "The agency quoted an officer as saying …": the officer's words, nested in it
        carried = last_source
        # "did not answer questions about whether …": the noun's question is withheld too
        yield from (quote for quote in word_cue_quotes(text, sentence, index, quote_map, cue_classes, word_cues)
                    if not any(start <= quote.content[0].start < end for start, end in withheld))
        if "speech" in cue_classes:
            yield from according_to(text, sentence, index, quote_map)
            yield from possessive_copula(text, sentence, index, quote_map)
            if index + 1 < len(sentences) and sentence.text.rstrip().endswith("?") and (
                    asked := possessive_question(text, sentence, sentences[index + 1], index + 1, quote_map)) is not None:
                yield asked  # "Her verdict? “Unsafe.”"
            if "from" in lowered and (message := message_from(text, sentence, index, quote_map)) is not None:
                yield message  # "“The pier is safe” – that was the message from Ms Varga."
            if (named := quotation_then_noun(text, sentence, index, quote_map)) is not None:
                yield named  # "“We go again,” was the verdict of Ms Varga."
        yield from in_view_of(text, sentence, index, quote_map, cue_classes, lowered)
        if "thought" in cue_classes and (viewer := to_whom(text, sentence, index, quote_map)) is not None:
            yield viewer
        if "writing" in cue_classes and "itled" in sentence.text:
            yield from titled_work(text, sentence, index, quote_map)
        if "speech" in cue_classes and "elf-" in sentence.text:
            yield from self_described(text, sentence, index, quote_map)
        opens_paragraph = index == 0 or analysis.sentences[index - 1].paragraph != sentence.paragraph
        closes_paragraph = index + 1 == len(analysis.sentences) or analysis.sentences[index + 1].paragraph != sentence.paragraph
        # "Ms Varga's verdict: …" is hers, also where it opens a paragraph and would read as a label
        framed = possessive_label(text, sentence, index, quote_map) \
            if "speech" in cue_classes and ":" in sentence.text else None
        if opens_paragraph and "speech" in cue_classes and framed is None:
            label = colon_label(text, sentence, index, quote_map,
                                turn=analysis.paragraphs[sentence.paragraph] if transcript else None)
            if label is None and closes_paragraph:  # a headline: "Varga on why the ferry must run"
                label = on_topic_label(text, sentence, index, quote_map)
            if label is None and closes_paragraph:  # "Council to close pier - report"
                label = report_tagged_headline(text, sentence, index, quote_map)
            if label is None and closes_paragraph:  # "Ferry to be sold - Reyl"
                label = name_tagged_headline(text, sentence, index, quote_map)
            if label is None and closes_paragraph:  # "Varga Just Gave Skippers Some Bad News"
                label = given_in_headline(text, sentence, index, quote_map)
            if label is not None:
                yield label
                continue
        elif ("speech" in cue_classes and framed is None and ":" in sentence.text
              and (label := _labelled_quotation(text, analysis.sentences[index - 1], sentence, index, quote_map))):
            yield label  # 'Ms Varga: “The pier is safe.” Mr Reyl: “It is not.”': each name's own quotation
            continue
        if framed is not None:
            yield framed


QUOTATION_CLOSE = "”\"’»›«‹"  # the marks a sentence closing on a quotation ends with


def _labelled_quotation(text: str, previous: Sentence, sentence: Sentence, index: int,
                        quote_map: QuoteMap) -> Quote | None:
    """A sentence inside a paragraph that is a label, its colon and a whole quotation, after a sentence that closes
    on a quotation: "… “The pier is safe.” Mr Reyl: “It is not.”" is Mr Reyl's, as a paragraph opening so is."""
    if previous.text.rstrip()[-1:] not in QUOTATION_CLOSE:
        return None
    label = colon_label(text, sentence, index, quote_map)
    if label is None or label.kind is not Kind.DIRECT or label.source is None:
        return None
    times = frames().weekdays | load_words("months.txt")
    # "… “It is safe.” Monday: “It is shut.”": a live report's time, nobody who speaks
    return None if any(word in times for word in label.source.text.split()) else label


RECENT_REPORTS = 8  # the reports of a sentence a participle's source is sought among, latest first


SEMICOLON_LINE_END = EndAnchored.of(r";[ \t\u00a0]*\n[ \t\u00a0]*\Z")  # "…, Varga hints; \n" before a deck


def _after_headline_semicolon(text: str, sentence: Sentence) -> bool:
    """The sentence opens the line right after a line that ends with a semicolon, as a headline's deck does:
    "Toll 'a tax on work', Varga hints; / Says council would close the pier"."""
    return SEMICOLON_LINE_END.search(text, max(0, sentence.start - 8), sentence.start) is not None


def _source_outside_closed(found: list[Quote], position: int) -> Span | None:
    """The last source before ``position`` that is not inside a report closed before it: in "Ms Varga said she
    plans to close the pier, insisting …" the participle is Ms Varga's, not that of "she plans"."""
    recent = found[-RECENT_REPORTS:]  # bounded, so a sentence of a thousand cues stays linear
    for quote in reversed(recent):
        if quote.source is None:
            continue
        if not any(outer.source is not None and outer.start <= quote.source.start < outer.end <= position
                   for outer in recent if outer is not quote):
            return quote.source
    return None


LIGHT_NOUN_TIMES = "light_noun_times.txt"  # "(issued a statement) after": a time, no topic
LIGHT_NOUN_SCOPES = "light_noun_scopes.txt"  # "(issued a yellow) warning for": what it covers, no topic
WITHHOLDING_WINDOW = 40  # characters before a cue searched for "did not", "has not yet", "declined to"


# a participle of questioning opening the sentence, then, perhaps after a time or a listener, a question word or
# "about": "Asked whether …", "When pressed about …", "Asked on Monday if …"
QUESTION_PUT_LEAD = r"[“\"‘']?(?:(?i:when|whenever|after|if)\s+)?(?P<lead>(?i:asked|questioned|pressed))"
QUESTION_PUT_REACH = 300  # characters of a question put at a sentence's start read for its closing comma


@functools.cache
def _question_put_pattern() -> regex.Pattern:
    words = alternation(frames().withheld_question_words | {"about"})
    # "Ms Varga, asked whether …, said": the question may follow the sentence's subject, set off by a comma
    return regex.compile(r"(?:(?P<subject>[^,;:“”\"()]{1,60}?),\s+)?" + QUESTION_PUT_LEAD
                         + r"(?:\s+(?!(?i:" + words + r")\b)[\p{L}.]+){0,3}\s+(?P<word>(?i:" + words + r"))\b")


def _question_put(text: str, sentence: Sentence, quote_map: QuoteMap) -> tuple[int, int] | None:
    """The question put to the source that opens the sentence, or follows its bare subject set off by a comma, from
    its question word to its comma: the cues in "Asked whether she had considered resigning, she replied …", "When
    asked about claims that the pier was unsafe, Ms Varga said …" and "Ms Varga, asked whether she had said …,
    replied …" report nothing, being what she was asked."""
    opening = _question_put_pattern().match(text, sentence.start, near(sentence.start, sentence.end))
    if opening is None or opening.group("subject") is not None and not (
            opening.group("lead").lower() == "asked" and text[opening.end("subject"):opening.start("lead")] == ", "
            and opening.group("word").lower() in ("if", "whether")
            and _set_off_after_subject(text, sentence, opening.end("subject"))):
        return None  # after the subject only "asked if", "asked whether": "X, when asked about …," is put to X
    for comma in CLAUSE_COMMA.finditer(text, opening.end(), min(sentence.end, opening.end() + QUESTION_PUT_REACH)):
        quoted = quote_map.around(comma.start())
        if quoted is None or quoted.end <= comma.end():  # 'Asked whether the pier is “safe,” most skippers said'
            return opening.start("word"), comma.start()
    return None


# after an active verb of quoting, its object and "as" before an -ing form: "quoted a police officer as saying"
QUOTED_OBJECT_AS = regex.compile(r"\s+(?!by\s)(?P<object>[^\s,;:“”\"()][^,;:“”\"()]{0,80}?)\s+as\s+(?P<verb>\p{Ll}+ing)\b")


def _quoted_as_saying(text: str, as_saying: tuple[regex.Match, regex.Match], sentence: Sentence, index: int,
                      quote_map: QuoteMap) -> Quote | None:
    """What the object of an active verb of quoting (`quoting_passives.txt`) said, by that object: in "The agency
    quoted a police officer as saying that 11 bodies had been found" the officer said that 11 bodies had been found
    (the agency's report holds it, so it becomes that report's nested quote); ``as_saying`` is what
    :func:`_quoted_object_as` read."""
    found, inner = as_saying
    inner_lemma, inner_class = cue_lexicon().forms[inner.group().lower()]
    return _frame(text, inner, inner_lemma, inner_class, Span.of(text, inner.start(), inner.end()), sentence, index,
                  quote_map, participle_source=Span.of(text, *found.span("object")), gerund=True)


# a short phrase, then nothing but the sentence's close: ".", " on Monday.", " in an interview."
CLOSES_SENTENCE = regex.compile(r"(?:\s+(?P<first>[\p{L}\p{N}’'\-]+)(?:\s+[\p{L}\p{N}’'\-]+){0,4})?[\s”\"’'»]*"
                                r"(?:[.!?][\s”\"’'»]*)?\Z")


def _quoted_speaker_closing(text: str, as_saying: tuple[regex.Match, regex.Match],
                            sentence: Sentence) -> tuple[Span, Span] | None:
    """The one an active verb of quoting closing the sentence names as the speaker, and the -ing cue after "as"
    (``as_saying``, read by :func:`_quoted_object_as`): in "“This is great news,” the Gazette quoted Ms Varga as
    saying." the words are Ms Varga's, cue "saying"."""
    found, _ = as_saying
    close = CLOSES_SENTENCE.match(text, found.end("verb"), sentence.end)
    if close is None or close.group("first") is not None and not (
            close.group("first").lower() in frames().prepositions or DAY_BEFORE.match(text, *close.span("first"))):
        return None  # "… as saying on Monday." and "… as saying in an interview." close it; "as saying it" does not
    return Span.of(text, *found.span("object")), Span.of(text, *found.span("verb"))


def _quoted_object_as(text: str, match: regex.Match, sentence: Sentence) -> tuple[regex.Match, regex.Match] | None:
    """After an active verb of quoting (`quoting_passives.txt`), its object, "as" and a speech or writing cue's
    -ing form ("quoted Ms Varga as saying"), and that cue; None otherwise."""
    entry = cue_lexicon().lookup(match.group())
    if entry is None or entry[0] not in QUOTING_PASSIVES:
        return None
    found = QUOTED_OBJECT_AS.match(text, match.end(), near(match.end(), sentence.end))
    if found is None or not plausible_source(found.group("object")):
        return None
    inner = next(cue_lexicon().find(text, found.start("verb"), found.end("verb"), frozenset({"speech", "writing"})),
                 None)
    return (found, inner) if inner is not None else None


def _said_by_the_one_quoted(text: str, quote: Quote, match: regex.Match, quoted_speaker: tuple[Span, Span],
                            sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote:
    """A report closed by an active verb of quoting whose object said its words: the object is the source and the
    -ing form the cue, for a quotation before the frame ("“…,” the Gazette quoted Ms Varga as saying.") or a
    clause before its comma ("The toll is fair, the Gazette quoted Ms Varga as saying."); else as it was."""
    speaker, cue = quoted_speaker
    if quote.end <= match.start():
        return attrs.evolve(quote, source=speaker, cue=cue)
    if quote.source is None or quote.source.end > match.start() or quote.source.start <= sentence.start:
        return quote
    before = clause_before(text, quote.source.start, sentence, quote_map)
    if before is None or text[before.end:quote.source.start].strip(" ”\"’'") != ",":
        return quote
    return make_quote((before,), cue, speaker, None, quote.cue_class, index, quote_map) or quote


TOPIC_BEFORE_QUESTION = frozenset({"on", "about", "over"})  # "would not comment on whether …": the question withheld
# a reply not given, then such a topic's question: " on whether …"
WITHHELD_TOPIC_QUESTION = regex.compile(r"\s+(?:" + alternation(TOPIC_BEFORE_QUESTION) + r")\s+(?:"
                                        + alternation(frames().withheld_question_words) + r")\b", regex.IGNORECASE)


def _withheld_question_end(text: str, match: regex.Match, sentence: Sentence, quote_map: QuoteMap) -> int:
    """Where the question after a negated or declined cue ends, or 0: in "did not say whether he was hoping to
    win" and "declined to say if the council wanted to sell" the cues inside the question report nothing; only after
    a cue of speech or writing: "It is not certain whether Tom Reyl knew …" is a doubt, and "knew" reports."""
    if cue_lexicon().forms.get(match.group().lower(), ("", "speech"))[1] not in SPOKEN_CLASSES:
        return 0
    word = NEXT_WORD.match(text, match.end(), near(match.end(), sentence.end))
    if word is not None and (noun_end := noun_object_cue_end(text, word.start(1), sentence.end)) is not None:
        word = NEXT_WORD.match(text, noun_end, near(noun_end, sentence.end))  # "answer questions about whether"
    elif word is not None and word.group(1).lower() in TOPIC_BEFORE_QUESTION:
        word = NEXT_WORD.match(text, word.end(), near(word.end(), sentence.end))  # "would not comment on whether"
    if word is None or word.group(1).lower() not in frames().withheld_question_words:
        return 0
    before = _last_words(text, sentence, match.start())
    declined = len(before) > 1 and before[-1] == "to" and (before[-2] in frames().declining_before_to
                                                          or " ".join(before[-2:]) in load_words(WITHHOLDING_OPENERS))  # "refuses to"
    if not (declined or _negated(before)):
        return 0
    question = clause_from(text, word.start(1), sentence, quote_map, stop=MAIN_CLAUSE_AFTER)
    if question is None:
        return 0
    comma = text.rfind(",", question.start, question.end)
    if comma > 0 and (frame := CLOSING_FRAME.fullmatch(text, comma, sentence.end)) is not None \
            and frame.group("cue").lower() in cue_lexicon().finite_forms:
        return comma  # "Ms Varga did not say whether the pier would close, the council said": the frame reports it
    return question.end


NEGATIVE_SUBJECT = regex.compile(r"\s*(?i:neither|nobody|none|no\s+one|no)(?![\p{L},])")  # opening the sentence
SILENT_REPLY_REACH = 200  # characters read after a reply not given for what it was asked
REPLY_OBJECT_END = regex.compile(r"[,;:()–—]|\s-\s")  # "did not comment, and the board said …": a clause of its own


def _silent_reply_end(text: str, match: regex.Match, sentence: Sentence) -> int:
    """Where what follows a reply that was not given ends, or 0: a cue of silent_replies.txt after a negation ("did
    not respond to a Gazette request for comment", "has not yet replied") or after a refusal before "to" ("declined to
    comment on the toll", "refused to discuss it", "has yet to respond") says nothing, and neither do the cues of
    what it was asked ("did not answer questions about the toll")."""
    entry = cue_lexicon().lookup(match.group())
    if entry is None:
        return 0
    reply = entry[0] in frames().silent_replies
    if not reply and not (entry[0] in WITHHELD_VERBS and (particle := frames().particles.get(entry[0])) is not None
                          and particle.match(text, _past_listener(text, match, entry[0], sentence),
                                             near(match.end(), sentence.end)) is not None):
        return 0  # neither a reply nor the topic after the particle of a verb of words ("talk about the toll")
    before = _last_words(text, sentence, match.start())
    refused = len(before) > 1 and before[-1] == "to" and (before[-2] in frames().declining_before_to
                                                         or before[-2] == "yet")  # "has yet to respond"
    # "Nobody at the board responded to …", "Neither the board nor Bay Lines, whose …, responded to …"
    nobody = reply and NEGATIVE_SUBJECT.match(text, sentence.start, match.start()) is not None
    if not (refused or reply and (_negated(before) or nobody) or _unwilling(before)):
        # "did not talk about the toll" reads; "refused to talk about the toll", the topic of words held back, and
        # "declined to elaborate on the toll" say nothing, while "refused to say that the pier was safe" reads
        return 0
    end = min(sentence.end, match.end() + SILENT_REPLY_REACH)
    mark = REPLY_OBJECT_END.search(text, match.end(), end)
    return mark.start() if mark is not None else end


UNWILLING_NEGATIONS = load_words("unwilling_negations.txt", lower=True)  # "would not", "won't"


def _unwilling(before: list[str]) -> bool:
    """The last words before a cue, past its adverbs, are a negated modal of will: "would not", "won’t directly"."""
    words = [word.replace("’", "'") for word in before if not word.endswith("ly") or word == "only"]
    return bool(words) and (words[-1] in UNWILLING_NEGATIONS or " ".join(words[-2:]) in UNWILLING_NEGATIONS)


def _past_listener(text: str, match: regex.Match, lemma: str, sentence: Sentence) -> int:
    """Where a cue's particle may start: after the listener of a cue that may put one before it ("talk to the
    skippers about", "speak with the Gazette about"), else right after the cue."""
    if lemma not in frames().particle_required and lemma not in LISTENER_BEFORE_PARTICLE:
        return match.end()
    gap = PARTICLE_GAP.match(text, match.end(), near(match.end(), sentence.end))
    return gap.end() if gap is not None else match.end()


# " to comment", " to publicly discuss", " to be interviewed": an infinitive whose verb gives or withholds words;
# not "be" before a determiner, a role taken on ("refused to be the council's pawn")
ROLE_DETERMINERS = ARTICLES | load_words("possessive_determiners.txt", lower=True)
WITHHELD_VERBS = load_words("withheld_verbs.txt", lower=True)  # "say", "talk", "speculate"
QUOTED_WORDS_AHEAD = regex.compile(r"[^.;:!?“”\"]{0,40}?[“\"]")  # "the words “…”": quoted words named after a verb
REFUSED_WORDS = regex.compile(r"\s+to\s+(?:\p{Ll}+ly\s+)?(?:be\b(?!\s+(?:" + alternation(sorted(ROLE_DETERMINERS))
                              + r")\b)|(?:" + spaced(load_lines("withheld_verbs.txt")) + r")\b)", regex.IGNORECASE)
# withheld_giving_verbs.txt, withheld_objects.txt: "give", "release" hold back words only with an object of words
WITHHELD_GIVING = load_words("withheld_giving_verbs.txt", lower=True)
WITHHELD_OBJECTS = load_words("withheld_objects.txt", lower=True)
OBJECT_END = regex.compile(r"[,.;:!?()“”\"—–]")
OBJECT_WORD = regex.compile(r"[\p{L}\p{N}’'-]+")


def _gives_things(text: str, verb_end: int, sentence: Sentence) -> bool:
    """Whether a verb of `withheld_giving_verbs.txt` ending at `verb_end` hands over no words: no noun of
    `withheld_objects.txt` among the next eight words before punctuation ("refused to give the crews their bonus",
    "refused to release the prisoners"; not "refused to give an answer", "declined to release the names")."""
    window = min(sentence.end, verb_end + 100)
    stop = OBJECT_END.search(text, verb_end, window)
    words = OBJECT_WORD.findall(text, verb_end, stop.start() if stop is not None else window)[:8]
    return bool(words) and not any(word.lower() in WITHHELD_OBJECTS for word in words)


def _refused_words(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """Whether a refusal before "to" withholds words: a verb of `withheld_verbs.txt` after "to", a verb of
    `withheld_giving_verbs.txt` only with an object of words."""
    refused = REFUSED_WORDS.match(text, match.end(), near(match.end(), sentence.end))
    if refused is None:
        return False
    verb = refused.group(0).split()[-1].lower()
    return verb not in WITHHELD_GIVING or not _gives_things(text, refused.end(), sentence)


RHETORICAL_JOINTS = frozenset({"and", "but", "yet", "so", "or"})  # "…, and who could blame her"


def _rhetorical_who(text: str, quote: Quote, sentence: Sentence) -> bool:
    """The source is an interrogative "who", opening the sentence or after a joint, and the cue opens with a modal
    (modal_auxiliaries.txt): "Ms Varga is blunt, and who could blame her" asks the reader, who says nothing; not the
    relative "Ms Varga, who could blame the board, said …"."""
    if quote.source is None or quote.source.text.lower() != "who" or quote.cue is None:
        return False
    if quote.cue.text.split(maxsplit=1)[0].lower() not in load_words("modal_auxiliaries.txt", lower=True):
        return False
    before = text[max(sentence.start, quote.source.start - 12):quote.source.start].rstrip()
    if not before.strip("“\"‘( "):
        return max(sentence.start, quote.source.start - 12) == sentence.start
    return before.rsplit(None, 1)[-1].lower() in RHETORICAL_JOINTS


def _withholds(text: str, quote: Quote) -> bool:
    """A negated cue before a question reports nothing: "did not say whether", "would not reveal who"; but not
    a clause after "that" ("is not convinced that what worked will work") nor a pronoun and its predicate
    ("which is not known as a pier town")."""
    if quote.cue is None or len(quote.content) != 1 or not _negated(quote.cue.text.lower().split()):
        return False
    if (word := NEXT_WORD.match(text, quote.cue.end, near(quote.cue.end, len(text)))) is not None \
            and word.group(1).lower() in frames().question_words:
        # "“Someone must pay.” He did not say who.": the quote before is no answer to it; "Mr Reyl does not know
        # whether the ferry will run": a doubt held, no words withheld, and the question is its content
        return not _doubt_held(quote) or quote.content[0].start < quote.cue.end \
            or len(quote.content[0].text.split()) < 2
    if THAT_WORD.search(text, quote.cue.end, quote.content[0].start):
        return False
    if _doubt_held(quote):
        return False  # "Mr Reyl does not know, or care, whether …": a doubt, no words withheld
    first = quote.content[0].text.split(maxsplit=1)
    return bool(first) and first[0].lower() in frames().question_words


def _that_follows(text: str, match: regex.Match, lemma: str, sentence: Sentence) -> bool:
    """"that" right after the cue or its particle: "polls show that", "and points out that …"."""
    window = near(match.end(), sentence.end)
    particle = frames().particles.get(lemma)
    joined = particle.match(text, match.end(), window) if particle is not None else None
    return THAT.match(text, joined.end() if joined is not None else match.end(), window) is not None


def _last_words(text: str, sentence: Sentence, end: int) -> list[str]:
    """The last three words before ``end`` in the sentence, in lower case, read within WITHHOLDING_WINDOW."""
    return text[max(sentence.start, end - WITHHOLDING_WINDOW):end].lower().split()[-3:]


def _not_permitted(text: str, sentence: Sentence, to_start: int) -> bool:
    """"not authorized (to)", "weren't allowed (to)": a negated word of permission_before_to.txt before "to"."""
    words = _last_words(text, sentence, to_start)
    return bool(words) and words[-1] in load_words("permission_before_to.txt") and _negated(words[:-1])


def _details_withheld(text: str, match: regex.Match, lemma: str, chain: list[str], sentence: Sentence) -> bool:
    """A light verb joined to a noun of withheld_details.txt, negated, refused or with "no" before the noun, is a
    reply not given: "did not provide details about the toll", "refused to release details", "gave no details of
    the plan" report nothing, while "provided new details about the toll" reports the toll."""
    particle = frames().particles.get(lemma)
    joined = particle.match(text, match.end(), near(match.end(), sentence.end)) if particle is not None else None
    if joined is None:
        return False
    words = joined.group().lower().split()
    if WITHHELD_DETAILS.isdisjoint(words):
        return False
    before = _last_words(text, sentence, match.start())
    refused = len(before) > 1 and before[-1] == "to" and before[-2] in frames().declining_before_to
    return refused or _negated(chain) or _negated(words)


def _doubt_held(quote: Quote) -> bool:
    """A negated verb of knowing of cues_unknowing_question.txt before its question: "does not know whether",
    "doesn't understand why"; "did not say whether" withholds words, "has not decided whether" is no doubt held."""
    words = quote.cue.text.split()
    known = cue_lexicon().lookup(words[-1]) if words else None
    return known is not None and known[0] in load_words(UNKNOWING_QUESTION_CUES, lower=True)


def _question_next(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """A question word right after the cue: "does not know whether", "didn't know how"."""
    word = NEXT_WORD.match(text, match.end(), near(match.end(), sentence.end))
    return word is not None and word.group(1).lower() in frames().question_words


def _negated(words: list[str]) -> bool:
    """A negation among the words: "not", "never", "didn't", "can’t"."""
    negations = frames().negations
    return any(word in negations or word.endswith(("n't", "n’t")) for word in words)


def _possessor(text: str, contraction: regex.Match, sentence: Sentence) -> bool:
    """"Ms Varga's", "the council's": a name or a noun after a determiner before "'s", not "he's", "that's"."""
    stem = contraction.group("stem")
    if contraction.group("aux")[1:].lower() != "s" or stem.lower() in frames().pronouns | frames().seeming_subjects:
        return False
    determiners = load_words("source_determiners.txt", lower=True)
    if stem.lower() in determiners:
        return False  # "That's", "Everyone's", "no one's": is
    return stem[0].isupper() or word_before(text, sentence.start, contraction.start()).lower() in determiners


def _fills_opening(pattern: regex.Pattern, text: str, sentence: Sentence, end: int) -> bool:
    """Whether ``pattern`` fills the sentence up to ``end`` ("As reported by", "Having announced"), asked only when
    that opening is short: the regex module looks through the whole stretch for the pattern's literal words before
    it matches, so a long sentence would be read once per cue."""
    return end - sentence.start <= NEAR and pattern.fullmatch(text, sentence.start, end) is not None


def _after_fronted_phrase(text: str, sentence: Sentence, end: int) -> bool:
    """Whether a phrase set off by a comma opens the sentence, and what follows it up to ``end`` may open a
    participle clause: "In April, explaining …", "Later, in praising …"."""
    fronted = fronted_phrase_end(text, sentence.start, sentence.end)
    if fronted == sentence.start and (adverb := _opening_adverb().match(text, sentence.start,
                                                                       near(sentence.start, end))) is not None:
        # "Now, after arguing …, his team …": a lone adverb's comma, then a link no gerund subject follows
        return adverb.end() <= end and end - adverb.end() <= NEAR and LINKED_PARTICIPLE.fullmatch(
            text, adverb.end(), end) is not None
    return sentence.start < fronted <= end and end - fronted <= NEAR and OPENING_PARTICIPLE.fullmatch(
        text, fronted, end) is not None


@functools.cache
def _opening_adverb() -> regex.Pattern:
    """A sentence adverb, or one in -ly, set off by a comma at the opening of a sentence: "Now, ", "Still, "."""
    return regex.compile(r"(?:(?:but|yet|and)\s+)?(?:" + sentence_adverb_alternation() + r"|\p{L}+ly),\s+",
                         regex.IGNORECASE)


def _floats_after_subject(text: str, sentence: Sentence, previous: regex.Match) -> bool:
    """Whether the word before the cue is a quantifier floated after its subject ("They each said",
    "Ms Varga and Mr Reyl each said"): a pronoun, a capitalised word or a plural just before it."""
    if previous.group(1).lower() not in load_words("floating_quantifiers.txt", lower=True):
        return False
    found = frames().word_before.search(text, max(sentence.start, previous.start(1) - 40), previous.start(1))
    if found is None:
        return False
    subject = found.group(1)
    return (subject.lower() in {"they", "we", "you"} or subject[:1].isupper()
            or (subject.endswith("s") and subject.lower() not in frames().noun_markers))


# "a study ", "the new survey ": a determiner, at most two words and the noun right before a participle
# "is not telling the whole story", "did not tell the truth": after a negated cue, no words given
UNTOLD_ACCOUNT = regex.compile(r"\s+(?:" + alternation(load_lines("untold_accounts.txt")).replace(r"\ ", r"\s+")
                               + r")(?![\p{L}\-])")
# "(the views expressed) here are": a place in the text, then the sentence's own "be"; not "there are", a clause
PLACE_THEN_BE = regex.compile(r"\s+(?:here|above|below)\s+(?:is|are|was|were)\b")
# the noun the participle follows there, after a determiner that may open the sentence: "The views (expressed)"
NOUN_BEFORE_PLACE = EndAnchored.of(r"(?<![\p{L}\p{N}])(?i:the|any|all|these|those)\s+(?:[\p{Ll}\-]+\s+){0,2}?"
                                   r"\p{Ll}[\p{Ll}\-]+\s+\Z")
DETERMINED_NOUN_BEFORE = EndAnchored.of(r"(?<![\p{L}\p{N}])(?:a|an|the|this|that|its|their|his|her|our|another|new)\s+"
                                        r"(?:[\p{Ll}\-]+\s+){0,2}?(?P<noun>\p{Ll}[\p{Ll}\-]+)\s+\Z")
# the same, also opening the sentence and with capitalised modifiers: "A Lyme skipper (accused of …)"
OPENING_NOUN_BEFORE = EndAnchored.of(r"(?<![\p{L}\p{N}])(?i:a|an|the|this|that|its|their|his|her|our|another|new)\s+"
                                     r"(?:[\p{L}\-]+\s+){0,2}?(?P<noun>\p{Ll}[\p{Ll}\-]+)\s+\Z")


WORD_OR_MARK = regex.compile(r"[\p{L}\-]+|[^\s\p{L}]")  # "at", "talks", "—", ","


@functools.cache
def _be_or_auxiliary() -> frozenset[str]:
    """The forms of "be" and the verbal auxiliaries: in a cue's chain they make its past form no participle."""
    f = frames()
    return f.be_forms | f.verbal_auxiliaries


def _participle_of_object(text: str, start: int, sentence: Sentence, modified: bool) -> bool:
    """A past form before "to" right after an indefinite or bare noun (up to two modifiers before it) that is the
    object of a verb of being or a preposition, or follows a dash: "It was a move intended to calm the skippers",
    "at talks planned to settle the toll"; the participle describes the noun and nobody's intention is reported."""
    f = frames()
    words = WORD_OR_MARK.findall(text, max(sentence.start, start - 50), start)[::-1]
    if not words or not words[0].islower() or words[0] in f.noun_phrase_stops:
        return False  # "as he promised to", "a turn that called to mind"
    index = 1
    while (index < 3 and index < len(words) and words[index].islower() and words[index] not in f.noun_phrase_stops
           and words[index] not in NOUN_DETERMINERS):
        index += 1  # "a big move", not "after the court (agreed)"
    indefinite = index < len(words) and words[index] in ("a", "an")
    index += indefinite
    # ", a move partly intended to …": after a comma, an indefinite noun and an adverb make a description too;
    # not "On the pier, a skipper promised to …"
    return index < len(words) and (words[index] in f.be_forms or words[index] in f.prepositions
                                   or words[index] in ("-", "\u2013", "\u2014")
                                   or indefinite and modified and words[index] == ",")


def _modifies_source(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """A past participle right after a determiner and a noun, followed (past at most a time or a place) by the
    sentence's own cue: "a study published on Wednesday has found", "a survey conducted in May showed"; or past
    "here", "above" or "below" by a finite "be": "The views expressed here are the author's own"."""
    if PLACE_THEN_BE.match(text, match.end(), near(match.end(), sentence.end)) is not None:
        return NOUN_BEFORE_PLACE.search(text, max(sentence.start, match.start() - 40), match.start()) is not None
    window = max(sentence.start, match.start() - 40)
    before = DETERMINED_NOUN_BEFORE.search(text, window, match.start())
    if before is not None and before.group("noun").lower() not in frames().pronouns \
            and _main_cue_after().match(text, match.end(), near(match.end(), sentence.end)) is not None:
        return True
    # "A Lyme skipper accused of smuggling tobacco told …": past its phrase, also after the sentence's capitalised
    # determiner or a capitalised modifier
    before = OPENING_NOUN_BEFORE.search(text, window, match.start())
    return before is not None and before.group("noun").lower() not in frames().pronouns \
        and _phrase_then_main_cue().match(text, match.end(), near(match.end(), sentence.end)) is not None


# what may follow a past cue after "her" as an object ("…, people close to her said."; "said on Monday", "said
# that", "said the pier …"), which a noun after "her reported" or "her stated" never is
OBJECT_HER_CUE_END = regex.compile(r"\s*(?:[.,;:!?]|\Z)|\s+(?:that|on|in|at|last|this|earlier|"
                                   + alternation(CLAUSE_OPENING_WORDS) + r")\b")


FRAME_CLOSES = regex.compile(r"\s*(?:[.,;:!?)]|\Z)")  # "“…,” say the skippers." and not "“…,” state Sen. Ann Varga said"


def _after_closing_mark(text: str, sentence: Sentence, start: int) -> bool:
    """Whether a quotation's closing mark, and its comma, stand right before ``start``: "“…,” say the skippers"."""
    tail = tail_before(text, sentence.start, start, 4)
    # a straight single mark closes a quotation after its punctuation ("'We will not pay,' say skippers"), and is
    # an apostrophe elsewhere ("the skippers' say")
    return tail.endswith(("”", '"', "''", "’")) or (tail.endswith("'") and tail[-2:-1] in (",", ".", "!", "?"))


def _closes_relative_without_word(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """A past form ending a relative clause without a relative word after the noun opening the sentence, followed
    by the sentence's own cue: "Skippers the council praised (say the toll is fair)"."""
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    if contact_relative_head(text, opening, Span.of(text, opening, match.end())) is None:
        return False
    after = NEXT_WORD.match(text, match.end(), near(match.end(), sentence.end))
    if after is not None and cue_lexicon().forms.get(after.group(1), ("",))[0] == after.group(1):
        return True  # a plural noun's present: "Skippers the council praised (say)"
    return _main_cue_after().match(text, match.end(), near(match.end(), sentence.end)) is not None


# up to 60 characters of a phrase with no pronoun and no stop, read lazily: "on Wednesday", "of smuggling tobacco"
PHRASE_WITHOUT_PRONOUN = (r"(?:(?!(?<![\p{L}\p{N}])(?:he|she|it|they|we|i|you)(?![\p{L}\p{N}]))"
                          r"[^,;:.!?“”\"()]){0,60}?")


@functools.cache
def _main_cue_after() -> regex.Pattern:
    # the phrase holds no pronoun: "the speech hinted at the role he sees" has "hinted" as its verb; a cue only
    # before "to" is none here: "The memo from the council seemed aimed at …"
    finite = finite_frame_forms()
    return regex.compile(r"(?:\s+(?:on|in|at|last|this|earlier|late|early)\b" + PHRASE_WITHOUT_PRONOUN + r")?\s+"
                         r"(?:(?:has|have|had)\s+)?(?:" + alternation(finite) + r")\b")


@functools.cache
def _phrase_then_main_cue() -> regex.Pattern:
    """A phrase opened by "of" or "with" after a participle, then the sentence's own finite cue: "(accused) of
    smuggling tobacco told"; as :func:`_main_cue_after`, no pronoun in the phrase."""
    return regex.compile(r"\s+(?:of|with)\b" + PHRASE_WITHOUT_PRONOUN + r"\s+"
                         r"(?:(?:has|have|had)\s+)?(?:" + alternation(finite_frame_forms()) + r")\b")


NAME_AHEAD = regex.compile(r"\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+")  # "(champion) Ida Lenz"
GIVEN_NAME_BEFORE = EndAnchored.of(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+\Z")  # "Ann (Said)"


def _surname_after_given_name(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """"Ann Said met Tom Reyl": a capitalised cue form after a listed given name and before a lower-case past form
    is the person's surname; not "Ann Says Pier Is Safe", a headline."""
    given = GIVEN_NAME_BEFORE.search(text, max(sentence.start, match.start() - 30), match.start())
    after = NEXT_WORD.match(text, match.end(), near(match.end(), sentence.end))
    if given is None or after is None or not is_given_name(given.group(1)):
        return False
    verb = after.group(1)
    return verb in frames().irregular_verbs or (verb.islower() and verb.endswith("ed"))


# where a noun phrase opening a sentence ends at the latest: a comma, colon, semicolon or dash
PHRASE_BREAK = regex.compile(r"[,:;—–]|\s-\s")


def _name_before_own_verb(text: str, match: regex.Match, sentence: Sentence, lemma: str) -> bool:
    """"State Harbour chair Ana Varga said that …", "Planned Lyme's chair noted that …": a capitalised cue form that
    opens the sentence before a capitalised word, with a verb of saying of its own ahead before any break, is the
    first word of a name; not "Says Mr Reyl: …", "Say the skippers: …", "Addressing Lyme skippers, she said …"."""
    form = match.group().lower()
    if (not match.group()[0].isupper() or form.endswith(("s", "ing")) or not (form == lemma or form.endswith("ed"))
            or text[sentence.start:match.start()].strip("“\"‘'( \t\n")):
        return False
    after = NEXT_WORD.match(text, match.end(), near(match.end(), sentence.end))
    if after is None or not after.group(1)[:1].isupper():
        return False
    stop = PHRASE_BREAK.search(text, after.end(), sentence.end)
    end = stop.start() if stop is not None else sentence.end
    return any(word.group().islower() and word.group() in cue_lexicon().finite_forms
               for word in WORD.finditer(text, after.end(), end))


@functools.cache
def _adverb_forms() -> frozenset[str]:
    """The cue forms that are adverbs after a verb of motion in cue_adverb_uses.txt: "back"."""
    return frozenset(pair.split()[-1] for pair in frames().adverb_uses)


# a past or -ing form, or a form in -s after "he", "she" or "it", right before the cue form
VERB_BEFORE_ADVERB = regex.compile(r"(?:(?<![\p{L}])(?i:he|she|it)\s+\p{Ll}+s|(?<![\p{L}])\p{L}\p{Ll}+(?:ed|ing))\s+\Z")


def _verb_before_adverb(text: str, sentence: Sentence, position: int) -> bool:
    """"it hands back", "fired back", "pushing back": a verb's own adverb; not "skippers back the toll", "those who
    back her", "who backed"."""
    return VERB_BEFORE_ADVERB.search(text, max(sentence.start, position - 40), position) is not None


def _base_verb_cue(word: str) -> bool:
    """A cue of speech or evidence in its plain form that is no noun: "show", "say", "suggest"; not "fear",
    "claim", "report"."""
    forms = cue_lexicon().forms.get(word)
    return forms is not None and forms[0] == word and forms[1] in ("speech", "evidence") \
        and word not in frames().noun_ambiguous


# "… Criticized By Skippers", "… By Council For Pier Work": capitalised words up to the end or a preposition
AGENT_END = r"(?i:for|in|on|at|after|before|over|with|to|during|amid|from|of)\b"
AGENT_WORD = r"(?!" + AGENT_END + r")\p{Lu}(?:[\p{L}’'\-]|\.(?=\p{L}|\s+\p{Lu}))*"  # "U.S.", not "Varga."
HEADLINE_AGENT = regex.compile(r"\s+(?:By|by)\s+(?P<agent>" + AGENT_WORD + r"(?:\s+" + AGENT_WORD + r"){0,4})"
                               r"(?=\s*(?:[,;:.!?]|\Z)|\s+" + AGENT_END + ")")


# an "as" later in the clause after a passive's agent: "seen by some in the party as a folly"
AS_IN_CLAUSE = regex.compile(r"[^,;:.!?“”\"]*?\bas\b")


# a verb of seeing's object, a pronoun or a possessed noun, then a word that may be that object's plain verb
SEEN_OBJECT_THEN_VERB = (regex.compile(r"\s+(?:him|her|them|us|me)\s+(?P<verb>\p{Ll}+)\b"),
                         regex.compile(r"\s+(?:his|her|their|its|our|my)\s+\p{Ll}+\s+(?P<verb>\p{Ll}+)\b"))


def _seen_event(text: str, match: regex.Match, lemma: str, sentence: Sentence) -> bool:
    """After the past "saw", its object then doing something, with no "as" or "that" in the clause: "Ms Varga
    saw her fares collapse", "The storm saw him become the first to lose a ferry" tell what was watched or gone
    through, not what was thought; not "saw her fares as a tax", "saw that the pier was unsafe", "saw him there"
    (an adverb of place or time, placed_adverbs.txt and adverbials.txt). The perfect still reports: "skippers
    who have seen their wages fall" tell of a trend they know."""
    end = near(match.end(), sentence.end)
    if THAT.match(text, match.end(), end) is not None:
        return False
    for pattern in SEEN_OBJECT_THEN_VERB:
        seen = pattern.match(text, match.end(), end)
        if (seen is not None and _plain_verb(verb := seen.group("verb"), lemma, text, seen.start("verb"))
                and verb not in load_words("placed_adverbs.txt", lower=True) and verb not in _one_word_adverbials()
                and verb not in frames().sentence_adverbs and AS_IN_CLAUSE.match(text, seen.end(), end) is None):
            return True
    return False


def _only_sight(text: str, lemma: str, agent: regex.Match, sentence: Sentence) -> bool:
    """A passive of seeing with its agent and no "as" after it (`perceiving_verbs.txt`): "a letter seen by the
    Gazette" tells who saw the letter; "seen by some as a folly" is a view."""
    return lemma in frames().perceiving and AS_IN_CLAUSE.match(text, agent.end(), near(agent.end(), sentence.end)) is None


def _headline_passive(text: str, match: regex.Match, cue_class: str, sentence: Sentence, index: int,
                      quote_map: QuoteMap) -> Quote | None:
    """A title-case headline's participle with its agent closing it: "Varga Toll Plan Criticized By Skippers" is
    the skippers' words about "Varga Toll Plan"."""
    agent = HEADLINE_AGENT.match(text, match.end(), near(match.end(), sentence.end))
    subject = trimmed(text, sentence.start, match.start())
    if agent is None or subject is None:
        return None
    return make_quote((subject,), Span.of(text, *match.span()), Span.of(text, *agent.span("agent")), None, cue_class,
                      index, quote_map)


# a content of at most three words and a closing "to" whose verb is left out: "ordered him to", "urged the skippers to"
STRANDED_TO = regex.compile(r"(?:[\p{L}'’.\-]+\s+){0,3}to")
HEADLINE_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)\b")


HEADLINE_SUBJECT_CHARS = 60  # a headline's subject before its participle: a few words, never a long stretch


def _headline_subject_only(text: str, sentence: Sentence, position: int) -> bool:
    """A headline, title case or a line with no closing stop, whose words before ``position`` are a subject alone,
    no verb and no relative word among them: "Council" in "Council accused of hiding pier report"; not "Skippers
    the council accused of …", nor a sentence of prose."""
    if position - sentence.start > HEADLINE_SUBJECT_CHARS or not (
            headline(sentence) or last_char_before(text, sentence.start, sentence.end).isalnum()):
        return False
    words = text[sentence.start:position]
    return bool(words.strip()) and not has_verb(words) and RELATIVE_WORD.search(words) is None


def _setting_after_participle(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """In a title-case headline, the word after a cue's "-ed" form is a capitalised preposition of
    `headline_setting_prepositions.txt`: "Skipper Charged After Pier Fire", "Varga Criticised Over Toll" (a passive
    with its "is" left out); not "Varga Backed Toll" nor "Varga Accused Of Lying", whose preposition is the cue's."""
    following = HEADLINE_NEXT_WORD.match(text, match.end(), near(match.end(), sentence.end))
    return following is not None and following.group(1).lower() in load_words(
        "headline_setting_prepositions.txt", lower=True)


NEXT_TOKEN = regex.compile(r"\s*(\S+)")  # the next run of characters other than white space
# the word after a participle that, with no "is" before it, makes it a passive: "accused of", "charged with",
# "criticized for"; not "expected to" nor "seen as", which an active verb may take as well
REDUCED_PASSIVE_WORD = regex.compile(r"\s+((?i:of|with|for))\s")


@functools.cache
def _not_headline_openers() -> frozenset[str]:
    """Words that open no headline's statement after its cue: a determiner, a pronoun, an auxiliary."""
    return NOUN_DETERMINERS | frames().pronouns | frames().verbal_auxiliaries


def _verbless_headline_after(text: str, position: int, sentence: Sentence) -> Span | None:
    """A headline line's statement after its cue, its verb left out as before a closing frame ("Varga says pier
    safe", "Reyl says toll 'unfair'"): the rest of a line with no closing full stop that
    :func:`leftframe.verbless_headline` accepts, opening with no determiner, pronoun nor auxiliary."""
    end = end_before(text, position, sentence.end)
    if not (text[end - 1:end].isalnum() or text[end - 1:end] in ("”", "’", '"', "'")):
        return None  # a sentence of prose, closed by its stop
    first = NEXT_TOKEN.match(text, position, near(position, end))
    if first is None or first.group(1).lower() in _not_headline_openers():
        return None  # "Ms Varga said the toll" ending a hard-wrapped line; "Says Would All Cost A Fortune"
    start = first.start(1)
    return Span.of(text, start, end) if verbless_headline(text, start, end) else None


def _setting_after_listener(text: str, position: int, sentence: Sentence) -> bool:
    """In a title-case headline, the word after a cue's listener is a capitalised word of
    `headline_listener_stops.txt`: "Varga Urges Calm As Reyl Protests", "Varga Warns Skippers After Pier Fire" (the
    writer's setting); not "Varga Urges Council To Act", whose infinitive is the cue's."""
    if not headline(sentence):
        return False
    following = HEADLINE_NEXT_WORD.match(text, position, near(position, sentence.end))
    return following is not None and following.group(1).lower() in load_words("headline_listener_stops.txt", lower=True)


# ", which Mr Reyl, the mayor, " before a cue: a relative pronoun, a name and its appositive set off by commas, the
# appositive opened by a determiner or by a word of a role with none (", chair since May,", ", former mayor,")
RELATIVE_NAME_APPOSITIVE = EndAnchored.of(r"""
    ,\s*(?:which|whom)\s+(?P<name>(?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]*)
    ,\s+\b[^,;:“”"()]{1,60},\s*\Z
""", regex.VERBOSE)
# a cue of beat_cues.txt, its topic, then "for" and a masthead or a readership: "writes about the harbour for the
# Gazette", "writes about ferries for readers"
WRITERS_BEAT = regex.compile(r"(?i:" + spaced(load_words("beat_cues.txt", lower=True))
                             + r")[ \t\u00a0]+[^,.;:!?“”\"()]{1,80}?[ \t\u00a0]+for[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}|(?:"
                             + alternation(load_words("object_listeners.txt", lower=True)) + r")\b)")
PLURAL_POSSESSIVE_BEFORE = EndAnchored.of(r"\p{L}s['’]\s+\Z")  # "the skippers' " before a cue word
# "for its gloomy ", "with their many " before a cue's "-s" form: a possessive after a preposition other than "of"
# ("one of his aides claims" is a subject), at most two lower-case modifiers, then the cue word, a noun
PREPOSITION_POSSESSIVE_BEFORE = EndAnchored.of(r"(?<![\p{L}])(?i:for|with|about|on|in|by|to|from|over|against|at|"
                                               r"into|under)\s+(?i:its|his|her|their|our|my|your)\s+"
                                               r"(?:\p{Ll}[\p{L}\-]*\s+){0,2}\Z")
PHRASE_CLOSE = regex.compile(r"[ \t]*[.,;:!?)]")  # nothing after the cue word but its phrase's close
# a determiner and one lower-case modifier before a cue's "-ing" form: "a stern (warning)", "The final (warning)"
MODIFIED_AFTER_DETERMINER = EndAnchored.of(r"(?<![\p{L}])(?i:a|an|the|his|her|its|their|our|this|that|another)\s+"
                                           r"\p{Ll}+\s+\Z")
# "to" before a listener, no infinitive: "to skippers", "to the crew", "to Ms Varga"
TO_LISTENER = regex.compile(r"\s+to\s+(?:(?:the|a|an|his|her|its|their|our|all)\s|\p{Lu}|\p{Ll}+s\b(?!\s+(?:to|that)\b))")
OPEN_SINGLE_QUOTE = regex.compile(r"(?<![\p{L}\p{N}])['‘]\p{L}")  # "'the skippers' claim", a quotation, not a possessive
IT_AFTER_COMMA = regex.compile(r"(?<=\p{L}),\s+it\s+\Z")  # "The toll will rise, it was reported"
LET_IT = regex.compile(r"(?<![\p{L}'’])(?:let|lets|letting)\s+it\s+\Z", regex.IGNORECASE)  # "let it be known"


def _let_it_be_known(text: str, chain_start: int, sentence: Sentence) -> tuple[int, Span | None]:
    """Where the cue chain starts and the source when the impersonal passive follows "let it": "The harbour master
    let it be known that …" -> the chain "let it be known" and "The harbour master"; else ``chain_start``, no source.
    """
    let = LET_IT.search(text, max(sentence.start, chain_start - 12), chain_start)
    if let is None:
        return chain_start, None
    aux = auxiliary_chain(text, max(sentence.start, let.start() - 40), let.start())
    start = aux.start() if aux is not None and not text[aux.end():let.start()].strip() else let.start()
    subject = source_before(text, sentence.start, start)
    return (start, subject[0]) if subject is not None else (chain_start, None)


def _impersonal_closing(text: str, match: regex.Match, chain_start: int, cue_class: str, sentence: Sentence,
                        index: int, quote_map: QuoteMap) -> Quote | None:
    """An impersonal passive after a clause and its comma frames the words before it, as "…, she said" does, with
    no source: "The toll will rise, it was reported." -> "The toll will rise"; "The ferry has been sold, it is
    understood, to a firm" -> "The ferry has been sold" + "to a firm"; "The toll, it was reported." reports
    nothing."""
    cue = Span.of(text, chain_start, match.end())
    subject = source_before(text, sentence.start, chain_start)
    framed = read_left_frame(text, match, cue_class, cue, None, match.end(), sentence, index, quote_map, subject)
    if framed is None or framed.source is None or framed.source.text.lower() != "it":
        return None
    return make_quote(framed.content, cue, None, None, cue_class, index, quote_map)


SENTENCE_CLOSE = regex.compile(r"\s*[.!?]?\s*\Z")  # nothing after a closing frame but the sentence's stop


def _listener_closing(text: str, match: regex.Match, chain_start: int, cue_class: str, sentence: Sentence,
                      index: int, quote_map: QuoteMap) -> Quote | None:
    """The passive of a listener cue after a clause and its comma frames the words before it, told to its subject
    by nobody named: "The pier would close, the board was told." -> "The pier would close", told "the board"."""
    cue = Span.of(text, chain_start, match.end())
    if not SENTENCE_CLOSE.match(text, past_adverbials(text, match.end(), sentence.end), sentence.end):
        return None  # "…, Mr Reyl was told, “…”", "…, she is assured of winning": the passive does not close it
    subject = source_before(text, sentence.start, chain_start)
    if subject is None or subject[0].text.lower() == "it" or last_char_before(text, sentence.start, subject[1]) != ",":
        return None
    framed = read_left_frame(text, match, cue_class, cue, None, match.end(), sentence, index, quote_map, subject)
    if framed is None or framed.source is None or framed.source != subject[0]:
        return None
    return make_quote(framed.content, cue, None, framed.source, cue_class, index, quote_map)


# "Skippers ", "Harbour ferry crews ": a first word, then lower-case ones, no name
HEADLINE_LISTENER = regex.compile(r"\p{L}[\p{L}'’\-]*\s+(?:\p{Ll}[\p{L}'’\-]*\s+){0,3}\Z")


def _headline_listener(text: str, match: regex.Match, sentence: Sentence) -> Span | None:
    """The one to four words opening a line with no final stop right before its cue, all but the first in lower
    case, who were told: "Skippers told toll will rise" -> "Skippers"; none in a sentence of prose ("Skippers told
    the board the toll was unfair."), after a name ("Ms Varga warned …") or in a title-case headline ("Ms Varga
    Asked Skippers To Pay")."""
    if not last_char_before(text, sentence.start, sentence.end).isalnum() or headline(sentence):
        return None
    lead = HEADLINE_LISTENER.fullmatch(text, sentence.start, match.start())
    if lead is None or any(word.lower() in frames().pronouns for word in lead.group().split()):
        return None
    return trimmed(text, sentence.start, match.start())


def _headline_told_clause(text: str, position: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """What a headline's listener was told: a clause with a verb, its noun perhaps bare ("toll will rise"), as after
    the full passive (:func:`content.told_clause`); not "to pay toll", "of toll rise" nor "over toll"."""
    word = NEXT_TOKEN.match(text, position, near(position, sentence.end))
    if word is None or not word.group(1)[:1].isalpha() or word.group(1).lower() in frames().prepositions:
        return None
    content = told_clause(text, position, sentence, quote_map) or clause_from(text, word.start(1), sentence, quote_map)
    return content if content is not None and len(content.text.split()) > 1 and has_verb(content.text) else None


# a determiner or a preposition and an adverb in "-ly", then up to two adverbs in "-ly", right before a participle:
# "the previously announced", "of newly disclosed"
MODIFIER_BEFORE = regex.compile(
    r"(?:(?<![\p{L}'’])(?i:the|an?|its|his|her|their|our|this|these|those)\s+(?:\p{Ll}+ly\s+){0,2}"
    r"|(?<![\p{L}'’])(?:" + alternation(load_words("prepositions.txt", lower=True) | {"of"}) + r")\s+(?:\p{Ll}+ly\s+){1,2})\Z")
OPENING_ADVERBS = regex.compile(r"[\s“\"‘']*(?:\p{L}+ly\s+){1,2}\Z")  # "Recently (revealed)", opening the sentence
ADVERBS_BEFORE = regex.compile(r"(?<![\p{L}'’])(?:\p{L}+ly\s+){1,2}\Z")  # "previously (announced)"
# the modified noun's first word: a lower-case word that opens no phrase or clause of its own
MODIFIED_NOUN = regex.compile(r"\s+(?!(?:that|which|who|whom|whose|what|by|to|in|on|at|of|for|from|with|as|and|or|but|"
                              r"the|an?|he|she|it|they|we|i|you|this|these|those|its|his|her|their|our|not)\b)\p{Ll}")
# where the modified noun's phrase ends: a comma, a relative word (or, in code, a verb of its sentence)
MODIFIED_NOUN_END = regex.compile(r"\s*[,;:()—―–]|\s+(?:that|which|who|whom|whose)\b")


# "(announced) Friday ends", "(revealed) last week has": a day or a recent time, then a finite verb
DATED_THEN_VERB = regex.compile(
    r"(?P<day>\s+(?:on\s+)?(?:" + DAYS + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:last|this)\s+(?:week|month|year)|\s+earlier\s+this\s+(?:week|month|year))"
    r"(?P<comma>,)?\s+(?:(?:" + VERBAL_AUXILIARIES + r")\b|\p{Ll}{2,}(?:s|ed)\b(?<!ss)"
    r"(?=\s+(?:the|an?|his|her|its|their|our|no|some|more|\p{N}|\p{Ll}+ly)\b))")
# a sentence's subject that is a thing: a determiner, then lower-case words, numbers and amounts ("The tentative
# deal", "A $160 million merger"); not "The deal Bay Lines", whose name is the agent of what follows
THING_SUBJECT = regex.compile(r"[“\"‘']?(?:The|An?|This|These|Those|Its|His|Her|Their)(?:\s+[\p{Ll}\p{N}$£€.,\-]+){1,5}")


def _before_comma(text: str, sentence: Sentence, match: regex.Match) -> int:
    """Where the words before the participle end, a comma right before it left out."""
    before = text[sentence.start:match.start()].rstrip()
    return sentence.start + len(before) - 1 if before.endswith(",") else match.start()


def _subject_right_before(text: str, match: regex.Match, end: int, comma: bool) -> bool:
    """The subject ends right before the participle, with a comma between when one closes the day after it
    ("The deal, announced Friday, ends …")."""
    before = text[end:match.start()]
    return before.strip() == ("," if comma else "")


def _modifies_noun(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """A determiner, a preposition and an adverb, or the sentence's opening adverb right before the participle."""
    return (MODIFIER_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start()) is not None
            or OPENING_ADVERBS.match(text, sentence.start, match.start()) is not None)


def _modified_noun(text: str, match: regex.Match, cue_class: str, sentence: Sentence,
                   index: int, quote_map: QuoteMap) -> Quote | None:
    """"The previously announced closure of the pier angered skippers": the noun phrase a participle of
    made_public_passives.txt modifies, up to a comma, a relative word or the sentence's verb, with no source; the
    cue runs from the participle's adverbs ("previously announced")."""
    noun = MODIFIED_NOUN.match(text, match.end(), near(match.end(), sentence.end))
    if noun is None:
        return None
    phrase = clause_from(text, noun.end() - 1, sentence, quote_map, stop=OBJECT_STOP)
    if phrase is None:
        return None
    end = phrase.end
    if (close := MODIFIED_NOUN_END.search(text, phrase.start, end)) is not None:
        end = close.start()
    if verbs := verb_positions(text, phrase.start, end, s_forms=False):
        end = verbs[0]
    content = trimmed(text, phrase.start, end)
    if content is None:
        return None
    if content.text.lower().endswith((" and", " or")):
        content = trimmed(text, content.start, content.end - 3)
        if content is None:
            return None
    adverb = ADVERBS_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start())
    cue = Span.of(text, adverb.start() if adverb is not None else match.start(), match.end())
    return make_quote((content,), cue, None, None, cue_class, index, quote_map)


# "seemed to ", "appears to ": a verb of seeming and its "to" right before a cue's chain
SEEMING_BEFORE = regex.compile(r"(?<![\p{L}\-’'])(?:" + alternation(
    form for lemma in load_words("cues_seeming.txt", lower=True) for form in (lemma, lemma + "s", lemma + "ed"))
    + r")\s+to\s+\Z", regex.IGNORECASE)


def _with_seeming(text: str, quote: Quote, match: regex.Match, sentence: Sentence) -> Quote:
    """The quote with its cue opened at a verb of seeming of ``cues_seeming.txt`` and its "to" right before the cue's
    chain, and at the auxiliaries before that verb: "Tom Reyl seemed to suggest that …" -> cue "seemed to suggest",
    "Lena Ruiz does not seem to be worried about …" -> "does not seem to be worried about"; the verb of seeming is no
    part of the source."""
    cue = quote.cue
    if cue is None or cue.start > match.start() or cue.end < match.end():
        return quote
    seeming = SEEMING_BEFORE.search(text, max(sentence.start, cue.start - 20), cue.start)
    if seeming is None:
        return quote
    aux = auxiliary_chain(text, max(sentence.start, seeming.start() - 40), seeming.start())
    start = aux.start() if aux is not None else seeming.start()
    if quote.source is not None and start < quote.source.end <= cue.start:
        return quote
    if any(piece.start < cue.start and piece.end > start for piece in quote.content):
        return quote
    return attrs.evolve(quote, cue=Span.of(text, start, cue.end))


def _attribution_at(text: str, match: regex.Match, sentence: Sentence, index: int,
                    quote_map: QuoteMap, last_source: Span | None, carried: Span | None = None) -> Quote | None:
    f = frames()
    form = cue_lexicon().base(match.group().lower())  # "criticise" is the base form "criticize"
    lemma, cue_class = cue_lexicon().forms.get(form) or cue_lexicon().after_would[form]
    if form in f.prepositions and lemma not in f.after_would:
        return None  # "regarding the pier": a preposition
    if lemma in f.before_to and not TO_NEXT.match(text, match.end(), near(match.end(), sentence.end)):
        return None  # "a group aimed at the skippers", "took aim at the toll": only "aims to" is an intention
    if (lemma in f.enlisting and not ENLISTING_TO.match(text, match.end(), near(match.end(), sentence.end))
            and not (lemma in ENACTING_CUES and _enacted_object(text, match, match.end(), sentence))):
        return None  # "carrying signs", "signed the letter", "signed on to the plan": only "signed up to crew …"
        # or "signed a bill …" (cues_object_enacted.txt)
    if lemma in f.naming and (to := TO_NEXT.match(text, match.end(), near(match.end(), sentence.end))) is not None \
            and (word := WORD_AT.match(text, to.end())) is not None \
            and (cue_lexicon().lookup(word.group()) or ("",))[0] in CALLED_TO_SAY:
        return None  # "Ms Varga called to say the toll was unfair": a telephone call; "say" reports
    if (lemma in f.naming and (to := OBJECT_THEN_TO.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and (cue_lexicon().lookup(to.group("word")) or ("",))[0] in CALLED_TO_SAY
            and to.group("last").lower() not in _infinitive_nouns()):
        # "Ms Varga called the skippers on the radio to say the pier was shut": a call, and "say" reports; not
        # "called the decision to report the figures a blunder"
        return None
    if match.group()[0].isupper() and match.start() > sentence.start and not headline(sentence):
        return None  # "The Lyme Post", "Grand Slam", "United States": part of a name
    if match.group()[0].isupper() and _surname_after_given_name(text, match, sentence):
        return None  # "Ann Said met Tom Reyl": a surname
    if _name_before_own_verb(text, match, sentence, lemma):
        return None  # "State Harbour chair Ana Varga said …", "Planned Lyme's head noted …": a word of the name
    window = max(sentence.start, match.start() - 60)
    aux = auxiliary_chain(text, window, match.start())
    if aux is None and match.start() > sentence.start and headline(sentence):
        aux = f.headline_auxiliary_before.search(text, window, match.start())  # "Ms Varga Just Revealed …"
    chain_start = aux.start() if aux else match.start()
    chain = aux.group().lower().split() if aux else []
    if (lemma in MADE_PUBLIC_PASSIVES and not chain and form.endswith("ed") and match.start() > sentence.start
            and (dated := DATED_THEN_VERB.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and (found := source_before(text, sentence.start, _before_comma(text, sentence, match))) is not None
            and _subject_right_before(text, match, found[0].end, dated.group("comma") is not None)
            and found[1] == sentence.start
            and THING_SUBJECT.fullmatch(text, found[1], found[0].end) is not None):
        # "The new pay deal announced Friday ends a strike": the participle and its day after the sentence's
        # subject; the subject is what was made public, by nobody named, and the verb after the day is the sentence's
        return make_quote((Span.of(text, found[1], found[0].end),), Span.of(text, match.start(), dated.end("day")),
                          None, None, cue_class, index, quote_map)
    if (lemma in MADE_PUBLIC_PASSIVES and form != lemma and form.endswith("ed")
            and all(word.endswith("ly") for word in chain) and _modifies_noun(text, match, sentence)):
        # "the previously announced closure of the pier", "recently revealed cuts": the participle is the noun's
        # modifier, and the noun phrase after it what was made public, by nobody named
        return _modified_noun(text, match, cue_class, sentence, index, quote_map)
    if (lemma in THAN_GAP_CUES and form.endswith("ed")
            and (than := THAN_BEFORE_CHAIN.search(text, max(sentence.start, chain_start - 60), chain_start)) is not None
            and CLAUSE_CLOSE_AFTER.match(text, match.end(), near(match.end(), sentence.end)) is not None):
        # "more seats than her advisers expected", "calmer than expected": what was expected, the word "than" its
        # content, by the subject between them if any
        source = None
        if than.group("subject") is not None:
            found = source_before(text, than.end("than"), chain_start)
            if found is None or found[1] != than.start("subject") or not (
                    plausible_source(found[0].text) or found[0].text.lower() in PRO_FORM_SUBJECTS):
                return None  # "than the pier it had expected": no subject the comparison is with
            source = found[0]
        return make_quote((Span.of(text, *than.span("than")),), Span.of(text, chain_start, match.end()), source, None,
                          cue_class, index, quote_map)
    if chain == ["long"] and word_before(text, sentence.start, chain_start).lower() in ("a", "an", "the"):
        return None  # "Ida Lenz gave a long rant about the toll": after an article the cue is a noun, no verb
    if (timed := AUXILIARY_TIME_BEFORE.search(text, window, chain_start)) is not None:
        # "Police had last month accused …", "The board has, so far, backed …": the time sits inside the chain
        chain_start, chain = timed.start(), [timed.group().split(None, 1)[0].rstrip(",").lower(), *chain]
    if ((form == lemma or form.endswith("ing") and not chain) and (request := appeal_request(text, sentence)) is not None
            and (request == chain_start or form != lemma and request < chain_start)):
        # "Anyone with information should call 101, quoting reference 12": the reader's part; not "Anyone …
        # should remember that skippers say …", a report the reader is pointed to
        return None
    if form in cue_lexicon().stances and (set(chain) & f.be_forms or _stance_copula(text, sentence, chain_start,
                                                                                  match.end()) is not None):
        lemma, cue_class = cue_lexicon().stances[form]  # "is convinced the pier is safe": a stance, no passive
    if (not chain and form.endswith("ed") and lemma in f.object and match.start() > sentence.start
            and headline(sentence)
            and (passive := _headline_passive(text, match, cue_class, sentence, index, quote_map)) is not None):
        return passive  # "Toll Plan Criticized By Skippers"
    if (not chain and form.endswith("ed") and match.start() > sentence.start and headline(sentence)
            and _setting_after_participle(text, match, sentence)):
        return None  # "Skipper Charged After Pier Fire": a passive with its setting, no words reported
    contraction = CONTRACTED_AUXILIARY.search(text, max(sentence.start, chain_start - 24), chain_start)
    if (contraction is not None and not chain and contraction.group("aux")[1:].lower() == "s"
            and contraction.group("stem").lower() not in f.pronouns and is_noun_cue(text, match.start())):
        return None  # "Mr Reyl's warning that …": a possessive and its noun, read as a noun cue; "he's warning that": is
    if (contraction is not None and not chain and form.endswith("ing") and lemma not in f.seeming
            and _possessor(text, contraction, sentence)
            and not OBJECT_THEN_THAT.match(text, match.end(), near(match.end(), sentence.end))):
        # "the pier's opening day", "Mr Reyl's ruling party": a possessive before an -ing word;
        # "Ms Varga's warning the skippers that …" is a verb with its clause
        return None
    if contraction is not None and (form.endswith("ing") or "been" in chain or (
            contraction.group("stem").lower() in f.pronouns - {"it"}  # "it's said that": it is, no source
            and (form.endswith("ed") or form != lemma or lemma in f.adjectives
                 or contraction.group("aux")[1:].lower() != "s"))):
        # "he’s hoping", "Osman’s been saying", "she’s warned", "they’re wary of": is/has, not a possessive;
        # "she’ll argue", "they’d say": after a pronoun no other ending is one
        chain_start, chain = contraction.start("aux"), [contraction.group("aux").lower(), *chain]
    if (form.endswith("ed") and lemma in news_passives() and _be_or_auxiliary().isdisjoint(chain)
            and (agent := PASSIVE_AGENT.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and (news := news_passive(text, agent, chain_start, match, cue_class, sentence, index, quote_map))):
        return news  # "The board sold the pier, as first reported by the Gazette."
    if not chain and form.endswith("ed") and _modifies_source(text, match, sentence):
        return None  # "…, a study published on Wednesday has found": the participle describes the study
    if not chain and _closes_relative_without_word(text, match, sentence):
        return None  # "Skippers the council praised say …": the past form is the relative clause's verb
    if lemma in f.advice_after_may and ADVISING_MODALS & set(chain) and TO_NEXT.match(text, match.end(), near(match.end(), sentence.end)):
        return None  # "Skippers may want to check the tide tables": advice, no report
    if (lemma in UNREALIZED_AFTER_MODAL and UNREALIZED_MODALS & set(chain) and f.be_forms.isdisjoint(chain)
            and not THAT.match(text, match.end(), near(match.end(), sentence.end))
            and not OBJECT_THEN_AS.match(text, match.end(), near(match.end(), sentence.end))):
        # "Skippers will see higher tolls", "The council must decide whether …": not yet seen or decided; "would see
        # the toll as a tax" is a view
        return None
    if (form.endswith("ed") and lemma in f.infinitive and _be_or_auxiliary().isdisjoint(chain)
            and TO_NEXT.match(text, match.end(), near(match.end(), sentence.end)) and _participle_of_object(text, chain_start, sentence, modified=bool(chain))):
        return None  # "It was a move intended to calm the skippers": the participle describes the move
    if form in f.declining_before_to and (_refused_words(text, match, sentence)
                                          or (inner := cue_after_to(text, match, sentence)) is not None
                                          and _attribution_at(text, inner, sentence, index, quote_map, last_source,
                                                              carried) is not None):
        # "declined to comment", "refused to discuss the toll": a refusal of words says nothing; "refused to endorse
        # Mr Reyl": the cue after "to" reads its own frame; "refused to sign the deal" reports the refusal
        return None
    if lemma in f.after_would and not ("would" in chain and TO_NEXT.match(text, match.end(), near(match.end(), sentence.end))):
        return None  # "skippers like the pier", "would like a word": only "would like to" is a wish
    if lemma in f.after_would and (inner := cue_after_to(text, match, sentence)) is not None and _attribution_at(
            text, inner, sentence, index, quote_map, last_source, carried) is not None:
        return None  # "would like to support the plan": the cue after "to" reads its own frame
    if lemma in f.adjectives and not set(chain) & f.be_forms and (
            copula := _stance_copula(text, sentence, chain_start, match.end())) is not None:
        # "were much less divided on", "remained skeptical that": a copula and degree words before the stance
        chain_start, chain = copula[0], ["be", *copula[1], *chain]
    be_chain = bool(set(chain) & f.be_forms)  # "is said", "was worried"
    if lemma in f.adjectives and chain and chain[0][1:] in ("s", "re", "m") and chain[0][:1] in "’'":
        be_chain = True  # "they’re wary of", "he’s also supportive of": is, are, am before a stance
    verbal_chain = any(word in f.verbal_auxiliaries or word[:1] in "’'" for word in chain)
    only_adverbs = not verbal_chain and not _negated(chain)  # no auxiliary, no negation: "derisively called"
    if (form != lemma and not form.endswith("ing") and only_adverbs and not be_chain
            and (possessive := word_before(text, sentence.start, chain_start).lower()) in POSSESSIVES
            and (possessive != "her" or chain) and not _given_name_in_tag(text, sentence, chain_start)):
        # "their widely repudiated theories": a participle between a possessive and its noun; "her" alone may be an
        # object ("People who know her said …")
        return None
    if (form != lemma and not form.endswith("ing") and only_adverbs and not be_chain
            and (counted := f.word_before.search(text, max(sentence.start, chain_start - 40), chain_start)) is not None
            and (counted.group(1).lower() in f.quantifiers or counted.group(1).isdigit())
            and word_before(text, sentence.start, counted.start()).lower() in POSSESSIVES):
        return None  # "her five proposed bills": a participle between a possessive's count and its noun
    if NEITHER_NOR_BEFORE.search(text, max(sentence.start, chain_start - 40), chain_start) is not None or (
            word_before(text, sentence.start, chain_start).lower() == "neither" and NOR_AHEAD.match(text, match.end(), near(match.end(), sentence.end))):
        return None  # "would neither confirm nor deny that …": declining to say either way reports nothing
    if (lemma in f.negated_silent and not (be_chain and form != lemma and lemma not in f.negated_passive_silent)
            and _negated(chain) and not (lemma in load_words(UNKNOWING_QUESTION_CUES, lower=True)
                                         and _question_next(text, match, sentence))):
        # "could not find a buyer", "didn't know him": a negated finding reports nothing; "was not confirmed by the
        # board": nor does an unconfirmed claim
        return None
    if _details_withheld(text, match, lemma, chain, sentence):
        return None  # "did not provide details about the toll", "gave no details of it": a reply not given
    if _negated(chain) and UNTOLD_ACCOUNT.match(text, match.end(), near(match.end(), sentence.end)) is not None:
        return None  # "she is not telling the whole story": a charge of holding back, no words given
    if (form == lemma and _fills_opening(QUESTION_OPENING, text, sentence, chain_start)
            and sentence.text.rstrip().rstrip("”\"’'»›").endswith("?") and not interview_question(text, sentence.start)):
        return None  # "Do you support the pier?": a question asks, it reports nothing
    if idiom(text, match.end(), lemma, sentence.end):
        return None  # "found himself in trouble", "found a way to win": no report
    if compound_noun(text, match.start(), match.end(), sentence.end):
        return None  # "the rules committee met", "a writing professor": the cue form names a kind of noun
    if (lemma == "know" and not be_chain
            and (ACQUAINTANCE.match(text, match.end(), near(match.end(), sentence.end))
                 or KNOWN_WELL.match(text, match.end(), near(match.end(), sentence.end)))):
        # "has known Ms Varga for years", "knew him well": an acquaintance, no report; so "knew the harbour well"
        return None
    if (lemma == "know" and not be_chain
            and (known := KNOWN_PERSON.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and (known.group("next") is None or known.group("next").lower() in f.verbal_auxiliaries
                 or known.group("next").lower() in cue_lexicon().finite_forms
                 or known.group("pronoun") != "her" and cue_lexicon().lookup(known.group("next")) is not None
                 or known.group("pronoun") == "her" and (_bare_base_form(known.group("next"))
                                                         or _verb_before_object(text, known, sentence.end)))):
        # "Those who know him say …", "people who knew her.", "Those who know her say …", "… describe her as …":
        # whom they know, then the sentence's verb; not "know her views", a noun after "her"
        return None
    if form in f.used_forms:
        pair = f"{word_before(text, sentence.start, match.start())} {form}"
        if pair in f.adverb_uses:
            return None  # "the feud dates back to 1990", "came back clear": an adverb after a verb of motion
        if form in _adverb_forms() and _verb_before_adverb(text, sentence, match.start()):
            return None  # "it hands back the deed", "Mr Reyl fired back", "pushing back": an adverb after its verb
        if pair in f.noun_uses and not (pair.split()[0] in SHARE_WORDS and SHARE_VERB_OBJECT.match(text, match.end(), near(match.end(), sentence.end))):
            return None  # "a talk show host", "the TV shows": a programme; "won with 60 percent support": a share
    if lemma in f.seeming and (lemma != "sound" or sounds_as(text, match, sentence)):
        inner = cue_after_to(text, match, sentence)
        if inner is not None and _attribution_at(text, inner, sentence, index, quote_map, last_source, carried):
            return None  # "seemed to suggest that …": the cue after "to" reads its own frame
        return seeming(text, match, lemma, chain_start, cue_class, sentence, index, quote_map)
    if lemma in f.wh_cues and (asked := ASKED_BY.match(text, match.end(), near(match.end(), sentence.end))) is not None:
        # "asked by a reporter whether …": the agent asks
        content = question_from(text, asked.start("content"), sentence, quote_map)
        if content is not None:
            return make_quote((content,), Span.of(text, match.start(), match.end()),
                              Span.of(text, *asked.span("agent")), None, cue_class, index, quote_map)
    if (form in QUESTION_PARTICIPLES and not chain and match.group()[:1].isupper()
            and not text[sentence.start:chain_start].strip("“\"‘'( \t\n") and ABOUT_NEXT.match(text, match.end(), near(match.end(), sentence.end))):
        # "Asked about Mr Reyl's claim that …, Ms Varga said …": the topic put to her is no report, nor the claim in it
        return None
    if (not chain and (lemma in f.adjectives or form in f.adjectives)
            and (opening := _opening_stance(text, match, lemma, cue_class, sentence, index, quote_map)) is not None):
        return opening  # "Worried that the toll would rise, skippers sold their boats": the main clause's subject's
    if lemma in f.adjectives and not be_chain:
        if only_adverbs and (subject := _joined_stance_subject(text, match, lemma, sentence, chain_start)) is not None:
            # "Skippers are angry about the toll, worried about the pier and …": the subject of the stance before
            return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                          quote_map, participle_source=subject, gerund=True)
        if not chain and (subject := _set_off_stance_subject(text, match, lemma, sentence, chain_start)) is not None:
            # "Mr Reyl, confident that the pier will hold, left": the subject's stance, set off by commas
            return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                          quote_map, participle_source=subject, gerund=True)
        return None  # "a critical vote", "concerned parents": no "be", no stance reported
    if lemma in f.adjectives and word_before(text, sentence.start, chain_start) == "it":
        return None  # "it is certain that …", "it was critical to act": nobody's stance
    # passive, unless a stance: "is worried that" reports the subject's worry
    if (not chain and form.endswith("ed")
            and (word := REDUCED_PASSIVE_WORD.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and (lemma, word.group(1).lower()) in reduced_passives() and _headline_subject_only(text, sentence, chain_start)):
        # "Council accused of hiding pier report": a headline's passive with its "is" left out reports its subject and
        # what follows the word, by nobody named
        return passive_clause(text, match, chain_start, cue_class, sentence, index, quote_map)
    if (not chain and form.endswith("ed") and lemma in f.object and lemma in f.passive_clause
            and lemma not in cue_lexicon().phrasal_only
            and (joint := PASSIVE_AFTER_AND.search(text, max(sentence.start, chain_start - 8), chain_start)) is not None
            and (first := OPENING_PASSIVE.match(text, sentence.start, near(sentence.start, joint.start()))) is not None
            and first.end() <= joint.start() <= first.end() + 80 and not has_verb_between(text, first.end(), joint.start(), s_forms=False)
            and (agent := PASSIVE_AGENT.match(text, match.end(), near(match.end(), sentence.end))) is not None):
        # "He was suspected of theft, and accused by the Gazette of fraud": the first clause's subject is charged too
        charge_word = next((word for word in ("of", "with")
                            if f.passive_clause[lemma].match(" " + word + " x") is not None), None)
        return passive_with_agent(text, agent, chain_start, match, cue_class, sentence, index, quote_map,
                                  charge_word=charge_word, subject_end=first.start("chain"))
    if be_chain and not form.endswith("ing") and form not in f.adjectives:
        if form != lemma and (inner := report_cue_after_passive(text, match, lemma, sentence)) is not None:
            # "Ms Varga is reported to have said that …", "was quoted as saying": what she said, by her, the whole
            # chain its cue
            inner_lemma, inner_class = cue_lexicon().forms[inner.group().lower()]
            quote = _frame(text, inner, inner_lemma, inner_class, Span.of(text, chain_start, inner.end()),
                           sentence, index, quote_map, participle_source=None, gerund=False)
            if quote is not None:
                return quote
        # "is forecast to": a participle spelt as its base (irregular_participles.txt) is a passive after "be" too
        participle = form != lemma or form in load_words("irregular_participles.txt", lower=True)
        if (lemma in f.passive_clause and participle
                and (word := _passive_clause_word(text, match, lemma, sentence))):
            if word.group()[-2:-1] in OPENING_MARKS and (
                    named := _quoted_name(text, match, lemma, True, chain_start, cue_class, sentence, index,
                                          quote_map)) is not None:
                return named  # "the islet was known as “the Poorhouse”": a name, not a clause
            # "The mayor is expected to join Ms Varga", "was described as “a disgrace”": the clause is reported, by
            # nobody named
            return passive_clause(text, match, chain_start, cue_class, sentence, index, quote_map)
        if (lemma in f.passive_clause and participle
                and (agent := AGENT_BEFORE_WORD.match(text, match.end(), near(match.end(), sentence.end)))
                and f.passive_clause[lemma].match(text, agent.end(), near(agent.end(), sentence.end))
                and plausible_source(agent.group("agent"))):
            # "The pier is said by skippers to be unsafe": the clause, the agent its source
            return passive_clause_by(text, match, agent, chain_start, cue_class, sentence, index, quote_map)
        if (lemma in f.passive_predicate and form != lemma and not {"be", "being"} & set(chain)
                and _small_clause(text, match.end(), sentence)):
            # "The pier is considered a landmark": the subject and its predicate, by nobody named
            return passive_clause(text, match, chain_start, cue_class, sentence, index, quote_map)
        listener_told = lemma in f.addressee and form != lemma and not form.endswith("s")  # not "were also emails"
        impersonal = word_before(text, sentence.start, chain_start) == "it"
        if (impersonal or listener_told) and (
                that := THAT.match(text, match.end(), near(match.end(), sentence.end))) is not None:
            # "it was revealed that …", "it is said that …": the clause, by nobody named; so is what a listener
            # "was told that …", "was warned that …"
            content = clause_from(text, that.end(), sentence, quote_map)
            if content is not None and has_verb(content.text):
                # "Mr Reyl let it be known that …": he made it known
                cue_start, letting = _let_it_be_known(text, chain_start, sentence) if impersonal else (chain_start, None)
                return make_quote((content,), Span.of(text, cue_start, match.end()), letting, None, cue_class, index,
                                  quote_map)
        if ((listener_told or impersonal and form != lemma)
                and (agent := PASSIVE_AGENT.match(text, match.end(), near(match.end(), sentence.end)))
                and (that := THAT.match(text, (after := past_adverbials(text, agent.end(), sentence.end)),
                                        near(after, sentence.end))) is not None
                and plausible_source(agent.group("agent"))):
            # "Mr Reyl was warned by the council that the pier was unsafe": what the agent told the listener; "it
            # was reported by the Gazette (on Monday) that …": what the agent reported
            content = clause_from(text, that.end(), sentence, quote_map)
            if content is not None and len(content.text.split()) > 2 and has_verb(content.text):
                return make_quote((content,), Span.of(text, chain_start, match.end()),
                                  Span.of(text, *agent.span("agent")), None, cue_class, index, quote_map)
        if (listener_told and lemma not in f.object
                and (agent := PASSIVE_AGENT.match(text, match.end(), near(match.end(), sentence.end)))
                and AGENT_INFINITIVE.match(text, agent.end(), near(agent.end(), sentence.end)) is not None
                and plausible_source(agent.group("agent"))):
            # "Skippers were told by the board to move their boats": the listener and what the agent told them to do
            return passive_with_agent(text, agent, chain_start, match, cue_class, sentence, index, quote_map,
                                      infinitive=True)
        if (impersonal and form != lemma and IT_AFTER_COMMA.search(text, max(sentence.start, chain_start - 8), chain_start)
                and (closing := _impersonal_closing(text, match, chain_start, cue_class, sentence, index, quote_map))):
            return closing  # "The toll will rise, it was reported.": the words before, by nobody named
        if (listener_told and (closing := _listener_closing(text, match, chain_start, cue_class, sentence, index,
                                                            quote_map)) is not None):
            return closing  # "The pier would close, the board was told.": the words before, told the board
        if (impersonal and form != lemma or listener_told) and (
                content := told_clause(text, match.end(), sentence, quote_map)) is not None:
            # "Skippers were told the pier would close", "The court was told on Monday that …"; so "it is
            # understood the skipper has left", the impersonal passive with a bare clause
            cue_start, letting = _let_it_be_known(text, chain_start, sentence) if impersonal else (chain_start, None)
            return make_quote((content,), Span.of(text, cue_start, match.end()), letting, None, cue_class, index,
                              quote_map)
        if lemma in f.object and lemma not in cue_lexicon().phrasal_only and (
                agent := PASSIVE_AGENT.match(text, (after := past_adverbials(text, match.end(), sentence.end)),
                                             near(after, sentence.end))):
            # not "The case was brought by the skippers": a cue only with its particle; a time may come first ("The
            # plan was backed on Monday by the council")
            if _only_sight(text, lemma, agent, sentence):
                return None  # "The letter was seen by the Gazette": who saw it, no view of it
            # "The move was criticized by economists": the agent says it of the subject
            as_phrase = lemma in f.passive_clause and f.passive_clause[lemma].match(" as x") is not None
            # "accused by the Gazette of fraud": the charge ends the agent
            charge_word = next((word for word in ("of", "with") if lemma in f.passive_clause
                                and f.passive_clause[lemma].match(" " + word + " x") is not None), None)
            return passive_with_agent(text, agent, chain_start, match, cue_class, sentence, index, quote_map,
                                      as_phrase=as_phrase, charge_word=charge_word, infinitive=lemma in f.addressee)
        if (lemma in f.naming and form != lemma
                and (what := PASSIVE_WHAT.search(text, max(sentence.start, chain_start - 8), chain_start)) is not None
                and (predicate := _bare_predicate(text, match.end(), sentence, quote_map)) is not None
                and not NOT_A_PREDICATE.match(predicate.text)):
            # "what is called a “debate”": the pronoun and its predicate, by nobody named
            predicate = _name_ends_at_quote(text, predicate, quote_map)
            return make_quote((Span.of(text, *what.span("pronoun")), predicate), Span.of(text, chain_start, match.end()),
                              None, None, cue_class, index, quote_map)
        if (named := _quoted_name(text, match, lemma, True, chain_start, cue_class, sentence, index, quote_map)) is not None:
            return named  # "the islet was known as “the Poorhouse”"
        among = (AMONG_HOLDERS.match(text, match.end(), near(match.end(), sentence.end))
                 if lemma in f.passive_subject and form != lemma else None)
        if (lemma in f.passive_subject and form != lemma
                and (among is not None or "well" not in chain  # "is well known.": a fame
                     and PASSIVE_END.match(text, match.end(), near(match.end(), sentence.end)))):
            # "the toll was widely known": the subject is what was known, by nobody named; "is well known among
            # skippers": by those among whom it is known
            return passive_subject(text, match, chain_start, cue_class, sentence, index, quote_map,
                                   made_public=lemma in MADE_PUBLIC_PASSIVES,
                                   holders=Span.of(text, *among.span("holders")) if among is not None else None)
        if lemma in f.wh_cues:
            # "Ms Varga was asked whether …", "was asked about the pier": the question, by someone unnamed
            return passive_question(text, match, chain_start, cue_class, sentence, index, quote_map)
        return None  # passive: "is expected", "was told"
    if (not chain and lemma in f.addressee and form != lemma and not form.endswith(("s", "ing"))
            and (listener := _headline_listener(text, match, sentence)) is not None
            and (content := _headline_told_clause(text, match.end(), sentence, quote_map)) is not None):
        # "Skippers told toll will rise": a headline's passive, its "are" left out; the clause, by nobody named
        return make_quote((content,), Span.of(text, *match.span()), None, listener, cue_class, index, quote_map)
    if (lemma in f.object and form != lemma and not form.endswith("ing")
            and lemma not in f.naming  # "an ecologist called by the objectors": summoned, nothing named
            and not be_chain and not any(word in f.verbal_auxiliaries for word in chain)
            and (agent := PASSIVE_AGENT.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and not _only_sight(text, lemma, agent, sentence)  # "The memo, seen by the Gazette, says …"
            and not _aside_before_copula(text, chain_start, agent, sentence)
            and (reduced := reduced_passive(text, agent, chain_start, match, cue_class, sentence, index,
                                            quote_map)) is not None):
        return reduced  # "…, a measure strongly opposed by the unions"
    if only_adverbs and (named := _quoted_name(
            text, match, lemma, False, chain_start, cue_class, sentence, index, quote_map)) is not None:
        return named  # "a website called “Save the Pier”", "sheds derisively known as “rabbit hutches”"
    if ((lemma in f.naming or lemma == "name") and form.endswith("ed") and only_adverbs
            and (head := INDEFINITE_HEAD.search(text, max(sentence.start, chain_start - 60), chain_start)) is not None
            and NAME_NEXT.match(text, match.end(), near(match.end(), sentence.end))
            and _gives_name(text, match, head, sentence)):
        # "filed by a clerk named Lena Varga", "joined a group called Pier First": the participle gives a name;
        # not "A spokesman called Mr Reyl a liar", "said a clerk called Mr Reyl"
        return None
    if (lemma in f.naming and form.endswith("ed") and only_adverbs
            and NAMING_LEAD.search(text, max(sentence.start, match.start() - 16), match.start()) is not None
            and (named := NAME_THEN_CLOSE.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and _named_head(text, sentence, chain_start)):
        # "the hotel, now called the Bay Lines Inn,": the noun and the name it goes by now, as after "now known as"
        return _participle_as(text, match, chain_start, named.start("name"), cue_class, sentence, index, quote_map)
    if (lemma in f.naming and form.endswith("ed") and only_adverbs and not be_chain
            and NAME_THEN_COMMA_BEFORE.search(text, max(sentence.start, chain_start - 40), chain_start) is not None
            and (closed := OBJECT_THEN_VERB.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and ((verb := closed.group("verb")) in f.verbal_auxiliaries or looks_past(verb) or _present_verb(verb))):
        return None  # "Jon Hale, recently named the Guild's chair, spoke.": he was named, he named nobody
    previous = f.word_before.search(text, max(sentence.start, chain_start - 40), chain_start)
    previous_word = previous.group(1).lower() if previous else ""
    if not chain and previous_word in ("one", "another") and COPULA_THAT_AHEAD.match(
            text, match.end(), near(match.end(), sentence.end)) is not None:
        return None  # "Another worry is that …", "One view is that …": a noun, read as a label when it names a saying
    if form.endswith("ing") and not verbal_chain and previous_word == "than":
        return None  # "Rather than calling the toll a tax, Mr Reyl left": what was not said
    if form.endswith("ing") and not chain and previous_word in ADJECTIVE_DEGREE_WORDS:
        return None  # "the most challenging week", "a very promising route": an adjective, not a cue
    if form.endswith("ing") and not chain and joined_adjective(text, sentence.start, match, sentence.end):
        return None  # "an awkward but promising start": an adjective joined to one after "an"
    if (not chain and form != lemma and form.endswith("s") and previous_word == "with" and lemma in f.stance_before_to
            and COMMA_WITH_BEFORE.search(text, max(sentence.start, chain_start - 12), chain_start) is not None
            and TO_VERB_AHEAD.match(text, match.end(), near(match.end(), sentence.end)) is not None
            and (subject := sentence_subject(text, sentence.start, previous.start(1))) is not None):
        # "Ms Varga toured the quay, with plans to return in May": the sentence's subject's intention
        return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                      quote_map, participle_source=subject, gerund=True)
    if not chain and form != lemma and form.endswith("s") and previous_word in f.prepositions:
        return None  # "quiet about cracks in the hull", "shocked by claims": a plural noun after a preposition
    if (not chain and form != lemma and form.endswith("s") and lemma in f.noun_ambiguous
            and (following := NEXT_LOWER_WORD.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and _base_verb_cue(following.group(1).lower())):
        return None  # "Court documents show …", "Internal reports suggest …": a plural noun, the subject of the cue
    if (form.endswith("ing") and not verbal_chain and lemma in f.perceiving and previous_word in f.prepositions
            and not THAT.match(text, match.end(), near(match.end(), sentence.end))):
        return None  # "after seeing the sign", "used to seeing it": what was seen, not what was thought
    if form == "saw" and not chain and _seen_event(text, match, lemma, sentence):
        return None  # "Ms Varga saw her fares collapse": an event she watched or went through, not a thought
    if (not chain and form == "told" and (previous_word in QUESTION_PARTICIPLE_AFTER
                                          and not text[sentence.start:previous.start(1)].strip()
                                          or not text[sentence.start:chain_start].strip())):
        # "When told the ferry was late, Ms Varga laughed", "Told the ferry was late, …": what she was told
        told = _told_opening(text, match, sentence, quote_map)
        if told is not None:
            return make_quote((told,), Span.of(text, chain_start, match.end()), None, None, cue_class, index, quote_map)
    if not chain and form in QUESTION_PARTICIPLES and _after_fronted_phrase(text, sentence, chain_start):
        return None  # "On Monday, asked whether …, Ms Varga shrugged": the question opens the sentence
    set_off = not chain and previous_word == "," and _set_off_after_subject(text, sentence, previous.start(1))
    if (not chain and form in QUESTION_PARTICIPLES and previous is not None
            and (previous_word in QUESTION_PARTICIPLE_AFTER or set_off)):
        # "she shrugged when asked about the pier", "when questioned why …": a question put by someone unnamed
        if set_off and (put := _question_put(text, sentence, quote_map)) is not None and put[0] > match.start():
            return None  # "Ms Varga, asked whether …, said": the question put to her, as "Asked whether …, she said"
        question = passive_question(text, match, chain_start, cue_class, sentence, index, quote_map)
        if question is not None and not set_off and _opens_sentence_with_topic(text, sentence, previous.start(1),
                                                                              question):
            return None  # "When asked about the toll, Ms Varga said …": the topic opens the sentence, as "Asked about"
        if question is not None and (not set_off or text.startswith(",", question.content[-1].end)):
            return question
    if not chain and previous_word.endswith(("'s", "’s", "s'", "s’")) and previous_word[:1].isalpha():
        return None  # "the mayor's claims": a noun
    if (not chain and form == lemma and form not in cue_lexicon().finite_forms and previous is not None
            and previous_word not in f.plural_subjects and previous_word not in ("to", "so")  # "or so say skippers"
            and not previous_word.endswith("s")
            and not previous_word[:1].isdigit() and previous_word != "%"  # "42% say", "six in 10 say"
            and not previous.group(1)[:1].isupper() and not THAT.match(text, match.end(), near(match.end(), sentence.end))
            and not plural_subject(text, sentence, chain_start)
            and not _second_base_verb(text, sentence, previous)
            and not (_after_closing_mark(text, sentence, chain_start)
                     and (after := source_after(text, match.end(), sentence.end)) is not None
                     and FRAME_CLOSES.match(text, after.end, near(after.end, sentence.end)) is not None
                     and not any(word.group().lower() in cue_lexicon().finite_forms
                                 for word in WORD.finditer(text, after.start, near(after.end, sentence.end))))):
        # "a larger say", "the fifth state": a base form needs a plural subject ("critics argue"), or a source
        # after it when a quotation closes before it ("“…,” say the skippers")
        return None
    if (not chain and form == lemma and previous is not None and previous.group(1)[:1].isupper()
            and not previous_word.endswith("s") and previous_word not in f.plural_subjects
            and previous.start(1) - sentence.start < 4 and not text[sentence.start:previous.start(1)].strip()
            and NAME_AHEAD.match(text, match.end(), near(match.end(), sentence.end))):
        return None  # "Defending champion Ida Lenz lost", "Consumer advocate Ida Lenz said": a title before a name
    if (not chain and form == lemma and lemma in f.noun_ambiguous
            and (possessed := POSSESSED_MODIFIER.search(text, max(sentence.start, chain_start - 40), chain_start))
            is not None
            and (possessed.group("modifier") or "").lower() not in f.plural_subjects):
        return None  # "His long-held view that …", "their old claim": a noun after a possessive and its modifier
    if (not chain and form == lemma
            and (possessed := POSSESSED_MODIFIER.search(text, max(sentence.start, chain_start - 40), chain_start))
            is not None and POSSESSED_YEAR.fullmatch(possessed.group("modifier") or "") is not None):
        return None  # "Ms Varga's 2019 pledge to cut the toll": a noun after a possessive and a year
    if not chain and form == lemma and lemma in f.noun_ambiguous and noun_after_name(
            text, match, previous, chain_start, sentence) and not plural_subject(text, sentence, chain_start):
        return None  # "the Varga email scandal", "Ms Varga's Final Demand": a noun; not "Analysts at Pier Bank estimate"
    if (not chain and form.endswith("s") and form != lemma and lemma in f.noun_ambiguous
            and _past_verb_after(text, match.end(), sentence)):
        return None  # "Insurance claims rose after the storm": a plural noun, the subject of the verb after it
    introduces_quote = INTRODUCES_QUOTE.match(text, match.end(), near(match.end(), sentence.end)) is not None
    if (previous_word == "to" and (lemma in WITHHELD_VERBS or lemma in f.light_noun_said)
            and word_before(text, sentence.start, previous.start(1)) in f.declining_before_to
            and not THAT.match(text, match.end(), near(match.end(), sentence.end))
            and not PHRASE_THEN_THAT.match(text, match.end(), near(match.end(), sentence.end))
            and not QUOTED_WORDS_AHEAD.match(text, match.end(), near(match.end(), sentence.end))):
        # "refused to offer a clarification", "declined to give an answer": words held back, no report; not "refused
        # to say that the pier was safe", "declined to say on the radio that …", nor "refused to say the words “…”"
        return None
    if previous_word == "to" and stance_before_to(text, sentence, chain_start):
        # "was more likely to support Varga": the subject's stance
        subject = _stance_subject(text, sentence, previous.start(1)) or _doer_of_opening(text, sentence, chain_start)
        if subject is not None:
            return _with_lead_in(text, sentence, previous.start(1), _frame(
                text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                quote_map, participle_source=subject, gerund=True))
    if previous_word == "to" and introduces_quote and lemma not in cue_lexicon().phrasal_only:
        # "went on to say, “…”": the sentence's subject says it
        subject = sentence_subject(text, sentence.start, chain_start)
        return _with_lead_in(text, sentence, previous.start(1), _frame(
            text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
            quote_map, participle_source=subject, gerund=True))
    if previous_word == "to" and public_appeal(text, sentence, chain_start):
        return None  # "Anyone with information is urged to report it": what the reader is asked to say
    if previous_word == "to" and _not_permitted(text, sentence, previous.start(1)):
        return None  # "officials who were not authorized to discuss the talks": nothing was said
    if previous_word == "to" and word_before(text, sentence.start, previous.start(1)) in load_words(
            "anonymity_before_to.txt"):
        return None  # "who spoke on condition of anonymity to discuss the talks": why the source is unnamed
    if (previous_word == "to" and form == lemma and (cue_class == "thought" or lemma in f.wh_cues)
            and (left := _left_subject(text, sentence, previous.start(1))) is not None):
        # "Skippers were left to wonder whether …": the ones left
        return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                      quote_map, participle_source=left, gerund=True)
    if (previous_word == "to" and form == lemma and cue_class in TO_CLASSES
            and word_before(text, sentence.start, previous.start(1)) not in f.declining_before_to):
        # "appeared on Sunday shows to tout his plan", "the first senator to endorse him": the subject's act;
        # "That prompted Mr Reyl to make a joke": the object's
        controlled = _controlled().search(text, max(sentence.start, previous.start(1) - 80), previous.start(1))
        if controlled is not None and _calls_with_purpose(controlled.group("verb")):
            # "she called Mr Reyl to thank him": the caller thanks, not the one called
            subject = _caller(text, sentence, controlled.start()) or sentence_subject(text, sentence.start, chain_start)
        else:
            subject = (Span.of(text, *controlled.span("object")) if controlled is not None
                       else _owner_of_opening_course(text, sentence, previous.start(1))  # "The board's first response was to …"
                       or _caused_object(text, sentence, previous.start(1))  # "led harbour police to question …"
                       or _for_subject(text, sentence, previous.start(1))  # "hard for skippers to accept …"
                       or _doer_of_opening(text, sentence, chain_start))
        if subject is not None and controlled is None:
            subject = _owner_of_course(text, subject, previous.start(1))  # "The board's response has been to …"
        if subject is not None:
            return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                          quote_map, participle_source=subject, gerund=True)
    if (previous_word == "to" and form == lemma and cue_class == "thought"
            and (future := _headline_future_subject(text, sentence, previous.start(1), match.end())) is not None):
        # "Mr Reyl to back Ms Varga for mayor": a headline's future, what its subject will do
        return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                      quote_map, participle_source=future, gerund=True)
    if (previous_word == "to" and form == lemma and cue_class == "thought"
            and (caused := _caused_object(text, sentence, previous.start(1))) is not None):
        # "The vote led some skippers to wonder whether …": the object's thought
        return _frame(text, match, lemma, cue_class, Span.of(text, chain_start, match.end()), sentence, index,
                      quote_map, participle_source=caused, gerund=True)
    # "Some say …", "…, many believe", "some saw"; not "many references"
    verb_form = (form in cue_lexicon().finite_forms or form == lemma) and not form.endswith("s")
    pronoun_subject = (previous is not None and previous_word in f.plural_subjects
                       and (previous.start(1) == sentence.start or verb_form
                            or (previous_word == "those" and form.endswith("ing") and cue_class == "thought")))  # "those backing the plan"
    # "a pro- said"; but "Ms Varga - who runs the ferry - said" closes an aside, and "the vote - saying …"
    # is a spaced dash before a participle
    single_hyphen = (previous_word == "-" and not text[max(0, chain_start - 3):chain_start].strip().endswith("--")
                     and not (form.endswith("ing") and text[previous.start(1) - 1:previous.start(1)].isspace())
                     and " - " not in text[max(sentence.start, chain_start - 200):previous.start(1)])
    relative_that = (previous_word == "that" and previous is not None and previous.start(1) > sentence.start
                     and form in cue_lexicon().finite_forms)  # "a video that said", "a sign that read"
    gerund_after_to = previous_word == "to" and form.endswith("ing")  # "in addition to stating", "pivoted to arguing"
    # "made a point of saying", "took the step of criticizing": the gerund after "of" is the subject's own act
    gerund_after_of = (previous_word == "of" and form.endswith("ing") and not verbal_chain
                       and word_before(text, sentence.start, previous.start(1)) in f.gerund_act_nouns)
    object_her = (previous_word == "her" and form in cue_lexicon().finite_forms and form != lemma
                  and not form.endswith("s") and OBJECT_HER_CUE_END.match(text, match.end(), near(match.end(), sentence.end)) is not None)
    # "Those who know her say …", "skippers close to her say": the object of a plural subject's verb or preposition
    plural_her = (previous_word == "her" and form == lemma and not chain
                  and plural_subject(text, sentence, chain_start))
    if not chain and not pronoun_subject and not relative_that and not object_her and not plural_her \
            and not (previous_word in POSSESSIVES and _given_name_in_tag(text, sentence, chain_start)) and (
            (previous_word in f.noun_markers or previous_word == "to") and not gerund_after_to
            and not gerund_after_of or single_hyphen) \
            and not (previous is not None and _floats_after_subject(text, sentence, previous)):  # "They each said"
        return None  # "the said company", "a statement", "declined to comment"
    if (not chain and form.endswith("ing") and form in clause_nouns()
            and MODIFIED_AFTER_DETERMINER.search(text, max(sentence.start, chain_start - 40), chain_start) is not None
            and TO_LISTENER.match(text, match.end(), near(match.end(), sentence.end)) is not None):
        return None  # "gave a stern warning to skippers": a noun and whom it was given to, no verb of warning
    if not chain and PLURAL_POSSESSIVE_BEFORE.search(text, max(sentence.start, chain_start - 40), chain_start) and \
            not OPEN_SINGLE_QUOTE.search(text, sentence.start, chain_start):
        return None  # "The skippers' claim that …": a plural's possessive makes the cue word a noun
    if (not chain and form.endswith("s") and form != lemma and PHRASE_CLOSE.match(text, match.end()) is not None
            and PREPOSITION_POSSESSIVE_BEFORE.search(text, max(sentence.start, chain_start - 60), chain_start)):
        # "a think tank known for its gloomy forecasts.": the possessed cue word closing the phrase is a noun; not
        # "an email to his supporters notes that …", a verb with words after it
        return None
    if (not chain and form == lemma and form not in f.irregular_verbs
            and _singular_noun_phrase(text, sentence, chain_start, lemma in f.noun_ambiguous)
            and not _second_base_verb(text, sentence, previous)):  # "They accept the toll yet claim …": a verb
        return None  # "a fresh harbour rule that …", "the stubborn view that …": the cue word heads a noun phrase
    if not chain and form.endswith("ed") and previous_word in f.irregular_verbs and previous.group(1).islower():
        return None  # "Skippers made repeated trips to the pier": an adjective after the verb
    if (not chain and form.endswith("ed") and previous_word in ("and", "or")
            and (item := LIST_ITEM_BEFORE_JOINT.search(text, max(sentence.start, chain_start - 60), chain_start))
            is not None and not any(looks_past(word) or word in f.verbal_auxiliaries for word in item.group("item").split())
            and NOUN_AFTER_ADJECTIVE.match(text, match.end(), near(match.end(), sentence.end)) is not None):
        return None  # "storms, debts and alleged rigged tenders": the last item of a list, an adjective on it
    if (not chain and form.endswith("ed") and previous_word.isdigit() and not is_year(previous_word)
            and not DETERMINER_NEXT.match(text, match.end(), near(match.end(), sentence.end))):
        return None  # "a lead of 270 pledged delegates": an adjective; but "a 2012 study showed", "Men under 35 backed the plan"
    if (form.endswith("ed") and not be_chain and _fills_opening(AS_OPENS, text, sentence, chain_start)
            and (reported_by := as_reported_by(text, match, cue_class, sentence, index, quote_map)) is not None):
        return reported_by  # "As reported by The Hill, the senator …"
    if (not verbal_chain and form != lemma and not form.endswith("ing")
            and form not in cue_lexicon().finite_forms):
        if (not be_chain and lemma in f.passive_clause
                and (as_phrase := PARTICIPLE_AS.match(text, match.end(), near(match.end(), sentence.end))) is not None):
            # "the pier, known as the Old Jetty,", "a harbour seen as a lifeline": the noun and what it is taken for
            return _participle_as(text, match, chain_start, as_phrase.end(), cue_class, sentence, index, quote_map)
        if (not be_chain and lemma in f.passive_clause
                and (word := PARTICIPLE_TO_FOR.match(text, match.end(), near(match.end(), sentence.end))) is not None
                and f.passive_clause[lemma].match(text, match.end(), near(match.end(), sentence.end)) is not None
                and _indefinite_head(text, sentence, chain_start)):
            # "…, a think tank known for its surveys": the noun and what is said of it
            return _participle_as(text, match, chain_start, word.end(), cue_class, sentence, index, quote_map,
                                  stop=EXAMPLE_GOING_ON_STOP)
        return None  # "the think tank known for …", "the figures shown": a participle without "has" is no report
    ambiguous = not verbal_chain and lemma in f.noun_ambiguous  # a cue form that may be a noun here
    plural_form = ambiguous and form.endswith("s") and form != lemma
    if plural_form and (previous_word.replace(",", "").isdigit() or previous_word in f.quantifiers):
        return None  # "the two states that voted", "in other states", "the 2012 attacks": a counted noun
    if plural_form and previous_word in f.plural_noun_adjectives:
        return None  # "their political views", "Western states that voted": a noun after its adjective
    if (plural_form and previous_word in OPENING_PLURAL_ADJECTIVES
            and not text[max(sentence.start, previous.start(1) - 8):previous.start(1)].strip()
            and previous.start(1) - sentence.start <= 8):
        return None  # "Public figures backing the toll met": no name opens the sentence, but a noun's adjective
    if (plural_form
            and not (previous_word in f.singular_subjects or (previous and previous.group(1)[:1].isupper()))
            and not (cue_class == "evidence" and previous_word.isalpha() and previous_word.islower()
                     and not previous_word.endswith("s") and previous_word not in f.noun_markers
                     and previous_word not in f.irregular_verbs)  # "polling shows"; not "got reports"
            and not _that_follows(text, match, lemma, sentence)
            and not (DETERMINED_NOUN.search(text, max(sentence.start, chain_start - 40), chain_start)
                     and previous_word not in f.irregular_verbs  # "the survey shows"; not "the council got reports"
                     and not (PARTICIPLE_AFTER_DETERMINER.search(text, max(sentence.start, chain_start - 40), chain_start)
                              and cue_lexicon().lookup(previous_word) is None))  # "the required votes"; not "the accused"
            and not closes_appositive(text, sentence, chain_start, previous_word)
            and not (previous_word in ("and", "but", "also", "then")
                     and PRONOUN_OBJECT.match(text, match.end(), near(match.end(), sentence.end)))
            and not _second_verb_in_s(text, sentence, previous)
            and not _relative_past_before().search(text, max(sentence.start, chain_start - 60), chain_start)
            and not _headline_next_act(text, match, sentence, previous_word)
            and not _closes_after_bare_noun(text, match, sentence, chain_start)
            and not NAME_BRACKET_BEFORE.search(text, max(sentence.start, chain_start - 160), chain_start)
            and not closes_plain_clause(text, match, chain_start, sentence)):
        # "answer questions"; but "the survey shows", "polls show that", "and calls her", "Mr Reyl (Letters) claims",
        # "The toll will rise, claims Mr Reyl."
        return None
    if not chain and form.endswith("s") and form != lemma and _verb_in_s_before(text, sentence, previous):
        return None  # "Mr Reyl cracks jokes about the toll": the cue word is the object of his own verb
    if (plural_form and previous_word not in f.pronouns and cue_class != "thought"  # "Initial estimates put …"
            and (ahead := NOUN_VERB_AHEAD.match(text, match.end(), near(match.end(), sentence.end))) is not None
            and _plain_verb(ahead.group("verb"), lemma, text, match.end())):
        return None  # "Current rules make it hard to moor", "Paris attacks test the council": the noun's own verb
    if form.endswith("s") and form != lemma and not chain and plural_before_cue(text, match.end(), sentence.end):
        return None  # "a system which advocates say is unfair": the plural subject of "say"
    if (form.endswith("s") and form != lemma and lemma not in f.bare
            and PLURAL_VERB_AHEAD.match(text, match.end(), near(match.end(), sentence.end))):
        return None  # "Harbour advocates have been successful", "the skippers' claims are false"
    if (ambiguous and (form == lemma or form.endswith("s"))
            and previous_word not in f.pronouns and noun_follows(text, match.end(), lemma, sentence.end)
            and not NAMED_AFTER_WHOM.search(text, max(sentence.start, chain_start - 60), chain_start)):
        return None  # "the terrorist attacks changed the race", "the jobs report was released": a noun
    if ambiguous and form == lemma and possessed_noun_before_that(text, sentence,
                                                                  Span.of(text, match.start(), match.end())):
        return None  # "Mr Reyl's most pointed claim is that …": the possessor's claim, read with its possessor
    if (form.endswith("ing") and not chain and previous_word.isalpha() and previous_word.islower()
            and previous_word not in f.pronouns and previous_word not in f.prepositions
            and AUXILIARY_AHEAD.match(text, match.end(), near(match.end(), sentence.end))):
        return None  # "The storm warning was issued at noon": the head of a noun, with the verb after it
    cue = Span.of(text, chain_start, match.end())
    # "after derisively mocking", "…, often citing": adverbs only, no auxiliary ("is citing", "been saying")
    gerund = form.endswith("ing") and not verbal_chain and not any(word.endswith(("n't", "n’t")) for word in chain)
    named_gerund = bool(previous) and previous.group(1)[:1].isupper() and THAT.match(
        text, match.end(), near(match.end(), sentence.end)) is not None  # "Erik Osman tweeting that …"
    if (not chain and chain_start == sentence.start and form.endswith("s") and form != lemma and match.group()[:1].isupper()
            and lemma in f.bare and lemma not in f.noun_ambiguous and carried is not None
            and _after_headline_semicolon(text, sentence)):
        # "Toll 'a tax on work', Varga hints; / Says council would close the pier": the deck's verb, the headline's
        # source, for a verb that takes a bare clause; not "Remarks on the toll raise …", a noun
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=carried, gerund=True)
    opens_with_quote = introduces_quote and chain_start == sentence.start and carried is not None
    if opens_with_quote and gerund:
        # "… Maher said. Adding, “…”": the speaker of the sentence before goes on
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=carried, gerund=True)
    if gerund and (lemma not in f.particle_required or chain_start > sentence.start) and _fills_opening(
            OPENING_PARTICIPLE, text, sentence, chain_start):
        # "In describing the plan, Ms Varga said …": the main clause's subject does it; "Speaking to reporters, …" not
        return _opening_participle(text, match, lemma, cue_class, cue, sentence, index, quote_map)
    if gerund and lemma not in f.particle_required and _fills_opening(DAY_THEN_PLACE, text, sentence, chain_start) \
            and (quote := _opening_participle(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                                              to_comma=False)) is not None:
        # "Sunday, on Lyme Radio, while commenting on …, Mr Reyl said": the day and the show, then the participle
        # clause, whose content runs to the comma before the main clause's subject; with no subject found there,
        # the frame is read as any other participle's
        return quote
    if gerund and lemma not in f.particle_required and _after_fronted_phrase(text, sentence, chain_start):
        # "In April, explaining his plan, Mr Reyl said …": the subject after the participle's comma
        return _opening_participle(text, match, lemma, cue_class, cue, sentence, index, quote_map)
    if not gerund and not form.endswith(("s", "ing")):  # a past participle after "having"
        if _fills_opening(HAVING_OPENING, text, sentence, chain_start):
            # "Having announced that the pier would close, Ms Varga left": the main clause's subject did it
            return _opening_participle(text, match, lemma, cue_class, cue, sentence, index, quote_map)
        if ((aside := HAVING_ASIDE.search(text, max(sentence.start, chain_start - 30), chain_start)) is not None
                and (subject := sentence_subject(text, sentence.start, aside.start())) is not None
                and subject.end == aside.start()):
            # "Mr Reyl, having said the toll was fair, changed his mind": the subject before the aside said it
            quote = _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                           participle_source=subject, gerund=True)
            return _to_clause_comma(text, quote, quote_map) if quote is not None else None
    if gerund and (cue_class == "thought" or lemma in f.wh_cues) \
            and (subject := _left_subject(text, sentence, chain_start)) is not None:
        # "Skippers are left wondering whether …": the ones left
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=subject, gerund=True)
    if gerund and (subject := _aspect_subject(text, sentence, chain_start, cue_class)) is not None:
        # "Ms Varga keeps talking about the pier", "skippers took turns urging …": the aspect verb's subject
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=subject, gerund=True)
    after_comma = previous_word in CLOSING_MARKS and text[max(0, previous.start(1) - 2):previous.start(1)].rstrip(
        "'").endswith(",")  # '…,” adding', "…,'' adding"
    if gerund and previous_word not in f.participle_openers and not gerund_after_of and not after_comma \
            and not named_gerund and not (
            introduces_quote and chain_start > sentence.start):
        doer = _with_subject(text, sentence, chain_start) or gerund_subject(text, sentence, chain_start, previous)
        if doer is None and chain_start > sentence.start and (cue_class in TO_CLASSES and (
                previous_word.islower() or is_year(previous_word))
                or previous_word in time_units() and previous_word.endswith("s")):
            # "spent the week urging …", "filed a lawsuit in 2013 alleging …", "spent years backing …": the subject
            doer = clause_subject(text, sentence.start, chain_start)
        if (doer is None and not chain and chain_start > sentence.start and cue_class == "thought"
                and lemma in f.object and previous_word in f.prepositions):
            # "The skippers are united in backing Ms Varga": a stand taken on an object, after a preposition, by
            # the subject
            doer = clause_subject(text, sentence.start, chain_start)
        if (doer is None and previous_word == "and"
                and _first_progressive(text, sentence) <= previous.start(1)):
            doer = clause_subject(text, sentence.start, chain_start)  # "was touring the harbour and hoping to …"
        if doer is not None:
            doer = _addressed_document(text, sentence, doer) or doer  # "a letter to parents saying …": the letter's
            # "The senator issued a statement saying …"; "met skippers and read several statements saying …": the
            # statements, no longer the skippers and the reading
            doer = _document_author(text, sentence, doer) or _document_after_verb(text, doer) or doer
        if (doer is None and cue_class == "speech"
                and (heard := PERCEIVED_PASSIVE.search(text, max(sentence.start, chain_start - 60), chain_start))):
            # "“…,” Ms Varga was heard saying": the passive's subject said it, the whole chain its cue
            return _frame(text, match, lemma, cue_class, Span.of(text, heard.start(), cue.end), sentence, index,
                          quote_map, participle_source=None, gerund=False)
        if doer is None:
            return None  # "Speaking about…", "Asked whether…" open a sentence, they do not attribute
        # "a new poll showing …", "Democrats urging him to …": the noun before does the saying
        return _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                      participle_source=doer, gerund=True)
    if gerund:
        # "…, with Ms Varga tweeting that …": the name after "with"; else the subject of the clause the
        # participle follows ("It was cold, but Ms Varga stood on the pier, urging …": Ms Varga)
        subject = clause_subject(text, sentence.start, chain_start)
        if subject is not None and (fuller := _subject_with_its_phrase(text, sentence, subject, chain_start)):
            subject = fuller  # "Organisers of the Lyme Sea Festival have cancelled it, citing …": all of them
        if gerund_after_of and subject is not None and text[subject.end:chain_start].strip().lower() == "of":
            return None  # "The habit of backing the toll spread": the act's noun heads the subject, no one's act
        if gerund_after_of and (pronoun := _relative_act_pronoun(text, sentence, chain_start)) is not None:
            # "The skippers who committed the offense of backing Mr Reyl were fined": the relative clause's act, done
            # by its pronoun, whose object ends before the sentence's own verb
            quote = _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                           participle_source=pronoun, gerund=True)
            if quote is None or len(quote.content) != 1 or quote_map.around(quote.start) is not None:
                return quote
            content = (within_relative(text, quote.content[0], quote_map)
                       if last_char_before(text, sentence.start, pronoun.start) == ","  # "Ms Varga, who …, left"
                       else within_restrictive(text, sentence, pronoun, quote.content[0], lemma not in f.object))
            if (verb := _plural_main_verb(text, sentence, pronoun, content)) is not None:
                content = trimmed(text, content.start, verb) or content  # "Skippers who … of praising the board get"
            return attrs.evolve(quote, content=(content,))
        if last_source is not None and subject is not None and last_source.end <= subject.start:
            last_source = None  # "Ever since she backed Mr Reyl, Ms Varga has been …, attacking": not the fronted clause's
        if last_source is not None and subject is not None and _relative_after(text, subject, last_source):
            last_source = None  # "Mr Reyl, who relishes a fight, was calm, not once referring to …": the main clause's
        if last_source is None and subject is not None:
            subject = inverted_opening_source(text, sentence.start, subject) or subject
        participle_source = _with_subject(text, sentence, chain_start) or last_source or subject
        if participle_source is subject and lemma in EVENT_PARTICIPLES and _passive_before(text, subject, chain_start):
            return None  # "The skippers were freed, showing a thaw": the freeing shows it, not the skippers
        quote = _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                       participle_source=participle_source, gerund=True)
        if (gerund_after_of and quote is not None and lemma in f.object and lemma not in f.bare
                and len(quote.content) == 1 and quote_map.around(quote.start) is None
                and (verb := _own_verb(text, quote.content[0])) is not None):
            # "The skippers jailed on suspicion of backing Mr Reyl were fined": the object of an act after "of" has
            # no verb of its own, the one after it is the sentence's
            return attrs.evolve(quote, content=(trimmed(text, quote.start, verb) or quote.content[0],))
        return quote
    quote = _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map,
                   participle_source=None, gerund=False)
    if quote is not None and lemma in f.adjectives and _own_report_after_colon(text, quote, sentence):
        return None  # "Not every critic was impressed: one skipper complained that …": the skipper's report
    return quote


def _own_report_after_colon(text: str, quote: Quote, sentence: Sentence) -> bool:
    """A content after a colon that opens with its own subject and a cue verb right after it: "one skipper
    complained that …" after "was impressed:", also past an aside set off by commas that ended the content ("one
    skipper, speaking on condition of anonymity, questioned whether …"); not "the ferry ran late all week"."""
    if len(quote.content) != 1 or last_char_before(text, 0, quote.content[0].start) != ":":
        return False
    content = quote.content[0]
    cue = next(cue_lexicon().find(text, content.start, content.end, ANY_CUE), None)
    if cue is None:
        if not text.startswith(",", content.end):
            return False
        cue = next((cue for cue in cue_lexicon().find(text, content.end, sentence.end, ANY_CUE)
                    if last_char_before(text, content.end, cue.start()) == ","
                    and text.count(",", content.end, cue.start()) > 1), None)  # past the aside's own words
        found = source_before(text, content.start, cue.start()) if cue is not None else None
        return found is not None and found[0].start == content.start and found[0].end == content.end
    subject = sentence_subject(text, content.start, cue.start())
    return (subject is not None and subject.start == content.start
            and not text[subject.end:cue.start()].strip())


EVENT_PARTICIPLES = load_words("event_participles.txt", lower=True)  # "showing", "signalling": the event's
# a passive right after the subject, then no comma up to the participle's own: " were slightly hurt on Monday, "
PASSIVE_THEN_COMMA = regex.compile(r"""\s+(?:(?:has|have|had|will|would|may|might|must|could|should|can)\s+)?(?:not\s+)?
    (?:been|be|was|were|is|are|being)\s+(?:\p{Ll}+ly\s+)?(?P<participle>\p{Ll}+)[^,;:.!?“”"()]*,\s*""", regex.VERBOSE)


def _passive_before(text: str, subject: Span, chain_start: int) -> bool:
    """The subject's verb is a passive that runs to the participle's comma: "The skippers were freed on Monday,"."""
    passive = PASSIVE_THEN_COMMA.fullmatch(text, subject.end, chain_start)
    if passive is None:
        return False
    participle = passive.group("participle")
    return participle.endswith("ed") or participle in load_words("irregular_participles.txt", lower=True)


# a gerund and up to seven words with no comma, closed by a full stop: "Seeking shared values."
HEADING_FRAGMENT = regex.compile(r"\p{Lu}\p{Ll}+ing(?:\s+[^\s,;:“”\"()]+){1,7}\.")


def _heading_fragment(text: str, sentence: Sentence) -> bool:
    """A paragraph that is only a gerund's phrase with no verb of its own, a subheading in a story: "Demanding a new
    pier.", "Heaping praise on the harbour master."; not "Taking the ferry is a joy." (a verb), nor a title
    in capitals with no stop ("Speaking With One Voice")."""
    phrase = sentence.text.rstrip()
    end = sentence.start + len(phrase)
    own_line = (sentence.start == 0 or text[sentence.start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    f = frames()
    return (own_line and HEADING_FRAGMENT.fullmatch(phrase) is not None
            and not any(word.lower().rstrip(".") in f.be_forms or word.lower() in f.verbal_auxiliaries
                        or word.lower() in f.auxiliaries for word in phrase.split()[1:]))


def _quoted_head(subject: tuple[Span, int] | None) -> bool:
    """Whether the subject ends in quoted words that name its head, after words of its own: "the party's “skippers”
    (have endorsed)", "The so-called “harbour lobby” (said)" speak; the quotation is no report before the cue."""
    return subject is not None and subject[0].text.endswith(("”", '"', "''")) and subject[0].text[:1].isalnum()


def _base_form_inverted(text: str, sentence: Sentence, source: Span) -> bool:
    """"Say the skippers: …": a base form opening the sentence is inverted before its plural subject when a colon or
    a comma closes the subject; not a newsroom's label of `colon_label_stopwords.txt` ("Read more: …"), nor a role
    whose noun, a singular title head, the verb's word qualifies ("Press Officer: …", "Press secretary: …")."""
    first = source.text.split()[0].lower()
    return (text.startswith((":", ","), source.end)
            and text[sentence.start:source.end].lower() not in frames().label_stopwords
            and not (title_words().is_head(first) and not title_words().is_plural_head(first)))


def _relative_after(text: str, subject: Span, source: Span) -> bool:
    """Whether ``source`` is the relative pronoun of a clause set off by a comma right after ``subject``:
    "Mr Reyl, who relishes a fight, …"."""
    return source.text.lower() in RELATIVE_PRONOUNS and text[subject.end:source.start].strip() == ","


# "Asked who should lead the council, " at the sentence's start: a question for a name, before the answer's frame
ASKED_FOR_A_NAME = regex.compile(r"(?:When\s+)?(?:Asked|Pressed)\s[^,;:“”\"()]{0,60}?\b(?:who|which)\s[^,;:“”\"()]{1,100}?,\s+")
# a capitalised name of up to four words that ends the sentence: the answer given
NAME_TO_END = regex.compile(r"\s+(?P<name>(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]*)\s*[.!]?\s*\Z")


def _named_reply(text: str, sentence: Sentence, subject: Span, position: int) -> Span | None:
    """A name alone after "said", when the sentence opens with a question for a name put to the subject: "Asked on
    the radio who leads the party, he said Ms Varga." gives "Ms Varga"; not "He said Ms Varga." (no question), nor
    "Asked whether he backs the toll, he said Mr Reyl" (a question for yes or no, not for a name)."""
    asked = ASKED_FOR_A_NAME.match(text, sentence.start, near(sentence.start, subject.start + 1))
    if asked is None or asked.end() != subject.start or sentence.end - position > NEAR:
        return None  # a name alone to the sentence's end is short: a long rest is not scanned
    name = NAME_TO_END.match(text, position, sentence.end)
    return Span.of(text, *name.span("name")) if name is not None else None


# "though", "however": set off after a cue, a connective may open the writer's clause instead of an adverbial's
CONNECTIVES = load_words("connective_adverbials.txt", lower=True)
# a short phrase opened by a preposition, set off by commas right after a cue, with its closing comma
SET_OFF_PHRASE = regex.compile(r",\s+(?:before|in|at|on|during|after|for|with|over|under|like|from|without)\s+"
                               r"[^,;:“”\"()]{1,50}?,")
# a participle's phrase set off after a cue, perhaps after one adverb: ", again using a funny voice,"
SET_OFF_PARTICIPLE = regex.compile(r",\s+(?:\p{Ll}+\s+)?(?P<verb>\p{Ll}{2,}ing)\s+[^,;:“”\"()]{1,50}?,")
# an "as" aside set off after a cue, closed by a verb: "said, as Ms Varga had warned, …", "wondered, as many skippers do, …"
SET_OFF_AS_REPORT = regex.compile(r",\s+as\s+(?:[^,;:“”\"()]{1,50}?\s+)?(?P<verb>\p{L}+),")
PRO_VERBS = frozenset({"do", "does", "did"})  # "as skippers do": the verb of the report before it, left out
# the comma that closes an adverbial set off after its cue, before the cue's object or clause; not before a verb,
# which resumes a report the frame interrupts ("The pier, Ms Varga said, however, is unsafe")
SET_OFF_CLOSE = regex.compile(r",(?=\s+[\p{L}“\"‘])(?!\s+(?:is|are|was|were|has|have|had|will|would|can|could|may"
                              r"|might|must|should|shall|do|does|did)\b)")

OPENING_SUBJECT_REACH = 120  # characters from the sentence start within which such a longer subject may end
# "before", "after", "since" or "until" right before a determined noun phrase taken for the cue's subject
TIME_LINK_BEFORE = regex.compile(r"(?<![\p{L}])(?:before|after|since|until)\s+\Z")
# a participle that hangs a phrase on the opening noun: "published by", "taken a week", "conducted in May"
OPENING_PARTICIPLE_PHRASE = regex.compile(r"\b\p{Ll}{3,}(?:ed|en)\s+(?:by|in|on|at|over|a|an|the|last|this|\p{N})\b")
# a finite verb in the words before that link: an auxiliary, or a past in -ed or an irregular one with its object
OPENING_VERB = regex.compile(r"(?<![\p{L}'’])(?:am|are|is|was|were|has|have|had|will|would|can|could|may|might|must"
                             r"|should|do|does|did)\b|\b\p{Ll}+ed\s+(?:the|a|an|its|his|her|their|our)\b")


def _subject_through_time_phrase(text: str, sentence: Sentence, subject: tuple[Span, int]) -> tuple[Span, int]:
    """"A poll published by the Gazette a week before the vote had shown …": a noun phrase after "before" (or
    "after", "since", "until") is the end of a longer subject when the sentence opens with a determiner and a noun
    with its participle's phrase ("published by", "taken a week"), and no verb comes before that link; not "The mayor
    left before the vote showed …", where the clause before has its verb."""
    span = subject[0]
    link = TIME_LINK_BEFORE.search(text, max(sentence.start, span.start - 12), span.start)
    if (link is None or span.text.split()[0].lower() not in NOUN_DETERMINERS
            or link.start() - sentence.start > OPENING_SUBJECT_REACH):
        return subject
    opening = text[sentence.start:link.start()]
    words = opening.split()
    f = frames()
    if (len(words) < 2 or words[0].lower() not in NOUN_DETERMINERS or any(mark in opening for mark in ",;:“”\"()")
            or OPENING_VERB.search(opening) is not None
            or any(word.lower() in f.irregular_verbs for word in words[1:])
            or OPENING_PARTICIPLE_PHRASE.search(opening) is None):
        return subject
    longer = Span.of(text, sentence.start + len(opening) - len(opening.lstrip()), span.end)
    return (longer, longer.start) if plausible_source(longer.text) else subject


def _listener_then_to(text: str, addressee: Span, content: Span) -> bool:
    """The infinitive right after the listener, after its comma, or after a place that says where the listener is
    ("urged residents in the harbour district to move"); not after a time ("told skippers on Monday to leave",
    "urged skippers at noon to leave"), nor before "to" and a noun phrase ("urged calm in a speech to the skippers")."""
    between = text[addressee.end:content.start]
    if between.strip() in ("", ","):
        return True
    return (LISTENER_PLACE.fullmatch(between) is not None and PLACE_TIME_WORD.search(between) is None
            and PLACE_THEN_VERB.match(content.text) is not None)


@functools.cache
def _as_before_shifted_object() -> regex.Pattern:
    """"as nonsense" before "the idea that …": the predicate of a cue of cues_as_predicate.txt (up to three words
    in lower case) set before its object, a noun of cue_nouns.txt or shell_nouns.txt with its own "that"."""
    nouns = alternation(clause_nouns() | frames().shell_nouns)
    return regex.compile(r"\s+as(?:\s+\p{Ll}[\p{Ll}\-]*){1,3}?(?=\s+(?:the|an?)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}?(?:"
                         + nouns + r")\s+that\b)")


def _past_place_and_adverbial(text: str, position: int, end: int, *, after_time: bool) -> int:
    """Past a place of up to three lower-case words and the time after it, else ``position``: "said at the pier
    on Monday the rails were unsafe", "told skippers outside the old cannery on Friday that …"; after a time
    (``after_time``) the place alone, up to a word that opens a clause: "said Monday at the pier the rails were
    unsafe"; not "wrote in the auction notice of the Harbour Trust that …", no time."""
    if (lead := PLACE_LEAD.match(text, position, near(position, end))) is None:
        return position
    place_end = lead.end()
    for _ in range(3):
        if (word := PLACE_WORD.match(text, place_end, near(place_end, end))) is None:
            break
        place_end = word.end()
        if TIME_AFTER_PLACE.match(text, place_end, near(place_end, end)) is not None:
            return past_adverbials(text, place_end, end)
        if after_time and (following := NEXT_WORD.match(text, place_end, near(place_end, end))) is not None \
                and following.group(1).lower() in CLAUSE_OPENING_WORDS:
            return place_end
    return position


def _past_phrase_chain(text: str, position: int, end: int) -> int | None:
    """Past two or more phrases of place, time or occasion that follow each other, up to a word that opens a
    clause after a noun, else None: "said in a letter to skippers the rails were unsafe", "said in May of last
    year the pier was safe"; not "said at the pier the rails were unsafe", one phrase alone, nor "said in a letter
    to the council …", whose "the" ends the second phrase's preposition."""
    phrases, previous, capitalised = 0, "", False
    for _ in range(12):
        if (word := CHAIN_WORD.match(text, position, near(position, end))) is None:
            return None
        lower = word.group(1).lower()
        after_preposition = previous in PHRASE_CHAIN_PREPOSITIONS or previous in frames().prepositions
        if lower in CLAUSE_OPENING_WORDS and not after_preposition and previous not in NOUN_DETERMINERS \
                and not (lower == "i" and capitalised):  # "World War I"
            return position if phrases >= 2 else None  # "at noon the pier was …": one phrase only
        if lower == "to" and not _listener_after_to(text, word.end(), end):
            return None  # "agreed on Friday to cut the quota": an infinitive, not a listener
        if phrases == 0 and lower == "of":
            return None  # "the release of harbour files": the noun's own phrase
        if lower in PHRASE_CHAIN_PREPOSITIONS:
            phrases += 1
        elif phrases == 0 or lower == "that" or lower in frames().verbal_auxiliaries and not after_preposition \
                or after_preposition and lower.endswith("ing"):
            return None  # the cue's own object, a clause or a gerund ("of keeping"), no phrase; but "in May" is a month
        position, previous, capitalised = word.end(), lower, word.group(1)[:1].isupper()
    return None


def _listener_after_to(text: str, position: int, end: int) -> bool:
    """"to skippers", "to the council", "to Ms Varga": a determiner, a name or a plural noun after "to", not a verb
    ("to cut", "to focus")."""
    if (following := CHAIN_WORD.match(text, position, near(position, end))) is None:
        return False
    word = following.group(1)
    return (word.lower() in NOUN_DETERMINERS or word[:1].isupper()
            or word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _headline_first_act(text: str, subject: Span, cue: Span) -> Span | None:
    """The words before a cue's finite form inside a headline subject set off by a comma before the cue, else None:
    "Varga Backs Toll, Denounces …" -> "Varga"; not "Gazette Reports Show …", with no comma."""
    if text[subject.end:cue.start].strip() != ",":
        return None
    return _before_first_act(text, subject)


def _headline_joined_act(text: str, sentence: Sentence, cue: Span) -> Span | None:
    """The subject of a headline's first cue when "And" joins a second cue to it, else None: "Varga Backs Toll And
    Denounces …" -> "Varga"."""
    joint = text.rfind(" ", sentence.start, cue.start - 1)
    if joint <= sentence.start or text[joint:cue.start].strip().lower() != "and":
        return None
    return _before_first_act(text, Span.of(text, sentence.start, joint))


def _headline_next_act(text: str, match: regex.Match, sentence: Sentence, previous_word: str) -> bool:
    """A headline's capitalised cue after a comma that closes an act begun by an earlier capitalised cue: the
    subject's next act, not a plural noun ("Varga Says Pier Is Unsafe, Calls Toll 'Robbery'")."""
    return (previous_word == "," and match.group()[:1].isupper() and headline(sentence)
            and _before_first_act(text, Span.of(text, sentence.start, text.rfind(",", sentence.start, match.start())))
            is not None)


@functools.cache
def _bare_noun_after_comma() -> EndAnchored:
    """", union ", ", harbour staff ": one or two words after a comma, no determiner, pronoun nor joint among them."""
    stops = alternation(NOUN_DETERMINERS | frames().pronouns | {"and", "or", "but"})
    return EndAnchored.of(r",\s+(?:(?!(?:" + stops + r")\b)[\p{L}’'\-]+\s+){1,2}\Z", regex.IGNORECASE)


HEADLINE_CLOSE = regex.compile(r"[”\"’'»›]?\s*\Z")  # a headline's last word, with no closing full stop


def _closes_after_bare_noun(text: str, match: regex.Match, sentence: Sentence, chain_start: int) -> bool:
    """A cue form that is also a plural noun, closing a headline (no full stop after it) right after a bare noun set
    off by a comma, is that noun's verb: "Pier is unsafe, union claims"; not "dismissed the figures as well as the
    union claims", nor "the race moves to larger, more diverse states." in prose."""
    return (HEADLINE_CLOSE.match(text, match.end(), sentence.end) is not None
            and _bare_noun_after_comma().search(text, max(sentence.start, chain_start - 40), chain_start) is not None)


HEADLINE_RELATIVE_WORD = EndAnchored.of(r"(?<![\p{L}’'])(?:" + CAPITALISED_RELATIVES + r")\s+\Z")  # "Who", "That"


def _headline_relative_head(text: str, sentence: Sentence, source: Span) -> Span | None:
    """A headline's subject read from a relative clause that opens with a capitalised cue form, the noun the clause
    hangs on, else None: "Harbour Skipper Who Backed Varga Says …" -> "Harbour Skipper", not "Backed Varga"."""
    first = source.text.split(maxsplit=1)[0]
    if not first[:1].isupper() or first.lower() not in cue_lexicon().finite_forms:
        return None
    relative = HEADLINE_RELATIVE_WORD.search(text, max(sentence.start, source.start - 12), source.start)
    if relative is None:
        return None
    start = max(sentence.start, text.rfind(":", sentence.start, relative.start()) + 1)
    return trimmed(text, start, relative.start())


def _before_first_act(text: str, words_span: Span) -> Span | None:
    """The words before the first capitalised finite form of a cue inside ``words_span``, else None."""
    words = list(OBJECT_WORD.finditer(text, words_span.start, words_span.end))
    index = capitalised_cue_after_first(words)
    return None if index is None else Span.of(text, words_span.start, words[index - 1].end())


def _headline_thing(words: str, sentence: Sentence) -> bool:
    """"Urges Calm", "Urges Caution": in a headline's capitals, one word that is no given name or honorific names
    what is urged, as "urges calm" does; not "Urges Ana", a person addressed."""
    return (headline(sentence) and len(parts := words.split()) == 1 and not is_given_name(parts[0])
            and honorific(parts[0]) is None)


def _bare_base_form(word: str) -> bool:
    """A cue's base form that takes a bare clause: "say", "believe"; not "views" or "claims"."""
    found = cue_lexicon().lookup(word.lower())
    return found is not None and found[0] == word.lower() and word.lower() in frames().bare


def _verb_before_object(text: str, known: regex.Match, end: int) -> bool:
    """After "know her", a cue's base form that is no noun of saying, before a determiner or a person's pronoun
    that opens its own object: "Those who know her describe her as …", "… praise her courage"; not "knew her plan
    would fail", "know her views", "know her claim that …"."""
    word = known.group("next").lower()
    found = cue_lexicon().lookup(word)
    if found is None or found[0] != word or word in frames().noun_ambiguous or word in clause_nouns():
        return False
    following = NEXT_WORD.match(text, known.end(), near(known.end(), end))
    return following is not None and (following.group(1).lower() in frames().noun_markers
                                      or following.group(1).lower() in PERSON_OBJECTS)


ABOUT_AT_END = EndAnchored.of(r"\babout\s*\Z")
OPENING_SPACE = 8  # white space a sentence may have before its first word


def _opens_sentence_with_topic(text: str, sentence: Sentence, when: int, question: Quote) -> bool:
    """"When asked about the toll, Ms Varga said …": a topic after "about", not a question ("When asked whether
    …"), put in a "when" clause that opens the sentence and closes with a comma before the main clause, or runs
    on into the main clause's verb without one ("When asked about the toll Ms Varga said …")."""
    content = question.content[0]
    return (when - sentence.start <= OPENING_SPACE and not text[sentence.start:when].strip()
            and ABOUT_AT_END.search(text, max(sentence.start, content.start - 12), content.start) is not None
            and (text.startswith(",", question.content[-1].end)
                 or has_verb_between(text, content.start, question.content[-1].end, s_forms=False)))


def _set_off_after_subject(text: str, sentence: Sentence, comma: int) -> bool:
    """"Ms Varga, asked whether …, said": the comma follows the sentence's bare subject, a word with no verb and
    no comma before it; not "Mr Reyl stood up, asked …", nor "Ms Varga, the harbour master, asked …"."""
    return (text[max(sentence.start, comma - 1):comma].isalnum() and not more_words_than(text, sentence.start, comma, 5)
            and first_comma(sentence) >= comma
            and not has_verb_between(text, sentence.start, comma, s_forms=False))


@functools.cache
def _aside_main_verb() -> regex.Pattern:
    """", told the Gazette", ", has said": a comma, then a finite verb with no subject of its own."""
    f = frames()
    finite = {form for form in cue_lexicon().finite_forms if not form.endswith("s")}
    return regex.compile(r",\s+(?:\p{Ll}+ly\s+)?(?:is|was|are|were|will|would|has|have|had|did|does|can|could|"
                         r"\p{Ll}{2,}ed(?!\s+(?:by|from|with|in|at|to|for|on|as)\b)|"  # not "…, distracted from the work"
                         + alternation(f.irregular_verbs | finite) + r")\b")


# ", argue that", ", say the": a comma, then a cue's base form and the words it opens
ASIDE_MAIN_BASE = regex.compile(r",\s+(?:and\s+)?(?:\p{Ll}+ly\s+)?(?P<verb>\p{Ll}+)\s+(?=(?:that|the|a|an|he|she|they|it|we|i|"
                                r"his|her|their|its|this|these|those)\b)")


def _aside_main_base(text: str, content: Span) -> regex.Match | None:
    """"Some skippers, fearing the cost, argue that …": a comma, then the base form of a cue that is no noun as well,
    before "that" or a determiner or pronoun, the plural subject's own verb after the participle's aside."""
    for found in ASIDE_MAIN_BASE.finditer(text, content.start, content.end):
        entry = cue_lexicon().lookup(found.group("verb"))
        if entry is not None and entry[0] == found.group("verb") and entry[0] not in frames().noun_ambiguous:
            return found
    return None


def _relative_act_pronoun(text: str, sentence: Sentence, chain_start: int) -> Span | None:
    """"(The skippers) who committed the offense of (backing …)", "who were jailed on suspicion of": the relative
    pronoun whose clause holds the act's noun, its auxiliaries, one verb and the noun's phrase with no verb after the
    first (not "who met her had a habit of", where the habit is the main clause's)."""
    relative = RELATIVE_BEFORE_ACT.search(text, max(sentence.start, chain_start - 80), chain_start)
    if relative is None:
        return None
    f = frames()
    words = relative.group("words").split()
    while len(words) > 1 and words[0] in f.auxiliaries:
        words = words[1:]
    if any(word in f.verbal_auxiliaries or word in f.irregular_verbs or word in RELATIVE_PRONOUNS
           for word in words[1:]):
        return None
    return Span.of(text, *relative.span("pronoun"))


PLURAL_MAIN_VERBS = load_words("plural_subject_verbs.txt", lower=True)


def _plural_main_verb(text: str, sentence: Sentence, pronoun: Span, content: Span) -> int | None:
    """"Skippers who have a habit of praising the board get berths": after a plural head of the relative clause, a
    base-form verb of plural_subject_verbs.txt right after a noun of the act's object is the sentence's main verb."""
    if PLURAL_HEAD.fullmatch(word_before(text, sentence.start, pronoun.start)) is None:
        return None
    f = frames()
    for word in WORD.finditer(text, content.start, content.end):
        previous = word_before(text, content.start, word.start())
        if word.start() > content.start and word.group() in PLURAL_MAIN_VERBS and previous.isalpha() \
                and previous.islower() and previous not in f.noun_markers and previous not in f.auxiliaries \
                and previous != "to" and previous not in RELATIVE_PRONOUNS:  # not "the crews who come late"
            return word.start()
    return None


def _own_verb(text: str, content: Span) -> int | None:
    """"Groups backing Mr Reyl also spent …": where the sentence's own verb, and an adverb before it, begins."""
    irregular = frames().irregular_verbs
    verb = next((m for m in WORD.finditer(text, content.start, content.end) if m.start() > content.start and (
        FINITE.fullmatch(m.group()) or m.group() in irregular)), None)
    if verb is None or RELATIVE_BEFORE_VERB.search(text, content.start, verb.start()):
        return None  # "backing a man who had …": the relative clause's verb
    before = text[max(content.start, verb.start() - 12):verb.start()].split()
    if before and before[-1].lower() in frames().verbal_auxiliaries:
        # "Skippers demanding that the toll be cut have marched": the verb goes with its auxiliary in the clause
        return verb_after_clause(text, content)
    adverbs = ADVERBS_BEFORE_VERB.search(text, content.start, verb.start())
    return adverbs.start() if adverbs is not None and adverbs.start() > content.start else verb.start()


THE_NEXT = regex.compile(r"\s+(?i:the)\s")  # "announced on Monday the pier would close": a clause, not a role


def _passive_clause_word(text: str, match: regex.Match, lemma: str, sentence: Sentence) -> regex.Match | None:
    """The word of `cues_passive_clause.txt` after a passive, right after it or past a time: "was named as …", "was
    named last week as …", "was criticized on Monday for …"; past a time "the" opens a clause, no role ("It was
    announced on Monday the pier would close")."""
    pattern = frames().passive_clause[lemma]
    word = pattern.match(text, match.end(), near(match.end(), sentence.end))
    if (word is None and (after := past_adverbials(text, match.end(), sentence.end)) > match.end()
            and THE_NEXT.match(text, after, near(after, sentence.end)) is None):
        word = pattern.match(text, after, near(after, sentence.end))
    return word


def _participle_as(text: str, match: regex.Match, chain_start: int, position: int, cue_class: str,
                   sentence: Sentence, index: int, quote_map: QuoteMap, stop: regex.Pattern | None = PREDICATE_STOP
                   ) -> Quote | None:
    """"the harbour, widely seen as a lifeline, …": the noun before the participle, then the "as" phrase."""
    predicate = clause_from(text, position, sentence, quote_map, stop=stop)
    if predicate is None:
        return None
    lead = PARTICIPLE_LEAD.search(text, max(sentence.start, chain_start - 40), chain_start)
    head = noun_phrase_before(text, sentence.start, lead.start()) if lead is not None else None
    pieces = (head, predicate) if head is not None else (predicate,)
    return make_quote(pieces, Span.of(text, chain_start, match.end()), None, None, cue_class, index, quote_map)


# what a participle's "for" or "to" says ends like an "as" phrase, but goes on past a comma before examples of the
# noun in it: "known for gloomy claims, such as that the pier is sinking" (`example_openers.txt`)
EXAMPLE_GOING_ON_STOP = regex.compile(r",(?!\s+(?:" + alternation(load_words("example_openers.txt", lower=True))
                                      + r")\b)|[;:(]|\s[—―–-]{1,2}\s")
# "for" or "to" and a lower-case word after a participle of `cues_passive_clause.txt`: "known for its surveys"
PARTICIPLE_TO_FOR = regex.compile(r"\s+(?=(?:for|to)\s+\p{Ll})")


# a form of "be" before the noun phrase: "Mr Reyl is a skipper known for his temper" is the writer's own description
COPULA_BEFORE = regex.compile(r"(?<![\p{L}’'])(?i:" + alternation(load_words("be_forms.txt", lower=True))
                              + r")(?:\s+\p{Ll}+ly)?\s+\Z")


SENTENCE_OPENING = regex.compile(r"[\s“\"‘'(]*")  # what may stand before a sentence's first word


def _indefinite_head(text: str, sentence: Sentence, chain_start: int) -> bool:
    """Whether a noun phrase opened by "a" or "an" stands right before a participle, no comma between ("a think tank
    known for …"); not "the think tank known for …", a noun the reader already knows, nor "a skipper, known …", nor
    one after a form of "be" ("is a skipper known for …"), nor the sentence's subject ("A skipper known for his temper
    left the pier")."""
    lead = PARTICIPLE_LEAD.search(text, max(sentence.start, chain_start - 40), chain_start)
    if lead is None or "," in lead.group():
        return False
    head = noun_phrase_before(text, sentence.start, lead.start())
    return (head is not None and head.text.split()[0].lower() in ("a", "an")
            and SENTENCE_OPENING.match(text, sentence.start, head.start).end() < head.start
            and COPULA_BEFORE.search(text, max(sentence.start, head.start - 30), head.start) is None)


def _named_head(text: str, sentence: Sentence, chain_start: int) -> bool:
    """Whether a noun phrase opened by a determiner or a capital stands before a naming participle's comma or dash
    ("the hotel, now called …", "Bay Lines — once named …"); not a verb ("Ms Varga, who won, also called …")."""
    lead = PARTICIPLE_LEAD.search(text, max(sentence.start, chain_start - 40), chain_start)
    if lead is None:
        return False
    end = lead.start()
    if (dash := DASH_BEFORE.search(text, max(sentence.start, end - 4), end)) is not None:
        end = dash.start()
    head = noun_phrase_before(text, sentence.start, end)
    return head is not None and (head.text[:1].isupper() or DETERMINER_FIRST.match(head.text) is not None)


DASH_BEFORE = regex.compile(r"\s[—―–-]{1,2}\s*\Z")
RELATIVE_ASIDE = regex.compile(r"(?:which|who|where)\b[^,;:“”\"]{1,80},\s*(?=\p{L})")


def _opening_participle(text: str, match: regex.Match, lemma: str, cue_class: str, cue: Span, sentence: Sentence,
                        index: int, quote_map: QuoteMap, *, to_comma: bool = True) -> Quote | None:
    """"Calling the pier a disgrace, Mr Reyl left": the subject after the participle clause's comma; with
    ``to_comma`` false the content keeps its own end, a comma inside it kept ("while discussing the toll, fares and
    the pier, Mr Reyl said")."""
    quote = _frame(text, match, lemma, cue_class, cue, sentence, index, quote_map, participle_source=None, gerund=True)
    if quote is None:
        return None
    if to_comma:
        quote = _to_clause_comma(text, quote, quote_map)
    comma = MAIN_CLAUSE_COMMA.match(text, quote.end, near(quote.end, sentence.end))
    if comma is None and _heading_fragment(text, sentence):
        return quote  # "Demanding a new pier." on a line of its own: a subheading, by nobody named
    if comma is None:
        return None  # "Bashing the mayor may be the first task, but …": the participle is the subject
    start = comma.end()
    if (aside := RELATIVE_ASIDE.match(text, start, near(start, sentence.end))) is not None:
        start = aside.end()  # "After thanking the crowd, which chanted his name, he touted …": the object's aside
    subject = _clause_subject(text, start, sentence)  # "While praising the council, she hasn't …"
    if subject is None or subject.text.lower() in frames().auxiliaries:
        return None  # "Adding to the worry is a rumour that Mr Reyl, after the vote, has …": no subject
    return attrs.evolve(quote, source=subject)


def _to_clause_comma(text: str, quote: Quote, quote_map: QuoteMap) -> Quote:
    """"Declaring that the pier is safe, the mayor …": a participle clause's one content ends at its comma."""
    if len(quote.content) != 1:
        return quote
    for inner in CLAUSE_COMMA.finditer(text, quote.start, quote.end):
        closing = inner.group().rstrip()[1:]  # "“old, unsafe,” Mr Reyl": the quote closes after its comma
        if quote_map.around(inner.start()) is None or closing:
            content = Span.of(text, quote.start, inner.start() + (len(closing) + 1 if closing else 0))
            return attrs.evolve(quote, content=(content,))
    return quote


HEAD_PREPOSITION_AFTER = regex.compile(r"\s+(\p{Ll}+)\s+")  # " of ", " for ": a preposition after a subject's head


# "the skippers, ": up to five words with no comma or mark, then the comma right before the participle
SET_OFF_PHRASE_END = regex.compile(r"(?P<phrase>(?:[\p{L}\p{N}'’\-]+\s+){0,4}[\p{L}\p{N}'’\-]+),\s+")


def _subject_with_its_phrase(text: str, sentence: Sentence, subject: Span, end: int) -> Span | None:
    """The subject with its phrase after a preposition of `source_head_prepositions.txt`, as the source before its
    first verb reads it: "Organisers of the Lyme Sea Festival (have cancelled …, citing)"; None when no such phrase
    follows the subject or the source read there is another."""
    after = HEAD_PREPOSITION_AFTER.match(text, subject.end, near(subject.end, end))
    if after is None or after.group(1) not in frames().head_prepositions:
        return None
    verb = next(iter(verb_positions(text, after.end(), near(after.end(), end), s_forms=False)), None)
    if verb is None and after.group(1) != "on" and not headline(sentence) \
            and (phrase := SET_OFF_PHRASE_END.fullmatch(text, after.end(), end)) is not None:
        # "Some of the skippers, fearing the cost, …": the phrase runs to the comma the participle is set off by;
        # not "on", which in "Ms Varga on the toll, citing …" tells a topic, nor in a headline
        return Span.of(text, subject.start, phrase.end("phrase"))
    found = source_before(text, sentence.start, verb) if verb is not None else None
    if found is None or found[0].start != subject.start or found[0].end <= after.end() or text[found[0].end:verb].strip():
        return None
    last = found[0].text.split()[-1].lower()
    if last in VERB_ADVERBS or last.endswith(("ly", "'s", "’s")) or last in NOUN_DETERMINERS or last in POSSESSIVES:
        return None  # "A spokeswoman for the firm also (declined)", "the families of the company's (staff)": cut short
    return found[0]


def _clause_subject(text: str, start: int, sentence: Sentence) -> Span | None:
    """The subject a main clause opens with at ``start``: a noun phrase, or a lone pronoun ("…, she said")."""
    subject = sentence_subject(text, start, sentence.end)
    if subject is None and (word := FIRST_WORD.match(text, start, sentence.end)) is not None \
            and word.group().lower() in frames().pronouns:
        subject = Span.of(text, *word.span())
    return subject


# ", and she went on to (say)": a subject pronoun after a joint, then up to four lower-case words before the cue
JOINED_PRONOUN_SUBJECT = regex.compile(r",\s+(?:and|but)\s+(?P<subject>he|she|they|we|I)\s+(?:\p{Ll}+\s+){1,4}\Z")


# one to four words opening the sentence, with no verb, then "to": "Mr Reyl to", "Skippers, council to"
HEADLINE_FUTURE_SUBJECT = regex.compile(r"\p{L}[\p{L}.'’\-]*(?:,?\s+\p{L}[\p{L}.'’\-]*){0,3}")


def _headline_future_subject(text: str, sentence: Sentence, to_start: int, cue_end: int) -> Span | None:
    """The subject of a headline's future, the words before "to" when nothing else opens the sentence and no verb
    comes before or after: "Mr Reyl to back Ms Varga for mayor" -> "Mr Reyl"; not "Plans to back the toll
    failed", nor "Mr Reyl went to back her"."""
    subject = HEADLINE_FUTURE_SUBJECT.fullmatch(text, sentence.start, to_start - 1)
    if subject is None or not text[to_start - 1].isspace() or subject.group().lower().split()[0] in frames().noun_markers:
        return None
    if has_verb(subject.group()) or has_verb(text[cue_end:sentence.end]):
        return None
    return Span.of(text, *subject.span())


def _doer_of_opening(text: str, sentence: Sentence, position: int) -> Span | None:
    """The sentence's subject; past an opening participle clause, the one after its comma: "Using plain words to
    describe the pier, Ms Varga won the crowd", "Continuing to explain his view, Mr Reyl …"; a subject pronoun after
    "and" or "but" is the subject of its own clause ("The toll is unfair, Ms Varga said, and she went on to say …")."""
    if (joined := JOINED_PRONOUN_SUBJECT.search(text, max(sentence.start, position - 60), position)) is not None:
        return Span.of(text, *joined.span("subject"))  # "…, and she went on to say …": the second clause's subject
    if (second := _second_clause_subject(text, sentence, position)) is not None:
        return second  # "The toll rose, and Ms Varga is now trying to cast herself as …": the nearer clause's subject
    subject = sentence_subject(text, sentence.start, position)
    if (subject is not None and subject.start == sentence.start and subject.text.split()[0].endswith("ing")
            and OPENING_OBJECT.match(text, subject.start + len(subject.text.split()[0]))):
        return _main_clause_subject(text, sentence, position)  # not "Schilling, who …": a name
    return subject


# ", and Ms Varga is now trying to (cast)": a joint that opens a second main clause, then its subject and verbs
SECOND_CLAUSE_JOINT = regex.compile(r"(?:,\s+(?:and|but)|;|(?<![\p{L}])(?:" + alternation(load_lines("clause_subordinators.txt"))
                                    + r"))\s+")
SECOND_CLAUSE_REACH = 80  # characters from the joint to the cue
TWO_WORDS = regex.compile(r"\S+\s+\S")  # found near the sentence's start, not by splitting all its words


def _second_clause_subject(text: str, sentence: Sentence, position: int) -> Span | None:
    """The subject of the last clause that ", and", ", but", ";" or a subordinator of
    `clause_subordinators.txt` opens before ``position``, when its verb comes before ``position``: "That has not
    happened, and Ms Varga is now trying to cast herself as a judge" -> "Ms Varga"; "It was no surprise when Mr
    Reyl went off script to praise the skippers" -> "Mr Reyl". None when no such clause is there ("Mr Reyl, and Ms
    Varga, tried to …": no verb after "and"), or when the subordinate clause opens the sentence ("Even before Mr
    Reyl took the stage to thank the crews, …"), where the main clause follows it."""
    joints = list(SECOND_CLAUSE_JOINT.finditer(text, max(sentence.start, position - SECOND_CLAUSE_REACH), position))
    if not joints or TWO_WORDS.search(text, sentence.start, joints[-1].start()) is None:
        return None  # fewer than two words before the joint
    subject = _clause_subject(text, joints[-1].end(), sentence)
    if subject is None or subject.start != joints[-1].end() or subject.end >= position:
        return None
    return subject if _verb_word((text[subject.end:position].split() or [""])[0]) else None


def _verb_word(word: str) -> bool:
    """A lower-case auxiliary or finite verb form: "is", "have", "tried", "wants"."""
    f, lower = frames(), word.lower()
    return word[:1].islower() and (lower in f.auxiliaries or lower in cue_lexicon().finite_forms
                                   or lower in f.irregular_verbs or lower.endswith(("ed", "s")))


def _main_clause_subject(text: str, sentence: Sentence, position: int) -> Span | None:
    """The subject after the comma that closes an opening participle clause: "Using plain words to describe the
    pier, Ms Varga won the crowd" -> "Ms Varga"."""
    comma = MAIN_CLAUSE_COMMA.search(text, position, near(position, sentence.end))
    return _clause_subject(text, comma.end(), sentence) if comma is not None else None


def _only_a_name(phrase: str) -> bool:
    """A pronoun, or capitalised words only ("Ms Ruiz", "Osman"), with no article after the first: a headline's
    capitals write a name and its predicate ("Reyl A Liar")."""
    words = phrase.split()
    if len(words) == 1 and (words[0].lower() in frames().pronouns or words[0].lower() in OBJECT_PRONOUNS):
        return True
    return all(word[:1].isupper() for word in words) and not any(word.lower() in ARTICLES for word in words[1:])


def _called_event(phrase: str) -> bool:
    """"an emergency session after a storm", "a vote on the toll": "a" or "an" and at most three modifiers before
    a noun of role_event_objects.txt, then nothing or a preposition or participle, and no second "a" that is not a
    preposition's ("a vote on the toll a sham" names); not "the vote a sham"."""
    words = phrase.lower().split()
    f = frames()
    ends = [i for i, word in enumerate(words) if i and (word in f.prepositions or word.endswith("ing"))]
    head = ends[0] - 1 if ends else len(words) - 1
    predicate = any(words[i] in ("a", "an") and words[i - 1] not in f.prepositions
                    for i in range(head + 1, len(words)))
    return (words[:1] in (["a"], ["an"]) and 0 < head <= 4 and not predicate
            and words[head].strip(",.;:") in load_words("role_event_objects.txt", lower=True))


def _opens_verb(word: str) -> bool:
    """A word after "to" that may be a verb: not a noun's marker or a pronoun ("to the pier", "to everyone", "to them")."""
    low = word.lower()
    return low not in frames().noun_markers and low not in OBJECT_PRONOUNS and low not in load_words(
        "source_determiners.txt", lower=True)


def _plain_verb(word: str, lemma: str, text: str, position: int) -> bool:
    """A lower-case word after a plural cue form that may be its subject's plain verb: no -s, -ly, -ing or -self
    ending ("supports raising the toll", "calls himself a skipper"), and no noun marker, preposition, pronoun,
    auxiliary or particle of the cue ("rules out", "calls it")."""
    f = frames()
    particle = f.particles.get(lemma)
    return (not word.endswith(("s", "ly", "ing", "self")) and word not in f.noun_markers and word not in f.prepositions
            and word not in f.pronouns and word not in f.verbal_auxiliaries and word not in f.be_forms
            and word != "not" and not (particle is not None and particle.match(text, position, near(position, len(text)))))


def _person_object(phrase: str) -> bool:
    """A name, a pronoun or a role with its determiner: "Mr Reyl", "her", "the harbour master", "the skippers"."""
    words = phrase.split()
    return _only_a_name(phrase) or (1 < len(words) <= 4 and DETERMINER_FIRST.match(phrase + " ") is not None
                                    and (title_words().is_head(words[-1]) or plural_role(words[-1])))


@functools.cache
def _one_word_adverbials() -> frozenset[str]:
    """The lower-case adverbials of adverbials.txt that are one word ("briefly", "yesterday")."""
    return frozenset(line.lower() for line in load_lines("adverbials.txt") if " " not in line and line.islower())


def _without_closing_adverbs(phrase: str) -> str:
    """The phrase without the one-word adverbials of adverbials.txt closing it: "Mr Reyl briefly" -> "Mr Reyl"."""
    words = phrase.split()
    while len(words) > 1 and words[-1].strip(",.;:").lower() in _one_word_adverbials():
        words.pop()
    return " ".join(words)


def _called_person(phrase: str) -> bool:
    """"both candidates", "my friend's mother", "her son", "voters and knock on doors": the first of the
    phrase's conjuncts, without closing adverbs, at most five words, no pronoun first (but a possessive "her" before
    its noun) and nothing quoted, ending in a noun of called_people.txt; not "him a candidate", "her a candidate",
    "the candidate a wrecker"."""
    words = _without_closing_adverbs(regex.split(r",\s+|\s+and\s+", phrase, maxsplit=1)[0]).split()
    possessive = words[:1] == ["her"] and len(words) > 1 and not DETERMINER_FIRST.match(words[1] + " ")
    return (0 < len(words) <= 5 and (words[0].lower() not in OBJECT_PRONOUNS or possessive)
            and words[0].lower() != "it" and not QUOTE_MARK.search(phrase)
            and words[-1].strip(",.;:").lower() in load_words("called_people.txt", lower=True))


def _quoted_name(text: str, match: regex.Match, lemma: str, passive: bool, chain_start: int, cue_class: str,
                 sentence: Sentence, index: int, quote_map: QuoteMap) -> Quote | None:
    """"the islet was known as “the Poorhouse”", "a website called “Save the Pier”": the named thing and its quoted name.

    Nobody is named as the one who says it. Without "be", the cue must follow a
    noun phrase that is not the sentence's subject ("Mr Reyl called “the pier
    game” a farce" is an active cue).
    """
    f = frames()
    form = match.group().lower()
    if not (lemma in f.naming and form.endswith("ed") or lemma == "know" and form == "known"):
        return None
    window = max(sentence.start, chain_start - 50)
    if SO_CALLED.search(text, window, chain_start) or not passive and RELATIVE_BEFORE.search(text, window, chain_start):
        return None  # "the so-called “fair fare”": the writer's distance, no report
    name = NAME_AFTER_CUE.match(text, match.end(), near(match.end(), sentence.end))
    if name is None or (lemma == "know") != (name.group("as") is not None):
        return None
    quoted = quote_map.starting_at(name.end())
    if quoted is None or not quoted.closed or quoted.inner.end <= quoted.inner.start or quoted.end > sentence.end:
        return None
    while (joint := ANOTHER_NAME.match(text, quoted.end, near(quoted.end, sentence.end))) is not None and (
            following := quote_map.starting_at(joint.end())) is not None and following.closed:
        quoted = following
    head = NAME_HEAD.search(text, max(sentence.start, chain_start - 60), chain_start)
    active = not passive and form in cue_lexicon().finite_forms  # "called" may be the subject's own verb
    if active and head is not None and head.group("head")[:1].isupper() and not DETERMINER_FIRST.match(head.group("head")):
        return None  # "the nominee, Mr Reyl, called “…”": the name is the subject
    if active and head is not None and head.group("comma") and NAME_BEFORE_APPOSITIVE.search(
            text, max(sentence.start, head.start() - 60), head.start()) is not None:
        return None  # "a decision that Ms Varga, the board's chair, called “…”": the head is the subject's role
    if active and head is not None and head.group("comma") and RELATIVE_BEFORE.search(text, window, head.end("head")):
        return None  # "Ms Varga, who has won a seat, named “…”": the head closes a relative clause on the subject
    if active and head is not None and head.group("comma") and (
            subject := source_before(text, sentence.start, chain_start)) is not None and _shell_object(
            text, sentence, subject[0]) is not None:
        return None  # "a move Mr Reyl, the mayor, called “…”": the name, set off with its appositive, names the move
    if active and head is not None and head.group("comma") and RELATIVE_NAME_APPOSITIVE.search(
            text, max(sentence.start, chain_start - 120), chain_start) is not None:
        return None  # "…, which Mr Reyl, the mayor, called “…”": the name after the relative pronoun names it
    if active and head is not None and contact_subject(
            text[max(sentence.start, head.start() - 30):head.end("head")].split()) is not None:
        return None  # "the group Mr Reyl called “the old guard”": Mr Reyl names the group
    if active and head is not None and not head.group("comma") and (object_ := CONTACT_OBJECT.search(
            text, max(sentence.start, head.start() - 40), head.start())) is not None and (
            object_.group("noun") not in f.prepositions) and head.group("head").split()[0].lower() not in ("a", "an"):
        return None  # "a move the mayor called “painful”": the mayor names the move; not "a quote a user named “…”"
    if active and (head is None or not head.group("comma")):
        before = FINAL_WORD.search(text, max(sentence.start, head.start() - 30), head.start()) if head else None
        if before is None or not before.group().islower() or before.group() in ("and", "but", "or"):
            return None  # "Yesterday the mayor called “…” a farce", "…, and the mayor called “…”"
    predicate = Span.of(text, name.start("predicate"), quoted.end)
    pieces = (predicate,) if head is None else (Span.of(text, *head.span("head")), predicate)
    cue = Span.of(text, chain_start, name.end("as") if name.group("as") else match.end())
    return make_quote(pieces, cue, None, None, cue_class, index, quote_map)


def _finite_like(word: str) -> bool:
    """An irregular verb, an auxiliary or a finite form in -ed or -s: "sold", "has", "rented", "lies"."""
    f = frames()
    return word in f.irregular_verbs or word in f.verbal_auxiliaries or FINITE_FORM.fullmatch(word) is not None


def _verb_in_head(head: str) -> bool:
    """A verb among the words after the head's determiner, its noun last: "The council sold boats" is a clause, not
    the noun "boats" an infinitive leaves out ("The council sold boats Ms Varga wanted to buy"); "the old boats" is
    a noun phrase."""
    return any(_finite_like(word) for word in head.split()[1:-1])


def _infinitive_before_main_verb(text: str, sentence: Sentence, gap: regex.Match, position: int) -> regex.Match | None:
    """"The berth she hopes to rent lies near the pier", "The boats Mr Reyl wants to sell need paint": the noun the
    infinitive leaves out stands in the sentence's subject (no verb before it), so the word right after the infinitive
    is the sentence's own verb when it is a finite form ("lies", "sank") or, after a plural noun, any word that is no
    preposition, article, pronoun nor conjunction ("need"); not "The berth she hopes to rent near the pier is old"."""
    if has_verb_between(text, sentence.start, gap.start("head"), s_forms=False):
        return None  # "It is a berth she hopes to rent …": the noun is the verb's complement, not in the subject
    plural = PLURAL_NOUN.fullmatch(gap.group("head").split()[-1]) is not None
    placed = INFINITIVE_PLACE_THEN_WORD.match(text, position)
    if placed is not None and _main_verb_word(placed.group("next"), plural and PLAIN_VERB_THEN_OBJECT.match(
            text, placed.end()) is not None):
        # "The crew she hopes to hire from Bay Lines sails on Monday", "The skippers she wants to hire from Bay
        # Lines pose a risk": a named place, then the verb, which after a plural may be bare when its object's
        # determiner follows (not "to sell in Lyme harbour need paint", where the name goes on)
        return placed
    found = INFINITIVE_THEN_WORD.match(text, position)
    return found if found is not None and _main_verb_word(found.group("next"), plural) else None


PLAIN_VERB_THEN_OBJECT = regex.compile(r"\s+\p{Ll}+\s+(?:a|an|the|his|her|its|their|our|no)\s")  # " pose a (risk)"


def _main_verb_word(word: str, plural: bool) -> bool:
    """The word after an infinitive that leaves its object out is the sentence's own verb: a finite form, or after a
    plural noun any word that is no preposition, article, pronoun nor conjunction ("need", "pose")."""
    f = frames()
    if (word in f.prepositions or word in NOUN_DETERMINERS or word in f.boundaries or word in PERSON_OBJECTS
            or word in ("and", "or", "but", "not", "to")):
        return False
    return _finite_like(word) or plural


# the one who is to act between an object cue and its infinitive: "expects Mr Sand to deliver", "wants him to sell"
INFINITIVE_DOER = regex.compile(r"(?:him|her|them|us|me|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’\-]*"
                                r"|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’\-]*)\s+(?=to\s)")


def _to_after_doer(text: str, start: int) -> int:
    """Where the infinitive's "to" stands: at ``start``, or after the one who is to act ("Mr Sand to deliver")."""
    doer = INFINITIVE_DOER.match(text, start)
    return start if doer is None else doer.end()


def _fronted_setting(text: str, sentence: Sentence, head_start: int) -> bool:
    """"In the end she wants to leave": a preposition alone before the noun at the sentence's start makes the noun a
    fronted setting and the words after it the clause's subject, no relative clause whose infinitive leaves the noun
    out."""
    if head_start - sentence.start > SETTING_REACH:
        return False
    return text[sentence.start:head_start].strip().lower() in frames().prepositions


SETTING_REACH = 16  # characters of a fronted preposition before the noun


def _names_one(subject: str) -> bool:
    """A pronoun, one word, a name opening with an honorific or a given name, or "the" and a noun: "he", "Ms Varga",
    "Ana Varga", "the harbour board"; not "Harbour Council" after "the new", which goes on the noun phrase."""
    words = subject.split()
    return len(words) == 1 or words[0] == "the" or honorific(words[0]) is not None or is_given_name(words[0])


COPULA_OPENING = regex.compile(r"(?:is|was|are|were|will|would)\s")
COPULA_THEN_PARTICIPLE = regex.compile(r"(?:is|was|are|were)\s+\p{Ll}+ed\b")  # "was lost", "were ignored"


def _what_then_copula(text: str, sentence: Sentence, pronoun: Span, content: Span) -> bool:
    """"amounting to what the skippers said was a toll by stealth": "what" inside the sentence, after a word in
    lower case, and a copula or "will" after the cue make one thing said, "what" with its predicate; not "What she
    believes remains a mystery", where "what" opens the sentence and the verb is the main clause's."""
    before = word_before(text, sentence.start, pronoun.start)
    return bool(before) and before.isalpha() and before.islower() and COPULA_OPENING.match(content.text) is not None


def _topic_before_main_cue(text: str, sentence: Sentence, content: Span) -> bool:
    """Whether a relative clause's words after "about" are a topic, no clause, that the sentence's own cue follows
    after a noun: "told the Gazette about the leak (said …)"; not "about the fees they say are unfair"."""
    if word_before(text, sentence.start, content.start) != "about":
        return False
    return any(_opens_with_main_cue(word.group()) and (before := word_before(text, content.start, word.start()))
               and before not in frames().pronouns for word in WORD.finditer(text, content.start, content.end))


def _opens_with_main_cue(clause: str) -> bool:
    """"said the pier was shut" after a restrictive relative clause's cue and its listener or time: the past form
    of a cue that takes a bare clause, opening what the relative's cue would report, is the sentence's own verb."""
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    return cue_past_form(first) and cue_lexicon().forms[first][0] in frames().bare


def _opens_with_verb(clause: str) -> bool:
    """"was built in 1990", "broke the rules": a clause that lost its subject opens with its verb, an auxiliary, a
    form in -ed or -s, or an irregular past; no words (a lone opening mark) open none."""
    words = clause.split(maxsplit=1)
    return GAP_VERB.match(clause) is not None or bool(words) and words[0] in frames().irregular_verbs


RELATIVE_BEFORE_PHRASE = EndAnchored.of(r"(?<![\p{L}])(?i:who|which)\s+\Z")


def _relative_before_phrase(text: str, sentence: Sentence, subject: tuple[Span, int]) -> tuple[Span, int]:
    """"which for most of the last decade supported …", "who at the meeting backed …": a phrase opened by
    a preposition right after a relative pronoun is no subject; the pronoun is."""
    span = subject[0]
    first = span.text.split(maxsplit=1)[0]
    prepositions = frames().prepositions
    if first.islower() and first in prepositions and approximator(span.text.split()) == 0:  # not "at least one skipper"
        relative = RELATIVE_BEFORE_PHRASE.search(text, max(sentence.start, span.start - 8), span.start)
    elif (before := word_before(text, sentence.start, span.start)) in prepositions:
        # "who in May opposed …": the walk stopped at the preposition, leaving the month
        relative = RELATIVE_BEFORE_PHRASE.search(text, max(sentence.start, span.start - 16),
                                                 text.rfind(before, sentence.start, span.start))
    else:
        return subject
    if relative is None:
        return subject
    pronoun = Span.of(text, relative.start(), relative.start() + len(relative.group().rstrip()))
    return pronoun, pronoun.start


def _possessor_after_preposition(text: str, subject: tuple[Span, int]) -> tuple[Span, int]:
    """A possessor read with a phrase before it that ends in a preposition is the possessor alone: "the board's" in
    "…, down 0.2 points from the board's last forecast"; not "The head of the council's" ("of" binds the head)."""
    span, start = subject
    if not span.text.endswith(("'s", "’s")):
        return subject
    prepositions = frames().prepositions - {"of"}
    words = list(WORD_START.finditer(span.text))
    last = next((word for word in reversed(words[:-1]) if word.group(1).lower() in prepositions), None)
    if last is None:
        return subject
    possessor = trimmed(text, span.start + last.end(1), span.end)
    return (possessor, possessor.start) if possessor is not None else subject


def _main_past_after_and(text: str, content: Span) -> regex.Match | None:
    """"visited the pier, which he said was old, and left": after a set-off relative, a comma, "and" and a past
    form or an auxiliary go on with the main clause."""
    f = frames()
    return next((joint for joint in MAIN_VERB_AND.finditer(text, content.start, content.end)
                 if joint.group("verb").endswith("ed") or joint.group("verb") in f.irregular_verbs
                 or joint.group("verb") in f.verbal_auxiliaries), None)


def _source_act_after_and(text: str, content: Span) -> int | None:
    """"said Dunne had shown no remorse and jailed him": a clause whose named subject opens it with "had", then
    "and", a past of ``sanction_verbs.txt`` and an object pronoun: the source's own act, done to the clause's
    subject; where the content ends."""
    if NAMED_PAST_PERFECT.match(text, content.start, content.end) is None:
        return None
    sanctions = load_words("sanction_verbs.txt", lower=True)
    return next((act.start() for act in SOURCE_ACT_AND.finditer(text, content.start, content.end)
                 if act.group("verb") in sanctions), None)


GAP_OPENING_CHARS = 200  # the noun phrase (and an opening phrase before it) that a relative's cue stands on


def _opens_with_speech_cue(words: str) -> bool:
    """The words open with a finite form of a cue of speech or writing ("said the toll …", "writes that …"): the
    verb of the sentence whose subject the relative before it describes, no clause that lost its subject."""
    first = words.split(maxsplit=1)[0].lower() if words.strip() else ""
    entry = cue_lexicon().forms.get(first) if first in cue_lexicon().finite_forms else None
    # not "went unnoticed": a cue only with its particle
    return (entry is not None and entry[1] in ("speech", "writing") and entry[0] not in cue_lexicon().phrasal_only
            and entry[0] not in frames().particle_required)


def _no_gap_filler(text: str, sentence: Sentence, source: Span) -> bool:
    """"Other shows did better", "The pier Ms Varga praised has been shut", "A plan approved Monday would raise
    the toll": a clause that lost its subject needs a noun or a relative word before its source ("the pier the
    council says is safe", "which Ms Varga says will pass"); when the source opens the sentence or its line
    nothing is missing, so the auxiliary after the cue opens the sentence's own verb."""
    if CLEFT_CONTRACTION.match(text, source.start, source.end) is not None:
        return False  # "It's a plan Ms Varga says could fail": the noun inside the read source is the filler
    before = WORD_OR_LINE_BREAK_BEFORE.search(text, sentence.start, source.start)
    return before is None or before.group() == "\n"


def _gap_before_main_verb(text: str, sentence: Sentence, head: Span, content: Span, *, set_off: bool = False,
                          own_verb: bool = True) -> Span:
    """"A ferry the operator says is late sank", "The toll which the council says is fair rose": the cue stands in
    a relative on the noun that opens the sentence (no verb nor punctuation before the relative's first word,
    ``head``, or before the comma that sets it off: "The toll, which the council says is fair, rose"), so the
    clause that lost its subject to that noun ends before the next verb, the sentence's own. Without ``own_verb``
    the content is a naming cue's predicate, which lost its object to the noun and ends before the first verb:
    "The striker the coach called a genius left"."""
    opening_end = text.rfind(",", sentence.start, head.start) if set_off else head.start
    # "In Lyme, a toll the council says is fair rose": the noun phrase may follow an opening phrase and its comma
    opening_start = text.rfind(",", max(sentence.start, opening_end - GAP_OPENING_CHARS), opening_end) + 1 \
        or sentence.start
    if opening_end - opening_start > GAP_OPENING_CHARS:
        return content  # no noun phrase opens the sentence so far before the relative
    opening = text[opening_start:opening_end].split()
    if (len(opening) < 2 or opening[0].lower() not in NOUN_DETERMINERS
            or SOURCE_BREAK.search(text, opening_start, opening_end)
            or has_verb_between(text, sentence.start, opening_end, s_forms=False)):
        return content
    groups = verb_groups(text, content.start, content.end, s_forms=False)[1 if own_verb else 0:]
    if not groups or not frames().boundaries.isdisjoint(text[content.start:groups[0]].lower().split()):
        return content  # "was shut when the storm hit": the second verb is a clause's of its own
    return before_verb(text, content, groups[0]) or content


# a short subject (a pronoun, or a determiner and up to three words) and a modal, or a form of "be" or "have" before
# no past form: "the ferry was late", "it would fail"; not "the charges were dropped", an object and the main verb
BARE_CLAUSE_OPENING = regex.compile(r"""
    (?:he|she|it|they|we|I|there|(?:the|a|an|this|that|these|those|his|her|its|their|our)(?:\s+[\p{Ll}\-'’]+){1,3}?)\s+
    (?:(?:would|will|could|can|should|might|may|must)\s+(?!have\s+been\b)\p{Ll}
      |(?:was|were|is|are|had|has|have)\s+(?!\p{Ll}+ed\b)(?=\p{Ll}))""", regex.VERBOSE)


def _bare_clause_then_main_verb(text: str, content: Span) -> bool:
    """"A skipper who claimed the ferry was late lost his case": after a cue that takes an object or a bare clause,
    in a relative on the subject, a short subject and its modal or "be" open the content's own clause, and the next
    run of verbs is the main one; one run only ("Skippers who admitted the charges were fined") is the main verb."""
    return BARE_CLAUSE_OPENING.match(content.text) is not None \
        and len(verb_groups(text, content.start, content.end, s_forms=False)) > 1


AS_ASIDE_OPENING = regex.compile(r",\s+as\s+$", regex.IGNORECASE)
AS_ASIDE_AFTER_CLAUSE = regex.compile(r"(?:,|\s[—―–-]{1,2})\s+as\s+$", regex.IGNORECASE)  # ", as" or "— as"
NEXT_LOWER_WORD_ANY = regex.compile(r"[\s“\"]*(\p{L}+)\s")  # the word opening a sentence: "If "
AS_ASIDE_NOT_OPENERS = frozenset({"as", "even", "despite"})  # no clause of their own before an aside
MAX_AS_ASIDE_SUBJECT_WORDS = 8
MAX_AS_ASIDE_SUBJECT_CHARS = 120
MAX_AS_ASIDE_CLAUSE_CHARS = 240  # a fronted clause before an "as" aside; longer is no opening clause


def _subject_before_as_aside(text: str, sentence: Sentence, subject_start: int) -> Span | None:
    """"The toll, as Ms Varga said, is unfair": the noun phrase that opens the sentence before an "as" aside,
    the subject of the words after the frame; not "On Monday, as Ms Varga said, …" (a fronted phrase),
    "However, as …" (an adverb) nor a clause ("The toll rose, as Ms Varga said, …")."""
    aside = AS_ASIDE_OPENING.search(text, max(sentence.start, subject_start - 6), subject_start)
    if aside is None:
        return None
    start = sentence.start
    for joint in CLAUSE_JOINT_BEFORE_AS.finditer(text, max(sentence.start, aside.start() - MAX_AS_ASIDE_SUBJECT_CHARS),
                                                 aside.start()):
        start = joint.end()  # "Contracts have clauses, and this one, as Ms Lenz said, allows …": the second clause's
    if start > sentence.start and not has_verb_between(text, sentence.start, start):
        return None  # "The toll and, as Ms Varga said, …": no clause before the joint
    if aside.start() - start > MAX_AS_ASIDE_SUBJECT_CHARS:
        return None  # eight words or so at most: a longer opening is no bare subject, and is never read
    lead = trimmed(text, start, aside.start())
    if lead is None:
        return None
    words = lead.text.split()
    if (len(words) > MAX_AS_ASIDE_SUBJECT_WORDS or SOURCE_BREAK.search(lead.text)
            or words[0].lower() in frames().prepositions or words[0].lower() in frames().boundaries
            or all(word.lower() in frames().sentence_adverbs or word.lower().endswith("ly") for word in words)
            or has_verb_between(text, lead.start, lead.end, s_forms=False)):
        return None
    return lead


CLAUSE_JOINT_BEFORE_AS = regex.compile(r"(?:;|,\s+(?:and|but|yet))\s+")  # a second clause opening before the subject


# adjectives that head a noun phrase only after a determiner: opening the sentence alone they are no name
OPENING_PLURAL_ADJECTIVES = load_words("opening_plural_adjectives.txt", lower=True)
# "He was suspected of theft, and accused by …": the subject and its passive opening the sentence, then "and"
OPENING_PASSIVE = regex.compile(r"\s*(?:\p{Lu}[\p{L}\-'’.]*)(?:\s+\p{Lu}[\p{L}\-'’.]*){0,3}(?P<chain>\s+(?:was|were))\s+\p{Ll}+ed\b")
PASSIVE_AFTER_AND = regex.compile(r",?\s+and\s+$")
QUOTATION_AS_ASIDE = regex.compile(r"\s+as\s+$", regex.IGNORECASE)  # "“The toll,” as Ms Varga put it, …"


def _quotation_before_as_aside(text: str, sentence: Sentence, subject_start: int, quote_map: QuoteMap) -> Span | None:
    """"“The toll,” as Ms Varga put it, “is unfair.”": a quotation that opens the sentence and closes on its comma
    right before an "as" aside is the first piece of the words the aside frames; not "“The toll” as a word …"."""
    quoted = quote_map.starting_at(sentence.start)
    if quoted is None or not quoted.closed or not quoted.inner.text.rstrip().endswith(","):
        return None
    aside = QUOTATION_AS_ASIDE.match(text, quoted.end, subject_start)
    return quoted.inner if aside is not None and aside.end() == subject_start else None


def _clause_before_as_aside(text: str, sentence: Sentence, subject_start: int) -> Span | None:
    """"If the toll rises, as skippers fear, the ferry will stop": an "as" aside right after a fronted subordinate
    clause reports that clause, without its subordinator ("the toll rises"); not "While the toll rose, as
    Ms Varga said, …" when nothing but a subordinator and a word comes before the aside."""
    aside = AS_ASIDE_AFTER_CLAUSE.search(text, max(sentence.start, subject_start - 6), subject_start)
    if aside is None or aside.start() - sentence.start > MAX_AS_ASIDE_CLAUSE_CHARS:
        return None
    opener = NEXT_LOWER_WORD_ANY.match(text, sentence.start, aside.start())
    if opener is None or opener.group(1).lower() not in frames().subordinators - AS_ASIDE_NOT_OPENERS:
        return None
    clause = trimmed(text, opener.end(), aside.start())
    if clause is None or len(clause.text.split()) < 3:
        return None
    if opener.group(1).lower() in frames().prepositions and not has_verb_between(text, clause.start, clause.end):
        return None  # "After the vote on the toll, as Ms Varga said, …": a phrase, no clause
    return clause


# the sentence opens with a name or a singular pronoun: "Mr Reyl ", "She "
OPENING_NAME_OR_PRONOUN = regex.compile(r"\s*(?:(?:He|She)\s+|(\p{Lu}[\p{L}.’'\-]*)\s+(?:\p{Lu}[\p{L}.’'\-]*\s+){0,3})")


# a name or a singular pronoun opening the sentence, its verb in -s, and that verb's words up to "and" or "but"
OPENING_VERB_IN_S = regex.compile(r"\s*(?:(?:He|She)|\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3})"
                                r"\s+(?P<verb>\p{Ll}+s)\s+[^,;:“”\"()]*?[\p{L}\p{N}],?\s+(?:and|but)\s*")


SECOND_VERB_REACH = 120  # characters from the sentence's start to the joint: a short first clause, read once


def _second_verb_in_s(text: str, sentence: Sentence, previous: regex.Match | None) -> bool:
    """"Ms Varga likes Mr Reyl, but claims the toll is a tax": after "and" or "but" a cue word in -s goes with the verb
    in -s that follows the name or pronoun opening the sentence, a second verb of that subject; not "The council
    handles complaints and claims" (no name), nor "Ms Varga reads letters and calls" (a plural noun before the joint)."""
    if (previous is None or previous.group(1).lower() not in ("and", "but")
            or previous.end(1) - sentence.start > SECOND_VERB_REACH):
        return False
    before = OPENING_VERB_IN_S.fullmatch(text, sentence.start, previous.end(1))
    if before is None or not in_s_form(before.group("verb")):
        return False
    last = WORD.findall(text, before.end("verb"), previous.start(1))
    return bool(last) and not (last[-1].islower() and last[-1].endswith("s"))


# a capitalised word right after a quotation's closing mark, before a tag's cue: '“…,” My (added)'
TAG_GIVEN_NAME = EndAnchored.of(r"[”\"’]\s+(?P<given>\p{Lu}\p{Ll}+)\s+\Z")
NAMED_IN_FULL_REACH = 3000  # characters before the tag read for the given name named in full


def _given_name_in_tag(text: str, sentence: Sentence, chain_start: int) -> bool:
    """'“The county should pay,” My Tran said. “It did in 1990,” My added.': a possessive that is also a given
    name, alone in a tag right after a quotation's closing mark, is the person of that given name named in full
    (the given name and a capitalised word) earlier in the text; not '“…,” My added' with no My named before."""
    tag = TAG_GIVEN_NAME.search(text, max(sentence.start, chain_start - 20), chain_start)
    if tag is None or not is_given_name(tag.group("given")):
        return False
    named = regex.compile(r"(?<![\p{L}])" + regex.escape(tag.group("given")) + r"\s+\p{Lu}\p{Ll}")
    return named.search(text, max(0, tag.start() - NAMED_IN_FULL_REACH), tag.start()) is not None


PLURAL_SUBJECT_WORDS = frozenset({"they", "we"})  # pronouns of a plural subject opening the sentence


def _second_base_verb(text: str, sentence: Sentence, previous: regex.Match | None) -> bool:
    """"Skippers accept the toll but say the pier is unsafe": after "but" or "yet" a cue's base form is a second verb
    of the plural subject opening the sentence, "they" or a plural noun for people (a role's, a body's or a group's:
    `sources.described_subject`); not after a pronoun of things ("They had nothing but praise for the board": a
    noun), nor after a singular subject or "Those numbers" ("… but offer a window into …")."""
    if previous is None or previous.group(1).lower() not in ("but", "yet"):
        return False
    joint = end_before(text, sentence.start, previous.start(1), " \t\u00a0")
    joint -= text.startswith(",", joint - 1) and joint > sentence.start  # ", but say": the word before the comma
    before = word_before(text, sentence.start, joint).lower()
    if not before.isalpha() or before in load_words("thing_pronouns.txt", lower=True) or before == "all":
        return False
    subject = sentence_subject(text, sentence.start, previous.start(1))
    if subject is None or subject.end >= previous.start(1):
        return False
    head = subject.text.split()[-1]
    return head.lower() in PLURAL_SUBJECT_WORDS or PLURAL_HEAD.fullmatch(head) is not None and (
        head.islower() or subject.start == sentence.start and len(subject.text.split()) == 1) and described_subject(
        subject.text)  # "Skippers", "The skippers", "Local officials"; not "Those numbers"


def _verb_in_s_before(text: str, sentence: Sentence, previous: regex.Match | None) -> bool:
    """"Mr Reyl cracks jokes", "She makes claims": a lower-case word in -s between a name or a singular pronoun
    opening the sentence and a cue word in -s is a verb in agreement with them, the cue word a plural noun; not
    "The news shows", "a survey of Lyme skippers shows". So is a past form after a name, a subject pronoun or a
    determiner and a noun: "Mr Reyl dismissed claims the pier was unsafe", "The council rejected claims …"."""
    if previous is None or not previous.group(1).isalpha() or not previous.group(1).islower():
        return False
    word = previous.group(1)
    if looks_past(word) and word not in frames().auxiliaries:
        return OPENING_SUBJECT_BEFORE_PAST.fullmatch(text, sentence.start, previous.start(1)) is not None
    if not in_s_form(word):  # "Mr Reyl always says …"
        return False
    subject = OPENING_NAME_OR_PRONOUN.fullmatch(text, sentence.start, previous.start(1))
    # "He"/"She" leave the name's group empty: a pronoun is always a subject
    return subject is not None and (subject.group(1) is None or subject.group(1).lower() not in NOUN_DETERMINERS)


def _names_what(word: str) -> bool:
    """The word before "what" makes it a thing named, not a question: a form of "be" ("That is what she said",
    "That’s what he wrote") or a preposition ("clashed with what she told them"); not a verb ("asked what she said",
    "if you hear what he said")."""
    return word in frames().be_forms or word.endswith(("’s", "'s")) or word in frames().prepositions


SUBJECT_END_DETERMINERS = load_words("source_determiners.txt", lower=True)  # "another", "one", "the"


def _ends_in_determiner(subject: Span) -> bool:
    """"(…, who) works for another (brand)": words ending in a determiner are no subject of a relative clause, and
    the cue after them is a noun; not "some" alone ("which some oppose")."""
    words = subject.text.lower().split()
    return len(words) > 1 and words[-1] in SUBJECT_END_DETERMINERS


def _relative_object(text: str, sentence: Sentence, subject: tuple[Span, int] | None) -> Span | None:
    """"which he describes as …", "what she called …": the relative pronoun right before the cue's subject."""
    if subject is None:
        return None
    relative = RELATIVE_OBJECT.search(text, max(sentence.start, subject[1] - 8), subject[1])
    if relative is not None and _ends_in_determiner(subject[0]):
        return None
    return Span.of(text, *relative.span("pronoun")) if relative is not None else None


def _that_object(text: str, sentence: Sentence, subject: tuple[Span, int] | None) -> Span | None:
    """"the war that many analysts blame": a "that" right before the cue's subject, after a word that may end a
    noun, so the relative pronoun is the cue's object; not "said that", a verb's "that"."""
    if subject is None:
        return None
    relative = THAT_OBJECT.search(text, max(sentence.start, subject[1] - 30), subject[1])
    if relative is None or not no_verb_form(relative.group("head")):
        return None
    return Span.of(text, *relative.span("pronoun"))


def _set_off_object_relative(text: str, sentence: Sentence, subject: tuple[Span, int] | None) -> bool:
    """The cue's subject follows a comma and a relative pronoun that is the cue's object: "The plan, (which) Ms
    Varga wants to pass, …"."""
    pronoun = _relative_object(text, sentence, subject)
    return pronoun is not None and last_char_before(text, sentence.start, pronoun.start) == ","


def _small_clause(text: str, position: int, sentence: Sentence) -> bool:
    """A bare noun phrase or adjective after a passive: "is considered a landmark", "were deemed invalid"; not
    "was considered for the post", "is considered to be", "was deemed that …"."""
    word = NEXT_LOWER_WORD.match(text, position, near(position, sentence.end))
    if word is None:
        return bool(SMALL_CLAUSE_QUOTED.match(text, position))  # "are considered “homicide detectives”"
    f = frames()
    return word.group(1) not in f.prepositions and word.group(1) not in SMALL_CLAUSE_STOPS


def _bare_predicate(text: str, position: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """"which Mr Reyl called “a disgrace,” blaming …": the predicate up to the clause's comma."""
    bare = BARE_PREDICATE.match(text, position, near(position, sentence.end))
    return clause_from(text, bare.end(), sentence, quote_map, stop=CLAUSE_COMMA) if bare is not None else None


def _name_ends_at_quote(text: str, predicate: Span, quote_map: QuoteMap) -> Span:
    """"what Mr Reyl called “the pier game” in his book": a name in quotation marks, after at most a
    determiner, ends the predicate when a preposition (not "of"), "and", "but" or a verb (not in -s)
    follows it; "the “fraudulent” vote", "“psychographic” profiles" go on."""
    lead = NAME_LEAD.match(text, predicate.start, predicate.end)
    quoted = quote_map.starting_at(lead.end()) if lead is not None else None
    if quoted is None or quoted.end >= predicate.end:
        return predicate
    following = NEXT_LOWER_WORD.match(text, quoted.end, predicate.end)
    if following is None:
        return predicate
    word = following.group(1)
    f = frames()
    if word != "of" and (word in f.prepositions or word in ("and", "but") or word in f.verbal_auxiliaries
                         or looks_past(word)):
        return Span.of(text, predicate.start, quoted.end)
    return predicate


def _past_counted_head(words: list[str]) -> list[str]:
    """The words of a subject after a noun of `counted_heads.txt` and its "of" among its first three words: "A number
    of skippers" -> "skippers"; the words as they are otherwise."""
    for index, word in enumerate(words[:3]):
        if word.lower() in load_words("counted_heads.txt", lower=True) and index + 2 < len(words) \
                and words[index + 1].lower() == "of":
            return words[index + 2:]
    return words


def _found_thing(content: str) -> bool:
    """"a new sponsor to replace it", "comfort in the vote": the object of "find" is a noun of
    found_objects.txt after at most three modifiers; not "found skippers want work", "found he had no way", "found
    the keys were gone".
    A pronoun with nothing after it but a place or time of found_places.txt ("found it somewhere else"), or
    such a word alone ("the letter she had found online"), is something come upon too."""
    f = frames()
    words = [word.strip(",.;:").lower() for word in content.split()[:2]]
    if words and words[0] in f.found_places:
        return True
    if words and (words[0] in OBJECT_PRONOUNS or words[0] == "it") and (len(words) == 1 or words[1] in f.found_places):
        return True
    return _listed_object(content.split(), f.found_objects)


def _shown_thing(content: str) -> bool:
    """"Forn a yellow card", "him a letter from the council": after a person, the object of "show" is a thing
    handed over to be seen, a noun of shown_objects.txt after its determiner and at most three modifiers; not
    "Ms Varga a clear winner", "voters the toll was unfair"."""
    words = content.split()
    person = 1 if words and words[0].lower() in OBJECT_PRONOUNS else 0
    while person < min(len(words), 3) and NAME_WORD.fullmatch(words[person]):
        person += 1  # "Forn", "Ms Varga"
    return 0 < person < len(words) and _shown_object(words[person:])


def _shown_object(words: list[str]) -> bool:
    """"a yellow card", "the letter from the council": a determiner, then a noun of shown_objects.txt after at most
    three modifiers."""
    return (bool(words) and words[0].lower() in load_words("source_determiners.txt", lower=True)
            and _listed_object(words[1:], load_words("shown_objects.txt", lower=True)))


def _seen_then(text: str, cue: Span, sentence: Sentence) -> bool:
    """"when she saw", "When Mr Reyl saw": a word of seeing_moments.txt before a subject of one or two words;
    "Those who saw the crash": "saw" right after a relative of seeing_relatives.txt with no comma before it."""
    before = text[max(sentence.start, cue.start - 30):cue.start].lower().split()
    if (cue.text.lower() == "saw" and len(before) > 1 and before[-1] in load_words("seeing_relatives.txt", lower=True)
            and not before[-2].endswith(",")):
        return True
    moments = load_words("seeing_moments.txt", lower=True)
    return any(word in moments for word in before[-3:-1])


def _let_in(content: str) -> bool:
    """"40 pupils", "Syrian refugees": the object of "admit" is people let in when a noun of admitted_entrants.txt
    comes among its first four words; not "two counts of fraud", "the charge", nor a noun that an auxiliary follows,
    the subject of a clause conceded ("his players had been too slow")."""
    entrants = load_words("admitted_entrants.txt", lower=True)
    auxiliaries = frames().verbal_auxiliaries
    words = [word.strip(",.;:").lower() for word in content.split()[:5]]
    return any(word in entrants and not (index + 1 < len(words) and words[index + 1] in auxiliaries)
               for index, word in enumerate(words[:4]))


MONEY = regex.compile(r"[$£€]\s?\d|\d[\d,.]*\s+(?:pounds|dollars|euros)\b")


def _words_end(text: str, span: Span, count: int) -> int:
    """Where the first ``count`` words of the span end: "80,000 pounds in fuel grants" of a longer object."""
    words = WORD.finditer(text, span.start, span.end)
    end = span.start
    for _, word in zip(range(count), words):
        end = word.end()
    return end


def _claimed_thing(content: str) -> bool:
    """"three lives", "the title", "80,000 pounds in grants": the object of "claim" is taken, not said, when a noun
    of claimed_things.txt comes among its first four words or it opens with an amount of money."""
    things = load_words("claimed_things.txt", lower=True)
    return MONEY.match(content) is not None or any(word.strip(",.;:").lower() in things for word in content.split()[:4])


GOODS_CUES = frozenset({"offer", "accept"})  # cues whose object may be goods handed over instead of words


def _offered_goods(content: str) -> bool:
    """"a discount to the skippers", "the skippers free copies", "$500": the object of "offer" or "accept", after
    a listener (an object pronoun, a name, a lower-case plural after at most "the") or none, is goods, money or a
    service, a noun or modifier of offered_goods.txt after at most three modifiers, or an amount of money; not "an
    apology", "no explanation"."""
    words = content.split()[:8]  # a listener of up to four words, then the object's first four
    listener = 1 if words and words[0] == "the" else 0  # "the skippers"
    if listener < len(words) and (words[listener].lower() in OBJECT_PRONOUNS
                                  or words[listener].islower() and words[listener].endswith("s")):
        listener += 1
    elif listener:
        listener = 0
    while listener < min(len(words), 3) and NAME_WORD.fullmatch(words[listener]):
        listener += 1  # "Ms Varga", "Tom Reyl"
    goods = load_words("offered_goods.txt", lower=True)
    return any(MONEY.match(" ".join(object_words)) is not None or _listed_object(object_words, goods)
               for object_words in (words, words[listener:]))


# ", citing her health, and that …": a participle's phrase of up to 80 characters, then a second "that" clause
PARTICIPLE_THEN_THAT = regex.compile(r",\s+\p{Ll}+ing\b[^,;:“”\"()]{1,80},\s+(?:and|but)\s+that\s+")


def _that_after_participle(text: str, position: int, content: Span, sentence: Sentence,
                           quote_map: QuoteMap) -> Span | None:
    """The second "that" clause of a cue's report after a participle's phrase that ends the first: "said that she
    would quit, citing her health, and that the council needed new blood" -> "the council needed new blood"."""
    if not THAT.match(text, position, content.start):
        return None
    after = PARTICIPLE_THEN_THAT.match(text, content.end, near(content.end, sentence.end))
    if after is None or quote_map.around(after.start()) is not None:
        return None
    return clause_from(text, after.end(), sentence, quote_map)


def _participle_before_verb(text: str, match: regex.Match, content: Span) -> bool:
    """"Figures published on Friday show that fares rose", "Video posted online shows …": a participle of
    document_participles.txt, then an adverbial (one skipped before its object, or a word of placed_adverbs.txt), then
    a report's own verb (a finite form or the base form of a cue of speech, writing or evidence), describes the
    subject of that verb; not "posted reports that …", with no adverbial between."""
    if match.group().lower() not in load_words("document_participles.txt", lower=True):
        return False
    words = content.text.split(maxsplit=2)
    if not text[match.end():content.start].strip():  # no adverbial skipped: "posted reports that …" is a verb's
        if len(words) < 2 or words[0].lower() not in load_words("placed_adverbs.txt", lower=True):
            return False
        words = words[1:]  # "Video posted online shows …"
    first = words[0].lower()
    entry = cue_lexicon().lookup(first)
    return (entry is not None and entry[1] in ("speech", "writing", "evidence")
            and (first in cue_lexicon().finite_forms or first == entry[0]))


def _enacted_object(text: str, match: regex.Match, position: int, sentence: Sentence) -> bool:
    """Whether a past or -s form of a verb of `cues_object_enacted.txt` takes as its object a law, motion or
    pact of `enacted_documents.txt`, after at most four modifiers with no preposition among them: "signed a bill",
    "passed its own religious-freedom law", "passed laws barring …"; not "refused to sign the bill", "the signed
    pact", "passed the law school", "passed through the law courts". A verb of `cues_object_proposed.txt` takes it
    only with what the law would do after it: "introduced a bill that would cap fares", not "sponsored the act"."""
    form = match.group().lower()
    if form == (cue_lexicon().lookup(form) or (form,))[0] or form.endswith("ing") \
            or word_before(text, sentence.start, match.start()).lower() in NOUN_DETERMINERS | {"to", "not", "never"}:
        return False
    words: list[str] = []
    word_ends: list[int] = []
    at = position
    while len(words) < 6 and (word := ENACTED_WORDS.match(text, at, near(at, sentence.end))) is not None:
        words.append(word.group(1))
        word_ends.append(word.end())
        at = word.end()
        if word.group(1)[-1:] in ",.":
            break
    f = frames()
    for k, word in enumerate(words[:5]):
        bare = word.rstrip(",.").lower()
        if bare in ENACTED_DOCUMENTS:
            break
        if bare in f.prepositions or bare in f.be_forms or bare in f.verbal_auxiliaries or word[-1:] in ",.":
            return False  # "passed through the law courts", "passed as the law stood"
    else:
        return False
    if k == 0 and not bare.endswith("s") and bare != "legislation":
        return False  # "signed bill": a modifier, no object
    after = words[k + 1] if k + 1 < len(words) and words[k][-1:] not in ",." else ""
    if after[:1].isalpha() and after.islower() and after.rstrip(",.") not in ENACTED_FOLLOWERS and not after.rstrip(
            ",.").endswith(("ing", "ed", "ly")):
        return False  # "passed the law school", "signed the order form": the noun modifies another
    said = words[k + 2] if after.lower() in ("that", "which") and k + 2 < len(words) else after
    if said[:1].islower() and (entry := cue_lexicon().lookup(said.rstrip(",."))) is not None \
            and entry[0] not in cue_lexicon().phrasal_only:  # not "a bill that raised the toll"
        return False  # "passed a resolution calling for a new pier": the resolution's own words report
    if (cue_lexicon().lookup(form) or ("",))[0] in PROPOSING_CUES:
        # "introduced a bill last week that would cap fares": what the law would do follows it; not "sponsored
        # the act.", "introduced the toll bill in May"
        described = None if words[k][-1:] in ",." else LAW_DESCRIBED.match(text, word_ends[k],
                                                                           near(word_ends[k], sentence.end))
        if described is None:
            return False
        word = described.group("word")
        if described.group("joint") == "to" and (LISTENERS_AFTER_OBJECT.match(text, word_ends[k]) is not None
                                                 or BODY_LISTENERS.match(text, word_ends[k]) is not None):
            return False  # "introduced a bill to committee members": whom it went to, nothing it would do
        # "a bill to fund the lifeboat"; not "a bill to the council", "a bill to skippers": "to" and a verb
        return described.group("joint") != "to" or (word not in frames().noun_markers and not (
            word.endswith("s") and not word.endswith(("ss", "us"))))
    return True


def _listed_object(words: list[str], nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` heads the object ``words``, after at most three lower-case modifiers (a possessive
    of `possessive_determiners.txt` may open them), with no verb right after it: "a job in the port", "the keys to
    the stadium", "its first annual loss"; not "the job was gone"."""
    f = frames()
    for position, word in enumerate(words[:4]):
        lower = word.strip(",.;:").lower()
        if lower in nouns:  # not "found the job was gone": a verb after it makes it a clause's subject
            following = words[position + 1].lower() if position + 1 < len(words) else ""
            return following not in f.be_forms and following not in f.verbal_auxiliaries
        if position == 0 and lower in load_words("possessive_determiners.txt", lower=True):
            continue  # "posted its first loss", "ordered their new ferries"
        if (not word.islower() or lower.endswith(("s", "ed")) or lower in f.pronouns or lower in f.prepositions
                or lower in f.be_forms or lower in f.verbal_auxiliaries or lower in f.irregular_verbs
                or lower in cue_lexicon().forms):
            return False
    return False


def _listed_noun(word: str, nouns: frozenset[str]) -> bool:
    """The lower-case word is one of the nouns or its plural in -s: "rally", "conventions"."""
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


@functools.lru_cache(maxsize=256)  # asked again for each cue of the sentence
def _first_progressive(text: str, sentence: Sentence) -> int:
    """Where the sentence's first progressive ("was touring") ends (its end when it has none), found once per
    sentence, so "was there a progressive before this "and"" does not read from the sentence's start."""
    found = PROGRESSIVE.search(text, sentence.start, sentence.end)
    return sentence.end if found is None else found.end()


@functools.lru_cache(maxsize=256)  # asked again for each cue of the sentence
def _first_relative_word(text: str, sentence: Sentence) -> int:
    """Where the sentence's first "who", "which" or "that" ends (its end when it has none), found once per
    sentence, so "is there a relative pronoun before this cue" does not read from the sentence's start."""
    found = RELATIVE_WORD.search(text, sentence.start, sentence.end)
    return sentence.end if found is None else found.end()


def _singular_noun_phrase(text: str, sentence: Sentence, chain_start: int, noun_ambiguous: bool) -> bool:
    """"a fresh harbour", "the stubborn" before "rule", "view": a singular determiner and lower-case modifiers with
    no plural, collective, counted or joined word among them, which a base form cannot follow as its verb. A
    cue that is seldom a noun must follow a phrase that is a verb's object or complement ("lacked the rowdy
    feel"). After a relative pronoun ("those who won the seat acknowledge …") the phrase may end a relative
    clause inside the subject, and the base form be the subject's verb."""
    lead = SINGULAR_DETERMINED.search(text, max(sentence.start, chain_start - 50), chain_start)
    if lead is None:
        return False
    f = frames()
    before = (lead.group("before") or "").lower()
    if before in f.prepositions or before in ("and", "or") or _first_relative_word(text, sentence) <= lead.start():
        return False  # "on the situation say", "Isabelle and a client take", "those who won the seat say"
    if before == "of" and plural_subject(text, sentence, chain_start):
        return False  # "Critics of the toll point out …": the phrase ends the plural subject, the base form is its verb
    if not noun_ambiguous and not (before in f.be_forms or before in f.verbal_auxiliaries
                                   or looks_past(before)):
        return False
    return not any(word.endswith("s") or word in f.collective_nouns or word in f.plural_subjects
                   or word in f.quantifiers or word in f.pronouns or word in f.prepositions
                   or looks_past(word)
                   for word in lead.group("modifiers").split())


PLACE_RESULT_CUES = load_words("cues_place_results.txt", lower=True)
REGION_NAMES = load_words("region_names.txt")
PLACE_PARTS = regex.compile(r",\s*(?:and\s+)?|\s+and\s+")
PLACE_COUNT = regex.compile(r"(?:the\s+)?(?:\w+\s+)?(?:states|counties)|\p{Lu}\p{L}+\s+County", regex.IGNORECASE)


def _place_source(source: str) -> bool:
    """"Maine", "Maine and Vermont", "Lyme County", "the three states": a source that is only places (regions of
    region_names.txt, a county, a count of states), whose votes are a tally and whose offers are its assets."""
    if PLACE_COUNT.fullmatch(source) is not None:
        return True
    parts = [part for part in PLACE_PARTS.split(source) if part]
    return bool(parts) and all(part in REGION_NAMES for part in parts)


RAISING_CUES = load_words("cues_raising_to.txt", lower=True)
RAISING_SUBJECTS = load_words("raising_subjects.txt", lower=True)
TO_OPENING = regex.compile(r"to\s", regex.IGNORECASE)


def _event_forecast(text: str, lemma: str, source: Span, content: Span) -> bool:
    """"The storm threatened to sink the ferry", "The debate promised to run late": *promise* or
    *threaten* before `to` whose source's head is an event, a time or a place (raising_subjects.txt or
    seeing_settings.txt) tells what may happen, not what anyone pledged ("Ms Varga promised to be there" still
    reports)."""
    if lemma not in RAISING_CUES or TO_OPENING.match(text, content.start, content.end) is None:
        return False
    head = _subject_head(source.text)
    return head in RAISING_SUBJECTS or _setting_head(head)


def _no_speaker(text: str, lemma: str, source: Span, content: Span) -> bool:
    """A source that says nothing with this cue: places whose votes or support are a tally ("Maine voted for
    Mr Reyl"), or an event whose "promise" or "threat" is a forecast ("The storm threatened to sink the ferry")."""
    return lemma in PLACE_RESULT_CUES and _place_source(source.text) or _event_forecast(text, lemma, source, content)


def _subject_head(subject: str) -> str:
    """The last word of ``subject`` before any preposition, lower-cased: "year" in "a stormy year of floods"."""
    prepositions = frames().prepositions
    head = ""
    for word in subject.split():
        lower = word.strip(",.;:").lower()
        if lower in prepositions:
            break
        head = lower
    return head


def _setting_head(head: str) -> bool:
    """A time, place or event of seeing_settings.txt, or a year."""
    return head in frames().seeing_settings or (len(head) == 4 and head.isdigit())


def _setting_subject(subject: str) -> bool:
    """"The district", "a stormy year", "2015": a subject whose head, the last word before any
    preposition, is a time, place or event of seeing_settings.txt or a year."""
    return _setting_head(_subject_head(subject))


def _tagged_speaker(text: str, sentence: Sentence, pronoun: Span, quote_map: QuoteMap) -> bool:
    """"“The pier is safe,” said Mr Reyl, a skipper who …" and "“…,” Mr Reyl, who …": the relative pronoun
    hangs on the speaker named in the tag of a quotation closed earlier in the sentence."""
    quoted = quote_map.closed_before(pronoun.start)
    if quoted is None or quoted.end < sentence.start or pronoun.start - quoted.end > TAG_REACH:
        return False
    tag = TAG_LEAD.match(text, quoted.end, pronoun.start)
    if tag is None:
        return False
    return tag.group("name") is not None or cue_lexicon().lookup(tag.group("verb")) is not None


def _audience(content: str) -> bool:
    """"the harbour convention", "a Wednesday night rally", "attendees of the gala": a gathering or its listeners
    of audience_nouns.txt among the first five words, before a possessive or a preposition; not "the convention's
    rules", "the mayor's rally"."""
    f = frames()
    for word in content.split()[:5]:
        lower = word.strip(",.;:").lower()
        if _listed_noun(lower, f.audience_nouns):
            return True
        if lower.endswith(("'s", "’s", "s'", "s’")) or lower in f.prepositions:
            return False
    return False


CONTEST_TAIL = regex.compile(r"\s+(?:for|in)\s.*\Z", regex.DOTALL)  # "… for the harbour seat", "… in the port"
PEOPLE_AND = regex.compile(r"\s+and\s+")  # "Ms Varga and Mr Reyl"


def _contest_rival(content: str) -> bool:
    """"Mr Reyl", "her", "Ms Varga and Mr Reyl for the seat": only people, perhaps before a "for" or "in" phrase."""
    people = CONTEST_TAIL.sub("", content)
    if TO_WORD.search(people):
        return False  # "Challenging Her Rival To A Race": a headline's dare
    return all(person and _only_a_name(person) for person in PEOPLE_AND.split(people))


# words after a written work that say what it says: "a letter urging …", "a story about …", "a book that …"
FILLER_REACH = 16  # characters either side of a cue that a filler phrase may take ("goes without saying")
# a work's name in its marks right after the noun, and a stop or comma that ends the object: "“The Last Ferry,” in"
WORK_TITLE = regex.compile(r"[“\"]" + NAME_WORDS + r"(?P<stop>[,.]?)[”\"](?P<after>[,.;]?)(?=\s|\Z)")
WORK_CONTENT = regex.compile(r"(?:about|on|that|which|who|whose|where|calling|called|titled|entitled|saying)\b"
                             r"|\p{Ll}+ing\b|[“\"‘:]|''", regex.IGNORECASE)


DOCUMENT_REACH = 6  # words of a document's noun phrase, its place included, before its participle: "a message on Facebook"


def _document_then_saying(content: str) -> bool:
    """"a video saying the toll would be cut", "a message on Facebook claiming …": the object is a noun phrase
    holding a document of `authored_documents.txt`, with no verb, right before a cue's -ing form, which says what
    the document says; not "a video of the pier", "a letter the council sent saying …" (a verb of its own)."""
    f = frames()
    words = [word.strip(",.;:").lower() for word in content.split()[:DOCUMENT_REACH + 1]]
    for number, word in enumerate(words[1:], 1):
        if word.endswith("ing") and cue_lexicon().lookup(word) is not None:
            before = words[:number]
            return any(w in f.authored_documents for w in before) and not any(
                w in f.irregular_verbs or w in f.verbal_auxiliaries or (w.endswith("ed") and w not in f.authored_documents)
                for w in before)
    return False


def _bare_work(content: str) -> bool:
    """"a children's book", "a column in the Gazette", "messages on Facebook": the object is a work of
    written_works.txt after at most three modifiers, and nothing after it says what the work says."""
    f = frames()
    words = content.split()
    for number, word in enumerate(words[:4]):
        lower = word.strip(",.;:").lower()
        if lower == "following":
            return False  # "posted the following video": what it shows comes next
        if _listed_noun(lower, f.written_works):
            rest = " ".join(words[number + 1:])
            if (title := WORK_TITLE.match(rest)) is not None:
                # "the memoir “The Last Ferry”": the work's name, not what it says; a stop or comma ends the object
                if title.group("stop") or title.group("after") or not rest[title.end():].strip():
                    return True
                rest = rest[title.end():]
            return WORK_CONTENT.search(rest) is None
    return False


# a work's name in its marks: two or more capitalised words, perhaps a comma or stop inside the marks
WORK_NAME = regex.compile(NAME_WORDS + r"[,.]?\Z")
OBJECT_CLOSE = regex.compile(r"[,;:]")
PERFORMING_VERBS = "performing_verbs.txt"  # "sang “Harbour Lights”": a song's name, not words said


def _names_a_work(text: str, content: Span, quote_map: QuoteMap) -> bool:
    """"wrote “The Last Ferry” in 2015", "sang “Harbour Lights” at the opening": the object of a writing or
    performing cue is a quotation of two or more capitalised words with no verb and no pronoun, and no verb follows
    it before a comma, so it is the work's name; not "wrote “We will never give up”", "tweeted “Shame On You.”",
    "wrote “Harbour Hour” was unfair"."""
    quoted = quote_map.starting_at(content.start) or quote_map.around(content.start)
    if quoted is None or not quoted.closed or quoted.inner.start < content.start:
        return False
    name = quoted.inner.text.strip()
    words = name.split()
    if WORK_NAME.match(name) is None or sum(word[:1].isupper() for word in words) < 2 or has_verb(name):
        return False  # "wrote “The Pier Is Ours”": a title-case sentence is still words written
    if any(word.strip(",.").lower() in frames().pronouns for word in words):
        return False  # "tweeted “Shame On You.”": words addressed to someone
    # up to a comma that closes the object: "who wrote “The Last Ferry” in 2015, said …"
    return not has_verb(OBJECT_CLOSE.split(text[quoted.end:max(quoted.end, content.end)], maxsplit=1)[0])


def _describes_a_noun(text: str, position: int, end: int) -> bool:
    """"made clear progress on the pier", "made it clear enough to sail": the adjective goes with the next
    word; not "made clear his plan", "made it clear they would vote", "made clear to Ms Varga that …"."""
    word = NEXT_WORD.match(text, position, near(position, end))
    if word is None or not word.group(1).islower():
        return False
    lower = word.group(1)
    f = frames()
    return not (lower in f.pronouns or lower in f.prepositions or lower in f.question_words
                or lower in load_words("source_determiners.txt", lower=True))


PARTICIPLE_AFTER_NOUN = regex.compile(r"\s+(\p{Ll}+ing)\b")  # "a statement backing …"


def _light_noun(text: str, match: regex.Match, joined: regex.Match, lemma: str) -> Span | None:
    """The light verb's noun phrase when no topic follows it: "made those comments" (then "in an interview",
    "after the vote", or nothing) -> "those comments"; not "made comments about the pier", "made the case that"."""
    f = frames()
    words, end = _light_noun_words(joined, lemma)
    if end == joined.end() and (_ends_in_preposition(joined.group()) or THAT.match(text, end, near(end, len(text)))):
        return None
    if not words or words[-1].lower() not in f.light_nouns.get(lemma, frozenset()):
        return None  # "made clear", "went on": a particle, no noun
    if len(words) > 1 and words[-2].lower() == "no":
        return None  # "made no secret.": nothing was said
    if lemma == "give" and not _given_said_noun(words[-1].lower()):
        return None  # "gave an account", "gave a hint": only an answer or a warning given is what was said
    if len(words) > 1 and words[-2].lower() == "following":
        return None  # "made the following comment:": it points to the words given after it
    if COLON_THEN_WORDS.match(text, end, near(end, len(text))):
        return None  # "made a promise: the toll would not rise": so does a colon after the noun
    if ((participle := PARTICIPLE_AFTER_NOUN.match(text, end, near(end, len(text)))) is not None
            and participle.group(1).lower() in cue_lexicon().forms):
        return None  # "made a statement backing the plan": the participle after the noun says what it said
    return trimmed(text, match.end(), end)


# the light noun's object, a determiner and up to two words, then an auxiliary: "(support for) the plan was waning"
# no relative, pronoun, joint or preposition: "the man who is …", "those charges and has …", "its plan in May has …"
NO_CLAUSE_WORD = (r"(?!(?i:who|whom|which|that|he|she|they|it|we|I|you|there|and|or|but|"
                  + alternation(load_words("prepositions.txt", lower=True)) + r")\b)")
OBJECT_THEN_AUXILIARY = regex.compile(r"\s+(?:the|a|an|his|her|its|their|our|this|these|those)\s+(?:" + NO_CLAUSE_WORD
                                      + r"\p{Ll}[\p{L}\-]*\s+){0,2}?" + NO_CLAUSE_WORD + r"\p{Ll}[\p{L}\-]*(?="
                                      + AUXILIARY_AHEAD.pattern + ")")


def _light_noun_heads_clause(text: str, joined: regex.Match, lemma: str, sentence: Sentence) -> bool:
    """A light verb's noun phrase and its preposition's short object before an auxiliary open the clause of a cue
    that takes a bare one: "signalled its support for the plan was waning"; not "signalled its support for the
    plan"."""
    words, end = _light_noun_words(joined, lemma)
    return (end == joined.end() and _ends_in_preposition(joined.group()) and len(words) > 1
            and words[-2].lower() in frames().light_nouns.get(lemma, frozenset())  # not "said about", "critical of"
            and OBJECT_THEN_AUXILIARY.match(text, end, near(end, sentence.end)) is not None)


def _light_noun_words(joined: regex.Match, lemma: str) -> tuple[list[str], int]:
    """The words of a light verb's noun phrase and where it ends: without a last preposition of
    `light_noun_settings.txt` ("made those comments in …") or, after "give", "to" ("gave quick instructions to
    the crew": who got them)."""
    words = joined.group().split()
    if words[-1].lower() in frames().light_noun_settings or lemma == "give" and words[-1].lower() == "to":
        return words[:-1], joined.end() - len(words[-1])
    return words, joined.end()


def _given_said_noun(noun: str) -> bool:
    """A lower-case noun of `given_said_nouns.txt` or its plural: "answer", "warnings"."""
    said_nouns = load_words("given_said_nouns.txt")
    return noun in said_nouns or noun[:-1] in said_nouns


def _given_reply_refused(text: str, match: regex.Match, joined: regex.Match) -> bool:
    """A negated "give" whose noun is one of `given_said_nouns.txt`, perhaps before "to" and whom it was not
    given to, or before the writer's setting: "did not give an answer to the crew", "never gave a warning", "did not
    give an answer in the interview"."""
    words, _ = _light_noun_words(joined, "give")
    return bool(words) and _given_said_noun(words[-1].lower()) and _negated(
        text[max(0, match.start() - 20):match.start()].lower().split()[-2:])


COLON_THEN_WORDS = regex.compile(r"\s*:\s+[\p{L}\p{N}“\"‘]")  # ": the toll would not rise"


# a light verb's noun, "to" and only its listeners: "issued a warning to skippers.", "made a comment to reporters,"
LISTENER_WORDS = r"\s+(?P<listener>[^\s,;:.!?“”\"()]+(?:\s+[^\s,;:.!?“”\"()]+){0,3}?)"  # up to four words
LISTENERS_ONLY = regex.compile(LISTENER_WORDS + r"(?=\s*(?:[,.;:!?]|\Z))")


def _no_topic_after_light_noun(text: str, joined: regex.Match, lemma: str) -> bool:
    """The preposition after a light verb's noun opens no topic: the noun and a preposition of what a warning
    covers (light_noun_scopes.txt: "issued a yellow warning for wind"); a time of light_noun_times.txt, the
    writer's setting ("issued a statement after the vote"; not after "make", whose nouns :func:`_light_noun`
    reads); or "to" and a person or listeners that close the phrase, who heard it ("issued a warning to
    skippers."; not "paid tribute to the pier." nor "gave a warning to skippers that …")."""
    words = joined.group().lower().split()
    if " ".join(words[-2:]) in load_words(LIGHT_NOUN_SCOPES):
        return True
    if not _light_noun_then(words, lemma):
        return False
    if words[-1] in load_words(LIGHT_NOUN_TIMES) and lemma not in frames().light_noun_said:
        return True
    if words[-1] == "on" and _forum_or_day_after().match(text, joined.end(), near(joined.end(), len(text))):
        return True  # "issued a statement on Facebook saying …", "… on Monday": where or when, not the topic
    if words[-1] != "to" or words[-2] in _backing_nouns():
        return False  # "pledged their support to Ms Varga": whom the support is for, the topic
    if lemma == "give" and len(words) > 2 and _given_said_noun(words[-2]):
        # "gave a stern warning to skippers.": the noun given is what was said (see _light_noun); not a bare noun
        # handed over, "giving advice to Ms Varga."
        return False
    listener = LISTENERS_ONLY.match(text, joined.end(), near(joined.end(), len(text)))
    return listener is not None and _hearers(listener.group("listener"))


@functools.cache
def _backing_nouns() -> frozenset[str]:
    """"support", "backing", "endorsement" (`given_nouns.txt`) and their plurals: a "to" after one names whom it
    backs."""
    nouns = {row[0].lower() for row in load_table("given_nouns.txt")}
    return frozenset(nouns | {noun + "s" for noun in nouns})


@functools.cache
def _forum_or_day_after() -> regex.Pattern:
    """A platform of `person_object_forums.txt` or a day after "on", closing its phrase: "Facebook", "his
    Twitter page", "Monday"."""
    return regex.compile(r"\s+" + forum_or_day() + r"\b(?![’']s\b)(?=\s*(?:[,.;:!?]|\Z|\p{Ll}+ing\b))")


def _light_noun_then(words: list[str], lemma: str) -> bool:
    """The joined words end in one of the light verb's nouns and the word after it: "a warning to", "a statement
    after"."""
    return len(words) >= 2 and words[-2] in frames().light_nouns.get(lemma, frozenset())


def _hearers(listener: str) -> bool:
    """"skippers", "the council's clerks", "Mr Reyl": a person or listeners, who heard what was said."""
    return _person_object(listener) or plural_role(listener.split()[-1])


def _double_object_listener(text: str, position: int, sentence: Sentence) -> Span | None:
    """The listener before what a cue of cues_double_object.txt gave: "them" in "promised them a new pier",
    "skippers" in "wrote skippers that the pier would close"; None when no listener comes first ("showed skippers
    leaving", "offered her own plan")."""
    found = DOUBLE_OBJECT_LISTENER.match(text, position, near(position, sentence.end))
    if found is None:
        return None
    listener = found.group("head")
    if listener.lower() not in OBJECT_PRONOUNS - {"her"} and not _hearers(listener):  # "her" may be a determiner
        return None
    return Span.of(text, *found.span("listener"))


# "to", up to eight words that heard it and "that", after a noun of cue_light_verbs_clause.txt: "made the case to
# skippers gathered in Lyme that …"
CLAUSE_LIGHT_LISTENER = regex.compile(r"\s+to\s+(?P<listener>(?:[^\s,;:.!?“”\"()]+\s+){0,7}?[^\s,;:.!?“”\"()]+)"
                                      r"(?=\s+that\b)")


@functools.cache
def _clause_light_nouns() -> dict[str, frozenset[str]]:
    """The nouns of cue_light_verbs_clause.txt and their plurals, by light verb: "make" -> "case", "cases"."""
    nouns: dict[str, set[str]] = {}
    for lemma, noun, *_ in load_table("cue_light_verbs_clause.txt"):
        nouns.setdefault(lemma, set()).update((noun, plural(noun)))
    return {lemma: frozenset(words) for lemma, words in nouns.items()}


# "to", then the listeners and "that": "issued a warning to skippers that …"
TO_LISTENERS_THEN_THAT = regex.compile(LISTENER_WORDS + r"\s+that\b")


def _listener_before_that(text: str, joined: regex.Match, lemma: str) -> tuple[int, Span] | None:
    """Where a light verb's noun ends and who heard it, when "to" and its listeners come before "that": "issued a
    warning to skippers that the swell would rise" -> "issued a warning", "skippers"; None otherwise."""
    words = joined.group().lower().split()
    if words[-1:] != ["to"] or not _light_noun_then(words, lemma):
        return None
    listener = TO_LISTENERS_THEN_THAT.match(text, joined.end(), near(joined.end(), len(text)))
    if listener is None or not _hearers(listener.group("listener")):
        return None
    noun_end = joined.start() + len(joined.group().rstrip()[:-len("to")].rstrip())
    return noun_end, Span.of(text, *listener.span("listener"))


RELATIVE_AFTER_NOUN = regex.compile(r"\s+(?:that|which|who)\b")  # "made claims that do not hold up": claims described


def _names_the_act(noun_phrase: str) -> bool:
    """"his remarks", "the announcement", "several statements": a light verb's noun after only a word of
    light_noun_occasions.txt names the act; not "those comments", "the harbour comments", "a populist argument"."""
    words = noun_phrase.split()
    if len(words) == 1:
        return words[0].islower() and words[0].endswith("s")  # "has made comments": a bare plural names the acts
    return len(words) == 2 and words[0].lower() in frames().light_noun_occasions


def _ends_in_preposition(phrase: str) -> bool:
    """"called for", "pointed to"; a light verb's noun may end in "of" too: "made no mention of"."""
    word = phrase.split()[-1].lower()
    return word in frames().prepositions or word == "of"


# "spent much of his speech praising …", "has spent the last three weeks taking swipes at …": time spent on it
@functools.cache
def _extraposed_before() -> EndAnchored:
    """ "It is too early to ", "it's fair to ", "Suffice it to ": an infinitive whose "it" stands in for it, nobody's
    report."""
    adjectives = alternation(load_words("extraposition_adjectives.txt", lower=True))
    return EndAnchored.of(
        r"(?<![\p{L}’'])(?:[Ss]uffice\s+it"
        r"|[Ii]t(?:\s*[’']s|\s+(?:is|was|seems|seemed|(?:would|will|may|might|could|can)\s+be))(?:\s+not)?"
        r"(?:\s+(?:too|so|very|really|quite|pretty|still|more|less|much|far|even|almost|all))*"
        r"\s+(?:" + adjectives + r")(?:\s+enough)?)\s+to\s+\Z")


SPENT_TIME = EndAnchored.of(r"(?<![\p{L}’'])(?:spent|spend|spends)\s+(?:[\p{L}\p{N}’'\-]+\s+){1,7}\Z")


@functools.cache
def _aspect_before() -> EndAnchored:
    return EndAnchored.of(r"(?<![\p{L}’'])(?:" + alternation(load_words("aspectual_verbs.txt", lower=True))
                          + r")\s+\Z", regex.IGNORECASE)


def _aspect_subject(text: str, sentence: Sentence, chain_start: int, cue_class: str) -> Span | None:
    """The subject of a verb of beginning or going on before a participle: "Ms Varga has lately started asking …"
    -> "Ms Varga"."""
    aspect = _aspect_before().search(text, max(sentence.start, chain_start - 30), chain_start)
    if aspect is None and cue_class != "thought":  # "spent the day thinking about the pier" reports nothing
        aspect = SPENT_TIME.search(text, max(sentence.start, chain_start - 60), chain_start)
    if aspect is None or aspect.start() <= sentence.start or not text[aspect.start()].islower():
        return None
    if word_before(text, sentence.start, aspect.start()) in frames().be_forms:
        return None  # "more was spent on ads attacking …": no one spent the time
    if sentence.text.rstrip().rstrip("”\"’'»›").endswith("?"):
        return None  # "Will Mr Reyl keep calling himself a skipper?": a question reports nothing
    verb_start = aspect.start()
    if (chain := auxiliary_chain(text, max(sentence.start, verb_start - 60), verb_start)) is not None:
        verb_start = chain.start()  # "has lately started", "just starts"
    relative = frames().word_before.search(text, max(sentence.start, verb_start - 40), verb_start)
    if relative is not None and relative.group(1).lower() in ("who", "which"):
        return Span.of(text, *relative.span(1))
    found = source_before(text, sentence.start, verb_start) if verb_start > sentence.start else None
    if (found is not None and (subject := sentence_subject(text, sentence.start, verb_start)) is not None
            and text[subject.end:found[1]].strip() == "and"):
        return subject  # "Senate candidates and their aides spent the day urging …": the sentence's subject
    return found[0] if found is not None and plausible_source(found[0].text) else None


FLOATED = frozenset({"all", "both", "each"})  # "The skippers are all quick to"
COURSE_NOUNS = load_words("course_nouns.txt", lower=True)  # "response", "plan", "instinct": a course someone takes
# "The board's (first) response", "Her instinct": a possessive, at most two modifiers, the noun
OWNED_COURSE = regex.compile(r"(?P<owner>.+?(?<=\p{L})['’]s|(?i:" + alternation(sorted(POSSESSIVES))
                             + r"))(?:\s+\p{Ll}+){0,2}\s+(?P<noun>\p{Ll}+)")
# "has been", "was", "will be": a form of "be" alone right before "to"
BE_BEFORE_TO = regex.compile(r"\s+(?:(?:has|have|had|will|would|may|might)\s+)?(?:not\s+)?(?:is|are|was|were|be|been)\s+\Z")


# "The board's first response to the storm has been": the sentence up to "to", an owner of up to five words and
# its possessive, at most two modifiers, the noun, perhaps a phrase of a preposition and up to five words, and "be"
OPENING_OWNED_COURSE = regex.compile(
    r"(?P<owner>(?:[\p{L}\p{N}\-]+\s+){0,4}?[\p{L}\p{N}\-]+(?:['’]s|(?<=s)['’])|(?i:" + alternation(sorted(POSSESSIVES))
    + r"))(?:\s+\p{Ll}+){0,2}?\s+(?P<noun>\p{Ll}+)(?:\s+(?:to|for|of|on|over|in|at|after)(?:\s+[\p{L}\p{N}'’\-]+){1,5}?)?"
    r"\s+(?:(?:has|have|had|will|would|may|might)\s+)?(?:not\s+)?(?:is|are|was|were|be|been)\s+\Z")
OPENING_COURSE_REACH = 100  # characters from the sentence's start to "to"


def _owner_of_opening_course(text: str, sentence: Sentence, to_start: int) -> Span | None:
    """"The board's first response was to deny the claims", "The board's response to the storm has been to close
    the pier": the owner of a course of action (course_nouns.txt) that opens the sentence, past its modifiers and
    a phrase after it, when a form of "be" equates it with the infinitive: "The board"."""
    if to_start - sentence.start > OPENING_COURSE_REACH:
        return None
    found = OPENING_OWNED_COURSE.fullmatch(text, sentence.start, to_start)
    if found is None or found.group("noun") not in COURSE_NOUNS:
        return None
    return _owner_without_possessive(text, *found.span("owner"))


def _owner_without_possessive(text: str, start: int, end: int) -> Span:
    """The owner ``text[start:end]`` without its possessive ending: "The board's" -> "The board", "Bay Lines'" ->
    "Bay Lines"; a possessive pronoun ("Her") stays as it is."""
    if text[end - 2:end] in ("'s", "’s"):
        end -= 2
    elif text[end - 1:end] in ("'", "’") and text[end - 2:end - 1] == "s":
        end -= 1  # "Bay Lines' plan"
    return Span.of(text, start, end)


def _owner_of_course(text: str, subject: Span, to_start: int) -> Span:
    """"The board's response has been to play down the findings": a course of action (course_nouns.txt) that
    a form of "be" equates with the infinitive is taken by its owner, "The board", not by "The board's
    response"; "Her instinct was to deny the claims" by "Her". Any other subject stays ("The board's lawyer
    was to deny …", "The plan was to deny …")."""
    found = OWNED_COURSE.fullmatch(subject.text)
    if (found is None or found.group("noun") not in COURSE_NOUNS
            or BE_BEFORE_TO.fullmatch(text, subject.end, to_start) is None):
        return subject
    return _owner_without_possessive(text, subject.start, subject.start + found.end("owner"))
CUE_LEAD_INS = load_words("cue_lead_ins.txt", lower=True)  # "went on", "proceeded": the cue's part before "to say"
LEAD_IN_BEFORE_TO = regex.compile(r"(\p{L}+)(?:\s+(\p{L}+))?\s+$")


def _with_lead_in(text: str, sentence: Sentence, to_start: int, quote: Quote | None) -> Quote | None:
    """"went on to say that …", "proceeded to argue that …": the verb that leads to the infinitive is part of
    the cue, so the cue reads "went on to say"; "wanted to say" keeps "say" here, joined to "wanted" over the
    same words by overlaps._infinitive_saying."""
    if quote is None or quote.cue is None:
        return quote
    found = LEAD_IN_BEFORE_TO.search(text, max(sentence.start, to_start - 30), to_start)
    if found is None:
        return quote
    if found.group(2) is not None and f"{found.group(1)} {found.group(2)}".lower() in CUE_LEAD_INS:
        start = found.start(1)
    elif (last := (found.group(2) or found.group(1)).lower()) in CUE_LEAD_INS or (
            last in frames().declining_before_to and last not in frames().negations):
        # "refused to endorse Mr Reyl", "declined to claim victory": the refusal stays in the cue, so it does not
        # read as an endorsement or a claim
        start = found.start(2) if found.group(2) is not None else found.start(1)
    else:
        return quote
    return attrs.evolve(quote, cue=Span.of(text, start, quote.cue.end))


def _stance_subject(text: str, sentence: Sentence, to_start: int) -> Span | None:
    """The subject right before the stance word ahead of "to": "Older skippers tended to support" -> "Older
    skippers", past auxiliaries, "not" and degree words ("are more likely to"); None where the stance word has no
    subject of its own there ("refusing to offer", "went on to say", "to continue to back", "should be used to")."""
    f = frames()
    stance = text.rfind(word_before(text, sentence.start, to_start), sentence.start, to_start)
    stance_word = (text[stance:to_start].split() or [""])[0].lower()
    ahead = word_before(text, sentence.start, stance)
    if (stance_word.endswith("ing") or stance_word == "on" or ahead == "to"
            or (text[stance:to_start].rstrip().endswith("ed") and ahead in f.be_forms)):
        return None
    degree = load_words("stance_degree_words.txt", lower=True)
    for _ in range(4):
        found = f.word_before.search(text, max(sentence.start, stance - 40), stance)
        word = found.group(1).lower() if found is not None else ""
        if (word not in f.auxiliaries and word != "not" and word not in degree
                and not (word.isalpha() and word.islower() and word.endswith("ly"))):
            break  # "are slightly more likely to": a manner adverb is skipped too
        if word in FLOATED and not word_before(text, sentence.start, found.start(1)).isalpha():
            break  # "…: Both are quick to": the quantifier is the subject
        stance = found.start(1)
    if (seeming := _seeming_to(text, sentence, stance)) is not None:
        stance = seeming  # "Ms Varga seemed to be ready to": the subject before the verb of seeming
    subject = source_before(text, sentence.start, stance) if stance > sentence.start else None
    if subject is not None and subject[0].text.lower() in load_words("noun_only_determiners.txt", lower=True):
        return None  # "Ms Varga has no plans to endorse …": the stance noun's determiner, no subject of its own
    if subject is None and THAT_RIGHT_BEFORE.search(text, max(sentence.start, stance - 8), stance) is not None:
        # "met a reporter that seemed to suggest …": the noun the relative hangs on, not the sentence's subject
        return fallback_source(text, sentence, Span.of(text, stance, stance))
    return subject[0] if subject is not None else None


COMMA_WITH_BEFORE = EndAnchored.of(r",\s+with\s+\Z")  # ", with (plans to …)"
THAT_RIGHT_BEFORE = EndAnchored.of(r"(?<![\p{L}])(?i:that)\s+\Z")  # "a post that (seemed to …)"


TO_BEFORE = EndAnchored.of(r"(?<![\p{L}])to\s+\Z")


def _seeming_to(text: str, sentence: Sentence, end: int) -> int | None:
    """Where a verb of seeming (`cues_seeming.txt`) starts when it and "to" stand right before ``end``: "Ms Varga
    seemed (to be ready)", "The skippers appear (to be willing)"; None otherwise."""
    to = TO_BEFORE.search(text, max(sentence.start, end - 8), end)
    if to is None:
        return None
    verb = frames().word_before.search(text, max(sentence.start, to.start() - 40), to.start())
    form = cue_lexicon().lookup(verb.group(1).lower()) if verb is not None else None
    if form is None or form[0] not in frames().seeming:
        return None
    return verb.start(1)


def _copula_and_degrees(*, contracted_negation: bool) -> str:
    """A copula, then up to three degree words or adverbs: "are far less ", "remained ", "were "; with
    ``contracted_negation`` a word in "n't" among them too."""
    copulas = alternation(load_words("be_forms.txt", lower=True) | load_words("stance_copulas.txt", lower=True))
    degree = alternation(load_words("stance_degree_words.txt", lower=True))
    return (r"(?:(?<![\p{L}’'])(?i:" + copulas + r")|(?<=\p{L})[’'](?i:s|re|m))\s+"
            r"(?:(?i:" + degree + r"|not|now|still|also|increasingly|\p{Ll}{3,}ly"
            + (r"|\p{Ll}{2,}n[’']t" if contracted_negation else "") + r")\s+){0,3}")


def _stance_copula_pattern() -> EndAnchored:
    """A copula, then degree words or adverbs, ending where a stance word starts: "are far less ", "remained "."""
    return EndAnchored.of(_copula_and_degrees(contracted_negation=True) + r"\Z")


STANCE_COPULA = _stance_copula_pattern()
RESULT_DEGREE = frozenset({"so", "too"})  # "was so angry that she left": "that" opens a result, not the stance's clause
# "…, confident that", "… - confident that", "… - and confident that": a stance set off after a clause
STANCE_SET_OFF = regex.compile(r"(?:,|\s(?:[—–]|--?)(?:\s+and)?)\s+\Z")
# "…, but the skippers, wary of …": a clause of its own, with its own subject
STANCE_CLAUSE_JOINT = regex.compile(r"(?:,\s+(?:but|and|yet)|;)\s+", regex.REVERSE)
STANCE_CLAUSE_WINDOW = 300  # characters before a set-off stance searched for the joint its clause follows


def _prior_stance_pattern() -> regex.Pattern:
    """The last copula with up to three degree words and the word after it, searched backwards: "are angry" in
    "Skippers are angry about the toll, worried about …"; the caller checks that the word is a stance."""
    return regex.compile(r"(?r)" + _copula_and_degrees(contracted_negation=False) + r"(?P<stance>\p{Ll}+)(?![\p{L}])")


PRIOR_STANCE = _prior_stance_pattern()
# "…, worried about", "… and acutely aware of", "… - and openly skeptical": a stance joined to one before it
STANCE_JOINED = EndAnchored.of(r"(?:,(?:\s+(?:and|or))?|\s(?:and|or)|\s(?:[—–]|--?)\s+and)\s+"
                               r"(?:(?:also|even|\p{Ll}{3,}ly)\s+){0,2}\Z")
WORD_BEFORE_COPULA = EndAnchored.of(r"(?<![\p{L}])(\p{L}+)\s+\Z")
JOINED_STANCE_WINDOW = 200  # characters before a joined stance searched for the stance it is joined to


def _stance_complement_follows(text: str, match: regex.Match, lemma: str, sentence: Sentence) -> bool:
    """"that", "to" or the stance's own preposition right after it: "worried about", "confident that", "keen to"."""
    window = near(match.end(), sentence.end)
    particle = frames().particles.get(lemma)
    return bool(THAT.match(text, match.end(), window) or TO_NEXT.match(text, match.end(), window)
                or (particle is not None and particle.match(text, match.end(), window)))


POSSESSIVE_AT = regex.compile(r"(?<=\p{Lu}\p{Ll}*)[’']s\s")  # "Reyl's ": a name's possessive, read as "is"
STANCE_AFTER_DASH = regex.compile(r"\s*(?:[—–]|--?)\s+(\p{Ll}+)\b")  # "were exuberant - thrilled with …"


def _stance_set_off_after(text: str, start: int, end: int) -> bool:
    """"were exuberant - thrilled with the debut and confident that …": a stance set off by a dash right after the
    copula's word, which the stance after "and" is joined to."""
    found = STANCE_AFTER_DASH.match(text, start, end)
    return found is not None and found.group(1) in frames().adjectives


def _joined_stance_subject(text: str, match: regex.Match, lemma: str, sentence: Sentence,
                           chain_start: int) -> Span | None:
    """The subject of an earlier stance after a copula that this one is joined to by a comma, "and" or "or", when
    "that", "to" or its own preposition follows it: "Voters who are angry about the toll, worried about the pier
    and dismayed by the council" -> "who" for "worried" and "dismayed"; none when a clause of its own opens between
    them ("Ms Varga is wary of the plan, but the skippers, concerned about …") or nothing follows ("and worried
    skippers left")."""
    joined = STANCE_JOINED.search(text, max(sentence.start, chain_start - 30), chain_start)
    if joined is None:
        return None
    if not _stance_complement_follows(text, match, lemma, sentence):
        return None
    prior = PRIOR_STANCE.search(text, max(sentence.start, joined.start() - JOINED_STANCE_WINDOW), joined.start())
    if prior is not None and POSSESSIVE_AT.match(text, prior.start()) is not None:
        # "thrilled with Tom Reyl's sparkling debut and confident …": a name's possessive, no copula; the one before
        prior = PRIOR_STANCE.search(text, max(sentence.start, joined.start() - JOINED_STANCE_WINDOW), prior.start())
    if (prior is None or (prior.group("stance") not in frames().adjectives
                          and not _stance_set_off_after(text, prior.end(), joined.start()))
            or STANCE_CLAUSE_JOINT.search(text, prior.end(), joined.start()) is not None):
        return None
    copula = _stance_copula(text, sentence, prior.start("stance"), prior.end())
    if copula is None:
        return None
    relative = WORD_BEFORE_COPULA.search(text, max(sentence.start, copula[0] - 12), copula[0])
    if relative is not None and relative.group(1).lower() in RELATIVE_PRONOUNS:
        return Span.of(text, *relative.span(1))  # "Voters who are angry about …, worried about …": the relative's
    found = source_before(text, sentence.start, copula[0])
    return found[0] if found is not None and found[0].text.lower() not in ("there", "it") else None


def _set_off_stance_subject(text: str, match: regex.Match, lemma: str, sentence: Sentence,
                            chain_start: int) -> Span | None:
    """The subject of the clause a stance adjective is set off in, when "that", "to" or its own preposition
    follows it: "Mr Reyl left the pier, confident that it would hold" -> "Mr Reyl"; none for "a calm,
    confident manner" or "clearly frustrated,"."""
    set_off = STANCE_SET_OFF.search(text, max(sentence.start, chain_start - 10), chain_start)
    if set_off is None:
        return None
    if not _stance_complement_follows(text, match, lemma, sentence):
        return None
    window = max(sentence.start, set_off.start() - STANCE_CLAUSE_WINDOW)
    joint = STANCE_CLAUSE_JOINT.search(text, window, set_off.start())  # the last one: a reverse search
    if joint is None and window > sentence.start:
        return None  # a clause too long to tell whose stance it is
    subject = _clause_subject(text, joint.end() if joint is not None else sentence.start, sentence)
    if subject is None or subject.end > set_off.start() or subject.text.lower() in ("there", "it"):
        return None  # "There is a new drive at the pier, determined to …": nobody's stance
    return subject


# a clause-like stretch right after an opening stance: a determiner, a possessive or a capitalised word opens it
BARE_STANCE_CLAUSE = regex.compile(r"\s+(?:(?:the|a|an|his|her|their|its|our|this|these|those)\s|\p{Lu})")


def _opening_stance_subject(text: str, match: regex.Match, lemma: str, sentence: Sentence,
                            comma: int) -> Span | None:
    """The subject of the main clause after a stance adjective that opens the sentence and is set off by its first
    comma, when "that", "to", its own preposition or a clause with a verb follows it: "Worried that the toll would
    rise, skippers sold their boats" -> "skippers"; "Convinced the pier was safe, the board reopened it" -> "the
    board"; none for "Worried skippers sold their boats" (no comma) nor "Worried, skippers left" (nothing after).
    The stance opens the sentence (see :func:`_opening_stance`); ``comma`` is the sentence's first comma."""
    if comma >= sentence.end or comma <= match.end():
        return None
    if not _stance_complement_follows(text, match, lemma, sentence) and not (
            BARE_STANCE_CLAUSE.match(text, match.end(), comma) and has_verb_between(text, match.end(), comma)):
        return None
    subject = _clause_subject(text, comma + 1, sentence)
    if subject is None or subject.text.lower() in ("there", "it") or not plausible_source(subject.text):
        return None  # "Worried that the pier would close, it was …": nobody's stance named
    return _with_place(text, subject, sentence)


# "many in Lyme", "skippers at the quay": a preposition, then up to four words with no verb, then the main verb
PLACE_AFTER_SUBJECT = regex.compile(r"\s+(?:in|at|from|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}"
                                    r"(?=\s+\p{Ll})")


def _with_place(text: str, subject: Span, sentence: Sentence) -> Span:
    """A subject in lower case with a place or body named after it before the main verb: "Concerned that …, many in
    Lyme signed a petition" -> "many in Lyme", as the walk from a cue reads "Skippers in Lyme said"; a name stays as
    it is ("Tom Reyl")."""
    place = PLACE_AFTER_SUBJECT.match(text, subject.end, near(subject.end, sentence.end))
    if place is None or not subject.text[:1].islower() or verb_groups(text, subject.end, place.end()) or not verb_groups(
            text, place.end(), min(sentence.end, place.end() + 30)):
        return subject
    return Span.of(text, subject.start, place.end())


def _opening_stance(text: str, match: regex.Match, lemma: str, cue_class: str, sentence: Sentence, index: int,
                    quote_map: QuoteMap) -> Quote | None:
    """The stance of :func:`_opening_stance_subject`, its content ending at the comma that closes the opening."""
    if end_before(text, sentence.start, match.start(), "“\"‘'( \t\n") > sentence.start:
        return None  # "The skippers, worried that …": no stance opening the sentence
    comma = first_comma(sentence)
    subject = _opening_stance_subject(text, match, lemma, sentence, comma)
    if subject is None:
        return None
    quote = _frame(text, match, lemma, cue_class, Span.of(text, match.start(), match.end()), sentence, index,
                   quote_map, participle_source=subject, gerund=True)
    if quote is None or not quote.content or quote.content[0].start >= comma:
        return None
    if quote.content[0].text.split()[0].lower() in POSSESSIVES:
        return None  # "Dismayed by his memory of the pier, …": what is held is another's, named by the possessive
    if quote.content[-1].end > comma:
        clipped = trimmed(text, quote.content[0].start, comma)
        if clipped is None:
            return None
        quote = attrs.evolve(quote, content=(clipped,), kind=kind_of((clipped,), quote_map))
    return quote


def _stance_copula(text: str, sentence: Sentence, chain_start: int, cue_end: int) -> tuple[int, list[str]] | None:
    """Where the copula chain before a stance word starts, and its words: "have become increasingly" in
    "Skippers have grown more and more vocal about the toll", "are less" in "are less confident in Ms Varga"."""
    copula = STANCE_COPULA.search(text, max(sentence.start, chain_start - 50), chain_start)
    if copula is None:
        return None
    words = copula.group().lower().split()
    if RESULT_DEGREE & set(words) and THAT.match(text, cue_end, near(cue_end, sentence.end)) is not None:
        return None
    aux = auxiliary_chain(text, max(sentence.start, copula.start() - 40), copula.start())
    if aux is None:
        return copula.start(), words
    return aux.start(), [*aux.group().lower().split(), *words]


def _holds_quote(span: Span, quote_map: QuoteMap) -> bool:
    """Whether a quote opens inside the span: "her plan ‘reckless’"."""
    later = quote_map.first_after(span.start)
    return later is not None and later.start < span.end


def _possessive_relative(phrase: str) -> bool:
    """"Ms Varga, whose ferry firm has backed the pier": the relative's own subject."""
    words = phrase.split()
    return len(words) > 1 and words[0].lower() == "whose"


def _relative_on_object(text: str, sentence: Sentence, source: Span) -> bool:
    """A person's relative set off by a comma before ``source`` follows a verb of the sentence: it is on the main
    verb's object ("Ms Varga met skippers, who said …"), not on its subject ("Skippers, who said …, left")."""
    if source.text.lower() == "which":
        return False  # "backed bills, which fund schools, and Head Start": a thing's relative sits in lists
    comma = text.rfind(",", sentence.start, source.start)
    return comma > sentence.start and has_verb_between(text, sentence.start, comma, s_forms=False)


def _relative_source(phrase: str) -> bool:
    """"who", "which", "whose aides", "one of whose aides", "most of whom": a relative clause's subject, its clause
    set off by commas."""
    words = phrase.lower().split()
    return (words in (["who"], ["which"]) or len(words) > 1 and "whose" in words[:3]
            or words[-2:] in (["of", "whom"], ["of", "which"]))


def _shell_object(text: str, sentence: Sentence, subject: Span) -> tuple[Span, Span] | None:
    """The noun and the source in "…, a point Ms Varga conceded" or "…, a move he criticized": a noun of
    shell_nouns.txt set off after a clause, then the subject of the cue whose object it is."""
    nouns = frames().shell_nouns
    shell = SHELL_IN_SUBJECT.match(subject.text)
    if shell is not None:
        source = trimmed(text, subject.start + shell.end(), subject.end)
        if (shell.group("noun") not in nouns or source is None
                or not SET_OFF_BEFORE.search(text, max(sentence.start, subject.start - 3), subject.start)):
            return None
        return Span.of(text, subject.start, subject.start + shell.end("head")), source
    shell = SHELL_BEFORE_SUBJECT.search(text, max(sentence.start, subject.start - 60), subject.start)
    if shell is None and subject.text[:1].isupper():
        # "…, a move the mayor, Mr Reyl, dubbed …": the name is set off after its role
        shell = SHELL_BEFORE_ROLE.search(text, max(sentence.start, subject.start - 80), subject.start)
    if shell is None or shell.group("noun") not in nouns:
        return None
    return Span.of(text, *shell.span("head")), subject


def _gives_name(text: str, match: regex.Match, head: regex.Match, sentence: Sentence) -> bool:
    """"a clerk named Lena Varga": an indefinite noun and its naming participle, within a clause ("filed by a clerk
    named …"), opening the sentence or after a comma with the name's own verb after it ("A skipper named Tom Reyl
    sold the boat"; after "named" also "… runs the ferry", as "called Mr Reyl liars" may call him names), or set
    off by commas ("The witness, a deckhand named Jonas Kreel, told …")."""
    f = frames()
    governor = word_before(text, sentence.start, head.start())
    if governor.isalpha() and governor.islower():
        return governor not in f.boundaries and governor not in cue_lexicon().forms
    if governor and governor != ",":
        return False
    if governor == "," and (named := NAME_THEN_COMMA.match(text, match.end(), near(match.end(), sentence.end))) \
            and not APPOSITIVE_AHEAD.match(text, named.end(), near(named.end(), sentence.end)):
        # "The key witness, a deckhand named Jonas Kreel, told …": an appositive that names; not "On Monday, a
        # spokesman called Mr Reyl, the ferry clerk, a liar", where an appositive of the name follows
        return True
    after = NAME_THEN_WORD.match(text, match.end(), near(match.end(), sentence.end))
    return after is not None and ((verb := after.group("word")) in f.verbal_auxiliaries
                                  or looks_past(verb)
                                  or (match.group().lower() == "named" and _present_verb(verb)))


def _present_verb(word: str) -> bool:
    """A lower-case word in -s that may be a verb in the present: "arrives", "runs"; not "this", "his", "across"."""
    f = frames()
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in f.noun_markers and word not in f.pronouns and word not in f.prepositions)


def _object_relative(text: str, sentence: Sentence, subject_start: int) -> Span | None:
    """The relative pronoun right before a cue's subject, as its object: "the deal, which Ms Varga opposed",
    "a candidate whom many skippers oppose"; without a comma, dash or bracket only "who" or "whom" after a noun,
    not after a cue ("asked whom she supported")."""
    relative = OBJECT_RELATIVE.search(text, max(sentence.start, subject_start - 12), subject_start)
    if relative is None and (shell := SHELL_THEN_THAT.search(text, max(sentence.start, subject_start - 60), subject_start)) \
            and shell.group("noun") in frames().shell_nouns:
        return Span.of(text, *shell.span("that"))  # "…, a claim that Ms Varga denied": "that" after a set-off noun
    if relative is None:
        return None
    head = relative.group("head")
    if head is not None and (relative.group("pronoun") == "which" or head.lower() in cue_lexicon().forms):
        return None
    if head is not None and head.lower() == "matter" and NO_BEFORE.search(
            text, max(sentence.start, relative.start("head") - 4), relative.start("head")) is not None:
        return None  # "No matter whom skippers back, …": whoever it is, no one named as backed
    return Span.of(text, *relative.span("pronoun"))


# "rose after the storm", "fell 5 percent", "surged sharply", "jumped.": a past verb, then a word no noun phrase
# could follow it with ("says raised tolls hurt trade" keeps its cue)
PAST_VERB_AFTER = regex.compile(r"\s+(?P<verb>\p{Ll}+)(?=\s*[.,;:!?]|\s+(?:\p{N}|\p{Ll}+ly\b|(?P<next>\p{Ll}+)\b))")


def _past_verb_after(text: str, position: int, sentence: Sentence) -> bool:
    """A past verb right after the word, followed by punctuation, a number, an adverb in -ly, a preposition or a
    determiner: the word before it is its subject."""
    after = PAST_VERB_AFTER.match(text, position, near(position, sentence.end))
    if after is None:
        return False
    f = frames()
    verb = after.group("verb")
    if not past_word(verb) or verb in f.verbal_auxiliaries:
        return False
    following = after.group("next")
    return following is None or following in f.prepositions or following in NOUN_DETERMINERS


@functools.cache
def _filler_phrases() -> regex.Pattern:
    """The phrases of filler_phrases.txt as one pattern: words apart by spaces, a comma right after its word."""
    phrases = (r"(?<!\p{L})" + "".join((r"\s*," if token == "," else (r"\s+" if number else "") + regex.escape(token))
                                        for number, token in enumerate(line.split())) + r"(?!\p{L})"
               for line in load_lines("filler_phrases.txt"))
    return regex.compile("|".join(phrases), regex.IGNORECASE)


@functools.cache
def _filler_words() -> frozenset[str]:
    """The words of filler_phrases.txt: a cue can only be held by a phrase if its words are among them."""
    return frozenset(word.lower() for line in load_lines("filler_phrases.txt") for word in line.split() if word != ",")


def _filler(text: str, cue: Span, sentence: Sentence) -> bool:
    """"You know, the pier is old", "the harbour as we know it": a phrase of filler_phrases.txt holds the cue."""
    if _filler_words().isdisjoint(cue.text.lower().split()):
        return False  # "said", "warned": no phrase holds it, so no search
    start = max(sentence.start, cue.start - FILLER_REACH)
    found = _filler_phrases().search(text, start, min(sentence.end, cue.end + FILLER_REACH))
    return found is not None and found.start() <= cue.start and found.end() >= cue.end


CLEFT_OPENING = regex.compile(r"[\s“\"‘]*(?i:" + r"|".join(r"\s+".join(line.split()) for line in sorted(
    load_lines("cleft_openers.txt"), key=lambda line: (-len(line), line))) + r")\s+(?:that\s+)?")
CLEFT_COPULA = regex.compile(r"\s+(?:is|was|are|were)(?P<mark>\s+that\s+|\s*:\s*|\s+)(?=[\p{L}\p{N}“\"‘]|'')")
CLEFT_SUBJECT_CHARS = 60  # the subject between the opening word and the cue: a noun phrase


def _pseudo_cleft(text: str, cue: Span, cue_class: str, sentence: Sentence, index: int,
                  quote_map: QuoteMap) -> Quote | None:
    """"What Ms Varga said was that the pier is unsafe", "All she would say was …": the subject clause holds the
    cue and its source, the copula then gives what was said (its "that" left out)."""
    opening = CLEFT_OPENING.match(text, sentence.start, near(sentence.start, cue.start))
    if opening is None or cue.start - opening.end() > CLEFT_SUBJECT_CHARS:
        return None
    copula = CLEFT_COPULA.match(text, cue.end, near(cue.end, sentence.end))
    if copula is None:
        return None
    source = trimmed(text, opening.end(), cue.start)
    content = clause_from(text, copula.end(), sentence, quote_map)
    if source is None or content is None or not plausible_source(source.text) or not (
            copula.group("mark").strip() or has_verb(content.text) or cue_class not in ("speech", "writing")):
        return None  # "What she said was true": a judgement of the words; "What the council wants is a new pier"
    first = content.text.split(maxsplit=1)[0]
    if not copula.group("mark").strip() and looks_past(first):
        return None  # "What the skippers said was lost in the noise": a passive tells what became of the words
    return make_quote((content,), cue, source, None, cue_class, index, quote_map)


# "“…” is how Ms Varga put it": after a quotation opening the sentence, the copula and "how" or "what" before the
# source and its cue; "all" reads the same ("“Unbelievable,” was all the captain could say")
QUOTATION_THEN_HOW = regex.compile(r"(?:,?\s+(?:is|was|['’]s)|\s*[—―–]\s*(?:[Tt]hat|[Tt]his)(?:\s+(?:is|was)|['’]s))"
                                   r"\s+(?:how|what|all)\s+")  # "“…” — that is what Ms Varga told us": after a dash
# "“…” That was how Ms Varga put it.": the sentence after a quoted one opens with a pronoun, the copula and "how"
# or "the" and a noun of saying of colon_frame_nouns.txt: "That is the question skippers are asking."
THAT_HOW = regex.compile(r"\s*(?:That|This)(?:\s+(?:is|was)|['’]s)\s+(?:how|what|the\s+(?:"
                         + alternation(load_words("colon_frame_nouns.txt", lower=True)) + r"))\s+")
QUOTED_SENTENCE_END = frozenset(".!?…")
HOW_CLASSES = frozenset({"speech", "writing", "thought"})  # "That is what skippers want to know"; no evidence


def _quotation_named_by_how(text: str, cue: Span, cue_class: str, sentence: Sentence, index: int,
                            quote_map: QuoteMap) -> Quote | None:
    """"“A disgrace” is how Ms Varga described the toll", "“We will fight on.” That was how Ms Varga put it.": the
    quotation before "is how" or before a sentence that opens "That was how" is what the source and cue said; the
    object after the cue ("the toll", "it") is what was spoken of."""
    if cue_class not in HOW_CLASSES:
        return None
    quoted = quote_map.starting_at(sentence.start)
    how = QUOTATION_THEN_HOW.match(text, quoted.end, near(quoted.end, cue.start)) if quoted is not None else None
    if how is None and (how := THAT_HOW.match(text, sentence.start, near(sentence.start, cue.start))) is not None:
        quoted = _quoted_sentence_before(text, sentence, quote_map)
        if quoted is None:
            return None
    if how is None or quoted is None or not quoted.closed or quoted.inner.end <= quoted.inner.start \
            or cue.start - how.end() > CLEFT_SUBJECT_CHARS:
        return None
    source = trimmed(text, how.end(), cue.start)
    if source is None or not plausible_source(source.text):
        return None
    return make_quote((quoted.inner,), cue, source, None, cue_class, index, quote_map)


def _quoted_sentence_before(text: str, sentence: Sentence, quote_map: QuoteMap) -> Quoted | None:
    """The whole quoted sentence that opens the paragraph right before ``sentence``: "“We will fight on.” That was
    how …"; or the quotation that is the whole paragraph before the one ``sentence`` opens."""
    quoted = quote_map.closed_before(sentence.start)
    if (quoted is None or quoted.paragraph not in (sentence.paragraph, sentence.paragraph - 1)
            or quoted.paragraph != sentence.paragraph and not _opens_line(text, quoted.start)
            or text[quoted.end:sentence.start].strip()
            or text[max(0, quoted.start - 1):quoted.start].strip()  # the quotation opens its paragraph
            or quoted.inner.text.rstrip()[-1:] not in QUOTED_SENTENCE_END):
        return None
    return quoted


def _opens_line(text: str, position: int) -> bool:
    """Only spaces between the line's start (or the text's) and ``position``, looked for over a few characters."""
    before = text[max(0, position - 40):position].rstrip(" \t\u00a0")
    return before.endswith("\n") or not before and position <= 40


SO_BEFORE_CUE = regex.compile(r"\s*So\s+")  # "So said Ms Varga.": the sentence opens "So" right before its cue


def _quotation_so_said(text: str, cue: Span, cue_class: str, sentence: Sentence, index: int,
                       quote_map: QuoteMap) -> Quote | None:
    """"“We have waited long enough.” So said Ms Varga on Tuesday.": a sentence opening "So" and a cue of speech or
    writing, its source after it, right after a quoted sentence opening the paragraph, gives that quotation."""
    if cue_class not in TO_CLASSES:
        return None
    opening = SO_BEFORE_CUE.match(text, sentence.start, near(sentence.start, cue.start))
    if opening is None or opening.end() != cue.start:
        return None
    quoted = _quoted_sentence_before(text, sentence, quote_map)
    source = source_after(text, cue.end, sentence.end) if quoted is not None else None
    if quoted is None or source is None or not plausible_source(source.text):
        return None
    return make_quote((quoted.inner,), cue, source, None, cue_class, index, quote_map)


def _quotation_inside_a_clause(text: str, sentence: Sentence, cue: Span, quote_map: QuoteMap) -> bool:
    """"called the plan “a costly mistake,” denounced the toll": the quotation closing right before the cue runs
    on from words of its own sentence, a piece of an earlier clause whose subject the cue, a past form, shares,
    so the cue is read like any other when no "“…,” said X" frame is found there; not "The ad, entitled “Our
    Harbour,” shows …"."""
    end = cue.start
    while end > sentence.start and text[end - 1].isspace():
        end -= 1
    quoted = quote_map.ending_at(end)
    return (quoted is not None and quoted.start > sentence.start
            and any(past_word(word) for word in cue.text.lower().split())
            and runs_into_quote(text, sentence.start, quoted.start))


VERB_WORDS = alternation(load_words("verbal_auxiliaries.txt", lower=True) | load_words("be_forms.txt", lower=True)
                         | load_words("modal_auxiliaries.txt", lower=True))
GAP_STOPS = alternation(load_words("verbal_auxiliaries.txt", lower=True) | load_words("be_forms.txt", lower=True)
                        | load_words("modal_auxiliaries.txt", lower=True) | load_words("clause_boundaries.txt", lower=True))
GAP_HEAD_STOPS = alternation(load_words("verbal_auxiliaries.txt", lower=True) | load_words("be_forms.txt", lower=True)
                             | load_words("prepositions.txt", lower=True)
                             | load_words("phrase_chain_prepositions.txt", lower=True))
GAP_SUBJECT_WORD = r"(?!(?:" + GAP_STOPS + "|" + alternation(load_words("prepositions.txt", lower=True)) + r")\s)[\p{L}\p{M}.'’\-]+"
# the object of a relative with no relative word, "what" or a thing said of `said_objects.txt` with up to three
# words before it ("nine odd things"), then its subject (up to four words, no joint, relative word, preposition or
# verb) and up to two auxiliaries: "what Mr Reyl", "the odd things the mayor has"; not a question ("what does it say")
GAP_RELATIVE_SUBJECT = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?i:what)|(?P<head>(?:(?!(?:" + GAP_HEAD_STOPS + r")\s)[\p{Ll}\p{N}\-]+\s+){0,3}(?:"
    + spaced(load_lines("said_objects.txt")) + r")))\s+"
    r"(?P<subject>(?:" + GAP_SUBJECT_WORD + r"\s+){0,3}" + GAP_SUBJECT_WORD + r")\s+"
    r"(?:(?:" + VERB_WORDS + r")\s+){0,2}\Z")
# where the topic of such a relative ends: a clause boundary ("than"), or the verb of the clause the relative sits in
GAP_TOPIC_END = regex.compile(r"\s+(?:" + GAP_STOPS + r")\b")
GAP_TOPIC_QUESTION = regex.compile(r"(?i:" + alternation(load_words("question_words.txt", lower=True)) + r")\b")


def _said_in_gap_relative(text: str, sentence: Sentence, cue_start: int) -> regex.Match | None:
    """"what Mr Reyl said about the toll", "nine odd things Ms Varga has said about Lyme": a cue whose object is
    the gap of a relative before its subject joins its particle to the topic."""
    return GAP_RELATIVE_SUBJECT.search(text, max(sentence.start, cue_start - 100), cue_start)


# ", and Mr Reyl agreed, that …": a second subject and its cue, set off by commas or by none, before a shared "that"
# clause
JOINED_SPEAKER_CUE = regex.compile(r"(?P<comma>,)?\s+and\s+(?P<subject>[^\s,;:.“”\"()][^,;:.“”\"()]{0,50}?)"
                                   r"\s+(?P<cue>\p{Ll}+)(?(comma),)(?=\s+that\s)")


def _joined_speaker_cue(text: str, position: int, sentence: Sentence) -> int | None:
    """Where a cue's shared clause is read from when a second speaker and cue set off by commas come between: after
    the second cue's comma in "Ms Varga argued, and Mr Reyl agreed, that the toll was high"."""
    joined = JOINED_SPEAKER_CUE.match(text, position, near(position, sentence.end))
    if (joined is None or joined.group("cue") not in cue_lexicon().finite_forms
            or not plausible_source(joined.group("subject"))
            or THAT.match(text, joined.end(), near(joined.end(), sentence.end)) is None):  # not "that was all"
        return None
    return joined.end()


def _frame(text: str, match: regex.Match, lemma: str, cue_class: str, cue: Span, sentence: Sentence,
           index: int, quote_map: QuoteMap, *, participle_source: Span | None, gerund: bool) -> Quote | None:
    if _filler(text, cue, sentence):
        return None  # "You know, the pier is old", "the harbour as we know it": nothing known or meant
    if WRITERS_BEAT.match(text, cue.start, near(cue.start, sentence.end)) is not None:
        return None  # "Kit Moor writes about the harbour for the Gazette": a writer's beat, no words reported
    if (cleft := _pseudo_cleft(text, cue, cue_class, sentence, index, quote_map)) is not None:
        return cleft
    if (named := _quotation_named_by_how(text, cue, cue_class, sentence, index, quote_map)) is not None:
        return named
    if (so_said := _quotation_so_said(text, cue, cue_class, sentence, index, quote_map)) is not None:
        return so_said
    f = frames()
    position = match.end()
    addressee = None
    # "stated his intention to vote for Ms Varga": the owned noun is what was stated
    takes_object = lemma in f.object or (lemma in f.object_possessed and POSSESSED_OBJECT.match(
        text, position, near(position, sentence.end)) is not None) or (
        lemma in RULING_CUES and RULED_PREDICATE.match(text, position, near(position, sentence.end)) is not None)
    particle = f.particles.get(lemma)
    gap_said = None  # the relative whose gap is what was said, its particle joined to the topic
    if ((to_particle := f.to_particles.get(lemma)) is not None and word_before(text, sentence.start, cue.start) == "to"
            and word_before(text, sentence.start, text.rfind("to", sentence.start, cue.start)) != "nothing"
            and to_particle.match(text, position, near(position, sentence.end))):
        particle = to_particle  # "had nothing bad to say about Ms Varga": the topic; not "had nothing to say about"
    elif (to_particle is not None and to_particle.match(text, position, near(position, sentence.end))
            and (gap_said := _said_in_gap_relative(text, sentence, cue.start)) is not None):
        particle = to_particle  # "what Mr Reyl said about the toll", "the odd things Ms Varga has said about Lyme"
    bare_clause = False  # "made it clear the toll would stay": a clause without "that"
    light_object = None
    if (particle is not None and FOR_ADVERBIAL.match(text, position, near(position, sentence.end))
            and particle.match(text, position, near(position, sentence.end))):
        particle = None  # "has argued for years that …": an adverbial, not "argued for"
    if (particle is not None and lemma not in f.particle_required
            and (joined := particle.match(text, position, near(position, sentence.end))) is not None
            and joined.group().strip().lower() == "to"
            and (PERSON_THEN_THAT.match(text, joined.end(), near(joined.end(), sentence.end))
                 or LISTENERS_THEN_THAT.match(text, joined.end(), near(joined.end(), sentence.end))
                 or BODY_THEN_THAT.match(text, joined.end(), near(joined.end(), sentence.end)))):
        particle = None  # "admitted to reporters that …", "confessed to the court that …": whom, then what was said
    own_particle = particle
    if particle is not None and lemma not in f.particle_required and ON_DAY.match(text, position, near(position, sentence.end)):
        particle = None  # "agreed on Friday to cut quotas": a time, not "agreed on" a topic
    if (particle is not None and lemma not in f.object
            and (joined := particle.match(text, position, near(position, sentence.end))) is not None
            and f"{lemma} {joined.group().strip().lower()}" in f.listener_particles
            and _listener_then_infinitive(text, joined.end(), sentence) is None):
        particle = None  # "pleaded with the council.": a cue that takes no object says nothing there
    joined = particle.match(text, position, near(position, sentence.end)) if particle is not None else None
    if (joined is not None and not match.group().lower().endswith("ing")
            and _light_noun_heads_clause(text, joined, lemma, sentence)):
        particle = joined = None  # "signalled its support for the plan was waning": the noun opens the clause signalled
    if joined is not None and not _no_topic_after_light_noun(text, joined, lemma):
        if (f"{lemma} {joined.group().strip().lower()}" in f.person_particles
                and (not PERSON_AHEAD.match(text, joined.end(), near(joined.end(), sentence.end))
                     or DAY_AHEAD.match(text, joined.end(), near(joined.end(), sentence.end)))):
            return None  # "went after lunch", "went after Monday's vote": a time; "went after Mr Reyl" reports
        lead_in_act = None  # "went on to say": the cue after "to", which the cue takes in
        if (f"{lemma} {joined.group().strip().lower()}" in f.intransitive_particles
                and (act := TO_WORD_AFTER.match(text, joined.end(), near(joined.end(), sentence.end))) is not None):
            if cue_lexicon().lookup(act.group(1)) is None:
                return None  # "went on to sail that ferry": what came next, no words; "went on to say" reports
            lead_in_act = act
        if (f"{lemma} {joined.group().strip().lower()}" in f.intransitive_particles
                and word_before(text, sentence.start, cue.start) in TIME_HEADS):
            return None  # "As the day went on, the skippers …": time passing, no words
        cue = Span.of(text, cue.start, joined.end())  # "called for", "pointed to"
        if lead_in_act is not None:
            cue = Span.of(text, cue.start, lead_in_act.end(1))  # "went on to say that …": the cue "went on to say"
        bare_clause = f"{lemma} {joined.group().strip().lower()}" in f.clause_particles
        # "called for", and "made the case for", "looked to": a phrase that ends in a preposition takes an object
        takes_object = (lemma not in cue_lexicon().phrasal_only or takes_object  # "shrugged off the criticism"
                        or _ends_in_preposition(joined.group())
                        and f"{lemma} {joined.group().strip().lower()}" not in f.intransitive_particles
                        or bare_clause  # "made clear her plan to close the pier"
                        or f"{lemma} {joined.group().strip().lower()}" in f.object_particles)  # "voted down a bill"
        position = joined.end()
        if (heard := _listener_before_that(text, joined, lemma)) is not None:
            # "issued a warning to skippers that the swell would rise": who heard it, then what was said
            noun_end, addressee = heard
            cue, position = Span.of(text, cue.start, noun_end), addressee.end
        elif f"{lemma} {joined.group().strip().lower()}" in f.listener_particles:
            if (heard := _listener_then_infinitive(text, position, sentence)) is not None:
                # "called on the council to act", "pleaded with the council to keep the pier open": whom, and what of them
                addressee = heard
                if (after := past_adverbials(text, heard.end, sentence.end)) > heard.end:
                    position = after  # "called on the council on Monday to act": what was asked, past the time
            elif VISITED.match(text, position, sentence.end) is not None:
                return None  # "called on Mr Reyl at home": a visit, nothing asked of him
        elif lemma == "give" and _given_reply_refused(text, match, joined):
            return None  # "did not give an answer to the crew": no reply was given, and the crew is no topic
        elif lemma in f.light_noun_said and (noun := _light_noun(text, match, joined, lemma)) is not None:
            if _names_the_act(noun.text) and not (" " not in noun.text and RELATIVE_AFTER_NOUN.match(text, noun.end)):
                return None  # "made his remarks during the breakfast", "made the announcement": no words given
            # "made those comments in an interview", "is making a populist argument.": the noun is what was said
            cue, light_object, takes_object, position = Span.of(text, cue.start, match.end()), noun, False, noun.end
    elif (particle is not None
          and (gap := (PARTICLE_GAP if lemma in f.particle_required or lemma in LISTENER_BEFORE_PARTICLE
                       else MANNER_BEFORE_PARTICLE).match(
              text, position, near(position, sentence.end))) is not None
          and (joined := particle.match(text, gap.end(), near(gap.end(), sentence.end))) is not None
          and (lemma in f.particle_required or not DAY_AHEAD.match(text, joined.end(), near(joined.end(), sentence.end)))):
        # "spoke highly of", "talked to reporters about"; "complained bitterly about the fares": the manner goes
        # with the cue; not "reported early on Monday"
        cue = Span.of(text, cue.start, joined.end())
        takes_object, position = True, joined.end()
    elif (own_particle is not None
          and (day := DAY_BEFORE_PARTICLE.match(text, position, near(position, sentence.end))) is not None
          and (joined := own_particle.match(text, day.end(), near(day.end(), sentence.end))) is not None
          and (TOPIC_OPENING.match(text, joined.end(), near(joined.end(), sentence.end)) is not None
               or joined.group().strip().lower() == "to" and lemma not in f.infinitive
               and lemma in cue_lexicon().phrasal_only
               and LOWER_WORD.match(text, joined.end(), near(joined.end(), sentence.end)) is not None)):
        # "responded Friday to the claims", "complained on Monday about the toll": the day goes with the cue; so
        # does it before the "to" of a cue that takes no infinitive of its own: "voted on Tuesday to raise the toll"
        cue = Span.of(text, cue.start, joined.end())
        takes_object, position = True, joined.end()
    elif lemma in AMOUNT_CUES and (amount := AMOUNT_AT.match(text, position, near(position, sentence.end))) is not None:
        # "The Gazette put the pier's value at $4 million": the object and the amount it is put at
        light_object, takes_object = Span.of(text, amount.start("object"), amount.end()), False
    elif (lemma in load_words("cues_object_with.txt")
          and (ahead := OBJECT_AHEAD.match(text, after := past_adverbials(text, position, sentence.end),
                                        near(after, sentence.end))) is not None
          and ahead.group(1).lower() not in f.prepositions  # "…,” Mr Reyl charged in his speech
          and not THAT.match(text, position, near(position, sentence.end))
          and not OBJECT_THEN_WITH.match(text, position, near(position, sentence.end))):
        return None  # "The firm charged skippers £5": a price, not a charge ("charged Ms Varga with fraud" reports)
    elif lemma in cue_lexicon().phrasal_only and lemma in f.object_reason:
        if not PERSON_THEN_REASON.match(text, position, near(position, sentence.end)):
            return None  # "The storm hit the pier": no one taken to task
        takes_object = True  # "hit Ms Varga for raising the toll": the person and the reason
    elif lemma in cue_lexicon().phrasal_only and lemma in f.object_as:
        takes_object = True  # "cast the mayor as reckless": an object and its "as" predicate (checked below)
    elif lemma in cue_lexicon().phrasal_only and lemma in ENACTING_CUES:
        if not _enacted_object(text, match, position, sentence):
            return None  # "passed the ball", "refused to sign the bill": nothing put into force
        takes_object = True  # "signed a bill that raised the toll": the law put into force
    elif lemma in f.particle_required and cue_class == "speech" and not gerund:
        # "she spoke for an hour" reports nothing, but "Mr Reyl disagreed. “The toll is fair.”" frames the quotation
        return quote_in_next_sentence(text, cue_class, cue, None, position, sentence, index, quote_map,
                                      source_before(text, sentence.start, cue.start))
    elif lemma in cue_lexicon().phrasal_only or lemma in f.particle_required:
        return None  # "went" alone is no cue, "went on" is
    if ((after_cue := text[match.end():cue.end].split()) and f"{lemma} {after_cue[-1].lower()}" in f.progressive_particles
            and (len(after_cue) > 1 or not match.group().lower().endswith("ing")
                 or PROGRESSIVE_BE_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start()) is None
                 or PROGRESSIVE_OBJECT.match(text, cue.end, near(cue.end, sentence.end)) is None)):
        return None  # "looked for her keys", "skippers looking for work": a search; "is looking for a buyer" reports
    # "told a joke", "tells a different story": the account is what was told, not whom
    topic_object = False
    if position == match.end() and (shared := _joined_speaker_cue(text, position, sentence)) is not None:
        # "Ms Varga argued, and Mr Reyl agreed, that …": the second speaker's cue first, the clause shared
        position = shared
    listener_next = lemma in f.addressee and position == match.end()
    if listener_next and TOLD_ACCOUNT.match(text, position, near(position, sentence.end)) is not None:
        takes_object = True
    elif (lemma in load_words("cues_named_reader.txt") and position == match.end()
          and tail_before(text, sentence.start, cue.start)[-1:].isalpha()  # not "…, wrote Ms Varga."
          and (reader := NAMED_READER.match(text, position, sentence.end)) is not None):
        addressee = Span.of(text, *reader.span("reader"))
        position = addressee.end
    elif (lemma in DOUBLE_OBJECT_CUES and position == match.end()
          and (addressee := _double_object_listener(text, position, sentence)) is not None):
        # "promised skippers a new pier": the skippers heard it, and the pier, an object, was promised
        position, takes_object = addressee.end, True
    elif listener_next and lemma in f.subjunctive_noun and noun_then_plain_verb(text, position, sentence.end):
        pass  # "urged the council delay the toll": the council is the subjunctive clause's subject, not a listener
    elif listener_next:
        addressee = _addressee(text, position, sentence.end, in_headline=headline(sentence))
        appositive = None
        if lemma in f.infinitive and (addressee is None or not TO_VERB_AHEAD.match(text, addressee.end, near(addressee.end, sentence.end))) and (
                longer := LONG_ADDRESSEE.match(text, position, near(position, sentence.end))) is not None \
                and not PRONOUN_WITH.search(longer.group("addressee")) and _whole_list(longer.group("addressee")):
            # "urged the rest of the council to act": the whole object before "to"; not "pressed him with questions
            # to …" (a means) nor "urging calm conduct, Mr Reyl's tone seems to …" (no list)
            addressee = Span.of(text, longer.start("addressee"), longer.start("addressee")
                                + len(longer.group("addressee").rstrip()))
        if (addressee is not None and lemma in f.infinitive
                and (relative := RELATIVE_THEN_TO.match(text, addressee.end, near(addressee.end, sentence.end)))
                and (lemma not in f.wh_cues or not _asks_who(relative.group("clause")))):
            # "urged anyone who saw the crash to come forward": the relative clause goes with the one urged
            addressee = Span.of(text, addressee.start, relative.end("clause"))
        elif (addressee is not None
              and (appositive := LISTENER_APPOSITIVE.match(text, addressee.end, near(addressee.end, sentence.end)))
              and (appositive.group("who") is not None or not has_verb(appositive.group("noun")))
              and (lemma in f.infinitive if appositive.group("next") == "to" else lemma in f.wh_cues)):
            # "asked Ms Varga, the harbour master, whether …", "urged Mr Reyl, a skipper, to …": the appositive
            # set off by commas goes with the one asked or urged, as a relative clause does
            addressee = Span.of(text, addressee.start, appositive.end("noun"))
        elif (addressee is not None and (lemma in f.wh_cues or lemma in f.wh_after_listener)
              and (dashed := LISTENER_DASH_APPOSITIVE.match(text, addressee.end, near(addressee.end, sentence.end)))
              and not has_verb_between(text, addressee.end, dashed.end("noun"), s_forms=False)):
            # "asked the ferry firms - Bay Lines and Sea Hop - whether …": the names set off by dashes go with the
            # ones asked, and the question follows the closing dash
            addressee, appositive = Span.of(text, addressee.start, dashed.end("noun")), dashed
        elif (addressee is not None and (lemma in f.wh_cues or lemma in f.wh_after_listener)
              and (listed := LISTENER_LIST.match(text, addressee.end, near(addressee.end, sentence.end)))
              and not has_verb_between(text, addressee.end, listed.end(), s_forms=False)):
            # "asked Mr Reyl, Ms Ruiz and Mr Osman whether …": the others listed were asked too
            addressee = Span.of(text, addressee.start, listed.end())
        elif (addressee is not None
              and (relative := RELATIVE_THEN_THAT.match(text, addressee.end, near(addressee.end, sentence.end)))
              and next(cue_lexicon().find(text, relative.start("clause"), relative.end("clause"), ANY_CUE),
                       None) is None):
            # "warned residents who stayed behind that rescuers might not come": the relative clause goes with the
            # ones warned; not "told skippers who asked that …", whose own cue takes the clause
            addressee = Span.of(text, addressee.start, relative.end("clause"))
        if (addressee is not None and addressee.text.startswith("and ")
                and addressee.text.rsplit(None, 1)[-1].lower() in cue_lexicon().finite_forms):
            # "Mr Reyl warned and Ms Varga agreed that …": a second speaker and cue, no listener; the clause is shared
            position, addressee = addressee.end, None
        elif addressee is not None and _ends_in_main_verb(
                text, addressee, in_relative=word_before(text, sentence.start, cue.start) in ("who", "that")):
            return None  # "The skipper who warned the board said …": the listener's last word is the sentence's verb
        of_end = _listener_of_phrase(text, addressee.end, sentence) if addressee is not None else None
        if (of_end is not None and of_end > 0 and particle is not None and particle.search(" of ") is not None
                and addressee.text.split()[-1].lower() not in load_words("quantifiers.txt", lower=True)):
            of_end = None  # "reminded skippers of the winters his crew had spent there": the cue's own "of" topic
        if of_end is not None and of_end < 0:
            addressee = None  # "warns hundreds of jobs could go": the noun and its "of" are the clause's subject
        elif of_end is not None:
            addressee = Span.of(text, addressee.start, of_end)  # "told members of the board the pier would close"
        elif (addressee is not None and (lemma in f.wh_cues or lemma in f.wh_after_listener)
              and (particle is None or particle.search(" of ") is None)
              and (of_phrase := OF_PHRASE_THEN_QUESTION.match(text, addressee.end, near(addressee.end, sentence.end)))
              and not has_verb_between(text, addressee.end, of_phrase.end(), s_forms=False)):
            addressee = Span.of(text, addressee.start, of_phrase.end())  # "asked the crews of the bay why …"
        if addressee is not None and AUXILIARY_AHEAD.match(text, addressee.end, near(addressee.end, sentence.end)):
            if (named := _name_after_listener(addressee.text)) is not None:
                # "told the court Mr Reyl had lied": the listener ends where the clause's named subject begins
                addressee = Span.of(text, addressee.start, addressee.start + named)
            elif lemma not in f.addressee_optional:
                return None  # "reminded the council was short": a listener and a verb with no subject
            else:
                addressee = None  # "Ms Varga warned the skippers would pay": whom she warned is not named
        if addressee is not None:
            if (particle is not None and of_end is None
                    and (inner := particle.search(text, addressee.start, addressee.end)) is not None):
                addressee = Span.of(text, addressee.start, inner.start())  # "warned the council against …"
            position = addressee.end
            if _setting_after_listener(text, position, sentence):
                return None  # "Varga Urges Calm As Reyl Protests": the headline's setting, no words said
            if lemma in f.infinitive and (comma := COMMA_THEN_TO.match(text, position, near(position, sentence.end))) is not None:
                position = comma.end()  # "urged Ms Varga, who chairs the board, to act": the relative's comma closes
            elif appositive is not None:
                position = appositive.end()  # "asked Ms Varga, the harbour master, whether": the question after it
            amount = TOPIC_AMOUNT.match(text, position, near(position, sentence.end))
            if (particle is not None and of_end is None and not ABOUT_AMOUNT.match(text, position, near(position, sentence.end))
                    and not FOR_ADVERBIAL.match(text, position, near(position, sentence.end))  # "for years": a time
                    and (joined := particle.match(text, amount.end() if amount else position,
                                                  near(position, sentence.end)))):
                # "asked the senator about the vote", "reminded voters of the toll": the topic is an object
                position, takes_object, topic_object = joined.end(), True, True
            elif (amount := ABOUT_AMOUNT_THEN_THAT.match(text, position, near(position, sentence.end))) is not None:
                position = amount.end()  # "told reporters about 20 times that …": what follows "that"
            elif (rest := _listener_rest(text, position, sentence.end)) is not None:
                if LISTENER_GOES_ON.match(text, position, near(position, sentence.end)):  # "members of the council board", "the Gazette’s “Morning”"
                    addressee = Span.of(text, addressee.start, rest)
                position = rest  # "told members of the council executive board that …": what follows "that"
    if (lemma in STORY_IT_VERBS and STORY_IT.match(text, position, near(position, sentence.end)) is not None
            and AS_STORY_OPENING.fullmatch(text, sentence.start, cue.start) is not None):
        position = STORY_IT.match(text, position, near(position, sentence.end)).end()  # "As Ms Varga tells it, …"
    if (addressee is None and cue.text.rsplit(None, 1)[-1].lower() in _clause_light_nouns().get(lemma, ())
            and (heard := CLAUSE_LIGHT_LISTENER.match(text, position, near(position, sentence.end))) is not None):
        # "made the case to 23 guild leaders that …", "will make the case to skippers gathered in Lyme for the
        # regatta that …": all the words before "that" heard the case, none of them an adverbial
        addressee, position = Span.of(text, *heard.span("listener")), heard.end("listener")
    after_cue = position
    # "said of her crew that …": read before the adverbials, which would take "of her" as one
    topic = OF_TOPIC_THEN_THAT.match(text, position, near(position, sentence.end))
    position = past_adverbials(text, position, sentence.end)
    if (addressee is not None and lemma in f.infinitive and position > after_cue
            and PREPOSITION_TO.match(text, position, near(position, sentence.end)) is not None):
        # "urged a lower toll in a speech to the guild": no one urged to act, the noun is what was urged
        addressee, position, after_cue = None, match.end(), match.end()
    if position > after_cue and text.startswith(",", after_cue) \
            and text[after_cue:position].strip(", ").lower() not in CONNECTIVES and (
            closing := SET_OFF_CLOSE.match(text, position, near(position, sentence.end))) is not None:
        position = closing.end()  # "announced, on Tuesday, the sale of the pier": the adverbial's closing comma
    elif position == after_cue and lemma not in f.naming and (
            phrase := SET_OFF_PHRASE.match(text, position, near(position, sentence.end))) is not None \
            and SET_OFF_CLOSE.match(text, phrase.end() - 1) is not None:
        position = phrase.end()  # "confirmed, before hundreds of skippers, the worst fears": a phrase set off
    elif (phrase := _aside_before_quotation(text, position, sentence, phrase=position > after_cue)) is not None:
        # "said on Monday, in large letters, “…”", "joked, again using a funny voice, “…”": a phrase set off after the
        # adverbials, or a participle's, before a quotation
        position = phrase.end()
    elif position == after_cue and lemma in f.as_predicate and (
            shifted := _as_before_shifted_object().match(text, position, near(position, sentence.end))) is not None:
        position = shifted.end()  # "dismissed as nonsense the idea that …": the predicate before a long object
    elif position == after_cue and (aside := SET_OFF_AS_REPORT.match(text, position, near(position, sentence.end))) \
            is not None and (aside.group("verb").lower() in cue_lexicon().forms or aside.group("verb").lower() in PRO_VERBS) \
            and SET_OFF_CLOSE.match(text, aside.end() - 1) is not None:
        position = aside.end()  # "said, as Ms Varga had warned, the pier …", "wondered, as skippers do, why …": another's report
    position = _past_place_and_adverbial(text, position, sentence.end,
                                         after_time=DAY_BEFORE.search(text, after_cue, position) is not None)
    if (lemma in f.bare or bare_clause) and not headline(sentence):
        position = max(position, _past_phrase_chain(text, after_cue, sentence.end) or position)
    if bare_clause and _describes_a_noun(text, position, sentence.end):
        return None  # "made clear progress on the pier"
    if (about := topic or OF_TOPIC_THEN_THAT.match(text, position, near(position, sentence.end))) is not None:
        position = about.end()  # "Mr Reyl said of the vote that it was rigged": what he said follows "that"
    elif (person := PERSON_THEN_THAT.match(text, position, near(position, sentence.end)) or (
            None if takes_object else LISTENERS_THEN_THAT.match(text, position, near(position, sentence.end)))):
        position = person.end()  # "agreed with Mr Reyl that the toll was too high": what was agreed follows "that"
        if lemma in DOUBLE_OBJECT_CUES and person.start() == match.end():
            # "promised Mr Reyl that he could run the ferry": right after a cue of two objects, the person heard it
            addressee = Span.of(text, person.start() + len(person.group()) - len(person.group().lstrip()), person.end())
    before = tail_before(text, sentence.start, cue.start)
    if not gerund and cue.start == sentence.start and (source := source_after(text, match.end(), sentence.end)) \
            and (match.group().lower() != lemma or _base_form_inverted(text, sentence, source)):
        # "Said Osman, “…”", "Warns Mr Reyl: “…”": a past or "-s" form inverted before its subject; a base form only
        # before a colon or comma ("Say the skippers: …"), else a noun or an order ("Press secretary Lena Ruiz …")
        opening = complement_after_cue(text, lemma, source.end, sentence, quote_map, takes_object=False)
        if opening is None and (later := quote_map.first_after(source.end)) is not None and later.start < sentence.end \
                and SET_OFF.fullmatch(text, source.end, later.start):
            opening = later.inner  # "Said Lena Ruiz, who grew up by the pier, “…”"
        if opening is not None:  # "Said Osman, “…”"
            return make_quote((opening,), cue, source, addressee, cue_class, index, quote_map)
    # the subject before the cue and where its phrase begins; a participle has none of its own
    subject = None if gerund else source_before(text, sentence.start, cue.start)
    if subject is not None and (way := THE_WAY_SUBJECT.match(text, subject[0].start, subject[0].end)) is not None:
        subject = Span.of(text, way.end(), subject[0].end), subject[1]  # "The way Mr Reyl tells it": Mr Reyl
    relative_name = None if gerund else RELATIVE_NAME_APPOSITIVE.search(text, max(sentence.start, cue.start - 120),
                                                                         cue.start)
    if relative_name is not None:
        # "…, which Mr Reyl, the mayor, called “…”": the name after the relative pronoun, not the noun before it
        subject = Span.of(text, *relative_name.span("name")), relative_name.start("name")
    if subject is not None:
        subject = _possessor_after_preposition(text, subject)
    if subject is not None:
        subject = _subject_through_time_phrase(text, sentence, subject)
    if subject is not None:
        subject = _relative_before_phrase(text, sentence, subject)
    if subject is not None and (head := object_relative_head(text, sentence, subject[0])) is not None:
        subject = head  # "Fans who the club surveyed said …": the noun the relative clause hangs on speaks
    if subject is not None and headline(sentence) and (
            noun := _headline_relative_head(text, sentence, subject[0])) is not None:
        subject = noun, noun.start  # "Harbour Skipper Who Backed Varga Says …": the noun, not "Backed Varga"

    read: list[Quote | None] = []  # the frame on the left, once read

    def left_frame() -> Quote | None:  # read once, however many of the branches below ask for it
        if read:
            return read[0]
        if lemma in f.adjectives or lemma in cue_lexicon().phrasal_only and cue.end == match.end():
            # "The vote could be critical": a stance reports only what follows it; so does "cast" without its noun
            read.append(None)
        else:
            read.append(read_left_frame(text, match, cue_class, cue, addressee, position, sentence, index, quote_map,
                                        subject))
        return read[0]

    # "…, her deputy — Mr Reyl — threw his support behind Ms Varga": a phrase ending in a preposition has its object
    joined_object = (takes_object and cue.end > match.end()
                     and _ends_in_preposition(text[cue.start:cue.end]))
    # "…, a move Mr Reyl, the mayor, opposed": the comma closes the appositive of the name naming the move
    set_off_shell = _shell_object(text, sentence, subject[0]) if subject is not None and before.endswith(",") else None
    shell_appositive = set_off_shell is not None or relative_name is not None and before.endswith(",")
    if not gerund and not joined_object and (before.endswith(INVERTING) or cue.start == sentence.start) \
            and not shell_appositive \
            and (not opens_sentence(text, sentence, subject) or interrupts_subject(text, match, sentence)):
        # "the party's “skippers” have endorsed …": quoted words naming the subject's head, before an auxiliary, are
        # no report of its cue; without one they are, if a frame on the left reads them ("a “disgrace” say skippers")
        quoted_head = _quoted_head(subject)
        inverted = None if quoted_head and cue.start < match.start() else left_frame()
        if inverted is not None or (before.endswith(CLOSING_QUOTES) and not quoted_head
                                    and not _quotation_inside_a_clause(text, sentence, cue, quote_map)
                                    and not next_present_act(text, match, cue, sentence, quote_map)):
            return inverted
    if not gerund and after_quoted_words(text, subject) and not STRONG_COMPLEMENT.match(
            text, match.end(), near(match.end(), sentence.end)) and _aside_before_quotation(text, match.end(), sentence) is None:
        framed = left_frame()
        if framed is not None:  # "“…,” Osman told a crowd at the diner that …": the quote is what he told
            return framed
    content = None
    if (subject is not None
            and (lemma in f.bare or lemma in f.object or cue.end > match.end() or lemma in AS_FRAME_CUES)
            and ((as_opening := AS_OPENING.search(text, max(sentence.start, subject[1] - 12), _past_as(text, subject, cue)))
                 or THE_WAY_OPENING.search(text, max(sentence.start, subject[0].start - 12), subject[0].start))):
        if as_opening is not None and CUE_THEN_COMMA.search(text, max(sentence.start, as_opening.start() - 40),
                                                            as_opening.start()) is not None:
            return None  # "Mr Reyl said, as Ms Varga had warned, that …": what follows is the first cue's
        # "As the Gazette noted, trust in the board is fading": what follows the comma
        comma = AS_COMMA.match(text, position, near(position, sentence.end)) or AS_PHRASE_COMMA.match(
            text, position, near(position, sentence.end))
        if comma is not None and as_opening is not None and JOINT_OPENING.match(text, comma.end()) is not None \
                and COMMA_BEFORE_AS.search(text, max(sentence.start, as_opening.start() - 4), as_opening.start()):
            return left_frame()  # "…, as the Gazette reported, and he will …": the frame closes the clause before it
        content = clause_from(text, comma.end(), sentence, quote_map) if comma is not None else None
    as_frame = content is not None  # the main clause after "As X noted,": no opening clause to end
    if content is None and light_object is not None:
        content = light_object
    elif content is None:
        content = complement_after_cue(text, lemma, position, sentence, quote_map, takes_object=takes_object,
                                       noun_object=gerund or cue.end > match.end() or topic_object,
                                       participle=gerund and match.group().lower().endswith("ing"),
                                       bare_clause=bare_clause or _finite_subject_clause(
                                           text, lemma, match, cue, position, sentence),
                                       object_only=joined_object or topic_object,
                                       listener=addressee is not None)
        if (content is not None and not gerund and subject is not None
                and (reason := REASON_AFTER_CUE.match(text, cue.end, near(cue.end, sentence.end))) is not None
                and reason.start("reason") <= content.start and (framed := left_frame()) is not None):
            # "The pier will close, an official said on condition of anonymity because he was not authorised to
            # comment": the reason the source speaks so, after a frame whose words came before it
            return framed
        if content is not None and lemma in DOUBLE_OBJECT_CUES and content.text.lower() in OBJECT_PRONOUNS:
            return None  # "what Ms Varga is promising them", "promised her in May a pier": whom, not what
        if content is not None:
            content = before_second_present(text, match.group(), content, quote_map)
        elif subject is not None and addressee is None and cue.end == match.end():
            content = _verbless_headline_after(text, position, sentence)  # "Varga says pier safe"
    if gap_said is not None:
        if content is None:
            return None
        if (not GAP_TOPIC_QUESTION.match(text, content.start)
                and (stop := GAP_TOPIC_END.search(text, content.start, content.end)) is not None):
            content = Span.of(text, content.start, stop.start())
        # "what it says about Lyme than …": the topic; "nine odd things Mr Reyl has said about Lyme": the things too
        pieces = (content,) if gap_said.group("head") is None else (Span.of(text, *gap_said.span("head")), content)
        return make_quote(pieces, cue, Span.of(text, *gap_said.span("subject")), addressee, cue_class, index,
                          quote_map)
    if (content is None and takes_object and addressee is not None and cue.end == match.end()
            and (addressee.text[:1].islower() or _headline_thing(addressee.text, sentence))
            and addressee.text.split()[0].lower() not in f.pronouns
            and not (lemma in f.noun_ambiguous and match.group().lower() in (lemma, lemma + "s"))):  # "email server"
        # "urged a strong stand on the pier": no one addressed, the object is what was urged
        content = complement_after_cue(text, lemma, match.end(), sentence, quote_map, takes_object=True)
        if content is not None and content.text.lower() in OBJECT_PRONOUNS:
            content = None  # "urged them, as she left": whom, not what
        addressee = None if content is not None else addressee
    bare_naming = lemma in f.naming and cue.end == match.end() and addressee is None  # "calls", no particle or addressee
    if (bare_naming
            and (pronoun := _relative_object(text, sentence, subject)) is not None
            and (predicate := content or _bare_predicate(text, position, sentence, quote_map)) is not None
            and not NOT_A_PREDICATE.match(predicate.text)):
        # "what Mr Reyl calls “the pier game”": the relative pronoun and its bare predicate
        predicate = _name_ends_at_quote(text, predicate, quote_map)
        return make_quote((pronoun, predicate), cue, subject[0], addressee, cue_class, index, quote_map)
    if (bare_naming and subject is not None and (shell := _shell_object(text, sentence, subject[0])) is not None
            and (predicate := content or _bare_predicate(text, position, sentence, quote_map)) is not None
            and not NOT_A_PREDICATE.match(predicate.text)):
        # "…, a move Mr Reyl called “reckless”": the shell noun and its predicate, by the subject after the noun
        predicate = _name_ends_at_quote(text, predicate, quote_map)
        return make_quote((shell[0], predicate), cue, shell[1], addressee, cue_class, index, quote_map)
    if (bare_naming
            and (contact := CONTACT_RELATIVE.search(text, max(sentence.start, cue.start - 40), cue.start)) is not None
            and contact.group("head") not in f.boundaries
            and (mark := OPENING_MARK.match(text, position, near(position, sentence.end))) is not None
            and (quoted := quote_map.around(mark.end())) is not None
            and (quoted.inner.text.rstrip()[-1:] in (",", ".", ";", ":", "!", "?")
                 or QUOTE_ENDS_CLAUSE.match(text, quoted.end, near(quoted.end, sentence.end)))):
        # "videos he calls “Pier Watch”": the head noun and the quoted name; not "she called “…” a fraud"
        head = Span.of(text, *contact.span("head"))
        source = Span.of(text, *contact.span("pronoun"))
        return make_quote((head, Span.of(text, quoted.start, quoted.end)), cue, source, addressee, cue_class, index,
                          quote_map)
    if (bare_naming and content is not None and not _holds_quote(content, quote_map)
            and CONTACT_RELATIVE.search(text, max(sentence.start, cue.start - 40), cue.start) is not None):
        return None  # "the clip she called a fraud": an unquoted name after a contact relative is no report
    if (content is None and (pronoun := _relative_object(text, sentence, subject)) is not None
            and (as_phrase := AS_PREDICATE.match(text, position, near(position, sentence.end))) is not None
            and (predicate := clause_from(text, as_phrase.start("as"), sentence, quote_map, stop=CLAUSE_COMMA))
            is not None):
        # "the cove, which he describes as her favourite mooring, …": the relative pronoun and its predicate
        return make_quote((pronoun, predicate), cue, subject[0], addressee, cue_class, index, quote_map)
    if (content is None and lemma in f.object and lemma not in f.naming and cue.end == match.end() and addressee is None
            and (pronoun := _relative_object(text, sentence, subject) or _that_object(text, sentence, subject))
            is not None and pronoun.text.lower() != "what"
            and (reason := FOR_REASON.match(text, position, near(position, sentence.end))) is not None
            and (predicate := clause_from(text, reason.start("for"), sentence, quote_map, stop=OBJECT_STOP))
            is not None):
        # "the toll, which Ms Varga blamed for the losses": the relative pronoun and the reason its noun was blamed for
        return make_quote((pronoun, predicate), cue, subject[0], addressee, cue_class, index, quote_map)
    if (content is not None and lemma in f.infinitive and cue.end == match.end() and addressee is None
            and (TO_WORD.match(text, content.start)
                 or (lemma in f.object and INFINITIVE_DOER.match(text, content.start) is not None))
            and (gap := INFINITIVE_GAP_BEFORE.search(text, max(sentence.start, cue.start - 60), cue.start)) is not None
            and gap.group("head").split()[-1].lower() not in TIME_HEADS and _names_one(gap.group("subject"))
            and f.boundaries.isdisjoint(gap.group("head").lower().split()[1:]) and not _verb_in_head(gap.group("head"))
            and ((infinitive := INFINITIVE_GAP.match(text, to := _to_after_doer(text, content.start))) is not None
                 or (infinitive := INFINITIVE_GAP_ADJUNCT.match(text, to)) is not None
                 or (infinitive := _infinitive_before_main_verb(text, sentence, gap, to)) is not None)):
        # "the oldest boat Ms Varga always hoped to own": the noun the infinitive leaves out, and the infinitive; after
        # a fronted preposition ("In the end she wants to leave") the noun is a setting: the content alone, by the subject
        pieces = ((content,) if _fronted_setting(text, sentence, gap.start("head"))
                  else (Span.of(text, *gap.span("head")), Span.of(text, content.start, infinitive.end())))
        return make_quote(pieces, cue, Span.of(text, *gap.span("subject")), addressee, cue_class, index, quote_map)
    if (content is None and lemma in f.as_predicate and cue_class == "speech" and cue.end == match.end()
            and (gap := AS_GAP_BEFORE.search(text, max(sentence.start, cue.start - 60), cue.start)) is not None
            and gap.group("subject").split()[-1].lower() not in f.boundaries
            and (as_phrase := AS_PREDICATE.match(text, position, near(position, sentence.end))) is not None
            and (predicate := clause_from(text, as_phrase.start("as"), sentence, quote_map, stop=CLAUSE_COMMA))
            is not None):
        # "a case the judge described as reckless": the noun the clause hangs on and its predicate, by the subject;
        # a view ("the candidate she regards as …") is left to the report around it
        return make_quote((Span.of(text, *gap.span("head")), predicate), cue, Span.of(text, *gap.span("subject")),
                          addressee, cue_class, index, quote_map)
    if (content is None and lemma in f.as_predicate and cue_class == "speech" and cue.end == match.end()
            and set_off_shell is not None
            and (as_phrase := AS_PREDICATE.match(text, position, near(position, sentence.end))) is not None
            and (predicate := clause_from(text, as_phrase.start("as"), sentence, quote_map, stop=CLAUSE_COMMA))
            is not None):
        # "…, a move Mr Reyl, the mayor, described as “reckless”": the shell noun and its predicate, by the name
        return make_quote((set_off_shell[0], predicate), cue, set_off_shell[1], addressee, cue_class, index, quote_map)
    if ((content is None or RELATIVE_OBJECT_ADVERBIAL.match(content.text)) and takes_object and subject is not None
            and RELATIVE_OBJECT_ENDS.match(text, position, near(position, sentence.end))
            and not _ends_in_determiner(subject[0])
            and (relative := _object_relative(text, sentence, subject[1])) is not None):
        # "the deal, which Ms Varga opposed, …": the relative pronoun is what she opposed
        return make_quote((relative,), cue, subject[0], addressee, cue_class, index, quote_map)
    if (subject is not None and cue_class in WHAT_OBJECT_CLASSES
            and (what := WHAT_OBJECT.search(text, max(sentence.start, subject[1] - 8), subject[1])) is not None
            and (content is None or RELATIVE_OBJECT_ADVERBIAL.match(content.text)) and not headline(sentence)
            and RELATIVE_OBJECT_ENDS.match(text, position, near(position, sentence.end))
            and _names_what(word_before(text, sentence.start, what.start()))
            # a subject that holds a cue word is a misread clause: "what they see in press releases"
            and not any(cue_lexicon().lookup(word.lower()) for word in subject[0].text.split()[1:])):
        # "That is what Ms Varga told the Gazette.": "what" is what she told, the rest is the writer's
        return make_quote((Span.of(text, *what.span("pronoun")),), cue, subject[0], addressee, cue_class, index,
                          quote_map)
    if ((content is None or RELATIVE_OBJECT_ADVERBIAL.match(content.text))  # "…, a plan the guild has opposed since spring"
            and (takes_object or lemma in f.bare and cue_class == "speech") and subject is not None
            and SHELL_ENDS.match(text, position, near(position, sentence.end))
            and (shell := _shell_object(text, sentence, subject[0])) is not None):
        # "the ferry was late, a point Ms Varga conceded to the Gazette": the noun is what she conceded, also after
        # a cue of a bare clause that takes no object ("…, a point Ms Varga conceded.")
        return make_quote((shell[0],), cue, shell[1], addressee, cue_class, index, quote_map)
    if (content is not None and lemma in f.object_with_predicate and position == match.end()
            and (purpose := PURPOSE_INFINITIVE.search(content.text)) is not None
            and _only_a_name(content.text[:purpose.start()])
            and purpose.group(1).lower() not in f.noun_markers):
        return None  # "called Mr Reyl to thank him": a phone call with its purpose, no predicate
    if (content is not None and lemma in f.object_with_predicate and position == match.end()
            and not _only_a_name(content.text) and _only_a_name(_without_closing_adverbs(content.text))):
        return None  # "called Mr Reyl briefly on Friday": a phone call and how it went, no predicate
    if (content is not None and lemma in f.object_with_predicate and position == match.end()
            and _only_a_name(content.text)):
        after = NAME_APPOSITIVE.match(text, content.end, near(content.end, sentence.end))
        predicate = clause_from(text, after.end(), sentence, quote_map, stop=OBJECT_STOP) if after else None
        if predicate is None or subject is None:
            return None  # "Mr Hale called Ms Ruiz": a phone call
        # "called Ms Varga, his rival on the council, a “wrecker”": the name and its predicate
        return make_quote((content, predicate), cue, subject[0], addressee, cue_class, index, quote_map)
    if content is not None and THAT.match(text, position, content.start) and object_gap(text, content):
        return None  # "made claims that he could not prove": a relative clause on the claims, no words given
    if (content is not None and lemma in f.object_with_predicate and position == match.end()
            and _called_person(content.text)):
        return None  # "Ms Varga called both candidates": a phone call, no predicate
    if (content is not None and lemma in f.object_with_predicate and position == match.end()
            and _called_event(content.text)):
        return None  # "The council called an emergency session": a meeting convened, no predicate
    if (content is not None and lemma in f.object and position == match.end() and lemma not in f.infinitive
            and lemma not in f.addressee and lemma not in load_words("cues_object_then_to.txt")
            and (purpose := PURPOSE_INFINITIVE.search(content.text)) is not None
            and _opens_verb(purpose.group(1)) and _person_object(content.text[:purpose.start()])):
        # "not attacking the mayor to take a swipe at the council": the infinitive is the subject's purpose;
        # "praised the plan to cut fares" keeps it, the plan's
        content = Span.of(text, content.start, content.start + purpose.start())
    if (content is not None and lemma in f.object_with_predicate and position == match.end()
            and (words := content.text.split()[:2]) and REFLEXIVE.fullmatch(words[0])
            and len(words) > 1 and words[1].lower() in f.prepositions):
        return None  # "dubbed himself over the footage": no predicate given
    if content is not None and lemma in f.object_as and cue.end == match.end() and not AS_WORD.search(content.text):
        return None  # "the film portrays a fishing town"; but "portrayed the mayor as reckless", "cast doubt on"
    if content is not None and lemma == "find" and _found_thing(content.text):
        return None  # "could not find a job", "found comfort in the vote": something come upon
    if (content is not None and lemma == "see" and position == match.end() and not AS_WORD.search(content.text)
            and not THAT.match(text, position, content.start) and _seen_then(text, cue, sentence)):
        return None  # "when she saw Mr Reyl on the pier": a sight at that moment, not a view
    if (content is not None and lemma == "see" and position == match.end() and not AS_WORD.search(content.text)
            and _shown_object(text[content.start:near(content.start, content.end)].split())):
        return None  # "sources who have seen the letter": a thing looked at, not a view
    if (content is not None and position == match.end() and SINCE_TIME.match(content.text)
            and not has_verb_between(text, content.start, content.end, s_forms=False)
            and f.question_words.isdisjoint(word.lower() for word in WORD.findall(content.text))):
        # "the worst slump the pier had seen since the war": a time with no clause, nothing seen or said; not
        # "has seen since May how the toll hurts skippers"
        return None
    if (content is not None and lemma == "claim" and position == match.end() and _claimed_thing(content.text)
            and not THAT.match(text, position, content.start)
            and not has_verb_between(text, content.start, _words_end(text, content, 5), s_forms=False)):
        return None  # "The storm claimed three lives", "claimed 80,000 pounds in grants": taken, not said
    if content is not None and position == match.end() and NO_DETAILS_OBJECT.match(content.text) is not None:
        return None  # "offered no comment about the strike": a reply not given says nothing
    if (content is not None and lemma in GOODS_CUES and position == match.end() and _offered_goods(content.text)
            and not THAT.match(text, position, content.start)):
        return None  # "offered a discount to the skippers", "accepted a grant": goods handed over, not words
    if (content is not None and lemma == "post" and position == match.end()
            and _listed_object(content.text.split(), load_words("posted_results.txt", lower=True))):
        return None  # "posted a clear win", "posted record profits": a result, not a message
    if (content is not None and cue.start == match.start() and _participle_before_verb(text, match, content)):
        return None  # "Figures published on Friday show that …": the participle describes the subject of "show"
    if (content is not None and lemma == "order" and not text[match.end():content.start].strip()
            and _listed_object(content.text.split(), load_words("ordered_goods.txt", lower=True))):
        return None  # "the board ordered repairs", "ordered two new ferries": work or goods ordered, no directive
    if (content is not None and lemma == "seek" and position == match.end()
            and _listed_object(content.text.split(), load_words("sought_replies.txt", lower=True))):
        return None  # "a message seeking comment", "sought a response from the board": asking, nothing held
    if (content is not None and lemma == "admit" and position == match.end() and _let_in(content.text)
            and not THAT.match(text, position, content.start)):
        return None  # "the school admitted 40 pupils": people let in, not something conceded
    if content is not None and lemma == "show" and (
            _shown_thing(content.text) if position == match.end()
            else addressee is not None and _shown_object(content.text.split())):
        # "showed Forn a yellow card", "showed reporters the letter": a thing held up to be seen, not what evidence
        # shows; the listener before it was read as the addressee
        return None
    if content is not None and lemma == "address" and position == match.end() and _audience(content.text):
        return None  # "will address the harbour convention", "addressed a rally": the listeners, not a topic
    if (content is not None and lemma in f.contest_object and position == match.end()
            and _contest_rival(content.text)):
        return None  # "is challenging Mr Reyl for the harbour seat": a rival in a contest
    if (content is not None and lemma in f.person_act_object and position == match.end()
            and content.text.lower() in OBJECT_PRONOUNS):
        return None  # "Mr Reyl embraced him": a hug or an ally taken in, not a view held
    if (content is not None and cue_class == "writing" and position == match.end() and _bare_work(content.text)
            and quote_map.around(content.start) is None and not THAT.match(text, position, content.start)):
        return None  # "wrote a children's book", "published a column": a work (not "reports that the book was …")
    if (content is not None and cue_class == "writing" and position == match.end()
            and quote_map.around(content.start) is None and _document_then_saying(content.text)):
        return None  # "posted a video saying …": the document's participle reports, by the one who put it out
    if (content is not None and position == match.end()
            and (cue_class == "writing" or lemma in load_words(PERFORMING_VERBS, lower=True))
            and _names_a_work(text, content, quote_map)):
        return None  # "wrote “The Last Ferry” in 2015", "sang “Harbour Lights”": a work's name, not words said
    if (content is not None and lemma in f.backing and subject is not None and subject[0].text.split()
            and subject[0].text.split()[-1] in load_words("bearing_heads.txt")):
        return None  # "The new beams will support the roof": a load borne, no side taken; not "The Gazette Post"
    if content is not None and lemma in f.bare_if_person and subject is not None and \
            any(word.lower() in f.inanimate_heads for word in _past_counted_head(subject[0].text.split())[:2]) and \
            not THAT.match(text, position, near(position, sentence.end)):
        return None  # "Comments from the mayor suggested more would follow": an inference
    if content is not None and TO_START.match(content.text):
        # "agreed to lend Mr Reyl money, and the union also stepped in": a clause with a subject of its own after
        # the first comma is the writer's next fact, not what was agreed, and so is a purpose with its own subject
        # ("agreed to release the cash so Mr Reyl could start"); not a list's last item ("to hold talks, rallies,
        # and other events designed to …")
        joint = NEW_CLAUSE_JOINT.search(text, content.start, content.end)
        if joint is not None and ("," in QUOTED_COMMA_END.sub("", text[content.start:joint.start()])
                                  or not opens_with_subject(text[joint.end():content.end])):
            joint = None
        if joint is not None:
            content = trimmed(text, content.start, joint.start()) or content
    if (content is not None and position == match.end() and quote_map.around(content.start) is None
            and (pointer := POINTER_BEFORE_COLON.match(text, content.start, content.end)) is not None):
        content = trimmed(text, pointer.end(), content.end) or content  # "said this: the toll must go"
    if (content is not None and position == match.end() and quote_map.around(content.start) is None
            and (pointer := POINTER_TOPIC_BEFORE_COLON.match(text, content.start, near(content.start, sentence.end)))
            is not None):
        # "said this about the toll: it must go": the topic stays out, the words after the colon were said
        content = clause_from(text, pointer.end(), sentence, quote_map) or content
    if (content is not None and position == match.end() and not TO_START.match(content.text)
            and quote_map.around(content.start) is None
            and (joint := OBJECT_CLAUSE_JOINT.search(text, content.start, content.end)) is not None
            and not has_verb_between(text, content.start, joint.start(), s_forms=False)
            and "," not in text[content.start:joint.start()]
            and opens_with_subject(text[joint.end():content.end])):
        # "announced a new route to Lyme, and fares rose": a noun phrase with no verb of its own before the
        # joint is the object, and the clause after the comma is the writer's next fact
        content = trimmed(text, content.start, joint.start()) or content
    if content is not None and addressee is not None and _listener_then_to(text, addressee, content) and \
            TO_START.match(content.text):
        # "urged Congress to act", "urged Ms Varga, who chairs the board, to act", "urged residents in the harbour
        # district to move": who is to act belongs to what was asked, with where they are
        if (place := text[addressee.end:content.start]).strip() not in ("", ",") \
                and LISTENER_OCCASION.fullmatch(place) is None:  # "urged the council in a letter to act": how urged
            addressee = Span.of(text, addressee.start, addressee.end + len(place.rstrip()))
        content = Span.of(text, addressee.start, content.end)
    if content is not None and lemma not in f.bare and STRANDED_TO.fullmatch(content.text) is not None:
        # "unless the harbour master ordered him to": the infinitive is left out, nothing is reported; a cue of a
        # clause keeps its own ("said she had to")
        return None
    if content is not None and quote_map.around(content.start) is None and not as_frame:
        content = within_opening_clause(text, sentence, cue.start, content, quote_map)
    if content is not None:
        # "It is too early to tell if …", "it's fair to say …": the writer's hedge, said by nobody
        nobody = _extraposed_before().search(text, max(sentence.start, cue.start - 60), cue.start) is not None
        if gerund:
            source = None if nobody else participle_source
            if source is not None:
                source = relative_subject(text, source, cue.start) or source
            if source is not None and _no_speaker(text, lemma, source, content):
                return None  # "Maine …, supporting the party by ten points", "a debate threatening to break the party"
            if source is not None and not text[source.end:cue.start].strip() and quote_map.around(content.start) is None:
                # "Letters from skippers backing Ms Varga were …": the subject may lead up to the participle
                lead = Span.of(text, sentence.start, source.start)
                if lemma not in f.bare and lemma not in f.bare_if_person:
                    # "Voters calling on Mr Reyl to resign have signed …": the sentence's own verb ends it
                    verb = _own_verb(text, content)
                    if verb is not None and (not lead.text.strip() or lemma in f.object and _own_verb(text, lead) is None):
                        content = trimmed(text, content.start, verb) or content
                elif not lead.text.strip() and (main := verb_after_clause(text, content)) is not None:
                    # "Officials warning that the pier is unsafe were ignored": the clause ends before the main verb
                    content = trimmed(text, content.start, main) or content
                elif not lead.text.strip() and lemma in f.bare_if_person and (verb := _own_verb(text, content)):
                    # "Skippers suggesting a toll have signed …": an object, then the sentence's own verb
                    content = trimmed(text, content.start, verb) or content
            if (source is not None and cue_class in TO_CLASSES and quote_map.around(content.start) is None
                    and WITH_BEFORE.search(text, max(sentence.start, source.start - 8), source.start) is not None
                    and (second := AND_SUBJECT_PARTICIPLE.search(text, content.start, content.end)) is not None):
                # "with skippers calling her a champion and the mayor hugging her": each "with" subject its own act;
                # not "with polls showing Ms Varga ahead and Mr Reyl trailing", what the polls show
                content = trimmed(text, content.start, second.start()) or content
            if (quote_map.around(content.start) is None and first_comma(sentence) < cue.start
                    and (main := _aside_main_verb().search(text, content.start, content.end)
                         or _aside_main_base(text, content)) is not None
                    and "," not in text[content.start:main.start()] and quote_map.around(main.start()) is None):
                # "Ms Varga, after a poll showing her ahead, said …": the aside closes before the main verb;
                # not "…, adding Mr Reyl, his deputy, would stay"
                content = trimmed(text, content.start, main.start()) or content
        else:
            source = None if nobody else subject[0] if subject else fallback_source(text, sentence, cue)
            if source is not None and headline(sentence):
                source = _headline_first_act(text, source, cue) or source  # "Varga Backs Toll, Denounces …"
            if source is None and not nobody and headline(sentence):
                source = _headline_joined_act(text, sentence, cue)  # "Varga Backs Toll And Denounces …"
            if source is not None:
                source = relative_subject(text, source, cue.start) or source
            if source is not None and (word := match.group().lower()) != lemma and word.endswith("s"):
                source = _source_before_past_verb(text, source) or source
            if source is not None and lemma == "see" and _setting_subject(source.text):
                return None  # "The district saw thirty applicants", "a year that saw …": what happened, not a view
            if source is not None and _no_speaker(text, lemma, source, content):
                return None  # "Maine voted for Mr Reyl in 1988", "The storm threatened to sink the ferry"
            if (source is not None and lemma in f.speaker_stances and source.text.lower() == "who"
                    and _tagged_speaker(text, sentence, source, quote_map)):
                return None  # "“…,” said Mr Reyl, a skipper who backs the toll": who the speaker is, not a report
            if subject is None and source is not None and relative_that_between(text, source.end, cue.start):
                # "Ms Varga sent a letter that said", "released a letter Friday that says"
                source = _document_author(text, sentence, source) or source
            # "Recent polling shows …": a bare mass noun; not "who helped found …"
            # "Work on the quay suggests that …": a cue read from people takes such a noun with "that"
            evidence = ((cue_class == "evidence" or lemma in f.bare_if_person
                         and THAT.match(text, position, near(position, sentence.end)) is not None) and source is not None
                        and word_before(text, sentence.start, source.start) not in NOT_BEFORE_SUBJECT)
            if not nobody and (source is None or not (plausible_source(source.text, evidence=evidence)
                                                      or _possessive_relative(source.text)
                                                      or headline_document(text, sentence.end, source))):
                return None
            if source is not None and _relative_source(source.text) and text[max(0, source.start - 40):source.start].count(","):
                # "Nadia Brecht, a voter who said the fare was too high, backed the plan", "Mr Reyl, whose aides
                # said he would resign, left early", "Skippers, most of whom said the toll was unfair, met …"
                content = within_relative(text, content, quote_map, on_object=_relative_on_object(text, sentence, source))
            elif not _opens_with_verb(content.text) and _set_off_object_relative(text, sentence, subject) and (
                    comma := text.find(",", content.start, content.end)) > content.start \
                    and quote_map.around(comma) is None:
                # "The plan, which Ms Varga wants to pass, would raise the toll": the relative ends at its comma (its
                # gap before a verb, "which he said was old", is read below)
                content = Span.of(text, content.start, comma)
            elif quote_map.around(content.start) is None:
                # "Mr Reyl, though he said the pier was safe, stopped short of a vote"
                content = within_aside(text, sentence, cue.start, content, quote_map)
            if (source is not None and source.text.lower() in ("who", "which", "that")
                    and quote_map.around(content.start) is None and not tail_before(text, 0, source.start).endswith(",")):
                # "Those who said the pier was safe were wrong", "In Lyme, skippers who wanted a pier were angry":
                # the main verb is not theirs; a relative set off by a comma ("Lyme, who …") is left to the commas
                if text[cue.end:content.start].strip() and _opens_with_main_cue(content.text):
                    return None  # "The skipper who warned the board last week said …": the sentence's own verb
                # "a banker who has suggested the aides have been paid": a person's cue of bare_if_person reads a clause
                content = within_restrictive(text, sentence, source, content,
                                             (lemma not in f.object or lemma in f.bare_if_person
                                              and source.text.lower() == "who"
                                              or lemma in f.bare and _bare_clause_then_main_verb(text, content))
                                             and not _topic_before_main_cue(text, sentence, content))
        if lemma in f.bare and (act := _source_act_after_and(text, content)) is not None:
            content = trimmed(text, content.start, act) or content
        if (act := PLURAL_ACT_AFTER_AND.search(text, content.start, content.end)) is not None \
                and SINGULAR_CLAUSE.match(text, content.start, act.start()) is not None:
            # "believe debt relief is possible and have been calling on …": a plural verb cannot go on with the
            # clause's singular subject, so it is the source's second act
            content = trimmed(text, content.start, act.start()) or content
        pieces: tuple[Span, ...] = (content,)
        pronoun = None if gerund or text[position:content.start].strip() else _relative_object(text, sentence, subject)
        lost_subject = pronoun is not None and _opens_with_verb(content.text)  # "which he said was built …"
        if lost_subject and (pronoun.text.lower() != "what" or _what_then_copula(text, sentence, pronoun, content)):
            # "the pier, which he said was built in 1990, is gone": the pronoun and its verb, up to the main verb
            set_off = tail_before(text, sentence.start, pronoun.start).endswith(",")
            # "hackers who officials say are paid by Lyme and who …": a second relative on the noun is not said
            ends = (MAIN_VERB_COMMA.search(text, content.start, content.end) if set_off else None,
                    _main_past_after_and(text, content) if set_off else None,
                    SECOND_RELATIVE.search(text, content.start, content.end))
            clause = Span.of(text, content.start, min((end.start() for end in ends if end is not None), default=content.end))
            pieces = (pronoun, _gap_before_main_verb(text, sentence, pronoun, clause, set_off=set_off))
        elif (lost_subject and pronoun.start == sentence.start
              and (COPULA_OPENING.match(content.text) is None or COPULA_THEN_PARTICIPLE.match(content.text))):
            # "What she believes remains a mystery": "what" opening the sentence is all that was believed; the verb
            # after the cue is the main clause's
            pieces = (pronoun,)
        elif (not gerund and subject is not None and source is not None and lemma in f.bare
              and not text[position:content.start].strip() and GAP_VERB.match(content.text)
              and (shell := _shell_object(text, sentence, source)) is not None):
            # "…, a move critics say could raise fares": the noun is the reported clause's subject, "critics" its source
            pieces, source = (shell[0], content), shell[1]
        elif (not gerund and source is not None and not text[position:content.start].strip()
              and _opens_with_verb(content.text)):
            if GAP_AUXILIARY.match(content.text) and _no_gap_filler(text, sentence, source):
                return None  # "Other shows did better", "The pier Ms Varga praised has been shut": not a report
            if (_opens_with_speech_cue(content.text) and past_word(match.group().lower())
                    and word_before(text, sentence.start, source.start).lower() in ("that", "which")):
                return None  # "The letter that Mr Reyl wrote said …": the sentence's own cue, its noun what he wrote
            if (match.group().lower() in object_gap_verbs()
                    and word_before(text, sentence.start, source.start).lower() == "that"):
                return None  # "The claims that Bay Lines denied were false": the noun is what was denied
            pieces = (_gap_before_main_verb(text, sentence, source, content),)
        elif not gerund and source is not None and lemma in f.naming and not text[position:content.start].strip():
            # "The striker the coach called a genius left the club": the predicate, up to the sentence's verb
            pieces = (_gap_before_main_verb(text, sentence, source, content, own_verb=False),)
        elif (subject is not None and text[position:content.start].strip() == ","
              and (clause := _clause_before_as_aside(text, sentence, subject[1])) is not None):
            pieces = (clause,)  # "If the toll rises, as skippers fear, the ferry will stop": the fronted clause
        elif (subject is not None and text[position:content.start].strip(" \t\n“\"‘") == ","
              and _opens_with_verb(content.text.lstrip("“\"‘"))
              and (lead := _subject_before_as_aside(text, sentence, subject[1])
                           or _quotation_before_as_aside(text, sentence, subject[1], quote_map)) is not None):
            # "The toll, as Ms Varga put it, “is unfair”": the verb may open a quotation
            pieces = (lead, content)  # "The toll, as Ms Varga said, is unfair": the subject the aside splits off
        marked = quote_map.starting_at(content.start)
        if subject and (quote_map.around(content.start) is not None
                        or marked is not None and VERB_AFTER_ASIDE.match(text, marked.inner.start) is not None):
            # “A,” Robinson said, “B”; The ferry, she said, “is done” (and …): the words before the subject lead
            stretch = tail_before(text, 0, subject[1], 4)
            # "“We will not sell.” Mr. Zahed said: “…”": a full stop ends someone else's words
            closed_sentence = stretch.rstrip("”\"’'»›").endswith(".")
            opening = (clause_before(text, subject[1], sentence, quote_map)
                       if stretch.endswith(INVERTING) and not closed_sentence else None)
            # "The ferry, she said, “is done”" goes on from the lead-in; not "At the quay, she said that “…”"
            continues = content.text.lstrip("“\"‘")[:1].islower() and "," in text[position:content.start]
            fronted = opening is not None and fronted_phrase_end(text, opening.start, sentence.end) == subject[1]
            if opening is not None and opening.end < content.start and not fronted and (
                    continues or quote_map.around(opening.start) is not None):  # "At the quay, she said, “…”": the writer's
                pieces = (opening, content)
        if pieces == (content,) and (second := _that_after_participle(text, position, content, sentence,
                                                                       quote_map)) is not None:
            pieces = (content, second)  # "said that she would quit, citing her health, and that …"
        # words after a cue that open with its source's next act: "… said and left"
        if pieces == (content,) and NEXT_ACT_AHEAD.match(text, content.start, content.end) is not None and (
                framed := left_frame()) is not None:
            return framed  # "The toll is unfair, she said and walked out.": her next act, no words of hers
        return make_quote(pieces, cue, source, addressee, cue_class, index, quote_map)
    if gerund:
        return None
    if (content is None and lemma == "say" and subject is not None and cue.end == match.end()
            and (reply := _named_reply(text, sentence, subject[0], position)) is not None):
        return make_quote((reply,), cue, subject[0], addressee, cue_class, index, quote_map)
    framed = left_frame()
    if framed is not None:
        return framed
    return quote_in_next_sentence(text, cue_class, cue, addressee, position, sentence, index, quote_map, subject)


# the last word of a source read before a cue's "-s" form: a past verb after a word that is no pronoun
SOURCE_PAST_VERB = regex.compile(r"(?:(?P<earlier>[\p{L}\p{N}'’]+)\s+)?(?P<before>[\p{L}\p{N}'’]+)\s+(?P<verb>\p{Ll}+)\Z")


def _source_before_past_verb(text: str, source: Span) -> Span | None:
    """"Bay Lines reiterated plans to …": a lower-case past form closing the words before a cue's "-s" form is the
    subject's own verb, the cue word its object, so the source ends before it ("Bay Lines"); not "those surveyed",
    "the skipper we all knew", whose past form is a participle or a relative clause's verb."""
    found = SOURCE_PAST_VERB.search(text, source.start, source.end)
    if found is None:
        return None
    verb, before = found.group("verb"), found.group("before").lower()
    earlier = (found.group("earlier") or "").lower()
    f = frames()
    if not looks_past(verb) or verb in f.verbal_auxiliaries or before in f.verbal_auxiliaries \
            or before.endswith(("ly", "'s", "’s", "s'", "s’")) or before in NOUN_DETERMINERS or before in POSSESSIVES \
            or SUBJECT_PRONOUN_WORDS & {before, earlier} or before in ("those", "who", "that", "which"):
        return None  # "the required votes", "Mr Reyl's repeated calls", "the skipper we all knew": no verb of its own
    return trimmed(text, source.start, found.start("verb"))


def _told_opening(text: str, match: regex.Match, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """"When told the ferry was late, …": the clause told, up to the comma before the main clause; a subject and its
    verb, perhaps after "that", open it."""
    start = match.end()
    that = THAT.match(text, start, near(start, sentence.end))
    if that is not None:
        start = that.end()
    content = clause_from(text, start, sentence, quote_map, stop=CLAUSE_COMMA)
    if content is None or not opens_with_subject(content.text) or not text.startswith(",", content.end):
        return None  # "When told the ferry was late." alone has no main clause to be told in
    return content


def _finite_subject_clause(text: str, lemma: str, match: regex.Match, cue: Span, position: int,
                           sentence: Sentence) -> bool:
    """"Mr Reyl stated the pier was unsafe", "Mr Reyl maintains he did nothing wrong": a cue of
    cues_bare_finite_subject.txt in its past or "-s" form before a subject pronoun and a finite verb, or before a
    determiner, one noun and an auxiliary; not "maintained a large lead", "stated their interest in the pier"."""
    form = match.group().lower()
    return (lemma in frames().bare_finite_subject and cue.end == match.end() and form != lemma
            and form.endswith(("ed", "s"))
            and FINITE_SUBJECT_CLAUSE.match(text, position, near(position, sentence.end)) is not None)
