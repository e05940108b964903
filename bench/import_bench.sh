#!/usr/bin/env bash
# Import and load benchmarks of entente (issue 10, item 4's second half):
#   1. `entente import --source gdelt1` on a GDELT 1.0-format file of SIZE_MB
#      megabytes made by repeating real-format rows (fresh GLOBALEVENTIDs),
#      pinned to one core: MB/s of input (target: at least 300).
#   2. `entente summary` on a bare events file of EVENTS rows made by
#      ../shared/bench/gen_events.py (the pipeline benchmark's input): load
#      time and peak RSS.
# Inputs are generated into $BENCH_DIR (default /tmp/entente-bench), never
# into the repository. Each run is repeated RUNS times; the best is reported.
#
# Usage: bench/import_bench.sh [SIZE_MB] [EVENTS] [RUNS]   (defaults 1024 10000000 3)
# Needs a Release build in build/ (see README.md).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
size_mb=${1:-1024}
events=${2:-10000000}
runs=${3:-3}
bench_dir=${BENCH_DIR:-/tmp/entente-bench}
entente=${ENTENTE:-$root/build/entente}
python=/usr/bin/python3
source "$root/bench/find_shared.sh"
# Real GDELT 1.0 rows (57 and 58 columns); without the shared samples, the
# test fixture (made-up rows in the same format, more of them skipped).
sample=${SAMPLE:-$shared/data/gdelt1/reed9999_sample_events.tsv}
[ -f "$sample" ] || sample=$root/tests/data/import/gdelt1_mixed.tsv
gen_events=${GEN_EVENTS:-$shared/bench/gen_events.py}
mkdir -p "$bench_dir"

# Runs "$@" RUNS times under /usr/bin/time; prints the best "wall cpu rss_kb".
best_of() {
    local best="" line
    for _ in $(seq "$runs"); do
        [ -n "${before_each:-}" ] && eval "$before_each"
        /usr/bin/time -f "%e %U %S %M" -o "$bench_dir/time.txt" "$@" > /dev/null
        line=$(awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4}' "$bench_dir/time.txt")
        if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[1]<y[1])}'; then
            best=$line
        fi
    done
    echo "$best"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); sample rows: $sample"

gdelt="$bench_dir/gdelt1_${size_mb}mb_$(basename "$sample" .tsv).tsv"
if [ ! -f "$gdelt" ]; then
    "$python" "$root/bench/make_gdelt_file.py" "$sample" "$gdelt" --mb "$size_mb"
fi
bytes=$(stat -L -c %s "$gdelt")
cat "$gdelt" > /dev/null # warm the page cache
out="$bench_dir/gdelt1_import"
before_each="rm -rf '$out'"
read -r wall cpu rss <<< "$(best_of taskset -c 0 "$entente" import --source gdelt1 "$gdelt" -o "$out")"
before_each=""
echo
echo "import: taskset -c 0 $entente import --source gdelt1 $gdelt -o $out"
awk -v b="$bytes" -v w="$wall" -v c="$cpu" -v r="$rss" 'BEGIN {
    printf "  input %.1f MB; wall %.2f s (%.0f MB/s); cpu %.2f s (%.0f MB/s of cpu time); max RSS %.1f MB\n",
           b / 1e6, w, b / 1e6 / w, c, b / 1e6 / c, r / 1024 }'
sed -n 's/^- //p' "$out/README.md" | sed 's/^/  /'

ev="$bench_dir/events_${events}.csv"
if [ ! -f "$ev" ]; then
    "$python" "$gen_events" --events "$events" --actors 200 --seed 42 --start 1979-01-01 --end 2025-12-31 \
        --out "$ev" --truth "$bench_dir/events_${events}.truth.json"
fi
cat "$ev" > /dev/null
read -r wall cpu rss <<< "$(best_of "$entente" summary "$ev")"
echo
echo "bare events load: $entente summary $ev"
awk -v b="$(stat -L -c %s "$ev")" -v n="$events" -v w="$wall" -v c="$cpu" -v r="$rss" 'BEGIN {
    printf "  %d events, %.1f MB; wall %.2f s; cpu %.2f s (%.0f ns an event); max RSS %.1f MB (%.1f bytes an event)\n",
           n, b / 1e6, w, c, c / n * 1e9, r / 1024, r * 1024 / n }'
