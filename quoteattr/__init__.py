"""quoteattr: who said what in news articles.

>>> import quoteattr
>>> doc = quoteattr.attribute('“We will act,” Mr Reyl said.')
>>> doc.quotes[0].source.text
'Mr Reyl'
"""
from .model import Document, Kind, Quote, Sentence, Span, Speaker, iter_spans
from .pipeline import attribute, attribute_many
from .jsonl import read_jsonl, write_jsonl
from .evaluation import evaluate

__all__ = [
    "attribute", "attribute_many", "evaluate", "Document", "Kind", "Quote", "Sentence", "Span", "Speaker",
    "iter_spans", "read_jsonl", "write_jsonl", "__version__",
]
__version__ = "0.1.0"
