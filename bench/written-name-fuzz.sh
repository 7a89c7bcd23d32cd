#!/usr/bin/env bash
# Scores the redaction engine on name-substituted variants of every hand-written set (bench/written/README.md,
# "Name variants"); a bench tool, not part of the suite:
#   bench/written-name-fuzz.sh [SEED] [JAR]      CLASSES="common rare ..." to score fewer name classes
# For each name class, every Han-named person of every set is renamed (bench/written-name-fuzz.py), the jar
# redacts the variants and score.py scores them. Prints leaks per set and class, then per class: all leaks,
# leaks of a renamed person's name, documents leaking, over-redacted keep items, refusal errors.
# SETS="dev dev-2" limits the sets; NO_BUILD=1 uses the jar as it is; POLICY=file passes a policy file (e.g.
# learned-recall=false to score the rules without the name model).
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-1}
jar=${2:-redaction/target/sunshine-redact.jar}
classes=${CLASSES:-common rare compound word-given joining minority minority-dot korean foreign}
sets=${SETS:-dev sealed-1 dev-2 dev-3 sealed-2 dev-4 sealed-3 sealed-4 dev-5 dev-6 sealed-5}
[ -n "${NO_BUILD:-}" ] || [ "$jar" != redaction/target/sunshine-redact.jar ] \
  || ./mvnw -B -q -o -pl redaction -DskipTests -Dspotless.check.skip=true package
work=${WORK:-$(mktemp -d)}
dirs=()
for s in $sets; do dirs+=("bench/written/$s"); done
for c in $classes; do
  python3 bench/written-name-fuzz.py "$work/$c/gold" "$seed" "$c" "${dirs[@]}"
  java -jar "$jar" --quiet ${POLICY:+--policy "$POLICY"} -o "$work/$c/out" "$work/$c/gold" >/dev/null
  python3 ../shared/redaction-dev/score.py "$work/$c/gold" "$work/$c/out" --details --json "$work/$c/report.json" \
    >"$work/$c/score.txt"
done
python3 bench/written-name-fuzz-report.py "$work" "$classes"
echo "variants: $work (per class: gold/, out/, score.txt with --details, gold/manifest.tsv)"
