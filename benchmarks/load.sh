#!/usr/bin/env bash
# The service under load, against the built jar on 127.0.0.1 (issue 12):
#   status latency with 50 clients while 4 solves of the flagship run (wrk, Debian's package),
#   100 Server-Sent Events subscribers served to the end of their solve,
#   each solve's wall time against its time limit,
#   a fuzz run of malformed datasets and requests (10,000 by default): status counts and the largest answer.
# Usage: benchmarks/load.sh [--port 18095] [--workers N] [--seconds 30] [--fuzz 10000] [--jar api/target/caravan.jar]
# Needs: java, wrk, curl, python3. Builds nothing: run ./mvnw -B -DskipTests package first.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=18095 WORKERS="" SECONDS_LIMIT=30 FUZZ=10000 JAR=api/target/caravan.jar
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --seconds) SECONDS_LIMIT=$2; shift 2 ;;
    --fuzz) FUZZ=$2; shift 2 ;;
    --jar) JAR=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in java wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 2; }
done
[[ -f "$JAR" ]] || { echo "$JAR is missing: ./mvnw -B -DskipTests package" >&2; exit 2; }

WORK=$(mktemp -d)
OUT="benchmarks/results/$(date +%Y-%m-%dT%H%M)-load"
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"
SERVICE_PID=""
cleanup() {
  [[ -n "$SERVICE_PID" ]] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  jobs -p | xargs -r kill 2>/dev/null || true
}
trap cleanup EXIT

echo "== $(uptime)" | tee "$OUT/summary.txt"
ARGS=(--server.port="$PORT" --caravan.data-dir="$WORK/data" --caravan.sample.enabled=false)
[[ -n "$WORKERS" ]] && ARGS+=(--caravan.solver.workers="$WORKERS")
java -Xmx2g -jar "$JAR" "${ARGS[@]}" > "$OUT/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 240); do
  curl -sf "$BASE/actuator/health" >/dev/null && break
  sleep 0.5
done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "the service did not start; see $OUT/service.log" >&2; exit 1; }
grep -o "Caravan is ready with .* worker(s)[^O]*" "$OUT/service.log" | tee -a "$OUT/summary.txt"

ADMIN=$(cat "$WORK/data/admin-token")
TOKEN=$(curl -sf -X POST "$BASE/api/organisations" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name": "Load test"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["ownerToken"]["secret"])')
AUTH=(-H "Authorization: Bearer $TOKEN")
DATASET=$(curl -sf -X POST "$BASE/api/datasets" "${AUTH[@]}" -H 'Content-Type: application/json' \
  --data-binary @data/samples/djerba-2026.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

PLANS=()
for _ in 1 2 3 4; do
  PLANS+=("$(curl -sf -X POST "$BASE/api/datasets/$DATASET/plans" "${AUTH[@]}" -H 'Content-Type: application/json' \
    -d "{\"timeLimitSeconds\": $SECONDS_LIMIT}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["planId"])')")
done
echo "4 solves of the flagship (300 participants), $SECONDS_LIMIT s each: plans ${PLANS[*]}" | tee -a "$OUT/summary.txt"

# 100 subscribers, 25 per plan; each counts as served when its stream ends with the plan's final status.
mkdir -p "$WORK/sse"
for i in $(seq 1 100); do
  plan=${PLANS[$(( (i - 1) % 4 ))]}
  curl -s -N --max-time $(( SECONDS_LIMIT * 4 + 120 )) "${AUTH[@]}" -H 'Accept: text/event-stream' \
    "$BASE/api/plans/$plan/events" > "$WORK/sse/$i.txt" 2>/dev/null &
done

sleep 3
wrk -t2 -c50 -d5s -H "Authorization: Bearer $TOKEN" "$BASE/api/plans/${PLANS[0]}" > /dev/null
echo "== status: wrk -t2 -c50 -d20s --latency $BASE/api/plans/${PLANS[0]} (4 solves queued or running, 100 streams open)" \
  | tee -a "$OUT/summary.txt"
wrk -t2 -c50 -d20s --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/plans/${PLANS[0]}" | tee "$OUT/wrk.txt" \
  | grep -E "^ +(50|90|99)%|Requests/sec|Non-2xx|Socket errors" | tee -a "$OUT/summary.txt"
echo "== $(uptime)" | tee -a "$OUT/summary.txt"

for plan in "${PLANS[@]}"; do
  while ! curl -sf "${AUTH[@]}" "$BASE/api/plans/$plan" | grep -qE '"status":"(DONE|STOPPED|FAILED|INTERRUPTED)"'; do
    sleep 1
  done
done
sleep 3
served=0
for f in "$WORK"/sse/*.txt; do
  if grep -q '"status":"DONE"' "$f"; then served=$((served + 1)); fi
done
echo "== SSE: $served of 100 subscribers got every event up to the final DONE" | tee -a "$OUT/summary.txt"

echo "== wall time of each solve against its limit (started -> finished; queued before)" | tee -a "$OUT/summary.txt"
for plan in "${PLANS[@]}"; do
  curl -sf "${AUTH[@]}" "$BASE/api/plans/$plan" | python3 benchmarks/load/wall_time.py
done | tee -a "$OUT/summary.txt"

echo "== fuzz: $FUZZ malformed datasets and requests" | tee -a "$OUT/summary.txt"
# Against a small dataset of its own: a mutated solve request that is still valid queues a small solve.
TINY=$(curl -sf -X POST "$BASE/api/datasets" "${AUTH[@]}" -H 'Content-Type: application/json' \
  --data-binary @api/src/test/resources/datasets/tiny.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
python3 benchmarks/load/fuzz.py --base "$BASE" --token "$TOKEN" --dataset "$TINY" --count "$FUZZ" \
  --seed-file api/src/test/resources/datasets/tiny.json | tee -a "$OUT/summary.txt"
echo "== $(uptime)" | tee -a "$OUT/summary.txt"
echo "Written to $OUT/ (summary.txt, wrk.txt, service.log)"
