#!/usr/bin/python3
"""Cross-checks `entente metrics --format json` against igraph and NetworkX.

    check_metrics.py ENTENTE SOURCE_DIR

Three kinds of graph:
- random signed weighted graphs, undirected and directed, written as small
  datasets (one event per dyad, explicit weight) to a temporary folder;
- graphs full of ties (weights 1/2, 1, 2, 4: path lengths sum exactly);
- the eras of graphs/ecuador, and two decayed instants of it, whose dyad
  scores this script computes itself from the CSV files with the time model
  of DESIGN.md section 3 (a second, independent reading of the data).

Every betweenness is also checked against its bound, (n-1)(n-2) pairs,
halved when undirected, including on decayed views that forget nothing
(--epsilon 0), where lengths span sixty orders of magnitude and no peer is
exact.

For each graph it compares per actor: degree, strength, net strength,
betweenness, harmonic closeness, PageRank and eigenvector centrality; per
graph: actors, edges, density, positive share, components and the largest
one. A value agrees when |entente - peer| <= 1e-6 · max(1, |peer|).

The conventions entente documents in its metric headers are requested from
the peers explicitly: betweenness as raw pair counts (normalized=False),
harmonic closeness not normalised with paths towards the actor in a directed
graph (igraph mode "in"), distance 1/score and weight score on the positive
subgraph, eigenvector scaled to a largest value of 1. The eigenvector is
compared with igraph only where it is unique (the leading eigenvalue is
simple), with NetworkX wherever the positive subgraph has edges (entente
iterates as NetworkX does), and in directed graphs only when the positive
subgraph is strongly connected (elsewhere it need not exist).
"""
import csv
import datetime
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import warnings

import igraph
import networkx as nx
import numpy

TOLERANCE = 1e-6
# igraph notes that a weighted directed eigenvector may not exist; the cases compared are strongly connected.
warnings.filterwarnings("ignore", message="Weighted directed graph in eigenvector centrality")
EPOCH = datetime.date(1970, 1, 1).toordinal()


class Checker:
    def __init__(self):
        self.failures = []
        self.values = 0

    def same(self, where, got, expected):
        self.values += 1
        if got is None or expected is None:
            if got is not expected:
                self.failures.append(f"{where}: entente {got}, peer {expected}")
            return
        if abs(got - expected) > TOLERANCE * max(1.0, abs(expected)):
            self.failures.append(f"{where}: entente {got!r}, peer {expected!r}")


def run_metrics(binary, dataset, *args):
    run = subprocess.run([binary, "metrics", dataset, "--format", "json", *args], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"entente metrics {dataset} {' '.join(args)} failed ({run.returncode}): {run.stderr}")
    return json.loads(run.stdout)


def peer_values(actors, dyads, directed):
    """Every metric of the graph with vertices `actors` and edges {(a, b): score} (|score| > 0), by igraph and NetworkX."""
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(actors)
    for (a, b), score in dyads.items():
        G.add_edge(a, b, score=score)
    P = nx.DiGraph() if directed else nx.Graph()
    P.add_nodes_from(actors)
    for (a, b), score in dyads.items():
        if score > 0:
            P.add_edge(a, b, weight=score, distance=1.0 / score)

    position = {a: i for i, a in enumerate(actors)}
    positive = [(a, b, s) for (a, b), s in dyads.items() if s > 0]
    I = igraph.Graph(n=len(actors), edges=[(position[a], position[b]) for a, b, _ in positive], directed=directed)
    weight = [s for _, _, s in positive]
    distance = [1.0 / s for s in weight]

    per_actor = {a: {} for a in actors}

    def put(metric, peer, values):
        for a, v in (values.items() if isinstance(values, dict) else zip(actors, values)):
            per_actor[a][(metric, peer)] = v

    for a in actors:
        edges = list(G.in_edges(a, data="score")) + list(G.out_edges(a, data="score")) if directed else \
            list(G.edges(a, data="score"))
        put("degree", "networkx", {a: len(edges)})
        put("strength", "networkx", {a: sum(abs(s) for _, _, s in edges)})
        put("net_strength", "networkx", {a: sum(s for _, _, s in edges)})

    put("betweenness", "networkx", nx.betweenness_centrality(P, weight="distance", normalized=False))
    put("betweenness", "igraph", I.betweenness(weights=distance or None, directed=directed))
    put("closeness", "networkx", nx.harmonic_centrality(P, distance="distance"))
    put("closeness", "igraph", I.harmonic_centrality(weights=distance or None, mode="in" if directed else "all",
                                                     normalized=False))
    if actors:
        put("pagerank", "networkx", nx.pagerank(P, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000))
        put("pagerank", "igraph", I.pagerank(weights=weight or None, damping=0.85, directed=directed))

    if positive and (not directed or nx.is_strongly_connected(P)):
        ev = nx.eigenvector_centrality(P, weight="weight", tol=1e-13, max_iter=100000)
        top = max(ev.values())
        put("eigenvector", "networkx", {a: v / top for a, v in ev.items()})
        # A strongly connected digraph has a unique Perron vector; an undirected graph one when λ1 > λ2.
        spectrum = sorted(numpy.linalg.eigvalsh(nx.to_numpy_array(P, nodelist=actors, weight="weight")),
                          reverse=True) if not directed else [1.0]
        if len(spectrum) < 2 or spectrum[0] - spectrum[1] > 1e-6 * spectrum[0]:
            put("eigenvector", "igraph", I.eigenvector_centrality(weights=weight, directed=directed, scale=True))

    n = len(actors)
    components = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    graph = {
        "actors": n,
        "edges": G.number_of_edges(),
        "density": nx.density(G) if n >= 2 else 0.0,
        "positive_share": len(positive) / G.number_of_edges() if G.number_of_edges() else None,
        "components": len(components),
        "largest_component": max((len(c) for c in components), default=0),
    }
    return per_actor, graph


def compare(checker, name, result, actors, dyads, directed):
    per_actor, graph = peer_values(actors, dyads, directed)
    rows = {row["actor"]: row for row in result["actors"]}
    if sorted(rows) != sorted(actors):
        checker.failures.append(f"{name}: actors {sorted(rows)}, peers {sorted(actors)}")
        return
    for a in actors:
        for (metric, peer), expected in per_actor[a].items():
            checker.same(f"{name} {a} {metric} ({peer})", rows[a][metric], expected)
    within_bound(checker, name, result, directed)
    got = result["graph"][0]
    for key, expected in graph.items():
        checker.same(f"{name} graph {key} (networkx)", got[key], expected)
    ig = igraph.Graph(n=len(actors), edges=[(actors.index(a), actors.index(b)) for a, b in dyads],
                      directed=directed)
    checker.same(f"{name} graph components (igraph)", got["components"],
                 len(ig.connected_components(mode="weak")))


def within_bound(checker, name, result, directed):
    """No actor lies between more pairs than there are: (n-1)(n-2), halved when undirected."""
    n = len(result["actors"])
    bound = (n - 1) * (n - 2) / (1 if directed else 2)
    for row in result["actors"]:
        checker.values += 1
        if row["betweenness"] > bound * (1 + 1e-12):
            checker.failures.append(f"{name} {row['actor']} betweenness {row['betweenness']} > {bound}")


def write_dataset(folder, actors, events):
    """A dataset of one event per dyad on 2020-01-01 with an explicit weight."""
    os.makedirs(folder)
    with open(os.path.join(folder, "actors.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,kind\n" + "".join(f"{a},Actor {a},state\n" for a in actors))
    with open(os.path.join(folder, "events.csv"), "w", encoding="utf-8") as f:
        f.write("date,source,target,code,weight\n")
        f.write("".join(f"2020-01-01,{a},{b},042,{w!r}\n" for a, b, w in events))


def random_graphs(checker, binary, folder, rng):
    shapes = [(n, p, d) for n in (2, 3, 5, 8, 13, 21, 34) for p in (0.08, 0.25, 0.6) for d in (False, True)]
    for i, (n, p, directed) in enumerate(shapes):
        actors = [f"A{k:02}" for k in range(n)]
        events = []
        for a in range(n):
            for b in range(n):
                if a == b or (not directed and b < a) or rng.random() >= p:
                    continue
                # Some ties are weak (a tenth of the weight); a few weigh 0, which leaves actors without edges.
                weight = 0.0 if rng.random() < 0.05 else rng.uniform(-10, 10) * (1 if rng.random() < 0.7 else 0.1)
                events.append((actors[a], actors[b], weight))
        dataset = os.path.join(folder, f"random{i}")
        write_dataset(dataset, actors, events)
        active = sorted({x for a, b, _ in events for x in (a, b)})
        dyads = {(a, b): w for a, b, w in events if w != 0.0}
        result = run_metrics(binary, dataset, *(["--directed"] if directed else []))
        compare(checker, f"random{i} (n={n}, p={p}{', directed' if directed else ''})", result, active, dyads,
                directed)


def tied_graphs(checker, binary, folder, rng):
    """Graphs full of equally short paths: weights 1/2, 1, 2 and 4 make lengths that are powers of two,
    whose sums are exact, so every peer sees the same ties."""
    for i, (n, directed) in enumerate((n, d) for n in (6, 12, 24) for d in (False, True)):
        actors = [f"T{k:02}" for k in range(n)]
        events = [(actors[a], actors[b], rng.choice((0.5, 1.0, 2.0, 4.0))) for a in range(n) for b in range(n)
                  if a != b and (directed or a < b) and rng.random() < 0.35]
        dataset = os.path.join(folder, f"tied{i}")
        write_dataset(dataset, actors, events)
        active = sorted({x for a, b, _ in events for x in (a, b)})
        result = run_metrics(binary, dataset, *(["--directed"] if directed else []))
        compare(checker, f"tied{i} (n={n}{', directed' if directed else ''})", result, active,
                {(a, b): w for a, b, w in events}, directed)


# --- graphs/ecuador, read independently -----------------------------------------------------------------

def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines))


def interval(text):
    """[start, end) in days since 1970-01-01 of a date of reduced precision."""
    parts = [int(x) for x in text.split("-")]
    start = datetime.date(*(parts + [1] * (3 - len(parts))))
    if len(parts) == 3:
        end = start + datetime.timedelta(days=1)
    elif len(parts) == 2:
        end = datetime.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    else:
        end = datetime.date(start.year + 1, 1, 1)
    return start.toordinal() - EPOCH, end.toordinal() - EPOCH


def ecuador_events(source_dir):
    """(start, end, source, target, weight × count) of each event of graphs/ecuador, days [start, end)."""
    folder = os.path.join(source_dir, "graphs", "ecuador")
    goldstein = {r["code"]: float(r["goldstein"]) for r in read_rows(os.path.join(source_dir, "data", "cameo.csv"))}
    events = []
    for r in read_rows(os.path.join(folder, "events.csv")):
        start, end = interval(r["date"])
        if r.get("end"):
            end = interval(r["end"])[1]
        weight = float(r["weight"]) if r.get("weight") else goldstein[r["code"]]
        mass = weight * int(r.get("count") or 1)
        if r.get("per") == "year":  # a weight per year: the row weighs it times its years
            mass *= (end - start) / 365.2425
        # A mutual row (the act of both sides) is one row: undirected, it counts once like any other.
        events.append((start, end, r["source"], r["target"], mass))
    return events


def ecuador(checker, binary, source_dir):
    folder = os.path.join(source_dir, "graphs", "ecuador")
    events = ecuador_events(source_dir)
    span_end = max(e[1] for e in events)
    eras = read_rows(os.path.join(folder, "eras.csv"))
    open_end = max([span_end] + [interval(e["start"])[0] + 1 for e in eras] +
                   [interval(e["end"])[0] for e in eras if e["end"]])
    for era in eras:
        lo = interval(era["start"])[0]
        hi = interval(era["end"])[0] if era["end"] else open_end
        scores = {}
        for start, end, a, b, mass in events:
            overlap = min(end, hi) - max(start, lo)
            if overlap <= 0:
                continue
            key = tuple(sorted((a, b)))
            scores[key] = scores.get(key, 0.0) + mass * overlap / (end - start)
        active = sorted({x for key in scores for x in key})
        dyads = {key: s for key, s in scores.items() if s != 0.0}
        compare(checker, f"ecuador era {era['id']}", run_metrics(binary, folder, "--era", era["id"]), active, dyads,
                False)


def ecuador_instants(checker, binary, source_dir):
    """Decayed views (`--at`, one-year half-life): each day of an event counts 2^(-age / half-life) of its
    share, summed here day by day. With the default forgetting threshold (a relation is an edge when its
    |score| > 0.01) scores stay within a few orders of magnitude and the peers are exact; with --epsilon 0,
    treaties of the 1820s weigh 1e-56, path lengths reach 1e56 and swallow the short ones in rounding, so
    only the bound on betweenness is checked."""
    folder = os.path.join(source_dir, "graphs", "ecuador")
    events = ecuador_events(source_dir)
    half_life = 365.2425
    for day in ("2008-03-10", "2020-01-01"):
        at = interval(day)[0]
        scores = {}
        for start, end, a, b, mass in events:
            if start > at:
                continue
            share = math.fsum(2.0 ** (-(at - s) / half_life) for s in range(start, min(end - 1, at) + 1))
            key = tuple(sorted((a, b)))
            scores[key] = scores.get(key, 0.0) + mass * share / (end - start)
        active = sorted({x for key in scores for x in key})
        dyads = {key: s for key, s in scores.items() if abs(s) > 0.01}
        name = f"ecuador at {day}, half-life 1y"
        compare(checker, name, run_metrics(binary, folder, "--at", day, "--half-life", "1y"), active, dyads, False)
        within_bound(checker, name + ", epsilon 0",
                     run_metrics(binary, folder, "--at", day, "--half-life", "1y", "--epsilon", "0"), False)


def main():
    binary, source_dir = sys.argv[1:3]
    checker = Checker()
    with tempfile.TemporaryDirectory(prefix="entente-peers-") as folder:
        random_graphs(checker, binary, folder, random.Random(4))
        tied_graphs(checker, binary, folder, random.Random(17))
    ecuador(checker, binary, source_dir)
    ecuador_instants(checker, binary, source_dir)
    if checker.failures:
        print("\n".join(checker.failures[:50]))
        print(f"{len(checker.failures)} of {checker.values} values disagree with the peers")
        sys.exit(1)
    print(f"{checker.values} values agree with igraph and NetworkX to {TOLERANCE}")


if __name__ == "__main__":
    main()
