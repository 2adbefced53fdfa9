#!/usr/bin/env bash
# What tags, links and bookmarks cost, in ONE bench run beside Typst: the same release binary
# renders the bench's plans tagged (as always) and untagged (ROUTINEPRESS_MEASURE_UNTAGGED=1,
# a switch for this measurement only), batch and single document, and the example sheets' sizes.
# Usage: scripts/bench-tags.sh [N]     (needs ../shared/bench/peers; keep typst for the 4x check)
#   BENCH_PEERS=typst  peers to time beside (default typst)
#   BENCH_BATCH_RUNS=3 repetitions of each batch (more for a steadier median on a noisy machine)
# Results: ~/.cache/routinepress-peers/tags/ (results.md, results.json)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD n=${1:-200}
b=$root/../shared/bench/peers
o=${PEERS_HOME:-$HOME/.cache/routinepress-peers}
out=$o/tags
unset ROUTINEPRESS_HOME ROUTINEPRESS_MEASURE_UNTAGGED
[ -x "$o/venv/bin/python" ] || bash "$b/setup.sh"
swift build -c release --product routinepress --scratch-path .build-bench
bin=$root/.build-bench/release/routinepress

mkdir -p "$out" && rm -rf "$out/rp-plans"
python3 "$b/make_batch.py" --n "$n" --seed 1 --out "$out/plans-$n" >/dev/null
python3 "$b/to_routinepress.py" --catalog-ids "$out/plans-$n" "$out/rp-plans"
python3 "$b/to_routinepress.py" --catalog-ids "$b/plans/take-home.json" "$out/rp-plans"

python3 "$b/bench.py" --n "$n" --batch-runs "${BENCH_BATCH_RUNS:-3}" --out "$out" --plans "$out/rp-plans" --peers "${BENCH_PEERS:-typst}" \
  --extra "rp-untagged=env ROUTINEPRESS_MEASURE_UNTAGGED=1 $bin render {in} -o {out} --resources $root" \
  --extra-batch "rp-untagged=env ROUTINEPRESS_MEASURE_UNTAGGED=1 $bin batch {indir} -o {outdir} -q --resources $root" \
  --extra "rp-tagged=$bin render {in} -o {out} --resources $root" \
  --extra-batch "rp-tagged=$bin batch {indir} -o {outdir} -q --resources $root"

echo
for plan in Examples/*.json; do
  name=$(basename "$plan" .json)
  ROUTINEPRESS_MEASURE_UNTAGGED=1 "$bin" render "$plan" -o "$out/$name-untagged.pdf" --resources "$root" 2>/dev/null
  "$bin" render "$plan" -o "$out/$name-tagged.pdf" --resources "$root" 2>/dev/null
  u=$(stat -c %s "$out/$name-untagged.pdf") t=$(stat -c %s "$out/$name-tagged.pdf")
  echo "$name.pdf: untagged $u bytes, tagged $t bytes ($(awk "BEGIN{printf \"%+.1f\", ($t/$u-1)*100}") %)"
done
python3 - "$out/results.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))["tools"]
med = lambda name, key: ((t.get(name, {}).get(key) or {}).get("wall_s") or {}).get("median")
for key in ("batch_1proc", "batch_2proc"):
    u, a = med("rp-untagged", key), med("rp-tagged", key)
    if u and a: print(f"{key}: untagged {u:.3f} s, tagged {a:.3f} s ({(a / u - 1) * 100:+.1f} %)")
ty, a = med("typst", "batch_2proc"), med("rp-tagged", "batch_1proc")
if ty and a: print(f"typst, 2 processes: {ty:.2f} s = {ty / a:.2f} x rp-tagged (1 process, its own workers), medians")
low = lambda name, key: ((t.get(name, {}).get(key) or {}).get("wall_s") or {}).get("min")
ty, a = low("typst", "batch_2proc"), low("rp-tagged", "batch_1proc")
if ty and a: print(f"typst, 2 processes: {ty:.2f} s = {ty / a:.2f} x rp-tagged, fastest runs")
PY
echo "bench results: $out/results.md, $out/results.json"
