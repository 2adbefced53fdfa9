#!/usr/bin/env bash
# Exercise pictures, before and after, in ONE bench run beside the peers.
# "before" is REV (default 8c1f292, the last commit without pictures), built in a throw-away git
# worktree; "after" is this working tree, built into .build-bench (ignored by git, so .build is
# left alone). Both render the same --catalog-ids plans (every card names a catalog exercise,
# so "after" draws its picture): cold single document and the N-plan batch, in bench.py.
# Then: the example PDF's size from each tree, and 20 cold renders of it with each binary.
# Usage: scripts/bench-pictures.sh [REV] [N]     (needs ../shared/bench/peers)
#   BENCH_PEERS=typst,reportlab  times fewer peers (default: all four; keep typst for the 4x check)
# Results: ~/.cache/routinepress-peers/pictures/ (results.md, results.json, example-*.pdf)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD rev=${1:-8c1f292} n=${2:-200}
b=$root/../shared/bench/peers
o=${PEERS_HOME:-$HOME/.cache/routinepress-peers}
out=$o/pictures
unset ROUTINEPRESS_HOME  # it would send both binaries to one tree; each gets --resources instead
[ -x "$o/venv/bin/python" ] || bash "$b/setup.sh"
git diff --quiet HEAD -- Sources Layouts Fonts Package.swift ||
  echo "note: Sources/Layouts/Fonts differ from HEAD; 'after' is the working tree as built" >&2

# "before": REV checked out beside this tree; the worktree (and its .build) goes away on exit
wt=$(mktemp -d /tmp/rp-before.XXXXXX)
trap 'git -C "$root" worktree remove --force "$wt" || rm -rf "$wt"' EXIT
git worktree add --quiet --detach "$wt" "$rev"
[ ! -f Package.resolved ] || cp Package.resolved "$wt/"  # same dependency versions in both builds
make -C "$wt" --no-print-directory setup                  # its fonts: the Debian packages Fonts/fonts.json names
(cd "$wt" && swift build -c release --product routinepress)
swift build -c release --product routinepress --scratch-path .build-bench
before=$wt/.build/release/routinepress after=$root/.build-bench/release/routinepress

# the bench's plans, converted with catalog ids (file names kept, take-home.json as the canonical plan)
mkdir -p "$out" && rm -rf "$out/rp-plans"
python3 "$b/make_batch.py" --n "$n" --seed 1 --out "$out/plans-$n" >/dev/null
python3 "$b/to_routinepress.py" --catalog-ids "$out/plans-$n" "$out/rp-plans"
python3 "$b/to_routinepress.py" --catalog-ids "$b/plans/take-home.json" "$out/rp-plans"

python3 "$b/bench.py" --n "$n" --out "$out" --plans "$out/rp-plans" \
  --peers "${BENCH_PEERS:-weasyprint,typst,reportlab,fpdf2}" \
  --extra "rp-before=$before render {in} -o {out} --resources $wt" \
  --extra-batch "rp-before=$before batch {indir} -o {outdir} -q --resources $wt" \
  --extra "rp-after=$after render {in} -o {out} --resources $root" \
  --extra-batch "rp-after=$after batch {indir} -o {outdir} -q --resources $root"

# the example sheet, each tree rendering its own Examples/take-home.json
"$before" render "$wt/Examples/take-home.json" -o "$out/example-before.pdf" --resources "$wt"
"$after" render "$root/Examples/take-home.json" -o "$out/example-after.pdf" --resources "$root"
sb=$(stat -c %s "$out/example-before.pdf") sa=$(stat -c %s "$out/example-after.pdf")
echo
echo "example PDF: before $sb bytes, after $sa bytes ($(awk "BEGIN{printf \"%+.1f\", ($sa/$sb-1)*100}") %)"

# cold start: one untimed render each, then 20 each, alternating; wall time of the whole process
declare -A ms=([before]="" [after]="")
render() {  # before|after; the sheet's warnings were shown above
  if [ "$1" = before ]; then "$before" render "$wt/Examples/take-home.json" -o "$out/cold.pdf" --resources "$wt" 2>/dev/null
  else "$after" render "$root/Examples/take-home.json" -o "$out/cold.pdf" --resources "$root" 2>/dev/null; fi
}
render before; render after
for _ in $(seq 20); do
  for w in before after; do
    t0=$EPOCHREALTIME; render "$w"; t1=$EPOCHREALTIME
    ms[$w]+="$(awk "BEGIN{print ($t1-$t0)*1000}") "
  done
done
rm -f "$out/cold.pdf"
for w in before after; do
  echo "cold start, $w: $(tr ' ' '\n' <<<"${ms[$w]}" | sed '/^$/d' | sort -g |
    awk '{v[NR]=$1} END{printf "min %.1f / median %.1f / max %.1f ms (20 runs)", v[1], (v[10]+v[11])/2, v[NR]}')"
done
# the batch figures the targets use (medians from results.json)
python3 - "$out/results.json" <<'PY'
import json, sys
t = {k: v for k, v in json.load(open(sys.argv[1]))["tools"].items()}
med = lambda name, key: ((t.get(name, {}).get(key) or {}).get("wall_s") or {}).get("median")
b, a, ty = med("rp-before", "batch_1proc"), med("rp-after", "batch_1proc"), med("typst", "batch_2proc")
if a and b: print(f"batch, 1 process: rp-before {b:.2f} s, rp-after {a:.2f} s ({(a / b - 1) * 100:+.1f} %)")
if a and ty: print(f"typst, 2 processes: {ty:.2f} s = {ty / a:.2f} x rp-after")
PY
echo "bench results: $out/results.md, $out/results.json"
