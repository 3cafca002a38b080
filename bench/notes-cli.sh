#!/usr/bin/env bash
# Times the note commands on the shared benchmark corpus (../shared/bench/gen-corpus.py).
#   bench/notes-cli.sh [NOTES]        default 10000; needs an installed carnet (./install.sh)
# Prints wall time and peak memory of each command, best of 3.
set -euo pipefail
notes="${1:-10000}"
here=$(cd "$(dirname "$0")" && pwd)
gen="$here/../../shared/bench/gen-corpus.py"
[ -f "$gen" ] || { echo "bench: $gen not found (the team's shared folder)" >&2; exit 1; }
carnet=$(command -v carnet) || { echo "bench: carnet is not installed; run ./install.sh" >&2; exit 1; }
corpus="${TMPDIR:-/tmp}/carnet-bench-$notes"
if [ ! -f "$corpus/carnet.yml" ]; then
  rm -rf "$corpus"
  python3 "$gen" --notes "$notes" --out "$corpus" >/dev/null 2>&1
  printf 'title: "Bench"\nlanguage: fr\ntimezone: Europe/Paris\n' > "$corpus/carnet.yml"
fi
measure() {
  local best="" line
  for _ in 1 2 3; do
    /usr/bin/time -o "$corpus.time" -f "%e %M" "$carnet" -C "$corpus" "$@" >/dev/null 2>&1
    line=$(tail -n 1 "$corpus.time")
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then best="$line"; fi
  done
  printf '%-40s %6ss  %5d MB\n' "carnet $*" "${best%% *}" "$(( ${best##* } / 1024 ))"
}
echo "corpus: $notes notes in $corpus"
measure --version
measure list
measure list --tag atelier --json
measure tags
measure search médiation atelier
