"""Direct and mixed quotes: marks, cues, sources, pieces (issue 3).

Each row gives a text of our own and every quote expected from it, as
``(kind, pieces, cue, source, addressee)``; an empty list means no quote.
Known failures are ``xfail`` rows whose reason says what broke.
"""
from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import iter_spans
from quoteattr.quotes.paragraphs import FOLLOWING_QUOTES
from tables import case, direct, indirect, known_failure, mixed, summary, text_of


BRIDGE = "The bridge will open in May"

# --- quotation marks ----------------------------------------------------------

MARK_CASES = [
    case("curly-double", f"“{BRIDGE},” Ms Varga said.", direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("straight-double", f'"{BRIDGE}," Ms Varga said.', direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("curly-single", f"‘{BRIDGE},’ Ms Varga said.", direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("guillemets", f"«{BRIDGE}», Ms Varga said.", direct(BRIDGE, "said", "Ms Varga")),
    case("single-guillemets", f"‹{BRIDGE}›, Ms Varga said.", direct(BRIDGE, "said", "Ms Varga")),
    case("guillemets-pointing-inwards", f"»{BRIDGE}«, Ms Varga said.", direct(BRIDGE, "said", "Ms Varga")),
    case("single-guillemets-pointing-inwards", f"Ms Varga said: ›{BRIDGE}.‹", direct(f"{BRIDGE}.", "said", "Ms Varga")),
    case("guillemet-pointing-inwards-inside-a-word-opens-nothing", f"The toll»{BRIDGE}«, Ms Varga said."),
    case("guillemets-pointing-inwards-comma-inside", f"»{BRIDGE},« Ms Varga said.",
         direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("guillemets-pointing-inwards-comma-inside-inverted", f"»{BRIDGE},« said Ms Varga.",
         direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("single-guillemets-pointing-inwards-question-inside", "›Is the pier safe?‹ asked Mr Reyl.",
         direct("Is the pier safe?", "asked", "Mr Reyl")),
    case("guillemets-pointing-inwards-split", "»The bridge«, said Ms Varga, »will open in May.«",
         direct(["The bridge", "will open in May."], "said", "Ms Varga")),
    case("guillemets-pointing-inwards-then-no-cue", f"»{BRIDGE}.« Ms Varga went home."),
    case("question-mark-after-the-closer-then-inverted-cue", "“Is it safe”? asked Mr Reyl.",
         direct("Is it safe", "asked", "Mr Reyl")),
    case("exclamation-mark-after-the-closer-then-inverted-cue", "“Go home”! shouted Mr Reyl.",
         direct("Go home", "shouted", "Mr Reyl")),
    case("question-mark-after-quoted-words-in-a-question", "Did Ms Varga call it “safe”? asked Mr Reyl.",
         mixed("Did Ms Varga call it “safe”", "asked", "Mr Reyl")),
    case("question-mark-after-the-closer-then-name-and-cue", "“Is it safe”? Mr Reyl asked.",
         direct("Is it safe", "asked", "Mr Reyl")),
    case("exclamation-mark-after-the-closer-then-name-and-cue", "“Go home”! Mr Reyl shouted.",
         direct("Go home", "shouted", "Mr Reyl")),
    case("question-mark-after-the-closer-then-name-cue-and-more", "“Is it safe”? Mr Reyl asked the board."),
    case("question-then-dash-then-inverted-cue", "“Is it safe?” — asked Ms Varga.",
         direct("Is it safe?", "asked", "Ms Varga")),
    case("question-then-dash-then-no-cue", "“Is it safe?” — the question hung over the pier."),
    case("closer-typed-as-opener", f"”{BRIDGE},” Ms Varga said.", direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("closer-typed-as-opener-after-colon", f"Ms Varga said: ”{BRIDGE}.”", direct(f"{BRIDGE}.", "said", "Ms Varga")),
    case("closer-typed-as-opener-mixed", "Ms Varga called the toll ”a tax on work” on Monday.",
         mixed("the toll ”a tax on work”", "called", "Ms Varga")),
    case("closer-after-space-inside-a-quote-opens-nothing", f"“{BRIDGE} ”and the road in June,” Ms Varga said.",
         direct(f"{BRIDGE} ”and the road in June,", "said", "Ms Varga")),
    case("guillemets-comma-inside", f"«{BRIDGE},» Ms Varga said. «The road will follow.»",
         direct((f"{BRIDGE},", "The road will follow."), "said", "Ms Varga")),
    case("guillemets-inverted-question", "«Is the pier safe?» asked Mr Reyl.",
         direct("Is the pier safe?", "asked", "Mr Reyl")),
    case("guillemets-split", f"«{BRIDGE},» said Ms Varga, «and the road in June.»",
         direct((f"{BRIDGE},", "and the road in June."), "said", "Ms Varga")),
    case("single-guillemets-comma-inside", f"‹{BRIDGE},› Ms Varga said.", direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("spaced-guillemets", f"« {BRIDGE} », Ms Varga said.", direct(BRIDGE, "said", "Ms Varga")),
    case("guillemets-no-break-spaces", f"«\u202f{BRIDGE}\u202f», Ms Varga said.", direct(BRIDGE, "said", "Ms Varga")),
    case("guillemets-mixed", "Ms Varga called the toll «a tax on work», and Mr Reyl agreed.",
         mixed("the toll «a tax on work»", "called", "Ms Varga")),
    case("low-high-double", f"„{BRIDGE}“, Ms Varga said.", direct(BRIDGE, "said", "Ms Varga")),
    case("low-high-single", f"‚{BRIDGE}‘, Ms Varga said.", direct(BRIDGE, "said", "Ms Varga")),
    case("nyt-double-apostrophe", f"''{BRIDGE},'' Ms Varga said.", direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("backticks-then-apostrophes", f"``{BRIDGE},'' Ms Varga said.", direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("nyt-two-sentences", "''We're not done,'' Mr. Reyl said. ''The mill is coming back.''",
         direct(("We're not done,", "The mill is coming back."), "said", "Mr. Reyl")),
    case("nyt-after-colon", "Mr. Reyl said: ''The mill is coming back this year.''",
         direct("The mill is coming back this year.", "said", "Mr. Reyl")),
    case("straight-single", "'We will wait for the summer,' she said.",
         direct("We will wait for the summer,", "said", "she")),
    case("html-entities-for-marks", f"&#8220;{BRIDGE},&#8221; Ms Varga said.",
         direct(f"{BRIDGE},", "said", "Ms Varga"),
         marks=known_failure("an HTML entity is read as the characters it is written with, not as the mark it "
                             "stands for: decoding it would move every offset after it (decode with html.unescape)")),
]


def test_html_entities_read_as_marks_once_the_page_is_decoded():
    """The way docs/api.md gives for a page's text: decode its entities first; the offsets index the decoded text."""
    text = html.unescape(f"&quot;{BRIDGE},&quot; Ms Varga said.&nbsp;&ldquo;It will.&rdquo;")
    assert [summary(q) for q in quoteattr.attribute(text).quotes] == [
        direct((f"{BRIDGE},", "It will."), "said", "Ms Varga")]


# --- apostrophes are not quotation marks -------------------------------------

APOSTROPHE_CASES = [
    case("possessive-plural-in-quote", "“We will protect our users’ data at every step,” Mr Okonjo said.",
         direct("We will protect our users’ data at every step,", "said", "Mr Okonjo")),
    case("rock-n-roll-in-quote", "“I grew up on rock 'n' roll and still play it loud,” Mr Okonjo said.",
         direct("I grew up on rock 'n' roll and still play it loud,", "said", "Mr Okonjo")),
    case("decade-in-quote", "“Back in the ’90s nobody had heard of this town,” Mr Okonjo said.",
         direct("Back in the ’90s nobody had heard of this town,", "said", "Mr Okonjo")),
    case("straight-contractions-in-quote", "\"It's the town's best year since the '90s,\" Ms Varga said.",
         direct("It's the town's best year since the '90s,", "said", "Ms Varga")),
    case("contraction-in-single-quote", "‘We can’t wait for the summer,’ she said.",
         direct("We can’t wait for the summer,", "said", "she")),
    case("single-inside-double-after-sentence", "“I’m not going anywhere,” she said. ‘They’ll have to carry me out.’",
         direct(("I’m not going anywhere,", "They’ll have to carry me out."), "said", "she")),
    case("plural-possessive-inside-single-quotes", "‘The skippers’ union won’t pay,’ said Mr Reyl.",
         direct("The skippers’ union won’t pay,", "said", "Mr Reyl")),
    case("plural-possessive-inside-single-quotes-before-a-double-quoted-word",
         "‘The skippers’ union says “no”, and I agree,’ said Mr Reyl.",
         direct("The skippers’ union says “no”, and I agree,", "said", "Mr Reyl")),
    case("plural-possessive-inside-single-quotes-before-an-open-double-mark",
         "‘The skippers’ union says “no and I agree,’ said Mr Reyl.",
         direct("no and I agree,’ said Mr Reyl.", "says", "The skippers’ union")),  # the single mark closes there
    case("straight-plural-possessive-inside-single-quotes", "'The skippers' union will pay in May,' Mr Reyl said.",
         direct("The skippers' union will pay in May,", "said", "Mr Reyl")),
    case("single-quote-closing-on-a-plural-before-a-word", "Mr Reyl called them 'lazy skippers' and 'thieves'.",
         mixed("them 'lazy skippers' and 'thieves'", "called", "Mr Reyl")),
    case("single-quote-closing-on-a-plural-before-a-possessive", "Mr Reyl called them 'lazy skippers' in a talk "
         "on the boats' owners.", mixed("them 'lazy skippers' in a talk on the boats' owners", "called", "Mr Reyl")),
    case("elision-inside-single-quotes", "'Tell 'em the toll is unfair,' said Mr Reyl.",
         direct("Tell 'em the toll is unfair,", "said", "Mr Reyl")),
    case("elisions-typed-with-turned-marks", "‘Tell ‘em the toll stays ‘til May,’ said Mr Reyl.",
         direct("Tell ‘em the toll stays ‘til May,", "said", "Mr Reyl")),
    case("no-quote-elision-in-narrative", "The skippers told 'em to pay up."),
    case("turned-mark-before-a-year-cut-short", "Ms Varga said in ‘08 that the toll was unfair. “It ends the "
         "‘toll war’ on the quay,” she said.", indirect("the toll was unfair", "said", "Ms Varga"),
         direct("It ends the ‘toll war’ on the quay,", "said", "she")),
    case("turned-mark-before-a-year-that-opens-speech", "‘08 was a good year for the ferry,’ said Mr Reyl.",
         direct("08 was a good year for the ferry,", "said", "Mr Reyl")),
    case("a-whole-word-after-the-mark-opens-a-quote", "Ms Varga called it 'cause for alarm' on Monday.",
         mixed("it 'cause for alarm'", "called", "Ms Varga")),
    case("no-quote-possessive-plurals", "The fans' chants grew louder as the players' bus arrived."),
    case("no-quote-rock-n-roll-and-decade", "He loved rock 'n' roll as a boy in the ’90s."),
    case("straight-mark-before-ordinal-opens", "Ms Varga called the pier '2nd best' on the coast.",
         mixed("the pier '2nd best' on the coast", "called", "Ms Varga")),
    case("straight-mark-before-decade-is-apostrophe", "Ms Varga called the pier '90s kitsch on the coast.",
         indirect("the pier '90s kitsch on the coast", "called", "Ms Varga")),
    case("possessive-in-reported-clause", "The company said it would never sell users’ data to advertisers.",
         indirect("it would never sell users’ data to advertisers", "said", "The company")),
    case("turned-apostrophe-in-possessive-is-no-quote",
         "Mr Reyl on Monday criticised Ms Varga‘s plan for the pier — a plan that’s divided the town — and said "
         "it was too costly.",
         indirect("Ms Varga‘s plan for the pier", "criticised", "Mr Reyl"),
         indirect("it was too costly", "said", "Mr Reyl")),
    case("turned-apostrophe-beside-single-quotes",
         "Ms Varga said the toll was ‘unfair’ and Mr Reyl‘s plan was ‘a disgrace’.",
         mixed("the toll was ‘unfair’ and Mr Reyl‘s plan was ‘a disgrace’", "said", "Ms Varga")),
]

# --- unbalanced marks ---------------------------------------------------------

UNBALANCED_CASES = [
    case("unclosed-ends-at-paragraph",
         "Ms Varga said: “We will finish the bridge by June.\n\nThe council met again on Tuesday to set the budget.",
         direct("We will finish the bridge by June.", "said", "Ms Varga")),
    case("unclosed-continuation-does-not-swallow-next-paragraph",
         "“We will finish the bridge by June,” Ms Varga said.\n\n“The council has not yet approved the budget\n\n"
         "The road opens on Friday, officials said.",
         direct("We will finish the bridge by June,", "said", "Ms Varga"),
         direct("The council has not yet approved the budget"),
         indirect("The road opens on Friday", "said", "officials")),
    case("opener-typed-for-the-closer-after-a-straight-mark", f'"{BRIDGE},“ Ms Varga said.',
         direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("opener-typed-for-the-closer-after-a-curly-mark", f"“{BRIDGE},“ Ms Varga said.",
         direct(f"{BRIDGE},", "said", "Ms Varga")),
    case("opener-before-a-word-inside-a-quote-closes-nothing", '"The board called it“fair” today," Ms Varga said.',
         direct("The board called it“fair” today,", "said", "Ms Varga")),
    case("name-in-an-uncased-script-after-the-cue", "“The pier is safe,” said مريم حداد, the engineer.",
         direct("The pier is safe,", "said", "مريم حداد"),
         marks=known_failure("a source must open with a capital letter; a name written in a script without case "
                             "(Arabic, Chinese) is never one")),
    case("quoted-sentence-before-anothers-reaction", "“The ferry is too slow,” Mr Reyl said. “It always was.” "
         "Ms Varga disagreed.", direct(("The ferry is too slow,", "It always was."), "said", "Mr Reyl")),
    case("quoted-sentence-then-name-and-cue-keeps-its-tag", "“It always was.” Ms Varga said.",
         direct("It always was.", "said", "Ms Varga")),
    case("quoted-trailing-sentence-before-anothers-reaction", "“The ferry is too slow,” Mr Reyl said. “It always "
         "was…” Ms Varga disagreed.", direct(("The ferry is too slow,", "It always was…"), "said", "Mr Reyl")),
    case("quoted-trailing-sentence-then-name-and-cue-keeps-its-tag", "“It always was…” Ms Varga said.",
         direct("It always was…", "said", "Ms Varga")),
    case("stray-closing-mark", "“We will finish the bridge,” she said.”",
         direct("We will finish the bridge,", "said", "she")),
    case("unclosed-opener-then-attributed-paragraph",
         "“The council has the money, Ms Varga said.\n\n“We will build it,” Mr Pell said.",
         direct("We will build it,", "said", "Mr Pell")),
    case("empty-quotation-is-no-content", "Ms Varga said “”."),
    case("quotation-of-an-ellipsis-is-no-content", "“…,” said Ms Varga."),
    case("quotation-of-one-letter-is-content", "“A,” said Ms Varga.", direct("A,", "said", "Ms Varga")),
]

# --- quotes over several paragraphs and sentences ----------------------------

CONTINUATION_CASES = [
    case("page-furniture-between-a-quote-and-its-continuation",
         "Ms Varga said: “We will act now, before the winter comes.\nAdvertisement\n“The board must listen to us all.”",
         direct(("We will act now, before the winter comes.", "The board must listen to us all."), "said", "Ms Varga")),
    case("page-furniture-is-no-report", "The ferry left.\nStory continues below advertisement"),
    case("section-break-between-a-quote-and-a-quoted-paragraph",
         "Ms Varga said: “We will act now, before the winter comes.\n***\n“The board must listen to us all.”",
         direct("We will act now, before the winter comes.", "said", "Ms Varga")),
    case("left-open-and-reopened",
         "“We are ready to move forward with the plan,” Ms Varga said. “The money is there.\n\n"
         "“The builders are waiting for the green light from the council.”",
         direct(("We are ready to move forward with the plan,", "The money is there.",
                 "The builders are waiting for the green light from the council."), "said", "Ms Varga")),
    case("left-open-twice",
         "“We will finish the bridge by the end of the summer,” Ms Varga said. “Nobody will have to drive around the bay."
         "\n\n“And the ferry will keep running for the people who want it.\n\n“That is our promise to the town.”",
         direct(("We will finish the bridge by the end of the summer,", "Nobody will have to drive around the bay.",
                 "And the ferry will keep running for the people who want it.", "That is our promise to the town."),
                "said", "Ms Varga")),
    case("left-open-paragraphs-before-their-tag",
         "“The old pier has rotted for a decade and nobody in the capital has noticed.\n\n"
         "“Every winter the rails give a little more.\n\n"
         "“We will not wait another winter,” said Ms Varga, the harbour master.",
         direct(("The old pier has rotted for a decade and nobody in the capital has noticed.",
                 "Every winter the rails give a little more.", "We will not wait another winter,"), "said", "Ms Varga")),
    case("closed-paragraph-before-a-tagged-one-stays-apart",
         "“The old pier has rotted for a decade and nobody has noticed.”\n\n"
         "“We will not wait another winter,” said Ms Varga.",
         direct("We will not wait another winter,", "said", "Ms Varga")),
    case("left-open-paragraph-of-other-marks-stays-apart",
         "\"The old pier has rotted for a decade and nobody has noticed.\n\n"
         "“We will not wait another winter,” said Ms Varga.",
         direct("We will not wait another winter,", "said", "Ms Varga")),
    case("left-open-paragraph-goes-on-from-the-quote-before",
         "“We will finish the bridge by the summer,” Ms Varga said. “Nobody will drive around the bay.\n\n"
         "“And the ferry will keep running for the people who want it.\n\n"
         "“That is our promise to the town,” she said.",
         direct(("We will finish the bridge by the summer,", "Nobody will drive around the bay.",
                 "And the ferry will keep running for the people who want it."), "said", "Ms Varga"),
         direct("That is our promise to the town,", "said", "she")),
    case("single-marked-heading-after-double-marked-speech-is-no-continuation",
         "“We will raise the toll on every boat that uses the pier,” Ms Varga said.\n\n"
         "'A hard winter on the quay'\n\n"
         "Skippers met at the harbour office on Monday.",
         direct("We will raise the toll on every boat that uses the pier,", "said", "Ms Varga")),
    case("single-marked-paragraph-after-single-marked-speech-goes-on",
         "'We will raise the toll on every boat that uses the pier,' Ms Varga said.\n\n"
         "'The skippers will have to pay a little more.'",
         direct("We will raise the toll on every boat that uses the pier,", "said", "Ms Varga"),
         direct("The skippers will have to pay a little more.")),
    case("closed-then-cueless-paragraph",
         "“We are ready to move forward with the plan,” Ms Varga said.\n\n"
         "“The money is already in the bank and the builders are waiting.”",
         direct("We are ready to move forward with the plan,", "said", "Ms Varga"),
         direct("The money is already in the bank and the builders are waiting.")),
    case("closed-then-two-cueless-paragraphs",
         "“We will finish the bridge by the end of the summer,” Ms Varga said.\n\n"
         "“Nobody in this town will have to drive around the bay again.”\n\n"
         "“And the ferry will keep running for the people who want it.”",
         direct("We will finish the bridge by the end of the summer,", "said", "Ms Varga"),
         direct("Nobody in this town will have to drive around the bay again."),
         direct("And the ferry will keep running for the people who want it.")),
    case("nyt-cueless-paragraph",
         "''We're not done yet,'' Mr. Reyl said.\n\n''The mill is coming back and the jobs with it.''",
         direct("We're not done yet,", "said", "Mr. Reyl"),
         direct("The mill is coming back and the jobs with it.")),
    case("no-carry-over-across-narrative-paragraph",
         "“We will finish the bridge by the end of the summer,” Ms Varga said.\n\nThe bridge has cost twice its budget."
         "\n\n“Nobody in this town will have to drive around the bay again.”",
         direct("We will finish the bridge by the end of the summer,", "said", "Ms Varga")),
    case("short-paragraph-reopening-a-quote-left-open", "Ms Varga said: “We want two things:\n\n“A new pier.\n\n"
         "“And a ferry that runs on time.”",
         direct(("We want two things:", "A new pier.", "And a ferry that runs on time."), "said", "Ms Varga")),
    case("no-carry-over-for-short-fragment", "“We will finish the bridge,” Ms Varga said.\n\n“Done.”",
         direct("We will finish the bridge,", "said", "Ms Varga")),
    case("next-paragraph-with-own-cue",
         "“We will finish the bridge,” Ms Varga said.\n\n"
         "“Nobody in this town will have to drive around the bay again,” Mr Pell said.",
         direct("We will finish the bridge,", "said", "Ms Varga"),
         direct("Nobody in this town will have to drive around the bay again,", "said", "Mr Pell")),
    case("following-sentences-join", "“The ferry is late again,” the captain said. “We lost an engine. Repairs take a week.”",
         direct(("The ferry is late again,", "We lost an engine. Repairs take a week."), "said", "the captain")),
    case("following-sentence-after-adverbial", "“We will finish the bridge,” Ms Varga said on Friday. “It is a promise.”",
         direct(("We will finish the bridge,", "It is a promise."), "said", "Ms Varga")),
    case("following-sentence-ending-in-quotation-joins", "“The ferry is late again,” Ms Varga said. "
         "Instead, the council’s timetable is “a work of fiction.”",
         mixed(("The ferry is late again,", "Instead, the council’s timetable is “a work of fiction"), "said", "Ms Varga")),
    case("following-sentence-quotation-runs-on", "“The ferry is late again,” Ms Varga said. "
         "Mr Reyl “misjudged the tides. It happens every spring.”",
         mixed(("The ferry is late again,", "Mr Reyl “misjudged the tides. It happens every spring"), "said", "Ms Varga")),
    case("following-sentence-quotation-after-a-colon-joins-alone", "“The ferry is late again,” Ms Varga said. "
         "Then, after a pause: “Maybe on Mondays.”",
         direct(("The ferry is late again,", "Maybe on Mondays."), "said", "Ms Varga")),
    case("following-sentence-quotation-after-no-colon-joins-with-the-words-before",
         "“The ferry is late again,” Ms Varga said. Then, after a pause, it is “maybe on Mondays.”",
         mixed(("The ferry is late again,", "Then, after a pause, it is “maybe on Mondays"), "said", "Ms Varga")),
    case("following-sentence-ending-in-title-stays-apart", "“The ferry is late again,” Ms Varga said. "
         "The crew had watched “The Caine Mutiny.”",
         direct("The ferry is late again,", "said", "Ms Varga")),
    case("following-sentence-with-its-own-cue-stays-apart", "“The ferry is late again,” Ms Varga said. "
         "The council declined to discuss its “timetable.”",
         direct("The ferry is late again,", "said", "Ms Varga")),
    case("following-sentence-with-quotation-mid-way-stays-apart", "“The ferry is late again,” Ms Varga said. "
         "The “new” timetable starts in May.",
         direct("The ferry is late again,", "said", "Ms Varga")),
    case("following-quote-with-own-frame", "“The ferry is late,” Ms Varga said. “The engine failed,” Mr Pell replied.",
         direct("The ferry is late,", "said", "Ms Varga"), direct("The engine failed,", "replied", "Mr Pell")),
]

# --- discontinuous quotes -----------------------------------------------------

DISCONTINUOUS_CASES = [
    case("name-then-cue", "“The first part is done,” Ms Varga said, “and the second will follow in June.”",
         direct(("The first part is done,", "and the second will follow in June."), "said", "Ms Varga")),
    case("pronoun-then-cue", "“The first part is done,” she said, “and the second will follow in June.”",
         direct(("The first part is done,", "and the second will follow in June."), "said", "she")),
    case("cue-then-name-then-a-weekday", "“The first part is done,” said Ms Varga on Tuesday night.",
         direct("The first part is done,", "said", "Ms Varga")),
    case("cue-then-role-then-an-occasion", "“The first part is done,” said the harbour master in an interview.",
         direct("The first part is done,", "said", "the harbour master")),
    case("cue-then-role-then-a-place-stays-in-the-source", "“The first part is done,” said a skipper in Leith.",
         direct("The first part is done,", "said", "a skipper in Leith")),
    case("cue-then-name", "“The first part is done,” said Ms Varga, “and the second will follow in June.”",
         direct(("The first part is done,", "and the second will follow in June."), "said", "Ms Varga")),
    case("frame-ending-in-an-initialism-then-the-next-sentence",
         "“The toll is bad,” Ms Varga said in Lyme, N.Y. “Secretary Lenz must go.”",
         direct(("The toll is bad,", "Secretary Lenz must go."), "said", "Ms Varga")),
    case("frame-ending-in-an-abbreviation-then-a-sentence-opening-with-an-ellipsis",
         "“The toll is bad,” said Tom Reyl, who lives in Lyme, Ill. \". . . I want a fair fare.\"",
         direct(("The toll is bad,", ". . . I want a fair fare."), "said", "Tom Reyl")),
    case("initialism-then-a-quoted-name-in-the-sentence-is-no-new-sentence",
         "Ms Varga moved to the U.S. \"Harbour Act\" rules last year."),
    case("dash-then-lower-case", "“The first part is done,” Ms Varga said — “and the second will follow in June.”",
         direct(("The first part is done,", "and the second will follow in June."), "said", "Ms Varga")),
    case("dash-then-capital-closing-the-sentence", "“The first part is done,” Ms Varga said — “The second will follow in June.”",
         direct(("The first part is done,", "The second will follow in June."), "said", "Ms Varga")),
    case("aside-between-dashes-then-quote", "“The first part,” Ms Varga said — pausing — “is done.”",
         direct(("The first part,", "is done."), "said", "Ms Varga")),
    case("aside-with-a-cue-between-dashes-stays-apart",
         "“The first part is done,” Ms Varga said — Mr Reyl disagreed — “and the second will follow.”",
         direct("The first part is done,", "said", "Ms Varga")),
    case("cue-then-unspaced-dash-then-quote", f"Ms Varga said—“{BRIDGE}.”", direct(f"{BRIDGE}.", "said", "Ms Varga")),
    case("cue-then-spaced-dash-then-quote", f"Ms Varga said — “{BRIDGE}.”", direct(f"{BRIDGE}.", "said", "Ms Varga")),
    case("quotation-with-no-comma-before-dashes-round-the-frame",
         "“The first part is done” — Ms Varga said — “and the second will follow.”",
         direct(("The first part is done", "and the second will follow."), "said", "Ms Varga")),
    case("reply-after-a-quotation-broken-off-by-a-dash", "“I think—” “No,” said Mr Reyl.",
         direct("No,", "said", "Mr Reyl")),
    case("reply-after-a-quotation-broken-off-then-resumed", "“I think—” “No,” Mr Reyl said, “you don't.”",
         direct(("No,", "you don't."), "said", "Mr Reyl")),
    case("quotation-after-a-quoted-item-not-broken-off-runs-on", "“The pier,” “the ferry,” said Mr Reyl, “and the toll.”",
         direct(("“The pier,” “the ferry,”", "and the toll."), "said", "Mr Reyl")),
    case("quotation-with-a-comma-before-dashes-round-the-frame",
         "“The first part is done,” — Ms Varga said — “and the second will follow.”",
         direct(("The first part is done,", "and the second will follow."), "said", "Ms Varga")),
    case("quoted-word-before-dashes-round-the-frame-is-no-piece", "The “toll” — Ms Varga said — is fair.",
         mixed("The “toll”", "said", "Ms Varga")),
    case("dash-then-capital-with-its-own-frame-stays-apart",
         "“The first part is done,” Ms Varga said — “Not yet,” Mr Reyl replied.",
         direct("The first part is done,", "said", "Ms Varga"), direct("Not yet,", "replied", "Mr Reyl")),
    case("adverbial-in-frame", "“We will finish the bridge,” Ms Varga said on Friday, “and nobody can stop us.”",
         direct(("We will finish the bridge,", "and nobody can stop us."), "said", "Ms Varga")),
    case("sentence-after", "“We are ready,” Ms Varga said, “and we have been for a year.” The crowd cheered.",
         direct(("We are ready,", "and we have been for a year."), "said", "Ms Varga")),
    case("subject-then-quoted-predicate", "The ferry, Ms Varga said, “is done for good.”",
         mixed(("The ferry", "is done for good."), "said", "Ms Varga")),
]

# --- scare quotes and titles --------------------------------------------------

SCARE_QUOTE_CASES = [
    case("so-called", "The so-called “green corridor” runs along the river."),
    case("nickname", "Towns along the “rust belt” lost half their jobs."),
    case("book-title", "She read “The Silent River” twice last summer."),
    case("film-title", "The film “Salt and Iron” opens in May."),
    case("law-name", "Voters passed the “Clean Harbour Act” in a landslide."),
    case("one-word-irony", "The “experts” were wrong again."),
    case("dubbed", "Critics dubbed the tower “the needle”.", mixed("the tower “the needle”", "dubbed", "Critics")),
    case("word-mentioned", "The word “resilience” appears four times in the report."),
    case("short-cueless-paragraph", "“Absolutely not.”"),
    case("no-marks-at-all", "The bridge opened in May."),
    case("empty-text", ""),
    case("scare-quote-inside-reported-clause", "Mr Reyl said the so-called “harbour tax” was unfair.",
         mixed("the so-called “harbour tax” was unfair", "said", "Mr Reyl")),
    case("one-word-with-cue-is-speech", "“Unfair,” he said.", direct("Unfair,", "said", "he")),
    case("exclamation-inverted", "“Unfair!” shouted a man in the crowd.",
         direct("Unfair!", "shouted", "a man in the crowd")),
]

# --- mixed quotes -------------------------------------------------------------

MIXED_CASES = [
    case("said-bare-clause", "Ms Varga said the town was “closing in on a deal” with the builders.",
         mixed("the town was “closing in on a deal” with the builders", "said", "Ms Varga")),
    case("said-that", "Ms Varga said that the plan was “a done deal” for everyone.",
         mixed("the plan was “a done deal” for everyone", "said", "Ms Varga")),
    case("fragment-ends-sentence", "Ms Varga said the plan was “a done deal”.",
         mixed("the plan was “a done deal”", "said", "Ms Varga")),
    case("vowed-to", "Ms Varga vowed to “finish the bridge before winter”.",
         mixed("to “finish the bridge before winter”", "vowed", "Ms Varga")),
    case("promised-to", "Mr Obuya promised to “keep the port open all winter”.",
         mixed("to “keep the port open all winter”", "promised", "Mr Obuya")),
    case("described-as", "Mr Obuya described the deal as “the best we could get”.",
         mixed("the deal as “the best we could get”", "described", "Mr Obuya")),
    case("two-fragments", "Mr Obuya said the cranes were “back in business” and that crews were “very relieved”.",
         mixed("the cranes were “back in business” and that crews were “very relieved”", "said", "Mr Obuya")),
    case("fragment-before-trailing-frame", "The budget was “final and complete”, Ms Varga said.",
         mixed("The budget was “final and complete”", "said", "Ms Varga")),
]

# --- cue and speaker patterns -------------------------------------------------

PATTERN_CASES = [
    case("quote-name-said", "“We are ready,” Ms Varga said.", direct("We are ready,", "said", "Ms Varga")),
    case("quote-name-age-aside-with-now-said", "“I started young,” Berg, now 64, said as he steered the ferry.",
         direct("I started young,", "said", "Berg")),
    case("quote-said-name", "“We are going to rebuild the mill,” said Tomas Reyl.",
         direct("We are going to rebuild the mill,", "said", "Tomas Reyl")),
    case("name-said-colon", "Tomas Reyl said: “We are going to rebuild the mill.”",
         direct("We are going to rebuild the mill.", "said", "Tomas Reyl")),
    case("name-said-comma", "Tomas Reyl said, “We are going to rebuild the mill.”",
         direct("We are going to rebuild the mill.", "said", "Tomas Reyl")),
    case("quote-full-stop-name-told", "“We have done our part.” Lena Ruiz told reporters.",
         direct("We have done our part.", "told", "Lena Ruiz", "reporters")),
    case("question-then-told-in-a-new-sentence", "“Is the pier closed?” Mr Reyl told the Gazette in May.",
         direct("Is the pier closed?", "told", "Mr Reyl", "the Gazette")),
    case("question-then-a-reply-of-its-own", "“Is the pier closed?” She said no.", indirect("no", "said", "She")),
    case("question-then-a-clause-of-its-own-is-no-frame", "“Is the pier closed?” She said it was."),
    case("question-then-its-frame-after-a-capital", "“Is the pier closed?” She asked.",
         direct("Is the pier closed?", "asked", "She")),
    case("passive-asked-then-the-question-quoted", "Ms Varga was asked, “Is the pier closed?” She said no.",
         direct("Is the pier closed?", "was asked"), indirect("no", "said", "She")),
    case("passive-asked-colon-then-the-question-quoted", "Ms Varga was asked: “Is the pier closed?”",
         direct("Is the pier closed?", "was asked")),
    case("passive-asked-then-quoted-words-no-question", "Ms Varga was asked “a simple question” by the Gazette."),
    case("told-named-outlet", "“We are going to rebuild the mill,” Tomas Reyl told the Harbour Gazette.",
         direct("We are going to rebuild the mill,", "told", "Tomas Reyl", "the Harbour Gazette")),
    case("told-outlet-colon", "Ms Varga told the Harbour Gazette: “The budget is final.”",
         direct("The budget is final.", "told", "Ms Varga", "the Harbour Gazette")),
    case("told-with-place-and-day", "“We will finish the bridge,” Ms Varga told reporters in Port Adley on Friday.",
         direct("We will finish the bridge,", "told", "Ms Varga", "reporters")),
    case("said-adding", "“We are going to rebuild the mill,” Tomas Reyl said, adding that work would start soon.",
         direct("We are going to rebuild the mill,", "said", "Tomas Reyl"),
         indirect("work would start soon", "adding", "Tomas Reyl")),
    case("according-to-then-quote", "According to Tomas Reyl, “the mill will be rebuilt by spring.”",
         direct("the mill will be rebuilt by spring.", "According to", "Tomas Reyl")),
    case("according-to-description", "According to a spokesman for the port authority, "
         "“the cranes will be back in service next week.”",
         direct("the cranes will be back in service next week.", "According to", "a spokesman for the port authority")),
    case("said-as", "“The mill will be rebuilt by spring,” Mr Reyl said as workers cleared the site.",
         direct("The mill will be rebuilt by spring,", "said", "Mr Reyl")),
    case("said-dash", "“The ferry is done,” Ms Varga said — and she meant it.",
         direct("The ferry is done,", "said", "Ms Varga")),
    case("said-comma-and", "“The ferry is done,” Ms Varga said, and the crowd cheered.",
         direct("The ferry is done,", "said", "Ms Varga")),
    case("appositive-spokeswoman", "“Our prices will stay the same this winter,” Dana Holt, a spokeswoman for the "
         "company, said.", direct("Our prices will stay the same this winter,", "said", "Dana Holt")),
    case("appositive-before-told", "“We are ready,” Ms Varga, the harbour master, told the Harbour Gazette.",
         direct("We are ready,", "told", "Ms Varga", "the Harbour Gazette")),
    case("relative-clause-before-cue", "“We will finish the bridge,” Lena Ruiz, who has led the town since 2019, said.",
         direct("We will finish the bridge,", "said", "Lena Ruiz")),
    case("relative-clause-after-inverted-name", "“We will finish the bridge,” said Ms Varga, who has led the town "
         "since 2019.", direct("We will finish the bridge,", "said", "Ms Varga")),
    case("description-said", "“The cranes will be back in service next week,” a spokesman for the port authority "
         "said.", direct("The cranes will be back in service next week,", "said", "a spokesman for the port authority")),
    case("said-description", "“The cranes will be back in service next week,” said a spokesman for the port "
         "authority.", direct("The cranes will be back in service next week,", "said",
                               "a spokesman for the port authority")),
    case("title-before-name", "“We have done our part,” Governor Lena Ruiz told reporters.",
         direct("We have done our part,", "told", "Governor Lena Ruiz", "reporters")),
    case("honorific-with-period", "“The cranes will be back,” Mr. Obuya said.",
         direct("The cranes will be back,", "said", "Mr. Obuya")),
    case("pronoun-he", "“The cranes will be back in service next week,” he said.",
         direct("The cranes will be back in service next week,", "said", "he")),
    case("pronoun-they", "“The cranes will be back in service next week,” they said.",
         direct("The cranes will be back in service next week,", "said", "they")),
    case("pronoun-after-colon", "She said: “Ready.”", direct("Ready.", "said", "She")),
    case("cue-added", "“The cranes will be back,” Mr Obuya added.", direct("The cranes will be back,", "added", "Mr Obuya")),
    case("cue-insisted", "“The cranes will be back,” Mr Obuya insisted.",
         direct("The cranes will be back,", "insisted", "Mr Obuya")),
    case("cue-warned", "“The cranes will be back,” Mr Obuya warned.", direct("The cranes will be back,", "warned", "Mr Obuya")),
    case("cue-asked", "“Is this the end of the line?” Mr Obuya asked.",
         direct("Is this the end of the line?", "asked", "Mr Obuya")),
    case("cue-tweeted", "“The cranes will be back,” Mr Obuya tweeted.",
         direct("The cranes will be back,", "tweeted", "Mr Obuya")),
    case("cue-wrote-on", "“The cranes will be back,” Mr Obuya wrote on Twitter.",
         direct("The cranes will be back,", "wrote", "Mr Obuya")),
    case("inverted-shouted", "“We are not finished yet!” shouted the coach.",
         direct("We are not finished yet!", "shouted", "the coach")),
    case("colon-label", "Ms Varga: “The budget is final and we will not reopen it.”",
         direct("The budget is final and we will not reopen it.", ":", "Ms Varga")),
    case("colon-labels-in-one-paragraph", "Ms Varga: “The pier is safe.” Mr Reyl: “It is not.”",
         direct("The pier is safe.", ":", "Ms Varga"), direct("It is not.", ":", "Mr Reyl")),
    case("colon-label-after-a-framed-quotation", "Ms Varga said: “The pier is safe.” Mr Reyl: “It is not.”",
         direct("The pier is safe.", "said", "Ms Varga"), direct("It is not.", ":", "Mr Reyl")),
    case("colon-label-of-a-day-inside-a-paragraph-is-nobody",
         "Ms Varga said: “The pier is safe.” Monday: “It is shut.”",
         direct(("The pier is safe.", "It is shut."), "said", "Ms Varga")),
    case("senator-with-party-before-cue", "“We have done our part,” Sen. Ann Smith (D-Ore.) said.",
         direct("We have done our part,", "said", "Sen. Ann Smith")),
    case("senator-with-party-inverted", "“This bill protects every family in the state,” said Sen. Ann Smith (D-Ore.).",
         direct("This bill protects every family in the state,", "said", "Sen. Ann Smith")),
    case("senator-inverted", "“This bill protects every family in the state,” said Sen. Ann Smith.",
         direct("This bill protects every family in the state,", "said", "Sen. Ann Smith")),
    case("senator-before-cue", "“We have done our part,” Sen. Ann Smith said.",
         direct("We have done our part,", "said", "Sen. Ann Smith")),
    case("senator-with-party-then-quote", "Sen. Ann Smith (D-Ore.) said, “We have done our part.”",
         direct("We have done our part.", "said", "Sen. Ann Smith")),
    case("phrasal-cue-colon", "Mr Reyl went on: “The pier will be rebuilt.”",
         direct("The pier will be rebuilt.", "went on", "Mr Reyl")),
    case("colon-ends-paragraph", "Ms Varga said:\n\n“Nobody will lose a job over this.”",
         direct("Nobody will lose a job over this.", "said", "Ms Varga")),
    case("verb-phrase-then-colon", "Ms Varga went further: “Nobody will lose a job over this.”",
         direct("Nobody will lose a job over this.", "went further:", "Ms Varga")),
    case("according-to-then-colon", "The ferry was late again. According to the Lyme Gazette: “The old pier will close in May.”",
         direct("The old pier will close in May.", "According to", "the Lyme Gazette")),
    case("section-heading-in-capitals-before-a-dash-is-nobody",
         "HARBOUR NEWS—“The old pier to close at the end of May,” by Lena Ruiz: “The old pier will close in May, "
         "its owners said.”"),
    case("verb-phrase-then-dash", "Mr Reyl went on — “The pier will be rebuilt by May.”",
         direct("The pier will be rebuilt by May.", "went on —", "Mr Reyl")),
    case("label-in-capitals-then-colon-and-quotation", "HARBOUR COUNCIL: “The pier will be rebuilt by May.”",
         direct("The pier will be rebuilt by May.", ":", "HARBOUR COUNCIL")),
    case("dash-after-a-whole-clause-sets-off-an-example",
         "Ms Varga's speech was interrupted by a skipper wearing a shirt with the harbour logo — “Save the old pier now.”"),
    case("dash-after-a-short-verb-phrase", "Mr Reyl finally wrapped up — “The pier will be rebuilt by May.”",
         direct("The pier will be rebuilt by May.", "finally wrapped up —", "Mr Reyl")),
    case("colon-after-a-whole-clause", "Ms Varga spoke to the skippers at the pier on Monday: “The pier will be rebuilt.”",
         direct("The pier will be rebuilt.", "spoke to the skippers at the pier on Monday:", "Ms Varga")),
    case("headline-quotation-then-colon-and-a-report-is-the-reporters", "'We are ready': mayor vows to fight on",
         direct("We are ready", ":", "mayor"), indirect("to fight on", "vows", "mayor")),
    case("headline-quotation-then-colon-and-a-report-with-an-object",
         "“It felt like the end of the world”: skippers recall the night the pier fell",
         direct("It felt like the end of the world", ":", "skippers"),
         indirect("the night the pier fell", "recall", "skippers")),
    case("quotation-then-colon-after-an-opening-sentence-stays-unread",
         "The mayor arrived. 'We are ready': mayor vows to fight on",
         indirect("to fight on", "vows", "mayor")),
    case("headline-quotation-then-colon-and-no-report-stays-unread", "'We are ready': a busy week at the pier"),
    case("quotation-before-a-bracketed-credit-is-the-credited-sources",
         "FERRY FARES “Fares will rise by a tenth next spring for every skipper.” [Lyme Radio.]",
         direct("Fares will rise by a tenth next spring for every skipper.", "[Lyme Radio.]", "Lyme Radio")),
    case("writers-own-words-before-a-bracketed-credit-stay-unread", "See the toll table. [Gazette.]"),
    case("quotation-with-its-own-frame-before-a-bracketed-credit-stays-its-speakers",
         "Ms Varga said: “The pier will reopen in May for the skippers.” [Gazette.]",
         direct("The pier will reopen in May for the skippers.", "said", "Ms Varga")),
    case("short-quotation-before-a-bracketed-credit-stays-unread", "PIER “Closed.” [Gazette.]"),
    case("name-in-round-brackets-after-a-quotation-is-its-speaker", "“The toll is fair to every skipper.” (Ms Varga)",
         direct("The toll is fair to every skipper.", "(Ms Varga)", "Ms Varga")),
    case("name-in-round-brackets-after-a-comma-inside-the-mark", "“The toll is fair to every skipper,” (Tom Reyl).",
         direct("The toll is fair to every skipper,", "(Tom Reyl)", "Tom Reyl")),
    case("single-word-in-round-brackets-after-a-quotation-names-nobody",
         "“The toll is fair to every skipper.” (Laughter)"),
    case("caption-label-in-round-brackets-after-a-quotation-names-nobody",
         "“The toll is fair to every skipper.” (Photo Credit)"),
    case("round-brackets-holding-more-than-a-name-name-nobody",
         "“The toll is fair to every skipper.” (Ms Varga agreed.)"),
    case("quotation-with-its-own-frame-keeps-its-speaker-before-a-name-in-brackets",
         "Mr Reyl said: “The toll is fair to every skipper.” (Ms Varga)",
         direct("The toll is fair to every skipper.", "said", "Mr Reyl")),
    case("heading-then-dash-and-name-before-colon", "Skippers agree - Harbour Gazette: “Most skippers we asked said the toll was fair.”",
         direct("Most skippers we asked said the toll was fair.", ":", "Harbour Gazette")),
    case("heading-then-dash-more-from-name-before-colon",
         "What the vote means for the harbour - More from Varga: “The ferry will run again next spring.”",
         direct("The ferry will run again next spring.", ":", "Varga")),
    case("heading-then-dash-and-two-names-before-colon",
         "Ferry numbers fall - Ilse Varga and Ian Reyl: “Fewer people took the ferry this year than last.”",
         direct("Fewer people took the ferry this year than last.", ":", "Ilse Varga and Ian Reyl")),
    case("dash-then-clause-with-its-own-cue-keeps-the-cue",
         "Ms Varga was blunt - and Mr Reyl agreed: “The toll is unfair to all skippers.”",
         direct("The toll is unfair to all skippers.", "agreed", "Mr Reyl")),
    case("dash-aside-in-the-subject-keeps-the-subject",
         "Mr Reyl - the harbour master - said: “The toll is unfair to all skippers.”",
         direct("The toll is unfair to all skippers.", "said", "Mr Reyl")),
    case("inverted-phrasal-cue-source-after-its-particle", "“We will win,” went on Ms Varga.",
         direct("We will win,", "went on", "Ms Varga")),
    case("phrasal-cue-after-a-quoted-name-then-a-preposition-names-no-one",
         "The Guild's campaign to “Save the Pier” went on without the support of Bay Lines."),
    case("it-seems-before-a-quoted-name-and-went-on-reports-the-clause",
         "It seems the Guild's campaign to “Save the Pier” will go on without Bay Lines.",
         mixed("the Guild's campaign to “Save the Pier” will go on without Bay Lines", "seems", None)),
    case("went-on-to-say", "Ms Varga went on to say, “Nobody will lose a job over this.”",
         direct("Nobody will lose a job over this.", "went on to say", "Ms Varga")),
    case("dash-trailer", "“We will finish the bridge” — Lena Ruiz, mayor of Port Adley",
         direct("We will finish the bridge", "—", "Lena Ruiz")),
    case("e-mail-quoting-marks-are-no-part-of-the-source", "> Ms Varga said the toll was fair.\n> > Lena Ruiz: "
         "The ferry will run again next week.", indirect("the toll was fair", "said", "Ms Varga"),
         indirect("The ferry will run again next week", ":", "Lena Ruiz")),
    case("quoted-lines-signed-below", "> “The toll is unfair to all of us.”\n> — Tom Reyl",
         direct("The toll is unfair to all of us.", "—", "Tom Reyl")),
    case("spaces-between-the-closing-mark-and-an-inverted-tag", "“It is a scandal,”   said Mr Reyl.",
         direct("It is a scandal,", "said", "Mr Reyl")),
    case("spaces-between-the-closing-mark-and-a-name-first-tag", "“It is a scandal,”\u00a0 \u00a0Mr Reyl said.",
         direct("It is a scandal,", "said", "Mr Reyl")),
    case("spaces-after-a-closing-stop-still-end-the-words", "“It is a scandal.”   Mr Reyl said the toll was fair.",
         indirect("the toll was fair", "said", "Mr Reyl")),
    case("handle-after-an-inverted-cue", "“The toll is unfair to all of us,” tweeted @ana_varga.",
         direct("The toll is unfair to all of us,", "tweeted", "@ana_varga")),
    case("handle-before-more-words-is-no-inverted-source", "“The toll is unfair to all of us,” tweeted @ana_varga "
         "and the skippers."),
    case("emoji-after-the-inverted-source", "“The toll is unfair,” wrote Ms Varga 👍.",
         direct("The toll is unfair,", "wrote", "Ms Varga")),
    case("emoji-closing-the-paragraph-after-the-inverted-source", "“The toll is unfair,” said Ms Varga 😀",
         direct("The toll is unfair,", "said", "Ms Varga")),
    case("emoji-before-more-words-is-no-end-of-the-source", "“The toll is unfair,” said the 👍 skippers."),
    case("empty-brackets-after-the-name", "“The toll is unfair,” said Ms Varga ( ), the harbour master.",
         direct("The toll is unfair,", "said", "Ms Varga")),
    case("tag-alone-on-the-next-line-inverted", "“The toll is unfair to all of us,”\nsaid Ms Varga, the harbour master.",
         direct("The toll is unfair to all of us,", "said", "Ms Varga")),
    case("tag-alone-on-the-next-line-name-first", "“Is the ferry late again?”\nMr Reyl asked.",
         direct("Is the ferry late again?", "asked", "Mr Reyl")),
    case("tag-alone-on-the-next-line-pronoun-and-time", "“We will not pay,”\nshe said on Monday.",
         direct("We will not pay,", "said", "she")),
    case("tag-alone-on-the-next-line-adding-a-quotation",
         "“The toll is unfair to all of us,”\nsaid Ms Varga, adding:\n“We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "adding", "Ms Varga")),
    case("tag-alone-on-the-next-line-adding-a-report",
         "“The toll is unfair to all of us,”\nsaid Ms Varga, adding that the skippers agreed.",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         indirect("the skippers agreed", "adding", "Ms Varga")),
    case("colon-after-an-inverted-tag-on-its-own-line",
         "“The toll is unfair to all of us.”\nsaid Ms Varga, waving:\n“We will not pay.”",
         direct("The toll is unfair to all of us.", "said", "Ms Varga"),
         direct("We will not pay.", "waving:", "Ms Varga")),
    case("colon-after-a-plain-tag-on-its-own-line",
         "“The toll is unfair to all of us,”\nMs Varga said, waving:\n“We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "said, waving:", "Ms Varga")),
    case("colon-after-an-inverted-tag-with-an-appositive-and-a-participle",
         "“The toll is unfair to all of us,”\nsaid Ms Varga, the harbour master, waving:\n“We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "waving:", "Ms Varga")),
    case("colon-after-an-inverted-tag-and-a-participle-in-one-sentence",
         "“The toll is unfair to all of us,” said Ms Varga, waving: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "waving:", "Ms Varga")),
    case("colon-after-a-plain-tag-and-a-participle-in-one-sentence",
         "“The toll is unfair to all of us,” Ms Varga said, waving a letter: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "said, waving a letter:", "Ms Varga")),
    case("colon-after-an-appositive-of-an-inverted-tag-in-one-sentence",
         "“The toll is unfair to all of us,” said Ms Varga, the harbour master: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "the harbour master:", "Ms Varga")),
    case("colon-after-an-age-and-an-appositive-of-an-inverted-tag",
         "“The toll is unfair to all of us,” said Ms Varga, 54, a skipper: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "a skipper:", "Ms Varga")),
    case("colon-after-an-appositive-and-a-participle-of-an-inverted-tag-in-one-sentence",
         "“The toll is unfair to all of us,” said Ms Varga, the harbour master, waving: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "waving:", "Ms Varga")),
    case("colon-after-an-age-and-a-participle-of-an-inverted-tag-in-one-sentence",
         "“The toll is unfair to all of us,” said Ms Varga, 54, waving: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "waving:", "Ms Varga")),
    case("colon-after-an-appositive-and-a-time-of-an-inverted-tag-in-one-sentence",
         "“The toll is unfair to all of us,” said Ms Varga, the harbour master, on Monday: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "on Monday:", "Ms Varga")),
    case("colon-after-a-relative-clause-of-an-inverted-tag-in-one-sentence",
         "“The toll is unfair to all of us,” said Ms Varga, who chairs the board: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We will not pay.", "who chairs the board:", "Ms Varga")),
    case("colon-after-two-phrases-past-the-appositive-takes-no-quotation",
         "“The toll is unfair to all of us,” said Ms Varga, the harbour master, on Monday, in Lyme: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga")),
    case("colon-after-words-of-no-role-after-an-inverted-tag-takes-no-quotation",
         "“The toll is unfair to all of us,” said Ms Varga, then the skippers: “We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga")),
    case("tag-alone-on-the-next-line-with-three-phrases-is-no-tag",
         "“The toll is unfair to all of us,”\nsaid Ms Varga, the harbour master, on Monday, in May."),
    case("colon-after-a-line-with-words-of-its-own-tags-nothing-above",
         "“The toll is unfair to all of us.”\nsaid Ms Varga, waving a letter: the skippers agreed."),
    case("inverted-tag-then-colon-and-a-quotation",
         "“The toll is unfair to all of us,” said Ms Varga: “We will not pay.”",
         direct(("The toll is unfair to all of us,", "We will not pay."), "said", "Ms Varga")),
    case("inverted-tag-then-colon-at-the-paragraph-end",
         "“The toll is unfair to all of us,” said Ms Varga:\n“We will not pay.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"), direct("We will not pay.", None, None)),
    case("plain-tag-then-semicolon-and-a-quotation",
         "“The toll is unfair to all of us,” Ms Varga said; “it hurts every skipper.”",
         direct(("The toll is unfair to all of us,", "it hurts every skipper."), "said", "Ms Varga")),
    case("inverted-tag-then-semicolon-and-a-quotation",
         "“The toll is unfair to all of us,” said Ms Varga; “We will not pay.”",
         direct(("The toll is unfair to all of us,", "We will not pay."), "said", "Ms Varga")),
    case("quotation-with-its-own-tag-after-a-tag-and-a-semicolon",
         "“The toll is unfair to all of us,” Ms Varga said; “it is fair,” Mr Reyl replied.",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"), direct("it is fair,", "replied", "Mr Reyl")),
    case("quotation-with-its-own-tag-after-a-clause-and-a-semicolon",
         "The board met on Monday; “it is fair,” Mr Reyl replied.",
         direct("it is fair,", "replied", "Mr Reyl")),
    case("tag-then-semicolon-and-unquoted-words-stays-apart",
         "“The toll is unfair to all of us,” Ms Varga said; the skippers agreed.",
         direct("The toll is unfair to all of us,", "said", "Ms Varga")),
    case("tag-then-semicolon-and-a-title-stays-apart",
         "“The toll is unfair to all of us,” Ms Varga said; “Harbour Days” is her book.",
         direct("The toll is unfair to all of us,", "said", "Ms Varga")),
    case("tag-then-colon-and-unquoted-words-reports-them",
         "“The toll is unfair to all of us,” she said: the skippers agreed.",
         indirect("the skippers agreed", "said", "she")),
    case("colon-after-a-line-opening-with-a-verb-of-no-speech", "The skippers gathered.\nmet Ms Varga, waving:\n"
         "“We will not pay.”"),
    case("colon-after-a-line-opening-with-a-lower-case-pronoun", "The skippers gathered.\nthey stood, waving:\n"
         "“We will not pay.”", direct("We will not pay.", "stood, waving:", "they")),
    case("colon-after-a-subject-on-its-own-line", "“The toll is unfair to all of us.”\nThe skippers, waving:\n"
         "“We will not pay.”", direct("We will not pay.", "waving:", "The skippers")),
    case("next-line-adding-without-a-cue-of-speech-is-no-tag",
         "“The toll is unfair to all of us.”\nThe board met, adding that the skippers agreed.",
         indirect("the skippers agreed", "adding", "The board")),
    case("quoted-paragraph-after-a-tag-on-its-own-line-goes-on-with-it",
         "“The toll is unfair to all of us,”\nsaid Ms Varga.\n“We pay enough already and the board knows it.”",
         direct("The toll is unfair to all of us,", "said", "Ms Varga"),
         direct("We pay enough already and the board knows it.")),
    case("quoted-paragraph-after-a-signature-line-is-nobodys",
         "“The toll is unfair to all of us.”\n— Tom Reyl\n“We pay enough already and the board knows it.”",
         direct("The toll is unfair to all of us.", "—", "Tom Reyl")),
    case("next-line-with-its-own-report-is-no-tag",
         "“The toll is unfair to all of us,”\nMs Varga said the skippers agreed.",
         indirect("the skippers agreed", "said", "Ms Varga")),
    case("next-line-without-a-cue-of-speech-is-no-tag", "“The toll is unfair to all of us.”\nThe board agreed."),
    case("gesture-then-quote", "Asked if he feared the sack, Erik Sand shrugged. “That is not for me to say.”",
         direct("That is not for me to say.", "shrugged", "Erik Sand")),
    case("gesture-then-quote-with-adverb", "Ms Varga smiled faintly. “We shall see.”",
         direct("We shall see.", "smiled", "Ms Varga")),
    case("quotation-then-gesture-then-quote", "“The pier is safe…” Ms Varga paused. “For now.”",
         direct(("The pier is safe…", "For now."), "paused", "Ms Varga")),
    case("quotation-after-a-tagged-quote-then-gesture-goes-on-with-the-tag",
         "“We will fight,” Ms Varga said. “We will win.” She paused. “We have to.”",
         direct(("We will fight,", "We will win."), "said", "Ms Varga"), direct("We have to.", "paused", "She")),
    case("quotation-after-an-untagged-sentence-then-gesture-is-the-gestures",
         "The board met. “We will win.” She paused. “We have to.”",
         direct(("We will win.", "We have to."), "paused", "She")),
    case("quotation-then-gesture-with-no-quote-after-gives-no-frame", "“The pier is safe…” Ms Varga paused."),
    case("quotation-a-sentence-before-the-gesture-gives-no-frame",
         "“The pier is safe.” The crowd cheered. Ms Varga smiled. “For now.”",
         direct("For now.", "smiled", "Ms Varga")),
    case("defiant-stance-then-quote", "Mr Reyl was defiant. “We will not pay the toll.”",
         direct("We will not pay the toll.", "was defiant", "Mr Reyl")),
    case("blunt-stance-then-quote", "Asked about the fares, Ms Varga was blunt. “The toll stays.”",
         direct("The toll stays.", "was blunt", "Ms Varga")),
    case("gloomy-stance-then-quote", "The skippers were gloomy. “Nobody will sail this winter.”",
         direct("Nobody will sail this winter.", "were gloomy", "The skippers")),
    case("cue-closing-a-sentence-after-an-opening-clause-then-quote",
         "After the vote, Ms Varga agreed. “The toll stays.”",
         direct("The toll stays.", "agreed", "Ms Varga")),
    case("cue-after-an-opening-clause-then-a-quote-with-its-own-tag",
         "After the vote, Ms Varga agreed. “Nobody listens,” one skipper said.",
         direct("Nobody listens,", "said", "one skipper")),
    case("blunt-before-a-noun-is-no-stance", "A blunt instrument was found on the pier. “Stay back,” the police said.",
         direct("Stay back,", "said", "the police")),
    case("quoted-paragraph-after-a-speech-is-the-speakers",
         "Ms Varga set out her plan in a speech to the council on Tuesday.\n\n“We will rebuild the pier within "
         "three years.”",
         direct("We will rebuild the pier within three years.", "in a speech", "Ms Varga")),
    case("quoted-paragraphs-after-a-speech-run-on-while-left-open",
         "Ms Varga spoke at a news conference on Monday.\n\n“The money is there, and the will is there.\n\n"
         "“Nobody should have to choose between a job and safety.”",
         direct(("The money is there, and the will is there.", "Nobody should have to choose between a job and safety."),
                "at a news conference", "Ms Varga")),
    case("quoted-paragraph-after-a-sentence-with-no-speech-is-nobodys",
         "Ms Varga visited the pier on Tuesday.\n\n“We will rebuild the pier within three years.”"),
    case("quoted-paragraph-after-a-speech-in-a-paragraph-with-a-quote-keeps-that-quotes-speaker",
         "“It is over,” Mr Reyl said of the toll in a speech on Tuesday.\n\n“We will rebuild the pier within three "
         "years.”",
         direct("It is over,", "said", "Mr Reyl"), direct("We will rebuild the pier within three years.", None, None)),
    case("gesture-then-another-sentence-gives-no-frame", "Ms Varga smiled. The crowd cheered. “We won.”"),
    case("gesture-across-a-paragraph-gives-no-frame", "Ms Varga smiled.\n“We won.”"),
    case("gesture-then-quote-with-its-own-tag-keeps-the-tag", "Ms Varga laughed. “Never,” Mr Reyl said.",
         direct("Never,", "said", "Mr Reyl")),
    case("and-from-intro", "And from Lena Ruiz: “We will finish the bridge.”",
         direct("We will finish the bridge.", ":", "Lena Ruiz")),
    case("nyt-marks-description-then-name", "''The ferry will run all winter,'' the port authority's press officer, "
         "Dana Holt, said on Monday.",
         direct("The ferry will run all winter,", "said", "Dana Holt")),
    case("adverb-between-cue-and-quote", "Ms Varga acknowledged, however, “Nobody can promise a date.”",
         direct("Nobody can promise a date.", "acknowledged", "Ms Varga")),
    case("for-her-part-between-cue-and-quote", "Ms Varga said, for her part, “The ferry is done.”",
         direct("The ferry is done.", "said", "Ms Varga")),
    case("quote-as-object-then-more", "A man yelled “Shame on you!” at the mayor.",
         direct("Shame on you!", "yelled", "A man")),
    case("manner-barked-then-and", "“Sit down,” the chairman barked and the room went quiet.",
         direct("Sit down,", "barked", "the chairman")),
    case("colon-predicate-cue-starts-past-the-appositive", "Tom Reyl, the skippers' spokesman, was brief: “We will "
         "believe it when we see the cranes.”", direct("We will believe it when we see the cranes.", "was brief:",
                                                       "Tom Reyl")),
    case("manner-verb-of-a-thing-frames-quoted-words", "“The pier is safe,” Mr Reyl cracked.",
         direct("The pier is safe,", "cracked", "Mr Reyl")),
    case("manner-beamed-inverted", "“This is the best day of my life!” beamed Tomas Reyl.",
         direct("This is the best day of my life!", "beamed", "Tomas Reyl")),
    case("manner-smiled-frames-quoted-words", "“We'll take it,” she smiled.", direct("We'll take it,", "smiled", "she")),
    case("manner-grinned-frames-quoted-words", "“Not bad for a skipper of 70,” Mr Reyl grinned.",
         direct("Not bad for a skipper of 70,", "grinned", "Mr Reyl")),
    case("manner-smiled-frames-no-plain-clause", "The pier is safe, Ms Varga smiled."),
    case("manner-smiled-alone-reports-nothing", "Ms Varga smiled at the skippers and waved."),
    case("leading-phrase-then-colon", "In an interview later that day, Ms Varga went further: “Nobody will lose a "
         "job over this.”", direct("Nobody will lose a job over this.", "went further:", "Ms Varga")),
    case("no-quote-manner-verb-without-words", "The dog barked at the ferry and the crowd gasped."),
    case("relative-that-said-quote", "The port released a video that said, “Every ferry will sail on time.”",
         direct("Every ferry will sail on time.", "said", "The port")),
    case("relative-that-said-quote-not-issued", "Skippers watched a video that said, “Every ferry will sail on time.”",
         direct("Every ferry will sail on time.", "said", "a video")),
    case("coordinated-and-then-colon", "“The pier is safe,” she said at a news conference, and then predicted: "
         "“The ferry will be back by June.”", direct("The pier is safe,", "said", "she"),
         direct("The ferry will be back by June.", "then predicted", "she")),
    case("pronoun-verb-and-cue-then-quote", "At the mention of the pier she laughed and admitted “it has been a "
         "long year for all of us.”", direct("it has been a long year for all of us.", "admitted", "she")),
    case("opening-mark-then-ellipsis", "As the Harbour Gazette reported, “ … if the vote were held today, the "
         "ferry would win.”", direct("… if the vote were held today, the ferry would win.", "reported",
                                      "the Harbour Gazette")),
    case("relative-who-then-colon-quote-with-commas", "The case went to Jane Roe, who told the council when asked "
         "about it: “The matter is with the auditors, the harbour staff, as well as the lawyers.”",
         direct("The matter is with the auditors, the harbour staff, as well as the lawyers.", "told", "who",
                "the council")),
    case("finished-quote-before-another-frame", "“We are fishermen,” Ms. Alawee said. “We are not smugglers.” "
         "Mr. Zahed said: “The storm is the only thing to blame.”",
         direct(("We are fishermen,", "We are not smugglers."), "said", "Ms. Alawee"),
         direct("The storm is the only thing to blame.", "said", "Mr. Zahed")),
    case("source-with-and-after-quote", "“The pier is unsafe,” the harbour master and port engineer said in a "
         "statement.", direct("The pier is unsafe,", "said", "the harbour master and port engineer")),
    case("told-a-quoted-show-name", "“We will rebuild the pier,” the mayor told “Harbour Morning” after the vote.",
         direct("We will rebuild the pier,", "told", "the mayor", "“Harbour Morning”")),
    case("chanted-quote-as-object", "Outside the hall, the skippers chanted “Save the pier” until dusk.",
         direct("Save the pier", "chanted", "the skippers")),
    case("chanting-after-number-and-plural", "About 200 skippers held signs, chanting “Save the pier.”",
         direct("Save the pier.", "chanting", "About 200 skippers")),
    case("sings-comma-quote", "In the old ballad, the singer sings, “Do not sell the pier.”",
         direct("Do not sell the pier.", "sings", "the singer")),
    case("following-quote-then-relative-aside", "“Our skippers are tired,” said Dana Holt, a union spokeswoman. "
         "“The new fees are too high,” which the council disputes.",
         direct(("Our skippers are tired,", "The new fees are too high,"), "said", "Dana Holt")),
    case("adding-opens-the-next-sentence", "“The report was not good,” Ms Varga said. Adding, “It is how they "
         "handle it that counts.”", direct("The report was not good,", "said", "Ms Varga"),
         direct("It is how they handle it that counts.", "Adding", "Ms Varga")),
    case("adverbial-clause-between-cue-and-quote", "Ms Varga said in the spring, when the story broke, “I did "
         "nothing wrong.”", direct("I did nothing wrong.", "said", "Ms Varga")),
    case("quote-in-parentheses-frame", "The fight pits the skippers (“This is no ordinary winter,” "
         "Ms Varga wrote last week) against the rest.",
         direct("This is no ordinary winter,", "wrote", "Ms Varga")),
    case("quoted-object-then-as-clause", "He went on, praising “the skippers’ courage” as he promised a new pier.",
         direct("the skippers’ courage", "praising", "He"), indirect("a new pier", "promised", "he")),
    case("asked-phrase-then-colon", "Asked which ferry was her favourite, she demurred: “Whichever one I am on.”",
         direct("Whichever one I am on.", "demurred", "she")),
    case("no-quote-that-said-opening-sentence", "That said, the “harbour tax” stays."),
    case("no-quote-short-phrase-after-cue", "She said “no” to the offer."),
]


@pytest.mark.parametrize(("text", "expected"), MARK_CASES + APOSTROPHE_CASES + UNBALANCED_CASES
                         + CONTINUATION_CASES + DISCONTINUOUS_CASES + SCARE_QUOTE_CASES + MIXED_CASES
                         + PATTERN_CASES)
def test_quotes(text, expected):
    """Every quote in the text, with its kind, pieces, cue, source and addressee; no rule fails on it."""
    doc = quoteattr.attribute(text)
    assert doc.error is None
    assert [summary(q) for q in doc.quotes] == expected


# --- continuations keep the speaker ------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    pytest.param("“We are ready to move forward with the plan,” Ms Varga said.\n\n"
                 "“The money is already in the bank and the builders are waiting.”", "Varga", id="honorific-name"),
    pytest.param("“We will finish the bridge by the end of the summer,” said Lena Ruiz.\n\n"
                 "“Nobody in this town will have to drive around the bay again.”\n\n"
                 "“And the ferry will keep running for the people who want it.”", "Lena Ruiz", id="two-carried"),
    pytest.param("''We're not done yet,'' Mr. Reyl said.\n\n''The mill is coming back and the jobs with it.''",
                 "Reyl", id="nyt-marks"),
    pytest.param("“Is there anything left to save?” said Mr. Reyl, who thinks often about the mill.\n\n"
                 "“I mean, the jobs are gone and the river is all we have left.”", "Reyl",
                 id="after-a-relative-clause-with-a-cue"),
    pytest.param("“The toll is unfair to all of us,”\nsaid Lena Ruiz.\n\n“We pay enough already and the board knows it.”",
                 "Lena Ruiz", id="after-a-tag-on-its-own-line"),
])
def test_continuation_keeps_the_speaker(text, name):
    """A cue-less quoted paragraph after a quote is spoken by the same entity."""
    # the relative clause's own report ("who thinks often about the mill") is not one of the paragraphs
    quotes = [q for q in quoteattr.attribute(text).quotes if q.kind.value == "direct"]
    assert len(quotes) >= 2
    assert quotes[1].cue is None and quotes[1].source is None
    assert all(q.speaker is not None and q.speaker == quotes[0].speaker for q in quotes)
    assert quotes[0].speaker.name == name


def test_a_new_cue_starts_a_new_speaker():
    """A quoted paragraph with its own cue is not a continuation."""
    first, second = quoteattr.attribute(
        "“We will finish the bridge,” Ms Varga said.\n\n"
        "“Nobody in this town will have to drive around the bay again,” Mr Pell said.").quotes
    assert first.speaker != second.speaker


# --- nested quotes ------------------------------------------------------------

@pytest.mark.parametrize(("text", "outer", "nested"), [
    pytest.param("“When the storm came, Mayor Ruiz has said ‘nobody will be left behind’ and we trusted that,” "
                 "Mr Pell said.", "When the storm came, Mayor Ruiz has said ‘nobody will be left behind’ and we "
                 "trusted that,", [("nobody will be left behind", "has said", "Mayor Ruiz")], id="has-said"),
    pytest.param("“Lena Ruiz said ‘nobody will be left behind’ and we trusted that,” Mr Pell said.",
                 "Lena Ruiz said ‘nobody will be left behind’ and we trusted that,",
                 [("nobody will be left behind", "said", "Lena Ruiz")], id="name-said"),
    pytest.param("\"Lena Ruiz said 'nobody will be left behind' and we believed her,\" Mr Pell said.",
                 "Lena Ruiz said 'nobody will be left behind' and we believed her,",
                 [("nobody will be left behind", "said", "Lena Ruiz")], id="straight-marks"),
    pytest.param("“I never heard the word ‘closure’ from anyone,” Mr Pell said.",
                 "I never heard the word ‘closure’ from anyone,", [("closure", None, None)], id="word-no-source"),
    pytest.param("“We will protect our users’ data at every step,” Mr Okonjo said.",
                 "We will protect our users’ data at every step,", [], id="possessive-is-not-nested"),
    pytest.param("“I grew up on rock 'n' roll and still play it loud,” Mr Okonjo said.",
                 "I grew up on rock 'n' roll and still play it loud,", [], id="rock-n-roll-is-not-nested"),
    pytest.param("“Lena Ruiz told us ‘stay home’ on the first night,” Mr Pell said.",
                 "Lena Ruiz told us ‘stay home’ on the first night,", [("stay home", "told", "Lena Ruiz")],
                 id="told-us"),
])
def test_nested_quotes(text, outer, nested):
    """A quote inside a direct quote stays in its content and is listed with its own source."""
    quote, = quoteattr.attribute(text).quotes
    assert quote.text == outer
    assert [(n.text, text_of(n.cue), text_of(n.source)) for n in quote.nested] == nested


# --- any arrangement of marks -------------------------------------------------

MARKS = ["“", "”", '"', "‘", "’", "'", "«", "»", "„", "''", "``", "‹", "›", "‚"]
WORDS = ["said", "told", "Mr", "Mr.", "he", "she", "Ann Lee", "reporters", "that", "we", "will", "act", "the",
         "according to", "added", "vowed to"]
PUNCTUATION = [" ", " ", ", ", ". ", ",", ".", ":", "\n", "\n\n", " — "]
arrangement = st.lists(st.sampled_from(MARKS + WORDS + PUNCTUATION), max_size=50).map("".join)


@settings(max_examples=300, deadline=None)
@given(arrangement)
def test_any_arrangement_of_marks_keeps_offsets(text):
    """No arrangement of marks, cue words and punctuation raises or breaks an offset."""
    doc = quoteattr.attribute(text)
    assert doc.text == text
    for span in iter_spans(doc):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
    for quote in doc.quotes:
        for q in (quote, *quote.nested):
            assert q.content, "a quote has at least one piece"
            for piece in q.content:
                assert piece.start < piece.end, "no empty piece"
            for before, after in zip(q.content, q.content[1:]):
                assert before.end <= after.start, "pieces are in text order and do not overlap"


def test_a_long_claimed_stretch_is_seen_past_a_short_one_inside_it():
    """The overlap test behind continuations and extensions sees nested content pieces."""
    from quoteattr.model import Kind, Quote, Span
    from quoteattr.quotes.marks import find_quoted
    from quoteattr.quotes.overlaps import Claimed

    text = "x" * 120 + " “The bridge will open in May.”"
    outer = Quote(kind=Kind.INDIRECT, content=(Span.of(text, 0, 150),))
    inner = Quote(kind=Kind.DIRECT, content=(Span.of(text, 10, 20),))
    (quoted,) = find_quoted(text, (Span.of(text, 0, len(text)),))
    assert Claimed.of([outer, inner]).overlaps(quoted)
    assert not Claimed.of([inner]).overlaps(quoted)


def test_a_quote_takes_on_at_most_fifty_quoted_sentences_after_its_frame():
    """“A,” she said. “B.” “C.” …: the quoted sentences after the frame go on the quote, up to a bound that keeps a
    paragraph of many frames and quotations linear."""
    text = "“The ferry is late,” Ms Varga said. " + "“The pier is shut.” " * (FOLLOWING_QUOTES + 5)
    quote = quoteattr.attribute(text).quotes[0]
    assert len(quote.content) == 1 + FOLLOWING_QUOTES
    assert all(piece.text == "The pier is shut." for piece in quote.content[1:])
