#!/usr/bin/python3
"""`export --format dyad-years` adds up to the whole view.

    check_dyad_years.py ENTENTE SOURCE_DIR

For graphs/ecuador (eras, events that last years, mutual acts, stances per
year) and a random events file (dates of every precision, events spanning
several years, pre-aggregated counts), undirected and directed: the sum of
`score` over a dyad's years equals the dyad's score in the whole view
(`export --format json`, every edge of the `all` view), and the dyads with
no edge there add up to no more than rounding. Also per year: `score` is
`cooperation - conflict` (the two channels). Agreement within
1e-9 · max(1, the sum of the dyad's |score| over its years).
"""
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict

TOLERANCE = 1e-9


def run(binary, *args):
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"entente {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def check(failures, binary, dataset, directed):
    flag = ["--directed"] if directed else []
    years = list(csv.DictReader(io.StringIO(run(binary, "export", dataset, "--format", "dyad-years", *flag))))
    whole = json.loads(run(binary, "export", dataset, "--format", "json", *flag))
    total, size = defaultdict(float), defaultdict(float)
    for row in years:
        dyad = (row["source"], row["target"])
        score = float(row["score"])
        total[dyad] += score
        size[dyad] += abs(score)
        channels = float(row["cooperation"]) - float(row["conflict"])
        if abs(channels - score) > TOLERANCE * max(1.0, abs(score) + float(row["conflict"])):
            failures.append(f"{dataset} {row['year']} {dyad}: cooperation - conflict {channels}, score {score}")
    edges = {}
    for link in whole["links"]:
        dyad = (link["source"], link["target"])
        if not directed and dyad not in total:
            dyad = dyad[::-1]
        edges[dyad] = link["score"]
    for dyad, score in edges.items():
        if abs(total[dyad] - score) > TOLERANCE * max(1.0, size[dyad]):
            failures.append(f"{dataset}{' directed' if directed else ''} {dyad}: years sum to {total[dyad]!r}, "
                            f"the whole view says {score!r}")
    for dyad in set(total) - set(edges):
        if abs(total[dyad]) > TOLERANCE * max(1.0, size[dyad]):
            failures.append(f"{dataset} {dyad}: years sum to {total[dyad]!r}, but it is no edge of the whole view")
    return len(edges)


def random_file(path, rng):
    actors = ["USA", "RUS", "CHN", "ECU", "COL", "PER", "BRA", "ARG"]
    codes = ["010", "036", "042", "057", "0874", "111", "130", "163", "172", "190", "195"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("date,source,target,code,weight,end,count\n")
        for _ in range(400):
            a, b = rng.sample(actors, 2)
            year = rng.randint(1990, 2012)
            precision = rng.random()
            date = f"{year}" if precision < 0.2 else f"{year}-{rng.randint(1, 12):02}" if precision < 0.5 else \
                f"{year}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
            end = f"{year + rng.randint(1, 3)}-{rng.randint(1, 12):02}" if rng.random() < 0.2 else ""
            weight = f"{rng.uniform(-10, 10):.3f}" if rng.random() < 0.5 else ""
            f.write(f"{date},{a},{b},{rng.choice(codes)},{weight},{end},{rng.randint(1, 5)}\n")


def main():
    binary, source = sys.argv[1], sys.argv[2]
    failures = []
    dyads = 0
    with tempfile.TemporaryDirectory() as folder:
        events = os.path.join(folder, "random.csv")
        random_file(events, random.Random(1816))
        for dataset in (os.path.join(source, "graphs", "ecuador"), events):
            for directed in (False, True):
                dyads += check(failures, binary, dataset, directed)
    for failure in failures[:40]:
        print(failure)
    if failures:
        sys.exit(f"{len(failures)} dyads disagree")
    print(f"{dyads} dyads: their years add up to the whole view")


if __name__ == "__main__":
    main()
