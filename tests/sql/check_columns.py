#!/usr/bin/env python3
"""Checks that the query of `entente import --emit-sql` reads only the columns
an event is made of (BigQuery bills by the columns a query touches): for every
dialect and format, the quoted names in the query are those six and the names
of its result, and no other column of the format's header appears in it.

usage: check_columns.py ENTENTE
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_tables import GDELT1, GDELT2  # noqa: E402

# The columns read, by the formats' own names.
READ = {
    "gdelt1": ["GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor2CountryCode", "EventCode", "GoldsteinScale"],
    "icews": ["Event ID", "Event Date", "Source Country", "Target Country", "CAMEO Code", "Intensity"],
}
READ["gdelt2"] = READ["gdelt1"]
# The header of an ICEWS events file.
ICEWS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
         "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
         "City", "District", "Province", "Country", "Latitude", "Longitude"]
HEADER = {"gdelt1": GDELT1, "gdelt2": GDELT2, "icews": ICEWS}
RESULT = ["date", "source", "target", "code", "weight", "count"]


def main():
    entente = sys.argv[1]
    failures = 0
    for source in ("gdelt1", "gdelt2", "icews"):
        for dialect in ("bigquery", "spark", "duckdb", "sqlite"):
            args = [entente, "import", "--source", source, "--aggregate", "month", "--dedup", "daily",
                    "--emit-sql", dialect]
            if dialect == "bigquery" and source == "icews":
                args += ["--table", "my-project.icews.events"]
            query = subprocess.run(args, capture_output=True, text=True, check=True).stdout
            code = "\n".join(line for line in query.splitlines() if not line.startswith("--"))
            quote = "`" if dialect in ("bigquery", "spark") else '"'
            quoted = re.findall(f"{quote}([^{quote}]+){quote}", code)
            names = sorted(set(n for n in quoted if "." not in n))
            want = sorted(set(READ[source] + RESULT))
            problems = []
            if names != want:
                problems.append(f"quoted names {names}, expected {want}")
            # The header comment names the columns read, in the importers' order.
            if f"-- Columns read: {', '.join(READ[source])}." not in query:
                problems.append("the header does not list the columns read")
            # Outside string literals (country names: 'Vatican City') and the names read ("Source Country"):
            bare = re.sub(r"'(?:[^'\\]|\\.|'')*'", "''", code)
            for name in READ[source]:
                bare = bare.replace(f"{quote}{name}{quote}", "")
            for other in sorted(set(HEADER[source]) - set(READ[source])):
                if re.search(rf"(?<![\w]){re.escape(other)}(?![\w])", bare):
                    problems.append(f"touches {other}")
            table = "`my-project.icews.events`" if dialect == "bigquery" and source == "icews" else None
            if table and f"FROM {table}\n" not in query:
                problems.append(f"does not read {table}")
            label = f"{source} {dialect}"
            if problems:
                failures += 1
                print(f"FAIL {label}: " + "; ".join(problems))
            else:
                print(f"ok {label}: reads {', '.join(READ[source])}")
    print(f"{12 - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
