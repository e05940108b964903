#!/usr/bin/env python3
"""Writes a GDELT 1.0-format events file of about --mb megabytes by repeating
the rows of a real-format sample (GDELT 1.0, 57 or 58 tab-separated columns),
each repetition with fresh GLOBALEVENTIDs so that no row is a duplicate.

Usage: make_gdelt_file.py SAMPLE.tsv OUT.tsv [--mb 1024]
"""
import argparse
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sample")
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=1024.0, help="size to reach, in MB (10^6 bytes)")
    args = ap.parse_args()

    with open(args.sample, "rb") as f:
        rows = [line.rstrip(b"\r\n").split(b"\t", 1) for line in f if line.strip()]
    if not rows:
        sys.exit(f"{args.sample}: no rows")
    target = int(args.mb * 1e6)
    written = 0
    next_id = 1
    with open(args.out, "wb") as out:
        while written < target:
            chunk = []
            for _, rest in rows:
                chunk.append(b"%d\t%s\n" % (next_id, rest))
                next_id += 1
            data = b"".join(chunk)
            out.write(data)
            written += len(data)
    print(f"{args.out}: {written} bytes, {next_id - 1} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
