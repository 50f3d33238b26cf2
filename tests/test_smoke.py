"""The package imports without optional extras and returns a Document."""
import quoteattr


def test_attribute_returns_document_with_the_input_unchanged():
    text = "Hello there.\n\nMr. Smith said so."
    doc = quoteattr.attribute(text)
    assert doc.text == text
    assert [p.text for p in doc.paragraphs] == ["Hello there.", "Mr. Smith said so."]
    assert [s.paragraph for s in doc.sentences] == [0, 1]
