"""Where a quote's content starts and stops around its cue.

The content is the clause, not the sentence: after "that", a colon or a
quote; a bare clause or an object for the cues that take one; up to the
writer's own words (", in a sign that", "; ", a participle, a second cue).
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import regex

from ..lexicon import load_lines, load_table, load_words
from ..model import Sentence, Span
from .cues import CUE_CLASSES, cue_lexicon, finite_frame_forms
from .frames import (NEAR, EndAnchored, alternation, cue_past_form, end_before, frames, last_char_before, looks_past,
                     near, past_adverbials, spaced, time_count, time_unit, weekday_alternation)
from .marks import Quoted
from .names import is_given_name
from .quotemap import QuoteMap
from .sources import (CHAIN_WORDS, DATELINE, NOUNS_IN_LY, RELATIVE_PRONOUNS, clause_nouns, in_s_form, no_verb_form,
                      occasion_before, sentence_subject)
from .subjects import CONTRACTED_NOT, OPENING_PRO_FORMS, past_relative_asides
from .titles import title_words

__all__ = ["before_next_cue", "before_second_present", "before_verb", "capitalised_cue_after_first", "clause_before", "clause_from", "clause_nouns", "complement_after_cue", "finding_goes_on", "has_verb", "headline", "headline_future", "holds_cue", "infinitive_from", "joined_adjective", "main_clause", "more_words_than", "opening_subordinate", "past_joint_aside", "relative_aside_end",
           "past_word", "plural_role", "quote_below", "resumed_content", "runs_into_quote", "trimmed", "verb_groups", "verb_positions",
           "title_case", "within_aside", "within_opening_clause"]

# cues_object_enacted.txt and cues_object_proposed.txt: "signed", "passed", "introduced" report on a law as object
ENACTING_CUES = load_words("cues_object_enacted.txt", lower=True) | load_words("cues_object_proposed.txt", lower=True)


# "about half", "at least six", "as many as ten", "no more than five", "as much as $5": a quantity, not a
# preposition, a comparison or a negation, may open a clause or an object
QUANTITY_OPENER = (r"(?!(?:about|at\s+least|at\s+most|as\s+(?:many|few|much|little)\s+as"
                   r"|no\s+(?:more|fewer|less)\s+than)\s+"
                   r"(?:\p{N}+|half|a\s+(?:third|quarter|dozen)|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                   r"|as\s+(?:much|little)\s+as\s+[$€£]\p{N})")
# "said no decision had been made", "said no one was hurt", "said no decision on a buyer would be made": "no" opens
# the clause's subject before its auxiliary, the subject's noun perhaps with a short phrase after it
NO_SUBJECT_PHRASE = (r"no\s+(?:one|(?!to\b)\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+(?:on|of|about|for|from|in|at|over)(?:\s+\p{L}+){1,3})?)"
                     r"\s+(?:was|were|is|are|had|has|have|would|will|could|can|should|did|must|may|might)\b")
NO_SUBJECT = r"(?!" + NO_SUBJECT_PHRASE + r")"
NO_SUBJECT_OPENING = regex.compile(NO_SUBJECT_PHRASE, regex.IGNORECASE)
# "said no matter what the board does, the toll stays": a concession opening the clause, not a refusal
NO_MATTER = r"(?!no\s+matter\s+(?:what|who|how|where|when|which|whether)\b)"
# "said what the skippers wanted was a lower toll": a free relative "what" before a copula and its predicate is
# the subject of the clause said, not a question
WHAT_SUBJECT = (r"(?!what\s+(?:[\p{L}'’\-]+\s+){1,5}(?:is|was|are|were)\s+(?!(?:and|or|but|not)\b)\p{L})")
CLAUSE_START = regex.compile(r"""
    \s+(?!""" + QUANTITY_OPENER + NO_SUBJECT + NO_MATTER + WHAT_SUBJECT + r"""(?!(?:much|little)\s+of\s+(?!an?\s))(?:""" + alternation(load_lines("not_clause_openers.txt")) + r""")\b
           |\p{Ll}+ly\b(?=\s*(?:[,.;]|\Z|(?:as|when|after|before|in|at|on|to|that)\b)))  # "said carefully, as …"
    (?=[\p{L}\p{N}“"‘]|''|'(?=\p{L}))  # '' opens a quotation in some house styles, ' in others
""", regex.VERBOSE | regex.IGNORECASE)
# "denied this", "criticized this plan" are objects; "this week" is a time
THIS_TIME = (r"this\s+(?:week|weekend|month|year|morning|afternoon|evening|time|spring|summer|fall|autumn|winter|"
             r"season)\b(?!['’]s\b)")  # "praised this year's budget" names the budget
OBJECT_START = regex.compile(r"\s+(?=[\p{L}\p{N}“\"‘$]|'')(?!" + QUANTITY_OPENER
                            + r"(?:" + alternation(load_lines("object_start_stops.txt")) + r")\b|"
                            + r"\p{Ll}+ly\s+as\b|"  # "described locally as tall": a manner, then the predicate
                            # "The crowd applauded warmly.": a manner alone, no object; not "praised supply."
                            + r"(?!(?:" + alternation(sorted(NOUNS_IN_LY)) + r")\b)\p{Ll}+ly\s*(?:[,.;:!?)]|\Z)|"
                            + THIS_TIME + ")")
# "call this the pier game": a demonstrative object when a predicate noun phrase follows it
DEMONSTRATIVE_OBJECT = regex.compile(r"\s+(?=(?:this|these|that|those)\s+(?:(?:a|an|the)(?!\p{L})|[“\"‘]|''))")
# "denied the claims through his lawyer", "on condition of anonymity": how it was said, not what
SPOKEN_THROUGH = (r"\s+(?:through\s+(?:(?:his|her|their|its)\s+(?:lawyers?|attorneys?|publicist)\b|(?:a|his|her|their|its)\s+"
                  r"spokes(?:man|woman|person|people)\b)|on\s+(?:the\s+)?condition\s+of\s+anonymity\b)")


# "faulted Ms Varga on Monday for raising the toll", "… last week over the toll", "accused him on Friday of
# hiding the toll": a day before the reason stays inside the object; not "endorsed her on Tuesday for the second
# time", "… on Friday over the weekend" or "told skippers on Monday of the storm"
# "accused Ms Varga of ignoring earlier warnings": "earlier" or "later" before a plural noun is its adjective, no time
COMPARED_BEFORE_NOUN = r"(?!(?<=(?<!\p{L})(?:earlier|later))\s+(?!(?:this|was|has|does)\b)\p{Ll}{2,}s\b)"
TIME_THEN_REASON = (r"(?!(?:\s+(?:morning|afternoon|evening|night))?\s+"
                    r"(?:(?:for|over)\s+(?:\p{Ll}+ing|not|his|her|their|its|what|how)\b|for\s+comment\b"
                    r"|of\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ing|not)\b"
                    r"|over\s+(?:the|a|an)\s+(?!(?:weekend|past|years?|summer|holidays?)\b)))")


# "welcomed the council's ruling last spring that the pier would reopen": a time before "that" dates the object, whose
# clause goes on, past "earlier this week" too; not "… earlier that month", a time of its own
TIME_THEN_THAT = (r"(?!(?<=(?<!\p{L})(?:(?:last|this|next)\s+\p{L}+|earlier|yesterday|today|tonight))"
                  r"(?:(?<=earlier)\s+(?:this|last)\s+\p{L}+)?\s+that\s+"
                  r"(?!(?:day|week|month|year|morning|afternoon|evening|night|time)\b))")


def _saying_gerunds() -> list[str]:
    """"saying", "arguing", "insisting": the -ing forms of the speech and writing cues that take a bare clause."""
    lexicon = cue_lexicon()
    return [form for form, (lemma, cue_class) in lexicon.forms.items() if form.endswith("ing")
            and lemma in load_words("cues_bare_complement.txt") and cue_class in ("speech", "writing")]


def _cue_s_forms() -> list[str]:
    """"says", "warns", "protests": the third-person forms of the one-word cues."""
    return [form for form, (lemma, _) in cue_lexicon().forms.items()
            if form in (lemma + "s", lemma + "es") and " " not in form]


# 'was “glad of where we are” as he faces a test': after a closing mark, the writer's own aside
QUOTE_TRAILING = (r"(?<=[^\s“\"‘(](?:[”\"]|''))\s+(?=(?:" + spaced(load_lines("quote_trailing_asides.txt"))
                  + r")(?!(?<=\p{L})\p{L})|(?:[—―–]|--)\s+(?!including\b)\p{Ll}{2,}ing\b)")


# "and also their", "and for its", "and how it": the words after "and" before a pronoun that are no verb
VERB_PRONOUN_NON_VERBS = (r"(?:\p{Ll}+ly|" + alternation(load_words("verb_pronoun_non_verbs.txt") | load_words("prepositions.txt")
                                                         | load_words("subordinators.txt") | load_words("question_words.txt")
                                                         | load_words("quantifiers.txt") | load_words("predeterminers.txt"))
                          + r")\b")
# "has", "would", "did": the auxiliaries that are verbs, as one alternation
VERBAL_AUXILIARIES = alternation(load_words("verbal_auxiliaries.txt", lower=True))
# a town's region set off by commas after it: "Tulsa(, Okla., )police officer …" (the region from region_names.txt)
TOWN_REGION = regex.compile(r",\s+([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?),\s+(?=\p{L})")
# "to the harbour's skippers", "to Democrats"; not "to back …": "explained the toll to the skippers' leaders."
TO_LISTENERS = r"""\s+to\s+(?:(?:the|a|an|his|her|their|its|our|all|some|many|both)\s+(?:[^\s,;:.!?“”"()]+\s+){0,3}?|(?:\p{Lu}\p{L}*\s+){0,2})
    (?:""" + spaced(load_lines("object_listeners.txt")) + r""")\b
    (?=\s*(?:[,.;:!?—―–-]|\Z)|\s+(?:who|on|in|at|last|this|during)\b)"""
LISTENERS_AFTER_OBJECT = regex.compile(TO_LISTENERS, regex.VERBOSE)
NEW_SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "these", "those",
                                     "other", "our", "my", "your"})
# "… and are planning", "… and the skippers have …": an auxiliary that is a verb, not "be" or "do" of an
# infinitive going on ("to drop the toll and be heard"), and the words of a subject that may come before it
OBJECT_AUXILIARIES = alternation(load_words("verbal_auxiliaries.txt", lower=True) - {"am", "be", "been", "being", "do"})
NOT_IN_SUBJECT = frozenset({"where", "who", "which", "that", "when", "to", "and", "or"})
SUBJECT_PRONOUN_WORDS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})
# words that open no subject after "as": "as a skilled pilot", "as very skilled", "as he said", "as unfit and left"
AS_CLAUSE_STOPS = r"(?:" + alternation(load_lines("as_clause_non_subjects.txt")) + r")\s"
AS_SUBJECT_WORD = r"(?!" + AS_CLAUSE_STOPS + r")\p{Ll}+(?<!ly|ing)\s+"
# "produced inaccurate and misleading articles", "the enlightened and deserving owner", "jobs and rising wages": an
# -ed or -ing word right before a bare lower-case noun modifies it, no second verb of the subject's
MODIFIER_THEN_NOUN = (r"(?=\s+(?!(?:" + alternation(load_lines("verb_object_openers.txt")) + "|"
                      + alternation(load_lines("prepositions.txt")) + r")\b)\p{Ll}[\p{Ll}\-]*\p{Ll}(?<!ly)\b(?!\s+to\b))")
MODIFIER_THEN_NOUN_AT = regex.compile(MODIFIER_THEN_NOUN)  # "promising start": the word after a modifier is a noun
# "an awkward but": "a" or "an", a word and "but" or "yet" before an "-ing" form
JOINED_ADJECTIVE_BEFORE = regex.compile(r"(?<![\p{L}’'])(?:a|an)\s+\p{Ll}+\s+(?:but|yet)\s+\Z")
_ADJECTIVE = r"(?:\p{Ll}+(?:ous|ive|ful|ic|al|ant|ent|able|ible|est|ing|ed|ish|ary|ory|y)|\p{Ll}+(?:-\p{Ll}+)+)"
# "a xenophobic and bigoted showman", "a cautious but determined mood": after a determiner's adjective, a joint and an
# -ed word before a bare noun join a second adjective, no verb of the subject's
PAIRED_ADJECTIVE = (r"(?<=(?<!\p{L})(?:a|an|the|his|her|its|their|our)\s+" + _ADJECTIVE + r"\s+(?:and|or|but|yet)\s+\p{Ll}+ed)"
                    + MODIFIER_THEN_NOUN)
PAIRED_ADJECTIVE_AT = regex.compile(PAIRED_ADJECTIVE)  # matched where the second adjective ends
# "— that", "— than", "— where" after a dash aside that closes: the object goes on
DASH_RESUMPTION = r"(?:" + alternation(load_lines("dash_aside_resumptions.txt")) + r")\b"
# "has", "had", "'s" before "since": the perfect's adverb, no clause opener ("the skipper who has since left Lyme")
PERFECT_BEFORE_SINCE = (r"(?:(?<!\p{L})(?:" + alternation(w for w in load_lines("perfect_auxiliaries.txt") if w[0].isalpha())
                        + r")|(?<=\p{L})(?:" + alternation(w for w in load_lines("perfect_auxiliaries.txt") if not w[0].isalpha())
                        + r"))")
# bare words after "before" that say when: "before dawn", "before winter" (any other ranks: "profits before safety")
BARE_TIMES_AFTER_BEFORE = alternation(load_words("times_after_before.txt", lower=True)
                                      | load_words("time_nouns.txt", lower=True) | SUBJECT_PRONOUN_WORDS)
# "trashed Mr Reyl on Harbour TV’s “Morning Tide,”", "discussed the case on the Coast News Channel’s The Evening
# Dock": a station's show after "on", a quoted title after a capitalised name's "’s" or any capitalised title after
# an outlet's (`object_outlets.txt`), is the writer's setting where the phrase closes; not "the toll on Ms Varga’s
# Harbour Plan", with no marks and no outlet
_SHOW_WORD = r"\p{Lu}[\p{L}\p{N}&.\-]*"
_SHOW_CLOSE = (r"(?=\s*(?:[,.;:—―–-]|\Z)|\s+(?:and|in|on|at|last|this|to|as|when|while|after|before|"
               + weekday_alternation() + r")\b)")
SHOW_ON_AIR = (r"\s+on\s+(?:the\s+)?(?:" + _SHOW_WORD + r"\s+){0,3}(?:"
               + _SHOW_WORD + r"[’'](?-i:s)\s+(?:[“\"]|'')" + _SHOW_WORD + r"(?:\s+" + _SHOW_WORD + r"){0,4}"
               r"(?:[,.](?:[”\"]|'')|(?:[”\"]|'')" + _SHOW_CLOSE + r")"  # "on MSNBC’s “Morning Tide,”"
               r"|(?:" + alternation(word for word in load_lines("object_outlets.txt") if word[:1].isupper())
               + r")[’'](?-i:s)\s+" + _SHOW_WORD + r"(?:\s+" + _SHOW_WORD + r"){0,4}" + _SHOW_CLOSE + r")")
# "suggests a broad split: When the mayor speaks, …": a colon, then a capitalised word opening the writer's next clause
COLON_CLAUSE_OPENER = r":\s+(?=(?-i:" + alternation(load_lines("colon_clause_openers.txt")) + r")\b)"
OBJECT_STOP = regex.compile(r"""
    ,(?:[”"’]|'')?(?=\s)(?!\s+(?:""" + spaced(load_lines("object_continuations.txt")) + r""")\b|\s+[“"‘])  # not "1,061"
    (?!\s+(?:""" + spaced(load_lines("alternative_continuations.txt")) + r""")\s+  # ", not the fees", ", or the delays"
       (?!so\b|\p{Ll}+ly\b|(?:""" + VERBAL_AUXILIARIES + r""")\b))  # not ", or do they", ", not necessarily"
  | \s[—―–-]{1,2}\s(?!\s*(?:""" + spaced(load_lines("object_continuations.txt")) + r""")\b
                    (?![^—―–;:“”"()]{0,100}?\s(?:[—―–]|--?)\s))  # not "the tolls — including the fees.", unless it closes
                  (?![^—―–.!?;:“”"()]{1,160}?\s[—―–-]{1,2}\s+""" + DASH_RESUMPTION + r""")
                  (?!(?<=\s[—―–-]{1,2}\s[^—―–.!?;:“”"()]{1,160}?\s[—―–-]{1,2}\s)""" + DASH_RESUMPTION + r""")
                  # not "the comments he made — and later withdrew — that …": an aside inside the object
  | ;  # 'called it "racist," an indictment': a comma inside the closing mark ends it too
  | """ + COLON_CLAUSE_OPENER + r"""
  | \s+(?:and|but)\s+(?:has|have|had|is|was|will|would|also|then|he|she|they|it|we|i|\p{Ll}+ed|\p{Ll}+ing)\b
    (?!(?<=ing)""" + MODIFIER_THEN_NOUN + r""")(?!""" + PAIRED_ADJECTIVE + r""")
  | \s+and\s+(?:(?:""" + alternation(NEW_SUBJECT_DETERMINERS) + r""")\s+(?:(?!(?:""" + alternation(NOT_IN_SUBJECT | SUBJECT_PRONOUN_WORDS) + r""")\b)\p{Ll}[\p{L}\-'’]*\s+){1,3}?)?
    (?:""" + OBJECT_AUXILIARIES + r""")\b  # "… and are planning a protest", "… and her aide did not reply"
  | \s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}[^s\W]s\s+(?:the|a|an|his|her|their|its|no)\s
    (?!(?:\p{Ll}+\s+){1,2}(?:""" + VERBAL_AUXILIARIES + r"""|\p{Ll}+ed)\b)  # "… and holds a clear lead"; not "the crews and ferries the council hired"
  | \s+(?:and|but)\s+(?:(?:even|never|\p{Ll}+ly)\s+)?(?:(?:counter|re|co|pre|over|under|out|cross|double)-)?
    (?:\p{Ll}+ed|""" + alternation(load_lines("irregular_verbs.txt")) + r""")\b(?!""" + PAIRED_ADJECTIVE + r""")  # "… and counter-sued the board", "… and cast herself as"
  | (?<!(?<!\p{L})(?:the|an?|his|its|their|our|my|your))(?<!(?<!\p{L})\p{Ll}{2,}[^\We]ed|(?<!\p{L})made)  # not "the plan adopted last week"
    (?!(?<=(?<!\p{L})(?:""" + alternation(load_lines("time_heads.txt")) + r"""))\s+(?:when|before|after|since|until)\b)  # not "a moment when the pier shut"
    \s+(?:(?:""" + spaced(load_lines("object_stops.txt")) + r""")\b""" + TIME_THEN_REASON + TIME_THEN_THAT + COMPARED_BEFORE_NOUN + r"""  # not "his earlier career"
       |(?:since|before)\b(?!\s+(?:the|his|her|its|their|our|\p{N}+)\b)
        (?!\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}\-]*[’'](?-i:s)\b)  # "before Friday’s vote": a possessive name
        (?<!""" + PERFECT_BEFORE_SINCE + r"""\s+since)  # "the talk heard since the storm" goes on, "who has since left"
        (?<!before(?=\s+(?!(?:""" + BARE_TIMES_AFTER_BEFORE + r""")\b)\p{Ll}+(?<!ing)\s*(?:[.,;:!?]|\Z)))  # "profits before safety."
       )
  | \s+as\s+(?:he|she|they|it|we|I)\s  # "praising “…” as he promised to …"
  | \s+as\s+(?:(?:the|their|his|her|its|our)\s+(?:""" + AS_SUBJECT_WORD + r"""){1,2}  # "as the toll rose"
              |(?:""" + AS_SUBJECT_WORD + r""")?(?!""" + AS_CLAUSE_STOPS + r""")\p{Ll}+s(?<!ss|us)\s+)  # "as skippers shouted"
    (?:\p{Ll}{2,}ed|""" + alternation(load_lines("irregular_verbs.txt")) + r""")\b(?!\s+(?:by|as|to)\b)  # "called for calm as skippers shouted"
  | """ + QUOTE_TRAILING + r"""
  | \s+(?:in|at|during)\s+(?:(?!(?:that|to|who|which)\s)[^\s,;:.!?“”"()]+\s+){0,5}?(?:""" + spaced(load_lines("object_occasions.txt")) + r""")\b
  | \s+on\s+(?:[^\s,;:.!?“”"()]+\s+){0,3}?(?:""" + spaced(load_lines("object_outlets.txt")) + r""")
    (?=\s*(?:[,.;:—―–-]|\Z)|\s+(?:and|in|on|at|last|this|to|as|when|while|after|before|""" + weekday_alternation() + r""")\b)
    # "called it a folly on his radio show."
  | """ + SHOW_ON_AIR + r"""
  | \s+(?:on|from)\s+(?:[^\s,;:.!?“”"()]+\s+){0,3}?(?:""" + spaced(load_lines("speaking_platforms.txt")) + r""")
    (?=\s*(?:[,.;!?—―–)]|\Z))  # "attacked the toll from the council floor."; not before a colon's list
  | \s+in\s+(?:early\s+|late\s+|mid-?)?(?:""" + alternation(load_lines("months.txt")) + r""")(?!\p{L})""" + TIME_THEN_REASON + r"""  # "in late May"
    (?!(?:\s+\p{N}+)?\s+that\s)  # not "a post in May that mocked the toll": the month dates the object
  | (?#day)(?!(?<=(?<!\p{L})(?!(?:""" + alternation(SUBJECT_PRONOUN_WORDS | NOT_IN_SUBJECT) + r""")\s)\p{Ll}+\s+(?:\p{Ll}{2,}[^\We]ed|""" + alternation(load_words("irregular_participles.txt", lower=True)) + r"""))
             (?=\s+(?:on\s+)?(?:""" + weekday_alternation() + r""")\s+(?!that\s)\p{Ll}))  # not "the vote held on Monday as"
    \s+(?:(?:late|early)\s+)?(?:on\s+)?(?:""" + weekday_alternation() + r""")\b(?![’']s\b)""" + TIME_THEN_REASON + r"""  # not "skipping Monday's vote"
    (?!(?<!\p{L}ed(?:\s+on)?\s+\p{L}+)\s+that\s)  # not "a bill on Monday that raised the toll": the day dates the
    # object; but "who praised his bid warned on Tuesday that …": a day after a verb is that verb's
  # "backed the plan two weeks ago", "reported the loss a week later": how long before or after, the writer's time;
  # not after a preposition ("tactics from eight years ago")
  | (?<!(?<!\p{L})(?:from|since|until|till|than|of|to|for|in|at|by|on|over|about))
    (?<!(?<!\p{L})\p{Ll}{2,}ed|(?<!\p{L})(?:""" + alternation(load_lines("irregular_verbs.txt")) + r"""))  # not "the deal he signed two weeks ago"
    \s+(?:(?:about|nearly|almost|only|just|more\s+than|some)\s+)?(?:a|an|""" + time_count() + r""")\s+""" + time_unit()
    + r"""s?\s+(?:ago|later|earlier)\b(?=\s*(?:[,.;:!?)—―–-]|\Z))
  | (?<!(?<!\p{L})(?:of|by|at|with|from))\s+\p{N}+(?:\.\p{N}+)?\s*(?:percent|per\s+cent|%)\s+to\s+\p{N}  # "favored Ms Varga 58 percent to 21 percent"
  | \s+by\s+(?:(?:about|nearly|almost|roughly)\s+)?(?:a|an)\s+(?:[^\s,;:.!?]+\s+){0,3}?(?:margin|points?)\b  # "backed her by a wide margin"
  | \s+by\s+(?:(?!(?:the|its|his|her|their|our|my|your)\s)\p{Ll}+\s+)?margins\b  # "favored her by broad margins", not "by its margins"
  | \s+on\s+(?:[^\s,;:.!?“”"()]+\s+){0,3}?grounds\b(?!\s+of\s+the\b)  # "opposed the toll on safety grounds": the act's reason
    # (not "praised the work on the grounds of the harbour", a place)
  | \s+by\s+(?=(?:""" + alternation(_saying_gerunds()) + r""")\b)  # "defended the plan by saying it was safe"
  | """ + TO_LISTENERS + r"""
  | """ + SPOKEN_THROUGH + r"""
  | \s+than\s+(?:he|she|they|we|I|it|you)\s+(?:""" + VERBAL_AUXILIARIES + r""")\b  # "talked more about the toll than she has": the comparison
  # "has not endorsed Mr Reyl and Tom Lund withdrew his support": a name and its verb after "and" open a clause of
  # their own; not "contradicted what Ms Varga and Tom Lund said", a question word's coordinated subject
  | \s+(?-i:and)\s+(?<!(?<!\p{L})(?:what|when|where|who|whom|which|whose|how|why|if|whether|that|both|between)\s
                       [^,;:.!?]{0,80}?\sand\s+)
    (?-i:\p{Lu}[\p{L}'’.\-]*\s+){1,3}(?:\p{Ll}{2,}ed|""" + alternation(load_lines("irregular_verbs.txt"))
    + r"""|has|had|was|were|is|are|will|would)\b
  # "criticized the toll and its president, Lena Ruiz, said …": a role, its name set off and a verb after "and" open
  # a clause of their own; not "praised the crews and their skipper, Tom Reyl, for …"
  | ,?\s+(?-i:and|but)\s+(?=(?-i:the|its|his|her|their)\s+(?:[\p{Ll}'’\-]+\s+){0,2}\p{Ll}+,\s+\p{Lu}[^,;:()“”"]{2,60},\s+
      (?:(?:""" + alternation(load_lines("cue_auxiliaries.txt")) + r""")\s+){0,2}
      (?:\p{Ll}{2,}ed|""" + alternation(load_lines("irregular_verbs.txt")) + r"""|has|had|was|were|is|are|will|would|says)\b)
  | \s+for\s+(?:(?:about|nearly|almost|over|more\s+than)\s+)?(?:""" + time_count() + r"""\s+""" + time_unit() + r"""|so\s+long)
    (?=\s*(?:[,.;:!?)—―–-]|\Z))  # "ignored the facts for two hours.": how long the act lasted; not "for two hours of work"
  # "announced her resignation on the eve of the vote.": the eve of an event that closes the clause is the writer's
  # time; not "the decision to tell skippers on the eve of the vote that the pier was shut", where a clause goes on
  # "praised the crews while touring the quay": a gerund after "while" is the source's own act at the time; not
  # after a gerund, an infinitive or a relative clause of the object's own ("an account of coming under fire while
  # visiting the quay", "a bill that would have shut the pier while keeping the ferry", "a talk she had while
  # sitting next to Mr Reyl")
  | (?<!(?<!\p{L})(?:\p{Ll}{2,}ing|to|that|which|who|he|she|they|we|I|it)\s[^,;:.!?“”"()]{0,60})\s+while\s+\p{Ll}{2,}ing\b
  | \s+on\s+the\s+eve\s+of\s+(?:(?!(?:that|who|which|where|when)\s)[^\s,;:.!?“”"()]+\s+){0,5}?[^\s,;:.!?“”"()]+(?=\s*(?:[,.;:!?)—―–-]|\Z))
""", regex.VERBOSE)  # an object ends before its clause goes on: "endorsed Ms Varga last week and has appeared"
# after a cue of thinking, a day right after an infinitive's verb is that verb's, no part of the cue's time: "expects
# the ferry to resume on Monday"; "urged the board to act on Monday" still ends before the day
FORECAST_OBJECT_STOP = regex.compile(OBJECT_STOP.pattern.replace("(?#day)", r"(?<!(?<!\p{L})to\s+\p{Ll}+)"),
                                     OBJECT_STOP.flags)
# a headline capitalises its stops: "Ms Varga Backs Mr Reyl After Pier Vote", "Embraced Tolls When She Became Mayor"
_HEADLINE_PREPOSITIONS = alternation(load_words("prepositions.txt") | load_words("phrase_chain_prepositions.txt"))
HEADLINE_OBJECT_STOP = regex.compile(OBJECT_STOP.pattern + r"""
  | \s+(?:""" + spaced(load_lines("headline_object_stops.txt")) + r""")\b  # "Backs Mr Reyl Amid Toll Row"
  # "Made An Announcement About Varga That Will Surprise Skippers": a capitalised "That" and an auxiliary open the
  # writer's teaser; not "Backs Skipper Who Denounced Toll"
  | \s+(?-i:That)\s+(?:""" + OBJECT_AUXILIARIES + r""")\b
  # "Varga Backs Reyl With Council’s Blessing": a capitalised "With" and a possessor, the act's setting; not "Meetings
  # With Donors"
  | \s+(?-i:With)\s+(?-i:\p{Lu})[\p{L}\-]*[’'](?-i:s)\s
  # "Says No To Toll As Reyl Turns Up The Heat": "As", a capitalised subject and a verb in -s before more capitals;
  # not "As Vice Presidents Of Sales", a plural noun before its phrase
  | \s+as\s+(?-i:\p{Lu}[\p{L}’'.\-]*\s+){1,3}(?-i:\p{Lu}\p{Ll}+s)\s+
    (?!(?:""" + _HEADLINE_PREPOSITIONS + r""")\b)(?-i:\p{Lu})
  # "Backs Toll As Reyl Protests": so does a cue's -s form that ends the line; not "As Harbour Masters"
  | \s+as\s+(?:(?!(?:""" + _HEADLINE_PREPOSITIONS + r""")\s)(?-i:\p{Lu}[\p{L}’'.\-]*)\s+){1,3}
    (?:""" + alternation(_cue_s_forms()) + r""")(?=[.!?]?\s*\Z)
""", regex.VERBOSE | regex.IGNORECASE)
# "said the pier was unsafe in a speech on Monday": the occasion of saying is the writer's, not the clause's
CLAUSE_STOP = regex.compile(r"""
    """ + COLON_CLAUSE_OPENER + r"""
  | \s+(?:in|at|during)\s+(?:a|an)\s+(?:[^\s,;:.!?“”"()]+\s+){0,3}?(?:""" + spaced(load_lines("object_occasions.txt")) + r""")\b
    (?=\s*(?:[,.;:—―–-]|\Z)|\s+(?:in|on|at|with|last|this|to|earlier|""" + weekday_alternation() + r""")\b  # not "in a TV interview were true"
       # "in a statement released on Tuesday.": the document's participle and its phrase up to the clause's end, with
       # no verb of the clause after them (not "the claims in a statement released by Bay Lines were false")
       |\s+(?:""" + alternation(load_lines("document_participles.txt")) + r""")
        (?:\s+(?!(?:""" + VERBAL_AUXILIARIES + r""")\b)[^\s,;:.!?“”"()—―–]+){0,8}\s*(?:[,.;:!?—―–]|\Z))
  | ,\s+(?:in|at|during)\s+(?:a|an)\s+(?:[^\s,;:.!?“”"()]+\s+){0,3}?(?:""" + spaced(load_lines("object_occasions.txt")) + r""")
    \s+(?:""" + alternation(load_lines("document_participles.txt")) + r""")\b  # ", in a statement released on Friday"
  | (?<!(?<!\p{L})(?:""" + alternation(load_lines("reception_verbs.txt")) + r""")(?:\s+[^\s,;:.!?“”"()]+){1,3})  # "had heard the news on the radio"
    \s+on\s+(?:[^\s,;:.!?“”"()]+\s+){0,3}?(?:""" + spaced(load_lines("object_outlets.txt")) + r""")(?=\s*(?:[,.;:—―–-]|\Z))
  | \s+(?:in|at)\s+(?:\p{Lu}[\p{L}’'.]*\s+){1,4}(?:""" + spaced(word for word in load_lines("object_occasions.txt") if word[:1].isupper()) + r""")\b
    (?=\s*(?:[,.;:—―–-]|\Z)|\s+(?:in|on|at|with|last|this|earlier|""" + weekday_alternation() + r""")\b)  # "at Lyme Crown Court on Monday"
  | """ + SPOKEN_THROUGH + r"""
  | """ + QUOTE_TRAILING + r"""
  | \s+\((?i:""" + spaced(load_lines("colon_label_stopwords.txt")) + r""")\s*:  # "(Photo: Harbour Wire)": a credit
  | \s+(?:and|but)\s+(?:then\s+)?(?:""" + spaced(list(load_lines("speaker_acts.txt")) + list(load_lines("gesture_verbs.txt")))
    + r""")\b  # "said the toll was unfair and left the hall", "… and smiled": the source's own act
""", regex.VERBOSE)
# a name in quotation marks, a show's or a work's: up to six words, each capitalised or a short word of a title
_NAME_WORD = r"(?-i:\p{Lu}[\p{L}\p{N}'’&\-]*)"
NAME_WORDS = _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|(?-i:of|the|and|a|an|in|on|at|for|to|with)\b)){0,5}"
NAME_RUN = regex.compile(NAME_WORDS)
QUOTED_NAME = r"(?<![\p{L}\p{N}])(?:[“\"]|'')" + NAME_WORDS + r"(?:[”\"]|'')(?![\p{L}\p{N}])"
# a phrase of place, time or occasion (`phrase_chain_prepositions.txt`, "of" aside, which names a topic) between a
# cue or its object and "that"
PHRASE_THEN_THAT = regex.compile(r"(?:\s+(?:" + alternation(load_words("phrase_chain_prepositions.txt") - {"of"}) + "|"
                                r"via|over|by|last|this|earlier|late|early)\b|,(?=\s+(?-i:\p{Lu})))"
                                r"(?:[^,;:“”\"()]|,(?=\s+(?-i:\p{Lu}))|(?<=,\s+(?-i:\p{Lu})[\p{L}.]*(?:\s+(?-i:\p{Lu})[\p{L}.]*)?),"
                                r"|" + QUOTED_NAME + r")"  # "said on “Harbour Hour” that": a show's name in its marks
                                r"{0,80}?,?\s+that\b"  # "told a town hall in Lyme, New Hampshire on Monday that"
                                # "told a crowd in Lyme, New Hampshire, on Monday that": the place's closing comma too
                                r"(?!\s+(?:(?!(?:his|its|this|as)\b)(?-i:\p{Ll}+(?:s|ed))\b(?!\s+(?:were|are|have|had|can|could|"
                                r"will|would|should|may|might|must|did|(?!(?:" + alternation(finite_frame_forms()) + r")\b)"
                                r"(?:(?-i:\p{Ll}+ed)|" + alternation(load_lines("irregular_verbs.txt")) + r"))\b"
                                # "that bookings for the summer were strong": the plural's own phrase, then the verb
                                r"|\s+(?:" + alternation(load_words("source_head_prepositions.txt", lower=True)) + r")"
                                r"(?:\s+[\p{L}'’-]+){1,4}\s+(?:were|are|have|had|will|would|could|can|should|may|might|must)\b)"
                                r"|is|was|were|are|has|had|would|will|could|can)\b)"
                                r"\s*,?\s*",  # "that reports …" is a relative clause; "that his …" is no verb;
                                # "that trials were …", "that profits fell" has its own verb; not "the
                                # details that inspectors said they found", a cue's gap
                                regex.IGNORECASE)
INTERRUPTED_THAT = regex.compile(r"\s*,[^,;:“”\"()]{3,120},\s*that\b(?!\s+(?:is|was|\p{Ll}+ed)\b)\s*")
THAT = regex.compile(r"\s*,?\s*that\b(?!\s+(?:is|was|are|were|have|would|will|has|had|could|should|may|might|must|can|and|or|"
                     r"do|does|did|don['’]t|doesn['’]t|didn['’]t|\p{Ll}+ed)\b)(?!\s*,\s*(?:and|but|or|yet)\b)"
                     r"\s*,?\s*", regex.IGNORECASE)  # "said that is a distortion", "claims that do not hold": its subject;
# "spoke about that, and then left": the object, before a comma and a joint
# "that" as the whole object, pointing back to what was said: before the sentence's end ("Few skippers believe
# that.") or a second verb after "and" ("knows that and has said so"); not "that and the ferry", two objects
THAT_ALONE = regex.compile(r"\s+(that)(?=\s*(?:[.!?;]|\Z)|\s+(?:and|or|but)\s+"
                           r"(?!(?:the|a|an|his|her|their|its|he|she|they|it|we|I)\b)\p{Ll})", regex.IGNORECASE)
# "that" as the whole object before a participle of saying set off by a comma, which reports on its own: "disputed
# that, saying that forty meetings had been held"; not "said that, speaking as a mother, she …" (see _that_object)
THAT_BEFORE_PARTICIPLE = regex.compile(r"\s+(that)\s*,\s*(\p{Ll}{3,}ing)\s+"
                                     r"(?:that\b|[“\"‘«]|''|(?:the|a|an|he|she|it|they|we|I|his|her|its|their)\s)",
                                     regex.IGNORECASE)
TO_VERB = regex.compile(r"\s+(?:not\s+)?to\s+(?=[\p{L}“\"‘]|'')")  # "vowed to sell", "decided not to sell"
# "who asked not to be named", "asked to remain anonymous": the writer's note on the source, not a request reported
ANONYMITY = regex.compile(r"\s+(?:(?:not\s+to\s+be|to\s+(?:remain|stay|be\s+kept)|that\s+(?:his|her|their)\s+names?\s+be)"
                          r"\s+(?:publicly\s+)?(?:" + alternation(load_lines("anonymity_words.txt")) + r")\b"
                          # "who did not want to be named.": the phrase ends there; not "wants to be named chair"
                          r"|to\s+be\s+(?:publicly\s+)?(?:" + alternation(load_lines("anonymity_words.txt")) + r")"
                          r"(?=\s*(?:[,.;:)!?”\"]|\Z)|\s+(?:because|for\s+fear|since|as\s+(?:he|she|they))\b)"
                          # "who asked to be identified only as Erik": the name given instead
                          r"|to\s+be\s+(?:publicly\s+)?(?:" + alternation(load_lines("anonymity_words.txt"))
                          + r")\s+(?:only\s+)?as\s+(?-i:\p{Lu}))")
HEADLINE_TO_VERB = regex.compile(TO_VERB.pattern, regex.IGNORECASE)  # a headline's "Vows To Sell", "VOWS TO SELL"
PHRASE_THEN_TO = regex.compile(r"""
    \s+(?:at|in|during|on|after|before|while)\s  # "promised at a rally in Salem to end the toll"
    [^,;:“”"()]{3,60}?
    \s+(?P<to>to)\s+(?=(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|me|him|them|us|be)\b)\p{Ll}{2,}\b)
""", regex.VERBOSE)
# "has questioned in recent days whether …": a time or place phrase, then the question
PHRASE_THEN_QUESTION = regex.compile(r"\s+(?:at|in|during|on|after|before|over)\s[^,;:“”\"()]{3,40}?"
                                     r"\s+(?P<word>whether|why|how)\s")
CLAUSE_VERB = regex.compile(r"\b(?:is|was|are|were|will|would|has|have|had|did|does|do|can|could)\b|\b\p{Ll}{3,}ed\b")
PHRASE_THEN_QUOTE = regex.compile(r"\s+[^“”\"‘’.!?;:,]{1,60},\s*(?=[“\"‘«]|'')")
# "as the Gazette reported a few days later", "reported two weeks ago": a span of time gone by alone dates the cue,
# no object
TIME_ALONE = regex.compile(r"(?:(?:about|nearly|almost|just|only|some)\s+)?" + time_count() + r"\s+" + time_unit()
                           + r"\s+(?:later|ago|earlier)", regex.IGNORECASE)
# "talked through the night", "argued over the weekend": after a particle of duration, a time noun alone is how long
SPAN_PARTICLE_BEFORE = EndAnchored.of(r"(?<![\p{L}])(?:through|throughout|over)\s*\Z", regex.IGNORECASE)
# "made the case for weeks that …", "called for the third time for a vote", "pushed for an hour.": a span of time or
# a count of times right after a cue's "for", before the clause's end, "that" or a second "for", is how long or how
# often, not what the cue was for; "called for a year of mourning" keeps its object
CUE_FOR_BEFORE = EndAnchored.of(r"(?<![\p{L}])for\s*\Z", regex.IGNORECASE)
FOR_DURATION = regex.compile(
    r"\s+(?:the\s+(?:first|second|third|fourth|fifth|sixth|last|final|umpteenth|\p{L}+th)\s+time"
    r"|(?:(?:a|an|one|two|three|four|five|six|several|many|some|the\s+past|the\s+last)\s+(?:few\s+)?)?"
    r"(?:minute|hour|day|week|month|year|decade)s?|a\s+(?:long\s+)?while|a\s+long\s+time|some\s+time)"
    r"(?=\s*(?:[,.;:!?]|\Z)|\s+(?P<next>that|for)\b)", regex.IGNORECASE)
TIME_SPAN_ALONE = regex.compile(r"(?:the|that)\s+(?:whole\s+|entire\s+)?(?:"
                                + alternation(load_words("time_nouns.txt")) + r")", regex.IGNORECASE)
DAY_BEFORE = regex.compile(r"""
    (?<![\p{L}])(?:""" + weekday_alternation() + r"""|yesterday|today|tonight|earlier|(?:last|this)\s+(?:week|month|year)
      |(?<=\bin\s+(?:early\s+|late\s+|mid-?)?)(?-i:""" + alternation(load_lines("months.txt")) + r"""))  # "in May"
    (?:\s+(?:morning|afternoon|evening|night))?\Z  # "said on Monday": the day ends where the cue's words end
""", regex.VERBOSE | regex.IGNORECASE)
DAY_COMMA = regex.compile(r",(?=\s)")  # "said on Monday, the pier …"
DAY_CLAUSE_OPENERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"})
ASIDE_AFTER_CUE = regex.compile(r",\s+(?P<aside>(?:[^,;:“”\"‘’()!?.]|(?<=\p{L})’(?=\p{L})){2,60}),(?=\s+\p{L})")  # "said, win or lose, she …"
PARTICIPLE_ASIDE = regex.compile(r"(?:\p{L}+\s+)?\p{L}+ing\b", regex.IGNORECASE)  # "referring to …", "before clarifying"
REDUCED_CLAUSE = regex.compile(r"(?:if|when|once|unless|though|although)\s+\p{Ll}+ed", regex.IGNORECASE)  # "if elected"
NAME_POSSESSIVE = regex.compile(r"(?<=\p{Lu}\p{Ll}+)['’]s\b")  # "in Sunday’s ballot": no "is" or "has"
# a condition with a verb of its own: "if the vote fails", "unless the council backs it"
CONDITION_ASIDE = regex.compile(r"(?:if|unless)\s|" + REDUCED_CLAUSE.pattern, regex.IGNORECASE)
ASIDE_AFTER_THAT = EndAnchored.of(r"(?<![\p{L}])(?i:that)\s*,[^,;:“”\"()]{1,80}\Z")  # "said that, as a mother": no end yet
# "said that although she backed the toll": a subordinate clause right after a cue's "that", whose main clause
# follows its comma, no end yet either; not "one that until recently seemed …", a relative
SUBORDINATE_AFTER_THAT = EndAnchored.of(r"(?<![\p{L}])(?P<cue>\p{L}+)\s+(?i:that)\s+(?i:"
                                        + alternation(load_words("subordinators.txt")) + r")\s[^,;:“”\"()]{1,80}\Z")
SKIPPED_ASIDE = EndAnchored.of(r",\s+\p{L}+\s*\Z")  # "said, however" once the adverb is read: its closing comma is next
COMMA_THEN_WORD = regex.compile(r",(?=\s+\p{L})")

COMMA_AHEAD = regex.compile(r"(?P<phrase>(?:[^:;“”\"‘’.!?,]|,(?=\d)){1,80})"
                         r"(?:,\s+(?:when|as|after|before|while|since|if|because)\b[^:;“”\"‘’.!?,]{1,80})?"
                         r",\s*(?=[“\"‘«„]|'')")  # "said in the spring, when the story broke, “…”"
TIME_CLAUSE_LEAD = regex.compile(r"\s+(?:as|when|while|after|before)\s")  # "said as she opened the meeting, “…”"
PRONOUN_CLAUSE_LEAD = regex.compile(r"\s+(?:he|she|they|we|I)\s+\p{Ll}")  # "said she plans to …, “…”": a clause
# "says no matter what the board takes, “…”": a clause of condition or concession, whose main clause is the quote
CONDITION_CLAUSE_LEAD = regex.compile(r"\s+(?i:" + alternation(load_lines("condition_clause_leads.txt")) + r")\s")
# "explained to the skippers why …", "to her who …": a pronoun, or a plural noun after at most a determiner, heard the
# question; "who", "when", "where" and "which" only after a pronoun, as after a noun they may open a relative clause
TO_LISTENER_BEFORE_QUESTION = regex.compile(
    r"\s+to\s+(?:(?:him|her|them|us|me|you)(?=\s+(?:who|whom|when|where|which)\b)"
    r"|(?:him|her|them|us|me|you|(?:(?:the|his|her|their|its|our)\s+)?\p{Ll}+(?<!ss|us)s)"
    r"(?=\s+(?:why|how|what|whether|if)\b))")
# "said — on the radio, of all places — that …", "said in July - falsely - that …": a hyphen between spaces is a
# dash; an adverb may come first ("argued emphatically — … — that")
# "the harbour board – and not the town – is in charge": a subject of up to four words, then an aside in dashes
SUBJECT_DASH_ASIDE = regex.compile(r"(?P<subject>[^\s—―–]+(?:\s+[^\s—―–]+){0,3}?)\s+[—―–]\s+[^—―–;:“”\"]{1,100}?\s+[—―–]\s+"
                                   r"(?P<rest>\S.*)", regex.DOTALL)
DASH_ASIDE = regex.compile(r"(?:\s+\p{Ll}{2,}ly)?\s*(?:[—―–]|--|(?<=\s)-(?=\s))\s*[^—―–;:“”\"]{1,120}?\s*(?:[—―–]|--|(?<=\s)-(?=\s))"
                           r"(?=\s*(?:that\b|[“\"‘«]|''|:))")
COLON = regex.compile(r"\s*:\s*")
BLANK_LINE = regex.compile(r"\n[ \t]*\n")
BLOCK_OPENING = regex.compile(r"[ \t]*\n\s*(?=[\p{L}…])")  # a paragraph opening with a word, not "<tweet", "1." or "—"
SPACE_RUN = regex.compile(r"\s*")  # the white space a block opening reads, its end the one character past it
COLON_AHEAD = regex.compile(r"[^:;“”\"‘’.!?,]{1,60}:\s*(?=[“\"‘'«„]|\Z)")
# after a comma, a paired ” too: one typed for an opener ('said,” there are …”')
COMMA_QUOTE = regex.compile(r"\s*,?\s*(?=[“\"‘'«„])|\s*,\s*(?=”)")
QUOTE_JOINT = regex.compile(r",?\s+(?:and|or)\s+(?=[“\"‘'«„])")  # '“Save the pier” and “…”'
TRAILING_MARKS = frozenset(".,;:!?—―–-")
MAX_CLAUSE = 1200  # characters a reported clause may run: keeps every cue's work bounded
PARENTHESIS_REACH = 300  # characters back from a clause's start within which its opening parenthesis is looked for
RESUMES = regex.compile(r"\s*,\s+")
# " — “and waited”": a dash before the quote goes on, perhaps after an aside set off by a second dash, " — pausing — “"
COLON_RESUMES = regex.compile(r"[ \t\u00a0]*[:;][ \t\u00a0]*(?=[“\"‘«])")  # a tag's colon or semicolon before more quoted words
DASH_RESUMES = regex.compile(r"\s*(?:[—―–]|--?)\s*(?:(?P<aside>[^“”\"‘’.!?;:,—―–]{1,40}?)\s(?:[—―–]|--?)\s*)?(?=[“\"‘]|'')")
JOINED = regex.compile(r"(?:and|but)\b")
JOINED_PAST = regex.compile(r"(?:and|but)\s+(?:then\s+)?(\p{Ll}+)\b")  # "and left the stage": a verb with no subject
# ", and the council": a second clause's joint; the comma may sit inside the marks closing quoted words before it
# ("called himself “neutral,” and the council …"), the joint then starting after them
COMMA_JOINT = regex.compile(r"(?:,|(?<=,(?:[”\"’]|'')))\s+(?:and|but)\s+")
SET_OFF_FRAME = regex.compile(r",\s+(?:[\p{L}'’.\-]+\s+){1,4}?\p{L}+\s*,")  # ", she added,", ", the mayor said,"
SET_OFF_FRAME_AHEAD = regex.compile(r"\s*" + SET_OFF_FRAME.pattern)
PREDICATE_AHEAD = regex.compile(r"""
    \s*,\s+(?:[^,;:“”"‘’()]{1,80}?,\s+)?       # the comma, and an apposition to the source: ", a geologist,"
    (?P<verb>(?:is|was|are|were|will|would|can|could|should|has|have|had|may|might|must|did|does)\b
      |(?!(?:his|its|this|thus|was|has|as|us)\b)\p{Ll}{2,}(?:ed|s)\b)  # the clause's own verb: "is", "needs"
""", regex.VERBOSE)
# "…, she said, adding …" is the writer's; "…, she said, including …" goes on with what was said
# "…, she said, without giving a date": "without" and a gerund is how the source spoke, the writer's words
NOT_RESUMED = regex.compile(r"(?!including\b)\p{Ll}+ing\b|without\s+\p{Ll}+ing\b|(?:" + alternation(load_lines("not_resumed.txt"))
                            + r")\b|\p{Lu}|\p{N}")
# "The pier shut, she said, two days after the storm": a measured time before "after" or "before" is the frame's occasion
FRAME_OCCASION = regex.compile(time_count(digits=False) + r"\s+" + time_unit() + r"\s+(?:after|before)\b")
# "the mayor's plan": an "'s" after a determiner and a noun, before a word that cannot follow "is" or "has", is a
# possessive; "the mayor's a liar", "the plan's been dropped", "it's late" keep their verb
POSSESSIVE_S = (r"(?<=\b(?i:the|a|an|this|that|its|his|her|their|our|my|your|each|every)\s+(?:\p{Ll}+\s+)?\p{Ll}+)[’']s"
                r"(?=\s+(?!(?:" + alternation(load_words("contracted_s_followers.txt"))
                + r"|\p{Ll}+ing|\p{Ll}+ed|\p{Ll}+ly)\b)\p{Ll})")
FINITE = regex.compile(r"\b(?:is|was|are|were|will|would|can|could|should|shall|has|have|had|may|might|must|cannot|did|"
                       r"does|do|wo|ca|am)\b"
                       # not after a preposition's gerund, whose object it is: "after cutting ties with Bay Lines"
                       r"|(?<!(?<!\p{L})(?:after|before|by|without)\s+\p{Ll}{2,}ing\s+)"
                       r"\b\p{Ll}{2,}(?:ed|s)\b|n[’']t\b|[’'](?:ll|re|ve|d|m)\b"
                       r"|(?=[’']s\b)(?!" + POSSESSIVE_S + r")[’']s\b")  # the cheap test first: only at an "'s"
# "… and vowed", ", and other leaders said", "… but did not suggest", "… and would not name"
AND_BEFORE = regex.compile(r"(?:,?\s+(?:and|but)\s+(?:(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+){1,3}|(?:he|she|they|we|I|it)\s+)?"
                        r"|,\s+(?:and|but)\s+(?:[\p{L}\p{N}.'’\-]+\s+){1,4})"
                        r"(?:(?:also|then|later|has|have|had)\s+|(?:did|does|would|will)\s+not\s+|(?:didn|doesn|wouldn|won)[’']t\s+)?\Z")
# ", and that she expected …", ", but that nobody knew …": a second clause of the same words
AND_THAT = regex.compile(r",\s+(?:and|but)\s+that\s")
HEADLINE_AND_BEFORE = regex.compile(AND_BEFORE.pattern.replace("(?:and|but)", "(?i:and|but)"))  # "Backs Toll And Denounces"
# "Tomas and Ana Reyl", "Mr Reyl and she had": a name, "and", then a name or a subject pronoun, perhaps with "had"
NAMES_JOINED = regex.compile(r".*\p{Lu}[\p{L}\p{M}.'’\-]*\s+and\s+(?:\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2}"
                             r"|he|she|they|we)\s+(?:(?:has|have|had)\s+)?\Z")
NAME_JOINT = regex.compile(r"\s+and\s+\p{Lu}")  # " and Mr Reyl": no comma, a name after "and"
NAME_AFTER_AND = regex.compile(r"\s+(?i:and)\s+\p{Lu}")  # " and Mr Reyl", a title's " And Mr Reyl"
# "plans he (and Mr Reyl have made)"; not "… and she (and Mr Reyl said …)", a new subject after "and"
PRONOUN_AT_END = EndAnchored.of(r"(?<![\p{L}])(?<!\b(?i:and|but|or)\s+)(?i:he|she|they|we|I)\Z")
# "… and she (and Mr Reyl said …)": the pronoun opens the new subject with the name
JOINED_PRONOUN_AT_END = EndAnchored.of(r",?\s+(?i:and|but|or)\s+(?i:he|she|they|we|I)\Z")
OCCASION_CUE_CLASSES = frozenset({"speech", "writing"})  # cues read as a second report after "and at the hearing"
BACKSHIFTED_JOINT = regex.compile(r"\s+and\s+had\s+")  # "… and had sought", no comma and no subject
BARE_AND = regex.compile(r"\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?")  # no comma: "… and wanted", "… but understood"
DESPITE_GERUND = regex.compile(r",\s+despite\s+\p{Ll}+ing\b")  # ", despite trailing in the polls"
BUT_ADVERB = regex.compile(r",\s+but\s+(?:\p{Ll}+ly\s+)?")  # ", but planned", ", but strongly favored"
PRONOUN_AND = regex.compile(r"\s+(?:and|but)\s+(?:he|she|they|we|I)\s+(?:(?:also|still)\s+)?")  # "… and she feels she can win"
AND_AT_END = regex.compile(r",?\s+(?:and|but)\s+(?:also\s+)?\Z")  # "… and (also)", "…, but" before a second act
_JOINTS = load_lines("clause_joints.txt")
AND_NEW_CLAUSE = regex.compile(r"(?:,|\s[—―–])\s+and\s+(?:(?:now|then|so|yet)\s+)?")  # ", and the council agreed", "— and the council"
LIST_BEFORE_AND = regex.compile(r",[^,;:]*\Z")  # "Leith, Adley, and a new quay": the last item of a list
SHORT_SUBJECT = regex.compile(r"(?:[\p{L}\p{N}'’\-]+\s+){0,2}[\p{L}\p{N}'’\-]+\s*")  # "one", "a third skipper"
SUBJECT_ASIDE_NEXT = regex.compile(r",\s+(?:who|whose)\s")  # the relative aside a new subject's verb follows
NEW_SUBJECT_PRONOUNS = frozenset({"they", "we"})  # not "he", "it": mostly the source's own clause going on
QUANTIFIER_SUBJECTS = load_words("quantifier_subjects.txt")  # "…, and most have no doubt"
# "and the skippers replied", "but the council said": a determiner's noun as a new subject; its cue must then
# open words of its own (see REPORT_OPENS), not "and the way they say …", "and the procedure sometimes called …"
AND_NEW_SUBJECT = regex.compile(r"(?:\s+(?:and|but)|,\s+(?:(?:even\s+)?though|although|whereas))\s+(?:(?:" + alternation(NEW_SUBJECT_DETERMINERS) + r")\s+"
                                r"(?:(?!(?:he|she|they|it|we|who|which|that)\b)\p{Ll}[\p{L}\-]*(?<!ly)\s+){1,2}"
                                r"|(?P<modifier>\p{Lu}[\p{L}.'’\-]*\s+|(?!(?:he|she|they|it|we|who|which|that)\b)\p{Ll}{3,}\s+)?\p{Ll}{2,}[^s'’\s]s\s+)"
                                r"(?P<auxiliary>(?:(?:" + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){1,2})?\Z")
# or a bare plural, perhaps after a modifier ("and skippers said it …", "but Lyme skippers have said they …"),
# each perhaps with an auxiliary of the cue
REPORT_OPENS = regex.compile(r"[,:]|\s+(?:that\b|[“\"]|''|(?:he|she|they|it|we|I)\s)")
# "and the skippers told the council it …": a listener of one or two words, then the words told
LISTENER_THEN_REPORT = regex.compile(r"\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:\p{L}[\p{L}\-]*\s+){0,1}\p{L}[\p{L}\-]*"
                                     r"(?=\s+(?:that\b|(?:he|she|they|it|we|I)\s))")
AND_TO_VERB = regex.compile(r",?\s+and\s+to\s+(?:(?:once\s+again|again|also|then|\p{Ll}+ly)\s+)?"
                             r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)\p{Ll}+\b")
TO_WORD = regex.compile(r"\bto\b", regex.IGNORECASE)  # the clause's own infinitive: "wants to sell the pier and to buy …" goes on
VERB_ADVERBS = frozenset({"also", "still", "already", "not", "even", "never", "now", "then", "later"})
MANNER_ADVERB = regex.compile(r"\p{Ll}{4,}ly")  # "immediately", "quickly" before a verb

CLAUSE_THEN_CUE = regex.compile(
    r"(?:,(?:''|[”\"’])?\s+(?:(?:" + alternation(_JOINTS) + r")\s+)?|\s+(?:" + alternation(set(_JOINTS) - {"and", "but", "as"}) + r")\s+)"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+){0,3}"
    r"(?:(?i:" + alternation(load_lines("source_pronouns.txt")) + r")\s+|(?<=\p{Lu}[\p{L}\p{M}.'’\-]*\s+)|\p{Ll}+s\s+)"
    r"(?:(?:" + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){0,2}\Z")  # ", although she tweeted", ", Mr Lee said"
RELATIVE_REPORT = EndAnchored.of(
    r"(?:,|\s[—―–]|\s--?)\s+(?:(?:in|on|at|with|for|by|as)\s+)?(?:(?:a|an|the|this)\s+\p{Ll}+\s+)?"
    r"(?:whom|which|that|who)\s+(?:he|she|they|we|I)\s+"
    r"(?:(?:" + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){0,2}\Z")
# ", although the council says", "while the harbour board argued": after a joint other than "and", "but" or "as",
# a determiner's noun is a new subject; after a bare comma it may be an appositive (", the first lady had …")
JOINT_THEN_SUBJECT_CUE = EndAnchored.of(
    r"(?:,\s+|\s+)(?:" + alternation(set(_JOINTS) - {"and", "but", "as"}) + r")\s+(?:the|his|her|their|its)\s+"
    r"(?:\p{Ll}+\s+){1,2}(?:(?:" + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){0,2}\Z")
# "said fares would rise, the guild said they would fall": a bare comma, then a determiner's noun of one or two words
# as a new subject, perhaps with an auxiliary, before a cue whose own clause opens with "that" or a subject pronoun
COMMA_THEN_NOUN_SUBJECT = EndAnchored.of(
    r",\s+(?:the|his|her|their|its)\s+(?:\p{Ll}[\p{L}\-]*\s+){1,2}(?:(?:"
    + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){0,2}\Z")
CLAUSE_AFTER_CUE = regex.compile(r"\s+(?:that|he|she|they|it|we|I)\s")
# ", though skippers are more likely to say": a concession with a subject and verb of its own, then an infinitive cue
CONCESSION_THEN_TO = EndAnchored.of(
    r",(?:''|[”\"’])?\s+(?P<joint>" + alternation(set(_JOINTS) - {"and", "but", "as"}) + r")\s+"
    r"(?P<clause>[^,;:“”\"()]{3,80}?)\s+to\s+\Z")
# a counted subject saying something of its own: "…, 39 have said", "and others have said", "while 53 percent say",
# "and more than 3 in 10 said", "while about 60 percent of skippers said"; also the count of those who said the
# opposite or the same: "…, double the number who said", "compared to roughly three in 10 - 31 percent - who said"
COUNTED_THEN_CUE = EndAnchored.of(
    r"(?:,\s+(?:(?:and|but|while|whereas|after)\s+)?|\s+(?:and|but|while|whereas|after|compared\s+(?:to|with))\s+"
    r"|\s+[—―–]\s*|\s+--?\s+)"  # "- others say": a dash before the count too
    r"(?:(?:more|fewer|less)\s+than\s+|(?:nearly|about|almost|roughly|some|only|just|over|at\s+least|double|twice)\s+)?"
    r"(?:(?!(?:1[89]|20)\p{N}\p{N}\b)\p{N}+(?:[.,]\p{N}+)*(?:%|\s+percent|\s+per\s+cent|\s+in\s+\p{N}+)?|half|others"  # not a year
    r"|the\s+(?:same\s+)?number"  # "roughly the same number who said"
    r"|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\p{N}+|three|four|five|ten))\s+"  # "and one in four said"
    r"(?:of\s+(?:the\s+|those\s+|all\s+)?[\p{L}\-]+\s+(?:[\p{L}\-]+\s+)?)?"  # "60 percent of skippers"
    r"(?:[—―–-]{1,2}\s+[^—―–\-,;:]{1,24}\s+[—―–-]{1,2}\s+)?(?:who\s+)?"  # "- 38 percent - who said"
    r"(?:(?:" + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){0,3}\Z", regex.IGNORECASE)
# a new sentence after a colon with a cue of its own: "…: A new survey showed", "…: The council said"
AND_NAME_ASIDE = EndAnchored.of(
    r",\s+(?:and|but)\s+(?:(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’\-]*"  # ", and Tom Reyl,"
    r"|(?:the|its|his|her|their)\s+(?:[\p{Ll}'’\-]+\s+){0,2}\p{Ll}+),"  # ", and its chairman, Tom Reyl,"
    r"\s+[^,;:()“”\"]{3,60},\s+(?:(?:" + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){0,2}\Z")
COLON_THEN_CUE = regex.compile(r":\s+\p{Lu}[^:;,.!?“”\"()]{0,60}\s+\Z")
WORD_BEFORE_COLON = regex.compile(r"([\p{L}'’]+)\s*\Z")
COLON_LEADS = frozenset({"this", "it", "following", "way", "thus"})
NEGATED_AUXILIARY = regex.compile(r"\b(did|does|do|would|will|wo)(?:n[’']t|\s+not)\s+\Z", regex.IGNORECASE)
NEGATED_AUXILIARY_THEN_VERB = regex.compile(r"\b(did|does|do|would|will|wo)(?:n[’']t|\s+not)\s+(?:\p{Ll}+\s+)?\Z",
                                            regex.IGNORECASE)  # "… but would not take (sides)"
# "… and Ms Varga will (say)": a name of up to four capitalised words after "and" or "but", then an auxiliary
AND_NAME_AUXILIARY = EndAnchored.of(r"\s+(?:and|but)\s+(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+){1,4}"
                                    r"(?:(?:" + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){1,2}\Z")
AND_MODAL_NOT = regex.compile(r"\s(?:and|but)\s+(?:(?:would|will)\s+not|wouldn[’']t|won[’']t)\s+\Z")  # "… and would not name"
PLURAL_PRONOUN_BEFORE = regex.compile(r"(?<![\p{L}])(?:they|we|I)\s+\Z")  # "…, and they say …"
PERIPHRASTIC = regex.compile(r"(?<![\p{L}])(?:is|are|was|were|been|did\s+not|does\s+not|do\s+not|didn[’']t|doesn[’']t|don[’']t)\s+\Z")
# what may follow a short answer; "and" or "but" only before a count with its own answer ("72 percent said yes
# and 20 percent said no")
ANSWER_ENDS = (r"\s*[,.;]|\s*\Z|\s+(?:in|on|at|last|this|about|of|for|while|whereas|when)\b"
               r"|\s+(?:and|but)\s+(?:(?:about|nearly|almost|roughly|only|just)\s+)?\p{N}")
YES_NO = regex.compile(r"\s+(yes|no|so|as\s+much|the\s+same|otherwise)\b(?=" + ANSWER_ENDS + r"|(?<=no)\s+to\s)", regex.IGNORECASE)
# "72 percent said yes", "half said so in May", "said yes while a third disagreed", "said no to the new toll"
SAID_OBJECT = regex.compile(r"\s+((?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}?(?:" + spaced(load_lines("said_objects.txt"))
                         + r"))\b(?=" + ANSWER_ENDS + r")")  # "said the opposite", "says rude things"
NO_TO = regex.compile(r"\s+to\s", regex.IGNORECASE)
SAME_OF = regex.compile(r"\s+(?:of|about|for)\s+(?:him|her|them|(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’\-]*)\b")
ANY_CUE = frozenset(CUE_CLASSES)
QUOTE_MARK = regex.compile(r"[“”\"]|''|``")
AND_GERUND = regex.compile(r"\s*[,—―–-]*\s+(?:and|but)\s+(?:(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+){1,3}|\p{Ll}+ly\s+)?\Z")
GERUND_AT_END = regex.compile(r"\p{Ll}{2,}ing\Z")  # "condoning and cheering the strike"
TIME_BEFORE_GERUND = regex.compile(r"\s+(?:after|before|while)\s+\Z")  # "was asked to leave after shouting that …"
INFINITIVE_OPENING = regex.compile(r"to\s")
RUNNING_GERUND = regex.compile(r"(?:\b(?:is|are|was|were|be|been|being|by|of|about|without)|[’']s|[’']re)\s+(?:not\s+)?"
                            r"(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b", regex.IGNORECASE)
# "tried to", "sued the board": a verb that goes on to its own object or infinitive, not "battered pier"
VERB_THEN_OBJECT = regex.compile(r"\p{L}+\s+(?:to|the|a|an|his|her|their|its|him|them|it|us|me)\s")
AND_THEN_VERB = regex.compile(r"\s+(?:and|but)\s+(?:(?:even|never|\p{Ll}+ly)\s+)?(?:\p{Ll}+-)?\Z")
NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
LOWER_WORD = regex.compile(r"\p{Ll}+(?!\p{L})")
NON_SPACE = regex.compile(r"\S+")
NOUN_PREPOSITION = regex.compile(r"\s+(?:of|from|against)\b")  # "fears of flooding"; not "calls for", "calls on"
CLOSING_MARKS = frozenset("”\"’'")
CAPITALIZABLE = regex.compile(r"\p{L}[\p{L}'’\-]*")
_PERSON = r"(?:he|she|they|we|I|you|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})"
COORDINATED_SUBJECT = regex.compile(_PERSON + r"\s+and\s+" + _PERSON + r"\s+(?P<verb>\p{Ll}+)\b")
CORRELATIVE_NOT = regex.compile(r"\bnot\s+(?:(?P<only>just|only|merely|simply)|a|an)\s[^,;:]*\Z")  # "not just a delay, but …"
COMMA_BUT = regex.compile(r",\s+but\s+")
SUBJECT_PRONOUN = regex.compile(r"(?:he|she|they|it|we|I|you|there)\b")  # "but she knew …", ", and he remains": a clause of its own
QUOTE_LEAD = regex.compile(r"\s*(?:[—―–:]|--?)\s*\Z")  # " - " before a quote: the quote is a sentence of its own
WHEN_PARTICIPLE = regex.compile(r"\s+when\s+\p{Ll}+(?:ed|ing)\b")  # "when asked", "when speaking": a time, no question
MAIN_CLAUSE_AFTER = regex.compile(r",\s+(?:he|she|they|I|we|it)\s")
# ", his judgment", ", and the pier"; also past the full stop of an abbreviation that the item before it ends with,
# which trimming left out: "shares in Bay Co., Lyme Inc. and the ferry firm"
LIST_COMMA = regex.compile(r"(?:(?<=(?<![\p{L}.])(?:" + alternation(load_words("abbreviations_other.txt"))
                           + r"))\.)?\s*,\s+(?P<joint>(?:and|or)\s+)?(?=\p{L})")
LIST_JOINT = regex.compile(r"\s(?:and|or)\s")
LAST_LIST_JOINT = regex.compile(r"\s(?:and|or)\s", regex.REVERSE)  # the last "and" or "or" of an item
LIST_ITEMS = 10  # the items an object's list may run through past its commas
ITEM_CONTINUATION = regex.compile(r",\s+(?:" + spaced(load_lines("object_continuations.txt")) + r")\b")  # ", including its cost"
# " - large and small - to": an aside between two spaced dashes, then the word that goes on
DASH_ASIDE_GOES_ON = regex.compile(r"\s(?:[—―–]|--?)\s+(?P<opening>\p{L}+)[^—―–;:“”\"()]{0,100}?\s(?:[—―–]|--?)\s+"
                                   r"(?P<next>\p{Ll}+)\b")
ASIDE_CARRIERS = frozenset({"of", "who", "which", "whose"})  # "- rich and poor - of every size"
SPACED_DASH = regex.compile(r"\s(?:[—―–]|--?)\s+")
# "said the pier was safe but declined to say when": what the source then held back ends the clause
WITHHOLDING_OPENERS = "withholding_openers.txt"
# "…, though she declined to say when": after a comma and a joint, a pronoun may stand before the refusal
WITHHOLDING_JOINT = r"(?:,?\s+(?:but|and)|,\s+(?:but|though|although)\s+(?:he|she|they|it|we|I))\s+"
WITHHOLDING = regex.compile(WITHHOLDING_JOINT + r"(?:" + spaced(load_lines(WITHHOLDING_OPENERS)).replace("'", "['’]")
                            + r")\s+(?:" + spaced(load_lines("withheld_verbs.txt")) + r")\b|"
                            # "but could not say how long": an inability only before a verb of telling
                            + WITHHOLDING_JOINT + r"(?:" + spaced(load_lines("inability_openers.txt")).replace("'", "['’]")
                            + r")\s+(?:" + spaced(load_lines("inability_withheld_verbs.txt")) + r")\b", regex.IGNORECASE)
DASH_CONCESSION = regex.compile(r"(?:" + spaced(load_lines("dash_concessions.txt")) + r")\b")  # "- though", "— even as"
RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose"})  # ", which the council backed": no item of a list
# "one of his plans", "someone he trusts": an object that points ahead to what a dash then names
POINTING_OBJECT = regex.compile(r"(?:(?:one|two|three|some|several|many|a\s+few)\s+of|some(?:one|thing|body))\b",
                                regex.IGNORECASE)
DASH_THEN_QUOTE = regex.compile(r"\s(?:[—―–]|--?)\s*(?=[“\"‘«]|'')")  # " — “Never leave the pier.”"
AS_WELL_AS = regex.compile(r",?\s+as\s+well\s+as\s+(?!to\s|\p{Ll}+ing\b)(?=[\p{L}\p{N}“\"‘$]|'')")  # ", as well as the council"
LAST_ITEM = regex.compile(r"\s+(?:and|or)\s+(?=\p{Ll})")  # "the tolls, the delays and rising rents": the closing item
NAME_END = regex.compile(r"\p{Lu}[\p{L}\p{M}.'’\-]*\Z")
APPOSITIVE = regex.compile(r"(?:the|a|an)\s")
# ", Ana Varga, agrees": an aside set off by commas after a list's last item, then the finite verb of a clause of its
# own ("…, and the mayor, Ana Varga, agrees": the item is that clause's subject)
ASIDE_THEN_VERB = regex.compile(r",\s+[^,;:()“”\"]{3,60},\s+(?:(?:" + alternation(load_lines("cue_auxiliaries.txt"))
                                + r")\s+){0,2}?(?P<auxiliary>(?:has|have|had|is|are|was|were|will|would)\s+)?(?P<verb>\p{Ll}+)\b")
MANNER_ASIDE = regex.compile(r",\s+(?:in|with|at)\s[^,;:“”\"()]{2,40},\s(?=(?:a|an|the|his|her|their|its)\s)")
OBJECT_ASIDE = regex.compile(r"\s*,[^,;:“”\"()]{3,80},\s+(?=(?:as|for|of|to)\s)")  # ", then 44, as …"
GERUND_AND = regex.compile(r"\s+(?:and|or)\s+(?=\p{Ll}{2,}ing\b(?!\s+that\b))")  # "for keeping rates low and making …"
# a gerund in the object itself, not after its comma: "for keeping", not ", recalling"
GERUND = regex.compile(r"(?<!,[”\"’']?\s+)\b(?!(?:during|including|according|nothing|something|anything|everything|morning|evening)\b)"
                       r"\p{Ll}{2,}ing\b")
# "a costly, dangerous delay": the first of two adjectives (by their endings), after a determiner or opening the phrase
ADJECTIVE_BEFORE_COMMA = regex.compile(r"(?:(?<![\p{L}’'])(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)\s+"
                                       r"|[\p{L}][’']s?\s+)(?:\p{Ll}+ly\s+)?" + _ADJECTIVE + r"\Z")
ADJECTIVE_ALONE = regex.compile(r"\s*(?:\p{Ll}+ly\s+)?" + _ADJECTIVE)
ADJECTIVE_AFTER_COMMA = regex.compile(r",\s+(?P<adverb>\p{Ll}+ly\s+)?(?P<adjective>" + _ADJECTIVE
                                      + r")\s+(?P<next>\p{Ll}+)\b")
# "his vague, newly drafted plan": any one word after a determiner, when an adverb in -ly leads the second adjective
# (not a form in -ing: "the measure, potentially teeing up a law")
WORD_AFTER_DETERMINER = EndAnchored.of(r"(?<![\p{L}’'])(?:a|an|the|his|her|its|their|our|my|your)\s+\p{Ll}{2,}\Z")
CUE_GERUNDS = frozenset(form for form in cue_lexicon().forms if form.endswith("ing"))  # "slamming", "urging"
VERB_AFTER_ASIDE = regex.compile(r"(?:[“\"]|'')?(?:\p{Ll}+n[’']t\b|(?=" + FINITE.pattern + r")\p{Ll}+)")  # "“is", "doesn't"
# ", who runs the ferry, still faces"; not "then", "later", which go on with a second act of the clause's subject
ADVERB_AFTER_ASIDE = regex.compile(r"(?:(?:" + alternation(VERB_ADVERBS - {"then", "later"}) + r")\s+)?")
BASE_VERB_THEN_OBJECT = regex.compile(r"(?P<verb>\p{Ll}+)\s+(?:the|a|an|his|her|their|its|our)\s")  # "pay the toll"
LISTED_NOUN = regex.compile(r"(?<=s)\s*(?:,|and\b|or\b)")  # "slipways and …"
# ", which secured her the seat, to thank him": an infinitive of purpose with its object after a relative aside goes
# on with the clause the aside interrupted
PURPOSE_AFTER_ASIDE = regex.compile(r"to\s+\p{Ll}{2,}\s+(?:the|a|an|his|her|their|its|our|him|them|us|it)\b")
DEMONSTRATIVE_HEAD = regex.compile(r"(?!(?:the|a|an|he|she|they|we|it|i|you|there)\b)\p{Ll}")  # "that claim", not "that she"
# a name of up to four words, or a one-word object, that the phrases below may follow
NAME_OBJECT = r"(?P<name>\p{L}+(?:[\s.'’\-]+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3})"
NAME_THEN_REASON = regex.compile(NAME_OBJECT + r"\s+(?:"
                              + spaced(load_lines("name_object_ends.txt")) + r")\b")
# "supported Ms Varga in Lyme", "favored her among traders": a backing cue's person, then where it was counted
NAME_THEN_SETTING = regex.compile(NAME_OBJECT + r"\s+(?:in|among)\s")
# "did not mention Ms Varga directly", "praised her publicly at the pier": a person and an adverb of manner,
# where the phrase closes or a setting follows; not "faulted Mr Reyl repeatedly for the toll", a reason
NAME_THEN_ADVERB = regex.compile(NAME_OBJECT + r"\s+(?:"
                                 + spaced(load_lines("object_manner_adverbs.txt")) + r")"
                                 r"(?=\W*\Z|\s*[,;:—―–-]|\s+(?:on|in|at|over|during|before|after|when|while|because|and|but|"
                                 r"since|until)\b)")
# "mocked Mr Reyl on Twitter", "opposed her on Capitol Hill": a person, then where the act took place
# where the act took place, closing the phrase: " on Twitter", " on his blog"
ON_FORUM = (r"\s+on\s+(?:(?:his|her|its|their|the)\s+)?(?:" + spaced(load_lines("person_object_forums.txt")) + r")"
            r"(?=\W*\Z|\s*[,.;:—―–-]|\s+(?:and|because|before|after|when|while|on|in|at|last|this|"
            + weekday_alternation() + r")\b)")
NAME_THEN_FORUM = regex.compile(NAME_OBJECT + ON_FORUM)
# "praised the crews on Twitter before the vote": people of `object_listeners.txt`, perhaps after a determiner and
# one word, then where the act took place, ending the object where the phrase closes; not "a comment on Twitter"
PEOPLE_THEN_FORUM = regex.compile(r"(?P<name>(?:(?:the|these|those|local|some|many)\s+)?(?:\p{Ll}[\p{Ll}\-]+\s+)?"
                                  r"(?:" + spaced(load_lines("object_listeners.txt")) + r"))"
                                  + ON_FORUM)
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})
# "criticised it during the meeting", "denied this in May"; "her" may be a possessive
SETTING_PRONOUNS = (OBJECT_PRONOUNS - {"her"}) | {"this"}
PERSON_OBJECTS = OBJECT_PRONOUNS - {"it", "you"}  # never a subject: "him", "her", "them", "us", "me"
WHILE = regex.compile(r",\s+while", regex.IGNORECASE)
RELATIVE_ASIDE = regex.compile(r",\s+(?:which|who)\b(?:[^,;:“”\"()]|,(?=\d)){3,120},\s+")  # ", which began in May, "
THAT_IN_WORDS = regex.compile(r"\bthat\b")  # "which included her claim that …": a clause of its own
QUOTED_RELATIVE = regex.compile(r",\s+(?:which|who)\b(?P<words>[^,;:.!?“”\"()]{0,80}?\s)?(?=[“\"]|'')")  # ", which “will save"
ASIDE_CHAR = r"(?:[^,;:“”\"()]|,(?=\d))"  # a character of an aside: no clause mark, a comma only inside a number
APPOSITIVE_ASIDE = regex.compile(r",\s+an?\s+" + ASIDE_CHAR + r"{3,120}?,\s+")  # ", an outside group, "
ASIDE_GOES_ON = regex.compile(r",\s+(?:an?|or)\s[^,;:.“”\"()—―–]{2,100},\s+(?P<next>\p{Ll}+)\b")  # ", a skipper, with …"
SUBJECT_ASIDE = regex.compile(r"\s*," + ASIDE_CHAR + r"{3,120},\s+(?=\p{Ll})")  # ", which struck down the law, "
# ", built in Lyme, on the east coast, ": an aside in two parts
TWO_PART_ASIDE = regex.compile(r"\s*," + ASIDE_CHAR + r"{3,80}," + ASIDE_CHAR + r"{3,80},\s+(?=\p{Ll})")
CLAUSE_COMMA_AHEAD = regex.compile(r",(?:''|[”\"’])?\s+")
NEGATED = regex.compile(r"n[’']t\Z")
NOT_MAIN_OPENERS = frozenset({"and", "or", "but", "not", "nor", "then", "who", "which", "that", "what", "whose"})
S_VERB = regex.compile(r"\p{Ll}{3,}[^s's]s")
CONTRACTED_SUBJECT = regex.compile(r"(?:he|she|it|they|we|i|there)['’](?:s|re|ll|d|ve|m)", regex.IGNORECASE)
MAIN_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "there", "others", "many", "some", "few"})
DETERMINING_QUANTIFIERS = frozenset({"many", "some", "few"})  # "some want it", and "some clerks want it"
_SUBORDINATORS = alternation(load_lines("subordinators.txt"))
SUBORDINATOR_WORDS = load_words("subordinators.txt", lower=True)
# "However, while …", "But when …", "Ever since …": a connective or adverb before the subordinator
# "Soon after she did": a word of event_time_leads.txt before "after" or "before" leads the subordinator too
SUBORDINATE_LEAD = (r"\s*(?:(?:and|but|yet|so|ever|" + alternation(load_lines("sentence_adverbs.txt")) + r"),?\s+)?"
                    r"(?:(?:" + alternation(load_words("event_time_leads.txt")) + r")\s+(?=(?:after|before)\b))?")
SUBORDINATE_OPENING = regex.compile(SUBORDINATE_LEAD + r"(?:" + _SUBORDINATORS + r")\b", regex.IGNORECASE)
# "Whenever asked about it" before ", Ms Varga laughs": a lead may open with "whenever" too
LEAD_SUBORDINATE_OPENING = regex.compile(SUBORDINATE_LEAD + r"(?:whenever|" + _SUBORDINATORS + r")\b", regex.IGNORECASE)
# "… but that if the council raised it": a condition or time opening a clause after "that", "and" or "but", with
# no comma yet; the subject and cue after its comma are that clause's main clause
CONDITION_AFTER_JOINT = EndAnchored.of(r"(?<![\p{L}'’])(?:that|and|but)\s+(?:if|when|unless|once)\s[^,;:—―–“”\"()]*\Z",
                                       regex.IGNORECASE)
CONDITION_OPENING = regex.compile(r"(?i:if|when|unless|once)\s")  # "said if the council raised it, …"
# "Years after", "and while": a subordinator late in the lead, then no comma up to the cue
LATE_OPENING = EndAnchored.of(r"(?<![\p{L}'’])(?P<word>" + _SUBORDINATORS + r")\s[^,;:—―–“”\"()]*\Z", regex.IGNORECASE)
LATE_OPENING_LEAD = regex.compile(r"(?:[,;:—―–]\s*(?:(?:and|but|yet|so)\s+)?|(?<!\S)(?:and|but|yet|so)\s+)"
                                  r"(?:\p{L}+\s+)?\Z")  # ", and while", "Years after"
# "because Ms Varga" before "and Mr Reyl agreed": a subordinator opening a clause, then a name as its subject
SUBORDINATE_SUBJECT = EndAnchored.of(r"(?<![\p{L}'’])(?:" + _SUBORDINATORS + r")\s+(?P<subject>[^,;:—―–“”\"()]{1,40}?)\Z",
                                     regex.IGNORECASE)
# "Ms Varga, though she said", "The hearing, in which Mr Osman said": a relative or subordinate clause set off after
# the subject, no comma up to the cue
# ", though she", ", speaking on condition of anonymity because they": a clause or a participle's aside opens
SET_OFF_ASIDE = EndAnchored.of(r",\s+(?:whom?|(?:in|at|during|on|under|for|by|with|from|of|to)\s+wh(?:ich|om)|where|"
                               + _SUBORDINATORS + r"|(?-i:\p{Ll}{2,}ing))\s[^,;:—―–“”\"()]*\Z",
                               regex.IGNORECASE)
RELATIVE_IN_ASIDE = EndAnchored.of(r",\s+[^,;:—―–“”\"()]*\s(?:that|which|who)\s+(?:\p{Ll}+ly\s+)?\Z")  # ", in a coat that"
# ", ultimately did not", ", stopped": the subject's own verb after the aside, no subject of its own
VERB_AFTER_SET_OFF = regex.compile(r",(?:''|[”\"’])?\s+(?:\p{Ll}+ly\s+)?(?P<verb>\p{Ll}+)\b")  # also ',” left'.
# ", at the hearing on Monday she said …": a main clause after a fronted phrase
FRONTED_MAIN = regex.compile(r",\s+(?:in|at|on|during|after|by|since|for)\s[^,;:“”\"()]{1,40}?\s(?:he|she|they|I|we)\s+"
                             r"(?!(?:and|or|to|of|in|on|at|for|with|by|from)\b)\p{Ll}")
# ", he maintained …", ", the Democrats stressed …": the main clause after an opening subordinate one
MAIN_CLAUSE_SUBJECT = regex.compile(r",(?:''|[”\"’])?\s+(?:(?:he|she|they|I|we|it|there)\s|(?:(?:the|a|an)\s+)?"
                                    r"(?!(?:has|had|is|was|are|were|will|would)\s)"  # not ", or HB, has used …"
                                    r"(?!(?:who|which|whose|whom)\s)"  # not ", which is old, was …": a relative aside
                                    r"(?:[\p{L}\p{M}.'’\-]+\s+){1,3}(?:\p{Ll}+ly\s+)?"
                                    r"(?:\p{Ll}{2,}ed|has|had|is|was|are|were|will|would|said|says)\b)")


def _stance_after_but() -> regex.Pattern:
    """", but planned", ", but strongly favored": "but", perhaps an adverb in -ly, then a finite cue of thought or
    evidence with no subject of its own; not one of seeming ("but appeared to"), which reports a clause apart."""
    lexicon, seeming = cue_lexicon(), load_words("cues_seeming.txt", lower=True)
    forms = sorted(form for form in lexicon.finite_forms
                   if lexicon.forms[form][1] in ("thought", "evidence") and lexicon.forms[form][0] not in seeming)
    return regex.compile(BUT_ADVERB.pattern + "(?:" + alternation(forms) + r")\b")


STANCE_AFTER_BUT = _stance_after_but()


@functools.cache
def _past_form() -> str:
    """An -ed or irregular past form, as pattern text: "vowed", "cast"."""
    return r"(?:\p{Ll}+ed|" + alternation(frames().irregular_verbs) + r")\b"


PAST_IN_ED = regex.compile(r"\p{Ll}+ed")


def past_word(word: str) -> bool:
    """"replied", "told": a past form (as ``_past_form`` reads it); not "questions", which may be a plural noun."""
    return word in frames().irregular_verbs or PAST_IN_ED.fullmatch(word) is not None


@functools.cache
def _and_past() -> regex.Pattern:
    """", and" or "but" before a past-tense verb: a second act of the subject, after an infinitive; or of
    another subject named by a pronoun ("… and she won the debate")."""
    return regex.compile(r",?\s+(?:and|but)\s+(?:(?:he|she|they|we|I)\s+)?(?:then\s+|also\s+|later\s+)?"
                         r"(?:(?:has|had|was)\b|" + _past_form() + ")")


@functools.cache
def _second_verb() -> regex.Pattern:
    """"and said", "but told": a second verb of the subject's, whose quote it is."""
    return regex.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?" + _past_form())


def _second_subject_cue(phrase: str) -> bool:
    """"asked for a photo and Ms Varga said": "and" or "but", a subject of up to four words, then a cue's
    finite form."""
    words = phrase.lower().split()
    finite = cue_lexicon().finite_forms
    return any(word in ("and", "but") and any(later in finite for later in words[i + 2:i + 6])
               for i, word in enumerate(words))


def _within_parenthesis(text: str, floor: int, start: int, end: int, quote_map: QuoteMap) -> int:
    """"(what skippers call a toll) and away from …": a clause opening inside a parenthesis ends at its
    closing mark."""
    opening = text.rfind("(", max(floor, start - PARENTHESIS_REACH), start)
    if opening < 0 or text.rfind(")", opening, start) >= 0:
        return end
    closing = text.find(")", start, end)
    return closing if closing >= 0 and quote_map.around(closing) is None else end


def _within_dashes(text: str, floor: int, start: int, end: int, quote_map: QuoteMap) -> int:
    """"Ms Varga — who said the pier was safe — left early": a clause opening inside an aside between spaced dashes
    ends at the dash that closes it; a dateline's dash ("LYME (Gazette) - …") opens none."""
    if (dateline := DATELINE.match(text, floor, near(floor, start))) is not None:
        floor = dateline.end()
    opened = [dash for dash in SPACED_DASH.finditer(text, max(floor, start - PARENTHESIS_REACH), start)
              if quote_map.around(dash.start()) is None]
    if len(opened) % 2 == 0:
        return end
    closing = next((dash for dash in SPACED_DASH.finditer(text, start, end) if quote_map.around(dash.start()) is None),
                   None)
    return closing.start() if closing is not None else end


# ", vow to fight", ", calls for repairs", ", Promises A New Pier": a comma, a word that may be a verb, and the next word
SECOND_VERB_AFTER_COMMA = regex.compile(r"\s+(?P<verb>\p{L}+)\s+(?P<next>\p{L}+)")  # read after the comma
VERB_OBJECT_OPENERS = load_words("verb_object_openers.txt", lower=True)


def before_second_present(text: str, cue_form: str, content: Span, quote_map: QuoteMap) -> Span:
    """"Skippers say toll is unfair, vow to fight", "Mayor says pier unsafe, urges calm": after a cue in the
    present, a cue verb of the same form after a comma is the subject's next act, not more of what was said; a
    verb that is also a noun (``cues_noun_ambiguous.txt``) only before a word its object or infinitive opens with
    ("calls for repairs"); capitalised only after a capitalised cue ("Mayor Says Ferry Will Run, Urges Calm");
    not "says the pier, the toll and the fares", nor a verb of another form ("says the toll is unfair, reports
    show")."""
    lexicon = cue_lexicon()
    form = cue_form.lower()
    lemma = (lexicon.lookup(form) or ("",))[0]
    third_person = lexicon.third_person(form)
    if form != lemma and not third_person:
        return content
    first_comma_at = text.find(",", content.start, content.end)
    if first_comma_at == -1:
        return content
    comma_end = first_comma_at + 1
    if (quoted := quote_map.around(first_comma_at)) is not None:
        if not (quoted.closed and quoted.inner.end == comma_end):
            return content
        comma_end = quoted.end  # "declares ‘victory,’ ignores losses": the comma inside the closing mark
    # only the content's first comma: a later one may close an aside before the clause's own verb ("say that
    # account, and hundreds like it, show …")
    if (comma := SECOND_VERB_AFTER_COMMA.match(text, comma_end, content.end)) is not None:
        verb = comma.group("verb")
        lower = verb.lower()
        other = (lexicon.lookup(lower) or ("",))[0]
        same_form = lexicon.third_person(lower) if third_person else lower == other
        opens_object = comma.group("next").lower() in VERB_OBJECT_OPENERS or other not in frames().noun_ambiguous
        if other and same_form and opens_object and (verb.islower() or cue_form[0].isupper()):
            return trimmed(text, content.start, first_comma_at if quoted is None else comma_end) or content
    return content


def infinitive_from(text: str, start: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """The infinitive clause from its "to": "pledged to be … and cast doubt on …" ends before the second verb,
    the writer's; but a list of bare verb phrases closed by "and" or "or" and a base form at the sentence's end
    is the infinitive's: "vowed to open the pier, cut the toll and mend the quay"."""
    content = clause_from(text, start, sentence, quote_map, stop=_infinitive_stop())
    if content is None or not text.startswith(",", content.end):
        return content
    listed = VERB_PHRASE_LIST.fullmatch(text, content.end, near(content.end, sentence.end))
    if listed is None or near(content.end, sentence.end) != sentence.end or not _base_form(listed.group("last")) \
            or quote_map.around(content.end) is not None \
            or any(opener.endswith(("ed", "ing")) for opener in LIST_OPENER.findall(listed.group("list"))):
        return content  # not "vowed to cut the toll, declined to meet them and …": the subject's own acts
    return trimmed(text, content.start, listed.end("list"))


# ", cut the toll and mend the quay.": bare verb phrases after a comma, the last after "and" or "or", then the end
VERB_PHRASE_LIST = regex.compile(r"""
    (?P<list>(?:,\s+\p{Ll}+(?:\s+[^\s,;:.!?“”"()—–]+){0,5}){1,3},?\s+(?:and|or)\s+(?P<last>\p{Ll}+)
             (?:\s+[^\s,;:.!?“”"()—–]+){0,5})[.!?]?[”"’]?\s*""", regex.VERBOSE)


LIST_OPENER = regex.compile(r",\s+(\p{Ll}+)")


def _base_form(word: str) -> bool:
    """A word that may be a verb's base form closing a list of verb phrases: no past, participle, -s form,
    adverb, determiner, pronoun or preposition ("mend", not "then", "left", "the")."""
    f = frames()
    return not (word.endswith(("ed", "ing", "ly", "s")) or word in f.irregular_verbs or word in OBJECT_DETERMINERS
                or word in f.pronouns or word in f.prepositions or word in f.sentence_adverbs
                or word in f.verbal_auxiliaries)


@functools.cache
def _infinitive_stop() -> regex.Pattern:
    """A second past verb (see ``_and_past``), or a participle after a comma: "vowed to cut the toll, leaving
    the skippers angry" -- the writer's comment on the act; not ", including the pier" nor a list's noun
    ("to fund the dredging, housing and roads"). After a comma, a past verb that takes an object or an
    infinitive is the subject's next act: "vowed to cut the toll, declined to meet the skippers"; not
    "a narrow, congested quay"."""
    keep = alternation(list(load_lines("content_gerunds.txt")))
    # "decided to close the pier because of the storm": the writer's reason for the act
    reasons = spaced(load_lines("infinitive_reasons.txt"))
    return regex.compile(_and_past().pattern + r"|\s+(?:" + reasons + r")\b"
                         r"|:\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})"  # "hoping to gain from the timing: With the vote …"
                         r"|,\s+(?!(?:" + keep + r")\b)\p{Ll}{3,}ing\b"
                         r"(?!\s*(?:[,.;:]|and\b|or\b|\Z))"
                         r"|,\s+(?:(?:then|also|later|\p{Ll}+ly)\s+)?" + _past_form()
                         + r"(?=\s+(?:" + alternation(list(load_lines("verb_object_openers.txt"))) + r")\b)"
                         # "pledged to shut the pier, after she filed a bill": when the pledge came, the writer's
                         r"|,\s+after\s+(?:he|she|they|we|I)\s+(?:\p{Ll}+ly\s+)?" + _past_form() + r"\b")


def has_verb(clause: str) -> bool:
    """A finite verb somewhere in the clause: an auxiliary, -ed, -s, or an irregular form ("heard", "made").

    A headline's title case is read in lower case: "Email Story Has Moved".
    """
    if FINITE.search(clause) or (title_case(clause) and FINITE.search(clause.lower())):
        return True
    irregular = frames().irregular_verbs
    return any(word in irregular for word in clause.lower().split())


# a subject of one to four words, then "to" and a verb: "council to close pier"
HEADLINE_INFINITIVE = regex.compile(r"\s*\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){0,3}?\s+to\s+(?P<verb>\p{Ll}+)")


def headline_future(clause: str) -> bool:
    """A headline's subject, "to" and a verb, what will happen, in lower case: "council to close pier"; not
    "welcome to the pier", whose word after "to" marks a noun."""
    return (infinitive := HEADLINE_INFINITIVE.match(clause)) is not None \
        and infinitive.group("verb") not in frames().noun_markers


def title_case(text: str) -> bool:
    """Three words or more, most of them capitalised: a headline ("Mayor Says Ferry Will Run Again")."""
    words = CAPITALIZABLE.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


@functools.lru_cache(maxsize=256)  # asked again for each cue of the sentence
def headline(sentence: Sentence) -> bool:
    """A title-case sentence, judged on its first 300 characters: "Ms Varga Vows To Close The Pier"."""
    return title_case(sentence.text[:300])


@functools.lru_cache(maxsize=256)  # asked again for each cue of the sentence
def first_comma(sentence: Sentence) -> int:
    """Where the sentence's first comma stands (its end when it has none), found once per sentence, so "is there a
    comma before this cue" costs a comparison, not a read from the sentence's start."""
    found = sentence.text.find(",")
    return sentence.end if found == -1 else sentence.start + found


def _it_then_past(word: str) -> bool:
    """"(said) it shook", "it worked": a past form after "it" that is no auxiliary ends a clause of two words; not
    "(as she said) it would", "it was"."""
    verb = word.rstrip(".,;:!?”\"’'").lower()
    return verb.isalpha() and looks_past(verb) and verb not in frames().verbal_auxiliaries


def _plural_then_past(words: list[str]) -> bool:
    """"profits fell", "bookings dropped", "demand fell": a lower-case noun, then a past form ending the clause; a
    noun with no "-s" is no verb, adverb or function word itself ("proved false", "made sense", "this ended")."""
    noun, verb = words[0], words[1].rstrip(".,;:!?”\"’'").lower()
    f = frames()
    if not (noun.islower() and noun not in f.pronouns and noun not in cue_lexicon().finite_forms
            and looks_past(verb)):
        return False
    if noun.endswith("s"):
        return not noun.endswith(("ss", "us", "is"))
    return (noun.isalpha() and not noun.endswith(("ed", "ly", "ing")) and noun not in f.irregular_verbs
            and noun not in f.verbal_auxiliaries and noun not in f.prepositions and noun not in f.noun_markers
            and noun not in f.subordinators and noun not in f.boundaries)


# a noun, a relative word and the subject of the cue right before it, the noun being the reported clause's subject:
# "fought a toll that Ms Varga said was unfair", "a ferry which he says is late", "The coach, who players say"
GAP_RELATIVE_BEFORE = EndAnchored.of(r"""
    (?<![\p{L}])(?P<head>\p{L}{2,})(?:(?P<comma>,)?\s+(?P<relative>that|which|who))?\s+
    (?:he|she|it|they|we|I|many|some|most|(?:the|his|her|their|its)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Ll}{2,}[^s\W]s
      |\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})
    (?:\s+(?:\p{Ll}+ly|""" + alternation(CHAIN_WORDS) + r"""))*  # "had", "previously", "still"
    \s+\p{Ll}+\s*\Z""", regex.VERBOSE)
GAP_REACH = 80  # characters before the cue's end searched for such a relative


def _gap_predicate(text: str, sentence: Sentence, position: int, clause: str) -> bool:
    """"fought a toll that Ms Varga said was unfair": two words, an auxiliary and its predicate, are the clause
    of a relative whose noun is its subject, when that noun stands after the sentence's verb or a comma sets the
    relative off ("The coach, who players say is strict, left"); not "The thing that he said was false", whose
    "was" is the main verb."""
    words = clause.split()
    if len(words) != 2 or words[0].lower() not in frames().verbal_auxiliaries:
        return False
    relative = GAP_RELATIVE_BEFORE.search(text, max(sentence.start, position - GAP_REACH), position)
    if relative is None:
        return False
    head = relative.group("head")
    if relative.group("relative") is None and not (head.islower() and _noun_like(head)):
        return False  # "visited a pier the council says is unsafe": with no relative word, a noun before the subject
    return (relative.group("comma") is not None or has_verb_between(text, sentence.start, relative.start(), s_forms=False)
            or _base_verb_before(text, sentence.start, relative.start()))


def _relative_aside_predicate(text: str, sentence: Sentence, position: int, content: Span,
                              quote_map: QuoteMap) -> Span | None:
    """"told the board, which he says is broke, to sell the pier": a predicate with no subject of its own, after a
    relative set off by a comma, ends at the comma that closes the relative."""
    first = content.text.split(maxsplit=1)[0].lower()
    if first not in frames().verbal_auxiliaries:
        return None
    relative = GAP_RELATIVE_BEFORE.search(text, max(sentence.start, position - GAP_REACH), position)
    if relative is None or relative.group("comma") is None or relative.group("relative") is None:
        return None
    comma = text.find(",", content.start, content.end)
    if comma == -1 or quote_map.around(comma) is not None or JOINED_AFTER_COMMA.match(text, comma) is not None:
        return None  # "which he said was old, and crumbling": the predicate goes on
    return trimmed(text, content.start, comma)


JOINED_AFTER_COMMA = regex.compile(r",\s+(?:and|or|but)\b")


# a subject, a lower-case word and an article before the relative's noun: "Crews avoid a (pier he says is unsafe)"
WORD_BEFORE_ARTICLE = EndAnchored.of(r"(?<=\p{L}\s+)(?P<verb>\p{Ll}{2,})\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?\Z")


PLACE_PREPOSITIONS = load_words("place_prepositions.txt", lower=True)


def _base_verb_before(text: str, start: int, end: int) -> bool:
    """"Crews avoid a pier he says is unsafe": a word after the subject that is no preposition, conjunction or
    adverb, right before the article of the relative's noun, is the sentence's verb in its base form."""
    before = WORD_BEFORE_ARTICLE.search(text, start, end)
    if before is None:
        return False
    verb = before.group("verb")
    return not (verb in frames().prepositions or verb in PLACE_PREPOSITIONS or verb in CLAUSE_WORDS
                or verb in ("and", "or", "but") or verb.endswith("ly"))


# "Mr Reyl", "They", "The council" before a past form: its subject ("The widely" is no noun phrase)
OPENING_SUBJECT_BEFORE_PAST = regex.compile(r"\s*(?:(?:He|She|They|We|I)\s+|(?:The|A|An)\s+(?!\p{Ll}+ly\s)\p{Ll}+\s+"
                                         r"|(?!(?:The|A|An)\s)\p{Lu}[\p{L}.’'\-]*\s+(?:\p{Lu}[\p{L}.’'\-]*\s+){0,3})")


def _present_after_subject(text: str, start: int, end: int) -> bool:
    """"The council faces costs …", "Mr Reyl owns a boat …": a lower-case word in -s right after the subject that
    opens the sentence at ``start`` (a name, a pronoun, or an article and a noun), before ``end``, is its verb."""
    subject = OPENING_SUBJECT_BEFORE_PAST.match(text, start, end)
    word = subject and NEXT_LOWER_S.match(text, subject.end(), end)
    return bool(word) and in_s_form(word.group(1))


NEXT_LOWER_S = regex.compile(r"(\p{Ll}{2,}s)\b")


# "The skipper we all knew": the sentence's opening noun, then a pronoun and its verb, a relative with no "that"
PRONOUN_GAP_BEFORE = EndAnchored.of(r"(?<![\p{L}])(?i:the|a|an|this|that|his|her|its|their|our)\s+\p{Ll}[\p{Ll}\-]+\s+"
                                    r"(?:he|she|they|we|I|you)\s+(?:(?:all|both)\s+)?\p{Ll}+\s*\Z")


def _pronoun_gap_verb(text: str, sentence: Sentence, position: int, first: str) -> bool:
    """"The skipper we all knew claims the pier is unsafe": a cue's "-s" form right after a cue whose relative,
    a pronoun after the sentence's opening noun, leaves it no subject is the main verb, what the noun claims, not
    a clause that pronoun knew."""
    if not first.endswith("s") or first not in cue_lexicon().finite_forms or cue_lexicon().lookup(first)[0] == first:
        return False
    gap = PRONOUN_GAP_BEFORE.search(text, max(sentence.start, position - GAP_REACH), position)
    return gap is not None and not text[sentence.start:gap.start()].strip()


def _subject_gap_main_verb(text: str, sentence: Sentence, position: int, clause: str) -> bool:
    """"The thing he said was not true", "What he said was not true at all": an auxiliary right after the cue,
    whose relative opens the sentence's subject with no comma setting it off, is the main verb, not a reported
    clause, when no verb follows it ("A ferry the operator says is late sank" reports "is late")."""
    first, _, rest = clause.partition(" ")
    if _pronoun_gap_verb(text, sentence, position, first):
        return True
    if first.lower() not in frames().verbal_auxiliaries or has_verb_between(rest, 0, len(rest), s_forms=False):
        return False
    relative = GAP_RELATIVE_BEFORE.search(text, max(sentence.start, position - GAP_REACH), position)
    if relative is None or relative.group("comma") is not None:
        return False
    # not "It's a dynamic he said could …", whose "'s" is the main verb
    return all(text.find(mark, sentence.start, relative.start()) < 0 for mark in ("'s ", "’s ")) \
        and not has_verb_between(text, sentence.start, relative.start(), s_forms=False) \
        and not _present_after_subject(text, sentence.start, relative.start())


def _noun_like(word: str) -> bool:
    """A word that may end a noun phrase: no past form, no cue's form, no preposition, no word opening a clause
    ("what his critics thought was plausible")."""
    return word not in CLAUSE_WORDS and no_verb_form(word)


# a noun, perhaps "that" or "which", and the subject of the cue right before it: "The levy (that) Mr Reyl criticized"
OBJECT_GAP_BEFORE = EndAnchored.of(r"""
    (?<![\p{L}])(?:(?P<head>\p{L}{2,})\s+(?:that|which)|(?i:a|an|the|this|these|those|his|her|their|its|our)
                                                       (?:\s+\p{Ll}[\p{L}\-]*){1,3})\s+
    (?:he|she|they|we|I|(?:the|his|her|their|its)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})
    \s+\p{Ll}+\s*\Z""", regex.VERBOSE)


def _object_gap(text: str, sentence: Sentence, position: int, first: regex.Match, lemma: str) -> bool:
    """"The levy that Mr Reyl criticized failed", "The skippers the council praised hired a clerk": the cue's
    object is the noun its relative hangs on, when a finite verb (an auxiliary or a past form) follows the cue, or a
    form of *be* that names nothing ("The toll the council wants is too high"); not one before what was meant ("The
    one thing that Ms Varga wanted was a new crane") or after a cue of a bare clause, nor after
    a gerund, a preposition ("in which the judge cited heightened …") or a verb's "that" ("said that Mr Reyl
    criticized failed plans")."""
    f = frames()
    lower = first.group(1).lower()
    if lower in f.be_forms:
        if lemma in f.bare:
            return False  # "A ferry the operator says is late": the clause lost its subject
        named = NEXT_WORD.match(text, first.end(), first.end() + 40)
        if named is None or named.group(1).lower() in load_words("gap_be_namers.txt", lower=True):
            return False  # "was a new crane" names what was wanted; "is too high" says something of it
    elif not (lower in f.verbal_auxiliaries or looks_past(lower)):
        return False
    gap = OBJECT_GAP_BEFORE.search(text, max(sentence.start, position - GAP_REACH), position)
    if gap is None or text.endswith("ing", 0, end_before(text, 0, position)):
        return False
    head = (gap.group("head") or "").lower()
    return not (looks_past(head) or head in f.prepositions
                or head in cue_lexicon().finite_forms)


def _object_before_listeners(text: str, content: Span) -> bool:
    """"explained the toll to the skippers", "confirmed the sale to reporters": a noun phrase with no verb, then
    the listeners; what reads as a clause only for the plural of the listeners is an object."""
    listeners = LISTENERS_AFTER_OBJECT.search(text, content.start, content.end)
    return listeners is not None and not has_verb(text[content.start:listeners.start()])


def _counted_plural(words: list[str]) -> bool:
    """A count of `quantifiers.txt` or digits, then a lower-case word in "-s": "two goals", "12 boats", "several
    skippers"."""
    return (len(words) > 1 and (words[0].isdigit() or words[0].lower() in frames().quantifiers)
            and words[1].islower() and words[1].endswith("s"))


# "the island for decades", "the pier with rules": a word in "-s" after a preposition (not one that also opens a
# clause, as "since" and "until" do) is a plural noun, no verb
_PREPOSITION_PLURAL = regex.compile(r"(?<![\p{L}'’])(?:" + alternation(load_words("prepositions.txt", lower=True)
                                                                       - load_words("subordinators.txt", lower=True))
                                    + r")\s+\K\p{Ll}{2,}s\b")


def _reads_as_clause(clause: str) -> bool:
    """A bare clause: three words with a finite verb; "she could"; "people misunderstand him"."""
    words = clause.split()
    first = words[0].lower().replace("’", "'").split("'")[0] if words else ""  # "he'll fight": he
    if first in PERSON_OBJECTS and len(words) > 1 and (
            words[1].lower() in frames().irregular_verbs or words[1].lower() in frames().verbal_auxiliaries):
        return False  # "People who know her said the pier …": an object, then the sentence's own verb
    subject = first in frames().pronouns or first in frames().plural_subjects
    if _counted_plural(words):
        # "two goals in the first half": the count makes the -s word a noun, whose verb must follow ("two ferries
        # sail daily")
        return has_verb(" ".join(words[2:])) or len(words) > 2 and _plain_verb_word(words[2])
    if has_verb(clause):
        contracted = words[0].lower().replace("’", "'") != first  # "it's good": the verb is in the first word
        # not "as she said it would"; but "profits fell": a plural noun and its past verb
        return len(words) >= 3 or (len(words) == 2 and subject and (first != "it" or contracted)) or (
            len(words) == 2 and (_plural_then_past(words) or first == "it" and _it_then_past(words[1])))
    if (pair := COORDINATED_SUBJECT.match(clause)) is not None and pair.group("verb") not in frames().prepositions:
        return True  # "he and Mr Reyl differ on the pier": a coordinated subject, then its base-form verb
    return len(words) >= 3 and first in frames().plural_subjects and words[1][:1].islower() and \
        words[1].lower() not in frames().plural_subjects  # "people misunderstand him", not "they all"


# a subjunctive clause's opening: a subject pronoun and a plain verb ("he resign", "she not be named"), or a noun
# phrase of up to four words and "not" or "be" ("the council not raise the toll", "the pier be reopened")
SUBJUNCTIVE_OPENING = regex.compile(r"""
    (?:he|she|it|I|we|they|you)\s+(?:not\s+)?(?P<verb>\p{Ll}+)\b(?!['’])
    |(?:the|a|an|his|her|their|its|this|these|those|every|all|\p{Lu}[\p{L}'’\-]*)(?:\s+[\p{L}'’\-]+){0,3}?
     \s+(?:not|be)\s+\p{Ll}
""", regex.VERBOSE)


# the words of a subjunctive clause's opening that may be a noun phrase, its plain verb and that verb's object
NOUN_PHRASE_OPENING = regex.compile(r"\s*(\p{L}+)(?:\s+([\p{L}'’\-]+))?(?:\s+([\p{L}'’\-]+))?(?:\s+([\p{L}'’\-]+))?"
                                    r"(?:\s+([\p{L}'’\-]+))?(?:\s+([\p{L}'’\-]+))?")
OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
                            "those", "him", "them", "us", "me", "it"})


def _plain_verb_word(word: str) -> bool:
    """A lower-case word that may be a verb's plain form: not "on", "the", "and", "quickly", "plans", "voted"."""
    f = frames()
    return (word.islower() and word not in f.prepositions and word not in f.noun_markers
            and word not in ("and", "or", "but", "as", "who", "which", "that", "not", "be", "to")
            and not word.endswith(("ly", "ed", "ing")) and (not word.endswith("s") or word.endswith("ss")))


def noun_then_plain_verb(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens with a noun phrase, a plain verb and that verb's object, the subjunctive of
    cues_subjunctive_noun.txt: "the council delay the toll", "Ms Varga scrap the plan"; not "the harbour board
    this week" (a time) nor "the council on Tuesday"."""
    opening = NOUN_PHRASE_OPENING.match(text, start, end)
    if opening is None:
        return False
    words = [word for word in opening.groups() if word is not None]
    named = words[0][:1].isupper() and words[0] not in ("The", "A", "An", "His", "Her", "Their", "Its")
    if not named and words[0].lower() not in ("the", "a", "an", "his", "her", "their", "its", "every", "all"):
        return False
    for at in range(1 if named else 2, min(len(words) - 1, 4)):
        noun_phrase, verb, following = words[1:at], words[at], words[at + 1:]
        if named and not all(word[:1].isupper() for word in noun_phrase):
            return False  # "Ms Varga on the pier": a name's words are all capitalised
        if not named and any(word.lower() in frames().prepositions or word.lower() in frames().noun_markers
                             for word in noun_phrase):
            return False  # "the pier on the harbour": a preposition ends the noun phrase
        if _plain_verb_word(verb) and following[0].lower() in OBJECT_OPENERS:
            # "urged the harbour board this week": a time, not the verb's object
            return len(following) < 2 or following[1].lower() not in load_words("time_nouns.txt", lower=True)
    return False


def _subjunctive_clause(clause: str, *, noun_first: bool = False) -> bool:
    """A clause in the subjunctive, its verb in the plain form: "he resign", "the council not raise the toll" and,
    with ``noun_first``, "the council delay the toll"; not "it as a fix" or "they and the board"."""
    opening = SUBJUNCTIVE_OPENING.match(clause)
    if opening is not None and ((verb := opening.group("verb")) is None or not (
            verb in frames().prepositions or verb in frames().noun_markers
            or verb in ("and", "or", "as", "who", "which", "that") or verb.endswith("ly"))):
        return True
    return noun_first and noun_then_plain_verb(clause, 0, len(clause))


def _verb_starts(text: str, start: int, end: int, s_forms: bool) -> Iterator[int]:
    """Verb starts, irregular forms first, then auxiliaries and -ed/-s forms; not "'s" (unsorted, may repeat)."""
    f = frames()
    # lazily, word by word: callers often stop at the first verb of a long window
    yield from (m.start() for m in WORD.finditer(text, start, end) if m.group().lower() in f.irregular_verbs)
    yield from (m.start() for m in FINITE.finditer(text, start, end) if m.group() not in ("'s", "’s")
                and (s_forms or not m.group().endswith("s") or m.group().lower() in f.verbal_auxiliaries))


def verb_positions(text: str, start: int, end: int, *, s_forms: bool = True) -> list[int]:
    """Where the verbs of ``text[start:end]`` start: auxiliaries, -ed/-s forms, irregular forms; not "'s".

    ``s_forms=False`` leaves out words in -s, which before a noun of saying are
    mostly plural nouns ("The skippers' calls for …").
    """
    return sorted(set(_verb_starts(text, start, end, s_forms)))


OPENING_PHRASE_REACH = 60  # characters at most of a phrase of place or time opening the sentence: "On the pier, "


def opening_phrase(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a short phrase with no verb closed by a comma, opening the sentence before its
    subject: "On the pier, ", "In Lyme on Monday, "."""
    return (end - start <= OPENING_PHRASE_REACH and text[start:end].rstrip().endswith(",")
            and "," not in text[start:end].rstrip()[:-1] and not has_verb_between(text, start, end, s_forms=False))


def has_verb_between(text: str, start: int, end: int, *, s_forms: bool = True) -> bool:
    """Whether ``verb_positions`` would find any verb, stopping at the first one."""
    return next(_verb_starts(text, start, end, s_forms), None) is not None


def verb_groups(text: str, start: int, end: int, *, s_forms: bool = True) -> list[int]:
    """Where each run of verbs starts ("was rigged" is one run; "is safe was" two)."""
    auxiliaries = frames().verbal_auxiliaries
    groups: list[int] = []
    previous_end, previous_auxiliary = None, False
    for position in verb_positions(text, start, end, s_forms=s_forms):
        word = WORD.match(text, position)
        word_end = word.end() if word else position + 1
        auxiliary = bool(word) and word.group().lower() in auxiliaries
        gap = text[previous_end:position].split() if previous_end is not None else None
        if gap is None or any(not (g.endswith("ly") or g.lower() in frames().negations or g.lower() in auxiliaries)
                              for g in gap) or (
                auxiliary and not previous_auxiliary):
            groups.append(position)  # "made | was", "rigged | were": a verb after a full verb starts anew
        previous_end, previous_auxiliary = word_end, auxiliary
    return groups


WORD = regex.compile(r"\p{L}+")


def before_verb(text: str, content: Span, position: int) -> Span | None:
    """``content`` cut before the verb run found at ``position``, from the start of its word: a run found at its
    "n't" begins at "isn't", "wasn't"."""
    while position > content.start and text[position - 1].isalpha():
        position -= 1
    return trimmed(text, content.start, position)


# "even" before the subordinator that ended a span is the subordinator's: "backed Mr Reyl even though he …"
EVEN_SUBORDINATOR = regex.compile(r"\s+(?i:" + alternation(load_lines("even_subordinators.txt")) + r")\b")


def trimmed(text: str, start: int, end: int) -> Span | None:
    """The span without leading space and trailing space or punctuation, nor a last "even" whose subordinator
    follows the span ("backed the toll even | though …")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING_MARKS):
        end -= 1
    if (end - start > 5 and text[end - 4:end].lower() == "even" and not text[end - 5].isalnum()
            and text[end - 5] not in "'’-" and EVEN_SUBORDINATOR.match(text, end)):
        end -= 4
        while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING_MARKS):
            end -= 1
    if text[end:end + 1] == "." and _ends_in_abbreviation(text, start, end):
        end += 1  # "entering the U.K.", "a deal with Bay Lines Co.": the full stop is the abbreviation's
    return Span.of(text, start, end) if end > start else None


# the word before a full stop, dots inside it kept: "U.S", "a.m", "Co"
WORD_BEFORE_STOP = regex.compile(r"(?<![\p{L}\p{N}.])[\p{L}.]*\p{L}\Z")
DOTTED_INITIALS = regex.compile(r"(?:\p{L}\.)+\p{L}")


def _ends_in_abbreviation(text: str, start: int, end: int) -> bool:
    """True when the words ``start:end`` end with an abbreviation whose full stop was trimmed: an initialism
    ("U.S", "D.C", "a.m") or a word of ``abbreviations_other.txt`` ("Co", "Corp", "Ave")."""
    match = WORD_BEFORE_STOP.search(text, max(start, end - 20), end)
    return match is not None and (DOTTED_INITIALS.fullmatch(match.group()) is not None
                                  or match.group() in load_words("abbreviations_other.txt"))


def clause_from(text: str, start: int, sentence: Sentence, quote_map: QuoteMap,
                   stop: regex.Pattern | None = None, *, contrast: bool = False, spoken: bool = False) -> Span | None:
    """From ``start`` to the end of the clause (or of the quote opening there).

    ``contrast`` keeps a finding's ", while" with it: "found Ms Varga ahead, while Mr Reyl trailed"; ``spoken`` (a
    cue of speech) keeps a stance after ", but" with what was said: "said she backed the pier, but found it costly".
    """
    end = min(sentence.end, start + MAX_CLAUSE)
    quoted = quote_map.starting_at(start)
    if quoted is not None and quoted.inner.end > quoted.inner.start:
        if quoted.end >= end - 2 or quoted.inner.text.rstrip()[-1:] in ",.!?":
            # the quote closes the sentence, runs on, or ends its own words ("…, Mr. Simon,” who then sang)
            return quoted.inner
    end = _before_named_list(text, start, end, quote_map)  # before the stops, which would end it inside the list
    for pattern in (frames().content_stop, stop):
        found = _stop_outside_quotes(pattern, text, start, end, quote_map) if pattern is not None else None
        while found is not None and (resume := _past_stop(text, start, found, end, quote_map,
                                                          asides=pattern is not stop, contrast=contrast,
                                                          spoken=spoken)):
            found = _stop_outside_quotes(pattern, text, resume, end, quote_map)
        if found:
            # 'was "corrupt," noting …': a closing mark before the stop stays with the content
            end = found.start() + _closing_after_comma(text, found.start())
    end = _within_parenthesis(text, sentence.start, start, end, quote_map)
    end = _within_dashes(text, sentence.start, start, end, quote_map)
    end = _before_dash_concession(text, start, end, quote_map)
    end = _before_dash_clause(text, start, end, quote_map)
    end = _before_closing_aside(text, start, end, quote_map)
    end = _before_withholding(text, start, end, quote_map)
    end = _before_source_act(text, start, end, quote_map)
    end = _before_new_clause(text, start, end, quote_map)
    end = _before_named_aside_cue(text, start, end, quote_map)
    end = _before_tagged_colon_quote(text, start, end, quote_map)
    if stop is CLAUSE_STOP:
        end = _before_second_infinitive(text, start, end, quote_map)
    end = before_next_cue(text, start, end, quote_map,
                          after_object=stop in (OBJECT_STOP, HEADLINE_OBJECT_STOP, FORECAST_OBJECT_STOP), spoken=spoken)
    if end == sentence.end and (running := quote_map.around(end - 1)) is not None and running.start >= start:
        end = running.end  # the quoted words go on past the sentence: "the "same attitude. The attitude…""
    elif end == sentence.end and (closing := CLOSING_CONNECTIVE.search(text, max(start, end - 24), end)) is not None \
            and quote_map.around(closing.start()) is None:
        end = closing.start()  # "… to the league, however.": the writer's connective
    found = trimmed(text, start, end)
    if found is not None and (joint := _joint_before_next_frame(text, found, sentence)) is not None \
            and joint > start and quote_map.around(joint) is None:
        # "said the plan is late, and the board, he adds, has …": the clause after the joint is the next frame's
        return trimmed(text, start, joint)
    return found


# "…, however." closing the sentence: the writer's connective
CLOSING_CONNECTIVE = EndAnchored.of(r",\s+(?i:" + alternation(load_words("closing_connectives.txt", lower=True))
                                    + r")[.!?]?[\s”\"’']*\Z")


JOINED_PLURAL = regex.compile(r"\s+(?:and|or)\s+\p{Ll}+s\b")  # "that idea and others": a listed noun, no verb


# "that criticism, raising money …", "that subject, as well as …": one noun, then a comma and a participle or "as
# well as", is the object's determiner and noun (a clause's subject would go on to its verb)
DEMONSTRATIVE_THEN_PARTICIPLE = regex.compile(r"\p{Ll}+,\s+(?:\p{Ll}{2,}ing|as\s+well\s+as)\b")


def _demonstrative_head(words: str) -> bool:
    """"that claim": a noun after "that" that makes it a determiner; not "that she", nor a plural ("found that
    children sleep better"), which "that" cannot determine, so it opens a clause."""
    first = words.split(maxsplit=1)[0].lower()
    return (DEMONSTRATIVE_HEAD.match(words) is not None and PLURAL_NOUN.fullmatch(first) is None
            and first not in frames().plural_subjects)


# "called her to meet", "called them back", "called him.": a naming cue with a pronoun and no predicate
VISIT_CALL = regex.compile(r"\s+(?:" + alternation(PERSON_OBJECTS)
                           + r")(?:\s+(?:to|back|on|at|and)\b|\s*(?:[.,;!?]|\Z))")


# ", even though" after a clause with quoted words in it (content_stops.txt ends the others there)
EVEN_THOUGH = regex.compile(r",\s+even\s+though\b", regex.IGNORECASE)


def _past_stop(text: str, start: int, found: regex.Match, end: int, quote_map: QuoteMap, *,
               asides: bool, contrast: bool, spoken: bool = False) -> int | None:
    """Where the clause goes on past a stop that does not end it: ", but" after "not just", a short aside with no
    verb before a preposition ("…, with the help of the crews, into the harbour"); with ``asides``
    (the shared stops), a relative or appositive aside, an opening subordinate clause, a finding's ", while"; with
    ``spoken``, ", but" before a stance with no subject of its own ("said she backed it, but planned to wait") and
    the speaker's own concession (", despite trailing in the polls")."""
    position = found.start()
    if EVEN_THOUGH.match(text, position) is not None and (quoted := quote_map.first_after(start)) is not None \
            and quoted.end <= position:
        return found.end()  # 'said he is “not ready” to act, even though …': a clause quoting the source keeps it
    if spoken and asides and (STANCE_AFTER_BUT.match(text, position) is not None
                              or _own_concession(text, start, position) or _contrast_goes_on(text, position, end)
                              or _semicolon_goes_on(text, position, end)):
        return found.end()
    if (resume := _correlative_but(text, start, position) or coordinate_adjective(text, start, position)
            or _dash_aside_goes_on(text, position, end)
            or _within_relative_dash_aside(text, start, position, end)) is not None:
        return resume
    if (aside := _verbless_aside_goes_on(text, found)) is not None:
        return aside
    if not asides:
        return (_relative_goes_on(text, start, found) or _role_name_aside(text, start, position, end)
                or _open_clause_aside(text, start, position, end))
    if (quoted := _quoted_relative(text, start, position, end, quote_map)) is not None:
        return quoted
    return (relative_aside_end(text, position, end) or _relative_on_role_name(text, start, found)
            or _appositive_aside(text, start, position, end)
            or _aside_then_goes_on(text, position, end) or _past_opening_clause(text, start, position, end)
            or _open_clause_aside(text, start, position, end)
            or (found.end() if contrast and WHILE.fullmatch(found.group()) else None))


# " and would", " but has": a second verb chain after an object ...
AND_AUXILIARY = regex.compile(r"\s+(?:and|but)\s+(?:" + VERBAL_AUXILIARIES + r")\b")
# ... that goes with a relative clause closing the object: "a harbour master who is seen as moderate"
OBJECT_RELATIVE = EndAnchored.of(r"(?<![\p{L}])(?:who|which|that)\s+(?:\p{Ll}+ly\s+)?(?:"
                                 + VERBAL_AUXILIARIES + r"|\p{Ll}+ed)\b[^,;:—―–“”\"()]*\Z")


# "claiming that his cousin" before ", a mate on two ferries, was a pilot": a clause opened inside an object
# ("that", "why", "whether", "how", "whom"), then its subject with no verb yet, up to the comma
OPEN_CLAUSE_SUBJECT = EndAnchored.of(r"(?<![\p{L}'’])(?:that|why|whether|how|whom)\s+(?P<subject>[^,;:—―–“”\"()]{1,60}?)\Z",
                                     regex.IGNORECASE)

AUXILIARY_CHAIN = regex.compile(r"(?:(?:" + VERBAL_AUXILIARIES + r"|not|never|also)\s+){0,3}")  # "has not", "would"
PASSIVE_BE_BEFORE = EndAnchored.of(r"(?<![\p{L}])(?:be|been|being|is|was|are|were)\s+\Z")  # "had been raised": a passive


def _open_clause_aside(text: str, start: int, position: int, end: int) -> int | None:
    """"remembered Mr Reyl claiming that his cousin, a mate on two ferries, was a pilot": past an aside set off
    by commas after the subject of a clause opened inside an object, when that clause's own verb (an auxiliary, a
    past form) comes after the aside; not when the subject has its verb already ("claiming that the toll rose, a
    blow to skippers, …"), nor before a frame that holds a cue ("…that the pier, the guild said, was unsafe"), nor
    before a plural noun of a list ("…that the toll, the fares, rates …"), nor before a cue's form, perhaps after
    auxiliaries, a report of its own ("charges that Mr Reyl, for one, has called “a lie”"), unless a passive's
    ("…that the toll, which skippers pay, had been raised")."""
    opening = OPEN_CLAUSE_SUBJECT.search(text, max(start, position - 70), position)
    if opening is None or more_words_than(text, opening.start("subject"), position, 6) \
            or has_verb_between(text, opening.start("subject"), position, s_forms=False):
        return None
    aside = SUBJECT_ASIDE.match(text, position, near(position, end))
    if aside is None or ((frame := SET_OFF_FRAME.match(text, position, aside.end())) is not None
                         and holds_cue(text, frame)):
        return None
    adverb = ADVERB_AFTER_ASIDE.match(text, aside.end(), near(aside.end(), end))
    verb = WORD.match(text, adverb.end(), end)
    if verb is None or not (_finite_word(verb.group()) or VERB_AFTER_ASIDE.fullmatch(verb.group())):
        return None
    chain = AUXILIARY_CHAIN.match(text, adverb.end(), near(adverb.end(), end))
    if (head := WORD.match(text, chain.end(), end)) is not None and head.group().lower() in cue_lexicon().forms \
            and PASSIVE_BE_BEFORE.search(text, adverb.end(), chain.end()) is None:
        return None  # "charges that Mr Reyl, for one, (has) called “a lie”": a report of its own
    if verb.group().endswith("s") and LISTED_NOUN.match(text, verb.end(), near(verb.end(), end)):
        return None
    return aside.end()


# ", with the help of the crews, into …", ", and even a little anger, about …": a few words between commas
VERBLESS_ASIDE = regex.compile(r",\s+(?P<aside>(?:\p{L}[\p{L}\p{N}’'.\-]*\s+){0,7}\p{L}[\p{L}\p{N}’'.\-]*),"
                               r"\s+(?P<next>\p{Ll}+)\b")
# a determiner opens the writer's gloss (", the pride of Lyme,"); a joint or a relative word a clause of its own
ASIDE_NON_OPENERS = load_words("aside_non_openers.txt", lower=True) | NEW_SUBJECT_DETERMINERS


def _verbless_aside_goes_on(text: str, found: regex.Match) -> int | None:
    """"reported skippers had been smuggling eels, with the help of the crews, into the harbour": past a comma that
    opens an aside of up to eight words with no verb, no participle and no cue, opened by no determiner and no word
    of ``aside_non_openers.txt``, when a preposition after its closing comma carries the clause or the object on;
    not an aside with a verb ("…, he said, on condition …") or a participle ("…, calling him, among other things,
    …"); ``_aside_then_goes_on`` reads ", a …," and ", or …,"."""
    if not found.group().startswith(","):
        return None
    aside = VERBLESS_ASIDE.match(text, found.start(), near(found.start(), len(text)))
    if aside is None or aside.group("next").lower() not in frames().prepositions:
        return None
    words = aside.group("aside").lower().split()
    if words[0] in ASIDE_NON_OPENERS or any(word.endswith("ing") for word in words) \
            or has_verb_between(text, aside.start("aside"), aside.end("aside"), s_forms=False) \
            or next(cue_lexicon().find(text, aside.start("aside"), aside.end("aside"), frozenset(CUE_CLASSES)),
                    None) is not None:
        return None
    return aside.start("next")


def _relative_goes_on(text: str, start: int, found: regex.Match) -> int | None:
    """"prefer a harbour master who is seen as moderate and would keep the toll low": past "and" or "but" and an
    auxiliary when a relative clause with its own verb ends the object there; the auxiliary is that clause's second
    verb, not the subject's next act ("backed Mr Reyl and has campaigned for him" still ends at "and")."""
    if AND_AUXILIARY.match(text, found.start()) is None \
            or OBJECT_RELATIVE.search(text, max(start, found.start() - 120), found.start()) is None:
        return None
    return found.end()


# a name of up to four capitalised words, set off after a role: "Ida Lenz" in "her deputy, Ida Lenz,"
SET_OFF_NAME = r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.\-]*"
# ", Ida Lenz, who …": a name set off by commas, then the word after its closing comma
ROLE_NAME = regex.compile(r",\s+" + SET_OFF_NAME + r"(?P<close>,)\s+(?P<next>\p{L}+)\b")
# relative words that go on with the name's own clause after its closing comma
ROLE_NAME_RELATIVES = frozenset({"who", "whom", "whose"})


@functools.cache
def _role_phrase() -> str:
    """A determiner or a possessive, up to three words and a role or kin noun (a title head of `titles.txt`,
    `surname_sharing_kin.txt`, `mutual_kin.txt`, `predecessor_nouns.txt`): "her deputy", "the board's new clerk"."""
    heads = (title_words().heads | load_words("surname_sharing_kin.txt", lower=True)
             | load_words("mutual_kin.txt", lower=True) | load_words("predecessor_nouns.txt", lower=True))
    return (r"(?<![\p{L}'’])(?:his|her|their|its|our|my|your|the|a|an|\p{L}+['’]s?)\s+"
            r"(?:[\p{Ll}\-]+\s+){0,3}(?:" + alternation(heads) + r")")


@functools.cache
def _role_before_name() -> EndAnchored:
    """A role or kin noun closing an object (see ``_role_phrase``): "her deputy", "the board's new clerk"."""
    return EndAnchored.of(_role_phrase() + r"\Z")


def _role_name_aside(text: str, start: int, position: int, end: int) -> int | None:
    """"praised her deputy, Ida Lenz, who ran the pier": the name of the role or kin noun that closes an object,
    set off by commas, is part of the object; the object goes on into a relative clause on the name ("who",
    "whom", "whose") and otherwise ends at the name's closing comma ("praised his rival, Jon Hale, the guild's
    leader" reports "his rival, Jon Hale"); not before a finite verb after the name, or a word in "-s" that may be
    one, nor after a noun that names no role ("praised the new ferry, Sea Star, which …" ends at "the new ferry")."""
    if text[position:position + 1] != "," or position - start < 3:
        return None
    named = ROLE_NAME.match(text, position, near(position, end + 40))
    if named is None or named.start("close") > end or _finite_word(named.group("next")) \
            or _verb_in_s(named.group("next")) \
            or _role_before_name().search(text, max(start, position - 60), position) is None:
        return None
    if named.start("close") == end:
        return end  # "praised the board's new clerk, Erik Sand, saying …": the name's closing comma ends the clause
    return named.end("close") if named.group("next").lower() in ROLE_NAME_RELATIVES else named.start("close")


def _verb_in_s(word: str) -> bool:
    """"thinks", "says": a lower-case word in "-s" that may be the finite verb of a subject the name opens ("…, and
    its leader, Lena Ruiz, thinks …"); not "his", "its", "this", "as"."""
    return word.islower() and word.endswith("s") and word not in ("his", "its", "this", "as", "was", "whereas")


RELATIVE_ON_NAME = regex.compile(r",\s+(?:" + alternation(ROLE_NAME_RELATIVES) + r")\b")


@functools.cache
def _role_then_name() -> EndAnchored:
    """A role or kin noun (see ``_role_before_name``) and its name set off after it: "her deputy, Ida Lenz"."""
    return EndAnchored.of(_role_phrase() + r",\s+" + SET_OFF_NAME + r"\Z")


def _relative_on_role_name(text: str, start: int, found: regex.Match) -> int | None:
    """"praised her deputy, Ida Lenz, who ran the pier": past the comma before "who", "whom" or "whose" after
    the name of a role or kin noun, set off after it (see ``_role_name_aside``)."""
    position = found.start()
    if RELATIVE_ON_NAME.match(text, position) is None \
            or _role_then_name().search(text, max(start, position - 100), position) is None:
        return None
    return position + 1


def _quoted_relative(text: str, start: int, position: int, end: int, quote_map: QuoteMap) -> int | None:
    """"said she hoped for a big turnout, which “will save the pier”": a relative clause that quotes the
    speaker's words carries the report on."""
    relative = QUOTED_RELATIVE.match(text, position, near(position, end))
    if relative is None or (quoted := quote_map.starting_at(relative.end())) is None:
        return None
    words = (relative.group("words") or "").lstrip()
    if not words:
        return relative.end()
    if not words[:1].islower() or SUBJECT_PRONOUN.match(words) or THAT_IN_WORDS.search(words):
        # ", which he called “a cartel”", ", which included her claim that the pier was “unsafe”":
        # a report of its own, which ends the clause unless it is an aside on the clause's subject
        return _quoted_relative_on_subject(text, start, position, quoted, end)
    return relative.start("words")


# the comma closing a quoted relative aside after the closing mark, or inside it (QUOTED_ASIDE_INNER_CLOSE), before the
# clause's own verb
QUOTED_ASIDE_CLOSE = regex.compile(r",\s+")
QUOTED_ASIDE_INNER_CLOSE = regex.compile(r"\s+")


def _quoted_relative_on_subject(text: str, start: int, position: int, quoted: Quoted, end: int) -> int | None:
    """"said the toll, which Mr Reyl called “a tax on the poor”, would stay": a quoted relative clause of its own,
    set off after a clause's subject with no verb yet, is an aside the clause goes on past to its own verb; not
    "said the toll rose, which Mr Reyl called “a tax”", whose clause has its verb."""
    if quoted.close_mark is None or has_verb_between(text, start, position, s_forms=False):
        return None
    closing = QUOTED_ASIDE_INNER_CLOSE if quoted.inner.text.endswith(",") else QUOTED_ASIDE_CLOSE
    comma = closing.match(text, quoted.end, near(quoted.end, end))
    if comma is None:
        return None
    adverb = ADVERB_AFTER_ASIDE.match(text, comma.end(), near(comma.end(), end))
    return comma.end() if VERB_AFTER_ASIDE.match(text, adverb.end(), end) is not None else None


def _own_concession(text: str, start: int, position: int) -> bool:
    """"told the crowd he is not giving in, despite trailing in the count": a concession in "-ing" after the clause
    shares its subject, the speaker's words; not after a subordinate clause ("… if the ferry stops, despite having
    …"), whose subject it may share instead."""
    return DESPITE_GERUND.match(text, position) is not None and not any(
        word.group().lower() in SUBORDINATOR_WORDS for word in WORD.finditer(text, start, position))


# "; by the time she left", "; the problem was": a semicolon before a lower-case word other than "a" or "an" (no
# list's next capitalised item or figure: "; 26 percent said"; no noun of a list: "; a family who …")
SEMICOLON_GOES_ON = regex.compile(r";\s+(?!(?:a|an)\b)(?=\p{Ll})")


def _semicolon_goes_on(text: str, position: int, end: int) -> bool:
    """"told them not to worry; by the time she left, …": a semicolon before a lower-case word joins a second clause
    to what was said, unless a cue's past form up to the next semicolon opens a report of its own ("; he and the clerk
    had said the same"; a form in -s may be a plural noun: "; rallies") or a frame set off by commas holds a cue ("; the
    board, he adds, has …")."""
    if SEMICOLON_GOES_ON.match(text, position) is None:
        return False
    lexicon, following = cue_lexicon(), text.find(";", position + 1, end)
    following = following if following >= 0 else end
    return not (any(cue.group().lower() in lexicon.finite_forms and not lexicon.third_person(cue.group().lower())
                    for cue in lexicon.find(text, position + 1, following, ANY_CUE))
                or any(holds_cue(text, frame)
                       for frame in SET_OFF_FRAME.finditer(text, position + 1, following, overlapped=True)))


# ", but her parents made", ", but this would": "but", then a subject of its own that names no person by a pronoun
# (a determiner and its words, or "it" or "this"), read up to its verb
# ", Mr Reyl said.": a frame of up to five words closing the sentence
CLOSING_FRAME = EndAnchored.of(r",\s+(?:[\p{L}'’.\-]+\s+){0,4}[\p{L}'’.\-]+[.!?]?[\s”\"’']*\Z")
CONTRAST_SUBJECT = regex.compile(r",\s+but\s+(?:(?P<determiner>(?-i:the|a|an|her|his|its|their|this))|(?-i:it))"
                                 r"(?P<words>(?:\s+[\p{Ll}\-]+){1,4})")


def _contrast_goes_on(text: str, position: int, end: int) -> bool:
    """"said she got a berth, but her parents made too much": after ", but", a subject of its own that names no person
    by a pronoun, then its past form (in -ed or of irregular_verbs.txt) or a modal of backshift_modals.txt, the
    contrast the source drew; not a cue's form ("but the board said"), an adverb before the verb ("but the storm
    still gave"), "was" or "is" ("but the ferry was late": the writer's), nor "he", "she" or "they" (the source's
    next act); nor before a frame closing the sentence ("…, but the pier would stay open, Mr Reyl said."), whose
    report it opens."""
    contrast = CONTRAST_SUBJECT.match(text, position)
    if contrast is None:
        return False
    lexicon = cue_lexicon()
    if (frame := CLOSING_FRAME.search(text, position + 1, end)) is not None \
            and next(lexicon.find(text, frame.start(), frame.end(), ANY_CUE), None) is not None:
        return False
    for index, word in enumerate(contrast.group("words").split()):
        if word in BACKSHIFT_MODALS or past_word(word):
            cue = lexicon.forms.get(word)
            has_subject = index > 0 or contrast.group("determiner") in (None, "this")  # "but this would"
            return has_subject and (cue is None or cue[0] in lexicon.phrasal_only)  # "but her parents made"
        if word.endswith("ly") or word in PARTICIPLE_ADVERBS or word in frames().prepositions:
            return False
    return False


# "the mayor - who resisted the plan, though she backed it - has decided": a relative aside opened by a dash before
# a position, and the rest of it up to the closing dash and the clause's own verb after it
RELATIVE_DASH_OPENED = EndAnchored.of(r"\s(?:[—―–]|--?)\s+(?:who|which|whose|whom)\s"
                                      r"[^—―–;:“”\"()]{2,150}\Z")
RELATIVE_DASH_CLOSES = regex.compile(r"[^—―–;:“”\"()]{0,150}?\s(?:[—―–]|--?)\s+")


def _inside_relative_dash_aside(text: str, start: int, position: int, end: int) -> bool:
    """"indicates the mayor - who resisted the plan, though she backed it - has decided to stay": ``position`` lies
    inside a relative aside set off by dashes whose closing dash comes before the clause's own verb (an auxiliary, a
    present in -s, a past form)."""
    if RELATIVE_DASH_OPENED.search(text, max(start, position - 150), position) is None:
        return False
    closing = RELATIVE_DASH_CLOSES.match(text, position, near(position, end))
    if closing is None:
        return False
    adverb = ADVERB_AFTER_ASIDE.match(text, closing.end(), near(closing.end(), end))
    return VERB_AFTER_ASIDE.match(text, adverb.end(), end) is not None


def _within_relative_dash_aside(text: str, start: int, position: int, end: int) -> int | None:
    """Past a comma inside a relative aside set off by dashes before the clause's own verb
    (``_inside_relative_dash_aside``)."""
    return position + 1 if text.startswith(",", position) and _inside_relative_dash_aside(text, start, position, end) \
        else None


def _dash_aside_goes_on(text: str, position: int, end: int) -> int | None:
    """"called on all harbours - large and small - to limit dredging": past an aside set off by two dashes when a
    preposition or a relative pronoun after it carries the phrase on; not "- and", "- though" opening the aside."""
    aside = DASH_ASIDE_GOES_ON.match(text, position, near(position, end))
    if aside is None or DASH_CONCESSION.match(aside.group("opening")) or aside.group("opening").lower() == "and":
        return None
    following = aside.group("next").lower()
    if OBJECT_STOP.match(text, aside.start("next") - 1, near(position, end)):
        return None  # "backed the toll - a deal she once supported - in May": the time is the writer's
    return aside.start("next") if following in frames().prepositions or following in ASIDE_CARRIERS else None


def coordinate_adjective(text: str, start: int, position: int) -> int | None:
    """"a costly, dangerous delay": past a comma between two adjectives before their noun.

    The first follows a determiner (or opens the phrase) and the second leads a
    lower-case noun: no preposition, determiner or pronoun follows it. When an
    adverb in -ly leads the second, not in -ing, the first may be any word after
    a determiner ("a bold, carefully drafted plan").
    """
    pair = ADJECTIVE_AFTER_COMMA.match(text, position, near(position, len(text)))
    if pair is None:
        return None
    window = max(start, position - 60)
    led_by_adverb = pair.group("adverb") is not None and not pair.group("adjective").endswith("ing")
    if (ADJECTIVE_BEFORE_COMMA.search(text, window, position) or ADJECTIVE_ALONE.fullmatch(text, start, position)
            or (WORD_AFTER_DETERMINER.search(text, window, position) if led_by_adverb else None)) is None:
        return None
    f = frames()
    adjective, following = pair.group("adjective").lower(), pair.group("next").lower()
    if adjective in CUE_GERUNDS or adjective in f.noun_markers or following in f.prepositions \
            or following in f.noun_markers or following in f.pronouns:
        return None  # "the scuffle, calling the skipper …": a participle and its object
    return position + 1


# ", a resident, said": an appositive opened by "a" or "an" and closed by a comma, then perhaps an auxiliary, then a
# lower-case word that may be its subject's cue
APPOSITIVE_THEN_WORD = regex.compile(r",\s+(?:a|an)\s+[^,;:()“”\"]{1,60},\s+(?:(?:"
                                     + alternation(load_lines("cue_auxiliaries.txt")) + r")\s+){0,2}(?P<cue>\p{Ll}+)\b")


def _before_named_aside_cue(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"said the survey was late, and Erik Sand, a resident, said …": the words stopped at an appositive opened by
    "a" or "an" end before ", and" and the name it is set off after, when a finite cue of the name's own follows
    the appositive (`AND_NAME_ASIDE`); "said the survey was late, and Erik Sand, a resident, was not" keeps the name."""
    found = APPOSITIVE_THEN_WORD.match(text, end, near(end, len(text)))
    if found is None or found.group("cue") not in cue_lexicon().finite_forms:
        return end
    joint = AND_NAME_ASIDE.search(text, max(start, found.start("cue") - 100), found.start("cue"))
    if joint is None or joint.start() <= start or quote_map.around(joint.start()) is not None:
        return end
    return joint.start()


# after a quotation that closes on a comma: its own tag on the same line, a pronoun or a name of up to three words
# and a cue of speech or writing, or the cue right after the mark ("“…,” she wrote", "“…,” Ms Varga told the
# Gazette", "“…,” wrote Mr Hale")
TAG_AFTER_QUOTE = regex.compile(r",?[ \t\u00a0]+(?:(?:(?-i:he|she|they|we|I)|(?-i:\p{Lu})[\p{L}’'.\-]*"
                                r"(?:[ \t\u00a0]+(?-i:\p{Lu})[\p{L}’'.\-]*){0,2})[ \t\u00a0]+)?(?P<verb>\p{Ll}+)\b")


def _before_tagged_colon_quote(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"seemed irritated: “It is a public notice!” she wrote": a colon before a quotation with a tag of its own
    (`TAG_AFTER_QUOTE`) ends the words before it, the quotation being the tag's; "said the toll was fair: “It is
    …”" with no tag after the quotation keeps it."""
    colon = text.find(":", start, end)
    while colon != -1:
        if quote_map.around(colon) is None and _tagged_quotation(text, colon + 1, end, quote_map):
            return colon
        colon = text.find(":", colon + 1, end)
    return end


# one person of a list after a colon: up to four words of a role ("former harbour master", "Sens."), a given name
# and a surname, perhaps a suffix and a short parenthesis ("(D-Lyme)")
LISTED_PERSON = regex.compile(r"(?:[^\s,;:()“”\"]+\s+){0,4}(?P<given>\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'\-]+"
                              r"(?:\s+(?:Jr|Sr)\.?)?(?:\s+\([^()]{1,12}\))?")
LIST_SEPARATOR = regex.compile(r",\s+(?:and\s+)?|\s+and\s+")
LIST_CLOSING = frozenset(" \t\n.!?”\"’'")  # what may close the sentence after the list's last name


def _before_named_list(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"claim to object to the toll: Tom Reyl, Piet Osman and Erik Sand.": a colon before a list of three or more
    people joined by "and", each named by a given name (perhaps after a role) and a surname, running to the clause's
    end, names those the sentence spoke of; the words before it are the content. A single name goes on ("had a new
    weapon: Mr Reyl"), and so does a list of places ("three towns: Lyme, Adley and Port Sand")."""
    colon = text.rfind(":", start, end)
    if colon == -1 or quote_map.around(colon) is not None:
        return end
    close = end
    while close > colon + 1 and text[close - 1] in LIST_CLOSING:
        close -= 1
    position, items, joined = colon + 1, 0, False
    while position < close and text[position].isspace():
        position += 1
    for separator in itertools.chain(LIST_SEPARATOR.finditer(text, position, close), (None,)):
        item_end = separator.start() if separator is not None else close
        person = LISTED_PERSON.fullmatch(text, position, item_end)
        if person is None or not is_given_name(person.group("given")):
            return end
        items += 1
        if separator is None:
            return colon if items >= 3 and joined else end
        joined = "and" in separator.group()
        position = separator.end()
    return end


def _tagged_quotation(text: str, position: int, end: int, quote_map: QuoteMap) -> bool:
    """A quotation opens at ``position`` (after spaces, before ``end``) and closes on a comma, "?" or "!" before a
    tag of its own (`TAG_AFTER_QUOTE`): "“It is a public notice!” she wrote"."""
    while position < end and text[position].isspace():
        position += 1
    quoted = quote_map.starting_at(position)
    if quoted is None or quoted.inner.text.rstrip()[-1:] not in (",", "?", "!"):
        return False
    tag = TAG_AFTER_QUOTE.match(text, quoted.end, near(quoted.end, len(text)))
    entry = cue_lexicon().lookup(tag.group("verb")) if tag is not None else None
    return entry is not None and entry[1] in ("speech", "writing") and tag.group("verb") in cue_lexicon().finite_forms


def _before_new_clause(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"said the pier was unsafe, and the council agreed": a clause with its own verb ends at ", and" before a new subject and its verb.

    Not after a list's last comma: "named the quay, the pier, and the sheds were shut" is one clause.
    """
    position, verb_seen = start, False
    while (joint := AND_NEW_CLAUSE.search(text, position, end)) is not None:
        verb_seen = verb_seen or has_verb_between(text, position, joint.start())
        position = joint.end()
        if not verb_seen or quote_map.around(joint.start()) is not None:
            continue
        listed = LIST_BEFORE_AND.search(text, max(start, joint.start() - 40), joint.start())
        if (listed is None or has_verb_between(text, listed.start(), joint.start(), s_forms=False)) \
                and _subject_then_verb(text[joint.end():near(joint.end(), end)]):
            return joint.start()
        if (SHORT_SUBJECT.fullmatch(text, joint.end(), end)
                and SUBJECT_ASIDE_NEXT.match(text, end, near(end, len(text))) is not None):
            return joint.start()  # "…, and one, who asked not to be named, said …": a new subject, its aside cut off
    return end


def _before_dash_concession(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"said the pier was safe - though engineers disagree": a lone dash before a concession ends the clause.

    Not a dash that opens or closes an aside ("said that - despite the storm - the pier held").
    """
    dashes = [dash for dash in SPACED_DASH.finditer(text, start, end) if quote_map.around(dash.start()) is None]
    if len(dashes) != 1:
        return end
    if DASH_CONCESSION.match(text, dashes[0].end(), near(dashes[0].end(), end)) is None \
            and not _dash_then_report(text, dashes[0].end(), end):
        return end
    return dashes[0].start()


# "- only saying that …", "- then he mentions …": an adverb of time or limit, perhaps a subject pronoun, and a cue
DASH_REPORT = regex.compile(r"(?P<adverb>(?:only|then|later|also|instead)\s+)?(?P<pronoun>(?:he|she|they)\s+)?(?P<cue>\p{Ll}+)\b")
# the gerund of a cue that takes a bare clause opens its words with any word: "- saying the guild chose not to"
SAYING_GERUNDS = frozenset(_saying_gerunds())


def _dash_then_report(text: str, position: int, end: int) -> bool:
    """"declined to claim victory - only saying that the count was close": after a lone dash, the subject's next
    report, a speech cue's gerund or, after an adverb and a subject pronoun, its finite form ("- then he mentions
    the toll"); its words follow it, a bare clause too after a gerund of a cue that takes one ("- saying the
    guild chose not to join")."""
    found = DASH_REPORT.match(text, position, near(position, end))
    if found is None or (form := found.group("cue")) not in cue_lexicon().forms \
            or cue_lexicon().forms[form][1] != "speech":
        return False  # not "- assuming a two-way race", a condition
    if found.group("pronoun") is None and (not form.endswith("ing") or (
            REPORT_OPENS.match(text, found.end()) is None and form not in SAYING_GERUNDS)):
        return False  # a gerund opening words of its own: "- only saying that", not "- assuming a two-way race"
    if found.group("pronoun") is not None and (found.group("adverb") is None or form not in cue_lexicon().finite_forms):
        return False  # not "- he wrote his first column on it -", an aside
    return found.end() < end


def _before_dash_clause(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"said the pier was unsafe - the council has since shut it": a lone dash after a clause with its own verb,
    then a new subject and its verb, ends the clause; the sentence after the dash is the writer's.

    Not a clause that opens with a subordinator ("although the pier is old - it still stands" is one
    sentence), nor an indefinite noun after the dash ("- a point skippers have made before"), an aside, nor a
    clause cut short to echo the first ("the pier was safe - the quay was not"), a contrast said with it.
    """
    dashes = [dash for dash in SPACED_DASH.finditer(text, start, end) if quote_map.around(dash.start()) is None]
    if len(dashes) != 1 or not has_verb_between(text, start, dashes[0].start(), s_forms=False):
        return end
    first = text[start:dashes[0].start()].split(maxsplit=1)[0].lower()
    rest = text[dashes[0].end():end].split()
    if first in frames().subordinators or rest[:1] in (["a"], ["an"]) or _elliptical(rest) \
            or not opens_with_subject(" ".join(rest[:10])):
        return end
    return dashes[0].start()


ECHOING_ENDS = frozenset({"too", "either", "so"})  # "the skippers did too": the verb of a clause cut short


def _elliptical(words: list[str]) -> bool:
    """"the quay was not", "the skippers did too": a clause that ends on its auxiliary, a negation or an echo."""
    last = words[-1].lower().rstrip(".!?,;:") if words else ""
    f = frames()
    return last in f.verbal_auxiliaries or last in f.negations or last in ECHOING_ENDS


SENTENCE_GOES_ON = regex.compile(r"[ \t]*[,;:\p{L}\p{N}]")  # after a closing bracket, words or a comma, not a full stop


def _before_closing_aside(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"said the toll would rise (the third rise in a year)": a bracketed aside in lower case that closes the clause
    is the writer's remark, and the clause ends before it; not a capitalised or numbered one ("(R-Lyme)", "(2019)"),
    one inside or right after quotation marks, nor one the sentence goes on after."""
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in TRAILING_MARKS):
        stop -= 1
    if stop <= start or text[stop - 1] != ")" or SENTENCE_GOES_ON.match(text, stop) is not None:
        return end  # "praised Ms Varga (who chairs the board), Mr Reyl and …": an aside inside the list
    opening = text.rfind("(", start, stop - 1)
    if opening <= start or not text[opening + 1:opening + 2].islower() or text.find(")", opening, stop - 1) >= 0 \
            or quote_map.around(opening) is not None \
            or (before := last_char_before(text, start, opening)) == "" or before in CLOSING_MARKS:
        return end  # "compared the fares to the “benchmarks” (the fares skippers trust)": a gloss on quoted words
    return opening


def _before_withholding(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"said the pier was safe but would not say when it opens": "but" or "and", a refusal or negation and a verb of
    saying are the source's next act, which ends the clause (outside quotation marks)."""
    found = WITHHOLDING.search(text, start, end)
    while found is not None and quote_map.around(found.start()) is not None:
        found = WITHHOLDING.search(text, found.end(), end)
    return found.start() if found is not None else end


# ", but has not", ", but wanted": a subjectless second verb a clause of a backshift modal cannot take
SOURCE_ACT_AFTER_BUT = regex.compile(r",\s+but\s+(?:\p{Ll}+ly\s+)?(?:(?:"
                                     + alternation(load_words("source_act_after_but.txt", lower=True))
                                     + r")(?![\p{L}’'])|\p{Ll}{2,}ed\b)")
BACKSHIFT_MODALS = load_words("backshift_modals.txt", lower=True)
RELATIVE_WORD = regex.compile(r"\b(?:that|who|whom|whose|which)\b", regex.IGNORECASE)


def _before_source_act(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"The board said it would review the toll, but has not done so": after a clause whose one verb group opens
    with a modal of `backshift_modals.txt`, ", but" and a perfect, "did" or a past in -ed with no subject of its
    own are the source's next act, no longer what was said; "would rise, but would fall" goes on."""
    found = SOURCE_ACT_AFTER_BUT.search(text, start, end)
    if found is None or quote_map.around(found.start()) is not None:
        return end
    groups = verb_groups(text, start, found.start(), s_forms=False)
    word = WORD.match(text, groups[0]) if len(groups) == 1 else None
    if word is None or word.group().lower() not in BACKSHIFT_MODALS \
            or RELATIVE_WORD.search(text, start, word.start()) is not None:
        return end  # "said the skippers who might have sailed, but stayed, were …": the modal's clause is a relative
    return found.start()


def _before_second_infinitive(text: str, start: int, end: int, quote_map: QuoteMap) -> int:
    """"said the pier has failed and to yet again rail against …": an infinitive after "and" is the source's next aim.

    Only when the clause has a finite verb and no infinitive of its own ("plans to sell and to buy" goes on).
    """
    joint = AND_TO_VERB.search(text, start, end)
    if joint is None or quote_map.around(joint.start()) is not None:
        return end
    before = text[start:joint.start()]
    if TO_WORD.search(before) or not has_verb_between(text, start, joint.start(), s_forms=False):
        return end
    return joint.start()


def _finite_word(word: str) -> bool:
    """"agreed", "has", "said": a finite verb; a word in -s only as an auxiliary ("is", not "officials")."""
    f = frames()
    lower = word.lower()
    if lower in f.irregular_verbs or lower in f.verbal_auxiliaries:
        return True
    return FINITE.fullmatch(word) is not None and not lower.endswith("s")


SUBJECT_REACH = 24  # characters a clause's opening pronoun or short noun phrase take at most ("the harbour council")


def _pronoun_alone(words: str) -> bool:
    """"she", "both she": a subject pronoun, perhaps after a quantifier that floats before a pair ("both")."""
    found = words.lower().split()
    return (0 < len(found) <= 2 and found[-1] in SUBJECT_PRONOUN_WORDS
            and (len(found) == 1 or found[0] in load_words("floating_quantifiers.txt", lower=True)))


NON_FINITE_BE = frozenset({"be", "been", "being", "not"})  # go on with a verb chain: "will be raised", "is not"


def verb_after_clause(text: str, content: Span) -> int | None:
    """"Officials warning that the pier is unsafe were ignored": where an auxiliary after the clause's own verb
    chain begins, the sentence's main verb, when no comma, joint, relative or subordinator comes before it."""
    f, seen, in_chain, after_auxiliary = frames(), False, False, False
    for word in WORD.finditer(text, content.start, content.end):
        lower = word.group().lower()
        verb, auxiliary = _finite_word(word.group()), lower in f.verbal_auxiliaries
        # "will have been raised": a chain goes on; an auxiliary after a participle ("raised have") starts anew
        if not seen or in_chain and (lower in NON_FINITE_BE or verb and (after_auxiliary or not auxiliary)):
            seen = in_chain = seen or verb
            after_auxiliary = auxiliary
            continue
        in_chain = False
        if lower in NOT_MAIN_OPENERS or lower in SUBORDINATOR_WORDS or "," in text[content.start:word.start()]:
            return None
        if auxiliary and lower not in NON_FINITE_BE and word.group().islower():  # not "by May"
            return word.start()
    return None


def _joined_subject_head(words: str) -> bool:
    """A name, a pronoun, a bare noun or a short noun phrase with no verb: the first part of a subject joined to a name
    by "and" ("because Ms Varga and Mr Reyl agreed", "because skippers and Mr Reyl agreed")."""
    found = words.split()
    return NAME_RUN.fullmatch(words) is not None or _subject_alone(words, phrase=True) or (
        len(found) == 1 and found[0].isalpha() and found[0].islower() and not _finite_word(found[0]))


def _subject_alone(words: str, *, phrase: bool) -> bool:
    """"she", "both she", and with ``phrase`` (a clause, not an object, follows the cue) "her deputy", "the harbour
    council": a pronoun, or a determiner and one or two lower-case words with no verb among them, the subject's first
    part before "and" and a name."""
    if _pronoun_alone(words):
        return True
    found = words.split()
    if not found:
        return False  # the joint opens the words: no subject before it
    if len(found) > 1 and found[0].lower() == "what":
        # "contradicted what Ms Varga and Mr Reyl said": a free relative, whose subject the name joins
        rest = " ".join(found[1:])
        return NAME_RUN.fullmatch(rest) is not None or _subject_alone(rest, phrase=True)
    head = found[-1].lower()
    # "denied the claim and Mr Reyl backed …", "cited reports and Mr Reyl …": a thing said is the cue's object
    return (phrase and 2 <= len(found) <= 3 and found[0].lower() in OBJECT_DETERMINERS - {"a", "an", "that"}
            and head not in frames().shell_nouns and head not in cue_lexicon().forms and head not in load_words("said_pro_forms.txt")
            and all(word.isalpha() and word.islower() and not _finite_word(word) for word in found[1:]))


def _auxiliary_after_subject(clause: str) -> bool:
    """"skippers are more likely", "she was quick": a subject, then an auxiliary; not "widely expected"."""
    words = clause.lower().split()
    auxiliaries = frames().verbal_auxiliaries
    return (len(words) > 1 and not words[0].endswith(("ed", "ing", "ly"))
            and any(word in auxiliaries for word in words[1:]))


def _subject_then_verb(rest: str) -> bool:
    """"the council agreed", "Ms Varga has", "they said": a new subject, then its finite verb.

    A determiner's noun phrase runs up to five words ("the harbour council's new chair
    agreed"), a quantifier's too or none ("both skippers agreed", "most have"), and
    capitals may lead a noun ("Dutch skippers agreed"); a comma ends it ("the next day,
    the council …" is an adverbial).
    """
    words = rest.split()[:8]
    comma = next((i for i, w in enumerate(words) if "," in w), len(words))
    words = [w.strip(",") for w in words[:comma + 1]]
    if not words:
        return False
    first = words[0].lower()
    if first in NEW_SUBJECT_PRONOUNS:
        candidates = [1]
    elif first in NEW_SUBJECT_DETERMINERS or first in QUANTIFIER_SUBJECTS:
        last = next((i for i, w in enumerate(words[:6]) if i > 1 and w.lower() in NOT_IN_SUBJECT), 6)
        # "a new ferry where …": the subject ends before a relative; a quantifier may stand alone ("most don't")
        candidates = list(range(1 if first in QUANTIFIER_SUBJECTS else 2, last + 1))
    elif words[0][:1].isupper():
        lower = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        candidates = [lower, lower + 1]  # "Ms Varga has", "Democratic leaders have"
    else:
        return False
    for index in candidates:
        no_longer = [word.lower() for word in words[index:index + 2]] == ["no", "longer"]
        if index < len(words) and words[index].lower() in VERB_ADVERBS:
            index += 1
        elif no_longer:
            index += 2  # "the skipper no longer works": a verb's -s form after it too
        if index < len(words) and (_finite_word(words[index]) or no_longer and in_s_form(words[index])):
            return True
    return False


NOUN_LINKS = frozenset({"of", "by"})  # "the ferry times of May", "the pier works by Bayline": a noun's, not a verb's


def _subject_then_s_verb(clause: str) -> bool:
    """"the skipper works for Bayline", "Bayline owns the pier": a determiner and one to three lower-case words, or a
    name, then a word's -s form that a preposition, a determiner or a figure follows, a verb with its object;
    not a noun that is plural ("the skippers"), nor a plain compound noun ("the pier works plan")."""
    words = [word.strip(",") for word in clause.split()[:7]]
    named = words[0].lower() not in NEW_SUBJECT_DETERMINERS
    if len(words) < 3 or named and not words[0][:1].isupper():
        return False
    for index in range(1 if named else 2, 4 if named else 5):
        if index + 1 >= len(words):
            return False
        head, verb, after = words[index - 1], words[index], words[index + 1].lower()
        if not (head.isalpha() and (head[:1].isupper() if named else head.islower())) or in_s_form(head.lower()):
            return False
        if (verb.isalpha() and verb.islower() and in_s_form(verb) and verb not in NEW_SUBJECT_DETERMINERS
                and (after in frames().prepositions and after not in NOUN_LINKS or after in NEW_SUBJECT_DETERMINERS
                     or after[:1].isdigit())):
            return True
    return False


def opens_with_subject(clause: str) -> bool:
    """"there was a benefit", "the pier was safe", "Ms Varga had left": a subject, then its finite verb."""
    words = clause.split()
    if len(words) > 2 and words[0].lower() in SUBJECT_PRONOUN_WORDS:
        return _finite_word(words[1]) or words[1].lower() in VERB_ADVERBS and _finite_word(words[2])
    if (aside := SUBJECT_DASH_ASIDE.match(clause)) is not None and not _subject_then_verb(clause):
        # "the harbour board – and not the town – is in charge": the subject, an aside set off by dashes, its verb
        rest = aside.group("rest").split(maxsplit=1)
        return _subject_then_verb(aside.group("subject") + " " + aside.group("rest")) or (
            not any(_finite_word(word) for word in aside.group("subject").split())
            and aside.group("subject")[:1].islower() and rest[0].lower() in frames().verbal_auxiliaries)
    return _subject_then_verb(clause)


def _subject_opens(clause: str) -> bool:
    """"the pier was safe", "it “condemns the toll”": a subject and its verb, or a subject pronoun before a clause;
    also a noun before a colon and a clause ("a reason for it: the skippers have no memory of the toll"); not a plain
    noun phrase ("300 jobs in May", "his own comment", "another post: harbourmaster")."""
    first = clause.split(maxsplit=1)[:1]
    after_colon = clause.partition(":")[2].strip()
    return opens_with_subject(clause) or bool(first) and first[0].lower() in SUBJECT_PRONOUN_WORDS \
        and _reads_as_clause(clause) or bool(after_colon) and opens_with_subject(after_colon)


# "demanded that the flag, which shows a gull, be removed": a bare "be" after the aside, the clause's own verb, read
# where it stands (subjects.SUBJUNCTIVE_BE finds one after a word anywhere in a clause)
BARE_BE_AHEAD = regex.compile(r"(?:not\s+)?be\s+\p{Ll}")
# "declare the toll, which the guild set in May, invalid.": one word closing the sentence after the aside, the
# predicate of the clause it interrupted; not an adverb ("…, respectively.", "…, too.", "…, again.") nor a past
# form, the main verb ("Ms Varga, who backed the plan, which …, spoke.")
PREDICATE_AFTER_ASIDE = regex.compile(r"(?!\p{Ll}+ly\b|(?:too|again|" + alternation(VERB_ADVERBS) + r")\b)\p{Ll}{3,}"
                                      r"(?=[.!?](?:\s|\Z))")


def relative_aside_end(text: str, position: int, end: int) -> int | None:
    """"the talks, which began in May, remained …": past a relative aside before the clause's own verb (a bare "be"
    too: "demanded that the flag, which shows a gull, be removed"), or before an infinitive of purpose ("called Mr
    Reyl after the vote, which secured her the seat, to thank him")."""
    aside = RELATIVE_ASIDE.match(text, position, near(position, end))
    if aside is not None and PURPOSE_AFTER_ASIDE.match(text, aside.end(), near(aside.end(), end)) is not None:
        return aside.end()  # "called Mr Reyl after the vote, which secured her the seat, to thank him"
    if aside is not None and (closing := PREDICATE_AFTER_ASIDE.match(text, aside.end(), near(aside.end(), end))) \
            and not looks_past(closing.group()) and closing.group() not in frames().irregular_verbs:
        return aside.end()  # "declare the toll, which the guild set in May, invalid."; not "…, spoke."
    adverb = ADVERB_AFTER_ASIDE.match(text, aside.end(), near(aside.end(), end)) if aside is not None else None
    verb = VERB_AFTER_ASIDE.match(text, adverb.end(), end) if adverb is not None else None
    if verb is None and adverb is not None and (_plain_verb_after_aside(text, position, adverb.end(), end)
                                                or BARE_BE_AHEAD.match(text, adverb.end(), end) is not None):
        return aside.end()
    if verb is None or verb.group().endswith("s") and LISTED_NOUN.match(text, verb.end(), near(verb.end(), end)):
        return None  # "which shut the quay, slipways and sheds": a list goes on, not the clause
    return aside.end()


def _plain_verb_after_aside(text: str, head_end: int, position: int, end: int) -> bool:
    """"the skippers, who fished at night, paid the toll", "the skippers, who fish at night, pay the toll": an
    irregular past, or a base form after a plural head, with a determiner opening its object."""
    found = BASE_VERB_THEN_OBJECT.match(text, position, near(position, end))
    head = _word_before(text, head_end)
    if found is None or head is None or _finite_word(head):
        return False  # "said the toll rose, which hurt skippers, left the meeting": the aside follows a clause
    verb = found.group("verb")
    return verb in frames().irregular_verbs or text[head_end - 1:head_end] == "s"


def _appositive_aside(text: str, start: int, position: int, end: int) -> int | None:
    """"showed Harbour PAC, an outside group, spent …": past an appositive on a short subject before its verb."""
    if more_words_than(text, start, position, 5) or has_verb_between(text, start, position, s_forms=False):
        return None
    aside = APPOSITIVE_ASIDE.match(text, position, near(position, end))
    word = WORD.match(text, aside.end()) if aside is not None else None
    if word is None or not (VERB_AFTER_ASIDE.fullmatch(word.group()) or word.group() in frames().irregular_verbs):
        return None
    if word.group().endswith("s") and LISTED_NOUN.match(text, word.end(), near(word.end(), end)):
        return None  # "the quay, a landmark, slipways and sheds": a list goes on
    return aside.end()


def _word_before(text: str, position: int) -> str | None:
    """The word (or mark) just before ``position``, as written, read in the 30 characters before it."""
    found = frames().word_before.search(text, max(0, position - 30), position)
    return found.group(1) if found is not None else None


def _aside_then_goes_on(text: str, position: int, end: int) -> int | None:
    """"needed to connect Ms Varga, a Dutch skipper, with the council": past an aside set off by two commas
    after a noun when a preposition or an auxiliary after it carries the clause on."""
    aside = ASIDE_GOES_ON.match(text, position, near(position, end))
    if aside is None:
        return None
    before = _word_before(text, position)
    if before is None or _finite_word(before):
        return None  # "said the fund grew, a sign of strength, in May": a comment on the clause
    following, f = aside.group("next").lower(), frames()
    return aside.start("next") if following in f.prepositions or following in f.verbal_auxiliaries else None


def _past_opening_clause(text: str, start: int, position: int, end: int) -> int | None:
    """"said that even if the pier were fair, a recount could not be done": past the comma that closes a
    subordinate clause opening the content, when a subject and its verb follow."""
    if SUBORDINATE_OPENING.match(text, start, position) is None or "," in text[start:position] \
            or not _subject_then_verb(text[position + 1:near(position + 1, end)]):
        return None
    return position + 1


def _correlative_but(text: str, start: int, position: int) -> int | None:
    """"said the plan was not just a delay, but a disaster": past ", but" that pairs with "not just" in the clause.

    After "not a" ("not a skipper, but she knew …") a new subject after "but" starts a clause of its own.
    """
    but = COMMA_BUT.match(text, position, near(position, len(text)))
    pair = CORRELATIVE_NOT.search(text, max(start, position - 100), position) if but is not None else None
    if pair is None or (not pair.group("only") and SUBJECT_PRONOUN.match(text, but.end())):
        return None
    return but.end()


def _closing_after_comma(text: str, position: int) -> int:
    """How far a comma and the closing marks after it reach: 'was “corrupt,” noting', "was ''corrupt,'' noting"."""
    if text.startswith("''", position + 1):
        return 3
    return 2 if text[position + 1:position + 2] in CLOSING_MARKS else 0


def _stop_outside_quotes(pattern: regex.Pattern, text: str, start: int, end: int,
                         quote_map: QuoteMap) -> regex.Match | None:
    """The first stop that is not inside quoted words ("a “quiet pier, not a busy quay”" has no stop)."""
    position = start
    while (found := pattern.search(text, position, end)) is not None:
        quoted = quote_map.around(found.start())
        if quoted is None or quoted.start < start or found.end() >= quoted.end:
            return found  # outside quotes, inside the quote the content began in, or its closing '…,” noting'
        position = quoted.end
    return None


UNSHARED_VERB = regex.compile(r"\b(?:is|was|has|had|were|did|does|\p{Ll}{2,}ed)\b")  # no plural's base-form partner
# "to" or a modal before a base form the clause may go on with: "has to resign and admit …", "was sure it would
# close and admit …"
OPEN_BASE_VERB = regex.compile(r"\b(?:to|" + alternation(load_words("modal_auxiliaries.txt", lower=True)) + r")\b",
                               regex.IGNORECASE)


def _last_unshared_verb(text: str, start: int, end: int) -> int | None:
    """Where the last verb of UNSHARED_VERB between ``start`` and ``end`` ends, or None."""
    last = None
    for found in UNSHARED_VERB.finditer(text, start, end):
        last = found.end()
    return last


PARALLEL_JOINT_AT_END = regex.compile(r",?\s+(?:and|but|yet)\s+(?:also\s+)?\Z")  # "accept the toll yet (claim)"


def _parallel_base(text: str, start: int, match: regex.Match, lemma: str, cue_class: str) -> bool:
    """"Officials deny the claim and say that …", "Skippers accept the toll but say it is too high": a base form of
    saying after "and" or "but" that matches the base form of the cue whose object the content is; not "say Mr Reyl
    should resign and apologise"."""
    if cue_class != "speech" or match.group().lower() != lemma:
        return False
    joint = PARALLEL_JOINT_AT_END.search(text, max(start, match.start() - 12), match.start())
    if joint is None or has_verb(text[start:joint.start()]) and not (
            THAT.match(text, match.end(), match.end() + 12) is not None
            and (unshared := _last_unshared_verb(text, start, joint.start())) is not None
            and OPEN_BASE_VERB.search(text, unshared, joint.start()) is None):
        # "say he would sit the mayor down and tell him …": the clause's own verbs; but "say the pier is safe now
        # and (or but) warn that …": a verb in the singular or the past cannot share its subject with the base form,
        # unless "to" or a modal after it takes one ("say the board has to resign and admit that …")
        return False
    head = frames().word_before.search(text, max(0, start - 30), start)
    if head is not None and head.group(1).lower() == "that":
        # "fear that the pier is unsafe and warn that …": the cue before the first clause's "that"
        head = frames().word_before.search(text, max(0, head.start(1) - 30), head.start(1))
    if head is None or (cue_lexicon().lookup(head.group(1)) or ("",))[0] != head.group(1).lower():
        return False
    return THAT.match(text, match.end(), match.end() + 12) is not None or lemma in frames().bare


RELATIVE_THEN_WORD = regex.compile(r"(?<![\p{L}])(?:that|who|which)\s+(\p{Ll}+)\s+\Z")  # "ads that slam "


def _parallel_object(text: str, start: int, match: regex.Match, lemma: str) -> bool:
    """"ads that slam the board and tout the guild", "ads that support the toll and oppose the pier": in a relative
    clause, after the plain object of a cue in its base form, a base form of a cue joined by "and", "but" or "yet" is
    the relative's second report; not "ads that back the toll and the pier", nor "to invoke a right to leave and
    support …", an infinitive's."""
    if match.group().lower() != lemma:
        return False
    joint = PARALLEL_JOINT_AT_END.search(text, max(start, match.start() - 12), match.start())
    if joint is None or has_verb_between(text, start, joint.start(), s_forms=False):
        return False
    head = RELATIVE_THEN_WORD.search(text, max(0, start - 30), start)
    return head is not None and (cue_lexicon().lookup(head.group(1)) or ("",))[0] == head.group(1).lower()


JOINED_STANCE_WORDS = regex.compile(r"\s+(?:that|to|about|of)\b")  # "confident that", "eager to", "sure about"


def _joined_stance(text: str, start: int, match: regex.Match, lemma: str) -> bool:
    """"were thrilled with the deal and confident that the fee would hold": a stance adjective after "and" or "but"
    that opens words of its own, a second report of the subject whose plain object ends before the joint."""
    return (lemma in frames().adjectives and match.group().lower() == lemma
            and PARALLEL_JOINT_AT_END.search(text, max(start, match.start() - 12), match.start()) is not None
            and JOINED_STANCE_WORDS.match(text, match.end()) is not None
            and not has_verb_between(text, start, match.start(), s_forms=False))


STANCE_AT_END = regex.compile(r"\s*(?:[.,;:!?)”\"’]|\Z)")  # a stance adjective that closes its clause


def _closing_stance(text: str, match: regex.Match) -> bool:
    """A stance adjective with nothing after it, which reports nothing: "…, and the crews are tired."."""
    lemma = cue_lexicon().forms[match.group().lower()][0]
    return lemma in frames().adjectives and STANCE_AT_END.match(text, match.end()) is not None


# "and continued cost-cutting would": a bare lower-case noun, no pronoun ("decided he would"), then an auxiliary or
# modal, its verb
MODIFIED_NOUN_THEN_VERB = regex.compile(r"\s+(?P<noun>\p{Ll}+(?:-\p{Ll}+)*)\s+(?:" + alternation(load_words("verbal_auxiliaries.txt", lower=True))
                                      + r")\b")


def before_next_cue(text: str, start: int, end: int, quote_map: QuoteMap, *, after_object: bool = False,
                    spoken: bool = False) -> int:
    """"announced he was in therapy and vowed to …": the content stops before "and vowed".

    Only a finite cue form, or a gerund after "and" or "but", starts a second
    attribution; "he'd sit the mayor down and tell him …" goes on with what was
    said, and so does a cue of thought or evidence after a bare "and" or "but"
    ("said she was tired of it and wanted a change", "said she could not back
    the toll but understood why"); with ``spoken`` (a cue of speech) after
    ", but" too ("said she backed the pier, but found it costly").
    """
    lexicon = cue_lexicon()
    and_before = None  # the joint's pattern, chosen once a cue is found: a title-case clause capitalises "And"
    for match in lexicon.find(text, start, end, ANY_CUE):
        form = match.group().lower()
        lemma, cue_class = lexicon.forms[form]
        if _bare_phrasal(text, start, match, end, lemma):
            continue  # "said requests were made to the council": "made" is a cue only as "made the case"
        if lemma in frames().naming and VISIT_CALL.match(text, match.end(), end) is not None:
            continue  # "after the vote, Mr Reyl called her to meet": a call, not a naming that reports
        if _passive_without_words(text, start, match, lemma):
            continue  # "said that, like him, Ms Varga had been attacked": a passive, no report of its subject's
        if (form.endswith("ed") and lemma not in frames().bare
                and (modified := MODIFIED_NOUN_THEN_VERB.match(text, match.end(), end)) is not None
                and modified.group("noun") not in frames().pronouns):
            continue  # "said …, and continued cost-cutting would hurt skippers": the participle modifies a subject
        if form.endswith("ing") and joined_adjective(text, start, match, end):
            continue  # "an awkward but promising start": a second adjective
        if form.endswith("ing"):
            # "saying he would run and suggesting that …", "… but pointedly warning that …": a second gerund of
            # saying, unless the clause runs on its own "-ing" ("is acting unlawfully and showing …", "by reading …
            # and guessing …"), or two gerunds share one object ("the skippers condoning and openly cheering the strike")
            joint = AND_GERUND.search(text, max(start, match.start() - 48), match.start())
            if (joint is not None and quote_map.around(joint.start()) is None
                    and not RUNNING_GERUND.search(text, max(start, joint.start() - 200), joint.start())
                    and not GERUND_AT_END.search(text, max(start, joint.start() - 30), joint.start())):
                return joint.start()
            if (INFINITIVE_OPENING.match(text, start) is not None and cue_class == "speech"
                    and (timed := TIME_BEFORE_GERUND.search(text, max(start, match.start() - 10), match.start()))
                    and _opens_report(text, match, lemma)):
                # "was asked to leave after shouting that …": what was asked ends; the shouting is the subject's own
                return timed.start()
        if (cue_class == "speech"
                and (concession := CONCESSION_THEN_TO.search(text, max(start, match.start() - 100), match.start()))
                and _auxiliary_after_subject(concession.group("clause"))
                and quote_map.around(concession.start("joint")) is None):
            # "said the plan is “about right,” though skippers are more likely to say …": a report of their own
            closing = quote_map.around(concession.start())
            return closing.end if closing is not None else concession.start()
        new_subject = None  # "while 53 percent say", "but the skippers insist": sought at most once per cue
        parallel = _parallel_base(text, start, match, lemma, cue_class) \
            or after_object and (_joined_stance(text, start, match, lemma)  # "accept the toll yet claim …"
                                 or _parallel_object(text, start, match, lemma))
        if form not in lexicon.finite_forms and not PERIPHRASTIC.search(
                text, max(start, match.start() - 20), match.start()) and not PLURAL_PRONOUN_BEFORE.search(
                text, max(start, match.start() - 8), match.start()) and not AND_MODAL_NOT.search(
                text, max(start, match.start() - 20), match.start()) and not parallel \
                and not (cue_class == "speech" and (new_subject := COUNTED_THEN_CUE.search(
                text, max(start, match.start() - 64), match.start()) or _base_after_new_subject(text, start, match, lemma))
                         or cue_class in ("thought", "evidence") and (new_subject := _base_after_new_subject(
                             text, start, match, lemma, concession_only=True))):
            # "is suggesting", "has been hoping", "did not say", "don't expect", "they say", "while 53 percent say",
            # "but the skippers insist" are finite too
            continue
        and_before = and_before or (HEADLINE_AND_BEFORE if title_case(text[start:end]) else AND_BEFORE)
        joint = and_before.search(text, max(start, match.start() - 48), match.start()) or (
            PARALLEL_JOINT_AT_END.search(text, max(start, match.start() - 12), match.start()) if parallel else None)
        if joint is not None and AND_THAT.match(joint.group()) and lemma not in frames().seeming:
            joint = None  # "said fares would rise, and that she expected …": her cue inside the words; not "… seems"
        if joint is None and cue_class in OCCASION_CUE_CLASSES and (occasion := occasion_before(
                text, max(start, match.start() - 60), match.start())) is not None and quote_map.around(
                occasion.start()) is None and (has_verb_between(text, start, occasion.start(), s_forms=False)
                                               or not _parallel_phrase(text, start, occasion)):
            # "said he had not seen it but at a later hearing told …", "denied the claim but at the hearing said …":
            # the subject's next report, where or when it was made; not "said skippers in Lyme and in the harbour
            # towns said", one subject with no verb yet whose phrases the joint lists
            return occasion.start()
        particle_less = joint is not None and cue_class == "speech" and _without_particle(text, match, end, lemma)
        if joint is not None and (cue_class != "speech" or particle_less) \
                and _repeats_auxiliary(text, start, joint, verb_between=particle_less):
            # "said the skippers would stay and would not accept the toll": the clause's own verbs, and so "said the
            # board would meet, but would not take sides", a verb that is a cue only with its particle or noun; but
            # "said the pier would open but would not say when" is the speaker's
            continue
        if joint is not None and not after_object and BACKSHIFTED_JOINT.fullmatch(joint.group()) is not None:
            # "said his client was ashamed and had sought help": a past perfect after a bare "and" is the clause's
            # own, shifted back with it; the speaker's next act would read "and has sought" or "and sought"
            continue
        if joint is not None and _listed_plural(text, joint, form, lemma):
            continue  # "gave the council the names and addresses of skippers": two plural nouns
        if joint is None and cue_class == "speech":
            # "while 53 percent say", "pointed to the pier and the skippers replied": a new subject's own report
            joint = new_subject or COUNTED_THEN_CUE.search(text, max(start, match.start() - 64), match.start()) \
                or (AND_NEW_SUBJECT.search(text, max(start, match.start() - 40), match.start())
                    if past_word(form) and _opens_report(text, match, lemma) else None)
            if joint is not None and _joins_plural_subjects(text, joint):
                joint = None
        elif joint is None and new_subject is not None:
            joint = new_subject  # "…, though public records indicate the firm was …": a concession's own evidence
        if joint is None and form in lexicon.finite_forms and cue_class == "speech" and lemma not in frames().naming:
            # ", whom she described as …", ", in a vote that she said …": a relative phrase set off after the words,
            # its subject's own report of them, once the words hold a verb; not an aside on the clause's subject
            # ("said the new toll on ferries, which she said was unfair, would rise") nor a naming (", whom she
            # called a “menace”"), part of the words
            joint = RELATIVE_REPORT.search(text, max(start, match.start() - 48), match.start())
            if joint is not None and not has_verb_between(text, start, joint.start(), s_forms=False):
                joint = None
        if joint is None and form in lexicon.finite_forms:
            # ", and Tom Reyl, the council's adviser, said …": a named subject with its aside, then its own cue
            joint = AND_NAME_ASIDE.search(text, max(start, match.start() - 100), match.start())
        bare_and = joint is not None and cue_class != "speech" and BARE_AND.fullmatch(joint.group()) is not None
        if joint is not None and cue_class != "speech" and (
                bare_and or PRONOUN_AND.fullmatch(joint.group())
                or spoken and BUT_ADVERB.fullmatch(joint.group()) and lemma not in frames().seeming) \
                and not (bare_and and (after_object or THAT_AFTER_CUE.match(text, match.end(), end)
                                       or _present_after_shifted(text, start, joint, form, lexicon))):
            # "knew about the sale and thought …", "said the toll is “too high” and she feels …": a stance after a
            # bare "and" or "but", or one with a pronoun subject, is the clause's own; after a noun-phrase object
            # ("favors new bike lanes and opposes a toll") it is the subject's second report
            continue
        if joint is not None and cue_class != "speech" and NAMES_JOINED.match(
                text, max(start, joint.start() - 30), joint.end()):
            continue  # "said only skippers such as Tomas and Ana Reyl wanted …": two names, one subject
        if joint is not None and NAME_AFTER_AND.match(joint.group()) and PRONOUN_AT_END.search(
                text, max(start, joint.start() - 4), joint.start()) is not None:
            continue  # "announced plans he and Mr Reyl have made": a pronoun and a name, one subject
        if joint is not None and NAME_AFTER_AND.match(joint.group()) and (
                opening := SUBORDINATE_SUBJECT.search(text, max(start, joint.start() - 40), joint.start())) is not None \
                and _joined_subject_head(opening.group("subject")):
            continue  # "said the pier will close, because Ms Varga and Mr Reyl agreed to …": one subject, two names
        if joint is not None and joint.start() - start <= SUBJECT_REACH and _subject_alone(
                text[start:joint.start()], phrase=not after_object and NAME_JOINT.match(joint.group()) is not None):
            # "said she and Mr Reyl backed the toll", "said her deputy and Mr Reyl backed the toll": a pronoun or
            # a short noun phrase opens the clause, the name joins its subject
            continue
        if joint is None:
            joint = CLAUSE_THEN_CUE.search(text, max(start, match.start() - 60), match.start()) \
                or JOINT_THEN_SUBJECT_CUE.search(text, max(start, match.start() - 60), match.start())
            if joint is not None and cue_class != "speech" and _main_after_opening(text, start, joint,
                                                                                   after_object=after_object):
                continue  # "said despite the rain, she plans to stay": the main clause of what was said
            if joint is not None and _main_after_condition(text, start, joint):
                continue  # "said that if the council raised it, it should have asked them": the condition's clause
        if (joint is None and cue_class == "speech" and form in lexicon.finite_forms
                and CLAUSE_AFTER_CUE.match(text, match.end(), end) is not None):
            # "said fares would rise, the guild said they would fall": a clause with its verb, then a new subject and
            # its own report; not the aside ", the guild said," inside the words
            joint = COMMA_THEN_NOUN_SUBJECT.search(text, max(start, match.start() - 48), match.start())
            if joint is not None and not has_verb_between(text, start, joint.start(), s_forms=False):
                joint = None
        if joint is None and (comma := COMMA_THEN_PAST.search(text, max(start, match.start() - 12), match.start())) \
                and _past_act(text, start, comma.start(), match, end):
            joint = comma
        if joint is None and (colon := COLON_THEN_CUE.search(text, max(start, match.start() - 64), match.start())):
            lead = WORD_BEFORE_COLON.search(text, max(start, colon.start() - 30), colon.start())
            if lead is None or (lead.group(1).lower() not in lexicon.forms and lead.group(1).lower() not in COLON_LEADS):
                joint = colon  # not "she wrote:", "put it this way:", which lead into the words
        if joint is not None and _ends_on_subordinator(text, start, joint.start()):
            if text.find(",", match.end(), end) != -1:
                continue  # "said she would resign if, as Mr Reyl claims, the toll was illegal": an aside in her clause
            # "said she would resign if, as Mr Reyl claims.": no clause follows the aside, nor the subordinator
            return end_before(text, start, joint.start()) - len(_word_before(text, joint.start()))
        if joint is not None and _inside_relative_dash_aside(text, start, match.start(), end):
            continue  # "the mayor - who resisted the plan, though she backed it - has decided": the aside's own cue
        if joint is not None and quote_map.around(joint.start()) is None:
            if NAME_AFTER_AND.match(joint.group()) and (pronoun := JOINED_PRONOUN_AT_END.search(
                    text, max(start, joint.start() - 12), joint.start())) is not None:
                return pronoun.start()  # "said the pier is safe and she and Mr Reyl said so": both speak again
            return joint.start()
        if joint is not None and (closing := quote_map.around(joint.start())) is not None \
                and start <= closing.start and closing.end <= joint.end():
            lead = QUOTE_LEAD.search(text, max(start, closing.start - 4), closing.start)
            # 'said the pier was “a folly,” she said'; 'said the pier was unsafe - “It will fall,” she said'
            return lead.start() if lead is not None and lead.start() > start else closing.end
    return end


# a clause's verb that is in the present, which a later "-s" form after a bare "and" may share its subject with
PRESENT_CLAUSE_VERB = regex.compile(r"(?<![\p{L}'’])(?:is|are|am|has|have|does|do)\b|['’]s\s", regex.IGNORECASE)
# a modal or a past auxiliary, after which a verb sharing the clause's subject would not take "-s"
SHIFTED_CLAUSE_VERB = regex.compile(r"(?<![\p{L}'’])(?:" + alternation(load_words("modal_auxiliaries.txt", lower=True)
                                    | {"was", "were", "had", "did"}) + r")\b|n['’]t\b", regex.IGNORECASE)


def _present_after_shifted(text: str, start: int, joint: regex.Match, form: str, lexicon) -> bool:
    """"says she will not vote for Mr Reyl and considers him a risk": after a cue in "-s", a second "-s" form after
    a bare "and" or "but" is the subject's next report when the words before it hold a modal or a past and no
    present (a verb of the clause's own would read "and consider"); not "says the pier is unsafe and needs repairs",
    nor after a cue in the past ("said she would not vote and considers …")."""
    if not form.endswith("s") or form not in lexicon.finite_forms:
        return False
    head = frames().word_before.search(text, max(0, start - 30), start)
    if head is not None and head.group(1).lower() == "that":
        head = frames().word_before.search(text, max(0, head.start(1) - 30), head.start(1))
    if head is None:
        return False
    word = head.group(1).lower()
    if not word.endswith("s") or word not in lexicon.finite_forms or word == lexicon.forms[word][0]:
        return False
    window = max(start, joint.start() - 160)
    return (SHIFTED_CLAUSE_VERB.search(text, window, joint.start()) is not None
            and PRESENT_CLAUSE_VERB.search(text, window, joint.start()) is None)


def _ends_on_subordinator(text: str, start: int, position: int) -> bool:
    """The words before ``position`` end on a subordinator of ``subordinators.txt`` that has a subject and verb
    before it ("she would resign if"): no clause ends there, so what comes next is an aside inside it."""
    return (text[position:position + 1] == "," and _word_before(text, position) is not None
            and _word_before(text, position).lower() in SUBORDINATOR_WORDS
            and has_verb_between(text, start, position, s_forms=False))


THAT_AFTER_CUE = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?that\s")  # "and suspected quickly that …": words of its own
PASSIVE_BEFORE = EndAnchored.of(r"(?<![\p{L}])(?i:" + alternation(load_words("be_forms.txt")) + r")\s+(?:\p{Ll}+ly\s+)?\Z")
WORDS_AFTER_PASSIVE = regex.compile(r"\s+(?:that\b|[“\"]|'')")
JOINT_BEFORE_PASSIVE = EndAnchored.of(r"(?<![\p{L}])(?i:" + alternation(_JOINTS) + r")\s+[^,;:]{0,60}\Z")


def _passive_without_words(text: str, start: int, match: regex.Match, lemma: str) -> bool:
    """", Ms Varga had been attacked", "was widely praised": a passive cue that opens no words ("that", a quotation)
    reports nothing of its subject; not one told to a listener ("were told the pier would close"), nor one after a
    joint (", as Mr Reyl is attacked"), whose clause ends the words all the same."""
    return (lemma not in frames().addressee and match.group()[-2:].lower() == "ed"
            and PASSIVE_BEFORE.search(text, max(start, match.start() - 24), match.start()) is not None
            and WORDS_AFTER_PASSIVE.match(text, match.end()) is None
            and JOINT_BEFORE_PASSIVE.search(text, max(start, match.start() - 80), match.start()) is None)


# "concede the numbers are tight": a determiner's noun phrase of up to three words, then an auxiliary or a form of be
BARE_CLAUSE_NEXT = regex.compile(r"\s+(?:the|a|an|his|her|their|its|our|this|these|those)\s+(?:[\p{L}\-]+\s+){0,2}?"
                                 r"(?:is|are|was|were|will|would|could|can|should|must|may|might|has|have|had)\b")

# "…, though records indicate the firm made a profit": a determiner's noun phrase and a past verb (not "… by")
BARE_PAST_NEXT = regex.compile(r"\s+(?:the|a|an|his|her|their|its|our|this|these|those)\s+(?:[\p{L}\-]+\s+){0,2}?"
                               r"(?P<verb>\p{Ll}+)\s+(?!by\b)(?:the|a|an|his|her|their|its|our|no|\p{Ll}+ly)\b")


def _opens_report(text: str, match: regex.Match, lemma: str) -> bool:
    """"replied that …", "told the council it …": the cue opens words of its own, after a listener if it takes one."""
    return REPORT_OPENS.match(text, match.end()) is not None or (
        lemma in frames().addressee and LISTENER_THEN_REPORT.match(text, match.end()) is not None)


def _joins_plural_subjects(text: str, joint: regex.Match) -> bool:
    """"the skippers and Lyme traders said …": a modified plural joined to a plural or a name is one subject."""
    if joint.re is not AND_NEW_SUBJECT or not joint.group("modifier"):
        return False
    before = _word_before(text, joint.start())
    return before is not None and (PLURAL_NOUN.fullmatch(before) is not None or before[:1].isupper())


def _base_after_new_subject(text: str, start: int, match: regex.Match, lemma: str, *,
                            concession_only: bool = False) -> regex.Match | None:
    """"said the toll is fair but the skippers insist it is too high": a cue's base form after a new plural subject,
    or after an auxiliary ("and the council will argue that …"), that opens words of its own.

    Not "and the council say" (a singular noun), nor a cue that opens no words ("and the skippers insist on it").
    After such a plural, a cue of `cues_bare_complement.txt` also opens a clause that a determiner's noun phrase and
    its auxiliary open ("…, though aides privately concede the numbers are tight"), and a cue before a short answer
    (`YES_NO`: "…, though friends say otherwise") reports that answer.
    """
    if match.group().lower() != lemma:
        return None
    past_clause = False  # "…, though public records indicate the firm made a profit": a past verb, no auxiliary
    if not _opens_report(text, match, lemma):
        if (lemma not in frames().bare or BARE_CLAUSE_NEXT.match(text, match.end()) is None) \
                and YES_NO.match(text, match.end()) is None:  # "…, though friends say otherwise"
            if lemma not in frames().bare or (past := BARE_PAST_NEXT.match(text, match.end())) is None \
                    or not past_word(past.group("verb")):
                return None
            past_clause = True
    elif not concession_only and (named := AND_NAME_AUXILIARY.search(
            text, max(start, match.start() - 60), match.start())) is not None:
        return named  # "said the toll was a scandal and Ms Varga will say it is fair": a named subject's own report
    joint = AND_NEW_SUBJECT.search(text, max(start, match.start() - 48), match.start())
    if joint is None or _joins_plural_subjects(text, joint) \
            or (concession_only or past_clause) and not joint.group().startswith(","):
        return None
    if joint.group("auxiliary") or text[joint.end() - 2:joint.end()] == "s ":
        return joint
    return None


def _parallel_phrase(text: str, start: int, occasion: regex.Match) -> bool:
    """The phrase after the joint opens with a preposition the words before it already hold, a second phrase of
    one noun phrase: "skippers in Lyme and in the harbour towns"."""
    preposition = OPENING_WORD.match(text, occasion.start("occasion")).group().lower()
    return preposition in text[start:occasion.start()].lower().split()


def _repeats_auxiliary(text: str, start: int, joint: regex.Match, *, verb_between: bool = False) -> bool:
    """"… and would not accept": the negated auxiliary after the joint is one the clause has used already; with
    ``verb_between`` a verb may stand after it, the cue being its noun ("… but would not take sides")."""
    negated = (NEGATED_AUXILIARY_THEN_VERB if verb_between else NEGATED_AUXILIARY).search(joint.group())
    if negated is None:
        return False
    stem = "will|wo" if negated.group(1).lower() in ("will", "wo") else negated.group(1)
    return regex.search(rf"\b(?:{stem})(?:n[’']t)?\b", text[start:joint.start()], regex.IGNORECASE) is not None


OPENING_WORD = regex.compile(r"\p{L}+")


def _main_after_condition(text: str, start: int, joint: regex.Match) -> bool:
    """"said the toll was fair but that if the council raised it, it should have asked the skippers": the joint's
    comma closes a condition opened after "that", "and" or "but" (or at the content's start), so the subject and
    cue after it are the condition's main clause."""
    if text[joint.start():joint.start() + 1] != ",":
        return False
    return CONDITION_AFTER_JOINT.search(text, max(start, joint.start() - 200), joint.start()) is not None or (
        CONDITION_OPENING.match(text, start, joint.start()) is not None and text.find(",", start, joint.start()) < 0)


@functools.cache
def _question_word_comma() -> regex.Pattern:
    """A question word of question_words.txt (or "whether") right before a comma: the clause it opens goes on past
    the aside that comma opens ("how, during the storm, the skippers …")."""
    return regex.compile(r"(?i:" + alternation(frames().question_words) + r"),\s+")


def _main_after_opening(text: str, start: int, joint: regex.Match, *, after_object: bool) -> bool:
    """The content opens with a subordinate clause ("despite the rain") whose first comma is the joint, or, when
    it is no object, with fronted phrases that hold no verb ("so far, during her first year,", "in May, after the
    storm,")."""
    if text[joint.start():joint.start() + 1] != ",":
        return False
    if (asked := _question_word_comma().match(text, start, joint.start())) is not None:
        start, after_object = asked.end(), False  # "explained how, during the storm, the skippers had noticed …"
    if SUBORDINATE_OPENING.match(text, start) is not None and "," not in text[start:joint.start()]:
        return True
    first = OPENING_WORD.match(text, start, joint.start())
    f = frames()
    return (not after_object and first is not None and not has_verb_between(text, start, joint.start(), s_forms=False)
            and ((word := first.group().lower()) in f.prepositions or word in f.sentence_adverbs
                 or word in f.leading_phrase_openers or word.endswith("ly")))


def _listed_plural(text: str, joint: regex.Match, form: str, lemma: str) -> bool:
    """"the names and addresses": a cue's -s form that is also a plural noun, joined by a bare "and" to a plural noun."""
    if form == lemma or not form.endswith("s") or lemma not in frames().noun_ambiguous \
            or not BARE_AND.fullmatch(joint.group()):
        return False
    after = NEXT_WORD.match(text, joint.end() + len(form), joint.end() + len(form) + 30)
    if after is not None and after.group(1).lower() in OBJECT_DETERMINERS:
        return False  # "opposes the tolls and claims the pier is safe": a verb and its object
    before = _word_before(text, joint.start())
    return before is not None and PLURAL_NOUN.fullmatch(before) is not None


COMMA_THEN_PAST = regex.compile(r",\s+(?:(?:also|then|later)\s+)?\Z")
NOT_AFTER_PARTICIPLE = regex.compile(r"\s+(?:by|in|as|on|at|with|for|from|to)\b")


def _past_act(text: str, start: int, comma: int, match: regex.Match, end: int) -> bool:
    """"suggested the vote was rigged, called her “third-rate” and left": a second past act of the subject after
    a clause with its own verb; not "the plan, backed by Ms Varga, …", a participle, nor after an aside."""
    if not cue_past_form(match.group().lower()):
        return False
    if NOT_AFTER_PARTICIPLE.match(text, match.end(), near(match.end(), end)):
        return False
    segment = text.rfind(",", start, comma) + 1 or start  # "Mr Lee, then the mayor, put it": an aside, no verb
    opener = NEXT_WORD.match(text, segment, comma) if segment > start else None
    word = opener.group(1).lower() if opener is not None else ""
    if word in RELATIVE_OPENERS or word in frames().prepositions or (
            word.endswith("ing") and word not in cue_lexicon().forms):
        # "the skipper, who wore a coat, looked tired", "…, in a coat that showed the crest, looked …", "…, wearing a
        # coat that showed the crest, looked …"; not "…, adding the count was wrong, called …", a cue of its own
        return False
    return has_verb_between(text, max(start, segment), comma, s_forms=False)


def _bare_phrasal(text: str, start: int, match: regex.Match, end: int, lemma: str) -> bool:
    """"were made to the pier", "to put forth an effort": a cue only with its particle, here without it and no finite verb."""
    if lemma not in cue_lexicon().phrasal_only:
        return False
    f = frames()
    particle = f.particles.get(lemma)
    if particle is not None and particle.match(text, match.end(), near(match.end(), end)) is not None:
        return False
    if particle is None and lemma in ENACTING_CUES:
        return True  # "said the storm passed the harbour and passed the pier": no second cue without its noun or law
    if particle is not None and (lemma in frames().light_noun_said or lemma not in _particle_lemmas()):
        return True  # "and delivered the mail", "and shifting tides": a light verb without its noun is no second cue
    before = text[max(start, match.start() - 12):match.start()].split()
    return bool(before) and (before[-1].lower() == "to" or before[-1].lower() in f.be_forms)


def _without_particle(text: str, match: regex.Match, end: int, lemma: str) -> bool:
    """"take sides", "take part": a verb that is a cue only with its particle or noun ("take issue with", "take aim"),
    here without it."""
    if lemma not in cue_lexicon().phrasal_only:
        return False
    particle = frames().particles.get(lemma)
    return particle is None or particle.match(text, match.end(), near(match.end(), end)) is None


@functools.cache
def _particle_lemmas() -> frozenset[str]:
    """The verbs with particles of their own in cue_particles.txt ("went on"), not only the nouns of a light verb."""
    return frozenset(row[0].lower() for row in load_table("cue_particles.txt"))


def quote_below(text: str, position: int, quote_map: QuoteMap, *, block: bool = False) -> Span | None:
    """"He said:" closing a paragraph: the quote that opens the next one.

    With ``block`` (the colon right after a cue of writing), a paragraph of prose
    there is a quotation set off without marks: "Ms Varga wrote:" then "The
    pier is safe. …" on its own line.
    """
    quoted = quote_map.first_after(position)
    if quoted is not None and not text[position:quoted.start].strip() and "\n" in text[position:quoted.start]:
        return quoted.inner if quoted.inner.end > quoted.inner.start else None
    return _block_below(text, position) if block else None


def _block_below(text: str, position: int) -> Span | None:
    """The next paragraph when it is prose with a verb: not a heading, a list item or embedded markup.

    Set off by a blank line, the quotation runs over the lines that follow it
    up to the next blank line.
    """
    opening = BLOCK_OPENING.match(text, position, SPACE_RUN.match(text, position).end() + 1)
    if opening is None:
        return None
    if BLANK_LINE.search(text, position, opening.end()) is not None:
        blank = BLANK_LINE.search(text, opening.end())
        end = blank.start() if blank is not None else len(text)
    else:
        end = text.find("\n", opening.end())
    block = trimmed(text, opening.end(), end if end >= 0 else len(text))
    if block is None or title_case(block.text) or not has_verb(block.text):
        return None
    return block


def opening_subordinate(text: str, lead: Span) -> int | None:
    """"If the vote fails" before ", she said, …": a subordinate clause with no main clause of its own yet; where
    its subordinator ends (past a connective before it, "Still, if …"), else None."""
    opening = LEAD_SUBORDINATE_OPENING.match(text, lead.start, lead.end)
    # the main clause is sought after the subordinator: in "Still, if you were …" the comma is the connective's
    if opening is None or MAIN_CLAUSE_SUBJECT.search(text, opening.end(), lead.end) is not None:
        return None
    return opening.end()


def _closes_outside_quotes(comma: regex.Match, quote_map: QuoteMap) -> bool:
    """A comma outside quotation marks, or the last character inside a quotation that closes right after it
    (""altered,'' both skippers …")."""
    quoted = quote_map.around(comma.start())
    return quoted is None or quoted.end <= comma.end()


def within_opening_clause(text: str, sentence: Sentence, cue_start: int, content: Span,
                          quote_map: QuoteMap) -> Span:
    """"While she conceded that the storm was severe, she maintained …": the content ends where the main clause begins."""
    if not _opening_lead(text, sentence, cue_start):
        return content
    start = content.start
    if SUBORDINATE_OPENING.match(text, content.start, content.end) is not None and _main_clause_at_cue(
            text, sentence, cue_start, content, quote_map) and (own := CLAUSE_COMMA_AHEAD.search(
            text, content.start, content.end)) is not None:
        start = own.end()  # "When the pier shut, Ms Varga said that if the ferry stops, the skippers …": its own opening
    cut = MAIN_CLAUSE_SUBJECT.search(text, start, content.end) or FRONTED_MAIN.search(text, start, content.end)
    if cut is None:
        cuts = (comma for comma in CLAUSE_COMMA_AHEAD.finditer(text, start, content.end)
                if _closes_outside_quotes(comma, quote_map)
                and main_clause(text[comma.end():near(comma.end(), sentence.end)]))
        cut = next(cuts, None)
        if cut is None:
            cut = _closing_dash_then_main(text, sentence, start, content.end, quote_map)
        # "Though she said the toll, the pier and the ferry were costly, Ms Varga left": a comma after a bare noun
        # phrase that opens a list's next item is inside the clause, when a later comma closes it, or may (", left"
        # after an aside, cut by ``within_aside``), or already has
        if cut is not None and _list_comma(text, start, cut):
            later = CLAUSE_COMMA_AHEAD.search(text, cut.end(), content.end) or CLAUSE_COMMA_AHEAD.match(text, content.end)
            cut = next(cuts, None if later is not None else cut)
    if cut is None:
        return content
    return trimmed(text, content.start, cut.start() + _closing_after_comma(text, cut.start())) or content


PHRASE_PREPOSITIONS = load_words("phrase_chain_prepositions.txt", lower=True)  # "— of skippers", "— in May"


def _closing_dash_then_main(text: str, sentence: Sentence, start: int, end: int,
                            quote_map: QuoteMap) -> regex.Match | None:
    """"After Mr Reyl refused to rule out a toll - only if it were small - he was criticized …": the spaced dash that
    closes an aside inside the opening clause, when the main clause follows it; not a dash that opens one, nor one
    before a phrase that goes on with the clause ("showed only half — 55 percent — of skippers said …")."""
    dashes = [dash for dash in SPACED_DASH.finditer(text, start, end) if quote_map.around(dash.start()) is None]
    return next((dash for dash in dashes[1::2] if main_clause(rest := text[dash.end():near(dash.end(), sentence.end)])
                 and rest.split(maxsplit=1)[0].lower() not in PHRASE_PREPOSITIONS), None)


# ", the pier and", ", its pier, …": the next item of a list of noun phrases, up to three words, before "and", "or" or a
# comma
LIST_NOUN_AFTER = regex.compile(r",\s+(?:(?:the|a|an|its|his|her|their|our|my|your)\s+)?\p{Ll}[\p{Ll}\-]*"
                                r"(?:\s+\p{Ll}[\p{Ll}\-]*){0,2}?(?:\s*,|\s+(?:and|or)\s)")


def _list_comma(text: str, start: int, comma: regex.Match) -> bool:
    """"(said) the toll, the pier and …": the comma at ``comma`` follows words with no verb and opens a list's next
    item, so it parts two items, not the clause from the main one."""
    return not has_verb_between(text, start, comma.start(), s_forms=False) \
        and LIST_NOUN_AFTER.match(text, comma.start(), near(comma.start(), comma.end() + 60)) is not None


def within_aside(text: str, sentence: Sentence, cue_start: int, content: Span, quote_map: QuoteMap) -> Span:
    """"Mr Reyl, though he said the pier was safe, stopped short of a vote": a clause set off after the
    sentence's bare subject ends at the comma before the subject's own verb."""
    window = max(sentence.start, cue_start - 150)
    # "Tom Reyl, dressed in a coat that showed the name Varga, said …": the cue's subject is a relative in the aside
    aside = SET_OFF_ASIDE.search(text, window, cue_start) or RELATIVE_IN_ASIDE.search(text, window, cue_start)
    if aside is None or more_words_than(text, sentence.start, aside.start(), 6) \
            or has_verb_between(text, sentence.start, aside.start(), s_forms=False):
        return content  # "He left the pier, though he said …": the aside follows a main clause
    f = frames()
    for comma in past_relative_asides(text, content.start, VERB_AFTER_SET_OFF.finditer(text, content.start, content.end)):
        verb = comma.group("verb")
        if not _closes_outside_quotes(comma, quote_map):
            continue
        if "," in text[content.start:comma.start()] and not has_verb_between(text, content.start, comma.start(),
                                                                             s_forms=False):
            continue  # "though he said the pier, a landmark, was unsafe, stopped …": after its aside, the clause's verb
        if verb[:-1] in f.verbal_auxiliaries and verb.endswith("n") and CONTRACTED_NOT.match(text, comma.end("verb")):
            verb = verb[:-1]  # "…, doesn't pretend": the auxiliary "does" and its contracted "not"
        if looks_past(verb) or verb in f.verbal_auxiliaries:
            # "though she said the pier was “unsafe,” left …": the quotation closing the aside stays whole
            return trimmed(text, content.start, comma.start() + _closing_after_comma(text, comma.start())) or content
    return content


def more_words_than(text: str, start: int, end: int, limit: int) -> bool:
    """More than ``limit`` words between ``start`` and ``end``, read no further than the word after the limit, so a
    sentence of thousands of words costs no more than a short one."""
    return any(count > limit for count, _ in enumerate(NON_SPACE.finditer(text, start, end), 1))


# "And ", "But ": a connective before a phrase that opens the sentence
FRONTED_CONNECTIVE = r"(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o),?\s+)?"
# a preposition opening the sentence, a noun phrase, then a participle: "With polls showing", "Amid reports saying"
PREPOSITION_THEN_PARTICIPLE = regex.compile(r"\s*" + FRONTED_CONNECTIVE + r"(?P<preposition>\p{L}+)\s+[^,;:“”\"()]{1,60}?\s+(?P<cue>\p{Ll}+ing)\b")
# "Following the leak of the audit, which concluded", "In a week in which skippers said": a relative clause in a
# phrase that opens the sentence
FRONTED_RELATIVE = regex.compile(r"\s*" + FRONTED_CONNECTIVE + r"(?P<preposition>\p{L}+)\s+[^,;:—―–“”\"()]{1,80}?(?P<relative>,\s+(?:which|who)|,?\s+"
                                 r"(?:(?:in|at|during|on|under|for|by|with|from|of|to)\s+wh(?:ich|om)|where))\s+"
                                 r"(?:[^,;:—―–“”\"()\s]+\s+){0,4}\Z")


# "To satisfy the Guild's ": an infinitive of purpose opening the sentence, no comma, colon or semicolon yet
PURPOSE_OPENING = regex.compile(r"\s*[“\"‘]?To\s+\p{Ll}+\b[^,;:]*")


def _opening_lead(text: str, sentence: Sentence, cue_start: int) -> bool:
    """"While she conceded", "Years after Mr Reyl claimed", "…, and while he said": the cue's clause is a subordinate one
    that opens the sentence or follows a comma, with only its subject between the subordinator and the cue."""
    if SUBORDINATE_OPENING.match(text, sentence.start, cue_start) is not None:
        return True
    # the two fronted phrases below are short: a cue far from the sentence's start is in neither (nor is it scanned)
    fronted_reach = cue_start - sentence.start <= NEAR
    if (fronted_reach
            and (opening := PREPOSITION_THEN_PARTICIPLE.match(text, sentence.start, near(cue_start, sentence.end))) is not None
            and opening.start("cue") == cue_start and opening.group("preposition").lower() in frames().prepositions):
        return True  # "With polls showing Ms Varga ahead, Mr Reyl left": a phrase that opens the sentence
    if fronted_reach and PURPOSE_OPENING.fullmatch(text, sentence.start, cue_start) is not None:
        return True  # "To satisfy the Guild's desire not to shift costs, the board …": an infinitive of purpose opens it
    if (fronted_reach and (fronted := FRONTED_RELATIVE.match(text, sentence.start, cue_start)) is not None
            and (fronted.group("preposition").lower() in frames().prepositions
                 or fronted.group("preposition").lower() in load_words("opening_participles.txt"))
            and not has_verb_between(text, fronted.end("preposition"), fronted.start("relative"),
                                     s_forms=False)):
        return True  # "Following the leak of the audit, which concluded that …, her office said": a relative in it
    window = max(sentence.start, cue_start - 120)
    late = LATE_OPENING.search(text, window, cue_start)
    if late is None or not (LATE_OPENING_LEAD.search(text, window, late.start()) or (
            not more_words_than(text, sentence.start, late.start(), 3)
            and not has_verb_between(text, sentence.start, late.start(), s_forms=False))):
        return False  # "Three years after", not "The board heard after"
    subject = NEXT_WORD.match(text, late.end("word"), cue_start)
    return (subject is not None and subject.group(1).lower() not in frames().prepositions  # not ", even without knowing"
            and not has_verb_between(text, late.end("word"), cue_start, s_forms=False))


def _main_clause_at_cue(text: str, sentence: Sentence, cue_start: int, content: Span, quote_map: QuoteMap) -> bool:
    """"When the pier shut, Ms Varga said …": the opening clause closed before the cue's subject."""
    last = None
    for last in CLAUSE_COMMA_AHEAD.finditer(text, max(sentence.start, cue_start - 80), cue_start):
        pass
    return (last is not None and bool(text[last.end():cue_start].strip()) and quote_map.around(last.start()) is None
            and main_clause(text[last.end():near(last.end(), content.end)]))


def _opens_main_clause(word: str) -> bool:
    """"others", "the", "Ms": a word that may open a main clause; not "when", "in" or "and"."""
    lower = word.lower()
    f = frames()
    return lower not in NOT_MAIN_OPENERS and lower not in f.prepositions and lower not in f.subordinators \
        and lower not in f.verbal_auxiliaries


DIGIT_GROUP_COMMA = regex.compile(r"(?<=\p{N}),(?=\p{N})")
# "…, Tom Reyl, the chair, left": a name, a role set off by commas, then the name's verb
NAME_ROLE_VERB = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’-]*,\s(?:the|a|an|his|her|its|their)\s"
                               r"[^,;:“”\"()]{1,50},\s(?P<verb>\p{Ll}+)\b")


def main_clause(rest: str) -> bool:
    """"others say …", "his campaign sent …", "Osman must …": a subject of up to five words, then its verb; up to
    eight when "and" joins a second subject ("the skippers of Lyme and Ms Varga stayed")."""
    if (named := NAME_ROLE_VERB.match(rest)) is not None and _finite_word(named.group("verb")):
        return True
    words = [word.rstrip(".!?") for word in rest.split()[:10]]  # "…, Mr Reyl left.": the verb before the full stop
    # "…, 8,000 skippers left": a comma between digits groups them and ends no word run
    comma = next((i for i, w in enumerate(words) if DIGIT_GROUP_COMMA.sub("", w).count(",")), len(words))
    # "…, the skippers left, some in tears": a lower-case verb before a comma of its own still ends the subject (not
    # "…, held in May, was unfair", a month)
    closing = words[comma].rstrip(",") if comma < len(words) else ""
    words = words[:comma] + ([closing] if closing.isalpha() and closing.islower() else [])
    if words and CONTRACTED_SUBJECT.fullmatch(words[0]):
        return True  # "…, it’s unlikely", "…, they’ll vote": a pronoun and its contracted verb
    if not words or not (words[0].isalpha() or words[0][:1].isdigit()) or words[0].lower().endswith(("ing", "ly")) \
            or not _opens_main_clause(words[0]):
        return False  # "…, when the polls closed", "…, adding …", "…, and …": no main clause
    last = next((i for i, w in enumerate(words[:6]) if i > 0 and w.lower() in NOT_IN_SUBJECT), 6)
    if _second_subject(words, last):
        last += 3  # "the skippers of Lyme and Ms Varga stayed": two subjects joined by "and"
    pronoun = words[0].lower() in MAIN_SUBJECT_PRONOUNS
    # "…, some high-ranking clerks may": a quantifier may also lead its noun, the verb after the noun
    for step, index in enumerate([1] if pronoun and words[0].lower() not in DETERMINING_QUANTIFIERS
                                 else range(1, last + 1)):
        if index < len(words) and (words[index].lower() in VERB_ADVERBS or MANNER_ADVERB.fullmatch(words[index])):
            index += 1  # "…, both skippers and clerks immediately understood"
        if index < len(words) and (_finite_word(words[index]) or NEGATED.search(words[index])):
            return True
        if index >= 2 and index < len(words) and S_VERB.fullmatch(words[index]) and not words[index - 1].endswith("s") \
                and (words[0].lower() in NEW_SUBJECT_DETERMINERS or _name_then_verb(words, index)):
            return True  # "…, his council carves out", "…, Ms Varga leads": a determiner's noun or a name, then a verb
        if 2 <= index < len(words) - 1 and _plural_then_cue_that(words, index):
            return True  # "…, harbour experts insist that …": a plural noun, then a cue's plain form and its "that"
        if pronoun and step == 0 and index < len(words) and words[index].isalpha() and words[index].islower() \
                and words[index] not in frames().prepositions:
            return True  # "…, others want it shut", "…, she quit"
    return False


def _plural_then_cue_that(words: list[str], index: int) -> bool:
    """"harbour experts insist that": a plural noun in lower case, then the plain form of a cue of speech, writing or
    thought, then "that"; not "the pier that", nor "the skippers' claim that", a noun's clause."""
    word, noun = words[index].lower(), words[index - 1]
    entry = cue_lexicon().lookup(word)
    return (words[index + 1].lower() == "that" and entry is not None and entry[0] == word
            and entry[1] in ("speech", "writing", "thought") and noun.isalpha() and noun.islower()
            and noun.endswith("s") and not noun.endswith(("ss", "us")))


def _second_subject(words: list[str], index: int) -> bool:
    """"… and Ms Varga", "… and the ferry crews", "both skippers and clerks": "and" at ``index`` joins a name or a
    determiner's noun, or any noun after "both", a second subject, to the first."""
    return index + 1 < len(words) and words[index] == "and" and (
        words[index + 1][:1].isupper() or words[index + 1] in NEW_SUBJECT_DETERMINERS
        or words[0].lower() == "both")  # "both skippers and clerks understood"


def _name_then_verb(words: list[str], index: int) -> bool:
    """"Ms Varga leads the council": capitalised words up to ``index``, and after its word in -s a lower-case
    word other than "and" or "or", so the word is a verb; not "Port Arden docks and the quay", a list's noun."""
    after = words[index + 1] if index + 1 < len(words) else ""
    return all(word[:1].isupper() for word in words[:index]) and after.isalpha() and after.islower() \
        and after not in ("and", "or")


def clause_before(text: str, end: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """The content before a ``, X said`` frame, ending at ``end`` (the comma or mark); none where that comma closes
    an aside opened right after a clause's "that" ("Ms Varga said that, as a mother, she was worried": the clause
    goes on past the comma, so no frame follows it)."""
    while end > 0 and text[end - 1] in " ,\u00a0—―–-":
        end -= 1
    quoted = quote_map.ending_at(end)
    if quoted is not None and not (quoted.start > sentence.start and runs_into_quote(text, sentence.start, quoted.start)
                                   and not _sentence_after_opening(text, sentence.start, quoted)
                                   and not _after_broken_off_quotation(text, sentence, quoted, quote_map)):
        return quoted.inner if quoted.inner.end > quoted.inner.start else None
    if ASIDE_AFTER_THAT.search(text, max(sentence.start, end - NEAR), end) is not None or (
            (opening := SUBORDINATE_AFTER_THAT.search(text, max(sentence.start, end - NEAR), end)) is not None
            and cue_lexicon().lookup(opening.group("cue")) is not None):
        return None
    start = max(sentence.start, end - MAX_CLAUSE)  # "The budget was “final”, she said": the clause, quote and all
    inner = quote_map.around(start)
    if inner is not None and inner.end <= end:
        start = inner.start
    if start == sentence.start and (dateline := DATELINE.match(text, start, min(end, start + 60))) is not None \
            and dateline.end() < end:
        start = dateline.end()  # "PORT ADLEY (Harbour Wire) — Bay Ferries cancelled …, the company said": not the dateline
    bracket = text.rfind("(", start, end)
    if bracket >= 0 and text.find(")", bracket, end) < 0 and quote_map.around(bracket) is None:
        start = bracket + 1  # "… (who sold the pier, or so writes Mr Reyl)": the frame speaks inside its brackets
    return trimmed(text, start, end)


def _sentence_after_opening(text: str, start: int, quoted: Quoted) -> bool:
    """"Long after the ferry left, “We are done,” she said": a quoted sentence of its own, capitalised and closed
    by its punctuation, after a short opening phrase, its comma, and no quote or cue of its own; the phrase is
    the writer's."""
    words = quoted.inner.text.strip()
    return (text[max(start, quoted.start - 8):quoted.start].rstrip().endswith(",") and words[:1].isupper()
            and words[-1:] in (",", ".", "?", "!") and not more_words_than(text, start, quoted.start, 6)
            and not QUOTE_MARK.search(text, start, quoted.start)
            and next(cue_lexicon().find(text, start, quoted.start, ANY_CUE), None) is None)


BROKEN_OFF = "—―–…"  # "“I think—”": a speaker cut short


def _after_broken_off_quotation(text: str, sentence: Sentence, quoted: Quoted, quote_map: QuoteMap) -> bool:
    """"“I think—” “No,” said Mr Reyl": a quotation right after one that opens the sentence and is broken off by a
    dash or an ellipsis is a turn of its own, not words running on from it."""
    previous = quote_map.ending_at(end_before(text, max(0, quoted.start - NEAR), quoted.start))
    return (previous is not None and previous.inner.text.rstrip()[-1:] in BROKEN_OFF
            and not runs_into_quote(text, sentence.start, previous.start))


def runs_into_quote(text: str, start: int, end: int) -> bool:
    """Words run into the quote: "was “final”", not "declared: “…”"."""
    last = last_char_before(text, start, end)
    return bool(last) and last not in ":;—―–-([" and any(text[i].isalnum() for i in range(end - 1, start - 1, -1))


def _past_subject_aside(text: str, subject: Span, sentence: Sentence, quote_map: QuoteMap,
                        window: int) -> Span | None:
    """"said the ruling, which struck down the bylaw, illustrates …": the subject's aside, then its verb (a bare
    "be" too: "demanded that the flag, which shows a gull, be removed")."""
    if len(subject.text.split()) > 6 or (aside := SUBJECT_ASIDE.match(text, subject.end, window)) is None:
        return None
    rest = clause_from(text, aside.end(), sentence, quote_map)
    if rest is None or not (FINITE.match(rest.text) or BARE_BE_AHEAD.match(rest.text)):
        return None
    return Span.of(text, subject.start, rest.end)


def _past_subject_list(text: str, subject: Span, sentence: Sentence, quote_map: QuoteMap, window: int) -> Span | None:
    """"says news of a toll, a fee and a tax is idle": a subject with no verb yet lists its items past their commas
    up to its verb; not "said the toll, the fee, the tax", with no verb after the list."""
    if len(subject.text.split()) > 6 or has_verb_between(text, subject.start, subject.end, s_forms=False):
        return None
    listed = _listed_items(text, subject, sentence, quote_map, window, in_subject=True)
    rest = clause_from(text, listed.end, sentence, quote_map) if listed is not None else None
    if rest is None or not FINITE.match(rest.text):
        return None
    return Span.of(text, subject.start, rest.end)


def _past_question_subject_aside(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap,
                                 window: int) -> Span | None:
    """"shows what the new ferry, built in Lyme, would cost": an object that opens with a question word and has
    no verb yet is the question's subject, and its verb comes after the aside (of one part or two: "built in Lyme,
    on the east coast,"); not "shows what skippers pay, …"."""
    first = content.text.split(maxsplit=1)[0].lower()
    if (first not in frames().question_words or len(content.text.split()) > 6
            or has_verb_between(text, content.start, content.end, s_forms=False)):
        return None
    for aside in (SUBJECT_ASIDE, TWO_PART_ASIDE):
        found = aside.match(text, content.end, window)
        rest = clause_from(text, found.end(), sentence, quote_map) if found is not None else None
        if rest is not None and FINITE.match(rest.text):
            return Span.of(text, content.start, rest.end)
    return None


def joined_adjective(text: str, start: int, match: regex.Match, end: int) -> bool:
    """"an awkward but promising start": an "-ing" form after "a" or "an", a word and "but" or "yet", with a noun
    after it, is a second adjective, no cue; "a vein but warning that …" is no such pair."""
    return (JOINED_ADJECTIVE_BEFORE.search(text, max(start, match.start() - 40), match.start()) is not None
            and MODIFIER_THEN_NOUN_AT.match(text, match.end(), near(match.end(), end)) is not None)


def _object_then_verb(text: str, content: Span) -> Span:
    """"denied the claims and counter-sued the board": the clause's one verb follows "and", so what precedes is an object.

    A word in -s before "and" is a noun after "the", "his" … ("the charges"), else
    the clause's own verb ("she fears losing the ferry and is seeking …").
    """
    groups = verb_groups(text, content.start, content.end, s_forms=False)
    joint = AND_THEN_VERB.search(text, max(content.start, groups[0] - 40), groups[0]) if len(groups) == 1 or (
        groups and VERB_THEN_OBJECT.match(text, groups[0]) is not None) else None
    if joint is None or joint.start() <= content.start:
        return content
    verb = WORD.match(text, groups[0], content.end)
    if verb is not None and PAIRED_ADJECTIVE_AT.match(text, verb.end(), content.end) is not None:
        return content  # "a cautious but determined mood": the "-ed" word is a second adjective
    markers = frames().noun_markers
    if any(word.group().endswith("s") and FINITE.fullmatch(word.group()) and word.group().lower() not in markers
           and not _after_noun_marker(text, content.start, word.start(), markers)
           for word in WORD.finditer(text, content.start, joint.start())):
        return content
    return trimmed(text, content.start, joint.start()) or content


def _after_noun_marker(text: str, start: int, position: int, markers: frozenset[str]) -> bool:
    """"the charges": the word before ``position`` marks a noun."""
    before = text[max(start, position - 40):position].split()
    return bool(before) and before[-1].lower() in markers


CLAUSE_NOUN = regex.compile(r"(?<![\p{L}])(\p{Ll}+)\b")  # a lower-case word, looked up in cue_nouns.txt
# "to tell", not "to the judge": an infinitive inside the words between a cue and its "that"
INNER_TO = regex.compile(r"(?<![\p{L}])to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|me|him|"
                         r"them|us|some|any|all|each|every|no)\b)(\p{Ll}+)\b")
# "said in a statement that", "declared during an argument that": a noun of saying as the occasion
OCCASION_OPENING = regex.compile(r"\s*(?:in|at|during)\s")
AT_OPENING = regex.compile(r"\s*at\s")  # "laughed at the claim that"


def _inner_head(text: str, start: int, end: int, infinitive: bool) -> bool:
    """Between a cue and a "that" at ``end``, a noun or a verb that takes the clause itself: "apologized for his
    claim that", "agreed to a deal over allegations that", "promised to hire skippers that", "apologized for his
    decision to tell voters that"; not "went on to say that", whose "say" goes with the cue."""
    words = text[start:end].lower().split()
    if OCCASION_OPENING.match(text, start, end) is None and any(word.strip(",") in clause_nouns() for word in words[:-1]):
        return True
    if AT_OPENING.match(text, start, end) is not None and len(words) > 2 and words[-2] in clause_nouns():
        return True  # "laughed at the claim that": the claim's clause, not the laughter's; not "said at a briefing that"
    lexicon, shells = cue_lexicon(), frames().shell_nouns
    for index, word in enumerate(words[:-1]):
        if (word in lexicon.finite_forms and not word.endswith("s")
                and frames().subordinators.isdisjoint(words[max(0, index - 2):index])
                and (index == 0 or words[index - 1] not in PHRASE_DETERMINERS)):
            # "has pledged to back her, Mr Reyl suggested that": "suggested" takes the clause; not "told the
            # Gazette before he spoke to the council that", nor "in an emailed statement that", a noun's modifier
            return True
    for inner in INNER_TO.finditer(text, start, end):
        before = text[start:inner.start()].split()
        if before and before[-1].lower() in shells:
            return True  # "his decision to tell voters that"
        if not before and infinitive and lexicon.lookup(inner.group(1)) is None and not plural_role(inner.group(1)):
            # "promised to hire skippers that"; not "went on to say that", nor "vowed to voters that", whose
            # listeners heard the clause
            return True
    return False


def plural_role(word: str) -> bool:
    """"skippers", "officials": the plural of a role; "voters", "residents": people of object_listeners.txt."""
    return title_words().is_plural_head(word) or word.lower() in load_words("object_listeners.txt", lower=True)


def _noun_then_that(text: str, content: Span, window: int) -> regex.Match | None:
    """An object with a noun of cue_nouns.txt, then the noun's "that" past a time or a place ("her claim on
    Monday that", "his suggestion to voters on Monday that"), or within the object ("the notion that the
    toll, or the fares, drove skippers away")."""
    noun = next((word for word in CLAUSE_NOUN.finditer(text, content.start, content.end)
                 if word.group(1) in clause_nouns()), None)
    if noun is None:
        return None
    inside = THAT.match(text, noun.end(), content.end)
    if inside is not None and inside.end() < content.end and text[content.end:content.end + 1] == ",":
        return inside  # the object stopped at a comma inside the clause; not at "— saying …"
    return THAT.match(text, content.end, window) or PHRASE_THEN_THAT.match(text, content.end, window)


def _clause_openings_after_comma(text: str, position: int, window: int,
                                 sentence: Sentence) -> Iterator[tuple[int, int, int | None]]:
    """Where a bare clause may open after a comma that follows the cue: (where its first word is sought, where the
    clause is read from, where the content starts when something before the clause goes with it, else None).

    After a day and its comma ("said Tuesday, the toll …"); after an aside set off by commas right after the cue
    ("said, however, she …", "said, in any case, the toll …"), where a condition goes with the clause ("said, win
    or lose, she …", "said, if elected, she …"); not after a participle ("said, referring to Mr Reyl, …") or a
    clause of its own ("said, as she left, …").
    """
    if (comma := DAY_COMMA.match(text, position, window)) is not None \
            and DAY_BEFORE.search(text, max(sentence.start, position - 30), position) is not None \
            and (clause := CLAUSE_START.match(text, comma.end(), window)) is not None:
        yield clause.start(), clause.end(), None
    if (aside := ASIDE_AFTER_CUE.match(text, position, window)) is not None:
        words = aside.group("aside")
        if PARTICIPLE_ASIDE.match(words) or (has_verb(NAME_POSSESSIVE.sub("", words)) and not CONDITION_ASIDE.match(words)):
            return
        parts = words.split()
        if not parts:
            return  # "said,\n ,": commas around white space, no aside
        first = parts[0].lower()
        keeps = len(parts) > 1 and first not in frames().prepositions and first not in frames().sentence_adverbs
        yield aside.end(), aside.end(), aside.start("aside") if keeps else None
    elif COMMA_THEN_WORD.match(text, position, window) and SKIPPED_ASIDE.search(text, max(0, position - 40), position):
        yield position + 1, position + 1, None


def complement_after_cue(text: str, lemma: str, position: int, sentence: Sentence, quote_map: QuoteMap, *,
                         takes_object: bool, noun_object: bool = False, participle: bool = False,
                         bare_clause: bool = False, object_only: bool = False, listener: bool = False) -> Span | None:
    """What the cue at ``position`` reports; ``listener`` when a listener stands between the cue and ``position``."""
    content = _complement(text, lemma, position, sentence, quote_map, takes_object=takes_object, noun_object=noun_object,
                          participle=participle, bare_clause=bare_clause, object_only=object_only, listener=listener)
    if content is not None and (cue_lexicon().lookup(lemma) or ("", ""))[1] == "evidence":
        return finding_goes_on(text, content, sentence, quote_map)
    if content is not None and content.text.lower() in frames().prepositions:
        return None  # "The claims may be hard to defend against.": a stranded preposition is no object
    if content is not None and not headline(sentence):
        content = _before_participle_main_verb(text, position, sentence, content)
    if content is not None and TOPIC_PARTICLE_BEFORE.search(text, max(0, position - 8), position) is not None:
        content = before_listening_partner(text, content)
    return content


def told_clause(text: str, position: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """What a listener was told or warned, after the passive: "Skippers were told the pier would close", "The court
    was told on Monday that …"; not "were told to leave", "was told about the toll" nor "were warned the toll",
    and not "was asked to name a plan that …" nor "was warned by the police that …" (no time or place)."""
    window = near(position, sentence.end)
    if (that := PHRASE_THEN_THAT.match(text, position, window)) is not None:
        if NEXT_WORD.match(text, position, window).group(1).lower() in ("to", "by"):
            return None
        return _told_that(text, that.end(), sentence, quote_map)
    position = past_adverbials(text, position, sentence.end)  # "were told this week the pier would close"
    if (that := THAT.match(text, position, near(position, sentence.end))) is not None:
        return _told_that(text, that.end(), sentence, quote_map)  # "were told just before the vote that …"
    if CLAUSE_START.match(text, position, near(position, sentence.end)) is None:
        return None
    content = clause_from(text, position, sentence, quote_map, CLAUSE_STOP)
    if (content is not None and (comma := text.find(",", content.start, content.end)) > content.start
            and (aside := SUBJECT_ASIDE.match(text, comma, content.end)) is not None
            and opens_with_subject(text[content.start:comma] + " " + text[aside.end():content.end])):
        return content  # "The court heard Mr Reyl, 45, had lied": the subject, its aside, then its verb
    return content if content is not None and (opens_with_subject(content.text) or _subject_then_s_verb(content.text)
                                               or _plural_then_auxiliary(content.text)) else None


def _plural_then_auxiliary(clause: str) -> bool:
    """"skippers could not pay", "fares will rise": a bare plural noun in lower case, then an auxiliary; not "they
    could", "business is", "others have" (a pronoun) nor "costs" after a preposition."""
    words = [word.lower().replace("’", "'") for word in clause.split()[:2]]
    if len(words) < 2 or not clause[:1].islower():
        return False
    noun, verb = words[0], words[1].split("n't")[0]
    verb = {"ca": "can", "wo": "will", "sha": "shall"}.get(verb, verb)  # "can't", "won't", "shan't"
    f = frames()
    return (noun.isalpha() and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
            and noun not in f.pronouns and noun not in f.prepositions and noun not in f.noun_markers
            and noun not in f.verbal_auxiliaries and noun not in cue_lexicon().finite_forms
            and (verb in f.verbal_auxiliaries or verb == "cannot"))


def _told_that(text: str, start: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """The clause after a passive of telling's "that", when it has a verb."""
    content = clause_from(text, start, sentence, quote_map, CLAUSE_STOP)
    return content if content is not None and has_verb(content.text) else None


def finding_goes_on(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap) -> Span:
    """"found Ms Varga ahead, 46 percent to 44 percent, with 10 percent undecided": a finding's figures go with it.

    A margin ("N percent to N percent"), after a comma or right after the finding ("shows Ms Varga leading Mr Reyl
    58.2 percent to 31.7 percent"), goes on with the finding; so does a phrase of
    ``finding_continuations.txt`` ("with", "followed by", "while") once the finding or the phrase gives a share.
    """
    for _ in range(4):
        window = near(content.end, sentence.end)
        if (margin := FINDING_MARGIN.match(text, content.end, window)) is not None:
            content = Span.of(text, content.start, margin.end())
            continue
        joint = FINDING_JOINT.match(text, content.end, window)
        if joint is None:
            return content
        rest = clause_from(text, joint.end(), sentence, quote_map, stop=OBJECT_STOP)
        if rest is None or not (SHARE.search(content.text) or SHARE.search(rest.text)):
            return content
        content = Span.of(text, content.start, rest.end)
    return content


# " and wrote that the", " and repeated:": a second cue joined to the first, right before the clause both take;
# not " and wrote that letter", whose "that" is a determiner
SECOND_CUE = regex.compile(r"\s+(?:and|or)\s+(?P<verb>\p{Ll}+)(?=\s*:|\s+that\s+(?:the|a|an|his|her|its|their|our|"
                           r"this|these|he|she|it|they|we|I|there|\p{Lu})\b)")
# ", 46 percent to 44 percent", ", 52% to 40%": a margin after a finding, after its comma or with none
FINDING_MARGIN = regex.compile(r"(?:\s*,)?\s+\p{N}+(?:\.\p{N}+)?\s*(?:percent|per\s+cent|%)\s+to\s+\p{N}+(?:\.\p{N}+)?"
                               r"(?:\s*(?:percent|per\s+cent|%))?"
                               r"(?=\s*[,.;:!?]|\s*\Z)")
FINDING_JOINT = regex.compile(r"\s*,\s+(?:" + alternation(load_lines("finding_continuations.txt")) + r")\s+(?=\p{L}|\p{N})",
                              regex.IGNORECASE)
SHARE = regex.compile(r"\p{N}\s*(?:%|percent\b|per\s+cent\b)|(?:\p{N}|(?<!\p{L})(?:two|three|four|five|six|seven|eight|nine|ten))"
                      r"(?:\s+percentage)?\s+points\b")  # "60 percent", "four points"; not "a 16-point lead"


# "and" or "or" right after a cue word, and the word after it: "forecast and technical", "agreed and 44"
COORDINATOR_AFTER_CUE = regex.compile(r"\s+(?:and|or|nor)\s+(?:(?:also|then|later)\s+)?(\p{L}+)", regex.IGNORECASE)


def _second_verb_word(word: str) -> bool:
    """"explain and defend the toll", "wrote and adopted the rules", "agrees or disagrees with", "think and how
    they act": a second verb or a question that shares the cue's complement; not an auxiliary ("show and is"), a
    relative word ("denied and which") or a noun ("forecast and technical assumptions")."""
    f = frames()
    lower = word.lower()
    if lower in f.verbal_auxiliaries or lower in RELATIVE_PRONOUNS:
        return False
    return (lower in cue_lexicon().forms or lower in f.question_words or lower in f.irregular_verbs
            or lower.endswith("ed") and FINITE.fullmatch(lower) is not None)


def _infinitive_ahead(text: str, position: int, window: int) -> bool:
    """"to" and a verb right after the cue: "wants to take over …"; not "pledged to skippers that …" (a plural),
    "said to the crew that …" nor a verb of saying, whose clause it is ("hope to say that …")."""
    found = TO_VERB.match(text, position, window)
    word = LOWER_WORD.match(text, found.end(), window) if found is not None else None
    return word is not None and word.group() not in frames().noun_markers and not (
        word.group().endswith("s") and not word.group().endswith(("ss", "us"))) \
        and word.group() not in frames().bare  # "say", "tell": a cue whose own clause follows


def _that_object(text: str, position: int, window: int) -> regex.Match | None:
    """"that" as the whole object when a participle of a speech cue follows after a comma with its own clause: in
    "Ms Varga disputed that, saying that forty meetings had been held" the participle reports the clause."""
    found = THAT_BEFORE_PARTICIPLE.match(text, position, window)
    if found is None or (cue_lexicon().lookup(found.group(2)) or ("", ""))[1] != "speech":
        return None
    return found


# "his", "its", "this": words in -s that are never verbs
S_NON_VERBS = frozenset({"his", "its", "this"})
# a day or part of a day that closes a noun phrase object: " on Monday", " on Thursday night", " late Friday"
DAY_TAIL = regex.compile(r"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:" + weekday_alternation()
                         + r")(?:\s+(?:morning|afternoon|evening|night))?\s*", regex.IGNORECASE)


def _s_noun_object(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """The noun phrase object before a closing day when a bare clause read there has no verb: every word in -s is
    "his", "its" or "this", the first word or right after a determiner ("announced closures on Monday", "announced
    his support for the plan on Thursday night"); "said the ferry sails on Monday" keeps its verb and its day."""
    if has_verb_between(text, content.start, content.end, s_forms=False):
        return None
    previous = ""
    for index, word in enumerate(WORD.finditer(text, content.start, content.end)):
        lower = word.group().lower()
        if FINITE.fullmatch(lower) and not (lower in S_NON_VERBS or index == 0 or previous in NEW_SUBJECT_DETERMINERS):
            return None
        previous = lower
    found = clause_from(text, content.start, sentence, quote_map, stop=OBJECT_STOP)
    if found is None or found.end >= content.end or DAY_TAIL.fullmatch(text, found.end, content.end) is None:
        return None
    return found


def _bare_plural_word(word: str) -> bool:
    """"Skippers", "Analysts": a word of letters in -s, not -ss, -us or -is, that may be a bare plural opening the
    sentence ("Skippers expecting a strike will be disappointed": the participle is inside the subject, and with one
    run of verbs after it that run is the main verb's; "Skippers fearing the toll would rise sold …" has two)."""
    return word.isalpha() and word.lower().endswith("s") and not word.lower().endswith(("ss", "us", "is")) \
        and word.lower() not in frames().pronouns


def _complement(text: str, lemma: str, position: int, sentence: Sentence, quote_map: QuoteMap, *,
                takes_object: bool, noun_object: bool = False, participle: bool = False,
                bare_clause: bool = False, object_only: bool = False, listener: bool = False) -> Span | None:
    f = frames()
    end = sentence.end
    if (aside := DASH_ASIDE.match(text, position, near(position, end))) is not None:
        position = aside.end()  # "said — on the radio, of all places — that …"
    if (second := SECOND_CUE.match(text, position, near(position, end))) is not None and \
            cue_lexicon().lookup(second.group("verb")) is not None:
        if lemma in f.adjectives:
            return None  # "were tired and confident that …", "was glad and said that …": the second cue's clause
        position = second.end("verb")  # "said and wrote that …": the clause after the second cue is both cues'
    window = near(position, end)
    if _participle_then_main_verb(text, position, sentence):
        return None  # "The report published on Tuesday left skippers angry": a participle, then the main verb
    if _determiner_that_then_main_verb(text, position, sentence):
        return None  # "Legislation offering that amount passed the council": "that amount" is the object
    if (joint := COORDINATOR_AFTER_CUE.match(text, position, window)) is not None \
            and not _second_verb_word(joint.group(1)):
        return None  # "the economic forecast and technical assumptions", "which he denied and which …"
    if lemma in f.infinitive and ANONYMITY.match(text, position, window):
        return None  # "who asked not to be named", "who asked that his name be withheld"
    if (alone := THAT_ALONE.match(text, position, window) or _that_object(text, position, window)) is not None:
        return Span.of(text, *alone.span(1))
    that = THAT.match(text, position, window) or (
        None if lemma in f.infinitive and _infinitive_ahead(text, position, window)
        else PHRASE_THEN_THAT.match(text, position, window))  # not "wants to take over the debts that …"
    if that is not None and text[that.start()] == "," and has_verb_between(
            text, that.start(), that.start() + that.group().lower().rfind("that"), s_forms=False):
        that = None  # "After the vote ended, Mr Reyl said that …": a clause of its own, not a place name
    if that is not None and text[that.start()] != "," and _inner_head(text, position, that.end(), lemma in frames().infinitive):
        that = None  # "apologized for his decision to tell voters that …": "tell" takes the clause
    that = that or INTERRUPTED_THAT.match(text, position, window)
    cue_class = (cue_lexicon().lookup(lemma) or ("", ""))[1]
    contrast = cue_class == "evidence"
    if that is not None:  # "said that", "told the festival in May that", "stated, while testifying, that"
        content = clause_from(text, that.end(), sentence, quote_map, CLAUSE_STOP, contrast=contrast,
                              spoken=cue_class == "speech")
        if content is not None and not has_verb_between(text, content.start, content.end, s_forms=False):
            whole = _past_subject_aside(text, content, sentence, quote_map, window)
            if whole is None and takes_object and that.start() == position \
                    and (not has_verb(JOINED_PLURAL.sub("", content.text))
                         or DEMONSTRATIVE_THEN_PARTICIPLE.match(content.text) is not None) \
                    and _demonstrative_head(content.text):
                # "rejected that claim on Monday": "that" is the object's determiner, not a clause's opener
                return clause_from(text, that.start() + len(that.group()) - len(that.group().lstrip()),
                                   sentence, quote_map, stop=OBJECT_STOP)
            return whole or content
        return _clause_list(text, content, sentence, quote_map) if content is not None else None
    right_after = COLON.match(text, position, window)
    colon = right_after or COLON_AHEAD.match(text, position, window)
    if colon is not None and right_after is None and _tagged_quotation(text, colon.end(), window, quote_map):
        colon = None  # "saw the letter differently: “…,” he said": the quotation is the tag's, the object the cue's
    if colon is not None:  # "said: “…”", "apologized for it: “…”"
        if colon.end() >= end:
            return quote_below(text, colon.end(), quote_map, block=right_after is not None and cue_class == "writing")
        return clause_from(text, colon.end(), sentence, quote_map)
    if (comma := COMMA_QUOTE.match(text, position, window)) is not None:
        quoted = quote_map.starting_at(comma.end())
        if quoted is not None and not text[position:comma.end()].strip() and (
                _clause_after_quote(text, quoted.end, end) or _adverbials_to_end(text, quoted.end, end)):
            # 'Half said “too high” and the rest said “fair”': the words, then the writer's clause; 'said “never” on
            # Monday': the words, then when they were said
            return quoted.inner
        if quoted is not None and (text[position:comma.end()].strip() or quoted.end >= end - 2
                                   or quoted.inner.text.rstrip()[-1:] in ".!?"  # 'yelled “You lie!” at him'
                                   or lemma in f.utterance):  # 'chanting “Save the pier” outside'
            if lemma in f.utterance and not text[position:comma.end()].strip():
                return _chanted(text, quoted, quote_map, end) if quoted.inner.end > quoted.inner.start else None
            return clause_from(text, comma.end(), sentence, quote_map)
    if lemma in f.infinitive and (to := TO_VERB.match(text, position, window) or (
            HEADLINE_TO_VERB.match(text, position, window) if headline(sentence) else None)) is not None:
        infinitive = infinitive_from(text, to.start() + len(to.group()) - len(to.group().lstrip()), sentence, quote_map)
        if infinitive is not None and _cue_in_subject(text, sentence.start, position):
            return _before_main_verb(text, infinitive)
        return infinitive
    if lemma in f.infinitive and (to := PHRASE_THEN_TO.match(text, position, window)) is not None:
        # "promised at the harbour meeting to reopen the cannery": the place or time, then the infinitive
        return infinitive_from(text, to.start("to"), sentence, quote_map)
    if lemma in f.wh_cues or (listener and lemma in f.wh_after_listener  # "told the skippers why …"
                              and not WHEN_PARTICIPLE.match(text, position, window)):  # not "told them when asked …"
        if lemma in f.wh_cues and (heard := TO_LISTENER_BEFORE_QUESTION.match(text, position, window)) is not None:
            position = heard.end()  # "explained to the skippers why …": who heard it, then the question
        word = NEXT_WORD.match(text, position, window)
        if (word and word.group(1).lower() in f.question_words
                and (_word_before(text, position) or "").lower() not in f.prepositions):
            # "asked if he would run, he said no": the question ends where the answer's clause begins; after a
            # preposition ("worried about what the board is planning, because …") the clause is its object
            return clause_from(text, word.start(1), sentence, quote_map, stop=MAIN_CLAUSE_AFTER)
        if (lemma in f.wh_cues and (phrase := PHRASE_THEN_QUESTION.match(text, position, window)) is not None
                and not has_verb_between(text, position, phrase.start("word"), s_forms=False)):
            # "has questioned in recent days whether …": the question after the time or place it was put
            return clause_from(text, phrase.start("word"), sentence, quote_map, stop=MAIN_CLAUSE_AFTER)
    ahead = COMMA_AHEAD.match(text, position, window) if lemma not in cue_lexicon().phrasal_only else None
    if (ahead is not None and quote_map.starting_at(ahead.end()) is not None
            and (not CLAUSE_VERB.search(ahead.group("phrase")) or TIME_CLAUSE_LEAD.match(ahead.group("phrase")))
            and not PRONOUN_CLAUSE_LEAD.match(ahead.group("phrase")) and not CONDITION_CLAUSE_LEAD.match(ahead.group("phrase"))
            and not _second_verb().search(ahead.group("phrase")) and not _second_subject_cue(ahead.group("phrase"))):
        # "said in an op-ed before the hearing, “…”": the quote after the adverbials; not "backed the plan and
        # said, “…”", whose quote is the second verb's, nor "asked for a photo and Ms Varga said, “…”", hers, nor
        # "said she plans to watch from the pier, “where it began”", a clause with its own subject
        content = clause_from(text, ahead.end(), sentence, quote_map)
        if content is not None:
            return content
    if (answer := YES_NO.match(text, position, window) or (
            SAID_OBJECT.match(text, position, window) if lemma == "say" else None)) is not None:
        end = answer.end(1)
        if answer.group(1).lower().startswith("the") and (whom := SAME_OF.match(text, end, window)) is not None:
            end = whom.end()  # "a third said the same of Mr Reyl": whom the answer is about goes with it
        if (to := NO_TO.match(text, end, window)) is not None:
            if lemma != "say" or (target := clause_from(text, to.end(), sentence, quote_map,
                                                                      stop=HEADLINE_OBJECT_STOP if headline(sentence) else OBJECT_STOP)) is None:
                return None  # "skippers answer no to the toll": only "say" takes it
            end = target.end  # "said no to the new toll": the refusal with what it refuses
        return Span.of(text, answer.start(1), end)  # "72 percent said yes"
    if (lemma in f.bare or lemma in f.bare_if_person) and SUBORDINATE_OPENING.match(text, sentence.start, position) is None:
        # a bare clause after a comma: "said Tuesday, the toll is too high", "said, however, she is staying"; not
        # "…, adding", nor "If you hear what he said Monday, he …" (the main clause)
        for word_at, clause_at, lead in _clause_openings_after_comma(text, position, window, sentence):
            first = NEXT_WORD.match(text, word_at, window)
            if first is None or not ((opener := first.group(1).lower()) in DAY_CLAUSE_OPENERS or opener in f.pronouns):
                continue
            clause = clause_from(text, clause_at, sentence, quote_map, CLAUSE_STOP, contrast=contrast,
                                 spoken=cue_class == "speech")
            if clause is not None and _reads_as_clause(clause.text):
                return _object_then_verb(text, clause if lead is None else Span.of(text, lead, clause.end))
    # "said little about the plan in May": a preposition joined to the cue takes an object, not a clause
    # "Those expecting a strike were disappointed", "Anyone expecting Mr Reyl to resign should …": a participle after
    # a word for people opening the sentence is inside its subject, and a clause after it would swallow the main verb
    opening_participle = (position - sentence.start <= OPENING_PARTICIPLE_REACH  # two words: read no further back
                          and len(words := text[sentence.start:position].split()) == 2
                          and (words[0].lower() in OPENING_PRO_FORMS or _bare_plural_word(words[0]) and not headline(sentence)
                               and len(verb_groups(text, position, sentence.end, s_forms=False)) <= 1)
                          and words[1].lower().endswith("ing"))
    bare = (lemma in f.bare or lemma in f.bare_if_person or bare_clause) and not object_only and not opening_participle
    # "…, stating the pier was safe": a speech cue's participle, which no noun reading can take, opens a bare clause too
    spoken = participle and not takes_object and cue_class == "speech"
    subjunctive = lemma in f.subjunctive and not object_only  # "suggested he resign", "demanded the pier be reopened"
    if (bare or spoken or subjunctive) and (clause := CLAUSE_START.match(text, position, window)) is not None:
        content = clause_from(text, clause.end(), sentence, quote_map, CLAUSE_STOP, contrast=contrast,
                              spoken=cue_class == "speech")
        if content is not None and ((subjunctive and _subjunctive_clause(content.text, noun_first=lemma in f.subjunctive_noun))
                                    or (bare or spoken) and (
                opens_with_subject(content.text) if spoken and not bare
                else _subject_opens(content.text) if lemma in f.bare_subject_first
                else (_reads_as_clause(content.text if takes_object  # "ruled the island for decades": no verb, and no object
                                       else _PREPOSITION_PLURAL.sub("x", content.text))
                      and not _subject_gap_main_verb(text, sentence, position, content.text))
                or _gap_predicate(text, sentence, position, content.text))):
            content = _relative_aside_predicate(text, sentence, position, content, quote_map) or content
            if takes_object and (noun := _s_noun_object(text, content, sentence, quote_map)) is not None:
                return noun  # "announced the closures on Monday": no verb, a noun phrase and its day
            if not _object_before_listeners(text, content):
                return (_object_pronoun_alone(text, content, lemma)
                        or bare and _past_subject_list(text, content, sentence, quote_map, window)
                        or _clause_list(text, _object_then_verb(text, content), sentence, quote_map))
        if bare and content is not None and (whole := _past_subject_aside(text, content, sentence, quote_map, window)
                                             or _past_subject_list(text, content, sentence, quote_map, window)):
            return whole
    if takes_object and CUE_FOR_BEFORE.search(text, max(0, position - 8), position) is not None and (
            span := FOR_DURATION.match(text, position, window)) is not None:
        if span.group("next") is None:
            return None  # "made the case for hours.": how long, nothing argued for
        position = span.end("next")  # "made the case for weeks that Mr Reyl is not ready" -> "Mr Reyl is not ready"
    if takes_object and lemma not in f.object_with_predicate and (
            manner := MANNER_ASIDE.match(text, position, window)) is not None:
        position = manner.end() - 1  # "described, in harsh terms, a set of practices"; not "called, at noon, the office"
    thing = (DEMONSTRATIVE_OBJECT.match(text, position, window)
             if takes_object and lemma in f.object_with_predicate else None)
    if takes_object and (thing := thing or OBJECT_START.match(text, position, window)) is not None:
        first = NEXT_WORD.match(text, thing.start(), window)
        if (first is not None and first.group(1).lower() in cue_lexicon().finite_forms
                and not _plural_noun_object(text, first, window, noun_object=noun_object)):
            # "a report that the ministry published said …": the main verb, not an object; but a cue's -s form that
            # is also a noun is one before its preposition ("rejected attacks from Mr Reyl", "cited reports that …")
            # or after a participle or a particle ("citing fears of flooding")
            return None
        if first is not None and _object_gap(text, sentence, position, first, lemma):
            return None  # "The levy that Mr Reyl criticized failed": the object is the noun before, "failed" the main verb
        stop = (HEADLINE_OBJECT_STOP if headline(sentence)
                else FORECAST_OBJECT_STOP if (entry := cue_lexicon().lookup(lemma)) is not None and entry[1] == "thought"
                else OBJECT_STOP)
        content = clause_from(text, thing.end(), sentence, quote_map, stop=stop)
        if content is not None and (whole := _past_question_subject_aside(text, content, sentence, quote_map,
                                                                          window)) is not None:
            content = whole  # "shows what the ferry, built in Lyme, would cost": the question's verb after the aside
        if content is not None and content.text.split()[-1][:1].isupper() and (
                region := TOWN_REGION.match(text, content.end, window)) is not None \
                and region.group(1) in load_words("region_names.txt"):
            # "criticized Tulsa, Okla., police officer Ann Reyl": the region is the town's, and the noun goes on;
            # "praised Tulsa, Okla., on Monday": the town and its region
            rest = clause_from(text, region.end(), sentence, quote_map, stop=stop)
            goes_on = rest is not None and rest.text.split()[0].lower() not in (
                frames().prepositions | load_words("place_prepositions.txt"))
            content = Span.of(text, content.start, rest.end if goes_on else region.end(1))
        if content is not None and (that := _noun_then_that(text, content, window)) is not None:
            # "apologized for her claim on Monday that the pier was unsafe": the noun's clause goes with it
            clause = clause_from(text, that.end(), sentence, quote_map, CLAUSE_STOP)
            if clause is not None and clause.end > content.end:
                content = Span.of(text, content.start, clause.end)
        if content is not None and (TIME_ALONE.fullmatch(content.text) or (
                SPAN_PARTICLE_BEFORE.search(text, max(0, position - 12), position) is not None
                and TIME_SPAN_ALONE.fullmatch(content.text))):
            return None  # "a few days later"; "talked through the night": how long, not what
        if content is not None and lemma in f.with_partner:
            content = _before_partner(text, content)
        if content is not None:
            content = _before_second_act(text, content)
            if content is not None and lemma not in f.object_with_predicate and lemma not in f.naming:
                content = _before_closing_adverb(text, content)  # not "called Mr Reyl a liar again"
        if content is not None and GERUND.search(content.text) and (
                joint := GERUND_AND.match(text, content.end, window)) is not None:
            # "blamed the debt for keeping rates low and making …": a second gerund goes on with the first
            rest = clause_from(text, joint.end(), sentence, quote_map, stop=OBJECT_STOP)
            content = Span.of(text, content.start, rest.end) if rest is not None else content
        if (content is not None and lemma in f.as_predicate and not AS_WORD.search(content.text)
                and (occasion := OCCASION_THEN_AS.match(text, content.end, window)) is not None):
            # "described the council on Tuesday as “a relic”": the predicate after the occasion goes with it
            rest = clause_from(text, occasion.end(), sentence, quote_map, stop=stop)
            predicate = text[occasion.end() + 2:rest.end].lstrip() if rest is not None else ""
            if predicate and (predicate[:1] in "“\"‘'" or not has_verb(predicate)):  # not "on Monday as the pier flooded"
                content = Span.of(text, content.start, rest.end)
        in_subject = content is not None and _cue_in_subject(text, sentence.start, position) \
            and not _within_set_off_relative(text, sentence.start, position, content)
        if in_subject:
            content = _before_main_verb(text, content)
        elif content is not None and headline(sentence) and _cue_in_headline_relative(text, sentence.start, position):
            content = _before_headline_main_cue(text, content)  # "Skipper Who Backed Varga Says …" -> "Varga"
        if content is not None:
            content = _before_by_report(text, _before_contrasting_report(text, content))
        if content is not None and (words := content.text.split(maxsplit=2))[0].lower() in SETTING_PRONOUNS \
                and len(words) > 1 and words[1].lower() in f.light_noun_settings:
            return Span.of(text, content.start, content.start + len(words[0]))  # "criticised it during the meeting"
        if content is not None and (alone := _object_pronoun_alone(text, content, lemma)) is not None:
            return alone
        if content is not None and (person := (lemma in f.backing and _person_before(
                text, content, NAME_THEN_SETTING, PERSON_OBJECTS))  # "favored her in other states"
                or _person_before(text, content, NAME_THEN_FORUM)  # "mocked Mr Reyl on Twitter"
                or _people_before_forum(text, content)  # "praised the crews on Twitter"
                or _person_before(text, content, NAME_THEN_ADVERB)  # "did not mention Ms Varga directly"
                # "endorsed Mr Reyl because …", "is backing Ms Varga and that has bused skippers …"
                or _person_before(text, content, NAME_THEN_REASON)):
            return person
        if content is not None and (aside := OBJECT_ASIDE.match(text, content.end, window)) is not None:
            # "saw Ms Varga, then 44, as the right skipper": the object goes on past its aside
            rest = clause_from(text, aside.end(), sentence, quote_map, stop=OBJECT_STOP)
            return _past_that(text, Span.of(text, content.start, rest.end) if rest is not None else content,
                              sentence, quote_map)
        if content is not None and (listed := _listed_items(text, content, sentence, quote_map, window,
                                                            in_subject=in_subject)) is not None:
            content = listed
        if content is not None:
            content = _past_dangling_word(text, _past_that(text, content, sentence, quote_map), sentence, quote_map)
        if content is not None and (quoted := _quote_after_dash(text, content, sentence, quote_map, window)) is not None:
            return quoted
        if content is not None and (named := _named_after_dash(text, content, sentence, quote_map, window)) is not None:
            return named
        return _added_item(text, content, sentence, quote_map, window) if content is not None else None
    return None


ALONE_PRONOUNS = frozenset({"it", "this"})  # an object that names what was said by pointing back to it
JOINT_WORDS = frozenset({"and", "or", "but"})
AFTER_ALONE = frozenset({"too", "again", "twice", "either", "anyway"})  # "knew it too": the pronoun's own adverb
# prepositions that may still carry the object on: "sent it to the council", "saw it as a folly", "blamed it on
# the storm", "praised it for its cost", "argued over it"
CARRYING_PREPOSITIONS = frozenset({"to", "as", "for", "on", "over"})


def _object_pronoun_alone(text: str, content: Span, lemma: str) -> Span | None:
    """"Skippers know this and act on it", "Both skippers know it too, and …", "opposed it in May", "explained
    this to the skippers": "it" or "this" standing for what was said is the whole object; the phrase, adverb or
    second verb after it is the writer's. Not a determiner's "this" ("knew this plan"), a second object ("backed
    it and the toll"), nor a cue whose object takes a predicate or a reason ("called it a folly", "saw it as …")."""
    f = frames()
    words = content.text.split(maxsplit=3)
    if len(words) < 2 or words[0].lower().rstrip(",") not in ALONE_PRONOUNS or any(
            lemma in kind for kind in (f.object_with_predicate, f.naming, f.object_reason, f.with_partner,
                                       f.as_predicate, f.contest_object)):
        return None
    following, after = words[1].lower().rstrip(","), words[2] if len(words) > 2 else ""
    if (words[0].endswith(",") or following in AFTER_ALONE
            or following in JOINT_WORDS and after[:1].islower() and after.lower() not in OBJECT_DETERMINERS
            or following in f.prepositions and following not in CARRYING_PREPOSITIONS
            or following == "to" and (after[:1].isupper() or after.lower() in OBJECT_DETERMINERS)):
        return Span.of(text, content.start, content.start + len(words[0].rstrip(",")))
    return None


def _person_before(text: str, content: Span, pattern: regex.Pattern,
                   pronouns: frozenset[str] = OBJECT_PRONOUNS) -> Span | None:
    """The name or object pronoun that opens ``content`` when ``pattern`` finds the phrase that ends it after them
    ("Mr Reyl on Twitter" -> "Mr Reyl"); None otherwise."""
    found = pattern.match(content.text)
    if found is None or not ((name := found.group("name")).lower() in pronouns or name[:1].isupper()):
        return None
    return Span.of(text, content.start, content.start + len(name))


def _people_before_forum(text: str, content: Span) -> Span | None:
    """"the crews on Twitter before the vote" -> "the crews": people of ``object_listeners.txt`` opening ``content``,
    then where the act took place; None otherwise."""
    found = PEOPLE_THEN_FORUM.match(content.text)
    return None if found is None else Span.of(text, content.start, content.start + len(found.group("name")))


# an adverb of how often of ``object_closing_adverbs.txt`` closing the content ("the loss twice")
CLOSING_ADVERB = EndAnchored.of(r"\s+(?:" + spaced(load_lines("object_closing_adverbs.txt")) + r")\Z", regex.IGNORECASE)


def _before_closing_adverb(text: str, content: Span) -> Span:
    """"reported the loss twice" -> "the loss": an adverb of how often closing a noun object with no verb is the
    writer's; "reported the ferry was late again", a clause, keeps it, and so does an object closed by a word in -s
    ("reported the ferry sails again"), which may be a verb."""
    found = CLOSING_ADVERB.search(text, content.start, content.end)
    if found is None or found.start() == content.start or has_verb_between(text, content.start, found.start(),
                                                                           s_forms=False):
        return content
    last = text[content.start:found.start()].split()[-1].lower()
    if last.endswith("s") and not last.endswith("ss"):
        return content  # "reported the ferry sails again": a verb in -s may close a clause
    return trimmed(text, content.start, found.start()) or content


PARTNER = regex.compile(r"\s+with\s+")  # "discussed the toll with the skippers"
# "about" closing a cue: what follows is the topic ("spoke about the toll", "shared his fears about the toll")
TOPIC_PARTICLE_BEFORE = regex.compile(r"(?<!\p{L})about\s*\Z")
# "with reporters", "with the harbour board", "with local skippers' leaders": "with", perhaps a determiner and up
# to two words, then listeners of object_listeners.txt or a body of organisations.txt or hearing_bodies.txt, closing
# the phrase
LISTENING_PARTNER = regex.compile(
    r"\s+with\s+(?:(?:the|a|an|his|her|their|its|our|all|some|many|both|local)\s+(?:[^\s,;:.!?“”\"()]+\s+){0,2}?)?"
    r"(?:" + alternation(load_words("object_listeners.txt", lower=True) | load_words("organisations.txt", lower=True)
                         | load_words("hearing_bodies.txt", lower=True)) + r")(?=[\s,;:.!?]*\Z)", regex.IGNORECASE)


def _before_partner(text: str, content: Span) -> Span:
    """"discussed the toll with the skippers" -> "the toll": the object of a conversation cue ends before the
    other party; "discussed a rule that would fine skippers with old boats", whose object has a verb, goes on."""
    partner = PARTNER.search(text, content.start, content.end)
    if partner is None or has_verb_between(text, content.start, partner.start()):
        return content
    return trimmed(text, content.start, partner.start()) or content


def before_listening_partner(text: str, content: Span) -> Span:
    """"spoke about the toll with reporters" -> "the toll": after a cue closing on "about", "with" and listeners or
    a body closing the topic name whom it was shared with; "spoke about her meeting with the board" (a noun of
    partner_nouns.txt before "with"), "spoke about his friendship with Tom Reyl" and a topic
    with a verb of its own before "with" ("spoke about a rule that would fine skippers with old boats") go on."""
    partner = LISTENING_PARTNER.search(text, content.start, content.end)
    if partner is None or has_verb_between(text, content.start, partner.start()):
        return content
    last = text[max(content.start, partner.start() - 40):partner.start()].split()
    if last and last[-1].lower() in load_words("partner_nouns.txt", lower=True):
        return content  # "spoke about her meeting with the board": the meeting's other party
    return trimmed(text, content.start, partner.start()) or content


# "… and ranks it", "… and throw their weight": "and", perhaps an adverb, then a word that is no preposition,
# subordinator or quantifier before an object pronoun or a possessive determiner, which makes that word a verb
AND_VERB_PRONOUN = regex.compile(r"\s+(?:and|but)\s+(?:(?:once\s+)?again\s+|\p{Ll}+ly\s+)?(?!" + VERB_PRONOUN_NON_VERBS
                                 + r")\p{Ll}{2,}\s+(?:it|them|him|their|his|its|me|us|our)\b")


BUT_NOT_VERB = regex.compile(r",?\s+but\s+not\s+(?P<verb>\p{Ll}+)\b")  # "… but not mention", "…, but not praise"


def _but_not_cue(text: str, content: Span) -> regex.Match | None:
    """"would discuss the toll but not mention the pier": "but not" and a cue's base form, the subject's second act
    held back; not "but not the fees", a contrast of objects."""
    joint = BUT_NOT_VERB.search(text, content.start, content.end)
    if joint is None:
        return None
    entry = cue_lexicon().lookup(joint.group("verb"))
    return joint if entry is not None and entry[0] == joint.group("verb") else None


def _before_second_act(text: str, content: Span) -> Span:
    """"supports the toll and ranks it first" -> "the toll": a plain object ends before "and" and a second verb of
    the subject with an object of its own, or before "and to" and a verb, a second aim ("prompted skippers to
    criticize the council and to seek a berth"); not an object that holds a verb, an infinitive or a gerund, whose
    second verb it may be ("a plan to fine skippers and ban them", "how cold and wet their boats are")."""
    joints = [found for found in (AND_VERB_PRONOUN.search(text, content.start, content.end),
                                  AND_TO_VERB.search(text, content.start, content.end),
                                  _but_not_cue(text, content)) if found is not None]
    joint = min(joints, key=regex.Match.start) if joints else None
    if joint is None or content.text.split(maxsplit=1)[0].lower() in frames().question_words:
        return content
    if (has_verb_between(text, content.start, joint.start(), s_forms=False)
            or TO_WORD.search(text, content.start, joint.start()) or GERUND.search(text, content.start, joint.start())):
        return content
    return trimmed(text, content.start, joint.start()) or content


# words that cannot end an object: "the", "his"; not "her" or "this", which may be one ("endorsed her last summer")
PHRASE_DETERMINERS = frozenset({"the", "a", "an", "his", "their", "its", "our", "my", "your"})
ADVERB_PREPOSITIONS = frozenset({"before", "after", "since", "as", "like", "over", "through"})  # "months before"
DANGLING_END = EndAnchored.of(r"(?<![\p{L}'’])(?:(?P<particle>such\s+as|including)|(?P<word>\p{L}+))\Z")  # "…, such as"
THAT_AT_END = EndAnchored.of(r"(?<![\p{L}'’])that\Z")  # "as saying that", "a proxy war that"
AS_WORD = regex.compile(r"(?<![\p{L}])as\s")  # "the mayor as reckless"
# "on Tuesday as", "during a radio interview as": an occasion between an object and its "as" predicate
OCCASION_THEN_AS = regex.compile(r"\s+(?:on|in|at|during)\s+[^\s,;:.!?“”\"()]+(?:\s+[^\s,;:.!?“”\"()]+){0,4}?\s+(?=as\s)")
CONTRAST_JOINT = regex.compile(r"\s+(?:while|whereas)\s+(?!(?:\p{Ll}+ing|\p{Ll}+ed|also|still|in|on|at|under)\b)")


def _before_contrasting_report(text: str, content: Span) -> Span:
    """"preferred Ms Varga while most traders backed Mr Reyl": the object ends before a contrast with a finite
    cue of its own; "criticized Mr Reyl while he was mayor" goes on."""
    joint = CONTRAST_JOINT.search(text, content.start, content.end)
    if joint is None:
        return content
    lexicon = cue_lexicon()
    if any(found.group().lower() in lexicon.finite_forms
           for found in lexicon.find(text, joint.end(), min(content.end, joint.end() + 60), ANY_CUE)):
        return trimmed(text, content.start, joint.start()) or content
    return content


# "Naming a judge would …", "Skippers who back the toll will …": the cue inside its sentence's subject
GERUND_SUBJECT = regex.compile(r"\s*[“\"‘]?\p{Lu}\p{Ll}+ing(?:\s+(?:for|on|about|to|of|with))?\s*\Z")
RELATIVE_SUBJECT = EndAnchored.of(r"(?<![\p{L}’'])(?i:who|that|which|what)"
                                  r"(?:\s+(?!(?:the|a|an|his|her|their|its|he|she|they|it|we|i|you|there|is|was|are|were)\s)"
                                  r"\p{Ll}+){1,3}\s*\Z")  # "who back", "that has long opposed"; not "that the council backs"
# "who had been so wary of": "who" and a longer chain of auxiliaries and adverbs before the cue
WHO_SUBJECT = EndAnchored.of(r"(?<![\p{L}’'])(?i:who)(?:\s+\p{Ll}+){1,5}\s*\Z")
ASPECTUAL = load_words("aspectual_verbs.txt", lower=True)  # "keeps backing": the -s form is a verb, not a noun
# "(The first skipper) to back", "(Skippers) backing", "voting for": a cue in "-ing" or after "to", and its particle
NON_FINITE_CUE = EndAnchored.of(r"(?<![\p{L}’'])(?:to\s+\p{Ll}+|\p{Ll}{2,}ing)(?:\s+(?:for|on|about|to|of|with|against))?\s*\Z")
# a title-case headline's relative pronoun and the capitalised words up to the cue: "(Skipper) Who Backed"
CAPITALISED_RELATIVES = alternation(word.capitalize() for word in RELATIVE_PRONOUNS)  # a headline's "Who", "That"
HEADLINE_RELATIVE_SUBJECT = EndAnchored.of(r"(?<![\p{L}’'])(?:" + CAPITALISED_RELATIVES
                                           + r")(?:\s+\p{Lu}[\p{L}’'\-]*){1,3}\s*\Z")
# "will", "has", "could": the main clause's auxiliary after the subject's last word
OPENING_PARTICIPLE_REACH = 60  # characters of "Those expecting" before the cue's clause that are read
MAIN_AUXILIARY = regex.compile(r"(?<=[\p{L}\p{N}”\"’')])\s+(?:is|was|are|were|will|would|has|have|had|can|could|should|"
                               r"may|might|must)\s+(?!(?:to|of|in|on|at|by|for|with|and|or)\b)(?=[\p{L}“\"]|'')")
OBJECT_FORM_PRONOUNS = frozenset({"it", "you"})  # subject pronouns that are object forms too
CLAUSE_WORDS = frozenset({"that", "who", "whom", "whose", "which", "where", "when", "what", "how", "why", "if",
                          "whether", "because", "since", "while", "as", "than", "though", "although", "once",
                          "until", "unless", "before", "after", "whatever", "whoever", "so"})
# words after which an auxiliary is no main verb's: "the will of", "to have", "of those"
NOT_BEFORE_MAIN_VERB = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of",
                                  "to", "for", "in", "on", "at", "by", "with", "from", "and", "or"})


def _cue_in_subject(text: str, start: int, position: int) -> bool:
    """The cue ending at ``position`` is inside its sentence's subject, so the main verb may follow its object:
    "Naming a judge would be a legacy", "Skippers who back the toll will lose", "Skippers who had been so wary of
    Mr Reyl were quiet", "Even skippers not backing the toll showed the strain", "The first skipper to back her was
    Mr Reyl"."""
    # the gerund is the whole subject, so a window longer than an anchored read holds none (and is not scanned)
    return (position - start <= NEAR and GERUND_SUBJECT.match(text, start, position) is not None) \
        or RELATIVE_SUBJECT.search(text, max(start, position - 60), position) is not None \
        or WHO_SUBJECT.search(text, max(start, position - 60), position) is not None \
        or ((cue := NON_FINITE_CUE.search(text, max(start, position - 40), position)) is not None
            and _subject_words_only(text, start, cue.start(), infinitive=cue.group().startswith("to")))


# ", which found", ", who had long said": a relative set off by a comma, up to its cue
SET_OFF_RELATIVE = EndAnchored.of(r",\s+(?i:who|which)(?:\s+\p{Ll}+){1,5}\s*\Z")


def _within_set_off_relative(text: str, start: int, position: int, content: Span) -> bool:
    """"The study, which found skippers were unhappy, was published": a relative set off by commas, its content
    closing at the second comma, holds no verb of the main clause; the verb in its content is the content's own."""
    return text[content.end:content.end + 1] == "," \
        and SET_OFF_RELATIVE.search(text, max(start, position - 60), position) is not None


def _subject_words_only(text: str, start: int, end: int, *, infinitive: bool, adjectives: bool = False) -> bool:
    """"Skippers", "Even those not directly", "The first skipper": no verb before a cue in "-ing" or after "to",
    so the cue's phrase belongs to the subject; a word in -s counts only as the plural head right before the
    "-ing" form ("Skippers backing"), not as a verb ("She keeps backing", "She refuses to back"); with
    ``adjectives``, a form in -ed right after "a", "an" or "the" and before the head is an adjective ("A married
    couple")."""
    if _verb_in_subject(text, start, end, adjectives=adjectives):
        return False
    f = frames()
    words = WORD.findall(text, start, end)
    while words and (words[-1].lower() in f.negations or words[-1].endswith("ly")):
        words.pop()  # "Skippers not directly backing": the head before the negation and the adverb
    for index, word in enumerate(words):
        # a capitalised word is a name ("the first skipper of Hastings to back"), no verb
        if not word.endswith("s") or FINITE.fullmatch(word) is None or word in f.noun_markers or word in f.pronouns:
            continue
        if infinitive or index < len(words) - 1 or word[:-1] in ASPECTUAL or word[:-2] in ASPECTUAL:
            return False
    return True


ADJECTIVE_DETERMINERS = frozenset({"a", "an", "the"})  # "A married couple", "the retired skippers"


def _verb_in_subject(text: str, start: int, end: int, *, adjectives: bool) -> bool:
    """Whether a verb stands in ``text[start:end]``; with ``adjectives``, not counting a form in -ed right after
    "a", "an" or "the" with a word after it ("A married couple", "The retired skippers")."""
    if not adjectives:
        return has_verb_between(text, start, end, s_forms=False)
    for position in verb_positions(text, start, end, s_forms=False):
        word = WORD.match(text, position)
        before = _word_before(text, position) if position > start else None
        if (word is not None and word.group().endswith("ed") and before is not None
                and before.lower() in ADJECTIVE_DETERMINERS and WORD.search(text, word.end(), end) is not None):
            continue
        return True
    return False


def _cue_in_headline_relative(text: str, start: int, position: int) -> bool:
    """The cue ending at ``position`` closes a title-case headline's "Who", "That" or "Which" and at most two
    capitalised words after it: "Harbour Skipper Who Backed", "Skipper Who Just Backed"."""
    return HEADLINE_RELATIVE_SUBJECT.search(text, max(start, position - 60), position) is not None


def _before_headline_main_cue(text: str, content: Span) -> Span:
    """A headline's object after a cue inside its relative clause ends before the main clause's capitalised cue
    in a finite form, and its auxiliaries and adverbs: "Varga Says Toll Is Unfair" -> "Varga", "Reyl Just Called
    …" -> "Reyl"."""
    words = list(WORD.finditer(text, content.start, content.end))
    if (index := capitalised_cue_after_first(words)) is None:
        return content
    chain = frames().headline_auxiliary_before.search(text, content.start, words[index].start())
    return trimmed(text, content.start, chain.start() if chain is not None else words[index].start()) or content


def capitalised_cue_after_first(words: list[regex.Match]) -> int | None:
    """The index of the first word after the first that is a capitalised finite cue form ("Says", "Backs"): where a
    headline's next act begins."""
    finite_forms = cue_lexicon().finite_forms
    return next((index for index in range(1, len(words))
                 if words[index].group()[:1].isupper() and words[index].group().lower() in finite_forms), None)


def _own_clause(words: list[str]) -> bool:
    """Words of an object that open a clause of its own, whose auxiliary it is: "a toll that is high", "the
    plan he has drawn up", "the plan the council has drawn up"; an infinitive's own object is no such clause, nor
    one after an object and "to"."""
    # "complained about it to the council": a pronoun opening the object is the object, no clause's subject
    pronouns = words[1:] if words[0] in OBJECT_FORM_PRONOUNS else words
    if not CLAUSE_WORDS.isdisjoint(words) or not SUBJECT_PRONOUN_WORDS.isdisjoint(pronouns):
        return True
    # "Mr Reyl to change his mind (will …)": an infinitive after the object, and its own object, no clause
    return "to" not in words and any(word in PHRASE_DETERMINERS and previous not in NOT_BEFORE_MAIN_VERB
                                     for previous, word in zip(words, words[1:]))


MAIN_CLAUSE_CUES = load_words("main_clause_cues.txt", lower=True)
MAIN_CLAUSE_LISTING = load_words("main_clause_listing_verbs.txt", lower=True)  # "(Skippers who …) include Mr Reyl"
# what opens the object or clause of a main verb: "(Skippers who complained about the toll) want a vote", "… said it"
MAIN_VERB_FOLLOWERS = PHRASE_DETERMINERS | SUBJECT_PRONOUN_WORDS | frozenset({"this", "these", "those", "him", "them",
                                                                             "us", "to", "that"})


def _main_cue_verbs(text: str, content: Span) -> Iterator[int]:
    """Where a cue verb that is the main clause's own may start in an object, with the adverbs before it ("him
    recently say that"): a past form of a cue with no noun reading (not "claimed"; "said", "warned"), or a present
    one of ``main_clause_cues.txt`` (not "the pier plan to …"), before a determiner, a pronoun, "to" or "that"; so
    may the past form of any other verb there, in "-ed" or of ``irregular_verbs.txt`` ("… wary of Mr Reyl left the
    pier"), unless a determiner, a preposition, an auxiliary, a form of "be" or a negation comes before it; and so
    may any verb after an adverb that follows a noun ("… the toll still pay it", ``_adverb_then_verb``)."""
    lexicon, f = cue_lexicon(), frames()
    words = list(WORD.finditer(text, content.start, content.end))
    for index in range(1, len(words)):
        word = words[index].group().lower()
        entry = lexicon.lookup(word)
        if index == len(words) - 1:
            # "Even skippers who have praised his plan warned on Tuesday that …": the object, cut at the time, closes
            # on a past cue with no noun reading, the main verb; not after a determiner, an auxiliary or a negation
            previous = words[index - 1].group().lower()
            after = TIME_THEN_WORD.match(text, content.end, near(content.end, len(text)))
            if (after is not None and (after.group("end") or after.group("word").lower() in MAIN_VERB_FOLLOWERS)
                    and entry is not None and entry[0] not in f.noun_ambiguous and word not in f.adjectives
                    and looks_past(word) and previous not in NOT_BEFORE_MAIN_VERB
                    and previous not in f.verbal_auxiliaries and previous not in f.be_forms
                    and previous not in f.negations):
                yield words[index].start()
            continue
        if index > 1 and _adverb_then_verb(words[index - 2].group(), words[index - 1].group(), word):
            yield words[index - 1].start()  # "Skippers who backed the toll still pay it": the adverb goes with the verb
            continue
        if word in MAIN_CLAUSE_LISTING and words[index - 1].group().lower() not in (
                NOT_BEFORE_MAIN_VERB | f.verbal_auxiliaries | f.be_forms | f.negations):
            yield words[index].start()  # "Skippers who plan to attend the meeting include Tom Reyl"
            continue
        if words[index + 1].group().lower() not in MAIN_VERB_FOLLOWERS:
            continue
        if entry is None or word in f.adjectives:
            # "Skippers who were wary of Mr Reyl left the pier": any past form, after a word that leaves it no
            # participle ("the plan drafted", "has been assigned", "claimed to be undecided to …"); a stance
            # adjective in "-ed" the same ("claimed to be divided to …")
            previous = words[index - 1].group().lower()
            if not (looks_past(word) and previous not in NOT_BEFORE_MAIN_VERB
                    and previous not in f.verbal_auxiliaries and previous not in f.be_forms
                    and previous not in f.negations):
                continue
        elif (entry[0] in f.noun_ambiguous
                or not (looks_past(word) or entry[0] in MAIN_CLAUSE_CUES
                        and not word.endswith("ing"))):
            continue
        while index > 1 and (words[index - 1].group().endswith("ly") or words[index - 1].group() in VERB_ADVERBS):
            index -= 1
        yield words[index].start()


def _participle_then_main_verb(text: str, position: int, sentence: Sentence) -> bool:
    """"The report published on Tuesday left skippers angry", "The rules announced last week cut fares": a past cue
    form and a time, then a past form of irregular_verbs.txt (not one of irregular_participles.txt) where its object
    or clause would open; the cue is a participle on the noun before it, and that past form the sentence's own
    verb."""
    # a form that is also a participle may open a noun phrase: "warned on Tuesday cut fares would hurt trade"
    irregular = frames().irregular_verbs - load_words("irregular_participles.txt", lower=True)
    window = near(position, sentence.end)
    timed = PAST_CUE_THEN_TIME.search(text, max(sentence.start, position - 40), position)
    if timed is not None and looks_past(timed.group(1)):
        first = NEXT_WORD.match(text, position, window)
        return first is not None and first.group(1) in irregular
    after = TIME_THEN_PAST.match(text, position, window)
    return (after is not None and after.group(1) in irregular
            and looks_past((_word_before(text, max(sentence.start, position)) or "").lower()))


# "that", a noun, a past form in "-ed" and a determiner: "(offering) that amount passed the (council)"
THAT_NOUN_THEN_PAST = regex.compile(r"\s+that\s+(?P<noun>\p{Ll}+)\s+\p{Ll}{2,}ed\s+(?:the|a|an|its|his|her|their|our)\s")
# the sentence's opening noun phrase, with no comma or verb, then an "-ing" cue form: "Legislation offering"
OPENING_NOUN_THEN_ING = regex.compile(r"(?:\p{L}[\p{L}'’\-]*\s+){0,3}?\p{L}[\p{L}'’\-]*\s+\p{Ll}{2,}ing\s*\Z")


def _determiner_that_then_main_verb(text: str, position: int, sentence: Sentence) -> bool:
    """"Legislation offering that amount passed the council": an "-ing" cue form right after the sentence's opening
    noun phrase is a participle on it, and "that", a noun and a form in "-ed" before a determiner are the
    participle's object and the sentence's own verb; not "Mr Reyl said that demand outpaced the supply" (a finite
    cue) nor "Officials saying that costs rose …" (a plural, which "that" cannot determine)."""
    that = THAT_NOUN_THEN_PAST.match(text, position, near(position, sentence.end))
    if that is None or not _demonstrative_head(that.group("noun")) or that.group("noun") in frames().pronouns:
        return False
    if position - sentence.start > 60:
        return False
    opening = OPENING_NOUN_THEN_ING.fullmatch(text, sentence.start, position)
    return opening is not None and not any(
        word.lower() in frames().pronouns or word.lower() in cue_lexicon().finite_forms
        for word in text[sentence.start:position].split()[:-1])


# a time, then the word after it: "(announced) last week (cut …)"
TIME_THEN_PAST = regex.compile(r"\s+(?:(?:on\s+)?(?:" + weekday_alternation()
                               + r")|yesterday|(?:last|this)\s+(?:week|month|year))\s+(\p{Ll}+)\b")
# a past form and a time right before a cue's object: "(The report) published on Tuesday (left …)"
PAST_CUE_THEN_TIME = EndAnchored.of(r"(?<![\p{L}])(\p{Ll}+)\s+(?:(?:on\s+)?(?:" + weekday_alternation()
                                    + r")|yesterday|(?:last|this)\s+(?:week|month|year))\s*\Z")
# "(warned) on Tuesday that", "(warned) on Tuesday.": the time that cut an object, if any, then the word after it or the
# sentence's end
TIME_THEN_WORD = regex.compile(r"(?:\s+(?:on\s+)?(?:" + weekday_alternation() + r")|\s+(?:yesterday|today|tonight|earlier|later)"
                               r"|\s+(?:last|this)\s+\p{L}+)?(?:\s+(?P<word>\p{L}+)|\s*(?P<end>[.!?;]))")
MAIN_VERB_ADVERBS = load_words("main_verb_adverbs.txt", lower=True)  # "… still pay", "… now regard"


def _adverb_then_verb(before: str, adverb: str, word: str) -> bool:
    """"(Skippers who backed the toll) still pay it", "… now regard him": an adverb after a noun, then a word that
    can only be the main clause's verb, no preposition, determiner, pronoun, joint, auxiliary, adverb or -ing form
    (an auxiliary is found as one anyway); not "the largely forgotten toll", whose adverb follows a determiner, nor a
    noun in -ly ("the Lyme family farms")."""
    f = frames()
    lower = adverb.lower()
    if not (lower in MAIN_VERB_ADVERBS or MANNER_ADVERB.fullmatch(adverb) and lower not in NOUNS_IN_LY):
        return False
    if before.lower() in NOT_BEFORE_MAIN_VERB or before.lower() in f.verbal_auxiliaries:
        return False
    return not (word in NOT_BEFORE_MAIN_VERB or word in f.prepositions or word in MAIN_VERB_FOLLOWERS
                or word in f.subordinators or word in f.boundaries or word.endswith(("ly", "ing"))
                or word in f.verbal_auxiliaries)


def _before_main_verb(text: str, content: Span) -> Span:
    """"Skippers who back the new toll will lose", "A mayor who hoped to reopen the pier will now …", "Skippers who
    complained about the toll want a vote": after a cue inside the subject, its object or infinitive ends at the
    main clause's auxiliary or cue verb."""
    auxiliaries = (found.start() for found in MAIN_AUXILIARY.finditer(text, content.start, content.end))
    for start in sorted((*auxiliaries, *_main_cue_verbs(text, content))):
        words = [word.lower() for word in WORD.findall(text, content.start, start)]
        if words and words[-1] not in NOT_BEFORE_MAIN_VERB:
            return content if _own_clause(words) else trimmed(text, content.start, start) or content
    return content


# the cue's participle right after the subject's words: "(A skipper) claiming", "(Critics) warning of"
# "A crew focused on": a past participle on the subject, with its preposition
PARTICIPLE_CUE = EndAnchored.of(r"(?<![\p{L}’'])\p{Ll}{2,}(?:ing(?:\s+(?:for|on|about|to|of|with|against))?"
                                r"|ed\s+(?:for|on|about|to|of|with|against))\s*\Z")
_CLAUSE_WORD = regex.compile(r"(?<!\p{L})(?:" + alternation(CLAUSE_WORDS) + r")(?!\p{L})", regex.IGNORECASE)
_CLAUSE_BREAK = regex.compile(r"[,;:—―–]|\s-\s|" + _CLAUSE_WORD.pattern,
                              regex.IGNORECASE)  # what opens a clause inside the content: the verb after it is its own
PARTICIPLE_SUBJECT_REACH = 80  # characters at most from the sentence's start to a participle on its subject
PARTICIPLE_AGENT = regex.compile(r"\s+by\b")
PARTICIPLE_ADVERBS = frozenset({"also", "still"})  # between the subject's noun and its participle: "A couple also claiming"
# a subordinator of time or cause and an article: the subject of the clause it opens follows ("after a gunman")
PARTICIPLE_CLAUSE_OPENER = regex.compile(r"(?<![\p{L}’'])(?:after|before|when|because|since|while|until|once)\s+(?=(?:a|an|the)\s)",
                                    regex.IGNORECASE)
PARTICIPLE_MAIN_MODALS = load_words("modal_auxiliaries.txt", lower=True)  # "(Skippers expecting a cut) may want"
SENTENCE_CLOSE = regex.compile(r"[”\"’']?\s*(?:[.!?]|\Z)")  # a content running to its sentence's end
OBJECT_BEFORE_MAIN_VERB = 4  # words of an object that a past form after them ends, more verbs following
_SET_OFF_OR_CONTRACTED = regex.compile(r",|[’']s\s")  # "Ms Varga, claiming", "It's worth noting": no subject's participle


def _before_participle_main_verb(text: str, position: int, sentence: Sentence, content: Span) -> Span:
    """"A man claiming ties to the guild set fire to the office" -> "ties to the guild", "Skippers fearing the toll
    would rise sold their boats" -> "the toll would rise": a cue's participle on the sentence's subject, with no verb
    before it, holds what follows up to the main verb: the second run of verbs in its words, or the only one when
    it is a past form after a noun ("… set fire", "… met at the pier"); a clause of its own keeps its verb ("the toll
    would rise"), and the main verb is the next run, after a word that opens no clause and no noun phrase; a closing
    run led by a modal is the main verb too ("Skippers expecting a cut in the toll over the coming weeks may need
    patience" -> "a cut in the toll over the coming weeks")."""
    cue = PARTICIPLE_CUE.search(text, max(sentence.start, position - 40), position)
    if cue is None or (_word_before(text, content.start) or "").lower() == "that":
        return content  # "offering that amount passed …": "that" read as the clause's, left as it is
    subject_start = sentence.start
    opener = None
    for opener in PARTICIPLE_CLAUSE_OPENER.finditer(text, max(sentence.start, cue.start() - PARTICIPLE_SUBJECT_REACH),
                                               cue.start()):
        pass  # the last such opener: "… after a gunman claiming": the subject of the clause it opens
    if opener is not None:
        subject_start = opener.end()
    passive = not cue.group().rstrip().split()[0].endswith("ing")
    if passive and (comma := text.rfind(",", subject_start, cue.start())) >= 0:
        subject_start = comma + 1  # "By early May, a crew focused on …": the subject after a fronted phrase's comma
    if cue.start() - subject_start > PARTICIPLE_SUBJECT_REACH:
        return content  # a subject's words are few: a long run before the participle is read no further
    f = frames()
    head_end = cue.start()
    head = _word_before(text, head_end)
    if head is not None and head.lower() in PARTICIPLE_ADVERBS:
        head_end = text.rfind(head, sentence.start, head_end)  # "A couple also claiming ties …": the noun before "also"
        head = _word_before(text, head_end)
    # a noun right before the participle, no preposition ("in describing"), clause word ("while commenting") or mark
    if head is None or not head[:1].isalpha() or head.lower() in f.prepositions or head.lower() in CLAUSE_WORDS \
            or head.endswith("ly") or head.lower() == "worth" \
            or _SET_OFF_OR_CONTRACTED.search(text, subject_start, head_end) is not None \
            or not _subject_words_only(text, subject_start, head_end, infinitive=False, adjectives=True):
        return content
    groups = verb_groups(text, content.start, content.end, s_forms=False)
    for index, start in enumerate(groups):
        word = WORD.match(text, start)
        previous = _word_before(text, start) if start > content.start else None
        if word is None or previous is None:
            continue
        verb, before = word.group().lower(), previous.lower()
        if not before[:1].isalpha():
            return content  # "prefer the term “undocumented …”": a quotation, not the main verb
        if before in NOT_BEFORE_MAIN_VERB or before in CLAUSE_WORDS or before in f.verbal_auxiliaries \
                or before in f.be_forms or before in f.negations or before in ("and", "or", "but", "nor"):
            continue
        if passive:
            # "A crew focused on winning the race must have …": a past participle's object is no clause, so an
            # auxiliary after it leads the main verb; no other verb ends it ("called for the ban of skippers
            # convicted of fraud")
            if verb in f.verbal_auxiliaries and head[:1].islower() and previous[:1].islower() \
                    and _CLAUSE_BREAK.search(text, content.start, start) is None:
                return trimmed(text, content.start, start) or content
            continue
        if verb in PARTICIPLE_MAIN_MODALS and SENTENCE_CLOSE.match(text, content.end) is not None \
                and len(WORD.findall(text, content.start, start)) >= OBJECT_BEFORE_MAIN_VERB and (
                index == len(groups) - 1 or _CLAUSE_WORD.search(text, start, groups[index + 1]) is not None):
            # "Skippers expecting a cut in the toll may want …": running to the sentence's end, the last run of the
            # content's words before any clause they open ("because …"), led by a modal after four words or more,
            # is the main verb (a clause's own verb would leave one after it); not "With skippers warning the toll
            # would rise, the board met", nor a short subject's own ("Skippers saying the toll would rise.")
            if _CLAUSE_BREAK.search(text, content.start, start) is not None:
                return content
            return trimmed(text, content.start, start) or content
        if index == 0 and len(groups) > 1 and (
                len(WORD.findall(text, content.start, start)) < OBJECT_BEFORE_MAIN_VERB
                or (after := NEXT_WORD.match(text, word.end(), content.end)) is None
                or after.group(1).lower() not in MAIN_VERB_FOLLOWERS):
            # "the toll would rise sold …": a short subject and its own verb; "the toll on ferries raised last year
            # spent …": a participle on the noun; the main verb comes next
            continue
        if looks_past(verb) and verb not in f.verbal_auxiliaries:
            if PARTICIPLE_AGENT.match(text, word.end(), content.end) is not None:
                continue  # "a toll raised by the board": a participle and its agent
            if _CLAUSE_BREAK.search(text, content.start, start) is not None:
                return content  # "… harder to defend, because the candidate has left …": a clause of the content's own
            return trimmed(text, content.start, start) or content
    return content


BY_GERUND = regex.compile(r"\s+by\s+(?:\p{Ll}+ly\s+)?(?=\p{Ll}+ing\b)")  # "by pointing", "by publicly citing"


def _before_by_report(text: str, content: Span) -> Span:
    """"dismissed the charges by pointing out that …": the object ends before a "by" whose gerund is a cue
    of its own; "proposed paying for it by raising tolls" goes on."""
    joint = BY_GERUND.search(text, content.start, content.end)
    if joint is None:
        return content
    lexicon = cue_lexicon()
    gerund = WORD.match(text, joint.end())
    lemma, cue_class = lexicon.lookup(gerund.group()) or ("", "")
    if cue_class == "speech" and lemma not in lexicon.phrasal_only:  # not "by raising tolls", a cue only as "raised concerns"
        return trimmed(text, content.start, joint.start()) or content
    return content


OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "that", "this", "these", "those"})
PLURAL_NOUN = regex.compile(r"\p{Ll}{2,}[^s'’\s]s")  # "names", not "his", "pass"
PLURAL_NOUN_NEXT = regex.compile(r"\s+(?:from|of|on|against|about|over|by|that)\b")
# "rejected claims she had lied", "dismissed fears the pier would close": a subject pronoun, or a determiner's
# phrase, and its verb after the -s form open the noun's own clause
CLAUSE_AFTER_NOUN = regex.compile(r"\s+(?:he|she|it|they|we|I|there|(?:the|a|an|his|her|their|its)(?:\s+(?!(?:that|who|which)\b)"
                                  r"[\p{Ll}\-’']+){1,4})\s+(?:had|has|was|were|would|will|could|can|may|might|should|must"
                                  r"|did|is|are)\b")


def _plural_noun_object(text: str, first: regex.Match, window: int, *, noun_object: bool) -> bool:
    """"rejected attacks from Ms Varga", "cited reports that …", "citing fears of flooding": an -s form of a cue
    that is also a noun is a plural object before its preposition, or wherever a noun object is due; any cue's
    -s form right after a preposition where a noun object is due is a plural noun ("asked the board for details")."""
    word = first.group(1).lower()
    entry = cue_lexicon().lookup(word)
    if (noun_object and entry is not None and word != entry[0] and word.endswith("s")
            and (_word_before(text, first.start(1)) or "").lower() in frames().prepositions):
        return True
    if entry is None or entry[0] not in frames().noun_ambiguous or not word.endswith("s"):
        return False
    if noun_object or NOUN_PREPOSITION.match(text, first.end(1), window) or CLAUSE_AFTER_NOUN.match(text, first.end(1), window):
        return True
    particle = frames().particles.get(entry[0])
    return word != entry[0] and PLURAL_NOUN_NEXT.match(text, first.end(1), window) is not None and not (
        particle is not None and particle.match(text, first.end(1), window))


# "when asked if he would resign", "when questioned about the toll": the question put to the source, the writer's
QUESTION_AFTER_QUOTE = regex.compile(r"\s+when\s+(?:asked|questioned)\s+(?:about|on|by|if|whether|why|how|what|who|whom)\b",
                                     regex.IGNORECASE)
# "and", "but" or "while" after a quotation's closing mark, a comma allowed before it
JOINT_AFTER_QUOTE = regex.compile(r"\s*,?\s+(?:and|but|while)\s+")
# the source's own act after a joint: "hung up", "walked out", "smiled" (speaker_acts.txt, gesture_verbs.txt)
SOURCE_ACT = regex.compile(r"(?:then\s+)?(?:" + spaced(list(load_lines("speaker_acts.txt"))
                                                         + list(load_lines("gesture_verbs.txt"))) + r")\b", regex.VERBOSE)
# a count as a subject, then a finite verb: "14 percent said", "about 30 per cent agreed"
COUNT_SUBJECT = regex.compile(r"(?:(?:about|nearly|almost|roughly|only|just|over)\s+)?\p{N}+(?:[.,]\p{N}+)*"
                              r"(?:%|\s+percent|\s+per\s+cent)?\s+(?P<verb>\p{Ll}+)\b")


STOP_TO_END = regex.compile(r"\s*[.!?]?\s*\Z")  # the sentence's stop, or its end


def _adverbials_to_end(text: str, position: int, end: int) -> bool:
    """'said “never” on Monday.', 'said “no comment” to reporters': only adverbials (`adverbials.txt`) run from the
    closing mark at ``position`` to the sentence's end; not 'said “the toll is unfair” and left'."""
    after = past_adverbials(text, position, end)
    return after > position and STOP_TO_END.match(text, after, end) is not None


def _clause_after_quote(text: str, position: int, end: int) -> bool:
    """'said “too high” and the rest said “fair”', 'said “enough” and the skippers went home', '… and 14 percent
    said “fair”': a joint after the closing mark at ``position`` opens a clause with its own subject and verb, the
    writer's, or the source's own act ('said “no” and hung up'), not more of what was said (not 'said “the pier is
    safe” and that …', nor '… and left')."""
    if QUESTION_AFTER_QUOTE.match(text, position, near(position, end)) is not None:
        return True  # 'said “no” when asked if he would resign': the question put to the source is the writer's
    if (joint := JOINT_AFTER_QUOTE.match(text, position, near(position, end))) is None:
        return False
    count = COUNT_SUBJECT.match(text, joint.end(), near(joint.end(), end))
    return (count is not None and _finite_word(count.group("verb"))) \
        or SOURCE_ACT.match(text, joint.end(), near(joint.end(), end)) is not None \
        or opens_with_subject(text[joint.end():near(joint.end(), end)])


def _chanted(text: str, quoted: Quoted, quote_map: QuoteMap, end: int) -> Span:
    """'chanting “Save the pier” and “Fix the ferry”': the quoted words and those joined to them by "and" or "or"."""
    last = quoted
    while (joint := QUOTE_JOINT.match(text, last.end, near(last.end, end))) is not None \
            and (following := quote_map.starting_at(joint.end())) is not None and following.end <= end:
        last = following
    return quoted.inner if last is quoted else Span.of(text, quoted.start, last.end)


def _clause_list(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap) -> Span:
    """"said he had paid for holidays, a boat and a wedding": a list closing a reported clause goes on past its
    commas, as an object's does (:func:`_listed_items`); not the writer's gloss, "said the toll was unfair, a view
    Mr Reyl and Ms Lund share" (`shell_nouns.txt`), nor a consequence, "…, angering skippers and divers"."""
    first = LIST_ITEM_HEAD.match(text, content.end, near(content.end, sentence.end))
    if first is None or any(word.lower() in load_words("shell_nouns.txt", lower=True) for word in first.group().split()):
        return content
    listed = _listed_items(text, content, sentence, quote_map, near(content.end, sentence.end))
    return listed or content


# a list's next item after a comma, up to the word before "and", "or" or a comma: ", a boat", ", his daughter's
# wedding", ", holidays"
LIST_ITEM_HEAD = regex.compile(r"\s*,\s+(?!\p{L}+ing\b|(?:and|or|but)\s)(?:[\p{L}'’\-]+\s+){0,5}?\p{Ll}[\p{L}\-]*(?=\s+(?:and|or)\s|\s*,)")


def _listed_items(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap, window: int, *,
                  in_subject: bool = False) -> Span | None:
    """"questioned his tactics, his judgment and his decency": an object's list goes on past its commas.

    Each item is a short phrase without a verb, and the list closes with "and" or "or". In the sentence's subject
    (``in_subject``) an item ends at the main verb: "Groups backing the pier, the toll and the ferry spent money".
    """
    position = content.end
    for _ in range(LIST_ITEMS):
        comma = LIST_COMMA.match(text, position, window)
        if comma is None:
            return _last_item(text, content, position, sentence, quote_map, window, in_subject=in_subject) \
                if position > content.end else None
        item = clause_from(text, comma.end(), sentence, quote_map, stop=OBJECT_STOP)
        if item is not None and in_subject:
            item = _subject_item(text, item)
        if item is not None and comma.group("joint") and _opens_question(text, item.start):
            return Span.of(text, content.start, item.end)  # "…, and how the pier was saved": a question closes it
        checked = _before_closing_relative(text, item) if item is not None else None
        if item is not None and not comma.group("joint") and position == content.end \
                and (acts := _infinitive_acts(text, content, item)) is not None:
            return acts  # "urged the board to mend the nets, paint the hulls and ensure the quay is safe"
        if item is None or _item_length(checked.text) > _item_reach(checked.text, joint=bool(comma.group("joint"))) \
                or len(checked.text.split()) > 10 and _finite_cue(text, checked) or _item_verb(text, checked) \
                or SUBJECT_PRONOUN.match(item.text) \
                or item.text.split()[0].lower() in RELATIVE_OPENERS \
                or item.text.split()[0].lower() in CUE_GERUNDS and not GERUND.search(content.text):
            # ", and he remains": a clause, not an item; "Mr Reyl, slamming …": the writer's participle
            return None
        if position == content.end and not comma.group("joint") and NAME_END.search(content.text) \
                and APPOSITIVE.match(item.text):
            return None  # "nominated Gen. Taylor, a war hero and a planter": the name's apposition
        if not comma.group("joint") and GERUND.match(item.text) and GERUND.search(content.text) and (
                joint := GERUND_AND.match(text, item.end, window)) is not None:
            # "backed cutting the toll, dredging the harbour and rebuilding the pier": the last gerund closes it
            last = clause_from(text, joint.end(), sentence, quote_map, stop=OBJECT_STOP)
            if last is None or (len(last.text.split()) > 10 or _item_verb(text, last)) \
                    and _clause_after_phrase(text, last, GERUND_CLAUSE) is None:
                return None
            return Span.of(text, content.start, last.end)
        if comma.group("joint") and (aside := ASIDE_THEN_VERB.match(text, item.end, window)) is not None \
                and (aside.group("verb") in cue_lexicon().finite_forms or aside.group("auxiliary")
                     or aside.group("verb").endswith("ed")):
            # "opposes raising the toll, and the mayor, Ana Varga, agrees": a subject and its own verb, not an item
            return Span.of(text, content.start, end_before(text, content.start, position)) \
                if position > content.end else None
        if comma.group("joint") or LIST_JOINT.search(item.text):
            return Span.of(text, content.start, item.end)
        position = item.end
    return None


def _past_that(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap) -> Span:
    """"quoted Ms Varga as saying that after the storm, the pier shut": an object's stop right after a cue's "that"
    cuts the clause it opens, which goes on to its own end; not "a ferry that, in May, …", a relative; so does one
    right after an object that is a question word alone ("spoke about how, in the storm, the pier broke")."""
    that = THAT_AT_END.search(text, max(content.start, content.end - 10), content.end)
    alone = content.text.lower() in frames().question_words  # "spoke about how, in the storm, the pier broke"
    if not alone and (that is None or (_word_before(text, that.start()) or "").lower() not in cue_lexicon().forms):
        return content
    rest = clause_from(text, content.end, sentence, quote_map, CLAUSE_STOP)
    return Span.of(text, content.start, rest.end) if rest is not None else content


JOINT_ADVERB_ASIDE = regex.compile(r",\s+\p{Ll}+ly,\s+(?=\p{L}|[“\"‘]|'')")  # "and(, implicitly, )her honesty"
JOINT_AT_END = EndAnchored.of(r"(?<![\p{L}'’])(?:and|or)\Z")  # "questioned her habits and"


def past_joint_aside(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap) -> Span:
    """"questioned her habits and, implicitly, her honesty": an object cut at the comma of an adverb set off right
    after its "and" or "or" goes on with the item after the adverb; before a verb of its own ("praised the crews and,
    frankly, left early") it ends before the joint."""
    joint = JOINT_AT_END.search(text, max(content.start, content.end - 5), content.end)
    if joint is None or (aside := JOINT_ADVERB_ASIDE.match(text, content.end, near(content.end, sentence.end))) is None:
        return content
    rest = clause_from(text, aside.end(), sentence, quote_map, stop=OBJECT_STOP)
    if rest is None or _item_verb(text, rest) or SUBJECT_PRONOUN.match(rest.text):
        return trimmed(text, content.start, joint.start()) or content  # the joint opens the subject's next act
    return Span.of(text, content.start, rest.end)


def _past_dangling_word(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap) -> Span:
    """"favors exceptions, such as when a storm hits", "named Ms Varga the winner of Tuesday's race": an object
    cut by a word stop right after a preposition or determiner goes on past that stop, which is inside the phrase."""
    if (joined := past_joint_aside(text, content, sentence, quote_map)) is not content:
        return joined
    last = DANGLING_END.search(text, max(content.start, content.end - 30), content.end)
    cut = OBJECT_STOP.match(text, content.end, near(content.end, sentence.end)) if last is not None else None
    if cut is None or not cut.group()[:1].isspace() or not (
            last.group("particle") or (word := last.group("word").lower()) in PHRASE_DETERMINERS
            or word in frames().prepositions and word not in ADVERB_PREPOSITIONS or word == "of"):
        return content
    rest = clause_from(text, cut.end(), sentence, quote_map, stop=OBJECT_STOP)
    return Span.of(text, content.start, rest.end if rest is not None else cut.end())


def _named_after_dash(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap, window: int) -> Span | None:
    """"discussed one of his plans — the new sea wall along the pier": after an object that only points ahead
    ("one of", "someone", "something"), a lone dash names it; not a second dash's aside."""
    if not POINTING_OBJECT.match(content.text) or (dash := SPACED_DASH.match(text, content.end, window)) is None \
            or SPACED_DASH.search(text, dash.end(), sentence.end) is not None:
        return None
    named = clause_from(text, dash.end(), sentence, quote_map)
    return Span.of(text, content.start, named.end) if named is not None else None


def _quote_after_dash(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap, window: int) -> Span | None:
    """'cited the harbour motto — “Never leave the pier.”': a quotation after a dash that closes the sentence spells
    out the object; not '— “No tolls” — for May', an aside."""
    dash = DASH_THEN_QUOTE.match(text, content.end, window)
    quoted = quote_map.starting_at(dash.end()) if dash is not None else None
    if quoted is None or quoted.end < sentence.end - 2:
        return None
    return Span.of(text, content.start, quoted.end)


def _added_item(text: str, content: Span, sentence: Sentence, quote_map: QuoteMap, window: int) -> Span:
    """"thanked the crew and the skippers, as well as the council": an object goes on with what "as well as" adds;
    not "…, as well as to warn" or "as well as praising", the writer's next aim."""
    joint = AS_WELL_AS.match(text, content.end, window)
    added = clause_from(text, joint.end(), sentence, quote_map, stop=OBJECT_STOP) if joint is not None else None
    return Span.of(text, content.start, added.end) if added is not None else content


def _finite_cue(text: str, item: Span) -> bool:
    """A cue's verb in a list's item: "and both advocate for …" is a clause of its own; not an -ing form, an
    infinitive ("a decision to take in refugees"), a noun ("the figures"), a capitalised word ("Gulf State") or a
    verb that is a cue only with its particle, here without it ("or move the crews to the quay")."""
    markers, lexicon = frames().noun_markers, cue_lexicon()
    return any(found.group()[:1].islower() and not found.group().endswith("ing")
               and _word_before(text, found.start()) != "to"
               and not _after_noun_marker(text, item.start, found.start(), markers)
               and not _without_particle(text, found, item.end, lexicon.forms[found.group().lower()][0])
               for found in lexicon.find(text, item.start, item.end, ANY_CUE))


# "to mend the nets": an object's infinitive and its plain verb
OBJECT_INFINITIVE = regex.compile(r"\bto\s+(?P<verb>\p{Ll}+)\s+\p{Ll}")
# " and ensure …": the closing item's "and" and its plain verb
AND_PLAIN_VERB = regex.compile(r"\s+and\s+(?P<verb>\p{Ll}+)\s+(?=\p{Ll})")


def _infinitive_acts(text: str, content: Span, item: Span) -> Span | None:
    """"urged the board to mend the nets, paint the hulls and ensure the quay is safe": after an object's
    infinitive, an item opening with a plain verb and a closing "and" with another are the infinitive's next acts,
    the last with its own clause; not "to mend the nets, the hulls and the quay", nouns (read as a list of items),
    nor "to mend the nets, painted the hulls and …", the subject's own act."""
    opening = None
    for opening in OBJECT_INFINITIVE.finditer(text, content.start, content.end):
        pass  # the object's last infinitive, the one the items go on from
    first = item.text.split()[0]
    joint = AND_PLAIN_VERB.search(text, item.start, item.end)
    if opening is None or joint is None or not all(
            _plain_verb(word) for word in (opening.group("verb"), first, joint.group("verb"))):
        return None
    return Span.of(text, content.start, item.end)


def _plain_verb(word: str) -> bool:
    """"paint", "ensure", "cut": a lower-case word that may be a plain verb; not "hulls", "painted", "painting",
    "the". Unlike ``_base_form``, which closes a list of verb phrases, an irregular verb ("cut the toll") counts."""
    f = frames()
    return (word.isalpha() and word.islower() and not word.endswith(("s", "ed", "ing", "ly"))
            and word not in f.prepositions and word not in NEW_SUBJECT_DETERMINERS and word not in NOT_IN_SUBJECT
            and word not in SUBJECT_PRONOUN_WORDS and word not in f.verbal_auxiliaries)


def _last_item(text: str, content: Span, position: int, sentence: Sentence, quote_map: QuoteMap,
               window: int, *, in_subject: bool = False) -> Span | None:
    """"cited the tolls, the delays and rising rents": after a list's commas, "and" or "or" closes it with an item
    that the object's own stops cut off ("and rising"); not "… and vowed to", a verb of its own."""
    joint = LAST_ITEM.match(text, position, window)
    last = clause_from(text, joint.end(), sentence, quote_map, stop=OBJECT_STOP) if joint is not None else None
    if last is not None and in_subject:
        last = _subject_item(text, last)
    if last is None or (len(last.text.split()) > 10 or _item_verb(text, last)) \
            and _clause_after_phrase(text, last, RELATIVE_IN_ITEM) is None \
            or last.text.split()[0].lower() in cue_lexicon().forms:
        return None
    return Span.of(text, content.start, last.end)


def _subject_item(text: str, item: Span) -> Span:
    """"the toll and the ferry spent money": in the sentence's subject a list's item, or the one after its closing
    "and" or "or", is a noun phrase that ends right before the main verb; not "relatives of those killed remained",
    whose noun phrase stops short of the verb."""
    joint = LAST_LIST_JOINT.search(text, item.start, near(item.start, item.end))
    head = sentence_subject(text, joint.end() if joint is not None else item.start, item.end)
    verb = NEXT_WORD.match(text, head.end, item.end) if head is not None else None
    for _ in range(2):
        if verb is not None and (verb.group(1) in VERB_ADVERBS or verb.group(1).endswith("ly")):
            verb = NEXT_WORD.match(text, verb.end(), item.end)  # "… and Mr Reyl also have spent"
    if verb is None or verb.start(1) not in verb_positions(text, verb.start(1), verb.end(1), s_forms=False):
        return item
    return Span.of(text, item.start, head.end)


def _before_closing_relative(text: str, item: Span) -> Span:
    """"her knowledge of the tides and the calm that she brings": an item up to the relative clause on the noun that
    closes the list after "and" or "or", which the checks for a verb and a length leave out."""
    joint = LAST_LIST_JOINT.search(text, item.start, near(item.start, item.end))
    if joint is not None and _opens_question(text, joint.end()):
        return Span.of(text, item.start, joint.start())  # "… and how the pier was saved": a question closes the list
    relative = _clause_after_phrase(text, Span.of(text, joint.end(), item.end), RELATIVE_IN_ITEM) \
        if joint is not None else None
    return Span.of(text, item.start, relative.start()) if relative is not None else item


def _opens_question(text: str, position: int) -> bool:
    """"how the pier was saved", "why skippers left": an embedded question, which may close an object's list; not
    "who" or "which", which may open a subject ("and who pays them is unclear")."""
    word = WORD.match(text, position)
    return word is not None and word.group().lower() in frames().question_words - RELATIVE_OPENERS


GERUND_CLAUSE = regex.compile(r"\s(?:if|when|unless|until|because|that|who|which)\s")  # "shooting gulls if they …"
RELATIVE_IN_ITEM = regex.compile(r"\s(?:that|who|which)\s")  # "and the calm that she brings to the pier"


def _clause_after_phrase(text: str, item: Span, opening: regex.Pattern) -> regex.Match | None:
    """Where a clause of ``opening`` starts in a list's item after a short phrase of its own with no verb: "and the
    calm that she would bring to a harbour run by old men", "and shooting gulls if they came near the pier"; such an
    item may run on however long its clause is."""
    clause = opening.search(text, item.start, near(item.start, item.end))
    if clause is None or len(text[item.start:clause.start()].split()) > 6 \
            or _item_verb(text, Span.of(text, item.start, clause.start())):
        return None
    return clause


def _item_reach(item: str, *, joint: bool) -> int:
    """Words a list's item may hold: twenty after ", and"; fifteen for a noun phrase opened by a determiner ("…, his
    efforts to rein in spending and his decision to expand fares in Lyme under the board's plan"); ten otherwise."""
    if joint:
        return 20
    return 15 if item.split(maxsplit=1)[0].lower() in PHRASE_DETERMINERS else 10


def _item_length(item: str) -> int:
    """Words in a list's longest item: "the pier tolls and efforts to dredge the harbour, including …" counts the
    items on either side of "and", up to the object's own ", including"."""
    words = item.split()
    first = words[0].lower()
    if first.endswith("ing") or first in frames().subordinators or first in frames().prepositions:
        return len(words)  # "pledging to act quickly and …", "with the council and …": no noun item
    listed = ITEM_CONTINUATION.split(item, maxsplit=1)[0]
    return max(len(piece.split()) for piece in LIST_JOINT.split(listed))


def _item_verb(text: str, item: Span) -> bool:
    """A verb in a list's item; an -ed word after "the", "of" … or a possessive is an adjective ("the number of
    unpledged delegates", "the town's frayed sea wall")."""
    markers = frames().noun_markers
    return any(not (text[position:position + 40].split()[0].endswith("ed")
                    and (_after_noun_marker(text, item.start, position, markers)
                         or POSSESSIVE_BEFORE.search(text, max(item.start, position - 4), position)
                         and ED_MODIFIER.match(text, position, item.end)))
               for position in verb_positions(text, item.start, item.end, s_forms=False))


POSSESSIVE_BEFORE = regex.compile(r"\p{L}[’']s\s+\Z")  # "the town's (frayed)": a possessive before an adjective
ED_MODIFIER = regex.compile(r"\p{Ll}+ed" + MODIFIER_THEN_NOUN)  # "frayed sea wall"; not "backed the plan"


AFTER_CLOSING = regex.compile(r"[^ .!?”’\"'\n]")  # a character other than a closing mark, a stop or a space


def _closes_sentence(text: str, quoted: Quoted, sentence: Sentence) -> bool:
    """"— “We will wait no more.”" at the end of its sentence: only closing marks or a stop follow the quotation."""
    return quoted.closed and AFTER_CLOSING.search(text, quoted.end, sentence.end) is None


def resumed_content(text: str, position: int, sentence: Sentence, quote_map: QuoteMap, *,
                     left_quoted: bool, open_lead: bool = False, inverted_subject: bool = False,
                     main_ahead: bool = False) -> Span | None:
    """“A,” she said, “B.” and "The plan, he said, will fail.": the content resumes.

    ``inverted_subject``: unquoted words before an inverted frame resume only
    at their verb, "The pier, said Ms Varga, a skipper, is unsafe".
    ``main_ahead``: the words before the frame are an opening subordinate
    clause, so its main clause follows whatever word opens it: "If the vote
    fails, she said, Mr Reyl will resign".
    """
    if inverted_subject and quote_map.starting_at(position) is None and (
            predicate := PREDICATE_AHEAD.match(text, position, near(position, sentence.end))) is not None:
        resumed = clause_from(text, predicate.start("verb"), sentence, quote_map)
        if resumed is not None and (joint := _joint_before_inner_frame(text, resumed)) is not None:
            # "The pier, says Ms Varga, is safe, and the toll, says Mr Reyl, is unfair": the second frame's report
            return trimmed(text, resumed.start, joint)
        return resumed
    rest = RESUMES.match(text, position, near(position, sentence.end))
    if rest is None and left_quoted and (dash := DASH_RESUMES.match(text, position, near(position, sentence.end))):
        # "“We waited,” she said — “and waited.”": after a dash the quotation goes on when it goes on in lower case,
        # or when it opens with a capital and closes the sentence, no frame of its own after it
        quoted = quote_map.starting_at(dash.end())
        if quoted is None or not (quoted.inner.text[:1].islower() or _closes_sentence(text, quoted, sentence)):
            return None
        if dash.group("aside") and any(cue_lexicon().find(text, dash.start("aside"), dash.end("aside"), ANY_CUE)):
            return None  # "— Mr Reyl disagreed — “…”": the aside's own speaker may be the one going on
        return quoted.inner
    if rest is None and left_quoted and (colon := COLON_RESUMES.match(text, position, near(position, sentence.end))):
        # "“The toll is unfair,” said Ms Varga: “We will not pay.”": after the tag's colon, a quotation that closes
        # the sentence goes on with her words
        quoted = quote_map.starting_at(colon.end())
        return quoted.inner if quoted is not None and _closes_sentence(text, quoted, sentence) else None
    if rest is None and left_quoted:
        # "“As far as we know,” he said of the pier, “it is safe …”": a phrase, then the quote resumes
        rest = PHRASE_THEN_QUOTE.match(text, position, near(position, sentence.end))
        if rest is not None and (quote_map.starting_at(rest.end()) is None or _opens_with_gerund_cue(text, rest.start())):
            rest = None  # not "“A,” she said on the radio, adding, “B”": the gerund frames the second quote
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
    if left_quoted:
        return None  # "“A,” he said, adding …": the writer goes on, not the source
    if not open_lead and FRAME_OCCASION.match(text, rest.end(), near(rest.end(), sentence.end)) is not None:
        return None  # the words before the frame have their verb: the time after it is when the frame spoke
    stop = NOT_RESUMED.match(text, rest.end(), near(rest.end(), sentence.end))
    if main_ahead and (JOINED.match(text, rest.end()) or stop is not None and stop.group().endswith("ing") and any(
            cue.start() == rest.end() for cue in cue_lexicon().find(text, rest.end(), stop.end(), ANY_CUE))):
        # "After the vote, skippers protested, saying …", "…, and the council left": no main clause follows;
        # but "While some skippers may be fined, she added, revoking licences would be harsh" has its gerund subject
        return None
    if main_ahead:
        stop = None  # "If the vote fails, she said, then Mr Reyl will resign": the main clause follows any word
    if stop is not None and not (open_lead and stop.group()[:1].isupper()):
        resumed = (clause_from(text, rest.end(), sentence, quote_map)
                   if not stop.group().endswith("ing") and not stop.group()[:1].isupper() else None)
        if resumed is not None and quote_map.inside_letters(resumed.start, resumed.end):
            return resumed  # "The pier was safe, she said, by any “sane measure”": quoted words go on with the source
        return None  # a capital resumes only a lead-in with no verb: "Like his remarks, Mr Lee said, Mr Reyl's …"
    resumed = clause_from(text, rest.end(), sentence, quote_map)
    if resumed is not None and JOINED.match(text, rest.end(), resumed.end) and \
            _opens_with_frame(text, rest.start(), resumed.end):
        return None  # "The pier was shut, records show, and harbour experts say …": a new attribution
    if resumed is not None and (act := JOINED_PAST.match(text, rest.end(), resumed.end)) is not None \
            and past_word(verb := act.group(1)) and verb not in frames().verbal_auxiliaries:
        # "The pier is safe, Ms Varga said, and left the stage": the source's next act; not "…, and had passed all
        # checks", the content's own verb group going on
        return None
    if resumed is not None and (joint := _joint_before_next_frame(text, resumed, sentence)) is not None:
        # "The plan, she said, would cost more, and the council, she added, had approved it": the words after the
        # joint open the next frame's report
        return trimmed(text, resumed.start, joint)
    return resumed


def _joint_before_next_frame(text: str, resumed: Span, sentence: Sentence) -> int | None:
    """Where the last ", and" or ", but" in ``resumed`` starts, when a set-off frame (", she added,") follows it."""
    frame = SET_OFF_FRAME_AHEAD.match(text, resumed.end, near(resumed.end, sentence.end))
    if frame is None or not holds_cue(text, frame):
        return None
    joints = list(COMMA_JOINT.finditer(text, resumed.start, resumed.end))
    return joints[-1].start() if joints else None


def _joint_before_inner_frame(text: str, resumed: Span) -> int | None:
    """Where the last ", and" or ", but" before a set-off frame inside ``resumed`` starts: ", and the toll, says
    Mr Reyl, …" opens the next frame's report."""
    for frame in SET_OFF_FRAME.finditer(text, resumed.start, resumed.end, overlapped=True):
        if holds_cue(text, frame):
            joints = list(COMMA_JOINT.finditer(text, resumed.start, frame.start() + 1))
            return joints[-1].start() if joints else None
    return None


def holds_cue(text: str, frame: regex.Match) -> bool:
    """A set-off frame (``SET_OFF_FRAME``) holds a cue: ", she added," is one, ", in May," is not."""
    return next(cue_lexicon().find(text, frame.start(), frame.end(), ANY_CUE), None) is not None


def _opens_with_gerund_cue(text: str, position: int) -> bool:
    """The word after ``position`` is a cue's -ing form: "adding", "noting"."""
    word = NEXT_WORD.match(text, position)
    return word is not None and word.group(1).lower().endswith("ing") and (
        cue_lexicon().lookup(word.group(1).lower()) is not None)


def _opens_with_frame(text: str, joint: int, end: int) -> bool:
    """", and harbour experts say …": a subject and its cue right after the joint; a cue only with its particle
    counts only with it (", and it must go" opens no frame; ", and Ms Varga went on to say" does)."""
    lexicon = cue_lexicon()
    particles = frames().particles
    for match in lexicon.find(text, joint, min(end, joint + 60), ANY_CUE):
        if AND_BEFORE.match(text, joint, match.start()) is None or _closing_stance(text, match):
            continue
        lemma = lexicon.lookup(match.group())[0]
        if lemma in lexicon.phrasal_only and (
                (particle := particles.get(lemma)) is None or particle.match(text, match.end(), end) is None):
            continue
        return True
    return False
