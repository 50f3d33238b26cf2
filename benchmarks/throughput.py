"""Throughput of quoteattr.attribute on a corpus, against a bare regex scan.

    python benchmarks/throughput.py CORPUS [--runs 5] [--scale-runs 3] [--analyzer rules] [--json]

CORPUS is a JSON Lines file of documents with a "text" field, or a folder of
.txt files. The script reports, for one process on one core:

* attribute: median wall time of ``--runs`` passes over the corpus (after one
  untimed warm-up pass), as characters and documents per second;
* scan: the median time of a bare ``regex`` search for quotation marks over
  the same texts, the floor any quote finder must pay, and attribute / scan;
* memory: the tracemalloc peak of Python allocations during one extra pass
  (each Document dropped after it is made), and the process's maximum
  resident set size from ``resource.getrusage`` after the timed passes and
  again after the x10 passes (the corpus and its x10 copy are then in memory);
* scaling: the corpus x1 against the corpus x10, where each document is
  joined with the nine that follow it (blank lines between) into one ten
  times as long; the time ratio is ~10 when the cost is linear (<= 11 passes).
"""
from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

try:
    import quoteattr
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import quoteattr

import regex

from quoteattr.pipeline import ANALYZERS, get_analyzer

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]

QUOTATION_MARK = regex.compile(r"[\"'“”‘’«»„‚‹›]")
SCALE_FACTOR = 10
LINEAR_LIMIT = 11.0


def load_corpus(path: Path) -> list[str]:
    """The texts of a folder of .txt files (sorted by name) or of a JSON Lines file."""
    if path.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))]
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line).get("text") or "" for line in fh if line.strip()]


def scaled(texts: Sequence[str], *, factor: int = SCALE_FACTOR) -> list[str]:
    """As many documents, each joining ``factor`` consecutive texts (wrapping round) with blank lines."""
    n = len(texts)
    return ["\n\n".join(texts[(i + k) % n] for k in range(factor)) for i in range(n)]


def attribute_all(texts: Sequence[str], *, analyzer: Any) -> int:
    """One pass of quoteattr.attribute; returns the number of quotes, so nothing is optimised away."""
    return sum(len(quoteattr.attribute(text, analyzer=analyzer).quotes) for text in texts)


def scan_all(texts: Sequence[str]) -> int:
    """One pass of the bare quotation-mark scan; returns the marks found."""
    return sum(len(QUOTATION_MARK.findall(text)) for text in texts)


def median_seconds(work: Callable[[], object], *, runs: int) -> tuple[float, list[float]]:
    """The median wall time of ``runs`` calls, and every time measured."""
    times = []
    for _ in range(runs):
        gc.collect()  # start each run from the same heap
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def tracemalloc_peak_mb(work: Callable[[], object]) -> float:
    """Peak traced Python allocation while ``work`` runs, in MB."""
    gc.collect()
    tracemalloc.start()
    try:
        work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def max_rss_mb() -> float | None:
    """The process's high-water resident set size in MB (ru_maxrss is in KB on Linux, bytes on macOS)."""
    if resource is None:
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1e6 if sys.platform == "darwin" else rss / 1e3


def measure(texts: Sequence[str], *, analyzer: str, runs: int, scale_runs: int) -> dict:
    """Every number the report shows, as a JSON-ready dict."""
    chars = sum(len(t) for t in texts)
    name, analyzer = analyzer, get_analyzer(analyzer)  # one analyzer for every pass: models load once
    quotes = attribute_all(texts, analyzer=analyzer)  # warm-up: lexicons load, patterns compile
    seconds, all_seconds = median_seconds(lambda: attribute_all(texts, analyzer=analyzer), runs=runs)
    marks = scan_all(texts)
    scan_seconds, _ = median_seconds(lambda: scan_all(texts), runs=runs)
    rss = max_rss_mb()
    peak = tracemalloc_peak_mb(lambda: attribute_all(texts, analyzer=analyzer))
    big = scaled(texts)
    big_seconds, _ = median_seconds(lambda: attribute_all(big, analyzer=analyzer), runs=scale_runs)
    rss_end = max_rss_mb()
    small_seconds = min(all_seconds) if scale_runs == 1 else seconds
    ratio = big_seconds / small_seconds if small_seconds else None
    return {
        "documents": len(texts),
        "characters": chars,
        "quotes_found": quotes,
        "analyzer": name,
        "runs": runs,
        "attribute": {
            "seconds": round(seconds, 4),
            "chars_per_second": round(chars / seconds) if seconds else None,
            "documents_per_second": round(len(texts) / seconds, 2) if seconds else None,
            "run_seconds": [round(s, 4) for s in all_seconds],
        },
        "scan": {
            "seconds": round(scan_seconds, 5),
            "chars_per_second": round(chars / scan_seconds) if scan_seconds else None,
            "quotation_marks": marks,
        },
        "attribute_over_scan": round(seconds / scan_seconds, 1) if scan_seconds else None,
        "memory": {
            "tracemalloc_peak_mb": round(peak, 2),
            "max_rss_mb": round(rss, 1) if rss is not None else None,
            "max_rss_after_x10_mb": round(rss_end, 1) if rss_end is not None else None,
        },
        "scaling": {
            "factor": SCALE_FACTOR,
            "x1_seconds": round(small_seconds, 4),
            "x10_seconds": round(big_seconds, 4),
            "x10_characters": sum(len(t) for t in big),
            "runs": scale_runs,
            "time_ratio": round(ratio, 2) if ratio is not None else None,
            "linear": ratio is not None and ratio <= LINEAR_LIMIT,
        },
        "python": platform.python_version(),
        "regex": regex.__version__,
        "quoteattr": quoteattr.__version__,
    }


def render(corpus: str, r: dict) -> str:
    """A table a person reads."""
    a, s, m, sc = r["attribute"], r["scan"], r["memory"], r["scaling"]
    rss = f"{m['max_rss_mb']:.1f} MB" if m["max_rss_mb"] is not None else "n/a"
    rss_end = f"{m['max_rss_after_x10_mb']:.1f} MB" if m["max_rss_after_x10_mb"] is not None else "n/a"

    def rate(value: float | None) -> str:
        return f"{value:>14,.0f}" if value is not None else f"{'n/a':>14}"

    return "\n".join([
        f"corpus    {corpus}: {r['documents']:,} documents, {r['characters']:,} characters",
        f"analyzer  {r['analyzer']}; median of {r['runs']} runs after a warm-up; "
        f"python {r['python']}, regex {r['regex']}, quoteattr {r['quoteattr']}",
        "",
        f"{'':28s}{'seconds':>10s}{'chars/s':>14s}{'docs/s':>10s}",
        f"{'quoteattr.attribute':28s}{a['seconds']:>10.3f}{rate(a['chars_per_second'])}"
        f"{a['documents_per_second'] or 0:>10.1f}",
        f"{'regex quotation-mark scan':28s}{s['seconds']:>10.4f}{rate(s['chars_per_second'])}",
        f"{'attribute / scan':28s}{r['attribute_over_scan'] or 0:>9.1f}x",
        "",
        f"quotes found        {r['quotes_found']:,} ({s['quotation_marks']:,} quotation marks in the text)",
        f"memory              tracemalloc peak {m['tracemalloc_peak_mb']:.1f} MB (Python allocations, one pass); "
        f"max RSS {rss} (whole process, resource.getrusage), {rss_end} after the x10 runs",
        f"scaling x{sc['factor']}         {sc['x1_seconds']:.3f} s -> {sc['x10_seconds']:.3f} s "
        f"({sc['x10_characters']:,} characters, median of {sc['runs']}): ratio {sc['time_ratio']} "
        f"({'linear' if sc['linear'] else 'NOT linear'}: <= {LINEAR_LIMIT:g})",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("corpus", type=Path, help="JSON Lines with a 'text' field, or a folder of .txt files")
    ap.add_argument("--runs", type=int, default=5, help="timed passes over the corpus (median; default 5)")
    ap.add_argument("--scale-runs", type=int, default=3, help="timed passes over the x10 corpus (default 3)")
    ap.add_argument("--analyzer", default="rules", choices=ANALYZERS)
    ap.add_argument("--json", action="store_true", help="print the measurements as JSON")
    args = ap.parse_args(argv)
    texts = load_corpus(args.corpus)
    if not texts:
        print(f"{args.corpus}: no documents", file=sys.stderr)
        return 2
    result = measure(texts, analyzer=args.analyzer, runs=max(1, args.runs), scale_runs=max(1, args.scale_runs))
    print(json.dumps({"corpus": str(args.corpus), **result}, indent=1) if args.json else render(str(args.corpus), result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
