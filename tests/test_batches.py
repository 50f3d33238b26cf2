"""attribute_many: one Document per input, in order, whatever fails."""
import itertools

import quoteattr
from quoteattr import pipeline
from quoteattr.analysis.rules import RulesAnalyzer

TEXTS = ["Ms Varga said the toll was unfair.", "No quotes here.", "“Go,” Mr Reyl said."]


def test_one_document_per_text_in_order_with_ids():
    docs = list(quoteattr.attribute_many(TEXTS, ids=["a", "b", "c"]))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert [d.text for d in docs] == TEXTS
    assert [len(d.quotes) for d in docs] == [1, 0, 1]
    assert docs == [quoteattr.attribute(t, id=i) for t, i in zip(TEXTS, "abc")]


def test_a_text_of_the_wrong_type_becomes_an_error_record():
    docs = list(quoteattr.attribute_many([TEXTS[0], b"bytes", TEXTS[2]], ids=["a", "b", "c"]))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert [d.error is None for d in docs] == [True, False, True]
    assert "decode bytes first" in docs[1].error and docs[1].text == ""


def test_a_rule_failing_on_one_text_costs_no_other(monkeypatch):
    real = pipeline.attribute_analysis

    def failing(analysis, **options):
        if "toll" in analysis.text:
            raise RuntimeError("boom")
        return real(analysis, **options)

    monkeypatch.setattr(pipeline, "attribute_analysis", failing)
    docs = list(quoteattr.attribute_many(TEXTS))
    assert [d.error for d in docs] == ["RuntimeError: boom", None, None]
    assert docs[0].text == TEXTS[0] and docs[2].quotes[0].text == "Go,"


class BulkAnalyzer(RulesAnalyzer):
    """The rules analyzer with an ``analyze_many`` that records its calls, and fails on a marked text."""

    def __init__(self):
        super().__init__()
        self.bulk_calls = []
        self.single_calls = 0

    def analyze(self, text):
        self.single_calls += 1
        if "FAIL" in text:
            raise ValueError("cannot parse")
        return super().analyze(text)

    def analyze_many(self, texts):
        self.bulk_calls.append(len(texts))
        if any("FAIL" in text for text in texts):
            raise ValueError("cannot parse")
        return [RulesAnalyzer.analyze(self, text) for text in texts]


def test_an_analyzer_with_analyze_many_gets_the_texts_in_batches():
    analyzer = BulkAnalyzer()
    texts = [TEXTS[i % 3] for i in range(pipeline.BULK_BATCH * 2 + 5)]
    docs = list(quoteattr.attribute_many(texts, analyzer=analyzer))
    assert analyzer.bulk_calls == [pipeline.BULK_BATCH, pipeline.BULK_BATCH, 5] and analyzer.single_calls == 0
    assert [d.text for d in docs] == texts
    assert all(d.error is None for d in docs)
    assert docs[:3] == [quoteattr.attribute(t) for t in TEXTS]


def test_a_failing_bulk_parse_is_redone_one_by_one_and_only_the_bad_text_fails():
    analyzer = BulkAnalyzer()
    texts = [TEXTS[0], "FAIL here", TEXTS[2]]
    docs = list(quoteattr.attribute_many(texts, analyzer=analyzer, ids=["a", "b", "c"]))
    assert analyzer.bulk_calls == [3] and analyzer.single_calls == 3
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert [d.error for d in docs] == [None, "ValueError: cannot parse", None]
    assert [len(d.quotes) for d in docs] == [1, 0, 1]


def test_an_endless_stream_is_read_a_batch_at_a_time():
    stream = itertools.cycle(TEXTS)
    docs = list(itertools.islice(quoteattr.attribute_many(stream, analyzer=BulkAnalyzer()), 4))
    assert [d.text for d in docs] == [TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[0]]
