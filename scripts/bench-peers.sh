#!/usr/bin/env bash
# RoutinePress beside the peers (WeasyPrint, Typst, ReportLab, fpdf2) on the same 200 plans.
# Usage: scripts/bench-peers.sh [N]   (from the repository; needs ../shared/bench/peers)
# Results: ~/.cache/routinepress-peers/out/results.md
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
b=../shared/bench/peers
o=${PEERS_HOME:-$HOME/.cache/routinepress-peers}
[ -x "$o/venv/bin/python" ] || bash "$b/setup.sh"
swift build -c release --product routinepress
python3 "$b/make_batch.py" --n "$n" --seed 1 --out "$o/plans-$n"
# --catalog-ids: every exercise names its catalog entry, so each card carries its picture
rm -rf "$o/rp-plans" && python3 "$b/to_routinepress.py" --catalog-ids "$o/plans-$n" "$o/rp-plans"
python3 "$b/to_routinepress.py" --catalog-ids "$b/plans/take-home.json" "$o/rp-plans"
bin=$PWD/.build/release/routinepress
python3 "$b/bench.py" --n "$n" --plans "$o/rp-plans" \
  --extra "routinepress=$bin render {in} -o {out}" \
  --extra-batch "routinepress=$bin batch {indir} -o {outdir} -q"
