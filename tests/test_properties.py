"""Invariants that hold for any input string, checked with generated text."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import iter_spans
from quoteattr.pipeline import INVISIBLE_SPACES

PIECES = [
    "“", "”", '"', "‘", "’", "'", "«", "»", "„", "\n", "\n\n", "\r\n", " ", ". ", ", ", "?", "!", ":",
    "...", ". . .", "(", ")", "said", "told", "says", "according to", "Mr", "Mr.", "Sen.", "U.S.", "he", "she",
    "Ann Lee", "the spokesman", "that", "We will act", "reporters",
    " - ", "''", "made", "comments about", "although", "As reported by", "was asked", "to", "42%", "six in 10",
    "many", "which", "While", "Says", "talking about", "VARGA:", "45 percent", ", but", "should have",
    "first reported by the Gazette", "\u200b", "\ufeff", "\u00a0",
]

# Texts built from quotation marks, cue words and names, so the quote rules are exercised.
news_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join)
any_text = st.one_of(st.text(), news_like)
EXAMPLES = settings(max_examples=300, deadline=None)


@EXAMPLES
@given(any_text)
def test_attribute_returns_a_document_without_error(text):
    """attribute never raises on text and keeps the input unchanged."""
    doc = quoteattr.attribute(text)
    assert isinstance(doc, quoteattr.Document)
    assert doc.error is None
    assert doc.text == text


@pytest.mark.parametrize("text, paragraphs", [
    ("VARGA: , 45 percent said the toll is fair.", "lines"),  # a count's report right after a label and a comma
    ("- The ferry, first reported by the Gazette, will stop on Sunday.", "lines"),  # a news aside after a dash
    ("said,\n  ,\nsaid", "blank-lines"),  # two commas around white space right after a cue, lines joined
    ("She cracks jokes about the ferry.", "lines"),  # a pronoun, then a verb in -s, before a plural cue noun
])
def test_texts_that_once_raised_give_a_document_without_error(text, paragraphs):
    doc = quoteattr.attribute(text, paragraphs=paragraphs)
    assert doc.error is None
    assert doc.text == text


@EXAMPLES
@given(any_text)
def test_every_span_is_the_slice_it_names(text):
    """Every span's text is the slice its offsets name."""
    doc = quoteattr.attribute(text)
    for span in iter_spans(doc):
        assert 0 <= span.start <= span.end <= len(text)
        assert span.text == text[span.start:span.end]


@EXAMPLES
@given(any_text)
def test_paragraphs_are_ordered_and_disjoint(text):
    """Paragraphs come in text order, do not overlap and are never empty."""
    paragraphs = quoteattr.attribute(text).paragraphs
    for before, after in zip(paragraphs, paragraphs[1:]):
        assert before.end <= after.start
    assert all(p.start < p.end for p in paragraphs)


@EXAMPLES
@given(any_text)
def test_sentences_are_ordered_disjoint_and_inside_their_paragraph(text):
    """No sentence overlaps another or crosses its paragraph's bounds."""
    doc = quoteattr.attribute(text)
    for before, after in zip(doc.sentences, doc.sentences[1:]):
        assert before.end <= after.start
        assert before.paragraph <= after.paragraph
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


@EXAMPLES
@given(any_text)
def test_every_paragraph_is_covered_by_its_sentences(text):
    """Only white space, zero-width spaces and control characters included, lies between a paragraph's sentences."""
    doc = quoteattr.attribute(text)
    for index, paragraph in enumerate(doc.paragraphs):
        inside = [s for s in doc.sentences if s.paragraph == index]
        assert inside, "a non-empty paragraph has at least one sentence"
        assert inside[0].start == paragraph.start and inside[-1].end == paragraph.end
        for before, after in zip(inside, inside[1:]):
            assert INVISIBLE_SPACES.sub(" ", text[before.end:after.start]).strip() == ""


@EXAMPLES
@given(news_like)
def test_quote_content_lies_in_the_text_and_indexes_real_sentences(text):
    """Quote pieces are ordered, inside the text, and name existing sentences."""
    doc = quoteattr.attribute(text)
    for quote in doc.quotes:
        assert quote.content, "a quote has at least one content piece"
        for before, after in zip(quote.content, quote.content[1:]):
            assert before.end <= after.start
        assert all(0 <= index < len(doc.sentences) for index in quote.sentences)
        assert quote.text == " ".join(piece.text for piece in quote.content)


@EXAMPLES
@given(news_like)
def test_speakers_and_quotes_point_at_each_other(text):
    """Each speaker's quote ids name quotes attributed to that speaker."""
    doc = quoteattr.attribute(text)
    for speaker in doc.speakers:
        for quote_id in speaker.quote_ids:
            quote = doc.quotes[quote_id]
            assert quote.speaker is not None and quote.speaker.id == speaker.id


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_json_round_trip(text):
    """to_dict then from_dict gives back an equal Document."""
    doc = quoteattr.attribute(text)
    assert quoteattr.Document.from_dict(doc.to_dict()) == doc
