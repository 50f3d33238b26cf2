"""Time ``quoteattr.attribute`` on adversarial inputs at growing sizes.

Linear code takes about twice as long when the input doubles; this script
prints the time per size and the ratio between consecutive sizes, so a
quadratic corner shows up as ratios near 4.

    python benchmarks/pathological.py [--size 20000] [--steps 3]
"""
from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Iterator

import quoteattr


def given_names() -> Iterator[str]:
    """Ever new invented given names: "Kakaka", "Kakalo", …"""
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "so", "de", "pa", "ge", "bo", "fu"]
    return ("".join(parts).capitalize() for parts in itertools.product(syllables, repeat=3))


def one_per_name(template: str, size: int) -> str:
    """``template`` once for each new given name, to about ``size`` characters."""
    count = size // len(template.format("Kakaka"))
    return "".join(template.format(name) for name, _ in zip(given_names(), range(count)))


# Each maker returns a text of about ``size`` characters.
CASES = {
    "cues without punctuation": lambda size: "officials said and warned " * (size // 26),
    "openers then stray closers": lambda size: "“" * (size // 2) + "»" * (size // 2),
    "unclosed quotes after cues": lambda size: "He said, “we will " * (size // 18),
    "one long sentence, no cues": lambda size: "the harbour boats are red " * (size // 26),
    "abbreviations": lambda size: "Mr. Dr. Sen. " * (size // 13),
    "that-clauses": lambda size: "she said that " * (size // 14),
    "inverted frames": lambda size: "“Yes,” said Mr Smith, " * (size // 22),
    "colons and dashes": lambda size: "Reyl: — “a b c d” — " * (size // 20),
    "one paragraph of quotes": lambda size: "“We will act,” she said. " * (size // 25),
    "apostrophes": lambda size: "it's users' rock 'n' roll '90s " * (size // 31),
    "claims, polls, appearances": lambda size: "her claim that it seemed to lead in a poll " * (size // 43),
    "asides, light verbs, to-cues": lambda size: "Ann - a co-host - made many comments about it, although she "
                                                 "went to tout " * (size // 73),
    "titles, counts, set-off stances": lambda size: ("a memo titled “The Pier” half said it was fine compared to "
                                                    "three in 10 — 31 percent — who said Ann left, but Bo stayed, "
                                                    "confident that " * (size // 140)),
    "according to, quoted asides": lambda size: ("But, according to the Gazette, the toll will rise because, "
                                                "according to Ms Varga, he is “glad of it” as he faces a vote "
                                                * (size // 120)),
    "asides after verbless leads": lambda size: "boats and piers, though she said the ferry " * (size // 43),
    "one surname, many given names": lambda size: one_per_name("{} Varga said “the ferry is late.” ", size),
    "one title, many holders": lambda size: one_per_name("Port mayor {} Varga said so. The port mayor said so. ", size),
    "descriptions of one head word": lambda size: one_per_name("A {} official said the ferry was late. The official "
                                                               "said so. ", size),
    "many reports, then quotations": lambda size: ("Ms Varga said the pier was shut and " * (size // 72)
                                                   + "Mr Reyl said so. " + "“The ferry is late.” " * (size // 42)),
    "framed quotes, then an echo": lambda size: ("“The ferry,” Ms Varga said, " * (size // 56) + "and left. The plan "
                                                 + "is a pier and " * (size // 28) + "“a dock.”"),
    "signed posts in one paragraph": lambda size: "the ferry is late — Ms Varga (@varga) July 5, 2016 " * (size // 51),
    "noun cues in one long sentence": lambda size: "complaints that they distort the vote and " * (size // 42),
    "participles, one long sentence": lambda size: "she had warned and " * (size // 19),
    "names after polls, no stop": lambda size: "in a new poll Ms Varga leads and " * (size // 33),
    "noun phrases, no relative word": lambda size: "skippers lacked the rowdy feel and " * (size // 35),
    "and-gerunds, no progressive": lambda size: "she met the skippers and hoping to " * (size // 35),
    "passives without their word": lambda size: "the pier is expected and " * (size // 25),
    "as asides, no stop": lambda size: "The toll, as Ms Varga said, is unfair and " * (size // 42),
    "clefts after a cue, no stop": lambda size: "What Ms Varga said was that the pier is unsafe and " * (size // 51),
    "copula titles, no commas": lambda size: "Ms Varga is a toll and " * (size // 23),
    "self-descriptions of initials": lambda size: ("a self-described " + "U." * 20 + "S q" + " w" * 8 + " and ")
                                                  * (size // 81),
    "as asides after fronted clauses": lambda size: "If the toll rises, as some skippers fear, the ferry will stop, "
                                                    * (size // 63),
    "poll phrases after fronted phrases, no stop": lambda size: ("In May, after the storm, Ms Varga led by nine points "
                                                                "in a Gazette poll, " * (size // 72)),
    "reports joined before closing frames, no stop": lambda size: ("Skippers said they back the toll, but they would not "
                                                                  "pay for it, they said, " * (size // 76)),
    "quotations resumed past their frames": lambda size: ("“Only the skippers,” Ms Varga said, would use the storm to "
                                                         "reopen the pier (the third time) - the board has not. "
                                                         * (size // 98)),
    "noun stances, participles, dash asides, no stop": lambda size: ("the skippers rallied in support of the toll, "
                                                                    "starting talks about the pier — Ms Varga said it "
                                                                    "was fair — and also has praise for his attacks on "
                                                                    "the plan and " * (size // 157)),
    "joined stances, long object lists, no stop": lambda size: ("the skippers are angry about the toll, worried about "
                                                               "the pier and dismayed by the council, and Ms Varga "
                                                               "unveiled a plan, fees, tolls, the town's frayed sea "
                                                               "wall and the calm that she brings to "
                                                               * (size // 193)),
    "headline frames, asked asides, no stop": lambda size: ("Pier unsafe, union claims Ms Varga, asked whether the "
                                                           "pier is safe, said " * (size // 73)),
    "impersonal passives, clock times": lambda size: ("It is understood the skipper no longer works for the firm "
                                                     "and at 10:15 Ms Varga said at 10:15 that " * (size // 99)),
    "quotations ending before clauses": lambda size: ("Ms Varga said “no” and the rest said 60 per cent of "
                                                     "them had left and " * (size // 70)),
    "dash asides, guillemets, zero-width spaces": lambda size: ("Ms Varga — who said the pier was «safe,» "
                                                               "asked Mr\u200b Reyl, the clerk, whether "
                                                               "you " * (size // 80)),
    "bullets, asides after that, quoted as saying": lambda size: ("• I said that, as a mother, the Gazette "
                                                                   "quoted Ms Varga as saying on Monday "
                                                                   * (size // 76)),
    "weak names, reflexives, set-off times": lambda size: one_per_name(
        "Does Safer Than {} Reyl himself announced, on Tuesday, reportedly the offer of a point of saying ", size),
    "findings in polls, passives, no that or to": lambda size: ("In a poll of skippers, the Gazette found most oppose "
                                                               "the toll. Mr Reyl was charged with assault. "
                                                               * (size // 96)),
    # curly marks read in the wrong encoding: C1 control characters, no sentence ever closes
    "tags before semicolons, garbled marks, no stop": lambda size: (
        "\u00e2\u0080\u009cThe toll is unfair,\u00e2\u0080\u009d Ms Varga said; \u00e2\u0080\u009cit hurts every "
        "skipper.\u00e2\u0080\u009d " * (size // 71)),
    "headline passives, contact subjects, no stop": lambda size: (
        "council accused of hiding report and one of three schools the council says it can run and supporters of "
        "that idea contend it would work and " * (size // 140)),
    "according roles, ages before pasts, told closings, no stop": lambda size: (
        "according to one analyst, Ida Lenz of Coastline Research, the toll is fair and men under 35 backed the "
        "plan and screenshots shared widely online show it, skippers told and " * (size // 172)),
    "news that emerged, court heard closings, titles after she-chains": lambda size: (
        "Word spread that the pier, it emerged, had shut, the court heard. She said so. Lyme's harbour board met. "
        "Her deputy, Tom Reyl, said organisers of the fair have left, citing it. " * (size // 177)),
    "charges he denied, negative subjects, participles before cues, no stop": lambda size: (
        "Ms Varga said Mr Reyl had lied, a charge he denied, and neither the board nor Bay Lines, whose ferries use "
        "the quay, responded, though aides privately concede the numbers are tight and a skipper accused of "
        "smuggling told " * (size // 221)),
    "hedges, joined adjectives, closing connectives, appeals, lead-ins, no stop": lambda size: (
        "Perhaps, she suggests, the ferry showed an awkward but promising start, in a judgment that went on to say "
        "the pier was safe, but that nobody knew, however. The board's response has been to play down the findings. "
        "Anyone with information should call 101, quoting a ruling that was charged with assault and will appear. "
        "Defending, Tom Reyl told the judge Sand was sorry and " * (size // 372)),
    "roles before names, enacted laws, tallies, openings with objects, told clauses, no stop": lambda size: (
        "The mayor, Ida Lenz, claims Ms Varga signed a bill that passed the board by a vote of 5 to 2, and its "
        "leader, Lena Ruiz, thinks it fair. In a letter to Mr Sand, he said that after the Gazette reported the "
        "ferry was late, when told the skipper we all knew voted on Tuesday to " * (size // 275)),
    "relatives with as, refusals, votes, warnings, polls, questions, no stop": lambda size: (
        "Skippers who chose fares as their top issue in eastern and southern Lyme voted twice for Ms Varga and "
        "voted down a bill, Lena Ruiz gave a stern warning to skippers, refused to endorse Mr Reyl, offered no "
        "comment about the strike, introduced a bill last week that would cap fares, asked the ferry firms - Bay "
        "Lines and Sea Hop - why a Gazette poll had her at 4 percent and seemed to cheer as " * (size // 391)),
    "listener lists, withheld questions, standings, light nouns, announcements, no stop": lambda size: (
        "Ms Varga asked Mr Reyl, Ms Ruiz and Mr Osman whether skippers turned away by the board said no decision on a "
        "buyer would be made, Mr Reyl at 20 percent and Ms Ruiz at 9 percent, as he would not comment on whether the "
        "board signalled its support for the plan was waning since spring, the timetable was announced on Monday and "
        "some say the pier, known locally as the Old Arm, does not know whether " * (size // 396)),
    "shows named for times, joined reports, setting prepositions, per, inabilities, no stop": lambda size: (
        "Ms Varga told Today show viewers that fares rose, according to the office, and Jon Hale at Coastline Research "
        "said a point Mr Osman accepted under cross-examination was fair per Ms Ruiz but could not say how long, in a move "
        "fishermen who say earlier warnings were ignored talked through the night, a court heard on Tuesday, as Bay Lines "
        "is looking for a buyer and asked whom the board would agree to a deal with: When " * (size // 418)),
    "next acts, tagged colons, past perfects, hopes, refusals to give, no stop": lambda size: (
        "The toll is unfair, said the mayor and left the room, while Lena Ruiz, a fan, said it was overdue and had "
        "sought help, while another fan, Piet Osman, called it rash: “It is a public notice,” she wrote, and the hope is "
        "that Bay Lines refused to give the crews a bonus as the board of Bay Lines said and recommended that Hale spoke "
        "as if the funds had come from a count of call-outs over ten years, which showed " * (size // 410)),
    "eves of votes, while-gerunds, seeming, passives after and, no stop": lambda size: (
        "Lena Ruiz announced her resignation from the board on the eve of the vote and Tom Reyl praised the crews while "
        "touring the quay, and Bay Lines announced a new route to Lyme, and the board approved it as investors seem to "
        "agree that he was suspected of theft, and accused by the Gazette of fraud, while the claims that Bay Lines denied "
        "were false and Public figures backing the toll made claims that he could not prove, as His brother said "
        * (size // 439)),
    "possessors' claims, even-though, than-gaps, agents' infinitives, no stop": lambda size: (
        "Ana Varga's claim that fares would rise went unheeded and Tom Reyl said this about the toll: it must go, even "
        "though skippers insist they will pay less than the board expected, as Ana Varga campaigned on a promise to cut "
        "the toll and residents were urged by the council to stay indoors while the rally had been called by the "
        "Seafarers' Guild to protest and started what is now known as the harbour revolt, and Piet Osman admitted that his "
        "players had been slow, though friends say otherwise, and Piet Osman says he will not vote for Ana Varga and "
        "considers her a risk, but manager Piet Osman said his rival at Coast Ferries, Ana Varga, made her case for a cut "
        "and put the cost at two million pounds, " * (size // 700)),
    "listed acts, semicolons, contrasts, support among, named roles, no stop": lambda size: (
        "Ana Varga toured the quay last week, with plans to return in May, and the slump led some skippers to worry "
        "whether the toll would rise, while Ms Varga avoided all mention of the ferry fares and the skippers have billed "
        "themselves as friends of the quay; the board said the problem was not the toll; the problem was the pier, but the "
        "quarrel wound up costing the harbour board its pier, and after Ana Varga said the toll was unfair, Tom Reyl, the "
        "chair, left the meeting, while her broad support among skippers gives her an edge and Ms Varga continues to draw "
        "support among older skippers, as Ana Varga called on the board to repair the quay, paint the hulls and ensure the "
        "pier is open, and Tom Reyl was asked whether his planned toll, which the guild says is unfair, would hurt the "
        "harbour, " * (size // 792)),
    "named lists, dash asides, allowed that, but not, saw, passives past a time, no stop": lambda size: (
        "At least four skippers claim to object to the toll: Tom Reyl, Piet Osman, Erik Sand and Jon Hale, and Ms Varga "
        "praised a bold, carefully drafted plan for the pier and demanded that the old flag, which shows a gull, be "
        "removed, as the memo indicates the harbour master - who resisted the toll, even though she backed it in May - "
        "has left the board — adding the quay was worse, although as the latest figures show, the quay may not be busy, "
        "and Tom Reyl allowed that some skippers might pay the toll, while Tom Reyl was criticized on Monday for raising "
        "the toll and Skippers who want to cut the toll left the pier, and Tom Reyl would praise the crews but not "
        "mention the toll, while Ms Varga saw her fares collapse and the plan to rebuild the quay was approved last year, " * (size // 770)),
    "asides in clauses, sounded, modals, booed, no matter, titled names, set-off phrases, no stop": lambda size: (
        "Ana Varga listed reasons why a win for Tom Reyl, despite his flaws, would be the better outcome, and others "
        "sounded far less welcoming, but skippers expecting a cut in the toll over the coming weeks may need patience "
        "that is hard to defend against, and ads that slam the board and tout the quay ran, and the crowd applauded "
        "warmly and booed the mention of the toll, while Ms Varga, who is revered on the quay, says no matter what the "
        "board does, “the pier stays,” and Tom Reyl said although the guild wants a vote, “the toll must stay,” and "
        "Mr. Hale said, adding of Ms. Varga, “She cares,” in Lyme, N.Y. “Secretary Lenz must go,” as he hoped, he "
        "said, that the fares would fall, and soon after she did, Tom Ebbing joked, again using a funny voice, “No,” "
        "as a crew focused on winning the race must have known, and the criticism of the toll by Harbour Master Ida "
        "Lenz has weighed on the board, " * (size // 892)),
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    quoteattr.attribute(text)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="characters of the smallest input")
    parser.add_argument("--steps", type=int, default=3, help="how many doublings")
    args = parser.parse_args(argv)
    sizes = [args.size * 2 ** step for step in range(args.steps)]
    print(f"{'input':30s} " + " ".join(f"{size:>10,d}" for size in sizes) + "   ratios (linear ~2)")
    for name, make in CASES.items():
        times = [seconds(make(size)) for size in sizes]
        ratios = [later / earlier if earlier else 0.0 for earlier, later in zip(times, times[1:])]
        print(f"{name:30s} " + " ".join(f"{t:10.3f}" for t in times) + "   "
              + " ".join(f"{r:4.1f}" for r in ratios))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
