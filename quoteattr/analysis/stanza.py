"""The stanza analyzer: sentences, tokens, lemmas, parts of speech, dependencies, entities.

This is the only module of the package that imports stanza, and it does so
inside functions, so ``import quoteattr`` works (and stays fast) without it.
No model is ever downloaded implicitly: ``quoteattr download --lang en``
fetches them once, for users who are online.
"""
from __future__ import annotations

import argparse
import bisect
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..model import Sentence, Span
from .base import Analysis, Token
from .rules import split_paragraphs

__all__ = ["StanzaAnalyzer", "ModelsMissingError", "StanzaNotInstalledError",
           "analysis_from_stanza", "default_model_dir", "download_main"]

DEFAULT_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
INSTALL_HINT = "pip install 'quoteattr[stanza]'"
# A token cut off from its head by a paragraph break keeps no relation it cannot show.
DETACHED = "dep"


class StanzaNotInstalledError(ImportError):
    """stanza is needed but not installed."""


class ModelsMissingError(RuntimeError):
    """stanza is installed but its models for the language are not."""


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as exc:
        raise StanzaNotInstalledError(
            f"the stanza analyzer needs the stanza package: {INSTALL_HINT}") from exc
    return stanza


def default_model_dir() -> str:
    """Where stanza keeps its models: $STANZA_RESOURCES_DIR, else stanza's own default.

    >>> isinstance(default_model_dir(), str)
    True
    """
    configured = os.environ.get("STANZA_RESOURCES_DIR")
    if configured:
        return configured
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return DEFAULT_MODEL_DIR


def _fix_command(lang: str, model_dir: str | None) -> str:
    where = f" --dir {model_dir}" if model_dir else ""
    inline = f", model_dir={model_dir!r}" if model_dir else ""
    return (f"quoteattr download --lang {lang}{where}  "
            f"(or: python -c \"import stanza; stanza.download({lang!r}{inline})\")")


def _missing(lang: str, model_dir: str, chosen_dir: str | None, detail: str) -> ModelsMissingError:
    return ModelsMissingError(
        f"stanza models for {lang!r} are not installed in {model_dir} ({detail}); "
        f"download them once with: {_fix_command(lang, chosen_dir)}")


class StanzaAnalyzer:
    """Parses with stanza; the pipeline is built once, on first use, and reused.

    ``pipeline`` may be any callable taking text and returning a stanza
    Document (a ready ``stanza.Pipeline``, or a stand-in in tests); it is
    used as it is. Other keyword arguments go to ``stanza.Pipeline``.

    >>> analyzer = StanzaAnalyzer(lang="en")   # nothing is loaded yet
    >>> analyzer.name
    'stanza'
    """

    name = "stanza"

    def __init__(self, *, lang: str = "en", model_dir: str | None = None,
                 processors: str = DEFAULT_PROCESSORS, use_gpu: bool = False,
                 pipeline: Callable[[str], Any] | None = None, **pipeline_options: Any) -> None:
        self.lang = lang
        self.model_dir = model_dir
        self.processors = processors
        self.use_gpu = use_gpu
        self.pipeline_options = pipeline_options
        self._pipeline = pipeline

    @property
    def pipeline(self) -> Callable[[str], Any]:
        """The stanza pipeline, built on first access."""
        if self._pipeline is None:
            self._pipeline = self._build_pipeline()
        return self._pipeline

    def _build_pipeline(self) -> Any:
        stanza = _import_stanza()
        model_dir = self.model_dir or default_model_dir()
        if not os.path.isfile(os.path.join(model_dir, "resources.json")):
            raise _missing(self.lang, model_dir, self.model_dir, "no resources.json")
        if not os.path.isdir(os.path.join(model_dir, self.lang)):
            raise _missing(self.lang, model_dir, self.model_dir, f"no {self.lang}/ folder")
        try:
            return stanza.Pipeline(self.lang, dir=model_dir, processors=self.processors,
                                   use_gpu=self.use_gpu, download_method=None,
                                   **self.pipeline_options)
        except (OSError, KeyError) as exc:  # stanza reports absent model files as these
            raise _missing(self.lang, model_dir, self.model_dir, f"{type(exc).__name__}: {exc}") from exc

    def analyze(self, text: str) -> Analysis:
        """Paragraphs, sentences and parsed tokens of ``text``."""
        if not text.strip():
            return _empty(text)  # nothing to parse; stanza need not even load
        return analysis_from_stanza(self.pipeline(text))

    def analyze_many(self, texts: Iterable[str]) -> list[Analysis]:
        """``analyze`` over many texts, parsed together with stanza's bulk processing."""
        texts = list(texts)
        todo = [i for i, text in enumerate(texts) if text.strip()]
        results = [_empty(text) for text in texts]
        pipeline = self.pipeline if todo else None
        bulk = getattr(pipeline, "bulk_process", None)
        docs = bulk([texts[i] for i in todo]) if callable(bulk) else [pipeline(texts[i]) for i in todo]
        for i, doc in zip(todo, docs):
            results[i] = analysis_from_stanza(doc)
        return results


def _empty(text: str) -> Analysis:
    return Analysis(text, tuple(split_paragraphs(text)), (), ())


def analysis_from_stanza(doc: Any) -> Analysis:
    """Convert a parsed stanza Document, reusing its parse (no second pass).

    Sentences follow stanza's, cut where a paragraph ends; token offsets are
    stanza's character offsets, which index the document text.

    >>> analysis_from_stanza(stanza_doc).tokens[0][0].text   # doctest: +SKIP
    'The'
    """
    text = getattr(doc, "text", None)
    if not isinstance(text, str):
        raise ValueError("the stanza Document has no text: set doc.text to the text its "
                         "character offsets index (or parse the text with a stanza Pipeline)")
    paragraphs = tuple(split_paragraphs(text))
    sentences: list[Sentence] = []
    tokens: list[tuple[Token, ...]] = []
    paragraph_ends = [p.end for p in paragraphs]
    for stanza_sentence in doc.sentences:
        words = _words_with_offsets(stanza_sentence, text)
        for paragraph, piece in _cut_at_paragraphs(words, paragraphs, paragraph_ends):
            start, end = piece[0][1].start, piece[-1][1].end
            sentences.append(Sentence.of(text, start, end, paragraph))
            tokens.append(_renumber(piece))
    return Analysis(text, paragraphs, tuple(sentences), tuple(tokens))


def _words_with_offsets(stanza_sentence: Any, text: str) -> list[tuple[int, Token]]:
    """(stanza word id, Token) for each word; heads still as stanza ids (0 = root)."""
    words: list[tuple[int, Token]] = []
    for stanza_token in stanza_sentence.tokens:
        for word in stanza_token.words:
            start, end = word.start_char, word.end_char
            if start is None or end is None:
                start, end = stanza_token.start_char, stanza_token.end_char  # a multi-word token's part
            if start is None or end is None:
                raise ValueError(f"the stanza Document has no character offsets (token {stanza_token.text!r}): "
                                 "parse the text with a stanza Pipeline, or read CoNLL-U with "
                                 "start_char/end_char in its MISC column")
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"token {stanza_token.text!r} has offsets {start}:{end} outside the "
                                 f"document text of length {len(text)}")
            words.append((word.id, Token(start, end, text[start:end], lemma=word.lemma, upos=word.upos,
                                         head=word.head, deprel=word.deprel, ner=stanza_token.ner)))
    return words


def _cut_at_paragraphs(words: list[tuple[int, Token]], paragraphs: Sequence[Span], paragraph_ends: Sequence[int]):
    """Runs of words in the same paragraph, each with that paragraph's index; a word before its paragraph's start
    (a list item's bullet, a clock time stamping the line: see ``split_paragraphs``) is in none."""
    pieces: list[tuple[int, list[tuple[int, Token]]]] = []
    for word in words:
        paragraph = _paragraph_index(paragraph_ends, word[1].start)
        if paragraphs and word[1].start < paragraphs[paragraph].start:
            continue
        if pieces and pieces[-1][0] == paragraph:
            pieces[-1][1].append(word)
        else:
            pieces.append((paragraph, [word]))
    return pieces


def _paragraph_index(paragraph_ends: Sequence[int], offset: int) -> int:
    """The first paragraph ending after ``offset``; past them all, the last one."""
    index = bisect.bisect_right(paragraph_ends, offset)
    return index if index < len(paragraph_ends) else max(len(paragraph_ends) - 1, 0)


def _renumber(piece: list[tuple[int, Token]]) -> tuple[Token, ...]:
    """Heads as indexes within the piece; a head outside it makes the word a root."""
    position = {word_id: index for index, (word_id, _) in enumerate(piece)}
    renumbered = []
    for _, token in piece:
        if token.head is None:
            renumbered.append(token)
        elif token.head == 0:
            renumbered.append(_with_head(token, -1, token.deprel))
        elif token.head in position:
            renumbered.append(_with_head(token, position[token.head], token.deprel))
        else:
            renumbered.append(_with_head(token, -1, DETACHED))
    return tuple(renumbered)


def _with_head(token: Token, head: int, deprel: str | None) -> Token:
    return Token(token.start, token.end, token.text, token.lemma, token.upos, head, deprel, token.ner)


class _OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def download_main(argv: list[str]) -> int:
    """``quoteattr download [--lang en] [--dir DIR]``: fetch stanza's models.

    Returns the exit status; an error prints one line to stderr.

    >>> download_main(["--lang", "en", "--dir", "/tmp/stanza"])   # doctest: +SKIP
    0
    """
    parser = _OneLineParser(prog="quoteattr download",
                            description="Download stanza's models for the stanza analyzer.")
    parser.add_argument("--lang", default="en", help="language code (default: en)")
    parser.add_argument("--dir", default=None,
                        help="model folder (default: $STANZA_RESOURCES_DIR, else stanza's own)")
    try:
        options = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a bad argument already reported
        return exc.code if isinstance(exc.code, int) else 2
    try:
        stanza = _import_stanza()
        model_dir = options.dir or default_model_dir()
        stanza.download(options.lang, model_dir=model_dir)
    except Exception as exc:  # noqa: BLE001 - a command reports in one line, it does not trace back
        print(f"quoteattr download: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"stanza models for {options.lang!r} are in {model_dir}")
    return 0
