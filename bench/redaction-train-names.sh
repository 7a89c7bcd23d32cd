#!/usr/bin/env bash
# Trains the redaction engine's learned name model offline (ADR 0022, 0030):
#   bench/redaction-train-names.sh [COUNT per layout] [EPOCHS] [MIN_WEIGHT] [NARRATIVES per layout] [CLAUSES] [OUT] [PRUNE]
# (the defaults are the shipped recipe of ADR 0034: ADR 0030's 1500 6 0.1 2000 150000, pruned at 2, plus
# the hand-written documents read REPEAT times)
#   WRITTEN="dir ..."  hand-written gold directories trained on (default: the eight sets under bench/written;
#                      WRITTEN= for generated text only, ADR 0030's recipe). Never a set you score as unseen.
#   REPEAT=N           how many times each is read (default 5), each time with other renamed copies
#   EXTRA="dir ..."    more gold directories read once each (e.g. name variants of the written sets made by
#                      bench/written-name-fuzz.py with a seed you never score)
#   JAR=path           the jar whose trainer runs (default: the module's, rebuilt unless NO_BUILD is set)
# Generates COUNT annotated documents and NARRATIVES short documents of the training sentence frames
# (bench/src/main/java/org/sunshine/bench/gold/Narratives.java) per layout (clean, pdf, scan) with the
# gold generator on the TRAIN seeds (documents 101-103, narratives 201-203: never the dev seed 1, the
# name evaluation's 501-502 or a sealed seed), adds CLAUSES lines written from a thesaurus
# (org.sunshine.redaction.TrainingClauses), then trains HanLP's averaged perceptron on them
# (org.sunshine.redaction.NameModelTrainer) and writes the compact model into
# redaction/src/main/resources (or OUT). Rebuild the jar afterwards to ship it; score the model on
# frames it never saw with bench/redaction-name-eval.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1500}
epochs=${2:-6}
min_weight=${3:-0.1}
narratives=${4:-2000}
clauses=${5:-150000}
out=${6:-redaction/src/main/resources/org/sunshine/redaction/name-model.bin.gz}
prune=${7:-2}
written=${WRITTEN-bench/written/dev bench/written/sealed-1 bench/written/dev-2 bench/written/dev-3 bench/written/sealed-2 bench/written/dev-4 bench/written/sealed-3 bench/written/sealed-4}
repeat=${REPEAT:-5}
jar=${JAR:-redaction/target/sunshine-redact.jar}
[ -n "${NO_BUILD:-}${JAR:-}" ] || ./mvnw -B -q -o -pl redaction -DskipTests -Dspotless.check.skip=true package
work=$(mktemp -d)
javac -encoding UTF-8 -d "$work/generator" bench/src/main/java/org/sunshine/bench/gold/*.java
seed=101
# hand-written first: the trainer holds out the last tenth of its lines (generated text) to report a score
dirs=(--repeat="$repeat")
for d in $written; do
  dirs+=("$d")
done
dirs+=(--repeat=1)
for d in ${EXTRA:-}; do
  dirs+=("$d")
done
for layout in clean pdf scan; do
  java -cp "$work/generator" org.sunshine.bench.gold.GoldCorpusGenerator "$work/$layout" "$count" "$seed" "$layout"
  dirs+=("$work/$layout")
  if [ "$narratives" -gt 0 ]; then
    java -cp "$work/generator" org.sunshine.bench.gold.GoldCorpusGenerator "$work/n-$layout" "$narratives" $((seed + 100)) "$layout" narrative
    dirs+=("$work/n-$layout")
  fi
  seed=$((seed + 1))
done
time java -Xmx4g -cp "$jar" org.sunshine.redaction.NameModelTrainer "$work/model.bin.gz" "$epochs" "$min_weight" "$clauses" "${dirs[@]}"
# features whose largest weight is under PRUNE are dropped (ADR 0030: 2.2 MB -> 140 KB, same held-out scores)
java -cp "$jar" org.sunshine.redaction.NameModelTrainer prune "$work/model.bin.gz" "$out" "$prune"
rm -rf "$work"
