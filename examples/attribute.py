"""Print who said what in a news article.

Usage: python examples/attribute.py [ARTICLE.txt]   (default: article.txt next to this script)
"""
import sys
from pathlib import Path

import quoteattr


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("article.txt")
    doc = quoteattr.attribute(path.read_text(encoding="utf-8"))

    print(f"{len(doc.quotes)} quotes in {path.name}\n")
    for quote in doc.quotes:
        if quote.speaker is not None:
            who, title = quote.speaker.name, quote.speaker.title or ""
        else:  # the mention could not be resolved to a person: show the mention itself
            who, title = (quote.source.text if quote.source else "unknown"), ""
        cue = quote.cue.text if quote.cue else "-"
        print(f"[{quote.kind.value}] {who}" + (f" ({title})" if title else "") + f" {cue}:")
        print(f"    {quote.text}")

    print("\nSpeakers:")
    for speaker in doc.speakers:
        title = f", {speaker.title}" if speaker.title else ""
        print(f"  {speaker.name}{title}: {len(speaker.quote_ids)} quote(s), {len(speaker.mentions)} mention(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
