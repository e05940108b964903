#!/usr/bin/env python3
"""Browser test of `entente report`: writes the report twice (the files must be
byte-identical), then loads index.html from disk in headless Chromium and
checks that the page rendered: a screenshot that is not blank, the DOM holding
every era section with its diagram, and no internal link to a missing anchor.
The era diagrams must compare by eye: pages of one size, each actor centred at
the same place in every era it appears in, no bloc boxes. The labels of the
timeline's rupture marks must not overlap. The page's ids are unique. At
1280 and at 400 pixels wide (a laptop, a phone), measured in the browser:
every navigation link lies on the screen (the eras' behind their
disclosure, opened), no date in a table wraps, and at 400 pixels no diagram
is shrunk below its own size (it scrolls instead). The screenshots are kept
as artefacts: ARTEFACTS/report.png (1280) and ARTEFACTS/report-400.png.

Usage: check_report.py ENTENTE SOURCE_DIR ARTEFACTS
"""
import filecmp
import html
import itertools
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "export"))
import svg_geometry as geometry  # noqa: E402


def fail(message):
    print("check_report: " + message)
    sys.exit(1)


def run_report(entente, source_dir, out):
    subprocess.run([entente, "report", "graphs/ecuador", "-o", out, "--quiet"], cwd=source_dir, check=True)


def png_distinct_bytes(path):
    """How many distinct byte values the decoded image rows hold (1 or 2 for a blank page)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return len(set(zlib.decompress(idat)))


def check_shared_places(eras_dir, eras):
    """Every era's diagram on a page of the same size, each actor at the same
    place on it (within 0.01 point) in every era that draws it."""
    pages, places, compared = set(), {}, 0
    for era in eras:
        root = geometry.read(os.path.join(eras_dir, era + ".svg"))
        pages.add((root.get("width"), root.get("height"), root.get("viewBox")))
        if geometry.clusters(root):
            fail(f"era {era} draws bloc boxes, which shared places cannot keep apart")
        for actor, at in geometry.page_centres(root).items():
            if actor in places:
                first_era, first = places[actor]
                compared += 1
                if abs(at[0] - first[0]) > 0.01 or abs(at[1] - first[1]) > 0.01:
                    fail(f"{actor} is at {at} in era {era} but at {first} in era {first_era}")
            else:
                places[actor] = (era, at)
    if len(pages) != 1:
        fail(f"the era diagrams have pages of {len(pages)} sizes: {sorted(pages)}")
    if compared < 100 or len(places) < 30:
        fail(f"only {compared} places of {len(places)} actors compared across eras")
    return compared


def check_mark_labels(index_html):
    """The timeline's mark labels (text turned upright along the plot) overlap
    nowhere; each box an em across (0.9 em left of the baseline, 0.25 em right)
    and 0.62 em a character long."""
    timeline = re.search(r'<section id="timeline">(.*?)</section>', index_html, re.S).group(1)
    marks = re.search(r'<g class="mark-labels"[^>]*>(.*?)\n  </g>', timeline, re.S).group(1)
    boxes = []
    for x, y, text in re.findall(r'<text transform="translate\(([-\d.]+) ([-\d.]+)\) rotate\(-90\)"[^>]*>([^<]*)</text>',
                                 marks):
        x, y, size = float(x), float(y), 11.0
        boxes.append((x - 0.9 * size, y, x + 0.25 * size, y + 0.62 * size * len(html.unescape(text)), text))
    if len(boxes) < 10:
        fail(f"only {len(boxes)} rupture labels on the timeline")
    for a, b in itertools.combinations(boxes, 2):
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
            fail(f"the timeline labels '{a[4]}' and '{b[4]}' overlap")
    return len(boxes)


# Injected into a copy of the page (beside the page's own scripts): measures
# what a reader meets and writes it into the DOM for --dump-dom.
MEASURE = """<script>
window.addEventListener('load', () => {
  document.querySelectorAll('nav details').forEach(d => { d.open = true; });
  const width = document.documentElement.clientWidth;
  const lines = el => { const r = document.createRange(); r.selectNodeContents(el); return r.getClientRects().length; };
  const out = {
    width: width,
    links: document.querySelectorAll('nav a').length,
    off_screen: [...document.querySelectorAll('nav a')].filter(a => {
      const r = a.getBoundingClientRect(); return r.width === 0 || r.left < -0.5 || r.right > width + 0.5; })
      .map(a => a.textContent),
    dates: document.querySelectorAll('td.d').length,
    wrapped_dates: [...document.querySelectorAll('td.d')].filter(td => lines(td) > 1).map(td => td.textContent),
    shrunk: [...document.querySelectorAll('.figure svg')].filter(svg =>
      svg.getBoundingClientRect().width < svg.width.baseVal.value - 1).length,
  };
  const pre = document.createElement('pre');
  pre.id = 'measured';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def measure(index, width, user_dir):
    """What the page looks like at `width` pixels, measured in Chromium."""
    measured = index.replace("index.html", f"measured-{width}.html")
    with open(index, encoding="utf-8") as f:
        page = f.read()
    with open(measured, "w", encoding="utf-8") as f:
        f.write(page.replace("</body>", MEASURE + "</body>"))
    dom = chromium(["--dump-dom", "--virtual-time-budget=5000", f"--window-size={width},900",
                    "file://" + measured], user_dir).stdout.decode("utf-8", "replace")
    os.remove(measured)
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
    if not found:
        fail(f"the page measured nothing at {width} pixels")
    return json.loads(html.unescape(found.group(1)))


def check_at(index, width, user_dir):
    m = measure(index, width, user_dir)
    if m["links"] < 10:
        fail(f"only {m['links']} navigation links")
    if m["off_screen"]:
        fail(f"at {width} px, {len(m['off_screen'])} navigation links lie off the screen: {m['off_screen'][:5]}")
    if m["dates"] < 10:
        fail(f"only {m['dates']} dates in the tables")
    if m["wrapped_dates"]:
        fail(f"at {width} px, dates wrap in their cells: {m['wrapped_dates'][:5]}")
    if width < 700 and m["shrunk"]:
        fail(f"at {width} px, {m['shrunk']} diagrams are shrunk below their size instead of scrolling")
    return m


def chromium(args, user_dir):
    base = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={user_dir}"]
    return subprocess.run(base + args, capture_output=True, timeout=120)


def main():
    entente, source_dir, artefacts = sys.argv[1:4]
    os.makedirs(artefacts, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="entente-report-") as tmp:
        # The page names the command that made it, so both runs write to the same folder.
        first, second = os.path.join(tmp, "out"), os.path.join(tmp, "first-run")
        run_report(entente, source_dir, first)
        shutil.copytree(first, second)
        run_report(entente, source_dir, first)
        compared = filecmp.dircmp(first, second)
        for name in compared.diff_files + compared.subdirs["eras"].diff_files:
            fail(f"two runs wrote different bytes in {name}")
        eras = sorted(f[:-4] for f in os.listdir(os.path.join(first, "eras")) if f.endswith(".svg"))
        if len(eras) < 10:
            fail(f"only {len(eras)} era diagrams were written")
        for name in ("index.html", "metrics.csv", "ruptures.csv", "compare.csv", "report.json"):
            if not os.path.getsize(os.path.join(first, name)):
                fail(f"{name} is empty")
        compared = check_shared_places(os.path.join(first, "eras"), eras)
        labels = check_mark_labels(open(os.path.join(first, "index.html"), encoding="utf-8").read())

        # The era-by-era sentences cover relations, ranks and blocs, as `entente compare` does.
        with open(os.path.join(first, "report.json"), encoding="utf-8") as f:
            said = [r["sentence"] for r in json.load(f)["summaries"] if (r["era_a"], r["era_b"]) == ("correa", "moreno")]
        for start in ("Under Lenín Moreno, compared with Rafael Correa, relations with the United States turned from hostile to friendly",
                      "Relations with Venezuela turned from friendly to hostile",
                      "Ranks by net strength reshuffled among the 13 actors active in both",
                      "In the blocs, the United States and the United Kingdom moved to Ecuador's side"):
            if not any(s.startswith(start) for s in said):
                fail(f"no correa -> moreno sentence starting '{start}' in report.json: {said}")
            if start not in html.unescape(open(os.path.join(first, "index.html"), encoding="utf-8").read()):
                fail(f"index.html does not say '{start}'")

        page = "file://" + os.path.join(first, "index.html")
        dom = chromium(["--dump-dom", page], os.path.join(tmp, "profile1")).stdout.decode("utf-8", "replace")
        if "</html>" not in dom:
            fail("Chromium did not return the page's DOM")
        all_ids = re.findall(r'\sid="([^"]+)"', dom)
        ids = set(all_ids)
        if len(ids) != len(all_ids):
            repeated = sorted({i for i in all_ids if all_ids.count(i) > 1})
            fail(f"{len(all_ids) - len(ids)} repeated element ids in the page, such as {repeated[:5]}")
        for era in eras:
            section = re.search(r'<section id="era-%s">(.*?)</section>' % re.escape(era), dom, re.S)
            if not section:
                fail(f"no section for era {era}")
            if "<svg" not in section.group(1):
                fail(f"the section of era {era} holds no diagram")
        for anchor in re.findall(r'href="#([^"]+)"', dom):
            if anchor not in ids:
                fail(f"internal link #{anchor} points nowhere")
        if dom.count("<svg") < len(eras) + 1:
            fail("the timeline or a diagram is missing")

        shot = os.path.join(artefacts, "report.png")
        if os.path.exists(shot):
            os.remove(shot)
        chromium([f"--screenshot={shot}", "--window-size=1280,2000", page], os.path.join(tmp, "profile2"))
        if not os.path.exists(shot):
            fail("Chromium wrote no screenshot")
        if png_distinct_bytes(shot) < 16:
            fail("the screenshot is blank")
        narrow_shot = os.path.join(artefacts, "report-400.png")
        chromium([f"--screenshot={narrow_shot}", "--window-size=400,1600", page], os.path.join(tmp, "profile3"))
        if not os.path.exists(narrow_shot) or png_distinct_bytes(narrow_shot) < 16:
            fail("no screenshot at 400 pixels, or a blank one")
        index = os.path.join(first, "index.html")
        wide, narrow = check_at(index, 1280, os.path.join(tmp, "profile4")), check_at(index, 400, os.path.join(tmp, "profile5"))
    print(f"report: {len(eras)} era sections with diagrams, {compared} places shared across eras, {labels} "
          f"timeline labels apart, links resolve, ids unique; {wide['links']} navigation links on screen and "
          f"{wide['dates']} dates unwrapped at 1280 and 400 px, no diagram shrunk at 400 px; screenshots at {shot} "
          f"and {narrow_shot}")


if __name__ == "__main__":
    main()
