#!/usr/bin/env bash
# Lighthouse (mobile: a throttled phone of 412 px) on what readers get, served from public/ on
# 127.0.0.1 by a plain static server: the six-photo note of bench/photos.sh (six 4000×3000 JPEGs)
# and the home page of the same blog, in each built-in theme (carnet, then sidebar). Prints each
# category's score and the page's weight.
#   bench/lighthouse.sh          needs carnet (./install.sh), node 18.16+ with npm, and Chromium
#                                (Debian: apt-get install chromium); Lighthouse 12.8.2 is installed
#                                once into $TMPDIR/carnet-lighthouse.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
blog="${TMPDIR:-/tmp}/carnet-bench-photos"
tools="${TMPDIR:-/tmp}/carnet-lighthouse"
chrome="${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$chrome" ] || { echo "lighthouse: Chromium not found (apt-get install chromium)" >&2; exit 1; }
command -v npm >/dev/null || { echo "lighthouse: npm not found" >&2; exit 1; }
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm i --no-audit --no-fund --silent lighthouse@12.8.2 >/dev/null)
fi
"$here/photos.sh" >/dev/null
port=4312
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$blog/public" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
sleep 1
for theme in carnet sidebar; do
  sed -i '/^theme:/d' "$blog/carnet.yml"
  printf 'theme: %s\n' "$theme" >> "$blog/carnet.yml"
  "${CARNET:-carnet}" -C "$blog" build >/dev/null
  for page in 2024/06/photos/ ""; do
    report=$(mktemp)
    CHROME_PATH="$chrome" "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet \
      --chrome-flags="--headless=new --no-sandbox" --form-factor=mobile --output=json --output-path="$report" >/dev/null 2>&1
    python3 - "$report" "$theme /$page" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
scores = ", ".join(f"{c['title']} {round(c['score'] * 100)}" for c in r["categories"].values())
a = r["audits"]
print(f"{sys.argv[2]}: {scores}; LCP {a['largest-contentful-paint']['displayValue']}, "
      f"CLS {a['cumulative-layout-shift']['displayValue']}, {a['total-byte-weight']['displayValue']}")
PY
    rm -f "$report"
  done
done
