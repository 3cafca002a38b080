#!/usr/bin/env bash
# Times the Markdown rendering alone (the larger part of a cold `carnet build`) on the shared
# benchmark corpus, with the installed jar and the launcher's JVM flags.
#   bench/markdown.sh [NOTES] [THREADS]     defaults 10000 and the number of cores
# Three runs: the machine is noisy, compare best and spread, not one figure.
set -euo pipefail
notes="${1:-10000}"
threads="${2:-$(nproc)}"
source "$(dirname "$0")/corpus.sh"
jar="$(dirname "$(readlink -f "$carnet")")/../lib/carnet/carnet.jar"
for _ in 1 2 3; do
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar" "$(dirname "$0")/MarkdownBench.java" "$corpus" "$threads"
done
