#!/usr/bin/env bash
# A mixed load at 50 concurrent users for 10 minutes (issue 16): the public site (home, lists, documents, search,
# directory), verified applicants' status queries and staff console pages, each group its own wrk so that each has
# its own p99; the platform's memory (RSS) sampled every 15 s. Prints one line per group and the memory curve.
# Usage: bench/load-mixed.sh [seconds]   (default 600; needs wrk; not part of the suite)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
. bench/lib-demo-grant.sh
work=$(mktemp -d)
# Wait for the demo documents (they are published in the background after start-up).
for _ in $(seq 1 300); do
  [ "$(psql "select count(*) from demo_data_set where name like '%documents%'")" -ge 1 ] && break; sleep 2
done
psql "select distinct document_id from published_document where channel = 'INTERNET' order by 1 limit 40" | sed 's#^#/documents/#' > "$work/public.txt"
cat >> "$work/public.txt" <<'PATHS'
/
/documents
/documents?page=2
/releases
/directory
/search?q=%E7%9B%97%E7%AA%83
/search?q=%E6%95%85%E6%84%8F%E4%BC%A4%E5%AE%B3&sort=date
/guide
PATHS
echo "/api/v1/access/grants/$grant" > "$work/status.txt"
printf '%s\n' /console /console/cases /console/documents /console/tasks /console/releases > "$work/staff.txt"
staff_cookie="JSESSIONID=$(grep JSESSIONID "$staff" | awk '{print $7}')"
echo "warming up"; wrk -t 1 -c 8 -d 20s -s bench/paths.lua "$base" -- "$work/public.txt" > /dev/null
( while kill -0 $app 2>/dev/null; do echo "$(date +%s) $(ps -o rss= -p $app)"; sleep 15; done ) > "$work/rss.txt" &
sampler=$!
echo "load: 50 users for ${secs}s (public 30, status 10, staff 10)"
pids=()
wrk -t 1 -c 30 -d "${secs}s" --timeout 10s -s bench/paths.lua "$base" -- "$work/public.txt" > "$work/public.out" & pids+=($!)
wrk -t 1 -c 10 -d "${secs}s" --timeout 10s -s bench/paths.lua "$base" -- "$work/status.txt" "JSESSIONID=$cookie" \
  > "$work/status.out" & pids+=($!)
wrk -t 1 -c 10 -d "${secs}s" --timeout 10s -s bench/paths.lua "$base" -- "$work/staff.txt" "$staff_cookie" \
  > "$work/staff.out" & pids+=($!)
wait "${pids[@]}"
kill $sampler 2>/dev/null || true
for g in public status staff; do printf "%-7s %s\n" "$g" "$(tail -1 "$work/$g.out")"; done
awk 'NR==1 {first=$2} {if (min==""||$2<min) min=$2; if ($2>max) max=$2; last=$2}
  END {printf "RSS MB: first %.0f, min %.0f, max %.0f, last %.0f (%d samples)\n", first/1024, min/1024, max/1024, last/1024, NR}' "$work/rss.txt"
grep -c " ERROR " "$data/app.log" | sed 's/^/ERROR lines in the log: /' || true
