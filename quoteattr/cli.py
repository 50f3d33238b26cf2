"""The command line: ``quoteattr [FILE ...]``, ``quoteattr eval ...``, ``quoteattr download ...``.

Exit status: 0 on success, 1 when an input could not be read or attributed
(the others are still processed), 2 on a usage error. Every error is one line
on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from . import __version__
from .jsonl import dumps
from .model import Document, Quote
from .pipeline import ANALYZERS, BULK_BATCH, PARAGRAPH_BREAKS, attribute_many, get_analyzer
from .quotes.cues import CUE_CLASSES

__all__ = ["main"]

PROG = "quoteattr"
STDIN = "-"
SUBCOMMANDS = {
    "eval": ("quoteattr.evaluation", "eval_main"),
    "download": ("quoteattr.analysis.stanza", "download_main"),
}
WHITE_SPACE = re.compile(r"\s+")
# what a terminal cannot show or would obey: control characters (an escape sequence could clear the screen) and a
# lone surrogate; the table shows U+FFFD in their place
UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


class UsageError(Exception):
    """A bad option value: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """Reports a bad option in one line, without the usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _cue_list(value: str) -> tuple[str, ...]:
    chosen = tuple(name.strip() for name in value.split(",") if name.strip())
    unknown = [name for name in chosen if name not in CUE_CLASSES]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown cue class {', '.join(unknown) or repr(value)}: choose from {','.join(CUE_CLASSES)}")
    return chosen


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Find the quotes in news articles and who said them.",
        epilog="Subcommands: 'quoteattr eval GOLD.jsonl ...' scores against gold attributions; "
               "'quoteattr download --lang en' fetches the stanza models. "
               "To read a file named 'eval' or 'download', write ./eval.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="plain-text articles (UTF-8 by default), or directories of *.txt articles (*.jsonl with "
                             "--input jsonl), read with their subdirectories in sorted order; none or '-' reads "
                             "standard input")
    parser.add_argument("-f", "--format", choices=("table", "json", "jsonl"), default="table",
                        help="table: one row per quote (default); json: one document, or a list for "
                             "several files; jsonl: one document per line, 'id' set to the file path")
    parser.add_argument("-a", "--analyzer", choices=ANALYZERS, default="rules",
                        help="rules: built in, no models (default); stanza: needs the stanza extra and models")
    parser.add_argument("--cues", type=_cue_list, default=None, metavar="CLASSES",
                        help=f"comma-separated cue classes for reported speech (default all: {','.join(CUE_CLASSES)})")
    parser.add_argument("--paragraphs", choices=PARAGRAPH_BREAKS, default="lines",
                        help="lines: every line is a paragraph (default); blank-lines: hard-wrapped text, "
                             "paragraphs end at blank lines and single line breaks count as spaces")
    parser.add_argument("--input", choices=("text", "jsonl"), default="text",
                        help="text: each file is one article (default); jsonl: each line of each file is a JSON "
                             "record whose \"text\" is an article, its \"id\" (or FILE:LINE) naming the output")
    parser.add_argument("--encoding", default="utf-8", help="encoding of the input files (default utf-8)")
    parser.add_argument("--errors", choices=("strict", "replace"), default="strict",
                        help="on bytes the encoding cannot decode: fail (strict, default) or replace them")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _one_line(exc: BaseException) -> str:
    return WHITE_SPACE.sub(" ", str(exc)).strip() or type(exc).__name__


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def read_input(path: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """The text of ``path`` (standard input for '-'); raises OSError or ValueError with a readable message."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise OSError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise OSError(f"{path}: a directory with no articles under it") from None
    except PermissionError:
        raise OSError(f"{path}: permission denied") from None
    except OSError as exc:
        raise OSError(f"{path}: cannot read: {exc.strerror or _one_line(exc)}") from None
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise ValueError(f"{_display(path)}: bytes at offset {exc.start} are not valid {encoding}; "
                         f"name the file's encoding with --encoding (e.g. --encoding cp1252) "
                         f"or pass --errors replace") from None


def expanded(paths: Sequence[str], pattern: str = "*.txt") -> list[str]:
    """``paths`` with each directory replaced by the files of ``pattern`` under it, subdirectories included, in
    sorted order; a directory with none stays, so that reading it reports the fact."""
    out: list[str] = []
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            found = sorted(str(file) for file in Path(path).rglob(pattern) if file.is_file())
            out.extend(found or [path])
        else:
            out.append(path)
    return out


def _display(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _documents(paths: Sequence[str], options: argparse.Namespace, analyzer: Any) -> Iterator[Document]:
    """One Document per article, in order (an article per file, or per record of a JSON Lines file with
    ``--input jsonl``); one that cannot be read gives a Document with ``error`` set.

    The articles are read ``BULK_BATCH`` at a time and attributed together, so that stanza parses them in bulk.
    """
    items = _articles(paths, options)
    while batch := list(itertools.islice(items, BULK_BATCH)):
        readable = [(doc_id, text) for doc_id, text, error in batch if error is None]
        found = attribute_many([text for _, text in readable], analyzer=analyzer, cues=options.cues,
                               ids=[doc_id for doc_id, _ in readable], paragraphs=options.paragraphs)
        for doc_id, _, error in batch:
            yield Document("", id=doc_id, error=error) if error is not None else _with_path_in_error(next(found))


def _articles(paths: Sequence[str], options: argparse.Namespace) -> Iterator[tuple[str, str, str | None]]:
    """(id, text, error) for every article under ``paths``, in order; ``error`` is None when it was read."""
    for path in paths:
        if options.input == "jsonl":
            yield from _records(path, errors=options.errors)
            continue
        try:
            yield _display(path), read_input(path, encoding=options.encoding, errors=options.errors), None
        except (OSError, ValueError) as exc:
            yield _display(path), "", _one_line(exc)


def _records(path: str, *, errors: str = "strict") -> Iterator[tuple[str, str, str | None]]:
    """The articles of a JSON Lines file, read a line at a time in UTF-8 (the format's encoding): each record's
    "text", under its "id" or else FILE:LINE; a line that is no such record gives an error instead."""
    try:
        handle = sys.stdin.buffer if path == STDIN else open(path, "rb")  # closed at the end, below
    except OSError:
        try:
            read_input(path)  # the same message a text file gets: no such file, a directory, permission denied
        except (OSError, ValueError) as exc:
            yield _display(path), "", _one_line(exc)
        return
    try:
        for number, raw in enumerate(handle, 1):
            where = f"{_display(path)}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8", errors))
            except UnicodeDecodeError as exc:
                yield where, "", f"{where}: bytes at offset {exc.start} are not valid utf-8; pass --errors replace"
                continue
            except ValueError as exc:
                yield where, "", f"{where}: not a JSON record: {_one_line(exc)}"
                continue
            text = record.get("text") if isinstance(record, dict) else None
            doc_id = where if not isinstance(record, dict) or record.get("id") is None else str(record["id"])
            if not isinstance(text, str):
                yield doc_id, "", f'{where}: the record has no "text" string'
                continue
            yield doc_id, text, None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _with_path_in_error(doc: Document) -> Document:
    return doc if doc.error is None else attrs.evolve(doc, error=f"{doc.id}: {_one_line(doc.error)}")


def _shorten(value: str, width: int) -> str:
    value = WHITE_SPACE.sub(" ", value).strip()
    if width <= 0:
        return ""
    return value if len(value) <= width else value[:width - 1] + "…"


def _row_cells(quote: Quote) -> tuple[str, str, str, str]:
    if quote.speaker is not None:
        who = quote.speaker.name
    else:  # unresolved: show the mention itself ("a spokesman", "she")
        who = quote.source.text if quote.source is not None else "?"
    title = quote.speaker.title if quote.speaker is not None and quote.speaker.title else ""
    return who, title, quote.kind.value, quote.text


def format_table(doc: Document, *, width: int) -> Iterator[str]:
    """One row per quote: speaker, title, kind and text, each line at most ``width`` characters.

    >>> from quoteattr import attribute
    >>> next(format_table(attribute("No quotes here."), width=40))
    '(no quotes found)'
    """
    rows = [_row_cells(q) for q in doc.quotes]
    if not rows:
        yield "(no quotes found)"
        return
    header = ("SPEAKER", "TITLE", "KIND", "TEXT")
    caps = (20, 24, 8)  # leave the quote text most of the row
    widths = [max(len(header[i]), *(len(WHITE_SPACE.sub(" ", r[i])) for r in rows)) for i in range(3)]
    widths = [min(w, cap) for w, cap in zip(widths, caps)]
    text_width = max(10, width - sum(widths) - 2 * len(widths))
    for cells in (header, *rows):
        fixed = "  ".join(_shorten(cell, w).ljust(w) for cell, w in zip(cells, widths))
        yield (fixed + "  " + _shorten(cells[3], text_width)).rstrip()[:max(width, 1)]


def _emit_table(docs: Iterator[Document], out: IO[str], *, several: bool) -> int:
    width = shutil.get_terminal_size((100, 24)).columns
    failures = 0
    for number, doc in enumerate(docs):
        if doc.error is not None:
            failures += 1
            _error(doc.error)
            continue
        if several:
            heading = UNPRINTABLE.sub("\ufffd", _shorten(f"==> {doc.id} <==", width))
            out.write(("\n" if number else "") + heading + "\n")
        for line in format_table(doc, width=width):
            out.write(UNPRINTABLE.sub("\ufffd", line) + "\n")
    return failures


def _emit_json(docs: Iterator[Document], out: IO[str], *, several: bool, lines: bool) -> int:
    ascii_only = not (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-").startswith("utf")
    failures = 0
    collected = []
    for doc in docs:
        if doc.error is not None:
            failures += 1
            _error(doc.error)
        data = {"id": doc.id, "error": doc.error} if doc.error is not None else doc.to_dict()
        if lines:
            out.write(dumps(data, ensure_ascii=ascii_only) + "\n")
            out.flush()  # batch jobs see each document as it is done
        else:
            collected.append(data)
    if not lines:
        payload: Any = collected if several else (collected[0] if collected else None)
        out.write(dumps(payload, ensure_ascii=ascii_only, indent=2) + "\n")
    return failures


def _prepare(name: str) -> Any:
    """The analyzer, with its models loaded now so that a missing model is a usage error, not N failures."""
    analyzer = get_analyzer(name)
    getattr(analyzer, "pipeline", None)  # the stanza analyzer loads lazily on this property
    return analyzer


def _subcommand(name: str, argv: list[str]) -> int:
    module_name, function_name = SUBCOMMANDS[name]
    try:
        module = __import__(module_name, fromlist=[function_name])
        command: Callable[[list[str]], int] = getattr(module, function_name)
    except (ImportError, AttributeError) as exc:
        _error(f"the '{name}' command is not available in this installation ({_one_line(exc)})")
        return 2
    return int(command(argv) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["--format", "nope"])
    2
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return _subcommand(args[0], args[1:])
    try:
        options = _parser().parse_args(args)
    except UsageError as exc:
        _error(f"{_one_line(exc)} (see quoteattr --help)")
        return 2
    except SystemExit as exc:  # --help and --version print and stop here
        return exc.code if isinstance(exc.code, int) else 0
    try:
        "".encode(options.encoding)
    except LookupError:
        _error(f"unknown encoding {options.encoding!r}: try utf-8, cp1252, latin-1 or utf-16")
        return 2
    try:
        analyzer = _prepare(options.analyzer)
    except Exception as exc:  # noqa: BLE001 - the analyzer's own message says what to do
        _error(f"analyzer {options.analyzer!r} cannot run: {_one_line(exc)}")
        return 2
    paths = expanded(options.files or [STDIN], "*.jsonl" if options.input == "jsonl" else "*.txt")
    docs = _documents(paths, options, analyzer)
    several = len(paths) > 1 or options.input == "jsonl" \
        or any(path != STDIN and os.path.isdir(path) for path in options.files)
    try:
        if options.format == "table":
            failures = _emit_table(docs, sys.stdout, several=several)
        else:
            failures = _emit_json(docs, sys.stdout, several=several, lines=options.format == "jsonl")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    return 1 if failures else 0
