#!/usr/bin/env bash
# Case import rate: bench/import-throughput.sh [events]   (default 1,000,000; prints figures; not part of the suite)
# Durable like a node (fsync on); DURABLE=false measures without fsync, as the test suite runs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl bench -am install -Dspotless.check.skip=true
cp=$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -Xmx4g -Dsunshine.embedded-db.durable="${DURABLE:-true}" -cp "bench/target/classes:$cp" org.sunshine.bench.ImportThroughput "${1:-1000000}"
