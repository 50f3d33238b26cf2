"""Frames whose content comes before the cue: "…, X said.", "…, said X.", "“A,” she said, “B.”".

Also the cue that ends its sentence with the quote in the next one
("Ana Varga agreed. “Time is running out.”"). Called from
``reported._frame`` once it knows the cue, the subject before it and where
the frame ends.
"""
from __future__ import annotations

import regex

from ..lexicon import load_lines, load_words
from ..model import Quote, Sentence, Span
from .content import (ANY_CUE, CLAUSE_AFTER_NOUN, COMMA_JOINT, CONTRACTED_SUBJECT, FINITE, MAIN_CLAUSE_SUBJECT,
                      PREDICATE_AHEAD, SET_OFF_FRAME, SUBJECT_PRONOUN_WORDS, SUBORDINATE_OPENING, clause_before, has_verb,
                      has_verb_between, headline, headline_future, holds_cue, more_words_than, opening_phrase,
                      opening_subordinate, opens_with_subject, resumed_content, runs_into_quote, trimmed, verb_groups,
                      verb_positions)
from .cues import cue_lexicon
from .frames import (OPENING_CLAUSE, alternation, end_before, frames, last_char_before, near, past_adverbials,
                     tail_before, weekday_alternation)
from .marks import Quoted
from .quotemap import QuoteMap, make_quote
from .names import is_given_name
from .sources import (CLOSING_ADVERB_WORDS, LY_ADVERB, NEXT_ACT, NOUN_DETERMINERS, POSSESSIVES, RELATIVE_PRONOUNS, TIME_WORDS,
                      headline_document, plausible_source, source_after, source_after_to, source_before)
from .titles import honorific, role_noun_is_head

__all__ = ["CLOSING_QUOTES", "INVERTING", "after_quoted_words", "interrupts_subject", "next_present_act",
           "opens_sentence", "quote_in_next_sentence", "read_left_frame", "verbless_headline"]

DAYS = weekday_alternation()
POSSESSIVE = regex.compile(r"\p{L}['’]s\b")  # "the mayor's (plan)"
QUOTED_LEFT_ONLY = "cues_quoted_left_only.txt"  # manner verbs that frame only quoted words before them: "barked"
REPLY_WORDS = 3  # words of a reply that make a sentence with its frame alone: "Not so, says Mr Reyl."
INVERTING = (",", "”", "“", '"', "’", "'", "»", "›", "«", "‹", "—", "―", "–", "”?", "”!", '"?', '"!')
FRAME_END = regex.compile(r"""
    \s*(?:[.!?;]|\Z|,|—|―|–|\(|\)|\s-\s|[”"’»›«‹]|''
    |\s+(?:""" + alternation(load_lines("frame_ends.txt")) + r"""|\p{Ll}+ly|[“"‘]|""" + DAYS + r""")\b
    |\s+""" + NEXT_ACT + r""")
""", regex.VERBOSE)  # what may follow a closing frame: the end, a comma, an adverbial, the source's next act
CLOSING_QUOTES = (",”", ',"', ",’", ",'", ",»", ",›", ",«", ",‹", "”", '"', "''", "»", "›", "«", "‹", "”?", "”!", '"?', '"!')
QUOTE_THEN_DASH = regex.compile(r"[”\"’»›«‹][?!]?[ \u00a0]*[—―–]{1,2}[ \u00a0]*\Z")  # "“Is it safe?” — asked X"
OR_SO = r"(?:or\s+)?so"
SO_BEFORE = regex.compile(r"(?<=[,—―–])\s*" + OR_SO + r"\s+\Z")  # "…, or so says Ms Varga"
JOINT_OPENING = regex.compile(r"(?:and|but|or)\b")  # words after an "as" aside that join a clause of their own
AS_BEFORE = regex.compile(r"(?<=[,”\"’'»›«‹—―–])\s*(?:as|" + OR_SO + r")\s+\Z")  # "…, as Reyl said", "— or so she says"
THAT_RELATIVE = regex.compile(r"\s+that\s+(?:the|a|an|his|her|their|its)\s+\p{Ll}+\s+\p{Ll}+ed\b")
# an adverb of `appositive_adverbs.txt` set off by a comma after an inverted source, opening an aside on it
SET_OFF_ADVERB = regex.compile(r",\s+(?:" + alternation(load_words("appositive_adverbs.txt", lower=True)) + r")")
COMMA_NEXT = regex.compile(r"\s*,")  # the words go on after the frame's comma
SENTENCE_CLOSE = regex.compile(r"\s*[.:]\s*\Z")
# one adverb between a cue and the stop of a sentence of only a source and a cue: "Ms Varga agreed wholeheartedly."
CLOSING_ADVERB_THEN_STOP = regex.compile(r"\s+(?:" + CLOSING_ADVERB_WORDS + "|" + LY_ADVERB + r")\s*[.:]\s*\Z")
LOWER_TAG = regex.compile(r"[ \t]+\p{Ll}")  # '“Is the pier safe?” he asked': a tag in lower case after the mark
# “…,” she said; “…” — she said — “…”; not “….” She said
# a comma and its closing mark, also a nested quotation's mark before the outer one ("‘Harbour King,’ ”")
QUOTE_THEN_COMMA = regex.compile(r"(?:[,?!](?:[”\"’'»›«‹]|'')(?:[ \u00a0]?[”\"»›])?|[,?!]?(?:[”\"’»›«‹]|'')\s[—―–])\s*\Z")
COMMA_CLOSED_QUOTES = (",”", ',"', ",’", ",'", ",»", ",›", ",«", ",‹")  # a quotation its comma closed, a tag next
TAG_COLON = regex.compile(r"[ \t\u00a0]*:")
QUOTE_FRAME_END = regex.compile(r"(?!\s*,?\s*(?:that\b(?!\s+\p{Ll}+ed\b)|:))")  # after a quote, anything but a complement
RELATIVE_ASIDE = regex.compile(r"(?:[\p{Lu}][^,;:“”\"]{0,60}|(?:the|a|an)\s[^,;:“”\"]{1,60}),\s+(?:who|whose|which)\s[^,;:“”\"]+,?")
# a noun phrase and a participle's aside on it, all the words before the frame: "The findings, published in a journal"
PARTICIPLE_ASIDE = regex.compile(r"(?:\p{Lu}[^,;:“”\"]{0,60}|(?:the|a|an)\s[^,;:“”\"]{1,60}),\s+\p{Ll}{2,}(?:ed|ing)\s[^,;:“”\"]+,?")
OPENING_PHRASE_REACH = 150  # characters read back from a quote for the start of its sentence
SENTENCE_BREAK = regex.compile(r"(?:[.!?][”\"’»›«‹)]*\s+|\n\s*)")
THAT_WORD = regex.compile(r"\bthat\b")
THAT_AHEAD = regex.compile(r"\s*,?\s*that\s")
QUOTE_MARK = regex.compile(r"[“”\"‘’«»‹›]|''")
S_FORM = regex.compile(r"\p{Ll}{2,}s")
PLURAL_OPENERS = frozenset({"the", "most", "many", "some", "all", "other", "these", "those"})
PLURAL_WORD = regex.compile(r"\p{Ll}{2,}[^s'’\s]s")  # "skippers", not "his", "pass"
POSSESSIVES_IN_S = frozenset({"his", "its", "this", "hers", "ours", "yours", "theirs"})
LEADING_ADVERB = regex.compile(r"(\p{L}+),\s+(?=\p{L})")  # "Still, ": a connective before the words
HEDGES = load_words("hedging_adverbs.txt", lower=True)  # "Perhaps, she suggests, …": the speaker's hedge
OPENING_TAG = regex.compile(r"(?P<tag>\p{Lu}\p{L}+):\s+(?=\p{L})")  # "Exclusive: ": a story's tag before the words
INFINITIVE_WORDS = regex.compile(r"\bto\s+\p{Ll}+")  # "to do": an infinitive, no finite verb
LEAD_DASH = regex.compile(r"\s(?:[—―–]|--?)\s*|[—―–]\s*")  # "the vote was lost - the plan …", "lost—the plan"
LEAD_WHICH = regex.compile(r",\s+(?P<which>which)(?:\s|\Z)")
DIGIT_GROUP = regex.compile(r"\d,\d")  # "3,500": a comma that groups digits inverts nothing
CLAUSE_COLON = regex.compile(r"(?<!\d):|:(?!\d)")  # a colon that splits words, not one in a time ("at 10:15")
JOINTS_BEFORE_FRAME = frozenset({"and", "but", "or"})
TRAILING_RELATIVE = regex.compile(r",\s+(?:who|whose|which)\s")  # "Mr Reyl, who runs the ferry, said …"
# "…, pushed the skippers to vote": an infinitive after the object; not "said Ms Varga to reporters"
INFINITIVE_AFTER = regex.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|these|those|reporters"
                                 r"|me|him|them|us)\b)\p{Ll}+(?:ss|[^\W\d_s])\b(?![’'-])")  # "to cheers" is a plural noun
# "…, a skipper now charged with fraud": after an object-taking cue, a preposition opens its complement
COMPLEMENT_PREPOSITIONS = frozenset({"to", "with", "of", "as", "for", "by"})
# "…, the skippers pleaded with reporters": a speech cue's listeners close the frame, its complement is the clause before
LISTENERS_AFTER = regex.compile(r"""
    \s*(?:to|with)\s+(?:him|her|them|us|me
      | (?:(?:the|a|an|his|her|their|its|our)\s+(?:[^\s,;:.!?“”"]+\s+){0,3}?)?(?:""" + alternation(load_lines("object_listeners.txt")) + r""")
      | (?:\p{Lu}[\p{L}.'’\-]*\s+){0,2}\p{Lu}[\p{L}'’\-]*)
    (?=\s*(?:[.!?;,]|\Z))
""", regex.VERBOSE)
RELATIVE_AFTER = regex.compile(r"\s+(?:who\s+\p{Ll}|(?:that|which)\s+(?:\p{Ll}+(?:s|ed)|is|was|has|had|are|were)\b)")
# "When I asked Ms Varga why she had come back": a clause embedded in the opening clause, not a main clause after it
EMBEDDED_CLAUSE = regex.compile(r"\b(?:why|what|how|where|whether|who|which|that|if)\s", regex.IGNORECASE)
CUE_WORD = regex.compile(r"\p{L}+")
BARE_REPORT_CLASSES = frozenset({"speech", "writing"})


# a participle of questioning opening the words before a frame: "Asked whether …, he laughed", "When pressed, …"
# "should have asked", "could tell": a modal of duty or chance names what ought to or might be said, no frame
# closing the words before it ("would", "will" may: "…, she would later say"), unless set off by commas
DUTY_MODAL = regex.compile(r"(?i:should|must|could|might|may|can|ought|shall)\s")
# the frame closes a clause and a semicolon joins the next, perhaps after a short adverbial ("in his letter")
SEMICOLON_AFTER_FRAME = regex.compile(r"(?:\s+[\p{L}\p{N}'’\-]+){0,5}?\s*;\s+(?:\p{Ll}+,\s+)?")
OPENING_REACH = 120  # characters of an opening clause before the source of a sentence that ends on its cue
QUESTION_LEAD = regex.compile(r"(?i:when(?:ever)?\s+)?(?i:asked|questioned|pressed)\b|(?i:when(?:ever)?\s+told)\b")
TOLD_LEAD = regex.compile(r"(?i:told)\s+(?:that\s+)?")  # "Told the ferry was late, Ms Varga laughed"


def quote_in_next_sentence(text: str, cue_class: str, cue: Span, addressee: Span | None, position: int,
                            sentence: Sentence, index: int, quote_map: QuoteMap,
                            found: tuple[Span, int] | None) -> Quote | None:
    """"Ana Varga agreed. “Time is running out.”": a cue that ends its sentence, then the quote."""
    if (SENTENCE_CLOSE.match(text, position, near(position, sentence.end)) is None
            and CLOSING_ADVERB_THEN_STOP.match(text, position, near(position, sentence.end)) is None):
        return None
    quoted = quote_map.first_after(sentence.end)
    if quoted is None or text[sentence.end:quoted.start].strip() or "\n" in text[sentence.end:quoted.start]:
        return None
    if found is None or not plausible_source(found[0].text) or (
            found[1] > sentence.start + 2 and not _lone_opener(text[sentence.start:found[1]]) and (
                found[1] - sentence.start > OPENING_REACH
                or OPENING_CLAUSE.fullmatch(text, sentence.start, found[1]) is None)):
        # the whole sentence is "Source cue.", perhaps after an opening clause ("After the vote, …") or a joint
        # of subject_openers.txt ("But Mr Reyl disagreed.")
        return None
    if not quoted.inner.text.strip() or quoted.inner.text.rstrip().endswith(","):
        return None  # "The skippers were angry. “Nobody listens,” one said.": a comma leads into the quote's own tag
    if quoted.inner.text.rstrip().endswith(("?", "!")) and LOWER_TAG.match(text, quoted.end) is not None:
        return None  # "Mr Reyl was angry. “Is the pier safe?” he asked.": so do a question or exclamation mark
    return make_quote((quoted.inner,), cue, found[0], addressee, cue_class, index, quote_map)


def opens_sentence(text: str, sentence: Sentence, found: tuple[Span, int] | None) -> bool:
    """"Lena Ruiz, its acting chair, told …": the subject opens the sentence, so nothing was said before it."""
    return found is not None and not last_char_before(text, sentence.start, found[1], " “\"‘'")


def interrupts_subject(text: str, match: regex.Match, sentence: Sentence) -> bool:
    """"The pier, say officials, is unsafe": an inverted frame between a subject and its verb."""
    source = source_after(text, match.end(), sentence.end)
    if source is None:
        return False
    frame_end = past_adverbials(text, source.end, sentence.end)
    return PREDICATE_AHEAD.match(text, frame_end, near(frame_end, sentence.end)) is not None


def after_quoted_words(text: str, found: tuple[Span, int] | None) -> bool:
    """The cue's subject comes right after a closing quotation mark and its comma, or the mark and a spaced dash."""
    return found is not None and QUOTE_THEN_COMMA.search(text, max(0, found[1] - 7), found[1]) is not None


def _opens_with_cue_verb(words: str) -> bool:
    """"Denounces Ferry": a headline's source that opens with a cue's finite form is the subject's next act."""
    first = words.split(maxsplit=1)
    return len(first) > 1 and first[0].lower() in cue_lexicon().finite_forms


PRESENT_ACT_REACH = 80  # characters before a quotation read for the cue in "-s" whose words it is
WORD_IN_S = regex.compile(r"(?<![\p{L}’'])\p{L}+s(?![\p{L}’'])")


def next_present_act(text: str, match: regex.Match, cue: Span, sentence: Sentence, quote_map: QuoteMap) -> bool:
    """A cue in "-s" right after a quotation that is the object or clause of an earlier cue in "-s" in the sentence:
    the subject's next act, as headlines write it ("Varga declares ‘victory,’ ignores losses"), when the cue takes
    an object only; "Ms Varga warns: “We are ready,” says Mr Reyl" is still "“…,” says X"."""
    if not cue_lexicon().third_person(match.group().lower()) or not _takes_object_only(match):
        return False
    closing = quote_map.ending_at(cue.start - 1) if text[cue.start - 1:cue.start] == " " else None
    if closing is None or closing.start <= sentence.start:
        return False
    return any(cue_lexicon().third_person(word.group().lower())
               for word in WORD_IN_S.finditer(text, max(sentence.start, closing.start - PRESENT_ACT_REACH), closing.start))


def read_left_frame(text: str, match: regex.Match, cue_class: str, cue: Span, addressee: Span | None,
                position: int, sentence: Sentence, index: int, quote_map: QuoteMap,
                subject: tuple[Span, int] | None) -> Quote | None:
    """``…, X said.`` / ``…, said X.`` / ``“A,” she said, “B.”``."""
    before = tail_before(text, sentence.start, cue.start)
    # "…, or so says Ms Varga": the inverted frame after a comma and "(or) so"
    so_lead = SO_BEFORE.search(text, max(sentence.start, cue.start - 12), cue.start)
    if so_lead is not None:
        before = ","
    after_quote = before.endswith(("”", '"', "’", "''", "»", "›", "«", "‹", "”?", "”!", '"?', '"!')) \
        or cue.start == sentence.start \
        or QUOTE_THEN_DASH.search(text, max(sentence.start, cue.start - 8), cue.start) is not None
    # "Ms Varga explained how, in the storm, the pier had cracked": a thing's act, no speech, unless the words are quoted
    quoted_only = cue_lexicon().forms[match.group().lower()][0] in load_words(QUOTED_LEFT_ONLY)
    # "“…,” said X" reads the source after the cue; "X, a spokesman, said" before it
    for inverted in ((True, False) if after_quote else (False, True)):
        if inverted and not (after_quote or before.endswith(INVERTING)):
            continue
        if inverted and not after_quote and (
                _takes_object_only(match) and not _closing_after_plain_clause(text, match, cue_class, cue, sentence)
                or _auxiliary_chain(text, cue, match) or _needs_listener(match)):
            # "Ms Varga, his deputy, urged a strong stand": the words after the verb are its object; "Mr Reyl, the
            # chairman, told the Gazette that …": its listener
            continue
        found = (_inverted_source(text, match, cue, sentence, so_lead.start() if so_lead else cue.start) if inverted
                 else _subject_source(text, subject, position, sentence))
        if found is None:
            continue
        source, content_end, frame_end = found
        if inverted and not after_quote and _object_thing(match, source):
            continue  # "The board met, its chairman, Piet Osman, promised a review": the verb's object, no speaker
        if headline(sentence) and _opens_with_cue_verb(source.text):
            continue  # "Varga Backs Toll, Denounces Ferry Plan": "Plan" is the object's noun, not "…, X said"
        if inverted and after_quote and next_present_act(text, match, cue, sentence, quote_map):
            continue  # "Varga declares ‘victory,’ ignores losses": "losses" is the next act's object, not "…, said X"
        if inverted and not after_quote and INFINITIVE_AFTER.match(text, frame_end, near(frame_end, sentence.end)):
            continue  # "The harbour league, a centrist group, pushed the skippers to vote": not "…, said X"
        left = clause_before(text, content_end, sentence, quote_map)
        around = quote_map.around(left.start) if left is not None else None  # the quotation the words are, if any
        quoted = around is not None
        if left is None or (inverted and RELATIVE_ASIDE.fullmatch(left.text) and not quoted):
            continue  # "The lawmaker, who represents the harbour, said the remarks …": a subject and its aside
        if quoted and not inverted and _quoted_modifier(text, around, source):
            continue  # "'Calm' skipper named after pier crash": the quoted word describes the skipper
        if (not inverted and AS_BEFORE.search(text, max(sentence.start, source.start - 8), source.start) is not None
                and not quoted and _opens_with_report(text, left)):
            continue  # "Ms Lund said the toll was unfair, as she had warned": the words are already a report
        if not quoted and quoted_only:
            continue
        if (not inverted and AS_BEFORE.search(text, max(sentence.start, source.start - 8), source.start)
                and _framed_before(text, quote_map, left)):
            continue  # "“We will mend it,” Ms Varga said, as the crowd applauded": the quotation has its own frame
        if inverted and not quoted and _takes_object_only(match) and _owned_thing(source):
            continue  # "Mr Reyl summed up the toll as “a tax,” denounced its record …": the verb's object, no speaker
        if not quoted and not inverted and DUTY_MODAL.match(cue.text) and not COMMA_NEXT.match(text, frame_end, near(frame_end, len(text))):
            # "…, but if the council raised it, it should have asked the skippers": no report of the words; but
            # "The vote, we might recall, was close" interrupts them
            continue
        participle_lead = not quoted and not inverted and (_opens_with_cue_participle(text, sentence, left)
                                                           or _opens_with_state(text, sentence, left))
        if participle_lead and (COMMA_NEXT.match(text, frame_end, near(frame_end, sentence.end)) is None
                                or THAT_WORD.search(text, left.start, left.end) is not None):
            continue  # "Conceding that the pier was old, Ms Varga warned skippers": the participle's own report
        if not quoted and "," not in left.text and (QUESTION_LEAD.match(text, left.start, left.end) is not None or (
                (told := TOLD_LEAD.match(text, left.start, left.end)) is not None
                and opens_with_subject(text[told.end():left.end]))):
            # "Asked whether he would quit, Mr Reyl laughed": the question put to him, not his words; not "When
            # asked about it, Mr Reyl said, “No,” the Gazette reported", where a main clause follows the question
            continue
        window = near(frame_end, sentence.end)
        # a quotation closing the sentence before needs a frame that closes too, or a listener: "“Is it shut?” She said
        # it was." and "… She said no." are replies of their own; "“…?” Mr Reyl told the Gazette in May" is not
        closing = (FRAME_END if not quoted or addressee is None and around.end <= sentence.start
                   else QUOTE_FRAME_END).match(text, frame_end, window)
        if closing is None and inverted and quoted and before.endswith(COMMA_CLOSED_QUOTES):
            # "“The toll is unfair,” said Ms Varga: “We will not pay.”": a tag of the quotation its comma closed, its
            # colon introducing more words of hers
            closing = TAG_COLON.match(text, frame_end, window)
        if closing is None and not quoted and not inverted and addressee is None and \
                THAT_AHEAD.match(text, frame_end, window) is None:
            # "…, she said in a recorded message to the council": an adverbial the skip read only part of;
            # not "Lyme's mayor, Ana Varga, said Tuesday that …"
            closing = FRAME_END.match(text, cue.end, near(cue.end, sentence.end))
        # "said one owner who runs …", "“…,” he told a crowd that filled the hall": relative clauses, not content
        relative = (inverted or (quoted and addressee is not None)) and RELATIVE_AFTER.match(
            text, frame_end, window) or (quoted and addressee is not None and THAT_RELATIVE.match(text, frame_end, window))
        if closing is None and not relative:
            continue  # "X said that …" has its content on the right
        if (quoted and not inverted and addressee is None and FRAME_END.match(text, frame_end, window) is None
                and _quote_in_opening_phrase(text, quote_map, left)):
            continue  # "Walking in to chants of “Go!”, the senator said his campaign …": his words follow the verb
        preposition = closing.group().strip().lower() if closing is not None else ""
        if (not inverted and not quoted and preposition in COMPLEMENT_PREPOSITIONS and not _takes_bare_clause(match)
                and (preposition != "to" or not text[cue.end:closing.start()].strip())
                and not _pleads_with_listeners(text, cue_class, source, cue, closing, window)):
            # "…, a skipper now charged with fraud", "…, a move intended to calm them": a participle's noun;
            # not "…, the skipper reported on Monday to the council"
            continue
        pieces = [left]
        open_lead = not verb_positions(text, left.start, left.end, s_forms=False)
        lead = left if quoted else _after_last_joint(text, left)
        # "While the crews were warned, she added, closing the quay …": an opening clause needs its main clause
        subordinator_end = (None if quoted or inverted or QUOTE_MARK.search(lead.text)
                            else opening_subordinate(text, lead))
        subordinate_lead = subordinator_end is not None
        # "The pier, said Ms Varga, is unsafe"; not "Ms Varga, the harbour master, said Mr Reyl, the mayor, was …",
        # nor "But, said Ms Varga, the pier is unsafe", where a joint alone leads a whole clause
        joint_lead = not quoted and _lone_joint(lead.text)
        right = resumed_content(text, frame_end, sentence, quote_map, left_quoted=quoted or inverted and not joint_lead,
                                open_lead=open_lead, inverted_subject=inverted and not quoted and not joint_lead and (
                                    open_lead and "," not in left.text or _subject_after_joint(text, left, lead)),
                                main_ahead=subordinate_lead)
        if right is None and not quoted and not inverted:
            right = _clause_after_semicolon(text, frame_end, sentence, quote_map)
        if right is not None and not quoted and not open_lead and JOINT_OPENING.match(right.text) is not None \
                and AS_BEFORE.search(text, max(sentence.start, source.start - 8), source.start) is not None:
            right = None  # "Ms Varga met Mr Reyl, as the Gazette reported, and he will …": the writer's next clause
        if joint_lead and inverted and right is not None and (
                aside := SOURCE_APPOSITIVE.match(text, right.start, right.end)) is not None \
                and (opens_with_subject(text[aside.end():right.end]) or _asks(text, aside.end(), right.end)):
            right = Span.of(text, aside.end(), right.end)  # "But, said Tom Reyl, a skipper, the pier …": his title
        if right is None and inverted and not quoted and "," not in lead.text and opening_subordinate(text, lead) \
                and (main := resumed_content(text, frame_end, sentence, quote_map, left_quoted=False,
                                             open_lead=open_lead, main_ahead=True)) is not None \
                and (opens_with_subject(main.text) or CONTRACTED_SUBJECT.match(main.text)):
            right = main  # "If the vote fails, said Ms Varga, Mr Reyl will resign": the opening clause's main clause
        if (subordinate_lead and (right is None or right.start <= left.end)
                and "," not in text[subordinator_end:lead.end] and _own_verb_groups(text, lead) < 2):
            continue  # "Although under fire, Mr Reyl was proving to be …": an opening clause is no content alone
        if (inverted and not quoted and not COMMA_NEXT.match(text, frame_end, near(frame_end, sentence.end))
                and PARTICIPLE_ASIDE.fullmatch(left.text) is not None):
            # "The findings, published in a journal, suggest the drug works": a subject and its aside; not "The
            # toll, introduced in May, said Ms Varga, is unfair", where the words go on after the frame's comma
            continue
        if participle_lead and (right is None or right.start <= left.end or not opens_with_subject(right.text)):
            continue  # a participle's phrase alone before the frame, or one that is the subject after it, as before
        if right is not None and right.start > left.end:
            if not quoted:
                # "Still, the mayor said, the toll would stay": a sentence adverb alone leads nothing that was said;
                # nor does a participle's phrase before a clause ("Looking back, she says, she would not change …")
                # nor does a first conjunct whose joint stands before the frame ("… and, records show, does not …")
                lead_only = (_only_sentence_adverbs(lead.text) and lead.text.strip(", ").lower() not in HEDGES
                             or participle_lead or _ends_on_joint(lead.text)
                             or _joint_before_as(text, lead, source))
                pieces = [] if lead_only else [_interrupted_clause(text, lead)]
            pieces.append(right)
        if not quoted and pieces and (opening := LEADING_ADVERB.match(text, pieces[0].start, pieces[0].end)) \
                and (adverb := opening.group(1).lower()) in frames().sentence_adverbs and adverb not in HEDGES \
                and opening.end() < pieces[0].end:
            # "Still, Ms Varga will not back down, aides said": the writer's connective is no part of it
            pieces[0] = Span.of(text, opening.end(), pieces[0].end)
        if not quoted and pieces and (tag := OPENING_TAG.match(text, pieces[0].start, pieces[0].end)) is not None \
                and tag.group("tag").lower() in load_words("headline_tags.txt", lower=True) \
                and has_verb(text[tag.end():pieces[0].end]):
            # "Exclusive: Reyl plans to quit, sources say": a story's tag before a colon is the writer's label
            pieces[0] = Span.of(text, tag.end(), pieces[0].end)
        # "Not so, says Mr Reyl.": a short reply alone before a frame that closes the sentence is what was said
        reply = (not quoted and len(pieces) == 1 and _takes_bare_clause(match)
                 and _short_reply(text, sentence, left, frame_end))
        title_cased = headline(sentence)
        # "Pier to close in May, Varga says": a headline's line
        unstopped = last_char_before(text, sentence.start, sentence.end).isalnum()
        if not quoted and not reply and not any(_verb_or_quoted(text, p, title_cased=title_cased) or (
                quote_map.inside_letters(p.start, p.end))
                or unstopped and (headline_future(p.text.lower()) or len(pieces) == 1 and verbless_headline(text, p.start, p.end))
                for p in pieces) \
                and not (len(pieces) > 1 and _predicate_after_frame(pieces[-1].text)):
            # "On Saturday, she said …", "On his tour, he said …": an adverbial, not what was said; but a headline's
            # words in single quotes are ("Pier Closure 'A Disgrace,' Skippers Say")
            continue
        # the words after the frame, whether or not the words before it stay a piece ("Still, said Ms Varga, …")
        clause_pieces = [_before_relative_aside(text, left), *(piece for piece in pieces if piece.start >= left.end)]
        if inverted and not quoted and not reply and not any(
                _clause_like(text, p) or quote_map.inside_letters(p.start, p.end)
                or unstopped and (headline_future(p.text.lower())
                                  or len(clause_pieces) == 1 and before.endswith(",") and verbless_headline(text, p.start, p.end))
                for p in clause_pieces):
            continue  # "Mr Reyl, his deputy, urged a firm line": a subject, not a quote by "a firm line"
        if addressee is not None and source is not None and addressee.start < source.end and source.start < addressee.end:
            addressee = None  # "“Is it safe?” asked Mr Reyl": who asks after the cue, not whom he asked
        if _told_closing(text, match, cue, source, inverted=inverted, quoted=quoted, addressee=addressee,
                         sentence=sentence):
            source, addressee = None, source  # "School to close, parents told": they were told; nobody named told them
        return make_quote(tuple(pieces), cue, source, addressee, cue_class, index, quote_map)
    return None


QUOTED_MODIFIER_WORDS = 2  # words of a quoted modifier before a noun: "'Calm' skipper", "'hero' ferry crew"


def _quoted_modifier(text: str, quoted: Quoted, source: Span) -> bool:
    """Quoted words that end in a letter, right before a subject in lower case with nothing but a space between, modify
    its noun as an adjective does: "'Calm' skipper named after pier crash"; not "“We will win,” skippers said", whose
    comma closes the words, nor "“Enough” Ms Varga said"."""
    return (quoted.closed and text[quoted.inner.end - 1:quoted.inner.end].isalpha()
            and len(quoted.inner.text.split()) <= QUOTED_MODIFIER_WORDS
            and source.start > quoted.end and not text[quoted.end:source.start].strip()
            and text[source.start].islower())


def _clause_after_semicolon(text: str, frame_end: int, sentence: Sentence, quote_map: QuoteMap) -> Span | None:
    """The clause after a semicolon that closes an unquoted frame goes on with what was said: "The pier was
    not old, Mr Reyl noted; the council had let it rot" gives "the council had let it rot" with "The pier was not
    old"; an adverb set off by a comma may open it ("; rather, the toll …"). The clause needs a subject and its
    verb."""
    joint = SEMICOLON_AFTER_FRAME.match(text, frame_end, near(frame_end, sentence.end))
    if (joint is None or quote_map.around(joint.end()) is not None
            or not opens_with_subject(text[joint.end():near(joint.end(), sentence.end)])):  # its first words
        return None
    return trimmed(text, joint.end(), sentence.end)


def _framed_before(text: str, quote_map: QuoteMap, left: Span) -> bool:
    """"“We will mend it,” Ms Varga said": a clause opening with a quotation and then a cue, the quotation's own
    frame, so an "as" clause after it is no frame of the quotation's."""
    quotation = quote_map.around(left.start + 1)
    return (quotation is not None and quotation.start <= left.start and quotation.end < left.end
            and next(cue_lexicon().find(text, quotation.end, near(quotation.end, left.end), ANY_CUE), None) is not None)


def _short_reply(text: str, sentence: Sentence, left: Span, frame_end: int) -> bool:
    """"Not so, says Mr Reyl.", "Nonsense, the mayor said.": up to REPLY_WORDS words open the sentence and the
    frame after them closes it, so they are the reply itself, not an opener of what follows ("Still, says Mr Reyl,
    the toll …" goes on); a name among them is a subject ("Ms Varga, the mayor, said."), and a sentence adverb
    sets the time of an act ("Then, she apologized."); a determiner with its noun or a possessive is a noun phrase,
    not a reply ("A bitter split, Ms Varga said.", "The mayor's plan, Mr Reyl said.")."""
    words = left.text.split()
    if len(words) > 1 and words[0].lower() in load_words("source_determiners.txt", lower=True) \
            or POSSESSIVE.search(left.text):
        return False
    return (0 < len(words) <= REPLY_WORDS and end_before(text, sentence.start, left.start) == sentence.start
            and SENTENCE_CLOSE.match(text, frame_end, near(frame_end, sentence.end)) is not None
            and honorific(words[0]) is None and not is_given_name(words[0])
            and frames().sentence_adverbs.isdisjoint(word.lower().strip(",") for word in words)
            and not any(word[:1].isupper() for word in words[1:]))


def _own_verb_groups(text: str, lead: Span) -> int:
    """The verb groups of an opening clause before any clause embedded after its first verb: one in "When I asked
    Ms Varga why she had come back", two in "If the vote fails the pier will close"."""
    groups = verb_groups(text, lead.start, lead.end, s_forms=False)
    embedded = EMBEDDED_CLAUSE.search(text, groups[0], lead.end) if groups else None
    if groups and embedded is None and (cue := _bare_clause_cue(text, groups, lead)) is not None:
        return sum(1 for group in groups if group < cue)  # "After the Gazette reported the ferry was late": its report
    return sum(1 for group in groups if embedded is None or group < embedded.start())


def _bare_clause_cue(text: str, groups: list[int], lead: Span) -> int | None:
    """Where the words after the opening clause's first verb group begin, when that group ends on a cue of speech
    or writing that takes a bare clause ("said", "has written") after its subject, or any such cue before a clause
    opened by a pronoun or a determiner's noun phrase and an auxiliary ("reported the ferry was late"): the clause
    after it is that cue's report; not "When told the pier was shut", with no subject of its own."""
    end = groups[1] if len(groups) > 1 else lead.end
    for word in CUE_WORD.finditer(text, groups[0], end):
        entry = cue_lexicon().lookup(word.group())
        if entry is not None and entry[1] in BARE_REPORT_CLASSES and more_words_than(text, lead.start, groups[0], 1) \
                and (entry[0] in frames().bare or CLAUSE_AFTER_NOUN.match(text, word.end(), lead.end) is not None):
            # "After the Gazette reported the ferry was late": a cue that seldom takes a bare clause, before a
            # subject and its auxiliary
            return word.end()
        if word.group().lower() not in frames().verbal_auxiliaries and not word.group().endswith("ly"):
            return None
    return None


CONTRACTED_S = regex.compile(r"(?P<word>\p{L}+)[’']s(?!\p{L})")  # "varga's", "it's"


def _verb_or_quoted(text: str, piece: Span, *, title_cased: bool = False) -> bool:
    """A finite form other than a possessive in -s ("the pier needs work"; not "on his tour"), or quoted words;
    ``title_cased`` reads a title-case headline's words in lower case ("Pier Will Close In May, Council Says"),
    when they hold no comma or colon (not a list of names), and takes its infinitive after a subject as its verb
    ("Council To Close Pier, Mayor Says")."""
    if title_cased and not any(mark in piece.text for mark in ",:"):
        lowered = piece.text.lower()
        if lowered.split(" ", 1)[0] in frames().prepositions:
            # "On Ms Varga's Pier, Reyl Says": after an opening preposition a name's "'s" is a possessive, no "is"
            lowered = CONTRACTED_S.sub(lambda s: s.group(0) if s.group("word") in SUBJECT_PRONOUN_WORDS
                                       else s.group("word"), lowered)
        # "Council To Close Pier, Mayor Says": a headline's infinitive after its subject tells what will happen
        return _verb_or_quoted(lowered, Span.of(lowered, 0, len(lowered))) or headline_future(lowered)
    return QUOTE_MARK.search(piece.text) is not None or any(
        verb.group().lower() not in POSSESSIVES_IN_S for verb in FINITE.finditer(text, piece.start, piece.end)) or (
        _irregular_after_fronted_phrases(piece.text) or _plural_then_base_cue(piece.text))


VERBLESS_HEADLINE_REACH = 100  # characters at most of a headline's verbless statement: eight words


def verbless_headline(text: str, start: int, end: int) -> bool:
    """"Pier unsafe", "Toll Too High": ``text[start:end]`` is a headline's statement, two to eight words with its verb
    left out, before its closing frame or after its cue; not a phrase of place or time ("On The Pier", "Last
    Monday"), nor a list, nor words that open with a cue form, a greeting or an act ("Welcome To The Pier")."""
    if end - start > VERBLESS_HEADLINE_REACH:
        return False
    words = text[start:end]
    lowered = words.lower().split()
    return (2 <= len(lowered) <= 8 and not any(mark in words for mark in ",:;")
            and lowered[0] not in frames().prepositions and lowered[0] not in TIME_WORDS
            and lowered[0] not in cue_lexicon().forms
            and past_adverbials(" " + words, 0, len(words) + 1) == 0)


def _irregular_after_fronted_phrases(clause: str) -> bool:
    """An irregular past right after the clause's subject, read from its start and again after each comma, so a
    fronted phrase does not push the verb past the first five words: "For Tom Reyl, the mayor made a mistake"."""
    return any(_irregular_after_subject(part) for part in clause.split(","))


IRREGULAR_REACH = 7  # the clause's first words read for an irregular past: "Boats on the Lyme quay sank"


def _irregular_after_subject(clause: str) -> bool:
    """"The crew took the boat", "The ferry left", "Ms Varga quit": an irregular past among the clause's first five
    words, right after a word that is no preposition and no determiner; a past spelt like its base form
    (`unchanged_pasts.txt`) only right after a name or a subject pronoun, or after a determiner and one noun that
    open the clause when more words follow it ("The fire spread quickly"); not "In addition to paid leave", "A
    lost season", "a bitter split", "the vote to quit", "The fire spread"."""
    f = frames()
    every = clause.split()
    cased = every[:IRREGULAR_REACH]
    words = [word.lower() for word in cased]
    unchanged = load_words("unchanged_pasts.txt", lower=True)
    return CLAUSE_COLON.search(clause) is None and any(
        words[i - 1] not in f.prepositions and words[i - 1] not in NOUN_DETERMINERS and (
            word in f.irregular_verbs or word.rstrip(",.;") in unchanged and (
                cased[i - 1][:1].isupper() or words[i - 1] in SUBJECT_PRONOUN_WORDS  # "Ms Varga quit", "she quit"
                or i == 2 and words[0] in NOUN_DETERMINERS and i < len(every) - 1))  # "The fire spread quickly"
        for i, word in enumerate(words) if i > 0)


def _predicate_after_frame(words: str) -> bool:
    """"The figure, Mr Reyl said, came from a report": after the frame, an irregular past opens the predicate of
    the subject before it."""
    first = words.split(None, 1)[0].lower() if words.strip() else ""
    return first in frames().irregular_verbs


def _plural_then_base_cue(clause: str) -> bool:
    """"Skippers want the toll to fall", "Most forecasters expect rain": a plural noun opening the clause, after
    at most a determiner, then a cue's base form, its present verb."""
    words = clause.lower().split()[:3]
    if len(words) > 2 and words[0] in PLURAL_OPENERS:
        words = words[1:]
    if len(words) < 2 or not PLURAL_WORD.fullmatch(words[0]) or words[0] in frames().pronouns:
        return False
    found = cue_lexicon().lookup(words[1])
    return found is not None and found[0] == words[1]


def _after_last_joint(text: str, left: Span) -> Span:
    """"The vote was lost - the plan, she said, was doomed": an interrupted clause starts after an unpaired dash;
    "…, which is a risk, he said, to the pier": or at a relative with no comma after it."""
    dashes = list(LEAD_DASH.finditer(text, left.start, left.end))
    start = dashes[-1].end() if len(dashes) % 2 else left.start
    relative = None
    for relative in LEAD_WHICH.finditer(text, start, left.end):
        pass
    if relative is not None and "," not in text[relative.end():left.end]:
        start = relative.start("which")
    # "The plan, she said, would cost more, and the council, she added, …": after an earlier frame, the clause
    # this frame interrupts starts after the last joint
    frames_before = [frame for frame in SET_OFF_FRAME.finditer(text, start, left.end) if holds_cue(text, frame)]
    if frames_before:
        joints = list(COMMA_JOINT.finditer(text, frames_before[-1].end(), left.end))
        if joints:
            start = joints[-1].end()
    return Span.of(text, start, left.end) if start > left.start and text[start:left.end].strip() else left


def _ends_on_joint(words: str) -> bool:
    """The words before a frame end on "and", "but" or "or": the frame speaks for the second conjunct only, after
    it ("Mr Reyl rents the pier and, records show, seldom uses it" -> "seldom uses it"); not a lone "But"
    ("But, said Ms Varga, …"), which opens what was said."""
    found = words.split()
    return len(found) > 1 and found[-1].lower() in JOINTS_BEFORE_FRAME


# ", a skipper, the pier is old": an appositive to an inverted source, set off before the clause after it
SOURCE_APPOSITIVE = regex.compile(r"(?:a|an|the)\s+[^,;:“”\"]{1,60}?,\s+")


def _asks(text: str, start: int, end: int) -> bool:
    """"is the pier safe?": ``text[start:end]`` opens with a verbal auxiliary and a question mark closes it, a
    question whose subject follows its verb."""
    first = text[start:end].split(None, 1)[:1]
    return bool(first) and first[0].lower() in frames().verbal_auxiliaries and text[end:end + 1] == "?"


def _lone_opener(words: str) -> bool:
    """Whether ``words`` are one joint of `subject_openers.txt` alone: "But", "Or"."""
    found = words.split()
    return len(found) == 1 and found[0].lower() in frames().subject_openers


def _lone_joint(words: str) -> bool:
    """"But", "Or", "Still": a joint of `subject_openers.txt` or a sentence adverb alone before a frame, which
    leads no subject of its own ("But, said Ms Varga, the pier is unsafe")."""
    return _lone_opener(words) or len(words.split()) == 1 and _only_sentence_adverbs(words)


def _joint_before_as(text: str, lead: Span, source: Span) -> bool:
    """A lone joint of `subject_openers.txt` set off before an "as" frame is the writer's: "But, as Tom Reyl, a
    skipper, said, the pier is unsafe" reports "the pier is unsafe" alone."""
    return _lone_opener(lead.text) and AS_BEFORE.search(text, max(lead.end, source.start - 8), source.start) is not None


def _interrupted_clause(text: str, lead: Span) -> Span:
    """The clause a frame interrupts, in the words before it: after a colon or semicolon ("He is measured: the
    council, he says, has …" -> "the council"), after an opening subordinate clause and its comma ("As the ferry firm builds piers,
    it falls to him, he said, to …" -> "it falls to him") or after the last ", and"
    or ", but" that opens a clause of its own ("Mr Reyl was neutral, and the best way to do that, aides think,
    is …" -> "the best way to do that")."""
    start = lead.start
    if (colon := max(text.rfind(":", start, lead.end), text.rfind(";", start, lead.end))) >= 0:
        # "His father is more measured: the council, he says, has …", "Mr Reyl says the toll is high; the board, he
        # adds, has …": what is said follows the colon or semicolon
        start = colon + 1
    if (opening := SUBORDINATE_OPENING.match(text, start, lead.end)) is not None \
            and (main := MAIN_CLAUSE_SUBJECT.search(text, opening.end(), lead.end)) is not None:
        start = main.start() + 1
    for joint in COMMA_JOINT.finditer(text, start, lead.end):
        if opens_with_subject(text[joint.end():lead.end]) or _subject_before_copula(text[joint.end():lead.end]):
            start = joint.end()
    found = trimmed(text, start, lead.end) if start > lead.start else None
    return found if found is not None else lead


def _subject_after_joint(text: str, left: Span, lead: Span) -> bool:
    """"The pier is safe, and the toll, says Mr Reyl, is unfair": the words an inverted frame interrupts are a
    subject alone, after the last ", and" or ", but" that opens a clause of its own (or after an earlier frame's
    joint, ``lead``)."""
    clause = _interrupted_clause(text, lead)
    return clause.start > left.start and "," not in clause.text and not verb_positions(
        text, clause.start, clause.end, s_forms=False)


def _subject_before_copula(words: str) -> bool:
    """A noun phrase opened by a determiner, with no finite verb but an infinitive's: the subject whose verb
    comes after the frame ("the best way to do that")."""
    first = words.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in NOUN_DETERMINERS and not has_verb(INFINITIVE_WORDS.sub(" ", words))


def _before_relative_aside(text: str, left: Span) -> Span:
    """"On the quay, Mr Reyl, who runs the ferry": the words before a relative aside that closes the words
    before an inverted frame, whose verb is the aside's and makes no clause."""
    relative = None
    for relative in TRAILING_RELATIVE.finditer(text, left.start, left.end):
        pass
    if relative is None or "," in text[relative.end():left.end].rstrip(", "):
        return left
    return Span.of(text, left.start, relative.start())


def _needs_listener(match: regex.Match) -> bool:
    """A verb whose object is the one told, never a source after it: "told", "assured"; not "warned", which may
    take a bare clause."""
    f = frames()
    return cue_lexicon().forms[match.group().lower()][0] in f.addressee - f.addressee_optional


TOLD_AT_END = regex.compile(r"[\s.!?”\"’']*\Z")


def _told_closing(text: str, match: regex.Match, cue: Span, source: Span, *, inverted: bool, quoted: bool,
                  addressee: Span | None, sentence: Sentence) -> bool:
    """A past form of a verb whose object is the one told, closing its sentence after its subject with nothing
    after it, is a headline's passive: "School to close, parents told" (they were told); not "…, she told the
    Gazette", "…, told Ms Varga", "…, she told.", whose subject pronoun tells, quoted words ("“Why?” he
    asked.") nor a passive with its "was" ("…, the board was told")."""
    return (not inverted and not quoted and addressee is None and _needs_listener(match)
            and source.text.lower() not in SUBJECT_PRONOUN_WORDS
            and not cue_lexicon().third_person(match.group().lower()) and " " not in cue.text  # not "was told"
            and last_char_before(text, sentence.start, source.start) == ","  # "…, parents told", not "Mr Reyl asked."
            and TOLD_AT_END.match(text, cue.end, sentence.end) is not None)


def _object_thing(match: regex.Match, source: Span) -> bool:
    """"a review" after "promised": a thing after a verb that may take an object, with "a" or "an" and no role for a
    person last, which is that object; "a spokesman" after "warned" may still be a source."""
    words = source.text.split()
    return (len(words) > 1 and words[0].lower() in ("a", "an") and not role_noun_is_head(source.text)
            and cue_lexicon().forms[match.group().lower()][0] in frames().object)


def _owned_thing(source: Span) -> bool:
    """"its record", "her plan": a noun after a possessive determiner, which after a verb that takes only an object
    is that object; "his aide" may still be a source after "said"."""
    return source.text.split(maxsplit=1)[0].lower() in POSSESSIVES


def _closing_after_plain_clause(text: str, match: regex.Match, cue_class: str, cue: Span, sentence: Sentence) -> bool:
    """"The toll will rise, reported the Gazette.": a cue of writing or news (`news_passives.txt`) that takes only
    an object is inverted where :func:`closes_plain_clause`; not "Ms Varga, the mayor, revealed the plan", whose
    words before the verb are its subject, nor "The council met, endorsed the skippers", a second act."""
    return (cue_class == "writing" or cue_lexicon().forms[match.group().lower()][0] in load_words(
        "news_passives.txt", lower=True)) and closes_plain_clause(text, match, cue.start, sentence)


def closes_plain_clause(text: str, match: regex.Match, cue_start: int, sentence: Sentence) -> bool:
    """The cue follows the one comma of its sentence, which closes a clause with a verb, and a source after it ends
    the sentence, a time perhaps after it: "The toll will rise, claims Mr Reyl on Monday."."""
    lead = text[sentence.start:cue_start].rstrip()
    if not lead.endswith(",") or "," in lead[:-1] or not verb_positions(text, sentence.start, cue_start - 1,
                                                                        s_forms=False):
        return False
    source = source_after(text, match.end(), sentence.end)
    return source is not None and SENTENCE_CLOSE.match(
        text, (end := past_adverbials(text, source.end, sentence.end)), near(end, sentence.end)) is not None


def _takes_object_only(match: regex.Match) -> bool:
    """A verb whose object follows it and that takes no bare clause: "endorsed", "urged", "tweeted"; not "said"."""
    f = frames()
    lemma = cue_lexicon().forms[match.group().lower()][0]
    return lemma in (f.object | f.infinitive) - f.bare


def _pleads_with_listeners(text: str, cue_class: str, source: Span, cue: Span, closing: regex.Match, window: int) -> bool:
    """"…, the skippers pleaded with reporters": a speech cue right after its subject, then its listeners;
    not a description's participle, "…, a plan first discussed with voters"."""
    return (cue_class == "speech" and not text[source.end:cue.start].strip()
            and source.text.split(maxsplit=1)[0].lower() not in ("a", "an")
            and LISTENERS_AFTER.match(text, closing.start(), window) is not None)


def _takes_bare_clause(match: regex.Match) -> bool:
    """A verb that takes a bare clause: "said", "told"; not "urged", "charged", "intended"."""
    return cue_lexicon().forms[match.group().lower()][0] in frames().bare


def _auxiliary_chain(text: str, cue: Span, match: regex.Match) -> bool:
    """"have also said", "will focus": a verb with its auxiliary follows its subject, it does not invert."""
    return any(word.lower() in frames().verbal_auxiliaries for word in text[cue.start:match.start()].split())


def _inverted_source(text: str, match: regex.Match, cue: Span, sentence: Sentence,
                     content_end: int) -> tuple[Span, int, int] | None:
    """The source after the cue ("…, said X"): the source, where content ends, where the frame ends."""
    # after a particle too: "“…,” went on Ms Varga"; but "“Save the Pier” went on without the Guild" names no one
    found = source_after_to(text, max(match.end(), cue.end), sentence.end)
    if found is None or cue.end > match.end() and found[0].text.split(maxsplit=1)[0].lower() in frames().prepositions:
        return None
    frame_end = past_adverbials(text, found[1], sentence.end)
    if SET_OFF_ADVERB.fullmatch(text, found[1], frame_end) is not None:
        frame_end = found[1]  # "…, said Tom Reyl, now a pundit.": the adverb opens an aside, the frame ends at the comma
    return found[0], content_end, frame_end


def _subject_source(text: str, found: tuple[Span, int] | None, position: int,
                    sentence: Sentence) -> tuple[Span, int, int] | None:
    """The subject before the cue ("…, X said"), after an inverting comma or quotation mark."""
    if found is None or not (plausible_source(found[0].text) or headline_document(text, sentence.end, found[0])):
        return None
    source, content_end = found
    if DIGIT_GROUP.match(text, max(0, content_end - 2)):
        return None  # "more than 3,500 projects": one number, not a clause and its subject
    if source.text.split(maxsplit=1)[0].lower() in ("and", "but"):
        return None  # "Ms Varga called the toll “unfair,” and Mr Reyl agreed": a clause of its own, no frame
    as_source = AS_BEFORE.search(text, max(0, content_end - 8), content_end)
    if as_source is not None:  # "the race is “a dead heat,” as Reyl said"
        content_end = as_source.start()
    stretch = tail_before(text, 0, content_end)
    if not stretch.endswith(INVERTING):
        return None
    return source, content_end, position


def _opens_with_report(text: str, left: Span) -> bool:
    """The words before an "…, as X said" frame open with a subject and a cue's finite form of their own: "Ms
    Lund said the toll was unfair", also after an opening phrase with no verb and its comma: "On Monday, Ms Lund
    said the toll was unfair"; not "The toll was unfair"."""
    lexicon = cue_lexicon()
    for match in lexicon.find(text, left.start, left.end, ANY_CUE):
        if match.group().lower() not in lexicon.finite_forms:
            continue
        found = source_before(text, left.start, match.start())
        return found is not None and plausible_source(found[0].text) and (
            not text[left.start:found[1]].strip() or opening_phrase(text, left.start, found[1]))
    return False



def _clause_like(text: str, piece: Span) -> bool:
    """Words before ``…, cue X`` that can be what was said: a verb, or quoted words.

    A word in -s counts as a verb before a lower-case word other than a
    preposition or "and" ("the pier needs work", "appears to be"), unless it
    is a possessive ("his deputy") or follows a relative ("a skipper who
    sails daily"); before a comma, a name, "and" or "of" it is mostly a
    plural noun ("Skippers and officials, however, …").
    """
    if has_verb_between(text, piece.start, piece.end, s_forms=False) or QUOTE_MARK.search(piece.text):
        return True
    words = piece.text.split()
    prepositions = frames().prepositions
    return any(S_FORM.fullmatch(word) and word not in POSSESSIVES_IN_S and later[:1].islower()
               and (later == "to" and " ".join(words[i + 2:i + 3])[:1].islower()  # "appears to be", not "Aides to Mr"
                    or later not in prepositions and later not in ("and", "or"))
               and (i == 0 or words[i - 1].lower() not in RELATIVE_PRONOUNS)
               for i, (word, later) in enumerate(zip(words, words[1:])))


def _quote_in_opening_phrase(text: str, quote_map: QuoteMap, left: Span) -> bool:
    """The quote before the frame sits inside the sentence's opening phrase ("Walking in to chants of “Go! Go!”"):
    words without a finite verb run into its opening mark from the sentence's start, which may lie before the
    frame's sentence when the quote itself ends one."""
    quoted = quote_map.around(left.start)
    if quoted is None:
        return False
    reach = max(0, quoted.start - OPENING_PHRASE_REACH)
    breaks = list(SENTENCE_BREAK.finditer(text, reach, quoted.start))
    if not breaks and reach > 0:
        return False  # no sentence start within reach
    start = breaks[-1].end() if breaks else 0
    return (text[start:start + 1].isupper() and runs_into_quote(text, start, quoted.start)
            and not QUOTE_MARK.search(text, start, quoted.start)
            and not verb_positions(text, start, quoted.start, s_forms=False))


def _opens_with_cue_participle(text: str, sentence: Sentence, left: Span) -> bool:
    """The words before the frame open the sentence with a cue's -ing form and no verb of their own before any
    "that" ("Conceding that the pier was old,"): the participle reads its own report by the frame's subject."""
    first = left.text.split(maxsplit=1)[0] if left.text.strip() else ""
    entry = cue_lexicon().lookup(first.lower())
    if not (first.endswith("ing") and first[:1].isupper() and not text[sentence.start:left.start].strip()
            and entry is not None):
        return False
    if entry[0] in cue_lexicon().phrasal_only and entry[0] in frames().object and not (
            (particle := frames().particles.get(entry[0])) is not None
            and particle.match(text, left.start + len(first), near(left.start + len(first), left.end))):
        # "Bringing the show back, he said, feels right": a verb with an object that is a cue only with its particle,
        # here without it; not "Looking back, she said, …", an opening adverbial
        return False
    # "Putting the show together allowed him …, he said": a verb before any "that" makes the words a clause
    that = THAT_WORD.search(text, left.start, left.end)
    return not verb_positions(text, left.start + len(first), that.start() if that else left.end, s_forms=False)


# "Worried the ferry might stop,", "Concerned about the toll,": a word of state_openers.txt opening the sentence, then
# "that", "about", "over" or a determiner or pronoun; not "Worried skippers are leaving", an adjective before its noun
STATE_OPENER = regex.compile(r"(?P<word>\p{Lu}\p{Ll}+)\s+(?:that|about|over|the|a|an|his|her|its|their|our|my|this|these"
                             r"|those|he|she|they|it|we|I)\b")


def _opens_with_state(text: str, sentence: Sentence, left: Span) -> bool:
    """The words before the frame open the sentence with the subject's state of mind and its clause or object
    ("Worried the ferry might stop,", `state_openers.txt`): why the frame's subject acted, not what was said."""
    opening = STATE_OPENER.match(text, left.start, left.end)
    return (opening is not None and end_before(text, sentence.start, left.start) == sentence.start
            and opening.group("word").lower() in load_words("state_openers.txt", lower=True))


def _only_sentence_adverbs(words: str) -> bool:
    """"Still", "However": words before a frame that are all sentence adverbs (`sentence_adverbs.txt`)."""
    lowered = [word.strip(",").lower() for word in words.split()]
    return bool(lowered) and all(word in frames().sentence_adverbs for word in lowered)
