#!/usr/bin/env bash
# Builds the driver and its benchmarks, then runs every benchmark of the README's "Performance" section
# (about 45 minutes). Results: jmh/target/results/*.txt. Extra arguments go to every JMH run
# (for a quick look: jmh/run.sh -f 1 -wi 2 -i 3).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q -f jmh/pom.xml package
jar=jmh/target/benchmarks.jar
out=jmh/target/results
mkdir -p "$out"

{
  java -version 2>&1 | head -1
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  uptime
} | tee "$out/machine.txt"
load=$(cut -d' ' -f1 /proc/loadavg)
if awk "BEGIN { exit !($load > 0.5) }"; then
  echo "warning: 1-minute load average $load; figures taken now are not comparable" >&2
fi

run() {
  local name=$1
  shift
  java -jar "$jar" "$@" -rf text -rff "$out/$name.txt"
}
run prepare PrepareBenchmark -prof gc "$@"
run plan PlanBenchmark -prof gc "$@"
run fastpath FastPathBenchmark -prof gc "$@"
run bind BindBenchmark -prof gc "$@"
run read ReadBenchmark -prof gc "$@"
run contention ContentionBenchmark "$@"
run pathological PathologicalBenchmark "$@"
run hotpeers HotPeersBenchmark "$@"
run coldpeers ColdPeersBenchmark -prof gc "$@"
# JOL reads the sizes of Caffeine's lambdas only with these two properties.
java -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true -cp "$jar" \
  io.github.altibaseportable.jmh.CacheMemory | tee "$out/memory.txt"
# On a real server only (ALTIBASE_URL, ALTIBASE_USER, ALTIBASE_PASSWORD); it says so and skips without one.
java -cp "$jar" io.github.altibaseportable.jmh.EndToEnd | tee "$out/end-to-end.txt"
uptime | tee -a "$out/machine.txt"
