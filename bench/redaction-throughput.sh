#!/usr/bin/env bash
# Redaction engine throughput: bench/redaction-throughput.sh [documents]   (prints figures; not part of the suite)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl bench -am install -Dspotless.check.skip=true
cp=$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -Xmx1g -cp "bench/target/classes:$cp" org.sunshine.bench.RedactionThroughput "${1:-3000}"
