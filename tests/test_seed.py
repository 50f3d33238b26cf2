"""The reference article: every gold quote, speaker and title must come out.

The article and its gold annotation live in ../shared/seed beside the
repository; these tests skip where it is absent. No text is copied here.
"""
import json
from pathlib import Path

import pytest

import quoteattr
from quoteattr import Kind

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"

pytestmark = pytest.mark.skipif(not (SEED / "ft_tiktok.txt").exists(), reason="seed article not available")


def _alnum(text):
    return "".join(ch for ch in text if ch.isalnum())


@pytest.fixture(scope="module")
def seed():
    text = (SEED / "ft_tiktok.txt").read_text("utf-8")
    gold = json.loads((SEED / "ft_tiktok.gold.json").read_text("utf-8"))
    return quoteattr.attribute(text), gold


def _match(doc, gold_quote):
    """The predicted quote whose content has the same letters and digits."""
    wanted = _alnum(gold_quote["content_text"])
    found = [q for q in doc.quotes if _alnum(" ".join(p.text for p in q.content)) == wanted]
    assert found, f"missing quote: {gold_quote['content_text'][:60]!r}"
    return found[0]


def _gold_quotes():
    if not (SEED / "ft_tiktok.gold.json").exists():
        return []
    gold = json.loads((SEED / "ft_tiktok.gold.json").read_text("utf-8"))
    return [pytest.param(i, id=f"{i}-{q['type']}") for i, q in enumerate(gold["quotes"])]


@pytest.mark.parametrize("index", _gold_quotes())
def test_every_gold_quote_comes_out_whole(seed, index):
    """Kind, content, cue, source, speaker, title and addressee of each gold quote."""
    doc, gold = seed
    expected = gold["quotes"][index]
    quote = _match(doc, expected)
    assert quote.kind is Kind(expected["type"])
    for role in ("cue", "source"):
        span = getattr(quote, role)
        if expected[role] is None:
            assert span is None
        else:
            assert span is not None and [span.start, span.end] == expected[role], role
    assert quote.speaker is not None
    assert quote.speaker.name == expected["speaker"]
    assert quote.speaker.title == expected["title"]
    assert (quote.addressee.text if quote.addressee else None) == expected["addressee"]


def test_nothing_else_is_reported(seed):
    """No quote beyond the gold ones, and none inside the not-quote lines."""
    doc, gold = seed
    wanted = {_alnum(q["content_text"]) for q in gold["quotes"]}
    extra = [q.text for q in doc.quotes if _alnum(" ".join(p.text for p in q.content)) not in wanted]
    assert extra == []
    for line in gold["not_quotes"]:
        start = doc.text.index(line)
        assert not any(q.start < start + len(line) and start < q.end for q in doc.quotes), line


def test_nested_quote_has_its_own_speaker(seed):
    doc, gold = seed
    for nested in gold["nested"]:
        outer = _match(doc, gold["quotes"][nested["inside"]])
        inner = [n for n in outer.nested if _alnum(n.text) == _alnum(nested["content_text"])]
        assert inner, nested["content_text"]
        assert inner[0].speaker is not None and inner[0].speaker.name == nested["speaker"]


def test_speakers_block(seed):
    """Named speakers with their titles and mentions; untitled groups too."""
    doc, gold = seed
    by_name = {s.name: s for s in doc.speakers}
    for name, expected in gold["speakers"].items():
        assert name in by_name, name
        speaker = by_name[name]
        assert speaker.title == expected["title"]
        assert set(expected["mentions"]) <= {m.text for m in speaker.mentions}
    untitled = {q["speaker"] for q in gold["quotes"] if q["title"] is None}
    for name in untitled:
        assert name in by_name and by_name[name].title is None


def test_sentences_match_the_gold(seed):
    doc, gold = seed
    assert [s.text for s in doc.sentences] == gold["sentences"]
