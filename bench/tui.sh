#!/usr/bin/env bash
# Times the text UI on the shared corpus, as a person sees it, through tmux:
#   first frame  - from launching `carnet` until its header is on screen
#   notes loaded - until the header shows the number of notes
#   keystroke    - for each letter of a search, until the header shows the new query
#   bench/tui.sh [NOTES]      default 10000; needs tmux and an installed carnet (./install.sh)
# tmux polling adds a few milliseconds to every figure.
set -euo pipefail
notes="${1:-10000}"
source "$(dirname "$0")/corpus.sh"
command -v tmux >/dev/null || { echo "bench: tmux is not installed" >&2; exit 1; }
session="carnet-bench-$$"
now() { date +%s%N; }
screen() { tmux capture-pane -t "$session" -p 2>/dev/null || true; }
wait_for() { # wait_for TEXT -> milliseconds since $start
  while ! screen | grep -qF -- "$1"; do sleep 0.005; done
  echo $(( ($(now) - start) / 1000000 ))
}
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
start=$(now)
tmux new-session -d -s "$session" -x 120 -y 40 "cd '$corpus' && '$carnet'"
echo "first frame:   $(wait_for 'Bench —') ms"
echo "notes loaded:  $(wait_for "$notes notes" 2>/dev/null || wait_for ' notes') ms"
sleep 2 # let the search index finish
query=""
for letter in a t e l i e r; do
  query="$query$letter"
  [ "$query" = "a" ] && tmux send-keys -t "$session" / && sleep 0.2
  start=$(now)
  tmux send-keys -t "$session" "$letter"
  echo "keystroke '$query': $(wait_for "/ $query▏") ms"
done
