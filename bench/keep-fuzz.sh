#!/usr/bin/env bash
# Over-redaction of kept items on keep-substituted variants of every hand-written set (not part of the suite):
#   bench/keep-fuzz.sh [SEED] [SET...]     SEED default 1; sets default: every set of bench/written
# Officials' names, county-level places and name-like common words are swapped by bench/keep-fuzz.py; each variant
# is redacted by redaction/target/sunshine-redact.jar (built if missing; JAR=other.jar scores another build, e.g.
# the start build for "before" figures) and scored with score.py beside the original set. Prints over-redaction
# per set and per category, and leaks (which must not move). DETAILS=1 also prints the missing keep items of the
# variants; KEEP_OUT=DIR keeps the variants there.
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-1}; shift || true
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(dev sealed-1 dev-2 dev-3 sealed-2 dev-4 sealed-3 sealed-4 dev-5 dev-6 sealed-5)
jar=${JAR:-redaction/target/sunshine-redact.jar}
[ -f "$jar" ] || ./mvnw -B -q -pl redaction -DskipTests package
work=${KEEP_OUT:-$(mktemp -d)}
mkdir -p "$work/variants" "$work/out" "$work/base" "$work/json"
dirs=(); for s in "${sets[@]}"; do dirs+=("bench/written/$s"); done
python3 bench/keep-fuzz.py make "$seed" "$work/variants" "${dirs[@]}"
base=(); var=()
for s in "${sets[@]}"; do
  mkdir -p "$work/base/$s" "$work/out/$s"
  java -jar "$jar" --quiet -o "$work/base/$s" "bench/written/$s" >/dev/null
  java -jar "$jar" --quiet -o "$work/out/$s" "$work/variants/$s" >/dev/null
  python3 ../shared/redaction-dev/score.py "bench/written/$s" "$work/base/$s" --json "$work/json/$s.json" >/dev/null
  python3 ../shared/redaction-dev/score.py "$work/variants/$s" "$work/out/$s" --details --json "$work/json/$s-v.json" \
    > "$work/json/$s-v.txt"
  base+=("$work/json/$s.json"); var+=("$work/json/$s-v.json")
done
echo "seed $seed (variants and outputs in $work)"
python3 bench/keep-fuzz.py report "${base[@]}" -- "${var[@]}"
if [ -n "${DETAILS:-}" ]; then
  for s in "${sets[@]}"; do
    echo "== $s"; sed -n '/^DETAILS/,$p' "$work/json/$s-v.txt" | grep -E "^  doc|MISSING|LEAK" | grep -B1 -E "MISSING|LEAK" | grep -v '^--$' || true
  done
fi
