"""The data model: frozen records, JSON shape, round trips through dicts and JSON Lines."""
import io
import json
from pathlib import Path

import attrs
import pytest

import quoteattr
from quoteattr import Document, Kind, Quote, Sentence, Span, Speaker

TEXT = ("“We will not back down,” Gov. Lina Ortiz told reporters. “Not now,” she said, “not ever.”\n"
        "Her rival said the plan was “a fantasy”.")


def span(text, *, last=False):
    """The span of the first (or last) occurrence of ``text`` in TEXT."""
    start = TEXT.rindex(text) if last else TEXT.index(text)
    return Span.of(TEXT, start, start + len(text))


def build_document(doc_id="ortiz-1"):
    """A document assembled by hand: two speakers, three quotes, one in two pieces."""
    first_paragraph_end = TEXT.index("\n")
    paragraphs = (Span.of(TEXT, 0, first_paragraph_end), Span.of(TEXT, first_paragraph_end + 1, len(TEXT)))
    second = TEXT.index("“Not now")
    sentences = (
        Sentence.of(TEXT, 0, second - 1, 0),
        Sentence.of(TEXT, second, first_paragraph_end, 0),
        Sentence.of(TEXT, first_paragraph_end + 1, len(TEXT), 1),
    )
    ortiz = Speaker(id=0, name="Lina Ortiz", title="Gov.", mentions=(span("Lina Ortiz"), span("she")),
                    quote_ids=(0, 1))
    rival = Speaker(id=1, name="Her rival", mentions=(span("Her rival"),), quote_ids=(2,))
    quotes = (
        Quote(Kind.DIRECT, (span("We will not back down,"),), cue=span("told"), source=span("Gov. Lina Ortiz"),
              speaker=ortiz, addressee=span("reporters"), sentences=(0,), cue_class="speech"),
        Quote(Kind.DIRECT, (span("Not now,"), span("not ever.")), cue=span("said"), source=span("she"),
              speaker=ortiz, sentences=(1,), cue_class="speech"),
        Quote(Kind.MIXED, (span("the plan was “a fantasy”"),), cue=span("said", last=True),
              source=span("Her rival"), speaker=rival, sentences=(2,), cue_class="speech",
              nested=(Quote(Kind.DIRECT, (span("a fantasy"),)),)),
    )
    return Document(TEXT, paragraphs, sentences, quotes, (ortiz, rival), doc_id)


def test_hand_built_document_spans_slice_the_text():
    """The fixture itself is honest: every span is its slice."""
    for item in quoteattr.iter_spans(build_document()):
        assert TEXT[item.start:item.end] == item.text


@pytest.mark.parametrize("doc_id", ["ortiz-1", None])
def test_dict_round_trip_gives_an_equal_document(doc_id):
    """to_dict then from_dict rebuilds every record, speakers and nested quotes included."""
    doc = build_document(doc_id)
    again = Document.from_dict(doc.to_dict())
    assert again == doc
    assert again.quotes[1].speaker is again.speakers[0]
    assert again.quotes_by(again.speakers[0]) == again.quotes[:2]


def test_dict_round_trip_through_json_text():
    """The dict survives json.dumps and json.loads unchanged."""
    doc = build_document()
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc


def test_error_survives_the_round_trip():
    doc = Document("", id="broken", error="ValueError: bad input")
    data = doc.to_dict()
    assert data["error"] == "ValueError: bad input"
    assert Document.from_dict(data) == doc


def test_json_shape_matches_the_design():
    """Top-level keys, quote keys and speaker keys as DESIGN.md and docs/json.md give them."""
    data = build_document().to_dict()
    assert data["id"] == "ortiz-1" and data["text"] == TEXT
    assert data["sentences"][0] == [0, TEXT.index("“Not now") - 1]
    quote = data["quotes"][1]
    assert quote["type"] == "direct"
    assert quote["content_spans"] == [build_document().quotes[1].content[0].as_list(),
                                      build_document().quotes[1].content[1].as_list()]
    assert quote["content"] == [quote["content_spans"][0][0], quote["content_spans"][-1][1]]
    assert quote["content_text"] == "Not now, not ever."
    assert quote["cue_text"] == "said" and TEXT[slice(*quote["cue"])] == "said"
    assert quote["source_text"] == "she"
    assert quote["addressee"] is None and quote["addressee_text"] is None
    assert quote["speaker"] == {"id": 0, "name": "Lina Ortiz", "title": "Gov."}
    first = data["quotes"][0]
    assert first["addressee_text"] == "reporters"
    speaker = data["speakers"][1]
    assert speaker["name"] == "Her rival" and speaker["title"] is None
    assert speaker["mentions"] == [span("Her rival").as_list()]
    assert data["quotes"][2]["type"] == "mixed"
    assert data["quotes"][2]["nested"][0]["content_text"] == "a fantasy"


def test_json_without_id_or_error_leaves_those_keys_out():
    data = Document("Plain text.").to_dict()
    assert "id" not in data and "error" not in data
    assert data["quotes"] == [] and data["speakers"] == []


def test_from_dict_reads_the_scorer_format():
    """A record with only "content" and offsets (no content_spans) is accepted."""
    text = "Ann said that taxes would fall."
    record = {"text": text, "quotes": [{"type": "indirect", "content": [14, 30], "cue": [4, 8], "source": [0, 3]}]}
    quote = Document.from_dict(record).quotes[0]
    assert quote.kind is Kind.INDIRECT
    assert quote.text == "taxes would fall"
    assert quote.cue.text == "said" and quote.source.text == "Ann"


def test_jsonl_round_trip_through_a_file(tmp_path):
    """write_jsonl then read_jsonl gives back the same documents, in order."""
    docs = [build_document("a"), Document("Nothing quoted here.", id="b"), Document("", id="c", error="x")]
    path = tmp_path / "out.jsonl"
    assert quoteattr.write_jsonl(docs, path) == 3
    assert len(path.read_text("utf-8").splitlines()) == 3
    assert list(quoteattr.read_jsonl(path)) == docs


def test_jsonl_round_trip_through_a_stream():
    docs = [build_document("x"), build_document("y")]
    stream = io.StringIO()
    quoteattr.write_jsonl(docs, stream)
    stream.seek(0)
    assert list(quoteattr.read_jsonl(stream)) == docs


def test_jsonl_keeps_non_ascii_text_readable(tmp_path):
    path = tmp_path / "out.jsonl"
    quoteattr.write_jsonl([build_document()], path)
    assert "“We will not back down,”" in path.read_text("utf-8")


def test_jsonl_writes_a_lone_surrogate_as_its_escape(tmp_path):
    """A lone surrogate, which a JSON input's "\\ud800" escape gives, has no UTF-8 form: the line keeps it
    escaped and reads back as the same text."""
    docs = [quoteattr.attribute("Ms Varga said the toll was unfair \ud83d.", id="a"), build_document("b")]
    path = tmp_path / "out.jsonl"
    assert quoteattr.write_jsonl(docs, path) == 2
    assert "\\ud83d" in path.read_text("utf-8")
    assert list(quoteattr.read_jsonl(path)) == docs


@pytest.mark.parametrize(("content", "line"), [
    ("not json\n", 1),
    ('{"text": "ok"}\n[1, 2]\n', 2),
    ('{"text": "ok"}\n\n{"text": "a", "sentences": [[0]]}\n', 3),
], ids=["not-json", "not-an-object", "bad-offsets"])
def test_read_jsonl_names_the_bad_line(content, line):
    """A broken line raises ValueError naming its line number."""
    with pytest.raises(ValueError, match=f"line {line}"):
        list(quoteattr.read_jsonl(io.StringIO(content)))


def test_read_jsonl_skips_blank_lines():
    stream = io.StringIO('\n{"text": "a"}\n   \n{"text": "b"}\n')
    assert [d.text for d in quoteattr.read_jsonl(stream)] == ["a", "b"]


@pytest.mark.parametrize(("record", "field", "value"), [
    (Span.of("abc", 0, 1), "start", 2),
    (Sentence.of("abc", 0, 1), "paragraph", 3),
    (Speaker(0, "Ann"), "name", "Bob"),
    (Quote(Kind.DIRECT, (Span.of("abc", 0, 1),)), "kind", Kind.INDIRECT),
    (Document("abc"), "text", "xyz"),
], ids=["span", "sentence", "speaker", "quote", "document"])
def test_records_are_frozen(record, field, value):
    """Records cannot be changed in place; evolve makes a changed copy."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, value)
    assert getattr(attrs.evolve(record, **{field: value}), field) == value


def test_records_are_hashable_and_compare_by_value():
    assert Span.of("abc", 0, 2) == Span(0, 2, "ab")
    assert len({Span.of("abc", 0, 2), Span(0, 2, "ab")}) == 1
    assert hash(build_document()) == hash(build_document())


@pytest.mark.parametrize(("kind", "value"), [(Kind.DIRECT, "direct"), (Kind.INDIRECT, "indirect"),
                                             (Kind.MIXED, "mixed")])
def test_kind_is_a_string(kind, value):
    """Kinds compare equal to their string values and print as them."""
    assert kind == value and str(kind) == value and Kind(value) is kind


def test_quote_text_joins_pieces_with_one_space():
    doc = build_document()
    assert doc.quotes[1].text == "Not now, not ever."
    assert (doc.quotes[1].start, doc.quotes[1].end) == (doc.quotes[1].content[0].start, doc.quotes[1].content[1].end)


DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_the_json_example_in_the_docs_is_what_to_dict_writes():
    """docs/json.md's example reads back into a Document whose to_dict is the example itself."""
    page = (DOCS / "json.md").read_text(encoding="utf-8")
    example = json.loads(page.split("```json\n", 1)[1].split("```", 1)[0])
    doc = Document.from_dict(example)
    assert doc.to_dict() == example
    for item in quoteattr.iter_spans(doc):
        assert doc.text[item.start:item.end] == item.text
    assert [q.text for q in doc.quotes] == [q["content_text"] for q in example["quotes"]]
