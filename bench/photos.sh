#!/usr/bin/env bash
# What photos cost and weigh: a note showing six 4000×3000 JPEGs (bench/PhotoBench.java makes them,
# photo-like, 3 to 5 MB each), built three ways: first build (every copy made), then --clean with
# the copies kept in .carnet/cache/photos (nothing decoded), then a build with nothing changed.
# Then the page's weight on a 360 px phone: the HTML, the stylesheet and, for each photo, the copy a
# browser takes from srcset for sizes at 360 CSS px (column 324.8 px) at DPR 1 and 2: the photos on
# the first screen (the first, fetched at once) and all six (scrolled through). Last, a screenshot
# of the page by headless Chromium at 360×800, if installed.
#   bench/photos.sh              needs carnet: CARNET=/path/to/carnet, else the one on PATH (./install.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
carnet="${CARNET:-$(command -v carnet)}"
blog="${TMPDIR:-/tmp}/carnet-bench-photos"
rm -rf "$blog"
"$carnet" init "$blog" --title "Photos" --language fr >/dev/null
java "$here/PhotoBench.java" "$blog/static/images/atelier" 6 4000 3000
{
  printf -- '---\ntitle: "Six photos de l’atelier"\ndate: 2024-06-30T10:00:00+02:00\n---\n\nLe bilan de l’atelier, en six photos.\n\n'
  for n in 1 2 3 4 5 6; do
    printf '![Photo %s de l’atelier](images/atelier/photo-%s.jpg "L’atelier, photo %s")\n\nUn paragraphe entre deux photos.\n\n' "$n" "$n" "$n"
  done
} > "$blog/notes/2024-06-photos.md"
mkdir -p "$blog/notes/2024" && mv "$blog/notes/2024-06-photos.md" "$blog/notes/2024/06-photos.md"
echo "originals: $(du -cb "$blog"/static/images/atelier/*.jpg | tail -1 | cut -f1) bytes in 6 files"
for run in first cached nothing; do
  args=(build)
  [ "$run" = cached ] && args=(build --clean)
  /usr/bin/time -o "$blog.time" -f "%e s wall, %U s user CPU, %M KB peak memory" "$carnet" -C "$blog" "${args[@]}" >/dev/null 2>&1
  echo "build ($run): $(cat "$blog.time")"
done
page=$(find "$blog/public" -path '*photos/index.html' | head -1)
python3 - "$blog/public" "$page" <<'PY'
import os, re, sys
site, page = sys.argv[1], sys.argv[2]
html = open(page, encoding='utf-8').read()
base = sum(os.path.getsize(p) for p in [page, os.path.join(site, 'assets/style.css')])
imgs = re.findall(r'<img [^>]*>', html)
column = 360 - 2.2 * 16
def chosen(tag, dpr):
    attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag))
    cands = [(int(w.rstrip('w')), u) for u, w in (c.rsplit(' ', 1) for c in attrs.get('srcset', attrs['src'] + ' 0w').split(', '))]
    need = column * dpr
    fit = sorted(c for c in cands if c[0] >= need) or sorted(cands)[-1:]
    url = fit[0][1]
    return os.path.getsize(os.path.join(site, url.lstrip('/')))
for dpr in (1, 2):
    sizes = [chosen(t, dpr) for t in imgs if 'atelier/photo' in t]
    print(f"360 px, DPR {dpr}: page+css {base} B; first screen {base + sizes[0]} B; all six photos {base + sum(sizes)} B")
PY
if command -v chromium >/dev/null; then
  port=8765
  (cd "$blog/public" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
  server=$!
  trap 'kill "$server" 2>/dev/null' EXIT
  sleep 1
  url="http://127.0.0.1:$port/${page#"$blog/public/"}"
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=360,800 --force-device-scale-factor=2 \
    --user-data-dir="$(mktemp -d)" --screenshot="$blog-360.png" "${url%index.html}" >/dev/null 2>&1 || true
  echo "screenshot: $blog-360.png"
fi
