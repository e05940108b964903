#!/usr/bin/python3
"""--quad and --codes read a dataset as if it held only the rows they keep.

    check_event_kinds.py ENTENTE

A random dataset (mixed CAMEO codes of every quad class, dates of every
precision, events that last, counts) is written twice: whole, and cut by
this script to the rows of one kind (by the code's root for --quad, by
prefix for --codes). Every command run on the whole dataset with the option
must print what it prints on the cut one, exactly: metrics (a series of
yearly windows too), balance, one actor's relations and the evidence behind
them (but for the evidence's line numbers, which differ between the two
files), ruptures, and export --format dyad-years.
"""
import csv
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile

QUADS = {"verbal-coop": range(1, 6), "material-coop": range(6, 10), "verbal-conflict": range(10, 15),
         "material-conflict": range(15, 21)}
CODES = ["010", "036", "042", "057", "0874", "061", "073", "111", "130", "138", "163", "172", "180", "190", "195",
         "202"]
ACTORS = ["USA", "RUS", "CHN", "ECU", "COL", "PER", "VEN", "BRA"]


def write_dataset(folder, rows):
    os.makedirs(folder)
    with open(os.path.join(folder, "actors.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,kind\n" + "".join(f"{a},Actor {a},state\n" for a in ACTORS))
    with open(os.path.join(folder, "events.csv"), "w", encoding="utf-8") as f:
        f.write("date,source,target,code,end,count,summary\n" + "".join(",".join(r) + "\n" for r in rows))


def random_rows(rng):
    rows = []
    for k in range(600):
        a, b = rng.sample(ACTORS, 2)
        year = rng.randint(1995, 2010)
        date = rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02}",
                           f"{year}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"])
        end = f"{year + rng.randint(1, 2)}" if rng.random() < 0.1 else ""
        rows.append([date, a, b, rng.choice(CODES), end, str(rng.randint(1, 3)), f"event {k}"])
    return rows


def without_lines(text):
    """CSV text without its `line` column (where a row sits in its file)."""
    table = list(csv.reader(io.StringIO(text)))
    if not table or "line" not in table[0]:
        return text
    drop = table[0].index("line")
    return [[cell for i, cell in enumerate(row) if i != drop] for row in table]


def output(binary, args, dataset):
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    return done.returncode, without_lines(done.stdout), done.stderr.replace(dataset, "DATASET")


def main():
    binary = sys.argv[1]
    rng = random.Random(1648)
    rows = random_rows(rng)
    commands = [["metrics", "--format", "csv"], ["metrics", "--window", "1y", "--format", "csv"],
                ["balance", "--format", "csv"], ["metrics", "--actor", "ECU", "--format", "csv"],
                ["metrics", "--actor", "ECU", "--table", "evidence", "--format", "csv"],
                ["ruptures", "--format", "csv"], ["export", "--format", "dyad-years"]]
    kinds = [(["--quad", q], lambda code, q=q: int(code[:2]) in QUADS[q]) for q in QUADS]
    kinds += [(["--codes", "18,19,20"], lambda code: code[:2] in ("18", "19", "20")),
              (["--codes", "057,0874"], lambda code: code.startswith(("057", "0874"))),
              (["--quad", "verbal-conflict,material-conflict", "--codes", "13,19"],
               lambda code: code[:2] in ("13", "19"))]
    failures, checked = [], 0
    with tempfile.TemporaryDirectory() as folder:
        whole = os.path.join(folder, "whole")
        write_dataset(whole, rows)
        for k, (option, keeps) in enumerate(kinds):
            cut = os.path.join(folder, f"cut{k}")
            write_dataset(cut, [r for r in rows if keeps(r[3])])
            for command in commands:
                got = output(binary, [command[0], whole, *option, *command[1:]], whole)
                # The one line a cut dataset has no reason to print: which kinds were read.
                notes = [line for line in got[2].splitlines(True) if line.startswith("entente: note: reading ")]
                if len(notes) != 1 or not notes[0].endswith(" only\n"):
                    failures.append(f"{' '.join(command)} {' '.join(option)}: no note of the kinds read: {got[2]!r}")
                got = (got[0], got[1], got[2].replace(notes[0], "", 1) if notes else got[2])
                expected = output(binary, [command[0], cut, *command[1:]], cut)
                checked += 1
                if got != expected:
                    failures.append(f"{' '.join(command)} {' '.join(option)}: differs from the cut dataset:\n"
                                    f"  with the option: {got!r:.600}\n  cut: {expected!r:.600}")
                if got[0] != 0:
                    failures.append(f"{' '.join(command)} {' '.join(option)} failed: {got[2]}")
            shutil.rmtree(cut)
    for failure in failures[:20]:
        print(failure)
    if failures:
        sys.exit(f"{len(failures)} of {checked} runs differ")
    print(f"{checked} runs agree with the cut datasets")


if __name__ == "__main__":
    main()
