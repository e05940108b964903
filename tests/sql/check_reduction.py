#!/usr/bin/env python3
"""Runs the query of `entente import --emit-sql ENGINE` in the engine (sqlite:
the sqlite3 shell; duckdb: DuckDB's library for Node, through run_duckdb.mjs)
on the import fixtures loaded as a table `events`, saves the result as CSV as
the engine writes it, and checks it row for row against the events.csv that
`entente import` writes with the same options; then that entente reads the
engine's CSV as it is, plain or gzip (validate and report).

usage: check_reduction.py sqlite|duckdb ENTENTE SOURCE_DIR
"""
import csv
import gzip
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_tables import write_table_csv  # noqa: E402

IMPORT = "tests/data/import/"
SQL = "tests/data/sql/"
GDELT1 = [SQL + "gdelt1_quirks.tsv", IMPORT + "gdelt1_mixed.tsv", IMPORT + "gdelt1_daily.tsv.gz"]
GDELT2 = [IMPORT + "gdelt2_export.CSV", SQL + "gdelt2_quirks.CSV"]
ICEWS = [SQL + "icews_quirks.tab", IMPORT + "icews_events.tab", IMPORT + "icews_repeats.tab"]

# (source, files, options, reversed): every aggregate, the filters and --dedup
# daily. An SQL table has no order: where the query cannot know which row the
# import met first (repeated ids, --dedup daily), it keeps the earliest dated
# and the lowest id, which is what the import keeps of files in date order.
# So those cases load the table's rows in reverse too: the result is the same.
# --dedup daily cases import files in date order (the import checks rows up
# to 31 days before the latest date read, the query every row).
CASES = [
    ("gdelt1", GDELT1, ["--aggregate", "day"], False),
    ("gdelt1", GDELT1, ["--aggregate", "month"], True),
    ("gdelt1", GDELT1, ["--aggregate", "year"], False),
    ("gdelt1", GDELT1, ["--aggregate", "month", "--countries", "ECU,COL", "--from", "1995", "--to", "2016-07"], False),
    ("gdelt1", GDELT1[:1], ["--aggregate", "day", "--dedup", "daily"], False),
    ("gdelt1", GDELT1[:1], ["--aggregate", "day", "--dedup", "daily"], True),
    ("gdelt2", GDELT2, ["--aggregate", "day"], True),
    ("gdelt2", GDELT2, ["--aggregate", "year", "--dedup", "daily", "--from", "2016-10-13"], False),
    ("icews", ICEWS, ["--aggregate", "day"], True),
    ("icews", ICEWS, ["--aggregate", "month", "--countries", "RUS"], False),
    ("icews", ICEWS, ["--aggregate", "year", "--from", "2018-06-02", "--to", "2018-06-30"], False),
    ("icews", ICEWS, ["--aggregate", "day", "--dedup", "daily"], True),
    ("icews", ICEWS, ["--aggregate", "month", "--keep-repeated-ids"], False),
    ("icews", ICEWS, ["--aggregate", "day", "--keep-repeated-ids", "--dedup", "daily"], True),
]


def run(args, **kw):
    r = subprocess.run(args, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(args)}\n{r.stdout}{r.stderr}")
    return r.stdout


def sqlite(names, table_csv, query_path, out_csv, work):
    columns = ", ".join(f'"{n}" TEXT' for n in names)
    script = (f"CREATE TABLE events ({columns});\n.import --csv --skip 1 {table_csv} events\n"
              f".headers on\n.mode csv\n.once {out_csv}\n.read {query_path}\n")
    run(["sqlite3", "-bail", os.path.join(work, "events.db")], input=script)


def duckdb(names, table_csv, query_path, out_csv, work):
    here = os.path.dirname(os.path.abspath(__file__))
    if not os.path.isdir(os.path.join(here, "node_modules", "@duckdb", "node-api")):
        sys.exit("DuckDB's Node package is not in tests/sql/node_modules: run scripts/install-deps.sh")
    runner = os.path.join(here, "run_duckdb.mjs")
    run(["node", runner, table_csv, query_path, out_csv])


ENGINES = {"sqlite": sqlite, "duckdb": duckdb}


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def main():
    engine, entente, source_dir = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    os.chdir(source_dir)
    failures = 0
    compared = 0
    with tempfile.TemporaryDirectory(prefix=f"entente-sql-{engine}-") as tmp:
        for n, (source, files, options, reverse) in enumerate(CASES):
            work = os.path.join(tmp, str(n))
            os.mkdir(work)
            label = f"{source} {' '.join(options)}{' (rows reversed in the table)' if reverse else ''}"
            run([entente, "import", "--source", source, *files, *options, "-o", os.path.join(work, "imported")])
            query = run([entente, "import", "--source", source, *options, "--emit-sql", engine])
            query_path = os.path.join(work, "query.sql")
            with open(query_path, "w", encoding="utf-8") as f:
                f.write(query)
            table_csv = os.path.join(work, "events_table.csv")
            names = write_table_csv(source, files, table_csv, reverse)
            out_csv = os.path.join(work, "result.csv")
            ENGINES[engine](names, table_csv, query_path, out_csv, work)
            want = rows(os.path.join(work, "imported", "events.csv"))
            got = rows(out_csv)
            if got != want:
                failures += 1
                print(f"FAIL {label}: {engine} rows differ from import's events.csv")
                for i in range(max(len(got), len(want))):
                    g = got[i] if i < len(got) else None
                    w = want[i] if i < len(want) else None
                    if g != w:
                        print(f"  row {i}: {engine} {g} import {w}")
                continue
            if len(want) < 3:
                sys.exit(f"{label}: only {len(want) - 1} rows: the case shows nothing")
            compared += len(want) - 1
            # The engine's file as it is: a bare events file entente validates and reports on.
            run([entente, "validate", out_csv])
            with open(out_csv, "rb") as plain, gzip.open(out_csv + ".gz", "wb") as packed:
                packed.write(plain.read())
            run([entente, "validate", out_csv + ".gz"])
            run([entente, "report", out_csv, "-o", os.path.join(work, "report"), "--quiet"])
            if not os.path.exists(os.path.join(work, "report", "index.html")):
                sys.exit(f"{label}: report wrote no index.html")
            print(f"ok {label}: {len(want) - 1} rows equal")
    print(f"{len(CASES) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
