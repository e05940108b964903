#!/usr/bin/env python3
"""Browser test of the report's interactive network (the Explore section of
index.html), for one dataset.

Writes the report twice (index.html must be byte-identical, under 3 MB, and
hold the vendored cytoscape.js byte for byte), then drives the page in
headless Chromium through a script added to a copy of it:
- moves the slider to every era (and a sample of the windows) and reads the
  relations cytoscape draws: each step must draw exactly the relations that
  `entente export DATASET --era ID --format json` (or `--from/--to` for a
  window) gives, with their scores;
- hovers the strongest relation of the busiest era with mouse events on the
  canvas: the panel must give its score, its two channels and its main
  event, as `export --format json` lists them;
- clicks an actor: its ties stay lit (as many as its relations in export's
  JSON), the rest fades, and its timeline lists every step;
- clicks the relation with the most ruptures: its panel lists as many
  ruptures as `entente ruptures --actor FOCAL` has for that dyad;
- presses Play: the slider moves on by itself, a step each 1.2 s, up to the last era;
- readers without JavaScript get a note and the static diagrams;
- no console message, no script error, no content-policy violation and no
  resource fetched (Chromium's resource timing, and its console log on stderr).

Usage: check_explore.py ENTENTE DATASET FOCAL WORKDIR ARTEFACTS
"""
import csv
import filecmp
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys

MAX_BYTES = 3_000_000
HERE = os.path.dirname(os.path.abspath(__file__))
VENDORED = os.path.join(HERE, "..", "..", "vendor", "cytoscape", "cytoscape.min.js")


def fail(message):
    print("check_explore: " + message)
    sys.exit(1)


def run(entente, *args):
    done = subprocess.run([entente, *args], capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"entente {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def chromium(args, user_dir):
    base = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--enable-logging=stderr", "--log-level=0", f"--user-data-dir={user_dir}"]
    return subprocess.run(base + args, capture_output=True, timeout=180)


# Runs first (added right after <head>): catches errors and console output before the page's scripts run.
CATCH = """<script>
window.caught = {errors: [], console: [], violations: []};
window.addEventListener('error', e => caught.errors.push(String(e.message)));
document.addEventListener('securitypolicyviolation', e => caught.violations.push(e.violatedDirective + ' ' + e.blockedURI));
for (const level of ['error', 'warn', 'log', 'info']) {
  const original = console[level];
  console[level] = (...args) => { caught.console.push(level + ': ' + args.join(' ')); original.apply(console, args); };
}
</script>"""

# Runs after load: drives the page as a reader would and writes what it saw into the DOM.
DRIVE = """<script>
window.addEventListener('load', async () => {
  const plan = PLAN;
  const out = {steps: [], hover: null, actor: null, dyad: null, play: null};
  const x = window.ententeExplorer;
  const slider = document.getElementById('explore-slider');
  const kinds = document.getElementById('explore-kind');
  const canvas = () => document.querySelector('#explore-graph canvas:last-of-type');
  const mouse = (type, at) => {
    const box = document.getElementById('explore-graph').getBoundingClientRect();
    const init = {bubbles: true, cancelable: true, clientX: box.left + at.x, clientY: box.top + at.y, button: 0,
                  buttons: type === 'mouseup' ? 0 : 1, view: window};
    canvas().dispatchEvent(new MouseEvent(type, init));
  };
  const move = at => mouse('mousemove', at);
  const click = at => { move(at); mouse('mousedown', at); mouse('mouseup', at); };
  const choose = (kind, i) => {
    if (kinds.value !== kind) { kinds.value = kind; kinds.dispatchEvent(new Event('change')); }
    slider.value = String(i);
    slider.dispatchEvent(new Event('input'));
  };
  const wait = ms => new Promise(r => setTimeout(r, ms));
  for (const [kind, indexes] of Object.entries(plan.steps)) {
    for (const i of indexes) {
      choose(kind, i);
      out.steps.push({kind, index: i, shown: document.getElementById('explore-step').textContent,
                      relations: x.cy.edges().map(e => [e.data('source'), e.data('target'), e.data('score')]),
                      actors: x.cy.nodes().map(n => n.id())});
    }
  }
  const view = () => x.cy.extent();
  choose('eras', plan.hover.index);
  await wait(300);
  const edge = x.cy.getElementById(plan.hover.source + '--' + plan.hover.target);
  move(edge.renderedMidpoint());
  await wait(300);
  const hover = document.getElementById('explore-hover');
  out.hover = {hidden: hover.hidden, text: hover.textContent};
  const node = x.cy.getElementById(plan.actor);
  click(node.renderedPosition());
  await wait(300);
  const detail = document.getElementById('explore-detail');
  out.actor = {text: detail.hidden ? '' : detail.querySelector('h3').textContent,
               rows: detail.querySelectorAll('table.bars tr').length,
               lit_edges: x.cy.edges().filter(e => !e.hasClass('faded')).length,
               faded_nodes: x.cy.nodes().filter(n => n.hasClass('faded')).length};
  choose('eras', plan.dyad.index);
  await wait(300);
  click(x.cy.getElementById(plan.dyad.source + '--' + plan.dyad.target).renderedMidpoint());
  await wait(300);
  out.dyad = {text: detail.textContent, ruptures: detail.querySelectorAll('p.rupture').length,
              rows: detail.querySelectorAll('table.bars tr').length};
  choose('eras', 0);
  document.getElementById('explore-play').click();
  await wait(2700);
  out.play = {index: Number(slider.value), button: document.getElementById('explore-play').textContent};
  out.resources = performance.getEntriesByType('resource').map(r => r.name);
  out.caught = window.caught;
  const pre = document.createElement('pre');
  pre.id = 'driven';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def page_data(index_html):
    found = re.search(r'<script type="application/json" id="explore-data">(.*?)</script>', index_html, re.S)
    if not found:
        fail("index.html holds no data for the interactive network")
    return json.loads(found.group(1))


def links_of(document):
    """{(source, target): link} of `export --format json`, the pair ordered as the report orders it."""
    return {(link["source"], link["target"]): link for link in document["links"]}


def same_relations(what, drawn, expected):
    got = {(s, t): score for s, t, score in drawn}
    if set(got) != set(expected):
        fail(f"{what}: the page draws {sorted(set(got) - set(expected))[:5]} more and "
             f"{sorted(set(expected) - set(got))[:5]} fewer relations than `entente export` gives")
    for pair, score in got.items():
        if abs(score - expected[pair]["score"]) > 1e-9 * max(1.0, abs(score)):
            fail(f"{what}: {pair} drawn with score {score}, export gives {expected[pair]['score']}")


def fmt(x):
    """As the page prints a number: two decimals."""
    return f"{x:.2f}"


def main():
    entente, dataset, focal, work, artefacts = sys.argv[1:6]
    name = os.path.basename(os.path.normpath(dataset))
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    os.makedirs(artefacts, exist_ok=True)
    out, first = os.path.join(work, "out"), os.path.join(work, "first-run")
    run(entente, "report", dataset, "--actor", focal, "-o", out, "--quiet")
    shutil.copytree(out, first)
    run(entente, "report", dataset, "--actor", focal, "-o", out, "--quiet")
    if not filecmp.cmp(os.path.join(out, "index.html"), os.path.join(first, "index.html"), shallow=False):
        fail("two runs wrote different index.html")
    index = os.path.join(out, "index.html")
    size = os.path.getsize(index)
    if size >= MAX_BYTES:
        fail(f"index.html weighs {size} bytes, {MAX_BYTES} at most")
    page = open(index, encoding="utf-8").read()
    if open(VENDORED, encoding="utf-8").read() not in page:
        fail("index.html does not hold vendor/cytoscape/cytoscape.min.js as it is")
    if re.search(r'<(script|link|img|iframe)[^>]*\s(src|href)="(?!#|data:)', page):
        fail("index.html loads a file")
    data = page_data(page)
    # Without JavaScript: a note, and every era's static diagram.
    if "<noscript>" not in page or "<svg" not in page.split('<section id="era-', 1)[-1]:
        fail("index.html has no <noscript> note or no static era diagram for readers without JavaScript")

    # What each step must draw, from the commands.
    expected = {}
    for step in data["eras"]:
        if step["not_drawn"]:
            fail(f"era {step['id']} is not drawn whole ({step['not_drawn']}): this test compares whole views")
        expected[("eras", step["id"])] = links_of(json.loads(run(entente, "export", dataset, "--era", step["id"],
                                                                  "--format", "json")))
    windows = list(range(0, len(data["windows"]), max(1, len(data["windows"]) // 12)))
    if data["windows"]:
        busiest = max(range(len(data["windows"])), key=lambda i: len(data["windows"][i]["relations"]))
        windows = sorted(set(windows) | {busiest, len(data["windows"]) - 1})
    for i in windows:
        step = data["windows"][i]
        expected[("windows", step["id"])] = links_of(json.loads(run(
            entente, "export", dataset, "--from", step["start"], "--to", step["end"], "--format", "json")))

    busiest = max(range(len(data["eras"])), key=lambda i: len(expected[("eras", data["eras"][i]["id"])]))
    era = data["eras"][busiest]
    strongest = max(expected[("eras", era["id"])].values(), key=lambda link: abs(link["score"]))
    degree = {}
    for (s, t) in expected[("eras", era["id"])]:
        degree[s] = degree.get(s, 0) + 1
        degree[t] = degree.get(t, 0) + 1
    actor = max(sorted(degree), key=lambda a: (a != focal, degree[a]))  # the best-tied actor other than the focal one

    ruptures = list(csv.DictReader(io.StringIO(run(entente, "ruptures", dataset, "--actor", focal, "--format", "csv"))))
    if not ruptures:
        fail("the dataset has no ruptures to show")
    counts = {}
    for r in ruptures:
        pair = tuple(sorted((r["source"], r["target"])))
        counts[pair] = counts.get(pair, 0) + 1
    dyad = max(sorted(counts), key=lambda p: counts[p])
    dyad_era = next((i for i, s in enumerate(data["eras"])
                     for (a, b) in expected[("eras", s["id"])] if tuple(sorted((a, b))) == dyad), None)
    if dyad_era is None:
        fail(f"the dyad {dyad} with ruptures is drawn in no era")
    dyad_pair = next(p for p in expected[("eras", data["eras"][dyad_era]["id"])] if tuple(sorted(p)) == dyad)

    plan = {"steps": {"eras": list(range(len(data["eras"]))), "windows": windows},
            "hover": {"index": busiest, "source": strongest["source"], "target": strongest["target"]},
            "actor": actor, "dyad": {"index": dyad_era, "source": dyad_pair[0], "target": dyad_pair[1]}}
    if not data["windows"]:
        del plan["steps"]["windows"]
    driven_page = os.path.join(out, "driven.html")
    with open(driven_page, "w", encoding="utf-8") as f:
        f.write(page.replace("<head>", "<head>\n" + CATCH, 1)
                .replace("</body>", DRIVE.replace("PLAN", json.dumps(plan)) + "</body>"))
    done = chromium(["--dump-dom", "--virtual-time-budget=20000", "--window-size=1280,1000",
                     "file://" + driven_page], os.path.join(work, "profile"))
    dom = done.stdout.decode("utf-8", "replace")
    found = re.search(r'<pre id="driven">(.*?)</pre>', dom, re.S)
    if not found:
        fail(f"the page did not finish its drive; Chromium said: {done.stderr.decode('utf-8', 'replace')[-2000:]}")
    seen = json.loads(html.unescape(found.group(1)))

    console = [line for line in done.stderr.decode("utf-8", "replace").splitlines() if "CONSOLE" in line]
    if console or seen["caught"]["console"] or seen["caught"]["errors"]:
        fail(f"console output or errors: {console[:3]} {seen['caught']['console'][:3]} {seen['caught']['errors'][:3]}")
    if seen["caught"]["violations"]:
        fail(f"content policy violations: {seen['caught']['violations'][:3]}")
    if seen["resources"]:
        fail(f"the page fetched {seen['resources'][:3]}")

    for step in seen["steps"]:
        data_step = data[step["kind"]][step["index"]]
        what = f"{step['kind']} {data_step['id']}"
        if not step["shown"].startswith(data_step["label"]):
            fail(f"{what}: the slider's label says '{step['shown']}'")
        same_relations(what, step["relations"], expected[(step["kind"], data_step["id"])])

    hover = seen["hover"]
    text = hover["text"]
    main = strongest["evidence"][0]
    if hover["hidden"] or fmt(strongest["score"]) not in text or main["summary"] not in text or main["date"] not in text:
        fail(f"hovering {strongest['source']}-{strongest['target']} in era {era['id']} shows '{text[:300]}', not its "
             f"score {fmt(strongest['score'])} and its main event '{main['date']} {main['summary']}'")
    relation = next(r for r in era["relations"] if (r["source"], r["target"]) == (strongest["source"], strongest["target"]))
    if f"cooperation {fmt(relation['cooperation'])}, conflict {fmt(relation['conflict'])}" not in text:
        fail(f"the hover panel does not give the relation's two channels: '{text[:300]}'")
    if abs(relation["cooperation"] - relation["conflict"] - strongest["score"]) > 1e-6 * max(1, abs(strongest["score"])):
        fail(f"cooperation {relation['cooperation']} - conflict {relation['conflict']} is not the score {strongest['score']}")

    clicked = seen["actor"]
    actor_name = next(a["name"] for a in data["actors"] if a["id"] == actor)
    if not clicked["text"].startswith(actor_name) or clicked["rows"] != len(data["eras"]):
        fail(f"clicking {actor} shows '{clicked['text']}' with {clicked['rows']} timeline rows, not its timeline "
             f"over {len(data['eras'])} eras")
    if clicked["lit_edges"] != degree[actor] or clicked["faded_nodes"] != len(era["actors"]) - degree[actor] - 1:
        fail(f"clicking {actor} leaves {clicked['lit_edges']} ties lit and fades {clicked['faded_nodes']} actors; "
             f"it has {degree[actor]} relations among {len(era['actors'])} actors")

    if seen["dyad"]["ruptures"] != counts[dyad] or seen["dyad"]["rows"] != len(data["eras"]):
        fail(f"clicking {dyad} lists {seen['dyad']['ruptures']} ruptures and {seen['dyad']['rows']} steps; "
             f"`entente ruptures` has {counts[dyad]}")
    last = len(data["eras"]) - 1  # Play stops at the last era
    if seen["play"]["index"] != min(2, last) or seen["play"]["button"] != ("Pause" if last > 2 else "Play"):
        fail(f"Play moved the slider to step {seen['play']['index']} in 2.7 s (button '{seen['play']['button']}')")

    shot = os.path.join(artefacts, f"explore-{name}.png")
    shot_page = os.path.join(out, "shot.html")
    with open(shot_page, "w", encoding="utf-8") as f:
        f.write(page.replace("</head>", "<style>header,nav,footer,main>section:not(#explore){display:none}</style></head>")
                .replace("</body>", "<script>window.addEventListener('load', () => ententeExplorer.show(%d));</script>"
                         "</body>" % busiest))
    chromium([f"--screenshot={shot}", "--window-size=1280,1000", "--virtual-time-budget=3000", "file://" + shot_page],
             os.path.join(work, "profile-shot"))
    print(f"explore {name}: {len(seen['steps'])} slider steps draw the commands' relations, hover shows "
          f"{strongest['source']}-{strongest['target']}'s channels and evidence, {actor} lights its "
          f"{degree[actor]} ties, {dyad} lists {counts[dyad]} ruptures, Play moves on; {size} bytes, two runs "
          f"identical, no console message, no request; screenshot {shot}")


if __name__ == "__main__":
    main()
