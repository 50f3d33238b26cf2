"""The ``quoteattr eval`` command: read the files, attribute when there are no predictions, print.

Reached through :func:`quoteattr.evaluation.eval_main`, which ``quoteattr
eval`` and ``python -m quoteattr.evaluation`` run.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .eval_errors import render_errors
from .eval_matching import TYPES
from .evaluation import _check_types, _id_of, evaluate, load_documents
from .pipeline import ANALYZERS, attribute, attribute_many, get_analyzer

if TYPE_CHECKING:
    import argparse

__all__ = ["eval_main"]


def _predict(gold: Sequence[Mapping[str, Any]], *, analyzer: str) -> list[dict[str, Any]]:
    """Attribution over the gold texts; a document that fails predicts nothing."""
    chosen = get_analyzer(analyzer)  # one analyzer for the probe and every document: models load once
    probe = attribute("He said so.", analyzer=chosen)
    if probe.error is not None:  # an analyzer that cannot run is a usage error, not a zero score
        raise RuntimeError(probe.error)
    ids = [_id_of(doc, i) for i, doc in enumerate(gold)]
    docs = attribute_many((d.get("text") or "" for d in gold), analyzer=chosen, ids=ids)
    return [doc.to_dict() for doc in docs]


def _warn_failures(predictions: Sequence[Mapping[str, Any]]) -> None:
    """Say on stderr how many documents failed, so a low score is not mistaken for a weak rule."""
    failed = [d for d in predictions if d.get("error")]
    if failed:
        print(f"quoteattr eval: {len(failed)} of {len(predictions)} documents failed and predict nothing "
              f"(first, {failed[0].get('id')}: {failed[0]['error']})", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    import argparse  # only the command line needs it; keeps `import quoteattr` light

    ap = argparse.ArgumentParser(
        prog="quoteattr eval",
        description="Score quote attributions against gold ones (the numbers of score.py).")
    ap.add_argument("gold", help="gold JSON Lines in the attribution format")
    ap.add_argument("--pred", help="predictions in JSON Lines; without it quoteattr attributes the gold texts")
    ap.add_argument("--types", default=",".join(TYPES), help="gold types to score, comma separated")
    ap.add_argument("--json", action="store_true", help="print the scores as score.py --json does")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="also list the N most instructive misses")
    ap.add_argument("--analyzer", default="rules", choices=ANALYZERS,
                    help="analyzer used when there is no --pred (default rules)")
    ap.add_argument("--save-pred", metavar="PATH", help="write the predictions made without --pred to PATH")
    return ap


def eval_main(argv: list[str]) -> int:
    """``quoteattr eval GOLD.jsonl [--pred PRED.jsonl] ...``; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        types = _check_types(t for t in args.types.split(",") if t)
        gold = load_documents(args.gold)
        if args.pred:
            pred = load_documents(args.pred)
        else:
            pred = _predict(gold, analyzer=args.analyzer)
            _warn_failures(pred)
            if args.save_pred:
                with open(args.save_pred, "w", encoding="utf-8") as fh:
                    fh.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in pred)
        result = evaluate(gold, pred, types=types)
    except (OSError, ValueError, KeyError, TypeError, ImportError, RuntimeError) as exc:
        print(f"quoteattr eval: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    errors = result.errors[:max(0, args.errors)]
    if args.json:
        out = result.to_dict()
        if args.errors:
            out["errors"] = [attrs.asdict(e) for e in errors]
        print(json.dumps(out, indent=1, ensure_ascii=False))
    else:
        print(result.render())
        if args.errors:
            print(f"\n{len(errors)} of {len(result.errors)} errors, most instructive first:\n")
            print(render_errors(errors))
    return 0
