#!/usr/bin/env bash
# Times the note commands on the shared benchmark corpus (../shared/bench/gen-corpus.py).
#   bench/notes-cli.sh [NOTES]        default 10000; needs an installed carnet (./install.sh)
# Prints wall time and peak memory of each command, best of 3.
set -euo pipefail
notes="${1:-10000}"
source "$(dirname "$0")/corpus.sh"
measure() {
  local best="" line
  for _ in 1 2 3; do
    /usr/bin/time -o "$corpus.time" -f "%e %M" "$carnet" -C "$corpus" "$@" >/dev/null 2>&1
    line=$(tail -n 1 "$corpus.time")
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then best="$line"; fi
  done
  printf '%-40s %6ss  %5d MB\n' "carnet $*" "${best%% *}" "$(( ${best##* } / 1024 ))"
}
measure --version
measure list
measure list --tag atelier --json
measure tags
measure search médiation atelier
