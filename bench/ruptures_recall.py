#!/usr/bin/env python3
"""How many of the regime shifts a generator planted `entente ruptures` finds.

Usage:
    entente ruptures DATASET --format csv > ruptures.csv
    bench/ruptures_recall.py TRUTH.json ruptures.csv [--events EVENTS.csv] [--days N ...]

TRUTH.json is the file `gen_events.py --truth` writes: its "regime_shifts" list
each dyad that flips sign and the day it does. For each shift the nearest row
of the output on that dyad (either order) is shown with its rank, kind,
signals, magnitude and error in days; a shift counts as found within N days
(one recall line per --days, default 7, 31 and 92).

A sparse dyad may show nothing of its new regime for months: its first event
of the new sign can come long after the planted day, and no method can date
the change before it. With --events (the generator's CSV: date, source,
target, code, weight) the error is also measured from that first evidence:
the first event on or after the planted day whose weight has the sign of the
new regime (the sign of the change in mean weight of the 50 events on either
side). Standard library only.
"""
import argparse
import csv
import datetime as dt
import json


def first_evidence(events, day):
    """The first day on or after `day` with an event of the new regime's sign."""
    before = [w for d, w in events if d < day][-50:]
    after = [w for d, w in events if d >= day][:50]
    if not before or not after:
        return None
    sign = 1 if sum(after) / len(after) > sum(before) / len(before) else -1
    return next((d for d, w in events if d >= day and w * sign > 0), None)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("truth")
    ap.add_argument("ruptures")
    ap.add_argument("--events", help="the generated events CSV, to date each shift's first evidence")
    ap.add_argument("--days", type=int, action="append", help="tolerance in days (repeatable)")
    args = ap.parse_args()
    tolerances = sorted(args.days or [7, 31, 92])

    shifts = json.load(open(args.truth, encoding="utf-8"))["regime_shifts"]
    wanted = {frozenset(s["dyad"]) for s in shifts}
    by_dyad = {}
    with open(args.ruptures, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for rank, row in enumerate(rows, 1):
        by_dyad.setdefault(frozenset((row["source"], row["target"])), []).append((rank, row))
    events = {}
    if args.events:
        with open(args.events, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                key = frozenset((row["source"], row["target"]))
                if key in wanted:
                    events.setdefault(key, []).append((row["date"], float(row["weight"])))

    errors = {"planted": [], "evidence": []}
    for shift in shifts:
        key = frozenset(shift["dyad"])
        targets = {"planted": shift["date"]}
        if args.events:
            targets["evidence"] = first_evidence(sorted(events.get(key, [])), shift["date"])
        line = f"{'-'.join(shift['dyad']):9} planted {shift['date']}"
        if "evidence" in targets:
            line += f"  first evidence {targets['evidence']}"
        for name, target in targets.items():
            nearest = None
            for rank, row in by_dyad.get(key, []) if target else []:
                error = (dt.date.fromisoformat(row["date"]) - dt.date.fromisoformat(target)).days
                if nearest is None or abs(error) < abs(nearest[1]):
                    nearest = (rank, error, row)
            errors[name].append(abs(nearest[1]) if nearest else None)
            if nearest and name == "planted":
                rank, _, row = nearest
                line += (f"  found {row['date']} {row['kind']:13} {row['signals']:14} rank {rank:6} "
                         f"magnitude {float(row['magnitude']):8.1f}")
            if nearest:
                line += f"  {nearest[1]:+5d} d from {name}"
        print(line if by_dyad.get(key) else line + "  no row for this dyad")
    for name, errs in errors.items():
        if not errs:
            continue
        for tolerance in tolerances:
            found = sum(1 for e in errs if e is not None and e <= tolerance)
            print(f"recall {found}/{len(shifts)} within {tolerance} days of the {name} day ({len(rows)} rows)")


if __name__ == "__main__":
    main()
