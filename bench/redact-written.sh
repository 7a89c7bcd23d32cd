#!/usr/bin/env bash
# Scores the redaction engine on documents written by hand, independently of the engine and of our generator
# (bench/written/README.md): bench/redact-written.sh [SET] [--details]   SET: dev (default) or a directory
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir=${1:-dev}
[ -d "$set_dir" ] || set_dir=bench/written/$set_dir
shift || true
out=$(mktemp -d)
[ -f redaction/target/sunshine-redact.jar ] || ./mvnw -B -q -pl redaction -DskipTests package
java -jar redaction/target/sunshine-redact.jar --quiet -o "$out" "$set_dir" >/dev/null
python3 ../shared/redaction-dev/score.py "$set_dir" "$out" "$@"
echo "output: $out"
