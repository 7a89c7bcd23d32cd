#!/usr/bin/env bash
# Runs the redaction CLI over the development corpus and scores it: bench/redact-dev.sh [--details]
set -euo pipefail
cd "$(dirname "$0")/.."
gold=../shared/redaction-dev/gold
out=$(mktemp -d)
[ -f redaction/target/sunshine-redact.jar ] || ./mvnw -B -q -pl redaction -DskipTests package
java -jar redaction/target/sunshine-redact.jar --quiet -o "$out" "$gold"
python3 ../shared/redaction-dev/score.py "$gold" "$out" "$@"
echo "output: $out"
