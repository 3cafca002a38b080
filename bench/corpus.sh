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
# deleting it before a cold build. An ext4 without a journal (this machine's root: no
# journal_task in /sys/fs/ext4/vda) gives out again the inodes of files deleted lately only
# after scanning past them (recently_deleted() in find_inode_bit): lately is 5 s, or 305 s while
# the inode table block is dirty, which a build creating files makes it. After an rm -rf of the
# last output (or of a test run's temp files), the next site's 25,000 files and folders cost each
# tool up to 2 s of kernel time on 1,000 notes (perf: find_get_block_common, recently_deleted), which
# a cold build on a fresh clone, or on a journalled ext4, does not pay. drop_aside deletes $trash
# when the script is done. TMPDIR=/dev/shm runs it all on tmpfs: the tools without the disk.
trash="${TMPDIR:-/tmp}/carnet-bench-trash"
aside() {
  local d
  mkdir -p "$trash"
  for d in "$@"; do
    if [ -e "$d" ]; then mv "$d" "$(mktemp -d "$trash/XXXXXX")/"; fi
  done
}
drop_aside() { rm -rf "$trash"; }
