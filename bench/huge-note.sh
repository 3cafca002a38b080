#!/usr/bin/env bash
# Time and memory of `carnet build` and `carnet check` on a blog holding one note of SIZE MB
# (prose paragraphs with a link and emphasis), or a list nested DEPTH deep:
#   bench/huge-note.sh [SIZE_MB...]          default: 3.9 50
#   bench/huge-note.sh --nested DEPTH [MARKER] one line of MARKER (default "+ 1) ") DEPTH times
#   bench/huge-note.sh --indented DEPTH       a list nested DEPTH deep by indentation
# Uses $CARNET_JAR, else target/carnet-all.jar.
set -euo pipefail
jar=${CARNET_JAR:-$(cd "$(dirname "$0")/.." && pwd)/target/carnet-all.jar}
run() { (cd "$dir" && /usr/bin/time -f "%e s, %M KB" java -jar "$jar" "$@" 2>&1 >/dev/null | tail -2 | paste -sd" " -); }
blog() {
  dir=$(mktemp -d); printf 'title: "Gros"\nlanguage: fr\ntimezone: Europe/Paris\n' > "$dir/carnet.yml"
  mkdir -p "$dir/notes/2024"; git -C "$dir" init -q; echo "$dir"
}
if [ "${1:-}" = "--indented" ]; then
  dir=$(blog)
  python3 - "$dir/notes/2024/06-profond.md" "$2" <<'PY'
import sys
open(sys.argv[1], "w").write('---\ntitle: "Profond"\ndate: 2024-07-01T09:30:00+02:00\n---\n\n' + "".join("  " * i + "- x\n" for i in range(int(sys.argv[2]))))
PY
  echo "list indented $2 deep: build $(run build) · check $(run check)"; rm -rf "$dir"; exit
fi
if [ "${1:-}" = "--nested" ]; then
  dir=$(blog)
  python3 - "$dir/notes/2024/06-profond.md" "$2" "${3:-+ 1) }" <<'PY'
import sys
open(sys.argv[1], "w").write('---\ntitle: "Profond"\ndate: 2024-07-01T09:30:00+02:00\n---\n\n' + sys.argv[3] * int(sys.argv[2]) + "x\n")
PY
  echo "nested $2 × '${3:-+ 1) }': build $(run build) · check $(run check)"; rm -rf "$dir"; exit
fi
for mb in "${@:-3.9 50}"; do
  dir=$(blog)
  python3 - "$dir/notes/2024/06-longue.md" "$mb" <<'PY'
import random, sys
random.seed(1)
words = "le la les un une atelier numérique médiation ordinateur logiciel libre quartier centre social réparer".split()
limit, size, parts, i = float(sys.argv[2]) * 1024 * 1024, 0, [], 0
while size < limit - 200:
    i += 1
    s = f"## Partie {i}\n\n" if i % 20 == 0 else " ".join(random.choice(words) for _ in range(60)) + f" : voir [lien](https://exemple.fr/{i}) et *ceci* !\n\n"
    parts.append(s); size += len(s.encode())
open(sys.argv[1], "w").write('---\ntitle: "Très longue note"\ndate: 2024-07-01T09:30:00+02:00\n---\n\n' + "".join(parts))
PY
  echo "$mb MB note: build $(run build) · check $(run check)"; rm -rf "$dir"
done
