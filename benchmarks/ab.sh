#!/usr/bin/env bash
# A/B cells for comparing solver configurations under the same machine load: for each dataset and each random seed,
# every contender runs once, one after the other (so neighbours in time share the load), each in its own JVM as the
# suite starts it, on the same wall time. Results (one JSON per cell, as ContenderRun writes it) and a CSV go to OUT.
#   benchmarks/ab.sh OUT SECONDS "seed1 seed2 ..." "dataset1 dataset2 ..." contender1 contender2 ...
# Datasets are ContenderRun words (file:flagship:data/samples/djerba-2026.json, gen:gen-2000:2000:2000:).
# Build first: ./mvnw -B -q -o -pl benchmarks -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1 seconds=$2 seeds=$3 datasets=$4
shift 4
mkdir -p "$out"
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
csv="$out/cells.csv"
[[ -f "$csv" ]] || echo "dataset,seed,contender,seconds,medium,soft,wall_ms,speed,load1,status" > "$csv"
for dataset in $datasets; do
  name=$(echo "$dataset" | cut -d: -f2)
  for seed in $seeds; do
    for contender in "$@"; do
      cell="$out/${name}_${contender//:/+}_s${seed}_${seconds}s"
      load=$(cut -d' ' -f1 /proc/loadavg)
      java -Xmx4g -XX:ActiveProcessorCount=2 -Dcaravan.randomSeed="$seed" -cp "$cp" \
        org.caravan.benchmarks.suite.ContenderRun "$contender" "$dataset" "$seconds" "$cell.json" > "$cell.log" 2>&1 || true
      python3 - "$cell.json" "$name" "$seed" "$contender" "$seconds" "$load" >> "$csv" <<'PY'
import json, sys
f, name, seed, contender, seconds, load = sys.argv[1:]
try:
    d = json.load(open(f))
    print(f"{name},{seed},{contender},{seconds},{d['medium']},{d['soft']},{d['wallMs']},{d['scoreCalculationSpeed']},{load},{d['status']}")
except Exception as e:
    print(f"{name},{seed},{contender},{seconds},,,,,{load},failed: {type(e).__name__}")
PY
      tail -1 "$csv"
    done
  done
done
