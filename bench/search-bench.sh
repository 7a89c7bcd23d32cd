#!/usr/bin/env bash
# Search benchmark (issue 6): bench/search-bench.sh [documents] [seconds-per-http-run]
# Generates N realistic published documents (default 1,000,000) into a Lucene index, measures the indexing rate,
# the query mix directly on Lucene and through our stack, then over HTTP (1 and 8 clients) against the platform
# serving that index, and the naive baseline: LIKE scans of the same documents in PostgreSQL. Not part of the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"; secs="${2:-20}"
port=18090; pgport=54339
work=$(mktemp -d); index="${INDEX:-$work/index}"   # INDEX=dir keeps (and reuses) the generated index
./mvnw -B -q -DskipTests -pl bench -am install -Dspotless.check.skip=true
cp=$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
run() { java -Xmx3g -cp "bench/target/classes:$cp" org.sunshine.platform.search.SearchBench "$@"; }
if [ -n "${INDEX:-}" ] && [ -d "$INDEX" ]; then echo "== reusing the index in $INDEX"
else echo "== indexing $n documents"; run index "$n" "$index"; fi
echo "== query mix on Lucene directly and through our stack (in-process)"; run lucene "$index"
java -Xmx2g -jar platform/target/sunshine-platform-exec.jar --server.port=$port --sunshine.data-dir="$work/data" \
  --sunshine.embedded-db.port=$pgport --sunshine.search.index-dir="$index" --sunshine.search.rebuild-on-start=false \
  --sunshine.opendata.keys.bench=100000000 ${SERVER_ARGS:-} --sunshine.security.mfa-required=false --logging.level.root=WARN \
  > "$work/app.log" 2>&1 &
app=$!
trap 'rc=$?; kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"; exit $rc' EXIT
for _ in $(seq 1 120); do curl -fs "localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
run warm "http://localhost:$port"   # until the server's JIT has settled
echo "== over HTTP"; run http "http://localhost:$port" "$secs" 1; run http "http://localhost:$port" "$secs" 8
# The same mix from wrk, a load generator in C: the Java client above shares the server's 2 cores and takes
# about a quarter of one, which shows in the tail; wrk takes far less.
if command -v wrk >/dev/null; then
  run urls > "$work/urls.txt"
  for c in 1 8; do wrk -t $(( c < 2 ? 1 : 2 )) -c $c -d "${secs}s" -s bench/search-mix.lua "http://localhost:$port" -- "$work/urls.txt" | tail -1 | sed "s/^/WRK $c connection(s): /"; done
else echo "(install wrk for the same mix from a lighter load generator: apt-get install wrk)"; fi
echo "== naive baseline: PostgreSQL LIKE over the same documents"
run like "jdbc:postgresql://localhost:$pgport/postgres" "$n"
