"""Every script in examples/ runs and prints something useful."""
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
