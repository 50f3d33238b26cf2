"""Every script in examples/ runs and prints something useful."""
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quoteattr

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
ARTICLE = EXAMPLES / "article.txt"


def run(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, *map(str, args)], capture_output=True, cwd=ROOT, env=env, timeout=300)


def test_there_are_examples():
    assert ARTICLE.is_file() and SCRIPTS


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_example_script_runs(script):
    """Each example exits 0 and prints output, whatever the engine finds."""
    done = run(script)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.strip()
    assert b"Traceback" not in done.stderr


def test_attribute_example_prints_every_quote():
    """The script prints one block per quote the library finds, with its kind."""
    done = run(EXAMPLES / "attribute.py", ARTICLE)
    out = done.stdout.decode("utf-8")
    doc = quoteattr.attribute(ARTICLE.read_text(encoding="utf-8"))
    assert f"{len(doc.quotes)} quotes" in out
    for quote in doc.quotes:
        assert f"[{quote.kind.value}]" in out and quote.text in out


def test_article_is_a_realistic_length():
    """Around 25 paragraphs, with curly quotes of both kinds and several speakers' titles."""
    text = ARTICLE.read_text(encoding="utf-8")
    doc = quoteattr.attribute(text)
    assert 20 <= len(doc.paragraphs) <= 40
    for mark in ("“", "”", "‘", "’", "Sen.", "told", "according to", "declined to comment"):
        assert mark in text.replace("According", "according")


def test_who_gets_quoted_counts_every_quote_of_every_article(tmp_path):
    """The tally covers each article of a directory and of a JSON Lines file, and lists a record with no text."""
    folder = tmp_path / "news"
    folder.mkdir()
    texts = {"a.txt": "Ms Varga said the pier was unsafe. “It must close,” she said.",
             "b.txt": "Mr Reyl, the ferry clerk, said the toll was fair. Ms Varga disagreed."}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    records = tmp_path / "more.jsonl"
    records.write_text(json.dumps({"id": "c", "text": "The toll is unfair, Ms Varga said."}) + "\n"
                       + json.dumps({"id": "d"}) + "\n", encoding="utf-8")
    table = tmp_path / "speakers.csv"
    done = run(EXAMPLES / "who_gets_quoted.py", folder, records, "--csv", table)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    docs = [quoteattr.attribute(text) for text in [*texts.values(), "The toll is unfair, Ms Varga said."]]
    assert f"{sum(len(doc.quotes) for doc in docs)} quotes" in out
    assert "not read: d: no text" in out
    with table.open(encoding="utf-8", newline="") as rows:
        lines = list(csv.DictReader(rows))
    varga = next(line for line in lines if line["speaker"] == "Varga")
    assert varga["articles"] == "2"  # the same name in two articles is one speaker
    assert sum(int(line[kind]) for line in lines for kind in ("direct", "indirect", "mixed")) == sum(
        len(doc.quotes) for doc in docs)
