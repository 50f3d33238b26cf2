"""benchmarks/throughput.py runs on a tiny corpus and reports every field (no timing asserted)."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "throughput.py"

TEXTS = [
    "“The bridge opens on Monday,” said the mayor, Lena Park.\n\nShe added that tolls would stay low.",
    "The union said its members would strike. “We have waited long enough,” a spokesman told reporters.",
    "No one spoke at the meeting.",
]


def load_script():
    spec = importlib.util.spec_from_file_location("throughput", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(params=["jsonl", "folder"])
def corpus(request, tmp_path):
    if request.param == "jsonl":
        path = tmp_path / "corpus.jsonl"
        path.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(TEXTS)),
                        encoding="utf-8")
    else:
        path = tmp_path / "texts"
        path.mkdir()
        for i, text in enumerate(TEXTS):
            (path / f"{i}.txt").write_text(text, encoding="utf-8")
    return path


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, check=True).stdout


def test_json_report_has_every_field(corpus):
    report = json.loads(run(corpus, "--runs", "1", "--scale-runs", "1", "--json"))
    assert (report["documents"], report["characters"]) == (3, sum(len(t) for t in TEXTS))
    assert len(report["attribute"]["run_seconds"]) == 1
    for value in (report["attribute"]["chars_per_second"], report["attribute"]["documents_per_second"],
                  report["scan"]["chars_per_second"], report["attribute_over_scan"],
                  report["memory"]["tracemalloc_peak_mb"], report["scaling"]["time_ratio"]):
        assert value > 0
    assert report["scan"]["quotation_marks"] == sum(t.count("“") + t.count("”") for t in TEXTS)
    assert report["memory"]["max_rss_after_x10_mb"] >= report["memory"]["max_rss_mb"] > 0
    assert report["scaling"]["factor"] == 10
    assert isinstance(report["scaling"]["linear"], bool)


def test_table_names_each_measurement(corpus):
    table = run(corpus, "--runs", "1", "--scale-runs", "1")
    for label in ("quoteattr.attribute", "regex quotation-mark scan", "attribute / scan",
                  "tracemalloc peak", "max RSS", "scaling x10", "chars/s", "docs/s"):
        assert label in table


def test_empty_corpus_is_refused(tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "no documents" in done.stderr


@pytest.mark.parametrize(("texts", "expected_first"), [
    (["a", "b", "c"], "a\n\nb\n\nc\n\na\n\nb\n\nc\n\na\n\nb\n\nc\n\na"),
    (["solo"], "\n\n".join(["solo"] * 10)),
], ids=["wraps-round", "single-document"])
def test_scaled_documents_are_ten_times_as_long(texts, expected_first):
    big = load_script().scaled(texts)
    assert len(big) == len(texts)
    assert big[0] == expected_first
