"""The parse-based rules one at a time, on Token records built by hand (no stanza needed)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.analysis.base import Analysis, Token
from quoteattr.model import Sentence, Span
from quoteattr.quotes.content import MAX_CLAUSE
from quoteattr.quotes.parsed import Parse, cue_span, find_parsed, is_negated, mention

ALL_CLASSES = frozenset({"speech", "writing", "thought", "evidence"})


def parsed(rows: str) -> tuple[str, Parse]:
    """Text and parse from lines of "form lemma UPOS head deprel [ner]" (heads 1-based, 0 = root).

    Forms are joined with single spaces, so offsets are easy to check by eye.
    """
    text, tokens = "", []
    for line in rows.strip().splitlines():
        form, lemma, upos, head, deprel, *ner = line.split()
        start = len(text) + (1 if text else 0)
        text = f"{text} {form}" if text else form
        tokens.append(Token(start, start + len(form), form, lemma=lemma, upos=upos, head=int(head) - 1,
                            deprel=deprel, ner=ner[0] if ner else "O"))
    return text, Parse.of(tokens)


def analysis_of(text: str, parse: Parse) -> Analysis:
    return Analysis(text, (Span.of(text, 0, len(text)),), (Sentence.of(text, 0, len(text)),), (parse.tokens,))


NOT_SAY = """
He he PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
say say VERB 0 root
"""
DID_SAY = NOT_SAY.replace("not not PART 4 advmod", "indeed indeed ADV 4 advmod")
NEVER = NOT_SAY.replace("not not PART", "never never ADV")


@pytest.mark.parametrize(("rows", "expected"), [
    (NOT_SAY, True),
    (NEVER, True),
    (DID_SAY, False),                      # an adverb that does not negate
], ids=["not", "never", "indeed"])
def test_is_negated(rows, expected):
    _, parse = parsed(rows)
    assert is_negated(parse, 3) is expected


@pytest.mark.parametrize(("rows", "cue", "expected"), [
    ("""
They they PRON 4 nsubj
have have AUX 4 aux
already already ADV 4 advmod
indicated indicate VERB 0 root
""", 3, "have already indicated"),
    ("""
He he PRON 3 nsubj
also also ADV 3 advmod
said say VERB 0 root
""", 2, "said"),                         # an adverb before the verb alone stays out
    ("""
It it PRON 3 expl:pass
was be AUX 3 aux:pass
announced announce VERB 0 root
""", 2, "was announced"),
], ids=["aux-adverb", "adverb-only", "passive"])
def test_cue_span(rows, cue, expected):
    text, parse = parsed(rows)
    assert cue_span(text, parse, cue).text == expected


@pytest.mark.parametrize(("rows", "head", "expected"), [
    ("""
Erik Erik PROPN 8 nsubj B-PERSON
Dahl Dahl PROPN 1 flat E-PERSON
, , PUNCT 6 punct
US US PROPN 6 compound S-GPE
Treasury Treasury PROPN 6 compound B-ORG
secretary secretary NOUN 1 appos
, , PUNCT 6 punct
said say VERB 0 root
""", 0, "Erik Dahl"),
    ("""
Mr Mr PROPN 2 compound
Reyl Reyl PROPN 3 nsubj S-PERSON
said say VERB 0 root
""", 1, "Mr Reyl"),
    ("""
a a DET 2 det
spokesman spokesman NOUN 6 nsubj
for for ADP 5 case
the the DET 5 det
company company NOUN 2 nmod
said say VERB 0 root
""", 1, "a spokesman for the company"),
    ("""
officials official NOUN 5 nsubj
who who PRON 3 nsubj
spoke speak VERB 1 acl:relcl
privately privately ADV 3 advmod
said say VERB 0 root
""", 0, "officials"),                    # the relative clause is no part of the mention
    ("""
according accord VERB 4 case
to to ADP 1 fixed
the the DET 4 det
police police NOUN 0 root
""", 3, "the police"),                   # nor is the case marker
], ids=["person-appositive", "honorific", "common-noun", "relative-clause", "case-marker"])
def test_mention(rows, head, expected):
    text, parse = parsed(rows)
    assert mention(text, parse, head).text == expected


def quotes_of(rows: str, classes: frozenset[str] = ALL_CLASSES) -> list[tuple]:
    text, parse = parsed(rows)
    return [(q.kind.value, q.source.text if q.source else None, q.cue.text, tuple(p.text for p in q.content),
             q.addressee.text if q.addressee else None)
            for q in find_parsed(analysis_of(text, parse), cue_classes=classes)]


@pytest.mark.parametrize(("rows", "expected"), [
    ("""
Prices price NOUN 7 nsubj
, , PUNCT 4 punct
she she PRON 4 nsubj
said say VERB 7 parataxis
, , PUNCT 4 punct
will will AUX 7 aux
rise rise VERB 0 root
. . PUNCT 7 punct
""", [("indirect", "she", "said", ("Prices", "will rise"), None)]),   # the cue interrupts the content
    ("""
He he PRON 2 nsubj
reminded remind VERB 0 root
voters voter NOUN 2 obj
that that SCONJ 7 mark
taxes tax NOUN 7 nsubj
had have AUX 7 aux
fallen fall VERB 2 ccomp
""", [("indirect", "He", "reminded", ("taxes had fallen",), "voters")]),
    ("""
He he PRON 2 nsubj
answered answer VERB 0 root
critics critic NOUN 2 obj
that that SCONJ 7 mark
plan plan NOUN 7 nsubj
was be AUX 7 cop
sound sound ADJ 2 ccomp
""", [("indirect", "He", "answered", ("plan was sound",), None)]),   # answer takes no addressee
    ("""
The the DET 2 det
minister minister NOUN 3 nsubj
said say VERB 0 root
: : PUNCT 6 punct
prices price NOUN 6 nsubj
rise rise VERB 3 parataxis
""", [("indirect", "The minister", "said", ("prices rise",), None)]),
    ("""
He he PRON 2 nsubj
said say VERB 0 root
hello hello INTJ 2 obj
""", []),                                                        # no clause, no content
    ("""
The the DET 2 det
said say VERB 3 amod
document document NOUN 0 root
""", []),                                                        # "said" as an adjective
    ("""
She she PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
mention mention VERB 0 root
the the DET 6 det
pier pier NOUN 4 obj
""", [("indirect", "She", "did not mention", ("the pier",), None)]),  # a negated cue still reports
    ("""
She she PRON 4 nsubj
could could AUX 4 aux
not not PART 4 advmod
find find VERB 0 root
a a DET 6 det
buyer buyer NOUN 4 obj
""", []),                                                        # a negated finding reports nothing
    ("""
She she PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
say say VERB 0 root
whether whether SCONJ 8 mark
it it PRON 8 nsubj
would would AUX 8 aux
close close VERB 4 ccomp
""", []),                                                        # nor a negated cue before a question
], ids=["interrupted", "addressee", "no-addressee", "colon", "no-clause", "adjective", "negated-object",
        "negated-finding", "negated-question"])
def test_find_parsed_patterns(rows, expected):
    assert quotes_of(rows) == expected


def test_unparsed_analysis_gives_nothing():
    text = "He said it was fine."
    analysis = Analysis(text, (Span.of(text, 0, len(text)),), (Sentence.of(text, 0, len(text)),), None)
    assert list(find_parsed(analysis, cue_classes=ALL_CLASSES)) == []


WORDS = [("She", "she", "PRON"), ("said", "say", "VERB"), ("that", "that", "SCONJ"), ("according", "accord", "VERB"),
         ("to", "to", "ADP"), ("“", "“", "PUNCT"), ("Smith", "Smith", "PROPN"), ("told", "tell", "VERB"),
         ("not", "not", "PART"), (",", ",", "PUNCT"), ("”", "”", "PUNCT"), ("rose", "rise", "VERB")]
RELATIONS = ["nsubj", "nsubj:pass", "ccomp", "xcomp", "parataxis", "conj", "acl:relcl", "case", "fixed", "obj",
             "iobj", "obl:agent", "advmod", "aux", "mark", "punct", "flat", "compound", "appos", "root", None]


@st.composite
def random_parses(draw):
    """Any words, any heads (cycles and out-of-range heads included), any relations, any entity tags."""
    count = draw(st.integers(1, 12))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=count, max_size=count))
    text, tokens = "", []
    for form, lemma, upos in words:
        start = len(text) + (1 if text else 0)
        text = f"{text} {form}" if text else form
        tokens.append(Token(start, start + len(form), form, lemma=lemma, upos=upos,
                            head=draw(st.one_of(st.none(), st.integers(-2, count + 1))),
                            deprel=draw(st.sampled_from(RELATIONS)),
                            ner=draw(st.sampled_from([None, "O", "S-PERSON", "B-PERSON", "I-PERSON", "E-PERSON"]))))
    return text, Parse.of(tokens)


@given(random_parses())
def test_any_parse_gives_spans_that_slice_the_text(text_and_parse):
    """Malformed parses never raise, and every span names its own slice."""
    text, parse = text_and_parse
    for quote in find_parsed(analysis_of(text, parse), cue_classes=ALL_CLASSES):
        assert quote.content
        for span in (*quote.content, quote.cue, quote.source, quote.addressee):
            if span is not None:
                assert text[span.start:span.end] == span.text and span.start <= span.end


NAMES = ["Ann", "Bo", "Cyrus", "Di", "Evangeline", "Fay", "Gus"]  # lengths vary, so cues are cut at different words


def said_that_chain(links: int) -> str:
    """"Ann said , that Bo said , that … Zed left .": each cue's clause runs to the end of the sentence."""
    rows = []
    for link in range(links):
        said = 4 * link + 2  # 1-based ids: the name, "said", ",", "that"
        name = NAMES[link % len(NAMES)]
        rows += [f"{name} {name} PROPN {said} nsubj",
                 f"said say VERB {said - 4 if link else 0} {'ccomp' if link else 'root'}",
                 f", , PUNCT {said} punct",
                 f"that that SCONJ {said + 4} mark"]
    last = 4 * links + 2
    return "\n".join([*rows, f"Zed Zed PROPN {last} nsubj", f"left leave VERB {last - 4} ccomp",
                      ". . PUNCT 2 punct"])


def analysis_from_rows(rows: str) -> Analysis:
    return analysis_of(*parsed(rows))


def analysis_from_conllu(rows: str) -> Analysis:
    """The same sentence as CoNLL-U, read by stanza and converted as a stanza Document would be."""
    conll = pytest.importorskip("stanza.utils.conll")
    from quoteattr.analysis.stanza import analysis_from_stanza

    text, parse = parsed(rows)
    lines = [f"{i}\t{token.text}\t{token.lemma}\t{token.upos}\t_\t_\t{token.head + 1}\t{token.deprel}\t_\t"
             f"start_char={token.start}|end_char={token.end}" for i, token in enumerate(parse.tokens, 1)]
    doc = conll.CoNLL.conll2doc(input_str="\n".join(lines) + "\n\n")
    doc.text = text
    return analysis_from_stanza(doc)


@pytest.mark.parametrize("read", [analysis_from_rows, analysis_from_conllu], ids=["tokens", "conllu"])
def test_a_chain_of_cues_gives_each_cue_a_capped_content(read):
    """Every cue of a 300-link chain reads at most MAX_CLAUSE characters, cut after a word, with no comma left over."""
    analysis = read(said_that_chain(300))
    assert len(analysis.text) > 4 * MAX_CLAUSE
    quotes = list(find_parsed(analysis, cue_classes=ALL_CLASSES))
    assert len(quotes) == 300
    word_ends = {token.end for token in analysis.tokens[0]}
    for quote in quotes:
        first, last = quote.content[0], quote.content[-1]
        assert last.end - first.start <= MAX_CLAUSE
        assert last.end in word_ends and not last.text.endswith(",")
        for span in quote.content:
            assert analysis.text[span.start:span.end] == span.text
    assert len(quotes[0].text) > MAX_CLAUSE - len(" Evangeline said , that")  # the cap, not the chain, ended it


ROSE_AND_FELL = """
He he PRON 2 nsubj
said say VERB 0 root
that that SCONJ 5 mark
prices price NOUN 5 nsubj
rose rise VERB 2 ccomp
, , PUNCT 8 punct
wages wage NOUN 8 nsubj
fell fall VERB 5 conj
"""


@pytest.mark.parametrize(("cap", "expected"), [
    (len("prices rose , wages fell"), "prices rose , wages fell"),
    (len("prices rose , wages fe"), "prices rose , wages"),    # cut after the last whole word
    (len("prices rose ,"), "prices rose"),                     # and not left on a comma
], ids=["fits", "word", "comma"])
def test_content_is_cut_after_a_word_and_trimmed(monkeypatch, cap, expected):
    monkeypatch.setattr("quoteattr.quotes.parsed.MAX_CLAUSE", cap)
    assert [content for _, _, _, (content,), _ in quotes_of(ROSE_AND_FELL)] == [expected]


def test_a_subtree_walk_stops_near_its_token():
    """However far a cue's clause runs, the walk from it reads no further than MAX_CLAUSE characters."""
    _, parse = parsed(said_that_chain(300))
    cue = parse.tokens[1]
    reached = [parse.tokens[index] for index in parse.subtree(1)]
    assert max(token.end for token in reached) <= cue.end + MAX_CLAUSE
