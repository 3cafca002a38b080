#!/usr/bin/env bash
# The benchmark of issue 13, for each corpus size (default 1000 and 10000 notes of the shared
# generator, ../shared/bench/gen-corpus.py), with the installed carnet (./install.sh):
#   cold build (no .carnet/, no public/), build after editing one note, no-op build,
#   carnet serve: first page served after start, and save-to-reload (bench/serve-reload.py),
# and, when hugo is installed (Debian: apt-get install hugo), Hugo's cold build of the same notes
# (layouts in bench/hugo/), alternated with carnet's in the same run since this machine is noisy.
#   bench/run.sh [N...]        ROUNDS (default 2) cold rounds each; SETTLE (default 10) seconds
#                              left after moving the last output aside (aside in corpus.sh)
# Prints a table of wall time, CPU time and peak memory, with carnet/Hugo ratios, and writes it
# with the date, the machine and the file system the corpora are on to bench/RESULTS.md, or to
# OUT. TMPDIR (default /tmp) is where the corpora are made: TMPDIR=/dev/shm for tmpfs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rounds="${ROUNDS:-2}"
settle="${SETTLE:-10}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
table=$(mktemp)
printf '| notes | what | tool | wall s | CPU s | peak MB |\n| ---: | --- | --- | ---: | ---: | ---: |\n' > "$table"

# measure LABEL TOOL command...: one line of the table, from /usr/bin/time
measure() {
  local what="$1" tool="$2"; shift 2
  local t; t=$(mktemp)
  /usr/bin/time -o "$t" -f "%e %U %S %M" "$@" >/dev/null 2>&1
  read -r wall user sys mem < "$t"; rm -f "$t"
  local cpu; cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$notes" "$what" "$tool" "$wall" "$cpu" "$((mem / 1024))" | tee -a "$table"
  echo "$wall" > "$here/.last-wall"
}

for notes in "${sizes[@]}"; do
  source "$here/corpus.sh"
  site="${TMPDIR:-/tmp}/hugo-bench-$notes"
  hugo=""
  if command -v hugo >/dev/null; then
    hugo=hugo
    if [ ! -d "$site/content/notes" ]; then
      rm -rf "$site"; mkdir -p "$site/content"
      cp -r "$here/hugo/." "$site/"
      cp -r "$corpus/notes" "$site/content/notes"
    fi
  fi
  carnet_walls=(); hugo_walls=()
  for round in $(seq "$rounds"); do
    aside "$corpus/.carnet" "$corpus/public"; sync; sleep "$settle"
    measure "cold build" carnet "$carnet" -C "$corpus" build
    carnet_walls+=("$(cat "$here/.last-wall")")
    if [ -n "$hugo" ]; then
      aside "$site/public" "$site/resources"; sync; sleep "$settle"
      measure "cold build" hugo hugo --quiet -s "$site"
      hugo_walls+=("$(cat "$here/.last-wall")")
    fi
  done
  note=$(ls "$corpus"/notes/*/*.md | sort | tail -1)
  printf '\nUne ligne ajoutée pour le banc.\n' >> "$note"
  measure "one note edited" carnet "$carnet" -C "$corpus" build
  if [ -n "$hugo" ]; then
    cp "$note" "$site/content/${note#$corpus/}"
    measure "one note edited" hugo hugo --quiet -s "$site"
  fi
  measure "no-op build" carnet "$carnet" -C "$corpus" build
  serve=$(CARNET="$carnet" python3 "$here/serve-reload.py" "$corpus" --rounds 5 --port 4199)
  first=$(sed -n 's/^first page served after \([0-9.]*\) s.*/\1/p' <<<"$serve")
  median=$(sed -n 's/.*median \([0-9]*\) ms/\1/p' <<<"$serve")
  printf '| %s | serve: first page after start | carnet | %s | | |\n' "$notes" "$first" | tee -a "$table"
  printf '| %s | serve: save to reload (median of 5) | carnet | %s | | |\n' "$notes" \
    "$(python3 -c "print(f'{$median / 1000:.3f}')")" | tee -a "$table"
  if [ -n "$hugo" ]; then
    best() { printf '%s\n' "$@" | sort -g | head -1; }
    c=$(best "${carnet_walls[@]}"); h=$(best "${hugo_walls[@]}")
    printf '| %s | cold build, best of %s: carnet/Hugo | ratio | %s | | |\n' "$notes" "$rounds" \
      "$(python3 -c "print(f'{$c / $h:.2f}')")" | tee -a "$table"
  fi
done
rm -f "$here/.last-wall"
{
  echo "# Benchmark results"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr);"
  echo "$("$carnet" --version 2>/dev/null | head -1)${hugo:+, $(hugo version | cut -d' ' -f1-2)}. Made by \`bench/run.sh ${sizes[*]}\`."
  echo "Corpora in ${TMPDIR:-/tmp}, on $(df -T "${TMPDIR:-/tmp}" | awk 'NR == 2 {print $2}')$(grep -qs none "/sys/fs/ext4/$(basename "$(df "${TMPDIR:-/tmp}" | awk 'NR == 2 {print $1}')")/journal_task" && echo ' without a journal')."
  echo "Before each cold build the last output is moved aside, not deleted (\`aside\` in bench/corpus.sh says why)."
  echo
  cat "$table"
} > "${OUT:-$here/RESULTS.md}"
rm -f "$table"
drop_aside
echo "written: ${OUT:-$here/RESULTS.md}"
