#!/usr/bin/env bash
# The yearly-window pipeline of issue 10 against the peers: generates N events
# with ../shared/bench/gen_events.py (200 actors, 1979-2025, seed 42) under
# $BENCH_DIR (default /tmp/entente-pipeline-bench), runs `entente pipeline`
# and peer_pipeline.py with igraph, networkx and graph-tool (each when
# installed) on the same file under /usr/bin/time -v, checks the outputs with
# compare_outputs.py and prints wall time, peak RSS and ratios against igraph.
#
# Usage: bench/pipeline_bench.sh N [ENTENTE] [SHARED_BENCH]
#   ENTENTE       the executable (default: build/entente of this tree)
#   SHARED_BENCH  folder of gen_events.py and peer_pipeline.py (default /work/shared/bench)
# Environment: REPS  runs of each tool, taken in turns (default 3): the median
#                    wall time and the largest peak RSS are reported.
# "communities" differ by design: entente counts Doreian-Mrvar blocs of the
# signed graph, the peers Louvain / multilevel / SBM communities.
set -euo pipefail

n=${1:?usage: pipeline_bench.sh N [ENTENTE] [SHARED_BENCH]}
here=$(cd "$(dirname "$0")/.." && pwd)
entente=${2:-$here/build/entente}
shared=${3:-/work/shared/bench}
dir=${BENCH_DIR:-/tmp/entente-pipeline-bench}
py=/usr/bin/python3
mkdir -p "$dir"

if [ ! -x /usr/bin/time ]; then
    apt-get install -y time >/dev/null
fi

data=$dir/events_$n.csv
if [ ! -s "$data" ]; then
    echo "generating $data"
    $py "$shared/gen_events.py" --events "$n" --actors 200 --seed 42 --start 1979-01-01 --end 2025-12-31 \
        --out "$data" --truth "$dir/events_$n.truth.json" 2>/dev/null
fi
cat "$data" >/dev/null # warm the page cache for every run alike

reps=${REPS:-3}
run() { # name rep command...
    local name=$1 rep=$2
    shift 2
    /usr/bin/time -v -o "$dir/${name}_$n.time.$rep" "$@" >"$dir/${name}_$n.tsv" 2>"$dir/${name}_$n.err"
}
wall() { # median wall seconds over the time -v logs of a tool
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' \
        "$1".* | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
rss() { # largest peak RSS in MB over the time -v logs of a tool
    awk -F': ' '/Maximum resident set size/ { if ($2 > m) m = $2 } END { printf "%.0f", m / 1024 }' "$1".*
}

runs=(entente)
for lib in igraph networkx graphtool; do
    module=$lib
    [ "$lib" = graphtool ] && module=graph_tool
    if $py -c "import $module" 2>/dev/null; then
        runs+=("$lib")
    else
        echo "skipping $lib: python3 module $module is not installed"
    fi
done
rm -f "$dir"/*_"$n".time.*
for rep in $(seq "$reps"); do # in turns, so that a change in the machine's load touches every tool alike
    for r in "${runs[@]}"; do
        if [ "$r" = entente ]; then
            run entente "$rep" "$entente" pipeline "$data"
        else
            run "$r" "$rep" $py "$shared/peer_pipeline.py" --lib "$r" "$data"
        fi
    done
done

echo
echo "== agreement (components, balanced, triangles, top PageRank and betweenness; communities differ by design)"
check=()
for r in "${runs[@]}"; do check+=("$dir/${r}_$n.tsv"); done
status=0
$py "$shared/compare_outputs.py" "${check[@]}" >"$dir/compare_$n.txt" || status=$?
tail -n 5 "$dir/compare_$n.txt"
echo "compare_outputs.py exit status: $status (report: $dir/compare_$n.txt)"

echo
echo "== $n events, $(wc -l <"$data") lines, $(stat -c %s "$data") bytes; median of $reps runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
base_wall=""
base_rss=""
if [[ " ${runs[*]} " == *" igraph "* ]]; then
    base_wall=$(wall "$dir/igraph_$n.time")
    base_rss=$(rss "$dir/igraph_$n.time")
fi
printf '%-10s %10s %12s %18s %16s\n' tool "wall s" "peak RSS MB" "igraph wall / it" "RSS / igraph"
for r in "${runs[@]}"; do
    w=$(wall "$dir/${r}_$n.time")
    m=$(rss "$dir/${r}_$n.time")
    if [ -n "$base_wall" ]; then
        awk -v r="$r" -v w="$w" -v m="$m" -v bw="$base_wall" -v bm="$base_rss" \
            'BEGIN { printf "%-10s %10.2f %12s %18.1f %16.2f\n", r, w, m, bw / w, m / bm }'
    else
        printf '%-10s %10.2f %12s\n' "$r" "$w" "$m"
    fi
done
exit "$status"
