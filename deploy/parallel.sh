#!/usr/bin/env bash
# A batch on one big machine: N shards at once with GNU parallel (Debian: apt-get install parallel),
# one render thread each, then the N reports joined into one (docs/SCALE.md).
#
#   deploy/parallel.sh PLANS OUT [N]      (N: default one per core)
#
# The same as typing, for N = 16:
#
#   parallel -j 16 routinepress batch plans/ -o out/sheets --shard {}/16 --resume --jobs 1 --report out/reports/shard-{}-of-16.json ::: $(seq 1 16)
#   routinepress batch --merge-reports out/reports/shard-*-of-16.json --report out/report.json
#
# Run it again after a crash or Ctrl-C: each shard keeps the plans it had finished (--resume).
# The exit code is the batch's: 0, or the highest of the shards' (65: a plan is invalid).
# Separate processes rather than one process with --jobs N: no thread waits on another's
# allocations, and a crash costs one shard; the price is one start-up per shard (fonts, layouts).
set -uo pipefail
if [ $# -lt 2 ]; then echo "usage: $0 PLANS OUT [N]" >&2; exit 64; fi
plans=$1 out=$2 n=${3:-$(nproc)}
mkdir -p "$out/sheets" "$out/reports" || exit 73
# A plan without a "date" prints the day it is rendered: one day for every shard.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}

parallel --joblog "$out/reports/parallel.log" -j "$n" \
  routinepress batch "$plans" -o "$out/sheets" --shard {}/"$n" --resume --jobs 1 --report "$out/reports/shard-{}-of-$n.json" \
  ::: $(seq 1 "$n")
# GNU parallel's own exit code is the number of shards that failed: take theirs from its log
# (column 7 the exit code, 8 the signal that ended a shard).
status=$(awk 'NR > 1 { s = $8 > 0 ? 128 + $8 : $7; if (s > max) max = s } END { print max + 0 }' "$out/reports/parallel.log")

routinepress batch --merge-reports "$out"/reports/shard-*-of-"$n".json --report "$out/report.json" || exit $?
exit "$status"
