#!/usr/bin/env bash
# Checks the bash completion made at build time: its syntax (bash -n), then
# what it offers for a few command lines.
# usage: check_completion.sh COMPLETION_SCRIPT
# (No set -e: a completion function runs in an interactive shell, where a
# failing command such as compopt outside a real completion does not exit.)
set -uo pipefail
script=$1
bash -n "$script" || exit 1
# shellcheck source=/dev/null
source "$script"

failures=0
# expect "WANTED" WORD... : completing the last WORD offers exactly WANTED.
expect() {
  local wanted=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _entente
  if [[ "${COMPREPLY[*]}" != "$wanted" ]]; then
    echo "completing '$*' offered '${COMPREPLY[*]}', not '$wanted'" >&2
    failures=$((failures + 1))
  fi
}

expect "alliances" entente al
expect "compare" entente compa
expect "--actor" entente metrics --act
expect "correa" entente metrics --era corr
expect "correa" entente compare --between corr
expect "ECU" entente report --actor EC
expect "" entente metrics --eras corr
[[ $failures -eq 0 ]] && echo "completion: all offers as expected"
exit $((failures > 0))
