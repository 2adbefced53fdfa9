#!/usr/bin/env bash
# A Kubernetes Indexed Job played on this machine (issue 15), as its job controller would run it:
# N worker processes started at once, each with JOB_COMPLETION_INDEX set (0 to N-1), all writing
# into one shared output folder with `batch --shard-from-env --shards N --resume --jobs 1`, each
# with its own report. For N = 3 and N = 7 one worker is killed with SIGKILL partway and started
# again with --resume, while the others still run (a container restarted in its pod).
# Then, for each N: the files are those of one unsharded reference run, byte for byte; no
# temporary file (.part-) is left; each plan is in exactly one shard's report; the resumed worker
# kept exactly the plans its manifest recorded; and `batch --merge-reports` gives the reference
# run's report, byte for byte.
# Usage: scripts/indexed-job-sim.sh path/to/routinepress   (SIM_KEEP=1 keeps the work folder)
set -uo pipefail
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "usage: $0 path/to/routinepress" >&2; exit 64; fi
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/indexed-job-sim.XXXXXX")
# Copies of the program and of its folders, so that a build or an edit meanwhile cannot
# change them between the runs (the settings --resume compares include every layout file).
bin=$work/routinepress
cp "$1" "$bin" && mkdir "$work/resources" && cp -r "$root/Layouts" "$root/Fonts" "$work/resources/" || exit 1
resources=$work/resources
# Plans without a date print the day they are rendered: one day for every run here.
export SOURCE_DATE_EPOCH=1764547200
started=$(date +%s%N)
running=()
cleanup() {
  for pid in "${running[@]}"; do kill -KILL "$pid" 2>/dev/null; done
  if [ "${SIM_KEEP:-0}" = 1 ]; then echo "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

passed=0 failed=0
check() {  # check CONDITION-STATUS TEXT: one line per check
  if [ "$1" = 0 ]; then passed=$((passed + 1)); echo "ok    $2"; else failed=$((failed + 1)); echo "FAIL  $2"; fi
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# 200 plan files made from the example, differing in patient, sections, paper and language, and a
# JSON Lines file whose names clash (a repeated id, an id that is also a file's name, a line with
# no id) and whose fourth line is broken: names that depend on the plans before them, and one
# plan that fails.
python3 - "$root/Examples/take-home.json" "$work" <<'EOF'
import json, os, sys
example = json.load(open(sys.argv[1]))
work = sys.argv[2]
os.makedirs(work + "/plans")
def plan(i):
    p = dict(example)
    p["patient"] = {"name": f"Patient {i}"}
    p["sections"] = example["sections"][: 1 + i % 3]
    if i % 5 == 0:
        p["paper"] = "a4"
    if i % 11 == 0:
        p["language"] = "es"
    return p
for i in range(1, 201):
    with open(f"{work}/plans/plan-{i:03d}.json", "w") as f:
        json.dump(plan(i), f, sort_keys=True, indent=1)
lines = []
for i, name in enumerate(["walk-in", None, "walk-in", "BROKEN", "plan-007", "walk-in"]):
    if name == "BROKEN":
        lines.append('{"id": "broken", "kind": ')
        continue
    p = plan(300 + i)
    if name:
        p["id"] = name
    lines.append(json.dumps(p, sort_keys=True))
with open(work + "/day.jsonl", "w") as f:
    f.write("\n".join(lines) + "\n")
EOF
[ $? = 0 ] || { echo "could not make the plans" >&2; exit 1; }
inputs=(plans day.jsonl)
plans=206 broken=203   # 200 files, then 6 lines; the broken line's position, from 0
cd "$work" || exit 1

# The files of a folder, but the manifests' folder, one name a line.
listing() { (cd "$1" && find . -mindepth 1 -maxdepth 1 ! -name .routinepress -printf '%P\n' | LC_ALL=C sort); }

# One unsharded run: the reference.
t=$(date +%s%N)
"$bin" batch "${inputs[@]}" -o ref -q --report ref.json --resources "$resources" 2>ref.log
status=$?
reference_ms=$(ms "$t")
check $([ "$status" = 65 ] && echo 0 || echo 1) "reference: one unsharded run exits 65 (the broken line) in ${reference_ms} ms"
listing ref >ref.list
check $([ "$(wc -l <ref.list)" = $((plans - 1)) ] && echo 0 || echo 1) "reference: $((plans - 1)) files written ($(wc -l <ref.list) found)"

# Starts worker K of N (0-based) in the background; its pid in $worker.
start_worker() {  # N K LOGFILE
  JOB_COMPLETION_INDEX=$2 "$bin" batch "${inputs[@]}" -o "out-$1" --shard-from-env --shards "$1" --resume --jobs 1 \
    --report "reports-$1/shard-$2.json" --resources "$resources" 2>>"$3" &
  worker=$!
  running+=("$worker")
}

# Runs the N workers; with a victim, kills it after WAIT seconds, once its manifest holds TARGET
# plans, and starts it again. Returns 2 when the victim had finished before the kill (the round
# is to be run again, with a shorter wait and a smaller target).
round() {  # N VICTIM-or-- WAIT TARGET
  local n=$1 victim=$2 wait=$3 target=$4 k
  rm -rf "out-$n" "reports-$n" && mkdir "reports-$n"
  pids=() statuses=()
  for ((k = 0; k < n; k++)); do
    : >"worker-$n-$k.log"
    start_worker "$n" "$k" "worker-$n-$k.log"
    pids[k]=$worker
  done
  kill_note=""
  if [ "$victim" != "--" ]; then
    local manifest="out-$n/.routinepress/manifest-$((victim + 1))-of-$n.jsonl"
    sleep "$wait"
    # Partway: once it has recorded TARGET plans (the time alone may fall in its start-up).
    for _ in $(seq 1000); do
      [ "$(cat "$manifest" 2>/dev/null | wc -l)" -ge "$target" ] && break
      kill -0 "${pids[victim]}" 2>/dev/null || break
      sleep 0.02
    done
    local strays
    kill -KILL "${pids[victim]}" 2>/dev/null
    { wait "${pids[victim]}"; } 2>/dev/null
    local s=$?
    if [ "$s" != 137 ]; then
      for ((k = 0; k < n; k++)); do [ "$k" = "$victim" ] || { wait "${pids[k]}"; } 2>/dev/null; done
      return 2
    fi
    # What the killed worker had recorded: whole lines of its manifest.
    recorded=$(python3 -c '
import json, sys
n = 0
try:
    data = open(sys.argv[1], "rb").read()
except FileNotFoundError:
    data = b""
for line in data.split(b"\n")[:-1]:
    try:
        json.loads(line); n += 1
    except ValueError:
        pass
print(n)' "$manifest")
    strays=$(find "out-$n" "reports-$n" -name "*.part-${pids[victim]}*" | wc -l)
    kill_note="killed with $recorded plans recorded and $strays temporary files of its own left"
    echo "--- restarted after the kill" >>"worker-$n-$victim.log"
    start_worker "$n" "$victim" "worker-$n-$victim.log"
    pids[victim]=$worker
  fi
  for ((k = 0; k < n; k++)); do { wait "${pids[k]}"; } 2>/dev/null; statuses[k]=$?; done
  running=()
  return 0
}

for n in 1 2 3 7; do
  victim=--
  wait_s=0
  if [ "$n" = 3 ]; then victim=$((broken % n)); fi   # the worker that also holds the failing plan
  if [ "$n" = 7 ]; then victim=$((RANDOM % n)); fi
  share=$(( (plans - ${victim/--/0} + n - 1) / n ))
  target=0
  if [ "$victim" != "--" ]; then
    # A worker's share takes about 3/N of the reference run's time here (N workers of one
    # thread each, the reference on every core): kill it after a fifth of that, once it has
    # recorded from a sixth to two thirds of its plans (a different point each run).
    wait_s=$(python3 -c "print(f'{$reference_ms / 1000 * 3 / $n * 0.2:.3f}')")
    target=$(( share / 6 + RANDOM % (share / 2) ))
  fi
  t=$(date +%s%N)
  tries=0 recorded="" kill_note=""
  while :; do
    tries=$((tries + 1))
    round "$n" "$victim" "$wait_s" "$target"
    r=$?
    [ "$r" = 0 ] && break
    if [ "$tries" -ge 6 ]; then break; fi
    wait_s=$(python3 -c "print(f'{$wait_s / 2:.3f}')")
    target=$(( target / 2 ))
  done
  elapsed=$(ms "$t")
  name="N=$n"
  if [ "$victim" != "--" ]; then
    check $([ "$r" = 0 ] && echo 0 || echo 1) "$name: worker $victim was still running when killed with SIGKILL (try $tries, after ${wait_s} s and $target plans or more; $kill_note)"
    # The resumed worker's summary: the plans it found done before are exactly those recorded,
    # and with those it rendered or failed each plan of its share once.
    summary=$(grep '^shard ' "worker-$n-$victim.log" | tail -n 1)
    kept=$(echo "$summary" | sed -n 's/.*rendered [0-9]* (\([0-9]*\) done before).*/\1/p')
    done_=$(echo "$summary" | sed -n 's/.*rendered \([0-9]*\) (.*failed \([0-9]*\),.*/\1 + \2/p')
    check $([ -n "$kept" ] && [ "$kept" = "$recorded" ] && [ $((${done_:-0})) = "$share" ] && echo 0 || echo 1) \
      "$name: the resumed worker kept the $recorded plans its manifest recorded and did the rest of its $share (${summary:-no summary line})"
  fi
  expected=""
  for ((k = 0; k < n; k++)); do expected+="$([ $((broken % n)) = "$k" ] && echo 65 || echo 0) "; done
  check $([ "${statuses[*]} " = "$expected" ] && echo 0 || echo 1) "$name: workers' exit codes ${statuses[*]} (65 for the one holding the broken line) in ${elapsed} ms"

  listing "out-$n" >"out-$n.list"
  if cmp -s ref.list "out-$n.list"; then check 0 "$name: the same $(wc -l <ref.list) file names as the reference run"
  else check 1 "$name: the same file names as the reference run: $(diff ref.list "out-$n.list" | grep '^[<>]' | head -5 | tr '\n' ' ')"; fi
  differ=0
  while read -r f; do
    [ -f "out-$n/$f" ] && ! cmp -s "ref/$f" "out-$n/$f" && { differ=$((differ + 1)); echo "      differs: $f"; }
  done <ref.list
  check "$differ" "$name: every file byte-identical to the reference ($differ differ)"
  strays=$(find . -name '*.part-*' | wc -l)
  check $([ "$strays" = 0 ] && echo 0 || echo 1) "$name: no temporary .part- file anywhere ($strays found)"

  python3 - "$n" "$plans" reports-"$n"/shard-*.json >"once-$n.log" 2>&1 <<'EOF'
import json, sys
n, plans, paths = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
seen = {}
problems = []
for path in paths:
    report = json.load(open(path))
    k = int(path.rsplit("-", 1)[1].split(".")[0])
    if report.get("shard") != f"{k + 1}/{n}" or report.get("plans") != plans:
        problems.append(f"{path}: shard {report.get('shard')}, plans {report.get('plans')}")
    for record in report["records"]:
        p = record["position"]
        if p % n != k:
            problems.append(f"{path}: position {p} is not this shard's")
        if p in seen:
            problems.append(f"position {p} in {seen[p]} and {path}")
        seen[p] = path
missing = [p for p in range(plans) if p not in seen]
if missing:
    problems.append(f"positions in no report: {missing[:5]}")
if len(paths) != n:
    problems.append(f"{len(paths)} reports for {n} workers")
print("; ".join(problems[:5]))
sys.exit(1 if problems else 0)
EOF
  check $? "$name: each of the $plans plans in exactly one worker's report, the one its position falls to$(sed 's/^./: &/' "once-$n.log")"

  "$bin" batch --merge-reports reports-"$n"/shard-*.json --report "merged-$n.json" -q 2>"merge-$n.log"
  check $? "$name: batch --merge-reports joins the $n reports$(head -c 200 "merge-$n.log" | sed 's/^./: &/')"
  # Reports hold no timings today; if they ever do, they are left out of the comparison.
  python3 - ref.json "merged-$n.json" >"compare-$n.log" <<'EOF'
import json, sys
a, b = (open(p, "rb").read() for p in sys.argv[1:3])
if a == b:
    print("byte-identical"); sys.exit(0)
def timing(key):
    key = key.lower()
    return key in ("ms", "time") or key.endswith(("seconds", "_ms", "millis", "duration", "elapsed", "_time"))
def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if not timing(k)}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node
try:
    same = strip(json.loads(a)) == strip(json.loads(b))
except ValueError as e:
    print(f"not JSON: {e}"); sys.exit(1)
print("equal but for timings" if same else "different"); sys.exit(0 if same else 1)
EOF
  check $? "$name: the merged report is the reference run's report: $(cat "compare-$n.log")"
done

echo "indexed-job-sim: $(ms "$started") ms in all"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
