"""Text read in a form of its own: hard-wrapped text (``paragraphs="blank-lines"`` reads single line breaks
as spaces), and zero-width spaces, control characters and joiners at a word's edge, read as spaces."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import iter_spans
from quoteattr.analysis.rules import LINE_BREAK, unwrapped
from quoteattr.pipeline import PARAGRAPH_BREAKS

import test_direct
import test_reported
import test_speakers
from tables import known_failure

WRAPPED = ("Ms Varga said the toll\r\nwas unfair and would\nhurt the skippers.\n\n"
           "“It is a scandal,” Mr Reyl, the ferry\nclerk, said.\n \n"
           "The council did not\ncomment.")


def table_texts():
    """The one-line texts of the rule tables, each with the id of its row."""
    for module in (test_reported, test_direct, test_speakers):
        for table in vars(module).values():
            if not isinstance(table, list):
                continue
            for row in table:
                values = getattr(row, "values", None)
                if values and isinstance(values[0], str) and "\n" not in values[0]:
                    yield row.id, values[0]


def wrap(text: str, width: int) -> str:
    """``text`` with a line break in place of the first space after every ``width`` characters."""
    out, run = [], 0
    for char in text:
        if char == " " and run >= width:
            out.append("\n")
            run = 0
        else:
            out.append(char)
            run += 1
    return "".join(out)


def described(doc) -> list[tuple]:
    """What a reader compares: kind, content, cue and source, each with its white space made single spaces."""
    def flat(span):
        return re.sub(r"\s+", " ", span.text) if span is not None else None
    return [(q.kind.value, re.sub(r"\s+", " ", q.text), flat(q.cue), flat(q.source),
             q.speaker.name if q.speaker else None, q.speaker.title if q.speaker else None) for q in doc.quotes]


def test_wrapped_article_gives_the_quotes_of_its_one_line_form():
    doc = quoteattr.attribute(WRAPPED, paragraphs="blank-lines")
    assert [p.text.split()[0] for p in doc.paragraphs] == ["Ms", "“It", "The"]
    assert described(doc) == [
        ("indirect", "the toll was unfair and would hurt the skippers", "said", "Ms Varga", "Varga", None),
        ("direct", "It is a scandal,", "said", "Mr Reyl", "Reyl", "the ferry clerk"),
    ]
    assert doc.text is WRAPPED
    assert doc.quotes[0].content[0].text == WRAPPED[doc.quotes[0].start:doc.quotes[0].end]
    assert "\r\n" in doc.quotes[0].text  # the content slices the input; its line breaks stay


def test_by_default_every_line_is_a_paragraph():
    doc = quoteattr.attribute(WRAPPED)
    assert len(doc.paragraphs) == 7
    assert not any(q.kind == quoteattr.Kind.INDIRECT and "hurt" in q.text for q in doc.quotes)


def test_every_table_row_wrapped_gives_what_it_gives_on_one_line(width=16):
    rows = list(table_texts())
    assert len(rows) > 1000
    changed = [(row_id, described(quoteattr.attribute(text)),
                described(quoteattr.attribute(wrap(text, width), paragraphs="blank-lines")))
               for row_id, text in rows if "\n" in wrap(text, width)]
    assert len(changed) > 1000
    assert [row for row in changed if row[1] != row[2]] == []


def test_zero_width_spaces_read_as_spaces_and_stay_in_the_spans():
    text = "\ufeff“The pier is unsafe,” said Ms Varga\u200b, the harbour master.\u200b Mr Reyl\u200b said it was fair."
    doc = quoteattr.attribute(text)
    assert doc.text is text
    assert described(doc) == [
        ("direct", "The pier is unsafe,", "said", "Ms Varga", "Varga", "the harbour master"),
        ("indirect", "it was fair", "said", "Mr Reyl", "Reyl", None),
    ]
    assert all(span.text == text[span.start:span.end] for span in iter_spans(doc))


def test_control_characters_read_as_spaces_and_stay_in_the_spans():
    """A control character no reader sees (a NUL, a bell, an escape, DEL, a C1 control) is read as a space:
    it joins no source or content and no paragraph starts or ends with it."""
    text = "\x00\x01Ms Varga said the toll was unfair.\x07\n\x1b“It is a scandal,” said Mr Reyl\x7f, the ferry clerk.\x9f"
    doc = quoteattr.attribute(text)
    assert doc.text is text
    assert [p.text for p in doc.paragraphs] == ["Ms Varga said the toll was unfair.",
                                                "“It is a scandal,” said Mr Reyl\x7f, the ferry clerk."]
    assert described(doc) == [
        ("indirect", "the toll was unfair", "said", "Ms Varga", "Varga", None),
        ("direct", "It is a scandal,", "said", "Mr Reyl", "Reyl", "the ferry clerk"),
    ]
    assert all(span.text == text[span.start:span.end] for span in iter_spans(doc))


@pytest.mark.parametrize("text", [
    "“It is a scandal,” said Mr Reyl\u200d.",
    "“It is a scandal,” said \u2060Mr Reyl\u200c.",
    "“It is a scandal,” said Mr Reyl\u00ad.",
    pytest.param("“It is a scandal,” said Mr Re\u00adyl.", marks=known_failure(
        "a soft hyphen or joiner inside a word splits it: the readable form keeps every offset, so it cannot drop "
        "the mark, and the source's words stop at it")),
], ids=["joiner-after-the-name", "word-joiners-around-the-name", "soft-hyphen-after-the-name",
        "soft-hyphen-inside-the-name"])
def test_joiners_and_soft_hyphens_at_a_words_edge_read_as_spaces(text):
    """A zero-width joiner or non-joiner, a word joiner or a soft hyphen joins nothing at a word's edge: read as
    a space there, it leaves the source and its cue as they are without it."""
    doc = quoteattr.attribute(text)
    assert [(q.text, q.cue.text, q.source.text) for q in doc.quotes] == [("It is a scandal,", "said", "Mr Reyl")]


def test_combining_marks_on_no_letter_read_as_spaces():
    """A combining mark after white space, or after a mark of punctuation and before no letter, accents nothing a
    reader sees: read as a space, it leaves the sentences and frames as they are without it; on a letter, or
    between an opening mark and a letter, it stays with the word."""
    text = ("\u0301Ms Varga said the toll was unfair.\u0301 “It is a scandal,”\u0301\u0302 said Jose\u0301 Reyl.\n"
            "“\u0301Nobody pays it,” said Mr Reyl.")
    doc = quoteattr.attribute(text)
    assert [s.text for s in doc.sentences] == [
        "Ms Varga said the toll was unfair.", "“It is a scandal,”\u0301\u0302 said Jose\u0301 Reyl.",
        "“\u0301Nobody pays it,” said Mr Reyl."]
    assert described(doc) == [
        ("indirect", "the toll was unfair", "said", "Ms Varga", "Varga", None),
        ("direct", "It is a scandal,", "said", "Jose\u0301 Reyl", "Jose\u0301 Reyl", None),
        ("direct", "\u0301Nobody pays it,", "said", "Mr Reyl", "Jose\u0301 Reyl", None),
    ]
    assert all(span.text == text[span.start:span.end] for span in iter_spans(doc))


def test_every_table_row_with_zero_width_spaces_for_spaces_gives_what_it_gives_with_spaces():
    rows = list(table_texts())
    changed = [(row_id, described(quoteattr.attribute(text)),
                [tuple(v.replace("\u200b", " ") if isinstance(v, str) else v for v in quote)
                 for quote in described(quoteattr.attribute(text.replace(" ", "\u200b")))])
               for row_id, text in rows]
    assert len(changed) > 1000
    assert [row for row in changed if row[1] != row[2]] == []


def test_attribute_many_reads_wrapped_texts_too():
    docs = list(quoteattr.attribute_many([WRAPPED, "Mr Reyl said\nit was fair."], paragraphs="blank-lines"))
    assert [len(d.quotes) for d in docs] == [2, 1]
    assert docs[1].quotes[0].text == "it was fair"


def test_an_unknown_paragraphs_value_names_the_choices():
    with pytest.raises(ValueError, match="'lines'.*'blank-lines'"):
        quoteattr.attribute("Mr Reyl said it was fair.", paragraphs="blank")
    with pytest.raises(ValueError, match="unknown paragraphs"):
        list(quoteattr.attribute_many(["Mr Reyl said it was fair."], paragraphs="wrap"))


def test_unwrapped_keeps_length_and_blank_lines():
    text = "a\nb\n\nc\r\nd \n  \n e\u2028f\n"
    assert unwrapped(text) == "a b\n\nc  d \n  \n e f "
    assert PARAGRAPH_BREAKS == ("lines", "blank-lines")


TEXT = st.lists(st.sampled_from(["\n", "\n\n", "\r\n", " \n ", "\u2028", "“", "”", " ", ". ", "said", "Mr Reyl",
                                 "the toll", "was unfair", ",", "she"]), max_size=40).map("".join) | st.text()


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_wrapped_reading_keeps_every_offset_and_paragraphs_at_blank_lines(text):
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert all(a == b or (a.isspace() and b == " ") for a, b in zip(text, flat))
    doc = quoteattr.attribute(text, paragraphs="blank-lines")
    assert doc.error is None and doc.text is text
    for span in iter_spans(doc):
        assert span.text == text[span.start:span.end]
    for before, after in zip(doc.paragraphs, doc.paragraphs[1:]):
        assert LINE_BREAK.search(flat, before.end, after.start), "paragraphs part only at blank lines"
