#!/usr/bin/env bash
# What tags, links and bookmarks cost a batch, measured steadily. The same release binary renders
# the same plans with them (as always) and without (ROUTINEPRESS_MEASURE_UNTAGGED=1, a switch for
# this measurement only), alternating, many times; it prints the median wall and CPU seconds of
# each and the difference. With --instructions it also counts, under valgrind, the instructions
# of a 200-plan batch both ways: a figure that machine noise does not move.
#
# Usage: scripts/tag-cost.sh [--plans N] [--runs R] [--jobs J] [--instructions]
#   --plans N        plans in the batch (default 2000, made by the peer bench's make_batch.py)
#   --runs R         batches each way, alternating (default 10)
#   --jobs J         workers per batch (default: the batch's own choice, one per core)
#   --instructions   also count instructions (needs valgrind; takes about four minutes)
# Results: ~/.cache/routinepress-peers/tag-cost/ (runs.tsv, summary.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD plans=2000 runs=10 jobs="" instructions=0
while [ $# -gt 0 ]; do
  case "$1" in
    --plans) plans=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs="--jobs $2"; shift 2 ;;
    --instructions) instructions=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "tag-cost: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
b=$root/../shared/bench/peers
out=${PEERS_HOME:-$HOME/.cache/routinepress-peers}/tag-cost
unset ROUTINEPRESS_HOME ROUTINEPRESS_MEASURE_UNTAGGED
[ -f "$b/make_batch.py" ] || { echo "tag-cost: the peer bench is not at $b" >&2; exit 1; }
swift build -c release --product routinepress --scratch-path .build-bench >/dev/null
bin=$root/.build-bench/release/routinepress

mkdir -p "$out"
if [ ! -d "$out/plans-$plans" ] || [ "$(ls "$out/plans-$plans" | wc -l)" -ne "$plans" ]; then
  rm -rf "$out/plans-$plans" "$out/raw-$plans"
  python3 "$b/make_batch.py" --n "$plans" --seed 1 --out "$out/raw-$plans" >/dev/null
  python3 "$b/to_routinepress.py" --catalog-ids "$out/raw-$plans" "$out/plans-$plans"
fi

# Runs a command as `untagged` or `tagged` says ($1).
as() { if [ "$1" = untagged ]; then ROUTINEPRESS_MEASURE_UNTAGGED=1 "${@:2}"; else "${@:2}"; fi; }

# One batch; prints "wall user+sys" seconds.
batch() {
  rm -rf "$out/pdf"
  as "$1" /usr/bin/time -f "%e %U %S" -o "$out/time" "$bin" batch "$out/plans-$plans" -o "$out/pdf" -q $jobs --resources "$root" >/dev/null
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$out/time"
}
echo "tag-cost: $plans plans, $runs batches each way, alternating" >&2
batch untagged >/dev/null  # warm the file cache
printf "run\tuntagged_wall\tuntagged_cpu\ttagged_wall\ttagged_cpu\n" > "$out/runs.tsv"
for i in $(seq 1 "$runs"); do
  u=$(batch untagged) t=$(batch tagged)
  printf "%s\t%s\t%s\n" "$i" "${u/ /$'\t'}" "${t/ /$'\t'}" >> "$out/runs.tsv"
  echo "  run $i: untagged $u, tagged $t (wall s, cpu s)" >&2
done

python3 - "$out/runs.tsv" <<'PY' | tee "$out/summary.txt"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
def med(key): return statistics.median(float(r[key]) for r in rows)
for kind in ("wall", "cpu"):
    u, t = med(f"untagged_{kind}"), med(f"tagged_{kind}")
    pairs = sorted(float(r[f"tagged_{kind}"]) / float(r[f"untagged_{kind}"]) - 1 for r in rows)
    print(f"{kind}: untagged {u:.3f} s, tagged {t:.3f} s, medians: {(t / u - 1) * 100:+.1f} %; "
          f"run by run {pairs[0] * 100:+.1f} % to {pairs[-1] * 100:+.1f} %, median {statistics.median(pairs) * 100:+.1f} %")
PY

if [ "$instructions" = 1 ]; then
  command -v valgrind >/dev/null || { echo "tag-cost: --instructions needs valgrind (apt-get install valgrind)" >&2; exit 1; }
  small=$out/plans-200
  if [ ! -d "$small" ]; then
    python3 "$b/make_batch.py" --n 200 --seed 1 --out "$out/raw-200" >/dev/null
    python3 "$b/to_routinepress.py" --catalog-ids "$out/raw-200" "$small"
  fi
  # valgrind cannot read the DWARF 5 the release build carries: it runs a copy without it.
  # Swift seeds its hashing per process; a fixed seed makes the counts repeat exactly.
  strip --strip-debug -o "$out/routinepress-nodebug" "$bin"
  count() {
    rm -rf "$out/pdf-$1"
    as "$1" env SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$out/callgrind-$1.out" "$out/routinepress-nodebug" batch "$small" -o "$out/pdf-$1" -q --jobs 1 --resources "$root" 2>&1 |
      awk '/I +refs:/ {gsub(",", "", $NF); print $NF}'
  }
  echo "tag-cost: counting instructions of a 200-plan batch both ways (valgrind)" >&2
  u=$(count untagged) t=$(count tagged)
  # The rendering's own share: the render function's inclusive count (awk reads to the end, so
  # callgrind_annotate is not cut off).
  render() { callgrind_annotate --inclusive=yes "$out/callgrind-$1.out" 2>/dev/null | awk '/RenderEngineC6render_/ && !done {gsub(",", "", $1); print $1; done = 1}'; }
  ru=$(render untagged) rt=$(render tagged)
  awk -v u="$u" -v t="$t" -v ru="$ru" -v rt="$rt" 'BEGIN {
    printf "instructions, whole batch: untagged %.0f M, tagged %.0f M, %+.2f %%\n", u / 1e6, t / 1e6, (t / u - 1) * 100
    if (ru > 0) printf "instructions, rendering only: untagged %.0f M, tagged %.0f M, %+.2f %% (the %.0f M more is %.2f %% of the whole untagged batch)\n", ru / 1e6, rt / 1e6, (rt / ru - 1) * 100, (rt - ru) / 1e6, (rt - ru) / u * 100
  }' | tee -a "$out/summary.txt"
fi
echo "tag-cost: $out/summary.txt" >&2
