#!/usr/bin/env bash
# Scores the learned name model and the engine on sentence frames the training never used (ADR 0030):
#   bench/redaction-name-eval.sh [COUNT per layout] [MODEL file|shipped] [JAR]
# Writes COUNT documents of bench/src/main/java/org/sunshine/bench/gold/HeldOutFrames.java per layout
# on the evaluation seeds 501 (clean) and 502 (pdf) -- never a training seed (101-103, 201-203) -- and
# prints the model's and the engine's name precision and recall, then score.py's leaks and
# over-redaction. Hand-written gold directories may be added: EXTRA="/work/written/dev".
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-300}
model=${2:-shipped}
jar=${3:-redaction/target/sunshine-redact.jar}
[ -f "$jar" ] || ./mvnw -B -q -o -pl redaction -DskipTests package
work=$(mktemp -d)
javac -encoding UTF-8 -d "$work/generator" bench/src/main/java/org/sunshine/bench/gold/*.java
seed=501
for layout in clean pdf; do
  java -cp "$work/generator" org.sunshine.bench.gold.GoldCorpusGenerator "$work/$layout" "$count" "$seed" "$layout" heldout
  seed=$((seed + 1))
done
java -cp "$jar" org.sunshine.redaction.NameModelEvaluation "$model" "$work/clean" "$work/pdf"
for layout in clean pdf; do
  java -jar "$jar" --quiet -o "$work/out-$layout" "$work/$layout" >/dev/null
  echo "== held-out frames / $layout: $(python3 ../shared/redaction-dev/score.py "$work/$layout" "$work/out-$layout" | grep '^leaks=')"
done
echo "documents: $work"
