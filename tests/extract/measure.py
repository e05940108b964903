#!/usr/bin/env python3
"""Measures a draft of `entente extract` against a hand-made events file.

    measure.py ENTENTE ARTICLE FOCUS REFERENCE [--refs PREFIX] [--min-recall R] [--min-precision P]

Runs `entente extract ARTICLE --focus FOCUS` and compares its rows with the
REFERENCE events file (a dataset's events.csv):

  recall     the share of reference rows (those whose ref starts with PREFIX,
             all when none is given) that some drafted row matches;
  precision  the share of drafted rows that match some row of REFERENCE.

A drafted row matches a reference row when they have the same pair of
actors (either order), dates that overlap (each row from the start of its
date to the end of its end, or of its date) and weights of the same sign
(an empty weight is the code's Goldstein weight, from data/cameo.csv).
Prints both; exits 1 when one is below its floor, 77 (a skipped test) when
the article is not there: the articles are not part of the repository.
"""
import argparse
import calendar
import csv
import datetime
import io
import os
import subprocess
import sys

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rows_of(text):
    return list(csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#")))


def interval(date, end):
    """The days [first, last] a row covers, as ordinals."""

    def first(d):
        parts = [int(p) for p in d.split("-")]
        return datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    def last(d):
        parts = [int(p) for p in d.split("-")]
        if len(parts) == 1:
            return datetime.date(parts[0], 12, 31)
        if len(parts) == 2:
            return datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return datetime.date(*parts)

    return first(date).toordinal(), last(end or date).toordinal()


def sign(x):
    return (x > 0) - (x < 0)


class Row:
    def __init__(self, row, goldstein):
        self.pair = frozenset((row["source"], row["target"]))
        self.days = interval(row["date"], row.get("end") or "")
        weight = row.get("weight") or ""
        self.sign = sign(float(weight) if weight else goldstein[row["code"]])
        self.text = ",".join(row[k] or "" for k in ("date", "source", "target", "code", "summary"))[:150]

    def matches(self, other):
        return (self.pair == other.pair and self.sign == other.sign and self.days[0] <= other.days[1]
                and other.days[0] <= self.days[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("entente")
    parser.add_argument("article")
    parser.add_argument("focus")
    parser.add_argument("reference")
    parser.add_argument("--refs", default="")
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--list", action="store_true",
                        help="list the drafted rows that match nothing and the reference rows no drafted row matches")
    args = parser.parse_args()
    if not os.path.exists(args.article):
        print(f"{args.article}: no such article; skipped")
        return 77
    with open(os.path.join(SOURCE, "data", "cameo.csv"), encoding="utf-8") as f:
        goldstein = {r["code"]: float(r["goldstein"]) for r in rows_of(f.read())}
    draft_text = subprocess.run([args.entente, "extract", args.article, "--focus", args.focus], check=True,
                                capture_output=True, text=True).stdout
    draft = [Row(r, goldstein) for r in rows_of(draft_text)]
    with open(args.reference, encoding="utf-8") as f:
        reference_rows = rows_of(f.read())
    everything = [Row(r, goldstein) for r in reference_rows]
    wanted = [Row(r, goldstein) for r in reference_rows if r["ref"].startswith(args.refs)]
    found = sum(any(d.matches(r) for d in draft) for r in wanted)
    right = sum(any(d.matches(r) for r in everything) for d in draft)
    if args.list:
        for d in draft:
            if not any(d.matches(r) for r in everything):
                print("unmatched draft:", d.text)
        for r in wanted:
            if not any(d.matches(r) for d in draft):
                print("missed:", r.text)
    recall = found / len(wanted) if wanted else 0.0
    precision = right / len(draft) if draft else 0.0
    print(f"{os.path.basename(args.article)}: recall {recall:.3f} ({found} of {len(wanted)} rows), "
          f"precision {precision:.3f} ({right} of {len(draft)} drafted rows)")
    if recall < args.min_recall or precision < args.min_precision:
        print(f"below the floor: recall {args.min_recall}, precision {args.min_precision}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
