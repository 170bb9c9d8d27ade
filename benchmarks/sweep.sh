#!/usr/bin/env bash
# The budget curve of the flagship against single solves: a 7-level sweep from 70% to 130% of its budget (each level
# starting from the best plan of the level below), its wall time, and each level's medium against a cold single solve
# of that budget given the same total search time the chained level had behind it (level k: k x the seconds per level).
#   benchmarks/sweep.sh [SECONDS_PER_LEVEL] [DATASET]      default 20 s, data/samples/djerba-2026.json
# Needs the built jar (./mvnw -B -q -o -pl api -am package -DskipTests). Writes benchmarks/results/<time>-sweep/:
# the sweep's curve.csv, plans and curve.svg, each single solve's folder, and summary.csv / summary.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_LEVEL="${1:-20}"
DATASET="${2:-data/samples/djerba-2026.json}"
JAR=api/target/caravan.jar
[[ -f "$JAR" ]] || { echo "No $JAR: build it with ./mvnw -B -q -o -pl api -am package -DskipTests" >&2; exit 2; }
OUT="benchmarks/results/$(date -u +%Y-%m-%dT%H%M)-sweep"
mkdir -p "$OUT"
JAVA=(java -Xmx4g -XX:ActiveProcessorCount=2 -jar "$JAR")

start=$(date +%s.%N)
"${JAVA[@]}" sweep "$DATASET" --from 0.7 --to 1.3 --steps 7 --seconds "$SECONDS_PER_LEVEL" --out "$OUT/sweep" \
  > "$OUT/sweep.log"
end=$(date +%s.%N)
wall=$(python3 -c "print(round($end - $start, 1))")
echo "sweep: 7 levels x ${SECONDS_PER_LEVEL} s, wall time ${wall} s (JVM start included)"

# curve.csv starts with a byte-order mark; columns: budget,brought,medium,soft,cost,...
mapfile -t budgets < <(tail -n +2 "$OUT/sweep/curve.csv" | cut -d, -f1)
mapfile -t mediums < <(tail -n +2 "$OUT/sweep/curve.csv" | cut -d, -f3)
mapfile -t broughts < <(tail -n +2 "$OUT/sweep/curve.csv" | cut -d, -f2)
printf 'budget,chained seconds,chained brought,chained medium,single seconds,single brought,single medium\r\n' > "$OUT/summary.csv"
for i in "${!budgets[@]}"; do
  level=$((i + 1))
  seconds=$((level * SECONDS_PER_LEVEL))
  "${JAVA[@]}" sweep "$DATASET" --budgets "${budgets[$i]}" --seconds "$seconds" --out "$OUT/single-$level" \
    > "$OUT/single-$level.log"
  single=$(tail -n +2 "$OUT/single-$level/curve.csv" | head -1)
  single_brought=$(echo "$single" | cut -d, -f2)
  single_medium=$(echo "$single" | cut -d, -f3)
  printf '%s,%s,%s,%s,%s,%s,%s\r\n' "${budgets[$i]}" "$seconds" "${broughts[$i]}" "${mediums[$i]}" "$seconds" \
    "$single_brought" "$single_medium" >> "$OUT/summary.csv"
  echo "level $level budget ${budgets[$i]}: chained medium ${mediums[$i]} (${broughts[$i]} brought), single ${seconds} s medium ${single_medium} (${single_brought} brought)"
done
{
  echo "# Budget sweep of $(basename "$DATASET"), ${SECONDS_PER_LEVEL} s per level"
  echo
  echo "Sweep wall time: ${wall} s for 7 levels (JVM start, reading and writing included)."
  echo
  echo "| budget | chained: brought | chained: medium | single solve: seconds | single: brought | single: medium |"
  echo "|---:|---:|---:|---:|---:|---:|"
  tail -n +2 "$OUT/summary.csv" | tr -d '\r' | awk -F, '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $3, $4, $5, $6, $7}'
} > "$OUT/summary.md"
cat "$OUT/summary.md"
