#!/usr/bin/env bash
# Runs every fuzz target of a build made with -DENTENTE_FUZZ=ON for a
# bounded time each, two at a time, from its committed seed corpus.
#   fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# New inputs go to BUILD_DIR/fuzz/found/<target>/, crashes to
# BUILD_DIR/fuzz/crashes/; each target's log is BUILD_DIR/fuzz/<target>.log.
# Exits non-zero when a target crashes, hangs (-timeout) or leaks. To keep a
# crash as a regression test, fix it and copy the input into
# fuzz/corpus/<target>/.
set -euo pipefail
build=$(cd "$1" && pwd)
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
src=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for dir in "$src"/corpus/*/; do targets+=("$(basename "$dir")"); done
fi
out="$build/fuzz"
mkdir -p "$out/crashes"

run_one() {
  local name=$1 dict=$src/dataset.dict
  case $name in
    import_*) dict=$src/import.dict ;;
    markup) dict=$src/markup.dict ;;
  esac
  mkdir -p "$out/found/$name"
  if "$out/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -dict="$dict" -artifact_prefix="$out/crashes/$name-" \
      "$out/found/$name" "$src/corpus/$name" >"$out/$name.log" 2>&1; then
    echo "$name: ok, $(grep -o 'stat::number_of_executed_units: [0-9]*' "$out/$name.log" | grep -o '[0-9]*$') runs"
  else
    echo "$name: FAILED (see $out/$name.log)"
    tail -40 "$out/$name.log"
    return 1
  fi
}
export -f run_one
export out src seconds
printf '%s\n' "${targets[@]}" | xargs -P 2 -I{} bash -c 'run_one {}'
