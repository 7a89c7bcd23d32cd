#!/usr/bin/env bash
# Trains the redaction engine's learned name model offline (ADR 0022):
#   bench/redaction-train-names.sh [COUNT per layout] [EPOCHS] [MIN_WEIGHT]
# Generates COUNT annotated documents per layout (clean, pdf, scan) with the gold generator on the
# TRAIN seeds (101-103: never the dev seed 1 or a sealed seed), then trains HanLP's averaged
# perceptron on them (org.sunshine.redaction.NameModelTrainer) and writes the compact model into
# redaction/src/main/resources. Rebuild the jar afterwards to ship it.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
epochs=${2:-6}
min_weight=${3:-0.5}
jar=redaction/target/sunshine-redact.jar
./mvnw -B -q -o -pl redaction -DskipTests -Dspotless.check.skip=true package
work=$(mktemp -d)
javac -encoding UTF-8 -d "$work/generator" bench/src/main/java/org/sunshine/bench/gold/*.java
seed=101
dirs=()
for layout in clean pdf scan; do
  java -cp "$work/generator" org.sunshine.bench.gold.GoldCorpusGenerator "$work/$layout" "$count" "$seed" "$layout"
  dirs+=("$work/$layout")
  seed=$((seed + 1))
done
java -Xmx4g -cp "$jar" org.sunshine.redaction.NameModelTrainer \
  redaction/src/main/resources/org/sunshine/redaction/name-model.bin.gz "$epochs" "$min_weight" "${dirs[@]}"
rm -rf "$work"
