#!/usr/bin/env bash
# Scores the engine on every hand-written set re-laid out as PDF-extracted and scanned text
# (bench/relayout.py; bench/written/README.md "Re-laid-out sets"):
#   bench/redaction-relayout.sh [SEED] [--details]    SETS="dev dev-2" LAYOUTS="pdf" to narrow; NO_BUILD=1 to skip
#   the jar build; JAR=path scores another engine (e.g. a baseline jar) on the same re-laid-out text
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-1}
shift || true
sets=${SETS:-"dev sealed-1 dev-2 dev-3 sealed-2 dev-4 sealed-3 sealed-4 dev-5 dev-6 sealed-5"}
layouts=${LAYOUTS:-"pdf scan"}
jar=${JAR:-redaction/target/sunshine-redact.jar}
[ -n "${NO_BUILD:-}${JAR:-}" ] && [ -f "$jar" ] || ./mvnw -B -o -q -pl redaction -DskipTests package
work=$(mktemp -d)
total=(0 0 0 0 0)
for s in $sets; do
  for l in $layouts; do
    gold=$work/gold/$s-$l
    out=$work/out/$s-$l
    python3 bench/relayout.py bench/written/$s "$gold" "$l" "$seed"
    java -jar "$jar" --quiet -o "$out" "$gold" >/dev/null
    report=$(python3 ../shared/redaction-dev/score.py "$gold" "$out" "$@")
    [ $# -gt 0 ] && echo "$report" | sed -n '/^DETAILS/,/^leaks=/p' | sed '1d;$d'
    line=$(echo "$report" | tail -1)
    printf '%-9s %-5s %s\n' "$s" "$l" "$line"
    read -r k d n o r < <(echo "$line" | sed -E 's#leaks=([0-9-]+) docs_leaking=([0-9-]+)/([0-9-]+) overredacted=([0-9-]+) refusal_errors=([0-9-]+)#\1 \2 \3 \4 \5#')
    total=($((total[0] + k)) $((total[1] + d)) $((total[2] + n)) $((total[3] + o)) $((total[4] + r)))
  done
done
echo "TOTAL seed $seed: leaks=${total[0]} docs_leaking=${total[1]}/${total[2]} overredacted=${total[3]} refusal_errors=${total[4]}"
echo "re-laid-out gold and output: $work"
