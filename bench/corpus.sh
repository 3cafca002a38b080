# Sourced by the bench scripts: makes (once) the corpus of $notes notes of the shared generator
# (../shared/bench/gen-corpus.py) as a carnet blog, and sets $corpus and $carnet.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
gen="$here/../../shared/bench/gen-corpus.py"
[ -f "$gen" ] || { echo "bench: $gen not found (the team's shared folder)" >&2; exit 1; }
carnet=$(command -v carnet) || { echo "bench: carnet is not installed; run ./install.sh" >&2; exit 1; }
corpus="${TMPDIR:-/tmp}/carnet-bench-$notes"
if [ ! -f "$corpus/carnet.yml" ]; then
  rm -rf "$corpus"
  python3 "$gen" --notes "$notes" --out "$corpus" >/dev/null 2>&1
  # Hugo draws no share cards: like for like, carnet draws none either (bench/cards.sh times them).
  printf 'title: "Bench"\nlanguage: fr\ntimezone: Europe/Paris\nsite:\n  shareCards: false\n' > "$corpus/carnet.yml"
fi
echo "corpus: $notes notes in $corpus"

# aside DIR...: moves each DIR there out of the way, into $trash on the same disk, instead of
# deleting it before a cold build. ext4 gives out again the inodes of files deleted in the last
# minute only after scanning past them (recently_deleted() in its inode allocator): after an
# rm -rf of the last output, making the next one's 25,000 files and folders cost each tool up to
# 2 s of kernel time on 1,000 notes (perf: find_inode_bit, recently_deleted), which a cold build
# on a fresh clone does not pay. drop_aside deletes $trash when the script is done.
trash="${TMPDIR:-/tmp}/carnet-bench-trash"
aside() {
  local d
  mkdir -p "$trash"
  for d in "$@"; do
    if [ -e "$d" ]; then mv "$d" "$(mktemp -d "$trash/XXXXXX")/"; fi
  done
}
drop_aside() { rm -rf "$trash"; }
