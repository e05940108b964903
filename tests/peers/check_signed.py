#!/usr/bin/python3
"""Cross-checks the signed centralities of `entente metrics` against numpy.

    check_signed.py ENTENTE

Random signed graphs (and a few built to be edge cases) are written as small
datasets, one event per dyad with an explicit weight, and read back with
`entente metrics DATASET --format csv`. For each, numpy computes:

- pn_index: numpy.linalg.solve(I - A / (2n - 2), 1) with A = P - 2N, n the
  actors of the view (the rows entente prints);
- signed_eigenvector: numpy.linalg.eigh of the matrix of net scores; the
  eigenvalue largest in size (the positive one of a +-pair), its vector
  divided by its first component within 1e-9 of the largest in size;
  compared only when that eigenvalue is dominant, as entente says on stderr
  (a note when it is not, checked both ways).

Directed graphs are read with --directed: entente sums a dyad's two
directions, so numpy does the same. A value agrees when
|entente - numpy| <= 1e-6 * max(1, |numpy|).
"""
import csv
import io
import os
import random
import subprocess
import sys
import tempfile

import numpy

from check_metrics import write_dataset  # one event per dyad on 2020-01-01, explicit weight

TOLERANCE = 1e-6
NOTE = "signed_eigenvector is not unique"


def entente_metrics(binary, dataset, directed):
    args = [binary, "metrics", dataset, "--format", "csv"] + (["--directed"] if directed else [])
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({run.returncode}): {run.stderr}")
    rows = {r["actor"]: r for r in csv.DictReader(io.StringIO(run.stdout))}
    return rows, NOTE in run.stderr


def peer(actors, events):
    """PN, the scaled leading eigenvector and whether its eigenvalue dominates, by numpy."""
    index = {a: k for k, a in enumerate(actors)}
    n = len(actors)
    w = numpy.zeros((n, n))
    for a, b, weight in events:  # both directions of a dyad add up
        w[index[a], index[b]] += weight
        w[index[b], index[a]] += weight
    a = numpy.where(w > 0, 1.0, 0.0) - 2.0 * numpy.where(w < 0, 1.0, 0.0)
    if n < 2:
        pn = numpy.ones(n)
    elif n == 2 and w[0, 1] < 0:
        pn = numpy.full(2, 0.5)
    else:
        pn = numpy.linalg.solve(numpy.eye(n) - a / (2 * n - 2), numpy.ones(n))
    values, vectors = numpy.linalg.eigh(w)
    order = sorted(range(n), key=lambda k: (-abs(values[k]), -values[k]))
    if n > 1 and values[order[1]] > values[order[0]] and abs(values[order[1]]) >= (1 - 1e-6) * abs(values[order[0]]):
        order[0], order[1] = order[1], order[0]
    l1 = values[order[0]]
    l2 = values[order[1]] if n > 1 else 0.0
    if l1 == 0:
        return pn, numpy.zeros(n), True
    dominant = abs(l2) < (1 - 1e-6) * abs(l1)
    v = vectors[:, order[0]]
    largest = max(abs(v))
    pivot = next(k for k in range(n) if abs(v[k]) >= (1 - 1e-9) * largest)
    return pn, v / v[pivot], dominant


def check(failures, name, binary, folder, actors, events, directed, expect_note=None):
    dataset = os.path.join(folder, name)
    write_dataset(dataset, actors, events)
    rows, noted = entente_metrics(binary, dataset, directed)
    active = sorted({x for a, b, _ in events for x in (a, b)}, key=actors.index)
    if sorted(rows) != sorted(active):
        failures.append(f"{name}: actors {sorted(rows)}, expected {sorted(active)}")
        return 0
    pn, vector, dominant = peer(active, events)
    if noted == dominant:
        failures.append(f"{name}: note on stderr {noted}, but the leading eigenvalue is dominant: {dominant}")
    if expect_note is not None and noted != expect_note:
        failures.append(f"{name}: note on stderr {noted}, expected {expect_note}")
    compared = 0
    for k, actor in enumerate(active):
        pairs = [("pn_index", pn[k])] + ([("signed_eigenvector", vector[k])] if dominant else [])
        for column, expected in pairs:
            got = float(rows[actor][column])
            compared += 1
            if abs(got - expected) > TOLERANCE * max(1.0, abs(expected)):
                failures.append(f"{name} {actor} {column}: entente {got!r}, numpy {expected!r}")
    return compared


def random_events(rng, actors, p, directed):
    events = []
    for i, a in enumerate(actors):
        for j, b in enumerate(actors):
            if a == b or (not directed and j < i) or rng.random() >= p:
                continue
            # Halves, so that two directions that cancel sum to exactly 0 (no tie) in both programs.
            weight = rng.choice([-1, 1]) * rng.randint(1, 20) / 2
            events.append((a, b, weight))
    return events


def main():
    binary = sys.argv[1]
    rng = random.Random(20140101)
    failures = []
    compared = 0
    with tempfile.TemporaryDirectory() as folder:
        shapes = [(n, p, d) for n in (3, 5, 8, 13, 21, 40, 90) for p in (0.15, 0.4, 0.8) for d in (False, True)]
        for k, (n, p, directed) in enumerate(shapes):
            actors = [f"A{i:02}" for i in range(n)]
            events = random_events(rng, actors, p, directed)
            if events:
                compared += check(failures, f"random{k}", binary, folder, actors, events, directed)
        # Edge cases: two enemies (the singular system), two friends, an all-hostile triangle
        # (the leading eigenvalue is negative and dominant), a friendly star and a path
        # (bipartite: -lambda1 is an eigenvalue too, so the note), a friendly triangle (no note).
        cases = {
            "enemies": (["A", "B"], [("A", "B", -3.0)], True),
            "friends": (["A", "B"], [("A", "B", 2.0)], True),
            "hostile_triangle": (["A", "B", "C"], [("A", "B", -1.0), ("B", "C", -2.0), ("A", "C", -1.5)], False),
            "friendly_star": (["C", "L1", "L2", "L3"], [("C", "L1", 1.0), ("C", "L2", 2.0), ("C", "L3", 3.0)], True),
            "signed_path": (["A", "B", "C", "D"], [("A", "B", 1.0), ("B", "C", -2.0), ("C", "D", 1.0)], True),
            "friendly_triangle": (["A", "B", "C"], [("A", "B", 1.0), ("B", "C", 1.0), ("A", "C", 1.0)], False),
        }
        for name, (actors, events, note) in cases.items():
            compared += check(failures, name, binary, folder, actors, events, False, note)
    for failure in failures[:40]:
        print(failure)
    if failures:
        sys.exit(f"{len(failures)} of {compared} values or notes disagree")
    print(f"{compared} signed centralities agree with numpy")


if __name__ == "__main__":
    main()
