#!/usr/bin/env bash
# Drawing benchmarks of entente (issue 25): diagrams of machine-coded data,
# where nearly every state is tied to every other.
#   1. `entente export --from 2000 --to 2000 --format svg` of a 1M-event file
#      (../shared/bench/gen_events.py, 200 actors, seed 42).
#   2. The same for one-year windows of a 10M-event file (1979 to 2025):
#      YEARS (default: 1979 1990 2000 2010 2024), or every year with YEARS=all.
#   3. `entente report` of the 1M file with three eight-year eras of USA.
# For each drawing: wall and cpu time, relations and actors drawn, the
# relations of the view, and how many pairs of node labels overlap (read from
# the SVG with tests/export/svg_geometry.py). Targets: a year of the 10M file
# in a few seconds with at most a few hundred relations drawn and no labels
# overlapping; the report well under a minute.
# Inputs are generated into $BENCH_DIR (default /tmp/entente-bench), never
# into the repository; an existing 10M file is read from $EVENTS_10M (default
# /tmp/bench/events_10m.csv when it exists), never written.
#
# Usage: bench/drawing_bench.sh [RUNS]   (default 1: the best of RUNS runs)
# Needs a Release build in build/ (see README.md).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-1}
bench_dir=${BENCH_DIR:-/tmp/entente-bench}
entente=${ENTENTE:-$root/build/entente}
python=/usr/bin/python3
source "$root/bench/find_shared.sh"
gen_events=${GEN_EVENTS:-$shared/bench/gen_events.py}
years=${YEARS:-1979 1990 2000 2010 2024}
[ "$years" = all ] && years=$(seq 1979 2025)
mkdir -p "$bench_dir/drawings"

events_1m="$bench_dir/events_1m.csv"
[ -f "$events_1m" ] || "$python" "$gen_events" --events 1000000 --actors 200 --seed 42 --out "$events_1m"
events_10m=${EVENTS_10M:-}
[ -z "$events_10m" ] && [ -f /tmp/bench/events_10m.csv ] && events_10m=/tmp/bench/events_10m.csv
if [ -z "$events_10m" ]; then
    events_10m="$bench_dir/events_10m.csv"
    [ -f "$events_10m" ] || "$python" "$gen_events" --events 10000000 --actors 200 --seed 42 \
        --start 1979-01-01 --end 2025-12-31 --out "$events_10m"
fi
eras="$bench_dir/eras_usa.csv"
printf 'id,actor,label,start,end\nbush,USA,George W. Bush,2001-01-20,2009-01-20\nobama,USA,Barack Obama,2009-01-20,2017-01-20\ntrump_biden,USA,Donald Trump and Joe Biden,2017-01-20,2025-01-20\n' > "$eras"

# Runs "$@" RUNS times under /usr/bin/time; prints the best "wall cpu".
best_of() {
    local best="" line
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S" -o "$bench_dir/time.txt" "$@" > /dev/null
        line=$(awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$bench_dir/time.txt")
        if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[1]<y[1])}'; then
            best=$line
        fi
    done
    echo "$best"
}

# "relations drawn, actors drawn, relations of the view, overlapping label pairs" of an SVG.
measure() {
    "$python" - "$1" "$root/tests/export" <<'EOF'
import re, sys
sys.path.insert(0, sys.argv[2])
import svg_geometry as geometry
root = geometry.read(sys.argv[1])
edges = sum(1 for g in root.iter(geometry.SVG + "g") if g.get("class") == "edge")
boxes = geometry.label_boxes(root)
caption = " ".join(t.text or "" for t in root.find(geometry.SVG + "g").findall(geometry.SVG + "text"))
view = re.search(r"([\d,]+) relations", caption)
print(edges, len(boxes), view.group(1) if view else "?", len(geometry.overlapping(boxes)))
EOF
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); best of $runs run(s)"
printf '\n%-34s %8s %8s %10s %8s %12s %9s\n' "drawing" "wall s" "cpu s" "relations" "actors" "of relations" "overlaps"
row() { # name svg wall cpu
    read -r edges actors total overlaps <<< "$(measure "$2")"
    printf '%-34s %8s %8s %10s %8s %12s %9s\n' "$1" "$3" "$4" "$edges" "$actors" "$total" "$overlaps"
}

svg="$bench_dir/drawings/1m_2000.svg"
read -r wall cpu <<< "$(best_of "$entente" export "$events_1m" --from 2000 --to 2000 --format svg -o "$svg")"
row "export 1M, 2000" "$svg" "$wall" "$cpu"
cat "$events_10m" > /dev/null # warm the page cache
for year in $years; do
    svg="$bench_dir/drawings/10m_$year.svg"
    read -r wall cpu <<< "$(best_of "$entente" export "$events_10m" --from "$year" --to "$year" --format svg \
        -o "$svg")"
    row "export 10M, $year" "$svg" "$wall" "$cpu"
done

out="$bench_dir/report_1m"
read -r wall cpu <<< "$(best_of "$entente" report "$events_1m" --eras "$eras" --actor USA --quiet -o "$out")"
for era in bush obama trump_biden; do
    row "report 1M, 3 eras: $era" "$out/eras/$era.svg" "$wall" "$cpu"
done
echo
echo "commands: $entente export FILE --from YEAR --to YEAR --format svg -o SVG;"
echo "          $entente report $events_1m --eras $eras --actor USA --quiet -o $out"
