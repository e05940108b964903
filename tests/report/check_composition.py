#!/usr/bin/env python3
"""The report is a composition of the commands: each of its tables holds, row
for row, what the command it names prints for the same data.

Usage: check_composition.py ENTENTE DATASET FOCAL WORKDIR

Writes the report of DATASET into WORKDIR/report, then checks:
- ruptures.csv is `entente ruptures DATASET --actor FOCAL --format csv`;
- metrics.csv's rows of each era are `entente metrics DATASET --era ID --format csv`;
- compare.csv's rows of each pair of consecutive eras are
  `entente compare DATASET --between A B --actor FOCAL --top 0 --format csv`,
  and report.json's summaries are that command's sentences;
- report.json's relations, evidence, blocs, hostility, balance and
  frustrating_dyads rows of every fifth era are those of `metrics --actor`,
  `alliances` and `balance` for that era.
"""
import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path


def run(entente, *args):
    done = subprocess.run([entente, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"entente {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def csv_rows(text):
    """The rows of a CSV text, its header first."""
    return list(csv.reader(io.StringIO(text)))


def json_rows(text, table):
    return json.loads(text)[table]


def main():
    entente, dataset, focal, work = sys.argv[1:5]
    out = Path(work) / "report"
    shutil.rmtree(out, ignore_errors=True)
    run(entente, "report", dataset, "--actor", focal, "-o", str(out), "--quiet")
    problems = []

    def same(what, got, expected):
        if got != expected:
            problems.append(f"{what}: the report has {len(got)} rows, the command {len(expected)}; "
                            f"first difference: {next((g, e) for g, e in zip(got + [None] * len(expected), expected + [None] * len(got)) if g != e)}")

    same("ruptures.csv", csv_rows((out / "ruptures.csv").read_text()),
         csv_rows(run(entente, "ruptures", dataset, "--actor", focal, "--format", "csv")))

    report = json.loads((out / "report.json").read_text())
    eras = [row["era"] for row in report["eras"]]
    metrics = csv_rows((out / "metrics.csv").read_text())
    with_events = [era for era in eras if any(row[0] == era for row in metrics[1:])]
    if len(with_events) < 2:
        problems.append(f"only {len(with_events)} eras with events: nothing to compare")
    for era in with_events:
        command = csv_rows(run(entente, "metrics", dataset, "--era", era, "--format", "csv"))
        same(f"metrics.csv, era {era}", [metrics[0]] + [r for r in metrics[1:] if r[0] == era], command)

    compare = csv_rows((out / "compare.csv").read_text())
    for a, b in zip(eras, eras[1:]):
        command = csv_rows(run(entente, "compare", dataset, "--between", a, b, "--actor", focal, "--top", "0",
                               "--format", "csv"))
        same(f"compare.csv, {a} -> {b}", [compare[0]] + [r for r in compare[1:] if r[6:8] == [a, b]], command)
        sentences = run(entente, "compare", dataset, "--between", a, b, "--actor", focal, "--table", "summary",
                        "--format", "json")
        same(f"report.json summaries, {a} -> {b}",
             [r for r in report["summaries"] if (r["era_a"], r["era_b"]) == (a, b)],
             json.loads(sentences))

    def era_rows(table, era, key="window"):
        return [r for r in report[table] if r[key] == era]

    for era in with_events[::5]:
        ego = run(entente, "metrics", dataset, "--era", era, "--actor", focal, "--top", "8", "--evidence", "1",
                  "--format", "json")
        for table in ("relations", "evidence"):
            same(f"report.json {table}, era {era}", era_rows(table, era), json_rows(ego, table))
        alliances = run(entente, "alliances", dataset, "--era", era, "--format", "json")
        for table in ("blocs", "hostility"):
            same(f"report.json {table}, era {era}", era_rows(table, era), json_rows(alliances, table))
        balance = run(entente, "balance", dataset, "--era", era, "--format", "json")
        for table in ("balance", "frustrating_dyads"):
            same(f"report.json {table}, era {era}", era_rows(table, era), json_rows(balance, table))

    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(f"the report of {dataset} composes the commands: {len(with_events)} eras, {len(eras) - 1} pairs")


if __name__ == "__main__":
    main()
