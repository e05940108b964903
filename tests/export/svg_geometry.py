"""Geometry of the SVG Graphviz draws for entente: the boxes of clusters
(blocs) and the shapes of nodes (actors), in the drawing's own coordinates or
on the page (after the graph's transform).

Graphviz writes each cluster as <g class="cluster"> holding a polygon (a path
when rounded) and each node as <g class="node"> holding an ellipse, a polygon
or a path; the node's title is its actor id and its tooltip names its bloc.
"""
import itertools
import math
import re
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def numbers(text):
    return [float(v) for v in NUMBER.findall(text)]


def shape_box(group):
    """(x0, y0, x1, y1) around the ellipses, polygons and paths under `group`
    (a path's control points bound its curve)."""
    xs, ys = [], []
    for element in group.iter():
        tag = element.tag[len(SVG):]
        if tag == "ellipse":
            cx, cy, rx, ry = (float(element.get(k)) for k in ("cx", "cy", "rx", "ry"))
            xs += [cx - rx, cx + rx]
            ys += [cy - ry, cy + ry]
        elif tag in ("polygon", "path"):
            v = numbers(element.get("points") or element.get("d"))
            xs += v[0::2]
            ys += v[1::2]
    if not xs:
        raise AssertionError(f"no shape in {group.get('id')}")
    return min(xs), min(ys), max(xs), max(ys)


def centre(box):
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def read(path):
    return ET.parse(path).getroot()


def clusters(root):
    """{cluster name: box}."""
    return {g.findtext(SVG + "title"): shape_box(g) for g in root.iter(SVG + "g") if g.get("class") == "cluster"}


def nodes(root):
    """{actor id: (box, bloc number or None)}; the bloc is read from the node's tooltip."""
    out = {}
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        link = next(g.iter(SVG + "a"), None)
        tooltip = link.get(XLINK + "title", "") if link is not None else ""
        bloc = re.search(r"\nbloc (\d+)(\n|$)", tooltip)
        out[g.findtext(SVG + "title")] = (shape_box(g), int(bloc.group(1)) if bloc else None)
    return out


def page_transform(root):
    """The graph's transform as (scale x, scale y, translate x, translate y):
    Graphviz writes scale(s s) rotate(0) translate(x y)."""
    graph = next(g for g in root.iter(SVG + "g") if g.get("class") == "graph")
    text = graph.get("transform")
    scale = re.search(r"scale\(([^)]*)\)", text)
    rotate = re.search(r"rotate\(([^)]*)\)", text)
    translate = re.search(r"translate\(([^)]*)\)", text)
    if rotate and numbers(rotate.group(1)) != [0.0]:
        raise AssertionError(f"a rotated drawing: {text}")
    sx, sy = numbers(scale.group(1)) if scale else (1.0, 1.0)
    tx, ty = numbers(translate.group(1)) if translate else (0.0, 0.0)
    return sx, sy, tx, ty


def page_centres(root):
    """{actor id: (x, y)} where each node's centre lands on the page."""
    sx, sy, tx, ty = page_transform(root)
    out = {}
    for actor, (box, _) in nodes(root).items():
        x, y = centre(box)
        out[actor] = (sx * (x + tx), sy * (y + ty))
    return out


def label_boxes(root):
    """{actor id: (x0, y0, x1, y1)}: the box of each node's label. Graphviz
    sizes a node so that its label's box fits inside it: for an ellipse, the
    rectangle with half-sides rx/sqrt 2 and ry/sqrt 2; for a box, the box."""
    boxes = {}
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        ellipse = next(g.iter(SVG + "ellipse"), None)
        if ellipse is None:
            boxes[g.findtext(SVG + "title")] = shape_box(g)
            continue
        cx, cy, rx, ry = (float(ellipse.get(k)) for k in ("cx", "cy", "rx", "ry"))
        w, h = rx / math.sqrt(2), ry / math.sqrt(2)
        boxes[g.findtext(SVG + "title")] = (cx - w, cy - h, cx + w, cy + h)
    return boxes


def overlapping(boxes):
    """The pairs of ids whose boxes overlap, from {id: (x0, y0, x1, y1)}."""
    return [(a, b) for (a, p), (b, q) in itertools.combinations(sorted(boxes.items()), 2)
            if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]]
