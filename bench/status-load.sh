#!/usr/bin/env bash
# Load on the procedural-information query: the JSON status API of a verified applicant, next to a trivial endpoint
# of the same server (liveness), with wrk at increasing concurrency. Prints requests/s and p99 for both.
# Usage: bench/status-load.sh [seconds-per-run]      (needs: apt-get install wrk; not part of the suite)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
. bench/lib-demo-grant.sh
# Warm both endpoints up (JIT, caches, connection pool) before measuring either.
wrk -t 2 -c 16 -d 8s "$base/actuator/health/liveness" >/dev/null
wrk -t 2 -c 16 -d 8s -H "Cookie: JSESSIONID=$cookie" "$base/api/v1/access/grants/$grant" >/dev/null
printf "\n%-12s %6s %12s %10s %10s\n" endpoint conns "requests/s" "p50" "p99"
for c in ${CONNS:-1 8 32 64}; do
  for ep in trivial status; do
    if [ $ep = trivial ]; then url="$base/actuator/health/liveness"; hdr=(); else url="$base/api/v1/access/grants/$grant"; hdr=(-H "Cookie: JSESSIONID=$cookie"); fi
    out=$(wrk -t $(( c < 2 ? 1 : 2 )) -c $c -d "${secs}s" --latency "${hdr[@]}" "$url")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    printf "%-12s %6d %12s %10s %10s\n" $ep $c "$rps" "$p50" "$p99"
  done
done
