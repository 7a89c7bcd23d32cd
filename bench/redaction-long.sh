#!/usr/bin/env bash
# One long real document: bench/redaction-long.sh [characters] [JAR]   (prints figures; not part of the suite)
# Concatenates the hand-written documents of bench/written (in name order, each once) until the text
# reaches the given length (default 330,000 characters, about a 300-page file), then times one CLI run:
# a long document names hundreds of people and identifiers, so any search per person that reads the
# whole text shows here as cost growing with the square of the length.
set -euo pipefail
cd "$(dirname "$0")/.."
chars=${1:-330000}
jar=${2:-redaction/target/sunshine-redact.jar}
[ -f "$jar" ] || ./mvnw -B -q -o -pl redaction -DskipTests package
work=$(mktemp -d)
python3 - "$chars" "$work/doc-long.txt" <<'PY'
import glob, sys
want, out = int(sys.argv[1]), sys.argv[2]
parts, size = [], 0
for path in sorted(glob.glob('bench/written/*/doc-*.txt')):
    if size >= want:
        break
    text = open(path, encoding='utf-8').read()
    parts.append(text)
    size += len(text)
open(out, 'w', encoding='utf-8').write('\n'.join(parts))
print(f'document             {size} characters from {len(parts)} written documents')
PY
/usr/bin/time -f 'engine               %e s wall, %U s CPU, %M KB peak memory' \
  java -Xmx1g -jar "$jar" --quiet -o "$work/out" "$work/doc-long.txt" 2>&1
ls "$work/out" | sed 's/^/output               /'
rm -rf "$work"
