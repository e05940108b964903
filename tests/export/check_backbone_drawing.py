#!/usr/bin/env python3
"""A drawing of a dense graph, as machine-coded data gives: 150 states with a
tie between nearly every two. `entente export --format svg` and the era
diagrams of `entente report` must draw its backbone within the default budget
(at most 200 relations and 100 actors), say so in the caption, keep every
node's label box clear of every other (svg_geometry.label_boxes), finish in
seconds rather than minutes, and give the same bytes on a second run.

usage: check_backbone_drawing.py ENTENTE SOURCE_DIR
"""
import csv
import filecmp
import itertools
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import svg_geometry as geometry

MAX_EDGES, MAX_ACTORS = 200, 100  # the defaults of --max-edges and --max-actors

binary, source = sys.argv[1:3]
tmp = tempfile.mkdtemp(prefix="entente-backbone-")
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def states(n):
    with open(os.path.join(source, "data", "countries.csv"), encoding="utf-8") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        next(rows)
        return [row[0] for row in rows][:n]


def write_dense_events(path):
    """Nearly every pair of 150 states tied by one to three rows of 2010 to 2013, in date order, each
    counting a heavy-tailed number of events (the count column), so that a few ties stand out."""
    rng = random.Random(25)
    actors = states(150)
    rows = []
    for a, b in itertools.combinations(actors, 2):
        if rng.random() < 0.1:
            continue
        for _ in range(rng.randint(1, 3)):
            day = f"{rng.randint(2010, 2013)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            weight = rng.choice([-10, -7, -4, -2, 1, 2, 3.5, 6, 8])
            count = 1 + int(60 * rng.random() ** 6)
            rows.append((day, a, b, "040" if weight > 0 else "110", str(weight), str(count)))
    rows.sort()
    with open(path, "w", encoding="utf-8") as f:
        f.write("date,source,target,code,weight,count\n")
        f.writelines(",".join(row) + "\n" for row in rows)
    with open(os.path.join(tmp, "eras.csv"), "w", encoding="utf-8") as f:
        f.write(f"id,actor,label,start,end\nfirst,{actors[0]},First,2010-01-01,2012-01-01\n"
                f"second,{actors[0]},Second,2012-01-01,2014-01-01\n")
    return len(set(rows))


def entente(*args):
    run = subprocess.run([binary, *args], cwd=source, capture_output=True, timeout=120)
    if run.returncode != 0:
        raise SystemExit(f"check_backbone_drawing: entente {' '.join(args)} exited {run.returncode}: "
                         f"{run.stderr.decode()}")


def check_drawing(name, path):
    root = ET.parse(path).getroot()
    edges = sum(1 for g in root.iter(geometry.SVG + "g") if g.get("class") == "edge")
    boxes = geometry.label_boxes(root)
    expect(0 < edges <= MAX_EDGES, f"{name}: {edges} relations drawn, budget {MAX_EDGES}")
    expect(0 < len(boxes) <= MAX_ACTORS, f"{name}: {len(boxes)} actors drawn, budget {MAX_ACTORS}")
    caption = " ".join(t.text or "" for t in root.find(geometry.SVG + "g").findall(geometry.SVG + "text"))
    expect(re.search(r"drawn: the \d+ most significant of [\d,]+ relations", caption) is not None,
           f"{name}: the caption does not say what was drawn: {caption}")
    expect("without a kept tie not drawn" in caption, f"{name}: the caption does not count the actors left out")
    overlaps = geometry.overlapping(boxes)
    expect(not overlaps, f"{name}: {len(overlaps)} label boxes overlap, e.g. {overlaps[:3]}")
    return edges, len(boxes)


events = os.path.join(tmp, "dense.csv")
write_dense_events(events)
for run in ("a", "b"):
    entente("export", events, "--format", "svg", "-o", os.path.join(tmp, f"export-{run}.svg"))
    entente("report", events, "--eras", os.path.join(tmp, "eras.csv"), "--quiet", "-o", os.path.join(tmp, run))
expect(filecmp.cmp(os.path.join(tmp, "export-a.svg"), os.path.join(tmp, "export-b.svg"), shallow=False),
       "two runs of export drew different bytes")
drawn = [check_drawing("export", os.path.join(tmp, "export-a.svg"))]
for era in ("first", "second"):
    drawn.append(check_drawing(f"report era {era}", os.path.join(tmp, "a", "eras", f"{era}.svg")))
    expect(filecmp.cmp(os.path.join(tmp, "a", "eras", f"{era}.svg"), os.path.join(tmp, "b", "eras", f"{era}.svg"),
                       shallow=False), f"two runs of report drew era {era} differently")

if failures:
    print("check_backbone_drawing:\n  " + "\n  ".join(failures))
    sys.exit(1)
shutil.rmtree(tmp)
print("check_backbone_drawing: " + ", ".join(f"{e} relations and {a} actors" for e, a in drawn) +
      " drawn, no two labels overlapping, the same bytes twice")
