#!/usr/bin/env bash
# Two builds of the redaction engine in one JVM, rounds alternating (not part of the suite):
#   bench/redaction-ab.sh A.jar B.jar [documents per round] [rounds] [KB per document]
# Copy the start build's redaction/target/sunshine-redact.jar aside first; B/A below 1: B is faster.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
javac -encoding UTF-8 -d "$work" \
  bench/src/main/java/org/sunshine/bench/SyntheticDocuments.java \
  bench/src/main/java/org/sunshine/bench/RedactionAB.java
java -Xmx2g -cp "$work" org.sunshine.bench.RedactionAB "$@"
