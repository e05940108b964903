#!/usr/bin/env python3
"""Golden drawings of graphs/ecuador: every era drawn by `entente export` (DOT
and SVG), the whole dataset, and the era diagrams of `entente report`, each
byte for byte as recorded in tests/data/golden/ecuador_drawings.sha256. Views
this small are drawn whole, with every tie and the layout they always had;
thinning large drawings (render/backbone.*) must not touch them.

The files are many and long, so the golden file holds their SHA-256 digests.
A failing run keeps what it drew under ARTEFACTS/ecuador_drawings/, to compare
with a build of the last commit that passed.

usage: check_ecuador_drawings.py ENTENTE SOURCE_DIR ARTEFACTS
With ENTENTE_BLESS=1, the golden file is rewritten (review it with git diff).
"""
import csv
import hashlib
import os
import shutil
import subprocess
import sys

binary, source, artefacts = sys.argv[1:4]
golden = os.path.join(source, "tests", "data", "golden", "ecuador_drawings.sha256")
out = os.path.join(artefacts, "ecuador_drawings")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(os.path.join(out, "export"))


def entente(*args):
    subprocess.run([binary, *args], cwd=source, check=True, capture_output=True, timeout=600)


def era_ids():
    with open(os.path.join(source, "graphs", "ecuador", "eras.csv"), encoding="utf-8") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        next(rows)
        return [row[0] for row in rows]


for era in era_ids():
    for fmt in ("dot", "svg"):
        entente("export", "graphs/ecuador", "--era", era, "--format", fmt, "-o",
                os.path.join(out, "export", f"{era}.{fmt}"))
for fmt in ("dot", "svg"):
    entente("export", "graphs/ecuador", "--format", fmt, "-o", os.path.join(out, "export", f"all.{fmt}"))
entente("report", "graphs/ecuador", "--quiet", "-o", os.path.join(out, "report"))

digests = {}
for folder in (os.path.join(out, "export"), os.path.join(out, "report", "eras")):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            digests[os.path.relpath(path, out)] = hashlib.sha256(f.read()).hexdigest()
lines = [f"{digest}  {name}\n" for name, digest in sorted(digests.items())]

if os.environ.get("ENTENTE_BLESS") == "1":
    with open(golden, "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(f"check_ecuador_drawings: blessed {len(lines)} drawings")
    sys.exit(0)

with open(golden, encoding="utf-8") as f:
    expected = dict(reversed(line.split()) for line in f if line.strip())
changed = sorted(n for n in expected.keys() | digests.keys() if expected.get(n) != digests.get(n))
if changed:
    print(f"check_ecuador_drawings: {len(changed)} of {len(expected)} drawings differ from the golden ones "
          f"(kept under {out}): " + ", ".join(changed[:20]) + (" ..." if len(changed) > 20 else ""))
    sys.exit(1)
shutil.rmtree(out)
print(f"check_ecuador_drawings: {len(digests)} drawings byte-identical to the golden ones")
