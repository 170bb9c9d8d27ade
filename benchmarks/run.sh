#!/usr/bin/env bash
# Runs Caravan's benchmark suite and writes its report under benchmarks/results/<timestamp>/.
#   benchmarks/run.sh --quick     about 5 minutes on 2 cores
#   benchmarks/run.sh --full      under an hour
#   benchmarks/run.sh --timefold  Timefold's Benchmarker on the solver configurations (HTML report)
#   benchmarks/run.sh --bound DATASET  the best valid bound on medium for a dataset file
#   benchmarks/run.sh --recommend DATASET  recommendations for people left out: time, placements scored, swaps
#   benchmarks/run.sh --replan    late changes: re-plan against solving from scratch (--datasets flagship,gen-2000 --seconds 5)
# Other options are passed on (see BenchmarkSuite): --datasets, --contenders, --times, --out.
set -euo pipefail
cd "$(dirname "$0")/.."
# test-compile, not compile: the classpath goal resolves the test scope too, and data's test jar exists only then.
./mvnw -B -q -pl benchmarks -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CLASSPATH_FILE=benchmarks/target/classpath.txt
MAIN=org.caravan.benchmarks.BenchmarkSuite
if [[ "${1:-}" == "--timefold" ]]; then
  shift
  MAIN=org.caravan.benchmarks.TimefoldBenchmark
elif [[ "${1:-}" == "--replan" ]]; then
  shift
  MAIN=org.caravan.benchmarks.changes.ReplanBenchmark
elif [[ "${1:-}" == "--bound" ]]; then
  # --bound DATASET [--mip-seconds N] [--cp-sat-seconds N]: the best valid bound, last line "bound medium <n>".
  shift
  MAIN=org.caravan.benchmarks.BoundCommand
elif [[ "${1:-}" == "--recommend" ]]; then
  # --recommend DATASET [--solve-seconds N] [--budget-seconds N] [--people N]; last line "recommend median-ms <n> max-ms <n>".
  shift
  MAIN=org.caravan.benchmarks.RecommendCommand
fi
exec java -Xmx4g -XX:ActiveProcessorCount=2 -cp "benchmarks/target/classes:$(cat "$CLASSPATH_FILE")" "$MAIN" "$@"
