#!/usr/bin/env bash
# Build and `carnet tags` time and memory with many distinct tags spread over many notes:
#   bench/many-tags.sh [NOTES] [TAGS_PER_NOTE]...   (default: 2000 notes, 5 25 50 tags each,
#   that is 10,000, 50,000 and 100,000 distinct tags). Uses $CARNET, else target/carnet-all.jar.
set -euo pipefail
notes=${1:-2000}; shift || true
per=("${@:-5 25 50}"); read -r -a per <<< "${per[*]}"
jar=${CARNET_JAR:-$(cd "$(dirname "$0")/.." && pwd)/target/carnet-all.jar}
run() { /usr/bin/time -f "%e s %M KB" java -jar "$jar" "$@" 2>&1 >/dev/null | tail -1; }
for k in "${per[@]}"; do
  dir=$(mktemp -d)
  python3 - "$dir" "$notes" "$k" <<'PY'
import os, sys
root, notes, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
open(os.path.join(root, "carnet.yml"), "w").write('title: "Étiquettes"\nlanguage: fr\ntimezone: Europe/Paris\n')
for n in range(notes):
    year, month = 2000 + n // 12 % 25, n % 12 + 1
    d = os.path.join(root, "notes", str(year)); os.makedirs(d, exist_ok=True)
    tags = ", ".join(f'"étiquette {n * per + t}"' for t in range(per))
    open(os.path.join(d, f"{month:02d}-note-{n}.md"), "w").write(
        f'---\ntitle: "Note {n}"\ndate: {year}-{month:02d}-01T10:00:00+02:00\ntags: [{tags}]\n---\n\nTexte de la note {n}.\n')
PY
  (cd "$dir" && git init -q . && echo "$((notes * k)) tags: build $(run build) · tags $(run tags) · $(du -sh public | cut -f1) public")
  rm -rf "$dir"
done
