#!/usr/bin/env bash
# Times `carnet build` on the shared benchmark corpus (../shared/bench/gen-corpus.py).
#   bench/site-build.sh [NOTES]       default 10000; needs an installed carnet (./install.sh)
# Prints carnet's own phase timings, then wall time and peak memory (GNU time), for one cold build.
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
echo "corpus: $notes notes in $corpus"
/usr/bin/time -o "$corpus.time" -f "%e s wall, %M KB peak memory, %P CPU" \
  "$carnet" -C "$corpus" build --timings 2>/dev/null
cat "$corpus.time"
