"""JSON Lines storage of Documents, for research code that keeps results."""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from typing import IO

from .model import Document

__all__ = ["read_jsonl", "write_jsonl", "dumps"]

# a lone surrogate: what a JSON input's "\ud800" escape gives, a str that no UTF-8 writer can encode
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(data: object, *, ensure_ascii: bool = False, indent: int | None = None) -> str:
    """``json.dumps`` whose text UTF-8 can always write: a lone surrogate stays escaped, as JSON input gave it.

    >>> dumps({"text": "pier \\udc00"})
    '{"text": "pier \\\\udc00"}'
    """
    encoded = json.dumps(data, ensure_ascii=ensure_ascii, indent=indent)
    # a raw surrogate can only stand inside a JSON string, where its escape means the same
    return LONE_SURROGATE.sub(lambda mark: f"\\u{ord(mark[0]):04x}", encoded)


def read_jsonl(source: str | os.PathLike | IO[str]) -> Iterator[Document]:
    """Documents from a JSON Lines file written by ``write_jsonl`` or the CLI.

    A line that is not a document raises ValueError naming the line number.

    >>> import io
    >>> [d.text for d in read_jsonl(io.StringIO('{"text": "Hi."}\\n'))]
    ['Hi.']
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8") as fh:
            yield from read_jsonl(fh)
        return
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise TypeError(f"expected a JSON object, found {type(record).__name__}")
            doc = Document.from_dict(record)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"line {number}: not a quoteattr document: {exc}") from exc
        yield doc


def write_jsonl(docs: Iterable[Document], target: str | os.PathLike | IO[str]) -> int:
    """Write one JSON object per line; returns how many were written.

    >>> import io
    >>> write_jsonl([Document("Hi.", id="a")], io.StringIO())
    1
    """
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8") as fh:
            return write_jsonl(docs, fh)
    count = 0
    for doc in docs:
        target.write(dumps(doc.to_dict()) + "\n")
        count += 1
    return count
