"""JSON Lines storage of Documents, for research code that keeps results."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import IO

from .model import Document

__all__ = ["read_jsonl", "write_jsonl"]


def read_jsonl(source: str | os.PathLike | IO[str]) -> Iterator[Document]:
    """Documents from a JSON Lines file written by ``write_jsonl`` or the CLI."""
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8") as fh:
            yield from read_jsonl(fh)
        return
    for number, line in enumerate(source, 1):
        if line.strip():
            try:
                yield Document.from_dict(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"line {number}: not a quoteattr document: {exc}") from exc


def write_jsonl(docs: Iterable[Document], target: str | os.PathLike | IO[str]) -> int:
    """Write one JSON object per line; returns how many were written."""
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8") as fh:
            return write_jsonl(docs, fh)
    count = 0
    for doc in docs:
        target.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count
