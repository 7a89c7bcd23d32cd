#!/usr/bin/env bash
# Scores the redaction engine on generated gold documents, per layout:
#   bench/redaction-generated.sh [SPLIT] [COUNT] [JAR]      (LAYOUTS="clean pdf scan" to add OCR-like text)
# SPLIT: dev (seed 1, score as often as you like) or sealed (seed 7919: score once, at the end).
# SEED=N overrides the split's seed (a fresh sealed split: a seed never scored before; the name
# model trains on 101-103, see bench/redaction-train-names.sh). POLICY=FILE passes a policy file.
# Fifteen document types, names, identifiers and layouts: bench/src/main/java/org/sunshine/bench/gold/.
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
count=${2:-120}
jar=${3:-redaction/target/sunshine-redact.jar}
seed=1
[ "$split" = sealed ] && seed=7919
seed=${SEED:-$seed}
[ -f "$jar" ] || ./mvnw -B -q -pl redaction -DskipTests package
work=$(mktemp -d)
javac -encoding UTF-8 -d "$work/generator" bench/src/main/java/org/sunshine/bench/gold/*.java
for layout in ${LAYOUTS:-clean pdf}; do
  java -cp "$work/generator" org.sunshine.bench.gold.GoldCorpusGenerator "$work/$layout/gold" "$count" "$seed" "$layout"
  java -jar "$jar" --quiet ${POLICY:+--policy "$POLICY"} -o "$work/$layout/out" "$work/$layout/gold" >/dev/null
  echo "== $split (seed $seed) / $layout"
  python3 ../shared/redaction-dev/score.py "$work/$layout/gold" "$work/$layout/out" --details \
    | grep -E '^  [a-z_]+ +[0-9]+ +[0-9]+|^leaks='
done
echo "documents: $work"
