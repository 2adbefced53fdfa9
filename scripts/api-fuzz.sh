#!/usr/bin/env bash
# The HTTP API fuzzed against docs/openapi.yaml with schemathesis (issue: routinepress serve).
# Starts `routinepress serve` on a free port, generates requests from the document (valid and
# invalid), and checks every answer: no 5xx, each status and body as the document says, invalid
# requests refused. One check is left out: a plan the schema accepts may still be refused with
# 422, because the schema cannot know the catalog (an exercise it lacks) or the calendar (a
# race day after the race); docs/openapi.yaml says so.
# Usage: scripts/api-fuzz.sh [path/to/routinepress]   (FUZZ_EXAMPLES=n sets examples per operation)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/routinepress}
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$bin" serve --port "$port" --resources . 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
healthy() { python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "http://127.0.0.1:$port/healthz" 2>/dev/null; }
for _ in $(seq 100); do healthy && break; sleep 0.1; done
healthy || { cat "$log"; echo "the server did not start" >&2; exit 1; }
status=0
schemathesis run docs/openapi.yaml --url "http://127.0.0.1:$port" --checks all --exclude-checks positive_data_acceptance \
  --max-examples "${FUZZ_EXAMPLES:-25}" --workers 2 --seed 1 --generation-deterministic --no-color || status=$?
kill -TERM "$server"
wait "$server" || { echo "the server did not stop cleanly after the fuzzing" >&2; status=1; }
trap - EXIT
# The access log's fourth field is the status: any 5xx but 503 (busy) fails the run.
errors=$(awk '$4 ~ /^5[0-9][0-9]$/ && $4 != "503"' "$log")
if [ -n "$errors" ]; then echo "server errors in the log:" >&2; echo "$errors" | head -20 >&2; status=1; fi
echo "requests answered: $(awk '$4 ~ /^[1-5][0-9][0-9]$/' "$log" | wc -l), by status: $(awk '$4 ~ /^[1-5][0-9][0-9]$/ {print $4}' "$log" | sort | uniq -c | tr -s ' ' | tr '\n' ',')"
exit "$status"
