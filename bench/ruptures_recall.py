#!/usr/bin/env python3
"""How many of the regime shifts a generator planted `entente ruptures` finds.

Usage:
    entente ruptures DATASET --format csv > ruptures.csv
    bench/ruptures_recall.py TRUTH.json ruptures.csv [--days N ...]

TRUTH.json is the file `gen_events.py --truth` writes: its "regime_shifts" list
each dyad that flips sign and the day it does. A shift counts as found when the
output has a row on that dyad (either order) dated at most N days from it; the
nearest such row is shown with its rank, error in days, kind, signals and
magnitude. One recall line is printed per --days value (default 7, 31, 92).
Standard library only.
"""
import argparse
import csv
import datetime as dt
import json


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("truth")
    ap.add_argument("ruptures")
    ap.add_argument("--days", type=int, action="append", help="tolerance in days (repeatable)")
    args = ap.parse_args()
    tolerances = sorted(args.days or [7, 31, 92])

    shifts = json.load(open(args.truth, encoding="utf-8"))["regime_shifts"]
    by_dyad = {}
    with open(args.ruptures, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for rank, row in enumerate(rows, 1):
        by_dyad.setdefault(frozenset((row["source"], row["target"])), []).append((rank, row))

    errors = []
    for shift in shifts:
        day = dt.date.fromisoformat(shift["date"])
        nearest = None
        for rank, row in by_dyad.get(frozenset(shift["dyad"]), []):
            error = (dt.date.fromisoformat(row["date"]) - day).days
            if nearest is None or abs(error) < abs(nearest[1]):
                nearest = (rank, error, row)
        name = "-".join(shift["dyad"])
        if nearest is None:
            print(f"{name:9} {shift['date']}  no row for this dyad")
            errors.append(None)
            continue
        rank, error, row = nearest
        print(f"{name:9} {shift['date']}  rank {rank:6}  error {error:+6d} d  {row['kind']:13} "
              f"{row['signals']:14} magnitude {float(row['magnitude']):.1f}")
        errors.append(abs(error))
    for tolerance in tolerances:
        found = sum(1 for e in errors if e is not None and e <= tolerance)
        print(f"recall {found}/{len(shifts)} within {tolerance} days ({len(rows)} rows)")


if __name__ == "__main__":
    main()
