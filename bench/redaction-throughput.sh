#!/usr/bin/env bash
# Redaction engine throughput: bench/redaction-throughput.sh [documents] [JAR]   (prints figures; not part of the suite)
# Compiles the harness against the engine's self-contained jar: no install, no other module built.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${2:-redaction/target/sunshine-redact.jar}
[ -f "$jar" ] || ./mvnw -B -q -o -pl redaction -DskipTests package
work=$(mktemp -d)
javac -encoding UTF-8 -cp "$jar" -d "$work" \
  bench/src/main/java/org/sunshine/bench/SyntheticDocuments.java \
  bench/src/main/java/org/sunshine/bench/RedactionThroughput.java
java -Xmx1g -cp "$work:$jar" org.sunshine.bench.RedactionThroughput "${1:-3000}"
