#!/usr/bin/env python3
"""Checks that `entente export --blocs` draws the truth about blocs: every
actor inside its own bloc's box and clear of every other bloc's box, on every
era of graphs/ecuador, the whole dataset, the difference graphs of
consecutive eras and the fixtures, with the default layout (dot) and with
fdp. A layout that cannot keep blocs apart (neato) must draw no boxes at all.

usage: check_bloc_boxes.py ENTENTE SOURCE_DIR
"""
import csv
import os
import subprocess
import sys
import tempfile

import svg_geometry as geometry

binary, source = sys.argv[1:3]
tmp = tempfile.mkdtemp(prefix="entente-blocs-")
failures = []


def draw(name, *args):
    path = os.path.join(tmp, name + ".svg")
    run = subprocess.run([binary, "export", *args, "--blocs", "--format", "svg", "-o", path], cwd=source,
                         capture_output=True, timeout=300)
    if run.returncode != 0:
        raise AssertionError(f"entente export {' '.join(args)} exited {run.returncode}: {run.stderr.decode()}")
    return geometry.read(path), run.stderr.decode()


def inside(box, outer):
    return outer[0] <= box[0] and outer[1] <= box[1] and box[2] <= outer[2] and box[3] <= outer[3]


def meets(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check_boxes(label, root, difference):
    """Problems with the bloc boxes of one drawing; the number of boxes. In a
    difference graph, actors of A only have no bloc (blocs are those of B)."""
    boxes = geometry.clusters(root)
    actors = geometry.nodes(root)
    blocs = {bloc for _, bloc in actors.values()}
    problems = []
    if None in blocs and not difference:
        problems.append(f"{label}: actors without a bloc: {[a for a, (_, b) in actors.items() if b is None]}")
    if set(boxes) != {f"cluster_bloc_{b}" for b in blocs if b is not None}:
        problems.append(f"{label}: boxes {sorted(boxes)} for blocs {sorted(b for b in blocs if b is not None)}")
    for actor, (shape, bloc) in actors.items():
        x, y = geometry.centre(shape)
        for name, box in boxes.items():
            if name == f"cluster_bloc_{bloc}":
                if not inside(shape, box) or not (box[0] < x < box[2] and box[1] < y < box[3]):
                    problems.append(f"{label}: {actor} of bloc {bloc} is not inside its box: {shape} in {box}")
            elif meets(shape, box):
                problems.append(f"{label}: {actor} of bloc {bloc} is inside the box of {name}: {shape} meets {box}")
    return problems, len(boxes)


def era_ids(dataset):
    with open(os.path.join(source, dataset, "eras.csv"), encoding="utf-8") as f:
        return [row[0] for row in csv.reader(line for line in f if not line.startswith("#"))][1:]


eras = era_ids("graphs/ecuador")
drawings = [(f"era {e}", ("--era", e)) for e in eras]
drawings.append(("the whole of ecuador", ()))
drawings += [(f"{a} to {b}", ("--between", a, b)) for a, b in zip(eras, eras[1:])]
for fixture in ("camps", "chain", "shift", "tiny", "hostile"):
    drawings.append((fixture, (f"tests/data/{fixture}",)))
    if os.path.exists(os.path.join(source, "tests/data", fixture, "eras.csv")):
        drawings += [(f"{fixture} era {e}", (f"tests/data/{fixture}", "--era", e)) for e in era_ids(f"tests/data/{fixture}")]

with_two_boxes = 0
for label, args in drawings:
    for layout in ([], ["--layout", "fdp"]):
        name = f"{label} {' '.join(layout)}".strip()
        try:
            root, _ = draw(name.replace(" ", "_"), *args, *layout)
            problems, boxes = check_boxes(name, root, "--between" in args)
            failures += problems
            with_two_boxes += boxes >= 2 and not layout
        except AssertionError as e:
            failures.append(f"{name}: {e}")

# The check means something only if blocs were drawn apart: the Correa and Moreno eras have two blocs each.
if with_two_boxes < 5:
    failures.append(f"only {with_two_boxes} drawings with two blocs or more")

# neato places actors as if there were no blocs: no boxes, and fills still tell the blocs apart.
root, stderr = draw("correa_neato", "--era", "correa", "--layout", "neato")
if geometry.clusters(root):
    failures.append(f"neato drew bloc boxes: {sorted(geometry.clusters(root))}")
if "blocs are told by fill colour only" not in stderr:
    failures.append(f"no word that neato draws no boxes: {stderr!r}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{len(drawings)} drawings, each with every actor inside its own bloc's box only")
