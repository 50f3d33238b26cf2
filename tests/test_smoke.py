"""The package imports without optional extras; the README's Quickstart is what CI runs."""
import re
import shlex
from pathlib import Path

import quoteattr

ROOT = Path(__file__).resolve().parents[1]


def test_attribute_returns_document_with_the_input_unchanged():
    text = "Hello there.\n\nMr. Smith said so."
    doc = quoteattr.attribute(text)
    assert doc.text == text
    assert [p.text for p in doc.paragraphs] == ["Hello there.", "Mr. Smith said so."]
    assert [s.paragraph for s in doc.sentences] == [0, 1]


def quickstart_commands():
    """The commands of the README's Quickstart bash blocks, as .ci/run reads them."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Quickstart\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```bash\n(.*?)^```$", section, flags=re.S | re.M)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def test_quickstart_installs_then_runs_the_cli_and_then_the_tests():
    """Two commands: install and run the CLI on a file that exists; install test extras and run pytest."""
    first, second = quickstart_commands()
    words = shlex.split(first)
    assert words[:2] == ["pip", "install"] and "quoteattr" in words
    assert (ROOT / words[words.index("quoteattr") + 1]).is_file()
    assert shlex.split(second)[:2] == ["pip", "install"] and second.endswith("pytest")
    assert "test" in second


def test_ci_runs_the_quickstart_section():
    """.ci/run takes its commands from the README, so the two never drift apart."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "## Quickstart" in script and "README.md" in script


def test_a_failing_rule_gives_an_error_record_not_an_exception(monkeypatch):
    """The contract: any text gives a Document; a rule's failure is reported in ``error``."""
    import quoteattr.pipeline as pipeline

    def failing_rules(*args, **kwargs):
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(pipeline, "attribute_analysis", failing_rules)
    doc = quoteattr.attribute("He left. “Yes,” she said.")
    assert doc.error == "RuntimeError: a rule failed"
    assert doc.quotes == ()
    assert [s.text for s in doc.sentences] == ["He left.", "“Yes,” she said."]
