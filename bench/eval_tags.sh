#!/usr/bin/env bash
# Score people/organizations/countries tagging on every visible gold set.
#   bench/eval_tags.sh [OUT_DIR] [extra score_tags.py args...]
# One scorer run per set (so each set gets its own summary line and docs/s);
# per-doc errors go to OUT_DIR/<set>.json (default /tmp/eval_tags).
set -euo pipefail
cd "$(dirname "$0")/.."
GOLD=../shared/eval/gold
OUT=${1:-/tmp/eval_tags}
shift || true
mkdir -p "$OUT"
SETS=${SETS:-"nerel-dev factru-dev slavicner-asia_bibi slavicner-brexit slavicner-covid-19 slavicner-ryanair slavicner-us_election_2020"}
for set in $SETS; do
  last=$(python3 ../shared/eval/score_tags.py --gold "$GOLD/$set.jsonl" \
      --cmd '.venv/bin/briefings tag --jsonl' --details --out "$OUT/$set.json" \
      --save-pred "$OUT/$set.pred.jsonl" "$@" | tail -n 1)
  printf '%-28s %s\n' "$set" "$last"
done
