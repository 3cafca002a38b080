#!/usr/bin/env bash
# Cold full builds of the shared benchmark corpus by carnet and by Hugo, alternated, each from
# nothing: no output folder and no cache (carnet's .carnet/, Hugo's public/ and resources/).
#   bench/vs-hugo.sh [NOTES] [ROUNDS]      defaults 10000 and 3; needs an installed carnet
#                                           (./install.sh) and hugo (Debian: apt-get install hugo)
# Before each build the last output is moved aside, not deleted (see aside in corpus.sh: ext4
# makes creating 10,000 folders right after deleting 10,000 cost up to four times the system
# time, which would charge one tool for the other's clean-up), then left to settle (sync, then
# SETTLE seconds, default 15). The Hugo site is the same notes (their front matter is Hugo's) with minimal layouts
# (title, date, tags, content; paginated lists), made once next to the corpus.
set -euo pipefail
notes="${1:-10000}"
rounds="${2:-3}"
settle="${SETTLE:-15}"
source "$(dirname "$0")/corpus.sh"
command -v hugo >/dev/null || { echo "bench: hugo is not installed (apt-get install hugo)" >&2; exit 1; }

site="${TMPDIR:-/tmp}/hugo-bench-$notes"
if [ ! -f "$site/config.toml" ]; then
  rm -rf "$site"
  mkdir -p "$site/content" "$site/layouts/_default"
  cp -r "$corpus/notes" "$site/content/notes"
  cat > "$site/config.toml" <<'TOML'
baseURL = "https://someone.github.io/blog/"
languageCode = "fr"
title = "Bench"
[taxonomies]
tag = "tags"
[markup.goldmark.extensions]
typographer = true
TOML
  printf '%s' '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>' \
    > "$site/layouts/_default/baseof.html"
  list='{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p>{{ end }}{{ end }}'
  printf '%s' "$list" > "$site/layouts/_default/list.html"
  printf '%s' "$list" > "$site/layouts/index.html"
  printf '%s' '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p>{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}{{ .Content }}</article>{{ end }}' \
    > "$site/layouts/_default/single.html"
fi
echo "hugo: $(hugo version | cut -d' ' -f1-2) in $site"

for round in $(seq "$rounds"); do
  aside "$corpus/.carnet" "$corpus/public"; sync; sleep "$settle"
  /usr/bin/time -o "$corpus.time" -f "%e s wall, %M KB peak memory, %P CPU" "$carnet" -C "$corpus" build >/dev/null 2>&1
  echo "round $round  carnet: $(cat "$corpus.time")"
  aside "$site/public" "$site/resources"; sync; sleep "$settle"
  /usr/bin/time -o "$site.time" -f "%e s wall, %M KB peak memory, %P CPU" hugo --quiet -s "$site" >/dev/null 2>&1
  echo "round $round  hugo:   $(cat "$site.time")"
done
drop_aside
