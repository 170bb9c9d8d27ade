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
# A snapshot of this checkout's classes, so that rebuilding while the cells run cannot change or break them.
snapshot="$out/classes"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp=""
for entry in "$PWD/benchmarks/target/classes" $(tr ':' ' ' < benchmarks/target/classpath.txt); do
  if [[ -d "$entry" ]]; then
    copy="$snapshot/$(echo "$entry" | tr '/' '_')"
    cp -r "$entry" "$copy"
    entry="$copy"
  fi
  cp="${cp:+$cp:}$entry"
done
csv="$out/cells.csv"
[[ -f "$csv" ]] || echo "dataset,seed,contender,seconds,medium,soft,wall_ms,speed,cpu_s,load1,status" > "$csv"
for dataset in $datasets; do
  name=$(echo "$dataset" | cut -d: -f2)
  for seed in $seeds; do
    for contender in "$@"; do
      cell="$out/${name}_${contender//:/+}_s${seed}_${seconds}s"
      load=$(cut -d' ' -f1 /proc/loadavg)
      # The CPU seconds the cell's JVM got (user + system): on a shared machine, what the wall time was worth.
      TIMEFORMAT='%U %S'
      { time java -Xmx4g -XX:ActiveProcessorCount=2 -Dcaravan.randomSeed="$seed" -cp "$cp" \
        org.caravan.benchmarks.suite.ContenderRun "$contender" "$dataset" "$seconds" "$cell.json" > "$cell.log" 2>&1 || true; } 2> "$cell.cpu"
      python3 - "$cell.json" "$name" "$seed" "$contender" "$seconds" "$load" "$cell.cpu" >> "$csv" <<'PY'
import json, sys
f, name, seed, contender, seconds, load, cpu = sys.argv[1:]
try:
    user, system = open(cpu).read().split()[-2:]
    cpu_s = f"{float(user) + float(system):.1f}"
except Exception:
    cpu_s = ""
try:
    d = json.load(open(f))
    print(f"{name},{seed},{contender},{seconds},{d['medium']},{d['soft']},{d['wallMs']},{d['scoreCalculationSpeed']},{cpu_s},{load},{d['status']}")
except Exception as e:
    print(f"{name},{seed},{contender},{seconds},,,,,{cpu_s},{load},failed: {type(e).__name__}")
PY
      tail -1 "$csv"
    done
  done
done
