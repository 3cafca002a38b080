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
