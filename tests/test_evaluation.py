"""quoteattr.evaluation: the numbers of score.py, the eval command, the error listing."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import quoteattr
from quoteattr import Document, Kind, Quote, Span
from quoteattr.evaluation import EvalError, eval_main, evaluate, instructive_order, load_documents

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLD = FIXTURES / "eval_gold.jsonl"
PRED = FIXTURES / "eval_pred.jsonl"
SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
needs_score_py = pytest.mark.skipif(not SCORE_PY.exists(), reason="reference scorer not present")


def run_score_py(gold: Path, pred: Path, *options: str) -> str:
    done = subprocess.run([sys.executable, str(SCORE_PY), str(gold), str(pred), *options],
                          capture_output=True, text=True, check=True)
    return done.stdout


# --------------------------------------------------------------------------- agreement with score.py

@needs_score_py
@pytest.mark.parametrize("types", ["direct,indirect,mixed", "direct,mixed", "indirect"])
def test_scores_equal_score_py_number_for_number(types):
    """Every key and value of score.py --json, on a fixture with misses, spurious quotes and wrong speakers."""
    expected = json.loads(run_score_py(GOLD, PRED, "--json", "--types", types))
    result = evaluate(load_documents(GOLD), load_documents(PRED), types=types.split(","))
    assert result.to_dict() == expected


@needs_score_py
def test_rendered_text_equals_score_py_output():
    expected = run_score_py(GOLD, PRED)
    assert evaluate(load_documents(GOLD), load_documents(PRED)).render() + "\n" == expected


def test_fixture_exercises_every_kind_of_error():
    """The agreement test means little unless the fixture has each kind of miss."""
    result = evaluate(load_documents(GOLD), load_documents(PRED))
    assert {e.kind for e in result.errors} == {"missed", "spurious", "wrong_speaker"}
    assert 0 < result.strict.overall.f1 < result.lenient.overall.f1 < 1
    assert any(len(q.get("content_spans", [])) > 1 for d in load_documents(GOLD) for q in d["quotes"])


# --------------------------------------------------------------------------- metric definitions

TEXT = "Alpha beta gamma delta, Ms Reed said. Omega psi chi phi rho tau."


def doc(*quotes, doc_id="d", text=TEXT):
    return {"id": doc_id, "text": text, "quotes": list(quotes)}


def quote(content, *, type="indirect", source=None, cue=None, spans=None):
    out = {"type": type, "content": list(content), "source": source, "cue": cue}
    if spans:
        out["content_spans"] = [list(s) for s in spans]
    return out


REED = [24, 31]  # "Ms Reed"
SAID = [32, 36]
ALPHA_TO_DELTA = (0, 22)  # "Alpha beta gamma delta": 19 letters


def test_perfect_prediction_scores_one_everywhere():
    gold = [doc(quote(ALPHA_TO_DELTA, source=REED, cue=SAID), quote((38, 63), type="direct"))]
    result = evaluate(gold, gold)
    scores = [result.lenient.overall, result.strict.overall, result.attribution,
              *result.lenient.by_type.values()]
    assert all(s.f1 == 1.0 for s in scores if s.n_gold)
    assert (result.type_accuracy, result.speaker_accuracy, result.cue_accuracy) == (1.0, 1.0, 1.0)
    assert result.speaker_counted == 1  # only the gold quote with a source


@pytest.mark.parametrize("prediction", [doc(), {"id": "d"}, {"id": "other", "quotes": []}],
                         ids=["no-quotes", "no-quotes-key", "document-missing"])
def test_empty_prediction_has_recall_zero(prediction):
    result = evaluate([doc(quote(ALPHA_TO_DELTA))], [prediction])
    assert (result.lenient.overall.recall, result.lenient.overall.precision) == (0.0, 0.0)
    assert result.lenient.overall.n_gold == 1
    assert result.documents_missing == (prediction["id"] != "d")


@pytest.mark.parametrize(("gold_content", "pred_content", "lenient", "strict"), [
    ((38, 51), (38, 47), 1, 0),     # "Omega psi chi" vs "Omega psi": 8 / 11
    ((0, 22), (0, 16), 1, 0),       # "Alpha beta gamma" of 19 letters: 14 / 19
    ((0, 22), (0, 10), 0, 0),       # "Alpha beta": 9 / 19 < 0.5
    ((0, 22), (6, 23), 1, 0),       # "beta gamma delta": 14 / 19
    ((0, 22), (0, 23), 1, 1),       # the trailing comma is not a letter: 1.0
    ((0, 22), (24, 31), 0, 0),      # disjoint
], ids=["8-of-11", "14-of-19", "below-half", "other-end", "punctuation-ignored", "disjoint"])
def test_lenient_and_strict_thresholds(gold_content, pred_content, lenient, strict):
    result = evaluate([doc(quote(gold_content))], [doc(quote(pred_content))])
    assert (result.lenient.overall.f1 > 0, result.strict.overall.f1 > 0) == (bool(lenient), bool(strict))


@pytest.mark.parametrize(("gold_text", "pred_end", "lenient", "strict"), [
    ("abcd efgh", 4, True, False),            # 4 / 8: exactly 0.5 counts lenient
    ("abc defgh", 3, False, False),           # 3 / 8 does not
    ("abcde fghij", 10, True, True),          # 9 / 10: exactly 0.9 counts strict
    ("abcde fghijk", 10, True, False),        # 9 / 11 does not
], ids=["exactly-half", "below-half", "exactly-0.9", "below-0.9"])
def test_threshold_boundaries_are_inclusive(gold_text, pred_end, lenient, strict):
    gold = doc(quote((0, len(gold_text))), text=gold_text)
    pred = doc(quote((0, pred_end)), text=gold_text)
    result = evaluate([gold], [pred])
    assert (result.lenient.overall.recall == 1.0, result.strict.overall.recall == 1.0) == (lenient, strict)


@pytest.mark.parametrize(("gold_source", "pred_source", "counted", "correct", "attributed"), [
    (REED, REED, 1, 1.0, 1.0),
    (REED, [27, 31], 1, 1.0, 1.0),           # "Reed" shares letters with "Ms Reed"
    (REED, [32, 36], 1, 0.0, 0.0),           # the cue is not the speaker
    (REED, None, 1, 0.0, 0.0),               # no speaker predicted
    (None, REED, 0, 0.0, 1.0),               # gold without source: not counted, content suffices
    (None, None, 0, 0.0, 1.0),
], ids=["exact", "overlap", "disjoint", "pred-missing", "gold-missing", "both-missing"])
def test_speaker_counted_only_where_gold_has_a_source(gold_source, pred_source, counted, correct, attributed):
    result = evaluate([doc(quote(ALPHA_TO_DELTA, source=gold_source))],
                      [doc(quote(ALPHA_TO_DELTA, source=pred_source))])
    assert (result.speaker_counted, result.speaker_accuracy, result.attribution.f1) == (counted, correct, attributed)


@pytest.mark.parametrize(("gold_cue", "pred_cue", "accuracy"), [
    (SAID, [32, 37], 1.0),                   # "said." overlaps "said"
    (SAID, REED, 0.0),
    (SAID, None, 0.0),
    (None, SAID, 0.0),                       # nothing counted: 0.0 as score.py prints it
], ids=["overlap", "disjoint", "missing", "gold-without-cue"])
def test_cue_accuracy(gold_cue, pred_cue, accuracy):
    result = evaluate([doc(quote(ALPHA_TO_DELTA, cue=gold_cue))], [doc(quote(ALPHA_TO_DELTA, cue=pred_cue))])
    assert result.cue_accuracy == accuracy


def test_by_type_precision_follows_the_predicted_type_and_recall_the_gold_type():
    result = evaluate([doc(quote(ALPHA_TO_DELTA, type="indirect"))],
                      [doc(quote(ALPHA_TO_DELTA, type="direct"))])
    by_type = result.lenient.by_type
    assert (by_type["direct"].precision, by_type["direct"].recall) == (1.0, 0.0)
    assert (by_type["indirect"].precision, by_type["indirect"].recall) == (0.0, 1.0)
    assert result.type_accuracy == 0.0
    assert result.lenient.overall.f1 == 1.0


@pytest.mark.parametrize(("pred_type", "scored"), [
    ("direct", False), ("indirect", True), (None, True), ("speech", True),
], ids=["other-type-dropped", "scored-type", "untyped-kept", "unknown-type-kept"])
def test_types_filter_predictions_as_score_py_does(pred_type, scored):
    pred = quote(ALPHA_TO_DELTA, type=pred_type)
    result = evaluate([doc(quote(ALPHA_TO_DELTA))], [doc(pred)], types=["indirect"])
    assert result.lenient.overall.n_pred == int(scored)
    assert list(result.lenient.by_type) == ["indirect"]


def test_discontinuous_pieces_win_over_the_outer_range():
    """Gold in two pieces around the cue; a prediction of the outer range also covers the cue and source."""
    pieces = [(0, 22), (38, 63)]
    gold = doc(quote((0, 63), spans=pieces, source=REED))
    exact = evaluate([gold], [doc(quote((0, 63), spans=pieces))])
    outer = evaluate([gold], [doc(quote((0, 63)))])
    assert exact.strict.overall.f1 == 1.0
    assert outer.lenient.overall.f1 == 1.0 and outer.strict.overall.f1 == 0.0


def test_matching_is_one_to_one():
    result = evaluate([doc(quote(ALPHA_TO_DELTA))], [doc(quote(ALPHA_TO_DELTA), quote((0, 23)))])
    assert result.lenient.overall.to_dict() == {"precision": 0.5, "recall": 1.0, "f1": 0.6667,
                                                 "n_pred": 2, "n_gold": 1}


def test_documents_and_position_pairing_are_accepted():
    """Documents from the library pair by position when they carry no id."""
    text = "“We will win,” Ms Reed said."
    gold = [{"text": text, "quotes": [{"type": "direct", "content": [1, 13], "source": [15, 22]}]}]
    predicted = Document(text, quotes=(Quote(Kind.DIRECT, (Span.of(text, 1, 13),),
                                             source=Span.of(text, 18, 22)),))
    result = evaluate(gold, [predicted])
    assert (result.documents_missing, result.attribution.f1) == (0, 1.0)
    assert quoteattr.evaluate is evaluate


@pytest.mark.parametrize("types", [["quotes"], []], ids=["unknown", "empty"])
def test_unknown_types_are_refused(types):
    with pytest.raises(ValueError, match="direct, indirect, mixed"):
        evaluate([], [], types=types)


# --------------------------------------------------------------------------- errors for rule writers

def error(kind, doc_id="a", *, length=10, source="S", cue="said", start=0):
    return EvalError(kind=kind, doc_id=doc_id, type="direct", start=start, end=start + length,
                     content="x" * length, gold_source=source, gold_cue=cue, pred_source=None,
                     pred_cue=None, context="")


def test_instructive_order_takes_kinds_in_turn_and_clearest_first():
    errors = [error("missed", length=5), error("missed", length=50, start=9), error("spurious"),
              error("wrong_speaker"), error("missed", source=None, length=90, start=20)]
    ordered = instructive_order(errors)
    assert [e.kind for e in ordered] == ["missed", "spurious", "wrong_speaker", "missed", "missed"]
    assert [e.start for e in ordered if e.kind == "missed"] == [9, 0, 20]  # source+cue, then longer


def test_instructive_order_spreads_over_documents():
    errors = [error("missed", "a", length=40), error("missed", "a", length=30), error("missed", "b", length=5)]
    assert [e.doc_id for e in instructive_order(errors)] == ["a", "b", "a"]


# --------------------------------------------------------------------------- the command

def test_eval_main_prints_the_scores_and_the_errors(capsys):
    assert eval_main([str(GOLD), "--pred", str(PRED), "--errors", "3"]) == 0
    out = capsys.readouterr().out
    expected = evaluate(load_documents(GOLD), load_documents(PRED))
    assert out.startswith(expected.render() + "\n")
    listing = out.split("most instructive first:", 1)[1]
    assert [line.split()[1] for line in listing.splitlines() if line[:1].isdigit()] == ["missed", "spurious", "wrong"]
    assert "4. " not in listing
    assert listing.count("context: ") == 3 and "[[" in listing
    assert "gold source 'Tom Reyes' cue 'called'" in listing or "gold source 'Mayor Ivan Petrov'" in listing


def test_eval_main_json_is_the_result_dict(capsys):
    assert eval_main([str(GOLD), "--pred", str(PRED), "--json", "--types", "direct,mixed"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == evaluate(load_documents(GOLD), load_documents(PRED), types=["direct", "mixed"]).to_dict()


@pytest.mark.parametrize("argv", [["--types", "speech"], ["--pred", "no-such-file.jsonl"]],
                         ids=["bad-type", "missing-file"])
def test_eval_main_reports_bad_input_with_status_2(argv, capsys):
    assert eval_main([str(GOLD), *argv]) == 2
    assert "quoteattr eval:" in capsys.readouterr().err


def test_eval_main_without_pred_attributes_the_gold_texts(tmp_path, capsys):
    saved = tmp_path / "pred.jsonl"
    assert eval_main([str(GOLD), "--json", "--save-pred", str(saved)]) == 0
    printed = json.loads(capsys.readouterr().out)
    predictions = load_documents(saved)
    assert [d["id"] for d in predictions] == [d["id"] for d in load_documents(GOLD)]
    assert printed == evaluate(load_documents(GOLD), predictions).to_dict()
    assert printed["documents_missing_in_pred"] == 0


def test_a_failing_document_predicts_nothing(monkeypatch, tmp_path, capsys):
    import quoteattr.pipeline

    working = quoteattr.pipeline.attribute_analysis

    def fails_on_harbour(analysis, **options):
        if "harbour" in analysis.text:
            raise RuntimeError("engine failure")
        return working(analysis, **options)

    monkeypatch.setattr(quoteattr.pipeline, "attribute_analysis", fails_on_harbour)
    saved = tmp_path / "pred.jsonl"
    assert eval_main([str(GOLD), "--json", "--save-pred", str(saved)]) == 0
    captured = capsys.readouterr()
    predictions = {d["id"]: d for d in load_documents(saved)}
    assert predictions["harbour"]["quotes"] == [] and "engine failure" in predictions["harbour"]["error"]
    assert json.loads(captured.out) == evaluate(load_documents(GOLD), list(predictions.values())).to_dict()
    assert "1 of 3 documents failed" in captured.err


def test_an_analyzer_that_cannot_run_is_a_usage_error(monkeypatch, capsys):
    import quoteattr.pipeline

    def broken(analysis, **options):
        raise RuntimeError("models missing")

    monkeypatch.setattr(quoteattr.pipeline, "attribute_analysis", broken)
    assert eval_main([str(GOLD)]) == 2
    assert "models missing" in capsys.readouterr().err


def test_write_jsonl_output_is_accepted_as_predictions(tmp_path, capsys):
    """The library's own JSON Lines (Document.to_dict) is a prediction file."""
    documents = [Document.from_dict(record) for record in load_documents(GOLD)]
    written = tmp_path / "written.jsonl"
    quoteattr.write_jsonl(documents, written)
    assert eval_main([str(GOLD), "--pred", str(written), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert (printed["strict"]["f1"], printed["attribution"]["f1"], printed["speaker_accuracy"]) == (1.0, 1.0, 1.0)
    if SCORE_PY.exists():
        assert json.loads(run_score_py(GOLD, written, "--json")) == printed


def test_runs_as_a_module():
    done = subprocess.run([sys.executable, "-m", "quoteattr.evaluation", str(GOLD), "--pred", str(PRED)],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == "documents: 3 (missing in predictions: 0)"


def test_eval_main_json_with_errors_adds_only_an_errors_key(capsys):
    assert eval_main([str(GOLD), "--pred", str(PRED), "--json", "--errors", "2"]) == 0
    printed = json.loads(capsys.readouterr().out)
    errors = printed.pop("errors")
    assert printed == evaluate(load_documents(GOLD), load_documents(PRED)).to_dict()
    assert [e["kind"] for e in errors] == ["missed", "spurious"]
    assert all(e["content"] and "[[" in e["context"] for e in errors)
