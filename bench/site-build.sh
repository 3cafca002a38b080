#!/usr/bin/env bash
# Times `carnet build` on the shared benchmark corpus (../shared/bench/gen-corpus.py).
#   bench/site-build.sh [NOTES]       default 10000; needs an installed carnet (./install.sh)
#   SETTLE=0 bench/site-build.sh      skips the wait after deleting the last build
# Two builds: cold (no render cache, no public/), then warm (nothing changed: every note comes
# from .carnet/cache). Each prints carnet's phase timings, then wall time and peak memory.
set -euo pipefail
notes="${1:-10000}"
source "$(dirname "$0")/corpus.sh"
rm -rf "$corpus/.carnet" "$corpus/public"
# Let the deletion settle: on ext4 mounted with discard, creating the site right after deleting
# the last one costs up to four times the system time (bench/vs-hugo.sh says more).
sync; sleep "${SETTLE:-15}"
for run in cold warm; do
  echo "-- $run build"
  /usr/bin/time -o "$corpus.time" -f "%e s wall, %M KB peak memory, %P CPU" \
    "$carnet" -C "$corpus" build --timings 2>/dev/null
  cat "$corpus.time"
done
