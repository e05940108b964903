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
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
