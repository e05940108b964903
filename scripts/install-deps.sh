#!/usr/bin/env bash
# Installs the Debian 12 packages entente needs to build and test, and only
# those missing, so it is quick on a machine that already has them.
set -euo pipefail

packages=(
  g++ cmake make ninja-build pkg-config
  libboost-graph-dev libboost-test-dev libgraphviz-dev libcli11-dev
  libfmt-dev nlohmann-json3-dev zlib1g-dev
  # packaging: cpack -G DEB reads the executable's library needs with dpkg-shlibdeps and file
  dpkg-dev file
  # tests: peer cross-checks, XML checks, the browser test, the SIGKILL test, the man page
  python3 python3-igraph python3-networkx python3-scipy python3-numpy libxml2-utils chromium strace groff-base
  # fuzzing: clang++ and its libFuzzer, ASan and UBSan runtimes; expat to read back XML
  clang-14 libclang-rt-14-dev libexpat1-dev
  # the SQL of import --emit-sql, run in SQLite and in DuckDB (its library for Node, from npm below)
  sqlite3 nodejs
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Debian's npm, unless a Node.js that ships its own npm is there.
command -v npm >/dev/null || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# DuckDB for the tests of --emit-sql duckdb: its Node package (which carries the
# library) at the version tests/sql/package.json pins, into tests/sql/node_modules.
sql_tests="$(dirname "$0")/../tests/sql"
if [ ! -d "$sql_tests/node_modules/@duckdb/node-api" ]; then
  echo "installing: @duckdb/node-api (npm, into tests/sql)" >&2
  npm install --prefix "$sql_tests" --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null
fi
