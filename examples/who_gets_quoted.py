"""Who gets quoted across many articles: every speaker, with how often and how.

Usage: python examples/who_gets_quoted.py [PATH ...] [--csv OUT.csv]

Each PATH is a plain-text article, a directory of *.txt articles, or a JSON
Lines file whose records carry a "text" (and, if you like, an "id"). With no
PATH, article.txt next to this script is read. The table counts, for each
speaker, the articles quoting them and their direct, indirect and mixed
quotes; --csv writes the same rows to a file. A record without text, or an
article the library could not read, is listed at the end, not dropped.
"""
import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import quoteattr

KINDS = [kind.value for kind in quoteattr.Kind]


def articles(paths: list[Path]):
    """(id, text) for every article under ``paths``; text is None for a record that has none."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.glob("*.txt")):
                yield str(child), child.read_text(encoding="utf-8", errors="replace")
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if line.strip():
                        record = json.loads(line)
                        text = record.get("text")
                        yield str(record.get("id", f"{path}:{number}")), text if isinstance(text, str) else None
        else:
            yield str(path), path.read_text(encoding="utf-8", errors="replace")


def who(quote: quoteattr.Quote) -> tuple[str, str]:
    """The speaker's name and title, or the mention itself ("a spokesman") when it names nobody."""
    if quote.speaker is not None and quote.speaker.name:
        return quote.speaker.name, quote.speaker.title or ""
    return (quote.source.text if quote.source is not None else "(no source)"), ""


def tally(pairs) -> tuple[dict, list[tuple[str, str]]]:
    """Counts per speaker (folded by name, case aside) and the articles that could not be read."""
    rows: dict[str, dict] = defaultdict(lambda: {"names": Counter(), "titles": Counter(), "articles": set(),
                                                 **{kind: 0 for kind in KINDS}})
    failed = [(doc_id, "no text") for doc_id, text in pairs if text is None]
    readable = [(doc_id, text) for doc_id, text in pairs if text is not None]
    documents = quoteattr.attribute_many((text for _, text in readable), ids=(doc_id for doc_id, _ in readable))
    for doc in documents:
        if doc.error is not None:
            failed.append((doc.id, doc.error))
            continue
        for quote in doc.quotes:
            name, title = who(quote)
            row = rows[name.casefold()]
            row["names"][name] += 1
            if title:
                row["titles"][title] += 1
            row["articles"].add(doc.id)
            row[quote.kind.value] += 1
    return rows, failed


def table(rows: dict) -> list[list]:
    """One line per speaker, most quoted first: name, most frequent title, articles, and a count per kind."""
    out = []
    for row in rows.values():
        title = row["titles"].most_common(1)[0][0] if row["titles"] else ""
        out.append([row["names"].most_common(1)[0][0], title, len(row["articles"]), *(row[k] for k in KINDS)])
    return sorted(out, key=lambda line: (-sum(line[3:]), line[0]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path(__file__).with_name("article.txt")])
    parser.add_argument("--csv", type=Path, help="also write the table to this CSV file")
    options = parser.parse_args(argv[1:])

    rows, failed = tally(list(articles(options.paths)))
    lines = table(rows)
    header = ["speaker", "title", "articles", *KINDS]
    print(f"{'SPEAKER':30} {'TITLE':34} {'ARTICLES':>8} " + " ".join(f"{kind.upper():>8}" for kind in KINDS))
    for name, title, count, *kinds in lines:
        print(f"{name[:30]:30} {title[:34]:34} {count:8} " + " ".join(f"{n:8}" for n in kinds))
    print(f"\n{len(lines)} speakers, {sum(sum(line[3:]) for line in lines)} quotes")
    for doc_id, reason in failed:
        print(f"not read: {doc_id}: {reason}")
    if options.csv is not None:
        with options.csv.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            writer.writerows(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
