#!/usr/bin/env bash
# Resident memory over a long batch: the peer bench's plans (make_batch.py --seed SEED,
# to_routinepress.py --catalog-ids) repeated as JSON Lines up to N plans, rendered by one release
# worker with --jobs 2 while its RSS is sampled every INTERVAL seconds (docs/SCALE.md).
# Usage: scripts/batch-rss.sh [N=10000] [SEED=7] [INTERVAL=2]     (needs ../shared/bench/peers)
# Prints "seconds MB" lines, then the run's summary; the sheets go to a temporary folder, removed after.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000} seed=${2:-7} interval=${3:-2}
b=$PWD/../shared/bench/peers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product routinepress --scratch-path .build-bench >/dev/null 2>&1
python3 "$b/make_batch.py" --n 200 --seed "$seed" --out "$work/peer" >/dev/null
python3 "$b/to_routinepress.py" --catalog-ids "$work/peer" "$work/plans" >/dev/null
python3 - "$work/plans" "$n" "$work/plans.jsonl" <<'PY'
import json, os, sys
folder, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = [json.dumps(json.load(open(os.path.join(folder, f))), ensure_ascii=False) for f in sorted(os.listdir(folder))]
with open(out, "w") as f:
    for i in range(n): f.write(lines[i % len(lines)] + "\n")
PY
python3 - "$interval" .build-bench/release/routinepress batch "$work/plans.jsonl" -o "$work/out" --jobs 2 --resources "$PWD" <<'PY'
import subprocess, sys, time
interval, cmd = float(sys.argv[1]), sys.argv[2:]
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
start = time.time()
while p.poll() is None:
    try:
        rss = next(int(l.split()[1]) for l in open(f"/proc/{p.pid}/status") if l.startswith("VmRSS:"))
        print(f"{time.time() - start:7.1f} {rss / 1024:7.1f}", flush=True)
    except (FileNotFoundError, StopIteration):
        break
    time.sleep(interval)
print(p.stderr.read().strip().splitlines()[-1] if p.returncode == 0 else f"exit {p.returncode}")
sys.exit(p.returncode)
PY
