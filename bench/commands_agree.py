#!/usr/bin/env python3
"""Checks that entente's yearly results agree with the igraph peer where they overlap.

Usage: commands_agree.py IGRAPH.tsv METRICS.csv BALANCE.csv

IGRAPH.tsv is the output of peer_pipeline.py (one line a year); METRICS.csv
and BALANCE.csv are `entente metrics|balance FILE --window 1y --step 1y
--format csv`. For every year of the peer, exactly: the active actors
(balance's `actors`), the positive ties (half the sum of metrics'
`degree_pos`), the triangles whose three ties are non-zero and the balanced
ones (ppp + pnn); and the top actor by PageRank and by betweenness (the
peer's top must have entente's largest value, to 1e-9 relative, since equal
values may be broken either way). Prints one line a check and the years that
disagree; exit status 1 when any does.
"""

import csv
import sys
from collections import defaultdict


def read_peer(path):
    years = {}
    with open(path) as f:
        header = None
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("#"):
                header = [h.lstrip("#") for h in parts]
                continue
            row = dict(zip(header, parts))
            years[row["year"]] = row
    return years


def year_of(window):
    return window[:4]


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    peer = read_peer(argv[1])
    pos_degrees = defaultdict(int)
    pagerank = defaultdict(dict)
    betweenness = defaultdict(dict)
    with open(argv[2], newline="") as f:
        for row in csv.DictReader(f):
            y = year_of(row["window"])
            pos_degrees[y] += int(row["degree_pos"])
            pagerank[y][row["actor"]] = float(row["pagerank"])
            betweenness[y][row["actor"]] = float(row["betweenness"])
    balance = {}
    with open(argv[3], newline="") as f:
        for row in csv.DictReader(f):
            balance[year_of(row["window"])] = row

    def top_agrees(values, peer_top):
        if not values:
            return peer_top in ("", "-", "NA", "None")
        best = max(values.values())
        return peer_top in values and values[peer_top] >= best - 1e-9 * abs(best)

    checks = {
        "active actors": lambda y, p: int(balance[y]["actors"]) == int(p["nodes"]),
        "positive ties": lambda y, p: pos_degrees[y] // 2 == int(p["pos_edges"]),
        "signed triangles": lambda y, p: int(balance[y]["triangles"]) == int(p["triangles"]),
        "balanced triangles": lambda y, p: int(balance[y]["ppp"]) + int(balance[y]["pnn"]) == int(p["balanced"]),
        "top actor by PageRank": lambda y, p: top_agrees(pagerank[y], p["top_pagerank"]),
        "top actor by betweenness": lambda y, p: top_agrees(betweenness[y], p["top_betweenness"]),
    }
    failed = False
    for name, agrees in checks.items():
        bad = [y for y, p in sorted(peer.items()) if y not in balance or not agrees(y, p)]
        failed |= bool(bad)
        print(f"{name:26} {len(peer) - len(bad)} of {len(peer)} years agree" + (f"; not {', '.join(bad)}" if bad else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
