"""The word lists agree with each other and load as the rules expect."""
from pathlib import Path

import pytest

import quoteattr

from quoteattr.lexicon import load_lines, load_table, load_words, respelled
from quoteattr.quotes.cues import CUE_CLASSES, cue_lexicon, inflect

FRAME_LISTS = ["cues_object.txt", "cues_bare_complement.txt", "cues_infinitive.txt", "cues_addressee.txt",
               "cues_wh.txt", "cues_noun_ambiguous.txt", "cues_utterance.txt", "cues_seeming.txt"]


@pytest.mark.parametrize("name", FRAME_LISTS)
def test_every_frame_list_names_known_cues(name):
    """A lemma in a frame list that no cue file defines would never fire."""
    lexicon = cue_lexicon()
    lemmas = {lemma for lemma, _ in (*lexicon.forms.values(), *lexicon.stances.values())}
    assert sorted(load_words(name) - lemmas) == []


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(quoteattr.__file__).parent / "data").glob("*.txt")))
def test_no_list_repeats_an_entry(name):
    """A repeated line is a sign of a careless edit: removing it once would leave the word in."""
    lines = load_lines(name)
    assert sorted({line for line in lines if lines.count(line) > 1}) == []


@pytest.mark.parametrize("name", ["cues_adverbs.txt", "cue_nouns.txt", "cue_nouns_infinitive.txt"])
def test_word_cues_name_a_known_class(name):
    assert sorted({row[1] for row in load_table(name)} - set(CUE_CLASSES)) == []


def test_every_passive_clause_cue_is_known():
    lemmas = {lemma for lemma, _ in cue_lexicon().forms.values()}
    assert sorted({row[0] for row in load_table("cues_passive_clause.txt")} - lemmas) == []


DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.skipif(not DOCS.is_dir(), reason="the docs folder is not beside the tests")
@pytest.mark.parametrize("name", sorted(p.name for p in (Path(quoteattr.__file__).parent / "data").glob("*.txt")))
def test_every_list_is_named_in_the_docs(name):
    """Users learn what a list does from the docs; a list no page names is a rule nobody can find."""
    assert any(name in page.read_text("utf-8") for page in DOCS.glob("*.md"))


def test_every_particle_belongs_to_a_cue():
    lemmas = {lemma for lemma, _ in cue_lexicon().forms.values()}
    assert sorted({row[0] for row in load_table("cue_particles.txt")} - lemmas) == []


def test_phrasal_only_cues_all_have_a_particle():
    """A phrasal-only verb needs a particle, a light-verb noun ("took a swipe at"), an amount ("pegged the cost
    at $2 million"), someone and a reason ("knocked Mr Reyl on fares"), a law as object ("passed a bill") or an
    "as" predicate ("billed the fair as a feast"), or it is never a cue."""
    with_particle = {row[0] for row in load_table("cue_particles.txt")} | {
        row[0] for row in load_table("cue_light_verbs.txt")} | {row[0] for row in load_table("cues_amount_at.txt")} | {
        row[0] for row in load_table("cues_object_reason.txt")} | {row[0] for row in load_table("cues_object_enacted.txt")} | {
        row[0] for row in load_table("cues_object_proposed.txt")} | load_words("cues_object_as.txt", lower=True)
    assert sorted(cue_lexicon().phrasal_only - with_particle) == []


@pytest.mark.parametrize(("lemma", "forms"), [
    ("argue", ("argues", "argued", "argued", "arguing")),
    ("deny", ("denies", "denied", "denied", "denying")),
    ("stress", ("stresses", "stressed", "stressed", "stressing")),
    ("tie", ("ties", "tied", "tied", "tying")),
    ("say", ("says", "sayed", "sayed", "saying")),  # why irregular verbs list their forms
], ids=["drop-e", "y-to-ies", "sibilant", "ie-to-ying", "irregular-needs-listing"])
def test_inflect(lemma, forms):
    assert inflect(lemma) == forms


def test_irregular_forms_come_from_the_file():
    assert cue_lexicon().lookup("said") == ("say", "speech")
    assert cue_lexicon().lookup("sayed") is None


@pytest.mark.parametrize(("form", "lemma"), [("preferred", "prefer"), ("rebutted", "rebut"), ("sobbing", "sob"),
                                             ("deadpanned", "deadpan"), ("regretted", "regret")])
def test_doubled_consonant_forms_come_from_the_file(form, lemma):
    """Inflection never doubles a final consonant ("preferred"), so such verbs list their forms."""
    assert cue_lexicon().lookup(form)[0] == lemma


def test_each_form_has_one_class_from_the_known_set():
    assert {cue_class for _, cue_class in cue_lexicon().forms.values()} <= set(CUE_CLASSES)


def test_comments_and_blank_lines_are_not_entries():
    assert all("#" not in line and line.strip() == line for line in load_lines("cues_speech.txt"))


def test_lists_are_read_in_both_spellings():
    """A list names one spelling; the British one comes right after the American one, its capitals kept."""
    particles = load_lines("cue_particles.txt")
    assert particles.index("argue in favour of") == particles.index("argue in favor of") + 1
    assert ("labour", "mod") in load_table("titles.txt")
    assert respelled("The Labor MP, a skeptic") == "The Labour MP, a sceptic"


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(quoteattr.__file__).parent / "data").glob("*.txt")))
def test_no_list_names_both_spellings(name):
    """The British spelling is read with the American one, so a list that names both repeats itself."""
    path = Path(quoteattr.__file__).parent / "data" / name
    raw = {line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines()} - {""}
    if name == "british_spellings.txt":
        american, british = zip(*(line.split() for line in raw))
        assert not set(american) & set(british)
        return
    assert sorted(line for line in raw if (other := respelled(line)) != line and other in raw) == []
