"""The command line, run as ``python -m quoteattr`` and through ``main(argv)``."""
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import quoteattr
from quoteattr import cli, pipeline

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("“We will not back down,” Gov. Lina Ortiz told reporters on Monday.\n\n"
           "Her rival, Sen. Tom Bell, said the plan was “a fantasy” and would fail.\n"
           "A spokesman for the port said it was reviewing the figures.\n")


def run(*args, stdin=None, columns=None):
    """``python -m quoteattr ARGS`` from the repository root; returns the finished process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "PYTHONIOENCODING": "utf-8"}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    return subprocess.run([sys.executable, "-m", "quoteattr", *args], input=stdin, capture_output=True,
                          cwd=ROOT, env=env, timeout=120)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "ortiz.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def expected_dict(text, doc_id, **options):
    return quoteattr.attribute(text, id=doc_id, **options).to_dict()


def one_line_error(stderr):
    """The stderr of a failed run: exactly one line, no traceback."""
    text = stderr.decode("utf-8") if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text
    assert len(text.strip().splitlines()) == 1, text
    return text.strip()


# --- output formats --------------------------------------------------------

def test_table_lists_each_quote_in_a_row(article):
    """The table has a header and one row per quote, the quote's text in it."""
    done = run(str(article), columns=200)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()
    doc = quoteattr.attribute(ARTICLE)
    if doc.quotes:
        assert lines[0].split() == ["SPEAKER", "TITLE", "KIND", "TEXT"]
        assert len(lines) == 1 + len(doc.quotes)
        for line, quote in zip(lines[1:], doc.quotes):
            assert quote.kind.value in line and quote.text.split()[0] in line
    else:
        assert lines == ["(no quotes found)"]


@pytest.mark.parametrize("columns", [50, 80, 132])
def test_table_fits_the_terminal_width(article, columns):
    """No row is wider than the terminal; long text is shortened with an ellipsis."""
    done = run(str(article), columns=columns)
    assert done.returncode == 0
    assert all(len(line) <= columns for line in done.stdout.decode("utf-8").splitlines())


def test_table_shows_no_control_character_to_the_terminal(tmp_path):
    """An escape or a bell inside a quote's text would act on the terminal: the table shows U+FFFD instead, while
    the JSON keeps the text as it is."""
    path = tmp_path / "raw.txt"
    path.write_text("Ms Varga said the toll\x1b[2J was unfair.\n", encoding="utf-8")
    table = run(str(path)).stdout.decode("utf-8")
    assert "\x1b" not in table and "the toll\ufffd[2J was unfair" in table
    assert json.loads(run("--format", "json", str(path)).stdout)["quotes"][0]["content_text"] == \
        "the toll\x1b[2J was unfair"


def test_format_table_shortens_long_text():
    doc = quoteattr.attribute("“" + "word " * 60 + "end,” Ann Lee said.")
    rows = list(cli.format_table(doc, width=60))
    assert all(len(row) <= 60 for row in rows)
    if doc.quotes:
        assert rows[1].endswith("…")


def test_json_is_the_document_dict(article):
    """--format json prints what Document.to_dict gives, with the path as id."""
    done = run("--format", "json", str(article))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected_dict(ARTICLE, str(article))


def test_json_for_several_files_is_a_list(article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("No quotes at all.", encoding="utf-8")
    done = run("--format", "json", str(article), str(other))
    assert done.returncode == 0
    assert [d["id"] for d in json.loads(done.stdout)] == [str(article), str(other)]


def test_jsonl_gives_one_line_per_file_and_an_error_record_for_a_bad_one(article, tmp_path):
    """Batch jobs lose nothing: the unreadable file becomes an error line; exit status 1."""
    missing = tmp_path / "missing.txt"
    done = run("--format", "jsonl", str(article), str(missing), str(article))
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == [str(article), str(missing), str(article)]
    assert records[0] == expected_dict(ARTICLE, str(article))
    assert set(records[1]) == {"id", "error"} and str(missing) in records[1]["error"]
    assert str(missing) in one_line_error(done.stderr)


def test_jsonl_output_reads_back_as_documents(article, tmp_path):
    done = run("--format", "jsonl", str(article))
    path = tmp_path / "out.jsonl"
    path.write_bytes(done.stdout)
    assert list(quoteattr.read_jsonl(path)) == [quoteattr.attribute(ARTICLE, id=str(article))]


# --- input -----------------------------------------------------------------

@pytest.mark.parametrize("args", [[], ["-"]], ids=["no-file", "dash"])
def test_reads_standard_input(args):
    done = run("--format", "json", *args, stdin=ARTICLE.encode("utf-8"))
    assert done.returncode == 0
    assert json.loads(done.stdout)["text"] == ARTICLE


def test_text_is_not_rewritten(tmp_path):
    """CRLF line ends and odd spaces reach the document unchanged."""
    text = "“Go,” she said.\r\n\r\nHe\u00a0left\u2009then."
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    done = run("--format", "json", str(path))
    assert json.loads(done.stdout)["text"] == text


def test_paragraphs_option_reads_hard_wrapped_files(tmp_path):
    text = "Ms Varga said the toll\nwas unfair.\n\nMr Reyl said it\nwas fair.\n"
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    done = run("--format", "json", "--paragraphs", "blank-lines", str(path))
    assert done.returncode == 0
    assert json.loads(done.stdout) == expected_dict(text, None, paragraphs="blank-lines") | {"id": str(path)}
    assert [q["content_text"] for q in json.loads(done.stdout)["quotes"]] == ["the toll\nwas unfair", "it\nwas fair"]
    assert json.loads(run("--format", "json", str(path)).stdout)["quotes"] == []


def test_unknown_paragraphs_value_is_one_line(tmp_path):
    done = run("--paragraphs", "wrap", "-", stdin=b"Mr Reyl said it was fair.")
    assert done.returncode != 0
    assert "blank-lines" in one_line_error(done.stderr)


def test_encoding_option_decodes_other_encodings(tmp_path):
    text = "“Déjà vu,” said Zoë Côté."
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    done = run("--format", "json", "--encoding", "cp1252", str(path))
    assert done.returncode == 0
    assert json.loads(done.stdout)["text"] == text


def test_errors_replace_accepts_bad_bytes(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Caf\xe9 owners said prices would rise.")
    done = run("--format", "json", "--errors", "replace", str(path))
    assert done.returncode == 0
    assert json.loads(done.stdout)["text"] == "Caf\ufffd owners said prices would rise."


@pytest.mark.parametrize(("make", "words"), [
    (lambda tmp: tmp / "nowhere.txt", ["no such file"]),
    (lambda tmp: tmp, ["directory"]),
    (lambda tmp: _write(tmp / "bad.txt", b"\xff\xfe\x00bad"), ["utf-8", "--encoding", "--errors replace"]),
], ids=["missing", "directory", "not-utf8"])
def test_unreadable_input_is_one_clear_line(tmp_path, make, words):
    """The message names the file and says what went wrong; exit status 1."""
    path = make(tmp_path)
    done = run(str(path))
    assert done.returncode == 1
    message = one_line_error(done.stderr)
    assert str(path) in message
    for word in words:
        assert word in message


def test_a_directory_stands_for_the_txt_files_under_it_in_sorted_order(tmp_path):
    """Subdirectories are read too; other files are left out; the output is a list, one document per file."""
    (tmp_path / "b").mkdir()
    texts = {"b/two.txt": "Mr Reyl said the toll was fair.", "a.txt": "Ms Varga said the pier was safe.",
             "b/one.txt": "“It must close,” Ms Varga said."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("Mr Reyl said nothing.", encoding="utf-8")
    done = run("--format", "json", str(tmp_path))
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    docs = json.loads(done.stdout)
    assert [Path(doc["id"]).relative_to(tmp_path).as_posix() for doc in docs] == ["a.txt", "b/one.txt", "b/two.txt"]
    assert [doc["quotes"] for doc in docs] == [expected_dict(texts[Path(doc["id"]).relative_to(tmp_path).as_posix()],
                                                             doc["id"])["quotes"] for doc in docs]


def test_jsonl_input_gives_one_document_per_record_and_an_error_record_per_bad_line(tmp_path):
    """Records keep their order and their "id"; a line that is no record with a "text" string becomes an error
    record naming its line, and the rest go on."""
    lines = [json.dumps({"id": "a1", "text": "Ms Varga said the pier was safe."}), "", "not json",
             json.dumps({"id": "a3"}), json.dumps({"text": "“It must close,” Mr Reyl said."})]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run("--input", "jsonl", "--format", "jsonl", str(path))
    assert done.returncode == 1
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [record["id"] for record in out] == ["a1", f"{path}:3", "a3", f"{path}:5"]
    assert out[0] == expected_dict("Ms Varga said the pier was safe.", "a1")
    assert out[3] == expected_dict("“It must close,” Mr Reyl said.", f"{path}:5")
    assert "not a JSON record" in out[1]["error"] and '"text"' in out[2]["error"]


@pytest.mark.parametrize("output", ["jsonl", "json", "table"])
def test_a_lone_surrogate_in_a_jsonl_record_loses_no_record(tmp_path, output):
    """A "\\udc00" escape in a record's text is a lone surrogate, which UTF-8 cannot write: JSON keeps it
    escaped, the table shows U+FFFD, and the records after it still come out."""
    text = "Ms Varga said the toll was unfair \udc00."
    lines = [json.dumps({"id": "a", "text": text}), json.dumps({"id": "b", "text": "Mr Reyl said it was fair."})]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run("--input", "jsonl", "--format", output, str(path))
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    if output == "table":
        assert "the toll was unfair \ufffd" in out and "it was fair" in out
        return
    docs = [json.loads(line) for line in out.splitlines()] if output == "jsonl" else json.loads(out)
    assert docs == [expected_dict(text, "a"), expected_dict("Mr Reyl said it was fair.", "b")]


def test_jsonl_input_reads_standard_input_and_directories_of_jsonl_files(tmp_path):
    record = json.dumps({"id": "x", "text": "Mr Reyl said the toll was fair."}) + "\n"
    piped = run("--input", "jsonl", "--format", "json", stdin=record.encode("utf-8"))
    assert json.loads(piped.stdout) == [expected_dict("Mr Reyl said the toll was fair.", "x")]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text(record.replace('"x"', '"y"'), encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(record, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Ms Varga said nothing.", encoding="utf-8")
    done = run("--input", "jsonl", "--format", "jsonl", str(tmp_path))
    assert [json.loads(line)["id"] for line in done.stdout.decode("utf-8").splitlines()] == ["x", "y"]


def _write(path, data):
    path.write_bytes(data)
    return path


# --- usage errors ------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["--format", "xml"],
    ["--analyzer", "spacy"],
    ["--cues", "speech,gossip"],
    ["--errors", "ignore"],
    ["--encoding", "no-such-codec"],
    ["--no-such-option"],
], ids=["format", "analyzer", "cues", "errors", "encoding", "unknown-option"])
def test_usage_errors_exit_2_with_one_line(args, article):
    done = run(*args, str(article))
    assert done.returncode == 2
    assert done.stdout == b""
    one_line_error(done.stderr)


def test_stanza_without_models_is_a_usage_error(article, tmp_path, monkeypatch, capsys):
    """Missing stanza, or missing models, is reported in one line with exit status 2."""
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "empty"))
    assert cli.main(["--analyzer", "stanza", str(article)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "stanza" in one_line_error(captured.err)


def test_an_analyzer_that_fails_to_load_exits_2(article, monkeypatch, capsys):
    class Broken:
        name = "broken"

        @property
        def pipeline(self):
            raise RuntimeError("models are missing:\nrun the download command")

        def analyze(self, text):
            raise AssertionError("never reached")

    monkeypatch.setattr(cli, "get_analyzer", lambda name: Broken())
    assert cli.main([str(article)]) == 2
    assert "models are missing: run the download command" in one_line_error(capsys.readouterr().err)


# --- main(argv) directly -------------------------------------------------------

def test_main_returns_0_and_prints_the_document(article, capsys):
    assert cli.main(["--format", "json", str(article)]) == 0
    assert json.loads(capsys.readouterr().out) == expected_dict(ARTICLE, str(article))


def test_main_passes_cue_classes_on(article, capsys):
    """--cues limits reported speech exactly as attribute(cues=...) does."""
    assert cli.main(["--format", "json", "--cues", "thought,writing", str(article)]) == 0
    assert json.loads(capsys.readouterr().out) == expected_dict(ARTICLE, str(article), cues=("thought", "writing"))


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_exit_0(flag, capsys):
    assert cli.main([flag]) == 0
    assert capsys.readouterr().out.strip()


def test_a_document_that_fails_to_attribute_becomes_an_error_record(article, monkeypatch, capsys):
    """One failing document does not end the batch: it gets an error line, the rest go on."""
    calls = []
    real = pipeline.attribute_analysis

    def flaky(analysis, **options):
        calls.append(options["id"])
        if len(calls) == 1:
            raise RuntimeError("boom")
        return real(analysis, **options)

    monkeypatch.setattr(pipeline, "attribute_analysis", flaky)
    assert cli.main(["--format", "jsonl", str(article), str(article)]) == 1
    captured = capsys.readouterr()
    first, second = (json.loads(line) for line in captured.out.splitlines())
    assert first["error"] == f"{article}: RuntimeError: boom"
    assert "error" not in second and second["quotes"]
    assert "boom" in one_line_error(captured.err)


def test_files_are_attributed_in_order_past_unreadable_ones_and_many_batches(article, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "BULK_BATCH", 2)
    other = tmp_path / "other.txt"
    other.write_text("Mr Reyl said the toll was fair.", encoding="utf-8")
    paths = [str(article), str(tmp_path / "missing.txt"), str(other), str(other), str(article)]
    docs = list(cli._documents(paths, cli._parser().parse_args(paths), "rules"))
    assert [d.id for d in docs] == paths
    assert [d.error is None for d in docs] == [True, False, True, True, True]
    assert docs[1].error == f"{paths[1]}: no such file"
    assert docs[2].quotes[0].text == "the toll was fair" and docs[4] == docs[0]


# --- subcommands -----------------------------------------------------------------

@pytest.mark.parametrize(("name", "module", "function"), [
    ("eval", "quoteattr.evaluation", "eval_main"),
    ("download", "quoteattr.analysis.stanza", "download_main"),
])
def test_subcommands_are_dispatched_with_the_remaining_arguments(name, module, function, monkeypatch):
    seen = []
    fake = types.ModuleType(module)
    setattr(fake, function, lambda argv: seen.append(argv) or 7)
    monkeypatch.setitem(sys.modules, module, fake)
    assert cli.main([name, "gold.jsonl", "--json"]) == 7
    assert seen == [["gold.jsonl", "--json"]]


@pytest.mark.parametrize("name", ["eval", "download"])
def test_a_missing_subcommand_module_is_a_usage_error(name, monkeypatch, capsys):
    module = cli.SUBCOMMANDS[name][0]
    monkeypatch.setitem(sys.modules, module, None)  # importing it now raises ImportError
    assert cli.main([name]) == 2
    assert name in one_line_error(capsys.readouterr().err)


def test_a_file_named_like_a_subcommand_can_be_read_with_a_path(tmp_path, monkeypatch, capsys):
    (tmp_path / "eval").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--format", "json", "./eval"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == ARTICLE
