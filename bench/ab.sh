#!/usr/bin/env bash
# Two versions of carnet on the same corpus, alternated in one run, since this machine is noisy:
#   bench/ab.sh [--cold] [ROUNDS] REV_A REV_B     (git revisions of this repository; ROUNDS default 8)
# Each revision is built in a worktree and installed with its own class-data archive (an archive
# serves only the jar it was made for, and a copied jar starts without it), then each gets its
# own copy of the corpus ($NOTES notes of ../shared/bench/gen-corpus.py, default 10000): the
# render cache is keyed by carnet's version, so one corpus would make every build a full one.
# Default: the build after one note's body was edited (a line added to the newest note), each
# round; --cold: a build without .carnet/ nor public/. Prints min, median and peak memory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
cold=false
if [ "${1:-}" = "--cold" ]; then cold=true; shift; fi
rounds=8
if [ $# -eq 3 ]; then rounds=$1; shift; fi
[ $# -eq 2 ] || { echo "usage: bench/ab.sh [--cold] [ROUNDS] REV_A REV_B" >&2; exit 2; }
notes="${NOTES:-10000}"
source "$here/corpus.sh"
work=$(mktemp -d)
trap 'git -C "$repo" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"; drop_aside' EXIT

libs=(); corpora=()
for rev in "$1" "$2"; do
  n=${#libs[@]}
  git -C "$repo" worktree add -f --detach "$work/tree" "$rev" >/dev/null 2>&1
  (cd "$work/tree" && mvn -B -q -o package -DskipTests >/dev/null 2>&1 || mvn -B -q package -DskipTests >/dev/null)
  "$repo/install.sh" --prefix "$work/prefix-$n" --jar "$work/tree/target/carnet-all.jar" >/dev/null
  git -C "$repo" worktree remove --force "$work/tree"
  cp -r "$corpus" "$work/corpus-$n"
  libs+=("$work/prefix-$n/lib/carnet"); corpora+=("$work/corpus-$n")
done

# run N: one build by variant N; its wall seconds and peak KB in $work/last
run() {
  local lib=${libs[$1]} dir=${corpora[$1]}
  # Through the revision's own launcher (it execs java, which time then measures): the same flags as a user's run.
  (cd "$dir" && /usr/bin/time -o "$work/last" -f "%e %M" "$lib/../../bin/carnet" build >/dev/null 2>&1)
}
walls=("" ""); peaks=(0 0)
for n in 0 1; do run $n; done # each copy built once under its own version first
for round in $(seq "$rounds"); do
  for n in 0 1; do
    if $cold; then
      aside "${corpora[$n]}/.carnet" "${corpora[$n]}/public"; sync; sleep 1
    else
      note=$(ls "${corpora[$n]}"/notes/*/*.md | sort | tail -1)
      printf '\nUne ligne ajoutée pour le banc, %s.\n' "$round" >> "$note"
    fi
    run $n
    read -r wall peak < "$work/last"
    walls[$n]="${walls[$n]} $wall"
    [ "$peak" -gt "${peaks[$n]}" ] && peaks[$n]=$peak
  done
done
what=$($cold && echo "cold build" || echo "build after one edit")
for n in 0 1; do
  rev=$([ $n -eq 0 ] && echo "$1" || echo "$2")
  python3 - "$rev" "$what" "${peaks[$n]}" ${walls[$n]} <<'EOF'
import statistics, sys
rev, what, peak, walls = sys.argv[1], sys.argv[2], int(sys.argv[3]), sorted(map(float, sys.argv[4:]))
print(f"{rev}: {what}, {len(walls)} rounds: min {walls[0]:.2f} s, median {statistics.median(walls):.2f} s, peak {peak // 1024} MB")
EOF
done
