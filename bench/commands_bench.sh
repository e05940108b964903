#!/usr/bin/env bash
# The commands users run, on the benchmark workload, against the igraph peer
# in the same run (issue 16): generates N events with gen_events.py (200
# actors, 1979-2025, seed 42) under $BENCH_DIR (default
# /tmp/entente-commands-bench), then runs in turns, each under
# /usr/bin/time -v:
#   igraph      peer_pipeline.py --lib igraph FILE (yearly graphs and metrics)
#   metrics     entente metrics FILE --window 1y --step 1y --format csv
#   balance     entente balance FILE --window 1y --step 1y --format csv
#   alliances   entente alliances FILE --window 1y --step 1y --format csv
#   ruptures    entente ruptures FILE --format csv
#   compare     entente compare FILE --between 1990..1999 2000..2009
# The yearly commands run twice a turn: with the reading cache off
# (ENTENTE_CACHE=off: each parses the file), and one after another from an
# empty cache in $BENCH_DIR/cache, as a user running them on a new file
# would (metrics reads the file and keeps its sums; balance and alliances
# read those), then metrics again (again-metrics): the three from the cache
# is that run with balance's and alliances'. ruptures and compare do not use
# the cache.
# checks with commands_agree.py that the yearly results agree where they
# overlap (active actors, positive ties, signed triangles and the balanced
# ones, the top actor by PageRank and by betweenness), and prints each
# run's median wall time and largest peak RSS with its ratios to igraph,
# and the three yearly commands together, both ways.
#
# Usage: bench/commands_bench.sh [N] [ENTENTE] [SHARED_BENCH]
#   N             events (default 10000000)
#   ENTENTE       the executable (default: build/entente of this tree, a Release build)
#   SHARED_BENCH  folder of gen_events.py and peer_pipeline.py (default ../shared/bench)
# Environment: REPS  runs of each, taken in turns (default 3)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
root=$here
source "$here/bench/find_shared.sh"
n=${1:-10000000}
entente=${2:-$here/build/entente}
shared=${3:-$shared/bench}
dir=${BENCH_DIR:-/tmp/entente-commands-bench}
reps=${REPS:-3}
py=/usr/bin/python3
mkdir -p "$dir"
[ -x /usr/bin/time ] || apt-get install -y time >/dev/null
$py -c "import igraph" 2>/dev/null || { echo "commands_bench: the igraph peer needs python3-igraph" >&2; exit 1; }

data=$dir/events_$n.csv
if [ ! -s "$data" ]; then
    echo "generating $data"
    $py "$shared/gen_events.py" --events "$n" --actors 200 --seed 42 --start 1979-01-01 --end 2025-12-31 \
        --out "$data" 2>/dev/null
fi
cat "$data" >/dev/null # warm the page cache for every run alike

yearly=(--window 1y --step 1y --format csv)
cache=$dir/cache
names=(igraph metrics balance alliances cached-metrics cached-balance cached-alliances again-metrics ruptures compare)
run() { # name rep
    local name=$1 rep=$2 cmd env=(ENTENTE_CACHE=off)
    case $name in
    igraph) cmd=($py "$shared/peer_pipeline.py" --lib igraph "$data") ;;
    metrics | balance | alliances) cmd=("$entente" "$name" "$data" "${yearly[@]}" --quiet) ;;
    cached-* | again-*) cmd=("$entente" "${name#*-}" "$data" "${yearly[@]}" --quiet)
        env=(ENTENTE_CACHE_DIR="$cache")
        [ "$name" = cached-metrics ] && rm -rf "$cache" ;; # the first of the three finds the cache empty
    ruptures) cmd=("$entente" ruptures "$data" --format csv --quiet) ;;
    compare) cmd=("$entente" compare "$data" --between 1990..1999 2000..2009 --quiet) ;;
    esac
    env "${env[@]}" /usr/bin/time -v -o "$dir/$name.time.$rep" "${cmd[@]}" >"$dir/$name.out" 2>"$dir/$name.err" ||
        { echo "commands_bench: $name failed:" >&2; cat "$dir/$name.err" >&2; exit 1; }
}
wall() { # median wall seconds over the time -v logs of one name
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' \
        "$dir/$1".time.* | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
rss() { # largest peak RSS in MB over the time -v logs of one name
    awk -F': ' '/Maximum resident set size/ { if ($2 > m) m = $2 } END { printf "%.0f", m / 1024 }' "$dir/$1".time.*
}

rm -f "$dir"/*.time.*
for rep in $(seq "$reps"); do # in turns, so that a change in the machine's load touches every one alike
    for name in "${names[@]}"; do run "$name" "$rep"; done
done

echo "== agreement with igraph, year by year"
status=0
$py "$here/bench/commands_agree.py" "$dir/igraph.out" "$dir/metrics.out" "$dir/balance.out" || status=$?
for name in cached-metrics cached-balance cached-alliances again-metrics; do # the cache changes nothing printed
    cmp -s "$dir/${name#*-}.out" "$dir/$name.out" ||
        { echo "commands_bench: $name printed otherwise than ${name#*-}" >&2; status=1; }
done

echo
echo "== $n events, $(stat -L -c %s "$data") bytes; median of $reps runs in turns, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
base_wall=$(wall igraph)
base_rss=$(rss igraph)
printf '%-30s %9s %12s %14s %14s\n' run "wall s" "peak RSS MB" "igraph / it" "RSS / igraph"
row() { # label wall rss
    awk -v r="$1" -v w="$2" -v m="$3" -v bw="$base_wall" -v bm="$base_rss" \
        'BEGIN { printf "%-30s %9.2f %12s %13.1fx %14.2f\n", r, w, m, bw / w, m / bm }'
}
together() { # runs: their walls summed, their largest RSS
    local w=0 m=0 name
    for name in "$@"; do
        w=$(awk -v a="$w" -v b="$(wall "$name")" 'BEGIN { print a + b }')
        [ "$(rss "$name")" -gt "$m" ] && m=$(rss "$name")
    done
    echo "$w $m"
}
for name in "${names[@]}"; do
    row "$name" "$(wall "$name")" "$(rss "$name")"
done
row "the three, cache off" $(together metrics balance alliances)
row "the three, one after another" $(together cached-metrics cached-balance cached-alliances)
row "the three, from the cache" $(together again-metrics cached-balance cached-alliances)
exit "$status"
