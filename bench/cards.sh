#!/usr/bin/env bash
# What share cards cost: a cold `carnet build` of the shared corpus without cards (as bench/run.sh
# builds it, like for like with Hugo, which draws none), then with them (site.shareCards: true,
# every note without a picture gets its share.png), then a --clean build with the cards kept in
# .carnet/cache/cards (what a blog pays after its first build).
#   bench/cards.sh [NOTES]       default 1000; needs an installed carnet (./install.sh)
set -euo pipefail
notes="${1:-1000}"
source "$(dirname "$0")/corpus.sh"
config="$corpus/carnet.yml"
cp "$config" "$config.bench"
trap 'mv -f "$config.bench" "$config"' EXIT
for cards in false true kept; do
  if [ "$cards" = kept ]; then
    rm -rf "$corpus/public"
    args=(build --clean)
  else
    sed "s/shareCards: .*/shareCards: $cards/" "$config.bench" > "$config"
    rm -rf "$corpus/.carnet" "$corpus/public"
    args=(build)
  fi
  sync; sleep "${SETTLE:-5}"
  /usr/bin/time -o "$corpus.time" -f "%e s wall, %U s user CPU, %M KB peak memory" "$carnet" -C "$corpus" "${args[@]}" >/dev/null 2>&1
  echo "cards $cards: $(cat "$corpus.time"), $(find "$corpus/public" -name share.png | wc -l) share cards"
done
