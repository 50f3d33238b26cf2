"""Speakers as entities: names, pronouns, descriptions and titles.

Quotes are built by hand (the engine is tested elsewhere): each row gives the
quote content and its source mention as substrings of the text; ``#2`` after
a needle picks its second whole-word occurrence.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.analysis import RulesAnalyzer
from quoteattr.lexicon import load_table
from quoteattr.model import Kind, Quote, Span
from quoteattr.quotes.names import PersonName, cluster_people, iter_name_candidates
from quoteattr.quotes.speakers import resolve_speakers
from quoteattr.quotes.titles import appositive_after_title, title_words
from tables import known_failure

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"


def find(text: str, needle: str) -> Span:
    """The whole-word occurrence of ``needle`` ("he#2": the second one)."""
    word, _, nth = needle.partition("#")
    pattern = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(word) + r"(?![\p{L}\p{N}])")
    matches = list(pattern.finditer(text))
    match = matches[int(nth or 1) - 1]
    return Span.of(text, match.start(), match.end())


def build(text: str, specs: list[tuple[str, str | None]]) -> list[Quote]:
    quotes = [Quote(Kind.INDIRECT, (find(text, content),), source=find(text, source) if source else None)
              for content, source in specs]
    return sorted(quotes, key=lambda q: q.start)


def resolve(text: str, specs: list[tuple[str, str | None]], carried=None):
    return resolve_speakers(RulesAnalyzer().analyze(text), build(text, specs), carried=carried)


def speaker_of(quote: Quote) -> tuple[str, str | None] | None:
    return (quote.speaker.name, quote.speaker.title) if quote.speaker else None


# --- names ------------------------------------------------------------------

NAME_CASES = [
    ("an-office-honorific-joins-the-one-it-named", "President Tom Reyl arrived with Ana Reyl. Ms Reyl said the pier "
     "was safe. President Reyl said the toll was unfair.", ("the toll was unfair", "President Reyl"), "Tom Reyl"),
    ("an-office-honorific-joins-the-one-a-role-set-off-named", "Mara Hale, a councillor, met Jon Hale on the quay. "
     "Councillor Hale said the crossing lost money.", ("the crossing lost money", "Councillor Hale"), "Mara Hale"),
    ("an-office-honorific-no-role-named-joins-the-most-recent", "Mara Hale, a teacher, met Jon Hale on the quay. "
     "Councillor Hale said the crossing lost money.", ("the crossing lost money", "Councillor Hale"), "Jon Hale"),
    ("a-courtesy-honorific-joins-the-most-recent-of-its-gender", "President Tom Reyl arrived with Ana Reyl. Ms Reyl "
     "said the pier was safe.", ("the pier was safe", "Ms Reyl"), "Ana Reyl"),
    ("full-name-then-honorific", "Tom Reyl arrived. Mr Reyl said talks went well.",
     ("talks went well", "Mr Reyl"), "Tom Reyl"),
    ("middle-initial-is-fullest", "Erik J. Osman spoke. Mr Osman said he was pleased.",
     ("he was pleased", "Mr Osman"), "Erik J. Osman"),
    ("a-given-name-after-their-and-a-relative-takes-the-surname-named-in-full", "Tom Reyl came with his wife Ana "
     "and their son Piet. Piet said the toll was unfair.", ("the toll was unfair", "Piet#2"), "Piet Reyl"),
    ("a-given-name-after-their-and-a-relative-takes-no-surname-of-an-honorific", "Ms Varga came with her husband "
     "and their son Piet. Piet said the toll was unfair.", ("the toll was unfair", "Piet#2"), "Piet"),
    ("an-unlisted-given-name-after-a-relative-takes-the-surname", "Lena Ruiz came with her brother, Marko. Marko "
     "said the toll was unfair.", ("the toll was unfair", "Marko#2"), "Marko Ruiz"),
    ("a-given-name-after-a-relative-opening-the-sentence-takes-the-surname-of-the-one-family-before", "Ana Reyl died "
     "on Monday. Her son Tom, 60, said she loved the sea.", ("she loved the sea", "Her son Tom"), "Tom Reyl"),
    ("a-given-name-after-a-relative-opening-the-sentence-takes-no-surname-after-two-families", "Ana Reyl met Piet "
     "Dahl on Monday. Her son Tom, 60, said she loved the sea.", ("she loved the sea", "Her son Tom"), "Tom"),
    ("a-given-name-after-a-relative-takes-no-surname-of-the-other-gender-before", "Piet Reyl died on Monday. Her "
     "son Marko, 60, said the sea was calm.", ("the sea was calm", "Her son Marko"), "Marko"),
    ("the-younger-of-one-surname-is-the-one-of-the-lower-age", "Tom Reyl, 70, runs the ferry with Piet Reyl, 41. "
     "Tom Reyl said the toll was high. The younger Reyl said the pier was unsafe.",
     ("the pier was unsafe", "The younger Reyl"), "Piet Reyl"),
    ("the-elder-of-one-surname-is-the-one-a-relative-makes-older", "Piet Reyl runs the ferry with his father, Tom "
     "Reyl. Piet Reyl said the toll was high. The elder Reyl said the pier was unsafe.",
     ("the pier was unsafe", "The elder Reyl"), "Tom Reyl"),
    ("the-younger-of-one-surname-is-the-son", "Tom Reyl runs the ferry with his son Piet. Tom Reyl said the toll was "
     "high. The younger Reyl said the pier was unsafe.", ("the pier was unsafe", "The younger Reyl"), "Piet Reyl"),
    ("the-younger-of-two-with-nothing-told-is-no-one-of-them", "Tom Reyl and Piet Reyl run the ferry. The younger "
     "Reyl said the pier was unsafe.", ("the pier was unsafe", "The younger Reyl"), "The younger Reyl"),
    ("the-younger-of-three-with-one-age-told-is-no-one-of-them", "Tom Reyl, 85, runs the ferry. Piet Reyl and Ana "
     "Reyl help. It could help the elder Mr Reyl, who said the pier was unsafe.",
     ("the pier was unsafe", "who"), "the elder Mr Reyl"),
    ("the-younger-of-one-person-of-a-surname-is-that-person", "Tom Reyl runs the ferry. The younger Reyl said the "
     "pier was unsafe.", ("the pier was unsafe", "The younger Reyl"), "Tom Reyl"),
    ("a-word-written-in-lower-case-after-a-relative-is-no-given-name", "Ms Ruiz came with her son, Frost. The frost "
     "was bad. Frost said the toll was unfair.", ("the toll was unfair", "Frost#2"), "Frost"),
    ("adverb-before-a-surname-is-no-given-name", "Tom Reyl arrived. Interestingly Reyl said the trip was a success.",
     ("the trip was a success", "Interestingly Reyl"), "Tom Reyl"),
    ("preposition-before-a-surname-is-no-given-name", "Tom Reyl runs the ferry. Against Reyl, the skippers stood "
     "firm. Reyl said the toll was fair.", ("the toll was fair", "Reyl"), "Tom Reyl"),
    ("preposition-opening-a-sentence-before-a-full-name", "To Ana Varga, the pier is home. Ms Varga said the toll "
     "was fair.", ("the toll was fair", "Ms Varga"), "Ana Varga"),
    ("given-name-spelt-like-a-preposition-stays", "Tom Reyl arrived. Toby Reyl said the trip was a success.",
     ("the trip was a success", "Toby Reyl"), "Toby Reyl"),
    ("an-initial-before-a-given-name-is-the-name's", "Harbour counsel W. Tom Reyl arrived. Mr Reyl said the toll "
     "was fair.", ("the toll was fair", "Mr Reyl"), "W. Tom Reyl"),
    ("a-word-before-a-given-name-is-no-name's", "Kremlin Tom Reyl arrived. Mr Reyl said the toll was fair.",
     ("the toll was fair", "Mr Reyl"), "Tom Reyl"),
    ("a-saint's-place-before-a-given-name-is-no-name", "Ida Lenz of St. Louis Ferries said the toll was unfair.",
     ("the toll was unfair", "Ida Lenz of St. Louis Ferries"), "Ida Lenz"),
    ("a-place-opener-before-a-given-name-is-no-name", "Ida Lenz of Fort William Docks said the toll was unfair.",
     ("the toll was unfair", "Ida Lenz of Fort William Docks"), "Ida Lenz"),
    ("given-name-in-ly-stays-a-given-name", "Tom Reyl arrived. Kelly Reyl said the trip was a success.",
     ("the trip was a success", "Kelly Reyl"), "Kelly Reyl"),
    ("a-possessor-named-in-full-is-not-the-one-named-by-surname-before", "Dr Sand treated the men. Erik Sand's "
     "sister ran the cafe. Dr Sand said all three were well.", ("all three were well", "Dr Sand#2"), "Sand"),
    ("a-full-name-no-possessor-joins-the-one-named-by-surname-before", "Dr Sand treated the men. Erik Sand ran the "
     "cafe. Dr Sand said all three were well.", ("all three were well", "Dr Sand#2"), "Erik Sand"),
    ("a-possessor-of-no-relative-joins-the-one-named-by-surname-before", "Dr Sand treated the men. Erik Sand's "
     "boat sank. Dr Sand said all three were well.", ("all three were well", "Dr Sand#2"), "Erik Sand"),
    ("a-relative-set-off-after-a-full-name-is-not-the-one-named-by-surname-before", "Dr Sand, a surgeon, said the "
     "pier was unsafe. Lena Sand, his wife, said the quay was closed.", ("the pier was unsafe", "Dr Sand"), "Sand"),
    ("a-relative-set-off-after-a-full-name-is-a-person-of-her-own", "Dr Sand, a surgeon, said the pier was unsafe. "
     "Lena Sand, his wife, said the quay was closed.", ("the quay was closed", "Lena Sand"), "Lena Sand"),
    ("a-later-honorific-after-a-relative-set-off-is-the-first-one", "Dr Sand treated the men. Lena Sand, his wife, "
     "ran the cafe. Dr Sand said all three were well.", ("all three were well", "Dr Sand#2"), "Sand"),
    ("a-role-set-off-after-a-full-name-joins-the-one-named-by-surname-before", "Dr Sand said the pier was unsafe. "
     "Lena Sand, a teacher, said the quay was closed.", ("the pier was unsafe", "Dr Sand"), "Lena Sand"),
    ("a-bare-surname-takes-a-relative's-possessor-before-the-relative", "Tom Reyl's son, Piet, drowned. Reyl said "
     "the sea was rough.", ("the sea was rough", "Reyl#2"), "Tom Reyl"),
    ("a-relative's-possessor-joins-a-headline's-bare-surname", "Sand's Sister Speaks\n\nErik Sand's sister ran the "
     "cafe. He said the sea was rough.", ("the sea was rough", "He"), "Erik Sand"),
    ("possessive-mention", "Erik Osman's plane landed. Osman said the trip was a success.",
     ("the trip was a success", "Osman"), "Erik Osman"),
    ("senator-with-party", "Sen. Jon Lund (R-Fla.) spoke. Lund said the bill would pass.",
     ("the bill would pass", "Lund"), "Jon Lund"),
    ("bare-surname-goes-to-latest-ruiz", "Ana Ruiz met Tom Ruiz. Ruiz said it was cordial.",
     ("it was cordial", "Ruiz#3"), "Tom Ruiz"),
    ("mrs-goes-to-the-woman", "Ana Ruiz met Tom Ruiz. Mrs Ruiz said it was cordial.",
     ("it was cordial", "Mrs Ruiz"), "Ana Ruiz"),
    ("mr-goes-to-the-man", "Tom Ruiz met Ana Ruiz. Mr Ruiz said it was cordial.",
     ("it was cordial", "Mr Ruiz"), "Tom Ruiz"),
    ("three-ruizes", "Ana Ruiz came with Ida Ruiz and Tom Ruiz. Ida Ruiz said all was well.",
     ("all was well", "Ida Ruiz#2"), "Ida Ruiz"),
    ("ms-skips-a-later-man", "Ida Ruiz sat beside Tom Ruiz. Ms Ruiz said all was well.",
     ("all was well", "Ms Ruiz"), "Ida Ruiz"),
    ("surname-before-full-name", "Ruiz said the plan would work. Ana Ruiz has long backed it.",
     ("the plan would work", "Ruiz"), "Ana Ruiz"),
    ("no-given-name-anywhere", "Mr Osman said the ban would come soon.",
     ("the ban would come soon", "Mr Osman"), "Osman"),
    ("office-honorific-not-in-name", "President Hale said the law would stand.",
     ("the law would stand", "President Hale"), "Hale"),
    ("occupation-not-in-name", "Fisherman Ole Dahl said the catch was poor.",
     ("the catch was poor", "Fisherman Ole Dahl"), "Ole Dahl"),
    ("occupation-before-one-word-is-no-person", "Skipper Freight said the pier fees were too high.",
     ("the pier fees were too high", "Skipper Freight"), "Skipper Freight"),
    ("sentence-adverb-not-in-name", "Ex-mayor Piet Osman opened the pier. Later Osman said the ferry was late.",
     ("the ferry was late", "Osman#2"), "Piet Osman"),
    ("sentence-adverb-before-another-surname", "Ex-mayor Piet Osman opened the pier. Later Reyl said the ferry was late.",
     ("the ferry was late", "Reyl"), "Reyl"),
    ("short-surname-ending-a-sentence-is-no-abbreviation", "Mr Reyl met Ana Brun. Brun said the pier was old.",
     ("the pier was old", "Brun#2"), "Ana Brun"),
    ("short-surname-before-a-pronoun-is-no-abbreviation", "Mr Reyl met Ana Brun. She said the pier was old.",
     ("the pier was old", "She"), "Ana Brun"),
    ("listed-abbreviation-still-opens-a-name", "Sgt. Ana Brun spoke. Brun said the pier was old.",
     ("the pier was old", "Brun#2"), "Ana Brun"),
    ("surname-of-a-name-vouched-by-its-role", "The council's leader, Mette Berg, spoke. Later, Berg said the pier was old.",
     ("the pier was old", "Berg#2"), "Mette Berg"),
    ("unlisted-given-name-then-its-surname-alone", "Mette Dahl said the pier was unsafe. Dahl added that the toll "
     "was fair.", ("the toll was fair", "Dahl#2"), "Mette Dahl"),
    ("unlisted-given-name-then-its-surname-as-source", "Sofie Lund arrived late. Lund said the pier was unsafe.",
     ("the pier was unsafe", "Lund#2"), "Sofie Lund"),
    ("sentence-adverb-then-a-repeated-word-is-no-name", "Perhaps Lyme will vote again. Lyme said the toll was high.",
     ("the toll was high", "Lyme#2"), "Lyme"),
    ("word-written-in-lower-case-is-no-given-name", "Busy Lyme will vote. The town is busy. Lyme said the toll was "
     "high.", ("the toll was high", "Lyme#2"), "Lyme"),
    ("word-after-a-determiner-is-no-surname", "Lyme Ferrymen met in May. Some Ferrymen stayed away. Ferrymen said "
     "the toll was high.", ("the toll was high", "Ferrymen#3"), "Ferrymen"),
    ("surname-after-that-is-still-a-surname", "Sofie Lund arrived late. Officials said that Lund was right. Lund "
     "said the toll was high.", ("the toll was high", "Lund#3"), "Sofie Lund"),
    ("given-name-from-abroad-in-a-firm-name", "Astrid Ferry Company said fares would fall.",
     ("fares would fall", "Astrid Ferry Company"), "Astrid Ferry Company"),
    ("doctor-not-in-name", "Dr Lena Ruiz said masks help.", ("masks help", "Dr Lena Ruiz"), "Lena Ruiz"),
    ("initial-matches-given-name", "John Smith arrived late. J. Smith said the vote was fair.",
     ("the vote was fair", "J. Smith"), "John Smith"),
    ("apostrophe-name", "Tom O'Reyl said the race was close.", ("the race was close", "Tom O'Reyl"),
     "Tom O'Reyl"),
    ("source-with-title-premodifier", "Comments from US envoy Jane Doe suggested more. US envoy Jane Doe said talks were over.",
     ("talks were over", "US envoy Jane Doe"), "Jane Doe"),
    ("administration-is-not-the-president", "President Varga spoke. The Varga administration said it would act.",
     ("it would act", "The Varga administration"), "The Varga administration"),
    ("administration-officials-are-a-group", "Varga administration officials said the rule was final.",
     ("the rule was final", "Varga administration officials"), "Varga administration officials"),
    ("honorific-alone-names-nobody", "Nobody signed it. “We will see,” said Mr.", ("We will see,", "Mr"), ""),
    ("organisation-short-form", "The Lyme Post reported a leak. The Post said the source was solid.",
     ("the source was solid", "The Post"), "The Lyme Post"),
    ("country", "The US has claimed the data is at risk.", ("the data is at risk", "The US"), "The US"),
    ("a-given-name-alone-is-the-person-of-that-given-name", "Ann Varga runs the cafe. Ann said the pier was busy.",
     ("the pier was busy", "Ann#2"), "Ann Varga"),
    ("a-wife-set-off-by-her-given-name-takes-his-surname", "Tom Varga and his wife, Ann, run the cafe. Ann said "
     "the pier was busy.", ("the pier was busy", "Ann#2"), "Ann Varga"),
    ("a-husband-set-off-at-a-sentence-end-takes-her-surname", "Ann Varga runs the cafe with her husband, Tom. Tom "
     "said the pier was busy.", ("the pier was busy", "Tom#2"), "Tom Varga"),
    ("the-relative-is-the-last-person-of-the-pronouns-gender", "Ann Varga met Tom Reyl and his son, Piet, at the "
     "pier. Piet said the ferry was late.", ("the ferry was late", "Piet#2"), "Piet Reyl"),
    ("a-wife-named-without-commas-takes-his-surname", "Tom Varga and his wife Ann run the cafe. Ann said the pier "
     "was busy.", ("the pier was busy", "Ann#2"), "Ann Varga"),
    ("a-named-possessors-wife-takes-his-surname", "Tom Varga's wife Ann said the pier was busy. Ann said trade was "
     "slow.", ("trade was slow", "Ann#2"), "Ann Varga"),
    ("a-wife-of-some-years-set-off-by-her-given-name-takes-his-surname", "Tom Varga and his wife of 40 years, "
     "Ann, run the cafe. Ann said the pier was busy.", ("the pier was busy", "Ann#2"), "Ann Varga"),
    ("a-wife-of-a-town-set-off-by-her-given-name-keeps-no-surname", "Tom Varga and his wife of Lyme, Ann, run the "
     "cafe. Ann said the pier was busy.", ("the pier was busy", "Ann#2"), "Ann"),
    ("a-plural-possessors-son-keeps-no-surname", "The Vargas' son, Piet, said the pier was busy. Piet said trade "
     "was slow.", ("trade was slow", "Piet#2"), "Piet"),
    ("a-friend-set-off-by-a-given-name-keeps-no-surname", "Tom Varga and his friend, Ann, run the cafe. Ann said "
     "the pier was busy.", ("the pier was busy", "Ann#2"), "Ann"),
    ("a-bare-surname-is-the-one-whose-surname-is-written", "Tom Varga and his wife, Ann, run the cafe. Varga said "
     "the pier was busy.", ("the pier was busy", "Varga#2"), "Tom Varga"),
    ("an-honorific-and-surname-is-the-one-whose-surname-is-written", "Tom Varga and his son, Piet, run the cafe. "
     "Mr Varga said the pier was busy.", ("the pier was busy", "Mr Varga"), "Tom Varga"),
    ("a-feminine-honorific-is-the-wife", "Tom Varga and his wife, Ann, run the cafe. Mrs Varga said the pier was "
     "busy.", ("the pier was busy", "Mrs Varga"), "Ann Varga"),
    ("a-relative-set-off-opening-the-sentence-after-one-family-takes-the-surname", "Tom Varga met skippers. His "
     "wife, Ida, ran the cafe. Ida said the pier was busy.", ("the pier was busy", "Ida#2"), "Ida Varga"),
    ("a-relative-set-off-opening-the-sentence-after-two-families-keeps-no-surname", "Tom Varga met Piet Dahl. His "
     "wife, Ida, ran the cafe. Ida said the pier was busy.", ("the pier was busy", "Ida#2"), "Ida"),
    ("a-relative-not-set-off-opening-the-sentence-keeps-no-surname", "Tom Varga met skippers. His wife Ida ran the "
     "cafe. Ida said the pier was busy.", ("the pier was busy", "Ida#2"), "Ida"),
    ("a-spouse-set-off-opening-the-sentence-is-titled-for-the-tie", "Tom Reyl runs the shop. His wife, Lena, said "
     "customers were stocking up.", ("customers were stocking up", "Lena"), "Lena Reyl"),
    ("a-body-with-for-after-of-is-the-names", "Tom Reyl of the Centre for Harbour Studies said the toll was unfair. "
     "Reyl said fares would rise.", ("fares would rise", "Reyl#2"), "Tom Reyl"),
    ("a-body-described-in-lower-case-after-of-is-the-names", "Ida Lenz of ferry operator Bay Lines said the toll "
     "was unfair.", ("the toll was unfair", "Ida Lenz of ferry operator Bay Lines"), "Ida Lenz"),
    ("a-spokeswoman-for-one-of-a-body-stays-a-description", "A spokeswoman for Ida Lenz of Bay Lines said the toll "
     "was unfair.", ("the toll was unfair", "A spokeswoman for Ida Lenz of Bay Lines"),
     "A spokeswoman for Ida Lenz of Bay Lines"),
    ("a-plural-the-text-writes-in-lower-case-is-no-surname", "Lyme Skippers' Association said the toll was unfair. "
     "Many skippers agreed. Skippers said they would block the harbour.",
     ("they would block the harbour", "Skippers#2"), "Skippers"),
    ("a-surname-in-s-never-written-in-lower-case-stays-a-surname", "Ida Sanders spoke on Monday. Sanders said the "
     "toll was unfair.", ("the toll was unfair", "Sanders#2"), "Ida Sanders"),
    ("a-body-with-an-ampersand-after-of-is-the-names", "The skippers' lawyer, Ida Lenz of Lenz & Partners, said the "
     "case could go to court.", ("the case could go to court", "Ida Lenz of Lenz & Partners"), "Ida Lenz"),
    ("an-office-before-a-given-name-alone-is-no-one-else", "Bill Reyl runs the cafe. Mayor Bill said the "
     "pier was busy.", ("the pier was busy", "Mayor Bill"), "Bill"),
    ("particles-join-a-given-name-to-the-surname", "Bill Reyl runs the cafe. Mayor Bill de Vries said the pier was "
     "busy.", ("the pier was busy", "Mayor Bill de Vries"), "Bill de Vries"),
    ("a-capitalised-particle-opens-the-surname", "Ana de la Vega runs the cafe. De la Vega said the pier was busy.",
     ("the pier was busy", "De la Vega"), "Ana de la Vega"),
    ("particles-after-an-honorific-are-the-name", "Omar bin Said runs the cafe. Mr bin Said said the pier was busy.",
     ("the pier was busy", "Mr bin Said"), "Omar bin Said"),
    ("particles-after-a-word-that-is-no-given-name-join-nothing", "Tom Reyl runs the Cinco de Mayo fair. Mayo said "
     "the pier was busy.", ("the pier was busy", "Mayo"), "Mayo"),
    ("a-question-word-opens-no-name", "What Reyl did was wrong, the skippers say. Later Reyl said the pier was "
     "safe.", ("the pier was safe", "Reyl#2"), "Reyl"),
    ("a-determiner-opens-no-name", "Some Kell allies left the pier. Mr Kell said the ferry was late.",
     ("the ferry was late", "Mr Kell"), "Kell"),
    ("a-name-after-a-question-word-joins-the-full-name", "Tom Reyl left. Why Reyl left is unclear. Later Reyl "
     "said the pier was safe.", ("the pier was safe", "Reyl#3"), "Tom Reyl"),
    ("a-given-name-alone-skips-a-person-of-the-other-gender", "Ann Varga met skippers. Mr Ann said the pier was "
     "busy.", ("the pier was busy", "Mr Ann"), "Ann"),
    ("post-nominal-letters-are-no-part-of-the-name", "Amy Shaw MP said the toll was welcome. Ms Shaw added that she "
     "would visit the pier.", ("the toll was welcome", "Amy Shaw MP"), "Amy Shaw"),
    ("post-nominal-letters-then-the-surname-are-one-person", "Amy Shaw MP said the toll was welcome. Ms Shaw added "
     "that she would visit the pier.", ("she would visit the pier", "Ms Shaw"), "Amy Shaw"),
    ("two-post-nominals-are-no-part-of-the-name", "Tom Reyl QC MBE said the ferry was late.",
     ("the ferry was late", "Tom Reyl QC MBE"), "Tom Reyl"),
    ("a-suffix-after-a-full-name-is-no-part-of-it", "Tom Reyl Jr. said the ferry was late. Mr Reyl added that the "
     "pier was old.", ("the ferry was late", "Tom Reyl Jr."), "Tom Reyl"),
    ("a-roman-suffix-after-a-full-name-is-no-part-of-it", "Tom Reyl III said the ferry was late.",
     ("the ferry was late", "Tom Reyl III"), "Tom Reyl"),
    ("an-epithet-after-a-surname-is-the-person", "Ana Varga runs the port. Varga the realist said the toll will "
     "never be enough.", ("the toll will never be enough", "Varga the realist"), "Ana Varga"),
    ("a-name-inside-a-phrase-before-an-epithet-names-the-phrase", "Ana Varga runs the port. A letter to Varga the "
     "realist said the toll will never be enough.", ("the toll will never be enough", "A letter to Varga the realist"),
     "A letter to Varga the realist"),
    ("a-weekday-after-an-honorific-and-surname-is-no-part-of-the-name", "Ms Varga Monday said the ferry was late.",
     ("the ferry was late", "Ms Varga"), "Varga"),
    ("a-weekday-after-a-full-name-is-no-part-of-it", "Tom Reyl Monday said the ferry was late. Mr Reyl added that "
     "the pier was old.", ("the pier was old", "Mr Reyl"), "Tom Reyl"),
    ("a-weekday-as-a-surname-after-a-given-name-stays", "Ann Friday said the ferry was late.",
     ("the ferry was late", "Ann Friday"), "Ann Friday"),
    ("a-name-in-capitals-is-the-person-named-in-mixed-case", "Ana Varga spoke to Harbour FM.\nHOST: Is the pier "
     "safe?\nMS VARGA: No. It must close.", ("It must close", "MS VARGA"), "Ana Varga"),
    ("a-role-label-in-capitals-stays-as-it-is", "Ana Varga spoke to Harbour FM.\nHOST: Is the pier safe?\nMS "
     "VARGA: No.", ("Is the pier safe", "HOST"), "HOST"),
    ("a-family-name-written-first-that-comes-back-alone-is-one-person", "Zhang Wei said the toll was fair. Zhang "
     "added that the pier was old.", ("the pier was old", "Zhang#2"), "Zhang Wei"),
    ("a-first-word-back-alone-before-a-common-word-is-no-family-name", "Bayview Research said the toll was fair. Its "
     "research is old. Bayview added that the pier was old.", ("the pier was old", "Bayview#2"), "Bayview"),
    ("a-suffix-after-an-honorific-and-surname-is-no-part-of-it", "Mr Reyl Jr. said the ferry was late. Mr Reyl "
     "added that the pier was old.", ("the ferry was late", "Mr Reyl Jr."), "Reyl"),
    ("a-suffix-after-an-office-and-surname-is-no-part-of-it", "Mayor Reyl Sr. said the ferry was late.",
     ("the ferry was late", "Mayor Reyl Sr."), "Reyl"),
    ("a-no-break-space-before-a-suffix-is-a-space", "Tom Reyl\u00a0Jr. said the ferry was late. Mr\u00a0Reyl "
     "added that the pier was old.", ("the ferry was late", "Tom Reyl\u00a0Jr."), "Tom Reyl"),
    ("a-no-break-space-before-letters-is-a-space", "Amy Shaw\u00a0MP said the toll was welcome.",
     ("the toll was welcome", "Amy Shaw\u00a0MP"), "Amy Shaw"),
    ("a-suffix-after-a-given-name-alone-is-another-person", "Tom Reyl spoke. His son Tom Jr. said the ferry was "
     "late.", ("the ferry was late", "His son Tom Jr."), "His son Tom Jr."),
    ("an-accented-given-name-is-a-given-name", "Ana María de la Vega runs the cafe. De la Vega said the pier was "
     "busy.", ("the pier was busy", "De la Vega"), "Ana María de la Vega"),
    ("an-accented-given-name-makes-its-surname-a-person", "José Núñez runs the cafe. Núñez said the pier was busy.",
     ("the pier was busy", "Núñez"), "José Núñez"),
    ("a-particle-spelt-as-a-given-name-before-another-opens-the-surname", "Pieter van der Berg runs the cafe. Van der "
     "Berg said the pier was busy.", ("the pier was busy", "Van der Berg"), "Pieter van der Berg"),
    ("a-particle-spelt-as-a-given-name-alone-stays-a-given-name", "Tom van Reyl runs the cafe. Van Reyl said the "
     "pier was busy.", ("the pier was busy", "Van Reyl"), "Van Reyl"),
    ("a-hyphened-particle-stays-on-the-surname", "Omar al-Rashid runs the chandlery. Al-Rashid said the pier was "
     "busy.", ("the pier was busy", "Al-Rashid"), "Omar al-Rashid"),
    ("a-hyphened-particle-after-an-honorific", "Omar al-Rashid runs the chandlery. Mr al-Rashid said the pier was "
     "busy.", ("the pier was busy", "Mr al-Rashid"), "Omar al-Rashid"),
    ("a-namesake-after-kin-is-no-other-name-of-the-person", "Tom Reyl and his son Tom Jr. said the toll was "
     "unfair.", ("the toll was unfair", "Tom Reyl and his son Tom Jr."), "Tom Reyl and his son Tom Jr."),
    ("a-given-name-and-suffix-after-kin-of-a-surname-is-no-other-name-of-the-person", "Mr Reyl came with his son "
     "Tom Jr. to the quay. Tom Jr. said the toll was unfair.", ("the toll was unfair", "Tom Jr.#2"), "Tom Jr."),
    ("a-given-name-after-kin-of-a-surname-with-a-suffix-is-no-other-name-of-the-person", "Mr Reyl and his son "
     "Tom Jr. toured the quay. Tom said the toll was unfair.", ("the toll was unfair", "Tom#2"), "Tom"),
    ("a-body-a-name-is-from-is-no-part-of-the-name", "Ana Varga from the harbour board said the toll would stay.",
     ("the toll would stay", "Ana Varga from the harbour board"), "Ana Varga"),
    ("a-named-body-a-name-is-from-is-no-part-of-the-name", "Ana Varga from the Lyme Skippers' Association said the "
     "toll would stay.", ("the toll would stay", "Ana Varga from the Lyme Skippers' Association"), "Ana Varga"),
    ("a-church-office-honorific-is-no-part-of-the-name", "Canon Tom Reyl led the vigil. Canon Reyl said the crew "
     "were in his prayers.", ("the crew were in his prayers", "Canon Reyl"), "Tom Reyl"),
    ("a-peer's-style-is-no-part-of-the-name", "Baroness Ana Varga opened the pier. Baroness Varga said the toll "
     "was fair.", ("the toll was fair", "Baroness Varga"), "Ana Varga"),
    ("a-courtesy-style-is-no-part-of-the-name", "The Rt Hon Tom Reyl said the toll was fair.",
     ("the toll was fair", "The Rt Hon Tom Reyl"), "Tom Reyl"),
    ("an-elided-particle-opens-the-surname", "Dr. Jean-Luc d'Amato runs the cafe. D'Amato said the pier was busy.",
     ("the pier was busy", "D'Amato"), "Jean-Luc d'Amato"),
    ("herself-after-a-surname-is-the-woman-of-that-name", "Tom Reyl spoke first. Ana Reyl spoke later. Tom Reyl "
     "said the pier was old. Reyl herself said the toll was unfair.", ("the toll was unfair", "Reyl#4"), "Ana Reyl"),
    ("a-surname-alone-is-the-most-recent-of-that-name", "Tom Reyl spoke first. Ana Reyl spoke later. Tom Reyl "
     "said the pier was old. Reyl said the toll was unfair.", ("the toll was unfair", "Reyl#4"), "Tom Reyl"),
    ("common-words-of-a-title-before-a-surname-named-in-full-are-no-name", "President Tom Reyl spoke first. The "
     "pier is older than the quay. A column ran as “Why Lyme Is Safer Than Visiting Reyl.” Reyl said the toll was "
     "unfair.", ("the toll was unfair", "Reyl#3"), "Tom Reyl"),
    ("a-question-verb-before-a-surname-named-in-full-is-no-name", "President Tom Reyl runs the pier. The council "
     "does not back the toll. Does Reyl back it? Reyl said it was fair.", ("it was fair", "Reyl#3"), "Tom Reyl"),
    ("common-words-before-a-given-name-are-no-name", "Mayor Ana Reyl spoke first. The pier is older than the quay. "
     "The Gazette ran “Ferry Than Tom Reyl.” Reyl said the toll was unfair.", ("the toll was unfair", "Reyl#3"),
     "Tom Reyl"),
    ("a-common-word-before-a-surname-no-one-else-bears-stays", "Will Osk, the harbour master, said the pier was safe. "
     "The toll will rise. Osk said it was fair.", ("it was fair", "Osk#2"), "Will Osk"),
    ("letters-in-lower-case-are-no-post-nominal", "Tom Reyl Mp said the ferry was late.",
     ("the ferry was late", "Tom Reyl Mp"), "Tom Reyl Mp"),
]


@pytest.mark.parametrize(("text", "spec", "name"), [row[1:] for row in NAME_CASES], ids=[row[0] for row in NAME_CASES])
def test_names(text, spec, name):
    """The speaker's name is the fullest proper name of the right entity."""
    quotes, _ = resolve(text, [spec])
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == name


def test_an_honorific_in_capitals_stands_in_for_a_title():
    """"PC Tom Reyl" is a constable, as "Constable Tom Reyl" is, and "PC Reyl" later is he."""
    text = "PC Tom Reyl told the court the boat was empty. PC Reyl said he had called for help."
    quotes, _ = resolve(text, [("the boat was empty", "PC Tom Reyl"), ("he had called for help", "PC Reyl")])
    assert [speaker_of(quote) for quote in quotes] == [("Tom Reyl", "PC"), ("Tom Reyl", "PC")]


def test_an_honorific_in_capitals_before_no_name_is_none():
    """"a PC" before a lower-case word is a computer, no honorific: the name after the sentence is no constable."""
    text = "Tom Reyl bought a PC. Reyl said it was slow."
    quotes, _ = resolve(text, [("it was slow", "Reyl")])
    assert speaker_of(quotes[0]) == ("Tom Reyl", None)


def test_a_described_body_and_a_named_one_are_one_group():
    """"The harbour board and Pier Lines" speak together, as "The mayor and Mr Reyl" do."""
    text = "The harbour board and Pier Lines said the ferry would run."
    quotes, _ = resolve(text, [("the ferry would run", "The harbour board and Pier Lines")])
    assert speaker_of(quotes[0]) == ("The harbour board and Pier Lines", None)


def test_a_described_body_and_a_group_of_people_stay_one_description():
    """With no capitalised name after "and", the source is one description, as before."""
    text = "The harbour board and the skippers said the ferry would run."
    quotes, _ = resolve(text, [("the ferry would run", "The harbour board and the skippers")])
    assert speaker_of(quotes[0]) == ("The harbour board and the skippers", None)


@known_failure("a double surname is read as one word after the particles, so 'Ms de la Cruz' is another person")
def test_the_first_of_a_double_surname_after_particles_is_the_person():
    """"Marta de la Cruz Ortega … Ms de la Cruz" is one woman, her first surname repeated."""
    text = "Marta de la Cruz Ortega, a nurse, said the clinic was full. Ms de la Cruz said staff were tired."
    quotes, _ = resolve(text, [("the clinic was full", "Marta de la Cruz Ortega"),
                               ("staff were tired", "Ms de la Cruz")])
    assert quotes[1].speaker == quotes[0].speaker


def test_only_a_listed_particle_joins_a_name_by_a_hyphen():
    """"al-Rashid" is a name's word; the capitalised word after "anti-" is none."""
    text = "Omar al-Rashid met the anti-Reyl skippers."
    assert [mention.name.text for mention in iter_name_candidates(text)] == ["Omar al-Rashid"]


def test_two_ruizes_stay_apart():
    """Two people with one surname are two speakers."""
    text = "Ana Ruiz said taxes would rise. Tom Ruiz said they would not."
    quotes, speakers = resolve(text, [("taxes would rise", "Ana Ruiz"), ("they would not", "Tom Ruiz")])
    assert [s.name for s in speakers] == ["Ana Ruiz", "Tom Ruiz"]
    assert quotes[0].speaker != quotes[1].speaker


def test_mentions_cover_the_whole_document():
    """A caption line and an honorific form are mentions too; offsets slice the text."""
    text = "Jane Doe © Agency\n\nMs Doe said the plant would close. Her deputy agreed."
    quotes, speakers = resolve(text, [("the plant would close", "Ms Doe")])
    assert [m.text for m in speakers[0].mentions] == ["Jane Doe", "Ms Doe"]
    assert all(text[m.start:m.end] == m.text for m in speakers[0].mentions)


@pytest.mark.parametrize(("text", "mentions"), [
    ("Ida Lenz of Lenz & Partners said the toll was high. Ms Lenz added that the pier was old.",
     ["Ida Lenz", "Ms Lenz"]),  # the firm's "Lenz" is no mention of her
    ("Ida Lenz of Lyme met Lenz. Ms Lenz said the toll was high.", ["Ida Lenz", "Lenz", "Ms Lenz"]),
])
def test_a_surname_in_the_name_of_a_body_a_person_is_of_is_no_mention(text, mentions):
    quotes, speakers = resolve(text, [("the toll was high", "Ms Lenz" if "Ms Lenz said" in text else "Ida Lenz")])
    assert [m.text for m in quotes[0].speaker.mentions] == mentions


@pytest.mark.parametrize(("text", "first", "second", "name"), [
    ("Harbour FM spoke to skippers.\nMS VARGA: It must close.\nVARGA: The toll will rise.", "MS VARGA", "VARGA#2",
     "VARGA"),  # no name in mixed case: as written, without the honorific
    ("Harbour FM spoke to skippers.\nTOM REYL: It must close.\nREYL: The toll will rise.", "TOM REYL", "REYL#2",
     "TOM REYL"),
])
def test_a_name_in_capitals_with_no_mixed_case_is_one_person(text, first, second, name):
    quotes, _ = resolve(text, [("It must close", first), ("The toll will rise", second)])
    assert quotes[0].speaker is quotes[1].speaker
    assert quotes[0].speaker.name == name


def test_a_body_that_it_stands_for_is_mentioned_by_its_name():
    """The body "it" takes from the subject of the sentence before is mentioned there by its name."""
    text = "Lyme Town Council met on Tuesday. It said the decision was final."
    _, speakers = resolve(text, [("the decision was final", "It")])
    assert [m.text for m in speakers[0].mentions] == ["Lyme Town Council", "It"]


# --- pronouns -----------------------------------------------------------------

PRONOUN_CASES = [
    ("he-after-a-name", "Tom Reyl spoke on Sunday. He said the deal was close.",
     [("the deal was close", "He")], ["Tom Reyl"]),
    ("she-after-reported-words-and-which-is-the-name-in-them", "Tom Reyl spoke first. Skippers said Ann Varga was "
     "a critic of the toll, which she thought unfair.",
     [("Ann Varga was a critic of the toll", "Skippers"), ("unfair", "she")], ["Skippers", "Ann Varga"]),
    ("he-after-reported-words-and-after-is-the-name-in-them", "Ann Lind spoke first. Skippers blamed Tom Reyl for "
     "the toll after he raised it.", [("Tom Reyl for the toll", "Skippers"), ("it", "he")], ["Skippers", "Tom Reyl"]),
    ("he-after-his-own-reported-words-is-not-the-name-in-them", "Tom Dunn spoke first. Skippers back Tom Reyl, he "
     "said.", [("Skippers back Tom Reyl", "he")], ["Tom Dunn"]),
    ("he-after-reported-words-with-no-opener-is-the-earlier-name", "Tom Dunn spoke first. Skippers said Tom Reyl "
     "was wrong, and he said the toll was fair.",
     [("Tom Reyl was wrong", "Skippers"), ("the toll was fair", "he")], ["Skippers", "Tom Dunn"]),
    ("he-skips-a-woman", "John Brown met Mary Smith. He said the talks went well.",
     [("the talks went well", "He")], ["John Brown"]),
    ("she-skips-a-man", "Mary Smith met John Brown. She said the talks went well.",
     [("the talks went well", "She")], ["Mary Smith"]),
    ("she-is-a-wife-set-off-by-her-given-name", "Tom Varga and his wife, Ann, run the cafe. She said the pier was "
     "busy.", [("the pier was busy", "She")], ["Ann Varga"]),
    ("she-by-honorific", "Mr Smith met Ms Jones. She said the plan was sound.",
     [("the plan was sound", "She")], ["Jones"]),
    ("office-title-yields-to-a-womans-given-name",
     "Tom Reyl left. Chairman Ann Varga admitted the vote was close. She said the board would meet.",
     [("the vote was close", "Chairman Ann Varga"), ("the board would meet", "She")], ["Ann Varga", "Ann Varga"]),
    ("office-title-tells-the-gender-without-a-given-name",
     "Ms Varga left. Chairman Reyl admitted the vote was close. He said the board would meet.",
     [("the vote was close", "Chairman Reyl"), ("the board would meet", "He")], ["Reyl", "Reyl"]),
    ("they-to-a-group", "Top Republican senators have warned that the deal is weak. They said it must change.",
     [("the deal is weak", "Top Republican senators"), ("it must change", "They")],
     ["Top Republican senators", "Top Republican senators"]),
    ("they-skip-a-person", "The ministry said fees would rise. Mr Brown left. They said more would follow.",
     [("fees would rise", "The ministry"), ("more would follow", "They")], ["The ministry", "The ministry"]),
    ("it-to-an-organisation", "The ministry said fees would rise. It added that rents would too.",
     [("fees would rise", "The ministry"), ("rents would too", "It")], ["The ministry", "The ministry"]),
    ("he-not-from-quoted-words", "“Mr Osman will decide,” Mr Reyl said. He said more was coming.",
     [("Mr Osman will decide,", "Mr Reyl"), ("more was coming", "He")], ["Reyl", "Reyl"]),
    ("he-not-from-reported-content", "Mr Reyl said Mr Osman was close to a deal. He said talks would resume.",
     [("Mr Osman was close to a deal", "Mr Reyl"), ("talks would resume", "He")], ["Reyl", "Reyl"]),
    ("unresolved-he-has-no-name", "He said the talks failed.", [("the talks failed", "He")], [""]),
    ("unresolved-she-with-only-men", "John Brown left early. She said the talks failed.",
     [("the talks failed", "She")], [""]),
    ("she-to-a-spokeswoman", "A spokeswoman for the firm said sales fell. She said costs rose.",
     [("sales fell", "A spokeswoman for the firm"), ("costs rose", "She")],
     ["A spokeswoman for the firm", "A spokeswoman for the firm"]),
    ("he-skips-a-name-with-a-feminine-role", "Mr Vale thanked Kit Moor, his spokeswoman. "
     "He said the vote was fair.", [("the vote was fair", "He")], ["Vale"]),
    ("he-may-be-a-name-with-a-masculine-role", "Mr Vale thanked his aide, and his spokesman, Kit Moor. "
     "She said the vote was fair.", [("the vote was fair", "She")], ["Kit Moor"]),
    ("he-to-a-source-name-told-by-his", "Ole Dahl says his stall is quiet. He said trade was poor.",
     [("his stall is quiet", "Ole Dahl"), ("trade was poor", "He")], ["Ole Dahl", "Ole Dahl"]),
    ("he-not-to-a-firm-told-by-its", "Bay Ferries says its boats are full. He said trade was poor.",
     [("its boats are full", "Bay Ferries"), ("trade was poor", "He")], ["Bay Ferries", ""]),
    ("she-skips-a-description-of-a-man", "Ms Dahl grew up by the sea. Her father wanted her to teach. "
     "She said the sea won.", [("her to teach", "Her father"), ("the sea won", "She")],
     ["father of Dahl", "Dahl"]),
    ("he-may-take-a-description-of-a-man", "Ms Dahl grew up by the sea. Her father wanted her to teach. "
     "He said the sea was cruel.", [("her to teach", "Her father"), ("the sea was cruel", "He")],
     ["father of Dahl", "father of Dahl"]),
    ("first-person-never-resolved", "Jane Doe wrote to the board. “I will stay,” I said.",
     [("I will stay,", "I#2")], [""]),
    ("age-stands-for-the-person-last-named", "Erik Sand said the players had let the fans down. "
     "“I take responsibility,” the 48-year-old said.",
     [("the players had let the fans down", "Erik Sand"), ("I take responsibility,", "the 48-year-old")],
     ["Erik Sand", "Erik Sand"]),
    ("age-with-a-noun-skips-a-thing", "Lena Ruiz held up a sign saying the pier was doomed. "
     "The 57-year-old teacher says she fears for the town.",
     [("the pier was doomed", "a sign"), ("she fears for the town", "The 57-year-old teacher")],
     ["a sign", "Lena Ruiz"]),
    ("age-with-no-one-before-is-its-own-speaker", "The club said the players had let the fans down. "
     "“I take responsibility,” the 48-year-old said.",
     [("the players had let the fans down", "The club"), ("I take responsibility,", "the 48-year-old")],
     ["The club", "the 48-year-old"]),
    ("first-person-plural-never-resolved", "Our readers told us the toll was unfair. We asked the council why.",
     [("the toll was unfair", "Our readers"), ("why", "We")], ["Our readers", ""]),
    ("they-still-takes-a-group", "Our readers told us the toll was unfair. They asked the council why.",
     [("the toll was unfair", "Our readers"), ("why", "They")], ["Our readers", "Our readers"]),
    ("she-to-a-name-of-unknown-gender", "Mr Vale left. Senator Ngozi Okafor arrived. She said the vote was fair.",
     [("the vote was fair", "She")], ["Ngozi Okafor"]),
    ("he-skips-a-woman-known-by-pronoun", "Mr Vale left. Senator Ngozi Okafor arrived and her aides followed. "
     "He said the vote was fair.", [("the vote was fair", "He")], ["Vale"]),
    ("a-pronoun-after-another-subject-with-its-verb-teaches-no-gender", "Judge Lenz said Sand had lied until he "
     "was caught. She said the fine was fair.", [("Sand had lied until he was caught", "Judge Lenz"),
                                                 ("the fine was fair", "She")], ["Lenz", "Lenz"]),
    ("a-pronoun-after-a-place-still-teaches-the-gender", "Mr Vale left. Senator Okafor arrived in Lyme and her "
     "aides followed. He said the vote was fair.", [("the vote was fair", "He")], ["Vale"]),
    ("given-name-alone-as-source", "Melanie said yes. Then she said it again.",
     [("yes", "Melanie"), ("it again", "she")], ["Melanie", "Melanie"]),
    ("one-word-source-told-by-he-after-it", "Lorne said he had warned the council. “Nobody listened,” he said.",
     [("he had warned the council", "Lorne"), ("Nobody listened,", "he#2")], ["Lorne", "Lorne"]),
    ("a-pronoun-past-a-sentence-of-two-people-with-both-genders-after-it-teaches-no-gender",
     "Tom Reyl talks to Mayor Lund about the toll.\n\nMonths after he praised her, Tom Reyl told Mayor Lund that "
     "skippers must pay. She said the toll was fair.", [("skippers must pay", "Tom Reyl#2"), ("the toll was fair",
                                                                                              "She")],
     ["Tom Reyl", "Lund"]),
    ("a-pronoun-past-a-sentence-of-one-person-teaches-its-gender", "Mayor Lund toured the pier.\n\nMonths after "
     "she praised him, Tom Reyl said skippers must pay. She said the toll was fair.",
     [("skippers must pay", "Tom Reyl"), ("the toll was fair", "She")], ["Tom Reyl", "Lund"]),
    ("one-word-source-told-by-she-opening-the-next-report", "Varga said the toll would rise. She added that the "
     "pier would reopen.", [("the toll would rise", "Varga"), ("the pier would reopen", "She")], ["Varga", "Varga"]),
    ("one-word-source-not-told-by-a-her-in-the-next-sentence", "Varga said the toll would rise. Her deputy "
     "added that the pier would reopen.", [("the toll would rise", "Varga"), ("the pier would reopen", "Her deputy")],
     ["Varga", "Her deputy"]),
    ("one-word-source-not-told-by-she-after-another-sentence", "Varga said the toll would rise. The skippers were "
     "angry. She added that the pier would reopen.", [("the toll would rise", "Varga"), ("the pier would reopen",
                                                                                   "She")], ["Varga", ""]),
    ("two-word-source-not-told-by-he-opening-the-next-report", "Tom Reyl left the pier. Harbour Watch first "
     "reported the news. He added that the pier would reopen.", [("the news", "Harbour Watch"),
                                                                 ("the pier would reopen", "He")],
     ["Harbour Watch", "Tom Reyl"]),
    ("one-word-source-not-a-person-when-a-man-came-before", "Tom Reyl was arrested. Pierwire said he had fled. "
     "“Nobody listened,” he said.", [("he had fled", "Pierwire"), ("Nobody listened,", "he#2")],
     ["Pierwire", "Tom Reyl"]),
    ("one-word-source-told-by-its-is-no-person", "Pierwire said its staff had left. “Nobody listened,” he said.",
     [("its staff had left", "Pierwire"), ("Nobody listened,", "he")], ["Pierwire", ""]),
    ("he-to-a-role-subject-of-the-sentence-before", "The coach, however, was less impressed. "
     "“We should have won,” he said.", [("We should have won,", "he")], ["The coach"]),
    ("she-to-a-reviewer-subject-of-the-sentence-before", "The reviewer was less kind. She said the play dragged.",
     [("the play dragged", "She")], ["The reviewer"]),
    ("she-not-to-a-review-subject", "The review was less kind. She said the play dragged.",
     [("the play dragged", "She")], [""]),
    ("he-not-to-a-plural-role-subject", "The coaches were less impressed. “We should have won,” he said.",
     [("We should have won,", "he")], [""]),
    ("he-not-to-a-thing-subject", "The ferry was late. “We should have won,” he said.",
     [("We should have won,", "he")], [""]),
    ("he-to-a-role-object-closing-the-sentence-before", "Ms Varga met the treasurer. He said the toll was unfair.",
     [("the toll was unfair", "He")], ["the treasurer"]),
    ("she-to-a-named-woman-before-a-role-object", "Ms Varga met the treasurer. She said the toll was unfair.",
     [("the toll was unfair", "She")], ["Varga"]),
    ("he-not-to-a-plural-role-object", "Ms Varga met the treasurers. He said the toll was unfair.",
     [("the toll was unfair", "He")], [""]),
    ("he-not-to-a-thing-object", "Ms Varga fixed the ferry. He said the toll was unfair.",
     [("the toll was unfair", "He")], [""]),
    ("it-to-an-organisation-possessing-its-sentences-subject", "The firm's shares rose after it said profits had "
     "doubled.", [("profits had doubled", "it")], ["The firm"]),
    ("it-to-a-named-body-opening-its-own-report", "The Harbour Council will double the toll, it said.",
     [("The Harbour Council will double the toll", "it")], ["The Harbour Council"]),
    ("it-to-a-body-noun-opening-its-own-report", "The harbour board will double the toll, it said.",
     [("The harbour board will double the toll", "it")], ["The harbour board"]),
    ("it-to-a-firm-named-after-its-trade-opening-its-own-report", "Ferry operator Bay Lines will cut two crossings, "
     "it said.", [("Ferry operator Bay Lines will cut two crossings", "it")], ["Bay Lines"]),
    ("it-not-to-a-trade-before-a-lower-case-noun-opening-its-own-report", "Ferry operator boats will cut two "
     "crossings, it said.", [("Ferry operator boats will cut two crossings", "it")], [""]),
    ("it-not-to-a-thing-opening-its-own-report", "The ferry will run late, it said.",
     [("The ferry will run late", "it")], [""]),
    ("it-not-to-a-body-after-the-sentences-subject", "Mr Reyl and the harbour board will meet, it said.",
     [("Mr Reyl and the harbour board will meet", "it")], [""]),
    ("it-to-a-document-that-spoke-in-the-sentence-before", "The engineers' report found that three piles had "
     "rotted. It warned that a surge could bring down the pier.",
     [("three piles had rotted", "The engineers' report"), ("a surge could bring down the pier", "It")],
     ["The engineers' report", "The engineers' report"]),
    ("it-to-a-lawsuit-that-spoke-in-the-sentence-before", "The lawsuit contends that the council was negligent. "
     "It goes on to say the mayor lied.", [("the council was negligent", "The lawsuit"), ("the mayor lied", "It")],
     ["The lawsuit", "The lawsuit"]),
    ("he-not-to-a-lawsuit", "Mr Reyl met the press. The lawsuit says the toll is illegal. He said the council lied.",
     [("the toll is illegal", "The lawsuit"), ("the council lied", "He")], ["The lawsuit", "Reyl"]),
    ("it-not-to-a-plural-document", "The skippers' letters said the toll was unfair. It will rise, it said.",
     [("the toll was unfair", "The skippers' letters"), ("It will rise", "it")], ["The skippers' letters", ""]),
    ("it-not-to-a-possessor-that-is-no-organisation", "The ferry's engine failed after it said nothing new.",
     [("nothing new", "it")], [""]),
    ("it-to-a-firm-opening-the-sentence-before", "Bayline Ferries made a loss last year. It said the toll was to "
     "blame.", [("the toll was to blame", "It")], ["Bayline Ferries"]),
    ("it-to-a-named-body-opening-the-sentence-before", "The Ferry Owners Association met on Monday. It said the fee "
     "was fair.", [("the fee was fair", "It")], ["The Ferry Owners Association"]),
    ("it-to-the-nearer-firm-over-a-body-that-spoke-before", "The council said fares would rise. Bay Lines cut its "
     "fares on Monday. It said the toll was to blame.", [("fares would rise", "The council"),
                                                        ("the toll was to blame", "It")], ["The council", "Bay Lines"]),
    ("it-to-a-body-of-a-place-opening-the-sentence-before", "Lyme Chamber of Commerce met on Monday. It said "
     "footfall had halved.", [("footfall had halved", "It")], ["Lyme Chamber of Commerce"]),
    ("it-not-to-one-of-two-joined-bodies", "Lyme Town Council and Bay Lines met on Monday. It said the toll would "
     "stay.", [("the toll would stay", "It")], [""]),
    ("it-not-to-a-firm-in-an-object", "Ana Varga runs Bay Lines. It said the toll was to blame.",
     [("the toll was to blame", "It")], [""]),
    ("it-not-to-a-group-noun-subject", "The police released a video. It said the pier was unsafe.",
     [("the pier was unsafe", "It")], [""]),
    ("its-role-with-no-name-after-a-named-association", "The Ferry Owners Association met on Monday. Its chairman "
     "said the fee was fair.", [("the fee was fair", "Its chairman")], ["chairman of the Ferry Owners Association"]),
    ("its-role-with-no-name-after-a-named-festival", "The Lyme Arts Festival drew record crowds, its director "
     "said.", [("The Lyme Arts Festival drew record crowds", "its director")], ["director of the Lyme Arts Festival"]),
    ("its-role-not-owned-by-a-named-weekend", "The Lyme Arts Weekend drew record crowds, its director said.",
     [("The Lyme Arts Weekend drew record crowds", "its director")], ["its director"]),
    ("its-role-not-owned-by-a-person-after-a-possessive-role", "Patients' advocate Ida Lenz said waits were too "
     "long. Its coordinator said the list would grow.", [("waits were too long", "Patients' advocate Ida Lenz"),
     ("the list would grow", "Its coordinator")], ["Ida Lenz", "Its coordinator"]),
    ("its-role-with-no-name-after-a-named-charity", "The Lyme Lifeboat Charity raised a record sum, its treasurer "
     "said.", [("The Lyme Lifeboat Charity raised a record sum", "its treasurer")],
     ["treasurer of the Lyme Lifeboat Charity"]),
    ("a-given-name-charity-is-still-a-person", "Charity Osman said the list would grow. She said waits were long.",
     [("the list would grow", "Charity Osman"), ("waits were long", "She")], ["Charity Osman", "Charity Osman"]),
    ("their-role-with-no-name-after-a-firm", "Bay Lines cut its fares. Their spokesman said the fee was fair.",
     [("the fee was fair", "Their spokesman")], ["spokesman of Bay Lines"]),
    ("a-relative-of-a-role-is-no-holder-of-it", "The son of the harbour master, Tom Reyl, spoke on Monday. The "
     "harbour master said the pier was safe.", [("the pier was safe", "The harbour master")], ["The harbour master"]),
    ("his-role-with-no-name-after-a-man-named-before", "Tom Reyl met Kaja Lind on Monday. His spokesman said the "
     "talks went well.", [("the talks went well", "His spokesman")], ["spokesman of Tom Reyl"]),
    ("her-role-with-no-name-after-a-woman-named-before", "Tom Reyl met Ana Varga on Monday. Her lawyer said she "
     "would sue.", [("she would sue", "Her lawyer")], ["lawyer of Ana Varga"]),
    ("his-relative-with-no-name-after-a-man-named-before", "Tom Reyl died on Monday. His widow said he loved the "
     "sea.", [("he loved the sea", "His widow")], ["widow of Tom Reyl"]),
    ("her-relative-with-no-name-after-a-woman-named-before", "Tom Reyl met Ana Varga. Her husband said the fine "
     "was unjust.", [("the fine was unjust", "Her husband")], ["husband of Ana Varga"]),
    ("her-relative-with-no-name-after-the-one-so-titled-is-that-person", "Ana Varga died. Her son, Erik Varga, "
     "said she was kind. Her son said the pier was safe.",
     [("she was kind", "Erik Varga"), ("the pier was safe", "Her son#2")], ["Erik Varga", "Erik Varga"]),
    ("a-given-name-that-is-a-possessive-in-a-tag-after-a-quotation-is-the-one-named-in-full",
     "“The county should pay,” My Tran said. “It did in 1990,” My added.",
     [("The county should pay,", "My Tran"), ("It did in 1990,", "My#2")], ["My Tran", "My Tran"]),
    ("a-possessive-that-is-a-given-name-opening-a-sentence-speaks-as-a-pronoun",
     "“The county should pay,” My Tran said. My view is that it did, he said.",
     [("The county should pay,", "My Tran"), ("it did", "My#2")], ["My Tran", ""]),
    ("his-relative-after-the-man-so-titled-is-that-man", "Tom Reyl is survived by his son, Piet. His son said he "
     "loved the sea.", [("he loved the sea", "His son")], ["Piet Reyl"]),
    ("his-brother-after-the-brother-spoke-again-is-the-other-of-the-two", "Jon Hale and his brother, Sam Hale, keep "
     "boats in Lyme. Sam Hale said the fees would drive boats away. His brother said the guild would protest.",
     [("the fees would drive boats away", "Sam Hale"), ("the guild would protest", "His brother")],
     ["Sam Hale", "Jon Hale"]),
    ("his-colleague-after-the-colleague-spoke-again-is-the-other-of-the-two", "Tom Reyl and his colleague, Jon Hale, "
     "met the board. Hale told the board the ferries were full. His colleague said the firm would buy a boat.",
     [("the ferries were full", "Hale"), ("the firm would buy a boat", "His colleague")], ["Jon Hale", "Tom Reyl"]),
    ("his-colleague-with-no-tie-stated-stays", "Tom Reyl met skippers. His colleague said the pier was safe.",
     [("the pier was safe", "His colleague")], ["His colleague"]),
    ("his-brother-after-the-brother-named-once-is-that-brother", "Tom Reyl is survived by his brother, Piet Reyl. "
     "His brother said the harbour had lost a friend.", [("the harbour had lost a friend", "His brother")],
     ["Piet Reyl"]),
    ("his-son-after-the-son-spoke-again-stays-the-son", "Jon Hale and his son, Sam Hale, keep boats in Lyme. Sam "
     "Hale said the fees would drive boats away. His son said the guild would protest.",
     [("the fees would drive boats away", "Sam Hale"), ("the guild would protest", "His son")],
     ["Sam Hale", "Sam Hale"]),
    ("his-relative-after-a-man-survived-by-a-relative-so-named-is-that-relative", "Mr Reyl is survived by a son, "
     "Jan, and a daughter. His son said he loved the sea.", [("he loved the sea", "His son")], ["Jan"]),
    ("his-relative-after-a-relative-named-with-no-survived-by-stays", "Ms Varga met a son, Piet, and a daughter. His "
     "son said he loved the sea.", [("he loved the sea", "His son")], ["His son"]),
    ("his-role-after-a-man-of-another-title-is-his", "Tom Reyl, the harbour master, spoke. His deputy said the "
     "pier was safe.", [("the pier was safe", "His deputy")], ["deputy of Tom Reyl"]),
    ("her-relative-with-no-name-after-two-so-titled-stays", "Ana Varga died. Her son, Erik Varga, spoke. Her son, "
     "Tom Varga, spoke. Her son said the pier was safe.", [("the pier was safe", "Her son#3")], ["son of Ana Varga"]),
    ("his-relative-after-him-for-another-man-stays", "Tom Reyl called him brave. His brother said he was kind.",
     [("he was kind", "His brother")], ["His brother"]),
    ("his-role-with-no-name-after-women-only-stays", "Ana Varga met Kit Moor on Monday. His lawyer said he would "
     "sue.", [("he would sue", "His lawyer")], ["His lawyer"]),
    ("a-body-noun-after-a-verb-and-the-description-is-the-body", "A spokesman for the Lyme Pier Trust said the "
     "trust was shocked. The trust said the pier was 120 years old.",
     [("the trust was shocked", "A spokesman for the Lyme Pier Trust"), ("the pier was 120 years old", "The trust")],
     ["A spokesman for the Lyme Pier Trust", "the Lyme Pier Trust"]),
    ("a-firm-named-before-its-spokeswoman-is-the-firm-after-it", "A Bay Lines spokeswoman said the sailing had "
     "been cancelled. The firm said passengers could claim a refund.",
     [("the sailing had been cancelled", "A Bay Lines spokeswoman"), ("passengers could claim a refund", "The firm")],
     ["A Bay Lines spokeswoman", "Bay Lines"]),
    ("a-firm-named-before-its-spokeswoman-after-another-firm-leaves-the-firm-alone", "NHS Lyme chief executive Erik "
     "Sand said the winter would be hard. A Bay Lines spokeswoman said the sailing had been cancelled. The firm said "
     "passengers could claim a refund.",
     [("the winter would be hard", "NHS Lyme chief executive Erik Sand"),
      ("the sailing had been cancelled", "A Bay Lines spokeswoman"), ("passengers could claim a refund", "The firm")],
     ["Erik Sand", "A Bay Lines spokeswoman", "The firm"]),
    ("a-spokeswoman-opening-the-sentence-after-a-firm-speaks-for-it", "Bay Lines cut two sailings on Monday. A "
     "spokeswoman said the timetable would return in May.",
     [("the timetable would return in May", "A spokeswoman")], ["spokeswoman for Bay Lines"]),
    ("a-later-spokeswoman-for-another-firm-is-another-speaker", "Bay Lines cut two sailings on Monday. A "
     "spokeswoman said the timetable would return in May. Coastline Research sent divers to the pier. A spokeswoman "
     "said the water was clean.",
     [("the timetable would return in May", "A spokeswoman"), ("the water was clean", "A spokeswoman#2")],
     ["spokeswoman for Bay Lines", "spokeswoman for Coastline Research"]),
    ("a-later-spokeswoman-for-no-firm-stays-the-earlier-one", "Bay Lines cut two sailings on Monday. A "
     "spokeswoman said the timetable would return in May. Lena Ruiz sails every day. A spokeswoman said the quay "
     "was busy.",
     [("the timetable would return in May", "A spokeswoman"), ("the quay was busy", "A spokeswoman#2")],
     ["spokeswoman for Bay Lines", "spokeswoman for Bay Lines"]),
    ("a-spokeswoman-for-the-firm-after-a-firm-speaks-for-it", "Bay Lines said it was disappointed. A spokeswoman "
     "for the firm said contingency plans were in place.",
     [("contingency plans were in place", "A spokeswoman for the firm")], ["spokeswoman for Bay Lines"]),
    ("a-spokeswoman-for-the-firm-after-a-person-stays", "Tom Reyl sold the boat. A spokeswoman for the firm said "
     "plans were in place.", [("plans were in place", "A spokeswoman for the firm")], ["A spokeswoman for the firm"]),
    ("a-spokeswoman-for-the-council-after-a-firm-stays", "Bay Lines cut fares. A spokeswoman for the council said "
     "plans were in place.", [("plans were in place", "A spokeswoman for the council")],
     ["A spokeswoman for the council"]),
    ("a-spokeswoman-after-two-joined-bodies-stays", "Bay Lines and the harbour board met on Monday. A spokeswoman "
     "said the talks went well.", [("the talks went well", "A spokeswoman")], ["A spokeswoman"]),
    ("its-role-with-no-name-after-an-unnamed-body-stays", "The council sold the ferry. Its chief executive said "
     "the boat was too old.", [("the boat was too old", "Its chief executive")], ["Its chief executive"]),
    ("a-statement-from-a-body-is-the-body", "A statement from the council said the pier was safe. The council later "
     "said it was not.", [("the pier was safe", "A statement from the council"), ("it was not", "The council")],
     ["the council", "the council"]),
    ("a-statement-from-a-named-body-is-the-body", "The pier is safe, according to a statement from Bay Lines.",
     [("The pier is safe", "a statement from Bay Lines")], ["Bay Lines"]),
    ("a-video-from-a-place-stays-a-description", "A video from the scene showed the pier was unsafe.",
     [("the pier was unsafe", "A video from the scene")], ["A video from the scene"]),
    ("the-newspaper-is-the-one-masthead-named-before", "Ana Varga spoke to the Lyme Gazette on Monday. The "
     "newspaper said she was angry.", [("she was angry", "The newspaper")], ["the Lyme Gazette"]),
    ("the-newspaper-after-two-mastheads-stands-alone", "The Lyme Gazette and the Bay Times ran the story. The "
     "newspaper said the mayor was angry.", [("the mayor was angry", "The newspaper")], ["The newspaper"]),
    ("it-not-to-a-possessor-in-the-sentence-before", "The council's budget grew. It said the toll would stay.",
     [("the toll would stay", "It")], [""]),
    ("he-not-to-a-repeated-word-pair-that-never-speaks", "Mr Reyl toured Bay Lund on Monday. Lund is quiet in "
     "winter. He said the toll was unfair.", [("the toll was unfair", "He")], ["Reyl"]),
    ("he-to-a-full-name-whose-surname-speaks-later", "Mr Reyl toured the pier with Piet Osman. He said the toll was "
     "unfair. Osman said the ferry was late.", [("the toll was unfair", "He"), ("the ferry was late", "Osman#2")],
     ["Piet Osman", "Piet Osman"]),
    ("he-skips-a-name-in-a-participle-opening", "Mr Reyl met the mayor. Asked about Mr Osman, he said the toll was "
     "unfair.", [("the toll was unfair", "he")], ["Reyl"]),
    ("she-skips-a-name-after-speaking-to", "Ms Varga met the mayor. Speaking to Ms Ek, she said the toll was unfair.",
     [("the toll was unfair", "she")], ["Varga"]),
    ("he-skips-a-name-after-to-in-a-prepositional-opening", "Mr Reyl wrote to the board. In a letter to Mr Sand, he "
     "said the toll was unfair.", [("the toll was unfair", "he")], ["Reyl"]),
    ("she-skips-a-name-after-with-and-a-day-in-a-prepositional-opening", "Ms Varga met the mayor. In a call with Ms "
     "Ek on Monday, she said the toll was unfair.", [("the toll was unfair", "she")], ["Varga"]),
    ("he-skips-the-object-of-a-gerund-after-a-preposition", "Mr Reyl met the mayor. After meeting Mr Osman, he said "
     "the toll was unfair.", [("the toll was unfair", "he")], ["Reyl"]),
    ("he-may-be-a-possessive-name-in-a-prepositional-opening", "Mr Reyl wrote to the board. In Mr Sand's reply, he "
     "said the toll was unfair.", [("the toll was unfair", "he")], ["Sand"]),
    ("he-may-be-the-topic-after-as-for", "Mr Reyl wrote to the board. As for Mr Sand, he said the toll was unfair.",
     [("the toll was unfair", "he")], ["Sand"]),
    ("he-may-be-a-name-in-a-fronted-clause", "Mr Reyl met the mayor. After Mr Osman arrived, he said the toll was "
     "unfair.", [("the toll was unfair", "he")], ["Osman"]),
    ("he-to-a-name-with-a-given-name-from-abroad", "Piet Osman met Ms Varga. He said the toll was unfair.",
     [("the toll was unfair", "He")], ["Piet Osman"]),
    ("she-to-a-name-with-a-given-name-from-abroad", "Mr Reyl met Sigrid Holm. She said the toll was unfair.",
     [("the toll was unfair", "She")], ["Sigrid Holm"]),
    ("given-name-set-off-after-a-source-speaks", "Ms Varga's son, Tom, said the toll was unfair. He added that it "
     "was illegal.", [("the toll was unfair", "Ms Varga's son"), ("it was illegal", "He")], ["Tom Varga", "Tom Varga"]),
    ("unlisted-full-name-set-off-after-a-source-speaks", "Another mother, Kaja Vrenn, said the school was far.",
     [("the school was far", "Another mother")], ["Kaja Vrenn"]),
    ("two-unlisted-names-set-off-after-a-source-stay-a-group", "Two mothers, Kaja Vrenn and Tove Lind, said the "
     "school was far.", [("the school was far", "Two mothers")], ["Two mothers"]),
    ("given-name-set-off-after-a-thing-is-no-one", "The ferry, Melanie, sank in May. He said the toll was unfair.",
     [("the toll was unfair", "He")], [""]),
    ("miss-universe-is-not-a-person", "Jane Doe criticised a former Miss Universe. She said it was unfair.",
     [("it was unfair", "She")], ["Jane Doe"]),
    ("they-after-a-plural-description-is-that-group", "Pier Lines and Bay Ferries raised fares. The firms said "
     "fuel costs rose. They said fares would fall in May.",
     [("fuel costs rose", "The firms"), ("fares would fall in May", "They")], ["The firms", "The firms"]),
    ("she-skips-the-two", "Tom Reyl met Ana Varga on Monday. The two said the talks went well. She said the toll "
     "was fair.", [("the talks went well", "The two"), ("the toll was fair", "She")], ["The two", "Ana Varga"]),
    ("she-skips-the-pair-and-they-is-the-pair", "Ana Varga and Tom Reyl met. The pair said the talks went well. She "
     "said the toll was fair. They said it would rise.", [("the talks went well", "The pair"),
                                                          ("the toll was fair", "She"), ("it would rise", "They")],
     ["The pair", "Ana Varga", "The pair"]),
    ("he-still-takes-one-described-person-with-a-number-word", "Mr Reyl spoke. One skipper said the pier was "
     "unsafe. He said it was safe.", [("the pier was unsafe", "One skipper"), ("it was safe", "He")],
     ["One skipper", "One skipper"]),
    ("he-skips-a-report", "Mr Reyl met the press. The report said the pier was unsafe. He said it was safe.",
     [("the pier was unsafe", "The report"), ("it was safe", "He")], ["The report", "Reyl"]),
    ("she-skips-a-video-of-something", "Ana Varga spoke. A video of the meeting showed the pier was unsafe. She said "
     "it was safe.", [("the pier was unsafe", "A video of the meeting"), ("it was safe", "She")],
     ["A video of the meeting", "Ana Varga"]),
    ("he-with-only-things-before-has-no-name", "The report said the pier was unsafe. He said it was safe.",
     [("the pier was unsafe", "The report"), ("it was safe", "He")], ["The report", ""]),
    ("he-still-takes-a-described-person", "Mr Reyl spoke. A spokesman said the pier was unsafe. He said it was safe.",
     [("the pier was unsafe", "A spokesman"), ("it was safe", "He")], ["A spokesman", "A spokesman"]),
    ("they-after-a-subject-of-joined-names-is-their-group", "Mr Reyl and Ms Varga met on Monday. They said the "
     "talks went well. Reyl said he was pleased.", [("the talks went well", "They"), ("he was pleased", "Reyl#2")],
     ["Reyl and Varga", "Reyl"]),
    ("they-after-a-name-and-her-relative-is-their-group", "Ana Varga and her husband run the cafe. They said "
     "trade had halved.", [("trade had halved", "They")], ["Ana Varga and her husband"]),
    ("they-after-a-name-and-her-role-is-their-group", "Ms Varga and her deputy met the skippers. They said the toll "
     "would stay.", [("the toll would stay", "They")], ["Ms Varga and her deputy"]),
    ("they-after-a-name-and-his-relative-named-is-the-two-named", "Tom Reyl and his wife, Ana, run the cafe. They "
     "said trade had halved.", [("trade had halved", "They")], ["Tom Reyl and Ana Reyl"]),
    ("they-after-a-name-and-his-relatives-is-their-group", "Tom Reyl and his sons run the ferry. They said trade "
     "had halved.", [("trade had halved", "They")], ["Tom Reyl and his sons"]),
    ("they-after-a-couple-by-honorifics-is-the-couple", "Mr and Mrs Reyl run the cafe. They said trade had "
     "halved.", [("trade had halved", "They")], ["Mr and Mrs Reyl"]),
    ("they-after-a-given-name-and-a-name-is-their-group", "Ana and Tom Reyl run the cafe. They said trade had "
     "halved.", [("trade had halved", "They")], ["Ana and Tom Reyl"]),
    ("they-not-after-a-place-and-a-name", "Lyme and Tom Reyl run the cafe. They said trade had halved.",
     [("trade had halved", "They")], [""]),
    ("they-after-a-name-set-off-and-her-relative-is-their-group", "Ana Varga, a nurse, and her husband run the "
     "cafe. They said trade had halved.", [("trade had halved", "They")], ["Ana Varga and her husband"]),
    ("they-not-after-a-name-set-off-and-her-things", "Ana Varga, a nurse, and her plans were mocked. They said "
     "trade had halved.", [("trade had halved", "They")], [""]),
    ("they-not-after-a-name-and-her-things", "Ms Varga and her plans were mocked. They said trade had halved.",
     [("trade had halved", "They")], [""]),
    ("they-not-after-a-name-and-a-relative-as-possessor", "Ms Varga and her husband's cafe closed. They said trade "
     "had halved.", [("trade had halved", "They")], [""]),
    ("they-after-a-fronted-time-and-joined-names", "On Monday, Ana Varga and Tom Reyl toured the pier. They said "
     "it was safe.", [("it was safe", "They")], ["Ana Varga and Tom Reyl"]),
    ("they-after-a-subject-of-party-members", "The Liberals met Ms Varga on Monday. They said the pier was unsafe.",
     [("the pier was unsafe", "They")], ["The Liberals"]),
    ("they-not-after-a-subject-of-party-things", "The Liberal plans were dropped on Monday. They said the pier was "
     "unsafe.", [("the pier was unsafe", "They")], [""]),
    ("they-after-a-subject-of-plural-roles", "The skippers met Ms Varga on Monday. They said the pier was unsafe.",
     [("the pier was unsafe", "They")], ["The skippers"]),
    ("they-after-a-group-noun-subject", "The police arrested Mr Reyl. They said he was drunk.",
     [("he was drunk", "They")], ["The police"]),
    ("they-after-a-bare-plural-subject-skips-an-earlier-body", "The ferry firm said fares would rise. Analysts at "
     "Pier Bank cut their rating. They said the plan was weak.",
     [("fares would rise", "The ferry firm"), ("the plan was weak", "They")], ["The ferry firm", "Analysts"]),
    ("they-after-joined-names-skips-an-earlier-group", "Skippers said the toll was unfair. Ms Varga and Mr Reyl "
     "met on Monday. They said the talks went well.",
     [("the toll was unfair", "Skippers"), ("the talks went well", "They")], ["Skippers", "Varga and Reyl"]),
    ("they-mentioned-in-the-sentence-before-stays", "Skippers said the toll was unfair and the skippers' union "
     "agreed. They said it would rise.",
     [("the toll was unfair", "Skippers"), ("it would rise", "They")], ["Skippers", "Skippers"]),
    ("it-after-a-broadcaster", "State television reported the ferry sank. It said the ferry was overloaded.",
     [("the ferry sank", "State television"), ("the ferry was overloaded", "It")],
     ["State television", "State television"]),
    ("they-after-a-capitalised-group-opening-its-sentence", "People briefed about the sale said a deal was close. "
     "They said it could come next week.", [("a deal was close", "People briefed about the sale"),
                                             ("it could come next week", "They")],
     ["People briefed about the sale", "People briefed about the sale"]),
    ("its-skips-a-plural-role-opening-its-sentence", "Skippers in Lyme welcomed the move. The Seafarers' Guild gave "
     "its endorsement of Ana Varga on Sunday.", [("the move", "Skippers in Lyme"), ("Ana Varga", "its")],
     ["Skippers in Lyme", "The Seafarers' Guild"]),
    ("they-after-a-plural-role-opening-its-sentence", "Skippers in Lyme said the toll was unfair. They said they "
     "would strike.", [("the toll was unfair", "Skippers in Lyme"), ("they would strike", "They")],
     ["Skippers in Lyme", "Skippers in Lyme"]),
    ("it-after-a-capitalised-name-opening-with-a-plural-role-is-the-firm", "Teachers Insurance said fares would "
     "rise. It said the toll was to blame.", [("fares would rise", "Teachers Insurance"),
                                               ("the toll was to blame", "It")],
     ["Teachers Insurance", "Teachers Insurance"]),
    ("they-after-things-has-no-name", "The talks ended on Monday. They said the pier was unsafe.",
     [("the pier was unsafe", "They")], [""]),
    ("they-after-a-possessor-has-no-name", "The skippers' union met on Monday. They said the pier was unsafe.",
     [("the pier was unsafe", "They")], [""]),
    ("they-after-joined-objects-has-no-name", "Mr Reyl met Ms Varga and Mr Dunn. They said the talks went well.",
     [("the talks went well", "They")], [""]),
    ("they-after-a-name-joined-to-a-possessor-has-no-name", "Mr Reyl and Ms Varga's son met on Monday. They said "
     "the talks went well.", [("the talks went well", "They")], [""]),
    ("he-with-only-a-woman-named-has-no-name-and-she-is-still-her", "Ms Varga spoke to her brother. He said the "
     "pier was fine. She said the toll was fair.", [("the pier was fine", "He"), ("the toll was fair", "She")],
     ["", "Varga"]),
    ("he-is-the-man-named-last", "Ms Varga met Mr Reyl and Mr Dunn. Mr Dunn left early. He said the pier was fine.",
     [("the pier was fine", "He")], ["Dunn"]),
    ("she-skips-the-man-of-a-told-clause", "Mr Reyl told Ms Varga that he would stay. She said the pier was fine.",
     [("he would stay", "Mr Reyl"), ("the pier was fine", "She")], ["Reyl", "Varga"]),
    ("self-in-a-self-description-is-the-person-described", "Mr Reyl, a self-described friend of the skippers, "
     "left the pier.", [("friend of the skippers", "self")], ["Reyl"]),
    ("self-with-no-one-named-has-no-name", "The new skipper is a self-described friend of the pier.",
     [("friend of the pier", "self")], [""]),
    ("himself-after-one-word-makes-it-a-person-he-refers-to", "Ms Varga spoke first. Moen himself said the toll "
     "was unfair. “We are ready,” he said.", [("the toll was unfair", "Moen"), ("We are ready,", "he")],
     ["Moen", "Moen"]),
    ("one-word-after-another-person-is-not-vouched-by-he", "Ms Varga spoke first. Moen said the toll was unfair. "
     "“We are ready,” he said.", [("the toll was unfair", "Moen"), ("We are ready,", "he")], ["Moen", ""]),
    ("a-lone-my-that-is-also-a-given-name-is-the-first-person", "My view is simple: the county should pay.",
     [("the county should pay", "My")], [""]),
    ("my-before-a-surname-is-a-given-name", "My Tran said the county should pay.",
     [("the county should pay", "My Tran")], ["My Tran"]),
    ("continuation-is-carried", "“We will act,” Mr Reyl said.\n\n“It is time.”",
     [("We will act,", "Mr Reyl"), ("It is time.", None)], ["Reyl", "Reyl"]),
]


@pytest.mark.parametrize(("text", "specs", "names"), [row[1:] for row in PRONOUN_CASES],
                         ids=[row[0] for row in PRONOUN_CASES])
def test_pronouns(text, specs, names):
    """A pronoun is the most recent compatible entity, or a speaker with no name."""
    carried = {i: i - 1 for i, (_, source) in enumerate(specs) if source is None}
    quotes, _ = resolve(text, specs, carried=carried)
    assert [q.speaker.name if q.speaker else None for q in quotes] == names


def test_unresolved_pronoun_keeps_its_source():
    """No antecedent: the source stays "He" and is the nameless speaker's mention."""
    text = "He said the talks failed. He said nothing else."
    quotes, speakers = resolve(text, [("the talks failed", "He"), ("nothing else", "He#2")])
    assert quotes[0].source.text == "He"
    assert len(speakers) == 1 and speakers[0].name == ""
    assert [m.text for m in speakers[0].mentions] == ["He", "He"]


@pytest.mark.parametrize("source", ["she", "the council", "Ms Varga"])
def test_one_source_mention_of_two_quotes_is_one_speaker(source):
    """"…, she said, adding that …": both reports hang on one mention, so they have one speaker, named or not."""
    text = f"The toll will stay, {source} said, adding that fares would fall."
    quotes = quoteattr.attribute(text).quotes
    assert [q.source.text for q in quotes] == [source, source]
    assert quotes[0].speaker == quotes[1].speaker and quotes[0].speaker.quote_ids == (0, 1)
    assert [m.text for m in quotes[0].speaker.mentions] == [source]


def test_source_less_quote_without_carry_has_no_speaker():
    text = "“It is time.”"
    quotes, speakers = resolve(text, [("It is time.", None)])
    assert quotes[0].speaker is None and speakers == ()


@pytest.mark.parametrize(("text", "name", "title"), [
    pytest.param("Pier to reopen in June\n\nBy Kit Moor, Chief Reporter\n\nThe pier has been shut since May. I asked "
                 "Mr Reyl why the work took so long.", "Kit Moor", "Chief Reporter", id="by-and-a-name-under-a-headline"),
    pytest.param("The toll is a tax on the poor\n\nTom Reyl\n\nTom Reyl is chairman of the Lyme Skippers' "
                 "Association.\n\nI urge the council to think again.", "Tom Reyl",
                 "chairman of the Lyme Skippers' Association", id="a-name-alone-under-an-opinion-headline"),
    pytest.param("Pier to reopen in June\nBy Kit Moor in Lyme\nI asked Mr Reyl why the work took so long.", "Kit Moor",
                 None, id="by-a-name-and-where-from"),
    pytest.param("Pier to reopen in June\nBy Kit Moor | Harbour Correspondent\nI asked Mr Reyl why the work took so "
                 "long.", "Kit Moor", None, id="by-a-name-and-a-role-after-a-bar"),
    pytest.param("Pier to reopen in June\n\nTom Reyl, Staff Writer\n\nI asked Mr Dunn why the work took so long.",
                 "Tom Reyl", "Staff Writer", id="a-name-alone-and-a-role-in-capitals-after-a-comma"),
    pytest.param("Pier to reopen in June\n\nTom Reyl | Harbour Correspondent\n\nI asked Mr Dunn why the work took so "
                 "long.", "Tom Reyl", None, id="a-name-alone-and-a-role-in-capitals-after-a-bar"),
    pytest.param("Pier to reopen in June\n\nLyme, Harbour Road\n\nI asked Mr Dunn why the work took so long.", "",
                 None, id="a-place-and-words-in-capitals-name-nobody"),
    pytest.param("Pier to reopen in June\n\nBy Kit Moor and Ida Lenz\n\nI asked Mr Reyl why the work took so long.",
                 "", None, id="two-authors-name-nobody"),
    pytest.param("Readers on the pier\n\nThe toll is far too high.\n\nAnna Holm.\n\nI think the pier should "
                 "stay shut.", "", None, id="a-signature-under-a-comment-is-no-byline"),
    pytest.param("Letters\n\nSir, I believe the toll will ruin the skippers.\n\nIda Lenz, Harbour Road, Lyme\n\nSir, "
                 "The toll is fair.\n\nMike Dunn, Lyme", "Ida Lenz", None, id="a-letter-signed-below-is-its-writers"),
    pytest.param("Letters\n\nSir, I believe the toll will ruin the skippers.\n\nSir, The toll is fair.\n\nMike Dunn, "
                 "Lyme", "", None, id="an-unsigned-letter-before-the-next-greeting-names-nobody"),
    pytest.param("Pier to reopen in June\n\nThe pier has been shut since May. I asked Mr Reyl why the work took "
                 "so long.", "", None, id="no-byline"),
])
def test_first_person_outside_quotes_is_the_byline_author(text, name, title):
    """"I" outside quotation marks, in a piece whose byline names one author, is that author; otherwise nobody."""
    [quote] = [q for q in quoteattr.attribute(text).quotes if q.source is not None and q.source.text == "I"]
    assert (quote.speaker.name, quote.speaker.title) == (name, title)


def test_first_person_inside_quoted_words_is_not_the_byline_author():
    text = "Pier to reopen in June\n\nBy Kit Moor\n\nMs Varga said I told the council it was wrong."
    quotes = quoteattr.attribute(text).quotes
    assert [q.speaker.name for q in quotes] == ["Varga"]
    assert [(n.source.text, n.speaker.name) for n in quotes[0].nested] == [("I", "")]


# --- titles -------------------------------------------------------------------

TITLE_CASES = [
    ("a-trade-set-off-after-a-firm's-name-is-no-title", "Bay Homes, the developer, said the plant would open.",
     "Bay Homes", None),
    ("a-trade-set-off-after-a-person's-name-stays-a-title", "Ana Varga, a property developer, said the plant would "
     "open.", "Ana Varga", "a property developer"),
    ("a-trade-of-the-docks-set-off-after-a-name-is-a-title", "Erik Sand, a shop steward, said members would reject "
     "the offer.", "Erik Sand", "a shop steward"),
    ("a-trade-of-the-arts-set-off-after-a-name-is-a-title", "Lena Ruiz, a concert pianist, said the hall was too "
     "cold.", "Lena Ruiz", "a concert pianist"),
    ("a-calling-set-off-after-a-name-is-a-title", "Piet Osman, a parish deacon, said the bells would ring.",
     "Piet Osman", "a parish deacon"),
    ("a-passenger-before-a-name-is-a-title", "Passenger Jon Hale said the ferry was late again.", "Jon Hale",
     "Passenger"),
    ("a-commuter-set-off-after-a-name-is-a-title", "Ida Lenz, a Lyme commuter, said the toll was unfair.", "Ida Lenz",
     "a Lyme commuter"),
    ("a-voter-before-a-name-is-a-title", "Undecided voter Erik Sand said the pier vote was close.", "Erik Sand",
     "Undecided voter"),
    ("a-parent-before-a-name-is-no-title", "Parent Tom Reyl said the school bus was late.", "Tom Reyl", None),
    ("a-fundraiser-before-a-name-is-a-title", "Fundraiser Lena Ruiz, 29, said the town had been generous.",
     "Lena Ruiz", "Fundraiser"),
    ("an-objector-before-a-name-is-a-title", "Objector Ana Varga said the traffic study was flawed.", "Ana Varga",
     "Objector"),
    ("a-church-organist-set-off-after-a-name-is-a-title", "Ida Lenz, the organist at St Mary's, said the bells "
     "were cracked.", "Ida Lenz", "the organist at St Mary's"),
    ("a-philanthropist-set-off-after-a-name-is-a-title", "Jon Hale, a philanthropist from Lyme, said the appeal "
     "would succeed.", "Jon Hale", "a philanthropist from Lyme"),
    ("a-donor-set-off-after-a-name-is-no-title", "Jon Hale, a donor to the appeal, said it would succeed.",
     "Jon Hale", None),
    ("a-role-before-a-participle-of-calling-and-its-agent-is-the-title", "Lena Ruiz, an ecologist called by the "
     "objectors, said the marina would destroy a seagrass bed.", "Lena Ruiz", "an ecologist"),
    ("a-role-and-a-participle-that-is-no-cue-stays-whole", "Lena Ruiz, an ecologist hired by the objectors, said "
     "the marina would destroy a seagrass bed.", "Lena Ruiz", "an ecologist hired by the objectors"),
    ("a-person-named-by-someone-is-no-title", "Lena Ruiz, a woman named by the objectors, said the marina would "
     "destroy a seagrass bed.", "Lena Ruiz", None),
    ("representing-set-off-after-a-name-is-a-stand-in-title", "Tom Reyl, representing the developer Harbour "
     "Estates, said the marina would bring 120 jobs.", "Tom Reyl", "representative of the developer Harbour Estates"),
    ("representing-after-an-office-honorific-yields-to-it", "Mayor Tom Reyl, representing the harbour board, said "
     "the marina would bring 120 jobs.", "Tom Reyl", "Mayor"),
    ("speaking-for-a-body-set-off-after-a-name-is-a-stand-in-title", "Lena Ruiz, speaking for the Seafarers' "
     "Guild, said the pier was unsafe.", "Lena Ruiz", "representative of the Seafarers' Guild"),
    ("speaking-on-behalf-of-a-firm-is-a-stand-in-title", "Ana Varga, speaking on behalf of Bay Lines, said fares "
     "would rise.", "Ana Varga", "representative of Bay Lines"),
    ("speaking-for-the-first-time-is-no-title", "Tom Reyl, speaking for the first time, said the toll was fair.",
     "Tom Reyl", None),
    ("representing-oneself-is-no-title", "Tom Reyl, representing himself, said the marina would bring 120 jobs.",
     "Tom Reyl", None),
    ("a-head-of-a-trade-in-a-phrase-of-no-role-is-no-title", "Ida Lenz, on guard all night, said the water was "
     "cold.", "Ida Lenz", None),
    ("a-past-role-verb-in-a-who-clause-states-the-role", "Tom Reyl, who coached the Gulls, said the side was "
     "tired.", "Tom Reyl", "coach of the Gulls"),
    ("an-irregular-past-role-verb-in-a-who-clause-states-the-role", "Ana Varga, who ran the cafe, said trade had "
     "halved.", "Ana Varga", "head of the cafe"),
    ("a-role-verb-in-a-who-clause-before-a-counted-object-states-no-role", "Piet Osman, who runs two boats out of "
     "Lyme, said the toll was too high.", "Piet Osman", None),
    ("a-role-verb-in-a-who-clause-before-a-count-in-digits-states-no-role", "Piet Osman, who runs 12 trawlers, said "
     "the toll was too high.", "Piet Osman", None),
    ("a-role-verb-in-a-who-clause-before-one-object-states-the-role", "Piet Osman, who runs the boatyard, said the "
     "toll was too high.", "Piet Osman", "head of the boatyard"),
    ("a-role-verb-in-a-who-clause-before-a-worked-stall-states-no-role", "Piet Osman, who runs a fish stall on "
     "the quay, said the catch was poor.", "Piet Osman", None),
    ("a-role-verb-in-a-who-clause-before-a-worked-boat-states-no-role", "Jon Hale, who runs a boat out of Lyme, "
     "said the season started late.", "Jon Hale", None),
    ("a-role-verb-in-a-who-clause-before-a-market-states-the-role", "Piet Osman, who runs a fish market on the "
     "quay, said the catch was poor.", "Piet Osman", "head of a fish market on the quay"),
    ("a-role-verb-in-a-who-clause-before-a-bare-plural-states-no-role", "Jon Hale, who runs seal-watching trips "
     "from the harbour, said the season started late.", "Jon Hale", None),
    ("a-role-verb-in-a-who-clause-before-bare-plural-tours-states-no-role", "Jon Hale, who heads boat tours out "
     "of Lyme, said the season started late.", "Jon Hale", None),
    ("a-role-verb-in-a-who-clause-before-a-bare-department-states-the-role", "Ida Lenz, who runs operations at "
     "Bay Lines, said the season started late.", "Ida Lenz", "head of operations at Bay Lines"),
    ("a-role-verb-in-a-who-clause-before-a-plural-with-an-article-states-the-role", "Jon Hale, who runs the boat "
     "tours, said the season started late.", "Jon Hale", "head of the boat tours"),
    ("a-role-verb-in-a-who-clause-before-a-capitalised-plural-states-the-role", "Ida Lenz, who runs Bay Lines, "
     "said the season started late.", "Ida Lenz", "head of Bay Lines"),
    ("a-past-role-verb-before-an-infinitive-states-no-role", "Ana Varga, who managed to save the cafe, said trade "
     "had halved.", "Ana Varga", None),
    ("a-relative-of-a-person-after-a-name-is-a-title", "Ana Reyl, widow of Tom Reyl, said he loved the sea.",
     "Ana Reyl", "widow of Tom Reyl"),
    ("a-relative-of-a-role-after-a-name-is-a-title", "Tom Reyl, the son of a skipper, said the toll was unfair.",
     "Tom Reyl", "the son of a skipper"),
    ("a-parent-of-a-number-after-a-name-is-no-title", "Ana Varga, a mother of three, said trade had halved.",
     "Ana Varga", None),
    ("a-relative-after-his-set-off-after-a-name-is-of-the-one-named-before", "Jon Hale sold a boat. Tom Hale, his "
     "brother, said the family had fished for years.", "Tom Hale", "brother of Jon Hale"),
    ("a-tie-at-a-body-after-his-set-off-after-a-name-is-of-the-one-named-before", "Jon Hale sold a boat. Ana Varga, "
     "his rival at Bay Lines, said the quota was overdue.", "Ana Varga", "rival of Jon Hale at Bay Lines"),
    ("a-noun-of-no-tie-after-his-set-off-after-a-name-is-no-title", "Jon Hale sold a boat. Tom Hale, his voice "
     "shaking, said the family had fished for years.", "Tom Hale", None),
    ("a-compound-role-after-and-joins-a-role-opening-the-clause", "Skipper and union rep Tom Reyl said the toll "
     "was unfair.", "Skipper and union rep Tom Reyl", "Skipper and union rep"),
    ("a-compound-role-after-and-joins-a-role-after-a-cue", "The toll was unfair, said skipper and union rep Tom "
     "Reyl.", "skipper and union rep Tom Reyl", "skipper and union rep"),
    ("a-compound-role-after-and-joins-a-role-after-capitalised-words", "Gulls skipper and union rep Tom Reyl said "
     "the toll was unfair.", "Gulls skipper and union rep Tom Reyl", "Gulls skipper and union rep"),
    ("a-compound-role-after-and-not-after-an-article-and-capitalised-words", "The Gulls skipper and union rep Tom "
     "Reyl said the toll was unfair.", "The Gulls skipper and union rep Tom Reyl", "union rep"),
    ("an-office-word-in-lower-case-after-and-joins-a-role-opening-the-clause", "Gulls midfielder and captain Tom "
     "Reyl said the toll was unfair.", "Gulls midfielder and captain Tom Reyl", "Gulls midfielder and captain"),
    ("an-office-word-in-lower-case-after-and-not-after-an-article", "The mayor and captain Tom Reyl said the toll "
     "was unfair.", "The mayor and captain Tom Reyl", "captain"),
    ("then-opening-a-role-after-a-name-is-no-part-of-it", "Tom Reyl, then the harbour master, said the toll was "
     "unfair.", "Tom Reyl", "the harbour master"),
    ("then-before-an-age-after-a-name-gives-no-role", "Tom Reyl, then 54, said the toll was unfair.", "Tom Reyl",
     None),
    ("a-lower-case-compound-role-opening-the-text", "union rep Tom Reyl said the toll was unfair.",
     "union rep Tom Reyl", "union rep"),
    ("a-participle-opening-the-text-is-no-part-of-the-role", "hiring captain Tom Reyl said the toll was unfair.",
     "hiring captain Tom Reyl", "captain"),
    ("an-adverb-after-and-joins-a-role-opening-the-clause", "Former Gulls striker and now pundit Tom Reyl said the "
     "toll was unfair.", "Former Gulls striker and now pundit Tom Reyl", "Former Gulls striker and now pundit"),
    ("an-adverb-after-and-opens-no-title-after-an-article", "The striker and now pundit Tom Reyl said the toll was "
     "unfair.", "The striker and now pundit Tom Reyl", "pundit"),
    ("an-adverb-after-and-opens-no-title-after-a-verb", "The ferry sank and now skipper Tom Reyl said the toll was "
     "unfair.", "skipper Tom Reyl", "skipper"),
    ("a-compound-role-after-and-not-after-a-plural", "Skippers and harbour master Tom Reyl said the toll was "
     "unfair.", "Skippers and harbour master Tom Reyl", "harbour master"),
    ("a-compound-role-after-and-not-after-an-article", "The mayor and harbour master Tom Reyl said the toll was "
     "unfair.", "The mayor and harbour master Tom Reyl", "harbour master"),
    ("but-before-a-lower-case-role-is-no-part-of-the-title", "Lyme won, but manager Piet Osman said the team had "
     "been lucky.", "manager Piet Osman", "manager"),
    ("yet-before-a-lower-case-role-is-no-part-of-the-title", "Lyme lost, yet coach Ida Lenz said the team had "
     "played well.", "coach Ida Lenz", "coach"),
    ("a-noun-before-a-lower-case-role-still-joins-the-title", "Lyme lost, but ferry captain Ida Lenz said the "
     "toll was fair.", "ferry captain Ida Lenz", "ferry captain"),
    ("a-lower-case-rep-is-a-role-not-an-office", "Ms Varga met union rep Tom Reyl. He said the toll was unfair.",
     "He", "union rep"),
    ("a-tabloid-adjective-in-capitals-is-no-part-of-the-title", "FURIOUS mayor Ana Varga said the toll was a scandal.",
     "FURIOUS mayor Ana Varga", "mayor"),
    ("an-acronym-in-capitals-stays-in-the-title", "UNICEF envoy Mike Dunn said children were at risk.",
     "UNICEF envoy Mike Dunn", "UNICEF envoy"),
    ("a-role-of-a-bench-before-a-name-is-its-title", "Chairman of the bench Kit Moor said the fine would stand.",
     "Chairman of the bench Kit Moor", "Chairman of the bench"),
    ("a-role-of-a-jury-panel-before-a-name-is-its-title", "Head of the jury panel Ida Lenz said the verdict was "
     "unanimous.", "Head of the jury panel Ida Lenz", "Head of the jury panel"),
    ("a-description-opening-the-sentence-before-a-name-is-its-title", "The guard, Mike Dunn, told the Gazette that "
     "the pier was shut.", "Mike Dunn", "The guard"),
    ("a-time-opening-the-sentence-before-a-name-is-no-title", "The next day, Mike Dunn, 58, said the pier was shut.",
     "Mike Dunn", None),
    ("a-quantifier-opening-the-sentence-before-a-name-is-no-title", "The other, Mike Dunn, said the pier was shut.",
     "Mike Dunn", None),
    ("a-noun-before-a-modifier-and-a-role-joins-the-title", "Former city council member Eva Brun said the toll was "
     "unfair.", "Former city council member Eva Brun", "Former city council member"),
    ("current-and-a-noun-before-a-modifier-and-a-role-join-the-title", "Former Lyme mayor and current school board "
     "member Eva Brun said the toll was unfair.", "Former Lyme mayor and current school board member Eva Brun",
     "Former Lyme mayor and current school board member"),
    ("a-verb-before-former-and-a-role-is-no-part-of-the-title", "Skippers who backed former senator Eva Brun met "
     "her, and Ms Brun said the toll was unfair.", "Ms Brun", "former senator"),
    ("a-role-noun-opening-the-sentence-right-before-a-name-is-its-title", "Security guard Mike Dunn, 58, said the "
     "pier was shut.", "Security guard Mike Dunn", "Security guard"),
    ("a-time-right-before-a-name-is-no-title", "Yesterday morning Mike Dunn, 58, said the pier was shut.",
     "Yesterday morning Mike Dunn", None),
    ("a-relation-before-a-name-stands-in-for-a-title", "My colleague Tom Reyl said the ferry was late.",
     "Tom Reyl", "My colleague"),
    ("a-relative-before-a-name-is-of-the-one-named-before", "Ms Varga spoke. Her brother Tom Reyl said the ferry "
     "was late.", "Tom Reyl", "brother of Varga"),
    ("a-relative-of-a-named-possessor-set-off-before-a-name-is-its-title", "Ms Varga's husband, Tom Varga, said the "
     "ferry was late.", "Tom Varga", "Ms Varga's husband"),
    ("a-rival-of-a-role-set-off-before-a-name-is-its-title", "The mayor's rival, Tom Reyl, said the ferry was "
     "late.", "Tom Reyl", "The mayor's rival"),
    ("a-friend-of-a-thing-set-off-before-a-name-is-no-title", "The ferry's friend, Tom Reyl, said the ferry was "
     "late.", "Tom Reyl", None),
    ("a-relative-of-some-years-set-off-before-a-name-is-of-the-one-named-before", "Ms Varga spoke. Her husband of "
     "50 years, Tom Varga, said the ferry was late.", "Tom Varga", "husband of Varga"),
    ("a-relative-of-a-place-set-off-before-a-name-is-no-title", "Ms Varga spoke. Her husband of Lyme, Tom Varga, said "
     "the ferry was late.", "Tom Varga", None),
    ("a-tie-at-a-body-set-off-before-a-name-is-of-the-one-named-before", "Piet Osman runs the guild. His rival at "
     "Coast Ferries, Ana Varga, said the quota was overdue.", "Ana Varga", "rival of Piet Osman at Coast Ferries"),
    ("a-relative-in-a-place-set-off-before-a-name-is-of-the-one-named-before", "Ida Lenz runs the guild. Her brother "
     "in Lyme, Tom Lenz, said the quota was overdue.", "Tom Lenz", "brother of Ida Lenz in Lyme"),
    ("a-noun-of-no-tie-at-a-place-before-a-name-is-no-title", "Piet Osman runs the guild. In his speech at Lyme, Ana "
     "Varga said the quota was overdue.", "Ana Varga", None),
    ("a-relative-of-a-named-possessor-right-before-a-name-is-its-title", "Ms Varga's brother Tom Reyl said the ferry "
     "was late.", "Tom Reyl", "Ms Varga's brother"),
    ("a-relative-set-off-before-a-name-is-of-the-one-named-before", "Ms Varga spoke. Her brother, Tom Reyl, said the "
     "ferry was late.", "Tom Reyl", "brother of Varga"),
    ("a-relative-before-the-first-of-a-list-of-names-is-no-title", "Tom Reyl met her son, Piet Reyl and Ana Varga. "
     "Piet Reyl said the ferry was late.", "Piet Reyl#2", None),
    ("a-thing-possessed-before-a-name-is-no-relation", "In his speech Tom Reyl said the ferry was late.",
     "Tom Reyl", None),
    ("a-relation-yields-to-a-role-set-off-after-the-name", "Her son Tom Reyl, the harbour master, said the ferry "
     "was late.", "Tom Reyl", "the harbour master"),
    ("premodifier-office-of", "US secretary of state Tom Reyl said talks went well.",
     "Tom Reyl", "US secretary of state"),
    ("a-run-in-headline-in-capitals-is-no-part-of-the-title", "STORM HITS LYME PIER Harbour master Ana Varga said the "
     "pier was shut.", "Ana Varga", "Harbour master"),
    ("one-acronym-in-capitals-stays-in-the-title", "NATO Secretary General Ana Varga said the pier was shut.",
     "Ana Varga", "NATO Secretary General"),
    ("short-acronyms-in-capitals-stay-in-the-title", "UK NHS chief Ana Varga said the pier was shut.",
     "Ana Varga", "UK NHS chief"),
    ("a-british-councillors-honorific-is-an-office", "Cllr Ana Varga (Lab, Harbour Ward) said the toll was fair. "
     "The councillor added that it was needed.", "The councillor", "Cllr"),
    ("an-office-honorific-outranks-a-seat-won", "Gov. Ann Varga toured the pier. Varga was elected to the Senate "
     "in 2004. Varga said the toll was unfair.", "Varga#3", "Gov."),
    ("a-seat-won-with-an-honorific-keeps-the-honorific", "Gov. Ann Varga was elected to the Senate in 2004. Varga "
     "said the toll was unfair.", "Varga#2", "Gov."),
    ("an-adverb-after-the-who-clause-copula", "Ann Varga, who is also the club's captain, said the pitch was wet.",
     "Ann Varga", "the club's captain"),
    ("a-state-after-the-who-clause-copula-is-no-role", "Ann Varga, who is now retired, said the pitch was wet.",
     "Ann Varga", None),
    ("a-gp-is-a-role", "Ann Varga, a Lyme GP, said the clinic was full.", "Ann Varga", "a Lyme GP"),
    ("a-top-scorer-is-a-role", "Tom Reyl, the club's top scorer, said the season was long.", "Tom Reyl",
     "the club's top scorer"),
    ("a-defender-before-the-name-is-a-role", "Harbour United defender Tom Reyl said the pitch was wet.", "Tom Reyl",
     "Harbour United defender"),
    ("a-shopkeeper-before-the-name-is-a-role-over-a-who-clause", "Shopkeeper Ann Varga, who runs a chandlery, said "
     "the toll was fair.", "Ann Varga", "Shopkeeper"),
    ("a-one-word-role-before-the-name-joins-an-appositive-after-it", "Co-author Erik Sand, a marine biologist, "
     "cautioned that the sample was small.", "Erik Sand", "Co-author, a marine biologist"),
    ("a-longer-role-before-the-name-keeps-its-own-over-an-appositive", "Bay Lines chairman Tom Reyl, a marine "
     "biologist, said the sample was small.", "Tom Reyl", "Bay Lines chairman"),
    ("a-one-word-role-before-the-name-and-an-age-after-it-is-the-role", "Researcher Erik Sand, 41, said the "
     "sample was small.", "Erik Sand", "Researcher"),
    ("an-office-honorific-before-the-name-yields-to-an-appositive", "Councillor Erik Sand, a marine biologist, "
     "said the sample was small.", "Erik Sand", "a marine biologist"),
    ("a-retiree-after-the-name-is-a-role", "Tom Reyl, a retiree, said the ferry was late.", "Tom Reyl", "a retiree"),
    ("a-waitress-at-a-place-is-a-role", "Ann Varga, a waitress at the Anchor, said the pier was busy.", "Ann Varga",
     "a waitress at the Anchor"),
    ("a-baker-as-a-surname-is-no-role", "Ann Baker said the pier was busy.", "Ann Baker", None),
    ("a-who-clause-coaching-a-club-is-its-coach", "Tom Reyl, who coaches Harbour United, said the pitch was wet.",
     "Tom Reyl", "coach of Harbour United"),
    ("a-who-clause-role-ends-before-a-second-verb-and-its-object", "Eva Brun, who chairs the harbour board and owns "
     "two trawlers, said the toll was unfair.", "Eva Brun", "chair of the harbour board"),
    ("a-who-clause-copula-role-ends-before-a-second-verb-and-a-pronoun", "Eva Brun, who is the harbour master and "
     "runs it alone, said the toll was unfair.", "Eva Brun", "the harbour master"),
    ("a-who-clause-role-ends-before-and-who", "Ana Varga, who chairs the board and who has long backed the toll, "
     "said the vote was in doubt.", "Ana Varga", "chair of the board"),
    ("a-who-clause-role-with-and-before-a-second-object-is-no-joint-left-over", "Ana Varga, who chairs the board "
     "and the guild, said the toll was unfair.", "Ana Varga", "chair of the board and the guild"),
    ("a-who-clause-copula-role-ends-before-and-who", "Eva Brun, who is the harbour master and who has long backed "
     "the toll, said the toll was unfair.", "Eva Brun", "the harbour master"),
    ("a-who-clause-role-keeps-a-second-object-joined-by-and", "Eva Brun, who chairs the harbour board and the pier "
     "trust, said the toll was unfair.", "Eva Brun", "chair of the harbour board and the pier trust"),
    ("a-top-fan-is-no-role", "Tom Reyl, the club's top fan, said the season was long.", "Tom Reyl", None),
    ("premodifier-capitalised", "Treasury Secretary Erik Dahl said the rule was final.",
     "Erik Dahl", "Treasury Secretary"),
    ("premodifier-stops-at-a-pronoun", "She and Harbour Council Chairman Tom Reyl toured the pier. Reyl said it "
     "was safe.", "Reyl#2", "Harbour Council Chairman"),
    ("premodifier-keeps-a-capitalised-possessive", "His campaign chairman Tom Reyl said it was safe.",
     "His campaign chairman Tom Reyl", "His campaign chairman"),
    ("appositive-with-a-regional-modifier", "Ken Abara, regional organiser for the ferry workers' union, said "
     "the pay offer was too low.", "Ken Abara", "regional organiser for the ferry workers' union"),
    ("premodifier-with-an-elected-recorder", "Lyme County Recorder Ida Lenz said the count was late.",
     "Lyme County Recorder Ida Lenz", "Lyme County Recorder"),
    ("appositive-medical-specialist", "Nina Osei, a rheumatologist at Lyme Hospital, said the swims helped.",
     "Nina Osei", "a rheumatologist at Lyme Hospital"),
    ("appositive-with-a-district-modifier", "Ann Varga, district judge for Lyme, said the toll was legal.",
     "Ann Varga", "district judge for Lyme"),
    ("premodifier-former", "Critics, including former president Jon Hale, said it was wrong.",
     "Jon Hale", "former president"),
    ("premodifier-leader", "Senate Majority Leader Ola Brun said the vote would wait.",
     "Ola Brun", "Senate Majority Leader"),
    ("premodifier-vice", "Vice President Tom Lenz said the plan was ready.", "Tom Lenz", "Vice President"),
    ("premodifier-drops-an-abbreviated-office-after-a-head", "Pier board candidate Sen. Ann Varga said the toll "
     "was unfair.", "Ann Varga", "Pier board candidate"),
    ("premodifier-drops-an-abbreviated-office-after-a-phrase", "Chairman of the Harbour Committee Rep. Tom Reyl "
     "said the pier was safe.", "Tom Reyl", "Chairman of the Harbour Committee"),
    ("premodifier-drops-an-office-with-its-qualifier", "Lyme spokesman Navy Capt. Bo Dunn said the ferry was late.",
     "Bo Dunn", "Lyme spokesman"),
    ("premodifier-keeps-an-abbreviated-office-without-a-head", "Lyme Lt. Gov. Al Kell said the ferry was late.",
     "Al Kell", "Lyme Lt. Gov."),
    ("premodifier-stops-at-a-role-served-by-another", "A spokesman for Harbour Master Tom Reyl said the toll was "
     "due. Later Mr Reyl said the pier was safe.", "Mr Reyl", "Harbour Master"),
    ("premodifier-stops-at-a-role-served-after-to", "An aide to Lyme ferry captain Ann Kell said the toll was due. "
     "Later Ms Kell said the pier was safe.", "Ms Kell", "Lyme ferry captain"),
    ("premodifier-keeps-for-before-a-field", "Lyme Minister for Ferries Al Kell said the toll was fair.", "Al Kell",
     "Lyme Minister for Ferries"),
    ("premodifier-stops-at-a-form-of-be", "“Is Mayor Ann Varga going?” the skippers asked. Ms Varga said the toll "
     "was fair.", "Ms Varga", "Mayor"),
    ("premodifier-keeps-a-full-office-after-a-head", "Lyme harbour executive Director Al Kell said the ferry was "
     "late.", "Al Kell", "Lyme harbour executive Director"),
    ("appositive-after", "Erik Dahl, US Treasury secretary, said the rule was final.",
     "Erik Dahl", "US Treasury secretary"),
    ("appositive-after-runs-past-an-initialism", "“The pier is safe,” said Tom Reyl, senior adviser for the U.S. "
     "Harbour Board in Lyme.", "Tom Reyl", "senior adviser for the U.S. Harbour Board"),
    ("appositive-after-runs-past-an-initialism-before-and", "“The pier is safe,” said Tom Reyl, head of the A.B.C. "
     "and a skipper.", "Tom Reyl", "head of the A.B.C. and a skipper"),
    ("appositive-after-keeps-the-period-of-a-closing-initialism", "“The toll is fair,” said Ann Varga, a reporter "
     "for the U.S. She left in May.", "Ann Varga", "a reporter for the U.S."),
    ("appositive-after-long", "Jon Lund, the Republican chairman of the Senate intelligence committee, "
     "told reporters that it was a risk.", "Jon Lund", "the Republican chairman of the Senate intelligence committee"),
    ("appositive-after-runs-past-an-honorific", "“The toll is fair,” said Tom Reyl, a former adviser to Mr. Dunn. "
     "Reyl said it would stay.", "Reyl#2", "a former adviser to Mr. Dunn"),
    ("appositive-after-runs-past-an-initial", "Tom Reyl, an adviser to George W. Dunn, said it would stay.",
     "Tom Reyl", "an adviser to George W. Dunn"),
    ("appositive-after-ends-at-the-period-of-initials", "Tom Reyl, the envoy to the U.S. The pier is old. Reyl "
     "said it would stay.", "Reyl#2", "the envoy to the U.S."),
    ("a-dateline-with-a-hyphen-is-no-part-of-an-appositive-before", "LYME - The head of the Seafarers' Guild, Piet "
     "Osman, said the fees were too high.", "Piet Osman", "The head of the Seafarers' Guild"),
    ("a-dateline-with-a-place-and-two-hyphens-is-no-part-of-an-appositive-before", "LYME, Dorset -- The head of the "
     "Seafarers' Guild, Piet Osman, said the fees were too high.", "Piet Osman", "The head of the Seafarers' Guild"),
    ("a-dateline-before-a-name-leaves-the-appositive-after-it", "LYME - Piet Osman, the head of the Seafarers' "
     "Guild, said the fees were too high.", "Piet Osman", "the head of the Seafarers' Guild"),
    ("appositive-before-role-to-a-place", "Lyme's envoy to the harbour board, Ida Lenz, said the hearing was set.",
     "Ida Lenz", "Lyme's envoy to the harbour board"),
    ("appositive-before-adviser-to-a-name", "An adviser to Ms Varga, Ida Lenz, said the hearing was set.",
     "Ida Lenz", "An adviser to Ms Varga"),
    ("appositive-before-thing-to-a-place-no-role", "The key to the pier, Ida Lenz, said the hearing was set.",
     "Ida Lenz", None),
    ("appositive-before-a-name-a-role-from-a-place", "A skipper from Lyme, Ida Lenz, said the ferry was late.",
     "Ida Lenz", "A skipper from Lyme"),
    ("appositive-before-a-name-a-role-at-a-body", "One engineer at Bay Lines, Ida Lenz, said the ferry was late.",
     "Ida Lenz", "One engineer at Bay Lines"),
    ("appositive-before-a-name-a-thing-in-a-place-no-role", "A cafe in Lyme, Ida Lenz, said the ferry was late.",
     "Ida Lenz", None),
    ("appositive-before-a-name-with-its-body", "Another pollster, Ida Lenz of Lyme University, said the hearing was set.",
     "Ida Lenz of Lyme University", "Another pollster"),
    ("appositive-before-a-name-with-its-place-closing-the-sentence", "“The pier is safe,” said the harbour master, "
     "Ida Lenz of Lyme.", "Ida Lenz of Lyme", "the harbour master"),
    ("appositive-before-a-name-with-its-place-closing-the-sentence-no-role", "“The pier is safe,” said the key to "
     "the pier, Ida Lenz of Lyme.", "Ida Lenz of Lyme", None),
    ("appositive-before-a-name-with-its-body-no-role", "The key to the pier, Ida Lenz of Lyme, said the hearing was set.",
     "Ida Lenz of Lyme", None),
    ("appositive-before-with-ing-modifier", "The council's planning chief, Ida Lenz, said the hearing was set.",
     "Ida Lenz", "The council's planning chief"),
    ("appositive-after-one-of-a-plural-role", "Ole Dahl, one of the group's founders, said the appeal was ready.",
     "Ole Dahl", "one of the group's founders"),
    ("appositive-after-one-of-no-role", "Ole Dahl, one of many people there, said the appeal was ready.",
     "Ole Dahl", None),
    ("premodifier-stops-at-a-verb-after-its-subject", "Pier Lines hired captain Ann Kell. Ms Kell said the ferry "
     "was sound.", "Ms Kell", "captain"),
    ("premodifier-stops-at-an-irregular-verb", "Lyme Town took striker Tom Akers on loan. Akers said he was happy.",
     "Akers", "striker"),
    ("premodifier-keeps-a-past-form-after-a-possessive", "Harbour United's injured captain Tom Reyl said the pitch "
     "was wet.", "Tom Reyl", "Harbour United's injured captain"),
    ("premodifier-constituency-mp", "Lyme MP Tom Reyl said the toll was unfair.", "Tom Reyl", "Lyme MP"),
    ("appositive-after-scientist-with-place", "Dr Ana Brun, a marine biologist at Lyme University, said the bay was warmer.",
     "Ana Brun", "a marine biologist at Lyme University"),
    ("appositive-before-possessive-planner", "Harbour Council's chief planner, Ana Brun, said the pier would close.",
     "Ana Brun", "Harbour Council's chief planner"),
    ("appositive-after-possessive-mp-with-time", "Tom Reyl, Lyme's MP since 2010, said the toll was unfair.",
     "Tom Reyl", "Lyme's MP"),
    ("appositive-after-head-of-a-gerund-department", "Ana Brun, the council's head of planning, said the pier was safe.",
     "Ana Brun", "the council's head of planning"),
    ("appositive-after-gerund-of-saying-no-role", "Ana Brun, tired of saying no, said the pier was safe.",
     "Ana Brun", None),
    ("appositive-before-possessive-assistant", "Reyl's assistant, Ana Dunn, said the pier was safe.",
     "Ana Dunn", "Reyl's assistant"),
    ("appositive-after-student-with-place", "Ana Dunn, a student at Lyme University, said the toll was unfair.",
     "Ana Dunn", "a student at Lyme University"),
    ("appositive-after-herself-is-the-role", "Ana Dunn, herself a skipper, said the toll was unfair.", "Ana Dunn",
     "a skipper"),
    ("a-verb-in-s-after-a-role-head-makes-a-clause-no-role", "According to Mr Reyl, the mayor runs the harbour "
     "board, and Mr Reyl said the toll was unfair.", "Mr Reyl#2", None),
    ("a-plural-after-a-determiner-in-a-role-is-no-verb", "Lena Ruiz, a spokeswoman for the skippers, said the toll "
     "was unfair.", "Lena Ruiz", "a spokeswoman for the skippers"),
    ("a-role-in-brackets-after-a-name-is-its-title", "Tom Reyl (harbour master) said the toll was unfair.",
     "Tom Reyl", "harbour master"),
    ("a-place-in-the-picture-in-brackets-is-no-title", "Tom Reyl (left) said the toll was unfair.", "Tom Reyl", None),
    ("a-party-in-brackets-is-no-title", "Tom Reyl (Harbour Party) said the toll was unfair.", "Tom Reyl", None),
    ("a-home-town-after-of-before-an-appositive-is-skipped", "Tom Reyl, 61, of Lyme, a skipper for 30 years, said "
     "the toll was unfair.", "Tom Reyl", "a skipper"),
    ("a-home-town-after-of-alone-is-no-title", "Tom Reyl, of Lyme Bay, said the toll was unfair.", "Tom Reyl", None),
    ("a-reflexive-closing-an-appositive-is-no-part-of-the-role", "Ana Dunn, 54, a former skipper herself, said the "
     "toll was fair.", "Ana Dunn", "a former skipper"),
    ("a-reflexive-closing-a-role-before-a-time-is-no-part-of-it", "Ana Dunn, a skipper herself for 30 years, said "
     "the toll was fair.", "Ana Dunn", "a skipper"),
    ("a-reflexive-closing-a-who-clause-is-no-part-of-the-role", "Tom Reyl, who is a skipper himself, said the toll "
     "was fair.", "Tom Reyl", "a skipper"),
    ("appositive-after-a-pronoun-that-is-no-reflexive-stays-none", "Ana Dunn, her skipper, said the toll was "
     "unfair.", "Ana Dunn", "her skipper"),
    ("appositive-after-age-and-volunteer", "Ana Dunn, 19, a volunteer at the harbour, said the pier was safe.",
     "Ana Dunn", "a volunteer at the harbour"),
    ("appositive-after-age-and-family-no-role", "Ana Brun, 45, a mother of three, said the toll was unfair.",
     "Ana Brun", None),
    ("appositive-after-ing-verb-with-object-is-no-role", "Ida Lenz, a chair backing the plan, said the hearing was set.",
     "Ida Lenz", None),
    ("appositive-before-after-and", "The union called the plan unfair, and its general secretary, Anna Kvist, "
     "said members would strike.", "Anna Kvist", "its general secretary"),
    ("appositive-before-after-a-verb-is-the-role-alone", "Bay United sacked its manager, Erik Sand, on Sunday. Sand "
     "said he was shocked.", "Sand#2", "manager of Bay United"),
    ("its-in-a-title-is-the-firm-opening-the-sentence-before", "Bayline Ferries has sold the Sea Lark. Its chief "
     "executive, Sara Penn, said the boat was too old.", "Sara Penn", "chief executive of Bayline Ferries"),
    ("its-in-a-title-after-a-joint-is-the-firm-opening-the-sentence", "Bayline Ferries sold the Sea Lark, and its "
     "chief executive, Sara Penn, said the boat was too old.", "Sara Penn", "chief executive of Bayline Ferries"),
    ("its-in-a-title-after-a-phrase-set-off-before-the-firm-is-the-firm", "In a statement, Bayline Ferries said "
     "the Sea Lark was sold. Its chief executive, Sara Penn, added that the boat was too old.", "Sara Penn",
     "chief executive of Bayline Ferries"),
    ("its-in-a-title-after-a-phrase-set-off-before-a-described-body-is-the-body", "In a statement, the harbour "
     "board said the pier was safe. Its chairman, Tom Reyl, added that repairs would start in May.", "Tom Reyl",
     "chairman of the harbour board"),
    ("its-in-a-title-after-a-phrase-set-off-before-a-named-body-after-the-is-the-body", "In a letter to the "
     "council, the Seafarers' Guild said the toll was too high. Its secretary, Tom Reyl, wrote that members had not "
     "been consulted.", "Tom Reyl", "secretary of the Seafarers' Guild"),
    ("its-in-a-title-after-but-before-a-named-body-is-the-body", "But the Seafarers' Guild, which represents the "
     "crew, accused Bay Lines of greed. Its general secretary, Ida Lenz, said the firm had known.", "Ida Lenz",
     "general secretary of the Seafarers' Guild"),
    ("its-in-a-title-after-meanwhile-before-a-described-body-is-the-body", "Meanwhile, the harbour board met. Its "
     "chair, Lena Ruiz, said the fee would rise.", "Lena Ruiz", "chair of the harbour board"),
    ("its-in-a-title-after-from-before-a-body-stays", "From the Seafarers' Guild came a warning. Its secretary, "
     "Tom Reyl, said members would strike.", "Tom Reyl", "Its secretary"),
    ("its-in-a-title-after-a-phrase-set-off-before-capitals-that-are-no-body-stays", "In a letter to the council, "
     "the Lyme Skippers said the toll was too high. Its secretary, Tom Reyl, wrote that members had not been "
     "consulted.", "Tom Reyl", "Its secretary"),
    ("a-bodys-noun-in-a-title-is-the-body-named-before", "The Lyme Heritage Trust said the toll would hurt "
     "visitors. The trust's chair, Lena Ruiz, said that she had written to the board.", "Lena Ruiz",
     "chair of the Lyme Heritage Trust"),
    ("the-firms-in-a-title-is-the-firm-named-before", "Bay Lines rejected the claim. The firm's chief executive, "
     "Piet Osman, said that it had paid every bill.", "Piet Osman", "chief executive of Bay Lines"),
    ("a-bodys-noun-in-a-title-is-the-one-body-of-that-noun-named-further-back", "The Seafarers' Guild met on Monday. "
     "Its members voted to strike. The guild's secretary, Tom Reyl, said that the vote was clear.", "Tom Reyl",
     "secretary of the Seafarers' Guild"),
    ("a-bodys-noun-in-a-title-after-two-bodies-of-that-noun-stays", "The Seafarers' Guild met the Dockers' Guild on "
     "Monday. Its members voted to strike. The guild's secretary, Tom Reyl, said that the vote was clear.", "Tom Reyl",
     "The guild's secretary"),
    ("a-bodys-noun-in-a-title-after-a-title-case-headline-stays", "Skippers Announce End Of Secret Guild\n\nThe pier is old. "
     "Its members voted to strike. The guild's secretary, Tom Reyl, said that the vote was clear.", "Tom Reyl",
     "The guild's secretary"),
    ("another-bodys-noun-in-a-title-stays", "The Lyme Heritage Trust said the toll would hurt visitors. The guild's "
     "chair, Lena Ruiz, said that she had written to the board.", "Lena Ruiz", "The guild's chair"),
    ("the-firms-in-a-title-after-a-described-body-stays", "The harbour board met on Monday. The firm's chair, Piet "
     "Osman, said that it had paid every bill.", "Piet Osman", "The firm's chair"),
    ("the-firms-in-a-title-after-a-person-stays", "Tom Reyl sold the boat. The firm's chief executive, Piet Osman, "
     "said that it had paid every bill.", "Piet Osman", "The firm's chief executive"),
    ("its-in-a-title-after-two-bodies-joined-by-and-stays", "The Seafarers' Guild and the harbour board said the toll "
     "was too high. Its secretary, Tom Reyl, wrote that members had not been consulted.", "Tom Reyl", "Its secretary"),
    ("its-in-a-title-after-a-described-body-and-a-firm-stays", "The harbour board and Bay Lines said the toll was too "
     "high. Its secretary, Tom Reyl, wrote that members had not been consulted.", "Tom Reyl", "Its secretary"),
    ("its-in-a-title-after-a-described-body-alone-is-the-body", "The harbour board said the toll was too high. Its "
     "secretary, Tom Reyl, wrote that members had not been consulted.", "Tom Reyl", "secretary of the harbour board"),
    ("its-in-a-title-after-a-phrase-set-off-before-a-person-stays", "In a letter to Bay Lines, Ms Varga "
     "complained about the fares. Its chief executive, Ida Lenz, said they would fall.", "Ida Lenz",
     "Its chief executive"),
    ("its-in-a-title-after-a-spokesman-for-the-firm-is-the-firm-before", "Bay Lines cut a route to Lyme. A "
     "spokesman for the firm declined to comment. Its chief executive, Ida Lenz, said fares would rise.", "Ida Lenz",
     "chief executive of Bay Lines"),
    ("its-in-a-title-after-the-company-is-the-firm-before", "Bay Lines cut a route to Lyme. The company declined to "
     "comment. Its chief executive, Ida Lenz, said fares would rise.", "Ida Lenz", "chief executive of Bay Lines"),
    ("its-in-a-title-after-a-spokesman-for-the-firm-after-a-person-stays", "Tom Reyl sold his boat. A spokesman "
     "for the firm declined to comment. Its chief executive, Ida Lenz, said fares would rise.", "Ida Lenz",
     "Its chief executive"),
    ("a-role-fronted-before-a-name-opening-the-sentence-is-its-title", "Ida Lenz runs the museum. A historian, Ms "
     "Lenz said the archive was at risk.", "Ms Lenz", "A historian"),
    ("a-role-fronted-after-an-age-is-its-title", "Ida Lenz runs the museum. Now 53 and a historian, Ms Lenz said "
     "the archive was at risk.", "Ms Lenz", "a historian"),
    ("a-time-fronted-before-a-name-is-no-title", "Ida Lenz runs the museum. A day later, Ms Lenz said the archive "
     "was at risk.", "Ms Lenz", None),
    ("its-in-a-title-after-a-body-set-up-the-sentence-before-is-that-body", "Parents have started a campaign to "
     "reverse the cut. Its founder, Lena Ruiz, said the cut would hurt families.", "Lena Ruiz",
     "founder of the campaign"),
    ("its-author-after-a-study-opening-the-sentence-before", "The study, commissioned by the harbour board, said the "
     "sand was thinning. Its lead author, Dr Lena Ruiz, said the town had to act.", "Lena Ruiz",
     "lead author of the study"),
    ("its-chairman-after-a-study-stays", "The study said the sand was thinning. Its chairman, Jon Hale, said the town "
     "had to act.", "Jon Hale", "Its chairman"),
    ("its-author-after-a-study-that-is-no-subject-stays", "Ms Varga read the study. Its lead author, Lena Ruiz, said "
     "the town had to act.", "Lena Ruiz", "Its lead author"),
    ("its-in-a-title-after-a-body-only-met-stays", "Skippers met a campaign group on Monday. Its founder, Tom Reyl, "
     "said the toll was unfair.", "Tom Reyl", "Its founder"),
    ("its-in-a-title-after-a-firms-possessive-is-the-firm", "Bay Lines' board sold the Sea Lark. Its chief "
     "executive, Sara Penn, said the boat was too old.", "Sara Penn", "chief executive of Bay Lines"),
    ("its-in-a-title-set-off-after-a-name-is-the-firm-the-sentence-before", "Bayline Ferries made a loss. Tom Reyl, "
     "its chief executive, said the toll was to blame.", "Tom Reyl", "chief executive of Bayline Ferries"),
    ("its-in-a-title-set-off-after-a-name-with-no-firm-as-subject-stays", "Harbour firms hired Pier Messaging last "
     "year. Tom Reyl, its chief executive, said the toll was to blame.", "Tom Reyl", "its chief executive"),
    ("its-in-a-title-after-a-firm-and-its-participle-phrase-is-the-firm", "Isle Ferries, founded in 1987, carried "
     "400,000 passengers. Its chief executive, Ida Lenz, said the boat was too old.", "Ida Lenz",
     "chief executive of Isle Ferries"),
    ("its-in-a-title-after-a-names-possessed-body-is-the-body", "Ferries from Lyme's quay were late. Lyme's "
     "harbour board met. Its chair, Ana Varga, said the toll would rise.", "Ana Varga", "chair of Lyme's harbour board"),
    ("its-in-a-title-after-a-named-festival-is-the-festival", "The Lyme Arts Festival drew record crowds. Its "
     "director, Piet Osman, said the town had gained.", "Piet Osman", "director of the Lyme Arts Festival"),
    ("its-in-a-title-after-a-group-named-after-a-possessive-kind", "Patients' group Lyme Health Watch said waits "
     "were too long. Its coordinator, Ida Lenz, said the list would grow.", "Ida Lenz",
     "coordinator of Lyme Health Watch"),
    ("its-in-a-title-after-a-charity-named-after-its-kind", "Patients’ charity Lyme Care cut its grants. Its "
     "chairman, Tom Reyl, said the list would grow.", "Tom Reyl", "chairman of Lyme Care"),
    ("its-in-a-title-after-a-named-association-is-the-association", "The Ferry Owners Association has backed the "
     "toll. Its chairman, Tom Reyl, said the fee was fair.", "Tom Reyl", "chairman of the Ferry Owners Association"),
    ("its-in-a-title-after-a-named-guild-is-the-guild", "The Seafarers' Guild called a strike on Monday. Its "
     "president, Tom Reyl, said the toll was unfair.", "Tom Reyl",
     "president of the Seafarers' Guild"),
    ("its-in-a-title-after-a-guild-that-is-no-subject-stays", "Skippers joined the Seafarers' Guild on Monday. Its "
     "president, Tom Reyl, said the toll was unfair.", "Tom Reyl", "Its president"),
    ("its-in-a-title-after-a-body-of-a-place-is-the-whole-name", "Lyme Chamber of Commerce warned that shops would "
     "suffer. Its president, Erik Sand, said footfall had halved.", "Erik Sand",
     "president of Lyme Chamber of Commerce"),
    ("its-in-a-title-after-a-firms-survey-is-the-firm", "A survey by Coastline Research put the candidates level, "
     "and its director, Piet Osman, said the race was close.", "Piet Osman", "director of Coastline Research"),
    ("its-in-a-title-after-a-firms-new-poll-is-the-firm", "A new poll from Coastline Research put Ms Varga ahead. "
     "Its director, Piet Osman, said the race was close.", "Piet Osman", "director of Coastline Research"),
    ("its-in-a-title-after-a-survey-of-a-place-stays", "A survey of Lyme Harbour put the candidates level, and its "
     "director, Piet Osman, said the race was close.", "Piet Osman", "its director"),
    ("its-in-a-title-after-a-persons-study-stays", "A study by Ana Varga found the water warm. Its author, Tom "
     "Reyl, said the sea was rising.", "Tom Reyl", "Its author"),
    ("their-in-a-title-after-a-firm-is-the-firm", "Bay Lines has backed the toll. Their spokesman, Tom Reyl, said "
     "the fee was fair.", "Tom Reyl", "spokesman of Bay Lines"),
    ("their-in-a-title-after-people-stays", "The skippers met on Monday. Their spokesman, Tom Reyl, said the fee "
     "was fair.", "Tom Reyl", "Their spokesman"),
    ("its-in-a-title-after-a-person-subject-stays", "Tom Reyl praised Bayline Ferries. Its chief executive, Sara "
     "Penn, said the boat was too old.", "Sara Penn", "Its chief executive"),
    ("its-in-a-title-after-a-body-with-an-article-stays", "The council sold the Sea Lark. Its chief executive, Sara "
     "Penn, said the boat was too old.", "Sara Penn", "Its chief executive"),
    ("its-in-a-title-after-a-described-body-in-lower-case-is-the-body", "The harbour board met on Monday. Its "
     "chair, Ana Varga, said the toll would rise.", "Ana Varga", "chair of the harbour board"),
    ("its-in-a-title-after-a-dateline-and-a-described-body-is-the-body", "LYME — The harbour board will raise "
     "fees by a third, its chair, Ana Varga, said on Monday.", "Ana Varga", "chair of the harbour board"),
    ("its-in-a-title-after-a-dateline-and-the-council-stays", "LYME, May 2 — The council met on Monday. Its "
     "chair, Ana Varga, said the toll would rise.", "Ana Varga", "Its chair"),
    ("its-in-a-title-after-a-possessed-body-is-the-body", "The council's transport committee met on Monday. Its "
     "chairman, Piet Osman, said the fee was fair.", "Piet Osman", "chairman of the council's transport committee"),
    ("its-in-a-title-after-a-plural-possessed-body-is-the-body", "The skippers' union met on Monday. Its "
     "secretary, Tom Reyl, said the toll was unfair.", "Tom Reyl", "secretary of the skippers' union"),
    ("its-in-a-title-after-a-body-and-its-relative-set-off-is-the-body", "The skippers' union, which backed the "
     "toll, has not endorsed anyone. Its president, Ida Lenz, said members were split.", "Ida Lenz",
     "president of the skippers' union"),
    ("its-in-a-title-after-a-description-and-its-body-set-off-is-the-body", "The pier's owners, the Lyme Pier "
     "Trust, say they have raised money. Its chairwoman, Lena Ruiz, said the trust would sell.", "Lena Ruiz",
     "chairwoman of the Lyme Pier Trust"),
    ("its-in-a-title-after-a-description-and-people-set-off-stays", "The pier's owners, Tom Reyl and Ana Varga, "
     "say they have raised money. Its chairwoman, Lena Ruiz, said the trust would sell.", "Lena Ruiz",
     "Its chairwoman"),
    ("its-in-a-title-after-a-body-and-a-list-set-off-stays", "The harbour board, the council and the union met. Its "
     "chairman, Tom Reyl, said the toll was fair.", "Tom Reyl", "Its chairman"),
    ("its-in-a-title-after-possessed-things-stays", "The skippers' boats were idle. Its secretary, Tom Reyl, said "
     "the toll was unfair.", "Tom Reyl", "Its secretary"),
    ("its-in-a-title-after-a-described-body-as-an-object-stays", "Tom Reyl wrote to the harbour board. Its chair, "
     "Ana Varga, said the toll would rise.", "Ana Varga", "Its chair"),
    ("appositive-before-after-a-verb-with-a-capital-object", "Police arrested the harbour master, Ana Varga, at "
     "dawn. Varga said she was shocked.", "Varga#2", "the harbour master"),
    ("appositive-before-after-of-a-thing-is-the-role-alone", "The council halved the pay of its harbour master, Ana "
     "Varga, at dawn. Varga said she was shocked.", "Varga#2", "its harbour master"),
    ("appositive-before-a-relative-of-a-role-stays-whole", "The mother of the skipper, Ana Varga, said the crew had "
     "been warned.", "Ana Varga", "The mother of the skipper"),
    ("appositive-before-after-a-connector-stays-whole", "The deputy to the mayor, Tom Reyl, said the toll was fair.",
     "Tom Reyl", "The deputy to the mayor"),
    ("appositive-after-an-age-then-a-job", "Anna Holm, 52, a former ferry pilot, said the toll was unfair.",
     "Anna Holm", "a former ferry pilot"),
    ("a-title-ending-like-a-particle-stays-the-title", "Harbour Council Leader Tom Reyl said the toll was unfair.",
     "Tom Reyl", "Harbour Council Leader"),
    ("a-role-between-dashes-is-a-title", "Ana Varga – the harbour master – said the toll was unfair.", "Ana Varga",
     "the harbour master"),
    ("a-role-between-unspaced-em-dashes-is-a-title", "Ana Varga—the harbour master—said the toll was unfair.",
     "Ana Varga", "the harbour master"),
    ("a-role-after-one-dash-alone-is-no-title", "Ana Varga – the harbour master said the toll was unfair.",
     "Ana Varga", None),
    ("a-bare-role-before-at-is-a-title", "Ida Lenz, harbour master at the port, said the toll was unfair.",
     "Ida Lenz", "harbour master at the port"),
    ("plain-words-before-at-are-no-role", "Tom Reyl, home at last, said the toll was unfair.", "Tom Reyl", None),
    ("an-age-inside-an-appositive-is-no-part-of-the-title", "Tom Reyl, a 54-year-old skipper, said the toll was "
     "unfair.", "Tom Reyl", "skipper"),
    ("an-age-after-a-possessor-is-no-part-of-the-title", "Ana Varga, the club's 61-year-old treasurer, said the "
     "toll was unfair.", "Ana Varga", "the club's treasurer"),
    ("an-age-before-a-place-is-no-title", "Ana Varga, a 59-year-old from Lyme, said the toll was unfair.",
     "Ana Varga", None),
    ("years-in-a-role-are-no-age", "Tom Reyl, a 30-year skipper, said the toll was unfair.", "Tom Reyl",
     "a 30-year skipper"),
    ("appositive-after-a-job-of-a-school", "Greta Olsen, a retired teacher, said the fair was fun.", "Greta Olsen",
     "a retired teacher"),
    ("appositive-after-a-service-is-no-role", "Pier Pilots, a ferry service, said the pier was unsafe.",
     "Pier Pilots", None),
    ("at-the-time-after-a-role-is-no-part-of-it", "Tom Reyl, the harbour master at the time the toll was set, "
     "said the pier was safe.", "Tom Reyl", "the harbour master"),
    ("by-the-time-after-a-role-is-no-part-of-it", "Ana Varga, a lawyer by the time her husband ran, said the pier "
     "was safe.", "Ana Varga", "a lawyer"),
    ("a-span-ago-closing-a-role-is-no-part-of-it", "Ana Varga, the chief strategist for the harbour party four "
     "years ago, said the pier was safe.", "Ana Varga", "the chief strategist for the harbour party"),
    ("at-a-place-after-a-role-stays-in-it", "Ana Varga, a lawyer at the harbour office, said the pier was safe.",
     "Ana Varga", "a lawyer at the harbour office"),
    ("at-a-body-named-after-a-month-stays-in-the-role", "Ana Varga, a lawyer at the March Harbour Trust, said the "
     "pier was safe.", "Ana Varga", "a lawyer at the March Harbour Trust"),
    ("appositive-after-a-role-for-a-number-word-of-years", "Lena Ruiz, a skipper for twenty years, said the toll "
     "was unfair.", "Lena Ruiz", "a skipper"),
    ("who-clause-with-a-role-for-a-number-word-of-years", "Lena Ruiz, who was a ferry captain for twenty years, said "
     "the toll was unfair.", "Lena Ruiz", "a ferry captain"),
    ("appositive-after-a-role-for-a-number-of-towns-stays-whole", "Lena Ruiz, a spokesman for 30 towns, said the "
     "toll was unfair.", "Lena Ruiz", "a spokesman for 30 towns"),
    ("copula-role-without-article-before-a-weekday", "Lena Ruiz was named harbour master on Tuesday. Ruiz said "
     "the pier was unsafe.", "Ruiz#2", "harbour master"),
    ("appositive-after-a-bare-role", "Lena Ruiz, ferry captain, said the pier was unsafe.", "Lena Ruiz",
     "ferry captain"),
    ("appositive-role-on-a-body-stays-whole", "Ana Varga, a spokesman on the council, said the pier was unsafe.",
     "Ana Varga", "a spokesman on the council"),
    ("appositive-through-a-role-is-no-role", "Tom Reyl, through a spokeswoman, said the pier was unsafe.",
     "Tom Reyl", None),
    ("appositive-bare-words-without-a-head-are-no-role", "Lena Ruiz, pier fan, said the pier was unsafe.",
     "Lena Ruiz", None),
    ("who-clause-after-an-age", "Karin Ek, 45, who heads the freight arm, said she was proud.", "Karin Ek",
     "head of the freight arm"),
    ("who-clause-after-an-age-without-a-role", "Karin Ek, 45, who met the mayor, said she was proud.", "Karin Ek",
     None),
    ("appositive-before-role-before-of", "Outside court, the head of the port authority, Maria Lind, said the rules "
     "were new.", "Maria Lind", "the head of the port authority"),
    ("appositive-before-joined-to-a-possessive-role", "The firm and Lyme’s secretary of state for ports, Maria Lind, "
     "said the rules were new.", "Maria Lind", "Lyme’s secretary of state for ports"),
    ("appositive-before-thing-before-of-is-no-role", "At the end of the pier, Maria Lind said the rules were new.",
     "Maria Lind", None),
    ("appositive-after-at-end", "The rule was final, said Erik Dahl, the Treasury secretary.",
     "Erik Dahl", "the Treasury secretary"),
    ("appositive-before", "The group's founder, Jane Doe, said the plan was sound.", "Jane Doe", "The group's founder"),
    ("honorific-office", "President Osman said the ban would come soon.", "Osman", "President"),
    ("harbour-master-premodifier", "Harbour master Ana Varga said the pier was sound.",
     "Harbour master Ana Varga", "Harbour master"),
    ("harbour-master-appositive", "Ana Varga, the harbour master, said the pier was sound.",
     "Ana Varga", "the harbour master"),
    ("sports-coach-premodifier", "Rovers coach Dario Mett said the pitch was too wet.",
     "Rovers coach Dario Mett", "Rovers coach"),
    ("sports-striker-premodifier", "Rovers striker Ivo Tamm said the pitch was too wet.",
     "Rovers striker Ivo Tamm", "Rovers striker"),
    ("referee-office-before-a-name", "Referee Ana Brun said the pitch was too wet.", "Referee Ana Brun", "Referee"),
    ("coroner-appositive-before", "The coroner, Piet Lorne, said the skipper had drowned.", "Piet Lorne", "The coroner"),
    ("coach-as-a-bus-is-no-title", "Fans rode the coach with Dario Mett. Mr Mett said the trip was long.",
     "Mr Mett", None),
    ("lower-case-noun-inside-a-title", "Dutch ferry captain Jan Moller said the crossing was rough.",
     "Dutch ferry captain Jan Moller", "Dutch ferry captain"),
    ("lower-case-noun-after-deputy", "Deputy harbour master Kai Brandt said the lights had failed.",
     "Deputy harbour master Kai Brandt", "Deputy harbour master"),
    ("lower-case-noun-after-a-preposition", "Ms Varga wrote to ferry captain Jan Moller. Mr Moller said the crossing was rough.",
     "Mr Moller", "ferry captain"),
    ("lower-case-noun-after-the", "Mr Reyl met the harbour master Ana Varga. Ms Varga said the pier was sound.",
     "Ms Varga", "harbour master"),
    ("surname-alone-with-a-title-after-it", "Varga, the harbour master, said the pier was sound.",
     "Varga", "the harbour master"),
    ("surname-alone-with-a-role-of-a-body-after-it", "Varga, head of the Pier Society, said the pier was sound.",
     "Varga", "head of the Pier Society"),
    ("hyphened-past-title-before-a-name", "Ex-mayor Piet Osman said the harbour was neglected.",
     "Ex-mayor Piet Osman", "Ex-mayor"),
    ("an-initial-before-a-given-name-is-no-part-of-the-title", "Harbour counsel W. Tom Reyl said the toll was fair.",
     "Harbour counsel W. Tom Reyl", "Harbour counsel"),
    ("a-show's-host-is-a-role", "Radio host Tom Reyl said the toll was fair.", "Radio host Tom Reyl", "Radio host"),
    ("a-debate's-moderator-is-a-role", "Tom Reyl, the moderator of the pier debate, said the toll was fair.",
     "Tom Reyl", "the moderator of the pier debate"),
    ("a-host-of-people-is-no-role-of-the-name-after", "At the pier a host of skippers met Tom Reyl, who said the toll "
     "was fair.", "who", None),
    ("a-surgeon's-speciality-is-a-role", "Retired neurosurgeon Ana Varga said the toll was fair.",
     "Retired neurosurgeon Ana Varga", "Retired neurosurgeon"),
    ("a-party-operative-is-a-role", "Tom Reyl, a veteran harbour operative, said the toll was fair.", "Tom Reyl",
     "a veteran harbour operative"),
    ("a-challenger-of-another-is-that-one's-rival", "Mayor Ana Varga met her challenger, Tom Reyl. Mr Reyl said the "
     "toll was fair.", "Mr Reyl", "challenger of Ana Varga"),
    ("the-one-challenged-keeps-her-title", "Mayor Ana Varga met her challenger, Tom Reyl. Ms Varga said the toll "
     "was fair.", "Ms Varga", "Mayor"),
    ("an-honorific-and-a-name-set-off-after-a-name-is-no-role", "“We backed Mayor Varga, Captain Reyl, Judge Lind, "
     "all of them,” Ana Dunn said. Ms Varga said that the toll was high.", "Ms Varga", "Mayor"),
    ("an-honorific-before-title-words-set-off-after-a-name-is-a-role", "Tom Reyl, Chief Executive Officer of Pier "
     "Lines, said the toll was fair.", "Tom Reyl", "Chief Executive Officer of Pier Lines"),
    ("a-shared-role-with-co-is-a-head", "Tom Reyl, co-director of the Pier Society, said the toll was fair.",
     "Tom Reyl", "co-director of the Pier Society"),
    ("co-before-a-noun-that-is-no-head-is-no-role", "Tom Reyl, a co-signer of the letter, said the toll was fair.",
     "Tom Reyl", None),
    ("hyphened-past-title-appositive", "Piet Osman, the ex-mayor, said the harbour was neglected.",
     "Piet Osman", "the ex-mayor"),
    ("office-after-a-connector-is-the-whole-title", "The Pier Society and Mayor Eva Brun said the pier was safe.",
     "Mayor Eva Brun", "Mayor"),
    ("office-after-to-is-the-whole-title", "An aide to then-Mayor Eva Brun said the pier was safe.",
     "Eva Brun", "then-Mayor"),
    ("occupation-before-an-unlisted-given-name", "Skipper Piet Osman said the crossing was rough.",
     "Skipper Piet Osman", "Skipper"),
    ("senator-party-state-kept-apart", "Sen. Jon Lund (R-Fla.) said the app was a risk.", "Jon Lund", "Sen."),
    ("governor-abbreviation", "Gov. Ida Lenz said schools would reopen.", "Ida Lenz", "Gov."),
    ("who-chairs-clause", "Jane Doe, who chairs the ethics panel, said the case was closed.",
     "Jane Doe", "chair of the ethics panel"),
    ("who-chaired-an-event-leaves-the-honorific", "Mayor Eva Brun, who chaired the meeting, said the vote was fair.",
     "Mayor Eva Brun", "Mayor"),
    ("who-led-an-event-on-a-day-states-no-role", "Eva Brun, who led the protest on Monday, said the vote was unfair.",
     "Eva Brun", None),
    ("who-heads-a-body-named-for-an-event", "Eva Brun, who heads the Meeting Society, said the vote was unfair.",
     "Eva Brun", "head of the Meeting Society"),
    ("who-is-clause", "Jane Doe, who is the company's chief executive, said profits rose.",
     "Jane Doe", "the company's chief executive"),
    ("full-statement-beats-honorific", "Sen. Jane Doe arrived. Jane Doe, the chair of the finance committee, "
     "said the bill was dead.", "Jane Doe#2", "the chair of the finance committee"),
    ("first-full-statement-wins", "Treasury Secretary Erik Dahl arrived. Erik Dahl, a former "
     "banker and adviser, said the rule was final.", "Erik Dahl#2", "Treasury Secretary"),
    ("title-from-a-mention-inside-a-quote", "“President Osman has decided,” Mr Reyl said. "
     "Mr Osman said the ban would come soon.", "Mr Osman", "President"),
    # negative rows: where a title stops
    ("mr-is-not-a-title", "Mr Smith said the vote was fair.", "Mr Smith", None),
    ("ms-is-not-a-title", "Ms Jones said the vote was fair.", "Ms Jones", None),
    ("dr-is-not-a-title", "Dr Lena Ruiz said masks help.", "Dr Lena Ruiz", None),
    ("someone-elses-premodifier", "John Brown met Treasury Secretary Erik Dahl. Mr Brown said the talks were good.",
     "Mr Brown", None),
    ("someone-elses-title-after-a-verb", "Jane Doe told Senate Majority Leader Ola Brun that the vote was close.",
     "Jane Doe", None),
    ("who-clause-with-a-role-verb-before-a-preposition-is-no-role", "Jane Doe, who runs for mayor, said the talks "
     "were good.", "Jane Doe", None),
    ("who-clause-with-a-role-verb-before-its-object-is-a-role", "Jane Doe, who runs the ferry, said the talks were "
     "good.", "Jane Doe", "head of the ferry"),
    ("who-clause-with-has-run-is-a-role", "Jane Doe, who has run the ferry since 1998, said the talks were good.",
     "Jane Doe", "head of the ferry"),
    ("who-clause-that-led-a-race-is-no-role", "Jane Doe, who led the race, said the talks were good.", "Jane Doe",
     None),
    ("who-clause-without-a-role", "Jane Doe, who met the president, said the talks were good.", "Jane Doe", None),
    ("verb-before-a-noun-and-title-stays-out", "Ms Varga praised ferry captain Jan Moller. Mr Moller said the crossing was rough.",
     "Mr Moller", "ferry captain"),
    ("the-object-of-a-past-verb-keeps-its-modifier", "Ida Lenz met harbour pilot Pia Kern on Monday. Ms Kern said "
     "the crossing was rough.", "Ms Kern", "harbour pilot"),
    ("a-preposition-before-a-title-stays-out", "The report was written by reporter Pia Kern. Ms Kern said the "
     "crossing was rough.", "Ms Kern", "reporter"),
    ("a-determiner-before-a-title-stays-out", "Ida Lenz praised that reporter Pia Kern. Ms Kern said the "
     "crossing was rough.", "Ms Kern", "reporter"),
    ("a-seed-is-a-title", "Second seed Pia Kern beat Ida Lenz. Ms Kern said the court was wet.", "Ms Kern",
     "Second seed"),
    ("two-lower-case-words-stay-out", "Ms Varga met the new ferry captain Jan Moller. Mr Moller said the crossing was rough.",
     "Mr Moller", "captain"),
    ("two-lower-case-words-after-a-preposition-stay-out", "Ms Varga wrote to the new ferry captain Jan Moller. "
     "Mr Moller said the crossing was rough.", "Mr Moller", "captain"),
    ("question-word-before-a-title-stays-out", "Ms Varga asked about what captain Jan Moller wanted. "
     "Mr Moller said the crossing was rough.", "Mr Moller", "captain"),
    ("cue-before-an-office-stays-out", "The Pier Society says Mayor Eva Brun is wrong. Mayor Eva Brun said the pier was safe.",
     "Mayor Eva Brun#2", "Mayor"),
    ("hyphened-word-without-a-role", "Ana Varga, an ex-skier, said the pier was safe.", "Ana Varga", None),
    ("a-bare-role-before-of-is-a-title", "Ida Lenz, harbour master of Lyme, said the pier was safe.", "Ida Lenz",
     "harbour master of Lyme"),
    ("a-bare-phrase-of-no-role-before-of-is-no-title", "Ida Lenz, lover of ferries, said the pier was safe.",
     "Ida Lenz", None),
    ("a-participle-after-a-role-s-object-is-cut-with-its-phrase",
     "Tom Reyl, a spokesman for the ministry based in Lyme, said the pier was safe.", "Tom Reyl",
     "a spokesman for the ministry"),
    ("a-past-form-modifying-a-role-s-object-stays", "Tom Reyl, a spokesman for the united front, said the pier was "
     "safe.", "Tom Reyl", "a spokesman for the united front"),
    ("a-senior-fellow-at-a-body-is-a-title", "Tom Reyl, a senior fellow at the Harbour Institute, said the pier was "
     "safe.", "Tom Reyl", "a senior fellow at the Harbour Institute"),
    ("a-fellow-alone-is-no-title", "Tom Reyl, a jolly fellow, said the pier was safe.", "Tom Reyl", None),
    ("father-before-a-name-is-a-priest-s-title", "Father Tom Reyl said the pier was safe.", "Father Tom Reyl",
     "Father"),
    ("the-priest-after-father-is-he", "Father Tom Reyl blessed the ferry. The priest said the pier was safe.",
     "The priest", "Father"),
    ("a-possessed-father-is-no-title", "Tom Reyl's father said the pier was safe.", "Tom Reyl's father", None),
    ("the-mayor-is-not-the-ex-mayor", "Ex-mayor Piet Osman arrived. The mayor said the harbour was safe.",
     "The mayor", None),
    ("office-of-a-body-keeps-its-connector", "Speaker of the Council Ana Varga said the pier was safe.",
     "Speaker of the Council Ana Varga", "Speaker of the Council"),
    ("master-plan-is-no-role", "Ana Varga, who wrote the master plan, said the pier was sound.", "Ana Varga", None),
    ("list-is-not-an-appositive", "Jane Doe, John Smith and Mary Major said the vote was fair.", "Jane Doe", None),
    ("age-is-not-a-title", "Jane Doe, 45, said the vote was fair.", "Jane Doe", None),
    ("place-is-not-a-title", "Jane Doe, of Ohio, said the vote was fair.", "Jane Doe", None),
    ("day-is-not-a-title", "On Sunday Jane Doe said the vote was fair.", "Jane Doe", None),
    ("organisation-has-no-title", "The White House said the vote was fair.", "The White House", None),
    ("unnamed-source-has-no-title", "A White House official said the vote was fair.", "A White House official", None),
    ("one-word-with-a-place-after-it-is-no-person", "Lyme, the harbour town, said the pier was sound.", "Lyme", None),
    ("one-word-with-an-agency-after-it-is-no-person", "Pierwire, the official harbour news agency, said the pier "
     "was sound.", "Pierwire", None),
    ("surname-alone-with-a-list-after-it-gets-no-title", "Varga, Reyl and the harbour master said the pier was sound.",
     "Varga", None),
    ("occupation-word-before-one-word-is-a-firm", "Skipper Freight said the pier fees were too high.",
     "Skipper Freight", None),
    ("appositive-role-ends-before-a-time", "Lena Ruiz, a skipper for 30 years, said the toll was too high.",
     "Lena Ruiz", "a skipper"),
    ("appositive-role-ends-before-since", "Ms Varga, the harbour master since 2015, said the pier was safe.",
     "Ms Varga", "the harbour master"),
    ("appositive-role-after-an-age", "Ana Varga, 54, a fisherman, said the catch had fallen.", "Ana Varga",
     "a fisherman"),
    ("appositive-role-of-a-trade", "Lena Ruiz, the lighthouse keeper, said the lamp was failing.", "Lena Ruiz",
     "the lighthouse keeper"),
    ("appositive-role-of-a-craft", "Erik Sand, a retired trawlerman, said the catch had fallen.", "Erik Sand",
     "a retired trawlerman"),
    ("appositive-role-of-an-art", "Ida Lenz, a writer who lives on the quay, said the toll was unfair.", "Ida Lenz",
     "a writer"),
    ("appositive-description-is-no-role", "Piet Osman, a regular at the quay, said the toll was unfair.",
     "Piet Osman", None),
    ("appositive-role-in-a-field-keeps-it", "Jon Hale, a lecturer in politics at Lyme College, said the vote was "
     "close.", "Jon Hale", "a lecturer in politics at Lyme College"),
    ("appositive-role-in-a-field-ends-before-a-time", "Jon Hale, a lecturer in 2019, said the vote was close.",
     "Jon Hale", "a lecturer"),
    ("appositive-role-in-a-field-ends-before-a-possessive", "Jon Hale, a law professor in his first campaign, said "
     "the vote was close.", "Jon Hale", "a law professor"),
    ("appositive-role-in-a-field-too-long-keeps-the-head", "Ida Lenz, an assistant professor in harbour policy at the "
     "University of North Lyme at Seaton Hill, said the vote was close.", "Ida Lenz", "an assistant professor"),
    ("appositive-role-keeps-for-a-body", "Tom Reyl, a spokesman for the Harbour Council, said the toll would rise.",
     "Tom Reyl", "a spokesman for the Harbour Council"),
    ("appositive-after-a-name-of-a-place", "Sen. Ida Lenz of Lyme, the panel chair, said the pier was unsafe.",
     "Sen. Ida Lenz of Lyme", "the panel chair"),
    ("who-clause-after-a-name-of-a-place", "Ida Lenz of Lyme, who chairs the panel, said the pier was unsafe.",
     "Ida Lenz of Lyme", "chair of the panel"),
    ("appositive-role-keeps-last-before-a-noun", "Tom Reyl, the last mayor of Lyme, said the toll would rise.",
     "Tom Reyl", "the last mayor of Lyme"),
    ("role-cut-inside-a-clause-is-none",
     "While Varga, Reyl and Harbour Chairman Ida Lenz have spent the last week at the pier, Varga said the toll "
     "would rise.", "Varga#2", None),
    ("appositive-role-keeps-editor-in-chief", "Tom Reyl, editor in chief of the Lyme Gazette, said the toll would rise.",
     "Tom Reyl", "editor in chief of the Lyme Gazette"),
    ("appositive-role-ends-before-in-a-place", "Jose Dahl, a council member in Lyme, said the toll would rise.",
     "Jose Dahl", "a council member"),
    ("appositive-role-keeps-to-a-place", "Tom Reyl, the envoy to Lyme, said the toll would rise.",
     "Tom Reyl", "the envoy to Lyme"),
    ("appositive-describing-the-only-holder-is-the-role-alone", "Ms Varga, the only skipper on stage, said the toll "
     "was fair.", "Ms Varga", "skipper"),
    ("appositive-describing-the-first-holder-is-the-role-alone", "Tom Reyl, the first harbour master to close the "
     "pier, said the toll was fair.", "Tom Reyl", "harbour master"),
    ("appositive-ending-in-its-head-after-last-stays-whole", "Ms Varga, the last skipper in the fleet, said the "
     "toll was fair.", "Ms Varga", "the last skipper"),
    ("appositive-with-first-after-a-possessive-stays-whole", "Tom Reyl, the town's first deputy mayor, said the "
     "toll was fair.", "Tom Reyl", "the town's first deputy mayor"),
    ("appositive-after-a-describer-with-no-role-gives-none", "Tom Reyl, the one man on the pier, said the toll was "
     "fair.", "Tom Reyl", None),
    ("appositive-before-with-its-head-before-for", "A spokeswoman for the council, Ann Varga, said the pier would "
     "reopen.", "Ann Varga", "A spokeswoman for the council"),
    ("appositive-before-with-no-head-before-for-gives-none", "A man with a plan for the pier, Tom Reyl, said the "
     "pier would reopen.", "Tom Reyl", None),
    ("appositive-role-ends-before-whose", "Tom Reyl, a skipper whose boat sank, said the toll was unfair.",
     "Tom Reyl", "a skipper"),
    ("appositive-role-ends-before-who-is-contracted", "Ann Varga, a skipper who’s on the council, said the toll was "
     "unfair.", "Ann Varga", "a skipper"),
    ("appositive-role-keeps-a-capitalised-whos-in-a-name", "Ann Varga, editor of Who's Who, said the toll was "
     "unfair.", "Ann Varga", "editor of Who's Who"),
    ("a-clause-after-a-name-is-no-appositive", "According to Tom Reyl, the harbour master was late. Reyl said the "
     "toll would rise.", "Reyl#2", None),
    ("a-be-form-after-a-preposition-stays-in-the-role", "Ann Varga, the minister of ports at the time the pier was "
     "built, said it was safe.", "Ann Varga", "the minister of ports"),
    ("copula-role-with-its-noun-before-at", "Ann Varga has been a nurse at Lyme hospital for 20 years. Varga said "
     "staff were tired.", "Varga#2", "a nurse at Lyme hospital"),
    ("copula-role-with-its-noun-before-for", "Tom Reyl is a spokesman for the council. Reyl said the pier was safe.",
     "Reyl#2", "a spokesman for the council"),
    ("copula-with-no-role-before-at-gives-none", "Ann Varga was angry at the council. Varga said the toll was unfair.",
     "Varga#2", None),
    ("copula-after-an-age-states-the-role", "Ann Varga, 45, is the harbour master. Varga said the pier was safe.",
     "Varga#2", "the harbour master"),
    ("copula-after-an-age-without-a-role-gives-none", "Ann Varga, 45, is angry about the toll. Varga said it was "
     "unfair.", "Varga#2", None),
    ("premodifier-stops-at-a-headline-verb", "Ann Varga Praises Pier Lines' Harbour Master Tom Reyl\n\nReyl said "
     "the pier was safe.", "Reyl#2", "Pier Lines' Harbour Master"),
    ("premodifier-keeps-a-noun-like-a-verb-of-saying", "Rules Committee Chairman Tom Reyl said the vote was close.",
     "Tom Reyl", "Rules Committee Chairman"),
    ("a-clause-after-a-name-with-a-past-verb-after-its-head-is-no-role",
     "According to Mr Reyl, the mayor lost the vote. Reyl said the toll was fair.", "Reyl#2", None),
    ("a-participle-after-a-head-before-a-preposition-stays-in-the-role",
     "Tom Reyl, a skipper hired by Pier Lines, met the mayor. Reyl said the toll was fair.", "Reyl#2",
     "a skipper hired by Pier Lines"),
    ("a-sentence-adverb-before-a-role-set-off-before-a-name-is-no-part-of-it",
     "Then the mayor, Eva Brun, met skippers. Brun said the toll would stay.", "Brun#2", "the mayor"),
    ("sitting-on-a-board-gives-its-members-role", "Ana Varga, who sits on the Pier Lines board, spoke. Varga said "
     "fares would rise.", "Varga#2", "board member"),
    ("sitting-on-a-place-gives-no-role", "Tom Reyl, who sits on the pier every morning, spoke. Reyl said "
     "fares would rise.", "Reyl#2", None),
    ("a-role-verb-ends-its-object-before-a-time", "Ana Varga, who founded Pier Lines in 1990, spoke. Varga said "
     "fares would rise.", "Varga#2", "founder of Pier Lines"),
    ("a-role-verb-after-has", "Ana Varga, who has led Pier Lines since 2010, spoke. Varga said fares would rise.",
     "Varga#2", "leader of Pier Lines"),
    ("a-role-verb-keeps-a-place-after-in", "Ana Varga, who owns a cafe in Lyme, spoke. Varga said fares would rise.",
     "Varga#2", "owner of a cafe in Lyme"),
    ("an-appositive-opening-with-now-is-the-role-after-it", "Ana Varga, now chief executive of Pier Lines, spoke. "
     "Varga said fares would rise.", "Varga#2", "chief executive of Pier Lines"),
    ("an-age-after-now-is-no-role", "Tom Reyl, now 64, spoke. Reyl said fares would rise.", "Reyl#2", None),
    ("a-campaign-staffer-is-a-role", "Tom Reyl, a campaign staffer, met skippers. Reyl said the vote was close.",
     "Reyl#2", "a campaign staffer"),
    ("a-state-trooper-is-a-role", "State trooper Tom Reyl closed the road. Reyl said the bridge was unsafe.",
     "Reyl#2", "State trooper"),
    ("a-resident-is-no-role", "Tom Reyl, a longtime resident, met skippers. Reyl said the vote was close.",
     "Reyl#2", None),
    ("a-participle-after-a-head-goes-with-the-place-the-role-is-cut-at",
     "Tom Reyl, a skipper based in Lyme, met the mayor. Reyl said the toll was fair.", "Reyl#2", "a skipper"),
    ("a-verb-of-saying-written-in-a-name-in-a-role-is-the-name's", "Tom Reyl, executive director of Lyme Advocates, "
     "said the toll was fair.", "Tom Reyl", "executive director of Lyme Advocates"),
    ("a-verb-of-saying-in-lower-case-in-a-role-is-no-role", "Tom Reyl, the skipper who advocates a toll, said the "
     "pier was safe.", "Tom Reyl", "the skipper"),
    ("two-roles-joined-by-and-may-run-long", "Tom Reyl, a former adviser to Mayor Ana Varga and deputy head of "
     "ticket sales at Pier Lines, said the toll was fair.", "Tom Reyl",
     "a former adviser to Mayor Ana Varga and deputy head of ticket sales at Pier Lines"),
    ("a-long-phrase-with-no-and-is-no-role", "Tom Reyl, a former adviser to Mayor Ana Varga was among the "
     "loudest voices against the toll on the old pier, said the toll was fair.", "Tom Reyl", None),
    ("a-verb-of-saying-after-a-head-is-no-participle-of-a-role",
     "In a talk with Ana Varga, the harbour master stated that the pier was safe. Varga said the toll was fair.",
     "Varga#2", None),
    ("a-past-form-after-a-head-before-that-is-no-participle-of-a-role",
     "In a talk with Ana Varga, the harbour master ensured that the pier was safe. Varga said the toll was fair.",
     "Varga#2", None),
    ("a-participle-before-the-head-stays-when-the-role-is-cut",
     "Tom Reyl, a retired skipper in Lyme, met the mayor. Reyl said the toll was fair.", "Reyl#2",
     "a retired skipper"),
    ("appositive-before-after-a-joined-name-is-the-second-role",
     "Ms Varga and the treasurer, Tom Reyl, met. Reyl said the toll would rise.", "Reyl", "the treasurer"),
    ("a-possessor-name-before-a-compound-role-leaves-the-whole-role",
     "Tom Reyl's campaign manager Ana Varga said the toll was unfair.", "Ana Varga", "campaign manager"),
    ("a-clause-before-an-appositive-name-leaves-its-object-as-the-role",
     '"Next month I will vote for the harbour party nominee, Ana Varga," Mr Reyl wrote. Varga said the toll was fair.',
     "Varga#2", "the harbour party nominee"),
    ("appositive-before-with-and-inside-the-role-stays-whole",
     "The mayor and harbour master, Tom Reyl, met. Reyl said the toll would rise.", "Reyl",
     "The mayor and harbour master"),
    ("a-suffix-is-no-title-and-a-role-after-it-is", "Tom Reyl Jr., the harbour master, said the toll was high.",
     "Tom Reyl Jr.", "the harbour master"),
    ("post-nominal-letters-stand-in-for-a-title", "Amy Shaw MP said the toll was welcome.", "Amy Shaw MP", "MP"),
    ("a-role-before-a-name-with-post-nominal-letters", "The Harbour Party's pier spokesperson, Amy Shaw MP, said "
     "the toll was welcome.", "Amy Shaw MP", "The Harbour Party's pier spokesperson"),
    ("a-role-after-a-name-with-post-nominal-letters", "Amy Shaw MP, the pier spokesperson, said the toll was "
     "welcome.", "Amy Shaw MP", "the pier spokesperson"),
    ("a-title-set-off-after-a-comma-is-no-post-nominal", "Amy Shaw, MP for Lyme, said the toll was welcome.",
     "Amy Shaw", "MP for Lyme"),
    ("a-who-clause-with-works-as-states-a-role", "Ana Varga, who works as a ferry pilot, said the crossing was "
     "rough.", "Ana Varga", "a ferry pilot"),
    ("a-who-clause-with-is-serving-as-states-a-role", "Ana Varga, who is currently serving as interim harbour "
     "master, said the wall was sound.", "Ana Varga", "interim harbour master"),
    ("works-as-before-no-role-states-none", "Ana Varga, who works as hard as anyone, said the crossing was rough.",
     "Ana Varga", None),
    ("a-rank-honorific-stands-in-for-a-title", "Brigadier Tom Reyl said the quay was closed.", "Brigadier Tom Reyl",
     "Brigadier"),
    ("a-naval-rank-honorific-stands-in-for-a-title", "Commodore Tom Reyl said the quay was closed.",
     "Commodore Tom Reyl", "Commodore"),
    ("an-abbreviated-rank-honorific-stands-in-for-a-title", "Cdr Tom Reyl said the quay was closed.",
     "Cdr Tom Reyl", "Cdr"),
    ("a-courtesy-sheikh-is-no-title", "Sheikh Omar Haddad said the quay was closed.", "Sheikh Omar Haddad", None),
    ("a-courtesy-style-is-no-title", "The Rt Hon Tom Reyl said the toll was fair.", "The Rt Hon Tom Reyl", None),
    ("a-compound-role-opening-a-clause-after-a-comma", "Speaking at the meeting, harbour master Lena Ruiz said the "
     "wall was safe.", "harbour master Lena Ruiz", "harbour master"),
    ("a-compound-role-after-a-semicolon", "The wall held; ferry captain Jan Moller said the crossing was rough.",
     "ferry captain Jan Moller", "ferry captain"),
    ("a-participle-after-a-comma-is-no-part-of-the-role", "The skippers, including captain Jan Moller, said the toll "
     "was unfair.", "captain Jan Moller", "captain"),
    ("a-role-after-a-name-with-a-hyphened-particle", "Omar al-Rashid, a skipper, said the toll was welcome.",
     "Omar al-Rashid", "a skipper"),
    ("a-role-after-a-name-with-el-and-a-hyphen", "Ali Hassan el-Masri, a skipper, said the toll was welcome.",
     "Ali Hassan el-Masri", "a skipper"),
    ("a-who-clause-after-a-name-with-a-hyphened-particle", "Omar al-Rashid, who owns the chandlery, said the toll "
     "was welcome.", "Omar al-Rashid", "owner of the chandlery"),
    ("appositive-trade-is-a-title", "Lena Ruiz, a fish merchant, said the toll was unfair.", "Lena Ruiz",
     "a fish merchant"),
    ("premodifier-trade-is-a-title", "Taxi driver Tom Reyl said the ferry was late.", "Taxi driver Tom Reyl",
     "Taxi driver"),
    ("appositive-neighbour-is-no-role", "Tom Reyl, a Quay Street resident, said the pier was unsafe.", "Tom Reyl",
     None),
    ("two-heads-joined-by-a-hyphen-are-a-head", "Harbour Union Secretary-Treasurer Tom Reyl said the toll was unfair.",
     "Harbour Union Secretary-Treasurer Tom Reyl", "Harbour Union Secretary-Treasurer"),
    ("a-hyphen-after-no-head-makes-none", "Tom Reyl, the club's kit-man, said the pier was unsafe.", "Tom Reyl", None),
    ("a-time-set-off-after-a-name-is-no-role", "Tom Reyl, a week later, said the pier was shut.", "Tom Reyl", None),
    ("today-after-a-role-set-off-is-no-part-of-it", "Ida Lenz, a harbour pilot today, said the pier was safe.",
     "Ida Lenz", "a harbour pilot"),
    ("today-in-a-name-after-a-role-stays-in-it", "Ida Lenz, editor of Lyme Today, said the pier was safe.",
     "Ida Lenz", "editor of Lyme Today"),
    ("an-agent-set-off-before-a-name-is-a-title", "The developer's agent, Piet Osman, told councillors that the "
     "homes would be built to high standards.", "Piet Osman", "The developer's agent"),
    ("an-agent-before-a-name-is-a-title", "Travel agent Piet Osman said bookings had fallen.", "Piet Osman",
     "Travel agent"),
    ("an-agency-set-off-before-a-name-is-no-title", "The developer's agency, Piet Osman, told councillors that the "
     "homes would be built to high standards.", "Piet Osman", None),
    ("a-relative-set-off-before-a-surname-is-of-the-one-bearing-it", "Jon Hale died on Monday. Tom Reyl spoke at "
     "the pier. His daughter, Ida Hale, said he loved the sea.", "Ida Hale", "daughter of Jon Hale"),
    ("a-role-that-is-no-relative-is-of-the-last-one-named", "Jon Hale retired on Monday. Tom Reyl spoke at the "
     "pier. His deputy, Ida Hale, said he loved the sea.", "Ida Hale", "deputy of Tom Reyl"),
    ("a-listener's-role-before-a-name-opening-the-clause-is-no-title", "Mr Hale told the judge Sand was deeply "
     "sorry. Erik Sand said the ferry was late.", "Erik Sand", None),
    ("a-listener's-role-before-a-name-and-no-clause-stays-a-title", "Mr Hale told the harbour master Ana Varga the "
     "news on Monday. Ana Varga said the ferry was late.", "Ana Varga", "harbour master"),
]


@pytest.mark.parametrize(("text", "source", "title"), [row[1:] for row in TITLE_CASES],
                         ids=[row[0] for row in TITLE_CASES])
def test_titles(text, source, title):
    """The title comes from any mention, the first full statement winning."""
    content = regex.search(r"(?:said|that)\s+(.+?)\.?$", text).group(1)
    quotes, _ = resolve(text, [(content, source)])
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.title == title


ROLE_FOR_THEN_NAME_CASES = [
    ("a-name-set-off-after-a-role-for-a-body-opening", "According to a lawyer for the skippers, Ines Babic, the toll "
     "is unlawful.", "a lawyer for the skippers, Ines Babic", "Ines Babic", "a lawyer for the skippers"),
    ("a-name-set-off-after-a-role-for-a-body-closing", "The toll is unlawful, according to a lawyer for the skippers, "
     "Ines Babic.", "a lawyer for the skippers, Ines Babic", "Ines Babic", "a lawyer for the skippers"),
    ("a-name-set-off-after-aides-to-a-role-is-the-role-holder-s", "According to aides to the mayor, Eva Brun, the "
     "toll is unlawful.", "aides to the mayor, Eva Brun", "aides to the mayor, Eva Brun", None),
    ("a-body-s-name-set-off-after-a-role-for-it-is-the-body-s", "According to a spokesman for the operator, Pier "
     "Lines, the toll is unlawful.", "a spokesman for the operator, Pier Lines",
     "a spokesman for the operator, Pier Lines", None),
]


@pytest.mark.parametrize(("text", "source", "name", "title"), [row[1:] for row in ROLE_FOR_THEN_NAME_CASES],
                         ids=[row[0] for row in ROLE_FOR_THEN_NAME_CASES])
def test_a_name_set_off_after_a_role_for_someone(text, source, name, title):
    """A name set off after "a lawyer for …" holds that role; after a plural role, or when it names a body, it
    does not."""
    content = regex.search(r"(?i)the toll is unlawful", text).group()
    quotes, _ = resolve(text, [(content, source)])
    assert quotes[0].speaker is not None
    assert (quotes[0].speaker.name, quotes[0].speaker.title) == (name, title)


# --- descriptions ---------------------------------------------------------------

DESCRIPTION_CASES = [
    ("the-name-a-speaker-gave-after-a-role-is-who-speaks", "Skippers met at the quay. One, a retired fisherman who "
     "gave his name only as Erik, said he would sell his boat.", ("he would sell his boat", "One"),
     ("Erik", "a retired fisherman")),
    ("the-name-a-speaker-gave-after-no-title-has-no-title", "Skippers met at the quay. One, a man who gave his name "
     "only as Erik, said he would sell his boat.", ("he would sell his boat", "One"), ("Erik", None)),
    ("the-name-a-speaker-gave-right-after-the-source-is-who-speaks", "A deckhand, who gave her first name only as "
     "Mara, said the ferry was late.", ("the ferry was late", "A deckhand"), ("Mara", None)),
    ("a-full-name-a-speaker-gave-is-who-speaks", "One, a retired fisherman who gave his name as Erik Sand, said he "
     "would sell his boat.", ("he would sell his boat", "One"), ("Erik Sand", "a retired fisherman")),
    ("a-name-after-a-role-that-gives-no-name-stays-the-source", "One, a retired fisherman who sailed with Erik, said "
     "he would sell his boat.", ("he would sell his boat", "One"), ("One", "a retired fisherman")),
    ("a-role-from-a-place-stays-a-description", "A skipper from Lyme said the toll would stay.",
     ("the toll would stay", "A skipper from Lyme"), ("A skipper from Lyme", None)),
    ("the-former-is-the-first-of-two-people-named", "Tom Reyl met Ana Varga, the harbour master, on the quay. The "
     "former said the toll was unfair.", ("the toll was unfair", "The former"), ("Tom Reyl", None)),
    ("the-latter-is-the-second-of-two-people-named", "Tom Reyl met Ana Varga, the harbour master, on the quay. The "
     "latter said the toll was unfair.", ("the toll was unfair", "The latter"), ("Ana Varga", "the harbour master")),
    ("the-former-in-the-sentence-of-the-two", "Mr Reyl met Ms Varga, and the former said the toll was unfair.",
     ("the toll was unfair", "the former"), ("Reyl", None)),
    ("the-former-with-one-person-named-stands-alone", "Tom Reyl runs the ferry. The former said the toll was unfair.",
     ("the toll was unfair", "The former"), ("The former", None)),
    ("the-former-past-the-sentence-before-stands-alone", "Tom Reyl met Ana Varga. The toll rose in May. The former "
     "said it was unfair.", ("it was unfair", "The former"), ("The former", None)),
    ("the-former-cut-short-before-a-title-stands-alone", "Tom Reyl met Ana Varga. The former first mate said it was "
     "unfair.", ("it was unfair", "The former"), ("The former", None)),
    ("another-body-of-the-same-kind", "The fire service said it had rescued two people. The ambulance service said "
     "no one was hurt.", ("no one was hurt", "The ambulance service"), ("The ambulance service", None)),
    ("a-description-after-a-name-without-its-words-is-another-body", "The Marine Accident Board said the sensor had "
     "failed. The harbour board said it would review its rules.", ("it would review its rules", "The harbour board"),
     ("The harbour board", None)),
    ("a-description-after-a-name-holding-its-words-is-that-body", "The Lyme Harbour Board said the sensor had "
     "failed. The harbour board said it would review its rules.", ("it would review its rules", "The harbour board"),
     ("The Lyme Harbour Board", None)),
    ("a-description-pointing-back-after-a-name-is-that-body", "The Marine Accident Board said the sensor had failed. "
     "The same board said it would review its rules.", ("it would review its rules", "The same board"),
     ("The Marine Accident Board", None)),
    ("specialist-repeated", "Dr Hanna Wirt, a lung specialist at the harbour clinic, led the study. The specialist "
     "said the air was foul.", ("the air was foul", "The specialist"), ("Hanna Wirt", "a lung specialist at the harbour clinic")),
    ("title-repeated", "Erik Dahl, the US Treasury secretary, spoke on Sunday. The Treasury secretary said "
     "the rule was final.", ("the rule was final", "The Treasury secretary"), ("Erik Dahl", "the US Treasury secretary")),
    ("the-president", "President Osman met aides. The president said the ban would come soon.",
     ("the ban would come soon", "The president"), ("Osman", "President")),
    ("the-senator-from-sen", "Sen. Jon Lund spoke first. The senator said the app was a risk.",
     ("the app was a risk", "The senator"), ("Jon Lund", "Sen.")),
    ("which-secretary", "Erik Dahl, the Treasury secretary, and Tom Reyl, the secretary of state, met. "
     "The secretary of state said talks were over.", ("talks were over", "The secretary of state"),
     ("Tom Reyl", "the secretary of state")),
    ("former-is-not-the-president", "Former president Jon Hale spoke. The president said the law would stand.",
     ("the law would stand", "The president"), ("The president", None)),
    ("indefinite-role-is-its-own", "Erik Dahl, the Treasury secretary, spoke. A secretary said the rule was final.",
     ("the rule was final", "A secretary"), ("A secretary", None)),
    ("the-post-nominal-letters-name-their-holder", "Amy Shaw MP, the pier spokesperson, toured the pier. The MP "
     "said the toll was unfair.", ("the toll was unfair", "The MP"), ("Amy Shaw", "the pier spokesperson")),
    ("spokesman-for-a-person-is-not-the-person", "A spokesman for Ana Varga said the pier was safe.",
     ("the pier was safe", "A spokesman for Ana Varga"), ("A spokesman for Ana Varga", None)),
    ("aide-to-an-office-is-not-the-officer", "An aide to Mayor Eva Brun said the pier was safe.",
     ("the pier was safe", "An aide to Mayor Eva Brun"), ("An aide to Mayor Eva Brun", None)),
    ("aides-to-a-person-are-not-the-person", "Aides to Ana Varga said the pier was safe.",
     ("the pier was safe", "Aides to Ana Varga"), ("Aides to Ana Varga", None)),
    ("ambassador-to-a-place-is-the-person", "Harbour envoy to Lyme Ana Varga said the pier was safe.",
     ("the pier was safe", "Harbour envoy to Lyme Ana Varga"), ("Ana Varga", "Harbour envoy to Lyme")),
    ("name-set-off-after-a-description-is-the-speaker", "One passenger, Eva Brun, said the ferry was late.",
     ("the ferry was late", "One passenger"), ("Eva Brun", "One passenger")),
    ("name-with-a-lower-case-title-set-off-after-a-description-is-the-speaker", "Another passenger, retired nurse "
     "Ida Lenz, said the ferry was late.", ("the ferry was late", "Another passenger"), ("Ida Lenz", "retired nurse")),
    ("name-after-a-role-and-named-set-off-after-a-description-is-the-speaker", "The first witness, a clerk named "
     "Jon Hale, said the pier was unsafe.", ("the pier was unsafe", "The first witness"), ("Jon Hale", None)),
    ("name-after-a-gendered-noun-and-named-set-off-after-a-description-is-the-speaker", "One skipper, a man named "
     "Erik Sand, said the quay was shut.", ("the quay was shut", "One skipper"), ("Erik Sand", None)),
    ("name-after-a-thing-and-named-set-off-after-a-description-is-not-the-speaker", "The harbour board, a body "
     "named Bay Lines, said the pier was unsafe.", ("the pier was unsafe", "The harbour board"),
     ("The harbour board", None)),
    ("name-after-a-role-and-knew-set-off-after-a-description-is-not-the-speaker", "The first witness, a clerk who "
     "knew Jon Hale, said the pier was unsafe.", ("the pier was unsafe", "The first witness"),
     ("The first witness", None)),
    ("name-with-a-title-in-a-list-after-a-description-is-not-the-speaker", "Two passengers, retired nurse "
     "Ida Lenz and Tom Reyl, said the ferry was late.", ("the ferry was late", "Two passengers"), ("Two passengers", None)),
    ("name-set-off-after-a-group-of-someones-people-is-not-the-speaker", "Supporters of her rival, Tom Reyl, said "
     "the ferry was late.", ("the ferry was late", "Supporters of her rival"), ("Supporters of her rival", None)),
    ("name-set-off-after-a-single-role-of-a-body-is-the-speaker", "The head of the guild, Tom Reyl, said the ferry "
     "was late.", ("the ferry was late", "Tom Reyl"), ("Tom Reyl", "The head of the guild")),
    ("the-organisation-noun-alone-is-the-one-body-described-before", "The harbour board met on Monday. Ana Varga "
     "chaired it. The board said in a statement that the toll would rise.", ("the toll would rise", "The board"),
     ("The harbour board", None)),
    ("the-organisation-noun-alone-after-two-bodies-described-stays-alone", "The harbour board met on Monday. The "
     "school board met too. The board said the toll would rise.", ("the toll would rise", "The board"),
     ("The board", None)),
    ("name-set-off-after-an-inverted-description-may-end-the-sentence", "“She fed the town,” said a neighbour, "
     "Rosa Fent.", ("She fed the town,", "a neighbour"), ("Rosa Fent", "a neighbour")),
    ("names-listed-after-an-inverted-group-are-not-the-speaker", "“She fed the town,” said two neighbours, Rosa "
     "Fent and Ida Lenz.", ("She fed the town,", "two neighbours"), ("two neighbours", None)),
    ("name-set-off-with-its-body-after-a-description-is-the-speaker", "One analyst, Rosa Fent of Pier Capital, said "
     "the fares were too low.", ("the fares were too low", "One analyst"), ("Rosa Fent", "One analyst")),
    ("names-with-a-body-listed-after-a-group-are-not-the-speaker", "Two analysts, Rosa Fent of Pier Capital and Ida "
     "Lenz, said the fares were too low.", ("the fares were too low", "Two analysts"), ("Two analysts", None)),
    ("name-after-an-inverted-description-and-a-verb-is-not-the-speaker", "“She fed the town,” said a neighbour, "
     "thanking Rosa Fent.", ("She fed the town,", "a neighbour"), ("a neighbour", None)),
    ("names-listed-after-a-group-are-not-the-speaker", "Two passengers, Eva Brun and Tom Reyl, said the ferry was late.",
     ("the ferry was late", "Two passengers"), ("Two passengers", None)),
    ("name-after-a-description-in-the-next-clause-is-not-the-speaker", "A ferry pilot, as Eva Brun noted, said "
     "the ferry was late.", ("the ferry was late", "A ferry pilot"), ("A ferry pilot", None)),
    ("name-opening-the-reported-words-is-not-the-speaker", "According to a harbour report, Eva Brun, the treasurer, "
     "sold the ferry.", ("Eva Brun, the treasurer, sold the ferry", "a harbour report"), ("a harbour report", None)),
    ("unnamed-official", "A White House official said the vote was fair.",
     ("the vote was fair", "A White House official"), ("A White House official", None)),
    ("officials", "Officials said the border would stay shut.", ("the border would stay shut", "Officials"),
     ("Officials", None)),
    ("administration-repeated", "The Varga administration said it would act. The administration said fees would rise.",
     ("fees would rise", "The administration"), ("The Varga administration", None)),
    ("latest-holder", "Port mayor Ann Varga spoke. Port mayor Bo Reyl left. The port mayor said the pier would shut.",
     ("the pier would shut", "The port mayor"), ("Bo Reyl", "Port mayor")),
    ("holder-mentioned-last", "Port mayor Ann Varga spoke. Port mayor Bo Reyl left. Ms Varga waved. The port mayor "
     "said the pier would shut.", ("the pier would shut", "The port mayor"), ("Ann Varga", "Port mayor")),
    ("holder-named-later", "The port mayor said the pier would shut. Port mayor Ann Varga spoke. Port mayor Bo Reyl "
     "left.", ("the pier would shut", "The port mayor"), ("Ann Varga", "Port mayor")),
    ("name-after-close-to-is-not-the-speaker", "People close to Mr Reyl say he will quit.",
     ("he will quit", "People close to Mr Reyl"), ("People close to Mr Reyl", None)),
    ("name-after-for-is-not-the-speaker", "A spokeswoman for Ms Varga said the toll would stay.",
     ("the toll would stay", "A spokeswoman for Ms Varga"), ("A spokeswoman for Ms Varga", None)),
    ("spokesperson-for-a-person-named-in-full-before-carries-the-full-name", "The transport minister, Lena Ruiz, "
     "visited Lyme. A spokesman for Ms Ruiz said the minister was aware.",
     ("the minister was aware", "A spokesman for Ms Ruiz"), ("spokesman for Lena Ruiz", None)),
    ("spokesperson-for-a-surname-alone-keeps-its-words", "Ms Ruiz visited Lyme. A spokesman for Ms Ruiz said the "
     "minister was aware.", ("the minister was aware", "A spokesman for Ms Ruiz"), ("A spokesman for Ms Ruiz", None)),
    ("name-after-for-with-a-role-set-off-and-a-relative-is-not-the-speaker", "A spokeswoman for Ana Varga, a nurse, "
     "and her husband said the toll was unfair.", ("the toll was unfair", "A spokeswoman for Ana Varga, a nurse, and "
     "her husband"), ("A spokeswoman for Ana Varga, a nurse, and her husband", None)),
    ("name-with-a-role-for-a-body-set-off-is-the-speaker", "“The toll is unfair,” said Tom Reyl, a spokesman for "
     "the ferry.", ("The toll is unfair,", "Tom Reyl, a spokesman for the ferry"), ("Tom Reyl", "a spokesman for the ferry")),
    ("name-after-by-is-the-author", "An analysis by Ida Lenz shows the toll is too high.",
     ("the toll is too high", "An analysis by Ida Lenz"), ("Ida Lenz", None)),
    # a name with the place or body it is "of"
    ("name-of-a-place-is-the-person", "Mayor Eva Brun of Lyme said the toll would rise.",
     ("the toll would rise", "Mayor Eva Brun of Lyme"), ("Eva Brun", "Mayor")),
    ("name-of-a-council-is-the-person", "Tom Reyl of the Harbour Council said the toll would rise.",
     ("the toll would rise", "Tom Reyl of the Harbour Council"), ("Tom Reyl", None)),
    ("name-at-a-body-is-the-person", "Jon Hale at Coastline Research said the warning was late.",
     ("the warning was late", "Jon Hale at Coastline Research"), ("Jon Hale", None)),
    ("name-at-a-place-is-the-person", "Ms Varga at the Harbour Hotel said the pier was safe.",
     ("the pier was safe", "Ms Varga at the Harbour Hotel"), ("Varga", None)),
    ("place-with-a-role-set-off-is-no-person",
     "The Pier Society and Sen. Ida Lenz of New Lyme, the panel chair, oppose the toll.",
     ("the toll", "The Pier Society and Sen. Ida Lenz of New Lyme, the panel chair"), ("Ida Lenz", "the panel chair")),
    ("one-word-with-a-role-set-off-stays-a-person", "Varga, the harbour master, said the toll would rise.",
     ("the toll would rise", "Varga"), ("Varga", "the harbour master")),
    ("aide-to-a-name-of-a-place-is-not-the-person", "An aide to Mayor Eva Brun of Lyme said the pier was safe.",
     ("the pier was safe", "An aide to Mayor Eva Brun of Lyme"), ("An aide to Mayor Eva Brun of Lyme", None)),
    # joint sources: the group of the people named
    ("joined-names-are-one-group", "Ana Varga and Tom Reyl said the toll would rise.",
     ("the toll would rise", "Ana Varga and Tom Reyl"), ("Ana Varga and Tom Reyl", None)),
    ("joined-names-with-appositives-are-one-group",
     "The harbour master, Ana Varga, and the treasurer, Tom Reyl, said the toll would rise.",
     ("the toll would rise", "The harbour master, Ana Varga, and the treasurer, Tom Reyl"),
     ("Ana Varga and Tom Reyl", None)),
    ("name-with-a-who-clause-joined-to-a-name-is-one-group",
     "Tom Reyl, who runs the ferry, and Ana Varga said the toll would rise.",
     ("the toll would rise", "Tom Reyl, who runs the ferry, and Ana Varga"), ("Tom Reyl and Ana Varga", None)),
    ("joined-names-with-ages-and-roles-are-one-group",
     "Ana Varga, 34, a nurse, and Tom Reyl, 40, a skipper, said the toll would rise.",
     ("the toll would rise", "Ana Varga, 34, a nurse, and Tom Reyl, 40, a skipper"), ("Ana Varga and Tom Reyl", None)),
    ("a-given-name-joined-to-a-full-name-is-one-group", "Ana and Tom Reyl, who run the cafe, said the toll would "
     "rise.", ("the toll would rise", "Ana and Tom Reyl"), ("Ana and Tom Reyl", None)),
    ("two-courtesy-honorifics-before-one-surname-are-a-couple", "Mr and Mrs Reyl, who run the cafe, said the toll "
     "would rise.", ("the toll would rise", "Mr and Mrs Reyl"), ("Mr and Mrs Reyl", None)),
    ("an-office-and-a-courtesy-honorific-are-no-couple", "Sen. and Mrs Reyl said the toll would rise.",
     ("the toll would rise", "Sen. and Mrs Reyl"), ("Reyl", None)),
    ("a-place-joined-to-a-full-name-is-no-group", "Lyme and Tom Reyl said the toll would rise.",
     ("the toll would rise", "Lyme and Tom Reyl"), ("Tom Reyl", None)),
    ("three-joined-names-are-one-group", "Ana Varga, Tom Reyl and Mayor Eva Brun said the toll would rise.",
     ("the toll would rise", "Ana Varga, Tom Reyl and Mayor Eva Brun"), ("Ana Varga, Tom Reyl and Eva Brun", None)),
    ("names-listed-before-a-joined-description-are-one-group",
     "Ana Varga, Tom Reyl and the mayor said the toll would rise.",
     ("the toll would rise", "Ana Varga, Tom Reyl and the mayor"), ("Ana Varga and Tom Reyl", None)),
    ("possessor-listed-before-a-joined-description-is-no-member",
     "Ana Varga, Tom Reyl's aide, and the mayor said the toll would rise.",
     ("the toll would rise", "Ana Varga, Tom Reyl's aide, and the mayor"), ("Ana Varga and the mayor", None)),
    ("name-with-a-role-joined-to-a-relative-is-one-group",
     "Ana Varga, a nurse, and her husband said the toll would rise.",
     ("the toll would rise", "Ana Varga, a nurse, and her husband"), ("Ana Varga and her husband", None)),
    ("a-photo-position-after-a-name-joined-to-a-relative-is-no-part-of-the-group's-name",
     "Ana Varga (left) and her husband said the toll would rise.",
     ("the toll would rise", "Ana Varga (left) and her husband"), ("Ana Varga and her husband", None)),
    ("a-photo-position-before-a-role-joined-to-a-relative-is-one-group",
     "Ana Varga (left), a nurse, and her husband said the toll would rise.",
     ("the toll would rise", "Ana Varga (left), a nurse, and her husband"), ("Ana Varga and her husband", None)),
    ("a-bracket-that-is-no-photo-position-stays-in-the-group's-name",
     "Ana Varga (retired) and her husband said the toll would rise.",
     ("the toll would rise", "Ana Varga (retired) and her husband"), ("Ana Varga (retired) and her husband", None)),
    ("name-with-a-role-joined-to-a-relative-named-with-an-age-is-one-group",
     "Lena Ruiz, a skipper, and her brother, Marko Ruiz, 39, said the toll would rise.",
     ("the toll would rise", "Lena Ruiz, a skipper, and her brother, Marko Ruiz, 39"),
     ("Lena Ruiz and Marko Ruiz", None)),
    ("a-name-and-listed-relatives-with-given-names-are-one-group",
     "Tom Reyl, his wife Ana and their son Piet said the toll would rise.",
     ("the toll would rise", "Tom Reyl, his wife Ana and their son Piet"), ("Tom Reyl, Ana Reyl and Piet Reyl", None)),
    ("a-name-and-a-relative-with-an-unlisted-given-name-are-one-group",
     "Lena Ruiz and her brother Marko said the toll would rise.",
     ("the toll would rise", "Lena Ruiz and her brother Marko"), ("Lena Ruiz and Marko Ruiz", None)),
    ("a-name-and-listed-described-relatives-are-one-group",
     "Tom Reyl, his wife and their son said the toll would rise.",
     ("the toll would rise", "Tom Reyl, his wife and their son"), ("Tom Reyl, his wife and their son", None)),
    ("name-set-off-after-a-role-joined-to-a-relative-is-one-group",
     "The harbour master, Ana Varga, and her husband said the toll would rise.",
     ("the toll would rise", "The harbour master, Ana Varga, and her husband"), ("Ana Varga and her husband", None)),
    ("name-with-a-role-alone-is-no-group", "Ana Varga, a nurse, said the toll would rise.",
     ("the toll would rise", "Ana Varga"), ("Ana Varga", "a nurse")),
    ("neither-nor-names-are-one-group", "Neither Ana Varga nor Tom Reyl said the toll would rise.",
     ("the toll would rise", "Neither Ana Varga nor Tom Reyl"), ("Ana Varga and Tom Reyl", None)),
    ("names-joined-by-or-are-no-group", "Ana Varga or Tom Reyl said the toll would rise.",
     ("the toll would rise", "Ana Varga or Tom Reyl"), ("Tom Reyl", None)),
    ("both-before-surnames-is-no-given-name", "Ida Varga and Tom Reyl met. Both Varga and Reyl said the toll would rise.",
     ("the toll would rise", "Both Varga and Reyl"), ("Ida Varga and Tom Reyl", None)),
    ("plural-title-before-surnames-is-no-given-name",
     "Ida Varga and Tom Reyl met. Professors Varga and Reyl said the toll would rise.",
     ("the toll would rise", "Professors Varga and Reyl"), ("Ida Varga and Tom Reyl", None)),
    ("spokeswoman-for-joined-names-is-no-group", "A spokeswoman for Ms Varga and Mr Reyl said the toll would rise.",
     ("the toll would rise", "A spokeswoman for Ms Varga and Mr Reyl"),
     ("A spokeswoman for Ms Varga and Mr Reyl", None)),
    ("possessor-is-no-member", "Ms Varga's aide Tom Reyl said the toll would rise.",
     ("the toll would rise", "Ms Varga's aide Tom Reyl"), ("Tom Reyl", "aide")),
    ("name-in-a-quoted-title-is-no-member", "The book “Ida Varga and the Pier” by Tom Reyl says the toll is too high.",
     ("the toll is too high", "“Ida Varga and the Pier” by Tom Reyl"), ("Tom Reyl", None)),
    # a role stated with a copula
    ("was-treasurer-then-the-former-treasurer",
     "Tom Reyl was treasurer of the Harbour Council for ten years. The former treasurer said the pier was unsafe.",
     ("the pier was unsafe", "The former treasurer"), ("Tom Reyl", "treasurer of the Harbour Council")),
    ("was-treasurer-then-the-treasurer",
     "Tom Reyl was treasurer of the Harbour Council. The treasurer said the pier was unsafe.",
     ("the pier was unsafe", "The treasurer"), ("Tom Reyl", "treasurer of the Harbour Council")),
    ("is-the-harbour-master-then-the-harbour-master",
     "Ana Varga is the harbour master in Lyme. The harbour master said the pier was unsafe.",
     ("the pier was unsafe", "The harbour master"), ("Ana Varga", "the harbour master")),
    ("is-treasurer-is-not-the-former-treasurer",
     "Tom Reyl is treasurer of the Harbour Council. The former treasurer said the pier was unsafe.",
     ("the pier was unsafe", "The former treasurer"), ("The former treasurer", None)),
    ("copula-before-a-relative-is-no-role", "Ana Varga is the mayor's daughter. The mayor said the pier was unsafe.",
     ("the pier was unsafe", "The mayor"), ("The mayor", None)),
    ("who-was-then-the-former",
     "Ana Varga, who was the harbour master until May, spoke. The former harbour master said repairs were late.",
     ("repairs were late", "The former harbour master"), ("Ana Varga", "the harbour master")),
    ("who-was-once-then-the-former",
     "Ana Varga, who was once harbour master, spoke. The former harbour master said repairs were late.",
     ("repairs were late", "The former harbour master"), ("Ana Varga", "harbour master")),
    ("once-a-role-then-the-former",
     "Tom Reyl, once a skipper, spoke. The former skipper said repairs were late.",
     ("repairs were late", "The former skipper"), ("Tom Reyl", "a skipper")),
    ("formerly-a-role-then-the-former",
     "Tom Reyl, formerly harbour master, spoke. The former harbour master said repairs were late.",
     ("repairs were late", "The former harbour master"), ("Tom Reyl", "harbour master")),
    ("now-a-role-is-not-the-former",
     "Tom Reyl, now harbour master, spoke. The former harbour master said repairs were late.",
     ("repairs were late", "The former harbour master"), ("The former harbour master", None)),
    ("who-is-is-not-the-former",
     "Ana Varga, who is the harbour master, spoke. The former harbour master said repairs were late.",
     ("repairs were late", "The former harbour master"), ("The former harbour master", None)),
    ("became-mayor-then-the-mayor", "Eva Brun became mayor in 2019. The mayor said the harbour would expand.",
     ("the harbour would expand", "The mayor"), ("Eva Brun", "mayor")),
    ("elected-mayor-then-the-mayor", "Tom Reyl was elected mayor in May. The mayor said the toll would rise.",
     ("the toll would rise", "The mayor"), ("Tom Reyl", "mayor")),
    ("elected-mayor-is-not-the-former-mayor",
     "Tom Reyl was elected mayor in May. The former mayor said the toll would rise.",
     ("the toll would rise", "The former mayor"), ("The former mayor", None)),
    ("sworn-in-as-mayor-then-the-new-mayor",
     "Ana Varga was sworn in as mayor on Monday. The new mayor said the pier would reopen.",
     ("the pier would reopen", "The new mayor"), ("Ana Varga", "mayor")),
    ("who-was-sworn-in-then-the-mayor",
     "Ana Varga, who was sworn in as mayor in May, spoke. The mayor said the pier would reopen.",
     ("the pier would reopen", "The mayor"), ("Ana Varga", "mayor")),
    ("installed-as-harbour-master-then-the-harbour-master",
     "Ana Varga was installed as harbour master. The harbour master said the pier was safe.",
     ("the pier was safe", "The harbour master"), ("Ana Varga", "harbour master")),
    ("sworn-in-as-mayor-is-not-the-former-mayor",
     "Ana Varga was sworn in as mayor on Monday. The former mayor said the pier would reopen.",
     ("the pier would reopen", "The former mayor"), ("The former mayor", None)),
    ("sworn-in-with-no-role-gives-none",
     "Ana Varga was sworn in on Monday. The mayor said the pier would reopen.",
     ("the pier would reopen", "The mayor"), ("The mayor", None)),
    ("who-was-named-then-the-treasurer",
     "Tom Reyl, who was named treasurer last year, spoke. The treasurer said fees would rise.",
     ("fees would rise", "The treasurer"), ("Tom Reyl", "treasurer")),
    ("copula-before-a-first-holder-is-no-role",
     "Ana Varga was the first mayor to close the pier. The mayor said the pier was unsafe.",
     ("the pier was unsafe", "The mayor"), ("The mayor", None)),
    ("the-company-is-the-one-firm-named-before", "Harbour Freight Ltd cut its fares in May. The company said it "
     "would hire staff.", ("it would hire staff", "The company"), ("Harbour Freight Ltd", None)),
    ("the-firm-is-the-firm-that-spoke-before", "Harbour Freight Ltd said fares would fall in May. The firm added "
     "that it would hire staff.", ("it would hire staff", "The firm"), ("Harbour Freight Ltd", None)),
    ("the-company-after-two-firms-stands-alone", "Harbour Freight Ltd and Pier Lines Inc met in May. The company "
     "said it would hire staff.", ("it would hire staff", "The company"), ("The company", None)),
    ("the-company-closing-a-sentence-is-the-firm-that-opens-it", "Bay Lines, the ferry operator owned by Harbour "
     "Holdings, will cut sailings, the company said.", ("Bay Lines, the ferry operator owned by Harbour Holdings, "
     "will cut sailings", "the company"), ("Bay Lines", None)),
    ("the-company-is-the-one-firm-that-opened-a-sentence", "Pier Lines cut fares on Monday. The company said "
     "fuel costs had risen.", ("fuel costs had risen", "The company"), ("Pier Lines", None)),
    ("the-operator-is-the-one-firm-that-opened-a-sentence", "Bay Lines cut a winter route. The ferry operator said "
     "fuel was dear.", ("fuel was dear", "The ferry operator"), ("Bay Lines", None)),
    ("the-operator-after-a-person-is-no-firm", "Tom Reyl cut a winter route. The ferry operator said "
     "fuel was dear.", ("fuel was dear", "The ferry operator"), ("The ferry operator", None)),
    ("the-company-is-the-firm-that-opened-a-sentence-after-its-kind", "Energy firm Bay Energy plans 40 turbines. "
     "The company said the project would create jobs.", ("the project would create jobs", "The company"),
     ("Bay Energy", None)),
    ("the-company-is-the-one-word-firm-its-kind-opened-a-sentence-with", "Lyme technology firm Quaybit launched an "
     "app on Wednesday. The app is free, the company said.", ("The app is free", "the company"), ("Quaybit", None)),
    ("the-company-is-no-one-word-name-after-a-person's-noun", "Lyme technology expert Quaybit launched an app on "
     "Wednesday. The app is free, the company said.", ("The app is free", "the company"), ("the company", None)),
    ("the-company-is-the-firm-its-own-kind-described", "Ferry company Bay Lines said fares would rise. The company "
     "said it would cut two crossings.", ("it would cut two crossings", "The company"), ("Bay Lines", None)),
    ("the-firm-is-the-firm-its-own-kind-described", "Energy firm Bay Energy plans 40 turbines. The firm said the "
     "project would create jobs.", ("the project would create jobs", "The firm"), ("Bay Energy", None)),
    ("the-company-is-a-capitalised-name-of-its-kind-after-a-described-firm", "Ferry company Bay Lines said fares "
     "would rise. Lyme Ferry Company cut its fares. The company said it would cut two crossings.",
     ("it would cut two crossings", "The company"), ("Lyme Ferry Company", None)),
    ("the-company-is-the-firm-that-opened-a-sentence-with-an-appositive", "Pier Lines, the ferry operator, cut fares "
     "on Monday. The company said fuel costs had risen.", ("fuel costs had risen", "The company"), ("Pier Lines", None)),
    ("which-after-a-firm-name-ending-in-a-phrasal-verb-form-is-the-firm", "Bay Lines, which opposed an earlier toll, "
     "stayed neutral.", ("an earlier toll", "which"), ("Bay Lines", None)),
    ("which-after-a-firm-name-ending-in-no-verb-form-is-the-firm", "Sea Hop, which opposed an earlier toll, "
     "stayed neutral.", ("an earlier toll", "which"), ("Sea Hop", None)),
    ("the-company-is-the-firm-that-opened-a-sentence-with-a-which-clause", "Pier Lines, which runs the ferry, cut "
     "fares on Monday. The company said fuel costs had risen.", ("fuel costs had risen", "The company"),
     ("Pier Lines", None)),
    ("the-company-is-no-person-set-off-by-an-appositive", "Tom Reyl, the ferry boss, cut fares on Monday. The company "
     "said fuel costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-the-firm-opening-a-sentence-after-a-dateline", "LYME, March 3 (Harbour Wire) - Pier Lines cut "
     "fares on Monday. The company said fuel costs had risen.", ("fuel costs had risen", "The company"),
     ("Pier Lines", None)),
    ("firm-name-set-off-after-spokesman-for-the-noun-is-the-nouns", "A spokesman for the operator, Pier Lines, said "
     "the toll would stay.", ("the toll would stay", "A spokesman for the operator"),
     ("A spokesman for the operator", None)),
    ("firm-name-set-off-after-spokesman-for-the-noun-is-no-person-later", "A spokesman for the operator, Pier Lines, "
     "spoke on Monday. The spokesman said fares would rise.", ("fares would rise", "The spokesman"),
     ("The spokesman", None)),
    ("person-name-set-off-after-spokesman-for-the-noun-is-the-spokesman", "A spokesman for the operator, Tom Reyl, "
     "said the toll would stay.", ("the toll would stay", "Tom Reyl"), ("Tom Reyl", "A spokesman for the operator")),
    ("title-before-a-courtesy-form-and-name-is-the-title", "Pier Lines chairman Sir Tom Reyl said the toll would "
     "stay.", ("the toll would stay", "Pier Lines chairman Sir Tom Reyl"), ("Tom Reyl", "Pier Lines chairman")),
    ("lower-case-title-before-doctor-and-name-is-the-title", "Harbour activist Dr Ana Varga said the toll would "
     "stay.", ("the toll would stay", "Harbour activist Dr Ana Varga"), ("Ana Varga", "Harbour activist")),
    ("words-before-a-courtesy-form-that-end-in-no-title-head-are-no-title", "The harbour lawyer leading Mrs Ana "
     "Varga's search met skippers. She said the toll would stay.", ("the toll would stay", "She"), ("Ana Varga", None)),
    ("a-after-an-honorific-is-an-initial", "The harbour master, Dr A Varga, said the pier would close.",
     ("the pier would close", "Dr A Varga"), ("A Varga", "The harbour master")),
    ("a-with-a-period-after-an-honorific-is-an-initial-the-surname-comes-back-to", "Mr A. Reyl met skippers. Mr Reyl "
     "said the pier would close.", ("the pier would close", "Mr Reyl"), ("A. Reyl", None)),
    ("indian-courtesy-honorific-is-no-part-of-the-name", "The harbour master, Shri Anil Varga, spoke on Monday. "
     "Shri Varga said the pier would close.", ("the pier would close", "Shri Varga"), ("Anil Varga", "The harbour master")),
    ("indian-courtesy-honorific-for-a-woman-is-no-part-of-the-name", "Smt Ila Varga met the skippers. Smt Varga "
     "said the toll would stay.", ("the toll would stay", "Smt Varga"), ("Ila Varga", None)),
    ("a-capitalised-word-unknown-as-honorific-stays-in-the-name", "Sgtx Ila Varga met the skippers. Sgtx Varga "
     "said the toll would stay.", ("the toll would stay", "Sgtx Varga"), ("Sgtx Varga", None)),
    ("a-man-office-description-may-be-a-woman", "Ann Varga, the chairman of Pier Lines, spoke on Monday. The chairman "
     "said fares would rise.", ("fares would rise", "The chairman"), ("Ann Varga", "the chairman of Pier Lines")),
    ("a-former-man-office-description-may-be-a-woman", "Tom Reyl succeeded Ann Varga as chairman in May. The former "
     "chairman said the pier was safe.", ("the pier was safe", "The former chairman"), ("Ann Varga", "former chairman")),
    ("a-name-of-a-named-group-is-the-person", "Ida Lenz of the Save Our Pier group said the sale was wrong.",
     ("the sale was wrong", "Ida Lenz of the Save Our Pier group"), ("Ida Lenz", None)),
    ("a-name-of-a-lower-case-group-is-the-person", "Ida Lenz of the campaign group said the sale was wrong.",
     ("the sale was wrong", "Ida Lenz of the campaign group"), ("Ida Lenz", None)),
    ("a-name-of-a-placed-lower-case-group-is-the-person", "Ida Lenz of the Lyme harbour party said the sale was "
     "wrong.", ("the sale was wrong", "Ida Lenz of the Lyme harbour party"), ("Ida Lenz", None)),
    ("a-name-of-a-placed-thing-is-no-person-s-affiliation", "Ida Lenz of the Lyme harbour wall said the sale was "
     "wrong.", ("the sale was wrong", "Ida Lenz of the Lyme harbour wall"), ("Ida Lenz of the Lyme harbour wall", None)),
    ("a-name-of-a-body-that-reads-as-a-name-is-the-person", "Pastor Tom Reyl of Marion Street Chapel said the sale "
     "was wrong.", ("the sale was wrong", "Pastor Tom Reyl of Marion Street Chapel"), ("Tom Reyl", "Pastor")),
    ("a-name-after-a-title-with-of-is-the-person", "Harbour Chief of Staff Tom Reyl said the sale was wrong.",
     ("the sale was wrong", "Harbour Chief of Staff Tom Reyl"), ("Tom Reyl", "Harbour Chief of Staff")),
    ("the-company-is-the-one-word-firm-that-opened-a-sentence", "Ferrylink cut fares on Monday. Riders of Ferrylink "
     "were angry. The company said fuel costs had risen.", ("fuel costs had risen", "The company"), ("Ferrylink", None)),
    ("the-company-is-no-common-word-that-opened-a-sentence", "Stocks fell on Monday as traders sold Ferrylink. The "
     "company said fuel costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-no-surname-that-opened-a-sentence", "Lenz cut fares on Monday, and rivals followed Lenz soon. "
     "Later Ida Lenz spoke. The company said fuel costs had risen.", ("fuel costs had risen", "The company"),
     ("The company", None)),
    ("the-company-is-no-word-of-a-longer-name", "Lyme cut fares on Monday. Riders at Lyme Pier were angry. The "
     "company said fuel costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("a-plea-in-court-makes-the-defendant", "Tom Reyl pleaded not guilty to theft on Monday. The defendant said "
     "he was at the pier.", ("he was at the pier", "The defendant"), ("Tom Reyl", "defendant")),
    ("a-role-after-then-is-one-the-person-had", "Tom Reyl, then the harbour master, spoke on Monday. The former "
     "harbour master said fares would rise.", ("fares would rise", "The former harbour master"),
     ("Tom Reyl", "the harbour master")),
    ("a-firm-s-role-is-the-one-who-holds-it-at-a-firm-named", "Bay Lines chief executive Ana Varga spoke on "
     "Monday. The firm's chief executive said fares would rise.", ("fares would rise", "The firm's chief executive"),
     ("Ana Varga", "Bay Lines chief executive")),
    ("a-firm-s-role-is-no-one-s-whose-title-names-no-firm", "Ana Varga, the chief executive, spoke on Monday. The "
     "firm's chief executive said fares would rise.", ("fares would rise", "The firm's chief executive"),
     ("The firm's chief executive", None)),
    ("a-fine-in-court-makes-the-defendant", "Tom Reyl was fined 500 pounds for speeding in the harbour. The "
     "defendant said he was sorry.", ("he was sorry", "The defendant"), ("Tom Reyl", "defendant")),
    ("an-age-and-address-after-the-name-come-before-the-event-in-court", "Tom Reyl, 54, of Harbour Road, Lyme, "
     "was fined 500 pounds. The defendant said he was sorry.", ("he was sorry", "The defendant"),
     ("Tom Reyl", "defendant")),
    ("an-age-before-another-verb-makes-no-defendant", "Tom Reyl, 54, met the skippers who pleaded guilty. The "
     "defendant said he was sorry.", ("he was sorry", "The defendant"), ("The defendant", None)),
    ("a-fine-of-someone-else-makes-no-defendant", "Pier Lines fined Tom Reyl 500 pounds. The defendant said he "
     "was sorry.", ("he was sorry", "The defendant"), ("The defendant", None)),
    ("a-barrister-s-participle-set-off-after-the-name-gives-the-role", "Ida Lenz, prosecuting, said the skipper "
     "had lied. The prosecutor said he had been drinking.", ("he had been drinking", "The prosecutor"),
     ("Ida Lenz", "prosecutor")),
    ("a-side-after-for-the-set-off-after-the-name-gives-the-role", "Ida Lenz, for the prosecution, said the "
     "skipper had lied. The prosecutor said he had been drinking.", ("he had been drinking", "The prosecutor"),
     ("Ida Lenz", "prosecutor")),
    ("a-defence-after-for-the-set-off-after-the-name-gives-the-role", "Tom Reyl, for the defence, told the court "
     "the skipper was sorry. The defence counsel said he had been drinking.",
     ("he had been drinking", "The defence counsel"), ("Tom Reyl", "defence counsel")),
    ("a-barrister-s-participle-closing-a-tag-gives-the-role", "“The skipper lied,” said Ida Lenz, prosecuting. "
     "The prosecutor said he had been drinking.", ("he had been drinking", "The prosecutor"),
     ("Ida Lenz", "prosecutor")),
    ("a-barrister-s-participle-before-a-stop-inside-a-word-is-no-close", "Ida Lenz, prosecuting.com, said the "
     "skipper had lied. The prosecutor said he had been drinking.", ("he had been drinking", "The prosecutor"),
     ("The prosecutor", None)),
    ("the-crown-after-for-the-set-off-after-the-name-gives-the-prosecutor", "Ida Lenz, for the Crown, said the "
     "skipper had lied. The prosecutor said he had been drinking.", ("he had been drinking", "The prosecutor"),
     ("Ida Lenz", "prosecutor")),
    ("a-side-after-for-the-with-words-of-its-own-is-no-barrister-s", "Tom Reyl, for the defence of the pier, "
     "spoke on Monday. The defence counsel said he was tired.", ("he was tired", "The defence counsel"),
     ("The defence counsel", None)),
    ("a-barrister-s-participle-opening-the-sentence-gives-the-role", "Defending, Jon Hale argued that his client "
     "was sorry. The defence counsel said he had been drinking.", ("he had been drinking", "The defence counsel"),
     ("Jon Hale", "defence counsel")),
    ("a-side-opening-the-sentence-gives-the-role", "For the prosecution, Ida Lenz told the jury the skipper had "
     "lied. The prosecutor said he had been drinking.", ("he had been drinking", "The prosecutor"),
     ("Ida Lenz", "prosecutor")),
    ("a-participle-with-an-object-opening-the-sentence-is-no-barrister-s", "Defending the toll, Jon Hale said it "
     "was fair. The defence counsel said he was tired.", ("he was tired", "The defence counsel"),
     ("The defence counsel", None)),
    ("a-participle-before-a-noun-is-no-barrister-s", "Tom Reyl, defending champion, won the race. The defence "
     "counsel said he was tired.", ("he was tired", "The defence counsel"), ("The defence counsel", None)),
    ("one-who-is-suing-is-the-plaintiff", "Ann Varga, who is suing Pier Lines, spoke on Monday. The plaintiff said "
     "the ferry was unsafe.", ("the ferry was unsafe", "The plaintiff"), ("Ann Varga", "plaintiff")),
    ("one-sued-is-no-plaintiff", "Pier Lines sued Ann Varga on Monday. The plaintiff said the ferry was unsafe.",
     ("the ferry was unsafe", "The plaintiff"), ("The plaintiff", None)),
    ("a-seat-outranks-a-role-in-court", "Ann Varga pleaded guilty to speeding in 1999. In 2004 Ann Varga was "
     "elected to the Harbour Council. The councillor said the ferry was unsafe.", ("the ferry was unsafe",
     "The councillor"), ("Ann Varga", "councillor")),
    ("a-defendant-with-no-case-stands-alone", "Tom Reyl met Ann Varga at the pier. The defendant said he was "
     "innocent.", ("he was innocent", "The defendant"), ("The defendant", None)),
    ("one-replaced-as-a-role-is-its-former-holder", "Tom Reyl was replaced as harbour master by Ann Varga. The "
     "former harbour master said the pier was safe.", ("the pier was safe", "The former harbour master"),
     ("Tom Reyl", "former harbour master")),
    ("the-agent-of-a-replacing-passive-takes-the-role", "Tom Reyl was replaced as harbour master by Ann Varga. The "
     "harbour master said the pier was safe.", ("the pier was safe", "The harbour master"),
     ("Ann Varga", "harbour master")),
    ("the-agent-before-the-role-takes-it", "Tom Reyl was succeeded by Ann Varga as harbour master in May. The "
     "harbour master said fees would rise.", ("fees would rise", "The harbour master"),
     ("Ann Varga", "harbour master")),
    ("a-replacing-passive-with-no-role-gives-none", "Tom Reyl was replaced by Ann Varga in May. The harbour master "
     "said the pier was safe.", ("the pier was safe", "The harbour master"), ("The harbour master", None)),
    ("another-passive-gives-no-former-role", "Tom Reyl was hit by a ferry as harbour master. The former harbour "
     "master said the pier was safe.", ("the pier was safe", "The former harbour master"),
     ("The former harbour master", None)),
    ("a-counterpart-set-off-before-a-name-is-a-title", "Her Adley counterpart, Tom Reyl, called the talks useful. "
     "Reyl said the pier was safe.", ("the pier was safe", "Reyl"), ("Tom Reyl", "Her Adley counterpart")),
    ("a-party-bracket-before-a-who-clause-is-no-part-of-the-source", "Sen. Ann Varga (D-Lyme), who chairs the pier "
     "panel, said it was safe.", ("it was safe", "Sen. Ann Varga"), ("Ann Varga", "chair of the pier panel")),
    ("a-party-set-off-by-commas-before-a-who-clause-is-no-title", "Sen. Ann Varga, D-N.Y., who chairs the pier "
     "panel, said it was safe.", ("it was safe", "Sen. Ann Varga"), ("Ann Varga", "chair of the pier panel")),
    ("a-party-set-off-by-commas-before-a-role-is-no-title", "Sen. Ann Varga, D-Lyme, the panel's chair, said it "
     "was safe.", ("it was safe", "Sen. Ann Varga"), ("Ann Varga", "the panel's chair")),
    ("a-party-set-off-by-commas-alone-is-no-title", "Sen. Ann Varga, D-Lyme, said it was safe.",
     ("it was safe", "Sen. Ann Varga"), ("Ann Varga", "Sen.")),
    ("who-after-a-cleft-and-a-contrast-is-the-clefts-name", "It was Ms Varga, not Mr Reyl, who said the pier was "
     "unsafe.", ("the pier was unsafe", "who"), ("Varga", None)),
    ("who-after-a-contrast-outside-a-cleft-is-the-last-name", "Skippers praised Ms Varga, not Mr Reyl, who said the "
     "pier was unsafe.", ("the pier was unsafe", "who"), ("Reyl", None)),
    ("who-after-a-party-set-off-by-commas-is-the-lawmaker", "Sen. Ann Varga, D-N.Y., who wrote the bill, said it "
     "was safe.", ("the bill", "who"), ("Ann Varga", "Sen.")),
    ("who-after-a-party-in-brackets-with-full-stops-is-the-lawmaker", "Sen. Ann Varga (D-N.Y.), who wrote the "
     "bill, said it was safe.", ("the bill", "who"), ("Ann Varga", "Sen.")),
    ("who-after-a-party-in-brackets-and-a-noun-is-the-noun", "Sen. Ann Varga (D-N.Y.) spoke to the skippers, who "
     "said the toll was unfair.", ("the toll was unfair", "who"), ("the skippers", None)),
    ("who-after-words-with-no-comma-after-a-name-is-what-they-name", "Tom Reyl spoke to Ana Varga's aides, who "
     "said the toll was unfair.", ("the toll was unfair", "who"), ("Ana Varga's aides", None)),
    ("who-after-a-noun-after-a-verb-after-a-name-is-the-noun", "Mayor Ana Varga thanked the skippers, who said "
     "the toll was unfair.", ("the toll was unfair", "who"), ("the skippers", None)),
    ("who-after-words-set-off-by-a-comma-after-a-name-is-the-name", "Tom Reyl met Ana Varga, a skipper who said "
     "the toll was unfair.", ("the toll was unfair", "who"), ("Ana Varga", "a skipper")),
    ("who-after-a-time-after-a-name-is-the-name", "Skippers want to re-elect Ana Varga this year, who said the "
     "toll was unfair.", ("the toll was unfair", "who"), ("Ana Varga", None)),
    ("which-after-a-time-after-a-noun-is-the-noun", "The vote follows a report by engineers last month, which "
     "found that a third of the piles were rotten.", ("a third of the piles were rotten", "which"), ("engineers", None)),
    ("her-and-a-document-is-the-person-her-stands-for", "Ana Varga wrote to the board. Her letter said the fee was "
     "unfair.", ("the fee was unfair", "Her letter"), ("Ana Varga", None)),
    ("its-and-a-document-is-the-body-its-stands-for", "Coastline Research was hired in May. Its report found that the "
     "channel was silting slowly.", ("the channel was silting slowly", "Its report"), ("Coastline Research", None)),
    ("its-document-after-a-firm-subject-is-the-firm", "Bay Lines cut two sailings. Its statement said demand "
     "had fallen, and Bay Lines said more cuts could follow.", ("demand had fallen", "Its statement"),
     ("Bay Lines", None)),
    ("a-surname's-document-is-the-person-named", "Jon Hale wrote to the league. Hale's report to the league said "
     "the pier was unsafe.", ("the pier was unsafe", "Hale's report to the league"), ("Jon Hale", None)),
    ("a-name's-letter-with-an-honorific-is-the-person-named", "Ana Varga met the board. Ms Varga's letter said the "
     "toll was unfair.", ("the toll was unfair", "Ms Varga's letter"), ("Ana Varga", None)),
    ("a-surname's-lawyer-is-no-document-and-stays-a-description", "Tom Reyl hired a lawyer. Reyl's lawyer said the "
     "case was weak.", ("the case was weak", "Reyl's lawyer"), ("Reyl's lawyer", None)),
    ("her-document-after-a-preposition-stays-a-description", "Ida Lenz left early. In her statement condemning the "
     "toll, Ana Varga said it was unfair.", ("the toll", "her statement"), ("her statement", None)),
    ("their-document-after-no-body-stays-a-description", "Skippers met on Monday. Their letter said the fee was "
     "unfair.", ("the fee was unfair", "Their letter"), ("Their letter", None)),
    ("which-after-a-span-of-time-after-a-noun-is-the-noun", "The board cited a count of call-outs over ten years, "
     "which showed the station was rarely used.", ("the station was rarely used", "which"), ("a count of call-outs", None)),
    ("which-after-the-past-year-after-a-noun-is-the-noun", "The board relied on a count of crossings in the past "
     "year, which showed the pier was rarely used.", ("the pier was rarely used", "which"), ("a count of crossings", None)),
    ("which-after-a-span-of-time-as-the-object-names-nobody", "The survey covered ten years, which showed the pier "
     "was rarely used.", ("the pier was rarely used", "which"), ("", None)),
    ("an-office-honorific-is-a-role-beside-a-former-title", "Mayor Ana Varga spoke on Friday. Varga, a former "
     "skipper, said she was sad. The mayor said the toll would stay.", ("the toll would stay", "The mayor"),
     ("Ana Varga", "a former skipper")),
    ("a-second-rank-honorific-beside-a-former-title-is-no-office", "Deputy Mayor Ana Varga spoke on Friday. Varga, "
     "a former skipper, said she was sad. The mayor said the toll would stay.", ("the toll would stay", "The mayor"),
     ("The mayor", None)),
    ("a-name-and-its-verb-set-off-after-a-place-are-no-role", "In Lyme Harbour, Tom Reyl endured a lecture from "
     "the Bay mayor, who said the toll was unfair.", ("the toll was unfair", "who"), ("the Bay mayor", None)),
    ("capitalised-words-before-a-title-head-set-off-are-a-role", "Tom Reyl, Bay Lines chairman, said the toll was "
     "unfair.", ("the toll was unfair", "Tom Reyl"), ("Tom Reyl", "Bay Lines chairman")),
    ("a-role-after-a-verb-and-a-preposition-starts-at-its-determiner", "A letter went out from the club's harbour "
     "master, Ana Varga, to skippers. Varga said the toll was unfair.", ("the toll was unfair", "Varga"),
     ("Ana Varga", "the club's harbour master")),
    ("a-role-after-a-title-word-and-a-preposition-stays-whole", "The adviser to the mayor, Ana Varga, said the toll "
     "was unfair.", ("the toll was unfair", "Ana Varga"), ("Ana Varga", "The adviser to the mayor")),
    ("a-role-verb-before-a-rival-and-a-score-states-no-role", "Ana Varga, who leads Tom Reyl 1,428 to 1,153 in "
     "votes, said the toll was unfair.", ("the toll was unfair", "Ana Varga"), ("Ana Varga", None)),
    ("a-role-verb-before-a-body-with-a-number-states-a-role", "Ana Varga, who heads the 5th Street Boathouse, said "
     "the toll was unfair.", ("the toll was unfair", "Ana Varga"), ("Ana Varga", "head of the 5th Street Boathouse")),
    ("supporters-of-a-name-are-a-description", "Supporters of Ana Varga said the toll was unfair.",
     ("the toll was unfair", "Supporters of Ana Varga"), ("Supporters of Ana Varga", None)),
    ("the-friends-of-a-name-after-the-are-a-description", "The friends of Ana Varga said she would be missed.",
     ("she would be missed", "The friends of Ana Varga"), ("The friends of Ana Varga", None)),
    ("the-family-of-a-name-is-a-description", "In a statement, the family of Ana Varga said she would be missed.",
     ("she would be missed", "the family of Ana Varga"), ("the family of Ana Varga", None)),
    ("the-government-of-a-place-named-is-the-place", "The government of Costa Rica said the toll was unfair.",
     ("the toll was unfair", "The government of Costa Rica"), ("Costa Rica", None)),
    ("a-clip-of-a-name-is-the-person", "A clip of Ana Varga said the toll was unfair.",
     ("the toll was unfair", "A clip of Ana Varga"), ("Ana Varga", None)),
    ("her-in-a-title-is-the-woman-named-before", "Mayor Ann Varga spoke first. Her deputy, Tom Reyl, said the toll "
     "would stay.", ("the toll would stay", "Tom Reyl"), ("Tom Reyl", "deputy of Ann Varga")),
    ("his-in-a-title-skips-a-woman-named-nearer", "Tom Reyl spoke. Ann Varga said the toll was unfair. His deputy, "
     "Jo Bright, said it would stay.", ("it would stay", "Jo Bright"), ("Jo Bright", "deputy of Tom Reyl")),
    ("her-before-a-campaign-names-it-after-the-woman", "Ana Varga is running for mayor. Her campaign said the poll "
     "was wrong.", ("the poll was wrong", "Her campaign"), ("campaign of Ana Varga", None)),
    ("his-before-a-firm-names-it-after-the-man", "Tom Reyl thinks the pier will cost too much. His firm said fares "
     "would rise.", ("fares would rise", "His firm"), ("firm of Tom Reyl", None)),
    ("his-before-a-firm-and-more-stays-as-written", "Tom Reyl thinks the pier will cost too much. His firm and two "
     "rivals said fares would rise.", ("fares would rise", "His firm and two rivals"),
     ("His firm and two rivals", None)),
    ("his-before-a-campaign-and-more-stays-as-written", "Tom Reyl is running for mayor. His campaign and two allies "
     "said the poll was wrong.", ("the poll was wrong", "His campaign and two allies"),
     ("His campaign and two allies", None)),
    ("her-in-a-title-reaches-back-three-sentences-across-paragraphs", "Mayor Ann Varga spoke.\n\n“The pier is "
     "old,” she said. “The toll is high.”\n\nHer deputy, Tom Reyl, said the toll would stay.",
     ("the toll would stay", "Tom Reyl"), ("Tom Reyl", "deputy of Ann Varga")),
    ("her-in-a-title-reaches-back-three-sentences-only", "Mayor Ann Varga spoke. The pier is old. The toll is high. "
     "The quay is wet. Her deputy, Tom Reyl, said the toll would stay.", ("the toll would stay", "Tom Reyl"),
     ("Tom Reyl", "Her deputy")),
    ("her-in-a-title-reaches-further-back-through-sentences-about-her", "Mayor Ann Varga spoke. At 68, she is "
     "tired. “The pier is old.” She was born here. Young people, she believes, have left. Her deputy, Tom Reyl, "
     "said the toll would stay.", ("the toll would stay", "Tom Reyl"), ("Tom Reyl", "deputy of Ann Varga")),
    ("her-in-a-title-reaches-no-further-past-a-sentence-not-about-her", "Mayor Ann Varga spoke. At 68, she is "
     "tired. The pier is old. She was born here. Young people, she believes, have left. Her deputy, Tom Reyl, said "
     "the toll would stay.", ("the toll would stay", "Tom Reyl"), ("Tom Reyl", "Her deputy")),
    ("its-in-a-title-leaves-the-description-its-holder", "Bayline Ferries has sold the Sea Lark. Its chief "
     "executive, Sara Penn, spoke. The chief executive said the boat was too old.",
     ("the boat was too old", "The chief executive"), ("Sara Penn", "chief executive of Bayline Ferries")),
    ("a-counterpart-with-no-name-stands-alone", "Ann Varga met her counterpart on Monday. The counterpart said the "
     "pier was safe.", ("the pier was safe", "The counterpart"), ("The counterpart", None)),
    ("a-description-repeats-an-appositive-after-an-age", "Ann Varga, 38, a mother of three, spoke on Monday. The "
     "mother of three said the pier was unsafe.", ("the pier was unsafe", "The mother of three"), ("Ann Varga", None)),
    ("a-description-repeats-the-head-of-an-appositive-before-of", "Ana Varga, 61, a grandmother of five, spoke on "
     "Monday. The grandmother said the pier was unsafe.", ("the pier was unsafe", "The grandmother"),
     ("Ana Varga", None)),
    ("a-description-repeats-the-head-of-an-appositive-before-of-and-a-home-town", "Ann Varga, a mother of three from "
     "Lyme, spoke on Monday. The mother said the pier was unsafe.", ("the pier was unsafe", "The mother"),
     ("Ann Varga", None)),
    ("a-description-repeats-no-head-of-a-phrase-after-a-verb", "Ana Varga met a grandmother of five. The "
     "grandmother said the pier was unsafe.", ("the pier was unsafe", "The grandmother"), ("The grandmother", None)),
    ("a-description-repeats-the-appositive-of-its-own-person", "Ann Varga, a ferry pilot's widow, met Tom Reyl, a "
     "ferry fan. The ferry fan said the pier was unsafe.", ("the pier was unsafe", "The ferry fan"), ("Tom Reyl", None)),
    ("a-role-in-brackets-is-repeated-by-a-description", "Cllr Eva Dahl (Chair) opened the meeting. The Chair said "
     "the toll review would be tabled in June.", ("the toll review would be tabled in June", "The Chair"),
     ("Eva Dahl", "Chair")),
    ("a-description-repeats-an-appositive-before-a-home-town", "Ann Varga, a mother of three from Lyme, spoke on "
     "Monday. The mother of three said the pier was unsafe.", ("the pier was unsafe", "The mother of three"),
     ("Ann Varga", None)),
    ("a-description-repeats-no-appositive-before-words-in-lower-case", "Ann Varga, a mother of three from hell, "
     "spoke on Monday. The mother of three said the pier was unsafe.", ("the pier was unsafe", "The mother of three"),
     ("The mother of three", None)),
    ("a-description-repeats-an-appositive-before-phrases-of-at-and-for", "Tom Reyl, a porter at the hospital for "
     "ten years, spoke on Monday. The porter said the ward was old.", ("the ward was old", "The porter"),
     ("Tom Reyl", None)),
    ("a-description-repeats-no-appositive-with-phrases-after-a-verb", "Tom Reyl met a porter at the hospital. The "
     "porter said the ward was old.", ("the ward was old", "The porter"), ("The porter", None)),
    ("a-description-after-a-verb-is-no-appositive", "Ann Varga met a mother of three. The mother of three said the "
     "pier was unsafe.", ("the pier was unsafe", "The mother of three"), ("The mother of three", None)),
    ("an-age-description-is-the-one-person-of-a-world-given-name", "Pia Kern won the race. The 24-year-old said she "
     "was tired.", ("she was tired", "The 24-year-old"), ("Pia Kern", None)),
    ("the-company-after-two-subject-names-stands-alone", "Pier Lines cut fares on Monday. Bay Ferries raised "
     "them. The company said fuel costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-no-council-that-opened-a-sentence", "Harbour Council cut fares on Monday. The company said "
     "fuel costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-no-person-that-opened-a-sentence", "Tom Reyl cut fares on Monday. The company said fuel "
     "costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-no-joined-subject", "Pier Lines and Bay Ferries cut fares on Monday. The company said fuel "
     "costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-no-described-person", "Councillor Tom Reyl cut fares on Monday. The company said fuel costs "
     "had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-no-long-title-cased-line", "Ferry Fares Keep Harbour Towns Busy in Winter. The company said "
     "fuel costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-no-region-that-opened-a-sentence", "New York cut fares on Monday. The company said fuel "
     "costs had risen.", ("fuel costs had risen", "The company"), ("The company", None)),
    ("the-company-is-no-group-named-alone", "The Group met in May. The company said it would hire staff.",
     ("it would hire staff", "The company"), ("The company", None)),
    ("time-before-a-firm-is-no-part-of-its-name", "On Monday Harbour Freight Ltd said fares would fall.",
     ("fares would fall", "On Monday Harbour Freight Ltd"), ("Harbour Freight Ltd", None)),
    ("time-before-a-description-is-no-part-of-it", "Last June the harbour board said fares would fall.",
     ("fares would fall", "Last June the harbour board"), ("the harbour board", None)),
    ("firm-opening-with-a-time-word-keeps-it", "Next Generation Ferries said fares would fall.",
     ("fares would fall", "Next Generation Ferries"), ("Next Generation Ferries", None)),
    ("the-bank-is-the-one-bank-named-before", "Harbour Bank raised its rates. The bank said savers would gain.",
     ("savers would gain", "The bank"), ("Harbour Bank", None)),
    ("the-bank-after-two-banks-stands-alone", "Harbour Bank and Pier Bank raised their rates. The bank said savers "
     "would gain.", ("savers would gain", "The bank"), ("The bank", None)),
    ("the-company-after-a-firm-named-after-a-time", "On Monday Harbour Freight Ltd cut its fares. The company said "
     "it would hire staff.", ("it would hire staff", "The company"), ("Harbour Freight Ltd", None)),
    ("a-description-set-off-after-a-name-is-the-person", "Tom Reyl, a Harbour United fan, said the team was poor. "
     "The fan said tickets were dear.", ("tickets were dear", "The fan"), ("Tom Reyl", None)),
    ("a-description-right-before-a-name-is-the-person", "Pier Lines shareholder Ana Varga said profits fell. The "
     "shareholder said she would sell.", ("she would sell", "The shareholder"), ("Ana Varga", None)),
    ("a-description-after-a-verb-is-no-named-person", "Ana Varga met a Pier Lines passenger. The passenger said the "
     "ferry was late.", ("the ferry was late", "The passenger"), ("Pier Lines passenger", None)),
    ("the-club-is-the-one-club-named-before", "Harbour United sacked Tom Reyl on Monday. The club said results "
     "were poor.", ("results were poor", "The club"), ("Harbour United", None)),
    ("the-union-is-the-one-guild-named-before", "The Seafarers' Guild said its members would strike on Friday. "
     "The union said the toll would ruin small skippers.", ("the toll would ruin small skippers", "The union"),
     ("The Seafarers' Guild", None)),
    ("the-union-after-a-guild-and-a-brotherhood-stands-alone", "The Seafarers' Guild and the Dockers' Brotherhood "
     "met on Friday. The union said the toll would ruin small skippers.", ("the toll would ruin small skippers",
                                                                         "The union"), ("The union", None)),
    ("the-club-after-two-clubs-stands-alone", "Harbour United beat Bay Rovers 2-1. The club said the win was "
     "deserved.", ("the win was deserved", "The club"), ("The club", None)),
    ("a-capitalised-club-is-a-name-of-its-own", "Harbour United ran ads. The Pier Club for Growth said the toll "
     "was unfair.", ("the toll was unfair", "The Pier Club for Growth"), ("The Pier Club for Growth", None)),
    ("the-club-after-a-fan-club-is-no-team", "Ana Varga spoke to the Harbour United fan club. The club said "
     "tickets were dear.", ("tickets were dear", "The club"), ("The club", None)),
    ("the-company-after-its-shares-is-the-firm", "Harbour Freight Ltd shares fell. The company said it would "
     "hire.", ("it would hire", "The company"), ("Harbour Freight Ltd", None)),
    ("the-council-leader-is-the-one-titled-so", "Harbour Council leader Ann Varga opened the pier. Ms Varga said "
     "it was safe. The council leader said it would stay open.", ("it would stay open", "The council leader"),
     ("Ann Varga", "Harbour Council leader")),
    ("the-club-after-a-firm-stands-alone", "Pier Lines sacked Tom Reyl. The club said results were poor.",
     ("results were poor", "The club"), ("The club", None)),
    ("an-age-is-the-person-of-that-age-inside-a-role", "Tom Reyl, a 54-year-old skipper, met Ana Varga, 61. The "
     "54-year-old said the pier was unsafe.", ("the pier was unsafe", "The 54-year-old"), ("Tom Reyl", "skipper")),
    ("an-age-inside-a-longer-word-is-no-age", "Tom Reyl, a 54-year-old-looking skipper, met Ana Varga. The "
     "54-year-old said the pier was unsafe.", ("the pier was unsafe", "The 54-year-old"), ("Ana Varga", None)),
    ("an-age-is-the-person-of-that-age", "Anna Holm, 52, met Tom Reyl, 40. The 52-year-old said the pier was "
     "unsafe.", ("the pier was unsafe", "The 52-year-old"), ("Anna Holm", None)),
    ("an-age-is-the-last-person-named", "Anna Holm, a former ferry pilot, sued the council. The 52-year-old said "
     "the pier was unsafe.", ("the pier was unsafe", "The 52-year-old"), ("Anna Holm", "a former ferry pilot")),
    ("an-age-with-a-gendered-noun-skips-a-man", "Anna Holm met Tom Reyl. The 52-year-old woman said the pier was "
     "unsafe.", ("the pier was unsafe", "The 52-year-old woman"), ("Anna Holm", None)),
    ("an-age-with-nobody-named-stands-alone", "The council met. The 52-year-old said the pier was unsafe.",
     ("the pier was unsafe", "The 52-year-old"), ("The 52-year-old", None)),
    ("a-role-before-an-office-honorific", "The inquiry's chairman, Judge Ivo Marek, said the pier was unsafe.",
     ("the pier was unsafe", "Judge Ivo Marek"), ("Ivo Marek", "The inquiry's chairman")),
    ("an-office-honorific-alone-stays-the-title", "Judge Ivo Marek said the pier was unsafe.",
     ("the pier was unsafe", "Judge Ivo Marek"), ("Ivo Marek", "Judge")),
    ("the-new-holder-of-a-role", "Lena Ruiz was named harbour master on Tuesday. The new harbour master said the "
     "pier was unsafe.", ("the pier was unsafe", "The new harbour master"), ("Lena Ruiz", "harbour master")),
    ("the-new-role-with-no-holder-stands-alone", "The pier reopened. The new harbour master said the pier was "
     "unsafe.", ("the pier was unsafe", "The new harbour master"), ("The new harbour master", None)),
    ("a-body-named-after-its-description", "The ferry operator Bay Lines said fares would rise.",
     ("fares would rise", "The ferry operator Bay Lines"), ("Bay Lines", None)),
    ("a-body-named-after-its-description-opening-the-sentence", "Rival operator Bay Lines said fares would rise.",
     ("fares would rise", "Rival operator Bay Lines"), ("Bay Lines", None)),
    ("a-body-named-after-a-plural-possessive-description-opening-the-sentence", "Fans' group Rovers Together said "
     "it welcomed the change.", ("it welcomed the change", "Fans' group Rovers Together"), ("Rovers Together", None)),
    ("a-body-after-a-named-possessor-keeps-the-whole-phrase", "Lyme's fan group Rovers Together said it welcomed the "
     "change.", ("it welcomed the change", "Lyme's fan group Rovers Together"),
     ("Lyme's fan group Rovers Together", None)),
    ("a-firm-named-after-its-trade-opening-the-sentence", "Developer Bay Energy said the plant would open in May.",
     ("the plant would open in May", "Developer Bay Energy"), ("Bay Energy", None)),
    ("a-firm-named-after-its-trade-in-lower-case", "Property developer Bay Homes said the plant would open in May.",
     ("the plant would open in May", "Property developer Bay Homes"), ("Bay Homes", None)),
    ("a-one-word-firm-named-after-its-trade", "Software maker Harbourware said its chip would be fast.",
     ("its chip would be fast", "Software maker Harbourware"), ("Harbourware", None)),
    ("a-one-word-name-after-a-trade-that-a-person-bears-is-the-person", "Tom Reyl spoke. Software maker Reyl said "
     "its chip would be fast.", ("its chip would be fast", "Software maker Reyl"), ("Tom Reyl", None)),
    ("the-company-is-the-one-word-firm-its-trade-opened-a-sentence-with", "Software maker Harbourware unveiled a "
     "chip. The chip will go on sale in May, the Lyme-based company said.",
     ("The chip will go on sale in May", "the Lyme-based company"), ("Harbourware", None)),
    ("the-trade-is-the-one-firm-named-after-it", "Developer Bay Energy said the plant would open in May. The "
     "developer said it would hire 40 people.", ("it would hire 40 people", "The developer"), ("Bay Energy", None)),
    ("the-trade-after-two-firms-named-after-it-stands-alone", "Developer Bay Energy met developer Bay Homes. The "
     "developer said it would hire 40 people.", ("it would hire 40 people", "The developer"), ("The developer", None)),
    ("a-trade-before-a-given-name-stays-a-title", "Developer Ana Varga said the app would launch in May.",
     ("the app would launch in May", "Developer Ana Varga"), ("Ana Varga", "Developer")),
    ("a-role-opening-the-sentence-before-a-name-stays-a-title", "Harbour master Tom Reyl said fares would rise.",
     ("fares would rise", "Harbour master Tom Reyl"), ("Tom Reyl", "Harbour master")),
    ("a-body-after-a-preposition-is-no-name-of-the-source", "The head of the Pier Society said fares would rise.",
     ("fares would rise", "The head of the Pier Society"), ("The head of the Pier Society", None)),
    ("a-body-with-its-article-keeps-its-name", "The Harbour Council said fares would rise.",
     ("fares would rise", "The Harbour Council"), ("The Harbour Council", None)),
    ("a-firm-without-its-company-ending", "Pier Lines Inc cut its fares in May. Pier Lines said the toll was fair.",
     ("the toll was fair", "Pier Lines#2"), ("Pier Lines Inc", None)),
    ("a-firm-never-named-with-an-ending-stands-alone", "Pier Lines cut its fares in May. Pier Lines said the toll "
     "was fair.", ("the toll was fair", "Pier Lines#2"), ("Pier Lines", None)),
    ("copula-before-an-adjective-is-no-role", "Ana Varga was angry about the toll. The mayor said the pier was unsafe.",
     ("the pier was unsafe", "The mayor"), ("The mayor", None)),
    ("a-general-role-is-one-who-holds-a-role-under-it", "Tom Akers, a striker for Harbour United, was hurt on "
     "Saturday. The player said he would be back soon.", ("he would be back soon", "The player"),
     ("Tom Akers", "a striker for Harbour United")),
    ("a-general-role-is-the-last-holder-of-a-role-under-it", "Tom Akers, a striker, met Ida Lenz, a goalkeeper. "
     "The player said the pitch was wet.", ("the pitch was wet", "The player"), ("Ida Lenz", "a goalkeeper")),
    ("the-player-after-a-midfielder", "Tom Reyl, a midfielder, signed for Harbour United. The player said he was "
     "happy.", ("he was happy", "The player"), ("Tom Reyl", "a midfielder")),
    ("the-executive-after-a-chairwoman", "Ana Varga, chairwoman of Pier Lines, spoke on Monday. The executive "
     "said fares would rise.", ("fares would rise", "The executive"), ("Ana Varga", "chairwoman of Pier Lines")),
    ("the-lawmaker-after-a-senator", "Senator Ana Varga toured the pier. The lawmaker said the bill would pass.",
     ("the bill would pass", "The lawmaker"), ("Ana Varga", "Senator")),
    ("the-lawyer-after-an-attorney", "Ana Varga, an attorney for the family, spoke. The lawyer said the case was "
     "weak.", ("the case was weak", "The lawyer"), ("Ana Varga", "an attorney for the family")),
    ("a-general-role-skips-a-role-it-does-not-cover", "Mr Reyl, the ferry captain, was hurt on Saturday. The "
     "player said he would be back soon.", ("he would be back soon", "The player"), ("The player", None)),
    ("a-general-role-skips-a-former-holder", "Tom Akers, a former striker, was hurt. The player said he would be "
     "back soon.", ("he would be back soon", "The player"), ("The player", None)),
    ("a-general-role-in-the-plural-is-a-group", "Tom Akers, a striker for Harbour United, was hurt. The players "
     "said the pitch was wet.", ("the pitch was wet", "The players"), ("The players", None)),
    ("the-chairwoman-is-one-who-chairs", "Ana Varga, who chairs Pier Lines, spoke on Monday. The chairwoman said "
     "fares would rise.", ("fares would rise", "The chairwoman"), ("Ana Varga", "chair of Pier Lines")),
    ("the-chair-is-a-chairman", "Tom Reyl, chairman of Pier Lines, spoke on Monday. The chair said fares would "
     "rise.", ("fares would rise", "The chair"), ("Tom Reyl", "chairman of Pier Lines")),
    ("the-skipper-is-the-captain", "Tom Reyl, the Bay Rovers captain, was injured. The skipper said he would play "
     "on Saturday.", ("he would play on Saturday", "The skipper"), ("Tom Reyl", "the Bay Rovers captain")),
    ("the-chairwoman-is-the-woman-of-two-chairs", "Ana Varga, chair of Pier Lines, met Tom Reyl, chair of Bay "
     "Lines. The chairwoman said fares would rise.", ("fares would rise", "The chairwoman"),
     ("Ana Varga", "chair of Pier Lines")),
    ("the-keeper-is-the-goalkeeper", "Harbour United goalkeeper Ana Varga saved a penalty. The keeper said the "
     "pitch was wet.", ("the pitch was wet", "The keeper"), ("Ana Varga", "Harbour United goalkeeper")),
    ("the-chief-executive-is-the-ceo", "Tom Reyl, the CEO of Pier Lines, said costs rose. The chief executive said "
     "fuel was dear.", ("fuel was dear", "The chief executive"), ("Tom Reyl", "the CEO of Pier Lines")),
    ("the-ceo-is-the-chief-executive", "Tom Reyl, the chief executive of Pier Lines, said costs rose. The CEO said "
     "fuel was dear.", ("fuel was dear", "The CEO"), ("Tom Reyl", "the chief executive of Pier Lines")),
    ("the-chief-financial-officer-is-the-cfo", "Tom Reyl, the Pier Lines CFO, said costs rose. The chief financial "
     "officer said fuel was dear.", ("fuel was dear", "The chief financial officer"),
     ("Tom Reyl", "the Pier Lines CFO")),
    ("the-ceo-is-no-police-chief", "Tom Reyl, the police chief, said crime fell. The CEO said fuel was dear.",
     ("fuel was dear", "The CEO"), ("The CEO", None)),
    ("the-boss-is-the-manager", "Ana Varga, the club's manager, said the team was tired. The boss said the league "
     "was long.", ("the league was long", "The boss"), ("Ana Varga", "the club's manager")),
    ("the-boss-is-the-chief-executive", "Tom Reyl, chief executive of Pier Lines, spoke first. The Pier Lines "
     "boss said fares would rise.", ("fares would rise", "The Pier Lines boss"),
     ("Tom Reyl", "chief executive of Pier Lines")),
    ("the-boss-is-the-chairwoman", "Ana Varga, chairwoman of Pier Lines, spoke first. The boss said fares would "
     "rise.", ("fares would rise", "The boss"), ("Ana Varga", "chairwoman of Pier Lines")),
    ("the-boss-is-no-chief-of-staff", "Tom Reyl, chief of staff to the mayor, spoke first. The boss said fares "
     "would rise.", ("fares would rise", "The boss"), ("The boss", None)),
    ("the-boss-of-one-firm-is-no-chief-executive-of-another", "Tom Reyl, chief executive of Bay Lines, spoke "
     "first. The Pier Lines boss said fares would rise.", ("fares would rise", "The Pier Lines boss"),
     ("The Pier Lines boss", None)),
    ("a-chairman-who-resigned-is-the-former-chairman", "Bay Lines chairman Tom Reyl resigned. The former "
     "chairman said he was proud of the firm.", ("he was proud of the firm", "The former chairman"),
     ("Tom Reyl", "Bay Lines chairman")),
    ("an-appositive-role-left-is-a-former-one", "Tom Reyl, chairman of Bay Lines, stepped down on Monday. The "
     "former chairman said he was proud of the firm.", ("he was proud of the firm", "The former chairman"),
     ("Tom Reyl", "chairman of Bay Lines")),
    ("an-office-left-is-a-former-one", "Mayor Tom Reyl resigned on Monday. The former mayor said he was proud of "
     "the town.", ("he was proud of the town", "The former mayor"), ("Tom Reyl", "Mayor")),
    ("a-sacked-manager-is-the-former-manager", "Lyme Town sacked manager Rob Kell. The former manager said he "
     "was disappointed.", ("he was disappointed", "The former manager"), ("Rob Kell", "manager")),
    ("a-hired-manager-is-no-former-one", "Lyme Town hired manager Rob Kell. The former manager said he was "
     "disappointed.", ("he was disappointed", "The former manager"), ("The former manager", None)),
    ("resigning-from-another-body-leaves-the-title-current", "Tom Reyl, chairman of Bay Lines, resigned from the "
     "board of Harbour Bank. The former chairman said he was proud.", ("he was proud", "The former chairman"),
     ("The former chairman", None)),
    ("a-title-with-no-leaving-stays-current", "Bay Lines chairman Tom Reyl spoke. The former chairman said he was "
     "proud.", ("he was proud", "The former chairman"), ("The former chairman", None)),
    ("his-predecessor-is-the-former-mayor", "Mayor Tom Reyl met his predecessor, Ann Varga. The former mayor said "
     "the pier was unsafe.", ("the pier was unsafe", "The former mayor"), ("Ann Varga", "former Mayor")),
    ("a-named-possessor-gives-the-predecessor-a-former-title", "Mayor Tom Reyl's predecessor, Ann Varga, spoke. "
     "The former mayor said the pier was unsafe.", ("the pier was unsafe", "The former mayor"),
     ("Ann Varga", "former Mayor")),
    ("a-predecessor-title-drops-its-determiner", "The harbour master, Tom Reyl, met his predecessor, Ann Varga. She "
     "said the pier was unsafe.", ("the pier was unsafe", "She"), ("Ann Varga", "former harbour master")),
    ("a-predecessor-title-drops-a-possessive", "Bay Lines raised fares. Its chief executive, Tom Reyl, met his "
     "predecessor, Ann Varga. She said fares were too high.", ("fares were too high", "She"),
     ("Ann Varga", "former chief executive")),
    ("her-predecessor-opening-a-sentence-is-of-the-woman-named-before", "Ana Varga, the operations manager, said "
     "cuts were needed. Her predecessor, Jon Hale, spoke next. He said the firm had erred.", ("the firm had erred",
     "He"), ("Jon Hale", "former operations manager")),
    ("her-predecessor-opening-a-sentence-after-a-man-alone-has-none", "Mayor Tom Reyl spoke first. Her predecessor, "
     "Ida Lenz, spoke next. She said the toll was fair.", ("the toll was fair", "She"), ("Ida Lenz", None)),
    ("the-predecessor-is-no-present-holder", "Mayor Tom Reyl met his predecessor, Ann Varga. The mayor said the "
     "pier was unsafe.", ("the pier was unsafe", "The mayor"), ("Tom Reyl", "Mayor")),
    ("his-predecessor-skips-a-woman", "Mayor Ann Varga met his predecessor, Tom Reyl. The former mayor said the "
     "pier was unsafe.", ("the pier was unsafe", "The former mayor"), ("The former mayor", None)),
    ("a-predecessor-of-one-without-a-title-has-none", "Tom Reyl met his predecessor, Ann Varga. The former mayor "
     "said the pier was unsafe.", ("the pier was unsafe", "The former mayor"), ("The former mayor", None)),
    ("the-chief-executive-is-no-police-chief", "Tom Reyl, the police chief, said crime fell. The chief executive "
     "said fuel was dear.", ("fuel was dear", "The chief executive"), ("The chief executive", None)),
    ("the-doctor-is-the-surgeon", "Dr Ana Varga, a surgeon, treated the crew. The doctor said they would "
     "recover.", ("they would recover", "The doctor"), ("Ana Varga", "a surgeon")),
    ("a-doctor-is-a-role", "Tom Reyl, a doctor at the harbour clinic, said the crew was fine. The doctor said they "
     "would recover.", ("they would recover", "The doctor"), ("Tom Reyl", "a doctor at the harbour clinic")),
    ("the-lawmaker-is-the-mp", "Ana Varga, an MP for Lyme, said the bill was weak. The lawmaker said it would "
     "fail.", ("it would fail", "The lawmaker"), ("Ana Varga", "an MP for Lyme")),
    ("a-doctor-by-degree-alone-is-no-role", "Dr Nina Osei arrived. The doctor said the crew would recover.",
     ("the crew would recover", "The doctor"), ("The doctor", None)),
    ("a-professor-by-post-is-a-role", "Prof Alan Grieve arrived. The professor said the pier was unsafe.",
     ("the pier was unsafe", "The professor"), ("Alan Grieve", "Prof")),
    ("the-doctor-is-no-nurse", "Ana Varga, a nurse, treated the crew. The doctor said they would recover.",
     ("they would recover", "The doctor"), ("The doctor", None)),
    ("the-chairwoman-is-no-man-who-chairs", "Tom Reyl, who chairs Pier Lines, spoke on Monday. The chairwoman "
     "said fares would rise.", ("fares would rise", "The chairwoman"), ("The chairwoman", None)),
    ("the-chairman-is-no-chairwoman", "Ana Varga, chairwoman of Pier Lines, spoke on Monday. The chairman said "
     "fares would rise.", ("fares would rise", "The chairman"), ("The chairman", None)),
    ("the-defendant-named-before-is-the-defendant-later", "The defendant, Tom Reyl, denied the charge. The "
     "defendant said he had never seen the ferry.", ("he had never seen the ferry", "The defendant"),
     ("Tom Reyl", "The defendant")),
    ("the-plaintiff-is-a-role", "Ana Varga, the plaintiff, sued the council. The plaintiff said the pier was "
     "unsafe.", ("the pier was unsafe", "The plaintiff"), ("Ana Varga", "the plaintiff")),
    ("the-defendant-with-no-role-stated-stands-alone", "Tom Reyl denied theft. The defendant said he was at "
     "home.", ("he was at home", "The defendant"), ("The defendant", None)),
    ("a-plural-description-after-two-firms-stands-alone", "Pier Lines and Bay Ferries raised fares. The firms "
     "said fuel costs rose.", ("fuel costs rose", "The firms"), ("The firms", None)),
    ("a-plural-description-after-two-people-stands-alone", "Tom Reyl met Ana Varga on Monday. The two said the "
     "talks went well.", ("the talks went well", "The two"), ("The two", None)),
    ("a-place-in-the-lawmakers-brackets-is-a-word-of-the-role", "Sen. Ann Varga (D-Lyme) opened the pier. The Lyme "
     "senator said it was safe.", ("it was safe", "The Lyme senator"), ("Ann Varga", "Sen.")),
    ("a-party-letter-in-the-brackets-is-a-word-of-the-role", "Sen. Ann Varga (D-Lyme) opened the pier. The "
     "Democratic senator said it was safe.", ("it was safe", "The Democratic senator"), ("Ann Varga", "Sen.")),
    ("the-company-is-the-firm-whose-shares-open-a-sentence", "Shares in Pier Lines fell 12 per cent. The company "
     "said fuel costs had doubled.", ("fuel costs had doubled", "The company"), ("Pier Lines", None)),
    ("the-company-after-shares-in-two-firms-stands-alone", "Shares in Pier Lines and Bay Ferries fell. The company "
     "said fuel costs had doubled.", ("fuel costs had doubled", "The company"), ("The company", None)),
    ("a-party-letter-set-off-by-commas-is-a-word-of-the-role", "Sen. Ann Varga, D-Lyme, opened the pier. The "
     "Democratic senator said it was safe.", ("it was safe", "The Democratic senator"), ("Ann Varga", "Sen.")),
    ("a-party-set-off-by-commas-the-lawmaker-is-not-of-stands-alone", "Sen. Tom Reyl, R-Bay, opened the pier. The "
     "Democratic senator said it was safe.", ("it was safe", "The Democratic senator"), ("The Democratic senator", None)),
    ("a-place-after-of-is-a-word-of-the-role", "Mayor Ann Varga of Lyme met Mayor Tom Reyl of Bay. The Lyme mayor "
     "said the ferry was late.", ("the ferry was late", "The Lyme mayor"), ("Ann Varga", "Mayor")),
    ("a-place-after-from-is-a-word-of-the-role", "Sen. Ann Varga (D-Lyme) opened the pier. The senator from Lyme "
     "said it was safe.", ("it was safe", "The senator from Lyme"), ("Ann Varga", "Sen.")),
    ("a-place-after-from-the-holder-is-not-of-stands-alone", "Sen. Tom Reyl (R-Bay) opened the pier. The senator "
     "from Lyme said it was safe.", ("it was safe", "The senator from Lyme"), ("The senator from Lyme", None)),
    ("a-place-the-lawmaker-is-not-from-stands-alone", "Sen. Tom Reyl (R-Bay) opened the pier. The Lyme senator said "
     "it was safe.", ("it was safe", "The Lyme senator"), ("The Lyme senator", None)),
    ("a-party-the-lawmaker-is-not-of-stands-alone", "Sen. Tom Reyl (R-Bay) opened the pier. The Democratic senator "
     "said it was safe.", ("it was safe", "The Democratic senator"), ("The Democratic senator", None)),
    ("a-region-no-one-is-told-of-is-the-sole-holder", "Sen. Ann Varga opened the pier. The Maine senator said it "
     "was safe.", ("it was safe", "The Maine senator"), ("Ann Varga", "Sen.")),
    ("a-party-no-one-is-told-of-is-the-sole-holder", "MP Rita Moss opened the pier. The Labour MP said it was "
     "safe.", ("it was safe", "The Labour MP"), ("Rita Moss", "MP")),
    ("a-party-with-two-holders-stands-alone", "MP Rita Moss met MP Tom Reyl. The Labour MP said it was safe.",
     ("it was safe", "The Labour MP"), ("The Labour MP", None)),
    ("a-party-word-that-names-no-party-is-no-party", "MP Rita Moss opened the pier. The Lyme MP said it was safe.",
     ("it was safe", "The Lyme MP"), ("The Lyme MP", None)),
    ("a-region-with-two-holders-stands-alone", "Sen. Ann Varga met Sen. Tom Reyl. The Maine senator said it was "
     "safe.", ("it was safe", "The Maine senator"), ("The Maine senator", None)),
    ("a-region-the-holder-is-not-of-stands-alone", "Vermont Sen. Ann Varga opened the pier. The Maine senator said "
     "it was safe.", ("it was safe", "The Maine senator"), ("The Maine senator", None)),
    ("a-town-no-one-is-told-of-stands-alone", "Ann Varga, the harbour master, opened the pier. The Lyme harbour "
     "master said it was safe.", ("it was safe", "The Lyme harbour master"), ("The Lyme harbour master", None)),
    ("a-place-with-no-role-held-stands-alone", "Tom Reyl of Lyme opened the pier. The Lyme mayor said it was safe.",
     ("it was safe", "The Lyme mayor"), ("The Lyme mayor", None)),
    ("replacing-someone-as-a-role-takes-the-role", "Tom Reyl replaced Ann Varga as mayor in May. The mayor said the "
     "pier would stay open.", ("the pier would stay open", "The mayor"), ("Tom Reyl", "mayor")),
    ("taking-over-as-a-role-takes-the-role", "Ann Varga took over as harbour master in June. The harbour master said "
     "the pier was safe.", ("the pier was safe", "The harbour master"), ("Ann Varga", "harbour master")),
    ("named-as-a-role-by-others-takes-the-role", "The council named Tom Reyl as chairman in May. The chairman said "
     "the pier would stay open.", ("the pier would stay open", "The chairman"), ("Tom Reyl", "chairman")),
    ("named-a-role-without-as-takes-the-role", "Pier Lines named Ann Varga chief executive on Monday. The chief "
     "executive said fares would rise.", ("fares would rise", "The chief executive"), ("Ann Varga", "chief executive")),
    ("resigning-as-a-role-makes-a-former-holder", "Tom Reyl resigned as chairman of Pier Lines on Monday. The former "
     "chairman said he had no regrets.", ("he had no regrets", "The former chairman"),
     ("Tom Reyl", "chairman of Pier Lines")),
    ("stepping-down-as-a-role-makes-a-former-holder", "Tom Reyl stepped down as mayor in May. The former mayor said "
     "he had no regrets.", ("he had no regrets", "The former mayor"), ("Tom Reyl", "mayor")),
    ("a-who-clause-replacing-someone-takes-the-role", "Ann Varga, who replaced Tom Reyl as mayor, said the pier would "
     "stay open. The mayor said repairs were done.", ("repairs were done", "The mayor"), ("Ann Varga", "mayor")),
    ("taking-over-as-a-role-is-no-former-holder", "Tom Reyl took over as mayor in May. The former mayor said the "
     "pier would close.", ("the pier would close", "The former mayor"), ("The former mayor", None)),
    ("resigning-with-no-role-gives-none", "Tom Reyl resigned in protest on Monday. The former chairman said he had "
     "no regrets.", ("he had no regrets", "The former chairman"), ("The former chairman", None)),
    ("named-a-role-after-its-takes-the-role", "The Harbour Council elected Ann Varga its chairwoman. The chairwoman "
     "said the pier would stay open.", ("the pier would stay open", "The chairwoman"),
     ("Ann Varga", "chairwoman of the Harbour Council")),
    ("named-the-best-of-a-role-is-no-role-taken", "The jury named Tom Reyl the best skipper of the year. The skipper "
     "said the pier was safe.", ("the pier was safe", "The skipper"), ("The skipper", None)),
    ("the-one-replaced-is-the-former-holder", "Tom Reyl replaced Ann Varga as mayor in May. Varga said the pier "
     "would stay open.", ("the pier would stay open", "Varga#2"), ("Ann Varga", "former mayor")),
    ("the-one-succeeded-is-the-former-harbour-master", "Ann Varga succeeded Tom Reyl as harbour master in May. The "
     "former harbour master said the pier was safe.", ("the pier was safe", "The former harbour master"),
     ("Tom Reyl", "former harbour master")),
    ("a-who-clause-succeeding-someone-makes-them-former", "Ann Varga, who succeeded Tom Reyl as mayor, met "
     "skippers. The former mayor said the pier was safe.", ("the pier was safe", "The former mayor"),
     ("Tom Reyl", "former mayor")),
    ("the-one-replaced-is-no-present-holder", "Ann Varga replaced Tom Reyl as harbour master in May. The harbour "
     "master said the pier was safe.", ("the pier was safe", "The harbour master"), ("Ann Varga", "harbour master")),
    ("succeeding-someone-with-no-role-stated-gives-none", "Ann Varga succeeded Tom Reyl in May. The former harbour "
     "master said the pier was safe.", ("the pier was safe", "The former harbour master"),
     ("The former harbour master", None)),
    ("one-named-after-succeeding-is-no-former-holder", "Ann Varga succeeded Tom Reyl, who retired. The former mayor "
     "said the pier was safe.", ("the pier was safe", "The former mayor"), ("The former mayor", None)),
    ("the-doctor-is-a-gp", "Ann Varga, a Lyme GP, was busy. The doctor said the clinic was full.",
     ("the clinic was full", "The doctor"), ("Ann Varga", "a Lyme GP")),
    ("the-player-is-a-top-scorer", "Tom Reyl, the club's top scorer, was hurt. The player said the season was long.",
     ("the season was long", "The player"), ("Tom Reyl", "the club's top scorer")),
    ("the-doctor-is-no-consultant", "Ann Varga, a consultant at Pier Lines, was busy. The doctor said the clinic was "
     "full.", ("the clinic was full", "The doctor"), ("The doctor", None)),
    ("joining-a-firm-as-a-role-takes-the-role", "Tom Reyl joined Pier Lines as chief executive in May. The chief "
     "executive said fares would rise.", ("fares would rise", "The chief executive"), ("Tom Reyl", "chief executive")),
    ("the-one-joined-is-no-former-holder", "Tom Reyl joined Ann Varga as co-host in May. The former co-host said "
     "fares would rise.", ("fares would rise", "The former co-host"), ("The former co-host", None)),
    ("taking-office-as-a-role-takes-the-role", "Ann Varga took office as mayor in May. The mayor said the toll "
     "would stay.", ("the toll would stay", "The mayor"), ("Ann Varga", "mayor")),
    ("taking-office-is-no-former-holder", "Ann Varga took office as mayor in May. The former mayor said the toll "
     "would stay.", ("the toll would stay", "The former mayor"), ("The former mayor", None)),
    ("a-veteran-skipper-is-any-skipper", "Tom Reyl, a skipper for 30 years, said the toll was unfair. The veteran "
     "skipper said it hurt trade.", ("it hurt trade", "The veteran skipper"), ("Tom Reyl", "a skipper")),
    ("a-veteran-skipper-is-no-harbour-master", "Tom Reyl, the harbour master, said the toll was unfair. The veteran "
     "skipper said it hurt trade.", ("it hurt trade", "The veteran skipper"), ("The veteran skipper", None)),
    ("a-second-title-stated-is-held-too", "Ann Varga, the harbour master, met skippers. Later Ann Varga, the town "
     "treasurer, said the toll was unfair. The treasurer said repairs were due.", ("repairs were due", "The treasurer"),
     ("Ann Varga", "the harbour master")),
    ("a-second-title-is-the-latest-holders-only", "Ann Varga, the treasurer, met skippers. Tom Reyl, the town "
     "treasurer, said the toll was unfair. The treasurer said repairs were due.", ("repairs were due", "The treasurer"),
     ("Tom Reyl", "the town treasurer")),
    ("the-mayor-elect-is-the-one-called-so", "Ann Varga, the outgoing mayor, said the toll would stay. Tom Reyl, the "
     "mayor-elect, said it would go. The mayor-elect said repairs were due.", ("repairs were due", "The mayor-elect"),
     ("Tom Reyl", "the mayor-elect")),
    ("the-mayor-is-no-mayor-elect", "Mayor-elect Tom Reyl said the toll would go. The mayor said repairs were due.",
     ("repairs were due", "The mayor"), ("The mayor", None)),
    ("the-ex-mayor-is-the-one-called-so", "Piet Osman, the ex-mayor, toured the pier. The ex-mayor said repairs "
     "were due.", ("repairs were due", "The ex-mayor"), ("Piet Osman", "the ex-mayor")),
    ("a-body-set-off-before-its-kind-is-the-description", "Pier Lines, the ferry operator, cut fares. The operator "
     "said fuel costs were up.", ("fuel costs were up", "The operator"), ("Pier Lines", None)),
    ("a-person-set-off-before-the-kind-is-no-body", "Tom Reyl, a ferry operator, cut fares. The operator said fuel "
     "costs were up.", ("fuel costs were up", "The operator"), ("The operator", None)),
    ("one-of-two-bodies-set-off-before-the-kind-stands-alone", "Pier Lines, the ferry operator, cut fares. Bay "
     "Ferries, a rival operator, kept them. The operator said fuel costs were up.",
     ("fuel costs were up", "The operator"), ("The operator", None)),
    ("elected-to-a-council-is-a-councillor", "Ann Varga was elected to the Harbour Council in 2019. The councillor "
     "said the toll was unfair.", ("the toll was unfair", "The councillor"), ("Ann Varga", "councillor")),
    ("a-who-clause-winning-a-seat-in-parliament-is-an-mp", "Tom Reyl, who won a seat in Parliament in May, met "
     "skippers. The MP said the toll was unfair.", ("the toll was unfair", "The MP"), ("Tom Reyl", "MP")),
    ("appointed-to-the-board-is-a-board-member", "Ann Varga was appointed to the board of Pier Lines. The board "
     "member said fares would rise.", ("fares would rise", "The board member"), ("Ann Varga", "board member")),
    ("elected-to-a-council-is-no-mayor", "Ann Varga was elected to the Harbour Council in 2019. The mayor said the "
     "toll was unfair.", ("the toll was unfair", "The mayor"), ("The mayor", None)),
    ("writing-to-a-council-is-no-membership", "Ann Varga wrote to the Harbour Council in 2019. The councillor said "
     "the toll was unfair.", ("the toll was unfair", "The councillor"), ("The councillor", None)),
    ("elected-to-a-board-as-a-role-is-no-plain-member", "Ann Varga was elected to the board as its chairwoman. The "
     "board member said fares would rise.", ("fares would rise", "The board member"), ("The board member", None)),
    ("named-in-a-report-takes-no-role", "The council named Tom Reyl in its report. The chairman said the pier would "
     "stay open.", ("the pier would stay open", "The chairman"), ("The chairman", None)),
    ("hired-with-no-role-after-the-name-takes-none", "Pier Lines hired Tom Reyl last year. The chief executive said "
     "fares would rise.", ("fares would rise", "The chief executive"), ("The chief executive", None)),
    ("a-lone-office-in-a-headline-is-the-one-holder-named", "Mayor says pier will stay open\n\nMayor Tom Reyl told "
     "skippers on Monday that repairs were done.", ("pier will stay open", "Mayor"), ("Tom Reyl", "Mayor")),
    ("a-lone-office-with-two-holders-named-is-the-office-alone", "Mayor says pier will stay open\n\nMayor Tom Reyl "
     "met Mayor Ann Varga of Bay on Monday.", ("pier will stay open", "Mayor"), ("Mayor", None)),
    ("a-lone-office-with-only-a-former-holder-is-the-office-alone", "Mayor says pier will stay open\n\nFormer mayor "
     "Tom Reyl met skippers on Monday.", ("pier will stay open", "Mayor"), ("Mayor", None)),
    ("a-lone-courtesy-honorific-is-nameless", "Mr says pier will stay open", ("pier will stay open", "Mr"), ("", None)),
    ("a-role-named-as-a-possessor-in-a-title-is-someone-else", "Tom Reyl, the mayor's son, said the toll was "
     "unfair. The mayor said it would stay.", ("it would stay", "The mayor"), ("The mayor", None)),
    ("a-role-after-of-in-a-title-is-someone-else", "Tom Reyl, a friend of the mayor, said the toll was unfair. The "
     "mayor said it would stay.", ("it would stay", "The mayor"), ("The mayor", None)),
    ("a-second-rank-of-a-role-is-no-holder-of-it", "Tom Reyl, the deputy mayor, said the toll was unfair. The "
     "mayor said it would stay.", ("it would stay", "The mayor"), ("The mayor", None)),
    ("a-second-rank-honorific-names-no-office", "Deputy Mayor Tom Reyl said the toll was unfair. The mayor said it "
     "would stay.", ("it would stay", "The mayor"), ("The mayor", None)),
    ("a-second-rank-of-a-role-is-the-description-that-names-it", "Tom Reyl, the deputy mayor, said the toll was "
     "unfair. The deputy mayor said it would stay.", ("it would stay", "The deputy mayor"),
     ("Tom Reyl", "the deputy mayor")),
    ("a-second-rank-before-a-compound-role-is-no-holder-of-it", "Ana Varga, deputy harbour master, said the pier "
     "was shut. The harbour master said it would open.", ("it would open", "The harbour master"),
     ("The harbour master", None)),
    ("a-second-rank-before-a-compound-role-is-the-description-that-names-it", "Ana Varga, deputy harbour master, "
     "said the pier was shut. The deputy harbour master said it would open.",
     ("it would open", "The deputy harbour master"), ("Ana Varga", "deputy harbour master")),
    ("a-second-rank-before-a-connector-leaves-the-role", "Ana Varga, deputy and harbour master, said the pier was "
     "shut. The harbour master said it would open.", ("it would open", "The harbour master"),
     ("Ana Varga", "deputy and harbour master")),
    ("a-role-a-past-verb-states-is-the-former-one", "Tom Reyl, who coached the Gulls, said the side was tired. "
     "The former coach said it would improve.", ("it would improve", "The former coach"),
     ("Tom Reyl", "coach of the Gulls")),
    ("a-role-a-present-verb-states-is-no-former-one", "Tom Reyl, who coaches the Gulls, said the side was tired. "
     "The former coach said it would improve.", ("it would improve", "The former coach"),
     ("The former coach", None)),
    ("a-rank-outside-the-list-keeps-the-role", "Tom Reyl, an associate professor, said the toll was unfair. The "
     "professor said it would stay.", ("it would stay", "The professor"), ("Tom Reyl", "an associate professor")),
    ("a-role-noun-before-and-in-a-title-is-held", "Ana Varga, a law professor and ferry historian at Lyme "
     "University, spoke. The professor said it would stay.", ("it would stay", "The professor"),
     ("Ana Varga", "a law professor and ferry historian at Lyme University")),
    ("an-office-honorific-outranked-by-a-role-is-still-held", "Prof Ann Varga, an expert on ferries, said the hull "
     "was weak. The professor said repairs were late.", ("repairs were late", "The professor"),
     ("Ann Varga", "an expert on ferries")),
    ("a-senator-given-a-role-later-is-still-the-senator", "Sen. Ann Varga arrived. Ann Varga, the panel chair, "
     "spoke. The senator said the pier was safe.", ("the pier was safe", "The senator"), ("Ann Varga", "the panel chair")),
    ("a-role-with-no-office-honorific-is-no-professor", "Ann Varga, an expert on ferries, said the hull was weak. "
     "The professor said repairs were late.", ("repairs were late", "The professor"), ("The professor", None)),
    ("a-former-office-honorific-is-no-current-one", "Former Gov. Tom Reyl, the panel chair, spoke. The governor said "
     "the pier was safe.", ("the pier was safe", "The governor"), ("The governor", None)),
    ("a-bare-role-in-a-headline-is-the-one-holder-named", "Harbour master says pier is safe\n\nAnn Varga, the "
     "harbour master, told skippers on Monday that repairs were done.", ("pier is safe", "Harbour master"),
     ("Ann Varga", "the harbour master")),
    ("a-bare-role-in-a-headline-with-two-holders-stands-alone", "Skipper says toll is unfair\n\nTom Reyl, a skipper, "
     "met Ann Varga, a skipper, at the pier.", ("toll is unfair", "Skipper"), ("Skipper", None)),
    ("a-role-in-a-title-case-headline-is-the-one-holder-named", "Harbour Master Warns Toll Will Rise\n\nAna Varga, "
     "the harbour master, told skippers on Monday that repairs were done.", ("Toll Will Rise", "Harbour Master"),
     ("Ana Varga", "the harbour master")),
    ("a-role-in-a-title-case-headline-with-two-holders-stays", "Harbour Master Warns Toll Will Rise\n\nAna Varga, the "
     "harbour master, met Erik Sand, the harbour master of Bay, at the pier.", ("Toll Will Rise", "Harbour Master"),
     ("Harbour Master", None)),
    ("a-bare-role-in-a-sentence-is-no-headline", "The pier is old. Harbour master says pier is safe. Ann Varga, the "
     "harbour master, spoke.", ("pier is safe", "Harbour master"), ("Harbour master", None)),
    ("a-role-of-a-named-firm-is-no-firm", "The chief executive of Bay Ferries said it was safe.",
     ("it was safe", "The chief executive of Bay Ferries"), ("The chief executive of Bay Ferries", None)),
    ("a-role-of-a-named-firm-is-its-holder-named-before", "Tom Reyl, chief executive of Bay Ferries, met staff. The "
     "chief executive of Bay Ferries said it was safe.", ("it was safe", "The chief executive of Bay Ferries"),
     ("Tom Reyl", "chief executive of Bay Ferries")),
    ("a-body-of-a-named-place-is-the-place", "The council of Lyme Bay said the pier was safe.",
     ("the pier was safe", "The council of Lyme Bay"), ("Lyme Bay", None)),
    ("a-title-case-headline-verb-ends-the-name", "Reyl Says Pier Will Stay Open\n\nMayor Tom Reyl told skippers "
     "on Monday that repairs were done.", ("Pier Will Stay Open", "Reyl"), ("Tom Reyl", "Mayor")),
    ("a-title-case-headline-verb-after-an-office-is-no-name", "Mayor Says Pier Will Stay Open\n\nMayor Tom Reyl "
     "told skippers on Monday that repairs were done.", ("Pier Will Stay Open", "Mayor"), ("Tom Reyl", "Mayor")),
    ("a-surname-like-a-verb-ending-the-name-stays", "Ann Hopes met Tom Reyl. Hopes said the toll would rise.",
     ("the toll would rise", "Hopes#2"), ("Ann Hopes", None)),
    # epithets right after one person named
    ("a-party-epithet-after-one-person-named-is-that-person", "Senator Ana Varga said the toll was unfair. The Lyme "
     "Democrat added that she would vote against it.", ("she would vote against it", "The Lyme Democrat"),
     ("Ana Varga", "Senator")),
    ("a-party-epithet-after-two-people-named-stands-alone", "Ana Varga met Tom Reyl at the pier. The Lyme Democrat "
     "said the toll was unfair.", ("the toll was unfair", "The Lyme Democrat"), ("The Lyme Democrat", None)),
    ("a-party-epithet-of-another-party-stands-alone", "Sen. Tom Reyl (R-Bay) spoke first. The Lyme Democrat said the "
     "toll was unfair.", ("the toll was unfair", "The Lyme Democrat"), ("The Lyme Democrat", None)),
    ("a-party-epithet-two-sentences-on-stands-alone", "Ana Varga spoke first. The ferry was late. The Lyme Democrat "
     "said the toll was unfair.", ("the toll was unfair", "The Lyme Democrat"), ("The Lyme Democrat", None)),
    ("a-bare-party-noun-may-be-a-newspaper", "Ana Varga spoke first. The Independent said the toll was unfair.",
     ("the toll was unfair", "The Independent"), ("The Independent", None)),
    ("a-hometown-epithet-after-one-person-named-is-that-person", "Tom Reyl spoke first. The Lyme-born skipper said "
     "the toll was unfair.", ("the toll was unfair", "The Lyme-born skipper"), ("Tom Reyl", None)),
    ("a-hometown-epithet-of-a-role-not-held-stands-alone", "Mayor Tom Reyl spoke first. The Lyme-born skipper said "
     "the toll was unfair.", ("the toll was unfair", "The Lyme-born skipper"), ("The Lyme-born skipper", None)),
    ("a-region-epithet-after-one-holder-named-is-that-holder", "Sen. Ana Varga met Sen. Tom Reyl. Ms Varga spoke "
     "first. The Maine senator said the toll was unfair.", ("the toll was unfair", "The Maine senator"),
     ("Ana Varga", "Sen.")),
    ("a-region-epithet-of-a-title-with-a-body-stands-alone", "Tom Reyl, chief executive of Bay Lines, spoke first. "
     "The Maine executive said the toll was unfair.", ("the toll was unfair", "The Maine executive"),
     ("The Maine executive", None)),
    ("a-general-role-as-a-possessor-is-someone-else", "Tom Akers, a striker for Harbour United, was hurt. The "
     "player's agent said he would be back soon.", ("he would be back soon", "The player's agent"),
     ("The player's agent", None)),
]


def test_a_name_of_a_place_and_its_surname_later_are_one_speaker():
    """"Mayor Eva Brun of Lyme" and a later "Brun" are one person, titled "Mayor"."""
    text = "Mayor Eva Brun of Lyme said the toll would rise. Brun added that it was fair."
    quotes, speakers = resolve(text, [("the toll would rise", "Mayor Eva Brun of Lyme"), ("it was fair", "Brun#2")])
    assert [(s.name, s.title, s.quote_ids) for s in speakers] == [("Eva Brun", "Mayor", (0, 1))]


def test_a_lone_office_takes_the_fuller_description_after_it():
    """A headline's lone office names the speaker by the fuller description with its head that follows."""
    quotes = quoteattr.attribute("Judge says ferry firm lied\n\nThe appeal court judge said the ferry firm lied. "
                                 "The judge added that fines would follow.").quotes
    assert [q.source.text for q in quotes] == ["Judge", "The appeal court judge", "The judge"]
    assert {(q.speaker.id, q.speaker.name, q.speaker.title) for q in quotes} == {(0, "The appeal court judge", None)}


def test_they_after_a_joint_source_is_the_group_and_a_surname_the_person():
    """A joint source is a group of its own: "they" after it is the group, a surname alone the person."""
    text = ("Ana Varga and Tom Reyl said the toll would rise. They added that it was fair. "
            "Reyl said the ferry would run. Varga and Reyl later said the pier was safe.")
    quotes, speakers = resolve(text, [("the toll would rise", "Ana Varga and Tom Reyl"), ("it was fair", "They"),
                                      ("the ferry would run", "Reyl#2"), ("the pier was safe", "Varga and Reyl")])
    assert [s.name for s in speakers] == ["Ana Varga and Tom Reyl", "Tom Reyl"]
    assert [q.speaker.id for q in quotes] == [0, 0, 1, 0]
    assert [m.text for m in speakers[0].mentions] == ["Ana Varga and Tom Reyl", "They", "Varga and Reyl"]


@pytest.mark.parametrize(("text", "spec", "expected"), [row[1:] for row in DESCRIPTION_CASES],
                         ids=[row[0] for row in DESCRIPTION_CASES])
def test_descriptions(text, spec, expected):
    """A definite description repeating a known title is that person; others stand alone."""
    quotes, _ = resolve(text, [spec])
    assert speaker_of(quotes[0]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A deal is close, according to four skippers briefed about the sale. It could come next week, the skippers said.",
     ["four skippers briefed about the sale", "four skippers briefed about the sale"]),
    ("Residents affected by the closure said they were angry. The residents said they would protest.",
     ["Residents affected by the closure", "Residents affected by the closure"]),
    ("Another unnamed official said the toll was fair. The second official said it would rise.",
     ["Another unnamed official", "Another unnamed official"]),
    ("The newly elected mayor said the toll was fair. The mayor said it would rise.",
     ["The newly elected mayor", "The newly elected mayor"]),
], ids=["participle-phrase-after-the-head", "participle-and-by", "participle-before-the-head",
        "participle-after-an-adverb"])
def test_a_description_head_ends_before_a_participle_phrase(text, expected):
    """"skippers briefed about the sale" is headed by "skippers", so "the skippers" later is them."""
    assert [q.speaker.name for q in quoteattr.attribute(text).quotes] == expected


def test_a_body_with_other_modifiers_is_another_and_the_bare_head_the_last():
    text = ("The harbour council said the pier was shut. The parish council said the toll would stay. "
            "The council said it was sorry.")
    quotes, _ = resolve(text, [("the pier was shut", "The harbour council"), ("the toll would stay", "The parish council"),
                               ("it was sorry", "The council")])
    assert [q.speaker.name for q in quotes] == ["The harbour council", "The parish council", "The parish council"]
    text = "The old harbour council said the pier was shut. The harbour council said the toll would stay."
    quotes, _ = resolve(text, [("the pier was shut", "The old harbour council"),
                               ("the toll would stay", "The harbour council")])
    assert [q.speaker.name for q in quotes] == ["The old harbour council", "The old harbour council"]


def test_the_firm_is_the_company_mentioned_last():
    text = ("Bay Lines, the ferry operator owned by Harbour Holdings, will cut sailings, the company said. "
            "The firm said fuel costs had risen.")
    quotes, _ = resolve(text, [("Bay Lines, the ferry operator owned by Harbour Holdings, will cut sailings",
                                "the company"), ("fuel costs had risen", "The firm")])
    assert [q.speaker.name for q in quotes] == ["Bay Lines", "Bay Lines"]


def test_he_after_a_possessed_role_is_the_role_not_its_possessor():
    doc = quoteattr.attribute("Mr Stone's spokesman said the mayor stood by the toll. He said Mr Stone would meet "
                              "the union again.")
    assert [q.speaker.name for q in doc.quotes] == ["Mr Stone's spokesman", "Mr Stone's spokesman"]


def test_she_after_a_gendered_role_for_a_name_is_the_role():
    doc = quoteattr.attribute("Mayor Ana Varga wants to cut the toll. A spokeswoman for Ms Varga said the mayor stood "
                              "by the plan. She said the leaflet was written in May.")
    assert [q.speaker.name for q in doc.quotes][-2:] == ["spokeswoman for Ana Varga", "spokeswoman for Ana Varga"]


# the last quote's speaker when a pronoun follows a mention that may or may not be a person of its gender
LAST_PRONOUN_SPEAKERS = [
    # a role of the other gender, or of no known gender, for a name: the name
    ("Mayor Ana Varga wants to cut the toll. A spokesman for Ms Varga said the mayor stood by the plan. She said "
     "the leaflet was written in May.", "Ana Varga"),
    ("Mayor Ana Varga wants to cut the toll. An aide to Ms Varga said the mayor stood by the plan. She said the "
     "leaflet was written in May.", "Ana Varga"),
    # a name after a person's noun and "named" is a person; after a thing's noun it is none
    ("On the pier, a deckhand named Zeno Kaldas arrives to help. He says he learned the tides from Ms Varga.",
     "Zeno Kaldas"),
    ("On the pier, a ferry named Zeno Kaldas arrives. He says he learned the tides from Ms Varga.", ""),
    # a description that can be no person is skipped; a role, or a noun with an ending of people, is a person
    ("Ms Okafor runs the ferry. The harbour office said the toll would rise. She said she would stay.", "Okafor"),
    ("Ms Okafor runs the ferry. The harbour master said the toll would rise. She said she would stay.",
     "The harbour master"),
    ("Ms Okafor runs the ferry. One caller said the toll would rise. She said she would stay.", "One caller"),
    # a given name after "their son" with no surname told is a man all the same
    ("Ana Brun spoke first. The Vargas came with their son, Marko. She said the toll would rise.", "Ana Brun"),
    ("Ana Brun spoke first. The Vargas came with their daughter, Mette. She said the toll would rise.", "Mette"),
]


@pytest.mark.parametrize("text, name", LAST_PRONOUN_SPEAKERS)
def test_a_pronoun_after_a_mention_goes_to_the_person_it_can_be(text, name):
    assert quoteattr.attribute(text).quotes[-1].speaker.name == name


def test_he_after_a_possessed_thing_is_its_possessor():
    doc = quoteattr.attribute("Mr Stone's statement said the toll would stay. He said the union would be heard.")
    assert doc.quotes[-1].speaker.name == "Stone"


def test_spokesman_then_the_spokesman_is_one_speaker():
    text = "A spokesman for the company said sales fell. The spokesman added that costs rose."
    quotes, speakers = resolve(text, [("sales fell", "A spokesman for the company"), ("costs rose", "The spokesman")])
    assert [s.name for s in speakers] == ["A spokesman for the company"]
    assert speakers[0].quote_ids == (0, 1)


def test_a_source_and_sources_are_different_speakers():
    text = "Sources said the deal was off. A source said talks would resume."
    _, speakers = resolve(text, [("the deal was off", "Sources"), ("talks would resume", "A source")])
    assert [s.name for s in speakers] == ["Sources", "A source"]



@pytest.mark.parametrize(("text", "expected"), [
    ("A pier official said the toll rose. A ferry official said it fell. The official said it held.",
     "A ferry official"),
    ("A pier official said the toll rose. A ferry official said it fell. The pier official said no. "
     "The official said it held.", "A pier official"),
], ids=["last-mentioned", "mentioned-again"])
def test_the_description_is_the_one_with_its_head_mentioned_last(text, expected):
    """"The official" is the official whose description came last before it."""
    specs = [(content, source) for content, source in [
        ("the toll rose", "A pier official"), ("it fell", "A ferry official"), ("no", "The pier official"),
        ("it held", "The official")] if source in text]
    quotes, _ = resolve(text, specs)
    assert quotes[-1].speaker.name == expected
def test_nested_quote_gets_its_own_speaker_and_ids_follow_first_quote():
    text = "“President Osman has said ‘enough’ and we will act,” Mr Reyl said."
    outer_content = find(text, "President Osman has said ‘enough’ and we will act,")
    nested = Quote(Kind.DIRECT, (find(text, "enough"),), source=find(text, "President Osman"))
    outer = Quote(Kind.DIRECT, (outer_content,), source=find(text, "Mr Reyl"), nested=(nested,))
    quotes, speakers = resolve_speakers(RulesAnalyzer().analyze(text), [outer])
    assert quotes[0].speaker.name == "Reyl"
    assert quotes[0].nested[0].speaker.name == "Osman"
    assert [(s.id, s.name, s.quote_ids) for s in speakers] == [(0, "Reyl", (0,)), (1, "Osman", ())]


INTERVIEW = ("Harbour master Ana Lund met skippers on Monday. Tom Reyl chairs the council; Lund runs the ferry."
             "\n\nQ: Will the pier close?\n\nA: Not this year. I told the council the money was found.")


def test_an_interviews_answers_are_by_the_person_named_most_before_it():
    doc = quoteattr.attribute(INTERVIEW)
    question, answer = doc.quotes
    assert (question.source.text, question.speaker) == ("Q", None)
    assert (answer.source.text, answer.speaker.name, answer.speaker.title) == ("A", "Ana Lund", "Harbour master")
    assert [nested.speaker.name for nested in answer.nested if nested.source.text == "I"] == ["Ana Lund"]


def test_an_answer_after_a_period_label_is_by_the_person_named_before_it():
    doc = quoteattr.attribute(INTERVIEW.replace("Q:", "Q.").replace("A:", "A."))
    question, answer = doc.quotes
    assert (question.source.text, question.speaker) == ("Q", None)
    assert (answer.source.text, answer.speaker.name) == ("A", "Ana Lund")


def test_an_interview_with_nobody_named_before_it_has_no_answerer():
    doc = quoteattr.attribute("Q: Will the pier close?\n\nA: Not this year.\n\nAna Lund runs the ferry, Lund said.")
    answer = next(quote for quote in doc.quotes if quote.source.text == "A")
    assert answer.speaker is None


def test_an_answer_label_outside_an_interview_is_no_source():
    doc = quoteattr.attribute("Harbour master Ana Lund met skippers.\n\nA: Not this year, she said.")
    assert all(quote.source is None or quote.source.text != "A" for quote in doc.quotes)


# --- the reference article --------------------------------------------------------

def _seed():
    if not (SEED / "ft_tiktok.txt").exists():
        pytest.skip("the reference article is not available")
    text = (SEED / "ft_tiktok.txt").read_text("utf-8")
    gold = json.loads((SEED / "ft_tiktok.gold.json").read_text("utf-8"))
    return text, gold


def _gold_speakers(gold) -> dict[str, tuple[str | None, set[str]]]:
    named = {name: (entry["title"], set(entry["mentions"])) for name, entry in gold["speakers"].items()}
    for quote in gold["quotes"]:
        named.setdefault(quote["speaker"], (quote["title"], {quote["source_text"]}))
    return named


def test_seed_speakers_from_gold_quotes():
    """Built from the gold quotes, every speaker, title and mention set comes out."""
    text, gold = _seed()
    quotes = [Quote(Kind(q["type"]), (Span.of(text, *q["content"]),),
                    source=Span.of(text, *q["source"]) if q["source"] else None) for q in gold["quotes"]]
    host = gold["nested"][0]["inside"]
    outer = quotes[host]
    trump = text.index("President Trump", outer.start)
    enough = text.index(gold["nested"][0]["content_text"], outer.start)
    quotes[host] = Quote(outer.kind, outer.content, nested=(
        Quote(Kind.DIRECT, (Span.of(text, enough, enough + len("enough")),),
              source=Span.of(text, trump, trump + len("President Trump"))),))
    resolved, speakers = resolve_speakers(RulesAnalyzer().analyze(text), quotes, carried={host: host - 1})

    assert [(q.speaker.name, q.speaker.title) for q in resolved] == [(q["speaker"], q["title"]) for q in gold["quotes"]]
    assert resolved[host].nested[0].speaker.name == gold["nested"][0]["speaker"]
    expected = _gold_speakers(gold)
    assert {s.name: (s.title, {m.text for m in s.mentions}) for s in speakers} == expected
    assert [s.id for s in speakers] == list(range(len(speakers)))


def test_seed_speakers_end_to_end():
    """Through quoteattr.attribute: every gold quote's speaker and title, and the speaker block."""
    text, gold = _seed()
    doc = quoteattr.attribute(text)
    by_start = {q.start: q for q in doc.quotes}
    for quote in gold["quotes"]:
        found = by_start.get(quote["content"][0]) or by_start.get(quote["content"][0] - 1)
        assert found is not None and found.speaker is not None, quote["content_text"]
        assert (found.speaker.name, found.speaker.title) == (quote["speaker"], quote["title"])
    found = {s.name: (s.title, {m.text for m in s.mentions}) for s in doc.speakers}
    assert found == _gold_speakers(gold)


# --- invariants -------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("MrsJane Doe,Conlint.he said“”'s \nPresident")), max_size=120),
       st.data())
def test_any_text_and_sources_resolve(text, data):
    """Any text and any source spans: no crash, mentions slice the text, ids follow order."""
    spans = sorted(data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 8)), max_size=4)))
    quotes = [Quote(Kind.INDIRECT, (Span.of(text, s, min(len(text), s + 1)),),
                    source=Span.of(text, s, min(len(text), s + n))) for s, n in spans]
    resolved, speakers = resolve_speakers(RulesAnalyzer().analyze(text), quotes)
    assert len(resolved) == len(quotes)
    assert [s.id for s in speakers] == list(range(len(speakers)))
    for speaker in speakers:
        assert all(text[m.start:m.end] == m.text for m in speaker.mentions)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Roe, a farmer from Ohio who said she votes early, was undecided.", "Jane Roe"),
    ("He met a voter who said he votes early.", "a voter"),  # nobody named: the description it hangs on
    ("He met those who said they vote early.", ""),  # a pro-form describes nobody
    ("The ad features skippers who say the toll is unfair.", "skippers"),  # the object of "features"
    ("The campaign ran an ad that features skippers who say the toll is unfair.", "skippers"),
    ("The harbour skippers who say the toll is unfair met on Monday.", "The harbour skippers"),  # no verb in it
    ("The plan went ahead despite objections from fishermen who say it will squeeze them out.", "fishermen"),
], ids=["named-antecedent", "described-antecedent", "pro-form-antecedent", "object-of-a-present-verb",
        "object-of-a-present-verb-after-that", "plural-head-after-a-noun", "plural-of-a-man-head-antecedent"])
def test_relative_pronoun_source_resolves_to_the_name_before_it(text, expected):
    """A "who said" source is the person the clause hangs on, never a speaker called "who"."""
    doc = quoteattr.attribute(text)
    assert [q.source.text for q in doc.quotes] == ["who"]
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ms Varga, whose letter said the toll was unfair, asked the council to act.", "Varga"),
    ("Ms Varga, whose lawyers said the toll was unfair, asked the council to act.", "whose lawyers"),
], ids=["document-speaks-for-its-author", "people-speak-for-themselves"])
def test_whose_document_source_is_the_name_before_it(text, expected):
    """"whose letter said": a document a person issues speaks for that person; "whose lawyers" are others."""
    doc = quoteattr.attribute(text)
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == expected



def mention(given: str, gender: str | None = None) -> PersonName:
    """A mention of "<given> Varga" with no real offsets: clustering reads only its names and gender."""
    name = f"{given} Varga".strip()
    return PersonName(Span.of(name, 0, len(name)), Span.of(name, 0, len(name)), tuple(given.split()), "Varga",
                      gender, True)


@pytest.mark.parametrize(("mentions", "expected"), [
    (["Ann", "Bo", "A."], [0, 1, 0]),
    (["A.", "Bo", "Ann"], [0, 1, 0]),
    (["Ann", "Alma", "A.", "Ann", "A."], [0, 1, 1, 0, 0]),
    (["", "Ann", "", "Bo"], [0, 0, 0, 1]),
    (["A.", "Ann", "Al"], [0, 0, 0]),
    (["Ann Bo", "A.", "Ann"], [0, 0, 0]),
], ids=["initial-after-names", "name-after-initial", "initial-joins-latest", "bare-joins-named",
        "initial-takes-both-names", "longer-name-kept"])
def test_person_mentions_join_the_latest_compatible_person(mentions, expected):
    """A full name joins the person of the same given name or initial, else one with no given name yet; an initial
    or a bare surname joins the most recently mentioned compatible person."""
    _, owner = cluster_people([mention(given) for given in mentions])
    assert owner == expected


@pytest.mark.parametrize(("genders", "expected"), [
    (["m", "f", None], [0, 1, 1]),
    (["m", "f", "m"], [0, 1, 0]),
    ([None, "f", "m", "f"], [0, 0, 1, 0]),
], ids=["unknown-joins-latest", "gender-skips-latest", "gender-learnt"])
def test_bare_surnames_join_the_latest_person_of_their_gender(genders, expected):
    _, owner = cluster_people([mention("", gender) for gender in genders])
    assert owner == expected


@pytest.mark.parametrize(("text", "name", "title"), [
    ("“The pier is old,” said the harbour master, Ana Brun.", "Ana Brun", "the harbour master"),
    ("The pier is old, according to the harbour master, Ana Brun.", "Ana Brun", "the harbour master"),
    ("According to the harbour master, Ana Brun, the pier is old.", "Ana Brun", "the harbour master"),
    ("The toll will stay, according to Ms Varga's deputy, Lena Ruiz.", "Lena Ruiz", "Ms Varga's deputy"),
    ("According to Bay Lines' spokesman, Jon Hale, the ferry will sail.", "Jon Hale", "Bay Lines' spokesman"),
    ("“The pier is old,” said the harbour master. Ana Brun agreed.", "the harbour master", None),
    ("“The pier is old,” said the harbour master, Ana Brun’s deputy.", "the harbour master", None),
    ("“The pier is old,” said the harbour master, 62-year-old Ana Brun.", "Ana Brun", "the harbour master"),
    ("The harbour master, 62-year-old Ana Brun, said the pier was old.", "Ana Brun", "The harbour master"),
    ("“The pier is old,” said the harbour master, 62, a skipper.", "the harbour master", None),
], ids=["inverted-role-then-name-at-sentence-end", "according-to-role-then-name-at-sentence-end",
        "opening-according-to-role-then-name", "according-to-named-owners-role-then-name",
        "opening-according-to-named-owners-role-then-name", "name-in-the-next-sentence-is-someone-else",
        "possessive-name-after-role-is-someone-else", "inverted-role-then-aged-name", "role-then-aged-name-subject",
        "role-then-age-and-description-names-nobody"])
def test_role_then_name_set_off_after_it(text, name, title):
    """A name set off by a comma after the role that is the source, and closed by a comma or the sentence's end,
    is who speaks, and the role (without the cue before it) is the title."""
    speaker = quoteattr.attribute(text).quotes[0].speaker
    assert (speaker.name, speaker.title) == (name, title)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("“The toll is unfair,” said striker and now pundit Tom Reyl.", "Tom Reyl", "striker and now pundit"),
    ("“The toll is unfair,” said the striker and now pundit Tom Reyl.", "Tom Reyl", "pundit"),
], ids=["an-adverb-after-and-joins-a-role-after-an-inverting-cue", "an-adverb-after-and-opens-no-title-after-an-article"])
def test_roles_joined_by_and_and_an_adverb_after_an_inverting_cue(text, name, title):
    """A role joined after "and" and an adverb in an inverted source is read as one opening the clause is."""
    speaker = quoteattr.attribute(text).quotes[0].speaker
    assert (speaker.name, speaker.title) == (name, title)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Pier Will Close, Mayor Says", "Mayor", None),
    ("Pier will close, mayor says", "mayor", None),
    ("“The pier is old,” Mayor Lena Park said.", "Lena Park", "Mayor"),
    ("Ann Said met Tom Reyl. “We will win,” Ms Said said.", "Ann Said", None),
    ("Pier Will Close, Mayor Lena Park Says", "Lena Park", "Mayor"),
    ("Pier Will Close, Lena Park Says", "Lena Park", None),
], ids=["title-case-headline-cue-is-no-surname", "lower-case-headline-role-alone",
        "title-before-a-name-before-the-cue", "surname-spelled-as-a-cue-stays-a-name",
        "title-case-headline-cue-after-a-titled-name-ends-it", "title-case-headline-cue-after-a-name-ends-it"])
def test_headline_cue_after_a_title(text, name, title):
    """A headline's capitalised cue right after a title is the cue, not the surname of a person the title names."""
    speaker = quoteattr.attribute(text).quotes[0].speaker
    assert (speaker.name, speaker.title) == (name, title)


@pytest.mark.parametrize(("text", "name"), [
    ("The mayor and Mr Reyl said the toll was unfair.", "The mayor and Mr Reyl"),
    ("Health and Human Services Secretary Ana Varga said the toll was unfair.", "Ana Varga"),
    ("The mayor, a friend of Mr Reyl, said the toll was unfair.", "The mayor"),
], ids=["description-and-name-is-a-group", "and-inside-the-names-own-title", "name-in-an-aside-is-no-member"])
def test_description_joined_to_a_name(text, name):
    """A described person joined by "and" to a name is a group of both, not the named one alone."""
    assert quoteattr.attribute(text).quotes[0].speaker.name == name


def test_every_covered_role_is_a_title_head():
    """A role of role_kinds.txt is read as a title only if titles.txt holds it as a head."""
    heads = title_words().heads
    assert [role for _, *roles in load_table("role_kinds.txt") for role in roles if role not in heads] == []


def test_names_with_an_initial_set_off_after_a_name_are_no_role():
    """"Skippers, Tom J. Reyl and Captain Ana Varga, met": the names after the comma hold an office, but are no
    role of the word before them."""
    text = "Skippers, Tom J. Reyl and Captain Ana Varga, met."
    assert appositive_after_title(text, text.index(","), limit=len(text)) is None


def test_a_verb_and_its_object_after_an_appositive_are_no_source_and_she_is_the_person_named():
    """"Lyme's mayor, Ana Varga, struck a cautious note.": "struck a cautious" opens with a verb and its object, so
    nobody "notes" the appositive; the next "She" is Ms Varga, with her title."""
    doc = quoteattr.attribute("Lyme's mayor, Ana Varga, struck a cautious note. She told councillors that she "
                              "wanted more evidence.")
    assert [(q.content[0].text, q.speaker.name, q.speaker.title) for q in doc.quotes] == [
        ("she wanted more evidence", "Ana Varga", "Lyme's mayor")]


@pytest.mark.parametrize(("text", "name"), [
    ("A company owned by Mr Reyl said the toll was legal.", "A company owned by Mr Reyl"),
    ("Skippers hired by Ms Varga say the pier is unsafe.", "Skippers hired by Ms Varga"),
    ("A study by Ms Varga found the pier was unsafe.", "Varga"),
    ("A poll conducted by Ms Varga found the pier was unsafe.", "Varga"),
], ids=["owned-by-is-the-company", "hired-by-are-the-skippers", "by-alone-is-the-author", "conducted-by-is-the-author"])
def test_a_name_after_a_participle_of_control_is_not_who_speaks(text, name):
    """A name after "owned by", "hired by" (control_participles.txt) owns or pays the one speaking; after "by" alone or
    a participle of making it is the author."""
    assert quoteattr.attribute(text).quotes[0].speaker.name == name


def test_a_clause_opening_the_sentence_before_a_set_off_name_is_no_title():
    """"The toll is fair, Ms Varga, …, insisted": the words before the name are what she said, not her role."""
    quote = quoteattr.attribute("The toll is fair, Ms Varga, who chairs the board, insisted.").quotes[0]
    assert (quote.content[0].text, quote.speaker.name, quote.speaker.title) == (
        "The toll is fair", "Varga", "chair of the board")


@pytest.mark.parametrize("text", [
    "Jon Hale spoke. Ms Varga claimed that Mr Reyl planned to sell the harbour, a charge he denied.",
    "Jon Hale spoke. Ms Varga said Mr Reyl had misled the board, an accusation that he denies.",
], ids=["a-charge", "an-accusation-which"])
def test_a_noun_summing_up_reported_words_lets_the_pronoun_take_the_one_named_in_them(text):
    """", a charge he denied": the one the reported words name, not the man named in the sentence before."""
    assert quoteattr.attribute(text).quotes[-1].speaker.name == "Reyl"


@pytest.mark.parametrize(("text", "name"), [
    ("Ms Varga said Mr Reyl had lied. He said she was wrong.", "Reyl"),
    ("Ms Varga said Mr Reyl had lied. The council met on Monday. He said she was wrong.", ""),
    ("Mr Reyl said Mr Osman was close. He said the talks went well.", "Reyl"),
], ids=["no-one-else-fits", "too-far-back", "the-speaker-fits-first"])
def test_he_takes_a_man_named_in_reported_words_only_when_no_one_else_fits(text, name):
    """A "he" no one outside quoted words fits is the man the sentence before reported on."""
    assert quoteattr.attribute(text).quotes[-1].speaker.name == name


@pytest.mark.parametrize(("text", "title"), [
    ("A reader, Jon Hale, said the road was flooded.", "A reader"),
    ("A passenger, Eva Brun, said the ferry was late.", "A passenger"),
    ("A week later, Eva Brun said the ferry was late.", None),
    ("A reader from Lyme, Ida Lenz, writes that the ferry is late.", "A reader from Lyme"),
    ("A resident of the town, Ida Lenz, said the ferry was late.", "A resident of the town"),
    ("A cafe in Lyme, Ida Lenz, said the ferry was late.", None),
    ("A resident of Lyme, Ida Lenz, said the ferry was late.", "A resident of Lyme"),
    ("A resident of Lyme Bay, Erik Sand, said the ferry was late.", "A resident of Lyme Bay"),
    ("A resident of Lyme, Dorset, said the ferry was late.", None),
    ("Another passenger, Tom Reyl, posted that staff had told him to wait.", "Another passenger"),
    ("One passenger, Tom Reyl, said that staff had told him to wait.", "One passenger"),
    ("Another day, Tom Reyl said the ferry was late.", None),
    ("One of them, Tom Reyl, said the ferry was late.", None),
], ids=["reader", "passenger", "a-time-is-no-title", "reader-from-a-place", "resident-of-a-place",
        "a-thing-in-a-place-is-no-title", "resident-of-a-named-place", "resident-of-a-place-of-two-words",
        "a-place-and-its-region-is-no-name", "another-passenger", "one-passenger", "another-time-is-no-title",
        "one-of-a-group-is-no-title"])
def test_an_indefinite_noun_for_a_person_set_off_before_the_name_is_a_title(text, title):
    """"A reader, Jon Hale, said": the noun for a person set off before the name is what he is here."""
    assert quoteattr.attribute(text).quotes[0].speaker.title == title


@pytest.mark.parametrize(("text", "name"), [
    ("Lena Ruiz, a teacher from Lyme, East Dorset, said the toll was unfair. “I feel bad,” she said.", "Lena Ruiz"),
    ("Lena Ruiz, a philanthropist from Lyme, East Dorset, said the toll was unfair. With her husband, Tom Ruiz, a "
     "banker, she gave to the appeal. “I feel bad,” she said.", "Lena Ruiz"),
    ("A resident of Lyme, Ida Lenz, said the toll was unfair. “I feel bad,” she said.", "Ida Lenz"),
], ids=["a-region-after-a-place-in-a-role", "a-region-after-a-place-in-a-role-then-another-person",
        "a-person-after-a-place-in-a-role"])
def test_capitals_set_off_after_a_place_closing_a_role_are_its_region(text, name):
    """"a teacher from Lyme, East Dorset,": capitals that are no given name after the place are its region."""
    assert quoteattr.attribute(text).quotes[-1].speaker.name == name


@pytest.mark.parametrize(("text", "source"), [
    ("A resident of Lyme, Ida Lenz, said the ferry was late.", "Ida Lenz"),
    ("A resident of Lyme, a skipper, said the ferry was late.", "A resident of Lyme"),
], ids=["name-set-off-after-a-named-place", "description-set-off-after-a-named-place"])
def test_a_name_set_off_after_a_description_of_a_named_place_is_the_source(text, source):
    """"A resident of Lyme, Ida Lenz, said": the name set off is the source, as after "A resident of the town"."""
    assert quoteattr.attribute(text).quotes[0].source.text == source
